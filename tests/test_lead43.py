"""A Sở's clerk sees the work a plan gives every department (fresh42, session 43).

`status --agency "so khoa hoc"` on a Đắk Lắk plan left out the quarterly report the plan
gave "Các sở, ban, ngành": the Sở's own list and its calendar feed were silently short.
Each test runs the installed command, as the clerk did.
"""

from __future__ import annotations

import json
from pathlib import Path

from clirun import CLERK, kehoach

# Two provinces' registries in one (a repository shared after the 2025 mergers): each
# collective is its province's, and "… liên quan" (those concerned) names no one.
REGISTRY = """\
schema: 1
agencies:
  - {id: so-khcn-dl, name: Sở Khoa học và Công nghệ tỉnh Đắk Lắk, jurisdiction: Đắk Lắk}
  - {id: so-khcn-gl, name: Sở Khoa học và Công nghệ tỉnh Gia Lai, jurisdiction: Gia Lai}
  - {id: vp-ubnd-dl, name: Văn phòng UBND tỉnh Đắk Lắk, jurisdiction: Đắk Lắk}
  - id: cac-so-dl
    name: Các sở, ban, ngành
    kind: group
    jurisdiction: Đắk Lắk
  - id: cac-co-quan-chuyen-mon-dl
    name: Các cơ quan chuyên môn thuộc UBND tỉnh
    kind: group
    jurisdiction: Đắk Lắk
  - id: cac-so-lien-quan-dl
    name: Các sở, ngành liên quan
    kind: group
    jurisdiction: Đắk Lắk
  - {id: so-tp-dl, name: Sở Tư pháp tỉnh Đắk Lắk, jurisdiction: Đắk Lắk}
  - {id: so-ngoai-vu, name: Sở Ngoại vụ}
  - {id: cac-so-chung, name: "Các sở, ngành", kind: group}
  - {id: cqcm-tp, name: Các cơ quan chuyên môn thuộc UBND thành phố, kind: group}
"""

# a Gia Lai plan giving work to "Các sở, ngành" (a group of no province): Gia Lai's
GIA_LAI = """\
schema: 1
id: kh-9-2026
number: 9/KH-UBND
title: Kế hoạch của tỉnh Gia Lai
issuer: UBND tỉnh Gia Lai
jurisdiction: Gia Lai
issued: 2026-01-20
source: {document: Kế hoạch 9/KH-UBND (thử), complete: true}
tasks:
  - {id: '1', title: Báo cáo năm, lead: ['Các sở, ngành'], deadline: Trước ngày 15/12/2026}
  - id: '2'
    title: Việc của các phòng
    lead: [Các cơ quan chuyên môn thuộc UBND thành phố]
    deadline: Trước ngày 20/12/2026
"""

PLAN = """\
schema: 1
id: kh-155-2026
number: 155/KH-UBND
title: Kế hoạch thực hiện chuyển đổi số năm 2026
issuer: UBND tỉnh Đắk Lắk
jurisdiction: Đắk Lắk
issued: 2026-01-20
source: {document: Kế hoạch 155/KH-UBND (thử), complete: true}
tasks:
  - {id: '1', title: Báo cáo quý, lead: ['Các sở, ban, ngành'], deadline: Trước ngày 15/3/2026}
  - id: '2'
    title: Rà soát thủ tục
    lead: [Các cơ quan chuyên môn thuộc UBND tỉnh]
    deadline: Trước ngày 30/4/2026
  - id: '3'
    title: Góp ý dự thảo
    lead: ['Các sở, ngành liên quan']
    deadline: Trước ngày 31/5/2026
  - id: '4'
    title: Hạ tầng số
    lead: [Sở Khoa học và Công nghệ tỉnh Đắk Lắk]
    deadline: Trước ngày 30/6/2026
"""


def office(tmp_path: Path) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    (plans / "kh-155-2026.yaml").write_text(PLAN, encoding="utf-8")
    (plans / "kh-9-2026.yaml").write_text(GIA_LAI, encoding="utf-8")
    return tmp_path


