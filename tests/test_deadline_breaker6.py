"""Misreads found in the sixth breaker session (issue 11, §1: never a silent wrong date):
each phrase was read as a day, window or rule other than the one a careful reader writes
down, with exit 0 and no warning; each is refused now (or read right), and its neighbours
still read. The list, with the tool's old reading, is in the session's notes
(/work/notes/misreads-breaker3.txt: R1, R2, …)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadline_forms import DEC_2026, days, one, refused
from kehoach.base.text import is_syllable, run_together
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines

PLAN = DEC_2026


# R1. A negation damaged by a keyboard or a PDF copy ("khônq": q for g, "khôngg", "khôg")
# is no Vietnamese syllable: it was taken for the step, and "không trước ngày 5/3" (not
# before: a start) read as due 5/3.
@pytest.mark.parametrize(
    "phrase",
    [
        "khônq trước ngày 5/3/2027",
        "Khônq trước ngày 5/3/2027",
        "khôngg trước ngày 5/3/2027",
        "kkhông trước ngày 5/3/2027",
        "khônng trước ngày 5/3/2027",
        "khôg trước ngày 5/3/2027",
        "tổ chức khônq trước ngày 5/3/2027",
    ],
)
def test_a_misspelt_word_before_the_day_is_refused(phrase: str) -> None:
    assert "không phải một tiếng Việt viết đúng" in refused(phrase, PLAN)


def test_names_of_one_word_and_places_of_the_highlands_still_read() -> None:
    for step in ("Tổ chức tại Đắk Lắk", "tại xã Ea Kar", "Lễ hội Katê", "Sở GDĐT"):
        (reading,) = parse_deadlines(f"{step} trước ngày 5/3/2027", PLAN)
        assert (reading.last, reading.label) == (date(2027, 3, 5), step)


# R2. Two syllables run together by a PDF copy hid a word of time: "sớmnhất" (at the
# earliest) and "khôngtrước" (not before) read as due 5/3.
def test_syllables_run_together_are_read_apart() -> None:
    (start,) = parse_deadlines("hoàn thành sớmnhất ngày 5/3/2027", PLAN)
    assert (start.earliest, start.last) == (date(2027, 3, 5), None)
    (start,) = parse_deadlines("hoàn thànhsớm nhất ngày 5/3/2027", PLAN)
    assert (start.earliest, start.last) == (date(2027, 3, 5), None)
    assert "không" in refused("khôngtrước ngày 5/3/2027", PLAN)
    assert "chưa" in refused("chưatrước ngày 5/3/2027", PLAN)
    (due,) = parse_deadlines("Lễ tổchức trước ngày 5/3/2027", PLAN)
    assert (due.last, due.label, due.phrase) == (
        date(2027, 3, 5),
        "Lễ tổ chức",
        "Lễ tổchức trước ngày 5/3/2027",
    )


@pytest.mark.parametrize(
    ("word", "apart"),
    [
        ("hànhsau", ("hành", "sau")),
        ("tổchức", ("tổ", "chức")),
        ("đúnghạn", ("đúng", "hạn")),
        ("chưatrước", ("chưa", "trước")),
        ("cáoThủ", ("cáo", "Thủ")),
        ("khônq", None),
        ("không", None),
        ("giường", None),
    ],
)
def test_run_together_splits_onset_first(word: str, apart: tuple[str, str] | None) -> None:
    assert run_together(word) == apart


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["khônq", "khôngg", "kkhông", "khôg", "trướcc", "sớmq", "chưaa"]),
    st.sampled_from(["trước ngày 5/3/2027", "ngày 5/3/2027", "tháng 3/2027", "quý I/2027"]),
    st.sampled_from(["", "Tổ chức ", "Sở Y tế "]),
)
def test_a_misspelt_word_of_time_never_becomes_the_step(prefix: str, time: str, head: str) -> None:
    phrase = f"{head}{prefix} {time}"
    assert not is_syllable(prefix)
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, PLAN)


# R3. "chẳng", "chả" (not) before "trước" are negations as "chưa" is: not before 5/3.
@pytest.mark.parametrize("phrase", ["chẳng trước ngày 5/3/2027", "chả trước ngày 5/3/2027"])
def test_other_negations_before_truoc_are_refused(phrase: str) -> None:
    assert "mốc bắt đầu" in refused(phrase, PLAN)


def test_chang_han_is_no_negation() -> None:
    (due,) = parse_deadlines("chẳng hạn Sở Y tế gửi trước ngày 5/3/2027", PLAN)
    assert due.last == date(2027, 3, 5)


# R4. "tù", "tứ", "tự" right before the day are "từ" (from) mistyped: a start, read as due
# 5/3 with the step "tù"; "sâu" is "sau" (after).
@pytest.mark.parametrize(
    "phrase",
    [
        "tù ngày 5/3/2027",
        "Tù ngày 5/3/2027",
        "thực hiện tứ ngày 5/3/2027",
        "thực hiện tự ngày 5/3/2027",
        "bắt đầu tù ngày 5/3/2027",
        "thực hiện tù tháng 3/2027",
    ],
)
def test_tu_mistyped_is_never_a_deadline(phrase: str) -> None:
    try:
        (reading,) = parse_deadlines(phrase, PLAN)
    except DeadlineError:
        return
    assert reading.last is None and reading.earliest is not None  # read as "từ": a start


def test_sau_mistyped_is_refused() -> None:
    assert "sau" in refused("sâu ngày 5/3/2027", PLAN)


# R5. One event held on a few days of the year it names was read as the whole year (due
# 31/12): the graduation exam is in June, the Đồng Tháp congress of 2026 ran to 31/3/2026.
@pytest.mark.parametrize(
    "phrase",
    [
        "Tổ chức kỳ thi tốt nghiệp THPT năm 2027",
        "thi tốt nghiệp THPT năm 2027",
        "Kỳ thi tốt nghiệp trung học phổ thông (THPT) năm 2027",
        "Lễ hội Hoa Ban năm 2027",
        "Hội thi giáo viên dạy giỏi cấp tỉnh năm 2027",
        "Giải bóng đá thiếu niên năm 2027",
        "Tổ chức Hội khỏe Phù Đổng năm 2027",
        "tuyển sinh lớp 10 năm 2027",
        "Đại hội TDTT tỉnh Đồng Tháp lần thứ X - năm 2027",
    ],
)
def test_an_event_named_by_its_year_is_not_the_whole_year(phrase: str) -> None:
    assert "không phải cả năm" in refused(phrase, PLAN)


@pytest.mark.parametrize(
    "phrase",
    [
        "Nghệ An sẽ tổ chức 27 lễ hội trong năm 2027",  # many, over the year
        "Kế hoạch tổ chức các kỳ thi năm 2027",
        "tỷ lệ hộ nghèo năm 2027",  # "lệ", not "lễ"
        "phong trào thi đua năm 2027",
    ],
)
def test_work_over_the_year_still_reads_the_year(phrase: str) -> None:
    assert days(one(phrase, PLAN)) == (DeadlineKind.WINDOW, date(2027, 1, 1), date(2027, 12, 31))


# R6. "Ngày bắt đầu: 15/3/2027" (start date) read as due 15/3: "bắt đầu" was dropped as a
# filler word, as in "bắt đầu từ … đến …", where the span says the end.
@pytest.mark.parametrize(
    "phrase",
    ["Ngày bắt đầu: 15/3/2027", "thời gian bắt đầu: tháng 3/2027", "Ngày bắt đầu 15/3/2027"],
)
def test_a_start_day_is_no_deadline(phrase: str) -> None:
    try:
        (reading,) = parse_deadlines(phrase, PLAN)
    except DeadlineError as error:
        assert "bắt đầu" in error.why
        return
    assert reading.last is None and reading.earliest is not None


def test_a_span_or_a_deadline_to_begin_still_reads() -> None:
    assert days(one("bắt đầu từ ngày 5/3/2027 đến 10/3/2027", PLAN))[1:] == (
        date(2027, 3, 5),
        date(2027, 3, 10),
    )
    assert one("bắt đầu trước ngày 5/3/2027", PLAN).last == date(2027, 3, 5)
    assert one("Lễ khai mạc bắt đầu 20h ngày 26/11/2027", PLAN).last == date(2027, 11, 26)


# R7. "10 ngày cuối tháng 3/2027" (the last ten days) read as one day, 31/3: the count's
# "ngày" was taken for "ngày cuối tháng" (the last day).
@pytest.mark.parametrize("phrase", ["10 ngày cuối tháng 3/2027", "trong 10 ngày cuối tháng 3/2027"])
def test_the_last_ten_days_are_a_window(phrase: str) -> None:
    assert days(one(phrase, PLAN)) == (DeadlineKind.WINDOW, date(2027, 3, 21), date(2027, 3, 31))


def test_the_last_day_of_a_month_is_still_one_day() -> None:
    assert days(one("trong ngày cuối tháng 3/2027", PLAN)) == (
        DeadlineKind.DATE,
        date(2027, 3, 31),
        date(2027, 3, 31),
    )


# R8. A solar day named beside a day that is not it: Tết Thanh minh 2027 is 5/4 (the term
# opens when the sun reaches 15°), Christmas 25/12, Tết Dương lịch 1/1.
@pytest.mark.parametrize(
    "phrase",
    [
        "Tết Thanh minh ngày 10/4/2027",
        "dịp Tết Thanh minh ngày 10/4/2027",
        "ngày 30/4/2027 (Thanh minh)",
        "Lễ Giáng sinh ngày 20/12/2027",
        "Tết Dương lịch ngày 2/1/2027",
    ],
)
def test_a_named_solar_day_must_be_its_day(phrase: str) -> None:
    assert "viết nhầm" in refused(phrase, PLAN)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Tết Thanh minh (5/4/2027)", date(2027, 4, 5)),
        ("Tết Thanh minh ngày 4/4/2028", date(2028, 4, 4)),
        ("tiết Thanh minh ngày 12/4/2027", date(2027, 4, 12)),
        ("Lễ Giáng sinh ngày 25/12/2027", date(2027, 12, 25)),
        ("nghỉ Tết Dương lịch ngày 2/1/2027", date(2027, 1, 2)),  # a break runs over days
        ("chào mừng Lễ Giáng sinh, tổ chức ngày 20/12/2027", date(2027, 12, 20)),
    ],
)
def test_a_named_solar_day_on_its_day_still_reads(phrase: str, day: date) -> None:
    assert one(phrase, PLAN).last == day


# R9. "hằng năm, quý IV" (each year, in its fourth quarter) read as two cadences, yearly and
# quarterly, with "IV" as the step: due at the end of every quarter.
@pytest.mark.parametrize(
    ("phrase", "month"),
    [("hằng năm, quý IV", "12"), ("hằng năm, quý I", "3"), ("Báo cáo hằng năm, quý IV", "12")],
)
def test_each_year_then_a_quarter_is_that_quarter_each_year(phrase: str, month: str) -> None:
    (reading,) = parse_deadlines(phrase, PLAN)
    assert reading.rrule == f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY=-1"


def test_two_cadences_still_read_as_two() -> None:
    rules = [one.rrule for one in parse_deadlines("hằng quý, năm", PLAN)]
    assert rules == [
        "FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1",
        "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1",
    ]


# R10. A count after its event (main's new form, "trước bầu cử 23 ngày") with a comparison
# or an ordinal's head closing the event: "hơn 23 ngày" is more than 23 days (by the 24th
# day before), "kỳ họp thứ 10 ngày" the 10th session; read as 23 (10) days before.
@pytest.mark.parametrize(
    "phrase",
    ["trước bầu cử hơn 23 ngày", "trước bầu cử trên 23 ngày", "trước kỳ họp thứ 10 ngày"],
)
def test_a_count_after_a_comparison_or_an_ordinal_is_refused(phrase: str) -> None:
    refused(phrase, PLAN)


def test_a_count_after_its_event_still_reads() -> None:
    for phrase, anchor in (
        ("trước bầu cử 23 ngày", "bầu cử"),
        ("trước đại hội cấp trên 30 ngày", "đại hội cấp trên"),
    ):
        (reading,) = parse_deadlines(phrase, PLAN)
        assert reading.relative is not None
        assert (reading.relative.anchor, reading.relative.direction) == (anchor, "before")


# R11. The day a deadline replaced, or one already missed: "thay vì ngày 15/3" (instead of),
# "lẽ ra trước ngày 15/3" (should have been), "quá hạn ngày 15/3" (overdue), "vượt ngày 15/3".
@pytest.mark.parametrize(
    "phrase",
    [
        "thay vì ngày 15/3/2027",
        "thay vì trước ngày 15/3/2027",
        "thay cho ngày 15/3/2027",
        "lẽ ra trước ngày 15/3/2027",
        "quá hạn ngày 15/3/2027",
        "vượt ngày 15/3/2027",
    ],
)
def test_a_replaced_or_missed_day_is_no_deadline(phrase: str) -> None:
    refused(phrase, PLAN)


# R12. "phải đến ngày 15/3 mới được triển khai" (only then allowed): a start, read as due.
@pytest.mark.parametrize(
    "phrase",
    ["phải đến ngày 15/3/2027 mới được triển khai", "đến ngày 15/3/2027 mới bắt đầu"],
)
def test_only_then_allowed_is_a_start(phrase: str) -> None:
    assert "mốc sớm nhất" in refused(phrase, PLAN)


def test_the_day_school_resumes_still_reads() -> None:
    assert one("đến ngày 2/3/2027 mới đi học trở lại", PLAN).last == date(2027, 3, 2)


# R13. A reserve or conditional day listed after the day it stands in for read as a second
# deadline: "ngày 15/3/2027, dự phòng ngày 20/3/2027", "…, trường hợp trời mưa thì ngày …".
@pytest.mark.parametrize(
    "phrase",
    [
        "ngày 15/3/2027, dự phòng ngày 20/3/2027",
        "ngày 15/3/2027, ngày dự phòng: 20/3/2027",
        "ngày 15/3/2027, trường hợp trời mưa thì ngày 20/3/2027",
    ],
)
def test_a_reserve_day_is_no_second_deadline(phrase: str) -> None:
    assert "ngày thay thế" in refused(phrase, PLAN)


def test_a_reserve_week_alone_and_a_second_event_still_read() -> None:
    assert days(one("Tuần dự phòng: từ 25/5 đến 30/5/2027", PLAN))[1:] == (
        date(2027, 5, 25),
        date(2027, 5, 30),
    )
    due = [
        reading.last for reading in parse_deadlines("ngày 15/3/2027, thi bù ngày 20/3/2027", PLAN)
    ]
    assert due == [date(2027, 3, 15), date(2027, 3, 20)]
