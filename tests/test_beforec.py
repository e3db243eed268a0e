"""Numbers and words before a deadline (session 40, family W: "số … / từ … đứng trước thời
hạn"): a number that is a label — a law's amendment year, the years an anniversary counts,
the call-up a health check is for, the hours of the one day — is read as such and moves no
day; a number or word that may change the date stays refused with its reason (issue 11:
never a silent wrong date). Real phrases from the corpus, and the neighbours that must stay
refused."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import Context, DeadlineKind

W = DeadlineKind.WINDOW
NO_DAY = ctx()  # these pages print no date of their own (`issued: null`)


# --- a law cited by its article, its year and its amendment ----------------------------------


def test_the_law_s_amendment_year_in_parentheses_names_it() -> None:
    # tests/corpus/zt-tvpl-nghia-vu-quan-su-2026-nhung-dieu-can-biet.yaml
    # refused on main: "số “2025” đứng trước thời hạn mà không được đọc"
    reading = one(
        "Căn cứ khoản 5 Điều 40 Luật Nghĩa vụ quân sự 2015 (sửa đổi 2025) thì thời gian khám "
        "sức khoẻ từ ngày 01 tháng 11 đến hết ngày 31 tháng 12 hằng năm",
        NO_DAY,
    )
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"


def test_a_year_in_parentheses_that_amends_nothing_stays_checked() -> None:
    # the neighbour: "(năm 2025)" after a law is no amendment, a second time
    why = refused(
        "Căn cứ khoản 5 Điều 40 Luật Nghĩa vụ quân sự 2015 (năm 2025) thì thời gian khám sức "
        "khoẻ từ ngày 01 tháng 11 đến hết ngày 31 tháng 12 hằng năm",
        NO_DAY,
    )
    assert "2025" in why


def test_the_law_s_article_that_sets_the_health_check_is_no_time() -> None:
    # tests/corpus/o-thuvienphapluat-kham-nvqs-2025.yaml: refused on main ("từ “theo” …");
    # the call-up of 2025 is examined from 1/11 to 31/12/2024 (Luật NVQS 2015, Điều 40)
    reading = one(
        "Theo khoản 4 Điều 40 Luật Nghĩa vụ quân sự 2015 quy định thời gian khám sức khỏe "
        "nghĩa vụ quân sự 2025 sẽ từ ngày 01/11/2024 đến hết ngày 31/12/2024",
        NO_DAY,
    )
    assert reading.kind is W
    assert (reading.first, reading.last) == (date(2024, 11, 1), date(2024, 12, 31))


def test_a_call_up_year_the_days_do_not_fit_stays_refused() -> None:
    # the neighbour: the call-up of 2026 is not examined in late 2024
    why = refused(
        "Theo khoản 4 Điều 40 Luật Nghĩa vụ quân sự 2015 quy định thời gian khám sức khỏe "
        "nghĩa vụ quân sự 2026 sẽ từ ngày 01/11/2024 đến hết ngày 31/12/2024",
        NO_DAY,
    )
    assert "2026" in why


def test_the_law_cited_before_a_cadence_stays_checked() -> None:
    # the neighbour: "theo" a law with no verb of its own before the time stays a word of time
    why = refused("Theo Luật Nghĩa vụ quân sự hằng năm trước ngày 31/12/2024", NO_DAY)
    assert "last_day" in why


# --- an anniversary's count of years ----------------------------------------------------------


def test_the_years_of_a_province_s_founding_are_no_length() -> None:
    # tests/corpus/zk-reviewnhatrang-le-ky-niem-370-nam-khanh-hoa-2023.yaml
    # refused on main: "số “370” đứng trước thời hạn mà không được đọc"
    reading = one(
        "các hoạt động hưởng ứng chương trình 370 năm hình thành và phát triển tỉnh Khánh Hòa "
        "sẽ kéo dài trong suốt năm 2023",
        NO_DAY,
    )
    assert reading.kind is W
    assert (reading.first, reading.last) == (date(2023, 1, 1), date(2023, 12, 31))


def test_a_count_of_years_of_work_stays_refused() -> None:
    # the neighbour: "370 năm" before anything but "hình thành và phát triển" is unexplained
    why = refused(
        "các hoạt động hưởng ứng chương trình 370 năm tỉnh Khánh Hòa sẽ kéo dài trong suốt năm "
        "2023",
        NO_DAY,
    )
    assert "370" in why


# --- the hours of one day, said with their parts of the day -----------------------------------


def test_hours_with_their_parts_of_the_day_are_of_that_day() -> None:
    # tests/corpus/z-yeuquangbinh-dong-ha-tam-dung-cap-nuoc-2020.yaml
    # refused on main: "số “7” đứng trước thời hạn mà không được đọc"
    reading = one("từ 7h30 sáng cho đến trước 17h chiều ngày 11/3/2020", NO_DAY)
    assert (reading.first, reading.last) == (date(2020, 3, 11), date(2020, 3, 11))


def test_an_hour_its_part_of_the_day_contradicts_stays_refused() -> None:
    # the neighbours: "17h sáng" is no morning hour; from 20:00 to 17:00 is no span of one day
    assert "17h sáng" in refused("từ 7h30 sáng đến 17h sáng ngày 11/3/2020", NO_DAY)
    assert "20:00" in refused("từ 8h tối đến 17h chiều ngày 11/3/2020", Context(issued=None))


# --- a lunar occasion named with its own lunar day --------------------------------------------


def test_the_occasion_s_own_lunar_day_names_the_holiday() -> None:
    # tests/corpus/m-ninh-thuan-tb-28-nghi-le-2019.yaml: refused on main ("từ “tháng” …");
    # Giỗ Tổ is the 10th of the third lunar month every year (Bộ luật Lao động 2019, Điều 112)
    reading = one(
        "Theo đó, Ngày giỗ tổ Hùng Vương (mùng 10 tháng 3 Âm lịch), cán bộ, công chức, viên "
        "chức được nghỉ 03 ngày, từ ngày 13/4/2019 đến hết ngày 15/4/2019.",
        ctx("2019-04-01"),
    )
    assert reading.kind is W
    assert (reading.first, reading.last) == (date(2019, 4, 13), date(2019, 4, 15))


def test_the_occasion_s_gloss_with_its_cycle_year_before_its_day() -> None:
    # tests/corpus/zs-bantuyengiao-cantho-nghi-le-gio-to-30-4-1-5-2020.yaml
    # refused on main: "số “10” đứng trước thời hạn mà không được đọc"
    reading = one(
        "Theo đó, tất cả cán bộ, công chức, viên chức và người lao động thuộc các cơ quan Nhà "
        "nước, các đơn vị sự nghiệp, trường học, bệnh viện, các doanh nghiệp, chiến sĩ lực "
        "lượng vũ trang Nhân dân được nghỉ ngày Giỗ tổ Hùng Vương (10 tháng 3 ÂL - Canh Tý) "
        "nhằm ngày thứ năm (ngày 02/4/2020)",
        ctx("2020-03-20"),
    )
    assert (reading.first, reading.last) == (date(2020, 4, 2), date(2020, 4, 2))


def test_another_lunar_day_after_the_occasion_stays_a_time() -> None:
    # the neighbour: "(mùng 11 tháng 3 Âm lịch)" is not Giỗ Tổ's day, a time of its own
    why = refused(
        "Ngày giỗ tổ Hùng Vương (mùng 11 tháng 3 Âm lịch), cán bộ được nghỉ 03 ngày, từ ngày "
        "13/4/2019 đến hết ngày 15/4/2019.",
        ctx("2019-04-01"),
    )
    assert "tháng" in why


def test_the_occasion_s_day_is_still_checked_against_one_day() -> None:
    # the neighbour: 03/4/2020 is the 11th of the third lunar month, no Giỗ Tổ
    why = refused(
        "được nghỉ ngày Giỗ tổ Hùng Vương (10 tháng 3 ÂL - Canh Tý) nhằm ngày thứ sáu (ngày "
        "03/4/2020)",
        ctx("2020-03-20"),
    )
    assert "03/04/2020" in why


# --- an event's length, held within the window after it ---------------------------------------


def test_a_three_day_congress_in_its_month_reads_the_month() -> None:
    # tests/corpus/zo-baohaiduong-dai-hoi-dang-bo-tinh-xvii-thang-10-2020.yaml
    # refused on main: "số “3” đứng trước thời hạn mà không được đọc"
    reading = one(
        "Theo kế hoạch của Tỉnh ủy, Đại hội Đảng bộ tỉnh lần thứ XVII nhiệm kỳ 2020-2025 sẽ "
        "được tiến hành trong 3 ngày, dự kiến tổ chức vào tháng 10.2020",
        ctx("2020-07-01"),
    )
    assert reading.kind is W
    assert (reading.first, reading.last) == (date(2020, 10, 1), date(2020, 10, 31))


def test_a_length_without_within_stays_refused() -> None:
    # the neighbour: "tổ chức 01 ngày, từ ngày 28/6 đến 06/7": which day of the nine?
    why = refused("Kỳ họp dự kiến tổ chức 01 ngày, từ ngày 28/6 đến 06/7/2021", ctx("2021-06-10"))
    assert "01" in why


def test_a_length_longer_than_its_month_stays_refused() -> None:
    # the neighbour: forty days cannot be held within October
    why = refused(
        "Đại hội sẽ được tiến hành trong 40 ngày, dự kiến tổ chức vào tháng 10.2020",
        ctx("2020-07-01"),
    )
    assert "40" in why


def test_a_session_within_a_span_reads_the_span() -> None:
    # tests/corpus/zt-kimthanh-hdnd-huyen-lien-tich-ky-hop-thu-nhat-2021.yaml: one day within
    # the nine (the lead's ruling of session 50; it was held refused since session 39)
    reading = one(
        "Kỳ họp dự kiến tổ chức 01 ngày, trong khoảng từ ngày 28/6 đến 06/7/2021", ctx("2021-06-07")
    )
    assert (reading.first, reading.last) == (date(2021, 6, 28), date(2021, 7, 6))
    assert "01 ngày" in (reading.gloss or "")


# --- the hours of each day, before the window -------------------------------------------------


def test_daily_hours_before_a_window_read_the_window() -> None:
    # tests/corpus/ze-vnua-thu-hoc-phi-lop-he-2025.yaml
    # refused on main: "số “05” đứng trước thời hạn mà không được đọc"
    reading = one(
        "3. Lịch thu tiền: SV thực hiện thanh toán học phí của các học phần nhóm riêng biệt "
        "trong khoảng thời gian từ 05h00 đến 22h00 hàng ngày, từ ngày 08/7/2025 đến ngày "
        "20/7/2025",
        NO_DAY,
    )
    assert reading.kind is W
    assert (reading.first, reading.last) == (date(2025, 7, 8), date(2025, 7, 20))


def test_hours_without_their_cadence_before_a_window_stay_refused() -> None:
    # the neighbour: "từ 05h00 đến 22h00," with no "hằng ngày": of which day?
    why = refused("SV thanh toán từ 05h00 đến 22h00, từ ngày 08/7/2025 đến ngày 20/7/2025", NO_DAY)
    assert "05" in why
