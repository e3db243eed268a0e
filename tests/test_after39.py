"""The words after a time part (session 39, family W: "sau ngày tháng còn chữ không hiểu"):
those that certainly leave the day where it is become the step's label or gloss; those that
may move it stay refused with a precise reason. Each read from its real phrase in the
corpus, the near phrases that must stay refused beside it (issue 11: never a silent wrong
date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW

LICH_THOI_VU = ctx("2017-12-01")  # HTX Hòa Tiến 1, lịch thời vụ Đông Xuân 2017-2018


# --- a pause, a rest or a ban after a calendar line's opening span (the lead's trap) ----------


@pytest.mark.parametrize(
    "phrase",
    [
        "Từ ngày 4-10/12 tạm dừng tiếp dân",
        "Từ ngày 4-10/12 học sinh nghỉ học",
        "Từ ngày 25-31/12 cấm đốt pháo",
        "Từ ngày 25/12/2017 đến 5/1/2018 cấm đốt pháo",
        "Từ ngày 4-10/12 ngừng cấp nước",
    ],
)
def test_a_pause_after_an_opening_span_is_no_window_to_work_in(phrase: str) -> None:
    # the days nothing is done, read on main as a window to "tạm dừng tiếp dân" by 10/12
    why = refused(phrase, LICH_THOI_VU)
    assert "sau khoảng ngày nói việc tạm dừng, nghỉ hoặc bị cấm" in why
    assert "last_day" in why


def test_the_work_after_an_opening_span_still_reads() -> None:
    # tests/corpus/zu-htxhoatien1-lich-thoi-vu-dong-xuan-2017-2018.yaml: the neighbour
    reading = one("Từ ngày 4-10/12 diệt chuột tập trung", LICH_THOI_VU)
    assert reading.kind is W
    assert (reading.first, reading.last) == (date(2017, 12, 4), date(2017, 12, 10))
    assert reading.label == "diệt chuột tập trung"


def test_a_ban_after_its_comma_keeps_its_window() -> None:
    # tests/corpus/zj-dantri-ha-noi-tam-dung-dao-duong-dai-hoi-tet-2026.yaml reads the ban's days
    reading = one(
        "Theo đó, từ ngày 16/1 đến hết ngày 26/1, tạm dừng thi công đào đường, hè đường trên một "
        "số tuyến đường trục chính",
        ctx("2026-01-09"),
    )
    assert (reading.first, reading.last) == (date(2026, 1, 16), date(2026, 1, 26))
