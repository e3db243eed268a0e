"""How the parts of one deadline phrase join: a start bound with its end, a duration.

"bắt đầu từ tháng 4/2027, hoàn thành trước ngày 30/6/2027" is one window; "Thực hiện trong 3
tháng, …" must last exactly the window read; "là 25 ngày, bắt đầu từ ngày 01/04/2019" is the
window those days span; "không quá 4 ngày" is kept as the gloss; a start bound with no end
("tựu trường từ 28/8/2025") is no deadline (`combine`).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.base.text import fold, nfc, spelled, unaccent, unmarked
from kehoach.dates.councilyear import names_a_council
from kehoach.dates.found import Decided, Found, window_found
from kehoach.dates.grammar import ONE_DAY, Span, Unreadable, after, month_end, show
from kehoach.dates.hedged import GUESSED
from kehoach.dates.label import crossed_new_year, year_unlike_its_time
from kehoach.dates.reading import DeadlineKind


def combine(read: list[tuple[str, list[Found]]], said: list[str] | None = None) -> list[Found]:
    """Join a start bound with the deadline after it into one window; check durations.
    `said`: each part's folded text, beside `read`, where the caller has it."""
    out: list[Found] = []
    durations: list[Found] = []
    start: Found | None = None
    caps: list[str] = []
    for index, (role, found) in enumerate(read):
        if role == "cap":
            caps += [one.gloss or "" for one in found]
        elif role == "duration":
            durations.extend(found)
        elif role == "start":
            out += _before_another_start(start, found[0])
            start = found[0]
        # a bare start splits only from the one part after it, the phrase's last ("…, công bố
        # kết quả ngày 20/7, kéo dài đến ngày 30/7": three parts, refused as on main)
        elif start is not None and _another_step(start, found, _last_part(said, index)):
            out += [_open_start(_start_named(start)), *found]  # "tựu trường từ 9/9 và khai …"
            start = None
        elif start is not None:
            out.append(_start_to_end(start, found))
            start = None
        else:
            out.extend(found)
    if start is not None:
        return _last_start(start, out, durations)
    out = _end_restated(out)
    for duration in durations:
        out = _labelled_by(duration, _check_duration(duration, out))
    if caps:  # "không quá 4 ngày, tổ chức trước ngày 31/10/2025": the event's length
        if len(out) != 1:
            raise Unreadable(f"“{caps[0]}” không rõ thuộc thời hạn nào")
        note = "; ".join(caps + ([out[0].gloss] if out[0].gloss else []))
        out = [out[0]._replace(gloss=note)]
    return out


