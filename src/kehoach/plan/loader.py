"""Files -> located YAML -> models. What fails to load becomes findings, never a traceback.

An invalid plan never hides the valid ones: each file is loaded on its own and the
caller gets every plan that validated plus the findings for those that did not.
"""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from kehoach.base.files import real_path
from kehoach.base.findings import Finding, error, has_errors
from kehoach.dates.grammar import MILESTONE_FORM
from kehoach.plan import SCHEMA_VERSION
from kehoach.plan.agencies import Directory
from kehoach.plan.cache import PlanCache
from kehoach.plan.discovery import Discovery, discover_files, display_name, inside
from kehoach.plan.model import PLAN_ID_PATTERN, TASK_ID_PATTERN, Milestone, Plan, Registry, Task
from kehoach.plan.settings import Settings
from kehoach.plan.yamlread import Loc, Located, parse_yaml, read_yaml


@dataclass(frozen=True)
class PlanFile:
    """A plan that validated, with where it came from and where each key sits."""

    path: Path
    name: str  # the path as shown to people
    plan: Plan
    located: Located


@dataclass
class Repository:
    """Everything loaded from a set of paths."""

    plans: list[PlanFile] = field(default_factory=list)
    directory: Directory | None = None
    registry_name: str | None = None
    registry_path: Path | None = None
    registry_located: Located | None = None
    findings: list[Finding] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)  # files that did not load at all
    # Plans that fit the model but whose file has an error (a duplicate key, a bad header):
    # validated by every rule, so one run reports every problem, but counted in no report.
    damaged: list[PlanFile] = field(default_factory=list)
    cache: PlanCache | None = None  # where the rules' findings may be kept (plan/cache.py)
    cache_keys: list[str | None] = field(default_factory=list)  # one per file loaded


Progress = Callable[[int, int], None]  # (files read, files to read), after each file


def load_repository(
    paths: Sequence[Path],
    settings: Settings,
    cwd: Path,
    cache: PlanCache | None = None,
    progress: Progress | None = None,
) -> Repository:
    """Load every plan under `paths` and the agency registry that goes with them; with a
    `cache`, files whose bytes it has seen come from it (the same result, faster);
    `progress` is told how far the reading is after each plan file."""
    return _load_found(discover_files(paths, settings), cwd, cache, progress)


def load_in_context(
    paths: Sequence[Path], context: Sequence[Path], settings: Settings, cwd: Path
) -> tuple[Repository, frozenset[str]]:
    """`paths` loaded with the other plans under the folders of `context` that hold one of
    them, and the names of those other plans. pre-commit passes only the files that
    changed; checked alone, a plan reusing another's id would pass. The other plans come
    first, so the file given is the one flagged; their own findings are not its."""
    given = discover_files(paths, settings)
    roots = [root for root in context if any(inside(p, root) for p in given.plans)]
    if not roots:
        return _load_found(given, cwd), frozenset()
    named = {real_path(p) for p in given.plans}
    others = [p for p in discover_files(roots, settings).plans if real_path(p) not in named]
    found = Discovery([*others, *given.plans], given.registry, given.outside)
    return _load_found(found, cwd), frozenset(display_name(p, cwd) for p in others)


def _load_found(
    found: Discovery, cwd: Path, cache: PlanCache | None = None, progress: Progress | None = None
) -> Repository:
    repo = Repository(cache=cache)
    for link in found.outside:
        name = display_name(link, cwd)
        message = "liên kết (symlink) trỏ ra ngoài thư mục kế hoạch; không đọc tệp này"
        repo.findings.append(error(name, (1, 1), "symlink-outside", message))
        repo.broken.append(name)
    if found.registry is not None:
        _load_registry(repo, found.registry, cwd)
    for done, path in enumerate(found.plans, 1):
        _load_plan(repo, path, cwd)
        if progress is not None:
            progress(done, len(found.plans))
    return repo


@dataclass(frozen=True)
class Blob:
    """A file's bytes from somewhere other than the disk (a git revision, an edit)."""

    path: Path
    name: str  # as shown to people, e.g. HEAD~2:plans/kh-348-2022.yaml
    raw: bytes


