"""Hostile input (issue 10, items 7–11, 19 and 21): files and options that used to crash
a command, hang it or mislead its reader. Each test asserts the refusal a user sees."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

import clirun
from kehoach.base.findings import Finding
from kehoach.cli import app
from kehoach.plan.loader import load_repository
from kehoach.plan.rules import check_repository
from kehoach.plan.settings import Settings
from kehoach.plan.yamlread import parse_yaml

HERE = Path(__file__).parent
VALID = HERE / "plans" / "valid"
PLAN = (VALID / "minimal.yaml").read_text(encoding="utf-8")


def kehoach(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {"NO_COLOR": "1", "COLUMNS": "100", "SOURCE_DATE_EPOCH": None}
    return clirun.kehoach(*args, cwd=cwd, env=env, timeout=60)


def plans(tmp_path: Path, text: str = PLAN) -> Path:
    """A folder with the test registry and one plan file holding `text`."""
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(VALID / "agencies.yaml", folder)
    (folder / "kh.yaml").write_text(text, encoding="utf-8")
    return folder


def findings(raw: bytes) -> list[tuple[int, int, str, str]]:
    return [(f.line, f.col, f.code, f.message) for f in parse_yaml(raw, "f")[1]]


def errors_of(folder: Path) -> list[Finding]:
    repo = load_repository([folder], Settings(), folder)
    return [f for f in check_repository(repo, Settings()) if f.severity == "error"]


# --- 7. nesting measured before libyaml sees it -----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        b"a: " + b"[" * 30_000 + b"]" * 30_000,
        b"a: " + b"{a: " * 20_000 + b"}" * 20_000,
        b"a:\n" + b"- " * 30_000 + b"x",
    ],
    ids=["flow-sequences", "flow-mappings", "block-sequences"],
)
def test_deep_nesting_is_refused_by_the_installed_command_without_a_crash(
    tmp_path: Path, body: bytes
) -> None:
    plan = tmp_path / "deep.yaml"
    plan.write_bytes(b"schema: 1\n" + body + b"\n")
    result = kehoach("validate", plan)
    assert result.returncode == 1, result.stderr  # a segfault is -11, a crash 3
    line = 3 if b"\n-" in body else 2  # where the deepest line starts
    assert f"{plan}:{line}:1: error: cấu trúc lồng quá sâu hoặc quá lớn [too-deep]" in result.stdout


def test_the_pinned_pyyaml_is_the_one_that_stops_at_a_maximum_depth() -> None:
    lock = (HERE.parent / "requirements.lock").read_text(encoding="utf-8").split()
    assert "PyYAML==6.0.4" in lock


# --- 8. only regular files, and the bytes read are what is capped ----------------------


def test_a_device_is_refused_not_read(tmp_path: Path) -> None:
    result = kehoach("validate", "/dev/zero", cwd=tmp_path)
    assert result.returncode == 1
    expected = "/dev/zero:1:1: error: không phải một tệp thường (thiết bị, FIFO, socket…)"
    assert result.stdout.startswith(expected)


def test_a_fifo_in_a_plans_folder_given_by_name_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.yaml"
    os.mkfifo(fifo)
    result = kehoach("validate", fifo)  # opening a FIFO without a writer would hang
    assert result.returncode == 1
    assert "[not-a-file]" in result.stdout


def test_a_fifo_or_a_dangling_link_found_in_a_folder_is_reported_not_skipped(
    tmp_path: Path,
) -> None:
    """Searching a folder, a *.yaml that is not a regular file is a located error: a
    count of plans that silently drops one is a plan nobody tracks."""
    folder = plans(tmp_path, PLAN)
    os.mkfifo(folder / "pipe.yaml")
    (folder / "gone.yaml").symlink_to(folder / "deleted.yaml")
    result = kehoach("validate", folder, cwd=tmp_path)
    assert result.returncode == 1
    assert "pipe.yaml:1:1: error:" in result.stdout and "[not-a-file]" in result.stdout
    assert "gone.yaml:1:1: error:" in result.stdout and "[io]" in result.stdout
    status = kehoach("status", folder, cwd=tmp_path)
    assert status.returncode == 1 and "[not-a-file]" in status.stderr


# --- 9. every core-tag conversion is total ----------------------------------------------


@pytest.mark.parametrize(
    ("value", "shown"),
    [("1" * 5000, "'" + "1" * 5000 + "'"), ('!!int "²"', "'²'"), ('!!int "+-1"', "'+-1'")],
    ids=["5000-digits", "superscript-two", "two-signs"],
)
def test_an_integer_python_cannot_read_is_a_schema_error(
    tmp_path: Path, value: str, shown: str
) -> None:
    folder = plans(tmp_path, PLAN.replace("schema: 1", f"schema: {value}"))
    result = CliRunner().invoke(app, ["validate", str(folder)])
    assert result.exit_code == 1, result.output
    assert "error: schema phải là 1 [schema-version]" in result.stdout
    for command in (["status"], ["timeline"], ["export-ics"]):
        assert CliRunner().invoke(app, [*command, str(folder)]).exit_code == 1


def test_integers_are_plain_ascii_decimals_of_a_sane_length() -> None:
    data = parse_yaml(b"a: -12\nb: 0\nc: 007\nd: +3\ne: 999999999999999999\n", "f")[0]
    assert data is not None
    assert data.data == {"a": -12, "b": 0, "c": "007", "d": 3, "e": 999999999999999999}


# --- 10. plan days between 1945 and 2200, in files and options --------------------------


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'deadline: "Trước ngày 23/6/2022"',
            'deadlines: [{phrase: "Trước ngày 23/6/2022", last_day: 9999-12-31}]',
            "'nhiệm vụ 1 › deadlines thứ 1 › last_day': '9999-12-31' nằm ngoài khoảng ngày hợp lý "
            "(01/01/1945 – 31/12/2200)",
        ),
        (
            "issued: 2022-06-02",
            "issued: 0001-01-01",
            "'issued': '0001-01-01' nằm ngoài khoảng ngày hợp lý (01/01/1945 – 31/12/2200)",
        ),
        (
            "issued: 2022-06-02",
            "issued: 9999-06-01",
            "'issued': '9999-06-01' nằm ngoài khoảng ngày hợp lý (01/01/1945 – 31/12/2200)",
        ),
    ],
    ids=["last-day-9999", "issued-year-1", "issued-9999"],
)
def test_a_day_outside_the_range_is_a_located_error(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    folder = plans(tmp_path, PLAN.replace(old, new))
    (finding,) = errors_of(folder)
    assert finding.message == message
    for command in (["status"], ["timeline"], ["export-ics", "--skip-invalid"]):
        result = CliRunner().invoke(app, [*command, str(folder)])
        assert result.exit_code == 1, result.output  # reported, never a crash


@pytest.mark.parametrize(
    "args",
    [
        ["status", "--as-of", "31/12/9999"],
        ["export-ics", "--as-of", "31/12/9999"],
        ["timeline", "--as-of", "01/01/0001"],
        ["timeline", "--to", "31/12/9999"],
        ["deadline", "Tháng 12", "--issued", "01/12/9999"],
    ],
    ids=["status", "export-ics", "timeline-as-of", "timeline-to", "deadline-issued"],
)
def test_an_option_day_outside_the_range_is_a_usage_error(tmp_path: Path, args: list[str]) -> None:
    folder = plans(tmp_path, PLAN.replace('"Trước ngày 23/6/2022"', '"Trước ngày 15/12 hằng năm"'))
    paths = [] if args[0] == "deadline" else [str(folder)]
    result = CliRunner().invoke(app, [*args, *paths])
    assert result.exit_code == 2, result.output
    day = args[args.index("--issued") + 1] if "--issued" in args else args[-1]
    assert f"'{day}' nằm ngoài khoảng ngày hợp lý (01/01/1945 – 31/12/2200)" in result.stderr


def test_the_last_day_of_the_range_still_works_everywhere(tmp_path: Path) -> None:
    folder = plans(tmp_path, PLAN.replace('"Trước ngày 23/6/2022"', '"Trước ngày 15/12 hằng năm"'))
    for args in (["status"], ["timeline"], ["export-ics"], ["timeline", "-f", "mermaid"]):
        result = CliRunner().invoke(app, [*args, str(folder), "--as-of", "31/12/2200"])
        assert result.exit_code == 0, result.output


def test_a_phrase_beyond_the_range_is_unreadable_not_a_crash(tmp_path: Path) -> None:
    folder = plans(tmp_path, PLAN.replace('"Trước ngày 23/6/2022"', '"Năm 2200"'))
    assert errors_of(folder) == []
    result = CliRunner().invoke(app, ["timeline", str(folder), "-f", "mermaid"])
    assert result.exit_code == 0
    assert "2200-01-01, 2201-01-01" in result.stdout  # the window's exclusive end


@pytest.mark.parametrize("digits", ["٠١/٠٧/٢٠٢٢", "０１/０７/２０２２", "01/07/２０２２"])
def test_only_ascii_digits_make_a_day(tmp_path: Path, digits: str) -> None:
    result = CliRunner().invoke(app, ["status", str(plans(tmp_path)), "--as-of", digits])
    assert result.exit_code == 2
    assert "không phải ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd" in result.stderr


# --- 11. numeric options and the previous feed -------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["export-ics", "--alarm", "1000000000"],
        ["export-ics", "--alarm", "99999999999999999999"],
        ["export-ics", "--todo", "--alarm", "3000000"],
        ["status", "--soon", "99999999999999999999"],
    ],
)
def test_numeric_options_are_bounded(tmp_path: Path, args: list[str]) -> None:
    result = CliRunner().invoke(app, [*args, str(plans(tmp_path))])
    assert result.exit_code == 2, result.output
    limit = "3660" if "--soon" in args else "366"
    assert re.search(rf"(cần ≤|less than or equal to) {limit}\b", result.output), result.output


def test_the_longest_alarm_allowed_is_written(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export-ics", str(plans(tmp_path)), "--alarm", "366"])
    assert result.exit_code == 0, result.output
    unfolded = result.stdout.replace("\r\n ", "")
    assert "DESCRIPTION:Còn 366 ngày đến hạn" in unfolded
    assert "TRIGGER:-P365DT15H" in unfolded  # 09:00, 366 days before the day


def _previous_feed(tmp_path: Path, folder: Path, old: str, new: str) -> Path:
    first = CliRunner().invoke(app, ["export-ics", str(folder)])
    assert first.exit_code == 0
    feed = tmp_path / "old.ics"
    text = first.stdout
    assert old in text
    feed.write_text(text.replace(old, new), encoding="utf-8")
    return feed


@pytest.mark.parametrize(
    ("old", "new", "why"),
    [
        ("SEQUENCE:0", "SEQUENCE:2147483647", "SEQUENCE của kh-thu.1.m1@kehoach không hợp lệ"),
        ("SEQUENCE:0", "SEQUENCE:-5", "SEQUENCE của kh-thu.1.m1@kehoach không hợp lệ"),
        ("SEQUENCE:0", "SEQUENCE:" + "9" * 5000, "SEQUENCE"),
        (
            "LAST-MODIFIED:",
            "LAST-MODIFIED:99991231T235959Z\r\nX-OLD:",
            "LAST-MODIFIED của kh-thu.1.m1@kehoach (31/12/9999) nằm ngoài khoảng hợp lý",
        ),
    ],
    ids=["sequence-max", "sequence-negative", "sequence-5000-digits", "modified-9999"],
)
def test_a_hostile_previous_feed_is_refused_with_its_reason(
    tmp_path: Path, old: str, new: str, why: str
) -> None:
    folder = plans(tmp_path)
    feed = _previous_feed(tmp_path, folder, old, new)
    (folder / "kh.yaml").write_text(PLAN.replace("Báo cáo", "Báo cáo quý"), encoding="utf-8")
    result = CliRunner().invoke(app, ["export-ics", str(folder), "--previous", str(feed)])
    assert result.exit_code == 2, result.output
    assert f"{feed}: không đọc được lịch đã xuất trước đó" in result.stderr
    assert why in result.stderr


def test_a_device_as_previous_feed_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["export-ics", str(plans(tmp_path)), "--previous", "/dev/zero"]
    )
    assert result.exit_code == 2
    assert "/dev/zero: không phải một tệp thường" in result.stderr


# --- 21. YAML syntax said in Vietnamese, on the right line ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a: 1\nb: `x`\n",
            (
                2,
                4,
                "yaml",
                "giá trị không được bắt đầu bằng dấu huyền ` (YAML dành riêng): "
                "hãy đặt trong ngoặc kép",
            ),
        ),
        (
            "a: 1\nb: @x\n",
            (
                2,
                4,
                "yaml",
                "giá trị không được bắt đầu bằng ký tự @ (YAML dành riêng): "
                "hãy đặt trong ngoặc kép",
            ),
        ),
        (
            "a: 1\nb: %x\n",
            (
                2,
                4,
                "yaml",
                "giá trị không được bắt đầu bằng ký tự % (YAML dành riêng): "
                "hãy đặt trong ngoặc kép",
            ),
        ),
        ("a:\n\tb: 1\n", (2, 1, "tab", "YAML không cho thụt lề bằng tab; hãy dùng dấu cách")),
        ("a:\n  b: 1\n\t\n", (3, 1, "tab", "YAML không cho thụt lề bằng tab; hãy dùng dấu cách")),
        (
            "a: b: c\n",
            (
                1,
                5,
                "yaml",
                "dấu ':' theo sau dấu cách ở giữa một giá trị: hãy đặt cả giá trị "
                "trong dấu ngoặc kép",
            ),
        ),
        (
            'a: "b\n',
            (
                1,
                4,
                "yaml",
                "dấu ngoặc kép mở ở đây không được đóng đến hết tệp: hãy thêm dấu ngoặc kép "
                "đóng ở cuối giá trị",
            ),
        ),
        ("a:\n  b: 1\n c: 2\n", (3, 2, "yaml", "thụt lề không khớp với các khóa phía trên")),
        (
            "tên: Sở\x07\n",
            (
                1,
                8,
                "control-character",
                "ký tự điều khiển U+0007 không được phép trong tệp kế hoạch: hãy xóa nó",
            ),
        ),
    ],
    ids=["backtick", "at", "percent", "tab", "tab-later", "colon", "quote", "indent", "bel"],
)
def test_syntax_messages_say_what_is_wrong_in_vietnamese(
    text: str, expected: tuple[int, int, str, str]
) -> None:
    assert findings(text.encode()) == [expected]
