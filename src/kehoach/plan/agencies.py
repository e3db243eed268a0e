"""The agency registry: resolve the names people write to one agency, within a jurisdiction.

People write "Sở KH&ĐT", "so ke hoach va dau tu" or "SKHĐT" for one body; in 2025 that
body merged into Sở Tài chính. Lookups ignore case, diacritics and punctuation.

A name resolves within the plan's jurisdiction (`Plan.jurisdiction`): "UBND tỉnh" of a Gia
Lai plan is Ủy ban nhân dân tỉnh Gia Lai, of a Phú Thọ plan Phú Thọ's. The places a name is
looked for, first match wins:

1. the repository's registry (agencies.yaml): entries of the plan's province (an entry's
   `jurisdiction`, else the registry's), then entries of no province;
2. the document's silence ("Không nêu cơ quan chủ trì") and levels ("UBND các cấp",
   "cấp xã"), a level taken as the plan's province's when it has one;
3. the ministries and ministerial agencies (national.py);
4. the bodies every province has, instantiated for the plan's province ("Sở Tài chính
   tỉnh Gia Lai"); for a province merged in 2025, its bodies until 30/6/2025, each with
   its successor of the new province; and a commune's UBND, HĐND when the plan has one.

Where one place holds two entries for a name, the name is ambiguous (None), never a guess.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from kehoach.base.text import nfc, squash, unaccent
from kehoach.plan.model import Agency, AgencyKind, Plan, Registry
from kehoach.plan.national import (
    National,
    Province,
    Template,
    load_national,
    slug,
    source_text,
)

# A name's closing aside in brackets: " (Sở Nội vụ)" of "Ban Tôn giáo (Sở Nội vụ)".
_ASIDE = re.compile(r"(?:\s*\([^()]*\))+$")

UNSTATED = Agency(
    id="chua-giao-co-quan-chu-tri",
    name="Chưa giao cơ quan chủ trì",
    kind=AgencyKind.UNSTATED,
    aliases=[
        "Không nêu cơ quan chủ trì",
        "Văn bản không nêu cơ quan chủ trì",
        "Không giao cơ quan chủ trì",
    ],
    notes="Văn bản không giao cơ quan chủ trì cho việc này; ghi rõ thay vì tự đặt một cơ quan.",
)
CENTRAL = ("trung uong", "tw", "chinh phu")  # folded jurisdiction names of central bodies

# Words every agency name shares; a suggestion must share some other word with the name.
# "không"/"chưa" too: alone, they drew "Không nêu cơ quan chủ trì" for any name holding
# them ("Sở Xyz Không Có"), inviting the clerk to mark a task as having no lead.
_COMMON_WORDS = frozenset(
    squash(
        "sở ban ngành các cấp và của tỉnh thành phố huyện xã phường ủy ubnd hđnd nhân dân "
        "văn phòng cơ quan đơn vị trung ương tw không chưa"
    ).split()
)


def in_being(agency: Agency) -> bool:
    """Whether the registry marks `agency` neither merged (a `successor`: Sở Kế hoạch và Đầu
    tư into Sở Tài chính, Nghị định 45/2025/NĐ-CP) nor dissolved (a `valid_until` alone): a
    body a task is given to today. Plans of their time name the others, and `validate`
    still offers them there."""
    return agency.successor is None and agency.valid_until is None


@dataclass(frozen=True)
class Scope:
    """Where a plan's names are read: a province (maybe a former one), central, a commune."""

    province: Province | None = None
    central: bool = False
    commune: str | None = None

    @property
    def key(self) -> str:
        base = self.province.id if self.province else ("trung-uong" if self.central else "")
        return f"{base}/{slug(self.commune)}" if self.commune else base


NO_SCOPE = Scope()


