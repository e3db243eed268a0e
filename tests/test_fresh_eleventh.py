"""What a new user broke in the `fresh` helper's eleventh session (2026-12-01), beginning with
what the tenth left (/work/notes/fresh10.md items 7 and 9). Each test is what a clerk did and
the answer they should have had; each runs the installed command."""

from __future__ import annotations

import json
from pathlib import Path

import hungthinh
from clirun import kehoach
from gitrun import git


def run(*args: str, cwd: Path, stdin: str | None = None) -> tuple[int, str, str]:
    done = kehoach(
        *args, cwd=cwd, stdin=stdin, clean=True, env={"KEHOACH_NO_CACHE": "1", "COLUMNS": "200"}
    )
    return done.returncode, done.stdout, done.stderr


# A commune's plan giving tasks to the commune's police, military command and Fatherland
# Front committee, as commune plans do (fresh10 item 7: KH 41/KH-UBND of xã Ea Ly names them
# among the bodies of the commune's steering committee).
COMMUNE_PLAN = """\
schema: 1
id: kh-9-2026
number: 9/KH-UBND
kind: Kế hoạch
title: Bảo đảm an ninh, trật tự dịp Tết Nguyên đán trên địa bàn xã
issuer: UBND xã Ea Ly
jurisdiction: Đắk Lắk
commune: Xã Ea Ly
issued: 2026-01-05
source: {{document: thử, complete: true}}
tasks:
  - id: "1"
    title: Tuần tra, kiểm soát bảo đảm an ninh, trật tự
    lead: [{lead}]
    support: [Ban CHQS xã, Ủy ban MTTQ Việt Nam xã, Ban Chỉ huy quân sự xã Ea Ly]
    deadline: "Trước ngày 15/02/2026"
"""


