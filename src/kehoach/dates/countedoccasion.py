"""An anniversary counted, then its occasion's name and the occasion's own day with no word
between: "kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3" (Hội Liên hiệp Phụ nữ tỉnh Gia Lai's
activities of 2026, as Báo Gia Lai prints them; zc-baogialai-hoi-lhpn-tinh-hoat-dong-2026).

The press writes an occasion with its day right after its name ("Quốc khánh 2-9", "Ngày
Quốc tế Phụ nữ 8-3"). Said alone after "kỷ niệm N năm", the phrase names the day the
anniversary is kept, as "kỷ niệm 116 năm Ngày Quốc tế Phụ nữ vào ngày 8/3" already reads;
the count names its year (1910 + 116 = 2026), which `occasions.anniversary_agrees` checks
against the year read. So it is read as that phrase is, only when:

- the name is exactly a known occasion whose founding year is known (`occasions.
  founded_days`: the count is checked; an occasion with no known first year is not read),
  and the day printed is that occasion's own (8-3 for the Women's Day: another day is a typo
  in one of the two);
- the count and the name close the phrase, and the words before "kỷ niệm" are few, hold no
  number, and no word of time, bound, condition, denial or a thing told done
  (`_NOT_ALONE`): "đã tổ chức kỷ niệm …" is a record, "trước kỷ niệm …" a bound.

Beside another time the occasion's day is only its name (`commemorated`), never read here.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kehoach.base.text import fold, nfc
from kehoach.dates.occasions import anniversary_agrees, founded_days
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Reader

# cheap, as printed: `engine.parse` asks every phrase
HINT = re.compile(r"kỷ\s+niệm", re.IGNORECASE)
# folded: [a few words] kỷ niệm N năm [Ngày] <name> D-M (also D/M, D.M)
_FORM = re.compile(
    r"\W*(?P<lead>(?:[a-z]+\s+){0,6}?)ky\s+niem\s+(?P<n>\d{1,3})\s+nam\s+"
    r"(?:ngay\s+)?(?P<name>[a-z]+(?:\s+[a-z]+){0,7}?)\s*"
    r"(?P<day>(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2}))\s*[.;]?\s*",
    re.ASCII,
)
# words before "kỷ niệm" that make it no day of the anniversary's own: a bound or a time
# ("trước", "đến", "hướng tới", "sau", "trong", "dịp"), a thing told done ("đã", "vừa"), a
# condition or a denial ("nếu", "khi", "không", "chưa"), a cadence ("hằng năm"),
_NOT_ALONE = re.compile(
    r"(?<![a-z])(?:truoc|sau|den|toi|tu|trong|dip|han|het|cham|muon|da|vua|neu|khi|hop"
    r"|khong|chua|hang|moi|dinh|ngay|thang|nam|quy|tuan"
    # ... or a report of it, due after the day ("Báo cáo kết quả tổ chức kỷ niệm …", "Tổng
    # kết …": the merge's fresh tester, session 56)
    r"|bao\s+cao|ket\s+qua|tong\s+ket|so\s+ket|danh\s+gia|rut\s+kinh)(?![a-z])",
    re.ASCII,
)


def read_counted_occasion(text: str, context: Context, read: Reader) -> tuple[Deadline, ...] | None:
    """The day of the anniversary `text` names (see the module), read by `read` as "… <name>
    ngày D/M" and checked against its count; None when `text` is not that form alone. A
    reading refused for its count or its year is refused for that reason."""
    said = nfc(text)
    form = _FORM.fullmatch(fold(said))  # fold keeps one character for one: the offsets hold
    if form is None or _NOT_ALONE.search(form["lead"]):
        return None
    day, month = int(form["d"]), int(form["m"])
    name = " ".join(form["name"].split())
    if (name, (day, month)) not in founded_days():
        return None
    spelled = f"{said[: form.start('day')].rstrip()} ngày {day}/{month}{said[form.end('day') :]}"
    found = read(spelled, context)
    one = found[0] if len(found) == 1 else None
    if one is None or one.kind is not DeadlineKind.DATE or one.first != one.last:
        return None
    if one.last is None or (one.last.day, one.last.month) != (day, month):
        return None
    anniversary_agrees(fold(spelled), [one.last])  # raises for a count of another year
    return tuple(replace(one, phrase=text) for one in found)  # the phrase as printed
