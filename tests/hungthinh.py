"""The commune's notice on the voters' list (xã Hưng Thịnh, Đồng Nai), the document the
`fresh` helper's eleventh and twelfth sessions kept (tests/test_fresh_eleventh.py,
test_fresh_twelfth.py), in a repository of a clerk's own."""

from __future__ import annotations

from pathlib import Path

# The notice's head as the commune's portal prints it
# (https://hungthinh.dongnai.gov.vn/vi/news/xa-thi-tran/thong-bao-niem-yet-danh-sach-cu-tri-
# dia-diem-bau-cu-quoc-hoi-khoa-xvi-va-hdnd-cac-cap-nhiem-ky-2026-2031-369.html; the readable
# part gives no number, issue day or signer). Each test file adds its events and tasks.
HEAD = """\
schema: 1
id: tb-hung-thinh-2026
number: null
kind: Thông báo
title: Niêm yết danh sách cử tri, địa điểm bầu cử
issuer: UBND xã Hưng Thịnh
jurisdiction: Đồng Nai
commune: Xã Hưng Thịnh
"""


def repository(tmp_path: Path, plan: str) -> Path:
    """A repository under `tmp_path` holding the notice (`plan`, its whole YAML text) and an
    empty agencies file."""
    root = tmp_path / "ke-hoach"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "tb-hung-thinh-2026.yaml").write_text(plan, encoding="utf-8")
    (root / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", encoding="utf-8")
    return root
