"""Helper e58 (session 58): words and numbers before the deadline that only say who or what,
read as the phrase without them; their neighbours that negate, move, hedge or condition the
day stay refused.

- A cohort of students by its code (`kehoach.dates.cohortcode`): "- Sinh viên K27 bắt đầu
  đăng ký từ ngày 09/08/2022", "- Sinh viên từ K25 về trước bắt đầu đăng ký từ ngày
  02/08/2022" (tests/corpus/zv-duytan-dang-ky-tin-chi-hk1-2022-2023.yaml), refused before as
  "số “27” đứng trước thời hạn mà không được đọc".
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines

DUYTAN = ctx("2022-07-20")


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        ("- Sinh viên K27 bắt đầu đăng ký từ ngày 09/08/2022", date(2022, 8, 9)),
        ("- Sinh viên từ K25 về trước bắt đầu đăng ký từ ngày 02/08/2022", date(2022, 8, 2)),
        ("Sinh viên từ K25 trở về trước bắt đầu đăng ký từ ngày 02/08/2022", date(2022, 8, 2)),
        ("Học viên K31 bắt đầu đăng ký từ ngày 02/08/2022", date(2022, 8, 2)),
    ],
)
def test_a_cohort_code_names_who_starts(phrase: str, start: date) -> None:
    reading = one(phrase, DUYTAN)
    assert (reading.kind, reading.earliest, reading.last) == (DeadlineKind.DATE, start, None)


@pytest.mark.parametrize(
    "phrase",
    [
        "Sinh viên {} nộp hồ sơ trước ngày 15/08/2022",
        "Sinh viên {} bắt đầu đăng ký từ ngày 02/08/2022 đến hết ngày 10/08/2022",
        "Sinh viên {} hoàn thành đăng ký chậm nhất ngày 15/8/2022",
        "Sinh viên từ {} về trước ngày 02/08/2022 đăng ký",
        "Sinh viên {} không được đăng ký trước ngày 02/08/2022",
        "Sinh viên {} đăng ký từ ngày 02/08/2022 nếu đã nộp học phí",
    ],
)
def test_a_cohort_code_reads_as_its_intake_spelt_out(phrase: str) -> None:
    """The code reads as "khóa 27" spelt out does, refused or read alike: it takes nothing
    the words would not."""
    assert _outcome(phrase.format("K27")) == _outcome(phrase.format("khóa 27"))


def _outcome(phrase: str) -> object:
    try:
        return [(r.kind, r.first, r.last, r.earliest) for r in parse_deadlines(phrase, DUYTAN)]
    except DeadlineError:
        return "refused"


def test_a_cohort_code_leaves_the_due_day_its_own() -> None:
    reading = one("Sinh viên K27 nộp hồ sơ trước ngày 15/08/2022", DUYTAN)
    assert (reading.first, reading.last) == (date(2022, 8, 15), date(2022, 8, 15))


@pytest.mark.parametrize(
    "phrase",
    [
        # a letter that may be a month or a quarter, a code too short or too long, no students
        "Sinh viên T8 bắt đầu đăng ký từ ngày 09/08/2022",
        "Sinh viên Q3 bắt đầu đăng ký từ ngày 09/08/2022",
        "Sinh viên K2 bắt đầu đăng ký từ ngày 09/08/2022",
        "Sinh viên K270 bắt đầu đăng ký từ ngày 09/08/2022",
        "K27 bắt đầu đăng ký từ ngày 09/08/2022",
        "Học sinh K27 bắt đầu đăng ký từ ngày 09/08/2022",
        "Đợt K27 bắt đầu đăng ký từ ngày 09/08/2022",
        # a day's mark or another number glued or next to it
        "Sinh viên K27/8 đăng ký từ ngày 09/08/2022",
        "Sinh viên K2708 đăng ký từ ngày 09/08/2022",
        "Sinh viên K27, 28 bắt đầu đăng ký từ ngày 09/08/2022",
        "Sinh viên K27 - 10 bắt đầu đăng ký từ ngày 09/08/2022",
        "Sinh viên K27 12 bắt đầu đăng ký từ ngày 09/08/2022",
        "Sinh viên K27 ngày 5 bắt đầu đăng ký từ ngày 09/08/2022",
        # told done, negated, not before, after, estimated
        "Sinh viên K27 đã đăng ký từ ngày 09/08/2022",
        "Sinh viên K27 không đăng ký từ ngày 09/08/2022",
        "Sinh viên K27 chưa được đăng ký trước ngày 09/08/2022",
        "Sinh viên K27 bắt đầu đăng ký sau ngày 09/08/2022",
        "Sinh viên K27 bắt đầu đăng ký khoảng ngày 09/08/2022",
        # "về trước" only closing the intakes: later ones, a count, a deadline, a month after it
        "Sinh viên từ K25 về sau bắt đầu đăng ký từ ngày 02/08/2022",
        "Sinh viên từ K25 về trước 10 ngày bắt đầu đăng ký từ ngày 02/08/2022",
        "Sinh viên từ K25 về trước hạn đăng ký từ ngày 02/08/2022",
        "Sinh viên từ K25 về trước tháng 8 bắt đầu đăng ký từ ngày 02/08/2022",
        "Sinh viên từ tháng 8 về trước bắt đầu đăng ký từ ngày 02/08/2022",
        "Sinh viên từ K25 về trước không đăng ký từ ngày 02/08/2022",
        "Sinh viên từ K25 về trước đã đăng ký từ ngày 02/08/2022",
        "Sinh viên từ K25 về trước, sau ngày 02/08/2022 đăng ký",
        # "về trước" with no "từ" before the code: not the intakes' span
        "Sinh viên K25 về trước bắt đầu đăng ký từ ngày 02/08/2022",
    ],
)
def test_neighbours_of_a_cohort_code_stay_refused(phrase: str) -> None:
    refused(phrase, DUYTAN)


# The earliest return to school counted back from the opening (5/9) and printed as its day
# (`kehoach.dates.schoolreturn`): tests/corpus/zw-vnexpress-hon-50-tinh-lich-tuu-truong-2022.yaml
TUU_TRUONG = ctx("2022-08-18")


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        ("Học sinh được tựu trường sớm nhất trước một tuần vào ngày 29/8.", date(2022, 8, 29)),
        (
            "Riêng với lớp 1, các trường có thể tổ chức tựu trường sớm hơn ngày khai giảng hai "
            "tuần, ngày 22/8.",
            date(2022, 8, 22),
        ),
        (
            "Học sinh được tựu trường sớm nhất trước 01 tuần so với ngày tổ chức khai giảng vào "
            "ngày 29/8/2022",
            date(2022, 8, 29),
        ),
        ("Lớp 1 được tựu trường sớm nhất trước 2 tuần vào ngày 22/8", date(2022, 8, 22)),
    ],
)
def test_the_earliest_return_is_the_day_printed(phrase: str, start: date) -> None:
    reading = one(phrase, TUU_TRUONG)
    assert (reading.kind, reading.earliest, reading.last) == (DeadlineKind.DATE, start, None)


@pytest.mark.parametrize(
    "phrase",
    [
        # the day printed and the weeks miss the opening on 5/9: another day, or the opening
        "Học sinh được tựu trường sớm nhất trước một tuần vào ngày 22/8.",
        "Học sinh được tựu trường sớm nhất trước hai tuần vào ngày 29/8.",
        "Các trường có thể tổ chức tựu trường sớm hơn ngày khai giảng hai tuần, ngày 5/9.",
        "Các trường có thể tổ chức tựu trường sớm hơn ngày khai giảng hai tuần, ngày 29/8.",
        "Học sinh được tựu trường sớm nhất trước một tuần vào ngày 31/9.",
        # the weeks counted from the day printed, a count hedged or in days, no day printed
        "Học sinh được tựu trường sớm nhất trước một tuần so với ngày 29/8.",
        "Các trường có thể tổ chức tựu trường sớm hơn ngày khai giảng khoảng hai tuần, ngày 22/8.",
        "Học sinh được tựu trường sớm nhất trước 7 ngày vào ngày 29/8.",
        "Học sinh được tựu trường sớm nhất trước một hoặc hai tuần vào ngày 29/8.",
        "Tựu trường sớm nhất trước 01 tuần so với ngày tổ chức khai giảng",
        # without "sớm nhất", or "sớm hơn" with no "có thể"/"được": when it is held, no bound
        "Học sinh được tựu trường trước một tuần vào ngày 29/8.",
        "Các trường tổ chức tựu trường sớm hơn ngày khai giảng hai tuần, ngày 22/8.",
        "Học sinh được tựu trường muộn nhất trước một tuần vào ngày 29/8.",
        # negated, done, past, conditional, two days, moved
        "Học sinh không được tựu trường sớm nhất trước một tuần vào ngày 29/8.",
        "Các trường không được tổ chức tựu trường sớm hơn ngày khai giảng hai tuần, ngày 22/8.",
        "Học sinh đã tựu trường sớm nhất trước một tuần vào ngày 29/8.",
        "Năm ngoái, học sinh được tựu trường sớm nhất trước một tuần vào ngày 29/8.",
        "Nếu cần, các trường có thể tổ chức tựu trường sớm hơn ngày khai giảng hai tuần, ngày 22/8.",
        "Học sinh được tựu trường sớm nhất trước một tuần vào ngày 29/8 nếu đủ điều kiện.",
        "Học sinh được tựu trường sớm nhất trước một tuần vào ngày 29/8 hoặc 30/8.",
        "Học sinh được tựu trường sớm nhất trước một tuần vào ngày 29/8, năm nay lùi lại.",
        # a span after the day
        "Học sinh được tựu trường sớm nhất trước một tuần vào ngày 29/8 - 5/9.",
    ],
)
def test_neighbours_of_the_earliest_return_stay_refused(phrase: str) -> None:
    refused(phrase, TUU_TRUONG)


# "sớm" of a return beside the grades it joins, the day printed after "vào ngày" (label.py,
# `_EARLY_WITH_THE_GRADES`): the same file
def test_a_return_early_with_other_grades_is_on_its_day() -> None:
    phrase = (
        "Bà Rịa - Vũng Tàu lại tổ chức cho học sinh lớp 10 tựu trường sớm cùng lớp 1, 2 vào "
        "ngày 22/8."
    )
    reading = one(phrase, TUU_TRUONG)
    assert (reading.first, reading.last) == (date(2022, 8, 22), date(2022, 8, 22))
    assert one(phrase.replace("sớm ", ""), TUU_TRUONG).last == reading.last


@pytest.mark.parametrize(
    "phrase",
    [
        # another time part: a deadline, a start
        "Học sinh lớp 10 tựu trường sớm cùng lớp 1, 2 trước ngày 22/8.",
        "Học sinh lớp 10 tựu trường sớm cùng lớp 1, 2 từ ngày 22/8.",
        # at the earliest, earlier than, a count of weeks
        "Học sinh lớp 10 tựu trường sớm hơn cùng lớp 1, 2 vào ngày 22/8.",
        "Học sinh lớp 10 tựu trường sớm nhất cùng lớp 1, 2 vào ngày 22/8.",
        "Học sinh lớp 10 tựu trường sớm cùng lớp 1, 2 hai tuần vào ngày 22/8.",
        "Học sinh lớp 10 tựu trường sớm hơn lớp 1, 2 vào ngày 22/8.",
        # negated, done, past, conditional, hedged
        "Học sinh lớp 10 không tựu trường sớm cùng lớp 1, 2 vào ngày 22/8.",
        "Học sinh lớp 10 đã tựu trường sớm cùng lớp 1, 2 vào ngày 22/8.",
        "Học sinh lớp 10 vừa tựu trường sớm cùng lớp 1, 2 vào ngày 22/8.",
        "Năm ngoái học sinh lớp 10 tựu trường sớm cùng lớp 1, 2 vào ngày 22/8.",
        "Học sinh lớp 10 tựu trường sớm cùng lớp 1, 2 vào ngày 22/8 nếu đủ phòng học.",
        "Học sinh lớp 10 tựu trường sớm cùng lớp 1, 2 vào ngày 22/8 (dự kiến).",
        # "sớm" of another step, or with other words after the grades
        "Học sinh lớp 10 nhập học sớm cùng lớp 1, 2 vào ngày 22/8.",
        "Học sinh lớp 10 tựu trường sớm cùng lớp 1, 2 khoảng ngày 22/8.",
        "Học sinh lớp 10 tựu trường sớm cùng lớp 1, 2 tuần sau, vào ngày 22/8.",
    ],
)
def test_neighbours_of_a_return_early_with_other_grades_stay_refused(phrase: str) -> None:
    refused(phrase, TUU_TRUONG)
