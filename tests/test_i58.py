"""The period a review looks back on, and the day of the event a task serves, are no task's
time (helper i58, session 58: a fresh tester's finds on main, issued 01/03/2026).

- "Tổng kết năm 2025" read as a window over 2025, due 31/12/2025; "Sơ kết 6 tháng đầu năm
  2026" as the half, "Kiểm toán báo cáo tài chính năm 2025", "Kiểm điểm năm 2025", "Bình xét
  thi đua năm 2025", "Thanh tra/Kiểm tra việc … năm 2025" as their years: the review of a
  period is made after it (or at its very end), so each is refused when the period is its only
  time (`kehoach.dates.reviewed`), as "Tổ chức hội nghị tổng kết năm 2025" already was. What the
  corpus reads stays read: a review with its own time, a meeting's agenda with the period to
  come (the lead's convention 10: "tổng kết công tác năm 2025 và triển khai phương hướng, nhiệm
  vụ trọng tâm năm 2026", zu-sggp-phuong-cau-ong-lanh-hoi-nghi-ky-ket-vnpt-2026.yaml), the
  review of a term ("nhằm tổng kết
  nhiệm kỳ 2022-2025", zc-tracuuquyhoach-dai-hoi-phu-nu-toan-quoc-2026.yaml), checks over a
  year ("Tăng cường công tác kiểm tra, giám sát việc … năm 2026",
  r-lai-chau-kh-1888-vpubnd-cchc-2026.yaml).
- "Đăng ký tham dự hội nghị ngày 20/4/2026", "Gửi tham luận phục vụ Hội nghị sơ kết ngày
  20/4/2026" read as due 20/04, and "Chuẩn bị cho kỳ thi ngày 10/6/2026, hoàn thành trước
  30/5/2026" as due 10/06 and 30/05: one registers, sends or prepares before the event, so the
  event's day is refused as the task's (`kehoach.dates.eventserved`). The event held or
  attended on its day stays read ("Tổ chức hội nghị ngày 20/4/2026", "Cử cán bộ tham dự tập
  huấn ngày 20/4/2026"); no corpus phrase has the form (the nearest,
  zl-thoxuan-thanhhoa-giai-bong-da-cup-lam-son-2024.yaml, tells the event's own opening).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

MAR_2026 = ctx("2026-03-01")


# --- the period reviewed --------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Tổng kết năm 2025",
        "Tổng kết công tác năm 2025",
        "Tong ket nam 2025",
        "Sơ kết 6 tháng đầu năm 2026",
        "Sơ kết 6 tháng đầu năm 2026 tại các đơn vị",
        "Sơ kết quý I/2026",
        "Sơ kết 9 tháng năm 2026",
        "Tổng kết giai đoạn 2021-2025",
        "Tổng kết 5 năm thực hiện Nghị quyết giai đoạn 2021-2025",
        "Tổng kết công tác thi đua, khen thưởng năm 2025",
        "Kiểm điểm năm 2025",
        "Kiểm điểm tập thể, cá nhân năm 2025",
        "Bình xét thi đua năm 2025",
        "Bình xét, suy tôn danh hiệu thi đua năm 2025",
        "Kiểm toán báo cáo tài chính năm 2025",
        "Xét khen thưởng năm 2025",
        "Chấm điểm thi đua năm 2025",
    ],
)
def test_a_review_whose_only_time_is_the_period_reviewed_is_refused(phrase: str) -> None:
    """The period looked back on is no time to do the review: never due on its last day."""
    assert "nhìn lại" in refused(phrase, MAR_2026)


@pytest.mark.parametrize(
    "phrase",
    [
        "Thanh tra việc thực hiện chính sách năm 2025",
        "Kiểm tra việc thực hiện năm 2025",
        "Kiểm tra việc thực hiện các nhiệm vụ năm 2026",
    ],
)
def test_an_inspection_of_a_doing_named_by_its_year_is_refused(phrase: str) -> None:
    """The year of the work inspected is not when the inspectors come."""
    assert "việc được thanh tra" in refused(phrase, MAR_2026)


def test_an_agenda_of_spans_is_refused_not_read_as_the_span_reviewed() -> None:
    """The tester's "Tổng kết giai đoạn 2021-2025, triển khai giai đoạn 2026-2030" read the
    five years reviewed as due; the span to come is a name the label leaves out, so the
    review's span is the only time and the phrase is refused."""
    refused("Tổng kết giai đoạn 2021-2025, triển khai giai đoạn 2026-2030", MAR_2026)
    refused("Tổng kết giai đoạn 2021-2025 và triển khai kế hoạch giai đoạn 2026-2030", MAR_2026)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a time of its own
        ("Tổng kết năm 2026 trước ngày 15/12/2026", ("DATE", "2026-12-15", "2026-12-15")),
        ("tổng kết vào năm 2027", ("WINDOW", "2027-01-01", "2027-12-31")),
        ("Hoàn thành việc tổng kết trong tháng 12/2026", ("WINDOW", "2026-12-01", "2026-12-31")),
        ("Tổng kết năm 2025 trong tháng 1/2026", ("WINDOW", "2026-01-01", "2026-01-31")),
        ("Tổng kết, trao giải trong tháng 10/2026", ("WINDOW", "2026-10-01", "2026-10-31")),
        ("Kiểm điểm cuối năm 2025", ("WINDOW", "2025-10-01", "2025-12-31")),
        ("Tổng kết đầu năm 2027", ("WINDOW", "2027-01-01", "2027-03-31")),
        ("Sơ kết giữa năm 2026", ("WINDOW", "2026-04-01", "2026-09-30")),
        ("Kiểm tra việc thực hiện trước ngày 30/6/2026", ("DATE", "2026-06-30", "2026-06-30")),
        (
            "Kiểm toán báo cáo tài chính năm 2025 hoàn thành trước ngày 31/3/2026",
            ("DATE", "2026-03-31", "2026-03-31"),
        ),
        # the review of a term (zc-tracuuquyhoach)
        ("nhằm tổng kết nhiệm kỳ 2022-2025", ("WINDOW", "2022-01-01", "2025-12-31")),
        # a plan of audits, checks over a year, the audit office's name: when they run
        ("Kế hoạch kiểm toán năm 2026", ("WINDOW", "2026-01-01", "2026-12-31")),
        ("Kiểm toán nhà nước năm 2026", ("WINDOW", "2026-01-01", "2026-12-31")),
        ("Kiểm tra công tác CCHC năm 2026", ("WINDOW", "2026-01-01", "2026-12-31")),
        ("Kiểm tra, giám sát năm 2026", ("WINDOW", "2026-01-01", "2026-12-31")),
        ("Đoàn kiểm tra việc thực hiện năm 2026", ("WINDOW", "2026-01-01", "2026-12-31")),
        (
            "Kiểm tra cải cách hành chính Nhà nước năm 2026 trên địa bàn xã",
            ("WINDOW", "2026-01-01", "2026-12-31"),
        ),
        (
            "Tăng cường công tác kiểm tra, giám sát việc triển khai thực hiện các nhiệm vụ cải "
            "cách hành chính năm 2026",
            ("WINDOW", "2026-01-01", "2026-12-31"),
        ),
        # a review told as a subject (zk-thuvienphapluat)
        (
            "việc kiểm điểm, đánh giá, xếp loại năm 2025 cần triển khai một số nội dung sau",
            ("WINDOW", "2025-01-01", "2025-12-31"),
        ),
        # a different verb: the work carried out over its year, a supervision over the year
        # of the funds (test_deadline_misreads31)
        ("Thực hiện kế hoạch năm 2026", ("WINDOW", "2026-01-01", "2026-12-31")),
        ("giám sát việc sử dụng vốn năm 2026", ("WINDOW", "2026-01-01", "2026-12-31")),
    ],
)
def test_neighbours_of_a_review_read_as_before(phrase: str, expected: tuple[str, ...]) -> None:
    """A review with a time of its own, a meeting or a term named, checks over a year: read
    as main read them."""
    kind, first, last = expected
    assert read_days(phrase, "2026-03-01") == (DeadlineKind[kind], first, last)


