"""Session 61, f61b: branch f61 narrowed where a fresh tester found holes.

f61 read a report named by one quarter or the year's review with a day of no year as each
year's day ("Báo cáo quý I trước ngày 15/3", the lead's ruling, as main reads its sibling
"Báo cáo 6 tháng đầu năm trước ngày 15/7"; the forms of the corpus's reporting rules,
tests/corpus/m-bnv-cv-581-bao-cao-cchc.yaml). The tester found:

- a crash: 29/02 after such a report built a date of a year with no 29/02 (now refused);
- the yearly reading taken with words after the day that name another year ("… năm tiếp
  theo", "… của năm sau liền kề"): only "hằng năm" may follow (main's refusals kept);
- a data cut-off day read as due ("thời gian chốt số liệu ngày 14/3"; main read the
  six-month sibling yearly; the cut-off, tests/corpus/
  y-gia-lai-ducco-byt-tt-05-2023-hiv-chot-so-lieu.yaml);
- "quỹ" (a fund) read as "quý": main's reading kept;
- the siblings told called off or waived ("Đã hủy báo cáo 6 tháng đầu năm …") read yearly;
- a call-off verb refused as a real step ("Kiểm kê trước …, hủy trước …");
- a printed day with its year refused after a quarter's or the year's report (the lead's
  ruling: the printed day is the deadline whatever quarter the report names).
"""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines
from kehoach.dates.reading import DeadlineKind

MAR_2026 = ctx("2026-03-01")
JAN_2026 = "2026-01-05"


# A1. 29/02 after a named report: refused, never a crash
@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo quý I trước ngày 29/2",
        "Báo cáo quý IV trước ngày 29/2",
        "Báo cáo tổng kết năm trước ngày 29/2",
        "Nộp báo cáo tổng kết năm chậm nhất ngày 29/02",
        "Báo cáo quý I trước ngày 29/2 hằng năm",
    ],
)
@pytest.mark.parametrize("standing", [False, True])
def test_29_february_after_a_named_report_is_refused(phrase: str, standing: bool) -> None:
    refused(phrase, Context(issued=date(2026, 3, 1), standing=standing))


_PERIODS = ("quý I", "quý II", "quý III", "quý IV", "quý 1", "quý 4", "tổng kết năm")


@given(
    st.sampled_from(_PERIODS),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=31),
    st.sampled_from(["", " hằng năm"]),
)
def test_any_day_after_a_named_report_reads_or_is_refused(
    period: str, month: int, day: int, cadence: str
) -> None:
    phrase = f"Báo cáo {period} trước ngày {day}/{month}{cadence}"
    with contextlib.suppress(DeadlineError):  # a reading or a refusal, never a crash
        parse_deadlines(phrase, Context(issued=date(2026, 3, 1)))


# A2. only "hằng năm" may follow the day of the yearly reading
@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo quý I trước ngày 15/3 năm kế tiếp của năm báo cáo",
        "Báo cáo quý I trước ngày 15/3 năm tiếp theo",
        "Báo cáo quý I trước ngày 15/3 của năm sau năm báo cáo",
        "Báo cáo quý II trước ngày 20/6 của năm sau liền kề",
        "Báo cáo quý III trước ngày 15/9 năm tiếp theo",
        "Báo cáo tổng kết năm trước ngày 10/12 năm tiếp theo",
        "Báo cáo quý IV trước ngày 15/1 năm tiếp theo",
        "Báo cáo tổng kết năm gửi chậm nhất ngày 15/1 của năm sau",
        "Báo cáo quý I trước ngày 15/3 năm sau",
    ],
)
def test_a_named_report_s_day_with_another_year_after_it_is_refused(phrase: str) -> None:
    refused(phrase, MAR_2026)


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("Báo cáo tổng kết năm trước ngày 10/12 hằng năm", "Báo cáo tổng kết năm"),
        ("Báo cáo quý I trước ngày 15/3 hằng năm", "Báo cáo quý I"),
        ("Báo cáo quý I trước ngày 15/3 hàng năm.", "Báo cáo quý I"),
    ],
)
def test_a_named_report_s_day_each_year_reads_and_names_it(phrase: str, label: str) -> None:
    reading = one(phrase, MAR_2026)
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.rrule is not None and "FREQ=YEARLY" in reading.rrule
    assert reading.label == label


@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo quý I trước ngày 15/3",
        "Báo cáo quý IV trước ngày 15/1",
        "Báo cáo quý I trước ngày 15/3.",
    ],
)
def test_the_plainest_line_still_reads_each_year(phrase: str) -> None:
    assert one(phrase, MAR_2026).kind is DeadlineKind.RECURRING


