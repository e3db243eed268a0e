"""What a new user broke in the `fresh` helper's thirteenth session (2026-12-01), beginning
with what the twelfth left (/work/notes/fresh12.md, "Left over"). Each test is what a clerk
did and the answer they should have had; each runs the installed command."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import hungthinh
from clirun import kehoach


def run(*args: str, cwd: Path, columns: int = 200) -> tuple[int, str, str]:
    done = kehoach(
        *args, cwd=cwd, clean=True, env={"KEHOACH_NO_CACHE": "1", "COLUMNS": str(columns)}
    )
    return done.returncode, done.stdout, done.stderr


# The commune's notice (tests/hungthinh.py): item 4 counts from each complaint's receipt,
# a duty per case; "Thường xuyên" and a day the plan itself sets stand beside it.
NOTICE = (
    hungthinh.HEAD
    + """\
in_force: 2026-02-03
source: {document: https://hungthinh.dongnai.gov.vn/, complete: false}
tasks:
  - id: "1"
    title: Niêm yết danh sách cử tri tại trụ sở HĐND - UBND xã và nhà văn hóa các ấp
    lead: [UBND xã]
    deadline: "Từ ngày 03/02/2026 đến ngày 15/03/2026"
  - id: "4"
    title: Giải quyết khiếu nại về danh sách cử tri
    lead: [UBND xã]
    deadline: "trong vòng 05 ngày kể từ ngày nhận khiếu nại"
  - id: "6"
    title: Tổng hợp kết quả
    lead: [UBND xã]
    deadline: "30 ngày kể từ ngày Kế hoạch có hiệu lực"
  - id: "7"
    title: Tuyên truyền về bầu cử
    lead: [UBND xã]
    deadline: "Thường xuyên"
"""
)


def test_status_json_names_a_duty_per_case_as_the_text_does(tmp_path: Path) -> None:
    # fresh12 left it: the text said "thời hạn xử lý từng hồ sơ", the JSON "waiting_for":
    # "ngày nhận khiếu nại", as if the clerk had a day to write.
    root = hungthinh.repository(tmp_path, NOTICE)
    code, out, err = run("status", "--as-of", "12/03/2026", "--format", "json", cwd=root)
    assert code == 0, err
    document = json.loads(out)
    items = {item["task_id"]: item for item in document["items"]}
    case = items["4"]
    assert case["per_case"] == "ngày nhận khiếu nại"
    assert case["waiting_for"] is None
    assert case["bin"] == "no_deadline"  # the contract adds, never moves: still no one day
    assert items["6"]["waiting_for"] == "ngày Kế hoạch có hiệu lực"  # a day to write
    assert items["6"]["per_case"] is None
    assert items["7"]["per_case"] is None and items["1"]["per_case"] is None
    total = document["summary"]["total"]
    assert (total["no_deadline"], total["per_case"]) == (3, 1)
    assert document["summary"]["agencies"][0]["per_case"] == 1
    # The text says the same number, in the note under the summary.
    code, out, _ = run("status", "--as-of", "12/03/2026", cwd=root)
    note = out.split("Tổng cộng")[1]
    assert "1 mục, đã tính trong cột Thường xuyên / không hạn" in note.replace("\n", " ")
    # CSV carries the new key as its last column, named in Vietnamese for a spreadsheet.
    code, out, _ = run("status", "--as-of", "12/03/2026", "-f", "csv", "--header", "vi", cwd=root)
    rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
    assert rows[0][-1] == "Thời hạn xử lý từng hồ sơ, tính từ"
    assert [row[-1] for row in rows[1:] if row[2] == "4"] == ["ngày nhận khiếu nại"]


def test_the_feed_says_a_duty_per_case_has_no_day_in_a_calendar(tmp_path: Path) -> None:
    # export-ics called it "tính từ một sự kiện chưa có ngày": a clerk looked for an event to
    # declare. Each complaint has its own day; none belongs in a calendar.
    root = hungthinh.repository(tmp_path, NOTICE)
    code, _, err = run("export-ics", "--as-of", "12/03/2026", "-o", "lich.ics", cwd=root)
    assert code == 0, err
    assert (
        "3 mốc không có ngày cố định (1 thường xuyên, 1 thời hạn xử lý từng hồ sơ tính từ "
        "ngày nhận, 1 tính từ một sự kiện chưa có ngày) nên không đưa vào lịch"
    ) in err
    code, _, err = run("--lang", "en", "export-ics", "--as-of", "12/03/2026", cwd=root)
    assert "1 processing time per file from its receipt" in err
