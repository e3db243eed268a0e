"""`kehoach status` output: text, JSON (a documented contract), Markdown and CSV.

Text and Markdown are for people: the deadlines that need attention (overdue, then due
soon), then one row per lead agency; both draw the same `_document`. The text tables are
plain lines wrapped as Rich wraps them (`console.wrap`): loading and running Rich's
console took about 20 ms of a 0.2 s command. Where a table would break a day, an id or
another short word across its lines (a phone, a narrow pane), its rows are drawn as
cards instead (`Card`: the ids and state, then the cells as indented lines). JSON and
CSV are for programs and carry every deadline, uncapped, built from the data rather than
from what the text shows.

JSON contract, schema "kehoach.reports.status/1" (keys sorted; every key always present, null
when it has no value; dates ISO yyyy-mm-dd)::

    {"schema": "kehoach.reports.status/1", "as_of": date, "soon_days": int,
     "summary": {"total": TALLY, "agencies": [{"agency": name, "kind": KIND,
                                               "formerly": [name, ...], **TALLY}, ...]},
     "items": [ITEM, ...],  # attention first (as in the text), then the rest
     "not_in_force": [{"plan_id", "plan_number", "since": date, "why"}, ...],
     "problems": [{"path", "line", "col", "code", "message"}, ...]}
    KIND:  "agency", "group", "level" (a level such as "UBND các cấp", not one body) or
           "unstated" (tasks the document gives no lead: "chưa giao cơ quan chủ trì");
    formerly: bodies merged into this one by the as-of day whose tasks it now answers for;
    not_in_force: plans left out as not yet issued on the as-of day; "why" is "issued",
           "in_force" (the day the file states) or "first_deadline" (no issue date).
    TALLY: done_on_time, done_late, in_time, overdue, no_deadline, done_undated, due_soon,
           overdue_over_30, overdue_over_120, total (ints); on_time_rate (0..1 or null);
           open_moved (deadlines not done yet whose recorded history moved them at least
           once; added after the first version of the contract); per_case (added later:
           of no_deadline, the duties per case, see ITEM's per_case)
    ITEM:  see ITEM_FIELDS; lead and support are lists, milestone counts from 1. A
           recurring deadline gives one ITEM per occurrence due from its start to the
           as-of day, and the next one: "period" names it ("tháng 3/2026", "quý II/2026")
           and "period_due" is its due day as the rule gives it (before any rollover);
           "period_opens" the first day of the period it reports on (a yearly report due
           15/01/2027 "của năm tiếp theo": "năm 2026", opens 2026-01-01); null for other
           deadlines (added after the first version of the contract). "per_case"
           (added later): for a duty per case, counted from each case's receipt ("trong
           vòng 05 ngày kể từ ngày nhận khiếu nại", `plan.relative.counts_per_case`), the
           receipt ("ngày nhận khiếu nại"), else null; such an item stays in bin
           no_deadline (no one due day) with waiting_for null (it waits for no day).

CSV has one row per ITEM with ITEM_FIELDS as its header, lists joined with "; " and
dates written dd/mm/yyyy.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from kehoach.base.findings import Finding
from kehoach.base.text import cut, fold, nfc, one_line, printable
from kehoach.dates.deadline import DeadlineKind, Frequency
from kehoach.plan.agencies import UNSTATED
from kehoach.reports.status import AGE_LIMITS, Bin, Item, Report, Tally

from .console import paint, wrap
from .labels import ITEM_HEADERS_VI, dmy, labels_for

SCHEMA = "kehoach.reports.status/1"
TITLE_LIMIT = 60  # characters of a task title shown in a table
DASH = "—"
ITEM_FIELDS = (
    "plan_id",
    "plan_number",
    "task_id",
    "title",
    "lead",
    "support",
    "milestone",
    "milestone_label",
    "phrase",
    "original_phrase",
    "kind",
    "first",
    "due",
    "due_as_written",
    "waiting_for",
    "bin",
    "due_soon",
    "days_left",
    "days_late",
    "completed",
    "period",
    "period_due",
    "period_opens",
    "per_case",
)
LIST_COLUMNS = ("plan", "task", "title", "lead", "phrase", "due", "state")
# How a narrow terminal shares out its width: the title keeps the most.
LIST_WEIGHTS = (3, 1, 8, 4, 4, 3, 3)
# When the title, the leads or the phrase would get fewer cells than these, the plan
# stands over the task's number and the due day over the state (`_stacked`): two columns
# fewer, for terminals under about 150 columns.
NARROW_WEIGHTS = (3, 4, 4, 3, 3)
WIDE_WANTS = {2: 40, 3: 22, 4: 22}  # title, lead, phrase (LIST_COLUMNS)
# Cells the leads and the phrase are worth at most: wider terminals give the rest to titles.
LEAD_CAP = 32
PHRASE_CAP = 32
CARD_INDENT = 2  # cells a card's lines stand in from its head
SUMMARY_NAME_WEIGHT = 6  # the agency column against 1 for each count
COLUMN_GAP = 2  # spaces between two columns
FLOOR_CAP = 16  # a column is not squeezed below its longest word (a plan id: kh-tk-nq20-2022), up to this many cells
DATED_BINS = (Bin.DONE_ON_TIME, Bin.DONE_LATE, Bin.IN_TIME, Bin.OVERDUE)
ROW_STYLES = {
    Bin.OVERDUE: "red",
    Bin.DONE_ON_TIME: "green",
    Bin.DONE_LATE: "green",
    Bin.DONE_UNDATED: "green",
}

Value = str | int | float | bool | date | list[str] | None
Record = dict[str, Value]
Labels = dict[str, str]


@dataclass(frozen=True)
class RenderOptions:
    lang: str = "vi"  # "vi" or "en"
    width: int = 100  # terminal columns for the text table
    color: bool = False  # ANSI colours (a terminal without NO_COLOR)
    show_all: bool = False  # list every deadline, not only overdue and due soon
    limit: int = 50  # at most this many rows in text/markdown; a line says how many more
    problems: list[Finding] = field(default_factory=list)  # first finding of each broken file
    csv_header: str = "key"  # "key": ITEM_FIELDS; "vi": the workbook's Vietnamese names


# --- Data for programs: JSON and CSV -------------------------------------------------------


def item_record(item: Item, report: Report) -> Record:
    """One deadline as the JSON contract gives it (dates still `date`); agencies under
    the registry's names (`Report.shown`)."""
    deadline = item.deadline
    return {
        "plan_id": item.plan.id,
        "plan_number": item.plan.number,
        "task_id": item.task.id,
        "title": item.task.title,
        "lead": report.shown(item, item.task.lead),
        "support": report.shown(item, item.task.support),
        "milestone": item.slot.index + 1,
        "milestone_label": item.slot.label,
        "phrase": item.slot.milestone.phrase,
        "original_phrase": item.original_phrase,
        "kind": str(deadline.kind) if deadline else None,
        "first": deadline.first if deadline else None,
        "due": item.due,
        "due_as_written": item.due_as_written,
        # a duty per case waits for no one day: its receipt is `per_case`, as the text
        # calls it "thời hạn xử lý từng hồ sơ", not "chờ ngày nhận khiếu nại"
        "waiting_for": None if item.per_case else item.waiting_for,
        "bin": str(item.bin),
        "due_soon": item.is_soon(report.soon_days),
        "days_left": item.days_left,
        "days_late": item.days_late,
        "completed": item.completed,
        "period": item.occurrence.period if item.occurrence else None,
        "period_due": item.occurrence.due if item.occurrence else None,
        "period_opens": item.occurrence.opens if item.occurrence else None,
        "per_case": item.waiting_for if item.per_case else None,
    }


