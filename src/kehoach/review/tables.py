"""Tables read out of the documents plans arrive in: Word, Excel, and pasted text.

A plan's appendix is a table (TT / Nội dung / Chủ trì / Phối hợp / Thời hạn / Sản phẩm).
This module only gets the cells out, in order, with what the layout says about them: a
cell merged with the one above (Word's `vMerge`, Excel's merged range, HTML `rowspan`)
and the paragraphs printed just before the table (its caption, e.g. "Phụ lục 1").
Which column means what is `importer`'s business.

Readers: `.docx` (python-docx), `.xlsx` (openpyxl), `.html`/`.htm`, `.md`, `.tsv`, `.csv`,
`.txt` and standard input (HTML, a Markdown table, tab- or comma-separated text, sniffed).
Every refusal is a `TableError` with one line a clerk can act on; nothing here writes.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from kehoach.base.text import (
    BIDI,
    CONTROL,
    LEGACY_HINT,
    control_name,
    cut,
    legacy_vietnamese,
    megabytes,
    one_line,
    squash,
)
from kehoach.review.numberformat import shown_date

MAX_BYTES = 20 * 1024 * 1024  # a plan's Word file is well under 1 MB; 20 MB is generous
MAX_UNPACKED = 200 * 1024 * 1024  # a .docx/.xlsx is a zip: refuse one that unpacks huge
MAX_CELLS = 200_000
# The way out of a file or a table over the caps: only the task table is needed.
_SMALLER = (
    ": chỉ cần bảng nhiệm vụ: chép bảng sang một tệp Word hay Excel mới (không kèm hình ảnh, "
    "phụ lục khác), hoặc dán bảng vào một tệp .tsv, rồi nhập tệp đó"
)
_SPLIT = (
    ": chỉ cần bảng nhiệm vụ: chép riêng bảng đó (hoặc từng phần của bảng) sang một tệp mới "
    "rồi nhập từng tệp"
)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc/.xls, and encrypted OOXML files
ZIP_MAGIC = b"PK\x03\x04"


class TableError(Exception):
    """A document that cannot be read as tables; the message says what to do."""


@dataclass(frozen=True)
class Cell:
    """One cell's text (paragraphs joined by a line break) and whether it is the lower
    part of a cell merged with the one above it. Such a part holds the upper cell's
    text, in every reader, as python-docx gives it for Word: a lead or a deadline merged
    over the rows of several tasks is each task's."""

    text: str
    merged_above: bool = False


@dataclass
class Table:
    """The rows of one table and the lines printed above it (nearest last)."""

    rows: list[list[Cell]]
    before: list[str] = field(default_factory=list)
    # Each row's number as the clerk finds it in the source: the sheet's row in Excel, the
    # table's row in Word or HTML (its header is row 1), the line of a pasted text.
    numbers: list[int] = field(default_factory=list)
    sheet: str | None = None  # an Excel sheet's name: cells are then named "ô C7"

    def where(self, index: int, column: int | None = None) -> str:
        """ "dòng 7, cột 2", or in a sheet "trang tính “Sheet1”, ô B7": row `index` of
        `rows` (0-based), column `column` (0-based) when given."""
        row = self.numbers[index] if index < len(self.numbers) else index + 1
        if self.sheet is None:
            return f"dòng {row}" + (f", cột {column + 1}" if column is not None else "")
        cell = f"ô {_letters(column + 1)}{row}" if column is not None else f"dòng {row}"
        return f"trang tính “{one_line(self.sheet)}”, {cell}"


