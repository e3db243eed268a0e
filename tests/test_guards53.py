"""Session 53, helper guards53: phrases read wrong or doubtfully on main, now refused with a
reason (or read right), each with the neighbours that must keep their reading. A report or a
work told done with any bound of its time; a move told possible, likely or typed bare; a
closing note that the time may change; a day of each year named as an occasion of another
day; the days off counted against the day back. A start with a condition after it stays an
earliest bound, as the corpus reads it."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import parse_deadlines
from kehoach.dates.reading import DeadlineKind

# --- a report or a work told done (refusals._FILED_TOLD, _DONE_OVER_SPAN_CLOSING) ---------


@pytest.mark.parametrize(
    "phrase",
    [
        "đã nộp báo cáo đến hết ngày 10/3/2026",
        "đã nộp báo cáo từ ngày 1/3 đến ngày 10/3/2026",
        "đã nộp báo cáo và gửi hồ sơ trước ngày 10/3/2026",
        "đã nộp báo cáo (bản giấy) trước ngày 10/3/2026",
        "Các đơn vị Đã nộp báo cáo đến hết ngày 10/3/2026",
        "da nop bao cao den het ngay 10/3/2026",
        "Các đơn vị đã gửi hồ sơ tới hết ngày 10/3/2026",
        "đã nộp báo cáo năm 2025 đến hết ngày 10/3/2026",
        "Các đơn vị vừa nộp báo cáo đến hết ngày 10/3/2026",
    ],
)
def test_a_report_told_sent_with_its_time_is_refused(phrase: str) -> None:
    assert "đã xảy ra" in refused(phrase, ctx("2026-03-01"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Các hộ đã gieo từ ngày 25-30/12/2025",
        "Cac ho da gieo tu ngay 25-30/12/2025",
        "CÁC HỘ ĐÃ GIEO TỪ NGÀY 25-30/12/2025",
        "Các hộ đã gieo sạ từ 25/12 đến hết 30/12/2025.",
    ],
)
def test_a_work_told_done_over_the_closing_span_is_refused(phrase: str) -> None:
    assert "đã xảy ra" in refused(phrase, ctx("2025-12-01"))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # the work asked of those who sent: a deadline
        (
            "Các đơn vị đã nộp báo cáo thì gửi bản giấy trước ngày 10/3/2026",
            ("date", "2026-03-10", "2026-03-10"),
        ),
        # the work to do of those not yet done
        (
            "Các hộ chưa gieo thì gieo từ ngày 25-30/12/2025",
            ("window", "2025-12-25", "2025-12-30"),
        ),
        # nobody told done: the plan's window
        ("Các hộ gieo từ ngày 25-30/12/2025", ("window", "2025-12-25", "2025-12-30")),
        # days granted, still to come
        ("đã được phép nghỉ từ ngày 1/3 đến 10/3/2026", ("window", "2026-03-01", "2026-03-10")),
        # d-tdt-2019-nguoihanoi: the period of the cases counted
        (
            "Các trường hợp chết của hộ dân cư đã xảy ra từ ngày 16/02/2018 đến hết ngày "
            "31/03/2019",
            ("window", "2018-02-16", "2019-03-31"),
        ),
        # ready for a window to come
        ("Các hộ đã sẵn sàng gieo từ ngày 25-30/12/2026", ("window", "2026-12-25", "2026-12-30")),
    ],
)
def test_neighbours_of_a_work_told_done_still_read(
    phrase: str, expected: tuple[str, str, str]
) -> None:
    assert read_days(phrase, "2025-12-01") == expected


def test_the_households_named_by_their_declaration_still_read() -> None:
    # tests/corpus/zp-kieuphu-hanoi-tiem-phong-dot-2-2025.yaml (a cut of it): whose animals
    phrase = "vật nuôi của các hộ đã kê khai từ ngày 20/9 đến 20/10/2025"
    assert read_days(phrase, "2025-09-01") == ("window", "2025-09-20", "2025-10-20")


def test_a_report_not_sent_until_its_day_stays_refused() -> None:
    assert "chưa" in refused("chưa nộp báo cáo đến hết ngày 10/3/2026", ctx("2026-03-01"))


# --- a move told possible or likely (calledoff._MAY_MOVE, _may_move) ----------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "co the hoan sang ngay 20/3/2026",
        "có thễ hoãn sang ngày 20/3/2026",
        "nhiều khả năng hoãn sang ngày 20/3/2026",
        "Hội nghị có khả năng lùi sang ngày 20/3/2026",
        "Hội nghị có thể hoãn sang ngày 20/3/2026",
        "Hoi nghi co the doi sang ngay 20/3/2026",
    ],
)
def test_a_move_told_possible_or_likely_is_refused(phrase: str) -> None:
    assert "có thể được đổi" in refused(phrase, ctx("2026-03-01"))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # finish, refund: "hoàn" folds as "hoãn" and is never a move
        ("có thể hoàn thành trước ngày 20/3/2026", "2026-03-20"),
        ("co the hoan thanh truoc ngay 20/3/2026", "2026-03-20"),
        # a thing allowed until a deadline (session 52's second tester)
        ("Thí sinh có thể điều chỉnh nguyện vọng đến 17h00 ngày 14/7/2026", "2026-07-14"),
        # a move told planned names the plan's new time (zh-24h: "dự kiến sẽ lùi … xuống")
        ("dự kiến hoãn sang ngày 20/3/2026", "2026-03-20"),
    ],
)
def test_neighbours_of_a_possible_move_still_read(phrase: str, last: str) -> None:
    assert str(one(phrase, ctx("2026-03-01")).last) == last


# --- a closing note that the time may change (engine._NOTE_CALLED_OFF) ---------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Hội nghị tổ chức ngày 20/3/2026 (thời gian có thể thay đổi tùy điều kiện thực tế)",
        "Hội nghị tổ chức ngày 20/3/2026 (Thời gian có thể thay đổi tùy theo điều kiện thực tế).",
        "Hội nghị tổ chức ngày 20/3/2026 (ngày có thể thay đổi tuỳ tình hình thực tế)",
        "Hội nghị tổ chức ngày 20/3/2026, có thể xê dịch",
        "Hội nghị tổ chức ngày 20/3/2026, có thể rút ngắn",
        "Hội nghị tổ chức ngày 20/3/2026 (có thể xê dịch)",
        "Hội nghị tổ chức từ ngày 20/3/2026 đến 25/3/2026 (lịch có thể thay đổi cho phù hợp)",
        "Hội nghị tổ chức ngày 20/3/2026 (có thể thay đổi)",
        "Hội nghị tổ chức ngày 20/3/2026 (thoi gian co the thay doi)",
        "Hoi nghi to chuc ngay 20/3/2026 (co the xe dich)",
    ],
)
def test_a_note_that_the_time_may_change_is_refused(phrase: str) -> None:
    assert "sau thời hạn" in refused(phrase, ctx("2026-03-01"))


def test_the_situation_a_deadline_is_met_by_still_reads() -> None:
    # "căn cứ vào tình hình thực tế" says how the work is done, not whether by the day:
    # tests/corpus/f-baoangiang-thang-hanh-dong-tre-em-2021, z-nld-quan-1-dai-hoi-cong-doan
    phrase = "Các đơn vị hoàn thành báo cáo trước ngày 15/3/2026, căn cứ vào tình hình thực tế"
    assert read_days(phrase, "2026-03-01") == ("date", "2026-03-15", "2026-03-15")


# --- a start with a condition after it (label._CONDITION_AFTER_A_START, unchanged) ---------


@pytest.mark.parametrize(
    "phrase",
    [
        "Từ 8 giờ 00 phút ngày 15/11/2026, cầu Mỹ Thuận sẽ chính thức thông xe nếu đủ điều kiện",
        "Từ ngày 15/11/2026, các trường cho học sinh nghỉ tiếp nếu cần",
    ],
)
def test_a_start_with_a_condition_stays_an_earliest_bound(phrase: str) -> None:
    # a condition of whether moves a start no earlier: the bound "not before" holds whatever
    # comes of it, as tests/corpus/zk-skhcn-vinhlong-de-xuat-nhiem-vu-quoc-gia-2024 reads
    # "… thực hiện tại địa phương từ năm 2024 (nếu được phê duyệt)" (earliest 2024-01-01)
    reading = one(phrase, ctx("2026-11-01"))
    assert str(reading.earliest) == "2026-11-15"
    assert reading.last is None


# --- a day of each year named as an occasion of another day (yearlynamed) -----------------


@pytest.mark.parametrize(
    "phrase",
    [
        "ngày 2/6 hàng năm được xác định là ngày Quốc tế thiếu nhi",
        "Ngày 19 tháng 11 hằng năm là Ngày Pháp luật Việt Nam",
        "lấy ngày 21-6 hàng năm là “Ngày Gia đình Việt Nam”",
        "NGAY 2/6 HANG NAM DUOC XAC DINH LA NGAY QUOC TE THIEU NHI",
    ],
)
def test_a_yearly_day_named_as_another_day_s_occasion_is_refused(phrase: str) -> None:
    assert "in sai" in refused(phrase, ctx("2026-01-01"))


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # the corpus reads a yearly day instituted (v-congthuong-ngay-gia-dinh-viet-nam)
        ("ngày 1/6 hàng năm được xác định là ngày Quốc tế thiếu nhi", "BYMONTH=6;BYMONTHDAY=1"),
        ("lấy ngày 28-6 hàng năm là Ngày Gia đình Việt Nam", "BYMONTH=6;BYMONTHDAY=28"),
        ("Các đơn vị nộp báo cáo trước ngày 2/6 hàng năm", "BYMONTH=6;BYMONTHDAY=2"),
    ],
)
def test_a_yearly_day_on_its_own_occasion_still_reads(phrase: str, rrule: str) -> None:
    reading = one(phrase, ctx("2026-01-01"))
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.rrule is not None and rrule in reading.rrule


def test_the_29th_of_february_each_year_says_its_clamp() -> None:
    # the last day of February each year, its 29th in a leap year: the rule says so (and the
    # text shows "tháng 2/2027 không có ngày 29: hạn là ngày cuối tháng"), never a silent 28/2
    (reading,) = parse_deadlines(
        "Các đơn vị nộp báo cáo trước ngày 29 tháng 2 hàng năm", ctx("2026-12-06")
    )
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1"


# --- the days off counted against the day back (madeup._miscounted) ------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Người lao động nghỉ 1 ngày vào thứ Năm (1/1/2026) và đi làm trở lại vào thứ Hai "
        "(5/1/2026)",
        "Người lao động nghỉ 3 ngày từ thứ Năm (1/1/2026) đến hết Chủ nhật (4/1/2026) và đi "
        "làm trở lại vào thứ Hai (5/1/2026)",
    ],
)
def test_days_off_miscounted_against_the_day_back_are_refused(phrase: str) -> None:
    assert "không khớp" in refused(phrase, ctx("2025-12-20"))


@pytest.mark.parametrize(
    ("phrase", "days_off", "back"),
    [
        # the module's own example: one day off, back the next day
        (
            "Học sinh sẽ nghỉ 1 ngày vào thứ Năm (1/1/2026) và đi học bình thường trở lại vào "
            "thứ Sáu (2/1/2026)",
            ("2026-01-01", "2026-01-01"),
            "2026-01-02",
        ),
        # a weekend between is no day off taken
        (
            "Người lao động nghỉ 1 ngày vào thứ Sáu (2/1/2026) và đi làm trở lại vào thứ Hai "
            "(5/1/2026)",
            ("2026-01-02", "2026-01-02"),
            "2026-01-05",
        ),
        # the calendar count, weekend included
        (
            "Người lao động nghỉ 4 ngày từ thứ Năm (1/1/2026) đến hết Chủ nhật (4/1/2026) và đi "
            "làm trở lại vào thứ Hai (5/1/2026)",
            ("2026-01-01", "2026-01-04"),
            "2026-01-05",
        ),
    ],
)
def test_days_off_counted_right_still_read(
    phrase: str, days_off: tuple[str, str], back: str
) -> None:
    off, day_back = parse_deadlines(phrase, ctx("2025-12-20"))
    assert (str(off.first), str(off.last)) == days_off
    assert (str(day_back.first), str(day_back.last)) == (back, back)
