"""What earlier sessions' clerks found and left open, fixed by `fixes24` (2026-12-03). Each
test is a step a clerk took and the answer they should have had; each runs the installed
command on plans in a git repository of the clerk's own."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from clirun import CLERK, kehoach
from gitrun import git


def run(*args: str, cwd: Path, columns: int = 200) -> subprocess.CompletedProcess[str]:
    """The command run by the clerk in `cwd` on a terminal `columns` wide (test_fixes25 too)."""
    return kehoach(*args, cwd=cwd, env={**CLERK, "COLUMNS": str(columns)})


REGISTRY = "schema: 1\njurisdiction: Nghệ An\nagencies: []\n"
BUNDLED = Path(__file__).parents[1] / "plans"


def office(tmp_path: Path) -> Path:
    """The bundled plans (KH 348 among them) in a git repository of the clerk's own."""
    shutil.copytree(BUNDLED, tmp_path / "plans", ignore=shutil.ignore_patterns("sources"))
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "Các kế hoạch")
    return tmp_path


# A commune's election timetable (fresh23's clerk): the election's day decided later.
ELECTION = """\
schema: 1
id: kh-12-2027
number: 12/KH-UBND
title: Kế hoạch tổ chức bầu cử của UBND xã Đô Lương
issuer: UBND xã Đô Lương
jurisdiction: Nghệ An
commune: xã Đô Lương
issued: 05/01/2027
source: {document: KH 12.pdf, complete: true}
events:
  - name: ngày bầu cử
    day: null
tasks:
  - id: "5"
    title: Lập danh sách cử tri
    lead: [UBND xã]
    deadline: Chậm nhất 40 ngày trước ngày bầu cử
  - id: "6"
    title: Niêm yết danh sách cử tri
    lead: [UBND xã]
    deadline: Chậm nhất 30 ngày trước ngày bầu cử
  - id: "7"
    title: Báo cáo rà soát cử tri
    lead: [UBND xã]
    deadline: Trước ngày 31/01/2027
  - id: "8"
    title: Tổng hợp kết quả rà soát
    lead: [UBND xã]
    deadline: 10 ngày làm việc sau khi nhiệm vụ 7 hoàn thành
"""


def _commune(tmp_path: Path, plan: str = ELECTION) -> Path:
    """A commune's repository: the registry and `plan` (as kh-12-2027.yaml), committed."""
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    (plans / "kh-12-2027.yaml").write_text(plan, encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "Kế hoạch bầu cử")
    return tmp_path


def _edit(root: Path, old: str, new: str, message: str | None = None) -> None:
    """The commune's plan with its first `old` (which must be there) written `new`; committed
    with `message` when one is given."""
    path = root / "plans" / "kh-12-2027.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    if message is not None:
        git(root, "commit", "-qam", message)


# --- 1. an event given its day is the reason, not a move per task ------------------------


def test_an_event_given_its_day_needs_no_reason_per_task(tmp_path: Path) -> None:
    """The clerk wrote the election's day (`day: null` → 23/05/2027): `diff
    --require-reasons` listed tasks 5 and 6 as moved without reason and exited 1, though
    no task's history can record it; the event's day is the reason, named."""
    root = _commune(tmp_path)
    _edit(root, "day: null", "day: 23/05/2027\n    decided_by: Nghị quyết số 1/NQ-HĐBC")
    done = run("diff", "--require-reasons", cwd=root)
    assert done.returncode == 0, done.stdout
    assert "chưa ghi lý do" not in done.stdout
    assert '"Chậm nhất 40 ngày trước ngày bầu cử" có ngày 13/04/2027' in done.stdout
    assert (
        "lý do: sự kiện “ngày bầu cử” được ấn định ngày 23/05/2027; quyết định: Nghị quyết "
        "số 1/NQ-HĐBC"
    ) in done.stdout
    assert "1 mục → 1 mục" not in done.stdout  # the event's day itself is shown
    assert "Sự kiện làm mốc: ngày bầu cử chưa ấn định → 23/05/2027" in done.stdout
    deadline = json.loads(run("diff", "--format", "json", cwd=root).stdout)["plans"][0]["tasks"][0][
        "deadlines"
    ][0]
    assert (deadline["dated"], deadline["new_due"]) == (True, "2027-04-13")
    assert deadline["reason"] == "sự kiện “ngày bầu cử” được ấn định ngày 23/05/2027"


