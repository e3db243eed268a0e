"""The command line speaks Vietnamese all the way, through the installed command: help,
usage lines, value names and usage errors; `--lang en` switches the framework's words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from clirun import kehoach
from kehoach.cli import app

ROOT = Path(__file__).resolve().parent.parent
KEHOACH = Path(sys.executable).parent / "kehoach"
# What the framework prints in English, or Python type names instead of value names.
ENGLISH = ("Usage:", "Options:", "Arguments:", "Commands:", "Show this message", "[default:")
PYTHON_TYPES = ("<str>", "<int", "list[", "<Path>", "{ref}", "{phrase}", "[required]", "GIÁ_TRỊ")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=ROOT)


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

    done = kehoach("status", "--bogus", cwd=ROOT, env={"KEHOACH_LANG": "en"})
    assert done.stderr.splitlines()[-1] == "Error: No such option: --bogus"


@pytest.mark.parametrize("value", ["xx", "vn"])
def test_a_kehoach_lang_the_tool_does_not_speak_is_said_not_silently_dropped(value: str) -> None:
    done = kehoach("deadline", "Trước ngày 15/8/2022", cwd=ROOT, env={"KEHOACH_LANG": value})
    assert done.returncode == 0
    assert f"KEHOACH_LANG='{value}' không phải vi hay en: dùng tiếng Việt" in done.stderr
    assert "Loại" in done.stdout  # and the answer comes, in Vietnamese


def test_version_and_short_help() -> None:
    from importlib.metadata import version

    for flag in ("--version", "-V"):
        done = run(flag)
        assert (done.returncode, done.stdout) == (0, f"kehoach {version('kehoach')}\n")
    assert run("status", "-h").stdout == run("status", "--help").stdout


SCRIPT_OF = {
    "bash": "complete -o default -F _kehoach_completion kehoach",
    "zsh": "#compdef kehoach",
    "fish": "complete --command kehoach",
    "powershell": "Register-ArgumentCompleter -Native -CommandName kehoach",
}


@pytest.mark.parametrize("shell", SCRIPT_OF)
def test_completion_prints_the_named_shells_script_whatever_shell_runs_it(shell: str) -> None:
    # Typer's --show-completion guesses from the parent process and fails under sh.
    done = subprocess.run(
        ["/bin/sh", "-c", f"'{KEHOACH}' completion {shell}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "SHELL": "/bin/sh"},
    )
    assert done.returncode == 0, done.stderr
    assert SCRIPT_OF[shell] in done.stdout
    assert all(SCRIPT_OF[other] not in done.stdout for other in SCRIPT_OF if other != shell)


def bash_completes(*words: str) -> list[str]:
    """What Tab offers after `words` in a real bash that sourced `kehoach completion bash`."""
    line = " ".join(f"'{w}'" for w in words)
    script = (
        "source <(kehoach completion bash)\n"
        f"COMP_WORDS=({line}); COMP_CWORD={len(words) - 1}\n"
        f"_kehoach_completion kehoach '{words[-1]}' '{words[-2]}'\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    path = f"{KEHOACH.parent}:/usr/bin:/bin"
    done = subprocess.run(
        ["bash", "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": path, "HOME": str(ROOT), "KEHOACH_NO_CACHE": "1"},
    )
    return [line for line in done.stdout.splitlines() if line]


def test_bash_completes_commands_plan_ids_task_references_and_agency_names() -> None:
    assert bash_completes("kehoach", "sta") == ["status"]
    assert bash_completes("kehoach", "status", "--plan", "kh-3") == ["kh-348-2022"]
    assert bash_completes("kehoach", "timeline", "--plan", "34") == ["348/KH-UBND"]
    refs = bash_completes("kehoach", "log", "kh-348-2022/1")
    assert refs[:3] == ["kh-348-2022/1", "kh-348-2022/10", "kh-348-2022/11"]
    assert "kh-22-2026/III.1.1.a" not in refs
    assert bash_completes("kehoach", "log", "348/3.")[:2] == ["348/3.1", "348/3.2"]
    agencies = bash_completes("kehoach", "status", "--agency", "Sở")
    assert {"Sở Nội vụ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư"} <= set(agencies)
    assert "Thanh tra tỉnh" not in agencies


def test_reschedule_names_the_task_and_the_deciding_document_apart() -> None:
    text = run("reschedule", "-h").stdout
    assert "Cách dùng: kehoach reschedule [TÙY_CHỌN] KẾ_HOẠCH/NHIỆM_VỤ CỤM_TỪ" in text
    assert "--decided-by, --ref VĂN_BẢN" in text
