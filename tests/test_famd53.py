"""Session 53, helper famd53 (family D, the long tail of the refused corpus phrases): a lunar
gloss closing a list right after its last day is that day's; a province whose name holds
"Nam" is no year beside a "hay" of two things; a term whose dash the copy lost is the term;
a meeting's conclusion cited by its day is the source, not a second day. Each with the
neighbours that stay refused."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

# tests/corpus/x-dong-nai-snv-ngung-tiep-nhan-ho-so-tet-2026.yaml
_PAUSE = (
    "Thời gian ngưng tiếp nhận hồ sơ thủ tục hành chính bắt đầu từ ngày 14/02/2026 và tiếp "
    "nhận lại hồ sơ từ thứ Hai, ngày 23/02/2026 (tức ngày 07 tháng Giêng năm Bính Ngọ)"
)


def test_a_lunar_gloss_closing_a_list_is_its_last_day_s() -> None:
    first, second = parse_deadlines(_PAUSE, ctx())
    assert (first.earliest, first.last, first.gloss) == (date(2026, 2, 14), None, None)
    assert (second.earliest, second.last) == (date(2026, 2, 23), None)
    assert second.gloss == "tức ngày 07 tháng Giêng năm Bính Ngọ"


def test_a_lunar_gloss_closing_a_list_of_deadlines_is_its_last_day_s() -> None:
    phrase = (
        "hoàn thành trước ngày 14/02/2026 và nộp báo cáo trước ngày 23/02/2026 (tức ngày 07 "
        "tháng Giêng năm Bính Ngọ)"
    )
    first, second = parse_deadlines(phrase, ctx("2026-02-01"))
    assert (first.last, first.gloss) == (date(2026, 2, 14), None)
    assert (second.last, second.gloss) == (
        date(2026, 2, 23),
        "tức ngày 07 tháng Giêng năm Bính Ngọ",
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # the gloss names another lunar day, or another lunar year, than the last day's
        _PAUSE.replace("ngày 07 tháng Giêng", "ngày 08 tháng Giêng"),
        _PAUSE.replace("năm Bính Ngọ", "năm Ất Tỵ"),
        "Ngưng tiếp nhận hồ sơ từ ngày 14/02/2026 và tiếp nhận lại hồ sơ từ ngày 23/02/2026 "
        "(tức ngày 27 tháng Chạp năm Ất Tỵ)",
        # printed after the first day, naming the last day's lunar date
        "Ngưng tiếp nhận hồ sơ từ ngày 14/02/2026 (tức ngày 07 tháng Giêng năm Bính Ngọ) và "
        "tiếp nhận lại hồ sơ từ ngày 23/02/2026",
        # after a span's end: one lunar day for two solar ones
        "hoàn thành trước ngày 14/02/2026 và nộp báo cáo từ ngày 20 đến ngày 23/02/2026 (tức "
        "ngày 07 tháng Giêng năm Bính Ngọ)",
        # a condition in the parentheses
        "Ngưng tiếp nhận hồ sơ từ ngày 14/02/2026 và tiếp nhận lại hồ sơ từ ngày 23/02/2026 "
        "(tức ngày 07 tháng Giêng năm Bính Ngọ, nếu hết dịch)",
        # a negation
        "bắt đầu từ ngày 14/02/2026 và không tiếp nhận lại hồ sơ trước ngày 23/02/2026 (tức "
        "ngày 07 tháng Giêng năm Bính Ngọ)",
    ],
)
def test_a_lunar_gloss_of_no_last_day_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-02-01"))


# tests/corpus/z-hanam-lien-hoan-trich-doan-san-khau-toan-quoc-2023.yaml
_FESTIVAL = (
    "Từ ngày 20/5 - 01/6/2023, tại Nhà Văn hóa tỉnh Hà Nam sẽ diễn ra Liên hoan các trích đoạn "
    "hay nghệ thuật sân khấu toàn quốc năm 2023"
)


def test_a_province_named_nam_is_no_year_beside_a_hay() -> None:
    assert read_days(_FESTIVAL, "2023-05-10") == ("window", "2023-05-20", "2023-06-01")


@pytest.mark.parametrize(
    "phrase",
    [
        # "hay" between two times is still two deadlines
        "Từ ngày 20/5 - 01/6/2023 hay từ ngày 1/7/2023, tại Nhà Văn hóa tỉnh Hà Nam sẽ diễn ra "
        "Liên hoan",
        "Từ ngày 20/5 - 01/6/2023, tại tỉnh Hà Nam hay tháng 7/2023 sẽ diễn ra Liên hoan",
        "Từ ngày 20/5 - 01/6/2023, tại tỉnh Quảng Nam hay từ ngày 1/7/2023 tại tỉnh Nam Định",
    ],
)
def test_a_hay_beside_another_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2023-05-10"))


# tests/corpus/zt-quangphu-thoxuan-dai-hoi-diem-chi-bo-thon-17-2022.yaml
_CONGRESS = (
    "Chiều ngày 20/5/2022, chi bộ Thôn 17 xã Quảng Phú long trọng tổ chức Đại hội chi bộ nhiệm "
    "kỳ 2022 2025"
)


def test_a_term_whose_dash_was_lost_is_the_term() -> None:
    assert read_days(_CONGRESS) == ("date", "2022-05-20", "2022-05-20")
    assert read_days(_CONGRESS.replace("20/5/2022", "20/5"), "2022-05-01") == (
        "date",
        "2022-05-20",
        "2022-05-20",
    )


def test_a_period_whose_dash_was_lost_reads_as_its_years() -> None:
    assert read_days("thực hiện kế hoạch giai đoạn 2021 2025", "2021-03-01") == (
        "window",
        "2021-01-01",
        "2025-12-31",
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # the years out of order, or too far apart for a term: no term
        _CONGRESS.replace("2022 2025", "2025 2022"),
        _CONGRESS.replace("2022 2025", "2022 2045"),
        # told done, negated, with a condition, or beside another day
        _CONGRESS.replace("long trọng", "đã"),
        _CONGRESS.replace("long trọng", "không"),
        _CONGRESS.replace("Chiều ngày 20/5/2022,", "Chiều ngày 20/5/2022, nếu đủ điều kiện,"),
        f"{_CONGRESS} vào ngày 25/5",
        # the term alone names the body elected, no time
        "Đại hội chi bộ nhiệm kỳ 2022 2025",
    ],
)
def test_a_term_with_its_dash_lost_keeps_the_refusals(phrase: str) -> None:
    refused(phrase, ctx("2022-05-01"))


# tests/corpus/z-hoinhabao-giai-bao-chi-phong-chong-tham-nhung-2017.yaml
_AWARD = (
    "Theo kết luận của Trưởng Ban Chỉ đạo Giải tại cuộc họp ngày 17/10/2017, Lễ trao Giải sẽ tổ "
    "chức trang trọng và truyền hình trực tiếp vào ngày 2/1/2018, tại Nhà hát Lớn Hà Nội"
)


def test_a_meeting_s_conclusion_cited_by_its_day_is_the_source() -> None:
    reading = one(_AWARD, ctx("2017-10-25"))
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.DATE,
        date(2018, 1, 2),
        date(2018, 1, 2),
    )
    assert reading.gloss is not None
    assert "tại cuộc họp ngày 17/10/2017" in reading.gloss


def test_a_direction_given_at_a_working_session_is_the_source() -> None:
    phrase = (
        "Theo ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại buổi làm việc ngày 17/10, các xã hoàn "
        "thành trước ngày 30/11"
    )
    assert read_days(phrase, "2017-10-25") == ("date", "2017-11-30", "2017-11-30")


@pytest.mark.parametrize(
    "phrase",
    [
        # the conclusion alone: no time of the work
        "Theo kết luận của Trưởng Ban Chỉ đạo Giải tại cuộc họp ngày 17/10/2017",
        # negated, told done, two days after it
        _AWARD.replace("sẽ tổ chức", "sẽ không tổ chức"),
        _AWARD.replace("sẽ tổ chức", "đã tổ chức"),
        "Theo kết luận của Trưởng Ban Chỉ đạo Giải tại cuộc họp ngày 17/10/2017, Lễ trao Giải sẽ "
        "tổ chức vào ngày 2/1/2018 hoặc ngày 5/1/2018",
        # two meetings, or a time among who concluded: not the one source
        "Theo kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 17/10/2017 và ngày 20/10/2017, "
        "các xã hoàn thành trước ngày 30/11/2017",
        "Theo kết luận của Chủ tịch UBND tỉnh trước ngày 10/10 tại cuộc họp ngày 17/10/2017, các "
        "xã hoàn thành trước ngày 30/11/2017",
        # not opening the phrase: read as printed, two days
        "Lễ trao Giải, theo kết luận của Trưởng Ban tại cuộc họp ngày 17/10/2017, tổ chức vào "
        "ngày 2/1/2018",
    ],
)
def test_a_meeting_cited_keeps_the_refusals(phrase: str) -> None:
    refused(phrase, ctx("2017-10-25"))


# tests/corpus/o-an-giang-khung-nam-hoc-2018-2019.yaml
_TET_2019 = (
    "Tết Nguyên Đán (Kỷ Hợi): Nghỉ từ thứ Hai, ngày 28-01-2019 đến hết ngày Chủ nhật, ngày "
    "10-02-2019 (nhằm ngày 23 tháng Chạp năm Mậu Tuất đến hết ngày mùng 6 tháng Giêng năm Kỷ "
    "Hợi)"
)


def test_a_day_word_said_before_the_weekday_and_again_is_one_day() -> None:
    assert read_days(_TET_2019, "2018-08-01") == ("window", "2019-01-28", "2019-02-10")
    phrase = "Nghỉ từ thứ Hai, ngày 28-01 đến hết ngày Chủ nhật, ngày 10-02"
    assert read_days(phrase, "2018-12-01") == ("window", "2019-01-28", "2019-02-10")


def test_a_tet_s_lunar_year_in_parentheses_is_its_name() -> None:
    phrase = "Tết Nguyên Đán (Kỷ Hợi): Nghỉ từ ngày 28-01-2019 đến hết ngày 10-02-2019"
    assert read_days(phrase, "2018-08-01") == ("window", "2019-01-28", "2019-02-10")


@pytest.mark.parametrize(
    "phrase",
    [
        # the weekday is not the day's
        "Nghỉ từ thứ Hai, ngày 28-01-2019 đến hết ngày Thứ Bảy, ngày 10-02-2019",
        "Nghỉ từ thứ Hai, ngày 28-01-2019 đến hết ngày Chủ nhật, ngày 10-02-2020",
        # the lunar gloss is not the days'
        _TET_2019.replace("mùng 6", "mùng 7"),
        # the Tết named is not the days' ("Mậu Tuất": its Tết was 16/02/2018)
        _TET_2019.replace("(Kỷ Hợi)", "(Mậu Tuất)"),
        "Tết Nguyên Đán (Canh Tý): Nghỉ từ ngày 28-01-2019 đến hết ngày 10-02-2019",
        # negated
        "không nghỉ từ thứ Hai, ngày 28-01-2019 đến hết ngày Chủ nhật, ngày 10-02-2019",
    ],
)
def test_a_weekday_or_a_lunar_name_of_other_days_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2018-08-01"))
