"""The findings a new user made on main in session 38 (session 39, branch fixes39).

Each a real bug, fixed on its own: a progress figure told with "mới … được" read as the
quarter's deadline; a real word ("Tội", crime) folded into "Tới" before a quarter; a folded
block scalar's line feed kept in a reschedule's history and a quoted deadline rewritten as a
block counted as moved; CR LF in a reschedule's reason refused; `deadline --format json`
without the notes and due rows of the text output; a merged body suggested by `assign`; a
weekday gloss after a range's end refused; a recurring step due on a period's last day.
"""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest

from clirun import CLERK, kehoach
from gitrun import git
from kehoach.dates.deadline import (
    Context,
    DeadlineError,
    DeadlineKind,
    parse_deadlines,
)
from test_fixes24 import _commune

_ISSUED = Context(issued=date(2026, 1, 1))


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """The installed `kehoach args` from `cwd`, `stdin` its input, as a clerk runs it."""
    return kehoach(*args, cwd=cwd, stdin=stdin, env=CLERK)


# a commune's repository (test_fixes24): the registry (Nghệ An, no entry of its own) and a
# plan as plans/kh-12-2027.yaml, committed
PLAN_FILE = Path("plans") / "kh-12-2027.yaml"


def office(tmp_path: Path, plan: str) -> Path:
    """`plan` as `PLAN_FILE` beside an empty registry, committed in a git repository."""
    return _commune(tmp_path, plan)


def _refused(phrase: str, *words: str, context: Context = _ISSUED) -> str:
    """The reason `phrase` is refused with; each of `words` must be in it."""
    with pytest.raises(DeadlineError) as refused:
        parse_deadlines(phrase, context)
    for word in words:
        assert word in refused.value.why
    return refused.value.why


# 1. A progress figure told with "mới … được" is a result as of the quarter, no deadline


def test_share_reached_told_with_moi_duoc_is_refused() -> None:
    # the finding (a report's line); before: the window of quarter III/2026, due 30/09/2026
    _refused(
        "Tới quý III/2026, Sở X mới hoàn thành được 50% khối lượng",
        "mới hoàn thành được 50",
        "số liệu tại ngày đó",
        "last_day",
    )


def test_share_reached_told_with_da_duoc_stays_refused() -> None:
    # refusal neighbour: "đã … được" was refused on main already
    _refused("Tới quý III/2026, Sở X đã hoàn thành được 50% khối lượng", "số liệu tại ngày đó")


def test_work_in_the_quarter_still_reads() -> None:
    # tests/corpus/v-dantri-ttcp-thanh-tra-y-te-2026.yaml
    (read,) = parse_deadlines(
        "Tới quý III/2026, Cục X sẽ công bố thanh tra Bệnh viện K và các đơn vị trực thuộc",
        Context(issued=date(2025, 12, 17)),
    )
    assert read.kind is DeadlineKind.WINDOW
    assert (read.first, read.last) == (date(2026, 7, 1), date(2026, 9, 30))


# 2. A real word that folds to "tới"/"đến" is never read as the time word


def test_toi_crime_opening_a_sentence_is_refused() -> None:
    # the finding; before: "Tội quý III/2026" read as "Tới quý III/2026", due 30/09/2026
    _refused("Tội quý III/2026, Sở X hoàn thành 50% khối lượng", "last_day")


def test_toi_crime_alone_before_a_quarter_is_refused() -> None:
    # the finding; before: the step "Tội" in quarter III/2026, due 30/09/2026
    _refused("Tội quý III/2026", "“Tội”", "không phải “tới”/“đến”", "last_day")


def test_ti_with_a_lost_letter_stays_refused() -> None:
    # refusal neighbour: a lost glyph, read again whole ("Tới"/"Tối"), refused on main already
    _refused("Ti quý III/2026", "“Ti”", "last_day")


