"""The day of an event a task is done for, never the task's own day.

Form: a verb of getting ready for an event (đăng ký, gửi, nộp, chuẩn bị), the event (hội
nghị, kỳ thi, đại hội, tập huấn …) and its day (or its month) right after it, no word of
time between:
"Đăng ký tham dự hội nghị ngày 20/4/2026", "Gửi tham luận phục vụ Hội nghị sơ kết ngày
20/4/2026", "Chuẩn bị cho kỳ thi ngày 10/6/2026, hoàn thành trước 30/5/2026" (a fresh tester
of session 58: each read the event's day as due). One registers, sends a paper or prepares
*before* the event, by a day this phrase does not give, so the event's day is no deadline of
the task; the phrase is refused, as "Hội nghị ngày 20/4/2026, đăng ký trước ngày 15/4/2026"
already is. No corpus phrase has this form; the nearest, "Để chuẩn bị cho Giải bóng đá nam
Thanh niên huyện Thọ Xuân … sẽ được khai mạc vào ngày 7/7 tới đây"
(zl-thoxuan-thanhhoa-giai-bong-da-2024.yaml), tells the event's own opening ("sẽ được khai
mạc") and stays read.

What stays read: the event itself held, attended or served on its day ("Tổ chức hội nghị
ngày 20/4/2026", "Cử cán bộ tham dự tập huấn ngày 20/4/2026": attending is on that day), and
a task with its own word of time ("Gửi tham luận cho hội nghị trước ngày 15/4/2026").

The second form (`_DAY_TOLD_AFTER`): the same task, then in brackets (or after a comma, a
semicolon, a dash) the event's doing or the event with its day: "Đăng ký dự thi kỳ thi tốt
nghiệp THPT (thi ngày 11/6/2026)", "Đăng ký xét tuyển (công bố kết quả ngày 20/8/2026)",
"Nộp bài dự thi (Lễ trao giải ngày 30/6/2026)", "Đăng ký gian hàng tham gia Hội chợ OCOP
(diễn ra từ 15-20/4/2026)" (session 59's breaker, issued 01/03/2026: each read the event's
day, or its days, as due). No corpus phrase has it; the nearest, "Thi tốt nghiệp THPT (dự
kiến diễn ra trong các ngày 11, 12/6/2026)" (b-baophutho-qd-2769-nam-hoc-2025-2026.yaml),
is the exam itself and stays read, as do the task's own window in the bracket ("Nộp hồ sơ
(tổ chức tiếp nhận từ ngày 1/4 đến 15/4/2026)") and the task with its own day before it
("Đăng ký dự thi trước ngày 15/5/2026 (thi ngày 11/6/2026)", refused as two days by another
rule).

Session 60 (helper e60) widened both: the event's own doings none registering does
(`_ITS_OWN`: "Nộp hồ sơ dự tuyển (phỏng vấn ngày 20/5/2026)", "Đăng ký tiêm (tiêm ngày
10/4/2026)", "… (chấm thi, xét duyệt, khám, sát hạch, bốc thăm, bế giảng …)"),
after a colon too ("Đăng ký dự thi: thi ngày 11/6/2026"); in brackets the board's own
deadline ("Đăng ký xét tuyển (công bố kết quả trước ngày 20/8/2026)"); what the papers serve
("Gửi tài liệu (phục vụ họp ngày 20/4/2026)"); and a sports prize, a festival, a fair held on
its day in the first form ("Đăng ký tham gia Giải bóng đá ngày 10/5/2026"). Each was read on
main as the applicant's day; no corpus phrase has them. Helper e60b gave back what main read
right: "nhập học" is the applicant's own step ("Nộp hồ sơ nhập học (nhập học từ ngày 1/9 đến
5/9/2026)"), and the admission's window named by the step itself is the window for applying
("Đăng ký xét tuyển (thời gian xét tuyển: từ 1/8 đến 20/8/2026)", `_ADMISSION_WINDOW`).

Session 61 (helper e61) took what main still read: the board's results worded otherwise
("(kết quả xét tuyển công bố ngày …)", "(danh sách trúng tuyển …)", and its deadline after a
comma, "Đăng ký xét tuyển, công bố kết quả trước 20/8/2026": session 60 had kept that one
read), a hedged exam ("(có thể thi …)"), a check, a shot's round, a class, papers "để/cho/
chuẩn bị họp", the event in a sentence of its own ("Nộp hồ sơ dự tuyển. Phỏng vấn ngày …"),
registering to take part in anything dated (`_TAKING_PART`: "Đăng ký tham gia Festival ngày
10/5/2026"), a fair's days ("… Triển lãm từ 10/5 đến 15/5/2026"), and, not one by one, any
doing told with its day in brackets, after a colon or a full stop that is not the step's own
time, step or manner (`_ANOTHER_DAY`: "Nộp hồ sơ: phúc khảo ngày 20/5/2026").

Session 62 (helper d62) took what main still read: a meeting the papers serve, "họp" alone
(`_FOR_MEETING`: "Gửi tài liệu cho họp ngày 20/4/2026", "… phục vụ họp …"), another body's
step after a comma (`_ANOTHER_BODY`: "Gửi hồ sơ về Sở, Sở thẩm định ngày 20/4/2026") and an
event's first day told with its span (`_ANOTHER_DAY`: "Đăng ký học (khóa học từ 5/9 đến
30/9/2026)"); and gave back a name main refused, "Lê" folded to "lễ" (`_a_name`: "Gửi bài cho
bà Lê Hoa ngày 20/5/2026"). No corpus phrase has them.

Helper d62b (session 62's tester) kept the name only after a title and with no event near
it (`_a_name`: "… bà Lê Hoa ngày 20/5/2026 (Lễ kỷ niệm)" stays refused), and took a body
after a dash or "để" or named again in lower case, "UBND xã" with its level, a body's days
(`_ANOTHER_BODY`), a numbered meeting, a briefing, a meeting's days (`_ORDINAL`,
`_FOR_MEETING`: "… phục vụ kỳ họp thứ 5 HĐND tỉnh ngày 20/4/2026") and a course registered
for (`_COURSE`: "Đăng ký học (khóa học tháng 9/2026)").

Helper d63 (session 63's brief) took another body's step joined by "và", the body named again
("Gửi hồ sơ về Sở và Sở thẩm định ngày 20/4/2026"), and bound by a word of time after a comma,
a semicolon or a dash ("Gửi hồ sơ về Sở, Sở thẩm định trước ngày 20/4/2026", `_BODY_S_BOUND`);
each read on main as the sending's day. After "để" the bound stays the sending's, and two
bodies sent to ("… về Sở Tư pháp, Sở Tài chính trước ngày …") are read as on main.

Helper c64 (session 64's brief, each read on main as the sending's day) made any doing of the
body its own step, only its receipt the sending's bound (`_the_body_receives`: "Gửi hồ sơ về
Sở, Sở thực hiện trước 30/6/2026", "… Sở tiếp nhận và thẩm định trước …"), passed over the
body's name told again or folded to words of time when typed bare or in capitals ("GUI HO SO
VE SO TU PHAP, SO TU PHAP THAM DINH TRUOC NGAY 30/6/2026", `_past_the_name_told_again`) and a
place's name capitalised whole ("UBND xã Tân Lập xác nhận", `_past_the_name`), and took the
body's month, quarter or day in words (`_BODY_S_TIME`). After "để" the bound stays the
sending's (test_c64 gives the corpus's purpose clauses that say so).

Helper c64b (its tester's findings) took "và" and another body after the body's name for the
bodies' joint step, never the sending's next (`_and_a_body`: "Gửi hồ sơ về Sở, Sở và UBND
huyện thẩm định trước 30/6/2026", refused as on main), stopped a name at a capitalised step's
word ("Sở Thẩm định, Phê duyệt"), and read the body's receipt said at length as the sending's
bound, as main does (`_RECEIPT_WHOLE`: "…, Sở tổ chức tiếp nhận trước 30/6/2026")."""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc, unmarked
from kehoach.dates.grammar import Source, Unreadable

