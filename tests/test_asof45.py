"""A periodic report as of a day before its rule was changed (session 45).

A commune's quarterly report ("Trước ngày 15 tháng cuối quý") was made monthly by a change
decided on 20/05/2026. As of 10/04 and 10/05, `status` counted the monthly rule, not yet
decided: "kỳ tháng 4/2026, còn 5 ngày", then April overdue, where that day's report owed
only the second quarter, due 15/06 (README: as of a day before a recorded change was
decided, a deadline is judged against the phrase then in force). From 20/05 the monthly
rule owes April and May (no period is lost between the two rules). Each test runs the
installed command.
"""

from __future__ import annotations

import json
from pathlib import Path

from clirun import CLERK, kehoach

REGISTRY = "schema: 1\njurisdiction: Nghệ An\nagencies:\n  - {id: vp-xa, name: Văn phòng xã}\n"
PLAN = """\
schema: 1
id: kh-12-2026
number: 12/KH-UBND
title: Kế hoạch báo cáo kinh tế - xã hội
issuer: UBND xã Đô Lương
jurisdiction: Nghệ An
issued: 2026-01-05
source: {document: Kế hoạch 12/KH-UBND (thử), complete: true}
tasks:
  - id: '1'
    title: Báo cáo kinh tế - xã hội
    lead: [Văn phòng xã]
    deadline: Trước ngày 15 hằng tháng
    reports:
      - {period: quý I/2026, sent: 2026-03-10}
    history:
      - date: 2026-05-20
        from: Trước ngày 15 tháng cuối quý
        to: Trước ngày 15 hằng tháng
        reason: Công văn 5/UBND đổi kỳ báo cáo
"""


def owed(tmp_path: Path, as_of: str) -> list[tuple[str, str, str, str]]:
    """Each item's period, bin, due day and phrase as of `as_of` (dd/mm/yyyy), by due day."""
    plans = tmp_path / "plans"
    plans.mkdir(exist_ok=True)
    (plans / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    (plans / "kh-12-2026.yaml").write_text(PLAN, encoding="utf-8")
    done = kehoach("status", "--as-of", as_of, "--format", "json", cwd=tmp_path, env=CLERK)
    assert done.returncode == 0, done.stderr
    items = json.loads(done.stdout)["items"]
    return sorted(((i["period"], i["bin"], i["due"], i["phrase"]) for i in items), key=by_due)


def by_due(item: tuple[str, str, str, str]) -> str:
    return item[2]


QUARTERLY = "Trước ngày 15 tháng cuối quý"
MONTHLY = "Trước ngày 15 hằng tháng"
FIRST_QUARTER = ("quý I/2026", "done_on_time", "2026-03-16", QUARTERLY)  # 15/03 a Sunday


def test_before_the_change_the_quarter_in_force_is_owed(tmp_path: Path) -> None:
    second = ("quý II/2026", "in_time", "2026-06-15", QUARTERLY)
    assert owed(tmp_path, "10/04/2026") == [FIRST_QUARTER, second]
    assert owed(tmp_path, "19/05/2026") == [FIRST_QUARTER, second]


def test_from_the_change_the_new_rule_owes_the_months_since_the_last_quarter(
    tmp_path: Path,
) -> None:
    assert owed(tmp_path, "25/05/2026") == [
        FIRST_QUARTER,
        ("tháng 4/2026", "overdue", "2026-04-15", MONTHLY),
        ("tháng 5/2026", "overdue", "2026-05-15", MONTHLY),
        ("tháng 6/2026", "in_time", "2026-06-15", MONTHLY),
    ]
