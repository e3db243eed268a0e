"""Writing plan files: canonical formatting (`fmt`) and edits that keep the author's file.

Reading stays on the fast, safe path (yamlread, libyaml). Writing uses ruamel.yaml's
round-trip mode, the one maintained library that keeps comments, key order and scalar
styles, and it is imported only by the commands that write.

An edit never rewrites lines it did not mean to change: the task's own lines are loaded
by ruamel (the whole file only when they cannot be: `apply_edit`) and dumped before and
after the change, and only the lines that differ between those two dumps are replaced
in the file as it is on disk (`splice`); every other line stays byte for byte, and an
edit that would lose a comment line is refused. The result is loaded
and checked with the same loader and rules as `kehoach validate` before anything is
written; it is written to a temporary file in the same folder and moved over the
original (`os.replace`, atomic), and only when the file on disk is still the one that
was read. Edits of one file take turns (`editing` holds its lock from the read to the
replace), and each is built, checked and written from that one read.
"""

from __future__ import annotations

import difflib
import io
import itertools
import re
import typing
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
)
from ruamel.yaml.tokens import CommentToken

from kehoach.base import files
from kehoach.base.files import os_reason
from kehoach.base.findings import Finding, Severity, first_errors
from kehoach.base.text import nfc, odd_line_ends
from kehoach.dates.deadline import DeadlineError, parse_deadline
from kehoach.dates.grammar import MAX_PHRASE, MILESTONE_FORM
from kehoach.dates.reading import Series
from kehoach.dates.recurrence import Occurrence, find_period, next_occurrence
from kehoach.plan.agencies import Directory, Scope
from kehoach.plan.discovery import PLAN_SUFFIXES
from kehoach.plan.loader import (
    Loaded,
    PlanFile,
    Repository,
    field_keys,
    load_bytes,
    model_at,
)
from kehoach.plan.model import (
    Change,
    Milestone,
    Plan,
    Registry,
    Status,
    Task,
    read_day,
)
from kehoach.plan.rules import check_edited, check_repository
from kehoach.plan.schedule import (
    completion_floor,
    context_for,
    earlier_rules,
    read_counted,
    read_milestone,
    series_start,
    slots,
)
from kehoach.plan.settings import Settings
from kehoach.plan.yamlread import Located, parse_yaml
from kehoach.reports.status import Bin, classify_all, reports_of

WIDTH = 1_000_000  # never re-wrap a line: a folded block keeps the author's own breaks
# Values written in double quotes, so ids like 1 or 3.10 and phrases stay text at a glance.
QUOTED = {
    (Task, "id"),
    (Task, "deadline"),
    (Task, "depends_on"),
    (Task, "part_of"),
    (Milestone, "phrase"),
    (Change, "from"),
    (Change, "to"),
}


class EditError(Exception):
    """An edit that cannot be made safely; nothing was written. One line."""


class InvalidEdit(EditError):
    """The edited file would not validate; nothing was written."""


class UnsafeFormat(EditError):
    """The canonical form would move a comment or read differently; nothing was written."""


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = WIDTH
    yaml.indent(mapping=2, sequence=4, offset=2)  # `  - id:` under `tasks:`, as plans are written
    yaml.representer.add_representer(
        type(None), lambda rep, _: rep.represent_scalar("tag:yaml.org,2002:null", "null")
    )
    return yaml


def load_document(text: str) -> Any:
    return _yaml().load(text)


def dump_document(document: Any) -> str:
    out = io.StringIO()
    _yaml().dump(document, out)
    return out.getvalue()


# --- comments that close a block ---------------------------------------------------------
# ruamel keeps the blank lines and comments that follow a value with the last scalar of
# that value: the blank line between two tasks belongs to the last key of the first. When
# an edit adds, moves or replaces keys, those lines must stay at the end of the block.


def _tail_slot(node: Any) -> tuple[Any, Any, int] | None:
    """(container, key, index in ca.items) of the comment after `node`'s last value."""
    if isinstance(node, CommentedMap) and node:
        key, index = list(node)[-1], 2
    elif isinstance(node, CommentedSeq) and node:
        key, index = len(node) - 1, 0
    else:
        return None
    return _tail_slot(node[key]) or (node, key, index)


def _entry_slot(container: CommentedMap | CommentedSeq, key: Any) -> tuple[Any, Any, int]:
    """Where the lines after the value of `container[key]` are held."""
    index = 2 if isinstance(container, CommentedMap) else 0
    return _tail_slot(container[key]) or (container, key, index)


def _is_block(value: Any) -> bool:
    return isinstance(value, (FoldedScalarString, LiteralScalarString))


def _take_tail(slot: tuple[Any, Any, int]) -> str:
    """Detach the lines after the value in `slot`; its end-of-line comment stays."""
    container, key, index = slot
    entry = container.ca.items.get(key)
    token = entry[index] if entry else None
    if token is None:
        return ""
    block = _is_block(container[key])
    own, rest = _split_comment(token.value, block)
    entry[index] = _token(own, token.column) if own.strip() else None
    if block and token.column and rest.startswith("#"):
        # after a kept block ("deadline: |+"), ruamel holds the first comment line's
        # indentation in the token's column, not in its text: the line moved to column 0
        # when the value became a quoted one (fixesb, a new user's finding)
        rest = " " * token.column + rest
    return rest


def _give_tail(slot: tuple[Any, Any, int], rest: str) -> None:
    if not rest:
        return
    container, key, index = slot
    entry = container.ca.items.setdefault(key, [None, None, None, None])
    token = entry[index]
    block = _is_block(container[key])
    own, lines = _split_comment(token.value, block) if token else ("" if block else "\n", "")
    entry[index] = _token(own + lines + rest, token.column if token else 0)


def _token(value: str, column: int) -> CommentToken:
    return CommentToken(value, CommentMark(column))


def _split_comment(value: str, block: bool) -> tuple[str, str]:
    """(end-of-line part, following lines). A block scalar has eaten its own newline."""
    if block:
        return "", value
    first, newline, rest = value.partition("\n")
    return first + newline, rest


def _keeping_tail(block: CommentedMap | CommentedSeq, change: Callable[[], None]) -> None:
    """Run `change` on `block`; the lines that closed the block still close it."""
    slot = _tail_slot(block)
    rest = _take_tail(slot) if slot else ""
    change()
    new_slot = _tail_slot(block)
    if new_slot:
        _give_tail(new_slot, rest)


def put(mapping: CommentedMap, key: str, value: Any, order: Sequence[str]) -> None:
    """Set `mapping[key]`; a new key goes where `order` (the model's) puts it."""
    if key in mapping:
        header = getattr(mapping[key], "comment", None)  # "deadline: >-  # …"
        rest = _take_tail(_entry_slot(mapping, key))
        mapping[key] = value
        if header and not _is_block(value):
            _header_on_key_line(mapping, key, header)
        _give_tail(_entry_slot(mapping, key), rest)
        return
    place = _place_in(order)
    position = sum(1 for k in mapping if place(k) < place(key))
    _keeping_tail(mapping, lambda: mapping.insert(position, key, value))