def test_an_event_given_its_day_is_no_slip(tmp_path: Path) -> None:
    """Committed, the same edit counted in `slips` as two hand edits without reason."""
    root = _commune(tmp_path)
    _edit(root, "day: null", "day: 23/05/2027")
    git(root, "commit", "-qam", "Ấn định ngày bầu cử")
    slips = run("slips", "--from", "01/01/2026", "--to", "31/12/2027", cwd=root)
    assert slips.returncode == 0, slips.stderr
    assert "Không có lần dời thời hạn nào" in slips.stdout
    log = run("log", "kh-12-2027/5", cwd=root)
    assert "lý do: sự kiện “ngày bầu cử” được ấn định ngày 23/05/2027" in log.stdout
    assert "chưa ghi lý do" not in log.stdout


def test_an_event_moved_to_another_day_is_explained_by_its_new_document(
    tmp_path: Path,
) -> None:
    """An event moved from one day to another moves every deadline counted from it: a
    decision, which the event's `decided_by` records (no task's history can)."""
    root = _commune(tmp_path, ELECTION.replace("day: null", "day: 23/05/2027"))
    _edit(root, "day: 23/05/2027", "day: 30/05/2027")
    undecided = run("diff", "--require-reasons", cwd=root)
    assert undecided.returncode == 1
    assert (
        "lý do: sự kiện “ngày bầu cử” dời sang ngày 30/05/2027 (⚠ chưa ghi văn bản quyết "
        "định: decided_by của sự kiện trong events:)"
    ) in undecided.stdout
    _edit(root, "day: 30/05/2027", "day: 30/05/2027\n    decided_by: Nghị quyết số 2/NQ-HĐBC")
    decided = run("diff", "--require-reasons", cwd=root)
    assert decided.returncode == 0, decided.stdout
    assert "13/04/2027) → " in decided.stdout and "lùi 7 ngày" in decided.stdout
    assert "quyết định: Nghị quyết số 2/NQ-HĐBC" in decided.stdout


def test_a_task_done_dates_the_task_counted_from_it(tmp_path: Path) -> None:
    """Task 8 counts 10 working days from task 7's completion: task 7 reported done gave
    task 8 its day, and `diff --require-reasons` wanted a reason for task 8's "move"."""
    root = _commune(tmp_path)
    _edit(
        root,
        "deadline: Trước ngày 31/01/2027\n",
        "deadline: Trước ngày 31/01/2027\n    status: done\n    completed: 25/01/2027\n",
    )
    done = run("diff", "--require-reasons", cwd=root)
    assert done.returncode == 0, done.stdout
    assert "lý do: nhiệm vụ 7 hoàn thành ngày 25/01/2027" in done.stdout


# --- 2. a named commune sees the work given to every commune ----------------------------

# The province's registry lists its collectives (as `validate` asks it to).
PROVINCE_REGISTRY = """\
schema: 1
jurisdiction: Nghệ An
agencies:
  - {id: ubnd-cac-xa-phuong, name: "UBND các xã, phường", kind: group}
  - {id: ubnd-cac-phuong, name: "UBND các phường", kind: group}
"""

PROVINCE_PLAN = """\
schema: 1
id: kh-50-2026
number: 50/KH-UBND
title: Kế hoạch chuyển đổi số năm 2026
issuer: UBND tỉnh Nghệ An
jurisdiction: Nghệ An
issued: 05/01/2026
source: {document: KH 50.pdf, complete: true}
tasks:
  - id: "1"
    title: Rà soát hạ tầng số
    lead: ["UBND các xã, phường"]
    deadline: Trước ngày 31/03/2026
  - id: "2"
    title: Đào tạo cán bộ
    lead: [Sở Khoa học và Công nghệ]
    support: ["UBND các xã, phường"]
    deadline: Trước ngày 30/06/2026
  - id: "3"
    title: Chỉnh trang đô thị
    lead: ["UBND các phường"]
    deadline: Trước ngày 30/06/2026
  - id: "4"
    title: Cập nhật dữ liệu dân cư
    lead: [UBND cấp xã]
    deadline: Trước ngày 30/04/2026
"""

