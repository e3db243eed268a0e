"""Numbers and words before a deadline (session 39 round 2, family P: "số … đứng trước thời
hạn"): a school's fixed weekend rest before the holiday it makes is no time of it, and a count
that nearly fits the span written after it is refused as such, both days asked for (issue 11:
never a silent wrong date). Real phrases from the corpus, and the neighbours that must stay
refused."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW
HA_NOI_TET = ctx("2025-12-29")  # Hà Nội's schools swap a Saturday for the 2026 New Year


# --- a school's fixed weekend rest, swapped to make the holiday --------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # tests/corpus/za-cafef-ha-noi-doi-lich-nghi-tet-duong-lich-2026.yaml
        "những trường áp dụng lịch nghỉ cố định vào hai ngày cuối tuần sẽ được hoán đổi ngày "
        "làm việc để học sinh có kỳ nghỉ Tết Dương lịch kéo dài 4 ngày liên tiếp, từ 1/1 đến "
        "hết 4/1.",
        # tests/corpus/za-vnexpress-ha-noi-doi-lich-nghi-tet-duong-lich-2026.yaml
        "những trường cố định nghỉ hai ngày cuối tuần sẽ được hoán đổi ngày làm việc để có kỳ "
        "nghỉ Tết dương kéo dài bốn ngày, từ 1/1 đến 4/1.",
    ],
)
def test_the_fixed_weekend_rest_before_the_holiday_is_no_time(phrase: str) -> None:
    # refused on main: "số “4” …" (two counts of days) and "từ “tuần” …"
    reading = one(phrase, HA_NOI_TET)
    assert reading.kind is W
    assert (reading.first, reading.last) == (date(2026, 1, 1), date(2026, 1, 4))


def test_work_on_the_weekends_of_a_span_stays_refused() -> None:
    # the neighbour: the weekends within the window, not the window
    why = refused("những trường làm việc vào hai ngày cuối tuần, từ 1/1 đến 4/1.", HA_NOI_TET)
    assert "tuần" in why
    assert "last_day" in why


def test_the_holiday_s_count_is_still_checked_after_the_rest() -> None:
    # "bốn ngày" over 1/1 – 6/1 (six days): the count disagrees, refused as main refuses it
    why = refused(
        "những trường cố định nghỉ hai ngày cuối tuần sẽ được hoán đổi ngày làm việc để có kỳ "
        "nghỉ Tết dương kéo dài bốn ngày, từ 1/1 đến 6/1.",
        HA_NOI_TET,
    )
    assert "last_day" in why


# --- a count that nearly fits its span: refused as such ----------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "said", "days"),
    [
        (  # tests/corpus/f-baokhanhhoa-niem-yet-boi-thuong-2018.yaml
            "Thời gian niêm yết:20 ngày, kể từ ngày 11-4-2018 đến hết ngày 2-5-2018",
            None,
            "“20 ngày” trước khoảng 11/04/2018 – 02/05/2018",
            "22 ngày",
        ),
        (  # tests/corpus/p-nongnghiephuuco-ninh-binh-binh-on-tet-2026.yaml
            "Thời gian cao điểm phục vụ mua sắm được xác định kéo dài trong 3 tháng, bắt đầu từ "
            "ngày 20/12/2025 đến hết ngày 18/3/2026",
            None,
            "“3 tháng” trước khoảng 20/12/2025 – 18/03/2026",
            "89 ngày",
        ),
        (  # tests/corpus/zm-vietnamplus-csgt-cao-diem-dai-hoi-xiv-tet-2026.yaml
            "Thời gian thực hiện trong 3 tháng, từ ngày 15/12/2025 đến 16/3/2026 (tức từ ngày "
            "26/10/2025 đến ngày 28/01/2026 âm lịch)",
            "2025-12-12",
            "“3 tháng” trước khoảng 15/12/2025 – 16/03/2026",
            "92 ngày",
        ),
    ],
)
def test_a_count_that_nearly_fits_its_span_is_refused_as_such(
    phrase: str, issued: str | None, said: str, days: str
) -> None:
    # refused on main as an unexplained number ("số “20” đứng trước thời hạn …")
    why = refused(phrase, ctx(issued))
    assert said in why
    assert f"({days} theo lịch" in why
    assert "first_day và last_day" in why


def test_a_count_that_fits_its_span_still_reads() -> None:
    # tests/corpus/u-kenh14-gio-to-hung-vuong-2026.yaml's neighbour: 3 days over 25/4 – 27/4
    reading = one("Kỳ nghỉ kéo dài 3 ngày từ 25/4 đến hết 27/4/2026", ctx("2026-03-11"))
    assert (reading.first, reading.last) == (date(2026, 4, 25), date(2026, 4, 27))


def test_a_length_inside_a_span_without_within_keeps_its_reason() -> None:
    # tests/corpus/zt-kimthanh-hdnd-huyen-lien-tich-ky-hop-thu-nhat-2021.yaml's neighbour: one
    # day of the nine, no "trong khoảng" to say it falls within them (with it, the span reads:
    # the lead's ruling of session 50, test_beforec)
    why = refused(
        "Kỳ họp thứ nhất, HĐND huyện khóa XX, nhiệm kỳ 2021-2026 dự kiến tổ chức 01 ngày, "
        "từ ngày 28/6 đến 06/7/2021",
        ctx("2021-06-07"),
    )
    assert why.startswith("số “01” đứng trước thời hạn")
