"""What a new user's trial of session 43's collectives left out (coll44).

A Sở's clerk runs `status --agency` and `export-ics --split agency` to see the work a plan
gives every department ("Các sở, ban, ngành") beside the Sở's own. The trial found:
1. a collective written with its province or level ("Các sở, ban, ngành tỉnh Hà Tĩnh",
   "Các sở, ngành thuộc tỉnh") or with its heads ("Giám đốc các sở, ban, ngành") was not
   counted;
2. the listing's "gồm …" named one member of a collective two provinces' Sở share;
3. a Sở the registry gives no province took the collective work of both provinces' plans;
4. the clerk of a Sở merged in 2025 typing its old name missed the collective work of the
   Sở that took it over.
Each test runs the installed command, as the clerk did.
"""

from __future__ import annotations

import json
from pathlib import Path

from clirun import CLERK, kehoach
from conftest import feed_items

# --- 1. a collective written with its province, its level or its heads --------------------

# Groups of no province in the registry: the name alone says whose they are.
NAMED_REGISTRY = """\
schema: 1
agencies:
  - {id: so-tp-ht, name: Sở Tư pháp tỉnh Hà Tĩnh, aliases: [Sở Tư pháp], jurisdiction: Hà Tĩnh}
  - {id: so-tp-na, name: Sở Tư pháp tỉnh Nghệ An, aliases: [Sở Tư pháp], jurisdiction: Nghệ An}
  - {id: vp-ubnd-ht, name: Văn phòng UBND tỉnh Hà Tĩnh, jurisdiction: Hà Tĩnh}
  - {id: cac-so-ht, name: "Các sở, ban, ngành tỉnh Hà Tĩnh", kind: group}
  - {id: cac-so-thuoc-tinh, name: "Các sở, ngành thuộc tỉnh", kind: group}
  - {id: giam-doc-cac-so, name: "Giám đốc các sở, ban, ngành", kind: group}
  - {id: thu-truong-cqcm, name: "Thủ trưởng các cơ quan chuyên môn thuộc UBND tỉnh", kind: group}
  - {id: cac-so-lien-quan, name: "Giám đốc các sở, ngành liên quan", kind: group}
"""


def named_plan(plan_id: str, province: str, day: str) -> str:
    return f"""\
schema: 1
id: {plan_id}
number: {plan_id.split("-")[1]}/KH-UBND
title: Kế hoạch của tỉnh {province}
issuer: UBND tỉnh {province}
jurisdiction: {province}
issued: {day}
source: {{document: Kế hoạch (thử), complete: true}}
tasks:
  - {{id: '1', title: Việc hai tỉnh, lead: ['Các sở, ban, ngành tỉnh Hà Tĩnh'], deadline: Trước ngày 15/12/2026}}
  - {{id: '2', title: Báo cáo quý, lead: ['Các sở, ngành thuộc tỉnh'], deadline: Trước ngày 15/3/2026}}
  - {{id: '3', title: Tự chấm điểm, lead: ['Giám đốc các sở, ban, ngành'], deadline: Trước ngày 30/4/2026}}
  - id: '4'
    title: Rà soát thủ tục
    lead: [Thủ trưởng các cơ quan chuyên môn thuộc UBND tỉnh]
    deadline: Trước ngày 31/5/2026
  - {{id: '5', title: Góp ý, lead: ['Giám đốc các sở, ngành liên quan'], deadline: Trước ngày 30/6/2026}}
"""


def office(tmp_path: Path, registry: str, plans: dict[str, str]) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "agencies.yaml").write_text(registry, encoding="utf-8")
    for name, text in plans.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    assert kehoach("validate", "plans", cwd=tmp_path, env=CLERK).returncode == 0
    return tmp_path


def status(root: Path, *args: str) -> tuple[list[dict[str, object]], str]:
    """`status --all -f json` with `args`: its items, and its stderr."""
    done = kehoach(
        "status", "plans", "--as-of", "01/03/2026", "-f", "json", *args, cwd=root, env=CLERK
    )
    assert done.returncode == 0, done.stderr
    items: list[dict[str, object]] = json.loads(done.stdout)["items"]
    return items, done.stderr


def tasks(items: list[dict[str, object]]) -> list[str]:
    return sorted(f"{i['plan_id']}/{i['task_id']}" for i in items)


def named_office(tmp_path: Path) -> Path:
    return office(
        tmp_path,
        NAMED_REGISTRY,
        {
            "kh-7-2026": named_plan("kh-7-2026", "Hà Tĩnh", "2026-01-20"),
            "kh-8-2026": named_plan("kh-8-2026", "Nghệ An", "2026-01-22"),
        },
    )


