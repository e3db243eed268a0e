"""A day the phrase itself judges: wrong, mistaken, void, stopped or past, never a day due.

Form: a step's day, then words with no subject of their own that say what the day is: "Ngày
nộp hồ sơ 15/5/2026 là sai", "… là nhầm lẫn", "… nay đã hết hiệu lực", "… không còn áp
dụng", "… tại Hà Nội, ngừng tổ chức" (session 60's brief, helper e60: each read on main as
due on 15/5, the verdict dropped into the gloss); or the step named as its day with the
verdict closing it, right before the day: "Ngày thi sai 15/5/2026", "Ngày họp vừa qua
15/5/2026" (read on main as due, the verdict in the step). No corpus phrase has either.

Only words that judge the day itself are taken (`_VERDICT`: sai, nhầm, không đúng, hết hiệu
lực, không còn áp dụng, ngừng tổ chức, bị thay thế, chưa được duyệt), right after the day (with "là", "nay", "đã", "bị"
before them) or after a place told after it, as a clause of their own. Words about anything
else after the day are the step's, as main reads them (p59's list of what may follow, taken
back in session 59, refused these): its manner ("Hạn nộp hồ sơ: 15/5/2026 qua bưu điện",
"… trực tuyến", "… bằng văn bản"), its place ("… tại Sở Nội vụ"), whom it is for ("Ngày thi
15/5/2026 cho học sinh mới"), and a verdict with its own subject, the step's object ("Xử lý
trước ngày 30/6/2026 các giấy phép đã hết hiệu lực"). Before the day, a verdict only closes
a short step named as its day ("Ngày", "Hạn", "Thời hạn", "Thời gian", "Lịch"); never a
state of the step's object ("Thời hạn hỗ trợ hộ bị thiệt hại: 30/6/2026", "Thời hạn hoàn
thuế nộp nhầm: 30/6/2026", "Hạn khắc phục thiệt hại do bão vừa qua: 30/6/2026").

Narrowed by helper e60b (session 60's tester: main's right readings e60 lost). After the day,
a verdict not told now ("là", "nay", "đã", "bị" before it) must close the phrase or its
bracket: "Hạn nộp hồ sơ: 30/6/2026; sai, nhầm phải nộp lại" warns of wrong papers and reads.
Before the day, a verdict not told now judges it only right after the day's noun and one word
of the step ("Ngày thi sai 15/5/2026"): "Hạn nộp tiền thuế ghi sai: 15/5/2026", "Hạn nộp hồ
sơ sai: …" name the object done wrongly and read. A stop judges the day only as an event given
up, "ngừng tổ chức": "Hóa đơn giấy ngày 1/7/2026 ngừng áp dụng" is the stop's own day, read
(the lead's ruling).

Widened by helper e61 (session 61's brief, each read on main as due): verdicts worded
otherwise ("… là sai quy định", "… không còn phù hợp", "… chờ phê duyệt", "… là giả mạo", "…
do lỗi đánh máy", "… in nhầm", "… đã bị hủy"), an aside in brackets or with no mark before a
verdict told now ("15/5/2026 (tại Sở Nội vụ) là sai"), a verdict alone in brackets after a
bound ("Nộp hồ sơ trước 15/5/2026 (nhầm)"), and before the day a verdict in brackets, "vừa
rồi", or told now after the step's verb ("Ngày thi (sai): 15/5/2026", "Ngày thi vừa rồi
15/5/2026", "Hạn nộp bị ghi sai: 30/6/2026").

Widened by helper d62 (session 62's brief, each read on main as due): a fault worded "sai
sót", "sai lệch" after the day ("Ngày nộp hồ sơ 15/5/2026 là sai sót"), a day set by a
system's fault ("Hạn nộp hồ sơ: 30/6/2026 do lỗi kỹ thuật"), and a short step's day gone by
whatever its verb ("Hạn nộp vừa rồi là 30/6/2026": "nộp" was taken for a thing done wrongly).
Narrowed and widened by helper d62b (session 62's tester): a new day told before the system's
fault keeps it ("Hạn nộp hồ sơ mới là 30/6/2026 do lỗi kỹ thuật", `_NEW_DAY`, as main); a
fault told now goes on with what it is ("… là sai sót do lỗi đánh máy", `_WHY`; "… có sai
sót"); a deadline gone by, however long its step (`_GONE_BEFORE`: "Hạn nộp hồ sơ đợt 1 vừa
qua là 30/4/2026").

Widened by helper d63 (session 63's brief, each read on main as due, or refused only for a
stray word): a deadline's round gone by ("Hạn nộp hồ sơ kỳ vừa qua là 30/6/2026", "… đợt
trước là …", "Hạn nộp năm ngoái là 30/6/2025"; "nộp bổ sung" no work put right), a fault
after a comma with the text's or the system's fault as its cause ("Hạn nộp hồ sơ: 30/6/2026,
sai sót do lỗi đánh máy", `_TEXT_FAULT`), and "mới" told of whom the step is for, no new day
("Hạn nộp hồ sơ cho học sinh mới: 30/6/2026 do lỗi kỹ thuật", `_FOR_WHOM_NEW`).

Widened by helper c64 (session 64's brief, each read on main as due): a call-off told now
with its cause, or for the text's fault ("Hạn nộp hồ sơ: 30/6/2026, nay đã hủy do lỗi đánh
máy", "…, hủy do lỗi đánh máy"), a fault told now ("… 30/6/2026 - bị lỗi, sẽ thông báo
lại"), a verdict in a sentence of its own ("Hạn nộp hồ sơ: 30/6/2026. Sai sót do lỗi đánh máy"), a fault of the
text even after a bound unless the step fixes it ("Nộp hồ sơ trước 30/6/2026, sai sót do lỗi
đánh máy"), and a deadline said expired before its day (`_EXPIRED_BEFORE`: "Hạn nộp báo cáo
kỳ vừa qua (đã hết hạn) là 15/4/2026").

Narrowed by helper c64b (its tester's findings, each read on main and refused by c64): a
call-off to come judges the day only for the text's or the system's fault ("…, sẽ bị hủy do
không đủ điều kiện" warns of the papers), the fault of the text is the papers' to fix after a
step that files again ("Nộp lại hồ sơ trước 30/6/2026, sai sót do lỗi đánh máy", `_REDOING`),
and a deadline said expired only when its step is a filing and nothing else
(`_FILING_ONLY`: "Hạn đổi thẻ BHYT (hết hạn) là …" names what expired).

The day judged is the phrase's first: a day after it may be the one that holds, and a
document cited on its day ("Quyết định số 12/2020/QĐ-UBND ngày 15/5/2020 nay đã hết hiệu
lực") is judged as a text, by `citations`.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc, unaccent, unmarked
from kehoach.dates.grammar import Source, Unreadable

# As printed, lower case; and without diacritics for a phrase typed so, "Ngay nop ho so
# 15/5/2026 la sai" (`_compiled`).

# a day (or a span of days of one month), with its month and year
_DAY = (
    r"(?<![\d/.-])\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
    r"(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)"
    r"(?![\d/.-]?\d)"
)

# The words that judge a step's text whatever step it is: replaced, no longer applied, against
# the rules, for reference only (printed, lower case, with marks; `unaccent` for a folded rule).
# One fragment for the three rules that read a verdict or a draft: this module's `_VERDICT`
# (a day judged so), `calendarstep._JUDGED` (a calendar's step noted so is none) and
# `voidedgloss._VOID` (a note after the time that takes it away). Each keeps beside it, as its
# own fragment, the words only it reads, so that none reads differently: a fault ("sai",
# "nhầm") is the day's here and a calendar step's there, but after a bound a note "(giả mạo)"
# may name the task's object ("Thu hồi giấy phép trước 30/6/2026 (giả mạo)", e61b), which
# `voidedgloss` would refuse. This module reads only the first part (`_REPLACED_OR_LAPSED`):
# after a day, "là trái quy định", "(tham khảo)" are `voidedgloss`'s note, refused with its
# words ("sau thời hạn", test_lead60)
_REPLACED_OR_LAPSED = r"thay\s+thế|không\s+(?:còn\s+)?áp\s+dụng"
JUDGING = rf"{_REPLACED_OR_LAPSED}|trái\s+quy\s+định|(?:chỉ\s+)?(?:để\s+)?tham\s+khảo"
# how the day came to be wrong: written, printed, typed, entered ("Ngày nộp hồ sơ 15/5/2026
# in nhầm", "Hạn nộp bị ghi sai: 30/6/2026")
_WRITTEN = r"(?:ghi|in|gõ|viết|đánh(?:\s+máy)?|nhập)"
# a fault of the day after it, however worded: "sai", "sai sót", "sai lệch", "nhầm", "nhầm
# lẫn" ("Ngày nộp hồ sơ 15/5/2026 là sai sót": session 62's brief, read on main as due, "sai"
# alone being no verdict before "sót")
_WRONG = r"(?:sai(?:\s+(?:sót|lệch))?|nhầm(?:\s+lẫn)?)"
# the words that judge the day: wrong, mistaken, corrected, void, no longer applied, stopped
# ... and, told now, what the fault is or came from: "… là sai sót do lỗi đánh máy", "… là
# sai sót trong quá trình soạn thảo", "… là sai sót kỹ thuật" (session 62's tester: read on
# main and by d62 as due, the verdict not closing its clause)
_WHY = r"(?P<why>\s+(?:k[ỹĩ]\s+thuật|(?:do|trong|của)\s+[^,;.()\d]{1,50}?))?"
_VERDICT = (
    rf"(?:(?:{_WRITTEN}\s+)?{_WRONG}{_WHY}|(?:không|chưa)\s+(?:đúng|chính\s+xác)"
    # ... against the rules or forged: "… là sai quy định", "… là không đúng quy định", "…
    # là giả mạo", "… do lỗi đánh máy", "… không còn phù hợp", "… chờ phê duyệt" (session
    # 61's brief, helper e61: each read on main as due, the verdict in the gloss)
    r"|giả\s+mạo|(?:bị\s+)?làm\s+giả"
    r"|không\s+(?:còn\s+)?phù\s+hợp"
    r"|(?P<wait>(?:đang\s+)?chờ\s+(?:được\s+)?(?:phê\s+duyệt|duyệt|xác\s+nhận))"
    r"|(?:được\s+)?đính\s+chính|(?:do\s+)?lỗi\s+(?:đánh\s+máy|chính\s+tả|in(?:\s+ấn)?)"
    # ... a fault alone, told now: "Hạn nộp hồ sơ 30/6/2026 - bị lỗi, sẽ thông báo lại" (helper
    # c64's brief: refused on main only for the words after the day); "hồ sơ bị lỗi" is the
    # papers', its subject between
    r"|(?P<faulty>lỗi)"
    # ... a fault of the system that set it, given as its cause: "Hạn nộp hồ sơ: 30/6/2026 do
    # lỗi kỹ thuật" (session 62's brief, read on main as due); only with "do", a help note
    # ("…, lỗi kỹ thuật liên hệ …") being no verdict
    r"|(?P<cause>do\s+lỗi\s+(?:k[ỹĩ]\s+thuật|hệ\s+thống|phần\s+mềm|đường\s+truyền))"
    # ... replaced, no longer applied (`JUDGING`'s first part), not yet approved, a rumour (a
    # provisional day, "(tạm thời)", reads: test_m59)
    rf"|(?:(?:bị|được)\s+)?(?:{_REPLACED_OR_LAPSED})|tin\s+(?:đồn|giả)"
    r"|(?:thông\s+tin\s+)?sai\s+sự\s+thật"
    r"|chưa\s+(?:được\s+)?(?:phê\s+duyệt|duyệt|chốt|thông\s+qua|xác\s+nhận)"
    r"|hết\s+hiệu\s+lực|không\s+còn\s+(?:hiệu\s+lực|giá\s+trị)"
    # ... stopped, when a step is named before the day ("Ngày 15/5/2026, ngừng tiếp nhận" is
    # the stop itself, its day)
    # (only an event given up, "ngừng tổ chức": "Hóa đơn giấy ngày 1/7/2026 ngừng áp dụng",
    # "… dừng thực hiện", "… dừng triển khai" are the stop's own day, read: the lead's ruling,
    # session 60, e60b)
    r"|(?P<stop>(?:tạm\s+)?(?:ngừng|ngưng|dừng)\s+tổ\s+chức)"
    # ... and, after an aside, the day gone ("… tại Hà Nội, đã qua"; right after the day,
    # `label` says so)
    r"|(?P<over>(?:đã|vừa)\s+qua|vừa\s+rồi)"
    # ... called off and stopped, told now: "Trạm thu phí ngày 1/7/2026 đã bị hủy dừng thực
    # hiện" (session 61's brief: read on main, the stop after the call-off taken for the
    # gloss); a call-off alone ("… đã bị hủy") is refused by `asides`, with its own words
    r"|(?P<void>(?:hủy|huỷ)(?:\s+bỏ)?(?:\s+và)?\s+(?:dừng|ngừng|ngưng)"
    r"(?:\s+(?:thực\s+hiện|thu\s+phí|triển\s+khai|hoạt\s+động|áp\s+dụng))?)"
    # ... called off told now, with its cause: "Hạn nộp hồ sơ: 30/6/2026, nay đã hủy do lỗi
    # đánh máy" (helper c64's brief: read on main, the cause after the call-off taken for the
    # gloss); a call-off with no cause is `calledoff`'s and `voidedgloss`'s, with their words
    # (or to be, only for the text's or the system's fault: "…, sẽ hủy do lỗi hệ thống";
    # "…, sẽ bị hủy do không đủ điều kiện" warns of the papers, helper c64b's tester)
    r"|(?P<called>(?P<to_be>(?:sẽ|có\s+thể)\s+(?:bị\s+)?)?(?:(?:hủy|huỷ)(?:\s+bỏ)?|bãi\s+bỏ"
    r"|tạm\s+(?:dừng|ngừng|ngưng|hoãn)|hết\s+hiệu\s+lực)"
    r"(?P<called_why>\s+(?:do|vì|bởi)\s+[^,;.()\d]{1,50}?)))"
    # ... and what it is wrong against: "sai quy định", "không đúng quy định"
    r"(?:\s+(?:rồi|nữa|(?:so\s+với\s+|với\s+|theo\s+)?(?:quy\s+định|hướng\s+dẫn|thực\s+tế)))?"
)
# ... unless a new day is told before it, the fault then the change's cause: "Hạn nộp hồ sơ
# mới là 30/6/2026 do lỗi kỹ thuật", "Hạn nộp hồ sơ được điều chỉnh là …", "… nay là …"
# (session 62's tester: read on main, lost by d62)
# (right before the day, with only "là", "thành", "sang", "đến", "ngày" or a colon between:
# "Hạn nộp hồ sơ cho học sinh mới: …" is no new day; told so, the day holds)
_NEW_DAY = (
    r"(?<!\w)(?:mới|điều\s+chỉnh|lùi|dời|gia\s+hạn|nay|kéo\s+dài)"
    r"(?:\s*:|\s+(?:là|thành|sang|đến|tới|vào|ngày))*\s*\Z"
)
# ... a fault of the text or of the system that set the day, told as the fault's cause, judges
# the day even not told now: "Hạn nộp hồ sơ: 30/6/2026, sai sót do lỗi đánh máy" (session 63's
# brief, helper d63: read on main as due); a cause of another kind is the papers' ("…; sai
# sót do người nộp phải nộp lại")
_TEXT_FAULT = (
    r"(?<!\w)(?:lỗi\s+(?:đánh\s+máy|chính\s+tả|in(?:\s+ấn)?|k[ỹĩ]\s+thuật|hệ\s+thống"
    r"|phần\s+mềm|đường\s+truyền|soạn\s+thảo)|(?:quá\s+trình\s+)?soạn\s+thảo|đánh\s+máy)"
    # (closing the cause: "…, sai sót do lỗi đánh máy phải nộp lại" is the papers')
    r"\s*\Z"
)
# ... never when the step itself corrects, the fault's fix, its day standing: "Hạn đính chính
# thông tin: 30/6/2026, sai sót do lỗi đánh máy", "Hạn bổ sung hồ sơ: …; sai sót do lỗi hệ
# thống" (session 63's tester, helper d63b: read on main, refused by d63); the deadline's
# noun opening the phrase, its step's words alone before the day ("Đính chính: hạn nộp …"
# is a notice that the day is wrong)
_CORRECTING_STEP = (
    r"\A\W*(?:thời\s+)?hạn(?:\s+[^\W\d]+){0,3}?\s+(?:đính\s+chính|cập\s+nhật\s+lại"
    r"|khắc\s+phục|sửa(?:\s+đổi|\s+chữa)?|bổ\s+sung|điều\s+chỉnh)(?:\s+[^\W\d]+){0,4}\s*:?\s*\Z"
)
# ... and a new day is no new day when "mới" is told of whom the step is for: "Hạn nộp hồ sơ
# cho học sinh mới: 30/6/2026 do lỗi kỹ thuật" (session 63's brief: read on main as due)
# ... and a step that files again or makes the papers whole, whose fault of the text is the
# papers' to fix: "Bổ sung hồ sơ trước 30/6/2026, sai sót do lỗi đánh máy", "Nộp lại hồ sơ …",
# "Hoàn thiện hồ sơ …" (helper c64b's tester: read on main, refused by c64)
_REDOING = (
    r"(?<!\w)(?:bổ\s+sung|(?:nộp|gửi|làm|kê\s+khai|khai)\s+lại|hoàn\s+(?:thiện|chỉnh)"
    r"|chỉnh\s+sửa)(?!\w)"
)
_FOR_WHOM_NEW = r"(?<!\w)(?:cho|đối\s+với|của|dành\s+cho)(?:\s+[^\W\d]+){1,4}?\s+mới(?!\w)"
# before the verdict: "là", "nay", "hiện nay", "đã", "bị", "chỉ" (the verdict told now), "thì"
_TOLD_NOW = r"(?:là|nay|hiện(?:\s+nay)?|giờ|đã|bị|cũng|đều|chỉ|vẫn)"
# (or "có" before a fault: "Ngày nộp hồ sơ 15/5/2026 có sai sót", session 62's tester, read
# on main as due; not told now, so after a bound or before more words it is the papers')
_BEFORE_VERDICT = rf"(?:(?:{_TOLD_NOW}|thì|có(?=\s+(?:sai|nhầm)))\s+)*"
# what the step's words after the day may tell before the verdict, as its own clause: where,
# how, for whom ("15/5/2026 tại Hà Nội, ngừng tổ chức", "… qua bưu điện, là sai", "… cho học
# sinh mới, là nhầm lẫn"); a place or a manner also with no mark when "là" or "nay" opens the
# verdict ("… tại Hà Nội là sai"). Never other words: "Xử lý trước ngày 30/6/2026 các giấy
# phép đã hết hiệu lực" judges the licences, its object
_WHERE_HOW = r"(?:tại|ở|qua|bằng|trực\s+tuyến|trong\s+giờ)"
_ASIDE = (
    rf"(?:\s+(?:{_WHERE_HOW}|cho|đối\s+với)(?:\s+[^,;:()\d]{{1,60}}?)?\s*[,;]"
    # ... or in brackets before a verdict told now: "15/5/2026 (tại Sở Nội vụ) là sai"
    # (session 61's brief: read on main, the bracket hiding the verdict)
    rf"|\s*\([^()\d]{{1,60}}\)(?=\s*{_TOLD_NOW}\s)"
    rf"|\s+{_WHERE_HOW}(?:\s+[^,;:()\d]{{1,60}}?)?(?=\s+(?:là|nay|hiện)\s))"
)
# ... a place or a manner with no mark before a verdict told as a state, "đã", "bị" ("15/5/2026
# tại Sở Nội vụ đã hết hiệu lực"); after a bound ("Xử lý trước 30/6/2026 tại các cơ sở đã
# hết hiệu lực") the verdict may be the place's, as main reads it
_LOOSE_ASIDE = rf"\s+{_WHERE_HOW}(?:\s+[^,;:()\d]{{1,60}}?)?(?=\s+(?:đã|bị)\s)"
# the verdict closes its clause: the end, a mark, or "nhưng", "và", "mà" after it
_CLAUSE_END = r"(?=\s*(?:[,;.!)…]|\Z|\s(?:nhưng|và|mà)\s))"
# ... and, unless told now ("là", "nay", "đã", "bị" before it), the phrase or its bracket:
# a verdict opening a list after a mark warns of the papers, not the day ("Hạn nộp hồ sơ:
# 30/6/2026; sai, nhầm phải nộp lại", "… 30/6/2026, hết hiệu lực, phải cấp lại": session 60's
# tester, e60b, read on main as due, lost by e60)
_CLOSES = r"\s*[.!…]*\s*(?:\)|\Z)"
# ... the words that may open such a list of faults; never a stop, a replacement, a rumour, a
# day not approved ("Ngày thi 20/5/2026 ngừng tổ chức, thí sinh chờ thông báo" stays refused)
_FAULT = (
    rf"(?:(?:{_WRITTEN}\s+)?{_WRONG}|(?:không|chưa)\s+(?:đúng|chính\s+xác)"
    r"|hết\s+hiệu\s+lực)(?:\s+(?:rồi|nữa))?\Z"
)
_JUDGED_AFTER = (
    # (or a full stop: "Hạn nộp hồ sơ: 30/6/2026. Sai sót do lỗi đánh máy", helper c64's
    # brief, read on main, the sentence after the day dropped)
    rf"{_DAY}(?:(?P<aside>{_ASIDE})|(?P<loose>{_LOOSE_ASIDE}))?\s*(?P<mark>[(\-–,;:.])?\s*"
    rf"(?P<told>{_BEFORE_VERDICT})(?P<verdict>{_VERDICT}){_CLAUSE_END}"
)
# a verdict alone in brackets closing the phrase is told of the day even after a bound:
# "Nộp hồ sơ trước 15/5/2026 (nhầm)" (session 61's brief: read on main)
_BRACKET_CLOSES = r"\s*\)\W*\Z"
# ... only a verdict of the day itself, "(nhầm)", "(sai)", "(ghi nhầm)": "(giả mạo)",
# "(sai quy định)", "(không còn phù hợp)" describe the task's object ("Thu hồi giấy phép
# trước 30/6/2026 (giả mạo)": session 61's tester, read on main, lost by e61)
_BARE_FAULT = rf"(?:{_WRITTEN}\s+)?{_WRONG}\Z"
# ... and never after a step of fixing, which names the fault as its object ("Khắc phục
# trước 30/6/2026 (nhầm lẫn)", "Cấp lại trước 30/6/2026 (ghi nhầm)")
_FIXING = (
    r"(?<!\w)(?:thu\s+hồi|tháo\s+dỡ|điều\s+chỉnh|cấp\s+lại|khắc\s+phục|cập\s+nhật|sửa(?:\s+đổi)?"
    r"|đính\s+chính|thay\s+thế|hủy|huỷ|xử\s+lý|chấn\s+chỉnh)(?!\w)"
)
# the day named as a day before it ("Ngày nộp hồ sơ 15/5/2026 chờ phê duyệt"): a wait then
# judges the day; after a step's day of submitting it is the papers waiting ("Trình UBND tỉnh
# ngày 30/6/2026 chờ phê duyệt": session 61's tester, read on main, lost by e61)
_NAMED_AS_DAY = r"\A\W*(?:ngày|(?:thời\s+)?hạn|thời\s+gian|lịch|mốc)(?!\w)"
# a bound before the day ("đến 30/6/2026 thì hết hiệu lực": the day it lapses, read as its
# end) takes a verdict only told now ("đến ngày 15/5/2026 nay đã hết hiệu lực")
_BOUND_BEFORE = r"(?<!\w)(?:đến|tới|hết|trước|từ|sau)(?:\s+ngày)?\s*\Z"
_NOW = rf"(?<!\w){_TOLD_NOW}(?!\w)"
# a word of a step before the day, besides the words of its time: "Ngày nộp hồ sơ 15/5/2026"
_STEP_BEFORE = (
    r"(?<!\w)(?!(?:ngày|từ|kể|trước|đến|tới|vào|hết|sau|hạn|chót|cuối|trong|thời|gian)(?!\w))"
    r"[^\W\d]+"
)
# a document cited before the day: judged as a text (`citations`), not here
_DOCUMENT_BEFORE = (
    r"(?<!\w)(?:số\s+\S*\d|quyết\s+định|thông\s+tư|nghị\s+định|nghị\s+quyết|công\s+văn"
    r"|chỉ\s+thị|văn\s+bản|luật)(?!\w)"
)

# Before the day: a step named as its day ("Ngày", "Hạn", "Thời hạn", "Thời gian", "Lịch",
# "Mốc"), a few words of the step, then the verdict right before the day ("là" or a colon
# between): "Ngày thi sai 15/5/2026", "Ngày thi bị sai: 15/5/2026", "Ngày họp vừa qua
# 15/5/2026", "Ngày thi không còn áp dụng 15/5/2026"; a day past or void only after a short
# step ("Hạn nộp báo cáo hội nghị vừa qua" names the meeting reported on)
_DAY_NOUN = r"(?:ngày|(?:thời\s+)?hạn(?:\s+(?:chót|cuối))?|thời\s+gian|lịch|mốc)"
# ... a deadline's, whose step may name the object done wrongly, to be put right by it ("Hạn
# nộp tiền thuế ghi sai: 15/5/2026", "Hạn đổi hàng giao nhầm: …": e60b, read as on main); a
# day's noun with an object between tells a day past ("Ngày chuyển hồ sơ nhầm 15/5/2026")
_DEADLINE_NOUN = r"(?:thời\s+)?hạn(?!\w)"
_JUDGED_BEFORE = (
    rf"(?:\A|[,;.(]\s*)(?P<step>{_DAY_NOUN}(?P<what>(?:\s+[^\W\d]+){{1,3}}?))\s+"
    # (in brackets too, "Ngày thi (sai): 15/5/2026"; "vừa rồi" as "vừa qua": session 61's
    # brief, read on main)
    # (or "[sai]", "- sai": session 61's tester, read on main)
    r"(?P<verdict>(?:(?P<open>[(\[])\s*|[-–]\s*)?(?:(?:(?:đã|bị|đã\s+bị)\s+)?"
    # ("sai" alone: "Ngày nhận hồ sơ sai sót 15/5/2026" names the papers, test_e60)
    rf"(?:{_WRITTEN}\s+)?(?:sai|nhầm(?:\s+lẫn)?)"
    r"|(?:vừa|đã)\s+qua|vừa\s+rồi|(?:hết|không\s+còn)\s+(?:hiệu\s+lực|áp\s+dụng))"
    r"(?(open)\s*[)\]]))"
    rf"\s*(?::|\s+là)?\s*(?:ngày\s+)?{_DAY}"
)
# ... and a deadline gone by, however long its step: "Hạn nộp hồ sơ vừa rồi là 30/6/2026",
# "Thời hạn vừa qua là …", "Hạn nộp hồ sơ đợt 1 vừa qua là 30/4/2026" (session 62's tester:
# read on main and by d62 as due); the step's object, a period or a past cause, judged as in
# `_JUDGED_BEFORE` (`_PUT_RIGHT`: "Hạn nộp báo cáo tháng vừa qua là …" is the month's report)
_GONE_BEFORE = (
    rf"(?:\A|[,;.(]\s*)(?P<step>{_DEADLINE_NOUN}(?:\s+(?:chót|cuối))?"
    r"(?P<what>(?:\s+[^\W\d]+){0,6}?)(?P<round>\s+đợt\s+\d+)?)\s+"
    # (or its round gone by: "Hạn nộp hồ sơ kỳ vừa qua là 30/6/2026", "… đợt trước là …",
    # "Hạn nộp năm ngoái là 30/6/2025" (session 63's brief, helper d63: read on main as due,
    # or refused for a stray word); a month or a year just past stays `_PUT_RIGHT`'s, "Hạn nộp
    # báo cáo tháng vừa qua" being that month's report)
    r"(?:(?:(?:kỳ|đợt|lần)\s+)?(?:(?:vừa|đã)\s+qua|vừa\s+rồi)|(?:kỳ|đợt|lần|năm)\s+ngoái"
    # ("trước" only with "là" or a colon after it: "Hạn gửi báo cáo kỳ trước ngày 15/7/2026"
    # is the period's report due before that day, as main reads it)
    r"|(?:kỳ|đợt|lần|năm)\s+trước(?=\s*:|\s+là\s))"
    rf"\s*(?::|\s+là)?\s*(?:ngày\s+)?{_DAY}"
)
# ... never the state of the step's object: a work that puts a wrong right ("sửa", "điều
# chỉnh", "khắc phục", "… lại"), a past cause ("thiệt hại do bão vừa qua"), a period or an
# event just past ("báo cáo tháng vừa qua"); nor a thing done wrongly, its verb right before
# the verdict ("Thời hạn hoàn thuế nộp nhầm", "thu hồi tiền chi sai")
_PUT_RIGHT = (
    r"(?<!\w)(?:sửa|điều\s+chỉnh|đính\s+chính|khắc\s+phục|xử\s+lý|thu\s+hồi|hoàn|rà\s+soát"
    # (never "bổ sung": "nộp bổ sung" is a step of submitting, and a supplement's deadline
    # gone by is gone: "Hạn nộp bổ sung hồ sơ vừa qua là 30/6/2026", session 63's brief, read
    # on main as due)
    r"|kiểm\s+tra|hủy|huỷ|lại|do|của|bão|lũ|tháng|năm|quý|tuần|kỳ|đợt|vụ|mùa|dịp)(?!\w)"
)
# ... nor a report, a result or a settlement of the round gone by: "Hạn nộp báo cáo kỳ vừa
# qua là 15/4/2026", "Hạn quyết toán kinh phí đợt vừa qua là …" (session 63's tester, helper
# d63b: read on main as due, refused by d63); "vừa qua" there is the period reported on. An
# application round's deadline ("Hạn nộp hồ sơ kỳ vừa qua là …") stays gone
_REPORTED = (
    r"(?<!\w)(?:báo\s+cáo|kết\s+quả|quyết\s+toán|tổng\s+kết|sơ\s+kết|đánh\s+giá"
    r"|thống\s+kê|số\s+liệu)(?!\w)"
)
_ROUND_JUST_PAST = r"\s+(?:kỳ|đợt|lần)\s+(?:vừa|đã)\s+qua(?!\w)"
# ... and a deadline said expired before its day, however long its step: in brackets, "Hạn
# nộp báo cáo kỳ vừa qua (đã hết hạn) là 15/4/2026", "Hạn nộp hồ sơ (đã qua): …" (helper
# c64's brief: read on main as due, the note in the label); or "đã hết hạn" with no bracket:
# "Hạn nộp hồ sơ đã hết hạn là 15/4/2026"; each only of a filing (`_FILING_ONLY`). Never
# "(chưa hết hạn)", "còn hạn"
_EXPIRED_BEFORE = (
    rf"(?:\A|[,;.:(]\s*)(?P<step>{_DAY_NOUN}(?P<what>(?:\s+[^\W\d]+){{0,8}}?))\s*"
    r"(?:[(\[]\s*(?:(?:đã\s+)?(?:hết|quá)\s+hạn|đã\s+(?:qua|hết|kết\s+thúc))\s*[)\]]"
    r"|(?P<said>\s+đã\s+hết\s+hạn))"
    rf"\s*(?::|\s+là)?\s*(?:ngày\s+)?{_DAY}"
)
# ... only of a step that is a filing and nothing else that can expire: "nộp", "gửi", "đăng ký",
# of papers or a report, of a round named ("Hạn nộp báo cáo kỳ vừa qua (đã hết hạn)"); "Hạn
# đăng ký lại tàu cá đã hết hạn", "Hạn đổi thẻ BHYT (hết hạn) là …", "Hạn thanh lý hợp đồng
# (đã hết hạn) là …" name what expires (helper c64b's tester: read on main, refused by c64)
_FILING_ONLY = (
    r"\A\s*(?:nộp|gửi|đăng\s+ký)(?:\s+(?:hồ\s+sơ|báo\s+cáo))?"
    r"(?:\s+(?:kỳ|đợt|lần)\s+(?:vừa|đã)\s+qua|\s+(?:kỳ|đợt|lần)\s+trước|\s+năm\s+ngoái"
    r"|\s+(?:quý|tháng|kỳ|đợt|lần)\s+[IVX\d]+)?\s*\Z"
)
# "Ngày họp", "Lịch thi", "Thời hạn nộp": the day's noun and one word of its step
_SHORT_STEP = 3
_DONE_WRONGLY = (
    r"(?<!\w)(?:nộp|khai|nhập|điền|tính|cấp|chi|thu|nhận|chuyển|trả|thanh\s+toán|hạch\s+toán"
    r"|in|đăng\s+ký|xác\s+định|phân\s+loại|giao|đăng)\Z"
)


def _compiled(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`pattern` as printed and without its diacritics (`unaccent` keeps the case of its
    escapes, "\\W", "\\Z")."""
    return re.compile(pattern), re.compile(unaccent(pattern))


