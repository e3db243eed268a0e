"""The collectives a commune's People's Committee, or a department (Sở), is one of.

A provincial plan gives work to every commune at once: "UBND các xã, phường", "Ủy ban nhân
dân các xã, phường, đặc khu", "UBND cấp xã" (the level: Luật Tổ chức chính quyền địa
phương 72/2025/QH15 names the xã, the phường and the đặc khu as its units). That work is
each commune's: `status --agency "ubnd xa Do Luong"` in a commune's office showed its own
plan's tasks and none of the province's (a clerk of an earlier trial), a silent omission. Only a
collective that names the commune's kind counts ("UBND các phường" is no xã's), and only
of its province.

A provincial plan gives work to every department at once in the same way: "Các sở, ban,
ngành", "Các sở, ngành tỉnh", "Các cơ quan chuyên môn thuộc UBND tỉnh" (the sở are the
cơ quan chuyên môn of the provincial People's Committee: Nghị định 45/2025/NĐ-CP, as the
registry cites it). A Sở's clerk filtering `--agency "so khoa hoc"` missed the quarterly report such a
collective owed (fresh42). "Các sở, ngành liên quan" (those concerned) names no one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import partial

from kehoach.base.text import squash
from kehoach.plan.agencies import Directory
from kehoach.plan.model import Agency, AgencyKind, Plan
from kehoach.plan.national import Province

_KINDS = ("xa", "phuong", "dac khu", "thi tran")  # thị trấn: before 01/7/2025
_KIND = "|".join(_KINDS)
_UBND = r"(?:uy ban nhan dan|ubnd)"
# one commune's: "Ủy ban nhân dân xã Đô Lương (tỉnh Nghệ An)", "UBND phường Vinh Phú"
_ONE = re.compile(rf"^{_UBND} (?P<kind>{_KIND}) (?!cac\b)\S")
# every commune's: "UBND các xã, phường", "UBND xã, phường, đặc khu" (squashed, no commas)
_LIST = rf"(?:{_KIND})(?: (?:va )?(?:{_KIND}))"
_EVERY = re.compile(rf"^{_UBND} (?:cac {_LIST}*|{_LIST}+)$")
# every department's: "Các sở, ban, ngành (tỉnh)", "các sở, ngành, địa phương", "Các cơ
# quan chuyên môn thuộc UBND tỉnh" (squashed); the whole name, so "… liên quan" is none.
# Their heads are given the same work: "Giám đốc các sở, ban, ngành", "Thủ trưởng các cơ
# quan chuyên môn …". The level may follow ("tỉnh", "cấp tỉnh", "thuộc tỉnh", "của tỉnh"),
# and the province ("tỉnh Hà Tĩnh", `place`: the group is then that province's alone).
# "thuộc UBND thành phố" of no province may be a city's own offices (phòng, before 01/7/2025),
# never counted; "Các sở … thành phố" is a centrally-run city's departments
_HEADS = r"(?:(?:giam doc|thu truong|tap the lanh dao|lanh dao) )?"
_UNIT = r"(?:tinh|thanh pho|tp)"
_AT = (
    rf"(?: (?:(?:truc )?thuoc |cua )?(?:{_UBND} )?(?:cap )?(?P<unit>{_UNIT})(?: (?P<place>.+))?"
    rf"| thuoc {_UBND})?"
)
_DEPARTMENTS = re.compile(
    rf"^{_HEADS}cac (?:(?P<so>so(?: (?:ban|nganh|doan the|dia phuong|don vi|co quan))*)"
    rf"|co quan chuyen mon){_AT}$"
)
_DEPARTMENT = re.compile(r"^so \S")  # "Sở Khoa học và Công nghệ (tỉnh Đắk Lắk)"
_LEVEL = "ubnd-cap-xa"  # the national level "Ủy ban nhân dân cấp xã", as each province's


def commune_kind(agency: Agency) -> str | None:
    """ "xa", "phuong", "dac khu" for a commune's People's Committee (by its name), else None."""
    if agency.kind is not AgencyKind.AGENCY:
        return None
    found = _ONE.match(squash(agency.name))
    return found["kind"] if found else None


def collectives_of(directory: Directory, agency: Agency) -> list[Agency]:
    """The registry's collectives `agency` is one of in its province: those of every
    commune of its kind, for a commune's People's Committee; those of every department
    (`_DEPARTMENTS`), for a Sở, a collective that names its province only when that is the
    Sở's own; empty for any other body."""
    kind = commune_kind(agency)
    provinces = directory.province_ids(agency)
    names_it: Callable[[Agency], bool]
    if kind is not None:
        names_it = partial(_names_every, kind=kind)
    elif agency.kind is AgencyKind.AGENCY and _DEPARTMENT.match(squash(agency.name)):
        names_it = partial(_names_departments, directory, member=provinces)
    else:
        return []
    return [
        group
        for group in directory.registry.agencies
        if group.kind is AgencyKind.GROUP
        and names_it(group)
        and _shares_province(directory.province_ids(group), provinces)
    ]