# the words that open the end of the same work: "bắt đầu từ ngày 5-9 và kết thúc năm học
# trước ngày 24-5-2025", "…, hoàn thành trước ngày 30/6/2027", "… và kéo dài đến hết ngày …",
# or only joining words left of them ("…, và sẽ kết thúc vào 25-5-2018": the step "và"),
# "dự kiến" (expected) among them, an end foreseen as any "dự kiến" is read: "Chương trình triển
# khai từ ngày 22/11, dự kiến kéo dài đến hết ngày 15/12, tại các trung tâm tiêm chủng VNVC …"
# (VnExpress, 2025; zh-vnexpress-vnvc-tiem-vaccine-vung-lu-2025).
# Matched folded, whatever the diacritics: "Hoc ky 2 bat dau tu 8-1-2018, va se ket thuc vao
# 25-5-2018" (g-anhp-hai-phong as typed bare) is the window the accented phrase reads, not a
# start and a day of two steps. Where the marks decide the word they are read (`_SPELLED`):
# "tối" (evening), "đèn", "thi" (exam), "hệt" are no end words
_ENDS = r"ket\s+thuc|hoan\s+thanh|xong|den|toi|keo\s+dai|het"
_END_WORDS = re.compile(
    rf"(?P<joined>(?:(?:va|se|thi|duoc|du\s+kien)\b\s*)*)(?:(?P<end>{_ENDS})\b|\Z)",
    re.ASCII,
)
# ... and, after a bare "bắt đầu từ" (`_a_step_on_its_day`), the words that make the day after
# it a due day or a close, anywhere in its part: a time word before the day ("đến", "trong",
# "trước", "chậm nhất"), a due or closing word ("hạn nộp", "ngày kết thúc là", "đóng cổng
# đăng ký", "khóa sổ", "bế mạc"). Folded: a word whose fold is also one of these ("tối",
# "đèn", "hàn") keeps the one window, as main read it; a close is never a step of its own
_CLOSES = re.compile(
    rf"\b(?:{_ENDS}|trong|truoc|cham\s+nhat|muon\s+nhat|muon\s+hon|khong\s+qua|han"
    r"|thoi\s+diem|ngay\s+cuoi|cuoi\s+cung"
    r"|be\s+mac|be\s+giang|dong\s+cong|dong\s+cua|khoa\s+so|khep\s+lai|cuoi\s+dot"
    r"|dot\s+cuoi|lan\s+cuoi"
    # ... a close in other words: "tận ngày 20/7" (up to), "khép sổ", "đóng đợt tuyển sinh",
    # "đóng ngày 20/7", "tắt cổng", "khóa cổng", "chốt danh sách" (each split into a start and a
    # step on the merge; main's one window stands, g63's brief)
    r"|tan|khep|dong|tat|khoa|chot)\b",
    re.ASCII,
)
# ... and a step told as a guess or provisional ("có thể công bố kết quả ngày 20/7", "cán bộ
# có thể nộp hồ sơ", "tạm thời công bố"): no firm milestone of its own, so no split (g63's
# brief), and no window from the start either: refused (e64's brief). As printed: "trung tâm"
# (the centre) folds to "tam" too, and is a step of its own (main's one window, which g63
# kept only for that fold, is the wrong reading "công bố kết quả ngày 20/7" was split from)
# ... and one only likely, or done over days ("có khả năng công bố", "khả năng sẽ công bố",
# "lần lượt công bố", "dần công bố": read as due on their day, te64's report)
_LIKELY_STEP = r"(?:có\s+)?khả\s+năng|lần\s+lượt|dần|từng\s+bước"
# ... and one dropped, withdrawn or denied ("Từ ngày 1/7 và bỏ công bố kết quả ngày 20/7",
# "… và rút công bố …", "… và không công bố …": the merge's tester, session 64): no step is
# due that day. As printed only: bare, "bo" is also "công bố" and "Bộ", "huy" "huy động"
_DROPPED_STEP = r"(?:lược\s+)?bỏ(?!\s+phiếu)|rút|hủy|huỷ|hoãn|không|chưa"
_HEDGED_STEP = re.compile(
    rf"(?i)(?<!\w)(?:{GUESSED}|có\s+thể|tạm(?:\s+thời)?|{_LIKELY_STEP}|{_DROPPED_STEP})(?!\w)"
)
_HEDGED_STEP_BARE = re.compile(
    rf"\b(?:{unaccent(GUESSED)}|co\s+the|tam(?:\s+thoi)?|{unaccent(_LIKELY_STEP)})\b", re.ASCII
)
# two steps joined by "và" before the day ("nhận hồ sơ và công bố kết quả ngày 20/7"): the
# first runs from the start, only the second falls on the day; no split, main's one window
# (te64's report)
_TWO_STEPS = re.compile(r"(?<![a-z])va(?![a-z])", re.ASCII)
# the part of a step done on its day: the step's words, then the day said "ngày", "vào ngày",
# "là ngày" and nothing after it ("và công bố kết quả ngày 20/7", ", nghiệm thu vào ngày 20/7").
# One space between words: a time of day read apart leaves blanks ("tổng kết vào 9 giờ ngày
# 20/7"), which the two milestones cannot hold; it stays one window, as main read it
_ON_ITS_DAY = re.compile(
    r"[\s,;]*(?:va )?(?P<step>[a-z]+(?: [a-z]+)*) (?:(?:vao|la) )?(?:ngay )?"
    r"\d{1,2}\s*(?P<mark>[/.-])\s*\d{1,2}(?:\s*(?P=mark)\s*\d{4})?[\s.;]*",
    re.ASCII,
)
# ... but an end said as an event ("và sẽ kết thúc khi có bản tin cuối cùng; các tàu phải về
# bờ trước 17 giờ ngày 24-9-2025", the ban on sailing of Quảng Ninh for storm no. 9, 2025, as
# session 56's fresh tester wrote it): the work ends on the event, and the day after it is
# another step's, never the end of a window from the start
# ... said any way ("sau khi", "ngay khi", "tùy diễn biến", "trong trường hợp …", "nếu",
# "chừng nào": the testers' later passes), then a clause of its own ("…; các tàu …", "…, các
# tàu …"), or a sentence of its own after the end words ("và sẽ kết thúc; các tàu …"). As
# printed ("không khí" is no "khi"); never "theo" ("kết thúc theo kế hoạch vào ngày …"), an
# event with no clause after it ("kết thúc khi hết ngày 30/9/2025", "… trong trường hợp đủ
# chỉ tiêu, chậm nhất 30/9/2025": the day is the same work's end), nor a comma listing the
# same work's steps ("hoàn thành công tác xét tặng giải thưởng, gửi hồ sơ lên …")
_AT_AN_EVENT = re.compile(
    r"(?i).*?(?:(?<!\w)(?:khi|tùy|tuỳ|trường\s+hợp|nếu|chừng\s+nào)(?!\w).*?[,;:]|[;:])\s*\w"
)
_SPELLED = {
    "joined": frozenset({"và", "sẽ", "thì", "được", "dự kiến"}),
    "end": frozenset({"kết thúc", "hoàn thành", "xong", "đến", "tới", "kéo dài", "hết"}),
}


