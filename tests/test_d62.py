"""Event days and judged days (session 62's brief, d62): each phrase below read on main, issued
01/03/2026, as a day due, and none is the step's: the day of a meeting the papers serve ("Gửi
tài liệu cho họp ngày 20/4/2026"), another body's step after a comma ("Gửi hồ sơ về Sở, Sở
thẩm định ngày 20/4/2026"), a course's days ("Đăng ký học (khóa học từ 5/9 đến 30/9/2026)"),
the period reported or taxed ("Gửi báo cáo: kỳ báo cáo từ 1/1 đến 31/5/2026", "Nộp thuế: kỳ
tính thuế tháng 5/2026"), a day gone by ("Hạn nộp vừa rồi là 30/6/2026") or judged ("Ngày nộp
hồ sơ 15/5/2026 là sai sót", "Hạn nộp hồ sơ: 30/6/2026 do lỗi kỹ thuật"). Read so, a clerk
is held to a day no text sets (the first rule: never a silent wrong date); each is refused
with the way out ("ghi last_day …").

No corpus phrase has these forms; the nearest are the data periods opening a phrase, "Kỳ báo
cáo: từ ngày 01/01/2026 đến hết ngày 30/6/2026" (test_guardsj, refused since session 47), and
the event days of session 61 (test_e61). The neighbours keep main's readings: the step with a
word of time of its own ("Gửi tài liệu cho họp trước ngày 15/4/2026"), "hợp" for "họp" as
printed ("Gửi hồ sơ để hợp nhất …"), the step's own doing after the comma ("…, Sở tiếp nhận
ngày …"), the step's own window ("Đăng ký: diễn ra từ ngày 1/4 đến 15/4/2026", test_e60), a
warning after the day ("Hạn nộp hồ sơ: 30/6/2026; sai sót phải nộp lại", test_e60b), the
papers with faults ("Ngày nhận hồ sơ sai sót 15/5/2026", test_e60) and the stop's own day
("Hóa đơn giấy ngày 1/7/2026 ngừng áp dụng", the lead's ruling).

And one reading main lost, given back: "Gửi bài cho bà Lê Hoa ngày 20/5/2026" was refused as
a festival's day, the family name "Lê" folded to "lễ"; "Lê" capitalised before a capitalised
given name is a name.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

MARCH = ctx("2026-03-01")
ISSUED = "2026-03-01"

# the way out every refusal here gives
WAY_OUT = "last_day"

SERVED = [
    # the brief's: a meeting the papers serve
    "Gửi tài liệu cho họp ngày 20/4/2026",
    "Gửi tài liệu phục vụ họp ngày 20/4/2026",
    # neighbours: another purpose word, a named meeting, "vào", no "ngày", a month, no marks
    "Gửi tài liệu để họp ngày 20/4/2026",
    "Chuẩn bị tài liệu cho họp giao ban ngày 20/4/2026",
    "Gửi tài liệu cho họp Ban Thường vụ ngày 20/4/2026",
    "Gửi tài liệu phục vụ cho họp vào ngày 20/4/2026",
    "Nộp báo cáo phục vụ họp tháng 4/2026",
    "Gửi tài liệu cho họp 20/4/2026",
    "Gửi dự thảo cho họp HĐND ngày 20/4/2026",
    "Gui tai lieu cho hop ngay 20/4/2026",
    # the brief's: another body's step after a comma
    "Gửi hồ sơ về Sở, Sở thẩm định ngày 20/4/2026",
    # neighbours: a semicolon, other bodies and their doings
    "Gửi hồ sơ về Sở; Sở thẩm định ngày 20/4/2026",
    "Nộp hồ sơ cho UBND xã, UBND huyện phê duyệt ngày 20/4/2026",
    "Gửi báo cáo về Bộ, Bộ tổng hợp ngày 20/4/2026",
    "Gửi hồ sơ về Sở Nội vụ, Hội đồng xét duyệt họp ngày 20/4/2026",
    "Nộp hồ sơ về Phòng, Phòng kiểm tra ngày 20/4/2026",
    "Gui ho so ve So, So tham dinh ngay 20/4/2026",
    # ... a body's name whose folded word is a time's ("Tư" is "từ")
    "Nộp hồ sơ, Sở Tư pháp thẩm định ngày 20/4/2026",
    "Nộp hồ sơ, Sở Tài chính thẩm định ngày 20/4/2026",
    # the brief's: a course's days
    "Đăng ký học (khóa học từ 5/9 đến 30/9/2026)",
    # neighbours: a class, after a colon, "từ ngày", another step
    "Đăng ký học (lớp học từ 5/9 đến 30/9/2026)",
    "Đăng ký học: khóa học từ 5/9 đến 30/9/2026",
    "Đăng ký học (khóa học từ ngày 5/9 đến 30/9/2026)",
    "Nộp học phí (khóa học từ 5/9 đến 30/9/2026)",
]


@pytest.mark.parametrize("phrase", SERVED)
def test_another_s_day_is_no_deadline_of_the_step(phrase: str) -> None:
    why = refused(phrase, MARCH)
    assert "không lấy ngày" in why and WAY_OUT in why


PERIODS = [
    # the brief's: the period reported or taxed
    "Gửi báo cáo: kỳ báo cáo từ 1/1 đến 31/5/2026",
    "Nộp thuế: kỳ tính thuế tháng 5/2026",
    # neighbours: in brackets, a dash, a quarter, a year, a span taxed, the figures' span
    "Nộp tờ khai (kỳ tính thuế quý II/2026)",
    "Gửi báo cáo - kỳ báo cáo từ 1/1/2026 đến 31/5/2026",
    "Nộp tờ khai: kỳ tính thuế năm 2025",
    "Nộp thuế: kỳ tính thuế từ 1/4 đến 30/6/2026",
    "Gửi báo cáo (số liệu tính từ 1/1 đến 31/5/2026)",
]


@pytest.mark.parametrize("phrase", PERIODS)
def test_the_period_reported_is_no_due_day(phrase: str) -> None:
    why = refused(phrase, MARCH)
    assert "kỳ số liệu" in why and WAY_OUT in why


JUDGED = [
    # the brief's: a day gone by, a day judged wrong, a day set by a fault
    "Hạn nộp vừa rồi là 30/6/2026",
    "Ngày nộp hồ sơ 15/5/2026 là sai sót",
    "Hạn nộp hồ sơ: 30/6/2026 do lỗi kỹ thuật",
    # neighbours: "vừa qua", no "là", another step; "sai lệch", no "là", in brackets, after a
    # bound; another system's fault, told now
    "Hạn nộp vừa qua: 30/6/2026",
    "Hạn nộp vừa rồi 30/6/2026",
    "Ngày thi vừa rồi là 15/5/2026",
    "Ngày nộp hồ sơ 15/5/2026 là sai lệch",
    "Ngày nộp hồ sơ 15/5/2026 sai sót",
    "Hạn nộp hồ sơ: 30/6/2026 (sai sót)",
    "Nộp hồ sơ trước 15/5/2026 (sai sót)",
    "Hạn nộp hồ sơ: 30/6/2026 do lỗi hệ thống",
    "Hạn nộp hồ sơ 30/6/2026 là do lỗi phần mềm",
    "Ngày thi 15/5/2026 do lỗi kĩ thuật",
]


@pytest.mark.parametrize("phrase", JUDGED)
def test_a_day_gone_or_judged_is_no_deadline(phrase: str) -> None:
    assert WAY_OUT in refused(phrase, MARCH)


DATE = DeadlineKind.DATE
WINDOW = DeadlineKind.WINDOW

AS_ON_MAIN = [
    # a meeting: the step's own word of time, "hợp" as printed, the meeting held
    ("Gửi tài liệu cho họp trước ngày 15/4/2026", (DATE, "2026-04-15", "2026-04-15")),
    ("Gửi tài liệu cho họp chậm nhất ngày 15/4/2026", (DATE, "2026-04-15", "2026-04-15")),
    ("Nộp báo cáo phục vụ họp xong ngày 15/4/2026", (DATE, "2026-04-15", "2026-04-15")),
    ("Gửi tài liệu cho họp, hoàn thành ngày 15/4/2026", (DATE, "2026-04-15", "2026-04-15")),
    ("Gửi hồ sơ để hợp nhất ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    ("Gửi hồ sơ cho phù hợp ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    ("Tổ chức họp ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    ("Họp ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    # a comma: the step's own words, its own doing, no body named, a deadline of the body
    ("Gửi hồ sơ về Sở, hoàn thành ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    ("Gửi hồ sơ về Sở, chậm nhất ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    ("Gửi hồ sơ về Sở, Sở tiếp nhận ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    ("Nộp hồ sơ cho UBND xã, UBND xã nhận ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    ("Gửi hồ sơ về Sở ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    ("Nộp hồ sơ, Sở Tư pháp tiếp nhận ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    ("Gửi báo cáo, bộ phận tổng hợp ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    # a bracket's window: the step's own, its time, its manner, its round, its doing
    ("Đăng ký học (từ 5/9 đến 30/9/2026)", (WINDOW, "2026-09-05", "2026-09-30")),
    ("Đăng ký học từ 5/9 đến 30/9/2026", (WINDOW, "2026-09-05", "2026-09-30")),
    ("Đăng ký học (thời gian từ 5/9 đến 30/9/2026)", (WINDOW, "2026-09-05", "2026-09-30")),
    ("Đăng ký học (trực tuyến từ 5/9 đến 30/9/2026)", (WINDOW, "2026-09-05", "2026-09-30")),
    ("Đăng ký học (đợt 1 từ 5/9 đến 30/9/2026)", (WINDOW, "2026-09-05", "2026-09-30")),
    ("Nộp hồ sơ (tiếp nhận từ 1/4 đến 15/4/2026)", (WINDOW, "2026-04-01", "2026-04-15")),
    ("Đăng ký: diễn ra từ ngày 1/4 đến 15/4/2026", (WINDOW, "2026-04-01", "2026-04-15")),
    (
        "Nộp hồ sơ nhập học (nhập học từ ngày 1/9 đến 5/9/2026)",
        (WINDOW, "2026-09-01", "2026-09-05"),
    ),
    (
        "Đăng ký xét tuyển (thời gian xét tuyển: từ 1/8 đến 20/8/2026)",
        (WINDOW, "2026-08-01", "2026-08-20"),
    ),
    ("Đăng ký học (hạn chót ngày 30/8/2026)", (DATE, "2026-08-30", "2026-08-30")),
    # a report's or a tax's own due day
    ("Gửi báo cáo trước ngày 15/6/2026", (DATE, "2026-06-15", "2026-06-15")),
    ("Gửi báo cáo: hạn chót ngày 15/6/2026", (DATE, "2026-06-15", "2026-06-15")),
    ("Nộp thuế: chậm nhất ngày 20/6/2026", (DATE, "2026-06-20", "2026-06-20")),
    # a day with no verdict, a warning after it, a fault of the papers, a bound set again
    ("Hạn nộp: 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
    ("Hạn nộp là 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
    ("Hạn nộp hồ sơ: 30/6/2026; sai sót phải nộp lại", (DATE, "2026-06-30", "2026-06-30")),
    (
        "Hạn nộp hồ sơ: 30/6/2026, lỗi kỹ thuật liên hệ tổng đài",
        (DATE, "2026-06-30", "2026-06-30"),
    ),
    (
        "Gia hạn nộp hồ sơ đến 30/6/2026 do lỗi kỹ thuật",
        (DATE, "2026-06-30", "2026-06-30"),
    ),
    ("Hạn nộp tiền thuế ghi sai: 15/5/2026", (DATE, "2026-05-15", "2026-05-15")),
    ("Ngày nhận hồ sơ sai sót 15/5/2026", (DATE, "2026-05-15", "2026-05-15")),
    ("Khắc phục sai sót trước 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
    ("Hạn sửa sai sót: 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
    ("Hóa đơn giấy ngày 1/7/2026 ngừng áp dụng", (DATE, "2026-07-01", "2026-07-01")),
]


@pytest.mark.parametrize(("phrase", "expected"), AS_ON_MAIN)
def test_neighbours_read_as_on_main(phrase: str, expected: tuple[object, ...]) -> None:
    assert read_days(phrase, ISSUED) == expected


NAMES = [
    # the brief's: a family name and a given name, "Lê" as printed
    "Gửi bài cho bà Lê Hoa ngày 20/5/2026",
    "Gửi hồ sơ cho ông Lê Văn An ngày 20/5/2026",
    "Nộp bài cho thầy Lê Minh ngày 20/5/2026",
]


@pytest.mark.parametrize("phrase", NAMES)
def test_a_name_le_is_no_festival(phrase: str) -> None:
    assert read_days(phrase, ISSUED) == (DATE, "2026-05-20", "2026-05-20")


FESTIVALS = [
    # "lễ" as printed, "Lê" alone or lower case, no marks, an event after the name
    "Gửi bài cho lễ hội ngày 20/5/2026",
    "Gửi bài cho Lễ Tổng kết ngày 20/5/2026",
    "Chuẩn bị Lễ khai giảng ngày 5/9/2026",
    "Gửi bài cho Lê ngày 20/5/2026",
    "Gửi bài cho bà lê hoa ngày 20/5/2026",
    "Gui bai cho ba Le Hoa ngay 20/5/2026",
    "Gửi bài cho bà Lê Hoa dự hội nghị ngày 20/5/2026",
]


@pytest.mark.parametrize("phrase", FESTIVALS)
def test_a_festival_or_a_doubtful_le_stays_refused(phrase: str) -> None:
    assert "sự kiện" in refused(phrase, MARCH)
