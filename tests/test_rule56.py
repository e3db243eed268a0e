"""Session 56, helper rule56: the rulings of issue 11 the lead made this session, each
read where the corpus agrees and refused in its doubtful neighbours (issue 11 §1: never a
silent wrong date):

- 56(a) "đến tháng M/Y", "đến quý N/Y" closing a task: due on the period's last day, as
  "Đến năm 2035" is (`grammar.PERIOD_RULE`, `periods._to_end`, `uptoperiod`);
- 56(b) two days in a row, "ngày" once, the month and year after the last: one window
  (`grammar.DAY_AND_NEXT_RULE`, `lists.build_day_and_next`);
- 56(c) "sau ngày D" as a start and 56(d) "không … trước ngày D" as a start: built, then
  withdrawn (refused, as before the session): the same words say deadlines in disguise.
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
        ("đến tháng 9/2026", "2026-03-01", date(2026, 9, 30)),  # the period alone
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
        # a permission lasting up to the month (o-quang-nam-snn-khung-lich-tom-2023, read on
        # the merge, refused after its fresh testers: a lasting, not a task closing by then)
        "Đối với vùng nuôi cơ sở hạ tầng đảm bảo, chủ động nguồn nước, giải pháp kỹ thuật "
        "nuôi phù hợp, có thể thả giống đến tháng 10 năm 2026",
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


# --- 56(c), 56(d) withdrawn: "sau ngày D", "không … trước ngày D" stay refused ----------------
# Built as starts (D+1, D), then withdrawn on the merge: the merge's fresh tester found the same
# words saying a deadline D in disguise, a sanction or a stop after the day ("Sau ngày 31-8, hệ
# thống sẽ đóng cổng đăng ký"; "…, cưỡng chế"; "…, sinh viên nộp mức thu thêm 25% học phí") or a
# duty due by D under a directive ("Yêu cầu các doanh nghiệp không để nợ lương … trước ngày
# 15/2"), with no closed list of such words; and neither ruling turned a corpus phrase.


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("theo quy định, mùa vụ được phép khai thác cá linh phải sau ngày 31-8", "2018-08-20"),
        ("Sau ngày 26/02/2027, sinh viên nộp mức thu thêm 25% học phí", "2027-01-05"),
        ("Sau ngày 31-8, hệ thống sẽ đóng cổng đăng ký", "2026-06-01"),
        ("Sau ngày 31-8, tháo dỡ toàn bộ công trình vi phạm", "2026-06-01"),
        ("Sau ngày 31-8, các chốt kiểm dịch giải tán", "2018-06-01"),
        ("nộp hồ sơ sau ngày 30/4/2026", "2026-03-01"),
        (
            "Sở Nông nghiệp và Phát triển nông thôn khuyến cáo nông dân tuyệt đối không gieo mạ "
            "trà xuân muộn qua đông trước ngày 31.1",
            "2022-01-10",
        ),
        ("Yêu cầu các doanh nghiệp không để nợ lương công nhân trước ngày 15/2", "2026-01-05"),
        ("Yêu cầu các đơn vị không quên gửi báo cáo trước ngày 15/2", "2026-01-05"),
        ("Chỉ đạo các xã không để hộ nghèo nào thiếu đói trước ngày 15/2", "2026-01-05"),
        ("Tuyệt đối không được để xảy ra cháy nổ trước ngày 31.1", "2022-01-10"),
    ],
)
def test_after_a_day_and_not_before_a_day_stay_refused(phrase: str, issued: str) -> None:
    refused(phrase, ctx(issued))
