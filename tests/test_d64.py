"""Session 64, helper d64: tax periods, call-offs and three rulings that main read as due.

Each phrase of `REFUSED` was read on main as a day or a window to act, though the time is no
step's deadline (the first rule: never a silent wrong date); each is now refused with a
reason and "ghi last_day …":

- a tax period named as the time of the tax step (`taxperiod`), several of them ("Nộp tờ khai
  thuế GTGT tháng 5, 6/2026", "… quý II và quý III/2026": read on main as one window over both
  or a window for each), the law's day named for each (Luật Quản lý thuế số 38/2019/QH14,
  Điều 44); the step told done ("Đã nộp tờ khai thuế tháng 5/2026") or checked by another
  ("Kiểm tra việc nộp thuế tháng 5/2026": the period the object checked). The corpus's own
  form is the tax office's "Nộp hồ sơ khai thuế theo tháng cho kỳ tính thuế tháng 12/2025, …"
  (s-vietnamnet-thue-quang-tri-3-moc-2026);
- a decision struck by its number after a comma ("Hội nghị ngày 20/4/2026, thu hồi quyết định
  số 12/QĐ-UBND", `calledoff._STRUCK_LAST`: the bracketed form was refused already);
- a business's stop denied ("Doanh nghiệp không ngừng kinh doanh đến 30/6/2026": it goes on)
  or the holder's own pause before a day ("Doanh nghiệp (có thể) tạm ngừng kinh doanh trước
  30/6/2026": a leave it may take, `stoppedbefore`; a stop for good, no "tạm", reads);
- a step skipped ("Bỏ qua bước kiểm tra trước 30/6/2026", `calledoff._WAIVED_STEP`).

RULINGS (session 64's brief, the lead's view, taken here):
- "Bỏ lập báo cáo trước ngày 15/4/2026" and "Bỏ đoàn kiểm tra ngày 15/4/2026" are refused: a
  step or a visit dropped, the day the one it had, as session 63's "Bỏ <event> ngày D"
  (tests/test_b63.py). Dropping a report is no work one does by a day; a clerk reading it as
  due would make a report no one wants, or miss that the old one is gone. test_b61.py pinned
  both as read (`B61B_READS_AS_MAIN`); those two entries move here, the rest stay: "Bỏ quy
  định báo cáo trước …" repeals a rule by then (a step), "Bỏ kiểm tra trùng lặp, hoàn thành
  trước …" has its own step after the comma, "Bỏ phiếu" is to vote.
- "Đề xuất UBND tỉnh giao cho Sở Nội vụ tổ chức trước 30/6/2026" is refused: the day is the
  step proposed for another body, as session 63 ruled for "Kiến nghị Bộ chỉ đạo cho các tỉnh
  tổ chức thi trước …" (`leaveasked`); "Đề xuất UBND tỉnh ban hành kế hoạch trước …" and
  "Tham mưu UBND tỉnh ban hành kế hoạch trước …" (no "giao cho") read as on main. The
  phrase was pinned as read among test_b62.py's neighbours; that entry moves here. "Giao"
  without "cho" counts only before the body handed the step ("giao Sở Nội vụ", "giao các
  sở"), never the "Giao" of a name ("Bộ Giao thông vận tải").

Their neighbours read as before (`READ`, `KEPT_REFUSED`).
"""

from __future__ import annotations

import pytest

from deadline_forms import read_days, refused

JANUARY = "2026-01-10"

