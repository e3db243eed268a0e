"""What a new user met in the `fresh` helper's sixteenth session (2026-12-02): the body a
Phú Thọ election timetable names and the registry did not know, and two things `import` did
to a Word document. Each test is what a clerk did and the answer they should have had;
each runs the installed command."""

from __future__ import annotations

import subprocess
from pathlib import Path

from clirun import kehoach_uncached as run

# UBND tỉnh Phú Thọ's "Kế hoạch triển khai công tác bầu cử đại biểu Quốc hội khoá XV và bầu
# cử đại biểu HĐND các cấp, nhiệm kỳ 2021 - 2026" (phutho.gov.vn; its phrases are
# tests/corpus/b-phu-tho-kh-bau-cu-2021.yaml): the page opens with this title, no "KẾ HOẠCH"
# line above it, and row 1 prints its heading over its text in one cell.
TITLE = (
    "Kế hoạch triển khai công tác bầu cử đại biểu Quốc hội khoá XV và bầu cử đại biểu HĐND "
    "các cấp, nhiệm kỳ 2021 - 2026"
)
HEADER = (
    "TT",
    "Nội dung công việc chủ yếu tiến hành công tác bầu cử",
    "Ngày chậm nhất phải hoàn thành",
)
ROW_1 = (
    "1",
    "Triển khai công tác bầu cử ở tỉnh\nTriệu tập đủ thành phần ở cấp tỉnh, cấp huyện dự Hội "
    "nghị trực tuyến triển khai công tác bầu cử của HĐBC quốc gia (đồng thời là hội nghị "
    "triển khai ở tỉnh).",
    "21/01/2021",
)
# Row 5 of the same page: "UBND tỉnh sau khi thống nhất với Thường trực HĐND tỉnh, Ban
# thường trực UBMTTQ tỉnh quyết định thành lập U[BBC tỉnh]" (the readable copy is cut there).


def _repo(root: Path, plan: str) -> Path:
    (root / "plans").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", encoding="utf-8")
    (root / "plans" / "kh.yaml").write_text(plan, encoding="utf-8")
    return root


def _plan(leads: list[str], commune: str | None = None) -> str:
    tasks = "".join(
        f'  - id: "{i}"\n    title: "Thành lập Ủy ban bầu cử tỉnh"\n    lead: ["{lead}"]\n'
        '    deadline: "07/02/2021 (chủ Nhật)"\n'
        for i, lead in enumerate(leads, start=1)
    )
    where = f"commune: {commune}\n" if commune else ""
    return (
        f"schema: 1\nid: kh-bau-cu-2021\nkind: Kế hoạch\ntitle: {TITLE}\n"
        f"issuer: UBND tỉnh Phú Thọ\njurisdiction: Phú Thọ\n{where}issued: 2021-01-15\n"
        "source:\n  document: phutho.gov.vn\n  complete: false\ntasks:\n" + tasks
    )


def test_the_standing_committee_of_the_council_is_a_known_body(tmp_path: Path) -> None:
    # "Thường trực HĐND tỉnh" (Luật 72/2025/QH15, Điều 29) was unknown, and validate
    # offered "Ban Thường vụ Tỉnh ủy Phú Thọ", the Party's committee: a clerk who took the
    # hint gave the State's task to the Party. And in a plan of 2021 the full name as the
    # document writes it ("… tỉnh Phú Thọ") was unknown too: the registry knew the body of
    # the former province only as "… tỉnh Phú Thọ (trước 01/7/2025)", its own label.
    root = _repo(
        tmp_path / "ke hoach",
        _plan(["Thường trực HĐND tỉnh", "Thường trực Hội đồng nhân dân tỉnh Phú Thọ",
               "Thường trực HĐND các cấp"]),
    )  # fmt: skip
    code, out, err = run("validate", cwd=root)
    assert code == 0, out + err
    code, out, err = run("status", "--agency", "thuong truc hdnd tinh", "--all", cwd=root)
    assert code == 0, err
    assert "Thường trực Hội đồng nhân dân tỉnh Phú Thọ" in out and "Tỉnh ủy" not in out


def test_a_communes_standing_committee_is_known_with_the_commune(tmp_path: Path) -> None:
    root = _repo(tmp_path / "xa", _plan(["Thường trực HĐND xã"], commune="Xã Thanh Ba"))
    code, out, err = run("validate", cwd=root)
    assert code == 0, out + err


