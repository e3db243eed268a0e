"""Session 56, helper numbers56: a word of sequence opening the phrase ("Tiếp đó, …", "Sau
đó, …", `nextinline`) says only that the step comes after the one told before it; the days
printed after it read as they would with no such word, days written out only, and every
refusal of a day that opens a phrase (a condition, a negation, a cadence of the thing)
still holds after the word."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.nextinline import after_next_in_line

# tests/corpus/zj-tienphong-ha-noi-tam-dung-dao-duong-he-tet-binh-ngo.yaml (page of 09/01/2026)
TIENPHONG = (
    "Tiếp đó, từ ngày 7/2 đến hết ngày 3/3 (tức từ 20 tháng Chạp năm Ất Tỵ đến 15 tháng Giêng "
    "năm Bính Ngọ), tạm dừng thi công đào đường, hè đường trên toàn địa bàn thành phố dịp nghỉ "
    "Tết Nguyên đán Bính Ngọ năm 2026"
)
PAGE = "2026-01-09"


def test_the_days_after_a_word_of_sequence_read_as_printed() -> None:
    assert read_days(TIENPHONG, PAGE) == ("window", "2026-02-07", "2026-03-03")


@pytest.mark.parametrize("word", ["Tiếp đó,", "Tiếp theo,", "Sau đó,", "Kế đó,", "Sau đó"])
def test_each_word_of_sequence_reads_the_same_days(word: str) -> None:
    phrase = f"{word} từ ngày 7/2 đến hết ngày 3/3, tạm dừng thi công đào đường"
    assert read_days(phrase, PAGE) == ("window", "2026-02-07", "2026-03-03")


def test_a_copy_without_diacritics_reads_the_same_days() -> None:
    phrase = "Tiep do, tu ngay 7/2 den het ngay 3/3, tam dung thi cong dao duong"
    assert read_days(phrase, PAGE) == ("window", "2026-02-07", "2026-03-03")


def test_a_day_alone_after_the_word_reads() -> None:
    assert read_days("Tiếp đó, ngày 7/2, tạm dừng thi công", PAGE) == (
        "date",
        "2026-02-07",
        "2026-02-07",
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # a condition or a negation after the day that opens what follows the word: as
        # anywhere, no firm day (main read the first three as firm windows or days)
        "Tiếp đó, từ ngày 15/3 đến 20/3, tổ chức hội nghị (nếu có)",
        "Tiếp đó, từ ngày 15/3 đến 20/3/2026, nếu đủ điều kiện, tổ chức hội nghị",
        "Sau đó trong các ngày 14-17/11/2026, Ban Chỉ đạo sẽ tiến hành kiểm tra (nếu có)",
        "Tiếp đó, ngày 6-3, nếu đủ điều kiện, Sở tổ chức hội nghị",
        "Tiếp đó, ngày 28/2, Đoàn không tổ chức ra quân",
        "Tiếp đó, từ ngày 7/2 đến hết ngày 3/3, tạm dừng thi công đào đường dịp nghỉ Tết "
        "năm 2026, nếu thời tiết thuận lợi",
        "Tiếp đó, từ ngày 7/2 đến hết ngày 3/3, chưa tạm dừng thi công đào đường dịp nghỉ Tết "
        "năm 2026",
        # told done: news, no time of work
        "Tiếp đó, từ ngày 7/2 đến hết ngày 3/3, Hà Nội đã tạm dừng thi công đào đường dịp "
        "nghỉ Tết năm 2026",
        # the cadence of the thing, not of the day
        "Tiếp đó, ngày 1/11, tổ chức hội nghị tổng kết, hằng năm",
        # a year that is not the days' (the event's year, or a typo: not chosen)
        "Tiếp đó, từ ngày 7/2 đến hết ngày 3/3, tạm dừng thi công đào đường dịp Tết năm 2027",
        "Tiếp đó, từ ngày 7/2 đến hết ngày 3/3/2025, tạm dừng thi công đào đường dịp Tết năm 2026",
        # a lunar gloss that is not the days' lunar dates
        "Tiếp đó, từ ngày 7/2 đến hết ngày 3/3 (tức từ 19 tháng Chạp năm Ất Tỵ đến 15 tháng "
        "Giêng năm Bính Ngọ), tạm dừng thi công",
        # an end before its start
        "Tiếp đó, từ ngày 7/2 đến hết ngày 3/2, tạm dừng thi công",
        # counted from the step before, which the phrase does not give
        "Sau đó, trong 10 ngày, hoàn thành báo cáo",
        "Sau đó 10 ngày, hoàn thành báo cáo",
        "Tiếp đó, 10 ngày sau, từ ngày 7/2 đến hết ngày 3/3 tạm dừng thi công",
        # "Trước đó" (before that) tells a time given up, never a word of sequence
        "Trước đó, từ ngày 7/2 đến hết ngày 3/3 tạm dừng thi công",
        # "sáu" (six) is no "sau"
        "Sáu đó, ngày 7/2 tổ chức hội nghị",
    ],
)
def test_what_follows_the_word_keeps_every_refusal(phrase: str) -> None:
    refused(phrase, ctx(PAGE))


@pytest.mark.parametrize("issued", ["2025-01-09", "2026-04-01"])
def test_a_page_of_another_time_does_not_lend_its_year(issued: str) -> None:
    # a year before the Tết named, or the days weeks past on the page: not guessed
    refused(TIENPHONG, ctx(issued))


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Tiếp đó, từ ngày 7/2 …", "từ ngày 7/2 …"),
        ("- Sau đó từ ngày 7/2 …", "từ ngày 7/2 …"),
        ("tiep theo, ngay 7/2", "ngay 7/2"),
        ("Sau đó 10 ngày, …", None),  # a count: no word of sequence alone
        ("Trước đó, từ ngày 7/2", None),
        ("Sáu đó, ngày 7/2", None),
        ("Tiếp đó,", None),  # nothing after it
        ("Ngày 7/2, tiếp đó, …", None),  # only at the opening
    ],
)
def test_the_word_is_cut_only_where_it_opens_the_phrase(text: str, rest: str | None) -> None:
    assert after_next_in_line(text) == rest
