"""Findings: what validation reports, as data (`path:line:col: severity: message [code]`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from kehoach.base.text import file_name, one_line


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Finding:
    """One defect, located in a file so editors, grep and CI annotations can jump to it."""

    path: str
    line: int
    col: int
    severity: Severity
    code: str
    message: str
    # lines of a plan file that fix it, shown under the finding by `validate` (a YAML
    # example a one-line message cannot hold: `plan.several`); () for most findings
    example: tuple[str, ...] = ()

    def __str__(self) -> str:
        """One line whatever the message quotes from a file (a value with a line break
        or an escape sequence cannot fake or hide a finding)."""
        where = f"{file_name(self.path)}:{self.line}:{self.col}"
        return f"{where}: {self.severity}: {one_line(self.message)} [{self.code}]"


def error(path: str, where: tuple[int, int], code: str, message: str) -> Finding:
    return Finding(path, where[0], where[1], Severity.ERROR, code, message)


def warning(path: str, where: tuple[int, int], code: str, message: str) -> Finding:
    return Finding(path, where[0], where[1], Severity.WARNING, code, message)


def has_errors(findings: Iterable[Finding], *, strict: bool = False) -> bool:
    """True when any finding fails the check (`strict` counts warnings too)."""
    return any(strict or f.severity is Severity.ERROR for f in findings)


def first_errors(findings: Iterable[Finding]) -> list[Finding]:
    """The first error of each file: what a report that goes on regardless mentions."""
    first: dict[str, Finding] = {}
    for finding in findings:
        if finding.severity is Severity.ERROR:
            first.setdefault(finding.path, finding)
    return list(first.values())