def _letters(column: int) -> str:
    """Excel's name of a 1-based column: 1 -> A, 27 -> AA."""
    name = ""
    while column:
        column, rest = divmod(column - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


@dataclass
class Document:
    """Every table of a document and the paragraphs before the first one (its header)."""

    tables: list[Table]
    header: list[str] = field(default_factory=list)


def read_document(raw: bytes, name: str) -> Document:
    """The tables of `raw`, a file called `name` ("-" for standard input)."""
    if len(raw) > MAX_BYTES:
        size = megabytes(len(raw), MAX_BYTES)
        raise TableError(f"tệp quá lớn ({size} MB; tối đa {MAX_BYTES // 2**20} MB){_SMALLER}")
    suffix = Path(name).suffix.lower()
    if raw.startswith(OLE_MAGIC):
        raise TableError(_ole_message(suffix))
    if suffix in {".doc", ".xls", ".pdf", ".odt", ".rtf"}:
        raise TableError(_other_format(suffix))
    if suffix == ".docx":
        document = _read_docx(raw)
    elif suffix in {".xlsx", ".xlsm"}:
        document = _read_xlsx(raw)
    else:
        document = read_text(_decode(raw))
    _refuse_controls(document)
    return document


def _refuse_controls(document: Document) -> None:
    """Refuse a document holding a control character (an ANSI colour code "\\x1b[31m"
    copied from a terminal, a NUL, BEL) or an invisible bidirectional control, as
    `validate` refuses them in a plan file: removing the ESC alone would leave "[31m" in
    a title, and nothing tells which characters around it belong to the sequence. The
    message names the table, the row and the column, and shows the cell's text."""
    for index, line in enumerate(document.header, start=1):
        _no_control(line, f"đoạn {index} phần đầu văn bản")
    for number, table in enumerate(document.tables, start=1):
        label = "" if table.sheet is not None else f"bảng {number}, "
        for line in table.before:
            _no_control(line, f"{label}phần chữ trước bảng")
        for index, row in enumerate(table.rows):
            for column, cell in enumerate(row):
                _no_control(cell.text, label + table.where(index, column))


def _no_control(text: str, where: str) -> None:
    found = CONTROL.search(text) or BIDI.search(text)
    if found is None:
        return
    char = found.group()
    what = (
        f"ký tự điều khiển {control_name(char)}"
        if CONTROL.match(char)
        else f"ký tự định hướng chữ {control_name(char)} (vô hình, đảo thứ tự chữ hiển thị)"
    )
    raise TableError(
        f"{where} (“{cut(one_line(text), 60)}”): {what} không được phép trong tệp kế hoạch; "
        "hãy xóa nó trong tệp nguồn rồi nhập lại"
    )


def _ole_message(suffix: str) -> str:
    if suffix in {".docx", ".xlsx"}:
        return "tệp được đặt mật khẩu (mã hóa): hãy mở tệp, bỏ mật khẩu, lưu lại rồi nhập"
    return "tệp Word/Excel đời cũ (.doc/.xls): hãy mở và lưu thành .docx hoặc .xlsx rồi nhập"


def _other_format(suffix: str) -> str:
    if suffix in {".doc", ".xls"}:
        return _ole_message(suffix)
    return (
        f"chưa đọc được tệp {suffix}: hãy mở và lưu thành .docx, hoặc chép bảng "
        "(từ trình duyệt hay Word) rồi dán vào một tệp .html, .tsv hoặc qua stdin"
    )


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        hint = LEGACY_HINT if legacy_vietnamese(raw) else "hãy lưu lại với mã UTF-8"
        raise TableError(f"văn bản không phải UTF-8: {hint}") from None


def clean(text: str) -> str:
    """Cell text as printed: blanks within a line made single, lines kept (CR, VT, FF
    and the other line separators read as line breaks), NFC."""
    import unicodedata

    lines = (re.sub(r"[ \t\u00a0\u2007\u202f]+", " ", line).strip() for line in text.splitlines())
    joined = "\n".join(line for line in lines if line)
    # Any other control character stays, for `_refuse_controls` to name where it is.
    return unicodedata.normalize("NFC", joined)


# --- Word -------------------------------------------------------------------------------


def _check_zip(raw: bytes, kind: str) -> zipfile.ZipFile:
    if not raw.startswith(ZIP_MAGIC):
        raise TableError(f"tệp {kind} hỏng (không phải tệp Office Open XML)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise TableError(f"tệp {kind} hỏng: không mở được") from None
    if unpacked > MAX_UNPACKED:
        raise TableError(
            f"tệp {kind} giải nén quá lớn ({unpacked / 2**20:.0f} MB; tối đa "
            f"{MAX_UNPACKED // 2**20} MB){_SMALLER}"
        )
    return archive


def _read_docx(raw: bytes) -> Document:
    _check_zip(raw, ".docx")
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise TableError(f"tệp .docx hỏng: {type(error).__name__}") from None
    except Exception as error:  # lxml raises its own errors on broken XML
        raise TableError(f"tệp .docx hỏng: {type(error).__name__}") from None
    return _walk_docx(word)


def _walk_docx(word: Any) -> Document:
    from docx.table import Table as WordTable
    from docx.text.paragraph import Paragraph

    document = Document(tables=[])
    lines: list[str] = []
    for block in word.iter_inner_content():
        if isinstance(block, Paragraph):
            if text := clean(block.text):
                lines.append(text)
        elif isinstance(block, WordTable):
            rows = _word_rows(block)
            if not document.tables and _is_letterhead(rows):
                lines += [line for row in rows for cell in row for line in cell.text.split("\n")]
                continue
            if not document.tables:
                document.header = list(lines)
            document.tables.append(Table(rows, before=lines[-6:]))
            lines = []
    return document


# The national title every administrative document prints at its head (Nghị định
# 30/2020/NĐ-CP, Phụ lục I), spelled "HÒA" or "HOÀ".
NATIONAL_TITLE = "cong hoa xa hoi chu nghia viet nam"


def _is_letterhead(rows: list[list[Cell]]) -> bool:
    """A Word table laying out the document's head side by side (the issuer and its
    number on the left, the national title and the place and date on the right), as
    most documents are typed: its lines are the header's, not a table of tasks."""
    return len(rows) <= 4 and any(NATIONAL_TITLE in squash(c.text) for r in rows for c in r)


def _word_rows(table: Any) -> list[list[Cell]]:
    """Rows of a Word table, one `Cell` per grid column. A cell spanning columns
    (`gridSpan`) is given once, in its first column; one merged with the cell above
    (`vMerge`) is marked so, as python-docx returns the upper cell's text for it."""
    rows: list[list[Cell]] = []
    above: list[Any] = []
    seen = 0
    for row in table.rows:
        cells: list[Cell] = []
        seen_tcs: list[Any] = []
        for column, cell in enumerate(row.cells):
            spanned = bool(seen_tcs) and cell._tc is seen_tcs[-1]
            merged = column < len(above) and cell._tc is above[column]
            seen_tcs.append(cell._tc)
            text = "" if spanned else clean("\n".join(p.text for p in cell.paragraphs))
            cells.append(Cell(text, merged_above=merged and not spanned))
        above = seen_tcs
        rows.append(cells)
        seen = _count(rows, seen)
    return rows


def _count(rows: list[list[Cell]], seen: int | None = None) -> int:
    """The cells of `rows` (`seen` so far plus the last row's, when given: a running count,
    as summing every row again at each row made a 30,000-row table quadratic); raises
    `TableError` over `MAX_CELLS`."""
    total = sum(len(r) for r in rows) if seen is None else seen + len(rows[-1])
    if total > MAX_CELLS:
        raise TableError(f"bảng quá lớn (hơn {MAX_CELLS} ô){_SPLIT}")
    return total


# --- Excel ------------------------------------------------------------------------------


def _read_xlsx(raw: bytes) -> Document:
    _check_zip(raw, ".xlsx")
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), data_only=True)
        formulas = (
            openpyxl.load_workbook(io.BytesIO(raw), data_only=False) if _has_formulas(raw) else book
        )
    except Exception as error:  # openpyxl raises many kinds on a broken workbook
        raise TableError(f"tệp .xlsx hỏng: {type(error).__name__}") from None
    _refuse_unsaved_results(book, formulas)
    _refuse_month_first_dates(book)
    tables = [_sheet_table(sheet) for sheet in book.worksheets]
    return Document(tables=[t for t in tables if t.rows])


