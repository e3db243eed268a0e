"""Session 51, helper guardsn51: silent wrong readings closed. A condition after the step
that a window or a month opens ("Từ ngày 15/3 đến 20/3, tổ chức hội nghị (nếu có)"), as
after an opening day; a start until an event, "từ D cho đến khi …", its year the plan's,
far from the page's day (the guard of ruling 50(d) for both forms)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, read_days, refused

# --- a condition after the step a window or a month opens ------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # the session 50 tester's, read as a firm window on main
        "Từ ngày 15/3 đến 20/3, tổ chức hội nghị (nếu có)",
        "Từ 15 đến 20/3, tổ chức hội nghị nếu đủ điều kiện",
        "Từ ngày 15/3 đến hết ngày 20/3/2025, tổ chức hội nghị trong trường hợp cần thiết",
        "Tháng 5, tổ chức hội nghị (nếu có)",
        "Trong tháng 5/2025, tổ chức hội nghị nếu đủ điều kiện",
        "Tháng 5 năm 2025, tổ chức hội nghị tùy tình hình thực tế",
        "Từ ngày 15 đến 20/3, tổ chức hội nghị khi có ý kiến của Tỉnh ủy",
        # as an opening day was already (session 50)
        "Ngày 15/3, tổ chức hội nghị (nếu có)",
    ],
)
def test_a_condition_after_an_opening_window_or_month_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-03-01"))


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # tests/corpus/q-dhktna-bgddt-ke-hoach-tuyen-sinh-2023.yaml: a timetable's row, its
        # colon; "(nếu có)" is whether any candidate is there
        (
            "Từ ngày 5/7 đến 17h00 ngày 15/8/2023: Xét tuyển thẳng, xác nhận nhập học trên Hệ"
            " thống (nếu có).",
            "2023-06-01",
            "2023-07-05",
            "2023-08-15",
        ),
        # the neighbours with no condition keep their window
        ("Từ ngày 15/3 đến 20/3, tổ chức hội nghị", "2025-03-01", "2025-03-15", "2025-03-20"),
        ("Tháng 5, tổ chức hội nghị", "2025-03-01", "2025-05-01", "2025-05-31"),
        # the cases named, no condition
        (
            "Từ ngày 15/3 đến 20/3, tổ chức hội nghị, các trường hợp phát sinh báo cáo ngay",
            "2025-03-01",
            "2025-03-15",
            "2025-03-20",
        ),
    ],
)
def test_a_window_with_no_condition_on_its_step_still_reads(
    phrase: str, issued: str, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == ("window", first, last)


def test_a_start_with_a_condition_after_it_still_reads() -> None:
    # tests/corpus/za-vietnamnet-nghi-hoc-bao-bualoi-2025.yaml: whether, from the start read
    phrase = (
        "Từ ngày 1/10, các trường chủ động theo dõi diễn biến thời tiết để báo cáo, xin ý kiến"
        " UBND và Sở GD-ĐT nếu phải tiếp tục cho học sinh nghỉ học."
    )
    assert one(phrase, ctx("2025-09-30")).earliest == date(2025, 10, 1)


# --- a start until an event, its year the plan's: near the page's day only --------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "earliest"),
    [
        # tests/corpus/za-kenh14-lui-tuu-truong-bao-so-5-2025.yaml
        (
            "Sở GD&ĐT Quảng Trị cũng có công văn yêu cầu toàn bộ học sinh trong tỉnh nghỉ học từ"
            " ngày 25/8 cho đến khi thời tiết ổn định trở lại",
            "2025-08-24",
            date(2025, 8, 25),
        ),
        # tests/corpus/za-plo-dak-lak-lenh-cam-bien-bao-so-15-2025.yaml
        (
            "Thời gian bắt đầu cấm biển từ ngày 26-11 đến khi bão số 15 tan.",
            "2025-11-26",
            date(2025, 11, 26),
        ),
        # tests/corpus/za-sggp-khanh-hoa-lenh-cam-bien-bao-so-15-2025.yaml
        (
            "Theo đó, từ 7 giờ ngày 28-11, toàn bộ tàu, thuyền hoạt động trên biển phải ngừng di"
            " chuyển cho đến khi có thông báo mới.",
            "2025-11-27",
            date(2025, 11, 28),
        ),
        # its year written: as printed, however far
        (
            "nghỉ học từ ngày 17/11/2025 cho đến khi có thông báo mới",
            "2025-04-10",
            date(2025, 11, 17),
        ),
    ],
)
def test_a_start_until_an_event_near_its_page_reads(
    phrase: str, issued: str, earliest: date
) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.earliest, reading.first, reading.last) == (earliest, None, None)


@pytest.mark.parametrize(
    "phrase",
    [
        # the session 50 tester's, in a notice of April: which year's November?
        "từ ngày 17/11 cho đến khi có thông báo mới",
        "nghỉ học từ ngày 17/11 cho đến khi có thông báo mới",
        "nghỉ học ngày 17/11 cho đến khi có thông báo mới",  # ruling 50(d), as before
        "Thời gian bắt đầu cấm biển từ ngày 26-11 đến khi bão số 15 tan.",
        "từ 7 giờ ngày 28-11, tàu thuyền phải ngừng di chuyển cho đến khi có thông báo mới",
    ],
)
def test_a_start_until_an_event_far_from_its_page_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-04-10"))