# a word of time between, or the event told as news ("sẽ được khai mạc vào ngày 7/7") or by
# its end ("kết thúc ngày …", when entries may close): the day is then not (only) the
# event's. Its opening stays the event's day ("lễ khai giảng ngày 5/9", "bắt đầu ngày …")
# ... and a deadline's own words ("muộn nhất", "trễ nhất", "không muộn hơn"), where it is sent
# ("về Văn phòng", "qua email": the day is the sending's) or what comes of the event ("kết
# quả", "biên bản": sent after it): the merge's tester found each refused, read right on main
_TIME_WORD = (
    r"(?:vao|trong|truoc|den|toi|tu|sau|ngay|thang|tuan|quy|dot|luc|han|xong|cham|hoan|se"
    r"|duoc|ket\s+thuc|muon|tre|khong|ve|qua|bien\s+ban)\b"
)
_WORDS = rf"(?:\s+(?!{_TIME_WORD})[a-z]+)"
# the events one gets ready for; "lễ" never in "hợp lệ", "thường lệ", "lệ phí". Never what is
# prepared to be said or shown at the event ("chuẩn bị bài phát biểu tại hội nghị ngày
# 15/3/2027", test_deadline_forms_zn): ready on the event's day, when it is used
_EVENT = (
    r"(?<!tai\s)(?:hoi\s+(?:nghi|thao|thi|dien|cho)|ky\s+thi|cuoc\s+thi|dai\s+hoi|ky\s+hop|tap\s+huan"
    r"|(?:cuoc|phien|buoi)\s+hop|lien\s+hoan|(?<!hop\s)(?<!thuong\s)le(?!\s+phi\b))\b"
)
# ... and the events held over their days one takes part in: a sports prize ("Giải bóng đá",
# never "giải ngân", "giải quyết", nor a writing prize, "Giải thưởng …", whose day may be its
# entries'), a festival, an exhibition, a camp: "Đăng ký tham gia Giải bóng đá ngày 10/5/2026"
# (session 60's brief: read on main as the registration's day, the tournament's)
_HELD_EVENT = (
    r"(?:giai\s+(?:bong|cau|co|chay|the\s+thao|vo|boi|dien\s+kinh|quan\s+vot|golf|marathon)"
    r"|le\s+hoi|trien\s+lam|hoi\s+trai)\b"
)
# ... and a festival, a fair day, a cultural week, a run: "Đăng ký gian hàng (Festival diễn
# ra ngày 10/5/2026)", "Chuẩn bị cho Ngày hội việc làm ngày 10/5/2026" (session 61's brief:
# read on main as the preparing's day); never the plan's own to hold (`_EVENT_DAY`)
_OTHER_EVENT = r"(?:festival|ngay\s+hoi|tuan\s+le|giai\s+viet\s+da)\b"
# the verbs of getting ready for an event; "đăng kí" in its older spelling, which the
# preparing leaves as it is ("Đăng kí dự thi (thi ngày 11/6/2026)")
_READYING = r"(?<![a-z])(?:dang\s+k[iy]|gui|nop|chuan\s+bi)"
# the event's day or its month: "(vào) ngày 20/4/2026", "tháng 5/2026"
_DAY_OR_MONTH = (
    r"(?:vao\s+)?(?:(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)"
    r"|thang\s+\d{1,2}(?:(?:\s*[/.-]\s*|\s+nam\s+)\d{4})?(?![\d/.-]))"
)
# an event's number in its name: "kỳ họp thứ 5 HĐND tỉnh", "lần thứ 2", "khóa XV" (session
# 62's tester: read on main as the sending's day, the number stopping the event's words)
_ORDINAL = r"\s+(?:thu|lan\s+thu|khoa)\s+(?:\d{1,2}|[ivxl]+)(?![\d/.-]?\d)"
_EVENT_DAY = re.compile(
    rf"{_READYING}"
    # (a festival, a fair day only when it is not the plan's own to hold: "để tổ chức Ngày
    # hội vào tháng 9 năm 2021" is the holding's time, l-lai-chau-ngay-hoi-van-hoa-mong-2021)
    rf"{_WORDS}{{0,8}}?\s+(?P<held>{_EVENT}|{_HELD_EVENT}|(?<!to chuc ){_OTHER_EVENT})"
    rf"(?:{_WORDS}|{_ORDINAL}){{0,10}}?"
    # the event's day, or the day it is held on: "… tổ chức (vào) ngày 20/4/2026", "(ngày
    # 20/4/2026)"; or its month, "Đăng ký tham gia Hội chợ tháng 5/2026" (a window that ends
    # after the event)
    rf"\s*\(?\s*(?:(?:duoc\s+)?(?:to\s+chuc|dien\s+ra)\s+)?{_DAY_OR_MONTH}",
    re.ASCII,
)
# ... and a meeting the papers are sent for, "họp" alone after what they serve: "Gửi tài liệu
# cho họp ngày 20/4/2026", "Gửi tài liệu phục vụ họp ngày 20/4/2026" (session 62's brief: read
# on main as the sending's day; the meeting's day is no deadline of the sending). Folded,
# "họp" is "hợp" too: `_a_name` keeps it as printed
_FOR_MEETING = re.compile(
    rf"{_READYING}{_WORDS}{{0,8}}?\s+(?:cho|phuc\s+vu|de|chuan\s+bi)(?:\s+cho)?\s+"
    # (or a briefing, "giao ban"; or the meeting's days, "… phục vụ họp từ 20/4 đến 22/4/2026":
    # session 62's tester, read on main and by d62 as the sending's day or window)
    r"(?P<held>hop|giao\s+ban)"
    rf"{_WORDS}{{0,6}}?\s*\(?\s*(?:tu\s+)?{_DAY_OR_MONTH}",
    re.ASCII,
)
# ... and a course registered for, its time told after a bracket, a colon or a dash:
# "Đăng ký học (thời gian học từ 5/9 đến 30/9/2026)", "Đăng ký học – khóa học từ 5/9 …",
# "Đăng ký học (khóa học tháng 9/2026)" (session 62's tester: read on main and by d62 as the
# registration's window; the course is after it)
_COURSE = re.compile(
    rf"(?<![a-z])dang\s+k[iy]{_WORDS}{{0,8}}?\s*[(:\u2013-]\s*"
    r"(?P<held>(?:thoi\s+gian\s+)?(?:hoc|dao\s+tao|boi\s+duong|tap\s+huan)"
    r"|(?:khoa|lop)\s+(?:hoc|dao\s+tao|boi\s+duong|tap\s+huan))"
    r"\s+(?:(?:bat\s+dau|khai\s+giang|dien\s+ra|to\s+chuc)\s+)?(?:tu\s+)?"
    rf"{_DAY_OR_MONTH}",
    re.ASCII,
)
# ... and, registering, the event's days: "Đăng ký tham gia Triển lãm từ 10/5 đến 15/5/2026"
# (session 61's brief: the fair's window read as the registration's); preparing over them
# is the preparing's own window ("Chuẩn bị Lễ Giỗ Tổ Hùng Vương từ ngày 1/3 đến 31/3/2026",
# test_lead59)
_EVENT_WINDOW = re.compile(
    r"(?<![a-z])dang\s+k[iy]"
    rf"{_WORDS}{{0,8}}?\s+(?P<held>{_EVENT}|{_HELD_EVENT}|{_OTHER_EVENT}){_WORDS}{{0,10}}?"
    r"\s*\(?\s*(?:(?:duoc\s+)?(?:to\s+chuc|dien\s+ra)\s+)?"
    r"tu\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)",
    re.ASCII,
)
# Registering to take part in anything dated with no word of time between: "Đăng ký tham
# gia Giải Việt dã ngày 10/5/2026", "Đăng ký tham dự Ngày hội việc làm ngày 10/5/2026"
# (session 61's brief: events `_EVENT` does not name, each read on main as the
# registration's day); taking part is on that day, registering before it. A word of time
# ("trước", "từ", "vào", "đến") leaves it to the rest: "đăng ký dự thi từ 21/4/2025 đến
# 28/4/2025" (q-quanlynhanuoc-bgddt-cv-1239-2025.yaml) is the registration's window
# (helper e61b, session 61's tester: only an event HELD, named first, is taken part in;
# "dự kiến", "dự án", "dự thảo", "dự toán", insurance, a programme, a scheme are the
# registration's own, read as on main: "Đăng ký tham gia BHYT ngày 1/7/2026"; and a close,
# "hết", "kết thúc", "đóng", is the registration's: "Đăng ký dự thi hết ngày 20/4/2026")
_HELD = (
    r"(?:giai|hoi|le|festival|ngay\s+hoi|cuoc\s+thi|trien\s+lam|lop|khoa|thi|hop|tuan\s+le"
    r"|dem\s+nhac|chung\s+ket|vong)"
)
# ... as printed, when the phrase has marks: "Lê" is a name, never "lễ"; "khoa" never "khóa"
_HELD_PRINTED = re.compile(
    r"(?:giải|hội|lễ|festival|ngày\s+hội|cuộc\s+thi|triển\s+lãm|lớp|khóa|khoá|thi|họp"
    r"|tuần\s+lễ|đêm\s+nhạc|chung\s+kết|vòng)(?!\w)"
)
_TAKING_PART = re.compile(
    r"(?<![a-z])dang\s+k[iy]\s+(?:tham\s+(?:gia|du)|du)\s+(?P<held>"
    rf"{_HELD})\b(?:\s+ngay\s+hoi\b)?"
    r"(?:\s+(?!(?:vao|trong|truoc|den|toi|tu|sau|ngay|thang|tuan|quy|dot|luc|han|xong|cham"
    r"|hoan|muon|tre|khong|qua|ve|theo|tai|het|ket|dong|khoa|chot)\b)[a-z]+){0,10}?"
    r"\s*\(?\s*(?:(?:duoc\s+)?(?:to\s+chuc|dien\s+ra)\s+)?"
    r"(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)",
    re.ASCII,
)

