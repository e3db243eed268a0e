"""Session 61, helper e61b: what branch e61 lost of main's right readings, and its holes.

A fresh tester of session 61 (/tmp/te61) found e61 refusing phrases main read right, and a
few it still read as due. Given back, each read as main reads it: "dự" of a registration
that is no event ("Đăng ký dự kiến/dự án/dự thảo/dự bị/dự toán ngày …"), taking part in
insurance or a programme ("Đăng ký tham gia BHYT ngày 1/7/2026"), the event's own day told
after the registration's ("Đăng ký dự thi ngày 20/4/2026; thi ngày 11/6/2026"), a close of
the registration ("… hết/kết thúc/đóng ngày …"), an abbreviation's full stop ("UBND TP.
Huế", "ThS. Lê Hoa"), the step's manner, restriction, closing and doing after a bracket or
a colon ("(trực tuyến ngày …)", "(chỉ ngày …)", "Đăng ký: khóa sổ ngày …", "Gửi báo cáo:
UBND các huyện thực hiện ngày …"), a verdict in brackets on the object of a fixing step
("Thu hồi giấy phép trước 30/6/2026 (giả mạo)") and papers waiting after a day of submitting
("Trình UBND tỉnh ngày 30/6/2026 chờ phê duyệt"). Refused now (each read on main as due):
another's doing with a comma in it or a subject before it, matched as printed ("Nộp hồ sơ.
Đơn vị tuyển dụng phỏng vấn ngày 20/5/2026", "(Ban Giám khảo chấm ngày …)"), another's doing
to the papers ("(thẩm định hồ sơ ngày …)"), a class starting ("(lớp học bắt đầu ngày …)"),
and a verdict before the day in square brackets, after a dash or written ("Ngày thi [sai]:
15/5/2026", "Hạn nộp ghi sai: 30/6/2026").

No corpus phrase has these forms; the nearest read ones stay read: "Thời gian đăng ký dự thi
từ 21/4/2025 đến 28/4/2025" (q-quanlynhanuoc-bgddt-cv-1239-2025.yaml) and "gửi tác phẩm được
lựa chọn về Trung ương Hội: hoàn thành trước ngày 25/9/2023"
(q-phunukontum-hlhpn-tw-gia-han-….yaml).
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

ISSUED = "2026-03-01"
MAR_2026 = ctx(ISSUED)
DATE = DeadlineKind.DATE
JUDGED = "nói chính ngày đó sai"
WAY_OUT = "last_day"


def _on(day: str) -> tuple[object, ...]:
    return DATE, day, day


# --- given back: read as main reads them -------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # "dự" that is no event taken part in
        ("Đăng ký dự kiến ngày 10/5/2026", "2026-05-10"),
        ("Đăng ký dự án khuyến công ngày 15/7/2026", "2026-07-15"),
        ("Đăng ký dự thảo đề cương ngày 15/7/2026", "2026-07-15"),
        ("Đăng ký dự bị đại học ngày 15/7/2026", "2026-07-15"),
        ("Đăng ký dự toán ngày 10/5/2026", "2026-05-10"),
        # the registration's own close
        ("Đăng ký dự thi hết ngày 20/4/2026", "2026-04-20"),
        ("Đăng ký dự thi nâng ngạch kết thúc ngày 20/5/2026", "2026-05-20"),
        ("Đăng ký dự thi nâng ngạch đóng ngày 20/5/2026", "2026-05-20"),
        # insurance, programmes: nothing held
        ("Đăng ký tham gia BHYT ngày 1/7/2026", "2026-07-01"),
        ("Đăng ký tham gia đóng BHXH ngày 30/6/2026", "2026-06-30"),
        ("Đăng ký tham gia Chương trình bình ổn giá ngày 30/6/2026", "2026-06-30"),
        ("Đăng ký tham gia đề án ngày 30/6/2026", "2026-06-30"),
        # an abbreviation's full stop is no sentence
        ("Nộp hồ sơ tại UBND TP. Huế ngày 20/5/2026", "2026-05-20"),
        ("Nộp hồ sơ tại UBND Q. Ba Đình ngày 20/5/2026", "2026-05-20"),
        ("Đăng ký tại UBND P. Bến Nghé ngày 20/5/2026", "2026-05-20"),
        ("Nộp hồ sơ tại TT. Phố Lu ngày 20/5/2026", "2026-05-20"),
        ("Nộp hồ sơ tại UBND TX. Sơn Tây ngày 20/5/2026", "2026-05-20"),
        ("Nộp hồ sơ tại UBND H. Đông Anh ngày 20/5/2026", "2026-05-20"),
        ("Gửi hồ sơ cho TS. Nguyễn Văn An ngày 20/5/2026", "2026-05-20"),
        ("Gửi bài cho ThS. Lê Hoa ngày 20/5/2026", "2026-05-20"),
        ("Gửi bài cho PGS. Lê Hoa ngày 20/5/2026", "2026-05-20"),
        # the step's manner, restriction, closing, doing
        ("Gửi hồ sơ (trực tuyến ngày 20/5/2026)", "2026-05-20"),
        ("Gửi hồ sơ (trực tiếp ngày 20/5/2026)", "2026-05-20"),
        ("Gửi hồ sơ (email ngày 20/5/2026)", "2026-05-20"),
        ("Gửi hồ sơ (online ngày 20/5/2026)", "2026-05-20"),
        ("Gửi hồ sơ (cổng dịch vụ công ngày 20/5/2026)", "2026-05-20"),
        ("Gửi hồ sơ (chuyển phát nhanh ngày 20/5/2026)", "2026-05-20"),
        ("Nộp hồ sơ (chỉ ngày 20/5/2026)", "2026-05-20"),
        ("Nộp hồ sơ (duy nhất ngày 20/5/2026)", "2026-05-20"),
        ("Nộp hồ sơ (cả ngày 20/5/2026)", "2026-05-20"),
        ("Nộp hồ sơ (riêng ngày 20/5/2026)", "2026-05-20"),
        ("Gửi hồ sơ (bắt buộc ngày 20/5/2026)", "2026-05-20"),
        ("Đăng ký: hệ thống đóng ngày 30/5/2026", "2026-05-30"),
        ("Đăng ký: khóa sổ ngày 30/5/2026", "2026-05-30"),
        ("Nộp báo cáo: thời gian thực hiện ngày 30/6/2026", "2026-06-30"),
        ("Gửi báo cáo: yêu cầu thực hiện ngày 30/6/2026", "2026-06-30"),
        ("Gửi báo cáo: UBND các huyện thực hiện ngày 30/6/2026", "2026-06-30"),
        ("Gửi báo cáo: UBND các huyện, thị xã thực hiện ngày 30/6/2026", "2026-06-30"),
        ("Gửi hồ sơ (thời gian thực hiện ngày 20/5/2026)", "2026-05-20"),
        # the step's papers opening the words
        ("Nộp hồ sơ (bản giấy ngày 20/5/2026)", "2026-05-20"),
        ("Nộp hồ sơ (bản chính, bản sao ngày 20/5/2026)", "2026-05-20"),
        ("Nộp hồ sơ (hồ sơ gốc ngày 20/5/2026)", "2026-05-20"),
        ("Nộp hồ sơ (UBND xã tiếp nhận ngày 20/5/2026)", "2026-05-20"),
        # a verdict in brackets on the object of a fixing step
        ("Thu hồi giấy phép trước 30/6/2026 (giả mạo)", "2026-06-30"),
        ("Thu hồi giấy phép trước 30/6/2026 (nhầm)", "2026-06-30"),
        ("Tháo dỡ biển quảng cáo trước 30/6/2026 (sai quy định)", "2026-06-30"),
        ("Điều chỉnh hóa đơn trước 30/6/2026 (in nhầm)", "2026-06-30"),
        ("Điều chỉnh hóa đơn trước 30/6/2026 (do lỗi đánh máy)", "2026-06-30"),
        ("Cấp lại giấy chứng nhận trước 30/6/2026 (in sai)", "2026-06-30"),
        ("Cấp lại trước 30/6/2026 (ghi nhầm)", "2026-06-30"),
        ("Khắc phục trước 30/6/2026 (nhầm lẫn)", "2026-06-30"),
        ("Cập nhật quy hoạch trước 30/6/2026 (không còn phù hợp)", "2026-06-30"),
        ("Sửa đổi quy định trước 30/6/2026 (không còn phù hợp)", "2026-06-30"),
        # papers waiting after a day of submitting
        ("Trình UBND tỉnh ngày 30/6/2026 chờ phê duyệt", "2026-06-30"),
        ("Trình UBND tỉnh ngày 30/6/2026 đang chờ phê duyệt", "2026-06-30"),
        ("Trình hồ sơ ngày 30/6/2026 chờ phê duyệt", "2026-06-30"),
        ("Gửi danh sách ngày 30/6/2026 chờ duyệt", "2026-06-30"),
        ("Gửi dự thảo ngày 30/6/2026 chờ phê duyệt", "2026-06-30"),
        ("Hoàn thiện dự thảo ngày 30/6/2026 chờ xác nhận", "2026-06-30"),
        # the registration opening, its own day (a subject before it is another's)
        ("Đăng ký (mở ngày 20/5/2026)", "2026-05-20"),
        # the object done wrongly, before the day (e60b's ruling)
        ("Hạn nộp tiền thuế ghi sai: 30/6/2026", "2026-06-30"),
        ("Thời hạn hoàn thuế nộp nhầm: 30/6/2026", "2026-06-30"),
        ("Hạn đổi hàng giao nhầm: 30/6/2026", "2026-06-30"),
    ],
)
def test_the_step_s_own_day_reads_as_on_main(phrase: str, day: str) -> None:
    """Each read on main as the step's day and lost by e61: read again, the same day."""
    assert read_days(phrase, ISSUED) == _on(day)


