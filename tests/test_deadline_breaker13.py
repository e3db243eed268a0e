"""Misreads found in the thirteenth breaker session (issue 11, §1: never a silent wrong date):
what breaker12 left open, and real phrases varied as PDF copies and hurried clerks vary them.
Each was read as a day or a rule a careful reader would not write down as a deadline, with
exit 0; each is refused now (or read right), and its neighbours that are deadlines still
read. The list, with the tool's old reading, is in the session's notes
(/work/notes/breaker13-findings.txt)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadline_forms import DEC_2026, ctx, read_days, refused
from kehoach.base.text import fold
from kehoach.dates.deadline import parse_deadlines
from kehoach.plan.national import load_national


def _registry_places() -> list[str]:
    """Every province and city name the national registry knows (today's, the merged ones,
    the former ones, their aliases), bare and with its unit ("tỉnh Gia Lai", "TP. Huế")."""
    names: set[str] = set()
    for province in load_national().provinces.values():
        names.update((province.name, province.unit, *province.aliases))
        if province.kind == "thành phố":
            names.add("TP. " + province.name)
    return sorted(names)


# Communes and districts whose signing lines the corpus holds or names: b-son-la-sgddt-424
# (Sơn La), m-baogialai-dai-hoi-diem-mttq-cap-xa-2018 (Chư Sê, Ayun Pa, Krông Pa, Phú Thiện),
# y-hai-duong-cam-giang-kh-55-2019 (Cẩm Giàng), x-ealy-dak-lak-kh-41 (Ea Ly),
# b-dong-nai-hung-thinh-niem-yet-cu-tri-2026 (Hưng Thịnh); "Mường La" a district of Sơn La
COMMUNES = [
    "Chư Sê",
    "Ayun Pa",
    "Krông Pa",
    "Phú Thiện",
    "Cẩm Giàng",
    "xã Ea Ly",
    "xã Hưng Thịnh",
    "Mường La",
]
PLACES = _registry_places() + COMMUNES

# P0.1. A signing line copied without its diacritics, in lower case: "son la, ngay 15 thang 3
# nam 2027" read as "Bước: son, hạn cuối 15/03/2027" ("la" taken for "là", the filler before a
# day); breaker12 closed the forms with diacritics (b-son-la-sgddt-424: "Sơn La, ngày 05 tháng
# năm 2018"). "Quảng Nam, ngày …", "Bến Tre, ngày …", "Hà Nam ngày …" were refused, but for
# words of time their syllables were taken for ("năm ngày", five days; "trễ", late).
CASES: tuple[Callable[[str], str], ...] = (str, str.lower, str.upper, str.title)
# each case, with the place's diacritics or without them
SPELLINGS = CASES + tuple(lambda text, case=case: case(fold(text)) for case in CASES)


@settings(max_examples=300, deadline=None)
@given(
    place=st.sampled_from(PLACES),
    spell=st.sampled_from(SPELLINGS),
    when=st.dates(date(2015, 1, 1), date(2030, 12, 31)),
    shape=st.sampled_from(("ngày {d} tháng {m} năm {y}", "ngày {d}/{m}/{y}", "ngày {d}.{m}.{y}")),
    plain=st.booleans(),
)
def test_a_signing_line_of_any_registry_place_is_no_deadline(
    place: str, spell: Callable[[str], str], when: date, shape: str, plain: bool
) -> None:
    """A place the registry knows, a comma and its day alone: never a deadline, in any case,
    with or without its diacritics (the date's words too)."""
    day = shape.format(d=when.day, m=when.month, y=when.year)
    line = f"{spell(place)}, {fold(day) if plain else day}"
    assert "last_day" in refused(line, DEC_2026)


@settings(max_examples=200, deadline=None)
@given(place=st.sampled_from(PLACES), folded=st.booleans(), upper=st.booleans())
def test_a_signing_line_without_its_comma_says_it_is_one(
    place: str, folded: bool, upper: bool
) -> None:
    """Title case or capitals without the comma ("Quảng Nam ngày 15 tháng 3 năm 2027", "SON
    LA ngay 15/3/2027"): a place name alone before its day, said as a signing line."""
    name = fold(place).title() if folded else place
    line = f"{name.upper() if upper else name} ngày 15 tháng 3 năm 2027"
    if name.split()[0].lower() in ("xã", "xa", "tỉnh", "tinh") and not upper:
        line = f"{name[0].upper()}{name[1:]} ngày 15 tháng 3 năm 2027"
    assert "dòng nơi và ngày ban hành" in refused(line, DEC_2026)


@pytest.mark.parametrize(
    "phrase",
    [
        "son la, ngay 15 thang 3 nam 2027",
        "ha noi, ngay 3 thang 2 nam 2026",
        "tp. ho chi minh, ngay 3 thang 2 nam 2026",
        "SON LA ngay 15 thang 3 nam 2027",
        "TINH SON LA ngay 15/3/2027",
        "Quảng Nam, ngày 15 tháng 3 năm 2027",  # refused before as "năm ngày" (five days)
        "Bến Tre ngày 15 tháng 3 năm 2027",  # … and as "trễ" (late)
    ],
)
def test_the_signing_lines_breaker12_left_are_said_as_such(phrase: str) -> None:
    assert "dòng nơi và ngày ban hành" in refused(phrase, DEC_2026)


@pytest.mark.parametrize(
    "phrase",
    [
        "thoi han la ngay 15/3/2027",  # "là" without its accent: the filler, as before
        "THOI HAN LA NGAY 15/3/2027",
        "Thời hạn là ngày 15/3/2027",
        "Tổ chức tại Sơn La ngày 15/3/2027",
        "Thứ Hai, ngày 15/3/2027",  # a weekday that agrees, then its day
        "Sáng Thứ Hai, ngày 15/3/2027",
    ],
)
def test_la_as_a_filler_and_a_weekday_before_a_day_still_read(phrase: str) -> None:
    assert read_days(phrase, "2027-01-05")[2] == "2027-03-15"


# P0.2. A signing line cut after "tháng": "Sơn La, ngày 05 tháng" (b-son-la-sgddt-424, its
# month left blank, the line cut before "năm 2018") read as "hằng tháng, hạn ngày 5"; so did
# "trước ngày 5 tháng" alone. A monthly rule says which month it counts in.
@pytest.mark.parametrize(
    "phrase",
    [
        "Sơn La, ngày 05 tháng",
        "Hà Nội, ngày 15 tháng",
        "son la, ngay 05 thang",
        "ngày 05 tháng",
        "trước ngày 5 tháng",
        "Hà Nội, ngày 05 tháng.",
    ],
)
def test_a_day_cut_after_thang_is_no_monthly_rule(phrase: str) -> None:
    why = refused(phrase, DEC_2026)
    assert "dừng sau chữ “tháng”" in why
    assert "last_day" in why


@pytest.mark.parametrize(
    ("phrase", "rule"),
    [
        # a-bhxh-*: "gửi về Bảo hiểm xã hội Việt Nam trước ngày 28 hàng tháng"
        ("gửi về Bảo hiểm xã hội Việt Nam trước ngày 28 hàng tháng", "BYMONTHDAY=28"),
        ("trước ngày 15 của tháng", "BYMONTHDAY=15"),
        ("Trước ngày 05 của tháng sau", "BYMONTHDAY=5"),
    ],
)
def test_a_monthly_rule_that_names_its_month_still_reads(phrase: str, rule: str) -> None:
    (reading,) = parse_deadlines(phrase, DEC_2026)
    assert reading.rrule is not None
    assert rule in reading.rrule


# M1. A figure reached in a period that opens the phrase and is over by the issue day, told
# as a result: "Ước tính từ 1/1/2022 đến 31/5/2022, tỷ lệ giải ngân vốn đầu tư công đạt 22,37%
# kế hoạch Thủ tướng Chính phủ giao trong năm 2022" (Tiêu dùng Plus, 05/2022) read as the window
# 01/01–31/05/2022; "Năm 2023, 2024, toàn tỉnh giải ngân đạt trên 90%" as 2023–2024; "Đến nay,
# giải ngân đạt 70% kế hoạch năm 2026" as the year 2026 (the plan's year). The neighbours of
# za-vietmy-tb-733-vpcp-ket-luan-quang-ninh-2025's "Đến ngày 18/12/2025, … đạt 68,3%".
FIGURES_TOLD = [
    "Ước tính từ 1/1/2026 đến 31/5/2026, tỷ lệ giải ngân vốn đầu tư công đạt 22,37% kế hoạch",
    "Từ ngày 1/1/2026 đến ngày 31/5/2026, tỷ lệ giải ngân đạt 22,37% kế hoạch",
    "Năm 2025, toàn tỉnh giải ngân đạt 95% kế hoạch",
    "Trong năm 2025, tỉnh giải ngân đạt 95% kế hoạch vốn",
    "6 tháng đầu năm 2026, giải ngân đạt 40% kế hoạch",
    "Đến nay, giải ngân đạt 70% kế hoạch năm 2026",
    "Tính đến thời điểm này, giải ngân đạt 70% kế hoạch năm 2026",
]


@pytest.mark.parametrize("phrase", FIGURES_TOLD)
def test_a_figure_reached_in_a_period_past_or_now_is_no_deadline(phrase: str) -> None:
    why = refused(phrase, DEC_2026)
    assert "kết quả đạt được" in why
    assert "last_day" in why


def test_a_figure_reached_in_two_years_listed_is_no_deadline() -> None:
    # "Năm 2023, 2024, …": tune-z's list of years, each its own window, refuses the list with
    # words after it; the figure's reason wins (the years read alone are past), so the clerk
    # learns why
    why = refused("Năm 2023, 2024, toàn tỉnh giải ngân đạt trên 90%", DEC_2026)
    assert "kết quả đạt được" in why
    assert "last_day" in why


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # a target: the period to come, or "phấn đấu" / "mục tiêu" before the figure
        ("Năm 2027, tỷ lệ giải ngân đạt 100% kế hoạch", "2027-12-31"),
        ("Đến ngày 31/12/2027, tỷ lệ giải ngân đạt 100%", "2027-12-31"),
        ("Năm 2026, phấn đấu tỷ lệ giải ngân đạt 100% kế hoạch", "2026-12-31"),
        # t-sggp-phuong-phu-loi-nhiem-vu-2026.yaml (issued 30/01/2026)
        (
            "Năm 2026, phường đặt mục tiêu tốc độ tăng tổng giá trị sản phẩm trên địa bàn đạt "
            "10,5%",
            "2026-12-31",
        ),
    ],
)
def test_a_target_figure_still_reads(phrase: str, last: str) -> None:
    assert read_days(phrase, "2026-01-30")[2] == last


