"""Counted deadlines in the deadline language: N units before or after an anchor.

"Trong thời hạn 30 ngày kể từ ngày ký", "ít nhất 30 ngày làm việc trước ngày khai mạc",
"trước ngày khai mạc 2 tuần", "Trong mười năm tới": read into `Relative`, never resolved
here (`kehoach.dates.workdays` and `kehoach.plan.relative` do that). `UNITS` names the units
as a reading shows them.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.citations import without_references
from kehoach.dates.found import Found, Input
from kehoach.dates.grammar import Unreadable, estimate_word, prepare
from kehoach.dates.label import read_named_numbers, read_trailing
from kehoach.dates.numbers import count_number
from kehoach.dates.reading import DeadlineKind, Relative

UNITS = {
    "ngay lam viec": "ngày làm việc",
    "ngay": "ngày",
    "tuan": "tuần",
    "thang": "tháng",
    "nam": "năm",
}


def build_relative(match: re.Match[str], given: Input) -> Found:
    """ "Trong thời hạn 30 ngày kể từ ngày ký", "ít nhất 30 ngày làm việc trước ngày khai
    mạc", "trước ngày khai mạc 2 tuần": read into `Relative`, resolved elsewhere."""
    said = match.groupdict()
    unit = UNITS[" ".join((said.get("unit") or said["nth_unit"]).split())]
    # "ngày làm việc tiếp theo": one; "ngày thứ 10 kể từ …": the tenth day after it
    count = int(said.get("count") or said.get("nth") or 1)
    if count < 1:
        raise Unreadable("số ngày phải lớn hơn 0")
    event = given.source.said(match.start("event"), match.end("event"))
    event = event.replace("*", "").strip(" .,;:")
    event, step = _anchor_and_step(event)
    if word := estimate_word(event):  # "khoảng", "chừng"; never "đại chúng" (the public)
        raise Unreadable(f"“{word}” trong “{event}” là ước lượng, không phải thời hạn")
    _no_open_end(event, nfc(given.source.text), count_after=_count_after_event(match))
    _no_second_count(event)
    # "ngày kết thúc 6 tháng đầu năm tài chính"; the texts, articles and forms cited
    named = _NAMED_PERIOD.sub(" ", _CITED.sub(" ", without_references(fold(event))))
    # "trước", or "tính đến" after the bound said first ("trước ít nhất 5 ngày nhưng không quá
    # 45 ngày tính đến ngày …", `grammar.RELATIVE_BEFORE_RULE`): counted back to the event
    before = " ".join(match["direction"].split()).startswith(("truoc", "tinh den"))
    if any(char.isdigit() for char in named):
        _refuse_dated_anchor(count, unit, event, before)
        raise Unreadable(f"mốc “{event}” có số chưa đọc được; ghi last_day nếu đã biết ngày")
    relative = Relative.counted(count, unit, before, event)
    lead = "trước" if before else "kể từ"
    capped = _capped(match, count, unit)
    reading = f"{count} {unit} {lead} {event}{capped}; không có ngày cố định"
    # the earliest bound kept as the gloss too, so that its count is in the reading's fields
    # ("tối thiểu là 5 ngày và tối đa 45 ngày": 45 changed to 15 must change the reading,
    # issue 11 §1; the fuzz's seed from zx-, session 59)
    cap = capped.strip(" ()") or None
    if match["lead"] and said.get("after"):  # "trước ngày thi 2 ngày, …": after the count
        step, place = _after_the_count(match, given)
        gloss = "; ".join(note for note in (cap, place) if note) or None
        return Found(DeadlineKind.RELATIVE, reading, relative=relative, label=step, gloss=gloss)
    return Found(DeadlineKind.RELATIVE, reading, relative=relative, label=step, gloss=cap)


_AT_LEAST = re.compile(r"\b(?:it\s+nhat|toi\s+thieu)\b", re.ASCII)


