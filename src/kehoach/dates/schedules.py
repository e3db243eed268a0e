"""Steps of one plan joined in one sentence, each with its own deadline: several milestones.

"địa phương sẽ quyết tâm hoàn thành sửa chữa các căn nhà bị hư hại một phần trước ngày
1/1/2026 và hoàn thành xây dựng các căn nhà mới trước ngày 15/1/2026 để bàn giao cho người
dân" (Lâm Đồng, chiến dịch Quang Trung 2026), "Trước ngày 25-10, UBND các huyện … phải báo cáo
sơ bộ kết quả rà soát … và trước ngày 16-11 phải báo cáo chính thức kết quả về Sở …" (Gia Lai,
KH 1734/KH-UBND 2018): each clause names its step and its own last day, so each is a milestone
(the issue's rule: a phrase that names two deadlines is read as two milestones when the
grammar knows the connective, or refused, never resolved to one).

The same holds for a schedule's steps told with their days ("khai mạc trọng thể vào ngày
21/10/2024, dự kiến bế mạc vào sáng ngày 30/11/2024, …": convention 1, an event told with its
day) and for the rounds of one work told one after the other ("đợt 1: Từ ngày 24/02/2017 -
24/3/2017; đợt 2 từ ngày 20/8/2017 - 20/9/2017, …", Quảng Bình, KH 177/KH-UBND 2017).

`steps_joined` cuts the phrase at "và", "," or ";" (outside parentheses) into clauses each
read as a phrase of its own, and keeps the cut only when every clause is one dated deadline
of a step of its own that is due (`grammar.DUE_WORD`), a schedule's step (`_SCHEDULE_STEP`)
or a span told from its first day that names a numbered round ("đợt 1", "giai đoạn 2"): a
span with no step word may be the period a report's figures cover ("Báo cáo kết quả từ tháng
1 đến tháng 6/2020, gửi trước ngày 15/7/2020", Nghị định 09/2019/NĐ-CP, Điều 12), no step.
Each step starts after the one before ends, rounds are numbered in that order, years all
written or all the plan's (or the plan's on the first steps where the list's order leaves no
other year: "khai giảng vào ngày 5-9, kết thúc năm học trước ngày 31-5-2025", `orderyear`),
and no word in the phrase tells a replacement, a comparison, an
alternative or a thing done (`_NOT_TWO`). Anything else leaves the refusal standing.

Only when that fails is the phrase tried as a calendar's list (`calendarstep`): an exam's or
a crop's work counts as a step ("tổ chức thi", "xuống giống", "nộp"; a bare day after it,
"công bố kết quả 17/4", stays refused: test_twoj), a span may start on the day the span
before it ends (`_follows`), one round named at the list's head holds the steps after it
(`_round_heads_all`); each clause is then read by the engine's whole reader and none may
give its work up (`calendarstep.gives_up`: "ngày 10-15/12 cấm xuống giống").

Steps whose days do not overlap may be told in any order as items after semicolons (groups
each with its own day, `_days_apart`); the count of the rounds told before them ("… theo 2 đợt. Đợt I …") is read
when they are as many, numbered from one (`_counted_rounds`), and a sitting's days of work
before its opening and closing when they are its weekdays, or its days held with a half
day closing it ("diễn ra trong 2,5 ngày", `_sitting_worked`). A table
cell's day with grades starting on a day of their own in parentheses ("25/8 (Lớp 1, 9, 12
tựu trường 20/8)") is two groups each with its day (`grades_apart`).

Every refused phrase comes here, so the words are looked at before any cut is read
(`_may_hold_steps`, `_may_cut`): two dated times, two step words, clauses able to hold both.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from kehoach.base.text import fold, nfc
from kehoach.dates.calendarstep import STEP_WORK, gives_up
from kehoach.dates.grammar import COUNT, DUE_WORD, Unreadable
from kehoach.dates.numbers import count_number
from kehoach.dates.orderyear import years_by_order
from kehoach.dates.pastseason import refuse_past_season
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Reader

# where two clauses join: "…, và …", "… và …", "…, …", "…; …"
# ... or "để kịp" (so as to be in time to) before the next step's own deadline: "Những căn
# còn lại chưa xây dựng thì đồng loạt khởi công trước ngày 20/6/2025 để kịp hoàn thành trước
# ngày 31/8/2025" (Nhân Dân on Công điện 84/CĐ-TTg 2025; t-nhandan-cd-84-ttg-xoa-nha-tam-2025):
# two due steps in order, each with its day, are two milestones (the lead's ruling of session
# 35 (a)); matched folded, its "để" checked as printed (`_joins`: "đề" folds alike)
_JOINT = re.compile(r"\s*,?\s+va\s+|\s*[,;]\s+|\s+(?P<aim>de)\s+(?=kip\s)", re.ASCII)
# words that make one clause's day stand for another's, or set it beside another time:
# a replacement ("thay vì", "chuyển … sang", "dời", "lùi"), a comparison ("so với"), an
# alternative ("hoặc", "dự phòng"), a day told done ("đã"): never two milestones
# (matched with the marks: folded, "hoãn" would be "hoàn" and "đã" "đa")
_NOT_TWO = re.compile(
    r"(?<!\w)(?:thay\s+vì|so\s+với|hoặc|dự\s+phòng|chuyển|dời|lùi|hoãn|đã|vừa|tương\s+tự"
    # a condition or a negation: "Nếu đủ điều kiện, Quốc hội … họp … phiên trù bị …",
    # "… không được thực hiện theo 2 đợt" (fresh43): no step is due as told
    r"|nếu|không)(?!\w)"
)
# ... or the step of a schedule told with its day, an event that is the step itself ("khai
# mạc trọng thể vào ngày 21/10/2024, dự kiến bế mạc vào sáng ngày 30/11/2024", "Ngày nhận hồ
# sơ tuyển mầm non là 1/7, ngày công bố kết quả 20/7", "đăng ký từ 24/1 đến 23/2, công bố kết
# quả 17/4"): each its day (the lead's convention 1, an event told with its day). Matched
# with the marks ("thi" alone, "họp" alone name no step: too many words hold them)
# ... and a sitting's preparatory session ("phiên trù bị vào chiều Chủ nhật, ngày 5/4/2026,
# khai mạc sáng 6/4/2026 và bế mạc vào ngày 25/4/2026", z-ngaynay on Quốc hội khóa XVI), a
# council's sitting held and its deputies' groups met before it, each told with its day
# ("Thời gian tổ chức kỳ họp thứ 15 Hội đồng nhân dân huyện ngày 26 tháng 6 năm 2020; họp Tổ
# đại biểu HĐND huyện vào ngày 19 tháng 6 năm 2020", zt-hdnd-bentre: "kỳ họp" or "họp" alone
# names no step, "tổ chức kỳ họp" does). A day
# off beside the day that makes it up or the day back is no step: "nghỉ thứ Hai ngày
# 31/8/2026 và làm bù vào ngày thứ Bảy 22/8/2026" (p-huengaynay), two days of different
# meaning, is read by `madeup.day_off_and_made_up` (ruling 52(a)), not here
_SCHEDULE_STEP = re.compile(
    r"(?<!\w)(?:khai\s+mạc|bế\s+mạc|khai\s+giảng|bế\s+giảng|tựu\s+trường|công\s+bố"
    r"|đăng\s+ký|diễn\s+ra|(?:nhận|tiếp\s+nhận|nộp)\s+hồ\s+sơ|phiên\s+trù\s+bị"
    r"|tổ\s+chức\s+kỳ\s+họp|họp\s+tổ\s+đại\s+biểu)(?!\w)"
)
# a round's number in a clause's step: "đợt 1", "giai đoạn II", "lần 2"
_ROUND = re.compile(r"\b(?:dot|giai\s+doan|lan)\s+(?P<n>\d{1,2}|i{1,3}|iv|v)\b", re.ASCII)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
# ... or a crop season named, as the rounds of farm work are: "tiêm phòng vào 2 vụ chính trong
# năm gồm vụ Xuân - Hè (từ 15/3 - 15/4), vụ Thu - Đông (từ 15/9 - 15/10)" (Sở NN&PTNT Tuyên
# Quang, KH 21/2018; n-tuyenquang-kh-21-snn-tiem-phong-2018). Printed with its capital, as
# plans print a season's name: "vụ thu hoạch", lower case, is no season
_SEASON = re.compile(r"(?<!\w)vụ\s+(?:Đông|Hè|Thu|Xuân|Mùa|Chiêm)(?!\w)")
_MOST_JOINTS = 8  # a longer list is a schedule's table, not a sentence of steps
_LONGEST = 600  # characters: a longer text is a paragraph, whose steps are told apart
# a time told with its number: a day and its month ("15/7/2020", "25-10", "6.4"), or a month,
# a quarter or a year by its word ("tháng 6/2020", "quý II", "năm 2026"); two are needed for
# two steps, and one in each clause (folded)
_DAY_SAID = re.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|\b(?:thang|quy|nam)\s+(?:\d|[ivx]+\b)",
    re.ASCII,
)
_DATED = (DeadlineKind.DATE, DeadlineKind.WINDOW)
_inside: ContextVar[bool] = ContextVar("_inside", default=False)


def steps_joined(
    text: str, context: Context, read: Reader, read_whole: Reader
) -> tuple[Deadline, ...] | None:
    """The milestones of `text` when it is two or more clauses joined by "và", "," or ";",
    each one dated deadline of its own step (see the module); None otherwise. `read` reads
    one clause as a phrase (the engine's reading with its words after the time); a clause is
    never cut again. A list read only as a calendar's (`calendarstep`) is read again with
    `read_whole`, the engine's whole reader, every guard of a phrase applying to each clause."""
    if _inside.get() or not _may_hold_steps(text):
        return None
    folded = fold(text).lower()
    if rounds := _counted(text, folded, context, read):
        return rounds
    if (worked := _DAYS_OF_WORK.search(folded)) and (
        sitting := _sitting_worked(text, worked, context, read)
    ):
        return sitting
    joints = [j for j in _JOINT.finditer(folded) if _joins(text, folded, j)]
    if not joints or len(joints) > _MOST_JOINTS:
        return None
    # the plain steps first, as read before calendars were; then a calendar's, each clause
    # through the whole reader and none giving its work up (`calendarstep.gives_up`)
    for calendar, reader in ((False, read), (True, read_whole)):
        if _may_cut(text, joints, calendar=calendar) and (
            found := _one_cut(text, joints, context, reader, calendar=calendar)
        ):
            return found
    return None


def _one_cut(
    text: str, joints: list[re.Match[str]], context: Context, read: Reader, *, calendar: bool
) -> tuple[Deadline, ...] | None:
    """The milestones of the one cut of `text` at `joints` whose clauses read as steps in
    order (`_partitions`); None when none does or two cuts read differently."""
    token = _inside.set(True)
    try:
        found = {
            _key(one): one for one in _partitions(text, joints, context, read, calendar=calendar)
        }
    finally:
        _inside.reset(token)
    if len(found) != 1:  # none, or two cuts that read differently: not one schedule
        return None
    return tuple(replace(one, phrase=text) for one in next(iter(found.values())))


# A table cell giving the schools' first day, then in parentheses the grades that start on a
# day of their own: "25/8 (Lớp 1, 9, 12 tựu trường 20/8)" (CafeF's table of the 34 provinces'
# returns for 2025-2026, column "Lịch tựu trường"; u-cafef-lich-tuu-truong-34-tinh-2025-2026):
# two groups each with its day, as "tất cả khối lớp … tựu trường vào ngày 25-8-2025, riêng lớp
# 1, lớp 9 và lớp 12 tựu trường vào ngày 20-8-2025" is. Only the bare day, then grades 1 to 12
# listed and the step ("tựu trường", "khai giảng") with their day closing the parentheses: any
# other word ("đã", "năm ngoái", "không", "sớm hơn") leaves the phrase refused (folded)
_GRADE = r"(?:1[0-2]|0?[1-9])"
_CELL_DAY = r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?"
_GRADES_OWN_DAY = re.compile(
    rf"\s*(?P<day>{_CELL_DAY})\s*\(\s*"
    rf"(?P<grades>(?:lop|khoi)\s+{_GRADE}(?:(?:\s*,\s*|\s+va\s+)(?:(?:lop|khoi)\s+)?{_GRADE})*)"
    r"\s+(?P<step>tuu\s+truong|khai\s+giang)\s+(?:(?:vao\s+)?ngay\s+)?"
    rf"(?P<other>{_CELL_DAY})\s*\)[\s.]*",
    re.ASCII,
)
# the groups of one school year's start are days apart, within a month of each other
_GROUPS_DAYS = 31


def grades_apart(text: str, context: Context, read: Reader) -> tuple[Deadline, ...] | None:
    """The day of a cell and the day of the grades in its parentheses (`_GRADES_OWN_DAY`),
    each a milestone of one day, in the order printed: both read by `read`, their years both
    written or both the plan's, different days within `_GROUPS_DAYS` of each other; None
    for any other phrase (the refusal stands)."""
    grades = _GRADES_OWN_DAY.fullmatch(fold(text).lower())
    if grades is None:
        return None
    try:
        (main,) = read(text[: grades.end("day")], context)
        (other,) = read(text[grades.start("other") : grades.end("other")], context)
    except (Unreadable, ValueError):
        return None
    if main.kind is not DeadlineKind.DATE or other.kind is not DeadlineKind.DATE:
        return None
    if main.last is None or other.last is None or main.year_from_plan != other.year_from_plan:
        return None
    if main.last == other.last or abs((main.last - other.last).days) > _GROUPS_DAYS:
        return None
    step = text[grades.start("grades") : grades.end("step")]
    return replace(main, phrase=text), replace(other, phrase=text, label=" ".join(step.split()))


# the count of a work's rounds told before them, closing its sentence or its head: "Lịch tiêm
# phòng vắc-xin cho đàn gia cầm được thực hiện khép kín theo 2 đợt. Đợt I tính từ ngày 01/1
# đến ngày 30/6/2021 và Đợt II từ ngày 01/7-31/12/2021" (An Lão, 2021; zp-tothethao), "Thi
# tuyển sinh đại học, cao đẳng năm 2013 được tổ chức theo 3 đợt: đợt 1 vào các ngày 3, 4,
# 5-7-2013; đợt 2 …; đợt 3 …" (QĐND on the 2012-2013 framework; w-press-baomoi): the number
# is the rounds', explained when they are that many, numbered from one (folded)
_COUNT_OF_ROUNDS = re.compile(
    rf"\b(?:theo|lam|gom|thanh)\s+(?P<n>{COUNT})\s+(?:dot|giai\s+doan)\s*[.:]\s+", re.ASCII
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b", re.ASCII)


def _counted(text: str, folded: str, context: Context, read: Reader) -> tuple[Deadline, ...] | None:
    """The rounds (`_counted_rounds`) or the crop seasons (`_counted_seasons`) told after their
    count, when `text` (`folded`) so tells them; None otherwise."""
    if (counted := _COUNT_OF_ROUNDS.search(folded)) and (
        rounds := _counted_rounds(text, counted, context, read)
    ):
        return rounds
    if seasons := _COUNT_OF_SEASONS.search(folded):
        return _counted_seasons(text, seasons, context, read)
    return None


def _counted_rounds(
    text: str, counted: re.Match[str], context: Context, read: Reader
) -> tuple[Deadline, ...] | None:
    """The rounds told after their count (`_COUNT_OF_ROUNDS`), read by `read` as milestones,
    when they are dated and as many as counted, numbered 1 to N in order, and the words
    before the count vouch for them (`_head_agrees`); None otherwise."""
    many = count_number(counted["n"])
    try:
        rounds = read(text[counted.end() :], context)
    except Unreadable:
        return None
    if len(rounds) != many or any(one.kind not in _DATED for one in rounds):
        return None
    if [_round_number(one.label or "") for one in rounds] != list(range(1, many + 1)):
        return None
    if not _apart_in_one_year(rounds):
        return None
    if not _head_agrees(counted.string[: counted.start()], rounds):
        return None
    return tuple(replace(one, phrase=text) for one in rounds)


# ... and the crop seasons told after their count: "Thời gian tổ chức tiêm phòng vào 2 vụ chính
# trong năm gồm vụ Xuân - Hè (từ 15/3 - 15/4), vụ Thu - Đông (từ 15/9 - 15/10)" (Sở NN&PTNT
# Tuyên Quang, KH 21/2018; n-tuyenquang-kh-21-snn-tiem-phong-2018): the seasons' windows, each
# a milestone, as many as counted (folded; the seasons follow right after)
_COUNT_OF_SEASONS = re.compile(
    rf"\b(?:vao|trong|theo|lam|co)\s+(?P<n>{COUNT})\s+vu(?:\s+chinh)?(?:\s+trong\s+nam)?"
    r"\s*,?\s*(?:gom|la|:)\s*:?\s*(?=vu\s)",
    re.ASCII,
)


def _counted_seasons(
    text: str, counted: re.Match[str], context: Context, read: Reader
) -> tuple[Deadline, ...] | None:
    """The seasons told after their count (`_COUNT_OF_SEASONS`), each one window
    (`_season_items`), when they are as many as counted, each season of its own, apart in
    one year, and the words before the count hold no other number nor a word that moves the
    year or makes it a cadence (`_HEAD_MOVES`); None otherwise. Only here is a season a step:
    elsewhere "vụ Đông Xuân từ tháng 1 đến tháng 4/2020, gửi trước …" may be the period a
    report covers."""
    head = counted.string[: counted.start()]
    if _HEAD_MOVES.search(head) or any(char.isdigit() for char in head):
        return None
    if not _TIME_HEADING.match(head) or _HEAD_DOUBTS.search(head):  # "Chưa tổ chức …"
        return None
    rest = nfc(text)[counted.end() :]  # fold keeps one character for one: the offsets hold
    if not _CLOSED_LAST.search(rest):  # "… (từ 15/9 - 15/10) trong giai đoạn 2027-2030"
        return None
    seasons = _season_items(rest, count_number(counted["n"]), context, read)
    if seasons is None or len({one.label for one in seasons}) != len(seasons):
        return None
    if not _apart_in_one_year(seasons) or not all(
        _SEASON.match(one.label or "") for one in seasons
    ):
        return None
    return tuple(replace(one, phrase=text) for one in seasons)


def _season_items(
    rest: str, many: int, context: Context, read: Reader
) -> tuple[Deadline, ...] | None:
    """The `many` items of `rest`, each from a season's name (`_SEASON`) to the next, read
    by `read` as one window each; None when they are not so many, `rest` opens on no season,
    or an item reads otherwise."""
    starts = [season.start() for season in _SEASON.finditer(rest)]
    if not starts or starts[0] != 0 or len(starts) != many:
        return None
    seasons: list[Deadline] = []
    for start, end in zip(starts, [*starts[1:], len(rest)], strict=True):
        try:
            found = read(_ITEM_JOINT.sub("", rest[start:end]), context)
        except Unreadable:
            return None
        if len(found) != 1 or found[0].kind is not DeadlineKind.WINDOW:
            return None
        seasons.append(found[0])
    return tuple(seasons)


# what joins an item to the next: "…), vụ …", "… và vụ …", "…; vụ …"
_ITEM_JOINT = re.compile(r"\s*(?:[,;]\s*)?(?:\bvà\s*)?\Z")


def _apart_in_one_year(rounds: tuple[Deadline, ...]) -> bool:
    """Whether the rounds fall in one year, each after the one before ends: "Đợt I từ 01/1
    đến 30/6/2021 và Đợt II từ 01/6-31/12/2021" (overlapping) or a round in the next year
    is likely a slip of the copy (fresh43), not two rounds to read as written."""
    spans = [(one.first or one.last, one.last) for one in rounds]
    days = [(first, last) for first, last in spans if first is not None and last is not None]
    if len(days) != len(rounds):
        return False
    years = {day.year for span in days for day in span}
    return len(years) == 1 and all(one[1] < other[0] for one, other in pairwise(days))


# ... and only under a heading of time or a verb of doing, as the plan prints it: "Thời gian
# tổ chức tiêm phòng vào 2 vụ chính …" (n-tuyenquang), "Tổ chức tiêm phòng vào hai vụ …",
# with no word that denies, stops, makes conditional or tells done the work ("Chưa tổ chức
# tiêm phòng …", "Khi có dịch tiêm phòng …", "Kết quả tiêm phòng …": the merge's tester,
# fresh53, all read as this year's two windows)
_TIME_HEADING = re.compile(
    r"\s*(?:[-+•*]\s*)?(?:thoi\s+gian|to\s+chuc|thuc\s+hien|trien\s+khai)\s", re.ASCII
)
_HEAD_DOUBTS = re.compile(
    r"\b(?:chua|khong|da|vua|dung|ngung|huy|khi|neu|truong\s+hop|tuy|ket\s+qua)\b", re.ASCII
)
# ... and the last season's span closes the phrase: words after it may set the years ("… (từ
# 15/9 - 15/10) trong giai đoạn 2027-2030": each year of the period, not this year's)
_CLOSED_LAST = re.compile(r"\)\s*[.;]?\s*\Z")
# words before the count that change what the rounds are: a cadence (each year's rounds,
# not this year's alone) or a year said from the writing ("Năm ngoái, …", "Năm sau, …")
_HEAD_MOVES = re.compile(
    r"\b(?:hang\s+(?:nam|quy|thang)|dinh\s+ky|moi\s+nam|nam\s+(?:ngoai|sau|toi|truoc|nay))\b",
    re.ASCII,
)


def _head_agrees(head: str, rounds: tuple[Deadline, ...]) -> bool:
    """Whether the words before the rounds' count (`head`, folded) hold no number but the
    rounds' own year ("… năm 2013 được tổ chức theo 3 đợt"), no cadence or year said from
    the writing (`_HEAD_MOVES`), and name the year when a round takes it from the plan:
    words of the head may move it ("Năm sau, tổ chức theo 2 đợt")."""
    if _HEAD_MOVES.search(head):
        return False
    years = {one.last.year for one in rounds if one.last}
    named = {int(year) for year in _YEAR.findall(head)}
    if named and named != years:
        return False
    if any(char.isdigit() for char in _YEAR.sub("", head)):
        return False
    return bool(named) or not any(one.year_from_plan for one in rounds)


# a sitting's days of work told before its opening and closing: "trong kỳ họp tới Quốc hội
# dự kiến làm việc trong 21 ngày, phiên trù bị và khai mạc vào ngày 22-10-2018 và bế mạc vào
# ngày 19-11-2018" (CAND on Quốc hội khóa XIV's sixth sitting; m-cand): the lead's ruling of
# session 34 reads the opening and the closing as two milestones, the length glossing
# nothing; the number is explained when it is the weekdays from the opening to the closing
# (21 from Monday 22/10 to Monday 19/11/2018), the sitting's days of work (folded)
# ... or the days it is held, a half day closing it: "Kỳ họp thứ chín, HĐND tỉnh khoá X,
# nhiệm kỳ 2021-2026 dự kiến diễn ra trong 2,5 ngày, khai mạc vào sáng 18/7 và bế mạc sáng
# 20/7/2022" (zk-baobackan-hop-bao-ky-hop-thu-chin-2022): Monday to Wednesday morning, three
# weekdays the last of them a half
_DAYS_OF_WORK = re.compile(
    r"\b(?:lam\s+viec|dien\s+ra)\s+trong\s+(?P<n>\d{1,2})(?:\s*,\s*(?P<half>5))?\s+ngay\s*,\s+",
    re.ASCII,
)
# the council's term named before (folded): its years are no day of the sitting, which falls
# within them
_TERM = re.compile(r"\bnhiem\s+ky\s+(?P<a>(?:19|20)\d\d)\s*-\s*(?P<b>(?:19|20)\d\d)\b", re.ASCII)
_WEEKEND = 5  # date.weekday() of Saturday
# a time gone by named anywhere before the sitting's days (folded): "Kỳ họp thứ chín năm
# ngoái diễn ra …", "HĐND tỉnh, kỳ họp lần trước diễn ra …": the days are that sitting's,
# over, never this one's to hold (the head's opening is refused by `pastseason`, with its
# reason; this catches the rest)
_PAST_HEAD = re.compile(
    r"\b(?:(?:nam|lan|ky|khoa|dot|thang)\s+(?:vua\s+)?(?:roi|ngoai|qua|truoc|kia)"
    r"|truoc\s+day|hoi\s+(?:do|ay|nam|thang))\b",
    re.ASCII,
)


def _sitting_worked(
    text: str, worked: re.Match[str], context: Context, read: Reader
) -> tuple[Deadline, ...] | None:
    """The sitting's days told after its days of work (`_DAYS_OF_WORK`), each a milestone,
    when they are single days from an opening ("khai mạc") to a closing ("bế mạc") whose
    weekdays are as many as the days of work (a half day the last one), and the words before
    hold no number but the council's term (`_TERM`) the sitting falls in and no time gone by
    (`pastseason`, `_PAST_HEAD`); None otherwise."""
    head = worked.string[: worked.start()]
    # "Kỳ họp năm ngoái làm việc trong 3 ngày, …": a sitting over, refused with its reason
    refuse_past_season(text[: worked.start()])
    term = _TERM.search(head)
    if _PAST_HEAD.search(head) or any(char.isdigit() for char in _TERM.sub("", head, count=1)):
        return None
    try:
        days = read(text[worked.end() :], context)
    except Unreadable:
        return None
    if len(days) < 2 or not all(one.kind is DeadlineKind.DATE for one in days):
        return None
    first, last = days[0].last, days[-1].last
    labels = [fold(one.label or "").lower() for one in (days[0], days[-1])]
    if first is None or last is None or "khai mac" not in labels[0] or "be mac" not in labels[1]:
        return None
    if not _fits(worked, term, first, last):
        return None
    return tuple(replace(one, phrase=text) for one in days)


def _fits(worked: re.Match[str], term: re.Match[str] | None, first: date, last: date) -> bool:
    """Whether the sitting from `first` to `last` has as many weekdays as its days told
    (`worked`, a half day counting as the last one) and falls within its `term`."""
    weekdays = sum(
        (first + timedelta(days=n)).weekday() < _WEEKEND for n in range((last - first).days + 1)
    )
    if weekdays != int(worked["n"]) + (worked["half"] is not None):
        return False
    return term is None or int(term["a"]) <= first.year <= last.year <= int(term["b"])


def _may_hold_steps(text: str) -> bool:
    """Whether `text` may be two steps at all, by its words alone, before any cut is read:
    not too long, two dated times, two words that name a step, no word of `_NOT_TWO`. Every
    refused phrase comes here; reading the cuts of each made the reader 1.7x slower."""
    if len(text) > _LONGEST:
        return False
    folded = fold(text).lower()
    if len(_DAY_SAID.findall(folded)) < 2 or _step_words(text, folded, calendar=True) < 2:
        return False
    return not _NOT_TWO.search(nfc(text).lower())


def _step_words(text: str, folded: str, *, calendar: bool) -> int:
    """How many words in `text` may name a clause's step: due, a schedule's, a round's, and,
    in a `calendar`, a calendar's work (`calendarstep.STEP_WORK`)."""
    said = nfc(text).lower()
    return (
        sum(
            len(rule.findall(where))
            for rule, where in ((DUE_WORD, folded), (_SCHEDULE_STEP, said), (_ROUND, folded))
        )
        + len(_SEASON.findall(nfc(text)))
        + (len(STEP_WORK.findall(said)) if calendar else 0)
    )


def _key(readings: tuple[Deadline, ...]) -> tuple[tuple[object, ...], ...]:
    return tuple((one.kind, one.first, one.last) for one in readings)


def _joins(text: str, folded: str, joint: re.Match[str]) -> bool:
    """Whether `joint` (found in `folded`, the fold of `text`) joins two clauses: outside
    parentheses, and an aim's "để" printed so (never "đề" of "đề nghị", "đề án")."""
    if not _outside_parentheses(folded, joint.start()):
        return False
    return joint["aim"] is None or nfc(text)[joint.start("aim") : joint.end("aim")].lower() == "để"


def _outside_parentheses(text: str, at: int) -> bool:
    before = text[:at]
    return before.count("(") == before.count(")")


def _partitions(
    text: str, joints: list[re.Match[str]], context: Context, read: Reader, *, calendar: bool
) -> Iterator[tuple[Deadline, ...]]:
    """Every cut of `text` at some of `joints` into two or more clauses that pass
    `_clause`, and in order (`_in_order`)."""
    cache: dict[tuple[int, int], Deadline | None] = {}

    def clause(start: int, end: int) -> Deadline | None:
        if (start, end) not in cache:
            cache[start, end] = _clause(text[start:end], context, read, calendar=calendar)
        return cache[start, end]

    def rest(start: int, index: int) -> Iterator[tuple[Deadline, ...]]:
        if (whole := clause(start, len(text))) is not None:
            yield (whole,)
        yield from heads(start, index)

    def heads(start: int, index: int) -> Iterator[tuple[Deadline, ...]]:
        for at in range(index, len(joints)):
            if (head := clause(start, joints[at].start())) is None:
                continue
            for tail in rest(joints[at].end(), at + 1):
                yield (head, *tail)

    # the whole text is never read again: it was refused before it came here
    for readings in heads(0, 0):
        if _in_order(text, readings, calendar=calendar):
            yield readings


def _may_cut(text: str, joints: list[re.Match[str]], *, calendar: bool) -> bool:
    """Whether `text` cut at `joints` has two clauses or more each holding a dated time and a
    word of a step (`_step_words`), as `_clause` needs: a look at the words, before any
    clause is read. Cutting as soon as a clause holds both gives the most clauses."""
    ends = [joint.start() for joint in joints] + [len(text)]
    starts = [0] + [joint.end() for joint in joints]
    clauses, dated, named = 0, False, False
    for start, end in zip(starts, ends, strict=True):
        part = text[start:end]
        dated = dated or _DAY_SAID.search(fold(part).lower()) is not None
        named = named or _step_words(part, fold(part).lower(), calendar=calendar) > 0
        if dated and named:
            clauses, dated, named = clauses + 1, False, False
    return clauses >= 2


def _clause(text: str, context: Context, read: Reader, *, calendar: bool) -> Deadline | None:
    """The one dated deadline `text` reads as, with a step of its own and a word that says
    it is due or names a schedule's step (`_SCHEDULE_STEP`), or a span ("từ … đến …") of a
    round numbered ("đợt 1", "giai đoạn 2"), or, in a `calendar`, a calendar's work not given
    up (`calendarstep`); None otherwise. The words are looked at before the clause is read:
    most cuts have none."""
    folded = fold(text).lower()
    said = nfc(text).lower()
    if calendar and gives_up(said):  # "ngày 10-15/12 cấm xuống giống": no step to meet
        return None
    due = (
        DUE_WORD.search(folded)
        or _SCHEDULE_STEP.search(said)
        or (calendar and STEP_WORK.search(said))
    )
    round_told = _ROUND.search(folded)
    if not (due or round_told) or not _DAY_SAID.search(folded):
        return None
    try:
        found = read(text, context)
    except Unreadable:
        return None
    if len(found) != 1:
        return None
    one = found[0]
    # "chậm nhất 20/6 đảm bảo né mưa bão": its words the day's purpose, no step of its own
    if (
        one.kind not in _DATED
        or one.last is None
        or not one.label
        or _ensured_only(said, one.label)
    ):
        return None
    # a span with no step word is the period a report's figures cover, not a step: "Báo cáo
    # kết quả từ tháng 1 đến tháng 6/2020, gửi trước ngày 15/7/2020" (Nghị định
    # 09/2019/NĐ-CP, Điều 12: the data period, then the due day) is one report, refused
    span = one.kind is DeadlineKind.WINDOW and one.earliest is not None
    return one if due or (span and round_told) else None


# what a day is meant to ensure, told after it ("đảm bảo", "bảo đảm"), as the only words of a
# clause: "Thu hoạch lúa xuân trước ngày 15/6, chậm nhất 20/6 đảm bảo né mưa bão" (the session
# 64 tester) is one work with two last days, its second clause's words no step of their own
# but the purpose of the day (`ensured`), refused as "…, chậm nhất 20/6" alone is
_ENSURED = re.compile(r"(?:đảm\s+bảo|bảo\s+đảm)(?!\w)")


def _ensured_only(said: str, label: str) -> bool:
    """Whether the step `label` read in the clause `said` (NFC, lower case) is only what the
    clause's time is meant to ensure, told after it: "đảm bảo …" after the clause's first
    number ("Đảm bảo an ninh trật tự trước ngày 10/9", told first, is a step)."""
    purpose = _ENSURED.match(nfc(label).lower())
    told = _ENSURED.search(said)
    digit = re.search(r"\d", said)
    return bool(purpose and told and digit and digit.start() < told.start())


# a sitting told from its preparatory session ("phiên trù bị …, khai mạc …, bế mạc …") or
# its deputies' groups' meeting before it ("họp Tổ đại biểu HĐND huyện vào ngày 19 tháng 6
# năm 2020", zt-hdnd-bentre): its days are weeks apart at most; Quốc hội's longest sittings
# run about six weeks (folded)
_SITTING = re.compile(r"\b(?:phien\s+tru\s+bi|hop\s+to\s+dai\s+bieu)\b", re.ASCII)
_SITTING_DAYS = 62


def _one_sitting(readings: tuple[Deadline, ...]) -> bool:
    """Whether the steps of a sitting lie within `_SITTING_DAYS` of each other: a closing
    told a year after the opening ("bế mạc vào ngày 25/4/2027" after "khai mạc sáng
    6/4/2026", fresh43) is a slip of the copy, not a year-long sitting."""
    days = [day for one in readings for day in (one.first, one.last) if day is not None]
    return bool(days) and (max(days) - min(days)).days <= _SITTING_DAYS


def _in_order(text: str, readings: tuple[Deadline, ...], *, calendar: bool) -> bool:
    """Whether the clauses of `text` are steps that follow each other: each starting after
    the one before ends (or, items of a list after semicolons, apart: `_days_apart`), each
    its own step, their years all written or all the plan's, or the plan's only where the
    list's order leaves no other year (`orderyear`: then told in order, never apart)."""
    mixed = len({one.year_from_plan for one in readings}) != 1
    if mixed and not years_by_order(readings):
        return False
    if len({fold(one.label or "").lower() for one in readings}) != len(readings):
        return False
    if _SITTING.search(fold(text).lower()) and not _one_sitting(readings):
        return False
    if not _rounds_in_order(readings, calendar=calendar):
        return False
    if not mixed and _days_apart(readings) and _listed(text, readings):
        return True
    # each step after the one before, not inside it: "Từ ngày 10-14/6/2024, Đại biểu HĐND
    # tỉnh … và Đại biểu HĐND thành phố … tổ chức tiếp xúc cử tri trước kỳ họp thường lệ giữa
    # năm 2024" (Tuy Hòa, 2024) cut at its "và" is one meeting and the session it precedes,
    # whose half-year holds the meeting's days: no second milestone
    return all(_follows(earlier, later, calendar=calendar) for earlier, later in pairwise(readings))


def _follows(earlier: Deadline, later: Deadline, *, calendar: bool) -> bool:
    """Whether the step `later` starts after `earlier` ends; or, in a `calendar`, a span of
    days on the day it ends and runs past it: "ngày 5 -10/12 đánh đất, ngày 10 - 15/12 xuống giống"
    (zu-htxhoatien1-lich-thoi-vu-dong-xuan-2017-2018), the land made ready to the day the seed
    goes in, never a step held inside the one before."""
    if earlier.last is None:
        return False
    if (later.first or later.last or earlier.last) > earlier.last:
        return True
    if not calendar:
        return False
    spans = all(one.kind is DeadlineKind.WINDOW and one.first for one in (earlier, later))
    return (
        spans
        and later.first == earlier.last
        and later.last is not None
        and later.last > earlier.last
        and earlier.first is not None
        and earlier.first < earlier.last
    )


def _listed(text: str, readings: tuple[Deadline, ...]) -> bool:
    """Whether the clauses `readings` were read from are items of one list in `text`, each
    after a semicolon: a step joined by "và", "," or "để" may be the next of a chain ("trình
    UBND tỉnh trước ngày 15/11/2021 để tổng hợp, gửi Ban Tuyên giáo trước ngày 10/11/2021",
    test_deadline_forms_g: a step due before the one it follows), never read out of order."""
    at = 0
    for earlier, later in pairwise(one.phrase for one in readings):
        end = text.find(earlier, at) + len(earlier)
        at = text.find(later, end)
        if end < len(earlier) or at < 0 or ";" not in text[end:at]:
            return False
    return True


# words that tell a day changed or set against another: "Ban đầu, kế hoạch đặt ra là hoàn
# thành chương trình vào năm 2030, tuy nhiên … rút ngắn thời hạn … xuống ngày 31/10/2025"
# (zf-thieunien): the later day told second replaces the first, no two milestones
_CHANGED = re.compile(
    r"(?<!\w)(?:ban\s+đầu|trước\s+đây|tuy\s+nhiên|nhưng|rút\s+ngắn|điều\s+chỉnh|thay\s+đổi"
    r"|sớm\s+hơn|muộn\s+hơn)(?!\w)"
)


def _days_apart(readings: tuple[Deadline, ...]) -> bool:
    """Whether the steps' days are apart in one year, none overlapping another, and no word
    tells a day changed (`_CHANGED`): then none can hold or replace another, and their order
    on the page says nothing of them. Groups told one after the other each with its own day
    ("Các bậc mầm non và tiểu học tựu trường vào ngày 19/8/2019; các bậc THCS, THPT và hệ
    GDTX tựu trường vào ngày 5/8/2019", o-vietnamnet-bac-lieu), a framework's steps told by
    theme ("hoàn thành tuyển sinh các lớp đầu cấp trước ngày 31/7/2026; thi tốt nghiệp …
    diễn ra trong ngày 11 và ngày 12/6/2026", zn-docnhanh) are each a milestone of its own."""
    spans = sorted((one.first, one.last) for one in readings if one.first and one.last)
    if len(spans) != len(readings) or len({day.year for span in spans for day in span}) != 1:
        return False
    if any(_CHANGED.search(nfc(one.phrase).lower()) for one in readings):
        return False
    if _closed_before_opened(readings):
        return False
    # two due times out of order are an aim and its limit, or targets of one figure ("đến
    # hết Quý II/2026 đạt 59%; đến hết Quý I/2026 phấn đấu đạt 26%", test_deadline_forms_x):
    # which is the deadline of what? one of each pair told backwards must be an event
    for earlier, later in pairwise(readings):
        if (
            earlier.last
            and later.last
            and later.last < earlier.last
            and not _an_event(earlier, later)
        ):
            return False
    return all(earlier[1] < later[0] for earlier, later in pairwise(spans))


_OPENS = re.compile(r"(?<!\w)(?:khai\s+mạc|khai\s+giảng)(?!\w)")
_CLOSES = re.compile(r"(?<!\w)(?:bế\s+mạc|bế\s+giảng)(?!\w)")


def _closed_before_opened(readings: tuple[Deadline, ...]) -> bool:
    """Whether a closing is dated before an opening ("khai mạc … ngày 11/12/2025; bế mạc …
    ngày 10/12/2025", test_deadline_forms_p): one of the two days is misprinted."""
    opened = [one.last for one in readings if one.last and _OPENS.search(nfc(one.phrase).lower())]
    closed = [one.last for one in readings if one.last and _CLOSES.search(nfc(one.phrase).lower())]
    return bool(opened and closed) and min(closed) < max(opened)


def _an_event(*readings: Deadline) -> bool:
    """Whether one of `readings` is a schedule's event told with its day (`_SCHEDULE_STEP`)."""
    return any(_SCHEDULE_STEP.search(nfc(one.phrase).lower()) for one in readings)


def _rounds_in_order(readings: tuple[Deadline, ...], *, calendar: bool) -> bool:
    """Whether the rounds the steps number ("đợt 1: …; đợt 2: …") follow each other, one by
    one, as their days do; steps that number no round pass. One step numbered and another
    not, or "đợt 2 …, đợt 1 …", and the clauses may not be the rounds of one schedule; in a
    `calendar`, one round named at the list's head holds the steps after it."""
    numbers = [_round_number(one.label or "") for one in readings]
    if all(number is None for number in numbers):
        return True
    if calendar and _round_heads_all(readings, numbers):
        return True
    if any(number is None for number in numbers):
        return False
    return all(
        later == earlier + 1
        for earlier, later in pairwise(number for number in numbers if number is not None)
    )


# a round named at the head of the list, before its first step's words: "Đợt 1: đăng ký từ
# 24/1 đến 23/2, công bố kết quả 17/4" (za-24h-lich-thi-dgnl-2026), "Đợt 2 nhận đăng ký từ
# ngày 18-4 đến 25-4, tổ chức thi ngày 24-5 … và công bố kết quả vào ngày 6-6" (zv-nghean24h):
# the steps after it, numbering no round, are the same round's (folded)
# ... a plain round, never one of a year named ("Đợt 2 năm tới nhận đăng ký …", "Lần 2 năm
# kế …", "Đợt 1 năm học tới …": g61b), whose steps' days are that year's, not the plan's
_ROUND_HEAD = re.compile(
    r"[\s•*+-]*(?:dot|giai\s+doan|lan)\s+(?:\d{1,2}|i{1,3}|iv|v)\b"
    r"(?!\s*[:,(-]?\s*(?:nam|nien|vu|mua|ky|khoa)\b)",
    re.ASCII,
)


def _round_heads_all(readings: tuple[Deadline, ...], numbers: list[int | None]) -> bool:
    """Whether only the first step numbers a round, named at the head of the list's first
    clause (`_ROUND_HEAD`): the steps after it are that round's own."""
    if numbers[0] is None or any(number is not None for number in numbers[1:]):
        return False
    return _ROUND_HEAD.match(fold(readings[0].phrase).lower()) is not None


def _round_number(label: str) -> int | None:
    found = list(_ROUND.finditer(fold(label).lower()))
    if len(found) != 1:
        return None
    said = found[0]["n"]
    return int(said) if said.isdigit() else _ROMAN[said]
