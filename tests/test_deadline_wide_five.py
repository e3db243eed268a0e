"""Deadlines the grammar found and refused for the words beside them (issue 11 §2, branch
wide-five): each family a form whose extra words are known to be harmless or are read, with
the real phrase that motivated it (its corpus file named) and the look-alikes that stay
refused: no day is chosen among several, no figure or past event is read as due, no day is
guessed.

Families: today and tomorrow glossed with their day between commas ("từ hôm nay, 16.8, đến
ngày 18.8", "Sáng mai, 15-11, …": `later._TODAY_GLOSSED`, `later._PART_OF_TOMORROW_GLOSSED`);
"theo" of a frame, a source told or a movement's name ("Theo đó thời hạn …", "Theo thông tin
từ … (CDC) …,", "… theo gương Bác Hồ vĩ đại": `label._NARRATIVE_FRAME`,
`label._NAMES_WITH_TIME_WORDS`); days listed, each with its weekday ("thứ Ba (28/4) và thứ Tư
(29/4)", "từ thứ Hai 16/2 đến …", "b) Thứ năm, ngày 27-6-2013": `asides._WEEKDAY_BEFORE_DAY`);
a stage's span in parentheses, then its step (`steps._CUT`); "sớm hơn khoảng hai tuần so với
năm nay" after the time (`asides._COMPARED`).
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


def _readings(phrase: str, issued: str | None) -> list[tuple[DeadlineKind, str, str]]:
    return [
        (one.kind, str(one.first), str(one.last)) for one in parse_deadlines(phrase, ctx(issued))
    ]


# --- today and tomorrow, their day between commas ----------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # q-baohaiduong-lien-hoan-chi-huy-doi-gioi-2023.yaml (Báo Hải Dương, 16/8/2023)
        (
            "Liên hoan chỉ huy Đội giỏi toàn quốc sẽ diễn ra từ hôm nay, 16.8, đến ngày 18.8",
            "2023-08-16",
            [(W, "2023-08-16", "2023-08-18")],
        ),
        # h-baodongthap-so-ket-cum-thi-dua-2020.yaml (Báo Đồng Tháp, 31/7/2020)
        ("Hôm nay, ngày 31/7/2020", "2020-07-31", [(D, "2020-07-31", "2020-07-31")]),
        # zs-svhttdl-kontum-dai-hoi-dang-bo-so-lan-ix-2015.yaml (Sở VHTTDL Kon Tum, 25/5/2015)
        (
            "Sáng mai, ngày 26/5/2015, Đại hội đại biểu Đảng bộ Sở Văn hóa, Thể thao và Du lịch"
            " lần thứ IX, nhiệm kỳ 2015 - 2020 chính thức khai mạc tại Hội trường Bảo tàng tỉnh,"
            " thành phố Kon Tum, tỉnh Kon Tum",
            "2015-05-25",
            [(D, "2015-05-26", "2015-05-26")],
        ),
        # invented variants: tomorrow's day without its year, over the new year
        ("Sáng mai, 16/3, tổ chức hội thi", "2025-03-15", [(D, "2025-03-16", "2025-03-16")]),
        ("Sáng mai, 1/1, tổ chức lễ chào cờ", "2025-12-31", [(D, "2026-01-01", "2026-01-01")]),
    ],
)
def test_today_and_tomorrow_glossed_between_commas_read_their_day(
    phrase: str, issued: str, expected: list[tuple[DeadlineKind, str, str]]
) -> None:
    assert _readings(phrase, issued) == expected


@pytest.mark.parametrize(
    ("phrase", "issued", "why"),
    [
        # tomorrow glossed with another day: one of the two is a typo
        ("Sáng mai, 16/3/2024, tổ chức hội thi", "2025-03-15", "sáng mai, 16/3/2024"),
        (
            "Sáng mai, 16-11, tại Nhà Quốc hội, Hội đồng Bầu cử quốc gia tổ chức hội nghị",
            "2025-11-14",
            "ngày mai của ngày ban hành 14/11/2025",
        ),
        # no comma after the number: a count of communes, no day
        ("Hôm nay, 5/7 xã đã hoàn thành", "2025-07-05", "không nhận ra"),
        # figures as of today (convention 4) and a thing told done stay refused
        ("Tính đến hôm nay, 15/3, toàn tỉnh có 20 xã hoàn thành", "2025-03-15", "số liệu"),
        ("Đến hôm nay, 15/3, đã có 20 xã hoàn thành", "2025-03-15", "đã có"),
        ("Chiều nay, 15/3, UBND tỉnh đã tổ chức họp", "2025-03-15", "đã tổ chức"),
    ],
)
def test_today_and_tomorrow_look_alikes_stay_refused(phrase: str, issued: str, why: str) -> None:
    assert why in refused(phrase, ctx(issued))


# --- "theo" before the time: a frame, a source told, a movement's name -------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # q-phunuvietnam-hlhpn-cv-1117-gia-han-cuoc-thi-2016.yaml: "Theo đó" with no comma
        (
            "Theo đó thời hạn nhận bài thi sẽ là 31/1/2017 thay cho thời hạn cũ 30/11/2016.",
            None,
            [(D, "2017-01-31", "2017-01-31")],
        ),
        # zs-baocamau-tp-ca-mau-huong-den-do-thi-loai-i (Báo Cà Mau, 2024)
        (
            "Theo đó đặt ra hướng phấn đấu cho TP. Cà Mau sẽ lên đô thị loại I vào năm 2025",
            "2024-05-27",
            [(W, "2025-01-01", "2025-12-31")],
        ),
        # zb-dongnaicdc-vitamin-a-dot-2-2025.yaml: the news a body gives, its short name
        (
            "Theo thông tin từ Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Đồng Nai, chiến dịch uống"
            " vitamin A đợt 2 năm 2025 sẽ được triển khai trên qui mô toàn tỉnh từ ngày"
            " 01/12/2025 đến 10/12/2025",
            None,
            [(W, "2025-12-01", "2025-12-10")],
        ),
        # z-svhttdl-dong-thap-dai-hoi-tdtt-cap-xa-2021.yaml: the movement's name
        (
            "“Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại” giai đoạn 2021 – 2030",
            "2021-02-24",
            [(W, "2021-01-01", "2030-12-31")],
        ),
    ],
)
def test_theo_of_a_frame_a_source_or_a_name_is_read_past(
    phrase: str, issued: str | None, expected: list[tuple[DeadlineKind, str, str]]
) -> None:
    assert _readings(phrase, issued) == expected


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # a count after "Theo đó" stays a number not read
        ("Theo đó 3 ngày sau, chiến dịch diễn ra đến ngày 10/12/2025", "số “3”"),
        # a noun "theo" could govern with the day (test_deadline_forms_l)
        ("Theo đó kỳ họp khai mạc ngày 30/6/2027", "“theo”"),
        ("Theo đó hằng năm chiến dịch diễn ra đến ngày 10/12", "“theo”"),
        # news of a year: which year's schedule?
        ("Theo thông tin năm 2024, chiến dịch diễn ra đến ngày 10/12/2025", "“theo”"),
        # "theo" a rule right before the period: the rule's own period?
        ("rèn luyện thân thể theo quy định giai đoạn 2021 – 2030", "“theo”"),
    ],
)
def test_theo_look_alikes_stay_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2025-11-20"))


# --- days listed, each with its weekday -----------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "thứ Ba ngày 28/4 và thứ Tư ngày 29/4",
        "là thứ Ba (28/4) và thứ Tư (29/4)",  # za-blogtamsu-dai-hoc-nghi-9-ngay (2026), cut
    ],
)
def test_a_weekday_after_va_names_the_day_after_it(phrase: str) -> None:
    assert _readings(phrase, "2026-04-20") == [
        (D, "2026-04-28", "2026-04-28"),
        (D, "2026-04-29", "2026-04-29"),
    ]


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # the second weekday is not its day's: one of the two is a typo
        ("thứ Ba (28/4) và thứ Năm (29/4)", "là Thứ Tư, không phải Thứ Năm"),
        ("thứ Ba ngày 28/4 và thứ Năm ngày 29/4", "là Thứ Tư, không phải Thứ Năm"),
        # an ordinal ("the second time") is no weekday: checked as one, and refused
        ("lần thứ nhất ngày 28/4 và thứ hai ngày 29/4", "không phải Thứ Hai"),
    ],
)
def test_a_weekday_after_va_that_is_not_its_day_is_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2026-04-20"))


# --- a stage's span in parentheses, then its step ----------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # z-baodanang-qd-2837-btc-tong-dieu-tra-kinh-te-2026.yaml (Báo Đà Nẵng, QĐ 2837/QĐ-BTC)
        "Giai đoạn 2 (từ ngày 1/4/2026 đến hết ngày 31/8/2026) thu thập thông tin đối với"
        " doanh nghiệp",
        # za-baodanang-qd-2837-tong-dieu-tra-kinh-te-2026.yaml: the step's list after ";"
        "Giai đoạn 2 (từ ngày 1/4/2026 đến hết ngày 31/8/2026) thu thập thông tin đối với"
        " doanh nghiệp; đơn vị sự nghiệp ngoài công lập",
    ],
)
def test_a_stage_s_span_in_parentheses_then_its_step_reads_the_span(phrase: str) -> None:
    assert _readings(phrase, "2026-01-05") == [(W, "2026-04-01", "2026-08-31")]


@pytest.mark.parametrize(
    ("after", "why"),
    [
        ("hằng năm thu thập thông tin", "hằng năm"),  # a cadence: each year's?
        ("thu thập thông tin năm 2027", "năm 2027"),  # another year
        ("nhưng đã hoãn lại", "hoãn lại"),  # put off (convention 2)
        ("lùi lại một tháng", "lùi lại"),
        ("kéo dài thêm", "kéo dài thêm"),  # lengthened: to when? (read on main)
        ("không thu thập thông tin", "“không”"),
        ("và 1/9/2026 thu thập thông tin", ""),  # a second time after "và"
    ],
)
def test_a_stage_s_span_then_words_that_move_it_stays_refused(after: str, why: str) -> None:
    phrase = f"Giai đoạn 2 (từ ngày 1/4/2026 đến hết ngày 31/8/2026) {after}"
    assert why in refused(phrase, ctx("2026-01-05"))


# --- a weekday right before a bare day ---------------------------------------------------------


def test_a_weekday_before_a_bare_day_is_checked_and_read() -> None:
    # s-vietnammedia-lich-nghi-tet-quoc-khanh-2026.yaml (Vietnam Media, 17/10/2025)
    phrase = (
        "Dịp Tết Nguyên đán Bính Ngọ 2026, cán bộ, công chức được nghỉ 5 ngày liên tục, từ thứ"
        " Hai 16/2 đến hết thứ Sáu 20/2/2026, tức từ 29 tháng Chạp năm Ất Tỵ đến mùng 4 Tết"
        " Bính Ngọ."
    )
    assert _readings(phrase, "2025-10-17") == [(W, "2026-02-16", "2026-02-20")]


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("từ thứ Ba 16/2 đến hết thứ Sáu 20/2/2026", "là Thứ Hai, không phải Thứ Ba"),
        ("từ thứ Hai 16/2 đến hết thứ Năm 20/2/2026", "là Thứ Sáu, không phải Thứ Năm"),
        ("lần thứ 2 16/2/2026", "“lần thứ 2”"),  # an ordinal, no weekday
    ],
)
def test_a_weekday_before_a_bare_day_that_is_not_its_day_is_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2025-10-17"))


@pytest.mark.parametrize(
    "phrase",
    [
        "b) Thứ năm, ngày 27-6-2013",  # zt-baoninhthuan-lich-tiep-xuc-cu-tri-doan-dbqh-2013
        "- Thứ năm, ngày 27-6-2013",
    ],
)
def test_a_weekday_after_a_list_mark_is_checked_and_read(phrase: str) -> None:
    assert _readings(phrase, None) == [(D, "2013-06-27", "2013-06-27")]


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("b) Thứ sáu, ngày 27-6-2013", "là Thứ Năm, không phải Thứ Sáu"),
        ("Kỳ họp thứ năm, ngày 27-6-2013", "“năm”"),  # an ordinal after a noun
    ],
)
def test_a_weekday_after_a_list_mark_not_its_day_is_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase)


# --- a comparison after the time, its count an estimate -----------------------------------------


def test_earlier_by_about_a_count_than_this_year_is_a_gloss() -> None:
    # u-vietbao-thi-tn-2026-som-hon.yaml, za-cafef-khung-nam-hoc-2025-2026-thi-tn-2026.yaml
    phrase = (
        "kỳ thi tốt nghiệp THPT 2026 dự kiến diễn ra trong hai ngày 11-12/6, sớm hơn khoảng hai"
        " tuần so với năm nay"
    )
    (reading,) = parse_deadlines(phrase, ctx("2025-08-12"))
    assert (reading.kind, str(reading.first), str(reading.last)) == (W, "2026-06-11", "2026-06-12")
    assert "sớm hơn khoảng hai tuần so với năm nay" in reading.reading


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # the compared year's own days: which year is theirs? (since session 43 refused for
        # the parenthesis, whose time belongs to no deadline said; it named "26-27/6" before)
        (
            "kỳ thi tốt nghiệp THPT 2026 dự kiến diễn ra trong hai ngày 11-12/6, sớm hơn khoảng"
            " hai tuần so với năm nay (26-27/6)",
            "phần trong ngoặc",
        ),
        # compared with a year to come: no such comparison is read
        (
            "kỳ thi dự kiến diễn ra trong hai ngày 11-12/6/2026, sớm hơn khoảng hai tuần so với"
            " năm sau",
            "so với",
        ),
    ],
)
def test_a_comparison_naming_another_time_stays_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2025-08-12"))
