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

d61b (a fresh tester's holes in d61) restores what d61 refused wrongly, each read as on main:
a registration's own period ("Đăng ký dự thi diễn ra từ ngày 2/7 đến 14/7/2026": d61's
`eventsday` is taken out, e61's `eventserved` covers a registration for an event's day), a
body named with "tổ chức" ("Nếu có nhu cầu, liên hệ Ban tổ chức trước …"), a hope word as a
noun or a name ("Trước 30/6/2026 khảo sát mong muốn của người dân", "(Hy Vọng Xanh)"), a
"Khả năng" heading ("Khả năng hoàn thành kế hoạch năm 2026, báo cáo trước 30/6/2026"), a
format told may ("Hội nghị có thể diễn ra theo hình thức trực tuyến"), a plan received
approved and a standard met ("hồ sơ đạt yêu cầu").
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
        # ("Hoàn thành trước 30/6/2026 (tạm thời)": refused since c63's ruling, test_c63)
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
        # ("Có khả năng tài chính thì hoàn thành trước 30/6/2026": refused since c62's ruling,
        # the same condition on the money as "Nếu có khả năng tài chính thì …", test_c62)
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


# d61b (a fresh tester's holes in d61, session 61): each phrase below read as main reads it
# and d61 refused it. A registration's own period names no event's day: d61's `eventsday` is
# taken out (e61's `eventserved` covers "Đăng ký tham dự lớp học tổ chức ngày 30/9/2026"); the
# same period the corpus reads ("Thời gian đăng ký … diễn ra từ ngày 2/7 đến 14/7/2026",
# u-vtcnews-tuyen-sinh-dai-hoc-2026-4-moc.yaml) keeps its window with the name of the step first
JULY_14 = date(2026, 7, 14)


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("Đăng ký dự thi diễn ra từ ngày 2/7 đến 14/7/2026", date(2026, 7, 2), JULY_14),
        ("Việc đăng ký dự thi diễn ra từ ngày 2/7 đến 14/7/2026", date(2026, 7, 2), JULY_14),
        (
            "Công tác đăng ký dự thi diễn ra từ ngày 21/4 đến ngày 28/4/2026",
            date(2026, 4, 21),
            date(2026, 4, 28),
        ),
        ("Thí sinh đăng ký dự thi diễn ra từ ngày 2/7 đến 14/7/2026", date(2026, 7, 2), JULY_14),
        (
            "Đăng ký dự thi trực tuyến diễn ra từ ngày 2/7 đến 14/7/2026",
            date(2026, 7, 2),
            JULY_14,
        ),
        (
            "Đăng ký dự thi trực tuyến sẽ diễn ra từ ngày 2/7 đến 14/7/2026",
            date(2026, 7, 2),
            JULY_14,
        ),
        ("Ghi danh dự thi diễn ra từ ngày 2/7 đến 14/7/2026", date(2026, 7, 2), JULY_14),
        (
            "Đăng ký dự thi tổ chức từ ngày 21/4 đến ngày 28/4/2026",
            date(2026, 4, 21),
            date(2026, 4, 28),
        ),
        ("Đăng ký khóa học diễn ra từ ngày 1/6 đến 10/6/2026", date(2026, 6, 1), date(2026, 6, 10)),
        (
            "Đăng ký lớp học hè diễn ra từ ngày 1/6 đến 10/6/2026",
            date(2026, 6, 1),
            date(2026, 6, 10),
        ),
    ],
)
def test_a_registrations_own_period_keeps_its_window(phrase: str, first: date, last: date) -> None:
    reading = one(phrase, MARCH)
    assert (reading.kind, reading.first, reading.last) == (DeadlineKind.WINDOW, first, last)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Đăng ký dự thi diễn ra đến hết ngày 14/7/2026", JULY_14),
        ("Đăng ký dự thi diễn ra trước ngày 14/7/2026", JULY_14),
        ("Đăng ký lớp học diễn ra đến hết ngày 28/4/2026", date(2026, 4, 28)),
    ],
)
def test_a_registrations_own_last_day_reads(phrase: str, last: date) -> None:
    reading = one(phrase, MARCH)
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, last)


