"""The command line speaks Vietnamese all the way, through the installed command: help,
usage lines, value names and usage errors; `--lang en` switches the framework's words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kehoach.cli import app

ROOT = Path(__file__).resolve().parent.parent
KEHOACH = Path(sys.executable).parent / "kehoach"
# What the framework prints in English, or Python type names instead of value names.
ENGLISH = ("Usage:", "Options:", "Arguments:", "Commands:", "Show this message", "[default:")
PYTHON_TYPES = ("<str>", "<int", "list[", "<Path>", "{ref}", "{phrase}", "[required]", "GIÁ_TRỊ")


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(KEHOACH), *args], cwd=ROOT, capture_output=True, text=True, check=False, env=env
    )


def command_names() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", ["", *command_names()])
def test_every_help_is_vietnamese_and_names_values_by_meaning(command: str) -> None:
    done = run(*([command] if command else []), "-h")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Cách dùng: kehoach")
    assert "In hướng dẫn này rồi thoát." in done.stdout
    assert not [w for w in (*ENGLISH, *PYTHON_TYPES) if w in done.stdout], done.stdout


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["status", "--format", "xml"],
            "Lỗi: Giá trị không hợp lệ cho '--format' / '-f': "
            "'xml' không phải một trong 'text', 'json', 'markdown', 'csv', 'xlsx'.",
        ),
        (["status", "--soon", "abc"], "Lỗi: Giá trị không hợp lệ cho '--soon': cần một số nguyên"),
        (["status", "--soon", "-1"], "Lỗi: Giá trị không hợp lệ cho '--soon': cần ≥ 0"),
        (["status", "--bogus"], "Lỗi: Không có tùy chọn --bogus"),
        (["status", "--as-of"], "Lỗi: Tùy chọn '--as-of' cần một giá trị."),
        (["reschedule", "348/1", "Trước ngày 15/8/2022"], "Lỗi: Thiếu tùy chọn '--reason'."),
        (["reschedule", "348/1"], "Lỗi: Thiếu tham số 'CỤM_TỪ'."),
        (["bogus"], "Lỗi: Không có lệnh 'bogus'."),
    ],
)
def test_usage_errors_are_vietnamese_with_where_to_look(args: list[str], said: str) -> None:
    done = run(*args)
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == said
    if "Cách dùng:" in done.stderr:  # errors found while parsing have no usage line
        assert "để xem hướng dẫn." in done.stderr
    assert "Error" not in done.stderr and "Try '" not in done.stderr


@pytest.mark.parametrize("where", ["before", "after"])
def test_lang_en_switches_the_framework_before_or_after_the_command(where: str) -> None:
    args = ["status", "--format", "xml"]
    done = run(*(["--lang", "en", *args] if where == "before" else [*args, "--lang", "en"]))
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--format' / '-f': 'xml' is not one of 'text', 'json', "
        "'markdown', 'csv', 'xlsx'."
    )
    help_text = run("--lang", "en", "status", "-h").stdout
    assert help_text.startswith("Usage: kehoach status [OPTIONS] [PATH]...")
    assert "--as-of DATE" in help_text


def test_lang_en_reaches_commands_without_an_option_of_their_own() -> None:
    done = run("timeline", "plans", "--as-of", "01/07/2022", "--lang", "en")
    assert done.returncode == 0, done.stderr
    status = run("status", "plans", "--as-of", "01/07/2022", "--lang=en")
    assert status.stdout.startswith("Progress as of 01/07/2022")


def test_kehoach_lang_environment_variable() -> None:
    import os

    done = run("status", "--bogus", env={**os.environ, "KEHOACH_LANG": "en"})
    assert done.stderr.splitlines()[-1] == "Error: No such option: --bogus"


def test_version_and_short_help() -> None:
    from importlib.metadata import version

    for flag in ("--version", "-V"):
        done = run(flag)
        assert (done.returncode, done.stdout) == (0, f"kehoach {version('kehoach')}\n")
    assert run("status", "-h").stdout == run("status", "--help").stdout


def test_shell_completion_script_for_each_shell() -> None:
    for shell in ("bash", "zsh", "fish"):
        done = run("--show-completion", shell)
        assert done.returncode == 0, done.stderr
        assert "_KEHOACH_COMPLETE" in done.stdout


def test_reschedule_names_the_task_and_the_deciding_document_apart() -> None:
    text = run("reschedule", "-h").stdout
    assert "Cách dùng: kehoach reschedule [TÙY_CHỌN] KẾ_HOẠCH/NHIỆM_VỤ CỤM_TỪ" in text
    assert "--decided-by, --ref VĂN_BẢN" in text
