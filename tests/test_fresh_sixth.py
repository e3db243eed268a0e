"""What a new user broke in the `fresh` helper's sixth session (2026-11-30): a clerk of the
Văn phòng UBND of Quảng Ngãi who transcribed the province's instructions for Chỉ thị
27/CT-TTg (two yearly reports, a quarter's deadline) into a repository of their own, then
tried to break kehoach. Each test is what the clerk did and the answer they should have
had; the CLI tests run the installed command."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent
KEHOACH = shutil.which("kehoach", path=str(Path(sys.executable).parent)) or "kehoach"
SVG = "{http://www.w3.org/2000/svg}"


def kehoach(*args: str | Path, cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [KEHOACH, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "NO_COLOR": "1", "KEHOACH_NO_CACHE": "1", **env},
        check=False,
    )


def test_the_as_of_line_passes_under_the_heading_band_and_the_undated_text() -> None:
    """fresh5 F10: in the SVG/HTML chart the dashed as-of line was drawn over the plan's
    heading band and through the grey "Không nêu thời hạn" of undated rows."""
    result = kehoach("timeline", "plans/kh-tk-nq20-2022.yaml", "--as-of", "12/04/2022", "-f", "svg")
    assert result.returncode == 0, result.stderr
    root = ET.fromstring(result.stdout)
    drawn = list(root.iter())
    line = next(e for e in drawn if e.tag == f"{SVG}line" and e.get("stroke-dasharray") == "5 3")
    band = next(e for e in drawn if e.tag == f"{SVG}rect" and e.get("fill") == "#eceff1")
    undated = [e for e in drawn if e.tag == f"{SVG}text" and e.get("class") == "undated"]
    assert [e.text for e in undated] == ["Không nêu thời hạn"] * 2
    # Painted in document order: the band after the line covers it; the line starts at
    # the axis, below the tick labels ("11/04" stands at the same x).
    assert drawn.index(line) < drawn.index(band)
    ticks = [float(e.get("y", "0")) for e in drawn if e.get("class") == "tick"]
    assert float(line.get("y1", "0")) > max(ticks)
    # The undated text carries a white halo painted under its letters (paint-order).
    style = "".join(e.text or "" for e in drawn if e.tag == f"{SVG}style")
    rule = re.search(r"\.undated \{([^}]*)\}", style)
    assert rule is not None
    assert "paint-order: stroke" in rule.group(1)
    assert "stroke: #ffffff" in rule.group(1)
