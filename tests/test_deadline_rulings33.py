"""The lead's rulings of session 33 on four families left pending (tests/corpus/README.md,
"Rulings of session 33"): each family with the forms it reads and the look-alikes that stay
refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE


# --- ruling 1: a dashed day-month without "ngày" after a deadline's word --------------------


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Hoàn thiện hồ sơ, dự kiến trước 31-3", "2026-03-31"),
        ("Với cây lạc, cần gieo trồng trước 15-9", "2026-09-15"),
        ("Gửi báo cáo về Sở Nội vụ chậm nhất 20-11", "2026-11-20"),
        ("nộp hồ sơ muộn nhất 13-12.", "2026-12-13"),
    ],
)
def test_a_dashed_day_that_cannot_be_months_reads_after_a_deadline_word(
    phrase: str, day: str
) -> None:
    assert read_days(phrase, "2026-01-05") == (D, day, day)


@pytest.mark.parametrize(
    "phrase",
    [
        "trước 1-6",  # months 1 to 6, or the first of June
        "trước 10-12",  # months 10 to 12, or the tenth of December
        "trước 12-5",  # a day 1-12 first: could be a month
        "trước 15-13",  # no month 13
        "trước 15-10 ngày",  # a count of days, 15 to 10
        "trước 20-6 tháng",
        "từ 15-9",  # no deadline's word before it
        "Tỷ lệ 15-9",
    ],
)
def test_a_dashed_pair_that_may_be_months_or_a_count_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-05"))


def test_a_dashed_day_takes_the_year_as_any_day_without_one() -> None:
    # a day already past when the plan is issued is refused, as "trước ngày 31-3" is
    assert "đã qua" in refused("dự kiến trước 31-3", ctx("2026-06-01"))
    assert "năm" in refused("trước 15-9", ctx())


@given(day=st.integers(13, 28), month=st.integers(1, 12))
def test_every_dashed_day_from_13_reads_as_that_day(day: int, month: int) -> None:
    (reading,) = parse_deadlines(f"trước {day}-{month}", ctx("2012-01-01"))
    assert (reading.kind, reading.last.isoformat() if reading.last else None) == (
        D,
        f"2012-{month:02d}-{day:02d}",
    )


# --- ruling 4: "theo" before a deadline that names a plan, a rule or a way ------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # r-baothanhhoa-thuy-loi-mua-kho-2026
        (
            "các xã, phường chưa đạt khối lượng nạo vét theo kế hoạch phải hoàn thành trước "
            "ngày 2/2/2026",
            "2026-02-02",
            "2026-02-02",
        ),
        # t-dantri-cd-01-ttg-chien-dich-quang-trung-2026
        (
            'để bảo đảm hoàn thành toàn bộ "Chiến dịch" theo đúng kế hoạch đã đề ra (trước '
            "ngày 15/1)",
            "2026-01-15",
            "2026-01-15",
        ),
        # za-cafef-ha-noi-doi-lich-nghi-tet-duong-lich-2026
        (
            "Hà Nội giữ nguyên lịch nghỉ 5 ngày theo quy định chung, từ ngày 16/2 đến hết ngày "
            "20/2/2026",
            "2026-02-16",
            "2026-02-20",
        ),
        # zh-ngaynay-chuoi-truyen-thong-vi-tre-em-2026
        (
            "bốn chương trình trọng điểm, được thiết kế theo lộ trình xuyên suốt năm 2026",
            "2026-01-01",
            "2026-12-31",
        ),
        (
            "Giải ngân vốn theo từng dự án, hoàn thành trước ngày 30/6/2026",
            "2026-06-30",
            "2026-06-30",
        ),
    ],
)
def test_theo_naming_a_plan_or_a_rule_leaves_the_deadline_read(
    phrase: str, first: str, last: str
) -> None:
    assert read_days(phrase, "2026-01-01")[1:] == (first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # (u-24h-gio-to-hung-vuong-2026, "Theo lịch năm 2026, Giỗ Tổ … rơi vào Chủ nhật 26/4",
        # reads its day since famf54 (`calendaryear`, test_famf54): the lead to rule)
        "Các tờ khai theo quý hạn nộp là ngày 30 tháng sau",  # a cadence
        "Trường hợp nộp theo tháng thì hạn nộp chậm nhất đến ngày 20",
        "Theo kế hoạch ban đầu, hội nghị được tổ chức vào ngày 15/3/2026",  # convention 2
        "nộp hồ sơ theo từng lần phát sinh, trước ngày 15/3/2026",
        "tổ chức theo âm lịch, trước ngày 15/3/2026",
        # a text cited whose name runs into the time: the law's year, not the work's
        # (zi-congan-hung-yen-khuyen-cao-pccc-tet-binh-ngo-2026)
        "Phải tổ chức thực hiện tốt các điều kiện an toàn về PCCC theo quy định tại các Điều 20,"
        " 21 Luật PCCC và CNCH năm 2024.",
        # b-thactrang-hai-phong-nam-hoc-2024-2025: the guidance issued each year
        "Các ngày nghỉ lễ, tết được thực hiện theo quy định của Bộ luật Lao động và các văn bản"
        " hướng dẫn hàng năm",
    ],
)
def test_theo_naming_another_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-01"))


# --- ruling 2: a duty's count with no anchor -------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "offset", "working"),
    [
        # i-thanhtra-dong-thap-vpubnd-404-tra-loi-don-2021
        ("báo cáo UBND tỉnh trong 30 ngày làm việc", 30, True),
        # l-bqp-tt-57-2020-dan-quan-tu-ve, its clause without the receipt before it
        (
            "trong thời hạn 07 ngày làm việc, cơ quan trình khen thưởng thông báo và gửi kết quả"
            " khen thưởng cho các trường hợp được khen thưởng",
            7,
            True,
        ),
        ("Sở Nội vụ trả lời bằng văn bản trong 15 ngày.", 15, False),
    ],
)
def test_a_duty_s_count_with_no_anchor_reads_as_relative_without_one(
    phrase: str, offset: int, working: bool
) -> None:
    (reading,) = parse_deadlines(phrase, ctx("2026-01-05"))
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.first is None and reading.last is None  # no day, so none wrong
    relative = reading.relative
    assert relative is not None
    assert (relative.offset, relative.unit, relative.working_days) == (offset, "ngày", working)
    assert (relative.direction, relative.anchor) == ("after", None)
    assert "không nêu mốc" in reading.reading


@pytest.mark.parametrize(
    "phrase",
    [
        "Hội nghị diễn ra trong 3 ngày",  # an event's length
        "Đại hội được tổ chức trong 2 ngày",
        "Quốc hội dự kiến làm việc trong 21 ngày",
        "Lễ hội kéo dài trong 5 ngày",
        "báo cáo kết quả hội thi tổ chức trong 3 ngày",  # the event is nearest the count
        "lấy ý kiến Nhân dân trong 10 ngày làm việc",  # a consultation's length
        "báo cáo trong 30 ngày làm việc kể từ ngày 15/3/2026",  # a dated anchor: its own rules
        "trong thời hạn 07 ngày làm việc",  # no duty named
        "báo cáo UBND tỉnh trong 30 ngày làm việc hoặc 45 ngày",
    ],
)
def test_an_event_s_length_or_a_count_with_more_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-05"))


def test_a_count_with_no_anchor_tells_the_plan_to_give_one() -> None:
    from kehoach.plan.relative import Anchor, unknown_anchor

    message = unknown_anchor(None, Anchor("", "none", None))  # type: ignore[arg-type]
    assert message is not None and "không nêu mốc" in message


# --- ruling 3: a start without an end is its start bound --------------------------------------


def _days_and_starts(phrase: str, issued: str) -> list[tuple[str | None, str | None]]:
    return [
        (str(one.last) if one.last else None, str(one.earliest) if one.earliest else None)
        for one in parse_deadlines(phrase, ctx(issued))
    ]


@pytest.mark.parametrize(
    ("phrase", "issued", "wanted"),
    [
        # zn-docnhanh-khung-nam-hoc-2025-2026: the opening day, and the gathering's start
        (
            "Cả nước tổ chức khai giảng vào ngày 5/9, tựu trường sớm nhất từ 22/8",
            "2025-08-11",
            [("2025-09-05", None), (None, "2025-08-22")],
        ),
        # c-doanhnghiepthuonghieu-lich-tuu-truong-2021-2022: another group's start
        ("1/9 (riêng lớp 1 từ 30/8)", "2021-08-13", [("2021-09-01", None), (None, "2021-08-30")]),
        ("1/9, riêng lớp 1 từ 30/8", "2021-08-13", [("2021-09-01", None), (None, "2021-08-30")]),
        # zi-giadinh-bhxh-chi-tra-gop-luong-huu-2026: another case's start
        (
            "người hưởng nhận lương hưu qua tài khoản ngân hàng sẽ được chi trả vào ngày"
            " 3/2/2026; trường hợp nhận tiền mặt thực hiện chi trả từ ngày 5/2/2026.",
            "2026-01-29",
            [("2026-02-03", None), (None, "2026-02-05")],
        ),
    ],
)
def test_a_start_beside_another_step_s_day_is_its_start_bound(
    phrase: str, issued: str, wanted: list[tuple[str | None, str | None]]
) -> None:
    assert _days_and_starts(phrase, issued) == wanted


def test_a_session_at_its_hour_is_its_day() -> None:
    # j-2-baophutho-bi-thu-tiep-dan-thang-11-2025: "buổi tiếp dân" names the session
    phrase = "buổi tiếp dân sẽ diễn ra từ 14 giờ 30 phút ngày 28/11/2025"
    assert read_days(phrase, "2025-11-27") == (D, "2025-11-28", "2025-11-28")


@pytest.mark.parametrize(
    "phrase",
    [
        "1/9, tựu trường từ 30/8",  # no step of its own for the day: may be one window
        "khai giảng vào ngày 5/9, kết thúc từ ngày 22/8",  # an end word: the same work
        "khai giảng từ tháng 9 đến tháng 10, tựu trường từ 22/8",  # after a window
        # told done: a fact since a day, no deadline (u-cafef-quoc-lo-1a-van-dien-ngoc-hoi-2026)
        "toàn bộ 4 gói thầu xây lắp đã thi công cơ bản xong và đã được thông xe kỹ thuật từ"
        " ngày 31/12/2025",
    ],
)
def test_a_start_that_may_be_the_same_work_or_told_done_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-08-11"))


# --- a plan given up, its own deadline told (convention 2) ------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # the former plan's deadline, not a new one: "trước"/"hạn" with no time told before
        # it (rulings33's report: read as due 15/03/2026 before)
        "Theo kế hoạch ban đầu, hội nghị tổ chức trước ngày 15/3/2026",
        "Theo kế hoạch ban đầu, hạn nộp báo cáo là ngày 15/3/2026",
        "Theo lịch ban đầu, chậm nhất ngày 15/3/2026 phải hoàn thành",
    ],
)
def test_a_former_plan_s_own_deadline_stays_refused(phrase: str) -> None:
    assert "kế hoạch trước đây" in refused(phrase, ctx("2026-01-01"))
