"""From a plan's appendix table to a plan file draft (`kehoach import`).

Plans reach an office as Word documents whose appendix is a table: TT / Nội dung /
Cơ quan chủ trì / Cơ quan phối hợp / Thời gian hoàn thành / Sản phẩm. This module finds
the columns by their Vietnamese headers, turns rows into tasks and keeps every cell's
text verbatim: each deadline phrase is read by the deadline language (a phrase it
cannot read stays as printed, with the reason), agencies are split on the separators
documents use and looked up in the registry, and what remains for the clerk is listed.

Nothing is invented: an agency the document does not name is not added, a phrase is
never rewritten, and fields the tables cannot give (issue date, issuer) come from the
document's header or from the caller.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Protocol

from kehoach.base.text import cut, fold, nfc, one_line, unaccent
from kehoach.dates.deadline import Context, DeadlineError, Refusal, parse_deadline
from kehoach.dates.several import step_phrases
from kehoach.plan.agencies import UNSTATED, Scope
from kehoach.plan.elsewhere import points_elsewhere
from kehoach.review.tables import Cell, Document, Table

# Header words, folded (no diacritics, lower case), for each field a column can fill.
# The first matching entry wins, so the more specific words come first.
HEADERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("id", ("tt", "stt", "so tt", "so thu tu")),
    ("support", ("phoi hop", "co quan phoi hop", "don vi phoi hop")),
    (
        "lead",
        ("chu tri", "co quan chu tri", "don vi chu tri", "co quan thuc hien", "don vi thuc hien"),
    ),
    ("assignment", ("phan cong", "phan cong thuc hien", "trach nhiem", "to chuc thuc hien")),
    (
        "deadline",
        (
            "thoi gian",
            "thoi han",
            "tien do",
            "han hoan thanh",
            "moc thoi gian",
            # matched by the words above already; listed for `is_heading`, which takes a
            # heading whole: "Thời gian hoàn thành", as a column pasted alone starts
            "thoi han hoan thanh",
            "thoi gian hoan thanh",
            "thoi gian thuc hien",
            "tien do thuc hien",
            "tien do hoan thanh",
            # an election timetable's "Ngày chậm nhất phải hoàn thành" (UBND tỉnh Phú Thọ,
            # Kế hoạch triển khai công tác bầu cử 2021-2026, phutho.gov.vn): the last day
            "ngay cham nhat",
            "ngay cham nhat phai hoan thanh",
        ),
    ),
    ("deliverable", ("san pham", "ket qua", "hinh thuc van ban")),
    ("size", ("dung luong",)),
    ("notes", ("ghi chu",)),
    ("title", ("noi dung", "nhiem vu", "cong viec", "hoat dong", "ten", "bao cao", "de an")),
)
ROMAN = re.compile(r"^(?=[IVXLC]+\.?$)M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})\.?$")
TASK_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*|[a-zđ])[.)]?$", re.IGNORECASE)
COUNT_HEADING = re.compile(r"so ngay\b")  # "Số ngày chậm nhất …", folded
COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")  # the "(1) (2) (3)" row under a header
# Words after which the rest of a clause names who is served, not who works:
# "… tham mưu cho Ban Thường vụ Tỉnh ủy", "… trình UBND tỉnh".
SERVED = ("tham muu", "trinh", "bao cao", "gui", "giup")
UNSTATED_LEAD = UNSTATED.aliases[0]  # "Không nêu cơ quan chủ trì": the document's silence
# A level alone, folded: "cấp tỉnh", "cấp trên trực tiếp", "các cấp" (not "cấp ủy", a body).
BARE_LEVEL = re.compile(r"^(?:cap (?!uy\b)|cac cap$)")
JOINING = frozenset({"va", "voi", "hoac", "cung", "cho", "la", "hop", "tri"})  # "phối hợp cấp xã"


class Names(Protocol):
    """The registry as the draft's plan will be checked: names looked up in its jurisdiction."""

    def resolve(self, name: str) -> object | None: ...


@dataclass(frozen=True)
class ScopedNames:
    """`Directory.resolve` within one plan's jurisdiction (`Directory.scope_for`)."""

    directory: Any
    scope: Scope

    def resolve(self, name: str) -> object | None:
        found: object | None = self.directory.resolve(name, self.scope)
        return found


class ImportFailed(Exception):
    """A document that gives no plan: the message says why, in one line."""


@dataclass
class Header:
    """What the document's header says of the plan (None where it is silent)."""

    number: str | None = None
    issued: date | None = None
    issuer: str | None = None
    kind: str | None = None
    title: str | None = None


@dataclass
class Row:
    """One task as the table gives it, before it becomes YAML."""

    id: str
    section: str | None
    title: str
    phrases: list[str]
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    assignment: str | None = None
    deliverable: str | None = None
    size: str | None = None
    notes: str | None = None
    header: str | None = None  # the deadline column's header ("Số ngày trước ngày bầu cử")
    count: str | None = None  # a count of days beside the deadline's day ("105 ngày")
    # whether each phrase reads otherwise under `header` (set by `read_draft`)
    headed: list[bool] = field(default_factory=list)


@dataclass
class Draft:
    """The tasks found, with what the clerk still has to settle."""

    header: Header
    rows: list[Row]
    unread: list[tuple[str, str, str]]  # (task id, phrase, why)
    unknown: dict[str, list[str]]  # agency name -> task ids that name it
    skipped: list[str]  # tables left out, and why
    # (task id, the assignment cell) naming no body ("Phân công chi tiết tại phụ lục 2"):
    # copied as the lead for validate to refuse, never offered as a registry entry
    unnamed: list[tuple[str, str]] = field(default_factory=list)
    # (task id, the cell, the leads) read from names before "phối hợp" with no "chủ trì":
    # who leads among them the cell does not say
    shared: list[tuple[str, str, list[str]]] = field(default_factory=list)
    # (task id, the cell) of a lead cell saying "chủ trì" and "phối hợp" whose bodies could
    # not both be named: copied whole as the lead, for the clerk to split
    mixed: list[tuple[str, str]] = field(default_factory=list)


# --- columns and rows -------------------------------------------------------------------


def column_fields(row: Sequence[Cell]) -> dict[int, str]:
    """Which field each column holds, read from a header row; empty when `row` is not one.
    A count of days beside a column of days is "count" (`COUNT_HEADING`)."""
    found: dict[int, str] = dict.fromkeys(_count_columns(row), "count")
    for index, cell in enumerate(row):
        if index in found:
            continue
        words = heading_words(cell.text)
        for name, heads in HEADERS:
            if name not in found.values() and any(_heads(words, h) for h in heads):
                found[index] = name
                break
    fields = set(found.values())
    return found if "title" in fields and ({"deadline", "lead", "assignment"} & fields) else {}


