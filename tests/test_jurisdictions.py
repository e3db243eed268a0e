"""Plans of several provinces and levels: names read within the plan's jurisdiction.

tests/plans/jurisdictions holds plans of Phú Thọ and Gia Lai (2026) that both write "UBND
tỉnh" and "Sở Tài chính", a 2022 plan of Bình Định (merged into Gia Lai from 01/7/2025), a
party plan with no issue date and unstated leads, and a central body's plan.
"""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest

from kehoach.base.findings import Finding
from kehoach.plan.agencies import Directory, Scope
from kehoach.plan.loader import Repository, load_repository
from kehoach.plan.model import Registry
from kehoach.plan.national import load_national
from kehoach.plan.rules import check_repository
from kehoach.plan.settings import Settings
from kehoach.reports.selection import select
from kehoach.reports.status import Report, Tally, build_report

TESTS = Path(__file__).parent
ROOT = TESTS.parent
PLANS = TESTS / "plans" / "jurisdictions"
KEHOACH = ROOT / ".venv" / "bin" / "kehoach"


@pytest.fixture(scope="module")
def repo() -> Repository:
    return load_repository([PLANS], Settings(), PLANS)


def report(repo: Repository, day: date, agencies: tuple[str, ...] = ()) -> Report:
    selection = select(repo.plans, repo.directory, agencies=agencies)
    return build_report(repo.plans, Settings(), repo.directory, day, selection=selection)


def rows(rep: Report) -> dict[str, Tally]:
    return dict(rep.agencies)


def findings(path: Path) -> list[Finding]:
    loaded = load_repository([path], Settings(), path)
    return check_repository(loaded, Settings())


def test_the_folder_validates_without_a_finding(repo: Repository) -> None:
    assert check_repository(repo, Settings()) == []


# --- Two provinces, the same words -----------------------------------------------------------


def test_each_province_reads_ubnd_tinh_and_so_tai_chinh_as_its_own(repo: Repository) -> None:
    directory = repo.directory
    assert directory is not None
    plans = {pf.plan.id: pf.plan for pf in repo.plans}
    for plan_id, province in (("kh-pt-2026", "Phú Thọ"), ("kh-gl-2026", "Gia Lai")):
        scope = directory.scope_for(plans[plan_id])
        ubnd = directory.resolve("UBND tỉnh", scope)
        stc = directory.resolve("Sở Tài chính", scope)
        assert ubnd is not None and ubnd.name == f"Ủy ban nhân dân tỉnh {province}"
        assert stc is not None and stc.name == f"Sở Tài chính tỉnh {province}"


def test_the_summary_keeps_the_two_provinces_apart(repo: Repository) -> None:
    got = rows(report(repo, date(2026, 1, 20)))
    for province in ("Phú Thọ", "Gia Lai"):
        assert got[f"Sở Tài chính tỉnh {province}"].counts["in_time"] == 1
        assert got[f"Ủy ban nhân dân tỉnh {province}"].total == 1
    levels = {name: t.kind for name, t in got.items() if name.startswith("Ủy ban nhân dân các cấp")}
    assert levels == {
        "Ủy ban nhân dân các cấp — tỉnh Phú Thọ": "level",
        "Ủy ban nhân dân các cấp — tỉnh Gia Lai": "level",
    }


def test_a_province_s_own_entry_is_only_its_own(tmp_path: Path) -> None:
    """ "Ban Chỉ đạo bầu cử tỉnh" is listed for Phú Thọ: a Gia Lai plan may not use it."""
    for name in ("agencies.yaml", "kh-gl-2026.yaml"):
        (tmp_path / name).write_text((PLANS / name).read_text("utf-8"), "utf-8")
    plan = tmp_path / "kh-gl-2026.yaml"
    plan.write_text(
        plan.read_text("utf-8").replace("lead: [UBND tỉnh]", "lead: [Ban Chỉ đạo bầu cử tỉnh]"),
        "utf-8",
    )
    assert [f.code for f in findings(tmp_path)] == ["unknown-agency"]


# --- A 2022 plan of a province merged in 2025 ------------------------------------------------


def test_a_merged_province_s_plan_resolves_to_its_bodies_with_their_successors(
    repo: Repository,
) -> None:
    directory = repo.directory
    assert directory is not None
    plan = next(pf.plan for pf in repo.plans if pf.plan.id == "kh-bd-2022")
    stc = directory.resolve("Sở Tài chính", directory.scope_for(plan))
    assert stc is not None and stc.name == "Sở Tài chính tỉnh Bình Định"
    assert stc.valid_until == date(2025, 6, 30)
    assert [a.name for a in directory.successors(stc)] == ["Sở Tài chính tỉnh Gia Lai"]


