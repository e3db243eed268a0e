"""Branch c64b: c64 (judged days, another body's step) fixed from a fresh tester's findings.

A. New wrong readings of c64, refused on main, refused again:

A1. "và" and another body right after the body's name was taken for the sender's own next step
(`eventserved._and_a_body`): "Gửi hồ sơ về Sở, Sở và UBND huyện thẩm định trước 30/6/2026" is
the bodies' joint appraisal; the sending is due before it, on a day the phrase does not give.
Only "và" and a step in lower case ("… gửi Cơ quan An ninh điều tra - Bộ Công an và báo cáo
UBND tỉnh trước ngày 15/4/2025", n-hatinh-vb-2122-ubnd-kt2-2025.yaml) is the sender's own.

A2. Capitalised doings joined by commas were swallowed as the body's name ("Sở Thẩm định, Phê
duyệt"): a step's word is a doing even capitalised (`eventserved._past_the_name`).

B. Right readings of main that c64 lost, restored:

B1. A call-off to come ("sẽ bị hủy do không đủ điều kiện") is a warning to the papers, no
verdict on the day, unless its cause is the text's or the system's fault
(`dayjudged._VERDICT`'s "called").

B2/B3. A deadline said expired is the deadline's only when its step is a filing and nothing else
(`dayjudged._FILING_ONLY`): "Hạn đổi thẻ BHYT (hết hạn) là 30/6/2026" names what expired.

B4. A step that files again or makes the papers whole fixes a fault of the text
(`dayjudged._REDOING`): "Nộp lại hồ sơ trước 30/6/2026, sai sót do lỗi đánh máy".

B5. The receiving body's receipt said at length is the sending's own bound
(`eventserved._RECEIPT_WHOLE`): "Gửi hồ sơ về Sở, Sở tổ chức tiếp nhận trước 30/6/2026".

C. Wrong on main too: a call-off told with its cause after the day's comma ("Hạn nộp hồ sơ:
30/6/2026, hủy do dịch bệnh", "… (bãi bỏ do lỗi đánh máy)", "…, tạm dừng do dịch bệnh") was
read as due; refused now.

No corpus phrase has these forms (compare.py: 0 worse, 0 better).
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

MARCH = ctx("2026-03-01")
ISSUED = "2026-03-01"
DATE = DeadlineKind.DATE
JUNE_30 = (DATE, "2026-06-30", "2026-06-30")

# A1. "và" and another body after the body's name: the bodies' joint step
JOINT = [
    "Gửi hồ sơ về Sở, Sở và UBND huyện thẩm định trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở và các đơn vị liên quan thẩm định trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở và Phòng Tài chính phối hợp kiểm tra trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở và phòng chuyên môn thẩm định trước 30/6/2026",
    "Nộp hồ sơ cho UBND xã, UBND xã và Công an xã xác nhận trước 30/6/2026",
    "Gửi báo cáo về UBND tỉnh, UBND tỉnh và Sở Tài chính phê duyệt trước 30/6/2026",
    "Gửi hồ sơ về Sở; Sở và UBND huyện thẩm định trước ngày 30/6/2026",
    "Gửi hồ sơ về Sở - Sở và UBND huyện thẩm định trước ngày 30/6/2026",
    "Gửi hồ sơ về Sở, sau đó Sở và UBND huyện thẩm định trước ngày 30/6/2026",
    "GUI HO SO VE SO, SO VA UBND HUYEN THAM DINH TRUOC NGAY 30/6/2026",
    "Gui ho so ve So, So va UBND huyen tham dinh truoc 30/6/2026",
    "Gửi báo cáo về Sở, UBND huyện và UBND xã rà soát trước 30/6/2026",
    "Gửi hồ sơ về Sở, UBND huyện và Sở thẩm định trước 30/6/2026",
    "Gửi hồ sơ về Sở và Sở và UBND huyện thẩm định trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở và Ban chỉ đạo xem xét trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở và Hội đồng thẩm định trước 30/6/2026",
    "Gửi báo cáo về Sở, Sở và UBND huyện rà soát, tổng hợp trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở và những đơn vị có liên quan thẩm định trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở và doanh nghiệp kiểm tra trước 30/6/2026",
    # A2. capitalised doings joined by commas, never the body's name
    "Gửi hồ sơ về Sở, Sở Thẩm định, Phê duyệt trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở Xem xét, Giải quyết trước 30/6/2026",
    "Nộp hồ sơ cho UBND xã, UBND xã Xác nhận, Chuyển UBND huyện trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở Thẩm định trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở Tổng hợp, Báo cáo UBND tỉnh trước 30/6/2026",
]


@pytest.mark.parametrize("phrase", JOINT)
def test_a_joint_step_of_the_bodies_is_no_deadline_of_the_sending(phrase: str) -> None:
    assert "last_day" in refused(phrase, MARCH)


@pytest.mark.parametrize(
    "phrase",
    [
        # "và" and a step in lower case: the sending's own next step, as on main
        "Gửi hồ sơ về Sở, Sở và báo cáo UBND tỉnh trước 30/6/2026",
        # the body's name told whole, capitalised, then its receipt
        "Gửi hồ sơ về Sở Kế hoạch và Đầu tư trước 30/6/2026",
        "Gửi hồ sơ về Sở Văn hóa, Thể thao và Du lịch trước 30/6/2026",
        "Gửi hồ sơ về Sở, Sở tiếp nhận trước 30/6/2026",
    ],
)
def test_the_sending_s_own_next_step_reads_as_on_main(phrase: str) -> None:
    assert read_days(phrase, ISSUED) == JUNE_30


# B1. a call-off to come for the papers' fault: a warning, the day firm
WARNED = [
    "Hạn đăng ký: 30/6/2026, sẽ bị hủy do không đủ điều kiện",
    "Hạn đăng ký: 30/6/2026, sẽ hủy do không đủ điều kiện",
    "Hạn đăng ký: 30/6/2026, sẽ hủy do kê khai sai",
    "Hạn đăng ký: 30/6/2026, sẽ bị hủy do kê khai sai",
    "Hạn đăng ký: 30/6/2026, có thể bị hủy do khai man",
    "Hạn đăng ký: 30/6/2026, sẽ bị hủy do đăng ký trùng",
    "Hạn nộp hồ sơ: 30/6/2026, sẽ hủy do sai thông tin",
    "Hạn đăng ký: 30/6/2026, sẽ hủy do trùng lặp",
]


@pytest.mark.parametrize("phrase", WARNED)
def test_a_call_off_to_come_for_the_papers_reads_as_on_main(phrase: str) -> None:
    assert read_days(phrase, ISSUED) == JUNE_30


@pytest.mark.parametrize(
    "phrase",
    [
        # for the text's or the system's fault: the day itself may be wrong
        "Hạn nộp hồ sơ: 30/6/2026, sẽ hủy do lỗi đánh máy",
        "Hạn nộp hồ sơ: 30/6/2026, sẽ hủy do lỗi hệ thống",
        "Hạn nộp hồ sơ: 30/6/2026, có thể bị hủy do nhầm ngày",
        "Hạn nộp hồ sơ: 30/6/2026, sẽ tạm dừng do lỗi hệ thống",
        # told now, not to come
        "Hạn đăng ký: 30/6/2026, đã bị hủy do không đủ điều kiện",
        "Hạn đăng ký: 30/6/2026, nay đã hủy do không đủ điều kiện",
        "Hạn nộp hồ sơ: 30/6/2026, nay đã hủy do lỗi đánh máy",
        # refused on main for the words after the day, kept
        "Hạn nộp hồ sơ: 30/6/2026, có thể bị hủy do trùng lịch",
        "Hạn đăng ký dự thi: 30/6/2026, sẽ hủy bỏ do không đủ số lượng",
        # C. a call-off told with its cause (read on main as due)
        "Hạn nộp hồ sơ: 30/6/2026, hủy do dịch bệnh",
        "Hạn nộp hồ sơ: 30/6/2026, hủy bỏ do trùng kỳ thi",
        "Hạn nộp hồ sơ: 30/6/2026, bãi bỏ do lỗi đánh máy",
        "Hạn nộp hồ sơ: 30/6/2026 (bãi bỏ do lỗi đánh máy)",
        "Hạn nộp hồ sơ: 30/6/2026, tạm dừng do dịch bệnh",
        "Hạn nộp hồ sơ: 30/6/2026, tạm hoãn vì mưa bão",
        "Hạn nộp hồ sơ: 30/6/2026, hết hiệu lực do ban hành văn bản mới",
        "Hạn nộp hồ sơ: 30/6/2026, hủy do lỗi đánh máy",
    ],
)
def test_a_call_off_now_or_for_the_text_s_fault_is_none_due(phrase: str) -> None:
    assert "last_day" in refused(phrase, MARCH)


# B2/B3. said expired, and something named that expires: read as on main
OBJECT_EXPIRED = [
    "Hạn đăng ký lại tàu cá đã hết hạn là 30/6/2026",
    "Hạn đăng kiểm lại xe đã hết hạn là 30/6/2026",
    "Hạn kiểm tra bình chữa cháy đã hết hạn là 30/6/2026",
    "Hạn cấp đổi giấy phép lái xe (đã hết hạn) là 30/6/2026",
    "Hạn đổi thẻ BHYT (hết hạn) là 30/6/2026",
    "Hạn thanh lý hợp đồng (đã hết hạn) là 30/6/2026",
    "Hạn nộp hồ sơ đăng ký lại tàu cá đã hết hạn là 30/6/2026",
    "Thời hạn gia hạn hợp đồng (đã hết hạn) là 30/6/2026",
]


@pytest.mark.parametrize("phrase", OBJECT_EXPIRED)
def test_an_object_said_expired_reads_as_on_main(phrase: str) -> None:
    assert read_days(phrase, ISSUED) == JUNE_30


@pytest.mark.parametrize(
    "phrase",
    [
        # a filing and nothing else: the deadline itself is past
        "Hạn nộp báo cáo kỳ vừa qua (đã hết hạn) là 15/4/2026",
        "Hạn nộp hồ sơ đã hết hạn là 15/4/2026",
        "Hạn nộp hồ sơ (hết hạn) ngày 30/6/2026",
        "Hạn nộp hồ sơ (đã hết hạn): 15/4/2026",
        "Hạn đăng ký (đã hết): 15/4/2026",
        "Hạn gửi báo cáo đã hết hạn là 15/4/2026",
        "Han nop ho so da het han la 15/4/2026",
        "Hạn nộp báo cáo quý I (đã hết hạn) là 15/4/2026",
    ],
)
def test_a_filing_said_expired_is_none_due(phrase: str) -> None:
    assert "last_day" in refused(phrase, MARCH)


# B4. a step that files again or makes the papers whole: the fault is the papers' to fix
@pytest.mark.parametrize(
    "phrase",
    [
        "Bổ sung hồ sơ trước 30/6/2026, sai sót do lỗi đánh máy",
        "Nộp lại hồ sơ trước 30/6/2026, sai sót do lỗi đánh máy",
        "Nộp bổ sung hồ sơ trước 30/6/2026, sai sót do lỗi đánh máy",
        "Hoàn thiện hồ sơ trước 30/6/2026, sai sót do lỗi đánh máy",
        "Gửi lại hồ sơ trước 30/6/2026, sai sót do lỗi đánh máy",
    ],
)
def test_a_step_redoing_the_papers_reads_as_on_main(phrase: str) -> None:
    assert read_days(phrase, ISSUED) == JUNE_30


@pytest.mark.parametrize(
    "phrase",
    [
        # a first filing: the text's fault may be the day's
        "Nộp hồ sơ trước 30/6/2026, sai sót do lỗi đánh máy",
        "Gửi hồ sơ trước 30/6/2026, sai sót do lỗi đánh máy",
        "Hạn nộp hồ sơ: 30/6/2026. Sai sót do lỗi đánh máy",
        "Hạn nộp hồ sơ: 30/6/2026, sai sót do lỗi đánh máy",
    ],
)
def test_a_first_filing_with_a_fault_of_the_text_is_none_due(phrase: str) -> None:
    assert "last_day" in refused(phrase, MARCH)


# B5. the receiving body's receipt said at length: the sending's bound
RECEIPT = [
    "Gửi hồ sơ về Sở, Sở tổ chức tiếp nhận trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở thực hiện tiếp nhận hồ sơ trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở hoàn thành việc tiếp nhận trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở thực hiện khóa sổ trước 30/6/2026",
    "Nộp hồ sơ cho UBND xã, UBND xã tổ chức thu nhận hồ sơ đến hết ngày 30/6/2026",
    "Gửi hồ sơ về Sở, Sở tiếp nhận hồ sơ gửi qua bưu điện trước 30/6/2026",
    "Gửi hồ sơ về Sở, Sở triển khai tiếp nhận hồ sơ trước 30/6/2026",
]


@pytest.mark.parametrize("phrase", RECEIPT)
def test_the_body_s_receipt_at_length_reads_as_on_main(phrase: str) -> None:
    assert read_days(phrase, ISSUED) == JUNE_30


@pytest.mark.parametrize(
    "phrase",
    [
        # a step beside the receipt, or another doing: the body's own
        "Gửi hồ sơ về Sở, Sở tổ chức tiếp nhận và thẩm định trước 30/6/2026",
        "Gửi hồ sơ về Sở, Sở tiếp nhận hồ sơ gửi UBND tỉnh trước 30/6/2026",
        "Gửi hồ sơ về Sở, Sở thực hiện trước 30/6/2026",
        "Gửi hồ sơ về Sở, Sở tổ chức thẩm định trước 30/6/2026",
        "Gửi hồ sơ về Sở, Sở hoàn thành việc thẩm định trước 30/6/2026",
        "Gửi hồ sơ về Sở, Sở tiếp nhận và phê duyệt trước 30/6/2026",
        "Gửi hồ sơ về Sở, Sở và UBND huyện tổ chức tiếp nhận trước 30/6/2026",
        "Gửi hồ sơ về Sở, Sở triển khai thẩm định trước 30/6/2026",
        "Gửi hồ sơ về Sở, Sở tiếp nhận và cập nhật trước 30/6/2026",
        # negated, hedged, told done, a start: as on main
        "Gửi hồ sơ về Sở, Sở không tổ chức tiếp nhận trước 30/6/2026",
        "Gửi hồ sơ về Sở, Sở dự kiến tổ chức tiếp nhận trước 30/6/2026",
        "Gửi hồ sơ về Sở, Sở đã tổ chức tiếp nhận trước 30/6/2026",
        "Gửi hồ sơ về Sở, Sở tổ chức tiếp nhận sau 30/6/2026",
    ],
)
def test_another_doing_beside_the_receipt_is_the_body_s_own(phrase: str) -> None:
    assert refused(phrase, MARCH)  # ("sau …" refused as a start, with its own words)
