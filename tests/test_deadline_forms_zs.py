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
