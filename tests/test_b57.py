"""Helper b57 (session 57, issue 11): the place a recurring rule's day is kept at, closing the
phrase ("… vào buổi sáng thứ Bảy hằng tuần tại UBND xã", `ruleplace.place_after_rule`).

The place says where, never when: it is kept as the gloss and the rule read as it reads alone.
A place holding a word of time or a number stays in place (refused as before), and the rule's
own words (a negation, a condition, a start or a period before it) are refused as they are
without the place.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.reading import DeadlineKind


@pytest.mark.parametrize(
    ("phrase", "rrule", "place"),
    [
        # v-plo-ha-noi-sang-thu-bay-hang-tuan (the page prints no date)
        (
            "Chủ tịch UBND các huyện, thị xã căn cứ nhu cầu thực tế của cá nhân, tổ chức và "
            "điều kiện của cơ quan quyết định về làm việc vào buổi sáng thứ Bảy hằng tuần tại "
            "UBND xã",
            "FREQ=WEEKLY;BYDAY=SA",
            "tại UBND xã",
        ),
        (
            "họp giao ban vào thứ hai hàng tuần tại trụ sở UBND",
            "FREQ=WEEKLY;BYDAY=MO",
            "tại trụ sở UBND",
        ),
        (
            "họp vào ngày 5 hàng tháng tại trụ sở UBND xã",
            "FREQ=MONTHLY;BYMONTHDAY=5",
            "tại trụ sở UBND xã",
        ),
        (
            "nộp báo cáo vào ngày 15 mỗi tháng tại Sở Tài chính",
            "FREQ=MONTHLY;BYMONTHDAY=15",
            "tại Sở Tài chính",
        ),
        (
            "Chủ tịch UBND tỉnh tiếp công dân vào thứ năm hằng tuần tại Trụ sở Tiếp công dân "
            "tỉnh, đường Hùng Vương, thành phố Pleiku",
            "FREQ=WEEKLY;BYDAY=TH",
            "tại Trụ sở Tiếp công dân tỉnh, đường Hùng Vương, thành phố Pleiku",
        ),
        (
            "họp ngày 15 hàng tháng tại Hội trường UBND tỉnh Quảng Nam",
            "FREQ=MONTHLY;BYMONTHDAY=15",
            "tại Hội trường UBND tỉnh Quảng Nam",
        ),
    ],
)
def test_a_rule_read_with_its_place_as_the_gloss(phrase: str, rrule: str, place: str) -> None:
    reading = one(phrase, ctx())
    assert (reading.kind, reading.rrule, reading.gloss) == (DeadlineKind.RECURRING, rrule, place)


def test_the_issue_day_changes_nothing_of_a_rule_with_its_place() -> None:
    reading = one("sinh hoạt vào thứ năm hàng tuần tại nhà văn hóa thôn", ctx("2008-01-01"))
    assert (reading.rrule, reading.gloss) == ("FREQ=WEEKLY;BYDAY=TH", "tại nhà văn hóa thôn")


@pytest.mark.parametrize(
    "phrase",
    [
        # a word of time or a number in the place: not only a place
        "họp vào thứ hai hàng tuần tại kỳ họp cuối năm",
        "hop vao thu hai hang tuan tai ky hop cuoi nam",
        "họp vào thứ hai hàng tuần tại hội nghị sơ kết quý",
        "họp vào thứ hai hàng tuần tại thời điểm thích hợp",
        "họp vào thứ hai hàng tuần tại UBND 10 phường",
        "họp vào thứ năm hằng tuần tại phòng họp số 2",
        "họp vào thứ hai hàng tuần tại trụ sở UBND đến hết năm 2008",
        "họp vào thứ hai hàng tuần tại trụ sở UBND, trừ ngày lễ",
        # the rule's own words, refused as without the place
        "không họp vào thứ hai hàng tuần tại trụ sở UBND",
        "nếu cần, họp vào thứ hai hàng tuần tại trụ sở UBND",
        "chờ đến thứ hai hàng tuần tại trụ sở UBND mới họp",
        "từ ngày 1/3/2008, họp vào thứ hai hàng tuần tại trụ sở UBND",
        "Từ 5/3 sinh hoạt vào thứ năm hàng tuần tại nhà văn hóa",
        "Trong tháng 3/2008 sinh hoạt vào thứ năm hàng tuần tại nhà văn hóa",
        "sinh hoạt vào thứ năm hàng tuần tại nhà văn hóa (từ ngày 5/3/2008)",
        "họp vào thứ hai tuần thứ 2 hàng tháng tại trụ sở UBND",
        "tiếp công dân vào ngày thứ sáu của tuần lễ cuối tháng tại trụ sở",
        "nộp báo cáo trước ngày 15/3 hàng năm tại Sở Tài chính",
        "nộp báo cáo trước ngày 15/3 hàng tháng tại Sở Tài chính",
        "họp 2 lần mỗi tháng tại trụ sở UBND",
        "tổ chức ngày 5/3/2008 và duy trì hàng tháng tại các xã",
        # a season, a pause or a wait in the place: the rule is not every week
        "sinh hoạt hằng tuần tại nhà văn hóa trong mùa hè",
        "họp vào thứ hai hàng tuần tại trụ sở cho đến khi có thông báo mới",
        "họp vào thứ hai hàng tuần tại trụ sở mới",
        "họp vào thứ hai hàng tuần tại trụ sở (từ ngày 5/3)",
        "tiếp công dân vào thứ 5 hàng tuần tại Phòng tiếp công dân (nghỉ từ ngày 1/3)",
    ],
)
def test_a_place_with_a_time_or_a_rule_refused_alone_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2008-01-01"))
