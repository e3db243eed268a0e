"""Injection (issue 10, items 12 and 16): control characters in plans are errors with
their position, and no renderer sends one to a terminal or lets data become markup."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kehoach.base.text import one_line, printable
from kehoach.cli import app
from kehoach.plan.agencies import Directory
from kehoach.plan.loader import PlanFile, load_bytes, load_repository
from kehoach.plan.model import Plan, Registry
from kehoach.plan.rules import check_repository
from kehoach.plan.settings import Settings
from kehoach.plan.yamlread import Located, parse_yaml
from kehoach.render import status as status_render
from kehoach.render.console import shown
from kehoach.reports.status import build_report
from test_review import REF_1, fresh_repo

HERE = Path(__file__).parent
VALID = HERE / "plans" / "valid"
ATTACKS = ["\x1b]0;owned\x07", "\x1b[2J", "\x9b31m", "\x07", "\x00", "\x7f", "\r"]
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # what must never reach an output


def _plan_text(title: str) -> str:
    text = (VALID / "minimal.yaml").read_text(encoding="utf-8")
    return text.replace("title: Báo cáo", f"title: {json.dumps(title, ensure_ascii=False)}")


# --- validate: an error with the position, in every text field --------------------------


def test_control_characters_are_errors_at_each_field(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(VALID / "agencies.yaml", folder)
    text = (VALID / "minimal.yaml").read_text(encoding="utf-8")
    text = text.replace("title: Kế hoạch thử", 'title: "Kế hoạch\\e]0;x\\a thử"')
    text = text.replace("lead: [Sở Tài chính]", 'lead: ["Sở Tài\\x9bchính"]')
    text = text.replace("issuer: UBND tỉnh", 'issuer: "UBND\\0 tỉnh"')
    (folder / "kh.yaml").write_text(text, encoding="utf-8")
    found = check_repository(load_repository([folder], Settings(), tmp_path), Settings())
    assert [(f.line, f.col, f.code, f.message) for f in found] == [
        (4, 8, "control-character", "ký tự điều khiển U+0007 ở ký tự thứ 14 của giá trị: hãy xóa nó"),
        (4, 8, "control-character", "ký tự điều khiển U+001B ở ký tự thứ 9 của giá trị: hãy xóa nó"),
        (5, 9, "control-character", "ký tự điều khiển U+0000 ở ký tự thứ 5 của giá trị: hãy xóa nó"),
        (11, 12, "control-character", "ký tự điều khiển U+009B ở ký tự thứ 7 của giá trị: hãy xóa nó"),
    ]  # fmt: skip


def test_tab_and_line_feed_stay_allowed_in_text() -> None:
    plan = _plan_text("Báo\tcáo\nhai dòng")
    _located, model, found = load_bytes(plan.encode(), "kh.yaml", Plan)
    assert found == [] and isinstance(model, Plan)
    assert model.tasks[0].title == "Báo\tcáo\nhai dòng"


# --- renderers: whatever the input, nothing raw ------------------------------------------


def test_printable_shows_every_control_character() -> None:
    assert printable("a\x1b[2Jb\x07\x00\x7f\x9b\tc\nd") == "a␛[2Jb␇␀\\u007f\\u009b\tc\nd"
    assert one_line("lý do\nkehoach: error: giả\r\u2028x") == "lý do kehoach: error: giả x"
    assert all(not RAW.search(printable(chr(c))) for c in range(0x100))


def test_terminal_text_keeps_only_the_colours_renderers_write() -> None:
    painted = "\x1b[31mquá hạn\x1b[0m"
    assert shown(painted, colour=True) == painted
    assert shown(painted, colour=False) == "␛[31mquá hạn␛[0m"
    assert shown("\x1b]0;x\x07\x1b[2J", colour=True) == "␛]0;x␇␛[2J"


def _hostile_report(title: str) -> tuple[object, Directory]:
    """A report built from models holding `title` and an agency name with controls: what
    a renderer would get if anything upstream let them through."""
    raw = (VALID / "minimal.yaml").read_text(encoding="utf-8")
    located = parse_yaml(raw.encode(), "kh.yaml")[0]
    assert isinstance(located, Located)
    data = {**located.data, "title": title}
    data["tasks"] = [{**located.data["tasks"][0], "title": title, "lead": [title]}]
    plan = Plan.model_validate(data)
    registry = Registry.model_validate(
        {"schema": 1, "agencies": [{"id": "x", "name": "Sở Tài chính"}]}
    )
    directory = Directory(registry)
    pf = PlanFile(Path("kh.yaml"), "kh.yaml", plan, located)
    report = build_report([pf], Settings(), directory, date(2022, 7, 1))
    return report, directory


@pytest.mark.parametrize("attack", ATTACKS, ids=repr)
@pytest.mark.parametrize("kind", ["text", "markdown", "csv", "json"])
def test_status_renderers_never_write_a_control_character(attack: str, kind: str) -> None:
    report, _ = _hostile_report(f"Sở {attack}\nZ: giả")  # short: no cell wraps it
    options = status_render.RenderOptions("vi", 100, False, True, 50, [])
    out = status_render.FORMATS[kind](report, options)  # type: ignore[arg-type]
    if kind == "json":
        assert json.loads(out)["items"][0]["title"] == f"Sở {attack}\nZ: giả"
        out = out.replace("\\u00", "")  # escaped in the JSON text: not raw
    assert not RAW.search(shown(out, colour=False))
    if kind in ("text", "markdown"):
        assert not any(line.startswith("Z: giả") for line in out.splitlines())


def test_cli_output_shows_controls_from_options_and_file_names(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(VALID / "agencies.yaml", folder)
    shutil.copy(VALID / "minimal.yaml", folder / "kh\x1b[2J.yaml")
    text = (VALID / "minimal.yaml").read_text(encoding="utf-8")
    text = text.replace("title: Báo cáo", 'title: "Báo\\e cáo"')
    (folder / "kh\x1b[2J.yaml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(folder)])
    assert result.exit_code == 1
    assert "kh␛[2J.yaml:" in result.stdout and not RAW.search(result.stdout)
    result = CliRunner().invoke(app, ["status", str(folder), "--agency", "\x1b]0;x\x07STC"])
    assert result.exit_code == 2
    assert "đối số '␛]0;x␇STC' chứa ký tự điều khiển U+001B" in result.stderr
    assert not RAW.search(result.stderr)
    result = CliRunner().invoke(app, ["status", str(folder), "--format", "\x9bx"])
    assert result.exit_code == 2 and not RAW.search(result.output)


def test_a_reason_with_line_breaks_cannot_fake_output_lines(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    reason = "Chờ số liệu\nkehoach: đã xuất 0 mốc\x1b[2J"
    result = repo.kehoach(
        "reschedule", "15/KH-UBND/3", "Trước ngày 15/7/2022", "--reason", reason,
        "--ref", REF_1, "--on", "2022-06-20",
    )  # fmt: skip
    # an argument with an escape sequence is refused before anything reads it
    assert result.returncode == 2, result.stderr
    assert "chứa ký tự điều khiển U+001B: hãy bỏ nó" in result.stderr
    assert not RAW.search(result.stderr + result.stdout)
    assert "history" not in repo.read()
    result = repo.kehoach(
        "reschedule", "15/KH-UBND/3", "Trước ngày 15/7/2022", "--reason", reason[:-4],
        "--ref", REF_1, "--on", "2022-06-20",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    repo.commit("Gia hạn", "Nguyễn Văn An", "2022-06-20")
    lines = result.stderr.splitlines()
    assert "    lý do: Chờ số liệu kehoach: đã xuất 0 mốc; quyết định: " + REF_1 in lines
    assert not any(line.startswith("kehoach:") for line in lines)
    log = repo.ok("log", "15/KH-UBND/3")
    assert "lý do: Chờ số liệu kehoach: đã xuất 0 mốc" in log
    assert not any(line.startswith("kehoach:") for line in log.splitlines())


# --- Markdown: data never becomes HTML or markup ------------------------------------------

HTML = [
    '<img src=x onerror="alert(1)">',
    "<script>alert(1)</script>",
    "<!-- x",
    "[a](javascript:x)",
]


@pytest.mark.parametrize("attack", HTML)
def test_status_markdown_escapes_html_and_markup_in_cells(attack: str) -> None:
    report, _ = _hostile_report(f"Báo cáo {attack} | cột giả")
    options = status_render.RenderOptions("vi", 100, False, True, 50, [])
    out = status_render.as_markdown(report, options)  # type: ignore[arg-type]
    assert not re.search(r"(?<!\\)<(?!br>)", out)  # every other < is escaped
    assert not re.search(r"(?<!\\)\]\(", out)
    assert "cột giả" in out and "\\| cột giả" in out


def test_markdown_keeps_its_own_markup_and_readable_text() -> None:
    assert status_render.md_text("Sở KH&ĐT <b>") == "Sở KH&ĐT \\<b\\>"
    assert status_render.md_text("&lt;script&gt;") == "&amp;lt;script&amp;gt;"
    assert status_render.md_code("a``b") == "```a``b```"


def test_diff_markdown_escapes_html_from_a_plan(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    repo.replace(
        "title: Báo cáo kết quả thực hiện kế hoạch",
        "title: Báo cáo <img src=x onerror=alert(1)> <!--",
    )
    out = repo.ok("diff", "--format", "markdown")
    assert "\\<img src=x onerror=alert(1)\\> \\<\\!--" in out
    assert not re.search(r"(?<!\\)<", out)
