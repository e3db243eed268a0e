"""Sentences that open with their time, then tell what is done in it (branch prose38):
"Tới quý III/2026, Cục X sẽ công bố thanh tra …" reads the quarter's window, the clause its
step (`leadin.period_come`); "đến tháng 3" alone, a past told and a list stay refused."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines

_DEC_2025 = Context(issued=date(2025, 12, 17))
_JAN_2026 = Context(issued=date(2026, 1, 12))


def _window(phrase: str, context: Context, first: date, last: date) -> str:
    (read,) = parse_deadlines(phrase, context)
    assert read.kind is DeadlineKind.WINDOW
    assert (read.first, read.last) == (first, last)
    return read.reading


def _day(phrase: str, context: Context, day: date) -> str | None:
    (read,) = parse_deadlines(phrase, context)
    assert read.kind is DeadlineKind.DATE
    assert read.last == day
    return read.label


def _refused(phrase: str, context: Context) -> str:
    with pytest.raises(DeadlineError) as refused:
        parse_deadlines(phrase, context)
    return refused.value.why


# --- "Đến/Tới" a month or a quarter opening the sentence ----------------------------------


def test_coming_quarter_with_its_year_opens_the_sentence() -> None:
    # tests/corpus/v-dantri-ttcp-thanh-tra-y-te-2026.yaml
    reading = _window(
        "Tới quý III/2026, Cục X sẽ công bố thanh tra Bệnh viện K và các đơn vị trực thuộc",
        _DEC_2025,
        date(2026, 7, 1),
        date(2026, 9, 30),
    )
    assert "mở đầu câu" in reading and "ngày cuối kỳ" in reading


def test_coming_quarter_without_its_year_takes_the_plans() -> None:
    # tests/corpus/t-dantri-ke-hoach-thanh-tra-2026-cuc-i.yaml
    (read,) = parse_deadlines(
        "Đến quý IV, Thanh tra Chính phủ giao Cục I thanh tra tại UBND tỉnh Hưng Yên", _JAN_2026
    )
    assert (read.first, read.last) == (date(2026, 10, 1), date(2026, 12, 31))
    assert read.label == "Thanh tra Chính phủ giao Cục I thanh tra tại UBND tỉnh Hưng Yên"


def test_a_quarter_past_on_its_page_stays_refused() -> None:
    # tests/corpus/u-dantri-thanh-tra-chinh-phu-ke-hoach-2026-giao-duc.yaml: the page of
    # 17/12/2025 tells the 2026 plan; the plan's year would make it a quarter past
    why = _refused(
        "Tới quý III, đơn vị này sẽ công bố thanh tra tại Tập đoàn giáo dục Nguyễn Hoàng", _DEC_2025
    )
    assert "đã qua" in why and "last_day" in why


def test_the_word_alone_still_asks_up_to_or_through() -> None:
    # refusal neighbour: no clause after it, "đến quý IV" may end before the quarter
    assert "chưa rõ có tính cả kỳ" in _refused("Đến quý IV", _JAN_2026)
    assert "chưa rõ có tính cả kỳ" in _refused("Tới tháng 7/2026", _JAN_2026)


def test_a_figure_told_done_by_then_stays_refused() -> None:
    # refusal neighbour of tests/corpus/zt-baoquangbinh-159-xa-hoan-thanh-dai-hoi-mttq-2019.yaml
    # (convention 4: a count reached by a period)
    _refused("Đến tháng 7/2026, Bộ Công an đã cấp đủ thẻ căn cước", _JAN_2026)


def test_two_periods_after_the_word_stay_refused() -> None:
    # refusal neighbour: "đến" before a list, of which period?
    _refused("Đến tháng 9 và tháng 10/2026, Đoàn sẽ kiểm tra", _JAN_2026)


# --- a day and its lunar date in parentheses, then the event held (`agenda`) -------------


def test_festival_opened_on_a_day_glossed_by_its_lunar_date() -> None:
    # tests/corpus/zr-truyenhinhthanhhoa-le-hoi-song-son-ba-doi-2024.yaml
    label = _day(
        "Sáng ngày 04/4 (tức 26/2 năm Giáp Thìn), UBND thị xã Bỉm Sơn long trọng tổ chức khai "
        "mạc Lễ hội Sòng Sơn - Ba Dội 2024",
        Context(issued=date(2024, 4, 4)),
        date(2024, 4, 4),
    )
    assert "Lễ hội Sòng Sơn" in (label or "")


def test_festival_opens_its_gates_khai_hoi() -> None:
    # tests/corpus/u-baophutho-le-hoi-den-bac-cung-2026.yaml
    _day(
        "Sáng 22/2 (tức mùng 6 tháng Giêng năm Bính Ngọ), tại xã Tam Hồng, Lễ hội Xuân đền Bắc "
        "Cung năm 2026 sẽ chính thức khai hội trong không khí trang trọng, rộn ràng",
        Context(issued=date(2026, 2, 19)),
        date(2026, 2, 22),
    )


@pytest.mark.parametrize("gloss", ["(tức 27/2 năm Giáp Thìn)", "(tức 26/2 năm Quý Mão)"])
def test_a_lunar_gloss_that_disagrees_stays_refused(gloss: str) -> None:
    # refusal neighbour: the gloss names another day or year than 04/04/2024
    _refused(
        f"Sáng ngày 04/4 {gloss}, UBND thị xã Bỉm Sơn long trọng tổ chức khai mạc Lễ hội Sòng "
        "Sơn - Ba Dội 2024",
        Context(issued=date(2024, 4, 4)),
    )


# --- "N tháng còn lại của năm Y": the year's last N months -------------------------------


def test_the_months_left_of_a_year_are_its_last() -> None:
    # tests/corpus/zd-doanhnghiepkinhtexanh-vinh-long-giai-ngan-2021.yaml (a page with no date)
    reading = _window(
        "Trong 2 tháng còn lại của năm 2021, tỉnh Vĩnh Long cho biết sẽ tập trung đôn đốc đẩy "
        "nhanh tiến độ thực hiện và giải ngân kế hoạch vốn đầu tư công",
        Context(),
        date(2021, 11, 1),
        date(2021, 12, 31),
    )
    assert "2 tháng cuối năm 2021" in reading


def test_months_left_without_a_year_or_more_than_twelve_stay_refused() -> None:
    # refusal neighbours: of which period? a year has twelve months
    _refused("trong 2 tháng còn lại", _JAN_2026)
    assert "13 tháng" in _refused("trong 13 tháng còn lại của năm 2026", _JAN_2026)


# --- an event named by its day in a week's list, a class meeting (`agenda`) --------------


def test_press_fair_listed_by_its_day() -> None:
    # tests/corpus/zg-baohaiduong-su-kien-trong-tinh-20-26-1-2025.yaml
    (read,) = parse_deadlines(
        "Ngày 21/1, Hội báo Xuân Ất Tỵ 2025.", Context(issued=date(2025, 1, 20))
    )
    assert read.kind is DeadlineKind.DATE and read.last == date(2025, 1, 21)


def test_class_meeting_on_its_day() -> None:
    # tests/corpus/zu-dantri-thcs-phuoc-binh-tuu-truong-2025-2026.yaml
    _day(
        "Ngày 3/9, học sinh 4 khối sinh hoạt với giáo viên chủ nhiệm",
        Context(issued=date(2025, 8, 12)),
        date(2025, 9, 3),
    )


def test_daily_life_is_no_meeting_and_a_meeting_told_done_stays_refused() -> None:
    # refusal neighbours: "nước sinh hoạt" (household water), a meeting told done
    august = Context(issued=date(2025, 8, 12))
    _refused("Ngày 3/9, cấp nước sinh hoạt cho 4 khối phố", august)
    assert "đã" in _refused(
        "Ngày 3/9, học sinh 4 khối đã sinh hoạt với giáo viên chủ nhiệm", august
    )
    _refused("Ngày 21/1, Hội báo Xuân Ất Tỵ 2026.", Context(issued=date(2025, 1, 20)))
