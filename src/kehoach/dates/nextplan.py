"""Next year's plan or estimate, due on a day of this year: "Xây dựng kế hoạch năm tới trước
ngày 15/11", "Lập dự toán năm sau trước ngày 20/7".

The work is to draw up the plan (the estimate) FOR next year, and it is due on the day written
as it next comes after the issue day (in the issue year, or the year after when that day is
already past), as a day said "tới" is (`later._coming`). The Luật Ngân sách nhà nước 2015
(Điều 44 ff.) sets such days: an estimate for the next year is prepared in the current one.
Only the work of drawing up (`_DRAWN_UP`: "xây dựng", "lập", "trình") a plan or an estimate
(`_PLAN`) right before "năm sau"/"năm tới", the day closing the phrase: "Tổ chức hội nghị năm
sau trước ngày 15/11" does the work itself next year, "Năm sau, hoàn thành trước …" opens with
the year; both stay refused (which year is the day's?). Without an issue day, or in a standing
rule (each year's: the clerk writes "hằng năm"), left to the rules as before (refused).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.dates.grammar import Source, Unreadable, real_day, show
from kehoach.dates.reading import Context

# "Xây dựng kế hoạch năm tới trước ngày 15/11", "Lập dự toán ngân sách năm sau chậm nhất ngày
# 20/7", folded. The words between the plan and "năm sau" name it ("kế hoạch kiểm toán"), never
# a second work joined ("và tổ chức …", a comma) nor a number (a year, a count)
_DRAWN_UP = r"(?:xay\s+dung|lap|trinh|xay\s+dung\s+va\s+trinh|lap\s+va\s+trinh)"
_PLAN = r"(?:ke\s+hoach|du\s+toan)"
_NEXT_YEARS_PLAN = re.compile(
    rf"{_DRAWN_UP}\s+{_PLAN}(?P<named>(?:\s+[a-z]+){{0,6}}?)\s+(?P<word>nam\s+(?:sau|toi))\s+"
    r"(?:truoc|cham\s+nhat(?:\s+(?:la|vao))?|han\s+chot(?:\s+la)?)\s+(?:ngay\s+)?"
    r"(?P<day>\d{1,2})\s*(?P<mark>[/.-])\s*(?P<month>\d{1,2})(?!\s*(?P=mark)?\s*\d)[ .;]*\Z",
    re.ASCII,
)
# the words that join a second work, whose doing may be next year's
_JOINED = re.compile(r"\b(?:va|roi|dong\s+thoi|de|sau\s+do|to\s+chuc|thuc\s+hien)\b", re.ASCII)


def next_years_plan(source: Source, context: Context) -> tuple[Source, int, str] | None:
    """The phrase with "năm sau"/"năm tới" blanked, the year its day takes and why, for the
    work of drawing up next year's plan (`_NEXT_YEARS_PLAN`) in a plan with an issue day;
    None for any other phrase."""
    text = source.prepared
    lead = len(text) - len(text.lstrip())
    said = _NEXT_YEARS_PLAN.fullmatch(text, lead, len(text.rstrip()))
    if said is None or context.issued is None or context.standing:
        return None
    if _JOINED.search(said["named"]):
        return None
    issued, month, day = context.issued, int(said["month"]), int(said["day"])
    if (month, day) == (issued.month, issued.day):
        raise Unreadable(
            f"hạn ngày {day}/{month} viết trong chính ngày đó ({show(issued)}): hôm nay hay "
            "năm sau? ghi rõ năm, hoặc ghi last_day"
        )
    year = issued.year if (month, day) > (issued.month, issued.day) else issued.year + 1
    real_day(year, month, day)  # "30/2": refused as any day that does not exist
    word = said.span("word")
    words = source.said(*word)
    why = (
        f"việc lập cho “{words}” đến hạn vào ngày {day}/{month} gần nhất sau ngày ban hành "
        f"{show(issued)}"
    )
    return source.blank(*word), year, why
