"""Session 45, family D (helper twoh): phrases refused as holding two dates or two deadlines,
where each day belongs to a group or a step of its own (issue 11: never a silent wrong date;
two deadlines are read as two milestones, never resolved into one; a day told done, denied
or of another year stays refused)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(reading) for reading in parse_deadlines(phrase, ctx(issued))]


def _on(day: date) -> tuple[object, ...]:
    return D, day, day


# --- a cell's day, then the grades that start on a day of their own in parentheses --------

# u-cafef-lich-tuu-truong-34-tinh-2025-2026 (CafeF's table of the provinces' school returns,
# column "Lịch tựu trường", 2025)
GRADES_EARLIER = "25/8 (Lớp 1, 9, 12 tựu trường 20/8)"


def test_grades_in_parentheses_start_on_their_own_day() -> None:
    assert _read(GRADES_EARLIER, "2025-08-18") == [
        _on(date(2025, 8, 25)),
        _on(date(2025, 8, 20)),
    ]
    assert _read("29/8 (Lớp 1, 9, 12 tựu trường 22/8)", "2025-08-18") == [
        _on(date(2025, 8, 29)),
        _on(date(2025, 8, 22)),
    ]


def test_the_grades_reading_names_them_as_its_step() -> None:
    _, grades = parse_deadlines(GRADES_EARLIER, ctx("2025-08-18"))
    assert grades.label == "Lớp 1, 9, 12 tựu trường"


@given(st.integers(1, 31), st.integers(1, 30))
def test_grades_apart_within_a_month_read_both_days(first: int, apart: int) -> None:
    main = date(2025, 8, first)
    other = main - timedelta(days=apart)
    phrase = f"{main.day}/{main.month} (Lớp 1, 9 và 12 tựu trường {other.day}/{other.month})"
    assert _read(phrase, "2025-07-01") == [_on(main), _on(other)]


def test_grades_told_otherwise_keep_the_refusal() -> None:
    issued = ctx("2025-08-18")
    # refusal neighbours: told done, denied, of another year, a year written on one day only,
    # the same day twice, months apart, words of another time in the parentheses, no issue day
    refused("25/8 (Lớp 1, 9, 12 đã tựu trường 20/8)", issued)
    refused("25/8 (Lớp 1, 9, 12 không tựu trường 20/8)", issued)
    refused("25/8 (năm ngoái lớp 1 tựu trường 20/8)", issued)
    refused("25/8 (Lớp 1, 9, 12 tựu trường 20/8/2024)", issued)
    refused("25/8/2025 (Lớp 1, 9, 12 tựu trường 20/8)", issued)
    refused("25/8 (Lớp 1, 9, 12 tựu trường 25/8)", issued)
    refused("25/8 (Lớp 1, 9, 12 tựu trường 20/10)", issued)
    refused("25/8 (Lớp 1, 9, 12 tựu trường sớm hơn 20/8)", issued)
    refused("25/8 (Lớp 1, 9, 12 tựu trường hoặc 20/8)", issued)
    refused(GRADES_EARLIER)


# --- a run of days off counted, then its days named each by its weekday -------------------

# za-blogtamsu-dai-hoc-nghi-9-ngay-gio-to-30-4-2026 (a university's extra days off, 2026)
TWO_WORKING_DAYS_OFF = (
    "Nhà trường quyết định cho sinh viên, giảng viên nghỉ thêm hai ngày làm việc là thứ Ba "
    "(28/4) và thứ Tư (29/4)."
)
# zs-bantuyengiao-cantho-nghi-le-gio-to-30-4-1-5-2020 (Cần Thơ's 30/4 and 1/5 break, 2020)
HOLIDAYS_IN_PARENTHESES = (
    "Dịp kỷ niệm 45 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975-30/4/2020) và "
    "ngày Quốc tế lao động (01/5), công chức, viên chức sẽ được nghỉ 02 ngày (Thứ năm, ngày "
    "30/4/2020 và Thứ sáu, ngày 01/5/2020)"
)


def test_days_off_counted_then_named_by_weekday_are_one_run() -> None:
    assert _read(TWO_WORKING_DAYS_OFF, "2026-03-19") == [(W, date(2026, 4, 28), date(2026, 4, 29))]
    assert _read(HOLIDAYS_IN_PARENTHESES, "2020-03-31") == [
        (W, date(2020, 4, 30), date(2020, 5, 1))
    ]
    assert _read("nghỉ ba ngày: thứ Ba (28/4), thứ Tư (29/4) và thứ Năm (30/4)", "2026-03-19") == [
        (W, date(2026, 4, 28), date(2026, 4, 30))
    ]


_WEEKDAY_NAMES = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


@given(st.dates(date(2020, 1, 1), date(2030, 12, 30)))
def test_two_days_off_in_a_row_named_by_their_weekdays(first: date) -> None:
    second = first + timedelta(days=1)
    phrase = (
        f"được nghỉ 2 ngày ({_WEEKDAY_NAMES[first.weekday()]}, ngày {first.day}/{first.month}/"
        f"{first.year} và {_WEEKDAY_NAMES[second.weekday()]}, ngày {second.day}/{second.month}/"
        f"{second.year})"
    )
    assert _read(phrase) == [(W, first, second)]


def test_days_off_named_otherwise_keep_the_refusal() -> None:
    issued = ctx("2026-03-19")
    # refusal neighbours: a weekday its day is not, a count the days do not make, days apart,
    # the run told done, denied or under a condition, a make-up day after the run
    refused("nghỉ thêm hai ngày làm việc là thứ Hai (28/4) và thứ Tư (29/4).", issued)
    refused("nghỉ thêm ba ngày là thứ Ba (28/4) và thứ Tư (29/4).", issued)
    refused("nghỉ hai ngày là thứ Ba (28/4) và thứ Năm (30/4).", issued)
    refused("Nhà trường đã cho nghỉ hai ngày là thứ Ba (28/4) và thứ Tư (29/4).", issued)
    refused("Nhà trường vừa cho nghỉ hai ngày là thứ Ba (28/4) và thứ Tư (29/4).", issued)
    refused("không nghỉ hai ngày là thứ Ba (28/4) và thứ Tư (29/4).", issued)
    refused("nếu mưa bão, nghỉ hai ngày là thứ Ba (28/4) và thứ Tư (29/4).", issued)
    # ruling 52(a): the days off and the make-up day read as two milestones (madeup.py)
    found = parse_deadlines(
        "nghỉ hai ngày là thứ Ba (28/4) và thứ Tư (29/4) và học bù thứ Bảy (9/5)", issued
    )
    assert [(str(one.first), str(one.last)) for one in found] == [
        ("2026-04-28", "2026-04-29"),
        ("2026-05-09", "2026-05-09"),
    ]
    refused("được nghỉ 02 ngày (Thứ năm, ngày 30/4/2020 và Thứ sáu, ngày 01/5/2021)")


# --- "hoặc" in the anchor of a count spelt in words ---------------------------------------

# l-luat-dat-dai-2003-cong-bo-quy-hoach (Luật Đất đai 2003, Điều 27)
DECIDED_OR_APPROVED = (
    "Trong thời hạn không quá ba mươi ngày làm việc, kể từ ngày được cơ quan nhà nước có thẩm "
    "quyền quyết định hoặc xét duyệt, quy hoạch, kế hoạch sử dụng đất phải được công bố công "
    "khai"
)


def _counted(phrase: str) -> tuple[object, ...]:
    (reading,) = parse_deadlines(phrase, ctx())
    assert reading.kind is DeadlineKind.RELATIVE and reading.relative is not None
    count = reading.relative
    return count.offset, count.unit, count.working_days, count.direction


def test_or_in_the_anchor_of_a_count_spelt_in_words_is_one_event() -> None:
    assert _counted(DECIDED_OR_APPROVED) == (30, "ngày", True, "after")
    assert _counted("Trong thời hạn mười lăm ngày, kể từ ngày ký hoặc ban hành, phải công bố") == (
        15,
        "ngày",
        False,
        "after",
    )


def test_or_beside_a_count_spelt_in_words_otherwise_keeps_the_refusal() -> None:
    # refusal neighbours: two counts, a bound or a day after the "hoặc", the "hoặc" before
    # the anchor, a negation or a condition
    refused("chậm nhất là mười ngày hoặc mười lăm ngày, kể từ ngày nhận hồ sơ")
    refused("chậm nhất là mười ngày, kể từ ngày nhận hồ sơ hoặc sau khi khai mạc")
    refused(
        "Trong thời hạn ba mươi ngày, kể từ ngày được cơ quan có thẩm quyền quyết định hoặc "
        "mười ngày kể từ ngày xét duyệt, quy hoạch phải được công bố"
    )
    refused(
        "Trong thời hạn ba mươi ngày, kể từ ngày quyết định hoặc trước ngày 15/3, quy hoạch "
        "phải được công bố"
    )
    refused("không công bố trong thời hạn ba mươi ngày, kể từ ngày ký hoặc ban hành")
    refused("nếu trong thời hạn ba mươi ngày, kể từ ngày ký hoặc ban hành, phải công bố")


# --- a day of each year instituted, told after the words that say why ---------------------

# v-baoanhdatmui-ngay-sach-viet-nam (Báo Ảnh Đất Mũi on Ngày sách Việt Nam)
BOOK_DAY = (
    "Với chiến lược quốc gia về phát triển văn hóa, ngày 24/2/2014, Thủ tướng Chính phủ đã "
    "quyết định lấy ngày 21/4 hàng năm là “Ngày sách Việt Nam”"
)


def test_a_yearly_day_instituted_after_words_of_why_is_that_day_each_year() -> None:
    (reading,) = parse_deadlines(BOOK_DAY, ctx())
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=21"


def test_a_yearly_day_after_other_words_keeps_the_refusal() -> None:
    # refusal neighbours: a condition or a negation in the words before, a number there, the
    # choice not told done
    tail = "ngày 24/2/2014, Thủ tướng Chính phủ đã quyết định lấy ngày 21/4 hàng năm là “Ngày sách”"
    refused(f"Nếu được duyệt, {tail}")
    refused(f"Với chiến lược không rõ, {tail}")
    refused(f"Với chiến lược 10 năm, {tail}")
    refused(
        "Với chiến lược quốc gia, ngày 24/2/2014, Thủ tướng Chính phủ quyết định lấy ngày 21/4 "
        "hàng năm là “Ngày sách Việt Nam”"
    )


# --- the years of a contest's edition, in parentheses after its number --------------------

# z-baothanhhoa-hoi-thi-sang-tao-ky-thuat-14-2024-2025 (Báo Thanh Hóa, 2025)
EDITION_YEARS = (
    "Hội thi Sáng tạo kỹ thuật Thanh Hóa lần thứ 14 (2024-2025) do Liên hiệp các Hội Khoa học và "
    "Kỹ thuật Thanh Hóa chủ trì phối hợp với các sở, ngành liên quan triển khai, được phát động "
    "từ tháng 6/2024"
)


def test_an_editions_years_in_parentheses_name_it() -> None:
    (reading,) = parse_deadlines(EDITION_YEARS, ctx("2025-09-19"))
    assert reading.earliest == date(2024, 6, 1) and reading.last is None


def test_years_in_parentheses_without_the_editions_number_keep_the_refusal() -> None:
    issued = ctx("2025-09-19")
    # refusal neighbours: the years not right after "lần thứ N", or after a word; the years
    # read as the time when nothing else is ("z-baoangiang … lần thứ 15 (2018-2019) tại Hà
    # Nội" has a count of its own, and stays refused)
    refused("Hội thi Sáng tạo kỹ thuật (2024-2025) được phát động từ tháng 6/2024", issued)
    refused("Hội thi lần thứ 14 năm (2024-2025) được phát động từ tháng 6/2024", issued)
    refused(
        "dự kiến gửi 12 giải pháp giải cao tham dự Hội thi Sáng tạo kỹ thuật toàn quốc lần thứ 15 "
        "(2018-2019) tại Hà Nội",
        ctx("2019-08-16"),
    )