# A3. a data cut-off is no due day
@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo quý I thời gian chốt số liệu ngày 14/3",
        "Báo cáo 6 tháng đầu năm thời gian chốt số liệu ngày 14/6",
        "Báo cáo 9 tháng thời gian chốt số liệu ngày 14/9",
        "Báo cáo năm thời gian chốt số liệu ngày 14/12",
        "Báo cáo tổng kết năm chốt số liệu ngày 14/12",
    ],
)
def test_a_data_cut_off_day_is_refused(phrase: str) -> None:
    refused(phrase, MAR_2026)


# A4. "quỹ" (a fund) is no quarter: main's reading
@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Báo cáo quỹ I trước ngày 15/3", "2026-03-15"),
        ("Báo cáo quỷ I trước ngày 15/3", "2026-03-15"),
    ],
)
def test_a_fund_is_no_quarter(phrase: str, day: str) -> None:
    assert read_days(phrase, "2026-03-01") == (DeadlineKind.DATE, day, day)


@pytest.mark.parametrize(
    "phrase", ["Bao cao quy I truoc ngay 15/3", "BÁO CÁO QUÝ I TRƯỚC NGÀY 15/3"]
)
def test_a_quarter_typed_bare_or_in_capitals_is_still_one(phrase: str) -> None:
    assert one(phrase, MAR_2026).kind is DeadlineKind.RECURRING


# B. the siblings told called off or waived
@pytest.mark.parametrize(
    "phrase",
    [
        "Đã hủy báo cáo 6 tháng đầu năm trước ngày 15/7",
        "Đã bãi bỏ báo cáo 6 tháng đầu năm trước ngày 15/7",
        "Nay bãi bỏ báo cáo 6 tháng đầu năm trước ngày 15/7",
        "Được miễn báo cáo 6 tháng đầu năm trước ngày 15/7",
        "Đã được miễn báo cáo 6 tháng đầu năm trước ngày 15/7",
        "Xóa báo cáo 6 tháng đầu năm trước ngày 15/7",
        "Thôi báo cáo 6 tháng đầu năm trước ngày 15/7",
        "Đã hủy: báo cáo 6 tháng đầu năm trước ngày 15/7",
        "Đã hủy báo cáo 9 tháng trước ngày 15/9",
        "Được miễn báo cáo 9 tháng trước ngày 15/9",
        "Thôi báo cáo năm trước ngày 15/12",
        "Được miễn báo cáo năm trước ngày 15/12",
        "Đã hủy báo cáo năm gửi trước ngày 25/11 hằng năm",
        "Đã hủy báo cáo quý I trước ngày 15/3",
        "Được miễn báo cáo tổng kết năm trước ngày 10/12",
    ],
)
def test_a_report_told_called_off_or_waived_is_refused(phrase: str) -> None:
    refused(phrase, MAR_2026)


@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo 6 tháng đầu năm trước ngày 15/7",
        "Gửi báo cáo 6 tháng đầu năm trước ngày 15/7",
        "Báo cáo năm gửi trước ngày 25/11 hằng năm",
    ],
)
def test_the_plain_siblings_still_read_each_year(phrase: str) -> None:
    assert one(phrase, MAR_2026).kind is DeadlineKind.RECURRING