Loaded = tuple[Located | None, BaseModel | None, list[Finding]]


def load_blobs(plans: Sequence[Blob], registry: Blob | None) -> Repository:
    """`load_repository` for files held in memory: the same checks, the same findings."""
    repo = Repository()
    if registry is not None:
        loaded = load_bytes(registry.raw, registry.name, Registry)
        _add_registry(repo, registry.path, registry.name, loaded)
    for blob in plans:
        _add_plan(repo, blob.path, blob.name, load_bytes(blob.raw, blob.name, Plan))
    return repo


def _load_registry(repo: Repository, path: Path, cwd: Path) -> None:
    name = display_name(path, cwd)
    _add_registry(repo, path, name, _load(repo, path, name, Registry))


def _load_plan(repo: Repository, path: Path, cwd: Path) -> None:
    name = display_name(path, cwd)
    _add_plan(repo, path, name, _load(repo, path, name, Plan))


def _load(repo: Repository, path: Path, name: str, model: type[BaseModel]) -> Loaded:
    if repo.cache is None:
        return load_document(path, name, model)
    loaded, key = repo.cache.load(
        path,
        name,
        model,
        fresh=lambda raw: load_bytes(raw, name, model),
        cold=lambda: load_document(path, name, model),
    )
    repo.cache_keys.append(key)
    return loaded


def _add_registry(repo: Repository, path: Path, name: str, loaded: Loaded) -> None:
    located, model, findings = loaded
    repo.findings.extend(findings)
    repo.registry_name = name
    repo.registry_path = path
    if isinstance(model, Registry) and located is not None and not has_errors(findings):
        repo.directory = Directory(model)
        repo.registry_located = located
    else:
        repo.broken.append(name)


def _add_plan(repo: Repository, path: Path, name: str, loaded: Loaded) -> None:
    located, model, findings = loaded
    repo.findings.extend(findings)
    if isinstance(model, Plan) and located is not None and not has_errors(findings):
        repo.plans.append(PlanFile(path, name, model, located))
    else:
        repo.broken.append(name)
        if isinstance(model, Plan) and located is not None:
            repo.damaged.append(PlanFile(path, name, model, located))


def load_document(path: Path, name: str, model: type[BaseModel]) -> Loaded:
    """Read and validate one file against `model`."""
    return _validated(*read_yaml(path, name), name, model)


def load_bytes(raw: bytes, name: str, model: type[BaseModel]) -> Loaded:
    """Validate a file's bytes against `model`, exactly as `load_document` does a file."""
    return _validated(*parse_yaml(raw, name), name, model)


def _validated(
    located: Located | None, findings: list[Finding], name: str, model: type[BaseModel]
) -> Loaded:
    if located is None:
        return None, None, findings
    if not isinstance(located.data, dict):
        return located, None, [*findings, error(name, (1, 1), "schema", "tệp phải là một mapping")]
    data = located.data
    version = _version_problem(located, name)
    if version is not None:
        findings = [*findings, version]
        if _newer(located):  # a newer format's fields are not ours to judge
            return located, None, findings
        data = {**data, "schema": SCHEMA_VERSION}  # a header error hides nothing else
    try:
        return located, model.model_validate(data), findings
    except ValidationError as exc:
        return located, None, [*findings, *translate(exc, located, name, model)]


def _newer(located: Located) -> bool:
    version = located.data.get("schema")
    return isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION


def _version_problem(located: Located, name: str) -> Finding | None:
    version = located.data.get("schema")
    where = located.where(("schema",))
    if version is None:
        return error(name, where, "schema-version", f"thiếu khóa 'schema: {SCHEMA_VERSION}'")
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        message = (
            f"tệp dùng schema {version}, phiên bản kehoach này chỉ đọc tới schema "
            f"{SCHEMA_VERSION}: hãy nâng cấp kehoach (upgrade kehoach)"
        )
        return error(name, where, "schema-version", message)
    if version != SCHEMA_VERSION:
        return error(name, where, "schema-version", f"schema phải là {SCHEMA_VERSION}")
    return None