_JUDGED_AFTER_RULE = _compiled(_JUDGED_AFTER)
_ANY_DAY = _compiled(_DAY)
_BOUND_BEFORE_RULE = _compiled(_BOUND_BEFORE)
_NOW_RULE = _compiled(_NOW)
_STEP_BEFORE_RULE = _compiled(_STEP_BEFORE)
_DOCUMENT_BEFORE_RULE = _compiled(_DOCUMENT_BEFORE)
_JUDGED_BEFORE_RULE = _compiled(_JUDGED_BEFORE)
_GONE_BEFORE_RULE = _compiled(_GONE_BEFORE)
_DEADLINE_NOUN_RULE = _compiled(_DEADLINE_NOUN)
_PUT_RIGHT_RULE = _compiled(_PUT_RIGHT)
_CLOSES_RULE = _compiled(_CLOSES)
_BRACKET_CLOSES_RULE = _compiled(_BRACKET_CLOSES)
_FAULT_RULE = _compiled(_FAULT)
_WRITTEN_RULE = _compiled(rf"{_WRITTEN}\s")
_BARE_FAULT_RULE = _compiled(_BARE_FAULT)
_FIXING_RULE = _compiled(_FIXING)
_NAMED_AS_DAY_RULE = _compiled(_NAMED_AS_DAY)
_DONE_WRONGLY_RULE = _compiled(_DONE_WRONGLY)
_NEW_DAY_RULE = _compiled(_NEW_DAY)
_TEXT_FAULT_RULE = _compiled(_TEXT_FAULT)
_REPORTED_RULE = _compiled(_REPORTED)
_ROUND_JUST_PAST_RULE = _compiled(_ROUND_JUST_PAST)
_CORRECTING_STEP_RULE = _compiled(_CORRECTING_STEP)
_FOR_WHOM_NEW_RULE = _compiled(_FOR_WHOM_NEW)
_REDOING_RULE = _compiled(_REDOING)
_EXPIRED_BEFORE_RULE = _compiled(_EXPIRED_BEFORE)
_FILING_ONLY_RULE = _compiled(_FILING_ONLY)


