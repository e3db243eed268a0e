"""Session 63, helper b63: asks, call-offs and holders worded as session 62 left them read.

Each phrase of `REFUSED` was read on main as the step's due day, though that day is only asked
for, dropped, waived, struck, guessed at or a pause's end (session 63's brief): a leave asked
by the asker's name or through "chỉ đạo cho" ("Kiến nghị của Bộ cho phép kéo dài đến
31/12/2026", "Kiến nghị Bộ chỉ đạo cho các tỉnh tổ chức thi trước 30/6/2026", `leaveasked`),
or of an event's host ("Đề nghị Ban Tổ chức cho đăng ký trước 30/6/2026"); an event of that
day dropped ("Bỏ buổi giao lưu ngày 20/4/2026": the brief's ruling, the same as session 62's
"Bỏ lễ … ngày …", `calledoff`); a waiver in part ("Các xã được miễn giảm báo cáo trước …");
an invitation struck by its number ("(hủy giấy mời số 45/GM-UBND)"); a holder's guessed past
("Cán bộ có thể đã gia hạn nộp hồ sơ đến 30/6/2026", `holderleave`); a holder's own stop
until a day ("Doanh nghiệp tạm ngừng kinh doanh đến 30/6/2026", `stoppedbefore`). The first
rule, never a silent wrong date: each is refused with a reason and "ghi last_day …".

The forms follow the corpus's own: the ask of "Sở Xây dựng đề nghị UBND tỉnh cho phép gia hạn
thời gian trình đề xuất sang tháng 12-2025, thay vì trong tháng 11 như chỉ đạo trước đó"
(r-nld-lam-dong-trung-tam-hanh-chinh-2025, refused), the pause of "cho học sinh tạm dừng đến
trường kể từ ngày 12/05/2021" (zm-gdtx-nha-trang-sgddt-cv-1090-tam-dung-den-truong-2021).
Their neighbours read as before (`READ`): a request to a body below, a body above asked to do
its own work, a grant, a vote ("Bỏ phiếu"), a typo of "bổ sung", a holder's own extension, a
duty of a suspended business, a paper named with no striking.
"""

from __future__ import annotations

import pytest

from deadline_forms import read_days, refused

JANUARY = "2026-01-15"

