"""The old sets' refusals of the families named last session (issue 11 §2, branch wide-three):
a report named by the period it covers before the day it is due (`kehoach.dates.reportperiod`),
and the press's "chiều nay (25/3)", "sáng nay 4-3", "hôm nay (31/3)" (`later._TODAY_GLOSSED`:
the day is printed, convention 1). Each rule with the real phrase that motivated it (its corpus
file named) and the look-alikes that stay refused: every number of a phrase is accounted for,
no day is chosen among several, no day is guessed."""

from __future__ import annotations

import pytest

from deadline_forms import ctx
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines

D = DeadlineKind.DATE


def _readings(phrase: str, issued: str | None) -> list[tuple[DeadlineKind, str, str]]:
    return [
        (one.kind, str(one.first), str(one.last)) for one in parse_deadlines(phrase, ctx(issued))
    ]


# --- a report named by its period, then the day it is due -------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "due"),
    [
        # s-moc-bxd-cv-3412-bao-cao-6-thang-2020.yaml (Bộ Xây dựng, CV 3412/2020)
        (
            "Bộ Xây dựng yêu cầu các đơn vị thực hiện nghiêm túc chế độ báo cáo thống kê ngành"
            " Xây dựng theo quy định tại Thông tư số 07/2018/TT-BXD cập nhật số liệu vào phần"
            " mềm và gửi số liệu báo cáo 6 tháng đầu năm 2020 về Bộ Xây dựng trước ngày"
            " 26/7/2020.",
            "2020-07-15",
            "2020-07-26",
        ),
        # y-nld-han-bao-cao-lao-dong-6-thang-cuoi-nam-2025.yaml (Người Lao Động, 2025): the
        # half-year report due before the half ends, its day's year the plan's
        (
            "Doanh nghiệp phải hoàn thành và nộp Báo cáo tình hình sử dụng lao động cho 6 tháng"
            " cuối năm 2025 trước ngày 5-12",
            "2025-11-28",
            "2025-12-05",
        ),
        # j-2-moj-cv-bao-cao-thong-ke-nam-2018.yaml (Bộ Tư pháp, 2019): the year's report,
        # due the next spring; "Bộ Tư pháp" holds no "từ"
        (
            "Thời hạn gửi báo cáo thống kê chính thức năm 2018 về Bộ Tư pháp (Cục Kế hoạch –"
            " Tài chính) trước ngày 15 tháng 3 năm 2019",
            None,
            "2019-03-15",
        ),
        # the family as issue 11 names it (invented on its model)
        ("Báo cáo quý I/2026 gửi trước ngày 15/4/2026", "2026-03-01", "2026-04-15"),
        ("gửi báo cáo quý IV năm 2025 về Sở Nội vụ chậm nhất ngày 10/01/2026", None, "2026-01-10"),
    ],
)
def test_a_report_named_by_its_period_reads_its_due_day(
    phrase: str, issued: str | None, due: str
) -> None:
    assert _readings(phrase, issued) == [(D, due, due)]


@pytest.mark.parametrize(
    "phrase",
    [
        # the day the figures run to, never the day they are due (Nghị định 09/2019, Điều 12)
        "gửi báo cáo 6 tháng đầu năm 2020 về Sở đến ngày 15/7/2020",
        "Báo cáo 6 tháng đầu năm 2020 tính đến ngày 15/7/2020",
        # a day not told as due: the day it is held, or sent, may be another's
        "gửi báo cáo 6 tháng đầu năm 2020 về Sở ngày 15/7/2020",
        # due before the period begins, or a year after it ends: a typo or another report
        "gửi báo cáo 6 tháng đầu năm 2021 về Sở trước ngày 15/7/2020",
        "gửi báo cáo 6 tháng đầu năm 2020 về Sở trước ngày 15/7/2021",
        "Báo cáo quý I/2026 gửi trước ngày 15/3/2025",
        # due before the period's last month: the figures are not in yet
        "Báo cáo quý III/2020 gửi trước ngày 15/7/2020",
        "Thời hạn gửi báo cáo thống kê năm 2020 về Bộ Tư pháp (Cục Kế hoạch) trước ngày 5/1/2020",
        # two periods: which report is due then?
        "gửi báo cáo 6 tháng đầu năm 2020 và quý III/2020 về Sở trước ngày 15/7/2020",
        # a period no report is named by
        "Báo cáo 9 tháng cuối năm 2020 trước ngày 15/7/2020",
        # the step's own period, not a report's name (wide-two's neighbour, convention 10)
        "Sơ kết 6 tháng đầu năm 2020, gửi báo cáo trước ngày 15/7/2020",
    ],
)
def test_a_period_that_is_no_report_name_stays_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, ctx("2020-07-01"))