def test_before_the_merger_the_row_is_the_old_body(repo: Repository) -> None:
    got = rows(report(repo, date(2022, 6, 1)))
    assert got["Sở Tài chính tỉnh Bình Định"].formerly == []
    assert "Sở Tài chính tỉnh Gia Lai" not in got


def test_after_the_merger_the_successor_answers_with_the_history_visible(
    repo: Repository,
) -> None:
    got = rows(report(repo, date(2026, 3, 1)))
    assert "Sở Tài chính tỉnh Bình Định" not in got
    gia_lai = got["Sở Tài chính tỉnh Gia Lai"]
    assert gia_lai.formerly == ["Sở Tài chính tỉnh Bình Định"]
    assert gia_lai.counts["overdue"] == 2  # its own 2026 task and Bình Định's of 2022


def test_selecting_the_successor_selects_the_predecessor_s_tasks(repo: Repository) -> None:
    rep = report(repo, date(2026, 3, 1), agencies=("Sở Tài chính tỉnh Gia Lai",))
    assert sorted((i.plan.id, i.task.id) for i in rep.items) == [
        ("kh-bd-2022", "1"),
        ("kh-gl-2026", "1"),
    ]


def test_a_name_gia_lai_means_the_former_province_in_2022() -> None:
    directory = Directory(
        Registry.model_validate({"schema": 1, "agencies": [{"id": "x", "name": "X"}]})
    )
    old = directory.province_for("Gia Lai", date(2022, 3, 1))
    new = directory.province_for("tỉnh Gia Lai", date(2026, 3, 1))
    assert old is not None and old.valid_until == date(2025, 6, 30) and old.successor == "gia-lai"
    assert new is not None and new.valid_until is None
    stc = directory.resolve("Sở Tài chính", Scope(province=old))
    assert stc is not None and stc.name == "Sở Tài chính tỉnh Gia Lai (trước 01/7/2025)"


# --- What the document leaves unsaid ---------------------------------------------------------


def test_unstated_leads_have_a_row_of_their_own(repo: Repository) -> None:
    got = rows(report(repo, date(2026, 6, 30)))
    # plans of several provinces: the row says whose (fresh22); both tasks are Phú Thọ's
    unstated = got["Chưa giao cơ quan chủ trì — tỉnh Phú Thọ"]
    assert unstated.kind == "unstated"
    assert unstated.total == 2  # KH 15 task 4 and the undated party plan's task 1


def test_unstated_beside_a_lead_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "agencies.yaml").write_text((PLANS / "agencies.yaml").read_text("utf-8"), "utf-8")
    text = (PLANS / "kh-gl-2026.yaml").read_text("utf-8")
    text = text.replace("lead: [UBND tỉnh]", "lead: [UBND tỉnh, Không nêu cơ quan chủ trì]")
    (tmp_path / "kh-gl-2026.yaml").write_text(text, "utf-8")
    assert [f.code for f in findings(tmp_path)] == ["unstated-lead"]


def test_a_plan_without_issue_date_counts_from_its_first_deadline(repo: Repository) -> None:
    before = report(repo, date(2026, 3, 31))
    assert [
        (o.plan.id, o.since, o.why) for o in before.left_out if o.plan.id.startswith("kh-d")
    ] == [("kh-dang-khong-ngay", date(2026, 4, 1), "first_deadline")]
    assert not [i for i in before.items if i.plan.id == "kh-dang-khong-ngay"]
    on_the_day = report(repo, date(2026, 4, 1))
    assert {i.task.id for i in on_the_day.items if i.plan.id == "kh-dang-khong-ngay"} == {"1", "2"}


def test_a_plan_in_force_from_a_stated_day(repo: Repository) -> None:
    before = report(repo, date(2026, 1, 31))
    assert ("kh-tw-2026", date(2026, 2, 1), "in_force") in [
        (o.plan.id, o.since, o.why) for o in before.left_out
    ]
    assert any(i.plan.id == "kh-tw-2026" for i in report(repo, date(2026, 2, 1)).items)


