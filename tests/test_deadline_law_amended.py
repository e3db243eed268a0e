"""A law cited with the years it was amended in names the law, never a time (convention 7):
"Căn cứ Luật Đất đai năm 2023, được sửa đổi, bổ sung năm 2025" read as a window over 2025
(tune-zq found it latent, session 29: zi-quang-ngai's preamble stayed refused only for its
other numbers). A deadline after the citation, or an amendment still to make in a year, reads."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.base.text import fold
from kehoach.dates.deadline import DeadlineKind

JAN_2026 = ctx("2026-01-10")


@pytest.mark.parametrize(
    "phrase",
    [
        "Căn cứ Luật Đất đai năm 2023, được sửa đổi, bổ sung năm 2025",
        "Căn cứ Luật Đất đai năm 2013, được sửa đổi, bổ sung năm 2018 và năm 2025;",
        "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025, sửa đổi, bổ sung năm 2025",
    ],
)
def test_the_years_a_cited_law_was_amended_in_are_no_time(phrase: str) -> None:
    refused(phrase, JAN_2026)
    refused(fold(phrase), JAN_2026)


def test_a_deadline_after_the_citation_still_reads() -> None:
    phrase = (
        "Căn cứ Luật Đất đai năm 2023, được sửa đổi, bổ sung năm 2025, các sở hoàn thành"
        " trước ngày 30/6/2026"
    )
    assert days(one(phrase, JAN_2026)) == (DeadlineKind.DATE, date(2026, 6, 30), date(2026, 6, 30))


def test_an_amendment_to_make_within_a_year_reads_that_year() -> None:
    reading = one("Luật Đất đai năm 2023 được sửa đổi, bổ sung trong năm 2026", JAN_2026)
    assert days(reading) == (DeadlineKind.WINDOW, date(2026, 1, 1), date(2026, 12, 31))
