"""Session 63, helper f63b: wrong readings on main around a time opening a press line, then
a clause, found while testing branch f63 (ze-baohaiduong-xet-thang-hang-giao-vien-2024: "Từ
ngày 26 -29/5, Hội đồng xét thăng hạng … năm 2024 tổ chức thẩm định hồ sơ …").

1. A clause that calls off, ends, pauses or hedges the work (`kehoach.dates.spanclause`):
   "Từ ngày 26 -29/5, Hội đồng tuyển dụng bãi bỏ lịch thi", "… Hội đồng giải thể", "… Hội
   đồng dự kiến tổ chức phỏng vấn" were read on main as the window of the work. The days are
   no time to do anything by: refused with "ghi last_day", as the same words after the days
   are. The council's own work ("… Hội đồng tổ chức thẩm định hồ sơ") still reads.
2. A start, then the council of a year's round: "Từ ngày 26/5, Hội đồng xét thăng hạng giáo
   viên năm 2024 tổ chức thẩm định hồ sơ" was read as 26/05 – 31/12/2024, the round's year
   taken for the work's end (`combine._start_to_end`, `councilyear.names_a_council`):
   refused, as the page gives only a start.
3. A session named by its number, then its part of the year: "Tiếp xúc cử tri trước kỳ họp
   thứ 5, cuối năm 2022" was read as 01/10 – 31/12/2022; "cuối năm" names the session
   (`kehoach.dates.sessionnamed`, as in z-angiang-hdnd-chau-phu-chuong-trinh-giam-sat-2022).
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.reading import DeadlineKind

W = DeadlineKind.WINDOW
D = DeadlineKind.DATE
SPAN = "Từ ngày 26 -29/5, Hội đồng"


@pytest.mark.parametrize(
    "phrase",
    [
        f"{SPAN} tuyển dụng bãi bỏ lịch thi",
        f"{SPAN} tuyển dụng thông báo hủy kỳ thi",
        f"{SPAN} xét tuyển hết hiệu lực",
        f"{SPAN} giải thể",
        f"{SPAN} ngừng hoạt động",
        f"{SPAN} tạm dừng thẩm định hồ sơ",
        f"{SPAN} dự kiến tổ chức phỏng vấn",
        f"{SPAN} hủy bỏ kỳ thi",
        f"{SPAN} hoãn kỳ thi",
        f"{SPAN} tạm hoãn phỏng vấn",
        f"{SPAN} đình chỉ kỳ thi",
        f"{SPAN} chấm dứt hoạt động",
        f"{SPAN} hết nhiệm vụ",
        f"{SPAN} có lẽ tổ chức phỏng vấn",
        f"{SPAN} hy vọng hoàn thành thẩm định hồ sơ",
        f"{SPAN} thôi tổ chức phỏng vấn",
        f"{SPAN} ngưng nhận hồ sơ",
        "Từ ngày 26/5, Hội đồng giải thể",
        "Từ ngày 26/5 đến 29/5/2026, Hội đồng dự kiến tổ chức phỏng vấn",
        "Từ 26/5 đến 29/5, Hội đồng ngừng hoạt động",
    ],
)
@pytest.mark.parametrize("issued", ["2026-03-01", "2024-03-01"])
def test_a_clause_that_calls_off_ends_pauses_or_hedges_the_work_is_refused(
    phrase: str, issued: str
) -> None:
    assert "ghi last_day" in refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    "clause",
    [
        "bãi bỏ lịch thi",
        "thông báo hủy kỳ thi",
        "giải thể",
        "tạm dừng thẩm định hồ sơ",
        "dự kiến tổ chức phỏng vấn",
        "ngừng hoạt động",
    ],
)
@pytest.mark.parametrize("issued", ["2026-03-01", None])
def test_the_council_of_a_years_round_does_not_save_the_clause(
    clause: str, issued: str | None
) -> None:
    """councilyear reads the days with the round's year: never when the clause is undone."""
    assert "ghi last_day" in refused(f"{SPAN} tuyển dụng năm 2026 {clause}", ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        (f"{SPAN} tổ chức thẩm định hồ sơ", "2026-05-29"),
        ("Từ ngày 26-29/5", "2026-05-29"),
        (f"{SPAN} tổ chức phỏng vấn", "2026-05-29"),
        (f"{SPAN} tổ chức chấm thi", "2026-05-29"),
        (f"{SPAN} tiếp nhận hồ sơ", "2026-05-29"),
        (f"{SPAN} xét tuyển viên chức", "2026-05-29"),
        (f"{SPAN} thông báo kết quả", "2026-05-29"),
        # "tiêu hủy" (destroy) and "không ngừng" (tirelessly) call nothing off
        (f"{SPAN} tổ chức tiêu hủy hồ sơ hết hạn", "2026-05-29"),
        (f"{SPAN} làm việc không ngừng nghỉ", "2026-05-29"),
        # "dự kiến" before a count estimates the count
        ("Từ ngày 26 -29/5, dự kiến 15 doanh nghiệp tham gia", "2026-05-29"),
        ("Từ ngày 26 -29/5, tổ chức thẩm định hồ sơ", "2026-05-29"),
        (f"{SPAN} tuyển dụng năm 2026 tổ chức phỏng vấn", "2026-05-29"),
        ("Từ ngày 01/9 đến 30/11/2025, tỉnh Thanh Hóa triển khai chiến dịch", "2025-11-30"),
        # a pause opening the clause, no subject: the days of a ban (zj-dantri-ha-noi-tam-dung-
        # dao-duong-dai-hoi-tet-2026)
        ("Từ ngày 7/2 đến hết ngày 3/3, tạm dừng thi công đào đường, hè đường", "2026-03-03"),
    ],
)
def test_the_councils_own_work_in_the_days_still_reads(phrase: str, last: str) -> None:
    kind, _, read_last = read_days(phrase, "2026-03-01")
    assert (kind, read_last) == (W, last)


