"""The agency registry: resolve the names people write to one agency, with successors.

People write "Sở KH&ĐT", "so ke hoach va dau tu" or "SKHĐT" for one body; in 2025 that
body merged into Sở Tài chính. Lookups ignore case, diacritics and punctuation.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from kehoach.base.text import squash
from kehoach.plan.model import Agency, Registry


class Directory:
    """Name lookup over a `Registry`: every name and alias, folded, to its agency."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.by_id: dict[str, Agency] = {a.id: a for a in registry.agencies}
        self.by_key: dict[str, list[Agency]] = {}
        for agency in registry.agencies:
            for name in (agency.name, *agency.aliases):
                entries = self.by_key.setdefault(squash(name), [])
                if agency not in entries:
                    entries.append(agency)

    def resolve(self, name: str) -> Agency | None:
        """The one agency `name` designates, or None when unknown or ambiguous."""
        entries = self.by_key.get(squash(name), [])
        return entries[0] if len(entries) == 1 else None

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Registered names close to `name`, for "did you mean" messages."""
        names = {squash(a.name): a.name for a in self.registry.agencies}
        for key, entries in self.by_key.items():
            names.setdefault(key, entries[0].name)
        close = difflib.get_close_matches(squash(name), list(names), n=limit, cutoff=0.6)
        return list(dict.fromkeys(names[key] for key in close))

    def unknown(self, name: str) -> str:
        """The message for a name the registry does not know, with close names."""
        close = self.suggest(name)
        hint = f"; có phải: {', '.join(close)}?" if close else ""
        return f"không có cơ quan '{name}' trong danh mục{hint}"

    def ambiguous(self) -> Iterator[tuple[str, list[Agency]]]:
        """Folded names that designate more than one agency."""
        return ((key, agencies) for key, agencies in self.by_key.items() if len(agencies) > 1)

    def successors(self, agency: Agency) -> list[Agency]:
        """The chain of bodies that took over `agency`, nearest first (cycles cut)."""
        chain: list[Agency] = []
        current = agency
        while current.successor and current.successor in self.by_id:
            current = self.by_id[current.successor]
            if current in chain or current == agency:
                break
            chain.append(current)
        return chain

    def family(self, agency: Agency) -> set[str]:
        """Ids of `agency`, its successors and its predecessors: one body through reforms."""
        ids = {agency.id, *(a.id for a in self.successors(agency))}
        for other in self.registry.agencies:
            if agency in self.successors(other):
                ids.add(other.id)
        return ids
