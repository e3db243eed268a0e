"""A day followed by "lùi" or "dời" and no new day is the time given up, never due (the
lead's convention 2): "Ngày 15/3/2026 lùi họp" read as due 15/03/2026 (tidy21's find,
session 29), as "… hoãn họp" was already refused. A
procedure's "gia hạn giấy phép" (the step: to extend a licence) keeps its reading."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, refused

JAN_2026 = ctx("2026-01-10")


@pytest.mark.parametrize(
    "phrase",
    ["Ngày 15/3/2026 lùi họp", "Ngày 15/3/2026 dời họp"],
)
def test_a_day_moved_without_its_new_day_is_refused(phrase: str) -> None:
    assert "thời gian mới" in refused(phrase, JAN_2026)


def test_a_procedure_that_extends_a_licence_still_reads() -> None:
    reading = one(
        "Trong thời hạn 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ, cơ quan có thẩm"
        " quyền gia hạn giấy phép",
        JAN_2026,
    )
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.working_days) == (5, True)
