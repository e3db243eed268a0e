"""Session 49, family D (helper twok): phrases refused as holding a second date or a
document's number beside their deadline, read where a word beside the day only looked like
one of time ("định hướng", the course set, is no "định" of "định kỳ"; "chia theo địa bàn",
divided by area, no "theo" of a rule); their neighbours (a second time, a cadence, a division
by time, a count, a negation, a condition, a thing told done, another year) stay refused
(issue 11: never a silent wrong date; every number accounted for). A section's number "1.2."
opening the phrase stays refused, as test_deadline_forms_p holds (see the session's report)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(reading) for reading in parse_deadlines(phrase, ctx(issued))]


# --- "định hướng" (the course set) is no "định" of "định kỳ" ----------------------------------

# zs-dantocmiennui-phu-yen-ky-hop-11-hdnd-2022 (Dân tộc & Miền núi on Phú Yên's council)
COUNCIL_SESSION = (
    "Ngày 1/11, Hội đồng nhân dân tỉnh Phú Yên khóa VIII, nhiệm kỳ 2021-2026 tổ chức Kỳ họp "
    "thứ 11 (kỳ họp chuyên đề) để thảo luận và thông qua một số nghị quyết quan trọng liên "
    "quan đến định hướng phát triển kinh tế - xã hội tại địa phương; thực hiện các thủ tục miễn "
    "nhiệm Chủ tịch Ủy ban nhân dân tỉnh Phú Yên nhiệm kỳ 2021-2026"
)


def test_the_course_set_at_a_session_moves_no_day() -> None:
    assert _read(COUNCIL_SESSION, "2022-11-01") == [(D, date(2022, 11, 1), date(2022, 11, 1))]


@pytest.mark.parametrize(
    "phrase",
    [
        # a time after the course: the course's horizon, or a second time of the work
        "Ngày 1/11, Hội đồng nhân dân tỉnh tổ chức Kỳ họp thứ 11 để thông qua định hướng phát "
        "triển đến năm 2030",
        "Ngày 1/11, Hội đồng nhân dân tỉnh tổ chức Kỳ họp thứ 11 để thông qua định hướng phát "
        "triển 6 tháng cuối năm",
        "Ngày 1/11, Hội đồng nhân dân tỉnh tổ chức Kỳ họp thứ 11 để thông qua định hướng phát "
        "triển, dự kiến hoàn thành trước ngày 30/11",
        "Ngày 1/11, Hội đồng nhân dân tỉnh tổ chức Kỳ họp thứ 11 để thông qua định hướng phát "
        "triển hoặc ngày 5/11",
        # "định kỳ" beside it stays the cadence it is
        "Ngày 1/11, Hội đồng nhân dân tỉnh tổ chức Kỳ họp thứ 11 để thông qua các định hướng "
        "lớn, định kỳ báo cáo",
        # told done, negated
        "Ngày 1/11, Hội đồng nhân dân tỉnh đã tổ chức Kỳ họp thứ 11 để thông qua định hướng "
        "phát triển",
        "Ngày 1/11, Hội đồng nhân dân tỉnh không tổ chức Kỳ họp thứ 11 để thông qua định hướng "
        "phát triển",
    ],
)
def test_a_time_or_a_cadence_beside_the_course_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2022-11-01"))


# --- "chia theo địa bàn" (divided by area) is no "theo" of a rule or a cadence -----------------

# zr-baobariavungtau-bgddt-dieu-le-hoi-khoe-phu-dong-toan-quoc-2024 (the games' two stages)
TWO_STAGES = (
    "Năm 2024, HKPĐ tổ chức làm 2 giai đoạn: Giai đoạn 1 tại 5 khu vực (chia theo địa bàn các "
    "tỉnh, thành phố), thi đấu từ ngày 1/4 đến 20/6/2024; giai đoạn 2, thi đấu toàn quốc tại "
    "TP.Hải Phòng, thời gian từ ngày 16 đến 28/7/2024"
)


def test_places_divided_by_area_move_no_day() -> None:
    assert _read(TWO_STAGES, "2024-01-10") == [
        (W, date(2024, 4, 1), date(2024, 6, 20)),
        (W, date(2024, 7, 16), date(2024, 7, 28)),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        # divided by a time: a cadence or rounds, not places
        "Tại 5 khu vực (chia theo quý), thi đấu từ ngày 1/4 đến 20/6/2024",
        "Tại 5 khu vực (chia theo từng đợt), thi đấu từ ngày 1/4 đến 20/6/2024",
        "Tại 5 khu vực chia theo địa bàn theo quý, thi đấu từ ngày 1/4 đến 20/6/2024",
        "Tại 5 khu vực (chia theo địa bàn, theo kế hoạch năm sau), thi đấu từ ngày 1/4 đến 20/6",
        # a count left, a negation, a condition, a cadence, a choice, another year
        "Tại 5 khu vực (chia theo địa bàn 2 năm), thi đấu từ ngày 1/4 đến 20/6/2024",
        "Tại 5 khu vực (chia theo địa bàn), không thi đấu từ ngày 1/4 đến 20/6/2024",
        "Tại 5 khu vực (chia theo địa bàn), nếu đủ điều kiện thi đấu từ ngày 1/4 đến 20/6/2024",
        "Hằng năm, tại 5 khu vực (chia theo địa bàn), thi đấu từ ngày 1/4 đến 20/6",
        "Tại 5 khu vực (chia theo địa bàn), thi đấu từ ngày 1/4 đến 20/6/2024 hoặc đến 30/6/2024",
        "Năm 2025, tại 5 khu vực (chia theo địa bàn), thi đấu từ ngày 1/4 đến 20/6/2024",
    ],
)
def test_a_division_by_time_or_a_turned_step_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-01-10"))