# the event's own day told after the registration's, its doing and its day: "Đăng ký dự thi
# ngày 20/4/2026; thi ngày 11/6/2026" (session 61's tester: two days, read on main)
_EVENT_DAY_TOLD = re.compile(
    r"\s*[,;]\s*(?:to\s+chuc\s+|du\s+kien\s+)*(?:thi|hop|le|khai\s+mac|to\s+chuc|dien\s+ra)"
    r"(?:\s+[a-z]+){0,4}?\s+(?:vao\s+)?(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)",
    re.ASCII,
)

# The same task with the event's day told in brackets after it (or after a comma, a
# semicolon, a dash), naming the event's doing or the event itself: "Đăng ký dự thi kỳ thi tốt nghiệp THPT (thi ngày
# 11/6/2026)", "Nộp bài dự thi (Lễ trao giải ngày 30/6/2026)", "Đăng ký gian hàng tham gia
# Hội chợ OCOP (diễn ra từ 15-20/4/2026)" (session 59's breaker: each read the event's day as
# due). The words before the bracket give no time of their own ("Đăng ký dự thi trước ngày
# 15/5/2026 (thi ngày 11/6/2026)" is two days, another rule's), and never the task's own
# window told in the bracket ("Nộp hồ sơ (tổ chức tiếp nhận từ ngày 1/4 đến 15/4/2026)",
# "(hạn chót ngày 15/5/2026)": a receiving or a deadline word stops the match), nor the
# event's end, when entries may close ("Nộp bài dự thi (Cuộc thi kết thúc ngày 30/5/2026)",
# read as on main, as `_TIME_WORD` keeps it).
_BEFORE = (
    r"(?:\s+(?!(?:vao|trong|truoc|den|toi|tu|sau|ngay|thang|tuan|quy|dot|luc|han|xong|cham"
    r"|hoan|muon|tre)\b)[a-z]+)"
)
_INSIDE = (
    r"(?:\s+(?!(?:vao|trong|truoc|den|toi|tu|sau|ngay|thang|tuan|quy|dot|luc|han|xong|cham"
    # (nor "đóng cổng", "khép lại": the portal closing, entries' end, as "kết thúc" is: the
    # merge's fresh tester, session 59, read on main)
    r"|hoan|muon|tre|het|nhan|nop|dang|gui|thu)\b|ket\s+thuc\b|thoi\s+gian\b|dong\s+cong\b"
    r"|khep\s+lai\b)[a-z]+)"
)
# what the board does with the papers once in: its review, its marking, its results,
# which it may give by a day of its own ("(công bố kết quả trước ngày 20/8/2026)": the board's
# deadline, not the applicant's)
_BOARDS = (
    r"(?:xet\s+(?:duyet|tuyen)|cham\s+thi"
    r"|(?:cong\s+bo|thong\s+bao|tra|co)\s+(?:ket\s+qua|danh\s+sach|diem)"
    # ... told the other way round, with what it is of: "(kết quả công bố trước ngày
    # 20/8/2026)", "(kết quả xét tuyển công bố ngày …)", "(danh sách trúng tuyển công bố ngày
    # …)" (session 61's brief: the last two read on main)
    r"|(?:ket\s+qua|danh\s+sach|diem(?:\s+chuan)?)"
    r"(?:\s+(?!(?:ngay|truoc|tu|den|nop|dang|gui)\b)[a-z]+){0,3}?"
    r"\s+(?:(?:duoc|se)\s+)*(?:cong\s+bo|thong\s+bao|niem\s+yet)"
    r"|trung\s+tuyen)"
)
_BOARDS_BY = r"(?:truoc|cham\s+nhat|muon\s+nhat|tre\s+nhat|khong\s+muon\s+hon)\s+"
# what the event does on its day that none registering or sending does: the exam sat, marked,
# the interview, the shot, the check-up, the test for a licence, the draw, the first and last
# day of a course, the admission's review ("Nộp hồ sơ dự tuyển (phỏng vấn ngày 20/5/2026)",
# "Đăng ký tiêm (tiêm ngày 10/4/2026)", "Nộp hồ sơ dự tuyển (xét tuyển ngày 20/5/2026)":
# session 60's brief, each read on main as the registration's day); "tiêm" never "tiềm năng",
# "khám" never "khám phá"; these name the event after a colon too ("Đăng ký dự thi: thi ngày
# 11/6/2026"), as "tổ chức" does not ("Đăng ký: tổ chức ngày …" may be the registration's)
_ITS_OWN = (
    r"(?:thi\s+dau|thi(?!\s+sinh\b)|cham\s+thi|phong\s+van|tiem(?:\s+chung)?(?!\s+nang\b)"
    r"|kham(?!\s+pha\b)|sat\s+hach|boc\s+tham|khai\s+giang|be\s+giang"
    r"|khai\s+mac|be\s+mac|trao\s+giai"
    # ... the check, a shot's round ("(kiểm tra sát hạch ngày …)", "(mũi 2 ngày …)": session
    # 61's brief, read on main)
    r"|kiem\s+tra|mui(?:\s+tiem)?(?:\s+(?:thu\s+)?[a-z\d]+)?"
    rf"|{_BOARDS})\b"
)
# what the event does on its day, what it does it to after it ("tổ chức Hội nghị", "thi
# tuyển", "công bố kết quả xét tuyển"); "thi" alone is the exam sat ("thi ngày 11/6/2026"),
# never "thí sinh" with its own time ("Trong giai đoạn đăng ký và điều chỉnh nguyện vọng, thí
# sinh sẽ có thời gian từ ngày 17 đến 21/6/2026 …", zh-ngaynay-moc-tuyen-sinh-dai-hoc-2026.yaml).
# Not conditionmeans' `_EVENTS_DAY`, on purpose: that one asks only whether a condition's
# step, as printed, ends on the holding ("tổ chức", "khai giảng") before its time, a body
# "Ban tổ chức" kept out; these follow a readying verb, many doings, on the fold
_HAPPENS = (
    r"(?:to\s+chuc|dien\s+ra|tap\s+huan"
    # ... and what the papers serve, then its day: "(phục vụ họp ngày 20/4/2026)"
    r"|hop(?=\s+(?:vao|ngay|tu)\b)|phuc\s+vu(?:\s+cho)?"
    rf"|{_ITS_OWN})"
)
# the events one takes part in, besides `_EVENT`: a sports or writing prize ("Giải bóng đá",
# never "giải ngân", "giải quyết"), a fair, a festival, an exhibition, a camp
_BRACKET_EVENT = (
    rf"(?:{_EVENT}|{_HELD_EVENT}|{_OTHER_EVENT}|giai\s+(?:viet|bao|thuong)"
    # a briefing a report is sent for: "Nộp báo cáo (họp giao ban ngày 20/3/2026)"
    r"|(?:hop\s+)?giao\s+ban"
    # "Giải" alone before its doing: "(Giải diễn ra ngày 10/5/2026)"
    r"|giai(?=\s+(?:du\s+kien|se|duoc|to\s+chuc|dien\s+ra|khai\s+mac|be\s+mac)\b))\b"
)
# a hedge or a passive before the doing or the day: "(dự kiến thi ngày …)", "(thi dự kiến
# ngày …)", "(sẽ được tổ chức …)"
_HEDGE = r"(?:du\s+kien|se|duoc|co\s+the)"
_HEDGED = rf"(?:{_HEDGE}\s+)*"
# when it is held: "(thi ngày 11/6/2026)", "(diễn ra trong các ngày 11, 12/6/2026)",
# "(khai mạc lúc 8h ngày 10/5/2026)", "(trao giải vào dịp 2/9/2026)", its first day ("từ
# 15-20/4/2026") or its month ("tổ chức trong tháng 5/2026")
_HELD_ON = (
    r"\s*:?\s*(?:(?:vao|trong)\s+)?"
    r"(?:(?:dip|luc\s+\d{1,2}\s*(?:h|gio)(?:\s*\d{1,2})?(?:\s*phut)?)\s+)?"
    r"(?:(?:(?:cac|\d{1,2})\s+)?ngay\s+\d{1,2}(?!\d)|\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)"
    r"|tu\s+(?:ngay\s+)?\d{1,2}(?!\d)"
    r"|thang\s+\d{1,2}(?:(?:\s*[/.-]\s*|\s+nam\s+)\d{4})?(?![\d/.-]))"
)
# the event's edition named before the bracket, its year or its number: "Đăng ký dự thi kỳ thi
# tốt nghiệp THPT năm 2026 (thi ngày 11/6/2026)", "… Hội thi lần thứ 3 (thi ngày …)" (the
# merge's fresh tester, session 59: read as the exam's day, as on main)
_EDITION = r"(?:\s+(?:nam\s+)?(?:19|20)\d\d(?![\d/.-])|\s+(?:lan\s+thu|dot)\s+(?:\d{1,2}|[ivx]+)(?![\d/.-]))"
# the noun of the event's time or turn before its doing: "(thời gian thi …)", "(lịch thi ngày
# 11/6/2026)", "(vòng phỏng vấn ngày …)", "(buổi khai giảng …)"
_SCHEDULE_NOUN = r"(?:thoi\s+gian|lich|vong|buoi|ca|lop|khoa\s+hoc)"
# what the papers are for, before the event: "(để họp ngày …)", "(cho họp …)", "(chuẩn bị họp
# …)" (session 61's brief, read on main)
_FOR = r"(?:(?:de|cho|phuc\s+vu|chuan\s+bi)(?:\s+cho)?\s+)?"
# the admission's window named by the step itself: "Đăng ký xét tuyển (thời gian xét tuyển: từ
# 1/8 đến 20/8/2026)", "Nộp hồ sơ xét tuyển: xét tuyển từ 1/8 đến 20/8/2026" (session 60's
# tester, e60b: the window for applying, read on main as a WINDOW and lost by e60); a single
# day stays the board's ("Nộp hồ sơ dự tuyển (xét tuyển ngày 20/5/2026)")
_ADMISSION_WINDOW = re.compile(
    r"\bxet\s+tuyen\b[^(:,;\u2013-]*[(:,;\u2013-][^()]*?\bxet\s+tuyen\b[^()\d]*?"
    # ... its span "(từ) 1/8 đến 20/8/2026", and no day after it (another may be the event's)
    r"(?:\btu\s+)?(?:\bngay\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,4}){0,2}\s+den\s+(?:ngay\s+)?"
    r"\d{1,2}(?:\s*[/.-]\s*\d{1,4}){0,2}\D*\Z",
    re.ASCII,
)
# a full stop that ends a sentence, never an abbreviation's: "UBND TP. Huế", "Q. Ba Đình",
# "P. Bến Nghé", "TT. Phố Lu", "TX. Sơn Tây", "H. Đông Anh", "TS. Nguyễn Văn An", "ThS. Lê Hoa"
# (session 61's tester: each read on main as the step's day, lost by e61)
_ABBREVIATED = (
    r"(?:(?<=\b[a-z])|(?<=\b(?:tp|tt|tx|ts|gs|bs|ks|th|ns|nq|qd|cv|tw))|(?<=\b(?:ths|pgs|tsk|bsk)))"
)
_FULL_STOP = rf"(?!{_ABBREVIATED})\.(?!\d)"
# ... a step's word, with an abbreviation's full stop: "Nộp hồ sơ tại UBND TP. Huế. Phỏng vấn
# ngày 20/5/2026" tells the interview in a sentence of its own
_STEP_WORD = rf"(?:\s+[a-z]+(?:{_ABBREVIATED}\.)?)"
_DAY_TOLD_AFTER = re.compile(
    rf"{_READYING}"
    # the bracket, or a comma, a semicolon, a dash: "Đăng ký dự thi kỳ thi tốt nghiệp THPT,
    # thi ngày 11/6/2026" tells the same; a colon only before the event's own doing (`_ITS_OWN`)
    # or the event named ("Đăng ký: tổ chức ngày …" may be the registration's own day)
    # (or a full stop: "Nộp hồ sơ dự tuyển. Phỏng vấn ngày 20/5/2026", session 61's brief)
    rf"(?:{_BEFORE}(?:{_ABBREVIATED}\.)?|{_EDITION}){{0,12}}?\s*(?:(?P<colon>:)|(?P<bracket>\()|[,;\u2013-]|{_FULL_STOP})\s*"
    rf"(?:{_SCHEDULE_NOUN}\s+)?{_HEDGED}{_FOR}"
    # ("Đăng ký dự thi: tổ chức thi ngày 11/6/2026", session 61's brief)
    rf"(?(colon)(?:(?:to\s+chuc\s+)?{_ITS_OWN}{_INSIDE}{{0,8}}?"
    # (or the event named: "Đăng ký dự thi: kỳ thi diễn ra ngày 11/6/2026")
    rf"|{_BRACKET_EVENT}{_INSIDE}{{0,8}}?(?:\s+{_HEDGED}{_HAPPENS})?)"
    rf"(?:\s+{_HEDGE})?{_HELD_ON}|(?:"
    rf"(?:{_HAPPENS}{_INSIDE}{{0,8}}?"
    rf"|{_BRACKET_EVENT}{_INSIDE}{{0,8}}?(?:\s+{_HEDGED}{_HAPPENS})?)"
    rf"(?:\s+{_HEDGE})?{_HELD_ON}"
    # ... and the board's own deadline: "(công bố kết quả trước ngày 20/8/2026)"; after a
    # comma too ("Đăng ký xét tuyển, công bố kết quả trước 20/8/2026": the board's day or
    # both steps'? session 61's brief, read on main)
    rf"|{_BOARDS}{_INSIDE}{{0,8}}?\s+{_BOARDS_BY}(?:ngay\s+)?\d{{1,2}}(?!\d)))",
    re.ASCII,
)

