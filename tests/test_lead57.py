"""Session 57, the lead's fixes (issue 11 §1: never a silent wrong date).

- a start bound ("từ D", `grammar.start_match`) only where "từ" is printed as "từ" (or
  "tu" typed bare): the "tử" of "điện tử" (session 56's fresh tester: "… và bản điện tử
  05/04/2026" read the second day as a start), "tủ", "tù", "tứ", "tư" (fourth) are other
  words ("tu" typed bare may still be "từ": "Cat dien tu ngay 5/3/2026");
- a start whose end is an event or a clause of its own is no window to another step's day;
- a wait ("chờ đến …") is no deadline;
- a step to avoid or limit before a day ("Tránh gieo cấy trước ngày …", "Cấm khai thác hằng
  năm trước …") is no step due by it.
Each was found by a fresh tester or a helper of sessions 56-57; their right neighbours read.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import Context, DeadlineKind


@pytest.mark.parametrize(
    "phrase",
    [
        "Nộp bản giấy vào ngày 04/04/2026 và bản điện tử 05/04/2026",
        "Nộp bản điện tử 05/04/2026",
        "Lắp đặt tủ 05/04/2026",
        "Phạt tù 05/04/2026",
        "Cấp thẻ tứ 05/04/2026",
        # "tư" is also "fourth" (the merge's fresh tester)
        "Tiêm vắc xin mũi tư 05/04/2026",
        "Họp khóa tư 05/04/2026",
    ],
)
def test_a_word_folded_as_from_is_no_start(phrase: str) -> None:
    refused(phrase, ctx("2026-03-01"))


@pytest.mark.parametrize(
    "phrase",
    [
        "tựu trường từ 28/8/2026",
        "TỪ NGÀY 28/8/2026",
        "tuu truong tu 28/8/2026",
        "Thi trắc nghiệm điện tử từ ngày 28/8/2026",
    ],
)
def test_from_as_printed_still_reads_a_start(phrase: str) -> None:
    reading = one(phrase, ctx("2026-03-01"))
    assert (reading.earliest, reading.last) == (date(2026, 8, 28), None)


def test_an_electronic_copy_due_on_its_day_still_reads() -> None:
    reading = one("Nộp bản điện tử ngày 05/04/2026", ctx("2026-03-01"))
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, date(2026, 4, 5))


@pytest.mark.parametrize(
    "phrase",
    [
        "Tạm ngừng cấp phép cho tàu ra khơi từ 10 giờ ngày 24-9-2025 và sẽ kết thúc khi có "
        "bản tin cuối cùng; các tàu phải về bờ trước 17 giờ ngày 24-9-2025",
        "Tạm ngừng cấp phép từ ngày 24/9/2025 và kết thúc khi bão tan, các tàu phải về bờ "
        "trước ngày 30/9/2025",
        # the event said any way, or a clause of its own (the merge's fresh tester)
        "Sơ tán dân từ 20/9/2025 và sẽ kết thúc sau khi có bản tin cuối cùng; các tàu phải về "
        "bờ trước ngày 24-9-2025",
        "Sơ tán dân từ 20/9/2025, kéo dài đến khi bão tan; các tàu phải về bờ trước ngày 24-9-2025",
        "Sơ tán dân từ 20/9/2025 và sẽ kết thúc tùy diễn biến bão; các tàu phải về bờ trước "
        "ngày 24-9-2025",
        "Sơ tán dân từ 20/9/2025 và sẽ kết thúc theo thông báo; các tàu phải về bờ trước ngày "
        "24-9-2025",
        "Sơ tán dân từ 20/9/2025 và sẽ kết thúc; các tàu phải về bờ trước ngày 24-9-2025",
    ],
)
def test_a_start_ended_by_an_event_is_no_window_to_another_steps_day(phrase: str) -> None:
    """The pause ends on the event; the ships' day is theirs, never the pause's end
    (`combine._AT_AN_EVENT`; session 56's fresh tester saw it read 24/09 – 24/09)."""
    refused(phrase, ctx("2025-09-23"))


def test_a_start_with_its_end_in_words_still_reads_its_window() -> None:
    reading = one("Học kỳ 2 bắt đầu từ 8-1-2026, và sẽ kết thúc vào 25-5-2026", ctx("2025-12-01"))
    assert (reading.first, reading.last) == (date(2026, 1, 8), date(2026, 5, 25))


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("cấm trình diễn từ 14 giờ 00 phút, ngày 08 tháng 6 năm 2026", date(2026, 6, 8)),
        ("Cắt điện từ ngày 08/6/2026", date(2026, 6, 8)),
    ],
)
def test_from_after_a_word_folded_like_dien_still_reads(phrase: str, day: date) -> None:
    assert one(phrase, ctx("2026-03-01")).earliest == day


@pytest.mark.parametrize(
    "phrase",
    [
        "chờ đến ngày 15/9/2025 mới nộp hồ sơ",
        "Chờ đến ngày 15/9/2025",
        "Chờ cho đến ngày 15/9/2025 mới làm",
        "Đợi tới tháng 9/2025",
        "chờ đến năm 2030 mới triển khai",
    ],
)
def test_a_wait_is_no_deadline(phrase: str) -> None:
    """The work waits for that time, it is not due by it (helper e57 saw the first read as
    due 15/09/2025; `engine._WAITED_FOR`)."""
    assert "chờ đến" in refused(phrase, ctx("2025-03-01"))


