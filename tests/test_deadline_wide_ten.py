"""The refused long tail of session 35 (branch wide-ten): a schedule or a day told after words
that introduce it ("… cho biết: …", "… như sau: …"), and the school year a deadline serves.
Each family with the real phrases that motivated it (their corpus files named) and invented
look-alikes that change the meaning, kept refused (the first rule: never a silent wrong
date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

# --- who tells it, then what is to come: "<nguồn> cho biết: …" ------------------------------


def test_source_told_today_with_its_day_reads_that_day() -> None:
    """zg-nhandan-sang-nay-7-1-tong-dieu-tra-kinh-te-2026 (Nhân Dân, 07/01/2026)."""
    reading = one(
        "Cục Thống kê (Bộ Tài chính) cho biết: Hôm nay (7/1) sẽ triển khai cuộc Tổng điều tra "
        "kinh tế năm 2026 trên phạm vi toàn quốc.",
        ctx("2026-01-07"),
    )
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, date(2026, 1, 7))


def test_source_told_start_reads_its_start() -> None:
    """z-hanoimoi- and za-hanoimoi-dieu-tra-dan-so-giua-ky-2024 (Hà Nội Mới, 12/3/2024)."""
    reading = one(
        "Tổng cục Thống kê cho biết từ ngày 1-4, Tổng cục sẽ thực hiện điều tra dân số và nhà "
        "ở giữa kỳ năm 2024",
        ctx("2024-03-12"),
    )
    assert reading.earliest == date(2024, 4, 1)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Sở Y tế cho biết: Hôm nay (12/3) sẽ ra quân chiến dịch tiêm chủng năm 2025.", 12),
        ("Sở GD&ĐT TP.HCM cho biết, ngày 20/3 sẽ công bố lịch thi tuyển sinh năm 2025", 20),
        ("Ban tổ chức cho biết: ngày 28/3 dự kiến khai mạc hội chợ xuân năm 2025.", 28),
    ],
)
def test_source_told_day_to_come_reads_the_day(phrase: str, day: int) -> None:
    assert one(phrase, ctx("2025-03-10")).last == date(2025, 3, day)


@pytest.mark.parametrize(
    "phrase",
    [
        # a figure reached, a thing done: the day is an as-of day, no deadline
        "Bộ Tài chính cho biết đến ngày 26/12, cả nước đã xử lý được 19.658 cơ sở nhà, đất dôi "
        "dư, tương đương khoảng 78% tổng số cơ sở cần sắp xếp theo phương án được phê duyệt",
        "Sở Y tế cho biết: ngày 12/3 đã ra quân chiến dịch tiêm chủng năm 2025 trên toàn tỉnh.",
        # two days joined by "hoặc": two deadlines, none chosen
        "Ban tổ chức cho biết: hội chợ sẽ khai mạc ngày 28/3 hoặc ngày 4/4/2025",
        # the source's words tell the time given up (convention 2)
        "Theo kế hoạch ban đầu, Ban tổ chức cho biết ngày 28/3/2025 sẽ khai mạc hội chợ",
    ],
)
def test_source_told_what_is_no_deadline_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-03-10"))


# --- "… như sau:" before the new schedule -----------------------------------------------------


def test_schedule_changed_as_follows_reads_the_new_window() -> None:
    """y-tay-ninh-hoa-thanh-le-hoi-am-thuc-chay-2019: "như sau:" introduces the new time, its
    "sau" no start bound (refused before as "“sau …” chỉ mốc bắt đầu")."""
    reading = one(
        "UBND huyện Hòa Thành quyết định thay đổi thời gian và địa điểm tổ chức như sau: 3 "
        "ngày, từ ngày 31/5/2019 đến 02/6/2019 (nhằm 27 đến 29/4 năm Kỷ Hợi) tại Công viên "
        "Hòa Thành"
    )
    assert (reading.first, reading.last) == (date(2019, 5, 31), date(2019, 6, 2))


def test_schedule_as_follows_invented_reads_the_window() -> None:
    reading = one(
        "UBND xã quyết định điều chỉnh thời gian tổ chức như sau: từ ngày 10/6/2025 đến "
        "12/6/2025 tại Nhà văn hóa xã"
    )
    assert (reading.first, reading.last) == (date(2025, 6, 10), date(2025, 6, 12))


@pytest.mark.parametrize(
    "phrase",
    [
        # what follows is a start bound, or told done: still no deadline
        "Thời gian nhận hồ sơ như sau: sau ngày 10/6/2025",
        "Kết quả tổ chức như sau: từ ngày 10/6/2025 đến 12/6/2025 đã tổ chức 5 lớp tập huấn",
        # the first schedule, replaced by the next sentence's (y-tay-ninh's first phrase)
        "Theo kế hoạch thời gian tổ chức Lễ hội ẩm thực chay Hòa Thành, Tây Ninh năm 2018 từ "
        "ngày 21 đến ngày 23/9/2018 (nhằm ngày 12,13,14 tháng 8 âm lịch) và địa điểm tổ chức "
        "tại Trung tâm Thương mại và Giải trí Cana",
    ],
)
def test_as_follows_before_no_deadline_stays_refused(phrase: str) -> None:
    refused(phrase)


@pytest.mark.parametrize(
    ("phrase", "named"),
    [
        ("Lịch cũ như sau: từ ngày 1/6/2025 đến 3/6/2025", "Lịch cũ"),
        ("Thời gian tổ chức trước đây như sau: từ ngày 1/6/2025 đến 3/6/2025", "trước"),
    ],
)
def test_old_schedule_as_follows_is_refused_for_its_words(phrase: str, named: str) -> None:
    """The words before "như sau:" are judged as any label before a time: an old schedule
    stays refused, for that reason, not as a start bound "sau …"."""
    why = refused(phrase, ctx("2025-05-20"))
    assert named in why
    assert "chỉ mốc bắt đầu" not in why


# --- the school year a deadline serves ---------------------------------------------------------


def test_school_year_served_is_the_gloss_of_the_day() -> None:
    """t-sggp-bgddt-100-truong-noi-tru-bien-gioi-2026, u-sggp-100-truong-noi-tru-truoc-30-8-
    2026 (SGGP, 06/02/2026): the day is the deadline, the school year its purpose."""
    reading = one(
        "Các tỉnh, thành đều cam kết và phấn đấu hoàn thành 100 trường trước ngày 30-8-2026 để "
        "đưa vào hoạt động từ năm học 2026-2027",
        ctx("2026-02-06"),
    )
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, date(2026, 8, 30))
    assert "năm học 2026-2027" in (reading.gloss or "")


@pytest.mark.parametrize(
    "phrase",
    [
        "hoàn thành trước 30/8/2026, nhằm phục vụ năm học 2026 – 2027",
        "bàn giao trường trước ngày 15/8/2026 đưa vào sử dụng cho năm học 2026-2027.",
    ],
)
def test_school_year_served_invented_reads_the_day(phrase: str) -> None:
    assert one(phrase, ctx("2025-11-09")).last.month == 8


@pytest.mark.parametrize(
    "phrase",
    [
        # a school year alone has no calendar bounds (u-sggp's second phrase)
        "phấn đấu bảo đảm 100% số trường đã khởi công hoàn thành đúng tiến độ, đưa vào sử dụng "
        "trong năm học 2026-2027",
        # a day without its year, in a text of the autumn before: 2025 or 2026?
        "hoàn thành trước ngày 30-8 để đưa vào hoạt động từ năm học 2026-2027",
        # a day of another year than the school year opens in
        "hoàn thành trước ngày 30-8-2025 để đưa vào hoạt động từ năm học 2026-2027",
        # no school year of two years in a row
        "hoàn thành trước ngày 30-8-2026 để đưa vào hoạt động từ năm học 2026-2028",
    ],
)
def test_school_year_not_served_by_the_day_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-11-09"))
