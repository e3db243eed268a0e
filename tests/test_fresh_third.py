"""What a new user broke in the `fresh` helper's third session (2026-11-30): each test is
what a clerk did and the answer they should have had."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kehoach.plan.yamlread import parse_yaml

HERE = Path(__file__).parent
BUNDLED = HERE.parent / "plans"
KEHOACH = shutil.which("kehoach", path=str(Path(sys.executable).parent)) or "kehoach"


def kehoach(*args: str | Path, cwd: Path = HERE) -> subprocess.CompletedProcess[str]:
    """The installed command, as a clerk runs it."""
    environ = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "KEHOACH_NO_CACHE": "1"}
    command = [KEHOACH, *map(str, args)]
    return subprocess.run(
        command, cwd=cwd, env=environ, capture_output=True, text=True, check=False
    )


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
