"""An event's opening and closing told as one span by its length.

"đường hoa Nguyễn Huệ Tết Bính Ngọ 2026 kéo dài 8 ngày, khai mạc 19h ngày 15/2/2026 và bế
mạc vào 21h ngày 22/2" (Dân trí, 2025), "Thời gian phục vụ: 07 ngày, khai mạc lúc 17giờ 00
ngày 27 tháng 01 năm 2025 (…) và phục vụ đến 22 giờ 00 ngày 02 tháng 02 năm 2025" (KH
7100/KH-UBND of TP.HCM, Lễ hội Đường sách Tết 2025): the lead's ruling of session 34 — an
opening and a closing told in one phrase are two milestones, unless the phrase tells them as
one span, by a length that agrees with them counted inclusively: then one window, from the
opening to the closing (tests/corpus/README.md). A length that does not agree glosses
nothing, and the phrase is left to the other readings (or its refusal).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kehoach.base.text import fold
from kehoach.dates.grammar import Unreadable, show
from kehoach.dates.reading import Context, Deadline, DeadlineKind, Reader

# the length, its comma, then the opening: "kéo dài 8 ngày, khai mạc …" (folded)
_LENGTH_THEN_OPENING = re.compile(
    r"(?<![\d/.])(?P<count>\d{1,3})\s+ngay\s*,\s*(?=khai\s+mac\b)", re.ASCII
)
# ... or the length right after the opening's day: "Festival hoa Đà Lạt 2019 … dự kiến sẽ khai
# mạc ngày 20 tháng 12 năm 2019 trong vòng 5 ngày và kết thúc vào ngày 24 tháng 12 năm 2019"
# (Triphunter, 2019; zs-triphunter-festival-hoa-da-lat-2019-dien-ra-khi-nao): the same span,
# the length said between the two days; only before "và" and its closing (`_AND_CLOSING`)
_OPENING_THEN_LENGTH = re.compile(
    r"\bkhai\s+mac\b[^;()]*?\d(?P<length>\s+(?:trong\s+vong|keo\s+dai)\s+(?P<count>\d{1,3})"
    r"\s+ngay)(?=\s*,?\s+va\s)",
    re.ASCII,
)
# ... and the closing joined by "và": "và bế mạc …", "và kết thúc …", "và phục vụ đến …"
_AND_CLOSING = re.compile(
    r"\s*,?\s+va\s+(?=(?:du\s+kien\s+)?(?:be\s+mac|ket\s+thuc|(?:[a-z]+\s+){1,2}(?:den|toi))\b)",
    re.ASCII,
)


# ... or the opening, then how long the event lasts: "Giải đấu sẽ khai mạc vào lúc 15 h ngày
# 01/7/2024  kéo dài đến ngày 10/7/2024" (Hà Tĩnh, giải bóng đá thiếu niên 2024: r-hodo-
# hatinh-giai-bong-da-thieu-nien-2024): "kéo dài đến" (lasts until) tells the days as one span
_OPENING_LASTING = re.compile(
    r"\bkhai\s+mac\b[^;()]*?(?P<joint>\s*,?\s+(?:va\s+)?keo\s+dai\s+)"
    r"(?=(?:den|toi)\s+(?:het\s+)?ngay\s+\d[^;()]*\Z)",
    re.ASCII,
)


_A_YEAR = 366


def opening_lasting(text: str, context: Context, read: Reader) -> tuple[Deadline, ...] | None:
    """The one window of `text` from its opening to the day it lasts until
    (`_OPENING_LASTING`); None when the phrase is not so told, or the opening and the end
    are not one day each, in order. Raises `Unreadable` for a window over a year."""
    lasting = _OPENING_LASTING.search(fold(text).lower())
    if lasting is None:
        return None
    pair = _two_days(text[: lasting.start("joint")], text[lasting.end("joint") :], context, read)
    if pair is None:
        return None
    opening, closing = pair
    first, last = opening.last, closing.last
    assert first is not None and last is not None  # `_two_days` checked them
    # ... and no longer than a year: "khai mạc … ngày 01/7/2024 kéo dài đến ngày 10/7/2025" is
    # a year typed wrong more likely than a contest of a year and nine days (fresh39b); with
    # "và" before "kéo dài" it was read as two steps, the second a year late
    if (last - first).days > _A_YEAR:
        raise Unreadable(
            f"khai mạc {show(first)}, kéo dài đến {show(last)}: hơn một năm, có thể một năm "
            "viết nhầm; ghi first_day và last_day theo văn bản"
        )
    started = f"bắt đầu lúc {opening.time}" if opening.time else None
    return (
        replace(
            opening,
            phrase=text,
            kind=DeadlineKind.WINDOW,
            last=last,
            reading=f"khoảng {show(first)} – {show(last)} (từ khai mạc đến hết); tính trễ hạn "
            "từ ngày cuối",
            time=closing.time,
            gloss="; ".join(g for g in (started, opening.gloss, closing.gloss) if g) or None,
        ),
    )


def opening_to_closing(text: str, context: Context, read: Reader) -> tuple[Deadline, ...] | None:
    """The one window of `text` from its opening to its closing when the length before the
    opening agrees with them (see the module); None when the phrase is not so told. The
    opening reads with the words before it (the length blanked), the closing alone, its year
    if unsaid the opening's; each must be one day."""
    folded = fold(text).lower()
    said = _LENGTH_THEN_OPENING.search(folded)
    after = None if said else _OPENING_THEN_LENGTH.search(folded)
    if said is not None:
        (start, end), count = said.span(), int(said["count"])
    elif after is not None:
        (start, end), count = after.span("length"), int(after["count"])
    else:
        return None
    joints = [
        joint
        for joint in _AND_CLOSING.finditer(folded, end)
        if folded[: joint.start()].count("(") == folded[: joint.start()].count(")")
    ]
    if len(joints) != 1:
        return None
    try:
        (opening,) = read(text[:start] + text[end : joints[0].start()], context)
        if opening.kind is not DeadlineKind.DATE or opening.last is None:
            return None
        on = replace(context, issued=opening.last)  # a closing without its year: the opening's
        closing, spanned = _closing(text[joints[0].end() :], on, read)
        window = _agreed(text, opening, closing, count)
        if window is not None and spanned is not None:
            window = _glossed_span(window, spanned, context, read)
    except (Unreadable, ValueError):
        return None
    head = text[:start].strip()
    if said and window and window.label and window.label.startswith(head):  # the length back
        given = f"{text[:end].strip()} {window.label[len(head) :].strip()}"
        window = replace(window, label=given)
    return (window,) if window else None


