"""Three forms the corpus refused, read as their plain forms are.

1. A due day followed, with no comma, by what it must ensure ("… hết ngày 1/9 đảm bảo …").
Source: "Theo kế hoạch xã sẽ tiến hành cấp phát quà cho người dân hết ngày 1/9 đảm bảo 100%
người dân trên địa bàn xã được nhận quà Tết Độc lập của Nhà nước" (Báo Thanh Hóa on the 2025
National Day gift; tests/corpus/zh-baothanhhoa-yen-truong-qua-tet-doc-lap-2025.yaml), refused
on main as "không nhận ra thời hạn" though its comma form ("… hết ngày 1/9, đảm bảo …") and its
"để" form read. Two changes read it:

- `steps._CUT` cuts before "đảm bảo" / "bảo đảm" (so as to ensure) as it cuts before "để" and
  "nhằm": the words after it are then checked as any words after a time are
  (`label.read_trailing`), so a time, a cadence, a second day or a round there stays refused.
- `label._NAMES_WITH_TIME_WORDS` blanks "quà Tết" (the holiday's gift, a thing handed out,
  with "Nguyên đán" or "Độc lập" after it): no Tết of a time. "trước Tết", "sau Tết", a year
  or a day after the gift's name stay words of time and are refused.

The neighbours below must not read differently: a word of time, a cadence, a second day, a
negation, a condition, a thing told done, or a count of times after "đảm bảo" keep the phrase
refused; and the comma form reads as before.

2. A students' cohort by its code, "K27", "từ K25 về trước", as "khóa 27" and "khóa 25 trở về
trước" already read. Source: "- Sinh viên K27 bắt đầu đăng ký từ ngày 09/08/2022" and "- Sinh
viên từ K25 về trước bắt đầu đăng ký từ ngày 02/08/2022" (Đại học Duy Tân, 2022-2023;
tests/corpus/zv-duytan-dang-ky-tin-chi-hk1-2022-2023.yaml), refused on main for the number
"27" / "25" before the time. `label._NAMED_NUMBER` takes "K" and two digits right after "sinh
viên" / "học viên" (and "từ") as the cohort; `label._NAMES_WITH_TIME_WORDS` takes "về trước"
right after such a code ("K25 về trước", those before it) as "trở về trước" is taken. A lone
code ("K27 bắt đầu …"), one letter of a month or a quarter ("T6", "Q3"), a spaced or longer
code, a second code, and "về sau" or a time after "về trước" stay refused or read as before.

3. A campaign month by its name, "tháng việc làm" (the job month), "Tháng Thanh niên", "Tháng
Nhân đạo", "Tháng Công nhân", as "Tháng hành động" already reads: no month of the calendar.
Source: "Xuyên suốt trong tháng việc làm từ ngày 2 - 30/3 là hoạt động kết nối trực tuyến với
phần mềm sàn giao dịch việc làm online tại địa chỉ http://vieclamhue.vn/sanonline" (Vnanet on
Huế's job month, 2026; tests/corpus/zh-vnanet-hue-thang-viec-lam-2026.yaml), refused on main
for "tháng" before the time. `label._NAMES_WITH_TIME_WORDS` blanks the name; a year, "tới",
"sau", "đầu năm" after it, a hedge, a negation, a thing told done, a condition, "hoặc" stay
refused.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

ISSUED = "2025-08-31"  # the page's day (Chiều 31/8)
SOURCE = (
    "Theo kế hoạch xã sẽ tiến hành cấp phát quà cho người dân hết ngày 1/9 đảm bảo 100% người "
    "dân trên địa bàn xã được nhận quà Tết Độc lập của Nhà nước"
)


def test_the_source_phrase_reads_its_due_day() -> None:
    assert read_days(SOURCE, ISSUED) == (DeadlineKind.DATE, "2025-09-01", "2025-09-01")


@pytest.mark.parametrize(
    "phrase",
    [
        "cấp phát quà cho người dân hết ngày 1/9 đảm bảo 100% người dân được nhận quà",
        "hoàn thành trước ngày 30/9 bảo đảm đúng tiến độ",
        "hoàn thành trước ngày 30/9 bảo đảm chất lượng, hiệu quả",
        "cấp phát quà hết ngày 1/9 bảo đảm tiến độ của Chính phủ",
        "trao quà hết ngày 1/9 đảm bảo mọi người dân được nhận quà Tết Nguyên đán",
    ],
)
def test_a_purpose_after_the_day_reads_as_its_comma_form(phrase: str) -> None:
    """The cut gives the phrase the reading its comma form has on main."""
    comma = phrase.replace(" đảm bảo", ", đảm bảo").replace(" bảo đảm", ", bảo đảm")
    assert read_days(phrase, ISSUED) == read_days(comma, ISSUED)
    assert one(phrase, ctx(ISSUED)).kind is DeadlineKind.DATE


@pytest.mark.parametrize(
    "phrase",
    [
        # a second day or a time after "đảm bảo": the day of another step
        "cấp phát quà cho người dân hết ngày 1/9 đảm bảo đến ngày 5/9 người dân được nhận quà",
        "cấp phát quà hết ngày 1/9 đảm bảo hoàn thành trước ngày 2/9",
        "cấp phát quà cho người dân hết ngày 1/9 đảm bảo trong tháng 9 người dân được nhận quà",
        "cấp phát quà hết ngày 1/9 đảm bảo chậm nhất 5 ngày sau người dân được nhận quà",
        "hoàn thành trước ngày 30/9 bảo đảm sớm nhất có thể",
        "hoàn thành trước ngày 30/9 hoặc bảo đảm hoàn thành trong quý IV",
        # a cadence or a count of times: each period's, not this day's
        "cấp phát quà cho người dân hết ngày 1/9 đảm bảo hằng năm người dân được nhận quà",
        "hoàn thành trước ngày 30/9 bảo đảm mỗi tuần báo cáo một lần",
        # the gift's Tết followed by a time: before, after, another year
        "cấp phát quà cho người dân hết ngày 1/9 đảm bảo người dân được nhận quà trước Tết",
        "cấp phát quà cho người dân hết ngày 1/9 đảm bảo người dân nhận quà sau Tết",
        "cấp phát quà cho người dân hết ngày 1/9 đảm bảo người dân được nhận quà Tết năm sau",
        "cấp phát quà cho người dân hết ngày 1/9 đảm bảo người dân được nhận quà Tết 2026",
        "nhận quà trước ngày 25/1 đảm bảo ai cũng có quà Tết 2027",
        # the step told done, negated, or under a condition
        "đã cấp phát quà hết ngày 1/9 đảm bảo người dân được nhận quà",
        "không cấp phát quà hết ngày 1/9 đảm bảo người dân được nhận quà",
        "cấp phát quà hết ngày 1/9 nếu đảm bảo đủ nguồn quà",
        # the source phrase's day in the past of its page, or with no year to take
        "cấp phát quà cho người dân hết ngày 1/8 đảm bảo 100% người dân được nhận quà",
    ],
)
def test_a_time_or_a_doubt_after_the_purpose_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx(ISSUED))


def test_no_issue_day_still_refuses_the_yearless_day() -> None:
    assert refused(SOURCE)


@pytest.mark.parametrize(
    "phrase",
    [
        # "Tết" itself, not the gift, stays a time after a day
        "phát quà trước ngày 25/1 đảm bảo người dân vui Tết",
        "phát quà trước ngày 25/1 đảm bảo xong trước Tết Nguyên đán",
    ],
)
def test_tet_as_a_time_stays_refused(phrase: str) -> None:
    """Refused with the word that could move the day named, no longer "không nhận ra"."""
    assert "không nhận ra" not in refused(phrase, ctx("2025-12-20"))


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        ("- Sinh viên K27 bắt đầu đăng ký từ ngày 09/08/2022", "2022-08-09"),
        ("- Sinh viên từ K25 về trước bắt đầu đăng ký từ ngày 02/08/2022", "2022-08-02"),
        ("Học viên K27 bắt đầu học từ ngày 09/08/2022", "2022-08-09"),
        ("Sinh viên từ K25 trở về trước bắt đầu đăng ký từ ngày 02/08/2022", "2022-08-02"),
    ],
)
def test_a_cohort_code_reads_as_the_cohort(phrase: str, start: str) -> None:
    reading = one(phrase)
    assert (str(reading.earliest), reading.last) == (start, None)


def test_a_cohort_code_leaves_a_window_or_a_due_day_as_written() -> None:
    assert read_days("Sinh viên K27 nhập học từ ngày 09/08/2022 đến 15/08/2022") == (
        DeadlineKind.WINDOW,
        "2022-08-09",
        "2022-08-15",
    )
    assert read_days("Sinh viên K27 đăng ký trước ngày 09/08/2022") == (
        DeadlineKind.DATE,
        "2022-08-09",
        "2022-08-09",
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # the code alone, spaced, too short or too long, glued to a day, or two of them
        "K27 bắt đầu đăng ký từ ngày 09/08/2022",
        "Sinh viên K 27 bắt đầu đăng ký từ ngày 09/08/2022",
        "Sinh viên K2 bắt đầu đăng ký từ ngày 09/08/2022",
        "Sinh viên K270 bắt đầu đăng ký từ ngày 09/08/2022",
        "Sinh viên K27/8 bắt đầu đăng ký từ ngày 09/08/2022",
        "Sinh viên K27, K28 bắt đầu đăng ký từ ngày 09/08/2022",
        "Km K27 thi công từ ngày 02/08/2022",
        # a month's or a quarter's letter: a time, not a cohort
        "Sinh viên T6 bắt đầu đăng ký từ ngày 09/08/2022",
        "Sinh viên Q3 bắt đầu đăng ký từ ngày 09/08/2022",
        # the step told done, negated, under a condition, each year, counted
        "Sinh viên K27 đã đăng ký từ ngày 09/08/2022",
        "Sinh viên K27 không đăng ký từ ngày 09/08/2022",
        "Sinh viên K27 nếu chưa đăng ký thì đăng ký từ ngày 09/08/2022",
        "Sinh viên K27 hằng năm đăng ký từ ngày 09/08/2022",
        "Sinh viên K27 đăng ký 2 lần từ ngày 09/08/2022",
        # "về sau", a bare number, or a count after "về trước"
        "Sinh viên từ K25 về sau bắt đầu đăng ký từ ngày 02/08/2022",
        "Sinh viên 25 về trước bắt đầu đăng ký từ ngày 02/08/2022",
        "Sinh viên từ K25 về trước 10 ngày bắt đầu đăng ký từ ngày 02/08/2022",
        "Hồ sơ 30 ngày về trước nộp từ ngày 02/08/2022",
        # a second day
        "Sinh viên K25 trước ngày 01/08/2022 bắt đầu đăng ký từ ngày 02/08/2022",
    ],
)
def test_no_cohort_code_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2022-07-20"))


def test_a_time_after_ve_truoc_is_the_time_part() -> None:
    """ "về trước ngày …" is no cohort's "về trước": the day is read as the due day, as its
    "khóa 25" form reads on main."""
    assert read_days("Sinh viên K25 về trước ngày 02/08/2022 đăng ký") == read_days(
        "Sinh viên khóa 25 về trước ngày 02/08/2022 đăng ký"
    )


JOB_MONTH = (
    "Xuyên suốt trong tháng việc làm từ ngày 2 - 30/3 là hoạt động kết nối trực tuyến với phần "
    "mềm sàn giao dịch việc làm online tại địa chỉ http://vieclamhue.vn/sanonline"
)


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        (JOB_MONTH, "2026-03-02", "2026-03-30"),
        ("Trong Tháng Thanh niên, từ ngày 1/3 đến 31/3 ra quân", "2026-03-01", "2026-03-31"),
        ("Tháng Nhân đạo từ ngày 1/5 đến 31/5", "2026-05-01", "2026-05-31"),
        ("Tháng Công nhân từ ngày 1/5 đến 31/5", "2026-05-01", "2026-05-31"),
    ],
)
def test_a_campaign_month_by_its_name_is_no_month(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, "2026-03-01") == (DeadlineKind.WINDOW, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "Tháng việc làm 2027 từ ngày 2 - 30/3",
        "Tháng việc làm tới từ ngày 2 - 30/3",
        "Tháng việc làm sau từ ngày 2 - 30/3",
        "tháng việc làm đầu năm từ ngày 2 - 30/3",
        "tháng 3 việc làm từ ngày 2 - 30/3",
        "tháng việc làm có thể từ ngày 2 - 30/3",
        "tháng việc làm không diễn ra từ ngày 2 - 30/3",
        "tháng việc làm đã diễn ra từ ngày 2 - 30/3",
        "tháng việc làm dự kiến từ ngày 2 - 30/3 hoặc tháng 4",
        "tháng việc làm kéo dài đến tháng 4, từ ngày 2 - 30/3",
        "nếu tổ chức tháng việc làm thì từ ngày 2 - 30/3",
        "Trong Tháng Thanh niên hoàn thành trước ngày 20",
    ],
)
def test_a_month_of_the_calendar_or_a_doubt_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2026-03-01"))


def test_the_job_month_reads_as_the_action_month_does() -> None:
    for said in (
        "trong tháng {} hằng năm từ ngày 2 - 30/3",
        "trong tháng {} từ ngày 2 - 30/3 và tháng 5",
    ):
        job = [
            (r.kind, r.first, r.last, r.rrule)
            for r in parse_deadlines(said.format("việc làm"), ctx("2026-03-01"))
        ]
        action = [
            (r.kind, r.first, r.last, r.rrule)
            for r in parse_deadlines(said.format("hành động"), ctx("2026-03-01"))
        ]
        assert job == action
