"""Session 40, family D (helper twoc): phrases refused as holding two dates or date-like
tokens, where the second token is no second deadline: the thing's year closing the phrase
after its day, ... (issue 11: never a silent wrong date; never two deadlines read as one)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW

# zg-vnexpress-thanh-nien-len-duong-nhap-ngu-2026 (VnExpress, 04/03/2026)
CALL_UP_DONE = "Ngày 6/3, 3 tỉnh còn lại thuộc Quân khu 2 hoàn tất đợt giao quân năm 2026."
# zj-dantri-ha-noi-tam-dung-dao-duong-dai-hoi-tet-2026 (Dân trí, 09/01/2026)
ROADWORKS_PAUSED = (
    "Từ ngày 7/2 đến hết ngày 3/3, tạm dừng thi công đào đường, hè đường trên địa bàn toàn "
    "thành phố dịp nghỉ Tết Nguyên đán Bính Ngọ năm 2026"
)
# zg-dantri-le-giao-nhan-quan-4-5-3-2026 (Dân trí, 03/03/2026)
CALL_UP_DAYS = (
    "Thực hiện Quyết định của Thủ tướng Chính phủ, Bộ trưởng Bộ Quốc phòng về việc giao chỉ "
    "tiêu tuyển nhận công dân nhập ngũ năm 2026, từ ngày 4 đến 5/3, thanh niên trên cả nước "
    "sẽ lên đường thực hiện nghĩa vụ quân sự năm 2026."
)


def test_the_tet_named_with_its_year_reads_the_window_before_it() -> None:
    reading = one(ROADWORKS_PAUSED, ctx("2026-01-09"))
    assert days(reading) == (W, date(2026, 2, 7), date(2026, 3, 3))
    assert reading.phrase == ROADWORKS_PAUSED


def test_a_year_planned_after_a_day_of_another_year_stays_refused() -> None:
    # refusal neighbour: the day (read in the plan's 2025) is not in the year named
    why = refused(
        "Ngày 20/12, tỉnh tổ chức hội nghị triển khai kế hoạch năm 2026", ctx("2025-11-01")
    )
    assert "năm 2026" in why
    assert "last_day" in why


def test_a_year_after_a_word_of_time_stays_a_period_of_its_own() -> None:
    # refusal neighbour: "cuối năm 2026" is a time, not the name of the thing
    why = refused(
        "Ngày 6/3, các tỉnh hoàn tất giao quân, rà soát đến cuối năm 2026", ctx("2026-03-04")
    )
    assert "last_day" in why


def test_a_day_on_a_page_without_its_year_takes_none_from_the_closing_year() -> None:
    # refusal neighbour (p-baokhanhhoa-van-phu-dien-tap-2022's shape, no issue day): the
    # closing year is never lent to the day
    why = refused("Ngày 9 và 10-5, Ban Chỉ đạo tổ chức diễn tập chiến đấu năm 2022", ctx(None))
    assert "last_day" in why


# t-nhandan-cd-84-ttg-xoa-nha-tam-2025 (Nhân Dân on Công điện 84/CĐ-TTg, 2025)
HOUSES_STARTED = (
    "Những căn còn lại chưa xây dựng thì đồng loạt khởi công trước ngày 20/6/2025 để kịp hoàn "
    "thành trước ngày 31/8/2025"
)


def test_a_step_then_the_next_in_time_for_it_are_two_milestones() -> None:
    readings = parse_deadlines(HOUSES_STARTED, ctx("2025-06-10"))
    assert [days(one) for one in readings] == [
        (D, date(2025, 6, 20), date(2025, 6, 20)),
        (D, date(2025, 8, 31), date(2025, 8, 31)),
    ]


def test_the_subjects_condition_closed_by_thi_is_no_ban() -> None:
    # the first clause of the corpus phrase above, alone: "chưa xây dựng thì" names the houses
    reading = one("Những căn còn lại chưa xây dựng thì đồng loạt khởi công trước ngày 20/6/2025")
    assert days(reading) == (D, date(2025, 6, 20), date(2025, 6, 20))


def test_not_allowed_before_a_day_stays_a_start() -> None:
    # refusal neighbour: no "thì", the "chưa" governs the time after it
    why = refused("các hộ chưa được phép xây dựng trước ngày 20/6/2025")
    assert "mốc bắt đầu" in why


def test_two_steps_out_of_order_stay_refused() -> None:
    # refusal neighbour: the step in time for the other ends before it starts
    why = refused("khởi công trước ngày 20/8/2025 để kịp hoàn thành trước ngày 31/7/2025")
    assert "last_day" in why


def test_de_of_de_nghi_joins_no_steps() -> None:
    # refusal neighbour: "đề" (of a proposal), folded alike, is no aim
    why = refused("khởi công trước ngày 20/6/2025 đề kịp hoàn thành trước ngày 31/8/2025")
    assert "last_day" in why


def test_a_due_day_before_the_closing_year_stays_refused() -> None:
    # refusal neighbour (test_deadline_forms_g holds it): the year may be a second deadline
    why = refused("Trước ngày 6/3, các tỉnh hoàn tất đợt giao quân năm 2026", ctx("2026-03-01"))
    assert "last_day" in why
