"""`kehoach status` as a clerk reads it: the text table at 80 to 200 columns (golden files
checked by eye), the notes under the summary, and the CSV read back with either header."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from rich.cells import cell_len

from kehoach.plan.loader import Repository, load_repository
from kehoach.plan.settings import Settings
from kehoach.render.labels import ITEM_HEADERS_VI
from kehoach.render.status import FORMATS, ITEM_FIELDS, RenderOptions, glued
from kehoach.render.status_xlsx import ITEM_COLUMNS, VI_HEADERS
from kehoach.reports.status import Report, build_report

TESTS = Path(__file__).parent
ROOT = TESTS.parent
PLANS = ROOT / "plans"
GOLDEN = TESTS / "golden"
KEHOACH = shutil.which("kehoach", path=str(Path(sys.executable).parent)) or "kehoach"
AS_OF = "01/07/2022"
WIDTHS = [80, 100, 120, 200]
CARD_WIDTHS = [40, 56]  # the cards of a narrow terminal (test_status_cards.py)


def kehoach(*args: str, columns: int = 100, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": str(columns)}
    env.pop("KEHOACH_LANG", None)
    return subprocess.run(
        [KEHOACH, *args], capture_output=True, text=True, env=env, cwd=cwd, check=False
    )


@pytest.fixture(scope="module")
def bundled() -> Repository:
    return load_repository([PLANS], Settings(), PLANS)


@pytest.fixture(scope="module")
def report_2022(bundled: Repository) -> Report:
    return build_report(bundled.plans, Settings(), bundled.directory, date(2022, 7, 1))


def table_text(report: Report, width: int, **options: object) -> str:
    return FORMATS["text"](report, RenderOptions(width=width, show_all=True, **options))  # type: ignore[arg-type]


PLAN_START = re.compile(r"^(348/KH-UBND|kh-tk-nq20-2022|22/KH-UBND) ")


def row_of(out: str, first_line: str) -> list[str]:
    """The lines of the first table row whose first line starts with `first_line` (a row
    ends where the next plan's name or a blank line starts)."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(first_line))
    rest = [lines[start]]
    for line in lines[start + 1 :]:
        if not line.strip() or PLAN_START.match(line):
            break
        rest.append(line)
    return rest


# --- Golden files ---------------------------------------------------------------------------


@pytest.mark.parametrize("width", [*CARD_WIDTHS, *WIDTHS])
def test_bundled_plans_match_the_golden_table(width: int) -> None:
    """Golden files checked by eye, line by line, against the plans (cards at 40 and 56
    columns, test_status_cards.py; the table at 80 and wider); regenerate with
    KEHOACH_UPDATE_GOLDEN=1 and read them again before committing."""
    result = kehoach("status", "plans", "--as-of", AS_OF, "--all", columns=width)
    assert result.returncode == 0, result.stderr
    golden = GOLDEN / f"status-{width}.txt"
    if os.environ.get("KEHOACH_UPDATE_GOLDEN"):
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= width


# --- The layout's rules, at every width -----------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
def test_a_deadline_phrase_wraps_by_phrase(report_2022: Report, width: int) -> None:
    """ "Trước ngày 23/6/2022" keeps the day with its lead-in words: never a line holding
    "ngày" or "Trước" alone above the day, never one word per line."""
    out = table_text(report_2022, width)
    row = row_of(out, "348/KH-UBND      1" if width >= 150 else "348/KH-UBND")
    assert any("Trước ngày" in line for line in row)
    for line in out.split("Tổng hợp theo cơ quan chủ trì")[0].splitlines():
        cells = re.split(r"\s{2,}", line.strip())
        assert "ngày" not in cells, f"'ngày' alone at {width}: {line}"
        assert "trước" not in [c.lower() for c in cells], f"'trước' alone at {width}: {line}"
    assert "Trước 31/7/2022" in out  # a lead-in and its day: the column is that wide
    if width >= 120:  # room for the whole group
        assert "trước ngày 08/4/2022" in out
        assert "Trước ngày 23/6/2022" in out


def test_a_long_group_breaks_before_the_day() -> None:
    from kehoach.render.status import _cell_lines

    phrase = glued("Tham mưu UBND tỉnh trước ngày 05/7/2022")
    assert [line.rstrip() for line in _cell_lines(phrase, 20, False)] == [
        "Tham mưu UBND tỉnh",
        "trước ngày 05/7/2022",
    ]
    assert [line.rstrip() for line in _cell_lines(phrase, 13, False)] == [
        "Tham mưu UBND",
        "tỉnh",
        "trước ngày",
        "05/7/2022",
    ]
    # as written in KH TK NQ20: the day keeps its own lead-in
    twice = glued("trước ngày trước ngày 29/4/2022")
    assert [line.rstrip() for line in _cell_lines(twice, 24, False)] == [
        "trước ngày",
        "trước ngày 29/4/2022",
    ]


@pytest.mark.parametrize("width", [80, 100])
def test_a_long_lead_list_is_shortened(report_2022: Report, width: int) -> None:
    """KH TK NQ20 III.1 has four leads: the first, cut when needed, and how many more."""
    out = table_text(report_2022, width)
    row = " ".join(line[17:] for line in row_of(out, "kh-tk-nq20-2022"))
    assert "(+3)" in row
    assert "Mặt trận Tổ quốc" not in row  # the fourth lead is not listed


def test_a_lead_list_that_fits_is_whole(report_2022: Report) -> None:
    out = table_text(report_2022, 120)
    assert "Thường trực Tổ Biên tập của" in out and "tỉnh; Văn phòng Tỉnh ủy" in out


def titles_shown(out: str) -> list[str]:
    """Each row's title as one string, from the title column's lines (wide layout)."""
    header = out.splitlines()[1]
    start, end = header.index("Nhiệm vụ"), header.index("Chủ trì")
    rows: list[list[str]] = []
    for line in out.splitlines()[3:]:
        if not line.strip():
            break
        if not line.startswith(" "):
            rows.append([])
        rows[-1].append(line[start:end].strip())
    return [" ".join(part for part in row if part) for row in rows]


def test_titles_use_the_width_at_200_columns(report_2022: Report) -> None:
    """Titles were cut at 60 characters whatever the width; at 200 columns they take
    three lines of a wide column: the 100-character title of KH 348 task 3.3 whole."""
    out = table_text(report_2022, 200)
    titles = titles_shown(out)
    whole = "Một số giải pháp thu hút nguồn lực cho đầu tư phát triển tỉnh Nghệ An đến năm 2030, tầm nhìn đến năm 2045."
    assert whole in titles
    assert max(len(t) for t in titles) > 150


def table_rows(out: str) -> list[str]:
    """Each row of the list of deadlines, its lines joined."""
    rows: list[list[str]] = []
    for line in out.splitlines()[3:]:
        if not line.strip():
            break
        if PLAN_START.match(line):
            rows.append([])
        rows[-1].append(line)
    return [" ".join(row) for row in rows]


@pytest.mark.parametrize("width", WIDTHS)
def test_a_title_always_keeps_its_first_line(report_2022: Report, width: int) -> None:
    """KH 348 task 2's second milestone has a long name: the title still starts the row,
    never "T… — Tham mưu…"."""
    out = table_text(report_2022, width)
    row = next(r for r in table_rows(out) if "15/07/2022" in r)
    assert "Tổng hợp" in row and "T… —" not in row


@pytest.mark.parametrize("width", [80, 100, 120])
def test_narrow_terminals_stack_plan_over_task_and_due_over_state(
    report_2022: Report, width: int
) -> None:
    out = table_text(report_2022, width)
    assert out.splitlines()[1].startswith("Kế hoạch, TT")
    assert "Hạn, tình trạng" in out.splitlines()[1]
    assert row_of(out, "kh-tk-nq20-2022")[1].startswith("III.1 ")
    assert row_of(out, "kh-tk-nq20-2022")[1].rstrip().endswith("quá hạn 84 ngày")


def test_wide_terminals_give_each_its_column(report_2022: Report) -> None:
    out = table_text(report_2022, 200)
    header = out.splitlines()[1].split()
    assert header[:2] == ["Kế", "hoạch"] and "TT" in header and "Tình" in header
    assert re.search(r"^kh-tk-nq20-2022  III\.1 .* 08/04/2022 +quá hạn 84 ngày$", out, re.M)


# --- The summary: what the rows add up to ---------------------------------------------------


def summary_lines(out: str) -> list[str]:
    lines = out.splitlines()
    return lines[lines.index("Tổng hợp theo cơ quan chủ trì") :]


def test_shared_leads_are_said_under_the_table(report_2022: Report) -> None:
    """KH 348 task 1 has two leads (and others more): each row counts it once, the total
    once, so the rows add up to 39 for 28 deadlines; a note says why."""
    rows_sum = sum(t.total for _, t in report_2022.agencies)
    assert (rows_sum, report_2022.total.total) == (39, 28)
    out = table_text(report_2022, 200)
    tail = summary_lines(out)
    total = next(i for i, line in enumerate(tail) if line.startswith("Tổng cộng"))
    assert tail[total + 1] == (
        "Một mục có nhiều cơ quan chủ trì được tính ở dòng của từng cơ quan, nên cộng các "
        "dòng (39) nhiều hơn tổng cộng (28)."
    )
    english = table_text(report_2022, 200, lang="en")
    assert "add up to more (39) than the total (28)" in english


def test_no_note_when_every_deadline_has_one_lead(bundled: Repository) -> None:
    from kehoach.reports.selection import select

    one = select(bundled.plans, bundled.directory, [], ["Ban Tuyên giáo Tỉnh ủy"])
    report = build_report(
        bundled.plans, Settings(), bundled.directory, date(2022, 7, 1), selection=one
    )
    assert report.total.total == 4
    assert sum(t.total for _, t in report.agencies) == report.total.total
    assert "nhiều cơ quan chủ trì" not in table_text(report, 120)


def test_the_other_agencies_row_stands_above_the_total(report_2022: Report) -> None:
    out = FORMATS["text"](report_2022, RenderOptions(width=120, limit=3))
    tail = summary_lines(out)
    total = next(i for i, line in enumerate(tail) if line.startswith("Tổng cộng"))
    assert tail[total - 2].startswith("… và 13 cơ quan khác")
    assert set(tail[total - 1]) == {"-"}  # the rule, then the total that counts them all
    assert re.match(r"Tổng cộng +0 +0 +19 +1 +6 +4 +0 +3 +0%$", tail[total])


# --- CSV ------------------------------------------------------------------------------------


def read_csv(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_csv_header_vi_names_the_columns_as_the_workbook_does() -> None:
    """`--header vi` is for people who open the file: the workbook's Vietnamese names
    for the columns both have, the same values as the machine header, row for row."""
    keyed = kehoach("status", "plans", "--as-of", AS_OF, "-f", "csv")
    named = kehoach("status", "plans", "--as-of", AS_OF, "-f", "csv", "--header", "vi")
    assert keyed.returncode == named.returncode == 0, named.stderr
    machine, people = read_csv(keyed.stdout), read_csv(named.stdout)
    assert list(machine[0]) == list(ITEM_FIELDS)
    assert list(people[0]) == [ITEM_HEADERS_VI[key] for key in ITEM_FIELDS]
    assert len(set(people[0])) == len(ITEM_FIELDS)  # no two columns named alike
    assert len(people) == len(machine) == 28
    for mine, theirs in zip(machine, people, strict=True):
        assert [mine[key] for key in ITEM_FIELDS] == list(theirs.values())
    first = people[0]
    assert first["Kế hoạch"] == "kh-tk-nq20-2022" and first["TT"] == "III.1"
    assert first["Hạn"] == "08/04/2022" and first["Xếp loại"] == "overdue"
    assert first["Số ngày quá hạn hoặc trễ"] == "84"
    shared = {"plan": "plan_id", "number": "plan_number", "task": "task_id", "title": "title",
              "lead": "lead", "support": "support", "phrase": "phrase", "due": "due",
              "bin": "bin", "completed": "completed"}  # fmt: skip
    for column in ITEM_COLUMNS:
        if column in shared:
            assert VI_HEADERS[column] == ITEM_HEADERS_VI[shared[column]]


def test_header_is_for_csv_only() -> None:
    result = kehoach("status", "plans", "--header", "vi")
    assert result.returncode == 2
    assert "--header chỉ dùng với --format csv" in result.stderr
    assert kehoach("status", "plans", "-f", "csv", "--header", "xml").returncode == 2


# --- A lead written otherwise than the registry ---------------------------------------------

SKHCN = "Sở Khoa học và Công nghệ"


@pytest.fixture(scope="module")
def respelled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled plans with KH 348 task 3's second lead typed without diacritics."""
    plans = tmp_path_factory.mktemp("respelled") / "plans"
    shutil.copytree(PLANS, plans)
    path = plans / "kh-348-2022.yaml"
    text = path.read_text(encoding="utf-8")
    assert f"      - Sở Kế hoạch và Đầu tư\n      - {SKHCN}\n" in text
    path.write_text(
        text.replace(f"      - {SKHCN}\n", "      - So Khoa hoc va Cong nghe\n", 1),
        encoding="utf-8",
    )
    return plans


def test_a_lead_written_otherwise_is_shown_under_the_registry_name(respelled: Path) -> None:
    args = ("status", str(respelled), "--as-of", AS_OF, "--plan", "348", "--all")
    text = kehoach(*args, columns=200)
    assert text.returncode == 0, text.stderr
    assert "So Khoa hoc" not in text.stdout
    row = next(r for r in text.stdout.splitlines() if re.match(r"348/KH-UBND +3 ", r))
    assert "Sở Kế hoạch và Đầu tư; Sở Khoa" in row
    as_json = kehoach(*args, "-f", "json")
    task_3 = next(i for i in json.loads(as_json.stdout)["items"] if i["task_id"] == "3")
    assert task_3["lead"] == ["Sở Kế hoạch và Đầu tư", SKHCN]
    as_csv = read_csv(kehoach(*args, "-f", "csv").stdout)
    assert (
        next(r for r in as_csv if r["task_id"] == "3")["lead"] == f"Sở Kế hoạch và Đầu tư; {SKHCN}"
    )
    feed = kehoach("export-ics", str(respelled), "--plan", "348", "--as-of", AS_OF, "-o", "-")
    assert "So Khoa hoc" not in feed.stdout and "Sở Khoa học và Công ngh" in feed.stdout
    chart = kehoach("timeline", str(respelled), "--plan", "348", "--as-of", AS_OF, columns=120)
    assert "So Khoa hoc" not in chart.stdout and "Sở KH&CN" in chart.stdout


def test_validate_suggests_the_registry_spelling_as_a_warning(respelled: Path) -> None:
    result = kehoach("validate", str(respelled))
    assert result.returncode == 0  # a warning: the file still validates
    assert (
        "kh-348-2022.yaml:88:9: warning: 'So Khoa hoc va Cong nghe' là Sở Khoa học và Công "
        "nghệ; ghi theo danh mục: 'Sở Khoa học và Công nghệ' [agency-spelling]"
    ) in result.stdout + result.stderr
    assert kehoach("validate", str(respelled), "--strict").returncode == 1
    assert "agency-spelling" not in kehoach("validate", "plans").stdout


def test_spelling_keeps_the_form_a_name_was_written_in(bundled: Repository) -> None:
    directory = bundled.directory
    assert directory is not None
    assert directory.spelling("so kh&dt") == "Sở KH&ĐT"  # the alias it folds to, not the name
    assert directory.spelling("So Noi vu") == "Sở Nội vụ"
    assert directory.spelling("Sở KH&ĐT") is None  # written as an alias
    assert directory.spelling("Sở Du lịch và Lữ hành") is None  # unknown: another rule's


# --- --agency: a merged body, a part of a name ---------------------------------------------


def selected_tasks(repo: Repository, day: date, *agencies: str) -> set[tuple[str, str]]:
    from kehoach.reports.selection import select

    selection = select(repo.plans, repo.directory, [], list(agencies))
    report = build_report(repo.plans, Settings(), repo.directory, day, selection=selection)
    return {(i.plan.id, i.task.id) for i in report.items}


LATE_2026 = date(2026, 12, 1)
SKHDT_2022 = {("kh-348-2022", t) for t in ("2", "3", "3.1", "3.2", "3.3", "3.4", "12")}
STC_2022 = {("kh-348-2022", "III.3.c")}  # Sở Tài chính's own 2022 budget task
STC_2026 = {("kh-22-2026", t) for t in ("III.1.1.b", "III.1.3.b", "III.1.4.a", "III.1.5.b")}
# the work given to every department ("Các sở, ban, ngành cấp tỉnh", "Các sở, ngành, địa
# phương"), each Sở's while it exists; KH 348's 3.2 ("các ngành … có liên quan") is no one's
EVERY_SO_2022 = {("kh-348-2022", t) for t in ("1", "3.1", "3.3", "3.4", "3.5", "4", "6", "8")}
EVERY_SO_2026 = {
    ("kh-22-2026", t)
    for t in (
        *("III.1.1.a", "III.1.3.a", "III.1.4.a", "III.1.4.c"),
        *("III.1.5.a", "III.1.5.b", "III.1.5.c"),
    )
}


def test_a_predecessor_selects_its_own_tasks_and_its_successor_s_after_the_merger(
    bundled: Repository,
) -> None:
    """agencies.yaml: Sở KH&ĐT of Nghệ An valid until 28/02/2025, merged into Sở Tài
    chính from 01/03/2025. Asked for Sở KH&ĐT: its tasks of 2022, and Sở Tài chính's in
    KH 22/2026 (issued 13/01/2026, after the merger); never Sở Tài chính's own 2022 task.
    The work of every department is its own in 2022, and Sở Tài chính's share of it in
    2026, when Sở KH&ĐT was gone (coll44)."""
    expected = SKHDT_2022 | EVERY_SO_2022 | STC_2026 | EVERY_SO_2026
    assert selected_tasks(bundled, LATE_2026, "Sở KH&ĐT") == expected
    assert selected_tasks(bundled, LATE_2026, "so ke hoach") == expected


def test_a_successor_selects_what_it_took_over(bundled: Repository) -> None:
    everything = SKHDT_2022 | STC_2022 | STC_2026 | EVERY_SO_2022 | EVERY_SO_2026
    assert selected_tasks(bundled, LATE_2026, "Sở Tài chính") == everything
    assert selected_tasks(bundled, LATE_2026, "Sở KH&ĐT", "STC") == everything


def test_the_merger_is_said_on_stderr_and_the_output_keeps_to_the_rule() -> None:
    result = kehoach(
        "status", "plans", "--as-of", "01/12/2026", "--agency", "Sở KH&ĐT", "-f", "json"
    )
    assert result.returncode == 0, result.stderr
    tasks = {(i["plan_id"], i["task_id"]) for i in json.loads(result.stdout)["items"]}
    assert tasks == SKHDT_2022 | EVERY_SO_2022 | STC_2026 | EVERY_SO_2026
    assert result.stderr == (
        "kehoach: --agency 'Sở KH&ĐT': Sở Kế hoạch và Đầu tư hợp nhất vào Sở Tài chính từ "
        "01/03/2025; tính cả việc giao Sở Tài chính trong kế hoạch ban hành từ ngày đó\n"
        "kehoach: --agency 'Sở KH&ĐT': tính cả việc giao chung Các sở, ban, ngành cấp tỉnh "
        "(Sở Kế hoạch và Đầu tư là một trong số đó, trong kế hoạch ban hành đến 28/02/2025)\n"
        "kehoach: --agency 'Sở KH&ĐT': tính cả việc giao chung Các sở, ngành, địa phương "
        "(Sở Kế hoạch và Đầu tư là một trong số đó, trong kế hoạch ban hành đến 28/02/2025)\n"
        "kehoach: --agency 'Sở KH&ĐT': tính cả việc giao chung Các sở, ban, ngành cấp tỉnh "
        "(Sở Tài chính là một trong số đó, trong kế hoạch ban hành từ 01/03/2025)\n"
        "kehoach: --agency 'Sở KH&ĐT': tính cả việc giao chung Các sở, ngành, địa phương "
        "(Sở Tài chính là một trong số đó, trong kế hoạch ban hành từ 01/03/2025)\n"
    )
    again = kehoach(
        "status", "plans", "--as-of", "01/12/2026", "--agency", "Sở KH&ĐT", "-f", "json"
    )
    assert (again.stdout, again.stderr) == (result.stdout, result.stderr)  # replayed whole


def test_a_merger_without_a_recorded_day_selects_only_what_names_the_predecessor(
    tmp_path: Path,
) -> None:
    """The national registry records no day for the 2025 mergers of provincial
    departments (each province set its own): Sở Tài chính tỉnh Gia Lai's tasks are not
    guessed to be Sở KH&ĐT's."""
    (tmp_path / "agencies.yaml").write_text(
        "schema: 1\nagencies:\n  - {id: bcd, name: Ban Chỉ đạo tỉnh, kind: group}\n",
        encoding="utf-8",
    )
    (tmp_path / "kh-gl.yaml").write_text(
        "schema: 1\nid: kh-gl\nnumber: 5/KH-UBND\ntitle: Kế hoạch\nissuer: UBND tỉnh Gia Lai\n"
        "jurisdiction: Gia Lai\nissued: 2026-01-12\nsource: {document: x, complete: true}\n"
        "tasks:\n"
        "  - {id: '1', title: Dự toán, lead: [Sở Tài chính], deadline: Trước ngày 31/1/2026}\n"
        "  - {id: '2', title: Đầu tư công, lead: [Sở Kế hoạch và Đầu tư],"
        " deadline: Trước ngày 28/2/2026}\n",
        encoding="utf-8",
    )
    result = kehoach(
        "status", str(tmp_path), "--as-of", "01/03/2026", "--agency", "Sở Kế hoạch và Đầu tư",
        "-f", "json",
    )  # fmt: skip
    assert [i["task_id"] for i in json.loads(result.stdout)["items"]] == ["2"]
    assert "danh mục không ghi ngày; chỉ tính việc ghi tên" in result.stderr


def test_a_part_of_a_name_inside_it_says_what_it_was_read_as() -> None:
    inside = kehoach("status", "plans", "--as-of", AS_OF, "--agency", "the thao", "-f", "json")
    assert inside.returncode == 0
    # in the name of Sở Văn hóa và Thể thao and of the body that took it over in 2025
    assert (
        "kehoach: --agency 'the thao': hiểu là Sở Văn hóa, Thể thao và Du lịch\n" in inside.stderr
    )
    start = kehoach("status", "plans", "--as-of", AS_OF, "--agency", "so khoa hoc", "-f", "json")
    assert start.returncode == 0  # the name's start: no guess, only the work of every Sở
    assert "hiểu là" not in start.stderr
    assert "tính cả việc giao chung Các sở, ban, ngành cấp tỉnh (Sở Khoa học" in start.stderr
    several = kehoach("status", "plans", "--agency", "Thường trực")
    assert several.returncode == 2
    assert several.stderr.startswith(
        "kehoach: 'Thường trực' có trong tên nhiều cơ quan: Thường trực Ban Chỉ đạo tỉnh; "
        "Thường trực Tổ Biên tập của tỉnh; hãy gõ tên đầy đủ của một cơ quan"
    )


def test_a_body_no_plan_names_is_said_not_matched_to_another() -> None:
    """Sở Du lịch of Nghệ An merged with Sở Văn hóa và Thể thao into Sở Văn hóa, Thể thao
    và Du lịch from 01/03/2025 (agencies.yaml, with its source): asked for, it selects its
    own tasks (none), its successor's after the merger and the work of every department
    while it existed (KH 348 of 2022's) and its successor's share of it after (KH 22 of
    2026's, coll44), never Sở Văn hóa và Thể thao's (KH 348 task 3.2 supports); stderr
    says each."""
    result = kehoach(
        "status", "plans", "--as-of", "01/12/2026", "--agency", "Sở Du lịch", "-f", "json"
    )
    assert result.returncode == 0
    tasks = {(i["plan_id"], i["task_id"]) for i in json.loads(result.stdout)["items"]}
    assert tasks == EVERY_SO_2022 | EVERY_SO_2026
    assert result.stderr == (
        "kehoach: --agency 'Sở Du lịch': Sở Du lịch hợp nhất vào Sở Văn hóa, Thể thao và Du "
        "lịch từ 01/03/2025; tính cả việc giao Sở Văn hóa, Thể thao và Du lịch trong kế "
        "hoạch ban hành từ ngày đó\n"
        "kehoach: --agency 'Sở Du lịch': tính cả việc giao chung Các sở, ban, ngành cấp tỉnh "
        "(Sở Du lịch là một trong số đó, trong kế hoạch ban hành đến 28/02/2025)\n"
        "kehoach: --agency 'Sở Du lịch': tính cả việc giao chung Các sở, ngành, địa phương "
        "(Sở Du lịch là một trong số đó, trong kế hoạch ban hành đến 28/02/2025)\n"
        "kehoach: --agency 'Sở Du lịch': tính cả việc giao chung Các sở, ban, ngành cấp tỉnh "
        "(Sở Văn hóa, Thể thao và Du lịch là một trong số đó, trong kế hoạch ban hành từ "
        "01/03/2025)\n"
        "kehoach: --agency 'Sở Du lịch': tính cả việc giao chung Các sở, ngành, địa phương "
        "(Sở Văn hóa, Thể thao và Du lịch là một trong số đó, trong kế hoạch ban hành từ "
        "01/03/2025)\n"
    )
    successor = kehoach(
        "status", "plans", "--as-of", "01/12/2026", "--agency", "Sở VHTTDL", "-f", "json"
    )
    tasks = {(i["plan_id"], i["task_id"]) for i in json.loads(successor.stdout)["items"]}
    # it took Sở Văn hóa và Thể thao's work over; it is one of every department from 2025
    assert tasks == {("kh-348-2022", "3.2")} | EVERY_SO_2026


# --- Progress on long work ------------------------------------------------------------------


@pytest.fixture(scope="module")
def two_hundred_plans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 copies of KH 348 under their own ids: work long enough to show progress."""
    plans = tmp_path_factory.mktemp("many") / "plans"
    plans.mkdir()
    shutil.copy(PLANS / "agencies.yaml", plans)
    text = (PLANS / "kh-348-2022.yaml").read_text(encoding="utf-8")
    for i in range(200):
        copy = text.replace("id: kh-348-2022", f"id: kh-{i}", 1)
        copy = re.sub(r"(?m)^number: .*$", f"number: {i}/KH-UBND", copy, count=1)
        (plans / f"kh-{i}.yaml").write_text(copy, encoding="utf-8")
    return plans


def on_a_terminal(args: list[str], env: dict[str, str]) -> tuple[str, str]:
    """Run the installed command with stderr on a pseudo-terminal: (stdout, what the
    terminal received)."""
    import pty
    import threading

    master, slave = pty.openpty()
    received: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO: the command closed the terminal
                return
            if not chunk:
                return
            received.append(chunk)

    with subprocess.Popen(
        [KEHOACH, *args], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave, env=env
    ) as proc:
        os.close(slave)
        reader = threading.Thread(target=drain)
        reader.start()
        assert proc.stdout is not None
        stdout = proc.stdout.read().decode()
        proc.wait(timeout=60)
    reader.join(timeout=10)
    os.close(master)
    return stdout, b"".join(received).decode()


def test_progress_shows_on_a_terminal_and_never_in_a_pipe(
    two_hundred_plans: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "KEHOACH_CACHE_DIR": str(tmp_path), "TERM": "xterm", "COLUMNS": "100"}
    env.pop("KEHOACH_LANG", None)
    args = ["status", str(two_hundred_plans), "--as-of", AS_OF, "--limit", "1"]
    piped = subprocess.run([KEHOACH, *args], capture_output=True, text=True, env=env, check=False)
    assert piped.returncode == 0
    assert piped.stderr == ""  # a pipe (a log, cron, CI) gets nothing
    stdout, terminal = on_a_terminal([*args, "--soon", "8"], env)  # another run, not replayed
    assert "Tình hình thực hiện tại ngày 01/07/2022" in stdout
    assert "\r" not in stdout and "đang đọc" not in stdout  # data stays clean
    assert "\rkehoach: đang đọc kế hoạch 1/200\x1b[K" in terminal
    assert "\rkehoach: đang đọc kế hoạch 200/200\x1b[K" in terminal
    assert terminal.endswith("\r\x1b[K")  # the line cleared before the report prints
    _, english = on_a_terminal([*args, "--soon", "9", "--lang", "en"], env)
    assert "\rkehoach: reading plans 200/200\x1b[K" in english


def test_progress_is_for_long_work_and_at_most_ten_times_a_second() -> None:
    from kehoach.render.console import Progress

    now = [0.0]
    shown = io.StringIO()
    progress = Progress(shown, "kehoach: đang đọc kế hoạch", least=200, clock=lambda: now[0])
    for done in range(1, 150):
        progress(done, 149)  # short work: nothing
    progress.close()
    assert shown.getvalue() == ""
    for done in range(1, 501):
        now[0] += 0.001  # 1 ms a file
        progress(done, 500)
    progress.close()
    lines = shown.getvalue().split("\r")[1:]
    assert lines[0] == "kehoach: đang đọc kế hoạch 1/500\x1b[K"
    assert lines[-2] == "kehoach: đang đọc kế hoạch 500/500\x1b[K"  # the last step always
    assert lines[-1] == "\x1b[K"
    assert 5 <= len(lines) <= 8  # half a second of work: every 0.1 s, not 500 times
