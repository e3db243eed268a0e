"""The packages import one way: base <- dates <- plan <- reports <- feeds | review <- render <- cli.

Read from the source with `ast`, function-level imports included, so a lazy import that
runs upward fails here rather than in a review. See docs/architecture.md.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "kehoach"
LAYER = {"base": 0, "dates": 1, "plan": 2, "reports": 3, "feeds": 4, "review": 4, "render": 5}
LAYER["cli"] = 6
TERMINAL = ("typer", "rich", "click")


def imports_of(path: Path, src: Path = SRC) -> set[str]:
    """Every module `path` imports, relative imports made absolute."""
    package = ".".join(path.relative_to(src.parent).with_suffix("").parts[:-1])
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def package_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "kehoach" and parts[1] in LAYER else None


MODULES = sorted(p for p in SRC.rglob("*.py") if p.parent != SRC)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_imports_run_downward_only(path: Path) -> None:
    own = path.relative_to(SRC).parts[0]
    upward = {
        name
        for name in imports_of(path)
        if (other := package_of(name)) and other != own and LAYER[other] >= LAYER[own]
    }
    assert not upward, f"{own} ({LAYER[own]}) imports {sorted(upward)}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_the_core_knows_nothing_of_the_terminal(path: Path) -> None:
    own = path.relative_to(SRC).parts[0]
    allowed = {"cli": TERMINAL, "render": ("rich",)}.get(own, ())
    used = {n.split(".")[0] for n in imports_of(path)} & set(TERMINAL)
    assert used <= set(allowed)


def test_every_package_is_placed_and_says_what_it_holds() -> None:
    packages = {p.parent.name for p in MODULES}
    assert packages == set(LAYER)
    for name in packages:
        doc = ast.get_docstring(ast.parse((SRC / name / "__init__.py").read_text()))
        assert doc, f"kehoach.{name} has no docstring"


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    """Positive control: a lazy import from plan/ up into reports/ is caught."""
    module = tmp_path / "kehoach" / "plan" / "x.py"
    module.parent.mkdir(parents=True)
    module.write_text("def f():\n    from ..reports import status\n")
    assert package_of("kehoach.reports.status") == "reports"
    assert "kehoach.reports.status" in imports_of(module, tmp_path / "kehoach")
