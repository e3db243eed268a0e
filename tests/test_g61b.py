"""Session 61, helper g61b: g61's calendar lists narrowed where its fresh tester (tg61) read
wrong days (`kehoach.dates.calendarstep.gives_up`, `told_plainly`; `schedules._ROUND_HEAD`).

g61 reads an exam's or a crop's calendar as its milestones: "ngày 5 -10/12 đánh đất, ngày 10 -
15/12 xuống giống" (zu-htxhoatien1-lich-thoi-vu-dong-xuan-2017-2018), "Đợt 2 nhận đăng ký từ
ngày 18-4 đến 25-4, tổ chức thi ngày 24-5 tại 36 đơn vị thuộc 9 tỉnh, thành và công bố kết quả
vào ngày 6-6" (zv-nghean24h-lich-thi-dgnl-v-act-2026). Its tester read through it: a clause
typed without marks, whose give-up words ("huy", "co the", "mien") went unseen; a step taken
back, once planned, supposed or only asked for ("rút lại lịch tổ chức thi ngày 24/5", "ban đầu
…", "đề xuất …"); a harvest's news ("Ngày 20/5 toàn huyện thu hoạch 12.000 ha lúa", "… thu
hoạch rộ với năng suất cao"); a round of a year to come ("Đợt 2 năm tới nhận đăng ký …"); a
building site's "tổ chức thi công". Each is refused again: main refused them all, and a
refusal is only a clerk's work, a wrong day a missed deadline.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import parse_deadlines
from kehoach.dates.reading import DeadlineKind

W, D = DeadlineKind.WINDOW, DeadlineKind.DATE
ISSUED = "2026-03-01"


def _read(phrase: str) -> list[tuple[DeadlineKind, str, str]]:
    return [
        (one.kind, str(one.first), str(one.last)) for one in parse_deadlines(phrase, ctx(ISSUED))
    ]


FEE = "Dot 2 nhan dang ky tu ngay 18-4 den 25-4, {} truoc ngay 30-4"
BARE = [
    "Dot 1 nam ngoai nhan dang ky tu ngay 18-4 den 25-4, han nop le phi truoc ngay 30-4",
    FEE.format("huy han nop le phi"),
    FEE.format("co the han nop le phi"),
    FEE.format("mien nop le phi"),
    FEE.format("tuy tinh hinh han nop le phi"),
    FEE.format("han nop le phi"),  # typed bare, none of its words can be checked
    "ngay 5-10/12 lam dat xong, ngay 10-15/12 huy xuong giong xong",
    "ngay 5-10/12 lam dat xong, ngay 10-15/12 nghiem cam xuong giong xong",
    "ngay 5-10/12 lam dat xong, ngay 10-15/12 han che xuong giong xong",
    "ngay 5-10/12 lam dat xong, ngay 10-15/12 bai bo lich xuong giong xong",
    "ngay 5-10/12 lam dat xong, ngay 10-15/12 co the xuong giong xong",
    "ngay 5-10/12 lam dat xong, ngay 10-15/12 tam dung xuong giong xong",
    "ngay 5-10/12 lam dat xong, ngay 10-15/12 xuong giong xong",
    "NGAY 5-10/12 LAM DAT XONG, NGAY 10-15/12 HUY XUONG GIONG XONG",
    "ngày 5-10/12 làm đất xong, ngày 10-15/12 hủy xuống giống xong",
    "ngày 5-10/12 làm đất xong, ngày 10-15/12 có thể xuống giống xong",
    "ngày 5-10/12 làm đất xong, ngày 10-15/12 cấm xuống giống xong",
    "ngày 5-10/12 làm đất xong, ngày 10-15/12 tạm dừng xuống giống xong",
]


@pytest.mark.parametrize("phrase", BARE)
def test_a_calendar_typed_without_marks_or_giving_up_stays_refused(phrase: str) -> None:
    refused(phrase, ctx(ISSUED))


EXAM = "Nhận đăng ký từ 18/4 đến 25/4, {}"
TAKEN_BACK = [
    "rút lại lịch tổ chức thi ngày 24/5",
    "rút lại tổ chức thi ngày 24/5",
    "ban đầu tổ chức thi ngày 24/5",
    "từng tổ chức thi ngày 24/5",
    "giả sử tổ chức thi ngày 24/5",
    "giả định tổ chức thi ngày 24/5",
    "với điều kiện đủ thí sinh, tổ chức thi ngày 24/5",
    "căn cứ tình hình dịch bệnh tổ chức thi ngày 24/5",
    "tùy tình hình tổ chức thi ngày 24/5",
    "đề xuất tổ chức thi ngày 24/5",
    "kiến nghị tổ chức thi ngày 24/5",
    "đề nghị tổ chức thi ngày 24/5",
    "xin ý kiến về việc tổ chức thi ngày 24/5",
    "xin tổ chức thi ngày 24/5",
    "xem xét tổ chức thi ngày 24/5",
    "hủy tổ chức thi ngày 24/5",
    "có thể tổ chức thi ngày 24/5",
    "không tổ chức thi ngày 24/5",
    "tổ chức thi công ngày 24/5",
    "tổ chức thi ngày 24/5 với 3.000 thí sinh",
    "chừng tổ chức thi ngày 24/5",
    "áng chừng tổ chức thi ngày 24/5",
    "cỡ tổ chức thi ngày 24/5",
    "khoảng tổ chức thi ngày 24/5",
    "ước tính tổ chức thi ngày 24/5",
    "dự tính tổ chức thi ngày 24/5",
    "sơ bộ tổ chức thi ngày 24/5",
    "mong tổ chức thi ngày 24/5",
    "phấn đấu tổ chức thi ngày 24/5",
    "cố gắng tổ chức thi ngày 24/5",
]


@pytest.mark.parametrize("step", TAKEN_BACK)
def test_an_exam_taken_back_supposed_or_asked_for_stays_refused(step: str) -> None:
    refused(EXAM.format(step), ctx(ISSUED))


def test_the_plain_exam_list_reads() -> None:
    assert _read(EXAM.format("tổ chức thi ngày 24/5")) == [
        (W, "2026-04-18", "2026-04-25"),
        (D, "2026-05-24", "2026-05-24"),
    ]


def test_a_fee_taken_back_stays_refused() -> None:
    refused(
        "Đợt 2 nhận đăng ký từ ngày 18-4 đến 25-4, rút lại hạn nộp lệ phí trước ngày 30-4",
        ctx(ISSUED),
    )


NEWS = [
    "Ngày 20/5 toàn huyện thu hoạch 12.000 ha lúa, ngày 25-30/5 làm đất vụ Hè Thu",
    "Ngày 20/5 thu hoạch rộ với năng suất cao, ngày 25-30/5 làm đất",
    "Ngày 15-20/5 thu hoạch với năng suất bình quân 7 tấn/ha, ngày 20-25/5 làm đất",
    "Ngày 15-20/5 thu hoạch, sản lượng 80.000 tấn, ngày 20-25/5 làm đất",
    "Ngày 15-20/5 thu hoạch, giá lúa 7.000 đồng/kg, ngày 20-25/5 làm đất",
    "Ngày 15-20/5 thu hoạch 12.000 ha lúa, ngày 20-25/5 làm đất vụ Hè Thu",
    "Ngày 15-20/5 nông dân thu hoạch, ngày 20-25/5 làm đất",
    "Ngày 15-20/5 thu hoạch, thương lái thu mua 7.000 đồng/kg, ngày 20-25/5 làm đất",
    "Ngày 10/5 số thí sinh nộp hồ sơ giảm mạnh, ngày 24/5 tổ chức thi",
    "Ngày 10/5 lượng hồ sơ nộp tăng đột biến, ngày 24/5 tổ chức thi",
    "Ngày 10/5 có 3.000 thí sinh nộp hồ sơ, ngày 24/5 tổ chức thi",
    "Ngày 10/5 hơn 3.000 thí sinh nộp hồ sơ, ngày 24/5 tổ chức thi",
    "Ngày 10-15/5 nộp 300 hồ sơ, ngày 15-20/5 tổ chức thi",
    "ngày 5-10/12 đánh đất, ngày 10-15/12 xuống giống thành công",
    "ngày 5-10/12 đánh đất, ngày 10-15/12 xuống giống thắng lợi",
    "ngày 5-10/12 đánh đất, ngày 10-15/12 xuống giống 500 ha",
]


@pytest.mark.parametrize("phrase", NEWS)
def test_a_figure_or_a_trend_told_is_news_and_stays_refused(phrase: str) -> None:
    refused(phrase, ctx(ISSUED))


YEAR_HEADS = [
    "Đợt 2 năm tới nhận đăng ký từ 18/4 đến 25/4, tổ chức thi ngày 24/5",
    "Đợt 2 năm tới: nhận đăng ký từ 18/4 đến 25/4, tổ chức thi ngày 24/5",
    "Lần 2 năm tới nhận đăng ký từ 18/4 đến 25/4, tổ chức thi ngày 24/5",
    "Đợt 2 năm kế nhận đăng ký từ 18/4 đến 25/4, tổ chức thi ngày 24/5",
    "Đợt 2 năm kế tiếp nhận đăng ký từ 18/4 đến 25/4, tổ chức thi ngày 24/5",
    "Đợt 2 năm học tới nhận đăng ký từ 18/4 đến 25/4, tổ chức thi ngày 24/5",
    "Đợt 2 năm sau nhận đăng ký từ 18/4 đến 25/4, tổ chức thi ngày 24/5",
    "Đợt 2 năm tới nhận đăng ký từ 18/4 đến 25/4, hạn nộp lệ phí trước ngày 30/4",
    "Dot 2 nam toi nhan dang ky tu ngay 18-4 den 25-4, han nop le phi truoc ngay 30-4",
    "Đợt 1 năm tới nhận đăng ký từ 24/1 đến 23/2, tổ chức thi ngày 22/3",
    "Đợt 2 vụ tới nhận đăng ký từ 18/4 đến 25/4, tổ chức thi ngày 24/5",
    "Đợt 2 (năm tới) nhận đăng ký từ 18/4 đến 25/4, tổ chức thi ngày 24/5",
]


@pytest.mark.parametrize("phrase", YEAR_HEADS)
def test_a_round_of_another_year_leaves_the_list_refused(phrase: str) -> None:
    refused(phrase, ctx(ISSUED))


NOT_AN_EXAM = [
    "Ngày 5/3 tổ chức thi công, ngày 30/6 hoàn thành bàn giao",
    "Ngày 24/5 tổ chức thi công đường, ngày 6/6 công bố kết quả",
    "Ngày 2/12 Hội đồng họp quyết định ngày tổ chức thi, ngày 24/12 công bố kết quả",
    "Ngày 2/12 họp bàn việc tổ chức thi, ngày 24/12 công bố kết quả",
]


@pytest.mark.parametrize("phrase", NOT_AN_EXAM)
def test_a_building_site_or_a_meeting_is_no_exam(phrase: str) -> None:
    refused(phrase, ctx(ISSUED))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "ngày 5-10/12 đánh đất, ngày 10-15/12 xuống giống",
            [(W, "2026-12-05", "2026-12-10"), (W, "2026-12-10", "2026-12-15")],
        ),
        (
            "Ngày 15-20/5 thu hoạch, ngày 20-25/5 làm đất vụ Hè Thu",
            [(W, "2026-05-15", "2026-05-20"), (W, "2026-05-20", "2026-05-25")],
        ),
        (
            "Đợt 2 nhận đăng ký từ 18/4 đến 25/4, tổ chức thi ngày 24/5",
            [(W, "2026-04-18", "2026-04-25"), (D, "2026-05-24", "2026-05-24")],
        ),
        (
            "Ngày 24-5 tổ chức thi, ngày 6-6 công bố kết quả",
            [(D, "2026-05-24", "2026-05-24"), (D, "2026-06-06", "2026-06-06")],
        ),
    ],
)
def test_the_plain_calendars_still_read(
    phrase: str, expected: list[tuple[DeadlineKind, str, str]]
) -> None:
    assert _read(phrase) == expected
