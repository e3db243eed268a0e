"""A step named as its day, then the day: "Ngày <step> D", and what may follow the day.

"Đợt 2 sẽ diễn ra vào ngày 14-15/3/2026; ngày đăng ký 5-15/2/2026." (Dân trí on the 2026
aptitude tests, za-dantri-lich-thi-dgnl-dgtd-2026), "Ngày nhận hồ sơ tuyển mầm non là 1/7,
ngày công bố kết quả 20/7" (Giáo dục Việt Nam, 2020; ze-giaoducnet-tphcm-tuyen-sinh-dau-cap-
2020): "ngày" and the step's words (`DAY_OF_THE_STEP`) join the day right after them, as "là"
would; never a document's own day ("ngày ký", "ngày ban hành", "ngày có hiệu lực"), which
other rules read or refuse.

Such a line says all it has to say in its step and its day: a word after the day has nothing
to name (the step is named already), so it can only tell something of the day, and what it
tells may undo it: "Ngày nộp hồ sơ 15/5/2026 là sai" (the day is wrong), "… nay đã hết hiệu
lực" (no longer in force), "… không còn áp dụng" were read as due on 15/5 with the words
dropped into the gloss (session 59, helper p59). So is a step given as a field and its value,
"Hạn nộp hồ sơ: 15/5/2026 là sai", "Thời gian nộp hồ sơ là 15/5/2026 nay đã hết hiệu lực".
After "Ngày <step> D", "Ngày <step>: D", "<step>: D" or "<step> là D" only words that say
where, for whom or why the step is done are taken (`_OF_THE_STEP`: "… 15/5/2026 tại Sở Tư
pháp", as the words after any day keep a place: "… diễn ra từ ngày 25 đến ngày 29/6/2024 tại
Hải Phòng", q-dantocphattrien-bvhttdl-qd-1131-ngay-hoi-gia-dinh-2024), and only when they
tell nothing of the day (`_TOLD_OF_THE_DAY`); anything else is refused, with the words.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable

# folded: "ngày" and the step's words, never a document's own day
DAY_OF_THE_STEP = re.compile(
    r"ngay\s+(?!(?:ky|ban\s+hanh|(?:co\s+)?hieu\s+luc)\b)[a-z]+(?:\s+[a-z]+){0,5}", re.ASCII
)

# folded, after the step: its day with nothing before it but a colon or "là", a day or a span
# of days of one month ("5-15/2/2026"), its month by number or named ("15 tháng 5 năm 2026")
_DAY = (
    r"(?:\d{1,2}\s*[-–]\s*)?\d{1,2}"
    r"(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?)\s*\Z"
)
_BARE_DAY = re.compile(rf"\s*(?::\s*|\s+la\s+)?{_DAY}", re.ASCII)
# ... and after any other step ("Hạn nộp hồ sơ", "Thời gian nộp hồ sơ", "Lịch thi"), a colon
# or "là" before it: the step's field, then its value
_SAID_DAY = re.compile(rf"\s*(?::\s*|\s+la\s+){_DAY}", re.ASCII)

# as printed, lower case: the opening of words that say where, for whom or why the step is
# done, or in which hours: "tại Sở Tư pháp", "ở Nhà văn hóa xã", "đối với lớp 12", "cho khối
# 12", "để kịp tổng hợp", "(trong giờ hành chính)"; the rest of them is checked for words told
# of the day (`_TOLD_OF_THE_DAY`), and, as all words after a time part, by `label.read_trailing`
_OF_THE_STEP = re.compile(
    r"\A[\s,(]*(?:tại|ở|đối\s+với|cho|của|để|nhằm|trong\s+giờ\s+hành\s+chính)(?!\w)"
)

# as printed, lower case: a word that tells something of the day, the step or its state, not
# of a place: it is wrong, old, moved, called off, done, negated, conditional; never "trước
# khi", "sau khi" of a purpose, the order of its steps ("… là 30/11/2015 để Phòng tập hợp và
# tổ chức xét duyệt cấp cơ sở trước khi gửi lên Bộ", zq-huph-dang-ky-giai-thuong-ho-chi-minh-
# 2015)
_TOLD_OF_THE_DAY = re.compile(
    r"(?<!\w)(?:sai|nhầm|cũ|hủy|huỷ|hoãn|lùi|đổi|thay|hết|không|chưa|đã|bị|được|nay|còn|bỏ"
    r"|đính|nếu|dự|mới|là|thì|nhưng|(?<!trước\s)(?<!sau\s)khi|(?:trước|sau)(?!\s+khi\b))(?!\w)"
)

_END = " .,;:…-–—"  # marks around the words, never part of them


def after_the_step_s_day(time_part: str, label: str | None) -> bool:
    """Whether `time_part` (as printed) is "Ngày <step> D" (or with ":" or "là" before D), its
    step `label` named as its day (`DAY_OF_THE_STEP`), or "<step>: D", "<step> là D" with any
    other step ("Hạn nộp hồ sơ: 15/5/2026"), D a bare day or span of days."""
    if not label:
        return False
    step = " ".join(fold(nfc(label)).lower().split())
    said = " ".join(fold(nfc(time_part)).lower().split()).lstrip(" -–—*+•")
    if not said.startswith(step):
        return False
    day = _BARE_DAY if DAY_OF_THE_STEP.fullmatch(step) else _SAID_DAY
    return day.fullmatch(said, len(step)) is not None


def refuse_words_after_the_step_s_day(time_part: str, label: str | None, rest: str) -> None:
    """Refuse the words `rest` after "Ngày <step> D" (`after_the_step_s_day`) unless they are
    only where, for whom or why the step is done (`_OF_THE_STEP`, nothing told of the day in
    them): the step is named, so other words can only tell of the day (see the module's
    docstring). Called once the words passed `label.read_trailing`, whose refusals say more."""
    if not after_the_step_s_day(time_part, label):
        return
    words = " ".join(nfc(rest).split()).strip(_END)
    if not words:
        return
    said = words.lower()
    if _OF_THE_STEP.match(said) and not _TOLD_OF_THE_DAY.search(said) and _accented(words):
        return
    raise Unreadable(
        f"sau ngày tháng còn chữ không hiểu: “{words}”: “{label}” đã nêu việc, chữ sau ngày chỉ "
        "có thể nói về chính ngày đó (sai, cũ, hết hiệu lực, đã đổi …); không đoán, ghi "
        "last_day theo văn bản"
    )


def _accented(words: str) -> bool:
    """Whether `words` are printed with their diacritics: typed bare, "tai So Tu phap da huy"
    hides "đã hủy" from `_TOLD_OF_THE_DAY`, so a place so typed is not taken."""
    return fold(words) != words.lower()


# Before the day, in a step that opens with the day or the deadline it names ("Ngày …",
# "Hạn …", "Thời hạn …", "Thời gian …", "Lịch …", "Mốc …"): words after the step's own verb
# that close it telling that day's state, "Ngày nộp hồ sơ bị hủy 15/5/2026" (called off),
# "Hạn nộp hồ sơ sai: 15/5/2026" (wrong), "Ngày nộp hồ sơ vừa qua là 15/5/2026" (past), "Hạn
# nộp hồ sơ từng là 15/5/2026" (was once), "… thôi", "… bỏ" (dropped), "… chưa chốt" (not
# fixed), "… tạm" (provisional), all read on main as due that day with the word in the step
# (session 59, helper p59). As printed, lower case; the first word after the day's noun is the
# step's verb
# ("Ngày hủy đăng ký", "Hạn đổi thẻ", "Ngày bỏ phiếu": the work is to cancel, change, vote),
# and a word of state followed by its object is a step too ("Thời hạn bỏ đăng ký chung (bỏ
# môn …)", zv-duytan-dang-ky-tin-chi-hk1-2022-2023; "… đăng ký hoãn thi", zq-due-udn-dang-ky-
# hoan-thi-hoc-ky-1-2021-2022; "Thời gian bù đổi", zg-tvpl-phuc-tra-chien-si-moi-tt-148-2025):
# only the state closing the step is the day's.
# The day's noun folded: "Ngay nop ho so bi huy" is typed bare
_DAY_NOUN = re.compile(
    r"\A\s*(?:ngay|(?:thoi\s+)?han(?:\s+(?:chot|cuoi))?|thoi\s+gian|lich|moc)\s+", re.ASCII
)
_STATE_OF_THE_DAY = re.compile(
    r"(?<!\w)(?:bị\s+\w+(?:\s+\w+)?|(?:đã|được)\s+(?:hủy|huỷ|hoãn|bỏ|thay|đổi|lùi|dời)"
    r"|sai|nhầm|thôi|bỏ|từng|(?:vừa|đã)\s+qua|chưa\s+\w+|cũ|tạm|trước\s+(?:đây|kia)|ban\s+đầu"
    r"|năm\s+ngoái|hết\s+hiệu\s+lực|không\s+còn)[\s:.,;]*\Z"
)
# ... and typed bare, the words no other reads as: "Ngay nop ho so bi huy 15/5/2026"
_STATE_TYPED_BARE = re.compile(
    r"(?<![a-z])(?:bi\s+[a-z]+(?:\s+[a-z]+)?|sai|nham|tung|(?:vua|da)\s+qua|het\s+hieu\s+luc)"
    r"[\s:.,;]*\Z"
)


def step_of_a_day_due(label: str | None) -> str | None:
    """`label`, the step before a day; refused when it opens with the day or deadline it
    names (`_DAY_NOUN`) and words after its own verb close it telling the state of that day
    (`_STATE_OF_THE_DAY`): it is called off, wrong, past, old or provisional, not a day due."""
    said = " ".join(nfc(label or "").lower().split())
    noun = _DAY_NOUN.match(fold(said))  # one character for one: its end is said's
    if noun is None:
        return label
    verb = re.match(r"\S+\s*", said[noun.end() :])  # the step's own verb, never its state
    rest = said[noun.end() + (verb.end() if verb else 0) :]
    bare = fold(said) == said  # typed without diacritics
    if found := (_STATE_TYPED_BARE if bare else _STATE_OF_THE_DAY).search(rest):
        told = rest[found.start() :]
        raise Unreadable(
            f"“{label}” nói chính ngày đó “{told.strip()}” (hủy, sai, đã qua, cũ, tạm "
            "…), không phải hạn phải làm; ghi thời hạn hiện hành (last_day), thời hạn cũ vào "
            "history"
        )
    return label


# After any other time part of a named step ("Nộp hồ sơ trước ngày 15/5/2026 …"), words of
# its gloss that only judge the day: wrong ("là sai", "(nhầm)"), no longer in force ("nay đã
# hết hiệu lực", "không còn áp dụng"), old ("là hạn cũ"). Read on main as due that day, the
# verdict in the gloss (session 59, helper p59). As printed, lower case, closing the words; a
# bare "sai" or "nhầm" only as the whole of them ("… kê khai sai" is a step's object)
_JUDGED_WHOLE = re.compile(r"\A[\s(\-–—,;:.]*(?:là\s+|bị\s+|ghi\s+)?(?:sai|nhầm)[\s).!;,]*\Z")
_JUDGED_LAST = re.compile(
    r"(?<!\w)(?:là\s+(?:sai|nhầm|(?:ngày|hạn|thời\s+hạn)\s+cũ)|(?:nay\s+)?(?:đã\s+)?hết\s+hiệu"
    r"\s+lực|(?:nay\s+)?không\s+còn\s+(?:hiệu\s+lực|áp\s+dụng|giá\s+trị))[\s).!;,]*\Z"
)


def refuse_day_judged_after(label: str | None, rest: str) -> None:
    """Refuse the words `rest` after the time part of a step named before it (`label`) when
    they only judge the day (`_JUDGED_LAST`): wrong, void or old; and, named or not, when
    they are only "sai", "nhầm" (`_JUDGED_WHOLE`)."""
    said = " ".join(nfc(rest).lower().split())
    # ... a verdict alone names no step either: "ngày 15/5/2026 là sai" (its step "là sai")
    if not (_JUDGED_WHOLE.search(said) or (label and _JUDGED_LAST.search(said))):
        return
    shown = " ".join(rest.split()).strip(_END)
    raise Unreadable(
        f"sau ngày tháng còn chữ không hiểu: “{shown}”: chữ sau ngày nói chính ngày đó sai, cũ "
        "hoặc hết hiệu lực, không phải hạn phải làm; ghi thời hạn hiện hành (last_day), thời "
        "hạn cũ vào history"
    )