REFUSED = [
    # several tax periods, the law's day named for each
    "Nộp tờ khai thuế GTGT tháng 5, 6/2026",
    "Nộp tờ khai thuế tháng 5 và tháng 6/2026",
    "Nộp tờ khai thuế tháng 5 và tháng 6 năm 2026",
    "Nộp tờ khai thuế tháng 5-6/2026",
    "Kê khai thuế GTGT tháng 11, 12/2026",
    "Nộp tờ khai thuế quý II và quý III/2026",
    "Nộp tờ khai thuế quý II, III/2026",
    "Kê khai thuế quý 2 và quý 3 năm 2026",
    "Doanh nghiệp nộp tờ khai thuế tháng 5, 6/2026",
    "Nop to khai thue thang 5, 6/2026",
    # the tax step told done, or checked, urged by another
    "Đã nộp tờ khai thuế tháng 5/2026",
    "Doanh nghiệp đã nộp tờ khai thuế tháng 5/2026",
    "Đã nộp tờ khai thuế quý II/2026",
    "Đã hoàn thành nộp thuế tháng 5/2026",
    "Kiểm tra việc nộp thuế tháng 5/2026",
    "Kiểm tra việc kê khai thuế quý II/2026",
    "Đôn đốc nộp thuế tháng 5/2026",
    "Rà soát việc nộp tờ khai thuế tháng 5/2026",
    "Theo dõi tình hình nộp thuế tháng 5/2026",
    "Kiểm tra, đôn đốc nộp thuế tháng 5/2026",
    "Thực hiện kiểm tra việc nộp thuế tháng 5/2026",
    "Chi cục Thuế kiểm tra việc nộp thuế tháng 5/2026",
    "Vừa nộp tờ khai thuế tháng 5/2026",
    "Nộp tờ khai thuế tháng 5 đến tháng 6/2026",
    "Nộp thuế tháng 5, tháng 6 và tháng 7/2026",
    "Nộp tờ khai thuế quý I - II/2026",
    # a decision or a notice struck by number after a comma
    "Hội nghị ngày 20/4/2026, thu hồi quyết định số 12/QĐ-UBND",
    "Hội nghị ngày 20/4/2026, hủy quyết định số 12/QĐ-UBND",
    "Hội nghị ngày 20/4/2026, bãi bỏ thông báo số 30/TB-UBND",
    "Cuộc họp ngày 20/4/2026, thu hồi công văn số 45/UBND-VX",
    "Hội nghị ngày 20/4/2026, thu hồi giấy mời số 45/GM-UBND",
    # a business's stop denied, or the holder's own stop before a day
    "Doanh nghiệp không ngừng kinh doanh đến 30/6/2026",
    "Doanh nghiệp không ngừng kinh doanh trước 30/6/2026",
    "Doanh nghiệp không được ngừng hoạt động trước 30/6/2026",
    "Doanh nghiệp không tạm ngừng kinh doanh đến 30/6/2026",
    "Cửa hàng không đóng cửa đến 30/6/2026",
    "Nhà máy chưa ngừng sản xuất đến 30/6/2026",
    "Doanh nghiệp tạm ngừng kinh doanh trước 30/6/2026",
    "Doanh nghiệp có thể tạm ngừng kinh doanh trước 30/6/2026",
    "Hộ kinh doanh được tạm ngừng kinh doanh trước 30/6/2026",
    # a step skipped, a report or a visit dropped (the first ruling)
    "Bỏ qua bước kiểm tra trước 30/6/2026",
    "Bỏ qua kiểm tra trước 30/6/2026",
    "Bỏ bước rà soát trước 30/6/2026",
    "Bỏ khâu kiểm tra trước 30/6/2026",
    "Bỏ qua các bước kiểm tra trước 30/6/2026",
    "Đã bỏ qua bước kiểm tra trước 30/6/2026",
    "Sẽ bỏ lập báo cáo trước ngày 15/4/2026",
    "Xóa bỏ đoàn kiểm tra ngày 15/4/2026",
    "Bỏ đoàn kiểm tra liên ngành ngày 15/4/2026",
    # typed bare: "bo qua" (skip) and "bo doan" (no "Bộ" stands before either)
    "Bo qua buoc kiem tra truoc 30/6/2026",
    "Bo doan kiem tra ngay 15/4/2026",
    "Bỏ lập báo cáo trước ngày 15/4/2026",
    "Bỏ lập kế hoạch trước ngày 15/4/2026",
    "Miễn lập báo cáo trước ngày 15/4/2026",
    "Bỏ lập báo cáo ngày 15/4/2026",
    "Bỏ đoàn kiểm tra ngày 15/4/2026",
    "Bỏ đoàn giám sát ngày 15/4/2026",
    "Ban Tổ chức bỏ đoàn công tác ngày 15/4/2026",
    # a step proposed for another body (the second ruling)
    "Đề xuất UBND tỉnh giao cho Sở Nội vụ tổ chức trước 30/6/2026",
    "Kiến nghị UBND tỉnh giao cho Sở Nội vụ tổ chức trước 30/6/2026",
    "Đề nghị UBND tỉnh giao cho Sở Nội vụ tổ chức trước 30/6/2026",
    "Đề xuất Bộ giao cho các tỉnh thực hiện trước 30/6/2026",
    "Đề xuất UBND tỉnh giao Sở Nội vụ tổ chức trước 30/6/2026",
    "Đề xuất UBND tỉnh giao các sở thực hiện trước 30/6/2026",
    "Đề xuất giao cho Sở Nội vụ tổ chức trước 30/6/2026",
    "Kiến nghị giao cho các tỉnh thực hiện trước 30/6/2026",
    "Trình UBND tỉnh giao cho Sở Nội vụ tổ chức trước 30/6/2026",
    "Sở Nội vụ đề xuất UBND tỉnh giao cho Sở Tư pháp tổ chức trước 30/6/2026",
]


