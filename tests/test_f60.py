"""Session 60, helper f60: the corpus's refused phrases turned family by family.

A schedule line whose span closes it (`kehoach.dates.scheduleline`): a school's term
calendar flattened into lines prints each row as its work's name, then two days with their
years joined by a spaced dash, "Tuần lễ kiểm tra giữa kỳ 2/5/2018 – 8/5/2018", "Hạn chót
hủy môn và nhận điểm “DR” đối với môn STU 14/05/2018 – 20/05/2018" (ITPC's spring-term
calendar of 2018; tests/corpus/zv-itpc-lich-hoc-ky-xuan-2018.yaml). Main refused them for
want of "từ … đến …"; the span is read there only when it reads as nothing else, and the
neighbours below (a tight hyphen, a year left out, words after it, a number before it, a
call-off, a hedge, a past event, an anniversary, a week named by its order) stay refused.
"""

from __future__ import annotations

import pytest

from deadline_forms import one, read_days, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # the corpus's three rows (zv-itpc-lich-hoc-ky-xuan-2018)
        ("Tuần lễ kiểm tra giữa kỳ 2/5/2018 – 8/5/2018", "2018-05-02", "2018-05-08"),
        ("Tuần lễ kiểm tra cuối kỳ 25/06/2018 – 30/06/2018", "2018-06-25", "2018-06-30"),
        (
            "Hạn chót hủy môn và nhận điểm “DR” đối với môn STU 14/05/2018 – 20/05/2018",
            "2018-05-14",
            "2018-05-20",
        ),
        # a full stop closing the line, an em dash, a row with no "Tuần lễ"
        ("Tuần lễ kiểm tra cuối kỳ 25/06/2018 – 30/06/2018.", "2018-06-25", "2018-06-30"),
        ("Nghỉ giữa kỳ 16/09/2023 — 24/09/2023", "2023-09-16", "2023-09-24"),
        ("Đăng ký môn học 04/01/2026 – 10/01/2026", "2026-01-04", "2026-01-10"),
        # a place after the span is cut as after "từ … đến …"
        ("Kiểm tra giữa kỳ 2/5/2018 – 8/5/2018 tại hội trường", "2018-05-02", "2018-05-08"),
        # the year's end crossed, both years written
        ("Nghỉ Giáng sinh và Tết Dương lịch 18/12/2023 – 05/01/2024", "2023-12-18", "2024-01-05"),
    ],
)
def test_a_schedule_line_reads_its_span(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase) == (W, first, last)


def test_the_row_keeps_its_name() -> None:
    assert one("Tuần lễ kiểm tra giữa kỳ 2/5/2018 – 8/5/2018").label == "Tuần lễ kiểm tra giữa kỳ"


@pytest.mark.parametrize(
    "phrase",
    [
        # a tight hyphen, or a dash with no spaces: a range, or two days?
        "Tuần lễ kiểm tra giữa kỳ 2/5/2018 - 8/5/2018",
        "Tuần lễ kiểm tra giữa kỳ 2/5/2018–8/5/2018",
        "Kiểm tra giữa kỳ 15/11/2025-15/02/2026",
        # an end without its year
        "Kiểm tra giữa kỳ 2/5 – 8/5/2018",
        "Kiểm tra giữa kỳ 2/5/2018 – 8/5",
        # words after the span: not the line's close
        "Kiểm tra giữa kỳ 2/5/2018 – 8/5/2018 và thi cuối kỳ",
        # a number before it the rule has not read: a footnote, a round, a term
        "Thời gian đăng ký môn học mã Troy trên TWE (3) 19/03/2018 – 22/03/2018",
        "Kiểm tra cuối kỳ 2 25/06/2018 – 30/06/2018",
        "Đợt 2 2/5/2018 – 8/5/2018",
        "Đăng ký học phần 04/01/2026 – 10/01/2026",  # "phần" numbers
        # "kỳ", "Học kỳ", "Kỳ họp thứ" alone before it: a numbering
        "Kỳ 25/06/2018 – 30/06/2018",
        "Học kỳ 25/06/2018 – 30/06/2018",
        "Kỳ họp thứ 10/12/2027 – 15/12/2027",
        # a week named by its order or place: a week of the calendar, not the row's name
        "Tuần lễ thứ hai 2/5/2018 – 8/5/2018",
        "Tuần lễ đầu tiên 2/5/2018 – 8/5/2018",
        "Tuần lễ sau 2/5/2018 – 8/5/2018",
        # a call-off, a postponement without its new days, a past or a missed step
        "Hoãn tuần lễ kiểm tra giữa kỳ 2/5/2018 – 8/5/2018",
        "Không tổ chức kiểm tra 2/5/2018 – 8/5/2018",
        "Đã tổ chức kiểm tra 2/5/2018 – 8/5/2018",
        "Chưa kiểm tra 2/5/2018 – 8/5/2018",
        # a condition, a hedge, a bound that changes the span
        "Nếu cần, kiểm tra 2/5/2018 – 8/5/2018",
        "Kiểm tra sớm nhất 2/5/2018 – 8/5/2018",
        "Kiểm tra trước 2/5/2018 – 8/5/2018",
        # a bound right before the span: by when within it?
        "Chậm nhất 19/5/2026 – 25/5/2026",
        "Kiểm tra muộn nhất 19/5/2026 – 25/5/2026",
        "Kiểm tra không quá 19/5/2026 – 25/5/2026",
        "Hạn chót 19/5/2026 – 25/5/2026",
        "Kiểm tra quá 19/5/2026 – 25/5/2026",
        "Kiểm tra gần 19/5/2026 – 25/5/2026",
        "Khoảng 19/5/2026 – 25/5/2026",
        "Sau 19/5/2026 – 25/5/2026",
        "Đến 19/5/2026 – 25/5/2026",
        # a cadence before it: each year's, or this one?
        "Hằng năm 19/5/2026 – 25/5/2026",
        "Mỗi tuần 19/5/2026 – 25/5/2026",
        # a stop or a call-off of a service
        "Tạm dừng 19/5/2026 – 25/5/2026",
        "Ngừng cấp nước 19/5/2026 – 25/5/2026",
        # an anniversary: two days a year or more apart
        "Kỷ niệm ngày thành lập 2/5/2017 – 8/5/2018",
        "Kỷ niệm 35 năm ngày Quốc tế Người cao tuổi 1/10/1990 – 1/10/2025",
        # reversed, or a day and a document's number
        "Kiểm tra 8/5/2018 – 2/5/2018",
        "Nghị quyết số 12/2018 – 8/5/2018",
        "Ngày 2/5/2018 – 8/5/2018 hoặc 9/5/2018",
    ],
)
def test_what_is_no_schedule_line_stays_refused(phrase: str) -> None:
    refused(phrase)
