"""Forms tuned on the zm- set (branch tune-zm): recurring rules first (issue #11 §2: the
weekday span of an office week, a daily rule with its step, the days off a rule skips, the
step a yearly day comes before, the day a day-off clause names), then the set's misreads and
its refusals by cause. Each rule with the real phrases that motivated it (their corpus file
named) and the look-alikes that must stay read or refused (the first rule: never a silent
wrong date)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind
from kehoach.dates.recurrence import next_due

R = DeadlineKind.RECURRING
KEHOACH = shutil.which("kehoach", path=str(Path(sys.executable).parent)) or "kehoach"
WEEKDAY_WORDS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _deadline_json(phrase: str, as_of: str) -> dict[str, object]:
    shown = subprocess.run(
        [KEHOACH, "deadline", "--as-of", as_of, "--format", "json", phrase],
        capture_output=True, text=True, check=False, env={**os.environ, "NO_COLOR": "1"},
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    reading: dict[str, object] = json.loads(shown.stdout)
    return reading


def _deadline_text(phrase: str, as_of: str) -> str:
    shown = subprocess.run(
        [KEHOACH, "deadline", "--as-of", as_of, phrase],
        capture_output=True, text=True, check=False, env={**os.environ, "NO_COLOR": "1"},
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    return shown.stdout


# --- the days of a working week ------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "rule"),
    [
        # zm-dichvucong-longan-tro-giup-khan-cap-ho-tro-nha-o (refused before: "đến …")
        (
            "* Thời gian tiếp nhận hồ sơ và trả kết quả: Từ thứ Hai đến thứ Sáu hàng tuần "
            "(trừ ngày nghỉ theo quy định)",
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        ),
        ("Từ thứ Hai đến thứ Sáu hàng tuần", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("từ thứ 2 đến hết thứ 7 hằng tuần", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA"),
        ("vào các ngày từ thứ Ba đến thứ Năm hàng tuần", "FREQ=WEEKLY;BYDAY=TU,WE,TH"),
    ],
)
def test_a_span_of_weekdays_every_week_is_each_of_its_days(phrase: str, rule: str) -> None:
    reading = one(phrase)
    assert (reading.kind, reading.rrule) == (R, rule)


@pytest.mark.parametrize(
    "phrase",
    [
        "từ thứ Sáu đến thứ Hai hàng tuần",  # wraps past Sunday: which days?
        "từ thứ Năm đến thứ Năm hàng tuần",
    ],
)
def test_a_span_of_weekdays_out_of_order_is_refused(phrase: str) -> None:
    assert "thứ tự" in refused(phrase)


def test_the_office_week_s_next_day_through_the_command() -> None:
    phrase = "Từ thứ Hai đến thứ Sáu hàng tuần (trừ ngày nghỉ theo quy định)"
    assert _deadline_json(phrase, "05/12/2026")["rrule"] == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
    # Saturday 05/12/2026: the next due day is Monday 07/12
    assert "Hạn kế tiếp  07/12/2026" in _deadline_text(phrase, "05/12/2026")
    assert "Hạn kế tiếp  02/12/2026" in _deadline_text(phrase, "02/12/2026")


@given(
    first=st.integers(0, 5),
    length=st.integers(1, 6),
    as_of=st.dates(date(2000, 1, 1), date(2099, 12, 31)),
)
def test_a_weekday_span_s_next_due_day_is_in_the_span_on_or_after_as_of(
    first: int, length: int, as_of: date
) -> None:
    last = min(first + length, 6)
    reading = one(f"từ {WEEKDAY_WORDS[first]} đến {WEEKDAY_WORDS[last]} hàng tuần")
    assert reading.rrule == f"FREQ=WEEKLY;BYDAY={','.join(BYDAY[first : last + 1])}"
    due = next_due(reading.rrule, as_of)
    assert as_of <= due < as_of + timedelta(days=7)
    assert first <= due.weekday() <= last
    # no day of the span is skipped between as-of and the due day
    assert all(
        not first <= (as_of + timedelta(n)).weekday() <= last for n in range((due - as_of).days)
    )


@given(weekday=st.integers(0, 6), as_of=st.dates(date(2000, 1, 1), date(2099, 12, 31)))
def test_a_weekday_each_week_with_the_days_off_it_skips_is_due_on_that_weekday(
    weekday: int, as_of: date
) -> None:
    reading = one(f"vào ngày {WEEKDAY_WORDS[weekday]} hàng tuần, không kể ngày nghỉ lễ")
    assert reading.gloss == "không kể ngày nghỉ lễ"
    due = next_due(reading.rrule or "", as_of)
    assert due.weekday() == weekday
    assert as_of <= due < as_of + timedelta(days=7)


# --- the days off a weekly rule skips, the step a yearly day comes before -----------------------


def test_the_days_off_a_weekly_rule_skips_are_its_gloss() -> None:
    # zm-congluan-de-xuat-dieu-hanh-gia-xang-dau-hang-tuan-2023 (refused before)
    phrase = "thời gian điều hành giá xăng dầu vào ngày thứ Năm hàng tuần, không kể ngày nghỉ lễ"
    reading = one(phrase, ctx("2023-02-01"))
    assert (reading.kind, reading.rrule, reading.gloss) == (
        R,
        "FREQ=WEEKLY;BYDAY=TH",
        "không kể ngày nghỉ lễ",
    )
    assert "Hạn kế tiếp  03/12/2026" in _deadline_text(phrase, "02/12/2026")
    assert one("thứ Năm hàng tuần, trừ ngày nghỉ theo quy định").rrule == "FREQ=WEEKLY;BYDAY=TH"
    assert one("vào thứ Năm hàng tuần (trừ ngày lễ)").gloss == "trừ ngày lễ"


@pytest.mark.parametrize(
    "phrase",
    [
        # after a count, "trừ ngày nghỉ" may make its days working days: not a gloss there
        "trong 10 ngày (trừ ngày nghỉ)",
        "trong 10 ngày, trừ ngày nghỉ",
        # "không kể" with more than days off after it
        "vào ngày thứ Năm hàng tuần, không kể ngày nghỉ lễ 30/4",
    ],
)
def test_days_off_beside_a_count_or_a_day_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-12-01"))


def test_the_step_a_yearly_day_comes_before_is_its_gloss() -> None:
    # zm-tvpl-tim-kiem-danh-gia-xep-loai-cong-chuc-15-12 (refused before)
    reading = one(
        "Theo quy định trên thì thời điểm đánh giá, xếp loại chất lượng công chức viên chức được "
        "tiến hành trước ngày 15/12 hàng năm, trước khi thực hiện việc đánh giá, xếp loại chất "
        "lượng"
    )
    assert (reading.kind, reading.rrule) == (R, "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15")
    assert reading.gloss == "trước khi thực hiện việc đánh giá, xếp loại chất lượng"
    text = _deadline_text(
        "trước ngày 15/12 hàng năm, trước khi thực hiện việc đánh giá", "16/12/2026"
    )
    assert "Hạn kế tiếp  15/12/2027" in text


@pytest.mark.parametrize(
    "phrase",
    [
        "trước ngày 15/12 hàng năm, trước khi có 3 ngày nghỉ",  # a number: another time?
        "trước ngày 15/12 hàng năm, trước khi kết thúc năm sau",  # a word of time
    ],
)
def test_a_step_before_with_a_time_of_its_own_stays_refused(phrase: str) -> None:
    refused(phrase)


# --- a daily rule and its step --------------------------------------------------------------


def test_a_daily_rule_with_its_step_is_read() -> None:
    # zm-kinhtedouong-cong-an-da-nang-giay-di-duong-2021 (refused before)
    reading = one(
        "Công an các quận, huyện định kỳ hằng ngày thống kê danh sách các đơn vị cấp giấy đi "
        "đường không đúng quy định gửi về phòng Tham mưu Công an thành phố tập hợp"
    )
    assert (reading.kind, reading.rrule) == (R, "FREQ=DAILY")


@pytest.mark.parametrize(
    "phrase",
    [
        "hằng ngày đi làm",  # no "định kỳ": an adverb of the work
        "định kỳ hằng ngày báo cáo, trước tuần sau",  # a word of time in the step
        "định kỳ hằng ngày báo cáo trước 3 ngày",
    ],
)
def test_a_daily_rule_s_step_with_a_time_or_without_dinh_ky_is_refused(phrase: str) -> None:
    refused(phrase)


# --- the day a day-off clause names ----------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "rule"),
    [
        # zm-lamdong-stttt-thong-bao-lich-tiep-cong-dan-2020 (its clause's "các ngày trên")
        (
            "vào ngày 20 hàng tháng, nếu các ngày trên trùng vào ngày nghỉ, ngày lễ thì tổ chức "
            "vào ngày làm việc tiếp theo",
            "FREQ=MONTHLY;BYMONTHDAY=20",
        ),
        # zm-ninhthuan-snv-quy-che-tiep-cong-dan-2018 (its clause's "ngày tiếp công dân của
        # Giám đốc")
        (
            "Giám đốc Sở trực tiếp tiếp công dân định kỳ vào ngày 15 hàng tháng, nếu ngày tiếp "
            "công dân của Giám đốc trùng vào các ngày nghỉ, ngày lễ theo quy định thì tổ chức vào "
            "ngày làm việc tiếp theo",
            "FREQ=MONTHLY;BYMONTHDAY=15",
        ),
    ],
)
def test_a_day_off_clause_naming_its_day_moves_it_to_the_next_working_day(
    phrase: str, rule: str
) -> None:
    reading = one(phrase)
    assert (reading.kind, reading.rrule) == (R, rule)
    assert reading.qualifier is not None and "ngày làm việc tiếp theo" in reading.qualifier


def test_a_day_off_clause_naming_its_day_moving_it_back_stays_refused() -> None:
    why = refused(
        "vào ngày 20 hàng tháng, nếu các ngày trên trùng vào ngày nghỉ thì tổ chức vào ngày gần "
        "nhất"
    )
    assert "ngày làm việc tiếp theo" in why


def test_one_day_a_month_said_first_agrees_with_its_one_day() -> None:
    # zm-lamdong-stttt-thong-bao-lich-tiep-cong-dan-2020 (refused before: the number "01")
    reading = one(
        "Tổ chức mỗi tháng 01 ngày, vào ngày 20 hàng tháng, nếu các ngày trên trùng vào ngày "
        "nghỉ, ngày lễ thì tổ chức vào ngày làm việc tiếp theo"
    )
    assert (reading.kind, reading.rrule) == (R, "FREQ=MONTHLY;BYMONTHDAY=20")


@pytest.mark.parametrize(
    "phrase",
    [
        "Tổ chức mỗi tháng 02 ngày, vào ngày 20 hàng tháng",  # two days, one named
        "Tổ chức mỗi tháng 01 ngày, vào ngày 20 và 25 hàng tháng",  # one day, two named
    ],
)
def test_a_count_of_days_a_month_that_disagrees_stays_refused(phrase: str) -> None:
    refused(phrase)


def test_the_place_between_a_rule_and_its_day_off_clause_is_no_time() -> None:
    # zm-ninhthuan-snv-quy-che-tiep-cong-dan-2018 (refused before)
    reading = one(
        "Giám đốc Sở trực tiếp tiếp công dân định kỳ vào ngày 15 hàng tháng tại địa điểm tiếp "
        "công dân của Sở Nội vụ, nếu ngày tiếp công dân của Giám đốc trùng vào các ngày nghỉ, "
        "ngày lễ theo quy định thì tổ chức vào ngày làm việc tiếp theo",
        ctx("2018-12-17"),
    )
    assert (reading.kind, reading.rrule) == (R, "FREQ=MONTHLY;BYMONTHDAY=15")
    # a number in the place: refused
    refused(
        "vào ngày 15 hàng tháng tại phòng 3, nếu trùng vào ngày nghỉ thì tổ chức vào ngày làm "
        "việc tiếp theo"
    )


@given(day=st.integers(1, 28), as_of=st.dates(date(2000, 1, 1), date(2099, 12, 31)))
def test_a_monthly_day_with_its_day_off_clause_is_next_due_on_that_day(
    day: int, as_of: date
) -> None:
    reading = one(
        f"vào ngày {day} hàng tháng, nếu các ngày trên trùng vào ngày nghỉ, ngày lễ thì tổ chức "
        "vào ngày làm việc tiếp theo"
    )
    due = next_due(reading.rrule or "", as_of)
    assert due.day == day
    assert as_of <= due <= as_of + timedelta(days=31)


# --- a rhythm with no anchor ----------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zm-baoangiang-trien-khai-tong-dieu-tra-kinh-te-2021 (refused, "không nhận ra" before)
        "Cuộc tổng điều tra thuộc chương trình điều tra thống kê quốc gia, 5 năm tổ chức 1 lần",
        "2 tuần họp 1 lần",
        "Định kỳ 05 năm/lần",
    ],
)
def test_a_rhythm_with_no_anchor_is_refused_saying_so(phrase: str) -> None:
    assert "nhịp lặp lại" in refused(phrase)


# --- the misreads: data, not times of work ------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zm-bnv-bao-cao-1934-cai-cach-hanh-chinh-quy-ii-2009 (read as Q2/2009 before)
        "BÁO CÁO TÌNH HÌNH THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ II/2009",
        "BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2024",
        "BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM 2023",
    ],
)
def test_the_period_in_a_report_s_title_is_its_data(phrase: str) -> None:
    assert "kỳ số liệu" in refused(phrase, ctx("2009-07-10"))


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # not in capitals: an agenda's item, read by convention 10
        (
            "Báo cáo kết quả thực hiện Cuộc vận động năm 2023",
            date(2023, 1, 1),
            date(2023, 12, 31),
        ),
        # another title in capitals: a plan's period
        ("KẾ HOẠCH THỰC HIỆN QUÝ II/2009", date(2009, 4, 1), date(2009, 6, 30)),
        # a deadline in the title
        ("BÁO CÁO KẾT QUẢ THỰC HIỆN TRƯỚC NGÀY 15/7/2009", date(2009, 7, 15), date(2009, 7, 15)),
    ],
)
def test_other_titles_and_report_items_stay_read(phrase: str, first: date, last: date) -> None:
    reading = one(phrase, ctx("2009-07-10"))
    assert (reading.first, reading.last) == (first, last)


def test_a_year_s_sum_of_money_is_a_figure() -> None:
    # zm-btc-cv-14447-thanh-toan-von-dau-tu-2023 (read as the year 2023 before)
    why = refused(
        "Tổng số vốn năm 2023 được Quốc hội quyết nghị là 711.684,386 tỷ đồng, vốn NSTW là "
        "368.403,344 tỷ đồng, vốn NSĐP là 343.281,042 tỷ đồng, trong đó",
        ctx("2023-12-01"),
    )
    assert "con số" in why
    assert "con số" in refused("Kế hoạch vốn năm 2024 được giao là 500 tỷ đồng")
    # a plan's own funds for its year name the year of its work (the lead's reading of
    # "Tổng nguồn vốn thực hiện Chương trình trong năm 2024 là hơn 430 tỷ đồng")
    for funds in (
        "Tổng nguồn vốn thực hiện Chương trình trong năm 2024 là hơn 430 tỷ đồng",
        "Kế hoạch vốn năm 2024 là 500 tỷ đồng",
    ):
        assert one(funds).last == date(2024, 12, 31)
    # a deadline beside the money stays read
    reading = one("Tổng số vốn năm 2023 phải giải ngân hết trước ngày 31/1/2024 là 711 tỷ đồng")
    assert reading.last == date(2024, 1, 31)


def test_the_span_entry_photos_were_taken_in_is_a_condition() -> None:
    # zm-cand-cuoc-thi-anh-di-san-viet-nam-2015 (read as a window 2014-2015 before)
    refused(
        "Ban tổ chức sẽ nhận các tác phẩm dự thi được chụp từ ngày 21/9/2014 đến hết ngày "
        "25/9/2015",
        ctx("2015-06-01"),
    )
    # the days entries are received stay read
    reading = one(
        "Ban tổ chức sẽ nhận các tác phẩm dự thi từ ngày 21/9/2015 đến hết ngày 25/9/2015",
        ctx("2015-06-01"),
    )
    assert (reading.first, reading.last) == (date(2015, 9, 21), date(2015, 9, 25))


# --- a number or a word just before the date --------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # zm-dantri-ha-noi-kh-373-xoa-cho-coc-2025 (the groups' numbers refused before)
        (
            "đối với nhóm 1 gồm các chợ cóc, điểm kinh doanh tự phát lấn chiếm lòng đường, vỉa "
            "hè, là “điểm nóng” ảnh hưởng đến an toàn giao thông, trật tự văn minh đô thị, gây "
            "bức xúc dư luận, phải hoàn thành giải tỏa trước ngày 30/1/2026",
            date(2026, 1, 30),
        ),
        (
            "Đối với nhóm 2 là các chợ cóc, điểm kinh doanh tự phát có dưới 50 hộ kinh doanh, "
            "hoàn thành giải tỏa trước ngày 30/6/2026",
            date(2026, 6, 30),
        ),
        (
            "Nhóm 3 gồm các điểm kinh doanh tự phát có từ 50 đến 100 hộ, hoàn thành giải tỏa "
            "trước ngày 30/12/2026",
            date(2026, 12, 30),
        ),
    ],
)
def test_a_group_s_number_and_a_range_of_households_are_names_and_counts(
    phrase: str, last: date
) -> None:
    assert one(phrase, ctx("2025-12-27")).last == last


@pytest.mark.parametrize(
    "phrase",
    [
        "nhóm 15/9 trước ngày 20/9/2021",  # a day after "nhóm"
        "từ 5 đến 10 ngày trước ngày 30/12/2026",  # a range of days: a count of time
    ],
)
def test_a_day_after_nhom_or_a_range_of_days_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-12-27"))


def test_a_survey_s_forms_by_letter_are_no_damaged_word() -> None:
    # zm-dongvan-ha-giang-tong-ra-soat-ho-ngheo-2021 (refused before: "B" as "Bỏ", "1")
    reading = one("tiến hành rà soát bằng phiếu B,B1,B2 trước ngày 15/9/2021", ctx("2021-10-05"))
    assert reading.last == date(2021, 9, 15)


@pytest.mark.parametrize(
    ("phrase", "issued", "last"),
    [
        # zm-vietbao-tphcm-ban-giao-mat-bang-cong-vien-tuong-niem-2025 (refused before)
        (
            "UBND TPHCM vừa có văn bản chỉ đạo giao Sở Nông nghiệp và Môi trường khẩn trương bàn "
            "giao mặt bằng khu đất tọa lạc tại số 01 Lý Thái Tổ, phường Vườn Lài cho Công ty CP "
            "Tập đoàn Mặt Trời (Sun Group) chậm nhất vào ngày mai - 31/10",
            "2025-10-30",
            date(2025, 10, 31),
        ),
        ("chậm nhất vào ngày mai (31/10)", "2025-10-30", date(2025, 10, 31)),
        ("chậm nhất ngày mai, 31/10/2025", "2025-10-30", date(2025, 10, 31)),
        # tomorrow of the year's last day is in the next year
        ("chậm nhất vào ngày mai - 01/01", "2025-12-31", date(2026, 1, 1)),
    ],
)
def test_tomorrow_glossed_with_its_day_is_that_day(phrase: str, issued: str, last: date) -> None:
    assert one(phrase, ctx(issued)).last == last


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("chậm nhất vào ngày mai - 30/10", "2025-10-30"),  # today, not tomorrow
        ("chậm nhất vào ngày mai - 31/10", "2025-10-29"),
        ("chậm nhất vào ngày mai - 1/1/2025", "2025-12-31"),  # the year disagrees
    ],
)
def test_tomorrow_glossed_with_another_day_is_refused(phrase: str, issued: str) -> None:
    assert "ngày mai" in refused(phrase, ctx(issued))


@given(issued=st.dates(date(2000, 1, 1), date(2099, 12, 30)), ahead=st.integers(0, 3))
def test_tomorrow_is_read_only_when_its_day_is_the_issue_day_s_next(
    issued: date, ahead: int
) -> None:
    day = issued + timedelta(days=ahead)
    phrase = f"hoàn thành chậm nhất vào ngày mai - {day.day}/{day.month}"
    if ahead == 1:
        assert one(phrase, ctx(issued.isoformat())).last == day
    else:
        refused(phrase, ctx(issued.isoformat()))


def test_the_day_word_typed_twice_around_het_is_read_once() -> None:
    # zm-sovhttdl-bac-kan-doi-thoi-gian-cuoc-thi-qua-tang-du-lich-2022 (refused before)
    reading = one(
        "Thời gian nhận sản phẩm dự thi: Từ ngày 01 tháng 4 năm 2022 đến ngày hết ngày 31 tháng "
        "8 năm 2022"
    )
    assert (reading.first, reading.last) == (date(2022, 4, 1), date(2022, 8, 31))


def test_extracurricular_hours_are_a_kind_of_activity_not_an_hour() -> None:
    # zm-gdtx-nha-trang-sgddt-cv-381-di-hoc-tro-lai-2020 (refused before: "giờ")
    reading = one(
        "Các cơ sở giáo dục từ bậc mầm non đến trung học cơ sở; các trung tâm giáo dục kỹ năng "
        "sống, hoạt động giáo dục ngoài giờ chính khoá tiếp tục cho học sinh nghỉ học từ ngày "
        "02/3/2020 cho đến hết ngày 15/3/2020 để phòng, tránh dịch bệnh Covid-19",
        ctx("2020-02-28"),
    )
    assert (reading.first, reading.last) == (date(2020, 3, 2), date(2020, 3, 15))
    # an hour outside ("ngoài giờ" alone) stays a word of time
    refused("làm việc ngoài giờ từ ngày 02/3/2020 đến hết ngày 15/3/2020", ctx("2020-02-28"))


def test_a_fax_number_after_hoac_qua_is_a_way_of_sending() -> None:
    # zm-hepza-tb-1443-bao-cao-trien-khai-du-an-2012 (refused before: "hoặc", the number)
    reading = one("hoặc qua fax: 38294271 trước ngày 14/7/2012", ctx("2012-07-04"))
    assert reading.last == date(2012, 7, 14)
    assert one("hoặc qua email trước ngày 14/7/2012", ctx("2012-07-04")).last == date(2012, 7, 14)
    # two days joined by "hoặc" stay two deadlines
    refused("trước ngày 14/7/2012 hoặc qua fax trước ngày 20/7/2012", ctx("2012-07-04"))


def test_a_round_s_programme_span_frames_its_deadline() -> None:
    # zm-vanhocnghethuathatinh-giai-thuong-hoc-tap-lam-theo-bac-2017 (refused before)
    reading = one(
        "đề nghị các Ban chuyên ngành đôn đốc các hội viên, CTV gửi tác phẩm về tham dự Giải "
        "thưởng đợt 1 giai đoạn 2016 - 2020 về Ban sơ khảo trước ngày 30/9/2017",
        ctx("2017-09-01"),
    )
    assert reading.last == date(2017, 9, 30)
    # a deadline outside the span: one of the two is a typo
    why = refused(
        "tham dự Giải thưởng đợt 1 giai đoạn 2018 - 2020 về Ban sơ khảo trước ngày 30/9/2017",
        ctx("2017-09-01"),
    )
    assert "giai đoạn" in why


def test_the_rounds_a_contest_is_divided_into_are_a_count() -> None:
    # zm-cand-thi-anh-heritage-hanh-trinh-di-san-2013 (refused before: "6")
    reading = one("Cuộc thi sẽ chia thành 6 đợt và kết thúc vào tháng 12/2013")
    assert (reading.first, reading.last) == (date(2013, 12, 1), date(2013, 12, 31))


def test_a_party_letter_numbered_in_thousands_is_a_reference() -> None:
    # zm-baodanang-btv-thanh-uy-cv-4182-dai-hoi-co-so-2020 (refused before: "17-4" beside it)
    reading = one(
        "Ngày 17-4, Ban Thường vụ Thành ủy có Công văn số 4182-CV/TU yêu cầu các cấp ủy, tổ chức "
        "Đảng lãnh đạo, chỉ đạo việc tổ chức đại hội chi bộ trực thuộc đảng uỷ cơ sở và chi bộ cơ "
        "sở, hoàn thành tổ chức đại hội cấp cơ sở trước ngày 15-6-2020",
        ctx("2020-04-17"),
    )
    assert reading.last == date(2020, 6, 15)
    # its signing day after the number is the letter's, never a deadline
    assert one(
        "Thực hiện Công văn số 4182-CV/TU ngày 17/4/2020 của Ban Thường vụ Thành ủy, hoàn thành "
        "trước ngày 15/6/2020",
        ctx("2020-04-20"),
    ).last == date(2020, 6, 15)


def test_a_weekly_rule_beside_a_cited_decision_is_read() -> None:
    # zm-ict-hcm-lich-tiep-cong-dan-stttt (refused before: "only a citation")
    reading = one(
        "Tổ Tiếp công dân theo Quyết định 4142/QĐ-STTTT ngày 22/12/2022 của Giám đốc Sở Thông "
        "tin và Truyền thông chịu trách nhiệm tiếp công dân đến khiếu nại, tố cáo, kiến nghị, "
        "phản ánh từ thứ Hai đến thứ Sáu hàng tuần"
    )
    assert (reading.kind, reading.rrule) == (R, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR")
    # the cadence in the cited text's title is that text's: refused as a citation
    why = refused(
        "Quyết định 4142/QĐ-STTTT ngày 22/12/2022 về việc tiếp công dân vào thứ Hai hàng tuần"
    )
    assert "số hiệu văn bản" in why
    assert "số hiệu văn bản" in refused(
        "theo Quyết định 4142/QĐ-STTTT ngày 22/12/2022 về tiếp công dân hằng năm"
    )


def test_the_police_of_a_numbered_district_quoted_is_no_rule_of_time() -> None:
    # zm-plo-quan-1-tiep-nhan-vu-khi-2020 (refused before: "Theo", then "đến")
    reading = one(
        "Theo Công an quận 1, từ tháng 4-2020 đến hết năm 2020, tại trụ sở các Công an Phường "
        "thuộc Công an Quận 1 sẽ tổ chức tiếp nhận vũ khí, vật liệu nổ, công cụ hỗ trợ do người "
        "dân đến giao nộp"
    )
    assert (reading.first, reading.last) == (date(2020, 4, 1), date(2020, 12, 31))
    # "đến" before a day stays a word of time
    refused("từ tháng 4-2020 đến hết năm 2020 tiếp nhận hồ sơ do công dân đến hết ngày 15/3")
    refused("Theo Công an quận 1 năm 2020, từ tháng 4-2020 đến hết năm 2020")


# --- a report's heading before its rule -------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "rule"),
    [
        # zm-congbao-hcm-qd-1872-2019-bao-cao-doanh-nghiep (refused before: "năm sau")
        (
            "Đối với báo cáo ước thực hiện cả năm: Thời hạn gửi báo cáo chậm nhất ngày 05 tháng "
            "01 năm tiếp theo",
            "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=5",
        ),
        (
            "Báo cáo cả năm: chậm nhất ngày 05 tháng 01 năm tiếp theo",
            "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=5",
        ),
        (
            "Đối với báo cáo tháng: thời hạn gửi báo cáo trước ngày 05 của tháng sau",
            "FREQ=MONTHLY;BYMONTHDAY=5",
        ),
    ],
)
def test_a_report_s_heading_and_its_colon_before_its_day(phrase: str, rule: str) -> None:
    reading = one(phrase, ctx("2019-05-14"))
    assert (reading.kind, reading.rrule) == (R, rule)


def test_a_report_heading_whose_period_disagrees_with_its_day_stays_refused() -> None:
    refused("Báo cáo quý: chậm nhất ngày 05 tháng 01 năm tiếp theo", ctx("2019-05-14"))


def test_a_report_s_heading_before_a_count_from_the_end_of_its_period() -> None:
    # zm-congbao-hcm-qd-1872-2019-bao-cao-doanh-nghiep (refused before: "quý" before the count)
    reading = one(
        "Đối với báo cáo quý: thời hạn gửi báo cáo trong vòng 20 ngày kể từ ngày kết thúc quý",
        ctx("2019-05-14"),
    )
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.direction) == (20, "after")
    assert reading.relative.anchor == "ngày kết thúc quý"
    # another period in the heading than the count's: refused
    refused(
        "Đối với báo cáo tháng: thời hạn gửi báo cáo trong vòng 20 ngày kể từ ngày kết thúc quý",
        ctx("2019-05-14"),
    )