def test_a_collective_with_its_province_level_or_heads_is_the_sos_work(tmp_path: Path) -> None:
    root = named_office(tmp_path)
    items, said = status(root, "--agency", "Sở Tư pháp tỉnh Hà Tĩnh")
    # its own plan's four; the Nghệ An plan's work the name gives "tỉnh Hà Tĩnh"; never
    # "… liên quan" (those concerned name no one)
    assert tasks(items) == [
        "kh-7-2026/1", "kh-7-2026/2", "kh-7-2026/3", "kh-7-2026/4", "kh-8-2026/1",
    ]  # fmt: skip
    assert "tính cả việc giao chung Giám đốc các sở, ban, ngành (Sở Tư pháp tỉnh Hà Tĩnh" in said
    # the summary table has each collective's row
    table = kehoach(
        "status", "plans", "--as-of", "01/03/2026", "--agency", "Sở Tư pháp tỉnh Hà Tĩnh",
        cwd=root, env=CLERK | {"COLUMNS": "200"},
    ).stdout  # fmt: skip
    rows = [line.split("  ")[0] for line in table.splitlines()]
    assert "Các sở, ngành thuộc tỉnh" in rows and "Giám đốc các sở, ban, ngành" in rows


def test_a_collective_that_names_another_province_is_not_the_sos(tmp_path: Path) -> None:
    root = named_office(tmp_path)
    # Nghệ An's Sở: its plan's "thuộc tỉnh" and heads' work, not what it gives Hà Tĩnh's
    items, _ = status(root, "--agency", "Sở Tư pháp tỉnh Nghệ An")
    assert tasks(items) == ["kh-8-2026/2", "kh-8-2026/3", "kh-8-2026/4"]
    # a body that is no Sở: none of it
    assert status(root, "--agency", "Văn phòng UBND tỉnh Hà Tĩnh")[0] == []


def test_the_sos_feed_has_the_work_of_a_collective_with_its_province(tmp_path: Path) -> None:
    root = named_office(tmp_path)
    done = kehoach("export-ics", "plans", "--out-dir", "feeds", "--split", "agency", cwd=root)
    assert done.returncode == 0, done.stderr
    feed = feed_items((root / "feeds" / "so-tp-ht.ics").read_bytes())
    assert sorted(str(e["SUMMARY"]) for e in feed.values()) == [
        "[7/KH-UBND] 1. Việc hai tỉnh",
        "[7/KH-UBND] 2. Báo cáo quý",
        "[7/KH-UBND] 3. Tự chấm điểm",
        "[7/KH-UBND] 4. Rà soát thủ tục",
        "[8/KH-UBND] 1. Việc hai tỉnh",
    ]


# --- 2. the members a collective's "gồm …" names ------------------------------------------

# "Các sở, ngành" of no province: each plan's province says whose it is
SHARED_REGISTRY = """\
schema: 1
agencies:
  - {id: so-tp-ht, name: Sở Tư pháp tỉnh Hà Tĩnh, aliases: [Sở Tư pháp], jurisdiction: Hà Tĩnh}
  - {id: so-tp-na, name: Sở Tư pháp tỉnh Nghệ An, aliases: [Sở Tư pháp], jurisdiction: Nghệ An}
  - {id: so-nv-ht, name: Sở Nội vụ tỉnh Hà Tĩnh, aliases: [Sở Nội vụ], jurisdiction: Hà Tĩnh}
  - {id: cac-so, name: "Các sở, ngành", kind: group}
"""


def shared_plan(plan_id: str, province: str) -> str:
    return f"""\
schema: 1
id: {plan_id}
number: {plan_id.split("-")[1]}/KH-UBND
title: Kế hoạch của tỉnh {province}
issuer: UBND tỉnh {province}
jurisdiction: {province}
issued: 2026-01-20
source: {{document: Kế hoạch (thử), complete: true}}
tasks:
  - {{id: '1', title: Báo cáo năm, lead: ['Các sở, ngành'], deadline: Trước ngày 15/12/2026}}
"""


def leads(items: list[dict[str, object]]) -> dict[str, object]:
    return {f"{i['plan_id']}/{i['task_id']}": i["lead"] for i in items}