def translate(
    exc: ValidationError, located: Located, name: str, model: type[BaseModel]
) -> list[Finding]:
    """pydantic's errors as located findings in Vietnamese, one per defect."""
    out = []
    for err in exc.errors(include_url=False):
        loc = _data_loc(tuple(err["loc"]))
        code, message = _explain(err, loc, model, located.data)
        out.append(error(name, located.where(loc), code, message))
    return sorted(set(out))


def _data_loc(loc: tuple[Any, ...]) -> Loc:
    # pydantic appends the union member or validator name ("function-before[...]") to
    # locations inside unions; they are not keys of the file.
    return tuple(part for part in loc if isinstance(part, int) or "[" not in str(part))


_ITEM_NAMES = {"tasks": "nhiệm vụ", "agencies": "cơ quan"}


def _field_path(loc: Loc, data: Any = None) -> str:
    """Where a field is, as people count: "nhiệm vụ 3 › lead thứ 2", not "tasks.2.lead.1".

    A task (or registry entry) is named by its id where it has one, else by its place
    counted from 1; other list items by their place counted from 1."""
    parts: list[str] = []
    node = data
    index = 0
    while index < len(loc):
        key = loc[index]
        following = loc[index + 1] if index + 1 < len(loc) else None
        node = node.get(key) if isinstance(node, dict) else None
        if isinstance(key, str) and isinstance(following, int):
            item = node[following] if isinstance(node, list) and following < len(node) else None
            parts.append(_item_name(key, following, item))
            node = item
            index += 2
            continue
        parts.append(str(key) if isinstance(key, str) else f"thứ {key + 1}")
        index += 1
    return " › ".join(parts) or "(gốc)"


def _item_name(key: str, position: int, item: Any) -> str:
    own = item.get("id") if isinstance(item, dict) else None
    if key in _ITEM_NAMES and isinstance(own, (str, int)) and str(own).strip():
        return f"{_ITEM_NAMES[key]} {own}"
    return f"{_ITEM_NAMES.get(key, key)} thứ {position + 1}"


# what each id pattern of the model asks for, in the words of a clerk
_FORMS = {
    PLAN_ID_PATTERN: (
        ": cần chữ thường không dấu, chữ số và dấu '-', không dấu cách"
        " (như kh-348-2022, so-tai-chinh)"
    ),
    TASK_ID_PATTERN: (
        ": cần chữ không dấu, chữ số, dấu '.' và '-', không dấu cách (như 3.1, III.1.b)"
    ),
}


# What to write in a field left empty, where the document may say nothing: its own words
# for that silence (a clerk told only "không được để trống" typed a guess)
_SILENCE = {
    "deadline": "cụm từ thời hạn như văn bản ghi; văn bản không nêu hạn: “Không nêu thời hạn”",
    "phrase": "cụm từ thời hạn như văn bản ghi; văn bản không nêu hạn: “Không nêu thời hạn”",
    "lead": "cơ quan chủ trì như văn bản ghi; văn bản không giao: “Không nêu cơ quan chủ trì”",
}


def _fill_in(loc: Loc) -> str:
    """ ": ghi …" for an empty field `_SILENCE` knows (a list item by its list's name)."""
    names = [part for part in loc if isinstance(part, str)]
    field = names[-1] if names else ""
    return f": ghi {_SILENCE[field]}" if field in _SILENCE else ""


