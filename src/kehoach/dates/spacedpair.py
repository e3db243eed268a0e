"""Two days printed side by side with nothing but a blank between them, the second the day
after the first: "V/v tổ chức trực và báo cáo tình hình trong dịp nghỉ Lễ 30/4 01/5" (the
subject line of Công văn 2748/VPCP-TH of Văn phòng Chính phủ, 23/4/2021, whose title says
"trong dịp nghỉ Lễ 30/4 và 01/5"), "28/09/2023 29/09/2023" (a language centre's exam calendar
under "Ngày thi", flic.edu.vn 2023).

With no joiner the pair may be a list of two days or the two ends of a span (a table's "từ
ngày" and "đến ngày" columns run together): two days in a row are the same days either way,
the window of both (as `lists` reads "các ngày 11/10 và ngày 12/10"). Days further apart stay
refused: "27/6/2020 17/10/2020" (two rounds' exam days) and "01/10/2023 15/10/2023" (a span?)
cannot be told apart, and the tool does not choose.

Only a pair that is the whole phrase (a table's cell, read as a cell of one day is) or that
follows "Lễ" (a holiday named by its day, "Lễ 30/4", "Lễ 2/9"): after any other word the numbers
may be what the word numbers ("các lớp 10/1 11/1", two classes; "phòng 10/1 11/1", two rooms),
and the grammar refuses a day right after a noun with no word of time between. Only days
written with "/" (a dot or a dash may be a decimal, a range or a count), each year either on
both days, on the second only, or on neither; only one such pair in the phrase. The pair is
read as "từ D1 đến hết D2" by the grammar, which resolves the years; the reading is kept only
when it is one window of exactly two days in a row.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import nfc

_DAY = r"\d{1,2}\s*/\s*\d{1,2}"
_YEAR = r"\s*/\s*\d{4}"
# never inside another number or date ("1/2/3", "30/4/1975"), nor next to a word ("V/v 30/4"
# keeps its blank before the day): a blank, a mark or the phrase's end around the pair
_PAIR = re.compile(
    rf"(?<![\w/.,-])(?P<one>{_DAY}(?P<year_one>{_YEAR})?)[ \t]+"
    rf"(?P<two>{_DAY}(?P<year_two>{_YEAR})?)(?![\w/.,-])"
)
TWO_DAYS_IN_A_ROW = 1  # days between the two days read
# what may stand before the pair: nothing (a cell), or the word "Lễ" closing the words before
_BEFORE_THE_PAIR = re.compile(r"(?i)(?:\A|(?<!\w)lễ)\s*\Z")


def span_of_spaced_pair(text: str) -> str | None:
    """`text` with its one pair of days side by side written as the span "từ D1 đến hết D2"
    (see the module); None when it holds no such pair, more than one, a year on the first
    day only ("30/4/2021 01/5": which year the second is in is not said), or a pair after
    another word than "Lễ"."""
    shown = nfc(text)
    found = list(_PAIR.finditer(shown))
    if len(found) != 1:
        return None
    pair = found[0]
    if pair["year_one"] and not pair["year_two"]:
        return None
    if not _BEFORE_THE_PAIR.search(shown, 0, pair.start()):
        return None  # "các lớp 10/1 11/1": what the word before numbers
    span = f"từ {pair['one']} đến hết {pair['two']}"
    return shown[: pair.start()] + span + shown[pair.end() :]