# --- today, or a part of it, glossed with its printed day --------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        # zg-quangtritv-hoi-dong-tdkt-tinh-hop-2025.yaml (Quảng Trị TV, 2025)
        (
            "Chiều nay (25/3), Hội đồng thi đua khen thưởng tỉnh Quảng Trị tổ chức họp để thông"
            " qua việc khen thưởng thẩm quyền Chủ tịch nước, Thủ tướng Chính phủ và Chủ tịch UBND"
            " tỉnh cho các tập thể, cá nhân có thành tích xuất sắc trên địa bàn tỉnh đợt 1 năm"
            " 2025.",
            "2025-03-25",
            "2025-03-25",
        ),
        # zg-soha-ha-noi-le-giao-nhan-quan-4-3-2026.yaml (Soha, 2026)
        (
            "Sáng nay 4-3 (tức 16 tháng Giêng năm Bính Ngọ 2026), tại 8 điểm giao nhận quân trên"
            " địa bàn TP Hà Nội đồng loạt tổ chức Lễ giao, nhận quân năm 2026.",
            "2026-03-04",
            "2026-03-04",
        ),
        # z-vff-hop-bao-sau-hoi-nghi-bch-khoa-vii-2014.yaml (VFF, 2014)
        (
            "Vào lúc 14h00 hôm nay (31/3), Hội nghị BCH LĐBĐVN lần thứ nhất khoá VII (nhiệm kỳ"
            " 2014-2018) sẽ khai mạc tại khách sạn Đệ Nhất – TP.HCM.",
            "2014-03-31",
            "2014-03-31",
        ),
        # z-docnhanh-da-nang-cam-o-to-phao-hoa-2017.yaml (Đọc nhanh, 2017)
        (
            "Lễ hội Pháo hoa Quốc tế Đà Nẵng – DIFF 2017, chính thức khai mạc vào tối hôm nay"
            " (30-4)",
            "2017-04-30",
            "2017-04-30",
        ),
    ],
)
def test_today_glossed_with_its_day_reads_that_day(phrase: str, issued: str, day: str) -> None:
    assert _readings(phrase, issued) == [(D, day, day)]


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # no day printed: "hôm nay" alone stays refused (the issue day only after an hour)
        ("Hôm nay, Hội đồng thi đua khen thưởng tỉnh tổ chức họp", "2025-03-25"),
        # "tới nay", "đến nay" (up to now) are figures as of the day, never "tối nay"
        ("Tính tới nay (25/3), tỉnh đã giải ngân được 45% kế hoạch vốn", "2025-03-25"),
        # told done (zc-sggp-khai-mac-ky-hop-hdnd-tphcm-cuoi-nam-2025.yaml: expect refuse)
        (
            "Sáng nay 9-12, kỳ họp thứ 6 HĐND TPHCM khóa X, nhiệm kỳ 2021-2026 (kỳ họp cuối năm)"
            " đã chính thức khai mạc",
            "2025-12-09",
        ),
    ],
)
def test_today_without_its_printed_day_stays_refused(phrase: str, issued: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, ctx(issued))


# --- a day written with dots or dashes, then its step; "Theo kế hoạch," before it -------------


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # m-baotayninh-ban-giao-danh-sach-ung-cu-2021.yaml (Báo Tây Ninh, 19/4/2021)
        (
            "Theo kế hoạch, ngày 28.4 công bố danh sách chính thức những người đủ tiêu chuẩn ứng"
            " cử đại biểu Quốc hội khoá XV và đại biểu HĐND các cấp.",
            "2021-04-28",
        ),
        # the same line without its frame, with a dash, and framed "Theo đó,"
        ("Ngày 28.4 công bố danh sách chính thức", "2021-04-28"),
        ("Ngày 28-4 công bố danh sách chính thức", "2021-04-28"),
        ("Theo đó, ngày 28/4 công bố danh sách chính thức", "2021-04-28"),
    ],
)
def test_a_dotted_day_then_its_step_reads_that_day(phrase: str, day: str) -> None:
    assert _readings(phrase, "2021-04-19") == [(D, day, day)]


