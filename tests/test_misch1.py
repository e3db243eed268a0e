"""Session 45, family M1 (helper misch1): phrases refused for assorted reasons, where the
words that made the refusal are a way of working or a history told beside the time, not a
condition or a start of it (issue 11: never a silent wrong date; each form's neighbours, the
condition, the negation, the second date, the launch kept as a time, stay refused)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import Context, DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
R = DeadlineKind.RECURRING
W = DeadlineKind.WINDOW

# --- "khi X đến đâu thì Y đến đó": as far as X goes, Y follows; no condition -----------------

# p-nguyenxa-thaibinh-thu-chiem-lam-mua-2022 (UBND xã Nguyên Xá, Thái Bình, 26/05/2022)
AS_FAR_AS = (
    "khi gặt đến đâu thì máy cày dận rạ đến đó để kịp cấy vào khung thời vụ từ 3/7 đến 10/7/2022"
)
NGUYEN_XA = ctx("2022-05-26")


def test_a_way_of_working_after_khi_is_no_condition() -> None:
    reading = one(AS_FAR_AS, NGUYEN_XA)
    assert days(reading) == (W, date(2022, 7, 3), date(2022, 7, 10))


def test_the_idiom_with_a_comma_and_without_thi() -> None:
    phrase = "khi thu hoạch đến đâu, làm đất đến đó để gieo cấy xong trước ngày 10/7/2022"
    assert days(one(phrase, NGUYEN_XA))[2] == date(2022, 7, 10)


@given(st.integers(min_value=1, max_value=9))
def test_the_window_read_is_the_one_printed(day: int) -> None:
    phrase = AS_FAR_AS.replace("từ 3/7", f"từ {day}/7")
    assert days(one(phrase, NGUYEN_XA)) == (W, date(2022, 7, day), date(2022, 7, 10))


def test_a_condition_after_khi_stays_refused() -> None:
    # a refusal neighbour: "khi gặt xong" is an event whose day is not said
    phrase = AS_FAR_AS.replace("gặt đến đâu thì máy cày dận rạ đến đó", "gặt xong thì cày")
    assert "“khi …”" in refused(phrase, NGUYEN_XA)


def test_the_start_of_a_field_is_no_idiom() -> None:
    # a refusal neighbour: "đến đầu" (to the start) folds as "đến đâu" does; the marks decide
    phrase = AS_FAR_AS.replace("gặt đến đâu", "gặt đến đầu bờ")
    assert "“khi …”" in refused(phrase, NGUYEN_XA)


def test_another_condition_after_the_idiom_stays_refused() -> None:
    # refusal neighbours: a second "khi", its day the guidance's
    phrase = AS_FAR_AS.replace("để kịp cấy vào khung thời vụ", ", sau khi có hướng dẫn thì cấy")
    assert "“khi …”" in refused(phrase, NGUYEN_XA)
    phrase = (
        "khi gặt đến đâu thì máy cày dận rạ đến đó, khi có hướng dẫn của Bộ (dự kiến tháng 7/2022)"
    )
    assert "“khi …”" in refused(phrase, NGUYEN_XA)


def test_the_negation_the_condition_the_second_day_stay_refused() -> None:
    for phrase in (
        AS_FAR_AS.replace("để kịp cấy vào khung thời vụ", "để không cấy"),
        AS_FAR_AS.replace("để kịp cấy vào khung thời vụ", "nếu trời mưa thì cấy"),
        AS_FAR_AS + " hoặc 15/7/2022",
        AS_FAR_AS.replace("để kịp cấy vào khung thời vụ", ", đã tổ chức cấy"),
    ):
        assert refused(phrase, ctx("2022-08-01"))


# --- who launched a yearly event and since when, before its days of each year ---------------

# v-cdcbinhduong-tuan-le-nuoc-sach-2024 (CDC Bình Dương, 2024; the page prints no date)
LAUNCHED = (
    "Tuần lễ Quốc gia Nước sạch và vệ sinh môi trường do Thủ tướng Chính phủ phát động từ năm "
    "1998, được tổ chức từ ngày 29/4 đến ngày 6/5 hằng năm, nhằm góp phần làm thay đổi chất "
    "lượng và điều kiện sống của người dân"
)


def test_the_launch_before_a_yearly_week_is_its_history() -> None:
    reading = one(LAUNCHED)
    assert reading.kind is R
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=6"
    assert reading.earliest is None  # 1998 is the first week's year, no start of this one


def test_the_launch_on_a_dated_page_before_it() -> None:
    assert one(LAUNCHED, ctx("2024-04-20")).kind is R


def test_a_launch_not_before_the_page_stays_refused() -> None:
    # refusal neighbours: launched in the page's year or after it, no history told
    assert refused(LAUNCHED.replace("1998", "2025"), ctx("2024-04-20"))
    assert refused(LAUNCHED, ctx("1997-04-20"))


def test_a_launch_beside_a_week_of_one_year_keeps_its_readings() -> None:
    # a neighbour: without "hằng năm" the launch is not blanked, its "từ năm 1998" read as it
    # was (a start of its own, then the week of the year): never one window of 1998
    phrase = LAUNCHED.replace(" hằng năm, nhằm góp phần", "/2024, nhằm góp phần").split(",")[0:2]
    readings = parse_deadlines(",".join(phrase), ctx("2024-04-20"))
    assert [r.last for r in readings if r.kind is W] == [date(2024, 5, 6)]


def test_the_launch_and_a_condition_or_a_second_year_stay_refused() -> None:
    # refusal neighbours
    assert refused(LAUNCHED.replace("hằng năm", "hằng năm nếu có kinh phí"))
    assert refused(LAUNCHED.replace("hằng năm", "hằng năm, không tổ chức năm 2025"))


# --- the mode a step is held in, before its day, the whole cell under the step's header ------

# c-doanhnghiepthuonghieu-lich-tuu-truong-2021-2022 (issued 13/08/2021), header "Khai giảng"
OPENING = Context(issued=date(2021, 8, 13), header="Khai giảng")


def test_an_opening_held_online_reads_its_day() -> None:
    assert days(one("Trực tuyến 5/9", OPENING)) == (D, date(2021, 9, 5), date(2021, 9, 5))


@given(
    st.dates(date(2021, 8, 14), date(2021, 12, 31)), st.sampled_from(["Trực tuyến", "trực tiếp"])
)
def test_the_day_after_the_mode_is_the_one_printed(day: date, mode: str) -> None:
    assert days(one(f"{mode} {day.day}/{day.month}", OPENING)) == (D, day, day)


def test_the_mode_without_its_column_stays_refused() -> None:
    # a refusal neighbour: out of a table, a word before a day with no joining word
    assert "thiếu từ nối" in refused("Trực tuyến 5/9", ctx("2021-08-13"))


def test_more_than_the_mode_and_its_day_stays_refused() -> None:
    # refusal neighbours: an event's name, a negation, a second day, a past year
    for phrase in (
        "Hội nghị trực tuyến 5/9",
        "Không trực tuyến 5/9",
        "Trực tuyến 5/9, trực tiếp 6/9",
        "Trực tuyến 5/9 hoặc 6/9",
        "Trực tuyến 5/9/2020",
    ):
        assert refused(phrase, OPENING)


# --- the signing day named as a start, its date in parentheses closing the phrase ------------

# v-sggp-an-giang-9-xa-an-toan-khu-2025 (SGGP, 30/12/2025)
SIGNED = (
    "9 xã An toàn khu trên được thực hiện chính sách ưu đãi theo các quy định hiện hành và được "
    "hưởng kể từ ngày quyết định được ký (28-12-2025)"
)
SGGP = ctx("2025-12-30")


def test_a_start_at_the_signing_day_glossed_reads_that_day() -> None:
    reading = one(SIGNED, SGGP)
    assert reading.earliest == date(2025, 12, 28)
    assert (reading.first, reading.last) == (None, None)  # a start, no due day


@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.sampled_from(["ký", "ban hành"]))
def test_a_decision_in_force_from_its_day_glossed(day: date, verb: str) -> None:
    phrase = f"Quyết định có hiệu lực kể từ ngày {verb} ({day:%d/%m/%Y})."
    assert one(phrase, ctx(day.isoformat())).earliest == day


def test_the_glossed_start_told_done_negated_or_conditioned_stays_refused() -> None:
    # refusal neighbours: a start told done (ruling 33), a negation, a condition
    assert refused(SIGNED.replace("và được hưởng", "và đã được hưởng"), SGGP)
    assert refused("Quyết định đã có hiệu lực kể từ ngày ký (28-12-2025).", SGGP)
    assert refused(SIGNED.replace("và được hưởng", "và không được hưởng"), SGGP)
    assert refused(SIGNED.replace("9 xã", "nếu đủ điều kiện thì 9 xã"), SGGP)


def test_a_second_day_or_more_words_after_the_gloss_stay_refused() -> None:
    # refusal neighbours: only one day, alone in the parentheses, closing the phrase
    for phrase in (
        SIGNED + ", hoàn thành trước ngày 15/1/2026",
        SIGNED + " và ngày 5/1/2026",
        SIGNED.replace("(28-12-2025)", "(28-12-2025 hoặc 29-12-2025)"),
        SIGNED.replace("(28-12-2025)", "(dự kiến 28-12-2025)"),
        SIGNED.replace("(28-12-2025)", "(28-12)"),
    ):
        assert refused(phrase, SGGP)


# --- "hơn mọi năm" (than in other years) and "không thể thiếu" (indispensable) after a span --

# m-dulichvn-ben-tre-le-hoi-dua-2019 (Du lịch Việt Nam, 2019; the page prints no date)
COCONUTS = (
    "Dự kiến, Lễ hội Dừa 2019 sẽ được tổ chức từ ngày 14/11 đến hết ngày 18/11/2019 với thành "
    "phần tham gia đa dạng hơn mọi năm gồm: thành viên các nước trong Hiệp hội Dừa châu Á - Thái "
    "Bình Dương, những tỉnh thành có thế mạnh về dừa trên khắp cả nước, doanh nghiệp trồng, chế "
    "biến, xuất khẩu dừa và đặc biệt nhất không thể thiếu cộng đồng nông dân trồng dừa tại tỉnh "
    "Bến Tre."
)


def test_a_comparison_with_other_years_after_a_span_is_no_cadence() -> None:
    assert days(one(COCONUTS)) == (W, date(2019, 11, 14), date(2019, 11, 18))


def test_the_comparison_alone_or_with_a_count_stays_refused() -> None:
    # refusal neighbours: no time of its own; a count after it is another time
    assert refused("Báo cáo hơn mọi năm")
    assert refused("Lễ hội Dừa tổ chức từ ngày 14/11 đến hết ngày 18/11 hơn mọi năm 2 ngày")
    # "như mọi năm" (as every year) before a cadence stays the note it is refused as
    assert "mọi năm" in refused("Báo cáo như mọi năm")


def test_the_span_negated_told_done_or_beside_another_day_stays_refused() -> None:
    # refusal neighbours
    for phrase in (
        COCONUTS.replace("sẽ được tổ chức", "sẽ không được tổ chức"),
        COCONUTS.replace("Dự kiến, Lễ hội Dừa 2019 sẽ được", "Lễ hội Dừa 2019 đã"),
        COCONUTS.replace("18/11/2019", "18/11/2019 và ngày 20/11/2019"),
        COCONUTS.replace("không thể thiếu", "không có"),
    ):
        assert refused(phrase, ctx("2019-12-01"))


# --- a contest's week by its order, opening the line before its colon -------------------------

# l-binh-phuoc-cuoc-thi-khat-vong-25-nam (the page prints no date; five weeks of a contest)
CONTEST_WEEK = (
    "- Tuần 1: bắt đầu vào lúc 9h00’ ngày 15/11/2021 và kết thúc vào 23h59’ ngày 21/11/2021."
)


def test_a_contests_first_week_reads_its_seven_days() -> None:
    assert days(one(CONTEST_WEEK)) == (W, date(2021, 11, 15), date(2021, 11, 21))


@given(st.dates(date(2020, 3, 1), date(2030, 12, 20)), st.integers(1, 12))
def test_a_contests_week_far_below_the_years_reads(first: date, number: int) -> None:
    last = first + (date(2021, 1, 7) - date(2021, 1, 1))
    phrase = f"Tuần {number}: từ ngày {first:%d/%m/%Y} đến ngày {last:%d/%m/%Y}"
    if number <= first.isocalendar().week - 3:
        assert days(one(phrase)) == (W, first, last)
    elif number != first.isocalendar().week:
        assert "không phải tuần" in refused(phrase)


def test_a_week_of_the_year_mistyped_stays_refused() -> None:
    # refusal neighbours: a number near the year's week, or too many weeks for a contest
    for number in (44, 45, 47, 43):
        assert "tuần 46" in refused(CONTEST_WEEK.replace("Tuần 1", f"Tuần {number}"))


def test_a_week_not_of_seven_days_or_not_opening_its_line_stays_refused() -> None:
    # refusal neighbours: six or eight days, no colon, a schedule's week in parentheses
    for phrase in (
        CONTEST_WEEK.replace("21/11/2021", "20/11/2021"),
        CONTEST_WEEK.replace("21/11/2021", "22/11/2021"),
        CONTEST_WEEK.replace("Tuần 1:", "Tuần 1"),
        "Lịch làm việc tuần 1 (từ ngày 15/11/2021 đến ngày 21/11/2021)",
        "Tuần 1: không tổ chức từ ngày 15/11/2021 đến ngày 21/11/2021",
        "Tuần 1: từ ngày 15/11/2021 đến ngày 21/11/2021 hoặc 28/11/2021",
    ):
        assert refused(phrase)
