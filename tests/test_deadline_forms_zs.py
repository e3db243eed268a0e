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