def _place_in(order: Sequence[str]) -> Callable[[Any], int]:
    """Sort key: a key's rank in `order`; keys not in it go last."""
    rank = {k: i for i, k in enumerate(order)}
    return lambda key: rank.get(key, len(order))


def _header_on_key_line(mapping: CommentedMap, key: str, header: str) -> None:
    """A block scalar's header comment ("deadline: >-  # …"), held apart by ruamel
    (ca.items[key][3]) and dropped or mis-written with a value of another kind, put after
    the key's new value on its line (fresh37, fresh38: lost, then a crash)."""
    entry = mapping.ca.items.setdefault(key, [None, None, None, None])
    entry[2:4] = [_token(header.rstrip() + "\n", 0), None]


def _renamed(mapping: CommentedMap, key: str, new: str, value: Any) -> None:
    """`mapping[key]` replaced by `mapping[new] = value` in its place, the comments after
    it (on its line and below) kept after the new value."""
    header = getattr(mapping[key], "comment", None)  # "deadline: >-  # …"
    comments = mapping.ca.items.pop(key, None)
    position = list(mapping).index(key)
    del mapping[key]
    mapping.insert(position, new, value)
    if comments is not None:
        mapping.ca.items[new] = comments
    if header and not _is_block(value):
        _header_on_key_line(mapping, new, header)


def drop(mapping: CommentedMap, key: str) -> None:
    if key in mapping:
        keys = list(mapping)
        position = keys.index(key)
        _delete(mapping, key, keys[position - 1] if position else None)


def _delete(container: CommentedMap | CommentedSeq, key: Any, above: Any) -> None:
    """Delete `container[key]`; the lines that followed its value now follow the value of
    `above` (with nothing above they are lost, and apply_edit refuses to lose a comment)."""
    rest = _take_tail(_entry_slot(container, key))
    del container[key]
    if above is not None:
        _give_tail(_entry_slot(container, above), rest)


# --- canonical form ---------------------------------------------------------------------


def canonical(text: str) -> str:
    """`text` in canonical form: UTF-8 without BOM, text in NFC, LF line ends, keys in
    the model's order, 2-space indentation, block lists, days written yyyy-mm-dd, task
    ids and deadline phrases in double quotes. Comments stay; one written between two
    keys stays below the key it follows. Only a valid plan or registry is formatted.

    NFC: a file saved on a system that decomposes accents (NFD, macOS) reads the same
    (kehoach reads NFC), but `grep "Tỉnh ủy"` found none of its lines, and edits added
    lines in whatever form their arguments were typed."""
    source = unicodedata.normalize("NFC", re.sub(r"\r\n?", "\n", text.removeprefix("\ufeff")))
    model, before = _as_model(source)
    if before is None:
        raise EditError("tệp không đọc được như một kế hoạch hay danh mục cơ quan")
    document = load_document(source)
    _normalise(document, model)
    result = dump_document(document)
    if _as_model(result) != (model, before) or _comments(result) != _comments(source):
        # ruamel put a comment where it changes the file: refuse rather than write that.
        raise UnsafeFormat("định dạng lại sẽ làm lệch chú thích hoặc nội dung; hãy sửa tay")
    return result


def canonical_data(data: Any, model: type[BaseModel]) -> str:
    """Plain `data` (dicts, lists, scalars) of a `model` document written in canonical form,
    as `canonical` writes the same document, without reading it back: for a file built
    from scratch (`kehoach import`'s draft), where the round trip through the text (a dump,
    a load, a dump and two validations) took most of a 2,000-row import. NFC, as `canonical`."""
    document = _nodes(data)
    _normalise(document, model)
    return unicodedata.normalize("NFC", dump_document(document))


def _nodes(value: Any) -> Any:
    """`value` as ruamel's round-trip nodes, which `_normalise` styles."""
    if isinstance(value, dict):
        return CommentedMap((k, _nodes(v)) for k, v in value.items())
    if isinstance(value, list):
        return CommentedSeq(_nodes(v) for v in value)
    return value


def _as_model(text: str) -> tuple[type[BaseModel], BaseModel | None]:
    """The model `text` is for (a registry has `agencies`, a plan `tasks`: textconv gets
    temporary file names) and `text` validated by it, None when it does not load."""
    raw = text.encode("utf-8")
    located, _ = parse_yaml(raw, "")
    data = located.data if located else None
    is_registry = isinstance(data, dict) and "agencies" in data and "tasks" not in data
    model = Registry if is_registry else Plan
    return model, load_bytes(raw, "", model)[1]


def _comments(text: str) -> list[tuple[bool, str]]:
    """Every comment of `text`, sorted: (at the end of a value's line, its text), for
    `- Sở KH&ĐT  # viết tắt như văn bản` (True, "# viết tắt như văn bản"). What a rewrite
    must keep, where it was: on a line of its own or after a value. A comment is a `#`
    outside every YAML token, at a line's start or after a space (YAML 1.2 §6.6), so a
    `#` inside a value or a block scalar is not one."""
    values = _spans_holding_hash(text)
    found = []
    for line in re.finditer(r"[^\n]+", text):
        for mark in re.finditer(r"(?:^|(?<=[ \t]))#", line.group()):
            at = line.start() + mark.start()
            if not any(start <= at < end for start, end in values):
                before, comment = line.group()[: mark.start()], line.group()[mark.start() :]
                found.append((bool(before.strip()), comment.rstrip()))
                break  # the comment runs to the end of the line
    return sorted(found)


def _spans_holding_hash(text: str) -> list[tuple[int, int]]:
    """Where the YAML tokens of `text` that hold a `#` (a scalar, a tag…) start and end;
    PyYAML's pure-Python scanner gives each token's offsets. A block scalar's token starts
    at its `>-` or `|` indicator, so its header line (where a comment may follow the
    indicator: `deadline: >-  # …`, lost by `reschedule` before session 38) is left out."""
    spans = []
    for token in yaml.scan(text, Loader=yaml.SafeLoader):
        start, end = token.start_mark.index, token.end_mark.index
        if getattr(token, "style", None) in (">", "|"):
            newline = text.find("\n", start, end)
            start = end if newline < 0 else newline  # the content, from the next line on
        if "#" in text[start:end]:
            spans.append((start, end))
    return spans


def canonical_or_same(text: str) -> str:
    """The canonical view for git's textconv: a file that does not load as a plan or
    registry is shown as it is, so `git diff` still works on it."""
    try:
        return canonical(text)
    except EditError:
        return text


