"""What a new user broke in the `fresh` helper's sixth session (2026-11-30): a clerk of the
Văn phòng UBND of Quảng Ngãi who transcribed the province's instructions for Chỉ thị
27/CT-TTg (two yearly reports, a quarter's deadline) into a repository of their own, then
tried to break kehoach. Each test is what the clerk did and the answer they should have
had; the CLI tests run the installed command."""

from __future__ import annotations

import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import clirun
from kehoach.base.files import write_all_atomically

HERE = Path(__file__).parent
ROOT = HERE.parent
SVG = "{http://www.w3.org/2000/svg}"

# The clerk's plan, transcribed from the province's news item of 02/12/2019 on Chỉ thị
# 27/CT-TTg (the document's number is not given there), and their registry.
PLAN = """\
schema: 1
id: ct27-qng-2019
number: null
kind: Văn bản chỉ đạo
title: Triển khai thực hiện Chỉ thị số 27/CT-TTg ngày 19/11/2019 của Thủ tướng Chính phủ
issuer: Chủ tịch UBND tỉnh Quảng Ngãi
jurisdiction: Quảng Ngãi
in_force: 02/12/2019
source:
  document: quangngai.gov.vn, tin đăng ngày 02/12/2019
  complete: true
tasks:
  - id: "1"
    title: Tham mưu UBND tỉnh ban hành Kế hoạch triển khai thực hiện Chỉ thị 27/CT-TTg
    lead: [Sở Kế hoạch và Đầu tư]
    support: ["Các cơ quan, đơn vị liên quan"]
    deadline: Hoàn thành và trình UBND tỉnh trong quý I/2020
  - id: "3"
    title: Tổng hợp tình hình, kết quả thực hiện Chỉ thị; trình UBND tỉnh
    lead: [Sở Kế hoạch và Đầu tư]
    deadline: trước ngày 10/6 và ngày 10/12 hàng năm
"""

REGISTRY = """\
schema: 1
jurisdiction: Quảng Ngãi
agencies:
  - id: cac-co-quan-don-vi-lien-quan
    name: Các cơ quan, đơn vị liên quan
    kind: group
"""