def test_a_yearly_rating_with_its_own_day_stays_yearly() -> None:
    """ "hoàn thành việc xét khen thưởng trước ngày 31 tháng 01 hàng năm"
    (l-bct-tt-16-2018-ho-so-khen-thuong.yaml): its own yearly day, read as on main."""
    reading = one("hoàn thành việc xét khen thưởng trước ngày 31 tháng 01 hàng năm", MAR_2026)
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31"


def test_an_agenda_of_years_reads_both_as_convention_10_does() -> None:
    """The lead's convention 10 (zu-sggp): a meeting's agenda names the year reviewed and the
    year to come, and both are read; the rule leaves it to the lead."""
    for phrase in (
        "tổng kết công tác năm 2025 và triển khai phương hướng, nhiệm vụ trọng tâm năm 2026",
        "Tổng kết năm 2025, triển khai nhiệm vụ năm 2026",
    ):
        years = [(r.first, r.last) for r in parse_deadlines(phrase, MAR_2026)]
        assert [(str(a), str(b)) for a, b in years] == [
            ("2025-01-01", "2025-12-31"),
            ("2026-01-01", "2026-12-31"),
        ]


@pytest.mark.parametrize(
    "phrase",
    [
        "Tổ chức hội nghị tổng kết năm 2025",  # the review held, refused before
        "Tổng kết năm học 2025-2026",  # no word between the step and the school year
    ],
)
def test_neighbours_refused_before_stay_refused(phrase: str) -> None:
    """Refusals of main stay refusals."""
    refused(phrase, MAR_2026)