def test_the_registration_s_day_opens_a_window() -> None:
    """ "Đăng ký (bắt đầu ngày …)" is the registration opening, from that day, as on main."""
    (reading,) = parse_deadlines("Đăng ký (bắt đầu ngày 20/5/2026)", MAR_2026)
    assert str(reading.earliest) == "2026-05-20"
    assert reading.last is None


@pytest.mark.parametrize(
    "phrase",
    [
        "Đăng ký dự thi ngày 20/4/2026; thi ngày 11/6/2026",
        "Đăng ký dự thi ngày 20/4/2026, thi ngày 11/6/2026",
    ],
)
def test_the_event_s_own_day_told_after_leaves_both(phrase: str) -> None:
    """The exam's day told after the registration's: both days, as main reads them."""
    readings = parse_deadlines(phrase, MAR_2026)
    assert [str(r.last) for r in readings] == ["2026-04-20", "2026-06-11"]
    assert readings[1].label == "thi"


# --- still refused: the neighbours the readings above must not take ----------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # an event held, taken part in on its day
        "Đăng ký dự thi ngày 20/4/2026",
        "Đăng kí dự thi ngày 20/4/2026",
        "Dang ky du thi ngay 20/4/2026",
        "Đăng ký dự họp ngày 10/5/2026",
        "Đăng ký dự thi nâng ngạch ngày 20/5/2026",
        "Đăng ký dự thi nâng ngạch tổ chức ngày 20/5/2026",
        "Đăng ký tham gia lớp bồi dưỡng ngày 10/5/2026",
        "Đăng ký tham gia khóa học ngày 10/5/2026",
        "Đăng ký tham gia giải ngày 10/5/2026",
        "Đăng ký tham gia đêm nhạc ngày 10/5/2026",
        "Đăng ký tham gia Giải Việt dã ngày 10/5/2026",
        "Đăng ký tham gia Festival ngày 10/5/2026",
        "Đăng ký tham dự Ngày hội việc làm ngày 10/5/2026",
        "Đăng ký dự lễ khai giảng ngày 5/9/2026",
        "Đăng ký dự Hội nghị ngày 10/5/2026",
        "Đăng ký tham gia hội chợ ngày 10/5/2026",
        # a second day that is not the event's doing: no way to tell which is due
        "Đăng ký dự thi ngày 20/4/2026; kết quả ngày 11/6/2026",
        "Đăng ký dự thi ngày 20/4/2026; hạn đăng ký 10/4/2026",
        "Đăng ký dự thi ngày 20/4/2026 (thi ngày 11/6/2026)",
        # an abbreviation inside the step, then the other's doing
        "Nộp hồ sơ tại UBND TP. Huế. Phỏng vấn ngày 20/5/2026",
        "Gửi hồ sơ cho TS. Nguyễn Văn An (phỏng vấn ngày 20/5/2026)",
        "Nộp hồ sơ tại UBND Q. Ba Đình (thi ngày 20/5/2026)",
        "Nộp hồ sơ tại UBND TP. Huế (thẩm định ngày 20/5/2026)",
        # another's doing after the manner or the colon
        "Gửi hồ sơ (thẩm định trực tuyến ngày 20/5/2026)",
        "Đăng ký: phỏng vấn ngày 30/5/2026",
        "Nộp báo cáo: Đoàn kiểm tra làm việc ngày 30/6/2026",
        "Gửi báo cáo: họp ngày 30/6/2026",
        "Nộp hồ sơ. Phúc khảo ngày 20/5/2026",
        "Nộp hồ sơ: phúc khảo ngày 20/5/2026",
        "Gửi hồ sơ (thẩm định ngày 20/5/2026)",
        "Nộp hồ sơ dự tuyển. Phỏng vấn ngày 20/5/2026",
    ],
)
def test_another_s_day_stays_refused(phrase: str) -> None:
    """The neighbours: the day is the event's or another's, refused with the way out."""
    assert WAY_OUT in refused(phrase, MAR_2026)


