"""A number after a word in an open parenthesis numbers a thing, never a day (issue 11, §1:
never a silent wrong date). zn-hdnd-hcm-tan-phu-tiep-xuc-cu-tri-01-2026 prints a ward's
voters' meetings "tại 14 khu phố (từ khu phố 1 đến 14) vào 18 giờ 30 ngày 08/01/2026"; the
same list closed by a day, "(từ khu phố 1 đến 14/5)", read as 01/05-14/05 until session 28:
the neighbourhood's number taken for the first day."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused

NUMBERED = ["khu phố", "tổ dân phố", "tổ", "thôn", "ấp", "xóm", "phòng", "nhóm", "điểm trường"]


@pytest.mark.parametrize(
    "phrase",
    [
        "Lấy ý kiến cử tri (từ khu phố 1 đến 14/5)",
        "Lấy ý kiến cử tri (khu phố 1 đến 14/5)",
        "Tiêm vắc xin (từ thôn 2 đến 15/6/2026)",
        "Lay y kien cu tri (tu khu pho 1 den 14/5)",  # a bare copy
        "Họp ( từ tổ 3 đến 20/5)",
    ],
)
def test_a_numbered_place_in_parentheses_is_no_first_day(phrase: str) -> None:
    assert "số thứ tự" in refused(phrase, ctx("2026-05-01"))


def test_the_ward_s_meeting_still_reads_its_own_day() -> None:
    phrase = (
        "tiếp xúc cử tri tại 14 khu phố (từ khu phố 1 đến 14) vào 18 giờ 30 ngày 08/01/2026 "
        "(tối thứ năm) tại Trường Tiểu học Huỳnh Văn Chính"
    )
    assert days(one(phrase, ctx("2026-01-05")))[1:] == (date(2026, 1, 8), date(2026, 1, 8))


@pytest.mark.parametrize(
    ("phrase", "first"),
    [
        ("Họp (từ 3 đến 20/5)", date(2026, 5, 3)),
        ("Họp (Từ 3 đến 20/5)", date(2026, 5, 3)),
        ("Họp (từ ngày 3 đến 20/5)", date(2026, 5, 3)),
        # n-nghean-thong-cao-dai-hoi-thi-dua-2020: a part of the day before it
        (
            "Đêm giao lưu các điển hình tiên tiến và biểu dương, khen thưởng (vào đêm 28/7/2020)",
            None,
        ),
    ],
)
def test_a_day_in_parentheses_after_words_of_when_still_reads(
    phrase: str, first: date | None
) -> None:
    reading = one(phrase, ctx("2026-05-01" if first else "2020-07-20"))
    assert days(reading)[1] == (first or date(2020, 7, 28))


@given(
    place=st.sampled_from(NUMBERED),
    number=st.integers(1, 28),
    day=st.integers(1, 28),
    month=st.integers(1, 12),
    opened=st.sampled_from(["(từ ", "(", "( từ "]),
)
def test_no_place_s_number_is_ever_a_first_day(
    place: str, number: int, day: int, month: int, opened: str
) -> None:
    phrase = f"Lấy ý kiến cử tri {opened}{place} {number} đến {day}/{month})"
    assert refused(phrase, ctx("2026-01-02"))  # the number named, or a span that cannot be
