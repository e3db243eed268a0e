"""Session 56, helper rule56: the four rulings of issue 11 the lead made this session, each
read where the corpus agrees and refused in its doubtful neighbours (issue 11 §1: never a
silent wrong date):

- 56(a) "đến tháng M/Y", "đến quý N/Y" closing a task: due on the period's last day, as
  "Đến năm 2035" is (`grammar.PERIOD_RULE`, `periods._to_end`, `uptoperiod`);
- 56(b) two days in a row, "ngày" once, the month and year after the last: one window
  (`grammar.DAY_AND_NEXT_RULE`, `lists.build_day_and_next`);
- 56(c) "sau ngày D" setting a start: the earliest day D+1 (`afterday`);
- 56(d) "không … trước ngày D": the earliest day D (`notbefore`).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

# --- 56(a) "đến tháng M/Y", "đến quý N/Y": through the period's last day ---------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "last"),
    [
        # o-quang-nam-snn-khung-lich-tom-2023
        (
            "Đối với vùng nuôi cơ sở hạ tầng đảm bảo, chủ động nguồn nước, giải pháp kỹ thuật "
            "nuôi phù hợp, có thể thả giống đến tháng 10 năm 2023",
            "2023-02-01",
            date(2023, 10, 31),
        ),
        ("hoàn thành đến tháng 9/2026", "2026-03-01", date(2026, 9, 30)),
        ("hoàn thành đến tháng 02-2027", "2026-03-01", date(2027, 2, 28)),
        ("hoàn thành đến quý I.2027", "2026-03-01", date(2027, 3, 31)),
        ("hoàn thành đến quý IV/2026", "2026-03-01", date(2026, 12, 31)),
        ("hoan thanh den thang 9/2026", "2026-03-01", date(2026, 9, 30)),
    ],
)
def test_up_to_a_month_or_quarter_is_its_last_day(phrase: str, issued: str, last: date) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, last)
    assert "trong văn bản hành chính là đến hết" in reading.reading  # the reading says so


def test_up_to_a_month_expected_then_its_step() -> None:
    # ze-vtcnews-hoan-kiem's clause (its closing "… theo quy định" stays refused, another
    # family: the words after a day)
    reading = one(
        "Trường hợp còn ý kiến khác, chính quyền sẽ tiếp tục tuyên truyền, đối thoại và vận "
        "động, dự kiến đến tháng 3/2026 sẽ hoàn tất phê duyệt và triển khai",
        ctx("2025-10-20"),
    )
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, date(2026, 3, 31))


def test_from_now_up_to_a_month_is_a_window_from_the_issue_day() -> None:
    # c-baoquangnam-dai-hoi-doan-tinh-2022, g-baotintuc-ha-noi-cong-vien-tuoi-tre-2023
    reading = one("từ nay đến tháng 9.2022", ctx("2022-03-10"))
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2022, 3, 10),
        date(2022, 9, 30),
    )
    reading = one(
        "quyết tâm trong thời gian từ nay đến tháng 9/2023, phải xử lý dứt điểm tồn tại trong "
        "Công viên Tuổi trẻ Thủ đô",
        ctx("2023-03-01"),
    )
    assert reading.last == date(2023, 9, 30)


@pytest.mark.parametrize(
    "phrase",
    [
        "đến tháng 9",  # no year
        "đến quý III",
        "đến tháng 9 năm nay",
        "đến tháng 13/2026",
        "đến tháng 9, 10/2026",  # two periods
        "đến tháng 9/2026 và tháng 10/2026",
        "đến quý I/2027, quý II/2027",
        "từ nay đến tháng 9/2026 và tháng 12/2026",
        "đến tháng 9/2026 và ngày 15/10/2026",
        "nếu đến tháng 9/2026",  # a condition
        "đến tháng 9/2026 (nếu có)",
        "đến tháng 9/2026 đã hoàn thành",  # told done
        "Đến tháng 9/2026, dự án đã giải ngân 30% vốn",
        "chưa hoàn thành đến tháng 9/2026",  # negated
        "đến tháng 9/2026 không hoàn thành",
        "không được kéo dài đến tháng 9/2026",
        "hoãn đến tháng 12/2026",  # put off
        "khoảng đến tháng 9/2026",
        "đến tháng 9/2025",  # a past month
        "tới tháng 9/2026",  # the ruling is "đến"'s
        "đến ngày 9/2026",
    ],
)
def test_up_to_a_month_neighbours_are_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-01"))


def test_a_month_range_still_reads_as_its_window() -> None:
    reading = one("từ tháng 4 đến tháng 6/2026", ctx("2026-03-01"))
    assert (reading.first, reading.last) == (date(2026, 4, 1), date(2026, 6, 30))


def test_up_to_a_month_without_a_year_stays_refused_without_an_issue_day() -> None:
    assert "không ghi năm" in refused("đến tháng 9")
    assert [one.last for one in parse_deadlines("đến tháng 9/2026", ctx())] == [date(2026, 9, 30)]


# --- 56(b) days in a row joined by "và": one window -------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # o-tay-ninh-ninh-thanh-tb-treo-co-4-2025
        (
            "Theo quy định Quốc tang vào ngày 04/04/2025 và 05/04/2025 các trụ sở cơ quan, tổ "
            "chức, trường học, thực hiện treo cờ rủ",
            "2025-04-02",
            date(2025, 4, 4),
            date(2025, 4, 5),
        ),
        ("ngày 04/04/2026 và 05/04/2026", "2026-03-01", date(2026, 4, 4), date(2026, 4, 5)),
        ("Từ ngày 3/1 và 4/1/2027", "2026-12-01", date(2027, 1, 3), date(2027, 1, 4)),
        ("ngày 31/12/2026 và 01/01/2027", "2026-12-01", date(2026, 12, 31), date(2027, 1, 1)),
        ("các ngày 08, 09 và 10/7", "2026-03-01", date(2026, 7, 8), date(2026, 7, 10)),
        ("hai ngày 23 và 24/5/2026", "2026-03-01", date(2026, 5, 23), date(2026, 5, 24)),
        ("ngay 04/04/2026 va 05/04/2026", "2026-03-01", date(2026, 4, 4), date(2026, 4, 5)),
    ],
)
def test_days_in_a_row_are_one_window(phrase: str, issued: str, first: date, last: date) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.kind, reading.first, reading.last) == (DeadlineKind.WINDOW, first, last)


def test_days_apart_stay_what_they_were() -> None:
    found = parse_deadlines("ngày 04/04/2026 và 06/04/2026", ctx("2026-03-01"))
    assert [(one.kind, one.last) for one in found] == [
        (DeadlineKind.DATE, date(2026, 4, 4)),
        (DeadlineKind.DATE, date(2026, 4, 6)),
    ]


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("Từ ngày 3/1 và 5/1/2027", "2026-12-01"),  # apart after "từ": two starts?
        ("ba ngày 23 và 24/5/2026", "2026-03-01"),  # the count disagrees
        ("3 ngày 23 và 24/5/2026", "2026-03-01"),
        ("hai ngày 23 và 25/5/2026", "2026-03-01"),
        ("ngày 04/04/2025 và 05/04/2025", "2026-03-01"),  # a past year
        ("ngày 04/04/2024 và 05/04/2026", "2026-03-01"),  # two years
        ("số 3/1 và 4/1/2027", "2026-12-01"),  # a number
        # "ngày" said again: two events, each its day (zg-vietbao expects two days)
        (
            "Bộ Công an chỉ đạo tăng cường công tác bảo đảm an ninh, trật tự sự kiện ngày 30/6 "
            "và ngày 1/7, đấu tranh có hiệu quả với các âm mưu",
            "2025-06-01",
        ),
        ("nếu ngày 04/04/2026 và 05/04/2026 mưa thì hoãn", "2026-03-01"),  # a condition
        ("đã tổ chức vào ngày 04/04/2026 và 05/04/2026", "2026-03-01"),  # told done
    ],
)
def test_days_in_a_row_neighbours_are_refused(phrase: str, issued: str) -> None:
    refused(phrase, ctx(issued))


# --- 56(c) "sau ngày D" as a start: from D+1 ---------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "earliest"),
    [
        # zp-tintucmientay-an-giang's clause (its second clause "… từ 5cm trở lên" stays refused)
        (
            "theo quy định, mùa vụ được phép khai thác cá linh phải sau ngày 31-8",
            "2018-08-20",
            date(2018, 9, 1),
        ),
        (
            "Sau ngày 26/02/2027, sinh viên nộp mức thu thêm 25% học phí",
            "2027-01-05",
            date(2027, 2, 27),
        ),
        ("nộp hồ sơ sau ngày 30/4/2026", "2026-03-01", date(2026, 5, 1)),
        ("nộp hồ sơ sau ngày 31/12/2026", "2026-03-01", date(2027, 1, 1)),
        ("nộp hồ sơ sau ngày 28/2/2028", "2026-03-01", date(2028, 2, 29)),
        ("nop ho so sau ngay 30/4/2026", "2026-03-01", date(2026, 5, 1)),
    ],
)
def test_after_a_day_is_a_start_from_the_next(phrase: str, issued: str, earliest: date) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.earliest, reading.last) == (earliest, None)
    assert "bắt đầu từ ngày hôm sau" in reading.reading  # the reading says how


@pytest.mark.parametrize(
    "phrase",
    [
        "30 ngày sau ngày 15/9/2026",  # a count's anchor
        "chậm nhất 10 ngày làm việc sau ngày 15/9/2026",
        "ngay sau ngày 15/9/2026",  # right after: which day?
        "nếu sau ngày 15/9/2026",  # a condition
        "không nộp sau ngày 15/9/2026",  # not ruled
        "đã nộp sau ngày 15/9/2026",  # told done
        "sau ngày 31/12",  # no year, the next day in the next year
        "sau ngày 28/2",  # no year, its next day depends on the year
        "sau ngày 31/4/2026",  # no such day
        "sau ngày 15/9/2026 đến ngày 20/9/2026",  # another day
        "sau ngày 15/9/2026 và sau ngày 20/9/2026",
        "sau ngày ký",
        "nộp hồ sơ saụ ngày 30/4/2026",  # a mistyped mark: another word
        # a sanction, a stop, a negation or a condition beside it: a deadline in disguise
        "Sau ngày 30/4/2026, không nhận hồ sơ",
        "Sau ngày 30/4/2026, nếu chưa nộp thì bị phạt",
        "Sau ngày 30/4/2026, mọi trường hợp đều bị xử phạt",
        "sau ngày 30/4/2026 sẽ dừng tiếp nhận",
        "dừng tiếp nhận hồ sơ sau ngày 30/4/2026",
        "Hồ sơ nộp muộn sau ngày 30/4/2026",
    ],
)
def test_after_a_day_neighbours_are_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-01"))


def test_after_a_day_without_its_year_needs_an_issue_day() -> None:
    refused("nộp hồ sơ sau ngày 30/4")


# --- 56(d) "không … trước ngày D": from D ------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "earliest", "step"),
    [
        # zb-baohaiduong's clause (its "để tránh … đợt rét …" after the day stays refused)
        (
            "Sở Nông nghiệp và Phát triển nông thôn khuyến cáo nông dân tuyệt đối không gieo mạ "
            "trà xuân muộn qua đông trước ngày 31.1",
            "2022-01-10",
            date(2022, 1, 31),
            "tuyệt đối không gieo mạ trà xuân muộn qua đông",
        ),
        (
            "các trường không được tổ chức nhập học trước ngày 22/8/2026",
            "2026-03-01",
            date(2026, 8, 22),
            "không được tổ chức nhập học",
        ),
        (
            "tuyet doi khong gieo ma truoc ngay 31/1/2027",
            "2026-12-01",
            date(2027, 1, 31),
            "tuyet doi khong gieo ma",
        ),
        (
            "khuyến cáo nông dân không gieo mạ trước ngày 31/1/2027",
            "2026-12-01",
            date(2027, 1, 31),
            "không gieo mạ",
        ),
    ],
)
def test_a_ban_before_a_day_is_a_start_on_that_day(
    phrase: str, issued: str, earliest: date, step: str
) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.earliest, reading.last) == (earliest, None)
    assert reading.label is not None and step in reading.label  # the ban kept in the step


@pytest.mark.parametrize(
    "phrase",
    [
        "chưa gieo mạ trước ngày 31/1/2027",  # "chưa"
        "nếu không gieo mạ trước ngày 31/1/2027",  # a condition
        "đã không gieo mạ trước ngày 31/1/2027",  # told done
        "không gieo mạ, thu hoạch trước ngày 31/1/2027",  # a second clause between
        "không gieo mạ và thu hoạch xong trước ngày 31/1/2027",
        "không gieo mạ trước ngày 31/1/2027 và ngày 5/2/2027",  # another day
        "không gieo mạ sau ngày 31/1/2027",  # not ruled
        "không gieo mạ trước ngày 31.13",
        "Giấy phép lái xe không thời hạn được cấp trước ngày 1/7/2012",  # no ban: a term
        "không được nộp hồ sơ trước 30 ngày",  # no day
        # no ban said: a failure told, a sanction after, "whichever" (a deadline 30/4)
        "không gieo mạ trước ngày 31/1/2027",
        "Doanh nghiệp không nộp báo cáo trước ngày 30/4/2027",
        "Doanh nghiệp không nộp báo cáo trước ngày 30/4/2027 sẽ bị xử phạt",
        "Doanh nghiệp không được nộp báo cáo trước ngày 30/4/2027 thì bị phạt",
        "Đơn vị nào không được nộp báo cáo trước ngày 30/4/2027",
        "Hồ sơ tuyệt đối không nộp trước ngày 30/4/2027 bị loại",
        "tuyệt đối không gieo mạ trược ngày 31/1/2027",
    ],
)
def test_a_ban_before_a_day_neighbours_are_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-12-01"))


def test_a_ban_before_a_day_without_its_year_needs_an_issue_day() -> None:
    # d-thcl-xet-tuyen-bac-ninh (expect: refuse): no year, and the page gives no issue day
    refused("Bộ Giáo dục và Đào tạo yêu cầu các trường không được tổ chức nhập học trước ngày 22/8")


def test_a_ban_with_a_mistyped_not_is_no_start() -> None:
    # "khổng" is not "không": no ban, read as the plain "trước ngày" it was before
    reading = one("tuyệt đối khổng gieo mạ trước ngày 31/1/2027", ctx("2026-12-01"))
    assert reading.earliest is None
