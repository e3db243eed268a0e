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
