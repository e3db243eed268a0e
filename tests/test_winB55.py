"""Session 55, helper winB55: forms of the refused long tail, each with the neighbours that
stay refused."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.groundsfirst import after_grounds
from kehoach.dates.reading import DeadlineKind

# --- the grounds a news line carries out, then its own time (groundsfirst) ----------------

LAW = (
    "Thực hiện Luật Nghĩa vụ quân sự và quyết định của Thủ tướng về việc gọi công dân nhập ngũ "
    "năm 2025"
)
VLIVE = (  # zg-vlive-thanh-nien-nhap-ngu-13-15-2-2025 of the corpus, a page of 12/02/2025
    f"{LAW}, từ ngày 13-15/2 thanh niên trên địa bàn cả nước sẽ lên đường thực hiện nghĩa vụ "
    "quân sự năm 2025."
)
CITED = (  # ze-thactrang-giao-nhan-quan-2025's grounds: laws and decisions with their days
    "Thực hiện Luật Nghĩa vụ quân sự ngày 19-6-2015, Quyết định số 102/QĐ-TTg ngày 20-9-2024 "
    "của Thủ tướng Chính phủ về việc gọi công dân nhập ngũ năm 2025, Hướng dẫn 4705/HD-BQP ngày "
    "31-10-2024 của Bộ Quốc phòng về việc tuyển chọn và gọi công dân nhập ngũ năm 2025, từ "
    "ngày 13 đến hết ngày 15-2, thanh niên trên địa bàn cả nước sẽ lên đường thực hiện nghĩa vụ "
    "quân sự năm 2025"
)
FEB_2025 = ctx("2025-02-12")


def test_grounds_then_a_window_read_the_window_the_grounds_its_gloss() -> None:
    reading = one(VLIVE, FEB_2025)
    assert reading.kind is DeadlineKind.WINDOW
    assert (reading.first, reading.last) == (date(2025, 2, 13), date(2025, 2, 15))
    assert reading.gloss and "là căn cứ" in reading.gloss and "Nghĩa vụ quân sự" in reading.gloss


def test_grounds_citing_texts_by_their_days_read_the_window_after_them() -> None:
    reading = one(CITED, FEB_2025)
    assert (reading.first, reading.last) == (date(2025, 2, 13), date(2025, 2, 15))


def test_grounds_keep_the_days_they_cite() -> None:
    grounds = after_grounds(CITED)
    assert grounds is not None
    assert grounds.cited == (date(2015, 6, 19), date(2024, 9, 20), date(2024, 10, 31))
    assert grounds.rest.startswith("từ ngày 13 đến hết ngày 15-2")


def test_a_yearless_window_after_grounds_on_a_page_with_no_day_stays_refused() -> None:
    # the year of the task is not the day's ("tuyển quân năm 2026" is examined in 11/2025)
    refused(CITED)
    refused(VLIVE)


@pytest.mark.parametrize(
    "phrase",
    [
        # the step on a condition, negated or told done
        f"{LAW}, từ ngày 13-15/2 thanh niên sẽ lên đường nếu đủ điều kiện",
        f"{LAW}, từ ngày 13-15/2 thanh niên sẽ không lên đường",
        f"{LAW}, từ ngày 13-15/2 thanh niên đã lên đường",
        f"{LAW}, ngày 15/3, UBND tổ chức hội nghị (nếu có)",
        # a word of time in the grounds, with or without diacritics
        "Thực hiện Luật Nghĩa vụ quân sự trước ngày 10/2, từ ngày 13-15/2 thanh niên sẽ lên đường",
        "Thuc hien Luat Nghia vu quan su truoc ngay 10/2, tu ngay 13-15/2 thanh nien se len duong",
        "Thực hiện Kế hoạch hằng năm của Bộ, từ ngày 13-15/2 thanh niên sẽ lên đường",
        # a year the grounds name two years before the days, a text cited after them
        "Thực hiện quyết định gọi công dân nhập ngũ năm 2023, từ ngày 13-15/2 thanh niên sẽ lên "
        "đường",
        "Thực hiện Quyết định số 102/QĐ-TTg ngày 20-3-2025 của Thủ tướng, từ ngày 13-15/2 thanh "
        "niên sẽ lên đường",
        # another number in the grounds: a count, a yearless day
        "Thực hiện 3 nhiệm vụ trọng tâm, từ ngày 13-15/2 thanh niên sẽ lên đường",
        "Thực hiện Kế hoạch ngày 19/6, từ ngày 13-15/2 thanh niên sẽ lên đường",
        # a cadence after the days
        f"{LAW}, từ ngày 13-15/2 hằng năm thanh niên sẽ lên đường",
    ],
)
def test_grounds_then_a_time_that_is_not_so_made_stay_refused(phrase: str) -> None:
    refused(phrase, FEB_2025)


def test_grounds_after_a_year_named_the_next_read_the_days_of_the_year_before() -> None:
    # "Thực hiện nhiệm vụ tuyển quân năm 2026, từ ngày 1/11/2025, …" (v-baophutho): the
    # call-up of 2026 is examined from November 2025
    reading = one(
        "Thực hiện nhiệm vụ tuyển quân năm 2026, từ ngày 1/11/2025 đến ngày 15/11/2025, các "
        "địa phương tổ chức khám sức khỏe nghĩa vụ quân sự",
        ctx("2025-10-20"),
    )
    assert (reading.first, reading.last) == (date(2025, 11, 1), date(2025, 11, 15))


def test_a_count_after_thuc_hien_is_no_grounds() -> None:
    assert after_grounds("Thực hiện 3 nhiệm vụ, từ ngày 13-15/2 thanh niên lên đường") is None
    assert after_grounds("Thực hiện Luật, 13-15/2 thanh niên lên đường") is None


@pytest.mark.parametrize(
    "phrase",
    [
        # a document's number, then its day after a comma (zc-tuoitregiongrieng, zt-quangphu)
        "Thực hiện kế hoạch số 09-KH/ĐTN, ngày 16/10/2023 của BTV Xã Đoàn về việc “Chỉ đạo tổ "
        "chức Đại hội các Chi đoàn trực thuộc đoàn cơ sở, nhiệm kỳ 2023 – 2024”",
        "Thực hiện Kế hoạch số 33-KH/ĐU, ngày 22/4/2022 của Đảng uỷ xã Quảng Phú về việc tổ chức "
        "đại hội chi bộ trực thuộc nhiệm kỳ 2022-2025; Sau một thời gian chuẩn bị",
        # a document named by its kind and issuer, then one day: whose day is it?
        "Thực hiện kế hoạch của Tỉnh đoàn, ngày 16/10/2023, Ban Thường vụ tổ chức đại hội",
        # one day with no comma of its own
        "Thực hiện kế hoạch của Tỉnh đoàn về việc tổ chức đại hội, ngày 16/10/2023 Ban Thường "
        "vụ tổ chức đại hội",
    ],
)
def test_a_cited_documents_day_after_the_grounds_comma_is_no_time(phrase: str) -> None:
    refused(phrase, ctx("2023-10-01"))


def test_one_day_with_its_comma_after_grounds_naming_their_matter_reads() -> None:
    reading = one(
        "Thực hiện kế hoạch của Tỉnh đoàn về việc tổ chức đại hội, ngày 16/10/2023, Ban Thường "
        "vụ tổ chức đại hội",
        ctx("2023-10-01"),
    )
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, date(2023, 10, 16))


def test_a_yearless_day_beside_grounds_naming_the_next_year_stays_refused() -> None:
    # the call-up of 2026 told on a page of February 2025: which February?
    refused(
        "Thực hiện nhiệm vụ tuyển quân năm 2026, từ ngày 13-15/2 thanh niên sẽ lên đường",
        FEB_2025,
    )
