"""Session 45, family A (helper afterh): phrases refused for words after the date the grammar
did not know, read where those words are the milestone's own gloss; their neighbours (a count
the window does not have, a condition, a second date) stay refused."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

W = DeadlineKind.WINDOW


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


# --- a sitting's weeks in parentheses right after its window ---------------------------------

# u-vneconomy-qh-xvi-ky-hop-thu-nhat-hai-dot (Quốc hội khóa XVI's first sitting, two rounds)
FIRST_ROUND = (
    "Đợt 1 từ ngày 06/4 đến ngày 11/4/2026 (01 tuần): tập trung tiến hành công tác tổ chức, "
    "nhân sự; trình bày tờ trình, báo cáo và thảo luận tại tổ, hội trường đối với một số dự án "
    "luật, nghị quyết"
)
SECOND_ROUND = (
    "Đợt 2 từ ngày 20/4 đến ngày 25/4/2026 (01 tuần): thảo luận tại Hội trường và biểu quyết "
    "các nội dung về kinh tế - xã hội, ngân sách nhà nước; biểu quyết thông qua các luật, nghị "
    "quyết"
)


def test_a_round_s_week_in_parentheses_after_its_window_is_its_gloss() -> None:
    # Monday 06/4 to Saturday 11/4: a week of sitting days, as a school counts one
    assert _read(FIRST_ROUND, "2026-03-20") == [(W, date(2026, 4, 6), date(2026, 4, 11))]
    assert _read(SECOND_ROUND, "2026-03-20") == [(W, date(2026, 4, 20), date(2026, 4, 25))]


@pytest.mark.parametrize(
    "phrase",
    [
        # not from a Monday, or not to a Friday or a Saturday: no week of work
        "Đợt 1 từ ngày 07/4 đến ngày 11/4/2026 (01 tuần)",
        "Đợt 1 từ ngày 06/4 đến ngày 09/4/2026 (01 tuần)",
        # a count the window does not have: which is wrong, the count or a day?
        "Đợt 1 từ ngày 06/4 đến ngày 11/4/2026 (02 tuần)",
        # weeks of study around a break: only one week is a gloss (test_deadline_forms_m)
        "Đợt 1 từ ngày 06/4 đến ngày 18/4/2026 (02 tuần)",
        # a length said in words counts whole weeks (test_deadline_forms_wide)
        "Đợt 1 từ ngày 06/4 đến ngày 11/4/2026, trong 01 tuần",
        "Đợt 1 từ ngày 06/4 đến ngày 11/4/2026 (trong 01 tuần)",
        # one day, or a start with no end: no window the weeks can be
        "Đợt 1 ngày 06/4/2026 (01 tuần)",
        "Đợt 1 từ ngày 06/4/2026 (01 tuần)",
        # the words after the weeks are still checked: a negation, a condition, a second date
        "Đợt 1 từ ngày 06/4 đến ngày 11/4/2026 (01 tuần): không tổ chức họp",
        "Đợt 1 từ ngày 06/4 đến ngày 11/4/2026 (01 tuần), nếu cần kéo dài thêm",
        "Đợt 1 từ ngày 06/4 đến ngày 11/4/2026 (01 tuần), đợt 2 từ ngày 20/4",
        "Đợt 1 từ ngày 06/4 đến ngày 11/4/2026 (01 tuần) hằng năm",
    ],
)
def test_weeks_after_a_window_that_do_not_fit_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-20"))


@given(monday=st.integers(min_value=0, max_value=51), saturday=st.booleans())
def test_any_week_monday_to_friday_or_saturday_reads_its_window(
    monday: int, saturday: bool
) -> None:
    # the Monday of any week of 2026 (05/01/2026 is one); the week's Friday or Saturday
    first = date.fromordinal(date(2026, 1, 5).toordinal() + 7 * monday)
    last = date.fromordinal(first.toordinal() + (5 if saturday else 4))
    phrase = (
        f"Đợt học từ ngày {first.day}/{first.month}/{first.year} đến ngày "
        f"{last.day}/{last.month}/{last.year} (01 tuần)"
    )
    assert _read(phrase, "2025-12-01") == [(W, first, last)]
    # two days earlier (a Wednesday or a Thursday): no week of work, refused
    moved = date.fromordinal(last.toordinal() - 2)
    refused(
        phrase.replace(f"{last.day}/{last.month}/", f"{moved.day}/{moved.month}/"),
        ctx("2025-12-01"),
    )


# --- "khi" before who joins with whom to hold the work of the days read ----------------------

# n-langson-laichau-ngay-hoi-van-hoa-daidoanket (Đại Đoàn Kết, 2024)
FESTIVAL_JOINED = (
    "Từ ngày 2 đến 4/11/2024, tỉnh Lạng Sơn sẽ trở thành tâm điểm văn hóa của vùng khi phối hợp "
    "với Bộ Văn hóa, Thể thao và Du lịch tổ chức Ngày hội Văn hóa, Thể thao và Du lịch các dân "
    "tộc vùng Đông Bắc"
)
# ze-cafef-luu-y-thi-sinh-xac-nhan-nhap-hoc-2025 (CafeF, 2025)
FILTERING_JOINED = (
    "Từ ngày 17–20/8, khi Bộ GD&ĐT phối hợp cùng hai nhóm lọc ảo do ĐH Bách khoa Hà Nội (miền "
    "Bắc) và ĐH Quốc gia TP.HCM (miền Nam) chủ trì"
)


def test_khi_before_who_joins_with_whom_is_the_work_of_the_days() -> None:
    assert _read(FESTIVAL_JOINED, "2024-10-25") == [(W, date(2024, 11, 2), date(2024, 11, 4))]
    assert _read(FILTERING_JOINED, "2025-08-10") == [(W, date(2025, 8, 17), date(2025, 8, 20))]


@pytest.mark.parametrize(
    "phrase",
    [
        # a condition: when needed, when asked
        "Từ ngày 17–20/8, khi cần phối hợp với Bộ GD&ĐT",
        "Từ ngày 17–20/8, khi có yêu cầu phối hợp với Bộ GD&ĐT",
        "Từ ngày 17–20/8, khi được yêu cầu phối hợp với Bộ",
        # another time: after, before, until, each time
        "Từ ngày 17–20/8, sau khi Bộ GD&ĐT phối hợp với các trường",
        "Từ ngày 17–20/8, trước khi Bộ GD&ĐT phối hợp với các trường",
        "Từ ngày 17–20/8, cho đến khi Bộ GD&ĐT phối hợp với các trường",
        "Từ ngày 17–20/8, mỗi khi Bộ GD&ĐT phối hợp với các trường",
        "Từ ngày 17–20/8, khi kết thúc, Bộ GD&ĐT phối hợp với các trường",
        # the words after "khi" are still checked: a negation, a condition, a second time
        "Từ ngày 17–20/8, khi Bộ GD&ĐT không phối hợp cùng các trường",
        "Từ ngày 17–20/8, khi Bộ GD&ĐT phối hợp cùng các trường, nếu cần",
        "Từ ngày 17–20/8, khi Bộ GD&ĐT phối hợp với các trường trong năm sau",
        "Từ ngày 17–20/8, khi Bộ GD&ĐT phối hợp cùng các trường từ ngày 25/8",
        "Từ ngày 17–20/8, khi Bộ GD&ĐT phối hợp cùng các trường, hoặc đến khi có thông báo mới",
        # told done
        "Từ ngày 17–20/8, khi Bộ GD&ĐT đã phối hợp với các trường",
    ],
)
def test_khi_of_a_condition_or_another_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-08-10"))


# --- a condition inside the clause of reason that closes the phrase ---------------------------

# zb-danviet-bnn-lich-gieo-trong-vu-dong-2012 (Dân Việt on Bộ NN&PTNT's winter crops, 2012)
POTATO = (
    "Riêng cây khoai tây, thời vụ tốt nhất từ 25.10 đến 15.11, vì khoai tây sinh trưởng kém nếu "
    "nhiệt độ quá thấp"
)


def test_a_condition_inside_the_reason_is_the_reason_s() -> None:
    assert _read(POTATO, "2012-10-01") == [(W, date(2012, 10, 25), date(2012, 11, 15))]


@pytest.mark.parametrize(
    "phrase",
    [
        # the condition outside a reason: on the window itself
        "thời vụ tốt nhất từ 25.10 đến 15.11, nếu nhiệt độ quá thấp",
        # "vì vậy" (so) opens no reason
        "thời vụ tốt nhất từ 25.10 đến 15.11, vì vậy nếu nhiệt độ quá thấp thì trồng muộn hơn",
        # a negation or lateness after "nếu", a second time or a move inside the reason
        "thời vụ tốt nhất từ 25.10 đến 15.11, vì nếu không trồng kịp sẽ mất mùa",
        "thời vụ tốt nhất từ 25.10 đến 15.11, vì khoai tây sinh trưởng kém nếu quá hạn",
        "thời vụ tốt nhất từ 25.10 đến 15.11, vì nếu trồng muộn sau 20.11 sẽ mất mùa",
        "thời vụ tốt nhất từ 25.10 đến 15.11, vì nếu rét đậm thì gieo trồng vào tháng 12",
        "thời vụ tốt nhất từ 25.10 đến 15.11, vì nếu nhiệt độ quá thấp thì trồng sau đó",
        "thời vụ tốt nhất từ 25.10 đến 15.11, vì nếu gặp rét có thể lùi thời vụ",
        # a cadence, a second window
        "thời vụ tốt nhất từ 25.10 đến 15.11, vì khoai tây sinh trưởng kém nếu nhiệt độ quá thấp, hằng năm",
        "thời vụ tốt nhất từ 25.10 đến 15.11 hoặc đến 30.11, vì khoai tây sinh trưởng kém nếu nhiệt độ quá thấp",
    ],
)
def test_a_condition_outside_a_reason_or_on_the_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2012-10-01"))
