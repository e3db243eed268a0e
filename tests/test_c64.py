"""Branch c64: judged days and another body's step, each read on main as a day due, refused
now with a reason and "ghi last_day …"; their neighbours read as on main.

Session 64's brief (c64) listed phrases main read as due (issued 01/03/2026):

A. A day struck or faulty, said after it (`dayjudged._VERDICT`'s "called", "faulty", a full
stop as a mark): "Hạn nộp hồ sơ: 30/6/2026, nay đã hủy do lỗi đánh máy", "Hạn nộp hồ sơ:
30/6/2026. Sai sót do lỗi đánh máy" (the sentence after the day was dropped), "Hạn nộp hồ sơ
30/6/2026 - bị lỗi, sẽ thông báo lại" (refused on main only for the words after the day).

B. A deadline said gone by or expired before its day (`dayjudged._EXPIRED_BEFORE`): "Hạn nộp
báo cáo kỳ vừa qua (đã hết hạn) là 15/4/2026", "Hạn nộp hồ sơ đã hết hạn là 15/4/2026".

C. Another body's step after the sender's (`eventserved._ANOTHER_BODY`, `_the_body_receives`):
"Gửi hồ sơ về Sở, Sở tiếp nhận và thẩm định trước 30/6/2026", "Gửi hồ sơ về Sở, Sở thực
hiện trước 30/6/2026", "GUI HO SO VE SO TU PHAP, SO TU PHAP THAM DINH TRUOC NGAY 30/6/2026"
(bare, "TU" folded as "từ" was taken for the sending's own time). By that day the body's
step is done; the sending is due before it, on a day the phrase does not give. Only the
body's receipt ("Sở tiếp nhận trước …") is the sending's own bound.

"Gửi hồ sơ về Sở để Sở thẩm định trước 30/6/2026" stays read (the brief asked to decide):
a bound closing a purpose clause is, in the plans themselves, the sending's. The corpus has
four such phrases, each expected as the sender's deadline by its source: "báo cáo kết quả
thực hiện về Sở Kế hoạch và Đầu tư để tổng hợp trước ngày 01/11/2021"
(g-bac-kan-cv-1066-2021-tong-ket-thuc-tien.yaml), "… gửi về Phòng Văn hóa và Thông tin để
tổng hợp, báo cáo UBND huyện trước ngày 15/9/2019" (zm-vinhhien-hue-don-doc-ho-so-dat-chuan-
van-hoa-2019.yaml, the purpose naming the body's own further report), "… gửi Bộ Nội vụ để
tổng hợp trước ngày 25/9" (r-vietnamnet-bnv-sap-xep-truong-pho-thong-2025.yaml), "… nộp hồ sơ
về cơ quan … để xét tặng ở cấp cơ sở trước ngày 30-10" (zk-baokhanhhoa-giai-thuong-khcn-tinh-
2020.yaml). Naming the body again as the subject ("để Sở thẩm định") changes nothing in that
habit, and test_d62b, test_d63 pin it. With "ngày" and no bound ("để Sở thẩm định ngày …")
the day is the appraisal's own, refused as on main.

No corpus phrase has the refused forms; the nearest, "UBND tỉnh Hà Tĩnh giao Sở Công Thương …
gửi Cơ quan An ninh điều tra - Bộ Công an và báo cáo UBND tỉnh trước ngày 15/4/2025"
(n-hatinh-vb-2122-ubnd-kt2-2025.yaml), is the sender's own second step after the body it
sends to, and stays read.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

MARCH = ctx("2026-03-01")
ISSUED = "2026-03-01"
DATE = DeadlineKind.DATE
WINDOW = DeadlineKind.WINDOW
JUNE_30 = (DATE, "2026-06-30", "2026-06-30")
APRIL_15 = (DATE, "2026-04-15", "2026-04-15")
JUDGED = "ngày đó sai"  # dayjudged's refusal
ANOTHER_S = "ngày của một việc khác"  # eventserved's refusal for another body's step

# A. A day struck or faulty, said after it
STRUCK = [
    # the brief's
    "Hạn nộp hồ sơ: 30/6/2026, nay đã hủy do lỗi đánh máy",
    "Hạn nộp hồ sơ: 30/6/2026. Sai sót do lỗi đánh máy",
    "Hạn nộp hồ sơ 30/6/2026 - bị lỗi, sẽ thông báo lại",
    # neighbours: called off told otherwise, for another cause, with a new day after it, a
    # correcting step's day called off, no diacritics
    "Hạn nộp hồ sơ: 30/6/2026, đã bị hủy do lỗi kỹ thuật",
    "Hạn nộp hồ sơ: 30/6/2026 đã hủy do lỗi đánh máy",
    "Hạn nộp hồ sơ: 30/6/2026, nay đã hủy bỏ do lỗi đánh máy",
    "Hạn nộp hồ sơ: 30/6/2026, nay đã huỷ do lỗi đánh máy",
    "Hạn nộp hồ sơ: 30/6/2026, nay hủy do lỗi đánh máy",
    "Hạn nộp hồ sơ: 30/6/2026, hủy do lỗi đánh máy",
    "Hạn nộp hồ sơ: 30/6/2026, nay đã hủy do trùng lịch",
    "Hạn nộp hồ sơ: 30/6/2026, đã hủy vì trùng lịch",
    "Hạn nộp hồ sơ: 30/6/2026, sẽ hủy do lỗi đánh máy",
    "Hạn nộp hồ sơ: 30/6/2026, nay đã hủy do lỗi đánh máy, hạn mới là 15/7/2026",
    "Hạn đính chính thông tin: 30/6/2026, nay đã hủy do lỗi đánh máy",
    "Han nop ho so: 30/6/2026, nay da huy do loi danh may",
    # ... a fault in a sentence of its own: "sai", "nhầm lẫn", the system's, the drafting, the
    # typing alone, the day written with full stops, no year, after a bound
    "Hạn nộp hồ sơ: 30/6/2026. Sai do lỗi đánh máy",
    "Hạn nộp hồ sơ: 30/6/2026. Nhầm lẫn do lỗi đánh máy",
    "Hạn nộp hồ sơ: 30/6/2026. Sai sót do lỗi kỹ thuật",
    "Hạn nộp hồ sơ: 30/6/2026. Sai sót trong quá trình soạn thảo",
    "Hạn nộp hồ sơ: 30/6/2026. Lỗi đánh máy",
    "Hạn nộp hồ sơ: 30.6.2026. Sai sót do lỗi đánh máy",
    "Hạn nộp hồ sơ: 30/6. Sai sót do lỗi đánh máy",
    "Ngày 30/6/2026. Sai sót do lỗi đánh máy",
    "Nộp hồ sơ trước 30/6/2026. Sai sót do lỗi đánh máy",
    "Nộp hồ sơ trước 30/6/2026, sai sót do lỗi đánh máy",
    "Nộp hồ sơ đến hết ngày 30/6/2026, sai sót do lỗi kỹ thuật",
    # ... faulty, told now: after a dash, a comma, in brackets, "đã bị", "là", after a bound
    "Hạn nộp hồ sơ 30/6/2026 - bị lỗi",
    "Hạn nộp hồ sơ 30/6/2026 bị lỗi",
    "Hạn nộp hồ sơ 30/6/2026, bị lỗi, sẽ thông báo lại",
    "Hạn nộp hồ sơ 30/6/2026 (bị lỗi)",
    "Hạn nộp hồ sơ 30/6/2026 - đã bị lỗi",
    "Hạn nộp hồ sơ 30/6/2026 là lỗi",
    "Nộp hồ sơ trước 30/6/2026, bị lỗi",
]


@pytest.mark.parametrize("phrase", STRUCK)
def test_a_day_struck_or_faulty_is_none_due(phrase: str) -> None:
    why = refused(phrase, MARCH)
    assert JUDGED in why and "last_day" in why


@pytest.mark.parametrize(
    "phrase",
    [
        # the brief's, refused on main by the rules of a call-off after the day, kept
        "Hạn nộp hồ sơ: 30/6/2026 (đã hủy)",
        "Hạn nộp hồ sơ: 30/6/2026, nay đã hủy",
        "Hạn nộp hồ sơ: 30/6/2026, đã hủy",
        "Hạn nộp hồ sơ: 30/6/2026. Đã hủy",
        "Hạn nộp hồ sơ: 30/6/2026, nay đã hủy, sẽ thông báo sau",
        # (c64b: a call-off to come judges the day only for the text's fault; this one stays
        # refused as on main, for the words after the day)
        "Hạn nộp hồ sơ: 30/6/2026, có thể bị hủy do trùng lịch",
    ],
)
def test_a_day_called_off_stays_refused(phrase: str) -> None:
    assert "last_day" in refused(phrase, MARCH)


STRUCK_NOT = [
    # the brief's: the correcting step's own day, the fault its object
    "Hạn đính chính thông tin: 30/6/2026, sai sót do lỗi đánh máy",
    # neighbours: a step that corrects or fixes, after a full stop or a bound
    "Hạn đính chính thông tin: 30/6/2026. Sai sót do lỗi đánh máy",
    "Hạn đính chính thông tin trước 30/6/2026, sai sót do lỗi đánh máy",
    "Đính chính thông tin trước 30/6/2026, sai sót do lỗi đánh máy",
    "Khắc phục sai sót trước 30/6/2026, sai sót do lỗi đánh máy",
    "Cập nhật dữ liệu trước 30/6/2026, sai sót do lỗi hệ thống",
    # ... the papers' fault: its cause the sender, a duty after the fault, the papers named
    "Hạn nộp hồ sơ: 30/6/2026. Sai sót do người nộp phải nộp lại",
    "Hạn nộp hồ sơ: 30/6/2026. Sai sót do lỗi đánh máy phải nộp lại",
    "Hạn nộp hồ sơ: 30/6/2026. Hồ sơ sai sót phải nộp lại",
    "Hạn nộp hồ sơ: 30/6/2026. Sai, nhầm phải nộp lại",
    "Hạn nộp hồ sơ: 30/6/2026. Hồ sơ sai quy định sẽ bị trả lại",
    "Nộp hồ sơ trước 30/6/2026, sai sót do lỗi đánh máy phải nộp lại",
    "Nộp hồ sơ trước 30/6/2026, sai sót do người nộp",
    "Nộp hồ sơ trước 30/6/2026 (hồ sơ bị lỗi phải nộp lại)",
    # ... the step's manner in a sentence of its own
    "Hạn nộp hồ sơ: 30/6/2026. Nộp trực tuyến",
    # ... a call-off whose subject is the papers or the licences, not the day
    "Hạn nộp hồ sơ: 30/6/2026, hồ sơ đã hủy do lỗi đánh máy phải nộp lại",
    "Hạn nộp hồ sơ: 30/6/2026, hồ sơ bị hủy do sai sót",
    "Thu hồi giấy phép trước 30/6/2026, hủy do vi phạm",
    "Thu hồi giấy phép trước 30/6/2026, giấy phép đã hủy do vi phạm",
    "Hạn nộp hồ sơ: 30/6/2026, sẽ bị hủy do vi phạm",
    # ... a fault the step fixes, a day moved for a fault
    "Khắc phục lỗi trước 30/6/2026",
    "Gia hạn nộp hồ sơ đến 30/6/2026 do lỗi kỹ thuật",
    "Hạn nộp hồ sơ mới là 30/6/2026 do lỗi kỹ thuật",
]


@pytest.mark.parametrize("phrase", STRUCK_NOT)
def test_a_fault_of_the_papers_or_fixed_by_the_step_reads_as_on_main(phrase: str) -> None:
    assert read_days(phrase, ISSUED) == JUNE_30


# B. A deadline gone by or said expired before its day
GONE = [
    # the brief's (the first and the last were refused on main, kept)
    "Hạn bổ sung hồ sơ vừa qua là 30/6/2026",
    "Hạn nộp báo cáo kỳ vừa qua (đã hết hạn) là 15/4/2026",
    "Hạn nộp hồ sơ năm ngoái là 30/6/2025",
    # neighbours: the note worded otherwise, in square brackets, with a colon, with no
    # bracket, a day's noun, no diacritics
    "Hạn nộp báo cáo kỳ vừa qua (hết hạn) là 15/4/2026",
    "Hạn nộp báo cáo kỳ vừa qua đã hết hạn là 15/4/2026",
    "Hạn nộp báo cáo năm ngoái (đã hết hạn) là 15/4/2025",
    "Hạn nộp hồ sơ (đã hết hạn) là 15/4/2026",
    "Hạn nộp hồ sơ [đã hết hạn] là 15/4/2026",
    "Hạn nộp hồ sơ (đã qua) là 15/4/2026",
    "Hạn nộp hồ sơ (quá hạn) là 15/4/2026",
    "Hạn nộp hồ sơ đã hết hạn là 15/4/2026",
    "Hạn nộp báo cáo (đã hết hạn): 15/4/2026",
    "Thời hạn đăng ký (đã hết hạn): 15/4/2026",
    "Ngày thi (đã qua) là 15/4/2026",
    "Han nop bao cao ky vua qua (da het han) la 15/4/2026",
    "Hạn bổ sung hồ sơ đợt trước là 30/6/2026",
]


@pytest.mark.parametrize("phrase", GONE)
def test_a_deadline_gone_by_or_expired_is_none_due(phrase: str) -> None:
    why = refused(phrase, MARCH)
    assert JUDGED in why and "last_day" in why


GONE_NOT = [
    # the brief's: the report FOR the period past
    ("Hạn nộp báo cáo kỳ vừa qua là 15/4/2026", APRIL_15),
    # neighbours: not expired, another note, the step's manner in brackets
    ("Hạn nộp báo cáo kỳ vừa qua (chưa hết hạn) là 15/4/2026", APRIL_15),
    ("Hạn nộp báo cáo kỳ vừa qua (hạn chót) là 15/4/2026", APRIL_15),
    ("Hạn nộp báo cáo kỳ vừa qua (nộp trực tuyến) là 15/4/2026", APRIL_15),
    ("Hạn nộp báo cáo kỳ này (còn hạn) là 15/4/2026", APRIL_15),
    # ... what expired is the object: papers handled, licences renewed, drugs destroyed, a
    # topic, a set
    ("Hạn xử lý hồ sơ đã hết hạn là 15/4/2026", APRIL_15),
    ("Hạn gia hạn giấy phép đã hết hạn là 15/4/2026", APRIL_15),
    ("Hạn đổi giấy phép đã hết hạn là 15/4/2026", APRIL_15),
    ("Hạn tiêu hủy thuốc đã hết hạn là 15/4/2026", APRIL_15),
    ("Hạn thu hồi thẻ đã hết hạn là 15/4/2026", APRIL_15),
    ("Hạn nộp báo cáo về tình hình hồ sơ đã hết hạn là 15/4/2026", APRIL_15),
    ("Hạn nộp báo cáo của các dự án đã hết hạn là 15/4/2026", APRIL_15),
    # ... a round to come or numbered
    ("Hạn nộp hồ sơ kỳ tới là 30/6/2026", JUNE_30),
    ("Hạn nộp hồ sơ đợt 2 là 30/6/2026", JUNE_30),
]


@pytest.mark.parametrize(("phrase", "expected"), GONE_NOT)
def test_a_period_past_or_an_object_expired_reads_as_on_main(
    phrase: str, expected: tuple[object, ...]
) -> None:
    assert read_days(phrase, ISSUED) == expected


# C. Another body's step after the sender's
ANOTHER_BODY = [
    # the brief's (the second and the third were refused on main, kept)
    "Gửi hồ sơ về Sở, Sở tiếp nhận và thẩm định trước 30/6/2026",
    "Gửi báo cáo về Sở, Sở báo cáo UBND tỉnh trước ngày 30/6/2026",
    "Nộp hồ sơ cho UBND xã, UBND xã xác nhận và gửi UBND huyện trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở thực hiện trước 30/6/2026",
    "GUI HO SO VE SO TU PHAP, SO TU PHAP THAM DINH TRUOC NGAY 30/6/2026",
    # neighbours: the receipt and another doing, after a semicolon, a dash, by "chậm nhất"
    "Gửi hồ sơ về Sở, Sở tiếp nhận, thẩm định trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở tiếp nhận hồ sơ và thẩm định trước 30/6/2026",
    "Gửi hồ sơ về Sở; Sở tiếp nhận và thẩm định trước 30/6/2026",
    "Gửi hồ sơ về Sở – Sở tiếp nhận và thẩm định trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở tiếp nhận và thẩm định chậm nhất ngày 30/6/2026",
    "Gửi hồ sơ về Sở, Sở tiếp nhận và xem xét trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở nhận và trả kết quả trước 30/6/2026",
    "Gửi hồ sơ về Sở, Phòng Tài chính tiếp nhận và thẩm định trước 30/6/2026",
    # ... what the body carries out, completes, sends on, updates
    "Gửi hồ sơ về Sở, Sở Tư pháp thực hiện trước 30/6/2026",
    "Gửi hồ sơ về Sở Tư pháp, Sở Tư pháp thực hiện trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở hoàn thành trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở hoàn thành thẩm định trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở triển khai trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở cập nhật trước 30/6/2026",
    "Gửi báo cáo về Sở, Sở gửi UBND tỉnh trước 30/6/2026",
    "Nộp hồ sơ cho UBND xã, UBND xã gửi UBND huyện trước 30/6/2026",
    # ... a place's name capitalised whole, a name with "và"
    "Nộp hồ sơ cho UBND xã Tân Lập, UBND xã Tân Lập xác nhận trước 30/6/2026",
    "Nộp hồ sơ cho UBND xã, UBND xã Tân Lập xác nhận trước 30/6/2026",
    "Gửi hồ sơ về Sở Kế hoạch và Đầu tư, Sở Kế hoạch và Đầu tư thẩm định trước ngày 30/6/2026",
    # ... typed bare or in capitals
    "GUI HO SO VE SO TU PHAP, SO TU PHAP THUC HIEN TRUOC NGAY 30/6/2026",
    "GUI HO SO VE SO, SO TU PHAP THAM DINH TRUOC NGAY 30/6/2026",
    "GUI HO SO VE SO, SO TIEP NHAN VA THAM DINH TRUOC NGAY 30/6/2026",
    "GUI HO SO VE SO TU PHAP, SO TU PHAP THAM DINH NGAY 30/6/2026",
    "GUI HO SO VE SO KE HOACH VA DAU TU, SO KE HOACH VA DAU TU THAM DINH TRUOC NGAY 30/6/2026",
    "Gui ho so ve So Tu phap, So Tu phap tham dinh truoc ngay 30/6/2026",
    "gui ho so ve so tu phap, so tu phap tham dinh truoc ngay 30/6/2026",
    "GỬI HỒ SƠ VỀ SỞ TƯ PHÁP, SỞ TƯ PHÁP THẨM ĐỊNH TRƯỚC NGÀY 30/6/2026",
    # ... the body's month, quarter, day in words, "đến hết"
    "Gửi hồ sơ về Sở, Sở thẩm định trong tháng 6/2026",
    "Gửi hồ sơ về Sở, Sở thẩm định trước tháng 7/2026",
    "Gửi hồ sơ về Sở, Sở thẩm định tháng 6/2026",
    "Gửi hồ sơ về Sở, Sở thẩm định trong quý II/2026",
    "Gửi hồ sơ về Sở, Sở thẩm định trước ngày 30 tháng 6 năm 2026",
    "Gửi hồ sơ về Sở, Sở thẩm định đến hết ngày 30/6/2026",
]


@pytest.mark.parametrize("phrase", ANOTHER_BODY)
def test_another_body_s_step_is_no_deadline_of_the_sending(phrase: str) -> None:
    why = refused(phrase, MARCH)
    assert ANOTHER_S in why and "last_day" in why


ANOTHER_BODY_NOT = [
    # the brief's: a list of offices (typed bare too), "để" (the sending's: see above), the
    # body's own step with no sending
    ("Gửi hồ sơ về Sở Tài chính, Sở Giao thông vận tải trước ngày 30/6/2026", JUNE_30),
    ("GUI HO SO VE SO TAI CHINH, SO GIAO THONG VAN TAI TRUOC NGAY 30/6/2026", JUNE_30),
    ("Gui ho so ve So Tai chinh, So Giao thong van tai truoc ngay 30/6/2026", JUNE_30),
    ("Gửi hồ sơ về Sở để Sở thẩm định trước 30/6/2026", JUNE_30),
    ("Sở Tư pháp thẩm định trước 30/6/2026", JUNE_30),
    # neighbours: longer lists, names with "và", a dash, a place
    ("Gửi hồ sơ về Sở Tài chính, Sở Giao thông vận tải, Sở Xây dựng trước ngày 30/6/2026", JUNE_30),
    (
        "Gửi hồ sơ về Sở Tài chính, Sở Giao thông vận tải và Sở Xây dựng trước ngày 30/6/2026",
        JUNE_30,
    ),
    (
        "Gửi hồ sơ về Sở Tài chính, Sở Nông nghiệp và Phát triển nông thôn trước ngày 30/6/2026",
        JUNE_30,
    ),
    ("Gửi hồ sơ về Sở Tài chính, Sở Kế hoạch và Đầu tư trước ngày 30/6/2026", JUNE_30),
    ("Gửi hồ sơ về Sở Tài chính, Sở Giáo dục và Đào tạo trước ngày 30/6/2026", JUNE_30),
    (
        "Gửi hồ sơ về Sở Tài chính, Sở Lao động - Thương binh và Xã hội trước ngày 30/6/2026",
        JUNE_30,
    ),
    ("Gửi hồ sơ về Sở Tài chính, UBND huyện Tân Lập trước ngày 30/6/2026", JUNE_30),
    ("GUI HO SO VE SO TU PHAP, SO TAI CHINH TRUOC NGAY 30/6/2026", JUNE_30),
    ("GUI HO SO VE SO TU PHAP, SO TAI CHINH, SO XAY DUNG TRUOC NGAY 30/6/2026", JUNE_30),
    ("Gửi hồ sơ về Sở Tư pháp, Sở Tài chính và báo cáo UBND tỉnh trước ngày 30/6/2026", JUNE_30),
    # ... the body's receipt, its entries closed: the sending's own bound
    ("Gửi hồ sơ về Sở, Sở tiếp nhận trước ngày 30/6/2026", JUNE_30),
    ("Gửi hồ sơ về Sở, Sở tiếp nhận hồ sơ trước 30/6/2026", JUNE_30),
    ("Gửi hồ sơ về Sở, Sở nhận hồ sơ trước 30/6/2026", JUNE_30),
    ("Gửi hồ sơ về Sở, Sở tiếp nhận đến hết ngày 30/6/2026", JUNE_30),
    ("Gửi hồ sơ về Sở, Sở khóa sổ trước 30/6/2026", JUNE_30),
    ("Gửi hồ sơ về Sở, Sở Tư pháp tiếp nhận trước ngày 30/6/2026", JUNE_30),
    ("GUI HO SO VE SO, SO TIEP NHAN TRUOC NGAY 30/6/2026", JUNE_30),
    ("GUI HO SO VE SO TU PHAP, SO TU PHAP TIEP NHAN TRUOC NGAY 30/6/2026", JUNE_30),
    ("GỬI HỒ SƠ VỀ SỞ TƯ PHÁP, SỞ TƯ PHÁP TIẾP NHẬN TRƯỚC NGÀY 30/6/2026", JUNE_30),
    ("Gửi hồ sơ về Sở, Sở tiếp nhận trong tháng 6/2026", (WINDOW, "2026-06-01", "2026-06-30")),
    # ... the name told again with no doing, the sending's own time, "để" with no subject,
    # the bound before "để", the body's own step with no sending
    ("GUI HO SO VE SO TU PHAP, SO TU PHAP TRUOC NGAY 30/6/2026", JUNE_30),
    ("GUI HO SO VE SO TU PHAP TRUOC NGAY 30/6/2026", JUNE_30),
    ("Gửi hồ sơ về Sở, chậm nhất là ngày 30/6/2026", JUNE_30),
    ("Gửi hồ sơ về Sở, hoàn thành trước ngày 30/6/2026", JUNE_30),
    ("Gửi hồ sơ về Sở, trong tháng 6/2026", (WINDOW, "2026-06-01", "2026-06-30")),
    ("Gửi hồ sơ về Sở để thẩm định trước 30/6/2026", JUNE_30),
    ("Gửi hồ sơ về Sở để Sở tiếp nhận trước 30/6/2026", JUNE_30),
    ("Gửi hồ sơ về Sở trước 30/6/2026, Sở thẩm định", JUNE_30),
    ("Gửi hồ sơ về Sở Tài chính, Sở Giao thông vận tải trước 30/6/2026 để thẩm định", JUNE_30),
    ("Sở Tư pháp tiếp nhận và thẩm định trước 30/6/2026", JUNE_30),
    ("SO TU PHAP THAM DINH TRUOC 30/6/2026", JUNE_30),
    # ... a body the papers are not sent to, maybe who sends them (as on main)
    ("Gửi báo cáo về Sở, UBND các huyện thực hiện trước 30/6/2026", JUNE_30),
    ("Gửi báo cáo về Sở Nội vụ, UBND các huyện gửi trước 30/6/2026", JUNE_30),
    ("Gửi hồ sơ về Sở, Phòng Tài chính tiếp nhận trước 30/6/2026", JUNE_30),
    # ... no body opening the clause
    ("Gửi hồ sơ về Sở, hồ sơ được thẩm định trước 30/6/2026", JUNE_30),
    ("Gửi hồ sơ, Trường hợp thiếu thì nộp bổ sung trước 30/6/2026", JUNE_30),
]


@pytest.mark.parametrize(("phrase", "expected"), ANOTHER_BODY_NOT)
def test_the_sending_s_own_bound_reads_as_on_main(
    phrase: str, expected: tuple[object, ...]
) -> None:
    assert read_days(phrase, ISSUED) == expected
