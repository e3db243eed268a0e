"""A condition on the means or the go-ahead heading the step: the day holds only if they come.

"Nếu đủ điều kiện thì khởi công tháng 9/2026", "Nếu có kinh phí thì tổ chức trong tháng
9/2026", "Nếu đủ điều kiện, tổ chức Hội nghị trước 30/9/2026", "Trường hợp được phê duyệt,
khởi công tháng 9/2026": whether the step is done at all waits on money, readiness or an
approval, so its day is no deadline to meet (session 59's fresh breaker read them as firm
days, issued 01/03/2026). The base refused "Nếu bố trí được vốn thì …" (a bare "nếu" before
the time, `label._TIME_WORDS`) but spared "nếu có/còn/đủ … thì" as a condition on whom the
step is for (`label._CONDITION_OF_THE_STEP`: "nếu có khiếu nại về kết quả bầu cử ĐBQH thì
khiếu nại đó phải được gửi … chậm nhất là 5 ngày", u-baogiaothong-cong-bo-ket-qua-bau-cu-
2016), and "trường hợp" opens no time word at all.

The condition is read by its words: "nếu" or "(trong) trường hợp", then only "có", "còn",
"đủ", "được", "bố trí (được)", "cấp" … before the thing waited on: "điều kiện", "thể" ("nếu
có thể": if possible), "kinh phí", "vốn", "nguồn vốn/lực/kinh phí", "ngân sách", "mặt bằng",
"số lượng", "học viên" ("Nếu có đủ học viên, khai giảng tháng 9/2026"), "chủ trương",
"quyết định", "thuận lợi", a demand unnamed ("Nếu có nhu cầu, tổ chức trong tháng 9/2026":
the organiser's step waits on it) or a change ("Trường hợp có thay đổi, hội nghị tổ chức ngày
…": the changed day); or a go-ahead given to it ("được (UBND tỉnh) phê duyệt", "chấp thuận",
"cho phép", "đồng ý", "thông qua"), or by the giver named first ("Trường hợp UBND tỉnh chấp
thuận, tổ chức trước 30/9/2026"). "Sau khi" (once) opens it too ("Sau khi có vốn, khởi công
trước …"), and so do the means allowing ("Trong điều kiện kinh phí cho phép, …", "Nếu kinh phí
cho phép, …") and the step left to them ("Tùy khả năng kinh phí, …", "Tùy vào tình hình, …"),
the last before the time only (helper d60's brief, session 60: each read as a firm day).
With another subject between them it is a condition on whom the step is for and left to the
other rules: "Nếu hồ sơ đủ điều kiện thì …", "Nếu người dân đồng thuận, việc phê duyệt … sẽ
được thực hiện từ tháng 12/2025" (read as the base reads it,
ze-vtcnews-hoan-kiem-phuong-an-boi-thuong-ven-ho-2025); so is the reader's own consent
("Trường hợp đồng ý, ký xác nhận và gửi trước …") and a need that arises ("Trường hợp có
vướng mắc, báo cáo … trước ngày …", "nếu có nhu cầu chỉnh sửa … thì …": whoever has one
acts by the day, `conditionhead`'s docstring).

Session 61's brief (d61) added the means to pay ("Nếu có khả năng tài chính thì …"), another's
consent or request named ("Trường hợp người dân đồng ý, tổ chức trước …", "Trường hợp chủ
đầu tư đề nghị, Sở phê duyệt trước …"), the thing approved named first ("Sau khi Kế hoạch
được phê duyệt, triển khai trước …", the same wait as "Sau khi được phê duyệt, …"), and after
the day "tùy …" that holds the step ("Trước 30/9/2026, tùy tình hình thì tổ chức", "…
trước ngày 30/9/2026 tùy khả năng kinh phí"): each read as a firm day on main.

The applicant's own step after the condition keeps its day ("Nếu đủ điều kiện, đăng ký trước
ngày 30/9/2026", "Nếu có nhu cầu, đăng ký trước …"), and a duty to tell a change by the day
is one rule whichever word opens it ("Trường hợp có thay đổi, thông báo trước …", "Nếu có
thay đổi, …": `A_CHANGE_TOLD`, which the label's "nếu" spares).

Only where it heads the words before the time part or a clause of them (after ",", ";",
":", "–"): inside a parenthesis after a noun it says which files ("qua mạng điện tử (nếu đủ
điều kiện áp dụng)", y-moit-tthc-951-co-so-ban-le), and a step written after its day keeps
its own checks but for a condition that opens it ("Trong tháng 9/2026 (nếu đủ điều kiện)
khởi công"): further on it may be the step's own ("…, nếu đủ điều kiện thì cấp giấy phép",
y-eli-nd-67-2018-gia-han-giay-phep-thuy-loi).

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc, unmarked
from kehoach.dates.grammar import Unreadable

# what the step waits on: readiness or money, after the verbs that get it ("nếu có kinh
# phí", "nếu bố trí được vốn", "trường hợp được cấp vốn"), ...
_READY = (
    r"(?:(?:có|còn|đủ|được|bố\s+trí|cấp|phân\s+bổ|cân\s+đối|huy\s+động)\s+)*"
    r"(?:điều\s+kiện|thể|kinh\s+phí|vốn|nguồn\s+(?:vốn|lực|kinh\s+phí)|ngân\s+sách"
    # ... the site, enough people for a class, a policy or a decision, things going well
    r"|mặt\s+bằng|số\s+lượng|học\s+viên|chủ\s+trương|quyết\s+định|thuận\s+lợi"
    # ... the means to pay ("Nếu có khả năng tài chính thì hoàn thành trước 30/6/2026": read
    # on main, d61's brief; "Có khả năng … thì" with no "nếu" is the able's own, b60b)
    r"|khả\s+năng(?:\s+(?:tài\s+chính|kinh\s+phí|ngân\s+sách))?"
    # ... a need unnamed or a change: "Nếu có nhu cầu, tổ chức trong tháng 9/2026" (whose
    # need? a demand the organiser's step waits on, d60's brief; the needer's own step is
    # spared below, "Nếu có nhu cầu, đăng ký trước …", and a need named is the needer's:
    # "nếu có nhu cầu chỉnh sửa, bổ sung tác phẩm thì được phép … gửi lại tác phẩm chậm nhất
    # đến hết ngày 30/9/2023", zr-tapchisonglam-gia-han-cuoc-van-dong-sang-tac-nghe-an-2023),
    # "Trường hợp có thay đổi, hội nghị tổ chức ngày …" (the changed day, if it changes; a
    # duty to tell the change is spared below)
    r"|nhu\s+cầu(?=\s*,|\s+thì(?!\w))|(?P<change>(?:sự\s+)?thay\s+đổi))"
)
# ... or a go-ahead given to the step, by whoever ("được cấp có thẩm quyền phê duyệt"), or by
# the giver named as the subject ("Trường hợp UBND tỉnh chấp thuận, tổ chức trước 30/9/2026":
# helper d60's brief, read as due then); never one the reader gives ("Trường hợp đồng ý, ký
# xác nhận …": whoever agrees signs by the day) nor the people's ("Nếu người dân đồng thuận,
# …", ze-vtcnews-hoan-kiem-phuong-an-boi-thuong-ven-ho-2025)
_GIVES = (
    r"(?:phê\s+duyệt|chấp\s+thuận|cho\s+phép|đồng\s+ý|thông\s+qua|bố\s+trí\s+(?:vốn|kinh\s+phí))"
)
_GIVER = (
    r"(?:ubnd|hđnd|ủy\s+ban|uỷ\s+ban|thủ\s+tướng|chính\s+phủ|bộ|sở|thường\s+trực|ban\s+thường\s+vụ"
    r"|chủ\s+tịch|cấp\s+(?:trên|có\s+thẩm\s+quyền)|cơ\s+quan\s+có\s+thẩm\s+quyền|lãnh\s+đạo)"
)
# ... or the thing approved named first ("Sau khi Kế hoạch được phê duyệt, triển khai trước
# 30/9/2026": read on main while "Sau khi được phê duyệt, …" and "Sau khi có quyết định, …"
# were refused, d61's brief: the same wait on a go-ahead)
_GO_AHEAD = (
    # (never "nhận được" (received) nor "đã phê duyệt" (approved already): "Sau khi nhận được
    # Kế hoạch đã phê duyệt, …" reads, d61b's brief)
    rf"(?:(?!được(?!\w))[^\W\d_]+\s+){{0,4}}?(?<!nhận\s)được\s+"
    rf"(?:(?!đã(?!\w))[^\W\d_]+\s+){{0,5}}?{_GIVES}"
    rf"|{_GIVER}(?:\s+[^\W\d_]+){{0,4}}?\s+{_GIVES}"
)
# ... or another's consent or request named, "trường hợp" or "nếu" then its giver: "Trường
# hợp người dân đồng ý, tổ chức trước 30/9/2026", "Trường hợp chủ đầu tư đề nghị, Sở phê
# duyệt trước 30/9/2026" (the step waits on them: read on main, d61's brief); never the
# reader's own ("Trường hợp đồng ý, ký xác nhận …": no giver), nor a step told as a thing
# done after it ("Nếu người dân đồng thuận, việc phê duyệt phương án … sẽ được thực hiện từ
# tháng 12/2025", ze-vtcnews-hoan-kiem-phuong-an-boi-thuong-ven-ho-2025, test_words38)
_ASKED = (
    r"(?!(?:được|có|còn|đủ)(?!\w))(?:[^\W\d_]+\s+){1,4}?"
    # ("yêu cầu" after "đạt", "đáp ứng", "đúng", "đủ" is a noun, the standard met: "Trường
    # hợp hồ sơ đạt yêu cầu, cấp giấy phép trước …" reads, d61b's brief)
    r"(?:đồng\s+ý|đồng\s+thuận|chấp\s+thuận|(?P<proposal>đề\s+nghị)"
    # ... a demand named ("Trường hợp Bộ yêu cầu, báo cáo trước 30/6/2026", "Trường hợp Bộ
    # đề nghị, báo cáo …": the report is owed only if asked, so no applicant's own step keeps
    # its day; read on main, c62's brief)
    r"|(?<!đạt\s)(?<!ứng\s)(?<!đúng\s)(?<!đủ\s)(?<!theo\s)(?P<demand>yêu\s+cầu))"
    # ... its object named ("Trường hợp Bộ yêu cầu báo cáo, gửi trước …", c62b's brief)
    r"(?:(?<=cầu)(?:\s+(?!thì(?!\w))[^\W\d_]+){1,3}?)?"
    r"(?=\s*(?:,|\s+thì(?!\w))\s*(?!\s|việc(?!\w)))"
)
# ... or the means allowing it, the step left to them ("Trong điều kiện kinh phí cho phép, …",
# "Nếu kinh phí cho phép, …", "Trong phạm vi ngân sách cho phép, …"; d60's brief, read as due)
# ... the means only ("Trong phạm vi pháp luật cho phép, hoàn thành trước …" says how far,
# and main read it: d60b's brief)
_MEANS_WORD = r"(?:kinh\s+phí|ngân\s+sách|nguồn\s+(?:lực|vốn|kinh\s+phí)|điều\s+kiện|khả\s+năng)"
_ALLOWED = rf"(?:[^\W\d_]+\s+){{0,2}}?{_MEANS_WORD}\s+(?:[^\W\d_]+\s+){{0,2}}?cho\s+phép"
# The step left to the means, the unit or the times, one fragment before the day (`_MEANS`)
# and after it (`voidedgloss`, folded): "tùy (theo/vào) khả năng, nguồn, kinh phí, ngân
# sách", "tùy vào tình hình, điều kiện"; "tùy (theo) tình hình, điều kiện, đơn vị" bare is
# the label's before the day (`label._CONDITION_ON_A_NEED`) and `voidedgloss`'s after it
_TUY = r"(?:tùy|tuỳ)"
LEFT_TO = (
    rf"{_TUY}(?:\s+(?:theo|vào|thuộc\s+vào))?\s+(?:khả\s+năng|nguồn|kinh\s+phí|ngân\s+sách)"
    rf"|{_TUY}\s+(?:vào|thuộc\s+vào)\s+(?:tình\s+hình|điều\s+kiện)"
)
LEFT_TO_AFTER = (
    rf"{_TUY}(?:\s+(?:theo|vào|thuộc\s+vào))?\s+(?:tình\s+hình|điều\s+kiện|đơn\s+vị|khả\s+năng"
    r"|nguồn|kinh\s+phí|ngân\s+sách)"
)
_MONEY = (
    r"kinh\s+phí|vốn|nguồn\s+(?:vốn|lực|kinh\s+phí)|ngân\s+sách"
    r"|khả\s+năng\s+(?:tài\s+chính|kinh\s+phí|ngân\s+sách)"
)
# ... the money had, closed: a comma, a colon, a dash, or the step's end straight after
_HAD_CLOSED = (
    r"(?=\s*[,:]|\s+[-–—]\s|\s+(?:hoàn\s+thành|thực\s+hiện|triển\s+khai|tổ\s+chức|khởi\s+công"
    r"|xây\s+dựng|mua\s+sắm|sửa\s+chữa|nâng\s+cấp|đầu\s+tư)\s"
    # (the step's end may be the time part's own, the words cut there: "Có kinh phí hoàn
    # thành trước …" leaves "Có kinh phí")
    r"|\s*\Z)"
)
_HEAD = r"(?:\A|[,;:–])[\W_]*(?:(?:[a-zđ]|\d{1,2})\s*[.)]\s*)?(?:(?:còn|nhưng|và|riêng)\s+)?"
_MEANS = re.compile(
    _HEAD + r"(?P<said>(?:(?:nếu|(?:trong\s+)?trường\s+hợp|sau\s+khi)\s+"
    rf"(?:{_READY}|{_GO_AHEAD})"
    rf"|(?:nếu|(?:trong\s+)?trường\s+hợp)\s+{_ASKED}"
    # ... "trong điều kiện / phạm vi / khả năng … cho phép"
    rf"|(?:nếu|khi|trong(?:\s+phạm\s+vi)?)\s+{_ALLOWED}"
    r"|trong\s+(?:điều\s+kiện|khả\s+năng)\s+(?:[^\W\d_]+\s+){0,4}?cho\s+phép"
    # ... the step left to the means or the situation: "Tùy khả năng kinh phí, …", "Tùy vào
    # tình hình, …" (d60's brief; "tùy theo địa phương" says where, and "Tùy (theo) tình hình,
    # …" is refused by `label._CONDITION_ON_A_NEED` already), before the time only: after a
    # start it says how the work goes on from its day ("Từ ngày 1/10, tùy tình hình thời tiết,
    # các cơ sở giáo dục chủ động theo dõi …", za-znews-nghi-hoc-bao-bualoi-2025, as
    # `label._no_condition_on_a_need` leaves it)
    rf"|(?P<left_to>{LEFT_TO})"
    # ... the money had, heading the phrase with no "nếu" and closed by "thì": "Có khả năng
    # tài chính thì hoàn thành trước 30/6/2026", "Có kinh phí thì tổ chức …" (if, as "Nếu có
    # kinh phí thì …": one ruling, c62's brief; the able's own step keeps its day, "Có khả
    # năng thực hiện thì đăng ký …", b60b)
    # (a comma may close it before "thì": "Có kinh phí, thì hoàn thành …", c62b's brief)
    rf"|(?:có|còn)\s+(?:đủ\s+)?(?:{_MONEY})(?=[^,;:]*?(?:\s|,\s*)thì(?!\w))"
    # ... or closed by a comma alone, the money's words its whole: "Có kinh phí, hoàn thành
    # trước 30/6/2026" (the same "if" as with "thì", c63's brief; "Có kinh phí dư, nộp trả
    # …" names the money, the applicant's own step kept below)
    # ("Có kinh phí và nhân lực, …": the money and more)
    rf"|(?:có|còn)\s+(?:đủ\s+)?(?:{_MONEY})(?:\s+và(?:\s+[^\W\d_]+){{1,3}})?(?=\s*,)"
    # ... and its other shapes (c63b's brief, each read as due on main): granted or enough
    # ("Được bố trí vốn, …", "Được cấp kinh phí, …", "Đủ kinh phí, …"), "Có nguồn, …", a word
    # or two naming which money ("Có kinh phí thực hiện, …", "Có vốn đối ứng, …"), closed by
    # a colon or a dash too, or the step's verb straight after ("Có kinh phí hoàn thành
    # trước …"); never money told spare ("Có kinh phí dư, nộp trả …": the holder's step),
    # nor "Đã có kinh phí, …" (had already: a fact, `_HEAD` lets no "đã" in) nor the step
    # itself ("Bố trí kinh phí, …")
    rf"|(?:(?:có|còn)\s+(?:đủ\s+)?|đủ\s+|được\s+(?:cấp|bố\s+trí|phân\s+bổ|giao)\s+(?:đủ\s+)?)"
    rf"(?:{_MONEY})(?:\s+(?!dư|thừa|còn|chưa|không|năm)[^\W\d_]+){{0,2}}?{_HAD_CLOSED}"
    rf"|(?:có|còn)\s+nguồn(?=\s*[,:])"
    # ... and "Trong điều kiện có kinh phí, …" (given the money: as "Trong điều kiện kinh
    # phí cho phép, …", read as due on main, c63's brief)
    rf"|trong\s+điều\s+kiện\s+(?:(?:có|còn|đủ|được|bố\s+trí|cấp)\s+)+(?:{_MONEY})))"
    r"(?!\w)"
)
# ... typed without diacritics in a phrase with none: "Truong hop du dieu kien thi …" ("neu"
# bare is `barecondition`'s); only the words no other folds to
_MEANS_BARE = re.compile(
    r"(?:\A|[,;:-])[\W_]*(?P<said>(?:trong\s+)?truong\s+hop\s+(?:(?:(?:co|con|du|duoc)\s+)*"
    r"(?:dieu\s+kien|kinh\s+phi|nguon\s+von|ngan\s+sach)|duoc\s+(?:phe\s+duyet|chap\s+thuan))"
    # ... and "Co kinh phi thi …" (the money had, then "thì": c62b's brief; or a comma:
    # "Co kinh phi, hoan thanh …", c63's brief)
    r"|(?:co|con)\s+(?:du\s+)?(?:kinh\s+phi|nguon\s+von|ngan\s+sach)"
    r"(?=[^,;:]*?(?:\s|,\s*)thi(?![a-z])|\s*,))"
    r"(?![a-z])",
    re.ASCII,
)


# ... never the applicant's own step after it: "Nếu đủ điều kiện, đăng ký trước ngày 30/9/2026",
# "Trường hợp đủ điều kiện hưởng, nộp hồ sơ trước …", "Nếu có kinh phí dư, nộp trả ngân sách
# trước …", "Trường hợp được phê duyệt, báo cáo kết quả trước …" (the merge's fresh tester,
# session 59: each read on main): whoever is eligible or approved acts by the day, as "Nếu
# còn chỉ tiêu thì đăng ký …" does
_OWN_STEP = (
    r"[^,;:]*?(?:,|\bthì\b)\s*(?:[^\W\d_]+\s+){0,4}?(?:đăng\s+ký|nộp|đề\s+nghị|báo\s+cáo|gửi"
    r"|kê\s+khai|làm\s+thủ\s+tục|lập\s+hồ\s+sơ|liên\s+hệ|tham\s+gia)(?!\w)"
)
_APPLICANT_STEP = re.compile(_OWN_STEP)
# ... unless the day is an event's the step names, its verb right before the time: "Nếu có
# nhu cầu, đăng ký tham dự lớp học tổ chức ngày 30/9/2026" (the class's day, read on main as
# the registration's: d61's brief). Not eventserved's rules, on purpose: those find on the
# fold a readying verb, the event and its day, many doings of it ("thi", "khám"); this asks
# only whether the words before the time, as printed, end on an event being held
_EVENTS_DAY = re.compile(
    # ... "tổ chức" after a body or a place is that body ("liên hệ Ban tổ chức trước …",
    # "đăng ký với đơn vị tổ chức …", "liên hệ nơi tổ chức …": read on main, d61b's brief)
    r"(?<!ban\s)(?<!phòng\s)(?<!vị\s)(?<!phận\s)(?<!nơi\s)(?<!quan\s)(?<!điểm\s)"
    r"(?<!\w)(?:tổ\s+chức|khai\s+giảng|khai\s+mạc|diễn\s+ra|bắt\s+đầu|bế\s+giảng)"
    r"(?:\s+(?:vào|từ|trong))?\s*\Z"
)
# ... nor a duty to tell a change by the day, its verb first after the condition: "Trường hợp
# có thay đổi, thông báo trước …", "Nếu có thay đổi, báo cáo Sở trước …" alike (d60's brief:
# one rule; the label spares "nếu" before it, `label._CONDITION_OF_THE_STEP`), never the
# changed day ("…, hạn nộp là 30/9/2026") nor a hedge ("…, dự kiến thông báo trước …")
_TELLS = (
    r"[^,;:]*?(?:,|\bthì\b)\s*(?:phải\s+|kịp\s+thời\s+)?(?:thông\s+báo|báo\s+cáo|gửi|cập\s+nhật"
    r"|khai\s+báo|kê\s+khai|đăng\s+ký|nộp)(?!\w)"
)
# ... and read only when the telling (who tells, "đề nghị"/"yêu cầu" and the verb first, up
# to four words of its object after) runs straight into the bound ("trước", "chậm nhất",
# "trong", "đến hết", "hằng"): no stop between and no event named ("Nếu có thay đổi thì
# thông báo: hội nghị tổ chức ngày 20/9/2026", "…, gửi lịch mới, dự kiến ngày …" name the
# changed day; d60b's brief, each read by d60), nor the new deadline told ("…, thông báo hạn
# nộp mới trước ngày 30/9/2026": which day is due, the telling or the new one?)
_EVENT = (
    r"(?:tổ\s+chức|khai\s+giảng|lịch|thời\s+gian|dự\s+kiến|diễn\s+ra|hội\s+nghị|kỳ\s+họp"
    r"|ngày|thi|hạn|mới)(?!\w)"
)
_WORD = rf"(?!{_EVENT})[^\W\d_]+"
_BOUND = r"(?:trước|chậm\s+nhất|muộn\s+nhất|trong|đến\s+hết|hằng)(?!\w)"
# ... and never a telling allowed, not owed ("Trường hợp có thay đổi, có thể thông báo trước
# …": may, read on main, d61's brief)
_TELLS_THE_CHANGE = re.compile(
    r"[^,;:]*?(?:,|\bthì\b)(?![^,;:]*?(?<!\w)có\s+thể(?!\w))\s*(?:(?:đề\s+nghị|yêu\s+cầu)\s+)?"
    rf"(?:ban\s+tổ\s+chức\s+|{_WORD}\s+){{0,4}}?(?:phải\s+|kịp\s+thời\s+)?(?:thông\s+báo|báo\s+cáo|gửi|cập\s+nhật"
    r"|khai\s+báo|kê\s+khai|đăng\s+ký|nộp|hoàn\s+thiện|điều\s+chỉnh)(?!\w)"
    rf"(?:\s+{_WORD}){{0,4}}?\s*(?P<bound>{_BOUND})?\s*\Z"
)
# ... the bound opening the time part (`rest`, folded)
_BOUND_NEXT = re.compile(r"\s*(?:truoc|cham\s+nhat|muon\s+nhat|trong|den\s+het|hang)\b", re.ASCII)
A_CHANGE_TOLD = rf"\s+có\s+(?:sự\s+)?thay\s+đổi(?!\w){_TELLS}"


# After the day, the left-to words hold the step when "thì" follows them in their clause
# ("Trước 30/9/2026, tùy tình hình thì tổ chức") or nothing does ("… trước ngày 30/9/2026 tùy
# khả năng kinh phí"): read on main, d61's brief
_LEFT_TO_OPENING = re.compile(rf"{_HEAD}(?P<said>(?P<left_to>{LEFT_TO_AFTER}))(?!\w)")
_LEFT_TO_HOLDS = re.compile(r"[^,;:]*?(?<!\w)thì(?!\w)|(?:\s+[^\W\d_]+){0,3}[\W_]*\Z")


def _change_told(said: str, at: int, rest: str | None) -> bool:
    """Whether the words after a change (`said` from `at`) tell it by the bound
    (`_TELLS_THE_CHANGE`), the bound in them or opening `rest` (None: a step after its day)."""
    told = _TELLS_THE_CHANGE.match(said, at)
    if told is None:
        return False
    return rest is None or told.group("bound") is not None or _BOUND_NEXT.match(rest) is not None


def _condition(said: str, *, opening: bool) -> re.Match[str] | None:
    """The condition on the means or the go-ahead in `said` (`_MEANS`, `_MEANS_BARE` where
    typed bare; with `opening`, only opening it, and the step left to the means or the times
    only when it holds the step, `_LEFT_TO_HOLDS`: "Từ ngày 1/10, tùy tình hình thời tiết,
    …" says how the work goes on from its day)."""
    found = _MEANS.match(said) if opening else _MEANS.search(said)
    if opening:
        found = found or _LEFT_TO_OPENING.match(said)
        if found and found.groupdict().get("left_to"):
            return found if _LEFT_TO_HOLDS.match(said, found.end()) else None
    if found is None and unmarked(said):
        bare = fold(said)
        found = _MEANS_BARE.match(bare) if opening else _MEANS_BARE.search(bare)
    return found


def waits_on_means(said: str) -> bool:
    """Whether the words `said` (as printed) open with a condition on the means or the
    go-ahead (`_condition`): "trường hợp được phê duyệt", "trường hợp có kinh phí"; never a
    need of the reader's ("trường hợp thông tin có thay đổi": whoever's changed acts)."""
    return _condition(" ".join(nfc(said).lower().split()), opening=True) is not None


# ... the body above that asks ("Trường hợp Bộ yêu cầu, báo cáo trước …": owed only if
# asked, c62's brief); the applicant's own proposal keeps its day ("Trường hợp doanh nghiệp
# đề nghị, gửi hồ sơ trước 30/6/2026": read on main, c62b's brief)
_ABOVE = re.compile(rf"(?<!\w)(?<!cán\s){_GIVER}(?!\w)(?!\s+phận)")


def _asked_from_above(found: re.Match[str]) -> bool:
    """Whether the condition `found` is a demand or proposal by a body above (`_ABOVE`)."""
    asked = found.groupdict().get("demand") or found.groupdict().get("proposal")
    return bool(asked) and _ABOVE.search(found.group("said")) is not None


def refuse_condition_on_means(
    label: str, *, opening: bool = False, rest: str | None = None
) -> None:
    """Refuse the words before the time part (`label`, as printed) when a condition on the
    means or the go-ahead heads them or one of their clauses (`_MEANS`, `_MEANS_BARE`); with
    `opening`, the words of a step after its day, only when it opens them ("Trước 30/9/2026,
    nếu có kinh phí thì tổ chức …"): further on, the step's own clause may say what it is
    for."""
    said = " ".join(nfc(label).lower().split())
    found = _condition(said, opening=opening)
    if found is None:
        return
    if found.groupdict().get("change"):
        if _change_told(said, found.end(), rest):
            return
        if said[found.start("said") :].startswith("nếu") and not re.match(
            A_CHANGE_TOLD, said[found.start("said") + 3 :]
        ):
            return  # "Nếu có thay đổi về thời gian thì …": the label's "nếu" refuses, by name
    elif (
        _APPLICANT_STEP.match(said, found.end())
        and not _EVENTS_DAY.search(said)
        and not _asked_from_above(found)
    ):
        return
    if (
        opening
        and not found.groupdict().get("left_to")
        and not re.search(r"\w", said[found.end() :])
    ):
        return  # "trước ngày 23/6/2022 nếu có thể": a condition alone, the label's own refusal
    condition = said[found.start("said") : found.end("said")]
    # heading the phrase, it may hold later milestones too (as
    # `engine._refuse_condition_over_parts` names it); a step after its day opens no phrase
    heading = not opening and not re.search(r"\w", said[: found.start("said")])
    where = "mở đầu câu " if heading else ""
    raise Unreadable(
        f"điều kiện {where}(“{condition} …”) là điều kiện để việc được làm (kinh phí, điều "
        "kiện, phê duyệt, nhu cầu, thay đổi): ngày sau đó chỉ áp dụng khi điều kiện có, không phải thời hạn chắc "
        "chắn; ghi last_day theo văn bản khi điều kiện đã rõ"
    )