def refuse_day_judged(source: Source) -> None:
    """Refuse a day when words with no subject of their own judge it (`_JUDGED_AFTER`,
    `_JUDGED_BEFORE`): wrong, void, stopped or past, no day due. A day after a document
    cited is left to `citations`."""
    printed = nfc(source.text)
    bare = unmarked(printed)  # typed without diacritics: the folded rules
    text = fold(printed) if bare else printed.lower()
    rule = 1 if bare else 0
    for day in _ANY_DAY[rule].finditer(text):
        if _DOCUMENT_BEFORE_RULE[rule].search(text, 0, day.start()):
            return
        if after := _judged_after(text, day.start(), rule):
            _refuse(" ".join(printed[day.start() : after.end()].split()))
        for expired in _EXPIRED_BEFORE_RULE[rule].finditer(text, 0, day.end()):
            if expired.end() == day.end() and _expired_of_the_day(expired, rule):
                _refuse(" ".join(printed[expired.start("step") : expired.end()].split()))
        for gone in _GONE_BEFORE_RULE[rule].finditer(text, 0, day.end()):
            if gone.end() == day.end() and not _gone_of_the_object(gone, text, rule):
                _refuse(" ".join(printed[gone.start("step") : gone.end()].split()))
        for before in _JUDGED_BEFORE_RULE[rule].finditer(text, 0, day.end()):
            if before.end() == day.end() and _the_day_s(
                before["step"], before["what"], before["verdict"], rule
            ):
                _refuse(" ".join(printed[before.start("step") : before.end()].split()))


