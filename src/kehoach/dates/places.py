"""The names of Vietnam's provinces and centrally-run cities, as a signing line writes them.

A document's signing line names its place before its day (Nghị định 30/2020/NĐ-CP, Phụ lục
I, mục II.5: "Hà Nội, ngày 15 tháng 3 năm 2027"). A copy in lower case without its comma
("ha noi ngay 15 thang 3 nam 2027") shows no name by its capitals, so the place is known by
its name: the national registry's, read from the file `kehoach.plan.national` reads
(`kehoach/data/national.yaml`, Nghị quyết 202/2025/QH15 and the units merged by it), never
from a second list kept by hand.

Reads package data once per process; otherwise pure.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from kehoach.base.text import squash

REGISTRY = "national.yaml"
_UNITS = ("thanh pho ", "tinh ")  # "tỉnh Hà Giang", "Thành phố Hồ Chí Minh" in `merged`


def is_province_name(words: str) -> bool:
    """True when `words` (any case, diacritics or not, its unit already taken off) are the
    name of a province or city the registry knows: today's, one merged into it in 2025, a
    former name or an alias ("ha noi", "BA RIA - VUNG TAU", "tp hcm")."""
    return squash(words) in province_names()


@cache
def province_names() -> frozenset[str]:
    """The registry's province and city names, squashed (`kehoach.base.text.squash`)."""
    import yaml  # only a phrase shaped as a signing line pays for it

    text = (files("kehoach") / "data" / REGISTRY).read_text(encoding="utf-8")
    raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    names: set[str] = set()
    for entry in raw["provinces"]:
        former = [old["name"] for old in entry.get("formerly", ())]
        for name in (entry["name"], *entry.get("aliases", ()), *entry.get("merged", ()), *former):
            names.add(_without_unit(squash(name)))
    return frozenset(names)


def _without_unit(name: str) -> str:
    for unit in _UNITS:
        if name.startswith(unit):
            return name[len(unit) :]
    return name
