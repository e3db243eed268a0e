"""The national registry shipped with kehoach: provinces, ministries, provincial bodies, levels.

Read from `kehoach/data/national.yaml`, where every fact names its public source (`sources`).
Facts no public source confirmed are not there (`not_confirmed` lists them). The deadline
language reads the provinces' names from the same file (`kehoach.dates.places`, for signing
lines), so it sits below both packages. What this module knows:

- the 34 provinces and centrally-run cities from 01/7/2025 (Nghị quyết 202/2025/QH15) and
  the 63 units before, each of the 52 merged ones with its successor;
- the 14 ministries and 3 ministerial agencies from 01/3/2025 (Nghị quyết 176/2025/QH15),
  with the ministries merged into them;
- the bodies every province has (UBND, HĐND and its Thường trực, the departments of Nghị định 45/2025/NĐ-CP
  with the departments merged into them in 2025, the offices of the provincial party
  committee under Quy định 137-QĐ/TW), as templates instantiated per province;
- levels and bodies named by their level ("các cấp", "cấp xã", "UBND cùng cấp").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import yaml

from kehoach.base.text import squash

MERGER_DAY = date(2025, 7, 1)  # provinces formed by Nghị quyết 202/2025/QH15 operate from here
DAY_BEFORE_MERGER = date(2025, 6, 30)


def slug(text: str) -> str:
    """An id from a name: "Bình Định" -> "binh-dinh"."""
    return squash(text).replace(" ", "-")


@dataclass(frozen=True)
class Province:
    """A province or centrally-run city, as it is from 01/7/2025 or as it was before."""

    id: str
    name: str  # "Gia Lai", "Hồ Chí Minh"
    kind: str  # "tỉnh" or "thành phố"
    source: str
    aliases: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_until: date | None = None
    successor: str | None = None  # the province id it merged into
    former: bool = False  # a unit before the 2025 arrangement whose name a new unit took

    @property
    def unit(self) -> str:
        """ "tỉnh Gia Lai", "thành phố Đà Nẵng", as a body's full name ends."""
        return f"{self.kind} {self.name}"

    @property
    def label(self) -> str:
        """The unit, marked when a new unit of 2025 carries the same name."""
        return f"{self.unit} (trước 01/7/2025)" if self.former else self.unit

    @property
    def party(self) -> str:
        return "Thành ủy" if self.kind == "thành phố" else "Tỉnh ủy"


@dataclass(frozen=True)
class Template:
    """A body every province (or commune) has: its names with {cap}/{uy} left open."""

    id: str
    name: str
    aliases: tuple[str, ...]
    source: str | None
    predecessors: tuple[Template, ...] = ()
    valid_until: date | None = None
    successor: str | None = None
    kinds: tuple[str, ...] = ()  # a commune's body: only these kinds of unit have it ("phường")


@dataclass(frozen=True)
class National:
    """Everything `data/national.yaml` holds, ready for lookups."""

    sources: dict[str, dict[str, Any]]
    provinces: dict[str, Province]  # by id, old and new
    province_keys: dict[str, list[str]]  # folded name -> province ids (old and new)
    ministries: tuple[Template, ...]
    ministries_from: date
    provincial: tuple[Template, ...]
    communal: tuple[Template, ...]
    levels: tuple[Template, ...]
    not_confirmed: tuple[str, ...] = field(default=())

    def find_provinces(self, name: str) -> list[Province]:
        """Provinces `name` designates ("Gia Lai", "tỉnh Bình Định", "TP HCM")."""
        return [self.provinces[i] for i in self.province_keys.get(squash(name), [])]


def _template(raw: dict[str, Any]) -> Template:
    return Template(
        id=raw["id"],
        name=raw["name"],
        aliases=tuple(raw.get("aliases", ())),
        source=raw.get("source"),
        predecessors=tuple(_template(p) for p in raw.get("predecessors", ())),
        valid_until=raw.get("valid_until"),
        successor=raw.get("successor"),
        kinds=tuple(raw.get("kinds", ())),
    )


def _split_unit(text: str) -> tuple[str, str]:
    """ "tỉnh Bình Định" -> ("tỉnh", "Bình Định")."""
    for kind in ("thành phố", "tỉnh"):
        if squash(text).startswith(squash(kind) + " "):
            return kind, text[len(kind) :].strip()
    raise ValueError(f"national.yaml: '{text}' không bắt đầu bằng 'tỉnh' hay 'thành phố'")


def _provinces(raw: list[dict[str, Any]]) -> dict[str, Province]:
    new_names = {squash(p["name"]) for p in raw}
    out: dict[str, Province] = {}
    for entry in raw:
        new_id = slug(entry["name"])
        merged = entry.get("merged", [])
        out[new_id] = Province(
            id=new_id,
            name=entry["name"],
            kind=entry["kind"],
            source=entry["source"],
            aliases=tuple(entry.get("aliases", ())),
            valid_from=MERGER_DAY if merged else None,
        )
        for unit in merged:
            kind, name = _split_unit(unit)
            former = squash(name) in new_names
            old_id = slug(name) + ("-truoc-2025" if former else "")
            out[old_id] = Province(
                old_id, name, kind, entry["source"], (), None, DAY_BEFORE_MERGER, new_id, former
            )
        for old in entry.get("formerly", []):  # renamed earlier (Thừa Thiên Huế -> Huế)
            old_id = slug(old["name"])
            out[old_id] = Province(
                old_id, old["name"], old["kind"], old["source"], (), None,
                old["valid_until"], new_id, False,
            )  # fmt: skip
    return out


def _province_keys(provinces: dict[str, Province]) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for province in provinces.values():
        for name in (province.name, province.unit, *province.aliases):
            ids = keys.setdefault(squash(name), [])
            if province.id not in ids:
                ids.append(province.id)
        if province.kind == "thành phố":
            keys.setdefault(squash("TP " + province.name), []).append(province.id)
    return keys


@cache
def load_national() -> National:
    """The national registry shipped as package data (read once per process)."""
    text = resources.files("kehoach").joinpath("data/national.yaml").read_text("utf-8")
    raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    provinces = _provinces(raw["provinces"])
    return National(
        sources=raw["sources"],
        provinces=provinces,
        province_keys=_province_keys(provinces),
        ministries=tuple(_template(m) for m in raw["ministries"]),
        ministries_from=raw["ministries_from"],
        provincial=tuple(_template(t) for t in raw["provincial"]),
        communal=tuple(_template(t) for t in raw["communal"]),
        levels=tuple(_template(t) for t in raw["levels"]),
        not_confirmed=tuple(raw.get("not_confirmed", ())),
    )


def source_text(national: National, key: str | None) -> str | None:
    """ "document (url)" for a source key, as a registry entry's note cites it."""
    if key is None or key not in national.sources:
        return None
    entry = national.sources[key]
    urls = entry.get("urls") or []
    document = " ".join(str(entry["document"]).split())
    return f"{document} ({urls[0]})" if urls else document
