"""Forms read by branch wide-four (session 32): phrases refused as "không nhận ra thời hạn" or
"thiếu mốc kết thúc" whose form many documents print. Each family with its real phrases
(their corpus file cited), invented variants, and the near variants that must stay refused
(the first rule: never a silent wrong date)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

R = DeadlineKind.RECURRING


# --- a reception day's clause for a day off, as the provinces' rules print it ----------------


@pytest.mark.parametrize(
    ("phrase", "rule"),
    [
        # o-gia-lai-tay-son-lich-tiep-cong-dan-2025: the reception day named by its kind, "kế
        # tiếp theo", the place before the clause in parentheses
        (
            "Chủ tịch UBND xã Tây Sơn trực tiếp tiếp công dân định kỳ vào thứ 5 hàng tuần tại "
            "Phòng tiếp công dân của UBND xã (nếu ngày tiếp công dân định kỳ trùng vào ngày Lễ, "
            "Tết thì sẽ tiếp vào ngày làm việc kế tiếp theo)",
            "FREQ=WEEKLY;BYDAY=TH",
        ),
        # y-cao-bang-skhcn-lich-tiep-cong-dan-2025 (its "2.2." item number left out: "1.2. …"
        # may be a day written with dots, and stays refused): the day said again, "nghỉ tết",
        # "lịch tiếp công dân chuyển sang"
        (
            "Tiếp công dân định kỳ: Giám đốc Sở tiếp công dân định kỳ vào ngày 15 hằng tháng "
            "(nếu ngày 15 hàng tháng trùng vào ngày nghỉ hàng tuần, nghỉ lễ, nghỉ tết thì lịch "
            "tiếp công dân chuyển sang ngày làm việc tiếp theo)",
            "FREQ=MONTHLY;BYMONTHDAY=15",
        ),
        # variants: after a comma; a comma closing the days off (zs-binhdinh-gov's clause)
        (
            "Chủ tịch UBND tỉnh tiếp công dân vào ngày 20 hàng tháng, nếu ngày 20 hàng tháng "
            "trùng vào ngày nghỉ thì chuyển sang ngày làm việc tiếp theo",
            "FREQ=MONTHLY;BYMONTHDAY=20",
        ),
        (
            "Chủ tịch tiếp công dân vào ngày 15 hàng tháng (nếu ngày tiếp công dân định kỳ trùng "
            "vào ngày lễ, ngày nghỉ, thì sẽ tiếp vào ngày làm việc tiếp theo)",
            "FREQ=MONTHLY;BYMONTHDAY=15",
        ),
        (
            "tiếp công dân vào ngày 10 hằng tháng tại Trụ sở tiếp công dân tỉnh (nếu trùng vào "
            "ngày lễ thì tiếp vào ngày làm việc kế tiếp)",
            "FREQ=MONTHLY;BYMONTHDAY=10",
        ),
    ],
)
def test_a_reception_day_with_its_clause_for_a_day_off_reads(phrase: str, rule: str) -> None:
    reading = one(phrase, ctx())
    assert (reading.kind, reading.rrule) == (R, rule)
    assert reading.qualifier is not None and "ngày làm việc" in reading.qualifier


@pytest.mark.parametrize(
    "phrase",
    [
        # the clause names another day than the rule's: which is kept?
        "tiếp công dân vào ngày 15 hằng tháng (nếu ngày 20 hàng tháng trùng vào ngày nghỉ thì "
        "chuyển sang ngày làm việc tiếp theo)",
        "tiếp công dân vào ngày 15 hằng tháng, nếu ngày 20 hàng tháng trùng vào ngày nghỉ thì "
        "chuyển sang ngày làm việc tiếp theo",
        # one of two days named: is the other moved too?
        "tiếp công dân vào ngày 15 và 25 hằng tháng, nếu ngày 25 hàng tháng trùng vào ngày nghỉ "
        "thì chuyển sang ngày làm việc tiếp theo",
        # a day of the month beside a weekday
        "tiếp công dân vào thứ 5 hằng tuần, nếu ngày 25 hàng tháng trùng vào ngày nghỉ thì "
        "chuyển sang ngày làm việc tiếp theo",
        # a place with a number is no place only
        "tiếp công dân vào thứ 5 hàng tuần tại Phòng 3 (nếu trùng vào ngày lễ thì tiếp vào ngày "
        "làm việc tiếp theo)",
        # a place, then a clause that is no day off's
        "tiếp công dân vào thứ 5 hàng tuần tại Phòng tiếp công dân (nghỉ từ ngày 1/3)",
        # the day moved elsewhere than the next working day
        "tiếp công dân vào ngày 15 hằng tháng (nếu ngày tiếp công dân định kỳ trùng vào ngày lễ "
        "thì tiếp vào ngày gần nhất)",
    ],
)
def test_a_reception_day_with_another_clause_stays_refused(phrase: str) -> None:
    refused(phrase, ctx())


# --- a return from a day: the start's verb, the day its start bound ---------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "start"),
    [
        # zm-dulichkontum-ben-tre-gia-han-cuoc-thi-video-2021 (a page with no date)
        (
            "Cuộc thi Video Clip giới thiệu du lịch Bến Tre được phát động trở lại từ ngày 12 "
            "tháng 4 năm 2021",
            None,
            "2021-04-12",
        ),
        # za-sggp-khanh-hoa-go-lenh-cam-bien-2025: a sea ban lifted at an hour
        (
            "Tất cả hoạt động trên biển được phép trở lại bình thường kể từ 9 giờ ngày 1-12.",
            "2025-12-01",
            "2025-12-01",
        ),
        # za-baothanhhoa-ket-thuc-cam-bien-bao-so-5-2025
        (
            "Ban Chỉ huy Phòng thủ dân sự tỉnh Thanh Hóa thông báo kết thúc Lệnh cấm biển và cho "
            "phép các hoạt động ven biển và trên biển trở lại bình thường kể từ 16h00 ngày "
            "26/8/2025.",
            "2025-08-26",
            "2025-08-26",
        ),
        # variant: a service resuming
        ("Bộ phận một cửa tiếp nhận hồ sơ trở lại từ ngày 3/3/2026", "2026-02-20", "2026-03-03"),
    ],
)
def test_a_return_from_a_day_reads_as_its_start(
    phrase: str, issued: str | None, start: str
) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.kind, str(reading.earliest), reading.last) == (DeadlineKind.DATE, start, None)


@pytest.mark.parametrize(
    "phrase",
    [
        # a return over a span is no start alone: the words left as they were
        "hoạt động trở lại từ ngày 1/9/2025 đến ngày 10/9/2025",
        # "trở lại đây" (up to now), "trở đi" after the day, "từ sau ngày …"
        "trở lại đây từ ngày 1/9/2025",
        "trở lại từ ngày 1/9/2025 trở đi",
        "hoạt động trở lại từ sau ngày 1/9/2025",
        # the return not closing the words before the day
        "trở lại hoạt động sản xuất bình thường từ ngày 1/9/2025",
    ],
)
def test_a_return_not_right_before_its_start_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-08-20"))


# --- an inspection's length in working days, no anchor said: from the day the work starts ---


@pytest.mark.parametrize(
    ("phrase", "offset", "work"),
    [
        # v-thanhtra-tuyen-quang-qd-16-covid-2022
        (
            "Thời hạn thanh tra là 45 ngày làm việc (trừ ngày nghỉ theo quy định của pháp luật)",
            45,
            "thanh tra",
        ),
        # ze-tthc-hue-thanh-tra-tinh-thua-thien-hue-…
        ("Thời hạn xác minh là 15 ngày làm việc.", 15, "xác minh"),
        # variants
        ("Thời hạn kiểm tra là 10 ngày làm việc", 10, "kiểm tra"),
        ("- Thời hạn kiểm toán là 30 ngày làm việc;", 30, "kiểm toán"),
    ],
)
def test_an_inspections_length_reads_from_its_start(phrase: str, offset: int, work: str) -> None:
    reading = one(phrase, ctx("2022-01-18"))
    assert reading.kind is DeadlineKind.RELATIVE and reading.relative is not None
    assert (reading.relative.offset, reading.relative.unit, reading.relative.working_days) == (
        offset,
        "ngày",
        True,
    )
    assert reading.relative.direction == "after"
    assert reading.relative.anchor == f"ngày bắt đầu {work}"
    assert reading.first is None and reading.last is None


@pytest.mark.parametrize(
    "phrase",
    [
        # calendar days: a stay's or a term's length as well
        "Thời hạn thanh tra là 45 ngày",
        # "thời gian" (how long something lasts), never a limit
        "Thời gian thanh tra là 45 ngày làm việc",
        # a procedure's processing time is counted from the file's receipt, not read here
        "Thời hạn giải quyết là 15 ngày làm việc",
        # a note with a number or saying otherwise
        "Thời hạn thanh tra là 45 ngày làm việc (trừ ngày nghỉ, tối đa 70 ngày)",
        "Thời hạn thanh tra là 45 ngày làm việc (kể cả ngày nghỉ)",
        # words before it
        "Đoàn kiểm tra: Thời hạn kiểm tra là 10 ngày làm việc",
        "Thời hạn thanh tra là 0 ngày làm việc",
    ],
)
def test_another_length_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2022-01-18"))


# --- a decision in force from its signing, as its closing articles print it ------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # q-thuvienphapluat-byt-qd-288-…: the comma between "ký" and "ban hành"
        ("Quyết định này có hiệu lực kể từ ngày ký, ban hành.", "2025-01-23"),
        # zt-tdc-qd-34-quy-che-tuyen-sinh-…: where it applies, after "và"
        (
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và áp dụng trong công tác tuyển "
            "sinh trình độ cao đẳng",
            "2018-02-09",
        ),
        # zh-hethongphapluat-tay-ninh-qd-2836-…: the article on who carries it out
        (
            "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo, Chủ "
            "tịch Ủy ban nhân dân các xã, phường và Thủ trưởng cơ quan, đơn vị liên quan thi hành "
            "Quyết định này kể từ ngày ký./.",
            "2025-08-20",
        ),
        # variant
        (
            "Quyết định này có hiệu lực kể từ ngày ký và áp dụng đối với các trường trên địa bàn "
            "tỉnh",
            "2024-05-06",
        ),
    ],
)
def test_a_decision_in_force_from_its_signing_reads_its_issue_day(phrase: str, issued: str) -> None:
    reading = one(phrase, ctx(issued))
    assert (reading.kind, str(reading.earliest), reading.last) == (
        DeadlineKind.ONGOING,
        issued,
        None,
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # where it applies with a time of its own
        "Quyết định này có hiệu lực kể từ ngày ký và áp dụng từ học kỳ II",
        "Quyết định này có hiệu lực kể từ ngày ký và áp dụng cho năm học 2018-2019",
        "Quyết định này có hiệu lực kể từ ngày ký và áp dụng trong kỳ thi tới",
        # no day said
        "Các sở chịu trách nhiệm thi hành Quyết định này./.",
    ],
)
def test_a_decision_applied_at_a_time_of_its_own_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2018-02-09"))


# --- a year opening the sentence, a weekday checking it, on a page with no date ---------------


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # za-baoquocte-nghi-tet-duong-lich-2026
        ("Năm 2026, Tết Dương lịch rơi vào thứ Năm, ngày 1/1.", "2026-01-01"),
        # zc-thuvienphapluat-ngay-hoi-dai-doan-ket-…
        (
            "Năm 2023, ngày hội đại đoàn kết dân tộc năm 2023 rơi vào thứ 7 ngày 18 tháng 11",
            "2023-11-18",
        ),
        # variant
        ("Năm 2027, ngày Quốc khánh rơi vào thứ Năm, ngày 2/9", "2027-09-02"),
    ],
)
def test_a_year_opening_its_weekday_gives_the_days_year(phrase: str, day: str) -> None:
    reading = one(phrase, ctx())
    assert (reading.kind, str(reading.first), str(reading.last)) == (DeadlineKind.DATE, day, day)
    assert reading.year_from == "phrase"


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # the weekday says the year is wrong
        ("Năm 2026, Tết Dương lịch rơi vào thứ Sáu, ngày 1/1.", None),
        # no weekday to check the year against
        ("Năm 2026, Tết Dương lịch rơi vào ngày 1/1.", None),
        # another year, a count, words after the day
        ("Năm 2025, hội nghị năm 2024 rơi vào thứ Năm, ngày 2/1.", None),
        ("Năm 2026, 3 ngày lễ rơi vào thứ Năm, ngày 1/1.", None),
        ("Năm 2026, Tết Dương lịch rơi vào thứ Năm, ngày 1/1, học sinh nghỉ", None),
        # a page with its own date keeps its rule (the clause's year is not the day's)
        ("Năm 2026, Tết Dương lịch rơi vào thứ Năm, ngày 1/1.", "2025-06-01"),
    ],
)
def test_a_year_opening_without_its_check_stays_refused(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))