COMMUNE_PLAN = """\
schema: 1
id: kh-12-2026
number: 12/KH-UBND
title: Kế hoạch công tác năm 2026 của UBND xã Đô Lương
issuer: UBND xã Đô Lương
jurisdiction: Nghệ An
commune: xã Đô Lương
issued: 05/01/2026
source: {document: KH 12.pdf, complete: true}
tasks:
  - id: "1"
    title: Báo cáo kinh tế - xã hội quý I
    lead: [UBND xã]
    deadline: Trước ngày 31/03/2026
"""


def _commune_office(tmp_path: Path) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(PROVINCE_REGISTRY, encoding="utf-8")
    (plans / "kh-50-2026.yaml").write_text(PROVINCE_PLAN, encoding="utf-8")
    (plans / "kh-12-2026.yaml").write_text(COMMUNE_PLAN, encoding="utf-8")
    return tmp_path


def test_a_commune_sees_the_tasks_given_to_every_commune(tmp_path: Path) -> None:
    """`status --agency "ubnd xa do luong"` listed the commune's own task only: the
    province's tasks to "UBND các xã, phường" and to "UBND cấp xã", which are the
    commune's too, were silently left out. "UBND các phường" is no xã's."""
    root = _commune_office(tmp_path)
    assert run("validate", cwd=root).returncode == 0
    done = run(
        "status", "--as-of", "01/03/2026", "--agency", "ubnd xa do luong", "-f", "json", cwd=root
    )
    assert done.returncode == 0, done.stderr
    items = json.loads(done.stdout)["items"]
    assert sorted((i["plan_id"], i["task_id"]) for i in items) == [
        ("kh-12-2026", "1"),
        ("kh-50-2026", "1"),
        ("kh-50-2026", "2"),
        ("kh-50-2026", "4"),
    ]
    assert (
        "tính cả việc giao chung UBND các xã, phường (Ủy ban nhân dân xã Đô Lương là một "
        "trong số đó)"
    ) in done.stderr
    assert "tính cả việc giao chung Ủy ban nhân dân cấp xã" in done.stderr
    shared = next(i for i in items if (i["plan_id"], i["task_id"]) == ("kh-50-2026", "1"))
    said = "UBND các xã, phường (giao chung, gồm Ủy ban nhân dân xã Đô Lương)"
    assert shared["lead"] == [said]
    markdown = ("--all", "--agency", "ubnd xa do luong", "-f", "markdown")
    text = run("status", "--as-of", "01/03/2026", *markdown, cwd=root)
    assert "UBND các xã, phường (giao chung, gồm" in text.stdout

    # the other way round is not read: a task of one commune is not every commune's
    alone = run(
        "status", "--as-of", "01/03/2026", "--agency", "UBND các xã, phường", "-f", "json", cwd=root
    )
    assert sorted(i["task_id"] for i in json.loads(alone.stdout)["items"]) == ["1", "2"]


# --- 5. two calendars: refused, naming both ------------------------------------------

SWAPS = """\
schema: 1
years:
  2027:
    swaps:
      - off: {off}
        work: {work}
        reason: {reason}
        decided_by: Công văn {ref}/VPCP-KGVX
        source: https://chinhphu.vn/{ref}
"""