def test_den_quarter_opening_a_sentence_still_reads() -> None:
    # tests/corpus/t-dantri-ke-hoach-thanh-tra-2026-cuc-i.yaml
    (read,) = parse_deadlines(
        "Đến quý IV, Thanh tra Chính phủ giao Cục I thanh tra tại UBND tỉnh Hưng Yên",
        Context(issued=date(2026, 1, 12)),
    )
    assert (read.first, read.last) == (date(2026, 10, 1), date(2026, 12, 31))


# 3. A deadline written as a block scalar is its text, stripped

PLAN = """\
schema: 1
id: kh-thu
number: 1/KH-UBND
title: Kế hoạch thử
issuer: UBND tỉnh
jurisdiction: Nghệ An
issued: 2026-06-02
source: {document: thu.txt, complete: true}
tasks:
  - id: "1"
    title: Báo cáo
    lead: [UBND tỉnh]
"""
FOLDED = PLAN + "    deadline: >\n      Trước ngày\n      23/6/2026\n"
QUOTED = PLAN + '    deadline: "Trước ngày 23/6/2026"\n'


def test_reschedule_of_a_folded_deadline_records_it_without_its_line_feed(
    tmp_path: Path,
) -> None:
    root = office(tmp_path, FOLDED)
    moved = run(
        "reschedule", "kh-thu/1", "Trước ngày 30/6/2026", "--reason", "Chờ số liệu",
        "--on", "10/06/2026", cwd=root,
    )  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    written = (root / PLAN_FILE).read_text(encoding="utf-8")
    assert 'from: "Trước ngày 23/6/2026"\n' in written  # before: "Trước ngày 23/6/2026\\n"


def test_a_quoted_deadline_rewritten_as_a_block_is_no_move(tmp_path: Path) -> None:
    root = office(tmp_path, QUOTED)
    (root / PLAN_FILE).write_text(FOLDED, encoding="utf-8")
    git(root, "commit", "-qam", "Viết lại thời hạn")
    compared = run("diff", "HEAD~1", "HEAD", "--require-reasons", cwd=root)
    assert compared.returncode == 0, compared.stdout
    assert "dời" not in compared.stdout  # before: moved, "chưa ghi lý do"


# 4. A reason pasted with Windows line ends is folded as one with LF


def test_reason_with_crlf_line_ends_is_folded_into_one_line(tmp_path: Path) -> None:
    root = office(tmp_path, QUOTED)
    moved = run(
        "reschedule", "kh-thu/1", "Trước ngày 30/6/2026",
        "--reason", "Chờ số liệu\r\ncủa Sở Tài chính\r", "--on", "10/06/2026", cwd=root,
    )  # fmt: skip
    assert moved.returncode == 0, moved.stderr  # before: "ký tự điều khiển U+000D"
    written = (root / PLAN_FILE).read_text(encoding="utf-8")
    assert "reason: Chờ số liệu của Sở Tài chính\n" in written


def test_reason_with_another_control_character_stays_refused(tmp_path: Path) -> None:
    root = office(tmp_path, QUOTED)
    moved = run(
        "reschedule", "kh-thu/1", "Trước ngày 30/6/2026",
        "--reason", "Chờ số liệu\x0b", "--on", "10/06/2026", cwd=root,
    )  # fmt: skip
    assert moved.returncode == 2
    assert "ký tự điều khiển U+000B" in moved.stderr
    assert (root / PLAN_FILE).read_text(encoding="utf-8") == QUOTED


# 5. `deadline --format json` gives the text's "Đến hạn" and "Ghi chú" rows


def test_json_gives_the_working_day_a_holiday_falls_due_on(tmp_path: Path) -> None:
    shown = run("deadline", "Trước ngày 30/4/2026", "-f", "json", cwd=tmp_path)
    data = json.loads(shown.stdout)
    assert data["last"] == "2026-04-30"  # nothing removed
    assert data["falls_due"] == "2026-05-04"  # the text's "Đến hạn"; before: no such key
    assert "Ngày Chiến thắng" in data["falls_due_why"]
    assert data["note"] is None