# ... or the opening and the closing, then "liên tục" (without a break) of the sitting: "Kỳ
# họp thứ 10, Quốc hội khoá XV sẽ khai mạc ngày 20/10 và dự kiến bế mạc ngày 12/12, họp tập
# trung liên tục 1 đợt thay vì 2 đợt như các kỳ trước" (Znews, 2025; zc-znews-tong-bi-thu-
# tiep-xuc-cu-tri-ky-hop-10-2025), named by the lead's ruling of session 34 as one window. The
# clause after the comma holds no number but the rounds it counts ("1 đợt thay vì 2 đợt")
# and no word of time (`_TIME_IN_CLAUSE`)
_CONTINUOUS = re.compile(
    r"\s*,\s*(?P<said>(?:hop|dien\s+ra|to\s+chuc)\s+(?:tap\s+trung\s+)?lien\s+tuc\b[^;()]*?)"
    r"[\s.]*\Z",
    re.ASCII,
)
# ... the rounds it counts, and the sessions before it compared ("như các kỳ trước": as the
# sessions before did, no time of this one)
_ROUNDS_COUNTED = re.compile(
    r"(?<![\d/.,-])\d{1,2}\s+dot\b|\bnhu\s+(?:cac|nhung)\s+ky(?:\s+hop)?\s+truoc\b", re.ASCII
)
_TIME_IN_CLAUSE = re.compile(
    r"\b(?:ngay|thang|nam|quy|tuan|gio|den|toi|tu|truoc|sau|het|hoac)\b", re.ASCII
)