class Directory:
    """Name lookup over a `Registry` and the national registry, within jurisdictions."""

    def __init__(self, registry: Registry, national: National | None = None) -> None:
        self.registry = registry
        self.national = national or load_national()
        self.by_id: dict[str, Agency] = {}
        self.by_key: dict[str, list[Agency]] = {}  # the registry's own names, any province
        self._where: dict[str, frozenset[str] | None] = {}  # entry id -> province ids
        self._scoped: dict[str, dict[str, list[Agency]]] = {}
        self._templates: dict[str, tuple[Province | None, Template, Template | None]] = {}
        self._communal: dict[str, str] = {}  # a commune's body (built from a plan) -> province id
        # Reports read the same few names in the same few jurisdictions for every task:
        # each (name, scope) and each plan's jurisdiction is looked up once.
        self._resolved: dict[tuple[str, Scope | None], Agency | None] = {}
        self._scopes: dict[tuple[str | None, str | None, date | None], Scope] = {}
        for agency in registry.agencies:
            self.by_id.setdefault(agency.id, agency)
            self._where[agency.id] = self._entry_provinces(agency)
            for name in (agency.name, *agency.aliases):
                entries = self.by_key.setdefault(squash(name), [])
                if agency not in entries:
                    entries.append(agency)
        self._builtin = self._index([UNSTATED, *self._levels(None)])
        self._ministries = self._index(self._ministry_agencies())

    # --- jurisdictions ---------------------------------------------------------------------

    def _entry_provinces(self, agency: Agency) -> frozenset[str] | None:
        name = agency.jurisdiction or self.registry.jurisdiction
        if name is None or squash(name) in CENTRAL:
            # A ministry's registry ("jurisdiction: Trung ương") is of no province: its
            # entries are read as those of a registry that names none, central plans included.
            return None
        return frozenset(p.id for p in self.national.find_provinces(name))

    def scope_for(self, plan: Plan) -> Scope:
        """The jurisdiction a plan's names are read in (NO_SCOPE when it states none)."""
        memo = (plan.jurisdiction, plan.commune, plan_day(plan))
        if memo not in self._scopes:
            self._scopes[memo] = self._scope_for(plan)
        return self._scopes[memo]

    def _scope_for(self, plan: Plan) -> Scope:
        if plan.jurisdiction is None:
            return NO_SCOPE
        if squash(plan.jurisdiction) in CENTRAL:
            return Scope(central=True)
        province = self.province_for(plan.jurisdiction, plan_day(plan))
        return Scope(province=province, commune=plan.commune) if province else NO_SCOPE

    def province_for(self, name: str, day: date | None) -> Province | None:
        """The province `name` designates on `day`: "Gia Lai" of 2022 is the former one."""
        found = self.national.find_provinces(name)
        if len(found) <= 1:
            return found[0] if found else None
        current = [p for p in found if p.valid_until is None]
        former = [p for p in found if p.valid_until is not None]
        if (
            day is not None
            and former
            and all(day <= p.valid_until for p in former if p.valid_until)
        ):
            return former[0]
        return current[0] if current else found[0]

    # --- lookups ---------------------------------------------------------------------------

    def resolve(self, name: str, scope: Scope | None = None) -> Agency | None:
        """The one agency `name` designates within `scope`, or None when unknown or ambiguous.

        Without a scope, the registry's entries of every province are candidates (as before
        jurisdictions existed), then the document's silence, levels and ministries."""
        memo = (name, scope)
        if memo not in self._resolved:
            self._resolved[memo] = self._resolve(name, scope)
        return self._resolved[memo]

    def _resolve(self, name: str, scope: Scope | None) -> Agency | None:
        key = squash(name)
        for pool in self._pools(scope):
            entries = pool.get(key, [])
            if entries:
                return self._own(entries[0], scope) if len(entries) == 1 else None
        return None

    def written_name(self, agency: Agency, scope: Scope | None = None) -> str:
        """The name a plan of `scope` writes for `agency`: the registry's name, but a body
        every province has by its plain name ("Sở Nội vụ", not "Sở Nội vụ tỉnh Nghệ An"),
        which the plan's jurisdiction reads back as the same body."""
        if agency.id in self._templates and agency.aliases:
            plain = agency.aliases[0]
            if self.resolve(plain, scope) == agency:
                return plain
        return agency.name

    def plain_name(self, agency: Agency) -> str:
        """The name a body every province has goes by in each ("Sở Tài chính" for Sở Tài
        chính tỉnh Sơn La, as plans write it); any other body's own name."""
        province, template, _into = self._templates.get(agency.id, (None, None, None))
        return _fill(template.name, province) if province and template else agency.name

    def province_of(self, agency: Agency) -> str | None:
        """The province `agency` belongs to, by name ("Sơn La"): an instance's, or a
        registry entry's `jurisdiction` (else the registry's); None for a ministry."""
        province, _template, _into = self._templates.get(agency.id, (None, None, None))
        if province is not None:
            return province.name
        if agency not in self.registry.agencies:
            return None
        return agency.jurisdiction or self.registry.jurisdiction

    def spans_provinces(self, plans: Iterable[Plan]) -> bool:
        """Whether `plans` are of more than one province (a plan of none counts none): a
        report over them names each body with its province (`named_with_province`)."""
        scopes = {self.scope_for(plan) for plan in plans}
        return len({scope.province.id for scope in scopes if scope.province}) > 1

    def named_with_province(self, agency: Agency) -> str:
        """`agency`'s name with its province, as a report over several provinces must show
        it: a registry entry of Nghệ An named "Sở Tài chính" is "Sở Tài chính tỉnh Nghệ An"
        beside Sơn La's "Sở Tài chính tỉnh Sơn La" (the national registry's bodies carry it
        already); a name that holds its province, or a body of none, as it is."""
        where = None if agency.id in self._templates else self.province_of(agency)
        province = (
            self.province_for(where, None) if where and squash(where) not in CENTRAL else None
        )
        if province is None or squash(province.name) in squash(agency.name):
            return agency.name
        # "Ban Tôn giáo (Sở Nội vụ)": the province goes with the body, before the aside
        # ("Ban Tôn giáo tỉnh Nghệ An (Sở Nội vụ)"), not after it as if it were the Sở's.
        aside = _ASIDE.search(agency.name)
        cut = aside.start() if aside and aside.start() > 0 else len(agency.name)
        return _full_name(agency.name[:cut], province, marked=False) + agency.name[cut:]

    def named_in_plan(self, agency: Agency, plan: Plan) -> str:
        """`named_with_province`, and the document's silence ("Chưa giao cơ quan chủ trì")
        named with the province of `plan`: it is that province's to assign, and a report
        over several provinces that folds them into one row hides whose."""
        if agency.kind is not AgencyKind.UNSTATED:
            return self.named_with_province(agency)
        province = self.scope_for(plan).province
        return f"{agency.name} — {province.label}" if province else agency.name  # as a level

    def spelling(self, name: str, scope: Scope | None = None) -> str | None:
        """How the registry writes `name` when it is written otherwise (only in case,
        diacritics or punctuation: "So Noi vu" -> "Sở Nội vụ", "sở kh&đt" -> "Sở KH&ĐT");
        None when `name` is written as a known name or alias, or is unknown."""
        key = squash(name)
        written = _dashed(nfc(name).strip())
        for pool in self._pools(scope):
            entries = pool.get(key, [])
            if not entries:
                continue
            spellings = [n for a in entries for n in (a.name, *a.aliases) if squash(n) == key]
            if any(_dashed(nfc(n)) == written for n in spellings):
                return None
            return spellings[0] if spellings else None
        return None

    def _pools(self, scope: Scope | None) -> Iterator[dict[str, list[Agency]]]:
        if scope is None:
            yield self.by_key
        else:
            yield self._registry_pool(scope)
        if scope is not None and scope.province is not None:
            yield self._level_pool(scope.province)
        else:
            yield self._builtin
        yield self._ministries
        if scope is not None and scope.province is not None:
            yield self._province_pool(scope)

    def _own(self, agency: Agency, scope: Scope | None) -> Agency:
        """A national body the registry also lists (by its plain name) is the registry's."""
        if agency.id not in self._templates or scope is None:
            return agency
        _province, template, _ = self._templates[agency.id]
        for name in (template.name, *template.aliases):
            if "{" in name:
                continue
            entries = self._registry_pool(scope).get(squash(name), [])
            if len(entries) == 1:
                return entries[0]
        return agency

    def _registry_pool(self, scope: Scope) -> dict[str, list[Agency]]:
        key = "registry:" + scope.key
        if key not in self._scoped:
            province = scope.province.id if scope.province else None
            own = [a for a in self.registry.agencies if province and self._in(a, province)]
            shared = [a for a in self.registry.agencies if self._where.get(a.id) is None]
            pool = self._index(own)
            for k, entries in self._index(shared).items():
                pool.setdefault(k, entries)
            self._scoped[key] = pool
        return self._scoped[key]

    def _level_pool(self, province: Province) -> dict[str, list[Agency]]:
        key = "levels:" + province.id
        if key not in self._scoped:
            self._scoped[key] = self._index([UNSTATED, *self._levels(province)])
        return self._scoped[key]

    def _in(self, agency: Agency, province: str) -> bool:
        where = self._where.get(agency.id)
        return where is not None and province in where

    def _province_pool(self, scope: Scope) -> dict[str, list[Agency]]:
        key = "national:" + scope.key
        if key not in self._scoped and scope.province is not None:
            bodies = self.provincial_bodies(scope.province)
            if scope.commune:
                bodies = [*bodies, *self._commune_bodies(scope.province, scope.commune)]
            self._scoped[key] = self._index(bodies)
        return self._scoped.get(key, {})

    @staticmethod
    def _index(agencies: Iterable[Agency]) -> dict[str, list[Agency]]:
        out: dict[str, list[Agency]] = {}
        for agency in agencies:
            for name in (agency.name, *agency.aliases):
                entries = out.setdefault(squash(name), [])
                if agency not in entries:
                    entries.append(agency)
        return out

    # --- national bodies -------------------------------------------------------------------

    def _register(self, agency: Agency) -> Agency:
        return self.by_id.setdefault(agency.id, agency)

    def _ministry_agencies(self) -> list[Agency]:
        out: list[Agency] = []
        until = date.fromordinal(self.national.ministries_from.toordinal() - 1)
        for ministry in self.national.ministries:
            notes = source_text(self.national, ministry.source)
            out.append(self._register(_agency(ministry.id, ministry.name, ministry.aliases, notes)))
            for old in ministry.predecessors:
                agency = _agency(old.id, old.name, old.aliases, notes, until, ministry.id)
                out.append(self._register(agency))
        return out

    def _levels(self, province: Province | None) -> list[Agency]:
        out = []
        for level in self.national.levels:
            prefix = f"{province.id}-" if province else ""
            agency = Agency(
                id=prefix + level.id,
                name=f"{level.name} — {province.label}" if province else level.name,
                kind=AgencyKind.LEVEL,
                aliases=[level.name, *level.aliases],
                valid_until=level.valid_until,
                successor=prefix + level.successor if level.successor else None,
                notes=source_text(self.national, level.source),
            )
            out.append(self._register(agency))
        return out

    def provincial_bodies(self, province: Province) -> list[Agency]:
        """The bodies every province has, as `province`'s (with their 2025 predecessors)."""
        out = []
        for template in self.national.provincial:
            out.append(self._instance(province, template, None))
            out.extend(self._instance(province, old, template) for old in template.predecessors)
        return out

    def _instance(self, province: Province, template: Template, into: Template | None) -> Agency:
        agency_id = f"{province.id}-{template.id}"
        if agency_id in self.by_id:
            return self.by_id[agency_id]
        names = [_fill(n, province) for n in (template.name, *template.aliases)]
        full = _full_name(names[0], province)
        if into is not None:  # merged into a body of the same province in 2025 (no one day)
            successor: str | None = f"{province.id}-{into.id}"
            until = None
        elif province.successor is not None:
            successor, until = f"{province.successor}-{template.id}", province.valid_until
        else:
            successor, until = None, None
        aliases = [*names, *(_full_name(n, province) for n in names[1:])]
        if province.former:  # as the document of its time writes it: "Sở Nội vụ tỉnh Phú Thọ"
            aliases += [_full_name(n, province, marked=False) for n in names]
        cited = [(into or template).source, province.source if until else None]
        notes = "; ".join(t for k in cited if (t := source_text(self.national, k)))
        agency = _agency(agency_id, full, aliases, notes, until, successor)
        self._templates[agency_id] = (province, template, into)
        if successor is not None:
            self._ensure(successor)
        return self._register(agency)

    def _ensure(self, agency_id: str) -> None:
        """Build the national body `agency_id` names (a successor), so chains are complete."""
        if agency_id in self.by_id:
            return
        for province in self.national.provinces.values():
            if agency_id.startswith(province.id + "-"):
                rest = agency_id[len(province.id) + 1 :]
                for template in self.national.provincial:
                    if template.id == rest:
                        self._instance(province, template, None)
                        return

    def _commune_bodies(self, province: Province, commune: str) -> list[Agency]:
        """The bodies of the plan's commune, ward or special zone: UBND, HĐND (Luật
        72/2025/QH15) and the offices of Nghị định 150/2025/NĐ-CP ("UBND xã" of a plan of
        Xã Hòa Bình is Ủy ban nhân dân xã Hòa Bình; a phường has a Phòng Kinh tế, Hạ tầng
        và Đô thị, a xã a Phòng Kinh tế); the commune's name is taken as written."""
        kind, own = _commune_kind(commune)
        out = []
        for template in self.national.communal:
            if template.kinds and kind not in template.kinds:
                continue
            written = (template.name, *template.aliases)
            names = [n.replace("{cap}", kind) for n in written]
            full = f"{names[0]} {own}"
            owned = [f"{n.replace('{cap}', kind)} {own}" for n in written if "{cap}" in n]
            agency = _agency(
                f"{province.id}-{slug(commune)}-{template.id}",
                f"{full} ({province.unit})",
                list(dict.fromkeys([*names, *owned])),
                source_text(self.national, template.source),
            )
            out.append(self._register(agency))
            self._communal[agency.id] = province.id
        return out

    def province_ids(self, agency: Agency) -> frozenset[str] | None:
        """The ids of the provinces `agency` is of: a registry entry's (None: of every
        province), a commune's body's, a standard provincial body's; None for the rest."""
        if agency.id in self._communal:
            return frozenset({self._communal[agency.id]})
        province, _template, _into = self._templates.get(agency.id, (None, None, None))
        if province is not None:
            return frozenset({province.id})
        return self._where.get(agency.id)

    def never_had(self, agency: Agency) -> Province | None:
        """The province formed on 01/7/2025 (Nghị quyết 202/2025/QH15) that `agency`, one of
        the departments merged away in 2025 (Nghị định 45/2025/NĐ-CP), is named for: the
        new province was formed after every such merger, so it never had the body."""
        province, _template, into = self._templates.get(agency.id, (None, None, None))
        if into is None or province is None or province.valid_from is None:
            return None
        return province

    def agency(self, agency_id: str) -> Agency | None:
        """The agency with this id: the registry's, or a national body (built on demand)."""
        self._ensure(agency_id)
        return self.by_id.get(agency_id)

    # --- names for people ------------------------------------------------------------------

    def suggest(
        self, name: str, limit: int = 3, scope: Scope | None = None, *, current: bool = False
    ) -> list[str]:
        """Known names close to `name` that share a significant word with it; `current`:
        only bodies in being (`in_being`), for a name written today (`assign`).

        A name spelled alike comes first (diacritics folded: "Sở Y tê" is Sở Y tế); else
        the names sharing at least half its words, as written when it is typed with
        diacritics ("trị" is not "trì"). A collective
        ("Các …", "… các …") is offered only collectives and levels: a single body is
        never what a clerk who wrote a group meant."""
        entries = self._known(scope, current=current)
        if collective(name):
            entries = {k: a for k, a in entries.items() if a.kind in _COLLECTIVE_KINDS}
        side = _side(name)
        if side is not None:  # "Thường trực HĐND tỉnh" is never "Ban Thường vụ Tỉnh ủy"
            entries = {k: a for k, a in entries.items() if _side(*_all_names(a)) in (side, None)}
        names = {key: agency.name for key, agency in entries.items()}
        words = _significant(name)
        if not words:  # only common words ("cấp xa"): spelling alone decides
            close = difflib.get_close_matches(squash(name), list(names), n=limit, cutoff=0.75)
            return list(dict.fromkeys(names[key] for key in close))
        fused = _fused(name)
        candidates = [key for key in entries if fused & _fused(key)]
        close = difflib.get_close_matches(squash(name), candidates, n=limit, cutoff=0.5)
        if close:  # the clear best, and any about as close ("Sở Tài chính", not "Bộ Tài chính")
            ratios = {k: difflib.SequenceMatcher(None, squash(name), k).ratio() for k in close}
            close = [k for k in close if ratios[k] >= ratios[close[0]] - 0.05]
            # the kind of body typed first: "Sở Tài chánh" is a Sở before it is a Bộ
            head = squash(name).split()[0]
            close.sort(key=lambda k: k.split()[0] != head)
        else:  # nothing spelled alike: the names sharing most words, at least half of the
            # name's ("Các tổ chức chính trị - xã hội" is not "Cấp ủy, tổ chức đảng"), as
            # written when typed with diacritics ("chính trị" is not "chủ trì")
            written = _written_words(name) if unaccent(name) != nfc(name) else None
            shared = {k: len(words & _significant(k)) for k in candidates}
            close = [
                k
                for k in sorted(candidates, key=lambda k: -shared[k])
                if 2 * shared[k] >= len(words)
                and (written is None or written & _written_words(*_forms(entries[k], k)))
            ][:limit]
        return list(dict.fromkeys(names[key] for key in close))

    def _known(self, scope: Scope | None, *, current: bool = False) -> dict[str, Agency]:
        """Every name (squashed) the registry knows in `scope`, with its first agency;
        `current`: only those whose first agency is in being (`in_being`)."""
        entries: dict[str, Agency] = {}
        for pool in self._pools(scope):
            for key, found in pool.items():
                entries.setdefault(key, found[0])
        if not current:
            return entries
        # a name the registry marks merged is gone under every spelling: the national body
        # of that name ("Sở Du lịch tỉnh Nghệ An", Nghị định 45/2025/NĐ-CP) is the province's
        # own, merged too
        gone = {key for key, agency in entries.items() if not in_being(agency)}
        return {
            key: agency
            for key, agency in entries.items()
            if key not in gone and not gone & {squash(n) for n in _all_names(agency)}
        }

    def unknown(self, name: str, scope: Scope | None = None, *, current: bool = False) -> str:
        """The message for a name the registry does not know, with close names; a kind of
        body alone ("so", "ubnd") names how many it fits and asks for the rest. `current`:
        only bodies in being are offered (`in_being`)."""
        close = self.suggest(name, scope=scope, current=current)
        hint = f"; có phải: {', '.join(close)}?" if close else ""
        if current and (merged := self._merged_into(name, scope)):
            hint = "; " + "; ".join(f"{old} nay là {new}" for old, new in merged)
        elif not close and not _significant(name) and (typed := squash(name)):
            known = self._known(scope, current=current).items()
            fits = sorted({a.name for k, a in known if k.startswith(typed + " ")}, key=len)
            if fits:
                hint = (
                    f"; '{name}' chỉ nêu loại cơ quan, có {len(fits)} cơ quan như vậy (như "
                    f"{'; '.join(fits[:3])}): gõ thêm tên, ví dụ '{unaccent(fits[0]).lower()}'"
                )
        return f"không có cơ quan '{name}' trong danh mục{hint}"

    def _merged_into(self, name: str, scope: Scope | None) -> list[tuple[str, str]]:
        """(a former body close to `name`, the body that took it over), for each merged one
        among the names close to it: "so ke hoach" is Sở Kế hoạch và Đầu tư, now Sở Tài chính
        (Nghị định 45/2025/NĐ-CP), never the nearest body still in being (fresh39b: Sở Quy
        hoạch - Kiến trúc was offered)."""
        pairs = []
        for close in self.suggest(name, scope=scope):
            former = self.resolve(close, scope)
            if former is not None and not in_being(former) and (chain := self.successors(former)):
                pairs.append(
                    (self.written_name(former, scope), self.written_name(chain[-1], scope))
                )
        return list(dict.fromkeys(pairs))

    def ambiguous(self) -> Iterator[tuple[str, list[Agency]]]:
        """Folded names of the registry that designate more than one agency of one province."""
        for key, agencies in self.by_key.items():
            if len(agencies) > 1 and _overlap([self._where.get(a.id) for a in agencies]):
                yield key, agencies

    def successors(self, agency: Agency) -> list[Agency]:
        """The chain of bodies that took over `agency`, nearest first (cycles cut)."""
        chain: list[Agency] = []
        current = agency
        while current.successor:
            following = self.agency(current.successor)
            if following is None or following in chain or following == agency:
                break
            chain.append(following)
            current = following
        return chain

    def current(self, agency: Agency, day: date) -> tuple[Agency, list[Agency]]:
        """The body that answers for `agency`'s work on `day`, and the ones it took over.

        A body whose `valid_until` is before `day` hands over to its successor (Sở Tài chính
        tỉnh Bình Định to Sở Tài chính tỉnh Gia Lai from 01/7/2025)."""
        formerly: list[Agency] = []
        while agency.valid_until is not None and agency.valid_until < day and agency.successor:
            following = self.agency(agency.successor)
            if following is None or following in formerly:
                break
            formerly.append(agency)
            agency = following
        return agency, formerly

    def family(self, agency: Agency) -> set[str]:
        """Ids of `agency`, its successors and its predecessors: one body through reforms."""
        ids = {agency.id, *(a.id for a in self.successors(agency))}
        for other in list(self.by_id.values()):
            if agency in self.successors(other):
                ids.add(other.id)
        return ids


