"""Session 53, helper guardsb53: guards on forms read wrong or doubtfully on lead53.

- a term after the day that opens a press line, its numbers not its two years
  (`agenda._term_not_its_years`): "… Đại hội chi bộ nhiệm kỳ 2022 15" read 20/05/2022;
- a condition typed without diacritics in a reading's step (`barecondition`): "Truoc ngay
  15/11/2026, thong xe cau neu du dieu kien" read a firm 15/11/2026;
- a round or meeting named by its order with a cadence and no day (`ordinalcadence`): "đợt
  thứ Hai hằng năm" read as due each 31/12.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.reading import DeadlineKind, Frequency

# tests/corpus/zt-quangphu-thoxuan-dai-hoi-diem-chi-bo-thon-17-2022.yaml, its term damaged
_CONGRESS = (
    "Chiều ngày 20/5/2022, chi bộ Thôn 17 xã Quảng Phú long trọng tổ chức Đại hội chi bộ nhiệm "
    "kỳ 2022 2025"
)


@pytest.mark.parametrize(
    "term",
    [
        "2022 - 2025",  # as printed on most pages
        "2022 2025",  # its dash lost (the corpus's phrase)
        "2022–2025",
        "5 năm 2022-2027",
    ],
)
def test_a_term_named_by_its_two_years_keeps_the_congress_s_day(term: str) -> None:
    phrase = _CONGRESS.replace("2022 2025", term)
    assert read_days(phrase, "2022-05-01") == ("date", "2022-05-20", "2022-05-20")


def test_a_body_s_numbered_session_after_the_day_stays_a_name() -> None:
    # "khóa 15" names the body's session, as "khóa XV" does: no time
    phrase = _CONGRESS.replace("nhiệm kỳ 2022 2025", "khóa 15")
    assert read_days(phrase, "2022-05-01") == ("date", "2022-05-20", "2022-05-20")


@pytest.mark.parametrize(
    "term",
    [
        "2022 15",  # a number nothing reads
        "2022 - 15",  # the second year cut short: a damaged copy
        "2022-15",
        "15",  # no term is numbered so
        "2022 2025 15",  # a number after the term's years
    ],
)
def test_a_term_with_a_number_unread_after_the_day_is_refused(term: str) -> None:
    why = refused(_CONGRESS.replace("2022 2025", term), ctx("2022-05-01"))
    assert "15" in why


@pytest.mark.parametrize(
    "phrase",
    [
        "Truoc ngay 15/11/2026, thong xe cau neu du dieu kien",
        "Hoan thanh truoc ngay 15/11/2026 neu duoc phe duyet",
        "Gui bao cao truoc ngay 15/11/2026 (neu co)",
        "Truoc ngay 15/11/2026 hoan thanh neu can",
        "Nop ho so den het ngay 15/11/2026 neu khong co thay doi",
        # "neu" bare among words with their marks: still the condition
        "Trước ngày 15/11/2026, thông xe cầu neu đủ điều kiện",
    ],
)
def test_a_condition_typed_without_marks_after_a_deadline_is_refused(phrase: str) -> None:
    assert "neu" in refused(phrase, ctx("2026-11-01"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Truoc ngay 15/11/2026, cac don vi neu ro ket qua",  # "nêu rõ": to state clearly
        "Truoc ngay 15/11/2026, bao cao neu trong ke hoach",  # "nêu trong": stated in
        "Truoc ngay 15/11/2026, thong xe cau",
    ],
)
def test_neu_that_states_keeps_the_deadline(phrase: str) -> None:
    assert read_days(phrase, "2026-11-01") == ("date", "2026-11-15", "2026-11-15")


def test_a_condition_after_a_start_keeps_the_start_as_with_its_marks() -> None:
    # the words after a start spare "nếu" (`label._CONDITION_AFTER_A_START`): no day is due
    for phrase in (
        "Tu ngay 15/11/2026, cau se thong xe neu du dieu kien",
        "Từ ngày 15/11/2026, cầu sẽ thông xe nếu đủ điều kiện",
    ):
        reading = one(phrase, ctx("2026-11-01"))
        assert (reading.last, str(reading.earliest)) == (None, "2026-11-15")


@pytest.mark.parametrize(
    "phrase",
    [
        "đợt thứ Hai hằng năm",
        "Đợt thứ Hai hằng năm",
        "dot thu Hai hang nam",
        "Hội thứ Ba hằng tháng",
        "họp thứ Ba hằng tháng",  # a meeting on Tuesdays, or the third one
        "lần thứ hai hằng năm",
        "kỳ thứ hai hằng quý",
        "đợt II hằng năm",
    ],
)
def test_an_ordered_round_each_period_without_a_day_is_refused(phrase: str) -> None:
    assert "theo thứ tự" in refused(phrase, ctx("2026-11-01"))


def test_an_ordered_round_with_its_day_keeps_the_day() -> None:
    # tests/corpus/s-thukyluat-tien-thue-dat-khu-kinh-te.yaml: the second instalment's day
    reading = one(
        "Kỳ thứ hai nộp hết số tiền thuê đất còn lại trước ngày 31/10 hàng năm", ctx("2026-11-01")
    )
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.recurrence is not None
    assert reading.recurrence.frequency is Frequency.YEARLY


@pytest.mark.parametrize(
    ("phrase", "frequency"),
    [("báo cáo hằng tháng", Frequency.MONTHLY), ("tổ chức hội nghị hằng năm", Frequency.YEARLY)],
)
def test_a_cadence_without_an_order_still_reads(phrase: str, frequency: Frequency) -> None:
    reading = one(phrase, ctx("2026-11-01"))
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.recurrence is not None
    assert reading.recurrence.frequency is frequency


@pytest.mark.parametrize(
    "words",
    [
        "tổ chức hội nghị đến 25",  # to the 25th: a span, not the one day
        "tổ chức hội nghị và 25",
        "tổ chức hội nghị - 25",
        "tổ chức hội nghị, kéo dài 3",
        "tổ chức hội nghị lần 2 vào 25",
        "tổ chức hội nghị, 25 bế mạc",
        "tổ chức Đại hội nhiệm kỳ 2022 - 2025 kéo dài đến 22",
    ],
)
def test_a_bare_day_after_a_bound_in_an_event_s_words_is_refused(words: str) -> None:
    refused(f"Ngày 20/5/2022, UBND xã {words}", ctx("2022-05-15"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Ngày 20/5/2022, UBND xã tổ chức hội nghị lần thứ 2",
        "Ngày 20/5/2022, UBND xã tổ chức hội nghị với 25 đại biểu",
    ],
)
def test_an_event_s_counts_keep_its_day(phrase: str) -> None:
    assert read_days(phrase, "2022-05-15") == ("date", "2022-05-20", "2022-05-20")


def test_an_age_typed_with_a_letter_lost_is_no_bound() -> None:
    # tests/corpus/ze-thuanbac-ninh-thuan-bac-son-dang-ky-nvqs-2023.yaml: "tổi" is "tuổi",
    # never "tới" (to)
    phrase = (
        "Sáng 11/4/2023, Hội đồng NVQS xã Bắc Sơn tổ chức đăng ký nghĩa vụ quân sự lần đầu cho "
        "thanh niên lứa tổi 17"
    )
    assert read_days(phrase, "2023-04-11") == ("date", "2023-04-11", "2023-04-11")
