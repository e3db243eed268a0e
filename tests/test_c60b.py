"""Session 60, helper c60b: branch c60 narrowed where a fresh tester (629 phrases, /tmp/tc60)
found it lost main's right readings; each is read as on main again, c60's targets stay refused.

Narrowed (`kehoach.dates.calledoff`, `movedoff`, `steps`): an asked move's long reach stops
at a comma ("Đề nghị gia hạn thời gian thực hiện dự án, gửi văn bản về Sở Tài chính đến ngày
30/6/2026": a new clause with its own step), skips a paper filed ("Hồ sơ đề nghị gia hạn giấy
phép khai thác nộp về Sở đến ngày 15/6/2026") and keeps main's five words when asked of a body
below ("Đề nghị UBND các xã kéo dài thời gian niêm yết công khai đến ngày 30/6/2026"); "thay
vì" only after the asker's own work and "vào/trong" ("Đề nghị Sở Tài chính nộp báo cáo trước
ngày 15/9/2026 thay vì ngày 30/9/2026" sets a deadline); "có thay đổi" only right after a
meeting's day; "lịch trực" and a change put up ("Trình UBND tỉnh điều chỉnh …") left as on
main; a round, an exam, a class moved only when told made ("Thí sinh xin hoãn thi nộp đơn
trước ngày 15/6/2026" is a filing deadline); "(thu hồi)" only right after the day of a paper
opening the phrase ("… cho các hộ có đất bị thu hồi" is land taken back); a work given up over
a span only from an allow-list (xuống giống, gieo sạ, tổ chức, họp, thi đấu …) and a full span
("Hủy hồ sơ lưu trữ hết giá trị từ … đến …" destroys papers, "Bãi bỏ thu phí tham quan từ ngày
1/7/2026" takes effect); a ban opening a calendar line only as its first word ("Ngày 10-15/12
xuống giống, nghiêm cấm gieo sạ ngoài lịch" sows). The phrases are the tester's, written like
the corpus's ("Lịch họp ngày …" forms as in test_c60; the ban's window convention from
f-binh-thuan-cv-4008-2016-cam-khai-thac).
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused

MARCH = "2026-03-01"

# Each phrase with main's reading (kind, first, last), issued 01/03/2026
READS_AS_MAIN = [
    (
        "Đề nghị gia hạn thời gian thực hiện dự án, gửi văn bản về Sở Tài chính đến ngày 30/6/2026",
        "DATE",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Đề xuất kéo dài thời gian thực hiện dự án, gửi về Sở Kế hoạch và Đầu tư đến ngày 30/6/2026",
        "DATE",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Xem xét gia hạn giấy phép, trả kết quả cho tổ chức đến ngày 30/6/2026",
        "DATE",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Đề nghị Sở Nội vụ gia hạn hợp đồng lao động, gửi danh sách về UBND tỉnh đến ngày 15/7/2026",
        "DATE",
        "2026-07-15",
        "2026-07-15",
    ),
    (
        "Các ngân hàng xem xét gia hạn nợ, giãn nợ cho khách hàng bị ảnh hưởng bởi bão, thực hiện đến ngày 31/12/2026",
        "DATE",
        "2026-12-31",
        "2026-12-31",
    ),
    (
        "Hồ sơ đề nghị gia hạn giấy phép khai thác nộp về Sở đến ngày 15/6/2026",
        "DATE",
        "2026-06-15",
        "2026-06-15",
    ),
    (
        "Hồ sơ đề nghị gia hạn giấy phép khai thác khoáng sản nộp về Sở Tài nguyên và Môi trường đến ngày 15/6/2026",
        "DATE",
        "2026-06-15",
        "2026-06-15",
    ),
    (
        "Đề xuất đợt cao điểm kéo dài từ ngày 1/4 đến ngày 30/4/2026",
        "WINDOW",
        "2026-04-01",
        "2026-04-30",
    ),
    (
        "Đề nghị Quý cơ quan lưu ý thời hạn nộp là ngày 30/9/2026 thay vì ngày 30/6/2026",
        "DATE",
        "2026-09-30",
        "2026-09-30",
    ),
    (
        "Đề nghị nộp hồ sơ trước ngày 30/9/2026 (thay vì ngày 30/6/2026 như thông báo trước)",
        "DATE",
        "2026-09-30",
        "2026-09-30",
    ),
    (
        "Đề nghị Sở Y tế chủ động báo cáo trước ngày 15/6/2026 thay vì đợi đến ngày 30/6/2026",
        "DATE",
        "2026-06-15",
        "2026-06-15",
    ),
    (
        "Đề nghị Sở Tài chính nộp báo cáo trước ngày 15/9/2026 thay vì ngày 30/9/2026",
        "DATE",
        "2026-09-15",
        "2026-09-15",
    ),
    (
        "Đề nghị UBND huyện Tân Phú nộp báo cáo trước ngày 15/9/2026 thay vì ngày 30/9/2026",
        "DATE",
        "2026-09-15",
        "2026-09-15",
    ),
    (
        "Đề nghị Sở Giao thông tổ chức phân luồng từ ngày 15/6/2026 thay vì ngày 20/6/2026",
        "DATE",
        "None",
        "None",
    ),
    (
        "Đề nghị UBND các xã kéo dài thời gian niêm yết công khai đến ngày 30/6/2026",
        "DATE",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Đề nghị UBND các huyện gia hạn thời gian tiếp nhận hồ sơ đăng ký đến ngày 30/6/2026",
        "DATE",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Đề nghị UBND các huyện lùi thời gian nộp hồ sơ đăng ký dự tuyển sang ngày 30/9/2026",
        "DATE",
        "2026-09-30",
        "2026-09-30",
    ),
    (
        "Đề nghị Sở Y tế kéo dài thời gian tiếp nhận hồ sơ đến ngày 30/9/2026",
        "DATE",
        "2026-09-30",
        "2026-09-30",
    ),
    (
        "Cập nhật danh sách trước ngày 15/3/2026 đối với hộ có thay đổi",
        "DATE",
        "2026-03-15",
        "2026-03-15",
    ),
    (
        "Rà soát hộ nghèo trước ngày 15/3/2026, nhất là các hộ có thay đổi",
        "DATE",
        "2026-03-15",
        "2026-03-15",
    ),
    ("Báo cáo trước ngày 15/3/2026 những nội dung có thay đổi", "DATE", "2026-03-15", "2026-03-15"),
    (
        "Điều chỉnh hồ sơ địa chính trước ngày 15/3/2026 đối với thửa đất có thay đổi",
        "DATE",
        "2026-03-15",
        "2026-03-15",
    ),
    (
        "Kê khai lại trước ngày 15/7/2026 trường hợp thông tin có thay đổi",
        "DATE",
        "2026-07-15",
        "2026-07-15",
    ),
    ("Cập nhật trước ngày 15/7/2026 các chỉ tiêu có thay đổi", "DATE", "2026-07-15", "2026-07-15"),
    (
        "Trình UBND tỉnh điều chỉnh lịch tiếp công dân trong tháng 7/2026",
        "WINDOW",
        "2026-07-01",
        "2026-07-31",
    ),
    ("Đổi lịch trực ngày 15/4/2026 cho đồng chí A", "DATE", "2026-04-15", "2026-04-15"),
    ("Thí sinh xin hoãn thi nộp đơn trước ngày 15/6/2026", "DATE", "2026-06-15", "2026-06-15"),
    (
        "Thí sinh có đơn xin hoãn thi gửi về Hội đồng thi trước ngày 15/6/2026",
        "DATE",
        "2026-06-15",
        "2026-06-15",
    ),
    (
        "Tổng hợp danh sách thí sinh xin hoãn thi trước ngày 15/6/2026",
        "DATE",
        "2026-06-15",
        "2026-06-15",
    ),
    ("Tiếp nhận đơn đề nghị hoãn thi trước ngày 15/6/2026", "DATE", "2026-06-15", "2026-06-15"),
    ("Học sinh xin dời lớp nộp đơn trước ngày 15/6/2026", "DATE", "2026-06-15", "2026-06-15"),
    ("Hồ sơ xin hoãn kiểm tra nộp trước ngày 15/6/2026", "DATE", "2026-06-15", "2026-06-15"),
    ("Giải quyết đơn xin hoãn tập huấn trước ngày 15/6/2026", "DATE", "2026-06-15", "2026-06-15"),
    ("Thời gian nhận đơn xin lùi thi: đến ngày 15/6/2026", "DATE", "2026-06-15", "2026-06-15"),
    (
        "Kế hoạch bồi thường, hỗ trợ, tái định cư hoàn thành trước ngày 30/9/2026 cho các hộ có đất bị thu hồi",
        "DATE",
        "2026-09-30",
        "2026-09-30",
    ),
    (
        "Ke hoach boi thuong, ho tro, tai dinh cu hoan thanh truoc ngay 30/9/2026 cho cac ho co dat bi thu hoi",
        "DATE",
        "2026-09-30",
        "2026-09-30",
    ),
    (
        "Thông báo thu hồi đất trước ngày 30/6/2026 đối với các hộ có đất bị thu hồi",
        "DATE",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Kế hoạch thu hồi nợ đọng thuế: đến ngày 31/12/2026 toàn bộ số nợ phải được thu hồi",
        "DATE",
        "2026-12-31",
        "2026-12-31",
    ),
    (
        "Lập kế hoạch tái định cư trước ngày 30/6/2026 cho diện tích đã thu hồi",
        "DATE",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Thông báo chi trả tiền bồi thường trước ngày 15/7/2026 cho các hộ bị thu hồi",
        "DATE",
        "2026-07-15",
        "2026-07-15",
    ),
    (
        "Lịch chi trả bồi thường ngày 15/7/2026 cho hộ bị thu hồi",
        "DATE",
        "2026-07-15",
        "2026-07-15",
    ),
    (
        "Lịch tiếp nhận hồ sơ ngày 15/7/2026 của các hộ bị thu hồi",
        "DATE",
        "2026-07-15",
        "2026-07-15",
    ),
    (
        "Kế hoạch giải phóng mặt bằng hoàn thành trước ngày 30/9/2026, bàn giao toàn bộ diện tích đã thu hồi",
        "DATE",
        "2026-09-30",
        "2026-09-30",
    ),
    (
        "Thông báo nộp tiền trước ngày 30/9/2026 đối với các khoản nợ đã được thu hồi",
        "DATE",
        "2026-09-30",
        "2026-09-30",
    ),
    (
        "Hủy hồ sơ lưu trữ hết giá trị từ ngày 1/10/2026 đến ngày 15/10/2026",
        "WINDOW",
        "2026-10-01",
        "2026-10-15",
    ),
    (
        "Hủy tài liệu hết giá trị từ ngày 1/10 đến ngày 15/10/2026",
        "WINDOW",
        "2026-10-01",
        "2026-10-15",
    ),
    (
        "Hủy đàn gia cầm mắc bệnh từ ngày 1/3 đến ngày 10/3/2026",
        "WINDOW",
        "2026-03-01",
        "2026-03-10",
    ),
    ("Hủy mẫu vật từ ngày 1/3 đến ngày 10/3/2026", "WINDOW", "2026-03-01", "2026-03-10"),
    (
        "Hủy phôi bằng tốt nghiệp hỏng từ ngày 1/3 đến ngày 10/3/2026",
        "WINDOW",
        "2026-03-01",
        "2026-03-10",
    ),
    ("Hủy vé tàu từ ngày 1/3 đến ngày 10/3/2026", "WINDOW", "2026-03-01", "2026-03-10"),
    (
        "Hoan thue gia tri gia tang cho doanh nghiep tu ngay 1/7/2026 den ngay 15/7/2026",
        "WINDOW",
        "2026-07-01",
        "2026-07-15",
    ),
    ("Bãi bỏ thu phí tham quan từ ngày 1/7/2026", "DATE", "None", "None"),
    ("Bãi bỏ các thủ tục hành chính từ ngày 15/7/2026", "DATE", "None", "None"),
    ("Bãi bỏ Quyết định số 15/2020/QĐ-UBND kể từ ngày 01/7/2026", "DATE", "None", "None"),
    ("Hủy niêm yết cổ phiếu từ ngày 15/7/2026", "DATE", "None", "None"),
    ("Hủy đăng ký kinh doanh đối với doanh nghiệp từ ngày 15/7/2026", "DATE", "None", "None"),
    ("Hủy kết quả trúng thầu từ ngày 15/7/2026", "DATE", "None", "None"),
    (
        "Ngày 10-15/12 xuống giống, nghiêm cấm gieo sạ ngoài lịch",
        "WINDOW",
        "2026-12-10",
        "2026-12-15",
    ),
    ("Ngày 10-15/12 tuyên truyền lệnh cấm đốt rơm rạ", "WINDOW", "2026-12-10", "2026-12-15"),
    ("Ngày 10-15/12 tiêu hủy giống nhiễm bệnh", "WINDOW", "2026-12-10", "2026-12-15"),
    ("Ngày 10-15/12 hủy giống nhiễm bệnh", "WINDOW", "2026-12-10", "2026-12-15"),
    ("Ngày 10-15/12 tổng vệ sinh, nghỉ bán hàng", "WINDOW", "2026-12-10", "2026-12-15"),
    # typed bare, as main reads them
    (
        "De nghi UBND cac xa keo dai thoi gian niem yet cong khai den ngay 30/6/2026",
        "DATE",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "De nghi So Y te keo dai thoi gian tiep nhan ho so den ngay 30/9/2026",
        "DATE",
        "2026-09-30",
        "2026-09-30",
    ),
]


@pytest.mark.parametrize(("phrase", "kind", "first", "last"), READS_AS_MAIN)
def test_reads_as_main(phrase: str, kind: str, first: str, last: str) -> None:
    """The tester's phrases c60 refused and main read right: read as main again."""
    reading_kind, reading_first, reading_last = read_days(phrase, MARCH)
    assert (getattr(reading_kind, "name", reading_kind), reading_first, reading_last) == (
        kind,
        first,
        last,
    )