def _capped(match: re.Match[str], count: int, unit: str) -> str:
    """The words of the earliest bound after the count (`grammar._CAPPED`: "ít nhất 5 ngày
    nhưng không quá 45 ngày trước …"), "" when there is none. Raises `Unreadable` unless it
    counts more of the same unit after "ít nhất"/"tối thiểu": "không quá 3 ngày" after "ít
    nhất 5 ngày" opens nothing, "không quá 2 tháng" after "5 ngày" is a second rule, and a
    count with no bound of its own before the cap says no latest day."""
    cap = match.groupdict().get("cap_count")
    if cap is None:
        return ""
    least = _AT_LEAST.search(match.string, match.start(), match.start("count"))
    if not least or UNITS[" ".join(match["cap_unit"].split())] != unit or int(cap) <= count:
        raise Unreadable(
            f"“{count} {unit} nhưng không quá {cap} …”: hai số đếm không mở ra một khoảng "
            "(cần “ít nhất” trước số nhỏ, cùng đơn vị với số lớn hơn); không đoán, hãy ghi "
            "last_day theo văn bản"
        )
    return f" (không sớm hơn {cap} {unit} trước mốc đó)"


def _after_the_count(match: re.Match[str], given: Input) -> tuple[str | None, str | None]:
    """The words after a count said after its anchor (`grammar.RELATIVE_AFTER_COUNT_RULE`'s
    `after`): the step after a comma, who does what by then ("…, tổ chức, cá nhân phải nộp hồ
    sơ …", `_CLAUSE_AFTER`'s shape: a body named with its capital or a duty), or the place
    after "tại" ("… tại đây"), kept as the gloss; both pass a step's checks
    (`label.read_trailing`: no word of time, nothing that moves the day). Raises
    `Unreadable` otherwise: a clause that is no step may be a second rule."""
    words = given.source.said(match.start("after"), match.end("after"))
    if given.source.prepared[match.start("after") : match.end("after")].lstrip().startswith("tai"):
        return None, read_trailing(words, after_a_day=False)
    if not _CLAUSE_AFTER.match(words.lstrip()):
        raise Unreadable(
            f"“{words.strip(' ,')}” sau số ngày không nói ai làm gì trước mốc đó; không đoán, "
            "ghi last_day theo văn bản"
        )
    return read_trailing(words.lstrip(" ,"), after_a_day=False), None


# A second count spelt in words inside the anchor, with what it counts from: "trong 2 ngày kể
# từ ngày nhận đơn và ba ngày kể từ ngày họp" (branch n1e found it read as one count whose
# anchor held the second): two counts, two deadlines, never one. With its diacritics ("sáu"
# is six, "sau" after); a count in digits there is refused as a number the anchor holds
_SECOND_COUNT = re.compile(
    r"(?i)(?<!\w)(?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi)"
    r"\s+(?:ngày(?:\s+làm\s+việc)?|tuần|tháng|năm)\s*,?\s+(?:kể\s+từ|tính\s+từ|trước|sau)(?!\w)"
)


def _no_second_count(event: str) -> None:
    """Refuse an anchor that holds a second count in words and what it counts from
    (`_SECOND_COUNT`): the phrase names two deadlines."""
    if second := _SECOND_COUNT.search(nfc(event)):
        raise Unreadable(
            f"mốc “{event}” còn một số ngày khác (“{second.group()} …”): hai thời hạn, không "
            "gộp thành một; ghi mỗi thời hạn một mốc (deadlines), mỗi mốc một cụm từ"
        )


# A count from a day written out: "Các ý kiến đóng góp trong vòng 10 ngày làm việc, kể từ ngày
# 10/6/2022" (UBND tỉnh Thái Nguyên, 2022), "Thời gian gia hạn là 02 tháng kể từ ngày 31 tháng
# 10 năm 2024" (Nghị định 64/2024, as retold): the anchor is read, but whether its own day is
# the first one counted is not said (Bộ luật Dân sự 2015, Điều 147: the first day is not
# counted; pages that print the window often count it), so the last day would be a guess
_DATED_ANCHOR = re.compile(
    r"ngay\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\s+thang\s+\d{1,2}"
    r"(?:\s+nam\s+\d{4})?)",
    re.ASCII,
)


