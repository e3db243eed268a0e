"""Session 47, family D (helper twoj): phrases refused as holding two dates. "buổi sinh hoạt" (a session of activity) and the Monday flag salute after a session
("các buổi sinh hoạt tập thể, chào cờ đầu tuần") name the sessions a campaign goes through,
no time; and "vốn đầu tư", "giải ngân vốn" in a meeting's agenda are capital reviewed, no
"vốn" (originally) giving up a time; the tasks of a period a meeting told with its day
discusses ("bàn … các nhiệm vụ trọng tâm trong tháng 9") are its agenda, no window of work
(issue 11: never a silent wrong date; two deadlines are read as two milestones, never
resolved into one)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


# za-24h-lich-thi-dgnl-2026: a registration's span, then its results' day. The lead took back
# reading it as two steps (session 47's tester: "vừa đăng ký …", "đã công bố …" were read);
# the neighbours that name a period of figures stay refused
def test_a_period_of_figures_before_a_report_day_stays_refused() -> None:
    issued = ctx("2026-01-02")
    for phrase in (
        "Số liệu kỳ báo cáo từ 24/1 đến 23/2, gửi báo cáo vào ngày 17/4",  # "kỳ": a period
        "Số liệu trong KỲ từ 24/1 đến 23/2, gửi báo cáo vào ngày 17/4",  # in capitals too
        "Đăng ký từ 24/1 đến 23/2, nếu cần công bố kết quả vào ngày 17/4",  # a condition
        "Đăng ký từ 24/1 đến 23/2, công bố kết quả vào ngày 17/2",  # inside the span
        "Đăng ký từ 24/1 đến 23/2, công bố kết quả vào ngày 17/4 hoặc 18/4",  # a choice
        "Đăng ký từ 24/1 đến 23/2, công bố kết quả hằng năm vào ngày 17/4",  # a cadence
        "Đợt 1: đăng ký từ 24/1 đến 23/2, công bố kết quả 17/4",  # a bare day after words
    ):
        refused(phrase, issued)


# zd-vietbao-so-gddt-phat-dong-phat-am-l-n-2025 (a Sở GD&ĐT's campaign, told on 20/09/2025)
THROUGH_THE_SESSIONS = (
    "Việc phát động sẽ được tổ chức thông qua các buổi sinh hoạt tập thể, chào cờ đầu tuần, "
    "triển khai từ tháng 9/2025 và hoàn thành trước ngày 15/10/2025"
)
_SESSIONS = "Việc phát động thông qua các buổi sinh hoạt tập thể, chào cờ đầu tuần, "


def test_the_sessions_a_campaign_goes_through_name_no_time() -> None:
    assert _read(THROUGH_THE_SESSIONS, "2025-09-20") == [
        (DeadlineKind.WINDOW, date(2025, 9, 1), date(2025, 10, 15)),
    ]


def test_a_session_of_activity_is_an_event_as_a_meeting_is() -> None:
    phrase = "Tổ chức các buổi sinh hoạt chuyên đề, hoàn thành trước ngày 15/10/2025"
    assert _read(phrase, "2025-09-20") == [(D, date(2025, 10, 15), date(2025, 10, 15))]


def test_the_flag_salute_keeps_refused_what_moves_or_doubts_the_day() -> None:
    issued = ctx("2025-09-20")
    for phrase in (
        "Tổ chức các buổi sinh hoạt vào buổi sáng, hoàn thành trước ngày 15/10/2025",
        "Tổ chức buổi chào cờ đầu tuần, hoàn thành trước ngày 15/10/2025",  # "tuần trước …"
        # "chào cờ đầu tuần" alone, no session named: the start of a week, a time
        "Việc phát động thông qua chào cờ đầu tuần, triển khai từ tháng 9/2025 và hoàn thành "
        "trước ngày 15/10/2025",
        _SESSIONS + "triển khai từ tháng 9/2025 và hoàn thành trước ngày 15/10/2025 hoặc "
        "20/10/2025",
        _SESSIONS + "đã triển khai từ tháng 9/2025 và hoàn thành trước ngày 15/10/2025",
        _SESSIONS + "nếu cần triển khai từ tháng 9/2025 và hoàn thành trước ngày 15/10/2025",
        _SESSIONS + "không triển khai từ tháng 9/2025 và hoàn thành trước ngày 15/10/2025",
        "Tổ chức các buổi sinh hoạt tập thể, chào cờ đầu tuần hằng tuần, triển khai từ tháng "
        "9/2025 và hoàn thành trước ngày 15/10/2025",
        "Việc phát động thông qua các buổi sinh hoạt tập thể, chào cờ đầu tuần sau, triển khai "
        "từ tháng 9/2025 và hoàn thành trước ngày 15/10/2025",
    ):
        refused(phrase, issued)


# zj-quangngai-hop-giai-ngan-dau-tu-cong-6-thang-2024 (Quảng Ngãi's meeting, 10/07/2024) and
# zf-thieunien-xoa-nha-tam-nguoi-co-cong-truoc-27-7-2025 (the Government's meetings, 22/6/2025)
DISBURSEMENT_REVIEWED = (
    "Sáng 10-7, Phó Chủ tịch Thường trực UBND tỉnh Trần Hoàng Tuấn cùng các Phó Chủ tịch UBND "
    "tỉnh: Võ Phiên, Trần Phước Hiền chủ trì họp đánh giá kết quả giải ngân vốn đầu tư công 6 "
    "tháng đầu năm và triển khai nhiệm vụ trọng tâm trong 6 tháng cuối năm 2024"
)
INVESTMENT_PUSHED = (
    "Sáng 22/6, Thủ tướng Chính phủ Phạm Minh Chính chủ trì đồng thời 3 phiên họp quan trọng: "
    "Phiên họp lần thứ 5 Ban Chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột nát trên toàn "
    "quốc; Phiên họp lần thứ 18 Ban Chỉ đạo Nhà nước các công trình, dự án quan trọng quốc gia, "
    "trọng điểm ngành Giao thông vận tải; và Hội nghị lần thứ 2 thúc đẩy giải ngân vốn đầu tư "
    "công năm 2025"
)
_MEETING = "Sáng 10-7, UBND tỉnh họp đánh giá kết quả giải ngân vốn đầu tư công 6 tháng đầu năm"


def test_capital_in_an_agenda_is_money_reviewed_not_a_time_given_up() -> None:
    assert _read(DISBURSEMENT_REVIEWED, "2024-07-10") == [
        (D, date(2024, 7, 10), date(2024, 7, 10)),
    ]
    assert _read(INVESTMENT_PUSHED, "2025-06-22") == [(D, date(2025, 6, 22), date(2025, 6, 22))]


def test_originally_stays_a_time_given_up() -> None:
    issued = ctx("2024-07-10")
    for phrase in (
        "Sáng 10-7, hội nghị vốn dự kiến tổ chức đánh giá kết quả 6 tháng đầu năm 2024",
        "Sáng 10-7, hội nghị vốn được tổ chức để đánh giá kết quả 6 tháng đầu năm 2024",
        _MEETING + " 2024, hoãn",  # put off
        "Sáng 10-7 hằng năm, UBND tỉnh họp đánh giá kết quả giải ngân vốn đầu tư công",
        _MEETING + " 2024 và hoàn thành trước ngày 30/7",  # a second time
    ):
        refused(phrase, issued)


# zs-thapmuoi-dongthap-hop-thuong-ky-thang-8-2020 (UBND huyện Tháp Mười's meeting, 09/09/2020)
TASKS_OF_THE_MONTH = (
    "Ngày 09/9/2020, UBND huyện Tháp Mười họp thường kỳ bàn giải pháp thực hiện các nhiệm vụ "
    "trọng tâm trong tháng 9"
)
_TASKS = "Ngày 09/9/2020, UBND huyện họp bàn các nhiệm vụ trọng tâm trong tháng 9"


def test_the_tasks_of_a_period_a_meeting_discusses_name_no_time() -> None:
    assert _read(TASKS_OF_THE_MONTH, "2020-09-09") == [(D, date(2020, 9, 9), date(2020, 9, 9))]
    phrase = "Ngày 09/9/2020, UBND huyện họp bàn các nhiệm vụ trong quý IV"
    assert _read(phrase, "2020-09-09") == [(D, date(2020, 9, 9), date(2020, 9, 9))]


def test_a_window_of_work_after_a_meeting_stays_refused() -> None:
    issued = ctx("2020-09-09")
    for phrase in (
        # the work to finish within the month: a second time
        "Ngày 09/9/2020, UBND huyện họp, yêu cầu hoàn thành các nhiệm vụ trọng tâm trong tháng 9",
        "Ngày 09/9/2020, UBND huyện họp bàn giải pháp trong tháng 9",  # no tasks named
        _TASKS + " năm sau",
        _TASKS + " hoặc tháng 10",
        "Ngày 09/9 hằng năm, UBND huyện họp bàn các nhiệm vụ trọng tâm trong tháng 9",
        "Ngày 09/9/2020, UBND huyện đã họp bàn các nhiệm vụ trọng tâm trong tháng 9 và trước "
        "ngày 20/9",
    ):
        refused(phrase, issued)