def repository(tmp_path: Path, plan: str = PLAN) -> Path:
    """The clerk's own repository: plans/ with the plan and the registry."""
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "ct27-qng-2019.yaml").write_text(plan, encoding="utf-8")
    (plans / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    return tmp_path


def kehoach(*args: str | Path, cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess[str]:
    return clirun.kehoach(*args, cwd=cwd, env={"NO_COLOR": "1", "KEHOACH_NO_CACHE": "1", **env})


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


def test_a_group_is_not_offered_single_bodies_that_share_a_folded_word(tmp_path: Path) -> None:
    """fresh5 leftover: 'Các tổ chức chính trị - xã hội tỉnh' was asked "có phải: Cấp ủy
    các cấp, Chưa giao cơ quan chủ trì?" ("trị" folded is "trì"), 'Các hội đoàn thể'
    "Hội đồng nhân dân các cấp?" (one word of three)."""
    repo = repository(tmp_path)
    for name in ("Các tổ chức chính trị - xã hội tỉnh", "Các hội đoàn thể"):
        result = kehoach("status", "--agency", name, cwd=repo)
        assert result.returncode == 2
        assert result.stderr == f"kehoach: không có cơ quan '{name}' trong danh mục\n"


def test_a_misspelt_department_is_offered_the_plans_own_province_body(tmp_path: Path) -> None:
    """'Sở Tài chánh' (the southern spelling) was asked "có phải: Bộ Tài chính?" only:
    the suggestions ignored the plans' province, whose Sở Tài chính status reads."""
    repo = repository(tmp_path)
    result = kehoach("status", "--agency", "Sở Tài chánh", cwd=repo)
    assert result.returncode == 2
    assert "có phải: Sở Tài chính tỉnh Quảng Ngãi (trước 01/7/2025)" in result.stderr
    assert kehoach("status", "--agency", "Sở Tài chính", cwd=repo).returncode == 0


def test_an_interrupted_feed_set_leaves_the_previous_set_whole(tmp_path: Path) -> None:
    """fresh5 leftover: `export-ics --out-dir` wrote feed after feed; a failure or Ctrl-C
    on the way left some feeds new, others old, and the index of the run before. Here
    the index page cannot be replaced (read-only): nothing of the new set may land."""
    repo = repository(tmp_path)
    out = tmp_path / "lich"
    first = kehoach("export-ics", "--split", "agency", "--out-dir", out, cwd=repo)
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert {"all.ics", "index.html"} < set(before) and len(before) >= 3
    plan = repo / "plans" / "ct27-qng-2019.yaml"
    plan.write_text(PLAN.replace("quý I/2020", "quý II/2020"), encoding="utf-8")
    (out / "index.html").chmod(0o444)
    second = kehoach("export-ics", "--split", "agency", "--out-dir", out, cwd=repo)
    assert second.returncode == 2
    assert "index.html: tệp chỉ đọc" in second.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no temporary left
    (out / "index.html").chmod(0o644)
    third = kehoach("export-ics", "--split", "agency", "--out-dir", out, cwd=repo)
    assert third.returncode == 0, third.stderr
    assert b"DTSTART;VALUE=DATE:20200630" in (out / "all.ics").read_bytes()


def test_ctrl_c_while_a_set_is_written_replaces_nothing_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C while the third file of a set is being written: the two written before
    it are not moved into place; every temporary is removed."""
    old = {tmp_path / f"{n}.ics": f"cũ {n}".encode() for n in ("a", "b", "c", "d")}
    for path, data in old.items():
        path.write_bytes(data)
    calls = []
    real = os.fsync

    def interrupted(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 3:
            raise KeyboardInterrupt
        real(fd)

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_all_atomically([(path, "mới") for path in old])
    assert {p: p.read_bytes() for p in tmp_path.iterdir()} == old
    monkeypatch.setattr(os, "fsync", real)
    write_all_atomically([(path, "mới") for path in old])
    assert {p.read_text(encoding="utf-8") for p in tmp_path.iterdir()} == {"mới"}


def test_a_previous_feed_in_a_symlink_loop_is_refused_not_skipped(tmp_path: Path) -> None:
    """fresh5 leftover: `--previous DIR` skipped a `*.ics` link in a loop without a word;
    its events' SEQUENCE then restarts lower and calendars keep the old version."""
    repo = repository(tmp_path)
    old = tmp_path / "old"
    old.mkdir()
    (old / "a.ics").symlink_to("b.ics")
    (old / "b.ics").symlink_to("a.ics")
    (old / "gone.ics").symlink_to("nowhere.ics")  # a link to nothing names no feed
    result = kehoach("export-ics", "--previous", old, "-o", tmp_path / "all.ics", cwd=repo)
    assert result.returncode == 2
    assert result.stderr.startswith(f"kehoach: {old / 'a.ics'}: không đọc được: vòng lặp")
    assert not (tmp_path / "all.ics").exists()
    (old / "a.ics").unlink()
    (old / "b.ics").unlink()
    again = kehoach("export-ics", "--previous", old, "-o", tmp_path / "all.ics", cwd=repo)
    assert again.returncode == 0, again.stderr


# Task 2 as the clerk had to write it: the grammar refuses "trước ngày 05/6 và 05/12 hàng
# năm" and advises one milestone per deadline.
TWO_YEARLY = PLAN.replace(
    """  - id: "3"
""",
    """  - id: "2"
    title: Định kỳ đánh giá kết quả thực hiện, báo cáo UBND tỉnh
    lead: ["Các cơ quan, đơn vị liên quan"]
    deadlines:
      - phrase: "trước ngày 05/6 hàng năm"
      - phrase: "trước ngày 05/12 hàng năm"
  - id: "3"
""",
)


def _bins(repo: Path, as_of: str) -> dict[tuple[int, str], str]:
    result = kehoach("status", "--all", "--as-of", as_of, "-f", "json", cwd=repo)
    items = json.loads(result.stdout)["items"]
    return {(i["milestone"], i["due"]): i["bin"] for i in items if i["task_id"] == "2"}


def test_a_june_report_is_not_counted_for_the_december_deadline(tmp_path: Path) -> None:
    """F1: the June report (`done` on 04/06/2020 wrote `period: năm 2020`) made the
    December deadline of the same year "đúng hạn" in status (and an EXDATE in the feed):
    a report never sent counted as sent on time."""
    repo = repository(tmp_path, TWO_YEARLY)
    plan = repo / "plans" / "ct27-qng-2019.yaml"
    june = '    reports:\n      - {period: năm 2020, sent: 2020-06-04}\n  - id: "3"\n'
    plan.write_text(TWO_YEARLY.replace('  - id: "3"\n', june), encoding="utf-8")
    bins = _bins(repo, "20/12/2020")
    assert bins[(2, "2020-12-07")] == "overdue"  # 05/12/2020 a Saturday
    checked = kehoach("validate", cwd=repo)
    assert checked.returncode == 1
    assert "nhiệm vụ '2' có 2 thời hạn định kỳ (mốc 1, 2): ghi milestone" in checked.stdout
    feed = kehoach("export-ics", "--as-of", "20/12/2020", "--skip-invalid", cwd=repo)
    assert "EXDATE" not in feed.stdout  # the plan is invalid: skipped, nothing half-judged


def test_done_asks_which_yearly_deadline_a_report_is_for(tmp_path: Path) -> None:
    """F1: `done` read the first yearly milestone only: the December report could not be
    recorded (`--period "năm 2019"`: "không có kỳ") while status asked for it."""
    repo = repository(tmp_path, TWO_YEARLY)
    asked = kehoach("done", "ct27-qng-2019/2", "--on", "04/06/2020", cwd=repo)
    assert asked.returncode == 2
    assert "có 2 thời hạn định kỳ (mốc 1, 2): ghi --milestone N" in asked.stderr
    june = kehoach("done", "ct27-qng-2019/2", "--on", "04/06/2020", "--milestone", "1", cwd=repo)
    assert june.returncode == 0, june.stderr
    late = ["--on", "04/12/2020", "--milestone", "2", "--period", "năm 2019"]
    december = kehoach("done", "ct27-qng-2019/2", *late, cwd=repo)
    assert december.returncode == 0, december.stderr
    twice = kehoach("done", "ct27-qng-2019/2", *late, cwd=repo)
    assert "kỳ năm 2019 (mốc 2) đã ghi gửi ngày 04/12/2020" in twice.stderr
    assert kehoach("validate", cwd=repo).returncode == 0
    bins = _bins(repo, "20/12/2020")
    assert bins[(1, "2020-06-05")] == "done_on_time"
    assert bins[(2, "2019-12-05")] == "done_late"
    assert bins[(2, "2020-12-07")] == "overdue"


def test_import_reads_the_departments_of_a_province_that_kept_its_name_in_2025(
    tmp_path: Path,
) -> None:
    """F2: `import … --issuer "UBND tỉnh Quảng Ngãi"` (the README's form) wrote no
    jurisdiction and offered "Sở Nội vụ", "Sở Kế hoạch và Đầu tư" as entries to paste into
    agencies.yaml: Quảng Ngãi is two units (before and after 01/7/2025), and only a name
    naming exactly one unit was taken. "UBND tỉnh Nghệ An" worked."""
    repo = repository(tmp_path)
    table = tmp_path / "bang.tsv"
    table.write_text(
        "TT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n"
        "1\tTham mưu ban hành kế hoạch\tSở Kế hoạch và Đầu tư\tTrong quý I/2020\n"
        "2\tRà soát biên chế\tSở Nội vụ\tTrước ngày 15/12/2019\n",
        encoding="utf-8",
    )
    draft = repo / "plans" / "kh-moi.yaml"
    result = kehoach(
        "import", table, "-o", draft, "--issuer", "UBND tỉnh Quảng Ngãi",
        "--title", "Thử", "--issued", "02/12/2019", cwd=repo,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "0 cơ quan chưa có trong danh mục" in result.stderr
    assert "mục mẫu để dán vào agencies.yaml" not in result.stderr
    assert "\njurisdiction: Quảng Ngãi\n" in draft.read_text(encoding="utf-8")
    assert kehoach("validate", cwd=repo).returncode == 0


def test_a_pasted_page_as_a_deadline_is_refused_before_the_grammar_reads_it(
    tmp_path: Path,
) -> None:
    """F9: the grammar's time grows with a phrase's length (100,000 characters: 6 s of
    validate; a 1.9 MB `deadline:` minutes for every command). A deadline, a milestone's
    phrase or a history entry over 2,000 characters is a finding at its field."""
    long = "trong quý I/2020 " + "x" * 5000
    repo = repository(tmp_path, PLAN.replace("trong quý I/2020", long))
    result = kehoach("validate", cwd=repo)
    assert result.returncode == 1
    assert "plans/ct27-qng-2019.yaml:17:5: error: 'nhiệm vụ 1 › deadline': dài quá 2000 ký tự" in (
        result.stdout
    )
    (repo / "plans" / "ct27-qng-2019.yaml").write_text(PLAN, encoding="utf-8")
    moved = kehoach("reschedule", "ct27-qng-2019/1", long, "--reason", "Lùi", cwd=repo)
    assert moved.returncode == 2
    assert "thời hạn mới dài 5.017 ký tự, quá 2.000 ký tự" in moved.stderr
