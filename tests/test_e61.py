"""Session 61, helper e61: an event's day or a judged day read as the step's deadline.

Session 61's brief listed phrases main still read as due though the day is another's or is
judged: the board's results worded otherwise ("Đăng ký xét tuyển (kết quả xét tuyển công bố
ngày 20/8/2026)"), a hedged exam ("(có thể thi ngày …)"), a check, a shot's round, a class
opening, papers for a meeting ("Gửi tài liệu (để họp ngày …)"), events no list named ("Đăng ký
tham gia Giải Việt dã / Festival / Ngày hội việc làm ngày 10/5/2026"), a fair's window, an
interview told in a sentence of its own; and verdicts worded otherwise ("Ngày nộp hồ sơ
15/5/2026 là sai quy định", "… chờ phê duyệt", "… in nhầm"), behind an aside, alone in
brackets after a bound ("Nộp hồ sơ trước 15/5/2026 (nhầm)"), or before the day ("Ngày thi
(sai): 15/5/2026", "Ngày thi vừa rồi 15/5/2026", "Hạn nộp bị ghi sai: 30/6/2026"). Each is
refused now with a reason and "ghi last_day …" (`kehoach.dates.eventserved`,
`kehoach.dates.dayjudged`).

No corpus phrase has these forms. The nearest stay read: "Thời gian đăng ký dự thi từ
21/4/2025 đến 28/4/2025" (q-quanlynhanuoc-bgddt-cv-1239-2025.yaml, the registration's own
window), "gửi tác phẩm được lựa chọn về Trung ương Hội: hoàn thành trước ngày 25/9/2023"
(q-phunukontum-hlhpn-tw-gia-han-….yaml, the step's own time after a colon) and "chuẩn bị điều
kiện cần thiết để tổ chức Ngày hội vào tháng 9 năm 2021"
(l-lai-chau-ngay-hoi-van-hoa-mong-2021.yaml, the holding's own time).

The rulings that stand read as before: a stop on its day, "nhập học" as the applicant's own
step, the admission's window named by the step, a contest's portal closing, the object done
wrongly. One ruling of session 60 turns, by this brief: "Đăng ký xét tuyển, công bố kết quả
trước ngày 20/8/2026" was read (test_e60, "a comma may join the same actor's steps"); the
registration closes before the results, so the day is the board's: refused.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

ISSUED = "2026-03-01"
MAR_2026 = ctx(ISSUED)
DATE = DeadlineKind.DATE
WINDOW = DeadlineKind.WINDOW
JUDGED = "nói chính ngày đó sai"
WAY_OUT = "last_day"


# --- an event's day beside a registration or a submission ----------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # the brief: the board's results worded otherwise
        "Đăng ký xét tuyển (kết quả xét tuyển công bố ngày 20/8/2026)",
        "Đăng ký xét tuyển (danh sách trúng tuyển công bố ngày 20/8/2026)",
        "Đăng ký xét tuyển, công bố kết quả trước 20/8/2026",
        "Đăng ký xét tuyển, công bố kết quả trước ngày 20/8/2026",
        "Đăng ký xét tuyển (điểm chuẩn công bố ngày 20/8/2026)",
        "Đăng ký xét tuyển; kết quả sẽ được công bố ngày 20/8/2026",
        "Nộp hồ sơ. Thông báo kết quả trước 20/8/2026",
        # the brief: a hedged exam, a check, a shot's round, a class opening
        "Đăng ký dự thi (có thể thi ngày 11/6/2026)",
        "Đăng ký sát hạch lái xe (kiểm tra sát hạch ngày 20/5/2026)",
        "Nộp báo cáo (kiểm tra ngày 20/5/2026)",
        "Đăng ký tiêm (mũi 2 ngày 10/4/2026)",
        "Đăng ký học (lớp khai giảng ngày 5/9/2026)",
        "Đăng ký học (khóa học khai giảng ngày 5/9/2026)",
        # the brief: the exam held, after a colon
        "Đăng ký dự thi: tổ chức thi ngày 11/6/2026",
        "Đăng ký dự thi: dự kiến tổ chức thi ngày 11/6/2026",
        # the brief: what the papers are for
        "Gửi tài liệu (để họp ngày 20/4/2026)",
        "Gửi tài liệu (cho họp ngày 20/4/2026)",
        "Gửi tài liệu (chuẩn bị họp ngày 20/4/2026)",
        # the brief: events no list names, registering to take part
        "Đăng ký tham gia Giải Việt dã ngày 10/5/2026",
        "Đăng ký tham gia Festival ngày 10/5/2026",
        "Đăng ký tham gia Ngày hội việc làm ngày 10/5/2026",
        "Đăng ký tham dự Ngày hội việc làm ngày 10/5/2026",
        "Đăng ký dự thi ngày 20/4/2026",
        "Đăng ký gian hàng (Festival diễn ra ngày 10/5/2026)",
        "Đăng ký gian hàng tham gia Ngày hội ngày 10/5/2026",
        "Chuẩn bị cho Ngày hội việc làm ngày 10/5/2026",
        "Gửi tham luận cho Festival ngày 10/5/2026",
        "Gửi sản phẩm tham gia Tuần lễ văn hóa ngày 10/5/2026",
        # the brief: a fair's window
        "Đăng ký tham gia Triển lãm từ 10/5 đến 15/5/2026",
        "Đăng ký tham gia Hội chợ từ ngày 10/5 đến 15/5/2026",
        # the brief: the event's sentence of its own
        "Nộp hồ sơ dự tuyển. Phỏng vấn ngày 20/5/2026",
        "Nộp hồ sơ dự tuyển. Thi ngày 20/5/2026",
        "Nộp hồ sơ dự tuyển. Sơ tuyển ngày 20/5/2026",
        # the general shape: any doing with its day that is not the step's
        "Đăng ký tham gia (Đêm nhạc ngày 10/5/2026)",
        "Nộp bài dự thi (vòng chung kết ngày 30/6/2026)",
        "Gửi hồ sơ (thẩm định ngày 20/5/2026)",
        "Nộp hồ sơ: phúc khảo ngày 20/5/2026",
    ],
)
def test_another_s_day_beside_the_step_is_refused(phrase: str) -> None:
    """Each read on main as the step's day: refused, with the way out."""
    assert WAY_OUT in refused(phrase, MAR_2026)


