"""A registration or a submission with the event's day told after it is no deadline on that
day (helper s59, session 59: a fresh breaker's finds on main, issued 01/03/2026).

"Đăng ký dự thi kỳ thi tốt nghiệp THPT (thi ngày 11/6/2026)" read as due 11/06, "Đăng ký xét
tuyển (công bố kết quả ngày 20/8/2026)" as due 20/08, "Nộp bài dự thi (Lễ trao giải ngày
30/6/2026)" as due 30/06, "Đăng ký gian hàng tham gia Hội chợ OCOP (diễn ra từ 15-20/4/2026)"
as a window over the fair, "Đăng ký thi đấu Giải bóng đá (khai mạc ngày 10/5/2026)" and "Đăng
ký dự tập huấn (tập huấn ngày 25/3/2026)" likewise. One registers or sends *before* the
event, by a day the phrase does not give, so each is refused
(`kehoach.dates.eventserved._DAY_TOLD_AFTER`), as main already refused "Đăng ký tham dự Hội
nghị (ngày 20/3/2026)" (session 58's i58). The same after a comma, a semicolon or a dash.

No corpus phrase has the form. The nearest stay read: the exam itself with its days in
brackets, "Thi tốt nghiệp THPT (dự kiến diễn ra trong các ngày 11, 12/6/2026)"
(b-baophutho-qd-2769-nam-hoc-2025-2026.yaml), and a registration period told for "thí sinh"
after a comma, "Trong giai đoạn đăng ký và điều chỉnh nguyện vọng, thí sinh sẽ có thời gian
từ ngày 17 đến 21/6/2026 …" (zh-ngaynay-moc-tuyen-sinh-dai-hoc-2026.yaml, which a first
version refused). What else stays as on main: the step's own deadline ("đến hết", "muộn
nhất", "chậm nhất", "không muộn hơn", "hạn chót" in the bracket), the task's own window told
in the bracket ("tổ chức tiếp nhận từ …"), the event itself as the step ("Tổ chức thi ngày
11/6/2026", "Khai mạc Hội chợ ngày 15/4/2026"), attending it on its day, and i58's
narrowings ("… về Văn phòng ngày", "Gửi biên bản hội nghị ngày").
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

MAR_2026 = ctx("2026-03-01")

# the words of this refusal: the day told with the task is the event's
TOLD_AFTER = "ngày nêu kèm là lúc diễn ra sự kiện"


@pytest.mark.parametrize(
    "phrase",
    [
        # the breaker's phrases
        "Đăng ký dự thi kỳ thi tốt nghiệp THPT (thi ngày 11/6/2026)",
        "Đăng ký xét tuyển (công bố kết quả ngày 20/8/2026)",
        "Nộp bài dự thi (Lễ trao giải ngày 30/6/2026)",
        "Đăng ký gian hàng tham gia Hội chợ OCOP (diễn ra từ 15-20/4/2026)",
        "Đăng ký thi đấu Giải bóng đá (khai mạc ngày 10/5/2026)",
        "Đăng ký dự tập huấn (tập huấn ngày 25/3/2026)",
        # other ways to tell the event's day in the bracket
        "Gửi danh sách (tổ chức vào ngày 20/3/2026)",
        "Chuẩn bị cho Hội chợ (khai mạc ngày 15/4/2026)",
        "Đăng ký dự thi (dự kiến thi ngày 11/6/2026)",
        "Đăng ký dự thi (thi dự kiến ngày 11/6/2026)",
        "Đăng ký dự thi (thời gian thi ngày 11/6/2026)",
        "Đăng ký dự thi (thi ngày 11 tháng 6 năm 2026)",
        "Đăng ký dự thi (thi tốt nghiệp THPT ngày 11/6/2026)",
        "Đăng ký dự thi (Kỳ thi dự kiến tổ chức ngày 11 tháng 6 năm 2026)",
        "Đăng ký dự thi (dự kiến diễn ra trong các ngày 11, 12/6/2026)",
        "Đăng ký dự thi (thi vào các ngày 11, 12/6/2026)",
        "Đăng ký dự thi (thi ngày 11 và 12/6/2026)",
        "Đăng ký thi đấu (khai mạc lúc 8h ngày 10/5/2026)",
        "Đăng ký thi đấu (khai mạc vào lúc 8 giờ 00 ngày 10/5/2026)",
        "Đăng ký gian hàng (tổ chức từ ngày 15/4 đến ngày 20/4/2026)",
        "Đăng ký gian hàng (tổ chức trong tháng 5/2026)",
        "Đăng ký tham gia Hội chợ (sẽ được tổ chức vào ngày 15/4/2026)",
        "Đăng ký tham gia Giải chạy (Giải diễn ra ngày 10/5/2026)",
        "Đăng ký tham gia (Lễ hội diễn ra từ 1/5 đến 3/5/2026)",
        "Nộp tác phẩm dự thi (trao giải vào dịp 2/9/2026)",
        "Nộp tác phẩm (Lễ tổng kết và trao giải dự kiến tổ chức vào ngày 30/6/2026)",
        "Nộp bài (Cuộc thi tổ chức tháng 5/2026)",
        "Nộp hồ sơ (thi tuyển ngày 20/5/2026)",
        "Nộp báo cáo (họp giao ban ngày 20/3/2026)",
        "Gửi tham luận (Hội thảo dự kiến tổ chức ngày 20/4/2026)",
        "Đăng kí dự thi (thi ngày 11/6/2026)",
        "Dang ky du thi (thi ngay 11/6/2026)",
        # after a comma, a semicolon, a dash
        "Đăng ký dự thi kỳ thi tốt nghiệp THPT, thi ngày 11/6/2026",
        "Đăng ký dự thi kỳ thi tốt nghiệp THPT - thi ngày 11/6/2026",
        "Đăng ký xét tuyển, công bố kết quả ngày 20/8/2026",
        "Đăng ký gian hàng tham gia Hội chợ OCOP; diễn ra từ 15-20/4/2026",
        "Chuẩn bị gian hàng – Hội chợ diễn ra từ ngày 15/4 đến ngày 20/4/2026",
    ],
)
def test_a_task_with_the_events_day_told_after_it_is_refused(phrase: str) -> None:
    """The event's day is not the day one registers or sends by: never due on it."""
    assert TOLD_AFTER in refused(phrase, MAR_2026)


