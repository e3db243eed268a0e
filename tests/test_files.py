"""Atomic writes: the old file stays whole whatever goes wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from kehoach.base.files import WriteError, digest, write_atomically


def test_replaces_content_and_keeps_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "kh.yaml"
    target.write_text("cũ\n", encoding="utf-8")
    target.chmod(0o640)
    write_atomically(target, "mới: Sở Tài chính\n")
    assert target.read_text(encoding="utf-8") == "mới: Sở Tài chính\n"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["kh.yaml"]  # no temporary left


def test_refuses_when_the_file_changed_since_it_was_read(tmp_path: Path) -> None:
    target = tmp_path / "kh.yaml"
    target.write_bytes(b"a\n")
    seen = digest(target.read_bytes())
    target.write_bytes(b"someone else's edit\n")
    with pytest.raises(WriteError, match="đã bị thay đổi"):
        write_atomically(target, "b\n", unchanged_since=seen)
    assert target.read_bytes() == b"someone else's edit\n"
    assert [p.name for p in tmp_path.iterdir()] == ["kh.yaml"]


def test_never_replaces_a_folder_or_writes_into_a_missing_one(tmp_path: Path) -> None:
    (tmp_path / "feed.ics").mkdir()
    with pytest.raises(WriteError, match="không phải một tệp thường"):
        write_atomically(tmp_path / "feed.ics", b"x")
    with pytest.raises(WriteError, match="không ghi được"):
        write_atomically(tmp_path / "missing" / "feed.ics", b"x")
