"""Session 53, helper fame53 (issue 11, family E): words after a time part that name how the
work is done, never a time (`aftertime`): the rules a start's work follows ("Kể từ ngày
1-7-2024, … theo quy định"); their neighbours refused."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

NOV_2025 = ctx("2025-11-30")
JUN_2024 = ctx("2024-06-27")

# tests/corpus/zb-kienthuc-ha-noi-vitamin-a-dot-2-2025.yaml
VITAMIN = (
    "Ngày 1-2/12, gần 340.000 trẻ trong độ tuổi từ 6 tháng đến dưới 36 tháng trên địa bàn Hà "
    "Nội sẽ được uống vitamin A trong chiến dịch bổ sung đợt 2/2025"
)
# tests/corpus/zf-xosobinhdinh-tphcm-tam-ngung-cccd-den-30-6-2024.yaml
RESUMED = (
    "2. Kể từ ngày 1-7-2024, các đơn vị trên sẽ tiếp tục việc cấp căn cước, định danh điện tử "
    "cho người dân TP theo quy định"
)
START = "Kể từ ngày 1-7-2024, các đơn vị trên sẽ tiếp tục việc cấp căn cước"


def test_a_round_named_after_its_days_stays_refused() -> None:
    # tests/corpus/zb-kienthuc-ha-noi-vitamin-a-dot-2-2025.yaml: "đợt" after the time part
    # is a word of time for `read_trailing` (test_deadline_forms_e keeps "… là hạn cuối cho
    # đợt 1, trước ngày 30/7 cho đợt 2" refused): left for a ruling, not read here
    refused(VITAMIN, NOV_2025)


def test_the_work_resumed_from_its_start_by_the_rules_reads_its_start() -> None:
    reading = one(RESUMED, JUN_2024)
    assert reading.kind is DeadlineKind.DATE
    assert reading.earliest == date(2024, 7, 1)
    assert reading.last is None  # a start, no deadline


@pytest.mark.parametrize("rule", ["theo quy định", "theo đúng quy định", "theo quy định mới"])
def test_the_rules_after_a_start_read_as_without_them(rule: str) -> None:
    reading = one(f"{START} {rule}", JUN_2024)
    assert (reading.earliest, reading.last) == (date(2024, 7, 1), None)
    assert reading.earliest == one(START, JUN_2024).earliest


@pytest.mark.parametrize(
    "phrase",
    [
        # after a deadline or a window the rule may set the day: as before
        "Trước ngày 15/7/2024, các đơn vị cấp căn cước theo quy định",
        "Từ ngày 1/7 đến 15/7/2024, các đơn vị cấp căn cước theo quy định",
        # another time, a count, a provision cited, a guidance, a negation, an open end
        "Kể từ ngày 1-7-2024, các đơn vị phải nộp báo cáo trước ngày 15/7 theo quy định",
        "Kể từ ngày 1-7-2024, các đơn vị cấp căn cước theo quy định trong 7 ngày",
        "Kể từ ngày 1-7-2024, các đơn vị cấp căn cước theo quy định, chậm nhất ngày 30/7",
        "Kể từ ngày 1-7-2024, các đơn vị cấp căn cước theo quy định tại Điều 5 Nghị định 70/2024",
        "Kể từ ngày 1-7-2024, các đơn vị cấp căn cước theo hướng dẫn",
        "Kể từ ngày 1-7-2024, các đơn vị không cấp căn cước theo quy định",
        "Kể từ ngày 1-7-2024 đến nay, các đơn vị cấp căn cước theo quy định",
        f"{START} theo quy định hằng tháng",
        # without diacritics the rule is not recognised
        "Ke tu ngay 1-7-2024, cac don vi tiep tuc cap can cuoc theo quy dinh",
    ],
)
def test_the_rules_beside_a_deadline_or_another_time_stay_refused(phrase: str) -> None:
    refused(phrase, JUN_2024)
