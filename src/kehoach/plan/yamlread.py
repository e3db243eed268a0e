"""Read one YAML file safely, keeping the line and column of every key and item.

Plan files are untrusted input: a merge request may carry a YAML bomb, a Python-object
tag, duplicate keys, tabs or bytes that are not UTF-8. Each becomes a located `Finding`
and nothing is ever executed. Scalars are read our way, not PyYAML's: only plain
decimal integers, true/false and null are typed; everything else (dates, 3.10, yes/no)
stays the text the author wrote (in NFC), so the models decide how to read it.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kehoach.base.files import os_reason
from kehoach.base.findings import Finding, error, warning
from kehoach.base.text import (
    BIDI,
    CONTROL,
    LEGACY_HINT,
    control_name,
    legacy_vietnamese,
    megabytes,
    nfc,
    odd_line_ends,
)
from kehoach.plan.discovery import MAX_BYTES

MAX_DEPTH = 32  # plan files nest five levels deep
MAX_NODES = 200_000
# Nesting measured on the text before libyaml sees it: its composer recurses once per level
# in C (PyYAML 6.0.3 segfaults near 30,000 levels), so no parser version may meet a deep
# file. The measure over-counts (brackets in quotes, indentation), hence the wide margin
# over MAX_DEPTH, which the converter then applies exactly.
MAX_TEXT_NESTING = 1000
MAX_INT_DIGITS = 18  # a plain decimal integer beyond this stays text (no schema needs more)

Loc = tuple[str | int, ...]
Mark = tuple[int, int]  # 1-based line and column

_TAG = "tag:yaml.org,2002:"
# Only an ASCII decimal without leading zeros and of a sane length is an integer: Python's
# int() takes "²", "١" or 5,000 digits differently or not at all.
_DECIMAL = re.compile(rf"[-+]?(?:0|[1-9][0-9]{{0,{MAX_INT_DIGITS - 1}}})")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF8_BOM = b"\xef\xbb\xbf"
# What git leaves in a file after a merge it could not finish; YAML would report a
# puzzling syntax error a few lines further on.
_CONFLICT = re.compile(rb"^(<{7}|>{7})( |\r?$)", re.MULTILINE)


# The tags of the core schema a plan may carry, by node kind; any other is refused.
_SCALAR_KINDS = {
    f"{_TAG}{kind}": kind for kind in ("str", "int", "bool", "null", "float", "timestamp")
}
_STR, _INT, _BOOL, _NULL = (f"{_TAG}{kind}" for kind in ("str", "int", "bool", "null"))
_SEQ, _MAP = f"{_TAG}seq", f"{_TAG}map"
_NULL_TEXTS = frozenset(("", "~", "null", "Null", "NULL"))
_TRUE_FALSE = frozenset(("true", "True", "TRUE", "false", "False", "FALSE"))
# Plain scalars PyYAML's resolver gives a tag this reader refuses (YAML 1.1 merge key, value).
_REFUSED_PLAIN = {"<<": f"{_TAG}merge", "=": f"{_TAG}value"}


class _Loader(yaml.CSafeLoader):
    """libyaml's C parser and composer, with a resolver of our own for untagged nodes.

    PyYAML's resolver tries its YAML 1.1 regular expressions on every plain scalar (dates,
    sexagesimals, yes/no…) to name a type this reader then mostly ignores: every scalar
    stays text but null, true/false and a plain decimal integer (see `_Converter.scalar`).
    This one names only the tags whose reading differs, in the same cases PyYAML does:
    null, the six spellings of true/false, a decimal `_DECIMAL` takes, and the merge key
    `<<` and `=` (refused as tags). A third of the time of a cold read went to it."""

    def resolve(self, kind: type[yaml.Node], value: str | None, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if not implicit[0]:  # quoted, a block scalar, or the non-specific tag "!"
                return _STR
            assert value is not None
            if value in _NULL_TEXTS:
                return _NULL
            if value in _TRUE_FALSE:
                return _BOOL
            if _DECIMAL.fullmatch(value):
                return _INT
            return _REFUSED_PLAIN.get(value, _STR)
        return _SEQ if kind is yaml.SequenceNode else _MAP

    # Path resolvers (PyYAML's add_path_resolver) are not used: the composer calls these
    # for every node, and PyYAML's own versions only find that out.
    def descend_resolver(self, current_node: yaml.Node | None, current_index: object) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


@dataclass
class Located:
    """A YAML document as plain data, with the position of each mapping key and list item."""

    data: Any
    marks: dict[Loc, Mark] = field(default_factory=dict)

    def where(self, loc: Loc) -> Mark:
        """Position of `loc`, or of its nearest ancestor present in the file."""
        for end in range(len(loc), -1, -1):
            mark = self.marks.get(loc[:end])
            if mark is not None:
                return mark
        return (1, 1)


class _Refused(Exception):
    """Internal: stop converting the node tree and report these findings."""

    def __init__(self, *findings: Finding) -> None:
        self.findings = list(findings)


def read_yaml(path: Path, label: str | None = None) -> tuple[Located | None, list[Finding]]:
    """Read `path` as one YAML document; return it (or None) and what was wrong with it."""
    name = label or str(path)
    raw, problem = _read_bytes(path, name)
    if problem is not None:
        return None, [problem]
    assert raw is not None
    return parse_yaml(raw, name)


def parse_yaml(raw: bytes, name: str) -> tuple[Located | None, list[Finding]]:
    """Read `raw` (a file's bytes, from disk or from a git revision) as one YAML document."""
    problem = _too_large(len(raw), name) or _unusable(raw, name)
    if problem is not None:
        return None, [problem]
    findings: list[Finding] = []
    if raw.startswith(_UTF8_BOM):
        raw = raw[len(_UTF8_BOM) :]
        findings.append(
            warning(name, (1, 1), "bom", "tệp bắt đầu bằng BOM; hãy lưu UTF-8 không BOM")
        )
    text, problem = _decode(raw, name)
    if problem is not None:
        return None, [*findings, problem]
    assert text is not None
    findings += _bidi_controls(text, name) + _line_ends(text, name)
    if breaks := _unicode_line_breaks(text, name):
        return None, [*findings, *breaks]
    if (deep := _too_nested(text, name)) is not None:
        return None, [*findings, deep]
    try:
        located, kept = _convert(text, name)
        return located, [*findings, *kept]
    except _Refused as refused:
        return None, [*findings, *refused.findings]


def _bidi_controls(text: str, name: str) -> list[Finding]:
    """Each bidirectional control written raw in the file (BIDI), at its line and column."""
    found = []
    for match in BIDI.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        col = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        found.append(error(name, (line, col), "control-character", _bidi_message(match.group())))
    return found


# The line breaks YAML 1.1 knows besides CR and LF (§5.4), which libyaml obeys: NEL (what
# the "…" of Windows-1252, byte 0x85, becomes when read as Latin-1) and Unicode's line and
# paragraph separators (pasted from Word, a PDF or a web page). Raw, each ends a line for
# the parser but not for an editor, git or these findings: a title holding one was
# "thiếu dấu ':'" two lines below, every later finding one line off, and a quoted
# phrase silently got a space in its place.
_UNICODE_BREAKS = re.compile("[\x85\u2028\u2029]")
_BREAK_NAMES = {"\x85": "NEL", "\u2028": "LINE SEPARATOR", "\u2029": "PARAGRAPH SEPARATOR"}


def _unicode_line_breaks(text: str, name: str) -> list[Finding]:
    """Each NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR written raw, at its line and column
    (lines counted at LF, as editors count them)."""
    found = []
    for match in _UNICODE_BREAKS.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        col = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        char = match.group()
        message = (
            f"ký tự ngắt dòng {control_name(char)} ({_BREAK_NAMES[char]}, vô hình; thường do "
            "chép từ Word, PDF hoặc trang web) không được phép trong tệp kế hoạch: YAML đọc "
            "nó là xuống dòng; hãy thay bằng dấu cách"
        )
        found.append(error(name, (line, col), "control-character", message))
    return found


def _line_ends(text: str, name: str) -> list[Finding]:
    """A warning where lines stop ending one way (LF, or CRLF throughout): YAML reads a
    lone CR as a line break, git and the edit commands do not (they refuse the file)."""
    if (odd := odd_line_ends(text)) is None:
        return []
    line, why = odd
    message = (
        f"{why}: các lệnh sửa (reschedule, done, assign) sẽ từ chối tệp; "
        f"chạy `kehoach fmt {name}` để đưa về một kiểu xuống dòng (LF)"
    )
    return [warning(name, (line, 1), "line-ends", message)]


def _bidi_message(char: str) -> str:
    return (
        f"ký tự định hướng chữ {control_name(char)} (vô hình, đảo thứ tự chữ hiển thị) "
        "không được phép trong tệp kế hoạch: hãy xóa nó"
    )


def _read_bytes(path: Path, name: str) -> tuple[bytes | None, Finding | None]:
    """At most MAX_BYTES + 1 bytes of a regular file. `stat` says 0 bytes for a device or a
    pipe (/dev/zero never ends, a FIFO blocks), so anything else is refused before it is
    opened, and the cap counts the bytes actually read, not the size `stat` promised."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            message = "không phải một tệp thường (thiết bị, FIFO, socket…): không đọc"
            return None, error(name, (1, 1), "not-a-file", message)
        if problem := _too_large(info.st_size, name):  # before reading a huge file
            return None, problem
        with path.open("rb") as file:
            raw = file.read(MAX_BYTES + 1)
    except OSError as exc:
        return None, error(name, (1, 1), "io", f"không đọc được tệp: {os_reason(exc)}")
    problem = _too_large(len(raw), name, at_least=True)  # it grew since `stat`
    return (None, problem) if problem else (raw, None)


# What to do with a file over the cap: a real plan is tens of KB (discovery.MAX_BYTES).
TOO_LARGE_WAY_OUT = (
    ": một tệp kế hoạch thật chỉ vài chục KB, nên đây có lẽ không phải tệp kế hoạch (dữ liệu, "
    "bản xuất, tệp chép lặp): chuyển nó ra khỏi thư mục kế hoạch; nếu đúng là một kế hoạch, "
    "tách thành nhiều tệp (mỗi phần một tệp, mỗi tệp một mã id)"
)


def _too_large(size: int, name: str, *, at_least: bool = False) -> Finding | None:
    if size <= MAX_BYTES:
        return None
    amount = f"hơn {MAX_BYTES // 2**20} MB" if at_least else f"{megabytes(size, MAX_BYTES)} MB"
    message = f"tệp quá lớn ({amount}; tối đa {MAX_BYTES // 2**20} MB){TOO_LARGE_WAY_OUT}"
    return error(name, (1, 1), "too-large", message)


def _unusable(raw: bytes, name: str) -> Finding | None:
    if not raw.strip():
        return error(name, (1, 1), "empty", "tệp rỗng")
    if raw.startswith(_UTF16_BOMS):
        return error(name, (1, 1), "encoding", "tệp mã hóa UTF-16; hãy lưu dạng UTF-8")
    if marker := _CONFLICT.search(raw):
        line = raw.count(b"\n", 0, marker.start()) + 1
        message = "tệp còn dấu xung đột của git (<<<<<<< / >>>>>>>): hãy giải quyết xung đột trước"
        return error(name, (line, 1), "conflict-marker", message)
    return None


def _decode(raw: bytes, name: str) -> tuple[str | None, Finding | None]:
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        byte = raw[exc.start]
        message = f"byte 0x{byte:02x} không phải UTF-8; " + (
            LEGACY_HINT if legacy_vietnamese(raw) else "hãy lưu tệp dạng UTF-8"
        )
        return None, error(name, (line, col), "encoding", message)


_BRACKETS = re.compile(r"[\[\]{}]")
_BLOCK_PREFIX = re.compile(
    r"^(?: |[?:-](?= |$))*", re.MULTILINE
)  # indentation and "- - -" / "? " chains


_HALF_DEEP = re.compile(rf"^(?: |[?:-](?= |$)){{{MAX_TEXT_NESTING // 2},}}", re.MULTILINE)


def _too_nested(text: str, name: str) -> Finding | None:
    """A bound on the file's nesting, measured without parsing: flow brackets open at once
    plus the indentation and indicators that start a line (each block level takes one)."""
    openers = text.count("[") + text.count("{")
    if openers < MAX_TEXT_NESTING // 2 and not _HALF_DEEP.search(text):
        return None  # fewer brackets than half the bound and no line indented half as far
    depth = deepest = where = 0
    for bracket in _BRACKETS.finditer(text):
        depth = depth + 1 if bracket.group() in "[{" else max(depth - 1, 0)
        if depth > deepest:
            deepest, where = depth, bracket.start()
    if deepest <= MAX_TEXT_NESTING:
        block = max(_BLOCK_PREFIX.finditer(text), key=lambda m: len(m.group()))
        deepest, where = len(block.group()) + deepest, block.start()
    if deepest <= MAX_TEXT_NESTING:
        return None
    line = text.count("\n", 0, where) + 1
    return error(name, (line, 1), "too-deep", "cấu trúc lồng quá sâu hoặc quá lớn")


def _convert(text: str, name: str) -> tuple[Located, list[Finding]]:
    """The document as data, and what was wrong but did not stop the reading (a duplicate
    key: the first value is kept, so every other problem of the file is still found)."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise _Refused(_syntax_finding(exc, text, name)) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow in a file
        raise _Refused(*_reader_findings(exc, text, name)) from None
    except yaml.YAMLError as exc:  # anything else without a mark
        raise _Refused(error(name, (1, 1), "yaml", f"YAML không hợp lệ: {exc}")) from None
    if tabs := _tabs_mid_line(text, name):
        raise _Refused(*tabs)
    if root is None:
        raise _Refused(error(name, (1, 1), "empty", "tệp không có nội dung YAML"))
    located = Located(data=None, marks={(): _mark(root)})
    converter = _Converter(name, text, located.marks)
    located.data = converter.node(root, (), 0)
    if converter.problems:
        raise _Refused(*converter.problems)
    return located, converter.kept


# libyaml's problems, said in Vietnamese: what is wrong and how to fix it. The first entry
# whose text is part of the problem wins.
_SYNTAX = (
    ("tab character", "tab", "YAML không cho thụt lề bằng tab; hãy dùng dấu cách"),
    ("another document", "multi-document", "mỗi tệp chỉ chứa một kế hoạch (một tài liệu YAML)"),
    (
        "mapping values are not allowed",
        "yaml",
        "dấu ':' theo sau dấu cách ở giữa một giá trị: hãy đặt cả giá trị trong dấu ngoặc kép",
    ),
    ("could not find expected ':'", "yaml", "thiếu dấu ':' sau khóa"),
    ("did not find expected key", "yaml", "thụt lề không khớp với các khóa phía trên"),
    ("expected '-' indicator", "yaml", "thụt lề không khớp với các mục '-' phía trên"),
    ("unexpected end of stream", "yaml", "chuỗi hoặc ngoặc mở mà chưa đóng đến hết tệp"),
    ("unknown escape character", "yaml", "ký tự thoát '\\' không hợp lệ trong chuỗi ngoặc kép"),
    ("expected ',' or", "yaml", "ngoặc [ ] hoặc { } chưa đóng hoặc thiếu dấu phẩy"),
    (
        "did not find expected node content",
        "yaml",
        "thiếu giá trị ở đây (một dấu ngoặc, dấu phẩy hay dấu ':' đứng sai chỗ, hoặc ngoặc mở "
        "chưa có giá trị): nếu đó là chữ của giá trị, hãy đặt cả giá trị trong dấu ngoặc kép",
    ),
    (
        "block sequence entries are not allowed",
        "yaml",
        "mục '-' không được đứng sau một khóa trên cùng dòng: hãy xuống dòng, thụt lề mục '-' "
        "dưới khóa, hoặc đặt cả giá trị trong dấu ngoặc kép",
    ),
    (
        "did not find expected comment or line break",
        "yaml",
        "chữ thừa sau dấu | hoặc > của khối chữ: sau chúng chỉ được có chỉ số thụt lề (1–9), "
        "dấu + hoặc - và chú thích; hãy chuyển chữ xuống dòng dưới",
    ),
    (
        "indentation indicator equal to 0",
        "yaml",
        "chỉ số thụt lề của khối chữ (| hoặc >) phải từ 1 đến 9",
    ),
    (
        "unexpected document indicator",
        "yaml",
        "dòng bắt đầu bằng '---' hoặc '...' nằm giữa một chuỗi ngoặc kép: hãy thụt lề dòng đó",
    ),
    (
        "expected <document start>",
        "multi-document",
        "còn nội dung sau dòng '...' (hết tài liệu YAML): hãy xóa dòng '...'",
    ),
    (
        "expected hexdecimal number",
        "yaml",
        "mã thoát \\x, \\u hoặc \\U trong chuỗi ngoặc kép thiếu chữ số hệ 16: hãy sửa mã "
        "hoặc viết '\\\\' cho một dấu '\\'",
    ),
    (
        "invalid Unicode character escape code",
        "yaml",
        "mã thoát \\u… trong chuỗi ngoặc kép không phải một ký tự Unicode: hãy viết thẳng ký tự",
    ),
    (
        "expected alphabetic or numeric character",
        "alias",
        "sau '&' hoặc '*' (anchor/alias, không dùng trong tệp kế hoạch) cần một tên: nếu đó là "
        "chữ của giá trị, hãy đặt cả giá trị trong dấu ngoặc kép",
    ),
    (
        "expected whitespace or line break",
        "yaml",
        "thiếu dấu cách sau thẻ (!…) hoặc anchor (&…): nếu đó là chữ của giá trị, hãy đặt cả "
        "giá trị trong dấu ngoặc kép",
    ),
    ("URI", "tag", "thẻ YAML (!…) không được phép trong tệp kế hoạch"),
    ("undefined tag handle", "tag", "thẻ YAML (!…) không được phép trong tệp kế hoạch"),
    ("directive", "yaml", "chỉ thị YAML (%…) không được phép trong tệp kế hoạch"),
    ("anchor", "alias", "không dùng anchor/alias (&, *) trong tệp kế hoạch"),
    ("alias", "alias", "không dùng anchor/alias (&, *) trong tệp kế hoạch"),
)
# Characters YAML reserves: a plain value may not start with them.
_RESERVED = {"`": "dấu huyền `", "@": "ký tự @", "%": "ký tự %"}


def _syntax_finding(exc: yaml.MarkedYAMLError, text: str, name: str) -> Finding:
    mark = exc.problem_mark or exc.context_mark
    where = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = exc.problem or exc.context or ""
    if "cannot start any token" in problem:
        return _token_finding(_char_at(text, where), where, name)
    start = exc.context_mark if exc.context == "while scanning a quoted scalar" else None
    if start is not None and "unexpected end of stream" in problem:
        opened = (start.line + 1, start.column + 1)
        quote = _QUOTES.get(_char_at(text, opened), _QUOTES['"'])
        return error(name, opened, "yaml", _QUOTE_NEVER_CLOSED.format(quote=quote))
    if mark is not None and (run_on := _quote_run_on(text, mark)) is not None:
        (line, column), end = run_on
        quote = _QUOTES.get(_char_at(text, (line, column)), _QUOTES['"'])
        message = _QUOTE_RUN_ON.format(quote=quote, line=line, end=end[0], column=end[1])
        return error(name, (line, column), "yaml", message)
    mapping = mark is not None and "mapping values are not allowed" in problem
    if mapping and mark is not None and (said := _over_indented(text, mark.line)):
        return error(name, where, "yaml", said)
    for needle, code, message in _SYNTAX:
        if needle in problem:
            return error(name, where, code, message)
    # A problem not listed above: said in Vietnamese too (libyaml's English would be the
    # only English line a clerk meets), with what to look at.
    message = "lỗi cú pháp YAML ở đây: hãy xem thụt lề, dấu ngoặc, dấu ':' và dấu ngoặc kép"
    return error(name, where, "yaml", message)


# "key:" at the start of a line, after its indent (and a list item's "- ")
_KEY_LINE = re.compile(r"(?P<indent> *)(?:- +)?(?P<key>[A-Za-z_][\w-]*):(?: +(?P<value>\S.*))?\Z")


def _over_indented(text: str, index: int) -> str | None:
    """Why a key is read as the middle of a value when its line (`index`, 0-based) is
    indented deeper than the key with a plain value above it ("id: x-1" then "  number:
    1/KH": YAML reads the second line as the rest of "x-1", and its ':' has no place
    there); quoting, which the general message advises, would keep the mistake. None for
    any other shape ("a: b: c")."""
    lines = text.split("\n")
    if index >= len(lines) or (here := _KEY_LINE.fullmatch(lines[index])) is None:
        return None
    above = next((n for n in range(index - 1, -1, -1) if _meant(lines[n])), None)
    if above is None or (prev := _KEY_LINE.fullmatch(lines[above])) is None or not prev["value"]:
        return None
    column = prev.start("key")  # where the key above starts: a key beside it starts there
    if len(here["indent"]) <= column:
        return None
    return (
        f"'{here['key']}:' thụt lề sâu hơn '{prev['key']}:' ở dòng {above + 1} nên bị đọc là "
        f"phần tiếp của giá trị '{prev['key']}'; hãy thụt lề '{here['key']}:' thẳng cột với "
        f"'{prev['key']}:' (cột {column + 1})"
    )


def _meant(line: str) -> bool:
    """A line that holds YAML: neither blank nor a comment."""
    return bool(line.strip()) and not line.lstrip().startswith("#")


_TAB_MID_LINE = (
    "ký tự tab giữa dòng (thường chép từ Word hay Excel): hãy thay bằng dấu cách; kehoach "
    "fmt, reschedule, done và assign không đọc được tab ở chỗ này"
)
_MAX_TABS = 100  # a pasted table may hold one per cell: each named, up to a page of them


def _tabs_mid_line(text: str, name: str) -> list[Finding]:
    """Each tab outside quotes, block scalars and comments, where libyaml (this reader)
    takes it as a space but ruamel.yaml, which `fmt` and the edits write the file with,
    refuses it ("Trước ngày<TAB>30/11/2026", a tab before a comment): found here, at its
    line and column, instead of an internal error in `fmt` or `reschedule`. Each is found
    by ruamel's own scanner, then taken out, and the text scanned again."""
    if "\t" not in text:
        return []
    from ruamel.yaml import YAML  # only for a file with a tab: most have none
    from ruamel.yaml.error import MarkedYAMLError

    lines = text.split("\n")
    found: list[Finding] = []
    ruamel = YAML(typ="rt")
    while len(found) < _MAX_TABS:
        try:
            for _token in ruamel.scan("\n".join(lines)):
                pass
            return found
        except MarkedYAMLError as exc:
            mark = exc.problem_mark
            row = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
            if mark is None or row[mark.column : mark.column + 1] != "\t":
                return found  # another problem, which libyaml did not see: not this check's
            found.append(error(name, (mark.line + 1, mark.column + 1), "tab", _TAB_MID_LINE))
            lines[mark.line] = f"{row[: mark.column]} {row[mark.column + 1 :]}"
    return found


_QUOTES = {'"': "dấu ngoặc kép", "'": "dấu nháy đơn"}
_QUOTE_NEVER_CLOSED = (
    "{quote} mở ở đây không được đóng đến hết tệp: hãy thêm {quote} đóng ở cuối giá trị"
)
_QUOTE_RUN_ON = (
    "{quote} mở ở đây không được đóng trên dòng {line}: giá trị kéo dài đến {quote} ở dòng "
    "{end}, cột {column}, nên các dòng giữa thành chữ của nó; hãy thêm {quote} đóng ở cuối "
    "dòng {line}"
)


def _quote_run_on(text: str, mark: yaml.Mark) -> tuple[Mark, Mark] | None:
    """Where a quoted value opens and ends (1-based), when it runs over several lines and
    the parser stopped right after it: `title: "Tổ chức …` with its closing quote
    forgotten takes every line up to the next quote in the file, and libyaml reports the
    words that follow that quote, lines below ("thụt lề không khớp"), not the quote the
    clerk left open. None when no such value ends on the line the parser stopped at."""
    found: tuple[Mark, Mark] | None = None
    try:
        for token in yaml.scan(text, Loader=yaml.CSafeLoader):
            start, end = token.start_mark, token.end_mark
            if start.line > mark.line:
                break
            quoted = isinstance(token, yaml.ScalarToken) and token.style in ('"', "'")
            if quoted and start.line < end.line == mark.line and end.column <= mark.column:
                found = ((start.line + 1, start.column + 1), (end.line + 1, end.column))
    except yaml.YAMLError:  # the scanner met the problem itself: what it saw is enough
        pass
    return found


def _token_finding(char: str, where: Mark, name: str) -> Finding:
    if char == "\t":
        return error(name, where, "tab", "YAML không cho thụt lề bằng tab; hãy dùng dấu cách")
    what = _RESERVED.get(char, f"ký tự {char!r}")
    message = f"giá trị không được bắt đầu bằng {what} (YAML dành riêng): hãy đặt trong ngoặc kép"
    return error(name, where, "yaml", message)


def _char_at(text: str, where: Mark) -> str:
    """The character at 1-based (line, column) of `text`, or "" past its end. libyaml's
    marks carry no buffer, so the text is looked at here."""
    lines = text.split("\n", where[0])
    line = lines[where[0] - 1] if len(lines) >= where[0] else ""
    return line[where[1] - 1 : where[1]]


# The characters YAML's reader refuses in a stream (YAML 1.1 §5.1, the set PyYAML's Reader
# checks): each is listed, so a table pasted from a PDF (a form feed at every page break)
# is cleaned in one pass, not one character per run of validate.
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def _reader_findings(exc: yaml.reader.ReaderError, text: str, name: str) -> list[Finding]:
    """Every character of `text` YAML does not allow, at its line and column; the reader's
    own finding when the set above does not explain its refusal."""
    found = [_char_finding(m.start(), m.group(), text, name) for m in _NOT_PRINTABLE.finditer(text)]
    return found or [_reader_finding(exc, text, name)]


def _reader_finding(exc: yaml.reader.ReaderError, text: str, name: str) -> Finding:
    """libyaml counts `position` in bytes of the text's UTF-8 form."""
    position = len(text.encode("utf-8")[: max(exc.position, 0)].decode("utf-8", "ignore"))
    char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)[:1]
    return _char_finding(position, char, text, name)