# A formula element of a sheet's XML (<f>…</f>, <f t="shared" …/>, with any prefix).
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _has_formulas(raw: bytes) -> bool:
    """Whether a sheet of the workbook holds a formula: only then is it loaded a second
    time with its formulas (`_refuse_unsaved_results`); loading it twice was most of a
    large table's import."""
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        return any(_FORMULA.search(archive.read(name)) for name in sheets)


_NAMED_CELLS = 5  # unsaved formula cells named in the refusal; the rest are counted


def _refuse_unsaved_results(book: Any, formulas: Any) -> None:
    """Refuse a workbook holding a formula saved without its result.

    A spreadsheet program saves each formula's last result beside it; a file written by a
    script (or openpyxl itself) has none, and such a cell would read as empty: a deadline
    or a title lost without a word. Raises `TableError` naming the cells (sheet!A1) and
    the way out: open and save the file in Excel or LibreOffice, which stores the results.
    """
    unsaved = [
        f"{clean(written.title)}!{cell.coordinate}"
        for shown, written in zip(book.worksheets, formulas.worksheets, strict=True)
        for row in written.iter_rows()
        for cell in row
        if cell.data_type == "f" and shown[cell.coordinate].value is None
    ]
    if unsaved:
        named = ", ".join(unsaved[:_NAMED_CELLS])
        more = f" và {len(unsaved) - _NAMED_CELLS} ô khác" if len(unsaved) > _NAMED_CELLS else ""
        raise TableError(
            f"ô {named}{more} là công thức chưa lưu kết quả, nên đọc ra ô trống; "
            "mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi nhập lại"
        )


