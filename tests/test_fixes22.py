"""What the `fresh22` helper's clerk (Văn phòng UBND tỉnh, a month with Kế hoạch 348/KH-UBND,
2026-12-03) found and left, fixed by `fixes22`. Each test is a step the clerk took and the
answer they should have had; each runs the installed command."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
from pathlib import Path

from ruamel.yaml import YAML

from clirun import CLERK, kehoach
from gitrun import git

ROOT = Path(__file__).parents[1]
BUNDLED = ROOT / "plans"


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=cwd, env={**CLERK, "COLUMNS": "200"}, stdin=stdin)


def office(tmp_path: Path) -> Path:
    """The bundled plans (KH 348 among them) in a git repository of the clerk's own."""
    shutil.copytree(BUNDLED, tmp_path / "plans", ignore=shutil.ignore_patterns("sources"))
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "Các kế hoạch")
    return tmp_path


# --- 1. every move of a deadline between two sides, each with its reason -----------------


def _moved_twice(tmp_path: Path) -> Path:
    """Task 7 of KH 348 moved twice, each with its reason and decision, in one commit."""
    root = office(tmp_path)
    for phrase, reason, ref in (
        ("Trước ngày 15/8/2022", "Chờ ý kiến của Tổ Biên tập Trung ương", "Công văn số 5678"),
        ("Trước ngày 30/8/2022", "Bổ sung số liệu quý II", "Công văn số 6012"),
    ):
        done = run("reschedule", "348/7", phrase, "--reason", reason, "--ref", ref, cwd=root)
        assert done.returncode == 0, done.stderr
    return root


def test_diff_names_every_move_with_its_reason(tmp_path: Path) -> None:
    """Two `reschedule`s before one commit: the diff showed 31/7 → 30/8 with the second
    reason only; the move to 15/8 and why it was decided were nowhere."""
    root = _moved_twice(tmp_path)
    text = run("diff", cwd=root).stdout
    assert "Chờ ý kiến của Tổ Biên tập Trung ương; quyết định: Công văn số 5678" in text
    assert "Bổ sung số liệu quý II; quyết định: Công văn số 6012" in text
    markdown = run("diff", "--format", "markdown", cwd=root).stdout
    assert "Công văn số 5678" in markdown and "Công văn số 6012" in markdown
    deadline = json.loads(run("diff", "--format", "json", cwd=root).stdout)["plans"][0]["tasks"][0][
        "deadlines"
    ][0]
    assert [m["decided_by"] for m in deadline["moves"]] == ["Công văn số 5678", "Công văn số 6012"]
    assert [m["to"] for m in deadline["moves"]] == ["Trước ngày 15/8/2022", "Trước ngày 30/8/2022"]


def test_log_names_every_move_of_one_commit_with_its_reason(tmp_path: Path) -> None:
    root = _moved_twice(tmp_path)
    git(root, "commit", "-qam", "Gia hạn nhiệm vụ 7")
    text = run("log", "348/7", cwd=root).stdout
    assert 'lần 1: "Trước ngày 31/7/2022" → "Trước ngày 15/8/2022"' in text
    assert "Chờ ý kiến của Tổ Biên tập Trung ương" in text
    assert "Bổ sung số liệu quý II" in text


# --- 4. a long note is kept whole in the file, not echoed whole -------------------------


def test_done_with_a_long_note_echoes_it_capped_and_keeps_it_whole(tmp_path: Path) -> None:
    """`done --note` with a 16,000-character note (a report pasted whole) printed it all
    back on the terminal."""
    root = office(tmp_path)
    note = "Báo cáo số 210/BC-SKHĐT đã gửi. " * 500
    done = run("done", "348/2", "--on", "14/7/2022", "--note", note, cwd=root)
    assert done.returncode == 0, done.stderr
    assert len(done.stderr) < 2000, len(done.stderr)
    assert "ký tự; tệp ghi đủ" in done.stderr
    plan = YAML(typ="safe").load((root / "plans" / "kh-348-2022.yaml").read_text("utf-8"))
    task = next(t for t in plan["tasks"] if t["id"] == "2")
    assert note.strip() in task["notes"]


# --- 5. a task id typed with another separator ------------------------------------------

# KH 348 as the clerk imported it: Phụ lục 2's rows numbered again from 1 get "PL2." in
# front (tests/test_import.py), beside Phụ lục 1's "2" and "1".
APPENDIX = """\
schema: 1
id: kh-348-2022
number: 348/KH-UBND
kind: Kế hoạch
title: Tổng kết NQ 26
issuer: UBND tỉnh Nghệ An
jurisdiction: Nghệ An
issued: 2022-06-02
source: {document: x, complete: false}
tasks:
  - {id: "1", title: Một, lead: [Sở Nội vụ], deadline: "Trước ngày 23/6/2022"}
  - {id: "2", title: Hai, lead: [Sở Nội vụ], deadline: "Trước ngày 15/7/2022"}
  - {id: "PL2.1", title: Phụ lục hai một, lead: [Sở Nội vụ], deadline: "Trước ngày 15/7/2022"}
  - {id: "PL2.2", title: Phụ lục hai hai, lead: [Sở Nội vụ], deadline: "Trước ngày 15/7/2022"}
"""


