"""What `kehoach import` tells the clerk: what it did and what is left to do by hand."""

from __future__ import annotations

import re
from pathlib import Path

from kehoach.base.text import cut, file_name, fold, one_line
from kehoach.review.importer import Draft

_QUOTED = 300  # characters of an unread phrase quoted, as the grammar's own message does


def summary(draft: Draft, output: Path | None) -> str:
    """Lines for stderr: the counts, each unread phrase, each unknown agency with a
    registry entry ready to paste into agencies.yaml."""
    where = f" vào {file_name(str(output))}" if output else ""
    lines = [
        f"đã nhập {len(draft.rows)} nhiệm vụ{where}; "
        f"{len(draft.unread)} thời hạn chưa đọc được; "
        f"{len(draft.unknown)} cơ quan chưa có trong danh mục"
    ]
    lines += [f"  bỏ qua {why}" for why in draft.skipped]
    for task, phrase, why in draft.unread:
        # a pasted page in a cell: its start, as `kehoach deadline` quotes it, not 100 KB
        lines.append(f"  nhiệm vụ {task}: thời hạn {cut(phrase, _QUOTED)!r}: {one_line(why)}")
    if draft.unknown:
        lines.append("cơ quan chưa có trong danh mục (thêm vào agencies.yaml, hoặc sửa tên):")
        for name, tasks in draft.unknown.items():
            lines.append(f"  {name!r} (nhiệm vụ {', '.join(tasks)})")
        lines.append("mục mẫu để dán vào agencies.yaml:")
        for name in draft.unknown:
            lines += [f"  - id: {_slug(name)}", f"    name: {_quoted(name)}"]
    return "\n".join(lines) + "\n"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name).lower()).strip("-")[:80] or "co-quan"


def _quoted(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'
