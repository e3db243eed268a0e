"""Forms tuned on the zn- set (branch tune-zn): its eight false deadlines closed as families (a
past meeting's speech carried out, past rounds retold, a past year's or half-year's results,
an activity within a programme, two preambles citing the plan carried out), then its refusals
by cause. Each rule with the real phrases that motivated it (their corpus file named) and the
look-alikes that must stay read or refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.asides import PART_HOURS
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines

W, D = DeadlineKind.WINDOW, DeadlineKind.DATE

_DAYS = st.dates(date(2005, 1, 1), date(2035, 12, 31))


def _dmy(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


# --- a speech, a conclusion or a direction given at a past meeting, carried out -------------

# a speaker as the press names one: a title, a name, offices between commas
_SPEAKERS = st.sampled_from(
    [
        "của đồng chí Tổng Bí thư Nguyễn Phú Trọng, Trưởng Tiểu ban nhân sự Đại hội XIV của Đảng",
        "của đồng chí Bí thư Tỉnh ủy",
        "của đồng chí Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo",
        "của Thủ tướng Chính phủ",
    ]
)
_MEETINGS = st.sampled_from(
    [
        "phiên họp đầu tiên của Tiểu ban nhân sự",
        "hội nghị trực tuyến toàn quốc",
        "cuộc họp Ban Thường vụ Tỉnh ủy",
        "buổi làm việc với lãnh đạo tỉnh",
    ]
)
_CARRIED_OUT = st.sampled_from(
    ["triển khai bài phát biểu", "quán triệt bài phát biểu", "Thực hiện kết luận", "theo chỉ đạo"]
)


def test_a_speech_given_at_a_past_meeting_carried_out_is_refused() -> None:
    # zn-baomoi-tuyen-quang-hoi-nghi-bch-lan-18-2024 (due 13/03/2024 before)
    why = refused(
        "triển khai bài phát biểu của đồng chí Tổng Bí thư Nguyễn Phú Trọng, Trưởng Tiểu ban "
        "nhân sự Đại hội XIV của Đảng tại phiên họp đầu tiên của Tiểu ban nhân sự ngày 13/3/2024",
        ctx("2024-04-09"),
    )
    assert "ý kiến chỉ đạo" in why


@given(_CARRIED_OUT, _SPEAKERS, _MEETINGS, _DAYS, st.integers(-400, 400))
def test_what_was_said_at_a_meeting_carried_out_is_never_a_due_day(
    verb: str, speaker: str, meeting: str, day: date, apart: int
) -> None:
    phrase = f"{verb} {speaker} tại {meeting} ngày {_dmy(day)}"
    refused(phrase, ctx(str(day + timedelta(days=apart))))


def test_a_speech_still_to_give_and_a_report_at_a_meeting_stay_read() -> None:
    # nothing carried out: the meeting's day is the time of the work
    assert days(one("chuẩn bị bài phát biểu tại hội nghị ngày 15/3/2027", ctx("2027-01-10"))) == (
        D,
        date(2027, 3, 15),
        date(2027, 3, 15),
    )
    reading = one(
        "Sở Nội vụ báo cáo tại phiên họp thường kỳ của UBND tỉnh ngày 15/3/2027", ctx("2027-01-10")
    )
    assert days(reading) == (D, date(2027, 3, 15), date(2027, 3, 15))


# --- rounds named by their number alone, long past by the page --------------------------------


def test_past_rounds_retold_are_refused() -> None:
    # zn-quangan-hue-bc-pctt-2019-kh-2020: two tropical depressions of April 2020 in a
    # report of 28/8/2020 (two windows before)
    why = refused(
        "đợt 1: từ ngày 13 đến 14/4/2020; đợt 2: từ ngày 24 đến 26/4/2020", ctx("2020-08-28")
    )
    assert "quy ước 8" in why


def test_rounds_to_come_or_just_past_stay_read() -> None:
    phrase = "đợt 1: từ ngày 13 đến 14/4/2020; đợt 2: từ ngày 24 đến 26/4/2020"
    for issued in ("2020-04-01", "2020-05-20"):
        readings = parse_deadlines(phrase, ctx(issued))
        assert [(r.first, r.last) for r in readings] == [
            (date(2020, 4, 13), date(2020, 4, 14)),
            (date(2020, 4, 24), date(2020, 4, 26)),
        ]
    # a round with its work named is no bare round: "Đợt 1, kiểm tra … trong tháng 5"
    assert days(one("Đợt 1: từ ngày 22.5 đến ngày 10.6.2023", ctx("2023-05-02")))[0] is W


@given(
    st.sampled_from(["đợt", "Đợt", "lần", "vòng"]),
    st.dates(date(2005, 1, 1), date(2035, 11, 1)),
    st.integers(0, 5),
    st.integers(31, 900),
)
def test_bare_rounds_over_a_month_before_the_page_are_never_read(
    word: str, first: date, length: int, later: int
) -> None:
    last = first + timedelta(days=length)
    phrase = f"{word} 1: từ ngày {_dmy(first)} đến ngày {_dmy(last)}"
    refused(phrase, ctx(str(last + timedelta(days=later))))


# --- a past period's results told --------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zn-baohatinh-pho-thu-tuong-lam-viec-ha-tinh-2026 (a window over 2025 before)
        (
            "Năm 2025, dù đối mặt nhiều khó khăn và khối lượng công việc lớn, Hà Tĩnh vẫn đạt "
            "kết quả toàn diện",
            "2026-02-28",
        ),
        # zn-baothanhhoa-hac-thanh-bch-lan-5-2025 (an undated page; a window over 2025 before)
        (
            "Năm 2025, trong bối cảnh thuận lợi, khó khăn, thách thức đan xen, Đảng ủy, HĐND, "
            "UBND, Ủy ban MTTQ phường Hạc Thành đã tập trung lãnh đạo, chỉ đạo, điều hành, triển "
            "khai thực hiện quyết liệt, đồng bộ, hiệu quả các nhiệm vụ, giải pháp và đạt được "
            "những kết quả tích cực; có 11 chỉ tiêu vượt kế hoạch, 17 chỉ tiêu hoàn thành",
            None,
        ),
        # zn-laodongthudo-tay-ho-hoi-nghi-lan-iv-2025 (the second half of 2025 before)
        (
            "Trong 6 tháng cuối năm 2025, bám sát sự chỉ đạo của Thành ủy, UBND Thành phố, Đảng "
            "ủy phường đã lãnh đạo, chỉ đạo hệ thống chính trị hoàn thành khối lượng công việc "
            "rất lớn",
            "2025-12-04",
        ),
    ],
)
def test_a_period_s_results_told_are_refused(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))


def test_a_year_s_aim_and_a_completion_with_its_time_stay_read() -> None:
    # the year not over by the page: "đạt kết quả" may be the plan's aim
    reading = one(
        "Năm 2026, dù đối mặt nhiều khó khăn, toàn ngành đạt kết quả toàn diện", ctx("2026-02-28")
    )
    assert days(reading) == (W, date(2026, 1, 1), date(2026, 12, 31))
    # a completion with a day of its own after the thing told done is a deadline, as on main
    reading = one("Năm 2026, tỉnh đã giao chỉ tiêu, các xã hoàn thành trước ngày 30/6/2026")
    assert days(reading) == (D, date(2026, 6, 30), date(2026, 6, 30))


_SUBJECTS = st.sampled_from(
    ["Hà Tĩnh", "toàn tỉnh", "Đảng bộ phường", "ngành giáo dục", "các xã, phường"]
)
_RESULTS = st.sampled_from(
    [
        "đạt kết quả toàn diện",
        "đạt được những kết quả tích cực",
        "đạt nhiều thành tựu",
        "vẫn đạt kết quả",
    ]
)


@given(st.integers(2000, 2040), _SUBJECTS, _RESULTS, st.integers(1, 700))
def test_a_year_s_results_told_after_it_are_never_a_window(
    year: int, subject: str, results: str, after: int
) -> None:
    issued = date(year, 12, 31) + timedelta(days=after)
    refused(f"Năm {year}, {subject} {results}", ctx(str(issued)))


@given(st.integers(2000, 2040), _SUBJECTS, st.sampled_from(["lãnh đạo", "tập trung chỉ đạo"]))
def test_a_period_told_done_then_completed_is_never_a_window(
    year: int, subject: str, verb: str
) -> None:
    phrase = (
        f"Trong 6 tháng cuối năm {year}, {subject} đã {verb} hoàn thành khối lượng công việc lớn"
    )
    refused(phrase)


# --- an activity within a programme named by its period ---------------------------------------


def test_an_activity_within_a_programme_is_refused() -> None:
    # zn-baoangiang-24-gio-12-2025 (a window 2021-2026 before)
    why = refused(
        "Hoạt động nằm trong Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn "
        "2021 - 2026"
    )
    assert "quy ước 7" in why


def test_a_title_line_belonging_to_a_programme_stays_read() -> None:
    # r-tien-giang-qd-15-2023-quay-vong-von-giam-ngheo: the decision's own scope
    reading = one(
        "THUỘC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG GIAI ĐOẠN 2021 - 2025",
        ctx("2023-08-02"),
    )
    assert days(reading) == (W, date(2021, 1, 1), date(2025, 12, 31))


@given(
    st.sampled_from(["Hoạt động", "Sự kiện", "Đây là hoạt động thiết thực", "Công trình"]),
    st.sampled_from(["nằm trong", "trong khuôn khổ", "nằm trong khuôn khổ", "thuộc khuôn khổ"]),
    st.sampled_from(["Chương trình", "Đề án", "Kế hoạch", "Chiến lược"]),
    st.integers(2000, 2040),
    st.integers(0, 10),
)
def test_an_activity_within_a_programme_is_never_the_programme_s_window(
    subject: str, within: str, kind: str, first: int, length: int
) -> None:
    period = f"năm {first}" if length == 0 else f"giai đoạn {first} - {first + length}"
    refused(f"{subject} {within} {kind} chuyển đổi số {period}")


# --- a preamble citing the plan carried out ----------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zn-hethongphapluat-quang-binh-ct-04-2025-ktxh-2026 (a window over 2026 before)
        (
            "thực hiện Chỉ thị số 14/CT-TTg ngày 28/5/2025 của Thủ tướng Chính phủ về xây dựng Kế "
            "hoạch phát triển KT-XH và Dự toán ngân sách nhà nước (NSNN) năm 2026",
            "2025-06-12",
        ),
        # zn-quangvinh-hue-kh-dai-hoi-tdtt-2022 (a window 2021-2022 before)
        (
            "Thực hiện kế hoạch số 133/KH-UBND ngày 25/11/2020 của UBND huyện Quảng Điền tổ chức "
            "Đại hội Thể dục thể thao cấp xã và Đại hội Thể dục thể thao cấp huyện lần thứ VII, "
            "năm 2021-2022",
            "2022-03-23",
        ),
    ],
)
def test_a_preamble_citing_the_plan_carried_out_is_refused(phrase: str, issued: str) -> None:
    assert "quy ước 7" in refused(phrase, ctx(issued))


def test_a_cited_plan_then_a_step_of_its_own_stays_read() -> None:
    # a time word stops the cited title: the month is the step's
    reading = one(
        "Theo Kế hoạch số 12/KH-UBND ngày 3/1/2026 của UBND tỉnh tổ chức Hội nghị trong tháng "
        "3/2026",
        ctx("2026-01-10"),
    )
    assert days(reading) == (W, date(2026, 3, 1), date(2026, 3, 31))
    # an abbreviation with a word of time in parentheses is no part of a title
    with pytest.raises(DeadlineError):
        parse_deadlines(
            "Thực hiện Chỉ thị số 14/CT-TTg ngày 28/5/2025 của Thủ tướng về dự toán (trước) năm 2026",
            ctx("2025-06-12"),
        )


@given(
    st.sampled_from(["KT-XH", "NSNN", "CCHC", "CĐS", "PCTT&TKCN"]),
    st.sampled_from(["Thực hiện", "Căn cứ", "Triển khai"]),
    st.integers(2000, 2040),
    st.integers(1, 28),
    st.integers(1, 12),
)
def test_a_cited_title_with_an_abbreviation_names_no_window(
    short: str, opening: str, year: int, day: int, month: int
) -> None:
    phrase = (
        f"{opening} Chỉ thị số 14/CT-TTg ngày {day}/{month}/{year} của Thủ tướng Chính phủ về "
        f"xây dựng Kế hoạch phát triển kinh tế - xã hội ({short}) năm {year + 1}"
    )
    refused(phrase, ctx(f"{year + 1}-01-15"))


@given(
    st.sampled_from(["tổ chức Đại hội Thể dục thể thao cấp xã", "triển khai Tháng hành động"]),
    st.integers(2000, 2040),
    st.integers(0, 2),
)
def test_a_cited_plan_s_own_name_names_no_window(name: str, year: int, length: int) -> None:
    years = f"năm {year}" if length == 0 else f"năm {year}-{year + length}"
    phrase = (
        f"Thực hiện Kế hoạch số 133/KH-UBND ngày 25/11/{year - 1} của UBND huyện {name}, {years}"
    )
    refused(phrase, ctx(f"{year}-03-01"))


# --- breadth: events told with their day (convention 1) -----------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        # zn-24h-kiem-tra-giam-sat-thanh-uy-da-nang-2026: a meeting named by what it announces
        (
            "Ngày 5-3, tại TP Đà Nẵng, Đoàn kiểm tra, giám sát số 12 của Bộ Chính trị, Ban Bí thư "
            "do ông Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư làm Trưởng đoàn, tổ "
            "chức hội nghị công bố quyết định kiểm tra, giám sát năm 2026 đối với Ban Thường vụ "
            "Thành ủy Đà Nẵng",
            "2026-03-05",
            date(2026, 3, 5),
        ),
        # zn-baoangiang-dai-bieu-cu-tri-07-2020: a ceremony held
        (
            "Sáng 25-7, Huyện ủy, UBND huyện Thoại Sơn (An Giang) tổ chức lễ khánh thành và thông "
            "xe tuyến đường nông thôn mới (ĐT943 – ĐT947)",
            "2020-07-25",
            date(2020, 7, 25),
        ),
        # zn-baohatinh-btv-tinh-uy-hop-sau-tet-2026: before, during and after Tết, an agenda
        (
            "Chiều 12/2, đồng chí Nguyễn Duy Lâm - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì "
            "cuộc họp của Ban Thường vụ Tỉnh ủy nghe tình hình kinh tế - xã hội, công tác an sinh "
            "xã hội, an ninh trật tự trước, trong, sau tết Nguyên đán Bính Ngọ và cho ý kiến các "
            "nội dung thuộc thẩm quyền",
            "2026-02-12",
            date(2026, 2, 12),
        ),
        # zn-baohatinh-co-quan-tinh-uy-gap-mat-dau-nam-2026: a gathering at the year's start
        (
            "Chiều 23/2, Cơ quan Tỉnh ủy Hà Tĩnh tổ chức gặp mặt cán bộ, công chức, người lao động "
            "đầu năm Bính Ngọ 2026",
            "2026-02-23",
            date(2026, 2, 23),
        ),
        # zn-baomoi-tuyen-quang-hoi-nghi-bch-lan-18-2024: a live report's mark
        (
            "Trực tiếp - Ngày 9-4, tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị "
            "BCH Đảng bộ tỉnh lần thứ 18, khóa XVII (mở rộng)",
            "2024-04-09",
            date(2024, 4, 9),
        ),
    ],
)
def test_an_event_told_with_its_day_reads_that_day(phrase: str, issued: str, day: date) -> None:
    assert days(one(phrase, ctx(issued))) == (D, day, day)


def test_a_road_told_opened_and_a_deadline_around_tet_stay_refused() -> None:
    # told done, not held: convention 1
    refused(
        "Sáng 25-7, tuyến đường nông thôn mới đã được khánh thành và thông xe", ctx("2020-07-25")
    )
    # a bound before Tết is a deadline, never an agenda
    refused(
        "Chiều 12/2, UBND tỉnh tổ chức hội nghị, các sở hoàn thành trước Tết Nguyên đán",
        ctx("2026-02-12"),
    )


@given(
    st.sampled_from(["công bố", "khánh thành", "khởi công", "bàn giao", "khánh thành và thông xe"]),
    st.sampled_from(["lễ", "hội nghị", "buổi lễ"]),
    st.dates(date(2005, 1, 1), date(2035, 12, 31)),
    st.integers(0, 6),
)
def test_a_ceremony_held_reads_its_day_near_the_page(
    act: str, noun: str, day: date, later: int
) -> None:
    phrase = f"Ngày {day.day}-{day.month}, UBND huyện tổ chức {noun} {act} công trình nhà văn hóa"
    assert days(one(phrase, ctx(str(day + timedelta(days=later))))) == (D, day, day)


# --- breadth: a weekday with its part of the day, neighbourhoods counted --------------------------


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # zn-hdnd-hcm-tan-phu-tiep-xuc-cu-tri-01-2026, its three voters' meetings
        (
            "tiếp xúc cử tri tại 14 khu phố (từ khu phố 1 đến 14) vào 18 giờ 30 ngày 08/01/2026 "
            "(tối thứ năm) tại Trường Tiểu học Huỳnh Văn Chính",
            date(2026, 1, 8),
        ),
        (
            "Tiếp xúc cử tri tại 16 khu phố (từ khu phố 15 đến 27, 30, 31, 41) vào 18 giờ 30 ngày "
            "09/01/2026 (tối thứ sáu) tại trường Tiểu học Hồ Văn Cường (số 51-53 Trịnh Đình Trọng)",
            date(2026, 1, 9),
        ),
        (
            "Tiếp xúc cử tri tại 15 khu phố (từ khu phố 28, 29, 32 đến 40, 42, 43, 44, 45) vào 18 "
            "giờ 00 ngày 07/01/2026 (tối thứ tư) tại Trường THCS Hoàng Diệu",
            date(2026, 1, 7),
        ),
    ],
)
def test_a_voters_meeting_at_its_hour_and_weekday_reads_its_day(phrase: str, day: date) -> None:
    assert days(one(phrase)) == (D, day, day)


def test_a_weekday_s_part_that_disagrees_is_refused() -> None:
    assert "buổi" in refused("vào 18 giờ 30 ngày 08/01/2026 (sáng thứ năm)")
    assert "Thứ Năm" in refused("vào 18 giờ 30 ngày 08/01/2026 (tối thứ sáu)")
    # a street number that may be a day stays unread
    refused("họp vào ngày 09/01/2026 tại trụ sở (số 15-3 Trịnh Đình Trọng)")


_PARTS = {"sáng": "sang", "chiều": "chieu", "tối": "toi"}


@given(
    st.dates(date(2005, 1, 1), date(2035, 12, 31)),
    st.sampled_from(sorted(_PARTS)),
    st.sampled_from(sorted(_PARTS)),
    st.integers(0, 23),
)
def test_a_weekday_s_part_is_read_only_when_day_weekday_and_hour_agree(
    day: date, part: str, hour_part: str, pick: int
) -> None:
    hours = PART_HOURS[_PARTS[hour_part]]
    hour = hours[pick % len(hours)]
    weekday = ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "Chủ nhật")
    for shift in (0, 1):
        said = weekday[(day.weekday() + shift) % 7]
        phrase = f"vào {hour} giờ 00 ngày {_dmy(day)} ({part} {said})"
        if shift == 0 and hour in PART_HOURS[_PARTS[part]]:
            assert days(one(phrase)) == (D, day, day)
        else:
            refused(phrase)


# --- breadth: a bound on a count of things, "sắp tới", a plan's own heading ----------------------


def test_a_bound_on_a_count_of_things_is_no_word_of_time() -> None:
    # zn-tinbong247-ha-noi-giai-the-thao-70-nam-giai-phong-thu-do-2024 (refused before)
    reading = one(
        "Vào 8h ngày 18/5, các địa phương chọn tối thiểu 1 môn thể thao tổ chức khai mạc đồng "
        "loạt giải cấp cơ sở",
        ctx("2024-05-15"),
    )
    assert days(reading) == (D, date(2024, 5, 18), date(2024, 5, 18))
    assert reading.time == "08:00"


@given(
    st.sampled_from(["ít nhất", "tối thiểu", "tối đa"]),
    st.integers(1, 30),
    st.sampled_from(["ngày", "tuần", "tháng", "buổi", "lần", "đợt"]),
)
def test_a_bound_on_a_count_of_time_stays_refused(bound: str, count: int, unit: str) -> None:
    refused(
        f"các địa phương tổ chức {bound} {count} {unit} trước ngày 18/5/2027", ctx("2027-01-05")
    )


def test_a_day_said_upcoming_takes_the_next_such_day() -> None:
    # zn-loc-thanh-dong-nai-chao-co-thang-3-2026 (refused before)
    reading = one(
        "đặc biệt chuẩn bị chu đáo cho cuộc bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ "
        "2026-2031 diễn ra ngày 15-3 sắp tới",
        ctx("2026-03-02"),
    )
    assert days(reading) == (D, date(2026, 3, 15), date(2026, 3, 15))
    refused("cuộc bầu cử diễn ra ngày 15-3 sắp tới")  # no page: from when?


@given(st.dates(date(2005, 1, 1), date(2035, 12, 31)), st.integers(1, 180))
def test_a_day_said_upcoming_is_the_first_such_day_after_the_page(day: date, ahead: int) -> None:
    issued = day - timedelta(days=ahead)
    if (day.month, day.day) == (2, 29):
        return
    reading = one(f"Hội nghị diễn ra ngày {day.day}-{day.month} sắp tới", ctx(str(issued)))
    assert days(reading) == (D, day, day)


def test_a_plan_s_own_heading_naming_its_event_reads_its_year() -> None:
    # zn-quangvinh-hue-kh-dai-hoi-tdtt-2022 (refused before): convention 11
    reading = one("KẾ HOẠCH TỔ CHỨC ĐẠI HỘI TDTT XÃ LẦN THỨ VI NĂM 2022", ctx("2022-03-23"))
    assert days(reading) == (W, date(2022, 1, 1), date(2022, 12, 31))
    # the event named alone, or a plan issued told, stay refused (h-baodongthap, g-2-yen-bai)
    refused("Đại hội TDTT tỉnh Đồng Tháp lần thứ X - năm 2026", ctx("2025-06-01"))
    refused("UBND tỉnh ban hành Kế hoạch tổ chức Đại hội TDTT năm 2026", ctx("2025-06-01"))


# --- breadth: a second anniversary listed after the first one's span -----------------------------


def test_a_second_anniversary_listed_names_no_time() -> None:
    # zn-loc-thanh-dong-nai-chao-co-thang-3-2026 (refused before): the month's work
    reading = one(
        "Trong tháng 3, địa phương tập trung tổ chức điểm Ngày hội biên phòng toàn dân kỷ niệm "
        "67 năm Ngày truyền thống Bộ đội Biên phòng (3-3-1959 - 3-3-2026), 37 năm Ngày Biên "
        "phòng toàn dân (3-3-1989 - 3-3-2026)",
        ctx("2026-03-02"),
    )
    assert days(reading) == (W, date(2026, 3, 1), date(2026, 3, 31))


@given(st.integers(1959, 2010), st.integers(2011, 2040), st.integers(-2, 2))
def test_a_second_anniversary_s_count_must_match_its_span(
    founded: int, year: int, off: int
) -> None:
    count = year - founded + off
    if count < 1:
        return
    phrase = (
        f"Trong tháng 3, tổ chức kỷ niệm {year - 1959} năm Ngày truyền thống Bộ đội Biên phòng "
        f"(3-3-1959 - 3-3-{year}), {count} năm Ngày Biên phòng toàn dân (3-3-{founded} - "
        f"3-3-{year})"
    )
    if off == 0:
        assert days(one(phrase, ctx(f"{year}-03-02"))) == (W, date(year, 3, 1), date(year, 3, 31))
    else:
        refused(phrase, ctx(f"{year}-03-02"))
