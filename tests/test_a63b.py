"""The state word counts only right before the step (helper a63b's brief): "Đến ngày
20/4/2026, người lao động đang nộp hồ sơ" tells a state at that day, refused; "Đến ngày
20/4/2026, người lao động đang làm việc tại doanh nghiệp nộp hồ sơ" has "đang" in who, the
step "nộp" after who's own words, and reads as main did. Branch a63's narrow "who"
exemption lost such readings (a fresh tester's finding); the simpler rule keeps them and
still refuses a state, a waiver, a call-off, a guess or "only so far" told right before the
step, after any who ("các xã được sáp nhập đang nộp báo cáo", "sinh viên vừa học vừa làm
được miễn nộp hồ sơ": read as due on main). The shape is the corpus's
zj-dautuvakinhdoanh-son-la-kiem-ke-dat-dai-2019.yaml ("tính đến cuối tháng 8/2020, cả nước
mới chỉ có 14/63 tỉnh …": a state as of a moment, no deadline).
"""

from __future__ import annotations

import pytest

from deadline_forms import read_days, refused
from kehoach.dates.deadline import DeadlineKind

# who told by a state, the step after who's own words: read as on main
READ = [
    (
        "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp nộp hồ sơ",
        ("DATE", "2026-04-20", "2026-04-20"),
    ),
    (
        "Trước ngày 30/6/2026, người lao động đang làm việc tại doanh nghiệp nộp hồ sơ",
        ("DATE", "2026-06-30", "2026-06-30"),
    ),
    (
        "Đến 30/6/2026, các hộ đang sử dụng đất nông nghiệp kê khai",
        ("DATE", "2026-06-30", "2026-06-30"),
    ),
    (
        "Đến 30/6/2026, các đơn vị đang thực hiện dự án giải ngân",
        ("DATE", "2026-06-30", "2026-06-30"),
    ),
    (
        "Đến 30/6/2026, các đơn vị đang thực hiện dự án giải ngân hết vốn",
        ("DATE", "2026-06-30", "2026-06-30"),
    ),
    ("Đến 30/6/2026 các xã đang thí điểm nộp báo cáo", ("DATE", "2026-06-30", "2026-06-30")),
    ("Đến 30/6/2026: các xã đang thí điểm nộp báo cáo", ("DATE", "2026-06-30", "2026-06-30")),
    ("Đến 30/6/2026 — các xã đang thí điểm nộp báo cáo", ("DATE", "2026-06-30", "2026-06-30")),
    ("Tới ngày 30/6/2026, các xã đang thí điểm nộp báo cáo", ("DATE", "2026-06-30", "2026-06-30")),
    ("Sang ngày 30/6/2026, các xã đang thí điểm nộp báo cáo", ("DATE", "2026-06-30", "2026-06-30")),
    (
        "Đến ngày 30/6/2026, doanh nghiệp đang hoạt động nộp báo cáo tài chính",
        ("DATE", "2026-06-30", "2026-06-30"),
    ),
    (
        "Đến ngày 30/6/2026, các dự án đang triển khai hoàn thành thủ tục đất đai",
        ("DATE", "2026-06-30", "2026-06-30"),
    ),
    (
        "Đến ngày 30/6/2026, các cơ sở đang kinh doanh hoàn thành cải tạo PCCC",
        ("DATE", "2026-06-30", "2026-06-30"),
    ),
    (
        "Đến ngày 30/6/2026, các cơ sở vừa cấp phép hoàn thành cải tạo PCCC",
        ("DATE", "2026-06-30", "2026-06-30"),
    ),
    (
        "Đến ngày 30/6/2026, hộ đang nuôi tôm đăng ký mã số vùng nuôi",
        ("DATE", "2026-06-30", "2026-06-30"),
    ),
    ("Đến 30/6/2026, người lao động vừa nghỉ việc nộp hồ sơ", ("DATE", "2026-06-30", "2026-06-30")),
    (
        "Chậm nhất ngày 30/6/2026, các đơn vị đang quản lý tài sản công báo cáo kiểm kê",
        ("DATE", "2026-06-30", "2026-06-30"),
    ),
    (
        "Hạn chót 30/6/2026, các hộ đang thuê nhà ở xã hội nộp hồ sơ",
        ("DATE", "2026-06-30", "2026-06-30"),
    ),
    (
        "Trong tháng 6/2026, các xã đang triển khai thí điểm tổng kết",
        ("WINDOW", "2026-06-01", "2026-06-30"),
    ),
    (
        "Đến 30/6/2026 các xã vừa sáp nhập và các xã đang thí điểm nộp báo cáo",
        ("DATE", "2026-06-30", "2026-06-30"),
    ),
    (
        "Đến 30/6/2026, người lao động đang làm việc tại doanh nghiệp có thể nộp hồ sơ",
        ("DATE", "2026-06-30", "2026-06-30"),
    ),
    ("Đến 30/6/2026 các xã vừa sáp nhập có thể nộp báo cáo", ("DATE", "2026-06-30", "2026-06-30")),
    ("Đến 30/6/2026 các xã mới sáp nhập bổ sung báo cáo", ("DATE", "2026-06-30", "2026-06-30")),
    ("Đến 30/6/2026 các xã mới thành lập bổ sung báo cáo", ("DATE", "2026-06-30", "2026-06-30")),
]

