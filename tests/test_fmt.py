"""`kehoach fmt`'s canonical form, as a property: for any plan, formatting twice changes
nothing more, the plan read back is the same plan, and every comment is still there."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kehoach.plan.loader import load_bytes
from kehoach.plan.model import Plan
from kehoach.review.edit import canonical

WORDS = st.sampled_from(
    ["Sở", "Tài", "chính", "báo", "cáo", "năm", "2022", "Nghệ", "An", "đề", "án"]
)
TEXT = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)
PHRASES = st.sampled_from(
    [
        "Trước ngày 15/8/2022",
        "Tháng 6,7,8/2022",
        "Quý III/2026",
        "Thường xuyên",
        "Không nêu thời hạn",
    ]
)
DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
COMMENT = st.sampled_from(["", "# ghi chú của người chép", "# chú thích: giữ nguyên"])


def scalar(draw: st.DrawFn, value: str) -> str:
    """`value` plain or in double quotes (a JSON string is a YAML double-quoted scalar)."""
    plain = value.replace(" ", "").isalnum() and not value.isdigit()
    return value if plain and draw(st.booleans()) else json.dumps(value, ensure_ascii=False)


def day(draw: st.DrawFn) -> str:
    value = draw(DAYS)
    return value.isoformat() if draw(st.booleans()) else f'"{value.day}/{value.month}/{value.year}"'


def agencies(draw: st.DrawFn, names: list[str]) -> list[str]:
    if draw(st.booleans()):
        return [f"[{', '.join(names)}]"]
    return ["", *(f"  - {name}" for name in names)]


def block(draw: st.DrawFn, pairs: list[tuple[str, list[str]]], indent: str) -> list[str]:
    """Keys in a drawn order, each value's lines, a comment line here and there."""
    lines = []
    for key, value in draw(st.permutations(pairs)):
        comment = draw(COMMENT)
        if comment:
            lines.append(f"{indent}{comment}")
        lines.append(f"{indent}{key}: {value[0]}".rstrip())
        lines += [f"{indent}{line}" for line in value[1:]]
    return lines


@st.composite
def plan_texts(draw: st.DrawFn) -> str:
    lines = [draw(COMMENT) or "# kế hoạch sinh ngẫu nhiên"]
    top = [
        ("schema", ["1"]),
        ("id", ["kh-1-2022"]),
        ("title", [scalar(draw, draw(TEXT))]),
        ("issuer", ["UBND tỉnh"]),
        ("issued", [day(draw)]),
        ("source", ["", "  document: nguon.txt", "  complete: true"]),
    ]
    lines += block(draw, top, "")
    lines.append("tasks:")
    for number in range(1, draw(st.integers(1, 4)) + 1):
        task = [
            ("id", [str(number) if draw(st.booleans()) else f'"{number}"']),
            ("title", [scalar(draw, draw(TEXT))]),
            ("lead", agencies(draw, ["Sở Tài chính"])),
            ("deadline", [scalar(draw, draw(PHRASES))]),
        ]
        if draw(st.booleans()):
            task.append(("support", agencies(draw, ["Sở Tư pháp", "Sở Nội vụ"])))
        if draw(st.booleans()):
            task += [("status", ["done"]), ("completed", [day(draw)])]
        if draw(st.booleans()):
            task.append(("notes", [">-", f"  {draw(TEXT)}", f"  {draw(TEXT)}"]))
        body = block(draw, task, "    ")
        comment = body.pop(0).strip() if body[0].lstrip().startswith("#") else ""
        lines += ["", *([f"  {comment}"] if comment else []), "  - " + body[0].lstrip(), *body[1:]]
    return "\n".join(lines) + "\n"


def read(text: str) -> Plan:
    _, model, findings = load_bytes(text.encode("utf-8"), "plan.yaml", Plan)
    assert isinstance(model, Plan), findings
    return model


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_texts())
def test_fmt_is_idempotent_keeps_the_plan_and_every_comment(text: str) -> None:
    formatted = canonical(text)
    assert canonical(formatted) == formatted
    assert read(formatted) == read(text)
    comments = [line.strip() for line in text.splitlines() if line.strip().startswith("#")]
    kept = [line.strip() for line in formatted.splitlines() if line.strip().startswith("#")]
    assert sorted(kept) == sorted(comments)


def test_canonical_form_writes_iso_days_quoted_ids_and_block_lists() -> None:
    text = (
        "schema: 1\nid: kh-1-2022\ntitle: T\nissuer: UBND tỉnh\nissued: '02/6/2022'\n"
        "source: {document: a.txt, complete: true}\n"
        "tasks:\n  - lead: [Sở Tài chính]\n    id: 7\n    title: Việc\n    deadline: Trước ngày 15/8/2022\n"
    )
    assert canonical(text) == (
        "schema: 1\nid: kh-1-2022\ntitle: T\nissuer: UBND tỉnh\nissued: 2022-06-02\n"
        "source:\n  document: a.txt\n  complete: true\n"
        'tasks:\n  - id: "7"\n    title: Việc\n    lead:\n      - Sở Tài chính\n'
        '    deadline: "Trước ngày 15/8/2022"\n'
    )
