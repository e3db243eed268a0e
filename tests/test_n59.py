"""Session 59, helper n59: a time moved or called off with no new time is the day given up,
never a deadline (`kehoach.dates.movedoff`, `calledoff`, `calledoffrule`).

On main (issued 01/03/2026) "Về việc lùi thời gian tổ chức Hội nghị ngày 15/4/2026", "Dời
lịch Hội nghị ngày 15/4/2026", "Hội nghị (đã hủy) ngày 15/4/2026", "Huy lich hop ngay
15/4/2026" (typed bare) and "UBND tỉnh hủy họp ngày 15/7/2026" read as due that day, the day
the notice gives up; "Chưa/Xin dời lịch họp sang 20/4/2026" and "Hủy quyết định dời lịch …
sang ngày 20/4/2026" read as due on the new day of a move not made; "Bãi bỏ yêu cầu báo cáo
hằng tháng", "Hủy lịch họp giao ban hằng tuần", "Xóa bỏ/Loại bỏ chế độ báo cáo hằng tháng"
and "Tạm dừng chi trả trợ cấp hằng tháng" as rules due each period. The corpus has a notice
of a move with no new time refused ("Sở Y tế Tây Ninh có công văn số 1067/SYT-VP về việc dời
thời gian tổ chức xét tuyển viên chức y tế năm 2019",
zq-sonoivu-tay-ninh-doi-xet-tuyen-vien-chuc-y-te-2019) and moves with their new day read
("đã dời ngày diễn ra vào 24/04/2021", zk-ngaystore-vietnam-trail-marathon-2021; "lùi thời
gian nhận tác phẩm … đến hết ngày 15/12/2021", p-yenlap-phutho-cuoc-thi-bieu-tuong-2021;
"dự kiến 15/02 - lùi 16/5/2020", z-bongro-giai-chay-hoan-vi-corona-2020), and a stop told
with its subject and day read as that day ("Sở Tư pháp dừng tổ chức hội thảo … vào sáng
11.11", z-baohaiduong-dung-tiep-xuc-cu-tri-2021): the lead's ruling keeps "dừng/ngừng" + a
day read, and refuses "hủy/hoãn/hủy bỏ/bãi bỏ" + an event + its day, subject or not.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.reading import DeadlineKind

MARCH = "2026-03-01"
MONTHLY = "FREQ=MONTHLY;BYMONTHDAY=-1"
WEEKLY = "FREQ=WEEKLY;BYDAY=SU"
DATE = DeadlineKind.DATE


@pytest.mark.parametrize(
    "phrase",
    [
        # the brief's
        "Về việc lùi thời gian tổ chức Hội nghị ngày 15/4/2026",
        "Dời lịch Hội nghị ngày 15/4/2026",
        # each object of the move, a subject, a notice, "lại", bare
        "Dời lại lịch họp ngày 15/4/2026",
        "Lùi lại kỳ thi ngày 15/4/2026",
        "Dời Hội nghị ngày 15/4/2026",
        "Lùi việc tổ chức Hội nghị ngày 15/4/2026",
        "UBND tỉnh dời lịch họp ngày 15/4/2026",
        "Thông báo dời lịch họp ngày 15/4/2026",
        "Lùi thời gian tổ chức Hội nghị (ngày 15/4/2026)",
        "Lùi lịch họp tối ngày 15/4/2026",  # "tối" (evening) is no "tới"
        "Lui thoi gian to chuc hoi nghi ngay 15/4/2026",
        "Doi lich hop ngay 15/4/2026",
    ],
)
def test_a_move_with_no_new_time_is_refused(phrase: str) -> None:
    assert "không nêu thời gian mới" in refused(phrase, ctx(MARCH))


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # the new day given, main's readings kept
        ("Dời lịch họp: từ ngày 15/4 sang ngày 20/4", "2026-04-20"),
        ("Thay đổi thời gian họp: ngày 20/4", "2026-04-20"),
        ("Dời hội nghị đến 20/4/2026", "2026-04-20"),
        ("Lùi thời gian tổ chức Hội nghị sang ngày 20/4/2026", "2026-04-20"),
        ("Dời lịch Hội nghị đến ngày 20/4/2026", "2026-04-20"),
        ("Dời lịch họp vào ngày 20/4/2026", "2026-04-20"),
        ("Dời lịch họp lên ngày 10/4/2026", "2026-04-10"),
        ("Lùi hạn nộp hồ sơ tới ngày 20/4/2026", "2026-04-20"),
        ("Dời lịch họp ngày 15/4/2026 sang ngày 20/4/2026", "2026-04-20"),
        ("Dời lịch họp từ ngày 15/4/2026 sang ngày 20/4/2026", "2026-04-20"),
        ("Hội nghị ngày 15/4/2026 dời sang ngày 20/4/2026", "2026-04-20"),
        ("Đã dời ngày diễn ra vào 24/04/2026", "2026-04-24"),
        ("Về việc lùi thời gian tổ chức Hội nghị: ngày 20/4/2026", "2026-04-20"),
        # a move decided or planned reads its new day
        ("UBND tỉnh quyết định dời lịch họp sang ngày 20/4/2026", "2026-04-20"),
        ("Đồng ý dời lịch họp sang ngày 20/4/2026", "2026-04-20"),
        ("Dự kiến lùi lịch thi sang ngày 20/4/2026", "2026-04-20"),
        ("Thông báo về việc dời lịch họp sang ngày 20/4/2026", "2026-04-20"),
        ("Hội nghị hoãn sang ngày 20/4/2026", "2026-04-20"),
        # no time moved: relocation, driving back, exchange
        ("Hoàn thành di dời dân cư trước ngày 15/4/2026", "2026-04-15"),
        ("Đẩy lùi dịch bệnh trước ngày 15/4/2026", "2026-04-15"),
        ("Dời trụ sở trước ngày 15/4/2026", "2026-04-15"),
        ("Xin doi the truoc ngay 15/4/2026", "2026-04-15"),
        ("Hoàn thành trước ngày 20/4/2026", "2026-04-20"),
        ("Đội ngũ họp ngày 15/4/2026", "2026-04-15"),
        # negated with no new time: the day holds, as main reads it
        ("Chưa dời lịch họp ngày 15/4/2026", "2026-04-15"),
        # stopped, the lead's ruling: the day a stop takes effect
        ("UBND tỉnh dừng họp ngày 15/7/2026", "2026-07-15"),
        ("UBND tỉnh ngừng họp ngày 15/7/2026", "2026-07-15"),
        # called off before a deadline: a duty to cancel by then
        ("Hủy bỏ văn bản trước ngày 15/4/2026", "2026-04-15"),
        ("Các hồ sơ bị hủy phải nộp lại trước ngày 15/4/2026", "2026-04-15"),
        ("Huy dong luc luong truoc ngay 15/4/2026", "2026-04-15"),
        ("Tổ chức họp ngày 15/7/2026", "2026-07-15"),
        ("Giải quyết chế độ thôi việc trước ngày 15/7/2026", "2026-07-15"),
        ("Hủy đăng ký học phần trước ngày 15/7/2026", "2026-07-15"),
        ("Sở tổ chức bỏ phiếu ngày 15/4/2026", "2026-04-15"),
        ("Gửi giấy mời họp ngày 15/4/2026", "2026-04-15"),
        ("Thoi gian to chuc hoi nghi ngay 15/4/2026", "2026-04-15"),
        ("Hoan thanh to chuc hoi nghi truoc ngay 15/4/2026", "2026-04-15"),
        ("Huy dong luc luong ngay 15/4/2026", "2026-04-15"),
        ("Thu hồi giấy phép trước ngày 15/4/2026", "2026-04-15"),
    ],
)
def test_a_new_day_or_no_move_keeps_its_reading(phrase: str, day: str) -> None:
    assert read_days(phrase, MARCH) == (DATE, day, day)


@pytest.mark.parametrize(
    "phrase",
    [
        # h58's losses: a move not made, its "new" day no deadline
        "Hủy quyết định dời lịch họp sang ngày 20/4/2026",
        "Chưa dời lịch họp sang 20/4/2026",
        "Xin dời lịch họp sang 20/4/2026",
        "Xin doi lich hop sang 20/4/2026",
        "Chưa dời lịch họp từ ngày 15/4/2026 sang ngày 20/4/2026",
        "Hội nghị ngày 15/4/2026 chưa dời sang ngày 20/4/2026",
        "Đề nghị dời lịch họp sang ngày 20/4/2026",
        "Kiến nghị lùi thời hạn nộp báo cáo đến ngày 20/4/2026",
        "Không được lùi thời hạn nộp báo cáo sang ngày 20/4/2026",
        "Thu hồi quyết định lùi lịch thi sang ngày 20/4/2026",
        "Chưa hoãn họp sang ngày 20/4/2026",
    ],
)
def test_a_move_not_made_is_refused(phrase: str) -> None:
    # not decided ("chưa được quyết"), or asked and not granted (m59's `calledoff._ASKED_MOVE`,
    # read first on the whole phrase: "chưa được chấp thuận")
    assert "chưa được" in refused(phrase, ctx(MARCH))


@pytest.mark.parametrize(
    "phrase",
    [
        # the brief's
        "Hội nghị (đã hủy) ngày 15/4/2026",
        "Huy lich hop ngay 15/4/2026",
        "UBND tỉnh hủy họp ngày 15/7/2026",
        # "hủy" or "bãi bỏ" before a meeting, a schedule, a sitting
        "UBND tỉnh bãi bỏ họp ngày 15/7/2026",
        "UBND tỉnh hủy phiên họp ngày 15/7/2026",
        "Huỷ buổi họp ngày 15/7/2026",
        "Hủy giao ban ngày 15/7/2026",
        "Hủy lịch công tác ngày 15/4/2026",
        "Bãi bỏ lịch tiếp công dân ngày 15/4/2026",
        "Hoan to chuc hoi nghi ngay 15/4/2026",
        "Hội nghị (đã hoãn) ngày 15/4/2026",
        "Hội nghị bị hủy ngày 15/7/2026",
        # "thôi" before holding it, "đình chỉ" before the event
        "UBND tỉnh thôi tổ chức hội nghị ngày 15/7/2026",
        "UBND tỉnh đình chỉ kỳ thi ngày 15/7/2026",
        # put off indefinitely ("vô thời hạn" gives no "hạn"), shelved, skipped
        "UBND tỉnh hoãn vô thời hạn hội nghị ngày 15/4/2026",
        "Gác lại hội nghị ngày 15/4/2026",
        "Sở bỏ họp ngày 15/4/2026",
        # the paper calling it cancelled or withdrawn
        "UBND tỉnh hủy kế hoạch tổ chức hội nghị ngày 15/4/2026",
        "UBND tỉnh hủy giấy mời họp ngày 15/4/2026",
        "Văn phòng thu hồi giấy mời họp ngày 15/4/2026",
        # the same typed bare
        "Hoi nghi (da huy) ngay 15/4/2026",
        "Hoi nghi bi huy ngay 15/7/2026",
        "Gac lai hoi nghi ngay 15/4/2026",
        "UBND tinh thoi to chuc hoi nghi ngay 15/7/2026",
        "Huy giay moi hop ngay 15/4/2026",
        "UBND tinh hoan vo thoi han hoi nghi ngay 15/4/2026",
        "UBND tinh huy hop ngay 15/7/2026",
        "UBND tinh bai bo hop ngay 15/7/2026",
    ],
)
def test_an_event_called_off_is_refused(phrase: str) -> None:
    assert "không nêu ngày mới" in refused(phrase, ctx(MARCH))


def test_shelved_after_its_day_is_refused() -> None:
    assert "không nêu thời gian mới" in refused("Hội nghị ngày 15/4/2026 tạm gác lại", ctx(MARCH))


@pytest.mark.parametrize(
    "phrase", ["Từ ngày 15/4/2026, tổ chức canh gác đê", "Tuần tra canh gác lại từ ngày 15/4/2026"]
)
def test_keeping_watch_from_a_day_keeps_its_start(phrase: str) -> None:
    reading = one(phrase, ctx(MARCH))
    assert str(reading.first or reading.earliest) == "2026-04-15"


@pytest.mark.parametrize(
    "phrase",
    [
        "Bãi bỏ yêu cầu báo cáo hằng tháng",
        "Hủy lịch họp giao ban hằng tuần",
        "Xóa bỏ chế độ báo cáo hằng tháng",
        "Xoá bỏ chế độ báo cáo hằng tháng",
        "Loại bỏ chế độ báo cáo hằng tháng",
        "Loai bo che do bao cao hang thang",
        "Tạm dừng chi trả trợ cấp hằng tháng",
        "Bãi bỏ quy định về báo cáo hằng tháng",
        "Ngừng chi trả phụ cấp hằng tháng",
    ],
)
def test_a_rule_called_off_is_refused(phrase: str) -> None:
    assert "việc định kỳ đó bị bãi bỏ" in refused(phrase, ctx(MARCH))


@pytest.mark.parametrize(
    ("phrase", "rule"),
    [
        ("Chi trả trợ cấp hằng tháng", MONTHLY),
        ("Lập lịch họp giao ban hằng tuần", WEEKLY),
        ("Thực hiện yêu cầu báo cáo hằng tháng", MONTHLY),
        ("Hằng tháng, loại bỏ hồ sơ hết hạn", MONTHLY),
        ("Báo cáo tình hình bãi bỏ chế độ báo cáo hằng tháng", MONTHLY),
        ("Không ngừng chi trả trợ cấp hằng tháng", MONTHLY),
    ],
)
def test_a_rule_kept_keeps_its_reading(phrase: str, rule: str) -> None:
    assert one(phrase, ctx(MARCH)).rrule == rule