def opening_to_closing_continuous(
    text: str, context: Context, read: Reader
) -> tuple[Deadline, ...] | None:
    """The one window of `text` from its opening to its closing when a clause after them says
    the sitting runs without a break (`_CONTINUOUS`); None when the phrase is not so told, the
    clause holds another time, or the opening and the closing are not one day each, in order,
    within a year. The opening reads with the words before it, the closing alone, its year if
    unsaid the opening's."""
    folded = fold(text).lower()
    continuous = _continuous_clause(folded)
    if continuous is None:
        return None
    joints = list(_AND_CLOSING.finditer(folded, 0, continuous.start()))
    if len(joints) != 1 or not re.search(r"\bkhai\s+mac\b", folded[: joints[0].start()]):
        return None
    span = _two_days(
        text[: joints[0].start()], text[joints[0].end() : continuous.start()], context, read
    )
    if span is None:
        return None
    opening, closing = span
    first, last = opening.last, closing.last
    assert first is not None and last is not None  # `_two_days` checked them
    if (last - first).days > _A_YEAR:  # a year typed wrong, as in `opening_lasting`
        return None
    said = " ".join(text[continuous.start("said") : continuous.end("said")].split())
    window = replace(
        opening,
        phrase=text,
        kind=DeadlineKind.WINDOW,
        last=last,
        reading=f"khoảng {show(first)} – {show(last)} (từ khai mạc đến bế mạc, “{said}”); tính "
        "trễ hạn từ ngày cuối",
        time=closing.time,
    )
    return (window,)


def _continuous_clause(folded: str) -> re.Match[str] | None:
    """The clause "họp (tập trung) liên tục …" closing `folded` (`_CONTINUOUS`), when it holds
    no number but the rounds it counts and no word of time; None otherwise."""
    continuous = _CONTINUOUS.search(folded)
    if continuous is None:
        return None
    clause = _ROUNDS_COUNTED.sub(" ", continuous["said"])
    if any(char.isdigit() for char in clause) or _TIME_IN_CLAUSE.search(clause):
        return None
    return continuous


def _two_days(
    opening_said: str, closing_said: str, context: Context, read: Reader
) -> tuple[Deadline, Deadline] | None:
    """The opening and the closing read, each one day, the closing after the opening (its
    year, if unsaid, the opening's); None otherwise."""
    try:
        (opening,) = read(opening_said, context)
        if opening.kind is not DeadlineKind.DATE or opening.last is None:
            return None
        after = replace(context, issued=opening.last)
        (closing,) = read(closing_said, after)
    except (Unreadable, ValueError):
        return None
    first, last = opening.last, closing.last
    if closing.kind is not DeadlineKind.DATE or last is None or closing.first != last:
        return None
    if opening.first != first or not first < last:
        return None
    return opening, closing


def _glossed_span(
    window: Deadline, spanned: str, context: Context, read: Reader
) -> Deadline | None:
    """`window` with the parentheses `spanned` that gloss the whole span (a lunar span) as its
    gloss, when they say its days as the grammar reads them with it; None when they do not."""
    assert window.first is not None and window.last is not None
    said = f"từ ngày {show(window.first)} đến ngày {show(window.last)} {spanned}"
    (told,) = read(said, context)
    if (told.first, told.last) != (window.first, window.last) or not told.gloss:
        return None
    return replace(window, gloss="; ".join(g for g in (window.gloss, told.gloss) if g))


# the parentheses closing the phrase: "(từ 28 tháng Chạp năm Ất Tỵ đến hết mùng 6 Tết Bính Ngọ)"
_CLOSING_PARENTHESES = re.compile(r"\s*(\([^()]*\))[\s.]*\Z")


def _closing(said: str, context: Context, read: Reader) -> tuple[Deadline, str | None]:
    """The closing day read from `said`, and None; or, when `said` reads only without the
    parentheses that close it (a lunar gloss of the whole span, which no one day agrees
    with), the day read without them and those parentheses, for the caller to check
    against the span."""
    try:
        (closing,) = read(said, context)
        return closing, None
    except Unreadable:
        bracket = _CLOSING_PARENTHESES.search(said)
        if bracket is None:
            raise
    (closing,) = read(said[: bracket.start()], context)
    return closing, bracket[1]


def _agreed(text: str, opening: Deadline, closing: Deadline, count: int) -> Deadline | None:
    """The window opening … closing when both are one day each and `count` days hold them
    inclusively; None otherwise."""
    first, last = opening.last, closing.last
    if closing.kind is not DeadlineKind.DATE or first is None or last is None:
        return None
    if closing.first != last or opening.first != first or (last - first).days + 1 != count:
        return None
    started = f"bắt đầu lúc {opening.time}" if opening.time else None
    reading = (
        f"khoảng {show(first)} – {show(last)} (từ khai mạc đến kết thúc, {count} ngày như văn "
        "bản nêu); tính trễ hạn từ ngày cuối"
    )
    return replace(
        opening,
        phrase=text,
        kind=DeadlineKind.WINDOW,
        last=last,
        reading=reading,
        time=closing.time,
        gloss="; ".join(g for g in (started, opening.gloss, closing.gloss) if g) or None,
    )
