"""What a new user broke in the `fresh` helper's third session (2026-11-30): each test is
what a clerk did and the answer they should have had."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import clirun
from gitrun import git
from kehoach.plan.yamlread import parse_yaml

HERE = Path(__file__).parent
BUNDLED = HERE.parent / "plans"


def kehoach(*args: str | Path, cwd: Path = HERE) -> subprocess.CompletedProcess[str]:
    """The installed command, as a clerk runs it."""
    return clirun.kehoach(*args, cwd=cwd, env=clirun.CLERK)


# --- YAML syntax errors libyaml says in English -------------------------------------------


@pytest.mark.parametrize(
    ("text", "where", "said"),
    [
        ("schema: 1\ntasks: [\n", (3, 1), "thiếu giá trị ở đây"),
        ('schema: 1\ntasks:\n  - id: "1"\n    title: ]\n', (4, 12), "thiếu giá trị ở đây"),
        ("schema: 1\nlead: - Sở Nội vụ\n", (2, 7), "mục '-' không được đứng sau một khóa"),
        ("schema: 1\nnotes: |x\n  a\n", (2, 9), "chữ thừa sau dấu | hoặc >"),
        ("schema: 1\nnotes: |0\n  a\n", (2, 9), "phải từ 1 đến 9"),
        ('schema: 1\ntitle: "a\n---\nb"\n', (3, 1), "nằm giữa một chuỗi ngoặc kép"),
        ("schema: 1\n...\nid: x\n", (3, 1), "còn nội dung sau dòng '...'"),
        ('schema: 1\ntitle: "\\xZZ"\n', (2, 11), "thiếu chữ số hệ 16"),
        ('schema: 1\ntitle: "\\uD800"\n', (2, 11), "không phải một ký tự Unicode"),
        ("schema: 1\ntitle: &\n", (2, 9), "cần một tên"),
        ("schema: 1\ntitle: !!str,x\n", (2, 13), "thiếu dấu cách sau thẻ"),
        ("schema: 1\ntitle: !<%zz> a\n", (2, 10), "thẻ YAML (!…) không được phép"),
    ],
)
def test_every_yaml_syntax_error_is_said_in_vietnamese(
    text: str, where: tuple[int, int], said: str
) -> None:
    """`validate` printed "lỗi cú pháp YAML (libyaml: did not find expected node content)"
    for a bracket left open: the only English a clerk met in a finding."""
    located, findings = parse_yaml(text.encode("utf-8"), "plans/kh.yaml")
    assert located is None
    [finding] = findings
    assert (finding.line, finding.col) == where
    assert said in finding.message
    assert "libyaml" not in finding.message and "expected" not in finding.message


# --- export-ics: a link that is no URI ---------------------------------------------------


def test_a_plan_url_with_quotes_or_angle_brackets_is_refused(tmp_path: Path) -> None:
    """`--plan-url 'https://x/"><script>/'` went into every event's URL property as it
    was: no URI (RFC 3986), and a '"' ends the link a calendar's web page makes of it."""
    feed = tmp_path / "lich.ics"
    done = kehoach("export-ics", BUNDLED, "-o", feed, "--plan-url", 'https://x/"><script>/')
    assert done.returncode == 2 and not feed.exists()
    assert '--plan-url: ký tự " < > không được có trong địa chỉ' in done.stderr
    encoded = kehoach("export-ics", BUNDLED, "-o", feed, "--plan-url", "https://x/a%20b/")
    assert encoded.returncode == 0, encoded.stderr
    assert "\nURL:https://x/a%20b/" in feed.read_text(encoding="utf-8")


# --- new / import -o: a name the folder search skips ----------------------------------------


@pytest.mark.parametrize(
    ("name", "example"),
    [
        ("kh-45-2026", "kh-45-2026.yaml"),
        ("KH-45.YAML", "KH-45.yaml"),
        ("kh-45.txt", "kh-45.yaml"),  # fresh37: was "kh-45.txt.yaml"
        ("kh-45.2026", "kh-45.2026.yaml"),  # a number after the dot is no file type
    ],
)
def test_new_refuses_a_plan_name_that_validate_and_status_would_skip(
    tmp_path: Path, name: str, example: str | None
) -> None:
    """`kehoach new plans/kh-45-2026` wrote a plan without .yaml: `validate plans` and
    `status` then read the folder without it, and said nothing."""
    folder = tmp_path / "plans"
    folder.mkdir()
    done = kehoach("new", f"plans/{name}", cwd=tmp_path)
    assert done.returncode == 2 and not (folder / name).exists()
    assert f"plans/{name}: tệp kế hoạch cần đuôi .yaml" in done.stderr
    if example:
        assert done.stderr.rstrip().endswith(f"ví dụ plans/{example}")


