"""Branch c63: hedges, conditions and estimates main read as due, refused with the way out.

Session 63's brief (c63) listed phrases main read as firm days: a condition on the money
after the day ("Hoàn thành trước 30/6/2026 trong điều kiện có kinh phí"), the money had at
the head with a comma ("Có kinh phí, hoàn thành trước 30/6/2026": the same "if" as "Có
kinh phí thì …", c62's ruling), a step owed only if another body asks ("Theo đề nghị của Bộ
(nếu có), báo cáo trước 30/6/2026"), an event as the subject of a guess ("Lễ khai giảng có
khả năng tổ chức vào ngày 5/9/2026", "Giải chạy có thể được tổ chức vào ngày 20/4/2026",
"Khả năng các trường tổ chức khai giảng vào ngày 5/9/2026"), a provisional day ("… (tạm
thời)", "… - tạm thời", "(tạm tính)"), and an estimate of a result at a date ("Đến 30/6/2026
ước hoàn thành 80% kế hoạch", "Dự ước đến hết năm 2026 đạt 95%"). A day read from any of them
is a silent wrong date: the work may never be owed, or the day is not set, or it is a status
figure. No corpus phrase has these forms; their neighbours in the corpus ("Các trường có
thể tổ chức khai giảng vào tuần cuối tháng 8", w-press-baomoi-qdnd-khung-nam-hoc) read as
before, and so do the neighbours below: "(nếu có)" after a thing ("Gửi ý kiến góp ý (nếu có)
trước …": any comments, owed by the day by whoever has them), an advance payment ("Tạm ứng
kinh phí …"), a target ("Đến 30/6/2026 hoàn thành 80% kế hoạch"), a doer's leave ("Các
trường có thể tổ chức khai giảng …"), a condition on how the work goes ("… trong điều kiện
bình thường").

"(tạm thời)" alone after the day was read by session 60's ruling (the plan's own time,
test_m59, test_e60, test_c62, test_d61); c63's brief rules it refused, and those pins now
point here.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

JAN_2026 = "2026-01-15"
JUNE_30 = (DeadlineKind.DATE, "2026-06-30", "2026-06-30")

# A condition on the money or a go-ahead after the day, or heading the step
CONDITIONED = [
    "Hoàn thành trước 30/6/2026 trong điều kiện có kinh phí",
    "Hoàn thành trước 30/6/2026, trong điều kiện có kinh phí",
    "Hoàn thành trước 30/6/2026 trong điều kiện kinh phí cho phép",
    "Hoàn thành trước 30/6/2026 trong điều kiện được bố trí vốn",
    "Hoàn thành trước 30/6/2026 trong điều kiện có kinh phí năm 2026",
    "Hoàn thành trước 30/6/2026 nếu điều kiện kinh phí cho phép",
    "Hoàn thành trước 30/6/2026 khi được bố trí kinh phí",
    "Hoàn thành trước 30/6/2026 khi có kinh phí",
    "Hoàn thành trước 30/6/2026 khi được phê duyệt",
    "Trong điều kiện có kinh phí, hoàn thành trước 30/6/2026",
    "Trong điều kiện được bố trí vốn, khởi công trước 30/6/2026",
    "Có kinh phí, hoàn thành trước 30/6/2026",
    "Có đủ kinh phí, hoàn thành trước 30/6/2026",
    "Còn kinh phí, tổ chức hội nghị trước 30/6/2026",
    "Có nguồn vốn, khởi công trước 30/6/2026",
    "Có kinh phí và nhân lực, hoàn thành trước 30/6/2026",
    "Có kinh phí thì hoàn thành trước 30/6/2026",
    "Co kinh phi, hoan thanh truoc 30/6/2026",
    "Hoan thanh truoc 30/6/2026 trong dieu kien co kinh phi",
    "Hoàn thành trước 30/6/2026 trong điều kiện cho phép",
    "Hoàn thành trước 30/6/2026 trong điều kiện thời gian cho phép",
]

# A step owed only if another body asks for it
ASKED_IF_ANY = [
    "Theo đề nghị của Bộ (nếu có), báo cáo trước 30/6/2026",
    "Theo yêu cầu của Bộ (nếu có), báo cáo trước 30/6/2026",
    "Báo cáo theo yêu cầu của Bộ (nếu có) trước 30/6/2026",
    "Báo cáo trước 30/6/2026 theo yêu cầu của Bộ (nếu có)",
    "Gửi hồ sơ bổ sung theo yêu cầu (nếu có) trước 30/6/2026",
    "Theo đề xuất của các sở (nếu có), UBND tỉnh phê duyệt trước 30/6/2026",
    "Theo chỉ đạo của UBND tỉnh (nếu có), triển khai trước 30/6/2026",
    "Báo cáo (khi có yêu cầu) trước 30/6/2026",
    "Báo cáo (nếu có yêu cầu) trước 30/6/2026",
    "Báo cáo trước 30/6/2026 (khi có yêu cầu)",
    "Báo cáo trước 30/6/2026 (nếu có yêu cầu)",
    "Theo de nghi cua Bo (neu co), bao cao truoc 30/6/2026",
]

# An event whose day is guessed
GUESSED_EVENT = [
    "Lễ khai giảng có khả năng tổ chức vào ngày 5/9/2026",
    "Lễ khai giảng có khả năng được tổ chức vào ngày 5/9/2026",
    "Lễ khai giảng có thể tổ chức vào ngày 5/9/2026",
    "Hội nghị có khả năng diễn ra vào ngày 20/4/2026",
    "Giải chạy có thể được tổ chức vào ngày 20/4/2026",
    "Giải chạy có khả năng tổ chức vào ngày 20/4/2026",
    "Giải bóng đá có thể diễn ra vào ngày 20/4/2026",
    "Giải việt dã có thể được tổ chức vào ngày 20/4/2026",
    "Cuộc thi có khả năng lùi đến ngày 20/4/2026",
    "Khả năng các trường tổ chức khai giảng vào ngày 5/9/2026",
    "Khả năng các trường sẽ khai giảng vào ngày 5/9/2026",
    "Khả năng tổ chức khai giảng vào ngày 5/9/2026",
    "Khả năng các đơn vị hoàn thành trước 30/6/2026",
    "Khả năng nhiều địa phương tổ chức khai giảng vào ngày 5/9/2026",
    "Hoi nghi co the duoc to chuc vao ngay 20/4/2026",
    "Le khai giang co kha nang to chuc vao ngay 5/9/2026",
]

# A day told provisional
PROVISIONAL = [
    "Hoàn thành trước 30/6/2026 (tạm thời)",
    "Hoàn thành trước 30/6/2026 - tạm thời",
    "Hoàn thành trước 30/6/2026, tạm thời",
    "Hoàn thành trước 30/6/2026 [tạm thời]",
    "Hoàn thành trước 30/6/2026 (tạm tính)",
    "Hoàn thành trước 30/6/2026 - tạm tính",
    "Hoàn thành trước 30/6/2026 (tạm định)",
    "Hoàn thành trước 30/6/2026 - tạm định",
    "Hoàn thành trước 30/6/2026 (tạm thời, chờ xác nhận)",
    "Ngày thi 15/5/2026 (tạm thời)",
    "Ngày 20/4/2026 (tạm thời)",
    "Hoàn thành trước 30/6/2026 (dự kiến)",
    "Tạm dừng thi công đến 30/6/2026",
    "Tạm thời dừng thi công đến 30/6/2026",
    "Tạm thời ngừng cấp nước đến ngày 30/6/2026",
]

# A result estimated at a date: a status figure, no deadline
ESTIMATED = [
    "Đến 30/6/2026 ước hoàn thành 80% kế hoạch",
    "Đến 30/6/2026, ước giải ngân 60% kế hoạch",
    "Đến hết năm 2026, toàn tỉnh ước giải ngân đạt 95%",
    "Đến hết năm 2026 dự ước đạt 95% kế hoạch",
    "Đến hết tháng 6/2026 ước đạt 50% kế hoạch",
    "Ước đến 30/6/2026 giải ngân đạt 60%",
    "Ước thực hiện đến 30/6/2026 đạt 60%",
    "Dự ước đến hết năm 2026 đạt 95%",
    "Dự ước đến 30/6/2026 giải ngân đạt 60%",
    "Dự ước thu ngân sách đến hết năm 2026 đạt 95%",
    "Đến 30/6/2026 ước thực hiện 1.200 tỷ đồng",
]

# A step's end estimated or wished, no figure
ESTIMATED_END = [
    "Đến 30/6/2026 ước hoàn thành",
    "Đến 30/6/2026, ước hoàn thành",
    "Đến 30/6/2026 dự ước hoàn thành",
    "Ước hoàn thành trước 30/6/2026",
    "Mong ước hoàn thành trước 30/6/2026",
]


@pytest.mark.parametrize("phrase", CONDITIONED + ASKED_IF_ANY + PROVISIONAL)
def test_a_day_that_may_not_hold_is_refused_with_the_way_out(phrase: str) -> None:
    assert "last_day" in refused(phrase, ctx(JAN_2026))


@pytest.mark.parametrize("phrase", GUESSED_EVENT + ESTIMATED_END)
def test_an_event_whose_day_is_guessed_is_refused(phrase: str) -> None:
    assert "last_day" in refused(phrase, ctx(JAN_2026))


@pytest.mark.parametrize("phrase", ESTIMATED)
def test_a_result_estimated_at_a_date_is_no_deadline(phrase: str) -> None:
    assert "không phải thời hạn" in refused(phrase, ctx(JAN_2026))


def test_the_refusals_name_what_they_refuse() -> None:
    why = refused("Theo đề nghị của Bộ (nếu có), báo cáo trước 30/6/2026", ctx(JAN_2026))
    assert "Theo đề nghị của Bộ (nếu có)" in why
    assert "trong điều kiện" in refused(
        "Hoàn thành trước 30/6/2026 trong điều kiện có kinh phí", ctx(JAN_2026)
    )
    assert "có kinh phí" in refused("Có kinh phí, hoàn thành trước 30/6/2026", ctx(JAN_2026))
    assert "tạm thời" in refused("Hoàn thành trước 30/6/2026 (tạm thời)", ctx(JAN_2026))
    assert "có khả năng" in refused(
        "Lễ khai giảng có khả năng tổ chức vào ngày 5/9/2026", ctx(JAN_2026)
    )


# The neighbours that keep their day, as on main
READ_AS_ON_MAIN = [
    # "(nếu có)" after a thing: any such thing, owed by the day by whoever has one
    ("Gửi ý kiến góp ý (nếu có) trước 30/6/2026", JUNE_30),
    ("Báo cáo bổ sung (nếu có) trước 30/6/2026", JUNE_30),
    ("Báo cáo vướng mắc (nếu có) trước 30/6/2026", JUNE_30),
    ("Kiến nghị (nếu có) gửi về Sở trước 30/6/2026", JUNE_30),
    # ... a request made, no "(nếu có)"
    ("Theo đề nghị của Bộ, báo cáo trước 30/6/2026", JUNE_30),
    ("Theo yêu cầu của Bộ, báo cáo trước 30/6/2026", JUNE_30),
    ("Giải trình theo yêu cầu của đoàn kiểm tra trước 30/6/2026", JUNE_30),
    ("Gửi báo cáo theo yêu cầu và tài liệu bổ sung (nếu có) trước 30/6/2026", JUNE_30),
    ("Gửi báo cáo theo yêu cầu của Bộ và tài liệu bổ sung (nếu có) trước 30/6/2026", JUNE_30),
    # ... a condition on how the work goes, not whether
    ("Hoàn thành trước 30/6/2026 trong điều kiện bình thường", JUNE_30),
    ("Hoàn thành trước 30/6/2026 trong điều kiện dịch bệnh", JUNE_30),
    ("Hoàn thành trước 30/6/2026 trong điều kiện khó khăn", JUNE_30),
    ("Nộp hồ sơ trước 30/6/2026 trong điều kiện hồ sơ hợp lệ", JUNE_30),
    ("Trong điều kiện mới, hoàn thành trước 30/6/2026", JUNE_30),
    ("Tiếp tục thực hiện trong điều kiện mới, hoàn thành trước 30/6/2026", JUNE_30),
    ("Hoàn thành trước 30/6/2026 trong điều kiện pháp luật cho phép", JUNE_30),
    ("Co kinh phi du, nop tra ngan sach truoc 30/6/2026", JUNE_30),
    (
        "Cac truong co the to chuc khai giang vao ngay 5/9/2026",
        (DeadlineKind.DATE, "2026-09-05", "2026-09-05"),
    ),
    (
        "Hoi nghi co the to chuc theo hinh thuc truc tuyen vao ngay 20/4/2026",
        (DeadlineKind.DATE, "2026-04-20", "2026-04-20"),
    ),
    ("Giai ngan co the thuc hien truoc 30/6/2026", JUNE_30),
    # ... the money had already, given, or spent back; the applicant's own step
    ("Đã có kinh phí, hoàn thành trước 30/6/2026", JUNE_30),
    ("Bố trí kinh phí, hoàn thành trước 30/6/2026", JUNE_30),
    ("Cấp kinh phí, hoàn thành trước 30/6/2026", JUNE_30),
    ("Có kế hoạch, hoàn thành trước 30/6/2026", JUNE_30),
    ("Có văn bản hướng dẫn, hoàn thành trước 30/6/2026", JUNE_30),
    ("Có kinh phí dư, nộp trả ngân sách trước 30/6/2026", JUNE_30),
    ("Trong điều kiện có kinh phí, đăng ký trước 30/6/2026", JUNE_30),
    ("Có kinh phí thì đăng ký trước 30/6/2026", JUNE_30),
    # ... an advance payment, a provisional thing (not the day), a draft's copy
    ("Tạm ứng kinh phí trước 30/6/2026", JUNE_30),
    ("Hoàn thành trước 30/6/2026 - tạm ứng 50%", JUNE_30),
    ("Nộp tờ khai tạm tính trước 30/6/2026", JUNE_30),
    ("Tạm tính thuế trước 30/6/2026", JUNE_30),
    ("Nộp danh sách tạm thời trước 30/6/2026", JUNE_30),
    (
        "Nộp hồ sơ trước ngày 15/5/2026 (bản tạm thời)",
        (DeadlineKind.DATE, "2026-05-15", "2026-05-15"),
    ),
    (
        "Cấp giấy phép tạm thời trước ngày 15/5/2026",
        (DeadlineKind.DATE, "2026-05-15", "2026-05-15"),
    ),
    # ... an event told, not guessed; a doer's leave or ability; "giải" of a step
    ("Lễ khai giảng tổ chức vào ngày 5/9/2026", (DeadlineKind.DATE, "2026-09-05", "2026-09-05")),
    (
        "Lễ khai giảng chắc chắn tổ chức vào ngày 5/9/2026",
        (DeadlineKind.DATE, "2026-09-05", "2026-09-05"),
    ),
    ("Giải chạy được tổ chức vào ngày 20/4/2026", (DeadlineKind.DATE, "2026-04-20", "2026-04-20")),
    ("Giải chạy tổ chức vào ngày 20/4/2026", (DeadlineKind.DATE, "2026-04-20", "2026-04-20")),
    (
        "Giải chạy có thể đăng ký trước ngày 20/4/2026",
        (DeadlineKind.DATE, "2026-04-20", "2026-04-20"),
    ),
    ("Giải ngân có thể thực hiện trước 30/6/2026", JUNE_30),
    ("Giải quyết hồ sơ có thể thực hiện trước 30/6/2026", JUNE_30),
    (
        "Các trường có thể tổ chức khai giảng vào ngày 5/9/2026",
        (DeadlineKind.DATE, "2026-09-05", "2026-09-05"),
    ),
    (
        "Các trường có khả năng tổ chức khai giảng vào ngày 5/9/2026",
        (DeadlineKind.DATE, "2026-09-05", "2026-09-05"),
    ),
    (
        "Đề nghị các trường tổ chức khai giảng vào ngày 5/9/2026",
        (DeadlineKind.DATE, "2026-09-05", "2026-09-05"),
    ),
    (
        "Đánh giá khả năng các trường tổ chức khai giảng vào ngày 5/9/2026",
        (DeadlineKind.DATE, "2026-09-05", "2026-09-05"),
    ),
    ("Khả năng các trường tổ chức khai giảng, báo cáo trước 30/6/2026", JUNE_30),
    ("Khả năng tài chính các đơn vị hoàn thành trước 30/6/2026", JUNE_30),
    # ... a target at a date, a report of the estimate to make
    ("Đến 30/6/2026 hoàn thành 80% kế hoạch", JUNE_30),
    ("Đến 30/6/2026 phấn đấu hoàn thành 80% kế hoạch", JUNE_30),
    ("Đến 30/6/2026 giải ngân đạt 60% kế hoạch", JUNE_30),
    ("Đến 30/6/2026, gửi số liệu ước thực hiện về Sở", JUNE_30),
    ("Báo cáo ước thực hiện năm 2026 trước 30/6/2026", JUNE_30),
    ("Lập báo cáo ước thực hiện trước 30/6/2026", JUNE_30),
    ("Quỹ Ước mơ trao học bổng trước 30/6/2026", JUNE_30),
    ("Tổ chức hội nghị (nếu có) trước 30/6/2026", JUNE_30),
    ("Dự kiến đến 30/6/2026 hoàn thành 80% kế hoạch", JUNE_30),
    ("Hoàn thành trước 30/6/2026 - ước đạt 80% kế hoạch", JUNE_30),
    ("Đến năm 2030, tỷ lệ che phủ rừng đạt 42%", (DeadlineKind.DATE, "2030-12-31", "2030-12-31")),
]


@pytest.mark.parametrize(("phrase", "expected"), READ_AS_ON_MAIN)
def test_the_neighbours_read_as_on_main(phrase: str, expected: tuple[object, ...]) -> None:
    assert read_days(phrase, JAN_2026) == expected