def commune_repository(tmp_path: Path, lead: str) -> Path:
    root = tmp_path / "ke-hoach"
    (root / "plans").mkdir(parents=True)
    text = COMMUNE_PLAN.format(lead=lead)
    (root / "plans" / "kh-9-2026.yaml").write_text(text, encoding="utf-8")
    (root / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", encoding="utf-8")
    return root


def test_a_communes_police_military_command_and_front_are_its_own_bodies(tmp_path: Path) -> None:
    # Công an xã (Luật Công an nhân dân; công an cấp xã from 01/7/2025), Ban Chỉ huy quân sự
    # cấp xã (Luật Dân quân tự vệ 2019), Ủy ban MTTQ Việt Nam xã (Luật Mặt trận Tổ quốc):
    # they were "không có cơ quan … có phải: Bộ Công an?".
    root = commune_repository(tmp_path, "Công an xã")
    code, out, err = run("validate", cwd=root)
    assert code == 0, out + err
    assert "unknown-agency" not in out
    code, out, _ = run("status", "--agency", "cong an xa", "--as-of", "10/02/2026", cwd=root)
    assert code == 0
    assert "Công an xã Ea Ly (tỉnh Đắk Lắk)" in out
    assert "Bộ Công an" not in out


def test_a_police_typed_without_diacritics_is_the_communes(tmp_path: Path) -> None:
    root = commune_repository(tmp_path, "Cong an xa")
    code, out, _ = run("validate", cwd=root)
    assert code == 0
    assert "'Cong an xa' là Công an xã Ea Ly (tỉnh Đắk Lắk)" in out
    assert "Bộ Công an" not in out


def test_a_provinces_police_is_known_to_a_province_plan(tmp_path: Path) -> None:
    # "Công an tỉnh" leads in most provincial plans; it was asked as "có phải: Bộ Công an?".
    root = commune_repository(tmp_path, "Công an tỉnh")
    text = (root / "plans" / "kh-9-2026.yaml").read_text(encoding="utf-8")
    text = text.replace("commune: Xã Ea Ly\n", "").replace("UBND xã Ea Ly", "UBND tỉnh Đắk Lắk")
    text = text.replace(
        "[Ban CHQS xã, Ủy ban MTTQ Việt Nam xã, Ban Chỉ huy quân sự xã Ea Ly]", "[]"
    )
    (root / "plans" / "kh-9-2026.yaml").write_text(text, encoding="utf-8")
    code, out, err = run("validate", cwd=root)
    assert code == 0, out + err
    code, out, _ = run("status", "--agency", "Công an tỉnh", "--as-of", "10/02/2026", cwd=root)
    assert "Công an tỉnh Đắk Lắk" in out


def test_a_pasted_phrase_shows_its_invisible_characters(tmp_path: Path) -> None:
    # fresh10 item 9: a phrase copied from a PDF keeps a zero-width space and a no-break
    # space; `deadline -` echoed them as they are, so the line looked like the document's.
    pasted = "Trước ngày 15/12\u200b/2025\nTrước ngày\u00a016/12/2025\n"
    code, out, _ = run("deadline", "-", cwd=tmp_path, stdin=pasted)
    assert code == 0
    assert "Trước ngày 15/12<U+200B>/2025" in out
    assert "Trước ngày<U+00A0>16/12/2025" in out
    assert "\u200b" not in out
    assert "\u00a0" not in out


def test_a_counted_phrase_shows_its_invisible_characters(tmp_path: Path) -> None:
    phrase = "30 ngày kể từ\u200b ngày ký"
    code, out, _ = run("deadline", phrase, "--from", "01/12/2025", cwd=tmp_path)
    assert code == 0
    assert "30 ngày kể từ<U+200B> ngày ký" in out


# The commune's notice (tests/hungthinh.py): its task 4's title and lead vary by test.
NOTICE = (
    hungthinh.HEAD
    + """\
source: {{document: https://hungthinh.dongnai.gov.vn/, complete: false}}
tasks:
  - id: "1"
    title: Niêm yết danh sách cử tri tại trụ sở HĐND - UBND xã và nhà văn hóa các ấp
    lead: [Không nêu cơ quan chủ trì]
    deadline: "Từ ngày 03/02/2026 đến ngày 15/03/2026"
  - id: "4"
    title: {title}
    lead: [{lead}]
    support: [Công an xã]
    deadline: "trong vòng 05 ngày kể từ ngày nhận khiếu nại"
"""
)


def notice_repository(tmp_path: Path, title: str, lead: str = "UBND xã") -> Path:
    return hungthinh.repository(tmp_path, NOTICE.format(title=title, lead=lead))


def test_every_control_character_pasted_from_a_pdf_is_listed_at_once(tmp_path: Path) -> None:
    # A table copied from a PDF keeps a form feed at each page break and stray control
    # bytes; validate named only the first, so the clerk fixed the file one run at a time.
    title = "Giải quyết khiếu nại về danh\fsách cử tri và thông báo kết quả\f"
    root = notice_repository(tmp_path, title, lead='"UBND\x02 xã"')
    code, out, _ = run("validate", cwd=root)
    assert code == 1
    found = [line for line in out.splitlines() if "[control-character]" in line]
    assert [line.split(": error")[0] for line in found] == [
        "plans/tb-hung-thinh-2026.yaml:16:40",
        "plans/tb-hung-thinh-2026.yaml:16:73",
        "plans/tb-hung-thinh-2026.yaml:17:17",
    ]
    assert "U+000C" in found[0]
    assert "U+0002" in found[2]


def test_a_districts_body_in_a_plan_after_districts_ended_says_why(tmp_path: Path) -> None:
    # An old template's "UBND huyện Trảng Bom" in a 2026 plan of Đồng Nai: the clerk was
    # told only that the registry has no such body.
    root = notice_repository(tmp_path, "Giải quyết khiếu nại", lead="UBND huyện Trảng Bom")
    path = root / "plans" / "tb-hung-thinh-2026.yaml"
    text = path.read_text(encoding="utf-8").replace("number: null\n", "issued: 2026-02-02\n")
    path.write_text(text, encoding="utf-8")
    code, out, _ = run("validate", cwd=root)
    assert code == 1
    assert "'UBND huyện Trảng Bom'" in out
    assert "cấp huyện chấm dứt hoạt động từ 01/07/2025" in out


def test_a_plan_before_districts_ended_gets_no_such_hint(tmp_path: Path) -> None:
    root = notice_repository(tmp_path, "Giải quyết khiếu nại", lead="UBND huyện Trảng Bom")
    path = root / "plans" / "tb-hung-thinh-2026.yaml"
    text = path.read_text(encoding="utf-8").replace("number: null\n", "issued: 2025-03-02\n")
    path.write_text(text, encoding="utf-8")
    _, out, _ = run("validate", cwd=root)
    assert "'UBND huyện Trảng Bom'" in out
    assert "cấp huyện chấm dứt" not in out


def test_a_move_with_a_reason_but_no_document_is_not_called_unexplained(tmp_path: Path) -> None:
    # diff's first line said "1 thời hạn dời chưa ghi lý do" for a move whose reason was
    # written and whose deciding document was not; the clerk looked for a missing reason.
    root = notice_repository(tmp_path, "Giải quyết khiếu nại")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "TB")
    moved = "Từ ngày 03/02/2026 đến ngày 20/03/2026"
    code, _, err = run(
        "reschedule",
        "tb-hung-thinh-2026/1",
        moved,
        "--reason",
        "Chờ",
        "--on",
        "10/03/2026",
        cwd=root,
    )
    assert code == 0, err
    code, out, _ = run("diff", "--require-reasons", cwd=root)
    assert code == 1
    assert "1 thời hạn dời chưa ghi đủ lý do và văn bản quyết định" in out
    assert "dời chưa ghi lý do;" not in out


