"""Session 64, helper d64b: d64's refusals that took right readings of main, and the holes
its fresh tester found (/tmp/td64, the tester's phrases, written around the corpus's forms).

LOSSES (right on main, refused by d64), read as on main again (`READ_AGAIN`):

- a pause ordered or due ("Doanh nghiệp phải tạm ngừng kinh doanh trước 30/6/2026", "…
  buộc …", "Các cơ sở vi phạm tạm ngừng hoạt động trước …": a sanction, an order due by
  then), or a step of the holder's named after it ("Doanh nghiệp tạm ngừng kinh doanh thông
  báo trước 30/6/2026": the notice due), `stoppedbefore._held_pause`;
- a business never ceasing a goal ("Doanh nghiệp không ngừng hoạt động hiệu quả đến năm
  2030", "… hoạt động từ thiện …"): only a business word right before the time is a denied
  stop, `stoppedbefore._DENIED_STOP`;
- "giao" matched on the fold: "sổ", "số", "sở hữu" all fold to "so", "các" opens any object
  ("Đề xuất UBND tỉnh giao sổ đỏ cho người dân trước …", "… giao các chỉ tiêu kinh tế …"), and
  "giao cho thuê" lets out land; the body handed the step is now matched as printed
  (`leaveasked._HANDED_BODY`).

HOLES (read as due on main and on d64), now refused with a reason and "ghi last_day" (`REFUSED`):
the hand-over in capitals, "giao nhiệm vụ cho", told made ("Đã đề xuất …"), proposed to a
Sở ("Đề xuất Sở Y tế giao cho bệnh viện …"); any step skipped after "bỏ (qua) bước/khâu";
"tạm thời ngừng"; a tax period told not paid, planned, or urged on named payers; a paper struck
by its number after a comma in more spellings ("QĐ", "kế hoạch", "quyết định triệu tập").
The corpus's own forms: the tax office's "Nộp hồ sơ khai thuế theo tháng cho kỳ tính thuế
tháng 12/2025, …" (s-vietnamnet-thue-quang-tri-3-moc-2026), the holder's stop of session 63
(tests/test_b63b.py).
"""

from __future__ import annotations

import pytest

from deadline_forms import read_days, refused

JANUARY = "2026-01-10"
JUNE_30 = ("date", "2026-06-30", "2026-06-30")
YEAR_2030 = ("date", "2030-12-31", "2030-12-31")

# The tester's losses: read as on main
READ_AGAIN = [
    # an order or a duty to pause, a sanction: due by then
    ("Doanh nghiệp phải tạm ngừng kinh doanh trước 30/6/2026", JUNE_30),
    ("Doanh nghiệp buộc tạm ngừng kinh doanh trước 30/6/2026", JUNE_30),
    ("Cơ sở phải tạm ngừng hoạt động trước ngày 30/6/2026", JUNE_30),
    ("Các cơ sở vi phạm tạm ngừng hoạt động trước ngày 30/6/2026", JUNE_30),
    ("Doanh nghiệp bị buộc tạm ngừng kinh doanh trước 30/6/2026", JUNE_30),
    # the notice the step due
    ("Doanh nghiệp tạm ngừng kinh doanh thông báo trước 30/6/2026", JUNE_30),
    ("Hộ kinh doanh tạm ngừng kinh doanh gửi thông báo trước 30/6/2026", JUNE_30),
    # never ceasing a goal
    ("Doanh nghiệp không ngừng hoạt động từ thiện đến năm 2030", YEAR_2030),
    ("Doanh nghiệp không ngừng hoạt động đổi mới sáng tạo đến năm 2030", YEAR_2030),
    ("Doanh nghiệp không ngừng hoạt động hiệu quả đến năm 2030", YEAR_2030),
    ("Doanh nghiệp không ngừng sản xuất kinh doanh hiệu quả đến năm 2030", YEAR_2030),
    # "giao" before no body: a thing handed out, let out
    ("Đề xuất UBND tỉnh giao sổ đỏ cho người dân trước 30/6/2026", JUNE_30),
    ("Đề nghị UBND tỉnh giao sổ đỏ cho các hộ trước 30/6/2026", JUNE_30),
    ("Đề xuất UBND tỉnh giao số lượng người làm việc trước 30/6/2026", JUNE_30),
    ("Đề xuất UBND tỉnh giao số biên chế còn thiếu trước 30/6/2026", JUNE_30),
    ("Đề xuất UBND tỉnh giao các dự án đầu tư công trước 30/6/2026", JUNE_30),
    ("Đề xuất Bộ Tài chính giao các khoản dự toán trước 30/6/2026", JUNE_30),
    ("Đề xuất UBND tỉnh giao các chỉ tiêu kinh tế trước 30/6/2026", JUNE_30),
    ("Đề xuất UBND tỉnh giao trung tâm thương mại cho nhà đầu tư trước 30/6/2026", JUNE_30),
    ("Đề xuất UBND tỉnh giao cho thuê đất trước 30/6/2026", JUNE_30),
    ("Đề xuất UBND tỉnh giao cho vay vốn trước 30/6/2026", JUNE_30),
    ("Đề xuất UBND tỉnh giao sở hữu đất trước 30/6/2026", JUNE_30),
    ("Đề xuất UBND tỉnh giao số vốn còn lại trước 30/6/2026", JUNE_30),
    # typed bare, no body the fold cannot confuse
    ("Đề xuất UBND tỉnh giao cac so thuc hien truoc 30/6/2026", JUNE_30),
    ("De xuat UBND tinh giao cho so lieu truoc 30/6/2026", JUNE_30),
]