def test_gom_names_the_members_the_work_reaches_in_each_plans_province(tmp_path: Path) -> None:
    root = office(
        tmp_path,
        SHARED_REGISTRY,
        {
            "kh-7-2026": shared_plan("kh-7-2026", "Hà Tĩnh"),
            "kh-8-2026": shared_plan("kh-8-2026", "Nghệ An"),
        },
    )
    items, _ = status(root, "--agency", "Sở Tư pháp")
    assert leads(items) == {
        "kh-7-2026/1": ["Các sở, ngành (giao chung, gồm Sở Tư pháp tỉnh Hà Tĩnh)"],
        "kh-8-2026/1": ["Các sở, ngành (giao chung, gồm Sở Tư pháp tỉnh Nghệ An)"],
    }
    # two members of one province: both, in the order typed; none of the other province's
    items, _ = status(root, "--agency", "Sở Tư pháp", "--agency", "Sở Nội vụ tỉnh Hà Tĩnh")
    assert leads(items) == {
        "kh-7-2026/1": [
            "Các sở, ngành (giao chung, gồm Sở Tư pháp tỉnh Hà Tĩnh, Sở Nội vụ tỉnh Hà Tĩnh)"
        ],
        "kh-8-2026/1": ["Các sở, ngành (giao chung, gồm Sở Tư pháp tỉnh Nghệ An)"],
    }
    # the text listing's row says the same
    table = kehoach(
        "status", "plans", "--as-of", "01/03/2026", "--all", "--agency", "Sở Tư pháp",
        "--plan", "8", cwd=root, env=CLERK | {"COLUMNS": "200"},
    ).stdout  # fmt: skip
    assert "Sở Tư pháp tỉnh Nghệ An" in table and "Hà Tĩnh" not in table


