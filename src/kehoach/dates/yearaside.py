"""An event's year in parentheses after its name: "Tuần lễ Biển và Hải đảo Việt Nam lần thứ 8
(năm 2016) … sẽ diễn ra từ ngày 1-8/6" (Người Nam Định, 2016; v-nguoinamdinh-tuan-le-bien-
hai-dao-2016). The parentheses only set the year apart; the phrase says what it would say
with "năm 2016" written plainly after the name, and is read so by the engine, every rule and
refusal of a whole phrase applying (a year that disagrees with the day is refused there).

So too a listed place's day and its district in parentheses closing the item: "Trường trung
học phổ thông (THPT) Trị An (ngày 18-3, huyện Vĩnh Cửu)" (Báo Đồng Nai's list of the month's
blood drives, 2025; zs-baomoi-dong-nai-9-dot-hien-mau-thang-3-2025), read as "… Trị An ngày
18-3, huyện Vĩnh Cửu" is (`day_place_unbracketed`). A day without its month ("(ngày 19,
huyện Trảng Bom)") stays refused there, as it is written plainly.

Pure: no I/O.
"""

from __future__ import annotations

import re

# "(năm 2016)" right after a word of the event's name, before the phrase's first day or month
# number: a year after the day ("ngày 12/3 (2026)") is another shape, left to the grammar
_YEAR_ASIDE = re.compile(r"(?<=\w)\s*\(\s*(?P<year>năm\s+\d{4})\s*\)(?=\s+\D)")
_DAY = re.compile(r"\d{1,2}\s*[/.-]\s*\d")


def year_unbracketed(text: str) -> str | None:
    """`text` with its one event year in parentheses written plainly ("lần thứ 8 năm 2016");
    None when it has none, more than one, or a day before it (the year may be that day's)."""
    found = list(_YEAR_ASIDE.finditer(text))
    if len(found) != 1 or _DAY.search(text[: found[0].start()]):
        return None
    one = found[0]
    return f"{text[: one.start()]} {one['year']}{text[one.end() :]}"


# "(ngày 18-3, huyện Vĩnh Cửu)" closing the phrase: one day with its month (its year or not),
# then the administrative units it is in, each named with no number ("phường Tam Phước,
# thành phố Biên Hòa"); never a second day, a time or a count inside
_UNIT = r"(?:huyện|xã|phường|quận|thị\s+xã|thị\s+trấn|thành\s+phố|tỉnh|TP\.?)"
_DAY_PLACE_ASIDE = re.compile(
    r"(?<=\S)\s*\(\s*(?P<day>ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)"
    rf"(?P<place>(?:\s*,\s*{_UNIT}\s+[^\W\d_][^\d(),;:]*?)+)\s*\)[\s.;]*\Z"
)


# a condition before the item: whether it is held at all is not said ("nếu đủ điều kiện thì
# tổ chức tại … (ngày 18-3, huyện …)"), and the parentheses are not opened for it
_CONDITION = re.compile(r"(?i)(?<!\w)(?:nếu|trường\s+hợp|khi)(?!\w)")


def day_place_unbracketed(text: str) -> str | None:
    """`text` with its closing day and place in parentheses written plainly ("… Trị An ngày
    18-3, huyện Vĩnh Cửu"); None when it has none, another day stands before it, or a
    condition does (`_CONDITION`)."""
    found = _DAY_PLACE_ASIDE.search(text)
    if found is None or _DAY.search(text[: found.start()]):
        return None
    if _CONDITION.search(text[: found.start()]):
        return None
    return f"{text[: found.start()]} {found['day']}{found['place']}"
