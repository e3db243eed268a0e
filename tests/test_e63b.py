"""Session 63, helper e63b: the holes a fresh tester found in branch e63, narrowed.

1. A bare "bắt đầu từ" then another step's day: e63 split "Bắt đầu từ ngày 1/7 và công bố kết
   quả ngày 20/7" into a start and the publishing day, but split as well "Bắt đầu từ ngày 1/7
   và nhận hồ sơ đến ngày 20/7", ", hạn nộp ngày 20/7", "… và khóa sổ ngày 20/7": the end of
   the work begun, one window as main read it. The split now holds only for a step done ON its
   day ("ngày", "vào ngày", "là ngày") in words with no due or closing word
   (`combine._a_step_on_its_day`); "… và báo cáo kết quả trước ngày 20/7" stays the one window
   (its last day is the report's due day: no wrong day, and "trước" never splits). The form
   came from the start said "bắt đầu từ" in the school-year plans (tests/corpus/
   g-anhp-hai-phong*.yaml: "Học kỳ 2 bắt đầu từ 8-1-2018, và sẽ kết thúc vào 25-5-2018").
2. Next year's plan ("Lập dự toán năm sau trước ngày 20/7", `nextplan`): the words between
   the plan and "năm sau" may only name it, from a short list; "vào năm sau", "lùi sang năm
   sau", "hai năm tới", "cuối năm sau" are refused.
3. Its day is the issue year's: a day already past in the issue year is refused, never moved
   to the year after (which would be inside the year planned for).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

START = "Bắt đầu từ ngày 1/7"


def _window(phrase: str) -> tuple[DeadlineKind, date | None, date | None]:
    reading = one(phrase, ctx("2026-03-01"))
    return reading.kind, reading.first, reading.last


WINDOW = (DeadlineKind.WINDOW, date(2026, 7, 1), date(2026, 7, 20))

# --- 1. a start, then the end of the same work: one window, as main read it ----------------

ONE_WINDOW = [
    f"{START} và nhận hồ sơ đến ngày 20/7",
    f"{START}, nhận hồ sơ đến hết ngày 20/7",
    f"{START} và tiếp nhận hồ sơ trong ngày 20/7",
    f"{START} và đăng ký đến ngày 20/7",
    f"{START} và tiếp tục đến ngày 20/7",
    f"{START} và áp dụng đến ngày 20/7",
    f"{START} và có hiệu lực đến ngày 20/7",
    f"{START}, hạn nộp ngày 20/7",
    f"{START}, hạn cuối ngày 20/7",
    f"{START} và thời hạn cuối cùng nhận hồ sơ là ngày 20/7",
    f"{START} và ngày kết thúc là 20/7",
    f"{START} và thời điểm kết thúc là ngày 20/7",
    f"{START} và đóng cổng đăng ký ngày 20/7",
    f"{START} và khóa sổ ngày 20/7",
    f"{START} và bế mạc ngày 20/7",
    f"{START} và nộp hồ sơ chậm nhất ngày 20/7",
    f"{START} và nhận đơn trước ngày 20/7",
    # restored: e63 refused them (the time of day could not go with two milestones)
    f"{START} và nhận bài dự thi trước 17 giờ ngày 20/7",
    "Bắt đầu từ 1/7, thu nhận hồ sơ đến 17h ngày 20/7",
    # decided: the report's due day is the window's last; "trước" never splits
    f"{START} và báo cáo kết quả trước ngày 20/7",
    # neighbours: other closing and due words
    f"{START} và bế giảng ngày 20/7",
    f"{START} và đóng cửa ngày 20/7",
    f"{START} và khép lại ngày 20/7",
    f"{START} và đợt cuối nhận hồ sơ ngày 20/7",
    f"{START} và lần cuối công bố ngày 20/7",
    f"{START} và ngày cuối cùng nhận hồ sơ là ngày 20/7",
    f"{START} và công bố kết quả muộn nhất ngày 20/7",
    f"{START} và công bố kết quả trước ngày 20/7",
    f"{START} và công bố kết quả hạn chót ngày 20/7",
    f"{START} và tổng kết vào 9 giờ ngày 20/7",
]


@pytest.mark.parametrize("phrase", ONE_WINDOW)
def test_the_end_of_the_work_begun_is_one_window(phrase: str) -> None:
    assert _window(phrase) == WINDOW


# --- 1. a step of its own done on its day: two milestones ---------------------------------

TWO_STEPS = [
    f"{START} và công bố kết quả ngày 20/7",
    f"{START}, công bố kết quả ngày 20/7",
    f"{START} và nghiệm thu ngày 20/7",
    f"{START} và tổng kết vào ngày 20/7",
    f"{START} và công bố kết quả là ngày 20/7",
    "Bắt đầu từ 1/7 và công bố kết quả ngày 20/7/2026",
]


@pytest.mark.parametrize("phrase", TWO_STEPS)
def test_a_step_done_on_its_day_is_a_milestone_of_its_own(phrase: str) -> None:
    start, step = parse_deadlines(phrase, ctx("2026-03-01"))
    assert (start.label, start.earliest, start.last) == ("Bắt đầu", date(2026, 7, 1), None)
    assert (step.kind, step.last) == (DeadlineKind.DATE, date(2026, 7, 20))


STEP_REFUSED = [
    f"{START} và không công bố kết quả ngày 20/7",
    f"{START} và đã công bố kết quả ngày 20/7",
    f"{START} và chưa công bố kết quả ngày 20/7",
    f"{START} và nếu đủ điều kiện công bố kết quả ngày 20/7",
    f"{START} và hoãn công bố kết quả ngày 20/7",
    f"{START} và tạm dừng công bố kết quả ngày 20/7",
    f"{START} và hủy công bố kết quả ngày 20/7",
    f"{START} và công bố kết quả ngày 20/7/2025",
    f"{START} và công bố kết quả từ ngày 20/7",
    f"{START} và công bố kết quả sau ngày 20/7",
    f"{START} và công bố kết quả ngày 20/7 hằng năm",
    f"{START} và công bố kết quả ngày 20/7 nếu có",
    f"{START} và công bố kết quả ngày 20/6",
    f"{START} và công bố kết quả không muộn hơn ngày 20/7",
]


@pytest.mark.parametrize("phrase", STEP_REFUSED)
def test_a_step_denied_done_moved_or_out_of_order_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-01"))


# --- 2. next year's plan: only the plan's own name before "năm sau" ------------------------

PLAN = "Lập kế hoạch"
NAMED_OTHERWISE = [
    f"{PLAN} vào năm sau trước ngày 20/7",
    f"{PLAN} vào năm tới trước ngày 15/11",
    f"{PLAN} trong năm sau trước ngày 20/7",
    "Trình kế hoạch trong năm tới chậm nhất ngày 15/11",
    f"{PLAN} sang năm sau trước ngày 20/7",
    f"{PLAN} đến năm sau trước ngày 20/7",
    f"{PLAN} chậm nhất đến năm sau trước ngày 20/7",
    f"{PLAN} hoàn thành trong năm sau trước ngày 20/7",
    f"{PLAN} lùi sang năm sau trước ngày 20/7",
    "Xây dựng kế hoạch lùi sang năm tới trước ngày 15/11",
    f"{PLAN} tạm dừng năm sau trước ngày 20/7",
    f"{PLAN} kéo dài năm sau trước ngày 20/7",
    f"{PLAN} hết năm sau trước ngày 20/7",
    f"{PLAN} hai năm sau trước ngày 20/7",
    f"{PLAN} hai năm tới trước ngày 15/11",
    f"{PLAN} ba năm tới trước ngày 15/11",
    f"{PLAN} mười năm tới trước ngày 15/11",
    f"{PLAN} 2 năm tới trước ngày 15/11",
    f"{PLAN} nhiều năm sau trước ngày 20/7",
    f"{PLAN} các năm sau trước ngày 20/7",
    f"{PLAN} những năm sau trước ngày 20/7",
    f"{PLAN} cuối năm sau trước ngày 20/7",
    f"{PLAN} đầu năm sau trước ngày 20/7",
    f"{PLAN} hủy năm sau trước ngày 20/7",
    f"{PLAN} dừng năm sau trước ngày 20/7",
    f"{PLAN} hoãn năm sau trước ngày 20/7",
    f"{PLAN} tới năm sau trước ngày 20/7",
]


@pytest.mark.parametrize("phrase", NAMED_OTHERWISE)
def test_words_that_move_or_count_the_year_are_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-01"))


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        (f"{PLAN} năm sau trước ngày 20/7", date(2026, 7, 20)),
        ("Xây dựng kế hoạch kiểm toán năm sau chậm nhất ngày 15/11", date(2026, 11, 15)),
        ("Lập dự toán ngân sách nhà nước năm sau trước ngày 20/7", date(2026, 7, 20)),
        ("Lập dự toán ngân sách năm sau trước ngày 20/7", date(2026, 7, 20)),
    ],
)
def test_the_plans_own_name_still_reads(phrase: str, due: date) -> None:
    reading = one(phrase, ctx("2026-03-01"))
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, due)


# --- 3. the day is the issue year's ---------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("Xây dựng kế hoạch năm tới trước ngày 15/11", "2026-12-01"),
        ("Xây dựng kế hoạch năm sau trước ngày 28/2", "2026-03-01"),
        ("Lập dự toán năm sau trước ngày 20/7", "2026-08-01"),
        ("Lập kế hoạch năm sau trước ngày 28/2", "2026-03-01"),
    ],
)
def test_a_day_past_in_the_issue_year_is_refused(phrase: str, issued: str) -> None:
    assert "đã qua" in refused(phrase, ctx(issued))
