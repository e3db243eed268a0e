"""Session 60, helper c60: moves asked or made, and call-offs, that main read as firm days
(`kehoach.dates.calledoff`, `movedoff`, `calledoffrule`, `steps.label_after`).

On main (issued 01/03/2026) each of these read as a deadline: an extension asked with many
words between the verb and its new time ("Đề nghị cho phép kéo dài thời gian giải ngân kế
hoạch vốn năm 2025 sang năm 2026"), a comma in the request ("Đề nghị Bộ xem xét, cho phép kéo
dài đến 30/6/2026"), "giãn/nới tiến độ", "điều chỉnh thời hạn từ … sang …", a new time asked
"thay vì" the old, a proposal put up ("Trình UBND tỉnh xem xét dời lịch họp sang ngày …"), a
move that may be made ("Có thể lùi thời hạn nộp hồ sơ đến …"); a time changed with no new
time ("Đổi/Chuyển lịch họp ngày 15/4/2026", "Thay đổi thời gian tổ chức hội nghị ngày …",
"Lịch họp ngày 15/4/2026 có thay đổi"); moves of a round, an exam, a class; call-offs ("Bỏ/
Cắt/Rút/Xóa lịch họp ngày …", "Giấy mời họp ngày … (thu hồi)", "Cuộc họp ngày … (thôi tổ
chức)"); rules called off ("Bãi bỏ Điều 5 về báo cáo hằng tháng", "Hết hiệu lực chế độ báo
cáo hằng tháng", "Dừng hưởng trợ cấp hằng tháng"); a work given up or banned over a span
("hủy xuống giống từ ngày 10/12 đến 15/12", "ngày 10-15/12 cấm xuống giống"). Each is now
refused with a reason and a way out.

The corpus reads a ban's own window by convention: "Cấm hoạt động khai thác, thu mua, vận
chuyển, chế biến và kinh doanh Sò lông, Điệp quạt từ ngày 01/11/2016 đến hết ngày 31/12/2016"
(f-binh-thuan-cv-4008-2016-cam-khai-thac: a window), "Thái Bình cấm biển từ 5 giờ ngày 6/9"
(za-baomoi-thai-binh-cam-bien-bao-yagi-2024): kept; only the calendar line with the days
first and no mark ("ngày 10-15/12 cấm …", as "Từ ngày 4-10/12 tạm dừng tiếp dân" since
session 39) is refused. Session 62's brief ruled further (e62, `stepnotdone`): a ban on a
calendar's own step ("Cấm xuống giống từ …", "ngày 10-15/12, cấm xuống giống") is refused in
any form; a ban on anything else keeps its window. A move with its new day told ("lùi thời gian nhận tác phẩm … đến hết
ngày 15/12/2021", p-yenlap-phutho-cuoc-thi-bieu-tuong-2021) and a move of the place ("Dời
lịch họp ngày 15/4/2026, địa điểm mới: …") read as before.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.reading import DeadlineKind

MARCH = "2026-03-01"
DATE = DeadlineKind.DATE
WINDOW = DeadlineKind.WINDOW
MONTHLY = "FREQ=MONTHLY;BYMONTHDAY=-1"


@pytest.mark.parametrize(
    "phrase",
    [
        # the brief's
        "Đề nghị cho phép kéo dài thời gian giải ngân kế hoạch vốn năm 2025 sang năm 2026",
        "Đề nghị Bộ xem xét, cho phép kéo dài đến 30/6/2026",
        "Đề nghị giãn tiến độ đến 30/6/2026",
        "Đề nghị nới tiến độ đến 30/6/2026",
        "Đề nghị điều chỉnh thời hạn từ 30/6 sang 30/9/2026",
        "Đề nghị hoàn thành vào ngày 30/9/2026 thay vì ngày 30/6/2026",
        "Trình UBND tỉnh xem xét dời lịch họp sang ngày 20/4/2026",
        # the same asked by others, with more words between
        "Kiến nghị Bộ cho phép tỉnh kéo dài thời gian thực hiện dự án đường tỉnh 391 sang năm 2027",
        "Xin gia hạn thời gian hoàn thành hồ sơ dự án nhà ở xã hội số 2 đến ngày 30/9/2026",
        "Đề xuất lùi thời gian tổ chức Đại hội Đảng bộ xã nhiệm kỳ 2025-2030 sang tháng 9/2026",
        "UBND tỉnh xem xét dời lịch họp sang ngày 20/4/2026",
        "Kiến nghị dời lịch họp sang ngày 20/4/2026",
        "Sở Xây dựng đề nghị UBND tỉnh xem xét, đồng ý cho gia hạn đến 30/6/2026",
        "Đề nghị giãn thời hạn nộp báo cáo đến 30/6/2026",
        "Đề xuất nới thời hạn đến 30/6/2026",
        "Kiến nghị hoàn thành trong tháng 9/2026 thay vì tháng 6/2026",
        "Xin hoàn thành vào ngày 30/9/2026 thay vì ngày 30/6/2026",
        # typed bare
        "De nghi cho phep keo dai thoi gian giai ngan ke hoach von nam 2025 sang nam 2026",
        "De nghi gian tien do den 30/6/2026",
    ],
)
def test_a_move_asked_is_refused(phrase: str) -> None:
    why = refused(phrase, ctx(MARCH))
    assert "đề nghị" in why or "chưa được quyết" in why


def test_a_move_that_may_be_made_is_refused() -> None:
    why = refused("Có thể lùi thời hạn nộp hồ sơ đến 30/6/2026", ctx(MARCH))
    assert "có thể được đổi" in why


@pytest.mark.parametrize(
    ("phrase", "reading"),
    [
        # granted or decided: the new time is the deadline
        ("UBND tỉnh đồng ý kéo dài đến 30/9/2026", (DATE, "2026-09-30", "2026-09-30")),
        ("Lùi thời hạn nộp hồ sơ đến 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
        ("Giãn tiến độ đến 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
        ("Dự kiến lùi thời hạn nộp hồ sơ đến 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
        (
            "Kéo dài thời gian giải ngân kế hoạch vốn năm 2025 sang năm 2026",
            (WINDOW, "2026-01-01", "2026-12-31"),
        ),
        (
            "UBND tỉnh đồng ý cho phép kéo dài thời gian giải ngân kế hoạch vốn năm 2025 sang "
            "năm 2026",
            (WINDOW, "2026-01-01", "2026-12-31"),
        ),
        (
            "Hoàn thành vào ngày 30/9/2026 thay vì ngày 30/6/2026",
            (DATE, "2026-09-30", "2026-09-30"),
        ),
        # a change told, "please note"
        (
            "Xin lưu ý, hạn nộp hồ sơ năm nay là ngày 30/9/2026 thay vì ngày 30/6/2026",
            (DATE, "2026-09-30", "2026-09-30"),
        ),
        # an order to the units below, "Đề nghị" asking a body to do its work
        (
            "Đề nghị các địa phương lùi thời gian tựu trường sang 5/9/2026",
            (DATE, "2026-09-05", "2026-09-05"),
        ),
        (
            "Đề nghị UBND các xã nộp báo cáo trước ngày 15/9/2026 thay vì ngày 30/9/2026",
            (DATE, "2026-09-15", "2026-09-15"),
        ),
        (
            "Đề nghị các đơn vị hoàn thành vào ngày 30/9/2026 thay vì ngày 30/6/2026",
            (DATE, "2026-09-30", "2026-09-30"),
        ),
        ("Đề nghị các đơn vị gửi báo cáo trước ngày 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
        (
            "Đề nghị Sở Tài chính hoàn thành trước ngày 30/6/2026",
            (DATE, "2026-06-30", "2026-06-30"),
        ),
        ("Đề nghị hoàn thành đến ngày 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
        (
            "Đề nghị gửi báo cáo trước ngày 30/6/2026 để tổng hợp",
            (DATE, "2026-06-30", "2026-06-30"),
        ),
        # no move: innovate, send, decongest, a proposal's deadline, a permission until a day
        ("Đề xuất đổi mới phương pháp đến năm 2030", (DATE, "2030-12-31", "2030-12-31")),
        (
            "Đề nghị chuyển hồ sơ đến Sở Nội vụ trước ngày 30/6/2026",
            (DATE, "2026-06-30", "2026-06-30"),
        ),
        ("Đề xuất giãn dân đến năm 2030", (DATE, "2030-12-31", "2030-12-31")),
        ("Hạn nộp đề xuất ngày 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
        (
            "Thí sinh có thể điều chỉnh nguyện vọng đến 17h00 ngày 14/7/2026",
            (DATE, "2026-07-14", "2026-07-14"),
        ),
        ("Có thể nộp hồ sơ đến ngày 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
        ("Hoãn tổ chức Hội nghị sang ngày 30/6/2026", (DATE, "2026-06-30", "2026-06-30")),
    ],
)
def test_a_move_granted_ordered_or_no_move_reads_as_before(
    phrase: str, reading: tuple[object, ...]
) -> None:
    assert read_days(phrase, MARCH) == reading


@pytest.mark.parametrize(
    "phrase",
    [
        # the brief's
        "Đổi lịch họp ngày 15/4/2026",
        "Chuyển lịch họp ngày 15/4/2026",
        "Thay đổi thời gian tổ chức hội nghị ngày 15/4/2026",
        "Dời đợt kiểm tra ngày 15/4/2026",
        "Lùi thi tuyển viên chức ngày 15/4/2026",
        "Dời lớp tập huấn ngày 15/4/2026",
        # a subject, a notice, "lại", another time word
        "UBND huyện đổi lịch tiếp công dân ngày 15/4/2026",
        "Thông báo thay đổi lịch họp ngày 15/4/2026",
        "Chuyển thời gian tổ chức hội nghị ngày 15/4/2026",
        "Đổi lại lịch họp ngày 15/4/2026",
        "Dời lại đợt kiểm tra ngày 15/4/2026",
        "Lùi kỳ tuyển sinh ngày 15/4/2026",
        "Dời khai giảng lớp bồi dưỡng ngày 15/4/2026",
        "Điều chỉnh lịch họp ngày 15/4/2026",
        "Điều chỉnh thời gian tổ chức hội nghị ngày 15/4/2026",
        # typed bare
        "Doi lich hop ngay 15/4/2026",
        "Chuyen lich hop ngay 15/4/2026",
    ],
)
def test_a_time_changed_with_no_new_time_is_refused(phrase: str) -> None:
    assert "không nêu thời gian mới" in refused(phrase, ctx(MARCH))


def test_a_time_told_changed_after_its_day_is_refused() -> None:
    why = refused("Lịch họp ngày 15/4/2026 có thay đổi", ctx(MARCH))
    assert "có thay đổi" in why


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # a new time given, a new place, a change taking effect, a thing sent or swapped
        ("Đổi lịch họp sang ngày 20/4/2026", "2026-04-20"),
        ("Chuyển lịch họp sang ngày 20/4/2026", "2026-04-20"),
        ("Chuyển lịch họp từ ngày 15/4/2026 sang ngày 20/4/2026", "2026-04-20"),
        ("Dời đợt kiểm tra sang ngày 20/4/2026", "2026-04-20"),
        ("Lùi thi tuyển viên chức sang ngày 20/4/2026", "2026-04-20"),
        ("Dời lịch họp ngày 15/4/2026, địa điểm mới: Hội trường A", "2026-04-15"),
        ("Chuyển lịch họp ngày 15/4/2026, địa điểm mới: Hội trường A", "2026-04-15"),
        ("Đổi lịch họp ngày 15/4/2026 về Hội trường UBND huyện", "2026-04-15"),
        ("Chuyển hồ sơ ngày 15/4/2026", "2026-04-15"),
        ("Đổi thẻ trước ngày 15/4/2026", "2026-04-15"),
        ("Điều chỉnh lịch họp sang ngày 20/4/2026", "2026-04-20"),
        ("Điều chỉnh kế hoạch trước ngày 30/6/2026", "2026-06-30"),
        ("Điều chỉnh thời gian biểu trước ngày 30/6/2026", "2026-06-30"),
        ("Chuyển ngay hồ sơ trước ngày 15/4/2026", "2026-04-15"),
        ("Báo cáo việc thay đổi thời gian làm việc trước ngày 15/3/2026", "2026-03-15"),
        # the things alone
        ("Lịch họp ngày 15/4/2026", "2026-04-15"),
        ("Lịch thi ngày 15/4/2026 giữ nguyên", "2026-04-15"),
        ("Kiểm tra ngày 15/4/2026", "2026-04-15"),
        ("Thi tuyển viên chức ngày 15/4/2026", "2026-04-15"),
        ("Lớp tập huấn ngày 15/4/2026", "2026-04-15"),
        ("Di dời dân cư tránh lũ trước 15/8/2026", "2026-08-15"),
    ],
)
def test_a_change_with_its_new_time_place_or_no_change_reads_as_before(
    phrase: str, day: str
) -> None:
    assert read_days(phrase, MARCH) == (DATE, day, day)


def test_a_change_taking_effect_from_a_day_reads_its_start() -> None:
    reading = one("Thay đổi thời gian làm việc từ ngày 1/7/2026", ctx(MARCH))
    assert str(reading.earliest) == "2026-07-01"
    assert reading.last is None


@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo trước ngày 15/3/2026 nếu có thay đổi",
        "Báo cáo trước ngày 15/3/2026 khi có sự thay đổi",
        "Lịch họp ngày 15/4/2026 không có thay đổi",
        "Không thay đổi lịch họp ngày 15/4/2026",
        "Nộp hồ sơ đến hết ngày 15/11/2026 nếu không có thay đổi",
        "Nop ho so den het ngay 15/11/2026 neu khong co thay doi",
    ],
)
def test_a_change_hedged_or_negated_stays_refused_as_on_main(phrase: str) -> None:
    assert "không nêu thời gian mới" not in refused(phrase, ctx(MARCH))


@pytest.mark.parametrize(
    "phrase",
    [
        # the brief's
        "Bỏ lịch họp ngày 15/7/2026",
        "UBND huyện bỏ lịch họp ngày 15/7/2026",
        "Giấy mời họp ngày 15/7/2026 (thu hồi)",
        "Giấy mời họp ngày 15/7/2026 bị thu hồi",
        "Cuộc họp ngày 15/7/2026 (thôi tổ chức)",
        "Cắt lịch họp ngày 15/7/2026",
        "Rút lịch họp ngày 15/7/2026",
        "Xóa lịch họp ngày 15/7/2026",
        # a subject, the meeting named otherwise, the paper otherwise
        "Sở Nội vụ cắt lịch giao ban ngày 15/7/2026",
        "Xoá cuộc họp ngày 15/7/2026",
        "Gỡ lịch họp ngày 15/7/2026",
        "UBND huyện bỏ buổi họp ngày 15/7/2026",
        "Thông báo lịch tiếp công dân ngày 15/7/2026 đã bị thu hồi",
        "Giấy triệu tập họp ngày 15/7/2026 (đã thu hồi)",
        # typed bare
        "Bo lich hop ngay 15/7/2026",
        "Xoa lich hop ngay 15/7/2026",
        "Giay moi hop ngay 15/7/2026 (thu hoi)",
        "Giay moi hop ngay 15/7/2026 bi thu hoi",
    ],
)
def test_a_meeting_called_off_is_refused(phrase: str) -> None:
    refused(phrase, ctx(MARCH))


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Bỏ phiếu ngày 15/7/2026", "2026-07-15"),
        ("Rút kinh nghiệm cuộc họp ngày 15/7/2026", "2026-07-15"),
        ("Rút hồ sơ trước ngày 15/7/2026", "2026-07-15"),
        ("Xóa lịch sử giao dịch trước ngày 15/7/2026", "2026-07-15"),
        ("Cắt giảm thủ tục trước ngày 15/7/2026", "2026-07-15"),
        ("Lịch họp ngày 15/7/2026", "2026-07-15"),
        ("Giấy mời họp ngày 15/7/2026", "2026-07-15"),
        ("Thu hồi đất trước ngày 30/6/2026", "2026-06-30"),
        ("Trước ngày 30/6/2026, đất của các hộ vi phạm bị thu hồi", "2026-06-30"),
        ("Hoàn thành thu hồi nợ đọng trước ngày 30/6/2026", "2026-06-30"),
        ("Cuộc họp ngày 15/7/2026 (tổ chức tại hội trường)", "2026-07-15"),
        ("Xoa lich su giao dich truoc ngay 15/7/2026", "2026-07-15"),
        ("Hủy bỏ văn bản trước ngày 15/3/2026", "2026-03-15"),
        # the lead's ruling: a stop with its subject and day is the day it takes effect
        ("Sở Tư pháp dừng tổ chức hội thảo vào sáng 11/11/2026", "2026-11-11"),
    ],
)
def test_no_meeting_called_off_reads_as_before(phrase: str, day: str) -> None:
    assert read_days(phrase, MARCH) == (DATE, day, day)


@pytest.mark.parametrize(
    "phrase",
    [
        "Bãi bỏ Điều 5 về báo cáo hằng tháng",
        "Bãi bỏ khoản 2 Điều 5 về báo cáo hằng tháng",
        "Hết hiệu lực chế độ báo cáo hằng tháng",
        "Dừng hưởng trợ cấp hằng tháng",
        "Thôi hưởng trợ cấp hằng tháng",
        "Chấm dứt hưởng trợ cấp hằng tháng",
        "Dừng nhận lương hưu hằng tháng",
        "Tạm dừng hưởng phụ cấp hằng tháng",
        "Ngừng cấp trợ cấp hằng tháng",
        "Dung huong tro cap hang thang",
    ],
)
def test_a_rule_called_off_is_refused(phrase: str) -> None:
    assert "việc định kỳ đó bị bãi bỏ" in refused(phrase, ctx(MARCH))


@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo hằng tháng",
        "Hưởng trợ cấp hằng tháng",
        "Chi trả trợ cấp hằng tháng",
        "Nhận lương hưu hằng tháng",
        "Thực hiện Điều 5 về báo cáo hằng tháng",
        "Chi trả trợ cấp cho người lao động thôi việc hằng tháng",
        "Cấp trợ cấp hằng tháng",
    ],
)
def test_a_rule_kept_reads_monthly_as_before(phrase: str) -> None:
    assert one(phrase, ctx(MARCH)).rrule == MONTHLY


@pytest.mark.parametrize(
    "phrase",
    [
        "hủy xuống giống từ ngày 10/12 đến 15/12",
        "Hủy xuống giống từ 10/12 đến 15/12/2026",
        "Hủy bỏ thi đấu từ ngày 10/12 đến 15/12/2026",
        "hoãn xuống giống từ ngày 10/12 đến 15/12",
        "ngày 10-15/12 cấm xuống giống",
        "Ngày 10-15/12 tạm dừng tiếp dân",
        "Trong các ngày 10-15/12 nghiêm cấm đốt rơm rạ",
        "Không được xuống giống từ ngày 10/12 đến 15/12",
        "Tránh xuống giống từ ngày 10/12 đến 15/12",
        "Chớ xuống giống từ ngày 10/12 đến 15/12",
        "Hạn chế xuống giống từ ngày 10/12 đến 15/12",
        "huy xuong giong tu ngay 10/12 den 15/12",
        # session 62's brief (e62, `stepnotdone`): a ban on a calendar's own step is refused
        # in every form, not its window (read here before as the ban's own window)
        "Cấm xuống giống từ ngày 10/12 đến 15/12",
        "ngày 10-15/12, cấm xuống giống",
    ],
)
def test_a_work_given_up_or_banned_in_a_calendar_span_is_refused(phrase: str) -> None:
    refused(phrase, ctx(MARCH))


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # the work in its window; a ban's or a pause's own window (the corpus's convention)
        ("Xuống giống từ ngày 10/12 đến 15/12", "2026-12-10", "2026-12-15"),
        ("ngày 10-15/12 xuống giống", "2026-12-10", "2026-12-15"),
        ("Ngày 10-15/12 diệt chuột tập trung", "2026-12-10", "2026-12-15"),
        ("Cấm đốt rơm rạ từ ngày 10/12 đến 15/12", "2026-12-10", "2026-12-15"),
        (
            "Cấm hoạt động khai thác, thu mua Sò lông từ ngày 01/11/2016 đến hết ngày 31/12/2016",
            "2016-11-01",
            "2016-12-31",
        ),
        ("Tạm dừng thi công từ ngày 7/2 đến 3/3/2026", "2026-02-07", "2026-03-03"),
        ("Tiêu hủy tài liệu từ ngày 1/7 đến 15/7/2026", "2026-07-01", "2026-07-15"),
        ("huy dong nguon luc tu ngay 10/12 den 15/12", "2026-12-10", "2026-12-15"),
    ],
)
def test_a_work_or_a_ban_s_own_window_reads_as_before(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, MARCH) == (WINDOW, first, last)
