"""The YAML reader's own resolver (plan/yamlread.py `_Loader`) reads every file exactly as
PyYAML's resolver did: the same data, positions and findings for every kind of scalar,
tag, key and broken file. Only the time differs (a third of a cold read went to PyYAML's
regular expressions)."""

from __future__ import annotations

import unicodedata

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach.plan import yamlread
from kehoach.plan.yamlread import parse_yaml

# Every family PyYAML's YAML 1.1 resolver knows, in spellings that match and that nearly do.
SCALARS = [
    *("", "~", "null", "Null", "NULL", "nULL", "none", "None"),
    *("true", "True", "TRUE", "tRUE", "false", "False", "FALSE", "fAlse"),
    *("yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "n"),
    *("0", "-0", "+0", "00", "012", "0o17", "0b101", "0x1F", "1_000", "190:20:30", "+12"),
    *("-12", "12", "999999999999999999", "1234567890123456789", "١٢", "²", "1 2", "1e3"),
    *("1.0", "3.10", ".5", "1.", ".inf", "-.Inf", ".NaN", "6.8523015e+5", "190:20:30.15"),
    *("2026-07-01", "2026-7-1", "2026-07-01T10:00:00Z", "2001-12-14 21:59:43.10 -5"),
    *("<<", "=", "<", "==", "~x", "Sở Tài chính", unicodedata.normalize("NFD", "Sở Tài chính")),
    *("'12'", '"true"', "'null'", '"<<"', "''", '""', '"\\e[2J"', '"a\\x07b"', "'~'"),
    *("!!str 12", "!!int 012", "!!int 12", "!!int x", "!!bool yes", "!!bool tRuE"),
    *("!!null x", "!!float 1", "!!timestamp nay", "!!binary aGk=", "!!map x", "!foo x"),
    *("! 12", "! true", "!<tag:yaml.org,2002:int> 5", "!!python/object:os.system x"),
    *("&a 12", "*a", "[1, true, ~, <<, =]", "{12: a, true: b, ~: c, <<: d}", "|\n  12"),
]


def _both(text: str) -> tuple[object, object]:
    """What the reader makes of `text` with its own resolver and with PyYAML's."""
    ours = parse_yaml(text.encode("utf-8"), "t.yaml")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(yamlread, "_Loader", yaml.CSafeLoader)
        theirs = parse_yaml(text.encode("utf-8"), "t.yaml")
    return _plain(ours), _plain(theirs)


def _plain(read: tuple[yamlread.Located | None, list[object]]) -> object:
    located, findings = read
    if located is None:
        return None, findings
    data = located.data
    return data, [(type(v), v) for v in _leaves(data)], dict(located.marks), findings


def _leaves(value: object) -> list[object]:
    if isinstance(value, dict):
        return [leaf for k, v in value.items() for leaf in (k, *_leaves(v))]
    if isinstance(value, list):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


@pytest.mark.parametrize("scalar", SCALARS)
def test_every_kind_of_scalar_reads_as_with_pyyaml_resolver(scalar: str) -> None:
    documents = [
        f"key: {scalar}\n",
        f"- {scalar}\n- x\n",
        f"{scalar}: value\nother: 1\n",
        f"a: [{scalar}, {scalar}]\n" if "\n" not in scalar else "a: 1\n",
        f"nested:\n  - k: {scalar}\n" if "\n" not in scalar else "b: 1\n",
        f"&a x: {scalar}\ny: *a\n",
    ]
    for text in documents:
        ours, theirs = _both(text)
        assert ours == theirs, text


def test_what_the_reader_types_and_what_it_keeps_as_text() -> None:
    located, findings = parse_yaml(
        b"a: 12\nb: true\nc: ~\nd: 012\ne: yes\nf: '12'\ng: 2026-07-01\nh: 3.10\n", "t.yaml"
    )
    assert findings == [] and located is not None
    expected = {"a": 12, "b": True, "c": None, "d": "012", "e": "yes"}
    assert located.data == {**expected, "f": "12", "g": "2026-07-01", "h": "3.10"}
    merge = parse_yaml(b"a: 1\n<<: 2\n", "t.yaml")[1]
    assert [(f.line, f.code) for f in merge] == [(2, "tag")]  # the merge key: refused


PLAIN = st.text(
    alphabet=st.sampled_from("0123456789_+-.:~<=eExXoObBtTrRuUfFaAlLsSnNyY iIôởĐ"),
    max_size=8,
)


@settings(max_examples=400, deadline=None)
@given(PLAIN, st.sampled_from(["k: {}\n", "- {}\n", "{}: v\n", "a: [{}]\n", "a: '{}'\n"]))
def test_any_scalar_reads_as_with_pyyaml_resolver(scalar: str, shape: str) -> None:
    ours, theirs = _both(shape.format(scalar))
    assert ours == theirs
