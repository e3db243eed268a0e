"""Session 51, helper famd51 (phrases refused as "không nhận ra thời hạn"): items of a list
pasted into one phrase, each read alone (`dates/listitems.py`); a numbered procedure step
closed by its own time in working days (`dates/capped.py`); the rest of the year with its
number unwritten, the issue year's (`dates/restofyear.py`)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import parse_deadlines
from kehoach.dates.reading import DeadlineKind

# --- items of a list: a full stop, a dash and a capital open the next item ---------------

# ze-dvc-cap-lai-giay-phep-ban-le-ruou-183327 (header "Thời hạn giải quyết")
_LICENCE = (
    "- Trường hợp cấp lại do Giấy phép bán lẻ rượu bị mất, bị tiêu hủy, bị rách, bị cháy: 07 "
    "(bảy) ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ. - Trường hợp cấp lại do Giấy phép "
    "bán lẻ rượu hết hiệu lực thi hành: 10 (mười) ngày làm việc kể từ ngày nhận được hồ sơ hồ "
    "sơ hợp lệ."
)


def test_each_item_of_a_list_is_read_alone() -> None:
    read = parse_deadlines(_LICENCE, ctx())
    assert [one.kind for one in read] == [DeadlineKind.RELATIVE, DeadlineKind.RELATIVE]
    counts = [(r.relative.offset, r.relative.working_days) for r in read if r.relative]
    assert counts == [(7, True), (10, True)]
    assert read[0].label and read[0].label.startswith("Trường hợp cấp lại")
    assert all(one.phrase for one in read)


def test_items_with_their_years_written_read_their_days() -> None:
    phrase = "- Đợt 1: trước ngày 15/3/2026. - Đợt 2: trước ngày 15/4/2026."
    assert [
        one.last.isoformat() for one in parse_deadlines(phrase, ctx("2026-01-01")) if one.last
    ] == [
        "2026-03-15",
        "2026-04-15",
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        # an item taking its year from the plan: the year written in the other may be its
        "- Đợt 1: trước ngày 15/3. - Đợt 2: trước ngày 15/4/2026.",
        # no capital after the dash: no new item
        "- Đợt 1: trước ngày 15/3/2026. - đợt 2: trước ngày 15/4/2026.",
        # a dash between dotted days is a range, never a list
        "Hoàn thành trước ngày 15.3. - 20.3 tổng kết",
        # an item refused (told done) leaves the phrase refused
        "- Trường hợp mất: 07 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ. - Đã hoàn thành "
        "trước ngày 15/4/2026.",
        # an item whose number makes no deadline
        "- Trường hợp mất: 07 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ. - Lệ phí: "
        "200.000 đồng.",
    ],
)
def test_items_that_do_not_all_read_alone_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-01"))


# --- a numbered step of a procedure closed by its own time -------------------------------

# zk-dichvucong-binhphuoc-dang-ky-hoat-dong-tin-nguong
_STEP = (
    "Bước 2: Bộ phận chuyên môn xem xét, thẩm định hồ sơ, phối hợp với các đơn vị có liên quan "
    "(nếu có), trình UBND cấp xã xem xét. Thời gian thực hiện 06 ngày làm việc"
)


@pytest.mark.parametrize(
    "phrase",
    [
        _STEP,
        "Bước 2: Bộ phận chuyên môn thẩm định hồ sơ. Thời gian thực hiện: 06 ngày làm việc",
        "Buoc 2: tham dinh ho so. Thoi gian thuc hien 06 ngay lam viec",  # marks stripped
    ],
)
def test_a_steps_own_time_is_its_working_days_with_no_anchor(phrase: str) -> None:
    read = one(phrase, ctx())
    assert read.kind is DeadlineKind.RELATIVE and read.relative is not None
    assert (read.relative.offset, read.relative.working_days) == (6, True)
    assert read.relative.anchor is None and read.first is None and read.last is None
    assert read.label is not None and read.label.startswith("B")


@pytest.mark.parametrize(
    "phrase",
    [
        "Bước 2: Bộ phận chuyên môn thẩm định hồ sơ. Thời gian thực hiện 06 ngày",  # calendar
        "Bộ phận chuyên môn thẩm định hồ sơ. Thời gian thực hiện 06 ngày làm việc",  # no step
        "Đợt 2: Bộ phận chuyên môn thẩm định hồ sơ. Thời gian thực hiện 06 ngày làm việc",
        "Bước 2: Tổ chức tập huấn. Thời gian thực hiện 0,5 ngày làm việc",
        "Bước 2: thẩm định hồ sơ. Thời gian thực hiện 06 ngày làm việc, trường hợp phức tạp "
        "10 ngày làm việc",
        "Bước 2: thẩm định hồ sơ. Thời gian thực hiện từ 03 đến 06 ngày làm việc",
        "Bước 2: thẩm định hồ sơ trong 3 ngày. Thời gian thực hiện 06 ngày làm việc",
        "Bước 2: thẩm định hồ sơ. Thời gian thực hiện khoảng 06 ngày làm việc",
        # a step done on a condition (ruling 38(g))
        "Bước 2: Trường hợp cần thiết, cơ quan xác minh hồ sơ. Thời gian thực hiện 06 ngày làm "
        "việc",
        "Bước 2: nếu hồ sơ chưa đủ, bộ phận trả lại. Thời gian thực hiện 06 ngày làm việc",
    ],
)
def test_other_times_of_a_step_stay_refused(phrase: str) -> None:
    refused(phrase, ctx())


# --- the rest of the year, its number unwritten: the issue year's ------------------------

# zb-baomoi-chi-thi-13-giai-ngan-dau-tu-cong-2025 (issued 21/10/2025)
_CAPITAL = (
    "Toàn tỉnh tập trung cao độ, nỗ lực phấn đấu hoàn thành 100% kế hoạch vốn trong thời gian "
    "còn lại của năm, tạo chuyển biến rõ nét trong triển khai các chương trình, dự án trọng điểm"
)


@pytest.mark.parametrize(
    "phrase",
    [
        _CAPITAL,
        "hoàn thành kế hoạch vốn trong những tháng còn lại của năm, bảo đảm tiến độ",
        "hoàn thành kế hoạch vốn trong các tháng còn lại của năm; bảo đảm tiến độ",
    ],
)
def test_the_rest_of_the_year_is_the_issue_years(phrase: str) -> None:
    assert read_days(phrase, "2025-10-21") == ("window", "2025-10-21", "2025-12-31")
    read = one(phrase, ctx("2025-10-21"))
    assert read.year_from_plan and read.year_from == "plan"
    assert read.phrase == phrase


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # "năm" closing the phrase: its year may be cut off
        ("hoàn thành kế hoạch vốn trong thời gian còn lại của năm", "2025-10-21"),
        ("hoàn thành kế hoạch vốn trong thời gian còn lại của năm.", "2025-10-21"),
        # another year written: it may be the one meant
        (
            "hoàn thành kế hoạch vốn năm 2026 trong thời gian còn lại của năm, bảo đảm tiến độ",
            "2025-10-21",
        ),
        # no issue day: the rest of which year?
        (_CAPITAL, None),
        # told done, a condition, a cadence, a term's rest
        (
            "đã hoàn thành kế hoạch vốn trong thời gian còn lại của năm, bảo đảm tiến độ",
            "2025-10-21",
        ),
        (
            "nếu được giao thêm vốn thì hoàn thành trong thời gian còn lại của năm, bảo đảm tiến "
            "độ",
            "2025-10-21",
        ),
        (
            "hằng năm, hoàn thành kế hoạch vốn trong thời gian còn lại của năm, bảo đảm tiến độ",
            "2025-10-21",
        ),
        ("hoàn thành trong thời gian còn lại của nhiệm kỳ, bảo đảm tiến độ", "2025-10-21"),
        # a year of another kind: a school year's rest ends in May, not on 31/12
        (
            "hoàn thành chương trình trong thời gian còn lại của năm học, bảo đảm chất lượng",
            "2025-10-21",
        ),
        ("hoàn thành trong thời gian còn lại của năm tài chính, bảo đảm tiến độ", "2025-10-21"),
        ("hoàn thành trong thời gian còn lại của năm thứ nhất, bảo đảm tiến độ", "2025-10-21"),
        (
            "hoàn thành kế hoạch vốn trong các tháng còn lại của năm để bảo đảm tiến độ",
            "2025-10-21",
        ),
    ],
)
def test_the_rest_of_a_year_not_so_written_stays_refused(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))
