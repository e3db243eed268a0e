"""Vietnam's clock: UTC+7 all year (Asia/Ho_Chi_Minh; Vietnam keeps no daylight saving).

The days kehoach counts are Vietnamese days: today, the day a decision was committed, the
day a report was sent. A machine on UTC (a CI server) is seven hours behind: its evening
of 31/12 is already 1 January in Vietnam.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")


def today() -> date:
    """Today in Vietnam."""
    return datetime.now(VIETNAM).date()


def in_vietnam(moment: datetime) -> datetime:
    """`moment` (with its own offset) on Vietnam's clock: a commit made at 18:30 UTC on
    31/12/2026 was made on 01/01/2027 (fresh40b: `slips --from 01/01/2027` left it out)."""
    return moment.astimezone(VIETNAM)
