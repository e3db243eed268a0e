"""A not-until told of anyone: a time, then who waits, then "mới" and the step ("Đến
15/9/2026 các hộ dân trong vùng mới gieo", "Đến 30/6/2026 Kho bạc mới thanh toán", "Tới
15/9/2026 Ủy ban nhân dân các xã mới nộp", "Sang ngày 15/9/2026 bà con mới gieo", "Đến ngày
30 tháng 6 năm 2026 mới nộp", "Đến ngày 30/6/2026 (thứ Ba) mới nộp": helper a61's brief, each
read on main as due that day). A time opening the phrase, or the "đến" closing "Từ A đến B",
heads no wait (helper a61b's brief: "Ngày 15/9/2026 bà con mới gieo" reads as main reads it).

"mới" before a verb, after the time and in the same clause (no comma or period between,
save the one closing the time), says the step is only done then: the day is the earliest,
never the last (the engine's `_ONLY_THEN` holds the shapes main already refused; this rule
takes whoever waits, not a short list of them). "Đến 30/6/2026 vừa mới nộp" (just done,
by then) tells a past, no deadline either.

"mới" of a new thing stays read: after a word of the step ("Đến 30/6/2026 hoàn thành trụ sở
mới", "… hoàn thành xây mới toàn bộ nhà", tests/corpus's "đến ngày 31/1/2026 phải thực hiện
xong việc xây dựng nhà mới cho người dân"), before a participle ("các đơn vị mới được thành
lập"), a name ("UBND huyện Chợ Mới"); and the day the work ends, reached only then, is its
deadline ("Đến 30/6/2026 (thì) mới hoàn thành": session 60's ruling).

Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from kehoach.base.text import nfc, unaccent, unmarked

# the time: "đến", "tới", "sang", stressed by "phải", "mãi", "chỉ" ("Phải đến …", "Mãi tới
# …"), or "tận" alone ("Tận 30/6/2026 …"). A time opening the phrase or a clause with no
# such head is none ("Ngày 15/9/2026 bà con mới gieo", "Tháng 9/2026 học sinh mới nhập
# trường"): "new X does it that day" or "X only does it that day", the doing is on that day
# either way, as main reads it (the lead's ruling, helper a61b's brief)
_HEAD = (
    r"(?:(?<!\w)(?P<stress>(?:phải|mãi|chỉ)\s+(?:cho\s+)?)?(?:đến|tới|sang)(?:\s+tận)?\s+"
    r"|(?<!\w)(?P<alone>tận)\s+)"
)
# ... a day, a month, a quarter or a year, in figures or with its words ("ngày 30 tháng 6
# năm 2026"), its hour, its part of the day, its weekday, its end or its start named ("17
# giờ ngày 30/6/2026", "sáng thứ Ba ngày 30/6/2026", "hết quý III/2026"), "tới" after it
# ("ngày 15/9 tới": the coming one), then a bracket that glosses it ("(thứ Ba)")
_TIME_WORD = (
    r"(?:ngày|tháng|năm|quý|giờ|phút|h|hết|cuối|đầu|giữa|sáng|chiều|tối|trưa|đêm|buổi|thứ"
    r"|hai|ba|tư|sáu|bảy|chủ\s+nhật|[ivx]+)(?!\w)"
)
_FIGURE = r"[/.-]?\d[\d/.:-]*(?:[hg]\d*)?(?!\w)"  # "30/6/2026", "17h00", "III/2026"
_TIME = (
    rf"(?:{_TIME_WORD}\s*)*{_FIGURE}(?:\s*(?:{_TIME_WORD}|{_FIGURE}))*"
    r"(?:\s+(?:tới|này|sắp\s+tới)(?!\w))?"
)
_GLOSS = r"(?:\s*\([^()]{1,40}\))?"
# a word of who waits: a figure ("UBND 12 xã", "chỉ 5 huyện") or letters with a sign inside
# ("Phòng GD&ĐT", "COVID-19")
_WORD = r"(?:\d+|[^\W\d_](?:[^\W_]|[&'’-](?=\w))*)"
# ... then who waits, words alone (a period or a semicolon ends the clause; a comma may join
# who: "UBND các xã, phường"), and "mới"
_WAIT = re.compile(
    rf"{_HEAD}(?:{_TIME}){_GLOSS}[\s,–—-]*(?:thì\s+)?"
    rf"(?P<who>{_WORD}(?:(?:\s+|\s*,\s*){_WORD}){{0,15}}?\s+)??(?:thì\s+)?"
    r"(?:(?P<just>vừa)\s+)?(?P<then>mới)\s+(?P<next>[^\W\d_]+)",
    re.IGNORECASE,
)

# Who waits is anyone ("các hộ dân trong vùng", "Ủy ban nhân dân các xã", "Kho bạc", "bà
# con", "vốn"), never a thing, whose "mới" is "new": a document, a rule, a work, a tool,
# opening the words or just before "mới" ("Ngày 1/7/2026 các quy định mới có hiệu lực",
# "Ngày 1/7/2026, Luật mới có hiệu lực", "Ngày 1/7/2026 bộ máy mới đi vào hoạt động": read on
# main as the day it takes effect, and so it is; "… khởi động chương trình mới tại …")
_THINGS = (
    r"(?:luật|bộ\s+luật|nghị\s+định|nghị\s+quyết|thông\s+tư|quyết\s+định|chỉ\s+thị"
    r"|kế\s+hoạch|chương\s+trình|đề\s+án|quy\s+định|quy\s+chế|quy\s+trình|hướng\s+dẫn"
    r"|công\s+văn|văn\s+bản|chính\s+sách|chế\s+độ|mẫu|biểu\s+mẫu|mức|bảng|giá|phần\s+mềm"
    r"|hệ\s+thống|ứng\s+dụng|dự\s+án|công\s+trình|sản\s+phẩm|trụ\s+sở|bộ\s+máy|mô\s+hình"
    r"|năm\s+học|học\s+kỳ|lịch|tiêu\s+chí|tiêu\s+chuẩn|giấy\s+phép|thẻ|hóa\s+đơn|hoá\s+đơn"
    r"|nhà|điểm|nội\s+dung|nông\s+thôn|đô\s+thị|khu|kỷ\s+nguyên|giai\s+đoạn|thời\s+kỳ"
    r"|nhiệm\s+kỳ|khóa|khoá|phiên\s+bản|phương\s+án|cơ\s+chế|dịch\s+vụ|tính\s+năng)(?!\w)"
)
_THING = re.compile(
    rf"(?:(?:các|những|mọi|toàn\s+bộ|tất\s+cả(?:\s+các)?)\s+)?{_THINGS}"
    rf"|(?:.*\s)?{_THINGS}\Z",
    re.IGNORECASE,
)
# ... never a clause with a step of its own before "mới": then "mới" is the new thing the
# step makes ("Đến 30/6/2026 các xã hoàn thành trụ sở mới đưa vào sử dụng")
_STEP_BEFORE = re.compile(
    r"(?<!\w)(?:hoàn\s+(?:thành|tất|thiện)|xong|xây|thực\s+hiện|triển\s+khai|tổ\s+chức|đạt"
    # ("có 5 huyện": a count of who, no step of its own)
    r"|có(?!\s+\d)|sẽ|đã|đang|phải|cần|được|bị|là|để|đưa|làm|bố\s+trí|nộp|gửi|ban\s+hành|khai"
    r"|cấp|sửa|cải\s+tạo|lắp|mua|trang\s+bị|chuyển|thay|đổi|cập\s+nhật|áp\s+dụng|sử\s+dụng"
    r"|vận\s+hành|công\s+bố|thành\s+lập|bàn\s+giao|di\s+dời|đăng\s+ký|tuyển|cho|về|theo"
    r"|với)(?!\w)",
    re.IGNORECASE,
)
# After "mới": a step, never a word that goes with a thing ("mới nhất", "mới và cũ", "nông
# thôn mới nâng cao", "… mới sau sắp xếp", "… mới đều có trụ sở": test_d60b)
_THING_AFTER = re.compile(
    r"(?:sau|đều|nhất|và|hoặc|của|cho|tại|trong|theo|với|toàn|nâng|kiểu|hiện|thông|này|đó"
    r"|chỉ(?!\s+(?:đạo|định))|là)(?!\w)"
    # ... nor a count reached ("Năm 2025, tỉnh trồng mới được 1.200 ha rừng": told as a
    # figure, test_guardsi)
    r"|(?:[^\W\d_]+\s+){0,4}?được\s+(?:(?:khoảng|gần|trên|hơn)\s+)?\d",
    re.IGNORECASE,
)
# ... nor, after who unstressed, "new" before a participle ("các xã mới thành lập", "… mới
# được công nhận": test_d60b); "Mãi tới 30/6/2026 Sở Y tế mới cấp phép" is a wait
_PARTICIPLE_AFTER = re.compile(
    r"(?:được\s+)?(?:thành\s+lập|tuyển\s+dụng|chuyển\s+đến|nhập\s+học|hợp\s+nhất|hình\s+thành"
    r"|bổ\s+sung|sắp\s+xếp|cổ\s+phần\s+hóa|cổ\s+phần\s+hoá|công\s+nhận|phát\s+sinh|sáp\s+nhập"
    # ... "giao", "cấp" only with "được" or nothing after: "Đến 30/6/2026 Sở Y tế mới cấp
    # phép", "… UBND tỉnh mới giao vốn" give, only then (helper a61b's tester)
    r"|(?<=được\s)(?:giao|cấp)|(?:giao|cấp)(?=\s*(?:[,;.]|\Z)))(?!\w)",
    re.IGNORECASE,
)
# ... nor the end the step names, reached only then: the day it ends is its deadline
# ("Đến 30/6/2026 mới hoàn thành", "… mới là hạn chót", "Phải đến 30/6/2026 mới hết hạn";
# session 60's rulings), nor the day school resumes or an event held that day ("đến ngày
# 2/3 mới đi học trở lại", "… mới tổ chức khai giảng": test_deadline_forms_e); a stressed
# wait ("Phải đến …", "Mãi đến …", "Tận …") keeps only the end named (session 58)
_ENDS = (
    r"hết|kết\s+thúc|khóa|khoá|chấm\s+dứt|khép\s+lại"
    # "đóng" closes a door, a gate or a book, or stands alone; "đóng dấu", "đóng lệ phí",
    # "đóng BHXH" stamp or pay, a step (helper a61b's tester)
    r"|đóng(?=\s*(?:[,;.]|\Z)|\s+(?:cửa|cổng|sổ|lại|hệ\s+thống|tài\s+khoản))"
)
# an event held that day ("mới tổ chức khai giảng")
_EVENT = (
    r"(?:lễ|khai\s+giảng|khai\s+mạc|bế\s+mạc|hội\s+nghị|hội\s+thảo|đại\s+hội|họp|kỳ\s+họp"
    r"|buổi|ngày\s+hội|hội\s+thi|kỳ\s+thi|thi|tổng\s+kết|sơ\s+kết)"
)
_ENDS_NAMED = re.compile(rf"(?:{_ENDS})(?!\w)", re.IGNORECASE)
_DONE_THEN = re.compile(
    # ("chính thức" before it; "tổ chức" an event, "… mới tổ chức tuyển sinh", "… mới chính
    # thức thanh toán" start a process only then: helper a61b's tester)
    r"(?:chính\s+thức\s+)?"
    rf"(?:{_ENDS}|hoàn\s+thành|xong|đi\s+học|trở\s+lại|quay\s+lại|tựu\s+trường|tổ\s+chức\s+{_EVENT}"
    # ... nor the day a thing takes effect, opens or is applied: that day either way ("Ngày
    # 5/9/2026 các trường mới khai giảng", "… mới chính thức hoạt động": read on main)
    r"|có\s+hiệu\s+lực|(?:được\s+)?áp\s+dụng|(?:đi\s+vào\s+)?hoạt\s+động"
    r"|khai\s+giảng|khai\s+mạc)(?!\w)",
    re.IGNORECASE,
)


# "Từ A đến B": its "đến" closes a range, no head ("Từ 1/9 đến 5/9/2026: sinh viên mới làm
# thủ tục nhập học", a window as main reads it: helper a61b's brief)
_RANGE_OPENED = re.compile(rf"(?<!\w)từ\s+(?:{_TIME})\s*\Z", re.IGNORECASE)


class _Rules(NamedTuple):
    """The rules of a wait, as printed or typed without marks."""

    wait: re.Pattern[str]
    thing: re.Pattern[str]
    step_before: re.Pattern[str]
    thing_after: re.Pattern[str]
    participle_after: re.Pattern[str]
    ends_named: re.Pattern[str]
    done_then: re.Pattern[str]
    range_opened: re.Pattern[str]


_MARKED = _Rules(
    _WAIT,
    _THING,
    _STEP_BEFORE,
    _THING_AFTER,
    _PARTICIPLE_AFTER,
    _ENDS_NAMED,
    _DONE_THEN,
    _RANGE_OPENED,
)
# ... and a phrase typed without marks ("Den 30/6/2026 Kho bac moi thanh toan"), its rules
# without them: in such a phrase "moi" is "mới" (d60's ruling for its own shapes)
_BARE = _Rules(*(re.compile(unaccent(rule.pattern), rule.flags) for rule in _MARKED))


def wait_told(text: str) -> str | None:
    """What `text` tells of a wait till its time (`_WAIT`): "only" (the step is only done
    then), "just" (it was just done, "vừa mới") or None (no wait, or "mới" is new)."""
    said = nfc(text)
    for wait, rules in _waits_read(said):
        if _is_a_wait(wait, rules):
            return "just" if wait["just"] else "only"
    return None


def _waits_read(said: str) -> Iterator[tuple[re.Match[str], _Rules]]:
    """Each wait `said` may tell, with the rules it was found by: as printed, or without
    marks where "moi" is typed so ("Đến 30/6/2026 Kho bạc moi thanh toán"), or the whole
    phrase typed without them."""
    if not unmarked(said):
        yield from ((wait, _MARKED) for wait in _MARKED.wait.finditer(said))
    bare = unaccent(said)  # one character for one: "moi" at the same place as printed
    for wait in _BARE.wait.finditer(bare):
        if said[slice(*wait.span("then"))].lower() == "moi":
            yield wait, _BARE


def _is_a_wait(wait: re.Match[str], rules: _Rules) -> bool:
    """Whether `wait` is who waits, then "mới" (as printed, a name's "Mới" is none) before
    a step that is no new thing's (`_THING_AFTER`, `_PARTICIPLE_AFTER`) and names no end
    (`_DONE_THEN`)."""
    who = (wait["who"] or "").strip()
    stressed = wait["stress"] or wait["alone"]
    if not _told_lower(wait) or rules.range_opened.search(wait.string[: wait.start()]):
        return False
    if who and not _waits(who, rules, thing_too=not stressed):
        return False
    step = wait.string[wait.start("next") :]
    if wait["just"]:
        return True
    if rules.thing_after.match(step) or (
        who and not stressed and rules.participle_after.match(step)
    ):
        return False
    return not (rules.ends_named if stressed else rules.done_then).match(step)


def _told_lower(wait: re.Match[str]) -> bool:
    """Whether "mới" is the word, not a name's ("Chợ Mới"): lowercase, or in capitals with
    the step after it ("Đến 30/6/2026 KHO BẠC MỚI THANH TOÁN")."""
    then = wait["then"]
    return then.islower() or (then.isupper() and wait["next"].isupper())


def _waits(who: str, rules: _Rules, *, thing_too: bool) -> bool:
    """Whether `who` may wait: no step of its own (`_STEP_BEFORE`), and unless the wait is
    stressed, no thing (`_THING`): "Phải đến 30/6/2026 dự án mới khởi công" waits."""
    if thing_too and rules.thing.match(who):
        return False
    return not rules.step_before.search(who)
