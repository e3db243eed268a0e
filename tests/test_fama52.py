"""Session 52, helper fama52 (famA: refusals of the tuning corpus). Each form kept to the shape
it was built for: "QUỐC GIA" in a title in capitals is the nation's, never "giữa" short of its
marks ("quốc giữa" is no Vietnamese); a weekly cadence a copy printed without its marked
letters ("th 6 hng tun": "thứ 6 hằng tuần") repaired only where its neighbours tell it, and
every neighbour of it (a condition, a denial, a told-done, an abbreviation "TH", a count of
months) refused or read as the undamaged phrase is."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind

# tests/corpus/u-da-nang-qd-881-2019-nq-02-moi-truong-kinh-doanh.yaml (issued 25/02/2019)
_DA_NANG_TITLE = (
    "THỰC HIỆN NGHỊ QUYẾT SỐ 02/NQ-CP NGÀY 01/01/2019 CỦA CHÍNH PHỦ VỀ TIẾP TỤC THỰC HIỆN NHỮNG "
    "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU CẢI THIỆN MÔI TRƯỜNG KINH DOANH, NÂNG CAO NĂNG LỰC CẠNH TRANH "
    "QUỐC GIA NĂM 2019 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2021 TRÊN ĐỊA BÀN THÀNH PHỐ ĐÀ NẴNG"
)


def test_the_nations_year_in_a_title_in_capitals_is_the_year() -> None:
    assert read_days(_DA_NANG_TITLE, "2019-02-25") == ("window", "2019-01-01", "2019-12-31")


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("tham gia năm 2019", "2019-01-01", "2019-12-31"),
        ("Tổ chức hội nghị quốc gia tháng 4", "2019-04-01", "2019-04-30"),
        ("nâng cao năng lực cạnh tranh quoc gia năm 2019", "2019-01-01", "2019-12-31"),
    ],
)
def test_gia_after_quoc_or_tham_is_a_word_of_its_own(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, "2019-02-25") == ("window", first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # "gia" with no "quốc", "tham" before it may still be "giữa" short of its marks
        "Tổ chức hội nghị gia tháng 4",
        "NÂNG CAO NĂNG LỰC CẠNH TRANH GIA NĂM 2019",
        # "quốc" ending a word of its own, before which "giữa" may stand
        "Hội nghị triển khai trên toàn quốc gia tháng 4",
        "TRÊN TOÀN QUỐC GIA THÁNG 4",
        "trên toan quoc gia tháng 4",
        "xuất khẩu sang Trung Quốc gia năm 2019",
        "lễ chào cờ Tổ quốc gia tháng 4",
    ],
)
def test_gia_alone_before_a_period_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2019-02-25"))


# tests/corpus/j-2-dhcd-thu-tuc-thay-doi-gio-giang-2017.yaml (issued 26/02/2017)
_DHCD = "trc 17h00, th 6 hng tun"


@pytest.mark.parametrize("phrase", [_DHCD, "th 6 hng tun", "trc 17h00, th 6, hng tun"])
def test_a_weekly_friday_copied_without_its_marked_letters(phrase: str) -> None:
    reading = one(phrase, ctx("2017-02-26"))
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.rrule is not None and "FREQ=WEEKLY" in reading.rrule
    assert "BYDAY=FR" in reading.rrule


def test_the_damaged_weekly_friday_reads_as_the_whole_one() -> None:
    whole = one("trước 17h00, thứ 6 hằng tuần", ctx("2017-02-26"))
    damaged = one(_DHCD, ctx("2017-02-26"))
    assert (damaged.kind, damaged.rrule) == (whole.kind, whole.rrule)


def test_hng_tun_alone_is_the_weekly_cadence() -> None:
    whole = one("báo cáo hằng tuần", ctx("2017-02-26"))
    damaged = one("báo cáo hng tun", ctx("2017-02-26"))
    assert (damaged.kind, damaged.rrule) == (whole.kind, whole.rrule)


@pytest.mark.parametrize(
    "phrase",
    [
        "th 6",  # a weekday with no cadence: no guess
        "TH 6 hng tun",  # "TH" in capitals: an abbreviation
        "nếu trc 17h00, th 6 hng tun",  # a condition
        "đã nộp trc 17h00, th 6 hng tun",  # told done
        "chưa nộp trc 17h00, th 6 hng tun",  # not yet: a start, no end
        "khng nộp trc 17h00, th 6 hng tun",  # a damaged word of its own ("không")
        "trc 17h00 ngày 3/3/2017, th 6 hng tun",  # another day beside the cadence
        "th 8 hng tun",  # no weekday 8
        "trong 2 tun",  # "tun" after a number is left to `lostglyph`: no cadence
        "mi tun",  # "mi" is not repaired: "mỗi" unsure
    ],
)
def test_neighbours_of_the_damaged_weekly_cadence_are_refused(phrase: str) -> None:
    refused(phrase, ctx("2017-02-26"))


def test_th_before_a_count_of_months_is_no_weekday() -> None:
    # "720/KTNN-TH" (zg-sav): "TH" before "6 tháng" is an abbreviation, never "thứ 6"
    refused("Quyết định 720/KTNN-TH 6 tháng", ctx("2017-02-26"))
