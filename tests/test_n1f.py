"""Refusals of session 43 (branch n1f, family N1: "không nhận ra thời hạn") that the corpus
conventions read (issue 11 §1), each with the real phrase that motivated it (its corpus file
named) and the neighbours that must stay refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW

# --- a festival's days told before the edition that names their year ---------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # m-bnews-festival-bien-2017 (issued: null)
        (
            "Diễn ra từ 10 đến 13/6, Festival Biển Nha Trang – Khánh Hòa năm 2017 có hơn 50 hoạt "
            "động văn hóa, nghệ thuật, thể dục – thể thao, hội thảo khoa học, thương mại…",
            date(2017, 6, 10),
            date(2017, 6, 13),
        ),
        # l-tra-vinh-dua-ghe-ngo-2023 (issued: null)
        (
            "Trong hai ngày 25 và 26/11, Giải đua ghe Ngo tỉnh Trà Vinh mở rộng mừng Lễ hội Ok Om "
            "Bok năm 2023 của đồng bào Khmer được tổ chức tại sông Long Bình, thành phố Trà Vinh, "
            "tỉnh Trà Vinh",
            date(2023, 11, 25),
            date(2023, 11, 26),
        ),
    ],
)
def test_days_told_before_the_edition_are_held_in_its_year(
    phrase: str, first: date, last: date
) -> None:
    reading = one(phrase, ctx())
    assert days(reading) == (W, first, last)
    assert "năm của hội thi, lễ hội được tổ chức" in reading.reading
    assert reading.phrase == phrase


@pytest.mark.parametrize(
    "phrase",
    [
        # neighbours: days that run into the next year name no one year of the edition
        "Diễn ra từ 5/12 đến 5/1, Festival Hoa Đà Lạt năm 2024 có hơn 50 hoạt động",
        # a due word: the entries of year Y may be due in Y + 1
        "Nhận hồ sơ từ 10 đến 13/6, Festival Biển năm 2017 diễn ra",
        # no verb of holding on either side: the days may be anything's
        "Từ 10 đến 13/6, Festival Biển Nha Trang năm 2017 có hơn 50 hoạt động",
        # told done (convention 1)
        "Diễn ra từ 10 đến 13/6, Festival Biển Nha Trang năm 2017 đã có hơn 50 hoạt động",
        # another count of days after the edition
        "Diễn ra từ 10 đến 13/6, Festival Biển Nha Trang năm 2017 có 50 hoạt động trong 3 ngày",
    ],
)
def test_days_before_an_edition_that_may_not_be_its_stay_refused(phrase: str) -> None:
    assert refused(phrase, ctx())


# --- a day after "tức" written with a dash, its due hour closing the phrase after "trước" ---

# u-plo-lich-thi-hsg-quoc-gia-2025-2026 (issued 10/11/2025): the exam is on 25 and 26-12
PLO = (
    "Trước đó một ngày, tức 24-12, các hội đồng coi thi tổ chức cho thí sinh thi thử bài thi nói "
    "các môn Ngoại ngữ, hoàn thành trước 16 giờ"
)


@pytest.mark.parametrize(
    "phrase",
    [
        PLO,
        # the hour before its day keeps its reading (`asides._BOUND_BEFORE`)
        "hoàn thành trước 16 giờ ngày 24/12",
    ],
)
def test_a_dashed_day_after_tuc_is_read_with_its_due_hour(phrase: str) -> None:
    reading = one(phrase, ctx("2025-11-10"))
    assert days(reading) == (D, date(2025, 12, 24), date(2025, 12, 24))
    assert reading.time == "16:00"


@pytest.mark.parametrize(
    "phrase",
    [
        # neighbours: "tức 1-6" may be months 1 to 6 (the lead's ruling of session 33)
        "Trước đó một ngày, tức 1-6, các hội đồng coi thi tổ chức thi thử",
        # another bound of the day before: the day before 24/12, or each day until it?
        "Trước ngày 24/12, nộp trước 16 giờ",
        # "trước 0 giờ" is the end of the day before
        "Ngày 24/12, nộp trước 0 giờ",
    ],
)
def test_a_dashed_day_or_a_closing_hour_that_may_mislead_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2025-11-10"))


# --- weekdays with no cadence: refused, the reason says why ------------------------------


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        # p-ninhhoa-ninhbinh-lich-thu-gom-rac-2025 (issued 17/03/2025): the collection's days
        (
            "+ Chiều thứ 2 chiều thứ 5: Từ lúc 13h30’ bắt đầu thu gom từ các thôn Quán Vinh, Áng "
            "Sơn và Đại Áng",
            "“thứ 2 chiều thứ 5” là thứ trong tuần",
        ),
        (
            "+ Chiều thứ 4 và chiều thứ 7: Từ lúc 13h30’ bắt đầu thu gom tại Thanh Thượng, Thanh "
            "Hạ, Ngô Thượng, Ngô Hạ và Áng Ngũ",
            "“thứ 4 và chiều thứ 7” là thứ trong tuần",
        ),
    ],
)
def test_weekdays_without_a_cadence_say_why_they_are_refused(phrase: str, said: str) -> None:
    why = refused(phrase, ctx("2025-03-17"))
    assert said in why
    assert "mỗi tuần hay một tuần nào" in why
    assert "last_day" in why


def test_weekdays_with_their_cadence_still_read() -> None:
    # the weekly rule (`routine.WEEKDAYS_RULE`) is untouched
    reading = one("Thứ 4 và thứ 7 hằng tuần: thu gom tại Thanh Thượng", ctx("2025-03-17"))
    assert reading.kind is DeadlineKind.RECURRING
