"""Branch b60b: b60 narrowed where a fresh tester found holes (session 60).

b60's meeting form ("Tại cuộc họp hôm 20/02/2026, UBND tỉnh yêu cầu hoàn thành trước
30/6/2026": the meeting's day dropped, the task's read) newly read called-off, proposed and
voters' tasks as due ("…, UBND tỉnh bãi bỏ yêu cầu hoàn thành trước 30/6/2026", "…, Sở Giao
thông vận tải đề xuất khởi công ngày 15/4/2026"): taken back whole, each refused as on main.

b60's hedges lost readings main had right: bare "có thể" after a time is leave to do a step
of the reader's ("Trước 30/6/2026 có thể đăng ký trực tuyến"; the corpus's "có thể bố trí
lịch xuống giống từ ngày 23 đến 29-10-2023", o-hau-giang-lich-xuong-giong-dong-xuan-2023-
2024.yaml), a guess only before an event's verb ("Ngày 15/4/2026 có thể tổ chức"); "Dự đoán"
is the task's verb before a noun ("Dự đoán nhu cầu nhân lực gửi về Sở …"), a guess before
"là" or a verb of an event or an end; "tin đồn" is an object unless "Có tin đồn"; "Có khả
năng … thì …" is a condition (able to); and session 60's notes ("(dự thảo)", "(TBD)", "(còn
chờ)", "[chờ xác nhận]", "(chưa được … chính thức)") count only right after the time, never
after an object or a document's name ("Góp ý Kế hoạch năm 2026 (dự thảo) trước 15/3/2026").
Each read is as on main; the neighbours that guess, wish, note or call off stay refused.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

MAR_2026 = ctx("2026-03-01")


# The meeting form taken back: each refused, as on main
@pytest.mark.parametrize(
    "phrase",
    [
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh yêu cầu hoàn thành trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh bãi bỏ yêu cầu hoàn thành trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh chưa yêu cầu hoàn thành trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, Sở Giao thông vận tải đề xuất khởi công ngày 15/4/2026",
        "Tại buổi làm việc hôm 20/02/2026, Hiệp hội doanh nghiệp đề nghị Bộ Tài chính cho nộp thuế đến 30/6/2026",
        "Tại buổi làm việc hôm 20/02/2026, doanh nghiệp đề nghị gia hạn nộp thuế đến 30/6/2026",
        "Tại buổi tiếp xúc cử tri hôm 20/02/2026, cử tri đề nghị sửa đường trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, Chủ tịch UBND tỉnh yêu cầu hoàn thành trước 30/6/2026 nhưng nhà thầu chưa cam kết",
        "Tại cuộc họp hôm 20/02/2026, Công ty Giao nhận đề xuất giao hàng trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, Sở Giao thông vận tải báo cáo dự kiến thông xe trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, Sở Giao thông vận tải báo cáo sẽ thông xe ngày 30/4/2026",
        "Tại cuộc họp hôm 20/02/2026, Sở Giao thông vận tải cho biết sẽ thông xe ngày 30/4/2026",
        "Tại cuộc họp hôm 20/02/2026, Sở Giao thông vận tải cho rằng không thể thông xe trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, Sở Giao thông vận tải có thể thông xe trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, Sở Giao thông vận tải đề xuất thông xe trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, Sở Giáo dục và Đào tạo đề xuất tổ chức kỳ thi thử ngày 15/4/2026",
        "Tại cuộc họp hôm 20/02/2026, Sở Tài chính đề nghị UBND tỉnh cho phép gia hạn đến 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, Sở Tài chính đề nghị lùi thời hạn sang ngày 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, Sở Tài chính đề nghị lùi thời hạn đến 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, Sở Tài chính đề nghị được nộp báo cáo vào ngày 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, Trung tâm Giao dịch cho biết sẽ mở phiên ngày 15/4/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh bác bỏ kiến nghị giao đất trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh bác đề nghị gia hạn đến 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh bãi bỏ kết luận khởi công ngày 15/4/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh chưa chỉ đạo khởi công ngày 15/4/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh chưa giao thời hạn hoàn thành 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh chưa kết luận việc khởi công ngày 15/4/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh chưa đồng ý đề nghị khởi công ngày 15/4/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh chỉ đạo chưa triển khai trước ngày 1/7/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh ghi nhận đề nghị hoàn thành trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh giao Sở Giao thông vận tải hoàn thành trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh giao Sở Tài chính nghiên cứu, đề xuất trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh hủy bỏ yêu cầu hoàn thành trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh không chấp thuận đề nghị lùi đến 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh không đồng ý đề nghị lùi đến 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh kết luận Sở Tài chính đã đề nghị hoàn thành trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh rút lại yêu cầu hoàn thành trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh từ chối đề nghị khởi công ngày 15/4/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh yêu cầu bãi bỏ Quyết định số 12/QĐ-UBND ngày 10/3/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh yêu cầu hoàn thành trước 30/6/2026 theo đề nghị của Sở",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh yêu cầu hoàn thành trước 31/3/2026 thay vì 30/6/2026 như đề xuất",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh yêu cầu đề xuất mốc thời gian hoàn thành trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh đã yêu cầu hoàn thành trước 31/3/2026 song nay bãi bỏ",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh đề nghị Chính phủ xem xét cho phép kéo dài đến 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, UBND tỉnh đề nghị xem xét lùi thời hạn đến 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, các đại biểu đề nghị tổ chức lễ hội ngày 15/4/2026",
        "Tại cuộc họp hôm 20/02/2026, cử tri đề nghị khởi công cầu Bến Lức trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, người dân đề nghị trả tiền bồi thường trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, nhà thầu đề nghị giao mặt bằng trước 30/6/2026",
        "Tại cuộc họp hôm 20/02/2026, nhà đầu tư đề nghị được khởi công ngày 15/4/2026",
        "Tại cuộc họp hôm 20/02/2026, đại diện Sở Giao thông vận tải xin gia hạn đến 30/6/2026",
    ],
)
def test_a_meetings_day_before_its_task_is_refused_as_on_main(phrase: str) -> None:
    refused(phrase, MAR_2026)


# Main's right readings b60 lost, restored (issued 01/03/2026)
@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "Trước 30/6/2026 có thể đăng ký trực tuyến",
            (DeadlineKind.DATE, "2026-06-30", "2026-06-30"),
        ),
        (
            "Đến hết ngày 30/6/2026 có thể đăng ký bổ sung",
            (DeadlineKind.DATE, "2026-06-30", "2026-06-30"),
        ),
        (
            "Hết ngày 30/6/2026 có thể nộp hồ sơ bổ sung",
            (DeadlineKind.DATE, "2026-06-30", "2026-06-30"),
        ),
        (
            "Chậm nhất ngày 30/6/2026 có thể nộp trực tuyến",
            (DeadlineKind.DATE, "2026-06-30", "2026-06-30"),
        ),
        (
            "Hạn nộp: 30/6/2026 có thể nộp qua bưu điện",
            (DeadlineKind.DATE, "2026-06-30", "2026-06-30"),
        ),
        (
            "Ngày 15/4/2026 có thể nộp hồ sơ trực tiếp hoặc qua bưu điện",
            (DeadlineKind.DATE, "2026-04-15", "2026-04-15"),
        ),
        (
            "Trước 15/3/2026 có thể gửi ý kiến bằng văn bản hoặc qua email",
            (DeadlineKind.DATE, "2026-03-15", "2026-03-15"),
        ),
        (
            "Từ ngày 1/4 đến ngày 30/6/2026 có thể đăng ký tại bộ phận một cửa",
            (DeadlineKind.WINDOW, "2026-04-01", "2026-06-30"),
        ),
        (
            "Từ ngày 01/4/2026 đến hết ngày 30/6/2026 có thể đăng ký trực tuyến",
            (DeadlineKind.WINDOW, "2026-04-01", "2026-06-30"),
        ),
        (
            "Từ 1/4 đến 30/6/2026 có thể nộp hồ sơ tại Bộ phận một cửa",
            (DeadlineKind.WINDOW, "2026-04-01", "2026-06-30"),
        ),
        (
            "Từ ngày 10 đến 20/4/2026 có thể đăng ký",
            (DeadlineKind.WINDOW, "2026-04-10", "2026-04-20"),
        ),
        ("Từ nay đến 30/6/2026 có thể đăng ký", (DeadlineKind.WINDOW, "2026-03-01", "2026-06-30")),
        (
            "Dự đoán nhu cầu nhân lực gửi về Sở trước ngày 15/3/2026",
            (DeadlineKind.DATE, "2026-03-15", "2026-03-15"),
        ),
        (
            "Dự đoán sản lượng lúa vụ Đông Xuân gửi về Sở trước 15/3/2026",
            (DeadlineKind.DATE, "2026-03-15", "2026-03-15"),
        ),
        (
            "Dự đoán nhu cầu tuyển dụng năm 2026 gửi Sở Nội vụ trước ngày 31/3/2026",
            (DeadlineKind.DATE, "2026-03-31", "2026-03-31"),
        ),
        (
            "Dự đoán, đánh giá tình hình sâu bệnh gửi về Chi cục trước 15/3/2026",
            (DeadlineKind.DATE, "2026-03-15", "2026-03-15"),
        ),
        (
            "Xây dựng kịch bản, dự đoán nhu cầu điện gửi về Sở trước 15/3/2026",
            (DeadlineKind.DATE, "2026-03-15", "2026-03-15"),
        ),
        (
            "Xử lý tin đồn thất thiệt trên mạng xã hội trước ngày 15/3/2026",
            (DeadlineKind.DATE, "2026-03-15", "2026-03-15"),
        ),
        (
            "Rà soát, xử lý các tin đồn sai sự thật trước 31/3/2026",
            (DeadlineKind.DATE, "2026-03-31", "2026-03-31"),
        ),
        (
            "Đấu tranh, bác bỏ tin đồn thất thiệt trước 31/3/2026",
            (DeadlineKind.DATE, "2026-03-31", "2026-03-31"),
        ),
        (
            "Kiểm soát tin đồn sai sự thật trên không gian mạng từ ngày 1/3 đến 30/4/2026",
            (DeadlineKind.WINDOW, "2026-03-01", "2026-04-30"),
        ),
        (
            "Có khả năng đáp ứng yêu cầu thì gửi hồ sơ trước 30/6/2026",
            (DeadlineKind.DATE, "2026-06-30", "2026-06-30"),
        ),
        # ("Có khả năng tài chính thì hoàn thành trước 30/6/2026" is no longer pinned as
        # read: the money had, closed by "thì", is the condition "Nếu có kinh phí thì …" is,
        # one the plan does not guarantee: refused, c62's ruling, tests/test_c62.py)
        (
            "Có khả năng thực hiện thì đăng ký trước 15/3/2026",
            (DeadlineKind.DATE, "2026-03-15", "2026-03-15"),
        ),
        (
            "Góp ý Kế hoạch năm 2026 (dự thảo) trước 15/3/2026",
            (DeadlineKind.DATE, "2026-03-15", "2026-03-15"),
        ),
        (
            "Góp ý Tờ trình số 12/TTr-STC ngày 20/02/2026 (dự thảo) trước 15/3/2026",
            (DeadlineKind.DATE, "2026-03-15", "2026-03-15"),
        ),
        (
            "Góp ý vào dự thảo Kế hoạch năm 2026 (dự thảo) trước 15/3/2026",
            (DeadlineKind.DATE, "2026-03-15", "2026-03-15"),
        ),
        (
            "Trước 30/6/2026, trình Quy chế (dự thảo) lên UBND tỉnh",
            (DeadlineKind.DATE, "2026-06-30", "2026-06-30"),
        ),
        (
            "Năm 2026, hoàn thành Quy hoạch (dự thảo) trước 30/6",
            (DeadlineKind.DATE, "2026-06-30", "2026-06-30"),
        ),
        (
            "Trước 30/6/2026, báo cáo kết quả thực hiện Kế hoạch (dự thảo) số 12/KH-UBND",
            (DeadlineKind.DATE, "2026-06-30", "2026-06-30"),
        ),
        (
            "Ngày 20/3/2026 họp thẩm định Đề án (dự thảo)",
            (DeadlineKind.DATE, "2026-03-20", "2026-03-20"),
        ),
        (
            "Góp ý Kế hoạch năm 2026 (TBD) trước 15/3/2026",
            (DeadlineKind.DATE, "2026-03-15", "2026-03-15"),
        ),
        (
            "Trước 30/6/2026, hỗ trợ giáo viên (chưa được tuyển dụng chính thức)",
            (DeadlineKind.DATE, "2026-06-30", "2026-06-30"),
        ),
        (
            "Hỗ trợ trước 30/6/2026 cho người lao động (chưa có hợp đồng chính thức)",
            (DeadlineKind.DATE, "2026-06-30", "2026-06-30"),
        ),
        (
            "Ngày 15/3/2026 tổ chức tập huấn cho cán bộ (chưa được bổ nhiệm chính thức)",
            (DeadlineKind.DATE, "2026-03-15", "2026-03-15"),
        ),
        (
            "Trước 30/6/2026 hỗ trợ các cơ sở (chưa được công nhận chính thức)",
            (DeadlineKind.DATE, "2026-06-30", "2026-06-30"),
        ),
        (
            "Trước 30/6/2026, giải quyết các hồ sơ (còn chờ)",
            (DeadlineKind.DATE, "2026-06-30", "2026-06-30"),
        ),
        (
            "Hoàn thành trước 30/6/2026 các hồ sơ [chờ xác nhận]",
            (DeadlineKind.DATE, "2026-06-30", "2026-06-30"),
        ),
    ],
)
def test_main_right_readings_are_restored(phrase: str, expected: tuple[object, ...]) -> None:
    assert read_days(phrase, "2026-03-01") == expected


# The neighbours: an event guessed with "có thể", a guess or a wish, rumour, a note right
# after the time, a step called off: refused
@pytest.mark.parametrize(
    "phrase",
    [
        "Trước 30/6/2026 có thể tổ chức",
        "Ngày 15/4/2026 có thể tổ chức",
        "Ngày 15/4/2026 có thể khai mạc",
        "Ngày 15/4/2026 có thể diễn ra",
        "Ngày 15/4/2026 có thể họp",
        "Hội nghị khai mạc ngày 15/4/2026 có thể",
        "Trước 30/6/2026 có thể sẽ đăng ký trực tuyến",
        "Trước 30/6/2026 có lẽ đăng ký trực tuyến",
        "Trước 30/6/2026 rất có thể đăng ký trực tuyến",
        "Trước 30/6/2026 hy vọng đăng ký xong",
        "Trước 30/6/2026 chưa chắc đăng ký xong",
        "Đến hết ngày 30/6/2026 có lẽ sẽ đăng ký bổ sung",
        "Dự đoán khai mạc ngày 15/4/2026",
        "Dự đoán là hoàn thành trước 30/6/2026",
        "Theo dự đoán, hoàn thành trước 30/6/2026",
        "Theo dự đoán, nhu cầu nhân lực gửi về Sở trước ngày 15/3/2026",
        "Có tin đồn khai mạc ngày 15/4/2026",
        "Nghe đồn khai mạc ngày 15/4/2026",
        "Đồn rằng khai mạc ngày 15/4/2026",
        "Có khả năng khai mạc ngày 15/4/2026",
        "Có khả năng hoàn thành trước 30/6/2026",
        "Có khả năng sẽ hoàn thành trước 30/6/2026",
        "Tổ chức ngày 15/4/2026 (dự thảo)",
        "Tổ chức ngày 15/4/2026 (TBD)",
        "Tổ chức ngày 15/4/2026 [chờ xác nhận]",
        "Hoàn thành trước 30/6/2026 (còn chờ)",
        "Hoàn thành trước 30/6/2026 (chưa được phê duyệt chính thức)",
        "Góp ý Kế hoạch trước 15/3/2026 (dự thảo)",
        "Góp ý Kế hoạch năm 2026 trước 15/3/2026 (dự thảo)",
        "Góp ý Tờ trình số 12/TTr-STC ngày 20/02/2026 trước 15/3/2026 (TBD)",
        "Trước 30/6/2026 (dự thảo), trình Quy chế lên UBND tỉnh",
        "Hoàn thành trước 30/6/2026 [chờ xác nhận]",
        "Không yêu cầu góp ý Kế hoạch năm 2026 (dự thảo) trước 15/3/2026",
        "Ngày 15/4/2026 có thể nộp hồ sơ nếu được phê duyệt",
        "Hoãn dự đoán nhu cầu nhân lực gửi về Sở trước ngày 15/3/2026",
        "Có tin đồn xử lý tin đồn thất thiệt trước ngày 15/3/2026",
        "Ngày 15/4/2026 có thể hoãn tổ chức",
        "Dự đoán hoàn thành trước 30/6/2026",
        "Có khả năng, hoàn thành trước 30/6/2026 thì tốt",
        "Dự đoán hoàn thành trước 30/6/2026",
    ],
)
def test_the_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, MAR_2026)


def test_a_note_right_after_the_time_is_named() -> None:
    assert "“dự thảo”" in refused("Góp ý Kế hoạch trước 15/3/2026 (dự thảo)", MAR_2026)


def test_may_before_an_event_is_named_as_a_guess() -> None:
    assert "“có thể …”" in refused("Ngày 15/4/2026 có thể khai mạc", MAR_2026)