# The general shape: the task, then in brackets, after a colon or in a sentence of its own,
# any doing with its day that is not the task's: "Đăng ký (Hội thao ngày 10/5/2026)", "Nộp
# hồ sơ dự tuyển. Sơ tuyển ngày 20/5/2026" (session 61's brief: name no event one by one).
# The words there must give no time of their own (`_OWN_TIME`: "(hạn chót ngày …)", "(từ
# ngày …)", "(trước ngày …)"), name no step of the task (`_OWN_STEP`: "(lịch tiếp nhận …)",
# "(bản đăng ký ngày …)"), nor open with where, how, whom or a hedge of the task's own day
# (`_OWN_OPENER`: "(qua email ngày …)", "(dự kiến ngày …)"); after a colon, "tổ chức" may be
# the registration's own ("Đăng ký: tổ chức ngày 15/5/2026", test_e60). No corpus phrase has
# this shape read; the nearest, "gửi tác phẩm được lựa chọn về Trung ương Hội: hoàn thành
# trước ngày 25/9/2023" (q-phunukontum-hlhpn-tw-gia-han-….yaml), gives its own time
_OWN_TIME = (
    r"(?:vao|trong|truoc|den|toi|tu|sau|ngay|thang|tuan|quy|dot|luc|han|xong|cham|hoan|muon"
    r"|tre|het|ke|khi|moc|thoi\s+diem|sau\s+khi|cuoi|dau|giua|hang|moi)"
)
# the step's own doings, anywhere in the words told with the day ("(lịch tiếp nhận …)", "hệ
# thống đóng ngày …", "khóa sổ ngày …", "UBND các huyện thực hiện ngày …": the last three
# read on main, lost by e61), and its papers, only opening them ("(bản đăng ký ngày …)";
# "(thẩm định hồ sơ ngày …)", "(xét đơn ngày …)" are another's doing to the papers: the
# session 61 tester's holes); "nhận kết quả" is the results', after the step
_OWN_DOING = (
    r"(?:nop|dang\s+k[iy]|gui|nhan(?!\s+ket\s+qua\b)|tiep\s+nhan|thu|bao\s+cao|cap\s+nhat"
    r"|dong(?:\s+cong)?|ket\s+thuc|ky|khep\s+lai|het\s+han|chot\s+so|khoa\s+so|thuc\s+hien"
    r"|trien\s+khai|hoan\s+thanh|cham|(?<!bat\s)dau)"
)
_OWN_PAPERS = r"(?:so\s+lieu|ban|file|ho\s+so|van\s+ban|don|mau|phieu|bieu|du\s+lieu)"
# ... as printed, when the phrase has marks: folded, "Ban" is "bản", "đơn vị" "đơn", "kỳ"
# "ký", "thứ" "thu", "mẫu giáo" "mẫu", "chấm" "chậm", "bắt đầu" "đầu" (session 61's tester:
# "Nộp hồ sơ. Đơn vị tuyển dụng phỏng vấn ngày 20/5/2026", "(Ban thẩm định họp ngày …)",
# "(Ban Giám khảo chấm ngày …)", read on main)
_OWN_DOING_PRINTED = re.compile(
    r"(?<!\w)(?:nộp|đăng\s+k[ýí]|gửi|(?<!xác\s)nhận(?!\s+kết\s+quả(?!\w))|tiếp\s+nhận|thu|báo\s+cáo"
    r"|cập\s+nhật|đóng(?:\s+cổng)?|kết\s+thúc|ký|kí|khép\s+lại|hết\s+hạn|chốt\s+sổ"
    r"|kh(?:óa|oá)\s+sổ|thực\s+hiện|triển\s+khai|hoàn\s+thành|chậm|(?<!bắt\s)đầu)(?!\w)"
)
_OWN_PAPERS_PRINTED = re.compile(
    r"(?:số\s+liệu|bản|file|hồ\s+sơ|văn\s+bản|đơn(?!\s+vị)|mẫu(?!\s+giáo)|phiếu|biểu"
    r"|dữ\s+liệu)(?!\w)"
)
_OWN_OPENER = (
    r"(?:qua|tai|o|ve|theo|cho|kem|bang|den|toi|du\s+kien|khoang|tam|chinh\s+thuc|cu\s+the"
    r"|luu\s+y|chu\s+y|ghi\s+chu|tinh|chot|gio|trong|ngoai|to\s+chuc|lan|dot|mot|hai"
    # ... or a time of the day: "(sáng ngày …)", "(buổi chiều ngày …)", "(thứ Sáu ngày …)"
    r"|sang|chieu|buoi|thu"
    # ... or a telephone: "(ĐT 01.12.2024)" (test_deadline_forms_n)
    r"|dt|sdt|dien\s+thoai|fax"
    # ... or the step's manner, a restriction, what binds it: "(trực tuyến ngày …)", "(email
    # ngày …)", "(cổng dịch vụ công ngày …)", "(chỉ ngày …)", "(bắt buộc ngày …)", "yêu cầu
    # thực hiện ngày …" (session 61's tester: each read on main, lost by e61)
    r"|truc\s+tuyen|truc\s+tiep|email|e\s*mail|online|mang|cong|he\s+thong|chuyen\s+phat"
    r"|chi|duy\s+nhat|ca|rieng|bat\s+buoc|yeu\s+cau|thoi\s+gian"
    # ... or its opening: "Đăng ký (bắt đầu ngày 20/5/2026)" (with a subject, "lớp học bắt
    # đầu ngày …", the class's)
    r"|bat\s+dau|mo)"
)
_ANOTHER_DAY = re.compile(
    rf"{_READYING}\b(?P<step>{_STEP_WORD}{{0,12}}?)\s*(?:(?P<colon>:)|\(|{_FULL_STOP})\s*"
    rf"(?!{_OWN_OPENER}\b)"
    # (a comma inside the other doing: "(kiểm tra, sát hạch ngày …)": session 61's tester;
    # "chấm", "đầu" are judged as printed, `_the_step_s_own`)
    rf"(?P<inside>[a-z]+(?:,?\s+(?!(?!cham\b|dau\b){_OWN_TIME}\b)[a-z]+){{0,7}}?)"
    # (or its first day: "Đăng ký học (khóa học từ 5/9 đến 30/9/2026)", the course's days,
    # session 62's brief, read on main as the registration's window)
    # (not the step's own span told with no subject: "Đăng ký: diễn ra từ ngày 1/4 đến
    # 15/4/2026", test_e60)
    r"(?:(?<!dien\sra)(?<!keo\sdai)\s+tu)?\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)",
    re.ASCII,
)
# ... and after a comma, a clause of a body of its own, capitalised, and its doing with its
# day: "Gửi hồ sơ về Sở, Sở thẩm định ngày 20/4/2026" (session 62's brief: read on main as
# the sending's day; the body's step is on that day, the sending before it). Only a body
# named, as printed (`_BODY_PRINTED`): a comma may go on with the step's own words ("…, hoàn
# thành ngày …", "…, chậm nhất ngày …"), and its own doing stays read ("…, Sở tiếp nhận ngày
# …", `_the_step_s_own`)
_BODY = (
    r"(?:so|ubnd|uy\s+ban|phong|ban|hoi\s+dong|bo|cuc|chi\s+cuc|truong|co\s+quan|kho\s+bac"
    r"|toa\s+an|vien)"
)
_BODY_PRINTED = frozenset(
    {"Sở", "UBND", "Ủy", "Uỷ", "Phòng", "Ban", "Hội", "Bộ", "Cục", "Chi", "Trường", "Cơ", "Kho"}
    | {"Tòa", "Toà", "Viện"}
)
# (session 62's tester, each read by d62 as the sending's day: a dash or "để" before the body,
# "Gửi hồ sơ về Sở – Sở thẩm định …", "… về Sở để Sở thẩm định …"; "UBND" with its level,
# "UBND xã xác nhận"; the body's days, "… Sở thẩm định từ 20/4 đến 30/4/2026")
# (session 63's brief, helper d63, each read on main as the sending's day: the body's step
# joined by "và", "Gửi hồ sơ về Sở và Sở thẩm định ngày 20/4/2026", the body named again; and
# its bound, "Gửi hồ sơ về Sở, Sở thẩm định trước ngày 20/4/2026", "… UBND xã xác nhận trước
# ngày …": by that day the body's step is done, the sending before it. After "để" the bound
# stays the sending's, as main reads it: "Gửi hồ sơ để Sở thẩm định trước ngày 20/4/2026")
# (and "trong ngày", its step on that day; a comma between its doings, "Sở xem xét, giải quyết
# trước ngày …")
# "tư", "đầu" of a body's name, never "từ", a start: "Tư pháp", "Đầu tư"
_NAME_TU = r"tu\s+phap\b|dau\s+tu\b|(?<=dau\s)tu\b"
# ... its day, or its month, its quarter, its day in words: "… Sở thẩm định trong tháng
# 6/2026", "… trước ngày 30 tháng 6 năm 2026", "… trong quý II/2026" (helper c64: each read on
# main as the sending's window or bound)
_BODY_S_TIME = (
    r"(?:ngay\s+)?\d{1,2}(?:\s*[/.-]\s*|\s+thang\s+)\d{1,2}(?!\d)"
    r"|thang\s+\d{1,2}(?!\d)|quy\s+(?:[ivx]+|\d)\b"
)
_BODY_S_BOUND = r"truoc|cham\s+nhat(?:\s+la)?|muon\s+nhat|den|toi|han\s+chot|trong"
_ANOTHER_BODY = re.compile(
    rf"{_READYING}\b(?P<step>{_STEP_WORD}{{0,12}}?)"
    # ("sau đó" after the comma: "Gửi hồ sơ về Sở, sau đó Sở thẩm định trước ngày …", session
    # 63's tester, read on main and by d63 as the sending's bound)
    r"(?:\s*[,;\u2013-](?:\s*sau\s+do)?|\s+(?P<purpose>de)|\s+(?P<joined>va))\s*"
    r"(?P<body>(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+(?:xa|phuong|thi\s+tran|huyen|quan|tinh"
    rf"|thanh\s+pho|thi\s+xa)|{_BODY})\s+"
    # (ten words: a long name and its doing, "Sở Nông nghiệp và Phát triển nông thôn rà soát",
    # session 63's tester, helper d63b, read on main as the sending's bound)
    # ("tư" of a name, folded "từ", is no time: "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", helper
    # c64, read on main as the sending's bound)
    rf"(?P<inside>[a-z]+(?:,?\s+(?!(?!{_NAME_TU}){_OWN_TIME}\b)[a-z]+){{0,10}}?)"
    # ("xong" closing its step: "… Sở thẩm định xong trước ngày …", session 63's tester)
    rf"(?:\s+xong)?(?:\s+tu|(?(purpose)(?!)|\s+(?P<bound>{_BODY_S_BOUND})(?:\s+het)?))?"
    rf"\s+(?:{_BODY_S_TIME})",
    re.ASCII,
)
_OWN_STEP_RULE = re.compile(rf"\b{_OWN_DOING}\b|\A(?:{_OWN_TIME}|{_OWN_PAPERS})\b", re.ASCII)