# "tổ chức" after a body or a place names it (Ban tổ chức, Phòng Tổ chức, đơn vị tổ chức, nơi
# tổ chức): the applicant's own step, its day kept as main keeps it; an event held that day
# after the registration stays refused (CONDITIONED above)
@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Nếu có nhu cầu, liên hệ Ban tổ chức trước ngày 30/9/2026", SEPT_30),
        ("Nếu có nhu cầu, gửi hồ sơ về Ban tổ chức trước ngày 30/9/2026", SEPT_30),
        ("Nếu có nhu cầu, gửi đăng ký về Ban tổ chức trước ngày 30/9/2026", SEPT_30),
        ("Nếu có nhu cầu, gửi đăng ký về Phòng Tổ chức trước ngày 30/9/2026", SEPT_30),
        ("Nếu có nhu cầu, gửi đăng ký về bộ phận tổ chức trước ngày 30/9/2026", SEPT_30),
        ("Nếu có nhu cầu, đăng ký với đơn vị tổ chức trước ngày 30/9/2026", SEPT_30),
        ("Nếu có nhu cầu, đăng ký qua Ban tổ chức trước 30/9/2026", SEPT_30),
        ("Nếu có nhu cầu, đăng ký tham gia với Ban tổ chức trước ngày 30/9/2026", SEPT_30),
        ("Nếu có nhu cầu, liên hệ nơi tổ chức trước ngày 30/9/2026", SEPT_30),
        ("Nếu đủ điều kiện, nộp hồ sơ cho Ban Tổ chức trước ngày 30/9/2026", SEPT_30),
        ("Trường hợp đủ điều kiện, đăng ký với Ban tổ chức trước ngày 30/9/2026", SEPT_30),
        ("Trường hợp đủ điều kiện, nộp hồ sơ tại Ban tổ chức trong tháng 9/2026", SEPT_30),
        ("Nếu có nhu cầu, đăng ký với phòng tổ chức trong tháng 9/2026", SEPT_30),
        ("Nếu có nhu cầu, liên hệ Ban tổ chức trong tháng 9/2026", SEPT_30),
        # the noun after "đạt", "đáp ứng" is the standard met, no one's request (A6)
        ("Trường hợp hồ sơ đạt yêu cầu, cấp giấy phép trước 30/9/2026", SEPT_30),
        ("Trường hợp hồ sơ đáp ứng yêu cầu, cấp giấy phép trước 30/9/2026", SEPT_30),
        # received, approved already: no go-ahead awaited (A6)
        ("Sau khi nhận được Kế hoạch đã phê duyệt, các đơn vị triển khai trước 30/9/2026", SEPT_30),
        ("Sau khi nhận được quyết định phê duyệt, triển khai trước 30/9/2026", SEPT_30),
        ("Sau khi nhận được Kế hoạch, triển khai trước 30/9/2026", SEPT_30),
    ],
)
def test_a_body_named_with_to_chuc_or_a_standard_met_keeps_the_day(phrase: str, last: date) -> None:
    assert one(phrase, MARCH).last == last


@pytest.mark.parametrize(
    "phrase",
    [
        "Nếu có nhu cầu, đăng ký tham dự lớp học tổ chức ngày 30/9/2026",
        "Nếu có nhu cầu, đăng ký tham dự lớp học do Ban tổ chức tổ chức ngày 30/9/2026",
        "Nếu có nhu cầu, đăng ký tham dự hội nghị diễn ra ngày 30/9/2026",
        "Nếu có nhu cầu, tổ chức trong tháng 9/2026",
        "Nếu có nhu cầu, Ban tổ chức tổ chức thêm lớp trong tháng 9/2026",
        "Trường hợp được phê duyệt, Ban tổ chức tổ chức trước 30/9/2026",
        "Trường hợp chủ đầu tư yêu cầu, Sở thẩm định trước 30/9/2026",
        "Trường hợp người dân yêu cầu, tổ chức đối thoại trước 30/9/2026",
        "Trường hợp hồ sơ chưa đạt yêu cầu, trả lại trước 30/9/2026",
        "Sau khi Kế hoạch được UBND tỉnh phê duyệt, triển khai trước 30/9/2026",
        "Sau khi Kế hoạch đã được phê duyệt, triển khai trước 30/9/2026",
    ],
)
def test_an_events_day_a_request_or_an_approval_awaited_stays_refused(phrase: str) -> None:
    assert refused(phrase, MARCH)


