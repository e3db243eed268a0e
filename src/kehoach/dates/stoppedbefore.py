"""A step stopped, suspended or put off before a day: stopped by then, or not before it?

"Đình chỉ trồng trước 10/10" (session 57's third fresh tester, varying "Vào bầu trước 25/9
và trồng trước 10/10" of zb-bvtvnamdinh-thoi-vu-cay-ua-am-vu-dong), "Dừng gieo trước 10/10", "Tạm ngừng cấy
trước …", "Hoãn gieo trước …": read as due 10/10 (yearly in a standing calendar). The words
say either that the work must have stopped by the day, or that it must not be done before
it (as "tránh", "chưa", "cấm" say: a start, `label._avoided`); the page alone tells which.
Refused with both readings named (the first rule: never a silent wrong date).

Only the stop heading the step, alone or after the words of advice "cần", "nên", "phải"
(the farmer told), with the work it stops after it ("tạm dừng trước ngày 30/6/2027" alone
is a pause due by then), and only before "trước" a time: "tạm dừng đến ngày 30/6" (the day the
work resumes) is `label._SUSPENDED`'s, "Hoãn tổ chức Hội nghị ngày 15/3/2027" (a day called
off) `calledoff`'s, and a stop inside a sentence ("… yêu cầu các chợ phải dừng hoạt động
chậm nhất từ 12 giờ ngày 16/2", x-vietnamplus-hcm-ve-sinh-tet-binh-ngo-2026) the other
rules'. Before "đến" the stop may follow its holder too ("Doanh nghiệp tạm ngừng kinh
doanh đến 30/6/2026", "Chủ doanh nghiệp có thể tạm ngừng kinh doanh đến …": session 63's
brief, read on main): the day the business resumes, no step's deadline. Before "trước" the
holder's pause is refused too ("Doanh nghiệp (có thể) tạm ngừng kinh doanh trước 30/6/2026": a
leave it may take, session 64's brief, helper d64; a stop for good, "Doanh nghiệp ngừng kinh
doanh trước …", is an order due by then and reads), and a stop denied before either word
("Doanh nghiệp không ngừng kinh doanh đến 30/6/2026": the business goes on, d64); a duty
named after the stop ("… tạm ngừng kinh doanh phải thông báo trước 30/6/2026") still reads.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc, unaccent, unmarked
from kehoach.dates.grammar import Unreadable
from kehoach.dates.holderleave import HOLDERS

_ADVICE = r"(?:(?:cần|nên|phải|bà\s+con|nông\s+dân|người\s+dân)\s+)*"
_STOP = re.compile(
    # ("tạm thời dừng …": the same pause, read as due on main: c63's brief)
    r"^[\W_]*(?:(?:[a-zđ]|\d{1,2})\s*[.)]\s*)?" + _ADVICE + r"(?P<said>(?:tạm(?:\s+thời)?\s+)?"
    r"(?:đình\s+chỉ|dừng|ngừng|ngưng|hoãn)(?:\s+lại)?"
    # ... or a closing told for a while: "Tạm thời đóng cửa đến 30/6/2026", "Tạm thời phong
    # tỏa đến …" (the day it opens again: read as due on main, c63b's brief); only with
    # "tạm": "Đóng cửa rừng đến …" alone is a season's close, as main reads it
    r"|tạm(?:\s+thời)?\s+(?:đóng\s+cửa|phong\s+t[ỏo]a|phong\s+toả|khóa|khoá|phong\s+ấn))(?!\w)"
)
# ... typed without diacritics in a phrase with none: "dinh chi", "ngung" (no other word
# folds to them; "dung" is also "dùng", "dựng", "hoan" also "hoàn")
_STOP_BARE = re.compile(
    r"^[\W_]*(?:(?:[a-z]|\d{1,2})\s*[.)]\s*)?(?:(?:can|nen|phai)\s+)*"
    r"(?P<said>(?:tam\s+)?(?:dinh\s+chi|ngung)"
    # ... and after "tam thoi" the pause is sure: "Tam thoi dung thi cong den 30/6/2026"
    # (c63b's brief; "tạm thời dùng … đến …", used until then, is no deadline either)
    r"|tam\s+thoi\s+dung|tam(?:\s+thoi)?\s+(?:dong\s+cua|phong\s+toa))(?![a-z])",
    re.ASCII,
)
# "trước" the time, a cadence maybe before it ("Dừng gieo hằng năm trước 10/10"; a standing
# calendar's "Dừng gieo trước 10/10" is read so)
_BEFORE_NEXT = re.compile(r"\s*(?:(?:hang|moi)\s+(?:nam|thang|quy|tuan)\s+)?truoc\b", re.ASCII)


# ... and "(cho) đến", "tới" the time: the stop lasts until then, when the work resumes
# ("Tạm dừng thi công đến ngày 30/6/2026", read as due 30/06 where "Tạm dừng đến ngày 30/6"
# alone was refused, `label._SUSPENDED`)
_UNTIL_NEXT = re.compile(r"\s*(?:cho\s+)?(?:den|toi)\b", re.ASCII)


# ... or a holder's own stop until a day, the holder named before it: "Doanh nghiệp tạm ngừng
# kinh doanh đến 30/6/2026", "Chủ doanh nghiệp có thể tạm ngừng kinh doanh đến 30/6/2026"
# (b63, session 63's brief: read as due on main). The day the business resumes, no step's
# deadline. Only before "đến" (a holder's stop before "trước" may head a duty: "Doanh nghiệp
# tạm ngừng kinh doanh phải thông báo trước 30/6/2026" reads), "tạm" or "đình chỉ" (a pause:
# "không ngừng", "điểm dừng" are no stop), the thing stopped a few words ("tạm dừng báo cáo":
# the duty paused), no second step after it ("phải", "và", "để": "… tạm ngừng kinh doanh phải
# nộp …" names a duty of its own)
# (b63b: a plant, a shop, a toll station too, "Nhà máy ngừng sản xuất đến …"; the stop without
# "tạm" when it is of the business itself, "Doanh nghiệp ngừng kinh doanh đến 30/6/2026",
# "Cửa hàng đóng cửa đến …"; a contract put off, "Doanh nghiệp tạm hoãn hợp đồng đến …":
# session 63's brief, read on b63; never a word denying it among the holder's, "Doanh nghiệp
# không ngừng nâng cao … đến năm 2030" reads)
_HELD_STOP = re.compile(
    rf"^[\W_]*(?:các\s+)?(?:{HOLDERS}|cơ\s+sở|cửa\s+hàng|công\s+ty|nhà\s+máy|trạm(?:\s+thu\s+phí)?)"
    r"(?:,?\s+(?!(?:không|chưa|chẳng|chớ|đừng)(?!\w))[^\W\d_]+){0,3}?"
    # ("có quyền", the holder's right: d64b, session 64's tester, read on main)
    r"\s+(?:(?:có\s+thể|có\s+quyền|được(?:\s+phép)?|đã|sẽ|đăng\s+ký|xin)\s+)*"
    # ("tạm thời ngừng", the same pause: d64b, session 64's tester, read on main)
    r"(?P<said>tạm(?:\s+thời)?\s+(?:ngừng|dừng|ngưng|nghỉ|đóng\s+cửa|hoãn)|(?:tạm\s+)?đình\s+chỉ|đóng\s+cửa"
    r"|(?:ngừng|ngưng|dừng|nghỉ)(?=\s+(?:kinh\s+doanh|hoạt\s+động|sản\s+xuất|bán\s+hàng"
    r"|khai\s+thác|thi\s+công|thu\s+phí)(?!\w)))(?!\w)"
    r"(?:\s+(?!(?:phải|và|để|rồi|sau|trước|cần)(?!\w))[^\W\d_]+){0,4}\s*$"
)
# ... or the holder's stop denied, of the business itself: "Doanh nghiệp không ngừng kinh doanh
# đến 30/6/2026", "… không được tạm ngừng hoạt động trước …" (session 64's brief, helper d64:
# read as due on main). The business goes on or must go on: no step due that day. Only of
# the work `_HELD_STOP` names, so "Doanh nghiệp không ngừng nâng cao … đến năm 2030" (never
# cease to improve: a goal) still reads
_BUSINESS = (
    r"(?:kinh\s+doanh|hoạt\s+động|sản\s+xuất|bán\s+hàng|khai\s+thác|thi\s+công|thu\s+phí"
    r"|cung\s+cấp|cung\s+ứng|phục\s+vụ)"
)
_DENIED_STOP = re.compile(
    # (d64b: many of them, "Nhiều doanh nghiệp …", or abridged, "DN …": session 64's tester,
    # read on main)
    r"^[\W_]*(?:(?:các|nhiều|những|một\s+số)\s+)?"
    rf"(?:{HOLDERS}|dn|cơ\s+sở|cửa\s+hàng|công\s+ty|nhà\s+máy|trạm(?:\s+thu\s+phí)?)"
    r"(?:,?\s+[^\W\d_]+){0,3}?"
    r"\s+(?P<said>(?:không|chưa|chẳng|chớ|đừng)\s+(?:(?:được|thể|có\s+thể|cần|phải)\s+)*"
    rf"(?:tạm\s+)?(?:(?:ngừng|dừng|ngưng|nghỉ|gián\s+đoạn)\s+{_BUSINESS}|đóng\s+cửa))(?!\w)"
    # ... the business word right before the time, maybe more of them ("không ngừng sản xuất,
    # kinh doanh đến …"); a goal after it reads as on main (d64b, session 64's tester: "Doanh
    # nghiệp không ngừng hoạt động hiệu quả đến năm 2030", "… hoạt động từ thiện …")
    rf"(?:(?:\s*,\s*|\s+và\s+|\s+){_BUSINESS}(?!\w))*\s*$"
)
# ... before "trước", only the holder and its hedge before the stop: a step of the holder's
# between ("Doanh nghiệp nộp hồ sơ tạm ngừng kinh doanh trước 30/6/2026", "… đăng ký tạm
# ngừng …": the filing due by then) reads as on main
_STEP_WORD = re.compile(
    r"(?<!\w)(?:nộp|gửi|lập|làm|hoàn|thực|báo|thông|chuẩn|hồ|đơn|giấy|văn|đăng|xin|đề)(?!\w)"
)
# ... nor an order or a duty to pause ("Doanh nghiệp phải tạm ngừng kinh doanh trước …", "…
# buộc …", "Các cơ sở vi phạm tạm ngừng hoạt động trước …": a sanction, an order due by then;
# d64b, session 64's tester: read on main)
_ORDERED = re.compile(r"(?<!\w)(?:phải|buộc|bị|cần|vi\s+phạm|yêu\s+cầu)(?!\w)")
# ... a stop for good too, when the holder may take it ("Doanh nghiệp có thể ngừng kinh doanh
# trước 30/6/2026", "Hộ kinh doanh được phép ngừng …": d64b, session 64's tester, read on main)
_MAY = re.compile(r"(?<!\w)(?:có\s+thể|có\s+quyền|được)(?!\w)")
# ... nor a step of its own after the stop ("Doanh nghiệp tạm ngừng kinh doanh thông báo trước
# 30/6/2026": the notice due by then, d64b, session 64's tester: read on main)
_STEP_AFTER = re.compile(
    r"(?<!\w)(?:thông\s+báo|báo\s+cáo|nộp|gửi|đăng\s+ký|làm\s+thủ\s+tục|hoàn\s+(?:thành|tất)"
    r"|thực\s+hiện|quyết\s+toán)(?!\w)"
)


def _held_pause(said: str, held: re.Match[str]) -> bool:
    """Whether the holder's stop `held` before "trước" is a pause ("tạm …"), with no step of
    the holder's own before it (`_STEP_WORD`): a stop for good is an order due by then
    ("Doanh nghiệp ngừng kinh doanh trước 30/6/2026", "… đóng cửa mỏ trước …", pinned read
    by test_b63b)."""
    head, tail = said[: held.start("said")], said[held.end("said") :]
    if _ORDERED.search(head) or _STEP_AFTER.search(tail):
        return False  # ordered, or a step named after it: read as on main (d64b)
    if _MAY.search(head):
        return True  # "Doanh nghiệp có thể ngừng kinh doanh trước …": a leave, no order (d64b)
    return held["said"].startswith("tạm") and not _STEP_WORD.search(head)


# ... its stop typed bare, the holder maybe printed with its marks ("Doanh nghiệp tam ngung
# kinh doanh den 30/6/2026", b63b): read on the fold, only "ngừng", "đình chỉ" and "đóng
# cửa", no other word folds to them
_HELD_STOP_BARE = re.compile(
    rf"^[\W_]*(?:cac\s+)?(?:{unaccent(HOLDERS)}|co\s+so|cua\s+hang|cong\s+ty|nha\s+may)"
    r"(?:,?\s+(?!(?:khong|chua|chang)(?![a-z]))[a-z]+){0,3}?"
    r"\s+(?P<said>(?:tam\s+)?(?:ngung|dinh\s+chi|dong\s+cua))(?![a-z])"
    r"(?:\s+(?!(?:phai|va|de|roi|sau|truoc|can)(?![a-z]))[a-z]+){0,4}\s*$",
    re.ASCII,
)


def refuse_stopped_before(label: str, rest: str) -> None:
    """Refuse a label (the words before the time part, as printed) opened by a stop
    (`_STOP`; typed bare, `_STOP_BARE`) when "trước" (`_BEFORE_NEXT`) or "đến"
    (`_UNTIL_NEXT`) opens the time part (`rest`, the prepared text after the label, folded)."""
    before = _BEFORE_NEXT.match(rest) is not None
    if not before and _UNTIL_NEXT.match(rest) is None:
        return
    said = " ".join(nfc(label).lower().split())
    if denied := _DENIED_STOP.match(said):
        raise Unreadable(
            f"“{denied['said']} …”: việc kinh doanh, hoạt động vẫn tiếp tục (không dừng) đến "
            "hoặc trước ngày đó, không phải việc phải làm trước hạn; không đọc thành thời hạn; "
            "ghi last_day nếu văn bản giao việc"
        )
    held = _HELD_STOP.match(said)
    if held and before and _held_pause(said, held):
        # "Doanh nghiệp (có thể) tạm ngừng kinh doanh trước 30/6/2026": the holder's own
        # stop, a leave it may take or a thing told of it, not a step due (session 64's
        # brief, helper d64: read on main); "… phải thông báo trước …" names a duty, reads
        raise Unreadable(
            f"“{held['said']} … trước …”: việc tạm ngừng của người được nêu là điều họ được "
            "phép, có thể làm, hay phải ngừng xong trước ngày đó? văn bản mới cho biết; không "
            "đoán, ghi last_day theo văn bản nếu có hạn phải làm"
        )
    found = _STOP.match(said) or (None if before else held)
    if found is None and unmarked(said):
        found = _STOP_BARE.match(fold(said))
    if found is None and not before:
        found = _HELD_STOP_BARE.match(fold(said))
    if found is None:
        return
    if before and not said[found.end() :].strip():
        return  # "tạm dừng trước ngày 30/6/2027": a pause due by then (test_deadline_breaker)
    if not before:
        raise Unreadable(
            f"“{found['said']} … đến …”: việc tạm dừng, hoãn đến ngày đó (ngày làm lại), ngày "
            "đó không phải hạn hoàn thành; ghi last_day theo hạn hiện hành"
        )
    raise Unreadable(
        f"“{found['said']} … trước …”: phải dừng xong trước ngày đó (hạn), hay không được làm "
        "trước ngày đó (mốc bắt đầu)? văn bản mới cho biết; không đoán, ghi last_day (và "
        "first_day) theo văn bản"
    )


# A step written after its day that holds off or avoids: "Trước 10/10/2026, né trồng ngô",
# "Trước 10/10/2026 khoan gieo" (helper b58: read as due then): not before the day, never the
# step due. The words of `label._AVOID_BEFORE` and `label._HOLD_OFF_BEFORE`, heading the step
# alone or after the words of advice; never "khoan" before what is drilled ("khoan giếng").
# A stop told with its day or span is the stop's time ("Theo đó, từ ngày 16/1 đến hết ngày
# 26/1, tạm dừng thi công đào đường …", zj-dantri-ha-noi-tam-dung-dao-duong-dai-hoi-tet-2026)
# A hazard dodged by doing the work in time ("Né lũ, thu hoạch trước 20/9", "Để né bão, …")
# and "đừng/chớ quên" (do not forget: a must) follow a word of holding off without holding
# anything off (the merge's fourth tester, session 58: each refused, read right before)
DODGED = frozenset({"lũ", "bão", "mặn", "rét", "hạn", "lạnh", "nắng", "mưa", "sâu", "dịch", "quên"})
# "khoan" (to drill) before what is drilled, "Khoan giếng trước ngày 30/6" (due then), and the
# words it makes: "khoan hồng" (clemency), "khoan dung", "khoan thai", "khoan khoái"
DRILLED_OR_MADE = frozenset(
    {"giếng", "cọc", "lỗ", "nhồi", "thăm", "khảo", "đá", "hầm", "neo", "mẫu"}
    | {"hồng", "dung", "thai", "khoái"}
)
_HELD_OFF_FIRST = re.compile(
    r"^[\W_]*" + _ADVICE + r"(?P<said>tránh|né|cữ|kiêng|đừng|chớ|hạn\s+chế"
    rf"|khoan(?!\s+(?:{'|'.join(sorted(DRILLED_OR_MADE))})(?!\w)))(?!\w)"
    # (never a hazard dodged nor "đừng quên", `DODGED`: "Trước ngày 30/4/2026, đừng quên gửi
    # báo cáo" is a must)
    rf"(?!\s+(?:{'|'.join(sorted(DODGED))})(?!\w))"
)


def refuse_held_off_after(step: str) -> None:
    """Refuse a step written after its day (as printed) opened by a word of holding off or
    avoiding (`_HELD_OFF_FIRST`): the day is then a start, never the step's deadline."""
    said = " ".join(nfc(step).lower().split())
    found = _HELD_OFF_FIRST.match(said)
    if found is None or re.match(r"\s*\d", said[found.end() :]):
        return  # a number after it: "khoản" typed bare (a clause: "khoan 1 Điều 5")
    raise Unreadable(
        f"việc sau thời hạn là “{found['said']} …”: không được làm trước ngày đó (mốc bắt "
        "đầu), không phải hạn phải làm; ghi last_day (và first_day) theo văn bản"
    )
