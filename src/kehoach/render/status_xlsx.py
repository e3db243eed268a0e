"""`kehoach status --format xlsx`: the workbook a clerk hands on.

Two sheets: the deadlines (every item, in the order `status --all` lists them) and the
summary per lead agency. Vietnamese headers and bin names, dates as real dates shown
dd/mm/yyyy, a title row with the as-of day and the plans, the header row frozen and
filtered, widths that fit. The file is the same bytes for the same report (its
timestamps are the as-of day), so it can be committed or compared.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

from kehoach.base.text import nfc
from kehoach.render.labels import ITEM_HEADERS_VI, labels_for
from kehoach.render.status import (
    RenderOptions,
    _all_items,
    _state,
    summary_header,
    tally_cells,
)
from kehoach.reports.status import Bin, Item, Report

DAY_FORMAT = "dd/mm/yyyy"
MAX_WIDTH = 60  # characters; longer titles wrap inside the cell
VI_HEADERS = {  # the columns the CSV also has are named as `status --format csv --header vi` names them
    "plan": ITEM_HEADERS_VI["plan_id"],
    "number": ITEM_HEADERS_VI["plan_number"],
    "task": ITEM_HEADERS_VI["task_id"],
    "title": ITEM_HEADERS_VI["title"],
    "lead": ITEM_HEADERS_VI["lead"],
    "support": ITEM_HEADERS_VI["support"],
    "phrase": ITEM_HEADERS_VI["phrase"],
    "due": ITEM_HEADERS_VI["due"],
    "bin": ITEM_HEADERS_VI["bin"],
    "state": "Tình trạng",
    "completed": ITEM_HEADERS_VI["completed"],
    "sheet.items": "Thời hạn",
    "sheet.summary": "Tổng hợp",
    "heading": "Tình hình thực hiện tại ngày {day}",
    "plans": "Kế hoạch: {plans}",
}
EN_HEADERS = {
    "plan": "Plan",
    "number": "Number",
    "task": "No.",
    "title": "Task",
    "lead": "Lead",
    "support": "Support",
    "phrase": "Deadline (as written)",
    "due": "Due",
    "bin": "Bin",
    "state": "Status",
    "completed": "Completed",
    "sheet.items": "Deadlines",
    "sheet.summary": "Summary",
    "heading": "Progress as of {day}",
    "plans": "Plans: {plans}",
}
ITEM_COLUMNS = (
    "plan",
    "number",
    "task",
    "title",
    "lead",
    "support",
    "phrase",
    "due",
    "bin",
    "state",
    "completed",
)


def as_xlsx(report: Report, options: RenderOptions) -> bytes:
    """The report as an .xlsx workbook (bytes)."""
    from openpyxl import Workbook

    words = VI_HEADERS if options.lang == "vi" else EN_HEADERS
    book = Workbook()
    items = book.active
    assert items is not None
    items.title = words["sheet.items"]
    _fill_items(items, report, options, words)
    _fill_summary(book.create_sheet(words["sheet.summary"]), report, options, words)
    stamp = datetime(report.as_of.year, report.as_of.month, report.as_of.day)
    book.properties.created = book.properties.modified = stamp
    book.properties.creator = "kehoach"
    out = io.BytesIO()
    book.save(out)
    return _deterministic(out.getvalue(), stamp)


def _title_rows(sheet: Any, report: Report, words: dict[str, str]) -> None:
    from openpyxl.styles import Font

    plans = sorted({i.plan.number or i.plan.id for i in report.items})
    sheet.append([words["heading"].format(day=report.as_of.strftime("%d/%m/%Y"))])
    sheet.append([_clean(words["plans"].format(plans=", ".join(plans)))])
    sheet.cell(1, 1).font = Font(bold=True, size=13)


def _fill_items(sheet: Any, report: Report, options: RenderOptions, words: dict[str, str]) -> None:
    from openpyxl.styles import Alignment, Font

    labels = labels_for(options.lang)
    _title_rows(sheet, report, words)
    sheet.append([words[c] for c in ITEM_COLUMNS])
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for item in _all_items(report):
        sheet.append(_item_row(item, labels, report))
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            if isinstance(cell.value, date):
                cell.number_format = DAY_FORMAT
            elif cell.data_type == "f":  # a title starting with "=" is text, never a formula
                cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A4"
    sheet.auto_filter.ref = f"A3:{_column(len(ITEM_COLUMNS))}{max(sheet.max_row, 3)}"
    _fit(sheet, first_row=3)


def _item_row(item: Item, labels: dict[str, str], report: Report) -> list[object]:
    return [
        item.plan.id,
        item.plan.number or "",
        item.task.id,
        _clean(item.task.title),
        "; ".join(_clean(n) for n in report.shown(item, item.task.lead)),
        "; ".join(_clean(n) for n in report.shown(item, item.task.support)),
        _clean(item.slot.milestone.phrase),
        item.due,
        labels[f"bin.{item.bin}"] if item.bin is not Bin.DONE_UNDATED else labels["state.undated"],
        _state(item, labels),
        item.completed,
    ]


def _fill_summary(
    sheet: Any, report: Report, options: RenderOptions, words: dict[str, str]
) -> None:
    from openpyxl.styles import Font

    labels = labels_for(options.lang)
    _title_rows(sheet, report, words)
    header = summary_header(labels)
    sheet.append(header)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for name, tally in report.agencies:
        sheet.append(_numbers(tally_cells(_clean(name), tally), tally.on_time_rate))
    sheet.append(_numbers(tally_cells(labels["total"], report.total), report.total.on_time_rate))
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    rate_column = len(header)
    for row in sheet.iter_rows(min_row=4, min_col=rate_column, max_col=rate_column):
        row[0].number_format = "0%"
    sheet.freeze_panes = "B4"
    _fit(sheet, first_row=3)


def _numbers(cells: list[str], rate: float | None) -> list[object]:
    """Counts as numbers and the rate as a fraction, so Excel can sum and sort them."""
    values: list[object] = [cells[0], *(int(c) for c in cells[1:-1])]
    values.append(rate)
    return values


def _fit(sheet: Any, first_row: int) -> None:
    """Each column as wide as its longest cell from the header down, at most MAX_WIDTH."""
    widths: dict[int, int] = {}
    for row in sheet.iter_rows(min_row=first_row):
        for cell in row:
            text = (
                cell.value.strftime("%d/%m/%Y")
                if isinstance(cell.value, date)
                else str(cell.value or "")
            )
            longest = max((len(line) for line in text.splitlines()), default=0)
            widths[cell.column] = max(widths.get(cell.column, 0), longest)
    for column, width in widths.items():
        sheet.column_dimensions[_column(column)].width = min(max(width, 4), MAX_WIDTH) + 2


def _column(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def _clean(text: str) -> str:
    """NFC, and no control character: a cell is shown as typed, never interpreted."""
    return "".join(
        ch for ch in nfc(text) if ch == "\n" or not (ord(ch) < 32 or 127 <= ord(ch) < 160)
    )


def _deterministic(data: bytes, stamp: datetime) -> bytes:
    """The workbook with every zip entry, and the modification time openpyxl writes at
    saving, dated `stamp`: one report gives one file."""
    import re
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                when = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + when, content)
            target.writestr(fixed, content)
    return out.getvalue()
