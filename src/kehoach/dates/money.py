"""A sum of money voted or allotted for a year, told as a figure: never a time of work.

"Tổng số vốn năm 2023 được Quốc hội quyết nghị là 711.684,386 tỷ đồng, vốn NSTW là
368.403,344 tỷ đồng, …" (Bộ Tài chính, Công văn 14447/2023 on the disbursement of 2023's
public investment): the year names the budget the money belongs to; nothing is due in it
(convention 4 of tests/corpus/README.md: a figure over a period is no deadline). Read as the
year, it would put a false window of 2023 on the plan, so it is refused with its reason.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.dates.grammar import DUE_WORD, Contradicted

# the money ("vốn", "dự toán", "kế hoạch vốn", "ngân sách", "kinh phí") of a year, told as
# voted or allotted by another body ("được Quốc hội quyết nghị", "được giao", "được phân bổ"),
# then "là" (is) and an amount in đồng. A plan's own funds for its year, "Tổng nguồn vốn thực
# hiện Chương trình trong năm 2024 là hơn 430 tỷ đồng" (Quảng Bình, KH 535/2024), name the
# year of its work and stay read (`label._NAMED_NUMBER` spares the sum)
_MONEY_OF_A_YEAR = re.compile(
    r"^\W*(?:tong\s+)?(?:so\s+)?(?:von|du\s+toan|ke\s+hoach\s+von|ngan\s+sach|kinh\s+phi)\b"
    r"[a-z ]{0,40}?\bnam\s+(?P<year>\d{4})\s+duoc\s+(?:[a-z]+\s+){0,4}?"
    r"(?:quyet\s+nghi|thong\s+qua|giao|phan\s+bo|bo\s+tri|phe\s+duyet)\s+la\s+"
    r"\d{1,3}(?:\.\d{3})*(?:,\d+)?\s+(?:ty|trieu|nghin|ngan)\s+dong\b",
    re.ASCII,
)


def refuse_money_of_a_year(prepared: str) -> None:
    """Refuse a year's sum of money told as a figure (`_MONEY_OF_A_YEAR`), unless a word of
    a deadline ("trước", "chậm nhất", "hoàn thành" …) is in the phrase; no cut of the phrase
    may read its year with the words left as a step."""
    money = _MONEY_OF_A_YEAR.match(prepared)
    if money is None or DUE_WORD.search(prepared):
        return
    raise Contradicted(
        f"số tiền của năm {money['year']} là một con số (vốn, dự toán được giao), không phải "
        "thời hạn; ghi last_day theo hạn văn bản nêu"
    )
