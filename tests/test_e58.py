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