def said_provinces(directory: Directory, group: Agency) -> frozenset[str] | None:
    """The provinces (ids) a collective of every department names itself by: Hà Tĩnh for
    "Các sở, ban, ngành tỉnh Hà Tĩnh" (its work is the Sở of Hà Tĩnh's in any plan that
    names it); None when its names say none (the plan's province says whose it is)."""
    said = {
        province.id
        for name in (group.name, *group.aliases)
        if (found := _departments(directory, name)) and found["place"]
        for province in directory.national.find_provinces(found["place"])
    }
    return frozenset(said) or None


def members_of(directory: Directory, groups: set[str]) -> list[Agency]:
    """The registry's bodies that are one of the collectives `groups` (ids): the feeds a
    split by agency owes them though no task names them (fresh43: a Sở named nowhere had
    no feed of the work "Các sở, ban, ngành" was given)."""
    return [
        agency
        for agency in directory.registry.agencies
        if agency.kind is AgencyKind.AGENCY
        and (commune_kind(agency) or _DEPARTMENT.match(squash(agency.name)))
        and any(group.id in groups for group in collectives_of(directory, agency))
    ]


def unplaced(directory: Directory, agency: Agency, plans: Iterable[Plan]) -> str | None:
    """Why `agency`, a body the registry gives no province, cannot take the work of its
    collectives (those of no province) in `plans`: they name one in plans of several
    provinces, and which province's body it is the registry does not say (fresh44: a Sở
    Ngoại vụ of no `jurisdiction` took "Các sở, ngành" of a Hà Tĩnh and a Nghệ An plan
    alike). None when the plans name them in one province's plans at most."""
    if directory.province_ids(agency) is not None:
        return None
    groups = {group.id for group in collectives_of(directory, agency)}
    provinces: dict[str, Province] = {}
    named: dict[str, str] = {}
    for plan in plans if groups else ():
        scope = directory.scope_for(plan)
        if scope.province is None:
            continue
        for task in plan.tasks:
            for name in (*task.lead, *task.support):
                found = directory.resolve(name, scope)
                if found is not None and found.id in groups:
                    province = _latest(directory, scope.province)
                    provinces.setdefault(province.id, province)
                    named.setdefault(found.id, found.name)
    if len(provinces) < 2:
        return None
    units = sorted((p.unit for p in provinces.values()), key=squash)
    where = f"{', '.join(units[:-1])} và {units[-1]}"
    return (
        f"danh mục cơ quan không ghi tỉnh của {agency.name} (jurisdiction), mà việc giao chung "
        f"{', '.join(named.values())} có trong kế hoạch của {where}: không biết việc của tỉnh "
        f"nào là của {agency.name}. Ghi jurisdiction: cho {agency.name} trong agencies.yaml, "
        "hoặc chọn kế hoạch của một tỉnh (--plan)"
    )


def _latest(directory: Directory, province: Province) -> Province:
    """The province `province` is now: the one it merged into in 2025, else itself."""
    seen = {province.id}
    while province.successor and province.successor not in seen:
        following = directory.national.provinces.get(province.successor)
        if following is None:
            break
        seen.add(following.id)
        province = following
    return province


def level_ids(directory: Directory, agency: Agency) -> set[str]:
    """The ids the level "UBND cấp xã" takes in `agency`'s province (and unscoped), for a
    commune's People's Committee; empty for any other body."""
    if commune_kind(agency) is None:
        return set()
    return {_LEVEL, *(f"{p}-{_LEVEL}" for p in directory.province_ids(agency) or ())}


def _names_every(group: Agency, kind: str) -> bool:
    for name in (group.name, *group.aliases):
        key = squash(name)
        if _EVERY.match(key) and re.search(rf"\b{kind}\b", key):
            return True
    return False


def _names_departments(directory: Directory, group: Agency, member: frozenset[str] | None) -> bool:
    """Whether `group` is every department's, of the provinces `member` (ids) when its
    name says a province."""
    if not any(_departments(directory, name) for name in (group.name, *group.aliases)):
        return False
    said = said_provinces(directory, group)
    return said is None or (member is not None and bool(said & member))


def _departments(directory: Directory, name: str) -> re.Match[str] | None:
    """`name` read as every department's (`_DEPARTMENTS`): a place after it must be a
    province, and "thành phố" without one follows "các sở" ("Các cơ quan chuyên môn thuộc
    UBND thành phố" may be a city's offices)."""
    found = _DEPARTMENTS.match(squash(name))
    if found is None:
        return None
    if found["place"] is not None:
        return found if directory.national.find_provinces(found["place"]) else None
    return found if found["so"] is not None or found["unit"] in {None, "tinh"} else None


def _shares_province(group: frozenset[str] | None, member: frozenset[str] | None) -> bool:
    """A collective of no province (a registry of none) is every province's; a body of no
    province is one of those alone (fresh43: a Sở with no `jurisdiction` took every
    province's)."""
    return group is None or (member is not None and bool(group & member))
