"""Branch misc39a (session 39): refusals of many reasons (family M1) whose phrase the corpus
reads, each fixed where the written conventions (tests/corpus/README.md) make the reading
certain. Each test quotes its corpus file; a refusal neighbour keeps the near phrase refused."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines


def _days(phrase: str, issued: date | None) -> list[tuple[date | None, date | None]]:
    return [(found.first, found.last) for found in parse_deadlines(phrase, Context(issued=issued))]


# --- a pause over its own span: the days the work stops, no time given up -----------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # zb-tienphong-ca-mau-ngung-thu-gom-rac-tet-2026.yaml
        (
            "Theo thông báo, trung tâm sẽ tạm ngưng thu gom rác thải sinh hoạt trong 3 ngày, từ "
            "6h ngày 17/2/2026 đến 20h ngày 19/2/2026 (nhằm mùng Một đến hết mùng Ba Tết Nguyên "
            "đán Bính Ngọ 2026), trên địa bàn các phường Bạc Liêu, Hiệp Thành và Vĩnh Trạch",
            date(2026, 2, 7),
            date(2026, 2, 17),
            date(2026, 2, 19),
        ),
        # zu-baolongan-lich-cup-dien-22-28-11-2017.yaml (no issue day: the years are printed)
        (
            "Theo kế hoạch công tác bảo trì sửa chữa lưới điện, Công ty Điện lực Long An thông báo "
            "tạm ngừng cung cấp điện một số khu vực trên địa bàn tỉnh Long An từ ngày 22/11/2017 "
            "đến 28/11/2017 như sau",
            None,
            date(2017, 11, 22),
            date(2017, 11, 28),
        ),
    ],
)
def test_a_pause_over_its_own_span_reads_the_span(
    phrase: str, issued: date | None, first: date, last: date
) -> None:
    assert _days(phrase, issued) == [(first, last)]


@pytest.mark.parametrize(
    "phrase",
    [
        # an event paused: its days are the ones given up (convention 2)
        "Tạm dừng tổ chức kỳ họp từ ngày 1/6 đến ngày 3/6/2027",
        "Tạm dừng Hội nghị từ ngày 1/6 đến ngày 3/6/2027",
        # put off, or a span planned: the time given up
        "Trung tâm tạm ngưng thu gom rác, hoãn từ ngày 1/6 đến ngày 3/6/2027",
        "Trung tâm tạm ngưng thu gom rác dự kiến từ ngày 1/6 đến ngày 3/6/2027",
        # one day, no span of the pause's own
        "Trung tâm tạm ngưng thu gom rác ngày 1/6/2027",
    ],
)
def test_a_pause_of_an_event_or_without_its_span_stays_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError, match="hoãn hoặc tạm dừng"):
        parse_deadlines(phrase, Context(issued=date(2027, 1, 15)))


# --- a day without its year, within a month before its page: the page's year (convention 8) -


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # a-cp-nq-230-2025.yaml (Nghị quyết 230/NQ-CP of 10/8/2025)
        ("Trong tháng 7", date(2025, 8, 10), date(2025, 7, 1), date(2025, 7, 31)),
        # r-nld-hcm-sgd-bao-cao-thong-ke-2025.yaml (Người Lao Động, 01/11/2025)
        (
            "hoàn thành các nội dung theo yêu cầu trước ngày 16-10",
            date(2025, 11, 1),
            date(2025, 10, 16),
            date(2025, 10, 16),
        ),
        # b-ninhthuan-lich-trinh-bau-cu-2016.yaml (a schedule of 26/2/2016)
        ("Ngày 28/1: Công bố ngày bầu cử", date(2016, 2, 26), date(2016, 1, 28), date(2016, 1, 28)),
        # zj-vneconomy-tong-ket-ke-hoach-515-dat-dai-2025.yaml (VnEconomy, 12/12/2025)
        (
            "Đây là chiến dịch 90 ngày làm giàu, làm sạch Cơ sở dữ liệu quốc gia về đất đai, "
            "triển khai từ ngày 1/9 đến 30/11 trên phạm vi toàn quốc",
            date(2025, 12, 12),
            date(2025, 9, 1),
            date(2025, 11, 30),
        ),
    ],
)
def test_a_day_within_a_month_before_its_page_takes_the_page_s_year(
    phrase: str, issued: date, first: date, last: date
) -> None:
    (found,) = parse_deadlines(phrase, Context(issued=issued))
    assert (found.first, found.last) == (first, last)
    assert "quy ước 8" in found.reading


def test_a_sowing_cell_within_a_month_before_its_page_reads() -> None:
    # zu-aroang-hue-lich-thoi-vu-he-thu-2022.yaml: a cell under "Gieo mạ", page of 11/5/2022
    context = Context(issued=date(2022, 5, 11), header="Gieo mạ")
    assert [(f.first, f.last) for f in parse_deadlines("20-25/4", context)] == [
        (date(2022, 4, 20), date(2022, 4, 25))
    ]


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # more than a month back (`refusals.PAST_DUE`): of which year?
        ("hoàn thành các nội dung theo yêu cầu trước ngày 16-10", date(2025, 12, 1)),
        # told done, on the whole phrase though the time is read apart (convention 1)
        ("Trước ngày 12/10, các xã đã hoàn thành việc rà soát", date(2025, 10, 20)),
        # zs-dantri-an-giang-uy-ban-bau-cu-hop-truc-tuyen-2026.yaml: a figure as of the day
        (
            "Đến ngày 16/2, 102/102 xã, phường, đặc khu thực hiện xong kiểm tra an toàn thiết bị "
            "để kết nối hệ thống phần mềm quản lý thông tin bầu cử để phục vụ bầu cử",
            date(2026, 2, 24),
        ),
        # zl-lichngaytot-lich-tuu-truong-26-tinh-2022-2023.yaml: "sẽ", still to come (2023's)
        (
            "Trước ngày 31/7, các cơ sở giáo dục trên địa bàn tỉnh sẽ hoàn thành công tác tuyển "
            "sinh vào các lớp đầu cấp",
            date(2022, 8, 16),
        ),
    ],
)
def test_a_past_day_far_back_told_done_or_to_come_stays_refused(phrase: str, issued: date) -> None:
    with pytest.raises(DeadlineError, match="đã qua khi kế hoạch ban hành"):
        parse_deadlines(phrase, Context(issued=issued))