@pytest.mark.parametrize(
    "phrase",
    [
        # a verdict of the day itself, after a step that fixes nothing
        "Nộp hồ sơ trước 15/5/2026 (nhầm)",
        "Nộp hồ sơ trước 15/5/2026 (ghi nhầm)",
        "Nộp hồ sơ trước 15/5/2026 (nhầm lẫn)",
        "Gửi báo cáo trước 30/6/2026 (nhầm)",
        # the day named as a day, then waiting, or told now
        "Ngày nộp hồ sơ 15/5/2026 chờ phê duyệt",
        "Hạn nộp hồ sơ 15/5/2026 chờ phê duyệt",
        "Thời hạn nộp hồ sơ 15/5/2026 chờ phê duyệt",
        "Lịch thi 15/5/2026 chờ phê duyệt",
        "Ngày trình UBND tỉnh 30/6/2026 chờ phê duyệt",
        "Trình UBND tỉnh ngày 30/6/2026 là chờ phê duyệt",
        # verdicts after the day named as a day
        "Ngày nộp hồ sơ 15/5/2026 là sai",
        "Ngày nộp hồ sơ 15/5/2026 là sai quy định",
        "Ngày nộp hồ sơ 15/5/2026 là giả mạo",
        "Ngày nộp hồ sơ 15/5/2026 in nhầm",
        "Ngày nộp hồ sơ 15/5/2026 không còn phù hợp",
        "Ngày nộp hồ sơ 15/5/2026 do lỗi đánh máy",
        # before the day (the tester's holes), in any bracket, after a dash, written wrongly
        "Ngày thi - sai: 15/5/2026",
        "Ngày thi [sai]: 15/5/2026",
        "Ngày thi (sai): 15/5/2026",
        "Hạn nộp ghi sai: 30/6/2026",
        "Hạn nộp bị ghi sai: 30/6/2026",
    ],
)
def test_a_judged_day_stays_refused(phrase: str) -> None:
    """The day itself judged: refused, saying so, with the way out."""
    why = refused(phrase, MAR_2026)
    assert JUDGED in why or "sai" in why
    assert "history" in why or WAY_OUT in why or "thời hạn" in why