def _refuse_dated_anchor(count: int, unit: str, event: str, before: bool) -> None:
    """Refuse a count from or back from a day written out (`_DATED_ANCHOR`), saying why
    and the way out. Back from it ("05 ngày trước ngày 15/6/2026", fresh37: refused as an
    anchor with a number unread) the document has the day it means and did not write it:
    whether the written day is counted is as unsaid as after it."""
    if not _DATED_ANCHOR.fullmatch(fold(event).strip()):
        return
    if before:
        raise Unreadable(
            f"“{count} {unit} trước {event}”: đếm lùi từ một ngày đã ghi, văn bản không nói "
            f"{event} có được tính hay không, nên ngày hạn là đoán; ghi last_day theo văn bản"
        )
    raise Unreadable(
        f"“{count} {unit} kể từ {event}”: văn bản không nói {event} có là ngày đầu được "
        "tính hay không (Bộ luật Dân sự 2015, Điều 147: ngày đầu không tính), nên ngày "
        f"cuối là đoán; ghi last_day (và first_day) theo văn bản"
    )


# The clause after the anchor, who does what by then: "trong thời hạn 60 ngày kể từ ngày con
# chào đời, cha mẹ phải thực hiện việc đăng ký khai sinh cho con" (ze- of the corpus), "…
# kể từ ngày nhận được hồ sơ, Sở Nội vụ trả lời bằng văn bản": after a comma, a body named
# with its capital or a duty ("phải", "có trách nhiệm"). A comma inside the anchor's own list
# ("kể từ ngày nhận đủ hồ sơ, tài liệu hợp lệ") has neither, and stays in it; so does a clause
# with a number or a weekday ("ngày bầu cử, Chủ nhật, ngày 15/3/2026": a day beside the count,
# which the count's rules refuse).
_CLAUSE_AFTER = re.compile(
    r",\s*(?=(?!(?:Chủ nhật|Thứ)\b)(?:[A-ZĐ]\w*|[^;]*?\s(?:phải|có trách nhiệm|cần|sẽ|được)\s))"
)


# ... or a semicolon, which closes the anchor's clause whatever follows: "Trong thời hạn 30
# ngày kể từ ngày ký Thông báo của Ban quản lý Khu kinh tế; người sử dụng đất phải nộp 50%
# tiền sử dụng đất, tiền thuê đất theo Thông báo." (s-thukyluat-tien-thue-dat-khu-kinh-te),
# "Thời gian bù đổi không quá 15 ngày tính từ ngày giao nhận quân; tỷ lệ bù đổi không quá 2%
# so với chỉ tiêu …" (Thông tư 148/2025/TT-BQP, zg-tvpl-phuc-tra-chien-si-moi-tt-148-2025).
# Only when every number after it is a share ("50%"): a day, a year or another count there
# ("…; trường hợp … thì không quá 20 ngày") may be a second deadline, and stays in the anchor,
# refused there (never two deadlines read as one)
_SEMICOLON = re.compile(r"\s*;\s*")
_SHARE = re.compile(r"\d+(?:[.,]\d+)?\s*%")
_DUTY = re.compile(r"\s(?:phải|có trách nhiệm|cần|sẽ)\s")


def _anchor_and_step(event: str) -> tuple[str, str | None]:
    """The anchor cut at the clause's end (`_CLAUSE_AFTER`, `_SEMICOLON`), and the clause
    after it as the step; the whole event and None when no clause follows. A clause holding
    a number keeps it only when the number names a thing counted (`label.read_named_numbers`:
    "… có trách nhiệm cấp 01 Giấy chứng nhận …") or, after a semicolon, a share (`_SHARE`);
    any other number stays in the anchor, refused there. After a semicolon the clause is the
    step only when it names a duty (`_DUTY`): "tỷ lệ bù đổi không quá 2%" is another rule."""
    semicolon = _SEMICOLON.search(event)
    if semicolon is not None:
        clause = event[semicolon.end() :]
        if not any(char.isdigit() for char in _SHARE.sub(" ", clause)):
            step = clause.strip(" .,;:") if _DUTY.search(f" {clause} ") else None
            return event[: semicolon.start()].strip(), step or None
    cut = _CLAUSE_AFTER.search(event)
    if cut is None or not _numbers_named(event[cut.end() :]):
        return event, None
    return event[: cut.start()].strip(), event[cut.end() :].strip(" .,;:") or None


