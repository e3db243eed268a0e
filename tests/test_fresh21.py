"""What the `fresh21` helper's clerk (Văn phòng UBND tỉnh, never having seen kehoach,
2026-12-03) met: a plan typed by hand from the seed of Kế hoạch tổng kết Nghị quyết 20-NQ/TW
(`/work/shared/seeds/kh-tong-ket-nq20-btv-tinh-uy-2022.txt`, tasks 2, III.3.b and III.3.c),
agencies typed without diacritics, beside the bundled plans and the Sơn La plan of
tests/fixtures/fresh17/. Each test is a step and the answer the clerk should have had; each
runs the installed command."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from clirun import CLERK, kehoach
from gitrun import git

ROOT = Path(__file__).parents[1]
BUNDLED = ROOT / "plans"
SON_LA = Path(__file__).parent / "fixtures" / "fresh17" / "son-la-kh-02-bcd-2026.yaml"

# The clerk's plan as first typed: `kehoach new` wrote `jurisdiction: null`, left so.
NQ20 = """\
schema: 1
id: kh-tk-nq20
number: null
kind: Kế hoạch
title: Tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW
issuer: Ban Thường vụ Tỉnh ủy Nghệ An
jurisdiction: null
issued: null
source: {document: kh-tong-ket-nq20-btv-tinh-uy-2022.txt, complete: false}
tasks:
  - id: "2"
    title: Xây dựng dự thảo Báo cáo tổng kết trên địa bàn tỉnh
    lead: [Ban can su dang UBND tinh]
    deadline: "Không nêu thời hạn"
  - id: "3.b"
    title: Thẩm định, trình Ban Thường vụ Tỉnh ủy
    lead: [ban tuyen giao tinh uy]
    support: [so khoa hoc va cong nghe]
    deadline: "trước ngày 15/4/2022"
"""

REGISTRY = """\
schema: 1
jurisdiction: Nghệ An
agencies:
  - id: ban-can-su-dang-ubnd-tinh
    name: Ban cán sự đảng Ủy ban nhân dân tỉnh
