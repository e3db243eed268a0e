"""Hedges and conditions read as a deadline (session 61's brief, d61): each phrase below read
as a firm day on main, issued 01/03/2026, and a day that is only guessed, hoped, unconfirmed,
or waits on another's consent, a request, the means or a go-ahead is no deadline to meet (the
first rule: never a silent wrong date). Each is refused with the way out ("ghi last_day …").

The neighbours that must keep reading are session 60's rulings (tests test_b60b, test_d60):
leave to do a step ("Các đơn vị có thể đăng ký trước 30/6/2026"), the applicant's own step
after an eligibility ("Nếu đủ điều kiện, đăng ký trước ngày 30/9/2026"), a change told ("Nếu
có thay đổi, thông báo trước …"), a hope for an event's success, a body's hope for the bodies
it names, and the corpus's "Nếu người dân đồng thuận, việc phê duyệt … sẽ được thực hiện từ
tháng 12/2025" (ze-vtcnews-hoan-kiem-phuong-an-boi-thuong-ven-ho-2025.yaml) and "sao cho thu
hoạch có thể kết thúc trước tháng 9" (o-catovina-soc-trang-tha-giong-tom-2024.yaml).

"Sau khi Kế hoạch được phê duyệt, triển khai trước 30/9/2026" read while "Sau khi có quyết
định, …" and "Sau khi được phê duyệt, khởi công …" (test_d60) were refused: the thing approved
named first is the same wait on a go-ahead, so it is refused too.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

MARCH = ctx("2026-03-01")

HEDGED = [
    # the brief's phrases
    "Trước 30/6/2026 – có lẽ sẽ hoàn thành",
    "Trước 30/6/2026; có lẽ xong",
    "Hoàn thành trước 30/6/2026, hy vọng vậy",
    "Hoàn thành trước 30/6/2026 (hy vọng vậy)",
    "Trước 30/6/2026 nhà thầu hy vọng hoàn thành",
    "Tổ chức ngày 15/4/2026 {chờ xác nhận}",
    "Tổ chức ngày 15/4/2026 (bản dự thảo)",
    "Tổ chức ngày 15/4/2026 (tạm)",
    "Hội nghị chắc khai mạc ngày 15/4/2026",
    "Ngày 15/4/2026 Hội nghị có thể khai mạc",
    "Khả năng tổ chức ngày 15/4/2026",
    # neighbours: another dash, another hope, a note in braces or a draft's, a guess inside
    "Trước 30/6/2026 — có lẽ sẽ hoàn thành",
    "Trước 30/6/2026 - hy vọng hoàn thành",
    "Trước 30/6/2026; hy vọng xong",
    "Đến năm 2030; có lẽ hoàn thành",
    "Hoàn thành trước 30/6/2026, có lẽ vậy",
    "Hoàn thành trước 30/6/2026, chắc vậy",
    "Hoàn thành trước 30/6/2026 (hy vọng)",
    "Hoàn thành trước 30/6/2026 - hy vọng thế",
    "Hoàn thành trước 30/6/2026, hy vọng vậy!",
    "Trước 30/6/2026 chủ đầu tư hy vọng hoàn thành",
    "Trước 30/6/2026 các đơn vị mong sẽ hoàn thành",
    "Tổ chức ngày 15/4/2026 {đợi xác nhận}",
    "Tổ chức ngày 15/4/2026 (bản nháp)",
    "Hội nghị chắc tổ chức ngày 15/4/2026",
    "Công trình chắc hoàn thành trước 30/6/2026",
    "Ngày 15/4/2026 Hội nghị có thể diễn ra",
    "Hội nghị có thể diễn ra ngày 15/4/2026",
    "Hội nghị có thể khai mạc ngày 15/4/2026",
    "Khả năng hoàn thành trước 30/6/2026",
    "Khả năng là khai mạc ngày 15/4/2026",
]

CONDITIONED = [
    # the brief's phrases
    "Nếu có khả năng tài chính thì hoàn thành trước 30/6/2026",
    "Trường hợp người dân đồng ý, tổ chức trước 30/9/2026",
    "Trước 30/9/2026, tùy tình hình thì tổ chức",
    "Hoàn thành trước ngày 30/9/2026 tùy khả năng kinh phí",
    "Trường hợp chủ đầu tư đề nghị, Sở phê duyệt trước 30/9/2026",
    "Trường hợp có thay đổi, có thể thông báo trước 30/9/2026",
    "Nếu có nhu cầu, đăng ký tham dự lớp học tổ chức ngày 30/9/2026",
    "Sau khi có quyết định, triển khai trước 30/9/2026",
    "Sau khi Kế hoạch được phê duyệt, triển khai trước 30/9/2026",
    # neighbours: other means, another giver, another left-to, an event's day named
    "Nếu có khả năng kinh phí thì tổ chức trước 30/6/2026",
    "Trường hợp có khả năng tài chính, hoàn thành trước 30/6/2026",
    "Nếu người dân đồng ý, tổ chức trước 30/9/2026",
    "Trường hợp nhà đầu tư chấp thuận, khởi công trước 30/9/2026",
    "Trường hợp UBND huyện đề nghị, Sở thẩm định trước 30/9/2026",
    "Trường hợp các hộ dân không đồng ý, tổ chức đối thoại trước 30/9/2026",
    "Trước 30/9/2026, tùy điều kiện thì khởi công",
    "Trước 30/9/2026, tùy theo tình hình thì tổ chức",
    "Hoàn thành trước ngày 30/9/2026 tùy nguồn vốn",
    "Hoàn thành trước ngày 30/9/2026 tùy theo khả năng ngân sách",
    "Gửi báo cáo trước ngày 15/4/2026 tùy đơn vị",
    "Trường hợp có thay đổi, có thể báo cáo trước 30/9/2026",
    "Nếu có thay đổi, có thể thông báo trước 30/9/2026",
    "Nếu có nhu cầu, đăng ký tham gia khóa học khai giảng ngày 30/9/2026",
    "Nếu đủ điều kiện, đăng ký dự thi tổ chức ngày 30/9/2026",
    "Sau khi dự án được phê duyệt, khởi công trước 30/9/2026",
    "Sau khi Đề án được UBND tỉnh phê duyệt, triển khai trước 30/9/2026",
    "Nếu dự án được phê duyệt, khởi công trước 30/9/2026",
    "Sau khi có quyết định giao vốn, khởi công trước 30/9/2026",
]


@pytest.mark.parametrize("phrase", HEDGED)
def test_a_guessed_hoped_or_unconfirmed_day_is_refused(phrase: str) -> None:
    assert "ghi last_day" in refused(phrase, MARCH)


@pytest.mark.parametrize("phrase", CONDITIONED)
def test_a_day_waiting_on_a_condition_is_refused(phrase: str) -> None:
    assert "ghi last_day" in refused(phrase, MARCH)


JUNE_30 = date(2026, 6, 30)
SEPT_30 = date(2026, 9, 30)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Hoàn thành trước 30/6/2026", JUNE_30),
        ("Hoàn thành trước 30/6/2026 (tạm thời)", JUNE_30),
        ("Phấn đấu hoàn thành trước 30/6/2026", JUNE_30),
        ("Hội nghị tổ chức ngày 20/4/2026, hy vọng thành công tốt đẹp", date(2026, 4, 20)),
        ("Hội nghị tổ chức ngày 20/4/2026 hy vọng thành công tốt đẹp", date(2026, 4, 20)),
        ("Trước 30/6/2026 UBND tỉnh kỳ vọng các sở hoàn thành", JUNE_30),
        ("Trước 30/6/2026 hoàn thành dự án Làng Hy Vọng", JUNE_30),
        ("Bảo đảm vững chắc đến năm 2030", date(2030, 12, 31)),
        ("Nắm chắc tình hình, báo cáo trước 30/6/2026", JUNE_30),
        ("Các đơn vị có thể đăng ký trước 30/6/2026", JUNE_30),
        ("Trước 30/6/2026 có thể đăng ký trực tuyến", JUNE_30),
        ("Ngày 15/4/2026 có thể nộp hồ sơ trực tiếp", date(2026, 4, 15)),
        ("Khả năng tài chính báo cáo trước 30/6/2026", JUNE_30),
        ("Có khả năng tài chính thì hoàn thành trước 30/6/2026", JUNE_30),
        ("Nếu đủ điều kiện, đăng ký trước ngày 30/9/2026", SEPT_30),
        ("Nếu đủ điều kiện, nộp hồ sơ trước ngày 30/9/2026", SEPT_30),
        ("Trường hợp được phê duyệt, báo cáo kết quả trước 30/9/2026", SEPT_30),
        ("Sau khi được phê duyệt, báo cáo kết quả trước 30/9/2026", SEPT_30),
        ("Sau khi có kết quả, báo cáo trước 30/9/2026", SEPT_30),
        ("Nếu có nhu cầu, đăng ký trước 30/9/2026", SEPT_30),
        ("Nếu có nhu cầu, đăng ký tham dự lớp học trước 30/9/2026", SEPT_30),
        ("Nếu có thay đổi, thông báo trước 30/9/2026", SEPT_30),
        ("Trường hợp có thay đổi, thông báo trước 30/9/2026", SEPT_30),
        ("Trường hợp đồng ý, ký xác nhận và gửi trước 30/9/2026", SEPT_30),
        ("Trường hợp đơn vị đề nghị gia hạn, gửi văn bản trước 30/9/2026", SEPT_30),
        ("Trong phạm vi pháp luật cho phép, hoàn thành trước 30/9/2026", SEPT_30),
        ("Gửi báo cáo trước ngày 15/4/2026 cho các hộ có đất bị thu hồi", date(2026, 4, 15)),
    ],
)
def test_the_rulings_that_stand_keep_their_day(phrase: str, last: date) -> None:
    reading = one(phrase, MARCH)
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, last)


def test_the_peoples_consent_before_a_step_told_as_a_thing_done_keeps_its_window() -> None:
    reading = one(
        "Nếu người dân đồng thuận, việc phê duyệt phương án sẽ được thực hiện từ tháng "
        "12/2026 đến tháng 1/2027",
        MARCH,
    )
    assert (reading.first, reading.last) == (date(2026, 12, 1), date(2027, 1, 31))


def test_the_left_to_words_opening_a_clause_after_a_start_keep_it() -> None:
    reading = one(
        "Từ ngày 1/10/2026, tùy tình hình thời tiết, các cơ sở giáo dục chủ động theo dõi, báo cáo",
        MARCH,
    )
    assert reading.earliest == date(2026, 10, 1)


# An event's day after its registration (`eventsday`): the class's day, not the
# registration's; the registration's own period and a step held that day read as before
@pytest.mark.parametrize(
    "phrase",
    [
        "Đăng ký tham dự lớp học tổ chức ngày 30/9/2026",
        "Các đơn vị đăng ký tham gia Hội nghị được tổ chức vào ngày 30/9/2026",
        "Đăng ký dự thi tổ chức ngày 30/9/2026",
        "Ghi danh khóa học khai giảng ngày 30/9/2026",
        "Đăng ký tham dự lớp học tổ chức từ ngày 1/9 đến 30/11/2026",
        "Báo danh hội thi diễn ra ngày 30/9/2026",
    ],
)
def test_a_registration_then_the_events_day_is_refused(phrase: str) -> None:
    assert "ghi last_day" in refused(phrase, MARCH)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Cử cán bộ tham dự Hội nghị tổ chức ngày 30/9/2026", SEPT_30),
        ("Đăng ký tham dự lớp học trước ngày 20/9/2026", date(2026, 9, 20)),
        ("Tổ chức lớp học ngày 30/9/2026", SEPT_30),
        (
            "Thời gian đăng ký và điều chỉnh nguyện vọng diễn ra từ ngày 2/7 đến 14/7/2026",
            date(2026, 7, 14),
        ),
        ("Hạn đăng ký tham dự lớp học là ngày 20/9/2026", date(2026, 9, 20)),
    ],
)
def test_a_registrations_own_day_or_a_step_held_that_day_reads(phrase: str, last: date) -> None:
    assert one(phrase, MARCH).last == last