REFUSED = [
    # leave asked: by the asker's name, through "chỉ đạo cho", of an event's host
    "Kiến nghị của Bộ cho phép kéo dài đến 31/12/2026",
    "Kiến nghị của Bộ: cho phép kéo dài đến 31/12/2026",
    "Đề nghị của Sở Tài chính cho phép kéo dài đến 31/12/2026",
    "Đề xuất của UBND huyện về việc cho phép gia hạn đến 30/6/2026",
    "2. Kiến nghị của tỉnh cho phép tiếp tục thực hiện đến 31/12/2026",
    "Kien nghi cua Bo cho phep keo dai den 31/12/2026",
    "Kiến nghị của Bộ Tài chính cho tỉnh được giải ngân đến 31/12/2026",
    "Đề nghị của UBND tỉnh cho tổ chức lễ hội vào ngày 20/4/2026",
    "Kiến nghị Bộ chỉ đạo cho các tỉnh tổ chức thi trước 30/6/2026",
    "Đề nghị UBND tỉnh chỉ đạo cho các huyện tổ chức thi trước 30/6/2026",
    "Mong Bộ chỉ đạo cho các tỉnh nộp hồ sơ đến 30/6/2026",
    "Kien nghi Bo chi dao cho cac tinh to chuc thi truoc 30/6/2026",
    "Đề nghị Ban Tổ chức cho đăng ký trước 30/6/2026",
    "Đề nghị Ban tổ chức cho học sinh tham gia trước 30/6/2026",
    "Đề nghị UBND tỉnh cho phép kéo dài thời gian thực hiện đến 31/12/2026",
    # an event of that day dropped (the brief's ruling)
    "Bỏ buổi giao lưu ngày 20/4/2026",
    "Bỏ cuộc thi ngày 20/4/2026",
    "Bỏ chuyến công tác ngày 20/4/2026",
    "Bỏ hội nghị ngày 20/4/2026",
    "Bỏ buổi sinh hoạt ngày 15/4/2026",
    "Bỏ buổi tiếp xúc cử tri ngày 15/4/2026",
    "Bỏ chương trình văn nghệ ngày 15/4/2026",
    "Bỏ đợt kiểm tra ngày 20/4/2026",
    "Bỏ sự kiện ngày 20/4/2026",
    "Bỏ giải đấu ngày 20/4/2026",
    "Bỏ cuộc gặp ngày 20/4/2026",
    "Bỏ hội diễn ngày 20/4/2026",
    "Bỏ buổi giao lưu vào ngày 20/4/2026",
    "Loại bỏ cuộc thi ngày 20/4/2026",
    "Bo buoi giao luu ngay 20/4/2026",
    "Bo cuoc thi ngay 20/4/2026",
    "Bo chuyen cong tac ngay 20/4/2026",
    "Bỏ tập huấn ngày 20/4/2026",
    "Bỏ lớp tập huấn ngày 20/4/2026",
    "Bỏ khóa học ngày 20/4/2026",
    "Bỏ tiết chào cờ ngày 20/4/2026",
    "Bỏ hoạt động ngoại khóa ngày 20/4/2026",
    "Cắt bỏ buổi giao lưu ngày 20/4/2026",
    "Gạch bỏ cuộc thi ngày 20/4/2026",
    "Bỏ qua buổi giao lưu ngày 20/4/2026",
    # ... or in the period it was in, and a duty waived for one
    "Bỏ lễ ra quân trong tháng 4/2026",
    "Bỏ buổi giao lưu trong tháng 4/2026",
    "Miễn báo cáo trong quý I/2026",
    "Miễn thi trong năm 2026",
    # a waiver in part
    "Các xã được miễn giảm báo cáo trước 30/6/2026",
    "Được miễn, giảm nộp báo cáo trước 30/6/2026",
    "Được miễn báo cáo trước 30/6/2026",
    "Miễn giảm báo cáo trước 30/6/2026",
    "Miễn, giảm kiểm tra trước 30/6/2026",
    "Tạm miễn báo cáo trước 30/6/2026",
    "Tam mien bao cao truoc 30/6/2026",
    "Cac xa duoc mien giam bao cao truoc 30/6/2026",
    "Duoc mien, giam nop bao cao truoc 30/6/2026",
    # an invitation or a notice struck by its number
    "Hội nghị ngày 20/4/2026 (hủy giấy mời số 45/GM-UBND)",
    "Hội nghị ngày 20/4/2026 (thu hồi giấy mời số 12/GM-VP)",
    "Hội nghị ngày 20/4/2026 (hủy Thông báo số 30/TB-UBND)",
    "Hội nghị ngày 20/4/2026 (thu hồi giấy mời)",
    "Hội nghị ngày 20/4/2026 (hủy giấy mời số 45/GM-UBND ngày 10/4/2026)",
    "Hội nghị ngày 20/4/2026 [hủy giấy mời số 45/GM-UBND]",
    "Hội nghị ngày 20/4/2026 - thu hồi giấy mời số 12/GM-VP",
    "Hoi nghi ngay 20/4/2026 (huy giay moi so 45/GM-UBND)",
    "Hoi nghi ngay 20/4/2026 (thu hoi giay moi so 12/GM-VP)",
    "Hội nghị ngày 20/4/2026 (hủy GM số 45/GM-UBND)",
    "Hội nghị ngày 20/4/2026 (thu hồi văn bản số 12/UBND-VP)",
    "Cuộc họp ngày 20/4/2026 (đã thu hồi giấy mời số 12/GM-VP)",
    # a holder's guessed past, a holder's own stop until a day
    "Cán bộ có thể đã gia hạn nộp hồ sơ đến 30/6/2026",
    "Người nộp thuế có thể đã gia hạn nộp thuế đến 30/9/2026",
    "Doanh nghiệp có thể đã được gia hạn nộp thuế đến 30/9/2026",
    "Chủ doanh nghiệp có thể tạm ngừng kinh doanh đến 30/6/2026",
    "Doanh nghiệp tạm ngừng kinh doanh đến 30/6/2026",
    "Doanh nghiệp tạm ngừng hoạt động đến 30/6/2026",
    "Doanh nghiệp đăng ký tạm ngừng kinh doanh đến 30/6/2026",
    "Hộ kinh doanh tạm ngừng kinh doanh đến 30/6/2026",
    "Cơ sở tạm ngừng hoạt động đến ngày 30/6/2026",
    "Các cơ sở được tạm ngừng hoạt động đến hết ngày 30/6/2026",
    "Doanh nghiệp bị đình chỉ hoạt động đến 30/6/2026",
    "Các cơ quan, đơn vị tạm dừng tiếp dân đến 30/6/2026",
    "Đơn vị được tạm dừng báo cáo đến 30/6/2026",
    "Học sinh tạm nghỉ học đến 30/6/2026",
]


@pytest.mark.parametrize("phrase", REFUSED)
def test_asked_dropped_waived_struck_or_paused_is_refused(phrase: str) -> None:
    assert "last_day" in refused(phrase)


