"""`reschedule TASK ""`: a blank new phrase. With --last-day it stopped with an internal
error (pydantic's "String should have at least 1 character" for the history's `to`), without
it advised --last-day, which could not help (fresh21's find, session 29). A blank phrase is
refused up front, the file untouched, through the installed command."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_review import PLAN, REASON_1, fresh_repo


@pytest.mark.parametrize("days", [(), ("--last-day", "30/12/2022")])
@pytest.mark.parametrize("phrase", ["", "   "])
def test_a_blank_new_phrase_is_refused_and_the_file_kept(
    tmp_path: Path, phrase: str, days: tuple[str, ...]
) -> None:
    repo = fresh_repo(tmp_path)
    before = repo.read(PLAN)
    done = repo.kehoach("reschedule", "15/KH-UBND/3", phrase, "--reason", REASON_1, *days)
    assert done.returncode == 2, done.stderr
    assert "thời hạn mới để trống" in done.stderr
    assert "lỗi nội bộ" not in done.stderr
    assert repo.read(PLAN) == before
