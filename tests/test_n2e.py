"""Family N2 of session 42 (branch n2e): phrases refused as 'không nhận ra thời hạn' whose
time the grammar reads once the words beside it are understood (issue 11 §1: never a number
the grammar cannot explain, never two deadlines made one)."""

from __future__ import annotations

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

# --- an occasion with its own day, then the event's time (commemorated._NO_OCCASION) -------

_PCCC = (
    "Hưởng ứng Ngày toàn dân phòng cháy, chữa cháy 4/10, sáng 30/9, Phòng Cảnh sát phòng cháy "
    "chữa cháy và cứu nạn cứu hộ (PCCC&CNCH) – Công an TP Hà Nội phối hợp với UBND xã Hưng Đạo "
    "tổ chức hội nghị tuyên truyền, tập huấn kiến thức pháp luật và kỹ năng PCCC&CNCH cho người "
    "dân."
)


def test_the_occasion_day_then_the_morning_of_the_event_reads_the_event() -> None:
    # zg-vietnamnet-hung-dao-tap-huan-pccc-2025.yaml: 4/10 is the day honoured (the Ngày toàn
    # dân PCCC), 30/9 the meeting's own day (convention 1)
    assert read_days(_PCCC, "2025-10-01") == (DeadlineKind.DATE, "2025-09-30", "2025-09-30")


def test_the_occasion_day_then_an_event_told_done_stays_refused() -> None:
    # refusal neighbour: the meeting told done is no deadline (convention 1)
    why = refused(_PCCC.replace("tổ chức hội nghị", "đã tổ chức hội nghị"), ctx("2025-10-01"))
    assert "đã" in why


def test_an_occasion_on_another_day_stays_refused() -> None:
    # refusal neighbour: the Ngày toàn dân PCCC is 4/10; '5/10' may be the event's day mistyped
    refused(_PCCC.replace("4/10", "5/10"), ctx("2025-10-01"))
