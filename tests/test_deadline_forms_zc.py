"""Forms tuned on the zc- set (branch tune-zc): the mass organisations' and councils' calendars
(congresses with their terms, HĐND sessions, voters' meetings). A year told before a term, a
sitting or an act about a congress's resolution, a session's agenda or name, office holders'
posts, a term's results told as achieved, a sitting's results with its day, an event told as
held well, a photo caption's day; and the events told with their day that read it (the lead's
convention 1, session 22). Each rule with the real phrases that motivated it (their corpus
file named) and the near variants that must stay read (the first rule: never a silent wrong
date)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, read_days, refused
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW

# --- a year told before a term: the year is the time, the term a name ------------------------

# zc-chi-thi-22-ct-tw-dai-hoi-mttq-2024 (Chỉ thị 22-CT/TW, 25/5/2023): read as the term, the
# congresses due in 2024 were due by 31/12/2029 (a WRONG DAY)
_MTTQ = (
    "Năm 2024 sẽ diễn ra Đại hội Mặt trận Tổ quốc Việt Nam các cấp và Đại hội đại biểu toàn "
    "quốc Mặt trận Tổ quốc Việt Nam lần thứ X, nhiệm kỳ 2024-2029, đây là sự kiện chính trị "
    "quan trọng đối với Mặt trận Tổ quốc Việt Nam và các tầng lớp nhân dân"
)


def test_a_year_before_a_congress_term_never_reads_the_term() -> None:
    refused(_MTTQ, ctx("2023-05-25"))


@given(year=st.integers(2000, 2040), length=st.integers(2, 5), at_end=st.booleans())
def test_no_year_before_a_term_reads_as_the_term(year: int, length: int, at_end: bool) -> None:
    # the year said is the term's first or last (any other is refused as another year already)
    first, last = (year - length, year) if at_end else (year, year + length)
    phrase = f"Năm {year} tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ {first}-{last}"
    try:
        readings = parse_deadlines(phrase, ctx(f"{year - 1}-06-01"))
    except DeadlineError:
        return
    assert all(reading.first and reading.first.year == year for reading in readings)
    assert all(reading.last and reading.last.year == year for reading in readings)


@pytest.mark.parametrize(
    ("phrase", "issued", "reading"),
    [
        # q-hanoi-o-dien-hoi-phu-nu-dai-hoi-2025: a real day beside the term keeps its reading
        ("Theo kế hoạch, Đại hội đại biểu Phụ nữ xã Ô Diên lần thứ I nhiệm kỳ 2025-2030 sẽ tổ "
         "chức vào ngày 25/9/2025", None, (D, "2025-09-25", "2025-09-25")),
        # zc-sggp-dai-hoi-dang-bo-trung-uong-hoi-lhpn-2025: the term of the tasks, a window
        ("xác định phương hướng, mục tiêu, nhiệm vụ, giải pháp của Đảng bộ nhiệm kỳ 2025- 2030",
         "2025-08-11", (W, "2025-01-01", "2030-12-31")),
        # s-nhansu-nghe-an-kh-22-2026-chuong-trinh-hanh-dong-dai-hoi: a programme over the term
        ("CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ UBND TỈNH LẦN "
         "THỨ I, NHIỆM KỲ 2025-2030", "2026-01-13", (W, "2025-01-01", "2030-12-31")),
    ],
)  # fmt: skip
def test_a_term_beside_a_day_or_of_a_work_stays_read(
    phrase: str, issued: str | None, reading: tuple[object, ...]
) -> None:
    kind, first, last = reading
    assert read_days(phrase, issued) == (kind, first, last)


# --- the term of a congress, a council, an office: no deadline --------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zc-baogialai-ban-chi-dao-chuong-trinh-hanh-dong-01-2026: a sitting told before the
        # programme it is about (misread since conv13)
        ("chủ trì phiên họp thứ nhất Ban Chỉ đạo thực hiện Chương trình hành động của Ban Chấp "
         "hành Đảng bộ tỉnh thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm "
         "kỳ 2025-2030", "2026-02-04"),
        # zc-huengaynay-quan-triet-nghi-quyet-phuong-huong-an-2025: a resolution put across
        ("Ông Trương Quang Trung, Bí thư Đảng ủy phường Hương An quán triệt Nghị quyết Đại hội "
         "Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030", "2025-09-07"),
        # zc-baogialai-hoi-lhpn-tinh-hoat-dong-2026: duties shared out in the committee
        ("phân công nhiệm vụ đối với các Ủy viên Ban Chấp hành Hội LHPN tỉnh khóa I, nhiệm kỳ "
         "2025-2030", "2026-01-29"),
        # zc-namcao-thaibinh-kh-44-tiep-xuc-cu-tri-2023: a sitting's agenda, no programme
        # (misread since conv13)
        ("1. Dự kiến chương trình kỳ họp thứ VII HĐND xã Nam Cao nhiệm kỳ 2021-2026",
         "2023-12-05"),
        # zc-hnd-binhthuan-ham-thuan-bac-nhiem-vu-quy-ii-2024: posts of two terms
        ("triển khai các bước quy hoạch các chức danh lãnh đạo Hội Nông dân huyện, nhiệm kỳ "
         "2028- 2033 và rà soát các chức danh lãnh đạo Hội Nông dân huyện nhiệm kỳ 2023- 2028",
         "2024-04-01"),
    ],
)  # fmt: skip
def test_the_term_of_an_occasion_or_an_office_is_refused(phrase: str, issued: str) -> None:
    assert "nhiệm kỳ" in refused(phrase, ctx(issued))


# --- a session's name -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zc-sggp-trieu-tap-ky-hop-6-hdnd-tphcm-2025: which session, in parentheses
        ("Thường trực HĐND TPHCM vừa có quyết định triệu tập đại biểu HĐND TPHCM tham dự kỳ họp "
         "thứ 6 HĐND TPHCM khóa X, nhiệm kỳ 2021-2026 (kỳ họp thường lệ cuối năm 2025)",
         "2025-11-26"),
        # zc-baoquangtri-ky-hop-thu-2-hdnd-tinh-2025: the petitions sent to a past session
        ("báo cáo của Thường trực HĐND tỉnh về kết quả giám sát giải quyết các ý kiến, kiến nghị "
         "của cử tri gửi đến kỳ họp thường lệ cuối năm 2024", "2025-08-13"),
    ],
)  # fmt: skip
def test_a_session_named_by_its_part_of_the_year_is_refused(phrase: str, issued: str) -> None:
    refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "issued", "reading"),
    [
        # z-baocantho-hdnd-thay-doi-ky-hop-cuoi-nam-2021: the session's name with its days
        ("kỳ họp thứ 4 (kỳ họp thường lệ cuối năm 2021) của HĐND thành phố khóa X, nhiệm kỳ "
         "2021-2026 sẽ diễn ra trong các ngày 8, 9 và 10-12", "2021-12-02",
         (W, "2021-12-08", "2021-12-10")),
    ],
)  # fmt: skip
def test_a_session_named_beside_its_days_reads_the_days(
    phrase: str, issued: str, reading: tuple[object, ...]
) -> None:
    assert read_days(phrase, issued) == reading


# --- told as done or achieved, a sitting's results, a picture's day ---------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zc-baothanhhoa-dai-hoi-phu-nu-xa-thanh-phong-2025: a past term's results
        ("Nhiệm kỳ 2020-2025, Hội LHPN xã bám sát sự lãnh đạo của cấp ủy, cụ thể hóa nghị quyết "
         "đại hội vào thực tiễn và đạt nhiều kết quả quan trọng", "2025-10-06"),
        # zc-kontum-tiep-xuc-cu-tri-ky-hop-7-2024: a sitting's results, the day it was held
        ("Thông báo kết quả Kỳ họp chuyên đề HĐND tỉnh Khóa XII (tổ chức ngày 02/5/2024)",
         "2024-05-20"),
        # zc-tuoitregiongrieng-dai-hoi-chi-doan-hoa-loc-2023: a congress told as held well
        ("Chiều ngày 08/12/2023, tại trụ sở làm việc ấp Hòa lộc, xã Đoàn chỉ đạo tổ chức thành "
         "công Đại hội điểm ấp Hòa Lộc, nhiệm kỳ 2023 – 2024", None),
        # zc-vtcnews-ket-luan-201-sau-dai-hoi-2025: a photo caption's day
        ("Tổng Bí thư Tô Lâm, các lãnh đạo, nguyên lãnh đạo Đảng, Nhà nước và các đại biểu dự "
         "Đại hội Đảng bộ các cơ quan Đảng Trung ương lần thứ I, nhiệm kỳ 2025-2030 (24/9/2025)",
         "2025-10-31"),
    ],
)  # fmt: skip
def test_a_thing_done_or_pictured_is_refused(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))


def test_held_well_still_to_come_stays_read() -> None:
    # i-sggp-qd-2437-dot-thi-dua-dai-hoi-xiv-2025: "tổ chức thành công" as the aim, to come
    reading = one(
        "Đợt thi đua được phát động từ tháng 10-2025 đến khi tổ chức thành công Đại hội XIV",
        ctx("2025-11-04"),
    )
    assert reading.earliest == date(2025, 10, 1)


def test_a_bare_day_in_parentheses_after_a_time_word_stays_read() -> None:
    # b-vnanet-dak-lak-danh-sach-cu-tri-2026: a day in parentheses that is the phrase's time
    assert read_days("bỏ phiếu sớm hơn một ngày (14/3/2026)", "2026-02-27") == (
        D,
        "2026-03-14",
        "2026-03-14",
    )


# --- an event told with its day reads that day (the lead's convention 1, session 22) ---------


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        # zc-baophutho-ky-hop-chuyen-de-thu-ba-hdnd-2025
        ("Ngày 28/10, HĐND tỉnh khoá XIX, nhiệm kỳ 2021-2026 tổ chức Kỳ họp chuyên đề thứ Ba để "
         "xem xét, quyết định một số nội dung quan trọng thuộc thẩm quyền", "2025-10-28",
         "2025-10-28"),
        # zc-sggp-dai-hoi-dang-bo-trung-uong-hoi-lhpn-2025
        ("Đại hội Đại biểu Đảng bộ Trung ương Hội liên hiệp phụ nữ Việt Nam lần thứ I, nhiệm kỳ "
         "2025-2030 khai mạc tại Hà Nội sáng 11-8", "2025-08-11", "2025-08-11"),
        # zc-tongtran-hungyen-giao-ban-bi-thu-chi-bo-2025
        ("Chiều 31/10/2025, tại Nhà văn hóa xã, Ban Thường vụ Đảng ủy xã Tống Trân tổ chức Hội "
         "nghị giao ban Bí thư các chi, đảng bộ trực thuộc nhằm đánh giá kết quả lãnh đạo, chỉ đạo "
         "thực hiện nhiệm vụ tháng 10 và triển khai nhiệm vụ trọng tâm tháng 11 năm 2025",
         "2025-10-31", "2025-10-31"),
    ],
)  # fmt: skip
def test_an_event_told_with_its_day_reads_that_day(phrase: str, issued: str, day: str) -> None:
    assert read_days(phrase, issued) == (D, day, day)


# --- the deputies' meetings with voters before or after a session: one duty's name -----------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # zc-kontum-tiep-xuc-cu-tri-ky-hop-7-2024 (Kế hoạch 04/KH-TTHĐND, HĐND tỉnh Kon Tum)
        ("Từ ngày 03 - 14/6: Đại biểu HĐND tỉnh TXCT trước Kỳ họp thứ 7", "2024-05-20",
         "2024-06-03", "2024-06-14"),
        # zc-baothainguyen-tiep-xuc-cu-tri-ky-hop-16-2023
        ("Về tiếp xúc cử tri sau Kỳ họp thứ 16, dự kiến tổ chức từ ngày ngày 25 đến ngày "
         "28/12/2023", "2023-11-01", "2023-12-25", "2023-12-28"),
        # zc-tptuyhoa-tiep-xuc-cu-tri-giua-nam-2024: the session named by its part of the year
        ("Từ ngày 10-14/6/2024, Đại biểu HĐND tỉnh khoá VIII và Đại biểu HĐND thành phố khoá "
         "XII, nhiệm kỳ 2021-2026 tổ chức tiếp xúc với cử tri thành phố Tuy Hòa trước kỳ họp "
         "thường lệ giữa năm 2024 của HĐND 2 cấp", "2024-06-11", "2024-06-10", "2024-06-14"),
    ],
)  # fmt: skip
def test_voters_meetings_before_or_after_a_session_read_their_days(
    phrase: str, issued: str, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (W, first, last)


def test_a_work_due_before_a_session_stays_refused() -> None:
    # z-angiang-hdnd-chau-phu-chuong-trinh-giam-sat-2022: "trước kỳ họp" is the time here
    refused("- Trước kỳ họp cuối năm 2022", ctx("2021-09-14"))


# --- "chiều nay 21/9": this afternoon, the day written after it -------------------------------


def test_this_afternoon_before_its_day_starts_the_window() -> None:
    # zc-btv-dai-hoi-cong-doan-binh-duong-2023 (Bình Dương TV, 21/9/2023)
    phrase = (
        "Đại hội Công đoàn tỉnh Bình Dương lần thứ 11 (nhiệm kỳ 2023 – 2028) sẽ chính thức diễn "
        "ra từ chiều nay 21/9 đến 23/9, tại Trung tâm Hội nghị Triển lãm tỉnh"
    )
    reading = one(phrase, ctx("2023-09-21"))
    assert days(reading) == (W, date(2023, 9, 21), date(2023, 9, 23))
    assert reading.qualifier == "chiều"


@given(start=st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 20)))
def test_this_morning_or_afternoon_keeps_the_day_written(start: date) -> None:
    end = start + timedelta(days=2)
    if end.year != start.year:
        return
    for part in ("sáng nay", "chiều nay"):
        phrase = f"diễn ra từ {part} {start.day}/{start.month} đến {end.day}/{end.month}"
        assert days(one(phrase, ctx(f"{start.year}-01-01"))) == (W, start, end)


# --- a term named after the time read: a name, within whose years the day falls ---------------


@pytest.mark.parametrize(
    ("phrase", "issued", "reading"),
    [
        # l-dong-nai-hdnd-long-thanh-2025
        ("Dự kiến giữa tháng 06/2025, HĐND huyện tổ chức kỳ họp chuyên đề HĐND huyện, kết hợp "
         "tổng kết hoạt động HĐND huyện khóa XII, nhiệm kỳ 2021 - 2026", None,
         (W, "2025-06-11", "2025-06-20")),
        # zc-kontum-tiep-xuc-cu-tri-ky-hop-7-2024
        ("Từ ngày 03/6/2024 đến ngày 14/6/2024, đại biểu HĐND tỉnh tiếp xúc cử tri (TXCT) trước "
         "Kỳ họp thứ 7 HĐND tỉnh Khóa XII, nhiệm kỳ 2021-2026", "2024-05-20",
         (W, "2024-06-03", "2024-06-14")),
    ],
)  # fmt: skip
def test_a_time_beside_a_term_after_it_reads_the_time(
    phrase: str, issued: str | None, reading: tuple[object, ...]
) -> None:
    assert read_days(phrase, issued) == reading


@given(year=st.integers(2000, 2040), start=st.integers(2000, 2040))
def test_a_day_outside_the_term_beside_it_is_refused(year: int, start: int) -> None:
    # a variant of zc-thapmuoi-dai-hoi-chi-hoi-nong-dan-2023's "… tổ chức Đại hội chi Hội
    # nhiệm kỳ 2023 - 2028": the month's year against the term's
    phrase = (
        f"Trong tháng 01/{year}, các Chi Hội tổ chức Đại hội chi Hội nhiệm kỳ {start} - {start + 5}"
    )
    if start <= year <= start + 5:
        assert read_days(phrase) == (W, f"{year}-01-01", f"{year}-01-31")
    else:
        assert "nhiệm kỳ" in refused(phrase)
