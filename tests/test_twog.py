"""Session 44, family D (helper twog): phrases refused as holding a second date or a
document's number beside their deadline, where that number is a name the phrase accounts for
(a tunnel's number, "một lần": once, a holiday called by its day, a lunar day's gloss, the
next rounds) or the days of a school year's steps written with a dash (issue 11: never a
silent wrong date; a number is read or explained, never dropped unexplained)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(reading) for reading in parse_deadlines(phrase, ctx(issued))]


# --- "một lần": once, before a due day ----------------------------------------------------

# v-chubah-ayunpa-thu-quy-pctt-2022 (xã Chư Băh's disaster-fund collection, 2022), without
# its section number "3.1.", which stays refused (test_deadline_forms_p: a day with a dot?)
PAID_ONCE = "Đối với cá nhân: Thu, nộp một lần trước ngày 30 tháng 7 năm 2022"


def test_paid_once_before_a_day_is_due_that_day() -> None:
    assert _read(PAID_ONCE, "2022-04-04") == [(D, date(2022, 7, 30), date(2022, 7, 30))]


def test_a_time_or_a_part_of_a_period_after_lan_keeps_the_refusal() -> None:
    # refusal neighbours: "lần đầu tháng 3" (the first time, or early March?), "một lần cuối
    # tháng 7" (once at its end, or one last time?), a count other than one, "lần trước"
    issued = ctx("2022-04-04")
    refused("kê khai lần đầu tháng 3", issued)
    refused("kê khai một lần đầu tháng 3", issued)
    refused("nộp một lần cuối tháng 7", issued)
    refused("nộp một lần giữa tháng 7", issued)
    refused("nộp lần trước ngày 30/7", issued)
    refused("nộp hai lần trước ngày 30/7", issued)
    refused("không nộp một lần trước ngày 30/7/2022", issued)
    refused("nếu nộp một lần trước ngày 30/7/2022", issued)


# --- a tunnel by its number -----------------------------------------------------------------

# zf-thoibaotaichinh-ve-dich-3000-km-cao-toc-2025 (the expressways due in 2025)
TUNNEL = (
    "Hầm số 3 (dài 3.200 m) đã hoàn thành phần xây dựng ống hầm phải phục vụ cao tốc giai đoạn "
    "1, dự kiến hoàn thành trước ngày 18/12/2025"
)


def test_a_tunnels_number_is_its_name() -> None:
    assert _read(TUNNEL, "2025-12-15") == [(D, date(2025, 12, 18), date(2025, 12, 18))]


def test_a_tunnel_beside_a_day_or_a_second_deadline_keeps_the_refusal() -> None:
    issued = ctx("2025-12-15")
    refused("hầm 3/12 hoàn thành trước ngày 18/12/2025", issued)  # a day after the word
    refused("Hầm số 3 hoàn thành trước ngày 18/12/2025 hoặc ngày 20/12/2025", issued)
    refused("Hầm số 3 không hoàn thành trước ngày 18/12/2025", issued)


# --- a school year's one-day steps with a dashed day -----------------------------------------

# n-bacninh-tuu-truong-2013-2014 (Sở GD&ĐT Bắc Ninh's school year 2013-2014, 18/07/2013)
CONTINUING_EDUCATION = (
    "Khối Giáo dục Thường xuyên (gồm hệ Bổ túc THCS và Bổ túc THPT), học sinh tựu trường từ 26-8, "
    "khai giảng vào 5-9 và thực học ngày 9-9"
)


def test_a_school_years_steps_read_their_dashed_days() -> None:
    back, opening, classes = parse_deadlines(CONTINUING_EDUCATION, ctx("2013-07-18"))
    assert back.earliest == date(2013, 8, 26) and back.last is None  # a start, no end
    assert days(opening) == (D, date(2013, 9, 5), date(2013, 9, 5))
    assert days(classes) == (D, date(2013, 9, 9), date(2013, 9, 9))


@given(st.integers(1, 28), st.integers(1, 12))
def test_an_opening_day_with_a_dash_is_that_day(day: int, month: int) -> None:
    assert _read(f"khai giảng vào {day}-{month}", "2013-01-01") == [
        (D, date(2013, month, day), date(2013, month, day))
    ]


def test_a_dashed_pair_after_other_words_or_told_otherwise_keeps_the_refusal() -> None:
    issued = ctx("2013-07-18")
    # refusal neighbours: after a word of no one-day step "5-9" may be days or months 5 to 9;
    # "năm học vào 10-12" without the programme or its end may be the months of a plan
    refused("tổ chức hội giảng vào 5-9", issued)
    refused("triển khai kế hoạch năm học vào 10-12", issued)
    refused("kết thúc năm học vào 1-6", issued)
    refused("khai giảng vào 5-9 giờ", issued)
    # ... and a negation, a condition, a cadence, a step told done
    refused("không khai giảng vào 5-9", issued)
    refused("nếu khai giảng vào 5-9", issued)
    refused("hằng năm khai giảng vào 5-9", issued)
    refused("đã khai giảng vào 5-9", issued)


# --- the rounds after the first, right before their days -----------------------------------

# l-ha-nam-tiem-phong-vu-thu-2022 (UBND tỉnh Hà Nam's autumn vaccination, 2022)
NEXT_ROUNDS = (
    "Tiêm phòng bổ sung các đợt tiếp theo vào ngày 10/11 đến 20/11/2022 và ngày 01/12 đến "
    "10/12/2022"
)


def test_the_next_rounds_read_each_its_window() -> None:
    assert _read(NEXT_ROUNDS) == [
        (W, date(2022, 11, 10), date(2022, 11, 20)),
        (W, date(2022, 12, 1), date(2022, 12, 10)),
    ]


def test_next_said_of_a_day_or_told_otherwise_keeps_the_refusal() -> None:
    issued = ctx("2022-10-01")
    # refusal neighbours: "ngày làm việc tiếp theo" is a day of its own, "tiếp theo" not right
    # before the days, a choice between the rounds, a negation, a cadence
    refused("Tiêm phòng vào ngày làm việc tiếp theo ngày 10/11/2022", issued)
    refused("Các đợt tiếp theo đã tiêm từ ngày 10/11 đến 20/11/2022", issued)
    refused(NEXT_ROUNDS.replace(" và ngày 01/12", " hoặc ngày 01/12"), issued)
    refused("không tiêm phòng các đợt tiếp theo từ ngày 10/11 đến 20/11/2022", issued)
    refused("Hằng năm tiêm phòng các đợt tiếp theo từ ngày 10/11 đến 20/11", issued)


# --- a holiday called by its day ------------------------------------------------------------

# zu-baolongan-nghi-le-treo-co-gio-to-30-4-1-5-2018 (Long An's days off, 2018)
DAYS_OFF_FOR_THE_HOLIDAYS = "và từ chiều ngày 29/4/2018 đến hết ngày 01/5/2018 (lễ 30/4 và 1/5)"
# q-vinhuni-doan-truong-dong-phuc-thang-thanh-nien-2020 (Đoàn trường ĐH Vinh, 2020)
PEAK_WEEK = (
    "Tuần cao điểm 26/3: Bắt đầu từ buổi sáng ngày 23/3/2020 (Thứ Hai) đến hết ngày 27/3/2020 "
    "(Thứ Sáu)"
)


def test_a_holiday_called_by_its_day_is_its_name() -> None:
    assert _read(DAYS_OFF_FOR_THE_HOLIDAYS, "2018-04-24") == [
        (W, date(2018, 4, 29), date(2018, 5, 1))
    ]
    assert _read(PEAK_WEEK) == [(W, date(2020, 3, 23), date(2020, 3, 27))]


def test_a_day_no_holiday_is_on_or_a_holiday_as_the_time_keeps_the_refusal() -> None:
    issued = ctx("2018-04-24")
    # refusal neighbours: a day that is no solar holiday's, another word ("thường lệ"),
    # another day in the parentheses, a year that is not the window's
    refused("trước ngày 25/4/2018 (lễ 19/5)", issued)
    refused("trước ngày 25/4/2018 (thường lệ 30/4)", issued)
    refused("trước ngày 25/4/2018 (lễ 30/4 và ngày 3/5)", issued)
    refused(DAYS_OFF_FOR_THE_HOLIDAYS.replace("1/5)", "1/5 năm 2017)"), issued)
    # ... the holiday as the time itself: a bound before it, or no other time
    refused("hoàn thành trước lễ 30/4, bắt đầu từ ngày 20/4/2018", issued)
    refused("trong dịp lễ 30/4 từ ngày 20/4/2018", issued)
    refused("Trước Tuần cao điểm 26/3, từ ngày 23/3/2020")
    refused("Tuần cao điểm 26/3")
    # ... and a peak named by a day no occasion is on
    refused(PEAK_WEEK.replace("26/3", "24/3"))


# --- an event's day glossed by its lunar day without "tức" ---------------------------------

# zk-baomoi-tag-chuong-trinh-nghe-thuat-2026 (xã Thăng An's festivals, 2026)
FESTIVAL_OPENED = (
    "tối 26-2 (mồng 10 tháng Giêng), chính quyền, nhân dân xã Thăng An (TP Đà Nẵng) tổ chức "
    "khai mạc Lễ hội Bà Chợ Được và Lễ hội Cầu ngư xã Thăng An năm 2026"
)


def test_a_festival_glossed_by_its_lunar_day_is_held_that_day() -> None:
    # the page gives no issue day: the festival's year lends the day its own
    assert _read(FESTIVAL_OPENED) == [(D, date(2026, 2, 26), date(2026, 2, 26))]


def test_a_lunar_day_that_is_not_the_solar_one_keeps_the_refusal() -> None:
    # refusal neighbours: 26/2/2026 is the 10th of the first lunar month, not the 11th; in
    # 2025 it is the 29th; and a festival told done
    refused(FESTIVAL_OPENED.replace("mồng 10", "mồng 11"))
    refused(FESTIVAL_OPENED.replace("năm 2026", "năm 2025"))
    refused(FESTIVAL_OPENED.replace("tổ chức khai mạc", "đã tổ chức khai mạc"))