# the rest of a day, quoted whole ("11/6/2026", "11 tháng 6 năm 2026")
_DAY_RUNS_ON = re.compile(r"(?:\s*[/.-]\s*\d+|\s+thang\s+\d+|\s+nam\s+\d{4})*", re.ASCII)


def refuse_event_day_served(source: Source) -> None:
    """Refuse a task done for an event dated by the event's day or month (`_EVENT_DAY`), or
    by the event's day in brackets after it (`_DAY_TOLD_AFTER`): due before it, by a day not
    given."""
    _refuse_event_day(source, _EVENT_DAY)
    _refuse_event_day(source, _FOR_MEETING)
    _refuse_taking_part(source)
    _refuse_day_told_after(source)
    _refuse_event_day(source, _COURSE)  # after: a bracket tells its event with its words
    _refuse_event_day(source, _EVENT_WINDOW)  # after: a bracket tells its own (test_s59)
    _refuse_another_day(source)
    _refuse_another_day(source, _ANOTHER_BODY)


def _refuse_another_day(source: Source, rule: re.Pattern[str] = _ANOTHER_DAY) -> None:
    found = rule.search(source.prepared)
    if found is None or _the_step_s_own(source, found):
        return
    if "body" in rule.groupindex and not _a_body(source, found):
        return  # "Gửi hồ sơ, bộ hồ sơ gồm …": no body named
    if "joined" in rule.groupindex and not _a_step_of_the_body(source, found):
        return  # "Gửi hồ sơ về Sở và Phòng Tài chính ngày …": two bodies sent to
    if "body" not in rule.groupindex and _names_the_step(found["step"], found["inside"]):
        # "Đăng ký nhập học (nhập học ngày 5/9/2026)": the step's own day (e60b); after a
        # body, its name told again ("… đến Sở Xây dựng, Sở Xây dựng cấp phép trước ngày …")
        return
    if _ADMISSION_WINDOW.search(fold(source.text).lower()):
        return  # the window for applying, as main reads it
    said = source.said(found.start(), _day_end(source.prepared, found.end()))
    raise Unreadable(
        f"“{said}”: ngày nêu kèm là ngày của một việc khác (sự kiện, bên nhận hồ sơ…), không "
        "phải hạn của việc đăng ký, gửi, nộp, chuẩn bị (việc ấy thường phải xong trước đó); "
        "không lấy ngày ấy làm hạn; ghi last_day theo hạn văn bản nêu cho việc này"
    )