def _another_step(start: Found, found: list[Found], part: str = "") -> bool:
    """Whether a start bound and the deadline after it name two steps of their own
    ("tựu trường sớm nhất từ ngày 9/9 và khai giảng đồng loạt vào ngày 12/9", Hậu Giang
    2021: the pupils gather from the 9th, the year opens on the 12th): never one window from
    the one's start to the other's day. An end said in end words is the same work's.
    A start said "bắt đầu từ" with no step of its own is the start of the work the text is
    about, and a step after it with a day of its own is still another step: "Bắt đầu từ ngày
    1/7 và công bố kết quả ngày 20/7" starts on the 1st and publishes on the 20th, never one
    window of publishing from the 1st (session 63), when that step is done on its day
    (`_a_step_on_its_day`). So is a start said "từ", "kể từ", "tính từ" alone, a day's or a
    month's: "Từ ngày 1/7 và công bố kết quả ngày 20/7", "Kể từ ngày 1/7 và …" (main read one
    window of publishing from the 1st; session 64's brief e64: the same rule, whatever the
    start's words)."""
    label = found[0].label if len(found) == 1 else None
    if label is None:
        return False
    ends = _END_WORDS.match(fold(label))
    if ends and ends["end"] and _AT_AN_EVENT.match(nfc(label), ends.end()):
        raise Unreadable(  # "…, các tàu phải về bờ trước 17 giờ ngày 24-9-2025": the ships'
            f"“{label} …”: việc bắt đầu trước đó kết thúc theo một sự kiện hay một vế khác, "
            "không vào ngày ghi sau; ngày đó là hạn của việc khác: ghi mỗi việc một mốc "
            "(deadlines)"
        )
    if start.label is None and not _a_step_on_its_day(part, label):
        return False  # "Bắt đầu từ ngày 1/7 và nhận hồ sơ đến ngày 20/7": one window
    return ends is None or not all(
        spelled(label, ends, group, words) for group, words in _SPELLED.items()
    )


def _last_part(said: list[str] | None, index: int) -> str:
    """The folded text of part `index` when it is the phrase's last part, else ""."""
    return said[index] if said and index == len(said) - 1 else ""


def _a_step_on_its_day(part: str, label: str) -> bool:
    """Whether the part after a bare "bắt đầu từ" names a step done on its day (the day
    said "ngày", "vào ngày", "là ngày") in words with no due or closing word (`_CLOSES`):
    "và công bố kết quả ngày 20/7" is another step; "và nhận hồ sơ đến ngày 20/7", ", hạn
    nộp ngày 20/7", "và khóa sổ ngày 20/7", "và báo cáo kết quả trước ngày 20/7" close the
    work begun, one window (its last day is the due day all the same), as main read them
    (session 63's second pass). A step told provisional or only possible (`label`, as
    printed: `_hedged_step`) is refused: "Bắt đầu từ ngày 1/7, tạm công bố kết quả ngày
    20/7" is no window of publishing from the 1st (main's reading, kept by session 63), nor
    a firm milestone of its own (session 64's brief e64)."""
    on_its_day = _ON_ITS_DAY.fullmatch(part)
    if on_its_day is None or _CLOSES.search(on_its_day["step"]):
        return False
    if _TWO_STEPS.search(on_its_day["step"]):
        return False
    if said := _hedged_step(label):  # the reason stands over the whole phrase's
        raise Decided(
            f"“{said} …” sau mốc bắt đầu: bước này chỉ tạm thời, có thể xảy ra hoặc bị bỏ, "
            "chưa phải mốc chắc chắn, và cũng không phải ngày kết thúc của việc bắt đầu; không đoán: ghi "
            "last_day (và first_day) theo văn bản khi có lịch chính thức"
        )
    return True


