"""Validation findings as text (`path:line:col: …`), JSON, or GitHub workflow commands."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from kehoach.base.findings import Finding, Severity
from kehoach.base.text import one_line


def as_text(findings: Sequence[Finding]) -> str:
    """One line per finding; its example's lines under it, indented, each on one line (so
    a line that starts with a path is always a finding)."""
    return "".join(f"{f}\n" + "".join(map(_example_line, f.example)) for f in findings)


def _example_line(line: str) -> str:
    """A line of an example, four spaces in, its own indentation kept (YAML needs it)."""
    indent = len(line) - len(line.lstrip(" "))
    return f"    {' ' * indent}{one_line(line)}\n"


def as_json(findings: Sequence[Finding]) -> str:
    rows = [
        {
            "code": f.code,
            "col": f.col,
            "line": f.line,
            "message": f.message,
            "path": f.path,
            "severity": str(f.severity),
        }
        | ({"example": "\n".join(f.example)} if f.example else {})
        for f in findings
    ]
    summary = {
        "errors": sum(f.severity is Severity.ERROR for f in findings),
        "warnings": sum(f.severity is Severity.WARNING for f in findings),
    }
    document = {"findings": rows, "summary": summary}
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(findings: Sequence[Finding]) -> str:
    """GitHub Actions workflow commands: each finding becomes an annotation on its line."""
    lines = []
    for f in findings:
        props = ",".join(
            [
                f"file={_escape_property(f.path)}",
                f"line={f.line}",
                f"col={f.col}",
                f"title={_escape_property(f'kehoach {f.code}')}",
            ]
        )
        lines.append(f"::{f.severity} {props}::{_escape_data(f.message)}\n")
    return "".join(lines)


FORMATS: dict[str, Callable[[Sequence[Finding]], str]] = {
    "text": as_text,
    "json": as_json,
    "github": as_github,
}
