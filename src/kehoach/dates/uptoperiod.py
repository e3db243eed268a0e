"""A month or a quarter closing a task after "đến": "đến tháng 9/2023", "đến quý I/2026".

Ruling 56(a) (issue 11, session 56): "đến tháng M/Y" and "đến quý N/Y" without "hết",
closing a task, are due on the period's last day, as issue 11 §2 rules "Đến năm 2035" is the
end of 2035 (tests/corpus/README.md, "rulings"): "từ nay đến tháng 9.2022" (Báo Quảng Nam on
the youth union's congress, c-baoquangnam-dai-hoi-doan-tinh-2022), "có thể thả giống đến
tháng 10 năm 2023" (Sở Nông nghiệp Quảng Nam's shrimp calendar, o-quang-nam-snn-khung-lich-
tom-2023). The grammar takes the form (`grammar.PERIOD_RULE`, `to_end`) only with its year
written and one period; `periods._to_end` reads it, its reading saying the period is counted
whole (`through_the_period`). Here, the check of the parts read together: such a period
beside another deadline ("đến tháng 9/2025 và tháng 10/2025": up to both? the second a
window of its own?) is refused, never read as two.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold
from kehoach.dates.found import Decided, Found
from kehoach.dates.grammar import Source, Span
from kehoach.dates.reading import Deadline

# the words of the reading that say the period is counted whole ("Đến năm 2035" as well)
_WHOLE = "trong văn bản hành chính là đến hết"


def through_the_period(span: Span) -> str:
    """Why "đến <span>" is read through the period's last day (ruling 56(a), issue 11 §2)."""
    return f"“đến {span.words}” {_WHOLE} {span.words}"


# "từ nay đến tháng 9/2025" (no "hết"): read as a window from the issue day, whose reading
# is the same as "từ nay đến hết tháng 9/2025"'s; told apart by its words
_FROM_NOW_UP_TO = re.compile(r"(?<![a-z])tu\s+nay\s+den\s+(?:thang|quy)\s", re.ASCII)


def _up_to_a_month_or_quarter(one: Found) -> bool:
    """Whether `one` is "đến tháng …"/"đến quý …" read whole (`through_the_period`)."""
    return _up_to_a_month_or_quarter_said(one.reading)


def refuse_beside_another(parts: list[Source], combined: list[Found]) -> None:
    """Refuse "đến tháng M/Y" (or a quarter) read beside another deadline of the phrase
    ("đến tháng 9/2025 và tháng 10/2025", "đến quý I/2026, quý II/2026"): whether "đến"
    bounds the second period too is not said; ruling 56(a) reads one period only."""
    if len(combined) < 2:
        return
    up_to = any(_up_to_a_month_or_quarter(one) for one in combined)
    if up_to or any(_FROM_NOW_UP_TO.search(part.prepared) for part in parts):
        raise Decided(
            "“đến” một tháng hoặc một quý đứng cạnh một thời hạn khác: không rõ “đến” có "
            "tính cho kỳ sau không; ghi last_day (và first_day) cho từng thời hạn"
        )


# "Đến tháng 9/2026 mới bắt đầu thi công" (not until: a start), "… bắt đầu thu phí": the
# period then "mới" or a verb of starting (the merge's fresh tester, session 56); the grammar
# refuses the words joined (`grammar._TO_PERIOD_OF_A_YEAR`), this the phrase cut after its year
_NOT_UNTIL = re.compile(
    r"(?<![a-z])(?:den|toi)\s+(?:thang|quy)\s[^,;]*?\d{4}\s*,?\s*"
    r"(?:moi|bat\s+dau|khoi\s+cong|trien\s+khai)(?![a-z])",
    re.ASCII,
)


def refuse_not_until(text: str, found: tuple[Deadline, ...]) -> None:
    """Refuse "đến tháng M/Y" read through its last day (ruling 56(a)) when the words after
    the period say a start ("… mới triển khai": not until then)."""
    if any(_up_to_a_month_or_quarter_said(one.reading) for one in found) and _NOT_UNTIL.search(
        fold(text).lower()
    ):
        raise Decided(
            "“đến … mới …”, “đến … bắt đầu …” nói việc chỉ bắt đầu từ kỳ đó, không phải hạn "
            "cuối; ghi first_day (và last_day) theo văn bản"
        )


def _up_to_a_month_or_quarter_said(reading: str) -> bool:
    return f"{_WHOLE} tháng" in reading or f"{_WHOLE} quý" in reading