def _refuse_event_day(source: Source, rule: re.Pattern[str]) -> None:
    prepared = source.prepared
    while (found := rule.search(prepared)) and _a_name(source, found):
        # "Gửi bài cho bà Lê Hoa ngày 20/5/2026": the name set aside, an event after it
        # is still found ("… bà Lê Hoa dự hội nghị ngày …")
        prepared = prepared[: found.start("held")] + "xx" + prepared[found.end("held") :]
    if found:
        said = source.said(found.start(), _day_end(source.prepared, found.end()))
        if not found.re.search(fold(said).lower()):
            return  # "… hội nghị không muộn hơn ngày 10/4": a lead-in the preparing blanked
        raise Unreadable(
            f"“{said}”: ngày (tháng) là lúc diễn ra sự kiện (hội nghị, kỳ thi…); việc đăng ký, "
            "gửi, nộp, chuẩn bị cho sự kiện phải xong trước đó, vào ngày văn bản không nêu ở "
            "đây; không lấy ngày sự kiện làm hạn; ghi last_day theo văn bản"
        )


_NEXT_WORD = re.compile(r"\s+[a-z]+", re.ASCII)
# ... a person addressed by a title just before the name: "cho bà Lê Hoa", "ông Lê Văn An"
_TITLE_BEFORE = re.compile(r"(?<![a-z])(?:ong|ba|anh|chi|thay|co|dong\s+chi|em)\s+\Z", re.ASCII)
# ... and nothing else in the phrase that may make the name an event's or its company's
# (session 62's tester: each read by d62 on the name, refused on main): an event word, a
# night of poems or songs, a fest, a delegation, "cùng", taking part, watching
_EVENT_NEAR_NAME = re.compile(
    rf"(?<![a-z])(?:{_EVENT}|{_HELD_EVENT}|{_OTHER_EVENT}|dem\s+(?:tho|nhac|van|dien)|fest"
    r"|doan|cung|tham\s+(?:gia|du)|du|xem|hoi)(?![a-z])",
    re.ASCII,
)


def _a_body(source: Source, found: re.Match[str]) -> bool:
    """Whether the clause's first word (`found`'s "body") is a body's, as printed and
    capitalised (`_BODY_PRINTED`), or any in a phrase typed without marks."""
    if unmarked(nfc(source.text)):
        return True
    said = nfc(source.said(found.start("body"), found.end("body"))).split()
    if said and said[0] not in _BODY_PRINTED and said[0].capitalize() in _BODY_PRINTED:
        # lower case, the body named before it: "Gửi hồ sơ về Sở, sở thẩm định …"
        return found["body"].split()[0] in found["step"].split()
    return bool(said) and said[0] in _BODY_PRINTED


_LISTED_BODY = re.compile(rf",\s*{_BODY}\b", re.ASCII)


def _a_step_of_the_body(source: Source, found: re.Match[str]) -> bool:
    """Whether a body's clause joined by "và" or bound by a word of time (`_ANOTHER_BODY`'s
    "joined", "bound") is its step: the body after "và" the one the step names ("Gửi hồ sơ
    về Sở và Sở thẩm định …", never "… về Sở và Phòng …", two bodies the papers go to), and
    a doing after its name ("… về Sở Tư pháp, Sở Tài chính trước ngày …" names two bodies
    and the sending's bound, as main reads it)."""
    if not (found["joined"] or found["bound"]):
        return True  # d62's forms, as they were
    if found["joined"] and found["body"] not in found["step"]:
        return False
    if _LISTED_BODY.search(found["inside"]):
        return False  # "… về Sở Tư pháp, Sở Tài chính, Sở Xây dựng trước ngày …": a list
    doing = _past_the_body_s_name(source, found)
    return bool(
        _BODY_STEP.search(doing) or (_the_recipient(found) and _RECIPIENT_STEP.search(doing))
    )


# the body's own step, after its name: "Sở thẩm định", "UBND xã xác nhận", "Sở tổng hợp".
# A name's words are never one ("Sở Giao thông vận tải", "Sở Khoa học và Công nghệ", "Ban
# Quản lý các khu công nghiệp", "Sở Nông nghiệp và Phát triển nông thôn": session 63's brief,
# helper d63b, each refused by d63 as the body's day, read on main as the sending's bound)
_BODY_STEP = re.compile(
    r"\b(?:tham\s+(?:dinh|tra)|xac\s+nhan|cap\s+(?:phep|giay|so|ma|lai|doi)|xem\s+xet"
    r"|giai\s+quyet|(?:phe|xet)\s+duyet|duyet|xet|tong\s+hop|trinh|kiem\s+tra|danh\s+gia"
    r"|ra\s+soat|(?:cho|co)\s+y\s+kien|gop\s+y|tra\s+(?:loi|ket\s+qua)|phan\s+hoi|xu\s+ly"
    r"|ky|thong\s+bao|cong\s+bo|quyet\s+dinh|ban\s+hanh|nghiem\s+thu|phan\s+bo|bao\s+cao"
    r"|chuyen|lap|hoan\s+tat|thu\s+ly)\b",
    re.ASCII,
)
# ... and, of the body the papers are sent to, what it carries out, completes, sends on:
# "Gửi hồ sơ về Sở, Sở thực hiện trước 30/6/2026", "… UBND xã gửi UBND huyện trước …"
# (helper c64's brief: read on main as the sending's bound, "thực hiện", "gửi" taken for the
# sending's own doing). Another body may be who sends ("Gửi báo cáo về Sở, UBND các huyện
# thực hiện trước …": read as on main)
_RECIPIENT_STEP = re.compile(
    r"\b(?:thuc\s+hien|trien\s+khai|hoan\s+thanh|gui|cap\s+nhat|to\s+chuc)\b", re.ASCII
)