def _count_columns(row: Sequence[Cell]) -> list[int]:
    """The columns counting days ("Số ngày chậm nhất phải hoàn thành trước (sau) ngày BC
    theo Luật Bầu cử") when the row also has a column of days ("Ngày chậm nhất phải hoàn
    thành"), as election timetables print both: the day is the deadline, the count is the
    law's reason for it, kept in the task's notes. Alone, a count is the deadline column
    (its header gives its direction and event, dates/header.py)."""
    heads = dict(HEADERS)["deadline"]
    words = [heading_words(cell.text) for cell in row]
    deadlines = [i for i, w in enumerate(words) if any(_heads(w, h) for h in heads)]
    counts = [i for i in deadlines if COUNT_HEADING.match(words[i])]
    return counts if len(counts) < len(deadlines) else []


def _heads(words: str, head: str) -> bool:
    return words == head or words.startswith(head + " ") or f" {head}" in f" {words}"


def heading_words(text: str) -> str:
    """`text` as `HEADERS` spells headings: folded (no case, no diacritics), every mark
    (":", "/", "(") a space, digits kept: "Thời hạn:" -> "thoi han"."""
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", fold(text)).split())


def is_heading(text: str, field: str) -> bool:
    """Whether `text` is exactly one of the headings of `field` ("deadline", …) in
    `HEADERS`, up to case, diacritics and marks ("THỜI HẠN:", "Thời gian hoàn thành").
    Unlike `column_fields`, which takes any header cell that contains a heading, a line
    with more words is not one: "Thời hạn: thường xuyên" is a phrase under it."""
    return heading_words(text) in dict(HEADERS)[field]


def read_draft(
    document: Document, directory: Names | None, issued: date | None, *, standing: bool = False
) -> Draft:
    """Every task of every table with a recognisable header and a deadline column, its
    phrases read in the issue year, or, for a standing rule (`standing`: a law, a reporting
    regime), a day-month without a year as every year's (`Context.standing`)."""
    header = read_header(document.header)
    rows: list[Row] = []
    skipped: list[str] = []
    for number, table in enumerate(document.tables, start=1):
        columns, start = _find_header(table)
        if not columns:
            skipped.append(f"bảng {number}: không nhận ra dòng tiêu đề (TT, Nội dung, Thời hạn…)")
            continue
        if "deadline" not in columns.values():
            skipped.append(f"bảng {number}: không có cột thời hạn")
            continue
        caption = _caption(table.before)
        skipped.extend(_unread_columns(table, start, columns, number))
        found = _rows(table, start, columns, caption)
        rows.extend(_unique(_kept(found, table, number, skipped), rows, number, caption))
    if not rows:
        why = "; ".join(skipped) if skipped else "tài liệu không có bảng nào"
        raise ImportFailed(f"không tìm thấy nhiệm vụ nào: {why}")
    refuse_too_large(rows)
    context = Context(issued=issued or header.issued, standing=standing)
    for row in rows:
        row.phrases = [p for phrase in row.phrases for p in _steps(phrase, context, row.header)]
    unread = [
        (r.id, p, why)
        for r in rows
        for p, why in zip(r.phrases, _read(r, context), strict=True)
        if why
    ]
    unknown, unnamed, shared, mixed = _split_agencies(rows, directory)
    return Draft(header, rows, unread, unknown, skipped, unnamed, shared, mixed)


def _find_header(table: Table) -> tuple[dict[int, str], int]:
    """The columns' fields and the index of the first row under the header. A header over
    two columns whose row below names them is a header of two rows: under a deadline
    header, "Bắt đầu" | "Hoàn thành" (the deadline is the end column, never the start the
    header's first column holds: `_end_column`); under "Cơ quan thực hiện", "Chủ trì" |
    "Phối hợp" (the lead and the supporting bodies: `_role_columns`)."""
    for index, row in enumerate(table.rows[:8]):
        if columns := column_fields(row):
            below = table.rows[index + 1] if index + 1 < len(table.rows) else []
            if (split := _split_columns(columns, below)) is not None:
                return split, index + 2
            return columns, index + 1
    return {}, 0


def _split_columns(columns: dict[int, str], below: Sequence[Cell]) -> dict[int, str] | None:
    """`columns` with the columns the row below splits given their sub-headings' fields;
    None when it splits none (it is then no header row)."""
    out = dict(columns)
    end = _end_column(columns, below)
    if end is not None:
        out = {i: name for i, name in out.items() if name != "deadline"} | {end: "deadline"}
    roles = _role_columns(columns, below)
    if roles is not None:
        out = {i: name for i, name in out.items() if i not in roles} | roles
    return dict(sorted(out.items())) if end is not None or roles is not None else None


# Sub-headings under a deadline header spanning two columns, folded: the work's first day
# and its last ("Thời gian thực hiện: Bắt đầu | Hoàn thành"; "Thời gian: Từ | Đến").
STARTS = frozenset({"bat dau", "tu", "tu ngay", "ngay bat dau", "thoi gian bat dau"})
ENDS = frozenset(
    {"hoan thanh", "ket thuc", "den", "den ngay", "ngay hoan thanh", "thoi gian hoan thanh"}
)
# Sub-headings under "Cơ quan thực hiện" (or "Trách nhiệm thực hiện") spanning two columns,
# folded, as provincial plans print their appendix: who leads, who supports.
LEADS = frozenset({"chu tri", "co quan chu tri", "don vi chu tri"})
SUPPORTS = frozenset({"phoi hop", "co quan phoi hop", "don vi phoi hop"})


def _spanned(columns: dict[int, str], at: int, below: Sequence[Cell]) -> list[str]:
    """The sub-headings, folded, of the columns a header at `at` spans: up to the next
    named column."""
    stop = min([i for i in columns if i > at] + [len(below)])
    return [heading_words(below[i].text) for i in range(at, stop)]


