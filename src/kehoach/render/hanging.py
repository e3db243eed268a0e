"""Long lines of the line-per-change reports (`diff`, `log`, `deadline`) broken for a
terminal narrower than them: between words, each line after the first hanging under its
text, and a word longer than a line folded between graphemes, never inside one.

Left to the terminal, a line of 120 cells in 40 columns was cut every 40 cells: inside
"ngày", at the column start where the next line's indentation should be, and, where a
plan's file writes Vietnamese decomposed (NFD: "ạ" as "a" + U+0323), between a letter and
its mark. Only a terminal's output is broken: a pipe, a file or a script reads each change
on one line, as before.
"""

from __future__ import annotations

import re

from kehoach.base.text import clusters

_TOKEN = re.compile(r"\s*\S+")
LEAST = 12  # cells a hanging line keeps for its text: less, and it hangs further left


def hang(text: str, width: int, column: int | None = None) -> str:
    """`text` with every line longer than `width` cells broken between words, the lines
    after the first indented to `column` (default: the line's own indentation and two
    more), or less when that leaves under LEAST cells."""
    return "".join(f"{line}\n" for raw in text.splitlines() for line in _lines(raw, width, column))


def _lines(line: str, width: int, column: int | None) -> list[str]:
    from rich.cells import cell_len

    if cell_len(line) <= width:
        return [line]
    indent = len(line) - len(line.lstrip(" "))
    at = indent + 2 if column is None else max(column, indent)
    under = " " * min(at, max(width - LEAST, 0))
    out = [line[:indent]]
    for token in _TOKEN.findall(line[indent:]):
        out = _place(out, token, width, under)
    return [piece.rstrip() for piece in out]


def _place(out: list[str], token: str, width: int, under: str) -> list[str]:
    """`token` (a word and the spaces before it, kept as written: a name padded to its
    value's column stays so) after the last line's text, else on a new line hanging at
    `under`; folded between graphemes when no line holds the word."""
    from rich.cells import cell_len

    word = token.lstrip()
    if cell_len(out[-1]) + cell_len(token) <= width:
        return [*out[:-1], out[-1] + token]
    if len(under) + cell_len(word) <= width:
        return [*out, under + word]
    out = [*out[:-1], out[-1] + token[: len(token) - len(word)]]
    for piece in clusters(word):
        if cell_len(out[-1]) + cell_len(piece) > width and out[-1].strip():
            out.append(under)
        out[-1] += piece
    return out
