"""JSON Schema of the file formats, so editors check plan files as people type."""

from __future__ import annotations

import json

from pydantic import BaseModel

from kehoach.plan.calendarfile import CalendarFile
from kehoach.plan.model import Plan, Registry

SCHEMAS: dict[str, type[BaseModel]] = {
    "plan": Plan,
    "agencies": Registry,
    "calendar": CalendarFile,
}


def schema_text(name: str) -> str:
    """The JSON Schema of file kind `name` ("plan", "agencies" or "calendar"), stable text."""
    schema = SCHEMAS[name].model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