# --- the event a task serves ----------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Đăng ký tham dự hội nghị ngày 20/4/2026",
        "Đăng ký tham dự hội nghị vào ngày 20/4/2026",
        "Dang ky tham du hoi nghi ngay 20/4/2026",
        "Đăng ký dự tập huấn ngày 20/4/2026",
        "Gửi tham luận phục vụ Hội nghị sơ kết ngày 20/4/2026",
        "Gửi danh sách đại biểu dự Hội nghị tổ chức ngày 20/4/2026",
        "Gửi giấy mời họp cho cuộc họp ngày 20/4/2026",
        "Nộp bài dự thi cho cuộc thi ngày 20/4/2026",
        "Chuẩn bị cho Đại hội ngày 15/10/2026",
        "Chuẩn bị cho lễ khai giảng ngày 5/9/2026",
        "Chuẩn bị cho kỳ thi bắt đầu ngày 10/6/2026",
        "Chuẩn bị tài liệu phục vụ kỳ họp HĐND diễn ra ngày 10/7/2026",
        "Chuẩn bị các điều kiện tổ chức Hội nghị ngày 20/4/2026",
        "Đăng ký tham dự Hội nghị (ngày 20/4/2026)",
        # the event's month: a window that ends after the event
        "Đăng ký tham gia Hội chợ tháng 5/2026",
        "Chuẩn bị cho Đại hội tháng 10/2026",
    ],
)
def test_a_task_for_an_event_dated_by_the_event_is_refused(phrase: str) -> None:
    """Registering, sending, preparing are due before the event's day, which is no deadline."""
    assert "lúc diễn ra sự kiện" in refused(phrase, MAR_2026)


