"""A plan with no issue day but its `in_force` day lends that day's year to a phrase that
writes none (fresh16 met it: Chủ tịch UBND TPHCM's directive as VietNamNet told it on
13/8/2025, vietnamnet.vn/…-2431651.html, "gửi Sở Tài chính trước ngày 15/8"; the article
gives no signing day). Only to days on or after the day it is in force, in its year: a plan
sets no deadline before it is in force, and an earlier day-month may be of the next year.
Each test runs the installed command on a plan file, as a clerk does."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from clirun import kehoach_uncached as run
from test_fresh_sixteenth import HCM_PLAN

# fresh16's plan (test_fresh_sixteenth), its lead the registry's one body and its deadline a
# phrase each test fills in
PLAN = HCM_PLAN.replace("[Các sở, ban, ngành, UBND cấp xã, phường]", "[Sở Tài chính]").replace(
    '    deadlines:\n      - phrase: "gửi Sở Tài chính trước ngày 15/8"\n'
    "        last_day: 2025-08-15\n",
    '    deadline: "{phrase}"\n',
)


def _status(tmp_path: Path, phrase: str, plan: str = PLAN) -> tuple[int, str, str]:
    root = tmp_path / "tphcm"
    (root / "plans").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    registry = "schema: 1\nagencies:\n  - {id: stc, name: Sở Tài chính}\n"
    (root / "plans" / "agencies.yaml").write_text(registry, encoding="utf-8")
    (root / "plans" / "cd.yaml").write_text(plan.format(phrase=phrase), encoding="utf-8")
    return run("status", "--as-of", "14/08/2025", "--all", "--format", "json", cwd=root)


def _due(out: str) -> list[str | None]:
    return [item["due"] for item in json.loads(out)["items"]]


def test_a_day_after_the_plan_is_in_force_takes_its_year(tmp_path: Path) -> None:
    # was refused: "thời hạn không ghi năm và kế hoạch không có ngày ban hành"
    code, out, err = _status(tmp_path, "gửi Sở Tài chính trước ngày 15/8")
    assert code == 0, err
    assert _due(out) == ["2025-08-15"], out


def test_a_day_before_the_plan_is_in_force_is_refused_with_why(tmp_path: Path) -> None:
    # 12/8 is the day before 13/08/2025: of 2026, or of a document issued before? Not 2025.
    code, out, err = _status(tmp_path, "gửi Sở Tài chính trước ngày 12/8")
    assert code == 1, out
    assert "in_force: 13/08/2025" in err and "kế hoạch không đặt hạn trước khi có" in err, err
    assert _due(out) == [None], out  # listed without a due day, as every refused phrase


def test_a_window_begun_before_the_plan_is_in_force_is_refused(tmp_path: Path) -> None:
    # "trong tháng 8" starts on 01/08: a day before the plan is in force
    code, _, err = _status(tmp_path, "trong tháng 8")
    assert code == 1 and "in_force: 13/08/2025" in err, err


def test_a_plan_with_its_issue_day_reads_as_before(tmp_path: Path) -> None:
    # `issued` is the year's source when given: 12/8 of a plan issued on 01/08/2025
    issued = PLAN.replace("in_force: 2025-08-13\n", "issued: 2025-08-01\nin_force: 2025-08-13\n")
    code, out, err = _status(tmp_path, "gửi Sở Tài chính trước ngày 12/8", issued)
    assert code == 0, err
    assert _due(out) == ["2025-08-12"], out
