"""`kehoach status` output: every format, both languages, any terminal width."""

from __future__ import annotations

import csv
import io
import json
import re
import string
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from kehoach.base.findings import error
from kehoach.plan.loader import Repository
from kehoach.plan.settings import Settings
from kehoach.render.console import wrap
from kehoach.render.labels import LABELS
from kehoach.render.status import FORMATS, RenderOptions, fit_widths, short_title
from kehoach.reports.status import Report, Tally, build_report

README = Path(__file__).resolve().parents[1] / "README.md"


def documented(name: str) -> list[str]:
    """The keys of `name` ("ITEM", "TALLY") in the README's JSON contract of `status`, in
    the order written: what a user's script is promised. The output is held to the README,
    not to a copy of the renderer's own list: a change to either side alone fails."""
    readme = README.read_text(encoding="utf-8")
    contract = readme.split('"schema": "kehoach.reports.status/1"`', 1)[1]
    contract = contract.split("**JSON contract**", 1)[0]
    found = re.search(rf"^{name}\s*=\s*\{{(.*?)\}}", contract, re.MULTILINE | re.DOTALL)
    assert found, f"README: no {name} in the JSON contract of status"
    body = re.sub(r"#[^\n]*|\([^)]*\)|\[[^]]*\]|:", " ", found.group(1))  # notes, [..]
    return [key.strip() for key in body.split(",")]


ITEM_KEYS = documented("ITEM")
TALLY_KEYS = set(documented("TALLY"))
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DMY = re.compile(r"^\d{2}/\d{2}/\d{4}$")
BOX_DRAWING = re.compile("[\u2500-\u257f\u2580-\u259f]")
ANSI = "\x1b["
SKHDT = "Sở Kế hoạch và Đầu tư"
VIETNAMESE_HEADINGS = ["Tình hình", "Tình trạng", "Chủ trì", "Thời hạn", "Tổng cộng", "Tỷ lệ"]
WIDTHS = [40, 60, 80, 100, 120, 200]


def empty_report() -> Report:
    return Report(date(2022, 7, 1), 7, [], Tally(), [])


def as_json(report: Report, **options: Any) -> dict[str, Any]:
    document = json.loads(FORMATS["json"](report, RenderOptions(**options)))
    assert isinstance(document, dict)
    return document


def items_of(report: Report) -> list[dict[str, Any]]:
    items = as_json(report)["items"]
    assert isinstance(items, list)
    return items


def text(report: Report, **options: Any) -> str:
    return FORMATS["text"](report, RenderOptions(**options))


# --- Every format --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_format_renders(status_report: Report, fmt: str, lang: str) -> None:
    out = FORMATS[fmt](status_report, RenderOptions(lang=lang, show_all=True))
    assert out.endswith("\n")
    assert SKHDT in out  # diacritics intact, in NFC
    assert unicodedata.is_normalized("NFC", out)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_renders_an_empty_report(fmt: str) -> None:
    assert FORMATS[fmt](empty_report(), RenderOptions()).endswith("\n")


def test_formats_match_the_command_line_choices() -> None:
    from kehoach.cli.report import StatusFormat

    workbook = {"xlsx"}  # bytes, rendered by render/status_xlsx.py (tests/test_status_xlsx.py)
    assert set(FORMATS) | workbook == {str(choice) for choice in StatusFormat}


# --- JSON ----------------------------------------------------------------------------------


def test_json_top_level(status_report: Report) -> None:
    document = as_json(status_report)
    assert set(document) == {
        "as_of", "soon_days", "schema", "summary", "items", "not_in_force", "problems"
    }  # fmt: skip
    assert (document["as_of"], document["soon_days"]) == ("2022-07-01", 7)
    assert document["schema"] == "kehoach.reports.status/1"


def test_json_items_carry_every_key_with_iso_dates(status_report: Report) -> None:
    items = items_of(status_report)
    assert len(items) == len(status_report.items)
    for item in items:
        assert list(item) == sorted(ITEM_KEYS)
        for key in ("first", "due", "completed"):
            assert item[key] is None or ISO.match(str(item[key])), (key, item[key])
        assert isinstance(item["lead"], list) and isinstance(item["support"], list)


