"""`--lang en` on the reports this project words itself: the timeline (every format),
schema, and the closing lines of validate, export-ics and fmt. What stays Vietnamese
(findings, diff, log, edits, import) is listed in the README; a test here keeps the
Vietnamese default exactly as it was."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEHOACH = shutil.which("kehoach", path=str(Path(sys.executable).parent)) or "kehoach"
VIETNAMESE = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def run(*args: str, columns: int = 100) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": str(columns)}
    env.pop("KEHOACH_LANG", None)
    return subprocess.run(
        [KEHOACH, *args], capture_output=True, text=True, env=env, cwd=ROOT, check=False
    )


def _own_words(text: str) -> set[str]:
    """Vietnamese letters outside what the plans themselves say (titles, names, phrases)."""
    plans = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "plans").glob("*.yaml"))
    return {c for c in text.lower() if c in VIETNAMESE} - set(plans.lower())


def test_the_timeline_speaks_english_with_lang_en() -> None:
    result = run("timeline", "plans", "--plan", "348", "--as-of", "01/08/2022", "--lang", "en")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Progress as of 01/08/2022, from 01/06/2022 to 31/01/2023, by month"
    assert lines[2].split()[:3] == ["No.", "Task", "Lead"]
    assert lines[2].split()[3:5] == ["Jun", "Jul"]
    legend = result.stdout.split("Legend:", 1)[1]
    assert "✗ overdue" in legend and "━◇ period, due at its end" in legend
    assert "Chú thích" not in result.stdout and "quá hạn" not in result.stdout


def test_the_timeline_pictures_speak_english_with_lang_en() -> None:
    from dataclasses import replace

    from kehoach.plan.loader import load_repository
    from kehoach.plan.settings import Settings
    from kehoach.render.timeline_mermaid import as_mermaid
    from kehoach.reports.timeline import build_chart

    svg = run("--lang", "en", "timeline", "plans", "--as-of", "01/08/2022", "-f", "svg")
    assert svg.returncode == 0, svg.stderr
    assert "Progress as of 01/08/2022" in svg.stdout and ">Legend:<" in svg.stdout
    assert "Tiến độ" not in svg.stdout and "Chú thích" not in svg.stdout
    assert not _own_words(svg.stdout)  # nothing Vietnamese but what the plans say
    repo = load_repository([ROOT / "plans"], Settings(), ROOT)
    chart = build_chart(repo.plans, Settings(), repo.directory, date(2022, 8, 1))
    mermaid = as_mermaid(replace(chart, lang="en"))
    assert "    axisFormat %b %Y" in mermaid and "title Progress as of 01/08/2022" in mermaid


def test_the_closing_lines_speak_english_with_lang_en(tmp_path: Path) -> None:
    validate = run("validate", "plans", "--lang", "en")
    assert validate.stderr == (
        "3 plans (3 valid, 0 with errors), 39 tasks, with the agency registry (agencies.yaml) "
        "and the calendar of days off (calendar.yaml): 0 errors, 0 warnings\n"
    )
    feed = tmp_path / "lich.ics"
    export = run("export-ics", "plans", "--as-of", "30/11/2026", "-o", str(feed), "--lang", "en")
    assert export.stderr == (
        f"kehoach: exported 25 deadlines to {feed}; 15 deadlines have no fixed day "
        "(no deadline stated), so are not in the calendar\n"
    )
    assert run("fmt", "--check", "plans", "--lang", "en").stderr == (
        "4 files: 0 not in canonical form\n"
    )