def _end_column(columns: dict[int, str], below: Sequence[Cell]) -> int | None:
    """The column under the deadline header whose sub-heading names the end, when the
    columns it spans (up to the next named column) are sub-headed one start and one end
    and nothing else: a row of tasks below a header is never read as one."""
    at = next((i for i, name in columns.items() if name == "deadline"), None)
    if at is None or at >= len(below):
        return None
    words = _spanned(columns, at, below)
    ends = [at + n for n, w in enumerate(words) if w in ENDS]
    starts = [w for w in words if w in STARTS]
    if len(ends) != 1 or len(starts) != 1 or len(ends) + len(starts) != len(words):
        return None
    return ends[0]


def _role_columns(columns: dict[int, str], below: Sequence[Cell]) -> dict[int, str] | None:
    """The lead and support columns under a header of the bodies ("Cơ quan thực hiện",
    read as the lead or the assignment) spanning columns sub-headed "Chủ trì" and "Phối
    hợp" and nothing else but a note, a product or a size (`_other_columns`); None
    otherwise, and when the header row already names a support column (which of the two
    would support is not told). Read as one lead
    column, the supporting bodies were dropped and "Chủ trì" printed again on the next
    page joined the task above's lead (clerk, session 33)."""
    if "support" in columns.values():
        return None
    for at, name in columns.items():
        if name not in {"lead", "assignment"} or at >= len(below):
            continue
        words = _spanned(columns, at, below)
        leads = [at + n for n, w in enumerate(words) if w in LEADS]
        supports = [at + n for n, w in enumerate(words) if w in SUPPORTS]
        others = _other_columns(columns, at, words)
        if len(leads) == 1 and len(supports) == 1 and len(words) == 2 + len(others):
            return {leads[0]: "lead", supports[0]: "support", **others}
    return None


# Fields a third sub-column under the bodies' header may hold, as printed ("Chủ trì |
# Phối hợp | Ghi chú": clerk35, the support was dropped and "Phối hợp" called headerless)
_BESIDE_ROLES = ("notes", "deliverable", "size")


def _other_columns(columns: dict[int, str], at: int, words: list[str]) -> dict[int, str]:
    """The sub-columns from `at` whose sub-heading names, whole, a field of `_BESIDE_ROLES`
    that no column of the header row holds; each field once."""
    heads = dict(HEADERS)
    found: dict[int, str] = {}
    for n, heading in enumerate(words):
        field = next((f for f in _BESIDE_ROLES if heading in heads[f]), None)
        if field and field not in columns.values() and field not in found.values():
            found[at + n] = field
    return found


def _header_rows(table: Table, start: int) -> list[list[str]]:
    """The header's rows, folded, as a page repeats them: the row above `start`, and the
    one above it when the header has two rows (`_find_header`)."""
    first = start - 2 if start >= 2 and column_fields(table.rows[start - 2]) else start - 1
    return [[fold(c.text) for c in table.rows[i]] for i in range(first, start)]


def _unread_columns(table: Table, start: int, columns: dict[int, str], number: int) -> list[str]:
    """A column no header names (an empty header, the second column under a header
    spanning two, a header no field reads) whose cells hold text: that text is in no field
    of the draft, so the column is named with its first such cell, never dropped unseen
    ("Nội dung" spanning two columns lost "(chi tiết)" from the title)."""
    head = table.rows[start - 1]
    headings = _header_rows(table, start)
    held: dict[int, list[int]] = {}
    for index, cells in enumerate(table.rows[start:], start=start):
        if _is_repeat(cells, headings) or _is_numbering(cells):
            continue
        for column, cell in enumerate(cells):
            if column not in columns and cell.text.strip() and not cell.merged_above:
                held.setdefault(column, []).append(index)
    where = "" if table.sheet is not None else f"bảng {number}, "
    out = []
    for column, indexes in held.items():
        title = head[column].text.strip() if column < len(head) else ""
        named = f"cột “{one_line(title)}”" if title else "cột không có tiêu đề"
        first = table.rows[indexes[0]][column].text
        out.append(
            f"{where}{named}: {len(indexes)} ô có chữ không được nhập, đầu tiên ở "
            f"{table.where(indexes[0], column)}: {cut(first, 80)!r}; chép tay nếu cần"
        )
    return out


def _caption(before: Sequence[str]) -> str | None:
    """ "Phụ lục 1" from the lines above a table, when they name an appendix."""
    for line in reversed(before):
        if m := re.match(r"\s*(ph[uụ] l[uụ]c\s+[0-9IVXLC]+)\b", line, re.IGNORECASE):
            words = m.group(1).split()
            return f"Phụ lục {words[-1]}"
    return None


def _kept(
    found: Iterator[tuple[int, Row]], table: Table, number: int, skipped: list[str]
) -> Iterator[Row]:
    """The tasks of a table but those that hold only their number ("3", every other cell
    empty, with any rows continuing it): a blank row a clerk numbered in Word or Excel, a
    layout artefact rather than a task. Each is left out and named in `skipped`, so the
    clerk can check the document."""
    where = "" if table.sheet is not None else f"bảng {number}, "
    for index, row in found:
        if _holds_only_its_number(row):
            skipped.append(
                f"{where}{table.where(index)} (TT {row.id}): chỉ có số thứ tự, các ô khác "
                "trống; nếu văn bản có nhiệm vụ này, hãy điền bảng rồi nhập lại"
            )
        else:
            yield row


def _holds_only_its_number(row: Row) -> bool:
    texts = (row.assignment, row.deliverable, row.size, row.notes)
    return not (row.title or row.phrases or row.lead or row.support or any(texts))


def _rows(
    table: Table, start: int, columns: dict[int, str], caption: str | None
) -> Iterator[tuple[int, Row]]:
    """Rows to tasks, each with the index of its first row in `table.rows`: a section
    row names the tasks below it; a row without its own TT continues the task above (a
    row broken across pages, or a second deadline)."""
    head = table.rows[start - 1]
    headings = _header_rows(table, start)
    at = next((i for i, name in columns.items() if name == "deadline"), None)
    deadline_header = _deadline_header(table.rows[start - len(headings)], at)
    counted = next((head[i].text for i, name in columns.items() if name == "count"), "")
    section: str | None = None
    current: Row | None = None
    at_row = start
    for index, cells in enumerate(table.rows[start:], start=start):
        _no_cell_beyond(cells, head)
        values = {name: cells[i] for i, name in columns.items() if i < len(cells)}
        texts = {name: cell.text for name, cell in values.items()}
        if _is_repeat(cells, headings) or _is_numbering(cells):
            continue
        number = texts.get("id", "")
        if values.get("id", Cell("")).merged_above or not number:
            if current is not None:
                _continue(current, values)
            continue
        if _is_section(number, texts):
            section = " ".join(t for t in (number, texts.get("title", "")) if t)
            continue
        if current is not None:
            yield at_row, _with_count(current, counted)
        current, at_row = _new_row(number, texts, section, caption), index
        current.header = deadline_header
        current.count = texts.get("count") or None
    if current is not None:
        yield at_row, _with_count(current, counted)