def test_until_a_day_still_reads_its_day() -> None:
    assert one("Cho đến ngày 15/9/2025", ctx("2025-03-01")).last == date(2025, 9, 15)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Tang luong tu 1/7/2026", date(2026, 7, 1)),
        ("Cat dien tu ngay 5/3/2026", date(2026, 3, 5)),
        ("Muc phi giu nguyen tu ngay 1/7/2026", date(2026, 7, 1)),
    ],
)
def test_from_typed_bare_still_reads_a_start(phrase: str, day: date) -> None:
    """The merge's second fresh tester: the base read these right."""
    assert one(phrase, ctx("2026-03-01")).earliest == day


@pytest.mark.parametrize(
    "phrase",
    [
        "Thi công từ ngày 1/3/2026 và kết thúc theo kế hoạch vào ngày 30/9/2026",
        "Quan trắc không khí từ ngày 1/9/2026 và kết thúc quan trắc không khí vào ngày 30/9/2026",
    ],
)
def test_an_end_said_in_end_words_still_closes_its_window(phrase: str) -> None:
    """ "theo kế hoạch" and the "khí" of "không khí" are no event (`combine._AT_AN_EVENT`)."""
    reading = one(phrase, ctx("2026-03-01"))
    assert (reading.kind, reading.last) == (DeadlineKind.WINDOW, date(2026, 9, 30))


@pytest.mark.parametrize(
    "phrase",
    [
        "Giải quyết hồ sơ chờ đến hạn trước ngày 30/6/2026",
        "Xử lý dứt điểm các hồ sơ đang chờ đến lượt trước ngày 30/6/2026",
    ],
)
def test_files_waiting_their_turn_are_no_wait_for_the_deadline(phrase: str) -> None:
    assert one(phrase, ctx("2026-03-01")).last == date(2026, 6, 30)


@pytest.mark.parametrize(
    ("phrase", "standing"),
    [
        ("Tránh gieo cấy trước ngày 10/10/2026", False),
        ("Đừng gieo trước ngày 10/10/2026", False),
        ("Bà con nông dân cần hạn chế gieo trước ngày 10/10/2026", False),
        ("Cấm khai thác hằng năm trước ngày 10/10", False),
        ("Tránh trồng trước 10/10", True),
        ("Cấm khai thác trước 10/10", True),
    ],
)
def test_a_step_to_avoid_before_a_day_is_no_step_due_by_it(phrase: str, standing: bool) -> None:
    """ "not before" is a start, never "by" (`label._avoided`, `label._CADENCE_THEN_BEFORE`;
    the merge's testers found these read as due 10/10, yearly in a standing calendar)."""
    assert "trước …" in refused(phrase, Context(issued=date(2026, 3, 1), standing=standing))


@pytest.mark.parametrize(
    "phrase",
    [
        "Hoàn thành việc hạn chế nhựa dùng một lần trước ngày 30/6/2026",
        "Xây dựng kế hoạch phòng, tránh bão trước ngày 30/6/2026",
        "Giải quyết tranh chấp trước ngày 30/6/2026",
    ],
)
def test_a_thing_named_with_a_word_of_avoiding_is_still_due(phrase: str) -> None:
    assert one(phrase, ctx("2026-03-01")).last == date(2026, 6, 30)


@pytest.mark.parametrize(
    "phrase",
    [
        "Nghỉ học từ thứ Tư ngày 8/4/2026",
        "Bắt đầu từ thứ Tư ngày 8/4/2026",
        "Áp dụng từ Thứ Tư (8/4/2026)",
    ],
)
def test_the_tu_of_wednesday_is_no_misspelt_from(phrase: str) -> None:
    """ "thứ Tư" between "từ" and its day (the third fresh tester: refused by the first
    `start_match`)."""
    assert one(phrase, ctx("2026-03-01")).earliest == date(2026, 4, 8)


@pytest.mark.parametrize(
    "phrase",
    [
        "Tiếp nhận hồ sơ từ 10/9/2026 và kết thúc khi hết ngày 30/9/2026",
        "Tiếp nhận hồ sơ từ 10/9/2026 và kéo dài cho tới khi hết ngày 30/9/2026",
        "Tiếp nhận hồ sơ từ 10/9/2026 và kết thúc trong trường hợp đủ chỉ tiêu, chậm nhất "
        "30/9/2026",
    ],
)
def test_an_end_at_an_event_with_no_clause_after_it_is_the_works_end(phrase: str) -> None:
    reading = one(phrase, ctx("2026-03-01"))
    assert (reading.first, reading.last) == (date(2026, 9, 10), date(2026, 9, 30))


@pytest.mark.parametrize(
    "phrase",
    [
        "Chờ đến sáng 15/9/2026 mới nộp hồ sơ",
        "Chờ mãi đến 15/9/2026 mới nộp",
        "Đợi đến tận ngày 15/9/2026 mới nộp",
        "Các xã phải chờ đến ngày 15/9/2026",
    ],
)
def test_a_wait_said_otherwise_is_no_deadline(phrase: str) -> None:
    assert "chờ đến" in refused(phrase, ctx("2026-03-01"))


def test_a_waiting_list_up_to_a_day_is_no_wait() -> None:
    reading = one("Hạn chót nộp hồ sơ dự tuyển vào danh sách chờ đến 30/6/2026", ctx("2026-03-01"))
    assert reading.last == date(2026, 6, 30)