def _appendix(tmp_path: Path) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(BUNDLED / "agencies.yaml", plans)
    (plans / "kh-348-2022.yaml").write_text(APPENDIX, encoding="utf-8")
    return tmp_path


def test_a_slash_for_the_separator_names_the_task_it_is_near(tmp_path: Path) -> None:
    """`done 348/PL2/1` said "không có kế hoạch '348/PL2'": a plan was looked for, and
    the task meant (PL2.1) was not named. Named, not taken: the file is left alone."""
    root = _appendix(tmp_path)
    before = (root / "plans" / "kh-348-2022.yaml").read_bytes()
    done = run("done", "348/PL2/1", "--on", "14/7/2022", cwd=root)
    assert done.returncode != 0
    assert "có phải: 348/PL2.1?" in done.stderr, done.stderr
    assert (root / "plans" / "kh-348-2022.yaml").read_bytes() == before


def test_a_dash_for_the_dot_finds_that_task_and_no_other(tmp_path: Path) -> None:
    """Guard (passes on main): `348/PL2-1` is PL2.1, the one task its letters and numbers
    name, never task 2 or 1, and says so in its answer."""
    root = _appendix(tmp_path)
    done = run("done", "348/PL2-1", "--on", "14/7/2022", cwd=root)
    assert done.returncode == 0, done.stderr
    assert "Nhiệm vụ PL2.1: Phụ lục hai một" in done.stderr
    assert "PL2.1" in done.stderr and "Nhiệm vụ 2:" not in done.stderr
    unknown = run("done", "348/PL2-3", "--on", "14/7/2022", cwd=root)
    assert unknown.returncode != 0
    assert "không có nhiệm vụ 'PL2-3'; có phải: PL2.2, PL2.1?" in unknown.stderr


# --- 2. the tasks no document gave a lead: one row, one feed per province ----------------

SON_LA = Path(__file__).parent / "fixtures" / "fresh17" / "son-la-kh-02-bcd-2026.yaml"
# A plan of Nghệ An with a task its document gives no lead (as tests/test_fresh22.py's).
NGHE_AN = """\
schema: 1
id: kh-9-2026
number: 9/KH-UBND
kind: Kế hoạch
title: Thử
issuer: UBND tỉnh Nghệ An
jurisdiction: Nghệ An
issued: 2026-01-05
source: {document: x, complete: false}
tasks:
  - id: "2"
    title: Việc văn bản không giao ai
    lead: [Không nêu cơ quan chủ trì]
    deadline: "trước ngày 30/6/2026"
"""