# A hope word after a fronted time hedges only as its subject's verb before a step (A3): a
# noun ("mong muốn của …", "đáp ứng kỳ vọng") or a name ("Chắp cánh hy vọng", "(Hy Vọng
# Xanh)") hedges nothing and the day reads as on main
@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Trước 30/6/2026 khảo sát mong muốn của người dân", JUNE_30),
        ("Trước 30/6/2026 các đơn vị báo cáo về mong muốn của người lao động", JUNE_30),
        ("Trước 30/6/2026 tổ chức đối thoại để lắng nghe mong muốn của thanh niên", JUNE_30),
        ("Trước 30/6/2026 đánh giá kỳ vọng của nhà đầu tư", JUNE_30),
        ("Trước 30/6/2026 khảo sát mức độ hài lòng và kỳ vọng của người dân", JUNE_30),
        ("Trước 30/6/2026 hoàn thành công trình đáp ứng kỳ vọng của cử tri", JUNE_30),
        ("Trước 30/6/2026 hoàn thành đúng như kỳ vọng", JUNE_30),
        ("Trước 1/6/2026 tổ chức chương trình Chắp cánh hy vọng", date(2026, 6, 1)),
        ("Trước 1/6/2026 trao học bổng Ươm mầm hy vọng cho học sinh", date(2026, 6, 1)),
        ('Ngày 1/6/2026 tổ chức chương trình "Ươm mầm hy vọng"', date(2026, 6, 1)),
        ('Trong tháng 6/2026 tổ chức hội thảo "Khát vọng và hy vọng"', JUNE_30),
        ("Trong tháng 6/2026 tổ chức cuộc thi viết Ước mơ và hy vọng", JUNE_30),
        ("Trao quà ngày 1/6/2026 (Hy Vọng Xanh)", date(2026, 6, 1)),
        ("Trao quà ngày 1/6/2026 (Hy Vọng)", date(2026, 6, 1)),
    ],
)
def test_a_hope_word_as_a_noun_or_a_name_keeps_the_day(phrase: str, last: date) -> None:
    assert one(phrase, MARCH).last == last


@pytest.mark.parametrize(
    "phrase",
    [
        "Trước 30/6/2026 nhà thầu hy vọng hoàn thành",
        "Trước 30/6/2026 nhà thầu hy vọng sẽ hoàn thành",
        "Trước 30/6/2026 chủ đầu tư kỳ vọng sớm đưa vào sử dụng",
        "Trước 30/6/2026 các đơn vị mong muốn hoàn thành",
        "Trước 30/6/2026 Công ty hy vọng bàn giao",
        "Trước 30/6/2026 UBND huyện hy vọng khởi công",
        "Trước 30/6/2026 người dân hy vọng có nhà mới",
        "Trước 30/6/2026 nhà đầu tư kỳ vọng được cấp phép",
        "Trước 30/6/2026 nhà thầu hy vọng hoàn thành, báo cáo trước 15/7/2026",
        "Trước 30/6/2026 nhà thầu có lẽ hoàn thành",
        "Trước 30/6/2026, hy vọng hoàn thành",
        "Trước 30/6/2026 hy vọng hoàn thành",
        "Hy vọng hoàn thành trước 30/6/2026",
        "Hoàn thành trước 30/6/2026 (hy vọng)",
        "Hoàn thành trước 30/6/2026 (Hy vọng)",
        "Trao quà ngày 1/6/2026 (hy vọng)",
    ],
)
def test_a_hope_as_the_subjects_verb_stays_refused(phrase: str) -> None:
    assert "ghi last_day" in refused(phrase, MARCH)


