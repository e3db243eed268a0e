"""Writing a new plan file: an imported draft in canonical form, or the empty template.

The draft is written the way `kehoach fmt` writes (keys in the model's order, ids and
phrases in double quotes), through the same ruamel.yaml round trip as the edits, so a
draft is `fmt`-clean from the start.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from kehoach.base.text import fold
from kehoach.review.importer import Draft, Row

HEADER_COMMENT = """\
# Bản nháp do `kehoach import` tạo từ {source}.
# Các ô của bảng được chép nguyên văn; hãy đối chiếu với văn bản gốc, sửa cơ quan
# chưa có trong danh mục và thời hạn chưa đọc được, rồi chạy `kehoach validate`.
"""


WHAT = {"--title": "trích yếu", "--issuer": "cơ quan ban hành"}


class MissingFacts(Exception):
    """Plan facts neither the document nor the options give; the message lists them."""


@dataclass(frozen=True)
class Facts:
    """What the caller says of the plan, overriding the document's header."""

    id: str | None = None
    number: str | None = None
    kind: str | None = None
    title: str | None = None
    issuer: str | None = None
    issued: date | None = None
    jurisdiction: str | None = None
    commune: str | None = None  # xã, phường, đặc khu (from 01/7/2025)
    standing: bool = False  # a standing rule (`Plan.standing`): written only when true


def plan_id(number: str | None, issued: date | None, fallback: str) -> str:
    """ "348/KH-UBND" issued in 2022 -> "kh-348-2022", as the bundled plans are named."""
    if number and (m := re.match(r"(\d+)\s*/\s*([A-Za-zĐđ]+)", number)):
        year = f"-{issued.year}" if issued else ""
        return f"{fold(m.group(2)).lower()}-{m.group(1)}{year}"
    slug = re.sub(r"[^a-z0-9]+", "-", fold(fallback).lower()).strip("-")
    return slug[:80] or "ke-hoach"


def draft_text(draft: Draft, facts: Facts, source: str, fallback_id: str) -> str:
    """The plan file for `draft`, canonical when it validates as a plan.

    Raises `MissingFacts` when the title or the issuer is known from nowhere."""
    header = draft.header
    title = facts.title or header.title
    issuer = facts.issuer or header.issuer
    missing = [opt for opt, value in (("--title", title), ("--issuer", issuer)) if not value]
    if missing:
        what = " và ".join(WHAT[m] for m in missing)
        options = " ".join(f'{m} "…"' for m in missing)
        raise MissingFacts(f"văn bản không cho biết {what}: hãy thêm {options}")
    number = facts.number or header.number
    issued = facts.issued or header.issued
    document = {
        "schema": 1,
        "id": facts.id or plan_id(number, issued, fallback_id),
        "number": number,
        "kind": facts.kind or header.kind or "Kế hoạch",
        "title": title,
        "issuer": issuer,
        "jurisdiction": facts.jurisdiction,
        "commune": facts.commune,
        "issued": issued.isoformat() if issued else None,
        "standing": True if facts.standing else None,
        "source": {
            "document": source,
            "complete": False,
            "note": "Chỉ các bảng của văn bản được nhập (kehoach import); phần thân văn bản chưa chép.",
        },
        "tasks": [_task(row) for row in draft.rows],
    }
    return _write(document, HEADER_COMMENT.format(source=source))


def _task(row: Row) -> dict[str, object]:
    task: dict[str, object] = {"id": row.id, "section": row.section, "title": row.title}
    if row.lead:
        task["lead"] = row.lead
    if row.support:
        task["support"] = row.support
    task["assignment"] = row.assignment
    headed = row.headed or [False] * len(row.phrases)  # read once, by `read_draft`
    if len(row.phrases) == 1 and not headed[0]:
        task["deadline"] = row.phrases[0]
    elif row.phrases:
        task["deadlines"] = [
            {"phrase": p, "header": row.header} if needs else {"phrase": p}
            for p, needs in zip(row.phrases, headed, strict=True)
        ]
    task["deliverable"] = row.deliverable
    task["size"] = row.size
    task["notes"] = row.notes
    return {k: v for k, v in task.items() if v is not None}


def _write(document: dict[str, object], comment: str) -> str:
    from kehoach.plan.model import Plan
    from kehoach.review.edit import canonical_data

    plain = {k: v for k, v in document.items() if v is not None}
    return unicodedata.normalize("NFC", comment) + canonical_data(plain, Plan)


TEMPLATE = """\
# Kế hoạch mới: điền các trường, xóa các dòng chú thích không cần, rồi `kehoach validate`.
# Ngày viết dd/mm/yyyy hoặc yyyy-mm-dd; thời hạn chép nguyên văn như văn bản in.
schema: 1
id: {id}  # mã ổn định, chữ thường không dấu, ví dụ kh-348-2022
number: null  # số/ký hiệu như in, ví dụ "348/KH-UBND"
kind: Kế hoạch  # loại văn bản: Kế hoạch, Chỉ thị, Quyết định…
title: "…"  # trích yếu
issuer: "…"  # cơ quan ban hành, ví dụ UBND tỉnh Nghệ An
{jurisdiction}
commune: null  # xã, phường, đặc khu ban hành (từ 01/7/2025), nếu có
issued: null  # ngày ban hành
in_force: null  # khi văn bản không ghi ngày ban hành: ngày bắt đầu tính (bỏ trống: thời hạn đầu)
standing: false  # true khi văn bản là quy định thường xuyên (chế độ báo cáo, quy chế): ngày, tháng không ghi năm là hằng năm
signer: null  # người ký
implements: []  # căn cứ: các văn bản mà kế hoạch này thực hiện
reporting_period: null  # mốc thời gian tổng kết, báo cáo
events: []  # ngày làm mốc tính thời hạn: - {{name: ngày bầu cử, day: 23/05/2027}} (day: null khi chưa ấn định)
source:
  document: "…"  # tệp hoặc địa chỉ của văn bản gốc
  complete: false  # true khi đã chép đủ văn bản
  note: null
notes: null
tasks:
  - id: "1"  # số thứ tự như trong văn bản: 1, 2, III.1.b …
    section: null  # vị trí trong văn bản (mục, phụ lục)
    title: "…"  # nội dung nhiệm vụ
    lead:  # cơ quan chủ trì, tên như trong danh mục cơ quan (agencies.yaml)
      - "…"
    support: []  # cơ quan phối hợp
    assignment: null  # cột phân công đúng như văn bản ghi
    deadline: "…"  # thời hạn đúng như văn bản ghi; nhiều mốc thì dùng deadlines
    deliverable: null  # sản phẩm
    notes: null
"""


def template(plan: str, jurisdiction: str | None = None) -> str:
    """An empty plan with every field commented (`kehoach new`); its `jurisdiction` the
    registry's (`jurisdiction:` of the agencies.yaml the plan will be checked against),
    else null. Left null, a clerk's plan beside a registry of Nghệ An read none of its
    province's bodies: the registry's province is not the plan's until the plan says so."""
    if not jurisdiction:
        line = "jurisdiction: null  # tỉnh, thành phố ban hành (ví dụ Nghệ An) hoặc Trung ương"
    else:
        value = (
            jurisdiction if re.fullmatch(r"\w[\w ]*", jurisdiction) else json.dumps(jurisdiction)
        )
        line = (
            f"jurisdiction: {value}  # tỉnh, thành phố ban hành, như agencies.yaml; kế hoạch của "
            "nơi khác thì ghi nơi đó (hoặc Trung ương)"
        )
    return TEMPLATE.format(id=plan, jurisdiction=line)
