"""Session 44, the lead's: a step negated after the day that opens the phrase is no
deadline of that step (helper ng's question 2).

"Chậm nhất ngày 2/6, tổ bầu cử không niêm yết danh sách" read as due 02/06: what is not to
be done by a day (a ban's end) or need not be ("các bộ không phải giao dự toán") is no
deadline to do it, and `status` would have counted it overdue. Refused with the way out;
"không" in a noun ("hàng không", "không gian") or in what the step lists after its colon
is not the step's negation.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, last_days, refused


def test_a_negated_step_after_the_day_is_refused_with_the_way_out() -> None:
    why = refused("Chậm nhất ngày 2/6, tổ bầu cử không niêm yết danh sách", ctx("2025-05-01"))
    assert "bị phủ định (“không”)" in why and "ghi last_day" in why
    why = refused(
        "Trước ngày 31 tháng 12, các bộ không phải giao dự toán ngân sách", ctx("2025-05-01")
    )
    assert "hạn cấm hay hạn miễn" in why
    # read as due 15/03/2027 until session 44 (test_deadline_breaker26 held it as "a change
    # forbidden is a task with its day"): a ban until a day has nothing to be done by it
    refused("Trước ngày 15/3/2027, các đơn vị không được thay đổi thời gian làm việc")


def test_the_same_steps_without_the_negation_read() -> None:
    assert last_days("Chậm nhất ngày 2/6, tổ bầu cử niêm yết danh sách", "2025-05-01") == (
        date(2025, 6, 2),
    )
    # "hàng không" is aviation, not a negation
    assert last_days("Trước ngày 15/12/2026, Cảng hàng không Vinh gửi báo cáo", "2026-05-01") == (
        date(2026, 12, 15),
    )
    # m-baomoi-bgddt-bien-dong-si-so-2010: "(không bình thường)" is in what the report lists
    phrase = (
        "Trước ngày 18/10, các địa phương phải báo cáo Bộ GD&ĐT một số nội dung: Có sự tăng, "
        "giảm đột biến (không bình thường) về sĩ số học sinh?"
    )
    assert last_days(phrase, "2010-10-05") == (date(2010, 10, 18),)


@given(day=st.integers(1, 28), month=st.integers(6, 12))
def test_any_day_with_its_step_negated_is_refused(day: int, month: int) -> None:
    phrase = f"Chậm nhất ngày {day}/{month}, các xã không tổ chức lễ hội"
    refused(phrase, ctx("2026-05-01"))
    assert last_days(phrase.replace("không ", ""), "2026-05-01") == (date(2026, month, day),)


# fresh44, on the trial merge: things told as done read as deadlines by the session's new
# forms (a power line's energising month, a weekend counted, days off taken, a rule's step)
# and by older ones ("công trình đã đóng điện tháng 10/2015" read on main too)
TOLD_DONE = (
    ("đường dây 500kV đã đóng điện tháng 10-2015", "2015-03-01"),
    ("tổ máy số 1 đã phát điện tháng 10-2015", "2015-03-01"),
    ("công trình đã đóng điện tháng 10/2015", "2015-03-01"),
    (
        "tính cả hai ngày cuối tuần, kỳ nghỉ đã kéo dài 3 ngày từ 25/4 đến hết 27/4/2026",
        "2026-04-01",
    ),
    ("Đã nghỉ từ chiều ngày 29/4/2020 đến hết ngày 01/5/2020 (lễ 30/4 và 1/5)", "2020-01-10"),
    (
        "Trước ngày 31 tháng 12, các bộ đã hoàn thành việc giao dự toán, trừ trường hợp quy "
        "định tại Điều 47 Luật này",
        "2026-01-09",
    ),
)


def test_work_told_done_is_refused_in_the_new_forms_too() -> None:
    for phrase, issued in TOLD_DONE:
        assert "đã" in refused(phrase, ctx(issued)), phrase


def test_the_same_forms_still_read_without_the_word_of_done() -> None:
    assert last_days(
        "tính cả hai ngày cuối tuần, kỳ nghỉ Giỗ Tổ Hùng Vương kéo dài 3 ngày liên tiếp từ 25/4 "
        "đến hết 27/4/2026",
        "2026-04-01",
    ) == (date(2026, 4, 27),)
    # who declared, not when: "các hộ đã kê khai" (zp-kieuphu-hanoi-tiem-phong-dot-2-2025)
    assert last_days(
        "Đồng thời tiến hành tiêm đại trà cho gia súc của các hộ đã kê khai từ ngày 20/9 đến "
        "20/10/2025",
        "2025-09-10",
    ) == (date(2025, 10, 20),)


def test_a_news_day_after_what_it_tells_or_the_page_is_refused() -> None:
    """fresh44: the day the news is told, cut off as the telling's (afterg), was never
    checked: told after the festival began, after the page's own day, or in the next year."""
    told = "UBND tỉnh cho biết, Hội Xuân sẽ diễn ra từ ngày 17.2 đến 18.3.2026"
    refused(f"Ngày 20.3, {told}", ctx("2026-01-05"))  # after the first day told
    refused(f"Ngày 18.1.2027, {told}", ctx("2026-01-05"))
    refused(f"Ngày 10.1, {told}", ctx("2026-01-05"))  # after the page's day
    refused(
        "Ngày 28.12, UBND tỉnh cho biết, Hội Xuân sẽ diễn ra từ ngày 5.1 đến 10.1",
        ctx("2025-12-20"),
    )
    # x-thanhnien-tay-ninh-hoi-xuan-nui-ba-den-2026: told on the page's day, before the festival
    assert last_days(f"Ngày 18.1, {told}", "2026-01-18") == (date(2026, 3, 18),)
    # told in late December of a festival in January: the year before
    assert last_days(
        "Ngày 28.12, UBND tỉnh cho biết, Hội Xuân sẽ diễn ra từ ngày 5.1 đến 10.1.2026",
        "2025-12-28",
    ) == (date(2026, 1, 10),)


def test_a_target_compared_with_a_later_year_is_refused() -> None:
    # fresh44: miscg2's closing comparison cut "so với năm 2026" from a target of 2025
    refused(
        "Năm 2025, xã phấn đấu tổng giá trị sản phẩm đạt hơn 4.000 tỷ đồng, tăng 10,66% so với "
        "năm 2026",
        ctx("2025-01-10"),
    )
    # zg-baophutho-ky-hop-hdnd-xa-nguyet-duc-2025: compared with the year before, read
    assert last_days(
        "Năm 2026, xã phấn đấu tổng giá trị sản phẩm đạt hơn 4.000 tỷ đồng, tăng 10,66% so với "
        "năm 2025",
        "2025-12-20",
    ) == (date(2026, 12, 31),)
