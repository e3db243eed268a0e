"""Injection and clobbering in what is published (issue 10, items 13–17 and 19): the
calendar feed, split feed names, Mermaid, index.html links, --skip-invalid, NFD names."""

from __future__ import annotations

import html
import json
import re
import shutil
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import strict_calendar
from kehoach.cli import app
from kehoach.feeds import ics
from kehoach.plan.agencies import Directory
from kehoach.plan.loader import PlanFile
from kehoach.plan.model import Plan, Registry
from kehoach.plan.settings import Settings
from kehoach.plan.yamlread import parse_yaml
from kehoach.render.timeline_mermaid import as_mermaid
from kehoach.reports.selection import Selection
from kehoach.reports.timeline import build_chart

HERE = Path(__file__).parent
VALID = HERE / "plans" / "valid"
MINIMAL = (VALID / "minimal.yaml").read_text(encoding="utf-8")
RAW = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]|\xc2[\x80-\x9f]")  # CRLF ends lines, nothing else
STAMP = datetime(2022, 6, 1, tzinfo=UTC)


def plan_file(**changes: object) -> PlanFile:
    """A plan built past the loader (which refuses control characters), as a renderer
    could meet it: `changes` replace keys of the first task or, with `plan_`, of the plan."""
    located = parse_yaml(MINIMAL.encode(), "kh.yaml")[0]
    assert located is not None
    data = dict(located.data)
    task = dict(data["tasks"][0])
    for key, value in changes.items():
        if key.startswith("plan_"):
            data[key.removeprefix("plan_")] = value
        else:
            task[key] = value
    data["tasks"] = [task]
    return PlanFile(Path("kh.yaml"), "kh.yaml", Plan.model_validate(data), located)


def directory(*names: str) -> Directory:
    agencies = [{"id": f"a{i}", "name": name} for i, name in enumerate(names)]
    return Directory(Registry.model_validate({"schema": 1, "agencies": agencies}))


def folder_with(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(VALID / "agencies.yaml", folder)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


# --- 13. every TEXT property escaped, no control character in a feed -------------------


def test_a_feed_never_carries_a_control_character_and_the_strict_parser_reads_it() -> None:
    pf = plan_file(
        title="Báo cáo \x07chuông, \x1b[2J; xong\nhai dòng", plan_title="Kế hoạch\x9b thử"
    )
    names = directory("Sở Tài chính", "Văn phòng UBND tỉnh")
    result = ics.export(
        [pf], Settings(), names, date(2022, 6, 10), selection=Selection(),
        title="Các sở, ban; ngành \x07", stamp=STAMP,
    )  # fmt: skip
    data = result.feeds[0].data
    assert not RAW.search(data.replace(b"\r\n", b""))
    calendar = strict_calendar(data)  # the `ical` parser refuses a feed with a BEL
    (event,) = calendar.events
    assert event.summary == "[1/KH-UBND] 1. Báo cáo ␇chuông, ␛[2J; xong hai dòng"
    unfolded = data.decode().replace("\r\n ", "")
    assert "\r\nNAME:Các sở\\, ban\\; ngành ␇\r\n" in unfolded
    assert "\r\nX-WR-CALNAME:Các sở\\, ban\\; ngành ␇\r\n" in unfolded


# --- 14. split feed names that collide are refused before anything is written ---------


@pytest.mark.parametrize(
    ("ids", "clash"),
    [
        (["kh-1", "kh--1", "kh-1-"], "kh-1.ics: 'kh-1', 'kh--1', 'kh-1-'"),
        (["all", "kh-2"], "all.ics: 'all'"),
        (["index", "kh-2"], "index.ics: 'index'"),
    ],
    ids=["same-stem", "all", "index"],
)
def test_split_names_that_collide_are_refused_and_nothing_is_written(
    tmp_path: Path, ids: list[str], clash: str
) -> None:
    files = {f"{i}.yaml": MINIMAL.replace("id: kh-thu", f"id: {pid}") for i, pid in enumerate(ids)}
    folder = folder_with(tmp_path, files)
    out = tmp_path / "feeds"
    args = ["export-ics", str(folder), "--out-dir", str(out), "--split", "plan"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert clash in result.stderr
    assert not out.exists()


def test_agency_ids_that_collide_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ics.SplitError, match=r"so-tai-chinh\.ics: 'so-tai-chinh', 'so--tai-chinh'"):
        ics.check_stems([("so-tai-chinh", "so-tai-chinh"), ("so-tai-chinh", "so--tai-chinh")])
    ics.check_stems([("so-tai-chinh", "so-tai-chinh"), ("so-noi-vu", "so-noi-vu")])


# --- 15. Mermaid: no task line Mermaid can read as a statement, no directive ------------

KEYWORDS = ["click", "title", "section", "excludes", "todayMarker", "gantt", "dateFormat"]
DIRECTIVE = '%%{init: {"theme": "forest", "gantt": {"barHeight": 90}}}%% Báo cáo'


def _chart_of(ids: list[str], title: str) -> str:
    located = parse_yaml(MINIMAL.encode(), "kh.yaml")[0]
    assert located is not None
    task = located.data["tasks"][0]
    tasks = [{**task, "id": tid, "title": title, "deadline": "Tháng 6/2022"} for tid in ids]
    plan = Plan.model_validate({**located.data, "title": title, "tasks": tasks})
    pf = PlanFile(Path("kh.yaml"), "kh.yaml", plan, located)
    chart = build_chart([pf], Settings(), directory("Sở Tài chính"), date(2022, 6, 10))
    return as_mermaid(chart)


def test_mermaid_task_lines_start_with_a_word_of_ours_or_a_number() -> None:
    out = _chart_of([*KEYWORDS, "1", "III.1.b"], DIRECTIVE)
    data = re.compile(r":(?:\w+, )*\d{4}-\d\d-\d\d, ")  # a task's data after its name
    tasks = [line.strip() for line in out.splitlines() if data.search(line)]
    assert [t.split(" ", 2)[:2] for t in tasks] == [
        *(["NV", k] for k in KEYWORDS),
        ["1", "#37;#37;{init#58;"],  # Mermaid's entity codes: drawn "%%{init:" (review26)
        ["NV", "III.1.b"],
    ]
    assert "%%" not in out.replace("    %%", "")  # only our own comment lines
    assert "%%{" not in out


def test_pinned_mermaid_reads_every_task_and_no_directive(tmp_path: Path) -> None:
    """Mermaid itself parses the block: one task per task line, named as written, and the
    configuration of the directive in the title is not applied."""
    from browser import mermaid_dom

    block = "\n".join(_chart_of([*KEYWORDS, "1"], DIRECTIVE).splitlines()[1:-1])
    dom = mermaid_dom(
        block,
        "const text = document.getElementById('source').textContent;"
        "mermaid.mermaidAPI.getDiagramFromText(text).then(d => {"
        "  const names = d.db.getTasks().map(t => t.task);"
        "  document.body.dataset.tasks = JSON.stringify(names);"
        "  document.body.dataset.bar = String(mermaid.mermaidAPI.getConfig().gantt.barHeight);"
        "  return mermaid.render('chart', text);"
        "}).then(r => { out.innerHTML = r.svg; document.body.dataset.result = 'drawn'; })"
        ".catch(e => { document.body.dataset.result = 'error: ' + e; });",
        tmp_path,
    )
    found = re.search(r'data-tasks="([^"]*)"', dom)
    assert found is not None
    names = json.loads(found.group(1).replace("&quot;", '"'))
    assert [name.split(" ", 1)[0] for name in names] == [*(["NV"] * len(KEYWORDS)), "1"]
    assert [name.split(" ", 2)[1] for name in names[:-1]] == KEYWORDS
    assert 'data-bar="90"' not in dom
    drawn = dom.split('<div id="out">', 1)[1]  # the directive drawn as the title says it
    assert '1 %%{init: {"theme": "forest", "gantt"' in html.unescape(drawn)


# --- 16. index.html links only to web addresses -----------------------------------------


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "feeds/", "https://"]
)
def test_base_url_other_than_a_web_address_is_refused(tmp_path: Path, url: str) -> None:
    folder = folder_with(tmp_path, {"kh.yaml": MINIMAL})
    out = tmp_path / "feeds"
    args = ["export-ics", str(folder), "--out-dir", str(out), "--base-url", url]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert "--base-url: cần một địa chỉ http://, https://, webcal://…" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("url", ["https://lich.example.vn/feeds", "webcal://lich.example.vn/"])
