"""What `kehoach import` tells the clerk: what it did and what is left to do by hand."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from kehoach.base.text import cut, file_name, fold, one_line, squash
from kehoach.plan.agencies import collective
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
        + (f"; {len(draft.unnamed)} nhiệm vụ chưa nêu cơ quan chủ trì" if draft.unnamed else "")
    ]
    lines += [f"  bỏ qua {why}" for why in draft.skipped]
    # an empty deadline cell: validate's first error on the draft, said here with the rest
    lines += [
        f"  nhiệm vụ {row.id}: ô thời hạn trống; ghi thời hạn theo văn bản, hoặc "
        'deadline: "Không nêu thời hạn" nếu văn bản không nêu'
        for row in draft.rows
        if not row.phrases
    ]
    for task, phrase, why in draft.unread:
        # a pasted page in a cell: its start, as `kehoach deadline` quotes it, not 100 KB
        lines.append(f"  nhiệm vụ {task}: thời hạn {cut(phrase, _QUOTED)!r}: {one_line(why)}")
    lines += [
        f"  nhiệm vụ {task}: ô phân công không nêu tên cơ quan nào ({cut(cell, _QUOTED)!r}); "
        "ghi lead theo chỗ văn bản chỉ tới, hoặc "
        '"Không nêu cơ quan chủ trì" nếu văn bản không giao'
        for task, cell in draft.unnamed
    ]
    lines += [
        f"  nhiệm vụ {task}: ô phân công không ghi ai chủ trì ({cut(cell, _QUOTED)!r}); đã ghi "
        f"{len(leads)} cơ quan cùng chủ trì ({', '.join(leads)}): kiểm tra với văn bản"
        for task, cell, leads in draft.shared
    ]
    lines += [
        f"  nhiệm vụ {task}: ô chủ trì ghi cả cơ quan phối hợp ({cut(cell, _QUOTED)!r}) mà "
        "không tách được tên từng cơ quan; đã chép nguyên ô vào lead: tách thành lead và "
        "support theo văn bản"
        for task, cell in draft.mixed
    ]
    if draft.unknown:
        lines.append("cơ quan chưa có trong danh mục (thêm vào agencies.yaml, hoặc sửa tên):")
        for name, tasks in draft.unknown.items():
            lines.append(f"  {name!r} (nhiệm vụ {', '.join(tasks)})")
        lines.append("mục mẫu để dán vào agencies.yaml:")
        lines += _entries(list(draft.unknown))
    return "\n".join(lines) + "\n"


def _entries(names: list[str]) -> list[str]:
    """One registry entry per body: two spellings the registry reads as one name ("- A. - B"
    and "- A - B") are one entry, since pasting both made the registry refuse them
    (duplicate-agency-id, ambiguous-agency-name); ids unique, as `validate` wants them. A
    collective ("Các sở, ban, ngành") is `kind: group`, as `validate` offers it: pasted
    without, it was counted as one body in `status`, a row of its own among the Sở."""
    lines: list[str] = []
    keys: set[str] = set()
    ids: set[str] = set()
    for name in names:
        if squash(name) in keys:
            continue
        keys.add(squash(name))
        base = _slug(name)
        slug = next(
            s for n in itertools.count(1) if (s := base if n == 1 else f"{base}-{n}") not in ids
        )
        ids.add(slug)
        lines += [f"  - id: {slug}", f"    name: {_quoted(name)}"]
        lines += ["    kind: group"] if collective(name) else []
    return lines


def _slug(name: str) -> str:
    # cut before stripping: a cut in the middle of a word's gap left an id ending with "-"
    return re.sub(r"[^a-z0-9]+", "-", fold(name).lower())[:80].strip("-") or "co-quan"


def _quoted(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'