def _explain(  # noqa: PLR0911
    err: Any, loc: Loc, model: type[BaseModel], data: Any = None
) -> tuple[str, str]:
    kind: str = err["type"]
    where = _field_path(loc, data)
    if kind == "missing":
        return "missing-field", f"thiếu trường bắt buộc '{where}'"
    if kind == "extra_forbidden":
        return "unknown-field", _unknown_field(loc, model)
    if kind in ("too_short", "string_too_short") and isinstance(err.get("input"), (list, str)):
        return "empty", f"'{where}' không được để trống{_fill_in(loc)}"
    # ... "too_long" for a text checked after a validator (`model.Phrase`, stripped first)
    if kind == "string_too_long" or (kind == "too_long" and isinstance(err.get("input"), str)):
        limit = err.get("ctx", {}).get("max_length")
        return "bad-value", f"'{where}': dài quá {limit} ký tự"
    if kind == "greater_than_equal":
        return (
            "bad-value",
            f"'{where}': cần ≥ {err.get('ctx', {}).get('ge')}, nhưng có {err.get('input')!r}",
        )
    if kind == "string_pattern_mismatch":
        form = _FORMS.get(err.get("ctx", {}).get("pattern", ""), "")
        return "bad-value", f"'{where}': giá trị {err.get('input')!r} không đúng dạng{form}"
    if kind == "enum":
        expected = str(err.get("ctx", {}).get("expected", "")).replace(" or ", " hoặc ")
        return "bad-value", f"'{where}': giá trị {err.get('input')!r} không hợp lệ; chọn {expected}"
    if kind in (
        "string_type",
        "list_type",
        "dict_type",
        "model_type",
        "bool_parsing",
        "bool_type",
        "int_parsing",
        "int_type",
    ):
        wanted = _WANTED.get(kind, kind)
        if loc[-1] == "deadline" and isinstance(err.get("input"), dict):
            # {phrase: …, last_day: …} under `deadline:`: the one form that takes it is a list
            return (
                "bad-type",
                f"'{where}': cần một cụm từ; một mốc có last_day ghi {MILESTONE_FORM}",
            )
        given = _given(err.get("input"))
        hint = _fill_in(loc) if err.get("input") is None else ""
        return "bad-type", f"'{where}': cần {wanted}, nhưng {given}{hint}"
    if kind == "value_error":
        return "bad-value", f"'{where}': {str(err['msg']).removeprefix('Value error, ')}"
    return "schema", f"'{where}': {err['msg']}"


def _given(value: Any) -> str:
    """What a field holds, in the file's words: "để trống (null)", "có true", "có một
    danh sách", "có 'abc'" (a clerk who left `title:` empty read "nhưng có None")."""
    if value is None:
        return "để trống (null)"
    if isinstance(value, bool):
        return f"có {str(value).lower()}"
    if isinstance(value, dict):
        return "có một mapping (các dòng khóa: giá trị)"
    if isinstance(value, list):
        return "có một danh sách"
    return f"có {value!r}"


_WANTED = {
    "string_type": "văn bản",
    "list_type": "một danh sách",
    "dict_type": "một mapping",
    "model_type": "một mapping",
    "bool_parsing": "true hoặc false",
    "bool_type": "true hoặc false",  # null or a list where a yes/no goes ("standing:" empty)
    "int_parsing": "một số nguyên",
    "int_type": "một số nguyên",
}


def _unknown_field(loc: Loc, model: type[BaseModel]) -> str:
    key = str(loc[-1])
    owner = model_at(model, loc[:-1])
    if owner is Task and key in set(field_keys(Milestone)) - set(field_keys(Task)):
        # "last_day" beside `deadline:` (as the refusal's "cạnh cụm từ" reads): one level down
        return f"trường không xác định '{key}' ở nhiệm vụ: {key} đi cùng cụm từ, {MILESTONE_FORM}"
    known = sorted(field_keys(owner)) if owner else []
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    hint = f" (có phải '{close[0]}'?)" if close else ""
    return f"trường không xác định '{key}'{hint}"


def field_keys(model: type[BaseModel]) -> list[str]:
    """The keys a file may use for `model` (aliases where set)."""
    return [info.alias or name for name, info in model.model_fields.items()]


def model_at(root: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The model class that validates the mapping at `loc` below `root`."""
    current: type[BaseModel] | None = root
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        fields = {info.alias or name: info for name, info in current.model_fields.items()}
        info = fields.get(part)
        current = _inner_model(info.annotation) if info else None
    return current


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is not None:
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None
