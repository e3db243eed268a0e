"""JSON Schema of the file formats, so editors check plan files as people type.

pydantic writes the schema from the models; its titles are the class and key names in
English ("Decided By") and its descriptions mix the models' Vietnamese with their English
docstrings. Every title and description is rewritten here from `fieldnames`, in one
language: Vietnamese, or English with `lang="en"`.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from kehoach.plan.calendarfile import CalendarFile
from kehoach.plan.fieldnames import DAY, FIELDS, MODEL_NAMES, MODELS
from kehoach.plan.model import Plan, Registry

SCHEMAS: dict[str, type[BaseModel]] = {
    "plan": Plan,
    "agencies": Registry,
    "calendar": CalendarFile,
}
LANGS = ("vi", "en")


def schema_text(name: str, lang: str = "vi") -> str:
    """The JSON Schema of file kind `name` ("plan", "agencies" or "calendar"), stable
    text, its titles and descriptions in `lang` ("vi" or "en")."""
    model = SCHEMAS[name]
    schema = model.model_json_schema(by_alias=True)
    english = lang == "en"
    _describe(schema, model.__name__, english, _vietnamese(model))
    for def_name, definition in schema.get("$defs", {}).items():
        _describe(definition, def_name, english, _vietnamese(model))
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _vietnamese(model: type[BaseModel]) -> dict[tuple[str, str], str]:
    """(model name, key) -> the Vietnamese description the model itself gives, for
    `model` and every model it holds."""
    found: dict[tuple[str, str], str] = {}
    pending: list[type[BaseModel]] = [model]
    while pending:
        current = pending.pop()
        for name, info in current.model_fields.items():
            if info.description:
                found[current.__name__, info.alias or name] = info.description
            pending.extend(_models_in(info.annotation))
    return found


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in getattr(annotation, "__args__", ()) for m in _models_in(arg)]


def _describe(
    schema: dict[str, Any], model: str, english: bool, vietnamese: dict[tuple[str, str], str]
) -> None:
    """Title and description of one object (or enum) and of each of its properties."""
    pick = 1 if english else 0
    if model in MODEL_NAMES:
        schema["title"] = MODEL_NAMES[model][pick]
        schema["description"] = MODELS[model][pick]
    for key, prop in schema.get("properties", {}).items():
        # a key missing from the table shows as itself (tests/test_cli.py flags it)
        vi_name, en_name, en_help = FIELDS.get(model, {}).get(key, (key, key, ""))
        prop["title"] = en_name if english else vi_name
        vi_help = vietnamese.get((model, key), vi_name)
        prop["description"] = (en_help or en_name) if english else vi_help
        _days(prop, DAY[pick])


def _days(node: Any, words: str) -> None:
    """A day's own description, wherever a property holds one (`anyOf`, `items`)."""
    if isinstance(node, dict):
        if node.get("description") == DAY[0]:
            node["description"] = words
        for value in node.values():
            _days(value, words)
    elif isinstance(node, list):
        for value in node:
            _days(value, words)
