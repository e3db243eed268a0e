"""`kehoach timeline` as people see it: the terminal chart (golden files at 80, 120 and
200 columns), Mermaid, SVG and HTML, the installed command, and hostile input."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from rich.cells import cell_len

from kehoach.plan.loader import Repository, load_repository
from kehoach.plan.settings import Settings
from kehoach.render.timeline_mermaid import as_mermaid, mermaid_text
from kehoach.render.timeline_style import COLOURS, GLYPHS
from kehoach.render.timeline_svg import as_html, as_svg
from kehoach.render.timeline_text import as_text
from kehoach.reports.selection import select
from kehoach.reports.timeline import Chart, State, build_chart

TESTS = Path(__file__).parent
ROOT = TESTS.parent
GOLDEN = TESTS / "golden"
TIMELINE_PLANS = TESTS / "plans" / "timeline"
KEHOACH = shutil.which("kehoach", path=str(Path(sys.executable).parent)) or "kehoach"
AS_OF_100 = date(2024, 6, 10)
ANSI = "\x1b["
HOSTILE_TITLE = "Báo cáo: tiến độ; mục #3 <script>alert(1)</script> & “trích dẫn” %% {x}"


def kehoach(*args: str, columns: int = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": str(columns)}
    return subprocess.run(
        [KEHOACH, *args], capture_output=True, text=True, env=env, cwd=ROOT, check=False
    )


@pytest.fixture(scope="module")
def fixtures() -> Repository:
    return load_repository([TIMELINE_PLANS], Settings(), TIMELINE_PLANS)


@pytest.fixture(scope="module")
def chart_100(fixtures: Repository) -> Chart:
    selection = select(fixtures.plans, fixtures.directory, ["100"])
    return build_chart(
        fixtures.plans, Settings(), fixtures.directory, AS_OF_100, selection=selection
    )


def row_line(text: str, task_id: str) -> str:
    return next(line for line in text.splitlines() if line.split(" ", 1)[0] == task_id)


# --- The terminal chart ---------------------------------------------------------------------


@pytest.mark.parametrize("width", [80, 120, 200])
def test_kh_348_matches_the_golden_chart(width: int) -> None:
    """Golden files checked by eye once; regenerate with KEHOACH_UPDATE_GOLDEN=1."""
    result = kehoach("timeline", "plans", "--plan", "348", "--as-of", "01/08/2022", columns=width)
    assert result.returncode == 0, result.stderr
    golden = GOLDEN / f"timeline-348-{width}.txt"
    if os.environ.get("KEHOACH_UPDATE_GOLDEN"):
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [40, 59, 60, 80, 100, 120, 200, 300])
def test_every_line_fits_the_width(chart_100: Chart, width: int) -> None:
    out = as_text(chart_100, width)
    assert max(cell_len(line) for line in out.splitlines()) <= width
    assert ANSI not in out


def test_each_state_has_its_own_glyph_without_colour(chart_100: Chart) -> None:
    out = as_text(chart_100, 120)
    expected = {
        "1": State.OVERDUE,
        "2": State.DUE_SOON,
        "3": State.IN_TIME,
        "4": State.DONE_ON_TIME,
        "5": State.DONE_LATE,
    }
    for task_id, state in expected.items():
        others = set(GLYPHS.values()) - {GLYPHS[state], " ", GLYPHS[State.ONGOING]}
        line = row_line(out, task_id)
        assert GLYPHS[state] in line and not others & set(line), line
    assert len({GLYPHS[state] for state in expected.values()}) == len(expected)
    assert "·" * 10 in row_line(out, "7")  # ongoing: through the whole span
    assert "Sau 15 ngày kể từ ngày" in row_line(out, "8")  # no day: the plan's own words


def test_the_as_of_line_stands_in_one_column(chart_100: Chart) -> None:
    lines = as_text(chart_100, 120).splitlines()
    columns = {line.index("┃") for line in lines if "┃" in line and "ngày 10/06" not in line}
    assert len(columns) == 1
    assert sum("┃" in line for line in lines) >= 8


def test_colour_when_asked(chart_100: Chart) -> None:
    out = as_text(chart_100, 120, color=True)
    assert ANSI in out
    assert "\x1b[1;31m✗" in out  # overdue in bold red


def test_a_narrow_terminal_keeps_id_title_and_chart(chart_100: Chart) -> None:
    out = as_text(chart_100, 50)
    assert "Chủ trì" not in out  # the lead column goes first
    line = row_line(out, "2")
    assert line.startswith("2   Gửi báo") and GLYPHS[State.DUE_SOON] in line


def test_a_title_of_2000_characters_is_cut_on_one_line(tmp_path: Path) -> None:
    shutil.copy(TIMELINE_PLANS / "agencies.yaml", tmp_path)
    title = ("Xây dựng báo cáo tổng kết thực hiện Nghị quyết " * 50)[:2000]
    (tmp_path / "kh-long.yaml").write_text(
        "schema: 1\nid: kh-long\ntitle: Kế hoạch dài\nissuer: UBND tỉnh\nissued: 2024-06-01\n"
        "source: {document: x, complete: true}\n"
        f'tasks:\n  - id: "1"\n    title: "{title}"\n    lead: [Sở Tư pháp]\n'
        "    deadline: Trước ngày 30/6/2024\n",
        encoding="utf-8",
    )
    for width in (40, 120):
        result = kehoach("timeline", str(tmp_path), "--as-of", "10/06/2024", columns=width)
        assert result.returncode == 0 and result.stderr == ""
        lines = result.stdout.splitlines()
        assert max(map(cell_len, lines)) <= width
        assert "…" in row_line(result.stdout, "1")


def test_a_span_with_no_deadline_says_so() -> None:
    result = kehoach(
        "timeline",
        "plans",
        "--plan",
        "348",
        "--as-of",
        "01/08/2022",
        "--from",
        "01/01/2030",
        "--to",
        "31/01/2030",
    )
    assert result.returncode == 0
    assert "Không có thời hạn nào từ 01/01/2030 đến 31/01/2030." in result.stdout
    assert "20 nhiệm vụ có thời hạn ngoài khoảng này" in result.stdout


def test_a_plan_with_only_ongoing_tasks_is_drawn_through_the_span() -> None:
    result = kehoach("timeline", str(TIMELINE_PLANS), "--plan", "200", "--as-of", "10/06/2024")
    assert result.returncode == 0
    assert "từ 10/06/2024 đến 23/06/2024, chia theo ngày" in result.stdout
    assert "··········" in row_line(result.stdout, "1")
    assert "Không có thời hạn nào" in result.stdout


def test_nothing_selected_says_so() -> None:
    # Thanh tra tỉnh leads one undated task of KH 22/2026 and is one of no collective (a Sở,
    # Sở Tư pháp, has the work KH 348/2022 gave every Sở: test_status_table)
    result = kehoach("timeline", "plans", "--agency", "Thanh tra tỉnh", "--as-of", "01/08/2022")
    assert result.returncode == 0
    assert "Không có nhiệm vụ nào được chọn." in result.stdout


# --- Mermaid --------------------------------------------------------------------------------


def test_mermaid_has_a_gantt_with_the_states_as_tags(chart_100: Chart) -> None:
    out = as_mermaid(chart_100)
    lines = out.splitlines()
    assert lines[:2] == ["```mermaid", "gantt"] and lines[-1] == "```"
    assert "    dateFormat YYYY-MM-DD" in lines and "    section 100/KH-UBND" in lines
    tasks = [line for line in lines if line.startswith("    ") and ":" in line]
    tags = {line.split()[0]: line.rsplit(":", 1)[1] for line in tasks if line.split()[0].isdigit()}
    assert tags["1"] == "milestone, crit, 2024-05-31, 0d"
    assert tags["2"] == "milestone, active, 2024-06-14, 0d"
    assert tags["3"] == "milestone, 2024-07-30, 0d"
    assert tags["4"] == "milestone, done, 2024-05-20, 0d"
    assert tags["5"] == "milestone, done, crit, 2024-05-10, 0d"
    assert tags["6"] == "2024-06-01, 2024-08-01"  # the end is exclusive in Mermaid
    assert "    %% 8 Báo cáo kết quả sau khi kế hoạch được ban hành — Sau 15 ngày" in out


def test_mermaid_names_write_what_mermaid_reads_as_syntax_as_entities(chart_100: Chart) -> None:
    """Mermaid's syntax in a title is written as Mermaid's entity codes (review26: "#" was
    "số ", ":" " -", so the chart showed another title than the plan's)."""
    line = next(line for line in as_mermaid(chart_100).splitlines() if line.startswith("    11 "))
    name = line.rsplit(":", 1)[0]
    assert not set(":<>&%") & set(name)
    assert mermaid_text("a:b;c#d\n e<f>&%%") == "a#58;b#59;c#35;d e#lt;f#gt;#amp;#37;#37;"


@pytest.mark.parametrize(
    ("plan", "span", "shown"),
    [
        # The axis in Vietnamese, and a title full of Mermaid's syntax drawn whole.
        (
            "100",
            {},
            [
                "Gửi báo cáo sáu tháng",
                "T6/2024",
                "11 Báo cáo: tiến độ; mục #3 &lt;script&gt;alert(1)&lt;/script&gt; &amp; “trích",
            ],
        ),
        ("200", {}, ["Theo dõi, đôn đốc các sở, ngành"]),  # only ongoing tasks
        ("100", {"start": date(2030, 1, 1), "end": date(2030, 1, 31)}, []),  # no bar at all
    ],
)
def test_mermaid_draws_the_block_in_chromium(
    fixtures: Repository, plan: str, span: dict[str, date], shown: list[str], tmp_path: Path
) -> None:
    """Mermaid itself (the npm package GitLab and GitHub build on) reads the block."""
    from browser import mermaid_dom

    selection = select(fixtures.plans, fixtures.directory, [plan])
    chart = build_chart(
        fixtures.plans, Settings(), fixtures.directory, AS_OF_100, selection=selection, **span
    )
    block = "\n".join(as_mermaid(chart).splitlines()[1:-1])
    dom = mermaid_dom(
        block,
        'mermaid.render("chart", document.getElementById("source").textContent)'
        '.then(r => { out.innerHTML = r.svg; document.body.dataset.result = "drawn"; })'
        '.catch(e => { document.body.dataset.result = "error: " + e; });',
        tmp_path,
    )
    drawn = dom.split('<div id="out">', 1)[1]
    for text in shown:
        assert text in drawn


# --- SVG and HTML ---------------------------------------------------------------------------


def test_svg_is_well_formed_and_escapes_every_title(chart_100: Chart) -> None:
    svg = as_svg(chart_100)
    root = ET.fromstring(svg)
    nodes = list(root.iter("{http://www.w3.org/2000/svg}text"))
    texts = ["".join(node.itertext()) for node in nodes]
    assert any(HOSTILE_TITLE in text for text in texts)  # the tooltip keeps it whole
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "Gửi báo cáo sáu tháng sắp đến hạn" in [node.text for node in nodes]


def test_svg_marks_each_state_as_the_terminal_does(chart_100: Chart) -> None:
    """The same glyph per state, in the state's colour, and the as-of day under its line."""
    svg = as_svg(chart_100)
    marks = re.findall(r'class="mark" style="fill: (#[0-9a-f]{6})">(.)</text>', svg)
    expected = [State.OVERDUE, State.DUE_SOON, State.IN_TIME, State.DONE_ON_TIME, State.DONE_LATE]
    assert marks[:5] == [(COLOURS[state][1], GLYPHS[state]) for state in expected]
    assert 'class="as-of">10/06/2024</text>' in svg


def test_svg_and_html_fetch_nothing(chart_100: Chart) -> None:
    for document in (as_svg(chart_100), as_html(chart_100)):
        addresses = re.findall(r"(?:https?:)?//[^\s\"')]+", document)
        assert addresses == ["http://www.w3.org/2000/svg"]  # a namespace name, not a fetch
        assert "@import" not in document and "@font-face" not in document
        assert "href=" not in document and "<script" not in document.replace("&lt;script", "")
        assert '"Noto Sans", "DejaVu Sans"' in document


def test_html_prints_on_a4_landscape(chart_100: Chart) -> None:
    html = as_html(chart_100)
    assert html.startswith('<!DOCTYPE html>\n<html lang="vi">')
    assert "@page { size: A4 landscape;" in html
    assert '<meta charset="utf-8">' in html


def test_html_of_kh_348_renders_in_chromium(tmp_path: Path) -> None:
    """The page shows the chart (many colours, not a blank page) and its Vietnamese text."""
    from browser import dump_dom, pixels, screenshot

    page = tmp_path / "kh-348.html"
    result = kehoach(
        "timeline",
        "plans",
        "--plan",
        "348",
        "--as-of",
        "01/08/2022",
        "--format",
        "html",
        "-o",
        str(page),
    )
    assert result.returncode == 0, result.stderr
    png = screenshot(page, tmp_path / "profile", tmp_path / "kh-348.png")
    colours = pixels(png)
    assert len(set(colours)) > 100
    assert sum(colour[:3] != b"\xff\xff\xff" for colour in colours) > len(colours) // 50
    dom = dump_dom(page, tmp_path / "profile")
    for title in ["Tổng hợp báo cáo từ các ngành", "Họp Ban Chỉ đạo tỉnh lần thứ nhất"]:
        assert title in dom
    assert "Tiến độ tại ngày 01/08/2022" in dom and "Sở Kế hoạch và Đầu tư" in dom


# --- The installed command ------------------------------------------------------------------


@pytest.mark.parametrize("output", ["svg", "html", "mermaid", "text"])
def test_output_file_is_written_whole(tmp_path: Path, output: str) -> None:
    target = tmp_path / f"chart.{output}"
    target.write_text("old", encoding="utf-8")
    result = kehoach(
        "timeline",
        "plans",
        "--plan",
        "348",
        "--as-of",
        "01/08/2022",
        "-f",
        output,
        "-o",
        str(target),
    )
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr == f"đã ghi {target}\n"
    assert "Tổng hợp báo cáo" in target.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left
    assert ANSI not in target.read_text(encoding="utf-8")


def test_an_unwritable_output_is_one_line(tmp_path: Path) -> None:
    result = kehoach("timeline", "plans", "-f", "svg", "-o", str(tmp_path / "no" / "chart.svg"))
    assert result.returncode == 2
    assert result.stderr.startswith("kehoach: ") and len(result.stderr.splitlines()) == 1
    assert "chart.svg" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "31/02/2022"], "--from"),
        (["--to", "hôm qua"], "--to"),
        (["--from", "01/02/2023", "--to", "01/01/2023"], "sau ngày kết thúc"),
        (["--plan", "999"], "không có kế hoạch '999'"),
        (["--agency", "so tai chinhh"], "có phải: Sở Tài chính?"),
        (["--format", "png"], "png"),
    ],
)
def test_bad_options_are_usage_errors(args: list[str], message: str) -> None:
    result = kehoach("timeline", "plans", *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_a_broken_plan_file_is_named_and_the_rest_drawn(tmp_path: Path) -> None:
    shutil.copy(TIMELINE_PLANS / "agencies.yaml", tmp_path)
    shutil.copy(TIMELINE_PLANS / "kh-100-2024.yaml", tmp_path)
    (tmp_path / "broken.yaml").write_text("schema: 1\nid: [\n", encoding="utf-8")
    result = kehoach("timeline", str(tmp_path), "--as-of", "10/06/2024")
    assert result.returncode == 1
    assert "broken.yaml:" in result.stderr
    assert "100/KH-UBND" in result.stdout


# --- issue 17: the legend, the axis of short spans, plan headings that wrap ------------------


def test_the_legend_names_the_as_of_line_only_when_it_is_drawn() -> None:
    inside = kehoach("timeline", "plans", "--plan", "348", "--as-of", "01/08/2022", columns=80)
    assert "┃ ngày 01/08/2022" in inside.stdout
    outside = kehoach("timeline", "plans", "--plan", "348", "--as-of", "01/01/2030", columns=80)
    assert outside.returncode == 0
    assert "01/01/2030" in outside.stdout.splitlines()[0]  # the heading still says the day
    legend = outside.stdout.split("Chú thích:", 1)[1]
    assert "┃" not in legend and "ngày 01/01/2030" not in legend
    assert "┃" not in outside.stdout  # no line drawn either


def _span_header(result: subprocess.CompletedProcess[str]) -> str:
    return next(line for line in result.stdout.splitlines() if line.startswith("TT "))


def test_a_span_of_weeks_is_labelled_by_days_not_iso_week_numbers() -> None:
    result = kehoach(
        "timeline", "plans", "--plan", "348", "--as-of", "01/07/2022",
        "--from", "01/06/2022", "--to", "31/07/2022", columns=100,
    )  # fmt: skip
    assert result.returncode == 0
    assert "chia theo tuần" in result.stdout
    header = _span_header(result)
    assert "tuần" not in header
    labels = re.findall(r"\b\d\d/\d\d\b", header)
    assert labels[:3] == ["06/06", "13/06", "20/06"]  # Mondays, dd/mm
    assert all(date(2022, int(m), int(d)).weekday() == 0 for d, m in (s.split("/") for s in labels))


def test_the_last_month_keeps_its_label_at_80_columns() -> None:
    result = kehoach("timeline", "plans", "--plan", "348", "--as-of", "01/08/2022", columns=80)
    header = _span_header(result)
    assert header.split()[-2:] == ["T12", "T1"]
    assert cell_len(header) <= 80


def _group_lines(svg: str) -> list[str]:
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    return [node.text or "" for node in root.iter(f"{ns}text") if node.get("class") == "group"]


def test_an_svg_plan_heading_wraps_between_words_and_loses_none() -> None:
    result = kehoach("timeline", "plans", "--as-of", "01/08/2022", "-f", "svg")
    lines = _group_lines(result.stdout)
    heading = "kh-tk-nq20-2022 — Tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW"
    first = next(i for i, line in enumerate(lines) if line.startswith(heading))
    title = " ".join(lines[first : first + 2])
    assert title.endswith("định hướng xã hội chủ nghĩa và hội nhập quốc tế")
    assert "…" not in title
    assert len(lines) == 3  # 348 on one line, NQ 20 on two


def test_a_huge_plan_title_wraps_to_a_few_lines_and_says_it_was_cut() -> None:
    from kehoach.render.timeline_svg import HEADING_LINES, wrap

    lines = wrap("Kế hoạch " + "triển khai thực hiện nghị quyết " * 200, 60)
    assert len(lines) == HEADING_LINES and lines[-1].endswith("…")
    assert all(len(line) <= 60 for line in lines)
    assert wrap("x" * 100, 30) == ["x" * 29 + "…"]  # one word longer than a line is cut


def test_svg_plan_headings_stay_inside_the_drawing_in_chromium(tmp_path: Path) -> None:
    """Chromium measures each heading line with the real font: none passes the band."""
    from browser import dump_dom
    from kehoach.render.timeline_svg import MARGIN, WIDTH

    # as of 2026 KH 22/KH-UBND, whose title is in capitals, is drawn as well
    svg = kehoach("timeline", "plans", "--as-of", "01/08/2026", "-f", "svg").stdout
    page = tmp_path / "measure.html"
    page.write_text(
        f'<!DOCTYPE html><meta charset="utf-8"><body>{svg}<script>'
        "const ends = [...document.querySelectorAll('text.group')]"
        ".map(t => { const b = t.getBBox(); return Math.ceil(b.x + b.width); });"
        "document.body.dataset.ends = ends.join(',');</script></body>",
        encoding="utf-8",
    )
    dom = dump_dom(page, tmp_path / "profile", "--virtual-time-budget=5000")
    ends = [int(x) for x in re.findall(r'data-ends="([^"]*)"', dom)[0].split(",")]
    assert len(ends) == 5
    assert max(ends) <= WIDTH - MARGIN, ends


LONG_IDS = """\
schema: 1
id: kh-dai-2024
number: 1234/KH-BCĐ-UBND
title: Kế hoạch có số hiệu và mục dài
issuer: UBND tỉnh
issued: 2024-06-01
source: {document: x, complete: true}
tasks:
  - id: "III.1.2.b.10"
    title: Báo cáo tổng kết
    lead: [Sở Tư pháp]
    deadline: Trước ngày 30/6/2024
  - id: "IV.3"
    title: Việc không nêu hạn
    lead: [Sở Tư pháp]
    deadline: Không nêu thời hạn
"""


@pytest.mark.parametrize("width", [40, 47, 59])
def test_a_narrow_terminal_keeps_ids_and_days_whole(tmp_path: Path, width: int) -> None:
    """An id of 12 cells stays whole from 40 columns (the title gives up cells first);
    the span's line wraps between words rather than losing its end."""
    shutil.copy(TIMELINE_PLANS / "agencies.yaml", tmp_path)
    (tmp_path / "kh-dai.yaml").write_text(LONG_IDS, encoding="utf-8")
    result = kehoach("timeline", str(tmp_path), "--as-of", "10/06/2024", columns=width)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(map(cell_len, lines)) <= width
    assert row_line(result.stdout, "III.1.2.b.10")
    assert "từ 01/07/2024 đến 14/07/2024, chia theo" in result.stdout
    assert "ngày" in " ".join(lines[1:3]).split("chia theo", 1)[1]  # the unit, not "…"
    assert not re.search(r"\b\d{2}/\d{2}/\d{0,3}(?!\d)", result.stdout)


def test_an_undated_row_is_cut_after_a_whole_word() -> None:
    from kehoach.render.timeline_text import _whole_words

    phrase = "Sau 10 ngày kể từ ngày 15/7/2024 khi Ban Chỉ đạo họp"
    assert _whole_words(phrase, 29) == "Sau 10 ngày kể từ ngày…"
    assert _whole_words(phrase, 34) == "Sau 10 ngày kể từ ngày 15/7/2024…"
    assert _whole_words(phrase, 80) == phrase
    assert _whole_words("Không_nêu_thời_hạn", 8) == "Không_n…"  # one word: cut as before


def test_a_terminal_under_40_columns_gets_a_chart_that_fits() -> None:
    """The console's floor of 40 columns overflowed a 24-column pane: the chart is drawn
    in the width there is, down to 20, its days whole."""
    result = kehoach("timeline", "plans", "--as-of", "01/07/2022", columns=24)
    assert result.returncode == 0, result.stderr
    assert max(map(cell_len, result.stdout.splitlines())) <= 24
    assert "01/04/2022" in result.stdout and "31/01/2023" in result.stdout
    assert not re.search(r"\b\d{2}/\d{2}/\d{0,3}(?!\d)", result.stdout)
    assert row_line(result.stdout, "III.3.d")  # every row keeps its id


def test_from_20_to_79_columns_every_id_and_day_of_the_chart_is_whole() -> None:
    """The bundled plans drawn at every narrow width: each line in the width, each task id
    at the start of its row, no day broken."""
    bundled = load_repository([ROOT / "plans"], Settings(), ROOT / "plans")
    selection = select(bundled.plans, bundled.directory)
    chart = build_chart(
        bundled.plans, Settings(), bundled.directory, date(2022, 7, 1), selection=selection
    )
    ids = [row.task_id for group in chart.groups for row in group.rows]
    assert len(ids) >= 20
    for width in range(20, 80):
        out = as_text(chart, width)
        assert max(cell_len(line) for line in out.splitlines()) <= width, width
        starts = [line.split(" ", 1)[0] for line in out.splitlines()]
        assert all(task_id in starts for task_id in ids), width
        assert "01/07/2022" in out and "31/01/2023" in out, width
        assert not re.search(r"\b\d{2}/\d{2}/\d{0,3}(?!\d)", out), width
