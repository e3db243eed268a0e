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


def refuse_beside_another(parts: list[Source], combined: list[Found]) -> None:
    """Refuse "đến tháng M/Y" (or a quarter) read beside another deadline of the phrase
    ("đến tháng 9/2025 và tháng 10/2025", "đến quý I/2026, quý II/2026"): whether "đến"
    bounds the second period too is not said; ruling 56(a) reads one period only."""
    if len(combined) < 2:
        return
    up_to = any(_up_to_a_month_or_quarter_said(one.reading) for one in combined)
    if up_to or any(_FROM_NOW_UP_TO.search(part.prepared) for part in parts):
        raise Decided(
            "“đến” một tháng hoặc một quý đứng cạnh một thời hạn khác: không rõ “đến” có "
            "tính cho kỳ sau không; ghi last_day (và first_day) cho từng thời hạn"
        )


# Where "đến tháng M/Y" is sure to close a task (the merge's two fresh testers, session 56,
# found the same words saying a start, a state or a lasting: "Đến tháng 9/2026 sẽ khởi công",
# "… thì triển khai", "… có hiệu lực", "… nghỉ hưu", "Đóng cửa đến tháng 9/2026", "Miễn đến
# …"): a word of completion right after the period ("đến tháng 3/2026 sẽ hoàn tất …"), or,
# after "từ nay" (a span from the issue day to be used up) or a word of completion before
# ("hoàn thành đến tháng 9/2026"), nothing after the period but a clause of completion after
# a comma ("…, phải xử lý dứt điểm …"); or the period alone; never "mới", "thì", "bắt đầu"
# after it (not until)
_UP_TO = re.compile(
    r"(?<![a-z])(?P<now>tu\s+nay\s+)?den\s+(?:thang|quy)\s[^,;]*?\d{4}(?!\d)", re.ASCII
)
_COMPLETED = re.compile(
    r"(?<![a-z])(?:hoan\s+thanh|hoan\s+tat|xong|dut\s+diem|ket\s+thuc)(?![a-z])", re.ASCII
)
_DONE_AFTER = re.compile(r"\s*,?\s*(?:(?:se|phai)\s+)?" + _COMPLETED.pattern, re.ASCII)
_AFTER_DONE = re.compile(r"\W*\Z|\s*[,;]\s*(?:phai\s+)?[^;]*?" + _COMPLETED.pattern, re.ASCII)
_NOT_UNTIL = re.compile(r"(?<![a-z])(?:moi|thi|bat\s+dau|khoi\s+cong)(?![a-z])", re.ASCII)
# a range the period ends ("từ tháng 6 đến tháng 8-2020", "tháng 6 đến tháng 8-2020")
_A_START = re.compile(
    r"(?<![a-z])tu\s+(?:thang|quy|ngay|nam|\d)|(?:thang|quy)\s+[\divx]+\s*\Z", re.ASCII
)


def refuse_up_to_unsure(text: str, found: tuple[Deadline, ...]) -> None:
    """Refuse "đến tháng M/Y" read through its last day (ruling 56(a)), or "từ nay đến
    tháng M/Y" read from the issue day, or "đến tháng M/Y" read as a start, unless the
    phrase says a task closing by then (`_UP_TO`, `_COMPLETED`): the same words say a start
    ("Đến tháng 9/2026 sẽ khởi công"), a state or a lasting ("Đóng cửa đến tháng 9/2026")
    as often."""
    folded = fold(text).lower()
    up_to = _UP_TO.search(folded)
    said = any(_up_to_a_month_or_quarter_said(one.reading) for one in found)
    started = any(one.last is None and one.earliest is not None for one in found)
    shaped = up_to is not None and (
        up_to["now"] is not None or (started and not _A_START.search(folded[: up_to.start()]))
    )
    if not (said or shaped) or (up_to is not None and _closes_a_task(folded, up_to)):
        return
    raise Decided(
        "“đến tháng …”, “đến quý …” không có “hết”: chỉ đọc là hạn cuối kỳ khi câu nói việc "
        "phải xong trước khi hết kỳ (“hoàn thành đến …”, “từ nay đến …”); ở đây có thể là mốc "
        "bắt đầu hay thời gian kéo dài; ghi “đến hết …” hoặc last_day theo văn bản"
    )


def _closes_a_task(folded: str, up_to: re.Match[str]) -> bool:
    """Whether the words around "đến <period>" (`up_to`) say a task done by its end."""
    before, after = folded[: up_to.start()], folded[up_to.end() :]
    if _NOT_UNTIL.search(after):
        return False
    if _DONE_AFTER.match(after):
        return True
    # ... or the phrase is the period alone, as a deadline cell prints it ("Đến tháng 9/2026")
    bare = not before.strip(" -–+*.:") and not after.strip(" .;")
    opened = up_to["now"] is not None or _COMPLETED.search(before) is not None
    return bare or (opened and _AFTER_DONE.match(after) is not None)


def _up_to_a_month_or_quarter_said(reading: str) -> bool:
    """Whether `reading` is of "đến tháng …"/"đến quý …" read whole (`through_the_period`)."""
    return f"{_WHOLE} tháng" in reading or f"{_WHOLE} quý" in reading