def _the_recipient(found: re.Match[str]) -> bool:
    """Whether the body opening the clause of `_ANOTHER_BODY` is the one the step sends to:
    "về Sở, Sở …", "cho UBND xã, UBND xã …", "Gửi Sở Tư pháp, Sở Tư pháp …" (never "Sở" of
    "hồ sơ")."""
    told = rf"(?:\A|\b(?:ve|cho|toi|den|len|tai|voi)\s+){found['body']}\b"
    return re.search(told, found["step"].strip(), re.ASCII) is not None


def _past_the_body_s_name(source: Source, found: re.Match[str]) -> str:
    """The words after the body's name (`found`'s "inside"), folded: past its capitalised
    words as printed; typed bare or in capitals, past the name the step gave it and a name
    whose folded words are words of time (`_past_the_name_told_again`)."""
    start, end = found.span("inside")
    said = nfc(source.said(start, end))
    if not (unmarked(nfc(source.text)) or said.isupper()):
        start = _past_the_name(source, start, end)
    else:
        start = _past_the_name_told_again(source, found)
    return source.prepared[start:end]


_A_WORD = re.compile(r",?\s*([a-z]+)", re.ASCII)
# the names of a body whose words fold to words of time or of the step's own doing, typed
# bare: "SO TU PHAP" ("từ"), "SO KE HOACH VA DAU TU" ("kể", "đầu")
_NAME_AS_TIME = re.compile(r"\s*(?:tu\s+phap|ke\s+hoach(?:\s+va)?\s+dau\s+tu)\b", re.ASCII)


def _past_the_name_told_again(source: Source, found: re.Match[str]) -> int:
    """Where the words of `found`'s "inside" go on past the body's name the step gave it
    ("GUI HO SO VE SO TU PHAP, SO TU PHAP THAM DINH …": "tu phap" told again), or past a name
    whose words fold to words of time (`_NAME_AS_TIME`): typed bare or in capitals, no case
    tells a name (helper c64: the sending's bound on main, "tu" read as "từ")."""
    start, end = found.span("inside")
    body, step = found["body"].split(), found["step"].split()
    at = max((i for i in range(len(step)) if step[i : i + len(body)] == body), default=None)
    name = step[at + len(body) :] if at is not None else []
    for word in name:
        told = _A_WORD.match(source.prepared, start, end)
        if told is None or told[1] != word:
            break
        start = told.end()
    if told_as_time := _NAME_AS_TIME.match(source.prepared, start, end):
        start = told_as_time.end()
    return start


# what the body does that is the sending's own bound: it receives, it closes its entries
# ("Gửi hồ sơ về Sở, Sở tiếp nhận trước ngày …": by that day the papers are in); folded, and
# as printed ("nhận" never "nhân", "cá nhân")
_RECEIVES = (
    r"(?:tiep\s+)?nhan(?!\s+ket\s+qua\b)|thu(?:\s+nhan)?|dong(?:\s+cong)?|khoa\s+so|chot\s+so"
    r"|ket\s+thuc|khep\s+lai|het\s+han"
)
_RECEIVES_BARE = re.compile(rf"\b(?:{_RECEIVES})\b", re.ASCII)
_RECEIVES_PRINTED = re.compile(
    r"(?<!\w)(?:(?:tiếp\s+)?nhận(?!\s+kết\s+quả(?!\w))|thu(?:\s+nhận)?|đóng(?:\s+cổng)?"
    r"|kh(?:óa|oá)\s+sổ|chốt\s+sổ|kết\s+thúc|khép\s+lại|hết\s+hạn)(?!\w)"
)


# ... and its receipt said at length, nothing else beside it: carried out, organised, completed,
# of the papers sent by post or online ("Gửi hồ sơ về Sở, Sở tổ chức tiếp nhận trước
# 30/6/2026", "…, Sở tiếp nhận hồ sơ gửi qua bưu điện trước …", "…, UBND xã tổ chức thu nhận
# hồ sơ đến hết ngày …": read on main, helper c64b's tester; "thực hiện", "gửi" are no step)
_RECEIPT_WHOLE = re.compile(
    r"\s*(?:(?:to\s+chuc|thuc\s+hien|trien\s+khai|hoan\s+thanh)(?:\s+viec)?\s+)?"
    r"(?:tiep\s+nhan|thu\s+nhan|khoa\s+so|chot\s+so)(?:\s+(?:ho\s+so|bao\s+cao))?"
    r"(?:\s+gui\s+(?:qua\s+(?:buu\s+dien|mang|he\s+thong)|truc\s+tuyen))?\s*\Z",
    re.ASCII,
)


def _the_body_receives(source: Source, found: re.Match[str]) -> bool:
    """Whether the body's clause of `_ANOTHER_BODY` is the sending's own bound: past the
    body's name (`_past_the_body_s_name`), a word of time first, or the body's receipt with
    no step of its own beside it (`_RECEIVES`). Any other doing of the body is its own step,
    bound by its day: "Sở thực hiện", "Sở tiếp nhận và thẩm định", "UBND xã gửi UBND huyện"
    (helper c64's brief: each read on main as the sending's day)."""
    start, end = found.span("inside")
    doing = _past_the_body_s_name(source, found)
    if re.match(rf"\s*(?:va\b|(?!hoan\b|xong\b){_OWN_TIME}\b)", doing, re.ASCII) or (
        _the_recipient(found) and _RECEIPT_WHOLE.match(doing)
    ):
        # a word of time, never the body's completing ("Sở hoàn thành trước …", c64's brief);
        # or the sending's own next step, after the name it is sent to: "… gửi Cơ quan An ninh
        # điều tra - Bộ Công an và báo cáo UBND tỉnh trước ngày 15/4/2025" (n-hatinh-vb-2122-
        # ubnd-kt2-2025.yaml, read), never "và" and another body, the bodies' joint step ("Sở
        # và UBND huyện thẩm định", helper c64b); or its receipt said at length
        return not _and_a_body(source, doing, end)
    bare = unmarked(nfc(source.text)) or nfc(source.said(start, end)).isupper()
    said = nfc(source.said(end - len(doing), end)).lower()
    if not _the_recipient(found):
        # another body, maybe who sends: its step first is its own, as on main ("Gửi hồ sơ
        # về Sở; UBND huyện thẩm định …"), or after its receipt ("…, Phòng Tài chính tiếp
        # nhận và thẩm định …"); the sending's own doing anywhere the sending's
        if _BODY_STEP.match(doing) or (_receipt(doing, said, bare) and _BODY_STEP.search(doing)):
            return False
        if bare:
            return _OWN_STEP_RULE.search(doing) is not None
        return bool(_OWN_DOING_PRINTED.search(said) or _OWN_PAPERS_PRINTED.match(said))
    if _BODY_STEP.search(doing) or _RECIPIENT_STEP.search(doing):
        # the body's step, first or after its receipt: "Gửi hồ sơ về Sở; Sở tổng hợp, báo
        # cáo UBND tỉnh trước ngày …" (session 63's tester, read on main), "Sở tiếp nhận và
        # thẩm định trước …" (c64's brief)
        return False
    return _receipt(doing, said, bare)


# "và" after the body's name and, after it, a body: "các …", a body's word, "công an", or a word
# capitalised as printed (helper c64b's tester: "Gửi hồ sơ về Sở, Sở và UBND huyện thẩm định
# trước 30/6/2026", "…, UBND xã và Công an xã xác nhận …" read as the sending's next step,
# refused on main); only "và" and a step in lower case is the sending's own next step
_AND = re.compile(r"\s*va\s+", re.ASCII)
_A_BODY_NAMED = re.compile(
    rf"(?:{_BODY}|cac|nhung|don\s+vi|cong\s+an|ubnd|uy\s+ban|tinh|huyen|xa|doanh\s+nghiep)\b",
    re.ASCII,
)


