"""`kehoach slips`: why deadlines moved, on a real temporary git repository whose history
moves deadlines several times — with `kehoach reschedule` and by hand, with and without a
reason — through the installed command; and the pure computation on its own."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kehoach.plan.model import Change
from kehoach.reports.slips import Commit, Period, Slip, build_slips, reason_key, reconcile
from test_review import FIXTURES, PLAN, Repo, fresh_repo

R1 = "Chờ số liệu của Cục Thống kê"
REF1 = "Công văn số 500/UBND-TH ngày 20/2/2022"
R2 = "Bổ sung ý kiến của các sở"
REF2 = "Công văn số 1500/UBND-TH ngày 25/5/2022"
R3 = "Chờ góp ý của Sở Tư pháp"
REF3 = "Công văn số 1300/UBND-TH ngày 16/5/2022"
R4 = "Theo chỉ đạo của Chủ tịch UBND tỉnh"
REF4 = "Thông báo số 210/TB-UBND ngày 01/7/2022"
R5 = "Chờ hướng dẫn của Bộ Nội vụ"
HAND = "Trần Văn Cường"  # commits hand edits
PLAN_2023 = "plans/kh-15-2023.yaml"
# Written by hand after the fact for the hand edit of task 2's first milestone.
LATE_ENTRY = f"""      của phụ lục.
    history:
      - date: 2022-05-16
        milestone: 1
        from: "Dự thảo trước ngày 15/5/2022"
        to: "Dự thảo trước ngày 20/5/2022"
        reason: {R3}
        decided_by: {REF3}