def _hedged_step(label: str) -> str | None:
    """The words that tell the step `label` provisional or only possible, as printed
    (`_HEDGED_STEP`, or `_HEDGED_STEP_BARE` where the label is typed without marks), or
    None: "tạm công bố", "có thể nộp"; never "trung tâm công bố" (the centre publishes),
    which reads "tam" folded."""
    if unmarked(label):
        found = _HEDGED_STEP_BARE.search(fold(label))
    else:
        found = _HEDGED_STEP.search(nfc(label))
    return nfc(label)[slice(*found.span())] if found else None


def _start_named(start: Found) -> Found:
    """A start said "bắt đầu từ" with no step of its own, named by those words beside
    another step's day ("Bắt đầu từ ngày 1/7 và công bố kết quả ngày 20/7"): the work the
    text is about begins then, a milestone of its own."""
    return start if start.label is not None else start._replace(label="Bắt đầu")


def _before_another_start(start: Found | None, following: Found) -> list[Found]:
    """The start read before another start, as an open start, when both name steps of their
    own: "Tựu trường đối với giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên sớm
    nhất là ngày 28/8/2023, riêng đối với lớp 1 tựu trường sớm nhất là ngày 21/8/2023"
    (Đồng Nai, 2023): each group gathers from its own day. Without a step of its own, the
    second start may restate the first ("từ 1/3, từ ngày 1/3/2027"): refused."""
    if start is None:
        return []
    if start.label is None or following.label is None:
        raise Unreadable("hai mốc bắt đầu liền nhau")
    return [_open_start(start)]


def _last_start(start: Found, out: list[Found], durations: list[Found]) -> list[Found]:
    """The start read last: the second of two steps' starts (after an open start, see
    `_before_another_start`), else a start alone (`_start_alone`)."""
    if out and out[-1].earliest is not None and out[-1].last is None and start.label:
        return [*out, _open_start(start)]
    if _another_group_starts(start, out, durations):
        return [*out, _open_start(start)]
    return [_start_alone(start, out, durations)]


# The words that name the step of a start after a day as another group's or another case's:
# "riêng lớp 1 từ 30/8", "riêng đối với lớp 1 từ ngày 22/8/2023", "trường hợp nhận tiền mặt
# thực hiện chi trả từ ngày 5/2/2026", "tựu trường sớm nhất từ 22/8" after "khai giảng vào
# ngày 5/9"
_ANOTHER_GROUP = re.compile(r"(?:rieng|truong\s+hop|doi\s+voi|con)\b", re.ASCII)


def _another_group_starts(start: Found, out: list[Found], durations: list[Found]) -> bool:
    """Whether a start after one day is a step of its own, read as its start bound beside
    that day ("Cả nước tổ chức khai giảng vào ngày 5/9, tựu trường sớm nhất từ 22/8", Đọc
    nhanh 2025; "1/9 (riêng lớp 1 từ 30/8)"): the lead's ruling of session 33, a start without
    an end is `{earliest}`. Only after one day (no window: the start may be its end's) with
    no length beside it, and a step of its own: named beside a day that names its own, or
    another group's ("riêng …", "trường hợp …", `_ANOTHER_GROUP`)."""
    if durations or len(out) != 1 or start.label is None or out[0].kind is not DeadlineKind.DATE:
        return False
    if out[0].first != out[0].last or out[0].last is None or start.first is None:
        return False
    own = fold(start.label)
    ends = _END_WORDS.match(own)
    if ends is not None and ends.group().strip():
        return False  # "…, kết thúc từ …", "…, đến …": the same work's end
    return out[0].label is not None or _ANOTHER_GROUP.match(own.strip(" ,;:(")) is not None


