"""A count guessed between two numbers in words: "ba bốn tháng" (three or four months),
"một hai ngày", "mười lăm hai mươi ngày" (fifteen to twenty days).

Vietnamese gives an estimate by naming two numbers in a row; no reader takes it for either
one. The grammar read the second ("Ba bốn tháng cuối năm 2027" as the year's last four
months, 01/09–31/12/2027, its "Ba" left as the step), and a spelt count read the larger
one. A run of number words before a unit of time that is no one number
(`numbers.printed_number`) is refused, with the way out.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.dates.grammar import Contradicted, Source
from kehoach.dates.numbers import DIGIT_WORD, printed_number

_RUN = re.compile(
    rf"(?i)(?<!\w)(?P<run>{DIGIT_WORD}(?:\s+{DIGIT_WORD}){{1,4}})\s+(?:ngày|tuần|tháng|năm|quý)(?!\w)"
)


# "tư" closing a noun, no four: "đầu tư" (investment), "vật tư" (materials): "Kế hoạch đầu tư
# ba năm 2026-2028", "báo cáo nhập - xuất - tồn nguyên liệu vật tư một quý một lần" (Thông
# tư 128/2013/TT-BTC, as aasc.com.vn quotes it; s-aasc of the corpus) hold no "tư ba", "tư một"
_NOUN_ENDING_IN_TU = re.compile(r"(?i)(?<!\w)(?:đầu|vật)\s+\Z")


def refuse_guessed_count(source: Source) -> None:
    """Refuse (`Contradicted`) a run of two or more number words before a unit of time
    ("ngày", "tuần", "tháng", "năm", "quý") that is no one number: an estimate. A "tư" that
    closes a noun (`_NOUN_ENDING_IN_TU`) is no number of the run."""
    for found in _RUN.finditer(source.text):
        words, start = found["run"].split(), found.start()
        if words[0].lower() == "tư" and _NOUN_ENDING_IN_TU.search(source.text, 0, start):
            if len(words) < 3:  # "đầu tư ba năm": one count
                continue
            words, start = words[1:], source.text.index(words[1], start + 2)
        if printed_number(" ".join(words)) is None:
            said = " ".join(source.text[start : found.end()].split())
            raise Contradicted(
                f"“{said}” nêu một con số ước chừng (hai số liền nhau, như “ba bốn tháng”: ba "
                "hay bốn), không phải một thời hạn; không đoán, hãy ghi last_day (và "
                "first_day) theo văn bản"
            )
