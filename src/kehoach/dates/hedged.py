"""A time told as a guess, a hope or a wish, or as not yet confirmed: "Có lẽ tổ chức ngày
20/4/2026" (probably), "Có thể sẽ tổ chức …" (might), "Hy vọng hoàn thành trước 30/6/2026"
(hoped), "Mong muốn hoàn thành trước 30/6/2026" (wished), "Ngày 20/4/2026 (chờ xác nhận)"
(awaiting confirmation), "… (chưa chính thức)", "… (tạm thời, chờ xác nhận)". The day is
nobody's deadline until the plan sets it: read as due, it is a silent wrong date (session
59's brief, issued 01/03/2026: each read as DATE on main). Refused with the way out, the day
once it is set. Session 60's brief added the hedge right after the time, no comma between
("Trước 30/6/2026 có lẽ sẽ hoàn thành", "Ngày 15/4/2026 có thể tổ chức": `_trailing`), the
guesses that hedge only opening their clause ("Có khả năng khai mạc ngày …", "Dự đoán …",
"Chắc khai mạc …": `_OPENER`), and the notes "(đợi xác nhận)", "(đang trình phê duyệt)",
"(dự thảo)", "(TBD)", "(tạm định)", "[chờ xác nhận]" (each read as DATE on main). No corpus
phrase has these forms; the corpus's "dự kiến" and "có thể" of leave read as before ("có thể
bố trí lịch xuống giống từ ngày 23 đến 29-10-2023", o-hau-giang-lich-xuong-giong-dong-xuan-
2023-2024.yaml).

Not a planned time: "dự kiến" (planned) names the plan's own time and reads (`calledoff`'s
note on "dự kiến hoãn sang …"; "tạm định", provisionally set, read so too until the lead's
ruling of session 64: refused wherever it stands, `_SET_FOR_NOW`); nor a target, "phấn đấu hoàn
thành trước …" (strive to), the commonest form of a plan's goal; nor "có thể" alone, which
is also "may" (allowed): "Các trường có thể tổ chức khai giảng vào tuần cuối tháng 8"
(w-press-baomoi-qdnd-khung-nam-hoc) reads. Only a hedge that governs the day: in the day's
own clause, before it (`_clause_before`); a hope told in another clause ("Hy vọng năm nay
mưa thuận gió hòa, các đơn vị gửi báo cáo trước …") leaves that day alone. A wish addressed
to a body is the body's task, as a leader's words give it: "mong muốn Bộ Dân tộc và Tôn giáo
nỗ lực hoàn thành tốt nhiệm vụ … trong năm 2025" (zf-dantoctongiao-pho-thu-tuong) reads;
and "mong muốn", "hy vọng" as a noun ("thể hiện mong muốn đổi mới …", zc-tienphong-dai-hoi-
doan) or in a name ("Quỹ Hy vọng", "Làng Hy Vọng") hedge nothing.

An extension or a move asked for, not granted ("Đề nghị cho phép kéo dài thời gian đến
30/6/2026") is `calledoff`'s (`calledoff._ASKED_MOVE`), beside a move told possible.

Session 63's brief (c63) added the provisional notes "(tạm thời)", "(tạm tính)" and "… -
tạm thời" after the day (read as due on main, where session 60 had ruled "(tạm thời)" the
plan's own time: a day that may still move is no deadline to meet), the event guessed with
"có khả năng" ("Lễ khai giảng có khả năng tổ chức vào ngày 5/9/2026") or a race as the
subject ("Giải chạy có thể được tổ chức vào ngày 20/4/2026"), and "Khả năng các trường tổ
chức khai giảng vào ngày 5/9/2026" (a plural subject, no "sẽ"): each read on main.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kehoach.base.text import bare_twin, fold, nfc, unaccent
from kehoach.dates.calledoff import told_may_move
from kehoach.dates.grammar import Contradicted
from kehoach.dates.reading import Deadline

# The verbs of an event whose day a guess governs ("Dự đoán khai mạc …") ...
_EVENT = r"tổ\s+chức|khai\s+mạc|bế\s+mạc|diễn\s+ra|họp|kết\s+thúc|khai\s+giảng|bế\s+giảng"
# ("khai giảng", "bế giảng": a school's opening and closing, "Khả năng khai giảng vào sáng
# 5/9/2026", read on main, c62's brief)
# ... or of a step's end guessed: "Dự đoán hoàn thành trước 30/6/2026" (read on main)
_DONE = r"hoàn\s+thành|xong|đạt|thông\s+xe|khởi\s+công|đi\s+vào|về\s+đích"
# ... the time such a verb runs into, its lead then a number: "tổ chức ngày 15/4", "hoàn
# thành trước 30/6/2026", "khai mạc vào tháng 4" (the clause may end at the time's lead)
# ... a part of the day may come between: "khai giảng vào sáng 5/9/2026" (c62's brief)
_PART_OF_DAY = r"(?:\s+(?:buổi\s+)?(?:sáng|chiều|tối|trưa))?"
_RUNS_INTO = (
    r"(?:\s+(?:vào|trong|trước|từ|đến(?:\s+hết)?|chậm\s+nhất|muộn\s+nhất))?"
    rf"{_PART_OF_DAY}(?:\s*\Z|\s+(?:(?:ngày|tháng|quý|năm|tuần)\s+)?(?:\d|[IVX]+(?!\w)))"
)

# ... "tổ chức" leading an event's verb ("tổ chức khai giảng"), and the plural that opens a
# subject of many doers ("các trường", "nhiều địa phương")
_HELD = r"(?:tổ\s+chức\s+)?"
_FIGURE_AHEAD = r"[^,;:()]*?\d[\d.,]*\s*(?:%|tỷ|triệu|nghìn|ngàn|ha(?!\w))"
_MANY = r"(?:các|những|nhiều|hầu\s+hết|phần\s+lớn|một\s+số)"

# The words that make what follows a guess, a hope or a wish: "có lẽ (là)", "có thể sẽ",
# "nhiều khả năng (sẽ)", "khả năng cao (sẽ)" (likely), "hy vọng", "hi vọng", "kỳ vọng"
# (hoped), "mong muốn", "mong rằng", "mong là" (wished). Not "chắc chắn" (certainly), nor
# "có khả năng" without "sẽ" ("khu vực có khả năng xảy ra mưa to": a forecast, the weather's own
# refusal, engine `_WEATHER_TOLD`)
_GUESS = (
    r"có\s+lẽ(?:\s+là)?|có\s+thể\s+sẽ|(?:nhiều\s+khả\s+năng|khả\s+năng\s+cao)(?:\s+là)?"
    r"|có\s+khả\s+năng\s+sẽ|chắc\s+(?:là|sẽ)|hình\s+như|dường\s+như|nghe\s+(?:nói|đâu)"
    r"|có\s+vẻ(?:\s+như)?|e\s+(?:rằng|là)"
    # ... and "rất có thể", "rất có khả năng" (very possibly; "có thể là …" is the
    # "có thể" refusal's, test_deadline_breaker8), "nghe đồn", "đồn rằng"
    # (rumoured), "không chắc", "chưa chắc" (not sure), "biết đâu", "may ra" (perhaps): each
    # read as the day on main (session 60's brief)
    r"|rất\s+có\s+(?:thể|khả\s+năng)|nghe\s+đồn|có\s+tin\s+đồn|đồn\s+(?:rằng|là)"
    r"|(?:không|chưa)\s+chắc(?:\s+chắn)?(?:\s+(?:là|sẽ))?|biết\s+đâu|may\s+ra"
    # ... and, inside a clause, "chắc" right before an event's verb or a step's end ("Hội
    # nghị chắc khai mạc ngày 15/4/2026": surely, as said; never "vững chắc", "nắm chắc"),
    # and "có thể" before an event's own verb ("Hội nghị có thể khai mạc …", "… có thể diễn
    # ra …": might; an event opens, nobody is allowed to open it; never "có thể kết thúc",
    # a work able to end: "sao cho thu hoạch có thể kết thúc trước tháng 9", o-catovina-soc-
    # trang-tha-giong-tom-2024): each read on main (d61's brief)
    rf"|(?<!vững\s)(?<!nắm\s)(?<!bám\s)chắc(?=\s+(?:{_EVENT}|{_DONE})(?!\w))"
    # ... unless a manner follows the verb: "Hội nghị có thể diễn ra theo hình thức trực
    # tuyến" (the format may change, the day stands: read on main, d61b's brief)
    r"|có\s+thể(?=\s+(?:khai\s+mạc|bế\s+mạc|diễn\s+ra)(?!\w)(?!\s+(?:(?:theo|dưới)\s+hình"
    r"\s+thức|hình\s+thức|trực\s+tuyến|trực\s+tiếp|kết\s+hợp|tại|ở|bằng|qua)(?!\w)))"
)
# "có thể" after the EVENT as its subject, before its verb and then its time: the event might
# be held then ("Hội nghị có thể được tổ chức vào ngày 20/4/2026", "Lễ khai giảng có thể tổ
# chức vào đầu tháng 9/2026", "Kỳ họp có thể được triệu tập vào ngày …": read on main, c62's
# and c62b's briefs). With a doer as subject it is leave ("Các trường có thể khai giảng vào
# ngày 5/9/2026", "Các trường có thể tổ chức khai giảng vào tuần cuối tháng 8",
# w-press-baomoi-qdnd-khung-nam-hoc: read); opening the phrase it is the reader's leave ("Có
# thể tổ chức ngày 20/4/2026", test_m59); a form or a place between says how, the day stands
# ("Hội nghị có thể được tổ chức theo hình thức trực tuyến vào ngày 20/4/2026", test_c62)
_EVENT_MAY = re.compile(
    r"(?i)(?:\A|[,;:.(–—-]\s*)(?:các\s+|những\s+|buổi\s+|cuộc\s+|phiên\s+)?"
    r"(?:hội\s+nghị|hội\s+thảo|hội\s+thi|hội\s+diễn|hội\s+chợ|lễ|đại\s+hội|kỳ\s+họp|kì\s+họp|họp"
    r"|cuộc\s+thi|kỳ\s+thi|kì\s+thi|ngày\s+hội|chương\s+trình|sự\s+kiện|liên\s+hoan|diễn\s+đàn"
    r"|tọa\s+đàm|toạ\s+đàm"
    # ... and a race or a tournament ("Giải chạy có thể được tổ chức vào ngày 20/4/2026",
    # "Giải bóng đá có thể diễn ra …": read on main, c63's brief; never "giải ngân", "giải
    # quyết", "giải phóng", the steps spelt with the word)
    r"|giải\s+(?:chạy|đấu|bóng|thi\s+đấu|marathon|việt\s+dã|bơi|đua|cờ|golf|quần\s+vợt"
    r"|thể\s+thao|vô\s+địch|báo\s+chí|cầu\s+lông|bóng\s+chuyền|bóng\s+bàn|xe\s+đạp)"
    # ... and the opening of a school year named alone ("Khai giảng năm học mới có khả năng
    # tổ chức vào ngày 5/9/2026", "Năm học mới có khả năng khai giảng …": read on main,
    # c63b's brief)
    r"|khai\s+giảng|bế\s+giảng|khai\s+mạc|năm\s+học)"
    # ("có khả năng" as "có thể": "Lễ khai giảng có khả năng tổ chức vào ngày 5/9/2026",
    # likely held then, read on main, c63's brief)
    # ("khả năng sẽ" without "có": "Đại hội khả năng sẽ diễn ra ngày 20/3/2026", c63b's brief;
    # "khả năng" alone may be a noun, "Hội thảo đánh giá khả năng tổ chức …")
    r"(?:\s+[^\W\d_]+){0,5}?\s+(?P<said>có\s+thể|có\s+khả\s+năng|khả\s+năng(?=\s+sẽ\s))"
    r"(?:\s+sẽ)?(?:\s+được)?\s+"
    r"(?:tổ\s+chức|khai\s+giảng|bế\s+giảng|họp|kết\s+thúc|tiến\s+hành|triệu\s+tập|khai\s+mạc"
    r"|bế\s+mạc|diễn\s+ra|bắt\s+đầu)(?!\w)"
    r"(?P<until>(?:[\s,]+(?!(?:theo|dưới|hình|trực|tại|ở|bằng|qua|kết\s+hợp)(?!\w))[^\W\d_]+)"
    r"{0,6}?)[\s,]+\d"
)
_EVENT_MAY_BARE = bare_twin(_EVENT_MAY)
_WISH = (
    r"h[yi]\s+vọng|kỳ\s+vọng|kì\s+vọng|(?:ước\s+)?mong\s+muốn|ước\s+mong|mong\s+(?:rằng|là|sẽ)"
    r"|mong\s+sao|cầu\s+mong|ước\s+gì"
    # ... "mong ước" (wished: "Mong ước hoàn thành trước 30/6/2026", read on main, c63's
    # probe; never "ước mơ", a dream, most often a noun or a programme's name: "Chắp cánh ước
    # mơ")
    r"|mong\s+ước"
)
# The guesses that hedge only where they open the clause: "Có khả năng khai mạc ngày …"
# (likely), "Theo dự đoán, …" (predicted), "Chắc khai mạc …" (surely, as said). Inside a
# clause each is also a noun or a plain word: "Các doanh nghiệp có khả năng đáp ứng gửi hồ
# sơ trước …" (able to), "Báo cáo kết quả dự đoán trước …" (a forecast's report), "Bảo đảm
# vững chắc đến năm 2030" (firmly). Never "Có khả năng … thì …" (able to, a condition's:
# "Có khả năng tài chính thì hoàn thành trước 30/6/2026") nor "Dự đoán" bare, the task's
# verb ("Dự đoán nhu cầu nhân lực gửi về Sở trước ngày 15/3/2026"): each read on main
# (b60b's brief); "Dự đoán là …", "Dự đoán khai mạc …" (an event's day guessed) stay hedges
_OPENER = (
    r"có\s+khả\s+năng(?![^,;.]*\sthì(?!\w))|theo\s+dự\s+đoán(?:\s+là)?"
    # ... "Khả năng tổ chức ngày 15/4/2026" (likely held: read on main, d61's brief), only
    # before an event's verb or a step's end ("Khả năng tài chính …" is the means) that runs
    # into the time: "Khả năng hoàn thành kế hoạch năm 2026, báo cáo trước 30/6/2026" is a
    # heading, the year its plan's, the report's day firm (read on main, d61b's brief)
    # ("tổ chức" may lead the event's verb: "Khả năng tổ chức khai giảng vào ngày 5/9/2026",
    # read on main, c63's brief)
    rf"|khả\s+năng(?:\s+là)?(?=\s+(?:sẽ\s+)?{_HELD}(?:{_EVENT}|{_DONE}){_RUNS_INTO})"
    # ... after "dự kiến": "Dự kiến (có) khả năng tổ chức vào ngày 20/3/2026" (planned is
    # firm, but a likelihood planned is a guess still: read on main, c63b's brief)
    rf"|dự\s+kiến\s+(?:có\s+)?khả\s+năng(?=\s+(?:sẽ\s+)?{_HELD}(?:{_EVENT}|{_DONE}){_RUNS_INTO})"
    # ... its subject between and "sẽ" (will): "Khả năng các trường sẽ khai giảng vào sáng
    # 5/9/2026" (read on main, c62b's brief)
    rf"|khả\s+năng(?=(?:\s+(?!sẽ(?!\w))[^\W\d_]+){{1,3}}\s+sẽ\s+{_HELD}(?:{_EVENT}|{_DONE}){_RUNS_INTO})"
    # ... or with no "sẽ", a plural subject: "Khả năng các trường tổ chức khai giảng vào ngày
    # 5/9/2026" (read on main, c63's brief; "Khả năng tài chính …" names no doers)
    rf"|khả\s+năng(?=\s+{_MANY}(?:\s+[^\W\d_]+){{1,2}}?\s+{_HELD}(?:{_EVENT}|{_DONE}){_RUNS_INTO})"
    rf"|dự\s+đoán(?:\s+là|(?=\s+(?:{_EVENT}|{_DONE})(?!\w)))|chắc(?!\s+chắn)"
    # ... and "Mong (đợi) hoàn thành trước …" (hoped), "Ước tính hoàn thành …" (estimated),
    # opening the clause before an event's verb or a step's end: read on main, c62's brief
    # ... and "ước", "dự ước" alone ("Đến 30/6/2026 ước hoàn thành": estimated, read on main,
    # c63's probe)
    # (a figure after it is a status figure, `refusals.refuse_figure_as_of` names it: "Đến
    # 30/6/2026 ước hoàn thành 80% kế hoạch")
    # ... and "ước nguyện" (wished, as "mong ước": "Ước nguyện hoàn thành trước 30/6/2026",
    # read on main, c63b's brief), only opening the clause: "Thực hiện ước nguyện của gia
    # đình …" is a step with the wish its object
    rf"|(?:mong(?:\s+(?:đợi|chờ))?|ước\s+nguyện|(?:dự\s+)?ước(?:\s+tính)?(?!{_FIGURE_AHEAD}))"
    rf"(?=\s+(?:sẽ\s+)?(?:{_EVENT}|{_DONE})(?!\w))"
)
# ... the guesses and wishes as words, for another rule to ask (`onlythen`: "người mới tuyển
# có thể nộp hồ sơ" is no plain step of the new recruits)
GUESSED = rf"{_GUESS}|{_WISH}"
_HEDGE = re.compile(
    rf"(?i)(?<!\w)(?:(?P<guess>{_GUESS})|(?P<wish>{_WISH})|(?P<opener>{_OPENER}))(?!\w)"
)
# ... typed bare: "co le to chuc ngay 20/4/2026", "hy vong hoan thanh truoc …", matched folded
# and only where printed without a mark (`_hedges_in`); "co le hoi" is "có lễ hội" (there is a
# festival), no guess
_HEDGE_BARE = re.compile(
    rf"(?<!\w)(?:(?P<guess>{unaccent(_GUESS)})|(?P<wish>{unaccent(_WISH)})"
    rf"|(?P<opener>{unaccent(_OPENER)}))(?!\w)(?!\s+hoi\b)"
)

# The words before a wish that make it a noun, or the head of a name: "thể hiện mong muốn",
# "niềm hy vọng", "Quỹ Hy vọng", "Làng Hy Vọng" (matched folded)
_WISH_AS_NOUN = re.compile(
    r"(?:^|\s)(?:the\s+hien|bay\s+to|neu|niem|su|nhung|cac|mang|dem|trao|gui\s+gam|dat|la|cua"
    r"|voi|quy|lang|truong|mai\s+am|nha|chuong\s+trinh|du\s+an|giai|ngon\s+lua|hanh\s+trinh"
    r"|chuyen\s+xe|cau\s+lac\s+bo|clb|doi)\s*\Z",
    re.ASCII,
)
# The addressee a wish opens with, making it the addressee's task: "mong muốn Bộ …", "mong
# muốn các đơn vị …" (a capitalised word: a body's name; matched folded); only after "mong
# muốn", "mong rằng" (a leader's wish for a body), never after a guess or a hope
_ADDRESSEE = re.compile(
    r"\s*(?:cac|nhung|moi|toan\s+the|quy|dong\s+chi|ba\s+con|nhan\s+dan|nguoi\s+dan|can\s+bo"
    r"|don\s+vi|dia\s+phuong|nganh)(?!\w)",
    re.ASCII,
)

# A day, a month, a quarter or a year the clause names: "ngày 20/4", "20/4/2026", "tháng 6",
# "Quý III", "năm 2026"
_TIME = re.compile(
    r"(?i)(?<!\w)(?:(?:ngày|tháng|quý|năm|tuần|ngay|thang|quy|nam|tuan)\s+(?:\d|[IVX]+(?!\w))"
    r"|\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d))"
)
# What opens a part after a comma that is still the clause before it: the time itself or its
# lead ("Có lẽ Hội nghị tổ chức vào tuần sau, ngày 20/4/2026")
_TIME_LEAD = re.compile(
    r"\s*(?:(?:tức|cụ\s+thể|tuc|cu\s+the)\s+(?:là\s+|la\s+)?)?(?:vào|từ|trước|đến|hạn|trong"
    r"|ngày|tháng|quý|năm|tuần|vao|tu|truoc|den|han|ngay|thang|quy|nam|tuan|\d)(?!\w)",
    re.IGNORECASE,
)
# A word of a time or its lead, folded: "trước", "ngày", "30/6/2026", "quý", "III", "15h30"
_TIME_WORD = re.compile(
    r"[\divx/.\-–h]+|ngay|thang|quy|nam|tuan|vao|tu|ke|truoc|den|het|han|trong|cham|nhat|la"
    r"|thi|nay|se|gio|phut|sang|chieu|toi|bat|dau|cuoi|giua|muon|som|ngay\.",
    re.ASCII,
)
# What may close a clause after its hedge, folded: "… hy vọng vậy", "… có thể thôi"
_CLOSING = re.compile(r"\s*(?:(?:vay|the|day|nhe|thoi)\s*)?[.!?…]*\s*", re.ASCII)
# "có thể" (might, or may), folded: a hedge only right after a time fronted alone (`_trailing`)
_MAY = re.compile(r"(?<!\w)co\s+the(?!\w)", re.ASCII)
# ... whose next word is an event's, folded: "Ngày 15/4/2026 có thể tổ chức" (might be held);
# a step of the reader's after it is leave to do it ("Trước 30/6/2026 có thể đăng ký trực
# tuyến", "Ngày 15/4/2026 có thể nộp hồ sơ trực tiếp": read on main, b60b's brief)
_EVENT_AFTER_MAY = re.compile(
    r"\s*(?:to\s+chuc|khai\s+mac|be\s+mac|dien\s+ra|hop|hoi\s+nghi|ket\s+thuc)(?!\w)",
    re.ASCII,
)
# A wish's subject is no verb's object nor a name's head, folded: "khảo sát mong muốn", "báo
# cáo về mong muốn", "lắng nghe …", "đánh giá kỳ vọng", "hài lòng và kỳ vọng", "đáp ứng kỳ
# vọng", "như kỳ vọng", "chương trình …", "học bổng …" (a name follows)
_NOT_A_WISHER = re.compile(
    r"(?<!\w)(?:khao\s+sat|danh\s+gia|lang\s+nghe|nghe|tim\s+hieu|nam\s+bat|ve|va|nhu|cua"
    r"|de|dap\s+ung|thuc\s+hien|to\s+chuc|trao|hoan\s+thanh|chuong\s+trinh|hoc\s+bong"
    r"|cuoc\s+thi|hoi\s+thao|giai|du\s+an|phong\s+trao)(?!\w)",
    re.ASCII,
)
# ... and a step's verb after the wish, folded ("hy vọng hoàn thành", "mong sẽ xong", "kỳ
# vọng sớm đưa vào sử dụng"): a wish followed by "của", "cho" or nothing is a noun or a name
_WISHED_STEP = re.compile(
    r"\s*(?:(?:se|som|co\s+the|rang|la|duoc)\s+)*(?:to\s+chuc|khai\s+mac|be\s+mac|dien\s+ra"
    r"|hop|ket\s+thuc|hoan\s+thanh|xong|dat|thong\s+xe|khoi\s+cong|di\s+vao|ve\s+dich"
    r"|dua\s+vao|ban\s+giao|van\s+hanh|khanh\s+thanh|giai\s+ngan|thi\s+cong|trien\s+khai"
    r"|ban\s+hanh|thuc\s+hien|nop|gui|bao\s+cao|co|nhan|cap|ky|phe\s+duyet|xay\s+dung)(?!\w)",
    re.ASCII,
)
_BREAK = re.compile(r"[;.:!?](?!\d)|,(?!\d)|\s[–—-]\s|\)")

# A hope or a guess that closes what it hedges: "hy vọng vậy", "có lẽ thế", "chắc vậy" (so
# it is hoped, probably so): wherever it follows the time, never a step's words
_HOPED_SO = r"(?:h[yi]\s+vọng|mong|có\s+lẽ|chắc(?:\s+là)?)\s+(?:là\s+|như\s+)?(?:vậy|thế)"

# A note, in parentheses or closing the phrase after a comma or a dash, that the time is not
# confirmed: "(chờ xác nhận)", "(chưa chính thức)", "(chưa chốt)", "(tạm thời, chờ xác
# nhận)", "(dự kiến, chưa chốt)", "(thời gian chờ phê duyệt)", "(chờ Ban Thường vụ cho ý
# kiến)", "(đang xin ý kiến)" (never "(xin ý kiến các sở)": the step's own), "(có lẽ)". Not "(dự kiến)"
# alone here (planned: the label refuses it after the day, as moved) nor "(sẽ có thông báo
# cụ thể sau)" (details to come: `asides`); "(tạm thời)" alone is `_BARE_NOTE`'s since c63
# ... and "(đợi xác nhận)" (awaited), "(đang trình phê duyệt)" (being submitted: never
# "(trình UBND tỉnh phê duyệt)", the step's own), "(chưa có lịch chính thức)" (no official
# schedule yet): each read as the day on main (session 60's brief)
_UNCONFIRMED = (
    r"(?:(?:đang\s+|còn\s+)?(?:chờ|đợi)|đang\s+(?:xin|trình)|chưa(?:\s+(?:được|có))?)\s+"
    r"(?:[^\W\d_]+\s+){0,4}?"
    r"(?:(?:cho\s+)?ý\s+kiến|xác\s+nhận|phê\s+duyệt|duyệt|chốt|quyết\s+định|thống\s+nhất)"
    r"|chưa(?:\s+(?:được|có))?\s+(?:[^\W\d_]+\s+){0,2}?(?:chính\s+thức|xác\s+định)"
    r"|chưa\s+chắc(?:\s+chắn)?|có\s+lẽ|có\s+thể"
    # ... or a hope alone ("…, hy vọng vậy", "(hy vọng vậy)", "(hy vọng)": read on main,
    # d61's brief)
    # (the hope alone, "vọng" in lower case: "(Hy Vọng Xanh)" is a name, read on main,
    # d61b's brief)
    rf"|{_HOPED_SO}|(?-i:[hH][yi]\s+vọng)(?!\s+[^\W\d_])"
)
# A note that is the whole of its brackets: "(tạm định)" (provisionally set: alone after the
# day, the day is not set yet; "Tạm định tổ chức …" before it is `_SET_FOR_NOW`'s),
# "(dự thảo)", "(dự thảo lần 2)" (the schedule is a draft's), "(TBD)", "(TBA)" (to
# be determined, announced), "(tentative)", "(còn chờ)" (still awaited)
# ... and "(bản dự thảo)", "(bản nháp)", "(draft)" (a draft's), "(tạm)" (provisional, the
# word alone): each read on main (d61's brief)
_BARE_NOTE = (
    r"tạm\s+định|(?:bản\s+)?dự\s+thảo(?:\s+lần\s+\d+)?|TB[DAC]|tentative|(?:còn\s+|đang\s+)?(?:chờ|đợi)"
    r"|(?:bản\s+)?nháp|draft|tạm"
    # ... and "(sơ bộ)" (preliminary), "(tạm chốt)" (provisionally settled), "(to be
    # confirmed)": each read on main (c62's brief)
    r"|sơ\s+bộ|tạm\s+chốt|to\s+be\s+(?:confirmed|determined|announced|decided)"
    r"|preliminary|provisional"
    # ... and "(tạm thời)", "(tạm tính)" (provisional, provisionally reckoned): the day is
    # not set yet, as "(tạm)" is not (c63's brief rules over session 60's, which read "(tạm
    # thời)" as the plan's own time: read as due, a day that may still move is a silent
    # wrong date); never "(bản tạm thời)", a provisional copy of the file
    r"|tạm\s+thời|tạm\s+tính"
)
_NOTE_LEAD = (
    r"(?:(?:thời\s+gian|thời\s+điểm|ngày|lịch|dự\s+kiến|tạm\s+thời|tạm\s+định|tạm)\s*[,;]?\s*)*"
)
# ... a draft's mark with its lead or after a dash or a comma, the day's: "Tổ chức ngày
# 20/4/2026 - sơ bộ", "… (thời gian sơ bộ)", "… (tạm chốt thời gian)", "… (sơ bộ, chờ xác
# nhận)" (c62b's brief, each read on main)
# ... and "… - tạm thời", "…, tạm tính" closing the phrase (c63's brief)
_DRAFT = r"sơ\s+bộ|tạm\s+chốt|tạm\s+thời|tạm\s+tính|tạm\s+định"
_DRAFT_TAIL = rf"(?:\s*[,;]?\s*(?:thời\s+gian|thời\s+điểm|ngày|lịch|{_UNCONFIRMED}))*"
_NOTE = re.compile(
    # in parentheses, square brackets ("[chờ xác nhận]") or braces ("{chờ xác nhận}": d61's
    # brief, read on main), whose (of a leader's, of a
    # body's) may follow: "(chờ ý kiến lãnh đạo)"
    rf"(?i)(?:[(\[{{]\s*{_NOTE_LEAD}(?:{_UNCONFIRMED})(?:\s+[^\W\d_]+){{0,3}}\s*[)\]}}]"
    rf"|[(\[{{]\s*(?:{_BARE_NOTE})\s*[)\]}}]"
    rf"|[(\[{{]\s*{_NOTE_LEAD}(?:{_DRAFT}){_DRAFT_TAIL}\s*[)\]}}]"
    rf"|(?:[,;]|\s[–—-])\s*{_NOTE_LEAD}(?:{_UNCONFIRMED}|{_DRAFT}){_DRAFT_TAIL}\s*[.;!…]*\s*$)"
)
_NOTE_BARE = bare_twin(_NOTE)
# ... the same note as a reading's gloss, the words in parentheses the reading kept aside
# ("Tổ chức ngày 15/4/2026 (tạm)": read on main with the gloss "(tạm)", d61's brief); in
# brackets only: a gloss unbracketed is the step's way ("Nộp hồ sơ trước 30/6/2026 có thể
# nộp trực tuyến", test_b60)
_GLOSS_NOTE = re.compile(
    rf"(?i)\A\s*[(\[{{]\s*(?:{_NOTE_LEAD}(?:{_UNCONFIRMED})(?:\s+[^\W\d_]+){{0,3}}"
    rf"|(?:{_BARE_NOTE}))\s*[)\]}}]\s*[.;]?\s*\Z"
)
# Main's notes (before session 60), counted after a time anywhere before them; session 60's
# (square brackets, "(dự thảo)", "(TBD)", "(còn chờ)", "(chưa được tuyển dụng chính thức)" …)
# only right after the time (`_right_after_time`): after an object they name it ("Góp ý Kế
# hoạch năm 2026 (dự thảo) trước 15/3/2026", "hỗ trợ giáo viên (chưa được tuyển dụng chính
# thức)", "giải quyết các hồ sơ (còn chờ)": each read on main, b60b's brief)
_NOTE_OLD_UNCONFIRMED = (
    r"(?:(?:đang\s+|còn\s+)?chờ|đang\s+xin|chưa(?:\s+(?:được|có))?)\s+(?:[^\W\d_]+\s+){0,4}?"
    r"(?:(?:cho\s+)?ý\s+kiến|xác\s+nhận|phê\s+duyệt|duyệt|chốt|quyết\s+định|thống\s+nhất)"
    r"|chưa(?:\s+được)?\s+(?:chính\s+thức|xác\s+định)"
    rf"|chưa\s+chắc(?:\s+chắn)?|có\s+lẽ|có\s+thể|{_HOPED_SO}"
)
_NOTE_OLD = re.compile(
    rf"(?i)(?:\(\s*{_NOTE_LEAD}(?:{_NOTE_OLD_UNCONFIRMED})(?:\s+[^\W\d_]+){{0,3}}\s*\)"
    rf"|(?:[,;]|\s[–—-])\s*{_NOTE_LEAD}(?:{_NOTE_OLD_UNCONFIRMED})\s*[.;]?\s*$)"
)
_NOTE_OLD_BARE = bare_twin(_NOTE_OLD)
# A time's end right before a note, and the times it is not the deadline's: a document's day
# ("Tờ trình số 12/TTr-STC ngày 20/02/2026 (dự thảo)"), a year naming a plan ("Kế hoạch năm
# 2026 (dự thảo) trước 15/3/2026", with a time after it)
_ENDS_TIME = re.compile(r"\d\s*\Z")
_DOCUMENT_DAY = re.compile(r"(?i)(?<!\w)(?:số|so)\s+\S+\s+(?:ngày|ngay)\s+[\d/.\-]+\s*\Z")
_YEAR_ONLY = re.compile(r"(?i)(?<!\w)(?:năm|nam)\s+\d{4}\s*\Z")


def _clause_before(text: str, at: int) -> str:
    """The words of the clause holding the time at `at`, before it: back to a clause break,
    past a comma when the part after it opens with the time ("…, ngày 20/4/2026") or the part
    before it is a hedge alone ("Có lẽ, hội nghị sẽ tổ chức …")."""
    start = at
    while True:
        breaks = list(_BREAK.finditer(text, 0, start))
        if not breaks:
            return text[:at]
        last = breaks[-1]
        comma = last.group() == ","
        if comma and _TIME_LEAD.match(text, last.end()):
            start = last.start()
            continue
        opened = breaks[-2].end() if len(breaks) > 1 else 0
        hedges = _hedges_in(text[opened : last.start()])
        if comma and any(not (before + after).strip() for before, _, after, _ in hedges):
            return text[opened:at]
        return text[last.end() : at]


def _hedges_in(clause: str) -> list[tuple[str, str, str, str]]:
    """The hedges of `clause` (`_HEDGE`, or `_HEDGE_BARE` where printed without a mark), each
    as the words before it, itself and the words after it, as printed, and its kind ("guess",
    "wish", "opener"); never a wish made a noun, a name or a body's task (`_not_a_hedge`),
    nor an opener inside the clause."""
    shown = nfc(clause)
    folded = fold(shown)
    found_all: list[tuple[str, str, str, str]] = []
    for pattern, source in ((_HEDGE, shown), (_HEDGE_BARE, folded)):
        for found in pattern.finditer(source):
            said = shown[slice(*found.span())]
            if source is folded and not said.isascii():
                continue  # printed with its marks: the marked pattern judged it
            if found["wish"] and _not_a_hedge(shown, folded, found.start(), found.end()):
                continue
            if found["opener"] and not _time_only(folded[: found.start()]):
                continue  # inside the clause: a noun or a plain word (`_OPENER`)
            name = folded.startswith("chac", found.start())
            if name and shown[found.end() :].lstrip()[:1].isupper():
                continue  # a name's head: "Chắc Cà Đao" (a canal, o-an-giang-vinh-thanh-…)
            kind = next(name for name, value in found.groupdict().items() if value)
            found_all.append((shown[: found.start()], said, shown[found.end() :], kind))
    return found_all


def _not_a_hedge(shown: str, folded: str, start: int, end: int) -> bool:
    """A wish made a noun or a name by the word before it (`_WISH_AS_NOUN`), a name's word
    capitalised mid-clause ("Quỹ Hy vọng"), or a wish addressed to a body (`_ADDRESSEE`, a
    capitalised word; only "mong …": a leader's wish for a body is its task), or a body's hope
    or expectation of the bodies it addresses ("UBND tỉnh kỳ vọng các sở hoàn thành trước …":
    the merge's fresh tester, session 59; read on main)."""
    if _WISH_AS_NOUN.search(folded[:start]):
        return True
    if shown[start].isupper() and shown[:start].strip():
        return True
    if not folded.startswith("mong", start):
        return bool(shown[:start].strip()) and re.match(r"\s*cac\s", folded[end:]) is not None
    after = shown[end:].lstrip()
    return _ADDRESSEE.match(folded, end) is not None or after[:1].isupper()


def _fronted(text: str, time: re.Match[str]) -> str | None:
    """The hedge opening the clause after a time fronted alone ("Đến năm 2030, hy vọng hoàn
    thành", after a dash or a semicolon too: "Trước 30/6/2026 – có lẽ sẽ hoàn thành",
    "Trước 30/6/2026; có lẽ xong", read on main, d61's brief; a colon or a full stop:
    "Trước 30/6/2026: có lẽ hoàn thành", "Trước 30/6/2026. Có lẽ hoàn thành", d61b's): the time is that clause's. Never after a time told with its step ("Hội nghị tổ
    chức ngày 20/4/2026, hy vọng thành công tốt đẹp": the hope is for the event's success)."""
    if _TIME_LEAD.sub("", _clause_before(text, time.start()), count=1).strip():
        return None
    comma = _BREAK.search(text, time.end())
    if comma is None or comma.group().strip() not in (",", ";", ":", ".", "–", "—", "-"):
        return None
    for before, said, _, _ in _hedges_in(text[comma.end() :]):
        if not before.strip():
            return said
    return None


def _time_only(words: str) -> bool:
    """Whether the folded `words` are a time and its lead alone (`_TIME_WORD`): "Trước
    30/6/2026 ", "Ngày 15 tháng 4 năm 2026 ", or nothing."""
    return all(_TIME_WORD.fullmatch(word) for word in re.findall(r"[^\s,]+", words))


def _trailing(text: str, time: re.Match[str]) -> str | None:
    """The hedge right after a time, with no comma between ("Trước 30/6/2026 có lẽ sẽ hoàn
    thành", "Ngày 15/4/2026 có thể tổ chức"): the clause is the time's. After a time fronted
    alone, any hedge, and "có thể" too (might: "Ngày 15/4/2026 có thể tổ chức"; never after
    "từ": "Từ ngày 1/7/2026 có thể đăng ký …", allowed from then on); after a time told with
    its step, a guess alone, or a hedge closing the clause ("Hoàn thành trước 30/6/2026 hy
    vọng vậy", "Hội nghị khai mạc ngày 15/4/2026 có thể"): "Hội nghị tổ chức ngày 20/4/2026
    hy vọng thành công tốt đẹp" is a hope for the event's success, "Nộp hồ sơ trước 30/6/2026
    có thể nộp trực tuyến" the way it may be done. A guess further on in the clause of a time
    fronted alone is the clause's too: "Trước 30/6/2026 các đơn vị có lẽ hoàn thành", and so
    is a hope there ("Trước 30/6/2026 nhà thầu hy vọng hoàn thành": read on main, d61's
    brief; a body's hope for the bodies it names is their task, `_not_a_hedge`)."""
    rest = text[time.start() :]
    cut = _BREAK.search(rest)
    rest = rest[: cut.start()] if cut else rest
    before = fold(_clause_before(text, time.start()))
    fronted = _time_only(before)
    for ahead, said, after, kind in _hedges_in(rest):
        right_after = _time_only(fold(ahead))
        if right_after and (fronted or kind == "guess" or _CLOSING.fullmatch(fold(after))):
            return said
        # "Trước 30/6/2026 các đơn vị có lẽ hoàn thành", "… nhà thầu hy vọng hoàn thành"
        if fronted and (kind == "guess" or (kind == "wish" and _subjects_wish(ahead, after))):
            return said
    may = _MAY.search(fold(rest))
    if not may or not _time_only(fold(rest[: may.start()])):
        return None
    if _CLOSING.fullmatch(fold(rest[may.end() :])):  # "… ngày 15/4/2026 có thể."
        return rest[slice(*may.span())]
    event = _EVENT_AFTER_MAY.match(fold(rest), may.end())
    if fronted and event and not re.search(r"(?<!\w)tu\s*\Z", before):
        return rest[slice(*may.span())]
    return None


# A forecast or a hope set after the time, opening its own part after a dash, a comma or a
# bracket (after a semicolon it is a clause apart, a hope for the work at large: "Các đơn vị
# gửi báo cáo trước 30/6/2026; hy vọng sớm hoàn thành", test_m59), of the step's end or the
# event ("Hoàn thành trước 30/6/2026 — mong
# hoàn thành", "… – dự báo hoàn thành", "… - ước tính hoàn thành", "…, hy vọng xong": each
# read on main, c62's brief): the day is what is hoped or forecast, nobody's deadline yet.
# Folded; never "dự kiến" (the plan's own time: `label` refuses it after the day, as moved),
# nor a hope of a result ("…, hy vọng thành công tốt đẹp", "…, mong đạt kết quả tốt")
_FORECAST_AFTER = re.compile(
    # (also after "và": "Hoàn thành trước 30/6/2026 và hy vọng sẽ xong", c62b's brief)
    r"(?:[,(]|\s[–—-]|\s+va(?=\s))\s*(?:theo\s+)?"
    r"(?:mong(?:\s+muon|\s+rang|\s+la|\s+sao|\s+doi|\s+cho)?|h[yi]\s+vong"
    r"|ky\s+vong|ki\s+vong|du\s+bao|uoc(?:\s+tinh)?|du\s+tinh|du\s+doan|phong\s+doan"
    r"|co\s+le|co\s+the\s+se|chac(?:\s+(?:la|se))?|nhieu\s+kha\s+nang|kha\s+nang\s+cao)"
    r"(?:\s+(?:la|se|rang|co\s+the|som|kip))*\s+(?:hoan\s+thanh|hoan\s+tat|xong|ve\s+dich"
    r"|to\s+chuc|khai\s+mac|be\s+mac|khai\s+giang|dien\s+ra|ket\s+thuc|thong\s+xe"
    r"|khanh\s+thanh|ban\s+giao|dua\s+vao)(?!\w)",
    re.ASCII,
)


# ... unless what is forecast is a share of the work ("…, ước hoàn thành 80% khối lượng",
# "(ước tính hoàn thành 100%)") or the deadline itself met ("…, mong muốn hoàn thành đúng
# hạn"): the day stands (c62b's brief, each read on main). Folded
_NOT_THE_DAY = re.compile(
    r"(?:\s+[a-z]+){0,3}?\s+\d+(?:[.,]\d+)?\s*%"
    r"|\s+(?:dung\s+(?:han|thoi\s+han|tien\s+do|ke\s+hoach)|theo\s+(?:ke\s+hoach|tien\s+do)"
    r"|kip\s+thoi\s+han)(?![a-z])",
    re.ASCII,
)


def _forecast_after(text: str, time: re.Match[str]) -> str | None:
    """The forecast or hope of the step's end set right after `time`, in its own part
    (`_FORECAST_AFTER`), as printed: only time words between ("Hoàn thành trước 30/6/2026 —
    mong hoàn thành", "Trước 30/6/2026 năm nay – dự báo xong")."""
    folded = fold(nfc(text))
    for found in _FORECAST_AFTER.finditer(folded, time.end()):
        if _time_only(folded[time.end() : found.start()]):
            if _NOT_THE_DAY.match(folded, found.end()):
                return None  # "…, ước hoàn thành 80%": the share done, not the day
            return nfc(text)[slice(*found.span())].strip(" ,;(–—-")
        return None
    return None


def _subjects_wish(ahead: str, after: str) -> bool:
    """Whether a wish inside a fronted time's clause is its subject's verb: the words between
    the time and the wish (`ahead`, from the time) a subject alone, no verb's object nor a
    name's (`_NOT_A_WISHER`, a quote), and a step's verb after it (`_WISHED_STEP`): "Trước
    30/6/2026 nhà thầu hy vọng hoàn thành". A noun or a name hedges nothing: "Trước 30/6/2026
    khảo sát mong muốn của người dân", "… đáp ứng kỳ vọng của cử tri", "… chương trình Chắp
    cánh hy vọng", "… hội thảo \"Khát vọng và hy vọng\"" (read on main, d61b's brief)."""
    subject = fold(ahead).split()
    while subject and _TIME_WORD.fullmatch(subject[0].strip(",")):
        subject.pop(0)  # the time and its lead
    if not subject or _NOT_A_WISHER.search(" ".join(subject)) or re.search(r"[\"“”«]", ahead):
        return False
    return _WISHED_STEP.match(fold(after)) is not None


def _governing(clause: str) -> str | None:
    """The hedge governing `clause` (the words before its time), as printed, or None."""
    hedges = _hedges_in(clause)
    return hedges[0][1] if hedges else None


def _note(text: str) -> str | None:
    """A note that the time is not confirmed (`_NOTE`), or that note typed bare, as printed;
    only after a time: one before it is of another noun ("Góp ý dự thảo (chưa chính thức)
    trước 30/6/2026", "Gửi danh sách dự kiến (chờ xác nhận) về Sở trước 15/3/2026": the merge's
    fresh tester, session 59, read on main)."""
    shown = nfc(text)
    notes = [*_NOTE.finditer(shown)]
    notes += [
        one for one in _NOTE_BARE.finditer(fold(shown)) if shown[slice(*one.span())].isascii()
    ]
    for found in notes:
        if not _TIME.search(shown, 0, found.start()):
            continue
        if _old_note(shown, found.start()) or _right_after_time(shown, found):
            return shown[slice(*found.span())]
    return None


def _old_note(shown: str, at: int) -> bool:
    """Whether a note of main's (`_NOTE_OLD`) opens at `at` of `shown`."""
    if _NOTE_OLD.match(shown, at):
        return True
    bare = _NOTE_OLD_BARE.match(fold(shown), at)
    return bare is not None and shown[slice(*bare.span())].isascii()


def _right_after_time(shown: str, note: re.Match[str]) -> bool:
    """Whether `note` follows a time's last digit with only spaces between, that time not a
    document's day, nor a year alone with another time after the note (`_DOCUMENT_DAY`,
    `_YEAR_ONLY`)."""
    before = shown[: note.start()]
    if not _ENDS_TIME.search(before) or _DOCUMENT_DAY.search(before):
        return False
    return not (_YEAR_ONLY.search(before) and _TIME.search(shown, note.end()))


def _event_may(text: str) -> str | None:
    """The "có thể" of an event that might be held at the time ending `text`
    (`_EVENT_MAY`), as printed, or typed bare where printed without a mark ("Hoi nghi co the
    duoc to chuc vao ngay 20/4/2026": read on main, c63's probe); None when the event is
    not the subject."""
    found = _EVENT_MAY.search(text)
    if found is None and text.isascii():
        found = _EVENT_MAY_BARE.search(fold(text))
    return found.group("said") if found else None


# "Tạm định" (provisionally set) before the time: "Hội nghị tạm định tổ chức ngày
# 20/3/2026", "Lịch tạm định: hội nghị ngày …" (read on main, c63b's brief; after the day
# in brackets it is `_BARE_NOTE`'s); never a price or a norm provisionally set ("tạm định
# giá", "tạm định mức"), a step's object. Opening the phrase too: "Tạm định ngày 20/4/2026",
# "Tạm định tổ chức ngày 15/4/2026" read on main and were pinned (test_m59, test_b60) as the
# plan's own time, as "Dự kiến ngày …" is; the lead's ruling of session 64 (e64's brief): a
# provisional day opening the phrase is as provisional as one after it, and the corpus has no
# phrase opening with "tạm định" read (its "tạm đình tổ chức đại hội", e-hau-giang-vi-thuy-dai-
# hoi-2020, is "suspend", another word). Right after the time too: "Ngày 20/4/2026 tạm định tổ
# chức hội nghị" (read on main)
# ... and "tạm thời", "tạm" before an event's verb or a step's end: "Tạm thời hoàn thành trước
# 30/6/2026", "Hội nghị tạm thời tổ chức ngày 20/4/2026" (provisionally: read on main, e64's
# brief); never before a pause or a closing, which is the thing done for a while ("Tạm thời
# đóng cửa trước 30/6/2026", test_c63b; "tạm thời ngừng cấp nước sạch … vào 7h30 ngày
# 11/3/2020", z-yeuquangbinh-dong-ha-tam-dung-cap-nuoc-2020), nor "thông xe" (a road opened for
# a while, on its day)
_FOR_NOW_DONE = (
    r"hoàn\s+thành|hoàn\s+tất|xong|tổ\s+chức|khai\s+mạc|bế\s+mạc|diễn\s+ra|khai\s+giảng"
    r"|bế\s+giảng"
)
# "Tạm chốt" only of the day itself ("Tạm chốt ngày 20/4/2026"): "Tạm chốt danh sách trước
# ngày 30/6/2026", "Tạm chốt số liệu ngày 20/4/2026" close an object for now by its day and
# read as on main (te64's report)
_SET_FOR_NOW = re.compile(
    r"(?i)(?<!\w)(?:tạm\s+định(?!\w)(?!\s+(?:giá|mức)(?!\w))"
    r"|tạm\s+chốt(?=\s+(?:vào\s+)?(?:(?:ngày|thời\s+gian|thời\s+điểm|lịch)(?!\w)|\d))"
    rf"|tạm(?:\s+thời)?(?=\s+(?:sẽ\s+)?(?:{_FOR_NOW_DONE})(?!\w)))"
)
# "tạm" before an event's verb says the event provisional only after an event's name ("Hội
# nghị tạm thời tổ chức ngày …", "Lễ khai giảng tạm tổ chức vào ngày …") or opening the
# phrase; after another noun it is an adjective, the thing temporary ("Nhà tạm hoàn thành
# trước ngày 30/6/2026", "Trường tạm tổ chức khai giảng ngày 5/9/2026", "Di dời chợ tạm tổ
# chức khai trương …": read as on main, te64's report)
_EVENT_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:hội\s+nghị|lễ|k[ỳì]\s+(?:thi|họp)|đại\s+hội|hội\s+(?:thi|thảo|diễn)|buổi"
    r"|cuộc\s+(?:họp|thi)|liên\s+hoan|ngày\s+hội)(?!\w)(?:\s+[^\s,;:()]+){0,6}\s*\Z"
)
# ... or "tạm thời" (for now, an adverb) after the doers: "Các đơn vị tạm thời hoàn thành báo
# cáo trước 30/6/2026" (e64's test)
_DOERS_BEFORE = re.compile(r"(?i)\s*(?:các|những)\s")
# ... and opening it, "tạm thời tổ chức" a thing for now is the thing done for a while, as
# "Tạm thời đóng cửa" is ("Tạm thời tổ chức học trực tuyến từ ngày 1/6 đến ngày 15/6/2026",
# "Tạm tổ chức giao thông theo phương án tạm thời đến ngày 30/6/2026": read as on main); an
# event or a bare day after it stays provisional ("Tạm thời tổ chức ngày 20/4/2026")
_ORGANISE_FOR_NOW = re.compile(
    r"(?i)\s+(?:sẽ\s+)?tổ\s+chức(?!\s+(?:(?:hội\s+nghị|lễ|k[ỳì]\s+(?:thi|họp)|đại\s+hội"
    r"|hội\s+(?:thi|thảo|diễn)|buổi|cuộc|khai\s+(?:mạc|giảng)|bế\s+(?:mạc|giảng)|ngày|vào"
    r"|lúc|trước|sau|trong|từ|đến)(?!\w)|\d))"
)


def _for_now_here(shown: str, said: re.Match[str], before: str) -> bool:
    """Whether `said` (`_SET_FOR_NOW`'s, in `shown`, after the words `before`) sets the time
    for now: "tạm định", "tạm chốt" a day always; "tạm (thời)" after an event's name
    (`_EVENT_BEFORE`), or opening the phrase unless it organises a thing (`_ORGANISE_FOR_NOW`)."""
    if not said.group().lower().endswith(("tạm", "thời")):
        return True
    doers = _DOERS_BEFORE.match(before) is not None and said.group().lower().endswith("thời")
    if _EVENT_BEFORE.search(before) or doers:
        return True
    if before.strip(" \t-–—*•.:0123456789)"):
        return False
    return _ORGANISE_FOR_NOW.match(shown, said.end()) is None


def _set_for_now(shown: str) -> tuple[str, str] | None:
    """The words that set the time of `shown` only for now (`_SET_FOR_NOW`), as printed,
    before its first time or right after a time, and where they stand; None when none."""
    first = _TIME.search(shown)
    if first is None:
        return None
    for before in _SET_FOR_NOW.finditer(shown):  # the whole text: "Tạm chốt" sees its day
        if before.start() >= first.start():
            break
        if _for_now_here(shown, before, shown[: before.start()]):
            return before.group(), "trước"
    for time in _TIME.finditer(shown):
        rest = shown[time.start() :]
        cut = _BREAK.search(rest)
        rest = rest[: cut.start()] if cut else rest
        after = _SET_FOR_NOW.search(rest)
        if after and _time_only(fold(rest[: after.start()])) and _for_now_here(rest, after, ""):
            return after.group(), "sau"
    return None


def refuse_hedged(text: str) -> None:
    """Refuse a phrase whose time is told as a guess, a hope or a wish in its own clause
    (`_HEDGE`), or noted as not confirmed (`_NOTE`): the day is not set, never a deadline."""
    if note := _note(text):
        raise Contradicted(
            f"“{note.strip(' ,;()[]–—-.')}” sau thời gian: thời gian chưa được xác nhận, chưa chắc "
            "là thời hạn; không đoán, ghi last_day khi có lịch chính thức"
        )
    shown = nfc(text)
    if provisional := _set_for_now(shown):
        said, where = provisional
        raise Contradicted(
            f"“{said}” {where} thời gian: thời gian chỉ tạm định, chưa được xác nhận, chưa chắc "
            "là thời hạn; không đoán, ghi last_day khi có lịch chính thức"
        )
    if told_may_move(shown):
        return  # "nhiều khả năng hoãn sang ngày …": `calledoff` refuses it, naming the move
    for time in _TIME.finditer(shown):
        clause = _clause_before(shown, time.start())
        hedge = _governing(clause) or _fronted(shown, time) or _trailing(shown, time)
        hedge = hedge or _event_may(shown[: time.end()])
        if hedge := hedge or _forecast_after(shown, time):
            raise Contradicted(
                f"“{hedge} …”: thời gian chỉ là phỏng đoán hoặc mong muốn, chưa được định; "
                "không đoán, ghi last_day khi văn bản định thời hạn"
            )


def refuse_hedged_gloss(found: Sequence[Deadline]) -> None:
    """Refuse readings whose gloss (the words kept aside after the time) is a note that the
    time is not confirmed (`_GLOSS_NOTE`): the same note `refuse_hedged` refuses in the text."""
    for one in found:
        if one.gloss and _GLOSS_NOTE.match(nfc(one.gloss)):
            raise Contradicted(
                f"“{one.gloss.strip(' ,;()[]{}–—-.')}” sau thời gian: thời gian chưa được xác "
                "nhận, chưa chắc là thời hạn; không đoán, ghi last_day khi có lịch chính thức"
            )
