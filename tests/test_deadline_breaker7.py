"""Misreads found in the seventh breaker session (issue 11, §1: never a silent wrong date):
each phrase was read as a day, window or rule other than the one a careful reader writes
down, with exit 0 and no warning; each is refused now (or read right), and its neighbours
still read. The list, with the tool's old reading, is in the session's notes
(/work/notes/misreads-breaker4.txt: S1, S2, …)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import DEC_2026, days, one, refused
from kehoach.dates.deadline import Context, DeadlineKind, parse_deadlines

PLAN = DEC_2026


# S1. "năm 2026" after the last congress named is that congress's year (a few days), though
# the first is "các cấp" (many): it was read as the whole of 2026, due 31/12.
def test_the_congress_the_year_is_of_is_refused_after_many() -> None:
    why = refused(
        "Kế hoạch tổ chức Đại hội TDTT các cấp tiến tới Đại hội TDTT tỉnh Yên Bái lần thứ X, "
        "năm 2026",
        PLAN,
    )
    assert "sự kiện" in why


def test_congresses_of_all_levels_alone_keep_their_year() -> None:
    assert days(one("Đại hội TDTT các cấp năm 2026", PLAN)) == (
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
        # ("Ngày hiệu lực: 15/3/2027" is a start bound since tune-w, never a due day: the
        # field printed with its day, read as under that column header; test_deadline_forms_w)
        "Ngày nhận: 15/3/2027",
        "Tờ trình ngày 15/3/2027",
        "Biên bản ngày 15/3/2027",
        "theo Kế hoạch ngày 15/3/2027",
        "theo chỉ đạo ngày 15/3/2027",
        "theo đề nghị ngày 15/3/2027",
    ],
)
def test_the_day_of_a_document_is_no_deadline(phrase: str) -> None:
    assert "không phải thời hạn" in refused(phrase, PLAN)


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
    assert "không phải hạn gửi" in refused(phrase, PLAN)


def test_a_report_of_results_due_before_a_day_still_reads() -> None:
    assert days(one("Báo cáo kết quả thực hiện gửi Sở TN&MT trước ngày 10/10/2027", PLAN)) == (
        DeadlineKind.DATE,
        date(2027, 10, 10),
        date(2027, 10, 10),
    )


# S4. A day moved in a clause that tells it ("nay điều chỉnh sang …"): both days were read.
# Refused since, then read as the new day alone by the lead's convention 2 (session 22,
# branch conv14): the time that replaces the old one reads, the old one never.
@pytest.mark.parametrize(
    "phrase",
    [
        "dự kiến ngày 15/3/2027, nay điều chỉnh sang ngày 20/3/2027",
        "dự kiến ngày 15/3/2027, sau đó điều chỉnh sang ngày 20/3/2027",
    ],
)
def test_a_day_moved_in_a_clause_reads_the_new_day_alone(phrase: str) -> None:
    (reading,) = parse_deadlines(phrase, PLAN)
    assert days(reading) == (DeadlineKind.DATE, date(2027, 3, 20), date(2027, 3, 20))
    assert reading.gloss == "đã thay thời gian cũ: ngày 15/3/2027"


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
    refused(phrase, PLAN)


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
    assert "năm sau của năm nào" in refused(phrase, Context(issued=date(2027, 1, 10)))


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
    refused(phrase, PLAN)


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
    assert "điều kiện" in refused(phrase, PLAN)


def test_the_end_of_the_school_year_still_reads() -> None:
    assert days(one("kết thúc năm học (31/5/2027)", PLAN)) == (
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
    refused(phrase, PLAN)


def test_how_long_an_event_lasts_still_reads() -> None:
    (reading,) = parse_deadlines("Hội chợ kéo dài đến ngày 20/1/2027", PLAN)
    assert (reading.last, reading.label) == (date(2027, 1, 20), "Hội chợ kéo dài")


# S10. An anniversary's years after its count ("50 năm … (1977-2027)", the count apart) were
# read as a window of fifty years, due 31/12/2027; its days ("(15/3/1977 - 15/3/2027)") were
# already set apart as the anniversary's span.
def test_an_anniversarys_years_are_no_window() -> None:
    refused("Kỷ niệm 50 năm ngày thành lập tỉnh (1977-2027)", PLAN)
    assert days(one("Kỷ niệm 50 năm thành lập (1977 - 2027) vào ngày 15/3/2027", PLAN)) == (
        DeadlineKind.DATE,
        date(2027, 3, 15),
        date(2027, 3, 15),
    )


def test_a_plan_of_five_years_keeps_its_span() -> None:
    assert days(one("thực hiện trong 5 năm (2026-2030)", PLAN)) == (
        DeadlineKind.WINDOW,
        date(2026, 1, 1),
        date(2030, 12, 31),
    )


# S11. The day or year those a task is for were born ("trẻ sinh năm 2021" enrolled in 2027)
# was read as the task's window.
@pytest.mark.parametrize(
    "phrase",
    [
        "trẻ sinh năm 2021",
        "trẻ sinh từ ngày 1/1/2021 đến ngày 31/12/2021",
        "Sinh năm 2021",
        "trẻ em sinh trong năm 2021",
        "học sinh sinh năm 2015",
    ],
)
def test_a_birth_year_is_no_deadline(phrase: str) -> None:
    refused(phrase, PLAN)


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("vệ sinh môi trường trước ngày 15/3/2027", "vệ sinh môi trường"),
        ("phát sinh trước ngày 15/3/2027", "phát sinh"),
        ("Đăng ký khai sinh trước ngày 15/3/2027", "Đăng ký khai sinh"),
        ("học sinh trước ngày 15/3/2027", "học sinh"),
    ],
)
def test_words_ending_in_sinh_still_read(phrase: str, label: str) -> None:
    (reading,) = parse_deadlines(phrase, PLAN)
    assert (reading.last, reading.label) == (date(2027, 3, 15), label)


# S12. A report named by the period it covers ("Báo cáo quý I/2027") was read as that
# period, due on its last day; the report on a period is due when the text says, often
# before the period ends ("Báo cáo 6 tháng gửi trước ngày 05/6").
@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo quý I/2027",
        "Báo cáo 6 tháng đầu năm 2027",
        "Báo cáo năm 2026",
        "báo cáo tháng 3/2027",
        "báo cáo kết quả năm 2026",
        "Báo cáo sơ kết 6 tháng đầu năm 2027",
        "Báo cáo tình hình quý I/2027",
    ],
)
def test_a_report_named_by_its_period_is_no_deadline(phrase: str) -> None:
    assert "tên báo cáo" in refused(phrase, PLAN)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Báo cáo trong tháng 3/2027", date(2027, 3, 31)),
        ("báo cáo trước tháng 3/2027", date(2027, 2, 28)),
        ("Báo cáo UBND tỉnh trong tháng 3/2027", date(2027, 3, 31)),
    ],
)
def test_a_report_due_in_or_before_a_period_still_reads(phrase: str, last: date) -> None:
    (reading,) = parse_deadlines(phrase, PLAN)
    assert reading.last == last


# S13. The day a direction was given, or a task assigned at a meeting, was read as the day
# the task is due.
@pytest.mark.parametrize(
    "phrase",
    [
        "Thực hiện ý kiến kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 15/3/2027",
        "Triển khai chỉ đạo tại Hội nghị ngày 15/3/2027",
        "nhiệm vụ được giao tại cuộc họp ngày 15/3/2027",
        "kết luận tại cuộc họp ngày 15/3/2027",
        "Thực hiện chỉ đạo ngày 15/3/2027 của Thủ tướng",
        "Thực hiện ý kiến chỉ đạo ngày 15/3/2027",
        "Thực hiện kết luận ngày 15/3/2027",
        "Thực hiện đề nghị ngày 15/3/2027 của Sở",
    ],
)
def test_the_day_a_task_was_given_is_no_deadline(phrase: str) -> None:
    refused(phrase, PLAN)


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("Báo cáo tại cuộc họp ngày 15/3/2027", "Báo cáo tại cuộc họp"),
        (
            "Báo cáo kết quả tại cuộc họp giao ban ngày 15/3/2027",
            "Báo cáo kết quả tại cuộc họp giao ban",
        ),
        ("trình bày tại Hội nghị ngày 15/3/2027", "trình bày tại Hội nghị"),
    ],
)
def test_a_report_made_at_a_meeting_is_due_that_day(phrase: str, label: str) -> None:
    (reading,) = parse_deadlines(phrase, PLAN)
    assert (reading.last, reading.label) == (date(2027, 3, 15), label)


# S14. A label opening with a word that calls the day off ("Hoãn tổ chức Hội nghị ngày
# 15/3/2027", "miễn báo cáo quý I/2027") was read as due that day; after the day the same
# words were refused already.
@pytest.mark.parametrize(
    "phrase",
    [
        "Hoãn tổ chức Hội nghị ngày 15/3/2027",
        "Tạm hoãn tổ chức Hội nghị ngày 15/3/2027",
        "Dừng tổ chức Hội nghị ngày 15/3/2027",
        "Hủy bỏ Hội nghị ngày 15/3/2027",
        "Huỷ Hội nghị ngày 15/3/2027",
        "Tạm dừng Hội nghị ngày 15/3/2027",
        "Bãi bỏ Kế hoạch ngày 15/3/2027",
        "miễn báo cáo quý I/2027",
    ],
)
def test_a_day_called_off_before_it_is_refused(phrase: str) -> None:
    refused(phrase, PLAN)


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("Bỏ phiếu ngày 15/3/2027", "Bỏ phiếu"),
        ("Miễn phí tham quan ngày 15/3/2027", "Miễn phí tham quan"),
        ("Hết hạn tiếp nhận ngày 15/3/2027", "Hết hạn tiếp nhận"),
    ],
)
def test_a_vote_a_free_day_and_a_closing_still_read(phrase: str, label: str) -> None:
    (reading,) = parse_deadlines(phrase, PLAN)
    assert (reading.last, reading.label) == (date(2027, 3, 15), label)


def test_an_urge_is_no_call_off() -> None:
    assert one("thôi thúc trước ngày 15/3/2027", PLAN).last == date(2027, 3, 15)


# S15. A planned day beside the day it was done, each after its field's name: both were read
# as deadlines (the done one is a completion).
@pytest.mark.parametrize(
    "phrase",
    [
        "Kế hoạch: tháng 3/2027; Thực hiện: tháng 4/2027",
        "Dự kiến: tháng 3/2027; Thực hiện: tháng 4/2027",
    ],
)
def test_a_planned_day_beside_its_done_day_is_refused(phrase: str) -> None:
    assert "kế hoạch" in refused(phrase, PLAN)


def test_a_plan_made_then_carried_out_still_reads_two_windows() -> None:
    readings = parse_deadlines("Xây dựng kế hoạch: tháng 3/2027; Thực hiện: tháng 4/2027", PLAN)
    assert [r.last for r in readings] == [date(2027, 3, 31), date(2027, 4, 30)]


# S16. A field telling how a work stands ("Kết quả: hoàn thành ngày 20/3", "đạt 80% (đến ngày
# 20/3)") was read as due that day.
@pytest.mark.parametrize(
    "phrase",
    [
        "Kết quả: hoàn thành ngày 20/3/2027",
        "Tình trạng: hoàn thành 20/3/2027",
        "Tiến độ thực hiện: đạt 80% (đến ngày 20/3/2027)",
        "đạt 80% tính đến ngày 20/3/2027",
    ],
)
def test_how_a_work_stands_is_no_deadline(phrase: str) -> None:
    assert "tình trạng" in refused(phrase, PLAN)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Phấn đấu đạt 80% đến hết năm 2027", date(2027, 12, 31)),
        ("Kết quả thực hiện gửi trước ngày 20/3/2027", date(2027, 3, 20)),
        ("Tiến độ thực hiện: Quý I/2027", date(2027, 3, 31)),
    ],
)
def test_a_target_a_result_sent_and_a_schedule_still_read(phrase: str, last: date) -> None:
    (reading,) = parse_deadlines(phrase, PLAN)
    assert reading.last == last


# S17. One round of several in a year ("Đợt 1 năm 2027", "Lần 1 năm 2027", "Vòng chung kết
# năm 2027") was read as the whole year, due 31/12: the first of two waves ends earlier.
@pytest.mark.parametrize(
    "phrase",
    [
        "Đợt 1 năm 2027",
        "Đợt 2 năm 2027",
        "Lần 1 năm 2027",
        "lần thứ nhất năm 2027",
        "Kỳ I năm 2027",
        "Vòng chung kết năm 2027",
        "Đợt cao điểm năm 2027",
        "đợt kiểm tra năm 2027",
    ],
)
def test_one_round_of_a_year_is_no_whole_year(phrase: str) -> None:
    refused(phrase, PLAN)


def test_rounds_in_a_year_keep_the_year() -> None:
    assert days(one("nhiều đợt trong năm 2027", PLAN))[1:] == (date(2027, 1, 1), date(2027, 12, 31))