def _with_count(row: Row, header: str) -> Row:
    """The row with its count of days added to its notes under the count's column header,
    as printed: "Số ngày chậm nhất … theo Luật Bầu cử: 105 ngày"."""
    if row.count:
        counted = f"{' '.join(header.split())}: {row.count}"
        row.notes = f"{row.notes}; {counted}" if row.notes else counted
    return row


def _no_cell_beyond(cells: Sequence[Cell], head: Sequence[Cell]) -> None:
    """A row with text beyond its header's last column: in comma-separated text, a comma
    inside a cell left unquoted ("Tháng 6,7,8/2027" read as "Tháng 6", "7", "8/2027"). Which
    cell is whose cannot be told, and reading the first piece would be a wrong deadline."""
    extra = [c.text for c in cells[len(head) :] if c.text]
    if extra:
        row = " | ".join(c.text for c in cells if c.text)
        raise ImportFailed(
            f"dòng “{row}” có nhiều ô hơn dòng tiêu đề: có dấu phẩy trong một ô chưa đặt "
            'trong ngoặc kép ("Tháng 6,7,8/2027")? Sửa tệp rồi nhập lại'
        )


def _deadline_header(top: Sequence[Cell], at: int | None) -> str | None:
    """The deadline column's header as printed in the header's top row: over a header of
    two rows, the heading the end column sits under ("Thời gian thực hiện"), not its
    sub-heading."""
    if at is None or at >= len(top):
        return None
    return next((top[i].text for i in range(at, -1, -1) if top[i].text), None)


def _is_repeat(cells: Sequence[Cell], headings: Sequence[Sequence[str]]) -> bool:
    """A header row (of a header of one or two rows) printed again at the top of each page."""
    # cell by cell, stopping at the first that differs: folding every cell of every row
    # took a sixth of a 30,000-row import
    return any(
        len(cells) == len(heading)
        and all(fold(c.text) == w for c, w in zip(cells, heading, strict=True))
        for heading in headings
    )


def _is_numbering(cells: Sequence[Cell]) -> bool:
    texts = [c.text for c in cells if c.text]
    return len(texts) >= 3 and all(COLUMN_NUMBER.match(t) for t in texts)


def _is_section(number: str, texts: dict[str, str]) -> bool:
    """ "I", "II." or a row whose only text is its number and a heading: a part of the
    table, not a task."""
    others = [v for k, v in texts.items() if k not in {"id", "title"} and v]
    return bool(ROMAN.match(number)) or (not others and not TASK_NUMBER.match(number))


def _new_row(number: str, texts: dict[str, str], section: str | None, caption: str | None) -> Row:
    task_id = _task_id(number)
    where = ", ".join(p for p in (caption, section, f"TT {task_id}") if p)
    phrase = texts.get("deadline", "")
    return Row(
        id=task_id,
        section=where,
        title=texts.get("title", ""),
        phrases=[phrase] if phrase else [],
        lead=[texts["lead"]] if texts.get("lead") else [],
        support=[texts["support"]] if texts.get("support") else [],
        assignment=texts.get("assignment") or None,
        deliverable=texts.get("deliverable") or None,
        size=texts.get("size") or None,
        notes=texts.get("notes") or None,
    )


def _task_id(number: str) -> str:
    """ "1." -> "1", "a)" -> "a"; anything else made a valid id from its letters."""
    cleaned = number.strip().rstrip(".)").strip()
    # the document's own case: "III.1" stays III.1, as typed plans and references write it
    cleaned = re.sub(r"[^A-Za-z0-9.\-]+", "-", unaccent(cleaned)).strip(".-")
    return cleaned[:40] or "x"


def _continue(row: Row, values: dict[str, Cell]) -> None:
    """Add a continuation row's cells to the task above. A deadline cell is a second
    milestone when both it and the phrase above read on their own ("Tham mưu UBND tỉnh
    trước ngày 05/7/2022" / "… trước ngày 15/7/2022"); otherwise it is the rest of the
    phrase broken across a page ("Trước ngày" / "31/7/2022")."""
    for name, cell in values.items():
        text = cell.text
        if cell.merged_above or not text or name == "id":
            continue
        if name == "deadline":
            _add_phrase(row, text)
        elif name in {"lead", "support"}:
            items = getattr(row, name)
            items[-1:] = [f"{items[-1]} {text}"] if items else [text]
        else:
            old = getattr(row, name) or ""
            setattr(row, name, f"{old} {text}".strip())


def _add_phrase(row: Row, text: str) -> None:
    if row.phrases and (_reads(row.phrases[-1]) and _reads(text)):
        row.phrases.append(text)
    elif row.phrases:
        row.phrases[-1] = f"{row.phrases[-1]} {text}"
    else:
        row.phrases.append(text)


def _reads(phrase: str) -> bool:
    try:
        parse_deadline(phrase, Context(issued=date(2000, 1, 1)))
    except DeadlineError:
        return False
    return True


def _read(row: Row, context: Context) -> list[str]:
    """Each phrase of `row` read once under its column's header: the reason it cannot be
    read ("" when it reads). Where the header is set, the phrase is read without it too,
    and `row.headed` says which readings differ: the draft then keeps the header beside
    the phrase (`planfile`), so the plan reads it as the import did. The readings are
    carried, not redone: each phrase was read three times, and 2,000 rows took a minute."""
    whys, row.headed = [], []
    for phrase in row.phrases:
        under = _reading(phrase, replace(context, header=row.header))
        bare = _reading(phrase, context) if row.header else under
        whys.append(under if isinstance(under, str) else "")
        row.headed.append(under != bare)
    return whys


def _steps(phrase: str, context: Context, header: str | None) -> tuple[str, ...]:
    """`phrase`, or its steps when it names several, each with its day ("Xây dựng dự thảo
    trước ngày 1/1/2026 và trình UBND tỉnh trước ngày 15/1/2026"): the draft writes them as
    `deadlines:`, one entry each, as `validate` asks (clerk35: one `deadline:` was written,
    which `validate` then refused). Cut only where each step reads alone as it read in the
    whole (`several.step_phrases`); the phrase as printed otherwise."""
    under = replace(context, header=header)
    if not isinstance(_reading(phrase, under), str):
        return (phrase,)
    try:
        parse_deadline(phrase, under)
    except DeadlineError as error:
        if error.kind is Refusal.SEVERAL:
            return step_phrases(phrase, error.readings, under) or (phrase,)
    return (phrase,)


