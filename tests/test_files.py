"""Atomic writes: the old file stays whole whatever goes wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from kehoach.base.files import WriteError, digest, locked, remove_leftovers, write_atomically


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


def test_writes_through_a_link_and_keeps_the_link(tmp_path: Path) -> None:
    shared = tmp_path / "chung" / "kh.yaml"
    shared.parent.mkdir()
    shared.write_text("cũ\n", encoding="utf-8")
    link = tmp_path / "kh.yaml"
    link.symlink_to(shared)
    write_atomically(link, "mới\n", through_link=True)
    assert link.is_symlink() and shared.read_text(encoding="utf-8") == "mới\n"
    assert sorted(p.name for p in shared.parent.iterdir()) == ["kh.yaml"]


def test_an_output_replaces_a_link_and_never_writes_where_it_points(tmp_path: Path) -> None:
    """A committed `site/all.ics -> ~/.bashrc` must not let an export overwrite ~/.bashrc."""
    elsewhere = tmp_path / "bashrc"
    elsewhere.write_text("giữ nguyên\n", encoding="utf-8")
    link = tmp_path / "all.ics"
    link.symlink_to(elsewhere)
    write_atomically(link, b"BEGIN:VCALENDAR\r\n")
    assert not link.is_symlink() and link.read_bytes() == b"BEGIN:VCALENDAR\r\n"
    assert elsewhere.read_text(encoding="utf-8") == "giữ nguyên\n"


def test_refuses_a_read_only_file_even_for_root(tmp_path: Path) -> None:
    target = tmp_path / "kh.yaml"
    target.write_text("cũ\n", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(WriteError, match="tệp chỉ đọc"):
        write_atomically(target, "mới\n")
    assert target.read_text(encoding="utf-8") == "cũ\n"


def test_a_second_writer_waits_for_the_lock_and_gives_up_plainly(tmp_path: Path) -> None:
    target = tmp_path / "kh.yaml"
    target.write_text("cũ\n", encoding="utf-8")
    busy = pytest.raises(WriteError, match="một lệnh khác đang ghi tệp này")
    with locked(target), busy, locked(target, wait=0.1):
        pass
    with locked(target):  # free again, and the lock file went with its holder
        assert (tmp_path / ".kh.yaml.lock").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kh.yaml"]


def test_leftovers_of_a_file_being_written_stay(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text("x\n", encoding="utf-8")
        (tmp_path / f".{name}.abcd1234").write_text("x\n", encoding="utf-8")
    with locked(tmp_path / "b.yaml"):  # another writer, in the middle of its write
        removed = remove_leftovers(tmp_path, (".yaml",))
    assert [p.name for p in removed] == [".a.yaml.abcd1234"]
    assert (tmp_path / ".b.yaml.abcd1234").exists()