def _numbers_named(clause: str) -> bool:
    """Whether every number of `clause` names a thing counted, no time (none at all too)."""
    if not any(char.isdigit() for char in clause):
        return True
    try:
        read_named_numbers(prepare(fold(clause)))
    except Unreadable:
        return False
    return True


def _no_open_end(event: str, phrase: str, *, count_after: bool) -> None:
    """Refuse an event whose last word needs the count after it: a comparison ("trước bầu
    cử hơn 23 ngày", more than 23 days: not by the 23rd day before) or an ordinal waiting
    for its number ("trước kỳ họp thứ 10 ngày": the 10th session, or 10 days before it?).
    A comparison word can only bind a count that follows it: with the count said first,
    "trên" closing the event is "above" ("Trường hợp thẻ BHYT còn thời hạn 10 ngày trước khi
    hết hạn thì HS-SV liên hệ với cơ sở giáo dục để đăng ký tham gia tiếp theo các phương
    thức trên", Người Lao Động 2025: the ways named above), no comparison."""
    words = event.lower().split()
    last = words[-1] if words else ""
    not_firm = _STEP_NOT_FIRM.search(phrase) if not count_after and last in _COMPARED else None
    if not_firm:
        # "… 10 ngày trước khi hết hạn thì HS-SV không (ko) cần liên hệ … theo các phương
        # thức trên", "Trường hợp thẻ BHYT đã hết hạn 10 ngày trước …" (the merge's testers,
        # session 52): the event runs on into a step, and the phrase tells something not
        # done, done or optional, which no check of the step sees inside the event
        raise Unreadable(
            f"“{not_firm.group()} …” kể một việc không làm, đã làm hoặc có thể làm, không phải "
            "thời hạn; không đoán, hãy ghi last_day theo văn bản"
        )
    compared = count_after and last in _COMPARED
    if compared and words[-2:-1] != ["cấp"]:  # "đại hội … cấp trên/dưới": a level
        raise Unreadable(
            f"“{last} …” là so sánh (hơn, dưới … số ngày đó), không phải đúng số ngày trước "
            "mốc; không đoán, hãy ghi last_day theo văn bản"
        )
    if last in _ORDINAL_HEADS:
        raise Unreadable(
            f"số sau “{event}” có thể là số thứ tự của nó, không phải số ngày; không đoán, "
            "hãy ghi last_day theo văn bản"
        )


def _count_after_event(match: re.Match[str]) -> bool:
    """Whether the count is said after its event ("trước ngày khai mạc 2 tuần"); False when
    it comes first ("2 tuần trước ngày khai mạc") or the rule has none ("ngày làm việc tiếp
    theo ngay sau …")."""
    has_count = "count" in match.re.groupindex and match["count"] is not None
    return has_count and match.start("count") > match.start("event")


_STEP_NOT_FIRM = re.compile(r"(?i)(?<!\w)(?:không|ko|chưa|đã|vừa|có\s+thể|nếu|miễn)(?!\w)")
_COMPARED = frozenset({"hơn", "trên", "dưới", "quá", "ngoài", "tầm", "độ", "cỡ"})
_ORDINAL_HEADS = frozenset({"thứ", "lần", "số", "khóa", "khoá", "đợt", "kỳ", "vòng"})


