"""Session 43, family D (helper twof): phrases refused as holding two dates or two deadlines,
where each date is the day of a step of its own (issue 11: never a silent wrong date; two
deadlines are read as two milestones, never resolved into one; a real choice between two
stays refused)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, days, last_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


# z-ngaynay-ubtvqh-chuan-bi-ky-hop-thu-nhat-qh-xvi-2026 (Quốc hội khóa XVI's first sitting)
PREPARATORY_SESSION = (
    "Quốc hội khóa mới sẽ họp Kỳ họp thứ nhất, phiên trù bị vào chiều Chủ nhật, ngày 5/4/2026, "
    "khai mạc sáng 6/4/2026 và bế mạc vào ngày 25/4/2026"
)
# o-vietnamnet-bac-lieu-nam-hoc-2019-2020 (Bạc Liêu's school year 2019-2020)
GROUPS_EACH_THEIR_DAY = (
    "Ngày tựu trường: Các bậc mầm non và tiểu học tựu trường vào ngày 19/8/2019; các bậc THCS, "
    "THPT và hệ GDTX tựu trường vào ngày 5/8/2019"
)


def test_a_preparatory_session_is_a_step_of_the_sitting() -> None:
    assert _read(PREPARATORY_SESSION, "2026-03-03") == [
        (D, date(2026, 4, 5), date(2026, 4, 5)),
        (D, date(2026, 4, 6), date(2026, 4, 6)),
        (D, date(2026, 4, 25), date(2026, 4, 25)),
    ]


def test_groups_told_each_with_its_own_day_read_in_any_order() -> None:
    assert last_days(GROUPS_EACH_THEIR_DAY, "2019-07-30") == (date(2019, 8, 19), date(2019, 8, 5))


def test_a_day_off_and_its_make_up_day_read_as_two_milestones() -> None:
    # the lead's ruling 52(a) (session 52, famd52's madeup.py): a day off and the Saturday
    # worked for it are two milestones, each with its own words; p-huengaynay-hue-nghi-tet-
    # quoc-khanh-2026 expected a refusal before the ruling, za-vietnamnet the two days
    found = parse_deadlines(
        "nghỉ thứ Hai ngày 31/8/2026 và làm bù vào ngày thứ Bảy 22/8/2026", ctx("2025-10-20")
    )
    assert [(str(one.last), one.label) for one in found] == [
        ("2026-08-31", "nghỉ"),
        ("2026-08-22", "làm bù"),
    ]


def test_one_group_told_twice_keeps_the_refusal() -> None:
    # refusal neighbour: the same group's day told twice, the second earlier: which one holds?
    refused(
        "Các bậc mầm non tựu trường vào ngày 19/8/2019; các bậc mầm non tựu trường vào ngày "
        "5/8/2019",
        ctx("2019-07-30"),
    )


# zn-docnhanh-khung-nam-hoc-2025-2026 (the 2025-2026 school-year framework, 11/08/2025)
STEPS_BY_THEME = (
    "Thời gian hoàn thành tuyển sinh các lớp đầu cấp trước ngày 31/7/2026; thi tốt nghiệp trung "
    "học phổ thông năm 2026 dự kiến diễn ra trong ngày 11 và ngày 12/6/2026"
)


def test_steps_whose_days_do_not_overlap_read_in_any_order() -> None:
    assert _read(STEPS_BY_THEME, "2025-08-11") == [
        (D, date(2026, 7, 31), date(2026, 7, 31)),
        (W, date(2026, 6, 11), date(2026, 6, 12)),
    ]


def test_a_step_inside_another_out_of_order_keeps_the_refusal() -> None:
    # refusal neighbour: the exam's days fall inside the first step's: no order, no reading
    refused(
        STEPS_BY_THEME.replace("trước ngày 31/7/2026", "từ ngày 1/6/2026 đến ngày 31/7/2026"),
        ctx("2025-08-11"),
    )


# zp-tothethao-an-lao-tiem-phong-lmlm-2021 (An Lão's vaccination rounds of 2021)
TWO_ROUNDS_COUNTED = (
    "Lịch tiêm phòng vắc-xin cho đàn gia cầm được thực hiện khép kín theo 2 đợt. Đợt I tính từ "
    "ngày 01/1 đến ngày 30/6/2021 và Đợt II từ ngày 01/7-31/12/2021"
)
# w-press-baomoi-qdnd-khung-nam-hoc-2012-2013 (QĐND on the 2012-2013 framework)
THREE_ROUNDS_COUNTED = (
    "Thi tuyển sinh đại học, cao đẳng năm 2013 được tổ chức theo 3 đợt: đợt 1 vào các ngày 3, "
    "4, 5-7-2013; đợt 2 vào các ngày 8, 9,10-7-2013; đợt 3 vào các ngày 14, 15,16-7-2013."
)


def test_rounds_told_after_their_count_are_each_a_milestone() -> None:
    assert _read(TWO_ROUNDS_COUNTED) == [
        (W, date(2021, 1, 1), date(2021, 6, 30)),
        (W, date(2021, 7, 1), date(2021, 12, 31)),
    ]
    assert _read(THREE_ROUNDS_COUNTED) == [
        (W, date(2013, 7, 3), date(2013, 7, 5)),
        (W, date(2013, 7, 8), date(2013, 7, 10)),
        (W, date(2013, 7, 14), date(2013, 7, 16)),
    ]


def test_rounds_not_as_many_as_counted_keep_the_refusal() -> None:
    # refusal neighbours: a count the rounds do not match, rounds out of turn, a head naming
    # another year: the number is not explained
    refused(THREE_ROUNDS_COUNTED.replace("theo 3 đợt", "theo 2 đợt"))
    refused(THREE_ROUNDS_COUNTED.replace("đợt 2 vào", "đợt 4 vào"))
    refused(THREE_ROUNDS_COUNTED.replace("năm 2013 được", "năm 2012 được"))


def test_rounds_taking_the_plans_year_under_a_bare_head_keep_the_refusal() -> None:
    # refusal neighbour: no year written, and the head may name another ("Năm sau, …")
    refused(
        "Năm sau, tiêm phòng theo 2 đợt: đợt 1 từ ngày 01/3 đến ngày 30/4 và đợt 2 từ ngày "
        "01/9 đến ngày 30/10",
        ctx("2021-01-10"),
    )


def test_a_day_told_to_replace_an_earlier_target_is_no_second_milestone() -> None:
    # zf-thieunien-xoa-nha-tam-nguoi-co-cong-truoc-27-7-2025: the 2030 target replaced by
    # 31/10/2025, told second; never read as two milestones (it stays refused)
    refused(
        "Ban đầu, kế hoạch đặt ra là hoàn thành chương trình vào năm 2030, tuy nhiên với khí thế "
        "thi đua sôi nổi hướng tới Kỷ niệm 80 năm thành lập nước Cộng hòa xã hội chủ nghĩa Việt "
        "Nam (1945 – 2025), Thủ tướng đề nghị thống nhất rút ngắn thời hạn hoàn thành toàn bộ "
        "chương trình xuống ngày 31/10/2025",
        ctx("2025-06-22"),
    )
    # ... nor a change in the same year, told so
    refused(
        "Ban đầu hoàn thành tuyển sinh các lớp đầu cấp trước ngày 31/7/2026; thi tốt nghiệp "
        "trung học phổ thông năm 2026 dự kiến diễn ra trong ngày 11 và ngày 12/6/2026",
        ctx("2025-08-11"),
    )


# m-cand-qh-ky-hop-6-khoa-xiv-2018 (CAND on Quốc hội khóa XIV's sixth sitting)
SITTING_DAYS_OF_WORK = (
    "trong kỳ họp tới Quốc hội dự kiến làm việc trong 21 ngày, phiên trù bị và khai mạc vào "
    "ngày 22-10-2018 và bế mạc vào ngày 19-11-2018"
)


def test_a_sittings_days_of_work_are_its_weekdays_beside_two_milestones() -> None:
    # the lead's ruling of session 34: the opening and the closing, two milestones; 21 is
    # the weekdays from Monday 22/10 to Monday 19/11/2018
    assert _read(SITTING_DAYS_OF_WORK) == [  # the page gives no issue day
        (D, date(2018, 10, 22), date(2018, 10, 22)),
        (D, date(2018, 11, 19), date(2018, 11, 19)),
    ]


def test_days_of_work_that_are_not_the_weekdays_keep_the_refusal() -> None:
    # refusal neighbour: 22 days of work in 21 weekdays: the number is not explained
    refused(SITTING_DAYS_OF_WORK.replace("21 ngày", "22 ngày"))
