"""Next year's plan or estimate, due on a day of this year: "Xây dựng kế hoạch năm tới trước
ngày 15/11", "Lập dự toán năm sau trước ngày 20/7".

The work is to draw up the plan (the estimate) FOR next year, and it is due on the day written
in the issue year, after the issue day. When that day is already past in the issue year, the
phrase is refused (session 63's second pass): this year's plan was due before the text was
issued, and the year after is inside the year planned for ("… năm sau trước ngày 28/2" of
1/3/2026 is no day of 2027). The Luật Ngân sách nhà nước 2015
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
# 20/7", folded. The words between the plan and "năm sau" may only name it, from a short list
# (`_NAMED`): any other word may move the year or the work ("Lập kế hoạch vào năm sau …", "…
# lùi sang năm sau …", "… hai năm tới …", "… cuối năm sau …": the plan is done in, or moved
# to, or spans, another year), so a list of names stays safe where a list of unsafe words
# would grow with every tester (session 63's second pass)
_DRAWN_UP = r"(?:xay\s+dung|lap|trinh|xay\s+dung\s+va\s+trinh|lap\s+va\s+trinh)"
_PLAN = r"(?:ke\s+hoach|du\s+toan)"
_NAMED = (
    r"(?:\s+(?:kiem\s+toan|thanh\s+tra|dau\s+tu\s+cong|phat\s+trien\s+kinh\s+te\s*-?\s*xa\s+hoi"
    r"|ngan\s+sach(?:\s+nha\s+nuoc)?|thu\s+chi(?:\s+ngan\s+sach)?))?"
)
_NEXT_YEARS_PLAN = re.compile(
    rf"{_DRAWN_UP}\s+{_PLAN}{_NAMED}\s+(?P<word>nam\s+(?:sau|toi))\s+"
    r"(?:truoc|cham\s+nhat(?:\s+(?:la|vao))?|han\s+chot(?:\s+la)?)\s+(?:ngay\s+)?"
    r"(?P<day>\d{1,2})\s*(?P<mark>[/.-])\s*(?P<month>\d{1,2})(?!\s*(?P=mark)?\s*\d)[ .;]*\Z",
    re.ASCII,
)


def next_years_plan(source: Source, context: Context) -> tuple[Source, int, str] | None:
    """The phrase with "năm sau"/"năm tới" blanked, the year its day takes and why, for the
    work of drawing up next year's plan (`_NEXT_YEARS_PLAN`) in a plan with an issue day;
    None for any other phrase; refused when the day is not after the issue day."""
    text = source.prepared
    lead = len(text) - len(text.lstrip())
    said = _NEXT_YEARS_PLAN.fullmatch(text, lead, len(text.rstrip()))
    if said is None or context.issued is None or context.standing:
        return None
    issued, month, day = context.issued, int(said["month"]), int(said["day"])
    if (month, day) == (issued.month, issued.day):
        raise Unreadable(
            f"hạn ngày {day}/{month} viết trong chính ngày đó ({show(issued)}): hôm nay hay "
            "năm sau? ghi rõ năm, hoặc ghi last_day"
        )
    if (month, day) < (issued.month, issued.day):  # "… năm tới trước ngày 15/11" of 1/12/2026
        raise Unreadable(
            f"hạn ngày {day}/{month} đã qua trong năm ban hành ({show(issued)}): kế hoạch cho "
            "năm sau phải lập trong năm nay, nên không rõ hạn thuộc năm nào; ghi rõ năm, hoặc "
            "ghi last_day"
        )
    year = issued.year
    real_day(year, month, day)  # "30/2": refused as any day that does not exist
    word = said.span("word")
    words = source.said(*word)
    why = (
        f"việc lập cho “{words}” đến hạn vào ngày {day}/{month} của năm ban hành, sau ngày "
        f"{show(issued)}"
    )
    return source.blank(*word), year, why