@functools.lru_cache(maxsize=4096)
def _reading(phrase: str, context: Context) -> object:
    """The deadline `phrase` reads as, or the reason it does not read as one; kept for the
    same phrase in the same context, as tables repeat "Thường xuyên", "Quý IV/2026"."""
    try:
        return parse_deadline(phrase, context)
    except DeadlineError as error:
        if error.kind is Refusal.NO_YEAR and context.issued is None:
            # the way out `validate` gives (fresh37: import said only why)
            return f"{error.why}; thêm --issued NGÀY_BAN_HÀNH để lấy năm của kế hoạch"
        return error.why


# The fewest bytes a task takes in a draft besides its cells' text: `  - id: "…"`,
# `section:`, `title:`, `lead:` and its item, each on its line with its indentation.
TASK_FLOOR = 50


class DraftTooLarge(ImportFailed):
    """A draft no command would read: larger than a plan file may be (`MAX_BYTES`)."""


def refuse_too_large(rows: Sequence[Row], size: int | None = None) -> None:
    """Raise `DraftTooLarge` when the draft of `rows` is over a plan file's cap
    (discovery.MAX_BYTES, 2 MB), which `validate` and `status` refuse to read: known from
    `size` (the draft's bytes) when given, else from the least the draft can take (each
    cell copied verbatim, `TASK_FLOOR` bytes around each task; names split from the
    agency cells are not counted), as soon as the table is read: 30,000 rows were read,
    parsed and written for five minutes before the draft was found too large."""
    from kehoach.plan.discovery import MAX_BYTES

    least = size if size is not None else sum(_least_bytes(row) for row in rows)
    if least <= MAX_BYTES:
        return
    mb = f"{least / 2**20:.1f}".replace(".", ",")  # a decimal comma, as Vietnamese writes it
    said = f"{mb} MB" if size is not None else f"ít nhất {mb} MB"
    raise DraftTooLarge(
        f"bản nháp {said} ({len(rows)} nhiệm vụ), quá giới hạn {MAX_BYTES / 2**20:g} MB "
        "của một tệp kế hoạch: validate và status sẽ không đọc tệp này, nên không ghi; tách "
        "bảng thành nhiều phần (mỗi phụ lục, mỗi lĩnh vực một tệp) rồi nhập từng phần"
    )


def _least_bytes(row: Row) -> int:
    texts = (row.id, row.title, *row.phrases, row.deliverable, row.size, row.notes)
    return TASK_FLOOR + sum(len(t.encode("utf-8")) for t in texts if t)


def _unique(
    new: Iterator[Row], earlier: Sequence[Row], table: int, caption: str | None
) -> list[Row]:
    """Ids stay unique across tables: a second table numbering from 1 again gets its
    appendix ("PL2.1") or table ("B2.1") in front."""
    taken = {r.id for r in earlier}
    rows = list(new)
    if any(r.id in taken for r in rows):
        prefix = f"PL{caption.split()[-1]}" if caption else f"B{table}"
        for r in rows:
            r.id = f"{prefix}.{r.id}"[:40]
    seen: set[str] = set(taken)
    for r in rows:
        base, n = r.id, 2
        while r.id in seen:
            r.id, n = f"{base}-{n}", n + 1
        seen.add(r.id)
    return rows


# --- agencies ---------------------------------------------------------------------------


Split = tuple[
    dict[str, list[str]],
    list[tuple[str, str]],
    list[tuple[str, str, list[str]]],
    list[tuple[str, str]],
]


def _split_agencies(rows: list[Row], directory: Names | None) -> Split:
    """Split lead and support cells into names; read a single "phân công" cell into lead
    and support, and so a lead cell that names both roles (`_roles_in_lead`) when it
    names a body for each. Returns the names the registry does not know, with their
    tasks; the tasks whose assignment names no body, with the cell; those whose several
    leads no "chủ trì" marks ("Sở A, Sở B phối hợp với Sở C": both lead, as the cell says,
    but whether one of them leads the other is the clerk's to check); and the lead cells
    naming both roles that could not be split (`Draft.mixed`), copied whole as the lead
    and never offered as a registry entry (a role word is in it)."""
    unknown: dict[str, list[str]] = {}
    unnamed: list[tuple[str, str]] = []
    shared: list[tuple[str, str, list[str]]] = []
    mixed: list[tuple[str, str]] = []
    for row in rows:
        whole = _merged_roles(row, directory) if _roles_in_lead(row) else None
        if whole:
            mixed.append((row.id, whole))
            row.lead = [whole]
        elif row.lead or row.support:
            row.lead = [n for cell in row.lead for n in split_names(cell, directory)]
            row.support = [n for cell in row.support for n in split_names(cell, directory)]
        elif row.assignment:
            row.lead, row.support = read_assignment(row.assignment, directory)
            if _unmarked_leads(row.assignment, row.lead):
                shared.append((row.id, joined(row.assignment), list(row.lead)))
        pointer = row.assignment if not row.lead and points_elsewhere(row.assignment) else None
        if not row.lead and row.assignment and not pointer:
            row.lead = [row.assignment]  # verbatim: the clerk picks the lead (validate says so)
        elif not row.lead and not pointer:
            row.lead = [UNSTATED_LEAD]  # the row names nobody: the file says so
        _flatten(row)
        if pointer:  # copied as flattened, for validate to refuse; no body to offer
            row.lead = [row.assignment or pointer]
            unnamed.append((row.id, row.lead[0]))
        names = row.support if pointer or whole else [*row.lead, *row.support]
        for name in names:
            if name != UNSTATED_LEAD and (directory is None or directory.resolve(name) is None):
                unknown.setdefault(name, []).append(row.id)
    return unknown, unnamed, shared, mixed


def _merged_roles(row: Row, directory: Names | None) -> str | None:
    """Lead and support set from a lead cell naming both roles (`_roles_in_lead`): by the
    registry's names ("Sở Nội vụ chủ trì, Sở Y tế phối hợp"), else by its role words
    (`split_roles`). When neither names a body for each role, the cell as written (one
    line), to copy whole as the lead: split at its commas, a role word stayed inside a
    name ("Sở Tài chính chủ trì", offered as a registry entry, fix-a)."""
    lead, support = read_assignment(joined(row.lead[0]), directory)
    if not (lead and support):  # "Sở A, Sở B chủ trì; các sở, ngành phối hợp"
        lead, support = split_roles(row.lead[0], directory) or ([], [])
    if not (lead and support):
        return joined(row.lead[0])
    row.lead, row.support = lead, support
    return None


