"""Session 50, family N2 (helper n2l): phrases refused as not recognised at all ("không nhận ra
thời hạn") whose time is said in a form the grammar had no rule for: a count before the
schedule of a reception ("ít nhất trước 02 ngày làm việc so với lịch tiếp công dân"), and a
listed place's day and district in parentheses closing the item ("(ngày 18-3, huyện Vĩnh
Cửu)"), and a time judged rather late or very early right before it ("khá muộn vào đầu
tháng 7 (03/7 - 05/7/2026)"). Their neighbours (a negation, a condition, a cadence, a thing told done, a second
day, a day without its month, a calendar that is no schedule) stay refused."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

D = DeadlineKind.DATE

# --- a count of working days before the schedule of a reception, the bound first ----------

# tests/corpus/zm-ninhthuan-snv-quy-che-tiep-cong-dan-2018.yaml
RECEPTION_MOVED = (
    "thông báo thay đổi lịch tiếp công dân công khai trên trang thông tin điện tử của Sở và "
    "niêm yết công khai tại phòng tiếp dân ít nhất trước 02 ngày làm việc so với lịch tiếp "
    "công dân"
)


def _counted(phrase: str) -> tuple[object, ...]:
    """The count of `phrase`'s one reading: offset, unit, working days, direction."""
    read = one(phrase, ctx("2018-12-17"))
    assert read.kind is DeadlineKind.RELATIVE and read.relative is not None
    counted = read.relative
    return counted.offset, counted.unit, counted.working_days, counted.direction


def test_a_count_before_the_reception_schedule_is_read() -> None:
    assert _counted(RECEPTION_MOVED) == (2, "ngày", True, "before")


def test_a_meeting_schedule_is_an_anchor_as_well() -> None:
    assert _counted("gửi tài liệu ít nhất trước 03 ngày so với lịch họp") == (
        3,
        "ngày",
        False,
        "before",
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # a calendar is no schedule: "so với lịch âm" counts from no day
        "niêm yết ít nhất trước 02 ngày so với lịch âm",
        # negated, conditional: whether it is done at all is not said
        "không niêm yết ít nhất trước 02 ngày làm việc so với lịch tiếp công dân",
        "nếu thay đổi thì niêm yết ít nhất trước 02 ngày làm việc so với lịch tiếp công dân",
        # a day inside the anchor: which day the schedule is, is not read here
        "niêm yết ít nhất trước 02 ngày làm việc so với lịch tiếp công dân ngày 15/1",
    ],
)
def test_the_schedule_count_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2018-12-17"))


@given(st.integers(min_value=1, max_value=30))
def test_any_count_before_the_schedule_is_the_count_printed(count: int) -> None:
    phrase = f"niêm yết ít nhất trước {count:02d} ngày làm việc so với lịch tiếp công dân"
    assert _counted(phrase) == (count, "ngày", True, "before")


# --- a listed place's day and district in parentheses closing the item ---------------------

# tests/corpus/zs-baomoi-dong-nai-9-dot-hien-mau-thang-3-2025.yaml (issued 01/03/2025)
BLOOD_DRIVE = "Trường trung học phổ thông (THPT) Trị An (ngày 18-3, huyện Vĩnh Cửu)"


def _day(phrase: str) -> tuple[object, ...]:
    return days(one(phrase, ctx("2025-03-01")))


def test_a_day_and_its_district_in_parentheses_read_as_the_day() -> None:
    assert _day(BLOOD_DRIVE) == (D, date(2025, 3, 18), date(2025, 3, 18))


def test_the_place_is_kept_as_the_gloss_with_every_unit_named() -> None:
    read = one(
        "Trung đoàn Cảnh sát cơ động (ngày 22/3, phường Tam Phước, thành phố Biên Hòa)",
        ctx("2025-03-01"),
    )
    assert days(read) == (D, date(2025, 3, 22), date(2025, 3, 22))
    assert read.gloss is not None and "phường Tam Phước, thành phố Biên Hòa" in read.gloss