def test_json_items_values(status_report: Report) -> None:
    items = {(i["plan_id"], i["task_id"], i["milestone"]): i for i in items_of(status_report)}
    ongoing = items["kh-348-2022", "7", 1]
    assert (ongoing["kind"], ongoing["first"], ongoing["due"], ongoing["bin"]) == (
        "ongoing",
        None,
        None,
        "no_deadline",
    )
    extended = items["kh-348-2022", "9", 1]
    assert extended["original_phrase"] == "Trước ngày 30/6/2022"
    assert (extended["kind"], extended["first"], extended["due"]) == (
        "window",
        "2022-10-01",
        "2022-11-30",
    )
    step = items["kh-348-2022", "8", 1]
    assert (step["milestone_label"], step["due_soon"], step["days_left"]) == (
        "Tham mưu UBND tỉnh",
        True,
        4,
    )
    assert items["kh-348-2022", "8", 2]["milestone_label"] is None
    assert items["kh-348-2022", "1", 1]["completed"] == "2022-06-23"


def test_json_lists_attention_first_and_never_caps(status_report: Report) -> None:
    items = as_json(status_report, limit=1)["items"]
    assert isinstance(items, list)
    assert len(items) == 16
    attention = [(i.plan.id, i.task.id) for i in status_report.attention()]
    assert [(i["plan_id"], i["task_id"]) for i in items[: len(attention)]] == attention


def test_json_summary(status_report: Report) -> None:
    summary = as_json(status_report)["summary"]
    assert isinstance(summary, dict)
    assert set(summary["total"]) == TALLY_KEYS
    assert summary["total"]["overdue_over_30"] == 3
    assert summary["total"]["due_soon"] == 3
    first = summary["agencies"][0]
    assert set(first) == TALLY_KEYS | {"agency", "kind", "formerly"}
    assert (first["kind"], first["formerly"]) == ("agency", [])
    assert (first["agency"], first["overdue"], first["on_time_rate"]) == ("Sở Tài chính", 2, 0.0)
    rates = {a["agency"]: a["on_time_rate"] for a in summary["agencies"]}
    assert (rates[SKHDT], rates["Sở Nội vụ"]) == (0.5, None)


def test_json_problems() -> None:
    finding = error("plans/x.yaml", (3, 5), "missing-field", "thiếu trường bắt buộc 'title'")
    problems = as_json(empty_report(), problems=[finding])["problems"]
    assert problems == [
        {
            "path": "plans/x.yaml",
            "line": 3,
            "col": 5,
            "code": "missing-field",
            "message": "thiếu trường bắt buộc 'title'",
        }
    ]


# --- CSV -----------------------------------------------------------------------------------


def test_csv_header_is_the_json_item_keys(status_report: Report) -> None:
    out = FORMATS["csv"](status_report, RenderOptions(limit=1))
    assert out.startswith("\ufeff")  # Excel shows Vietnamese only with it
    reader = csv.DictReader(io.StringIO(out.removeprefix("\ufeff")))
    rows = list(reader)
    assert reader.fieldnames == ITEM_KEYS
    assert len(rows) == len(status_report.items)
    json_items = items_of(status_report)
    assert [r["task_id"] for r in rows] == [i["task_id"] for i in json_items]
    assert [r["bin"] for r in rows] == [i["bin"] for i in json_items]


def test_csv_dates_and_lists(status_report: Report) -> None:
    out = FORMATS["csv"](status_report, RenderOptions()).removeprefix("\ufeff")
    rows = list(csv.DictReader(io.StringIO(out)))
    for row in rows:
        for key in ("first", "due", "completed"):
            assert row[key] == "" or DMY.match(row[key]), (key, row[key])
    joint = next(r for r in rows if (r["plan_id"], r["task_id"]) == ("kh-348-2022", "10"))
    assert joint["lead"] == f"Sở Tài chính; {SKHDT}"
    assert (joint["due"], joint["due_soon"], joint["days_late"]) == ("03/07/2022", "true", "")


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_stay_text() -> None:
    from kehoach.render.status import _csv_cell

    assert _csv_cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert _csv_cell(["- Thường trực Ban Chỉ đạo tỉnh"]) == "'- Thường trực Ban Chỉ đạo tỉnh"
    assert _csv_cell("Sở Tài chính") == "Sở Tài chính"


# --- Markdown ------------------------------------------------------------------------------


def md_tables(out: str) -> list[list[list[str]]]:
    """Each pipe table as rows of cells, split on pipes that are not escaped."""
    tables: list[list[list[str]]] = []
    previous = ""
    for line in out.splitlines():
        if line.startswith("|"):
            if not previous.startswith("|"):
                tables.append([])
            tables[-1].append(re.split(r"(?<!\\)\|", line)[1:-1])
        previous = line
    return tables


@pytest.mark.parametrize("show_all", [False, True])
def test_markdown_tables_are_rectangular(status_report: Report, show_all: bool) -> None:
    out = FORMATS["markdown"](status_report, RenderOptions(show_all=show_all))
    tables = md_tables(out)
    assert len(tables) == 2
    for table in tables:
        assert len({len(row) for row in table}) == 1
    items, summary = tables
    assert len(items) == 2 + (16 if show_all else 7)
    assert len(summary) == 2 + 5 + 1  # header, rule, agencies, total
    assert r"(kinh tế \| xã hội)" in out


