"""Refusals of session 40 (branch miscc1) that the corpus conventions read (issue 11 §1): a
campaign named with its year lends that year to its days on a page with no date, as a
contest or a festival does (`agenda.edition_held`). Each with the real phrase that motivated
it (its corpus file named) and the neighbours that must stay refused (the first rule: never
a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW

# --- a campaign's edition year on a page with no date -------------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # j-tienphong-tw-doan-tinh-nguyen-he-2016 (issued: null)
        (
            "chiến dịch Thanh niên tình nguyện Hè 2016 sẽ diễn ra từ 1/6 đến 31/8",
            date(2016, 6, 1),
            date(2016, 8, 31),
        ),
        # v-sggp-chien-dich-sach-hon-2020 (issued: null)
        (
            "Chiến dịch làm cho thế giới sạch hơn năm 2020 được Chương trình Môi trường Liên "
            "hiệp quốc phát động và tổ chức trên phạm vi toàn cầu từ ngày 18 đến 20-9",
            date(2020, 9, 18),
            date(2020, 9, 20),
        ),
    ],
)
def test_a_campaign_named_with_its_year_is_held_in_it(phrase: str, first: date, last: date) -> None:
    reading = one(phrase, ctx())
    assert days(reading) == (W, first, last)
    assert "năm của hội thi, lễ hội được tổ chức" in reading.reading


@pytest.mark.parametrize(
    "phrase",
    [
        # neighbours: a winter's or a spring's campaign runs from December into the next year
        "Chiến dịch Xuân tình nguyện 2026 sẽ diễn ra từ ngày 20/12",
        "Chiến dịch Mùa đông tình nguyện năm 2025 sẽ được tổ chức vào ngày 10/1",
        # a due word after the name: the entries of year Y may be due in Y + 1
        "Chiến dịch truyền thông năm 2025 sẽ diễn ra, hồ sơ gửi trước ngày 10/1",
    ],
)
def test_a_campaign_that_may_cross_the_year_or_is_due_stays_refused(phrase: str) -> None:
    assert "không ghi năm" in refused(phrase, ctx())


def test_a_campaign_told_done_stays_refused() -> None:
    # a span told done is no deadline (the lead's convention 1), whatever its edition's year
    why = refused("Chiến dịch Hè tình nguyện 2016 đã diễn ra từ 1/6 đến 31/8", ctx())
    assert "đã diễn ra" in why


def test_a_campaign_on_a_dated_page_keeps_the_page_s_rules() -> None:
    # the edition's year is lent only on a page with no date; a dated page reads as before
    reading = one(
        "chiến dịch Thanh niên tình nguyện Hè 2016 sẽ diễn ra từ 1/6 đến 31/8", ctx("2016-05-10")
    )
    assert days(reading) == (W, date(2016, 6, 1), date(2016, 8, 31))


# --- a ground-breaking's period, then the finish by a later day: two milestones ------------


def test_ground_broken_within_a_year_then_finished_by_a_day() -> None:
    # t-vneconomy-khoi-cong-truong-noi-tru-bien-gioi-2025 and u-vneconomy-… (issued 09/11/2025)
    phrase = (
        "Theo kế hoạch, 100 trường sẽ được khởi công trong năm 2025 và hoàn thành trước "
        "30/8/2026, nhằm phục vụ năm học 2026 – 2027"
    )
    start, finish = parse_deadlines(phrase, ctx("2025-11-09"))
    assert days(start) == (W, date(2025, 1, 1), date(2025, 12, 31))
    assert days(finish) == (D, date(2026, 8, 30), date(2026, 8, 30))


def test_a_finish_inside_the_ground_breaking_s_year_is_one_day() -> None:
    # neighbour: a finish inside the period is framed by it (one day, as before this branch)
    reading = one("Khởi công trong năm 2026, hoàn thành trước ngày 30/6/2026", ctx("2025-12-01"))
    assert days(reading) == (D, date(2026, 6, 30), date(2026, 6, 30))


@pytest.mark.parametrize(
    "phrase",
    [
        # neighbour: another step word than the ground-breaking keeps the period a subject
        "Kiểm tra trong năm 2026 và hoàn thành trước ngày 30/8/2027",
    ],
)
def test_a_period_beside_a_day_without_a_ground_breaking_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2025-12-01"))


def test_a_start_within_a_period_then_the_end_is_one_window() -> None:
    # "bắt đầu" (the work's own start, zk-cuuchienbinh's shape), once held refused here, reads
    # since famc53 as the "bắt đầu từ" form does (startwithin): from the period's first day
    reading = one(
        "Cấp cơ sở bắt đầu trong quý I/2026, hoàn thành trước ngày 31-5-2026", ctx("2025-12-01")
    )
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2026, 1, 1),
        date(2026, 5, 31),
    )


# --- a count's anchor ends at a semicolon when only shares follow --------------------------


@pytest.mark.parametrize(
    ("phrase", "offset", "anchor", "step"),
    [
        # s-thukyluat-tien-thue-dat-khu-kinh-te (a standing rule, issued: null): the duty
        (
            "Trong thời hạn 30 ngày kể từ ngày ký Thông báo của Ban quản lý Khu kinh tế; người "
            "sử dụng đất phải nộp 50% tiền sử dụng đất, tiền thuê đất theo Thông báo.",
            30,
            "ngày ký Thông báo của Ban quản lý Khu kinh tế",
            "người sử dụng đất phải nộp 50% tiền sử dụng đất, tiền thuê đất theo Thông báo",
        ),
        # zg-tvpl-phuc-tra-chien-si-moi-tt-148-2025 (Thông tư 148/2025/TT-BQP): another rule
        # after it (a share), no step; the words before the count name it
        (
            "Thời gian bù đổi không quá 15 ngày tính từ ngày giao nhận quân; tỷ lệ bù đổi không "
            "quá 2% so với chỉ tiêu giao nhận quân của địa phương với đơn vị.",
            15,
            "ngày giao nhận quân",
            "Thời gian bù đổi",
        ),
    ],
)
def test_a_count_s_anchor_ends_at_its_semicolon(
    phrase: str, offset: int, anchor: str, step: str
) -> None:
    reading = one(phrase, ctx())
    assert reading.relative is not None
    said = (reading.relative.offset, reading.relative.direction, reading.relative.anchor)
    assert said == (offset, "after", anchor)
    assert reading.label == step


@pytest.mark.parametrize(
    "phrase",
    [
        # neighbour: a second count after the semicolon may be a second deadline
        "Thời hạn không quá 10 ngày kể từ ngày nhận được yêu cầu hợp lệ; trường hợp cư trú ở "
        "nước ngoài thì không quá 20 ngày",
        # neighbour: a year after it, beside a share, is a time the anchor must not drop
        "Trong thời hạn 30 ngày kể từ ngày ký Thông báo; người sử dụng đất phải nộp 50% trong "
        "năm 2026",
    ],
)
def test_a_time_after_the_semicolon_keeps_the_count_refused(phrase: str) -> None:
    assert "có số chưa đọc được" in refused(phrase, ctx())
