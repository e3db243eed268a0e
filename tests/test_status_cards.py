"""`kehoach status` on a narrow terminal (a phone, a tmux pane): below the width where the
table would break a day or an id across its lines, each deadline is a card. Golden files
at 40 and 56 columns (checked by eye against the plans; their test is the table's, in
test_status_table.py, one test for every golden width), and at every width from 30 to 70
the rules a reader relies on: no line wider than the terminal, every day and id whole."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len

from kehoach.plan.loader import PlanFile, load_repository
from kehoach.plan.model import Plan
from kehoach.plan.settings import Settings
from kehoach.plan.yamlread import Located
from kehoach.render.status import FORMATS, RenderOptions
from kehoach.reports.status import Report, build_report
from test_status_table import AS_OF, PLANS, kehoach

DAY = re.compile(r"\d{2}/\d{2}/\d{4}")


@pytest.fixture(scope="module")
def bundled() -> Report:
    repository = load_repository([PLANS], Settings(), PLANS)
    return build_report(repository.plans, Settings(), repository.directory, date(2022, 7, 1))


def _task(task_id: str, title: str, deadline: str, lead: list[str], **more: Any) -> dict[str, Any]:
    return {"id": task_id, "title": title, "deadline": deadline, "lead": lead, **more}


# Tokens a narrow terminal must not cut: a long plan number, deep task ids, abbreviations;
# titles in decomposed Unicode (combining tone marks), wide characters, control characters.
HOSTILE = Plan.model_validate(
    {
        "schema": 1,
        "id": "kh-bao-cao-dinh-ky-2026",
        "number": "1234/KH-BCĐ-UBND",
        "title": "Chế độ báo cáo định kỳ",
        "issuer": "UBND tỉnh",
        "issued": "05/01/2026",
        "source": {"document": "x", "complete": True},
        "tasks": [
            _task(
                "III.1.2.b",
                unicodedata.normalize("NFD", "Báo cáo tình hình kinh tế - xã hội hằng tháng"),
                "Trước ngày 20 hằng tháng",
                ["Sở KH&ĐT"],
            ),
            _task(
                "IV.10.a",
                "Dịch tài liệu 漢字漢字漢字漢字漢字漢字 sang tiếng Việt \x1b[31mĐỎ\x1b[0m\x07 kèm "
                "phụ lục ‘Quyết định 1234/QĐ-UBND’",
                "Trước ngày 31/5/2026",
                ["UBND tỉnh", "Sở TT&TT", "Sở Tài chính", "Sở Nội vụ"],
            ),
            # marks no precomposed letter holds (they stay combining after NFC), emoji
            _task("2", "Tổng kết x\u0301 q\u0323\u0302 👍👍 báo cáo", "Quý III/2026", ["VP UBND"]),
            _task("3", "Việc thường xuyên", "Thường xuyên", ["Sở Y tế"]),
        ],
    }
)


@pytest.fixture(scope="module")
def hostile() -> Report:
    files = [PlanFile(Path("x.yaml"), "x.yaml", HOSTILE, Located(None))]
    return build_report(files, Settings(), None, date(2026, 7, 1))


def _text(report: Report, width: int) -> str:
    return FORMATS["text"](report, RenderOptions(width=width, show_all=True, limit=1000))


def _items(report: Report) -> list[dict[str, Any]]:
    document = json.loads(FORMATS["json"](report, RenderOptions(show_all=True)))
    items: list[dict[str, Any]] = document["items"]
    return items


def _whole(token: str, text: str) -> int:
    """How many times `token` stands whole in `text`: not inside a longer word."""
    return len(re.findall(rf"(?<![^\s(]){re.escape(token)}(?![^\s),;:])", text))


def _expected(items: list[dict[str, Any]]) -> Counter[str]:
    """The days (dd/mm/yyyy) and ids each listed deadline shows, once per deadline. A
    recurring deadline's missed periods share one card: its plan and task ids once."""
    wanted: Counter[str] = Counter()
    seen: set[tuple[str, str, int]] = set()
    for item in items:
        key = (item["plan_id"], item["task_id"], item["milestone"])
        grouped = item["bin"] == "overdue" and item["period"] is not None
        if grouped and key in seen:
            continue
        seen.add(key)
        wanted[item["plan_number"] or item["plan_id"]] += 1
        wanted[item["task_id"]] += 1
        for field in ("due", "due_as_written"):
            if item[field]:
                wanted[date.fromisoformat(item[field]).strftime("%d/%m/%Y")] += 1
    return wanted


@pytest.mark.parametrize("which", ["bundled", "hostile"])
def test_every_width_from_30_to_70_keeps_lines_in_and_days_and_ids_whole(
    which: str, request: pytest.FixtureRequest
) -> None:
    report: Report = request.getfixturevalue(which)
    items = _items(report)
    wanted = _expected(items)
    assert len(wanted) >= 8  # the check has something to check
    for width in range(30, 71):
        text = _text(report, width)
        lines = text.splitlines()
        assert max(cell_len(line) for line in lines) <= width, width
        listed = text.split("\n\n")[0]  # the deadlines, before the summary's heading
        for token, count in wanted.items():
            assert _whole(token, listed) >= count, (width, token)
        # no day broken across lines: every dd/mm/ a line holds goes on to its year
        assert not re.search(r"\b\d{2}/\d{2}/\d{0,3}(?!\d)", text), width
        assert not [c for c in text if unicodedata.category(c) == "Cc" and c != "\n"], width