def _two_provinces(tmp_path: Path) -> Path:
    """KH 348's repository with Nghệ An's and Sơn La's tasks of no stated lead, each
    moved once (committed): the clerk's report over both provinces."""
    plans = tmp_path / "plans"
    shutil.copytree(BUNDLED, plans, ignore=shutil.ignore_patterns("sources"))
    shutil.copy(SON_LA, plans / SON_LA.name)
    (plans / "kh-9-2026.yaml").write_text(NGHE_AN, encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "Các kế hoạch")
    for ref, phrase in (
        ("kh-9-2026/2", "trước ngày 31/7/2026"),
        ("02-KH/1", "trước ngày 30/9/2026"),
    ):
        done = run(
            "reschedule", ref, phrase, "--reason", "Chờ phân công", "--ref", "Công văn số 1",
            "--on", "01/6/2026", cwd=tmp_path,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    git(tmp_path, "commit", "-qam", "Dời hạn")
    return tmp_path


def test_slips_give_each_provinces_silence_its_row(tmp_path: Path) -> None:
    """`slips` folded Nghệ An's and Sơn La's tasks of no lead into one row "Chưa giao cơ
    quan chủ trì" (status gives one per province since fresh22)."""
    root = _two_provinces(tmp_path)
    report = json.loads(run("slips", "--format", "json", cwd=root).stdout)
    rows = [row["agency"] for row in report["summary"]["agencies"]]
    assert "Chưa giao cơ quan chủ trì — tỉnh Nghệ An" in rows
    assert "Chưa giao cơ quan chủ trì — tỉnh Sơn La" in rows
    assert "Chưa giao cơ quan chủ trì" not in rows
    leads = {m["plan_id"]: m["lead"] for m in report["moves"]}
    assert leads["son-la-kh-02-bcd-2026"] == ["Chưa giao cơ quan chủ trì — tỉnh Sơn La"]


def test_a_feed_per_agency_gives_each_provinces_silence_its_feed(tmp_path: Path) -> None:
    """`export-ics --split agency` wrote one chua-giao-co-quan-chu-tri.ics holding both
    provinces' tasks: whose leadership had work to assign could not be told from it."""
    root = _two_provinces(tmp_path)
    done = run("export-ics", "--out-dir", "feeds", "--split", "agency", cwd=root)
    assert done.returncode == 0, done.stderr
    feeds = root / "feeds"
    assert not (feeds / "chua-giao-co-quan-chu-tri.ics").exists()
    son_la = (feeds / "chua-giao-co-quan-chu-tri-son-la.ics").read_text(encoding="utf-8")
    nghe_an = (feeds / "chua-giao-co-quan-chu-tri-nghe-an.ics").read_text(encoding="utf-8")
    assert son_la.count("BEGIN:VEVENT") == nghe_an.count("BEGIN:VEVENT") == 1
    assert "Kế hoạch — Chưa giao cơ quan chủ trì — tỉnh Sơn La" in (feeds / "index.html").read_text(
        encoding="utf-8"
    )


# --- 3. a report over two repositories, each with its own registry ----------------------

SON_LA_REGISTRY = """\
schema: 1
jurisdiction: Sơn La
agencies:
  - id: ban-chi-dao-cds
    name: Ban Chỉ đạo chuyển đổi số tỉnh
    kind: agency
    aliases: [BCĐ CĐS]
"""
SON_LA_PLAN = """\
schema: 1
id: son-la-kh-5-2026
number: 5/KH-BCĐ
kind: Kế hoạch
title: Thử
issuer: Ban Chỉ đạo chuyển đổi số tỉnh Sơn La
jurisdiction: Sơn La
issued: 2026-01-05
source: {document: x, complete: false}
tasks:
  - {id: "1", title: Việc của Ban Chỉ đạo, lead: [BCĐ CĐS], deadline: "trước ngày 30/6/2026"}
"""


def test_two_repositories_registries_are_not_read_as_one(tmp_path: Path) -> None:
    """`status nghe-an/plans son-la/plans` read both provinces' plans through Nghệ An's
    registry: Sơn La's own "BCĐ CĐS" was unknown, and validate said it was not in "the"
    registry. Refused, with the two ways out; each repository alone still reads."""
    shutil.copytree(
        BUNDLED, tmp_path / "nghe-an" / "plans", ignore=shutil.ignore_patterns("sources")
    )
    son_la = tmp_path / "son-la" / "plans"
    son_la.mkdir(parents=True)
    (son_la / "agencies.yaml").write_text(SON_LA_REGISTRY, encoding="utf-8")
    (son_la / "son-la-kh-5-2026.yaml").write_text(SON_LA_PLAN, encoding="utf-8")
    for command in ("status", "validate", "export-ics"):
        both = run(command, "nghe-an/plans", "son-la/plans", cwd=tmp_path)
        assert both.returncode == 2, (command, both.stdout)
        assert "hai danh mục cơ quan khác nhau" in both.stderr
        assert "son-la/plans/agencies.yaml" in both.stderr
    assert run("validate", "son-la/plans", cwd=tmp_path).returncode == 0
    # a copy of the same registry beside the plans is the same registry
    shutil.copytree(tmp_path / "nghe-an", tmp_path / "copy")
    assert run("validate", "nghe-an/plans", "copy/plans", cwd=tmp_path).returncode != 2


# --- 6. README's import examples run as written on a fresh clone ------------------------

TABLE = (
    "TT\tNội dung/hoạt động\tThời hạn hoàn thành\tPhân công thực hiện\n"
    "1.\tTổng hợp báo cáo từ các ngành, đơn vị\tTrước ngày 31/7/2022\tSở Nội vụ\n"
)


def _readme_imports() -> list[str]:
    """Every `kehoach import` line of README.md's shell examples, continuations joined."""
    text = (ROOT / "README.md").read_text(encoding="utf-8").replace("\\\n", " ")
    return [line.strip() for line in text.splitlines() if "kehoach import " in line and (
        line.startswith(("kehoach ", "pbpaste ")))]  # fmt: skip


def test_readme_import_examples_run_as_written(tmp_path: Path) -> None:
    """In a fresh clone, `kehoach import "KH 348.docx" -o plans/kh-348-2022.yaml` was
    refused (the bundled plan is that file), and the quick start's "# or its table" said
    nothing of the `--title` a table needs (refused: "hãy thêm --title")."""
    import openpyxl

    from kh348_tables import write_docx

    shutil.copytree(BUNDLED, tmp_path / "plans", ignore=shutil.ignore_patterns("sources"))
    for name in ("KH 348.docx", "KH 45.docx"):
        write_docx(tmp_path / name)
    book = openpyxl.Workbook()
    for row in TABLE.splitlines():
        book.active.append(row.split("\t"))
    book.save(tmp_path / "bang.xlsx")
    lines = _readme_imports()
    assert len(lines) >= 5, lines
    for line in lines:
        words = shlex.split(line.split("  #")[0].split(" > ")[0])
        stdin = None
        if words[0] == "pbpaste":  # the clipboard: a table copied from a browser or Word
            words, stdin = words[2:], TABLE
        done = run(*words[1:], cwd=tmp_path, stdin=stdin)
        assert done.returncode == 0, (line, done.stderr)
        table = "table" in line.split("#", 1)[-1] or not words[2].endswith(".docx")
        assert not table or "--title" in line, line


# --- 7. one "Phân công" cell naming the lead and the supporting bodies -------------------

ROLES = (
    "TT\tNội dung\tThời hạn\tPhân công thực hiện\n"
    "1\tBáo cáo A\tTrước ngày 30/6/2022\tSở Tài chính chủ trì, Sở Nội vụ, Sở Tư pháp phối hợp\n"
    "2\tBáo cáo B\tTrước ngày 30/6/2022\tSở Nội vụ, Sở Tư pháp phối hợp; Sở Tài chính chủ trì\n"
    "3\tBáo cáo C\tTrước ngày 30/6/2022\tSở Tài chính (chủ trì), Sở Nội vụ, Sở Tư pháp\n"
    "4\tBáo cáo D\tTrước ngày 30/6/2022\tSở Nội vụ phối hợp, Sở Tài chính chủ trì\n"
    "5\tBáo cáo E\tTrước ngày 30/6/2022\tChủ trì: Sở Tài chính; phối hợp: Sở Nội vụ, Sở Tư pháp\n"
    "6\tBáo cáo F\tTrước ngày 30/6/2022\tSở Tài chính chủ trì, phối hợp với Sở Nội vụ, Sở Tư pháp\n"
    "7\tBáo cáo G\tTrước ngày 30/6/2022\tSở Tài chính phối hợp với Sở Nội vụ; Sở Tư pháp\n"
)


def test_a_cell_naming_lead_and_support_gives_each_its_role(tmp_path: Path) -> None:
    """ "Sở A chủ trì, Sở B, Sở C phối hợp" (the form of KH 348's own "Phân công" cells, with
    the role after the names) made all three leads, and "Sở B phối hợp, Sở A chủ trì"
    made Sở B the lead: a silent wrong lead. Rows 1-4 are invented in the forms plans
    print; rows 5-7 pin the forms already read (the role before the names)."""
    done = run(
        "import", "-", "--title", "Thử", "--issuer", "UBND tỉnh Nghệ An", cwd=tmp_path, stdin=ROLES
    )
    assert done.returncode == 0, done.stderr
    tasks = {t["id"]: t for t in YAML(typ="safe").load(done.stdout)["tasks"]}
    both = ["Sở Nội vụ", "Sở Tư pháp"]
    for task in "1", "2", "3", "5", "6":
        assert (tasks[task]["lead"], tasks[task].get("support")) == (["Sở Tài chính"], both), task
    assert (tasks["4"]["lead"], tasks["4"]["support"]) == (["Sở Tài chính"], ["Sở Nội vụ"])
    assert (tasks["7"]["lead"], tasks["7"]["support"]) == (["Sở Tài chính"], both)


def test_slips_count_each_move_of_one_commit_once(tmp_path: Path) -> None:
    """Two `reschedule`s committed together (31/7 -> 15/8 -> 30/8): slips showed a move of
    30 days with the second reason and the first entry as a move of 15 more, 45 days in
    all for a deadline 30 days later."""
    root = _moved_twice(tmp_path)
    git(root, "commit", "-qam", "Gia hạn nhiệm vụ 7")
    report = json.loads(run("slips", "--plan", "348", "--format", "json", cwd=root).stdout)
    # 31/7/2022 is a Sunday: due 01/08 as status counts it (review26), so 14 + 15 days
    assert report["summary"]["total"]["days_later"] == 29
    moves = [(m["old_phrase"], m["new_phrase"], m["days"], m["reason"]) for m in report["moves"]]
    assert sorted(moves) == [
        ("Trước ngày 15/8/2022", "Trước ngày 30/8/2022", 15, "Bổ sung số liệu quý II"),
        (
            "Trước ngày 31/7/2022",
            "Trước ngày 15/8/2022",
            14,
            "Chờ ý kiến của Tổ Biên tập Trung ương",
        ),
    ]
    assert all(m["commit"] for m in report["moves"])