def tally_record(tally: Tally) -> Record:
    """One TALLY of the JSON contract: the bins, due soon, overdue by age, total, rate."""
    rate = tally.on_time_rate
    record: Record = {str(bin_): tally.counts[bin_] for bin_ in Bin}
    record |= {f"overdue_over_{limit}": tally.overdue_over[limit] for limit in AGE_LIMITS}
    record |= {"due_soon": tally.soon, "total": tally.total, "open_moved": tally.open_moved}
    record["per_case"] = tally.per_case
    record["on_time_rate"] = None if rate is None else round(rate, 4)
    return record


def problem_record(finding: Finding) -> Record:
    return {
        "path": finding.path,
        "line": finding.line,
        "col": finding.col,
        "code": finding.code,
        "message": finding.message,
    }


def _all_items(report: Report) -> list[Item]:
    return [*report.attention(), *report.rest()]


def json_default(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def as_json(report: Report, options: RenderOptions) -> str:
    return "".join(json_pieces(report, options))


def json_pieces(report: Report, options: RenderOptions) -> Iterator[str]:
    """`as_json` in pieces, one deadline at a time, for writing as it is made: building
    every item as one object first cost 600 MB at 50,000 deadlines."""
    agencies = [
        {"agency": name, "kind": tally.kind, "formerly": tally.formerly, **tally_record(tally)}
        for name, tally in report.agencies
    ]
    left_out = [
        {"plan_id": o.plan.id, "plan_number": o.plan.number, "since": o.since, "why": o.why}
        for o in report.left_out
    ]
    items = _all_items(report)
    document = {
        "schema": SCHEMA,
        "as_of": report.as_of,
        "soon_days": report.soon_days,
        "summary": {"total": tally_record(report.total), "agencies": agencies},
        "items": [_ITEMS] if items else [],
        "not_in_force": left_out,
        "problems": [problem_record(finding) for finding in options.problems],
    }
    # The items go where the marker stands, as json.dumps(indent=2) writes them there:
    # nested twice, so every line of a record four more spaces in.
    head, _, tail = _json(document).partition(json.dumps(_ITEMS))
    yield head
    for index, item in enumerate(items):
        record = _json(item_record(item, report)).replace("\n", "\n    ")
        yield record if index == 0 else ",\n    " + record
    yield tail + "\n"


_ITEMS = "\u0000items\u0000"  # a string no record can hold raw (json escapes NUL)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, default=json_default)


# Offices open CSV files in Excel, which reads UTF-8 only when the file starts with a BOM:
# without one every diacritic turns to mojibake.
EXCEL_BOM = "\ufeff"
# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection");
# a leading apostrophe makes it text and is not shown.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return dmy(value)
    text = "; ".join(value) if isinstance(value, list) else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def as_csv(report: Report, options: RenderOptions) -> str:
    """One row per ITEM. The header is ITEM_FIELDS (for programs), or with
    `options.csv_header == "vi"` the Vietnamese column names of the workbook (for people
    who open the file in a spreadsheet); the values are the same either way."""
    buffer = io.StringIO()
    buffer.write(EXCEL_BOM)
    writer = csv.writer(buffer, lineterminator="\n")
    vietnamese = options.csv_header == "vi"
    writer.writerow([ITEM_HEADERS_VI[key] for key in ITEM_FIELDS] if vietnamese else ITEM_FIELDS)
    for item in _all_items(report):
        record = item_record(item, report)
        writer.writerow([_csv_cell(record[key]) for key in ITEM_FIELDS])
    return buffer.getvalue()


# --- What people read: the cells shared by text and Markdown -------------------------------


def short_title(title: str, limit: int = TITLE_LIMIT) -> str:
    """`title` on one line, cut at a word boundary with "…" when longer than `limit`."""
    text = one_line(nfc(title))
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    if " " not in head:  # one long word: cut between two graphemes, never inside a letter
        # (a word just one longer than `limit` fits `limit + 1` whole, without the mark
        # that says it was cut: it is cut within `limit`)
        return cut(text, limit + 1 if len(text) > limit + 1 else limit)
    return head.rsplit(" ", 1)[0].rstrip(" ,;:.-–—") + "…"


def _days(count: int | None, labels: Labels) -> str:
    return labels["one_day"] if count == 1 else labels["days"].format(n=count)


def _undated_state(item: Item, labels: Labels) -> str:
    if item.deadline is None:
        return labels["state.unreadable"]
    if item.per_case:
        return labels["state.per_case"]
    if item.waiting_for is not None:
        return labels["state.waiting"].format(anchor=item.waiting_for)
    # a routine duty (`reports.status.is_routine`) stands as "thường xuyên" too
    ongoing = item.deadline.kind is DeadlineKind.ONGOING or item.occurrence is not None
    return labels["state.ongoing" if ongoing else "state.no_date"]


def _state(item: Item, labels: Labels) -> str:
    """Tình trạng: quá hạn 12 ngày, còn 3 ngày, hôm nay, đúng hạn, trễ 5 ngày, thường xuyên…"""
    if item.bin is Bin.OVERDUE:
        return labels["state.overdue"].format(days=_days(item.days_late, labels))
    if item.bin is Bin.IN_TIME and item.days_left == 0:
        return labels["state.today"]
    if item.bin is Bin.IN_TIME:
        return labels["state.left"].format(days=_days(item.days_left, labels))
    if item.bin is Bin.DONE_LATE:
        return labels["state.late"].format(days=_days(item.days_late, labels))
    simple = {Bin.DONE_ON_TIME: "state.on_time", Bin.DONE_UNDATED: "state.undated"}
    return labels[simple[item.bin]] if item.bin in simple else _undated_state(item, labels)


class Fitted(str):
    """A cell whose text depends on the width its column gets: its own value is the
    whole text (what the column would like), `fit(width, lines)` what is shown in at
    most `lines` lines of `width` cells (a title cut with "…", leads shortened);
    `markdown` what a Markdown table, which has no width, shows."""

    __slots__ = ("fit", "lines", "markdown")
    fit: Callable[[int, int], str]
    lines: int
    markdown: str

    def __new__(
        cls, whole: str, fit: Callable[[int, int], str], lines: int, markdown: str
    ) -> Fitted:
        cell = super().__new__(cls, whole)
        cell.fit, cell.lines, cell.markdown = fit, lines, markdown
        return cell


TITLE_LINES = 3  # lines a task title may take in a row of the text table
LEAD_LINES = 3  # lines the lead agencies may take; beyond, the first ones and "(+N)"


def _fits(text: str, width: int, lines: int) -> bool:
    from rich.cells import cell_len

    size = cell_len(text)
    if size > width * lines:  # no wrapping needed to know
        return False
    return size <= width or len(wrap(text, width)) <= lines


def _shortest(make: Callable[[int], str], start: int, width: int, lines: int) -> str | None:
    """`make(limit)` for the longest `limit` from `start` down (in steps of half a line)
    that fits in `lines` lines of `width` cells; None when none down to a line does."""
    limit = start
    while limit >= width - 1:
        shown = make(limit)
        if _fits(shown, width, lines):
            return shown
        limit -= max(width // 2, 1)
    return None


def _title_cell(item: Item, labels: Labels) -> Fitted:
    """The task's title, and the milestone's name when the task has several: as much of
    the title as its column holds in TITLE_LINES lines (the whole of it at 200 columns);
    at least its first line, the milestone's name cut when it is long."""
    title = one_line(nfc(item.task.title))
    step = ""
    if len(item.task.milestones) >= 2:
        step = one_line(item.slot.label or labels["milestone"].format(n=item.slot.index + 1))
    whole = f"{title} — {step}" if step else title

    def fit(width: int, lines: int) -> str:
        if _fits(whole, width, lines):
            return whole
        room = width * lines - width // 3  # lines end short of the edge
        shown = _shortest(
            lambda n: short_title(title, n) + (f" — {step}" if step else ""), room, width, lines
        )
        if shown is None and step:
            head = short_title(title, max(width - 1, 1))
            shown = _shortest(lambda n: f"{head} — {short_title(step, n)}", room, width, lines)
        return shown or short_title(title, max(width - 1, 1))

    markdown = short_title(title) + (f" — {step}" if step else "")  # as it always was
    return Fitted(whole, fit, TITLE_LINES, markdown)


def _lead_cell(names: Sequence[str]) -> Fitted:
    """The lead agencies, "; " between them; when they do not fit in LEAD_LINES lines,
    the first ones that do and how many more: "Các sở, ban, ngành (+4)"."""
    whole = one_line("; ".join(names))

    def fit(width: int, lines: int) -> str:
        if _fits(whole, width, lines):
            return whole
        for kept in range(len(names) - 1, 0, -1):
            shown = one_line("; ".join(names[:kept])) + f" (+{len(names) - kept})"
            if _fits(shown, width, lines):
                return shown
        more = f" (+{len(names) - 1})" if len(names) > 1 else ""
        first = one_line(names[0]) if names else ""
        limit = max(width * lines - len(more) - 1, 1)
        while limit > 1 and not _fits(short_title(first, limit) + more, width, lines):
            limit -= max(width // 2, 1)
        return short_title(first, limit) + more

    return Fitted(whole, fit, LEAD_LINES, whole)


# Words that lead into the day they precede ("trước ngày 05/7/2022", "chậm nhất ngày 05",
# "quý III/2026"): a phrase is wrapped between such groups, never inside one when it fits.
# Compared with their diacritics: folded, "Nam" of "Việt Nam 27/3" (Đồng Tháp's KH 196, as
# fresh13 found it) is "năm" and glued the country's name to the day; only a copy that lost
# every mark (`_lead_in`) is compared folded.
LEAD_IN = frozenset({
    "trước", "ngày", "tháng", "quý", "quí", "năm", "nhất", "chậm", "trong", "đến", "từ", "sau",
    "hằng", "hàng", "kỳ", "kì", "cuối", "đầu", "giữa", "hết",
})  # fmt: skip
_LEAD_IN_BARE = frozenset(fold(word) for word in LEAD_IN)
# Private-use characters that join words until the table is drawn: GLUE holds a group
# together and makes its column at least that wide (up to FLOOR_CAP); SOFT_GLUE holds it
# together where the column is wide enough, without widening it.
GLUE = "\ue000"
SOFT_GLUE = "\ue001"
GROUP_MAX = 24  # cells: a longer group may break inside
# Two words that make one verb, the second a lead-in elsewhere ("đầu tháng"): "bắt đầu từ
# ngày 3/2/2026" was grouped "bắt | đầu từ ngày 3/2/2026", leaving "bắt" alone on a line.
COMPOUNDS = frozenset({("bat", "dau")})


def glued(phrase: str, limit: int = GROUP_MAX) -> str:
    """`phrase` with the words of each group joined by SOFT_GLUE: a lead-in word to the
    words after it ("Trước ngày 23/6/2022", "hằng tháng"), grouped from the end so the
    day keeps its own lead-in: "trước ngày | trước ngày 29/4/2022"; no group longer
    than `limit` characters."""
    words = _compounded(phrase.split(" "))
    bare = phrase.isascii()
    groups = [words[-1]]
    for word in reversed(words[:-1]):
        joined = word + SOFT_GLUE + groups[-1]
        if _leads_in(word, bare) and len(joined) <= limit:
            groups[-1] = joined
        else:
            groups.append(word)
    return " ".join(reversed(groups))


def _leads_in(word: str, bare: bool) -> bool:
    """Whether `word` is one of LEAD_IN, with its diacritics; folded when its phrase has
    none (`bare`: a copy that lost them, "truoc ngay 15/3")."""
    return fold(word) in _LEAD_IN_BARE if bare else nfc(word).lower() in LEAD_IN


def _compounded(words: list[str]) -> list[str]:
    """`words` with each of COMPOUNDS joined by SOFT_GLUE into one word."""
    out: list[str] = []
    for word in words:
        if out and (fold(out[-1]), fold(word)) in COMPOUNDS:
            out[-1] += SOFT_GLUE + word
        else:
            out.append(word)
    return out


def _phrase_cell(item: Item, labels: Labels) -> str:
    phrase = glued(one_line(item.slot.milestone.phrase))
    if item.occurrence is not None:
        period = item.occurrence.period
        said = labels["period"].format(period=period)
        # an occurrence known by its due day is already "kỳ hạn 15/03/2026": never "kỳ kỳ hạn"
        phrase += "\n" + (period if said == f"kỳ {period}" and period.startswith("kỳ ") else said)
    if _due_on_its_last_day(item):
        phrase += "\n" + labels["period_end"].replace(" ", GLUE)
    if item.original_phrase is None:
        return phrase
    original = glued(one_line(item.original_phrase))
    return f"{phrase}\n{labels['original'].format(phrase=original)}"


def _missed_phrase_cell(item: Item, labels: Labels) -> str:
    """The phrase of a row of missed periods (each named in its state), with the rule of a
    phrase that prints no day (`_due_on_its_last_day`)."""
    phrase = glued(one_line(item.slot.milestone.phrase))
    if _due_on_its_last_day(item):
        phrase += "\n" + labels["period_end"].replace(" ", GLUE)
    return phrase


def _due_on_its_last_day(item: Item) -> bool:
    """Whether `item` is a period of a rule that prints no day ("Hằng quý", "Báo cáo hằng
    tháng", "Hằng năm"), due on the last day of the period it reports on, by convention
    (`dates.reading.Recurrence`: "hằng tháng", "hằng quý" with no day): the phrase does not
    say the day a clerk sees, so the row says where it comes from (a fresh user's finding
    of session 38). A rule with its day, several days or a weekday, or one reporting on
    another period than the due day's, says its own."""
    reading, occurrence = item.deadline, item.occurrence
    if reading is None or occurrence is None or (rule := reading.recurrence) is None:
        return False
    if reading.series is None or reading.series.offset != 0 or reading.series.covers:
        return False
    if rule.frequency is Frequency.DAILY or (rule.frequency is Frequency.YEARLY and rule.month):
        return False
    listed = rule.days or rule.months or rule.weekdays or rule.nth is not None
    return rule.day is None and rule.weekday is None and not listed


def _due_cell(item: Item, labels: Labels) -> str:
    """The due day; a day rolled over shows both: "25/01/2026 (CN) → 26/01/2026" ("(Sun)"
    in English)."""
    if item.due is None:
        return DASH
    if item.due_as_written is None:
        return dmy(item.due)
    written = item.due_as_written
    weekday = labels["weekdays"].split()[written.weekday()]
    return f"{dmy(written)}{GLUE}({weekday}) →{GLUE}{dmy(item.due)}"


def _item_cells(
    item: Item, labels: Labels, report: Report, missed: Sequence[Item] = ()
) -> list[str]:
    return [
        one_line(item.plan.number or item.plan.id),
        item.task.id,
        _title_cell(item, labels),
        _lead_cell(report.shown(item, item.task.lead)),
        _missed_phrase_cell(item, labels) if missed else _phrase_cell(item, labels),
        _due_cell(item, labels),
        _owed_state(item, missed, labels) + (f"\n{_missed(missed, labels)}" if missed else ""),
    ]


def _owed_state(item: Item, missed: Sequence[Item], labels: Labels) -> str:
    """The state of a row; of a periodic report's missed periods, how many and since
    which: "quá hạn 3 kỳ, từ tháng 9/2026" (one row for them all, as a report counts
    them), each part kept on one line."""
    periods = [i.occurrence.period for i in missed if i.occurrence is not None]
    if len(periods) < 2:
        return _state(item, labels).replace(" ", GLUE)
    first = min(missed, key=lambda i: i.due or date.min).occurrence
    assert first is not None
    count, since = labels["state.owed"].format(n=len(periods), first=first.period).split("\t")
    return f"{count.replace(' ', GLUE)} {since.replace(' ', GLUE)}"


def _stacked(cells: Sequence[str]) -> list[str]:
    """A row for a narrow terminal: the plan over the task's number, the due day over the
    state; title, leads and phrase keep their own columns."""
    plan, task, title, lead, phrase, due, state = cells
    return [f"{plan}\n{task}", title, lead, phrase, f"{due}\n{state}"]


MISSED_SHOWN = 3  # periods named in a row; more are summarised ("… (14 kỳ)")


def _missed(missed: Sequence[Item], labels: Labels) -> str:
    """ "quý II/2026, quý III/2026 chưa gửi"; a long run is cut: first two, …, the last."""
    ordered = sorted(missed, key=lambda item: item.due or date.min)
    periods = [item.occurrence.period for item in ordered if item.occurrence]
    if len(periods) > MISSED_SHOWN:
        shown = labels["periods_cut"].format(
            first=", ".join(periods[: MISSED_SHOWN - 1]), last=periods[-1], n=len(periods)
        )
    else:
        shown = ", ".join(periods)
    return labels["state.missed"].format(periods=shown)


def _grouped(rows: Sequence[Item]) -> tuple[list[Item], dict[int, list[Item]]]:
    """One row per recurring deadline for its missed periods: the most overdue one stands
    for all of them (`attention` lists it first); the others are named in its row. A rule
    changed by a recorded change owes its periods under each phrase in turn, so each phrase
    has its row: the periods missed since a monthly report moved from the 20th to the 25th
    are not listed under "Trước ngày 20 hằng tháng"."""
    kept: list[Item] = []
    missed: dict[int, list[Item]] = {}
    first: dict[tuple[int, int, str], Item] = {}
    for item in rows:
        if item.bin is not Bin.OVERDUE or item.occurrence is None:
            kept.append(item)
            continue
        key = (id(item.task), item.slot.index, item.slot.milestone.phrase)
        if key not in first:
            first[key] = item
            kept.append(item)
        missed.setdefault(id(first[key]), []).append(item)
    return kept, missed


def _row_style(item: Item, soon_days: int) -> str | None:
    return "yellow" if item.is_soon(soon_days) else ROW_STYLES.get(item.bin)


def _listed(report: Report, options: RenderOptions) -> tuple[list[Item], int]:
    """The rows to list (at most `limit`) and how many more there are."""
    rows = report.attention() + (report.rest() if options.show_all else [])
    rows, _ = _grouped(rows)
    return rows[: options.limit], max(len(rows) - options.limit, 0)


# The summary's count columns: the bins, with the in-time tasks due soon (`--soon`) beside
# them and the overdue ones by age (`AGE_LIMITS`) after, as the listing above puts them first
SUMMARY_BINS = (Bin.DONE_ON_TIME, Bin.DONE_LATE, Bin.IN_TIME)


def summary_header(labels: Labels) -> list[str]:
    """The summary table's column names, the agency's first and the on-time rate last."""
    return [
        labels["col.agency"],
        *(labels[f"bin.{bin_}"] for bin_ in SUMMARY_BINS),
        labels["col.soon"],
        labels[f"bin.{Bin.OVERDUE}"],
        # "> 120" kept on one line: a ">" alone above "120" reads as no heading
        *(labels["col.over"].format(days=limit).replace("> ", ">" + GLUE) for limit in AGE_LIMITS),
        labels["bin.no_deadline"],
        labels["col.rate"],
    ]


def _row_name(name: str, tally: Tally, labels: Labels) -> str:
    """An agency row as people read it: a level marked as a level, the document's silence
    said in words, the bodies a merged-into body took over named."""
    if tally.kind == "unstated":  # with the province, over several: "… — tỉnh Sơn La"
        return labels["kind.unstated"] + name.removeprefix(UNSTATED.name)
    if tally.kind == "level":
        name = labels["kind.level"].format(name=name)
    if tally.formerly:
        name = labels["formerly"].format(name=name, names=", ".join(tally.formerly))
    return name


def tally_cells(name: str, tally: Tally) -> list[str]:
    """A summary row under `summary_header`: the name, the counts, the rate ("—": none done)."""
    rate = tally.on_time_rate
    return [
        one_line(name),
        *(str(tally.counts[bin_]) for bin_ in SUMMARY_BINS),
        str(tally.soon),
        str(tally.counts[Bin.OVERDUE]),
        *(str(tally.overdue_over[limit]) for limit in AGE_LIMITS),
        str(tally.counts[Bin.NO_DEADLINE]),
        DASH if rate is None else f"{rate:.0%}",
    ]


def _notes(report: Report, options: RenderOptions, labels: Labels) -> list[str]:
    notes = [  # which plans the table leaves out, first: they change what it counts
        labels[f"left_out.{out.why}"].format(
            plan=out.plan.number or out.plan.id, day=dmy(out.since)
        )
        for out in report.left_out
    ]
    undated = report.total.counts[Bin.DONE_UNDATED]
    if undated:
        notes.append(labels["undated_note"].format(n=undated))
    if report.total.open_moved:
        notes.append(_moved_note(report, labels))
    if per_case := [f"{i.plan.id}/{i.task.id}" for i in _all_items(report) if i.per_case]:
        tasks = ", ".join(dict.fromkeys(per_case))
        notes.append(labels["per_case_note"].format(tasks=tasks, n=report.total.per_case))
    return notes


def _moved_note(report: Report, labels: Labels) -> str:
    """Per lead agency, its open deadlines moved at least once (a risk signal)."""
    moved = [f"{name} {t.open_moved}" for name, t in report.agencies if t.open_moved]
    return labels["moved_note"].format(agencies="; ".join(moved), n=report.total.open_moved)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 2 for the report, 3 for a part (Markdown's ## and ###)


@dataclass(frozen=True)
class Grid:
    """A table, as text and Markdown both draw it."""

    headers: list[str]
    rows: list[list[str]]
    styles: list[str | None]  # one per row, for a terminal
    weights: Sequence[int]  # how a narrow terminal shares out its width
    right_from: int  # the columns from this one on hold numbers, aligned right
    total: list[str] | None = None  # a last row set apart (in bold, under a rule)
    narrow: Grid | None = None  # the same table in fewer columns, for a narrow terminal
    wants: dict[int, int] | None = None  # column -> cells: any below, `narrow` is drawn
    caps: dict[int, int] | None = None  # column -> cells it is worth at most; the rest goes on
    cards: Sequence[Card] | None = None  # the rows as cards, for a terminal too narrow for it
    total_card: Card | None = None
    whole: tuple[int, ...] = ()  # columns of ids and days: their floors are not capped

    @property
    def body(self) -> list[list[str]]:
        """The rows, then the total."""
        return [*self.rows, *([self.total] if self.total else [])]


@dataclass(frozen=True)
class Card:
    """A table row for a terminal too narrow for the table (`Grid.cards`): a head line,
    `side` at its right edge when it fits there (else on the next line), then `lines`
    indented, each wrapped by words, GLUE groups and tokens (days, ids) kept whole."""

    head: str
    lines: Sequence[str] = ()
    side: str = ""
    style: str | None = None


Block = str | Heading | Grid


def _document(report: Report, options: RenderOptions) -> list[Block]:
    """What people read, in order: the deadlines that need attention (or all of them),
    then one row per lead agency and the total, then notes."""
    labels = labels_for(options.lang)
    return [
        Heading(labels["heading"].format(day=dmy(report.as_of)), 2),
        *_items_part(report, options, labels),
        Heading(labels["summary"], 3),
        *_summary_part(report, options, labels),
        *_notes(report, options, labels),
    ]


def _items_part(report: Report, options: RenderOptions, labels: Labels) -> list[Block]:
    items, more = _listed(report, options)
    blocks: list[Block] = []
    # A file that could not be read, first: "nothing overdue" of no plan read is false.
    unread = len(options.problems)
    if unread and not report.total.total and not report.left_out:
        blocks.append(labels["nothing_read"].format(n=unread))
    elif unread:
        blocks.append(labels["problems_note"].format(n=unread))
    if not report.attention() and not (unread and not report.total.total):
        blocks.append(labels["nothing"].format(days=report.soon_days))
    if items:
        headers = [labels[f"col.{name}"] for name in LIST_COLUMNS]
        _, missed = _grouped(report.attention())
        rows = [_item_cells(item, labels, report, missed.get(id(item), ())) for item in items]
        styles = [_row_style(item, report.soon_days) for item in items]
        narrow = Grid(
            [labels["col.plan_task"], *headers[2:5], labels["col.due_state"]],
            [_stacked(cells) for cells in rows],
            styles,
            NARROW_WEIGHTS,
            right_from=len(headers),
            caps={2: LEAD_CAP, 3: PHRASE_CAP},
            whole=(0, 4),  # the plan over the task's id; the due day over the state
        )
        cards = [
            _item_card(item, labels, report, missed.get(id(item), ()), style)
            for item, style in zip(items, styles, strict=True)
        ]
        wide = Grid(headers, rows, styles, LIST_WEIGHTS, len(headers), cards=cards, whole=(0, 1, 5))
        caps = {3: LEAD_CAP, 4: PHRASE_CAP}
        blocks.append(replace(wide, narrow=narrow, wants=WIDE_WANTS, caps=caps))
    if more:
        blocks.append(labels["more_rows"].format(n=more))
    return blocks


def _summary_part(report: Report, options: RenderOptions, labels: Labels) -> list[Block]:
    shown = report.agencies[: options.limit]
    headers = summary_header(labels)
    rows = [tally_cells(_row_name(name, tally, labels), tally) for name, tally in shown]
    weights = [SUMMARY_NAME_WEIGHT] + [1] * (len(headers) - 1)
    hidden = len(report.agencies) - len(shown)
    if hidden:  # above the total, which counts them too
        rows.append([labels["more_agencies"].format(n=hidden)] + [""] * (len(headers) - 1))
    total = tally_cells(labels["total"], report.total)
    cards = [
        Card(_row_name(name, tally, labels), [_counts(tally, labels)]) for name, tally in shown
    ]
    if hidden:
        cards.append(Card(rows[-1][0]))
    total_card = Card(labels["total"], [_counts(report.total, labels, every=True)], style="bold")
    grid = Grid(headers, rows, [None] * len(rows), weights, 1, total, cards=cards)
    blocks: list[Block] = [replace(grid, total_card=total_card)]
    summed = sum(tally.total for _, tally in report.agencies)
    if summed > report.total.total:
        blocks.append(labels["shared_note"].format(rows=summed, total=report.total.total))
    return blocks


# --- Cards: the tables below the width that keeps their words whole -----------------------


def _labelled(label: str, cell: str) -> str:
    """`cell` after "label: ", fitted (a Fitted cell) to what its line leaves it."""
    from rich.cells import cell_len

    prefix = f"{label}: "
    if not isinstance(cell, Fitted):
        return prefix + cell
    inner = cell

    def fit(width: int, lines: int) -> str:
        return prefix + inner.fit(max(width - cell_len(prefix), 1), lines)

    return Fitted(prefix + inner, fit, inner.lines, prefix + inner.markdown)


def _item_card(
    item: Item, labels: Labels, report: Report, missed: Sequence[Item], style: str | None
) -> Card:
    """A deadline as a card: plan and task id with the state, the title, the due day,
    the phrase as written (its period, its original phrase), the leads."""
    ids = f"{one_line(item.plan.number or item.plan.id)} {one_line(item.task.id)}"
    lines: list[str] = [_missed(missed, labels)] if missed else []
    lines.append(_title_cell(item, labels))
    if item.due is not None:
        lines.append(_labelled(labels["col.due"], _due_cell(item, labels)))
    phrase = glued(one_line(item.slot.milestone.phrase)) if missed else _phrase_cell(item, labels)
    lines.append(_labelled(labels["col.phrase"], phrase))
    lines.append(_labelled(labels["col.lead"], _lead_cell(report.shown(item, item.task.lead))))
    return Card(ids, lines, _owed_state(item, missed, labels), style)


def _counts(tally: Tally, labels: Labels, every: bool = False) -> str:
    """A summary row's counts as words: "Trong hạn 8 (Sắp đến hạn 2); Quá hạn 6 (> 30 ngày
    4)"; the counts that are zero left out unless `every` (the total shows them all)."""
    pairs = []
    for bin_ in (*DATED_BINS, Bin.NO_DEADLINE):
        count = tally.counts[bin_]
        if not count and not every:
            continue
        pair = f"{labels[f'bin.{bin_}']} {count}"
        if bin_ is Bin.IN_TIME and (tally.soon or (every and count)):
            pair += f" ({labels['col.soon']} {tally.soon})"
        if bin_ is Bin.OVERDUE and count:
            aged = [
                f"{labels['col.over'].format(days=limit)} {tally.overdue_over[limit]}"
                for limit in AGE_LIMITS
                if tally.overdue_over[limit] or every
            ]
            pair += f" ({', '.join(aged)})" if aged else ""
        pairs.append(pair)
    rate = tally.on_time_rate
    if rate is not None or every:
        pairs.append(f"{labels['col.rate']} {DASH if rate is None else f'{rate:.0%}'}")
    return "; ".join(pair.replace(" ", GLUE) for pair in pairs)


def _card_lines(card: Card, width: int, color: bool) -> list[str]:
    from rich.cells import cell_len

    lines = [line.rstrip() for line in _cell_lines(card.head, width, right=False)]
    body = list(card.lines)
    side = _unglued(card.side)
    if side and cell_len(lines[-1]) + COLUMN_GAP + cell_len(side) <= width:
        lines[-1] += " " * (width - cell_len(lines[-1]) - cell_len(side)) + side
    elif side:
        body.insert(0, card.side)
    room = max(width - CARD_INDENT, 1)
    for paragraph in body:
        lines += [" " * CARD_INDENT + line for line in _cell_lines(paragraph, room, right=False)]
    return [paint(line.rstrip(), card.style, color) for line in lines]


def _cards_lines(grid: Grid, width: int, color: bool) -> list[str]:
    lines = [line for card in grid.cards or () for line in _card_lines(card, width, color)]
    if grid.total_card:
        lines += ["-" * width] if lines else []
        lines += _card_lines(grid.total_card, width, color)
    return lines


def _cuts_a_word(grid: Grid, width: int) -> bool:
    """Whether the table at `width` would break a word that a line could hold whole (a
    day, an id, an abbreviation: anything up to FLOOR_CAP cells) across its lines."""
    from rich.cells import cell_len

    grid, widths = _layout(grid, width)
    limits = [width if column in grid.whole else FLOOR_CAP for column in range(len(widths))]
    narrow = [column for column, room in enumerate(widths) if room < limits[column]]
    for cells in (grid.headers, *grid.body):
        for column in narrow:  # a column at least `limit` wide breaks none of these words
            cell, room = cells[column], widths[column]
            text = cell.fit(room, cell.lines) if isinstance(cell, Fitted) else cell
            if any(room < cell_len(word) <= limits[column] for word in _unglued(text).split()):
                return True
    return False


# --- Text: plain lines, fitted to the terminal ---------------------------------------------


def fit_widths(
    natural: Sequence[int],
    weights: Sequence[int],
    room: int,
    floors: Sequence[int],
    tokens: Mapping[int, int] | None = None,
) -> list[int]:
    """Column widths summing to at most `room`: the natural widths when they fit, else
    each column capped at a common level times its weight (heavier columns keep more),
    not below its floor (its longest word, at most FLOOR_CAP, less when the floors do
    not fit; nor, while they fit, below `tokens[column]`: the longest id or day of a
    column that holds them). What the level leaves over goes to the heaviest columns
    that still want it."""
    widths = _levelled(natural, weights, room, floors, tokens or {})
    spare = room - sum(widths)
    for index in sorted(range(len(widths)), key=lambda i: -weights[i]):
        extra = max(0, min(spare, natural[index] - widths[index]))
        widths[index] += extra
        spare -= extra
    return widths


def _levelled(
    natural: Sequence[int],
    weights: Sequence[int],
    room: int,
    floors: Sequence[int],
    tokens: Mapping[int, int],
) -> list[int]:
    lowered = [(cap, False) for cap in range(FLOOR_CAP, 0, -1)]  # the floors until they fit
    for cap, keep in [(FLOOR_CAP, True), *lowered] if tokens else lowered:
        lows = [
            max(min(floor, cap), tokens.get(index, 0) if keep else 0)
            for index, floor in enumerate(floors)
        ]
        if sum(_capped(natural, weights, lows, 0)) > room:
            continue
        # The total width only grows with the level: bisect for the highest that fits.
        low, high = 0, 10 * max(natural, default=0)
        while low < high:
            middle = (low + high + 1) // 2
            fits = sum(_capped(natural, weights, lows, middle)) <= room
            low, high = (middle, high) if fits else (low, middle - 1)
        return _capped(natural, weights, lows, low)
    return [1] * len(natural)


def _capped(
    natural: Sequence[int], weights: Sequence[int], lows: Sequence[int], level: int
) -> list[int]:
    """Each column at `level` times its weight (in tenths), within its floor and its
    natural width."""
    return [
        min(wide, max(low, level * weight // 10))
        for wide, weight, low in zip(natural, weights, lows, strict=True)
    ]


def _floor(word: str) -> int:
    """Cells a word asks of its column: a GLUE group whole; of a SOFT_GLUE group, its
    day with the word before ("Trước 31/7/2022", "ngày 08/4/2022")."""
    from rich.cells import cell_len

    parts = word.split(SOFT_GLUE)
    return cell_len(" ".join(parts[-2:])) if len(parts) > 1 else cell_len(word)


def _column_widths(grid: Grid, width: int) -> list[int]:
    from rich.cells import cell_len

    columns = list(zip(grid.headers, *grid.body, strict=True))
    natural = [max(cell_len(line) for cell in col for line in cell.split("\n")) for col in columns]
    for column, cap in (grid.caps or {}).items():
        natural[column] = min(natural[column], cap)
    floors = [max(_floor(word) for cell in col for word in cell.split()) for col in columns]
    tokens = {
        index: max(cell_len(token) for cell in columns[index] for token in _unglued(cell).split())
        for index in grid.whole
    }
    room = width - COLUMN_GAP * (len(columns) - 1)
    return fit_widths(natural, grid.weights, room, floors, tokens)


def _regrouped(word: str, width: int) -> str:
    """A group longer than a line broken before its last word, the day ("trước ngày |
    15/01/2023"), its lead-in words still together when they fit; or before the word
    that leads straight into the day, when that pair fits (the column's floor, `_floor`)
    and two words or more lead in before it: "đến hết | ngày 15/3/2026", never
    "trước | ngày 05/7/2022" (a lone "trước" reads as a fragment)."""
    from rich.cells import cell_len

    if cell_len(word) <= width:
        return word
    if SOFT_GLUE in word and GLUE not in word:
        *lead_in, day = word.split(SOFT_GLUE)
        if len(lead_in) > 2 and cell_len(f"{lead_in[-1]} {day}") <= width:
            *lead_in, last = lead_in
            day = last + SOFT_GLUE + day
        return f"{_regrouped(SOFT_GLUE.join(lead_in), width)} {day}"
    return _unglued(word)


def _unglued(text: str) -> str:
    return text.replace(GLUE, " ").replace(SOFT_GLUE, " ")


def _cell_lines(cell: str, width: int, right: bool) -> list[str]:
    """`cell` wrapped to `width` cells and padded to it (on the left when `right`); a
    group of GLUE-joined words breaks only when it is longer than a line."""
    from rich.cells import cell_len

    if isinstance(cell, Fitted):
        cell = cell.fit(width, cell.lines)
    if GLUE in cell or SOFT_GLUE in cell:
        cell = re.sub(r"\S+", lambda m: _regrouped(m[0], width), cell)
    lines = [_unglued(line) for line in wrap(cell, width)]
    if right:
        return [" " * (width - cell_len(line.rstrip())) + line.rstrip() for line in lines]
    return [line + " " * (width - cell_len(line)) for line in lines]


def _row_lines(
    cells: Sequence[str], widths: Sequence[int], right_from: int, bottom: bool
) -> list[str]:
    """One table row: its cells side by side, the shorter ones filled with blank lines
    below (above when `bottom`, as headers stand on the rule)."""
    columns = [
        _cell_lines(cell, width, index >= right_from)
        for index, (cell, width) in enumerate(zip(cells, widths, strict=True))
    ]
    height = max(map(len, columns))

    def filled(lines: list[str], width: int) -> list[str]:
        blank = [" " * width] * (height - len(lines))
        return blank + lines if bottom else lines + blank

    stacked = [filled(lines, width) for lines, width in zip(columns, widths, strict=True)]
    return [(" " * COLUMN_GAP).join(parts) for parts in zip(*stacked, strict=True)]


def _layout(grid: Grid, width: int) -> tuple[Grid, list[int]]:
    """The table as drawn at `width` and its column widths: a table whose wanted column
    would get too few cells in its narrow form."""
    widths = _column_widths(grid, width)
    narrow, wants = grid.narrow, grid.wants or {}
    if narrow is not None and any(widths[column] < cells for column, cells in wants.items()):
        grid, widths = narrow, _column_widths(narrow, width)
    if any(" /" in cell for cell in grid.headers):  # "Thường xuyên / không hạn": no "/" alone
        grid = replace(grid, headers=[cell.replace(" /", GLUE + "/") for cell in grid.headers])
        widths = _column_widths(grid, width)
    return grid, widths


def _grid_lines(grid: Grid, width: int, color: bool) -> list[str]:
    """The table under its bold header and a rule of dashes; the total under a rule."""
    grid, widths = _layout(grid, width)
    rule = "-" * (sum(widths) + COLUMN_GAP * (len(widths) - 1))

    def row(cells: Sequence[str], style: str | None, bottom: bool = False) -> list[str]:
        lines = _row_lines(cells, widths, grid.right_from, bottom)
        return [paint(line.rstrip(), style, color) for line in lines]

    lines = [*row(grid.headers, "bold", bottom=True), rule]
    for cells, style in zip(grid.rows, grid.styles, strict=True):
        lines += row(cells, style)
    if grid.total:
        lines += [rule] if grid.rows else []  # the header's rule serves when no row is above
        lines += row(grid.total, "bold")
    return lines


def _text_lines(block: Block, width: int, color: bool, cards: bool = False) -> list[str]:
    if isinstance(block, Grid) and cards and block.cards is not None:
        return _cards_lines(block, width, color)
    if isinstance(block, Grid):
        return _grid_lines(block, width, color)
    if isinstance(block, Heading):
        return [paint(line, "bold", color) for line in wrap(block.text, width)]
    return wrap(block, width)


def blocks_text(blocks: Sequence[Block], width: int, color: bool) -> str:
    """A document of headings, paragraphs and tables as plain lines of at most `width`
    cells (other reports draw theirs with it too). Where a table that has cards would
    break a word across lines, every table that has them is drawn as cards."""
    grids = [block for block in blocks if isinstance(block, Grid) and block.cards is not None]
    cards = any(_cuts_a_word(grid, width) for grid in grids)
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Heading) and lines:
            lines.append("")  # a blank line sets each part apart
        lines += _text_lines(block, width, color, cards)
    return "".join(f"{line.rstrip()}\n" for line in lines)


def as_text(report: Report, options: RenderOptions) -> str:
    return blocks_text(_document(report, options), options.width, options.color)


# --- Markdown ------------------------------------------------------------------------------


class Markup(str):
    """Markdown a renderer wrote itself (`**lùi 15 ngày**`, `<br>`): kept as it is, where
    every other cell is data and escaped (`md_text`)."""

    __slots__ = ()


# What Markdown or the HTML it allows could read as syntax in data: emphasis, code, links
# and images, tags (`<img onerror=…>`, `<script>`, `<!--`), tables. Any ASCII punctuation
# may be escaped with a backslash (CommonMark §2.4); `&` only where it starts an entity.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~!#])|&(?=#?[0-9A-Za-z]+;)")


def md_text(text: str) -> str:
    """`text` (data) as Markdown shows it, read as nothing else, control characters shown."""
    return _MD_SPECIAL.sub(lambda m: f"\\{m.group(1)}" if m.group(1) else "&amp;", printable(text))


def md_code(text: str) -> str:
    """`text` (data) as a Markdown code span on one line: fenced by more backticks than
    it holds in a row (CommonMark §6.1), so nothing in it ends the span."""
    flat = one_line(text)
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def _md_cell(text: str) -> str:
    if isinstance(text, Markup):
        return str(text)
    if isinstance(text, Fitted):
        text = text.markdown
    return "<br>".join(md_text(line) for line in _unglued(text).split("\n"))


def md_table(headers: Sequence[str], rows: Sequence[Sequence[str]], right_from: int) -> list[str]:
    rule = [Markup("---:" if index >= right_from else "---") for index in range(len(headers))]
    return [
        "| " + " | ".join(_md_cell(cell) for cell in cells) + " |"
        for cells in (headers, rule, *rows)
    ]


def _md_block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"{'#' * block.level} {block.text}"
    if isinstance(block, Grid):
        return "\n".join(md_table(block.headers, block.body, block.right_from))
    return block


def blocks_markdown(blocks: Sequence[Block]) -> str:
    """A document of headings, paragraphs and tables as Markdown."""
    return "\n\n".join(map(_md_block, blocks)) + "\n"


def as_markdown(report: Report, options: RenderOptions) -> str:
    return blocks_markdown(_document(report, options))


FORMATS: dict[str, Callable[[Report, RenderOptions], str]] = {
    "text": as_text,
    "json": as_json,
    "markdown": as_markdown,
    "csv": as_csv,
}
