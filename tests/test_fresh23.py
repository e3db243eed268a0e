"""What the `fresh23` helper's clerk (Văn phòng HĐND và UBND of a xã formed by the 2025
merger, never having seen kehoach, 2026-12-03) met writing the office's 2027 plan from
scratch: periodic reports, counts in working days across Tết 2027, a deadline counted from
an election whose day is set later, a colleague's branch merged. The plan and its words are
the clerk's own (invented for the test: the commune's real plans are not public); each
test is a step and the answer the clerk should have had; each runs the installed command."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from clirun import CLERK, kehoach

REGISTRY = "schema: 1\njurisdiction: Nghệ An\nagencies: []\n"

PLAN = """\
schema: 1
id: kh-12-2027
number: 12/KH-UBND
title: Kế hoạch công tác năm 2027 của UBND xã Đô Lương
issuer: UBND xã Đô Lương
jurisdiction: Nghệ An
commune: xã Đô Lương
issued: 05/01/2027
source: {document: KH 12.pdf, complete: true}
tasks:
  - id: "1"
    title: Báo cáo tình hình kinh tế - xã hội hằng tháng
    lead: [Văn phòng HĐND và UBND xã]
    deadline: Trước ngày 20 hằng tháng
    reports:
      - {period: tháng 1/2027, sent: 19/01/2027}
      - {period: tháng 2/2027, sent: 25/02/2027}
  - id: "4"
    title: Rà soát thủ tục hành chính
    lead: [Phòng Kinh tế]
    deadline: Trước ngày 31/01/2027
"""


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=cwd, env=CLERK)


def _office(tmp_path: Path, plan: str = PLAN) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    (plans / "kh-12-2027.yaml").write_text(plan, encoding="utf-8")
    return tmp_path


# --- 1. `--lang en` names the weekday of a day rolled to the next working day ---------------


def test_english_status_names_a_rolled_days_weekday_in_english(tmp_path: Path) -> None:
    """31/01/2027 is a Sunday, 20/03/2027 a Saturday: the English report printed
    "31/01/2027 (CN) → 01/02/2027" and "(T7)", Vietnamese abbreviations in an English table
    (the timeline already said "(Sun)")."""
    office = _office(tmp_path)
    markdown = run("--lang", "en", "status", "--as-of", "01/04/2027", "-f", "markdown", cwd=office)
    cards = kehoach(
        "--lang",
        "en",
        "status",
        "--as-of",
        "01/04/2027",
        cwd=office,
        env={**CLERK, "COLUMNS": "40"},
    )
    table = run("--lang", "en", "status", "--as-of", "01/04/2027", cwd=office)
    for done in (markdown, cards):
        assert done.returncode == 0, done.stderr
        shown = done.stdout.replace("\u00a0", " ")
        assert "31/01/2027 (Sun) → 01/02/2027" in shown
        assert "20/03/2027 (Sat) → 22/03/2027" in shown
    for done in (markdown, cards, table):
        assert "(CN)" not in done.stdout and "(T7)" not in done.stdout
    assert "(Sun)" in table.stdout and "(Sat)" in table.stdout
    vietnamese = run("status", "--as-of", "01/04/2027", "--format", "markdown", cwd=office)
    shown = vietnamese.stdout.replace("\u00a0", " ")
    assert "31/01/2027 (CN) → 01/02/2027" in shown and "20/03/2027 (T7) → 22/03/2027" in shown


# --- 2. a field left empty is told in the file's words, not Python's ---------------------


def test_a_field_left_null_is_told_as_empty_not_as_none(tmp_path: Path) -> None:
    """`title:` and `lead:` left empty (`kehoach new` writes `null` in many fields) were told
    "cần văn bản, nhưng có None": Python's word for what the file spells null or nothing."""
    plan = PLAN.replace("title: Rà soát thủ tục hành chính", "title:").replace(
        "lead: [Phòng Kinh tế]", "lead: null"
    )
    done = run("validate", cwd=_office(tmp_path, plan))
    assert done.returncode == 1
    assert "None" not in done.stdout
    lines = done.stdout.splitlines()
    title = "plans/kh-12-2027.yaml:19:5: error: 'nhiệm vụ 4 › title': cần văn bản, nhưng để trống"
    assert any(line.startswith(title) for line in lines), done.stdout
    lead = next(line for line in lines if "'nhiệm vụ 4 › lead'" in line)
    assert lead.startswith("plans/kh-12-2027.yaml:20:5: error:")
    assert "để trống (null): ghi cơ quan chủ trì như văn bản ghi" in lead


# --- 3. a colleague's branch merged: two moves of one deadline from one old phrase -------