# a state right before the step, whatever who is: refused (read as due on main and a63)
STATE_BEFORE_STEP = [
    "Đến 30/6/2026 các xã được sáp nhập đang nộp báo cáo",
    "Đến 30/6/2026 các xã được sáp nhập vừa nộp báo cáo",
    "Đến 30/6/2026 các xã được sáp nhập được miễn nộp báo cáo",
    "Đến 30/6/2026 các xã được sáp nhập thôi nộp báo cáo",
    "Đến 30/6/2026 các xã được sáp nhập tạm dừng nộp báo cáo",
    "Đến 30/6/2026, các xã được sáp nhập có lẽ nộp báo cáo",
    "Đến 30/6/2026, các hộ được hỗ trợ đang nộp hồ sơ",
    "Den 30/6/2026, cac ho duoc ho tro dang nop ho so",
    "Chậm nhất ngày 30/6/2026, các xã được sáp nhập tạm dừng nộp báo cáo",
    "Đến 30/6/2026, sinh viên vừa học vừa làm được miễn nộp hồ sơ",
    "Đến 30/6/2026, sinh viên vừa học vừa làm tạm dừng nộp hồ sơ",
    "Đến 30/6/2026, sinh viên vừa học vừa làm đang nộp hồ sơ",
    "Đến 30/6/2026, sinh viên vừa học vừa làm mới chỉ nộp hồ sơ",
    "Trước ngày 30/6/2026, sinh viên vừa học vừa làm được miễn nộp hồ sơ",
    "Đến 30/6/2026 các xã vừa sáp nhập vừa nộp báo cáo",
    "Đến 30/6/2026 các xã được miễn giảm nộp báo cáo",
    "Đến 30/6/2026 các xã được giảm nộp báo cáo",
    "Đến 30/6/2026, doanh nghiệp được miễn thực hiện kiểm toán",
    "Đến 30/6/2026, người lao động được tạm dừng đóng vào quỹ hưu trí",
    "Đến 30/6/2026, các hộ được miễn thuế đã kê khai",
]

# progress so far, told right before the step: refused (read as due on main)
SO_FAR = [
    "Đến 30/6/2026 các xã hầu như nộp báo cáo",
    "Đến 30/6/2026 các xã phần lớn nộp báo cáo",
    "Đến 30/6/2026 các xã mới sáp nhập chỉ hoàn thành 50%",
]