def national_directory() -> Directory:
    """The look-up of the registry kehoach ships (`data/national.yaml`: provinces,
    ministries, the standard provincial bodies, levels) without a registry file: what
    `import` reads names with where no plans/agencies.yaml is found. The registry file's
    model asks for at least one entry, so its empty stand-in is built unvalidated."""
    return Directory(Registry.model_construct(schema_version=1, jurisdiction=None, agencies=[]))


def plan_day(plan: Plan) -> date | None:
    """The day a plan speaks from: its issue date, else the date it states it is in force."""
    return plan.issued or plan.in_force


def _agency(  # noqa: PLR0917
    agency_id: str,
    name: str,
    aliases: Iterable[str],
    notes: str | None,
    until: date | None = None,
    successor: str | None = None,
) -> Agency:
    others = list(dict.fromkeys(a for a in aliases if squash(a) != squash(name)))
    return Agency(
        id=agency_id,
        name=name,
        aliases=others,
        valid_until=until,
        successor=successor,
        notes=notes,
    )


def _fill(template: str, province: Province) -> str:
    return template.replace("{cap}", "tỉnh" if province.kind == "tỉnh" else "thành phố").replace(
        "{uy}", province.party
    )


def _full_name(name: str, province: Province, *, marked: bool = True) -> str:
    """ "Sở Tài chính" -> "Sở Tài chính tỉnh Gia Lai"; "Văn phòng Tỉnh ủy" -> "… Gia Lai";
    a former province's name `marked` "(trước 01/7/2025)" when a new unit took it."""
    own = province.name + (" (trước 01/7/2025)" if province.former and marked else "")
    if name.endswith(province.party):
        return f"{name} {own}"
    for kind in ("tỉnh", "thành phố"):
        if name.endswith(" " + kind) or name == kind:
            return f"{name} {own}"
    return f"{name} {province.kind} {own}"


