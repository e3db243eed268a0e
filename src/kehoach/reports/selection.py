"""What the user asked for: `--plan` and `--agency` values resolved against the repository."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from kehoach.base.text import squash
from kehoach.plan.agencies import NO_SCOPE, Directory, Scope, plan_day
from kehoach.plan.collectives import collectives_of, level_ids, said_provinces, unplaced
from kehoach.plan.loader import PlanFile
from kehoach.plan.model import Agency, Plan, Task


class SelectionError(ValueError):
    """A plan or agency the repository does not know; the message suggests close names."""


@dataclass(frozen=True)
class Share:
    """A member's part in a collective's work ("UBND xã Đô Lương" in "UBND các xã,
    phường"): the plans it reaches."""

    member: str  # its name, as the listing says it ("giao chung, gồm …")
    # the provinces (ids) of the plans it reaches (a Gia Lai plan's "Các sở, ban, ngành" is
    # no Đắk Lắk Sở's; a plan of no stated province counts); None: a plan of any province
    # (a collective whose name says the member's province: "… tỉnh Hà Tĩnh")
    provinces: frozenset[str] | None
    # the days of the plans it reaches: while the member exists (Sở Du lịch, merged on
    # 01/03/2025, is not one of "Các sở, ngành" of a 2026 plan)
    window: Window

    def reaches(self, day: date | None, province: str | None) -> bool:
        """Whether the collective's work in a plan of `day` and `province` is the member's."""
        if self.provinces is not None and province is not None and province not in self.provinces:
            return False
        return _inside(self.window, day)


@dataclass(frozen=True)
class Selection:
    """Which deadlines to count: by plan, by agency (lead only or lead-or-support)."""

    plans: frozenset[str] | None = None  # plan ids
    agencies: frozenset[str] | None = None  # agency ids, with successors and predecessors
    lead_only: bool = False
    # agency id -> the days of the plans in which its tasks count (first, last; None: no
    # bound): the body that took over one the user named answers for that one's work only
    # from the merger (`--agency "Sở KH&ĐT"` and Sở Tài chính's tasks in plans issued from
    # 01/03/2025)
    within: dict[str, Window] = field(default_factory=dict, compare=False)
    notes: tuple[str, ...] = ()  # how the names typed were read, for stderr
    # a collective selected for its members (not typed itself) -> each member's share: its
    # work counts where one reaches, and the listing names the members it reaches there
    shares: dict[str, tuple[Share, ...]] = field(default_factory=dict, compare=False)

    def counts(self, agency_id: str, plan: Plan | None, province: str | None = None) -> bool:
        """Whether a task that names `agency_id`, in `plan` (of the province with id
        `province`, when known), is one of the selected agencies' (the plan speaks from its
        issue day, else its `in_force`; a plan with neither counts for a bounded body only
        when the bound is an end, never for a successor's work before the merger)."""
        if self.agencies is None:
            return True
        if agency_id not in self.agencies:
            return False
        day = plan_day(plan) if plan is not None else None
        window = self.within.get(agency_id)
        shares = self.shares.get(agency_id)
        if window is None and shares is None:
            return True
        if window is not None and _inside(window, day):
            return True
        return any(share.reaches(day, province) for share in shares or ())

    def members(self, group_id: str, plan: Plan, province: str | None) -> list[str]:
        """The members selected whose share of the collective `group_id` reaches `plan`
        (of the province `province`), each once, in the order met."""
        shares = self.shares.get(group_id, ())
        day = plan_day(plan)
        return list(dict.fromkeys(s.member for s in shares if s.reaches(day, province)))


Window = tuple[date | None, date | None]
_ALWAYS: Window = (None, None)


def _inside(window: Window, day: date | None) -> bool:
    """Whether a plan of `day` is within `window` (a plan of no day: when it has no first)."""
    first, last = window
    if day is None:
        return first is None
    return (first is None or day >= first) and (last is None or day <= last)


def _overlap(one: Window, other: Window) -> Window | None:
    """The days both windows count, None when none."""
    firsts = [d for d in (one[0], other[0]) if d is not None]
    lasts = [d for d in (one[1], other[1]) if d is not None]
    first, last = max(firsts, default=None), min(lasts, default=None)
    return None if first and last and first > last else (first, last)


def _widest(one: Window, other: Window) -> Window:
    """The days either window counts: from the earlier first day to the later last day."""
    firsts, lasts = (one[0], other[0]), (one[1], other[1])
    first = None if None in firsts else min(d for d in firsts if d is not None)
    last = None if None in lasts else max(d for d in lasts if d is not None)
    return first, last


def select(
    plan_files: Sequence[PlanFile],
    directory: Directory | None,
    plans: Sequence[str] = (),
    agencies: Sequence[str] = (),
    *,
    lead_only: bool = False,
) -> Selection:
    """Resolve the names people typed; raise `SelectionError` for any that match nothing."""
    plan_ids = frozenset(plan_id(plan_files, p) for p in plans) if plans else None
    if not agencies:
        return Selection(plan_ids, None, lead_only)
    ids: set[str] = set()
    whole: set[str] = set()  # bodies some value selects with all their tasks
    within: dict[str, Window] = {}
    notes: list[str] = []
    shares: dict[str, list[Share]] = {}
    # what a name no plan knows is offered instead: the bodies of the plans asked for
    chosen = [pf for pf in plan_files if plan_ids is None or pf.plan.id in plan_ids]
    for typed in agencies:
        read = _agency_ids(directory, typed, plan_files, chosen or plan_files)
        ids |= read.ids
        whole |= read.ids - set(read.within) - set(read.shares)
        for bounded, window in read.within.items():
            within[bounded] = _widest(window, within.get(bounded, window))
        notes += read.notes
        for group, theirs in read.shares.items():
            known = shares.setdefault(group, [])
            known += [share for share in theirs if share not in known]
    within = {bounded: w for bounded, w in within.items() if bounded not in whole}
    kept = {group: tuple(theirs) for group, theirs in shares.items() if group not in whole}
    return Selection(plan_ids, frozenset(ids), lead_only, within, tuple(notes), kept)


def for_agency(
    directory: Directory | None, agency_id: str, *, lead_only: bool = False
) -> Selection:
    """What `--agency` selects for the body `agency_id` (a calendar feed per agency gives
    the same): it, the bodies it took over, the ones that took it over from the merger,
    and the collectives a commune's People's Committee is one of ("UBND các xã, phường",
    "UBND cấp xã"): a commune's feed left out the work given to every commune, which
    `status --agency` counts as its own (`_with_collectives`)."""
    agency = directory.agency(agency_id) if directory else None
    if directory is None or agency is None:  # unknown: the name stands for itself
        return Selection(agencies=frozenset({agency_id}), lead_only=lead_only)
    read = _Read(set(), {}, [])
    _with_family(directory, agency, agency.name, read, set())
    shares = {group: tuple(theirs) for group, theirs in read.shares.items()}
    return Selection(
        agencies=frozenset(read.ids), lead_only=lead_only, within=read.within, shares=shares
    )


# The number alone is the digits a document's số/ký hiệu begins with, whatever follows
# them: "348" of 348/KH-UBND (a State body's form), "02" of 02-KH/BCĐ and "55" of 55-KH/TU
# (the Party's and its steering committees' form, number-kind/issuer).
_NUMBER_ALONE = re.compile(r"\d+")


def _plan_keys(pf: PlanFile) -> set[str]:
    """What people type for a plan: its id, its number (348/KH-UBND, 02-KH/BCĐ), the part
    before its first slash (02-KH), or the number alone (348, 02), with or without the
    zeros some provinces print before it (155 for 0155/KH-UBND, Đắk Lắk's form)."""
    keys = {squash(pf.plan.id)}
    if pf.plan.number:
        keys |= {squash(pf.plan.number), squash(pf.plan.number.split("/")[0])}
        if alone := _NUMBER_ALONE.match(pf.plan.number.strip()):
            keys |= {alone.group(), _unpadded(alone.group())}
    return keys


def _unpadded(typed: str) -> str:
    """A number alone without the zeros before it ("0155" -> "155"); other text as it is."""
    return (typed.lstrip("0") or "0") if typed.isdigit() else typed


def _unnumbered(plan_files: Sequence[PlanFile], typed: str) -> list[PlanFile]:
    """Plans without a number whose id holds `typed` as a word ("424" in
    dong-nai-kh-424-2026, a plan for Nghị quyết 424/NQ-CP): the number the clerk had in
    mind, perhaps, but not the plan's (its document gives none), so never taken for it."""
    words = squash(typed).split()
    if not words:
        return []
    return [
        pf
        for pf in plan_files
        if not pf.plan.number and _holds(squash(pf.plan.id.replace("-", " ")).split(), words)
    ]


def _holds(words: list[str], part: list[str]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


_TASK_FORM = "cần dạng KẾ_HOẠCH/NHIỆM_VỤ, ví dụ 348/7"
_PLAN_FORM = "cần mã hoặc số kế hoạch, ví dụ 348 hoặc kh-348-2022"


def _whole_parts(typed: str, form: str = _TASK_FORM) -> None:
    """Refuse a reference with a part that names nothing: `348/../1`, `./348/1`, `348//1`.
    Lookups ignore punctuation (`squash`), so such a part would vanish and the rest
    would name a plan the user did not type; a path is not a reference. `form` says
    what was expected (a task reference, or a plan for --plan)."""
    parts = re.split(r"[/\\]", typed)
    if any(not any(ch.isalnum() for ch in part) for part in parts):
        raise SelectionError(
            f"'{typed}': có phần không phải tên (như '..', '.' hoặc để trống); {form}"
        )


def plan_id(plan_files: Sequence[PlanFile], typed: str, *, then: str = "") -> str:
    """The id of the one plan `typed` names (id, number or number alone). `then`: what
    follows the plan in the reference typed ("/3"), for the example a refusal gives."""
    _whole_parts(typed, _PLAN_FORM)
    wanted = {squash(typed), _unpadded(squash(typed))}
    matches = {pf.plan.id for pf in plan_files if wanted & _plan_keys(pf)}
    if len(matches) == 1:
        return matches.pop()
    if matches:
        raise SelectionError(f"'{typed}' chỉ nhiều kế hoạch: {', '.join(sorted(matches))}")
    if unnumbered := _unnumbered(plan_files, typed):
        said = "; ".join(
            f"{pf.name} (mã {pf.plan.id}) không ghi số kế hoạch (number trống), gọi bằng mã: "
            f"{pf.plan.id}{then}"
            for pf in unnumbered
        )
        raise SelectionError(f"không có kế hoạch nào số '{typed}'; {said}")
    known = [pf.plan.number or pf.plan.id for pf in plan_files]
    close = difflib.get_close_matches(typed, known, n=3, cutoff=0.5)
    hint = f"; có phải: {', '.join(close)}?" if close else f"; các kế hoạch: {', '.join(known)}"
    if not known:  # no plan read ("các kế hoạch: " and nothing); the caller says why
        hint = ""
    raise SelectionError(f"không có kế hoạch '{typed}'{hint}")


def task_ref(plan_files: Sequence[PlanFile], typed: str) -> tuple[PlanFile, Task]:
    """The plan file and task `PLAN/TASK` names: 348/7, 348/KH-UBND/7, kh-348-2022/7.

    Task ids never hold a slash, plan numbers often do, so the task is after the last one.
    The task id is matched as written, else without regard to case (iii.3.c).
    """
    plan_part, slash, task_part = typed.rpartition("/")
    if not slash or not plan_part or not task_part:
        raise SelectionError(f"'{typed}': cần dạng KẾ_HOẠCH/NHIỆM_VỤ, ví dụ 348/7")
    _whole_parts(typed)
    try:
        wanted = plan_id(plan_files, plan_part, then=f"/{task_part}")
    except SelectionError:
        _slash_for_a_separator(plan_files, typed)
        raise
    files = [pf for pf in plan_files if pf.plan.id == wanted]
    if len(files) > 1:  # `kehoach validate` reports it as duplicate-plan-id
        names = ", ".join(pf.name for pf in files)
        raise SelectionError(f"mã kế hoạch '{wanted}' có ở nhiều tệp ({names}); hãy sửa trùng mã")
    pf = files[0]
    ids = [t.id for t in pf.plan.tasks]
    matches = [i for i in ids if i == task_part] or [
        i for i in ids if squash(i) == squash(task_part)
    ]
    if len(matches) == 1:
        return pf, next(t for t in pf.plan.tasks if t.id == matches[0])
    if matches:
        raise SelectionError(f"'{typed}' chỉ nhiều nhiệm vụ: {', '.join(matches)}")
    close = difflib.get_close_matches(task_part, ids, n=5, cutoff=0.5)
    hint = f"có phải: {', '.join(close)}?" if close else f"các nhiệm vụ: {', '.join(ids)}"
    raise SelectionError(f"kế hoạch '{wanted}' không có nhiệm vụ '{task_part}'; {hint}")


def _slash_for_a_separator(plan_files: Sequence[PlanFile], typed: str) -> None:
    """Refuse `348/PL2/1`, a slash typed for the separator of task PL2.1, naming the task
    it is near: the plan part "348/PL2" names no plan, and "không có kế hoạch '348/PL2'"
    sent the clerk looking for a plan (fresh22). Only named, never taken: a task id holds
    no slash, so what was meant is a guess. Returns when no earlier slash gives a plan
    and a task."""
    slashes = [at for at, ch in enumerate(typed) if ch == "/"][:-1]
    for at in slashes:
        plan_part, task_part = typed[:at], typed[at + 1 :]
        try:
            wanted = plan_id(plan_files, plan_part)
        except SelectionError:
            continue
        tasks = [t for pf in plan_files if pf.plan.id == wanted for t in pf.plan.tasks]
        if near := [t.id for t in tasks if squash(t.id) == squash(task_part)]:
            refs = ", ".join(f"{plan_part}/{task_id}" for task_id in near)
            raise SelectionError(f"'{typed}': mã nhiệm vụ không có dấu '/'; có phải: {refs}?")


@dataclass
class _Read:
    """What one `--agency` value selects."""

    ids: set[str]  # the bodies it names and every body whose work they took over
    within: dict[str, Window]  # bodies counted in plans of these days only (`Selection`)
    notes: list[str]
    shares: dict[str, list[Share]] = field(default_factory=dict)  # (`Selection.shares`)


def _agency_ids(
    directory: Directory | None,
    typed: str,
    plan_files: Sequence[PlanFile] = (),
    offered: Sequence[PlanFile] | None = None,
) -> _Read:
    """The bodies `typed` names in any plan's jurisdiction, with their predecessors, and
    their successors from the day each took over (registry `valid_until`, e.g. Sở Kế
    hoạch và Đầu tư of Nghệ An merged into Sở Tài chính from 01/03/2025): "Sở Tài chính"
    selects each province's; "Sở Tài chính tỉnh Gia Lai" one; "Sở KH&ĐT" its own tasks
    and Sở Tài chính's in plans issued after the merger, not Sở Tài chính's of 2022.
    A successor whose predecessor has no recorded end (a national body merged in 2025 on
    a day each province set) is not counted for it; a note says so. A name read as none
    is refused with the close names of the `offered` plans' provinces (default: all), and
    so is a body of no province whose collectives the `offered` plans give work in
    several provinces (`unplaced`)."""
    if directory is None:
        raise SelectionError(f"không có danh mục cơ quan (agencies.yaml) để tìm '{typed}'")
    named = _named(directory, plan_files)
    agencies = _direct(directory, typed, plan_files)
    notes: list[str] = []
    if not agencies:
        agencies, note = _in_province(directory, typed, plan_files)
        notes += [note] if note else []
    if not agencies:
        agencies, note = _by_part(directory, typed, plan_files, named)
        notes += [note] if note else []
    if not agencies:
        raise SelectionError(_unknown(directory, typed, plan_files if offered is None else offered))
    read = _Read(set(), {}, notes)
    counted = plan_files if offered is None else offered
    for agency in agencies.values():
        if why := unplaced(directory, agency, (pf.plan for pf in counted)):
            raise SelectionError(f"--agency '{typed}': {why}")
        _with_family(directory, agency, typed, read, named)
    if plan_files and not read.ids & named:
        names = ", ".join(sorted(a.name for a in agencies.values()))
        read.notes.append(f"--agency '{typed}' ({names}): các kế hoạch không giao việc nào")
    return read


def _with_family(
    directory: Directory, agency: Agency, typed: str, read: _Read, named: set[str]
) -> None:
    """`agency` with the bodies it took over and those that took it over (`_with_heirs`),
    and the collectives it is one of, then those each successor is one of in the plans
    it is counted in, while it exists: Sở KH&ĐT, merged into Sở Tài chính from
    01/03/2025, has Sở Tài chính's share of "Các sở, ban, ngành" in a plan of 2026
    (coll44: the clerk who typed the old name missed it), not in one of 2022."""
    heirs = _with_heirs(directory, agency, typed, read)
    _with_collectives(directory, agency, typed, read, named)
    for heir, since in heirs:
        _with_collectives(directory, heir, typed, read, named, since=since)


def _with_heirs(
    directory: Directory, agency: Agency, typed: str, read: _Read
) -> list[tuple[Agency, Window]]:
    """`agency`, the bodies it took over (always) and the ones that took it over (from
    the day after its `valid_until`, when the registry records one) into `read`; the
    latter with the days they are counted."""
    heirs = directory.successors(agency)
    read.ids |= directory.family(agency) - {h.id for h in heirs}
    if not heirs:
        return []
    heir = heirs[0]
    if agency.valid_until is None:
        read.notes.append(
            f"--agency '{typed}': {agency.name} đã hợp nhất vào {heir.name}, danh mục không "
            f"ghi ngày; chỉ tính việc ghi tên {agency.name}"
        )
        return []
    since = agency.valid_until + timedelta(days=1)
    for later in heirs:
        read.ids.add(later.id)
        read.within[later.id] = (since, None)
    read.notes.append(
        f"--agency '{typed}': {agency.name} hợp nhất vào {heir.name} từ {since:%d/%m/%Y}; "
        f"tính cả việc giao {heir.name} trong kế hoạch ban hành từ ngày đó"
    )
    return [(later, (since, None)) for later in heirs]


def _with_collectives(
    directory: Directory,
    agency: Agency,
    typed: str,
    read: _Read,
    named: set[str],
    *,
    since: Window = _ALWAYS,
) -> None:
    """The collectives `agency` is one of: for a commune's People's Committee "UBND các
    xã, phường", "UBND cấp xã" of its province, for a Sở "Các sở, ban, ngành"
    (`collectives_of`). Their work is its own in the plans issued while it exists (its
    registry `valid_from` to `valid_until`) and it is counted (`since`: a successor from
    the merger), of its province (`Share`). Each the plans name is said on stderr, and
    the listing names it (`Selection.members`)."""
    member = _bare_name(agency.name)
    life = _overlap((agency.valid_from, agency.valid_until), since)
    if life is None:  # gone before it would be counted
        return
    provinces = directory.province_ids(agency) or None
    groups = collectives_of(directory, agency)
    levels = [a for i in level_ids(directory, agency) if (a := directory.by_id.get(i))]
    for group in (*groups, *levels):
        read.ids.add(group.id)
        # a collective whose name says the member's province is its in any plan
        where = None if said_provinces(directory, group) else provinces
        share = Share(member, where, life)
        known = read.shares.setdefault(group.id, [])
        known += [share] if share not in known else []
        if group.id in named:
            read.notes.append(
                f"--agency '{typed}': tính cả việc giao chung {_bare_name(group.name)} "
                f"({member} là một trong số đó{_while(life)})"
            )


def _while(life: Window) -> str:
    """When a member of a collective exists, as a note says it: "" for always."""
    first, last = life
    if first and last:
        return f", trong kế hoạch ban hành từ {first:%d/%m/%Y} đến {last:%d/%m/%Y}"
    if last:
        return f", trong kế hoạch ban hành đến {last:%d/%m/%Y}"
    return f", trong kế hoạch ban hành từ {first:%d/%m/%Y}" if first else ""


def _bare_name(name: str) -> str:
    """A name without the province said after it: "Ủy ban nhân dân xã Đô Lương (tỉnh
    Nghệ An)", "Ủy ban nhân dân cấp xã — tỉnh Nghệ An" -> their first part."""
    return re.sub(r"\s*(?:\((?:tỉnh|thành phố) [^()]*\)|— .*)$", "", name)


def _unknown(directory: Directory, typed: str, plan_files: Sequence[PlanFile]) -> str:
    """The message for a name no plan's jurisdiction knows: close names from the bodies of
    each plan's province ("Sở Tài chánh" of a Quảng Ngãi plan: Sở Tài chính tỉnh Quảng
    Ngãi, not only Bộ Tài chính), and from the whole registry only for a plan that states
    no jurisdiction: a Đồng Nai plan is never offered another province's body unnamed
    (fresh19: "Sở Tài chính", Nghệ An's registry entry, to `--plan` of Đồng Nai). Each name
    says whose it is when the plans are of several provinces or it is of none of theirs."""
    scopes = {directory.scope_for(pf.plan) for pf in plan_files}
    # the whole registry (None) only where a plan reads it: one without a jurisdiction
    whole: list[Scope | None] = [None] if NO_SCOPE in scopes or not plan_files else []
    ordered = whole + sorted(scopes - {NO_SCOPE}, key=lambda s: s.key)
    theirs = {s.province.name for s in scopes if s.province is not None}
    close = list(
        dict.fromkeys(
            _whose(directory, name, scope, theirs)
            for scope in ordered
            for name in directory.suggest(typed, scope=scope)
        )
    )
    head = squash(typed).split()[:1]
    close.sort(key=lambda n: squash(n).split()[:1] != head)  # a Sở typed: the Sở first
    hint = f"; có phải: {', '.join(close)}?" if close else ""
    return f"không có cơ quan '{typed}' trong danh mục{hint}"


def _whose(directory: Directory, name: str, scope: Scope | None, theirs: set[str]) -> str:
    """`name` as offered: with its province in brackets ("Sở Tài chính (Nghệ An)") when it
    does not say it and the plans are of several provinces, or not of its own."""
    agency = directory.resolve(name, scope)
    province = directory.province_of(agency) if agency is not None else None
    if province is None or squash(province) in squash(name):
        return name
    return name if theirs == {province} else f"{name} ({province})"


def _direct(
    directory: Directory | None, typed: str, plan_files: Sequence[PlanFile]
) -> dict[str, Agency]:
    """The bodies `typed` names exactly (a name or alias), without a plan's province or
    within each plan's."""
    if directory is None:
        return {}
    scopes = _plan_scopes(directory, plan_files)
    found = [directory.resolve(typed)] + [directory.resolve(typed, s) for s in scopes]
    return {a.id: a for a in found if a is not None}


def _plan_scopes(directory: Directory, plan_files: Sequence[PlanFile]) -> set[Scope]:
    """The plans' jurisdictions, and for a province merged into another (Nam Định into
    Ninh Bình from 01/7/2025, Nghị quyết 202/2025/QH15) the one that took it over: its
    bodies took over the plans' work, and `status` counts it under them ("Sở Nội vụ tỉnh
    Ninh Bình (tiếp nhận việc của: Sở Nội vụ tỉnh Nam Định)"), so the clerk of that body
    types its name, which a repository of the former province's plans alone refused."""
    scopes = {directory.scope_for(pf.plan) for pf in plan_files}
    provinces = directory.national.provinces
    heirs = {
        Scope(province=heir)
        for scope in scopes
        if scope.province is not None
        and (heir := provinces.get(scope.province.successor or "")) is not None
    }
    return scopes | heirs


def _in_province(
    directory: Directory, typed: str, plan_files: Sequence[PlanFile]
) -> tuple[dict[str, Agency], str | None]:
    """The body `typed` names with a plan's province after it, without the word "tỉnh" or
    "thành phố" that the full name has: "Sở Tài chính Sơn La" is Sở Tài chính tỉnh Sơn La,
    "so noi vu ha noi" Sở Nội vụ thành phố Hà Nội; a part of its name too ("tai chinh
    dong nai"), then a note says which body it was read as."""
    key = f" {squash(typed)}"
    scopes = _plan_scopes(directory, plan_files)
    for scope in sorted(scopes, key=lambda s: s.key):
        province = scope.province
        if province is None:
            continue
        for place in (province.name, *province.aliases):
            tail = f" {squash(place)}"
            head = key[: -len(tail)].strip() if key.endswith(tail) else ""
            if not head:
                continue
            if agency := directory.resolve(head, scope):
                return {agency.id: agency}, None
            if agency := _part_in(directory, head, scope):
                read_as = _with_province(directory, agency)
                return {agency.id: agency}, f"--agency '{typed}': hiểu là {read_as}"
    return {}, None


def _part_in(directory: Directory, head: str, scope: Scope) -> Agency | None:
    """The one body of `scope`'s province whose name holds `head` as whole words ("tai
    chinh" of "tai chinh dong nai": Sở Tài chính tỉnh Đồng Nai), as the plan's province
    reads its plain name (a registry entry of that province first); None unless one."""
    if scope.province is None:
        return None
    want = f" {head} "
    pool = directory.provincial_bodies(scope.province)
    hits = [a for a in pool if any(want in f" {squash(n)} " for n in (a.name, *a.aliases))]
    bodies = list(_one_per_body(directory, hits).values())
    if len(bodies) != 1:
        return None
    return directory.resolve(directory.plain_name(bodies[0]), scope) or bodies[0]


def _named(directory: Directory, plan_files: Sequence[PlanFile]) -> set[str]:
    """The ids of every body the plans' tasks name; meeting them builds the national
    bodies (and their predecessors), so families are complete."""
    ids: set[str] = set()
    for pf in plan_files:
        scope = directory.scope_for(pf.plan)
        for task in pf.plan.tasks:
            for name in (*task.lead, *task.support):
                agency = directory.resolve(name, scope)
                if agency is not None:
                    ids.add(agency.id)
    return ids


def _one_per_body(directory: Directory, hits: Sequence[Agency]) -> dict[str, Agency]:
    """`hits` with a body and the ones it became counted once, under the last of them
    (the one that answers for all their work): "the thao" is in Sở Văn hóa và Thể thao
    and in Sở Văn hóa, Thể thao và Du lịch, which took it over: one body."""
    bodies: dict[str, Agency] = {}
    for agency in hits:
        last = (directory.successors(agency) or [agency])[-1]
        if last.id not in bodies or agency.id == last.id:
            bodies[last.id] = agency
    return bodies


def _by_part(
    directory: Directory, typed: str, plan_files: Sequence[PlanFile], named: set[str]
) -> tuple[dict[str, Agency], str | None]:
    """The body whose name or alias holds `typed` as whole words ("so ke hoach" for Sở Kế
    hoạch và Đầu tư), counting a body and its successors once, read as if its name were
    typed: "tai chinh" is "Sở Tài chính", so the Sở Tài chính of every plan's province,
    as `--agency "Sở Tài chính"` selects them. Bodies the plans give no task are passed
    over when some have tasks (Bộ Tài chính beside the Sở a clerk looks for). None when
    `typed` is in no name; `SelectionError` naming the candidates, each with its province,
    when it is in several names. A note says how `typed` was read when it does not start
    the name or others were passed over: a guess is never silent."""
    want = f" {squash(typed)} "
    if not want.strip():
        return {}, None
    # The repository's own registry first: its names are the ones its plans are written in.
    for pool in (directory.registry.agencies, list(directory.by_id.values())):
        hits = [a for a in pool if any(want in f" {squash(n)} " for n in (a.name, *a.aliases))]
        bodies = list(_one_per_body(directory, hits).values())
        if not bodies:
            continue
        busy = [a for a in bodies if directory.family(a) & named]
        groups = _by_plain_name(directory, busy or bodies)
        if len(groups) > 1:
            raise SelectionError(_several(directory, typed, groups))
        ((plain, members),) = groups.items()
        direct = _direct(directory, plain, plan_files)
        if {a.id for a in members} <= set(direct):
            found = direct
        else:
            found = {a.id: a for a in (_as_written(directory, m, plan_files) for m in members)}
        spelled = [squash(n) for h in members for n in (h.name, *h.aliases)]
        passed = sorted(a.name for a in bodies if a not in members)
        if not passed and any(f" {n} ".startswith(want) for n in spelled):
            return found, None
        return found, _read_as(directory, typed, plain, found, passed)
    return {}, None


def _as_written(directory: Directory, agency: Agency, plan_files: Sequence[PlanFile]) -> Agency:
    """`agency` as its province's plans read its plain name: the registry's own entry when
    the registry lists the body ("Sở Nội vụ" of Nghệ An's registry, whose tasks the plans
    name, not the national registry's Sở Nội vụ tỉnh Nghệ An, which they never name:
    fresh20's `--agency "Sở Nội vụ tỉnh"` selected no task of the two Sở Nội vụ leads)."""
    province = directory.province_of(agency)
    for scope in {directory.scope_for(pf.plan) for pf in plan_files}:
        if scope.province is not None and scope.province.name == province:
            return directory.resolve(directory.plain_name(agency), scope) or agency
    return agency


def _by_plain_name(directory: Directory, bodies: Sequence[Agency]) -> dict[str, list[Agency]]:
    """`bodies` grouped by the name they go by in each province ("Sở Tài chính" of Sơn La
    and of Đồng Nai are one group, Bộ Tài chính another), in the order met."""
    groups: dict[str, list[Agency]] = {}
    spelled: dict[str, str] = {}
    for agency in bodies:
        plain = directory.plain_name(agency)
        groups.setdefault(spelled.setdefault(squash(plain), plain), []).append(agency)
    return groups


def _with_province(directory: Directory, agency: Agency) -> str:
    """ "Sở Tài chính tỉnh Sơn La" as it is; a registry's "Sở Tài chính" with its province:
    "Sở Tài chính (Nghệ An)"; a body of no province (a ministry) by its name."""
    province = directory.province_of(agency)
    if province is None or squash(province) in squash(agency.name):
        return agency.name
    if agency.name.endswith(")"):  # "Ban Tôn giáo (Sở Nội vụ), Nghệ An": one pair only
        return f"{agency.name}, {province}"
    return f"{agency.name} ({province})"


def _provinces(directory: Directory, bodies: Sequence[Agency]) -> list[str]:
    return sorted({p for a in bodies if (p := directory.province_of(a))}, key=squash)


def _several(directory: Directory, typed: str, groups: dict[str, list[Agency]]) -> str:
    """The message for a part typed that is in the names of several bodies: each with its
    province (the same body of several provinces said once, with them), and how to
    choose: the plain name for that body of every province, the full one for one."""
    names: list[str] = []
    # provinces are said when they tell the candidates apart (a repository of one province's
    # plans needs none)
    several = len(_provinces(directory, [a for m in groups.values() for a in m])) > 1
    for plain, members in groups.items():
        if len(members) == 1:
            names.append(_with_province(directory, members[0]) if several else members[0].name)
        else:
            names.append(f"{plain} ({', '.join(_provinces(directory, members))})")
    more = f" và {len(names) - 5} cơ quan khác" if len(names) > 5 else ""
    said = f"'{typed}' có trong tên nhiều cơ quan: {'; '.join(names[:5])}{more}"
    shared = next(((p, m) for p, m in groups.items() if len(m) > 1), None)
    if shared is None:
        return f"{said}; hãy gõ tên đầy đủ của một cơ quan"
    plain, members = shared
    one = next((a.name for a in members if a.name != plain), f"{plain} tỉnh …")
    return (
        f"{said}; hãy gõ tên đầy đủ: --agency '{plain}' chọn {plain} của mọi tỉnh, "
        f"--agency '{one}' chỉ một tỉnh"
    )


def _read_as(
    directory: Directory, typed: str, plain: str, found: dict[str, Agency], passed: list[str]
) -> str:
    """ "--agency 'tai chinh': hiểu là Sở Tài chính (của các tỉnh Nghệ An, Sơn La); Bộ Tài
    chính cũng có 'tai chinh' trong tên nhưng không có việc trong các kế hoạch"."""
    provinces = _provinces(directory, list(found.values()))
    where = f" (của các tỉnh {', '.join(provinces)})" if len(provinces) > 1 else ""
    note = f"--agency '{typed}': hiểu là {plain}{where}"
    if passed:
        note += (
            f"; {', '.join(passed)} cũng có '{typed}' trong tên nhưng không có việc "
            "trong các kế hoạch"
        )
    return note
