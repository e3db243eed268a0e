"""Session 32's audit (branch audit32): a step "sau Tết" on its stated day, read when the day
is one of the weeks after Tết Nguyên đán (`kehoach.dates.aftertet`); any other day beside
"sau Tết" refused with its lunar date. The real phrase that motivated it (its corpus file
named), variants of the same family as schools and offices print it, and the look-alikes
that stay refused."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE


def _readings(phrase: str, issued: str) -> list[tuple[DeadlineKind, str, str, str | None]]:
    return [
        (one.kind, str(one.first), str(one.last), one.label)
        for one in parse_deadlines(phrase, ctx(issued))
    ]


# --- "sau Tết vào ngày D", D in the weeks after Tết ------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "day", "label"),
    [
        # c-vietnamnet-quang-ninh-nghi-tet-2026.yaml (VietNamNet, 2026): 2/3/2026 is the 14th
        # of tháng Giêng, Quảng Ninh's pupils the last of the country back at school
        (
            "bắt đầu đi học lại sau Tết vào ngày 2/3",
            "2026-02-24",
            "2026-03-02",
            "bắt đầu đi học lại sau Tết",
        ),
        # the holiday named as the press names it (PLO, 2025: back on 3/2, mùng 6)
        (
            "học sinh đi học trở lại sau kỳ nghỉ Tết vào ngày 3/2",
            "2025-01-20",
            "2025-02-03",
            "học sinh đi học trở lại sau kỳ nghỉ Tết",
        ),
        (
            "Học sinh trở lại trường sau kỳ nghỉ Tết Nguyên đán vào ngày 10/2/2025",
            "2025-01-15",
            "2025-02-10",
            "Học sinh trở lại trường sau kỳ nghỉ Tết Nguyên đán",
        ),
        # its lunar year named, the day's own (Bính Ngọ: Tết on 17/2/2026)
        (
            "đi học trở lại sau Tết Nguyên đán Bính Ngọ vào ngày 23/2",
            "2026-01-20",
            "2026-02-23",
            "đi học trở lại sau Tết Nguyên đán Bính Ngọ",
        ),
        # a university's long break: 8/3/2021 is the 25th of tháng Giêng Tân Sửu
        (
            "sinh viên đi học lại sau Tết vào ngày 8/3/2021",
            "2021-01-15",
            "2021-03-08",
            "sinh viên đi học lại sau Tết",
        ),
    ],
)
def test_a_step_after_tet_on_a_day_of_the_weeks_after_tet_reads_that_day(
    phrase: str, issued: str, day: str, label: str
) -> None:
    assert _readings(phrase, issued) == [(D, day, day, label)]


@pytest.mark.parametrize(
    ("phrase", "issued", "lunar"),
    [
        # tests/test_deadline_forms_e.py (Báo Thừa Thiên Huế, 2016): half a year after Tết
        ("Buổi học đầu tiên sau Tết vào ngày 22/8/2016", "2016-07-05", "20 tháng 7"),
        ("đi học lại sau Tết vào ngày 18/2", "2026-01-20", "2 tháng 1"),  # mùng 2: Tết itself
        ("đi học lại sau Tết vào ngày 10/2", "2026-01-20", "23 tháng 12"),  # before Tết
        ("đi học lại sau Tết vào ngày 20/3", "2026-01-20", "2 tháng 2"),  # the second month
    ],
)
def test_a_day_outside_the_weeks_after_tet_is_refused_with_its_lunar_date(
    phrase: str, issued: str, lunar: str
) -> None:
    why = refused(phrase, ctx(issued))
    assert lunar in why
    assert "sau Tết" in why


@pytest.mark.parametrize(
    "phrase",
    [
        "sau Tết 10 ngày vào ngày 2/3",  # a count after the holiday
        "đi học lại sau ngày Tết vào ngày 23/2",  # after a day: a start, which?
        "đi học lại sau Tết Dương lịch vào ngày 5/1",  # the solar New Year: no lunar check
        "đi học lại sau Tết trước ngày 23/2",  # only "vào" and its one day
        "đi học lại sau Tết Nguyên đán Giáp Thìn vào ngày 23/2",  # 23/2/2026 is Bính Ngọ's
    ],
)
def test_other_words_after_tet_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-20"))


# --- a report named by its subject, then its months, then the day it is due each year --------


@pytest.mark.parametrize(
    ("phrase", "rule"),
    [
        # y-ketoaninno-nd-145-2020-bao-cao-su-dung-lao-dong.yaml (Kế toán Inno on Nghị định
        # 145/2020/NĐ-CP, Điều 4): the half-year report named by its subject, each year's 5/6
        (
            "Báo cáo tình hình sử dụng lao động 6 tháng đầu năm: Hạn nộp chậm nhất trước ngày "
            "05/06 của năm báo cáo",
            "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=5",
        ),
        # the decree's own words (Điều 4 khoản 2: "Định kỳ 06 tháng (trước ngày 05 tháng 6) và
        # hằng năm (trước ngày 05 tháng 12)")
        (
            "báo cáo tình hình thay đổi về lao động 6 tháng cuối năm trước ngày 05/12 hằng năm",
            "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5",
        ),
        (
            "Báo cáo công tác cải cách hành chính 6 tháng đầu năm gửi trước ngày 10/6 của năm "
            "báo cáo",
            "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=10",
        ),
    ],
)
def test_a_report_named_by_its_subject_and_its_months_is_due_each_year(
    phrase: str, rule: str
) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert (reading.kind, reading.rrule) == (DeadlineKind.RECURRING, rule)
    assert reading.recurrence is not None
    assert reading.recurrence.covers in ("6 tháng đầu năm", "6 tháng cuối năm")


@pytest.mark.parametrize(
    "phrase",
    [
        # the day outside the half it reports on: one of the two is mistyped
        "Báo cáo tình hình sử dụng lao động 6 tháng đầu năm: Hạn nộp chậm nhất trước ngày "
        "05/12 của năm báo cáo",
        # a year after the months: one half of one year, not each year's
        "Báo cáo tình hình sử dụng lao động 6 tháng đầu năm 2025 trước ngày 05/06 của năm báo cáo",
        # a word of a span among the subject's words
        "Báo cáo kết quả từ ngày 1/1 6 tháng đầu năm trước ngày 05/06 của năm báo cáo",
        "Báo cáo kết quả kể từ 6 tháng đầu năm trước ngày 05/06 của năm báo cáo",
    ],
)
def test_a_report_whose_months_do_not_name_each_year_s_report_stays_refused(
    phrase: str,
) -> None:
    refused(phrase, ctx("2026-01-01"))