def _commune_kind(commune: str) -> tuple[str, str]:
    """("xã", "Hòa Bình") from "Xã Hòa Bình"; a name without its kind is taken as a xã."""
    for kind in ("đặc khu", "phường", "xã"):
        if squash(commune).startswith(squash(kind) + " "):
            return kind, commune[len(kind) :].strip()
    return "xã", commune.strip()


def _significant(text: str) -> set[str]:
    return {w for w in squash(text).split() if w not in _COMMON_WORDS and len(w) > 1}


def _fused(text: str) -> set[str]:
    """The significant words of `text`, and each two running words written as one: a
    clerk who types "ealy" means "Ea Ly" (a commune's name, whose syllables are often run
    together), "Ea Ly" typed may be a registry's "Ealy"."""
    words = [w for w in squash(text).split() if w not in _COMMON_WORDS]
    return _significant(text) | {a + b for a, b in itertools.pairwise(words)}


_WORD = re.compile(r"\w+")
_COLLECTIVE_KINDS = (AgencyKind.GROUP, AgencyKind.LEVEL)
_PLURAL = frozenset({"cac", "nhung"})  # "các sở", "những cơ quan": a collective


def _written_words(*texts: str) -> set[str]:
    """The significant words of `texts` as written: lower case, diacritics kept."""
    return {
        w
        for text in texts
        for w in _WORD.findall(nfc(text).lower())
        if squash(w) not in _COMMON_WORDS and len(w) > 1
    }


