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
    assert finding.message.startswith("tệp quá lớn (50,0 MB; tối đa 2 MB): ")


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


# --- issue 17: a completion after the day of the check --------------------------------------


def _future_plans(tmp_path: Path) -> Path:
    """The bundled plans with task 1 of KH 348 done on 01/01/2030 and a report of a
    recurring task sent on 15/03/2030."""
    plans = tmp_path / "plans"
    shutil.copytree(ROOT / "plans", plans)
    kh348 = plans / "kh-348-2022.yaml"
    kh348.write_text(
        kh348.read_text(encoding="utf-8").replace(
            'deadline: "Trước ngày 23/6/2022"',
            'deadline: "Trước ngày 23/6/2022"\n    status: done\n    completed: 2030-01-01',
            1,
        ),
        encoding="utf-8",
    )
    return plans


def validate(plans: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KEHOACH_CACHE_DIR": str(plans.parent / "cache")}
    return subprocess.run(
        [KEHOACH, "validate", str(plans), *args],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip


def test_a_completion_after_the_day_of_the_check_is_a_warning(tmp_path: Path) -> None:
    plans = _future_plans(tmp_path)
    result = validate(plans, "--as-of", "30/11/2026")
    assert result.returncode == 0  # a warning, not an error
    (line,) = result.stdout.splitlines()
    assert line.endswith(
        "warning: nhiệm vụ '1': ngày hoàn thành là 01/01/2030, sau ngày kiểm tra (30/11/2026); "
        "đến ngày đó vẫn tính là chưa xong — kiểm tra lại ngày [completed-in-future]"
    )
    assert line.startswith(f"{plans / 'kh-348-2022.yaml'}:")
    assert (
        result.stderr == "3 kế hoạch (3 hợp lệ, 0 có lỗi), 39 nhiệm vụ, cùng danh mục cơ quan "
        "(agencies.yaml) và lịch ngày nghỉ (calendar.yaml): 0 lỗi, 1 cảnh báo\n"
    )
    # the day is a parameter, never kept in the cache: a later day has nothing to say
    later = validate(plans, "--as-of", "02/01/2030")
    assert later.stdout == "" and ", 0 cảnh báo" in later.stderr
    again = validate(plans, "--as-of", "30/11/2026")
    assert again.stdout == result.stdout


def test_strict_never_calls_a_plan_with_a_warning_valid(tmp_path: Path) -> None:
    result = validate(_future_plans(tmp_path), "--as-of", "30/11/2026", "--strict")
    assert result.returncode == 1
    assert "3 kế hoạch (2 hợp lệ, 1 có lỗi hoặc cảnh báo)" in result.stderr


def test_milestones_and_period_reports_done_after_the_day_are_located(tmp_path: Path) -> None:
    from datetime import date

    plan = tmp_path / "kh-1.yaml"
    plan.write_text(
        "schema: 1\nid: kh-1\ntitle: Báo cáo\nissuer: UBND tỉnh Nghệ An\n"
        "issued: 2026-01-05\nsource: {document: x, complete: true}\ntasks:\n"
        '  - id: "1"\n    title: Hai mốc\n    lead: [Sở Tư pháp]\n    deadlines:\n'
        '      - phrase: "Trước ngày 30/1/2026"\n        completed: 2026-01-20\n'
        '      - phrase: "Trước ngày 30/6/2026"\n        completed: 2026-06-20\n'
        '  - id: "2"\n    title: Báo cáo tháng\n    lead: [Sở Tư pháp]\n'
        '    deadline: "Trước ngày 20 hằng tháng"\n    reports:\n'
        "      - {period: tháng 1/2026, sent: 2026-01-18}\n"
        "      - {period: tháng 2/2026, sent: 2026-02-19}\n",
        encoding="utf-8",
    )
    repo = load_repository([plan], Settings(), tmp_path)
    found = check_repository(repo, Settings(), today=date(2026, 2, 1))
    future = [(f.line, f.message) for f in found if f.code == "completed-in-future"]
    assert future == [
        (15, "nhiệm vụ '1': ngày hoàn thành mốc 2 là 20/06/2026, sau ngày kiểm tra (01/02/2026); "
             "đến ngày đó vẫn tính là chưa xong — kiểm tra lại ngày"),
        (22, "nhiệm vụ '2': ngày gửi báo cáo kỳ tháng 2/2026 là 19/02/2026, sau ngày kiểm tra "
             "(01/02/2026); đến ngày đó vẫn tính là chưa xong — kiểm tra lại ngày"),
    ]  # fmt: skip
    assert not [f for f in check_repository(repo, Settings()) if f.code == "completed-in-future"]