def test_status_says_which_plans_it_left_out_and_why() -> None:
    done = subprocess.run(
        [str(KEHOACH), "status", str(PLANS), "--as-of", "01/03/2026", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["not_in_force"] == [
        {"plan_id": "kh-dang-khong-ngay", "plan_number": None, "since": "2026-04-01",
         "why": "first_deadline"}
    ]  # fmt: skip
    kinds = {a["agency"]: a["kind"] for a in document["summary"]["agencies"]}
    assert kinds["Chưa giao cơ quan chủ trì — tỉnh Phú Thọ"] == "unstated"  # as a level is
    assert kinds["Ủy ban nhân dân các cấp — tỉnh Gia Lai"] == "level"
    text = subprocess.run(
        [str(KEHOACH), "status", str(PLANS), "--as-of", "01/03/2026"],
        capture_output=True,
        text=True,
        check=False,
        env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"},
    ).stdout
    assert "tính từ thời hạn đầu tiên 01/04/2026" in text
    assert "Sở Tài chính tỉnh Gia Lai (tiếp nhận việc của: Sở Tài chính tỉnh Bình Định)" in text
    assert "Ủy ban nhân dân các cấp — tỉnh Phú Thọ [cấp]" in text


# --- Helpful validation ----------------------------------------------------------------------


def test_a_name_split_at_its_commas_is_told_to_be_quoted(tmp_path: Path) -> None:
    (tmp_path / "agencies.yaml").write_text((PLANS / "agencies.yaml").read_text("utf-8"), "utf-8")
    text = (PLANS / "kh-bd-2022.yaml").read_text("utf-8")
    text = text.replace(
        '["UBND các huyện, thành phố, thị xã"]', "[UBND các huyện, thành phố, thị xã]"
    )
    (tmp_path / "kh-bd-2022.yaml").write_text(text, "utf-8")
    (found,) = findings(tmp_path)
    assert found.code == "split-agency-name"
    assert '"UBND các huyện, thành phố, thị xã"' in found.message


def test_suggestions_share_a_word_with_the_unknown_name() -> None:
    bundled = load_repository([ROOT / "plans"], Settings(), ROOT)
    directory = bundled.directory
    assert directory is not None
    nghe_an = Scope(province=load_national().provinces["nghe-an"])
    message = directory.unknown("Sở Y tê", nghe_an)
    assert "Sở Y tế tỉnh Nghệ An" in message
    assert "Kế hoạch" not in message
    assert directory.suggest("Sở Y tế") == ["Bộ Y tế"]  # not "Sở Kế hoạch và Đầu tư"


def test_an_unknown_jurisdiction_is_named_with_a_suggestion(tmp_path: Path) -> None:
    (tmp_path / "agencies.yaml").write_text((PLANS / "agencies.yaml").read_text("utf-8"), "utf-8")
    text = (
        (PLANS / "kh-gl-2026.yaml")
        .read_text("utf-8")
        .replace("jurisdiction: Gia Lai", "jurisdiction: Gia Lay")
    )
    (tmp_path / "kh-gl-2026.yaml").write_text(text, "utf-8")
    found = findings(tmp_path)
    assert found[0].code == "unknown-jurisdiction" and "có phải: Gia Lai?" in found[0].message
    assert {f.code for f in found[1:]} == {"unknown-agency"}  # no province, no Sở Tài chính


def test_a_plan_of_no_province_is_told_to_state_one(tmp_path: Path) -> None:
    (tmp_path / "agencies.yaml").write_text((PLANS / "agencies.yaml").read_text("utf-8"), "utf-8")
    text = (PLANS / "kh-gl-2026.yaml").read_text("utf-8").replace("jurisdiction: Gia Lai\n", "")
    (tmp_path / "kh-gl-2026.yaml").write_text(text, "utf-8")
    found = findings(tmp_path)
    assert [f.code for f in found] == ["unknown-agency"] * 2  # "UBND các cấp" reads anywhere
    assert "ghi 'jurisdiction:'" in found[0].message


# --- The national registry -------------------------------------------------------------------


def test_the_national_registry_has_34_units_from_63_and_cites_its_sources() -> None:
    national = load_national()
    current = [p for p in national.provinces.values() if p.valid_until is None]
    before = [p for p in national.provinces.values() if p.valid_until == date(2025, 6, 30)]
    unchanged = [p for p in current if p.valid_from is None]
    assert (len(current), len(before) + len(unchanged)) == (34, 63)
    assert sum(p.kind == "thành phố" for p in current) == 6
    assert len(national.ministries) == 17  # 14 ministries, 3 ministerial agencies
    cited = {p.source for p in national.provinces.values()}
    cited |= {t.source for t in (*national.ministries, *national.provincial)}
    assert cited <= set(national.sources)
    assert all(national.sources[k]["urls"] for k in cited)


# --- Every problem of a file in one run ------------------------------------------------------

BROKEN = """\
id: kh-thu
title: Kế hoạch thử
issuer: UBND tỉnh Gia Lai
jurisdiction: Gia Lai
issued: 2026-01-12
source: {document: x, complete: true}
tasks:
  - id: "1"
    title: Báo cáo
    title: Báo cáo lần 2
    lead: [Sở Tài chính]
    deadline: "Trước ngày 31/6/2026"
  - id: "III.2"
    title: Tổng hợp
    lead: [Sở Tài chính]
    deadlines: [{phrase: "Trước ngày 30/6/2026", last_day: 31/6/2026}]
"""


def test_a_missing_header_and_a_duplicate_key_hide_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "agencies.yaml").write_text((PLANS / "agencies.yaml").read_text("utf-8"), "utf-8")
    (tmp_path / "kh-thu.yaml").write_text(BROKEN.replace("last_day: 31/6/2026", ""), "utf-8")
    found = findings(tmp_path)
    assert [(f.line, f.code) for f in found] == [
        (1, "schema-version"),
        (10, "duplicate-key"),
        (12, "deadline-unreadable"),
    ]
    loaded = load_repository([tmp_path], Settings(), tmp_path)
    assert loaded.plans == [] and loaded.broken == ["kh-thu.yaml"]  # reports never count it


def test_a_field_path_names_the_task_by_its_id_and_counts_from_one(tmp_path: Path) -> None:
    (tmp_path / "agencies.yaml").write_text((PLANS / "agencies.yaml").read_text("utf-8"), "utf-8")
    (tmp_path / "kh-thu.yaml").write_text("schema: 1\n" + BROKEN, "utf-8")
    found = findings(tmp_path)
    assert [f.code for f in found] == ["duplicate-key", "bad-value"]
    bad_value = found[1]
    assert bad_value.message.startswith("'nhiệm vụ III.2 › deadlines thứ 1 › last_day'")


def test_calendar_feeds_keep_provinces_apart_and_carry_the_predecessor(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(KEHOACH), "export-ics", str(PLANS), "--as-of", "01/03/2026", "--include-done",
         "--out-dir", str(tmp_path), "--split", "agency"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr

    def uids(name: str) -> set[str]:
        text = (tmp_path / name).read_text("utf-8")
        return {line.split(":", 1)[1] for line in text.splitlines() if line.startswith("UID:")}

    assert uids("gia-lai-so-tai-chinh.ics") == {
        "kh-gl-2026.1.m1@kehoach",
        "kh-bd-2022.1.m1@kehoach",  # Bình Định's Sở Tài chính, merged into Gia Lai's
    }
    assert uids("phu-tho-so-tai-chinh.ics") == {"kh-pt-2026.1.m1@kehoach"}


def test_a_commune_plan_reads_ubnd_xa_as_its_commune_and_ubnd_tinh_as_its_province() -> None:
    directory = Directory(
        Registry.model_validate({"schema": 1, "agencies": [{"id": "x", "name": "X"}]})
    )
    national = load_national()
    scope = Scope(province=national.provinces["gia-lai"], commune="Xã Thử Nghiệm")
    ubnd_xa = directory.resolve("UBND xã", scope)
    assert ubnd_xa is not None and ubnd_xa.name == "Ủy ban nhân dân xã Thử Nghiệm (tỉnh Gia Lai)"
    ubnd_tinh = directory.resolve("UBND tỉnh", scope)
    assert ubnd_tinh is not None and ubnd_tinh.name == "Ủy ban nhân dân tỉnh Gia Lai"
    assert directory.resolve("UBND xã", Scope(province=national.provinces["gia-lai"])) is None


def test_a_registry_of_one_province_scopes_every_entry_to_it() -> None:
    directory = Directory(
        Registry.model_validate(
            {
                "schema": 1,
                "jurisdiction": "Phú Thọ",
                "agencies": [{"id": "to-cong-tac", "name": "Tổ công tác của tỉnh"}],
            }
        )
    )
    provinces = load_national().provinces
    phu_tho, gia_lai = Scope(province=provinces["phu-tho"]), Scope(province=provinces["gia-lai"])
    found = directory.resolve("Tổ công tác của tỉnh", phu_tho)
    assert found is not None and found.id == "to-cong-tac"
    assert directory.resolve("Tổ công tác của tỉnh", gia_lai) is None
    # A former unit of the merged Phú Thọ (Vĩnh Phúc until 30/6/2025) is not Phú Thọ.
    assert directory.resolve("Tổ công tác của tỉnh", Scope(province=provinces["vinh-phuc"])) is None