def test_gom_never_names_a_member_gone_before_the_plan() -> None:
    """Bundled registry: Sở Du lịch of Nghệ An merged away on 01/03/2025 (its source in
    agencies.yaml): it shares KH 348's (2022) work with Sở Khoa học và Công nghệ, not KH
    22's (2026)."""
    done = kehoach(
        "status", "plans", "--as-of", "01/12/2026", "-f", "json",
        "--agency", "Sở Du lịch", "--agency", "Sở Khoa học và Công nghệ", env=CLERK,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    shown = leads(json.loads(done.stdout)["items"])
    assert shown["kh-348-2022/8"] == [
        "Các sở, ban, ngành cấp tỉnh (giao chung, gồm Sở Du lịch, Sở Khoa học và Công nghệ)"
    ]
    # in 2026 the one that took Sở Du lịch over (coll44's fourth fix), never Sở Du lịch
    assert shown["kh-22-2026/III.1.1.a"] == [
        "Các sở, ban, ngành cấp tỉnh (giao chung, gồm Sở Văn hóa, Thể thao và Du lịch, Sở "
        "Khoa học và Công nghệ)",
        "UBND các xã, phường",
    ]


# --- 3. a Sở the registry gives no province ------------------------------------------------

UNPLACED_REGISTRY = """\
schema: 1
agencies:
  - {id: so-ngoai-vu, name: Sở Ngoại vụ}
  - {id: so-tp-ht, name: Sở Tư pháp tỉnh Hà Tĩnh, jurisdiction: Hà Tĩnh}
  - {id: cac-so, name: "Các sở, ngành", kind: group}
"""


def unplaced_office(tmp_path: Path) -> Path:
    own = "  - {id: '2', title: Đón đoàn, lead: [Sở Ngoại vụ], deadline: Trước ngày 30/6/2026}\n"
    return office(
        tmp_path,
        UNPLACED_REGISTRY,
        {
            "kh-7-2026": shared_plan("kh-7-2026", "Hà Tĩnh") + own,
            "kh-8-2026": shared_plan("kh-8-2026", "Nghệ An"),
        },
    )


def test_a_so_of_no_province_is_refused_the_work_of_two_provinces(tmp_path: Path) -> None:
    root = unplaced_office(tmp_path)
    done = kehoach(
        "status", "plans", "--as-of", "01/03/2026", "--agency", "Sở Ngoại vụ", cwd=root, env=CLERK
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == (
        "kehoach: --agency 'Sở Ngoại vụ': danh mục cơ quan không ghi tỉnh của Sở Ngoại vụ "
        "(jurisdiction), mà việc giao chung Các sở, ngành có trong kế hoạch của tỉnh Hà Tĩnh "
        "và tỉnh Nghệ An: không biết việc của tỉnh nào là của Sở Ngoại vụ. Ghi jurisdiction: "
        "cho Sở Ngoại vụ trong agencies.yaml, hoặc chọn kế hoạch của một tỉnh (--plan)\n"
    )
    # the plans of one province: its work, as before
    items, _ = status(root, "--agency", "Sở Ngoại vụ", "--plan", "7")
    assert tasks(items) == ["kh-7-2026/1", "kh-7-2026/2"]
    # a Sở of a province is not concerned
    assert tasks(status(root, "--agency", "Sở Tư pháp tỉnh Hà Tĩnh")[0]) == ["kh-7-2026/1"]


def test_its_feed_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    root = unplaced_office(tmp_path)
    done = kehoach("export-ics", "plans", "--out-dir", "feeds", "--split", "agency", cwd=root)
    assert done.returncode == 2
    assert "không ghi tỉnh của Sở Ngoại vụ (jurisdiction)" in done.stderr
    assert not (root / "feeds").exists()
    # one province's plan: its feed has that plan's work
    one = kehoach(
        "export-ics", "plans", "--plan", "7", "--out-dir", "feeds", "--split", "agency", cwd=root
    )
    assert one.returncode == 0, one.stderr
    feed = feed_items((root / "feeds" / "so-ngoai-vu.ics").read_bytes())
    assert sorted(str(e["SUMMARY"]) for e in feed.values()) == [
        "[7/KH-UBND] 1. Báo cáo năm",
        "[7/KH-UBND] 2. Đón đoàn",
    ]


# --- 4. a Sở merged in 2025, typed by its old name -----------------------------------------

# The merger as the bundled registry records it for Nghệ An (its source in plans/agencies.yaml)
MERGED_REGISTRY = """\
schema: 1
jurisdiction: Nghệ An
agencies:
  - id: so-ke-hoach-va-dau-tu
    name: Sở Kế hoạch và Đầu tư
    aliases: [Sở KH&ĐT]
    valid_until: 2025-02-28
    successor: so-tai-chinh
  - {id: so-tai-chinh, name: Sở Tài chính}
  - {id: cac-so, name: "Các sở, ban, ngành", kind: group}
"""


def merged_plan(plan_id: str, day: str, year: int) -> str:
    return f"""\
schema: 1
id: {plan_id}
number: {plan_id.split("-")[1]}/KH-UBND
title: Kế hoạch năm {year}
issuer: UBND tỉnh Nghệ An
jurisdiction: Nghệ An
issued: {day}
source: {{document: Kế hoạch (thử), complete: true}}
tasks:
  - {{id: '1', title: Báo cáo năm, lead: ['Các sở, ban, ngành'], deadline: Trước ngày 15/12/{year}}}
  - {{id: '2', title: Dự toán, lead: [Sở Tài chính], deadline: Trước ngày 30/9/{year}}}
"""


def merged_office(tmp_path: Path) -> Path:
    return office(
        tmp_path,
        MERGED_REGISTRY,
        {
            "kh-5-2024": merged_plan("kh-5-2024", "2024-03-01", 2024),
            "kh-2-2026": merged_plan("kh-2-2026", "2026-01-20", 2026),
        },
    )


def test_the_old_name_has_the_successors_collective_work_after_the_merger(tmp_path: Path) -> None:
    root = merged_office(tmp_path)
    items, said = status(root, "--agency", "Sở KH&ĐT")
    # its own share of 2024; Sở Tài chính's own task and its share of 2026, after the merger;
    # never Sở Tài chính's own task of 2024
    assert leads(items) == {
        "kh-5-2024/1": ["Các sở, ban, ngành (giao chung, gồm Sở Kế hoạch và Đầu tư)"],
        "kh-2-2026/1": ["Các sở, ban, ngành (giao chung, gồm Sở Tài chính)"],
        "kh-2-2026/2": ["Sở Tài chính"],
    }
    assert (
        "kehoach: --agency 'Sở KH&ĐT': tính cả việc giao chung Các sở, ban, ngành (Sở Tài "
        "chính là một trong số đó, trong kế hoạch ban hành từ 01/03/2025)\n"
    ) in said


def test_the_old_names_feed_has_the_successors_collective_work(tmp_path: Path) -> None:
    root = merged_office(tmp_path)
    done = kehoach("export-ics", "plans", "--out-dir", "feeds", "--split", "agency", cwd=root)
    assert done.returncode == 0, done.stderr
    feed = feed_items((root / "feeds" / "so-ke-hoach-va-dau-tu.ics").read_bytes())
    assert sorted(str(e["SUMMARY"]) for e in feed.values()) == [
        "[2/KH-UBND] 1. Báo cáo năm",
        "[2/KH-UBND] 2. Dự toán",
        "[5/KH-UBND] 1. Báo cáo năm",
    ]
