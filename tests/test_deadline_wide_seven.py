"""Press phrases that tell an event with its days, refused for the words around them (issue
11 §2, branch wide-seven): each family a form whose extra words are known not to touch the
date, with the real phrase that motivated it (its corpus file named) and the look-alikes
that stay refused: a second day, a count that does not agree, a past event told done.

Families: what an event holds or gathers, counted after its time ("tại 68 hội đồng coi thi",
"gồm 9 chương trình, … 33 hoạt động", "với khoảng 50 gian hàng", "khoảng 800–900 đại
biểu": `label._NAMED_NUMBER`, `label._NAMES_WITH_TIME_WORDS`, `steps._CUT`); the
anniversary an event marks, after its day ("vào ngày 19-12 nhân kỷ niệm 79 năm ngày toàn
quốc kháng chiến (19-12-1946 – 19-12-2025)": `steps._CUT`, the anniversary's own span
blanked by `occasions.anniversary_spans`); words of the place, the goods or the event's
rank after its day ("Cổng chào vào …", "các sản phẩm từ quế", "là đại hội đầu tiên … của 6
đảng bộ", "tại các điểm thi theo quy định": `label._NAMES_WITH_TIME_WORDS`,
`label._NAMED_NUMBER`, `label._BY_WHOSE_WORD`); a lunar gloss closing the parentheses of
the days a count announces ("trong 10 ngày (từ ngày 17 đến 26-4, tức từ ngày 1 đến 10-3 âm
lịch)": `asides._lunar_gloss_inside`, checked against the lunar calendar) and the official
the press quotes by name ("Theo bà Thúy, …": `label._NARRATIVE_FRAME`); an event held "trong
1 ngày, ngày D", no signing line (`engine._HELD_ON`); the children a campaign is for, by their
age in months ("dành cho trẻ từ 6 - 36 tháng tuổi": `label._MONTHS_OF_AGE`, `steps._CUT`)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


def _readings(phrase: str, issued: str | None) -> list[tuple[DeadlineKind, str, str]]:
    return [
        (one.kind, str(one.first), str(one.last)) for one in parse_deadlines(phrase, ctx(issued))
    ]


# --- what an event holds or gathers, counted after its time --------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # zd-baosonla-thi-hsg-quoc-gia-2024.yaml (Báo Sơn La, 4/1/2024)
        (
            "Kỳ thi sẽ diễn ra trong 2 ngày (5 và 6/1) tại 68 hội đồng coi thi trong cả nước",
            "2024-01-04",
            [(W, "2024-01-05", "2024-01-06")],
        ),
        # zt-vov-le-hoi-dip-30-4-1-5-2018.yaml (VOV, 2018; the year is the festival's)
        (
            "Festival Huế 2018 diễn ra trong 6 ngày đêm, từ ngày 27/4 đến 2/5 gồm 9 chương trình,"
            " lễ hội chính và 33 hoạt động hưởng ứng",
            None,
            [(W, "2018-04-27", "2018-05-02")],
        ),
        # zh-iocquangtri-bnv-thang-hanh-dong-atvsld-2026.yaml (Trung tâm IOC Quảng Trị, 2026)
        (
            "Ban Chỉ đạo Tháng hành động về ATVSLĐ Trung ương đồng chủ trì, phối hợp với Tổng Liên"
            " đoàn Lao động Việt Nam và UBND tỉnh Quảng Ninh tổ chức Lễ phát động Tháng hành động"
            " về ATVSLĐ và Tháng Công nhân năm 2026 vào ngày 24/4/2026 tại Cung Quy hoạch, Hội chợ"
            " và Triển lãm tỉnh Quảng Ninh, với quy mô khoảng 800–900 đại biểu",
            None,
            [(D, "2026-04-24", "2026-04-24")],
        ),
        # invented variants: a Tết market's stalls, a fair's programmes
        (
            "Chợ Tết diễn ra ngày 5/2 với khoảng 50 gian hàng",
            "2026-01-20",
            [(D, "2026-02-05", "2026-02-05")],
        ),
        (
            "Hội chợ diễn ra từ ngày 5/2 đến 8/2/2026 gồm 12 chương trình và 40 hoạt động",
            None,
            [(W, "2026-02-05", "2026-02-08")],
        ),
    ],
)
def test_what_an_event_holds_counted_after_its_time_is_no_time(
    phrase: str, issued: str | None, expected: list[tuple[DeadlineKind, str, str]]
) -> None:
    assert _readings(phrase, issued) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        # a second day after "gồm": the event's own days listed, never its contents
        "Lễ hội diễn ra ngày 5/1/2026 gồm các ngày 6/1 và 7/1",
        # "hàng" of a cadence after the stalls: a recurring time, not goods
        "Chợ phiên diễn ra ngày 5/1/2026 với 50 gian hàng hàng tuần",
        # a count that disagrees with the days after "gồm" (three days over two)
        "Hội chợ diễn ra từ ngày 5/2 đến 6/2/2026 gồm 3 ngày",
        # rounds after "gồm": each may be a time of its own
        "Hội thi diễn ra ngày 5/1/2026 gồm 2 đợt",
    ],
)
def test_a_time_among_what_the_event_holds_stays_refused(phrase: str) -> None:
    assert refused(phrase)


# --- the anniversary an event marks, after its day ---------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # zj-sggp-khanh-thanh-khoi-cong-19-12-2025.yaml (SGGP, 2025)
        (
            "Sự kiện sẽ được tổ chức vào ngày 19-12 nhân kỷ niệm 79 năm ngày toàn quốc kháng"
            " chiến (19-12-1946 – 19-12-2025) và chào mừng Đại hội đại biểu toàn quốc lần thứ XIV"
            " của Đảng",
            "2025-12-10",
            [(D, "2025-12-19", "2025-12-19")],
        ),
        # invented variant: the founding day named without its span
        (
            "Lễ mít tinh tổ chức ngày 22/12 nhân kỷ niệm 81 năm Ngày thành lập Quân đội"
            " nhân dân Việt Nam",
            "2025-12-01",
            [(D, "2025-12-22", "2025-12-22")],
        ),
    ],
)
def test_the_anniversary_an_event_marks_after_its_day_is_no_deadline(
    phrase: str, issued: str | None, expected: list[tuple[DeadlineKind, str, str]]
) -> None:
    assert _readings(phrase, issued) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        # the anniversary's span does not end in the year counted (1946 + 79 is 2025)
        "Sự kiện tổ chức vào ngày 19-12 nhân kỷ niệm 79 năm ngày toàn quốc kháng chiến"
        " (19-12-1946 – 19-12-2024)",
        # a deadline after the anniversary: a second day
        "Sự kiện tổ chức vào ngày 19-12 nhân kỷ niệm 79 năm ngày toàn quốc kháng chiến,"
        " hoàn thành trước 30/12",
        # an event told done on its day: news, no deadline
        "Ngày 19-12 đã tổ chức lễ mít tinh nhân kỷ niệm 79 năm ngày toàn quốc kháng chiến",
    ],
)
def test_a_second_time_beside_the_anniversary_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2025-12-10"))


# --- words about the place, the goods or the event's rank, after its day -----------------


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # zc-tienphong-dai-hoi-dang-bo-mttq-doan-the-tw-2025.yaml (Tiền Phong, 2025)
        (
            "Đại hội đại biểu Đảng bộ MTTQ, các đoàn thể Trung ương, lần thứ I, nhiệm kỳ 2025 -"
            " 2030, diễn ra trong hai ngày 22-23/9, tại Học viện Thanh thiếu niên Việt Nam, là"
            " đại hội đầu tiên được tổ chức của 6 đảng bộ trực thuộc Trung ương",
            "2025-09-21",
            [(W, "2025-09-22", "2025-09-23")],
        ),
        # zr-vneconomy-festival-ninh-binh-lan-3-2024.yaml (VnEconomy, 2024)
        (
            "Chương trình Lễ hội đường phố diễn ra ngày 29/11 tại Cổng chào vào khu du lịch sinh"
            " thái Tràng An, đường Tràng An, thành phố Ninh Bình",
            "2024-11-01",
            [(D, "2024-11-29", "2024-11-29")],
        ),
        # zt-baoyenbai-chuong-trinh-le-hoi-que-van-yen-2016.yaml (Báo Yên Bái, 2016)
        (
            'YBĐT - Lễ hội quế huyện Văn Yên lần thứ II - năm 2016 với chủ đề "Ngọt ngào hương'
            ' quế Văn Yên" tổ chức trong 2 ngày 7 và 8 tháng 10 năm 2016 tại Sân vận động trung'
            " tâm huyện Văn Yên với nhiều hoạt động phong phú nhằm tôn vinh cây quế và các sản"
            " phẩm từ quế",
            "2016-09-30",
            [(W, "2016-10-07", "2016-10-08")],
        ),
        # zh-baophutho-hsg-lop-9-cap-tinh-2025-2026.yaml (Báo Phú Thọ, 2026)
        (
            "Theo kế hoạch của Sở Giáo dục và Đào tạo, Kỳ thi chọn học sinh giỏi lớp 9 THCS cấp"
            " tỉnh năm học 2025 - 2026 sẽ diễn ra ngày 3/2/2026 tại các điểm thi theo quy định,"
            " nhằm phát hiện và bồi dưỡng học sinh có năng khiếu, góp phần nâng cao chất lượng"
            " giáo dục mũi nhọn",
            None,
            [(D, "2026-02-03", "2026-02-03")],
        ),
        # invented variant: the way in to a stadium, the first festival of its kind
        (
            "Lễ hội diễn ra ngày 4/3/2026 tại lối vào sân vận động tỉnh, là lễ hội đầu tiên"
            " được tổ chức",
            None,
            [(D, "2026-03-04", "2026-03-04")],
        ),
    ],
)
def test_words_of_place_goods_and_rank_after_the_day_are_no_time(
    phrase: str, issued: str | None, expected: list[tuple[DeadlineKind, str, str]]
) -> None:
    assert _readings(phrase, issued) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        # "đầu tiên" of a day: the first day of a period, a time of its own
        "Đại hội diễn ra ngày 22/9/2025, là ngày đầu tiên của tháng",
        # a province ranked by when it held it: news of a thing done
        "Lễ giao nhận quân diễn ra ngày 4/3/2026, là tỉnh đầu tiên tổ chức",
        # "vào" of a day after the way in's words
        "Lễ hội diễn ra ngày 22/9/2025 tại đường vào ngày 25/9",
        # "từ" of a start after the goods
        "Hội chợ diễn ra ngày 22/9/2025 với các sản phẩm từ tháng 10",
        # "theo quy định" alone after the day: the rule may move it
        "Kỳ thi diễn ra ngày 3/2/2026 theo quy định",
        # a second day after the places of the exam
        "Kỳ thi diễn ra ngày 3/2/2026 tại các điểm thi theo quy định, hoặc ngày 5/2",
    ],
)
def test_a_time_among_the_words_of_place_stays_refused(phrase: str) -> None:
    assert refused(phrase)


# --- a lunar gloss inside the parentheses of the days a count announces; an official quoted --


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # x-tuoitre-phu-tho-svhttdl-gio-to-2026.yaml (Tuổi Trẻ, 2026): 17/4/2026 is the 1st of
        # the third lunar month of Bính Ngọ, 26/4 its 10th
        (
            "Theo bà Thúy, giỗ Tổ Hùng Vương - Lễ hội Đền Hùng và Tuần Văn hóa - Du lịch đất Tổ"
            " năm Bính Ngọ 2026 diễn ra trong 10 ngày (từ ngày 17 đến 26-4, tức từ ngày 1 đến"
            " 10-3 âm lịch) tại Khu di tích lịch sử quốc gia đặc biệt Đền Hùng và các xã, phường"
            " trong tỉnh",
            "2026-03-06",
            [(W, "2026-04-17", "2026-04-26")],
        ),
        # invented variants: the gloss without the count; an official by the full name
        (
            "Lễ hội diễn ra (từ ngày 17 đến 26-4, tức từ ngày 1 đến 10-3 âm lịch)",
            "2026-03-06",
            [(W, "2026-04-17", "2026-04-26")],
        ),
        (
            "Theo ông Nguyễn Văn An, lễ hội diễn ra từ ngày 17 đến 26-4",
            "2026-03-06",
            [(W, "2026-04-17", "2026-04-26")],
        ),
    ],
)
def test_a_lunar_gloss_inside_the_days_parentheses_is_checked_and_kept(
    phrase: str, issued: str | None, expected: list[tuple[DeadlineKind, str, str]]
) -> None:
    assert _readings(phrase, issued) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        # the lunar days disagree with the calendar (17/4/2026 is the 1st, not the 2nd)
        "Lễ hội diễn ra trong 10 ngày (từ ngày 17 đến 26-4, tức từ ngày 2 đến 11-3 âm lịch)",
        # the count disagrees with the days in parentheses
        "Lễ hội diễn ra trong 9 ngày (từ ngày 17 đến 26-4, tức từ ngày 1 đến 10-3 âm lịch)",
        # a word of time where the official's name would stand
        "Theo ông Thứ Hai, lễ hội diễn ra từ ngày 17 đến 26-4",
        # an event told of the past year after the official's name
        "Theo bà Thúy, năm ngoái lễ hội diễn ra từ ngày 17 đến 26-4",
    ],
)
def test_a_gloss_or_a_quote_that_disagrees_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2026-03-06"))


# --- an event held "trong 1 ngày, ngày D": its day, no signing line ------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # x-nhichieu-hai-phong-thuong-truc-hdnd-thang-10-2025.yaml (HĐND phường Nhị Chiểu, 2025)
        (
            "kế hoạch tổ chức kỳ họp thứ 5 (kỳ họp thường lệ cuối năm 2025) HĐND phường khóa I,"
            " nhiệm kỳ 2021 – 2026, dự kiến diễn ra trong 1 ngày, ngày 20/12/2025, tại Trung tâm"
            " văn hóa phường Nhị Chiểu",
            "2025-10-30",
            [(D, "2025-12-20", "2025-12-20")],
        ),
        # invented variant: the count spelled, the session opened
        (
            "Kỳ họp HĐND xã, dự kiến khai mạc trong một ngày, ngày 20/12/2025",
            "2025-10-30",
            [(D, "2025-12-20", "2025-12-20")],
        ),
    ],
)
def test_an_event_held_in_one_day_then_its_day_reads_that_day(
    phrase: str, issued: str | None, expected: list[tuple[DeadlineKind, str, str]]
) -> None:
    assert _readings(phrase, issued) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        # a count that disagrees: two days, one day named
        "Kỳ họp HĐND phường, dự kiến diễn ra trong 2 ngày, ngày 20/12/2025",
        # no count where the count goes: a dateline's shape, refused as before
        "Đại hội, diễn ra trong, ngày 20/12/2025",
        # a place and its day: a signing line
        "Hà Nội, ngày 20/12/2025",
    ],
)
def test_a_dateline_or_a_count_that_disagrees_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2025-10-30"))


# --- the children a campaign is for, by their age in months -------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # zb-vtv8-tphcm-vitamin-a-thang-12-2022.yaml (VTV8, 2022)
        (
            "Chiến dịch bổ sung vitamin A đại trà sẽ diễn ra từ ngày 19 đến ngày 30/12 dành cho"
            " trẻ từ 6 - 36 tháng tuổi",
            "2022-12-11",
            [(W, "2022-12-19", "2022-12-30")],
        ),
        # invented variants, as Hà Nội's campaign of 2025 words the ages
        (
            "Chiến dịch diễn ra từ ngày 1 đến ngày 2/12 cho trẻ từ 6 tháng đến dưới 36 tháng tuổi",
            "2025-11-20",
            [(W, "2025-12-01", "2025-12-02")],
        ),
        (
            "Đợt uống bổ sung diễn ra ngày 1/6/2026 cho các trẻ dưới 6 tháng tuổi",
            None,
            [(D, "2026-06-01", "2026-06-01")],
        ),
    ],
)
def test_the_childrens_age_in_months_after_the_days_is_no_time(
    phrase: str, issued: str | None, expected: list[tuple[DeadlineKind, str, str]]
) -> None:
    assert _readings(phrase, issued) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        # months of the year after "cho trẻ": a time, not an age
        "Chiến dịch diễn ra ngày 19/12/2025 cho trẻ từ tháng 6 đến tháng 12",
        # "tháng" without "tuổi": months, maybe of a time
        "Chiến dịch diễn ra từ ngày 19 đến ngày 30/12/2025 cho trẻ 6 - 36 tháng",
    ],
)
def test_months_not_said_of_an_age_stay_refused(phrase: str) -> None:
    assert refused(phrase)
