"""Switches read from the environment (KEHOACH_NO_CACHE, KEHOACH_DEBUG)."""

from __future__ import annotations

from collections.abc import Mapping

# What turns a switch on; anything else ("0", "false", "no", "off", "", a typo) leaves it
# off, so `KEHOACH_NO_CACHE=false` means what it says.
TRUE = frozenset({"1", "true", "yes", "on", "y", "co", "có"})


def flag(environ: Mapping[str, str], name: str) -> bool:
    """Whether the variable `name` is set to a true-ish value (`TRUE`, any case)."""
    return environ.get(name, "").strip().lower() in TRUE