# The neighbours: a move asked up or with no addressee, a new time asked "vào … thay vì", a
# meeting's schedule changed or withdrawn, a work given up over a span, a ban opening a line
STAYS_REFUSED = [
    "Đề nghị cho phép kéo dài thời gian giải ngân kế hoạch vốn năm 2025 sang năm 2026",
    "Đề nghị Bộ xem xét, cho phép kéo dài đến 30/6/2026",
    "Đề nghị Bộ Tài chính cho phép kéo dài thời gian thực hiện dự án đến ngày 30/6/2026",
    "Đề nghị Chính phủ cho phép kéo dài thời gian giải ngân vốn năm 2025 sang năm 2026",
    "Đề nghị Thủ tướng Chính phủ kéo dài thời gian thực hiện dự án đường tỉnh sang năm 2027",
    "Đề nghị UBND tỉnh gia hạn thời gian thực hiện dự án nhà ở xã hội đến ngày 30/9/2026",
    "Kiến nghị Bộ cho phép tỉnh kéo dài thời gian thực hiện dự án đường tỉnh 391 sang năm 2027",
    "Kiến nghị kéo dài thời gian thực hiện và giải ngân vốn ngân sách trung ương năm 2025 sang năm 2026",
    "Xin chủ trương kéo dài thời gian thực hiện dự án đến ngày 30/6/2026",
    "Xin gia hạn thời gian hoàn thành hồ sơ dự án nhà ở xã hội số 2 đến ngày 30/9/2026",
    "Đề nghị gia hạn thời gian thực hiện dự án đến ngày 30/6/2026",
    "Đề xuất kéo dài thời gian thực hiện dự án đến ngày 30/6/2026",
    "Đề nghị giãn thời hạn nộp báo cáo đến 30/6/2026",
    "Xin hoãn thi sang ngày 20/6/2026",
    "Đề nghị Sở lùi lịch thi sang ngày 20/6/2026",
    "Trình UBND tỉnh xem xét dời lịch họp sang ngày 20/4/2026",
    "Sở Xây dựng đề nghị UBND tỉnh xem xét, đồng ý cho gia hạn đến 30/6/2026",
    "Đề nghị hoàn thành vào ngày 30/9/2026 thay vì ngày 30/6/2026",
    "Kiến nghị hoàn thành trong tháng 9/2026 thay vì tháng 6/2026",
    "Xin hoàn thành vào ngày 30/9/2026 thay vì ngày 30/6/2026",
    "Đề xuất tổ chức vào ngày 20/6/2026 thay vì ngày 15/6/2026",
    "Lịch họp ngày 15/4/2026 có thay đổi",
    "Lịch họp ngày 15/7/2026 sẽ có thay đổi",
    "Lịch họp ngày 15/7/2026 đã có thay đổi",
    "Cuộc họp ngày 15/7/2026 có sự thay đổi",
    "Thông báo lịch họp ngày 15/7/2026 có thay đổi",
    "Đổi lịch họp ngày 15/4/2026",
    "Đổi lịch tiếp công dân ngày 15/4/2026",
    "Điều chỉnh lịch họp ngày 15/4/2026",
    "Chuyển lịch họp ngày 15/4/2026",
    "Dời đợt kiểm tra ngày 15/4/2026",
    "Lùi thi tuyển viên chức ngày 15/4/2026",
    "Dời lớp tập huấn ngày 15/4/2026",
    "Hoãn thi ngày 15/6/2026",
    "Xin hoãn thi sang ngày 20/6/2026 nhưng chưa được chấp thuận",
    "Giấy mời họp ngày 15/7/2026 (thu hồi)",
    "Giấy mời họp ngày 15/7/2026 bị thu hồi",
    "Giấy triệu tập họp ngày 15/7/2026 (đã thu hồi)",
    "Thông báo lịch tiếp công dân ngày 15/7/2026 đã bị thu hồi",
    "Giay moi hop ngay 15/7/2026 (thu hoi)",
    "hủy xuống giống từ ngày 10/12 đến 15/12",
    "hoãn xuống giống từ ngày 10/12 đến 15/12",
    "Hủy bỏ thi đấu từ ngày 10/12 đến 15/12/2026",
    "Hoãn tổ chức lễ hội từ ngày 10/12 đến 15/12/2026",
    "Hủy họp từ ngày 10/12 đến 15/12/2026",
    "Tạm hoãn tập huấn từ ngày 10/12 đến 15/12/2026",
    "huy xuong giong tu ngay 10/12 den 15/12",
    "Hoãn tổ chức Hội nghị ngày 15/3/2026",
    "ngày 10-15/12 cấm xuống giống",
    "Ngày 10-15/12 tạm dừng tiếp dân",
    "Trong các ngày 10-15/12 nghiêm cấm đốt rơm rạ",
    "Ngày 10-15/12 nghỉ bán hàng",
    "Ngày 10-15/12 hoãn xuống giống",
    "Ngày 10-15/12 ngừng cấp nước",
    "Đề nghị Bộ Nội vụ lùi thời gian thi tuyển công chức sang tháng 9/2026",
    "Đề nghị UBND tỉnh cho phép kéo dài thời gian thực hiện dự án đầu tư xây dựng trường học sang năm 2027",
    "Xin kéo dài thời gian thực hiện dự án đầu tư xây dựng trường học sang năm 2027",
    "Đề xuất gia hạn thời gian thực hiện gói thầu số 5 đến ngày 30/9/2026",
    "Đề nghị Chính phủ xem xét, cho phép lùi thời hạn quyết toán vốn năm 2025 sang năm 2026",
    "Kiến nghị Trung ương kéo dài thời gian giải ngân vốn đầu tư công năm 2025 sang năm 2026",
    "Xin được gia hạn thời gian thực hiện hợp đồng thi công xây lắp đến ngày 30/9/2026",
    "Xin lùi thi sang ngày 20/6/2026",
    "Xin dời lớp tập huấn sang ngày 20/6/2026",
    "Đề nghị hoãn kiểm tra sang ngày 20/6/2026",
    "Đã dời đợt kiểm tra ngày 15/4/2026",
    "Lùi lớp tập huấn ngày 15/4/2026",
    "Dời thi ngày 15/6/2026",
    "Dời kỳ thi ngày 15/6/2026",
    "Lịch họp giao ban ngày 15/7/2026 có thay đổi",
    "Buổi họp ngày 15/7/2026 có thay đổi",
    "Phiên họp ngày 15/7/2026 sẽ có thay đổi.",
    "Thông báo họp ngày 15/7/2026 (thu hồi)",
    "Lịch họp ngày 15/7/2026 bị thu hồi",
    "Giấy mời họp ngày 15/7/2026 đã bị thu hồi",
    "Giấy mời dự hội nghị ngày 15/7/2026 (đã thu hồi)",
    "Hủy lễ hội từ ngày 10/12 đến 15/12/2026",
    "Thôi tổ chức giao ban từ ngày 1/7 đến 15/7/2026",
    "Hoãn tiếp công dân từ ngày 1/7 đến ngày 15/7/2026",
    "Bãi bỏ họp giao ban từ ngày 1/7 đến ngày 15/7/2026",
    "Hoãn hội nghị từ ngày 1/7 đến ngày 15/7/2026",
    "Hủy gieo sạ từ ngày 10/12 đến 15/12/2026",
    "Ngày 10-15/12 tạm ngừng cấp điện",
    "Ngày 10-15/12 nghiêm cấm gieo sạ",
    "Ngày 10-15/12 dừng tiếp nhận hồ sơ",
    "Đổi lịch họp giao ban ngày 15/4/2026",
    "Thay đổi lịch tiếp công dân ngày 15/4/2026",
    "De nghi Bo Tai chinh keo dai thoi gian giai ngan ke hoach von nam 2025 sang nam 2026",
    "De nghi UBND tinh gia han thoi gian thuc hien du an nha o xa hoi den ngay 30/9/2026",
]


@pytest.mark.parametrize("phrase", STAYS_REFUSED)
def test_c60_s_targets_and_neighbours_stay_refused(phrase: str) -> None:
    """Asked up, asked with no addressee, changed, withdrawn, given up, banned: refused with a
    way out, as on c60."""
    why = refused(phrase, ctx(MARCH))
    assert "last_day" in why or "history" in why