def test_markdown_keeps_to_the_limit(status_report: Report) -> None:
    out = FORMATS["markdown"](status_report, RenderOptions(limit=2))
    items, summary = md_tables(out)
    assert len(items) == 2 + 2
    assert len(summary) == 2 + 2 + 1 + 1  # header, rule, 2 agencies, the others, total
    assert "… và 5 mục khác (dùng --limit hoặc --format json)" in out
    assert summary[-2][0].strip() == "… và 3 cơ quan khác"  # above the total, which counts them
    assert summary[-1][0].strip() == "Tổng cộng"


# --- Text ----------------------------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("show_all", [False, True])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_text_fits_the_width(status_report: Report, width: int, show_all: bool, lang: str) -> None:
    out = text(status_report, width=width, show_all=show_all, lang=lang)
    assert max(cell_len(line) for line in out.splitlines()) <= width
    assert not BOX_DRAWING.search(out)
    assert ANSI not in out


def test_text_layout(status_report: Report) -> None:
    out = text(status_report, width=200)
    lines = out.splitlines()
    assert lines[0] == "Tình hình thực hiện tại ngày 01/07/2022"
    for cell in ["quá hạn 123 ngày", "quá hạn 1 ngày", "hôm nay", "còn 2 ngày", "28/02/2022"]:
        assert cell in out
    assert "— Tham mưu UBND tỉnh" in out
    assert "Tổng cộng" in out
    assert re.search(r"^Tổng cộng +1 +1 +8 +3 +4 +3 +1 +2 +17%$", out, re.M)
    assert re.search(r"^Sở Nội vụ +0 +0 +2 +1 +0 +0 +0 +1 +—$", out, re.M)
    assert "đúng hạn" not in out.split("Tổng hợp theo")[0]  # nothing done is listed


def test_text_all_lists_the_rest(status_report: Report) -> None:
    out = text(status_report, width=200, show_all=True)
    for cell in ["đúng hạn", "trễ 1 ngày", "thường xuyên", "không có ngày cố định", "— mốc 2"]:
        assert cell in out
    assert "(ban đầu: Trước ngày 30/6/2022)" in out


def test_text_keeps_to_the_limit(status_report: Report) -> None:
    out = text(status_report, width=200, limit=2)
    assert "… và 5 mục khác (dùng --limit hoặc --format json)" in out
    assert "… và 3 cơ quan khác" in out
    assert "quá hạn 62 ngày" in out and "quá hạn 31 ngày" not in out


def test_text_tables_stand_headers_on_the_rule_and_numbers_on_the_right(
    status_report: Report,
) -> None:
    lines = text(status_report, width=80).splitlines()
    rules = [index for index, line in enumerate(lines) if line == "-" * 80]
    assert len(rules) == 3  # under each header, and over the total
    summary = lines[lines.index("Tổng hợp theo cơ quan chủ trì") + 1 : rules[1]]
    assert summary[-1].startswith("Cơ quan chủ trì")  # headers sit on the rule
    assert [line[-5:] for line in summary[-2:]] == [" đúng", "  hạn"]  # wrapped, right
    assert lines[rules[2] + 1].startswith("Tổng cộng") and lines[rules[2] + 1].endswith(" 17%")
    assert lines[rules[1] + 2].endswith(" 50%")  # counts align right


def test_text_total_of_no_agency_stands_right_under_the_header() -> None:
    lines = text(empty_report(), width=100).splitlines()
    assert lines.count("-" * 100) == 1
    assert lines[-2] == "-" * 100 and lines[-1].startswith("Tổng cộng")


def test_text_when_nothing_needs_attention(status_repo: Repository) -> None:
    report = build_report(status_repo.plans, Settings(), status_repo.directory, date(2022, 1, 1))
    out = text(report)
    assert "Không có việc quá hạn hay sắp đến hạn (trong 7 ngày)." in out
    assert "Nhiệm vụ" not in out  # no list table
    assert "Tổng cộng" in out


def test_text_in_colour(status_report: Report) -> None:
    out = text(status_report, color=True, width=80)
    assert "\x1b[31m" in out  # overdue in red
    assert "\x1b[33m" in out  # due soon in yellow
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert max(cell_len(line) for line in plain.splitlines()) <= 80


def test_text_notes_problems() -> None:
    finding = error("plans/x.yaml", (3, 5), "missing-field", "thiếu trường")
    assert "1 tệp có lỗi" in text(empty_report(), problems=[finding])


