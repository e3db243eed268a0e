"""What a new user broke in the `fresh` helper's tenth session (2026-12-01), beginning with
what the ninth left (/work/notes/fresh9.md items 6, 8-12): the clerk of xã Ea Ly (Đắk Lắk,
a commune of the 2025 merger) keeping the commune's Kế hoạch số 41/KH-UBND ngày 02/10/2025
(the yearly review of poor and near-poor households, as the commune's portal prints it:
https://ealy.daklak.gov.vn/…/ra-soat-ho-ngheo-ho-can-ngheo-…). Each test is what the clerk
did and the answer they should have had; each runs the installed command."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from clirun import kehoach
from ealy import repository
from gitrun import git

# The plan's task table as a clerk pastes it for `import` (tab-separated, from Word).
TABLE = (
    "TT\tNội dung\tChủ trì\tThời hạn\n"
    "3\tTiếp nhận đơn đề nghị rà soát hộ nghèo, hộ cận nghèo trên địa bàn xã\t"
    "UBND xã Ea Ly\ttừ ngày 05/10/2025 đến hết ngày 05/11/2025\n"
)


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {"KEHOACH_NO_CACHE": "1", "COLUMNS": "200"}
    return kehoach(*args, cwd=cwd, stdin=stdin, clean=True, env=env)


def test_an_agency_typed_with_its_syllables_run_together_is_suggested(tmp_path: Path) -> None:
    # The clerk typed the commune's name as it is often written in Đắk Lắk, "Ealy".
    root = repository(tmp_path)
    asked = run("status", "--agency", "ubnd xa ealy", cwd=root)
    assert asked.returncode != 0
    assert "có phải: Ủy ban nhân dân xã Ea Ly (tỉnh Đắk Lắk)?" in asked.stderr


def test_slips_name_the_leads_as_status_does(tmp_path: Path) -> None:
    # The survey's lead was written "Không nêu cơ quan chủ trì" and the request desk's
    # "UBND xa Ea Ly" without diacritics: status says "Chưa giao cơ quan chủ trì" and
    # "Ủy ban nhân dân xã Ea Ly"; the slips rows said what the file wrote.
    root = repository(tmp_path, requests="UBND xa Ea Ly")
    for task, phrase in (
        ("41/1", "từ ngày 01/10/2025 đến hết ngày 15/11/2025"),
        ("41/3", "từ ngày 05/10/2025 đến hết ngày 15/11/2025"),
    ):
        moved = run(
            "reschedule", task, phrase, "--reason", "Bổ sung hộ", "--on", "04/11/2025", cwd=root
        )
        assert moved.returncode == 0, moved.stderr
    git(root, "commit", "-qam", "gia hạn")
    report = json.loads(run("slips", "--format", "json", cwd=root).stdout)
    leads = {move["task_id"]: move["lead"] for move in report["moves"]}
    assert leads == {
        "1": ["Chưa giao cơ quan chủ trì"],
        "3": ["Ủy ban nhân dân xã Ea Ly (tỉnh Đắk Lắk)"],
    }
    text = run("slips", cwd=root).stdout
    assert "Không nêu" not in text and "UBND xa Ea Ly" not in text


def test_an_invisible_character_in_an_agency_name_is_shown(tmp_path: Path) -> None:
    # Copied from a PDF: a zero-width space inside "Ea Ly" and a soft hyphen; the warning
    # quoted 'UBND xã Ea​Ly', which reads like the spelling it tells the clerk to write.
    root = repository(tmp_path, requests='"UBND xã Ea\\u200bLy\\u00ad"')
    checked = run("validate", cwd=root)
    assert "'UBND xã Ea<U+200B>Ly<U+00AD>' là Ủy ban nhân dân xã Ea Ly" in checked.stdout
    assert "ghi theo danh mục: 'UBND xã Ea Ly'" in checked.stdout


def test_status_of_an_unreadable_only_plan_says_so_first(tmp_path: Path) -> None:
    # Two clerks edited the plan at once; the merge left conflict markers in the only plan.
    root = repository(tmp_path)
    path = root / "plans" / "kh-41-2025.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "<<<<<<< HEAD\nx: 1\n=======\nx: 2\n>>>>>>> b\n", encoding="utf-8")
    for form in ("text", "markdown"):
        shown = run("status", "--as-of", "10/11/2025", "--format", form, cwd=root)
        assert shown.returncode != 0
        lines = [line.strip("# ") for line in shown.stdout.splitlines() if line.strip()]
        assert lines[1].startswith("Không đọc được kế hoạch nào: 1 tệp có lỗi"), lines
        assert "Không có việc quá hạn" not in shown.stdout


def test_status_with_one_plan_unreadable_warns_before_the_list(tmp_path: Path) -> None:
    root = repository(tmp_path)
    broken = root / "plans" / "kh-42-2025.yaml"
    broken.write_text("<<<<<<< HEAD\nx: 1\n=======\nx: 2\n>>>>>>> b\n", encoding="utf-8")
    shown = run("status", "--as-of", "10/11/2025", cwd=root)
    lines = [line for line in shown.stdout.splitlines() if line.strip()]
    assert lines[1].startswith("Lưu ý: 1 tệp có lỗi nên số liệu có thể thiếu"), lines
    assert "41/KH-UBND" in shown.stdout  # the readable plan is still listed


def test_a_colour_code_pasted_with_a_deadline_is_named(tmp_path: Path) -> None:
    # The deadline column copied from a coloured terminal keeps ESC[31m: the grammar
    # blamed "số “31”", a number nobody sees.
    pasted = "\x1b[31mTrước ngày 05/12/2025\x1b[0m\nTrước ngày 05/12/2025\n"
    read = run("deadline", "-", cwd=tmp_path, stdin=pasted)
    assert read.returncode == 1
    assert "<stdin>:1: error: dòng chứa mã điều khiển terminal “␛[31m” (màu chữ) ở cột 1" in (
        read.stderr
    )
    assert "31”" not in read.stderr.replace("␛[31m”", "")
    assert "Hạn cuối  05/12/2025" in read.stdout  # the clean line is read all the same
    bell = run("deadline", "-", "--format", "json", cwd=tmp_path, stdin="Trước ngày\x07 05/12\n")
    assert json.loads(bell.stdout)["error"].startswith("dòng chứa ký tự điều khiển U+0007 ở cột 11")


def test_a_communes_import_asks_for_its_province(tmp_path: Path) -> None:
    # The issuer names the commune only: without a province its UBND was listed as an
    # unknown body with an entry to paste into agencies.yaml, and validate failed.
    root = repository(tmp_path)
    facts = ["--issuer", "UBND xã Ea Ly", "--title", "Rà soát", "--issued", "02/10/2025"]
    out = ["--id", "kh-41b-2025", "-o", "plans/kh-41b-2025.yaml"]
    refused = run("import", "-", *facts, *out, cwd=root, stdin=TABLE)
    assert refused.returncode != 0
    assert "'Xã Ea Ly' thuộc tỉnh, thành phố nào? thêm --jurisdiction TỈNH" in refused.stderr
    assert not (root / "plans" / "kh-41b-2025.yaml").exists()
    given = run("import", "-", *facts, *out, "--jurisdiction", "Đắk Lắk", cwd=root, stdin=TABLE)
    assert given.returncode == 0, given.stderr
    assert "0 cơ quan chưa có trong danh mục" in given.stderr
    assert run("validate", cwd=root).returncode == 0


def test_a_communes_import_takes_the_registrys_province(tmp_path: Path) -> None:
    root = repository(tmp_path)
    registry = "schema: 1\njurisdiction: Đắk Lắk\nagencies: []\n"
    (root / "plans" / "agencies.yaml").write_text(registry, encoding="utf-8")
    facts = ["--issuer", "UBND xã Ea Ly", "--title", "Rà soát", "--issued", "02/10/2025"]
    done = run(
        "import", "-", *facts, "--id", "kh-41b-2025", "-o", "plans/b.yaml", cwd=root, stdin=TABLE
    )
    assert done.returncode == 0, done.stderr
    assert "jurisdiction: Đắk Lắk" in (root / "plans" / "b.yaml").read_text(encoding="utf-8")
    assert run("validate", cwd=root).returncode == 0


def test_a_deadline_column_pasted_with_its_heading_reads_the_phrases(tmp_path: Path) -> None:
    # The clerk copied the plan's whole "Thời gian hoàn thành" column from Word, heading
    # included: the heading was refused as a phrase and the run failed.
    column = (
        "Thời gian hoàn thành\n"
        "từ ngày 01/10/2025 đến hết ngày 05/11/2025\n"
        "từ ngày 05/10/2025 đến hết ngày 05/11/2025\n"
    )
    read = run("deadline", "-", "--format", "json", cwd=tmp_path, stdin=column)
    assert read.returncode == 0, read.stderr
    assert "<stdin>:1: bỏ qua dòng tiêu đề cột 'Thời gian hoàn thành'" in read.stderr
    lines = [json.loads(line) for line in read.stdout.splitlines()]
    assert [line["phrase"] for line in lines] == column.splitlines()[1:]
    # a phrase that only starts like a heading is read, or refused, never skipped
    timed = run("deadline", "-", cwd=tmp_path, stdin="Thời gian: tháng 12/2025\n")
    assert "bỏ qua" not in timed.stderr


def test_timelines_output_option_names_a_file() -> None:
    shown = kehoach("timeline", "-h", clean=True, env={"COLUMNS": "200"})
    assert "-o, --output TỆP" in shown.stdout
    assert "THƯ_MỤC" not in shown.stdout


def test_a_plan_without_its_issue_day_is_told_to_write_it(tmp_path: Path) -> None:
    # The clerk left out `issued:` and wrote a day without its year, as the plan's own steps
    # print it ("Trước ngày 05/11"): the error offered only last_day, when the plan's issue
    # day is what gives the year to every such phrase at once.
    root = repository(tmp_path)
    path = root / "plans" / "kh-41-2025.yaml"
    text = path.read_text(encoding="utf-8").replace("issued: 2025-10-02\n", "")
    path.write_text(text.replace("từ ngày 01/10/2025 đến hết ngày 05/11/2025", "Trước ngày 05/11"))
    checked = run("validate", cwd=root)
    assert checked.returncode != 0
    assert "kh-41-2025.yaml:17:" in checked.stdout
    assert "Ghi ngày ban hành của văn bản ở đầu tệp (issued: YYYY-MM-DD)" in checked.stdout