# the readings' neighbours: the step told under way, just done, waived, called off, guessed,
# done so far, past, denied, planned or hoped: never read as due that day
NEIGHBOURS = [
    "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp đang nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp vừa nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp được miễn nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp tạm dừng nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp có lẽ nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp mới chỉ nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp đã nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp không nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp chưa nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp thôi nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp hủy bỏ nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp được giảm nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp chỉ mới nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp dự kiến nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp đang hoàn thành hồ sơ",
    "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp vừa hoàn thành hồ sơ",
    "Đến ngày 20/4/2026, người lao động đang làm việc tại doanh nghiệp hy vọng nộp hồ sơ",
    "Đến 30/6/2026 các xã đang thí điểm đang nộp hồ sơ",
    "Đến 30/6/2026 các xã đang thí điểm vừa nộp hồ sơ",
    "Đến 30/6/2026 các xã đang thí điểm được miễn nộp hồ sơ",
    "Đến 30/6/2026 các xã đang thí điểm tạm dừng nộp hồ sơ",
    "Đến 30/6/2026 các xã đang thí điểm có lẽ nộp hồ sơ",
    "Đến 30/6/2026 các xã đang thí điểm mới chỉ nộp hồ sơ",
    "Đến 30/6/2026 các xã đang thí điểm đã nộp hồ sơ",
    "Đến 30/6/2026 các xã đang thí điểm không nộp hồ sơ",
    "Đến 30/6/2026 các xã đang thí điểm chưa nộp hồ sơ",
    "Đến 30/6/2026 các xã đang thí điểm thôi nộp hồ sơ",
    "Đến 30/6/2026 các xã đang thí điểm hủy bỏ nộp hồ sơ",
    "Đến 30/6/2026 các xã đang thí điểm được giảm nộp hồ sơ",
    "Đến 30/6/2026 các xã đang thí điểm chỉ mới nộp hồ sơ",
    "Đến 30/6/2026 các xã đang thí điểm dự kiến nộp hồ sơ",
    "Đến 30/6/2026 các xã đang thí điểm đang hoàn thành hồ sơ",
    "Đến 30/6/2026 các xã đang thí điểm vừa hoàn thành hồ sơ",
    "Đến 30/6/2026 các xã đang thí điểm hy vọng nộp hồ sơ",
    "Đến ngày 30/6/2026, các cơ sở vừa cấp phép đang nộp hồ sơ",
    "Đến ngày 30/6/2026, các cơ sở vừa cấp phép vừa nộp hồ sơ",
    "Đến ngày 30/6/2026, các cơ sở vừa cấp phép được miễn nộp hồ sơ",
    "Đến ngày 30/6/2026, các cơ sở vừa cấp phép tạm dừng nộp hồ sơ",
    "Đến ngày 30/6/2026, các cơ sở vừa cấp phép có lẽ nộp hồ sơ",
    "Đến ngày 30/6/2026, các cơ sở vừa cấp phép mới chỉ nộp hồ sơ",
    "Đến ngày 30/6/2026, các cơ sở vừa cấp phép đã nộp hồ sơ",
    "Đến ngày 30/6/2026, các cơ sở vừa cấp phép không nộp hồ sơ",
    "Đến ngày 30/6/2026, các cơ sở vừa cấp phép chưa nộp hồ sơ",
    "Đến ngày 30/6/2026, các cơ sở vừa cấp phép thôi nộp hồ sơ",
    "Đến ngày 30/6/2026, các cơ sở vừa cấp phép hủy bỏ nộp hồ sơ",
    "Đến ngày 30/6/2026, các cơ sở vừa cấp phép được giảm nộp hồ sơ",
    "Đến ngày 30/6/2026, các cơ sở vừa cấp phép chỉ mới nộp hồ sơ",
    "Đến ngày 30/6/2026, các cơ sở vừa cấp phép dự kiến nộp hồ sơ",
    "Đến ngày 30/6/2026, các cơ sở vừa cấp phép đang hoàn thành hồ sơ",
    "Đến ngày 30/6/2026, các cơ sở vừa cấp phép vừa hoàn thành hồ sơ",
    "Đến ngày 30/6/2026, các cơ sở vừa cấp phép hy vọng nộp hồ sơ",
]


@pytest.mark.parametrize(("phrase", "expected"), READ)
def test_a_state_in_who_reads(phrase: str, expected: tuple[str, str, str]) -> None:
    kind, first, last = expected
    assert read_days(phrase) == (DeadlineKind[kind], first, last)


@pytest.mark.parametrize("phrase", STATE_BEFORE_STEP + SO_FAR + NEIGHBOURS)
def test_a_state_before_the_step_is_refused(phrase: str) -> None:
    assert refused(phrase)
