"""Session 49, silent wrong dates (helper guardsk): forms a tester found read on main as a
day or a window a careful reader would not write (issue 11: never a silent wrong date), now
refused with a reason and the way out, and the neighbours that name a real time still read:
a review organised, named by the period it reviews ("Kế hoạch tổ chức Hội nghị tổng kết năm
2024"), the end of a period of years ("Tổng kết cuối kỳ giai đoạn 2026-2030"), a step told
done among milestones ("…, đã công bố kết quả vào ngày 17/4"), a congress planned and told
held at once, a contest's edition of other years, a heading carrying out a second document,
a day of a winter-spring crop's first year, and a status note "- hoàn thành" after the day."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW
JAN_2026 = "2026-01-05"
MARCH_2026 = "2026-03-10"
JULY_2026 = "2026-07-15"


# 1. a review organised or planned, its period reviewed the only time: not the meeting's time


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        (
            "UBND xã A xây dựng Kế hoạch tổ chức Hội nghị tổng kết năm 2024 với những nội "
            "dung cụ thể sau",
            "2024-11-10",
        ),
        (
            "UBND xã A xây dựng Kế hoạch tổ chức Hội nghị tổng kết năm 2024 với những nội "
            "dung cụ thể sau",
            MARCH_2026,
        ),
        ("Tổ chức Hội nghị sơ kết 6 tháng đầu năm 2026", MARCH_2026),
        ("Tổ chức tổng kết công tác năm 2025", "2025-11-20"),
        ("Tổ chức Hội nghị trực tuyến tổng kết công tác phòng chống thiên tai năm 2025", JAN_2026),
        ("Kế hoạch tổ chức Hội nghị sơ kết 9 tháng năm 2026", JULY_2026),
        ("Tổ chức Hội nghị sơ kết quý I/2026", MARCH_2026),
        ("Tổ chức Hội nghị tổng kết quý II năm 2026", MARCH_2026),
    ],
)
def test_a_review_organised_is_not_held_over_its_period(phrase: str, issued: str) -> None:
    why = refused(phrase, ctx(issued))
    assert "không phải thời gian tổ chức hội nghị" in why and "last_day" in why


@given(
    year=st.integers(2000, 2040),
    which=st.sampled_from(["tổng kết", "sơ kết"]),
    period=st.sampled_from(["năm", "6 tháng đầu năm", "9 tháng năm", "công tác năm"]),
    meeting=st.sampled_from(["Tổ chức Hội nghị", "Tổ chức", "Kế hoạch tổ chức Hội nghị"]),
)
def test_no_review_organised_reads_its_period(
    year: int, which: str, period: str, meeting: str
) -> None:
    phrase = f"{meeting} {which} {period} {year}"
    assert "không phải thời gian tổ chức hội nghị" in refused(phrase, ctx(f"{year}-06-01"))


@pytest.mark.parametrize(
    ("phrase", "issued", "readings"),
    [
        # zu-sggp-phuong-cau-ong-lanh-hoi-nghi-ky-ket-vnpt-2026: an agenda (convention 10)
        (
            "tổng kết công tác năm 2025 và triển khai phương hướng, nhiệm vụ trọng tâm năm 2026",
            "2026-01-08",
            [
                (W, date(2025, 1, 1), date(2025, 12, 31)),
                (W, date(2026, 1, 1), date(2026, 12, 31)),
            ],
        ),
        # the meeting's own month written beside it
        (
            "Tổ chức Hội nghị tổng kết năm 2025 trong tháng 1/2026",
            "2025-12-01",
            [(W, date(2026, 1, 1), date(2026, 1, 31))],
        ),
        # work organised over a year is no review
        (
            "Tổ chức thực hiện nhiệm vụ năm 2026",
            JAN_2026,
            [(W, date(2026, 1, 1), date(2026, 12, 31))],
        ),
    ],
)
def test_a_review_with_its_own_time_or_an_agenda_still_reads(
    phrase: str, issued: str, readings: list[tuple[object, ...]]
) -> None:
    found = parse_deadlines(phrase, ctx(issued))
    assert [(one.kind, one.first, one.last) for one in found] == readings


# 2. "cuối kỳ" before a span of years: its last year or after it, never the whole span


@pytest.mark.parametrize(
    "phrase",
    [
        "Tổng kết cuối kỳ giai đoạn 2026-2030",
        "Đánh giá cuối kỳ giai đoạn 2026-2030",
        "Đánh giá cuối kỳ Kế hoạch 5 năm 2026-2030",
        "Tổng kết cuối kỳ nhiệm kỳ 2025-2030",
        "Báo cáo đánh giá cuối kỳ thực hiện Chương trình giai đoạn 2026 – 2030",
    ],
)
def test_the_end_of_a_period_of_years_is_refused(phrase: str) -> None:
    why = refused(phrase, ctx(JULY_2026))
    assert "“cuối kỳ”: năm cuối của kỳ hoặc sau kỳ" in why and "first_day và last_day" in why


@pytest.mark.parametrize(
    ("phrase", "reading"),
    [
        # until the period's end: a bound, read as before
        ("Thực hiện đến cuối kỳ giai đoạn 2026-2030", (W, "2026-01-01", "2030-12-31")),
        # the review's own year or day written
        ("Đánh giá cuối kỳ giai đoạn 2026-2030 vào năm 2030", (W, "2030-01-01", "2030-12-31")),
        (
            "Báo cáo cuối kỳ giai đoạn 2026-2030 trước ngày 30/6/2030",
            (D, "2030-06-30", "2030-06-30"),
        ),
    ],
)
def test_the_end_of_a_period_with_its_own_time_still_reads(
    phrase: str, reading: tuple[object, ...]
) -> None:
    assert read_days(phrase, JULY_2026) == reading


# 3. a step told done among the milestones of one phrase


@pytest.mark.parametrize(
    "phrase",
    [
        "Nộp hồ sơ từ 24/1 đến 23/2, đã công bố kết quả vào ngày 17/4",
        "Nộp hồ sơ từ 24/1 đến 23/2, vừa công bố kết quả vào ngày 17/4",
        "Nộp hồ sơ từ 24/1 đến 23/2; đã công bố kết quả ngày 17/4",
        "Nộp hồ sơ từ 24/1 đến 23/2 và đã công bố kết quả vào ngày 17/4",
        "Nộp hồ sơ từ 24/1 đến 23/2, kết quả đã được công bố vào ngày 17/4",
        "Nộp hồ sơ trước ngày 23/2, đã công bố kết quả vào ngày 17/4",
        "Đã nộp hồ sơ từ 24/1 đến 23/2, công bố kết quả vào ngày 17/4",
        "Nộp hồ sơ từ 24/1 đến 23/2, đã thông báo kết quả vào ngày 17/4",
    ],
)
def test_a_step_told_done_makes_no_milestone(phrase: str) -> None:
    why = refused(phrase, ctx(JAN_2026))
    assert "một bước kể là đã làm" in why and "kehoach done" in why


@pytest.mark.parametrize(
    "phrase",
    [
        "Nộp hồ sơ từ 24/1 đến 23/2, công bố kết quả vào ngày 17/4",
        "Nộp hồ sơ từ 24/1 đến 23/2, sẽ công bố kết quả vào ngày 17/4",
        # a decision told made: what it sets is still to come
        "Đã thống nhất tổ chức sơ khảo từ 24/1 đến 23/2, chung khảo vào ngày 17/4",
    ],
)
def test_steps_to_come_still_read_as_milestones(phrase: str) -> None:
    found = parse_deadlines(phrase, ctx(JAN_2026))
    assert [(one.first, one.last) for one in found] == [
        (date(2026, 1, 24), date(2026, 2, 23)),
        (date(2026, 4, 17), date(2026, 4, 17)),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "Nộp hồ sơ từ 24/1 đến 23/2, chưa công bố kết quả vào ngày 17/4",
        # the session 47 tester's "chưa … đến" (not until), after a span or a day
        "Các lớp tựu trường từ 20/8 đến 25/8, các lớp khác chưa tựu trường đến ngày 29/8",
        "Lớp 1 tựu trường ngày 20/8, các lớp khác chưa tựu trường đến ngày 29/8",
    ],
)
def test_a_step_told_not_done_yet_makes_no_milestone(phrase: str) -> None:
    assert "chưa làm" in refused(phrase, ctx(JAN_2026))


def test_an_order_told_given_keeps_its_steps() -> None:
    # za-thuonghieucongluan-hung-yen-cam-bien-2025: the ban ordered, from its hour
    found = parse_deadlines(
        "Chủ tịch UBND tỉnh, Trưởng ban Chỉ huy Phòng thủ dân sự tỉnh Nguyễn Khắc Thận đã chỉ "
        "đạo cấm biển từ 12 giờ ngày 24/9, đồng thời yêu cầu hoàn thành việc kêu gọi tàu thuyền "
        "về nơi tránh trú an toàn và di dời lao động nuôi trồng thủy sản tại các vùng bãi thấp "
        "ven sông, ven biển trước 18 giờ cùng ngày.",
        ctx("2025-09-24"),
    )
    assert found[0].earliest == date(2025, 9, 24)


# 4. a congress planned and told held at once, its one day in parentheses (n2j's form)


@pytest.mark.parametrize(
    "phrase",
    [
        "Dự kiến Đại hội đã được tổ chức vào trong 1 ngày (8/10)",
        "Dự kiến Đại hội Thi đua yêu nước tỉnh lần thứ I (2025-2030) đã được tổ chức vào trong "
        "1 ngày (8/10) tại Trung tâm Hội nghị tỉnh",
        # the same planned and told held, over days or just held
        "Dự kiến Đại hội vừa được tổ chức vào trong 1 ngày (8/10)",
        "Dự kiến Hội nghị đã được tổ chức trong 2 ngày (8 và 9/10)",
        "Dự kiến kỳ thi đã được tổ chức từ ngày 8/10 đến 10/10",
        "Dự kiến Lễ kỷ niệm đã được tổ chức vào dịp 2/9",
    ],
)
def test_a_congress_told_held_in_one_day_is_refused(phrase: str) -> None:
    assert "kể một việc đã xảy ra" in refused(phrase, ctx(MARCH_2026))


@pytest.mark.parametrize(
    "phrase",
    [
        "Dự kiến Đại hội được tổ chức vào trong 1 ngày (8/10)",
        "Dự kiến Đại hội Thi đua yêu nước tỉnh lần thứ I (2025-2030) được tổ chức vào trong 1 "
        "ngày (8/10) tại Trung tâm Hội nghị tỉnh",
    ],
)
def test_a_congress_planned_in_one_day_still_reads(phrase: str) -> None:
    assert read_days(phrase, MARCH_2026) == (D, "2026-10-08", "2026-10-08")


# 5. a contest's edition with its years in parentheses: its day falls in them


@pytest.mark.parametrize(
    "phrase",
    [
        "Hội thi giáo viên dạy giỏi lần thứ 15 (2018-2019) tổ chức ngày 8/10",
        "Hội thi giáo viên dạy giỏi lần thứ 15 (2025-2026) tổ chức ngày 8/10",
        "Hội thi giáo viên dạy giỏi lần thứ 3 (2024-2025) tổ chức ngày 8/10",
    ],
)
def test_a_day_outside_an_editions_years_is_refused(phrase: str) -> None:
    why = refused(phrase, ctx(MARCH_2026))
    assert "năm lấy theo kế hoạch (2026)" in why and "last_day" in why


@pytest.mark.parametrize(
    "phrase",
    [
        "Hội thi giáo viên dạy giỏi lần thứ 15 (2026-2027) tổ chức ngày 8/10",
        "Hội thi giáo viên dạy giỏi lần thứ 15 tổ chức ngày 8/10",
    ],
)
def test_a_day_in_an_editions_years_still_reads(phrase: str) -> None:
    assert read_days(phrase, MARCH_2026) == (D, "2026-10-08", "2026-10-08")


# 6. a heading carrying out a work of a year and a second document cited by number


@pytest.mark.parametrize(
    "phrase",
    [
        "THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025 VÀ CHỈ THỊ SỐ 05/CT-TTG VỀ NĂM 2026",
        "THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025 VÀ CHỈ THỊ SỐ 05/CT-TTG",
        "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025 VÀ NGHỊ QUYẾT SỐ 01/NQ-CP",
        "Thực hiện chương trình công tác năm 2025 và Chỉ thị số 05/CT-TTg về năm 2026",
        "TRIỂN KHAI NHIỆM VỤ NĂM 2026 VÀ CHỈ THỊ SỐ 05/CT-TTG",
    ],
)
def test_a_heading_with_a_second_document_is_refused(phrase: str) -> None:
    why = refused(phrase, ctx(MARCH_2026))
    assert "một văn bản khác có thời gian riêng" in why and "last_day" in why


@pytest.mark.parametrize(
    "phrase",
    [
        "THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025",
        # miscj2's heading: the one document it carries out, then its year
        "THỰC HIỆN ĐỀ ÁN SỐ 01-ĐA/TU VỀ PHÁT TRIỂN DU LỊCH, NĂM 2025",
    ],
)
def test_a_heading_of_one_work_still_reads_its_year(phrase: str) -> None:
    assert read_days(phrase, MARCH_2026) == (W, "2025-01-01", "2025-12-31")


# 7. a day of January to July beside a crop season of two years: not the first year's


@pytest.mark.parametrize(
    "phrase",
    [
        "Gieo cấy lúa vụ Đông Xuân 2026-2027 xong trước ngày 15/2",
        "Gieo cấy vụ Đông Xuân 2026-2027 hoàn thành trước ngày 15/1",
        "Thu hoạch lúa vụ Đông Xuân 2026 - 2027 trước ngày 30/5",
    ],
)
def test_a_day_before_the_season_opens_is_refused(phrase: str) -> None:
    why = refused(phrase, ctx(JAN_2026))
    assert "trước khi “vụ Đông Xuân 2026" in why and "thuộc năm 2027" in why


# (from February: a day of January before the plan's own day is refused as past first)
@given(month=st.integers(2, 7), day=st.integers(1, 28))
def test_no_day_of_the_first_half_year_reads_for_the_coming_crop(month: int, day: int) -> None:
    phrase = f"Gieo cấy vụ Đông Xuân 2026-2027 xong trước ngày {day}/{month}"
    assert "thuộc năm 2027" in refused(phrase, ctx(JAN_2026))


@pytest.mark.parametrize(
    ("phrase", "reading"),
    [
        # the work done before the season, for it
        ("Chuẩn bị cho vụ Đông Xuân 2026-2027 trước ngày 30/6", (D, "2026-06-30", "2026-06-30")),
        # the sowing in the first year's autumn
        (
            "Gieo cấy vụ Đông Xuân 2026-2027 từ ngày 15/11 đến 15/12",
            (W, "2026-11-15", "2026-12-15"),
        ),
        # the year written
        (
            "Gieo cấy lúa vụ Đông Xuân 2026-2027 xong trước ngày 15/2/2027",
            (D, "2027-02-15", "2027-02-15"),
        ),
    ],
)
def test_a_day_of_the_season_in_its_years_still_reads(
    phrase: str, reading: tuple[object, ...]
) -> None:
    assert read_days(phrase, JAN_2026) == reading


# 8. a status note "- hoàn thành" after the day: told done, not a deadline moved


@pytest.mark.parametrize(
    "phrase",
    [
        "Nộp báo cáo trước ngày 15/3/2026 - hoàn thành",
        "Nộp báo cáo trước ngày 15/3/2026 (hoàn thành)",
        "Nộp báo cáo trước ngày 15/3/2026 - hoàn tất",
    ],
)
def test_a_note_told_complete_says_so(phrase: str) -> None:
    why = refused(phrase, ctx(MARCH_2026))
    assert "nói việc đã xong" in why and "kehoach done" in why
    assert "thời hạn đã đổi" not in why


def test_completing_a_step_is_still_a_step() -> None:
    reading = one("Nộp báo cáo trước ngày 15/3/2026, hoàn thành dứt điểm", ctx(MARCH_2026))
    assert reading.last == date(2026, 3, 15)


# 9. (the hunt) "chưa" before "(cho) đến", "tới", "vào" a day: not until it, never due by it


@pytest.mark.parametrize(
    "phrase",
    [
        "Các lớp khác chưa tựu trường đến ngày 29/8",
        "Khối 12 chưa khai giảng cho đến ngày 5/9",
        "Học sinh chưa nhập học cho tới ngày 5/9",
        "Chưa công bố kết quả vào ngày 17/4",
    ],
)
def test_not_yet_until_a_day_is_refused(phrase: str) -> None:
    why = refused(phrase, ctx(MARCH_2026))
    assert "chưa làm cho đến ngày đó" in why and "last_day" in why


@pytest.mark.parametrize(
    ("phrase", "reading"),
    [
        # "chưa" qualifies the subject, a verb of completion heads the deadline's clause
        ("Các xã chưa đạt chuẩn hoàn thành đến ngày 30/6", (D, "2026-06-30", "2026-06-30")),
        # ... or "thì" closes the subject's condition
        ("Những căn chưa xây dựng thì khởi công vào ngày 20/6", (D, "2026-06-20", "2026-06-20")),
        # a ban until a day, read as before
        ("Cấm đánh bắt đến ngày 30/6", (D, "2026-06-30", "2026-06-30")),
    ],
)
def test_not_yet_of_the_subject_still_reads(phrase: str, reading: tuple[object, ...]) -> None:
    assert read_days(phrase, MARCH_2026) == reading
