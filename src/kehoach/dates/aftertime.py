"""Words after a time part that name the work, never a time: a round by its number, the
rules a start's work follows.

`label.read_trailing` refuses any word of time after the time part (`label._NOT_IN_STEP`):
"đợt" may open another round's time ("…, đợt sau vào tháng 12"), "theo" may hand the day to
a rule ("đến ngày 7/8, thí sinh phải nộp bản chính theo quy định"). Two uses name no time:
  - a round by its number: "Ngày 1-2/12, gần 340.000 trẻ … sẽ được uống vitamin A trong
    chiến dịch bổ sung đợt 2/2025" (Kiến Thức on Hà Nội's vitamin A campaign, 2025;
    zb-kienthuc-ha-noi-vitamin-a-dot-2-2025): the round the days read belong to, its year
    cut and checked against them by `rounds` ("đợt 2/2025" -> "đợt 2"); the label before a
    time reads "đợt 2" so already (`label._NAMED_NUMBER`), the words after it did not;
  - the rules the work follows from a start with no end: "2. Kể từ ngày 1-7-2024, các đơn vị
    trên sẽ tiếp tục việc cấp căn cước, định danh điện tử cho người dân TP theo quy định"
    (Công an TP.HCM, 2024; zf-xosobinhdinh-tphcm-tam-ngung-cccd-den-30-6-2024): how the work
    resumed on the day read is done. A start reads no deadline, so the rule moves none, and
    the start is the day written; after a deadline the rule may set the day and stays
    refused (`label._MANNER_AFTER_A_DAY` spares it only in a clause of purpose).

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

# "đợt" and its number, digits or a Roman numeral, as `_word_of_time_after` splits the words
# (lower case): "đợt 2", "đợt ii"; never "đợt sau", "đợt tới", "đợt này" (a round placed in
# time), nor a number with a separator after it ("đợt 2/2025" left uncut: another year, the
# number check refuses it before this)
_ROUND_NUMBER = re.compile(r"\d{1,2}|i{1,3}|iv|v|vi{1,3}|ix|x")


def numbered_round(words: list[str], index: int) -> bool:
    """Whether words[index] and the word after it (lower case, as `_word_of_time_after` splits
    them) are the one round the words name, by its number ("đợt 2"), which names no time.
    Two rounds ("đợt 2 và đợt 3") may each have a day of their own: not spared."""
    following = words[index + 1] if index + 1 < len(words) else ""
    return (
        words[index] == "đợt"
        and _ROUND_NUMBER.fullmatch(following) is not None
        and words.count("đợt") == 1
    )


# "theo quy định", "theo đúng quy định", whole; never before "tại" (a provision cited: its
# day is checked as a number, but the provision may set the time: left refused), and never
# "theo hướng dẫn", "theo kế hoạch" (a guidance, a plan: they set days of their own)
_BY_RULE = re.compile(r"(?i)(?<!\w)theo\s+(?:đúng\s+)?quy\s+định(?!\w)(?!\s+tại(?!\w))")


# ... and only for a work that goes on from the start, never one to be finished, sent or
# done by a time the rule sets ("Kể từ ngày 1-7-2024, các đơn vị phải hoàn thành việc chuyển
# đổi theo quy định": the rule's deadline, hidden behind the start; the merge's tester,
# fresh53), nor one told possible, planned or done
_DUE_BY_RULE = re.compile(
    r"(?i)(?<!\w)(?:phải|cần|hoàn\s+thành|xong|nộp|gửi|báo\s+cáo|chậm\s+nhất|hạn|kết\s+thúc"
    r"|có\s+thể|dự\s+kiến|đã|vừa)(?!\w)"
)


def rules_after_a_start_out(words: str) -> str:
    """`words`, after a start with no end, with "theo (đúng) quy định" blanked (`_BY_RULE`):
    how the work going on from the start is done; `words` as they are when the work is one
    due by a time the rule may set, or told possible, planned or done (`_DUE_BY_RULE`). The
    caller calls it only after a start."""
    if _DUE_BY_RULE.search(words):
        return words
    return _BY_RULE.sub(lambda rule: " " * len(rule.group()), words)


# ... and the hours of each day the work runs, from a start with no end: "chuyển đổi lộ trình
# thu gom rác ban đêm sang bàn ngày bắt đầu từ ngày 15/11/2017 đối với thu gom bằng xe ba gác
# bắt đầu lúc 05h đến 14h" (phường Hòa Minh, Đà Nẵng, 2017; v-hoaminh-da-nang-lich-thu-gom-rac-
# 2017): the collection's hours inside each day from the start on, no day; the start is the
# day written. Two hours joined ("lúc|từ HHh … đến|- HHh"), nothing of a day after them
# ("đến 14h ngày 20/11", "… hôm sau", "… sáng mai" give a day and stay checked), and the
# work named before them: hours right after the start ("từ ngày 8/5/2025: từ 7 giờ đến 11
# giờ", a schedule's row) may be that one day's and stay refused. Read over the folded words
_HOUR = r"\d{1,2}\s*(?:h|gio)(?:\s*\d{2}(?:\s*phut)?)?"
_HOURS_OF_EACH_DAY = re.compile(
    rf"(?<![a-z\d])(?:bat\s+dau\s+)?(?:luc|tu)\s+{_HOUR}\s*(?:den|-|–)\s*{_HOUR}(?![a-z\d'’])"
    r"(?!\s*(?:[/.-]\s*\d|(?:ngay|hom|sang|chieu|toi|dem|trua|mai|cung|thu|chu\s+nhat)\b))",
    re.ASCII,
)


def hours_of_each_day(folded: str) -> list[tuple[int, int]]:
    """The spans of `folded` (the words after a start with no end, folded) that give the
    hours of each day the work runs (`_HOURS_OF_EACH_DAY`): no time of the phrase. The
    caller calls it only after a start."""
    return [
        hours.span()
        for hours in _HOURS_OF_EACH_DAY.finditer(folded)
        if any(char.isalpha() for char in folded[: hours.start()])  # the work named first
    ]