def _expired_of_the_day(expired: re.Match[str], rule: int) -> bool:
    """Whether the expiry before the day (`_EXPIRED_BEFORE`) is the deadline's: its step only
    a filing (`_FILING_ONLY`), nothing named that may be what expired."""
    return _FILING_ONLY_RULE[rule].match(expired["what"]) is not None


def _gone_of_the_object(gone: re.Match[str], text: str, rule: int) -> bool:
    """Whether the gone by of `gone` (`_GONE_BEFORE`) is its object's: a work putting a wrong
    right, a period (`_PUT_RIGHT`), or a report of the round just past (`_REPORTED`)."""
    if _PUT_RIGHT_RULE[rule].search(gone["what"]):
        return True
    return bool(
        _REPORTED_RULE[rule].search(gone["step"])
        and _ROUND_JUST_PAST_RULE[rule].match(text, gone.end("step"))
    )


def _judged_after(text: str, day: int, rule: int) -> re.Match[str] | None:
    """The verdict after the day at `day` (`_JUDGED_AFTER`) when it speaks of the day
    (`_of_the_day`)."""
    after = _JUDGED_AFTER_RULE[rule].match(text, day)
    return after if after is not None and _of_the_day(after, text, day, rule) else None


def _of_the_day(after: re.Match[str], text: str, day: int, rule: int) -> bool:
    """Whether the verdict `after` speaks of the day: a bound before the day makes it the day
    something lapses, unless the verdict is told now (a place with no mark before it is not
    enough: it may be the verdict's subject); a fault word that neither closes nor is told now
    opens a list of faults; a call-off is the day's only told now; the day gone is `label`'s
    right after the day; a stop needs a step named before the day."""
    told = _NOW_RULE[rule].search(after["told"]) is not None
    alone = (
        after["mark"] == "("
        and _BRACKET_CLOSES_RULE[rule].match(text, after.end())
        and _BARE_FAULT_RULE[rule].match(after["verdict"])
        and not _FIXING_RULE[rule].search(text, 0, day)
    )
    now = bool(after["aside"]) or told or bool(alone)
    # a fault of the text or the system given as its cause is the day's even after a bound:
    # "Nộp hồ sơ trước 30/6/2026. Sai sót do lỗi đánh máy" (helper c64), unless the step
    # fixes it ("Khắc phục sai sót trước 30/6/2026, sai sót do lỗi đánh máy")
    cause = after["why"] or after["called_why"] or ""
    text_fault = bool(_TEXT_FAULT_RULE[rule].search(cause)) and not (
        _FIXING_RULE[rule].search(text, 0, day)
        or _REDOING_RULE[rule].search(text, 0, day)
        or _CORRECTING_STEP_RULE[rule].match(text, 0, day)
    )
    bound = _BOUND_BEFORE_RULE[rule].search(text, 0, day) is not None and not text_fault
    not_the_day = (
        _FAULT_RULE[rule].match(after["verdict"])
        and not told
        and not _CLOSES_RULE[rule].match(text, after.end()),
        bound and (not now or (after["loose"] and not alone)),
        after["void"] and not told,  # "… ngày 1/7/2026 hủy …": told of its object
        after["wait"] and not told and not _NAMED_AS_DAY_RULE[rule].match(text),
        after["over"] and not (after["aside"] or after["loose"]),
        after["cause"] and _a_new_day(text, day, rule),
        # "…; sai sót do người nộp phải nộp lại": the papers'
        after["why"] and not told and not _TEXT_FAULT_RULE[rule].search(after["why"]),
        after["why"] and not told and _CORRECTING_STEP_RULE[rule].match(text, 0, day),
        after["stop"] and not now and not _STEP_BEFORE_RULE[rule].search(text, 0, day),
        # "lỗi", "hủy do …" judge the day only told now ("- bị lỗi", "nay đã hủy do …"), or
        # a call-off for the text's fault ("…, hủy do lỗi đánh máy")
        after["faulty"] and not told,
        # (a call-off to come only for the text's or the system's fault: "…, sẽ bị hủy do
        # không đủ điều kiện" warns of the papers, helper c64b's tester, read on main)
        # (a call-off told with its cause is the day's: "…, hủy do dịch bệnh", "(bãi bỏ do
        # lỗi đánh máy)", helper c64b's tester, read on main as due)
        after["called"] and after["to_be"] and not text_fault,
    )
    return not any(not_the_day)


