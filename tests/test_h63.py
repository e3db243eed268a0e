"""Readings of main that branch a63's `untilstate` refused, restored (helper h63's brief).
The rule stays a63b's: a word of state counts only right before the step, the clause's last
duty verb. Three slips of its words are mended:

- "lại" after who's own step is that step's, a duty to redo ("Đến ngày 30/6/2026, các cơ sở
  đang hoạt động phải đăng ký lại": re-register by that day), no redo told of the state's
  step; right after the state's word ("… người lao động vừa nộp lại hồ sơ") it stays refused.
- "nhỏ và vừa" is small and medium, no "just" ("Đến ngày 30/6/2026, doanh nghiệp nhỏ và vừa nộp
  báo cáo"; the name is the corpus's own: x-hotropldn-thai-nguyen-stp-nhiem-vu-bau-cu-2026.yaml,
  "… hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa").
- a state naming who, then who's own plain step further on: "… các trường vừa thành lập tuyển
  sinh", "… người lao động đang tham gia bảo hiểm xã hội cập nhật thông tin", "… các đơn vị
  đang sử dụng phần mềm chuyển đổi dữ liệu" ("đang hoạt động" naming who as in
  za-baoquangtri-bnnmt-tau-thuyen-vinh-bac-bo-2025.yaml's "… người đang hoạt động khu vực
  vịnh Bắc Bộ").

Each was read on main as due that day. Their neighbours, a state, a waiver, a guess, a plan,
a call-off, a denial, a condition or a redo told right before the step, stay refused.
"Đến 30/6/2026, các đơn vị tạm dừng hoạt động nộp báo cáo" stays refused: a call-off word
never tells who (a63b's rule), and "tạm dừng hoạt động nộp báo cáo" may as well be the step
stopped.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

MARCH_2026 = ctx("2026-03-01")
DUE = (DeadlineKind.DATE, "2026-06-30", "2026-06-30")

READ = [
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động phải đăng ký lại",
    "Đến ngày 30/6/2026, doanh nghiệp đang hoạt động phải đăng ký lại",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động phải nộp lại báo cáo",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động phải kiểm tra lại",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động phải cấp lại giấy phép",
    "Đến ngày 30/6/2026, người lao động đang làm việc phải ký lại hợp đồng",
    "Đến ngày 30/6/2026, các xã vừa sáp nhập phải rà soát lại quy hoạch",
    "Đến ngày 30/6/2026, các xã vừa sáp nhập phải đăng ký lại con dấu",
    "Trước ngày 30/6/2026, các cơ sở đang kinh doanh phải đăng ký lại",
    "Đến ngày 30/6/2026, doanh nghiệp nhỏ và vừa nộp báo cáo",
    "Trước ngày 30/6/2026, doanh nghiệp nhỏ và vừa nộp báo cáo tài chính",
    "Đến hết ngày 30/6/2026, các doanh nghiệp nhỏ và vừa đăng ký tham gia chương trình",
    "Den ngay 30/6/2026, doanh nghiep nho va vua nop bao cao",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động đăng ký lại",
    "Đến ngày 30/6/2026, người lao động đang tham gia bảo hiểm xã hội cập nhật thông tin",
    "Đến ngày 30/6/2026, các đơn vị đang sử dụng phần mềm chuyển đổi dữ liệu",
    "Đến ngày 30/6/2026, các cơ sở giáo dục đang hoạt động rà soát, báo cáo",
    "Đến 30/6/2026, các trường vừa thành lập tuyển sinh",
    "Đến 30/6/2026, các hợp tác xã vừa thành lập đăng ký kinh doanh",
    # a63's two pins, read on main: "lại" after who's own step is a duty to redo
    "Đến ngày 30/6/2026, các xã vừa sáp nhập nộp lại báo cáo",
    "Đến ngày 30/6/2026, người lao động đang làm việc tại doanh nghiệp phải nộp lại hồ sơ",
    # who's own step and its "lại", the state naming who
    "Đến 30/6/2026, các hợp tác xã vừa thành lập đăng ký kinh doanh lại",
    # typed without marks
    "Den ngay 30/6/2026, cac co so dang hoat dong phai dang ky lai",
]


@pytest.mark.parametrize("phrase", READ)
def test_a_state_naming_who_then_its_own_step_reads_as_on_main(phrase: str) -> None:
    assert read_days(phrase, "2026-03-01") == DUE


REFUSED = [
    "Den ngay 30/6/2026, nguoi lao dong vua nop lai ho so",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động phải dừng lại",
    "Đến ngày 30/6/2026, các cơ sở đang đăng ký lại",
    "Đến ngày 30/6/2026, các cơ sở vừa đăng ký lại",
    "Đến ngày 30/6/2026, các cơ sở đã đăng ký lại",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động lại",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động trở lại",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động lại phải đăng ký",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động không phải đăng ký lại",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động có lẽ phải đăng ký lại",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động dự kiến phải đăng ký lại",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động được miễn đăng ký lại",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động tạm dừng đăng ký lại",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động đã đăng ký lại",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động đang đăng ký lại",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động vừa đăng ký lại",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động chưa đăng ký lại",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động mới chỉ đăng ký lại",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động phải đăng ký lại lần 2",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động phải đăng ký lại, nếu có",
    "Đến ngày 30/6/2026, các cơ sở đang hoạt động xin đăng ký lại",
    "Đến ngày 30/6/2026, các xã vừa sáp nhập đang rà soát lại quy hoạch",
    "Đến ngày 30/6/2026, các xã vừa rà soát lại quy hoạch",
    "Đến ngày 30/6/2026, người lao động vừa nộp lại hồ sơ",
    "Đến ngày 30/6/2026, người lao động đang nộp lại hồ sơ",
    "Đến ngày 30/6/2026, người lao động đang làm việc phải ký lại hợp đồng trước ngày 15/6/2026",
    "Đến ngày 30/6/2026, doanh nghiệp nhỏ và vừa vừa nộp báo cáo",
    "Đến ngày 30/6/2026, doanh nghiệp nhỏ và vừa đã nộp báo cáo",
    "Đến ngày 30/6/2026, doanh nghiệp nhỏ và vừa đang nộp báo cáo",
    "Đến ngày 30/6/2026, doanh nghiệp nhỏ và vừa được miễn nộp báo cáo",
    "Đến ngày 30/6/2026, doanh nghiệp nhỏ và vừa có lẽ nộp báo cáo",
    "Đến ngày 30/6/2026, doanh nghiệp nhỏ và vừa tạm dừng nộp báo cáo",
    "Đến ngày 30/6/2026, doanh nghiệp nhỏ và vừa mới chỉ nộp báo cáo",
    "Đến ngày 30/6/2026, doanh nghiệp nhỏ vừa nộp báo cáo",
    "Đến ngày 30/6/2026, doanh nghiệp vừa nộp báo cáo",
    "Den ngay 30/6/2026, doanh nghiep nho va vua vua nop bao cao",
    "Den ngay 30/6/2026, doanh nghiep vua nop bao cao",
    "Đến ngày 30/6/2026, doanh nghiệp nhỏ và vừa không nộp báo cáo",
    "Đến ngày 30/6/2026, doanh nghiệp nhỏ và vừa chưa nộp báo cáo",
    "Đến ngày 30/6/2026, người lao động đang tham gia bảo hiểm xã hội",
    "Đến ngày 30/6/2026, người lao động đang tham gia báo cáo",
    "Đến ngày 30/6/2026, người lao động đang tham gia bảo hiểm xã hội báo cáo",
    "Đến ngày 30/6/2026, người lao động đang tham gia bảo hiểm xã hội có lẽ cập nhật thông tin",
    "Đến ngày 30/6/2026, người lao động đang tham gia bảo hiểm xã hội được miễn cập nhật thông tin",
    "Đến ngày 30/6/2026, người lao động đang tham gia bảo hiểm xã hội đã cập nhật thông tin",
    "Đến ngày 30/6/2026, người lao động đang tham gia bảo hiểm xã hội dự kiến cập nhật thông tin",
    "Đến ngày 30/6/2026, người lao động vừa tham gia bảo hiểm xã hội",
    "Đến ngày 30/6/2026, các đơn vị đang chuyển đổi dữ liệu",
    "Đến ngày 30/6/2026, các đơn vị đang sử dụng phần mềm chuyển đổi số",
    "Đến ngày 30/6/2026, các đơn vị đang sử dụng phần mềm",
    "Đến ngày 30/6/2026, các đơn vị đang sử dụng phần mềm có lẽ chuyển đổi dữ liệu",
    "Đến ngày 30/6/2026, các đơn vị đang sử dụng phần mềm tạm dừng chuyển đổi dữ liệu",
    "Đến ngày 30/6/2026, các đơn vị đang sử dụng phần mềm đã chuyển đổi dữ liệu",
    "Đến ngày 30/6/2026, các cơ sở giáo dục đang rà soát, báo cáo",
    "Đến ngày 30/6/2026, các cơ sở giáo dục đang hoạt động đang rà soát, báo cáo",
    "Đến ngày 30/6/2026, các cơ sở giáo dục đang hoạt động dự kiến rà soát, báo cáo",
    "Đến 30/6/2026, các trường đang tuyển sinh",
    "Đến 30/6/2026, các trường vừa tuyển sinh",
    "Đến 30/6/2026, các trường vừa thành lập",
    "Đến 30/6/2026, các trường vừa thành lập đã tuyển sinh",
    "Đến 30/6/2026, các trường vừa thành lập tạm dừng tuyển sinh",
    "Đến 30/6/2026, các trường vừa thành lập dự kiến tuyển sinh",
    "Đến 30/6/2026, các trường vừa thành lập có lẽ tuyển sinh",
    "Đến 30/6/2026, các trường vừa thành lập được miễn tuyển sinh",
    "Đến 30/6/2026, các hợp tác xã vừa thành lập",
    "Đến 30/6/2026, các hợp tác xã vừa thành lập đang đăng ký kinh doanh",
    "Đến 30/6/2026, các hợp tác xã vừa thành lập có lẽ đăng ký kinh doanh",
    "Đến 30/6/2026, các hợp tác xã đang thành lập",
    "Đến 30/6/2026, các xã đang lập báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng nộp báo cáo",
    "Đến ngày 30/6/2026, người lao động đang tham gia cập nhật thông tin",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động nộp báo cáo",
    "Đến ngày 20/4/2026, người lao động đang nộp hồ sơ",
    "Đến ngày 20/4/2026, các xã được sáp nhập đang nộp báo cáo",
]


@pytest.mark.parametrize("phrase", REFUSED)
def test_a_state_told_right_before_the_step_stays_refused(phrase: str) -> None:
    assert refused(phrase, MARCH_2026)