# M2. One option of time weighed, or studied, none chosen: "Sở GD&ĐT cân nhắc phương án tổ
# chức kỳ thi trong tháng 5/2026" read as the window May 2026; the neighbours of
# za-dantri-lich-thi-lop-10-2026's "cân nhắc giữa 2 phương án cuối tháng 5 và cuối tháng 6".
@pytest.mark.parametrize(
    "phrase",
    [
        "Sở GD&ĐT cân nhắc phương án tổ chức kỳ thi trong tháng 5/2026",
        "Sở đang cân nhắc tổ chức kỳ thi vào cuối tháng 5/2026",
        "Sở đang cân nhắc lùi kỳ thi sang tháng 6/2026",
        "Sở cân nhắc lựa chọn phương án thi vào đầu tháng 6/2026",
        "Bộ đang xem xét phương án tổ chức kỳ thi vào cuối tháng 6/2026",
        "Sở đang tính phương án tổ chức thi vào đầu tháng 6/2026",
    ],
)
def test_one_option_weighed_is_no_deadline(phrase: str) -> None:
    why = refused(phrase, ctx("2026-03-03"))
    assert "đang cân nhắc" in why
    assert "last_day" in why


@pytest.mark.parametrize(
    "phrase",
    [
        "Các đơn vị cân nhắc, đề xuất phương án trước ngày 15/3/2027",
        "Xem xét phương án bồi thường, trình UBND trước ngày 15/3/2027",
        "Sở đang cân nhắc tổ chức thi; chốt phương án trước ngày 15/3/2027",
    ],
)
def test_a_choice_due_by_a_day_still_reads(phrase: str) -> None:
    assert read_days(phrase, "2026-12-01")[2] == "2027-03-15"