"""


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=cwd, env=CLERK)


def clerk_repository(tmp_path: Path, plan: str = NQ20) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir(parents=True)
    (plans / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    (plans / "kh-tk-nq20.yaml").write_text(plan, encoding="utf-8")
    return tmp_path


# --- 1. a plan with no jurisdiction is told which province its names are of -------------


def test_a_plan_without_jurisdiction_is_told_the_registrys_province(tmp_path: Path) -> None:
    """Every name failed: 'ban tuyen giao tinh uy' was offered "Bộ Dân tộc và Tôn giáo", the
    registry's own entry nothing at all, and no message said the plan had no province
    (`agencies.yaml` says `jurisdiction: Nghệ An`; `kehoach new` writes `jurisdiction: null`)."""
    done = run("validate", cwd=clerk_repository(tmp_path))
    assert done.returncode == 1
    lines = [line for line in done.stdout.splitlines() if "[unknown-agency]" in line]
    assert len(lines) == 3
    for line in lines:
        assert "kế hoạch không ghi 'jurisdiction:'" in line
        assert "'jurisdiction: Nghệ An'" in line
    assert "Bộ Dân tộc và Tôn giáo" not in done.stdout
    assert "có phải: Ban cán sự đảng Ủy ban nhân dân tỉnh?" in lines[0]  # "UBND" as typed
    fixed = NQ20.replace("jurisdiction: null", "jurisdiction: Nghe An")  # as the clerk types
    again = run("validate", cwd=clerk_repository(tmp_path / "again", fixed))
    assert "ban tuyen giao tinh uy' là Ban Tuyên giáo Tỉnh ủy Nghệ An" in again.stdout
    assert "jurisdiction" not in again.stdout


def test_a_name_of_no_province_known_gets_no_province_hint(tmp_path: Path) -> None:
    """The hint names a province only where the name is a body of it."""
    plan = NQ20.replace("[so khoa hoc va cong nghe]", "[Hội Xyz]")
    done = run("validate", cwd=clerk_repository(tmp_path, plan))
    line = next(line for line in done.stdout.splitlines() if "Hội Xyz" in line)
    assert "jurisdiction" not in line


# --- 2. status over several provinces names each row's province -------------------------


def office(tmp_path: Path) -> Path:
    """The bundled plans (Nghệ An) and a Sơn La plan giving work to its Sở Tài chính."""
    plans = tmp_path / "plans"
    shutil.copytree(BUNDLED, plans, ignore=shutil.ignore_patterns("sources"))
    shutil.copy(SON_LA, plans / SON_LA.name)
    (plans / "sl-5-2026.yaml").write_text(
        "schema: 1\nid: sl-5-2026\nnumber: 5/KH-UBND\nkind: Kế hoạch\ntitle: Thử\n"
        "issuer: UBND tỉnh Sơn La\njurisdiction: Son La\nissued: 2026-01-05\n"
        "source: {document: x, complete: false}\ntasks:\n"
        '  - id: "1"\n    title: Việc một\n    lead: [so tai chinh]\n'
        '    deadline: "trước ngày 30/6/2026"\n',
        encoding="utf-8",
    )
    return tmp_path


def test_status_over_several_provinces_names_each_rows_province(tmp_path: Path) -> None:
    """Nghệ An's registry entry "Sở Tài chính" was a row of that plain name beside "Sở Tài
    chính tỉnh Sơn La": read as every province's, or as the Sơn La one's twin."""
    done = run("status", "--as-of", "01/12/2026", "--format", "json", cwd=office(tmp_path))
    rows = {row["agency"] for row in json.loads(done.stdout)["summary"]["agencies"]}
    assert "Sở Tài chính tỉnh Sơn La" in rows
    assert "Sở Tài chính tỉnh Nghệ An" in rows and "Sở Tài chính" not in rows
    assert "Văn phòng UBND tỉnh Nghệ An" in rows  # "… tỉnh" then the province's name
    assert "Ban Tuyên giáo Tỉnh ủy" in rows  # a registry entry of no province stays as it is
    nghe_an = next(
        r
        for r in json.loads(done.stdout)["summary"]["agencies"]
        if "Tài chính tỉnh Ng" in r["agency"]
    )
    assert nghe_an["formerly"] == ["Sở Kế hoạch và Đầu tư tỉnh Nghệ An"]


def test_slips_over_several_provinces_names_each_rows_province(tmp_path: Path) -> None:
    """slips named Nghệ An's "Sở Kế hoạch và Đầu tư" beside "Sở Tài chính tỉnh Sơn La" (and
    two provinces' registry entries of one plain name would have been one row)."""
    root = office(tmp_path)
    for ref, phrase, *more in (
        ("5/1", "trước ngày 30/7/2026"),
        ("348/2", "Tham mưu UBND tỉnh trước ngày 15/7/2022", "--milestone", "1"),
    ):
        moved = run("reschedule", ref, phrase, "--reason", "Chờ", "--ref", "CV 1", *more, cwd=root)
        assert moved.returncode == 0, moved.stderr
    done = run("slips", "--format", "json", cwd=root)
    rows = [row["agency"] for row in json.loads(done.stdout)["summary"]["agencies"]]
    assert sorted(rows) == ["Sở Kế hoạch và Đầu tư tỉnh Nghệ An", "Sở Tài chính tỉnh Sơn La"]


def test_feeds_over_several_provinces_name_each_agencys_province(tmp_path: Path) -> None:
    """export-ics --split agency named Nghệ An's feed "Kế hoạch — Sở Tài chính" beside
    "Kế hoạch — Sở Tài chính tỉnh Sơn La": a subscriber could not tell whose it was."""
    root = office(tmp_path)
    done = run("export-ics", "--out-dir", "feeds", "--split", "agency", cwd=root)
    assert done.returncode == 0, done.stderr

    def calendar_name(stem: str) -> str:
        text = (root / "feeds" / f"{stem}.ics").read_bytes().decode("utf-8").replace("\r\n ", "")
        return next(line for line in text.splitlines() if line.startswith("X-WR-CALNAME:"))

    assert calendar_name("so-tai-chinh") == "X-WR-CALNAME:Kế hoạch — Sở Tài chính tỉnh Nghệ An"
    assert calendar_name("son-la-so-tai-chinh").endswith("Sở Tài chính tỉnh Sơn La")
    alone = run(
        "export-ics", "plans", "--out-dir", str(tmp_path / "one"), "--split", "agency", cwd=ROOT
    )
    assert alone.returncode == 0, alone.stderr
    text = (tmp_path / "one" / "so-tai-chinh.ics").read_bytes().decode("utf-8").replace("\r\n ", "")
    assert "X-WR-CALNAME:Kế hoạch — Sở Tài chính\r\n" in text  # one province: as it was