def _git(*args: str, cwd: Path) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def test_two_branches_moving_one_deadline_merged_with_both_entries_is_told(
    tmp_path: Path,
) -> None:
    """A colleague moved task 4 on a branch (10 → 20 working days, 01/12/2026) while the
    clerk moved it on main (→ 31/01/2027, 02/12/2026); git's conflict, resolved by keeping
    both history entries, validated clean: two moves from the same old phrase, the second
    from a phrase no longer in force."""
    office = _office(
        tmp_path, PLAN.replace("Trước ngày 31/01/2027", "10 ngày làm việc kể từ ngày ban hành")
    )
    for args in (
        ("init", "-q", "-b", "main"),
        ("config", "user.email", "vt@xa"),
        ("config", "user.name", "Văn thư"),
    ):
        _git(*args, cwd=office)
    _git("add", "-A", cwd=office)
    _git("commit", "-qm", "KH 12", cwd=office)
    _git("checkout", "-qb", "dong-nghiep", cwd=office)
    moved = run(
        "reschedule",
        "kh-12-2027/4",
        "20 ngày làm việc kể từ ngày ban hành",
        "--on",
        "01/12/2026",
        "--reason",
        "Chờ hướng dẫn của tỉnh",
        "--decided-by",
        "Công văn 5/UBND",
        cwd=office,
    )
    assert moved.returncode == 0, moved.stderr
    _git("commit", "-qam", "giãn hạn", cwd=office)
    _git("checkout", "-q", "main", cwd=office)
    moved = run(
        "reschedule",
        "kh-12-2027/4",
        "Trước ngày 31/01/2027",
        "--on",
        "02/12/2026",
        "--reason",
        "Chủ tịch chỉ đạo",
        "--decided-by",
        "Thông báo 9/TB-UBND",
        cwd=office,
    )
    assert moved.returncode == 0, moved.stderr
    _git("commit", "-qam", "hạn mới", cwd=office)
    assert "CONFLICT" in _git("merge", "dong-nghiep", cwd=office)
    conflicted = run("validate", cwd=office)
    assert conflicted.returncode == 1
    assert "[conflict-marker]" in conflicted.stdout
    path = office / "plans" / "kh-12-2027.yaml"
    text = path.read_text(encoding="utf-8")
    head, rest = text.split("<<<<<<< HEAD\n")
    ours, rest = rest.split("=======\n")
    theirs, tail = rest.split(">>>>>>> dong-nghiep\n")
    ours_entry = ours.split("    history:\n")[1]
    theirs_entry = theirs.split("    history:\n")[1]
    deadline = ours.split("    history:\n")[0]
    path.write_text(
        f"{head}{deadline}    history:\n{theirs_entry}{ours_entry}{tail}", encoding="utf-8"
    )
    done = run("validate", "--strict", cwd=office)
    assert done.returncode == 1, done.stdout
    chain = [line for line in done.stdout.splitlines() if "[history-chain]" in line]
    assert len(chain) == 1, done.stdout
    assert chain[0].startswith("plans/kh-12-2027.yaml:")
    assert (
        "lần đổi ngày 02/12/2026 đổi từ thời hạn '10 ngày làm việc kể từ ngày ban hành'" in chain[0]
    )
    assert (
        "lần đổi trước (01/12/2026) đã đổi thành '20 ngày làm việc kể từ ngày ban hành'" in chain[0]
    )
    line = int(chain[0].split(":")[1])
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[line - 1].strip() == 'from: "10 ngày làm việc kể từ ngày ban hành"'
    # mended as told: the second move starts where the first ended
    lines[line - 1] = lines[line - 1].replace("10 ngày làm việc", "20 ngày làm việc")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    mended = run("validate", cwd=office)
    assert mended.returncode == 0, mended.stdout
    assert "[history-chain]" not in mended.stdout


# --- 4. an event declared before its day is set ----------------------------------------

ELECTION = """\
events:
  - name: ngày bầu cử
    day: null
tasks:
  - id: "5"
    title: Lập danh sách cử tri
    lead: [UBND xã]
    deadline: Chậm nhất 40 ngày trước ngày bầu cử
"""


def test_an_event_whose_day_is_set_later_is_declared_with_day_null(tmp_path: Path) -> None:
    """The clerk declared the election the plan counts from, its day not yet decided, as
    `day: null`: refused ("cần một ngày"), although a deadline counted from an event not
    declared at all only waits. Declared without a day, it waits the same way, and
    validate says the event has no day yet (not that it is not declared)."""
    office = _office(tmp_path, PLAN.split("tasks:\n", maxsplit=1)[0] + ELECTION)
    done = run("validate", cwd=office)
    assert done.returncode == 0, done.stdout
    assert "[bad-value]" not in done.stdout
    warning = next(line for line in done.stdout.splitlines() if "[relative-anchor-unknown]" in line)
    assert warning.startswith(
        "plans/kh-12-2027.yaml:17:5: warning: sự kiện “ngày bầu cử” chưa có ngày"
    )
    assert "không phải sự kiện đã khai báo" not in warning
    waiting = run("status", "--as-of", "01/04/2027", "--format", "json", cwd=office)
    item = json.loads(waiting.stdout)["items"][0]
    assert (item["bin"], item["waiting_for"], item["due"]) == ("no_deadline", "ngày bầu cử", None)
    path = office / "plans" / "kh-12-2027.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("day: null", "day: 23/05/2027"))
    dated = run("status", "--as-of", "01/04/2027", "--format", "json", cwd=office)
    item = json.loads(dated.stdout)["items"][0]
    assert (item["bin"], item["due"]) == ("in_time", "2027-04-13")  # 40 days before 23/05