def test_a_dashed_day_then_its_step_reads_that_day() -> None:
    # zg-baodongnai-giao-nhan-quan-25-27-2-2024.yaml (Báo Đồng Nai, 2024): the provinces it
    # names counted are what, never a time
    phrase = "Ngày 26-2 có 7 tỉnh, thành phố, trong đó có Bộ Tư lệnh Thủ đô Hà Nội giao quân."
    assert _readings(phrase, "2024-02-01") == [(D, "2024-02-26", "2024-02-26")]


@pytest.mark.parametrize(
    "phrase",
    [
        # the plan given up (convention 2), and "theo kế hoạch" without its comma (the plan's
        # own schedule, test_deadline_forms_l's "Theo đó kỳ họp khai mạc ngày 30/6/2027")
        "Theo kế hoạch ban đầu, ngày 28.4 công bố danh sách chính thức",
        "Theo kế hoạch ngày 28.4 công bố danh sách chính thức",
        # told done after the frame: news, no deadline
        "Theo kế hoạch, ngày 28/4 đã công bố danh sách chính thức",
        "Ngày 28.4 đã công bố danh sách chính thức",
        # a range, a cadence, another number after the day: no step of one day
        "Ngày 28.4 đến 30.4 công bố danh sách",
        "Ngày 28.4 hằng năm công bố danh sách",
        "Ngày 4-8 tháng 5 công bố danh sách chính thức",
    ],
)
def test_a_dotted_day_with_more_than_its_step_stays_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, ctx("2021-04-19"))


# --- a count from a day written out: refused, saying why ------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zm-thainguyen-xin-y-kien-nhan-dan-tang-thuong-huan-chuong-2022.yaml (UBND tỉnh Thái
        # Nguyên, 2022): the anchor is read, the first day counted or not is not said
        "Các ý kiến đóng góp trong vòng 10 ngày làm việc, kể từ ngày 10/6/2022",
        # ze-tuvan-nd-64-2024-gia-han-tien-thue-dat.yaml (Nghị định 64/2024, as retold)
        "Thời gian gia hạn là 02 tháng kể từ ngày 31 tháng 10 năm 2024",
    ],
)
def test_a_count_from_a_written_day_says_its_last_day_would_be_a_guess(phrase: str) -> None:
    with pytest.raises(DeadlineError) as error:
        parse_deadlines(phrase, ctx("2022-06-10"))
    assert "ngày đầu" in error.value.why and "last_day" in error.value.why


# --- the holiday or the ceremony a step follows, then "vào ngày" and its day ---------------


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        # c-vietnamnet-quang-ninh-nghi-tet-2026.yaml (VietNamNet, 2026): 2/3 is in the weeks
        # after Tết (14 tháng Giêng), as the session-32 audit checks (`dates.aftertet`)
        ("bắt đầu đi học lại sau Tết vào ngày 2/3", "2026-02-24", "2026-03-02"),
        # b-huengaynay-nam-hoc-2025-2026.yaml (Huế Ngày nay, 2025): the ceremony's day
        ("sau lễ khai giảng đồng loạt diễn ra vào ngày 5/9", "2025-09-03", "2025-09-05"),
    ],
)
def test_after_a_holiday_or_a_ceremony_on_its_day_reads_that_day(
    phrase: str, issued: str, day: str
) -> None:
    assert _readings(phrase, issued) == [(D, day, day)]


@pytest.mark.parametrize(
    "phrase",
    [
        "sau ngày khai giảng vào ngày 5/9",  # after the day: a start, which day?
        "sau khi khai giảng vào ngày 5/9",
        "sau Tết 10 ngày vào ngày 2/3",  # a count after the holiday
        "sau lễ khai giảng trước ngày 5/9",  # only "vào" and its one day
        "sau lễ khai giảng đồng loạt diễn ra từ ngày 5/9 đến ngày 9/9",
    ],
)
def test_after_anything_else_stays_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, ctx("2025-09-03"))