def _end_restated(out: list[Found]) -> list[Found]:
    """ "Từ tháng 01 đến tháng 5 năm 2025, hoàn thành trước ngày 31/5/2025" (Kế hoạch Đại hội
    TDTT tỉnh Yên Bái lần X): a day that only restates the last day of the window just before
    it is that window's deadline, not a second one. A day with its own step, time or words
    stays a deadline of its own; a different day stays two (a step after the window)."""
    kept: list[Found] = []
    for one in out:
        before = kept[-1] if kept else None
        if (
            before is not None
            and before.kind is DeadlineKind.WINDOW
            and one.kind is DeadlineKind.DATE
            and one.last == before.last
            and not (one.label or one.time or one.gloss or one.qualifier or one.recurrence)
        ):
            continue
        kept.append(one)
    return kept


def _start_alone(start: Found, out: list[Found], durations: list[Found]) -> Found:
    """A start bound no end followed: open ("tựu trường từ 28/8/2025"), or the first day of
    a length beside it ("là 25 ngày, bắt đầu từ ngày 01/04/2019")."""
    if out:
        raise Unreadable(
            f"“{start.reading}” chỉ là mốc bắt đầu, không phải hạn cuối; "
            "nếu văn bản có hạn, ghi last_day (và first_day)"
        )
    return _counted_from(start, durations) if durations else _open_start(start)


def _counted_from(start: Found, durations: list[Found]) -> Found:
    """ "Thời gian thu thập thông tin … là 25 ngày, bắt đầu từ ngày 01/04/2019" (Quyết định
    772/QĐ-TTg): N units from the start day, that day the first of them (01/04 … 25/04/2019,
    as the census's own "kết thúc chậm nhất vào ngày 25-4-2019" says). Only from a day the
    phrase says the work begins on ("bắt đầu từ ngày D"); "kể từ ngày D" counts from the
    day after (Bộ luật Dân sự 2015, Điều 147), and a month ("từ tháng 4") has no first day:
    both refused, as are working days (the holidays would decide the end)."""
    if len(durations) != 1 or start.first is None or not start.counts_from:
        raise Unreadable(
            f"“{start.reading}” chỉ là mốc bắt đầu, không phải hạn cuối; một độ dài chỉ được "
            "tính từ ngày ghi “bắt đầu từ ngày …”; ghi last_day (và first_day)"
        )
    duration = durations[0]
    count, unit = int(duration.reading.split()[0]), str(duration.qualifier)
    last = after(start.first - ONE_DAY, count, unit)  # a month from 31/01 ends 28/02
    span = Span(start.first, last, "", start.year_inferred)
    words = f"{duration.reading} bắt đầu từ ngày {show(start.first)}, tính cả ngày đầu"
    # the start is the one day written: a weekday beside it names it ("bắt đầu từ 08h00’ ngày
    # 06 tháng 12 năm 2023 (Thứ Tư)", HĐND tỉnh Hải Dương), checked against it
    found = window_found(span, words)._replace(
        earliest=start.first, label=start.label, written=start.first
    )
    return _labelled_by(duration, [found])[0]


def _labelled_by(duration: Found, out: list[Found]) -> list[Found]:
    """The step named before a length ("Thời gian thu thập thông tin … trong 25 ngày") is the
    step of the one window the length belongs to, and a year it names must be the window's;
    two steps are refused."""
    if duration.label is None:
        return out
    if len(out) != 1 or out[0].label is not None:
        raise Unreadable(f"“{duration.label}” và thời hạn đi kèm có tên bước khác nhau")
    window = out[0]
    for year in duration.named_years:  # "… Tổng điều tra năm 2019 là 25 ngày, bắt đầu …"
        if (
            window.first is None
            or window.last is None
            or year
            not in (
                window.first.year,
                window.last.year,
            )
        ):
            raise year_unlike_its_time(year)
    return [window._replace(label=duration.label)]


def _open_start(start: Found) -> Found:
    """ "tựu trường từ 28/8/2025", "sớm nhất là ngày 18/9": a start bound with no end. It
    is no deadline (issue 11 §1): `earliest` holds the day, `first` and `last` stay empty,
    so nothing counts lateness from it; a milestone refuses it (`parse_deadline`)."""
    reading = (
        f"mốc bắt đầu: từ {start.reading}; không phải hạn cuối, văn bản không nêu ngày phải xong"
    )
    # a start on one day keeps it as written, for a weekday beside it to be checked ("bắt đầu
    # từ 08 giờ, ngày 12 tháng 02 năm 2026 (Thứ Năm)": a fresh user of session 39 saw it
    # refused as no day); a month's start ("từ tháng 02 năm 2026", read as its first day) has
    # no weekday, and its reading names the month, not the day
    written = start.first if start.first and show(start.first) in start.reading else None
    return start._replace(
        reading=reading, first=None, last=None, earliest=start.first, written=written
    )


