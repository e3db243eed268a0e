"""What a new user broke in the `fresh` helper's seventh session (2026-11-30): a clerk of the
Văn phòng HĐND và UBND of a commune born of the 2025 merger who transcribed the plans that
reach the commune (Kế hoạch 06/KH-BCĐ197 of Hà Nội, 11/11/2025; the commune's own plans
naming its three offices) into a repository of their own, then tried to break kehoach.
Each test is what the clerk did and the answer they should have had; the CLI tests run the
installed command."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from clirun import kehoach

# A commune's plan naming the offices every commune has from 01/7/2025 (Nghị định
# 150/2025/NĐ-CP): the lines a xã of Đồng Nai writes in its own plans.
COMMUNE_PLAN = """\
schema: 1
id: kh-xa-2025
kind: Kế hoạch
title: Cải cách hành chính năm 2025 trên địa bàn xã
issuer: UBND xã Hưng Thịnh
jurisdiction: Đồng Nai
commune: Xã Hưng Thịnh
issued: 15/08/2025
source: {document: thử, complete: false}
tasks:
  - id: "1"
    title: Rà soát, công khai thủ tục hành chính
    lead: [Văn phòng HĐND và UBND xã]
    support: [Trung tâm Phục vụ hành chính công xã]
    deadline: trước ngày 30/9/2025
  - id: "2"
    title: Kiểm tra tình hình thu ngân sách
    lead: [Phòng Kinh tế]
    deadline: trước ngày 15/10/2025
  - id: "3"
    title: Tuyên truyền cải cách hành chính
    lead: [Phòng Văn hóa - Xã hội xã]
    deadline: trước ngày 31/10/2025
"""

REGISTRY = """\
schema: 1
jurisdiction: Đồng Nai
agencies:
  - id: to-cong-tac-cchc
    name: Tổ công tác cải cách hành chính xã
"""


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(cwd), "COLUMNS": "150", "NO_COLOR": "1"}
    return kehoach(*args, cwd=cwd, stdin=stdin, env=env, clean=True, timeout=120)


def repository(tmp_path: Path, plan: str, registry: str = REGISTRY) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(registry, encoding="utf-8")
    (plans / "kh.yaml").write_text(plan, encoding="utf-8")
    return tmp_path


def test_a_commune_plan_knows_the_offices_every_commune_has(tmp_path: Path) -> None:
    """The clerk's first plan of the commune named its Văn phòng HĐND và UBND, its Phòng
    Kinh tế and Phòng Văn hóa - Xã hội: three 'unknown agency' errors, and "Phòng Kinh tế"
    was offered nothing of the commune. The national registry knows them now, as this
    commune's offices (Nghị định 150/2025/NĐ-CP)."""
    root = repository(tmp_path, COMMUNE_PLAN)
    checked = run("validate", cwd=root)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    shown = run("status", "--all", "--as-of", "01/09/2025", "--format", "json", cwd=root)
    leads = {i["task_id"]: i["lead"] for i in json.loads(shown.stdout)["items"]}
    assert leads == {
        "1": ["Văn phòng HĐND và UBND xã Hưng Thịnh (tỉnh Đồng Nai)"],
        "2": ["Phòng Kinh tế xã Hưng Thịnh (tỉnh Đồng Nai)"],
        "3": ["Phòng Văn hóa - Xã hội xã Hưng Thịnh (tỉnh Đồng Nai)"],
    }
    picked = run("status", "--all", "--as-of", "01/09/2025", "--agency", "phong kinh te", cwd=root)
    assert picked.returncode == 0 and "Kiểm tra tình hình thu ngân sách" in picked.stdout
    assert "Tuyên truyền" not in picked.stdout