@pytest.mark.parametrize(("phrase", "reading"), READ_AGAIN)
def test_right_reading_of_main_kept(phrase: str, reading: tuple[str, str, str]) -> None:
    assert read_days(phrase, JANUARY) == reading


# The tester's holes, and d64's refusals these fixes must keep
REFUSED = [
    # the holder's own pause before a day, hedged or told (d64), "tạm thời" too
    "Doanh nghiệp tạm ngừng kinh doanh trước 30/6/2026",
    "Doanh nghiệp có thể tạm ngừng kinh doanh trước 30/6/2026",
    "Doanh nghiệp tạm thời ngừng kinh doanh trước 30/6/2026",
    "Hộ kinh doanh được tạm ngừng kinh doanh trước 30/6/2026",
    "Doanh nghiệp tạm thời ngừng kinh doanh đến 30/6/2026",
    # a stop the holder may take, for good or for a while, or has the right to
    "Doanh nghiệp có thể ngừng kinh doanh trước 30/6/2026",
    "Hộ kinh doanh được phép ngừng kinh doanh trước 30/6/2026",
    "Chủ hộ kinh doanh có quyền tạm ngừng kinh doanh trước 30/6/2026",
    # a denied stop, the business word right before the time, several of them
    "Doanh nghiệp không ngừng kinh doanh đến 30/6/2026",
    "Doanh nghiệp không ngừng sản xuất, kinh doanh đến 30/6/2026",
    "Doanh nghiệp không ngừng hoạt động sản xuất đến hết năm 2026",
    "Cửa hàng không đóng cửa đến 30/6/2026",
    "Nhiều doanh nghiệp không ngừng kinh doanh đến 30/6/2026",
    "DN không ngừng kinh doanh đến 30/6/2026",
    "Doanh nghiệp không được ngừng hoạt động trước 30/6/2026",
    # a step handed to a body, as printed, in capitals, with "nhiệm vụ", told made, to a Sở
    "Đề xuất UBND tỉnh giao cho Sở Nội vụ tổ chức trước 30/6/2026",
    "Đề xuất UBND tỉnh giao Sở Nội vụ tổ chức trước 30/6/2026",
    "Đề xuất UBND tỉnh giao các sở thực hiện trước 30/6/2026",
    "Đề xuất UBND tỉnh giao các sở, ngành thực hiện trước 30/6/2026",
    "Đề xuất UBND tỉnh giao ubnd các huyện thực hiện trước 30/6/2026",
    "ĐỀ XUẤT UBND TỈNH GIAO CÁC SỞ THỰC HIỆN TRƯỚC 30/6/2026",
    "ĐỀ XUẤT UBND TỈNH GIAO SỞ NỘI VỤ THỰC HIỆN TRƯỚC 30/6/2026",
    "Đề xuất UBND tỉnh giao nhiệm vụ cho Sở Nội vụ trước 30/6/2026",
    "Đã đề xuất UBND tỉnh giao cho Sở Nội vụ tổ chức trước 30/6/2026",
    "Đề xuất Sở Y tế giao cho bệnh viện tiếp tục thực hiện đến 31/12/2026",
    "Đề xuất Phòng Giáo dục giao cho các trường tổ chức thi trước 30/6/2026",
    "Đề xuất Sở Giao thông vận tải giao cho Ban QLDA thực hiện trước 30/6/2026",
    "De xuat UBND tinh giao cho So Noi vu to chuc truoc 30/6/2026",
    "De xuat UBND tinh giao cho ubnd cac huyen thuc hien truoc 30/6/2026",
    # any step skipped after "bước", "khâu"
    "Bỏ qua bước thẩm định trước 30/6/2026",
    "Bỏ qua các bước thẩm định trước 30/6/2026",
    "Bỏ qua khâu lấy ý kiến trước 30/6/2026",
    "Bỏ bước thẩm định trước 30/6/2026",
    "Bo qua buoc tham dinh truoc 30/6/2026",
    "Được bỏ qua bước kiểm tra trước 30/6/2026",
    "Đã được bỏ qua bước kiểm tra trước 30/6/2026",
    # a tax period told not paid, planned, urged on named payers, its papers checked
    "Chưa nộp thuế tháng 5/2026",
    "Dự kiến nộp thuế tháng 5/2026",
    "Dự kiến nộp thuế tháng 5, 6/2026",
    "Doanh nghiệp phải nộp thuế tháng 5/2026",
    "Đôn đốc các doanh nghiệp nộp thuế tháng 5/2026",
    "Đôn đốc thu nộp thuế tháng 5/2026",
    "Kiểm tra hồ sơ khai thuế tháng 5/2026",
    "Báo cáo tình hình nộp thuế tháng 5/2026",
    # a paper struck by its number after a comma
    "Hội nghị ngày 20/4/2026, thu hồi quyết định triệu tập số 12/QĐ-UBND",
    "Hội nghị ngày 20/4/2026, thu hồi QĐ số 12/QĐ-UBND",
    "Hội nghị ngày 20/4/2026, thu hồi kế hoạch số 12/KH-UBND",
    "Hội nghị ngày 20/4/2026, thu hồi thông báo 30/TB-UBND",
    "Hội nghị ngày 20/4/2026, thu hồi công điện số 3/CĐ-UBND",
    "Hội nghị ngày 20/4/2026, rút quyết định số 12/QĐ-UBND",
    "Hoi nghi ngay 20/4/2026, thu hoi QD so 12/QD-UBND",
]