def _refuse_month_first_dates(book: Any) -> None:
    """Refuse a date cell whose sheet shows the month before the day ("m/d/yyyy", the US
    order) when the two could swap: stored 04/03/2026, shown "3/4/2026", which a reader of
    dd/mm takes for 03/04/2026. Either may be what the author meant (typed "3/4" in a US
    Excel meaning 3 April, it was stored as 4 March): one is a wrong date, so neither is
    chosen. Where they cannot swap (day above 12, or equal to the month) the stored date
    is the only reading and is imported, as dd/mm/yyyy. Excel's built-in short dates
    (numFmtId 14-22, shown in the reader's own order) are not month-first.
    Raises `TableError` naming the cells (sheet!A1) and the way out."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS

    in_reader_order = {BUILTIN_FORMATS[i] for i in range(14, 23)}
    swapped = [
        (clean(sheet.title), cell)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, datetime | date)
        and cell.number_format not in in_reader_order
        and _month_first(cell.number_format)
        and cell.value.day <= 12
        and cell.value.day != cell.value.month
    ]
    if not swapped:
        return
    title, cell = swapped[0]
    stored: date = cell.value
    named = ", ".join(f"{t}!{c.coordinate}" for t, c in swapped[:_NAMED_CELLS])
    more = f" và {len(swapped) - _NAMED_CELLS} ô khác" if len(swapped) > _NAMED_CELLS else ""
    which = "" if len(swapped) == 1 else f"{title}!{cell.coordinate} "
    raise TableError(
        f"ô {named}{more} hiện ngày theo thứ tự tháng/ngày (định dạng "
        f"'{clean(cell.number_format)}'): {which}lưu ngày "
        f"{stored.day:02d}/{stored.month:02d}/{stored.year}, đọc theo dd/mm lại là "
        f"{stored.month:02d}/{stored.day:02d}/{stored.year}; không đoán ngày nào đúng: đổi "
        "định dạng sang dd/mm/yyyy trong Excel hoặc LibreOffice, xem lại từng ngày theo "
        "văn bản, lưu rồi nhập lại"
    )


def _month_first(shown: str) -> bool:
    """Whether number format `shown` prints a date's month (as a number) before its day:
    "m/d/yyyy", "mm-dd", not "dd/mm/yyyy", "yyyy-mm-dd", "mmm d" (a month's name)."""
    written = _DATE_FORMAT_LITERALS.sub("", shown).lower()
    tokens = re.findall(r"y+|m+|d+|h+|s+", written)
    order = []
    for i, token in enumerate(tokens):
        after_hour = i > 0 and tokens[i - 1][0] == "h"
        before_second = i + 1 < len(tokens) and tokens[i + 1][0] == "s"
        if token[0] == "m" and (after_hour or before_second):
            continue  # minutes
        if token[0] in "md" and len(token) > 2:
            continue  # a month's or a weekday's name: no order to mistake
        if token[0] in "ymd":
            order.append(token[0])
    if "m" not in order or "d" not in order:
        return False
    year_first = "y" in order and order.index("y") < order.index("m")
    return order.index("m") < order.index("d") and not year_first


def _sheet_table(sheet: Any) -> Table:
    """A sheet's rows. A merged range keeps its value in its top-left cell only; each cell
    below its top row is marked merged and given the text of the range's top cell in its
    own column (the top-left's for the first column, none for a column it spans), as the
    Word reader gives them: "Sở Nội vụ" merged over three tasks' rows leads all three,
    where an empty cell made two of them "Không nêu cơ quan chủ trì"."""
    lower: dict[tuple[int, int], str] = {}
    for merged in sheet.merged_cells.ranges:
        top = [
            _excel_text(cell.value, cell.number_format)
            for cell in (
                sheet.cell(merged.min_row, col) for col in range(merged.min_col, merged.max_col + 1)
            )
        ]
        for row in range(merged.min_row + 1, merged.max_row + 1):
            lower.update(((row, merged.min_col + i), text) for i, text in enumerate(top))
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    seen = 0
    for r, row in enumerate(sheet.iter_rows(), start=1):
        cells = [
            Cell(lower[(r, c.column)], True)
            if (r, c.column) in lower
            else Cell(_excel_text(c.value, c.number_format))
            for c in row
        ]
        if any(c.text for c in cells):
            rows.append(cells)
            numbers.append(r)
            seen = _count(rows, seen)
    return Table(rows, before=[clean(sheet.title)], numbers=numbers, sheet=sheet.title)


def _excel_text(value: object, shown: str = "General") -> str:
    """A cell's value as the sheet shows it: a date through its number format `shown`
    (`numberformat.shown_date`: "Năm 2027", "03/2027", "15/03", "Từ ngày 30/04/2027", a whole
    day as dd/mm/yyyy, never ISO), never a day, month or year the sheet does not show."""
    if isinstance(value, datetime | date):
        return clean(shown_date(value, shown))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean("" if value is None else str(value))


# what a number format prints as written, not as a part of the date: "quoted", \\x, [colour]
_DATE_FORMAT_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


# --- pasted text ------------------------------------------------------------------------


def read_text(text: str) -> Document:
    """Tables in text: an HTML table, a Markdown table, or tab/comma-separated rows."""
    # CR alone ends lines too: Excel's "CSV (Macintosh)" writes it, and csv refused it
    text = re.sub(r"\r\n?", "\n", text)
    if re.search(r"<table\b", text, re.IGNORECASE):
        return _read_html(text)
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("|") for line in lines[:3]):
        return Document(tables=[Table(_markdown_rows(lines))])
    dialect = "excel-tab" if "\t" in text else "excel"
    reader = csv.reader(io.StringIO(text), dialect)
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    try:
        for record in reader:
            cells = [Cell(clean(c)) for c in record]
            if any(c.text for c in cells):
                rows.append(cells)
                numbers.append(reader.line_num)  # the line the record ends on
    except csv.Error as exc:  # above all, a cell over 128 KB (csv's field_size_limit)
        if "field limit" not in str(exc):
            raise TableError(
                f"dòng {reader.line_num}: không đọc được như bảng phân tách bằng tab hoặc dấu "
                "phẩy; hãy dán bảng từ Word, Excel hoặc trang web (HTML)"
            ) from None
        limit = f"{csv.field_size_limit():,}".replace(",", ".")  # 131.072, as Vietnamese write it
        raise TableError(
            f"dòng {reader.line_num}: một ô dài hơn {limit} ký tự, không phải ô của bảng "
            'nhiệm vụ; kiểm tra tệp (một dấu ngoặc kép " không đóng gộp cả phần sau vào '
            "một ô)"
        ) from None
    _count(rows)
    return Document(tables=[Table(rows, numbers=numbers)] if rows else [])


