"""Session 62, helper f62b: the holes a fresh tester found in branch f62, closed.

1. `orderyear` took a yearless step printed before a step with its year as the plan's year
   whatever the step was: "hoàn thành xét công nhận tốt nghiệp THCS trước ngày 30/6, kết
   thúc năm học trước ngày 31/5/2025" (issued 15/05/2024) read 30/06/2024, a follow-up of
   the school year ending 31/05/2025 pushed a year back. Only a step that opens a year's work
   (khai giảng, tựu trường, nhập học, làm đất, xuống giống, gieo sạ, khai mạc, bắt đầu; its
   head word) is told first and a year ahead; the branch's own lists stay read
   (l-tien-giang-nam-hoc-2024-2025, y-baodanang-lich-khai-giang-2025-2026, the rice calendar
   of zu-htxhoatien1-lich-thoi-vu-dong-xuan-2017-2018 in a new year).
2. A sitting told by its days ("diễn ra trong 2,5 ngày", "làm việc trong 3 ngày",
   `schedules._sitting_worked`; zk-baobackan-hop-bao-ky-hop-thu-chin-2022) of a sitting gone
   by ("Kỳ họp năm ngoái …", "Kỳ họp lần trước …") read its days as due: the words before
   the days were never looked at for a past. Main read "Kỳ họp năm ngoái làm việc trong 3
   ngày, khai mạc vào sáng 18/7 và bế mạc chiều 20/7/2022" as two milestones.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import parse_deadlines
from kehoach.dates.reading import DeadlineKind

D = DeadlineKind.DATE
END = "kết thúc năm học trước ngày 31/5/2025"


def _read(phrase: str, issued: str | None) -> list[tuple[DeadlineKind, str, str]]:
    return [
        (one.kind, str(one.first), str(one.last)) for one in parse_deadlines(phrase, ctx(issued))
    ]


# -- 1. only an opening takes the year the order leaves ----------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # the tester's: a closing or a follow-up printed first
        (f"hoàn thành xét công nhận tốt nghiệp THCS trước ngày 30/6, {END}", "2024-05-15"),
        (f"các trường gửi báo cáo tổng kết năm học về Sở trước ngày 15/6, {END}", "2024-05-15"),
        (f"hoàn thành tuyển sinh vào lớp 10 trước ngày 31/7, {END}", "2024-05-15"),
        (f"tổ chức thi tốt nghiệp THPT từ ngày 26/6 đến 28/6, {END}", "2024-05-15"),
        (f"gửi báo cáo tổng kết trước ngày 15/6, {END}", "2024-03-01"),
        (
            "báo cáo kết quả thực hiện trước ngày 15/12, hoàn thành chương trình trước ngày "
            "30/11/2027",
            "2026-03-01",
        ),
        (
            "tổng kết, đánh giá việc thực hiện Kế hoạch trước ngày 20/12, các đơn vị hoàn thành "
            "trước ngày 30/11/2027",
            "2026-03-01",
        ),
        # the same with other follow-ups and closings
        (f"kết thúc học kỳ II trước ngày 20/6, {END}", "2024-03-01"),
        (f"thu hoạch xong trước ngày 30/6, {END}", "2024-03-01"),
        (f"công bố kết quả vào ngày 15/7, {END}", "2024-03-01"),
        (f"nộp hồ sơ trước ngày 10/7, {END}", "2024-03-01"),
        (f"đăng ký dự thi trước ngày 20/6, {END}", "2024-03-01"),
        (f"tổng kết năm học trước ngày 15/6, {END}", "2024-03-01"),
        # an opening that is not the step's head word
        (f"Học sinh tựu trường vào ngày 29/8, {END}", "2024-05-15"),
        (f"chuẩn bị khai giảng trước ngày 30/8, {END}", "2024-05-15"),
        (f"báo cáo tình hình khai giảng trước ngày 15/9, {END}", "2024-05-15"),
        (f"hoàn thành khai giảng trước ngày 10/9, {END}", "2024-05-15"),
        (
            "báo cáo kết quả làm đất trước ngày 15/12, thu hoạch xong trước ngày 30/4/2027",
            "2026-11-20",
        ),
        (
            "ngày 5-10/12 làm đất, ngày 10-15/12 báo cáo tiến độ, thu hoạch xong trước ngày "
            "30/4/2027",
            "2026-11-20",
        ),
        # the opening negated, put off, done, hedged
        (f"chưa khai giảng vào ngày 5/9, {END}", "2024-05-15"),
        (f"không khai giảng vào ngày 5/9, {END}", "2024-05-15"),
        (f"hoãn khai giảng vào ngày 5/9, {END}", "2024-05-15"),
        (f"đã khai giảng vào ngày 5/9, {END}", "2024-05-15"),
        # the opening after the written step: the order tells nothing
        (f"{END}, khai giảng vào ngày 5/9", "2024-05-15"),
    ],
)
def test_a_step_that_opens_nothing_takes_no_year_from_the_order(phrase: str, issued: str) -> None:
    refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        (f"khai giảng vào ngày 5/9, {END}", "2024-05-15", "2024-09-05"),
        (f"tựu trường vào ngày 29/8, {END}", "2024-05-15", "2024-08-29"),
        ("Ngày 5/9 tựu trường, học kỳ I kết thúc trước 18/1/2026", "2025-08-28", "2025-09-05"),
        # items after a semicolon are read in the order printed, as after a comma
        (f"Ngày 5/9 khai giảng; {END}", "2024-05-15", "2024-09-05"),
        # "thay cho/thay vì ngày …" drops the old day: the new one is the step's
        (f"khai giảng vào ngày 5/9 thay cho ngày 1/9, {END}", "2024-05-15", "2024-09-05"),
        (f"khai giảng vào ngày 5/9 thay vì ngày 1/9, {END}", "2024-05-15", "2024-09-05"),
    ],
)
def test_an_opening_still_takes_the_year_the_order_leaves(
    phrase: str, issued: str, expected: str
) -> None:
    first, second = _read(phrase, issued)
    assert first == (D, expected, expected)
    assert second[0] is D and second[2] == second[1]


def test_a_closing_that_fits_before_the_written_step_takes_its_year_as_on_main() -> None:
    # no order's year here: 25/5 fits before 31/5 in 2025, the engine's own reading
    assert _read(f"bế giảng năm học vào ngày 25/5, {END}", "2024-05-15") == [
        (D, "2025-05-25", "2025-05-25"),
        (D, "2025-05-31", "2025-05-31"),
    ]


def test_the_rice_calendar_still_reads() -> None:
    phrase = "ngày 5-10/12 làm đất, ngày 10-15/12 xuống giống, thu hoạch xong trước ngày 30/4/2027"
    assert [days[1:] for days in _read(phrase, "2026-11-20")] == [
        ("2026-12-05", "2026-12-10"),
        ("2026-12-10", "2026-12-15"),
        ("2027-04-30", "2027-04-30"),
    ]


# -- 2. a sitting told by its days, gone by ----------------------------------------------

OPEN_CLOSE = "khai mạc vào sáng 18/7 và bế mạc"


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        (f"Kỳ họp năm ngoái diễn ra trong 3 ngày, {OPEN_CLOSE} chiều 20/7/2022", "2022-07-01"),
        (f"Kỳ họp năm trước diễn ra trong 2,5 ngày, {OPEN_CLOSE} sáng 20/7/2022", "2022-07-01"),
        (f"Kỳ họp lần trước diễn ra trong 2,5 ngày, {OPEN_CLOSE} sáng 20/7/2022", "2022-07-01"),
        (f"Kỳ họp lần trước diễn ra trong 2,5 ngày, {OPEN_CLOSE} sáng 20/7/2022", "2022-07-19"),
        # main's hole: days of work
        (f"Kỳ họp năm ngoái làm việc trong 3 ngày, {OPEN_CLOSE} chiều 20/7/2022", "2022-07-01"),
        (f"Kỳ họp lần trước làm việc trong 3 ngày, {OPEN_CLOSE} chiều 20/7/2022", "2022-07-01"),
        (f"Kỳ họp trước làm việc trong 3 ngày, {OPEN_CLOSE} chiều 20/7/2022", "2022-07-01"),
        (f"Kỳ họp vừa qua diễn ra trong 3 ngày, {OPEN_CLOSE} chiều 20/7/2022", "2022-07-01"),
        (f"Hồi năm 2022 kỳ họp diễn ra trong 3 ngày, {OPEN_CLOSE} chiều 20/7/2022", None),
        # the past told further in, not at the head
        (f"Kỳ họp thứ chín năm ngoái diễn ra trong 3 ngày, {OPEN_CLOSE} chiều 20/7/2022", None),
        (f"HĐND tỉnh, kỳ họp lần trước diễn ra trong 3 ngày, {OPEN_CLOSE} chiều 20/7/2022", None),
        (f"Kỳ họp tháng trước diễn ra trong 3 ngày, {OPEN_CLOSE} chiều 20/7/2022", None),
        (f"Trước đây kỳ họp diễn ra trong 3 ngày, {OPEN_CLOSE} chiều 20/7/2022", None),
        (f"Kỳ họp như khoá trước diễn ra trong 3 ngày, {OPEN_CLOSE} chiều 20/7/2022", None),
        (f"Kỳ họp hồi đó làm việc trong 3 ngày, {OPEN_CLOSE} chiều 20/7/2022", None),
        (f"Năm ngoái, kỳ họp làm việc trong 3 ngày, {OPEN_CLOSE} chiều 20/7/2022", None),
        (f"Kỳ họp cùng kỳ năm ngoái làm việc trong 3 ngày, {OPEN_CLOSE} chiều 20/7/2022", None),
        (
            f"Kỳ họp đầu tiên của nhiệm kỳ trước làm việc trong 3 ngày, {OPEN_CLOSE} chiều "
            "20/7/2022",
            None,
        ),
    ],
)
def test_a_sitting_gone_by_told_by_its_days_is_refused(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))


def test_a_sitting_to_come_still_reads_its_days() -> None:
    phrase = (
        "Kỳ họp thứ chín, HĐND tỉnh khoá X, nhiệm kỳ 2021-2026 dự kiến diễn ra trong 2,5 "
        f"ngày, {OPEN_CLOSE} sáng 20/7/2022"
    )
    assert _read(phrase, "2022-07-01") == [
        (D, "2022-07-18", "2022-07-18"),
        (D, "2022-07-20", "2022-07-20"),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        f"Kỳ họp năm nay diễn ra trong 3 ngày, {OPEN_CLOSE} chiều 20/7/2022",
        f"Kỳ họp tới làm việc trong 3 ngày, {OPEN_CLOSE} chiều 20/7/2022",
    ],
)
def test_this_years_sitting_reads_as_on_main(phrase: str) -> None:
    # not told by `_sitting_worked` (a word before the days): one window, as on main
    assert _read(phrase, "2022-07-01") == [(DeadlineKind.WINDOW, "2022-07-18", "2022-07-20")]
