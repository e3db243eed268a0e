"""Misreads found in the fifth breaker session (issue 11, §1: never a silent wrong date):
each phrase was read as a day, window or rule other than the one a careful reader writes
down, with exit 0 and no warning; each is refused now (or read right), and its neighbours
still read. The list, with the tool's old reading, is in the session's notes (Q1, Q2, …)."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, parse_deadline, parse_deadlines

PLAN = Context(issued=date(2027, 1, 15))


def _refused(phrase: str, context: Context = PLAN) -> str:
    with pytest.raises(DeadlineError) as caught:
        parse_deadlines(phrase, context)
    return caught.value.why


# Q1. "CN" is Chủ nhật in schedules; 15/3/2027 is a Monday. The weekday check refused the
# parentheses, then the words-after cut re-read the phrase with "(CN)" as its step.
@pytest.mark.parametrize(
    "phrase",
    [
        "ngày 15/3/2027 (CN)",
        "trước ngày 15/3/2027 (CN)",
        "ngày 15/3/2027 (C.N)",
        "ngày 15/3/2027, CN",
        "ngày 15/3/2027 - CN",
        "ngày 15/3/2027 (sáng CN)",
        "CN ngày 15/3/2027",
    ],
)
def test_sunday_abbreviated_beside_a_monday_is_refused(phrase: str) -> None:
    assert "Chủ nhật" in _refused(phrase)


def test_sunday_abbreviated_on_a_sunday_and_science_offices_still_read() -> None:
    assert parse_deadline("ngày 14/3/2027 (CN)", PLAN).last == date(2027, 3, 14)
    for office in ("Sở KH&CN", "Sở KHCN", "Sở KH&CN, Sở TT&TT"):
        one = parse_deadline(f"{office} trước ngày 15/3/2027", PLAN)
        assert (one.last, one.label) == (date(2027, 3, 15), office)


# Q2. Giao thừa is 0 giờ of Tết (6/2/2027), or the end of the old year's last day (5/2):
# "0 giờ ngày 5/2/2027" opens that last day, a full day before the eve.
@pytest.mark.parametrize(
    "phrase",
    [
        "0 giờ ngày 5/2/2027 (Giao thừa)",
        "0h ngày 5/2/2027 (Giao thừa)",
        "0 giờ 00 phút ngày 05/02/2027 (Đêm Giao thừa Tết Nguyên đán Đinh Mùi năm 2027)",
        "giao thừa lúc 0 giờ ngày 5/2/2027",
        "Lễ đón giao thừa vào 0 giờ ngày 5/2/2027",
    ],
)
def test_midnight_opening_the_last_day_is_not_the_new_years_eve(phrase: str) -> None:
    assert "06/02/2027" in _refused(phrase)


@pytest.mark.parametrize(
    ("phrase", "day", "time"),
    [
        ("0 giờ ngày 6/2/2027 (Giao thừa)", date(2027, 2, 6), "00:00"),
        ("23 giờ ngày 5/2/2027 (Giao thừa)", date(2027, 2, 5), "23:00"),
        ("Lễ đón giao thừa diễn ra từ 21h00 đến 23h00 ngày 05/02/2027", date(2027, 2, 5), "23:00"),
        ("bắn pháo hoa đêm giao thừa lúc 0 giờ ngày 6/2/2027", date(2027, 2, 6), "00:00"),
    ],
)
def test_the_eve_at_its_own_hours_reads(phrase: str, day: date, time: str) -> None:
    one = parse_deadline(phrase, PLAN)
    assert (one.last, one.time) == (day, time)


# Q3. A day without its year "according to" a document of another year is refused (P15);
# a second document cited after "và" or "," fell into the step of the words-after cut,
# where its year was never weighed: 15/12/2025 read, the 2024 plan's 15/12 as likely.
@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        (
            "hoàn thành trước ngày 15/12 theo Quyết định số 5/QĐ-UBND ngày 2/1/2025 và Kế "
            "hoạch số 12/KH-UBND ngày 3/12/2024",
            date(2025, 1, 5),
        ),
        (
            "hoàn thành trước ngày 30/6 theo Quyết định số 123/QĐ-UBND ngày 3/1/2027 và Kế "
            "hoạch số 12/KH-UBND ngày 3/2/2028",
            date(2027, 1, 15),
        ),
        (
            "hoàn thành trước ngày 30/6 theo Quyết định số 123/QĐ-UBND ngày 3/1/2027, Kế hoạch "
            "số 12/KH-UBND ngày 3/2/2028",
            date(2027, 1, 15),
        ),
    ],
)
def test_a_second_citation_of_another_year_is_weighed_too(phrase: str, issued: date) -> None:
    assert "văn bản ký năm" in _refused(phrase, Context(issued=issued))


def test_two_citations_of_the_plans_year_still_read() -> None:
    phrase = (
        "hoàn thành trước ngày 30/6 theo Quyết định số 123/QĐ-UBND ngày 3/1/2027 và Kế hoạch "
        "số 12/KH-UBND ngày 3/2/2027"
    )
    assert parse_deadline(phrase, PLAN).last == date(2027, 6, 30)


# Q4. An anniversary whose count contradicts its day (P16) was checked only for twelve
# occasions, and a dash in the name ("Thương binh - Liệt sĩ") hid one of them: the 46th
# Ngày Nhà giáo Việt Nam (kept since 20/11/1982) is 2028, read on 20/11/2027.
@pytest.mark.parametrize(
    "phrase",
    [
        "kỷ niệm 46 năm Ngày Nhà giáo Việt Nam vào ngày 20/11/2027",
        "kỷ niệm 96 năm Ngày Phụ nữ Việt Nam vào ngày 20/10/2027",
        "kỷ niệm 217 năm Ngày Quốc tế Phụ nữ vào ngày 8/3/2027",
        "kỷ niệm 136 năm ngày sinh Bác vào ngày 19/5/2027",
        "kỷ niệm 95 năm Ngày truyền thống Đoàn vào ngày 26/3/2027",
        "kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ vào ngày 27/7/2027",
        "kỷ niệm 71 năm Ngày Thầy thuốc Việt Nam vào ngày 27/2/2027",
    ],
)
def test_an_anniversary_of_more_occasions_contradicting_its_day_is_refused(phrase: str) -> None:
    assert "viết nhầm" in _refused(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "kỷ niệm 45 năm Ngày Nhà giáo Việt Nam vào ngày 20/11/2027",
        "kỷ niệm 97 năm Ngày Phụ nữ Việt Nam vào ngày 20/10/2027",
        "kỷ niệm 117 năm Ngày Quốc tế Phụ nữ vào ngày 8/3/2027",
        "kỷ niệm 137 năm ngày sinh Bác vào ngày 19/5/2027",
        "kỷ niệm 96 năm Ngày truyền thống Đoàn vào ngày 26/3/2027",
        "kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ vào ngày 27/7/2027",
        "kỷ niệm 72 năm Ngày Thầy thuốc Việt Nam vào ngày 27/2/2027",
        # a count of another thing before the occasion's name, after a comma
        "kỷ niệm 10 năm thành lập huyện, chào mừng Ngày Nhà giáo Việt Nam vào ngày 20/11/2027",
    ],
)
def test_an_anniversary_that_agrees_reads(phrase: str) -> None:
    assert parse_deadline(phrase, PLAN).kind.value == "date"


# Q6. "đầu", "giữa", "cuối" were matched folded: "dầu" (oil), "dâu", "dấu" (a seal),
# "cưới" (a wedding), "giũa" read as a part of the period: "giá dầu tháng 3/2027" (the oil
# price of March) as 01–10/03/2027, "mùa cưới năm 2027" as the last quarter.
@pytest.mark.parametrize(
    "phrase",
    [
        "giá dầu tháng 3/2027",
        "giá dầu năm 2027",
        "giá dầu quý I/2027",
        "mùa dâu năm 2027",
        "con dấu năm 2027",
        "mùa cưới năm 2027",
        "lễ cưới tháng 3/2027",
        "giũa tháng 3/2027",
    ],
)
def test_a_word_spelled_otherwise_is_no_part_of_the_period(phrase: str) -> None:
    assert "không phải “đầu”, “giữa” hay “cuối”" in _refused(phrase)


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("cuối năm 2027", date(2027, 10, 1), date(2027, 12, 31)),
        ("CUỐI NĂM 2027", date(2027, 10, 1), date(2027, 12, 31)),
        ("cuoi nam 2027", date(2027, 10, 1), date(2027, 12, 31)),  # typed bare
        ("đám cưới cuối năm 2027", date(2027, 10, 1), date(2027, 12, 31)),
        ("Đầu tháng 5/2027", date(2027, 5, 1), date(2027, 5, 10)),
        ("Khoảng giữa năm 2027", date(2027, 4, 1), date(2027, 9, 30)),
    ],
)
def test_the_parts_as_spelled_or_typed_bare_still_read(
    phrase: str, first: date, last: date
) -> None:
    one = parse_deadline(phrase, PLAN)
    assert (one.first, one.last) == (first, last)


# Q5. A day, a season or a school term named before a year was read as the whole year (due
# 31/12): "Quốc khánh năm 2027" is 02/09/2027, "Ngày Sách Việt Nam năm 2027" 21/04, "hoạt
# động hè năm 2027" the summer, "học kỳ I năm 2027" a term of a school year (which one?).
@pytest.mark.parametrize(
    "phrase",
    [
        "Quốc khánh năm 2027",
        "chào mừng Ngày Nhà giáo Việt Nam năm 2027",
        "kỷ niệm Ngày Nhà giáo Việt Nam năm 2027",
        "Ngày Sách Việt Nam năm 2027",
        "Ngày Pháp luật năm 2027",
        "Ngày hội Đại đoàn kết toàn dân tộc năm 2027",
        "Giỗ Tổ Hùng Vương năm 2027",
        "Lễ hội Đền Hùng năm 2027",
        "Trung thu năm 2027",
        "Phật đản năm 2027",
        "Giáng sinh năm 2027",
        "hè năm 2027",
        "hoạt động hè năm 2027",
        "vụ Xuân năm 2027",
        "học kỳ I năm 2027",
        "học kỳ II năm 2027",
        "HKII năm 2027",
    ],
)
def test_a_day_season_or_term_before_a_year_is_not_the_whole_year(phrase: str) -> None:
    assert "không phải cả năm" in _refused(phrase, Context(issued=date(2027, 1, 5)))


@pytest.mark.parametrize(
    "phrase",
    [
        "Hội Liên hiệp Phụ nữ Việt Nam năm 2027",  # a body, no day
        "Trường THPT Hùng Vương năm 2027",
        "chấp hành pháp luật năm 2027",
        "Hệ thống năm 2027",
        "Kế hoạch hoạt động năm 2027",
    ],
)
def test_names_of_bodies_and_ordinary_words_before_a_year_still_read(phrase: str) -> None:
    one = parse_deadline(phrase, Context(issued=date(2027, 1, 5)))
    assert (one.first, one.last) == (date(2027, 1, 1), date(2027, 12, 31))
