"""A step after Tết on its stated day: "bắt đầu đi học lại sau Tết vào ngày 2/3" (VietNamNet
on Quảng Ninh's Tết break, 2026), "học sinh đi học trở lại sau kỳ nghỉ Tết vào ngày 3/2".

"Sau Tết" names the step's occasion, and "vào ngày D" its day: D is read when it falls in
the weeks after Tết Nguyên đán, from mùng 4 (the three days of Tết, mùng 1–3, are Tết
itself) to the last day of tháng Giêng of D's lunar year. That bound holds every return
the schedules print: the state's Tết holiday is 5 days (Bộ luật Lao động 2019, Điều 112:
"01 ngày cuối năm và 04 ngày đầu năm âm lịch"), 9 with its weekends (2025: 25/1–2/2, to
mùng 5); pupils return from mùng 5 to mùng 14 (2026: most provinces 23/2, mùng 7; Quảng
Ninh last, 2/3, mùng 14; 2025: 3/2 to 10/2, mùng 6 to 13; Dân trí and Znews, 2026; PLO,
2025); universities within three to five weeks (Trường ĐH Luật TP.HCM 17/2/2025, mùng 20;
ĐH Công nghệ thông tin 8/3/2021, 25 tháng Giêng; Dân trí, Thời Mới). A day outside it is
not after Tết, or not soon after: "Buổi học đầu tiên sau Tết vào ngày 22/8/2016" names a
day half a year later (Báo Thừa Thiên Huế, 2016), and is refused with the lunar date that
says so. Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.dates.lunar import Unlunar, lunar_date, show_lunar

# "sau Tết", "sau Tết Nguyên đán (Bính Ngọ)", "sau kỳ nghỉ Tết", "sau nghỉ Tết", ending the
# label right before "vào ngày D"; never "sau Tết 10 ngày" (a count), "sau Tết Dương lịch"
# (the solar New Year), "sau ngày Tết" (after the day: a start)
AFTER_TET = re.compile(
    r"(?i)\bsau\s+(?:(?:kỳ\s+)?nghỉ\s+)?Tết(?:\s+Nguyên\s+đán)?"
    r"(?:\s+(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+[^\W\d_]+)?\s*\Z"
)
# ... and the "là" that says the day is the step's ("… sau Tết Nguyên đán Giáp Thìn là 19-2"),
# taken off the words before the day when the day is said so
IS_CLOSING = re.compile(r"(?i)\s+là\s*\Z")
# The same words as the label check sees them, the lunar year's name already taken out (it
# is checked against the day by `engine.lunar_names_agree`): spared only after `AFTER_TET`
# matched the words as printed
AFTER_TET_SPARED = r"\bsau(?:\s+(?:kỳ\s+)?nghỉ)?(?:\s+Tết(?:\s+Nguyên\s+đán)?)?\s*$"
FIRST_DAY_AFTER = 4  # mùng 4: the three days of Tết (mùng 1–3) are Tết itself
TET_MONTH = 1  # tháng Giêng


def after_tet_disagreement(day: date) -> str | None:
    """Why `day` is not a day soon after Tết (mùng 4 to the end of tháng Giêng of its lunar
    year), in Vietnamese, or None when it is one."""
    try:
        lunar = lunar_date(day)
    except Unlunar as error:
        return f"{error}: không biết ngày {day:%d/%m/%Y} có sau Tết hay không"
    if lunar.month == TET_MONTH and not lunar.leap and lunar.day >= FIRST_DAY_AFTER:
        return None
    return (
        f"ngày {day:%d/%m/%Y} là ngày {show_lunar(lunar)} âm lịch, không trong những tuần sau "
        "Tết (từ mùng 4 đến hết tháng Giêng): “sau Tết” và ngày ấy không đi với nhau, một "
        "trong hai viết nhầm hoặc là hai việc; ghi last_day theo văn bản"
    )
