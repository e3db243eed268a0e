"""`status --format json` is written one deadline at a time (render.status.json_pieces):
the text is byte for byte what json.dumps gives for the whole document at once."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from kehoach.plan.loader import load_repository
from kehoach.plan.settings import Settings
from kehoach.render.status import (
    SCHEMA,
    RenderOptions,
    _all_items,
    as_json,
    item_record,
    json_default,
    json_pieces,
    problem_record,
    tally_record,
)
from kehoach.reports.status import build_report

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import bench  # noqa: E402  the benchmark's generator: every deadline form, some done


def whole(report, options):  # type: ignore[no-untyped-def]
    """The document as one object, dumped at once: the JSON contract of the README."""
    document = {
        "schema": SCHEMA,
        "as_of": report.as_of,
        "soon_days": report.soon_days,
        "summary": {
            "total": tally_record(report.total),
            "agencies": [
                {"agency": n, "kind": t.kind, "formerly": t.formerly, **tally_record(t)}
                for n, t in report.agencies
            ],
        },
        "items": [item_record(item, report) for item in _all_items(report)],
        "not_in_force": [
            {"plan_id": o.plan.id, "plan_number": o.plan.number, "since": o.since, "why": o.why}
            for o in report.left_out
        ],
        "problems": [problem_record(f) for f in options.problems],
    }
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True, default=json_default)
    return text + "\n"


@pytest.mark.parametrize("day", [date(2022, 7, 1), date(2026, 7, 1), date(2000, 1, 1)])
def test_the_pieces_make_the_document_json_dumps_makes(day: date, tmp_path: Path) -> None:
    generated = tmp_path / "plans"
    bench.generate(generated, 150)
    for folder in (ROOT / "plans", generated):
        repo = load_repository([folder], Settings(), folder)
        report = build_report(repo.plans, Settings(), repo.directory, day)
        options = RenderOptions()
        assert as_json(report, options) == "".join(json_pieces(report, options))
        assert as_json(report, options) == whole(report, options)
        assert day != date(2000, 1, 1) or json.loads(as_json(report, options))["items"] == []
