"""Misreads found in the eleventh breaker session (issue 11, §1: never a silent wrong date):
real phrases of the corpus varied as real documents vary them, each read as a day or a
period a careful reader would not write down as a deadline, with exit 0 and no warning. Each
is refused now (or read right), and its neighbours that are deadlines still read. The list,
with the tool's old reading, is in the session's notes (/work/notes/breaker11-findings.txt:
S1, …)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadline_forms import DEC_2026, read_days, refused
from kehoach.base.text import unaccent
from kehoach.dates.deadline import DeadlineError, parse_deadlines

# S1. A document's signing line ("<địa danh>, ngày D tháng M năm Y", Nghị định 30/2020/NĐ-CP,
# Phụ lục I) printed without its comma read as a deadline on the signing day: "Hà Nội ngày
# 22 tháng 3 năm 2024" (b-bgddt-cv-1277-thi-tn-2024.yaml prints it with the comma, expected
# refused) -> "hạn cuối 22/03/2024", label "Hà Nội"; likewise with the place in capitals,
# without diacritics (b-lam-dong-ttyt-lam-ha-hd-thi-dua-2021.yaml: "Lm H, ngy 22 thng 11 nm
# 2021", the letters lost), a unit before it ("TP. Hồ Chí Minh", "Xã Ea Ly").
SIGNING_LINES = [
    "Hà Nội ngày 22 tháng 3 năm 2024",
    "HÀ NỘI ngày 22 tháng 3 năm 2024",
    "HA NOI ngay 22 thang 3 nam 2024",
    "Ha Noi ngay 22 thang 3 nam 2024",
    "Lâm Hà ngày 22 tháng 11 năm 2021",
    "TP. Hồ Chí Minh ngày 22 tháng 3 năm 2024",
    "Thành phố Hồ Chí Minh ngày 22 tháng 3 năm 2024",
    "TP.HCM ngày 22 tháng 3 năm 2024",
    "Xã Ea Ly ngày 22 tháng 3 năm 2024",
    "Ea Ly ngày 22 tháng 3 năm 2024",
    "Bà Rịa - Vũng Tàu ngày 22 tháng 3 năm 2024",
    "Huế ngày 22 tháng 3 năm 2024",
    "HA NOI NGAY 22 THANG 3 NAM 2024",
    "Hà Nội ngày 22/3/2024",
]


@pytest.mark.parametrize("phrase", SIGNING_LINES)
def test_signing_line_without_its_comma_is_no_deadline(phrase: str) -> None:
    assert "dòng nơi và ngày ban hành" in refused(phrase, DEC_2026)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # an event's day at a place says so with its words (the lead's example)
        ("Tổ chức tại Hà Nội ngày 15/3/2027", "2027-03-15"),
        # one capitalised word is a sentence's first, not a place
        ("Họp ngày 15 tháng 3 năm 2027", "2027-03-15"),
        ("Họp HĐND ngày 15 tháng 3 năm 2027", "2027-03-15"),
        # a weekday before its day (15/3/2027 is a Monday) is checked, not a place
        ("Thứ Hai ngày 15 tháng 3 năm 2027", "2027-03-15"),
    ],
)
def test_words_before_a_day_that_are_no_place_still_read(phrase: str, last: str) -> None:
    assert read_days(phrase, "2026-12-01")[2] == last


_PLACES = ["Hà Nội", "Quảng Ninh", "Đắk Lắk", "Cần Thơ", "Ea Kar", "Buôn Ma Thuột", "Phú Quốc"]
_UNITS = ["", "Thành phố ", "Tỉnh ", "Xã ", "Phường ", "Thị trấn ", "Đặc khu ", "TP. "]


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    place=st.sampled_from(_PLACES),
    unit=st.sampled_from(_UNITS),
    case=st.sampled_from(["as is", "upper", "folded"]),
)
def test_property_a_place_before_its_day_is_never_a_deadline(
    day: date, place: str, unit: str, case: str
) -> None:
    """ "<unit><place> ngày D tháng M năm Y", any place, unit, case, diacritics: refused."""
    line = f"{unit}{place} ngày {day.day} tháng {day.month} năm {day.year}"
    if case == "upper":
        line = f"{unit}{place}".upper() + line[len(unit + place) :]
    elif case == "folded":
        line = unaccent(line)
    with pytest.raises(DeadlineError):
        parse_deadlines(line, DEC_2026)
