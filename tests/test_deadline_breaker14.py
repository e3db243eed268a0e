"""Misreads found in the fourteenth breaker session (issue 11, §1: never a silent wrong date):
what breaker13 left open, and real phrases varied as PDF copies and hurried clerks vary them.
Each was read as a day or a period a careful reader would not write down as a deadline, with
exit 0; each is refused now (or read right), and its neighbours that are deadlines still
read. The list, with the tool's old reading, is in the session's notes
(/work/notes/breaker14-findings.txt)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadline_forms import DEC_2026, ctx, one, read_days, refused
from kehoach.base.text import fold
from kehoach.dates.deadline import DeadlineError, parse_deadlines
from kehoach.plan.national import load_national


def _registry_places() -> list[str]:
    """Every province and city name the national registry knows (today's, the merged ones,
    the former ones, their aliases), bare and with its unit ("tỉnh Gia Lai", "thành phố Huế",
    "TP. Huế"): read through `kehoach.plan.national`, so a name the deadline language's own
    reading of the registry missed fails here."""
    names: set[str] = set()
    for province in load_national().provinces.values():
        names.update((province.name, province.unit, *province.aliases))
        if province.kind == "thành phố":
            names.add("TP. " + province.name)
    return sorted(names)


PLACES = _registry_places()
CASES: tuple[Callable[[str], str], ...] = (str, str.lower, str.upper, str.title)
# each case, with the place's diacritics or without them
SPELLINGS = CASES + tuple(lambda text, case=case: case(fold(text)) for case in CASES)
SHAPES = ("ngày {d} tháng {m} năm {y}", "ngày {d}/{m}/{y}", "ngày {d}.{m}.{y}", "ngày {d}-{m}-{y}")


# P0.1. A signing line in lower case without its comma: "ha noi ngay 15 thang 3 nam 2027",
# "hà nội ngày 15/3/2027", "son la ngay 15/3/2027" (b-son-la-sgddt-424 "Sơn La, ngày 05 tháng
# năm 2018" copied in lower case, its comma lost) read as "Bước: ha noi, hạn cuối 15/03/2027".
# No capital shows a name there: the place is known by the registry's names
# (`kehoach.dates.places`, reading the file the registry reads). breaker13's property covers the
# comma form and capitals or title case without a comma; this one every case without it.
@settings(max_examples=400, deadline=None)
@given(
    place=st.sampled_from(PLACES),
    spell=st.sampled_from(SPELLINGS),
    when=st.dates(date(2015, 1, 1), date(2030, 12, 31)),
    shape=st.sampled_from(SHAPES),
    plain=st.booleans(),
    comma=st.sampled_from(("", ",")),
)
def test_a_signing_line_of_any_registry_place_in_any_case_is_no_deadline(
    place: str, spell: Callable[[str], str], when: date, *, shape: str, plain: bool, comma: str
) -> None:
    day = shape.format(d=when.day, m=when.month, y=when.year)
    line = f"{spell(place)}{comma} {fold(day) if plain else day}"
    why = refused(line, DEC_2026)
    assert "dòng nơi và ngày ban hành" in why
    assert "last_day" in why


@pytest.mark.parametrize(
    "phrase",
    [
        "ha noi ngay 15 thang 3 nam 2027",
        "hà nội ngày 15/3/2027",
        "son la ngay 15/3/2027",
        "tinh son la ngay 15/3/2027",
        "thanh pho ho chi minh ngay 1.2.2027",
        "ba ria - vung tau ngay 15/3/2027",  # a former province, merged into Hồ Chí Minh
        "thua thien hue ngay 15/3/2027",  # a former name of Huế
    ],
)
def test_the_lower_case_signing_lines_breaker13_left_are_said_as_such(phrase: str) -> None:
    assert "dòng nơi và ngày ban hành" in refused(phrase, DEC_2026)


@pytest.mark.parametrize(
    "phrase",
    [
        "tổ chức tại hà nội ngày 15/3/2027",  # an event at a place: its words say so
        "họp tại son la ngay 15/3/2027",
        "UBND tỉnh Sơn La tổ chức hội nghị ngày 15/3/2027",
        "thoi han la ngay 15/3/2027",
    ],
)
def test_a_place_inside_an_event_still_reads_its_day(phrase: str) -> None:
    assert read_days(phrase, "2027-01-05")[2] == "2027-03-15"


# P0.2. Headings that lost their letters with diacritics in a PDF copy read as their year:
# "NH GI KT QU THC HIN NM 2025" (t-lang-son-kh-333-chuyen-doi-so-2026, "ĐÁNH GIÁ KẾT QUẢ
# THỰC HIỆN NĂM 2025", last year's results) as the window 01/01–31/12/2025; "SM NHT NGY
# 10/4/2027" ("SỚM NHẤT NGÀY": at the earliest, issue 11 §1) as a deadline. Capitals with no
# vowel passed as abbreviations; beside a word of time the grammar repaired ("NM" for
# "NĂM") they are damage, and refused (`copydamage.refuse_damaged_capitals`).
DAMAGED_HEADINGS = [
    "NH GI KT QU THC HIN NM 2025",  # t-lang-son-kh-333-chuyen-doi-so-2026, r-ha-nam
    "PHN I. KT QU THC HIN CHUYN I S NM 2022",  # r-hai-duong-kh-1914-chuyen-doi-so-2023
    # s-hethongphapluat-ha-noi-ct-10-2025-ke-hoach-ktxh-2026
    "V VIC XY DNG K HOCH PHT TRIN KINH T - X HI V D TON NGN SCH NH NC NM 2026",
    "TNG V SINH CHO MNG TT NGUYN N INH DU NM 2017",  # r-phu-nhuan-kh-1079-…-2017
    "Nh Gi Kt Qu Thc Hin Nm 2025",  # the same copy in title case
    "SM NHT NGY 10/4/2027",  # "SỚM NHẤT NGÀY 10/4/2027": a start, not a deadline
]


@pytest.mark.parametrize("phrase", DAMAGED_HEADINGS)
def test_a_copy_that_lost_its_diacritics_in_capitals_is_refused(phrase: str) -> None:
    why = refused(phrase, DEC_2026)
    assert "mất các chữ có dấu" in why
    assert "last_day" in why


# Real headings of the corpus (each with its file), in capitals with a word of time and
# words with diacritics: a copy that loses them is refused, or reads as the original does.
HEADINGS = [
    ("TỪ NĂM 2012 ĐẾN NĂM 2016", "2012-05-31"),  # a-ba-ria-vung-tau-qd-1052-2012
    ("KINH TẾ - XÃ HỘI THÀNH PHỐ CẦN THƠ NĂM 2026", "2025-12-18"),  # a-can-tho-qd-3109-2025
    ("PHIÊN HỌP CHÍNH PHỦ THƯỜNG KỲ THÁNG 4 NĂM 2025", "2025-05-08"),  # a-cp-nq-124-2025
    ("6 THÁNG CUỐI NĂM 2018", "2018-08-24"),  # a-ha-noi-kh-167-2018
    ("HAI NĂM 2016 - 2017, ĐỊNH HƯỚNG ĐẾN NĂM 2020", "2016-06-13"),  # a-hung-yen-qd-1124-2016
    ("ĐỒNG BỘ ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030", "2022-09-23"),  # a-lam-dong-kh-7242-2022
    ("KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2024", "2023-12-07"),  # a-quang-ngai-nq-78-2023
    ("GIAI ĐOẠN I: TỪ NĂM 2021 ĐẾN NĂM 2025", "2023-12-07"),  # a-quang-ngai-nq-78-2023
    ("KỊCH BẢN TĂNG TRƯỞNG KINH TẾ (GRDP) NĂM 2020", "2020-02-28"),  # a-quang-ninh-kh-39-2020
    ("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025", "2025-12-31"),  # t-lang-son-kh-333-…-2026
    ("TỔNG VỆ SINH CHÀO MỪNG TẾT NGUYÊN ĐÁN ĐINH DẬU NĂM 2017", "2016-12-29"),  # r-phu-nhuan
]


def _lose_diacritics(text: str, keep_d: bool) -> str:
    """`text` as a PDF copy gives it when its font maps no letter with a diacritic (some keep
    "Đ", a letter of its own)."""
    return "".join(c for c in text if c.isascii() or not c.isalpha() or (keep_d and c in "Đđ"))


def _days(phrase: str, issued: str) -> object:
    try:
        return [(r.kind, r.first, r.last, r.earliest) for r in parse_deadlines(phrase, ctx(issued))]
    except DeadlineError:
        return None


@settings(max_examples=60, deadline=None)
@given(
    heading=st.sampled_from(HEADINGS),
    keep_d=st.booleans(),
    case=st.sampled_from((str, str.title)),
)
def test_a_heading_copied_without_its_diacritics_never_reads_another_time(
    heading: tuple[str, str], keep_d: bool, case: Callable[[str], str]
) -> None:
    phrase, issued = heading
    damaged = _days(case(_lose_diacritics(phrase, keep_d)), issued)
    assert damaged is None or damaged == _days(phrase, issued)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # issue 11 §2: "Hoàn thnh trc ngày 10/4/2027", in capitals: every word repaired
        ("HON THNH TRC NGY 10/4/2027", "2027-04-10"),
        ("6 THNG CUI NM 2027", "2027-12-31"),
        # abbreviations in capitals, no damaged word: u-, w- and za- files read them
        ("UBND TỈNH BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH THCS TRƯỚC NGÀY 15/3/2027", "2027-03-15"),
        ("BÁO CÁO UBND TỈNH, HĐND TỈNH TRƯỚC NGÀY 15/3/2027", "2027-03-15"),
    ],
)
def test_words_repaired_alone_and_abbreviations_still_read(phrase: str, last: str) -> None:
    assert str(one(phrase, DEC_2026).last) == last


# Part 1 (mutations of the phrases a- … zc- read right), found and closed:
# M1. "Đại hội điểm vào đầu tháng 1-2017" (y-cuuchienbinh-huong-dan-dai-hoi-2017, the early
# days of January: 01–10/01/2017) copied without its letters with diacritics, "i hi im vo u
# thng 1-2017", read as all of January (01–31/01/2017): "đầu" became "u", no word at all.
@pytest.mark.parametrize(
    "phrase",
    [
        "i hi im vo u thng 1-2017",  # "đầu tháng": the start of the month
        "I HI IM VO U THNG 1-2017",
        "hp vo gia thng 3 nm 2027",  # "giữa tháng": the middle of it
        "hon thnh sm nht ngy 10/4/2027",  # "sớm nhất": a start
    ],
)
def test_a_word_of_time_lost_with_its_diacritics_is_refused(phrase: str) -> None:
    why = refused(phrase)
    assert "mất các chữ có dấu" in why
    assert "last_day" in why


@settings(max_examples=60, deadline=None)
@given(
    word=st.sampled_from(("đầu", "giữa", "cuối")),
    month=st.integers(1, 12),
    year=st.integers(2015, 2030),
    case=st.sampled_from((str, str.upper, str.title)),
)
def test_a_part_of_a_month_copied_without_diacritics_is_never_the_whole_month(
    word: str, month: int, year: int, case: Callable[[str], str]
) -> None:
    """The period a copy without its letters with diacritics leaves ("vo u thng 3/2027") is
    read as the original ("vào đầu tháng 3/2027") or refused, never as all of the month."""
    original = f"Đại hội điểm vào {word} tháng {month}-{year}"
    damaged = _days(case(_lose_diacritics(original, keep_d=False)), f"{year}-01-01")
    assert damaged is None or damaged == _days(original, f"{year}-01-01")


# M2. A range cut after its dash or its joining word: "VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2016 -"
# (h-an-giang-nq-08-2015-hdnd-ktxh-2016-2020's "… NĂM 2016 - 2020" cut at the line's end) read
# as the year 2016 alone; "năm 2016 và" too; a phrase ending in "vào", "từ", "đến", "trước
# ngày" or a comma likewise. The end was cut: refused.
@pytest.mark.parametrize(
    "phrase",
    [
        "VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2016 -",
        "VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2016 –",
        "năm 2016 và",
        "từ ngày 15/3 đến",
        # o-catovina-soc-trang-tha-giong-tom-2024: "… xuống giống từ ngày 15/3 – 30/9", cut
        "Thả giống tôm sú: Khuyến cáo xuống giống từ ngày 15/3 –",
        # f-giaoducthoidai-dien-bien-nam-hoc-2024-2025, cut before its end day: was a start
        "Bắt đầu từ ngày 16/1/2025, kết thúc vào",
        # c-ttg-qd-1944-2021 "định kỳ hằng quý, 6 tháng, năm", cut: was two cadences of three
        "định kỳ hằng quý, 6 tháng,",
    ],
)
def test_a_range_cut_after_its_joint_is_refused(phrase: str) -> None:
    why = refused(phrase, ctx("2015-12-10"))
    assert "bị cắt" in why
    assert "last_day" in why


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2016 - 2020", "2020-12-31"),  # h-an-giang-nq-08
        ("tháng 5 tới", "2016-05-31"),  # "tới": next, no joint
        ("Ngày 15/12/2015:", "2015-12-15"),  # b-ngaynay-moc-sau-bau-cu-2026: a list's item
    ],
)
def test_a_whole_range_and_a_next_month_still_read(phrase: str, last: str) -> None:
    assert str(one(phrase, ctx("2015-12-10")).last) == last


# M3. "tổng kết vào năm 2010" (a-ninh-thuan-qd-55-2007, issued 2007) copied without its last
# word, "tổng kết vào năm", read as the plan's own year 2007: "vào năm" names no year; nor,
# since breaker15, "trong năm" ending the phrase (it may be cut as well); "trong năm nay"
# (this year) does.
def test_a_year_cut_after_vao_nam_is_refused() -> None:
    assert "không ghi năm nào" in refused("tổng kết vào năm", ctx("2007-06-01"))
    assert "không ghi năm nào" in refused("tổng kết trong năm", ctx("2007-06-01"))
    assert read_days("tổng kết trong năm nay", "2007-06-01")[1:] == ("2007-01-01", "2007-12-31")


# M4. "trong các ngày 11/10 và ngày 12/10" (b-znews-dai-hoi-tphcm-2025) written with dashes or
# dots, as the same papers print days ("ngày 11-10"): an internal error (IndexError), exit 2;
# the list's days are now found in every shape its rule takes.
@pytest.mark.parametrize(
    "phrase",
    [
        "trong các ngày 11-10 và ngày 12-10",
        "trong các ngày 11.10 và ngày 12.10",
        "trong các ngày 11/10 và ngày 12/10",
    ],
)
def test_a_list_of_days_written_with_dashes_reads_its_window(phrase: str) -> None:
    assert read_days(phrase, "2025-09-28") == ("window", "2025-10-11", "2025-10-12")


# The bounded mutation test of the kind that found M1 and M2: real phrases of the sets a- … s-
# (the invariant fuzz's fixed sets), drawn by a generator of their own, copied without their
# letters with diacritics (in capitals, as headings are) and cut after their first range dash;
# each variant is refused or reads the days of the original. 80 phrases, about 3 s alone.
MUTATED_SAMPLE = 80


def _dated_corpus_phrases() -> list[tuple[str, str | None]]:
    """(phrase, issue day) of the fixed sets whose reader wrote down a reading."""
    import yaml

    from test_deadline_invariant import CORPUS, FIXED_SETS

    out = []
    for path in sorted(CORPUS.glob("*.yaml")):
        if not path.name.startswith(FIXED_SETS):
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        issued = data["source"].get("issued")
        for item in data.get("phrases") or []:
            if item["expect"] != "refuse" and item.get("header") is None:
                out.append((" ".join(str(item["phrase"]).split()), issued and str(issued)))
    return out


def _cut_after_dash(phrase: str) -> str:
    dash = re.search(r"\d\s*[-–—]\s*(?=\S)", phrase)
    return phrase[: dash.end()].rstrip() if dash else phrase


def test_real_phrases_copied_damaged_never_read_other_days() -> None:
    import random

    sample = random.Random(14).sample(_dated_corpus_phrases(), MUTATED_SAMPLE)
    wrong = []
    for phrase, issued in sample:
        original = _days(phrase, issued) if issued else None
        if original is None:
            continue
        for variant in (_lose_diacritics(phrase.upper(), keep_d=False), _cut_after_dash(phrase)):
            got = _days(variant, issued) if variant != phrase else None
            if got is not None and got != original:
                wrong.append((phrase, variant, got))
    assert wrong == []