def test_the_days_alone_read_on_a_page_of_2024() -> None:
    assert read_days("Từ ngày 26-29/5", "2024-03-01") == (W, "2024-05-26", "2024-05-29")


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        (
            "Từ ngày 26/5, Hội đồng xét thăng hạng giáo viên năm 2024 tổ chức thẩm định hồ sơ",
            "2024-03-01",
        ),
        ("Từ ngày 26/5, Hội đồng tuyển dụng năm 2026 tổ chức phỏng vấn", "2026-03-01"),
        ("Từ ngày 26/5, Hội đồng tuyển dụng năm 2026 tổ chức phỏng vấn", "2024-03-01"),
        ("Từ ngày 26/5, Ban tổ chức kỳ thi tuyển sinh năm 2026 tổ chức chấm thi", "2026-03-01"),
        ("Từ ngày 26/5, Hội đồng thi nâng ngạch năm 2026 tổ chức thi", "2026-03-01"),
    ],
)
def test_a_councils_year_after_a_start_is_no_end_of_the_work(phrase: str, issued: str) -> None:
    assert "ghi last_day" in refused(phrase, ctx(issued))


def test_a_start_before_the_council_without_a_year_still_reads_as_a_start() -> None:
    kind, first, last = read_days("Từ ngày 26/5, Hội đồng tổ chức thẩm định hồ sơ", "2024-03-01")
    assert kind is D and last == "None" and first == "None"


@pytest.mark.parametrize(
    "phrase",
    [
        "Tiếp xúc cử tri trước kỳ họp thứ 5, cuối năm 2022",
        "Tiếp xúc cử tri sau kỳ họp thứ 5, giữa năm 2022",
        "Tiếp xúc cử tri trước kỳ họp thứ 12, cuối năm 2022",
        "Tiếp xúc cử tri sau kỳ họp thứ năm, cuối năm 2022",
    ],
)
def test_a_numbered_session_then_its_part_of_the_year_is_refused(phrase: str) -> None:
    assert "ghi last_day" in refused(phrase, ctx("2022-03-01"))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Tiếp xúc cử tri trước kỳ họp, trong tháng 12/2026", (W, "2026-12-01", "2026-12-31")),
        ("Tổ chức kỳ họp thứ 5, cuối năm 2022", (W, "2022-10-01", "2022-12-31")),
        (
            "Tiếp xúc cử tri trước kỳ họp thứ 5 từ ngày 25/11 đến 30/11/2022",
            (W, "2022-11-25", "2022-11-30"),
        ),
    ],
)
def test_the_sessions_own_time_and_the_meetings_days_still_read(
    phrase: str, expected: tuple[object, ...]
) -> None:
    assert read_days(phrase, "2022-03-01") == expected
