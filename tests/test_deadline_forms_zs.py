"""Forms opened by branch tune-zs (session 30) on the set zs- (tuning data since this
session): first the families of its misreads, a past recognition told mid-sentence and a
session told held ("tổ chức thành công") with its period after, then the largest families of
its refusals. Each form with the corpus phrase that shows it (its file named), the near
variants that must read the same, and the dangerous neighbours that must keep their reading
or stay refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

# --- a time closing a clause mid-sentence, then a thing told done: news, no deadline -------

_RECOGNISED = "Bên cạnh đó, ngay khi Chính phủ công nhận TP.Cà Mau là đô thị loại II"


@pytest.mark.parametrize(
    "phrase",
    [
        # zs-baocamau-tp-ca-mau-huong-den-do-thi-loai-i-2024 (page of 27/05/2024): read as the
        # year 2010 on main
        f"{_RECOGNISED} vào năm 2010, địa phương đã xây dựng kế hoạch hoàn thiện các tiêu chí "
        "của đô thị loại II còn thiếu, hướng tới mục tiêu xây dựng đô thị loại I",
        # its kin: a month of a year; the copy typed bare
        f"{_RECOGNISED} vào tháng 12/2010, địa phương đã xây dựng kế hoạch hoàn thiện các tiêu chí",
        "Ben canh do, ngay khi Chinh phu cong nhan TP.Ca Mau la do thi loai II vao nam 2010, "
        "dia phuong da xay dung ke hoach hoan thien cac tieu chi",
        # the period opening a clause after an adverb, the clause closed by its comma
        "Bên cạnh đó, trong năm 2023, địa phương đã xây dựng kế hoạch hoàn thiện các tiêu chí",
    ],
)
def test_a_past_time_then_a_thing_told_done_is_refused(phrase: str) -> None:
    assert "đã qua khi trang được đăng" in refused(phrase, ctx("2024-05-27"))


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # the same words on a page before the year: not over, no news (read as on main)
        (
            f"{_RECOGNISED} vào năm 2010, địa phương đã xây dựng kế hoạch hoàn thiện các tiêu chí",
            "2009-05-27",
            date(2010, 1, 1),
            date(2010, 12, 31),
        ),
        # nothing told done after the comma, or something to come: read as on main
        (
            f"{_RECOGNISED} vào năm 2010, địa phương xây dựng kế hoạch hoàn thiện các tiêu chí",
            "2024-05-27",
            date(2010, 1, 1),
            date(2010, 12, 31),
        ),
        (
            f"{_RECOGNISED} vào năm 2010, địa phương sẽ xây dựng kế hoạch hoàn thiện các tiêu chí",
            "2024-05-27",
            date(2010, 1, 1),
            date(2010, 12, 31),
        ),
        # a completion assigned after it ("đã được giao hoàn thành"): a due word, kept
        (
            f"{_RECOGNISED} vào năm 2010, địa phương đã được giao hoàn thành các tiêu chí",
            "2024-05-27",
            date(2010, 1, 1),
            date(2010, 12, 31),
        ),
        # a page with no date: no one can tell the year is over
        (
            f"{_RECOGNISED} vào năm 2010, địa phương đã xây dựng kế hoạch hoàn thiện các tiêu chí",
            None,
            date(2010, 1, 1),
            date(2010, 12, 31),
        ),
    ],
)
def test_a_time_not_told_over_keeps_its_reading(
    phrase: str, issued: str | None, first: date, last: date
) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.kind, reading.first, reading.last) == (DeadlineKind.WINDOW, first, last)


# --- a body telling an event held well ("tổ chức thành công"), its period after: done --------


@pytest.mark.parametrize(
    "phrase",
    [
        # zs-dongphu-dongnai-ky-hop-thuong-le-cuoi-nam-2025 (the item's title, 25/12/2025): read
        # as the last quarter of 2025 on main
        "HĐND xã Đồng Phú tổ chức thành công kỳ họp thường lệ cuối năm 2025",
        # its kin: a mass organisation and a month, a school and a day (zk-baobariavungtau's
        # "Ngày 16/1, Đảng bộ xã Bình Ba tổ chức thành công Đại hội …" with its day after)
        "Hội Nông dân xã tổ chức thành công Đại hội đại biểu lần thứ X trong tháng 12/2025",
        "Trường THCS Lê Lợi tổ chức thành công Hội khỏe Phù Đổng cấp trường ngày 15/12/2025",
    ],
)
def test_a_body_telling_an_event_held_well_is_refused(phrase: str) -> None:
    assert "tổ chức xong" in refused(phrase, ctx("2025-12-25"))


def test_a_body_telling_an_event_held_well_on_an_undated_page_is_refused() -> None:
    phrase = "HĐND xã Đồng Phú tổ chức thành công kỳ họp thường lệ cuối năm 2025"
    assert "tổ chức xong" in refused(phrase)


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # the plans' aim: a directing verb, no subject, an aim's verb, "sẽ" (read as on main)
        (
            "Chỉ đạo tổ chức thành công Đại hội Đảng bộ xã trong quý III/2025",
            "2025-07-01",
            "2025-09-30",
        ),
        ("Tổ chức thành công kỳ họp thường lệ cuối năm 2025", "2025-10-01", "2025-12-31"),
        (
            "Đảng ủy xã lãnh đạo tổ chức thành công Đại hội trong quý III/2025",
            "2025-07-01",
            "2025-09-30",
        ),
        (
            "UBND xã phấn đấu tổ chức thành công kỳ họp thường lệ cuối năm 2025",
            "2025-10-01",
            "2025-12-31",
        ),
        (
            "HĐND xã Đồng Phú sẽ tổ chức thành công kỳ họp thường lệ cuối năm 2025",
            "2025-10-01",
            "2025-12-31",
        ),
        # a deadline word: the day to meet (the same council's words, invented)
        (
            "HĐND xã Đồng Phú tổ chức thành công kỳ họp thường lệ trước ngày 31/12/2025",
            "2025-12-31",
            "2025-12-31",
        ),
        # a period after the page's day: nothing held yet, an aim
        (
            "Đảng bộ xã Bình Ba tổ chức thành công Đại hội Đại biểu lần thứ VII vào tháng 3/2026",
            "2026-03-01",
            "2026-03-31",
        ),
        # x-plo-thanh-hoa-phien-hop-ubnd-thang-2-2026's kin: the task "là tổ chức thành công"
        (
            "Nhiệm vụ trọng tâm trong tháng 3-2026 là tổ chức thành công cuộc bầu cử",
            "2026-03-01",
            "2026-03-31",
        ),
    ],
)
def test_an_event_to_hold_well_keeps_its_reading(phrase: str, first: str, last: str) -> None:
    reading = one(phrase, ctx("2025-12-25"))
    assert (str(reading.first), str(reading.last)) == (first, last)


# --- "đêm" (the night) before a day and its month: a part of that day, as "tối" -----------


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        # zs-webtretho-festival-hoa-da-lat-lan-x-2024, zs-baotravinh-giai-bong-ban-mung-dang-
        # mung-xuan-2023, zs-baodantoc-tuan-le-vang-du-lich-binh-thuan-2023: refused on main
        ("Thời gian: Đêm 31/12/2024", None, date(2024, 12, 31)),
        ("Giải dự kiến kết thúc đêm 17/01", "2023-01-16", date(2023, 1, 17)),
        (
            "Theo kế hoạch, hoạt động này gồm có Lễ Khai mạc Tuần lễ Vàng Du lịch Bình Thuận năm "
            "2023 và Lễ kỷ niệm 28 năm Ngày Du lịch Bình Thuận với chủ đề “Bình Thuận sắc màu "
            "tỏa sáng”, dự kiến diễn ra vào đêm 21/10 tại Tp. Phan Thiết",
            "2023-10-01",
            date(2023, 10, 21),
        ),
        # its kin: an hour of the evening said of the night
        ("Giải dự kiến kết thúc lúc 22 giờ đêm 17/01", "2023-01-16", date(2023, 1, 17)),
    ],
)
def test_the_night_of_a_day_reads_that_day(phrase: str, issued: str | None, day: date) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.kind, reading.first, reading.last) == (DeadlineKind.DATE, day, day)


@pytest.mark.parametrize(
    "phrase",
    [
        # an hour after midnight is no hour of the evening: which day? refused
        "Giải dự kiến kết thúc lúc 2 giờ đêm 17/01",
        # "đếm" (count), "đem" (bring), and "dem" typed bare: no night, as on main
        "đếm 17/01",
        "đem 17/01",
        "Thoi gian: Dem 31/12/2024",
        # midnight: the end of the day or its start? as on main
        "Thời gian: nửa đêm 31/12/2024",
    ],
)
def test_a_word_like_the_night_or_its_small_hours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2023-01-16"))


def test_nights_listed_keep_their_window() -> None:
    # x-thanhnien-hcm-cho-hoa-tren-ben-duoi-thuyen-2026 (page of 13/01/2026), read on main
    phrase = (
        "Trong các đêm 13, 14 và 15.2, khu vực này tiếp tục diễn ra nhiều chương trình biểu "
        "diễn nghệ thuật phục vụ cộng đồng"
    )
    reading = one(phrase, ctx("2026-01-13"))
    assert (reading.first, reading.last) == (date(2026, 2, 13), date(2026, 2, 15))


# --- the crowd an event draws, after its days: "hàng chục ngàn", "đến từ các …" -------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # zs-kinhtevadubao-le-hoi-ca-phe-buon-ma-thuot-lan-6-2017: refused on main for "hàng"
        (
            "Trong khuôn khổ của chương trình, hàng loạt các hoạt động thú vị diễn ra từ ngày "
            "08/3 đến 13/3/2017 với hàng chục ngàn du khách tham quan",
            None,
            date(2017, 3, 8),
            date(2017, 3, 13),
        ),
        # zs-vinhthuan-edu-hoi-khoe-phu-dong-huyen-2024: refused on main for "đến từ"
        (
            "Hội khỏe phù đổng diễn ra từ ngày 02/02/2024 đến ngày 04/02/2024 với hơn 500 vận "
            "động viên tham gia đến từ các trường Tiểu học, Trung học phổ thông trên địa bàn "
            "huyện Vĩnh Thuận",
            "2024-02-02",
            date(2024, 2, 2),
            date(2024, 2, 4),
        ),
    ],
)
def test_the_crowd_after_an_event_s_days_names_no_time(
    phrase: str, issued: str | None, first: date, last: date
) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.kind, reading.first, reading.last) == (DeadlineKind.WINDOW, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # a cadence after the day, "hàng chục năm" (decades: its "năm" still a word of time),
        # "đến từ ngày …" (a bound after all): refused, as on main
        "Báo cáo gửi về Sở trước ngày 15/3 và hàng tháng",
        "Lễ hội diễn ra từ ngày 08/3 đến 13/3/2017, một truyền thống kéo dài hàng chục năm",
        "Báo cáo trước ngày 15/3, đến từ ngày 20/3 tổng hợp",
    ],
)
def test_a_cadence_or_a_bound_after_the_day_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2017-03-01"))