def test_two_calendars_are_refused_naming_both(tmp_path: Path) -> None:
    """calendar.yaml beside calendar.yml (or one in a subfolder): the first was read, the
    other's swapped days off silently left out of every count of working days."""
    root = _commune(tmp_path)
    plans = root / "plans"
    (plans / "calendar.yaml").write_text(
        SWAPS.format(off="05/02/2027", work="20/02/2027", reason="Tết Nguyên đán", ref="1"),
        encoding="utf-8",
    )
    (plans / "calendar.yml").write_text(
        SWAPS.format(off="30/04/2027", work="08/05/2027", reason="Ngày Chiến thắng", ref="2"),
        encoding="utf-8",
    )
    done = run("validate", cwd=root)
    assert done.returncode == 1
    assert (
        "plans/calendar.yml:1:1: error: plans/calendar.yaml và tệp này: hai lịch ngày nghỉ "
        "khác nhau"
    ) in done.stdout
    assert "[two-calendars]" in done.stdout
    for command in (("status",), ("workdays", "01/04/2027", "31/05/2027")):
        refused = run(*command, cwd=root)
        assert refused.returncode == 1, command
        assert "plans/calendar.yml: lịch ngày nghỉ có lỗi" in refused.stderr
        assert "Traceback" not in refused.stderr
    # in a subfolder, the same
    (plans / "2027").mkdir()
    (plans / "calendar.yml").rename(plans / "2027" / "calendar.yaml")
    nested = run("validate", cwd=root)
    assert "plans/2027/calendar.yaml:1:1: error: plans/calendar.yaml và tệp này" in nested.stdout
    # one copy alike byte for byte is one calendar
    (plans / "2027" / "calendar.yaml").write_bytes((plans / "calendar.yaml").read_bytes())
    assert run("validate", cwd=root).returncode == 0


# --- 4. import: a pointer to an appendix is no body; two leads with no "chủ trì" --------

# KH 348/KH-UBND, Phụ lục 1, row 3 as printed (plans/sources/kh-348-2022-tong-ket-nq26.txt);
# row 2's cell is a variant of the form "A, B phối hợp với C" with no "chủ trì".
ASSIGNED = (
    "TT\tNội dung/hoạt động\tThời hạn hoàn thành\tPhân công thực hiện\n"
    "1.\tRà soát văn bản quy phạm pháp luật\tTrước ngày 30/6/2026\t"
    "Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ\n"
    "2.\tTổng hợp báo cáo sơ kết\tTrước ngày 31/7/2026\t"
    "Sở Nội vụ, Sở Tài chính phối hợp với Sở Tư pháp\n"
    "3.\tXây dựng báo cáo tham luận của tỉnh tham gia hội thảo theo phân công của Ban Kinh "
    "tế Trung ương.\tTham mưu UBND tỉnh trước ngày 31/7/2022\t"
    "Phân công chi tiết tại phụ lục 2\n"
)


def test_import_names_a_pointer_to_an_appendix_and_unmarked_leads(tmp_path: Path) -> None:
    """ "Phân công chi tiết tại phụ lục 2" was listed as an agency missing from the registry,
    with an entry ready to paste into agencies.yaml (a sentence made a body); "Sở Nội vụ,
    Sở Tài chính phối hợp với Sở Tư pháp" gave two leads without a word."""
    root = _commune_office(tmp_path)
    done = kehoach(
        "import",
        "-",
        "--title",
        "Sơ kết",
        "--issuer",
        "UBND tỉnh Nghệ An",
        cwd=root,
        env=CLERK,
        stdin=ASSIGNED,
    )
    assert done.returncode == 0, done.stderr
    first = done.stderr.splitlines()[0]
    assert first.endswith(
        "0 cơ quan chưa có trong danh mục; 1 nhiệm vụ chưa nêu cơ quan chủ trì"
    ), first
    assert "phan-cong-chi-tiet" not in done.stderr  # no registry entry for a sentence
    assert (
        "  nhiệm vụ 3: ô phân công không nêu tên cơ quan nào ('Phân công chi tiết tại phụ "
        "lục 2'); ghi lead theo chỗ văn bản chỉ tới"
    ) in done.stderr
    assert (
        "  nhiệm vụ 2: ô phân công không ghi ai chủ trì ('Sở Nội vụ, Sở Tài chính phối hợp "
        "với Sở Tư pháp'); đã ghi 2 cơ quan cùng chủ trì (Sở Nội vụ, Sở Tài chính): kiểm tra "
        "với văn bản"
    ) in done.stderr
    assert "nhiệm vụ 1: ô phân công" not in done.stderr  # "chủ trì" says who leads


# --- 3. a move to a day already past when it was decided -------------------------------


