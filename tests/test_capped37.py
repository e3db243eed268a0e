"""A duty's limit "không quá N ngày làm việc" with no day to count from (dates/capped.py):
read as relative {offset N, working days, after, anchor None}, never a date; a length of an
event and a count of calendar days stay refused."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach.dates.deadline import (
    Context,
    DeadlineError,
    DeadlineKind,
    parse_deadline,
    parse_deadlines,
)


def _capped(phrase: str, offset: int) -> None:
    read = parse_deadline(phrase)
    assert read.kind is DeadlineKind.RELATIVE
    assert read.first is None and read.last is None
    assert read.relative is not None
    assert read.relative.offset == offset
    assert read.relative.working_days is True
    assert read.relative.direction == "after"
    assert read.relative.anchor is None
    assert "không nêu mốc tính" in read.reading and "last_day" in read.reading


def test_processing_time_spelt_and_in_digits() -> None:
    # tests/corpus/ze-dienban-quang-nam-dang-ky-bien-dong-dat.yaml
    _capped(
        "Hướng dẫn thủ tục: Thời hạn giải quyết và trả kết quả không quá năm (05) ngày làm việc", 5
    )


def test_within_the_range_of() -> None:
    # tests/corpus/l-quang-nam-tdkt-thoi-gian-trinh-khen.yaml
    _capped(
        "Ban Thi đua - Khen thưởng có trách nhiệm xử lý hồ sơ đề nghị khen thưởng, trình Ủy ban "
        "nhân dân tỉnh quyết định khen thưởng, viết bằng, giấy chứng nhận trong phạm vi không "
        "quá 05 ngày làm việc",
        5,
    )


def test_conditions_before_the_limit() -> None:
    # tests/corpus/ze-moj-hoi-dap-thoi-han-cap-phieu-ly-lich-tu-phap.yaml
    _capped(
        "Trường hợp công dân Việt Nam đã cư trú ở nhiều nơi hoặc có thời gian cư trú ở nước "
        "ngoài, người nước ngoài đã hoặc đang cư trú tại Việt Nam, trường hợp phải xác minh về "
        "điều kiện đương nhiên được xóa án tích thì thời hạn không quá 15 ngày làm việc",
        15,
    )


def test_anchored_limit_keeps_its_anchor() -> None:
    # the brief's example: a limit counted from the file's receipt
    read = parse_deadline("trong thời gian không quá 15 ngày làm việc kể từ ngày nhận đủ hồ sơ")
    assert read.relative is not None
    assert (read.relative.offset, read.relative.working_days) == (15, True)
    assert read.relative.anchor == "ngày nhận đủ hồ sơ"


@pytest.mark.parametrize(
    "phrase",
    [
        # (zc-tracuuquyhoach's "… vào tháng 6-2026 (không quá 2 ngày)" reads since session 39:
        # the event's length within its month, tests/test_prose39.py)
        # neighbours: spelt and digits disagree; words after the count; a second number
        "Thời hạn giải quyết và trả kết quả không quá năm (06) ngày làm việc",
        "Thời hạn giải quyết không quá 05 ngày làm việc đối với hồ sơ loại 2",
        "Thời gian họp không quá 2 ngày làm việc",
        "chậm nhất 5 ngày",
    ],
)
def test_refused_neighbours(phrase: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadline(phrase)


@settings(deadline=None, max_examples=40)
@given(st.integers(min_value=1, max_value=999))
def test_any_count_from_an_event(count: int) -> None:
    read = parse_deadline(f"không quá {count} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ")
    assert read.first is None and read.last is None
    assert read.relative is not None
    assert (read.relative.offset, read.relative.working_days) == (count, True)


@settings(deadline=None, max_examples=40)
@given(st.integers(min_value=1, max_value=999))
def test_any_limit_of_a_duty(count: int) -> None:
    _capped(f"Thời hạn giải quyết và trả kết quả không quá {count} ngày làm việc", count)


# same-day hours (dates/sameday.py): the start from an hour of a day, then "cùng ngày"
_ISSUED = Context(issued=date(2025, 7, 21))


@pytest.mark.parametrize(
    ("phrase", "time"),
    [
        # tests/corpus/za-danviet-nghe-an-cam-bien-bao-wipha-2025.yaml
        (
            "Cấm các loại tàu thuyền, phương tiện vận tải ra khơi từ 5h ngày 21/7. Đồng thời, "
            "các tàu thuyền đang hoạt động trên biển phải về bờ neo đậu an toàn trước 10h cùng "
            "ngày.",
            "10:00",
        ),
        # tests/corpus/za-xdcs-ninh-binh-cd-03-bao-so-3-2025.yaml
        (
            "Từ 7 giờ ngày 21/7, nghiêm cấm tàu, thuyền ra khơi; đến 12 giờ cùng ngày phải hoàn "
            "tất việc neo đậu, trú tránh an toàn.",
            "12:00",
        ),
    ],
)
def test_same_day_deadline(phrase: str, time: str) -> None:
    start, due = parse_deadlines(phrase, _ISSUED)
    assert start.earliest == date(2025, 7, 21) and start.last is None
    assert (due.kind, due.first, due.last) == (
        DeadlineKind.DATE,
        date(2025, 7, 21),
        date(2025, 7, 21),
    )
    assert due.time == time


@pytest.mark.parametrize(
    "phrase",
    [
        # tests/corpus/v-hcmcpv-lay-y-kien-cu-tri-sap-xep-2020.yaml (no "từ <giờ> ngày"): refused
        "Thời gian tổ chức lấy ý kiến cử tri ngày 3/10/2020, bắt đầu từ 7 giờ sáng và kết thúc "
        "vào 7 giờ tối cùng ngày",
        # neighbours: two days named; a number after "cùng ngày"
        "Cấm ra khơi từ 5h ngày 21/7. Tàu thuyền phải về bờ trước 10h cùng ngày 22/7.",
        "Cấm ra khơi từ 5h ngày 21/7 và ngày 22/7. Tàu thuyền phải về bờ trước 10h cùng ngày.",
    ],
)
def test_same_day_refused_neighbours(phrase: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, _ISSUED)