def _start_to_end(start: Found, found: list[Found]) -> Found:
    if len(found) != 1 or found[0].last is None or start.first is None:
        raise Unreadable(f"sau mốc bắt đầu “{start.reading}” cần đúng một hạn cuối")
    end, first = found[0], start.first
    assert end.last is not None
    if end.label and not start.label and names_a_council(end.label):
        raise Unreadable(
            f"năm sau “{end.label}” là năm của kỳ xét, kỳ thi mà hội đồng được lập, không phải "
            "hạn cuối của việc: văn bản chỉ nêu ngày bắt đầu; ghi last_day (và first_day) theo "
            "văn bản"
        )
    if start.year_inferred and first > end.last:  # "từ ngày 8/9 … trước ngày 10/1/2026"
        first = _year_before(first)
        crossed_new_year(first, end.last)
        start = start._replace(reading=show(first))
    if first > end.last:
        raise Unreadable(f"ngày bắt đầu {show(first)} sau hạn cuối {show(end.last)}")
    # a period's start ends on or after its first day: "bắt đầu trong quý I, hoàn thành trước
    # ngày 1-1-2026" (the merge's tester, fresh53: read as the one day 01/01) says no window
    if show(first) not in start.reading and end.last <= first:  # a month's, a quarter's
        raise Unreadable(f"hạn cuối {show(end.last)} là ngày đầu của kỳ bắt đầu “{start.reading}”")
    reading = (
        f"khoảng {show(first)} – {show(end.last)} (bắt đầu từ {start.reading}, "
        f"hạn cuối {show(end.last)}); tính trễ hạn từ ngày cuối"
    )
    return end._replace(
        kind=DeadlineKind.WINDOW,
        first=first,
        earliest=first,
        reading=reading,
        label=start.label or end.label,
    )


def _year_before(day: date) -> date:
    return day.replace(year=day.year - 1, day=min(day.day, month_end(day.year - 1, day.month).day))


def _check_duration(duration: Found, out: list[Found]) -> list[Found]:
    """ "Thực hiện trong 3 tháng": the window read must last exactly that long, counted
    either way `length_agrees` allows; said in the reading when not with its first day."""
    count, unit = int(duration.reading.split()[0]), duration.qualifier
    if len(out) != 1 or out[0].first is None or out[0].last is None:
        raise Unreadable(f"“trong {duration.reading}” không kèm một khoảng thời gian rõ")
    first, last = out[0].first, out[0].last
    note = length_agrees(count, str(unit), first, last)
    if note is None:
        raise Unreadable(
            f"“trong {duration.reading}” không khớp khoảng {show(first)} – {show(last)}"
        )
    return [with_count_note(out[0], note)]


def length_agrees(count: int, unit: str, first: date, last: date) -> str | None:
    """Whether `count` `unit` ("90 ngày", "3 tháng") is the length of the window first ..
    last, both days written: counted with its first day, as if from the day before it
    ("trong 91 ngày, từ 01/9 đến 30/11"; a month from 31/1 ends 28/2, not 27/2), months from
    a month's first day being whole months ("1 tháng (từ 1/7 đến 31/7)", never 30/7: session
    51's tester, "trong thời hạn 1 tháng (từ ngày 1/7 đến hết ngày 30/7 hàng năm)" read, as
    if counted from 30/6) -> "";
    counted from the day after it, as Bộ luật Dân sự 2015, Điều 147 counts a period ("90
    ngày, bắt đầu từ ngày 01/9/2025 đến ngày 30/11/2025", Kế hoạch 197/KH-UBND Thanh Hóa)
    -> a note saying so, for the reading; None when neither (one of the two is wrong, and
    the caller refuses; `with_count_note` keeps it). The days written are the reading
    either way: the count only confirms them, so the convention it was counted by moves no
    day. A count below one ("0 ngày") is no length of a window."""
    if count < 1:
        return None
    if _counted_with_first_day(count, unit, first, last):
        return ""
    if after(first, count, unit) != last:
        return None
    both = f" ({(last - first).days + 1} ngày nếu tính cả ngày đầu)" if unit == "ngày" else ""
    return f"{count} {unit} tính từ ngày sau {show(first)} (Bộ luật Dân sự 2015, Điều 147){both}"