def test_text_shows_titles_as_written(status_report: Report) -> None:
    item = status_report.attention()[0]
    title = "[bold]Đậm[/bold] :smile: (kinh tế | xã hội)"
    task = item.task.model_copy(update={"title": title})
    report = replace(status_report, items=[replace(item, slot=replace(item.slot, task=task))])
    assert title in text(report, width=200)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_english_has_no_vietnamese_headings(status_report: Report, fmt: str) -> None:
    out = FORMATS[fmt](status_report, RenderOptions(lang="en", show_all=True, width=200))
    for word in VIETNAMESE_HEADINGS:
        assert word not in out
    assert "Progress as of 01/07/2022" in out
    assert "123 days overdue" in out and "1 day overdue" in out


# --- Pieces --------------------------------------------------------------------------------


def test_both_languages_have_the_same_labels_and_fields() -> None:
    vi, en = LABELS["vi"], LABELS["en"]
    assert set(vi) == set(en)

    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    for key in vi:
        assert vi[key] and en[key]
        assert fields(vi[key]) == fields(en[key]), key


def test_short_title_cuts_at_a_word() -> None:
    title = "Tổng hợp, xây dựng báo cáo tổng kết 10 năm thực hiện Nghị quyết số 26-NQ/TW"
    assert short_title(title) == "Tổng hợp, xây dựng báo cáo tổng kết 10 năm thực hiện Nghị…"
    assert short_title("Ngắn") == "Ngắn"
    assert short_title("a" * 70) == "a" * 60 + "…"
    nfd = unicodedata.normalize("NFD", title)
    assert short_title(nfd) == short_title(title)


def test_short_title_keeps_a_letter_with_its_marks() -> None:
    # A mark NFC cannot compose with its letter stays a code point of its own.
    assert short_title("a" + "x\u0303" * 40) == "a" + "x\u0303" * 29 + "…"


LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựĐƯ"


@settings(deadline=None)  # pure string work, yet it took 605 ms on a loaded machine (tune-v)
@given(st.text(alphabet=LETTERS + " ,", max_size=120))
def test_short_title_never_cuts_inside_a_word(title: str) -> None:
    whole = " ".join(title.split())
    short = short_title(title)
    if len(whole) <= 60:
        assert short == whole
        return
    kept = short.removesuffix("…")
    assert len(short) <= 61 and short.endswith("…")
    assert whole.startswith(kept)
    assert whole[len(kept)] in " ," or " " not in whole[:61]  # a word ends, or one long word


@given(
    st.lists(st.tuples(st.integers(1, 80), st.integers(1, 5), st.integers(1, 12)), max_size=9),
    st.integers(0, 200),
)
def test_fit_widths_stays_within_the_room(columns: list[tuple[int, int, int]], room: int) -> None:
    natural = [n for n, _, _ in columns]
    widths = fit_widths(natural, [w for _, w, _ in columns], room, [f for _, _, f in columns])
    assert all(1 <= width <= max(n, 1) for width, n in zip(widths, natural, strict=True))
    if sum(natural) <= room:
        assert widths == natural
    elif room >= len(columns):
        assert sum(widths) <= room


CELL_TEXT = st.text(alphabet=LETTERS + "  ,-\n\t\xa0中\u0303", max_size=80)


@settings(deadline=None)  # Rich's first wrap under a loaded machine outlasted the 200 ms default
@given(CELL_TEXT, st.integers(2, 30))
def test_wrap_breaks_lines_where_rich_does(text: str, width: int) -> None:
    """Text tables wrap cells as Rich's tables did before them, and as Rich still wraps
    in `timeline`: at newlines and between words, a word longer than a line folded."""
    lines = wrap(text, width)
    rich = Text(text).wrap(Console(), width, justify="left", overflow="fold")
    assert [line.rstrip(" ") for line in lines] == [line.plain.rstrip(" ") for line in rich]
    assert all(cell_len(line) <= width for line in lines)


@pytest.mark.parametrize("width", [80, 100, 120, 200])
def test_a_plan_id_is_never_split_across_lines(width: int) -> None:
    from kehoach.plan.loader import load_repository
    from kehoach.plan.settings import Settings
    from kehoach.reports.status import build_report

    plans = Path(__file__).resolve().parent.parent / "plans"
    repo = load_repository([plans], Settings(), plans)
    report = build_report(repo.plans, Settings(), repo.directory, date(2022, 7, 1))
    out = FORMATS["text"](report, RenderOptions(width=width, show_all=True))
    shown = {i.plan.number or i.plan.id for i in report.items}
    assert "kh-tk-nq20-2022" in shown
    for name in shown:
        assert name in out, f"{name} split at width {width}"