def test_a_move_to_a_day_past_at_its_decision_is_refused_or_said(tmp_path: Path) -> None:
    """`reschedule 348/7 "Trước ngày 15/7/2022" --on 25/07/2022` (a day or a year mistyped:
    moved to a day that had passed when it was decided) was written without a word; so
    was a move to 2022 decided, without --on, today. With --on: refused, the file
    untouched, the way out named (--allow-past, as `done` refuses a day after today);
    without --on: written, and said."""
    root = office(tmp_path)
    plan = root / "plans" / "kh-348-2022.yaml"
    before = plan.read_bytes()
    refused = run(
        "reschedule", "348/7", "Trước ngày 15/7/2022", "--reason", "Chờ ý kiến",
        "--on", "25/07/2022", cwd=root,
    )  # fmt: skip
    assert refused.returncode == 2
    assert refused.stderr == (
        "kehoach: thời hạn mới 'Trước ngày 15/7/2022' (15/07/2022) trước ngày quyết định "
        "25/07/2022: dời tới một ngày đã qua lúc quyết định thường là gõ nhầm ngày hoặc năm; "
        "sửa cụm từ hoặc --on, hoặc thêm --allow-past nếu văn bản đúng là gia hạn về một "
        "ngày đã qua\n"
    )
    assert plan.read_bytes() == before
    allowed = run(
        "reschedule", "348/7", "Trước ngày 15/7/2022", "--reason", "Chờ ý kiến",
        "--on", "25/07/2022", "--allow-past", cwd=root,
    )  # fmt: skip
    assert allowed.returncode == 0, allowed.stderr
    git(root, "checkout", "-q", "plans")
    today = run("reschedule", "348/7", "Trước ngày 15/8/2022", "--reason", "Chờ ý kiến", cwd=root)
    assert today.returncode == 0, today.stderr
    assert "lưu ý: thời hạn mới (15/08/2022) đã qua so với hôm nay" in today.stderr
    assert "ghi lại với --on ngày của văn bản đó" in today.stderr
    git(root, "checkout", "-q", "plans")
    dated = run(
        "reschedule", "348/7", "Trước ngày 30/8/2022", "--reason", "Bổ sung số liệu",
        "--on", "10/08/2022", cwd=root,
    )  # fmt: skip
    assert dated.returncode == 0, dated.stderr  # decided before its new day: nothing to say
    assert "lưu ý: thời hạn mới" not in dated.stderr


# --- 6. two provinces' registries in one repository: what is supported, said -----------

SON_LA_REGISTRY = """\
schema: 1
jurisdiction: Sơn La
agencies:
  - {id: bcd-cds-son-la, name: Ban Chỉ đạo chuyển đổi số tỉnh Sơn La, aliases: [BCĐ CĐS]}
"""


def test_two_provinces_registries_in_one_repository_are_refused_saying_why(
    tmp_path: Path,
) -> None:
    """plans/nghe-an/ and plans/son-la/, each with its agencies.yaml, under one `plans/`:
    refused as two repositories are, but the message named absolute paths and said the
    second province's plans "sẽ bị đọc" by the first's registry, as if the run went on; it
    now says one registry per run is what is supported, and which folders to run alone."""
    plans = tmp_path / "plans"
    shutil.copytree(BUNDLED, plans / "nghe-an", ignore=shutil.ignore_patterns("sources"))
    (plans / "son-la").mkdir()
    (plans / "son-la" / "agencies.yaml").write_text(SON_LA_REGISTRY, encoding="utf-8")
    (plans / "son-la" / "kh-5-2026.yaml").write_text(
        ELECTION.replace("Nghệ An", "Sơn La").replace("kh-12-2027", "son-la-kh-5-2027"),
        encoding="utf-8",
    )
    done = run("status", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == (
        "kehoach: plans/nghe-an/agencies.yaml và plans/son-la/agencies.yaml: hai danh mục cơ "
        "quan khác nhau; mỗi lần chạy chỉ đọc một danh mục (chưa hỗ trợ nhiều danh mục trong "
        "một lần chạy), và các kế hoạch bên plans/son-la không được đọc theo danh mục của "
        "plans/nghe-an: chạy riêng từng thư mục (plans/nghe-an, plans/son-la), hoặc gộp các "
        "mục vào một agencies.yaml (mục của tỉnh khác ghi jurisdiction: tên tỉnh)\n"
    )
    assert run("validate", "plans/son-la", cwd=tmp_path).returncode == 0