def test_web_base_urls_still_link(tmp_path: Path, url: str) -> None:
    folder = folder_with(tmp_path, {"kh.yaml": MINIMAL})
    out = tmp_path / "feeds"
    args = ["export-ics", str(folder), "--out-dir", str(out), "--base-url", url]
    assert CliRunner().invoke(app, args).exit_code == 0
    assert 'href="webcal://lich.example.vn/' in (out / "index.html").read_text(encoding="utf-8")


# --- 17. --skip-invalid skips every file of a duplicated plan id -----------------------


def test_skip_invalid_leaves_out_every_file_of_a_shared_plan_id(tmp_path: Path) -> None:
    other = MINIMAL.replace("id: kh-thu", "id: kh-khac").replace("Báo cáo", "Tổng kết")
    newcomer = MINIMAL.replace("title: Báo cáo", "title: Kẻ mạo danh")
    folder = folder_with(tmp_path, {"p.yaml": MINIMAL, "a.yaml": newcomer, "q.yaml": other})
    result = CliRunner().invoke(app, ["export-ics", str(folder), "--skip-invalid"])
    assert result.exit_code == 0, result.output
    assert "Kẻ mạo danh" not in result.stdout and "kh-thu." not in result.stdout
    assert "Tổng kết" in result.stdout  # the other plan is still published
    a, p = folder / "a.yaml", folder / "p.yaml"
    assert f"bỏ qua {a} (mã kế hoạch 'kh-thu' trùng với {p})" in result.stderr
    assert f"bỏ qua {p} (mã kế hoạch 'kh-thu' trùng với {a})" in result.stderr


# --- 19. names typed in NFD come out composed ------------------------------------------


@pytest.mark.parametrize("output", ["json", "csv"])
def test_nfd_names_come_out_nfc_in_json_and_csv(tmp_path: Path, output: str) -> None:
    nfd = unicodedata.normalize("NFD", MINIMAL)
    assert "Sở Tài chính" not in nfd
    folder = folder_with(tmp_path, {"kh.yaml": nfd})
    args = ["status", str(folder), "--as-of", "01/07/2022", "--format", output]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    if output == "json":
        (item,) = json.loads(result.stdout)["items"]
        assert (item["lead"], item["title"]) == (["Sở Tài chính"], "Báo cáo")
    else:
        assert "Sở Tài chính" in result.stdout
    assert unicodedata.is_normalized("NFC", result.stdout)
