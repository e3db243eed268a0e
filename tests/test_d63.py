"""Session 63's brief to helper d63: judged days, another body's step, tax periods (issued
01/03/2026). Each form below was read on main as a day or a window to act, a missed deadline;
each is refused now with a reason and "ghi last_day …", and its neighbours read as on main.

A. A deadline gone by, with words between (`dayjudged._GONE_BEFORE`): "Hạn nộp hồ sơ kỳ vừa
qua là 30/6/2026", "Hạn nộp bổ sung hồ sơ vừa qua là …", "Hạn nộp hồ sơ đợt trước là …",
"Hạn nộp năm ngoái là 30/6/2025" (the last two were refused on main for a stray word only).

B. A day judged faulty after a comma or a topic (`dayjudged._TEXT_FAULT`, `_FOR_WHOM_NEW`):
"Hạn nộp hồ sơ: 30/6/2026, sai sót do lỗi đánh máy", "Hạn nộp hồ sơ cho học sinh mới:
30/6/2026 do lỗi kỹ thuật" ("mới" told of the pupils is no new day).

C. Another body's step joined by "và" or bound by a word of time (`eventserved._ANOTHER_BODY`):
"Gửi hồ sơ về Sở và Sở thẩm định ngày 20/4/2026", "Gửi hồ sơ về Sở, Sở thẩm định trước ngày
20/4/2026", "Nộp hồ sơ cho UBND xã, UBND xã xác nhận trước ngày 20/4/2026".

D. A tax period as the step's time (`taxperiod`): "Nộp tờ khai thuế GTGT tháng 5/2026",
"Kê khai thuế quý II/2026": the period taxed, the declaration due by the day Điều 44 Luật
Quản lý thuế số 38/2019/QH14 sets (20/6/2026, 31/7/2026), named in the refusal.

No corpus phrase has these forms (the brief's); the nearest is "Nộp hồ sơ khai thuế theo
tháng cho kỳ tính thuế tháng 12/2025, gồm: …" (a tax office's notice in the corpus), a tax
period named as such, refused by `refusals._DATA_PERIOD` as on main.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

MARCH = ctx("2026-03-01")
ISSUED = "2026-03-01"
DATE = DeadlineKind.DATE
WINDOW = DeadlineKind.WINDOW
GONE = "ngày đó sai"

GONE_BY = [
    # the brief's
    "Hạn nộp bổ sung hồ sơ vừa qua là 30/6/2026",
    "Hạn nộp hồ sơ kỳ vừa qua là 30/6/2026",
    "Hạn nộp hồ sơ đợt trước là 30/6/2026",
    "Hạn nộp năm ngoái là 30/6/2025",
    # neighbours: another round, "vừa rồi", a colon, no "là", no diacritics
    "Hạn nộp hồ sơ đợt vừa qua là 30/6/2026",
    "Hạn nộp hồ sơ lần trước là 30/6/2026",
    "Hạn nộp hồ sơ kỳ trước là 30/6/2026",
    "Hạn nộp hồ sơ năm trước là 30/6/2025",
    "Hạn nộp hồ sơ năm ngoái là 30/6/2025",
    "Hạn nộp hồ sơ kỳ vừa rồi là 30/6/2026",
    "Hạn nộp hồ sơ lần vừa qua là 30/6/2026",
    "Hạn nộp hồ sơ đợt trước: 30/6/2026",
    "Thời hạn nộp hồ sơ đợt trước là 30/6/2026",
    "Han nop ho so ky vua qua la 30/6/2026",
    "Hạn nộp bổ sung vừa qua là 30/6/2026",
]


@pytest.mark.parametrize("phrase", GONE_BY)
def test_a_deadline_gone_by_is_none_due(phrase: str) -> None:
    why = refused(phrase, MARCH)
    assert GONE in why and "last_day" in why


JUDGED = [
    # the brief's
    "Hạn nộp hồ sơ: 30/6/2026, sai sót do lỗi đánh máy",
    "Hạn nộp hồ sơ cho học sinh mới: 30/6/2026 do lỗi kỹ thuật",
    "Ngày 30/6/2026 ghi nhầm",
    # neighbours: "sai", "nhầm", another fault of the text or the system, a semicolon, the
    # drafting, another for whom, "là", no diacritics
    "Hạn nộp hồ sơ: 30/6/2026, sai do lỗi đánh máy",
    "Hạn nộp hồ sơ: 30/6/2026, nhầm do lỗi đánh máy",
    "Hạn nộp hồ sơ: 30/6/2026, sai sót do lỗi kỹ thuật",
    "Hạn nộp hồ sơ: 30/6/2026; sai sót do lỗi chính tả",
    "Hạn nộp hồ sơ: 30/6/2026, sai sót trong quá trình soạn thảo",
    "Hạn nộp hồ sơ cho sinh viên mới: 30/6/2026 do lỗi hệ thống",
    "Hạn nộp hồ sơ đối với hộ mới: 30/6/2026 do lỗi kỹ thuật",
    "Hạn nộp hồ sơ cho học sinh mới là 30/6/2026 do lỗi kỹ thuật",
    "Ngày 30/6/2026 in nhầm",
    "Han nop ho so: 30/6/2026, sai sot do loi danh may",
]


@pytest.mark.parametrize("phrase", JUDGED)
def test_a_day_judged_faulty_is_none_due(phrase: str) -> None:
    why = refused(phrase, MARCH)
    assert GONE in why and "last_day" in why


ANOTHER_BODY = [
    # the brief's
    "Gửi hồ sơ về Sở và Sở thẩm định ngày 20/4/2026",
    "Gửi hồ sơ về Sở, Sở thẩm định trước ngày 20/4/2026",
    "Nộp hồ sơ cho UBND xã, UBND xã xác nhận trước ngày 20/4/2026",
    # neighbours: a semicolon, a dash, "chậm nhất (là)", "đến", no "ngày", "và" with a bound,
    # the body with its name, no diacritics, the body not named before
    "Gửi hồ sơ về Sở; Sở thẩm định trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở – Sở thẩm định trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở, Sở thẩm định chậm nhất ngày 20/4/2026",
    "Gửi hồ sơ về Sở, Sở thẩm định chậm nhất là ngày 20/4/2026",
    "Gửi hồ sơ về Sở, Sở thẩm định đến ngày 20/4/2026",
    "Gửi hồ sơ về Sở, Sở thẩm định trước 20/4/2026",
    "Nộp hồ sơ cho UBND xã và UBND xã xác nhận ngày 20/4/2026",
    "Nộp hồ sơ cho UBND xã và UBND xã xác nhận trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở và Sở thẩm định trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở, Sở Tư pháp thẩm định trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở và Sở Tài chính thẩm định trước ngày 20/4/2026",
    "Gui ho so ve So va So tham dinh ngay 20/4/2026",
    "Gửi báo cáo về Sở, Sở tổng hợp trước ngày 20/4/2026",
    "Gửi hồ sơ, Sở thẩm định trước ngày 20/4/2026",
    # ... "trong ngày", the body's doings with a comma, its full name told again
    "Gửi hồ sơ về Sở, Sở thẩm định trong ngày 20/4/2026",
    "Gửi hồ sơ về Sở, Sở xem xét, giải quyết trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở; Sở tổng hợp, trình UBND tỉnh trước ngày 20/4/2026",
    "Gửi hồ sơ đến Sở Xây dựng, Sở Xây dựng cấp phép trước ngày 20/4/2026",
    "Nộp đơn cho Tòa án, Tòa án thụ lý trước ngày 20/4/2026",
]


@pytest.mark.parametrize("phrase", ANOTHER_BODY)
def test_another_body_s_step_is_no_deadline_of_the_sending(phrase: str) -> None:
    why = refused(phrase, MARCH)
    assert "không lấy ngày" in why and "last_day" in why


TAX = [
    # the brief's, with the law's day each names
    ("Nộp tiền thuế: tháng 5/2026", "20/6/2026"),
    ("Nộp tờ khai thuế GTGT tháng 5/2026", "20/6/2026"),
    ("Kê khai thuế quý II/2026", "31/7/2026"),
    ("Nộp tờ khai thuế TNCN tháng 5/2026", "20/6/2026"),
    # neighbours: a tax alone, December (the next year), a quarter in digits, the last
    # quarter, "tháng 5 năm 2026", "Hạn nộp", "cho tháng", a tax's long name, a year, no
    # diacritics
    ("Nộp thuế tháng 5/2026", "20/6/2026"),
    ("Nộp thuế tháng 12/2026", "20/1/2027"),
    ("Kê khai thuế quý 4 năm 2026", "31/1/2027"),
    ("Nộp thuế quý IV/2026", "31/1/2027"),
    ("Kê khai thuế quý I/2026", "30/4/2026"),
    ("Nộp tờ khai thuế GTGT tháng 5 năm 2026", "20/6/2026"),
    ("Hạn nộp tờ khai thuế tháng 5/2026", "20/6/2026"),
    ("Nộp tờ khai thuế cho tháng 5/2026", "20/6/2026"),
    ("Nộp tờ khai thuế thu nhập cá nhân quý I/2026", "30/4/2026"),
    ("Nộp thuế năm 2026", "31/3/2027"),
    ("Nop to khai thue GTGT thang 5/2026", "20/6/2026"),
    ("Nộp hồ sơ khai thuế tháng 5/2026.", "20/6/2026"),
    # ... the payer first, two steps joined
    ("Doanh nghiệp nộp tờ khai thuế tháng 5/2026", "20/6/2026"),
    ("Hộ kinh doanh kê khai thuế quý II/2026", "31/7/2026"),
    ("Kê khai, nộp thuế tháng 5/2026", "20/6/2026"),
    ("Kê khai và nộp thuế quý II/2026", "31/7/2026"),
]


@pytest.mark.parametrize(("phrase", "due"), TAX)
def test_a_tax_period_is_no_window_to_act(phrase: str, due: str) -> None:
    why = refused(phrase, MARCH)
    assert "kỳ tính thuế" in why and "Điều 44" in why and due in why and "last_day" in why


@pytest.mark.parametrize(
    "phrase", ["Nộp thuế môn bài năm 2026", "Nộp thuế khoán năm 2026", "Nộp thuế đất năm 2026"]
)
def test_a_tax_with_days_of_its_own_names_none(phrase: str) -> None:
    why = refused(phrase, MARCH)
    assert "kỳ tính thuế" in why and "hạn nộp riêng" in why and "2027" not in why


AS_ON_MAIN = [
    # A: "trước" with no "là": a bound ("Hạn gửi báo cáo kỳ trước ngày …", the period's
    # report due before it)
    ("Hạn gửi báo cáo kỳ trước ngày 15/7/2026", (DATE, "2026-07-15", "2026-07-15")),
    ("Hạn nộp hồ sơ đợt trước ngày 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
    ("Hạn nộp hồ sơ kỳ trước 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
    # ... a round to come, this round, a round numbered, a month just past (main's own
    # refusal), a supplement with no past, a past cause
    ("Hạn nộp hồ sơ kỳ này là 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
    ("Hạn nộp hồ sơ kỳ tới là 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
    ("Hạn nộp hồ sơ đợt tới là 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
    ("Hạn nộp hồ sơ đợt 2 là 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
    ("Hạn nộp hồ sơ năm nay là 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
    ("Hạn nộp bổ sung hồ sơ là 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
    ("Hạn nộp bổ sung hồ sơ trước 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
    ("Hạn khắc phục thiệt hại do bão vừa qua là 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
    # B: no verdict, a new day told, the papers' fault, a help note, a bound set again, a
    # fault fixed by the step
    ("Hạn nộp hồ sơ: 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
    ("Hạn nộp hồ sơ cho học sinh mới: 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
    (
        "Hạn nộp hồ sơ cho học sinh mới: 30/6/2026, nộp trực tuyến",
        (DATE, "2026-06-30", "2026-06-30"),
    ),
    ("Hạn nộp hồ sơ mới: 30/6/2026 do lỗi kỹ thuật", (DATE, "2026-06-30", "2026-06-30")),
    ("Hạn nộp hồ sơ mới là 30/6/2026 do lỗi kỹ thuật", (DATE, "2026-06-30", "2026-06-30")),
    (
        "Hạn nộp hồ sơ: 30/6/2026; sai sót do người nộp phải nộp lại",
        (DATE, "2026-06-30", "2026-06-30"),
    ),
    (
        "Hạn nộp hồ sơ: 30/6/2026, sai sót do lỗi đánh máy phải nộp lại",
        (DATE, "2026-06-30", "2026-06-30"),
    ),
    (
        "Hạn nộp hồ sơ: 30/6/2026, hồ sơ sai sót do lỗi đánh máy phải nộp lại",
        (DATE, "2026-06-30", "2026-06-30"),
    ),
    (
        "Hạn nộp hồ sơ: 30/6/2026, lỗi kỹ thuật liên hệ tổng đài",
        (DATE, "2026-06-30", "2026-06-30"),
    ),
    ("Gia hạn nộp hồ sơ đến 30/6/2026 do lỗi kỹ thuật", (DATE, "2026-06-30", "2026-06-30")),
    (
        "Khắc phục sai sót do lỗi đánh máy trước 30/6/2026",
        (DATE, "2026-06-30", "2026-06-30"),
    ),
    # C: the sending's own bound, the body's receiving, "để" (the sending's), two bodies sent
    # to, the step's own words after the comma
    ("Gửi hồ sơ về Sở trước ngày 20/4/2026 để Sở thẩm định", (DATE, "2026-04-20", "2026-04-20")),
    ("Gửi tài liệu trước ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    ("Gửi hồ sơ về Sở, Sở tiếp nhận trước ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    ("Gửi hồ sơ về Sở và Sở tiếp nhận ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    (
        "Nộp hồ sơ cho UBND xã, UBND xã nhận trước ngày 20/4/2026",
        (DATE, "2026-04-20", "2026-04-20"),
    ),
    ("Gửi hồ sơ để Sở thẩm định trước ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    (
        "Gửi hồ sơ về Sở để Sở thẩm định trước ngày 20/4/2026",
        (DATE, "2026-04-20", "2026-04-20"),
    ),
    ("Gửi hồ sơ về Sở và Phòng Tài chính ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    (
        "Gửi hồ sơ về Sở và Phòng Tài chính trước ngày 20/4/2026",
        (DATE, "2026-04-20", "2026-04-20"),
    ),
    (
        "Gửi hồ sơ về Sở Tư pháp, Sở Tài chính trước ngày 20/4/2026",
        (DATE, "2026-04-20", "2026-04-20"),
    ),
    (
        "Gửi hồ sơ về Sở Tư pháp và Sở Tài chính trước ngày 20/4/2026",
        (DATE, "2026-04-20", "2026-04-20"),
    ),
    ("Gửi hồ sơ về Sở và UBND tỉnh trước ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    (
        "Gửi hồ sơ về Sở Tư pháp, Sở Tài chính, Sở Xây dựng trước ngày 20/4/2026",
        (DATE, "2026-04-20", "2026-04-20"),
    ),
    ("Gửi hồ sơ về Sở, trong ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    ("Gửi hồ sơ về Sở, chậm nhất là ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    ("Gửi hồ sơ về Sở, hoàn thành trước ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    ("Gửi hồ sơ về Sở, chậm nhất ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    ("Gửi hồ sơ về Sở và nộp lệ phí trước ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
    # D: the step's own window or bound, a day told, a step that is no declaring or paying
    ("Nộp thuế trước ngày 20/6/2026", (DATE, "2026-06-20", "2026-06-20")),
    ("Nộp hồ sơ khai thuế trong tháng 5/2026", (WINDOW, "2026-05-01", "2026-05-31")),
    ("Nộp thuế trong tháng 5/2026", (WINDOW, "2026-05-01", "2026-05-31")),
    ("Nộp thuế: trong tháng 5/2026", (WINDOW, "2026-05-01", "2026-05-31")),
    ("Nộp thuế vào tháng 5/2026", (WINDOW, "2026-05-01", "2026-05-31")),
    ("Nộp thuế đến hết tháng 5/2026", (DATE, "2026-05-31", "2026-05-31")),
    ("Nộp thuế trước tháng 6/2026", (DATE, "2026-05-31", "2026-05-31")),
    ("Nộp thuế chậm nhất tháng 6/2026", (WINDOW, "2026-06-01", "2026-06-30")),
    ("Nộp thuế: chậm nhất ngày 20/6/2026", (DATE, "2026-06-20", "2026-06-20")),
    ("Nộp hồ sơ tháng 5/2026", (WINDOW, "2026-05-01", "2026-05-31")),
    ("Kiểm tra thuế quý II/2026", (WINDOW, "2026-04-01", "2026-06-30")),
    ("Hoàn thuế tháng 5/2026", (WINDOW, "2026-05-01", "2026-05-31")),
    ("Thu thuế tháng 5/2026", (WINDOW, "2026-05-01", "2026-05-31")),
    ("Doanh nghiệp nộp thuế trong tháng 5/2026", (WINDOW, "2026-05-01", "2026-05-31")),
    ("Tuyên truyền về thuế tháng 5/2026", (WINDOW, "2026-05-01", "2026-05-31")),
]


@pytest.mark.parametrize(("phrase", "expected"), AS_ON_MAIN)
def test_neighbours_read_as_on_main(phrase: str, expected: tuple[object, ...]) -> None:
    assert read_days(phrase, ISSUED) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        # a period gone, main's own refusal kept (test_d62b); a day beside the tax period, two
        # days refused as on main; the period in the step's own words, `_DATA_PERIOD`'s
        "Hạn nộp báo cáo tháng vừa qua là 15/7/2026",
        "Nộp tờ khai thuế GTGT tháng 5/2026 trước ngày 20/6/2026",
        "Hạn nộp tờ khai thuế tháng 5/2026: 20/6/2026",
        "Nộp thuế: kỳ tính thuế tháng 5/2026",
    ],
)
def test_other_refusals_keep_their_words(phrase: str) -> None:
    why = refused(phrase, MARCH)
    assert GONE not in why and "Điều 44 Luật" not in why
