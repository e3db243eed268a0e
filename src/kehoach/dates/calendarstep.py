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

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import nfc

# The works an exam's or a crop's calendar lists as its steps, printed with their marks (folded,
# "mạ" is "ma"): an exam held ("tổ chức thi", never "thi đua", an emulation drive, nor "thi
# hành", to enforce), results or scores published, land made ready, seed sown, the crop
# harvested ("cấy xong" is due by its "xong", `grammar.DUE_WORD`), a file handed in ("riêng
# hồ sơ giáo án … nộp cho Ban tổ chức vào ngày 16/3/2012", l-binh-duong-tb-143-hoi-thi-gvdg-
# 2012, after the schools' own "Hạn nộp hồ sơ … vào ngày 29/02/2012"), pupils back at school
# ("Các khối còn lại đến trường vào ngày 25/8, lễ khai giảng được tổ chức vào sáng 5/9 …",
# zw-vnexpress-hoc-sinh-tp-hcm-tuu-truong-2025: "tựu trường" in other words)
STEP_WORK = re.compile(
    r"(?<!\w)(?:tổ\s+chức\s+thi(?!\s+(?:đua|hành))|công\s+bố\s+(?:kết\s+quả|điểm)"
    r"|gieo\s+(?:mạ|sạ)|xuống\s+giống|đánh\s+đất|làm\s+đất|thu\s+hoạch|nộp|đến\s+trường)"
    r"(?!\w)",
    re.IGNORECASE,
)


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
    r"|trường\s+hợp|tùy|tuỳ|thu\s+hồi|có\s+(?:thể|lẽ)|chắc|khả\s+năng|h[yi]\s+vọng|mới)(?!\w)"
)
# ... or a step told with its result, a thing over: "công bố kết quả vào ngày 6-6 với 95%
# đỗ", "được 95%", "tỷ lệ đỗ", "đạt 90 điểm" (t4) -- a share, a pass or a fail told
_RESULT_TOLD = re.compile(
    r"%|(?<!\w)(?:phần\s+trăm|t[ỷỉ]\s+lệ|đỗ|đậu|trượt|rớt|đạt|được\s+\d)(?!\w)"
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
_JUDGED = re.compile(
    r"\([^()\d]*\)|(?<!\w)(?:sai|nhầm|thay\s+thế|hết\s+(?:hiệu\s+lực|hạn)|tham\s+khảo"
    r"|dự\s+thảo|tạm|chờ|giả\s+mạo|lỗi|trái\s+quy\s+định|đính\s+chính|chính\s+thức)(?!\w)"
)


def gives_up(clause: str) -> bool:
    """Whether `clause` (one step of a calendar's list, as printed) gives its work up, tells
    its result or a time gone by, or is judged or noted (`_GIVEN_UP`, `_RESULT_TOLD`,
    `_PAST_TOLD`, `_JUDGED`): then it is no step of the calendar, and the list is not read
    as its milestones."""
    said = " ".join(nfc(clause).lower().split())
    return any(rule.search(said) for rule in (_GIVEN_UP, _RESULT_TOLD, _PAST_TOLD, _JUDGED))