def _roles_in_lead(row: Row) -> bool:
    """One lead cell, no support cell, and the cell names both roles ("Sở Nội vụ chủ trì,
    Sở Y tế phối hợp", a merged cell over the two columns): one lead name offered as a
    registry entry was what the import wrote (clerk35)."""
    if len(row.lead) != 1 or row.support:
        return False
    folded = fold(nfc(row.lead[0]))
    return bool(_CHU_TRI.search(folded)) and "phoi hop" in folded


# A clause of a merged lead cell closed by its role word ("Sở A, Sở B chủ trì", "các sở,
# ngành (phối hợp)") or opened by it ("Chủ trì: Sở A", "phối hợp với các sở, ngành"), folded.
_CLOSED_BY_ROLE = re.compile(
    r"(?P<names>.*?\S)[\s(]+(?:(?P<lead>chu tri)|(?P<support>phoi hop))\)?"
)
_OPENED_BY_ROLE = re.compile(
    r"(?:(?P<lead>chu tri)|(?P<support>phoi hop)(?: voi| cung)?)[\s:]+(?P<names>\S.*)"
)


def split_roles(cell: str, directory: Names | None) -> tuple[list[str], list[str]] | None:
    """Lead and support of a lead cell merged over the Chủ trì | Phối hợp columns whose
    clauses (apart by ";", lines or bullets) each say one role, closing or opening a list
    of bodies joined by "," / "và": "Sở Nội vụ, Sở Tài chính chủ trì; các sở, ngành phối
    hợp" (clerk35, an HTML table). None when a clause says anything else ("Sở A chủ trì,
    phối hợp các ngành", "các sở chủ trì theo chức năng"): the cell is then copied whole,
    since split at its commas a role word ended inside a name ("Sở Tài chính chủ trì")."""
    roles: dict[str, list[str]] = {LEAD: [], SUPPORT: []}
    for clause in _clauses(cell, directory):
        text = nfc(clause)
        folded = fold(text)
        found = _CLOSED_BY_ROLE.fullmatch(folded) or _OPENED_BY_ROLE.fullmatch(folded)
        if found is None or _ROLE_WORD.search(found.group("names")):
            return None
        names = text[found.start("names") : found.end("names")]
        roles[LEAD if found.group("lead") else SUPPORT].extend(split_names(names, directory))
    return roles[LEAD], roles[SUPPORT]


def _unmarked_leads(cell: str, leads: list[str]) -> bool:
    """Several leads named before one "phối hợp" of a clause, in a cell that says no
    "chủ trì" ("Sở A, Sở B phối hợp với Sở C"); leads of clauses apart ("A phối hợp B;
    C khâu nối") each lead their own clause."""
    folded = fold(nfc(cell))
    if len(leads) < 2 or _CHU_TRI.search(folded):
        return False
    names = [fold(nfc(lead)) for lead in leads]
    for clause in re.split(r"[;\n]|(?:^|\s)[-+•]\s", folded):
        at = clause.find("phoi hop")
        if at > 0 and sum(0 <= clause.find(name) < at for name in names) > 1:
            return True
    return False


_CHU_TRI = re.compile(r"\bchu tri\b")


def _flatten(row: Row) -> None:
    """Paragraphs of a text cell on one line, as plan files write them (`joined`). The
    deadline keeps its line breaks: it is copied as printed ("Thời gian:\nQuý II/2026"),
    and the grammar reads a break as the space it stands for."""
    row.title = joined(row.title)
    for name in ("assignment", "deliverable", "size", "notes"):
        if value := getattr(row, name):
            setattr(row, name, joined(value))


# A line that ends a sentence or a clause, or opens what follows: a space joins it.
_CLOSED = re.compile(r"[.,:;!?…\-–(/]$")
# Words a sentence cannot end on: a line ending on one runs on into the next.
_LINKS = frozenset((
    "với", "của", "và", "cho", "tại", "các", "ở", "về", "theo", "trong", "trên", "đến", "từ",
    "những", "là", "được", "bởi", "do", "để", "hoặc", "hay", "cùng", "thuộc", "giữa", "gồm",
    "như", "tới", "vào", "sang",
))  # fmt: skip