def _forms(agency: Agency, key: str) -> list[str]:
    """The written forms of `agency` that fold to `key` (the name or alias matched)."""
    return [n for n in (agency.name, *agency.aliases) if squash(n) == key] or [agency.name]


# The words that say which system a body belongs to: the Party's committees, the State's
# councils and administrations, the Fatherland Front. A suggestion never crosses from one to
# another: "Thường trực HĐND tỉnh" (a State body, Luật 72/2025/QH15 Điều 29) is not "Ban
# Thường vụ Tỉnh ủy" (the Party's), however alike the words. A Party word wins over a State
# word in one name: "Ban cán sự đảng UBND tỉnh", "Đảng ủy UBND tỉnh" are Party bodies.
_SIDES = (
    ("đảng", ("tinh uy", "thanh uy", "huyen uy", "dang uy", "cap uy", "dang bo", "chi bo",
              "ban can su dang", "dang doan", "dang")),
    ("mặt trận", ("mat tran", "mttq", "mttqvn", "ubmttq", "ubmttqvn")),
    ("nhà nước", ("hdnd", "hoi dong nhan dan", "ubnd", "uy ban nhan dan", "chinh phu")),
)  # fmt: skip


def _side(*names: str) -> str | None:
    """ "đảng", "mặt trận" or "nhà nước" when one of `names` says which (first in
    `_SIDES` order), else None."""
    folded = [f" {squash(n)} " for n in names]
    for side, markers in _SIDES:
        if any(f" {m} " in text for m in markers for text in folded):
            return side
    return None


def _all_names(agency: Agency) -> list[str]:
    return [agency.name, *agency.aliases]


def collective(name: str) -> bool:
    """Whether `name` names a collective: a plural word ("Các tổ chức …", "Ban Thường vụ
    các huyện ủy …"). A registry entry offered for such a name is `kind: group`."""
    return bool(_PLURAL & set(squash(name).split()))


def _overlap(places: list[frozenset[str] | None]) -> bool:
    """Whether two of these entries can be candidates for one plan (same or no province)."""
    for i, a in enumerate(places):
        for b in places[i + 1 :]:
            if a is None or b is None or a & b:
                return True
    return False


# The dashes a document prints between two words of a name ("Phòng Văn hóa – Xã hội", an en
# dash, as typeset documents and portals print it): the same name as with a hyphen, not a
# misspelling to correct.
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"))


def _dashed(text: str) -> str:
    return text.translate(_DASHES)
