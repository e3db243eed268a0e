"""Generated hostile plan files (issue 10, "Done when"): control characters, extreme numbers
and dates, deep nesting, odd tags and Unicode forms, through validate, status, timeline
(every format), export-ics and the edit commands. Whatever the file: no crash (exit 3 or
an exception), no signal, no raw control character in any output, nothing written
outside the plans and output folders.

Most examples run in-process (CliRunner) to stay fast; a fixed handful of the same kinds
of file goes through the installed command, where a segfault would show as a signal."""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from clirun import kehoach_bytes
from kehoach.cli import app

HERE = Path(__file__).parent
VALID = HERE / "plans" / "valid"
MINIMAL = (VALID / "minimal.yaml").read_text(encoding="utf-8")
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # never in text output (tab, LF allowed)
RAW_ICS = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]|\xc2[\x80-\x9f]")  # after CRLF is removed

# --- what a hostile value can be --------------------------------------------------------

CONTROLS = st.sampled_from(
    ["\x00", "\x07", "\x08", "\x1b[2J", "\x1b]0;x\x07", "\r", "\x0b", "\x7f", "\x85", "\x9b"]
)
VIETNAMESE = st.sampled_from(["Sở Tài chính", "Báo cáo tổng kết", "Quý III/2026", "Thường xuyên"])
UNICODE = st.one_of(
    VIETNAMESE.map(lambda s: unicodedata.normalize("NFD", s)),
    VIETNAMESE.map(lambda s: unicodedata.normalize("NFKD", s) + "\u0301\u0301"),
    st.sampled_from(["\u202eabc", "a\u200db", "\u2028", "\ufeff", "a\u0000b", "𝕊ở", "ｓｏ"]),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=12),
)
TEXT = st.one_of(st.builds(lambda a, c, b: a + c + b, VIETNAMESE, CONTROLS, VIETNAMESE), UNICODE)
DAYS = st.one_of(
    st.dates().map(lambda d: d.isoformat() if d.year >= 1000 else f"{d:%d/%m}/{d.year:04d}"),
    st.sampled_from(["9999-12-31", "0001-01-01", "31/12/9999", "٠١/٠٧/٢٠٢٢", "29/02/2023"]),
)
NUMBERS = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.sampled_from(["1" * 5000, '!!int "²"', '!!int "+-1"', "0x1F", "1e999", ".nan", "-0"]),
)
TAGS = st.sampled_from(
    [
        '!!int "²"',
        "!!float x",
        "!!binary aGk=",
        "!!timestamp 2022-01-01",
        '!!null ""',
        "!!bool yes",
        "!!set {a}",
        "!!omap [a: 1]",
        "!foo x",
        "!!python/object:os.system x",
        "&a x",
        "*a",
    ]
)
NESTING = st.integers(min_value=0, max_value=3000).flatmap(
    lambda n: st.sampled_from(["[" * n + "]" * n, "{a: " * n + "}" * n, "- " * n + "x"])
)
PHRASES = st.one_of(
    st.sampled_from(
        [
            "Trước ngày 15/12 hằng năm",
            "Năm 9999",
            "Trước ngày 31/12/9999",
            "Tháng 12/2200",
            "Quý IV/2200",
            "Hằng tháng",
        ]
    ),
    TEXT,
)


