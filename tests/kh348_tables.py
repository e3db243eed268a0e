"""Word and Excel fixtures made from KH 348's own appendix tables, as messy as real files.

The rows come from the transcribed source (`plans/sources/kh-348-2022-tong-ket-nq26.txt`,
tab-separated as printed, page break included); nothing is typed here but the layout:
Word's merged cells, a repeated header row, a row broken across a page, paragraphs.
"""

from __future__ import annotations

from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "plans" / "sources" / "kh-348-2022-tong-ket-nq26.txt"


def source_lines() -> list[str]:
    return SOURCE.read_text(encoding="utf-8").splitlines()


def appendix(number: int) -> tuple[list[str], list[list[str]]]:
    """The lines above appendix `number`'s table and its rows (cells as printed)."""
    lines = source_lines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"Phụ lục {number}:"))
    caption: list[str] = []
    rows: list[list[str]] = []
    for line in lines[start:]:
        if line.startswith("Phụ lục") and line != lines[start]:
            break
        if "\t" in line:
            rows.append(line.split("\t"))
        elif line.strip() and not rows:
            caption.append(line.strip())
    return caption, rows


def title_lines() -> list[str]:
    lines = [line for line in source_lines() if line.strip()]
    return lines[:2]  # "KẾ HOẠCH" and the title (trích yếu), as the source prints them


def write_docx(path: Path) -> Path:
    """KH 348's two appendix tables in a Word file, laid out as Word lays them out:
    task 2's second deadline in its own row with TT, content and assignment merged
    down (vMerge); the header row printed again after the page break; task 7 broken
    across that page; a cell of task 14 in two paragraphs."""
    import docx

    document = docx.Document()
    for line in title_lines():
        document.add_paragraph(line)
    for number in (1, 2):
        caption, rows = appendix(number)
        for line in caption:
            document.add_paragraph(line)
        _table(document, rows)
    document.save(str(path))
    return path


def _table(document: object, rows: list[list[str]]) -> None:
    width = len(rows[0])
    table = document.add_table(rows=0, cols=width)  # type: ignore[attr-defined]
    previous = None
    for printed in rows:
        cells = [*printed, *[""] * (width - len(printed))][:width]
        row = table.add_row()
        for index, text in enumerate(cells):
            parts = (
                text.split(" - ") if text.startswith("- ") and text.count(" - ") == 1 else [text]
            )
            row.cells[index].text = parts[0]
            for part in parts[1:]:
                row.cells[index].add_paragraph(f"- {part}")
        if previous is not None and not cells[0] and not cells[1]:  # a second deadline row
            for index in (0, 1, width - 1):
                previous.cells[index].merge(row.cells[index])
        previous = row