def test_a_ward_has_its_phong_kinh_te_ha_tang_va_do_thi_not_a_phong_kinh_te(
    tmp_path: Path,
) -> None:
    """A phường's economic office is the Phòng Kinh tế, Hạ tầng và Đô thị; a plan of a
    phường naming "Phòng Kinh tế" names no office the ward has, and is told so."""
    ward = COMMUNE_PLAN.replace("Xã Hưng Thịnh", "Phường Trấn Biên").replace(
        "Văn phòng HĐND và UBND xã", "Văn phòng HĐND và UBND phường"
    )
    ward = ward.replace(
        "Trung tâm Phục vụ hành chính công xã", "Trung tâm Phục vụ hành chính công phường"
    )
    ward = ward.replace("Phòng Văn hóa - Xã hội xã", "Phòng Kinh tế, Hạ tầng và Đô thị")
    root = repository(tmp_path, ward)
    checked = run("validate", cwd=root)
    assert checked.returncode == 1
    assert "'Phòng Kinh tế' trong danh mục" in checked.stdout, checked.stdout
    assert checked.stdout.count("unknown-agency") == 1, checked.stdout


def test_import_quotes_the_start_of_a_pasted_page_not_the_page(tmp_path: Path) -> None:
    """A deadline cell holding a pasted page (120,000 characters, under the import's cell
    limit): `kehoach import` listed it whole on stderr, one line of 120 KB that buried the
    summary. It quotes its start now, as `kehoach deadline` does, with the reason."""
    page = "trước ngày 15/12/2026 " + "x" * 120_000
    table = f"TT\tNội dung\tChủ trì\tThời gian hoàn thành\n1\tViệc một\tSở Nội vụ\t{page}\n"
    done = run(
        "import",
        "-",
        "--title",
        "T",
        "--issuer",
        "UBND thành phố Hà Nội",
        cwd=tmp_path,
        stdin=table,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines[0].startswith("đã nhập 1 nhiệm vụ; 1 thời hạn chưa đọc được")
    unread = [line for line in lines if line.startswith("  nhiệm vụ 1: thời hạn")]
    # the start quoted, then the reason and (since session 35) the way out: last_day
    assert len(unread) == 1 and len(unread[0]) < 1000, len(unread[0])
    assert "'trước ngày 15/12/2026 xxx" in unread[0] and "…'" in unread[0]
    assert "x" * 400 not in unread[0]  # its start, not the 120,000 characters
    assert "dài quá 500 ký tự, không phải một thời hạn; " in unread[0]
    assert "ghi last_day" in unread[0]
    assert page in done.stdout  # the draft keeps the cell verbatim; validate names it


FORMER_PROVINCE_PLAN = """\
schema: 1
id: kh-xa-bp-2025
kind: Kế hoạch
title: Thử
issuer: UBND xã Thử Nghiệm
jurisdiction: Bình Phước
commune: Xã Thử Nghiệm
issued: 15/08/2025
source: {document: thử, complete: false}
tasks:
  - id: "1"
    title: Việc của xã
    lead: [UBND xã]
    deadline: trước ngày 30/9/2025
"""


def test_a_plan_after_the_merger_written_for_the_former_province_is_told_its_successor(
    tmp_path: Path,
) -> None:
    """A clerk of a commune of the former Bình Phước wrote `jurisdiction: Bình Phước` by
    habit on a plan of 15/08/2025: every name was read as the former province's ("Ủy ban
    nhân dân xã Thử Nghiệm (tỉnh Bình Phước)"), silently — Bình Phước is part of Đồng Nai
    from 01/7/2025 (Nghị quyết 202/2025/QH15). validate warns at the jurisdiction now."""
    root = repository(tmp_path, FORMER_PROVINCE_PLAN, REGISTRY)
    checked = run("validate", cwd=root)
    assert checked.returncode == 0, checked.stdout  # a warning: the clerk decides
    assert checked.stdout.startswith("plans/kh.yaml:6:1: warning: tỉnh Bình Phước chỉ còn đến hết")
    assert "từ 01/07/2025 thuộc tỉnh Đồng Nai" in checked.stdout
    assert "ghi 'jurisdiction: Đồng Nai'" in checked.stdout
    assert "[jurisdiction-expired]" in checked.stdout
    earlier = FORMER_PROVINCE_PLAN.replace("15/08/2025", "15/05/2025").replace(
        "commune: Xã Thử Nghiệm\n", ""
    )
    earlier = earlier.replace("[UBND xã]", "[UBND tỉnh]")
    (root / "plans" / "kh.yaml").write_text(earlier, encoding="utf-8")
    assert "jurisdiction-expired" not in run("validate", cwd=root).stdout


DEPARTMENT_PLAN = """\
schema: 1
id: kh-dn-2025
kind: Kế hoạch
title: Thử
issuer: UBND tỉnh Đồng Nai
jurisdiction: Đồng Nai
issued: 15/08/2025
source: {document: thử, complete: false}
tasks:
  - id: "1"
    title: Việc của tỉnh
    lead: [Sở Nội vụ]
    support: [Sở Kế hoạch và Đầu tư]
    deadline: trước ngày 30/9/2025
"""


def test_a_department_merged_away_before_the_new_province_existed_is_named_so(
    tmp_path: Path,
) -> None:
    """The new Đồng Nai (from 01/7/2025) never had a Sở Kế hoạch và Đầu tư: the provinces'
    departments of 2025 were merged before it was formed (Nghị định 45/2025/NĐ-CP). A plan
    of 15/08/2025 naming it got no word, while the same name under the former Bình Phước
    was warned. validate names the successor now; a plan of the former Đồng Nai (2024)
    names a body that existed, and is not warned."""
    root = repository(tmp_path, DEPARTMENT_PLAN, REGISTRY)
    checked = run("validate", cwd=root)
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.startswith("plans/kh.yaml:13:15: warning: Sở Kế hoạch và Đầu tư")
    assert "01/07/2025" in checked.stdout and "Sở Tài chính tỉnh Đồng Nai" in checked.stdout
    assert checked.stdout.count("warning") == 1  # Sở Nội vụ of the new province is right
    older = DEPARTMENT_PLAN.replace("15/08/2025", "15/08/2024").replace("30/9/2025", "30/9/2024")
    (root / "plans" / "kh.yaml").write_text(older, encoding="utf-8")
    assert "warning" not in run("validate", cwd=root).stdout


def test_a_commune_with_no_bodies_of_its_own_keeps_an_empty_registry(tmp_path: Path) -> None:
    """Every body the commune's plans name is in the national registry (its UBND and
    offices, the province's departments): the clerk wrote `agencies: []` and got "'agencies'
    không được để trống" — the only way on was to invent an entry. An empty list is the
    registry of a commune with no bodies of its own; the file itself is still asked for."""
    empty = "schema: 1\njurisdiction: Đồng Nai\nagencies: []\n"
    plan = COMMUNE_PLAN.replace("[Trung tâm Phục vụ hành chính công xã]", "[Sở Nội vụ]")
    root = repository(tmp_path, plan, empty)
    checked = run("validate", cwd=root)
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout == ""
    (root / "plans" / "agencies.yaml").unlink()
    missing = run("validate", cwd=root)
    assert missing.returncode == 1 and "[no-registry]" in missing.stdout
    assert "agencies: []" in missing.stdout  # the message says how to start with none


def test_import_of_a_commune_plan_reads_its_offices_as_the_communes(tmp_path: Path) -> None:
    """`kehoach import bang.tsv --issuer "UBND xã Hưng Thịnh" --jurisdiction "Đồng Nai"`
    wrote no `commune:` and listed the commune's offices as unknown, with entries "to
    paste into agencies.yaml" (copies of what the national registry knows). The issuer
    names the commune: the draft says `commune: Xã Hưng Thịnh` and reads its offices as
    validate will; `--commune` gives it when the issuer does not."""
    table = (
        "TT\tNội dung\tChủ trì\tThời gian hoàn thành\n"
        "1\tRà soát thủ tục hành chính\tVăn phòng HĐND và UBND xã\tTrước ngày 30/9/2025\n"
        "2\tKiểm tra thu ngân sách\tPhòng Kinh tế\tQuý IV/2025\n"
    )
    facts = [
        "--title",
        "Cải cách hành chính",
        "--jurisdiction",
        "Đồng Nai",
        "--issued",
        "15/08/2025",
    ]
    done = run("import", "-", "--issuer", "UBND xã Hưng Thịnh", *facts, cwd=tmp_path, stdin=table)
    assert done.returncode == 0, done.stderr
    assert "\ncommune: Xã Hưng Thịnh\n" in done.stdout
    assert done.stderr.startswith("đã nhập 2 nhiệm vụ; 0 thời hạn chưa đọc được; 0 cơ quan chưa có")
    ward = table.replace("HĐND và UBND xã", "HĐND và UBND phường").replace(
        "Phòng Kinh tế", "Phòng Kinh tế, Hạ tầng và Đô thị"
    )
    given = ["--issuer", "Chủ tịch UBND", "--commune", "Phường Trấn Biên"]
    done = run("import", "-", *given, *facts, cwd=tmp_path, stdin=ward)
    assert done.returncode == 0, done.stderr
    assert "\ncommune: Phường Trấn Biên\n" in done.stdout
    assert "0 cơ quan chưa có trong danh mục" in done.stderr.splitlines()[0]
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text("schema: 1\nagencies: []\n", encoding="utf-8")
    (plans / "kh.yaml").write_text(done.stdout, encoding="utf-8")
    checked = run("validate", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout


def test_a_file_name_with_a_line_break_is_shown_with_a_mark_not_a_space(tmp_path: Path) -> None:
    """fresh6's L1: `export-ics -o "out\\nx.ics"` said "đã xuất … vào out x.ics", the name
    of another file; validate named "k\\nh.yaml" as "k h.yaml:1:1". Each message stays one
    line, the line break shown by its mark (␤)."""
    root = repository(tmp_path, COMMUNE_PLAN)
    out = run("export-ics", "-o", "out\nx.ics", cwd=root)
    assert out.returncode == 0, out.stderr
    assert (root / "out\nx.ics").is_file()
    assert out.stderr == "kehoach: đã xuất 3 mốc thời hạn vào out␤x.ics\n"
    odd = root / "plans" / "k\nh.yaml"
    odd.write_text(
        COMMUNE_PLAN.replace("id: kh-xa-2025", "id: kh-odd").replace(
            "[Phòng Kinh tế]", "[Phòng Nào Đó]"
        ),
        encoding="utf-8",
    )
    checked = run("validate", cwd=root)
    assert "plans/k␤h.yaml:18:12: error: không có cơ quan 'Phòng Nào Đó'" in checked.stdout
    assert len(checked.stdout.splitlines()) == 1


def test_a_commune_office_in_a_plan_without_commune_is_told_to_name_the_commune(
    tmp_path: Path,
) -> None:
    """The clerk's plan said `jurisdiction: Đồng Nai` but not `commune:`: "Phòng Kinh tế"
    was unknown with "có phải: Sở Y tế tỉnh Đồng Nai, Bộ Y tế?" (the one word they share
    is "tế"). The finding says what is missing instead: the commune."""
    plan = COMMUNE_PLAN.replace("commune: Xã Hưng Thịnh\n", "")
    root = repository(tmp_path, plan)
    checked = run("validate", cwd=root)
    assert checked.returncode == 1
    line = next(x for x in checked.stdout.splitlines() if "'Phòng Kinh tế'" in x)
    assert "Sở Y tế" not in line and "Bộ Y tế" not in line
    assert "là cơ quan của một xã, phường, đặc khu: ghi 'commune:'" in line, line
