"""The Vietnamese deadline language: seed phrases, everyday forms, refusals, properties."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach.base.text import fold
from kehoach.dates.deadline import (
    Context,
    Deadline,
    DeadlineError,
    DeadlineKind,
    Frequency,
    Recurrence,
    parse_deadline,
    parse_deadlines,
)

DATE, WINDOW = DeadlineKind.DATE, DeadlineKind.WINDOW
RECURRING, ONGOING = DeadlineKind.RECURRING, DeadlineKind.ONGOING
RELATIVE, UNKNOWN = DeadlineKind.RELATIVE, DeadlineKind.UNKNOWN
YEARLY, QUARTERLY, MONTHLY = Frequency.YEARLY, Frequency.QUARTERLY, Frequency.MONTHLY

PLAN_2022 = Context(issued=date(2022, 3, 1))  # every table phrase is read in this plan
NO_CONTEXT = Context()


NO_DAYS: tuple[date | None, date | None] = (None, None)


def case(
    phrase: str,
    kind: DeadlineKind,
    days: tuple[date | None, date | None] = NO_DAYS,
    label: str | None = None,
    recurrence: Recurrence | None = None,
) -> object:
    """One row: the phrase and everything it must read to (first, last day inclusive)."""
    return pytest.param(phrase, (kind, *days, label, recurrence), id=fold(phrase))


def on(day: int, month: int, year: int) -> tuple[date, date]:
    return date(year, month, day), date(year, month, day)


def span(first: tuple[int, int, int], last: tuple[int, int, int]) -> tuple[date, date]:
    return date(first[2], first[1], first[0]), date(last[2], last[1], last[0])


SEED_PHRASES: list[object] = [
    case("Trước ngày 23/6/2022", DATE, on(23, 6, 2022)),
    case("Trước 10/8/2022", DATE, on(10, 8, 2022)),
    case("trước ngày trước ngày 29/4/2022", DATE, on(29, 4, 2022)),
    case("Trước ngày 15/01/2023", DATE, on(15, 1, 2023)),
    case("Tham mưu UBND tỉnh trước ngày 05/7/2022", DATE, on(5, 7, 2022), "Tham mưu UBND tỉnh"),
    case(
        "Tham mưu Ban cán sự đảng UBND tỉnh gửi Tổ biên tập trước ngày 15/7/2022",
        DATE,
        on(15, 7, 2022),
        "Tham mưu Ban cán sự đảng UBND tỉnh gửi Tổ biên tập",
    ),
    case("Tháng 6,7,8/2022", WINDOW, span((1, 6, 2022), (31, 8, 2022))),
    case("Tháng tháng 7, 8/2022", WINDOW, span((1, 7, 2022), (31, 8, 2022))),
    case("Trong tháng 10, 11/2022", WINDOW, span((1, 10, 2022), (30, 11, 2022))),
    case("Tháng 10/2022", WINDOW, span((1, 10, 2022), (31, 10, 2022))),
    case("Trước ngày 08/4/2022", DATE, on(8, 4, 2022)),
    case("trước ngày **15/4/2022**", DATE, on(15, 4, 2022)),
]

EVERYDAY_PHRASES: list[object] = [
    case("Trước ngày 15/12", DATE, on(15, 12, 2022)),
    case("Quý III/2026", WINDOW, span((1, 7, 2026), (30, 9, 2026))),
    case("quý 3 năm 2026", WINDOW, span((1, 7, 2026), (30, 9, 2026))),
    case("Quý I năm 2027", WINDOW, span((1, 1, 2027), (31, 3, 2027))),
    case("quý IV/2026", WINDOW, span((1, 10, 2026), (31, 12, 2026))),
    case("Quý I, II/2026", WINDOW, span((1, 1, 2026), (30, 6, 2026))),
    case("6 tháng đầu năm 2026", WINDOW, span((1, 1, 2026), (30, 6, 2026))),
    case("6 tháng cuối năm 2026", WINDOW, span((1, 7, 2026), (31, 12, 2026))),
    case("cuối năm 2026", WINDOW, span((1, 10, 2026), (31, 12, 2026))),
    case("đầu năm 2026", WINDOW, span((1, 1, 2026), (31, 3, 2026))),
    case("giữa năm 2026", WINDOW, span((1, 4, 2026), (30, 9, 2026))),
    case("đến cuối năm 2026", DATE, on(31, 12, 2026)),
    case("Năm 2027", WINDOW, span((1, 1, 2027), (31, 12, 2027))),
    case("trong năm 2027", WINDOW, span((1, 1, 2027), (31, 12, 2027))),
    case("2026-2030", WINDOW, span((1, 1, 2026), (31, 12, 2030))),
    case("2026 - 2030", WINDOW, span((1, 1, 2026), (31, 12, 2030))),
    case("Giai đoạn 2026 - 2030", WINDOW, span((1, 1, 2026), (31, 12, 2030))),
    case("giai đoạn 2026-2030", WINDOW, span((1, 1, 2026), (31, 12, 2030))),
    case("Thường xuyên", ONGOING),
    case("thuong xuyen", ONGOING),
    case("Liên tục", ONGOING),
    case("Thường xuyên, liên tục", ONGOING),
    case("Thực hiện thường xuyên", ONGOING),
    case("Hằng năm", RECURRING, recurrence=Recurrence(YEARLY)),
    case("Hàng năm", RECURRING, recurrence=Recurrence(YEARLY)),
    case("Định kỳ hằng quý", RECURRING, recurrence=Recurrence(QUARTERLY)),
    case("hằng quý", RECURRING, recurrence=Recurrence(QUARTERLY)),
    case("hằng tháng", RECURRING, recurrence=Recurrence(MONTHLY)),
    case("Trước ngày 15/12 hằng năm", RECURRING, recurrence=Recurrence(YEARLY, 12, 15)),
    case("Hằng năm, trước ngày 15/12", RECURRING, recurrence=Recurrence(YEARLY, 12, 15)),
    case("Tháng 12 hằng năm", RECURRING, recurrence=Recurrence(YEARLY, 12)),
    case("Quý IV hằng năm", RECURRING, recurrence=Recurrence(YEARLY, 12)),
    case("trước ngày 20 hằng tháng", RECURRING, recurrence=Recurrence(MONTHLY, day=20)),
    case(
        "Báo cáo định kỳ hằng quý",
        RECURRING,
        label="Báo cáo",
        recurrence=Recurrence(QUARTERLY),
    ),
    case("Không nêu thời hạn", UNKNOWN),
    case("Không có thời hạn", UNKNOWN),
    case("Chưa xác định thời hạn", UNKNOWN),
    case("chưa xác định", UNKNOWN),
    case("Sau 15 ngày kể từ ngày ...", RELATIVE),
    case("trong vòng 30 ngày kể từ khi có quyết định", RELATIVE),
    case("hoàn thành trước ngày 12/11/2024", DATE, on(12, 11, 2024)),
    case("Thời hạn hoàn thành: trước ngày 15/12/2022", DATE, on(15, 12, 2022)),
    case(
        "Tham mưu UBND tỉnh, hoàn thành trước ngày 05/7/2022",
        DATE,
        on(5, 7, 2022),
        "Tham mưu UBND tỉnh",
    ),
    case("Tham mưu UBND tỉnh ngày 05/7/2022", DATE, on(5, 7, 2022), "Tham mưu UBND tỉnh"),
    case("**Tham mưu UBND tỉnh** trước ngày 05/7/2022", DATE, on(5, 7, 2022), "Tham mưu UBND tỉnh"),
    case(
        "Tổ chức thực hiện trong năm 2027",
        WINDOW,
        span((1, 1, 2027), (31, 12, 2027)),
        "Tổ chức thực hiện",
    ),
    case("chậm nhất là ngày 15 tháng 9 năm 2025", DATE, on(15, 9, 2025)),
    case("chậm nhất 15/9/2025", DATE, on(15, 9, 2025)),
    case("trước ngày 31.8.2025", DATE, on(31, 8, 2025)),
    case("31-8-2025", DATE, on(31, 8, 2025)),
    case("2026-03-15", DATE, on(15, 3, 2026)),
    case("từ ngày 01/3/2026 đến hết ngày 30/4/2026", WINDOW, span((1, 3, 2026), (30, 4, 2026))),
    case("từ 01/3/2026 đến 30/4/2026", WINDOW, span((1, 3, 2026), (30, 4, 2026))),
    case("từ 01/3 đến 30/4/2026", WINDOW, span((1, 3, 2026), (30, 4, 2026))),
    case("từ tháng 6 đến tháng 8/2022", WINDOW, span((1, 6, 2022), (31, 8, 2022))),
    case("ngày 12/11/2024", DATE, on(12, 11, 2024)),
    case("12/11/2024", DATE, on(12, 11, 2024)),
    case("Trong tháng 10/2022", WINDOW, span((1, 10, 2022), (31, 10, 2022))),
    case("Tháng 6-8/2022", WINDOW, span((1, 6, 2022), (31, 8, 2022))),
    case("đến hết ngày 30/4/2026", DATE, on(30, 4, 2026)),
    case("đến hết tháng 6/2026", DATE, on(30, 6, 2026)),
    case("từ nay đến hết năm 2026", WINDOW, span((1, 3, 2022), (31, 12, 2026))),
    case("trước tháng 6/2026", DATE, on(31, 5, 2026)),
    case("trước quý III/2026", DATE, on(30, 6, 2026)),
    case("trước năm 2027", DATE, on(31, 12, 2026)),
    case("trong tháng 6/2026", WINDOW, span((1, 6, 2026), (30, 6, 2026))),
    case("- Trước ngày 23/6/2022.", DATE, on(23, 6, 2022)),
    case("Trước  ngày   23 / 6 / 2022", DATE, on(23, 6, 2022)),
    case("TRƯỚC NGÀY 23/6/2022", DATE, on(23, 6, 2022)),
]


@pytest.mark.parametrize(("phrase", "expected"), SEED_PHRASES + EVERYDAY_PHRASES)
def test_reads(phrase: str, expected: tuple[object, ...]) -> None:
    got = parse_deadline(phrase, PLAN_2022)
    assert got.phrase == phrase
    assert (got.kind, got.first, got.last, got.label, got.recurrence) == expected
    assert got.reading
    assert "\n" not in got.reading


@pytest.mark.parametrize(
    ("phrase", "reading"),
    [
        ("Trước ngày 23/6/2022", "hạn cuối 23/06/2022 (tính cả ngày 23/06/2022)"),
        (
            "Tháng 6,7,8/2022",
            "khoảng 01/06/2022 – 31/08/2022 (tháng 6, 7, 8/2022); tính trễ hạn từ ngày cuối",
        ),
        ("Trước ngày 15/12 hằng năm", "hằng năm, hạn ngày 15/12"),
        ("Tháng 12 hằng năm", "hằng năm, hạn ngày cuối tháng 12"),
        ("Thường xuyên", "thường xuyên, không có ngày cố định"),
        (
            "cuối năm 2026",
            "khoảng 01/10/2026 – 31/12/2026 (cuối năm 2026); tính trễ hạn từ ngày cuối",
        ),
        (
            "đến cuối năm 2026",
            "hạn cuối 31/12/2026 (“cuối năm 2026” hiểu là ngày cuối cùng của năm 2026)",
        ),
        (
            "trước tháng 6/2026",
            "hạn cuối 31/05/2026 (trước tháng 6/2026, tức trước ngày 01/06/2026)",
        ),
        (
            "Trước ngày 15/12",
            "hạn cuối 15/12/2022 (tính cả ngày 15/12/2022); "
            "năm 2022 lấy theo năm ban hành kế hoạch",
        ),
        ("Sau 15 ngày kể từ ngày ký", "15 ngày kể từ ngày ký; không có ngày cố định"),
        (
            "trong vòng 30 ngày làm việc kể từ khi có **quyết định**",
            "30 ngày làm việc kể từ khi có quyết định; không có ngày cố định",
        ),
        ("Không nêu thời hạn", "văn bản nêu rõ không có thời hạn"),
    ],
)
def test_reading_explains(phrase: str, reading: str) -> None:
    assert parse_deadline(phrase, PLAN_2022).reading == reading


REFUSED = [
    # not deadlines
    ("theo quy định hiện hành", "không nhận ra thời hạn"),
    ("khi có yêu cầu", "không nhận ra thời hạn"),
    ("kịp thời", "không nhận ra thời hạn"),
    ("", "trống"),
    ("   ", "trống"),
    ("sớm", "không nhận ra thời hạn"),
    ("đầu năm 2026 - 2030", "đầu"),
    ("khoảng tháng 6/2026", "ước lượng"),
    ("Năm", "không ghi năm nào"),
    ("2027", "không nhận ra thời hạn"),
    ("1-6", "không nhận ra thời hạn"),
    ("trong 6 tháng", "không nhận ra thời hạn"),  # a length; "định kỳ 6 tháng" is a cadence
    ("Tham mưu " * 60 + "trước ngày 23/6/2022", "dài quá 500 ký tự"),
    # numbers that only look like dates
    ("Quyết định số 42/2014/QĐ-TTg", "số hiệu văn bản"),
    ("Nghị quyết 26-NQ/TW", "số hiệu văn bản"),
    ("Công văn 15/12/UBND", "số hiệu văn bản"),
    ("số 348/KH-UBND", "số hiệu văn bản"),
    ("Quyết định số 42/2014/QĐ-TTg ngày 15/12/2014", "số hiệu văn bản"),
    ("trước ngày 31/6/2022", "31/06/2022 không phải ngày có thật"),
    ("29/2/2023", "không phải ngày có thật"),
    ("32/1/2022", "không phải ngày có thật"),
    ("tháng 13/2022", "không có tháng 13"),
    ("Quý V/2026", "không có quý V"),
    ("2030-2026", "năm kết thúc 2026 trước năm bắt đầu 2030"),
    ("Năm 1899", "ngoài khoảng"),
    ("Năm 2201", "ngoài khoảng"),
    ("15-12/2022", "lẫn hai kiểu dấu"),
    ("Tháng 8, 6/2022", "tăng dần"),
    ("từ 01/5/2026 đến 30/4/2026", "sau ngày kết thúc"),
    # words the grammar does not understand around the date
    ("trước ngày 23/6/2022 nếu có thể", "“nếu có thể”"),
    ("trước ngày 15/12/2022 (dự kiến)", "“(dự kiến)”"),
    ("Tham mưu UBND tỉnh 05/7/2022", "thiếu từ nối"),
    ("Sau ngày 15/3/2026", "sau"),
    ("từ ngày 15/3/2026", "thiếu mốc kết thúc"),
    ("đến tháng 6", "đến hết"),  # no year ("đến tháng 6/2026" reads since ruling 56(a))
    ("Thường xuyên, trước ngày 15/12/2022", "cụm từ nêu 2 thời hạn"),
    ("Tháng 6, 8/2022", "cụm từ nêu 2 thời hạn"),
    # recurring deadlines that do not fit their frequency
    ("hằng quý, trước ngày 15", "hằng quý"),
    ("trước ngày 15 hằng năm", "cần cả ngày và tháng"),
    ("tháng 12 hằng tháng", "chỉ cần ngày trong tháng"),
    ("trước ngày 32 hằng tháng", "không có ngày 32"),
    ("trước ngày 30/2 hằng năm", "không phải ngày có thật"),
]


@pytest.mark.parametrize(("phrase", "why"), REFUSED, ids=[fold(p) or "empty" for p, _ in REFUSED])
def test_refuses(phrase: str, why: str) -> None:
    with pytest.raises(DeadlineError) as caught:
        parse_deadline(phrase, PLAN_2022)
    assert caught.value.phrase == phrase
    assert why in caught.value.why
    assert repr(phrase[:300])[:-1] in str(caught.value)  # a long phrase is quoted by its start


def test_up_to_a_month_with_its_year_is_its_last_day() -> None:
    # was refused in `REFUSED` ("đến hết"); ruling 56(a) of issue 11 reads it as "Đến năm 2035"
    assert parse_deadline("đến tháng 6/2026", PLAN_2022).last == date(2026, 6, 30)


def test_year_from_the_plan_needs_a_plan_date() -> None:
    with pytest.raises(DeadlineError) as caught:
        parse_deadline("Trước ngày 15/12")
    assert caught.value.why == "thời hạn không ghi năm và kế hoạch không có ngày ban hành"


def test_year_from_the_plan_refuses_a_day_already_past() -> None:
    with pytest.raises(DeadlineError, match="đã qua khi kế hoạch ban hành"):
        parse_deadline("Trước ngày 15/1", PLAN_2022)


def test_every_refusal_is_explained_in_vietnamese() -> None:
    for phrase, _ in REFUSED:
        with pytest.raises(DeadlineError) as caught:
            parse_deadline(phrase, PLAN_2022)
        assert any(ord(char) > 127 for char in caught.value.why), phrase


STRICT = Context(issued=date(2022, 3, 1), strict_before=True)


@pytest.mark.parametrize(
    ("phrase", "inclusive", "strict"),
    [
        ("Trước ngày 23/6/2022", date(2022, 6, 23), date(2022, 6, 22)),
        ("trước 01/3/2024", date(2024, 3, 1), date(2024, 2, 29)),
        ("chậm nhất là ngày 15 tháng 9 năm 2025", date(2025, 9, 15), date(2025, 9, 15)),
        ("đến hết ngày 30/4/2026", date(2026, 4, 30), date(2026, 4, 30)),
        ("ngày 12/11/2024", date(2024, 11, 12), date(2024, 11, 12)),
        ("trước tháng 6/2026", date(2026, 5, 31), date(2026, 5, 31)),
    ],
)
def test_strict_before_moves_only_truoc_ngay(phrase: str, inclusive: date, strict: date) -> None:
    assert parse_deadline(phrase, PLAN_2022).last == inclusive
    got = parse_deadline(phrase, STRICT)
    assert (got.first, got.last) == (strict, strict)


@pytest.mark.parametrize(
    ("phrase", "recurrence"),
    [
        ("Trước ngày 15/12 hằng năm", Recurrence(YEARLY, 12, 14)),
        ("trước ngày 1/3 hằng năm", Recurrence(YEARLY, 2, None)),
        ("trước ngày 20 hằng tháng", Recurrence(MONTHLY, day=19)),
        ("trước ngày 1 hằng tháng", Recurrence(MONTHLY, day=None)),
        ("Tháng 12 hằng năm", Recurrence(YEARLY, 12, None)),
    ],
)
def test_strict_before_in_recurring_deadlines(phrase: str, recurrence: Recurrence) -> None:
    assert parse_deadline(phrase, STRICT).recurrence == recurrence


SPELLINGS = [
    "Trước ngày 23/6/2022",
    "Tham mưu UBND tỉnh trước ngày 05/7/2022",
    "Tháng 6,7,8/2022",
    "Quý III/2026",
    "6 tháng đầu năm 2026",
    "Giai đoạn 2026 - 2030",
    "Thường xuyên",
    "Trước ngày 15/12 hằng năm",
    "Định kỳ hằng quý",
    "Chưa xác định thời hạn",
    "chậm nhất là ngày 15 tháng 9 năm 2025",
    "từ ngày 01/3/2026 đến hết ngày 30/4/2026",
    "trong vòng 30 ngày kể từ khi có quyết định",
]


def _meaning(deadline: Deadline) -> tuple[object, ...]:
    return (deadline.kind, deadline.first, deadline.last, deadline.recurrence)


@pytest.mark.parametrize("phrase", SPELLINGS, ids=fold)
def test_reads_without_diacritics(phrase: str) -> None:
    original = parse_deadline(phrase, PLAN_2022)
    bare = parse_deadline(fold(phrase), PLAN_2022)
    assert _meaning(bare) == _meaning(original)
    assert bare.label == (fold(original.label) if original.label else None)


@pytest.mark.parametrize("phrase", SPELLINGS, ids=fold)
def test_reads_nfd_like_nfc(phrase: str) -> None:
    original = parse_deadline(phrase, PLAN_2022)
    decomposed = parse_deadline(unicodedata.normalize("NFD", phrase), PLAN_2022)
    assert _meaning(decomposed) == _meaning(original)
    assert (decomposed.label, decomposed.reading) == (original.label, original.reading)


def test_module_stays_pure_and_light() -> None:
    code = (
        "import sys, kehoach.dates.deadline; "
        "print(sorted(m for m in ('dateutil', 'typer', 'rich', 'click') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- properties -------------------------------------------------------------------------

DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
YEARS = st.integers(min_value=1990, max_value=2100)
BEFORE_PREFIXES = ("Trước ngày ", "trước ", "trước ngày trước ngày ")
PREFIXES = (*BEFORE_PREFIXES, "chậm nhất là ngày ", "ngày ", "đến hết ngày ", "")


def _day_as_written(day: date, zeros: bool, style: int) -> str:
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if zeros else (str(day.day), str(day.month))
    return (
        f"{d}/{m}/{day.year}",
        f"{d}.{m}.{day.year}",
        f"{d}-{m}-{day.year}",
        f"{d} tháng {m} năm {day.year}",
        f"{d} / {m} / {day.year}",
    )[style]


@st.composite
def typed(draw: st.DrawFn, text: str) -> str:
    """`text` as people type it: maybe without diacritics, random case, extra spaces."""
    if draw(st.booleans()):
        text = fold(text)
    if draw(st.booleans()):
        text = unicodedata.normalize("NFD", text)
    upper = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    text = "".join(c.upper() if up else c for c, up in zip(text, upper, strict=True))
    spaces = draw(st.sampled_from([" ", "  ", "\u00a0", " \t "]))
    return text.replace(" ", spaces)


@st.composite
def written_days(draw: st.DrawFn, prefixes: tuple[str, ...]) -> tuple[str, date, str]:
    day = draw(DAYS)
    body = _day_as_written(day, draw(st.booleans()), draw(st.integers(0, 4)))
    prefix = draw(st.sampled_from(prefixes))
    return draw(typed(prefix + body)), day, prefix


@settings(deadline=None)
@given(written_days(PREFIXES))
def test_property_written_days_read_back(written: tuple[str, date, str]) -> None:
    phrase, day, _ = written
    got = parse_deadline(phrase)
    assert (got.kind, got.first, got.last, got.label) == (DATE, day, day, None)


@settings(deadline=None)
@given(written_days(BEFORE_PREFIXES))
def test_property_strict_before_is_one_day_less(written: tuple[str, date, str]) -> None:
    phrase, day, _ = written
    inclusive = parse_deadline(phrase, Context(strict_before=False))
    strict = parse_deadline(phrase, Context(strict_before=True))
    assert inclusive.last == day
    assert strict.last == strict.first == day - timedelta(days=1)


def _month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)


@settings(deadline=None)
@given(
    year=YEARS,
    months=st.lists(st.integers(1, 12), min_size=1, max_size=6, unique=True).map(sorted),
    separator=st.sampled_from([",", ", ", " , ", " và "]),
    lead=st.sampled_from(["Tháng ", "tháng ", "Trong tháng ", "Tháng tháng "]),
)
def test_property_month_lists(year: int, months: list[int], separator: str, lead: str) -> None:
    """A list of months reads as one window per unbroken run: "tháng 3, 9" is not
    March to September; joined by "và", one window a month (the lead's convention 12)."""
    phrase = f"{lead}{separator.join(map(str, months))}/{year}"
    got = parse_deadlines(phrase)
    runs: list[list[int]] = []
    for month in months:
        if runs and month == runs[-1][-1] + 1 and "và" not in separator:
            runs[-1].append(month)
        else:
            runs.append([month])
    assert [(d.kind, d.first, d.last) for d in got] == [
        (WINDOW, date(year, run[0], 1), _month_end(year, run[-1])) for run in runs
    ]


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@settings(deadline=None)
@given(
    year=YEARS,
    quarter=st.integers(1, 4),
    roman=st.booleans(),
    form=st.sampled_from(["Quý {q}/{y}", "quý {q} năm {y}", "Trong quý {q}/{y}"]),
)
def test_property_quarters(year: int, quarter: int, roman: bool, form: str) -> None:
    phrase = form.format(q=ROMAN[quarter] if roman else quarter, y=year)
    got = parse_deadline(phrase)
    first = date(year, quarter * 3 - 2, 1)
    assert (got.kind, got.first, got.last) == (WINDOW, first, _month_end(year, quarter * 3))


@settings(deadline=None)
@given(
    years=st.lists(YEARS, min_size=2, max_size=2).map(sorted),
    form=st.sampled_from(["{a}-{b}", "{a} - {b}", "Giai đoạn {a} - {b}", "giai đoạn {a}–{b}"]),
)
def test_property_year_ranges(years: list[int], form: str) -> None:
    start, end = years
    got = parse_deadline(form.format(a=start, b=end))
    assert (got.kind, got.first, got.last) == (WINDOW, date(start, 1, 1), date(end, 12, 31))
    if start < end:
        with pytest.raises(DeadlineError):
            parse_deadline(form.format(a=end, b=start))


CONTEXTS = st.sampled_from(
    [NO_CONTEXT, PLAN_2022, STRICT, Context(issued=date(1900, 1, 1), strict_before=True)]
)
VOCABULARY = [
    "trước",
    "ngày",
    "tháng",
    "quý",
    "năm",
    "hằng",
    "hàng",
    "định",
    "kỳ",
    "từ",
    "đến",
    "hết",
    "cuối",
    "đầu",
    "trong",
    "vòng",
    "sau",
    "kể",
    "khi",
    "thường",
    "xuyên",
    "liên",
    "tục",
    "không",
    "chưa",
    "nêu",
    "có",
    "xác",
    "định",
    "giai",
    "đoạn",
    "nay",
    "vào",
    "làm",
    "việc",
    "tuần",
    "Tham",
    "mưu",
    "UBND",
    ",",
    ";",
    ":",
    "-",
    "–",
    "/",
    ".",
    "*",
    "**",
    "I",
    "II",
    "III",
    "IV",
    "V",
    "0",
    "1",
    "6",
    "12",
    "13",
    "15",
    "29",
    "31",
    "32",
    "1899",
    "2022",
    "2030",
    "9999",
]


def _is_read_or_refused(phrase: str, context: Context) -> None:
    try:
        got = parse_deadline(phrase, context)
    except DeadlineError as error:
        assert error.why
        return
    assert got.phrase == phrase
    if got.first is not None and got.last is not None:
        assert got.first <= got.last


@settings(deadline=None)
@given(phrase=st.text(), context=CONTEXTS)
def test_property_any_text_is_read_or_refused(phrase: str, context: Context) -> None:
    _is_read_or_refused(phrase, context)


@settings(deadline=None)
@given(
    words=st.lists(st.sampled_from(VOCABULARY), max_size=8),
    glue=st.sampled_from([" ", "", "/", "-"]),
    context=CONTEXTS,
)
def test_property_deadline_words_are_read_or_refused(
    words: list[str], glue: str, context: Context
) -> None:
    _is_read_or_refused(glue.join(words), context)