def test_the_refusal_quotes_the_whole_day() -> None:
    """The quote shows the event's day whole, not cut at its month."""
    assert "ngày 10/5/2026”" in refused("Đăng ký tham gia Festival ngày 10/5/2026", MAR_2026)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # the step's own time, in the bracket, after the colon or the full stop
        ("Đăng ký tham gia giải trước ngày 15/7/2026", (DATE, "2026-07-15", "2026-07-15")),
        ("Đăng ký dự thi từ 21/4/2026 đến 28/4/2026", (WINDOW, "2026-04-21", "2026-04-28")),
        ("Đăng ký tham gia BHYT từ ngày 1/7/2026", None),
        ("Đăng ký tham gia Giải Việt dã trước ngày 1/5/2026", (DATE, "2026-05-01", "2026-05-01")),
        (
            "Đăng ký tham gia Giải Việt dã chậm nhất ngày 1/5/2026",
            (DATE, "2026-05-01", "2026-05-01"),
        ),
        (
            "Đăng ký tham gia Giải Việt dã (hạn chót ngày 1/5/2026)",
            (DATE, "2026-05-01", "2026-05-01"),
        ),
        (
            "Đăng ký tham gia Giải Việt dã, hạn đăng ký ngày 1/5/2026",
            (DATE, "2026-05-01", "2026-05-01"),
        ),
        (
            "Đăng ký tham gia Festival (đăng ký đến ngày 1/5/2026)",
            (DATE, "2026-05-01", "2026-05-01"),
        ),
        (
            "Nộp hồ sơ dự tuyển. Nhận hồ sơ đến 20/5/2026",
            (DATE, "2026-05-20", "2026-05-20"),
        ),
        (
            "Nộp hồ sơ dự tuyển (nhận hồ sơ từ 1/4 đến 20/5/2026)",
            (WINDOW, "2026-04-01", "2026-05-20"),
        ),
        ("Gửi báo cáo (trước ngày 20/4/2026)", (DATE, "2026-04-20", "2026-04-20")),
        ("Gửi báo cáo (ngày 20/4/2026)", (DATE, "2026-04-20", "2026-04-20")),
        ("Gửi báo cáo: ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
        ("Gửi báo cáo (chậm nhất ngày 31/5/2026)", (DATE, "2026-05-31", "2026-05-31")),
        (
            "Gửi báo cáo: hoàn thành trước ngày 31/5/2026",
            (DATE, "2026-05-31", "2026-05-31"),
        ),
        ("Gửi báo cáo. Trước ngày 31/5/2026", (DATE, "2026-05-31", "2026-05-31")),
        ("Nộp hồ sơ. Ngày 20/5/2026", (DATE, "2026-05-20", "2026-05-20")),
        ("Đăng ký xét tuyển: từ 1/8 đến 20/8/2026", (WINDOW, "2026-08-01", "2026-08-20")),
        ("Đăng ký tiêm mũi 2 trước 10/4/2026", (DATE, "2026-04-10", "2026-04-10")),
        # the step's own day with a hedge, a manner, a time of day, a paper
        ("Nộp hồ sơ (dự kiến ngày 20/5/2026)", (DATE, "2026-05-20", "2026-05-20")),
        ("Nộp hồ sơ (qua email ngày 20/5/2026)", (DATE, "2026-05-20", "2026-05-20")),
        ("Nộp hồ sơ (sáng ngày 20/5/2026)", (DATE, "2026-05-20", "2026-05-20")),
        ("Nộp hồ sơ (buổi sáng ngày 20/5/2026)", (DATE, "2026-05-20", "2026-05-20")),
        ("Nộp hồ sơ (bản chính ngày 20/5/2026)", (DATE, "2026-05-20", "2026-05-20")),
        ("Nộp hồ sơ (tiếp nhận ngày 20/5/2026)", (DATE, "2026-05-20", "2026-05-20")),
        ("Nộp hồ sơ (đợt 2 ngày 20/5/2026)", (DATE, "2026-05-20", "2026-05-20")),
        ("Nộp hồ sơ (lần 2 ngày 20/5/2026)", (DATE, "2026-05-20", "2026-05-20")),
        ("Đăng ký dự thi: ngày 15/5/2026", (DATE, "2026-05-15", "2026-05-15")),
        ("Đăng ký: tổ chức ngày 15/5/2026", (DATE, "2026-05-15", "2026-05-15")),
        ("Đăng ký dự tuyển ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
        # the event itself held or attended on its day, a different verb
        ("Tham gia Ngày hội việc làm ngày 10/5/2026", (DATE, "2026-05-10", "2026-05-10")),
        ("Tổ chức Hội nghị ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
        ("Cử cán bộ tham dự tập huấn ngày 20/4/2026", (DATE, "2026-04-20", "2026-04-20")),
        (
            "Gửi tài liệu cho cuộc họp trước ngày 18/4/2026",
            (DATE, "2026-04-18", "2026-04-18"),
        ),
        ("Chuẩn bị tổ chức Festival ngày 10/5/2026", (DATE, "2026-05-10", "2026-05-10")),
        ("Gửi kế hoạch tổ chức Ngày hội ngày 10/5/2026", (DATE, "2026-05-10", "2026-05-10")),
        # the rulings that stand
        (
            "Nộp hồ sơ nhập học (nhập học từ ngày 1/9 đến 5/9/2026)",
            (WINDOW, "2026-09-01", "2026-09-05"),
        ),
        (
            "Đăng ký xét tuyển (thời gian xét tuyển: từ 1/8 đến 20/8/2026)",
            (WINDOW, "2026-08-01", "2026-08-20"),
        ),
        (
            "Nộp bài dự thi (Cuộc thi đóng cổng ngày 30/5/2026)",
            (DATE, "2026-05-30", "2026-05-30"),
        ),
        ("Đăng ký nhập học (nhập học ngày 5/9/2026)", (DATE, "2026-09-05", "2026-09-05")),
        (
            "xây dựng kế hoạch, chuẩn bị điều kiện cần thiết để tổ chức Ngày hội vào tháng 9 "
            "năm 2021",
            (WINDOW, "2021-09-01", "2021-09-30"),
        ),
    ],
)
def test_the_step_s_own_day_reads_as_on_main(
    phrase: str, expected: tuple[DeadlineKind, str, str] | None
) -> None:
    """The step's own time, the event itself, and the rulings that stand: as on main."""
    if expected is None:
        read_days(phrase, ISSUED)  # read, however main reads it
    else:
        assert read_days(phrase, ISSUED) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "Đăng ký xét tuyển trước 1/8/2026 (kết quả công bố ngày 20/8/2026)",
        "Đăng ký học trước 5/9/2026 (lớp khai giảng ngày 5/9/2026)",
        "Gửi tài liệu họp trước ngày 18/4/2026 (họp ngày 20/4/2026)",
        "Nộp hồ sơ trước 20/5/2026. Phỏng vấn ngày 25/5/2026",
        "Đăng ký tiêm (mũi thứ hai ngày 10/4/2026)",
        "Gửi tài liệu (chuẩn bị cho hội nghị ngày 20/4/2026)",
        "Đăng ký (Hội thao ngày 10/5/2026)",
        "Đăng ký xét tuyển, công bố kết quả xét tuyển ngày 20/8/2026",
        "Đăng ký dự thi: thi ngày 11/6/2026",
    ],
)
def test_neighbours_refused_as_on_main(phrase: str) -> None:
    """Refused on main (two days, or another rule): still refused."""
    refused(phrase, MAR_2026)