# --- the tester's holes, now refused -----------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # a comma inside the other doing
        "Nộp hồ sơ dự tuyển. Phỏng vấn, thi viết ngày 20/5/2026",
        "Nộp hồ sơ dự tuyển (kiểm tra, sát hạch ngày 20/5/2026)",
        "Đăng ký dự thi (thi viết, thi thực hành ngày 11/6/2026)",
        # a subject before the other doing, matched as printed
        "Nộp hồ sơ. Đơn vị tuyển dụng phỏng vấn ngày 20/5/2026",
        "Gửi hồ sơ (đơn vị thẩm định ngày 20/5/2026)",
        "Nộp bài dự thi. Ban Tổ chức công bố giải ngày 20/5/2026",
        "Nộp tác phẩm (Ban Giám khảo chấm ngày 20/5/2026)",
        "Nộp hồ sơ (Ban thẩm định họp ngày 20/5/2026)",
        # another's doing to the papers, the results
        "Nộp hồ sơ. Xét hồ sơ ngày 20/5/2026",
        "Nộp hồ sơ (thẩm định hồ sơ ngày 20/5/2026)",
        "Nộp đơn (xét đơn ngày 20/5/2026)",
        "Nộp hồ sơ (nhận kết quả ngày 20/5/2026)",
        # a class starting
        "Đăng ký học (lớp học bắt đầu ngày 5/9/2026)",
    ],
)
def test_the_tester_s_holes_are_refused(phrase: str) -> None:
    """Each read on main as the step's day: the day is another's, refused."""
    assert WAY_OUT in refused(phrase, MAR_2026)