def test_a_suggestion_never_crosses_from_state_to_party_or_front(tmp_path: Path) -> None:
    # A name that says which system it belongs to is offered bodies of that system only.
    root = _repo(
        tmp_path / "goi-y",
        _plan(["Ban Thường vụ HĐND tỉnh", "Thường trực Tỉnh ủy", "Ban thường trực UBMTTQ tỉnh"]),
    )
    code, out, _ = run("validate", cwd=root)
    assert code == 1
    lines = {line.split("'")[1]: line for line in out.splitlines() if "unknown-agency" in line}
    state = lines["Ban Thường vụ HĐND tỉnh"]
    # the plan is of 2021: Phú Thọ before the 2025 merger
    assert "có phải: Thường trực Hội đồng nhân dân tỉnh Phú Thọ (trước 01/7/2025)?" in state
    assert "Tỉnh ủy" not in state.split("có phải")[1]
    party = lines["Thường trực Tỉnh ủy"]
    assert "Ban Thường vụ Tỉnh ủy Phú Thọ" in party and "Hội đồng" not in party, party
    front = lines["Ban thường trực UBMTTQ tỉnh"]
    assert "Tỉnh ủy" not in front and "Hội đồng" not in front, front


def _word(path: Path, title: str | None, rows: list[tuple[str, str, str]]) -> Path:
    import docx

    document = docx.Document()
    if title:
        document.add_paragraph(title)
    table = document.add_table(rows=1, cols=len(HEADER))
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(str(path))
    return path


def test_a_cells_heading_stays_apart_from_its_text(tmp_path: Path) -> None:
    # Row 1's cell is a heading over its text; joined with a space it read "… ở tỉnh Triệu
    # tập đủ thành phần …", one sentence that was never written. The deadline keeps its
    # line break: it is copied as printed, and it reads the same.
    root = _repo(tmp_path / "nhap", _plan(["Thường trực HĐND tỉnh"]))
    rows = [
        ROW_1,
        (
            "2",
            "Tổ chức Ngày hội\nphối hợp với\nSở Nội vụ",
            "Thời gian:\nTừ ngày 22 đến ngày 24/11/2022",
        ),
    ]
    # row 2: a sentence broken before a name, and a time cell as h-b2-svh-bac-lieu-lich-
    # ngay-hoi-van-hoa-du-lich-2022 prints it ("Thời gian: Từ ngày 22 đến ngày 24/11/2022")
    _word(root / "kh.docx", TITLE, rows)
    code, _, err = run(
        "import", "kh.docx", "-o", "plans/moi.yaml", "--issuer", "UBND tỉnh Phú Thọ", cwd=root
    )
    assert code == 0, err
    assert "0 thời hạn chưa đọc được" in err, err
    text = (root / "plans" / "moi.yaml").read_text(encoding="utf-8")
    assert "title: Triển khai công tác bầu cử ở tỉnh. Triệu tập đủ thành phần" in text, text
    assert "title: Tổ chức Ngày hội phối hợp với Sở Nội vụ" in text, text
    assert 'deadline: "Thời gian:\\nTừ ngày 22 đến ngày 24/11/2022"' in text, text
    code, out, err = run(
        "status", "plans/moi.yaml", "--as-of", "20/11/2022", "--all", "--format", "json", cwd=root
    )
    assert code == 0, err
    assert '"due": "2022-11-24"' in out, out


def test_the_title_is_taken_from_a_document_that_opens_with_it(tmp_path: Path) -> None:
    # The page opens with its title, kind and trích yếu on one line: import asked for
    # --title although the title was there.
    root = _repo(tmp_path / "tieu de", _plan(["Thường trực HĐND tỉnh"]))
    _word(root / "kh.docx", TITLE, [ROW_1])
    code, _, err = run(
        "import", "kh.docx", "-o", "plans/moi.yaml", "--issuer", "UBND tỉnh Phú Thọ", cwd=root
    )
    assert code == 0, err
    text = (root / "plans" / "moi.yaml").read_text(encoding="utf-8")
    assert "kind: Kế hoạch\n" in text, text
    assert "title: Triển khai công tác bầu cử đại biểu Quốc hội khoá XV và bầu cử" in text, text
    # a body that only cites a plan gives no title: the clerk is still asked
    _word(
        root / "khac.docx", "Căn cứ Kế hoạch số 45/KH-UBND ngày 15/01/2021 của UBND tỉnh;", [ROW_1]
    )
    code, _, err = run("import", "khac.docx", "--issuer", "UBND tỉnh Phú Thọ", cwd=root)
    assert code == 2 and '--title "…"' in err, err