# --- 5. next year's plan exported to a calendar in December -----------------------------


def test_export_names_the_plans_it_left_out_as_not_yet_in_force(tmp_path: Path) -> None:
    """The 2027 plan, issued 05/01/2027, exported on 03/12/2026 into khal: "đã xuất 0 mốc
    thời hạn", an empty calendar and no word of why (`status` names such a plan under its
    table: "Chưa tính 12/KH-UBND: ban hành ngày 05/01/2027, sau ngày xem")."""
    office = _office(tmp_path)
    feed = tmp_path / "xa.ics"
    done = run("export-ics", "--as-of", "03/12/2026", "-o", str(feed), cwd=office)
    assert done.returncode == 0, done.stderr
    assert done.stderr == (
        "kehoach: đã xuất 0 mốc thời hạn vào " + str(feed) + "; 1 kế hoạch chưa có hiệu lực tại "
        "ngày xem nên không đưa vào (12/KH-UBND từ 05/01/2027): thêm --as-of một ngày từ đó "
        "để xuất\n"
    )
    english = run(
        "--lang", "en", "export-ics", "--as-of", "03/12/2026", "-o", str(feed), cwd=office
    )
    assert (
        "1 plan not yet in force on the day exported, left out (12/KH-UBND from 05/01/2027)"
        in english.stderr
    )
    later = run("export-ics", "--as-of", "05/01/2027", "-o", str(feed), cwd=office)
    assert "chưa có hiệu lực" not in later.stderr
    assert "BEGIN:VEVENT" in feed.read_text(encoding="utf-8")


# --- 6. the province's plan gives a task to the clerk's own xã by name ---------------------

PROVINCE_PLAN = """\
schema: 1
id: kh-50-2027
number: 50/KH-UBND
title: Triển khai chuyển đổi số năm 2027
issuer: UBND tỉnh Nghệ An
jurisdiction: Nghệ An
issued: 01/02/2027
source: {document: KH 50.pdf, complete: false}
tasks:
  - id: "2"
    title: Thí điểm dịch vụ công trực tuyến
    lead: [UBND xã Đô Lương]
    support: [Ủy ban nhân dân phường Vinh Phú]
    deadline: Trước ngày 31/8/2027
"""


def test_a_named_commune_in_the_provinces_plan_is_told_how_to_register_it(
    tmp_path: Path,
) -> None:
    """The province's plan names the clerk's xã ("UBND xã Đô Lương"): validate said only
    "không có cơ quan 'UBND xã Đô Lương' trong danh mục", and of a phường "có phải: Văn
    phòng Chính phủ?", while a group it does not know gets the entry to paste. The
    national registry lists no commune: the entry for agencies.yaml is the way out."""
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    (plans / "kh-50-2027.yaml").write_text(PROVINCE_PLAN, encoding="utf-8")
    done = run("validate", cwd=tmp_path)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert "Văn phòng Chính phủ" not in done.stdout
    entries = []
    for name, line in (("UBND xã Đô Lương", "12:12"), ("Ủy ban nhân dân phường Vinh Phú", "13:15")):
        found = next(x for x in lines if f"'{name}'" in x)
        assert found.startswith(f"plans/kh-50-2027.yaml:{line}: error: không có cơ quan '{name}'")
        assert "danh mục quốc gia không liệt kê từng xã, phường, đặc khu" in found
        entries.append(found.split("(dưới agencies:): ")[1].removesuffix(" [unknown-agency]"))
    assert entries[0] == (
        '- {id: ubnd-xa-do-luong-nghe-an, name: "UBND xã Đô Lương", jurisdiction: Nghệ An}'
    )
    registry = REGISTRY.replace(
        "agencies: []\n", "agencies:\n" + "".join(f"  {e}\n" for e in entries)
    )
    (plans / "agencies.yaml").write_text(registry, encoding="utf-8")
    pasted = run("validate", cwd=tmp_path)
    assert pasted.returncode == 0, pasted.stdout
    assert "[unknown-agency]" not in pasted.stdout