def test_import_refuses_to_write_a_plan_as_the_registry(tmp_path: Path) -> None:
    table = tmp_path / "bang.tsv"
    table.write_text("STT\tNội dung\tThời hạn\n1\tRà soát\tTháng 6/2022\n", encoding="utf-8")
    out = tmp_path / "agencies.yaml"
    done = kehoach("import", table, "-o", out, "--title", "T", "--issuer", "X", cwd=tmp_path)
    assert done.returncode == 2 and not out.exists()
    assert "tên này dành cho danh mục cơ quan" in done.stderr


# --- diff: a second file with the same plan id ---------------------------------------------


def test_diff_names_a_copy_of_a_plan_under_another_name(tmp_path: Path) -> None:
    """A commit adding plans/kh-348-ban-sao.yaml, a copy of KH 348 with task 1 moved:
    `diff` said "không có thay đổi nào về kế hoạch" (or showed the copy's edit as the plan's,
    whichever file came last), exit 0, while `validate` refuses the repository."""
    root = tmp_path / "kho"
    shutil.copytree(BUNDLED, root / "plans", ignore=shutil.ignore_patterns("sources"))
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Chép kế hoạch")
    text = (root / "plans" / "kh-348-2022.yaml").read_text(encoding="utf-8")
    copy = text.replace('"Trước ngày 23/6/2022"', '"Trước ngày 30/6/2022"', 1)
    (root / "plans" / "kh-348-ban-sao.yaml").write_text(copy, encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Thêm bản sao")

    done = kehoach("diff", "HEAD~1", "HEAD", cwd=root)
    assert done.returncode == 1
    assert (
        "HEAD:plans/kh-348-ban-sao.yaml:9:1: error: mã kế hoạch 'kh-348-2022' đã dùng ở "
        "HEAD:plans/kh-348-2022.yaml [duplicate-plan-id]"
    ) in done.stdout
    assert "30/6/2022" not in done.stdout  # the copy is not read as the plan


# --- usage errors: click's own path check --------------------------------------------------


def test_a_previous_feed_that_does_not_exist_is_said_in_vietnamese(tmp_path: Path) -> None:
    """`export-ics --previous lich-cu.ics` (a typo in the name) ended in click's English:
    "Giá trị không hợp lệ cho '--previous': path 'lich-cu.ics' does not exist."."""
    done = kehoach("export-ics", BUNDLED, "--previous", "lich-cu.ics", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == (
        "Lỗi: Giá trị không hợp lệ cho '--previous': không có 'lich-cu.ics'."
    )


def test_an_edit_where_no_plan_reads_does_not_list_an_empty_set_of_plans(tmp_path: Path) -> None:
    """`done 348/1` where the only plan file is broken said "các kế hoạch: ; không đọc
    được …": an empty list where the clerk looks for the plan's name."""
    folder = tmp_path / "plans"
    shutil.copytree(BUNDLED, folder, ignore=shutil.ignore_patterns("sources", "kh-*"))
    (folder / "kh-348-2022.yaml").write_text("schema: 1\ntasks: [\n", encoding="utf-8")
    done = kehoach("done", "348/1", "--on", "01/07/2022", cwd=tmp_path)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith("kehoach: không có kế hoạch '348'; không đọc được plans/kh-348-2022")
    assert "các kế hoạch" not in line


# --- closing lines that quote a path with a line break ---------------------------------------


def test_closing_lines_stay_one_line_when_a_path_holds_a_line_break(tmp_path: Path) -> None:
    """`export-ics -o`, `timeline -o`, `new` and `import -o` said "đã ghi t" and, on a
    line of its own, "x.svg": the second half reads as a line of kehoach's own."""
    (tmp_path / "plans").mkdir()
    feed = kehoach("export-ics", BUNDLED, "-o", "lich\nmoi.ics", cwd=tmp_path)
    assert feed.returncode == 0, feed.stderr
    assert feed.stderr.startswith(
        "kehoach: đã xuất 25 mốc thời hạn vào lich␤moi.ics;"
    )  # one line, the break marked (fresh7)
    chart = kehoach("timeline", BUNDLED, "-f", "svg", "-o", "t\nx.svg", cwd=tmp_path)
    assert chart.stderr == "đã ghi t␤x.svg\n"
    new = kehoach("new", "plans/k\nx.yaml", cwd=tmp_path)
    assert new.returncode == 0 and len(new.stderr.splitlines()) == 1
    assert new.stderr.startswith("đã tạo plans/k␤x.yaml: ")
    for result in (feed, chart):
        assert (tmp_path / ("lich\nmoi.ics" if result is feed else "t\nx.svg")).is_file()


# --- agency-expired: the registry's last day is a day the body still existed -------------------


def test_an_expired_agency_is_said_to_last_to_the_end_of_its_last_day(tmp_path: Path) -> None:
    """`assign 22/III.1.2.a --lead "Sở Kế hoạch và Đầu tư"` warned "Sở Kế hoạch và Đầu tư
    không còn từ 28/02/2025": the registry's valid_until is its last day (merged into Sở Tài
    chính from 01/3/2025), so the warning named a day it still existed."""
    folder = tmp_path / "plans"
    shutil.copytree(BUNDLED, folder, ignore=shutil.ignore_patterns("sources"))
    plan = folder / "kh-22-2026.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("      - Sở Nội vụ\n", "      - Sở Kế hoạch và Đầu tư\n", 1))
    done = kehoach("validate", "plans", cwd=tmp_path)
    [line] = [line for line in done.stdout.splitlines() if "[agency-expired]" in line]
    assert "Sở Kế hoạch và Đầu tư chỉ còn đến hết ngày 28/02/2025" in line
    assert "cơ quan kế thừa: Sở Tài chính" in line and "từ 28/02/2025" not in line


# --- kehoach.toml that does not read -----------------------------------------------------------


def test_a_settings_file_with_a_syntax_error_is_said_in_vietnamese(tmp_path: Path) -> None:
    """A kehoach.toml with a quote left open: "không đọc được cấu hình: Illegal character
    '\\n' (at line 1, column 11)", tomllib's English."""
    (tmp_path / "kehoach.toml").write_text('plans = "plans\n', encoding="utf-8")
    done = kehoach("status", cwd=tmp_path)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.endswith(
        "kehoach.toml: không đọc được cấu hình: sai cú pháp TOML ở dòng 1, cột 15 (chuỗi chưa "
        "đóng ngoặc kép, thiếu dấu '=', khóa trùng…)"
    )
    assert "Illegal" not in line


# --- export-ics --previous: a property written twice ----------------------------------------


@pytest.mark.parametrize("key", ["LAST-MODIFIED", "SEQUENCE"])
def test_a_previous_feed_with_a_property_written_twice_is_refused(tmp_path: Path, key: str) -> None:
    """A published feed edited by hand (or by another tool) with a second LAST-MODIFIED in
    one event: `export-ics --previous` crashed, exit 3 ("'list' object has no attribute
    'dt'"), as icalendar gives a repeated property as a list."""
    old = tmp_path / "lich-cu.ics"
    assert kehoach("export-ics", BUNDLED, "-o", old, cwd=tmp_path).returncode == 0
    text = old.read_text(encoding="utf-8")
    extra = {"LAST-MODIFIED": "LAST-MODIFIED:20260101T000000Z", "SEQUENCE": "SEQUENCE:1"}[key]
    old.write_text(text.replace("SEQUENCE:0\n", f"SEQUENCE:0\n{extra}\n", 1), encoding="utf-8")
    done = kehoach("export-ics", BUNDLED, "-o", tmp_path / "moi.ics", "--previous", old)
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.splitlines()
    assert "không đọc được lịch đã xuất trước đó" in line
    assert f"{key} của " in line and "ghi nhiều lần" in line


def test_a_previous_feed_with_a_broken_value_is_said_in_vietnamese(tmp_path: Path) -> None:
    """LAST-MODIFIED:garbage in a published copy: "Cannot access 'dt' on broken property
    'LAST-MODIFIED' (expected 'vDDDTypes'): Expected time, got: garbage", icalendar's English."""
    old = tmp_path / "lich-cu.ics"
    assert kehoach("export-ics", BUNDLED, "-o", old, cwd=tmp_path).returncode == 0
    text = old.read_text(encoding="utf-8")
    broken = text.replace("SEQUENCE:0\n", "SEQUENCE:0\nRECURRENCE-ID:xyz\n", 1)
    old.write_text(broken, encoding="utf-8")
    done = kehoach("export-ics", BUNDLED, "-o", tmp_path / "moi.ics", "--previous", old)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert "thuộc tính RECURRENCE-ID có giá trị không đọc được (sai cú pháp iCalendar)" in line
    assert "Cannot" not in line and "xóa tệp này để xuất lại" in line