# "Khả năng" opening a heading whose verb takes an object before the year ("Khả năng hoàn
# thành kế hoạch năm 2026, báo cáo trước 30/6/2026") hedges no time (A4); "có thể" before an
# event's verb then its manner speaks of the format (A5): each day as main reads it
@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Khả năng hoàn thành kế hoạch năm 2026, báo cáo trước 30/6/2026", JUNE_30),
        ("Khả năng hoàn thành kế hoạch năm 2026: các đơn vị báo cáo trước 30/6/2026", JUNE_30),
        ("Khả năng hoàn thành chỉ tiêu năm 2026: báo cáo trước 30/6/2026", JUNE_30),
        ("Khả năng tổ chức Đại hội năm 2026: báo cáo trước 30/6/2026", JUNE_30),
        (
            "Khả năng hoàn thành dự toán thu ngân sách năm 2026, báo cáo trước 15/10/2026",
            date(2026, 10, 15),
        ),
        ("Ngày 15/4/2026 Hội nghị có thể diễn ra theo hình thức trực tuyến", date(2026, 4, 15)),
        ("Ngày 15/4/2026 Hội nghị có thể diễn ra trực tuyến", date(2026, 4, 15)),
        ("Ngày 15/4/2026 Hội nghị có thể diễn ra tại Hà Nội", date(2026, 4, 15)),
        ("Hội nghị có thể diễn ra theo hình thức trực tuyến ngày 15/4/2026", date(2026, 4, 15)),
    ],
)
def test_a_heading_or_a_format_told_may_keeps_the_day(phrase: str, last: date) -> None:
    assert one(phrase, MARCH).last == last


@pytest.mark.parametrize(
    "phrase",
    [
        "Khả năng tổ chức ngày 15/4/2026",
        "Khả năng hoàn thành trước 30/6/2026",
        "Khả năng là khai mạc ngày 15/4/2026",
        "Khả năng sẽ tổ chức vào ngày 15/4/2026",
        "Khả năng khai mạc vào tháng 4/2026",
        "Khả năng tổ chức ngày 15/4/2026, báo cáo trước 10/4/2026",
        "Có khả năng hoàn thành kế hoạch năm 2026, báo cáo trước 30/6/2026",
        "Ngày 15/4/2026 Hội nghị có thể khai mạc",
        "Ngày 15/4/2026 Hội nghị có thể diễn ra",
        "Ngày 15/4/2026 Hội nghị có thể bế mạc",
        "Ngày 15/4/2026 Hội nghị có thể diễn ra sớm hơn",
        "Ngày 15/4/2026 Hội nghị có thể diễn ra muộn hơn",
        "Hội nghị có thể diễn ra ngày 15/4/2026",
        "Hội nghị có thể khai mạc ngày 15/4/2026",
        "Hội nghị có thể diễn ra trực tuyến hoặc lùi sang ngày 15/4/2026",
    ],
)
def test_a_likely_or_possible_day_stays_refused(phrase: str) -> None:
    assert "ghi last_day" in refused(phrase, MARCH)


# d61b's further forms: a hedge after a colon or a full stop that follows a time fronted
# alone, a hope "như vậy" closing the phrase, and a bare "tùy …" closing it (each read on
# main); a plain step after the colon or the stop and a bare "như vậy" keep the day
@pytest.mark.parametrize(
    "phrase",
    [
        "Trước 30/6/2026: có lẽ hoàn thành",
        "Tháng 6/2026: hy vọng hoàn thành",
        "Trước 30/6/2026. Có lẽ hoàn thành",
        "Trước 30/6/2026: có thể sẽ hoàn thành",
        "Hoàn thành trước 30/6/2026, hy vọng như vậy",
        "Hoàn thành trước 30/6/2026, có lẽ như vậy",
        "Hoàn thành trước ngày 30/9/2026 tùy khả năng",
        "Hoàn thành trước ngày 30/9/2026 tùy tình hình",
        "Hoàn thành trước ngày 30/9/2026 tùy kinh phí",
        "Hoàn thành trước ngày 30/9/2026 tùy theo tình hình",
    ],
)
def test_a_hedge_after_a_colon_or_a_stop_or_a_closing_left_to_is_refused(phrase: str) -> None:
    assert "ghi last_day" in refused(phrase, MARCH)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Trước 30/6/2026: hoàn thành báo cáo", JUNE_30),
        ("Trước 30/6/2026. Các đơn vị hoàn thành", JUNE_30),
        ("Trước 30/6/2026: các đơn vị báo cáo về mong muốn của người dân", JUNE_30),
        ("Tháng 6/2026: tổ chức chương trình Chắp cánh hy vọng", JUNE_30),
        ("Hoàn thành trước 30/6/2026, như vậy", JUNE_30),
    ],
)
def test_a_plain_step_after_a_colon_or_a_stop_keeps_the_day(phrase: str, last: date) -> None:
    assert one(phrase, MARCH).last == last
