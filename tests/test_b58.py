"""Session 58, helper b58: a step held back at its head is no deadline (issue 11 §1: never a
silent wrong date).

Session 57's third fresh tester varied the standing calendar "Vào bầu trước 25/9 và trồng
trước 10/10" (tests/corpus/zb-bvtvnamdinh-thoi-vu-cay-ua-am-vu-dong.yaml) and read each of
these as a yearly deadline 10/10 (and, in a plan, as due 10/10/2026):

- a word of holding off, "Né/Khoan/Cữ trồng trước 10/10": not before the day, a start, as
  "Tránh trồng trước 10/10" already is (`label._avoided`, tests/test_lead57.py);
- a stop, "Đình chỉ/Dừng/Ngừng/Hoãn gieo trước 10/10": stopped by then, or not before it?
  (`stoppedbefore`);
- a past season, "Vụ rồi gieo trước 10/10", "Năm ngoái …", "Hồi đó …": told past, as "Năm
  2025 đã gieo trước 10/10/2025" is (`pastseason`);
- a condition, "Gặp rét thì gieo trước 10/10", "Trường hợp rét đậm thì …": the day holds
  only if it does, as "Nếu trời rét thì …" and "Khi trời rét thì …" were refused already
  (`conditionhead`).
Each is refused; their right neighbours (a season named as the subject, a verb of hurry, a
drill, a meeting, a case of whom the step is for) read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import Context, DeadlineKind, parse_deadlines

STANDING = Context(issued=date(2026, 1, 15), standing=True)
PLAN = "2026-01-15"
YEARLY_10_10 = "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=10"


def _yearly_on_10_10(phrase: str) -> None:
    reading = one(phrase, STANDING)
    assert (reading.kind, reading.rrule) == (DeadlineKind.RECURRING, YEARLY_10_10)


# --- holding off: "not before" is a start -------------------------------------------------

_HELD_OFF = [
    "Né trồng trước 10/10",
    "Né gieo trước 10/10",
    "Khoan gieo trước 10/10",
    "Cữ gieo trước 10/10",
    "Cần né trồng trước 10/10",
    "Bà con né trồng trước 10/10",
    "Lưu ý né trồng trước 10/10",
    "Nông dân nên khoan gieo trước 10/10",
    "Né tránh gieo trước 10/10",
    "Né trồng trước ngày 10/10",
    "Ne trong truoc 10/10",
    "Kieng gieo truoc 10/10",
    "Tranh trong truoc 10/10",
    "Tránh trồng trước 10/10",  # the base's
    # whoever is told, before the word
    "Ngô né trồng trước 10/10",
    "Riêng ngô chớ trồng trước 10/10",
    "Ngô đừng trồng trước 10/10",
    "Nông dân các xã né trồng trước 10/10",
    "Ở vùng trũng né trồng trước 10/10",
    "Đối với ngô, né trồng trước 10/10",
    "Ngô khoan gieo trước 10/10",
]


@pytest.mark.parametrize("phrase", _HELD_OFF)
def test_holding_off_before_a_day_in_a_standing_calendar_is_no_yearly_deadline(
    phrase: str,
) -> None:
    assert "mốc bắt đầu" in refused(phrase, STANDING)


@pytest.mark.parametrize(
    "phrase",
    [
        "Tránh trồng vào 10/10",
        "Né trồng vào 10/10",
        "Khoan gieo vào ngày 10/10",
        "Chưa trồng vào 10/10",
    ],
)
def test_holding_off_on_a_day_in_a_standing_calendar_is_no_yearly_day(phrase: str) -> None:
    refused(phrase, STANDING)


@pytest.mark.parametrize("phrase", ["Gieo vào 10/10", "Gieo cấy ngày 10/10"])
def test_a_step_on_a_day_in_a_standing_calendar_still_reads_yearly(phrase: str) -> None:
    _yearly_on_10_10(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "Né trồng trước 10/10/2026",
        "Khoan gieo trước ngày 10/10/2026",
        "Cữ gieo trước 10/10/2026",
        "Ne trong truoc 10/10/2026",
    ],
)
def test_holding_off_before_a_day_in_a_plan_is_no_deadline(phrase: str) -> None:
    refused(phrase, ctx(PLAN))


@pytest.mark.parametrize(
    "phrase",
    [
        "Gieo cấy trước 10/10",
        "Khẩn trương gieo trước 10/10",
        "Vụ Đông gieo trước 10/10",
        "Tranh thủ gieo trước 10/10",
        "Tranh thu gieo truoc 10/10",
        "Bà con khẩn trương gieo trước 10/10",
        "Nông dân gieo trước 10/10",
        "Cứ gieo trước 10/10",
        "Khoan giếng trước 10/10",  # to drill a well: due
        "Khoan cọc nhồi trước 10/10",
        "Khu du lịch Mũi Né hoàn thành trước 10/10",  # a place's name
        "Lắp giàn khoan trước 10/10",  # a rig
        "Mua máy khoan trước 10/10",
        "Kiểm tra lỗ khoan trước 10/10",
        "Đội khoan giếng trước 10/10",
        "Xử lý khoan hồng trước 10/10",  # clemency
        "Hoàn thành gieo trước 10/10",
    ],
)
def test_a_step_due_before_its_day_still_reads_yearly(phrase: str) -> None:
    _yearly_on_10_10(phrase)


# --- a stop before a day: by then, or not before? -----------------------------------------

_STOPPED = [
    "Đình chỉ trồng trước 10/10",
    "Tạm đình chỉ trồng trước 10/10",
    "Dừng gieo trước 10/10",
    "Tạm dừng gieo trước 10/10",
    "Ngừng gieo trước 10/10",
    "Ngưng bán trước 10/10",
    "Tạm ngừng cấy trước 10/10",
    "Hoãn gieo trước 10/10",
    "Cần dừng gieo trước 10/10",
    "Dinh chi trong truoc 10/10",
    "Ngung gieo truoc 10/10",
]


@pytest.mark.parametrize("phrase", _STOPPED)
def test_a_stop_before_a_day_is_refused_with_both_readings(phrase: str) -> None:
    why = refused(phrase, STANDING)
    assert "phải dừng xong trước ngày đó" in why and "mốc bắt đầu" in why
    refused(phrase + "/2026", ctx(PLAN))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Hoàn thành gieo trước 10/10/2026", (DeadlineKind.DATE, "2026-10-10", "2026-10-10")),
        ("Hoan thanh gieo truoc 10/10/2026", (DeadlineKind.DATE, "2026-10-10", "2026-10-10")),
        ("Dựng rạp trước 10/10/2026", (DeadlineKind.DATE, "2026-10-10", "2026-10-10")),
        ("Dùng phân trước 10/10/2026", (DeadlineKind.DATE, "2026-10-10", "2026-10-10")),
        ("Dung rap truoc 10/10/2026", (DeadlineKind.DATE, "2026-10-10", "2026-10-10")),
        ("Hủy bỏ quyết định trước ngày 15/3/2026", (DeadlineKind.DATE, "2026-03-15", "2026-03-15")),
    ],
)
def test_verbs_folding_near_a_stop_still_read(phrase: str, expected: tuple[object, ...]) -> None:
    assert read_days(phrase, PLAN) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "Tạm dừng thi công đến ngày 30/6/2026",
        "Tạm dừng đến ngày 30/6/2026",
        "Hoãn thi đến ngày 30/6/2026",
        "Ngừng nhận hồ sơ đến hết ngày 30/6/2026",
        "Đình chỉ khai thác cho đến ngày 30/6/2026",
        "Tạm ngừng cấp phép tới ngày 30/6/2026",
    ],
)
def test_a_stop_until_a_day_is_no_deadline(phrase: str) -> None:
    refused(phrase, ctx(PLAN))


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        (
            "Tạm ngưng cung cấp nước từ 22 giờ ngày 12/09/2026 đến 05 giờ ngày 13/09/2026",
            date(2026, 9, 12),
            date(2026, 9, 13),
        ),
        ("Dừng thi công từ ngày 16/1 đến hết ngày 26/1/2026", date(2026, 1, 16), date(2026, 1, 26)),
    ],
)
def test_a_stop_over_a_span_still_reads_its_span(phrase: str, first: date, last: date) -> None:
    reading = one(phrase, ctx(PLAN))
    assert (reading.first, reading.last) == (first, last)


def test_a_stop_from_a_day_is_still_its_start() -> None:
    reading = one("Ngừng nhận hồ sơ từ ngày 27/12/2026", ctx(PLAN))
    assert (reading.earliest, reading.last) == (date(2026, 12, 27), None)


# --- a past season told ---------------------------------------------------------------------

_PAST = [
    "Vụ rồi gieo trước 10/10",
    "Vụ vừa rồi gieo trước 10/10",
    "Vụ vừa qua gieo trước 10/10",
    "Vụ qua gieo trước 10/10",
    "Vụ trước gieo trước 10/10",
    "Vụ Đông rồi gieo trước 10/10",
    "Vụ Đông vừa qua gieo trước 10/10",
    "Vụ Đông Xuân rồi gieo trước 10/10",
    "Mùa rồi gieo trước 10/10",
    "Mùa trước gieo trước 10/10",
    "Năm ngoái gieo trước 10/10",
    "Năm rồi gieo trước 10/10",
    "Năm qua gieo trước 10/10",
    "Đợt rồi nộp trước 10/10",
    "Lần trước nộp trước 10/10",
    "Hồi đó gieo trước 10/10",
    "Hồi vụ Đông gieo trước 10/10",
    "Hồi trước gieo trước 10/10",
    "- Vụ rồi gieo trước 10/10",
    "Còn vụ rồi gieo trước 10/10",
    "Vu roi gieo truoc 10/10",
    "Vu vua qua gieo truoc 10/10",
    "Nam ngoai gieo truoc 10/10",
    "Hoi do gieo truoc 10/10",
]


@pytest.mark.parametrize("phrase", _PAST)
def test_a_past_season_heading_the_step_is_told_past(phrase: str) -> None:
    assert "đã qua" in refused(phrase, STANDING)
    assert "đã qua" in refused(phrase + "/2026", ctx(PLAN))


def test_a_past_year_named_is_refused() -> None:
    refused("Hồi năm 2024 gieo trước 10/10", STANDING)
    refused("Hồi năm 2024 gieo trước 10/10", ctx(PLAN))


@pytest.mark.parametrize(
    "phrase",
    [
        "Vụ Đông gieo trước 10/10/2026",
        "Vụ mùa năm 2026 gieo trước 10/10/2026",
        "Vụ mùa gieo trước 10/10/2026",
        "Vụ Hè Thu gieo trước 10/10/2026",
        "Vụ này gieo trước 10/10/2026",
        "Vụ tới gieo trước 10/10/2026",
        "Năm nay gieo trước 10/10/2026",
        "Vụ Đông năm nay gieo trước 10/10/2026",
        "Kỳ họp trước 10/10/2026",
        "Kỳ này nộp trước 10/10/2026",
        "Đợt 1 gieo trước 10/10/2026",
        "Lần đầu nộp trước 10/10/2026",
        "Làm đất rồi gieo trước 10/10/2026",  # "rồi" of order: then
        "Thu hoạch vụ mùa rồi gieo trước 10/10/2026",
        "Vu Dong gieo truoc 10/10/2026",
        "Hồi 8 giờ ngày 10/10/2026",  # at the hour
    ],
)
def test_a_season_named_as_the_subject_still_reads(phrase: str) -> None:
    assert one(phrase, ctx(PLAN)).last == date(2026, 10, 10)


def test_a_season_named_as_the_subject_still_reads_yearly() -> None:
    _yearly_on_10_10("Vụ Đông gieo trước 10/10")
    _yearly_on_10_10("Vụ mùa gieo trước 10/10")


# --- a condition heading the step -----------------------------------------------------------

_CONDITIONS = [
    "Gặp rét thì gieo trước 10/10",
    "Gặp rét, gieo trước 10/10",
    "Gặp mưa thì gieo trước 10/10",
    "Gặp khó khăn thì báo cáo trước 10/10",
    "Nếu trời rét thì gieo trước 10/10",
    "Nếu có rét thì gieo trước 10/10",
    "Nếu trời rét, gieo trước 10/10",
    "Trường hợp rét đậm thì gieo trước 10/10",
    "Trường hợp rét đậm, gieo trước 10/10",
    "Trong trường hợp mưa lớn, gieo trước 10/10",
    "Trong trường hợp rét đậm thì gieo trước 10/10",
    "Hễ rét thì gieo trước 10/10",
    "Lỡ rét thì gieo trước 10/10",
    "Giả sử rét thì gieo trước 10/10",
    "Phòng khi rét thì gieo trước 10/10",
    "Trời rét thì gieo trước 10/10",
    "Rét đậm thì gieo trước 10/10",
    "Vụ nào rét thì gieo trước 10/10",
    "a) Gặp rét thì gieo trước 10/10",
    "Gap ret thi gieo truoc 10/10",
    "Truong hop ret dam thi gieo truoc 10/10",
    "Neu troi ret thi gieo truoc 10/10",
    "Khi trời rét thì gieo trước 10/10",  # the base's
]


@pytest.mark.parametrize("phrase", _CONDITIONS)
def test_a_condition_heading_the_step_is_no_deadline(phrase: str) -> None:
    refused(phrase, STANDING)
    refused(phrase + "/2026", ctx(PLAN))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Trường hợp có khó khăn thì báo cáo trước ngày 3/1/2026", date(2026, 1, 3)),
        (
            "Trường hợp có khó khăn, vướng mắc vượt quá thẩm quyền, phải báo cáo chậm nhất "
            "trong ngày 3/1/2026",
            date(2026, 1, 3),
        ),
        (
            "Những căn còn lại chưa xây dựng thì đồng loạt khởi công trước ngày 20/6/2026",
            date(2026, 6, 20),
        ),
        ("Vụ Đông thì gieo trước 10/10/2026", date(2026, 10, 10)),
        ("Riêng huyện A thì hoàn thành trước 10/10/2026", date(2026, 10, 10)),
        ("Gặp mặt đại biểu trước 10/10/2026", date(2026, 10, 10)),
        ("Gặp gỡ cử tri trước 10/10/2026", date(2026, 10, 10)),
        ("Gặp mặt, chúc Tết trước 10/10/2026", date(2026, 10, 10)),
        ("Kho lạnh hoàn thành trước 10/10/2026", date(2026, 10, 10)),
    ],
)
def test_a_case_or_a_subject_before_thi_still_reads(phrase: str, last: date) -> None:
    assert one(phrase, ctx(PLAN)).last == last


# --- several steps, one held back ------------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    ["né trồng", "đình chỉ trồng", "gặp rét thì gieo", "vụ rồi gieo", "khoan gieo"],
)
def test_a_held_step_beside_a_due_one_is_no_second_deadline(second: str) -> None:
    refused(f"Vào bầu trước 25/9 và {second} trước 10/10", STANDING)
    refused(f"Vào bầu trước 25/9/2026 và {second} trước 10/10/2026", ctx(PLAN))


# --- the step written after its day -----------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Trước 10/10/2026 né trồng",
        "Trước 10/10/2026, né trồng ngô",
        "Trước 10/10/2026 khoan gieo",
        "Trước 10/10/2026, tránh trồng ngô",
        "Trước 10/10/2026, cữ gieo",
        "Trước 10/10/2026, vụ rồi gieo xong",
        "Trước 10/10/2026, năm ngoái đã gieo",
        "Trước 10/10/2026, gặp rét thì gieo",
        "Trước 10/10/2026, trường hợp rét đậm thì gieo",
    ],
)
def test_a_step_held_back_after_its_day_is_no_deadline(phrase: str) -> None:
    refused(phrase, ctx(PLAN))


@pytest.mark.parametrize(
    "phrase",
    [
        "Trước 10/10/2026, hoàn thành gieo",
        "Trước 10/10/2026, khoan giếng",
        "Trước 10/10/2026, khoan cọc nhồi",
        # "khoan khoái" (at ease) is no holding off after the day as before it (one list since
        # session 59, `stoppedbefore.DRILLED_OR_MADE`; the after-day copy had missed it)
        "Trước 10/10/2026 khoan khoái gieo",
        "Trước 10/10/2026 khẩn trương gieo cấy",
        "Trước 10/10/2026, vụ Đông gieo xong",
        "Trước 10/10/2026, tranh thủ gieo",
        "Trước 10/10/2026, các xã tổ chức đại hội",
    ],
)
def test_a_step_due_after_its_day_still_reads(phrase: str) -> None:
    assert read_days(phrase, PLAN) == (DeadlineKind.DATE, "2026-10-10", "2026-10-10")


def test_a_stop_over_its_span_written_first_still_reads_the_span() -> None:
    reading = one("Từ ngày 16/1 đến hết ngày 26/1/2026, tạm dừng thi công", ctx(PLAN))
    assert (reading.first, reading.last) == (date(2026, 1, 16), date(2026, 1, 26))


@pytest.mark.parametrize(
    ("phrase", "standing"),
    [
        # a hazard dodged by doing the work in time, a "do not forget" (the merge's tester)
        ("Né lũ, thu hoạch trước 20/9", True),
        ("Né mặn, gieo sạ trước 10/10", True),
        ("Để né lũ, thu hoạch lúa trước ngày 20/9/2026", False),
        ("Trước ngày 30/4/2026, đừng quên gửi báo cáo", False),
        ("Chậm nhất ngày 30/4/2026, chớ quên nộp hồ sơ", False),
    ],
)
def test_a_hazard_dodged_or_a_must_is_still_due(phrase: str, standing: bool) -> None:
    context = Context(issued=date(2026, 3, 1), standing=standing)
    assert parse_deadlines(phrase, context)


def test_a_clause_typed_bare_is_no_hold_off() -> None:
    # "khoan 1" is "khoản 1" (a clause) typed bare: test_fresh20's points of a decree read
    assert read_days("diem a, b khoan 1 truoc ngay 15/3/2026", "2026-03-01") == (
        DeadlineKind.DATE,
        "2026-03-15",
        "2026-03-15",
    )