def test_preparation_never_due_on_the_exam_day() -> None:
    """ "Chuẩn bị cho kỳ thi ngày 10/6/2026, hoàn thành trước 30/5/2026" read 10/06 as a
    deadline of the preparation beside 30/05: refused whole, never 10/06."""
    refused("Chuẩn bị cho kỳ thi ngày 10/6/2026, hoàn thành trước 30/5/2026", MAR_2026)
    # the preparation with its own day alone reads it
    assert read_days("Chuẩn bị cho kỳ thi, hoàn thành trước 30/5/2026", "2026-03-01")[1:] == (
        "2026-05-30",
        "2026-05-30",
    )


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # the event held, attended, opened on its day: the task's day
        ("Tổ chức hội nghị ngày 20/4/2026", "2026-04-20"),
        ("Dự kiến tổ chức hội nghị ngày 20/4/2026", "2026-04-20"),
        ("Dự kiến tổ chức ngày 20/4/2026", "2026-04-20"),
        ("Cử cán bộ tham dự tập huấn ngày 20/4/2026", "2026-04-20"),
        ("Tham dự hội nghị ngày 20/4/2026", "2026-04-20"),
        ("Hội nghị khai mạc ngày 20/4/2026", "2026-04-20"),
        ("Khai mạc kỳ thi ngày 10/6/2026", "2026-06-10"),
        ("Kỳ thi diễn ra ngày 10/6/2026", "2026-06-10"),
        # the task with its own word of time
        ("Gửi tham luận cho hội nghị trước ngày 15/4/2026", "2026-04-15"),
        ("Đăng ký tham dự hội nghị trước ngày 15/4/2026", "2026-04-15"),
        ("Gửi báo cáo về Sở trước ngày 20/4/2026 để phục vụ hội nghị", "2026-04-20"),
        # no event named, or none after the verb ("hợp lệ", "lệ phí" are no "lễ")
        ("Gửi báo cáo ngày 20/4/2026", "2026-04-20"),
        ("Nộp lệ phí ngày 20/4/2026", "2026-04-20"),
        ("Nộp hồ sơ hợp lệ ngày 20/4/2026", "2026-04-20"),
        ("Chuẩn bị hội trường ngày 20/4/2026", "2026-04-20"),
        # what is said at the event, ready when it is used (test_deadline_forms_zn)
        ("chuẩn bị bài phát biểu tại hội nghị ngày 15/3/2026", "2026-03-15"),
        # the contest's end, by which entries close
        ("Nộp bài dự thi cho cuộc thi kết thúc ngày 20/4/2026", "2026-04-20"),
    ],
)
def test_neighbours_of_an_event_read_as_before(phrase: str, day: str) -> None:
    """The event itself on its day, or a task with its own time: one date, as main read it."""
    reading = one(phrase, MAR_2026)
    assert (reading.kind, str(reading.last)) == (DeadlineKind.DATE, day)


@pytest.mark.parametrize(
    ("phrase", "month"),
    [
        ("Tổ chức Hội chợ tháng 5/2026", ("2026-05-01", "2026-05-31")),
        ("Cử cán bộ tham dự tập huấn tháng 5/2026", ("2026-05-01", "2026-05-31")),
        ("Đăng ký tham dự hội nghị trong tháng 4/2026", ("2026-04-01", "2026-04-30")),
        ("Chuẩn bị cho Đại hội, hoàn thành trong tháng 9/2026", ("2026-09-01", "2026-09-30")),
    ],
)
def test_neighbours_of_an_event_month_read_as_before(phrase: str, month: tuple[str, str]) -> None:
    """The event held or attended in its month, or the task's own month after "trong": the
    month's window, as main read it."""
    assert read_days(phrase, "2026-03-01") == (DeadlineKind.WINDOW, *month)


def test_the_registration_told_apart_from_the_meeting_stays_refused() -> None:
    """Main's refusal the brief reuses: two days, none chosen."""
    refused("Hội nghị ngày 20/4/2026, đăng ký trước ngày 15/4/2026", MAR_2026)


@pytest.mark.parametrize(
    "phrase",
    [
        # a deadline's own words, where it is sent, what comes of the event (the merge's
        # tester: each refused by the first version, read right on main)
        "Đăng ký tham dự hội nghị muộn nhất ngày 10/4/2026",
        "Đăng ký tham dự hội nghị trễ nhất ngày 10/4/2026",
        "Đăng ký tham dự hội nghị không muộn hơn ngày 10/4/2026",
        "Các đơn vị đăng ký tham dự hội nghị về Văn phòng ngày 10/4/2026",
        "Đăng ký tham dự hội nghị qua email ngày 10/4/2026",
        "Gửi biên bản hội nghị ngày 10/4/2026",
        "Gửi kết quả hội nghị ngày 10/4/2026",
    ],
)
def test_a_task_for_an_event_with_its_own_deadline_reads_it(phrase: str) -> None:
    assert one(phrase, ctx("2026-03-01")).last == date(2026, 4, 10)
