"""A step after its day that waits on a condition or is told not to happen: no firm day.

"Ngày 15/3, tổ chức hội nghị nếu đủ điều kiện", "Ngày 1-7 sẽ không tổ chức hội nghị": the
day holds only if the condition does, and a step told not to happen has no deadline (issue 11
§1, the first rule: never a silent wrong date). The words that say so, shared by the checks
after a day that opens the phrase (`engine._refuse_conditional_after_its_day`,
`engine._refuse_negated_after_its_day`), after a deadline (`label`) and by the press line that
tells an event on its day, its body before the day ("Sở GD cho biết sáng 1-7 sẽ tổ chức hội
nghị nếu đủ điều kiện", `agenda.event_on_its_day`, `step_held_back`).

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc, unmarked

# a step negated: "không" as its verb's negation (never "hàng không", "không gian", "không
# khí", "không quân", "không lưu", "không phận", "không ảnh": nouns); folded
# ... nor a slogan's or a name's "không" (session 55's tester: "Ngày 1-7 khai mạc Tuần lễ không
# khói thuốc", "phát động phong trào nói không với ma túy", "chuyển đổi số không giấy tờ",
# read as 01/07 before the day-first check): "nói không", "không khói thuốc", "không giấy
# (tờ)", "không (dùng) tiền mặt", "không rác thải", "không ma túy", "không bạo lực"
NEGATED_STEP = re.compile(
    r"(?<![a-z])(?<!hang )(?<!noi )khong(?![a-z])"
    r"(?! (?:gian|khi|quan|luu|phan|anh|khoi thuoc|giay|(?:dung )?tien mat|rac|ma tuy|bao luc)"
    r"(?![a-z]))",
    re.ASCII,
)
# a step not done yet, as printed: "chùa" (a pagoda), "chứa" are none
NOT_YET = re.compile(r"(?<!\w)chưa(?!\w)")
# ... or "chẳng" (not), as printed (folded, "chặng" is a leg of a route, "chàng" a young man):
# "Ngày 1-7, các xã chẳng tổ chức hội nghị" (helper guards55: read as a firm 01/07); never
# "chẳng hạn" (for example) nor "chẳng những" (not only)
NOT_AT_ALL = re.compile(r"(?<!\w)chẳng(?!\w)(?!\s+(?:hạn|những)(?!\w))")
# ... or told not to be done in the words of speech (session 55's tester: "Ngày 1-7 các xã đừng
# / chả / ko tổ chức hội nghị" read as a firm 01/07): "đừng" (do not), "chả" (never "chả giò",
# "chả cá", "chả lụa": dishes), "ko" (typed for "không"), as printed
DO_NOT = re.compile(
    r"(?<!\w)(?:đừng|ko|chả(?!\s+(?:giò|cá|lụa|quế|mực|nem|bò|tôm|cua|rươi|ram)(?!\w)))(?!\w)"
)
# ... or told cancelled: "Hội nghị sáng 1-7 sẽ bị hủy", "Sở GD cho biết sáng 1-7 sẽ hủy hội nghị"
# (session 55's tester: read as a firm 01/07; "hoãn", "dời" were refused already)
CANCELLED = re.compile(r"(?<!\w)(?:sẽ\s+(?:bị\s+)?|bị\s+)h(?:ủy|uỷ)(?:\s+bỏ)?(?!\w)")
# ... or a condition right after the day, which the step waits on: "Ngày 6-3, nếu đủ điều
# kiện, đoàn kiểm tra số 26 công bố quyết định …" (session 49, helper n2k: a neighbour of the
# event told with its day); the day holds only if the condition does. As printed: "nêu" (to
# state) folds alike
CONDITION_FIRST = re.compile(r"\W*(?:nếu|trường\s+hợp)(?!\w)")
# ... or anywhere after the step, which the step holds on as much (session 50, helper
# guardsl: "Ngày 15/3, tổ chức hội nghị nếu đủ điều kiện", "… (nếu có)", "… trong trường hợp
# cần thiết", "… khi có ý kiến của Tỉnh ủy", read as a firm 15/03): "nếu"; "trường hợp" but
# the cases named ("các trường hợp phát sinh"); the step left to circumstances ("tùy tình
# hình"); "khi" before a need or a leave ("khi có", "khi cần", "khi được", "khi đủ"), never
# the order of a plain time clause ("sau khi sắp xếp", "trước khi …", "từ khi …"). As printed
# and lower case; words inside quotation marks (a name: "cuộc thi “Nếu em là …”") are none
CONDITION_AFTER = re.compile(
    r"(?<!\w)(?:nếu"
    r"|(?<!các\s)(?<!những\s)(?<!mọi\s)(?<!số\s)trường\s+hợp"
    r"|(?:tùy|tuỳ)(?:\s+theo)?\s+(?:tình\s+hình|điều\s+kiện)"
    # ... "miễn là đủ điều kiện", "với điều kiện …", "phụ thuộc vào tình hình" (fresh54)
    r"|miễn\s+là|với\s+điều\s+kiện|(?:phụ|tùy|tuỳ)\s+thuộc"
    r"|(?<!sau\s)(?<!trước\s)(?<!từ\s)(?<!đến\s)(?<!tới\s)khi\s+(?:có|cần|được|đủ))(?!\w)"
)
# ... or told not to happen: "Ngày 1-7 sẽ không tổ chức hội nghị" (fresh54: read as a firm
# 01/07), "Sở GD cho biết ngày 1-7 sẽ không …"
WILL_NOT = re.compile(r"(?<!\w)sẽ\s+(?:không|chưa|chẳng)(?!\w)")
# ... the same typed without diacritics, in a phrase that has none (`unmarked`: session 51's
# tester, "Ngay 15/3, to chuc hoi nghi (neu co)" read as a firm 15/03): "neu" but "nêu rõ"
# (to state clearly), the one reading of those letters a step says
CONDITION_FIRST_BARE = re.compile(r"\W*(?:neu(?!\s+ro(?!\w))|truong\s+hop)(?!\w)")
CONDITION_AFTER_BARE = re.compile(
    r"(?<!\w)(?:neu(?!\s+ro(?!\w))"
    r"|(?<!cac\s)(?<!nhung\s)(?<!moi\s)(?<!so\s)truong\s+hop"
    r"|tuy(?:\s+theo)?\s+(?:tinh\s+hinh|dieu\s+kien)"
    r"|(?<!sau\s)(?<!truoc\s)(?<!tu\s)(?<!den\s)(?<!toi\s)khi\s+(?:co|can|duoc|du))(?!\w)"
)
# words inside quotation marks, with what closes them: a name ("cuộc thi “Nếu em là …”"),
# never the step's condition; also a whole phrase quoted as a cell is copied (`engine`)
QUOTED = re.compile(r'\s*(?P<open>["“«])(?P<inner>[^"“”«»]*)(?P<close>["”»])[ .,;:]*')


def negation(words: str) -> re.Match[str] | None:
    """Where `words` (a step told with its day, as printed) tell it negated (`NEGATED_STEP`,
    matched folded: one character for one), not done yet (`NOT_YET`), not at all
    (`NOT_AT_ALL`, `DO_NOT`) or cancelled (`CANCELLED`); None when they do not."""
    lower = words.lower()
    return (
        NEGATED_STEP.search(fold(lower))
        or NOT_YET.search(lower)
        or NOT_AT_ALL.search(lower)
        or DO_NOT.search(lower)
        or CANCELLED.search(lower)
    )


def step_held_back(words: str) -> str | None:
    """The words of `words` (a step told with its day, as printed) that make it wait on a
    condition (`CONDITION_AFTER`, or typed bare in words with no mark, `CONDITION_AFTER_BARE`)
    or tell it negated, not done yet or cancelled (`negation`); None when none does.
    Words inside quotation marks (a name: "cuộc thi “Nếu em là …”") are none."""
    shown = QUOTED.sub(lambda name: " " * len(name.group()), nfc(words))
    after = CONDITION_AFTER_BARE if unmarked(shown) else CONDITION_AFTER
    lower = shown.lower()
    held = after.search(lower) or negation(shown)
    return None if held is None else shown[held.start() : held.end()]