def test_the_refusal_quotes_the_whole_day() -> None:
    """The clerk sees the event's day as the phrase gives it, not cut after its first
    number."""
    why = refused("Đăng ký dự thi kỳ thi tốt nghiệp THPT (thi ngày 11/6/2026)", MAR_2026)
    assert "“Đăng ký dự thi kỳ thi tốt nghiệp THPT (thi ngày 11/6/2026”" in why
    assert "ghi last_day" in why


@pytest.mark.parametrize(
    "phrase",
    [
        # the step told as done, negated, called off, put off, stopped, hedged, a condition,
        # a yearly habit: never read on the event's day either
        "Đã đăng ký dự thi (thi ngày 11/6/2026)",
        "Không đăng ký dự thi (thi ngày 11/6/2026)",
        "Hoãn đăng ký dự thi (thi ngày 11/6/2026)",
        "Hủy đăng ký thi đấu Giải bóng đá (khai mạc ngày 10/5/2026)",
        "Dừng đăng ký gian hàng Hội chợ (diễn ra từ 15-20/4/2026)",
        "Có thể đăng ký xét tuyển (công bố kết quả ngày 20/8/2026)",
        "Nếu đăng ký dự thi (thi ngày 11/6/2026)",
        "Nộp hồ sơ đăng ký dự thi hằng năm (thi ngày 11/6)",
        # the step with a day of its own beside the event's: two days, as on main
        "Đăng ký dự thi trước ngày 15/5/2026 (thi ngày 11/6/2026)",
        "Đăng ký từ 1/4 đến 15/4/2026 (thi ngày 11/6/2026)",
        "Đăng ký dự thi (thi ngày 11/6/2026) trước ngày 15/5/2026",
        "Đăng ký dự thi (thi ngày 11/6/2026, hạn đăng ký trước ngày 15/5/2026)",
        # i58's forms, refused on main
        "Đăng ký tham dự Hội nghị (ngày 20/3/2026)",
        "Gửi danh sách dự Hội nghị (tổ chức ngày 20/3/2026)",
    ],
)
def test_neighbours_refused_as_on_main(phrase: str) -> None:
    """Each was refused on main, or read the event's day as due: refused."""
    refused(phrase, MAR_2026)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # the event itself as the step, or attended on its day
        ("Tổ chức thi ngày 11/6/2026", ("DATE", "2026-06-11", "2026-06-11")),
        ("Khai mạc Hội chợ ngày 15/4/2026", ("DATE", "2026-04-15", "2026-04-15")),
        ("Khai mạc Giải bóng đá (ngày 10/5/2026)", ("DATE", "2026-05-10", "2026-05-10")),
        ("Tổ chức Hội chợ OCOP (diễn ra từ 15-20/4/2026)", ("WINDOW", "2026-04-15", "2026-04-20")),
        (
            "Tổ chức Lễ trao giải (dự kiến tổ chức ngày 30/6/2026)",
            ("DATE", "2026-06-30", "2026-06-30"),
        ),
        ("Trao giải Cuộc thi (Lễ trao giải ngày 30/6/2026)", ("DATE", "2026-06-30", "2026-06-30")),
        ("Công bố kết quả xét tuyển (ngày 20/8/2026)", ("DATE", "2026-08-20", "2026-08-20")),
        ("Tập huấn cho cán bộ (tập huấn ngày 25/3/2026)", ("DATE", "2026-03-25", "2026-03-25")),
        ("Tham dự Hội nghị (tổ chức ngày 20/3/2026)", ("DATE", "2026-03-20", "2026-03-20")),
        (
            "Cử cán bộ tham dự tập huấn (tập huấn ngày 25/3/2026)",
            ("DATE", "2026-03-25", "2026-03-25"),
        ),
        (
            "Tham gia thi đấu Giải bóng đá (khai mạc ngày 10/5/2026)",
            ("DATE", "2026-05-10", "2026-05-10"),
        ),
        (
            "Thi tốt nghiệp THPT (dự kiến diễn ra trong các ngày 11, 12/6/2026)",
            ("WINDOW", "2026-06-11", "2026-06-12"),
        ),
        # the step's own deadline
        ("Đăng ký dự thi đến hết ngày 15/5/2026", ("DATE", "2026-05-15", "2026-05-15")),
        ("Nộp hồ sơ dự thi muộn nhất ngày 15/5/2026", ("DATE", "2026-05-15", "2026-05-15")),
        ("Nộp hồ sơ dự thi trễ nhất ngày 15/5/2026", ("DATE", "2026-05-15", "2026-05-15")),
        ("Nộp hồ sơ chậm nhất ngày 15/5/2026", ("DATE", "2026-05-15", "2026-05-15")),
        ("Nộp hồ sơ không muộn hơn ngày 15/5/2026", ("DATE", "2026-05-15", "2026-05-15")),
        ("Nộp hồ sơ (hạn chót ngày 15/5/2026)", ("DATE", "2026-05-15", "2026-05-15")),
        ("Đăng ký dự thi (chậm nhất ngày 15/5/2026)", ("DATE", "2026-05-15", "2026-05-15")),
        ("Nộp bài (không muộn hơn ngày 15/5/2026)", ("DATE", "2026-05-15", "2026-05-15")),
        ("Đăng ký (đến hết ngày 15/5/2026)", ("DATE", "2026-05-15", "2026-05-15")),
        ("Gửi báo cáo (trước ngày 15/5/2026)", ("DATE", "2026-05-15", "2026-05-15")),
        (
            "Đăng ký dự thi qua email (hạn cuối ngày 15/5/2026)",
            ("DATE", "2026-05-15", "2026-05-15"),
        ),
        (
            "Gửi danh sách về Ban tổ chức (trước ngày 15/5/2026)",
            ("DATE", "2026-05-15", "2026-05-15"),
        ),
        ("Gửi giấy mời (thời gian nộp: trước 15/5/2026)", ("DATE", "2026-05-15", "2026-05-15")),
        (
            "Đăng ký dự thi, hoàn thành trước ngày 15/5/2026",
            ("DATE", "2026-05-15", "2026-05-15"),
        ),
        # the task's own window told after it: the receiving, the registering, the entries
        (
            "Nộp hồ sơ (tổ chức tiếp nhận từ ngày 1/4 đến 15/4/2026)",
            ("WINDOW", "2026-04-01", "2026-04-15"),
        ),
        (
            "Nộp hồ sơ (tổ chức tiếp nhận trong tháng 5/2026)",
            ("WINDOW", "2026-05-01", "2026-05-31"),
        ),
        (
            "Nộp hồ sơ, tổ chức tiếp nhận từ ngày 1/4 đến 15/4/2026",
            ("WINDOW", "2026-04-01", "2026-04-15"),
        ),
        (
            "Đăng ký dự thi (tổ chức đăng ký từ ngày 1/4 đến 15/4/2026)",
            ("WINDOW", "2026-04-01", "2026-04-15"),
        ),
        ("Nộp hồ sơ (từ ngày 1/4 đến 15/4/2026)", ("WINDOW", "2026-04-01", "2026-04-15")),
        ("Nộp hồ sơ (ngày 15/5/2026)", ("DATE", "2026-05-15", "2026-05-15")),
        (
            "Nộp bài dự thi (Cuộc thi nhận bài đến hết ngày 30/5/2026)",
            ("DATE", "2026-05-30", "2026-05-30"),
        ),
        # the contest's end, when entries may close (as i58 keeps "kết thúc")
        (
            "Nộp bài dự thi (Cuộc thi kết thúc ngày 30/5/2026)",
            ("DATE", "2026-05-30", "2026-05-30"),
        ),
        (
            "Đăng ký thi, lịch dự kiến là từ 9h ngày 28/12/2025 đến 16h30 ngày 7/2/2026",
            ("WINDOW", "2025-12-28", "2026-02-07"),
        ),
        # zh-ngaynay-moc-tuyen-sinh-dai-hoc-2026.yaml: "thí sinh" is no exam sat
        (
            "Trong giai đoạn đăng ký và điều chỉnh nguyện vọng, thí sinh sẽ có thời gian từ "
            "ngày 17 đến 21/6/2026 để thực hành đăng ký, điều chỉnh nguyện vọng trên hệ thống",
            ("WINDOW", "2026-06-17", "2026-06-21"),
        ),
        # a different noun after "giải": the disbursement, the handling; "lệ phí" is no "lễ"
        ("Nộp hồ sơ giải ngân (trước ngày 20/5/2026)", ("DATE", "2026-05-20", "2026-05-20")),
        ("Gửi hồ sơ giải quyết (ngày 20/5/2026)", ("DATE", "2026-05-20", "2026-05-20")),
        ("Nộp lệ phí thi (ngày 15/5/2026)", ("DATE", "2026-05-15", "2026-05-15")),
        # i58's narrowings: the sending's day
        ("Gửi biên bản hội nghị ngày 20/3/2026", ("DATE", "2026-03-20", "2026-03-20")),
        ("Gửi báo cáo về Văn phòng ngày 20/3/2026", ("DATE", "2026-03-20", "2026-03-20")),
    ],
)
def test_neighbours_read_as_on_main(phrase: str, expected: tuple[str, str, str]) -> None:
    """The event held or attended, the step's own deadline or window: read as main read
    them."""
    kind, first, last = expected
    assert read_days(phrase, "2026-03-01") == (DeadlineKind[kind], first, last)
