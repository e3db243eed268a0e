"""The cache of loaded plans (plan/cache.py): the same results with and without it, and
an entry that is corrupt, truncated, foreign or tampered with is rebuilt, never trusted."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kehoach.cli import app
from kehoach.plan import rules, schedule
from kehoach.plan.cache import FORMAT, PlanCache, default_directory
from kehoach.plan.loader import load_repository
from kehoach.plan.rules import check_repository
from kehoach.plan.schedule import slots
from kehoach.plan.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import bench  # noqa: E402  the benchmark's generator: every deadline form, some done

COMMANDS = [
    ["validate", "."],
    ["validate", ".", "--format", "json"],
    ["validate", ".", "--format", "github"],
    *(["status", ".", "--as-of", "01/07/2026", "-f", f] for f in ("text", "json", "markdown")),
    ["status", ".", "--as-of", "01/07/2026", "-f", "csv", "--all"],
    *(["timeline", ".", "--as-of", "01/07/2026", "-f", f] for f in ("text", "mermaid", "svg")),
    ["timeline", ".", "--as-of", "01/07/2026", "-f", "html"],
    ["export-ics", "-o", "-", ".", "--as-of", "01/07/2026"],
]


def generated(folder: Path) -> Path:
    """A generated repository with one broken and one unreadable-agency plan beside it."""
    bench.generate(folder, 300)
    (folder / "hong.yaml").write_text("schema: 1\nid: [khong\n", encoding="utf-8")
    bad = (folder / "kh-bench-0.yaml").read_text(encoding="utf-8")
    (folder / "kh-bench-0.yaml").write_text(
        bad.replace("id: kh-bench-0", "id: kh-bench-sai", 1).replace(
            "lead: [", 'lead: ["Sở Không Có", ', 1
        ),
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def repositories(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    bundled = tmp_path_factory.mktemp("bundled") / "plans"
    shutil.copytree(ROOT / "plans", bundled)
    return [bundled, generated(tmp_path_factory.mktemp("generated") / "plans")]


def test_every_command_and_format_says_the_same_with_and_without_the_cache(
    repositories: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    for folder in repositories:
        monkeypatch.chdir(folder)
        cache = tmp_path / folder.parent.name
        for args in COMMANDS:
            plain = runner.invoke(app, ["--no-cache", *args])
            cold = runner.invoke(app, ["--cache-dir", str(cache), *args])
            warm = runner.invoke(app, ["--cache-dir", str(cache), *args])
            assert plain.exit_code in (0, 1), (args, plain.output)
            for run in (cold, warm):
                assert (run.exit_code, run.stdout, run.stderr) == (
                    plain.exit_code,
                    plain.stdout,
                    plain.stderr,
                ), args
        assert any(cache.rglob("*.json"))  # the runs did go through the cache


def _warm(folder: Path, cache: PlanCache) -> None:
    repo = load_repository([folder], Settings(), folder, cache)
    check_repository(repo, Settings())


def test_a_warm_load_neither_parses_yaml_nor_runs_the_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = generated(tmp_path / "plans")
    cache = PlanCache(tmp_path / "cache")
    _warm(folder, cache)

    def no_parsing(*_: object) -> None:
        raise AssertionError("parsed YAML on a warm run")

    def cold_only() -> None:
        monkeypatch.setattr("kehoach.plan.loader.parse_yaml", no_parsing)
        monkeypatch.setattr("kehoach.plan.loader.read_yaml", no_parsing)
        monkeypatch.setattr(rules, "RULES", ())
        monkeypatch.setattr(schedule, "parse_deadline", no_parsing)
        monkeypatch.setattr(schedule, "_READINGS", {})  # as in a new process

    cold_only()
    with pytest.raises(AssertionError, match="parsed YAML"):  # a broken file: never kept
        load_repository([folder], Settings(), folder, cache)
    monkeypatch.undo()
    (folder / "hong.yaml").unlink()
    plain = load_repository([folder], Settings(), folder)
    expected = check_repository(plain, Settings())
    assert any(f.code == "unknown-agency" for f in expected)
    _warm(folder, cache)
    cold_only()
    warm = load_repository([folder], Settings(), folder, cache)
    assert [pf.plan for pf in warm.plans] == [pf.plan for pf in plain.plans]
    assert warm.broken == plain.broken
    assert check_repository(warm, Settings()) == expected  # no rule ran: they were kept
    # The deadlines come back with the findings: the report reads no phrase again.
    for mine, theirs in zip(warm.plans, plain.plans, strict=True):
        assert slots(mine.plan, Settings()) == slots(theirs.plan, Settings())
    # A finding still knows its line on a warm load: the positions come from the cache.
    for loc in (("tasks", 7, "lead", 0), ("tasks", 3, "deadline"), ("nowhere",)):
        assert warm.plans[0].located.where(loc) == plain.plans[0].located.where(loc)


def _entries(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.rglob("*.json"))


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "foreign-version", "tampered-data", "tampered-findings", "empty"],
)
def test_a_damaged_entry_is_ignored_and_rebuilt(
    damage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(ROOT / "plans", folder)
    cache_dir = tmp_path / "cache"
    expected_repo = load_repository([folder], Settings(), folder)
    expected = check_repository(expected_repo, Settings())
    _warm(folder, PlanCache(cache_dir))
    for entry in _entries(cache_dir):
        text = entry.read_text(encoding="utf-8")
        header, _, payload = text.partition("\n")
        if damage == "garbage":
            entry.write_bytes(b"\x80\x81 not json at all")
        elif damage == "truncated":
            entry.write_text(text[: len(text) // 2], encoding="utf-8")
        elif damage == "foreign-version":
            head = json.loads(header)
            head["format"] = "kehoach-cache/999"
            assert head["format"] != FORMAT
            entry.write_text(json.dumps(head) + "\n" + payload, encoding="utf-8")
        elif damage == "tampered-data":  # a deadline moved without fixing the checksum
            entry.write_text(text.replace("2022", "2099"), encoding="utf-8")
        elif damage == "tampered-findings":
            entry.write_text(text.replace("error", "warning"), encoding="utf-8")
        else:
            entry.write_text("", encoding="utf-8")
    repo = load_repository([folder], Settings(), folder, PlanCache(cache_dir))
    assert [pf.plan for pf in repo.plans] == [pf.plan for pf in expected_repo.plans]
    assert check_repository(repo, Settings()) == expected
    # ... and rebuilt: the next run reads sound entries again.
    monkeypatch.setattr("kehoach.plan.loader.read_yaml", lambda *_: 1 / 0)
    again = load_repository([folder], Settings(), folder, PlanCache(cache_dir))
    assert [pf.plan for pf in again.plans] == [pf.plan for pf in expected_repo.plans]


def test_an_edited_file_is_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(ROOT / "plans", folder)
    cache = PlanCache(tmp_path / "cache")
    _warm(folder, cache)
    plan = folder / "kh-348-2022.yaml"
    stat = plan.stat()
    # Same size and modification time, other bytes: the content hash tells them apart.
    text = plan.read_text(encoding="utf-8").replace("Trước 31/7/2022", "Trước 30/7/2022", 1)
    plan.write_text(text, encoding="utf-8")
    os.utime(plan, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    repo = load_repository([folder], Settings(), folder, cache)
    phrases = [t.deadline for pf in repo.plans for t in pf.plan.tasks]
    assert "Trước 30/7/2022" in phrases


def test_where_the_cache_lives() -> None:
    assert default_directory({"KEHOACH_NO_CACHE": "1", "KEHOACH_CACHE_DIR": "/x"}) is None
    assert default_directory({"KEHOACH_CACHE_DIR": "/x"}) == Path("/x")
    assert default_directory({"XDG_CACHE_HOME": "/c"}) == Path("/c/kehoach")
    assert default_directory({"KEHOACH_NO_CACHE": "0", "HOME": "/h"}) is not None


STATUS = ["status", ".", "--as-of", "01/07/2026"]


def _status(
    runner: CliRunner, cache: Path, *args: str, env: dict[str, str] | None = None
) -> tuple[int, str, str]:
    run = runner.invoke(app, ["--cache-dir", str(cache), *STATUS, *args], env=env)
    return run.exit_code, run.stdout, run.stderr


def _plain(
    runner: CliRunner, *args: str, env: dict[str, str] | None = None
) -> tuple[int, str, str]:
    run = runner.invoke(app, ["--no-cache", *STATUS, *args], env=env)
    return run.exit_code, run.stdout, run.stderr


def _no_loading(*_: object, **__: object) -> None:
    raise AssertionError("loaded the plans on a warm run")


def test_a_warm_status_prints_its_kept_output_without_loading_a_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = generated(tmp_path / "plans")  # a broken file: its error is said again too
    monkeypatch.chdir(folder)
    runner, cache = CliRunner(), tmp_path / "cache"
    expected = _plain(runner, "--format", "json")
    assert expected[0] == 1 and "hong.yaml" in expected[2]
    assert _status(runner, cache, "--format", "json") == expected

    timeline = ["timeline", ".", "--as-of", "01/07/2026", "--format", "svg"]
    chart = runner.invoke(app, ["--no-cache", *timeline])
    runner.invoke(app, ["--cache-dir", str(cache), *timeline])
    monkeypatch.setattr("kehoach.plan.loader.load_repository", _no_loading)
    assert _status(runner, cache, "--format", "json") == expected
    again = runner.invoke(app, ["--cache-dir", str(cache), *timeline])
    assert (again.exit_code, again.stdout, again.stderr) == (1, chart.stdout, chart.stderr)
    # Another day, format or width is another output: computed (here: refused), not replayed.
    for other in (["--as-of", "02/07/2026"], ["--format", "csv"], ["--limit", "3"]):
        with pytest.raises(AssertionError, match="loaded the plans"):
            runner.invoke(app, ["--cache-dir", str(cache), *STATUS, *other], catch_exceptions=False)
    with pytest.raises(AssertionError, match="loaded the plans"):
        runner.invoke(
            app, ["--cache-dir", str(cache), *STATUS], env={"COLUMNS": "61"}, catch_exceptions=False
        )


@pytest.fixture
def bundled_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled plans in `tmp_path`, the working directory of the test."""
    folder = tmp_path / "plans"
    shutil.copytree(ROOT / "plans", folder)
    monkeypatch.chdir(folder)
    return folder