def _counted_with_first_day(count: int, unit: str, first: date, last: date) -> bool:
    """Whether first .. last lasts `count` `unit` counted with its first day: from the day
    before it, but months or years from a month's first day, which are whole months (a
    month counted from 30/6 ends 30/7, yet July is one month: `_whole_months`)."""
    if unit in ("tháng", "năm") and first.day == 1:
        return _whole_months(count * (12 if unit == "năm" else 1), first, last)
    return after(first - ONE_DAY, count, unit) == last


def _whole_months(count: int, first: date, last: date) -> bool:
    """Whether first .. last is `count` whole calendar months ("1 tháng (từ 1/7 đến
    31/7)"), `first` a month's first day."""
    years, month = divmod(first.month + count - 2, 12)
    return last == month_end(first.year + years, month + 1)


def school_weeks_agree(weeks: int, first: date, last: date) -> str | None:
    """ "Thời gian học (5 tuần): Từ 26/6/2023 đến 28/7/2023" (Đại học Tân Trào, the summer
    term 2023: zq-ttn-hoc-he-thi-lai-hoc-ky-2-2022-2023, refused before tune-zq), "Đợt 1 từ
    ngày 06/4 đến ngày 11/4/2026 (01 tuần): …" (VnEconomy on Quốc hội khóa XVI's first
    sitting: u-vneconomy-qh-xvi-ky-hop-thu-nhat-hai-dot, session 45): weeks of classes,
    office or sitting days, Monday to Friday or Saturday, the window from the first week's
    Monday to the last week's Friday or Saturday -> its note; any other span -> None. Only a
    count in parentheses next to the window, a schedule line's gloss (before it or right
    after it): "trong thời gian 1 tuần, từ …" is a length in whole weeks (`length_agrees`,
    test_deadline_forms_wide)."""
    if weeks < 1 or first.weekday() != 0 or last.weekday() not in (4, 5):
        return None
    if (last - first).days // 7 != weeks - 1:
        return None
    end = "thứ Sáu" if last.weekday() == 4 else "thứ Bảy"
    return f"{weeks} tuần học, làm việc: thứ Hai {show(first)} đến {end} {show(last)}"


def length_unlike(count: int, unit: str, first: date, last: date) -> str | None:
    """The refusal of a count of `unit` before a window written with both its days that
    `length_agrees` does not confirm but misses by at most `NEAR_MISS` days, as a press item
    or a notice prints it: "Thời gian niêm yết:20 ngày, kể từ ngày 11-4-2018 đến hết ngày
    2-5-2018" (22 days by the calendar), "phong trào thi đua 30 ngày đêm … từ ngày 15/7/2025
    đến 15/8/2025", "kéo dài trong 3 tháng, bắt đầu từ ngày 20/12/2025 đến hết ngày
    18/3/2026". The count may be a rounded figure or one of the days a typo: reading the
    window would pass over the disagreement, reading the count would move a day (issue 11:
    never a silent wrong date). None when the count is far from the window: a length inside
    it ("tổ chức 01 ngày, trong khoảng từ ngày 28/6 đến 06/7/2021") or a count of something
    else ("sớm 15 ngày so với năm 2025"), which the caller words as it did."""
    if count < 1:
        return None
    misses = min(
        abs((after(first - ONE_DAY, count, unit) - last).days),
        abs((after(first, count, unit) - last).days),
    )
    if misses > NEAR_MISS:
        return None
    days = (last - first).days + 1
    return (
        f"“{count} {unit}” trước khoảng {show(first)} – {show(last)} không khớp độ dài của "
        f"khoảng ({days} ngày theo lịch, tính cả ngày đầu): số đếm làm tròn hoặc một ngày viết "
        "sai; không đoán, hãy ghi first_day và last_day theo văn bản"
    )


NEAR_MISS = 3  # days: "20 ngày" over 22, "3 tháng" from 20/12 to 18/3; a week off is no rounding


def with_count_note(found: Found, note: str) -> Found:
    """`found` with the convention its count agreed by (`length_agrees`) kept in its gloss:
    part of the meaning, so "24 ngày" and "25 ngày" over the same days read differently."""
    if not note:
        return found
    return found._replace(gloss=f"{found.gloss}; {note}" if found.gloss else note)
