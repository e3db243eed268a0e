"""Session 53, helper famc53 (the long tail of refused phrases, family C): a start within a
period, then the work's end ("bắt đầu trong quý I, hoàn thành trước ngày 31-5-2022"), read
as the window the plans that print "bắt đầu từ" read; its neighbours (a condition, a thing
told done or not yet begun, an end before the start, another year, no diacritics, a start
alone) read as their "từ" form does or stay refused."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused


def test_a_start_within_a_quarter_then_the_end_reads_the_window() -> None:
    # tests/corpus/zk-cuuchienbinh-ke-hoach-dai-hoi-ccb-2022-2027.yaml (issued 2021-06-01)
    phrase = "- Cấp cơ sở bắt đầu trong quý I, hoàn thành trước ngày 31-5-2022."
    assert read_days(phrase, "2021-06-01") == ("window", "2022-01-01", "2022-05-31")


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("bắt đầu trong tháng 3/2022 và hoàn thành trước 31/5/2022", "2022-03-01", "2022-05-31"),
        ("BẮT ĐẦU TRONG QUÝ I, HOÀN THÀNH TRƯỚC NGÀY 31-5-2022", "2022-01-01", "2022-05-31"),
        ("bắt đầu trong quý I; kết thúc trong tháng 5/2022", "2022-01-01", "2022-05-31"),
        ("bắt đầu trong quý I.2022, hoàn thành trước ngày 31.5.2022", "2022-01-01", "2022-05-31"),
        # a start in the year before the end: the month's year is the one before the end's
        ("bắt đầu trong tháng 12, hoàn thành trước ngày 31/1/2022", "2021-12-01", "2022-01-31"),
        ("bắt đầu trong tháng 7 và kết thúc trước ngày 30/9", "2021-07-01", "2021-09-30"),
    ],
)
def test_the_start_within_reads_as_its_from_form(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, "2021-06-01") == ("window", first, last)
    said_from = phrase.replace("trong", "từ", 1).replace("TRONG", "TỪ", 1)
    assert read_days(said_from, "2021-06-01") == ("window", first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # a condition before the start, or after the end
        "Nếu bắt đầu trong quý I, hoàn thành trước ngày 31-5-2022",
        "bắt đầu trong quý I, hoàn thành trước ngày 31-5-2022 nếu đủ điều kiện",
        # the start told done, or not yet made
        "Cấp cơ sở đã bắt đầu trong quý I, hoàn thành trước ngày 31-5-2022",
        "Cấp cơ sở chưa bắt đầu trong quý I, hoàn thành trước ngày 31-5-2022",
        # an end before the start; a start of another year than the end's
        "bắt đầu trong tháng 6, hoàn thành trước ngày 31/5/2022",
        "bắt đầu trong quý III, hoàn thành trước ngày 31-5-2022.",
        "bắt đầu trong quý I/2023, hoàn thành trước ngày 31-5-2022",
        # no month 13; the end's day past at the page's day
        "bắt đầu trong tháng 13, hoàn thành trước 31/5/2022",
        "bắt đầu trong quý I, hoàn thành trước ngày 31-5",
        # a start alone, no end: no window (the quarter past at the page's day)
        "bắt đầu trong quý I",
        # typed without diacritics: left as printed, the period beside the day refused
        "bat dau trong quy I, hoan thanh truoc ngay 31-5-2022",
    ],
)
def test_the_start_within_s_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2021-06-01"))


def test_a_news_item_signed_with_its_site_s_address_reads_its_period() -> None:
    # tests/corpus/zh-vtv9-byt-4-vac-xin-tiem-chung-mo-rong-2024-2030.yaml (no issue day):
    # the channel's digit in "VTV9.vtv.vn" is no day, "vn" no "văn" short of its vowel, and
    # "4 vắc-xin" counts vaccines
    phrase = (
        "VTV9.vtv.vn - Bộ Y tế cho biết từ năm 2024 đến năm 2030, thêm 4 vắc-xin được tiêm "
        "chủng miễn phí cho người dân"
    )
    assert read_days(phrase) == ("window", "2024-01-01", "2030-12-31")


@pytest.mark.parametrize(
    "phrase",
    [
        "vtv9.vtv.vn - từ năm 2024 đến năm 2030",
        "VOV.VN - Bộ Y tế cho biết từ năm 2024 đến năm 2030",
        "Bộ Y tế cho biết từ năm 2024 đến năm 2030, thêm 4 loại vắc xin",
    ],
)
def test_the_site_s_address_and_the_vaccines_counted_move_no_day(phrase: str) -> None:
    assert read_days(phrase) == ("window", "2024-01-01", "2030-12-31")


@pytest.mark.parametrize(
    "phrase",
    [
        # a number after the address, before the dash: no press mark, the number unread
        "VTV9.vtv.vn 2024 - từ năm 2024 đến năm 2030",
        # the vaccines not added; added on a condition; a count of months, not of vaccines;
        # vaccines per year (a cadence); another day after them
        "VTV9.vtv.vn - Bộ Y tế cho biết từ năm 2024 đến năm 2030 sẽ không thêm vắc-xin",
        "Bộ Y tế cho biết từ năm 2024 đến năm 2030, thêm 4 vắc-xin nếu đủ kinh phí",
        "Bộ Y tế cho biết từ năm 2024 đến năm 2030, thêm 4 tháng tiêm vắc-xin",
        "Bộ Y tế cho biết từ năm 2024 đến năm 2030, thêm 4 vắc-xin/năm",
        "Bộ Y tế cho biết từ năm 2024 đến năm 2030, thêm 4 vắc-xin 15/3",
    ],
)
def test_the_site_mark_s_and_the_vaccines_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx())


def test_a_word_run_into_a_full_stop_is_no_address() -> None:
    # "Trc" after "thành." is no domain: the damaged word is still read as "Trước"
    assert read_days("Hoàn thành.Trc ngày 10/4/2027") == ("date", "2027-04-10", "2027-04-10")