def test_json_gives_why_a_holiday_printed_with_its_weekday_is_kept(tmp_path: Path) -> None:
    shown = run("deadline", "Ngày 30/4/2026 (thứ Năm)", "-f", "json", cwd=tmp_path)
    data = json.loads(shown.stdout)
    assert data["falls_due"] is None
    assert "giữ ngày này" in data["note"]  # the text's "Ghi chú"; before: no such key


def test_json_lines_give_a_recurring_due_day_rolled(tmp_path: Path) -> None:
    shown = run(
        "deadline", "-", "-f", "json", "--as-of", "01/09/2026", cwd=tmp_path,
        stdin="Ngày 20 hằng tháng\n",
    )  # fmt: skip
    data = json.loads(shown.stdout)
    assert (data["next_due"], data["falls_due"]) == ("2026-09-20", "2026-09-21")


def test_the_readme_documents_the_new_keys() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert all(f" {key},  " in readme for key in ("falls_due", "falls_due_why", "note"))


# 6. `assign` never offers a body the registry marks merged or dissolved

MERGED = """\
schema: 1
jurisdiction: Nghệ An
agencies:
  - id: so-du-lich
    name: Sở Du lịch
    valid_until: 2025-02-28
    successor: so-van-hoa
  - id: so-van-hoa
    name: Sở Văn hóa và Thể thao
  - id: so-cu
    name: Sở Cũ
    valid_until: 2025-02-28
"""


def test_assign_offers_no_merged_body_for_a_kind_alone(tmp_path: Path) -> None:
    root = office(tmp_path, QUOTED)
    (root / "plans" / "agencies.yaml").write_text(MERGED, encoding="utf-8")
    refused = run("assign", "kh-thu/1", "--lead", "so", cwd=root)
    assert refused.returncode != 0
    assert "'so' chỉ nêu loại cơ quan" in refused.stderr
    # before: "(như Sở Du lịch; …): gõ thêm tên, ví dụ 'so du lich'", merged in 2025
    assert "Sở Du lịch;" not in refused.stderr and "Sở Cũ" not in refused.stderr
    assert "ví dụ 'so du lich'" not in refused.stderr


def test_assign_offers_no_merged_body_for_a_name_mistyped(tmp_path: Path) -> None:
    root = office(tmp_path, QUOTED)
    (root / "plans" / "agencies.yaml").write_text(MERGED, encoding="utf-8")
    merged = run("assign", "kh-thu/1", "--lead", "so du lich x", cwd=root)
    assert "có phải: Sở Du lịch" not in merged.stderr  # before: "có phải: Sở Du lịch?"
    # ... but the body that took it over is named (fresh39b: the nearest body in being,
    # "Sở Quy hoạch - Kiến trúc", was offered for "so ke hoach")
    assert "Sở Du lịch nay là Sở Văn hóa và Thể thao" in merged.stderr
    national = run("assign", "kh-thu/1", "--lead", "so ke hoach va dau", cwd=root)
    assert "có phải: Sở Kế hoạch và Đầu tư" not in national.stderr  # merged, 2025
    assert "Sở Kế hoạch và Đầu tư nay là Sở Tài chính" in national.stderr
    for typed in ("so ke hoach", "so ke hoach dau tu"):
        short = run("assign", "kh-thu/1", "--lead", typed, cwd=root)
        assert "Sở Kế hoạch và Đầu tư nay là Sở Tài chính" in short.stderr, short.stderr
        assert "Quy hoạch" not in short.stderr
    kept = run("assign", "kh-thu/1", "--lead", "so van hoa va the tha", cwd=root)
    assert "có phải: Sở Văn hóa và Thể thao?" in kept.stderr  # the body in being
    assert (root / PLAN_FILE).read_text(encoding="utf-8") == QUOTED


