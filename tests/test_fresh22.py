"""What the `fresh22` helper's clerk (Văn phòng UBND tỉnh, never having seen kehoach,
2026-12-03) met over a month with one real document: Phụ lục 1 and 2 of Kế hoạch
348/KH-UBND (`/work/shared/seeds/kh-348-2022-tong-ket-nq26.txt`) made into a Word file,
imported, the names it left pasted into agencies.yaml as the import offered them, then a
report over that plan and a neighbouring province's. Each test is a step and the answer the
clerk should have had; each runs the installed command."""

from __future__ import annotations

import subprocess
from pathlib import Path

from clirun import CLERK, kehoach


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=cwd, env=CLERK, stdin=stdin)


# --- 1. the registry entries import offers to paste are one per body ---------------------

# Rows 7 and 9 of Phụ lục 1 as the seed prints them: one "Phân công" cell holds two bullets
# run together, once with the first bullet closed by "." and once without.
TABLE = (
    "TT\tNội dung/hoạt động\tThời hạn hoàn thành\tPhân công thực hiện\n"
    "7.\tTổng hợp báo cáo từ các ngành, đơn vị\tTrước ngày 31/7/2022\t"
    "- Thường trực Ban Chỉ đạo tỉnh. - Tổ Biên tập của tỉnh\n"
    "9.\tHọp Ban chỉ đạo tỉnh lần thứ 2\tTrước 15/8/2022\t"
    "- Thường trực Ban Chỉ đạo tỉnh - Tổ Biên tập của tỉnh\n"
    "4.\tPhối hợp cung cấp thông tin\tTháng 6,7,8/2022\t"
    "Các sở, ngành, địa phương theo chức năng, nhiệm vụ, địa bàn phối hợp cung cấp thông tin\n"
)


def _offered_entries(stderr: str) -> list[str]:
    lines = stderr.splitlines()
    start = lines.index("mục mẫu để dán vào agencies.yaml:") + 1
    return [line for line in lines[start:] if line.startswith("  ")]


def test_pasting_the_offered_registry_entries_gives_a_clean_registry(tmp_path: Path) -> None:
    """The two spellings of rows 7 and 9 were offered as two entries with one id: pasted as
    told, `validate` gave 5 errors (duplicate-agency-id twice, ambiguous-agency-name, and
    "không có cơ quan X; có phải: X?" for both tasks). And the id of a long name, cut at 80
    characters, ended with "-"."""
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text("schema: 1\njurisdiction: Nghệ An\nagencies: []\n")
    done = run(
        "import", "-", "-o", "plans/kh-348-2022.yaml", "--title", "Tổng kết NQ 26",
        "--issuer", "UBND tỉnh Nghệ An", "--number", "348/KH-UBND", "--issued", "02/6/2022",
        cwd=tmp_path, stdin=TABLE,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    entries = _offered_entries(done.stderr)
    ids = [line.split("id: ")[1] for line in entries if line.startswith("  - id: ")]
    assert len(ids) == len(set(ids)) == 2
    assert not any(i.endswith("-") for i in ids)
    (plans / "agencies.yaml").write_text(
        "schema: 1\njurisdiction: Nghệ An\nagencies:\n" + "\n".join(entries) + "\n",
        encoding="utf-8",
    )
    checked = run("validate", cwd=tmp_path)
    assert "[duplicate-agency-id]" not in checked.stdout
    assert "[ambiguous-agency-name]" not in checked.stdout
    assert "[unknown-agency]" not in checked.stdout
    assert checked.returncode == 0, checked.stdout
