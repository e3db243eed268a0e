"""Misreads found in the eighth breaker session (issue 11, §1: never a silent wrong date):
each phrase was read as a day, window or rule other than the one a careful reader writes
down, with exit 0 and no warning; each is refused now (or read right), and its neighbours
still read. The list, with the tool's old reading, is in the session's notes
(/work/notes/misreads-breaker5.txt: U1, U2, …)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadline_forms import DEC_2026, ctx, days, one, read_days, refused
from kehoach.dates.asides import WEEKDAYS
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines

PLAN = "2026-12-01"  # DEC_2026's day, for read_days


# U1. The words that cancel "gần/hơn/trên/qua…" were one flat set, so any of them before any
# such word let it pass: "chương trình gần ngày 25/5" (near that day), "nhiều hơn 30 ngày kể từ
# ngày ký" (more than 30 days) read as the day and the count.
@pytest.mark.parametrize(
    "phrase",
    [
        "chương trình gần ngày 25/5/2027",
        "Thực hiện chương trình gần 45 ngày trước ngày bầu cử",
        "nhiều hơn 30 ngày kể từ ngày ký",
        "lâu hơn 30 ngày kể từ ngày ký",
        "ít hơn 30 ngày kể từ ngày ký",
        "cao hơn tháng 3/2027",
        "vừa quá ngày 15/3/2027",
        "thông gần ngày 15/3/2027",
        "quan gần ngày 15/3/2027",
    ],
)
def test_a_comparison_after_another_words_half_is_refused(phrase: str) -> None:
    why = refused(phrase)
    assert "so sánh" in why or "ước lượng" in why


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("báo cáo cấp trên trước ngày 15/3/2027", "báo cáo cấp trên"),
        ("giám sát trước ngày 15/3/2027", "giám sát"),
        ("Thông qua trước ngày 15/3/2027", "Thông qua"),
        ("không muộn hơn ngày 15/3/2027", None),
    ],
)
def test_the_words_of_their_own_still_read(phrase: str, label: str | None) -> None:
    reading = one(phrase, DEC_2026)
    assert (reading.kind, str(reading.last), reading.label) == (
        DeadlineKind.DATE,
        "2027-03-15",
        label,
    )


# U2. A hedged day: "có thể trước ngày D" (it may come before then), "tuỳ tình hình, trước ngày
# D" (in some case): no deadline is set; read as due D.
@pytest.mark.parametrize(
    "phrase",
    [
        "có thể trước ngày 15/3/2027",
        "co the truoc ngay 15/3/2027",
        "Kỳ thi có thể sớm trước ngày 15/3/2027",
        "có thể là ngày 15/3/2027",
        "có thể vào tháng 3/2027",
        "có thể chậm nhất ngày 15/3/2027",
        "tuỳ tình hình, trước ngày 15/3/2027",
        "Tùy theo tình hình thực tế, trước ngày 15/3/2027",
        "tùy tình hình, chậm nhất ngày 15/3/2027",
        "tuỳ tình hình, hoàn thành trong tháng 3/2027",
        "tùy điều kiện, đến hết ngày 15/3/2027",
    ],
)
def test_a_hedged_day_is_refused(phrase: str) -> None:
    assert "có thể, hoặc tuỳ tình hình" in refused(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "Các đơn vị có thể đăng ký trước ngày 15/3/2027",  # allowed to, by that day
        "có thể hoàn thành trước ngày 15/3/2027",  # able to finish by then
    ],
)
def test_may_with_its_verb_still_reads(phrase: str) -> None:
    assert read_days(phrase, PLAN) == (DeadlineKind.DATE, "2027-03-15", "2027-03-15")


# U3. A deadline at 0 hours of a day, named by "hết", "hạn chót", "Thời hạn:", "Hạn nộp:":
# read as due that day at 00:00, though it is the end of the day before (the 15th is the
# last day); "trước/đến 0 giờ ngày D" were refused already.
@pytest.mark.parametrize(
    "phrase",
    [
        "hết 0 giờ 00 ngày 16/3/2027",
        "đến hết 0 giờ ngày 16/3/2027",
        "hạn chót 0h ngày 16/3/2027",
        "Thời hạn: 0 giờ ngày 16/3/2027",
        "Hạn nộp: 0h00 ngày 16/3/2027",
        "kết thúc vào 0h00 ngày 16/3/2027",
        "kết thúc lúc 0 giờ ngày 16/3/2027",
        "đóng cổng lúc 0h ngày 16/3/2027",
        "từ 10h ngày 10/3/2027 đến 0h ngày 16/3/2027",
    ],
)
def test_a_deadline_at_midnight_starting_a_day_is_refused(phrase: str) -> None:
    assert "lúc bắt đầu ngày" in refused(phrase)


@pytest.mark.parametrize(
    ("phrase", "first"),
    [
        # (a census moment, "Thời điểm điều tra: 0 giờ ngày 1/4/2027", is refused since tune-w
        # as a snapshot, the lead's convention: tests/test_deadline_forms_w.py)
        ("lúc 0h ngày 1/4/2027", "2027-04-01"),
    ],
)
def test_midnight_as_a_moment_still_reads(phrase: str, first: str) -> None:
    assert read_days(phrase, PLAN) == (DeadlineKind.DATE, first, first)


# U4. Weekdays right before a span of days were never checked: "thứ Bảy và Chủ nhật, ngày
# 14-15/3/2027" (a Sunday and a Monday) read as 14–15/3, a day off one way or the other.
@pytest.mark.parametrize(
    "phrase",
    [
        "thứ Bảy, ngày 14-15/3/2027",
        "thứ Bảy và Chủ nhật, ngày 14-15/3/2027",
        "thứ Bảy và Chủ nhật (14-15/3/2027)",
        "thứ Sáu, thứ Bảy và Chủ nhật, ngày 12-14/3/2027",
    ],
)
def test_a_weekday_before_a_span_that_is_not_its_day_is_refused(phrase: str) -> None:
    assert "thứ" in refused(phrase, DEC_2026).lower()


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("thứ Bảy, ngày 13-14/3/2027", "2027-03-13", "2027-03-14"),
        ("thứ Bảy và Chủ nhật, ngày 13-14/3/2027", "2027-03-13", "2027-03-14"),
        ("Chủ nhật, ngày 14-15/3/2027", "2027-03-14", "2027-03-15"),
    ],
)
def test_weekdays_that_are_the_spans_days_still_read(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, PLAN) == (DeadlineKind.WINDOW, first, last)


# U5. A day without its year after "năm học Y-(Y+1)" took the plan's year even outside that
# school year: "năm học 2026-2027 trước ngày 15/10" in a plan of August 2025 was due
# 15/10/2025, a year early.
def test_a_day_outside_the_school_year_named_is_refused() -> None:
    why = refused("năm học 2026-2027 trước ngày 15/10", ctx("2025-08-01"))
    assert "không thuộc năm học 2026-2027" in why


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("năm học 2025-2026, trước ngày 15/10", "2025-10-15"),
        ("Tổng kết năm học 2024-2025 trước ngày 15/8", "2025-08-15"),
        ("Tuyển sinh năm học 2026-2027 hoàn thành trước ngày 31/7", "2026-07-31"),
    ],
)
def test_a_day_in_the_school_year_named_still_reads(phrase: str, due: str) -> None:
    assert read_days(phrase, "2025-08-01") == (DeadlineKind.DATE, due, due)


# U6. A count of what was done by a day, told after it ("Đến ngày D, … đã …"): figures as of
# that day, read as due D (the held-out receipt "đến 17 giờ ngày 1/2/2026, … đã tiếp nhận" was
# one of them; these are its kin with other verbs).
@pytest.mark.parametrize(
    "phrase",
    [
        "Đến hết ngày 1/2/2027, đã có 25 hồ sơ",
        "đến ngày 1/2/2027, 90% số xã đã hoàn thành",
        "Đến ngày 1/2/2027, đã hoàn thành 90% kế hoạch",
        "Đến 17h ngày 1/2/2027, các đơn vị đã gửi báo cáo",
        "Tính đến hết ngày 1/2/2027, 25 đơn vị đã nộp",
        "Đến ngày 1/2/2027 đã có 20/25 đơn vị gửi báo cáo",
        "tới ngày 1/2/2027, xã đã niêm yết danh sách cử tri",
    ],
)
def test_what_was_done_by_a_day_is_refused(phrase: str) -> None:
    assert "đã làm được đến một ngày" in refused(phrase, ctx("2027-01-05"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Đến ngày 30/6/2027, hoàn thành các nội dung đã đề ra",
        "Đến ngày 30/6/2027, các đơn vị phải hoàn thành",
    ],
)
def test_a_task_by_a_day_still_reads(phrase: str) -> None:
    assert read_days(phrase, PLAN)[2] == "2027-06-30"


# U7. A word of time spaced out letter by letter by a PDF ("S a u ngày D": after) was kept
# as the label, and the day read as the deadline; two pieces ("sa u") were refused already.
@pytest.mark.parametrize(
    "phrase",
    [
        "S a u ngày 15/3/2027",
        "hoàn thành s a u ngày 15/3/2027",
        "T r ư ớ c ngày 15/3/2027",
        "K h ô n g trước ngày 15/3/2027",
    ],
)
def test_a_word_of_time_spaced_out_is_refused(phrase: str) -> None:
    assert "bị tách khi chép từ PDF" in refused(phrase, DEC_2026)


def test_single_letters_that_are_names_still_read() -> None:
    assert read_days("Phụ lục A và B trước ngày 15/3/2027", PLAN)[2] == "2027-03-15"


# U8. A bound after the event and before the count: "trước ngày bầu cử tối đa 10 ngày" (at
# most 10 days before: a start) read as 10 days before, the bound left in the anchor;
# "tối thiểu" (at least) there is read as "ít nhất" is, out of the anchor.
@pytest.mark.parametrize(
    "phrase",
    [
        "trước ngày bầu cử tối đa 10 ngày",
        "trước ngày bầu cử không quá 10 ngày",
        "trước ngày bầu cử nhiều nhất 10 ngày",
    ],
)
def test_at_most_a_count_before_an_event_is_refused(phrase: str) -> None:
    refused(phrase, DEC_2026)


@pytest.mark.parametrize(
    "phrase", ["trước ngày bầu cử tối thiểu 10 ngày", "trước ngày bầu cử ít nhất 10 ngày"]
)
def test_at_least_a_count_before_an_event_reads_its_anchor(phrase: str) -> None:
    relative = one(phrase, DEC_2026).relative
    assert relative is not None
    assert (relative.offset, relative.direction, relative.anchor) == (10, "before", "ngày bầu cử")


# U9. A comparison right before a period names the period compared with, not the time of
# the work: "tăng 10% so cùng kỳ năm 2026" (the press drops "với"), "như năm 2026", "gấp
# đôi năm 2026" read as the whole of 2026.
@pytest.mark.parametrize(
    "phrase",
    [
        "tăng 10% so cùng kỳ năm 2026",
        "bằng cùng kỳ năm 2026",
        "như năm 2026",
        "thực hiện như năm 2026",
        "tương đương năm 2026",
        "gấp đôi năm 2026",
        "gấp 2 lần năm 2026",
        "bằng 120% năm 2026",
    ],
)
def test_a_period_compared_with_is_refused(phrase: str) -> None:
    assert "so sánh với kỳ đó" in refused(phrase, DEC_2026)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("đạt 120% kế hoạch năm 2027", "2027-12-31"),
        ("cấp huyện và tương đương trước tháng 5/2027", "2027-04-30"),
        ("gửi bằng văn bản về UBND tỉnh Cao Bằng trước ngày 05/6/2027", "2027-06-05"),
        ("khẩn trương, gấp trước ngày 15/3/2027", "2027-03-15"),
    ],
)
def test_the_words_of_a_target_or_a_name_still_read(phrase: str, last: str) -> None:
    assert read_days(phrase, PLAN)[2] == last


# U10. The weather told for some days without "thời tiết" or "dự báo" (the held-out
# forecast's kin): a phenomenon heading the clause after the day, "có (khả năng) mưa", a
# phenomenon that lasts, a warning level in force; read as a window due its last day.
@pytest.mark.parametrize(
    "phrase",
    [
        "từ ngày 10/8 đến 13/8/2027, khu vực có khả năng xảy ra mưa lớn",
        "từ ngày 10/8 đến 13/8/2027, trên địa bàn tỉnh có mưa to đến rất to",
        "từ ngày 10/8 đến 13/8/2027, nắng nóng gay gắt",
        "từ ngày 10/8 đến 13/8/2027, rét đậm, rét hại",
        "từ ngày 10/8 đến 13/8/2027, có khả năng xuất hiện lũ quét",
        "Từ ngày 10/8 - 13/8/2027, nguy cơ cháy rừng cấp IV",
        "khả năng từ ngày 10/8 đến 13/8/2027 có mưa",
        "Nắng nóng diễn ra từ ngày 10/8 đến 13/8/2027",
        "Mưa lớn kéo dài từ ngày 10/8 đến 13/8/2027",
        "Đợt rét đậm kéo dài đến hết ngày 13/8/2027",
        "Triều cường đạt đỉnh từ ngày 10/8 đến 13/8/2027",
        "Cảnh báo cháy rừng cấp V từ ngày 10/8 đến 13/8/2027",
        "Cấp báo động III trên sông Hồng đến ngày 13/8/2027",
    ],
)
def test_the_weather_told_for_some_days_is_refused(phrase: str) -> None:
    assert "thời tiết hay một dự báo" in refused(phrase, ctx("2027-01-05"))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Phòng chống mưa lũ trước ngày 15/6/2027", "2027-06-15"),
        ("Báo cáo thiệt hại do mưa lũ trước ngày 20/8/2027", "2027-08-20"),
        ("mua sắm trang thiết bị trước ngày 15/3/2027", "2027-03-15"),  # mua: buy
        ("xây dựng lại nhà bị sập, đổ, lũ cuốn trôi trước ngày 15/1/2027", "2027-01-15"),
    ],
)
def test_a_task_about_the_weather_still_reads(phrase: str, last: str) -> None:
    assert read_days(phrase, PLAN)[2] == last


# U11. An estimate or an exclusion right before the day, found by mutating the corpus's
# phrases: "quanh ngày D" (around), "xấp xỉ", "cỡ tháng 3" (about), "khác ngày D" (other
# than D) read as D.
@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("quanh ngày 15/3/2027", "ước lượng"),
        ("Hoàn thành quanh ngày 20-12-2027", "ước lượng"),
        ("xấp xỉ ngày 15/3/2027", "ước lượng"),
        ("cỡ tháng 3/2027", "ước lượng"),
        ("khác ngày 25/3/2027", "ngày khác ngày đó"),
        ("Hoàn thành khác ngày 20-12-2027", "ngày khác ngày đó"),
    ],
)
def test_around_or_other_than_a_day_is_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, DEC_2026)


def test_other_days_within_a_month_still_read() -> None:
    phrase = "có thể tổ chức vào các ngày khác trong tháng 3/2027"  # corpus h-baodongthap's kin
    assert read_days(phrase, PLAN) == (DeadlineKind.WINDOW, "2027-03-01", "2027-03-31")


# U12. A day told as met already ("đã hoàn thành trước ngày D"), or as one that cannot be met
# ("chưa thể / khó (có thể) / chưa kịp hoàn thành trước ngày D"): read as a running deadline.
@pytest.mark.parametrize(
    "phrase",
    [
        "Đại hội cấp xã đã hoàn thành trước ngày 31/10/2027",
        "đã xong trước ngày 15/3/2027",
        "đã hoàn thành việc tổng kết chi hội trong tháng 12/2027",
        "chưa thể hoàn thành trước ngày 15/3/2027",
        "chưa thể hoàn thành học kỳ II trước ngày 25/5/2027",
        "khó hoàn thành trước ngày 15/3/2027",
        "khó có thể hoàn thành trước ngày 15/3/2027",
        "khó kịp trước ngày 15/3/2027",
        "chưa kịp hoàn thành trước ngày 15/3/2027",
    ],
)
def test_a_day_met_already_or_not_to_be_met_is_refused(phrase: str) -> None:
    assert "không (khó) kịp xong" in refused(phrase, DEC_2026)


@pytest.mark.parametrize(
    "phrase",
    [
        "các xã chưa đạt chuẩn hoàn thành trước ngày 30/6/2027",
        "Đã ban hành kế hoạch, hoàn thành trước ngày 30/6/2027",
        "khó khăn, hoàn thành trước ngày 30/6/2027",
        "Kho bạc Nhà nước tỉnh hoàn thành trước ngày 30/6/2027",
    ],
)
def test_a_subject_or_a_clause_before_the_task_still_reads(phrase: str) -> None:
    assert read_days(phrase, PLAN)[2] == "2027-06-30"


# U13. The day a report's figures are taken, beside the day it is due, with their years:
# "thời điểm báo cáo là ngày 30/9/2027; thời hạn gửi báo cáo là 30/10/2027" read as two
# deadlines, the cut-off one of them (tune-q reads the yearless rule, the cut-off as gloss).
@pytest.mark.parametrize(
    "phrase",
    [
        "thời điểm báo cáo là ngày 30/9/2027; thời hạn gửi báo cáo là 30/10/2027",
        "Thời điểm báo cáo: ngày 30/9/2027, hạn gửi báo cáo: ngày 30/10/2027",
        "Ngày chốt số liệu: 30/9/2027; hạn nộp: 30/10/2027",
        "chốt số liệu ngày 30/9/2027, gửi báo cáo trước ngày 15/10/2027",
    ],
)
def test_the_figures_day_beside_the_due_day_is_no_second_deadline(phrase: str) -> None:
    assert "ngày lấy số liệu" in refused(phrase, DEC_2026)


def test_two_steps_with_their_days_still_read() -> None:
    readings = parse_deadlines(
        "đăng ký trước ngày 10/3/2027, nộp hồ sơ trước ngày 15/3/2027", DEC_2026
    )
    assert [str(one.last) for one in readings] == ["2027-03-10", "2027-03-15"]


# Properties over the kinds above, bounded (40 examples each).
_PERIODS = st.sampled_from(
    ["ngày 15/3/2027", "trước ngày 15/3/2027", "tháng 3/2027", "quý II/2027", "năm 2027"]
)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        ["quanh", "xấp xỉ", "cỡ", "như", "tương đương", "so cùng kỳ", "bằng cùng kỳ", "gấp đôi"]
    ),
    _PERIODS,
    st.sampled_from(["", "Tổ chức ", "tăng 10% ", "Sở Y tế hoàn thành "]),
)
def test_an_estimate_or_comparison_before_a_time_is_never_that_time(
    word: str, time: str, head: str
) -> None:
    with pytest.raises(DeadlineError):
        parse_deadlines(f"{head}{word} {time}", DEC_2026)


@settings(max_examples=40, deadline=None)
@given(
    st.dates(min_value=date(2027, 1, 1), max_value=date(2027, 12, 20)),
    st.integers(min_value=1, max_value=5),
    st.integers(min_value=0, max_value=6),
)
def test_a_weekday_before_a_span_is_read_only_as_its_first_days(
    first: date, length: int, weekday: int
) -> None:
    last = first + timedelta(days=length)
    if last.month != first.month:
        last = first + timedelta(days=1) if first.day < 28 else first
    if last == first:
        return
    name = WEEKDAYS[weekday].lower() if weekday == 6 else WEEKDAYS[weekday]
    phrase = f"{name}, ngày {first.day}-{last.day}/{first.month}/2027"
    try:
        reading = one(phrase, DEC_2026)
    except DeadlineError:  # refused ("Thứ Năm" may be "năm"): extra work, never a wrong day
        return
    assert first.weekday() == weekday
    assert days(reading) == (DeadlineKind.WINDOW, first, last)


# U14. A note closing the phrase that its time was dropped, called off, moved or changed, or
# hangs on the situation: "TỪ NĂM 2012 ĐẾN NĂM 2016 (bỏ)", "…, hoãn vô thời hạn", "… (dời)"
# (found by adding such notes to the corpus's phrases: 100,000 variants) read as the time.
@pytest.mark.parametrize(
    "phrase",
    [
        "TỪ NĂM 2027 ĐẾN NĂM 2030 (bỏ)",
        "trước ngày 7/8/2027 (đã bỏ)",
        "trong giai đoạn 2027 - 2030, hoãn vô thời hạn",
        "Giai đoạn 2027-2030, toàn tỉnh (dời)",
        "Giai đoạn 2027-2030 (đổi)",
        "Giai đoạn 2027-2030 (điều chỉnh)",
        "trong năm 2027, có thể lùi lại",
        "trong năm 2027, dự kiến lùi",
        "Tổng điều tra từ ngày 1 - 25.4.2027 trong toàn tỉnh, đã hủy",
        "trước ngày 7/8/2027 (không thực hiện)",
        "trước ngày 7/8/2027, tùy tình hình",
    ],
)
def test_a_time_noted_as_dropped_or_moved_is_refused(phrase: str) -> None:
    assert "không phải thời hạn đang chạy" in refused(phrase, DEC_2026)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("trước ngày 7/8/2027 (Điều chỉnh lần 2)", "2027-08-07"),
        ("Tháng 3/2027 - bỏ phiếu", "2027-03-31"),
        ("tháng 3/2027, thay đổi mẫu biểu", "2027-03-31"),
    ],
)
def test_a_revision_or_a_step_after_the_time_still_reads(phrase: str, last: str) -> None:
    assert read_days(phrase, PLAN)[2] == last