def test_a_spreadsheet_cell_with_a_line_break_is_one_phrase(tmp_path: Path) -> None:
    # The notice's window copied from an Excel column: a cell holding a line break comes
    # quoted over two lines. Each line was read alone: '"Từ ngày 03/02/2026' as a single
    # due day 03/02/2026, a silent wrong date, and 'đến ngày 15/03/2026"' as another.
    pasted = '"Từ ngày 03/02/2026\r\nđến ngày 15/03/2026"\r\nTrước ngày 20/3/2026\r\n'
    code, out, err = run("deadline", "-", "--format", "json", cwd=tmp_path, stdin=pasted)
    assert code == 0, err
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["phrase"] == "Từ ngày 03/02/2026 đến ngày 15/03/2026"
    assert (first["kind"], first["first"], first["last"]) == ("window", "2026-02-03", "2026-03-15")
    assert second["last"] == "2026-03-20"


def test_a_quote_never_closed_leaves_the_lines_as_they_came(tmp_path: Path) -> None:
    pasted = '"Quý II/2026\nTrước ngày 20/3/2026\n'
    code, out, err = run("deadline", "-", "--format", "json", cwd=tmp_path, stdin=pasted)
    assert code == 1
    assert "<stdin>:1: error" in err
    assert json.loads(out.splitlines()[-1])["last"] == "2026-03-20"


def test_a_start_day_after_an_opening_quote_is_never_a_due_day(tmp_path: Path) -> None:
    # fresh11 item 3: the first half of that cell typed alone, with its quote, was read as
    # "một ngày", due 03/02/2026, the quote and "Từ" taken for a step's name. A start with
    # no end is refused as it is without the quote.
    for pasted in ('"Từ ngày 03/02/2026', "Thực hiện “Từ ngày 03/02/2026", "'Từ ngày 03/02/2026"):
        code, out, err = run("deadline", pasted, "--format", "json", cwd=tmp_path)
        assert code == 1, (pasted, out)
        assert "“từ …” thiếu mốc kết thúc" in err, pasted


def test_a_phrase_wholly_in_quotes_reads_as_without_them(tmp_path: Path) -> None:
    pasted = (
        '"Từ ngày 03/02/2026 đến ngày 15/03/2026"\n“Trước ngày 20/3/2026”\n«Từ ngày 03/02/2026»\n'
    )
    code, out, err = run("deadline", "-", "--format", "json", cwd=tmp_path, stdin=pasted)
    assert code == 0, err
    window, due, start = (json.loads(line) for line in out.splitlines())
    assert (window["kind"], window["first"], window["last"]) == (
        "window",
        "2026-02-03",
        "2026-03-15",
    )
    assert (due["kind"], due["last"]) == ("date", "2026-03-20")
    assert (start["earliest"], start["last"]) == ("2026-02-03", None)