def _normalise(node: Any, model: type[BaseModel] | None) -> None:
    # An empty list or mapping has no block form: "[]" stays flow, else ruamel writes a
    # comment after it ("support: []  # cơ quan phối hợp", as `kehoach new` writes) before
    # the "[]", on the next line, and the file could not be formatted at all.
    if isinstance(node, CommentedSeq):
        _block_unless_empty(node)
        for item in node:
            _normalise(item, model)
    elif isinstance(node, CommentedMap):
        _block_unless_empty(node)
        if model is not None:
            _reorder(node, field_keys(model))
        for key in list(node):
            if model is not None:
                node[key] = _scalar(node[key], model, key)
            _normalise(node[key], model_at(model, (key,)) if model else None)


def _block_unless_empty(node: CommentedSeq | CommentedMap) -> None:
    if len(node):
        node.fa.set_block_style()
    else:
        node.fa.set_flow_style()


def _reorder(mapping: CommentedMap, order: Sequence[str]) -> None:
    wanted = sorted(mapping, key=_place_in(order))
    if wanted == list(mapping):
        return
    _comments_below_previous_key(mapping)

    def move() -> None:
        for key in wanted:
            mapping.move_to_end(key)

    _keeping_tail(mapping, move)


def _comments_below_previous_key(mapping: CommentedMap) -> None:
    """ruamel keeps some comments written between two keys with the key below (after a
    flow list) and most with the key above; hold them all with the key above, so a key
    moved to the top of a list item does not drag a comment onto the `- ` line."""
    keys = list(mapping)
    for above, below in itertools.pairwise(keys):
        entry = mapping.ca.items.get(below)
        if entry and entry[1]:
            lines = "".join(" " * token.column + token.value for token in entry[1])
            entry[1] = None
            _give_tail(_entry_slot(mapping, above), lines)


def _scalar(value: Any, model: type[BaseModel], key: str) -> Any:
    if (model, key) in QUOTED:
        if isinstance(value, CommentedSeq):
            for index, item in enumerate(value):
                value[index] = _quoted(item)  # item by item: a slice drops the comments
            return value
        return _quoted(value)
    if _is_day_field(model, key) and isinstance(value, str):
        return _iso_day(value)
    return value


def _quoted(value: Any) -> Any:
    if value is None or isinstance(value, (bool, CommentedMap, CommentedSeq, FoldedScalarString)):
        return value
    return DoubleQuotedScalarString(str(value))


def _is_day_field(model: type[BaseModel], key: str) -> bool:
    fields = {info.alias or name: info.annotation for name, info in model.model_fields.items()}
    return _mentions_date(fields.get(key))


def _mentions_date(annotation: Any) -> bool:
    """`Day`, `Day | None`: a date, possibly inside Annotated or a union."""
    return annotation is date or any(_mentions_date(arg) for arg in typing.get_args(annotation))


def _iso_day(text: str) -> Any:
    try:
        return read_day(text)
    except ValueError:
        return text  # not a day: validation reports it; fmt changes no meaning


# --- edits ------------------------------------------------------------------------------


def splice(original: str, before: str, after: str) -> str | None:
    """The lines changed between `before` and `after` (two dumps of one document),
    changed the same way in `original`; every other line of `original` stays as it is.
    None when a line to change does not stand in `original` as ruamel wrote it."""
    old, src, new = (t.splitlines(keepends=True) for t in (original, before, after))
    where = _line_map(src, old)
    out: list[str] = []
    done = 0
    for i1, i2, j1, j2 in _changes(src, new):
        span = _span(where, i1, i2, len(src), len(old))
        if span is None:
            return None
        start, end = span
        out += [*old[done:start], *new[j1:j2]]
        done = end
    return "".join([*out, *old[done:]])


def _line_map(src: list[str], old: list[str]) -> dict[int, int]:
    """Line of `src` -> the identical line of `old` they align on."""
    return {a + k: b + k for a, b, size in _matching_blocks(src, old) for k in range(size)}


def _matching_blocks(a: list[str], b: list[str]) -> Iterator[tuple[int, int, int]]:
    """(i, j, n): a[i:i+n] == b[j:j+n], in order. The common first and last lines are
    matched as they stand; difflib aligns only what lies between. On the whole of a long
    plan, whose lines repeat ("    lead: [STC]"), difflib's search is quadratic: an edit
    of 20,000 tasks took minutes, where the lines it changes are a handful."""
    head = 0
    limit = min(len(a), len(b))
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    if head:
        yield 0, 0, head
    middle = difflib.SequenceMatcher(
        None, a[head : len(a) - tail], b[head : len(b) - tail], autojunk=False
    )
    for block in middle.get_matching_blocks():
        if block.size:
            yield head + block.a, head + block.b, block.size
    if tail:
        yield len(a) - tail, len(b) - tail, tail


def _changes(a: list[str], b: list[str]) -> Iterator[tuple[int, int, int, int]]:
    """(i1, i2, j1, j2): a[i1:i2] becomes b[j1:j2], in order; the runs between matching
    blocks, as difflib's opcodes other than "equal"."""
    i = j = 0
    for start_a, start_b, size in [*_matching_blocks(a, b), (len(a), len(b), 0)]:
        if i < start_a or j < start_b:
            yield i, start_a, j, start_b
        i, j = start_a + size, start_b + size


def _span(
    where: dict[int, int], i1: int, i2: int, n_src: int, n_old: int
) -> tuple[int, int] | None:
    """Where lines i1..i2 of the dump sit in the original; for an insertion (i1 == i2),
    the gap between its aligned neighbours."""
    if i1 < i2:
        lines = [where.get(i) for i in range(i1, i2)]
        first = lines[0]
        if first is None or lines != list(range(first, first + len(lines))):
            return None
        return first, first + len(lines)
    before = where.get(i1 - 1, -1) + 1 if i1 > 0 else 0
    after = where.get(i1) if i1 < n_src else n_old
    if (i1 > 0 and i1 - 1 not in where) or after is None or before != after:
        return None
    return before, before


@dataclass(frozen=True)
class Draft:
    """A plan file as read for an edit."""

    path: Path
    text: str