def _a_new_day(text: str, day: int, rule: int) -> bool:
    """Whether a new day is told right before the day at `day` (`_NEW_DAY`), never "mới" of
    whom the step is for (`_FOR_WHOM_NEW`)."""
    new = _NEW_DAY_RULE[rule].search(text, 0, day)
    if new is None:
        return False
    for_whom = _FOR_WHOM_NEW_RULE[rule].search(text, 0, day)
    return for_whom is None or not new.start() < for_whom.end() <= new.end()


def _the_day_s(step: str, what: str, verdict: str, rule: int) -> bool:
    """Whether the verdict closing `step`, before its day, judges the day, not the step's
    object (`_PUT_RIGHT`, `_DONE_WRONGLY`, or an object between the noun's verb and the
    verdict, `what`, unless told now); "vừa qua", "hết hiệu lực", "không còn áp dụng"
    only after a short step (`_SHORT_STEP`)."""
    if _PUT_RIGHT_RULE[rule].search(step):
        return False
    short = len(step.split()) <= _SHORT_STEP
    if short and verdict.strip("([ ])-–").endswith(("qua", "rồi", "roi")):
        # a short step's day gone by: "Hạn nộp vừa rồi là 30/6/2026", "Hạn nộp hồ sơ vừa qua:
        # …" (session 62's brief, read on main as due: "nộp" taken for a thing done wrongly)
        return True
    written = _WRITTEN_RULE[rule].match(verdict) and len(what.split()) == 1
    if _DONE_WRONGLY_RULE[rule].search(step) and not _NOW_RULE[rule].match(verdict) and not written:
        # "Thời hạn hoàn thuế nộp nhầm", never "Hạn nộp bị ghi sai" (told now) nor "Hạn nộp
        # ghi sai" (the deadline written wrongly, its verb alone: session 61's tester)
        return False
    if (
        _DEADLINE_NOUN_RULE[rule].match(step)
        and len(what.split()) > 1
        and not _NOW_RULE[rule].match(verdict)
    ):
        return False  # an object between: "Hạn nộp tiền thuế ghi sai", its state
    return short or not verdict.strip("([ ])-–").endswith(
        ("qua", "rồi", "lực", "dụng", "roi", "luc", "dung")
    )


def _refuse(said: str) -> None:
    raise Unreadable(
        f"“{said}”: chữ kèm ngày nói chính ngày đó sai, nhầm, hết hiệu lực, đã ngừng, bị hủy, "
        "đã qua, bị thay hoặc chưa duyệt, không phải hạn phải làm; ghi thời hạn hiện hành "
        "(last_day), thời hạn cũ vào history"
    )