def test_status_of_one_province_keeps_the_registrys_names() -> None:
    done = run("status", "plans", "--as-of", "01/12/2026", "--format", "json", cwd=ROOT)
    rows = {row["agency"] for row in json.loads(done.stdout)["summary"]["agencies"]}
    assert "Sở Tài chính" in rows and "Văn phòng UBND tỉnh" in rows


# --- 3. log shows the edits not yet committed -------------------------------------------


def test_log_shows_what_is_not_yet_committed(tmp_path: Path) -> None:
    """`reschedule` then `log`: the log stopped at the last commit, so the deadline just
    moved showed as never moved, and nothing said the file differed from it."""
    plan = NQ20.replace("jurisdiction: null", "jurisdiction: Nghệ An")
    root = clerk_repository(tmp_path, plan.replace("dang UBND tinh", "dang Uy ban nhan dan tinh"))
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "KH tổng kết NQ 20")
    moved = run(
        "reschedule", "kh-tk-nq20/3.b", "trước ngày 20/4/2022", "--reason", "Chờ số liệu", cwd=root
    )
    assert moved.returncode == 0, moved.stderr
    done = run("log", "kh-tk-nq20/3.b", cwd=root)
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines[0] == "Kế hoạch kh-tk-nq20, nhiệm vụ 3.b: 1 lần thay đổi, và thay đổi chưa commit"
    at = lines.index("bản hiện tại (chưa commit)")
    assert (
        '"trước ngày 15/4/2022" (15/04/2022) → "trước ngày 20/4/2022" (20/04/2022)' in lines[at + 1]
    )
    assert "lý do: Chờ số liệu" in lines[at + 2]
    record = json.loads(run("log", "kh-tk-nq20/3.b", "--format", "json", cwd=root).stdout)
    assert record["uncommitted"]["deadlines"][0]["new_due"] == "2022-04-20"
    other = json.loads(run("log", "kh-tk-nq20/2", "--format", "json", cwd=root).stdout)
    assert other["uncommitted"] is None  # only the task the edit touched
    git(root, "commit", "-qam", "gia hạn")
    after = run("log", "kh-tk-nq20/3.b", cwd=root).stdout
    assert "chưa commit" not in after and "2 lần thay đổi" in after


# --- 4. kehoach new takes the registry's province ---------------------------------------


def test_new_writes_the_registrys_jurisdiction(tmp_path: Path) -> None:
    """README's Quick start has the clerk write agencies.yaml with `jurisdiction: Nghệ An`,
    then `kehoach new`: the plan said `jurisdiction: null`, and every provincial body the
    clerk typed was unknown. Beside that registry the plan now states its province."""
    office = tmp_path / "office"
    plans = office / "plans"
    plans.mkdir(parents=True)
    (plans / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    assert run("new", "plans/kh-45-2026.yaml", cwd=office).returncode == 0
    text = (plans / "kh-45-2026.yaml").read_text(encoding="utf-8")
    assert "\njurisdiction: Nghệ An  # " in text
    text = text.replace('      - "…"', "      - so noi vu").replace('"…"', "Thử")
    (plans / "kh-45-2026.yaml").write_text(text, encoding="utf-8")
    done = run("validate", cwd=office)
    assert "unknown-agency" not in done.stdout, done.stdout
    assert "'so noi vu' là Sở Nội vụ tỉnh Nghệ An" in done.stdout
    alone = tmp_path / "khac"  # no registry anywhere: the template's null, as before
    alone.mkdir()
    assert run("new", str(alone / "kh-1.yaml"), cwd=alone).returncode == 0
    assert "\njurisdiction: null  # " in (alone / "kh-1.yaml").read_text("utf-8")