@pytest.mark.parametrize("phrase", REFUSED)
def test_no_deadline_is_refused(phrase: str) -> None:
    assert "last_day" in refused(phrase)


def test_several_tax_periods_name_the_law_day_of_each() -> None:
    months = refused("Nộp tờ khai thuế GTGT tháng 5, 6/2026")
    assert "20/6/2026" in months and "20/7/2026" in months
    quarters = refused("Nộp tờ khai thuế quý II và quý III/2026")
    assert "31/7/2026" in quarters and "31/10/2026" in quarters
    assert "31/1/2027" in refused("Nộp tờ khai thuế quý III, IV/2026")


# Neighbours: read as on main (kind, first, last)
READ = [
    # the tax step's own time or its deadline named
    ("Hạn nộp thuế: tháng 5/2026", "window", "2026-05-01", "2026-05-31"),
    ("Nộp thuế trước ngày 20/6/2026", "date", "2026-06-20", "2026-06-20"),
    ("Nộp hồ sơ khai thuế trong tháng 5/2026", "window", "2026-05-01", "2026-05-31"),
    ("Nộp thuế đến hết tháng 5/2026", "date", "2026-05-31", "2026-05-31"),
    ("Kiểm tra việc nộp thuế trước ngày 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Kiểm tra hồ sơ trong tháng 5/2026", "window", "2026-05-01", "2026-05-31"),
    # a vote, a rule repealed by then, a redo after a comma, a "bổ sung"
    ("Bỏ phiếu ngày 15/3/2026", "date", "2026-03-15", "2026-03-15"),
    ("Bỏ phiếu bầu cử ngày 15/3/2026", "date", "2026-03-15", "2026-03-15"),
    ("Bỏ quy định báo cáo trước ngày 15/4/2026", "date", "2026-04-15", "2026-04-15"),
    ("Bỏ kiểm tra trùng lặp, hoàn thành trước ngày 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Bỏ rà soát trùng, rà soát lại trước ngày 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Bổ sung bước kiểm tra trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Bổ sung lập báo cáo trước ngày 15/4/2026", "date", "2026-04-15", "2026-04-15"),
    ("Bộ lập báo cáo trước ngày 15/4/2026", "date", "2026-04-15", "2026-04-15"),
    ("Bổ sung đoàn kiểm tra ngày 15/4/2026", "date", "2026-04-15", "2026-04-15"),
    ("Đoàn kiểm tra ngày 15/4/2026", "date", "2026-04-15", "2026-04-15"),
    ("Lập báo cáo trước ngày 15/4/2026", "date", "2026-04-15", "2026-04-15"),
    ("Bỏ thầu trước ngày 15/4/2026", "date", "2026-04-15", "2026-04-15"),
    # a conference whose business is a decision, no number struck
    ("Hội nghị ngày 20/4/2026, thu hồi quyết định", "date", "2026-04-20", "2026-04-20"),
    ("Thu hồi quyết định số 12/QĐ-UBND trước ngày 20/4/2026", "date", "2026-04-20", "2026-04-20"),
    # a business never ceasing to improve: a goal; a suspended business's own duty
    (
        "Doanh nghiệp không ngừng nâng cao chất lượng đến năm 2030",
        "date",
        "2030-12-31",
        "2030-12-31",
    ),
    (
        "Doanh nghiệp tạm ngừng kinh doanh phải thông báo trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    ("Doanh nghiệp nộp báo cáo trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    # the holder's filing for a stop, due by then; a stop of no business, a goal
    (
        "Doanh nghiệp nộp hồ sơ tạm ngừng kinh doanh trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Doanh nghiệp đăng ký tạm ngừng kinh doanh trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    (
        "Doanh nghiệp tạm ngừng kinh doanh và nộp báo cáo trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    ("Doanh nghiệp không ngừng đổi mới đến năm 2030", "date", "2030-12-31", "2030-12-31"),
    # a stop for good, no "tạm": an order due by then (pinned read by test_b63b)
    ("Doanh nghiệp ngừng kinh doanh trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Doanh nghiệp đóng cửa mỏ trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Đơn vị không ngừng nỗ lực hoàn thành trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    # a step after the one dropped, due; other things put in ("bỏ vốn", "bỏ hồ sơ", a vote)
    (
        "Bỏ lập báo cáo giấy, nộp bản điện tử trước ngày 15/4/2026",
        "date",
        "2026-04-15",
        "2026-04-15",
    ),
    ("Bỏ vốn đầu tư trước ngày 15/4/2026", "date", "2026-04-15", "2026-04-15"),
    ("Bỏ hồ sơ vào hòm thư trước ngày 15/4/2026", "date", "2026-04-15", "2026-04-15"),
    ("Bỏ phiếu kín ngày 15/4/2026", "date", "2026-04-15", "2026-04-15"),
    # typed bare, "bo" may be "Bộ" (the ministry): read as on main
    ("Bo bao cao truoc ngay 15/4/2026", "date", "2026-04-15", "2026-04-15"),
    ("Bo Tai chinh lap bao cao truoc ngay 15/4/2026", "date", "2026-04-15", "2026-04-15"),
    ("Doan kiem tra ngay 15/4/2026", "date", "2026-04-15", "2026-04-15"),
    # paying over a span of months is the step's own window; a conference's business
    ("Nộp thuế từ tháng 5 đến tháng 6/2026", "window", "2026-05-01", "2026-06-30"),
    (
        "Hội nghị ngày 20/4/2026, triển khai quyết định số 12/QĐ-UBND",
        "date",
        "2026-04-20",
        "2026-04-20",
    ),
    # a proposal or advice with no step handed to another body
    ("Đề xuất UBND tỉnh ban hành kế hoạch trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Tham mưu UBND tỉnh ban hành kế hoạch trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("UBND tỉnh giao cho Sở Nội vụ tổ chức trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    (
        "Đề nghị các sở giao cho phòng chuyên môn thực hiện trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    # a step proposed by its noun, a quota handed down, an unnamed ask that may be an order
    ("Đề xuất nội dung giao cho các sở trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Đề xuất nhiệm vụ giao cho Sở Nội vụ trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    (
        "Đề xuất UBND tỉnh giao chỉ tiêu cho các huyện trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
    ("Đề nghị giao cho Sở Nội vụ tổ chức trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Trình UBND tỉnh ban hành trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    ("Đề nghị Bộ Giao các tỉnh thực hiện trước 30/6/2026", "date", "2026-06-30", "2026-06-30"),
    (
        "Đề nghị Bộ Giao thông vận tải bố trí vốn trước 30/6/2026",
        "date",
        "2026-06-30",
        "2026-06-30",
    ),
]


@pytest.mark.parametrize(("phrase", "kind", "first", "last"), READ)
def test_neighbour_reads_as_before(phrase: str, kind: str, first: str, last: str) -> None:
    assert read_days(phrase, JANUARY) == (kind, first, last)


# Refused on main and still: one period alone, the bracketed paper, a notice with no day
KEPT_REFUSED = [
    "Nộp tờ khai thuế tháng 5/2026",
    "Nộp tờ khai thuế quý II/2026",
    "Hội nghị ngày 20/4/2026 (thu hồi quyết định số 12/QĐ-UBND)",
    "Doanh nghiệp tạm ngừng kinh doanh phải thông báo trước 15 ngày",
    "Doanh nghiệp tạm ngừng kinh doanh đến 30/6/2026",
    "Không bỏ qua bước kiểm tra trước 30/6/2026",
    "Nộp tờ khai thuế tháng 5, 6/2026 trước ngày 20/7/2026",
    "Nộp tờ khai thuế tháng 5/2026 trước ngày 20/6/2026",
]


@pytest.mark.parametrize("phrase", KEPT_REFUSED)
def test_refused_as_on_main(phrase: str) -> None:
    assert refused(phrase)
