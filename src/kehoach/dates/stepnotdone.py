"""A calendar's step told not to be done: banned, avoided, limited, called off or negated.

"ngày 10-15/12 tránh xuống giống", "ngày 10-15/12/2026 cấm xuống giống", "ngày 10-15/12 hạn
chế xuống giống", "tránh gieo sạ từ ngày 10 đến 15/12/2026", "ngày 5-10/12 làm đất xong,
ngày 11-15/12 hủy xuống giống xong" (session 62's brief, varying the winter-spring calendar
of HTX Hòa Tiến 1, zu-htxhoatien1-lich-thoi-vu-dong-xuan-2017-2018: "ngày 10 - 15/12 xuống
giống"): each was read on main as a window due, the sowing window of the calendar. The days
beside a step told not to be done are the days it must NOT be done (a ban, a time to avoid,
a step dropped), never its deadline: read so, a clerk sows in the very days the plan keeps
the seed out of the field.

The rule (session 62's, e62): a word of not doing (`_NOT_DONE`: "cấm", "tránh", "hạn chế",
"né", "kiêng", "chớ", "đừng", "khoan", "cữ", "hủy", "hoãn", "bãi bỏ", "dừng", "ngừng",
"thôi", "miễn", "không", "chưa") right before a crop's or an exam calendar's own work
(`_CALENDAR_WORK`: sowing, land made ready, harvest, an exam held, results published), at
most "được", "nên", "việc", "bỏ" between, refuses the phrase, whichever reader read it. Not a
file handed in nor pupils back at school (`calendarstep.STEP_WORK`'s others): "nếu người lao
động không nộp hồ sơ" is a condition, "cho học sinh tạm dừng đến trường kể từ ngày
12/05/2021" (zm-gdtx-nha-trang-sgddt-cv-1090-tam-dung-den-truong-2021) a stop in force from
its day, both read right on main. A ban on anything else keeps the
older ruling, the ban's own window, in force then: "Cấm đốt rơm rạ từ ngày 1/6 đến
30/6/2026" (burning is no step a plan sets a day for). A calendar lists its steps by their
works, so a window labelled "cấm xuống giống" stands beside the sowing windows of the same
plan with nothing but one word to tell it apart; the clerk is sent to write the sowing days.

The same word right before the days, or alone in brackets after them, in a phrase that names
such a work keeps the work out of those days too: "Lịch xuống giống: tránh ngày 10-15/12",
"ngày 10-15/12 xuống giống (cấm)". A word of avoiding before anything else is the work's
purpose: "ngày 10-15/12 xuống giống né rầy" (sown then to dodge the planthopper), "ngày
10-15/12 tránh lũ, xuống giống", read as before.

Where the word does not bar the phrase's days (e62b's tester, each read right on main): a ban
outside the calendar ("…, nghiêm cấm gieo sạ ngoài lịch", folded too), a condition closed by
"thì" ("Các hộ chưa gieo thì gieo từ ngày 25-30/12/2026"; but a word of not doing after the
"thì" bars them: "… thì cấm gieo từ …"), "chưa" telling who must then do it ("Ruộng chưa làm
đất xong phải hoàn thành trước ngày 5/12/2026"), a manner banned in a clause with no day
beside a clause giving the step its days ("Gieo sạ từ ngày 10-15/12/2026, tránh gieo sạ rải
rác", "Cấm thu hoạch non; thu hoạch từ ngày 10/12/2026"). Between the word and the work may
stand who or how much ("Cấm các hộ xuống giống", "hạn chế tối đa xuống giống") or the
calendar itself ("hủy lịch xuống giống"): still barred.

A phrase typed without any mark is read the same with the words folded ("ngay 10-15/12 cam
xuong giong"): "cam" may be an orange, but a refusal costs only a line.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kehoach.base.text import fold, nfc, unmarked
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Deadline

# the words that keep a step from being done, as printed (lower case, NFC): banned, avoided,
# limited, held off, called off, put off, stopped, waived, negated, not yet. Not calledoff's
# `CALLED_OFF_WORDS`, on purpose: those are read anywhere in a phrase, so most need the event
# after them ("hủy tổ chức"); these only right before a calendar's work, which is context
# enough, and they bar it by a ban or a negation too ("cấm", "tránh", "không", "chưa")
_NOT_DONE = (
    r"(?:nghiêm\s+)?cấm|tránh|hạn\s+chế|né|kiêng|chớ|đừng|khoan|cữ|(?:hủy|huỷ)(?:\s+bỏ)?"
    r"|(?:tạm\s+)?hoãn|lùi|bãi\s+bỏ|(?:tạm\s+)?(?:dừng|ngừng|ngưng)|thôi|miễn|không|chưa|chẳng"
)
# a crop's or an exam calendar's works (`calendarstep.STEP_WORK`'s, but a file handed in and
# pupils back at school) and the crop's own verbs
_CALENDAR_WORK = (
    r"(?:tổ\s+chức\s+thi(?!\s+(?:đua|hành|công))|công\s+bố\s+(?:kết\s+quả|điểm)|xuống\s+giống"
    r"|đánh\s+đất|làm\s+đất|thu\s+hoạch|gieo|cấy|sạ|trồng)(?!\w)"
)
# ... at most two of these between: "không được xuống giống", "tránh việc gieo sạ"
# ... or who and how much, or the calendar itself ("Cấm các hộ xuống giống", "hạn chế tối đa
# xuống giống", "hủy lịch xuống giống", e62b's tester)
_BETWEEN = (
    r"(?:\s+(?:được|nên|việc|bỏ|tiến\s+hành|tổ\s+chức|các|hộ|người\s+dân|bà\s+con"
    r"|nông\s+dân|tối\s+đa|lịch)){0,3}"
)
_STEP_NOT_DONE = re.compile(
    rf"(?<!\w)(?P<not>{_NOT_DONE}){_BETWEEN}\s+(?P<work>{_CALENDAR_WORK})",
    re.IGNORECASE,
)
# ... and typed bare, the same words folded
_STEP_NOT_DONE_BARE = re.compile(
    r"(?<![a-z])(?P<not>(?:nghiem\s+)?cam|tranh|han\s+che|kieng|cho|dung|huy(?:\s+bo)?|hoan"
    r"|bai\s+bo|ngung|thoi|mien|khong|chua)(?:\s+(?:duoc|nen|viec|bo|tien\s+hanh|to\s+chuc|cac|ho|nguoi\s+dan|ba\s+con"
    r"|nong\s+dan|toi\s+da|lich)){0,3}\s+"
    r"(?P<work>xuong\s+giong|gieo|cay|sa|trong|lam\s+dat|danh\s+dat|thu\s+hoach"
    r"|to\s+chuc\s+thi|cong\s+bo\s+(?:ket\s+qua|diem))(?![a-z])",
    re.ASCII,
)


# ... or, in a phrase naming such a work, the word right before the days ("Lịch xuống giống:
# tránh ngày 10-15/12", "… cấm trong các ngày 10-15/12") or alone in brackets after them
# ("ngày 10-15/12 xuống giống (cấm)"): the days are the ones kept free of it
_DAYS_NOT_DONE = re.compile(
    rf"(?<!\w)(?P<not>{_NOT_DONE})(?:\s+(?:vào|trong|từ|các|những|khoảng|thời\s+gian)){{0,3}}"
    r"\s+(?:ngày\s+)?\d"
    rf"|\(\s*(?:đã\s+|bị\s+)?(?P<noted>{_NOT_DONE})\s*\)",
    re.IGNORECASE,
)
_WORK_NAMED = re.compile(rf"(?<!\w)(?P<work>{_CALENDAR_WORK})", re.IGNORECASE)


# ... never a ban on the work outside the calendar's days ("Ngày 10-15/12 xuống giống, nghiêm
# cấm gieo sạ ngoài lịch": sown then, c60b) nor the subject's condition closed by "thì" ("Các
# hộ chưa gieo thì gieo từ ngày 25-30/12/2025": those not yet sown sow then, guards53)
# (no day between them, never "ngoài ra", besides: "ngày 10-15/12 tránh xuống giống, ngoài ra …")
_NOT_THESE_DAYS = re.compile(r"\s*(?:[^\s\d]+\s+){0,3}?(?:ngoài(?!\s+ra(?!\w))|thì)(?!\w)")
# ... typed bare, only the calendar's outside ("thi" may be an exam)
_NOT_THESE_DAYS_BARE = re.compile(r"\s*(?:[^\s\d]+\s+){0,3}?ngoai\s+lich(?![a-z])", re.ASCII)
# ... nor "chưa" telling who, the step then bound on them ("Ruộng chưa làm đất xong phải
# hoàn thành trước ngày 5/12/2026": the fields not yet made ready must be, by then)
_WHO_NOT_YET = re.compile(r"(?:\s+(?:xong|hết|kịp))?\s+(?:phải|cần|khẩn\s+trương)(?!\w)")
# ... nor a manner of the step banned in its own clause, no day in it, while another clause
# gives the step its days ("Gieo sạ từ ngày 10-15/12/2026, tránh gieo sạ rải rác", "Cấm thu
# hoạch non; thu hoạch từ ngày 10/12/2026": sown sparsely, cut green is what is kept off)
_MANNER = re.compile(
    r"(?:\s+sạ)?\s+(?:rải\s+rác|lẻ\s+tẻ|tràn\s+lan|non|quá\s+dày|dày|trái\s+vụ|xanh)(?!\w)"
    r"[^\d,;.]*(?:[,;.]|\Z)"
)


def _told_not_done(said: str) -> tuple[str, str] | None:
    """The word that keeps a calendar's work from being done and the work, in `said` (lower
    case, NFC; the module's rule and `_DAYS_NOT_DONE`), or None."""
    for told in _STEP_NOT_DONE.finditer(said):
        if not _not_these_days(said, told):
            return told["not"], told["work"]
    days = _DAYS_NOT_DONE.search(said)
    work = _WORK_NAMED.search(said)
    if days and work:
        return days["not"] or days["noted"], work["work"]
    if unmarked(said):
        folded = fold(said)
        for bare in _STEP_NOT_DONE_BARE.finditer(folded):
            if not _NOT_THESE_DAYS_BARE.match(folded, bare.end()):
                return bare["not"], bare["work"]
    return None


