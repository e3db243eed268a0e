"""Session 52, helper famg52: refusals of the tuning corpus read where a careful reader reads
them one way only. A count said before its event, whose event ends on "trên" (above) or
"ngoài" (abroad): no comparison (ze-nld-tphcm-bhyt-hoc-sinh-sinh-vien-2025)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

# --- a count before its event: the event's last word binds no count (counted._no_open_end) --

# ze-nld-tphcm-bhyt-hoc-sinh-sinh-vien-2025 (Người Lao Động, 2025)
_CARD = (
    "Trường hợp thẻ BHYT còn thời hạn 10 ngày trước khi hết hạn thì HS-SV liên hệ với cơ sở "
    "giáo dục để đăng ký tham gia tiếp theo các phương thức trên"
)


@pytest.mark.parametrize(
    ("phrase", "count", "direction"),
    [
        (_CARD, 10, "before"),
        # the same shape: "nêu trên" (named above), "nước ngoài" (abroad), a count after
        ("chậm nhất 10 ngày trước ngày họp theo các nội dung nêu trên", 10, "before"),
        ("chậm nhất 10 ngày trước khi đi công tác nước ngoài", 10, "before"),
        ("trong thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ nêu trên", 15, "after"),
        # diacritics stripped
        ("10 ngay truoc khi het han thi lien he theo cac phuong thuc tren", 10, "before"),
    ],
)
def test_a_count_before_its_event_ending_on_above_reads(
    phrase: str, count: int, direction: str
) -> None:
    reading = one(phrase, ctx("2025-08-01"))
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.unit) == (count, "ngày")
    assert reading.relative.direction == direction
    assert reading.first is None and reading.last is None  # no day of its own


@pytest.mark.parametrize(
    "phrase",
    [
        # the count after its event: "hơn"/"trên" before it compare (more than 23 days)
        "trước bầu cử hơn 23 ngày",
        "trước ngày khai mạc trên 10 ngày",
        "Trước ngày khai mạc Đại hội quá 30 ngày, phải gửi báo cáo",
        # an ordinal waiting for its number: the 10th session, or 10 days before it?
        "trước kỳ họp thứ 10 ngày",
        # the comparison before the count, a condition, a negation
        "trên 10 ngày trước khi hết hạn thì HS-SV liên hệ theo các phương thức trên",
        "Nếu thẻ BHYT còn thời hạn 10 ngày trước khi hết hạn thì liên hệ theo các phương thức trên",
        "không 10 ngày trước khi hết hạn thì HS-SV liên hệ theo các phương thức trên",
        # a day of its own inside the event
        "10 ngày trước ngày 15/8/2025 theo các phương thức trên",
    ],
)
def test_a_comparison_or_a_condition_near_the_count_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-08-01"))
