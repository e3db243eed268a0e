"""Session 55, the lead: what the merge's tester found read wrong on the session's forms and
their neighbours (issue 11 §1: never a silent wrong date), each refused now with the corpus
phrase its form was built for still read:

- a condition opening a phrase split into parts ("… còn các …", "riêng …") holds every part,
  not the first alone (`engine._refuse_condition_over_parts`);
- a day that opens what is told, then a step cancelled ("sẽ bị hủy") or negated in the words
  of speech ("đừng", "chả", "ko") (`conditional.negation`); a slogan's "không" ("nói không
  với ma túy", "không khói thuốc") negates nothing;
- days of one year beside a span of years however the span is named (`spanofyears`);
- "Từ mai (3/3)" glossed with a day that is not the page's next (`later`);
- a text's entry into force told in a sentence of work done, read only when sure of it: its
  day with its year, the text in force, no draft (`refusals.refuse_begun_told`).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import parse_deadlines

# --- a condition opening the phrase holds its parts --------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Trường hợp đủ điều kiện, lớp 1 tựu trường vào ngày 25/8 còn các lớp khác tựu trường "
        "vào ngày 29/8",
        "Nếu đủ điều kiện, lớp 1 tựu trường vào ngày 25/8; riêng các lớp khác tựu trường vào "
        "ngày 29/8",
        "Nếu đủ điều kiện, lớp 1 tựu trường vào ngày 25/8, riêng các lớp khác tựu trường vào "
        "ngày 29/8",
    ],
)
def test_a_condition_opening_the_phrase_is_not_dropped_from_its_later_parts(phrase: str) -> None:
    assert "điều kiện mở đầu câu" in refused(phrase, ctx("2026-08-01"))


def test_the_groups_split_by_con_cac_still_read_without_a_condition() -> None:
    # za-znews-tam-hoan-tuu-truong-bao-so-5-2025, the form's own phrase
    found = [
        reading.last
        for reading in parse_deadlines(
            "học sinh lớp 1, 9 và 12 của tỉnh Thanh Hóa tựu trường vào ngày 25/8 còn các khối "
            "lớp còn lại sẽ trở lại trường vào ngày 29/8",
            ctx("2025-08-20"),
        )
    ]
    assert found == [date(2025, 8, 25), date(2025, 8, 29)]


# --- a step cancelled, or negated in the words of speech ------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Hội nghị sáng 1-7 sẽ bị hủy",
        "Ngày 1-7 hội nghị sẽ bị hủy",
        "Sở GD cho biết hội nghị sáng 1-7 sẽ bị hủy",
        "Sở GD cho biết sáng 1-7 sẽ hủy hội nghị",
        "Ngày 1-7 các xã đừng tổ chức hội nghị",
        "Ngày 1-7 các xã chả tổ chức hội nghị",
        "Ngày 1-7 các xã ko tổ chức hội nghị",
        "Sở GD cho biết sáng 1-7 sẽ ko tổ chức hội nghị",
        "Ngày 1-7 các xã không tổ chức hội nghị",
    ],
)
def test_a_day_whose_step_is_cancelled_or_negated_is_refused(phrase: str) -> None:
    said = refused(phrase, ctx("2026-06-20"))
    assert "phủ định" in said


@pytest.mark.parametrize(
    "phrase",
    [
        "Ngày 1-7 khai mạc Tuần lễ không khói thuốc",
        "Ngày 1-7 các xã phát động phong trào nói không với ma túy",
        "Sở GD cho biết sáng 1-7 sẽ tổ chức hội nghị phát động nói không với ma túy",
        "Sở GD cho biết sáng 1-7 sẽ tổ chức hội nghị về chuyển đổi số không giấy tờ",
        "Ngày 1-7 khai mạc lễ hội chả cá",
        "Ngày 1-7 tổ chức hội nghị",
    ],
)
def test_a_slogans_no_or_a_dish_negates_nothing(phrase: str) -> None:
    assert one(phrase, ctx("2026-06-20")).last == date(2026, 7, 1)


# --- days of one year beside a span of years -----------------------------------------------


@pytest.mark.parametrize(
    "span", ["từ năm 2026 đến năm 2030", "2026 - 2030", "thời gian 2026 - 2030"]
)
def test_days_of_one_year_beside_a_span_however_named_are_refused(span: str) -> None:
    said = refused(f"Tiêm phòng từ 15/9 đến 15/10, {span}", ctx("2026-06-20"))
    assert "mỗi năm của giai đoạn" in said


# --- "Từ mai (D)" --------------------------------------------------------------------------


def test_from_tomorrow_glossed_with_another_day_is_refused() -> None:
    said = refused("Từ mai (3/3), các trường cho học sinh nghỉ", ctx("2026-03-01"))
    assert "không phải 3/3" in said


def test_from_tomorrow_glossed_with_tomorrow_is_a_start_on_it() -> None:
    reading = one("Kể từ mai (ngày 2/3), các trường cho học sinh nghỉ", ctx("2026-03-01"))
    assert reading.earliest == date(2026, 3, 2)
    assert reading.last is None


# --- a text's entry into force told in a sentence of work done ------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo viên đã giới thiệu Luật PCCC có hiệu lực từ ngày 1/7",
        "Báo cáo viên đã giới thiệu Luật PCCC chưa có hiệu lực từ ngày 1/7/2026",
        "Báo cáo viên đã giới thiệu dự thảo Luật PCCC có hiệu lực từ ngày 1/7/2026",
    ],
)
def test_an_entry_into_force_told_unsure_is_refused(phrase: str) -> None:
    assert "hiệu lực" in refused(phrase, ctx("2026-03-01"))


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        (  # zg-vietnamnet-hung-dao-tap-huan-pccc-2025
            "Báo cáo viên đã giới thiệu những điểm mới trong Luật PCCC&CNCH có hiệu lực từ ngày "
            "1/7/2025, cùng các nghị định, thông tư hướng dẫn.",
            date(2025, 7, 1),
        ),
        (  # r-binh-phuoc-nq-07-2016-von-dau-tu: the day spelt with "tháng … năm"
            "Nghị quyết này đã được Hội đồng nhân dân tỉnh Bình Phước khóa IX, kỳ họp thứ nhất "
            "thông qua ngày 01 tháng 7 năm 2016 và có hiệu lực từ ngày 11 tháng 7 năm 2016.",
            date(2016, 7, 11),
        ),
    ],
)
def test_an_entry_into_force_with_its_year_still_reads(phrase: str, start: date) -> None:
    assert one(phrase, ctx("2025-08-01")).earliest == start
