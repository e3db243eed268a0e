"""Session 60's lead: a note after the time that takes the time away (`voidedgloss`).

The merge's fresh tester (tz60) found the session's new readings — a report named by its
period ("Gửi báo cáo quý I trước ngày 15/4/2026", a60) and a change told ("Nếu có thay đổi,
thông báo trước …", d60) — read as due when a note after the day withdraws, waives, replaces
or judges the step: main read the same notes after a plain step ("Gửi báo cáo trước ngày
15/4/2026 (thu hồi)"), the note kept as a gloss. A note naming its own object is the step's,
and reads as before.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, refused

ISSUED = "2026-03-01"


@pytest.mark.parametrize(
    "phrase",
    [
        "Gửi báo cáo trước ngày 15/4/2026 (thu hồi)",
        "Gửi báo cáo quý I trước ngày 15/4/2026 (thu hồi)",
        "Gửi báo cáo quý I trước ngày 15/4/2026 đã thu hồi",
        "Gửi báo cáo quý I trước ngày 15/4/2026 (văn bản đã thu hồi)",
        "Gửi báo cáo quý I trước ngày 15/4/2026 (Công văn này đã được thu hồi)",
        "Báo cáo tổng kết năm hạn chót ngày 10/12/2026 (thu hồi)",
        "Gửi báo cáo quý I trước ngày 15/4/2026, nay miễn",
        "Báo cáo sơ kết 6 tháng đầu năm trước ngày 15/6/2026 không còn áp dụng",
        "Báo cáo trước ngày 15/4/2026 không còn áp dụng",
        "Báo cáo quý I trước ngày 15/4/2026 (thay thế)",
        "Báo cáo quý I trước ngày 15/4/2026 (bị thay thế bởi văn bản khác)",
        "Báo cáo quý I trước ngày 15/4/2026 là trái quy định",
        "Gửi báo cáo quý I trước ngày 15/4/2026 (tham khảo)",
        "Gửi báo cáo quý I trước ngày 15/4/2026 (chỉ để tham khảo)",
        "Gửi báo cáo quý I trước ngày 15/4/2026 tùy đơn vị",
        "Báo cáo tổng kết năm hạn chót ngày 10/12/2026 tùy tình hình",
        "Nếu có thay đổi, thông báo trước ngày 10/5/2026 (thu hồi)",
        "Nếu có thay đổi, thông báo trước ngày 10/5/2026 không còn áp dụng",
        "Gui bao cao truoc ngay 15/4/2026 (thu hoi)",
        "Hoàn thành trước ngày 30/6/2026 (đã thu hồi)",
    ],
)
def test_a_note_that_withdraws_or_waives_the_step_is_refused(phrase: str) -> None:
    assert "sau thời hạn" in refused(phrase, ctx(ISSUED))


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # the note names its own object: the step's, read as main reads it
        (
            "Kế hoạch bồi thường hoàn thành trước ngày 30/9/2026 cho các hộ có đất bị thu hồi",
            "2026-09-30",
        ),
        ("Xử lý trước ngày 30/6/2026 các giấy phép đã hết hiệu lực", "2026-06-30"),
        ("Gửi báo cáo trước ngày 15/4/2026 qua email", "2026-04-15"),
        ("Gửi báo cáo quý I trước ngày 15/4/2026 về Sở Tài chính", "2026-04-15"),
        ("Thu hồi đất trước ngày 30/6/2026", "2026-06-30"),
        ("Hoàn thành trước ngày 30/6/2026 việc thu hồi nợ thuế", "2026-06-30"),
        ("Gửi tài liệu tham khảo trước ngày 15/4/2026", "2026-04-15"),
        # a stop takes effect on its day (session 59's ruling), no note that voids it
        ("Hóa đơn giấy ngày 1/7/2026 ngừng áp dụng", "2026-07-01"),
    ],
)
def test_a_note_of_the_steps_own_object_reads(phrase: str, day: str) -> None:
    assert str(one(phrase, ctx(ISSUED)).last) == day