@pytest.mark.parametrize(
    "phrase",
    [
        # a day without its month: the list's month is not this phrase's to guess
        "Khu công nghiệp Sông Mây (ngày 19, huyện Trảng Bom)",
        # a condition, a negation, a thing told done, a cadence before the item
        "nếu đủ điều kiện thì tổ chức tại Trường THPT Trị An (ngày 18-3, huyện Vĩnh Cửu)",
        "Trường hợp đủ điều kiện, tổ chức tại Trường THPT Trị An (ngày 18-3, huyện Vĩnh Cửu)",
        "không tổ chức tại Trường THPT Trị An (ngày 18-3, huyện Vĩnh Cửu)",
        "đã tổ chức tại Trường THPT Trị An (ngày 18-3, huyện Vĩnh Cửu)",
        "hằng năm tổ chức tại Trường THPT Trị An (ngày 18-3, huyện Vĩnh Cửu)",
        # a second day, in the parentheses or in another pair of them
        "Trường THPT Trị An (ngày 18-3, huyện Vĩnh Cửu, ngày 20-3)",
        "Trường THPT Trị An (ngày 18-3, huyện Vĩnh Cửu) (ngày 19-3, huyện Trảng Bom)",
        "Trường THPT Trị An (ngày 18-3, huyện Vĩnh Cửu hoặc ngày 20-3)",
        # a time said after the place: another year, the day coming, a weekday
        "Trường THPT Trị An (ngày 18-3, huyện Vĩnh Cửu, năm sau)",
        "Trường THPT Trị An (ngày 18-3, huyện Vĩnh Cửu tới đây)",
        "Trường THPT Trị An (ngày 18-3, huyện Vĩnh Cửu, Chủ nhật)",
        # a number in the place, a day that is none, a day already past on the issue day
        "Trường THPT Trị An (ngày 18-3, huyện 2)",
        "Trường THPT Trị An (ngày 31-2, huyện Vĩnh Cửu)",
        "Trường THPT Trị An (ngày 5-1, huyện Vĩnh Cửu)",
    ],
)
def test_the_day_and_place_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-03-01"))


@given(st.integers(min_value=2, max_value=31))
def test_any_day_of_the_month_in_the_parentheses_is_that_day(day: int) -> None:
    phrase = f"Trường THPT Trị An (ngày {day}-3, huyện Vĩnh Cửu)"
    assert _day(phrase) == (D, date(2025, 3, day), date(2025, 3, day))


# --- a word of degree before "sớm"/"muộn" right before the time it judges -----------------

# tests/corpus/zh-24h-dia-phuong-thi-lop-10-som-nhat-2026.yaml (issued 03/03/2026)
LATE_EXAM = (
    "Quảng Ninh công bố lịch thi khá muộn vào đầu tháng 7 (03/7 - 05/7/2026), trở thành địa "
    "phương có thời gian ôn tập dài nhất trong nhóm đã công bố"
)


def test_a_time_judged_rather_late_is_the_time_printed() -> None:
    assert days(one(LATE_EXAM, ctx("2026-03-03"))) == (
        DeadlineKind.WINDOW,
        date(2026, 7, 3),
        date(2026, 7, 5),
    )


def test_very_early_before_the_day_is_that_day() -> None:
    assert days(one("Quảng Ninh tổ chức thi rất sớm vào ngày 5/6", ctx("2026-03-03"))) == (
        D,
        date(2026, 6, 5),
        date(2026, 6, 5),
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # "quá muộn" (too late), a comma between: no word of degree right before the time
        "Quảng Ninh tổ chức thi quá muộn vào ngày 5/7",
        "Quảng Ninh tổ chức thi rất sớm, vào ngày 5/7",
        # no time after it at all
        "Quảng Ninh tổ chức thi khá muộn",
        # negated, conditional, told done, a year said from the writing
        "Quảng Ninh không tổ chức thi khá muộn vào ngày 5/7",
        "nếu được, Quảng Ninh tổ chức thi khá muộn vào ngày 5/7",
        "Quảng Ninh đã tổ chức thi khá muộn vào ngày 5/7",
        "Quảng Ninh tổ chức thi khá muộn vào tháng 7 năm sau",
    ],
)
def test_the_degree_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-03"))
