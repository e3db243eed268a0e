"""Press phrases that tell an event with its days, refused for the words around them (issue
11 §2, branch wide-seven): each family a form whose extra words are known not to touch the
date, with the real phrase that motivated it (its corpus file named) and the look-alikes
that stay refused: a second day, a count that does not agree, a past event told done.

Families: what an event holds or gathers, counted after its time ("tại 68 hội đồng coi thi",
"gồm 9 chương trình, … 33 hoạt động", "với khoảng 50 gian hàng", "khoảng 800–900 đại
biểu": `label._NAMED_NUMBER`, `label._NAMES_WITH_TIME_WORDS`, `steps._CUT`).
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


def _readings(phrase: str, issued: str | None) -> list[tuple[DeadlineKind, str, str]]:
    return [
        (one.kind, str(one.first), str(one.last)) for one in parse_deadlines(phrase, ctx(issued))
    ]


# --- what an event holds or gathers, counted after its time --------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # zd-baosonla-thi-hsg-quoc-gia-2024.yaml (Báo Sơn La, 4/1/2024)
        (
            "Kỳ thi sẽ diễn ra trong 2 ngày (5 và 6/1) tại 68 hội đồng coi thi trong cả nước",
            "2024-01-04",
            [(W, "2024-01-05", "2024-01-06")],
        ),
        # zt-vov-le-hoi-dip-30-4-1-5-2018.yaml (VOV, 2018; the year is the festival's)
        (
            "Festival Huế 2018 diễn ra trong 6 ngày đêm, từ ngày 27/4 đến 2/5 gồm 9 chương trình,"
            " lễ hội chính và 33 hoạt động hưởng ứng",
            None,
            [(W, "2018-04-27", "2018-05-02")],
        ),
        # zh-iocquangtri-bnv-thang-hanh-dong-atvsld-2026.yaml (Trung tâm IOC Quảng Trị, 2026)
        (
            "Ban Chỉ đạo Tháng hành động về ATVSLĐ Trung ương đồng chủ trì, phối hợp với Tổng Liên"
            " đoàn Lao động Việt Nam và UBND tỉnh Quảng Ninh tổ chức Lễ phát động Tháng hành động"
            " về ATVSLĐ và Tháng Công nhân năm 2026 vào ngày 24/4/2026 tại Cung Quy hoạch, Hội chợ"
            " và Triển lãm tỉnh Quảng Ninh, với quy mô khoảng 800–900 đại biểu",
            None,
            [(D, "2026-04-24", "2026-04-24")],
        ),
        # invented variants: a Tết market's stalls, a fair's programmes
        (
            "Chợ Tết diễn ra ngày 5/2 với khoảng 50 gian hàng",
            "2026-01-20",
            [(D, "2026-02-05", "2026-02-05")],
        ),
        (
            "Hội chợ diễn ra từ ngày 5/2 đến 8/2/2026 gồm 12 chương trình và 40 hoạt động",
            None,
            [(W, "2026-02-05", "2026-02-08")],
        ),
    ],
)
def test_what_an_event_holds_counted_after_its_time_is_no_time(
    phrase: str, issued: str | None, expected: list[tuple[DeadlineKind, str, str]]
) -> None:
    assert _readings(phrase, issued) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        # a second day after "gồm": the event's own days listed, never its contents
        "Lễ hội diễn ra ngày 5/1/2026 gồm các ngày 6/1 và 7/1",
        # "hàng" of a cadence after the stalls: a recurring time, not goods
        "Chợ phiên diễn ra ngày 5/1/2026 với 50 gian hàng hàng tuần",
        # a count that disagrees with the days after "gồm" (three days over two)
        "Hội chợ diễn ra từ ngày 5/2 đến 6/2/2026 gồm 3 ngày",
        # rounds after "gồm": each may be a time of its own
        "Hội thi diễn ra ngày 5/1/2026 gồm 2 đợt",
    ],
)
def test_a_time_among_what_the_event_holds_stays_refused(phrase: str) -> None:
    assert refused(phrase)
