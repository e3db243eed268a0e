"""Session 52, the lead's fixes: each reading a user would otherwise get wrong, with the
neighbour that still reads."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused


@pytest.mark.parametrize("told", ["đã", "vừa", "Đã"])
def test_a_cadence_told_done_then_kept_up_is_refused(told: str) -> None:
    # "vừa" is told done as "đã" is (grammar.TOLD_DONE); engine._cadence_alone had its own
    # pattern for "đã" only, and read "Các xã vừa tiêm phòng …" as a yearly rule
    refused(f"Các xã {told} tiêm phòng hằng năm, liên tục", ctx("2026-03-01"))


def test_a_cadence_kept_up_still_reads() -> None:
    assert read_days("Các xã tiêm phòng hằng năm, liên tục", "2026-03-01")[0] == "recurring"