def _and_a_body(source: Source, doing: str, end: int) -> bool:
    """Whether the body's words (`doing`, ending at `end`) open with "và" and another body
    (`_A_BODY_NAMED`, or a capitalised word when the phrase has marks and is not in capitals):
    a step the bodies do together, never the sending's next one."""
    joined = _AND.match(doing)
    if joined is None:
        return False
    if _A_BODY_NAMED.match(doing, joined.end()):
        return True
    at = end - len(doing) + joined.end()
    printed = nfc(source.text)
    bare = unmarked(printed) or nfc(source.said(at, end)).isupper()
    return not bare and source.said(at, at + 1).isupper()


def _receipt(doing: str, said: str, bare: bool) -> bool:
    """Whether the body's words (`doing` folded, `said` as printed) tell its receipt
    (`_RECEIVES`), folded when the phrase is typed bare or in capitals."""
    if bare:
        return _RECEIVES_BARE.search(doing) is not None
    return _RECEIVES_PRINTED.search(said) is not None


def _a_name(source: Source, found: re.Match[str]) -> bool:
    """Whether the event word of `found` is no event as printed: "Lê" capitalised and
    followed by a capitalised word, a family name and a given name ("Gửi bài cho bà Lê Hoa
    ngày 20/5/2026", session 62's brief: refused on main as a festival, "lễ", folded), never
    "lễ"; or "hợp" (fit, joint), not "họp" ("Gửi hồ sơ để hợp nhất …"), in a phrase with
    marks. The name only after a title (`_TITLE_BEFORE`) and with nothing else in the phrase
    that may be an event (`_EVENT_NEAR_NAME`, a bracket, "Hội"): session 62's tester found
    "… bà Lê Hoa ngày 20/5/2026 (Lễ kỷ niệm)", "Đêm thơ Lê Anh Xuân ngày …" read so, each
    refused on main, and no other check of the event runs after this one."""
    if found["held"] == "hop":
        printed = nfc(source.text)
        said = nfc(source.said(found.start("held"), found.end("held"))).lower()
        return not unmarked(printed) and said != "họp"
    if found["held"] != "le":
        return False
    if source.said(found.start("held"), found.end("held")) != "Lê":
        return False
    end = found.end("held")
    given = 0
    while (word := _NEXT_WORD.match(source.prepared, end)) and source.said(
        word.start(), word.end()
    )[:1].isupper():
        end, given = word.end(), given + 1
    if not given or not _TITLE_BEFORE.search(source.prepared, 0, found.start("held")):
        return False  # "Đêm thơ Lê Anh Xuân", "Lê Lợi Fest": no person addressed
    rest = source.prepared[: found.start("held")] + " " + source.prepared[end:]
    if _EVENT_NEAR_NAME.search(rest) or "(" in source.text or "[" in source.text:
        return False  # "… bà Lê Hoa ngày 20/5/2026 (Lễ kỷ niệm)", "… cùng bà Lê Hoa …"
    return not any(w == "Hội" for w in nfc(source.text).split())


def _refuse_taking_part(source: Source) -> None:
    if found := _TAKING_PART.search(source.prepared):
        end = _day_end(source.prepared, found.end())
        said = source.said(found.start(), end)
        if not _TAKING_PART.search(fold(said).lower()):
            return  # a deadline word the preparing blanked, as in `_refuse_event_day`
        if not _held_as_printed(source, found):
            return  # "Gửi bài cho bà Lê Hoa": a name, not "lễ"
        if _EVENT_DAY_TOLD.match(source.prepared, end):
            return  # "Đăng ký dự thi ngày 20/4/2026; thi ngày 11/6/2026": both days, as main
        raise Unreadable(
            f"“{said}”: ngày là lúc diễn ra việc được đăng ký tham gia (giải, hội, lễ…); việc "
            "đăng ký phải xong trước đó, vào ngày văn bản không nêu ở đây; không lấy ngày sự "
            "kiện làm hạn; ghi last_day theo hạn đăng ký văn bản nêu"
        )


def _held_as_printed(source: Source, found: re.Match[str]) -> bool:
    """Whether the event word of `found` is one as printed, when the phrase has marks."""
    printed = nfc(source.text)
    if unmarked(printed):
        return True
    word = nfc(source.said(found.start("held"), found.end("held"))).lower()
    return _HELD_PRINTED.fullmatch(word) is not None


def _the_step_s_own(source: Source, found: re.Match[str]) -> bool:
    """Whether the words told with the day (`found`'s "inside") are the step's own: its
    time, its doing, its papers opening them; as printed when the phrase has marks. After a
    body (`_ANOTHER_BODY`) its name, capitalised, is passed over ("Sở Tư pháp thẩm định":
    folded, "Tư" is "từ")."""
    if "body" in found.re.groupindex:
        return _the_body_receives(source, found)
    start, end = found.span("inside")
    printed = nfc(source.text)
    if unmarked(printed):
        return _OWN_STEP_RULE.search(found["inside"]) is not None
    inside = source.prepared[start:end]
    if re.match(rf"{_OWN_TIME}\b", inside, re.ASCII):
        return True  # the folded time words that collide with none ("hạn", "từ" …)
    said = nfc(source.said(start, end)).lower()
    return bool(_OWN_DOING_PRINTED.search(said) or _OWN_PAPERS_PRINTED.match(said))


def _past_the_name(source: Source, start: int, end: int) -> int:
    """Where the words from `start` go on past those capitalised as printed (a body's name:
    "Tư pháp" of "Sở Tư pháp"), and the word after the first capitalised one when it is the
    only one: a place's name is capitalised whole ("UBND xã Tân Lập xác nhận", helper c64:
    "xác" taken for the name's, "nhận" left, read on main as the sending's bound)."""
    word = re.compile(r"[a-z]+\s*", re.ASCII)
    capitalised = 0
    while (
        (found := word.match(source.prepared, start, end))
        and source.said(found.start(), found.end())[:1].isupper()
        # a step's word is a doing even capitalised: "Sở Thẩm định, Phê duyệt" (helper c64b)
        and not _BODY_STEP.match(source.prepared, start, end)
    ):
        start, capitalised = found.end(), capitalised + 1
    if capitalised == 1 and (after := word.match(source.prepared, start, end)):
        start = after.end()  # "pháp" of "Tư pháp"
    joined = _NAME_GOES_ON.match(source.prepared, start, end) if capitalised else None
    if joined and source.said(joined.end(), joined.end() + 1).isupper():
        # "Sở Kế hoạch và Đầu tư", "Sở Văn hóa, Thể thao và Du lịch": a capitalised word after
        # "và", a comma or a dash goes on with the name
        return _past_the_name(source, joined.end(), end)
    return start


_NAME_GOES_ON = re.compile(r"(?:,|\s*-|va)\s*", re.ASCII)


def _names_the_step(step: str, inside: str) -> bool:
    """Whether the words told with the day open with the step's own words, its first two
    ("Đăng ký nhập học (nhập học ngày …)"), never one word alone, which may be another's
    ("Nộp hồ sơ dự tuyển. Sơ tuyển ngày …": "sơ" is not "hồ sơ")."""
    opening = " ".join(inside.split()[:2])
    return len(opening.split()) == 2 and f" {opening} " in f" {' '.join(step.split())} "


def _refuse_day_told_after(source: Source) -> None:
    if found := _DAY_TOLD_AFTER.search(source.prepared):
        if _ADMISSION_WINDOW.search(fold(source.text).lower()):
            return  # the window for applying, as main reads it
        said = source.said(found.start(), _day_end(source.prepared, found.end()))
        if not _DAY_TOLD_AFTER.search(fold(said).lower()):
            return  # a deadline word the preparing blanked, as in `_refuse_event_day`
        raise Unreadable(
            f"“{said}”: ngày nêu kèm là lúc diễn ra sự kiện (kỳ thi, phỏng vấn, khám, hội chợ, "
            "giải, lễ…) hoặc hạn của bên nhận hồ sơ (xét tuyển, công bố kết quả), không phải hạn "
            "của việc đăng ký, gửi, nộp, chuẩn bị cho sự kiện (việc ấy phải xong trước đó); không "
            "lấy ngày sự kiện làm hạn; ghi last_day theo hạn văn bản nêu cho việc này"
        )


def _day_end(prepared: str, end: int) -> int:
    """The end of the day whose first number ends at `end` ("11" of "11/6/2026"): the quote
    shows the whole day."""
    ended = _DAY_RUNS_ON.match(prepared, end)
    return ended.end() if ended else end