def joined(text: str) -> str:
    """The paragraphs of one cell on one line. A paragraph closed by its punctuation
    ("Thời gian:", "…;") is followed by a space; a heading left open, with the next
    paragraph starting a sentence of its own ("Triển khai công tác bầu cử ở tỉnh" over
    "Triệu tập đủ thành phần …", Phú Thọ's election timetable, 2021), by ". ": run on with a
    space it read as one sentence, "… ở tỉnh Triệu tập …". A bullet or a lower-case word
    continues the line, and so does a line left on a word that needs its next ("phối hợp
    với" over "Sở Tài chính": a sentence broken before a name)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    out = lines[:1]
    for line in lines[1:]:
        open_end = not _CLOSED.search(out[-1]) and out[-1].split()[-1].lower() not in _LINKS
        heading_over_sentence = open_end and line[:1].isupper()
        out.append((". " if heading_over_sentence else " ") + line)
    return "".join(out)


def split_names(cell: str, directory: Names | None) -> list[str]:
    """The agencies of a chủ trì / phối hợp cell: split on line breaks, ";", bullets,
    and on "," and "và" only where the pieces are registry names (so "UBND các huyện,
    thành phố, thị xã" stays one name)."""
    names: list[str] = []
    for piece in _clauses(cell, directory):
        names.extend(_split_piece(piece, directory))
    return list(dict.fromkeys(names))


def _clauses(text: str, directory: Names | None = None) -> list[str]:
    """Lines, ";"-parts and bullets of a cell, each stripped of its punctuation. A dash
    inside a line is part of a name ("Sở Lao động - Thương binh và Xã hội", "Phòng Văn
    hóa - Xã hội": Vietnamese names hold one) unless the line is a list run together
    ("- Sở Tài chính - Sở Nội vụ": it starts with a bullet), and even there the pieces
    that make a registry name together stay one; "•" and "+" are always bullets."""
    clauses: list[str] = []
    for raw in re.split(r"\n|;", text):
        bullet = re.match(r"[-–•+]\s+", raw.strip())
        line = raw.strip()[bullet.end() :] if bullet else raw.strip()
        for part in re.split(r"\s[•+]\s+", line):
            pieces = re.split(r"(\s[-–]\s+)", part) if bullet else [part]
            clauses.extend(_dashed_names(pieces, directory))
    return [c.strip(" .,:") for c in clauses if c.strip(" .,:")]


def _dashed_names(pieces: list[str], directory: Names | None) -> list[str]:
    """Pieces split at dashes (the dashes kept at odd places), the neighbours that make a
    registry name together joined again as printed: "Sở Lao động", " - ", "Thương binh
    và Xã hội" is one name."""
    texts, names, i = pieces[::2], [], 0
    while i < len(texts):
        j = next(
            (
                j
                for j in range(len(texts), i + 1, -1)
                if directory is not None
                and directory.resolve("".join(pieces[2 * i : 2 * j - 1])) is not None
            ),
            i + 1,
        )
        names.append("".join(pieces[2 * i : 2 * j - 1]))
        i = j
    return names


def _split_piece(piece: str, directory: Names | None) -> list[str]:
    if directory is None or directory.resolve(piece) is not None:
        return [_capital(piece)]
    fragments = [f.strip() for f in re.split(r",|\bvà\b", piece) if f.strip()]
    names: list[str] = []
    i = 0
    found_any = False
    while i < len(fragments):
        for j in range(len(fragments), i, -1):
            candidate = _rejoin(piece, fragments[i:j])
            if directory.resolve(candidate) is not None:
                names.append(_capital(candidate))
                found_any, i = True, j
                break
        else:
            names.append(fragments[i])
            i += 1
    return names if found_any else [_capital(piece)]


def _rejoin(piece: str, fragments: Sequence[str]) -> str:
    """The original text from the first fragment to the last (separators as printed)."""
    start = piece.find(fragments[0])
    end = piece.find(fragments[-1], start) + len(fragments[-1])
    return piece[start:end]


def _capital(name: str) -> str:
    return name[:1].upper() + name[1:] if name else name


def read_assignment(text: str, directory: Names | None) -> tuple[list[str], list[str]]:
    """Lead and support from a "Phân công thực hiện" cell. A role word gives its role to
    the names it opens ("phối hợp với Sở B", "Chủ trì: Sở A") or, written after them, to
    the names it closes ("Sở A chủ trì, Sở B, Sở C phối hợp"; "Sở A (chủ trì), Sở B");
    other names before "phối hợp" lead, and a clause after ";" or a bullet starts again as
    lead, unless it only names agencies (it then goes on with the clause before). Once a
    lead is named by "chủ trì", the names no role word marks are not leads: read as
    leads, "Sở B, Sở C phối hợp" of "Sở A chủ trì, Sở B, Sở C phối hợp" were three leads,
    and "Sở B phối hợp, Sở A chủ trì" led by Sở B (fresh22). Names after "tham mưu",
    "trình", "báo cáo", "gửi" are who is served, not who works, and are left out."""
    roles: dict[str, list[str]] = {LEAD: [], SUPPORT: []}
    role = LEAD
    for clause in _clauses(text, directory):
        found = mentions(clause, directory)
        if not _only_names(clause, found):
            role = LEAD
        marked = _marked_roles(clause, found)
        for at, (_start, name) in enumerate(found):
            roles[marked.get(at) or (SUPPORT if _after_lead(marked, at) else role)].append(name)
        if marked:  # a clause that only names agencies goes on as a marked one ended
            role = SUPPORT
    lead = list(dict.fromkeys(roles[LEAD]))
    return lead, [s for s in dict.fromkeys(roles[SUPPORT]) if s not in lead]


LEAD, SUPPORT = "lead", "support"
# A role word of a "Phân công" cell, folded: "chủ trì", "phối hợp (với)".
_ROLE_WORD = re.compile(r"\b(?:(?P<lead>chu tri)|(?P<support>phoi hop)(?: voi| cung)?)\b")
_OPENS = re.compile(r"[\s:]*")  # between a role word and the first name it gives a role
_CLOSES = re.compile(r"[\s(]*")  # between the last name and the role word that follows


def _marked_roles(clause: str, found: list[tuple[int, str]]) -> dict[int, str]:
    """The role each name of `clause` (by its place in `found`) is given by a role word:
    the names a word opens up to the next word, or those it closes back to the previous
    one. A "phối hợp" that does neither ("… địa bàn phối hợp cung cấp") gives the names
    after it their role, as it always did; a "chủ trì" that does neither, none."""
    folded = fold(nfc(clause))
    ends = [start + len(name) for start, name in found]
    inside = [range(start, end) for (start, _), end in zip(found, ends, strict=True)]
    # a role word inside a name ("Tổ phối hợp liên ngành …") gives no role
    words = [w for w in _ROLE_WORD.finditer(folded) if not any(w.start() in r for r in inside)]
    marked: dict[int, str] = {}
    for w, word in enumerate(words):
        kind = LEAD if word.group("lead") else SUPPORT
        stop = words[w + 1].start() if w + 1 < len(words) else len(folded)
        since = words[w - 1].end() if w else 0
        after = [i for i, (start, _) in enumerate(found) if word.end() <= start < stop]
        before = [
            i for i, (start, _) in enumerate(found) if since <= start and ends[i] <= word.start()
        ]
        opens = after and _OPENS.fullmatch(folded[word.end() : found[after[0]][0]])
        closes = before and _CLOSES.fullmatch(folded[ends[before[-1]] : word.start()])
        if closes and not opens:
            marked |= {i: kind for i in before if i not in marked}
        elif opens or kind == SUPPORT:
            marked |= dict.fromkeys(after, kind)
    return marked


def _after_lead(marked: dict[int, str], at: int) -> bool:
    """Whether a name "chủ trì" closed comes before name `at`: the lead is named."""
    return any(role == LEAD and i < at for i, role in marked.items())


def _only_names(clause: str, found: list[tuple[int, str]]) -> bool:
    rest = fold(clause)
    for _, name in found:
        rest = rest.replace(fold(name), " ", 1)
    return bool(found) and not re.sub(r"[^a-z0-9]+", "", rest)


def mentions(clause: str, directory: Names | None) -> list[tuple[int, str]]:
    """Registry names inside free text, longest first, as printed (first letter capital),
    with their offset; none past a word that starts whom the work is for."""
    if directory is None:
        return []
    folded = fold(nfc(clause))
    stop = min(
        (m.start() for w in SERVED if (m := re.search(rf"\b{w}\b", folded))), default=len(folded)
    )
    words = [(m.start(), m.end()) for m in re.finditer(r"[a-z0-9]+", folded[:stop])]
    found: list[tuple[int, str]] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + 12), i, -1):
            text = nfc(clause)[words[i][0] : words[j - 1][1]]
            if directory.resolve(text) is not None and not _qualifies(folded, words, i, j):
                found.append((words[i][0], _capital(text)))
                i = j
                break
        else:
            i += 1
    return found


