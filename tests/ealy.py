"""Kế hoạch 41/KH-UBND ngày 02/10/2025 of xã Ea Ly (Đắk Lắk), the plan the `fresh`
helper's ninth and tenth sessions kept (tests/test_fresh_ninth.py, test_fresh_tenth.py,
test_done_before_start.py): its dated lines as the commune's portal printed them, in a git
repository of a clerk's own."""

from __future__ import annotations

from pathlib import Path

from gitrun import git

# The dated lines of the plan, as the commune's portal printed them
# (https://ealy.daklak.gov.vn/…/ra-soat-ho-ngheo-ho-can-ngheo-…: a news item cut after the
# process steps, not the whole plan; it names no office for the survey), with the leads of
# the survey (task 1) and of the requests (task 3) to fill in.
TEMPLATE = """\
schema: 1
id: kh-41-2025
number: 41/KH-UBND
kind: Kế hoạch
title: Rà soát hộ nghèo, hộ cận nghèo năm 2025 trên địa bàn xã Ea Ly
issuer: UBND xã Ea Ly
jurisdiction: Đắk Lắk
commune: Xã Ea Ly
issued: 2025-10-02
source:
  document: https://ealy.daklak.gov.vn/
  complete: false
tasks:
  - id: "1"
    title: Rà soát hộ nghèo, hộ cận nghèo năm 2025 tại hộ gia đình
    lead:
      - {survey}
    deadline: "từ ngày 01/10/2025 đến hết ngày 05/11/2025"
  - id: "3"
    title: Tiếp nhận đơn đề nghị rà soát hộ nghèo, hộ cận nghèo trên địa bàn xã
    lead:
      - {requests}
    deadline: "từ ngày 05/10/2025 đến hết ngày 05/11/2025"
"""
SURVEY, REQUESTS = "Không nêu cơ quan chủ trì", "UBND xã Ea Ly"
PLAN = TEMPLATE.format(survey=SURVEY, requests=REQUESTS)  # as the portal gives it


def repository(tmp_path: Path, survey: str = SURVEY, requests: str = REQUESTS) -> Path:
    """The plan in `tmp_path`/ke-hoach/plans (with an empty registry), committed once; the
    leads of the survey (task 1) and of the requests (task 3) as given."""
    root = tmp_path / "ke-hoach"
    (root / "plans").mkdir(parents=True)
    text = TEMPLATE.format(survey=survey, requests=requests)
    (root / "plans" / "kh-41-2025.yaml").write_text(text, encoding="utf-8")
    (root / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", encoding="utf-8")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "KH 41/KH-UBND")
    return root