# Chủ tịch UBND TPHCM's directive as VietNamNet told it on 13/8/2025 ("TPHCM hoàn tất chế độ
# cho cán bộ, công chức nghỉ do sáp nhập trước ngày 31/8", vietnamnet.vn/…-2431651.html):
# "thủ trưởng các sở, ban, ngành và chủ tịch UBND cấp xã, phường phải lập dự toán kinh phí
# chi trả …, gửi Sở Tài chính trước ngày 15/8". The article gives no number nor signing day.
HCM_PLAN = """\
schema: 1
id: cd-che-do-can-bo-2025
kind: Chỉ đạo
title: Hoàn tất chi trả chế độ cho cán bộ, công chức nghỉ việc do sắp xếp trước ngày 31/8
issuer: Chủ tịch UBND Thành phố Hồ Chí Minh
jurisdiction: Hồ Chí Minh
in_force: 2025-08-13
source:
  document: vietnamnet.vn, 13/8/2025
  complete: false
tasks:
  - id: "1"
    title: Lập dự toán kinh phí chi trả cho cán bộ, công chức đã có quyết định giải quyết chế độ
    lead: [Các sở, ban, ngành, UBND cấp xã, phường]
    deadlines:
      - phrase: "gửi Sở Tài chính trước ngày 15/8"
        last_day: 2025-08-15
"""


def test_a_group_cut_at_its_commas_is_one_finding_each(tmp_path: Path) -> None:
    # Typed as the article writes it, in YAML's brackets: validate said "không có cơ quan
    # 'Các sở'", "'ban'", "'ngành'", "'UBND cấp xã'"… five findings, none saying why.
    root = tmp_path / "tphcm"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", encoding="utf-8")
    (root / "plans" / "cd.yaml").write_text(HCM_PLAN, encoding="utf-8")
    code, out, _ = run("validate", cwd=root)
    assert code == 1
    findings = [line for line in out.splitlines() if ": error: " in line]
    assert len(findings) == 2, out
    assert 'đặt trong ngoặc kép: "Các sở, ban, ngành"' in findings[0]
    assert 'đặt trong ngoặc kép: "UBND cấp xã, phường"' in findings[1]
    assert all("[split-agency-name]" in f and "agencies.yaml" in f for f in findings)


def test_a_city_issuer_is_spelled_as_a_city(tmp_path: Path) -> None:
    # "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH" on top gave issuer "Ủy ban nhân dân thành
    # Phố Hồ Chí Minh": the kind's second word was taken for the city's name.
    import docx

    document = docx.Document()
    document.add_paragraph("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH")
    table = document.add_table(rows=2, cols=4)
    for cell, text in zip(
        table.rows[0].cells, ("TT", "Nội dung", "Cơ quan chủ trì", "Thời hạn"), strict=True
    ):
        cell.text = text
    row = ("2", "Bố trí nguồn kinh phí và hướng dẫn thực hiện", "Sở Tài chính", "trước ngày 18/8")
    for cell, text in zip(table.rows[1].cells, row, strict=True):
        cell.text = text
    document.save(str(tmp_path / "chi-dao.docx"))
    code, out, err = run(
        "import",
        "chi-dao.docx",
        "--title",
        "Hoàn tất chi trả chế độ",
        "--issued",
        "13/08/2025",
        cwd=tmp_path,
    )
    assert code == 0, err
    assert "issuer: Ủy ban nhân dân thành phố Hồ Chí Minh\n" in out, out
    assert "jurisdiction: Hồ Chí Minh\n" in out, out


def test_a_phrase_without_its_year_is_told_the_form_that_reads(tmp_path: Path) -> None:
    # The article gives no signing day, so the plan has none: validate said "ghi last_day
    # cạnh cụm từ", and last_day beside `deadline:` is an unknown field. It now shows the
    # form, and the form it shows validates.
    root = tmp_path / "nam"
    (root / "plans").mkdir(parents=True)
    registry = "schema: 1\nagencies:\n  - {id: a, name: Sở Tài chính}\n"
    (root / "plans" / "agencies.yaml").write_text(registry, encoding="utf-8")
    bare = HCM_PLAN.replace("[Các sở, ban, ngành, UBND cấp xã, phường]", "[Sở Tài chính]")
    # nor its day in force (harden17: in force 13/08/2025, "15/8" would take its year)
    bare = bare.replace("in_force: 2025-08-13\n", "")
    bare = bare.replace(
        '    deadlines:\n      - phrase: "gửi Sở Tài chính trước ngày 15/8"\n'
        "        last_day: 2025-08-15\n",
        '    deadline: "gửi Sở Tài chính trước ngày 15/8"\n',
    )
    (root / "plans" / "cd.yaml").write_text(bare, encoding="utf-8")
    code, out, _ = run("validate", cwd=root)
    assert code == 1 and "[deadline-unreadable]" in out, out
    assert 'deadlines: [{phrase: "…", first_day: …, last_day: …}]' in out, out
    (root / "plans" / "cd.yaml").write_text(
        HCM_PLAN.replace("[Các sở, ban, ngành, UBND cấp xã, phường]", "[Sở Tài chính]"),
        encoding="utf-8",
    )
    code, out, err = run("validate", cwd=root)
    assert code == 0, out + err