def test_validate_still_names_a_merged_body_of_an_old_plan(tmp_path: Path) -> None:
    # refusal neighbour: a plan of 2022 names the body of its time, and validate reads it
    old = QUOTED.replace("issued: 2026-06-02", "issued: 2022-06-02").replace(
        'deadline: "Trước ngày 23/6/2026"', 'deadline: "Trước ngày 23/6/2022"'
    )
    root = office(tmp_path, old.replace("lead: [UBND tỉnh]", "lead: [Sở Du lịch]"))
    (root / "plans" / "agencies.yaml").write_text(MERGED, encoding="utf-8")
    assert run("validate", "plans", cwd=root).returncode == 0


# 7. A weekday after a span's end is checked against that end, and kept as a gloss


def test_weekday_after_a_span_s_end_reads_the_span() -> None:
    # the finding: 30/4/2026 is a Thursday; before: "thứ trong tuần chỉ đi với một ngày"
    (read,) = parse_deadlines("từ 27/4 đến 30/4/2026 (thứ Năm)", _ISSUED)
    assert read.kind is DeadlineKind.WINDOW
    assert (read.first, read.last) == (date(2026, 4, 27), date(2026, 4, 30))
    assert read.gloss == "thứ Năm"


def test_weekday_after_a_span_s_end_through_its_day_reads_the_span() -> None:
    (read,) = parse_deadlines("Từ ngày 27/4/2026 đến hết ngày 30/4/2026 (thứ Năm)", _ISSUED)
    assert (read.first, read.last) == (date(2026, 4, 27), date(2026, 4, 30))


def test_another_weekday_after_a_span_s_end_is_refused() -> None:
    # refusal neighbour: 30/4/2026 is no Friday
    _refused("từ 27/4 đến 30/4/2026 (thứ Sáu)", "Thứ Năm, không phải Thứ Sáu", "last_day")


def test_two_weekdays_of_a_span_still_read() -> None:
    # tests/corpus/zs-tinhdoandaklak-le-hoi-ca-phe-buon-ma-thuot-lan-7-2019.yaml
    (read,) = parse_deadlines(
        "Thời gian: Từ ngày 09/3/2019 (thứ Bảy) đến ngày 16/3/2019 (thứ Bảy)",
        Context(issued=date(2019, 1, 25)),
    )
    assert (read.first, read.last) == (date(2019, 3, 9), date(2019, 3, 16))


# 8. `status` says the due day of a rule that prints none: each period's last day

RECURRING = PLAN.replace("issued: 2026-06-02", "issued: 2026-01-05") + (
    '    deadline: "Định kỳ hằng quý"\n'
    '  - id: "2"\n'
    "    title: Báo cáo tháng\n"
    "    lead: [UBND tỉnh]\n"
    '    deadline: "Báo cáo hằng tháng trước ngày 20"\n'
)


def _row(shown: str, task: str) -> str:
    """The Markdown table row of task `task` of plan 1/KH-UBND in `shown` (its first)."""
    return next(line for line in shown.splitlines() if line.startswith(f"| 1/KH-UBND | {task} |"))


def test_status_says_a_quarterly_rule_is_due_on_the_quarter_s_last_day(tmp_path: Path) -> None:
    root = office(tmp_path, RECURRING)
    shown = run("status", "plans", "--as-of", "15/08/2026", "-f", "markdown", cwd=root).stdout
    quarterly = _row(shown, "1")
    assert "31/03/2026" in quarterly and "quý I/2026" in quarterly
    # before: "Định kỳ hằng quý | 31/03/2026", the day alone, its rule unsaid
    assert "Định kỳ hằng quý<br>hạn ngày cuối kỳ" in quarterly
    monthly = _row(shown, "2")
    assert "hạn ngày cuối kỳ" not in monthly  # the phrase says its day
    text = run("status", "plans", "--as-of", "15/08/2026", cwd=root).stdout
    assert "hạn ngày cuối kỳ" in text