def test_a_kept_status_is_never_stale_nor_trusted_when_altered(
    bundled_here: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = bundled_here
    runner, cache = CliRunner(), tmp_path / "cache"
    before = _plain(runner, "--all")
    assert _status(runner, cache, "--all") == before
    # An edit keeping size and modification time: the content hash tells it apart.
    plan = folder / "kh-348-2022.yaml"
    stat = plan.stat()
    text = plan.read_text(encoding="utf-8").replace("Trước 31/7/2022", "Trước 30/7/2022", 1)
    plan.write_text(text, encoding="utf-8")
    os.utime(plan, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    after = _plain(runner, "--all")
    assert after != before and "30/07/2022" in after[1]
    assert _status(runner, cache, "--all") == after
    # The calendar file's swapped days change working days: its bytes are in the key.
    calendar = folder / "calendar.yaml"
    calendar.write_text(calendar.read_text(encoding="utf-8") + "\n# sửa\n", encoding="utf-8")
    with monkeypatch.context() as patch:
        patch.setattr("kehoach.plan.loader.load_repository", _no_loading)
        with pytest.raises(AssertionError, match="loaded the plans"):
            runner.invoke(
                app, ["--cache-dir", str(cache), *STATUS, "--all"], catch_exceptions=False
            )
    assert _status(runner, cache, "--all") == after
    # The kept text altered behind the cache's back: ignored and rebuilt.
    (kept,) = cache.rglob("*.out")
    kept.write_bytes(kept.read_bytes().replace(b"2022", b"2099"))
    assert _status(runner, cache, "--all") == after
    assert b"2099" not in kept.read_bytes()


@pytest.mark.usefixtures("bundled_here")
def test_kept_outputs_do_not_pile_up_day_after_day(tmp_path: Path) -> None:
    runner, cache = CliRunner(), tmp_path / "cache"
    for day in ("01/07/2022", "02/07/2022", "03/07/2022"):
        run = runner.invoke(app, ["--cache-dir", str(cache), "status", ".", "--as-of", day])
        assert run.exit_code == 0
        assert f"{day}" in run.stdout
    assert len(list(cache.rglob("*.out"))) == 1  # one command line, its latest output


def test_output_kept_in_pieces_exists_only_once_every_piece_went_through(tmp_path: Path) -> None:
    cache = PlanCache(tmp_path / "cache")
    pieces = cache.keep_pieces("slot", "key", iter(["một ", "hai ", "ba"]), ["lỗi\n"], 1)
    assert next(pieces) == "một "
    pieces.close()  # the reader stopped (a closed pipe): nothing is kept, no leftovers
    assert cache.output("slot", "key") is None
    assert not [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]
    whole = list(cache.keep_pieces("slot", "key", iter(["một ", "hai ", "ba"]), ["lỗi\n"], 1))
    assert whole == ["một ", "hai ", "ba"]
    kept = cache.output("slot", "key")
    assert kept is not None and (kept.stdout, kept.stderr, kept.code) == (
        "một hai ba",
        ["lỗi\n"],
        1,
    )
    assert cache.output("slot", "another key") is None  # the slot holds one output


def test_a_cache_that_cannot_be_written_still_gives_the_whole_output(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    cache = PlanCache(blocked / "cache")
    assert list(cache.keep_pieces("slot", "key", iter(["a", "b"]), [], 0)) == ["a", "b"]
    assert cache.output("slot", "key") is None


def test_validate_keeps_its_rules_findings_for_its_calendar(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """validate checks against the repository's working-day calendar: its findings are
    kept under a key holding the calendar's swapped days, so a warm run runs no rule."""
    from datetime import date

    from kehoach.dates.holidaytable import vietnam_calendar
    from kehoach.dates.workdays import Calendar
    from kehoach.plan.rules import calendar_key

    plain, swapped = vietnam_calendar(), vietnam_calendar({date(2026, 1, 2): "Tết"})
    assert calendar_key(plain) != calendar_key(swapped)
    assert calendar_key(plain) == calendar_key(vietnam_calendar())
    assert calendar_key(Calendar(lambda year: {})) is None  # no stable name: never kept
    folder = generated(tmp_path / "plans")
    cache = PlanCache(tmp_path / "cache")
    repo = load_repository([folder], Settings(), folder, cache)
    expected = check_repository(repo, Settings(), plain, date(2026, 7, 1))
    assert any(f.code == "unknown-agency" for f in expected)  # a rule's finding
    monkeypatch.setattr(rules, "RULES", ())  # a warm run: no rule may be needed
    warm = load_repository([folder], Settings(), folder, cache)
    assert check_repository(warm, Settings(), plain, date(2026, 7, 1)) == expected
    other = check_repository(warm, Settings(), swapped, date(2026, 7, 1))
    # Another calendar is another key: computed afresh (here by no rule, so none of theirs).
    assert not any(f.code == "unknown-agency" for f in other)
