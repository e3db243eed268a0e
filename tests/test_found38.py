"""Session 38, branch found38: phrases of real plans refused as "không nhận ra thời hạn".

Each test reads a phrase copied from the corpus file named in its comment, in that file's
context (its `issued`), and asserts what a clerk sees: the days read, or the refusal that
stands and its way out.
"""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines

# zs-baomoi-dong-nai-9-dot-hien-mau-thang-3-2025.yaml: the rounds of March 2025; the page
# prints no day of its own, its month is known (issued: first of the month). The lead's
# ruling (session 38): a day of the month printed without its month is not read in the
# month of the issue day; a plan's "trước ngày 20" may be every month's as well as this one's.
DONG_NAI = Context(issued=date(2025, 3, 1))


@pytest.mark.parametrize(
    ("phrase", "context"),
    [
        ("Khu công nghiệp Sông Mây (ngày 19, huyện Trảng Bom)", DONG_NAI),
        ("trụ sở Hội Chữ thập đỏ thành phố Long Khánh (ngày 28)", DONG_NAI),
        # a day before the issue day: last month's news or next month's round, not said
        ("Khu công nghiệp Sông Mây (ngày 19, huyện Trảng Bom)", Context(issued=date(2025, 3, 20))),
        # no issue day: no month to take
        ("Khu công nghiệp Sông Mây (ngày 19, huyện Trảng Bom)", Context()),
        # a standing rule: a bare day there is every month's, not one month's
        ("trụ sở Hội Chữ thập đỏ (ngày 28)", Context(issued=date(2025, 3, 1), standing=True)),
        # a number in the place: "phường 10" is not a name the reading can set aside
        ("Trường THPT (ngày 19, phường 10)", DONG_NAI),
    ],
)
def test_a_bare_day_stays_refused_without_a_sure_month(phrase: str, context: Context) -> None:
    with pytest.raises(DeadlineError) as refused:
        parse_deadlines(phrase, context)
    assert "last_day" in refused.value.why


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # x-afamily-bhxh-lich-chi-tra-luong-huu (expect: refuse): a choice of days
        ("Tùy địa phương chuyển tiền từ ngày 1 hoặc 2", date(2026, 1, 1)),
        # zl-sontay-hanoi-tet-trong-cay (expect: refuse): a lunar day
        ("Lễ phát động Tết trồng cây xuân Kỷ Hợi sẽ diễn ra vào ngày 10 tết", date(2019, 1, 1)),
        # zi-nam-xuan-thanh-hoa (expect: refuse): the page's own night and morning
        (
            "Do ảnh hưởng của mưa bão số 5, từ đêm ngày 25 đến sáng nay 26, trên địa bàn xã Nam "
            "Xuân đã xảy ra mưa lớn kéo dài, gây ngập úng cục bộ và sạt lở tại một số khu vực.",
            date(2025, 8, 1),
        ),
    ],
)
def test_a_bare_day_beside_another_calendar_stays_refused(phrase: str, issued: date) -> None:
    # the issue day moved before the day, so only the words keep it refused
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, Context(issued=issued))


# zb-dowasen-dong-thap-lich-trinh-thu-gom-rac-2018.yaml: the "Thời gian" column of a
# refuse-collection timetable; the lead must rule whether such hours are every day's
@pytest.mark.parametrize(
    ("phrase", "way_out"),
    [
        ("15 giờ 30 - 15giờ 40", "“Từ 15 giờ 30 đến 15giờ 40 hằng ngày”"),
        ("23 giờ 25 - 23 giờ 35", "“Từ 23 giờ 25 đến 23 giờ 35 hằng ngày”"),
    ],
)
def test_hours_alone_are_refused_saying_no_day_or_cadence(phrase: str, way_out: str) -> None:
    with pytest.raises(DeadlineError) as refused:
        parse_deadlines(phrase, Context(header="Thời gian"))
    assert refused.value.why.startswith("chỉ có giờ trong ngày")
    assert way_out in refused.value.why and "last_day" in refused.value.why


def test_the_way_out_for_hours_alone_reads_as_every_day() -> None:
    (read,) = parse_deadlines("Từ 15 giờ 30 đến 15giờ 40 hằng ngày", Context(header="Thời gian"))
    assert read.kind is DeadlineKind.RECURRING
    assert read.rrule is not None and "FREQ=DAILY" in read.rrule


def test_a_news_source_before_the_day_is_no_time() -> None:
    # zu-doisongphapluat-lich-cat-dien-ha-noi-26-6-2023.yaml
    (read,) = parse_deadlines(
        "Theo thông tin từ trang web chính thức của Tổng công ty Điện lực Hà Nội (EVNHANOI), "
        "trong ngày 26/6, EVNHANOI có kế hoạch tạm ngừng cấp điện tại nhiều địa điểm trên "
        "thành phố",
        Context(issued=date(2023, 6, 25)),
    )
    assert read.first == read.last == date(2023, 6, 26)


def test_a_news_source_with_a_number_stays_checked() -> None:
    # neighbour: the source holds a number, which may be a day; refused as before
    with pytest.raises(DeadlineError):
        parse_deadlines(
            "Theo thông tin từ văn bản 26 của Tổng công ty Điện lực Hà Nội, trong ngày 26/6, "
            "EVNHANOI có kế hoạch tạm ngừng cấp điện",
            Context(issued=date(2023, 6, 25)),
        )


def test_a_month_without_its_word_after_before_is_read_as_that_month() -> None:
    # zf-vtv-gpmb-duong-sat-toc-do-cao-truoc-12-2026.yaml
    (read,) = parse_deadlines(
        "Hoàn thành giải phóng mặt bằng đường sắt tốc độ cao trước 12/2026",
        Context(issued=date(2025, 7, 2)),
    )
    assert read.kind is DeadlineKind.DATE
    assert read.last == date(2026, 11, 30)
    assert "trước tháng 12/2026" in read.reading


@pytest.mark.parametrize(
    "phrase",
    [
        # neighbours: no month 13; a month then a word saying the time may move
        "Hoàn thành giải phóng mặt bằng trước 13/2026",
        "Hoàn thành giải phóng mặt bằng trước 12/2026 (dự kiến)",
    ],
)
def test_a_month_without_its_word_stays_refused_otherwise(phrase: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, Context(issued=date(2025, 7, 2)))
