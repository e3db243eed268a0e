"""`kehoach validate`: every defect found, located, and reported in each format."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kehoach.base.findings import Finding, Severity
from kehoach.cli import app
from kehoach.plan.loader import load_repository
from kehoach.plan.rules import check_repository
from kehoach.plan.settings import Settings
from kehoach.render.findings import as_github

HERE = Path(__file__).parent
INVALID = HERE / "plans" / "invalid"
VALID = HERE / "plans" / "valid"
CASES = sorted(p for p in INVALID.glob("*.yaml") if p.name != "agencies.yaml")
KEHOACH = shutil.which("kehoach", path=str(Path(sys.executable).parent)) or "kehoach"


def findings_for(path: Path) -> list[Finding]:
    repo = load_repository([path], Settings(), Path.cwd())
    return check_repository(repo, Settings())


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_each_broken_file_gets_its_located_findings(case: Path) -> None:
    expected = case.with_suffix(".expected").read_text(encoding="utf-8").split("\n")
    got = [f"{f.line}:{f.col}: {f.severity} [{f.code}]" for f in findings_for(case)]
    assert got == [line for line in expected if line]


def test_every_broken_example_has_an_expectation() -> None:
    assert CASES, "no examples found"
    for case in CASES:
        assert case.with_suffix(".expected").is_file(), case.name


@pytest.mark.parametrize("case", sorted(VALID.glob("*.yaml")), ids=lambda p: p.stem)
def test_valid_examples_have_no_errors(case: Path) -> None:
    assert all(f.severity is Severity.WARNING for f in findings_for(case))


def test_messages_name_the_problem_in_vietnamese() -> None:
    (finding,) = findings_for(INVALID / "unknown-field.yaml")[1:]
    assert finding.message == "trường không xác định 'titel' (có phải 'title'?)"
    spelling, agency = findings_for(INVALID / "unknown-agency.yaml")
    assert "Sở Tài chánh" in agency.message and "có phải: Sở Tài chính" in agency.message
    assert spelling.message == "'So Tai Chinh' là Sở Tài chính; ghi theo danh mục: 'Sở Tài chính'"
    (dup,) = findings_for(INVALID / "duplicate-key.yaml")
    assert "'title' bị lặp (đã có ở dòng 10)" in dup.message


def test_bom_is_a_warning_and_the_plan_still_loads() -> None:
    findings = findings_for(VALID / "bom.yaml")
    assert [(f.code, f.severity) for f in findings] == [("bom", Severity.WARNING)]
    assert load_repository([VALID / "bom.yaml"], Settings(), Path.cwd()).plans


def test_python_tag_is_refused_without_running_anything(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    plan = tmp_path / "evil.yaml"
    plan.write_text(f'schema: 1\nid: !!python/object/apply:os.system ["touch {marker}"]\n')
    assert [f.code for f in findings_for(plan)] == ["tag"]
    assert not marker.exists()


def test_huge_file_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    plan = tmp_path / "huge.yaml"
    with plan.open("wb") as handle:
        handle.write(b"schema: 1\nnotes: |\n")
        line = b"  " + b"x" * 1021 + b"\n"
        handle.writelines(line for _ in range(50 * 1024))  # 50 MB
    (finding,) = [f for f in findings_for(plan) if f.code != "no-registry"]
    assert finding.code == "too-large"
    assert finding.message == "tệp quá lớn (50,0 MB; tối đa 2 MB)"


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    plan = tmp_path / "deep.yaml"
    plan.write_text("schema: 1\nnotes: " + "[" * 500 + "]" * 500 + "\n")
    assert "too-deep" in [f.code for f in findings_for(plan)]


def test_billion_laughs_is_refused_fast(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol", "lol"]']
    lines += [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}]" for i in range(1, 30)]
    plan = tmp_path / "bomb.yaml"
    plan.write_text("schema: 1\n" + "\n".join(lines) + "\n")
    (finding,) = [f for f in findings_for(plan) if f.code != "no-registry"]
    assert (finding.code, finding.line) == ("alias", 3)


ROOT = HERE.parent
REL_INVALID = INVALID.relative_to(ROOT)  # paths below the working directory print relative


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    return subprocess.run(
        [KEHOACH, *args], capture_output=True, text=True, env=env, cwd=cwd, check=False
    )


def test_installed_command_reports_a_broken_folder_and_exits_1() -> None:
    result = run("validate", str(REL_INVALID))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    pattern = re.compile(r"^(.+?):(\d+):(\d+): (error|warning): .+ \[[a-z-]+\]$")
    assert lines and all(pattern.match(line) for line in lines)
    reported = {pattern.match(line).group(1) for line in lines}  # type: ignore[union-attr]
    assert reported == {str(REL_INVALID / c.name) for c in CASES}
    assert "Traceback" not in result.stderr


def test_installed_command_passes_the_bundled_plans() -> None:
    result = run("validate", "plans")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 lỗi" in result.stderr


def test_strict_turns_warnings_into_failure() -> None:
    case = str(INVALID / "expired-agency.yaml")
    assert run("validate", case).returncode == 0
    assert run("validate", "--strict", case).returncode == 1


def test_json_format_is_machine_readable() -> None:
    tabs = INVALID / "tabs.yaml"
    result = CliRunner().invoke(app, ["validate", "--format", "json", str(tabs)])
    document = json.loads(result.stdout)
    assert document["summary"] == {"errors": 1, "warnings": 0}
    assert document["findings"][0] == {
        "code": "tab",
        "col": 1,
        "line": 4,
        "message": "YAML không cho thụt lề bằng tab; hãy dùng dấu cách",
        "path": os.path.relpath(tabs) if tabs.is_relative_to(Path.cwd()) else str(tabs),
        "severity": "error",
    }


def test_github_format_emits_workflow_commands() -> None:
    result = run("validate", "--format", "github", str(REL_INVALID / "duplicate-key.yaml"))
    assert result.stdout.startswith(
        f"::error file={REL_INVALID / 'duplicate-key.yaml'},line=11,col=5,"
        "title=kehoach duplicate-key::khóa 'title' bị lặp"
    )


def test_github_format_escapes_what_would_break_the_command() -> None:
    finding = Finding("a,b:c.yaml", 1, 2, Severity.WARNING, "x", "50% done\nnext")
    assert as_github([finding]) == (
        "::warning file=a%2Cb%3Ac.yaml,line=1,col=2,title=kehoach x::50%25 done%0Anext\n"
    )


def test_missing_path_and_empty_folder_are_usage_errors(tmp_path: Path) -> None:
    missing = run("validate", str(tmp_path / "nope"))
    empty = run("validate", str(tmp_path))
    for result in (missing, empty):
        assert result.returncode == 2
        assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


def test_every_finding_format_is_offered_on_the_command_line() -> None:
    from kehoach.cli.check import FindingFormat
    from kehoach.render.findings import FORMATS

    assert set(FORMATS) == {str(choice) for choice in FindingFormat}


def test_the_summary_never_calls_a_plan_with_errors_valid(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    shutil.copytree(ROOT / "plans", plans)
    broken = plans / "kh-348-2022.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("Sở Kế hoạch và Đầu tư\n", "Sở Không Có\n", 1),
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["validate", str(plans)])
    assert result.exit_code == 1
    assert "3 kế hoạch (2 hợp lệ, 1 có lỗi)" in result.stderr
