"""Branch c62b: c62's refusals narrowed to the hedges and conditions, and its holes closed.

A fresh tester of branch c62 (session 62, c62b's brief) found losses, phrases c62 refused
that main read right: a condition after the day on who may act ("Nộp trước 30/6/2026 miễn
là hồ sơ hợp lệ", "…, điều kiện là công dân Việt Nam"), a share forecast ("…, ước hoàn
thành 80% khối lượng"), a doer's leave ("Các trường có thể khai giảng vào ngày 5/9/2026"),
the applicant's own proposal ("Trường hợp doanh nghiệp đề nghị, gửi hồ sơ trước …"). Each
reads again as on main; only a wait on money, a go-ahead or the weather, the event as the
subject of "có thể", a body above's demand, keeps the refusal (c62's test_c62 pins them,
from the corpus's "Các trường có thể tổ chức khai giảng vào tuần cuối tháng 8",
w-press-baomoi-qdnd-khung-nam-hoc).

And holes main read as firm days too, refused now with the way out: the event "có thể" held
with more words before the number ("Hội nghị có thể được tổ chức vào giữa tháng 4/2026"),
hope words ("…, hy vọng kịp hoàn thành"), draft notes ("… - sơ bộ", "(tạm chốt thời
gian)"), a demand with its object ("Trường hợp Bộ yêu cầu báo cáo, gửi …"), the money had
("Có kinh phí, thì …", "…, trường hợp đã có kinh phí", "(điều kiện: có kinh phí)").
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

MAR_2026 = "2026-03-01"
JUNE_30 = (DeadlineKind.DATE, "2026-06-30", "2026-06-30")

# L1: a condition on who may act (the doer, the file) after the day: read as main
WHO_MAY_ACT = [
    "Nộp trước 30/6/2026 miễn là hồ sơ hợp lệ",
    "Tiếp nhận hồ sơ đến 30/6/2026, miễn là hồ sơ hợp lệ",
    "Nộp hồ sơ trước 30/6/2026 miễn là có nhu cầu",
    "Nộp hồ sơ trước 30/6/2026, miễn là đủ điều kiện",
    "Nộp hồ sơ trước 30/6/2026, với điều kiện hồ sơ đầy đủ",
    "Tiếp nhận hồ sơ trước 30/6/2026 với điều kiện người nộp có giấy tờ hợp lệ",
    "Đăng ký trước 30/6/2026, điều kiện là công dân Việt Nam",
    "Đăng ký trước 30/6/2026, với điều kiện đủ 18 tuổi",
    "Nộp hồ sơ trước 30/6/2026, trường hợp chưa được phê duyệt báo cáo Sở",
    "Hoàn thành trước 30/6/2026 (điều kiện: hồ sơ hợp lệ)",
    "Nộp hồ sơ trước 30/6/2026, miễn là có đủ điều kiện",
    # L2: a share forecast, the deadline wished met
    "Hoàn thành trước 30/6/2026, ước hoàn thành 80% khối lượng",
    "Hoàn thành trước 30/6/2026, ước hoàn thành 80%",
    "Hoàn thành trước 30/6/2026, mong muốn hoàn thành đúng hạn",
    "Hoàn thành trước 30/6/2026, ước hoàn thành khoảng 90% khối lượng",
    "Hoàn thành trước 30/6/2026 và hy vọng thành công",
    "Hoàn thành trước 30/6/2026 và mong đợi kết quả tốt",
    "Hoàn thành trước 30/6/2026 và báo cáo kết quả",
    # L4: the applicant's own proposal
    "Trường hợp đơn vị đề nghị, gửi văn bản trước 30/6/2026",
    "Trường hợp doanh nghiệp đề nghị, gửi hồ sơ trước 30/6/2026",
    "Trường hợp cá nhân đề nghị, nộp đơn trước 30/6/2026",
    "Trường hợp doanh nghiệp yêu cầu bổ sung, gửi hồ sơ trước 30/6/2026",
    "Co kinh phi ho tro, cac don vi nop truoc 30/6/2026",
    "Trường hợp cán bộ đề nghị, gửi đơn trước 30/6/2026",
    "Trường hợp bộ phận một cửa đề nghị, gửi hồ sơ trước 30/6/2026",
    "Trường hợp người dân đề nghị, nộp đơn trước 30/6/2026",
]

# L3: a doer's "có thể" is leave: read as main
LEAVE = [
    ("Các trường có thể khai giảng vào ngày 5/9/2026", "2026-09-05"),
    ("Trường có thể khai giảng vào sáng 5/9/2026", "2026-09-05"),
    ("Các lớp có thể họp vào chiều 20/4/2026", "2026-04-20"),
    ("Học sinh có thể họp vào ngày 20/4/2026", "2026-04-20"),
    ("Các đơn vị có thể tổ chức vào ngày 20/4/2026", "2026-04-20"),
    ("Hội nghị có thể được tổ chức theo hình thức trực tuyến vào ngày 20/4/2026", "2026-04-20"),
    ("Hội nghị tổ chức vào ngày 20/4/2026", "2026-04-20"),
    ("Tổ chức ngày 20/4/2026 (đánh giá sơ bộ)", "2026-04-20"),
    ("Các lớp có thể tổ chức họp vào ngày 20/4/2026", "2026-04-20"),
    ("Lễ khai giảng tổ chức vào sáng thứ Bảy 5/9/2026", "2026-09-05"),
]

# H: refused with the way out (each read as a firm day on main)
HOLES = [
    "Lễ bế giảng có thể tổ chức vào cuối tháng 5/2026",
    "Lễ khai giảng có thể tổ chức vào đầu tháng 9/2026",
    "Hội nghị có thể được tổ chức vào giữa tháng 4/2026",
    "Hội nghị có thể được tổ chức vào dịp 30/4/2026",
    "Hội nghị có thể được tổ chức vào thứ Hai, ngày 20/4/2026",
    "Lễ khai giảng có thể được tổ chức vào sáng thứ Bảy 5/9/2026",
    "Hội nghị có thể được tổ chức ngay trong ngày 20/4/2026",
    "Hội nghị có thể được tổ chức từ ngày 20/4 đến ngày 22/4/2026",
    "Hội nghị có thể kết thúc vào ngày 22/4/2026",
    "Đại hội có thể được tiến hành vào ngày 20/4/2026",
    "Kỳ họp có thể được triệu tập vào ngày 20/4/2026",
    "Hội thảo khoa học có thể được tổ chức vào cuối tháng 5/2026",
    "Khả năng các trường sẽ khai giảng vào sáng 5/9/2026",
    "Cuộc thi có thể được tổ chức vào ngày 20/4/2026",
    "Chương trình có thể được tổ chức vào ngày 20/4/2026",
    "Ngày hội có thể được tổ chức vào ngày 20/4/2026",
    "Buổi họp có thể tổ chức ngày 20/4/2026",
    "Hoàn thành trước 30/6/2026 — mong đợi hoàn thành",
    "Hoàn thành trước 30/6/2026, hy vọng kịp hoàn thành",
    "Hoàn thành trước 30/6/2026 và hy vọng sẽ xong",
    "Mong chờ hoàn thành trước 30/6/2026",
    "Hoàn thành trước 30/6/2026, ước hoàn thành",
    "Hoàn thành trước 30/6/2026, mong hoàn thành sớm",
    "Mong hoàn thành trước 30/6/2026 và báo cáo trước 15/7/2026",
    "Tổ chức ngày 20/4/2026 - sơ bộ",
    "Tổ chức ngày 20/4/2026 – tạm chốt",
    "Tổ chức ngày 20/4/2026 (thời gian sơ bộ)",
    "Tổ chức ngày 20/4/2026 (tạm chốt thời gian)",
    "Tổ chức ngày 20/4/2026 (sơ bộ, chờ xác nhận)",
    "To chuc ngay 20/4/2026 - so bo",
    "Trường hợp Bộ yêu cầu báo cáo, gửi trước 30/6/2026",
    "Trường hợp Bộ yêu cầu bổ sung, gửi trước 30/6/2026",
    "Trường hợp Bộ đề nghị, báo cáo trước 30/6/2026",
    "Trường hợp UBND tỉnh yêu cầu, báo cáo trước 30/6/2026",
    "Trường hợp cấp trên yêu cầu, gửi văn bản trước 30/6/2026",
    "Có kinh phí, thì hoàn thành trước 30/6/2026",
    "Co kinh phi thi hoan thanh truoc 30/6/2026",
    "Hoàn thành trước 30/6/2026 trong trường hợp được giao vốn",
    "Hoàn thành trước 30/6/2026, trường hợp đã có kinh phí",
    "Hoàn thành trước 30/6/2026 (điều kiện: có kinh phí)",
    "Hoàn thành trước 30/6/2026, tùy thuộc nguồn vốn",
    # L1's other half: a wait on the money, a figure no day of its own
    "Hoàn thành trước 30/6/2026, miễn là được bố trí đủ 100% vốn",
    "Hoàn thành trước 30/6/2026 với điều kiện có kinh phí năm 2026",
    "Hoàn thành trước 30/6/2026, miễn là có kinh phí",
    "Hoàn thành trước 30/6/2026 với điều kiện được phê duyệt",
    "Nộp hồ sơ trước 30/6/2026, miễn là được UBND tỉnh chấp thuận",
    "Hoàn thành trước 30/6/2026 miễn là thời tiết thuận lợi",
    "Nộp hồ sơ trước 30/6/2026, miễn là được cấp vốn",
    "Hoàn thành trước 30/6/2026 với điều kiện có quyết định phê duyệt",
    "Hoàn thành trước 30/6/2026 chỉ khi được bố trí kinh phí",
    "Hoàn thành trước 30/6/2026, miễn là ngân sách cho phép",
    "Hoàn thành trước 30/6/2026 một khi có vốn",
    "Hoàn thành trước 30/6/2026, điều kiện là được Bộ chấp thuận",
    "Hoàn thành trước 30/6/2026, với điều kiện nguồn lực đảm bảo",
    "Hoàn thành trước 30/6/2026, trường hợp được cấp có thẩm quyền phê duyệt",
    "Hoàn thành trước 30/6/2026, trường hợp được bố trí vốn",
    "Hoàn thành trước 30/6/2026 (với điều kiện được cấp kinh phí)",
    "Hoan thanh truoc 30/6/2026, mien la co kinh phi",
    "Hoàn thành trước 30/6/2026 miễn là có kinh phí năm 2026",
    "Hoàn thành trước 30/6/2026, với điều kiện có đủ vốn 50%",
    "Trường hợp Sở yêu cầu, gửi báo cáo trước 30/6/2026",
    "Trường hợp Thủ tướng yêu cầu, báo cáo trước 30/6/2026",
]


@pytest.mark.parametrize("phrase", WHO_MAY_ACT)
def test_a_condition_on_who_acts_or_a_share_forecast_reads_as_on_main(phrase: str) -> None:
    assert read_days(phrase, MAR_2026) == JUNE_30


def test_a_forecast_share_in_a_window_reads_as_on_main() -> None:
    phrase = "Thời gian thực hiện: từ 01/3/2026 đến 30/6/2026 (ước tính hoàn thành 100%)"
    assert read_days(phrase, MAR_2026) == (DeadlineKind.WINDOW, "2026-03-01", "2026-06-30")


@pytest.mark.parametrize(("phrase", "day"), LEAVE)
def test_a_doers_leave_reads_as_on_main(phrase: str, day: str) -> None:
    assert read_days(phrase, MAR_2026) == (DeadlineKind.DATE, day, day)


@pytest.mark.parametrize("phrase", HOLES)
def test_a_guessed_drafted_or_conditional_day_is_refused(phrase: str) -> None:
    assert "last_day" in refused(phrase, ctx(MAR_2026))


def test_the_refusals_name_what_they_refuse() -> None:
    assert "có thể" in refused("Hội nghị có thể kết thúc vào ngày 22/4/2026", ctx(MAR_2026))
    assert "sơ bộ" in refused("Tổ chức ngày 20/4/2026 - sơ bộ", ctx(MAR_2026))
    assert "tùy thuộc" in refused("Hoàn thành trước 30/6/2026, tùy thuộc nguồn vốn", ctx(MAR_2026))
