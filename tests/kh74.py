"""Kế hoạch 74/KH-UBND of UBND tỉnh Ninh Bình (10/3/2026, on reorganising the apparatus)
imported as a clerk imports it: the scaffolding test_fresh25 and test_import26 share."""

from __future__ import annotations

from pathlib import Path

import yaml

from clirun import kehoach

ISSUER = ("--title", "Sắp xếp, tinh gọn bộ máy", "--issuer", "UBND tỉnh Ninh Bình")


def draft(tmp_path: Path, source: Path, *options: str) -> tuple[list[dict[str, object]], str]:
    """The tasks of the draft `kehoach import` writes from `source`, and its stderr."""
    out = tmp_path / "draft.yaml"
    done = kehoach("import", source, "-o", out, *ISSUER, "--issued", "10/03/2026", *options)
    assert done.returncode == 0, done.stderr
    tasks: list[dict[str, object]] = yaml.safe_load(out.read_text(encoding="utf-8"))["tasks"]
    return tasks, done.stderr
