"""A document cited by its number and symbol is never a deadline, whatever joins the parts
of its symbol (issue 11, §1: never a silent wrong date). Offices join abbreviations with
"&" ("2231/SNV-CCHC&PC": Sở Nội vụ Hải Phòng, cải cách hành chính và pháp chế, cited in
QĐ 30/2018 of UBND Hải Phòng, zo- of the corpus), a dot ("QĐ-UBND.KT"), "_", "+" or a unit
in parentheses; a symbol cut at one of them left its signing day read as due."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, refused

# zo-hai-phong-qd-30-2018-trach-nhiem-nguoi-dung-dau-cchc: read as due 28/09/2018
PREAMBLE = (
    "Theo đề nghị của Sở Nội vụ tại Tờ trình số 1494/TTr-SNV ngày 28 tháng 6 năm 2018, "
    "Công văn số 2231/SNV-CCHC&PC ngày 28 tháng 9 năm 2018 và Báo cáo thẩm định số "
    "18/BCTĐ-STP ngày 25 tháng 5 năm 2018 của Sở Tư pháp"
)


def test_a_preamble_citing_three_submissions_is_refused() -> None:
    assert "số hiệu văn bản" in refused(PREAMBLE, ctx("2018-10-09"))


@pytest.mark.parametrize(
    "symbol", ["SNV-CCHC&PC", "UBND.VX", "QĐ-UBND.KT", "SGDĐT_VP", "STP+VP", "SNV(CCHC)"]
)
def test_a_cited_letter_with_a_joined_symbol_is_refused(symbol: str) -> None:
    assert "số hiệu văn bản" in refused(f"Công văn số 2231/{symbol} ngày 28/9/2018", ctx())


def test_the_deadline_after_a_cited_plan_is_still_read() -> None:
    reading = one(
        "Thực hiện Kế hoạch số 515/KH-BCA-BNN&MT ngày 10/3/2025, hoàn thành trước ngày 30/6/2025",
        ctx("2025-04-01"),
    )
    assert str(reading.last) == "2025-06-30"
    assert reading.gloss == "Kế hoạch số 515/KH-BCA-BNN&MT ngày 10/3/2025"


def test_a_full_stop_after_the_symbol_ends_the_sentence() -> None:
    reading = one(
        "Theo Công văn số 123/UBND-KT. Hoàn thành trước ngày 30/9/2018", ctx("2018-09-10")
    )
    assert str(reading.last) == "2018-09-30"


_ABBREVIATION = st.sampled_from(["SNV", "CCHC", "PC", "UBND", "KT", "VX", "QĐ", "BNN", "MT", "STC"])


@given(
    kind=st.sampled_from(["Công văn", "Quyết định", "Tờ trình", "Báo cáo", "Kế hoạch"]),
    number=st.integers(1, 9999),
    parts=st.lists(_ABBREVIATION, min_size=2, max_size=4),
    joins=st.lists(st.sampled_from(["-", "&", ".", "_", "+"]), min_size=3, max_size=3),
    day=st.dates(date(1990, 1, 1), date(2035, 12, 31)),
)
def test_property_a_cited_document_is_never_due_on_its_signing_day(
    kind: str, number: int, parts: list[str], joins: list[str], day: date
) -> None:
    symbol = parts[0] + "".join(join + part for join, part in zip(joins, parts[1:], strict=False))
    phrase = f"{kind} số {number}/{symbol} ngày {day:%d/%m/%Y}"
    assert "số hiệu văn bản" in refused(phrase, ctx())