def read_draft(path: Path) -> Draft:
    try:
        return Draft(path, path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise EditError(f"{path}: không đọc được tệp: {os_reason(exc)}") from None
    except UnicodeDecodeError:
        raise EditError(f"{path}: tệp không phải UTF-8; chạy `kehoach validate {path}`") from None


@contextmanager
def editing(path: Path) -> Iterator[Draft]:
    """`path` read once, with its write lock held until the block ends: build, check and
    write the edit inside, from this one read, and no other edit of the file can come
    between (one that read it earlier would overwrite this one). What killed edits left
    in the folder is removed first. Raises EditError when the lock cannot be had."""
    try:
        with files.locked(path):
            target = files.target_of(path)
            files.remove_leftovers(target.parent, PLAN_SUFFIXES, held=target)
            yield read_draft(path)
    except files.WriteError as exc:
        raise EditError(str(exc)) from None


def reloaded(repo: Repository, pf: PlanFile, draft: Draft) -> tuple[Repository, PlanFile]:
    """`repo` with `pf` as `draft` reads now: the one read an edit is built from. When
    the cache says `repo` was loaded from these very bytes (same path, size, time and
    SHA-256), `pf` is that read already and the file is not loaded twice."""
    if _loaded_from(repo, pf, draft):
        return repo, pf
    located, model, loading = load_bytes(draft.text.encode("utf-8"), pf.name, Plan)
    if not isinstance(model, Plan) or located is None:
        raise EditError(f"không sửa được: {first_errors(loading)[0]}")
    fresh = PlanFile(pf.path, pf.name, model, located)
    return replace(
        repo,
        plans=[fresh if p is pf else p for p in repo.plans],
        findings=[*(f for f in repo.findings if f.path != pf.name), *loading],
    ), fresh


def _loaded_from(repo: Repository, pf: PlanFile, draft: Draft) -> bool:
    if repo.cache is None:
        return False
    keyed = repo.cache.take(pf.path, pf.name, Plan.__name__)
    return keyed is not None and keyed[0] in repo.cache_keys and keyed[1] == draft.text.encode()


def remember(repo: Repository, settings: Settings, pf: PlanFile, outcome: Outcome) -> None:
    """After `outcome` is written: the cache keeps the file and the repository's findings
    as the next command would load and check them, so a run of edits, and the `status`
    after them, read and check the plan once more rather than once per command."""
    if repo.cache is None or outcome.checked is None:
        return
    loaded, findings = outcome.checked
    written = (outcome.text.encode("utf-8"), loaded)
    keys = repo.cache.replace_file(repo.cache_keys, pf.path, pf.name, Plan, written)
    key = repo.cache.repository_key(keys, settings) if keys is not None else None
    if key is not None:
        repo.cache.store_findings(key, findings)


def write_atomically(draft: Draft, text: str) -> None:
    """Replace the file with `text` unless it changed on disk since `draft` was read
    (UTF-8 decoding is lossless: the text's bytes are the bytes that were read)."""
    unchanged_since = files.digest(draft.text.encode("utf-8"))
    try:
        files.write_atomically(draft.path, text, unchanged_since=unchanged_since, through_link=True)
    except files.WriteError as exc:
        raise EditError(str(exc)) from None


# --- checked edits of one task ----------------------------------------------------------

TASK_KEYS = field_keys(Task)
MILESTONE_KEYS = field_keys(Milestone)
# Changes a task's node in place. It builds the nodes it adds each time it runs: an edit
# tries the task's own lines first, then (rarely) the whole file, each from a fresh read.
Operation = Callable[[CommentedMap], None]


@dataclass(frozen=True)
class Outcome:
    """An edit ready to write: the new text and the warnings it leaves (errors refuse)."""

    draft: Draft
    text: str
    plan: Plan  # the new version, as validated
    warnings: list[Finding]
    checked: tuple[Loaded, list[Finding]] | None = None  # the text loaded, every finding

    @property
    def changed(self) -> bool:
        return self.text != self.draft.text


def apply_edit(
    repo: Repository,
    settings: Settings,
    pf: PlanFile,
    draft: Draft,
    *,
    task_id: str,
    operation: Operation,
) -> Outcome:
    """`operation` applied to task `task_id` of `draft`, spliced and validated; not
    written. `pf` is `draft` loaded (`reloaded`): the edit knows one version of the file.

    The task's own lines are edited first (`_edit_task_lines`); when they cannot be, or
    the result reads otherwise than meant, the whole file goes through the round trip
    (`_edit_whole`), which refuses what it cannot do safely."""
    newline = _line_end(draft.text, pf.name)
    source = draft.text.replace(newline, "\n")
    edited = _edit_task_lines(source, pf, task_id, operation)
    if edited is None:
        text = _edit_whole(source, pf.name, task_id, operation)
        loaded = load_bytes(text.encode("utf-8"), pf.name, Plan)
    else:
        text, loaded = edited
    text = text.replace("\n", newline)  # the file's own line ends, on the new lines too
    if text == draft.text:
        return Outcome(draft, text, pf.plan, [])
    if newline != "\n":  # the positions of findings are the same; read as it is written
        loaded = load_bytes(text.encode("utf-8"), pf.name, Plan)
    plan, warnings, findings = _checked(repo, settings, pf, loaded)
    return Outcome(draft, text, plan, warnings, (loaded, findings))


def _edit_whole(source: str, name: str, task_id: str, operation: Operation) -> str:
    """`operation` through ruamel's round trip of the whole file (LF line ends)."""
    document = load_document(source)
    before = dump_document(document)
    operation(_task_node(document, task_id))
    after = dump_document(document)
    text = splice(source, before, after)
    if text is None or not _same_data(text, after, name):
        what = "các dòng cần sửa không ở dạng chuẩn"
        if _formats(source):
            raise EditError(_not_canonical(name, what))
        # `fmt` refuses this file too (a comment inside a flow list "[Sở Nội vụ,   # …"): never
        # send the clerk from one command to the other (a fresh user of session 40)
        raise EditError(
            f"{name}: {what}, và `kehoach fmt` cũng không định dạng lại được mà giữ nguyên chú "
            f"thích; hãy sửa tay nhiệm vụ '{task_id}' (viết danh sách mỗi mục một dòng “- …”)"
        )
    if _comments(text) != _comments(source):
        raise EditError(f"{name}: sửa như vậy sẽ làm mất chú thích; hãy sửa tay")
    return text


# --- the task's own lines ----------------------------------------------------------------
# ruamel's round trip runs at about 500 tasks a second: a clerk marking one task of a
# 5,000-task plan done waited 15 s. The task's lines alone go through it instead, under
# `tasks:` as in the file, and are put back in place of the old ones; everything before
# and after them is the file's own text, untouched. The whole result is then read with
# the fast reader (libyaml) and must be the file as it was with that one task changed as
# ruamel changed it; else the whole file goes through the round trip after all.

_WRAPPER = "tasks:\n"


def _edit_task_lines(
    source: str, pf: PlanFile, task_id: str, operation: Operation
) -> tuple[str, Loaded] | None:
    """The file (LF line ends) with `operation` applied to the lines of task `task_id`
    only, and that text loaded; None when that cannot be done and checked this way."""
    found = _task_lines(source, pf.located, task_id)
    if found is None:
        return None
    index, start, end = found
    lines = source.split("\n")
    own = _WRAPPER + "\n".join(lines[start:end]) + ("\n" if end < len(lines) else "")
    old = pf.located.data
    if _data(own) != {"tasks": [old["tasks"][index]]}:
        return None  # the lines are not the task alone (a flow list, a dash on its own line)
    edited = _edited_lines(own, operation)
    if edited is None:
        return None
    new_task, new_own = edited
    text = "\n".join(lines[:start]) + ("\n" if start else "") + new_own[len(_WRAPPER) :]
    text += "\n".join(lines[end:])
    loaded = load_bytes(text.encode("utf-8"), pf.name, Plan)
    tasks = old["tasks"]
    meant = {**old, "tasks": [*tasks[:index], new_task, *tasks[index + 1 :]]}
    if loaded[0] is None or loaded[0].data != meant:
        return None
    return text, loaded


def _task_lines(source: str, located: Located, task_id: str) -> tuple[int, int, int] | None:
    """(index in `tasks`, first line, line after the last; 0-based) of the first task
    whose id is `task_id`: from its item's line to the next item's, or to the next
    top-level key (or the end) for the last one."""
    tasks = located.data.get("tasks") if isinstance(located.data, dict) else None
    if not isinstance(tasks, list):
        return None
    index = next(
        (i for i, t in enumerate(tasks) if isinstance(t, dict) and str(t.get("id")) == task_id),
        None,
    )
    if index is None:
        return None
    start = located.marks[("tasks", index)][0] - 1
    if index + 1 < len(tasks):
        end = located.marks[("tasks", index + 1)][0] - 1
    else:
        after = [m[0] for k, m in located.marks.items() if len(k) == 1 and m[0] - 1 > start]
        end = min(after, default=source.count("\n") + 2) - 1  # else to the end
    heading = located.marks[("tasks",)][0] - 1
    return (index, start, end) if heading < start < end else None


def _edited_lines(own: str, operation: Operation) -> tuple[Any, str] | None:
    """`own` (a `tasks:` list of one task) with `operation` applied, spliced as an edit
    of the whole file is, with the task as it now reads; None when the lines to change
    are not as ruamel writes them, a comment would be lost, or the first line moved."""
    document = load_document(own)
    before = dump_document(document)
    operation(document["tasks"][0])
    after = dump_document(document)
    text = splice(own, before, after)
    if text is None or not text.startswith(_WRAPPER) or _comments(text) != _comments(own):
        return None
    new, theirs = _data(text), _data(after)
    if new is None or new != theirs or not isinstance(new, dict):
        return None
    return new["tasks"][0], text


def _data(text: str) -> Any:
    """`text` as the fast reader reads it; None when it does not read."""
    located, _ = parse_yaml(text.encode("utf-8"), "")
    return located.data if located is not None else None


def _line_end(text: str, name: str) -> str:
    """The line end `text` uses throughout: LF, or CRLF (a file saved on Windows). A file
    that mixes them, or ends lines with a lone CR, is refused as not canonical."""
    if (odd := odd_line_ends(text)) is not None:
        raise EditError(_not_canonical(name, odd[1]))
    return "\r\n" if "\r\n" in text else "\n"


def _formats(source: str) -> bool:
    """Whether `kehoach fmt` writes `source` in canonical form (it refuses what would move a
    comment)."""
    try:
        canonical(source)
    except EditError:
        return False
    return True


def _not_canonical(name: str, what: str) -> str:
    return f"{name}: {what}; chạy `kehoach fmt {name}` rồi thử lại"


def _task_node(document: Any, task_id: str) -> CommentedMap:
    for node in document["tasks"]:
        if isinstance(node, CommentedMap) and str(node.get("id")) == task_id:
            return node
    raise EditError(f"không thấy nhiệm vụ '{task_id}' trong tệp")  # changed since it was read


def _same_data(text: str, dumped: str, name: str) -> bool:
    """The spliced file reads as the same data as ruamel's own dump of the edit."""
    ours, _ = parse_yaml(text.encode("utf-8"), name)
    theirs, _ = parse_yaml(dumped.encode("utf-8"), name)
    return ours is not None and theirs is not None and ours.data == theirs.data


def _checked(
    repo: Repository, settings: Settings, pf: PlanFile, loaded: Loaded
) -> tuple[Plan, list[Finding], list[Finding]]:
    """The new plan (`loaded`: the new text loaded), its new warnings and every finding
    of the repository with it; an error the file did not have refuses the edit."""
    located, model, loading = loaded
    if not isinstance(model, Plan) or located is None:
        raise InvalidEdit(f"không ghi vì kết quả không hợp lệ: {first_errors(loading)[0]}")
    candidate = replace(
        repo,
        plans=[PlanFile(pf.path, pf.name, model, located) if p is pf else p for p in repo.plans],
        findings=[*(f for f in repo.findings if f.path != pf.name), *loading],
        cache=None,  # the kept findings are those of the files before the edit
    )
    # The repository is checked once, as it was (from the cache after an earlier command);
    # of the new version, only what the edit can change: the edited plan, and the rules
    # that cross files (`check_edited`).
    before = check_repository(repo, settings)
    known = {(f.code, f.message) for f in before if f.path == pf.name}
    found = check_edited(repo, before, candidate, pf.name, settings)
    fresh = [f for f in found if f.path == pf.name and (f.code, f.message) not in known]
    errors = [f for f in fresh if f.severity is Severity.ERROR]
    if errors:
        raise InvalidEdit(f"không ghi vì kết quả không hợp lệ: {errors[0]}")
    return model, fresh, found


# --- the form of a file's days -------------------------------------------------------------
# A plan file may write its days dd/mm/yyyy, as a clerk types them and as the loader reads
# them (`plan.model`), or yyyy-mm-dd, the canonical form (`kehoach fmt`) that plans/ and the
# README write. An edit writes its days as the file around writes them: a clerk who wrote
# "issued: 13/01/2026" finds "last_day: 31/03/2026" beside it, not "2026-03-31".

Written = Callable[[date], "date | str"]
_DAY_KEYS = frozenset(
    {"issued", "in_force", "completed", "first_day", "last_day", "from_first_day"}
    | {"from_last_day", "date", "sent", "from", "until", "day"}
)
_DMY = re.compile(r"\d{1,2}/\d{1,2}/\d{4}\Z")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def date_as_is(day: date) -> date | str:
    """`day` as a date: ruamel writes it yyyy-mm-dd, the canonical form."""
    return day


def day_month_year(day: date) -> date | str:
    """`day` written dd/mm/yyyy, as a clerk types it."""
    return f"{day:%d/%m/%Y}"


def days_written(data: object) -> Written:
    """How the file whose raw data (`Located.data`, strings as written) is `data` writes
    its days, counted over the values of its day keys (`issued`, `completed`, `last_day`,
    …): dd/mm/yyyy (`day_month_year`) when more of them are so written than yyyy-mm-dd, else
    the canonical yyyy-mm-dd (`date_as_is`; also for a file with no day yet)."""
    counts = {"dmy": 0, "iso": 0}
    for value in _day_values(data):
        if _DMY.match(value):
            counts["dmy"] += 1
        elif _ISO.match(value):
            counts["iso"] += 1
    return day_month_year if counts["dmy"] > counts["iso"] else date_as_is


def _day_values(data: object) -> Iterator[str]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in _DAY_KEYS and isinstance(value, str):
                yield value.strip()
            else:
                yield from _day_values(value)
    elif isinstance(data, list):
        for item in data:
            yield from _day_values(item)


def reschedule(
    task: Task,
    plan: Plan,
    settings: Settings,
    phrase: str,
    *,
    milestone: int | None,
    on: date,
    reason: str,
    decided_by: str | None,
    days: tuple[date | None, date | None] = (None, None),
    written: Written = date_as_is,
    allow_past: bool = True,
) -> Operation:
    """Move one milestone to `phrase` and record the change (with the old phrase) in history.
    Unless `allow_past`, a new deadline ending before the decision day `on` is refused
    (`EditError`): a move decided when its new day had passed is a day or a year mistyped.
    `days` (first_day, last_day): the days the document gives for a phrase no grammar reads,
    written beside it as a plan file holds them (`MILESTONE_FORM`); a first day needs a
    last day, not before it. Without them, a phrase that does not read is refused, the
    reason naming the options (`--first-day`, `--last-day`). `written`: how the file writes
    its days (`days_written`), used for every day the edit writes. Text typed is written
    in NFC, as files are read: a reason pasted decomposed (macOS) failed `fmt --check`."""
    phrase, reason = nfc(phrase), nfc(reason)
    decided_by = decided_by and nfc(decided_by)
    if not phrase.strip():  # the file keeps the phrase as printed, beside any days given
        raise EditError(
            'thời hạn mới để trống: gõ cụm từ như văn bản ghi, ví dụ "Trước ngày 15/8/2026"; '
            "có --last-day thì vẫn cần cụm từ, tệp ghi cả hai"
        )
    number = _milestone_number(task, milestone)
    old = task.milestones[number - 1].phrase
    if phrase == old:
        raise EditError(f"thời hạn của nhiệm vụ '{task.id}' đã là {phrase!r}")
    if len(phrase) > MAX_PHRASE:  # before the grammar, whose time grows with the length
        size, most = (f"{n:,}".replace(",", ".") for n in (len(phrase), MAX_PHRASE))
        raise EditError(f"thời hạn mới dài {size} ký tự, quá {most} ký tự")
    _days_given(phrase, days, plan, settings)
    _after_last_change(task, number, on)
    if not allow_past and (last := new_last_day(phrase, days, plan, settings)) and last < on:
        raise EditError(
            f"thời hạn mới {phrase!r} ({last:%d/%m/%Y}) trước ngày quyết định "
            f"{on:%d/%m/%Y}: dời tới một ngày đã qua lúc quyết định thường là gõ nhầm ngày "
            "hoặc năm; sửa cụm từ hoặc --on, hoặc thêm --allow-past nếu văn bản đúng là gia "
            "hạn về một ngày đã qua"
        )
    before = task.milestones[number - 1]
    change = Change(
        date=on,
        milestone=number if len(task.milestones) > 1 else None,  # one deadline needs no number
        from_=old,
        to=phrase,
        reason=reason,
        decided_by=decided_by,
        # the days the old phrase was read by, kept with it: as of a day before `on` the
        # deadline is judged by them (status), never by the new phrase
        from_last_day=before.last_day,
        from_first_day=before.first_day,
    )
    target = None if task.deadlines is None else number - 1
    return partial(
        _reschedule, phrase=phrase, milestone=target, change=change, days=days, written=written
    )


def new_last_day(
    phrase: str, days: tuple[date | None, date | None], plan: Plan, settings: Settings
) -> date | None:
    """The last day of the new deadline: `days`' last day when given, else the phrase's
    read in the plan (None for one counted from something, a recurring one, or unread)."""
    if days[1] is not None:
        return days[1]
    try:
        deadline = parse_deadline(phrase, context_for(plan, settings))
    except DeadlineError:
        return None
    return deadline.last if deadline.recurrence is None else None


def _days_given(
    phrase: str, days: tuple[date | None, date | None], plan: Plan, settings: Settings
) -> None:
    """The new phrase reads, or the days the document gives stand beside it (`days`: first
    and last); a first day needs a last day, not before it (the rule first-day-alone)."""
    first, last = days
    if first is not None and (last is None or first > last):
        raise EditError(
            "--first-day là ngày bắt đầu của một khoảng: cần --last-day, và không sau --last-day"
        )
    if last is not None:
        return  # the days win over the phrase, as in the file; validate warns if they differ
    context = context_for(plan, settings)
    try:
        parse_deadline(phrase, context)
    except DeadlineError as exc:
        # a count from another task or an event ("Trong 15 ngày làm việc sau khi nhiệm vụ 5
        # hoàn thành") is read as the plan reads it (`read_milestone`): `reschedule` refused
        # what `status` counts (a fresh user of session 40)
        if read_counted(phrase, context) is not None:
            return
        raise EditError(
            f"{exc}. Với reschedule: thêm --last-day dd/mm/yyyy (và --first-day dd/mm/yyyy "
            f"cho một khoảng), kehoach ghi cụm từ cùng ngày dạng {MILESTONE_FORM}"
        ) from None


def _after_last_change(task: Task, number: int, on: date) -> None:
    """A change is decided after the one it follows: the history is read in order (each
    rule in force from its day), so a mistyped `--on` before the last recorded change
    would leave a history that dates nothing."""
    days = [c.date for c in task.history if (c.milestone or 1) == number]
    if days and on < max(days):
        raise EditError(
            f"ngày quyết định {on:%d/%m/%Y} trước lần dời gần nhất của thời hạn này "
            f"({max(days):%d/%m/%Y}); ghi ngày của văn bản quyết định bằng --on"
        )


def _milestone_number(task: Task, asked: int | None) -> int:
    """The milestone `--milestone` names (from 1); it may be left out for a single one."""
    count = len(task.milestones)
    if asked is None and count > 1:
        raise EditError(f"nhiệm vụ '{task.id}' có {count} mốc thời hạn; chọn một bằng --milestone")
    if not 1 <= (asked or 1) <= count:
        raise EditError(f"nhiệm vụ '{task.id}' chỉ có {count} mốc thời hạn")
    return asked or 1


def _reschedule(
    node: CommentedMap,
    *,
    phrase: str,
    milestone: int | None,
    change: Change,
    days: tuple[date | None, date | None],
    written: Written,
) -> None:
    """`milestone`: the index in `deadlines`; None for a task with one `deadline`, which
    becomes a list of one when `days` are given (`deadline:` takes the phrase alone)."""
    entry = _history_entry(change, written)
    first, last = days
    if milestone is None and last is None:
        put(node, "deadline", DoubleQuotedScalarString(phrase), TASK_KEYS)
    elif milestone is None:
        _renamed(node, "deadline", "deadlines", _milestone_listed(phrase, first, last, written))
    else:
        target = node["deadlines"][milestone]
        put(target, "phrase", DoubleQuotedScalarString(phrase), MILESTONE_KEYS)
        # the new phrase reads on its own, or with its own days; a first_day left alone
        # would not validate (first-day-alone): the edit would be refused for a window it
        # just replaced
        drop(target, "last_day")
        drop(target, "first_day")
        for key, day in (("first_day", first), ("last_day", last)):
            if day is not None:
                put(target, key, written(day), MILESTONE_KEYS)
    history = node.get("history")
    if isinstance(history, CommentedSeq) and history:
        _keeping_tail(history, partial(history.append, entry))
    else:
        put(node, "history", CommentedSeq([entry]), TASK_KEYS)


def _milestone_listed(
    phrase: str, first: date | None, last: date | None, written: Written
) -> CommentedSeq:
    """`[{phrase: "…", first_day: …, last_day: …}]`, as the messages show it
    (`MILESTONE_FORM`): the phrase as printed, its days beside it as the file writes its
    days (`days_written`)."""
    milestone = CommentedMap(phrase=DoubleQuotedScalarString(phrase))
    if first is not None:
        milestone["first_day"] = written(first)
    milestone["last_day"] = last if last is None else written(last)
    milestone.fa.set_flow_style()
    listed = CommentedSeq([milestone])
    listed.fa.set_flow_style()
    return listed


def _history_entry(change: Change, written: Written = date_as_is) -> CommentedMap:
    entry = CommentedMap()
    for key, value in change.model_dump(by_alias=True, exclude_none=True).items():
        shown = written(value) if isinstance(value, date) else value
        entry[key] = DoubleQuotedScalarString(str(shown)) if (Change, key) in QUOTED else shown
    return entry


def record_done(
    plan: Plan,
    task: Task,
    settings: Settings,
    on: date,
    *,
    note: str | None,
    period: str | None,
    milestone: int | None = None,
) -> Operation:
    """`kehoach done`: a recurring task records the report of one period (the one in
    progress on `on`, or `period`) in `reports`, of its recurring milestone `milestone`
    (1-based; needed when it has several, and then written in the report); any other
    task is marked done. A day more than a year before the plan exists (`completion_floor`,
    `Floor.is_typo`) is refused; a day less early is written, and `validate` warns."""
    note = note and nfc(note)
    floor = completion_floor(plan, settings)
    if floor is not None and floor.is_typo(on) and (why := floor.refuses(on)):
        raise EditError(f"{why}; ghi lại với --on ngày đúng (dd/mm/yyyy)")
    rules = _recurring_rules(plan, task, settings)
    if not rules:
        if period is not None:
            raise EditError(f"nhiệm vụ '{task.id}' không có thời hạn định kỳ: bỏ --period")
        if milestone is not None:
            raise EditError(f"nhiệm vụ '{task.id}' không có thời hạn định kỳ: bỏ --milestone")
        if task.status is Status.DONE and task.completed not in (None, on):
            # A second report must not silently replace the first one's day: whether the
            # task was done on time is judged by it (as `--period` refuses a period twice).
            raise EditError(
                f"nhiệm vụ '{task.id}' đã ghi hoàn thành ngày {task.completed:%d/%m/%Y}; "
                "nếu ngày đó ghi sai, sửa trường completed trong tệp"
            )
        return mark_done(task, on, note)
    index = _report_milestone(task, rules, milestone)
    before = earlier_rules(task, index, context_for(plan, settings))
    found = _period_for(plan, task, (rules[index], *before), on, period)
    if period is None:
        _refuse_a_guess(plan, task, index, settings, on=on, coming=found)
    several = len(rules) > 1
    earlier = [
        r
        for r in reports_of(task, found.period)
        if not several or (r.milestone is not None and r.milestone - 1 == index)
    ]
    if earlier:
        which = f" (mốc {index + 1})" if several else ""
        raise EditError(f"kỳ {found.period}{which} đã ghi gửi ngày {earlier[0].sent:%d/%m/%Y}")

    def apply(node: CommentedMap) -> None:
        entry = CommentedMap()  # a new one each time: an edit may be tried twice (apply_edit)
        entry["period"] = found.period
        if several:
            entry["milestone"] = index + 1
        entry["sent"] = on
        if note:
            entry["note"] = note
        reports = node.get("reports")
        if isinstance(reports, CommentedSeq) and reports:
            _keeping_tail(reports, partial(reports.append, entry))
        else:
            put(node, "reports", CommentedSeq([entry]), TASK_KEYS)

    return apply


def _recurring_rules(plan: Plan, task: Task, settings: Settings) -> dict[int, Series]:
    """The series (RRULE and period reported on) of each readable recurring milestone, by
    0-based index."""
    context = context_for(plan, settings)
    rules: dict[int, Series] = {}
    for index, milestone in enumerate(task.milestones):
        try:
            rule = read_milestone(milestone, context).series
        except DeadlineError:
            continue
        if rule is not None:
            rules[index] = rule
    return rules


def _report_milestone(task: Task, rules: dict[int, Series], asked: int | None) -> int:
    """The 0-based recurring milestone a report is for: `asked` (1-based), else the only one."""
    listed = "mốc " + ", ".join(str(i + 1) for i in rules)
    if asked is not None:
        if asked > len(task.milestones):  # no such milestone: not "not recurring"
            count = len(task.milestones)
            raise EditError(f"nhiệm vụ '{task.id}' chỉ có {count} mốc; bỏ --milestone {asked}")
        if asked - 1 not in rules:
            raise EditError(
                f"mốc {asked} của nhiệm vụ '{task.id}' không phải thời hạn định kỳ "
                f"({listed} là thời hạn định kỳ)"
            )
        return asked - 1
    if len(rules) > 1:
        raise EditError(
            f"nhiệm vụ '{task.id}' có {len(rules)} thời hạn định kỳ ({listed}): "
            "ghi --milestone N để chọn mốc của báo cáo"
        )
    return next(iter(rules))


def _period_for(
    plan: Plan, task: Task, rules: Sequence[Series], on: date, period: str | None
) -> Occurrence:
    """The occurrence a report sent on `on` is for: `period` as written (of the rule, else
    of one it had before a recorded change), else the one due next on or after `on` (the
    period in progress)."""
    rule = rules[0]
    start = series_start(plan, task)
    if start is None:
        raise EditError("thời hạn định kỳ chưa có ngày bắt đầu: ghi 'from' cho nhiệm vụ")
    coming = next_occurrence(rule, start, on, task.until)
    if period is None:
        if coming is None:
            raise EditError("thời hạn định kỳ đã kết thúc (until): ghi --period cho kỳ đã qua")
        return coming
    horizon = max(on, start) + timedelta(days=800)
    found = next(
        (o for r in rules if (o := find_period(r, start, period, task.until, horizon))), None
    )
    if found is None:
        example = f', ví dụ --period "{coming.period}"' if coming else ""
        raise EditError(
            f"thời hạn định kỳ của nhiệm vụ '{task.id}' không có kỳ '{period}'{example}"
        )
    return found


def _refuse_a_guess(
    plan: Plan, task: Task, index: int, settings: Settings, *, on: date, coming: Occurrence
) -> None:
    """A report sent on `on` with no `--period` is the coming period's unless the period
    owed before `on` is not recorded and `on` is at least as near its due day: then it may
    as well be that one's, sent late (a quarterly report due 06/06, sent 10/07), or sent on
    the working day after a due day that fell on a Sunday. Booking it to the coming period
    would record a completion nobody made and leave the late one overdue: the clerk says
    which (--period). A report sent the day before the coming due day is the coming one's,
    whatever an older period still owes. The periods owed are those `status` counts (by
    the rule in force when each fell due)."""
    slot = next(
        (s for s in slots(plan, settings) if s.task.id == task.id and s.index == index), None
    )
    if slot is None:
        return
    owed = [
        i
        for i in classify_all(plan, slot, on, settings=settings)
        if i.occurrence is not None and i.occurrence.due < on
    ]
    if not owed or owed[-1].bin in {Bin.DONE_ON_TIME, Bin.DONE_LATE}:
        return
    missed = owed[-1].occurrence
    assert missed is not None
    if (on - missed.due).days > (coming.due - on).days:
        return
    raise EditError(
        f"kỳ {missed.period} (hạn {missed.due:%d/%m/%Y}) chưa ghi gửi: báo cáo gửi ngày "
        f'{on:%d/%m/%Y} là của kỳ nào? ghi --period "{missed.period}" (gửi trễ) '
        f'hoặc --period "{coming.period}"'
    )


def mark_done(task: Task, on: date, note: str | None) -> Operation:
    """`status: done` and the completion day; a note joins the task's notes (composed by
    `record_done`, its caller)."""

    def apply(node: CommentedMap) -> None:
        put(node, "status", "done", TASK_KEYS)
        put(node, "completed", on, TASK_KEYS)
        if note:
            put(node, "notes", _appended(node.get("notes"), note), TASK_KEYS)

    return apply


def _appended(notes: Any, note: str) -> Any:
    if notes is None:
        return note
    if isinstance(notes, FoldedScalarString):
        longer = FoldedScalarString(f"{notes}\n{note}")  # a new paragraph
        longer.fold_pos = list(getattr(notes, "fold_pos", []))  # the author's line breaks
        return longer
    if isinstance(notes, LiteralScalarString):
        return LiteralScalarString(f"{notes}\n{note}")
    # a note after one that ends with no stop is a sentence of its own: "Theo Công văn số
    # 45/UBND-TH. Theo Công văn số 52/UBND-TH", not one run-on title (fresh39c: two
    # `assign --note` ran the two documents' numbers together)
    stop = "" if str(notes).rstrip().endswith(_SENTENCE_ENDS) else "."
    return f"{str(notes).rstrip()}{stop} {note}"


_SENTENCE_ENDS = (".", ";", ":", "!", "?", "…", "”", '"')


def assign(
    task: Task,
    directory: Directory | None,
    lead: Sequence[str],
    support: Sequence[str],
    plan: Plan | None = None,
    *,
    note: str | None = None,
) -> Operation:
    """Replace the lead and/or supporting agencies with registry names (typed any way),
    read in `plan`'s jurisdiction as `validate` reads them (a province's Sở Nội vụ needs
    no entry of its own in agencies.yaml); a note (why, by which document) joins the
    task's notes, as `done --note` does."""
    if directory is None:
        raise EditError("không có danh mục cơ quan (agencies.yaml) để tra tên cơ quan")
    scope = directory.scope_for(plan) if plan is not None else None
    roles = {
        role: _agency_names(directory, names, getattr(task, role), scope)
        for role, names in (("lead", lead), ("support", support))
        if names
    }
    _one_role_each(task, directory, scope, roles)
    note = note and nfc(note)

    def apply(node: CommentedMap) -> None:
        for role, names in roles.items():
            current = node.get(role)
            if isinstance(current, CommentedSeq) and current:
                _keeping_tail(current, partial(_set_items, current, names))
            else:
                put(node, role, CommentedSeq(names), TASK_KEYS)
        if note:
            put(node, "notes", _appended(node.get("notes"), note), TASK_KEYS)

    return apply


def _one_role_each(
    task: Task, directory: Directory, scope: Scope | None, roles: dict[str, list[str]]
) -> None:
    """Refuse an assignment that makes one body both lead and support of the task (what
    validate would warn about, lead-and-support): the clerk typed one of the two by
    mistake. A body that was in both before the edit is left to validate."""
    lead = _by_id(directory, roles.get("lead", task.lead), scope)
    support = _by_id(directory, roles.get("support", task.support), scope)
    before = set(_by_id(directory, task.lead, scope)) & set(_by_id(directory, task.support, scope))
    both = [lead[key] for key in lead if key in support and key not in before]
    if both:
        raise EditError(
            f"'{both[0]}' sẽ vừa chủ trì vừa phối hợp nhiệm vụ '{task.id}': một cơ quan giữ "
            "một vai; bỏ nó khỏi --support, hoặc giao lại --lead không có nó"
        )


def _set_items(seq: CommentedSeq, names: Sequence[str]) -> None:
    """Make `seq` hold `names`: items kept stay where they are with their comments, new
    ones go last."""
    for index in reversed(range(len(seq))):
        if seq[index] not in names:
            _delete(seq, index, index - 1 if index else None)
    seq.extend(name for name in names if name not in seq)


def _by_id(directory: Directory, names: Sequence[str], scope: Scope | None) -> dict[str, str]:
    """Each of `names` as written, keyed by the registry id it resolves to (by itself when
    the registry knows no such body): two spellings of one body are one key."""
    keyed = {}
    for name in names:
        agency = directory.resolve(name, scope)
        keyed[agency.id if agency else name] = name
    return keyed


def _agency_names(
    directory: Directory, typed: Sequence[str], current: Sequence[str], scope: Scope | None
) -> list[str]:
    """Registry names for `typed`; an agency already listed keeps the spelling it has."""
    spelled = _by_id(directory, current, scope)
    names = []
    for name in typed:
        agency = directory.resolve(name, scope)
        if agency is None:
            # a task given today goes to a body in being, never one merged or dissolved
            raise EditError(directory.unknown(name, scope, current=True))
        names.append(spelled.get(agency.id, directory.written_name(agency, scope)))
    return list(dict.fromkeys(names))