# The refusals name what they read: the ask, the event dropped, the mark, the pause
@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("Kiến nghị của Bộ cho phép kéo dài đến 31/12/2026", "Kiến nghị của Bộ cho phép"),
        ("Kiến nghị Bộ chỉ đạo cho các tỉnh tổ chức thi trước 30/6/2026", "chỉ đạo cho"),
        ("Đề nghị Ban Tổ chức cho đăng ký trước 30/6/2026", "Ban Tổ chức cho"),
        ("Bỏ buổi giao lưu ngày 20/4/2026", "bỏ buổi giao lưu"),
        ("Các xã được miễn giảm báo cáo trước 30/6/2026", "miễn giảm báo cáo"),
        ("Hội nghị ngày 20/4/2026 (hủy giấy mời số 45/GM-UBND)", "hủy giấy mời số 45/GM-UBND"),
        ("Cán bộ có thể đã gia hạn nộp hồ sơ đến 30/6/2026", "có thể đã gia hạn"),
        ("Doanh nghiệp tạm ngừng kinh doanh đến 30/6/2026", "tạm ngừng"),
    ],
)
def test_refusal_names_the_words(phrase: str, said: str) -> None:
    assert said in refused(phrase)


# Read as on main: a step asked of units below, a body above asked to do its own work, a view
# asked, a grant, a vote, a typo of "bổ sung", a dropped event's new day asked for a step, a
# holder's own extension, a suspended business's duty, a paper named with no striking, a
# waiver's object that is no duty
READ = [
    ("Đề nghị các xã báo cáo trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Kiến nghị các sở hoàn thành trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    (
        "Kiến nghị các sở chỉ đạo các phòng hoàn thành trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Kiến nghị Bộ chỉ đạo các tỉnh tổ chức thi trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Đề nghị UBND tỉnh chỉ đạo các sở hoàn thành trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Đề nghị UBND huyện chỉ đạo cho các xã hoàn thành trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Đề nghị Sở Y tế chỉ đạo các bệnh viện báo cáo trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    ("Xin ý kiến chỉ đạo của UBND tỉnh trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Đề nghị Ban Tổ chức cho biết kết quả trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Đề nghị Ban Tổ chức gửi danh sách trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Đề nghị Ban Tổ chức Tỉnh ủy cho ý kiến trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Đề nghị Sở cho đăng ký trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Kiến nghị cửa hàng cho phép trả hàng đến 31/12/2026", "date", "2026-12-31", "2026-12-31"),
    ("Kiến nghị của cử tri được giải quyết trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    (
        "Kiến nghị của cử tri cho thấy cần hoàn thành trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Kiến nghị của cử tri cho đến nay được giải quyết trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    ("Đề nghị của Bộ: các tỉnh báo cáo trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Kiến nghị của cử tri phải được trả lời trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Đề nghị của các xã gửi về Sở trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    (
        "Đề nghị của Sở đã được UBND tỉnh chấp thuận cho phép kéo dài đến 31/12/2026",
        "date",
        "2026-12-31",
        "2026-12-31",
    ),
    (
        "Đề nghị của UBND huyện cho phép kéo dài đến 30/6/2026 được chấp thuận",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "UBND tỉnh đồng ý đề nghị của Sở cho phép kéo dài đến 31/12/2026",
        "date",
        "2026-12-31",
        "2026-12-31",
    ),
    (
        "Trên cơ sở đề nghị của Sở Nội vụ, cho phép kéo dài đến 31/12/2026",
        "date",
        "2026-12-31",
        "2026-12-31",
    ),
    (
        "Xét đề nghị của UBND huyện, UBND tỉnh đồng ý gia hạn thời gian thực hiện đến 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    ("Bỏ phiếu ngày 15/3/2026", "date", "2026-03-15", "2026-03-15"),
    ("Bỏ phiếu bầu cử ngày 15/3/2026", "date", "2026-03-15", "2026-03-15"),
    ("Bỏ phiếu bầu đại biểu Quốc hội ngày 15/3/2026", "date", "2026-03-15", "2026-03-15"),
    ("Bo phieu ngay 15/3/2026", "date", "2026-03-15", "2026-03-15"),
    ("Bo phieu bau cu ngay 15/3/2026", "date", "2026-03-15", "2026-03-15"),
    ("Bo sung ho so truoc 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("bỏ sung hồ sơ trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Bổ sung hồ sơ trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Tổ chức buổi giao lưu ngày 20/4/2026", "date", "2026-04-20", "2026-04-20"),
    ("Bỏ thầu ngày 20/4/2026", "date", "2026-04-20", "2026-04-20"),
    ("Bỏ phiếu trong tháng 3/2026", "window", "2026-03-01", "2026-03-31"),
    ("Hủy hồ sơ trong tháng 4/2026", "window", "2026-04-01", "2026-04-30"),
    ("Cuộc thi ngày 20/4/2026", "date", "2026-04-20", "2026-04-20"),
    ("Bỏ buổi giao lưu trước ngày 20/4/2026", "date", "2026-04-20", "2026-04-20"),
    ("Bỏ cuộc ngày 20/4/2026", "date", "2026-04-20", "2026-04-20"),
    ("Thí sinh bỏ cuộc ngày 20/4/2026", "date", "2026-04-20", "2026-04-20"),
    ("Bỏ tiền túi tổ chức buổi giao lưu ngày 20/4/2026", "date", "2026-04-20", "2026-04-20"),
    ("Miễn giảm học phí trước ngày 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Miễn giảm thuế trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Giảm báo cáo trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Tạm miễn thuế trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Bo bao cao truoc 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Được hỗ trợ báo cáo trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    (
        "Các xã được miễn giảm báo cáo phải nộp trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Các xã được miễn giảm thuế, nộp báo cáo trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Đối tượng được miễn giảm học phí nộp hồ sơ trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    ("Hội nghị ngày 20/4/2026 (giấy mời số 45/GM-UBND)", "date", "2026-04-20", "2026-04-20"),
    (
        "Hội nghị ngày 20/4/2026 (gửi kèm giấy mời số 45/GM-UBND)",
        "date",
        "2026-04-20",
        "2026-04-20",
    ),
    ("Hội nghị ngày 20/4/2026 (thu hồi vốn)", "date", "2026-04-20", "2026-04-20"),
    ("Báo cáo trước ngày 20/4/2026 (thu hồi đất)", "date", "2026-04-20", "2026-04-20"),
    (
        "Lịch chi trả bồi thường ngày 15/7/2026 cho hộ bị thu hồi",
        "date",
        "2026-07-15",
        "2026-07-15",
    ),
    (
        "Doanh nghiệp có thể được gia hạn nộp thuế đến 30/9/2026",
        "date",
        "2026-09-30",
        "2026-09-30",
    ),
    (
        "Người nộp thuế có thể gia hạn nộp thuế đến ngày 30/9/2026",
        "date",
        "2026-09-30",
        "2026-09-30",
    ),
    (
        "Các hộ có thể gia hạn hợp đồng thuê đất đến năm 2030",
        "date",
        "2030-12-31",
        "2030-12-31",
    ),
    (
        "Cán bộ mới có thể gia hạn nộp hồ sơ đến ngày 20/4/2026",
        "date",
        "2026-04-20",
        "2026-04-20",
    ),
    (
        "Doanh nghiệp tạm ngừng kinh doanh phải thông báo trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Doanh nghiệp tạm ngừng kinh doanh nộp báo cáo trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Doanh nghiệp không ngừng nâng cao chất lượng đến năm 2030",
        "date",
        "2030-12-31",
        "2030-12-31",
    ),
    ("Doanh nghiệp được tạm nộp thuế đến 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    (
        "Doanh nghiệp phấn đấu không ngừng đổi mới đến năm 2030",
        "date",
        "2030-12-31",
        "2030-12-31",
    ),
    ("Đơn vị hoàn thành thi công đến 30/6/2026", "date", "2026-06-30", "2026-06-30"),
]


@pytest.mark.parametrize(("phrase", "kind", "first", "last"), READ)
def test_neighbours_read_as_before(phrase: str, kind: str, first: str, last: str) -> None:
    assert read_days(phrase, JANUARY) == (kind, first, last)


# Refused on main already and still: a dropped event moved, a negation, a grant told after
# the day (words after it the label cannot read), a suspension's own span reads as its window
@pytest.mark.parametrize(
    "phrase",
    [
        "Bỏ buổi giao lưu ngày 20/4/2026, tổ chức vào ngày 25/4/2026",
        "Bỏ cuộc thi ngày 20/4/2026, chuyển sang ngày 25/4/2026",
        "Không bỏ buổi giao lưu ngày 20/4/2026",
        "Các xã không được miễn giảm báo cáo trước 30/6/2026",
        "Hội nghị ngày 20/4/2026 (không hủy giấy mời số 45/GM-UBND)",
        "Kiến nghị của doanh nghiệp cho phép nộp chậm đến 30/6/2026 đã được UBND tỉnh đồng ý",
        "Cán bộ có thể đã kéo dài thời gian nộp hồ sơ đến 30/6/2026",
        "Doanh nghiệp có thể gia hạn thời gian tạm ngừng kinh doanh đến 30/6/2026",
    ],
)
def test_still_refused(phrase: str) -> None:
    assert refused(phrase)


def test_suspension_with_its_span_reads_as_its_window() -> None:
    assert read_days("Doanh nghiệp tạm ngừng kinh doanh từ 1/4 đến 30/6/2026", JANUARY) == (
        "window",
        "2026-04-01",
        "2026-06-30",
    )
