"""Conventions the lead settled in session 22 (branch conv14), each on real phrases quoting
the corpus file (tests/corpus/) or the page they come from, and a property where a form has
a parameter space.

Part 1 (convention 2): a time first set and since given up, put off or replaced is refused,
the reason saying so and pointing to the new time or `last_day`; the time that replaces it
reads; "dự kiến" alone (planned, not yet moved) reads. Part 1b: a time moved with both
times in one sentence reads the new one where the sentence says which is new ("từ D1 sang
D2", "D2, thay vì D1", "D1 … chuyển sang D2"), else is refused; never the old one.

Part 2 (convention 3): a weather forecast's days are no deadline, in the one rule that
refuses the weather told; a storm order's deadline reads.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines

W = DeadlineKind.WINDOW
D = DeadlineKind.DATE

# --- Part 1: a time given up, put off or replaced --------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # z-baophapluat-hoi-nghi-dieu-quoc-te-lan-12-2021.yaml: moved to 5-7/3/2021
        (
            "Hội nghị điều quốc tế Việt Nam lần thứ 12 vốn dự kiến được tổ chức vào đầu tháng"
            " 3/2020.",
            None,
        ),
        # z-baohaiduong-lui-dai-hoi-tdtt-cap-xa-huyen-2021.yaml: put off to quý I.2022
        ("Ban đầu, đại hội cấp xã ấn định tổ chức từ tháng 3 đến ngày 15.9.2021.", "2021-09-13"),
        # za-kenh14-lich-thi-lop-10-2026.yaml: the former plan, since set for other days
        ("Sở này từng dự kiến tổ chức thi vào cuối tháng 6", "2026-03-02"),
        # za-vietnamplus-tong-dieu-tra-kinh-te-rut-ngan-tien-do-2026.yaml
        (
            "Theo kế hoạch ban đầu, cuộc tổng điều tra kinh tế đến khoảng cuối năm 2026-tháng"
            " 1/2027 mới hoàn thành.",
            "2026-01-01",
        ),
    ],
)
def test_a_time_first_set_and_since_replaced_is_refused(phrase: str, issued: str | None) -> None:
    why = refused(phrase, ctx(issued))
    assert "last_day" in why
    assert "thời hạn" in why


def test_the_former_plan_says_it_was_replaced() -> None:
    # z-baophapluat-hoi-nghi-dieu-quoc-te-lan-12-2021.yaml
    why = refused(
        "Hội nghị điều quốc tế Việt Nam lần thứ 12 vốn dự kiến được tổ chức vào đầu tháng 3/2020."
    )
    assert "“vốn dự kiến …”" in why
    assert "đã được thay" in why
    assert "thời gian mới" in why


def test_a_time_told_then_put_off_is_refused_as_put_off() -> None:
    # z-baohaiduong-lui-dai-hoi-tdtt-cap-xa-huyen-2021.yaml
    why = refused(
        "Đại hội cấp huyện và ngành công an, quân đội tiến hành từ ngày 16.9 - 1.12.2021, nhưng"
        " do dịch Covid-19 nên phải hoãn lại.",
        ctx("2021-09-13"),
    )
    assert "“hoãn lại”" in why
    assert "đã bị hoãn" in why
    assert "last_day" in why


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # z-baophapluat-hoi-nghi-dieu-quoc-te-lan-12-2021.yaml: the new days read
        (
            "thời gian tổ chức Hội nghị điều quốc tế Việt Nam lần thứ 12 sẽ diễn ra từ ngày"
            " 5-7/3/2021.",
            None,
            (W, "2021-03-05", "2021-03-07"),
        ),
        # z-baomoi-hdnd-ha-noi-dieu-chinh-ky-hop-thu-muoi-2022.yaml: the new days set
        (
            "Thường trực HĐND thành phố thông báo về việc điều chỉnh thời gian tổ chức kỳ họp thứ"
            " mười, HĐND thành phố từ ngày 7-12 đến 10-12-2022",
            "2022-11-29",
            (W, "2022-12-07", "2022-12-10"),
        ),
        # za-kenh14-lich-thi-lop-10-2026.yaml: "dự kiến" alone reads
        (
            "Sở GD&ĐT TP.HCM thông tin tổ chức kỳ thi tuyển sinh lớp 10 dự kiến vào cuối tháng"
            " 5/2026.",
            "2026-03-02",
            (W, "2026-05-21", "2026-05-31"),
        ),
        # p-yenlap-phutho-cuoc-thi-bieu-tuong-2021.yaml: "lùi … đến hết ngày D" reads the new day
        (
            "Ban Tổ chức cuộc thi “Sáng tác tiêu đề - biểu tượng huyện Yên Lập” thông báo lùi thời"
            " gian nhận tác phẩm tham gia cuộc thi đến hết ngày 15/12/2021",
            "2021-10-31",
            (D, "2021-12-15", "2021-12-15"),
        ),
        # za-xdcs-ninh-binh-cd-03-bao-so-3-2025.yaml: a pause from an hour is no time put off
        (
            "Từ 17 giờ ngày 21/7, tạm dừng hoạt động các tuyến đò ngang, đò dọc trên toàn tỉnh.",
            "2025-07-20",
            None,
        ),
    ],
)
def test_the_time_that_replaces_it_and_a_plan_alone_read(
    phrase: str, issued: str | None, expected: tuple[object, ...] | None
) -> None:
    if expected is None:
        assert one(phrase, ctx(issued)).earliest is not None
    else:
        assert read_days(phrase, issued) == expected


# the verbs of planning and the times of the corpus's former plans (z-baophapluat "vốn dự
# kiến được tổ chức vào đầu tháng 3/2020", za-kenh14 "từng dự kiến tổ chức thi vào cuối tháng
# 6", z-baohaiduong "Ban đầu, … ấn định tổ chức từ tháng 3 đến ngày 15.9.2021")
_FORMERLY = ["từng", "vốn"]
_PLANNED = ["dự kiến", "dự kiến được", "dự định", "ấn định", "lên kế hoạch", "lên lịch"]
_TIMES = [
    "vào đầu tháng 3/2027",
    "vào cuối tháng 6/2027",
    "ngày 15/3/2027",
    "từ tháng 3 đến ngày 15.9.2027",
    "trong quý II/2027",
]


@given(
    formerly=st.sampled_from(_FORMERLY),
    planned=st.sampled_from(_PLANNED),
    time=st.sampled_from(_TIMES),
    opening=st.booleans(),
)
def test_every_former_plan_is_refused_and_the_plan_alone_reads(
    formerly: str, planned: str, time: str, opening: bool
) -> None:
    if opening:
        phrase, plan = (
            f"Ban đầu, hội nghị {planned} tổ chức {time}",
            f"Hội nghị {planned} tổ chức {time}",
        )
    else:
        phrase = f"Hội nghị {formerly} {planned} tổ chức {time}"
        plan = f"Hội nghị {planned} tổ chức {time}"
    assert "last_day" in refused(phrase, ctx("2026-12-01"))
    # the same plan without the word telling it was given up reads
    assert one(plan, ctx("2026-12-01")).last is not None


@pytest.mark.parametrize(
    "phrase",
    [
        # neighbours written for the guard (no page prints them): money planned, not a time
        # given up, "vốn" the noun
        "Nguồn vốn dự kiến bố trí trong năm 2027",
        # a first stage of the work: "Ban đầu" with no verb of planning
        "Ban đầu, thí điểm tại 3 xã trong quý I/2027",
    ],
)
def test_capital_and_a_first_stage_are_no_former_plan(phrase: str) -> None:
    assert one(phrase, ctx("2026-12-01")).last is not None


# --- Part 1b: a time moved, both times in one sentence: the new one reads, never the old ---


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # l-nghe-an-tuong-duong-dai-hoi-dang-bo-2025.yaml
        (
            "Theo thông báo, Đại hội sẽ được lùi sang các ngày 28 và 29/8/2025, thay vì tổ chức"
            " vào ngày 25 và 26/8 như kế hoạch ban đầu",
            "2025-08-20",
            (W, "2025-08-28", "2025-08-29"),
        ),
        # (r-nld-lam-dong-trung-tam-hanh-chinh-2025.yaml's "đề nghị … cho phép gia hạn … sang
        # tháng 12-2025, thay vì …" is asked, not granted: refused since the lead's ruling of
        # session 59, tests/test_m59.py)
        # s-nghean-vb-6907-de-an-06-ioc-2025.yaml
        (
            "UBND tỉnh thống nhất điều chỉnh thời gian hoàn thành Trung tâm Giám sát, điều hành"
            " thông minh (IOC) tỉnh Nghệ An từ tháng 6/2025 sang tháng 8/2025",
            "2025-06-01",
            (W, "2025-08-01", "2025-08-31"),
        ),
        # z-svhttdl-dong-thap-lui-khai-mac-dai-hoi-tdtt-2022.yaml
        (
            "Theo đó, thời gian khai mạc Đại hội sẽ lùi lại vào ngày 19/8/2022 thay vì ngày"
            " 18/5/2022 như dự kiến.",
            "2022-05-01",
            (D, "2022-08-19", "2022-08-19"),
        ),
        # z-vnexpress-marathon-all-star-doi-ngay-2026.yaml
        (
            "Ban tổ chức VnExpress Marathon All-Star điều chỉnh thời gian tổ chức sang 8/2/2026,"
            " thay cho lịch cũ 25/1, do trùng thời điểm diễn ra Đại hội XIV của Đảng",
            "2026-01-10",
            (D, "2026-02-08", "2026-02-08"),
        ),
        # z-vnexpress-marathon-quy-nhon-doi-ngay-2020.yaml
        (
            "Giải marathon tại Quy Nhơn sẽ dời tới ngày 26/7, thay vì 7/6 như ban đầu, để đảm bảo"
            " an toàn cho vận động viên cũng như chất lượng chuyên môn.",
            "2020-05-01",
            (D, "2020-07-26", "2020-07-26"),
        ),
        # za-huengaynay-tap-trung-hoc-sinh-28-8-2025.yaml
        (
            "Sở GD&ĐT điều chỉnh thời gian tập trung học sinh ngày 25/8 (tại Công văn số"
            " 2795/SGDĐT-VP ngày 22/7/2025) sang tập trung vào ngày 28/8.",
            "2025-08-20",
            (D, "2025-08-28", "2025-08-28"),
        ),
        # za-kenh14-lich-thi-lop-10-2026.yaml
        (
            "Sở GD&ĐT Hà Nội dự kiến tổ chức kỳ thi vào cuối tháng 6/2026, thay vì đầu tháng 6"
            " như các năm trước",
            "2026-03-02",
            (W, "2026-06-21", "2026-06-30"),
        ),
        # za-vneconomy-tong-dieu-tra-kinh-te-ve-dich-som-2026.yaml: "thay vì" first
        (
            "Cụ thể, thay vì công bố kết quả sơ bộ vào tháng 01/2027 như dự kiến ban đầu, mục"
            " tiêu mới là ngày 30/6/2026.",
            "2026-01-10",
            (D, "2026-06-30", "2026-06-30"),
        ),
    ],
)
def test_a_moved_time_reads_the_new_time(
    phrase: str, issued: str, expected: tuple[object, ...]
) -> None:
    assert read_days(phrase, issued) == expected


def test_the_old_time_is_said_in_the_reading() -> None:
    # z-svhttdl-dong-thap-lui-khai-mac-dai-hoi-tdtt-2022.yaml
    reading = one(
        "Theo đó, thời gian khai mạc Đại hội sẽ lùi lại vào ngày 19/8/2022 thay vì ngày 18/5/2022"
        " như dự kiến.",
        ctx("2022-05-01"),
    )
    assert reading.gloss == "đã thay thời gian cũ: thay vì ngày 18/5/2022 như dự kiến"


@pytest.mark.parametrize(
    "phrase",
    [
        # w-press-baoquangnam-nam-hoc-2017-2018.yaml: "thay cho" a leave, no time replaced
        "Thời gian tuyển sinh vào các lớp đầu cấp năm học 2018 - 2019 tổ chức trước ngày"
        " 10.7.2018; thời gian nghỉ hè thay cho nghỉ phép năm của giáo viên là 2 tháng.",
        # a day kept unless it falls on a day off (written for the guard, as the reception
        # rules of j-2-nganson-lich-tiep-cong-dan-ubnd-2021.yaml say it): never the later day
        "Hồ sơ nộp trước ngày 15/3/2018, nếu trùng ngày nghỉ thì chuyển sang ngày 16/3/2018",
        # the day the move was told on, opening the sentence, is no old time (convention 1's
        # news day, as z-baophutho prints it); written for the guard
        "Ngày 10/3/2018 UBND tỉnh điều chỉnh lịch thi sang ngày 20/3/2018",
    ],
)
def test_no_time_is_cut_without_a_move_of_it(phrase: str) -> None:
    assert refused(phrase, ctx("2017-08-01"))


_MOVES = [
    "lùi {old} sang {new}",  # s-nghean "điều chỉnh … từ tháng 6/2025 sang tháng 8/2025"
    "điều chỉnh thời gian tổ chức từ {old} sang {new}",
    "sẽ dời tới {new}, thay vì {old} như ban đầu",  # z-vnexpress-marathon-quy-nhon
    "sẽ lùi lại vào {new} thay vì {old} như dự kiến",  # z-svhttdl-dong-thap
    "điều chỉnh thời gian tổ chức sang {new}, thay cho lịch cũ {old}",  # z-vnexpress all-star
    "{old} sẽ chuyển sang {new}",  # za-vnexpress-ha-noi "Lịch học bù ngày 2/1 sẽ chuyển sang 10/1"
]


@given(
    move=st.sampled_from(_MOVES),
    old=st.dates(min_value=date(2027, 1, 1), max_value=date(2027, 12, 31)),
    new=st.dates(min_value=date(2027, 1, 1), max_value=date(2027, 12, 31)),
    with_word=st.booleans(),
)
def test_a_moved_time_never_reads_the_old_time(
    move: str, old: date, new: date, with_word: bool
) -> None:
    assume(old != new)
    word = "ngày " if with_word else ""
    said = move.format(
        old=f"{word}{old.day}/{old.month}/{old.year}", new=f"{word}{new.day}/{new.month}/{new.year}"
    )
    try:
        readings = parse_deadlines(f"Hội nghị {said}", ctx("2026-12-01"))
    except DeadlineError:
        return  # refused: extra work, never a wrong day
    assert [(r.first, r.last) for r in readings] == [(new, new)]


# --- Part 2: a weather forecast's days are no deadline (convention 3) -------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # t-thanh-hoa-cd-12-ubnd-bao-so-5-2025.yaml, as printed
        "Do ảnh hưởng của bão, từ ngày 24 - 27/8/2025, khu vực tỉnh Thanh Hoá có khả năng xảy ra"
        " một đợt mưa vừa đến mưa to, có nơi mưa rất to",
        # ... as breaker13 varied it (F1): the date first, "một đợt" before the rain
        "Từ ngày 24 - 27/8/2025, khu vực tỉnh Thanh Hóa có khả năng xảy ra một đợt mưa to",
        # ... and without diacritics (F1), read as a window 24-27/08/2025 before
        "Do anh huong cua bao, tu ngay 24 - 27/8/2025, khu vuc tinh Thanh Hoa co kha nang xay ra"
        " mot dot mua vua den mua to, co noi mua rat to",
    ],
)
def test_a_forecast_of_rain_is_refused_as_the_weather(phrase: str) -> None:
    why = refused(phrase, ctx("2025-08-23"))
    assert "thời tiết hay một dự báo" in why


_SPELLS = ["", "một đợt ", "các đợt ", "1 đợt ", "đợt "]
_WEATHER = ["mưa to", "mưa lớn", "nắng nóng", "rét đậm", "triều cường", "lũ", "không khí lạnh"]
_WEATHER_BARE = ["mua to", "mua lon", "nang nong", "ret dam", "trieu cuong", "lu", "khong khi lanh"]


@given(
    spell=st.sampled_from(_SPELLS),
    weather=st.sampled_from(_WEATHER),
    first=st.integers(min_value=1, max_value=20),
    length=st.integers(min_value=1, max_value=8),
    bare=st.booleans(),
)
def test_every_forecast_of_a_spell_is_refused(
    spell: str, weather: str, first: int, length: int, bare: bool
) -> None:
    # the form of t-thanh-hoa-cd-12 (Thanh Hóa, 2025) over the family the lead named
    phrase = (
        f"Từ ngày {first} - {first + length}/8/2025, khu vực tỉnh Thanh Hóa có khả năng xảy ra"
        f" {spell}{weather}"
    )
    if bare:
        phrase = (
            f"tu ngay {first} - {first + length}/8/2025, khu vuc tinh Thanh Hoa co kha nang xay ra"
            f" {_unaccented(spell)}{_WEATHER_BARE[_WEATHER.index(weather)]}"
        )
    assert "thời tiết hay một dự báo" in refused(phrase, ctx("2025-08-23"))


def _unaccented(spell: str) -> str:
    return spell.replace("một", "mot").replace("các", "cac").replace("đợt", "dot")


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        # za-baonghean-cd-32-cam-bien-2025.yaml: a storm order's deadline reads
        (
            "Các tàu, thuyền đang hoạt động trên biển phải về bờ neo đậu để bảo đảm an toàn trước"
            " 15 giờ ngày 30/8.",
            "2025-08-30",
            "2025-08-30",
        ),
        # za-vietbao-thanh-hoa-so-tan-bao-so-10-2025.yaml
        (
            "Đồng thời, các địa phương tập trung triển khai phương án di dời dân khỏi vùng nguy"
            " hiểm đến nơi an toàn, hoàn thành trước 15h ngày 28/9.",
            "2025-09-28",
            "2025-09-28",
        ),
    ],
)
def test_a_storm_orders_deadline_reads(phrase: str, issued: str, day: str) -> None:
    assert read_days(phrase, issued) == (D, day, day)
