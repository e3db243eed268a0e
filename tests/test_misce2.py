"""Refusals of session 42 (branch misce2, the second half of the other refusals, sorted by
reason): a yearly rule said as once a year from a year named ("Từ năm 2026, … ít nhất mỗi
năm một lần"), read as the yearly rule from that year. Each with the real phrase that
motivated it (its corpus file named) and the neighbours that must stay refused (the first
rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines
from kehoach.dates.reading import Context
from kehoach.dates.recurrence import next_due
from kehoach.render.reading import as_text

R = DeadlineKind.RECURRING


# zf-znews-nq-72-uu-tien-kham-suc-khoe-2025 (the press on Nghị quyết 72-NQ/TW, 16/09/2025)
def test_once_a_year_from_a_year_named_is_due_each_year_from_it() -> None:
    (one,) = parse_deadlines(
        "Từ năm 2026, toàn bộ người dân sẽ được tổ chức khám sức khỏe định kỳ hoặc sàng lọc "
        "miễn phí ít nhất một lần mỗi năm",
        ctx("2025-09-16"),
    )
    assert one.kind is R and one.earliest == date(2026, 1, 1)
    assert one.rrule == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1"
    assert "từ năm 2026" in one.reading


# zh-luatvietnam-du-thao-nd-luat-phong-benh-kham-suc-khoe-2026 (the draft decree, no date)
def test_the_first_year_due_is_the_year_named() -> None:
    (one,) = parse_deadlines(
        "- Từ năm 2028, thực hiện khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí ít nhất "
        "mỗi năm một lần cho các đối tượng còn lại;"
    )
    assert one.kind is R and one.earliest == date(2028, 1, 1)
    assert one.recurrence is not None and one.recurrence.anchor == date(2028, 1, 1)
    assert one.rrule is not None
    # asked in 2026, the next due day is the end of 2028, not of 2026
    assert next_due(one.rrule, date(2026, 12, 5), one.recurrence.anchor) == date(2028, 12, 31)


# zf-antv-nq-72-suc-khoe-nguoi-dan (ANTV on Nghị quyết 72-NQ/TW, no date): the yearly
# check-up from 2026, then a target of 2030 joined by "và": two milestones
def test_once_a_year_and_a_target_are_two_milestones() -> None:
    rule, target = parse_deadlines(
        "(ANTV) - Từ năm 2026, người dân sẽ được khám sức khỏe định kỳ hoặc khám sàng lọc miễn "
        "phí ít nhất mỗi năm 1 lần và đến năm 2030, người dân được miễn viện phí ở mức cơ bản "
        "trong phạm vi quyền lợi bảo hiểm y tế theo lộ trình"
    )
    assert rule.kind is R and rule.earliest == date(2026, 1, 1)
    assert target.last == date(2030, 12, 31)


def test_twice_a_year_from_a_year_stays_refused() -> None:
    # a refusal neighbour: two times a year name no day of each (ruling 38 (d))
    refused("Từ năm 2026, khám sức khỏe định kỳ ít nhất mỗi năm hai lần", ctx("2025-09-16"))


def test_once_a_year_told_since_a_year_stays_refused() -> None:
    # a refusal neighbour: a history up to now, not a rule to come (convention 4)
    refused(
        "Từ năm 2015 đến nay, tỉnh đã tổ chức khám sức khỏe ít nhất mỗi năm một lần",
        ctx("2025-09-16"),
    )


def test_once_a_year_beside_another_year_stays_refused() -> None:
    # a refusal neighbour: two years printed, which one starts the rule is not said
    refused(
        "Từ năm 2026, khám sức khỏe ít nhất mỗi năm một lần, hoàn thành trong năm 2027",
        ctx("2025-09-16"),
    )


# z-phuninh-chuan-bi-ky-hop-thu-nhat-hdnd-huyen-khoa-xii-2021 (Phù Ninh, 27/05/2021): the
# sitting's own day printed between "kỳ họp" and the term of those it elects (conv13: a real
# day beside a term reads, the term a name explained)
PHUNINH = (
    "Theo đó, dự kiến kỳ họp sẽ tổ chức vào sáng ngày 11 tháng 6 năm 2021 để bầu các chức "
    "danh Chủ tịch, Phó chủ tịch HĐND huyện khóa XII, Chủ tịch, Phó chủ tịch và các Ủy viên "
    "Ủy ban nhân dân huyện nhiệm kỳ 2021 – 2026"
)


def test_a_sittings_day_before_its_term_reads_the_day() -> None:
    (one,) = parse_deadlines(PHUNINH, ctx("2021-05-27"))
    assert (one.kind, one.first, one.last) == (
        DeadlineKind.DATE,
        date(2021, 6, 11),
        date(2021, 6, 11),
    )


def test_a_sitting_without_its_day_stays_refused() -> None:
    # a refusal neighbour: the term alone is the office's, no deadline (conv13)
    why = refused(
        "Theo đó, dự kiến kỳ họp sẽ tổ chức để bầu các chức danh Chủ tịch, Phó chủ tịch HĐND "
        "huyện khóa XII nhiệm kỳ 2021 – 2026",
        ctx("2021-05-27"),
    )
    assert "nhiệm kỳ là tên" in why


def test_a_sittings_day_outside_its_term_stays_refused() -> None:
    # a refusal neighbour: a day a year before the term it elects for is a misprint somewhere
    refused(PHUNINH.replace("năm 2021", "năm 2020"), ctx("2020-05-27"))


# y-phu-yen-bqlkkt-huong-dan-bao-cao-thong-ke (a reporting guide, standing): the whole-year
# estimate's due day, beside "Ước 06 tháng: ngày 10/6 hàng năm"
def test_the_whole_year_estimate_is_due_on_its_day_each_year() -> None:
    (one,) = parse_deadlines("Ước cả năm: ngày 10/11 hàng năm", Context(None, standing=True))
    assert one.kind is R and one.rrule == "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=10"


def test_a_count_of_five_days_stays_refused() -> None:
    # a refusal neighbour: with no colon "cả năm ngày" may be "all five days"
    why = refused("Ước cả năm ngày 10/11 hàng năm", Context(None, standing=True))
    assert "đếm một số ngày" in why


def test_the_text_output_calls_it_a_rule_from_its_year() -> None:
    # what a clerk reads: a rule due each year from 2028, not "a start, no deadline"
    (one,) = parse_deadlines(
        "- Từ năm 2028, thực hiện khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí ít nhất "
        "mỗi năm một lần cho các đối tượng còn lại;"
    )
    text = as_text([one], date(2026, 12, 5))
    assert "mốc bắt đầu, không phải hạn" not in text
    assert "hằng năm, từ năm 2028" in text
    assert "31/12/2028" in text  # the next due day, not 31/12/2026
