"""A calendar's step named by its work, and its day printed right after the work's words.

"Đợt 1: đăng ký từ 24/1 đến 23/2, công bố kết quả 17/4" (24h on the 2026 aptitude tests,
za-24h-lich-thi-dgnl-2026), "Vụ Mùa trung: gieo mạ 20/6 -25/6; cấy xong trước 20/7" (Báo
Lạng Sơn on the 2021 summer crop, zv-baolangson-ke-hoach-vu-he-thu-vu-mua-2021), "ngày 5
-10/12 đánh đất, ngày 10 - 15/12 xuống giống" (HTX Hòa Tiến 1's winter-spring calendar,
zu-htxhoatien1-lich-thoi-vu-dong-xuan-2017-2018), "Đợt 2 nhận đăng ký từ ngày 18-4 đến 25-4,
tổ chức thi ngày 24-5 … và công bố kết quả vào ngày 6-6" (zv-nghean24h-lich-thi-dgnl-v-act-
2026): an exam's or a crop's calendar lists its steps, each its work and its day, the lead's
convention 1 (an event told with its day). `schedules.steps_joined` reads such a list as
several milestones; this module names the works that count as a step there (`STEP_WORK`)
and, inside such a list only, gives a step whose day follows its work with no connector
("công bố kết quả 17/4", "gieo mạ 20/6 -25/6") the connector it leaves out (`with_connector`):
"vào" before one day, "từ" before a span. The clause so written is read by the engine's full
reader, every guard of a single phrase applying to it ("hủy công bố kết quả 17/4", "năm ngoái
công bố kết quả 17/4" stay refused, and so does the list).

Alone, "công bố kết quả 17/4" stays refused (a bare number after a noun may be anything);
only a clause of a list whose other steps read is given its connector, and only when the day
(or span) closes the clause right after the work's words.

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
# the same works and a schedule's own, right before a day (or a span of days) that closes the
# clause with no connector: "công bố kết quả 17/4", "gieo mạ 20/6 -25/6"
_DAY = r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?"
_BARE_DAY = re.compile(
    r"(?<!\w)(?:tổ\s+chức\s+thi|công\s+bố\s+(?:kết\s+quả|điểm(?:\s+chuẩn)?)|gieo\s+(?:mạ|sạ)"
    r"|xuống\s+giống|đánh\s+đất|làm\s+đất|thu\s+hoạch|đăng\s+ký|khai\s+giảng|tựu\s+trường)"
    rf"\s+(?P<day>{_DAY})(?P<span>\s*[-–]\s*{_DAY})?\s*[.]?\s*\Z",
    re.IGNORECASE,
)


def with_connector(clause: str) -> str | None:
    """`clause` (printed) with "vào" before its day, or "từ" before its span, when a step's
    work stands right before the day that closes it (`_BARE_DAY`); None otherwise."""
    text = nfc(clause)
    bare = _BARE_DAY.search(text)
    if bare is None:
        return None
    word = "từ" if bare["span"] else "vào"
    return f"{text[: bare.start('day')]}{word} {text[bare.start('day') :]}"
