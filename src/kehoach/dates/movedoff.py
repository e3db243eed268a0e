"""A time moved, told before its day, with no new time: "Về việc lùi thời gian tổ chức Hội
nghị ngày 15/4/2026", "Dời lịch Hội nghị ngày 15/4/2026" (session 59's brief: each read on
main as due 15/04, the day the notice gives up). "lùi" (move back) or "dời" (move) before
the time or the event it moves, then a day with no word giving the new one ("sang", "đến",
"vào", …): the day printed is the old one. The corpus has such a notice refused, "về việc
dời thời gian tổ chức xét tuyển viên chức y tế năm 2019" (Sở Y tế Tây Ninh, CV 1067/2020:
zq-sonoivu-tay-ninh-doi-xet-tuyen-vien-chuc-y-te-2019); a move with its new day reads it,
"đã dời ngày diễn ra vào 24/04/2021" (zk-ngaystore-vietnam-trail-marathon-2021), "lùi thời
gian nhận tác phẩm … đến hết ngày 15/12/2021" (p-yenlap-phutho-cuoc-thi-bieu-tuong-2021), as
does a new time given after a colon or a comma ("Dời lịch họp: từ ngày 15/4 sang ngày
20/4", main's reading kept).

A move with its new day that is not made is no new time either: "Chưa dời lịch họp sang
20/4/2026" (not yet), "Xin dời … sang 20/4" (asked), "Hủy quyết định dời lịch … sang ngày
20/4/2026" (the move called off), "Chưa hoãn họp sang …": refused too (h58's cut, taken back
in session 59, read them as the new day, as main did). A move negated with no new time, "Chưa
dời lịch họp ngày 15/4", keeps its day: left as main reads it.

Read on the whole phrase, before `replaced.cut_replaced` cuts the old time of "từ D1 sang D2"
with its "sang" (the cut "Dời lịch họp ngày D2" would look moved with no new time).

A time changed ("Đổi/Chuyển/Điều chỉnh lịch họp ngày 15/4/2026", "Thay đổi thời gian tổ chức
hội nghị ngày …", c60's brief: read as due then on main) is refused as a move is, when the
words right after the verb name a time (`_CHANGED`) and the day is not one the change takes
effect from (`_TAKES_EFFECT`). The words that ask for a move are `calledoff.ASKING`, the one
list both modules read.

A time put off after its day is `calledoff._PUT_OFF_AFTER`'s ("Ngày 15/3/2026 lùi họp"); a
move that may be made, `calledoff._may_move`'s. Read with the diacritics where they decide
the word (folded, "dời" is "đổi", "đội", "đợi"; "tới" is "tối", evening); a phrase typed
bare is read bare.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import bare_twin, fold, nfc, spelled, unaccent, unmarked
from kehoach.dates.calledoff import ASKING
from kehoach.dates.grammar import Unreadable

_ASKING_FOLDED = "|".join(unaccent(word).replace(" ", r"\s+") for word in ASKING)

# The verb of moving a time, folded: "lùi", "dời", "hoãn" (put off), "lùi lại"; never "di
# dời" (relocate: "di dời dân cư tránh lũ trước 15/8", g-lao-cai) nor "đẩy lùi" (drive back)
_VERB = re.compile(
    r"(?<![a-z])(?<!di\s)(?<!day\s)(?P<verb>lui|doi|hoan)(?:\s+lai)?(?![a-z])", re.ASCII
)
# ... and the time or the event it moves right after it: "lùi thời gian", "dời lịch", "dời
# lại kỳ thi", "lùi việc tổ chức" ("hoãn" with no new time is `calledoff`'s)
_MOVED = re.compile(
    r"\s+(?:viec\s+)?"
    r"(?:thoi\s+gian|thoi\s+diem|thoi\s+han|lich|ngay|han|ky|buoi|phien|hoi\s+nghi|hop|cuoc"
    r"|to\s+chuc|le|dai\s+hoi|hoi\s+thao|hoi\s+thi|giai|su\s+kien|chuong\s+trinh|khai\s+mac"
    r"|tiep)(?![a-z])",
    re.ASCII,
)
# ... or a round, an exam, a class, a check, a course: "Dời đợt kiểm tra ngày …", "Lùi thi
# tuyển viên chức ngày …", "Dời lớp tập huấn …" (c60's brief: each read as due that day)
# (c60b: these only when the move is told made, `_MOVED_MADE`: "Thí sinh xin hoãn thi nộp đơn
# trước ngày 15/6/2026" asks it, its day the filing's, a fresh tester's, read on main)
_ROUND = (
    r"\s+(?:viec\s+)?(?:dot|thi|lop|kiem\s+tra|tap\s+huan|khoa\s+hoc|boi\s+duong|dien\s+tap"
    r"|khai\s+giang|be\s+mac|tong\s+ket|so\s+ket|xet\s+tuyen|tuyen\s+sinh|tuyen\s+dung)"
    r"(?![a-z])"
)
_MOVED_MADE = re.compile(rf"(?:{_MOVED.pattern}|{_ROUND})", re.ASCII)
_VERB_SPELLED = {"verb": frozenset({"lùi", "dời", "hoãn"})}
# A time changed, told before its day with no new time: "Đổi lịch họp ngày 15/4/2026",
# "Chuyển lịch họp ngày …", "Thay đổi thời gian tổ chức hội nghị ngày …", "Điều chỉnh lịch
# họp ngày …" (c60's brief and its hunt: each read as due that day on main, the day the
# notice gives up). "đổi", "chuyển", "điều chỉnh" move a time
# only right before one (`_CHANGED`): "chuyển hồ sơ", "đổi thẻ" send or swap a thing, and
# "chuyển ngay" is at once; a day after "từ" is when a change takes effect ("Thay đổi thời
# gian làm việc từ ngày 1/7/2026", `_TAKES_EFFECT`), which reads
_CHANGE_VERB = re.compile(
    r"(?<![a-z])(?P<verb>thay\s+doi|doi|chuyen|dieu\s+chinh)(?:\s+lai)?(?![a-z])", re.ASCII
)
_CHANGE_SPELLED = {"verb": frozenset({"thay đổi", "đổi", "chuyển", "điều chỉnh"})}
_CHANGED = re.compile(
    # (never "lịch trực", a duty swapped: "Đổi lịch trực ngày 15/4/2026 cho đồng chí A", c60b)
    r"\s+(?:viec\s+)?(?:thoi\s+gian|thoi\s+diem|thoi\s+han|lich(?!\s+(?:su|truc)))(?![a-z])",
    re.ASCII,
)
# ... nor a change asked or put up ("Trình UBND tỉnh điều chỉnh lịch tiếp công dân trong tháng
# 7/2026", c60b, a fresh tester's: read on main)
_PUT_UP = re.compile(rf"(?<![a-z])(?:trinh|{_ASKING_FOLDED})(?![a-z])", re.ASCII)
_TAKES_EFFECT = re.compile(r"(?i)(?<!\w)(?:từ|tu|áp\s+dụng|bắt\s+đầu)(?!\w)")
# The words giving the new time after the move ("sang", "đến (hết)", "tới", "vào", "qua",
# "xuống", "lên", "về", "thành"), or a deadline ("trước", "chậm nhất"), a number after them
_NEW_TIME = re.compile(
    r"(?<!\w)(?:sang|đến|tới|vào|qua|xuống|lên|về|thành|trước|chậm\s+nhất|muộn\s+nhất)"
    r"(?!\w)[^;]*?\d"
)
_NEW_TIME_BARE = bare_twin(_NEW_TIME)
# ... right after the verb, where no time or event is named: "Hội nghị ngày 15/4/2026 chưa
# dời sang ngày 20/4/2026" (folded)
_TO = re.compile(r"\s+(?:sang|den|toi|vao|qua|xuong|len)\s", re.ASCII)
# ... or a colon, a dash or a comma before the day: the time after it is the new one
# ("Spartan Race Vietnam 2020: TP.HCM, dự kiến 15/02 - lùi 16/5/2020", z-bongro)
# ... and the number after the move a time's, not a count ("Lùi lịch thi 2 tuần, thi ngày
# 20/4": by two weeks): after "ngày", "tháng", "quý", "năm", or a day's slash after it
# ... a round's number between allowed: "Đổi lịch họp lần 2 ngày 15/4/2026", "Lùi thi tuyển
# viên chức đợt 1 ngày 20/5/2026" (b61's brief: read as due on main)
_GAP = re.compile(
    r"(?:[^\d:;,.–—-]|(?<!\w)(?:lần|đợt|thứ|số|khóa|khoá|kỳ|lan|dot|thu|so|khoa|ky)\s+\d{1,2}"
    r"(?!\s*[/.-]\s*\d))*?(?:(?<!\w)(?:ngày|tháng|quý|năm|ngay|thang|quy|nam)\s+\d|\d{1,2}\s*[/.-]\s*\d)",
    re.IGNORECASE,
)
# The move said not made (folded): not yet or not ("chưa", "không"), asked ("xin", "đề
# nghị", "kiến nghị", "đề xuất"), or called off ("hủy (bỏ) quyết định", "thu hồi", "rút
# lại", "từ chối"), right before the verb
# (the asking words are `calledoff.ASKING`, the one list both read)
_NOT_MADE = re.compile(
    rf"(?<![a-z])(?P<word>chua|khong|{_ASKING_FOLDED}|huy(?:\s+bo)?"
    r"|bai\s+bo|thu\s+hoi|rut\s+lai|tu\s+choi)"
    r"(?:\s+(?:duoc|the|bi|can|phai|phep|cho|quyet\s+dinh|thong\s+bao|van\s+ban|viec"
    r"|ke\s+hoach|de\s+nghi|yeu\s+cau|don|so\s+\S+))*\s+\Z",
    re.ASCII,
)
_NOT_MADE_SPELLED = {
    "word": frozenset(
        {"chưa", "không", *ASKING, "hủy", "huỷ", "hủy bỏ"}
        | {"huỷ bỏ", "bãi bỏ", "thu hồi", "rút lại", "từ chối"}
    )
}
# ... and a move of the place, the day kept: "Dời lịch họp ngày 15/4/2026, địa điểm mới: Hội
# trường A", "… về Hội trường UBND huyện" (the merge's fresh tester, session 59: read on main)
_NEW_PLACE = re.compile(
    r"(?<![a-z])(?:dia\s+diem|ve\s+(?:hoi\s+truong|phong\s+hop|tru\s+so))(?![a-z])", re.ASCII
)
_NOT = re.compile(r"(?<![a-z])(?:khong|chua)(?:\s+(?:duoc|the|bi|can|phai))?\s+\Z", re.ASCII)


def _moves(text: str) -> list[re.Match[str]]:
    """The verbs of moving a time (`_VERB`) in `text` (NFC), on its fold, spelled "lùi",
    "dời" or "hoãn", or typed bare."""
    return [
        found
        for found in _VERB.finditer(fold(text))
        if spelled(text, found, "verb", _VERB_SPELLED["verb"])
    ]


def _changes(text: str) -> list[re.Match[str]]:
    """The verbs changing a time (`_CHANGE_VERB`) in `text` (NFC), on its fold, spelled
    "thay đổi", "đổi" or "chuyển" (or typed bare), each right before the time it changes
    (`_CHANGED`)."""
    folded = fold(text)
    return [
        found
        for found in _CHANGE_VERB.finditer(folded)
        if spelled(text, found, "verb", _CHANGE_SPELLED["verb"])
        and _CHANGED.match(folded, found.end())
    ]


def _new_time(text: str, start: int) -> bool:
    """Whether a new time is given in `text` (NFC) from `start`: a word giving it
    (`_NEW_TIME`, bare in a phrase typed bare) with a number after it."""
    if unmarked(text):
        return _NEW_TIME_BARE.search(fold(text), start) is not None
    return _NEW_TIME.search(text.lower(), start) is not None


def _not_made(text: str, folded: str, verb: int) -> str | None:
    """The words right before the verb at `verb` saying the move is not made (`_NOT_MADE`),
    spelled as `_NOT_MADE_SPELLED` (or typed bare), as printed; else None."""
    found = _NOT_MADE.search(folded, 0, verb)
    if found is None or not spelled(text, found, "word", _NOT_MADE_SPELLED["word"]):
        return None
    return text[found.start() : found.end()].strip()


def refuse_moved_off(phrase: str) -> None:
    """Refuse a phrase that moves a time (`_VERB`, `_MOVED`) and prints a day after it with
    no new time given (`_NEW_TIME`, `_GAP`): the day is the one given up. A move negated right before
    (`_NOT`) keeps its day and is left alone; a move with its new day that is not made
    (`_NOT_MADE`) is refused too. Read on the whole phrase, before `replaced.cut_replaced`
    cuts the old time of "từ D1 sang D2" and its "sang" with it. Raises `Unreadable` with the
    way out."""
    text = nfc(phrase)
    folded = fold(text)
    for move in _moves(text):
        moved = _MOVED.match(folded, move.end())
        if _new_time(text, move.end()):
            if not (moved or _TO.match(folded, move.end())):
                continue  # "xin đổi thẻ trước ngày …": no time moved
            if words := _not_made(text, folded, move.start()):
                raise Unreadable(
                    f"“{words} {text[move.start() : move.end()]} …”: việc dời, lùi thời gian "
                    "chưa được quyết (chưa, không, xin, đề nghị, hay bị hủy); thời gian mới in "
                    "trong câu chưa phải là hạn; ghi last_day theo lịch chính thức"
                )
            continue
        moved = _MOVED_MADE.match(folded, move.end())
        if moved is None or move["verb"] == "hoan" or _NOT.search(folded, 0, move.start()):
            continue  # "Không dời lịch họp ngày 15/4": the day holds
        if _NEW_PLACE.search(folded, move.end()):
            continue  # "Dời lịch họp ngày 15/4/2026, địa điểm mới: …": the place moves
        if _GAP.match(text, moved.end()):
            _refuse_old_day(text[move.start() : moved.end()])
    for change in _changes(text):
        _refuse_changed_off(text, folded, change)


def _refuse_old_day(said: str) -> None:
    """Refuse the day after `said`, the words moving or changing its time: the old one."""
    raise Unreadable(
        f"“{said} …” trước ngày tháng nói thời gian đó đã dời, lùi hoặc thay đổi mà không nêu "
        "thời gian mới: ngày in trong câu là ngày đã bỏ, không phải thời hạn; ghi last_day "
        "khi có lịch mới"
    )


def _refuse_changed_off(text: str, folded: str, change: re.Match[str]) -> None:
    """Refuse a time changed (`change`, on `folded`) with a day after it and no new time:
    "Đổi lịch họp ngày 15/4/2026". Left alone: a new time given (`_NEW_TIME`), the change
    negated (`_NOT`), a new place (`_NEW_PLACE`), a day the change takes effect from
    (`_TAKES_EFFECT`)."""
    if _PUT_UP.search(folded, 0, change.start()):
        return  # "Trình UBND tỉnh điều chỉnh lịch …": the change is asked, left as on main
    if _new_time(text, change.end()) or _NOT.search(folded, 0, change.start()):
        return  # "Đổi lịch họp sang ngày 20/4/2026": the new day reads
    if _NEW_PLACE.search(folded, change.end()):
        return
    changed = _CHANGED.match(folded, change.end())
    assert changed is not None  # `_changes` keeps only a change of a time
    gap = _GAP.match(text, changed.end())
    if gap and not _TAKES_EFFECT.search(gap.group()):
        _refuse_old_day(text[change.start() : changed.end()])
