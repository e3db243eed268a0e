"""Forms tuned on the v- set (branch tune-v): the four false deadlines of its first run refused
as general rules (a step told as done, a document's issue day told as news, the period an
inspection covers), then the refusals grouped by cause and the general ones read. Each rule
with the real phrases that motivated it (their corpus file named) and the look-alikes that
must stay refused or read otherwise (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

W, D, R = DeadlineKind.WINDOW, DeadlineKind.DATE, DeadlineKind.RECURRING


# --- a step told as done, its object between "đã hoàn thành" and the day --------------------


def test_a_step_told_as_done_is_no_deadline() -> None:
    # v-24h-ha-noi-tuyen-sinh-dau-cap-2021.yaml: the Sở had issued the pupils' codes already
    why = refused(
        "Sở Giáo dục và Đào tạo đã hoàn thành cấp mã học sinh xong trước ngày 28/5/2021",
        None,
    )
    assert "đã xong" in why


def test_those_done_and_their_own_deadline_still_read() -> None:
    # the look-alike: "đã hoàn thành" names who, "phải" sets what they must do, and by when
    phrase = "Các xã đã hoàn thành nông thôn mới phải nộp hồ sơ trước ngày 28/5/2021"
    assert read_days(phrase) == (D, "2021-05-28", "2021-05-28")


# --- a document's issue day told as news (breaker11's news.refuse_issuing_told) -------------


@pytest.mark.parametrize(
    "phrase",
    [
        # v-stttt-ha-giang-ho-tro-covid-2020.yaml: "số:" as a letter's heading prints it
        "Ngày 29/2/2020, UBND tỉnh đã ban hành văn bản số: 670/HD-UBND hướng dẫn triển khai"
        " thực hiện hỗ trợ cho các đối tượng",
        # w-press-tump-nd-56-2015-danh-gia-can-bo.yaml
        "Ngày 09 tháng 6 năm 2015, Thủ tướng Nguyễn Tấn Dũng đã ký Nghị định số: 56/2015/NĐ-CP"
        " về đánh giá và phân loại cán bộ, công chức, viên chức.",
        # no number at all: the day is still the guidance's
        "Ngày 29/2/2020, UBND tỉnh vừa ban hành hướng dẫn hỗ trợ người có công",
    ],
)
def test_a_document_issued_on_the_day_that_opens_the_phrase(phrase: str) -> None:
    assert "ngày của văn bản" in refused(phrase)


# --- the period an inspection or an audit covers ---------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # v-dantri-ttcp-thanh-tra-y-te-2026.yaml (Luật Thanh tra 2022: "thời kỳ thanh tra")
        "Thời kỳ thanh tra trong giai đoạn 2024-2025",
        # v-thanhtra-tuyen-quang-qd-16-covid-2022.yaml, without its clause after
        "Thời kỳ thanh tra từ 1/1/2020-31/12/2021",
        # v-nghean24h-thanh-tra-tinh-thanh-hoa-2026.yaml: the accounts of 2021-2025
        "hàng loạt trường học công lập sẽ được thanh tra hoạt động thu, chi tài chính giai đoạn"
        " 2021–2025",
        "Thanh tra việc quản lý, sử dụng đất đai trong giai đoạn 2021-2025",
        "kiểm toán báo cáo tài chính niên độ 2025",
    ],
)
def test_the_period_inspected_is_no_deadline(phrase: str) -> None:
    assert "thời kỳ được thanh tra" in refused(phrase)


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # h-baokhanhhoa-ke-hoach-kiem-tra-cchc-2022.yaml: a plan of checks named by its year
        ("Kế hoạch kiểm tra công tác cải cách hành chính (CCHC) năm 2022", "2022-01-01",
         "2022-12-31"),
        # a plan named by its period, and the checks themselves in it: when they run
        ("Kế hoạch thanh tra giai đoạn 2026-2030", "2026-01-01", "2030-12-31"),
        ("Tăng cường kiểm tra, giám sát giai đoạn 2026-2030", "2026-01-01", "2030-12-31"),
        ("kiểm tra được thực hiện trong giai đoạn 2026-2030", "2026-01-01", "2030-12-31"),
    ],
)  # fmt: skip
def test_when_the_checks_run_still_reads(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase) == (W, first, last)


# --- the days of each year a campaign or a named week runs ----------------------------------


@pytest.mark.parametrize(
    ("phrase", "rrule", "qualifier"),
    [
        # v-daidoanket-can-tho-thang-hanh-dong-binh-dang-gioi-2018.yaml (Nghị quyết 28/NQ-CP)
        ("Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới được tổ chức"
         " từ ngày 15/11 đến ngày 15/12 hàng năm trên phạm vi toàn quốc",
         "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", "từ ngày 15/11 đến ngày 15/12 mỗi năm"),
        # v-giadinh-kham-suc-khoe-nvqs-2026.yaml (Luật NVQS 2015, Điều 40)
        ("Thời gian khám sức khỏe từ ngày 01 tháng 11 đến hết ngày 31 tháng 12 hằng năm",
         "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31", "từ ngày 01/11 đến ngày 31/12 mỗi năm"),
        # v-tepbac-tuan-le-bien-hai-dao.yaml: the opening day takes the closing day's month
        ("Thông qua Tuần lễ Biển và Hải đảo Việt Nam, diễn ra từ ngày 1 đến ngày 8 tháng 6 hàng"
         " năm", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=8", "từ ngày 01/06 đến ngày 08/06 mỗi năm"),
        # v-infographics-tuan-le-pctt-2024.yaml: the cadence first, a dash, the week named
        ("theo đó, hàng năm lấy tuần lễ từ ngày 15 - 22/5 làm Tuần lễ Quốc gia phòng, chống"
         " thiên tai", "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=22",
         "từ ngày 15/05 đến ngày 22/05 mỗi năm"),
    ],
)  # fmt: skip
def test_a_yearly_window(phrase: str, rrule: str, qualifier: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert (reading.kind, reading.rrule, reading.qualifier) == (R, rrule, qualifier)


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # across the new year: which year's 15/1 closes which 15/12? never guessed
        ("từ ngày 15/12 đến ngày 15/1 hằng năm", "cùng một năm"),
        ("từ ngày 20/5 đến ngày 15/5 hằng năm", "cùng một năm"),
        ("từ ngày 1 đến ngày 31/11 hằng năm", "không phải ngày có thật"),
        ("từ ngày 1/13 đến ngày 15/12 hằng năm", "không có tháng 13"),
        # one year's days named with its year are no yearly rule
        ("từ ngày 15-22/5/2027 hằng năm", "ngày khác"),
    ],
)
def test_a_yearly_window_that_cannot_be_one_is_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase)


@given(
    opens=st.dates(date(2024, 1, 1), date(2024, 12, 31)),
    closes=st.dates(date(2024, 1, 1), date(2024, 12, 31)),
)
def test_every_yearly_window_is_due_on_its_closing_day(opens: date, closes: date) -> None:
    # 2024 is a leap year: every day of a month, 29/02 too, is some year's day
    phrase = f"từ ngày {opens.day}/{opens.month} đến hết ngày {closes.day}/{closes.month} hằng năm"
    if opens >= closes:
        assert "cùng một năm" in refused(phrase)
        return
    (reading,) = parse_deadlines(phrase, ctx())
    # a window closing on 29/02 closes on 28/02 in a year without it (the last of the two)
    day = "28,29;BYSETPOS=-1" if (closes.month, closes.day) == (2, 29) else str(closes.day)
    assert reading.rrule == f"FREQ=YEARLY;BYMONTH={closes.month};BYMONTHDAY={day}"
    assert reading.qualifier == f"từ ngày {opens:%d/%m} đến ngày {closes:%d/%m} mỗi năm"


# --- a yearly day's name and where it is held, after its cadence -----------------------------


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # v-th389-ngay-sach-viet-nam.yaml: "Ngày D hằng năm" opens the phrase, no schedule line
        ("Ngày 21/4 hằng năm được lựa chọn là ngày Sách và Văn hóa đọc Việt Nam",
         "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=21"),
        # v-congthuong-ngay-gia-dinh-viet-nam.yaml: the name, then what it is for
        ("Ngày 28/6 hàng năm được chọn là Ngày Gia đình Việt Nam, nhằm tôn vinh mái ấm gia đình,"
         " cùng nhau xây dựng và phát triển những giá trị văn hóa tốt đẹp",
         "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=28"),
        # v-baotayninh-ngay-sach-van-hoa-doc.yaml: where
        ("“Ngày sách và văn hóa đọc Việt Nam” được tổ chức vào ngày 21 tháng 4 hằng năm trên"
         " phạm vi toàn quốc", "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=21"),
        # v-tepbac-tuan-le-bien-hai-dao.yaml: what the day is
        ("Ngày Đại dương Thế giới (World Oceans Day) vào ngày 08/06 hàng năm là sự kiện toàn cầu"
         " quan trọng nhằm nâng cao nhận thức cộng đồng về vai trò của đại dương đối với sự sống"
         " trên Trái Đất", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=8"),
    ],
)  # fmt: skip
def test_a_yearly_day_named(phrase: str, rrule: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert (reading.kind, reading.rrule) == (R, rrule)


@pytest.mark.parametrize(
    "phrase",
    [
        # a weekday, a part of a month, a time after "là": never a name, never dropped
        "vào ngày 15/12 hằng năm là ngày Chủ nhật",
        "vào ngày 15/12 hằng năm là ngày cuối cùng nộp hồ sơ",
        "vào ngày 15/12 hằng năm là Ngày Hội tháng sau",
        "vào ngày 15/12 hằng năm là Ngày Hội trước Tết",
        "vào ngày 15/12 hằng năm là hạn nộp hồ sơ năm sau",
    ],
)
def test_words_of_time_after_a_yearly_day_stay_refused(phrase: str) -> None:
    refused(phrase)


# --- the morning of a weekly day -------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # v-thanhnien-hcm-sang-thu-7-130-phuong-xa-2025.yaml: the part of the day joins, and
        # what the morning is for follows the cadence
        "UBND TP.HCM đang lấy góp ý dự thảo quyết định về việc tổ chức làm việc sáng thứ 7 hằng"
        " tuần để tiếp nhận, trả kết quả thủ tục hành chính cho người dân trên địa bàn",
        "Trung tâm Phục vụ hành chính công phường Cát Lái (TP.HCM) dự kiến tiếp nhận hồ sơ hành"
        " chính sáng thứ 7 hằng tuần",
        "vào buổi sáng thứ Bảy hằng tuần",
    ],
)
def test_a_weekly_morning(phrase: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx("2025-11-11"))
    assert (reading.kind, reading.rrule, reading.qualifier) == (
        R,
        "FREQ=WEEKLY;BYDAY=SA",
        "buổi sáng",
    )


def test_a_weekly_morning_at_an_evening_hour_is_refused() -> None:
    assert "không khớp" in refused("trước 16 giờ sáng thứ 6 hằng tuần")


@pytest.mark.parametrize(
    "phrase",
    [
        # "tới" (until) and "sang" (to) fold to "tối" (evening) and "sáng" (morning): never a
        # part of the day taken from them
        "làm việc tới thứ 7 hằng tuần",
        "họp sang thứ 2 hằng tuần",
    ],
)
def test_words_that_fold_to_a_part_of_the_day_are_refused(phrase: str) -> None:
    assert "không phải buổi trong ngày" in refused(phrase)


# --- "Hãy" is no "hay" (or) -------------------------------------------------------------------


def test_a_theme_that_says_hay_is_no_alternative() -> None:
    # v-baodantoc-thang-hanh-dong-ma-tuy-2021.yaml: "Hãy" (do!) in the campaign's theme
    phrase = (
        'Với chủ đề “Vì sức khỏe của mọi người, hạnh phúc của mọi nhà-Hãy tránh xa ma túy",'
        " tháng hành động phòng, chống ma túy năm 2021 sẽ diễn ra từ ngày 1-30/6/2021"
    )
    assert read_days(phrase, "2021-05-20") == (W, "2021-06-01", "2021-06-30")


def test_hay_between_two_days_stays_refused() -> None:
    assert "hay" in refused("Hãy nộp trước ngày 15/6/2021 hay trước ngày 20/6/2021")


# --- ages and voters, counted before or after the day ----------------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # v-baoninhthuan-ninh-son-soi-rubella-2014.yaml: "1-5" is the children's ages, no day
        ("Theo kế hoạch, đợt I tổ chức tiêm cho trẻ từ 1-5 tuổi tương ứng với nhóm nhà trẻ, mẫu"
         " giáo, thời gian triển khai từ ngày 15 đến 22-10-2014", "2014-10-15", "2014-10-22"),
        ("đợt III tiêm cho trẻ từ 11-14 tuổi tương ứng với nhóm học sinh THCS từ ngày 12 đến"
         " 19-01-2015", "2015-01-12", "2015-01-19"),
    ],
)  # fmt: skip
def test_an_age_is_no_day(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, "2014-10-01") == (W, first, last)


def test_voters_counted_after_a_meeting_day() -> None:
    # v-longxuyen-an-giang-tiep-xuc-cu-tri-2024.yaml
    phrase = (
        "- Vào lúc 8 giờ 00, ngày 21/5/2024 (thứ ba), tại hội trường BCH Quân sự thành phố, gồm"
        " phường Mỹ Hòa (30 cử tri); phường Bình Khánh (30 cử tri); phường Bình Đức (25 cử tri)"
        " và xã Mỹ Khánh (25 cử tri)"
    )
    assert read_days(phrase, "2024-05-10") == (D, "2024-05-21", "2024-05-21")


@pytest.mark.parametrize(
    "phrase",
    [
        # an age is no month: "1-5" alone, or a count of days beside it, stays a time
        "tiêm cho trẻ từ 1-5 từ ngày 15 đến 22-10-2014",
        "tiêm cho trẻ 5 tuổi trong 1-5 ngày từ ngày 15 đến 22-10-2014",
    ],
)
def test_a_number_that_is_no_age_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2014-10-01"))


# --- a campaign's theme, and names that hold a month ----------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # v-donghieu-nghe-an-tuan-le-pctt-2023.yaml: a theme in quotes after the parentheses
        ("Tuần lễ Quốc gia phòng, chống thiên tai năm 2023 (từ ngày 15 - 22/5/2023) có chủ đề"
         " “Từ ứng phó đến hành động sớm”", "2023-05-10", "2023-05-15", "2023-05-22"),
        # v-xuanmai-hanoi-thang-cao-diem-vi-nguoi-ngheo-2025.yaml: the campaign month named
        ("Thời gian triển khai Tháng cao điểm \"Vì người nghèo\" và hưởng ứng chương trình vận"
         " động hỗ trợ ủng hộ xây trường học cho các xã biên giới: từ ngày 17/10/2025 đến ngày"
         " 18/11/2025", "2025-10-10", "2025-10-17", "2025-11-18"),
        # v-thanhphuoc-vinh-long-nghi-le-treo-co-2022.yaml: the revolution of August 1945
        ("- Kỷ niệm Cách mạng tháng Tám: Treo cờ Tổ quốc từ ngày 18/8/2022 đến hết ngày"
         " 20/8/2022", "2022-08-10", "2022-08-18", "2022-08-20"),
    ],
)  # fmt: skip
def test_words_that_name_and_time_nothing(phrase: str, issued: str, first: str, last: str) -> None:
    assert read_days(phrase, issued) == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # a theme that holds a day is no theme: its day is not explained
        "từ ngày 15 - 22/5/2023 với chủ đề “Nộp trước ngày 20/6”",
        # "tháng cao điểm" of something else: a month of the year it names, not a campaign
        "Tháng cao điểm mùa mưa: từ ngày 17/10/2025 đến ngày 18/11/2025",
    ],
)
def test_a_theme_or_a_month_that_times_something_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2023-05-10"))


# --- a yearly day a decision sets, told with the decision ------------------------------------


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # v-baoapbac-qd-505-ngay-chuyen-doi-so-2022.yaml
        ("Phó Thủ tướng Vũ Đức Đam đã ký quyết định 505/QĐ-TTg lấy ngày 10-10 hàng năm là ngày"
         " Chuyển đổi số quốc gia", "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=10"),
        # v-nghilong-nghe-an-ngay-gia-dinh-viet-nam.yaml: the decision's own day stays its own
        ("ngày 4-5-2001, Thủ tướng Chính phủ đã ban hành Quyết định số 72/2001/QĐ-TTg lấy ngày"
         " 28-6 hàng năm là Ngày Gia đình Việt Nam", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=28"),
    ],
)  # fmt: skip
def test_a_yearly_day_a_decision_sets(phrase: str, rrule: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx("2022-04-23"))
    assert (reading.kind, reading.rrule) == (R, rrule)


@pytest.mark.parametrize(
    "phrase",
    [
        # one day, no cadence: the decision's day and the day it names, never a deadline
        "Ngày 15/3/2022, UBND tỉnh đã ban hành Quyết định số 12/QĐ-UBND lấy ngày 20/3/2022 là"
        " Ngày Môi trường của tỉnh",
        "Phó Thủ tướng đã ký quyết định 505/QĐ-TTg ngày 22/4/2022",
    ],
)
def test_a_decision_told_without_a_yearly_day_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2022-04-23"))


# --- the week of the year a schedule names by its number -------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # v-hdnd-ben-tre-lich-lam-viec-tuan-21-2018.yaml: 21/05/2018 opens ISO week 21
        ("Lịch làm việc tuần 21 của Thường trực, các Ban và Văn phòng (từ ngày 21/5/2018 đến"
         " ngày 28/5/2018)", "2018-05-22", "2018-05-21", "2018-05-28"),
        # v-nghiatrung-dong-nai-lich-lam-viec-tuan-07-2026.yaml
        ("(Tuần thứ 07 từ ngày 09/02/2026 đến ngày 13/02/2026)", "2026-02-09", "2026-02-09",
         "2026-02-13"),
    ],
)  # fmt: skip
def test_a_week_numbered_with_its_days(phrase: str, issued: str, first: str, last: str) -> None:
    assert read_days(phrase, issued) == (W, first, last)


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # the number is not the week of the first day: a typo, or another time
        ("Lịch làm việc tuần 22 của Thường trực (từ ngày 21/5/2018 đến ngày 28/5/2018)",
         "thuộc tuần 21"),
        ("tuần 3, trước ngày 15/6/2018", "thuộc tuần 24"),
        # a week of a month, or "once a week": never a week of the year
        ("hoàn thành trong tuần thứ 2 của tháng 6/2018", "tuần"),
        ("tuần 2 tháng 6/2018", "tuần"),
        ("hằng tuần 1 lần, trước ngày 15/6/2018", "1"),
    ],
)  # fmt: skip
def test_a_week_number_that_is_not_the_days_is_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2018-05-22"))


@given(day=st.dates(date(2020, 1, 1), date(2030, 12, 31)), shift=st.integers(-2, 2))
def test_the_week_numbered_must_be_the_first_days(day: date, shift: int) -> None:
    week = day.isocalendar().week + shift
    if not 1 <= week <= 53:
        return
    phrase = f"Lịch công tác tuần {week} (từ ngày {day:%d/%m/%Y} đến ngày {day:%d/%m/%Y})"
    if shift == 0:
        assert read_days(phrase)[1] == str(day)
    else:
        assert "không phải tuần của ngày đầu" in refused(phrase)