def listed(root: Path, agency: str) -> tuple[list[str], str]:
    """The tasks `status --agency` lists (plan number/task), and its stderr."""
    done = kehoach(
        "status", "plans", "--as-of", "01/03/2026", "--agency", agency, "-f", "json",
        cwd=root, env=CLERK,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    items = json.loads(done.stdout)["items"]
    return sorted(f"{i['plan_id']}/{i['task_id']}" for i in items), done.stderr


def test_a_so_sees_the_work_given_to_every_department_of_its_province(tmp_path: Path) -> None:
    root = office(tmp_path)
    assert kehoach("validate", "plans", cwd=root, env=CLERK).returncode == 0
    tasks, said = listed(root, "so khoa hoc va cong nghe tinh dak lak")
    # not "Các sở, ngành liên quan": it names no one; not the Gia Lai plan's "Các sở, ngành"
    assert tasks == ["kh-155-2026/1", "kh-155-2026/2", "kh-155-2026/4"]
    assert (
        "tính cả việc giao chung Các sở, ban, ngành (Sở Khoa học và Công nghệ tỉnh Đắk Lắk "
        "là một trong số đó)"
    ) in said


def test_another_provinces_so_and_a_body_that_is_no_so_do_not(tmp_path: Path) -> None:
    root = office(tmp_path)
    # Gia Lai's Sở has its own plan's "Các sở, ngành", never Đắk Lắk's collectives; a city's
    # "cơ quan chuyên môn" may be its offices (phòng), not the province's departments
    assert listed(root, "Sở Khoa học và Công nghệ tỉnh Gia Lai")[0] == ["kh-9-2026/1"]
    assert listed(root, "Văn phòng UBND tỉnh Đắk Lắk")[0] == []
    # a Sở the registry gives no province is one of no province's collectives (fresh43)
    assert listed(root, "Sở Ngoại vụ")[0] == ["kh-9-2026/1"]
    # the collective typed is its own work, never one member's
    assert listed(root, "Các sở, ban, ngành")[0] == ["kh-155-2026/1"]


def test_the_sos_feed_carries_the_work_given_to_every_department(tmp_path: Path) -> None:
    root = office(tmp_path)
    done = kehoach("export-ics", "plans", "--out-dir", "feeds", "--split", "agency", cwd=root)
    assert done.returncode == 0, done.stderr
    feed = (root / "feeds" / "so-khcn-dl.ics").read_text(encoding="utf-8")
    summaries = sorted(line for line in feed.splitlines() if line.startswith("SUMMARY:"))
    assert summaries == [
        "SUMMARY:[155/KH-UBND] 1. Báo cáo quý",
        "SUMMARY:[155/KH-UBND] 2. Rà soát thủ tục",
        "SUMMARY:[155/KH-UBND] 4. Hạ tầng số",
    ]
    gia_lai = (root / "feeds" / "so-khcn-gl.ics").read_text(encoding="utf-8")
    assert "SUMMARY:[9/KH-UBND] 1. Báo cáo năm" in gia_lai and "155/KH-UBND" not in gia_lai
    # Sở Tư pháp, named by no task, has the feed of what every Sở was given (fresh43)
    justice = (root / "feeds" / "so-tp-dl.ics").read_text(encoding="utf-8")
    assert "SUMMARY:[155/KH-UBND] 1. Báo cáo quý" in justice


def test_a_so_gone_before_the_plan_was_issued_takes_none_of_its_collective_work() -> None:
    """Bundled registry: Sở Du lịch of Nghệ An merged away on 01/03/2025 (its source in
    agencies.yaml). KH 348 (02/06/2022) gave "Các sở, ngành, địa phương" work it shared;
    KH 22 (13/01/2026) gave "Các sở, ngành" work it cannot have had: that is the share of
    Sở Văn hóa, Thể thao và Du lịch, which took it over (coll44), and is named so."""
    done = kehoach(
        "status", "plans", "--as-of", "01/12/2026", "--agency", "Sở Du lịch", "-f", "json",
        env=CLERK,
    )  # fmt: skip
    items = json.loads(done.stdout)["items"]
    members = {
        i["plan_id"]: lead.partition("gồm ")[2]
        for i in items
        for lead in [*i["lead"], *i["support"]]
        if "giao chung" in lead
    }
    assert members == {
        "kh-348-2022": "Sở Du lịch)",
        "kh-22-2026": "Sở Văn hóa, Thể thao và Du lịch)",
    }
    assert "trong kế hoạch ban hành đến 28/02/2025" in done.stderr