def _markdown_rows(lines: list[str]) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for line in lines:
        body = line.strip().removeprefix("|").removesuffix("|")
        cells = re.split(r"(?<!\\)\|", body)
        if all(re.fullmatch(r"\s*:?-{3,}:?\s*", c) for c in cells):
            continue  # the |---|---| line under the header
        rows.append([Cell(clean(c.replace("\\|", "|").replace("<br>", "\n"))) for c in cells])
    _count(rows)
    return rows


class _HtmlTables(HTMLParser):
    """Collects the tables of a page (what a browser copies from a provincial portal),
    with `rowspan` and `colspan` laid out on the grid."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[Table] = []
        self.text: list[str] = []  # text outside tables, for captions
        self._stack: list[dict[str, Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._stack.append({"rows": [], "pending": {}, "row": None, "cell": None})
        elif not self._stack:
            return
        elif tag == "tr":
            self._stack[-1]["row"] = []
        elif tag in {"td", "th"}:
            spans = {k: _span(v) for k, v in attrs if k in {"rowspan", "colspan"}}
            self._stack[-1]["cell"] = {"text": [], **spans}
        elif tag in {"br", "p", "div", "li"} and self._stack[-1]["cell"] is not None:
            self._stack[-1]["cell"]["text"].append("\n")

    def handle_endtag(self, tag: str) -> None:
        if not self._stack:
            return
        top = self._stack[-1]
        if tag in {"td", "th"} and top["cell"] is not None and top["row"] is not None:
            top["row"].append(top["cell"])
            top["cell"] = None
        elif tag == "tr" and top["row"] is not None:
            top["rows"].append(_lay_out(top["row"], top["pending"]))
            top["row"] = None
            top["cells"] = _count(top["rows"], top.get("cells", 0))
        elif tag == "table":
            done = self._stack.pop()
            before = [line for line in "".join(self.text).splitlines() if line.strip()]
            self.tables.append(Table(done["rows"], before=[clean(b) for b in before[-6:]]))
            self.text = []

    def handle_data(self, data: str) -> None:
        if self._stack and self._stack[-1]["cell"] is not None:
            self._stack[-1]["cell"]["text"].append(data)
        elif not self._stack:
            self.text.append(data)


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), 1000))
    except ValueError:
        return 1


def _lay_out(row: list[dict[str, Any]], pending: dict[int, tuple[int, str]]) -> list[Cell]:
    """One HTML row on the grid: cells still spanning from rows above come first in
    their columns, marked as merged with the cell above and holding its text (`Cell`)."""
    cells: list[Cell] = []
    column = 0
    queue = list(row)
    while queue or any(col >= column for col in pending):
        if column in pending:
            left, text = pending[column]
            cells.append(Cell(text, merged_above=True))
            if left <= 1:
                del pending[column]
            else:
                pending[column] = (left - 1, text)
            column += 1
            continue
        if not queue:
            break
        cell = queue.pop(0)
        text = clean("".join(cell["text"]))
        for offset in range(cell.get("colspan", 1)):
            cells.append(Cell(text if offset == 0 else ""))
            if cell.get("rowspan", 1) > 1:
                pending[column] = (cell["rowspan"] - 1, text if offset == 0 else "")
            column += 1
    return cells


def _read_html(text: str) -> Document:
    parser = _HtmlTables()
    parser.feed(text)
    parser.close()
    return Document(tables=[t for t in parser.tables if t.rows])
