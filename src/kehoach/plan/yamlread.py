"""Read one YAML file safely, keeping the line and column of every key and item.

Plan files are untrusted input: a merge request may carry a YAML bomb, a Python-object
tag, duplicate keys, tabs or bytes that are not UTF-8. Each becomes a located `Finding`
and nothing is ever executed. Scalars are read our way, not PyYAML's: only plain
decimal integers, true/false and null are typed; everything else (dates, 3.10, yes/no)
stays the text the author wrote, so the models decide how to read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kehoach.base.findings import Finding, error, warning

MAX_BYTES = 2 * 1024 * 1024  # the largest real plan is ~40 KB; 2 MB leaves room for decades
MAX_DEPTH = 32  # plan files nest five levels deep
MAX_NODES = 200_000

Loc = tuple[str | int, ...]
Mark = tuple[int, int]  # 1-based line and column

_TAG = "tag:yaml.org,2002:"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF8_BOM = b"\xef\xbb\xbf"
# What git leaves in a file after a merge it could not finish; YAML would report a
# puzzling syntax error a few lines further on.
_CONFLICT = re.compile(rb"^(<{7}|>{7})( |\r?$)", re.MULTILINE)


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
    """Internal: stop converting the node tree and report this finding."""

    def __init__(self, finding: Finding) -> None:
        self.finding = finding


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
    try:
        located, problems = _convert(text, name)
        return located, [*findings, *problems]
    except _Refused as refused:
        return None, [*findings, refused.finding]


def _read_bytes(path: Path, name: str) -> tuple[bytes | None, Finding | None]:
    try:
        problem = _too_large(path.stat().st_size, name)  # before reading a huge file
        return (None, problem) if problem else (path.read_bytes(), None)
    except OSError as exc:
        return None, error(name, (1, 1), "io", f"không đọc được tệp: {exc.strerror or exc}")


def _too_large(size: int, name: str) -> Finding | None:
    if size <= MAX_BYTES:
        return None
    mib = f"{size / 2**20:.1f}".replace(".", ",")  # Vietnamese decimal comma
    message = f"tệp quá lớn ({mib} MB; tối đa {MAX_BYTES // 2**20} MB)"
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
        message = f"byte 0x{byte:02x} không phải UTF-8; hãy lưu tệp dạng UTF-8"
        return None, error(name, (line, col), "encoding", message)


def _convert(text: str, name: str) -> tuple[Located, list[Finding]]:
    """The document as data, and what was wrong but did not stop the reading (a duplicate
    key: the first value is kept, so every other problem of the file is still found)."""
    try:
        root = yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.MarkedYAMLError as exc:
        raise _Refused(_syntax_finding(exc, name)) from None
    except yaml.YAMLError as exc:  # a reader error without a mark
        raise _Refused(error(name, (1, 1), "yaml", f"YAML không hợp lệ: {exc}")) from None
    if root is None:
        raise _Refused(error(name, (1, 1), "empty", "tệp không có nội dung YAML"))
    located = Located(data=None, marks={(): _mark(root)})
    converter = _Converter(name, text, located.marks)
    located.data = converter.node(root, (), 0)
    return located, converter.problems


def _syntax_finding(exc: yaml.MarkedYAMLError, name: str) -> Finding:
    mark = exc.problem_mark or exc.context_mark
    where = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = exc.problem or exc.context or "lỗi cú pháp"
    if "cannot start any token" in problem and _is_tab_at(exc):
        return error(name, where, "tab", "YAML không cho thụt lề bằng tab; hãy dùng dấu cách")
    if "another document" in problem:
        return error(
            name, where, "multi-document", "mỗi tệp chỉ chứa một kế hoạch (một tài liệu YAML)"
        )
    return error(name, where, "yaml", f"YAML không hợp lệ: {problem}")


def _is_tab_at(exc: yaml.MarkedYAMLError) -> bool:
    mark = exc.problem_mark
    buffer = getattr(mark, "buffer", None)
    if mark is None or not buffer:
        return True  # libyaml's marks carry no buffer; this message is almost always a tab
    return bool(buffer[mark.pointer : mark.pointer + 1] == "\t")


def _mark(node: yaml.Node) -> Mark:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


class _Converter:
    """Turns a composed node tree into plain data, refusing what plan files never need."""

    def __init__(self, name: str, text: str, marks: dict[Loc, Mark]) -> None:
        self.name = name
        self.text = text
        self.marks = marks
        self.seen: set[int] = set()
        self.problems: list[Finding] = []  # found, reported, and reading went on

    def refuse(self, node: yaml.Node, code: str, message: str) -> _Refused:
        return _Refused(error(self.name, _mark(node), code, message))

    def node(self, node: yaml.Node, loc: Loc, depth: int) -> Any:
        if id(node) in self.seen:
            # An alias: the composer hands back the anchored node again. Refusing aliases
            # outright also defuses "billion laughs" bombs, which are built from them.
            msg = "không dùng anchor/alias (&, *) trong tệp kế hoạch"
            raise _Refused(error(self.name, self.alias_mark(node), "alias", msg))
        self.seen.add(id(node))
        if depth > MAX_DEPTH or len(self.seen) > MAX_NODES:
            raise self.refuse(node, "too-deep", "cấu trúc lồng quá sâu hoặc quá lớn")
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, loc, depth)
        if isinstance(node, yaml.SequenceNode):
            return self.sequence(node, loc, depth)
        return self.scalar(node)

    def alias_mark(self, node: yaml.Node) -> Mark:
        """Where the first alias is written: composed nodes only remember their anchor,
        so parse the events once more (a rare, refused path; the cost is irrelevant)."""
        for event in yaml.parse(self.text, Loader=yaml.CSafeLoader):
            mark = event.start_mark
            if isinstance(event, yaml.AliasEvent) and mark is not None:
                return (mark.line + 1, mark.column + 1)
        return _mark(node)

    def mapping(self, node: yaml.MappingNode, loc: Loc, depth: int) -> dict[str, Any]:
        self.check_tag(node, "map")
        out: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = self.key(key_node)
            if key in out:
                where = f"dòng {first_line[key]}"
                msg = f"khóa {key!r} bị lặp (đã có ở {where}); YAML sẽ âm thầm bỏ giá trị trước"
                self.problems.append(error(self.name, _mark(key_node), "duplicate-key", msg))
                continue  # the first value stays, so the rest of the file is still checked
            first_line[key] = _mark(key_node)[0]
            self.marks[(*loc, key)] = _mark(key_node)
            out[key] = self.node(value_node, (*loc, key), depth + 1)
        return out

    def sequence(self, node: yaml.SequenceNode, loc: Loc, depth: int) -> list[Any]:
        self.check_tag(node, "seq")
        items = []
        for index, item in enumerate(node.value):
            self.marks[(*loc, index)] = _mark(item)
            items.append(self.node(item, (*loc, index), depth + 1))
        return items

    def key(self, node: yaml.Node) -> str:
        if not isinstance(node, yaml.ScalarNode):
            raise self.refuse(node, "bad-key", "khóa phải là một chuỗi đơn giản")
        value = self.scalar(node)
        return value if isinstance(value, str) else str(value)

    def scalar(self, node: yaml.Node) -> Any:
        assert isinstance(node, yaml.ScalarNode)
        kind = self.check_tag(node, "str", "int", "bool", "null", "float", "timestamp")
        text: str = node.value
        if kind == "null":
            return None
        if kind == "bool" and text.lower() in ("true", "false"):
            return text.lower() == "true"
        if kind == "int" and text.lstrip("+-").isdigit() and not text.lstrip("+-").startswith("0"):
            return int(text)
        return text  # dates, 3.10, 0123, yes/no: the author's text, read by the models

    def check_tag(self, node: yaml.Node, *allowed: str) -> str:
        tag: str = node.tag
        kind = tag.removeprefix(_TAG)
        if not tag.startswith(_TAG) or kind not in allowed:
            raise self.refuse(node, "tag", f"thẻ YAML {tag!r} không được phép trong tệp kế hoạch")
        return kind
