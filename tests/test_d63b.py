"""Session 63's holes in helper d63's branch, found by a fresh tester (helper d63b's brief):
right readings d63 lost, read again as on main, and their neighbours kept refused.

L1. A list of bodies the papers go to, after a comma or "và" (`eventserved._BODY_STEP`):
"Gửi hồ sơ về Sở Tài chính, Sở Giao thông vận tải trước ngày 20/4/2026" is the sending's
bound, as main reads it; another body's step needs a step verb after the body's name ("…,
Sở Giao thông vận tải thẩm định trước ngày …" stays refused). A name's words ("Giao thông
vận tải", "Khoa học và Công nghệ", "Quản lý") are never that verb.

L2. A report or settlement of the round just past (`dayjudged._REPORTED`): "Hạn nộp báo cáo
kỳ vừa qua là 15/4/2026" is the report on that period, its day due; an application round's
deadline gone by ("Hạn nộp hồ sơ kỳ vừa qua là 15/4/2026") stays refused.

L3. A correcting step beside the fault it fixes (`dayjudged._CORRECTING_STEP`): "Hạn đính
chính thông tin: 30/6/2026, sai sót do lỗi đánh máy"; "Hạn nộp hồ sơ: 30/6/2026, sai sót do
lỗi đánh máy" and a notice of correction ("Đính chính: Hạn nộp hồ sơ: …") stay refused.

L4. The deadline printed as the month (`taxperiod`): "Hạn nộp thuế: tháng 5/2026" (its
colon), a step done ("Nộp thuế xong tháng 5/2026"), exemption papers ("Nộp đơn xin miễn
giảm thuế tháng 5/2026"): read as main reads them. "Hạn nộp thuế tháng 5/2026" with no
colon, a tax's name ("Nộp thuế tài nguyên tháng 5/2026"), a bracket and "Thực hiện" are
the tax period, refused naming the day of Điều 44 Luật Quản lý thuế.

The brief's phrases, none in the corpus; the nearest, "Nộp hồ sơ khai thuế theo tháng cho
kỳ tính thuế tháng 12/2025, gồm: …", is a tax office's notice in tests/corpus (see
test_d63's docstring), refused by `refusals._DATA_PERIOD` as on main.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

ISSUED = "2026-03-01"
MARCH = ctx(ISSUED)
DATE = DeadlineKind.DATE
WINDOW = DeadlineKind.WINDOW

BODIES_SENT_TO = [
    "Gui ho so ve So Tu phap, So Tai chinh truoc ngay 20/4/2026",
    "Gui ho so ve So Tai chinh, So Xay dung truoc ngay 20/4/2026",
    "Gui bao cao ve So Y te, So Tai chinh truoc ngay 20/4/2026",
    "GUI HO SO VE SO TU PHAP, SO TAI CHINH TRUOC NGAY 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Sở Giao thông vận tải trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Y tế, Sở Giao thông vận tải trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Sở Giáo dục và Đào tạo trước ngày 20/4/2026",
    "Gửi hồ sơ về Phòng Tài chính, Phòng Giáo dục và Đào tạo trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Sở Khoa học và Công nghệ trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Sở Thông tin và Truyền thông trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Sở Văn hóa, Thể thao và Du lịch trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Sở Nông nghiệp và Phát triển nông thôn trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Kho bạc Nhà nước tỉnh trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Ban Quản lý các khu công nghiệp trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính và Sở Khoa học và Công nghệ trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tư pháp, Sở Tài chính và Sở Xây dựng trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tư pháp, Sở Tài chính và Sở Xây dựng chậm nhất ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Sở Giao thông vận tải chậm nhất ngày 20/4/2026",
    "Nộp hồ sơ tại Sở Tư pháp, Sở Tài chính và Sở Xây dựng trước ngày 20/4/2026",
]


@pytest.mark.parametrize(
    "phrase",
    [
        *BODIES_SENT_TO,
        # the sending's own doings after the comma, as on main
        "Gửi hồ sơ về Sở, Sở tiếp nhận trước ngày 20/4/2026",
        "Gửi hồ sơ về Sở, sau đó nộp lệ phí trước ngày 20/4/2026",
        "Gửi hồ sơ về Sở Tài chính, sau đó Sở Xây dựng trước ngày 20/4/2026",
    ],
)
def test_a_list_of_bodies_is_whom_the_papers_go_to(phrase: str) -> None:
    assert read_days(phrase, ISSUED) == (DATE, "2026-04-20", "2026-04-20")


ANOTHER_BODY_S_STEP = [
    # the tester's, read on main and by d63: "xong", "sau đó", a report after the step
    "Gửi hồ sơ về Sở, Sở thẩm định xong trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở; Sở tổng hợp, báo cáo UBND tỉnh trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở, sau đó Sở thẩm định trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở, Sở báo cáo trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Sở Giao thông vận tải thẩm định trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Sở Khoa học và Công nghệ xem xét trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Kho bạc Nhà nước tỉnh xác nhận trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Ban Quản lý các khu công nghiệp cấp phép trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Sở Giáo dục và Đào tạo tổng hợp trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Sở Văn hóa, Thể thao và Du lịch giải quyết trước ngày 20/4/2026",
    "Gửi hồ sơ về Phòng Tài chính, Phòng Giáo dục và Đào tạo trả lời trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính và Sở Khoa học và Công nghệ thẩm định trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Sở Nông nghiệp và Phát triển nông thôn rà soát trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Sở Thông tin và Truyền thông đánh giá trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tư pháp, Sở Tư pháp phê duyệt trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Y tế, Sở Y tế cấp phép chậm nhất ngày 20/4/2026",
    "Gui ho so ve So Tai chinh, So Xay dung tham dinh truoc ngay 20/4/2026",
    "Gui ho so ve So, So tham dinh truoc ngay 20/4/2026",
    "GỬI HỒ SƠ VỀ SỞ, SỞ THẨM ĐỊNH TRƯỚC NGÀY 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Sở Giao thông vận tải có ý kiến trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Sở Xây dựng kiểm tra trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính và Sở Xây dựng xem xét chậm nhất ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Sở Giao thông vận tải xử lý trước ngày 20/4/2026",
    "Nộp hồ sơ tại Sở Tư pháp, Sở Tư pháp trả kết quả trước ngày 20/4/2026",
    "Gửi hồ sơ về Sở Tài chính, Sở Giao thông vận tải trình UBND tỉnh trước ngày 20/4/2026",
]


@pytest.mark.parametrize("phrase", ANOTHER_BODY_S_STEP)
def test_a_body_s_step_after_its_name_stays_refused(phrase: str) -> None:
    assert refused(phrase, MARCH)


REPORT_OF_THE_ROUND = [
    "Hạn nộp báo cáo kỳ vừa qua là 15/4/2026",
    "Hạn nộp báo cáo kỳ vừa qua: ngày 15/4/2026",
    "Hạn gửi báo cáo đánh giá kỳ vừa qua là ngày 15/4/2026",
    "Hạn nộp báo cáo kết quả đợt vừa qua là 15/4/2026",
    "Hạn quyết toán kinh phí đợt vừa qua là 15/4/2026",
    "Hạn nộp báo cáo kỳ vừa qua là 15/7/2026",
]


@pytest.mark.parametrize("phrase", REPORT_OF_THE_ROUND)
def test_a_report_of_the_round_just_past_is_due(phrase: str) -> None:
    (kind, first, last) = read_days(phrase, ISSUED)
    assert kind == DATE and first == last and last in ("2026-04-15", "2026-07-15")


GONE_BY = [
    "Hạn nộp hồ sơ kỳ vừa qua là 15/4/2026",
    "Hạn nộp hồ sơ đợt vừa qua là 15/4/2026",
    "Hạn nộp báo cáo vừa qua là 15/4/2026",
    "Hạn nộp báo cáo đợt 1 vừa qua là 15/4/2026",
    "Hạn đăng ký kỳ vừa qua là 15/4/2026",
    "Hạn nộp đơn đợt vừa qua là 15/4/2026",
    "Hạn nộp hồ sơ dự thi kỳ vừa qua là 15/4/2026",
    "Hạn nộp báo cáo tháng vừa qua là 15/4/2026",
    "Hạn nộp báo cáo kỳ vừa qua là 15/4/2026 nhưng đã bị hủy",
    "Hạn nộp báo cáo kỳ vừa qua là 15/4/2026, nay đã hết hiệu lực",
    "Hạn nộp báo cáo kỳ vừa qua là 15/4/2026 (sai)",
    "Thời hạn báo cáo kỳ vừa qua đã qua là 15/4/2026",
    "Hạn nộp báo cáo kỳ vừa qua đã qua: 15/4/2026",
    "Hạn nộp hồ sơ thanh toán lần vừa qua là 15/4/2026",
    "Han nop ho so ky vua qua la 15/4/2026",
    "Han nop bao cao ky vua qua la 15/4/2026",
    "Hạn nộp báo cáo kỳ vừa qua là 15/4/2026 đã hết hiệu lực",
    "Hạn nộp hồ sơ xét tuyển kỳ vừa qua là 15/4/2026",
    "Hạn nộp hồ sơ đợt vừa qua: 15/4/2026",
]


@pytest.mark.parametrize("phrase", GONE_BY)
def test_a_deadline_gone_by_stays_refused(phrase: str) -> None:
    assert refused(phrase, MARCH)


CORRECTING = [
    "Hạn đính chính thông tin: 30/6/2026, sai sót do lỗi đánh máy",
    "Hạn cập nhật lại dữ liệu: 30/6/2026, sai sót do lỗi phần mềm",
    "Hạn nộp hồ sơ khắc phục sai sót: 30/6/2026, sai sót do lỗi hệ thống",
    "Hạn bổ sung hồ sơ: 30/6/2026; sai sót do lỗi hệ thống",
]


@pytest.mark.parametrize("phrase", CORRECTING)
def test_a_correcting_step_s_day_stands(phrase: str) -> None:
    assert read_days(phrase, ISSUED) == (DATE, "2026-06-30", "2026-06-30")


FAULTY_DAY = [
    "Hạn nộp hồ sơ: 30/6/2026, sai sót do lỗi đánh máy",
    "Đính chính: Hạn nộp hồ sơ: 30/6/2026, sai sót do lỗi đánh máy",
    "Đính chính hạn nộp hồ sơ: 30/6/2026, sai sót do lỗi đánh máy",
    "Hạn đăng ký: 30/6/2026, sai sót do lỗi hệ thống",
    "Hạn đính chính thông tin: 30/6/2026 sai",
    "Hạn đính chính thông tin: 30/6/2026 (sai)",
    "Hạn đính chính thông tin: 30/6/2026 là sai sót do lỗi đánh máy",
    "Hạn bổ sung hồ sơ: 30/6/2026 đã bị hủy",
    "Hạn điều chỉnh hồ sơ: 30/6/2026, đã hết hiệu lực",
    "Hạn sửa hồ sơ: 30/6/2026 nhầm",
    "Hạn nộp hồ sơ: 30/6/2026; sai sót do lỗi hệ thống",
    "Hạn nộp hồ sơ bổ sung: 30/6/2026 bị ghi sai do lỗi đánh máy",
    "Hạn đính chính thông tin 30/6/2026 sai do lỗi đánh máy",
    "Thời hạn nộp hồ sơ: 30/6/2026, sai sót do lỗi đánh máy",
    "Hạn nộp báo cáo: 30/6/2026, sai sót do lỗi đánh máy",
    "Hạn đính chính thông tin: 30/6/2026 bị nhầm do lỗi đánh máy",
    "Hạn đính chính thông tin: 30/6/2026 đã qua",
    "Hạn khắc phục: 30/6/2026 không còn hiệu lực",
    "Ngày nộp hồ sơ: 30/6/2026, sai sót do lỗi đánh máy",
]


@pytest.mark.parametrize("phrase", FAULTY_DAY)
def test_a_faulty_day_stays_refused(phrase: str) -> None:
    assert refused(phrase, MARCH)


SPANS = {"05": ("2026-05-01", "2026-05-31"), "Q2": ("2026-04-01", "2026-06-30")}
SPANS["Y"] = ("2026-01-01", "2026-12-31")


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("Hạn nộp thuế: tháng 5/2026", "05"),
        ("Thời hạn nộp thuế: tháng 5/2026", "05"),
        ("Hạn nộp tờ khai thuế: tháng 5/2026", "05"),
        ("Hạn kê khai thuế: quý II/2026", "Q2"),
        ("Hạn nộp thuế: quý II/2026", "Q2"),
        ("Nộp thuế xong tháng 5/2026", "05"),
        ("Nộp dứt điểm thuế nợ năm 2026", "Y"),
        ("Nộp đơn xin miễn giảm thuế tháng 5/2026", "05"),
        ("Nộp hồ sơ miễn thuế tháng 5/2026", "05"),
    ],
)
def test_the_deadline_printed_as_the_month_reads_as_on_main(phrase: str, span: str) -> None:
    assert read_days(phrase, ISSUED) == (WINDOW, *SPANS[span])


TAX_PERIOD = [
    "Nộp thuế tài nguyên tháng 5/2026",
    "Nộp thuế bảo vệ môi trường tháng 5/2026",
    "Nộp thuế (tháng 5/2026)",
    "Thực hiện nộp thuế tháng 5/2026",
    "Hạn nộp tờ khai thuế tháng 5/2026",
    "Hạn nộp thuế tháng 5/2026",
    "Thời hạn nộp thuế tháng 5/2026",
    "Hạn kê khai thuế quý II/2026",
    "Nộp thuế tháng 5/2026",
    "Nộp tiền thuế: tháng 5/2026",
    "Nộp tờ khai thuế – tháng 5/2026",
    "Doanh nghiệp nộp thuế tháng 5/2026",
    "Thực hiện kê khai thuế quý II/2026",
    "Nộp thuế tài nguyên quý II/2026",
    "Nộp thuế (quý II/2026)",
    "Nộp thuế nợ tháng 5/2026",
    "Nộp hồ sơ khai thuế tháng 5/2026",
    "Hạn nộp thuế quý II/2026",
    "Nộp thuế thu nhập cá nhân tháng 5/2026",
    "Kê khai, nộp thuế quý II/2026",
    "Nộp thuế giá trị gia tăng tháng 5/2026",
    "Hạn nộp tờ khai thuế GTGT tháng 5/2026",
]


@pytest.mark.parametrize("phrase", TAX_PERIOD)
def test_a_tax_period_stays_refused(phrase: str) -> None:
    why = refused(phrase, MARCH)
    assert "kỳ tính thuế" in why
