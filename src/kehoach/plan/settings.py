"""Project settings (kehoach.toml or [tool.kehoach]) and where the plans live."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kehoach.base.files import os_reason
from kehoach.dates.workdays import Rollover


class SettingsError(Exception):
    """A settings file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class Settings:
    """What a repository decides for itself. Defaults apply where there is no file."""

    file: Path | None = None
    plans: Path | None = None
    agencies: Path | None = None
    # "Trước ngày D": D is the last allowed day unless the repository says "strict".
    strict_before: bool = False
    # [ics]: where the feeds are served (webcal links) and where plan files can be read
    base_url: str | None = None
    plan_url: str | None = None
    # [calendar] rollover: a last day on a weekend or holiday moves to the next working
    # day (Bộ luật Dân sự 2015, Điều 148.5), unless the repository says "none".
    rollover: Rollover = Rollover.NEXT_WORKING_DAY


def load_settings(start: Path) -> Settings:
    """Settings from the nearest kehoach.toml, or pyproject.toml with [tool.kehoach]."""
    for folder in (start.resolve(), *start.resolve().parents):
        own = folder / "kehoach.toml"
        if own.is_file():
            return _settings_from(own, _read_toml(own))
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _read_toml(pyproject).get("tool", {}).get("kehoach")
            if isinstance(table, dict):
                return _settings_from(pyproject, table)
    return Settings()


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise SettingsError(f"{path}: không đọc được cấu hình: {os_reason(exc)}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: {_toml_reason(str(exc))}") from None


def _toml_reason(message: str) -> str:
    """tomllib's English ("Illegal character '\\n' (at line 1, column 11)") said in
    Vietnamese, with the place it names, so the settings file can be fixed."""
    place = re.search(r"\(at line (\d+), column (\d+)\)", message)
    where = f" ở dòng {place[1]}, cột {place[2]}" if place else ""
    if "end of document" in message:
        where = " ở cuối tệp"
    return (
        f"không đọc được cấu hình: sai cú pháp TOML{where} (chuỗi chưa đóng ngoặc kép, thiếu "
        "dấu '=', khóa trùng…)"
    )


def _settings_from(path: Path, table: Mapping[str, Any]) -> Settings:
    unknown = set(table) - {"plans", "agencies", "deadline", "ics", "calendar"}
    if unknown:
        raise SettingsError(f"{path}: khóa cấu hình không xác định: {', '.join(sorted(unknown))}")
    before = table.get("deadline", {}).get("before", "inclusive")
    if before not in ("inclusive", "strict"):
        raise SettingsError(f"{path}: deadline.before phải là 'inclusive' hoặc 'strict'")
    ics = table.get("ics", {})
    if not isinstance(ics, dict) or set(ics) - {"base_url", "plan_url"}:
        raise SettingsError(f"{path}: bảng [ics] chỉ nhận base_url và plan_url")
    return Settings(
        rollover=_rollover_setting(path, table.get("calendar", {})),
        file=path,
        plans=_path_setting(path, table, "plans"),
        agencies=_path_setting(path, table, "agencies"),
        strict_before=before == "strict",
        base_url=_url_setting(path, ics, "base_url"),
        plan_url=_url_setting(path, ics, "plan_url"),
    )


def _rollover_setting(path: Path, table: object) -> Rollover:
    choices = " hoặc ".join(f"'{r.value}'" for r in Rollover)
    if not isinstance(table, dict) or set(table) - {"rollover"}:
        raise SettingsError(f"{path}: bảng [calendar] chỉ nhận rollover ({choices})")
    value = table.get("rollover", Rollover.NEXT_WORKING_DAY.value)
    if value not in {r.value for r in Rollover}:
        raise SettingsError(f"{path}: calendar.rollover phải là {choices}")
    return Rollover(value)


def _url_setting(path: Path, table: Mapping[str, Any], key: str) -> str | None:
    value = table.get(key)
    if value is not None and not (isinstance(value, str) and "://" in value):
        raise SettingsError(f"{path}: ics.{key} phải là một địa chỉ URL, như https://…")
    return value


def _path_setting(path: Path, table: Mapping[str, Any], key: str) -> Path | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise SettingsError(f"{path}: {key} phải là một đường dẫn")
    return path.parent / value


def plan_paths(
    paths: Sequence[Path], settings: Settings, cwd: Path, env: Mapping[str, str] = os.environ
) -> list[Path]:
    """Where to read plans: PATHS, else $KEHOACH_PLANS, else the setting, else ./plans upward.

    Empty entries of $KEHOACH_PLANS are skipped (`plans::` is `plans`), and a value of
    separators only (`:`, as a shell's `${A}:${B}` leaves it) is no list: the setting or
    plans/ are used, as when the variable is unset, never a file with an empty name."""
    if paths:
        return list(paths)
    listed = [Path(p) for p in env.get("KEHOACH_PLANS", "").split(os.pathsep) if p]
    if listed:
        return listed
    if settings.plans is not None:
        return [settings.plans]
    for folder in (cwd, *cwd.parents):
        if (folder / "plans").is_dir():
            return [folder / "plans"]
    raise SettingsError("không tìm thấy thư mục plans/; hãy chỉ đường dẫn tới các tệp kế hoạch")
