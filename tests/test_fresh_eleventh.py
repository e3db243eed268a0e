"""What a new user broke in the `fresh` helper's eleventh session (2026-12-01), beginning with
what the tenth left (/work/notes/fresh10.md items 7 and 9). Each test is what a clerk did and
the answer they should have had; each runs the installed command."""

from __future__ import annotations

from pathlib import Path

from clirun import kehoach


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
