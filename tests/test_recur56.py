"""Session 56, helper recur56 (issue 11, the refused recurring phrases): a day of each year
told chosen in the past, the choice run into who chose and the occasion held
(`dates.designated`); its neighbours refused."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

# tests/corpus/t-gialaitv-ngay-hoi-dai-doan-ket-2023.yaml (issued 13/09/2023)
GREAT_UNITY = (
    "Cách đây 20 năm, ngày 1/8/2003 Nghị quyết số 04 của Ủy ban Trung ương Mặt trận Tổ quốc "
    "Việt Nam đã chọn ngày 18/11 hàng năm tổ chức “Ngày hội Đại đoàn kết toàn dân tộc ở khu dân "
    "cư” trên phạm vi toàn quốc"
)
SEPT_2023 = ctx("2023-09-13")
CHOSEN = "Ủy ban Trung ương Mặt trận đã chọn ngày 18/11 hằng năm tổ chức Ngày hội Đại đoàn kết"


def test_a_day_chosen_in_2003_is_due_each_18_november() -> None:
    (reading,) = parse_deadlines(GREAT_UNITY, SEPT_2023)
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=18"
    assert reading.first is None and reading.last is None  # 1/8/2003 is no day of it
    assert reading.gloss is not None and reading.gloss.startswith("tổ chức “Ngày hội")
    assert reading.phrase == GREAT_UNITY


def test_the_choice_with_no_opening_reads_the_same_day() -> None:
    (reading,) = parse_deadlines(CHOSEN, SEPT_2023)
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=18"
    assert reading.gloss == "tổ chức Ngày hội Đại đoàn kết"


def test_the_month_written_as_a_word_reads_the_same_day() -> None:
    phrase = "Ủy ban đã chọn ngày 18 tháng 11 hằng năm để tổ chức Ngày hội Đại đoàn kết"
    (reading,) = parse_deadlines(phrase, SEPT_2023)
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=18"
    assert reading.gloss == "để tổ chức Ngày hội Đại đoàn kết"


def test_a_page_with_no_date_reads_it_too() -> None:
    (reading,) = parse_deadlines(GREAT_UNITY, ctx())
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=18"


@pytest.mark.parametrize(
    "phrase",
    [
        # a choice told in the page's own year, or after it: news with a time of its own
        "Năm 2023, Ủy ban Trung ương Mặt trận đã chọn ngày 18/11 hằng năm tổ chức Ngày hội",
        "Ngày 1/8/2023 Nghị quyết số 04 của Ủy ban đã chọn ngày 18/11 hàng năm tổ chức Ngày hội",
        "Ngày 1/8/2024 Nghị quyết số 04 của Ủy ban đã chọn ngày 18/11 hàng năm tổ chức Ngày hội",
        # a condition, a choice to come, a proposal, a negation, no one who chose
        "Ủy ban sẽ chọn ngày 18/11 hằng năm tổ chức Ngày hội",
        "Đã chọn ngày 18/11 hàng năm tổ chức Ngày hội",
        "Nếu Ủy ban Trung ương Mặt trận đã chọn ngày 18/11 hằng năm tổ chức Ngày hội",
        "Ủy ban dự kiến đã chọn ngày 18/11 hằng năm tổ chức Ngày hội",
        "Ủy ban đã không chọn ngày 18/11 hằng năm tổ chức Ngày hội",
        # the choice ended or moved after it
        "Ủy ban đã chọn ngày 18/11 hằng năm tổ chức Ngày hội không còn nữa",
        "Ủy ban đã chọn ngày 18/11 hằng năm tổ chức Ngày hội, nay chuyển sang ngày 20/11",
        # a time in the occasion, or a deadline after it
        "Ủy ban đã chọn ngày 18/11 hằng năm tổ chức Ngày hội từ năm 2026",
        "Ủy ban đã chọn ngày 18/11 hằng năm tổ chức Ngày hội; hạn báo cáo trước ngày 30/11",
        "Ủy ban đã chọn ngày 18/11 hằng năm tổ chức Ngày hội nếu đủ điều kiện",
        "Ủy ban đã chọn ngày 18/11 hằng năm tổ chức Ngày hội trong 3 ngày",
        "Ủy ban đã chọn ngày 18/11 hằng năm tổ chức Ngày hội trước ngày 20/11",
        # two days, a lunar day, a day with its year, no such day
        "Ủy ban đã chọn ngày 18/11 và 20/11 hằng năm tổ chức Ngày hội",
        "Ủy ban đã chọn ngày 18/11 âm lịch hằng năm tổ chức Ngày hội",
        "Ủy ban đã chọn ngày 18/11/2003 hằng năm tổ chức Ngày hội",
        "Ủy ban đã chọn ngày 31/2 hằng năm tổ chức Ngày hội",
        # typed bare: "da" may be "đa"
        "Uy ban da chon ngay 18/11 hang nam to chuc Ngay hoi Dai doan ket",
    ],
)
def test_neighbours_stay_refused(phrase: str) -> None:
    assert refused(phrase, SEPT_2023)


def test_a_month_chosen_each_year_stays_refused() -> None:
    # tests/corpus/zc-danviet-20-nam-thang-thanh-nien-2024.yaml: a month, not a day (left to
    # the lead: its corpus line wants BYMONTH=3 alone, the month rule's reading is its last day)
    phrase = "Năm 2004, Ban Bí thư Trung ương Đảng đã chọn tháng 3 hằng năm làm Tháng Thanh niên"
    assert refused(phrase, ctx("2024-03-26"))
