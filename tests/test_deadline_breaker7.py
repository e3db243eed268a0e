"""Misreads found in the seventh breaker session (issue 11, §1: never a silent wrong date):
each phrase was read as a day, window or rule other than the one a careful reader writes
down, with exit 0 and no warning; each is refused now (or read right), and its neighbours
still read. The list, with the tool's old reading, is in the session's notes
(/work/notes/misreads-breaker4.txt: S1, S2, …)."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines

PLAN = Context(issued=date(2026, 12, 1))


def _refused(phrase: str, context: Context = PLAN) -> str:
    with pytest.raises(DeadlineError) as caught:
        parse_deadlines(phrase, context)
    return caught.value.why


def _one(phrase: str, context: Context = PLAN) -> tuple[DeadlineKind, date | None, date | None]:
    (reading,) = parse_deadlines(phrase, context)
    return reading.kind, reading.first, reading.last


# S1. "năm 2026" after the last congress named is that congress's year (a few days), though
# the first is "các cấp" (many): it was read as the whole of 2026, due 31/12.
def test_the_congress_the_year_is_of_is_refused_after_many() -> None:
    why = _refused(
        "Kế hoạch tổ chức Đại hội TDTT các cấp tiến tới Đại hội TDTT tỉnh Yên Bái lần thứ X, "
        "năm 2026"
    )
    assert "sự kiện" in why


def test_congresses_of_all_levels_alone_keep_their_year() -> None:
    assert _one("Đại hội TDTT các cấp năm 2026") == (
        DeadlineKind.WINDOW,
        date(2026, 1, 1),
        date(2026, 12, 31),
    )


# S2. The day a document was signed, issued, posted or took effect, or the day of the
# directive a task follows, was read as the due day.
@pytest.mark.parametrize(
    "phrase",
    [
        "đã ký ngày 15/3/2027",
        "Hợp đồng ký ngày 15/3/2027",
        "ban hành ngày 15/3/2027",
        "Đăng tải ngày 15/3/2027",
        "Cập nhật ngày 15/3/2027",
        "có hiệu lực ngày 15/3/2027",
        "được thông qua ngày 15/3/2027",
        "đã được phê duyệt ngày 15/3/2027",
        "Ngày ban hành: 15/3/2027",
        "Ngày ký: 15/3/2027",
        "Ngày đăng: 15/3/2027",
        "Ngày hiệu lực: 15/3/2027",
        "Ngày nhận: 15/3/2027",
        "Tờ trình ngày 15/3/2027",
        "Biên bản ngày 15/3/2027",
        "theo Kế hoạch ngày 15/3/2027",
        "theo chỉ đạo ngày 15/3/2027",
        "theo đề nghị ngày 15/3/2027",
    ],
)
def test_the_day_of_a_document_is_no_deadline(phrase: str) -> None:
    assert "không phải thời hạn" in _refused(phrase)


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("Ngày đăng ký: 15/3/2027", "Ngày đăng ký"),
        ("đăng ký ngày 15/3/2027", "đăng ký"),
        ("Ký hợp đồng ngày 15/3/2027", "Ký hợp đồng"),
        ("Ban hành kế hoạch ngày 15/3/2027", "Ban hành kế hoạch"),
        ("Ngày nhận hồ sơ: 15/3/2027", "Ngày nhận hồ sơ"),
        ("Ban hành trước ngày 15/3/2027", "Ban hành"),
    ],
)
def test_tasks_that_register_sign_or_issue_on_a_day_still_read(phrase: str, label: str) -> None:
    (reading,) = parse_deadlines(phrase, PLAN)
    assert (reading.last, reading.label) == (date(2027, 3, 15), label)


# S3. The span a report covers, up to a day, was read as the report's due day.
@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo kết quả thực hiện từ ngày 1/1/2027 đến ngày 15/3/2027",
        "Báo cáo kết quả thực hiện tính từ ngày 1/1/2027 đến hết ngày 15/3/2027",
        "báo cáo tình hình thực hiện đến hết ngày 15/3/2027",
        "báo cáo kết quả triển khai đến hết ngày 15/3/2027",
    ],
)
def test_the_span_a_report_covers_is_no_due_day(phrase: str) -> None:
    assert "không phải hạn gửi" in _refused(phrase)


def test_a_report_of_results_due_before_a_day_still_reads() -> None:
    assert _one("Báo cáo kết quả thực hiện gửi Sở TN&MT trước ngày 10/10/2027") == (
        DeadlineKind.DATE,
        date(2027, 10, 10),
        date(2027, 10, 10),
    )


# S4. A day moved in a clause that tells it ("nay điều chỉnh sang …"): both days were read.
@pytest.mark.parametrize(
    "phrase",
    [
        "dự kiến ngày 15/3/2027, nay điều chỉnh sang ngày 20/3/2027",
        "dự kiến ngày 15/3/2027, sau đó điều chỉnh sang ngày 20/3/2027",
    ],
)
def test_a_day_moved_in_a_clause_is_refused(phrase: str) -> None:
    _refused(phrase)


# S5. Planned and actual days: the actual one is a completion, never a second deadline.
@pytest.mark.parametrize(
    "phrase",
    [
        "Kế hoạch dự kiến ngày 15/3/2027, thực tế ngày 20/3/2027",
        "Dự kiến: 15/3/2027; Thực tế: 20/3/2027",
        "Thời gian hoàn thành thực tế: 20/3/2027",
    ],
)
def test_the_actual_day_is_no_deadline(phrase: str) -> None:
    _refused(phrase)


def test_a_field_survey_before_a_day_still_reads() -> None:
    (reading,) = parse_deadlines("Khảo sát thực tế trước ngày 15/3/2027", PLAN)
    assert (reading.last, reading.label) == (date(2027, 3, 15), "Khảo sát thực tế")


# S6. "của năm sau" closing a day, with no word of a yearly rule, was read as due that day
# each year: a plan issued on 10/01/2027 was due on 31/01/2027, a year early.
@pytest.mark.parametrize(
    "phrase",
    [
        "trước ngày 31/1 của năm sau",
        "trước ngày 31 tháng 1 của năm sau",
        "trước ngày 31/1 của năm tiếp theo",
        "chậm nhất ngày 31/1 năm tiếp theo",
    ],
)
def test_next_year_with_no_yearly_rule_is_refused(phrase: str) -> None:
    assert "năm sau của năm nào" in _refused(phrase, Context(issued=date(2027, 1, 10)))


@pytest.mark.parametrize(
    "phrase",
    [
        "báo cáo năm trước ngày 15/1 của năm sau",
        "hằng năm, trước ngày 15/1 của năm sau",
        "Tiếp nhận hồ sơ trước ngày 25 tháng 02 của năm sau liền kề",
    ],
)
def test_a_yearly_rule_due_in_the_next_year_still_reads(phrase: str) -> None:
    (reading,) = parse_deadlines(phrase, Context(issued=date(2027, 1, 10)))
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.rrule is not None and "FREQ=YEARLY" in reading.rrule


# S7. "trước", "từ" damaged by a PDF's old font ("ư" lost, or printed as a dash) and "cuối"
# split in two were taken for words of the step: "Trớc tháng 3/2027" (before March, due
# 28/02) read as March, due 31/03; "t− ngày 15/3" (from: a start) as due 15/3.
@pytest.mark.parametrize(
    "phrase",
    [
        "Trớc tháng 3/2027",
        "trơc tháng 3/2027",
        "tr−ớc tháng 3/2027",
        "Tr-ớc ngày 15/3/2027",
        "đ-ợc triển khai trớc tháng 3/2027",
        "t− ngày 15/3/2027",
        "T− tháng 3/2027",
        "cu ối tháng 3/2027",
        "gi ữa tháng 3/2027",
    ],
)
def test_damaged_words_of_time_are_refused(phrase: str) -> None:
    _refused(phrase)


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("Ki-ốt trước ngày 15/3/2027", "Ki-ốt"),
        ("Ê-đê trước ngày 15/3/2027", "Ê-đê"),
        ("văn bản tróc trước ngày 15/3/2027", "văn bản tróc"),
        ("nhà văn hóa Tư - Vũ trước ngày 15/3/2027", "nhà văn hóa Tư - Vũ"),
    ],
)
def test_hyphenated_names_and_real_words_still_read(phrase: str, label: str) -> None:
    (reading,) = parse_deadlines(phrase, PLAN)
    assert (reading.last, reading.label) == (date(2027, 3, 15), label)


# S8. A condition before the day ("khi có hướng dẫn của Bộ (dự kiến tháng 3/2027)"): the
# day is the expected day of the guidance the task waits for, not the task's deadline; it
# was read as March (due 31/03), as "nếu …" (if) already is not.
@pytest.mark.parametrize(
    "phrase",
    [
        "khi có hướng dẫn của Bộ (dự kiến tháng 3/2027)",
        "khi có hướng dẫn (tháng 3/2027)",
        "khi có quyết định (dự kiến quý II/2027)",
        "khi Bộ ban hành hướng dẫn (dự kiến tháng 3/2027)",
        "khi có kinh phí (năm 2027)",
        "khi có yêu cầu (tháng 3/2027)",
        "khi có hướng dẫn của Bộ (dự kiến trước ngày 20/3/2027)",
        "khi Trung ương có hướng dẫn, dự kiến trong quý II/2027",
    ],
)
def test_a_condition_before_the_day_is_refused(phrase: str) -> None:
    assert "điều kiện" in _refused(phrase)


def test_the_end_of_the_school_year_still_reads() -> None:
    assert _one("kết thúc năm học (31/5/2027)") == (
        DeadlineKind.DATE,
        date(2027, 5, 31),
        date(2027, 5, 31),
    )


# S9. "có thể kéo dài đến ngày D": the day the deadline may be extended to, read as the
# deadline itself (the one meant is earlier, or said elsewhere).
@pytest.mark.parametrize(
    "phrase",
    [
        "có thể kéo dài đến ngày 15/3/2027",
        "có thể kéo dài đến hết tháng 3/2027",
        "tuỳ tình hình, có thể kéo dài đến ngày 15/3/2027",
    ],
)
def test_a_day_it_may_be_extended_to_is_refused(phrase: str) -> None:
    _refused(phrase)


def test_how_long_an_event_lasts_still_reads() -> None:
    (reading,) = parse_deadlines("Hội chợ kéo dài đến ngày 20/1/2027", PLAN)
    assert (reading.last, reading.label) == (date(2027, 1, 20), "Hội chợ kéo dài")
