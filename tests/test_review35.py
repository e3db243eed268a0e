"""What fresh users found in `slips`, `diff`, `validate` and `timeline` when reviewing plan
edits in git, fixed by `review35` (2026-12-03). Each test is a step a clerk took on a plan
in a git repository of their own, and the answer they should have had."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from gitrun import git
from test_review26 import NO_YEAR, PLAN, SLIPS, _edit, _office, run

# --- 6. a task's name in the Mermaid chart ends with its last word ---------------------------


def test_mermaid_task_names_keep_no_trailing_space(tmp_path: Path) -> None:
    """`timeline --format mermaid` wrote "NV 7 Báo cáo rà soát cử tri :milestone, …":
    Mermaid takes everything before the `:` as the name, so each bar's name (its label,
    its text read aloud) ended with a space. Mermaid itself draws the name as written."""
    title = "Báo cáo rà soát cử tri  "
    root = _office(tmp_path, PLAN.replace("title: Báo cáo rà soát cử tri", f'title: "{title}"'))
    done = run("timeline", "--format", "mermaid", "--as-of", "01/02/2026", cwd=root)
    assert done.returncode == 0, done.stderr
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("    7 ")]
    assert line.startswith("    7 Báo cáo rà soát cử tri:milestone, "), line


def test_mermaid_draws_a_task_name_without_a_trailing_space(tmp_path: Path) -> None:
    """Mermaid itself (the package GitLab and GitHub build on) draws the name as written,
    no space after its last word."""
    from browser import mermaid_dom

    root = _office(tmp_path)
    done = run("timeline", "--format", "mermaid", "--as-of", "01/02/2026", cwd=root)
    block = "\n".join(done.stdout.splitlines()[1:-1])
    dom = mermaid_dom(
        block,
        'mermaid.render("chart", document.getElementById("source").textContent)'
        ".then(r => { out.innerHTML = r.svg; document.body.dataset.result = 'drawn';"
        " document.body.dataset.texts = JSON.stringify("
        "[...out.querySelectorAll('text')].map(t => t.textContent)); })"
        '.catch(e => { document.body.dataset.result = "error: " + e; });',
        tmp_path,
    )
    found = re.search(r'data-texts="([^"]*)"', dom)
    assert found is not None
    texts = json.loads(html.unescape(found.group(1)))
    assert "7 Báo cáo rà soát cử tri" in texts, texts
