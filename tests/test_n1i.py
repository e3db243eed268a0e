"""Session 46, family N1 (helper n1i): phrases refused as not recognised at all ("không nhận
ra thời hạn"). Two forms, each with the neighbours kept refused (issue 11: never a silent
wrong date): "đẩy lùi" (drive back) before a harm it repels, in the words after a time part,
moves no day ("lùi" alone, or "đẩy lùi" before anything else, still says the day moved);
"của tháng (liền) trước" in the step after a rule of each month names the month the work is
of, no time of the rule."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import last_days, one, refused
from kehoach.dates.deadline import DeadlineKind

# r-nghe-an-kh-695-xa-phuong-khong-ma-tuy-2025 (Nghệ An's KH 695/2025, issued 21/08/2025)
DRUG_FREE_TARGET = (
    "bảo đảm đến hết năm 2030, có ít nhất 50% đơn vị hành chính cấp xã trên địa bàn toàn "
    "quốc “không ma túy” và từng bước đẩy lùi ma túy ra khỏi đời sống xã hội"
)
ISSUED = "2025-08-21"


def test_a_harm_driven_back_after_the_target_year_is_no_move() -> None:
    assert last_days(DRUG_FREE_TARGET, ISSUED) == (date(2030, 12, 31),)


def test_a_harm_driven_back_right_after_the_time_is_no_move() -> None:
    assert last_days("bảo đảm đến hết năm 2030, đẩy lùi dịch bệnh", ISSUED) == (date(2030, 12, 31),)


@given(st.integers(min_value=2026, max_value=2099))
def test_the_target_year_is_the_one_written(year: int) -> None:
    phrase = f"bảo đảm đến hết năm {year}, có 50% số xã và từng bước đẩy lùi ma túy"
    assert last_days(phrase, ISSUED) == (date(year, 12, 31),)


def test_lui_alone_after_the_time_still_says_the_day_moved() -> None:
    assert "lùi" in refused("bảo đảm đến hết năm 2030, lùi ma túy")


def test_driven_back_at_the_end_still_says_the_day_moved() -> None:
    assert "lùi" in refused("bảo đảm đến hết năm 2030, rồi đẩy lùi")


def test_a_time_driven_back_still_says_the_day_moved() -> None:
    assert "lùi" in refused("bảo đảm đến hết năm 2030, đẩy lùi thời hạn")
    assert "lùi" in refused("hoàn thành trước ngày 15/5/2026, đẩy lùi lịch thi")
    assert "lùi" in refused("bảo đảm đến hết năm 2030, đẩy lùi việc tổ chức đại hội")


def test_driven_back_before_no_harm_named_still_says_the_day_moved() -> None:
    assert "lùi" in refused("bảo đảm đến hết năm 2030, đẩy lùi dịch vụ công")


def test_a_harm_driven_back_under_a_negation_stays_refused() -> None:
    refused("không bảo đảm đến hết năm 2030 đẩy lùi ma túy")


# i-2-nld-so-gtcc-tphcm-cap-nhat-nguyen-vong-cu-tri (Sở GTVT TP.HCM, as NLĐ prints it)
VOTERS_WISHES_EACH_MONTH = (
    "Định kỳ từ ngày 1 đến ngày 5 hằng tháng, các đơn vị và phòng ban được phân công phải cập "
    "nhật kết quả giải quyết nguyện vọng cử tri trên mạng của tháng trước"
)


def _monthly_day(phrase: str) -> tuple[object, str | None]:
    """The kind and the RRULE of `phrase`'s one reading (no issue day)."""
    reading = one(phrase)
    return reading.kind, reading.rrule


def test_the_month_before_in_the_step_after_a_monthly_rule_is_the_data_s() -> None:
    assert one(VOTERS_WISHES_EACH_MONTH).kind is DeadlineKind.RECURRING
    assert _monthly_day(VOTERS_WISHES_EACH_MONTH)[1] == "FREQ=MONTHLY;BYMONTHDAY=5"
    assert _monthly_day(
        "Trước ngày 05 hằng tháng, các đơn vị gửi báo cáo kết quả của tháng liền trước"
    ) == (DeadlineKind.RECURRING, "FREQ=MONTHLY;BYMONTHDAY=5")


@given(st.integers(min_value=1, max_value=28))
def test_the_due_day_of_each_month_is_the_one_written(day: int) -> None:
    phrase = f"Trước ngày {day:02d} hằng tháng, các đơn vị gửi báo cáo của tháng trước đó"
    assert _monthly_day(phrase) == (DeadlineKind.RECURRING, f"FREQ=MONTHLY;BYMONTHDAY={day}")


def test_the_month_before_a_day_or_an_event_stays_refused() -> None:
    refused("Trước ngày 05 hằng tháng, các đơn vị gửi báo cáo của tháng trước ngày 20")
    refused("Trước ngày 05 hằng tháng, các đơn vị gửi báo cáo của tháng trước khi nghỉ")


def test_the_month_before_as_a_time_of_the_step_stays_refused() -> None:
    refused("Trước ngày 05 hằng tháng, các đơn vị gửi báo cáo trong tháng trước")


def test_the_month_before_after_a_rule_of_no_month_stays_refused() -> None:
    refused("Trước ngày 05 hằng năm, các đơn vị gửi báo cáo của tháng trước")
    refused("Trước ngày 05 tháng 3, các đơn vị gửi báo cáo của tháng trước")


def test_the_month_before_in_a_step_denied_done_or_conditional_stays_refused() -> None:
    refused("Trước ngày 05 hằng tháng, các đơn vị không gửi báo cáo của tháng trước")
    refused("Trước ngày 05 hằng tháng, các đơn vị đã gửi báo cáo của tháng trước")
    refused("Trước ngày 05 hằng tháng, các đơn vị gửi báo cáo của tháng trước nếu có")


def test_a_second_month_beside_the_month_before_stays_refused() -> None:
    refused("Trước ngày 05 hằng tháng, các đơn vị gửi báo cáo của tháng trước và của tháng 12")
