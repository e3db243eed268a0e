"""A not-until told of anyone: a time, then who waits, then "mới" and the step ("Đến
15/9/2026 các hộ dân trong vùng mới gieo", "Đến 30/6/2026 Kho bạc mới thanh toán", "Tới
15/9/2026 Ủy ban nhân dân các xã mới nộp", "Sang ngày 15/9/2026 bà con mới gieo", "Đến ngày
30 tháng 6 năm 2026 mới nộp", "Đến ngày 30/6/2026 (thứ Ba) mới nộp": helper a61's brief, each
read on main as due that day). A time opening the phrase, or the "đến" closing "Từ A đến B",
heads no wait (helper a61b's brief: "Ngày 15/9/2026 bà con mới gieo" reads as main reads it).

"mới" before a verb, after the time and in the same clause (no comma or period between,
save the one closing the time), says the step is only done then: the day is the earliest,
never the last (the engine's `_ONLY_THEN` holds the shapes main already refused; this rule
takes whoever waits, not a short list of them: a thing or an agency named by one, who told
with "có"/"bị", quotes or brackets, "Đến 30/6/2026 Nghị định mới được ban hành", "… Ban Quản
lý dự án mới bàn giao mặt bằng", "… các hộ có đất bị thu hồi mới nhận tiền", "… “Tổ công tác”
mới nộp": helper a62's brief). "Đến 30/6/2026 vừa mới nộp" (just done, by then) tells a
past, no deadline either.

"mới" of a new thing stays read: after a word of the step ("Đến 30/6/2026 hoàn thành trụ sở
mới", "… hoàn thành xây mới toàn bộ nhà", tests/corpus's "đến ngày 31/1/2026 phải thực hiện
xong việc xây dựng nhà mới cho người dân"), before a participle and a step of who's own
("các đơn vị mới được thành lập phải nộp báo cáo", "Đến ngày 20/4/2026, người mới tuyển nộp
hồ sơ"; the participle alone is the step waited for: "… người dân mới được cấp sổ đỏ"), a
name ("UBND huyện Chợ Mới"); and the day the work ends, reached only then, is its deadline
("Đến 30/6/2026 (thì) mới hoàn thành": session 60's ruling), as the day a thing takes effect
("Đến 1/7/2026 Luật mới có hiệu lực").

Helper a62b's brief closed a62's holes, each read as due that day there: "mới được" before a
duty's verb or "phép" is a permission ("… người lao động mới được tham gia bảo hiểm"); a new
who's step told planned, hedged, called off, again or with a day of its own waits ("Đến ngày
20/4/2026, người mới tuyển dự kiến nộp hồ sơ"); a launch reads only closing its clause, a
done word never with a second step after it ("… cầu mới khánh thành và thu phí"); "về" to
arrive is no topic ("… tiền mới về tài khoản các xã …"); a verb after "người"/"nhà" or in an
agency's name names who ("… người nộp thuế mới được kê khai", "… Văn phòng Đăng ký đất đai
mới cấp sổ").

Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from kehoach.base.text import bare_twin, nfc, unaccent, unmarked
from kehoach.dates.calledoff import ASKING, CALLED_OFF_WORDS, MAY
from kehoach.dates.hedged import GUESSED

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
# ... or a name quoted or glossed in brackets ("“Tổ công tác”", "Ban Quản lý (BQL)"): helper
# a62's brief, each read on main as due that day
_ASIDE = r"[“\"«(][^“”\"«»()]{1,40}[”\"»)]"
_PIECE = rf"(?:{_WORD}|{_ASIDE})"
# ... then who waits, words alone (a period or a semicolon ends the clause; a comma may join
# who: "UBND các xã, phường"), and "mới"
_WAIT = re.compile(
    rf"{_HEAD}(?:{_TIME}){_GLOSS}[\s,–—-]*(?:thì\s+)?"
    rf"(?P<who>{_PIECE}(?:(?:\s+|\s*,\s*){_PIECE}){{0,15}}?\s+)??(?:thì\s+)?"
    r"(?:(?P<just>vừa)\s+)?(?P<then>mới)\s+(?P<next>[^\W\d_]+)",
    re.IGNORECASE,
)
# ... and the last "mới" of the clause too, who taking in the first ("Đến ngày 20/4/2026,
# người mới tuyển mới nộp hồ sơ": the new recruits only submit then)
_WAIT_LAST = re.compile(
    _WAIT.pattern.replace("{0,15}?", "{0,15}").replace(r"\s+)??", r"\s+)?"), re.IGNORECASE
)

# Who waits is anyone ("các hộ dân trong vùng", "Ủy ban nhân dân các xã", "Kho bạc", "bà
# con", "vốn"), a thing too: with a head, a thing then "mới" and a step is only done then
# ("Đến 30/6/2026 Nghị định mới được ban hành", "… dự án mới được giao vốn", "… Ban Quản lý dự
# án mới bàn giao mặt bằng", "… Phòng Quản lý đô thị mới thẩm định": helper a62's brief, each
# read on main as due that day, a thing's word in who or an agency's name). A new thing is
# told where the step comes first ("Đến 30/6/2026 ban hành Nghị định mới"), or where "mới"
# goes with it (`_THING_AFTER`), or the day it takes effect (`_DONE_THEN`: "Đến 1/7/2026 Luật
# mới có hiệu lực"); with no head, no wait at all ("Ngày 1/7/2026 ứng dụng mới ra mắt").
# ... never a clause with a step of its own before "mới": then "mới" is the new thing the
# step makes ("Đến 30/6/2026 các xã hoàn thành trụ sở mới đưa vào sử dụng"); "bị", and "có"
# after who's first word, tell who it is, no step ("Đến 30/6/2026 các hộ có đất bị thu hồi
# mới nhận tiền", "… học sinh có hoàn cảnh khó khăn mới nhận học bổng": `_OWNED`), nor does a
# quote or a bracket ("“Tổ công tác thực hiện Đề án 06” mới nộp": `_ASIDES`)
_OWNED = re.compile(r"(?:(?<=\S\s)có|bị)(?!\w)", re.IGNORECASE)
# ... nor a verb right after "người" or "nhà": who does it by trade, a name ("Đến 30/6/2026
# người nộp thuế mới được kê khai", "… người sử dụng đất mới được cấp sổ": helper a62b's
# brief, read as due that day on main)
_AGENT = re.compile(r"(?<!\w)(?:người|nhà)\s+\Z", re.IGNORECASE)
# ... nor a verb of an agency's name: an agency's head, then a capital ("Đến ngày 30/6/2026
# Ban Quản lý dự án đầu tư xây dựng tỉnh mới bàn giao mặt bằng", "… Văn phòng Đăng ký đất đai
# mới cấp sổ": helper a62b's brief, read as due that day on main), matched without marks
_AGENCY = re.compile(r"(?<!\w)(?:Ban|Phong|Van\s+phong|So|Trung\s+tam|Chi\s+cuc|Cuc)\s+[A-Z]")
# ... or in lower case, its verb among the name's first words: "Đến 30/6/2026 Văn phòng đăng
# ký đất đai mới cấp sổ", "… ban quản lý dự án đầu tư xây dựng mới bàn giao mặt bằng" (helper
# a63's brief, read as due that day on main); a word folded to a head ("bán", "sổ") only
# makes a wait more often, a refusal, never a day read
_AGENCY_LOWER = re.compile(
    r"(?i)(?<!\w)(?:ban|phong|van\s+phong|so|trung\s+tam|chi\s+cuc|cuc|chi\s+nhanh|cong\s+ty"
    r"|xi\s+nghiep|nha\s+may)\s+(?:[^\W\d_]+\s+){0,7}\Z"
)
_NAMES_VERB = re.compile(
    r"(?:xay\s+dung|dang\s+ky|cap\s+nuoc|chuyen\s+doi\s+so)(?!\w)", re.IGNORECASE
)
_ASIDES = re.compile(_ASIDE)
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
# ("chi trả" typed bare is "chi", pay, no "chỉ": "Den 30/6/2026 Trung tam Phat trien quy dat
# moi chi tra" waits, helper a62b's finding)
_THING_AFTER = re.compile(
    # ("thông minh" of the thing; "thông xe" opens it, a launch: `_DONE_THEN`)
    r"(?:sau|đều|nhất|và|hoặc|của|cho|tại|trong|theo|với|toàn|nâng|kiểu|hiện|thông(?!\s+xe)|này|đó"
    r"|chỉ(?!\s+(?:đạo|định|trả))|là)(?!\w)"
    # ... nor a count reached ("Năm 2025, tỉnh trồng mới được 1.200 ha rừng": told as a
    # figure, test_guardsi)
    r"|(?:[^\W\d_]+\s+){0,4}?được\s+(?:(?:khoảng|gần|trên|hơn)\s+)?\d",
    re.IGNORECASE,
)
# ... nor, after who unstressed, "new" before a participle and a step of who's own after it,
# in the same clause: "Đến 30/6/2026 các xã mới thành lập phải nộp báo cáo", "…, các đơn vị
# mới được cấp mã số phải cập nhật", "Đến ngày 20/4/2026, người mới tuyển nộp hồ sơ" (test_d60b,
# helper a62's brief: read on main before session 61). With no step of its own the participle
# is the step, only done then ("Đến 30/6/2026 người dân mới được cấp sổ đỏ", "… các xã mới được
# công nhận", "… công ty mới tuyển dụng": a62's brief, read on main as due that day), and
# "Mãi tới 30/6/2026 Sở Y tế mới cấp phép" is a wait
# ... never "được" before a duty's verb, or "được phép": a permission, the step only allowed
# then ("Đến 30/6/2026 người lao động mới được tham gia bảo hiểm", "… nhân viên mới được phép
# tham gia", "Sang tháng 7/2026 các hộ mới được đăng ký": helper a62b's brief, each read as due
# that day on a62)
_DUTY = r"nộp|gửi|báo\s+cáo|hoàn\s+thành|hoàn\s+thiện|đăng\s+ký|cập\s+nhật|kê\s+khai|tham\s+gia"
_PERMITTED = rf"được\s+(?:phép|{_DUTY})(?!\w)"
_PARTICIPLE = (
    rf"(?:(?!{_PERMITTED})được|thành\s+lập|tuyển\s+dụng|tuyển(?!\s+sinh)|chuyển\s+đến|nhập\s+học|hợp\s+nhất"
    r"|hình\s+thành|bổ\s+sung|sắp\s+xếp|cổ\s+phần\s+hóa|cổ\s+phần\s+hoá|công\s+nhận|phát\s+sinh"
    r"|sáp\s+nhập)(?!\w)"
)
# ... its words (what is given or named: "mã số", "nông thôn mới", "nhiệm vụ"), none joining a
# second step to the first ("… mới được nhận tiền và phải nộp biên lai" waits for both)
# ... nor a second "mới" ("người mới tuyển mới nộp hồ sơ" waits) save the standard's name
# ("… các xã mới được công nhận nông thôn mới báo cáo kết quả": test_d60b), nor a word
# denying, waiving or telling the step past ("… người mới tuyển được miễn nộp hồ sơ")
_ITS_WORD = (
    rf"(?!{_PERMITTED})"  # ("người mới tuyển được nộp hồ sơ": allowed only then, a62b's brief)
    r"(?!(?:và|rồi|để|thì|mà|hoặc|nhưng|sau|khi|nếu|(?<!thôn\s)mới|miễn|không|chưa|chẳng|đã"
    r"|vừa|đang)(?!\w))[^\W_]+\s+"
)
# ... and who's own step: told bound ("phải", "cần", "sẽ", "đều", "có trách nhiệm"), or a
# duty's verb, never the name of a paper ("giấy đăng ký kinh doanh", "mẫu báo cáo": what is
# given, no step)
# ... nor the report "bổ sung" adds to: "Đến 30/6/2026 các xã mới bổ sung báo cáo" (the
# communes only add to the report then; helper a63's brief, read as due that day on main),
# as "… mới bổ sung hồ sơ" waits; after a participle it is who's step ("Đến 30/6/2026 các
# xã mới sáp nhập bổ sung báo cáo" reads as on main: helper a63b's brief)
_DUTY_BUT_REPORT = _DUTY.replace(r"|báo\s+cáo", "")
OWN_STEP = (
    r"(?:phải|cần|sẽ|đều|có\s+trách\s+nhiệm"
    r"|(?<!giấy\s)(?<!mẫu\s)(?<!phiếu\s)(?<!sổ\s)(?<!sơ\s)(?<!tờ\s)(?<!bản\s)(?<!biểu\s)"
    r"(?<!độ\s)(?<!kỳ\s)(?<!đơn\s)(?<!tục\s)(?<!quyền\s)(?<!số\s)"
    rf"(?:(?<!\Abổ\ssung\s)báo\s+cáo|{_DUTY_BUT_REPORT}))(?!\w)"
)
_OWN_STEP = OWN_STEP
_PARTICIPLE_AFTER = re.compile(
    rf"{_PARTICIPLE}\s+(?:{_ITS_WORD}){{0,6}}?{_OWN_STEP}",
    re.IGNORECASE,
)
# ... and that step plain: never planned, hedged or called off ("dự kiến", "có thể", "tạm
# dừng", "thôi": `hedged`'s and `calledoff`'s words), done again ("lại", "nộp lại", "lần 2")
# or timed by a day of its own ("… nộp hồ sơ chậm nhất ngày 30/4/2026"): with the new who's
# step so told, "mới" may as well be the wait, refused ("Đến ngày 20/4/2026, người mới tuyển
# dự kiến nộp hồ sơ", "Đến 30/6/2026 các xã mới sáp nhập tạm dừng nộp báo cáo": helper
# a62b's brief, each read as due that day on a62)
# ... nor asked for ("xin", "đề nghị": `calledoff.ASKING`) or wanted ("có nhu cầu", a
# condition): "… các xã mới sáp nhập xin nộp báo cáo" (read on main)
_ASKED = "|".join(word.replace(" ", r"\s+") for word in ASKING) + r"|có\s+nhu\s+cầu"
_UNPLAIN = re.compile(
    rf"(?<!\w)(?:dự\s+kiến|{MAY}|{GUESSED}|{CALLED_OFF_WORDS}|{_ASKED}|(?<!còn\s)lại"
    r"|lần\s+(?:\d+|thứ|hai|ba|nữa)|\d{1,2}\s*[/.-]\s*\d{1,2}"
    r"|(?:ngày|tháng|quý|năm)\s+(?:\d|[IVX]+(?!\w)))(?!\w)",
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
# ... what it is about told first ("quy định mới về thuế có hiệu lực"), never where "về" is
# to arrive ("Đến 30/6/2026 tiền mới về tài khoản các xã để đưa vào sử dụng", "… hồ sơ mới về
# đến Sở để áp dụng": the money only arrives then; helper a62b's brief, read as due on a62)
_ABOUT = (
    r"(?:(?:về|đối\s+với)\s+(?:(?!(?:đến|tới|để|nhằm|và|rồi|tài\s+khoản|kho|tay)(?!\w))"
    r"[^\W\d_]+\s+){1,5}?)?"
)
# ... a second step joined in the clause ("Đến 30/6/2026 cầu mới hoàn thành và thu phí", "…
# mới khánh thành, thông xe": only then done, and the toll after; helper a62b's brief)
_THEN_ANOTHER = r"[^.;]*?(?:,|(?<!\w)(?:và|rồi)(?!\w))"
_DONE_THEN = re.compile(
    # ("chính thức" before it; "tổ chức" an event, "… mới tổ chức tuyển sinh", "… mới chính
    # thức thanh toán" start a process only then: helper a61b's tester)
    r"(?:chính\s+thức\s+)?"
    rf"(?:(?:{_ENDS}|hoàn\s+thành|xong|đi\s+học|trở\s+lại|quay\s+lại|tựu\s+trường"
    rf"|tổ\s+chức\s+{_EVENT}"
    # ... nor the day a thing is applied, starts working or opens: that day either way ("Ngày
    # 5/9/2026 các trường mới khai giảng", "… mới chính thức hoạt động": read on main)
    rf"|{_ABOUT}(?:(?:được\s+)?áp\s+dụng|(?:đi\s+vào\s+)?hoạt\s+động|khai\s+giảng|khai\s+mạc))"
    rf"(?!\w)(?!{_THEN_ANOTHER})"
    # ... a participle told finished, closing the clause ("Đến 30/6/2026 các xã mới sáp nhập
    # xong": the day it ends, as "mới hoàn thành"; read on main)
    rf"|{_PARTICIPLE}\s+xong(?=\s*(?:[,;.]|\Z))"
    # ... nor the day a thing takes effect, is launched or put into use, closing the clause
    # ("Đến 30/6/2026 quy định mới về thuế có hiệu lực", "… ứng dụng mới ra mắt", "… các xã có
    # trụ sở mới đưa vào sử dụng": read on main); with words after it, a thing it opens or a
    # step after, a wait ("… cửa hàng mới khai trương chi nhánh", "… chợ mới khai trương rồi
    # thu phí": helper a62b's brief, read as due on a62)
    rf"|{_ABOUT}(?:có\s+hiệu\s+lực(?:\s+thi\s+hành)?|(?:đi|được\s+đưa|đưa)\s+vào\s+(?:sử\s+dụng"
    r"|vận\s+hành)|khai\s+trương|khánh\s+thành|ra\s+mắt|thông\s+xe)(?:\s+xong)?(?=\s*(?:[.;]|\Z)))",
    re.IGNORECASE,
)


# "Từ A đến B": its "đến" closes a range, no head ("Từ 1/9 đến 5/9/2026: sinh viên mới làm
# thủ tục nhập học", a window as main reads it: helper a61b's brief)
_RANGE_OPENED = re.compile(rf"(?<!\w)từ\s+(?:{_TIME})\s*\Z", re.IGNORECASE)


class _Rules(NamedTuple):
    """The rules of a wait, as printed or typed without marks."""

    wait: re.Pattern[str]
    wait_last: re.Pattern[str]
    owned: re.Pattern[str]
    agent: re.Pattern[str]
    asides: re.Pattern[str]
    step_before: re.Pattern[str]
    thing_after: re.Pattern[str]
    participle_after: re.Pattern[str]
    unplain: re.Pattern[str]
    ends_named: re.Pattern[str]
    done_then: re.Pattern[str]
    range_opened: re.Pattern[str]


_MARKED = _Rules(
    _WAIT,
    _WAIT_LAST,
    _OWNED,
    _AGENT,
    _ASIDES,
    _STEP_BEFORE,
    _THING_AFTER,
    _PARTICIPLE_AFTER,
    _UNPLAIN,
    _ENDS_NAMED,
    _DONE_THEN,
    _RANGE_OPENED,
)
# ... and a phrase typed without marks ("Den 30/6/2026 Kho bac moi thanh toan"), its rules
# without them: in such a phrase "moi" is "mới" (d60's ruling for its own shapes)
# ... save "dat": bare, "đất" (land) far more than "đạt" (reach) in who ("Den 30/6/2026 cac
# ho co dat bi thu hoi moi nhan tien", "… Van phong Dang ky dat dai moi cap so": read on main
# as due that day, helper a62b's finding), so no step there
_BARE = _Rules(*(bare_twin(rule) for rule in _MARKED))._replace(
    step_before=re.compile(unaccent(_STEP_BEFORE.pattern).replace("|dat|", "|"), re.IGNORECASE)
)


# The pieces another rule of "Đến D, who …" asks (`untilstate`: a state told after who)
UNTIL = rf"{_HEAD}(?:{_TIME}){_GLOSS}"  # the time and its head, its gloss
TIME = rf"(?:{_TIME}){_GLOSS}"
WHO_PIECE = _PIECE
DUTY = _DUTY
ITS_WORD = _ITS_WORD


def after_a_start(before: str) -> bool:
    """Whether `before`, the words before a time's "đến", opens a range ("Từ 1/9 đến …"):
    the "đến" closes it, no head (`_RANGE_OPENED`)."""
    return _RANGE_OPENED.search(before) is not None or _BARE.range_opened.search(before) is not None


def who_alone(who: str) -> bool:
    """Whether `who`, the words between a time and what is told of them, names who alone,
    no step of its own (`_waits`: "người lao động", "Văn phòng đăng ký đất đai"), as
    printed or typed without marks."""
    return _waits(who, _BARE if unmarked(who) else _MARKED)


def told_unplain(text: str, at: int) -> bool:
    """Whether the words of `text` from `at` on tell a step planned, hedged, called off,
    asked for, done again or timed by a day of its own (`_UNPLAIN`), as printed or typed
    without marks."""
    rules = _BARE if unmarked(text) else _MARKED
    return rules.unplain.search(text, at) is not None


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
        for rule in (_MARKED.wait, _MARKED.wait_last):
            yield from ((wait, _MARKED) for wait in rule.finditer(said))
    bare = unaccent(said)  # one character for one: "moi" at the same place as printed
    for rule in (_BARE.wait, _BARE.wait_last):
        for wait in rule.finditer(bare):
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
    if who and not _waits(who, rules):
        return False
    step = wait.string[wait.start("next") :]
    if wait["just"]:
        return True
    if rules.thing_after.match(step) or (who and not stressed and _new_who_steps(step, rules)):
        return False
    return not (rules.ends_named if stressed else rules.done_then).match(step)


def _new_who_steps(step: str, rules: _Rules) -> bool:
    """Whether `step`, after "mới", is a participle then a plain step of who's own
    (`_PARTICIPLE_AFTER`, `_UNPLAIN`): "new" who, no wait."""
    made = rules.participle_after.match(step)
    return made is not None and not rules.unplain.search(step, made.start())


def _told_lower(wait: re.Match[str]) -> bool:
    """Whether "mới" is the word, not a name's ("Chợ Mới"): lowercase, or in capitals with
    the step after it ("Đến 30/6/2026 KHO BẠC MỚI THANH TOÁN")."""
    then = wait["then"]
    return then.islower() or (then.isupper() and wait["next"].isupper())


def _waits(who: str, rules: _Rules) -> bool:
    """Whether `who` may wait: no step of its own (`_STEP_BEFORE`) outside its quotes and
    brackets, "bị", and "có" after its first word, telling who it is (`_OWNED`)."""
    plain = rules.asides.sub(" ", who)
    return all(
        rules.owned.match(plain, step.start()) is not None
        or rules.agent.search(plain, 0, step.start()) is not None
        or _in_a_name(unaccent(plain), step.start())
        for step in rules.step_before.finditer(plain)
    )


def _in_a_name(who: str, at: int) -> bool:
    """Whether the verb at `at` in `who` (without marks) is of an agency's name: inside one
    of a name's verbs (`_NAMES_VERB`: "đổi" of "chuyển đổi số" too) after an agency's head
    and a capital, its own or before it (`_AGENCY`), or after a head in lower case with a
    few words between (`_AGENCY_LOWER`)."""
    return any(
        verb.start() <= at < verb.end()
        and (
            _AGENCY.search(who, 0, verb.start() + 1) is not None
            or _AGENCY_LOWER.search(who[: verb.start()]) is not None
        )
        for verb in _NAMES_VERB.finditer(who)
    )