# --- a day the phrase judges -----------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # the brief: a verdict with words after it
        "Ngày nộp hồ sơ 15/5/2026 là sai quy định",
        "Ngày nộp hồ sơ 15/5/2026 là không đúng quy định",
        "Ngày nộp hồ sơ 15/5/2026 không còn phù hợp",
        "Ngày nộp hồ sơ 15/5/2026 chờ phê duyệt",
        "Ngày nộp hồ sơ 15/5/2026 là giả mạo",
        "Ngày nộp hồ sơ 15/5/2026 do lỗi đánh máy",
        "Ngày nộp hồ sơ 15/5/2026 in nhầm",
        "Gửi hồ sơ trước 15/5/2026 là sai quy định",
        "Ngay nop ho so 15/5/2026 la sai quy dinh",
        # the brief: an aside in brackets or with no mark before the verdict
        "Ngày nộp hồ sơ 15/5/2026 (tại Sở Nội vụ) là sai",
        "Ngày nộp hồ sơ 15/5/2026 (thứ Sáu) là sai",
        "Ngày nộp hồ sơ 15/5/2026 tại Sở Nội vụ đã hết hiệu lực",
        # the brief: a verdict alone in brackets after a bound word
        "Nộp hồ sơ trước 15/5/2026 (nhầm)",
        "Nộp hồ sơ trước 15/5/2026 (nhầm lẫn)",
        "Nộp hồ sơ trước 15/5/2026 (ghi nhầm)",
        # the brief: the verdict before the day
        "Ngày thi (sai): 15/5/2026",
        "Ngay thi (sai): 15/5/2026",
        "Ngày thi vừa rồi 15/5/2026",
        "Ngày họp vừa rồi 15/5/2026",
        "Hạn nộp bị ghi sai: 30/6/2026",
        "Hạn nộp đã bị ghi nhầm: 30/6/2026",
        # the brief: called off, then a stop
        "Trạm thu phí ngày 1/7/2026 đã bị hủy dừng thực hiện",
    ],
)
def test_a_judged_day_is_refused(phrase: str) -> None:
    """Each read on main as due: refused, saying the words judge the day."""
    assert JUDGED in refused(phrase, MAR_2026)