def _not_these_days(said: str, told: re.Match[str]) -> bool:
    """Whether the step told not done (`told`, in `said`) leaves the phrase's days to it:
    banned outside the calendar or in a condition closed by "thì", "chưa" telling who, or a
    manner banned in a clause of its own beside a clause giving the step its days."""
    if _NOT_THESE_DAYS.match(said, told.end()):
        return True
    if told["not"] == "chưa" and _WHO_NOT_YET.match(said, told.end()):
        return True
    manner = _MANNER.match(said, told.end())
    if manner is None:
        return False
    start = max(said.rfind(mark, 0, told.start()) for mark in ",;.") + 1
    if re.search(r"\d", said[start : told.start()]):
        return False
    rest = said[:start] + " ; " + said[manner.end() :]  # the other clauses
    return any(
        re.search(r"\d", clause)
        and _WORK_NAMED.search(clause)
        and not _STEP_NOT_DONE.search(clause)
        for clause in re.split(r"[,;.]", rest)
    )


def refuse_step_not_done(phrase: str, found: Sequence[Deadline]) -> None:
    """Refuse the readings `found` of `phrase` when it tells a calendar's step not to be
    done (`_STEP_NOT_DONE`, the module's rule): its days are the step's days off."""
    if not found:
        return
    told = _told_not_done(" ".join(nfc(phrase).lower().split()))
    if told is None:
        return
    words = " … ".join(told)
    raise Unreadable(
        f"“{words}”: việc bị cấm, tránh, hạn chế, hủy hoặc không làm trong thời gian nêu — "
        "đó là những ngày không làm, không phải hạn làm việc đó; không đoán: ghi last_day "
        "(và first_day) theo ngày phải làm trong lịch thời vụ, lịch thi của văn bản"
    )
