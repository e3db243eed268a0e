"""One pattern per rule whatever the diacritics (fold16): the rules that had an accented
regex and a hand-written copy without diacritics (calledoff, combine, label, news,
occasions) match one pattern on the folded text, the marks read only where they decide the
word. A copy that lost only some of its marks ("vốn du kien") read as neither twin did: the
accented one missed the bare words, the bare one was never tried on a phrase with a mark.
Each phrase is real (its corpus file named) or the same phrase as a hurried clerk or a PDF
copy varies it; the look-alikes are the words the marks tell apart."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.base.text import fold, unaccent
from kehoach.dates.reading import DeadlineKind


def _half(text: str, words: str) -> str:
    """`text` with `words` typed without their diacritics, the rest as printed."""
    return text.replace(words, fold(words))


# z-baophapluat-hoi-nghi-dieu-quoc-te-lan-12-2021 (written in 2020; the conference moved to
# 5-7/3/2021): the time given up is no deadline (the lead's convention 2). Half stripped, it
# was read as the March 2020 it gave up: a wrong day.
GIVEN_UP = (
    "Hội nghị điều quốc tế Việt Nam lần thứ 12 vốn dự kiến được tổ chức vào đầu tháng 3/2020."
)


@pytest.mark.parametrize("phrase", [GIVEN_UP, fold(GIVEN_UP), _half(GIVEN_UP, "dự kiến được")])
def test_a_time_given_up_is_refused_whatever_its_diacritics(phrase: str) -> None:
    assert "kế hoạch trước đây" in refused(phrase, ctx("2020-10-01"))


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        # "Tùng", a name, is no "từng" (once): the plan is his, to come
        (
            "Ông Tùng dự kiến tổ chức hội nghị vào cuối tháng 6/2027",
            (DeadlineKind.WINDOW, "2027-06-21", "2027-06-30"),
        ),
        # "Ban đầu tư" (the board of investment) opens no first plan
        (
            "Ban đầu tư dự kiến hoàn thành trước ngày 30/6/2027",
            (DeadlineKind.DATE, "2027-06-30", "2027-06-30"),
        ),
    ],
)
def test_words_the_marks_tell_from_a_time_given_up_still_read(
    phrase: str, days: tuple[object, ...]
) -> None:
    assert read_days(phrase, "2027-01-05") == days


# v-24h-ha-noi-tuyen-sinh-dau-cap-2021 (issued 06/2021): a step told as done before its day.
# With "hoàn thành" typed bare in the accented phrase it was read as due 28/05/2021.
DONE = "Sở Giáo dục và Đào tạo đã hoàn thành cấp mã học sinh xong trước ngày 28/5/2021"


@pytest.mark.parametrize("phrase", [DONE, fold(DONE), _half(DONE, "hoàn thành")])
def test_a_step_told_done_is_refused_whatever_its_diacritics(phrase: str) -> None:
    assert "đã xong" in refused(phrase, ctx("2021-06-01"))


def test_a_deadline_set_after_a_step_done_still_reads() -> None:
    # "cần" (need to) after "đã hoàn thành": the xã that are done, and their own deadline
    phrase = "Các xã đã hoàn thành nông thôn mới cần nộp hồ sơ trước ngày 28/5/2021"
    assert read_days(phrase, "2021-05-01") == (DeadlineKind.DATE, "2021-05-28", "2021-05-28")


# g-anhp-hai-phong-qd-1979-nam-hoc-2017-2018 (issued 01/08/2017): one window, the end in
# end words, not a start and a day of two steps
TERM = "Học kỳ 2 bắt đầu từ 8-1-2018, và sẽ kết thúc vào 25-5-2018"


@pytest.mark.parametrize("phrase", [TERM, fold(TERM), _half(TERM, "và sẽ kết thúc")])
def test_a_start_and_its_end_words_read_one_window_whatever_the_diacritics(phrase: str) -> None:
    assert read_days(phrase, "2017-08-01") == (DeadlineKind.WINDOW, "2018-01-08", "2018-05-25")


# h-baodongthap-ke-hoach-dai-hoi-tdtt-2026 (issued 29/10/2024): a congress held on a few
# days of 2026 (27-31/3), never the whole year
GAMES = "Đại hội TDTT tỉnh Đồng Tháp lần thứ X - năm 2026"


@pytest.mark.parametrize("phrase", [GAMES, unaccent(GAMES), GAMES.replace("Đại hội", "Dai hoi")])
def test_an_event_of_a_year_is_refused_whatever_its_diacritics(phrase: str) -> None:
    assert "ít ngày của năm" in refused(phrase, ctx("2024-10-29"))


def test_many_events_of_a_year_are_the_year_s_work() -> None:
    # "những kỳ thi" (many; folded "nhung", also "nhưng", but): the year's work, a window
    many = "Tổ chức tốt những kỳ thi năm 2027"
    assert read_days(many, "2026-10-01") == (DeadlineKind.WINDOW, "2027-01-01", "2027-12-31")


# t-dantri-sap-xep-thon-to-dan-pho-2026 (issued 24/02/2026): a period told as done
MERGED = "Trong giai đoạn 2019-2021, hơn 15.000 đơn vị đã được sáp nhập"


@pytest.mark.parametrize("phrase", [MERGED, fold(MERGED)])
def test_a_period_told_done_is_refused_whatever_its_diacritics(phrase: str) -> None:
    assert "đã xảy ra" in refused(phrase, ctx("2026-02-24"))


# --- words that fold to a comparison (join12, fold16's false triggers) ----------------------
# The label's "so" (compared with) and "so với" matched "hồ sơ" typed bare and "quân số với"
# (a number): both refused a deadline the words do not touch.


@pytest.mark.parametrize(
    "phrase",
    [
        "Hoàn thiện ho so trước ngày 15/3/2026",  # "hồ sơ" typed bare: no "so" (compared)
        "chốt quân số với các đơn vị trước ngày 15/3/2026",  # "số với": a number, no "so với"
    ],
)
def test_a_word_that_folds_to_a_comparison_is_no_comparison(phrase: str) -> None:
    assert read_days(phrase, "2026-03-01") == (DeadlineKind.DATE, "2026-03-15", "2026-03-15")


@pytest.mark.parametrize(
    "phrase",
    [
        "tăng 10% so với năm 2025",
        "tăng 10% so cùng kỳ năm 2026",
        "chot quan so voi cac don vi truoc ngay 15/3/2026",  # no marks: cannot be told apart
    ],
)
def test_a_comparison_is_still_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-01"))