def _qualifies(folded: str, words: list[tuple[int, int]], i: int, j: int) -> bool:
    """Whether words i..j are a bare level ("cấp tỉnh", "các cấp") closing the name before
    it: "các sở, ban, ngành cấp tỉnh" (KH 348, Phụ lục 1, row 1) names no body "Cấp tỉnh".
    After "và", "với"… or a separator the level is a name of its own ("cấp huyện và cấp xã")."""
    level = folded[words[i][0] : words[j - 1][1]]
    if not BARE_LEVEL.match(level) or i == 0:
        return False
    before = folded[words[i - 1][0] : words[i - 1][1]]
    return folded[words[i - 1][1] : words[i][0]].isspace() and before not in JOINING


# --- the document's header --------------------------------------------------------------

NUMBER = re.compile(r"\bS[ốo]\s*(?:[:.]|ký hiệu)?\s*:?\s*(\d{1,5}\s*/\s*[A-ZĐ][A-ZĐa-z0-9\-]*)")
APPENDIX_OF = re.compile(
    r"K[èe]m theo\s+(?P<kind>[^\s]+(?: [^\s]+)?)\s+s[ốo]\s*(?P<number>\d{1,5})\s*/\s*"
    r"(?P<code>[A-ZĐ][A-ZĐ0-9\-]*)\s+ng[àa]y\s+(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})\s*/\s*(?P<year>\d{4})",
    re.IGNORECASE,
)
DATE_LINE = re.compile(
    r"ng[àa]y\s+(\d{1,2})\s+th[áa]ng\s+(\d{1,2})\s+n[ăa]m\s+(\d{4})", re.IGNORECASE
)
# The kind (tên loại) printed alone on its line above the trích yếu (Nghị định 30/2020/NĐ-CP,
# Phụ lục I): the kinds that give tasks with deadlines.
KINDS = (
    "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "CHƯƠNG TRÌNH", "HƯỚNG DẪN", "NGHỊ QUYẾT", "THÔNG BÁO",
    "CÔNG ĐIỆN", "PHƯƠNG ÁN", "ĐỀ ÁN", "QUY CHẾ", "QUY ĐỊNH", "BÁO CÁO",
)  # fmt: skip
# A công văn prints no kind: its trích yếu follows "V/v" under its number (Phụ lục I).
ABOUT = re.compile(r"^V\s*/\s*v\b\s*:?\s*(?P<title>\S.*)$", re.IGNORECASE)


def read_header(lines: Sequence[str]) -> Header:
    """Số/ký hiệu, ngày ban hành, cơ quan ban hành, loại và trích yếu from the lines
    above the first table, as a Vietnamese administrative document prints them (Nghị
    định 30/2020/NĐ-CP, Phụ lục I: số và ký hiệu, địa danh và thời gian, tên loại và
    trích yếu). Only what is there is taken."""
    header = Header()
    for index, line in enumerate(lines):
        if header.number is None and (m := NUMBER.search(line)):
            header.number = re.sub(r"\s+", "", m.group(1))
        if header.issued is None and (m := DATE_LINE.search(line)):
            header.issued = _day(m.group(3), m.group(2), m.group(1))
        if m := APPENDIX_OF.search(line):
            header.number = header.number or f"{m['number']}/{m['code']}"
            header.issued = header.issued or _day(m["year"], m["month"], m["day"])
        if header.kind is None and line.strip().upper() in KINDS:
            header.kind = line.strip().capitalize()
            # The trích yếu is the paragraph right under the kind.
            header.title = lines[index + 1] if index + 1 < len(lines) else None
        elif header.kind is None and (m := ABOUT.match(line.strip())):
            header.kind, header.title = "Công văn", m["title"]
    if header.kind is None:
        header.kind, header.title = _kind_and_title(lines)
    if lines and lines[0].isupper() and not lines[0].startswith("CỘNG HÒA"):
        header.issuer = _issuer(lines[0])
    return header


def _kind_and_title(lines: Sequence[str]) -> tuple[str | None, str | None]:
    """The kind and the trích yếu printed on one line, the document's first line that starts
    with a kind: "CHƯƠNG TRÌNH THỰC HÀNH TIẾT KIỆM … NĂM 2026", "Kế hoạch triển khai công
    tác bầu cử …" (a page's copy, where the kind's own line is lost). Not a reference to
    another document ("Kế hoạch số 45/KH-UBND …") nor a sentence of the body (it ends with a
    period: "Quyết định này có hiệu lực …")."""
    for line in lines:
        text = " ".join(line.split())
        for kind in KINDS:
            head, rest = text[: len(kind)], text[len(kind) :]
            if head.upper() != kind or not rest.startswith(" "):
                continue
            rest = rest.strip(" :.-–")
            if rest and not re.match(r"(?i)s[ốo]\b", rest) and not text.endswith("."):
                return kind.capitalize(), rest[0].upper() + rest[1:]
    return None, None


def _issuer(line: str) -> str:
    """ "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" -> "Ủy ban nhân dân tỉnh Nghệ An"; the unit's kind
    may be two words ("THÀNH PHỐ HỒ CHÍ MINH" -> "thành phố Hồ Chí Minh", never "thành
    Phố Hồ Chí Minh"; "ĐẶC KHU")."""
    words = line.split()
    if words[:4] != ["ỦY", "BAN", "NHÂN", "DÂN"]:
        return line.strip()
    for kind in (["THÀNH", "PHỐ"], ["ĐẶC", "KHU"], ["TỈNH"], ["XÃ"], ["PHƯỜNG"]):
        if words[4 : 4 + len(kind)] == kind:
            place = " ".join(w.capitalize() for w in words[4 + len(kind) :])
            return f"Ủy ban nhân dân {' '.join(kind).lower()} {place}".strip()
    return line.strip()


def _day(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None
