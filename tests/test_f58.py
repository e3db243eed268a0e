"""Words after the deadline (helper f58): the forms read and the guards kept beside them.

The family "sau ngày tháng còn chữ không hiểu: …" (79 corpus phrases refused on main) is a long
tail: each sub-form holds one or two phrases. Two forms are read, narrowly, and two main
misreads found among their neighbours are fixed; every other neighbour is refused or read as
before (issue 11 §1: never a silent wrong date).

1. A margin against the recent years after the day read: "Kỳ thi tốt nghiệp THPT 2026 dự kiến
   diễn ra trong hai ngày 11-12/6, sớm khoảng hai tuần so với những năm gần đây."
   (tests/corpus/zw-vnexpress-hoc-sinh-tp-hcm-tuu-truong-2025.yaml): the days printed are the
   new, earlier ones; "so với những năm gần đây", "so với các năm trước (đây)" name no time of
   their own (as "so với năm ngoái" already did, `asides._COMPARED`).
2. The words naming what such a margin compares with hold no clause: "…, sớm hơn 2 tuần so
   với năm ngoái nhưng đã bị hủy" was read due on 11/6 on main, the call-off taken for the
   name of the year compared (`asides._CLAUSE_IN_NAME`).
3. The other days left to be announced, after days written: "… từ 10 giờ ngày 21/8 đến 5 giờ
   ngày 22/8/2025 (các ngày khác Cục Cảnh sát giao thông sẽ tiếp tục thông tin đến người dân)"
   (tests/corpus/zv-vietnamplus-phan-luong-giao-thong-80-nam-quoc-khanh-2025.yaml).
4. A known occasion named between "ngày" and its own day, no parentheses: "… bắt đầu từ ngày
   Quốc tế thiếu nhi 1/6" (the phrase of tests/corpus/zb-baothaibinh-chien-dich-vitamin-a-2023
   .yaml, cut before its words after) was read due on 1/6 on main, the name joining the label
   and swallowing its "từ": a start read as a deadline. It reads as "từ ngày 1/6" now, as
   "(1/6)" after the name did; with "hằng năm" after it, refused as "từ ngày 1/6 hằng năm" is.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines

# --- 1, 2: a margin against the recent years ------------------------------------------------

EXAM = "Kỳ thi diễn ra ngày 11/6/2026"


def test_corpus_phrase_margin_against_recent_years_reads_its_window() -> None:
    phrase = (
        "Kỳ thi tốt nghiệp THPT 2026 dự kiến diễn ra trong hai ngày 11-12/6, sớm khoảng hai "
        "tuần so với những năm gần đây."
    )
    assert read_days(phrase, "2025-08-12") == (DeadlineKind.WINDOW, "2026-06-11", "2026-06-12")


@pytest.mark.parametrize(
    "margin",
    [
        "sớm hơn 2 tuần so với các năm trước",
        "muộn hơn một tuần so với các năm trước đây",
        "sớm khoảng hai tuần so với những năm gần đây",
        "sớm hơn 2 tuần so với năm ngoái",  # as on main
    ],
)
def test_margin_against_past_years_keeps_the_day(margin: str) -> None:
    assert read_days(f"{EXAM}, {margin}", "2025-08-12") == (
        DeadlineKind.DATE,
        "2026-06-11",
        "2026-06-11",
    )


@pytest.mark.parametrize(
    "after",
    [
        # called off, paused, repealed, no longer in force
        "sớm hơn 2 tuần so với những năm gần đây nhưng đã bị hủy",
        "sớm hơn 2 tuần so với những năm gần đây, bị hủy",
        "sớm hơn 2 tuần so với các năm trước, tạm dừng",
        "sớm hơn 2 tuần so với những năm gần đây, bãi bỏ",
        "sớm hơn 2 tuần so với những năm gần đây, hết hiệu lực",
        "sớm hơn 2 tuần so với các năm trước, không tổ chức",
        # hedged, a condition, an alternative, moved
        "sớm hơn 2 tuần so với các năm trước, dự kiến",
        "sớm hơn 2 tuần so với những năm gần đây, nếu đủ điều kiện",
        "sớm hơn 2 tuần so với các năm trước hoặc muộn hơn",
        "sớm hơn 2 tuần so với những năm gần đây và lùi sang tháng 7",
        # compared with a time of its own: a year, a day
        "sớm hơn 2 tuần so với năm 2025",
        "sớm hơn 2 tuần so với ngày 25/6",
        # this year said apart, told done
        "năm nay sớm hơn 2 tuần so với các năm trước",
        "sớm hơn 2 tuần so với những năm gần đây rồi",
        # main misread these: the words after the year's name swallowed as that name
        "sớm hơn 2 tuần so với năm ngoái nhưng đã bị hủy",
        "sớm hơn 2 tuần so với năm ngoái bị hoãn",
        "sớm hơn 2 tuần so với thông lệ nhưng đã tạm dừng",
        "sớm hơn 2 tuần so với ngày khai giảng đã bị hủy",
    ],
)
def test_margin_with_more_words_is_refused(after: str) -> None:
    refused(f"{EXAM}, {after}", ctx("2025-08-12"))


def test_margin_against_custom_of_past_elections_still_reads() -> None:
    phrase = (
        "Bầu cử vào Chủ nhật, ngày 15/3/2026 - sớm hơn 2 tháng so với thông lệ các kỳ bầu cử "
        "trước đó"
    )
    assert read_days(phrase, "2025-08-12") == (DeadlineKind.DATE, "2026-03-15", "2026-03-15")


def test_margin_after_a_past_year_s_day_is_not_read_as_due() -> None:
    refused(
        "Kỳ thi năm 2025 diễn ra ngày 25/6/2025, muộn hơn 2 tuần so với các năm trước",
        ctx("2025-08-12"),
    )


# --- 3: other days to be announced ----------------------------------------------------------

TRAFFIC = "Phân luồng giao thông từ ngày 21/8 đến ngày 22/8/2025"


def test_corpus_phrase_other_days_to_come_reads_its_window() -> None:
    phrase = (
        "Để đảm bảo trật tự, an toàn giao thông phục vụ Lễ kỷ niệm 80 năm Quốc khánh, Cục Cảnh "
        "sát giao thông thông báo phân luồng giao thông tạm thời từ 10 giờ ngày 21/8 đến 5 giờ "
        "ngày 22/8/2025 (các ngày khác Cục Cảnh sát giao thông sẽ tiếp tục thông tin đến người "
        "dân)"
    )
    assert read_days(phrase, "2025-08-20") == (DeadlineKind.WINDOW, "2025-08-21", "2025-08-22")


@pytest.mark.parametrize(
    "note",
    [
        "(các ngày khác sẽ thông báo sau)",
        "(các ngày khác Sở Giao thông vận tải sẽ thông báo sau)",
        "(các ngày còn lại Ban tổ chức sẽ tiếp tục thông báo đến người dân)",
        "(những ngày tiếp theo UBND thành phố sẽ công bố sau)",
    ],
)
def test_other_days_to_come_keep_the_window(note: str) -> None:
    assert read_days(f"{TRAFFIC} {note}", "2025-08-20") == (
        DeadlineKind.WINDOW,
        "2025-08-21",
        "2025-08-22",
    )


def test_other_days_to_come_after_one_day_keep_it() -> None:
    phrase = "Phân luồng giao thông ngày 21/8/2025 (các ngày khác sẽ thông báo sau)"
    assert read_days(phrase, "2025-08-20") == (DeadlineKind.DATE, "2025-08-21", "2025-08-21")


@pytest.mark.parametrize(
    "phrase",
    [
        f"{TRAFFIC} (các ngày khác Ban tổ chức đã hủy và sẽ thông báo sau)",
        f"{TRAFFIC} (các ngày khác Cục Cảnh sát giao thông bị hoãn sẽ thông báo sau)",
        f"{TRAFFIC} (các ngày khác Cục tạm dừng, sẽ thông báo sau)",
        f"{TRAFFIC} (các ngày khác Sở không tổ chức, sẽ thông báo sau)",
        f"{TRAFFIC} (các ngày khác dự kiến sẽ thông báo sau)",
        f"{TRAFFIC} (các ngày khác có thể thay đổi)",
        f"{TRAFFIC} (các ngày khác sẽ hoãn)",
        f"{TRAFFIC} (các ngày khác sẽ thông báo sau nếu cần)",
        f"{TRAFFIC} (các ngày khác sẽ thông báo lại)",
        f"{TRAFFIC} (các ngày khác sẽ thông báo sau), tạm dừng",
        f"{TRAFFIC} (các ngày khác sẽ thông báo sau) - hủy",
        f"{TRAFFIC} (các ngày khác sẽ thông báo sau) nhưng đã bị hủy",
        f"{TRAFFIC} (các ngày khác sẽ thông báo sau, có thể lùi)",
        f"{TRAFFIC} (lịch có thể lùi, các ngày khác sẽ thông báo sau)",
        f"{TRAFFIC} (các ngày 23/8 và 24/8 sẽ thông báo sau)",
        f"{TRAFFIC} (các ngày khác sẽ thông tin đến người dân sau khi có quyết định hoãn)",
        # after a month, "the other days" may be days inside it
        "Phân luồng giao thông tháng 8/2025 (các ngày khác sẽ thông báo sau)",
    ],
)
def test_other_days_note_with_more_words_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-08-20"))


# --- 4: a known occasion named before its own day ------------------------------------------

MAY_2023 = ctx("2023-05-20")


@pytest.mark.parametrize(
    "phrase",
    [
        "Chiến dịch bắt đầu từ ngày Quốc tế thiếu nhi 1/6",
        "Chiến dịch bắt đầu ngày Quốc tế thiếu nhi 1/6",
        "Chiến dịch kéo dài từ ngày Quốc tế thiếu nhi 1/6",
        "Tổ chức từ ngày Quốc tế thiếu nhi 1/6",
        "Chiến dịch kể từ ngày Quốc tế thiếu nhi 1/6",
        "Chiến dịch bắt đầu từ ngày Quốc tế thiếu nhi 1/6/2023",
    ],
)
def test_from_an_occasion_s_day_is_a_start_not_a_deadline(phrase: str) -> None:
    reading = one(phrase, MAY_2023)
    assert (reading.earliest, reading.first, reading.last) == (date(2023, 6, 1), None, None)


def test_corpus_head_with_its_year_apart_is_refused_as_its_bare_day_twin() -> None:
    # main read it due on 1/6/2023; "… bắt đầu từ ngày 1/6" with "Năm 2023," apart is refused
    # for the year said in another clause, and so is it now (no wrong kind either way)
    for day in ("ngày Quốc tế thiếu nhi 1/6", "ngày 1/6"):
        refused(
            "Năm 2023, Bộ Y tế tổ chức Chiến dịch bổ sung vitamin A đợt 1 cho trẻ em bắt đầu từ "
            + day,
            MAY_2023,
        )


def test_from_an_occasion_s_day_reads_as_with_parentheses() -> None:
    bare = one("Chiến dịch bắt đầu từ ngày Thương binh liệt sĩ 27/7", MAY_2023)
    bracketed = one("Chiến dịch bắt đầu từ ngày Thương binh liệt sĩ (27/7)", MAY_2023)
    assert (bare.earliest, bare.last) == (bracketed.earliest, bracketed.last)
    assert bare.earliest == date(2023, 7, 27)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Tổ chức vào Ngày Quốc tế thiếu nhi 1/6", date(2023, 6, 1)),
        ("Chiến dịch kéo dài đến ngày Quốc khánh 2/9", date(2023, 9, 2)),
        ("Chiến dịch kết thúc vào ngày Quốc tế thiếu nhi 1/6", date(2023, 6, 1)),
    ],
)
def test_on_or_until_an_occasion_s_day_stays_due_that_day(phrase: str, day: date) -> None:
    reading = one(phrase, MAY_2023)
    assert (reading.kind, reading.first, reading.last) == (DeadlineKind.DATE, day, day)


@pytest.mark.parametrize(
    "phrase",
    [
        # the day is not the occasion's: one of the two is mistyped
        "Chiến dịch bắt đầu từ ngày Quốc tế thiếu nhi 2/6",
        "Chiến dịch bắt đầu từ ngày Thầy thuốc Việt Nam 1/6",
        # a name no list knows
        "Chiến dịch bắt đầu từ ngày hội thiếu nhi 1/6",
        # after it, a start; called off, put off, paused; told done, not yet, negated
        "Chiến dịch diễn ra sau ngày Quốc tế thiếu nhi 1/6",
        "Chiến dịch bắt đầu từ ngày Quốc tế thiếu nhi 1/6 đã bị hủy",
        "Chiến dịch bắt đầu từ ngày Quốc tế thiếu nhi 1/6 bị hoãn",
        "Chiến dịch bắt đầu từ ngày Quốc tế thiếu nhi 1/6, tạm dừng",
        "Chiến dịch đã bắt đầu từ ngày Quốc tế thiếu nhi 1/6",
        "Chiến dịch chưa bắt đầu từ ngày Quốc tế thiếu nhi 1/6",
        "Chiến dịch không tổ chức từ ngày Quốc tế thiếu nhi 1/6",
        # another calendar, an alternative
        "Chiến dịch bắt đầu từ ngày Quốc tế thiếu nhi 1/6 âm lịch",
        "Chiến dịch bắt đầu từ ngày Quốc tế thiếu nhi 1/6 hoặc ngày Quốc tế thiếu nhi",
        # a start each year: no deadline (main read it due on 1/6 each year)
        "Chiến dịch bắt đầu từ ngày Quốc tế thiếu nhi 1/6 hằng năm",
    ],
)
def test_occasion_s_day_neighbours_are_refused(phrase: str) -> None:
    refused(phrase, MAY_2023)


@pytest.mark.parametrize(
    "phrase",
    [
        "Chiến dịch bắt đầu từ ngày Quốc tế thiếu nhi 1/6",
        "Tổ chức từ ngày Quốc tế thiếu nhi 1/6",
        "Chiến dịch bắt đầu từ ngày Quốc tế thiếu nhi 1/6 hằng năm",
    ],
)
def test_no_reading_of_a_start_is_due_on_the_occasion(phrase: str) -> None:
    try:
        readings = parse_deadlines(phrase, MAY_2023)
    except DeadlineError:  # a refusal is what this guard allows
        return
    assert all(reading.last is None for reading in readings)
