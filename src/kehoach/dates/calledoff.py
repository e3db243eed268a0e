"""An event called off or put off: "hoãn" (put off), "tạm dừng" (suspended), "hủy bỏ"
(cancelled). The day or period printed beside such a word is the one given up, never a
deadline; each refusal here raises `Unreadable` with the way out (`last_day` once there is
a new schedule). One list of words (`_WORDS_ANYWHERE`, `_WORDS_AT_AN_EDGE`), read in three
places: anywhere in the phrase (`refuse_called_off`), opening the words before a bare day
(`refuse_called_off_before`), closing the step after its day (`refuse_called_off_after`).

Read with the diacritics: folded, "hoãn" is "hoàn" (hoàn thành, complete).
Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.dates.citations import refuse_text_event_after, without_references
from kehoach.dates.grammar import Source, Unreadable

# The words that call an event off wherever they stand: "UBND thành phố hoãn tổ chức tiếp
# công dân định kỳ tháng 6/2021" (UBND TP Hải Phòng, TB 245/2021), "Thường trực HĐND tỉnh …
# quyết định tạm dừng tổ chức kỳ họp thứ 13" (An Giang, 2020), "Lễ kỷ niệm … tạm hoãn và sẽ
# được tổ chức vào thời điểm thích hợp" (Bà Rịa – Vũng Tàu, 2021); "hủy" alone only before
# the event it cancels ("hủy tổ chức", "hủy kỳ thi")
_WORDS_ANYWHERE = (
    r"(?:tạm\s+)?hoãn|tạm\s+(?:dừng|ngừng|ngưng)|(?:hủy|huỷ)\s+bỏ"
    r"|(?:hủy|huỷ)(?=\s+(?:tổ\s+chức|kỳ|cuộc|lễ|hội))"
)
# ... and those that do so only at an edge of the words beside a day, where they can mean
# nothing else: mid-phrase "dừng", "thôi", "bãi bỏ" name the work or another thing
_WORDS_AT_AN_EDGE = r"hủy|huỷ|dừng|ngừng|đình\s+chỉ|bãi\s+bỏ|thôi"

_CALLED_OFF = re.compile(rf"(?i)(?<!\w)(?:{_WORDS_ANYWHERE})(?!\w)")
# ... unless a new day is said after it, "hoãn … sang ngày 30/6/2021", or a deadline to do it
# by, "hủy bỏ văn bản trước ngày 15/3". "lùi" (move back) is not one of the words: in the
# corpus it always names the later day ("lùi thời gian nhận tác phẩm … đến hết ngày
# 15/12/2021", Phú Thọ 2021; "lùi sang các ngày 28 và 29/8/2025", Nghệ An 2025), which is read.
# Not "vào" or "đến": "hoãn Hội nghị vào ngày 15/3" gives up that day, "tạm dừng đến ngày
# 30/6" is a pause.
_NEW_DAY = re.compile(r"(?i)(?<!\w)(?:sang|trước|chậm\s+nhất|muộn\s+nhất|hạn)(?!\w)[^;]*?\d")
# "tạm dừng (thực hiện) (cho) đến ngày D": a pause until a day, refused by the label's rule
_UNTIL = re.compile(r"(?i)(?:\s+[^\W\d_]+){0,2}?\s+(?:cho\s+)?(?:đến|tới)(?!\w)")


# A plan once made and given up, told as such: "Sở này từng dự kiến tổ chức thi vào cuối
# tháng 6" (Kênh 14, 03/2026: Hà Nội's lớp 10 exam, since set for other days), "từng lên kế
# hoạch …", "từng ấn định …": "từng" (once, formerly) before a verb of planning says the
# time was the plan's and is no longer; the day given up, like one put off. Read with the
# diacritics: folded, "từng" is "tung" ("tung ra", launch) and "từng" before a noun is "each"
# ("từng dự án"), which no verb of planning follows.
_FORMER_PLAN = re.compile(
    r"(?i)(?<!\w)từng\s+(?:được\s+)?(?:dự\s+kiến|dự\s+định|lên\s+kế\s+hoạch|có\s+kế\s+hoạch"
    r"|ấn\s+định|lên\s+lịch)(?!\w)"
)


def refuse_called_off(source: Source) -> None:
    """Refuse a phrase that tells of an event called off or put off anywhere in it
    (`_CALLED_OFF`), or of a plan given up (`_FORMER_PLAN`), and names no day it is moved to
    (`_NEW_DAY`): the day or period printed is the one given up, never a deadline. A phrase
    with no number after the word, or a pause until a day (`_UNTIL`), is left to the
    refusals at its edges."""
    former = _FORMER_PLAN.search(source.text)
    if former and not _NEW_DAY.search(source.text, former.end()):
        raise Unreadable(
            f"“{former[0]} …” kể kế hoạch trước đây, đã thôi: thời gian in trong câu là "
            "thời gian cũ, không phải thời hạn; ghi last_day theo lịch hiện hành"
        )
    said = _CALLED_OFF.search(source.text)
    if said is None or _NEW_DAY.search(source.text, said.end()):
        return
    rest = source.text[said.end() :]
    if not any(char.isdigit() for char in rest) or _UNTIL.match(rest):
        return  # after its day, or "tạm dừng đến ngày D": the label's own refusals say why
    raise Unreadable(
        f"“{said[0]} …” nói việc bị hoãn hoặc tạm dừng, không nêu ngày mới: thời gian in "
        "trong câu là thời gian đã bỏ, không phải thời hạn; ghi last_day khi có lịch mới"
    )


# Before the day, the words that open saying so: "Hoãn tổ chức Hội nghị ngày 15/3", "Hủy bỏ
# Hội nghị ngày 15/3", "miễn báo cáo quý I/2027" (a report waived; "Bỏ phiếu ngày 15/3", a
# vote, reads); "thôi thúc" (urge) and "dừng chân" (a stop) are no calling off
_CALLED_OFF_FIRST = re.compile(
    rf"(?:{_WORDS_ANYWHERE}|{_WORDS_AT_AN_EDGE}"
    r"|miễn\s+(?:báo\s+cáo|nộp|thực\s+hiện|kiểm\s+tra|tổ\s+chức))(?!\w)(?!\s+(?:thúc|chân)\b)"
)
# ... on a bare day or period ("Hủy bỏ văn bản trước ngày 15/3" is a deadline to cancel by;
# "tạm dừng đến ngày 30/6" is refused as a pause)
_BARE_TIME_NEXT = re.compile(r"\s*(?:vao\s+)?(?:(?:ngay\s+)?\d|(?:thang|quy|nam)\b)", re.ASCII)


def refuse_called_off_before(said: str, rest: str) -> None:
    """Refuse the words before a day (`said`, lower case, as printed) that open calling it
    off (`_CALLED_OFF_FIRST`) when a bare day or period follows (`rest`, folded)."""
    if _CALLED_OFF_FIRST.match(said) and _BARE_TIME_NEXT.match(rest):
        raise Unreadable(  # "Hoãn tổ chức Hội nghị ngày 15/3/2027": no longer that day
            f"“{said}” nói việc ngày đó đã hoãn, hủy, dừng hoặc được miễn: không còn "
            "là hạn; ghi thời hạn hiện hành (last_day), thời hạn cũ vào history"
        )


# After the day, a step that closes saying so: "…, hoãn" (postponed), "bị hủy" (cancelled),
# "tạm dừng" (suspended), "không tổ chức"; bare "hoan", "huy", "dung", "ngung" typed without
# diacritics are taken for them. Before a day these name the work ("Hủy bỏ … trước ngày
# 15/3" is a deadline to cancel something); after it they say the day no longer holds.
_CALLED_OFF_LAST = re.compile(
    rf"(?:\b(?:{_WORDS_ANYWHERE}|{_WORDS_AT_AN_EDGE}|hoãn\s+lại|bị\s+(?:hủy|huỷ)"
    r"|không\s+tổ\s+chức)|\b(?:hoan|huy|dung|ngung))[\s.,;:!)]*$",
    re.IGNORECASE,
)
_CONTENT_LAST = re.compile(r"(?i)\bnội\s+dung[\s.,;:!)]*$")


def refuse_called_off_after(step: str) -> None:
    """Refuse a step, written after its day, that ends saying the day is called off
    (`_CALLED_OFF_LAST`), the number of the text that did it aside; "nội dung" (content),
    written with its diacritics, is no "dừng". Refuse first a step that is only what
    happened to a text that day (`citations.refuse_text_event_after`): a portal's history of
    a text lists its repeal among those."""
    refuse_text_event_after(step)
    step = without_references(step)  # "Bị bãi bỏ 17/2019/TT-BCT"
    if found := _CALLED_OFF_LAST.search(step):
        said = found.group().strip(" .,;:!)")
        if _CONTENT_LAST.search(step):
            return  # "Quảng Nam sẽ trình các nội dung": content, no "dừng"
        raise Unreadable(
            f"“{said}” sau ngày tháng nói thời hạn đã hoãn, hủy hoặc dừng: không còn là hạn; "
            "ghi thời hạn hiện hành (last_day), thời hạn cũ vào history"
        )
