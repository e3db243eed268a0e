"""fix-a: two findings of a fresh user on trial35. An import that wrote a role word into
agencies' names and offered them as registry entries; and `diff`'s headline counting an
issue day corrected as deadlines moved, where `slips` counts a correction."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from gitrun import git
from test_review26 import NO_YEAR, SLIPS, _edit, _office, run

# --- 1. a lead cell merged over Chủ trì | Phối hợp, its roles said by role words -----------

CELL = "Sở Nội vụ, Sở Tài chính chủ trì; các sở, ngành phối hợp"
UNSPLIT = "các sở chủ trì theo chức năng; phối hợp với địa phương khi cần"
HTML = f"""<html><body><table>
<tr><th rowspan="2">TT</th><th rowspan="2">Nội dung</th>
<th colspan="2">Cơ quan thực hiện</th><th rowspan="2">Thời hạn</th></tr>
<tr><th>Chủ trì</th><th>Phối hợp</th></tr>
<tr><td>1</td><td>Sắp xếp thôn</td><td colspan="2">{CELL}</td><td>Quý IV/2026</td></tr>
<tr><td>2</td><td>Rà soát</td><td colspan="2">{UNSPLIT}</td><td>Quý IV/2026</td></tr>
</table></body></html>
"""
IMPORT = ("--title", "Sắp xếp", "--issuer", "UBND tỉnh Ninh Bình", "--issued", "10/03/2026")


def _imported(tmp_path: Path) -> tuple[list[dict[str, object]], str]:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", "utf-8")
    (tmp_path / "kh.html").write_text(HTML, encoding="utf-8")
    out = tmp_path / "draft.yaml"
    done = run("import", str(tmp_path / "kh.html"), "-o", str(out), *IMPORT, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return yaml.safe_load(out.read_text("utf-8"))["tasks"], done.stderr


def test_import_reads_leads_before_chu_tri_and_supports_before_phoi_hop(tmp_path: Path) -> None:
    # Seen: three leads "Sở Nội vụ", "Sở Tài chính chủ trì", "Các sở, ngành phối hợp"
    tasks, err = _imported(tmp_path)
    assert tasks[0]["lead"] == ["Sở Nội vụ", "Sở Tài chính"]
    assert tasks[0]["support"] == ["Các sở, ngành"]
    assert "chu-tri" not in err and "phoi-hop" not in err
    assert "không tách được" not in err.split("nhiệm vụ 2:", 1)[0]


def test_import_copies_a_cell_it_cannot_split_whole_as_it_says(tmp_path: Path) -> None:
    # Seen: "đã chép nguyên ô vào lead" said of a cell split at its commas
    tasks, err = _imported(tmp_path)
    assert tasks[1]["lead"] == [UNSPLIT]  # one lead, as written, "các" not "Các"
    assert "support" not in tasks[1]
    assert f"nhiệm vụ 2: ô chủ trì ghi cả cơ quan phối hợp ({UNSPLIT!r})" in err
    assert "đã chép nguyên ô vào lead" in err
    # the cell is the clerk's to split, never a registry entry with a role word inside
    entries = err.split("mục mẫu", 1)[-1]
    assert "chu-tri" not in entries and "phoi-hop" not in entries


# --- 2. diff's headline: an issue day corrected is not a move ------------------------------

THREE = NO_YEAR.replace("issued: 05/01/2026", "issued: 05/01/2025")


def test_diff_counts_an_issue_day_corrected_apart_as_slips_does(tmp_path: Path) -> None:
    plan = THREE.split("tasks:\n")[0] + "tasks:\n"
    plan += "".join(
        f'  - id: "{n}"\n    title: Báo cáo {n}\n    lead: [UBND xã]\n'
        f"    deadline: Trước ngày 30/{n}\n"
        for n in (4, 5, 6)
    )
    root = _office(tmp_path, plan)
    _edit(root, "issued: 05/01/2025", "issued: 05/01/2026")
    git(root, "commit", "-qam", "Sửa năm ban hành")
    slips = json.loads(run(*SLIPS, "-f", "json", cwd=root).stdout)
    assert slips["summary"]["total"]["moves"] == 0 and len(slips["corrections"]) == 3
    summary = json.loads(run("diff", "HEAD~1", "HEAD", "-f", "json", cwd=root).stdout)["summary"]
    assert (summary["deadlines_moved"], summary["deadlines_corrected"]) == (0, 3)
    text = run("diff", "HEAD~1", "HEAD", cwd=root).stdout
    headline = text.splitlines()[0]
    assert "thời hạn dời" not in headline, headline
    assert "3 thời hạn đổi ngày vì đính chính ngày ban hành (không tính là dời)" in headline
