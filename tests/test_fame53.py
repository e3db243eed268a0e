"""Session 53, helper fame53 (issue 11, family E): words after a time part that name the work,
never a time (`aftertime`): the one round named by its number ("… đợt 2/2025") and the rules a
start's work follows ("Kể từ ngày 1-7-2024, … theo quy định"); their neighbours refused."""

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
AGES = "Ngày 1-2/12, trẻ trong độ tuổi từ 6 tháng đến dưới 36 tháng sẽ được uống vitamin A"
START = "Kể từ ngày 1-7-2024, các đơn vị trên sẽ tiếp tục việc cấp căn cước"


def test_the_campaign_round_reads_its_two_days() -> None:
    reading = one(VITAMIN, NOV_2025)
    assert reading.kind is DeadlineKind.WINDOW
    assert (reading.first, reading.last) == (date(2025, 12, 1), date(2025, 12, 2))


def test_the_round_lends_its_year_to_a_page_without_one() -> None:
    # tests/corpus/zb-daidoanket-vitamin-a-tag.yaml: the tag page prints no date
    phrase = (
        "Trong 2 ngày (từ 1–2/12), Hà Nội tổ chức chiến dịch bổ sung Vitamin A liều cao đợt "
        "2/2025 cho gần 340.000 trẻ từ 6 đến dưới 36 tháng tuổi tại hơn 3.000 điểm uống trên "
        "toàn địa bàn"
    )
    reading = one(phrase, ctx())
    assert (reading.first, reading.last) == (date(2025, 12, 1), date(2025, 12, 2))


def test_a_round_in_parentheses_after_two_days_reads_them() -> None:
    # tests/corpus/zn-baoangiang-24-gio-05-2025.yaml
    phrase = (
        "Ngày 15 và 16/5, Thành ủy, HĐND, UBND, UBMTTQVN TP. Châu Đốc thành lập 2 đoàn công tác "
        "bàn giao nhà Đại đoàn kết (đợt 2/2025)"
    )
    reading = one(phrase, ctx("2025-05-15"))
    assert reading.kind is DeadlineKind.WINDOW
    assert (reading.first, reading.last) == (date(2025, 5, 15), date(2025, 5, 16))


@pytest.mark.parametrize("round_", ["đợt 2", "đợt II", "đợt 2/2025", "đợt 2 năm 2025"])
def test_one_numbered_round_after_the_days_reads_as_without_it(round_: str) -> None:
    reading = one(f"{AGES} {round_}", NOV_2025)
    assert (reading.first, reading.last) == (date(2025, 12, 1), date(2025, 12, 2))


@pytest.mark.parametrize(
    "phrase",
    [
        f"{AGES} đợt 2 và đợt 3",  # two rounds: each may have a day of its own
        f"{AGES} đợt 2 hoặc đợt 3",
        f"{AGES} đợt sau",  # a round placed in time
        f"{AGES} đợt 2 tháng 12",  # "2 tháng 12": a day
        f"{AGES} đợt 2 (hoãn)",
        f"{AGES} đợt 2/2024",  # a round of another year than the days
        f"{AGES} đợt 2 năm 2024",
        f"{AGES} đợt 2, đợt 3 vào ngày 5/12",
        "Ngày 1/12, trẻ được uống vitamin A đợt 2 nếu đợt 1 chưa xong",
        "Ngày 1/12, trẻ đã được uống vitamin A đợt 2",  # told done
        # after a cadence a round is each period's, or one: left to the clerk, as before
        "Trước ngày 5 hằng tháng, báo cáo đợt 2",
        "Ngay 1-2/12, tre trong do tuoi tu 6 thang den duoi 36 thang duoc uong vitamin A dot 2/2025",
    ],
)
def test_a_round_beside_another_time_or_doubt_stays_refused(phrase: str) -> None:
    refused(phrase, NOV_2025)


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
