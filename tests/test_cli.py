"""The command as installed: `kehoach deadline`, `kehoach schema`, `python -m kehoach`."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel

from clirun import kehoach
from kehoach.plan.fieldnames import DAY, FIELDS, MODEL_NAMES, MODELS
from kehoach.plan.jsonschema import SCHEMAS, schema_text

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=ROOT, env={"NO_COLOR": "1"})


def test_deadline_explains_a_yearless_phrase_with_the_plan_year() -> None:
    result = run("deadline", "Trước ngày 15/12", "--issued", "02/6/2022", "--format", "json")
    reading = json.loads(result.stdout)
    assert (reading["kind"], reading["first"], reading["last"]) == (
        "date",
        "2022-12-15",
        "2022-12-15",
    )
    assert result.returncode == 0


def test_deadline_text_shows_the_label_and_dates_dd_mm_yyyy() -> None:
    result = run("deadline", "Tham mưu UBND tỉnh trước ngày 05/7/2022")
    assert "05/07/2022" in result.stdout
    assert "Tham mưu UBND tỉnh" in result.stdout


def test_deadline_text_never_calls_a_start_bound_a_day() -> None:
    """ "từ 28/8/2025" alone says when work may start, not when it is due: the kind a
    clerk reads first must say so (the JSON kind stays `date`, with `earliest`)."""
    start = run("deadline", "tựu trường từ 28/8/2025").stdout
    assert "mốc bắt đầu, không phải hạn" in start and "một ngày" not in start
    assert "Bắt đầu từ  28/08/2025" in start and "Hạn cuối" not in start
    due = run("deadline", "trước ngày 28/8/2025").stdout
    assert "một ngày (date)" in due and "mốc bắt đầu" not in due


def test_deadline_refuses_what_is_not_a_deadline_in_one_line() -> None:
    result = run("deadline", "theo quy định hiện hành")
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert "theo quy định hiện hành" in result.stderr


@pytest.mark.parametrize("bad", ["31/02/2022", "hôm qua", "2022-13-01"])
def test_bad_dates_on_the_command_line_are_usage_errors(bad: str) -> None:
    result = run("deadline", "Trước ngày 15/12", "--issued", bad)
    assert result.returncode == 2
    assert "--issued" in result.stderr and "Traceback" not in result.stderr


def test_python_dash_m_runs_the_same_app() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kehoach", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "validate" in result.stdout and "status" in result.stdout


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_json_schemas_match_the_models(name: str) -> None:
    committed = (ROOT / "schema" / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(name), "run `make schema` and commit the result"


def test_schema_command_prints_the_plan_schema() -> None:
    printed = json.loads(run("schema").stdout)
    assert "tasks" in printed["properties"] and "schema" in printed["required"]


def _words(node: object) -> Iterator[str]:
    """Every title and description of a schema."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("title", "description") and isinstance(value, str):
                yield value
            else:
                yield from _words(value)
    elif isinstance(node, list):
        for value in node:
            yield from _words(value)


def _vietnamese_words() -> set[str]:
    from kehoach.plan import calendarfile, model

    own = {
        info.description
        for module in (model, calendarfile)
        for cls in vars(module).values()
        if isinstance(cls, type) and issubclass(cls, BaseModel)
        for info in cls.model_fields.values()
        if info.description
    }
    names = {entry[0] for fields in FIELDS.values() for entry in fields.values()}
    models = {words[0] for words in (*MODELS.values(), *MODEL_NAMES.values())}
    return own | names | models | {DAY[0]}


def _english_words() -> set[str]:
    fields = {text for f in FIELDS.values() for entry in f.values() for text in entry[1:]}
    models = {words[1] for words in (*MODELS.values(), *MODEL_NAMES.values())}
    return fields | models | {DAY[1]}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_titles_and_descriptions_speak_one_language(name: str) -> None:
    """No English docstring or 'Decided By' in the Vietnamese schema, no Vietnamese
    description in the English one (Vietnamese terms quoted inside English are fine)."""
    vietnamese = list(_words(json.loads(schema_text(name))))
    english = list(_words(json.loads(schema_text(name, "en"))))
    assert len(vietnamese) == len(english) > 10
    assert set(vietnamese) <= _vietnamese_words()
    assert set(english) <= _english_words()
    assert not set(english) & _vietnamese_words() - _english_words()


def test_schema_names_a_field_as_a_clerk_does() -> None:
    plan = json.loads(run("schema").stdout)
    task = plan["$defs"]["Task"]
    assert task["title"] == "Nhiệm vụ"
    assert task["properties"]["notes"]["title"] == "Ghi chú"
    assert plan["$defs"]["Change"]["properties"]["decided_by"]["title"] == "Văn bản quyết định"
    english = json.loads(run("--lang", "en", "schema").stdout)
    assert english["$defs"]["Change"]["properties"]["decided_by"]["title"] == "Decided by"
    assert english["properties"]["issued"]["description"] == "The day the plan was issued"


def test_schema_out_says_what_it_wrote(tmp_path: Path) -> None:
    out = tmp_path / "schema"
    result = run("schema", "--out", str(out))
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr == (
        f"đã ghi 3 tệp JSON Schema: {out}/plan.schema.json (tệp kế hoạch), "
        f"{out}/agencies.schema.json (danh mục cơ quan), "
        f"{out}/calendar.schema.json (lịch hoán đổi ngày nghỉ)\n"
    )
    assert sorted(p.name for p in out.iterdir()) == [
        "agencies.schema.json",
        "calendar.schema.json",
        "plan.schema.json",
    ]
    english = run("schema", "--out", str(out), "--lang", "en")
    assert english.stderr.startswith("wrote 3 JSON Schema files: ")
    assert '"title": "Decided by"' in (out / "plan.schema.json").read_text(encoding="utf-8")


def test_every_bundled_file_points_editors_at_its_schema() -> None:
    for path in (ROOT / "plans").glob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        kind = {"agencies.yaml": "agencies", "calendar.yaml": "calendar"}.get(path.name, "plan")
        assert first == f"# yaml-language-server: $schema=../schema/{kind}.schema.json", path


def test_deadline_reads_many_phrases_from_stdin_as_json_lines() -> None:
    phrases = "Trước ngày 23/6/2022\nkịp thời\n\nQuý III/2026\n"
    result = kehoach("deadline", "-", "--format", "json", stdin=phrases)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["phrase"], r.get("last"), "error" in r) for r in rows] == [
        ("Trước ngày 23/6/2022", "2022-06-23", False),
        ("kịp thời", None, True),
        ("Quý III/2026", "2026-09-30", False),
    ]
    assert result.returncode == 1
    assert result.stderr.startswith("<stdin>:2: error:")


def test_deadline_text_names_the_kind_in_vietnamese() -> None:
    assert "thường xuyên (ongoing)" in run("deadline", "Thường xuyên").stdout
