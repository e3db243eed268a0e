"""Session 55, helper recA55. First, a report due once a period, said by its count ("một quý một
lần", "1 lần/năm"), on the day of that period's rule, sent to a named office ("cho Sở", "cho
Chi cục Hải quan …") (`kehoach.dates.onceperiod`). The count says the cadence, the office
moves no day: each quarter on the 15th of the next quarter's first month (Thông tư
128/2013/TT-BTC, Điều 41), each year on 10 January. Its neighbours stay refused: a count
of another period than the day's rule, a count with no day, several periods, "ít nhất", a
negation, a condition, a thing told done, a year written, "cho năm sau".

Second, a standing reporting rule's data period printed without a year ("Báo cáo thống kê
năm được tính bắt đầu từ ngày 1/1 cho đến hết ngày 31/12"): every year's, cut off on its last
day (`kehoach.dates.standingspan`, the session 34 ruling on standing rules); a window of
work or filing stays refused, as that ruling left it.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.reading import Context, DeadlineKind, Frequency

ISSUED = ctx("2013-09-10")

# the corpus phrases (s-aasc-tt-128-2013-bao-cao-nhap-xuat-ton-dncx,
# s-scribd-bao-cao-hang-nam-doanh-nghiep)
QUARTERLY = (
    "DNCX phải nộp báo cáo nhập - xuất - tồn nguyên liệu vật tư một quý một lần và chậm nhất "
    "vào ngày 15 của tháng đầu quý sau cho Chi cục Hải quan quản lý doanh nghiệp."
)
YEARLY = "báo cáo tình hình công tác ATVSLĐ 1 lần/năm vào trước ngày 10/1 hàng năm cho Sở"


def test_once_a_quarter_to_the_customs_office_is_due_on_the_15th_after_each_quarter() -> None:
    reading = one(QUARTERLY, ISSUED)
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.rrule == "FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=15"
    assert reading.recurrence is not None and reading.recurrence.offset == -1  # last quarter's
    assert reading.phrase == QUARTERLY  # kept as printed


def test_once_a_year_to_the_department_is_due_each_10_january() -> None:
    reading = one(YEARLY, ISSUED)
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10"
    assert reading.phrase == YEARLY


@pytest.mark.parametrize(
    ("phrase", "frequency", "rrule"),
    [
        # the count in either order, in words or digits, "/" with blanks
        (
            "báo cáo 1 năm 1 lần trước ngày 10/1 hàng năm cho Sở Lao động",
            Frequency.YEARLY,
            "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10",
        ),
        (
            "báo cáo 01 lần / năm trước ngày 15/12 hằng năm gửi về Ủy ban nhân dân tỉnh",
            Frequency.YEARLY,
            "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15",
        ),
        (
            "báo cáo một tháng một lần trước ngày 5 hằng tháng cho Sở Tài chính",
            Frequency.MONTHLY,
            "FREQ=MONTHLY;BYMONTHDAY=5",
        ),
        # no office: the count alone was what the grammar did not read
        (
            "báo cáo 1 lần/năm vào trước ngày 10/1 hàng năm",
            Frequency.YEARLY,
            "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10",
        ),
    ],
)
def test_the_count_and_the_office_around_a_rule_of_that_period(
    phrase: str, frequency: Frequency, rrule: str
) -> None:
    reading = one(phrase, ISSUED)
    assert reading.recurrence is not None and reading.recurrence.frequency is frequency
    assert reading.rrule == rrule


@pytest.mark.parametrize(
    "phrase",
    [
        # the count's period is not the day's rule's
        "báo cáo 1 lần/quý trước ngày 10/1 hàng năm cho Sở",
        "báo cáo 1 lần/tháng vào ngày 15 của tháng đầu quý sau cho Chi cục Hải quan",
        "báo cáo một năm một lần trước ngày 20 hằng tháng cho Sở",
        # several times, or at least once: not the cadence
        "báo cáo 2 lần/năm vào trước ngày 10/1 hàng năm cho Sở",
        "báo cáo ít nhất 1 lần/năm vào trước ngày 10/1 hàng năm cho Sở",
        # a negation, a condition, a thing told done
        "không báo cáo 1 lần/năm vào trước ngày 10/1 hàng năm cho Sở",
        "nếu có, báo cáo 1 lần/năm vào trước ngày 10/1 hàng năm cho Sở",
        "đã báo cáo 1 lần/năm vào trước ngày 10/1 hàng năm cho Sở",
        "báo cáo 1 lần/năm vào trước ngày 10/1 hàng năm, nếu có, cho Sở",
        # one day of one year, not a rule
        "báo cáo 1 lần/năm trước ngày 10/1/2026 cho Sở",
        # "cho" before a time, not an office
        "báo cáo 1 lần/năm vào trước ngày 10/1 hàng năm cho năm sau",
        # two counts, two days
        "báo cáo 1 lần/năm trước ngày 10/1 hàng năm cho Sở và 1 lần/quý trước ngày 15 cho Bộ",
        # a second day for another step
        "báo cáo 1 lần/năm vào trước ngày 10/1 hàng năm cho Sở và trước ngày 20/1 cho Bộ",
    ],
)
def test_a_count_that_does_not_fit_or_a_doubted_phrase_stays_refused(phrase: str) -> None:
    refused(phrase, ISSUED)


@pytest.mark.parametrize(
    "phrase",
    [
        # a count with no day written: `routine` refuses it (no day in the month)
        "Chi đoàn sinh hoạt định kỳ 01 tháng 01 lần.",
        "báo cáo một tháng một lần cho Sở",
    ],
)
def test_a_count_with_no_day_is_not_given_the_period_end(phrase: str) -> None:
    refused(phrase, ISSUED)


def test_the_count_without_its_marks_is_left_to_the_lost_glyph_check() -> None:
    # "vao" may be "vào" with its mark lost: the phrase read whole decides, and refuses
    refused("bao cao 1 lan/nam vao truoc ngay 10/1 hang nam cho So", ISSUED)


# --- a standing reporting rule's data period without a year (`standingspan`) -------------------

STANDING = Context(issued=None, standing=True)


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        # s-ttdn-che-do-bao-cao-thong-ke-quoc-gia: the yearly statistical report's figures
        (
            "Báo cáo thống kê năm được tính bắt đầu từ ngày 1/1 cho đến hết ngày 31/12",
            "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31",
        ),
        # q-thukyluat-btp-tt-03-2019-ky-bao-cao-thong-ke: the six-month report's actual figures
        (
            "Số liệu thực tế được lấy từ ngày 01 tháng 01 đến hết ngày 31 tháng 5",
            "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=31",
        ),
    ],
)
def test_a_standing_rules_data_period_is_cut_off_on_its_last_day_each_year(
    phrase: str, rrule: str
) -> None:
    reading = one(phrase, STANDING)
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.rrule == rrule
    assert reading.phrase == phrase
    assert "quy định áp dụng hằng năm" in reading.reading
    # the same, with its issue day: every year's still, never the issue year's alone
    dated = one(phrase, Context(issued=date(2019, 5, 15), standing=True))
    assert dated.rrule == rrule


@pytest.mark.parametrize(
    "phrase",
    [
        # not a standing rule: one window of the plan's year, or refused (no year)
        "Số liệu thực tế được lấy từ ngày 01 tháng 01 đến hết ngày 31 tháng 5",
    ],
)
def test_a_data_period_outside_a_standing_rule_is_not_made_yearly(phrase: str) -> None:
    refused(phrase, ctx())
    assert one(phrase, ctx("2019-03-01")).kind is DeadlineKind.WINDOW


@pytest.mark.parametrize(
    "phrase",
    [
        # a window of work or of filing: the session 34 ruling leaves it refused
        "Từ ngày 1/6 đến ngày 30/6",
        "từ ngày 01/12 đến ngày 15/12",
        "Thời gian nộp báo cáo: từ ngày 15/6 đến hết ngày 04/7",
        "Số liệu gửi từ ngày 01 tháng 01 đến hết ngày 31 tháng 5",
        # a year, this year, another calendar, another number
        "Số liệu năm nay được lấy từ ngày 01 tháng 01 đến hết ngày 31 tháng 5",
        "Số liệu năm học được tính từ ngày 01 tháng 9 đến hết ngày 31 tháng 5",
        "Số liệu của 2 quý được lấy từ ngày 01 tháng 01 đến hết ngày 31 tháng 5",
        "Số liệu được tính từ ngày 1/1 đến hết ngày 31/12 âm lịch",
        # a negation, a condition, a thing told done
        "Không lấy số liệu từ ngày 01 tháng 01 đến hết ngày 31 tháng 5",
        "Nếu cần, số liệu được tính từ ngày 01 tháng 01 đến hết ngày 31 tháng 5",
        "Số liệu đã được tính từ ngày 01 tháng 01 đến hết ngày 31 tháng 5",
        # not a real day
        "Số liệu được tính từ ngày 30/2 đến hết ngày 31/3",
    ],
)
def test_other_spans_of_a_standing_rule_stay_refused(phrase: str) -> None:
    refused(phrase, STANDING)
    refused(phrase, Context(issued=date(2019, 5, 15), standing=True))
