"""What the `fresh24` helper's clerk (Văn phòng UBND tỉnh Phú Thọ, the province merged with
Vĩnh Phúc and Hòa Bình in 2025, new to kehoach, 2026-12-03) met copying a real plan — the
province's 2025 plan to revise its master plan (Kế hoạch tổ chức lập điều chỉnh Quy hoạch
tỉnh Phú Thọ thời kỳ 2021 - 2030, whose steps are "Hoàn thành trước ngày 30/10/2025" …) —
with a monthly progress report and counts from the issue day and from an event added, then
trying to break it. Each test is a command the clerk ran and the answer they should have
had; each runs the installed command."""

from __future__ import annotations

import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

from clirun import CLERK, KEHOACH, environment, kehoach
from gitrun import git

SVG = "{http://www.w3.org/2000/svg}"
REGISTRY = "schema: 1\njurisdiction: Phú Thọ\nagencies: []\n"

PLAN = """\
schema: 1
id: kh-qh-2025
number: null
kind: Kế hoạch
title: Tổ chức lập điều chỉnh Quy hoạch tỉnh Phú Thọ thời kỳ 2021 - 2030, tầm nhìn đến năm 2050
issuer: UBND tỉnh Phú Thọ
jurisdiction: Phú Thọ
issued: 2025-10-09
source:
  document: kh-qh-2025.pdf
  complete: false
tasks:
  - id: "1"
    title: Phê duyệt nội dung điều chỉnh quy hoạch tỉnh
    lead:
      - Sở Tài chính
    deadline: "trong vòng 10 ngày làm việc kể từ ngày ban hành"
  - id: "2"
    title: Tổ chức lựa chọn nhà thầu tư vấn lập điều chỉnh Quy hoạch tỉnh
    lead:
      - Sở Tài chính
    deadline: "Hoàn thành trước ngày 30/10/2025"
  - id: "8"
    title: Báo cáo tiến độ lập điều chỉnh quy hoạch
    lead:
      - Sở Tài chính
    deadline: "Trước ngày 20 hằng tháng"
    from: 2025-10-01
"""


def run(*args: str | Path, cwd: Path) -> tuple[int, str, str]:
    done = kehoach(*args, cwd=cwd, env=CLERK)
    return done.returncode, done.stdout, done.stderr


def _office(tmp_path: Path, plan: str = PLAN, registry: str = REGISTRY) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(registry, encoding="utf-8")
    (plans / "kh-qh-2025.yaml").write_text(plan, encoding="utf-8")
    return tmp_path


# --- 1. `fmt FILE` rewrites FILE, not the registry beside it -------------------------------

# A registry written by hand in flow style, as a clerk writes one line per body: valid, but
# not in canonical form.
FLOW_REGISTRY = (
    "schema: 1\njurisdiction: Phú Thọ\nagencies:\n"
    '  - {id: cac-so-ban-nganh, name: "Các sở, ban, ngành", kind: group}\n'
)


def test_fmt_of_one_plan_leaves_the_registry_as_it_is(tmp_path: Path) -> None:
    """`kehoach fmt plans/kh-qh-2025.yaml` also rewrote plans/agencies.yaml, a file not
    named: committed with `git add plans/kh-qh-2025.yaml`, the registry stayed changed in
    the working tree; `fmt --check FILE` (a hook on the files changed) failed on it."""
    office = _office(tmp_path, registry=FLOW_REGISTRY)
    registry = office / "plans" / "agencies.yaml"
    code, out, err = run("fmt", "--check", "plans/kh-qh-2025.yaml", cwd=office)
    assert code == 0, (out, err)  # the plan is canonical; the registry was not asked about
    assert out == ""
    code, out, err = run("fmt", "plans/kh-qh-2025.yaml", cwd=office)
    assert code == 0, err
    assert registry.read_text(encoding="utf-8") == FLOW_REGISTRY
    # named, the registry is formatted; so is everything under the folder
    code, out, _ = run("fmt", "--check", "plans", cwd=office)
    assert (code, out) == (1, "plans/agencies.yaml\n")


def test_fmt_of_the_registry_leaves_the_plans_as_they_are(tmp_path: Path) -> None:
    """`kehoach fmt plans/agencies.yaml` rewrote every plan of the folder (the registry is
    read with the plans it serves) and named a broken plan it was not asked about."""
    plan = PLAN.replace("issued: 2025-10-09", "issued: 09/10/2025")  # valid, not canonical
    office = _office(tmp_path, plan=plan, registry=FLOW_REGISTRY)
    (office / "plans" / "kh-hong.yaml").write_text("schema: 1\nid: [\n", encoding="utf-8")
    code, out, err = run("fmt", "plans/agencies.yaml", cwd=office)
    assert code == 0, err
    assert out == "plans/agencies.yaml\n"
    assert "kh-hong" not in err
    assert (office / "plans" / "kh-qh-2025.yaml").read_text(encoding="utf-8") == plan


