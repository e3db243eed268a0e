"""Session 62, helper e62: crop calendars' days off and named reports (session 61's holes).

Each was read as due on main, a silent wrong date:

1. A calendar's step told not to be done (`kehoach.dates.stepnotdone`): "ngày 10-15/12
   tránh xuống giống", "ngày 10-15/12/2026 cấm xuống giống", "ngày 10-15/12 hạn chế xuống
   giống", "… ngày 11-15/12 hủy xuống giống xong" — varying the winter-spring calendar of HTX
   Hòa Tiến 1 (tests/corpus zu-htxhoatien1-lich-thoi-vu-dong-xuan-2017-2018: "ngày 10 -
   15/12 xuống giống"). The days are the days the seed stays out, not the sowing window. A
   ban on what is no step of a calendar keeps the older ruling (the ban's own window):
   "Cấm đốt rơm rạ từ ngày 1/6 đến 30/6/2026".
2. Results told with their outcome (`resulttold`): "công bố kết quả vào ngày 6-6 với 95% đỗ"
   (varying zv-nghean24h-lich-thi-dgnl-v-act-2026's "công bố kết quả vào ngày 6-6"): past.
3. A round of next year read in the plan's (`roundyear`): "Đợt 2 năm tới nhận đăng ký từ
   18/4 đến 25/4" (the same calendar's "Đợt 2 nhận đăng ký từ ngày 18-4 đến 25-4") read
   18/04/2026.
4. Reports (`namedreport`, `letterrule`): "Báo cáo quý I trước ngày 1/3" is due before the
   quarter's figures are cut off (the 14th of its last month, Nghị định 09/2019/NĐ-CP,
   Điều 12); "Báo cáo quý I trước ngày 15/3 (theo Công văn số 123/UBND ngày 10/1)" sets its
   day by a letter, one year's, of a year the phrase does not give: neither read yearly.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import parse_deadlines
from kehoach.dates.reading import DeadlineKind

MAR_2026 = ctx("2026-03-01")


# 1. a calendar's step banned, avoided, limited, called off or negated: refused
@pytest.mark.parametrize(
    "phrase",
    [
        "ngày 10-15/12 tránh xuống giống",
        "ngày 10-15/12/2026 cấm xuống giống",
        "ngày 10-15/12 hạn chế xuống giống",
        "Không xuống giống từ 10/12 đến 15/12/2026",
        "tránh gieo sạ từ ngày 10 đến 15/12/2026",
        "ngày 5-10/12 làm đất xong, ngày 11-15/12 hủy xuống giống xong",
        "ngày 5-10/12 làm đất, ngày 11-15/12 huỷ bỏ xuống giống",
        "ngày 10-15/12 né xuống giống",
        "ngày 10-15/12 nghiêm cấm xuống giống",
        "ngày 10-15/12 bà con tránh xuống giống",
        "ngày 10-15/12 khoan xuống giống",
        "ngày 10-15/12 chưa xuống giống",
        "ngày 10-15/12 không được xuống giống",
        "ngày 10-15/12 hoãn gieo sạ",
        "ngày 10-15/12 dừng thu hoạch",
        "ngày 10-15/12 kiêng làm đất",
        "Từ ngày 10/12 đến 15/12/2026 cấm gieo cấy",
        "Cấm xuống giống từ ngày 10/12 đến 15/12/2026",
        "Tránh xuống giống từ 10/12 đến 15/12/2026",
        "Hạn chế xuống giống từ ngày 10/12 đến ngày 15/12/2026",
        "Hạn chế xuống giống trước ngày 10/12/2026",
        # the word right before the days, or alone in brackets after them
        "Lịch xuống giống: tránh ngày 10-15/12",
        "Xuống giống tránh các ngày 10-15/12",
        "ngày 10-15/12 xuống giống (cấm)",
        "ngày 10-15/12 xuống giống (không)",
        "ngay 10-15/12 cam xuong giong",
        "ngay 10-15/12/2026 han che xuong giong",
    ],
)
def test_a_step_told_not_to_be_done_is_no_window_due(phrase: str) -> None:
    assert refused(phrase, MAR_2026)


def test_the_refusal_names_the_step_kept_from_being_done() -> None:
    why = refused("ngày 10-15/12 tránh xuống giống", MAR_2026)
    assert "“tránh … xuống giống”" in why
    assert "last_day" in why


# ... the step done, or a ban on what is no calendar's step, reads as before
@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("ngày 10-15/12 xuống giống", (DeadlineKind.WINDOW, "2026-12-10", "2026-12-15")),
        ("ngày 10-15/12/2026 xuống giống", (DeadlineKind.WINDOW, "2026-12-10", "2026-12-15")),
        ("Xuống giống từ 10/12 đến 15/12/2026", (DeadlineKind.WINDOW, "2026-12-10", "2026-12-15")),
        ("gieo sạ từ ngày 10 đến 15/12/2026", (DeadlineKind.WINDOW, "2026-12-10", "2026-12-15")),
        ("ngay 10-15/12 xuong giong", (DeadlineKind.WINDOW, "2026-12-10", "2026-12-15")),
        ("ngày 10-15/12 tiến hành xuống giống", (DeadlineKind.WINDOW, "2026-12-10", "2026-12-15")),
        ("ngày 10-15/12 xuống giống tập trung", (DeadlineKind.WINDOW, "2026-12-10", "2026-12-15")),
        # avoiding a flood is no step kept from being done: the sowing is due
        ("ngày 10-15/12 tránh lũ, xuống giống", (DeadlineKind.WINDOW, "2026-12-10", "2026-12-15")),
        # a ban outside the calendar's days, a condition closed by "thì": the sowing due
        (
            "Ngày 10-15/12 xuống giống, nghiêm cấm gieo sạ ngoài lịch",
            (DeadlineKind.WINDOW, "2026-12-10", "2026-12-15"),
        ),
        (
            "Các hộ chưa gieo thì gieo từ ngày 25-30/12/2026",
            (DeadlineKind.WINDOW, "2026-12-25", "2026-12-30"),
        ),
        # sown then to dodge the planthopper: a purpose, the sowing due
        ("ngày 10-15/12 xuống giống né rầy", (DeadlineKind.WINDOW, "2026-12-10", "2026-12-15")),
        (
            "Hạn xuống giống từ 10/12 đến 15/12/2026",
            (DeadlineKind.WINDOW, "2026-12-10", "2026-12-15"),
        ),
        ("hạn chót xuống giống ngày 15/12/2026", (DeadlineKind.DATE, "2026-12-15", "2026-12-15")),
        # the ban's own window (the older ruling): burning, fishing are no plan's step
        (
            "Cấm đốt rơm rạ từ ngày 1/6 đến 30/6/2026",
            (DeadlineKind.WINDOW, "2026-06-01", "2026-06-30"),
        ),
        (
            "Cấm đánh bắt cá từ ngày 1/4 đến 31/5/2026",
            (DeadlineKind.WINDOW, "2026-04-01", "2026-05-31"),
        ),
        ("Tổ chức thi ngày 24/5/2026", (DeadlineKind.DATE, "2026-05-24", "2026-05-24")),
    ],
)
def test_a_step_done_or_a_ban_of_its_own_reads_as_before(
    phrase: str, expected: tuple[object, ...]
) -> None:
    assert read_days(phrase, "2026-03-01") == expected


def test_a_stop_of_pupils_coming_to_school_keeps_its_start() -> None:
    # zm-gdtx-nha-trang-sgddt-cv-1090-tam-dung-den-truong-2021: the stop in force from its day
    # (read so on main; a file handed in and school days are no crop's or exam's step here)
    found = one("cho học sinh tạm dừng đến trường kể từ ngày 12/05/2021", ctx("2021-05-10"))
    assert (found.kind, str(found.earliest), found.last) == (DeadlineKind.DATE, "2021-05-12", None)


def test_a_calendar_of_steps_done_keeps_each_window() -> None:
    found = parse_deadlines("ngày 5-10/12 làm đất xong, ngày 11-15/12 xuống giống xong", MAR_2026)
    assert [(one.label, str(one.first), str(one.last)) for one in found] == [
        ("làm đất", "2026-12-05", "2026-12-10"),
        ("xuống giống", "2026-12-11", "2026-12-15"),
    ]


# 2. results told with their outcome: over, no step due
@pytest.mark.parametrize(
    "phrase",
    [
        "công bố kết quả vào ngày 6-6 với 95% đỗ",
        "công bố kết quả vào ngày 6-6 với 95% thí sinh đỗ",
        "công bố kết quả vào ngày 6-6, tỷ lệ đỗ 95%",
        "công bố kết quả vào ngày 6-6, 95% thí sinh đỗ",
        "công bố kết quả vào ngày 6-6 với 1.200 thí sinh đậu",
        "công bố điểm thi vào ngày 6-6, nhiều thí sinh đạt 9 điểm",
        "Ngày 6/6 công bố kết quả, tỷ lệ đỗ 95%",
        "Ngày 6/6/2026 công bố kết quả với 80% thí sinh trúng tuyển",
    ],
)
def test_results_told_with_their_outcome_are_past(phrase: str) -> None:
    assert "kết quả đã có" in refused(phrase, MAR_2026)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("công bố kết quả vào ngày 6-6", (DeadlineKind.DATE, "2026-06-06", "2026-06-06")),
        (
            "Công bố kết quả trúng tuyển trước 17h ngày 20/8/2026",
            (DeadlineKind.DATE, "2026-08-20", "2026-08-20"),
        ),
        (
            "Công bố danh sách đỗ trước ngày 6/6/2026",
            (DeadlineKind.DATE, "2026-06-06", "2026-06-06"),
        ),
        # a share of whom to tell, no outcome
        (
            "Thông báo kết quả trước ngày 6/6/2026 cho 100% thí sinh",
            (DeadlineKind.DATE, "2026-06-06", "2026-06-06"),
        ),
        # a report on the results, its rate the matter
        (
            "Báo cáo kết quả thi, tỷ lệ đỗ tốt nghiệp trước ngày 15/7/2026",
            (DeadlineKind.DATE, "2026-07-15", "2026-07-15"),
        ),
    ],
)
def test_results_still_to_publish_read_as_before(phrase: str, expected: tuple[object, ...]) -> None:
    assert read_days(phrase, "2026-03-01") == expected


# 3. a round of a year said from the writing, its days without a year
@pytest.mark.parametrize(
    "phrase",
    [
        "Đợt 2 năm tới nhận đăng ký từ 18/4 đến 25/4",
        "Đợt 2 năm sau nhận đăng ký từ 18/4 đến 25/4",
        "Đợt 1 năm ngoái nhận đăng ký từ 18/4 đến 25/4",
        "Kỳ thi năm tới diễn ra ngày 24/5",
        "Vụ Đông Xuân năm tới xuống giống từ 10/12 đến 15/12",
        "Đợt 2 năm học tới nhận hồ sơ từ 18/4 đến 25/4",
        "Lần 2 năm kế tiếp nhận đăng ký từ 18/4 đến 25/4",
        "Đợt 2 (năm tới) nhận đăng ký từ 18/4 đến 25/4",
        "Đợt 2 năm tới: nhận đăng ký từ 18/4 đến 25/4",
        "Đợt 2 năm kế nhận đăng ký từ 18/4 đến 25/4",
        "Đợt 2 vụ tới nhận đăng ký từ 18/4 đến 25/4",
        "Dot 2 nam toi nhan dang ky tu ngay 18-4 den 25-4",
    ],
)
def test_a_round_of_another_year_is_not_the_plans(phrase: str) -> None:
    assert refused(phrase, MAR_2026)


def test_the_refusal_says_which_year_the_round_is_of() -> None:
    assert "năm tới" in refused("Đợt 2 năm tới nhận đăng ký từ 18/4 đến 25/4", MAR_2026)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # its year written: that year's
        (
            "Đợt 2 năm tới nhận đăng ký từ 18/4 đến 25/4/2027",
            (DeadlineKind.WINDOW, "2027-04-18", "2027-04-25"),
        ),
        ("Đợt 2 nhận đăng ký từ 18/4 đến 25/4", (DeadlineKind.WINDOW, "2026-04-18", "2026-04-25")),
        (
            "Dot 2 nhan dang ky tu ngay 18-4 den 25-4",
            (DeadlineKind.WINDOW, "2026-04-18", "2026-04-25"),
        ),
        # the plan's year ("năm kế hoạch"), no year said from the writing
        (
            "Đợt 2 năm kế hoạch nhận đăng ký từ 18/4 đến 25/4",
            (DeadlineKind.WINDOW, "2026-04-18", "2026-04-25"),
        ),
        (
            "Lần 2 năm nay nhận đăng ký từ 18/4 đến 25/4",
            (DeadlineKind.WINDOW, "2026-04-18", "2026-04-25"),
        ),
        # "năm tới" after the days: the next year, as `later` reads it
        (
            "nhận đăng ký từ 18/4 đến 25/4 năm tới",
            (DeadlineKind.WINDOW, "2027-04-18", "2027-04-25"),
        ),
    ],
)
def test_a_round_of_this_year_or_a_year_written_reads_as_before(
    phrase: str, expected: tuple[object, ...]
) -> None:
    assert read_days(phrase, "2026-03-01") == expected


# 4. a quarter's report due before its figures are cut off
@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo quý I trước ngày 1/3",
        "Báo cáo quý I trước ngày 14/3",
        "Báo cáo quý II trước ngày 10/6",
        "Báo cáo quý III trước ngày 14/9",
        "Báo cáo quý IV trước ngày 5/12",
        "Gửi báo cáo quý I trước ngày 1/3",
        "Báo cáo quý 2 chậm nhất ngày 1/6",
    ],
)
def test_a_quarters_report_due_before_its_figures_is_refused(phrase: str) -> None:
    assert "Nghị định 09/2019/NĐ-CP" in refused(phrase, MAR_2026)


@pytest.mark.parametrize(
    ("phrase", "rule"),
    [
        ("Báo cáo quý I trước ngày 15/3", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15"),
        ("Báo cáo quý II trước ngày 20/6", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20"),
        ("Báo cáo quý IV trước ngày 31/12", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"),
        ("Báo cáo quý IV trước ngày 15/1", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15"),
        # the year's review is due in its last month, as session 61 pinned
        ("Báo cáo tổng kết năm trước ngày 5/12", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5"),
        # a rule said each year, by a letter: the letter says the cadence
        (
            "Báo cáo quý I trước ngày 15/3 hằng năm (theo Công văn số 123/UBND)",
            "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15",
        ),
        # ... or cited from a circular, which stands
        (
            "Báo cáo quý I trước ngày 15/3 (theo Thông tư 09/2019/TT-BTC)",
            "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15",
        ),
    ],
)
def test_a_quarters_report_after_its_figures_reads_yearly(phrase: str, rule: str) -> None:
    assert one(phrase, MAR_2026).rrule == rule


def test_a_printed_day_with_its_year_is_the_deadline_whatever_its_quarter() -> None:
    # session 61's ruling (f61b): a day printed with its year is due then
    assert read_days("Báo cáo quý I trước ngày 1/3/2026", "2026-01-05") == (
        DeadlineKind.DATE,
        "2026-03-01",
        "2026-03-01",
    )


# ... a day a letter sets, with no cadence said: one year's, of a year not given
@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo quý I trước ngày 15/3 (theo Công văn số 123/UBND ngày 10/1)",
        "Báo cáo quý I trước ngày 15/3 theo Công văn số 123/UBND ngày 10/1",
        "Báo cáo quý I trước ngày 15/3 (Công văn 123/UBND ngày 10/1)",
        "Báo cáo quý I trước ngày 15/3 (theo Công văn số 123/UBND)",
        "Báo cáo quý I trước ngày 15/3 (theo Công văn số 123/UBND ngày 10/1/2026)",
        "Báo cáo 6 tháng đầu năm trước ngày 15/6 (theo Công văn số 123/UBND ngày 10/1)",
        "Báo cáo quý I trước ngày 15/3 (theo Kế hoạch số 12/KH-UBND ngày 10/1)",
        "Báo cáo quý I trước ngày 15/3 (theo Thông báo số 12/TB-UBND ngày 10/1)",
    ],
)
def test_a_yearly_day_set_by_a_letter_is_refused(phrase: str) -> None:
    assert "không đọc thành hạn mỗi năm" in refused(phrase, MAR_2026)


def test_a_dated_day_set_by_a_letter_reads_that_day() -> None:
    phrase = "Báo cáo quý I trước ngày 15/3/2026 (theo Công văn số 123/UBND ngày 10/1/2026)"
    assert read_days(phrase, "2026-01-05") == (DeadlineKind.DATE, "2026-03-15", "2026-03-15")


def test_a_standing_rule_keeps_its_yearly_day() -> None:
    standing = ctx("2026-03-01")
    standing = type(standing)(issued=standing.issued, standing=True)
    found = parse_deadlines("Báo cáo quý I trước ngày 15/3 (theo Công văn số 123/UBND)", standing)
    assert [one.rrule for one in found] == ["FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15"]