def test_the_hostile_plan_is_drawn_as_cards_with_its_tokens_whole(hostile: Report) -> None:
    text = _text(hostile, 40)
    assert "1234/KH-BCĐ-UBND III.1.2.b" in text  # plan and task on the card's first line
    assert "tháng 1/2026, tháng 2/2026, …, tháng 6/2026 (6 kỳ) chưa gửi" in " ".join(text.split())
    assert "Báo cáo tình hình kinh tế - xã hội hằng tháng" in " ".join(text.split())  # NFC
    assert "␛[31mĐỎ␛[0m␇" in text  # control characters shown, not obeyed
    assert "漢字漢字" in text


def test_the_table_is_kept_while_it_holds_every_word(bundled: Report) -> None:
    """The bundled plans' longest id, kh-tk-nq20-2022, fits the table's first column from
    71 columns; narrower, the table would cut it, so cards are drawn."""
    assert "Hạn, tình trạng" in _text(bundled, 71)  # the narrow table's header
    assert "Hạn, tình trạng" not in _text(bundled, 70)
    assert "kh-tk-nq20-2022 III.1" in _text(bundled, 70)


def test_a_card_says_state_due_day_title_phrase_and_lead(bundled: Report) -> None:
    text = _text(bundled, 40)
    card = text.split("348/KH-UBND 1 ")[1].split("\n348/KH-UBND")[0].splitlines()
    assert card == [
        "            quá hạn 8 ngày",
        "  Các ban, sở, ngành; UBND các huyện,",
        "  thành phố, thị xã xây dựng báo cáo và",
        "  tổ chức tổng kết ở đơn vị mình.",
        "  Hạn: 23/06/2022",
        "  Thời hạn: Trước ngày 23/6/2022",
        "  Chủ trì: Các sở, ban, ngành cấp tỉnh;",
        "  UBND các huyện, thành phố, thị xã",
    ]


def test_the_summary_as_cards_counts_what_the_table_counts(bundled: Report) -> None:
    """Each agency's counts in words (zeros left out), the total with every count."""
    text = _text(bundled, 40)
    summary = text.split("Tổng hợp theo cơ quan chủ trì\n")[1]
    assert "Sở Kế hoạch và Đầu tư\n  Trong hạn 8 (Sắp đến hạn 1)\n" in summary
    assert "Ban Tuyên giáo Tỉnh ủy\n  Quá hạn 3 (> 30 ngày 3);\n" in summary
    total = summary.split("Tổng cộng\n")[1]
    assert " ".join(total.split()).startswith(
        "Đúng hạn 0; Trễ hạn 0; Trong hạn 19 (Sắp đến hạn 1); Quá hạn 6 (> 30 ngày 4, > 120 ngày 0); "
        "Thường xuyên / không hạn 3; Tỷ lệ đúng hạn 0%"
    )


def test_the_cap_holds_for_cards(bundled: Report) -> None:
    """--limit caps the cards and the agencies as it caps the table's rows."""
    text = FORMATS["text"](bundled, RenderOptions(width=40, show_all=True, limit=3))
    listed, summary = text.split("\n\n")
    heads = [line for line in listed.splitlines()[1:] if not line.startswith(" ")]
    assert heads == [
        "kh-tk-nq20-2022 III.1    quá hạn 84 ngày",
        "kh-tk-nq20-2022 III.3.b  quá hạn 77 ngày",
        "kh-tk-nq20-2022 III.3.c  quá hạn 63 ngày",
        "… và 25 mục khác (dùng --limit hoặc",
        "--format json)",
    ]
    agencies = [line for line in summary.splitlines()[1:] if not line.startswith(" ")]
    assert agencies[:5] == [
        "Ban Tuyên giáo Tỉnh ủy",
        "Ban Thường vụ các huyện ủy, thị ủy,",
        "thành ủy, đảng ủy trực thuộc Tỉnh ủy",
        "Các ban cán sự đảng, đảng đoàn",
        "… và 13 cơ quan khác",
    ]


@pytest.mark.parametrize("width", [24, 30, 59])
def test_the_installed_command_fits_a_terminal_under_40_columns(width: int) -> None:
    """The console's floor of 40 columns would overflow a 30-column pane: `status` draws
    in as few as 20."""
    result = kehoach("status", "plans", "--as-of", AS_OF, columns=width)
    assert result.returncode == 0, result.stderr
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= width
    assert "Hạn: 23/06/2022" in result.stdout


def test_a_plan_number_longer_than_a_word_floor_stays_whole_at_every_width() -> None:
    """The table let a column shrink below any word longer than 16 cells: a plan number of
    20 ("12345/KH-BCĐ-UBND-VP") was broken from 54 to 160 columns. Ids and days now keep
    their column wide enough, or the deadlines are drawn as cards."""
    data = HOSTILE.model_dump(by_alias=True, exclude_none=True)
    plan = Plan.model_validate(data | {"number": "12345/KH-BCĐ-UBND-VP"})
    files = [PlanFile(Path("x.yaml"), "x.yaml", plan, Located(None))]
    report = build_report(files, Settings(), None, date(2026, 7, 1))
    for width in range(30, 161):
        listed = _text(report, width).split("\n\n")[0]
        assert _whole("12345/KH-BCĐ-UBND-VP", listed) == 5, width  # 5 rows, each whole