def _char_finding(position: int, char: str, text: str, name: str) -> Finding:
    """`char`, at `position` (0-based, in characters) of `text`, refused."""
    line = text.count("\n", 0, position) + 1
    col = position - (text.rfind("\n", 0, position) + 1) + 1
    what = "ký tự điều khiển" if CONTROL.match(char) else "ký tự"
    message = f"{what} {control_name(char)} không được phép trong tệp kế hoạch: hãy xóa nó"
    return error(name, (line, col), "control-character", message)


def _mark(node: yaml.Node) -> Mark:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


class _Converter:
    """Turns a composed node tree into plain data, refusing what plan files never need."""

    def __init__(self, name: str, text: str, marks: dict[Loc, Mark]) -> None:
        self.name = name
        self.text = text
        self.marks = marks
        self.count = 0  # nodes converted, keys aside
        # An alias hands back a node already converted; it needs an anchor, written with
        # '&': a file without one has no alias, and no node is looked for twice.
        self.seen: set[int] | None = set() if "&" in text else None
        self.problems: list[Finding] = []  # control characters: every one is reported
        self.kept: list[Finding] = []  # found and reported, but reading went on
        # libyaml refuses raw control characters but NEL (a line break to YAML, refused
        # before: _unicode_line_breaks); a value can only hold one through an escape. A file
        # without a backslash holds none.
        self.escapes = "\\" in text

    def refuse(self, node: yaml.Node, code: str, message: str) -> _Refused:
        return _Refused(error(self.name, _mark(node), code, message))

    def node(self, node: yaml.Node, loc: Loc, depth: int) -> Any:
        if self.seen is not None:
            if id(node) in self.seen:
                # An alias: the composer hands back the anchored node again. Refusing
                # aliases outright also defuses "billion laughs" bombs, built from them.
                msg = "không dùng anchor/alias (&, *) trong tệp kế hoạch"
                raise _Refused(error(self.name, self.alias_mark(node), "alias", msg))
            self.seen.add(id(node))
        self.count += 1
        if depth > MAX_DEPTH or self.count > MAX_NODES:
            raise self.refuse(node, "too-deep", "cấu trúc lồng quá sâu hoặc quá lớn")
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node)
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, loc, depth)
        assert isinstance(node, yaml.SequenceNode)
        return self.sequence(node, loc, depth)

    def alias_mark(self, node: yaml.Node) -> Mark:
        """Where the first alias is written: composed nodes only remember their anchor,
        so parse the events once more (a rare, refused path; the cost is irrelevant)."""
        for event in yaml.parse(self.text, Loader=yaml.CSafeLoader):
            mark = event.start_mark
            if isinstance(event, yaml.AliasEvent) and mark is not None:
                return (mark.line + 1, mark.column + 1)
        return _mark(node)

    def mapping(self, node: yaml.MappingNode, loc: Loc, depth: int) -> dict[str, Any]:
        if node.tag != _MAP:
            raise self.refuse_tag(node)
        out: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        marks = self.marks
        for key_node, value_node in node.value:
            key = self.key(key_node)
            start = key_node.start_mark
            mark = (start.line + 1, start.column + 1)
            if key in out:
                where = f"dòng {first_line[key]}"
                msg = f"khóa {key!r} bị lặp (đã có ở {where}); YAML sẽ âm thầm bỏ giá trị trước"
                self.kept.append(error(self.name, mark, "duplicate-key", msg))
                continue  # the first value stays, so the rest of the file is still checked
            here = (*loc, key)
            first_line[key] = mark[0]
            marks[here] = mark
            out[key] = self.node(value_node, here, depth + 1)
        return out

    def sequence(self, node: yaml.SequenceNode, loc: Loc, depth: int) -> list[Any]:
        if node.tag != _SEQ:
            raise self.refuse_tag(node)
        items = []
        marks = self.marks
        for index, item in enumerate(node.value):
            here = (*loc, index)
            start = item.start_mark
            marks[here] = (start.line + 1, start.column + 1)
            items.append(self.node(item, here, depth + 1))
        return items

    def key(self, node: yaml.Node) -> str:
        if not isinstance(node, yaml.ScalarNode):
            raise self.refuse(node, "bad-key", "khóa phải là một chuỗi đơn giản")
        value = self.scalar(node)
        return value if isinstance(value, str) else str(value)

    def scalar(self, node: yaml.ScalarNode) -> Any:
        kind = _SCALAR_KINDS.get(node.tag)
        if kind is None:
            raise self.refuse_tag(node)
        text: str = node.value
        if self.escapes:
            self.check_controls(node, text)
        if kind == "str":  # nearly every value: text, composed (see below)
            return text if text.isascii() else nfc(text)
        if kind == "null":
            return None
        if kind == "bool" and text.lower() in ("true", "false"):
            return text.lower() == "true"
        if kind == "int" and _DECIMAL.fullmatch(text):
            return int(text)
        # dates, 3.10, 0123, yes/no, "²", a 5,000-digit number: the author's text, which
        # the models read or refuse with a message (every tag converts, none can raise).
        # Composed (NFC): a name typed on a system that writes NFD is the same name.
        return nfc(text)

    def check_controls(self, node: yaml.Node, text: str) -> None:
        """A control character can only come from an escape ("\\e", "\\x07", "\\0") in a
        double-quoted value (libyaml refuses them raw); none belongs in a plan."""
        for match in CONTROL.finditer(text):
            message = (
                f"ký tự điều khiển {control_name(match.group())} ở ký tự thứ "
                f"{match.start() + 1} của giá trị: hãy xóa nó"
            )
            self.problems.append(error(self.name, _mark(node), "control-character", message))
        # Written as an escape ("\u202e"): one written raw is found in the text itself.
        source = self.text[node.start_mark.index : node.end_mark.index]
        if (bidi := BIDI.search(text)) and not BIDI.search(source):
            message = _bidi_message(bidi.group())
            self.problems.append(error(self.name, _mark(node), "control-character", message))

    def refuse_tag(self, node: yaml.Node) -> _Refused:
        message = f"thẻ YAML {node.tag!r} không được phép trong tệp kế hoạch"
        return self.refuse(node, "tag", message)
