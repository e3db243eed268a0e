"""A time limit told by what befalls its lapse: "Nếu quá 60 ngày kể từ ngày sinh mà cha mẹ
hoặc người giám hộ chưa thực hiện thủ tục đăng ký khai sinh, cha mẹ có thể bị xử phạt hành
chính theo quy định của pháp luật" (a law firm's page on Luật Hộ tịch 2014, Điều 15.1: the
birth registered within 60 days of it; ze-luatpvlgroup-dang-ky-khai-sinh-thoi-han).

Legal pages state a duty's limit by its breach: past N days from an event, the duty not
done, a sanction falls. A careful reader writes the limit itself, "60 ngày kể từ ngày
sinh", the count read by the deadline language as it reads it alone (a RELATIVE reading),
the duty as the step. The phrase refused as printed ("quá" is a comparison,
`label._TURNING_LAST`) is read so only when each part is there, with its diacritics
("mà" is not "mã", a code; "bị" not "bí"):

- "nếu" or "trường hợp" then "quá" and a count of days, working days, months or years
  "kể từ" / "tính từ" an event (no number in it: a day written out is another form);
- "mà", who, then "chưa" or "không" and the duty (a duty told done, "mà đã …", is not
  this: nothing lapsed);
- the sanction or loss that follows (`_SANCTION`): "bị xử phạt", "bị phạt", "bị xử lý",
  "bị thu hồi", "không được", "mất quyền", "hết hiệu lực". A right that follows ("thì được
  hỗ trợ") makes the count a start, not a limit: refused as before.

No other number, no second clause (";"), no other condition nor word of time after the
count (`_OTHER_CONDITION`): any of them keeps the phrase refused.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kehoach.base.text import nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Reader

# the words between the parts: no number, no clause, no bracket (read on the NFC lower case)
_WORDS = r"[^\d,;.:()\[\]]"
_LAPSED = re.compile(
    r"\A\W*(?:(?:như\s+vậy|theo\s+đó)\s*,\s*)?(?:nếu|trường\s+hợp)\s+quá\s+"
    r"(?P<count>\d{1,3}\s+(?:ngày(?:\s+làm\s+việc)?|tháng|năm)\s+(?:kể|tính)\s+từ\s+"
    rf"(?P<anchor>{_WORDS}+?))\s+mà\s+(?P<who>{_WORDS}*?)\s*(?<!\w)(?:chưa|không)\s+"
    rf"(?P<duty>{_WORDS}+?)\s*(?:,|\s+thì)\s+(?P<then>{_WORDS}+?)[\s.]*\Z"
)
# what follows the lapse: a sanction or a loss, never a right ("thì được …")
_SANCTION = re.compile(
    r"(?<!\w)(?:bị\s+(?:xử\s+phạt|phạt|xử\s+lý|thu\s+hồi|hủy|huỷ)"
    r"|không\s+(?:còn\s+)?được|mất\s+quyền|hết\s+hiệu\s+lực)(?!\w)"
)
# ... denied, doubted, asked or told done before or after it ("cha mẹ không bị xử phạt", "có
# bị xử phạt hay không", "được miễn …", "đã bị xử phạt": fresh54), none a sanction to come
_SANCTION_DOUBTED = re.compile(r"(?<!\w)(?:không|chẳng|chưa|miễn|hề|liệu|đã|vẫn|hay)(?!\w)")
# a duty that is no plain duty undone: "không thể" (cannot), "chưa kịp" (not yet in time)
_NOT_PLAIN_DUTY = re.compile(r"(?:thể|kịp)(?!\w)")
_NOT_PLAIN_WHO = re.compile(r"(?<!\w)(?:vẫn|còn)\s*\Z")


def _sanctioned(then: str) -> bool:
    """Whether `then` (lower case) names a sanction or a loss (`_SANCTION`) with nothing
    denying, doubting, asking or telling it done around it (`_SANCTION_DOUBTED`)."""
    sanction = _SANCTION.search(then)
    if sanction is None:
        return False
    around = then[: sanction.start()] + " " + then[sanction.end() :]
    return _SANCTION_DOUBTED.search(around) is None


# after the count: a second condition ("nếu", "trừ", "trường hợp") or a word of time ("hằng
# năm", "trước", "đến"), which may set another limit or a cadence
_OTHER_CONDITION = re.compile(
    r"(?<!\w)(?:nếu|trừ|trường\s+hợp|khi|ngày|tháng|năm|tuần|quý|hằng|hàng|trước|sau|đến|tới"
    r"|từ|kể|nay|kỳ|đợt|lần)(?!\w)"
)


def read_lapsed(phrase: str, context: Context, parse: Reader) -> tuple[Deadline, ...] | None:
    """The limit of a duty told by its lapse (see the module): the count "N ngày kể từ …"
    read by `parse` alone, as one RELATIVE reading, the duty its step; None when the phrase
    is not so made, or the count alone is refused or reads otherwise."""
    shown = " ".join(nfc(phrase).split())
    found = _LAPSED.match(shown.lower())
    if found is None or not _sanctioned(found["then"]) or "?" in shown:
        return None
    if _NOT_PLAIN_DUTY.match(found["duty"]) or _NOT_PLAIN_WHO.search(found["who"]):
        return None  # "mà cha mẹ không thể / chưa kịp / vẫn chưa …": no plain duty undone
    if _OTHER_CONDITION.search(found.string, found.start("who")):
        return None
    try:
        read = parse(shown[slice(*found.span("count"))], context)
    except Unreadable:
        return None
    if len(read) != 1 or read[0].kind is not DeadlineKind.RELATIVE:
        return None
    who = shown[slice(*found.span("who"))].strip()
    duty = shown[slice(*found.span("duty"))].strip()
    step = f"{who} {duty}".strip()
    said = f"hạn nêu qua việc quá hạn mà chưa làm thì {found['then'].strip()}"
    return (replace(read[0], phrase=phrase, label=step, reading=f"{read[0].reading}; {said}"),)