@pytest.mark.parametrize(
    "phrase",
    [
        "Hạn đổi thẻ: 30/6/2026 bị thay thế, phải cấp lại",
        "Hạn nộp hồ sơ: 30/6/2026 không còn áp dụng, xem thông báo mới",
        "Ngày nộp hồ sơ 15/5/2026 tại Sở Nội vụ là sai",
        "Ngày nộp hồ sơ 15/5/2026 tại Sở Nội vụ (sai)",
        "Ngày nộp hồ sơ 15/5/2026 trái quy định",
        "Ngày nộp hồ sơ 15/5/2026 không phù hợp",
        "Ngày nộp hồ sơ 15/5/2026 sai so với quy định",
        "Nộp hồ sơ trước 15/5/2026 (không đúng)",
        "Hạn nộp báo cáo tháng vừa rồi: 30/6/2026",
        "Hóa đơn giấy ngày 1/7/2026 hủy bỏ",
    ],
)
def test_judged_neighbours_refused_as_on_main(phrase: str) -> None:
    """Refused on main: still refused."""
    refused(phrase, MAR_2026)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # the rulings that stand: a stop on its day, the object done wrongly
        ("Hóa đơn giấy ngày 1/7/2026 ngừng áp dụng", "2026-07-01"),
        ("Trạm thu phí ngày 1/7/2026 dừng thực hiện", "2026-07-01"),
        ("Trạm thu phí ngày 1/7/2026 dừng thu phí", "2026-07-01"),
        ("Hạn nộp tiền thuế ghi sai: 30/6/2026", "2026-06-30"),
        ("Thời hạn hoàn thuế nộp nhầm: 30/6/2026", "2026-06-30"),
        ("Hạn nộp hồ sơ sai: 15/5/2026", "2026-05-15"),
        ("Hạn khắc phục thiệt hại do bão vừa rồi: 30/6/2026", "2026-06-30"),
        # a verdict after a bound with its own object, or not alone in its bracket
        ("Nộp hồ sơ trước 15/5/2026 (nhầm, nộp lại)", "2026-05-15"),
        ("Nộp hồ sơ trước 15/5/2026 (hồ sơ nhầm phải nộp lại)", "2026-05-15"),
        ("Xử lý trước ngày 30/6/2026 các giấy phép đã hết hiệu lực", "2026-06-30"),
        ("Xử lý trước 30/6/2026 tại các cơ sở đã hết hiệu lực", "2026-06-30"),
        ("Kiểm tra trước 15/5/2026 hồ sơ giả mạo", "2026-05-15"),
        ("Thu hồi trước 30/6/2026 giấy tờ giả mạo", "2026-06-30"),
        ("Báo cáo trước 30/6/2026 các trường hợp làm giả", "2026-06-30"),
        ("Hủy trước 1/7/2026 các hóa đơn in sai", "2026-07-01"),
        ("Thực hiện trước 1/7/2026, hủy bỏ các hóa đơn lỗi", "2026-07-01"),
        # a verdict hedged into a purpose, or a fault of the papers, not the day
        ("Gửi dự thảo trước 15/5/2026 để chờ phê duyệt", "2026-05-15"),
        ("Gửi dự thảo trước 15/5/2026 chờ phê duyệt", "2026-05-15"),
        ("Hạn nộp: 30/6/2026, sai quy định sẽ bị xử lý", "2026-06-30"),
        ("Hạn nộp: 30/6/2026; nộp sai quy định sẽ bị xử phạt", "2026-06-30"),
        ("Hạn nộp: 30/6/2026 in sai phải nộp lại", "2026-06-30"),
        # the day judged right, a place, a manner, whom for
        ("Ngày nộp hồ sơ 15/5/2026 là đúng quy định", "2026-05-15"),
        ("Ngày nộp hồ sơ 15/5/2026 phù hợp", "2026-05-15"),
        ("Ngày nộp hồ sơ 15/5/2026 đã được phê duyệt", "2026-05-15"),
        ("Ngày nộp hồ sơ 15/5/2026 tại Sở Nội vụ", "2026-05-15"),
        ("Hạn nộp hồ sơ: 15/5/2026 qua bưu điện", "2026-05-15"),
        ("Ngày thi 15/5/2026 cho học sinh mới", "2026-05-15"),
        ("Hủy hóa đơn trước ngày 1/7/2026", "2026-07-01"),
    ],
)
def test_a_day_not_judged_reads_as_on_main(phrase: str, last: str) -> None:
    """The rulings that stand, and verdicts of something else than the day: as on main."""
    assert read_days(phrase, ISSUED)[2] == last
