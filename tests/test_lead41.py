"""The lead's fixes of session 41: what the new users of session 40 (fresh40c) saw and
nobody fixed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pydantic import ValidationError

from clirun import CLERK, kehoach
from kehoach.plan.model import Change

BUNDLED = Path(__file__).resolve().parents[1] / "plans"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The installed `kehoach args`, as a clerk runs it."""
    return kehoach(*args, cwd=cwd, env=CLERK)


def change(reason: str, decided_by: str | None = None) -> Change:
    return Change.model_validate(
        {"date": "01/07/2022", "from": "Trước 30/6", "to": "Trước 30/9", "reason": reason,
         "decided_by": decided_by}
    )  # fmt: skip


@pytest.mark.parametrize(
    ("reason", "said"),
    [
        ("x", "“x” là chữ điền cho có"),
        ("0", "“0” là chữ điền cho có"),
        ("n/a", "“n/a” là chữ điền cho có"),
        ("TBD", "“TBD” là chữ điền cho có"),
        # a zero-width space alone was quoted as “” (it prints nothing)
        ("\u200b", "“<U+200B>” chỉ có dấu câu"),
        ("  ", "chỉ có dấu cách"),
    ],
)
def test_a_filler_reason_is_refused_and_shown(reason: str, said: str) -> None:
    """fresh40c: "x", "0" and "n/a" passed as the reason a deadline moved, so
    `diff --require-reasons` (the CI check that every move says why) was met by a filler."""
    with pytest.raises(ValidationError) as refused:
        change(reason)
    assert said in str(refused.value)
    with pytest.raises(ValidationError):
        change("Theo đề nghị của Sở Nội vụ", decided_by=reason)


@pytest.mark.parametrize("reason", ["Có", "Lùi do bão số 3", "QĐ 12"])
def test_a_short_reason_that_says_something_is_kept(reason: str) -> None:
    assert change(reason, decided_by="CV 5/UBND").reason == reason


def test_reschedule_refuses_a_filler_reason_and_writes_nothing(tmp_path: Path) -> None:
    shutil.copytree(BUNDLED, tmp_path / "plans", ignore=shutil.ignore_patterns("sources"))
    plan = tmp_path / "plans" / "kh-348-2022.yaml"
    before = plan.read_bytes()
    moved = ("reschedule", "348/6", "Trước ngày 18/12/2026", "--on", "01/07/2022")
    refused = run(*moved, "--reason", "x", cwd=tmp_path)
    assert refused.returncode == 2
    assert "--reason: “x” là chữ điền cho có" in refused.stderr
    assert plan.read_bytes() == before