def quoted(value: str) -> str:
    """`value` as a YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


# (the line of the minimal plan to replace, how its value is written)
SLOTS: dict[str, str] = {
    "title": "title: Kế hoạch thử",
    "issuer": "issuer: UBND tỉnh",
    "issued": "issued: 2022-06-02",
    "schema": "schema: 1",
    "number": "number: 1/KH-UBND",
    "task_title": "    title: Báo cáo",
    "lead": "    lead: [Sở Tài chính]",
    "deadline": '    deadline: "Trước ngày 23/6/2022"',
    "id": '  - id: "1"',
}


def _line(slot: str, raw: str) -> str:
    key, _, _ = SLOTS[slot].partition(":")
    if slot == "lead":
        return f"{key}: [{raw}]"
    return f"{key}: {raw}"


@st.composite
def hostile_plans(draw: st.DrawFn) -> str:
    """The minimal plan with one to three of its values made hostile, or a bare attack."""
    text = MINIMAL
    for slot in draw(st.lists(st.sampled_from(sorted(SLOTS)), min_size=1, max_size=3)):
        kind = draw(st.sampled_from(["text", "day", "number", "tag", "nesting", "phrase"]))
        value = {
            "text": lambda: quoted(draw(TEXT)),
            "day": lambda: draw(DAYS),
            "number": lambda: draw(NUMBERS),
            "tag": lambda: draw(TAGS),
            "nesting": lambda: draw(NESTING),
            "phrase": lambda: quoted(draw(PHRASES)),
        }[kind]()
        text = text.replace(SLOTS[slot], _line(slot, value))
    if draw(st.booleans()):  # a raw character libyaml must refuse, somewhere
        at = draw(st.integers(min_value=0, max_value=len(text)))
        text = text[:at] + draw(CONTROLS) + text[at:]
    return text


# --- running the commands ---------------------------------------------------------------

COMMANDS: list[list[str]] = [
    ["status", "--as-of", "01/07/2022", "--all"],
    ["status", "--format", "json"],
    ["status", "--format", "markdown", "--all"],
    ["status", "--format", "csv"],
    ["timeline", "--as-of", "01/07/2022"],
    ["timeline", "--format", "mermaid"],
    ["timeline", "--format", "svg", "-o", "{out}/chart.svg"],
    ["timeline", "--format", "html", "-o", "{out}/chart.html"],
    ["export-ics", "--skip-invalid"],
    ["export-ics", "--todo", "--out-dir", "{out}/feeds", "--split", "plan", "--skip-invalid"],
    ["done", "kh-thu/1", "--on", "20/06/2022", "--plans", "{plans}"],
    ["reschedule", "kh-thu/1", "Trước ngày 30/6/2022", "--reason", "Chờ", "--plans", "{plans}"],
    ["assign", "kh-thu/1", "--lead", "stc", "--plans", "{plans}"],
]
EDITS = ("done", "reschedule", "assign")


def _workspace(root: Path, plan: str) -> tuple[Path, Path]:
    plans, out = root / "plans", root / "out"
    shutil.rmtree(root, ignore_errors=True)
    plans.mkdir(parents=True)
    out.mkdir()
    shutil.copy(VALID / "agencies.yaml", plans)
    (plans / "kh.yaml").write_text(plan, encoding="utf-8", errors="surrogatepass")
    return plans, out


def _args(command: list[str], plans: Path, out: Path) -> list[str]:
    args = [a.format(out=out, plans=plans) for a in command]
    return args if command[0] in EDITS else [*args, str(plans)]


def _files_under(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def check_outputs(stdout: bytes, stderr: bytes, out: Path) -> None:
    """No raw control character on either stream or in any file written."""
    assert not RAW.search(stderr.decode("utf-8", "replace")), stderr[-500:]
    if b"BEGIN:VCALENDAR" in stdout:
        assert not RAW_ICS.search(stdout.replace(b"\r\n", b"")), stdout[-500:]
    else:
        assert not RAW.search(stdout.decode("utf-8", "replace")), stdout[-500:]
    for name, data in _files_under(out).items():
        if name.endswith(".ics"):
            assert not RAW_ICS.search(data.replace(b"\r\n", b"")), name
        else:
            assert not RAW.search(data.decode("utf-8", "replace")), name


@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=hostile_plans(), command=st.sampled_from(COMMANDS))
def test_hostile_plans_never_crash_or_leak_control_characters(
    tmp_path: Path, plan: str, command: list[str]
) -> None:
    root = tmp_path / "ws"
    outside = tmp_path / "outside.txt"
    outside.write_text("không được đụng tới", encoding="utf-8")
    plans, out = _workspace(root, plan)
    registry = (plans / "agencies.yaml").read_bytes()
    runner = CliRunner()
    for args in (["validate", str(plans)], _args(command, plans, out)):
        result = runner.invoke(app, args)
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            args,
            result.exception,
        )
        assert result.exit_code in (0, 1, 2), (args, result.output)
        check_outputs(result.stdout_bytes, result.stderr_bytes, out)
    assert outside.read_text(encoding="utf-8") == "không được đụng tới"
    assert (plans / "agencies.yaml").read_bytes() == registry
    written = {Path(p).relative_to(root).parts[0] for p in _files_under(root)}
    assert written <= {"plans", "out"}
    assert sorted(p.name for p in plans.iterdir()) == ["agencies.yaml", "kh.yaml"]


# --- the installed command: a signal would show here -------------------------------------

FIXED = {
    "deep.yaml": "schema: 1\nnotes: " + "[" * 30_000 + "]" * 30_000 + "\n",
    "digits.yaml": MINIMAL.replace("schema: 1", "schema: " + "1" * 5000),
    "tag.yaml": MINIMAL.replace("schema: 1", 'schema: !!int "²"'),
    "controls.yaml": MINIMAL.replace("title: Báo cáo", 'title: "Báo\\e[2J\\a\\x9b cáo"'),
    "raw.yaml": MINIMAL.replace("title: Báo cáo", "title: Báo\x1b[2J cáo"),
    "year.yaml": MINIMAL.replace("issued: 2022-06-02", "issued: 9999-06-01"),
    "nfd.yaml": unicodedata.normalize("NFD", MINIMAL).replace("kh-thu", "kh-nfd"),
    "recurring.yaml": MINIMAL.replace("kh-thu", "kh-lap").replace(
        "Trước ngày 23/6/2022", "Trước ngày 15/12 hằng năm"
    ),
}


@pytest.mark.parametrize(
    "args",
    [
        ["validate"],
        ["status", "--as-of", "31/12/2200", "--all"],
        ["timeline", "--format", "mermaid", "--as-of", "31/12/2200"],
        ["export-ics", "--skip-invalid", "--as-of", "31/12/2200"],
    ],
    ids=lambda a: a[0],
)
def test_the_installed_command_on_hostile_files(tmp_path: Path, args: list[str]) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(VALID / "agencies.yaml", plans)
    for name, text in FIXED.items():
        (plans / name).write_text(text, encoding="utf-8")
    env = {"NO_COLOR": "1", "COLUMNS": "100"}
    result = kehoach_bytes(*args, plans, env=env, timeout=60)
    assert result.returncode in (0, 1), result.stderr[-1000:]  # < 0 is a signal, 3 a crash
    check_outputs(result.stdout, result.stderr, tmp_path / "none")
    if args[0] == "validate":
        codes = set(re.findall(rb"\[([a-z-]+)\]$", result.stdout, re.MULTILINE))
        assert {b"too-deep", b"schema-version", b"control-character", b"bad-value"} <= codes
