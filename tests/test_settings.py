"""Where plans are found and what a repository can decide for itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from kehoach.plan.discovery import LoadError, discover
from kehoach.plan.settings import Settings, SettingsError, load_settings, plan_paths


def test_kehoach_toml_is_found_from_a_subfolder(tmp_path: Path) -> None:
    (tmp_path / "kehoach.toml").write_text('plans = "ke-hoach"\n[deadline]\nbefore = "strict"\n')
    (tmp_path / "sub").mkdir()
    settings = load_settings(tmp_path / "sub")
    assert settings.strict_before is True
    assert settings.plans == tmp_path / "ke-hoach"


def test_pyproject_tool_table_is_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.kehoach]\nagencies = "x/agencies.yaml"\n')
    assert load_settings(tmp_path).agencies == tmp_path / "x" / "agencies.yaml"


def test_no_settings_means_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path) == Settings()


def test_calendar_addresses_are_read_from_the_ics_table(tmp_path: Path) -> None:
    (tmp_path / "kehoach.toml").write_text(
        '[ics]\nbase_url = "https://lich.example.org/"\nplan_url = "https://git.example.org/"\n'
    )
    settings = load_settings(tmp_path)
    assert (settings.base_url, settings.plan_url) == (
        "https://lich.example.org/",
        "https://git.example.org/",
    )


@pytest.mark.parametrize(
    "text",
    [
        'plan = "x"\n',
        '[deadline]\nbefore = "maybe"\n',
        "plans = 3\n",
        "plans = [\n",
        '[ics]\nbase_url = "lich"\n',
        '[ics]\nbase = "https://x/"\n',
        'ics = "https://x/"\n',
    ],
    ids=[
        "unknown-key",
        "bad-before",
        "not-a-path",
        "bad-toml",
        "not-a-url",
        "ics-key",
        "ics-table",
    ],
)
def test_bad_settings_name_the_file(tmp_path: Path, text: str) -> None:
    (tmp_path / "kehoach.toml").write_text(text)
    with pytest.raises(SettingsError, match=r"kehoach\.toml"):
        load_settings(tmp_path)


def test_paths_win_then_environment_then_setting_then_nearest_plans(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    configured = Settings(plans=tmp_path / "configured")
    env = {"KEHOACH_PLANS": "/x:/y"}
    assert plan_paths([Path("given")], configured, deep, env) == [Path("given")]
    assert plan_paths([], configured, deep, env) == [Path("/x"), Path("/y")]
    assert plan_paths([], configured, deep, {}) == [tmp_path / "configured"]
    assert plan_paths([], Settings(), deep, {}) == [tmp_path / "plans"]


def test_no_plans_anywhere_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="plans/"):
        plan_paths([], Settings(), tmp_path, {})


def test_registry_alone_checks_the_plans_beside_it(tmp_path: Path) -> None:
    (tmp_path / "agencies.yaml").write_text("schema: 1\n")
    (tmp_path / "a.yaml").write_text("schema: 1\n")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "b.yaml").write_text("schema: 1\n")
    plans, registry = discover([tmp_path / "agencies.yaml"], Settings())
    assert (plans, registry) == ([tmp_path / "a.yaml"], tmp_path / "agencies.yaml")


def test_a_single_plan_finds_the_registry_above_it(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "agencies.yaml").write_text("schema: 1\n")
    (tmp_path / "2022").mkdir()
    plan = tmp_path / "2022" / "kh.yaml"
    plan.write_text("schema: 1\n")
    assert discover([plan], Settings()) == ([plan], tmp_path / "agencies.yaml")


def test_a_folder_without_plans_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="không có tệp kế hoạch"):
        discover([tmp_path], Settings())
