"""A calendar's step named by its work: an exam held, results published, a file handed in,
land made ready, seed sown.

"ngày 5 -10/12 đánh đất, ngày 10 - 15/12 xuống giống" (HTX Hòa Tiến 1's winter-spring
calendar, zu-htxhoatien1-lich-thoi-vu-dong-xuan-2017-2018), "Đợt 2 nhận đăng ký từ ngày 18-4
đến 25-4, tổ chức thi ngày 24-5 … và công bố kết quả vào ngày 6-6" (zv-nghean24h-lich-thi-
dgnl-v-act-2026): an exam's or a crop's calendar lists its steps, each its work and its day,
the lead's convention 1 (an event told with its day). `schedules.steps_joined` reads such a
list as several milestones, each step read alone by the engine's full reader (every guard of
a single phrase applying to it); this module names the works that count as a step there
(`STEP_WORK`), beside the words of a due step (`grammar.DUE_WORD`) and a schedule's
(`schedules._SCHEDULE_STEP`).

A step whose day follows its work with no connector ("Đợt 1: đăng ký từ 24/1 đến 23/2, công
bố kết quả 17/4", za-24h-lich-thi-dgnl-2026; "gieo mạ 20/6 -25/6", zv-baolangson) stays
refused: test_twoj keeps "a bare day after words" refused (the lead's ruling after session
47), and q59 left it so (branch q59-bareday holds the reading, for the lead to rule on).

A list read only so (through a calendar's work, a round named at its head or a span starting
on the day the one before ends) is read clause by clause with the engine's whole reader, and
no clause may give its work up, tell its result or a round gone by (`gives_up`): session 59's
q59 was taken back for reading "ngày 5-10/12 đánh đất, ngày 10-15/12 cấm xuống giống" as a
sowing window, "… ngày 6/6 công bố kết quả với 95% đỗ" as due, "Đợt 1 năm ngoái nhận đăng ký
…" as this year's (its fresh tester t4, note59 §4). A list the plain steps read (`grammar.
DUE_WORD`, "… học sinh được miễn học phí, trước ngày 30/3 gửi báo cáo") is read as before.

g61's fresh tester (tg61) read through that: a clause typed without its marks ("ngay 10-15/12
huy xuong giong xong"), a step taken back, supposed or asked for ("rút lại lịch tổ chức thi
ngày 24/5", "đề xuất …"), a harvest's news ("Ngày 20/5 toàn huyện thu hoạch 12.000 ha lúa",
"… thu hoạch rộ với năng suất cao"). So a clause typed bare gives its work up, and a clause
must be told plainly (`told_plainly`): no figure but its days, its round's number and its
place's, and, opening with its day, its work right after it ("Ngày 2/12 Hội đồng họp quyết
định ngày tổ chức thi" tells a meeting).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.calledoff import ASKING
from kehoach.dates.dayjudged import JUDGING

# The works an exam's or a crop's calendar lists as its steps, printed with their marks (folded,
# "mạ" is "ma"): an exam held ("tổ chức thi", never "thi đua", an emulation drive, nor "thi
# hành", to enforce), results or scores published, land made ready, seed sown, the crop
# harvested ("cấy xong" is due by its "xong", `grammar.DUE_WORD`), a file handed in ("riêng
# hồ sơ giáo án … nộp cho Ban tổ chức vào ngày 16/3/2012", l-binh-duong-tb-143-hoi-thi-gvdg-
# 2012, after the schools' own "Hạn nộp hồ sơ … vào ngày 29/02/2012"), pupils back at school
# ("Các khối còn lại đến trường vào ngày 25/8, lễ khai giảng được tổ chức vào sáng 5/9 …",
# zw-vnexpress-hoc-sinh-tp-hcm-tuu-truong-2025: "tựu trường" in other words)
STEP_WORK = re.compile(
    r"(?<!\w)(?:tổ\s+chức\s+thi(?!\s+(?:đua|hành|công))|công\s+bố\s+(?:kết\s+quả|điểm)"
    r"|gieo\s+(?:mạ|sạ)|xuống\s+giống|đánh\s+đất|làm\s+đất|thu\s+hoạch|nộp|đến\s+trường)"
    r"(?!\w)",
    re.IGNORECASE,
)


_ASKING = "|".join(word.replace(" ", r"\s+") for word in ASKING)
# Words that give a calendar's step up, as printed (lower case, with their marks: folded,
# "hoãn" is "hoàn", "né" is "ne"): a ban or a thing to avoid ("ngày 10-15/12 cấm xuống
# giống", "tránh", "chớ", "né", "đừng", "kiêng", "cữ", "hạn chế"), a step dropped, called off,
# stopped or put off ("bãi bỏ", "hủy", "hoãn", "dừng", "ngừng", "thôi", "nghỉ"), waived
# ("miễn nộp", never "miễn phí": free of charge), negated or not yet ("không", "chưa"), a
# condition ("nếu", "trường hợp", "tùy"), withdrawn ("(thu hồi)"), or only a chance ("có
# thể", "có lẽ", "khả năng": "ngày 10-15/12 có thể xuống giống"; "dự kiến", the plan's own
# day, stays read as in main's lists: "…, dự kiến bế mạc vào sáng ngày 30/11/2024"), or
# "mới" (only then, or new: "Đến ngày 24-5 mới tổ chức thi", `engine._ONLY_THEN`'s doubt,
# refused rather than told apart here): t4's list and their kin (`stoppedbefore`,
# `calledoff._PAUSED`); the step's day is then none to meet
_GIVEN_UP = re.compile(
    r"(?<!\w)(?:cấm|tránh|chớ|né|đừng|kiêng|cữ|khoan|hạn\s+chế|(?:bãi|hủy|huỷ|xóa|xoá|loại)\s+bỏ"
    r"|hủy|huỷ|hoãn|dừng|ngừng|ngưng|thôi|nghỉ|miễn(?!\s+phí)|không|chẳng|chưa|nếu"
    r"|trường\s+hợp|tùy|tuỳ|thu\s+hồi|có\s+(?:thể|lẽ)|chắc|khả\s+năng|h[yi]\s+vọng|mới"
    # g61b (the fresh tester of g61): a step taken back, once planned or held, supposed, on a
    # condition or a ground, or only asked for ("rút lại lịch tổ chức thi ngày 24/5", "ban
    # đầu …", "từng …", "giả sử …", "với điều kiện đủ thí sinh, …", "căn cứ tình hình dịch
    # bệnh …", "đề xuất …", "xin ý kiến về việc …": `calledoff.ASKING`)
    r"|rút\s+lại|ban\s+đầu|từng|giả\s+sử|giả\s+định|điều\s+kiện|căn\s+cứ|tình\s+hình"
    # ... or its day only guessed or hoped for ("chừng", "cỡ", "ước tính", "dự tính", "sơ bộ",
    # "mong", "phấn đấu", "cố gắng" … "tổ chức thi ngày 24/5": tg61)
    r"|(?:áng\s+)?chừng|cỡ|khoảng|ước(?:\s+tính)?|dự\s+tính|sơ\s+bộ|mong|phấn\s+đấu|cố\s+gắng"
    rf"|{_ASKING})(?!\w)"
)
# ... or a step told with its result, a thing over: "công bố kết quả vào ngày 6-6 với 95%
# đỗ", "được 95%", "tỷ lệ đỗ", "đạt 90 điểm" (t4) -- a share, a pass or a fail told
_RESULT_TOLD = re.compile(
    r"%|(?<!\w)(?:phần\s+trăm|t[ỷỉ]\s+lệ|đỗ|đậu|trượt|rớt|đạt|được\s+\d)(?!\w)"
)
# ... or a harvest's or a count's news, no step to meet (g61b): a figure, a trend or a result
# told of the work ("Ngày 20/5 thu hoạch rộ với năng suất cao", "… số thí sinh nộp hồ sơ giảm
# mạnh", "… lượng hồ sơ nộp tăng đột biến", "… xuống giống thành công, thắng lợi")
_NEWS_TOLD = re.compile(
    r"(?<!\w)(?:năng\s+suất|sản\s+lượng|giá|tăng|giảm|rộ|đột\s+biến|thành\s+công"
    r"|thắng\s+lợi|số\s+lượng|lượng|số\s+thí\s+sinh)(?!\w)"
)
# ... or a time gone by, as a round at the head says it ("Đợt 1 năm ngoái nhận đăng ký …",
# t4) or a step does ("vừa qua", "trước đây", "hôm qua", "rồi"): the day is that time's
_PAST_TOLD = re.compile(
    r"(?<!\w)(?:(?:năm|vụ|mùa|kỳ|đợt|lần|tháng|tuần|hôm)\s+(?:ngoái|trước|qua|rồi|kia)"
    r"|vừa\s+(?:qua|rồi)|trước\s+(?:đây|đó)|rồi)(?!\w)"
)

# ... or a note that judges the step or leaves it open, which a single step after a bare span
# keeps as its words ("ngày 10-15/12 xuống giống (tham khảo)", "… là sai", "(bị thay thế)"):
# a verdict, a draft, a wait, or any aside in brackets with no number in it (a form's number,
# "(mẫu 1 và 2)" of l-binh-duong, is the step's own detail)
# (the words that judge any step's text, `dayjudged.JUDGING`, and this rule's own: a fault, a
# draft, a wait, a day not final)
_JUDGED = re.compile(
    rf"\([^()\d]*\)|(?<!\w)(?:{JUDGING}|sai|nhầm|hết\s+(?:hiệu\s+lực|hạn)|dự\s+thảo|tạm"
    r"|chờ|giả\s+mạo|lỗi|đính\s+chính|chính\s+thức)(?!\w)"
)


def gives_up(clause: str) -> bool:
    """Whether `clause` (one step of a calendar's list, as printed) gives its work up, tells
    its result, news or a time gone by, or is judged or noted (`_GIVEN_UP`, `_RESULT_TOLD`,
    `_NEWS_TOLD`, `_PAST_TOLD`, `_JUDGED`), or is typed without its marks, where none of
    those words can be told apart ("huy" is "hủy" or "huy", "thoi" "thôi" or "thời": g61b's
    "ngay 10-15/12 huy xuong giong xong"): then it is no step of the calendar, and the list
    is not read as its milestones."""
    said = " ".join(nfc(clause).lower().split())
    if fold(said) == said:
        return True
    rules = (_GIVEN_UP, _RESULT_TOLD, _NEWS_TOLD, _PAST_TOLD, _JUDGED)
    return any(rule.search(said) for rule in rules) or not told_plainly(said)


# a figure that is no day: a count, an area, a weight, a price ("Ngày 20/5 toàn huyện thu hoạch
# 12.000 ha lúa", "… có 3.000 thí sinh nộp hồ sơ", "… giá lúa 7.000 đồng/kg": g61b), found
# once the clause's days (`_DAYS`), a round's number and a place told ("tại 36 đơn vị thuộc 9
# tỉnh", zv-nghean24h-lich-thi-dgnl-v-act-2026) are taken out (lower case, with marks)
_DAYS = re.compile(r"\d{1,2}(?:\s*-\s*\d{1,2})?\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?")
_ROUND_NUMBER = re.compile(r"(?<!\w)(?:đợt|giai\s+đoạn|lần)\s+\d{1,2}(?!\w)")
_PLACE = re.compile(r"(?<!\w)tại\s.*")
# ... or a form's and the list item's ("3. Hạn nộp hồ sơ … (mẫu 1 và 2)", l-binh-duong-tb-143-
# hoi-thi-gvdg-2012)
_ITEM = re.compile(r"^\s*\d{1,2}[.)]\s")
_FORM = re.compile(r"\(mẫu[^()]*\)")
# a day at the clause's head ("ngày 10-15/12", "từ ngày 18-4 đến 25-4"), after which the
# clause's work must come first: "Ngày 2/12 Hội đồng họp quyết định ngày tổ chức thi" tells a
# meeting, "Ngày 10/5 có 3.000 thí sinh nộp hồ sơ" a count (g61b)
_HEAD_DAY = re.compile(
    r"[\s•*+.\d-]*(?:(?:ngày|từ|từ\s+ngày)\s+)?\d{1,2}(?:\s*-\s*\d{1,2})?\s*[/.-]\s*\d{1,2}"
    r"(?:\s*[/.-]\s*\d{2,4})?(?:\s*(?:-|đến)\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2})?,?\s+"
)


def told_plainly(said: str) -> bool:
    """Whether the clause `said` (lower case, with marks) holds no figure but its days, its
    round's number and its place's, and, when it opens with its day, names its work right
    after it (`STEP_WORK`, or a word of a due step: "ngày 5-10/12 làm đất xong")."""
    rest = _PLACE.sub("", _FORM.sub("", _ITEM.sub("", said)))
    if re.search(r"\d", _ROUND_NUMBER.sub("", _DAYS.sub("", rest))):
        return False
    head = _HEAD_DAY.match(said)
    return head is None or _WORK_FIRST.match(said, head.end()) is not None


# the works a clause may open with after its day: a calendar's, a schedule's (`schedules.
# _SCHEDULE_STEP`'s words) or a due step's ("hoàn thành", "kết thúc")
_WORK_FIRST = re.compile(
    STEP_WORK.pattern
    + r"|(?:khai\s+mạc|bế\s+mạc|khai\s+giảng|bế\s+giảng|tựu\s+trường|công\s+bố|đăng\s+ký"
    r"|nhận\s+đăng\s+ký|diễn\s+ra|nhận\s+hồ\s+sơ|hoàn\s+thành|kết\s+thúc|cấy|gieo)(?!\w)",
    re.IGNORECASE,
)