@pytest.mark.parametrize("phrase", REFUSED)
def test_no_deadline_is_refused(phrase: str) -> None:
    assert "last_day" in refused(phrase, None)


def test_tax_period_not_paid_says_so() -> None:
    assert "chưa nộp" in refused("Chưa nộp thuế tháng 5/2026")
    assert "20/6/2026" in refused("Dự kiến nộp thuế tháng 5/2026")


# Neighbours of the readings kept: a hedge, a leave, a call-off, a denial, the past stay
# refused, and the other steps read as before
NEIGHBOURS_REFUSED = [
    "Doanh nghiệp được tạm ngừng kinh doanh trước 30/6/2026",
    "Doanh nghiệp dự kiến tạm ngừng kinh doanh trước 30/6/2026",
    "Doanh nghiệp sẽ tạm ngừng kinh doanh trước 30/6/2026",
    "Doanh nghiệp đã tạm ngừng kinh doanh trước 30/6/2026",
    "Cửa hàng tạm đóng cửa trước 30/6/2026",
    "Doanh nghiệp phải tạm ngừng kinh doanh đến 30/6/2026",
    "Doanh nghiệp không phải tạm ngừng kinh doanh trước 30/6/2026",
    "Doanh nghiệp không ngừng kinh doanh trước 30/6/2026",
    "Nhà máy không ngừng sản xuất đến 30/6/2026",
    "Doanh nghiệp chưa ngừng hoạt động đến 30/6/2026",
    "Đề nghị UBND tỉnh giao cho Sở Nội vụ tổ chức trước 30/6/2026",
    "Kiến nghị UBND tỉnh giao cho Sở Nội vụ tổ chức trước 30/6/2026",
    "Trình UBND tỉnh giao cho Sở Nội vụ tổ chức trước 30/6/2026",
    "Đề xuất giao cho Sở Nội vụ tổ chức trước 30/6/2026",
    "Không bỏ qua bước thẩm định trước 30/6/2026",
    "Không được bỏ qua bước thẩm định trước 30/6/2026",
    "Hội nghị ngày 20/4/2026, hủy giấy mời số 45/GM-UBND",
    "Hội nghị ngày 20/4/2026, ban hành quyết định số 12/QĐ-UBND",
    "Chưa nộp thuế trước ngày 20/6/2026",
    "Nộp thuế tháng 5/2026",
]


