"""A time moved, with the old time and the new one in one sentence: the lead's convention 2
(session 22). The new time reads; the old one is never read: its words are cut from the
phrase before it is read, and kept as the reading's gloss, only where the sentence says
without doubt which time is the new one:

- "… D2, thay vì D1 …" / "thay cho lịch cũ D1" (instead of): the clause after "thay vì" or
  "thay cho", to its comma, holds the old time;
- "(điều chỉnh, lùi, dời, chuyển …) từ D1 sang D2": the time after "từ" is the old one;
- "D1 … (chuyển, lùi, dời, hoãn) sang/tới D2", "dự kiến D1 - lùi D2": the time before the
  word that moves it is the old one, the time right after it the new one.

Anything else (two times and no such words, a move word with no time right after it) is
left for the grammar, which refuses a phrase with two times it cannot tell apart. The
called-off words with no new time are refused by `calledoff`.
Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, unmarked
from kehoach.dates.grammar import DAY_SHAPE, Unreadable, prepare

# A time as the moved sentences print it (folded): "ngày 25/8", "2/2/2020", "tháng 9/2021",
# "tháng 12//2021" (l-lai-chau: a doubled slash), "13-15/3", "ngày 15 tháng 10 năm 2016",
# "tháng 01/2027", "đầu tháng 6", "ngày 25 và 26/8", with a weekday in parentheses after it
_TIME = (
    r"(?:(?:cac\s+)?ngay\s+|(?:(?:dau|giua|cuoi)\s+)?thang\s+|quy\s+)?"
    r"(?:\d{1,2}\s*(?:[-–]|va)\s*)?"
    r"(?:\d{1,2}(?:\s*/+\s*|\s*-\s*)\d{4}(?!\d)"
    rf"|(?:{DAY_SHAPE})(?!\d)|(?<=ngay\s)\d{{1,2}}(?![\d/.-])|(?<=thang\s)\d{{1,2}}(?![\d/.-]))"
    r"(?:\s*\([^()]*\))?"
)
_TIME_AT = re.compile(_TIME, re.ASCII)
# "…, thay vì tổ chức vào ngày 25 và 26/8 như kế hoạch ban đầu" (Nghệ An, 2025), "thay cho lịch
# cũ 25/1, do trùng …" (VnExpress, 2026), "Cụ thể, thay vì công bố kết quả sơ bộ vào tháng
# 01/2027 như dự kiến ban đầu, mục tiêu mới là ngày 30/6/2026" (VnEconomy, 2026): to the
# clause's end; never inside parentheses (`asides._REPLACED` keeps those whole)
_INSTEAD = re.compile(r"(?:,\s*)?(?<![\w(])thay\s+(?:vi|cho)\b[^,;()]*", re.ASCII)
# ... or a part of the new time's month or year, its number left to it: "Hà Nội dự kiến sẽ lùi
# lịch thi xuống cuối tháng 6/2026, thay vì đầu tháng như thông lệ mọi năm" (24h, 2026:
# zh-24h, "đầu tháng" is early June, the old time)
_PART_INSTEAD = re.compile(r"^[^\d]*\b(?:dau|giua|cuoi)\s+(?:thang|quy|nam)\b[^\d]*\Z", re.ASCII)
# the words that move a time
_MOVE = r"(?:chuyen|lui|doi|hoan|dieu\s+chinh|thay\s+doi|gia\s+han)"
_MOVED_BEFORE = re.compile(rf"\b{_MOVE}\b", re.ASCII)
# "từ tháng 6/2025 sang tháng 8/2025" (Nghệ An, VB 6907/2025), "từ ngày 29/6/2021 (thứ Ba) sang
# ngày 30/6/2021 (thứ Tư)" (Hải Phòng, TB 245/2021)
_FROM_TO = re.compile(rf"\btu\s+(?P<old>{_TIME})\s+(?=sang\s)", re.ASCII)
# the move's own words beside a cut old time, cut with it so that no word left says a time
# moved (the label refuses "… dự kiến - lùi", `label._MOVED_LAST`): the verb right before "từ
# D1" and the "sang" after it ("Lịch thi được lùi từ ngày 15/3/2027 sang ngày 20/3/2027"), the
# move right after D1 and its dash ("dự kiến 15/02 - lùi 16/5/2020", z-bongro-giai-chay-hoan-
# covid-2020)
_VERB_BEFORE = re.compile(rf"\b{_MOVE}(?:\s+lai)?\s*\Z", re.ASCII)
_SANG = re.compile(rf"sang\s+(?={_TIME})", re.ASCII)
# the word moving a time right before the new one: "sẽ chuyển sang 10/1", "dời tới ngày 26/7",
# "hoãn tới tháng 10/2020", "lùi: 11/10/2020", "sang thứ bảy, ngày 10/1", "sang tập trung vào
# ngày 28/8" (Huế, 2025); only a weekday, "vào", "ngày" or the work's verb between
_TO_NEW = re.compile(
    r"(?:\b(?:chuyen|lui|doi|hoan)(?:\s+lai)?\s*:?\s*(?:sang|toi|vao)?|\bsang)"
    r"(?:\s*,?\s*(?:vao|thu\s+(?:hai|ba|tu|nam|sau|bay|\d)|chu\s+nhat|hoc\s+bu|tap\s+trung"
    r"|to\s+chuc|dien\s+ra))*\s*,?\s*"
    rf"(?={_TIME})",
    re.ASCII,
)
# what is no time: a number of a document, an ordinal ("lần thứ 12"), a count
_TIMES_LEFT = re.compile(r"\d+\s*/\s*\d{4}\s*/\s*[a-z]|lan\s+thu\s+\d+", re.ASCII)
# a condition or a choice before the move: the first time may still hold
_CONDITION = re.compile(r"\b(?:neu|truong\s+hop|khi|hoac|hay)\b", re.ASCII)
# the words before a time opening its sentence, the day news is told on (convention 1),
# never the old time: "Ngày 10/3/2027 UBND tỉnh điều chỉnh …", "Sáng 10/3, …", "1. "
_NEWS_DAY = re.compile(
    r"[\s\d.)-]*?(?:(?:sang|chieu|toi|trua|dem)\s+)?(?:(?:hom|ngay)\s+)?", re.ASCII
)
_SENTENCE = re.compile(r"[.;](?=\s|$)")
# ... unless the words right after it say that very day falls on a day off, so is the one
# moved: "ngày 15 tháng 10 năm 2016 trùng vào ngày thứ bảy nên được chuyển sang thứ 2 ngày 17
# tháng 10 năm 2016" (UBND tỉnh Hà Tĩnh, TB 364/2016 on the citizens' reception day, as Báo
# Mới prints it; j-2-baomoi-ha-tinh-tb-364-2016-tiep-cong-dan)
_THEN_MOVED = re.compile(r"\s*(?:nen\s+)?(?:(?:se\s+)?duoc\s+)?", re.ASCII)
_MOVE_WORDS = re.compile(r"(?:chuyen|lui|doi|hoan)(?:\s+lai)?\s*:?\s*(?:sang|toi)?", re.ASCII)
_FALLS_ON_A_DAY_OFF = re.compile(
    r"\s*(?:\([^()]*\)\s*)?trung\s+(?:vao\s+)?(?:ngay\s+)?(?:thu\s+(?:bay|7)|chu\s+nhat"
    r"|(?:ngay\s+)?(?:nghi|le|tet))\b",
    re.ASCII,
)


# ... but "từ D1 đến D2" after a word that moves a time: "lùi thời hạn nộp hồ sơ từ ngày 20/8
# đến ngày 22/8", "dời lịch thi từ ngày 20/8 đến ngày 22/8" (helper miscl2, session 50: read
# as the window 20-22/8) may be the old day and the new one ("từ … sang …" said loosely) or
# the new window; the words do not say which, so the phrase is refused
# the verb with the time it moves right after it ("lùi thời hạn", "dời lịch thi"): never the
# "chuyển" of "vận chuyển", the "đổi" of "hoán đổi ngày làm việc"; "điều chỉnh thời gian tổ
# chức … từ ngày 7-12 đến 10-12-2022" and "gia hạn thời gian nhận tác phẩm dự thi từ ngày
# 1/3/2025 đến hết ngày 25/4/2025" set the new span (z-baomoi, z-svhttdl-dong-thap, zq- read
# them so: an extension is the span the work is now open)
_MOVED_FROM_TO = re.compile(
    r"(?<![a-z])(?:lui|(?<!hoan\s)doi|chuyen|hoan)(?:\s+lai)?\s+"
    r"(?:thoi\s+(?:han|gian|diem)|lich|han|ngay)\b"
    rf"[^.;:()]{{0,80}}?\btu\s+{_TIME}\s+(?:den|toi)\s+(?:het\s+)?{_TIME}",
    re.ASCII,
)
# ... or the event itself, its span right after it: "Dời hội nghị từ ngày 15/4 đến ngày
# 20/4/2026" (b61's brief: read on main as the window 15-20/4). Never where a new span, place
# or form is named ("Dời hội nghị sang từ …", "Chuyển hội thảo lên Đà Lạt, tổ chức từ …",
# "Chuyển lễ hội từ … về quảng trường tỉnh": b61b, a fresh tester's, read on main), so the
# event runs straight to "từ" and nothing moves it on after the span
_MOVED_EVENT_FROM_TO = re.compile(
    r"(?<![a-z])(?P<verb>lui|(?<!hoan\s)doi|chuyen|hoan)(?:\s+lai)?\s+"
    r"(?:hoi\s+(?:nghi|thao|thi)|cuoc\s+hop|buoi\s+hop|phien\s+hop|ky\s+(?:thi|hop)|dai\s+hoi"
    r"|le\s+hoi|su\s+kien)\s+"
    rf"tu\s+{_TIME}\s+(?:den|toi)\s+(?:het\s+)?{_TIME}(?![\w/.-]*\d)"
    r"(?!\s*,?\s*(?:sang|ve|len|xuong|ra|vao|qua|toi|den|tai|o|bang|theo|thanh)\b)",
    re.ASCII,
)
# ... its verb as printed ("dõi", "đợi" fold as "dời": "Cử cán bộ theo dõi kỳ thi từ …")
_MOVING_PRINTED = ("lùi", "dời", "chuyển", "hoãn")


def _moved_from_to(text: str, folded: str) -> re.Match[str] | None:
    """A time or an event moved "từ D1 đến D2" (`_MOVED_FROM_TO`, `_MOVED_EVENT_FROM_TO`, the
    event's verb as printed or the whole phrase bare)."""
    if moved := _MOVED_FROM_TO.search(folded):
        return moved
    for moved in _MOVED_EVENT_FROM_TO.finditer(folded):
        verb = text[slice(*moved.span("verb"))].lower()
        if verb in _MOVING_PRINTED or unmarked(text):
            return moved
    return None


def cut_replaced(text: str) -> tuple[str, str | None]:
    """`text` (NFC) without the old time of a moved one, and the gloss the reading takes
    ("đã thay thời gian cũ: …", the words cut, as printed); (`text`, None) when nothing is cut. The new
    time must stay: a cut that would leave no time is not made.

    Raises `Unreadable` for "từ D1 đến D2" after a word that moves a time (`_MOVED_FROM_TO`)."""
    folded = prepare(fold(text))
    if moved := _moved_from_to(text, folded):
        told = " ".join(text[moved.start() : moved.end()].split())
        raise Unreadable(
            f"“{told}”: “từ … đến …” sau chữ dời, lùi, chuyển, hoãn có thể là "
            "ngày cũ và ngày mới, hoặc một khoảng mới; không đoán: ghi first_day và last_day "
            "theo văn bản"
        )
    spans = sorted(_old_spans(folded, text), reverse=True)
    said: list[str] = []
    for start, end in spans:
        left = folded[:start] + " " + folded[end:]
        if not _TIME_AT.search(_TIMES_LEFT.sub(" ", left)):
            continue
        said.insert(0, " ".join(text[start:end].split()).strip(" ,.;:-–"))
        text, folded = text[:start] + " " + text[end:], left
    if not said:
        return text, None
    return " ".join(text.split()), "đã thay thời gian cũ: " + "; ".join(said)


def _old_spans(text: str, written: str) -> list[tuple[int, int]]:
    """Where the old times stand in `text` (folded from `written`): "thay vì …" clauses
    holding a time, "từ D1" before "sang", and times before a word moving them to a time
    right after; each with the words of its move (`_with_its_move`)."""
    spans = [
        found.span()
        for found in _INSTEAD.finditer(text)
        if _TIME_AT.search(found[0]) or _PART_INSTEAD.match(found[0])
    ]
    spans += [
        _with_its_move(text, found, written)
        for found in _FROM_TO.finditer(text)
        if _moved(text, found.start()) and _sang_is_moved(text, found.end(), written)
    ]
    for found in _TO_NEW.finditer(text):
        if any(start <= found.start() <= end for start, end in spans):
            continue  # "từ D1 sang D2": D1 already found
        if _CONDITION.search(text, _sentence_start(text, found.start()), found.start()):
            continue  # "trước 15/3, nếu trùng ngày nghỉ thì chuyển sang 16/3": both may hold
        if found[0].startswith("sang") and not _moved(text, found.start()):
            continue
        spans += [
            (start, _cut_end(text, end, found))
            for start, end in _times_before(text, found.start(), spans)
        ]  # "15/02 - lùi 16/5/2020": the move right after the old time goes with it
    return spans


def _cut_end(text: str, end: int, move: re.Match[str]) -> int:
    """Where the cut of an old time ending at `end` ends, its `move` (`_TO_NEW`) after it: the
    move's end when only a dash or a comma stands between ("15/02 - lùi 16/5/2020"); the end of
    the move's own words when the day off the old day falls on stands between ("trùng vào
    ngày thứ bảy nên được chuyển sang", `_FALLS_ON_A_DAY_OFF`: that weekday is the old day's),
    the new day's weekday kept to be checked; else `end`."""
    between = text[end : move.start()]
    if not between.strip(" -–,:"):
        return move.end()
    fell = _FALLS_ON_A_DAY_OFF.match(between)
    if fell and _THEN_MOVED.fullmatch(between, fell.end()):
        verb = _MOVE_WORDS.match(text, move.start())
        return verb.end() if verb else end
    return end


def _with_its_move(text: str, found: re.Match[str], written: str) -> tuple[int, int]:
    """The span of "từ D1" (`_FROM_TO`), widened to the verb right before it and to the
    "sang" after it when a time follows ("lùi từ ngày 15/3/2027 sang")."""
    start, end = found.span()
    if verb := _VERB_BEFORE.search(text, 0, start):
        start = verb.start()
    if sang := _SANG.match(text, end):
        end = sang.end()
    return start, end


def _sang_is_moved(text: str, at: int, written: str) -> bool:
    """Whether the "sang" at `at` of `text` (folded) is "sang" (over to) as `written`: not
    "sáng" (morning: "sáng ngày 20/3"). A phrase with no diacritics at all cannot tell them
    apart before a day: refused."""
    said = written[at : at + 4].lower()
    if said != "sang":
        return False
    if not unmarked(written):
        return True
    if re.match(r"sang\s+(?:ngay\s+)?\d", text[at:], re.ASCII):
        raise Unreadable(
            f"“{' '.join(written[at:].split()[:3])}” không dấu: “sang” (chuyển sang) hay "
            "“sáng” (buổi sáng)? không đoán; ghi last_day theo văn bản"
        )
    return True


def _moved(text: str, at: int) -> bool:
    """Whether a word that moves a time stands in `text`'s sentence before `at`."""
    return _MOVED_BEFORE.search(text, _sentence_start(text, at), at) is not None


def _sentence_start(text: str, at: int) -> int:
    starts = [found.end() for found in _SENTENCE.finditer(text, 0, at)]
    return starts[-1] if starts else 0


def _times_before(text: str, at: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The times in `text`'s sentence before `at` not already taken, each with a dash or a
    comma joining it to the move ("dự kiến 15/02 - lùi 16/5/2020")."""
    spans = []
    start = _sentence_start(text, at)
    for found in _TIME_AT.finditer(text, start, at):
        if _NEWS_DAY.fullmatch(text, start, found.start()) and not _FALLS_ON_A_DAY_OFF.match(
            text, found.end()
        ):
            continue  # "Ngày 10/3, UBND tỉnh điều chỉnh lịch thi sang …": the day it was said
        if any(begin <= found.start() < end for begin, end in taken):
            continue
        end = found.end()
        if joint := re.match(r"\s*[-–,:]\s*(?=\S)", text[end:at]):
            end += joint.end()
        spans.append((found.start(), end))
    return spans
