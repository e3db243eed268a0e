"""What a new user broke in the `fresh` helper's twelfth session (2026-12-01), beginning with
what the eleventh left (/work/notes/fresh11.md items 4, 8, 9, 10 and 11). Each test is what a
clerk did and the answer they should have had; each runs the installed command."""

from __future__ import annotations

import json
from pathlib import Path

from clirun import kehoach


def run(*args: str, cwd: Path, columns: int = 200) -> tuple[int, str, str]:
    done = kehoach(
        *args, cwd=cwd, clean=True, env={"KEHOACH_NO_CACHE": "1", "COLUMNS": str(columns)}
    )
    return done.returncode, done.stdout, done.stderr


# The commune's notice on the voters' list, as its portal prints it (xã Hưng Thịnh, Đồng Nai:
# https://hungthinh.dongnai.gov.vn/vi/news/xa-thi-tran/thong-bao-niem-yet-danh-sach-cu-tri-
# dia-diem-bau-cu-quoc-hoi-khoa-xvi-va-hdnd-cac-cap-nhiem-ky-2026-2031-369.html; the readable
# part gives no number, issue day or signer). The election is held on Sunday 15/03/2026.
NOTICE = """\
schema: 1
id: tb-hung-thinh-2026
number: null
kind: Thông báo
title: Niêm yết danh sách cử tri, địa điểm bầu cử
issuer: UBND xã Hưng Thịnh
jurisdiction: Đồng Nai
commune: Xã Hưng Thịnh
in_force: 2026-02-03
events:
  - name: ngày bầu cử
    day: 15/03/2026
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
"""


def notice_repository(tmp_path: Path, extra: str = "") -> Path:
    root = tmp_path / "ke-hoach"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "tb-hung-thinh-2026.yaml").write_text(NOTICE + extra, encoding="utf-8")
    (root / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", encoding="utf-8")
    return root


# A Sunday that is no event of the plan: a last day written on it still rolls to Monday
# (Bộ luật Dân sự 2015, Điều 148 khoản 5).
A_PLAIN_SUNDAY = """\
  - id: "5"
    title: Báo cáo kết quả niêm yết
    lead: [UBND xã]
    deadline: "Trước ngày 22/03/2026"
"""


def test_a_window_ending_on_election_day_ends_on_it(tmp_path: Path) -> None:
    # The list is posted until election day, a Sunday the plan names in `events:`; status
    # said "15/03/2026 (CN) → 16/03/2026", as if the posting ran on past the election.
    root = notice_repository(tmp_path, A_PLAIN_SUNDAY)
    code, out, err = run("status", "--as-of", "12/03/2026", cwd=root)
    assert code == 0, out + err
    listing = out.split("Tổng hợp")[0]
    assert "→ 16/03/2026" not in listing
    assert "15/03/2026" in listing
    assert "còn 3 ngày" in listing
    code, out, _ = run("status", "--as-of", "12/03/2026", "--format", "json", cwd=root)
    due = {
        item["task_id"]: (item["due"], item["due_as_written"]) for item in json.loads(out)["items"]
    }
    assert due["1"] == ("2026-03-15", None)
    assert due["5"] == ("2026-03-23", "2026-03-22")


def test_timeline_and_the_feed_agree_with_status_on_election_day(tmp_path: Path) -> None:
    root = notice_repository(tmp_path, A_PLAIN_SUNDAY)
    code, out, _ = run("timeline", "--as-of", "12/03/2026", "-f", "mermaid", cwd=root)
    assert code == 0
    assert "2026-02-03, 2026-03-16\n" in out  # Mermaid's end is exclusive: the 15th is the last
    assert "hạn 15/03/2026 (CN) → 16/03/2026" not in out
    assert "hạn 22/03/2026 (CN) → 23/03/2026" in out
    code, out, _ = run("export-ics", "--as-of", "12/03/2026", cwd=root)
    assert code == 0
    events = out.split("BEGIN:VEVENT")[1:]
    posting = next(e for e in events if "] 1. Niêm yết" in e.replace("\r\n ", ""))
    assert "DTSTART;VALUE=DATE:20260315" in posting
    # The "Còn 1 ngày" alarm rings at 9:00 the day before (Saturday 14/03), not on election day.
    assert "TRIGGER:-PT15H" in posting