# C1. a call-off verb as a bare step among several: a real step, main's readings
@pytest.mark.parametrize(
    ("phrase", "labels"),
    [
        ("Rà soát trước 30/6/2026, bãi bỏ trước 31/12/2026", ["Rà soát", "bãi bỏ"]),
        ("Ban hành trước 30/6/2026, bãi bỏ trước 31/12/2026", ["Ban hành", "bãi bỏ"]),
        ("Niêm yết trước 15/5/2026; bãi bỏ trước 30/6/2026", ["Niêm yết", "bãi bỏ"]),
        (
            "Ban hành quyết định mới trước 30/6/2026; bãi bỏ: trước 31/7/2026",
            ["Ban hành quyết định mới", "bãi bỏ"],
        ),
        (
            "Rà soát văn bản trong quý II/2026, bãi bỏ trong quý III/2026",
            ["Rà soát văn bản", "bãi bỏ"],
        ),
        ("Kiểm kê trước ngày 30/6/2026, hủy trước ngày 31/7/2026", ["Kiểm kê", "hủy"]),
        ("Phân loại trước 30/6/2026; hủy bỏ trước 31/7/2026", ["Phân loại", "hủy bỏ"]),
        ("Kiểm tra trước 30/6/2026; xoá trước 31/7/2026", ["Kiểm tra", "xoá"]),
        ("Đăng ký trước 15/5/2026, hủy trước 20/5/2026", ["Đăng ký", "hủy"]),
        ("Đăng ký học phần trước 15/8/2026, hủy trước 30/8/2026", ["Đăng ký học phần", "hủy"]),
        ("Đăng ký: trước 15/5/2026; Hủy: trước 20/5/2026", ["Đăng ký", "Hủy"]),
        (
            "Đăng ký: từ 01/5/2026 đến 15/5/2026; Hủy: từ 16/5/2026 đến 20/5/2026",
            ["Đăng ký", "Hủy"],
        ),
        ("Bãi bỏ từ ngày 01/7/2026, thay thế từ ngày 01/8/2026", ["Bãi bỏ", "thay thế"]),
        (
            "Cấp nước bình thường đến hết 30/6/2026; tạm dừng từ 01/7/2026 đến 03/7/2026",
            ["Cấp nước bình thường", "tạm dừng"],
        ),
        (
            "Thi công từ 01/6/2026 đến 30/6/2026; tạm dừng từ 01/7/2026 đến 15/7/2026",
            ["Thi công", "tạm dừng"],
        ),
    ],
)
def test_a_call_off_verb_as_its_own_step_reads(phrase: str, labels: list[str]) -> None:
    assert [one.label for one in parse_deadlines(phrase, MAR_2026)] == labels


@pytest.mark.parametrize(
    "phrase",
    [
        "Hủy hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026",
        "Bãi bỏ hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026",
        "Miễn hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026",
        "Dừng hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026",
        "Tạm dừng triển khai trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026",
        "Hủy hoàn thành trước ngày 30/6/2026, báo cáo kết quả trước ngày 15/7/2026",
        "Hoàn thành trong quý II/2026 (thu hồi), báo cáo kết quả trước ngày 15/7/2026",
        "Hoàn thành trong quý II/2026 (đã hủy), báo cáo kết quả trước ngày 15/7/2026",
        "Hủy báo cáo 6 tháng đầu năm trước ngày 15/7",
        "Bãi bỏ báo cáo hằng tháng trước ngày 20",
    ],
)
def test_a_call_off_verb_right_before_another_step_stays_refused(phrase: str) -> None:
    refused(phrase, MAR_2026)


# C2. a printed day with its year is the deadline whatever quarter the report names
@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Gửi báo cáo quý IV trước ngày 15/4/2026", "2026-04-15"),
        ("Báo cáo quý IV/2025 trước ngày 31/3/2026", "2026-03-31"),
        ("Báo cáo quý I năm 2026 trước ngày 20/5/2026", "2026-05-20"),
        ("Gửi báo cáo quý IV năm 2025 trước ngày 15/4/2026", "2026-04-15"),
        ("Báo cáo quý IV năm 2025 trước ngày 28/2/2026", "2026-02-28"),
        ("Báo cáo quý I trước ngày 15/3 năm 2027", "2027-03-15"),
        ("Báo cáo quý IV trước ngày 29/2/2028", "2028-02-29"),
        # C3. "năm trước": both readings give the printed day
        ("Báo cáo năm trước ngày 15/12/2026", "2026-12-15"),
        ("Báo cáo năm trước ngày 31/12/2026", "2026-12-31"),
        ("Gửi báo cáo năm trước ngày 15/01/2027", "2027-01-15"),
        ("Báo cáo năm trước 15/1/2027", "2027-01-15"),
        ("Báo cáo năm trước ngày 15/12/2026 (số liệu năm 2026)", "2026-12-15"),
        ("Báo cáo năm trước ngày 15/1/2027", "2027-01-15"),
    ],
)
def test_a_printed_day_with_its_year_is_the_report_s_deadline(phrase: str, day: str) -> None:
    assert read_days(phrase, JAN_2026) == (DeadlineKind.DATE, day, day)


@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo quý I trước ngày 15/8",
        "Báo cáo quý IV trước ngày 15/4",
        "Báo cáo tổng kết năm trước ngày 15/6",
        "Đã báo cáo quý IV trước ngày 15/4/2026 và 15/5/2026",
    ],
)
def test_a_yearless_day_out_of_its_period_s_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx(JAN_2026))


@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo quý I thời gian chốt số liệu ngày 14/3",
        "Báo cáo 6 tháng đầu năm thời gian chốt số liệu ngày 14/6",
    ],
)
def test_a_data_cut_off_day_says_why(phrase: str) -> None:
    assert "ngày chốt số liệu của báo cáo, không phải hạn gửi" in refused(phrase, MAR_2026)
