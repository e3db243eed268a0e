"""Phrases refused as 'không nhận ra thời hạn' whose time part reads and whose other words
name no time (issue 11 §1, branch n1c, family N1): the congress a day greets with its
edition in digits, a sum paid per head and per month, a count of shows per day. Each with
the real phrase that motivated it (its corpus file named) and the neighbours that must
stay refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


def test_a_congress_greeted_with_its_edition_in_digits_is_its_name() -> None:
    # t-vnexpress-khanh-thanh-khoi-cong-19-12-2025
    phrase = (
        "Thủ tướng Phạm Minh Chính yêu cầu chuẩn bị tổ chức lễ khánh thành, khởi công đồng loạt "
        "các dự án, công trình lớn vào ngày 19/12, chào mừng Đại hội đại biểu toàn quốc lần thứ "
        "14 của Đảng"
    )
    day = date(2025, 12, 19)
    assert days(one(phrase, ctx("2025-09-05"))) == (D, day, day)


def test_an_edition_without_its_congress_or_with_a_day_stays_refused() -> None:
    issued = ctx("2025-09-05")
    # a bare "lần thứ 14": a round of the step?
    refused("tổ chức lễ khánh thành vào ngày 19/12, chào mừng lần thứ 14 của Đảng", issued)
    # the number written as a day after the edition's words
    refused("tổ chức lễ khánh thành vào ngày 19/12, chào mừng Đại hội lần thứ 14/2", issued)
    # a second day after the congress greeted
    refused(
        "tổ chức lễ khánh thành vào ngày 19/12, chào mừng Đại hội lần thứ 14 vào ngày 20/1",
        issued,
    )
    # a second round told after the day
    refused("tổ chức lễ khánh thành vào ngày 19/12 (lần thứ 2)", issued)


def test_a_sum_per_head_and_month_after_the_span_is_a_rate() -> None:
    # v-stttt-ha-giang-ho-tro-covid-2020
    phrase = (
        "Các đối tượng người có công, đối tượng bảo trợ xã hội được hỗ trợ 1.500.000 đồng cho 3 "
        "tháng, từ tháng 4 đến tháng 6 năm 2020 (mức hỗ trợ 500.000 đồng/người/tháng)"
    )
    assert days(one(phrase, ctx("2020-04-29"))) == (W, date(2020, 4, 1), date(2020, 6, 30))


def test_a_rate_with_a_number_after_its_month_stays_refused() -> None:
    issued = ctx("2020-04-29")
    span = "được hỗ trợ từ tháng 4 đến tháng 6 năm 2020 "
    refused(span + "(mức hỗ trợ 500.000 đồng/người/tháng 7)", issued)  # "tháng 7": July?
    refused(span + "(mức hỗ trợ 500.000 đồng/tháng 7)", issued)
    refused(span + "(mức hỗ trợ 500.000 đồng/người/tháng/2021)", issued)
    refused(span + "(mức hỗ trợ 500 đồng/người/tháng)", issued)  # no thousands: which sum?


def test_shows_a_day_before_the_span_are_a_count() -> None:
    # t-thanhnien-chuong-trinh-mung-nam-moi-binh-ngo-2026
    phrase = (
        "Biểu diễn múa rối nước, cạn và diễn xướng (5 suất/ngày) từ 18 - 22.2 (từ mùng 2 - 6 "
        "tháng giêng) tại Khu di sản Hoàng thành Thăng Long"
    )
    reading = one(phrase, ctx("2026-02-12"))
    assert days(reading) == (W, date(2026, 2, 18), date(2026, 2, 22))
    assert reading.label is not None and "5 suất/ngày" in reading.label


def test_a_count_a_day_with_a_number_after_it_stays_refused() -> None:
    issued = ctx("2026-02-12")
    refused(
        "Biểu diễn múa rối nước (5 suất/ngày 17) từ 18 - 22.2 (từ mùng 2 - 6 tháng giêng)", issued
    )


def test_teams_drawn_from_the_villages_after_the_span_are_no_start() -> None:
    # x-baogialai-xa-van-duc-dai-hoi-tdtt-2026
    phrase = (
        "Đại hội Thể dục thể thao xã Vạn Đức lần thứ I năm 2026 được tổ chức từ tháng 2 đến "
        "tháng 5 năm 2026, với sự tham gia của 06 đoàn được ghép từ các thôn và các cơ quan, "
        "đơn vị trên địa bàn xã"
    )
    assert days(one(phrase, ctx("2026-02-07"))) == (W, date(2026, 2, 1), date(2026, 5, 31))


def test_from_the_days_or_a_start_after_the_villages_stays_refused() -> None:
    issued = ctx("2026-02-07")
    span = "Đại hội Thể dục thể thao xã được tổ chức từ tháng 2 đến tháng 5 năm 2026, "
    refused(span + "với các đoàn được ghép từ các ngày 5", issued)
    refused(span + "với các đoàn từ các thôn từ tháng 6", issued)


def test_round_the_clock_is_no_day_and_the_refusal_names_what_is_left() -> None:
    # zb-thanhnien-tphcm-rac-cao-diem-tet-binh-ngo-2026: "24/24" (no month 24) is round the
    # clock; the phrase stays refused for "đến khu xử lý trong ngày" after the span, and says so
    issued = ctx("2026-01-21")
    phrase = (
        "Đề nghị các đơn vị xử lý rác tại các khu liên hợp xử lý chất thải rắn bố trí tiếp nhận "
        "rác 24/24 kể từ ngày 13 - 16.2 để đảm bảo cho công tác vận chuyển toàn bộ rác của thành "
        "phố đến khu xử lý trong ngày"
    )
    assert "“đến”" in refused(phrase, issued)
    short = "Đề nghị các đơn vị bố trí tiếp nhận rác 24/24 kể từ ngày 13 - 16.2"
    assert days(one(short, issued)) == (W, date(2026, 2, 13), date(2026, 2, 16))
    # a year after it makes it a day (of no month): a second date, refused
    refused("Đề nghị các đơn vị bố trí tiếp nhận rác 24/24/2026 kể từ ngày 13 - 16.2", issued)


R = DeadlineKind.RECURRING


def test_a_bare_cadence_opening_its_step_is_a_cadence_without_a_day() -> None:
    # ze-vnexpress-giai-dap-bao-hiem-that-nghiep (expected {kind: recurring}: the day is each
    # person's appointment)
    phrase = (
        "Hàng tháng, người lao động phải đến trung tâm dịch vụ việc làm thực hiện thông báo tìm "
        "kiếm việc làm theo quy định"
    )
    reading = one(phrase)
    assert days(reading) == (R, None, None)
    assert reading.label is not None and reading.label.startswith("người lao động phải đến")


def test_a_bare_cadence_with_a_time_in_its_step_stays_refused() -> None:
    refused("Hàng tháng, người lao động phải đến vào tuần đầu theo quy định")
    refused("Hàng tháng, người lao động phải đến trung tâm theo quy định năm 2013")
    refused("Hằng năm, các đơn vị báo cáo 2 lần")
    refused("Hằng quý, các đơn vị báo cáo đầu quý")
    # a condition the step waits on, with no day of the rule
    refused("Hằng năm, sau khi tổng kết, các đơn vị báo cáo")
    # (u-ccptnt's "+ Hằng năm, … trên địa bàn trong năm gửi …", held refused here, is read by
    # branch n2c's cadencefirst as its corpus file expects: the lead's merge of session 40)


def test_a_dotted_day_after_at_the_latest_is_that_day() -> None:
    # z-thanhnien-hdbcqg-cong-bo-ket-qua-bau-cu-25-3-2026 (the title; the page's year)
    phrase = "Chủ tịch Quốc hội: Công bố kết quả bầu cử chậm nhất vào 25.3"
    day = date(2026, 3, 25)
    assert days(one(phrase, ctx("2026-02-26"))) == (D, day, day)


def test_a_dotted_count_or_a_dotted_list_after_at_the_latest_stays_refused() -> None:
    issued = ctx("2026-02-26")
    refused("Công bố kết quả bầu cử chậm nhất 1.5 tháng", issued)  # a count of months
    refused("Công bố kết quả bầu cử chậm nhất vào 2.000 người", issued)
    refused("Công bố kết quả bầu cử chậm nhất vào 25.3 và 30.3", issued)  # two days
    refused("Công bố kết quả bầu cử chậm nhất vào 32.3", issued)  # no such day


def test_a_yearly_day_named_with_its_short_name_in_parentheses_reads_yearly() -> None:
    # v-tienphong-thang-thanh-nien-hang-nam (expected {kind: recurring})
    assert days(one("Đảng, Nhà nước dành riêng tháng Ba hằng năm là Tháng Thanh niên (TTN)")) == (
        R,
        None,
        None,
    )
    # l-luat-pbgdpl-ngay-phap-luat (expected FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=9)
    phrase = (
        "Điều 8 của Luật quy định: “Ngày 9 tháng 11 hằng năm là Ngày Pháp luật nước Cộng hoà xã "
        "hội chủ nghĩa Việt Nam” (Ngày Pháp luật Việt Nam)"
    )
    reading = one(phrase, ctx("2022-11-11"))
    assert reading.kind is R and reading.rrule == "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=9"


def test_a_time_in_the_parentheses_after_the_name_stays_refused() -> None:
    named = "Đảng, Nhà nước dành riêng tháng Ba hằng năm là Tháng Thanh niên "
    refused(named + "(trừ năm nay)")
    refused(named + "(từ năm 2030)")
    refused(named + "(đến tháng Tư)")
    refused(named + "(ngày nghỉ)")
    refused("Ngày 9 tháng 11 hằng năm là Ngày Pháp luật (hoặc ngày 10 tháng 11)")


def test_a_cadence_whose_step_lists_who_with_commas_reads_yearly() -> None:
    # z-nguoitieudung-thang-hanh-dong-attp-2021, its work said without its own month (the
    # page's "tổ chức “Tháng hành động …”" is refused since ruling 41(f): a month of action
    # has its own month, test_lead41)
    head = (
        "về việc tiếp tục đẩy mạnh công tác bảo đảm an toàn thực phẩm và phòng chống ngộ độc "
        "thực phẩm trong tình hình mới, trong đó hằng năm các Bộ, ngành, địa phương tổ chức "
    )
    assert days(one(head + "kiểm tra an toàn thực phẩm")) == (R, None, None)
    refused(head + "“Tháng hành động vì an toàn thực phẩm”")


def test_a_time_after_the_listed_step_stays_refused() -> None:
    refused("hằng năm các Bộ, ngành, địa phương tổ chức Tháng hành động, cuối năm")
    refused("hằng năm các Bộ, ngành báo cáo vào dịp Tết")
    refused(
        "hằng năm các Bộ, ngành, địa phương tổ chức Tháng hành động vì an toàn thực phẩm, tháng 4"
    )
    # zi-congan-hung-yen-khuyen-cao-pccc-tet-binh-ngo-2026 (expected refuse): "thường xuyên"
    # as an adverb before a listed step is no ongoing work; only a cadence's step may list
    refused(
        "1. Thường xuyên kiểm tra các thiết bị điện, tránh để các sự cố chập cháy do hư hỏng và "
        "tuổi thọ của các thiết bị"
    )