_NAMED_PERIOD = re.compile(r"\b\d{1,2}\s+thang\s+(?:dau|cuoi)\s+nam\b", re.ASCII)
# An anchor defined by an article or a form it cites: "15 ngày làm việc kể từ thời điểm kết
# thúc kỳ thống kê quy định tại Điều 2 Thông tư 37" (Thông tư 37/2019/TT-BYT, as Thư ký Luật
# quotes it), "… để có văn bản gửi Ủy ban nhân dân cấp tỉnh đề xuất cấp phép (Mẫu số 09 ban
# hành kèm theo Nghị định số 09/2018/NĐ-CP)" (Bộ Công Thương, TTHC 951): the numbers name the
# text, the article and the form, never a day of the anchor (`without_references` reads a
# text cited with its full number)
_CITED = re.compile(
    r"\b(?:(?:diem|khoan|dieu)\s+\d{1,3}[a-z]?\s*,?\s*)+"
    r"(?:(?:cua\s+)?(?:thong\s+tu|nghi\s+dinh|luat|quyet\s+dinh|nghi\s+quyet)(?:\s+so)?"
    r"\s+\d{1,4}(?![\d/.-]))?"
    r"|\bmau\s+(?:so\s+)?\d{1,3}[a-z]?\b(?![/.-]\d)",
    re.ASCII,
)


# The length of a work named by its own word, in working days and with no anchor: "Thời hạn
# thanh tra là 45 ngày làm việc (trừ ngày nghỉ theo quy định của pháp luật)" (Thanh tra tỉnh
# Tuyên Quang, QĐ 16/QĐ-TTr 2022), "Thời hạn xác minh là 15 ngày làm việc." (Thanh tra tỉnh
# Thừa Thiên Huế, a procedure's sheet): N working days from the day the work starts, as the
# pages that say it in full count an inspection's ("Thời hạn thanh tra là 45 ngày làm việc kể
# từ ngày công bố quyết định thanh tra tại đơn vị", Thanh tra Hải Dương, zg- of the corpus).
# The anchor is the work's start, named, never a day: the plan's event of that name gives it.
# Only "thời hạn" (a length allowed; "Thời gian nghỉ Tết … là 7 ngày" stays refused), one of
# the works an inspector's rule times (`_TIMED_WORKS`: "Thời hạn giải quyết: 15 ngày" is a
# procedure's processing time, read from the receipt of the file, `header`), working days
# only (a count of calendar days may be a stay's or a term's), and a note saying no more
# than that days off are not counted
WORK_LENGTH_RULE = re.compile(
    r"\A[\s\-–•+]*(?P<lead>)thoi\s+han\s+(?P<work>thanh\s+tra|kiem\s+tra|xac\s+minh|kiem\s+toan)\s+la\s+"
    r"(?P<count>\d{1,3})\s+(?P<unit>ngay\s+lam\s+viec)"
    r"(?:\s*\(\s*(?P<note>tru\s+(?:cac\s+)?ngay\s+nghi[a-z ,]*)\))?[ .;:]*\Z",
    re.ASCII,
)


def build_work_length(match: re.Match[str], given: Input) -> Found:
    """ "Thời hạn thanh tra là 45 ngày làm việc": 45 working days from the day the inspection
    starts (`WORK_LENGTH_RULE`), resolved where the plan names that day."""
    count = int(match["count"])
    if count < 1:
        raise Unreadable("số ngày phải lớn hơn 0")
    work = given.source.said(*match.span("work")).lower()
    anchor = f"ngày bắt đầu {work}"
    relative = Relative.counted(count, UNITS["ngay lam viec"], False, anchor)
    reading = (
        f"{count} ngày làm việc kể từ {anchor} (văn bản không nêu mốc tính); không có ngày cố định"
    )
    note = given.source.said(*match.span("note")) if match["note"] else None
    return Found(DeadlineKind.RELATIVE, reading, relative=relative, gloss=note)


def build_coming(match: re.Match[str], given: Input) -> Found:
    """ "Trong mười năm tới": N units after the document's own date."""
    count = count_number(match["count"])
    unit = UNITS[match["unit"]]
    anchor = "ngày ban hành văn bản"
    relative = Relative(
        offset=count, unit=unit, working_days=False, direction="after", anchor=anchor
    )
    reading = f"trong {count} {unit} tới, tính từ {anchor}; không có ngày cố định"
    return Found(DeadlineKind.RELATIVE, reading, relative=relative)
