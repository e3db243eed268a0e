"""Validation findings as text (`path:line:col: …`), JSON, or GitHub workflow commands."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from kehoach.base.findings import Finding, Severity


def as_text(findings: Sequence[Finding]) -> str:
    return "".join(f"{f}\n" for f in findings)


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