# --- 2. periods missed under a changed rule are listed under the phrase that owed them -----


def test_missed_periods_after_a_rule_change_are_listed_under_the_new_phrase(
    tmp_path: Path,
) -> None:
    """A circular of 01/06/2026 moved the monthly report from the 20th to the 25th
    (`reschedule … --on 01/06/2026`). JSON owed June to November 2026 by the new phrase,
    but the listing put all 14 missed months in one row under "Trước ngày 20 hằng tháng",
    as if the 20th still applied."""
    office = _office(tmp_path)
    moved = run(
        "reschedule",
        "kh-qh-2025/8",
        "Trước ngày 25 hằng tháng",
        "--reason",
        "Đổi kỳ báo cáo",
        "--ref",
        "Công văn số 1234/UBND-KTTH ngày 01/6/2026",
        "--on",
        "01/06/2026",
        cwd=office,
    )
    assert moved[0] == 0, moved[2]
    code, out, err = run("status", "--as-of", "03/12/2026", "-f", "markdown", cwd=office)
    assert code == 0, err
    rows = [line for line in out.splitlines() if "Báo cáo tiến độ" in line]
    old = [row for row in rows if "| Trước ngày 20 hằng tháng |" in row]
    new = [row for row in rows if "| Trước ngày 25 hằng tháng |" in row]
    assert len(old) == len(new) == 1, rows
    assert "quá hạn 8 kỳ, từ tháng 10/2025" in old[0]
    assert "tháng 5/2026 (8 kỳ) chưa gửi" in old[0]
    assert "quá hạn 6 kỳ, từ tháng 6/2026" in new[0]
    assert "tháng 11/2026 (6 kỳ) chưa gửi" in new[0]


# --- 3. a Unicode line break pasted into a value is named where it is ----------------------


def test_a_pasted_line_separator_is_named_at_its_line_and_column(tmp_path: Path) -> None:
    """A title pasted from a web page held U+2028 (LINE SEPARATOR), invisible in an editor.
    YAML breaks the line there, so validate said "thiếu dấu ':' sau khóa" two lines below,
    about a line that was right."""
    title = "    title: Tổ chức lựa chọn nhà thầu tư vấn lập điều chỉnh Quy hoạch tỉnh"
    pasted = "    title: Tổ chức lựa chọn nhà thầu\u2028tư vấn lập điều chỉnh Quy hoạch tỉnh"
    office = _office(tmp_path, plan=PLAN.replace(title, pasted))
    line = PLAN.splitlines().index(title) + 1
    code, out, _ = run("validate", cwd=office)
    assert code == 1
    [finding] = [f for f in out.splitlines() if ": error: " in f]
    col = len("    title: Tổ chức lựa chọn nhà thầu") + 1
    assert finding.startswith(f"plans/kh-qh-2025.yaml:{line}:{col}: error: ")
    assert "U+2028" in finding
    assert "thiếu dấu ':'" not in out


def test_a_line_separator_in_a_quoted_phrase_is_not_read_as_a_space(tmp_path: Path) -> None:
    """In a quoted phrase the break was folded into a space: the plan validated with a
    phrase other than the one in the file, and every finding below it was one line off
    (an undeclared event at line N+1)."""
    phrase = '    deadline: "Hoàn thành trước ngày 30/10/2025"'
    office = _office(tmp_path, plan=PLAN.replace(phrase, phrase.replace(" trước", "\u2028trước")))
    code, out, _ = run("validate", cwd=office)
    assert code == 1
    line = PLAN.splitlines().index(phrase) + 1
    col = len('    deadline: "Hoàn thành') + 1
    assert f"plans/kh-qh-2025.yaml:{line}:{col}: error: " in out
    assert "U+2028" in out
    code, out, _ = run("status", "--as-of", "03/12/2026", "-f", "json", cwd=office)
    assert code == 1  # the file is broken: no phrase read from it counts
    assert "2025-10-30" not in out


# --- 4. the as-of day under the chart is never cut at its right edge -----------------------