@pytest.mark.parametrize("phrase", NEIGHBOURS_REFUSED)
def test_neighbour_still_refused(phrase: str) -> None:
    assert refused(phrase)


NEIGHBOURS_READ = [
    ("Doanh nghiệp ngừng kinh doanh trước 30/6/2026", JUNE_30),
    ("Doanh nghiệp phải ngừng kinh doanh trước 30/6/2026", JUNE_30),
    ("Doanh nghiệp đóng cửa mỏ trước 30/6/2026", JUNE_30),
    ("Doanh nghiệp có thể ngừng kinh doanh thông báo trước 30/6/2026", JUNE_30),
    ("Báo cáo nộp thuế trước ngày 20/6/2026", ("date", "2026-06-20", "2026-06-20")),
    ("Doanh nghiệp nộp hồ sơ tạm ngừng kinh doanh trước 30/6/2026", JUNE_30),
    ("Doanh nghiệp xin tạm ngừng kinh doanh trước 30/6/2026", JUNE_30),
    ("Doanh nghiệp tạm ngừng kinh doanh phải thông báo trước 30/6/2026", JUNE_30),
    ("Doanh nghiệp không ngừng nâng cao chất lượng đến năm 2030", YEAR_2030),
    ("Doanh nghiệp không ngừng đổi mới đến năm 2030", YEAR_2030),
    ("Nhiều doanh nghiệp không ngừng đổi mới đến năm 2030", YEAR_2030),
    ("DN không ngừng hoạt động hiệu quả đến năm 2030", YEAR_2030),
    ("Đề xuất UBND tỉnh ban hành kế hoạch trước 30/6/2026", JUNE_30),
    ("Tham mưu UBND tỉnh ban hành kế hoạch trước 30/6/2026", JUNE_30),
    ("UBND tỉnh giao cho Sở Nội vụ tổ chức trước 30/6/2026", JUNE_30),
    ("UBND tỉnh giao các sở thực hiện trước 30/6/2026", JUNE_30),
    ("Đề nghị giao cho Sở Nội vụ tổ chức trước 30/6/2026", JUNE_30),
    ("Đề nghị Bộ Giao thông vận tải bố trí vốn trước 30/6/2026", JUNE_30),
    ("Đề xuất Sở Giao thông vận tải bố trí vốn trước 30/6/2026", JUNE_30),
    ("Đề xuất UBND tỉnh giao chỉ tiêu cho các huyện trước 30/6/2026", JUNE_30),
    ("Hoàn thành bước thẩm định trước 30/6/2026", JUNE_30),
    ("Bộ bước thẩm định trước 30/6/2026", JUNE_30),
    ("Bỏ qua bước thẩm định, hoàn thành hồ sơ trước 30/6/2026", JUNE_30),
    ("Bỏ phiếu ngày 15/3/2026", ("date", "2026-03-15", "2026-03-15")),
    ("Nộp thuế trước ngày 20/6/2026", ("date", "2026-06-20", "2026-06-20")),
    ("Dự kiến nộp thuế trước ngày 20/6/2026", ("date", "2026-06-20", "2026-06-20")),
    ("Phải nộp thuế trong tháng 5/2026", ("window", "2026-05-01", "2026-05-31")),
    ("Hạn nộp thuế: tháng 5/2026", ("window", "2026-05-01", "2026-05-31")),
    ("Hội nghị ngày 20/4/2026, thu hồi kế hoạch", ("date", "2026-04-20", "2026-04-20")),
    ("Hội nghị ngày 20/4/2026, thu hồi kế hoạch vốn", ("date", "2026-04-20", "2026-04-20")),
]


@pytest.mark.parametrize(("phrase", "reading"), NEIGHBOURS_READ)
def test_neighbour_reads_as_before(phrase: str, reading: tuple[str, str, str]) -> None:
    assert read_days(phrase, JANUARY) == reading
