"""The three seed plans and the agency registry: valid, faithful to their sources.

Each plan is checked against what a careful reader writes down from the document: the
task ids in order, every deadline phrase exactly as printed, and no invented progress.
Titles, assignment columns and deadline phrases are also checked to occur verbatim in the
source texts kept beside the plans (plans/sources/).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from kehoach.base.text import nfc, squash
from kehoach.dates.deadline import Context, parse_deadline
from kehoach.plan.model import Plan, Registry

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"


NO_DEADLINE = "Không nêu thời hạn"

# Task ids in file order -> deadline phrases (one per milestone), as printed.
EXPECTED: dict[str, dict[str, list[str]]] = {
    "kh-348-2022.yaml": {
        "1": ["Trước ngày 23/6/2022"],
        "2": [
            "Tham mưu UBND tỉnh trước ngày 05/7/2022",
            "Tham mưu Ban cán sự đảng UBND tỉnh gửi Tổ biên tập trước ngày 15/7/2022",
        ],
        "3": ["Tham mưu UBND tỉnh trước ngày 31/7/2022"],
        "3.1": ["Trước 31/7/2022"],
        "3.2": ["Trước 31/7/2022"],
        "3.3": ["Trước 31/7/2022"],
        "3.4": ["Trước 31/7/2022"],
        "3.5": ["Trước 31/7/2022"],
        "4": ["Tháng 6,7,8/2022"],
        "5": ["Trước ngày 30/6/2022"],
        "6": ["Tháng tháng 7, 8/2022"],
        "7": ["Trước ngày 31/7/2022"],
        "8": ["Trước 10/8/2022"],
        "9": ["Trước 15/8/2022"],
        "10": ["Trước 25/8/2022"],
        "11": ["Trước ngày 31/8/2022"],
        "12": ["Tháng 10/2022"],
        "13": ["Trong tháng 10, 11/2022"],
        "14": ["Trước ngày 15/01/2023"],
        "15": ["Trước ngày 20/01/2023"],
        "III.3.c": [NO_DEADLINE],
    },
    "kh-tk-nq20-2022.yaml": {
        "III.1": ["trước ngày 08/4/2022"],
        "III.2": [NO_DEADLINE],
        "III.3.a": [NO_DEADLINE],
        "III.3.b": ["trước ngày 15/4/2022"],
        "III.3.c": ["trước ngày trước ngày 29/4/2022"],
        "III.3.d": ["trước ngày 08/5/2022"],
    },
    "kh-22-2026.yaml": {
        tid: [NO_DEADLINE]
        for tid in [
            "III.1.1.a",
            "III.1.1.b",
            "III.1.2.a",
            "III.1.2.b",
            "III.1.3.a",
            "III.1.3.b",
            "III.1.4.a",
            "III.1.4.b",
            "III.1.4.c",
            "III.1.5.a",
            "III.1.5.b",
            "III.1.5.c",
        ]
    },
}

PLAN_FILES = sorted(EXPECTED)

# Text that is not one contiguous run in the source (split across a page break).
NOT_CONTIGUOUS = {("kh-348-2022.yaml", "7")}


def _raw(name: str) -> Any:
    return yaml.safe_load((PLANS / name).read_text(encoding="utf-8"))


def _plan(name: str) -> Plan:
    return Plan.model_validate(_raw(name))


def _registry() -> Registry:
    return Registry.model_validate(_raw("agencies.yaml"))


def _flat(text: str) -> str:
    """Source or value text with markdown emphasis dropped and whitespace collapsed."""
    return re.sub(r"\s+", " ", nfc(text).replace("*", "")).strip()


@pytest.mark.parametrize("name", PLAN_FILES)
def test_plan_validates_and_has_expected_tasks_in_order(name: str) -> None:
    plan = _plan(name)
    assert plan.id == name.removesuffix(".yaml")
    assert [t.id for t in plan.tasks] == list(EXPECTED[name])


@pytest.mark.parametrize("name", PLAN_FILES)
def test_deadline_phrases_exactly_as_printed(name: str) -> None:
    plan = _plan(name)
    got = {t.id: [m.phrase for m in t.milestones] for t in plan.tasks}
    assert got == EXPECTED[name]


def test_kh348_task_2_has_two_milestones_and_others_one() -> None:
    raw = _raw("kh-348-2022.yaml")
    for task in raw["tasks"]:
        if task["id"] == "2":
            assert "deadline" not in task
            assert [m["phrase"] for m in task["deadlines"]] == EXPECTED["kh-348-2022.yaml"]["2"]
        else:
            assert "deadlines" not in task
            assert isinstance(task["deadline"], str)


def test_nq20_has_exactly_the_four_dated_deadlines() -> None:
    plan = _plan("kh-tk-nq20-2022.yaml")
    dated = [m.phrase for t in plan.tasks for m in t.milestones if m.phrase != NO_DEADLINE]
    assert len(dated) == 4
    days = [re.search(r"\d{2}/\d{1,2}/\d{4}", p).group(0) for p in dated]  # type: ignore[union-attr]
    assert days == ["08/4/2022", "15/4/2022", "29/4/2022", "08/5/2022"]
    # Each dated deadline is on its own task.
    assert len({t.id for t in plan.tasks for m in t.milestones if m.phrase in dated}) == 4


def test_nq20_number_and_issue_date_unknown() -> None:
    plan = _plan("kh-tk-nq20-2022.yaml")
    assert plan.number is None
    assert plan.issued is None
    assert plan.notes


def test_kh348_subtasks_belong_to_row_3() -> None:
    plan = _plan("kh-348-2022.yaml")
    sub = [t for t in plan.tasks if t.id.startswith("3.")]
    assert [t.part_of for t in sub] == ["3"] * 5
    assert [t.size for t in sub] == ["15-20 trang A4"] + ["10-15 trang A4"] * 4
    row3 = next(t for t in plan.tasks if t.id == "3")
    assert sorted(row3.lead) == sorted({lead for t in sub for lead in t.lead})


def test_kh22_source_is_marked_incomplete() -> None:
    plan = _plan("kh-22-2026.yaml")
    assert plan.source.complete is False
    assert plan.source.note


def test_complete_sources() -> None:
    assert _plan("kh-348-2022.yaml").source.complete is True
    assert _plan("kh-tk-nq20-2022.yaml").source.complete is True


@pytest.mark.parametrize("name", PLAN_FILES)
def test_no_status_or_completion_invented(name: str) -> None:
    raw = _raw(name)
    for task in raw["tasks"]:
        assert "status" not in task, task["id"]
        assert "completed" not in task, task["id"]
        assert "history" not in task, task["id"]
        for milestone in task.get("deadlines") or []:
            assert "completed" not in milestone, task["id"]
    for task in _plan(name).tasks:
        assert task.status is None
        assert task.completed is None


@pytest.mark.parametrize("name", PLAN_FILES)
def test_ids_and_deadlines_are_written_as_strings(name: str) -> None:
    for task in _raw(name)["tasks"]:
        assert isinstance(task["id"], str)
        for phrase in [task.get("deadline")] + [m["phrase"] for m in task.get("deadlines") or []]:
            assert phrase is None or isinstance(phrase, str)


@pytest.mark.parametrize("name", [*PLAN_FILES, "agencies.yaml"])
def test_files_start_with_schema_comment(name: str) -> None:
    first = (PLANS / name).read_text(encoding="utf-8").splitlines()[0]
    schema = "agencies" if name == "agencies.yaml" else "plan"
    assert first == f"# yaml-language-server: $schema=../schema/{schema}.schema.json"


def test_registry_keys_are_unique() -> None:
    registry = _registry()
    ids = [a.id for a in registry.agencies]
    assert len(ids) == len(set(ids))
    owner: dict[str, str] = {}
    for agency in registry.agencies:
        for written in [agency.name, *agency.aliases]:
            key = squash(written)
            assert key not in owner, f"{written!r}: {owner.get(key)} và {agency.id}"
            owner[key] = agency.id


def test_registry_successors_exist() -> None:
    registry = _registry()
    by_id = {a.id: a for a in registry.agencies}
    for agency in registry.agencies:
        if agency.successor is not None:
            assert agency.successor in by_id, agency.id
            assert agency.valid_until is not None, agency.id
    assert by_id["so-ke-hoach-va-dau-tu"].successor == "so-tai-chinh"
    assert by_id["ubnd-cac-huyen-thanh-pho-thi-xa"].successor == "ubnd-cac-xa-phuong"


@pytest.mark.parametrize("name", PLAN_FILES)
def test_every_lead_and_support_resolves_to_exactly_one_agency(name: str) -> None:
    registry = _registry()
    for task in _plan(name).tasks:
        for who in [*task.lead, *task.support]:
            hits = [
                a.id for a in registry.agencies if squash(who) in map(squash, [a.name, *a.aliases])
            ]
            assert len(hits) == 1, f"{name} {task.id}: {who!r} -> {hits}"


def _source(name: str) -> str:
    document = _plan(name).source.document
    path = PLANS / document
    return _flat(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", PLAN_FILES)
def test_transcribed_text_occurs_verbatim_in_source(name: str) -> None:
    source = _source(name)
    # A title may start a clause the source writes in lower case ("tham mưu ..." -> "Tham mưu").
    lowered = source.casefold()
    for task in _plan(name).tasks:
        if (name, task.id) in NOT_CONTIGUOUS:
            continue
        for text in [task.assignment, task.size, *(m.phrase for m in task.milestones)]:
            if text is not None and text != NO_DEADLINE:
                assert _flat(text) in source, f"{task.id}: {text!r}"
        assert _flat(task.title).casefold() in lowered, f"{task.id}: {task.title!r}"


def test_split_row_7_reassembles_from_source() -> None:
    source = _source("kh-348-2022.yaml")
    task = next(t for t in _plan("kh-348-2022.yaml").tasks if t.id == "7")
    assert "Tổng hợp báo cáo từ các ngành, đơn vị" in source
    assert "xây dựng dự thảo lần 1 Báo cáo của Tỉnh ủy tổng kết Nghị quyết 26-NQ/TW." in source
    assert task.title.startswith("Tổng hợp báo cáo từ các ngành, đơn vị xây dựng dự thảo lần 1")
    assert task.milestones[0].phrase == "Trước ngày 31/7/2022"
    assert task.assignment == "- Thường trực Ban Chỉ đạo tỉnh. - Tổ Biên tập của tỉnh"


def test_kh22_keeps_document_typo() -> None:
    task = next(t for t in _plan("kh-22-2026.yaml").tasks if t.id == "III.1.5.c")
    assert "theo dồi" in task.title


def _d(text: str) -> date:
    day, month, year = (int(part) for part in text.split("/"))
    return date(year, month, day)


# What a careful reader writes down for each milestone: kind, first day, last day, label.
READINGS: dict[str, dict[str, list[tuple[str, str | None, str | None, str | None]]]] = {
    "kh-348-2022.yaml": {
        "1": [("date", "23/6/2022", "23/6/2022", None)],
        "2": [
            ("date", "5/7/2022", "5/7/2022", "Tham mưu UBND tỉnh"),
            (
                "date",
                "15/7/2022",
                "15/7/2022",
                "Tham mưu Ban cán sự đảng UBND tỉnh gửi Tổ biên tập",
            ),
        ],
        "3": [("date", "31/7/2022", "31/7/2022", "Tham mưu UBND tỉnh")],
        **{f"3.{n}": [("date", "31/7/2022", "31/7/2022", None)] for n in range(1, 6)},
        "4": [("window", "1/6/2022", "31/8/2022", None)],
        "5": [("date", "30/6/2022", "30/6/2022", None)],
        "6": [("window", "1/7/2022", "31/8/2022", None)],
        "7": [("date", "31/7/2022", "31/7/2022", None)],
        "8": [("date", "10/8/2022", "10/8/2022", None)],
        "9": [("date", "15/8/2022", "15/8/2022", None)],
        "10": [("date", "25/8/2022", "25/8/2022", None)],
        "11": [("date", "31/8/2022", "31/8/2022", None)],
        "12": [("window", "1/10/2022", "31/10/2022", None)],
        "13": [("window", "1/10/2022", "30/11/2022", None)],
        "14": [("date", "15/1/2023", "15/1/2023", None)],
        "15": [("date", "20/1/2023", "20/1/2023", None)],
        "III.3.c": [("unknown", None, None, None)],
    },
    "kh-tk-nq20-2022.yaml": {
        "III.1": [("date", "8/4/2022", "8/4/2022", None)],
        "III.2": [("unknown", None, None, None)],
        "III.3.a": [("unknown", None, None, None)],
        "III.3.b": [("date", "15/4/2022", "15/4/2022", None)],
        "III.3.c": [("date", "29/4/2022", "29/4/2022", None)],
        "III.3.d": [("date", "8/5/2022", "8/5/2022", None)],
    },
}


@pytest.mark.parametrize("name", sorted(READINGS))
def test_seed_deadlines_read_as_a_careful_reader_writes_them_down(name: str) -> None:
    plan = _plan(name)
    context = Context(issued=plan.issued)
    got = {
        task.id: [
            (
                str(d.kind),
                d.first,
                d.last,
                d.label,
            )
            for d in (parse_deadline(m.phrase, context) for m in task.milestones)
        ]
        for task in plan.tasks
    }
    want = {
        task_id: [
            (kind, _d(first) if first else None, _d(last) if last else None, label)
            for kind, first, last, label in readings
        ]
        for task_id, readings in READINGS[name].items()
    }
    assert got == want


def test_kh22_prints_no_per_task_deadline() -> None:
    plan = _plan("kh-22-2026.yaml")
    kinds = {str(parse_deadline(m.phrase).kind) for t in plan.tasks for m in t.milestones}
    assert kinds == {"unknown"}