def test_the_as_of_label_near_the_charts_end_stays_inside_the_drawing(tmp_path: Path) -> None:
    """As of 03/12/2026 with the chart running to 31/12/2026, the HTML page (and the SVG)
    printed "03/12/20" under the as-of line: the label started at the line and ran past
    the drawing's right edge (seen in Chromium)."""
    office = _office(tmp_path, plan=PLAN + "    until: 2026-12-31\n")
    code, out, err = run("timeline", "-f", "svg", "--as-of", "03/12/2026", cwd=office)
    assert code == 0, err
    root = ElementTree.fromstring(out)
    width = float(root.attrib["viewBox"].split()[2])
    [label] = [t for t in root.iter(f"{SVG}text") if t.attrib.get("class") == "as-of"]
    assert label.text == "03/12/2026"
    x = float(label.attrib["x"])
    wide = len(label.text) * 13 * 0.56 * 1.1  # bold digits at the chart's 13 px font
    left, right = (x - wide, x) if label.attrib.get("text-anchor") == "end" else (x, x + wide)
    assert left >= 0 and right <= width


# --- 5. `diff` says which event moved, and to what day ------------------------------------

EVENT = """\
events:
  - name: ngày Thủ tướng Chính phủ phê duyệt
    day: 15/01/2026
"""


def test_diff_names_the_event_that_moved_and_its_days(tmp_path: Path) -> None:
    """Moving an event is the one edit that moves every deadline counted from it, but the
    diff said only "Sự kiện làm mốc: 1 mục → 1 mục": which event, and to what day, the
    reviewer had to open the file for."""
    plan = PLAN.replace("tasks:\n", EVENT + "tasks:\n", 1) + (
        '  - id: "9"\n'
        "    title: Công bố quy hoạch tỉnh sau điều chỉnh\n"
        "    lead:\n"
        "      - Sở Tài chính\n"
        '    deadline: "chậm nhất 15 ngày kể từ ngày Thủ tướng Chính phủ phê duyệt"\n'
    )
    office = _office(tmp_path, plan=plan)
    git(office, "init", "-q")
    git(office, "add", "plans")
    git(office, "commit", "-q", "-m", "KH quy hoạch")
    path = office / "plans" / "kh-qh-2025.yaml"
    path.write_text(plan.replace("day: 15/01/2026", "day: 20/01/2026"), encoding="utf-8")
    said = "ngày Thủ tướng Chính phủ phê duyệt 15/01/2026 → 20/01/2026"
    code, out, err = run("diff", cwd=office)
    assert code == 0, err
    [line] = [line for line in out.splitlines() if "Sự kiện làm mốc" in line]
    assert said in line
    assert "(30/01/2026) →" in out and "(04/02/2026), lùi 5 ngày" in out  # task 9 moved
    code, out, err = run("diff", "--format", "markdown", cwd=office)
    assert code == 0, err
    [row] = [row for row in out.splitlines() if "Sự kiện làm mốc" in row]
    assert said in row


# --- 6. a full disk under a redirected report is an output error, not a bug ---------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full is Linux's full device")
@pytest.mark.parametrize(
    "args", [("status", "--as-of", "03/12/2026"), ("export-ics",), ("status", "-f", "xlsx")]
)
def test_a_report_redirected_to_a_full_disk_is_an_output_error(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    """`kehoach status > bao-cao.txt` from cron on a full disk said "lỗi nội bộ (OSError:
    [Errno 28] …); … báo lỗi", exit 3: a bug to report, where the README promises exit 2
    for an output that cannot be written, as `-o` on a full disk is."""
    office = _office(tmp_path)
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [KEHOACH, *args],
            cwd=office,
            env=environment(CLERK),
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 2, done.stderr
    assert done.stderr == "kehoach: không ghi được kết quả: hết chỗ trống trên đĩa\n"


# --- 7. the English closing line of export-ics counts one deadline in the singular ---------


def test_the_english_feed_line_says_one_deadline(tmp_path: Path) -> None:
    """`--lang en export-ics` closed with "1 completed deadlines left out …; 1 deadlines
    have no fixed day": one task done, one counted from an event not set yet."""
    plan = PLAN.replace("tasks:\n", "events:\n  - {name: ngày khai mạc, day: null}\ntasks:\n")
    plan = plan.replace(
        '    deadline: "Hoàn thành trước ngày 30/10/2025"\n',
        '    deadline: "Hoàn thành trước ngày 30/10/2025"\n'
        "    status: done\n    completed: 2025-10-28\n",
    ) + (
        '  - id: "9"\n    title: Khai mạc\n    lead:\n      - Sở Tài chính\n'
        '    deadline: "05 ngày trước ngày khai mạc"\n'
    )
    office = _office(tmp_path, plan=plan)
    code, _, err = run("--lang", "en", "export-ics", "-o", "lich.ics", cwd=office)
    assert code == 0, err
    assert "; 1 completed deadline left out (" in err
    assert "; 1 deadline has no fixed day (" in err and "), so is not in the calendar" in err
    assert "exported 2 deadlines to lich.ics" in err
