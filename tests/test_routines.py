"""A routine duty is one standing item; a missed periodic report is one row, every period counted.

Government progress reports count tasks (hoàn thành đúng hạn / quá hạn, chưa hoàn thành
trong hạn / quá hạn) and, for a periodic report (Nghị định 09/2019/NĐ-CP, Điều 12: tháng,
quý, 6 tháng, năm), each report owed. A duty done every day or on a weekday is neither: a
plan issued 05/01/2024 with "thu gom từ 19h00’ đến 21h00’ hằng ngày" counted 1,061 overdue
items as of 01/12/2026. The phrases are real: tests/corpus/p-haichau1-danang-thu-gom-rac-2022.yaml
(UBND phường Hải Châu 1, Đà Nẵng), tests/corpus/j-2-camau-hdnd-tiep-cong-dan-thu-nam.yaml (HĐND
tỉnh Cà Mau), tests/corpus/q-bvhttdl-tt-14-2022-che-do-bao-cao.yaml (Bộ VHTTDL). Each is run
through the installed CLI.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from clirun import kehoach

REPO_PLANS = Path(__file__).parent.parent / "plans"

DAILY = "- Đối với các kiệt, hẻm: Thời gian công nhân VSMT thu gom từ 19h00’ đến 21h00’ hằng ngày"
RECEPTION = "vào thứ Năm hàng tuần"
MONTHLY_REPORT = "báo cáo tháng gửi trước ngày 20 của tháng báo cáo"

PLAN = f"""\
schema: 1
id: kh-thuong-xuyen
title: Thu gom rác, tiếp công dân và báo cáo tháng
issuer: UBND tỉnh
jurisdiction: Nghệ An
issued: 05/01/2024
source: {{document: x, complete: true}}
tasks:
  - id: "1"
    title: Thu gom rác các kiệt, hẻm
    lead: [UBND tỉnh]
    deadline: "{DAILY}"
  - id: "2"
    title: Tiếp công dân
    lead: [UBND tỉnh]
    deadline: "{RECEPTION}"
  - id: "3"
    title: Báo cáo tháng
    lead: [Sở Tài chính]
    deadline: "{MONTHLY_REPORT}"
    from: 2026-09-01
  - id: "4"
    title: Báo cáo tuần gửi Văn phòng UBND tỉnh
    lead: [Sở Tài chính]
    deadline: "{RECEPTION}"
    from: 2026-11-01
"""


def _kehoach(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"KEHOACH_CACHE_DIR": str(folder / "cache"), "COLUMNS": "200"}
    return kehoach(*args, cwd=folder, env=env, clean=True)


def _status(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    plans = folder / "plans"
    if not plans.exists():
        plans.mkdir()
        shutil.copy(REPO_PLANS / "agencies.yaml", plans)
        (plans / "kh-thuong-xuyen.yaml").write_text(PLAN, encoding="utf-8")
    done = _kehoach(folder, "status", "plans", "--as-of", "01/12/2026", *args)
    assert done.returncode == 0, done.stderr
    return done


def _json(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_status(folder, "--format", "json").stdout)
    return data


def _items(data: dict[str, Any], task: str) -> list[tuple[str, str | None, str | None]]:
    return [(i["bin"], i["period"], i["period_due"]) for i in data["items"] if i["task_id"] == task]


def test_a_daily_routine_is_one_standing_item_not_a_thousand_overdue(tmp_path: Path) -> None:
    data = _json(tmp_path)
    assert _items(data, "1") == [("no_deadline", "kỳ hạn 01/12/2026", "2026-12-01")]


def test_a_weekly_reception_day_is_one_standing_item(tmp_path: Path) -> None:
    data = _json(tmp_path)
    # the coming Thursday, 03/12/2026: the duty in progress, nothing owed for past weeks
    assert _items(data, "2") == [("no_deadline", "tuần 49/2026", "2026-12-03")]


def test_the_same_weekday_for_a_report_still_owes_each_week(tmp_path: Path) -> None:
    weekly = [row[0] for row in _items(_json(tmp_path), "4")]
    assert weekly == ["overdue"] * 4 + ["in_time"]  # 5, 12, 19, 26 November; 3 December


def test_a_monthly_report_missed_three_times_owes_three_in_one_row(tmp_path: Path) -> None:
    data = _json(tmp_path)
    assert _items(data, "3") == [  # JSON: every occurrence
        ("overdue", "tháng 9/2026", "2026-09-20"),
        ("overdue", "tháng 10/2026", "2026-10-20"),
        ("overdue", "tháng 11/2026", "2026-11-20"),
        ("in_time", "tháng 12/2026", "2026-12-20"),
    ]
    total = data["summary"]["total"]
    assert (total["overdue"], total["no_deadline"], total["in_time"]) == (3 + 4, 2, 2)
    rows = [" ".join(line.split()) for line in _status(tmp_path, "--all").stdout.splitlines()]
    owed = [row for row in rows if "quá hạn 3 kỳ, từ tháng 9/2026" in row]
    assert len(owed) == 1  # one row for the three, saying how many and since when
    text = " ".join(rows)
    assert "tháng 9/2026, tháng 10/2026, tháng 11/2026 chưa gửi" in text
    assert text.count("Báo cáo tháng") == 2  # the missed ones' row, and December's in time
    assert "quá hạn 4 kỳ, từ tuần 45/2026" in text
