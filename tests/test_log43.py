"""`kehoach log` says what a mended agency name was (fresh42, session 43).

A clerk copied "Các sở, ban, ngành" unquoted into a YAML list: three bodies, "Các sở",
"ban", "ngành" (`validate` says so). Mended to one quoted name, `log` showed the change as
"bỏ Các sở, ban, ngành; thêm Các sở, ban, ngành": the same words twice, no change seen.
"""

from __future__ import annotations

from pathlib import Path

from clirun import CLERK, kehoach
from gitrun import git

REGISTRY = """\
schema: 1
jurisdiction: Nghệ An
agencies:
  - {id: cac-so, name: "Các sở, ban, ngành", kind: group}
  - {id: so-tc, name: Sở Tài chính}
"""
PLAN = """\
schema: 1
id: kh-5-2026
number: 5/KH-UBND
title: Kế hoạch thử
issuer: UBND tỉnh Nghệ An
jurisdiction: Nghệ An
issued: 2026-01-05
source: {{document: thử, complete: true}}
tasks:
  - {{id: '1', title: Rà soát, lead: [Sở Tài chính], support: {support}, deadline: Quý I/2026}}
"""


def test_a_mended_split_name_is_told_with_its_quotes(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    path = plans / "kh-5-2026.yaml"
    git(tmp_path, "init", "-q")
    path.write_text(PLAN.format(support="[Các sở, ban, ngành]"), encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "Chép kế hoạch")
    path.write_text(PLAN.format(support="['Các sở, ban, ngành']"), encoding="utf-8")
    git(tmp_path, "commit", "-qam", "Sửa tên cơ quan bị tách")
    done = kehoach("log", "5/1", cwd=tmp_path, env=CLERK)
    assert done.returncode == 0, done.stderr
    assert "phối hợp: bỏ “Các sở”, “ban”, “ngành”; thêm “Các sở, ban, ngành”" in done.stdout
    # names without commas are listed as they were
    path.write_text(PLAN.format(support="['Các sở, ban, ngành', Sở Tài chính]"), "utf-8")
    git(tmp_path, "commit", "-qam", "Thêm Sở Tài chính")
    path.write_text(PLAN.format(support="['Các sở, ban, ngành']"), encoding="utf-8")
    git(tmp_path, "commit", "-qam", "Bỏ Sở Tài chính")
    assert "phối hợp: bỏ Sở Tài chính\n" in kehoach("log", "5/1", cwd=tmp_path, env=CLERK).stdout