"""


def _reschedule(repo: Repo, ref: str, phrase: str, on: str, *extra: str) -> None:
    repo.ok("reschedule", ref, phrase, "--on", on, *extra)


def _build(tmp_path: Path) -> Repo:
    """Seven moves of four tasks, and one rewording:

    | move | task        | days | how                                   | decided / committed |
    | a    | 2022/1      | +31  | reschedule, reason R1 and document    | 20/02/2022          |
    | -    | 2022/3      |   0  | by hand, same day written differently | 01/03/2022          |
    | b    | 2022/1      | +30  | reschedule, reason R1 again, no document | 25/03/2022       |
    | c    | 2022/2 m1   |  +5  | by hand, history written a day later  | 16/05/2022          |
    | d    | 2022/2 m2   | +10  | reschedule, reason R2 and document    | 25/05/2022          |
    | e    | 2022/3      | +15  | by hand, never recorded               | 20/06/2022          |
    | f    | 2022/3      |  -5  | reschedule (earlier), R4 and document | 01/07/2022          |
    | g    | 2023/1      | +30  | recorded before the file came to git  | 20/03/2023          |
    """
    repo = Repo(tmp_path / "kho")
    shutil.copytree(FIXTURES, repo.root / "plans")
    repo.replace('deadline: "Trước ngày 31/3/2023"', 'deadline: "Trước ngày 30/4/2023"', PLAN_2023)
    repo.write(
        repo.read(PLAN_2023)
        + '    history:\n      - date: 2023-03-20\n        from: "Trước ngày 31/3/2023"\n'
        + f'        to: "Trước ngày 30/4/2023"\n        reason: {R5}\n'
        + "        decided_by: Công văn số 300/SNV ngày 20/3/2023\n",
        PLAN_2023,
    )
    repo.commit("Chép kế hoạch 15/KH-UBND và 15/KH-SNV", "Lê Thị Hoa", "2022-01-12")
    _reschedule(
        repo, "kh-15-2022/1", "Trước ngày 31/3/2022", "20/02/2022", "--reason", R1, "--ref", REF1
    )
    repo.commit("Gia hạn nhiệm vụ 1", "Nguyễn Văn An", "2022-02-20")
    repo.replace('"Trước ngày 30/6/2022"', '"Trước ngày 30/06/2022"')
    repo.commit("Viết lại thời hạn nhiệm vụ 3", HAND, "2022-03-01")
    _reschedule(
        repo, "kh-15-2022/1", "Trước ngày 30/4/2022", "25/03/2022", "--reason", f" {R1.lower()}."
    )
    repo.commit("Gia hạn nhiệm vụ 1 lần 2", "Nguyễn Văn An", "2022-03-25")
    repo.replace('"Dự thảo trước ngày 15/5/2022"', '"Dự thảo trước ngày 20/5/2022"')
    repo.commit("Lùi dự thảo nhiệm vụ 2", HAND, "2022-05-16")
    repo.replace("      của phụ lục.\n", LATE_ENTRY)
    repo.commit("Ghi lịch sử cho nhiệm vụ 2", "Nguyễn Văn An", "2022-05-17")
    _reschedule(
        repo, "kh-15-2022/2", "Trước ngày 10/6/2022", "25/05/2022",
        "--milestone", "2", "--reason", R2, "--ref", REF2,
    )  # fmt: skip
    repo.commit("Gia hạn nhiệm vụ 2 mốc 2", "Trần Thị Bình", "2022-05-25")
    repo.replace('"Trước ngày 30/06/2022"', '"Trước ngày 15/7/2022"')
    repo.commit("Sửa thời hạn nhiệm vụ 3", HAND, "2022-06-20")
    _reschedule(
        repo, "kh-15-2022/3", "Trước ngày 10/7/2022", "01/07/2022", "--reason", R4, "--ref", REF4
    )
    repo.commit("Đưa hạn nhiệm vụ 3 lên sớm", "Trần Thị Bình", "2022-07-01")
    return repo


@pytest.fixture(scope="module")
def moves(tmp_path_factory: pytest.TempPathFactory) -> Repo:
    return _build(tmp_path_factory.mktemp("slips"))


@pytest.fixture(scope="module")
def full(moves: Repo) -> str:
    """`kehoach slips --format json` over the whole history, as printed."""
    return moves.ok("slips", "--format", "json")


def slips_json(repo: Repo, *args: str) -> dict[str, Any]:
    document = json.loads(repo.ok("slips", "--format", "json", *args))
    assert isinstance(document, dict)
    return document


def by_agency(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {row["agency"]: row for row in document["summary"]["agencies"]}


# --- the figures --------------------------------------------------------------------------


def test_totals_count_every_move_recorded_or_by_hand(full: str) -> None:
    document = json.loads(full)
    assert document["schema"] == "kehoach.slips/1"
    assert document["git"] is True
    total = document["summary"]["total"]
    assert total["moves"] == 7
    assert total["tasks_moved"] == 4
    assert total["tasks_moved_again"] == 3  # tasks 1, 2 (both milestones) and 3
    # days as status counts them (review26): 30/4/2022 and 30/4/2023 fall due 04/05, 15/5
    # and 10/7/2022 (Sundays) the Monday after
    assert (total["later"], total["days_later"], total["median_days_later"]) == (6, 128, 23)
    assert (total["earlier"], total["days_earlier"], total["median_days_earlier"]) == (1, 4, 4)
    assert (total["unexplained"], total["unrecorded"], total["undecided"]) == (2, 1, 1)
    assert document["reworded"] == 1  # 30/6 written 30/06: the same day, not a move
    assert document["problems"] == []


def test_per_agency_figures_through_the_registry(full: str) -> None:
    agencies = by_agency(json.loads(full))
    assert list(agencies) == ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Nội vụ"]
    stc, skhdt, snv = agencies.values()
    assert (stc["moves"], stc["days_later"], stc["median_days_later"]) == (4, 29, 10)
    assert (stc["days_earlier"], stc["unrecorded"], stc["tasks_moved_again"]) == (4, 1, 2)
    # "Sở KH&ĐT" in the file is the registry's Sở Kế hoạch và Đầu tư.
    assert (skhdt["moves"], skhdt["days_later"], skhdt["median_days_later"]) == (2, 65, 32.5)
    assert (skhdt["undecided"], skhdt["unrecorded"]) == (1, 0)
    assert (snv["moves"], snv["days_later"], snv["unexplained"]) == (1, 34, 0)


def test_moves_are_listed_most_days_first_with_their_source(full: str) -> None:
    listed = json.loads(full)["moves"]
    days = [(m["plan_id"][-4:], m["task_id"], m["milestone"], m["days"]) for m in listed]
    assert days == [  # days as status counts them (review26): see the totals
        ("2022", "1", 1, 34),  # decided 25/03/2022, before 2023/1 on 20/03/2023
        ("2023", "1", 1, 34),
        ("2022", "1", 1, 31),
        ("2022", "3", 1, 15),
        ("2022", "2", 2, 10),
        ("2022", "2", 1, 4),
        ("2022", "3", 1, -4),
    ]
    hand = listed[3]
    assert (hand["recorded"], hand["explained"], hand["reason"]) == (False, False, None)
    assert hand["on"] == "2022-06-20"  # a hand edit is dated by its commit
    assert (hand["commit"]["author"], hand["commit"]["subject"]) == (
        HAND,
        "Sửa thời hạn nhiệm vụ 3",
    )
    assert (hand["old_due"], hand["new_due"]) == ("2022-06-30", "2022-07-15")
    late = listed[5]  # moved by hand, then written into the history: it is recorded
    assert (late["recorded"], late["reason"], late["decided_by"]) == (True, R3, REF3)
    assert late["commit"]["author"] == HAND
    before_git = listed[1]  # recorded before the file came into the repository
    assert (before_git["recorded"], before_git["commit"], before_git["on"]) == (
        True,
        None,
        "2023-03-20",
    )


def test_reasons_are_grouped_however_they_were_typed(full: str) -> None:
    reasons = [
        (r["reason"], r["moves"], r["days_later"], r["days_earlier"])
        for r in json.loads(full)["reasons"]
    ]
    assert reasons == [
        # named by the spelling typed most often, the earliest on a tie (review35): R1 on
        # 20/02/2022, " chờ số liệu của cục thống kê." on 25/03 (it moved more days)
        (R1, 2, 65, 0),
        (R2, 1, 10, 0),
        (R3, 1, 4, 0),
        (R5, 1, 34, 0),
        (R4, 1, 0, 4),
        (None, 1, 15, 0),
    ]


def test_a_period_keeps_the_moves_decided_or_committed_in_it(moves: Repo) -> None:
    document = slips_json(moves, "--from", "01/05/2022", "--to", "30/06/2022")
    assert (document["from"], document["to"]) == ("2022-05-01", "2022-06-30")
    assert [m["days"] for m in document["moves"]] == [15, 10, 4]
    total = document["summary"]["total"]
    assert (total["moves"], total["tasks_moved_again"], total["unrecorded"]) == (3, 1, 1)
    assert document["reworded"] == 0
    markdown = moves.ok("slips", "-f", "markdown", "--from", "01/05/2022", "--to", "30/06/2022")
    assert markdown.startswith("## Các lần dời thời hạn từ 01/05/2022 đến 30/06/2022\n")
    assert "1 lần chưa ghi đủ lý do và văn bản quyết định (1 lần sửa tay không ghi lịch sử)." in (
        markdown
    )


def test_agency_and_plan_filters(moves: Repo) -> None:
    stc = slips_json(moves, "--agency", "so tai chinh")
    assert stc["summary"]["total"]["moves"] == 4
    assert {m["task_id"] for m in stc["moves"]} == {"2", "3"}
    assert slips_json(moves, "--plan", "kh-15-2023")["summary"]["total"]["moves"] == 1


def test_outside_git_the_files_history_alone_counts(moves: Repo, tmp_path: Path) -> None:
    copy = tmp_path / "plans"
    shutil.copytree(moves.root / "plans", copy)
    result = moves.kehoach("slips", str(copy), "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["git"] is False
    total = document["summary"]["total"]
    assert (total["moves"], total["unrecorded"], total["undecided"]) == (6, 0, 1)
    assert "chỉ tính theo lịch sử ghi trong tệp" in result.stderr


# --- the formats --------------------------------------------------------------------------


def table_rows(markdown: str, heading: str) -> list[list[str]]:
    """The rows (header first) of the table under `heading`, every row as wide as the header."""
    part = markdown.split(f"### {heading}", 1)[1].split("\n### ", 1)[0]
    lines = [line for line in part.splitlines() if line.startswith("| ")]
    rows = [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines]
    assert len({len(row) for row in rows}) == 1, rows
    return [rows[0], *rows[2:]]


def test_markdown_for_the_committee(moves: Repo) -> None:
    markdown = moves.ok("slips", "--format", "markdown")
    assert markdown.startswith("## Các lần dời thời hạn (toàn bộ lịch sử)\n\n7 lần dời thời hạn")
    assert "lùi tổng cộng 128 ngày (trung vị 23 ngày)" in markdown
    agencies = table_rows(markdown, "Theo cơ quan chủ trì")
    assert agencies[1][:6] == ["Sở Tài chính", "4", "2", "2", "29", "10"]
    assert agencies[2][:6] == ["Sở Kế hoạch và Đầu tư", "2", "1", "1", "65", "32,5"]
    assert agencies[-1] == ["Tổng cộng", "7", "4", "3", "128", "23", "4", "4", "2", "1"]
    reasons = table_rows(markdown, "Lý do dời thời hạn")
    assert reasons[1] == [R1, "2", "65", "0"]
    assert reasons[-1] == ["(không ghi lý do: sửa tay)", "1", "15", "0"]
    missing = table_rows(markdown, "Các lần dời chưa ghi đủ lý do và văn bản quyết định (2)")
    assert [row[1] for row in missing[1:]] == ["1", "3"]  # most days first
    assert "⚠ chưa ghi văn bản quyết định" in missing[1][-1]
    assert missing[2][-1].startswith("⚠ sửa tay, không ghi lịch sử (commit ")
    assert missing[2][-1].endswith(f", {HAND})")
    listed = table_rows(markdown, "Các lần dời, nhiều ngày nhất trước")
    assert len(listed) == 8
    assert listed[3][4:7] == [
        "Trước ngày 28/2/2022 (28/02/2022) → Trước ngày 31/3/2022 (31/03/2022)",
        "lùi 31 ngày",
        "20/02/2022",
    ]
    assert listed[1][4] == (  # the day written beside the day it falls due, as status
        "Trước ngày 31/3/2022 (31/03/2022) → Trước ngày 30/4/2022 (30/04/2022 (T7) → 04/05/2022)"
    )
    assert listed[-1][5] == "sớm 4 ngày"
    assert "1 lần chỉ sửa cách ghi thời hạn, không đổi ngày" in markdown


def test_text_fits_the_terminal_and_keeps_the_diacritics(moves: Repo) -> None:
    text = moves.ok("slips")  # COLUMNS=120 in the repository's environment
    assert all(len(line) <= 120 for line in text.splitlines())
    assert "Theo lịch sử ghi trong tệp kế hoạch, đối chiếu với các commit git." in text
    # the rows name the lead as the summary does (the file wrote "Sở KH&ĐT"): a longer
    # lead column, so the why wraps sooner
    assert "Sở Kế hoạch và Đầu tư" in text and "⚠ sửa tay, không" in text
    assert "Sở KH&ĐT" not in text
    assert "(mốc 1)" in text and "(mốc 2)" in text  # task 2 has two milestones


def test_json_is_sorted_with_iso_dates(full: str) -> None:
    raw = full
    document = json.loads(raw)
    assert raw == json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert set(document) == {
        "schema", "from", "to", "git", "reworded", "summary", "reasons", "moves", "problems",
        "corrections",
    }  # fmt: skip
    for move in document["moves"]:
        for key in ("old_due", "new_due", "on"):
            assert date.fromisoformat(move[key])


def test_bad_options_get_one_line(moves: Repo) -> None:
    result = moves.kehoach("slips", "--from", "31/06/2022")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("kehoach: --from:") and "Traceback" not in result.stderr
    result = moves.kehoach("slips", "--from", "01/07/2022", "--to", "01/06/2022")
    assert result.returncode == 2 and "--from phải trước" in result.stderr


def test_nothing_moved_says_so(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    assert repo.ok("slips").splitlines()[1] == "Không có lần dời thời hạn nào trong kỳ."


# --- status: open deadlines moved at least once ----------------------------------------


def test_status_counts_open_deadlines_moved_per_agency(moves: Repo) -> None:
    moves.ok("done", "kh-15-2022/1", "--on", "15/04/2022")
    try:
        document = json.loads(moves.ok("status", "--as-of", "01/04/2022", "--format", "json"))
        agencies = {a["agency"]: a["open_moved"] for a in document["summary"]["agencies"]}
        # Task 1 was done on 15/04, after the day asked: still open then. Sở Tài chính's
        # deadlines were moved by changes decided from 16/05 on: not yet moved on 01/04
        # (as of a day, a deadline is the one then in force).
        assert agencies == {"Sở Tài chính": 0, "Sở Kế hoạch và Đầu tư": 1}
        markdown = moves.ok("status", "--as-of", "01/07/2022", "--format", "markdown")
        assert markdown.endswith(
            "Thời hạn chưa hoàn thành đã dời ít nhất một lần (theo lịch sử ghi trong tệp; "
            "chi tiết: kehoach slips): Sở Tài chính 3; tổng cộng 3.\n"
        )  # task 1 was done by then; the three moves of Sở Tài chính decided
    finally:
        moves.git("checkout", "--", PLAN)


# --- the pure computation --------------------------------------------------------------


def _slip(
    days: int, *, task: str = "1", recorded: Change | None = None, hand: bool = False
) -> Slip:
    old = date(2022, 6, 30)
    return Slip(
        "kh-1",
        "1/KH-UBND",
        task,
        "Nhiệm vụ",
        ("Sở Tài chính",),
        1,
        "Trước ngày 30/6/2022",
        f"sau {days}",
        old,
        date.fromordinal(old.toordinal() + days),
        recorded,
        Commit("a" * 40, "A", date(2022, 7, 1), "s") if hand else None,
    )


def test_reconcile_pairs_a_hand_edit_with_an_entry_written_later() -> None:
    entry = Change.model_validate(
        {"date": "2022-07-02", "from": "Trước ngày 30/6/2022", "to": "sau 3", "reason": "Lùi"}
    )
    recorded = _slip(3, recorded=entry)
    observed = [_slip(3, hand=True), _slip(7, hand=True)]
    out = reconcile([recorded], observed)
    assert [(s.days, s.recorded, s.commit is not None) for s in out] == [
        (3, entry, True),
        (7, None, True),
    ]


def test_an_entry_corrected_later_pairs_once_and_is_read_as_corrected() -> None:
    written = {"date": "2022-07-02", "from": "Trước ngày 30/6/2022", "to": "sau 3", "reason": "Lùi"}
    then = Change.model_validate(written)
    now = Change.model_validate({**written, "decided_by": "Công văn số 1/UBND"})
    out = reconcile([_slip(3, recorded=now)], [_slip(3, recorded=then, hand=True)])
    assert [(s.recorded, s.explained, s.commit is not None) for s in out] == [(now, True, True)]


def test_an_even_number_of_moves_has_the_mean_of_the_middle_two_as_median() -> None:
    report = build_slips([_slip(d, task=str(d)) for d in (1, 2, 10, 40)], None)
    assert report.total.median_later == 6
    assert report.total.tasks_moved_again == 0
    assert build_slips([], None).total.median_later is None


def test_a_period_is_inclusive_at_both_ends() -> None:
    period = Period(date(2022, 7, 1), date(2022, 7, 1))
    assert build_slips([_slip(5, hand=True)], None, period).total.moves == 1
    assert build_slips([_slip(5, hand=True)], None, Period(date(2022, 7, 2))).total.moves == 0


def test_reason_key_keeps_diacritics_apart() -> None:
    assert reason_key(" Chờ  số liệu. ") == reason_key("chờ số liệu")
    assert reason_key("chờ") != reason_key("chó")


def test_a_version_that_does_not_load_is_named_and_skipped_over(tmp_path: Path) -> None:
    repo = fresh_repo(tmp_path)
    good = repo.read()
    repo.write(good.replace("tasks:\n", "tasks: [\n", 1))
    repo.commit("Sửa dở", HAND, "2022-02-01")
    repo.write(good.replace('"Trước ngày 28/2/2022"', '"Trước ngày 31/3/2022"'))
    repo.commit("Sửa lại", HAND, "2022-02-02")
    result = repo.kehoach("slips", "--format", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert [(m["days"], m["recorded"]) for m in document["moves"]] == [(31, False)]
    assert [p["code"] for p in document["problems"]] == ["yaml"]
    assert document["problems"][0]["path"].endswith(f":{PLAN}")
    assert f":{PLAN}:" in result.stderr
