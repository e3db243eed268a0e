"""Holes a fresh tester found in branch d62 (session 62, helper d62b), issued 01/03/2026.

A. d62 gave back "Gửi bài cho bà Lê Hoa ngày 20/5/2026" (refused on main: "Lê" folded is
"lễ"). Read for any capitalised "Lê", it set aside the only event check that ran, and read
as the sending's day an event's: "Gửi bài cho bà Lê Hoa ngày 20/5/2026 (Lễ kỷ niệm)", "Gửi
bài cho Đêm thơ Lê Anh Xuân ngày 20/5/2026", "Đăng ký tham gia cùng bà Lê Hoa ngày
20/5/2026". The name is now read only after a title ("bà", "ông", "thầy"), with a given name
capitalised, and with no event word, bracket, "Đêm thơ/nhạc", "Fest", "đoàn", "cùng", taking
part or "Hội" elsewhere in the phrase; anything else stays refused as on main.

B. d62 judged a day set "do lỗi kỹ thuật" as wrong; after a new day told ("Hạn nộp hồ sơ mới
là 30/6/2026 do lỗi kỹ thuật", "… được điều chỉnh là …", "… nay là …") the fault is the
change's cause and the day holds, read as on main.

No corpus phrase has these forms (the brief's, from the tester); the nearest are the event
days of session 61 (test_e61) and the judged days of test_d62.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

MARCH = ctx("2026-03-01")
ISSUED = "2026-03-01"
DATE = DeadlineKind.DATE

EVENT_NOT_NAME = [
    # the tester's: an event after the day, in brackets or told after
    "Gửi bài cho bà Lê Hoa ngày 20/5/2026 (Lễ kỷ niệm)",
    "Gửi bài cho bà Lê Hoa ngày 20/5/2026 (lễ kỷ niệm)",
    "Gửi bài cho bà Lê Hoa ngày 20/5/2026 (hội nghị)",
    "Gửi bài cho bà Lê Hoa ngày 20/5/2026 để dự Lễ kỷ niệm",
    # ... a night named after a person
    "Gửi bài tham dự Đêm thơ Lê Anh Xuân ngày 20/5/2026",
    "Gửi bài cho Đêm thơ Lê Anh Xuân ngày 20/5/2026",
    "Chuẩn bị Đêm nhạc Lê Hoa ngày 20/5/2026",
    "Đăng ký xem Đêm nhạc Lê Hoa ngày 20/5/2026",
    # ... a delegation, company
    "Đăng ký tham gia đoàn công tác của ông Lê Văn An ngày 20/5/2026",
    "Đăng ký tham gia đoàn ông Lê Văn An ngày 20/5/2026",
    "Đăng ký tham gia cùng bà Lê Hoa ngày 20/5/2026",
    "Đăng ký tham gia cùng bà Lê Hoa từ 10/5 đến 20/5/2026",
    # ... a fest, "Lễ Hội" typed "Lê Hội"
    "Gửi bài cho Lê Lợi Fest ngày 20/5/2026",
    "Gửi bài cho Lê Hội Hoa Ban ngày 20/5/2026",
    # neighbours: no title, a title with no given name, an event word anywhere
    "Gửi bài cho Lê Hoa ngày 20/5/2026",
    "Gửi bài cho bà Lê ngày 20/5/2026",
    "Gửi bài cho bà Lê hoa ngày 20/5/2026",
    "Gửi bài cho bà Lê Hoa ngày 20/5/2026 tại Hội trường",
    "Gửi bài cho bà Lê Hoa dự lễ ngày 20/5/2026",
    "Gửi bài cho bà Lê Hoa ngày 20/5/2026 [lễ kỷ niệm]",
    "Gửi bài cho bà Lê Hoa ngày 20/5/2026 - hội thảo",
    "Gửi bài cho bà Lê Hoa ngày 20/5/2026, tham dự tọa đàm",
    "Gửi bài xem cùng ông Lê Văn An ngày 20/5/2026",
    "Đăng ký tham gia với ông Lê Văn An ngày 20/5/2026",
    "Chuẩn bị Đêm văn nghệ Lê Hoa ngày 20/5/2026",
    "Gửi bài cho Festival Lê Hoa ngày 20/5/2026",
    "Gửi bài cho bà Lê Hoa ngày 20/5/2026 (kỳ thi)",
    "Nộp bài cho thầy Lê Minh ngày 20/5/2026 (hội thi)",
    "Gửi bài cho đoàn bà Lê Hoa ngày 20/5/2026",
]


@pytest.mark.parametrize("phrase", EVENT_NOT_NAME)
def test_an_event_near_le_stays_refused(phrase: str) -> None:
    assert "last_day" in refused(phrase, MARCH) or "sự kiện" in refused(phrase, MARCH)


NAMES = [
    # d62's, still read: a title, a family name and a given name, nothing else
    "Gửi bài cho bà Lê Hoa ngày 20/5/2026",
    "Gửi hồ sơ cho ông Lê Văn An ngày 20/5/2026",
    "Nộp bài cho thầy Lê Minh ngày 20/5/2026",
]


@pytest.mark.parametrize("phrase", NAMES)
def test_a_person_addressed_is_read(phrase: str) -> None:
    assert read_days(phrase, ISSUED) == (DATE, "2026-05-20", "2026-05-20")


NEW_DAY_FOR_A_FAULT = [
    # the tester's: a new day told, the fault its cause (read on main, lost by d62)
    "Hạn nộp hồ sơ mới là 30/6/2026 do lỗi kỹ thuật",
    "Hạn mới: 30/6/2026 do lỗi hệ thống",
    "Hạn nộp hồ sơ được điều chỉnh là 30/6/2026 do lỗi kỹ thuật",
    "Hạn nộp hồ sơ nay là 30/6/2026 do lỗi kỹ thuật",
    "Han nop ho so moi la 30/6/2026 do loi ky thuat",
]


@pytest.mark.parametrize("phrase", NEW_DAY_FOR_A_FAULT)
def test_a_new_day_set_for_a_fault_holds(phrase: str) -> None:
    assert read_days(phrase, ISSUED) == (DATE, "2026-06-30", "2026-06-30")


DAY_JUDGED = [
    # neighbours: no new day told, an old day, or a verdict of the day itself
    "Hạn nộp hồ sơ: 30/6/2026 do lỗi kỹ thuật",
    "Hạn nộp hồ sơ là 30/6/2026 do lỗi kỹ thuật",
    "Hạn nộp hồ sơ cũ là 30/6/2026 do lỗi kỹ thuật",
    "Hạn nộp hồ sơ trước đây là 30/6/2026 do lỗi kỹ thuật",
    "Hạn nộp hồ sơ mới nhất 30/6/2026 do lỗi kỹ thuật",
    "Hạn nộp hồ sơ ghi 30/6/2026 do lỗi hệ thống",
    "Hạn nộp hồ sơ 30/6/2026 do lỗi phần mềm",
    "Han nop ho so: 30/6/2026 do loi ky thuat",
    "Hạn nộp hồ sơ mới là 30/6/2026 do lỗi đánh máy",
    "Hạn nộp hồ sơ mới là 30/6/2026 (nhầm)",
    "Hạn nộp hồ sơ mới là 30/6/2026 là sai",
    "Hạn nộp hồ sơ mới là 30/6/2026 đã hết hiệu lực",
    "Hạn nộp hồ sơ mới là 30/6/2026 bị thay thế",
    "Hạn nộp hồ sơ nay là 30/6/2026 là sai",
]


@pytest.mark.parametrize("phrase", DAY_JUDGED)
def test_a_day_judged_stays_refused(phrase: str) -> None:
    assert "ngày đó sai" in refused(phrase, MARCH)


CHANGED_REFUSED = [
    # refused on main with their own reason (the words after the day not understood)
    "Hạn nộp hồ sơ điều chỉnh thành 30/6/2026 do lỗi kỹ thuật",
    "Hạn nộp hồ sơ lùi sang 30/6/2026 do lỗi hệ thống",
    "Hạn nộp hồ sơ gia hạn đến ngày 30/6/2026 do lỗi hệ thống",
]


@pytest.mark.parametrize("phrase", CHANGED_REFUSED)
def test_a_changed_day_is_not_called_wrong(phrase: str) -> None:
    assert "ngày đó sai" not in refused(phrase, MARCH)


VERDICT_GOES_ON = [
    # the tester's: a fault told now with what it is or came from (read on main as due)
    "Hạn nộp hồ sơ: 30/6/2026 là sai sót do lỗi đánh máy",
    "Ngày nộp hồ sơ 15/5/2026 là sai sót trong quá trình soạn thảo",
    "Ngày nộp hồ sơ 15/5/2026 là sai lệch do đánh máy",
    "Hạn nộp hồ sơ: 30/6/2026 là sai sót kỹ thuật",
    "Hạn nộp hồ sơ: 30/6/2026 là nhầm lẫn do đánh máy",
    "Ngày nộp hồ sơ 15/5/2026 có sai sót",
    "Hạn nộp hồ sơ: 30/6/2026 là sai sót do lỗi đánh máy, đề nghị",
    "Han nop ho so: 30/6/2026 la sai sot do loi danh may",
    "Ngày nộp hồ sơ 15/5/2026 là sai sót của cán bộ",
    "Hạn nộp hồ sơ: 30/6/2026 bị sai sót do đánh máy",
    # a day gone by, however long the deadline's step
    "Hạn nộp hồ sơ vừa rồi là 30/6/2026",
    "Hạn nộp hồ sơ vừa qua: 30/6/2026",
    "Hạn nộp báo cáo vừa qua: 30/6/2026",
    "Hạn vừa qua là 30/6/2026",
    "Thời hạn vừa qua là 30/6/2026",
    "Hạn nộp hồ sơ đợt 1 vừa qua là 30/4/2026",
    "Hạn chót nộp hồ sơ vừa rồi là 30/6/2026",
    "Hạn nộp hồ sơ vừa qua 30/6/2026, hạn mới 15/7/2026",
    "Han nop ho so vua qua: 30/6/2026",
]


@pytest.mark.parametrize("phrase", VERDICT_GOES_ON)
def test_a_day_judged_or_gone_is_refused(phrase: str) -> None:
    assert "ngày đó sai" in refused(phrase, MARCH)


AS_ON_MAIN = [
    # neighbours: a warning of the papers after a mark, a past period or cause
    ("Hạn nộp hồ sơ: 30/6/2026; sai sót do người nộp phải nộp lại", "2026-06-30"),
    ("Ngày nộp hồ sơ 15/5/2026 có sai sót phải nộp lại", "2026-05-15"),
    ("Hạn nộp hồ sơ: 30/6/2026; sai sót của hồ sơ phải sửa", "2026-06-30"),
    ("Hạn khắc phục thiệt hại do bão vừa qua là 30/6/2026", "2026-06-30"),
]


@pytest.mark.parametrize(("phrase", "day"), AS_ON_MAIN)
def test_neighbours_read_as_on_main(phrase: str, day: str) -> None:
    assert read_days(phrase, ISSUED) == (DATE, day, day)


@pytest.mark.parametrize(
    "phrase",
    ["Hạn nộp báo cáo tháng vừa qua là 15/7/2026", "Hạn nộp thuế năm vừa qua là 30/6/2026"],
)
def test_a_period_gone_keeps_main_s_refusal(phrase: str) -> None:
    assert "ngày đó sai" not in refused(phrase, MARCH)


ANOTHER_S_DAY = [
    # the tester's: another body's step, after a dash, "để", lower case, its days
    "Gửi hồ sơ về Sở – Sở thẩm định ngày 20/4/2026",
    "Gửi hồ sơ về Sở để Sở thẩm định ngày 20/4/2026",
    "Gửi hồ sơ về Sở, sở thẩm định ngày 20/4/2026",
    "Gửi hồ sơ về Sở, Sở thẩm định từ 20/4 đến 30/4/2026",
    "Nộp hồ sơ cho UBND xã, UBND xã xác nhận ngày 20/4/2026",
    "Gửi hồ sơ về Sở, Sở Tư pháp thẩm định từ 20/4 đến 30/4/2026",
    # ... a meeting the papers serve: numbered, a briefing, its days
    "Gửi tài liệu phục vụ kỳ họp thứ 5 HĐND tỉnh ngày 20/4/2026",
    "Gửi tài liệu phục vụ giao ban ngày 20/4/2026",
    "Gửi tài liệu phục vụ họp từ 20/4 đến 22/4/2026",
    "Gửi tài liệu cho hội nghị lần thứ 2 ngày 20/4/2026",
    # ... a course registered for
    "Đăng ký học (thời gian học từ 5/9 đến 30/9/2026)",
    "Đăng ký học – khóa học từ 5/9 đến 30/9/2026",
    "Đăng ký học (khóa học tháng 9/2026)",
    "Đăng ký học: học từ 5/9/2026",
    "Dang ky hoc (khoa hoc thang 9/2026)",
    # ... a tax period
    "Nộp tiền thuế: kỳ thuế tháng 5/2026",
]


@pytest.mark.parametrize("phrase", ANOTHER_S_DAY)
def test_another_s_day_is_no_deadline_of_the_step(phrase: str) -> None:
    assert "last_day" in refused(phrase, MARCH)


STEP_S_OWN = [
    # neighbours, read as on main: the step's own doing after the body, a word of time of
    # its own, the step's own window, a report named after the briefing
    ("Gửi hồ sơ về Sở, Sở tiếp nhận ngày 20/4/2026", "2026-04-20", "2026-04-20"),
    ("Gửi hồ sơ về Sở – Sở tiếp nhận ngày 20/4/2026", "2026-04-20", "2026-04-20"),
    ("Gửi hồ sơ về Sở để Sở tiếp nhận trước ngày 20/4/2026", "2026-04-20", "2026-04-20"),
    ("Gửi hồ sơ về Sở, hoàn thành ngày 20/4/2026", "2026-04-20", "2026-04-20"),
    ("Gửi hồ sơ về Sở, sở nhận ngày 20/4/2026", "2026-04-20", "2026-04-20"),
    ("Nộp hồ sơ cho UBND xã, UBND xã tiếp nhận ngày 20/4/2026", "2026-04-20", "2026-04-20"),
    ("Gửi hồ sơ – bản chính ngày 20/4/2026", "2026-04-20", "2026-04-20"),
    ("Gửi hồ sơ để Sở thẩm định trước ngày 20/4/2026", "2026-04-20", "2026-04-20"),
    ("Nộp hồ sơ để xét duyệt ngày 20/4/2026", "2026-04-20", "2026-04-20"),
    (
        "Gửi tài liệu phục vụ kỳ họp thứ 5 HĐND tỉnh trước ngày 15/4/2026",
        "2026-04-15",
        "2026-04-15",
    ),
    ("Gửi tài liệu phục vụ giao ban trước ngày 15/4/2026", "2026-04-15", "2026-04-15"),
    ("Gửi báo cáo giao ban ngày 20/4/2026", "2026-04-20", "2026-04-20"),
    ("Gửi tài liệu phục vụ họp trước 15/4/2026", "2026-04-15", "2026-04-15"),
    ("Nộp báo cáo thứ 2 ngày 20/4/2026", "2026-04-20", "2026-04-20"),
    ("Đăng ký học (khóa học) trước 30/8/2026", "2026-08-30", "2026-08-30"),
]


@pytest.mark.parametrize(("phrase", "first", "last"), STEP_S_OWN)
def test_the_step_s_own_day_reads_as_on_main(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, ISSUED)[1:] == (first, last)


WINDOWS_AS_ON_MAIN = [
    # the registration's own window
    "Đăng ký học (thời gian đăng ký từ 5/9 đến 30/9/2026)",
    "Đăng ký học: từ 5/9 đến 30/9/2026",
    "Đăng ký khóa học từ 5/9 đến 30/9/2026",
]


@pytest.mark.parametrize("phrase", WINDOWS_AS_ON_MAIN)
def test_the_registration_s_window_reads(phrase: str) -> None:
    assert read_days(phrase, ISSUED) == (DeadlineKind.WINDOW, "2026-09-05", "2026-09-30")
