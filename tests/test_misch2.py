"""Session 45, family M2 (helper misch2): phrases refused for assorted reasons, read where a
form shared by several real phrases says the time plainly, with the neighbours a careful
reader would refuse kept refused (issue 11: never a silent wrong date)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


# --- an agreement or a notice told given, then the matter it settles ------------------------

# za-znews-lich-nghi-tet-duong-lich-2026 (Znews, 25/12/2025)
AGREED_DAYS_OFF = (
    "Ngày 25/12, Phó thủ tướng Phạm Thị Thanh Trà đã đồng ý với đề xuất của Bộ Nội vụ về việc "
    "công chức, viên chức được nghỉ Tết Dương lịch 4 ngày liên tục từ ngày 1 đến ngày 4/1/2026."
)
# zs-tuoitre-tphcm-thong-bao-nghi-tet-duong-lich-2016 (Tuổi Trẻ, 09/12/2015)
NOTIFIED_DAY_OFF = (
    "UBND TP.HCM vừa thông báo việc nghỉ Tết Dương lịch và treo cờ Tổ quốc ngày 1-1-2016"
)


def test_the_matter_an_agreement_settles_reads_after_the_day_it_was_told() -> None:
    (reading,) = parse_deadlines(AGREED_DAYS_OFF, ctx("2025-12-25"))
    assert days(reading) == (W, date(2026, 1, 1), date(2026, 1, 4))
    assert reading.gloss is not None and "25/12 là ngày đưa tin" in reading.gloss


def test_the_matter_a_notice_settles_reads_when_still_to_come() -> None:
    assert _read(NOTIFIED_DAY_OFF, "2015-12-09") == [(D, date(2016, 1, 1), date(2016, 1, 1))]


def test_a_matter_settled_keeps_the_refusal_when_over_negated_or_unsure() -> None:
    issued = ctx("2025-12-25")
    told = "Ngày 25/12, UBND tỉnh đã thống nhất về việc"
    # refusal neighbours: the matter's days before the day of the telling (a thing over), or
    # before the page's day when no day opens the line, or on a page with no date
    refused(f"{told} gia hạn nộp hồ sơ từ ngày 1/12 đến ngày 20/12/2025.", issued)
    refused("UBND tỉnh vừa thông báo việc nghỉ lễ ngày 20/12/2025", issued)
    refused("UBND tỉnh vừa thông báo việc nghỉ lễ ngày 1/1/2026", ctx())
    # ... a told day a season before its page: a misprint somewhere
    refused(f"{told} tổ chức hội chợ từ ngày 1 đến ngày 4/1/2026.", ctx("2026-03-25"))
    # ... a matter negated, under a condition, on a cadence, or told done itself
    refused(f"{told} không tổ chức bắn pháo hoa từ ngày 1 đến ngày 4/1/2026.", issued)
    refused(f"{told} nếu cần thì tổ chức bắn pháo hoa từ ngày 1 đến ngày 4/1/2026.", issued)
    refused(f"{told} tổ chức lễ hội hằng năm từ ngày 1 đến ngày 4/1.", issued)
    refused(f"{told} đã tổ chức hội chợ từ ngày 1 đến ngày 4/1/2026.", issued)
    # ... nor any other verb told done before the matter: a meeting held, a plan issued
    refused("Ngày 25/12, UBND tỉnh đã tổ chức hội nghị về việc nghỉ Tết từ 1 đến 4/1/2026.", issued)
    refused(
        "Ngày 25/12, UBND tỉnh đã ban hành kế hoạch về việc nghỉ Tết từ 1 đến 4/1/2026.", issued
    )
    # ... and a notice cited by its number and day: the day is the notice's
    refused("UBND tỉnh vừa ban hành Thông báo số 12/TB-UBND ngày 20/12/2025 về việc nghỉ Tết")


# za-znews-nghi-hoc-bao-bualoi-2025 (Znews, 30/09/2025)
ORDERED_DAY_OFF = (
    "Tối 29/9, Sở GD&ĐT Lào Cai đã có văn bản chỉ đạo khẩn, yêu cầu toàn bộ cơ sở giáo dục "
    "trên địa bàn cho hơn 465.000 học sinh mầm non, phổ thông và giáo dục nghề nghiệp nghỉ học "
    "ngày 30/9 nhằm đảm bảo an toàn tính mạng cho học sinh, giáo viên và cán bộ quản lý."
)


def test_the_day_a_directive_told_sent_orders_reads_after_the_day_it_was_told() -> None:
    (reading,) = parse_deadlines(ORDERED_DAY_OFF, ctx("2025-09-30"))
    assert days(reading) == (D, date(2025, 9, 30), date(2025, 9, 30))
    assert reading.gloss is not None and "29/9 là ngày đưa tin" in reading.gloss


def test_a_directive_told_sent_keeps_the_refusal_beside_its_number_or_an_order_unsure() -> None:
    issued = ctx("2025-09-30")
    told = "Tối 29/9, Sở GD&ĐT đã có văn bản yêu cầu các trường"
    # refusal neighbours: the letter cited by its number (its day may follow), or sent to a
    # body with no order named; an order negated, past, or a report's as-of day
    refused("Sở GD&ĐT đã có văn bản số 123/SGDĐT ngày 29/9 yêu cầu học sinh nghỉ học", issued)
    refused("Tối 29/9, Sở GD&ĐT đã có văn bản gửi các trường về việc nghỉ học ngày 30/9", issued)
    refused(f"{told} không cho học sinh nghỉ học ngày 30/9", issued)
    refused(f"{told} báo cáo số học sinh nghỉ học ngày 28/9", issued)
    refused(f"{told} báo cáo kết quả đến ngày 30/9", issued)
    refused(f"{told} nếu mưa lớn thì cho học sinh nghỉ học ngày 30/9", issued)


@given(st.integers(0, 60), st.integers(0, 5))
def test_a_matter_settled_reads_its_days_to_come_whatever_they_are(
    after: int, lasting: int
) -> None:
    told = date(2025, 12, 10)
    first = told + timedelta(days=after)
    last = first + timedelta(days=lasting)
    phrase = (
        f"Ngày {told.day}/{told.month}, UBND tỉnh đã đồng ý về việc tổ chức hội chợ từ ngày "
        f"{first.day}/{first.month}/{first.year} đến ngày {last.day}/{last.month}/{last.year}"
    )
    (reading,) = parse_deadlines(phrase, ctx("2025-12-12"))
    assert (reading.first, reading.last) == (first, last)


# --- an exam of a named year, its days told planned after its comma ------------------------

# za-ngoisao-lich-thi-lop-10-2026 (Ngôi Sao, a page with no date)
EXAM_PLANNED = (
    "Theo kế hoạch của Bộ Giáo dục và Đào tạo, kỳ thi tốt nghiệp THPT năm 2026 sẽ được tổ chức "
    "sớm hơn 2 tuần so với thông lệ, dự kiến vào ngày 11-12/6."
)


def test_an_exam_of_a_named_year_reads_its_days_planned_on_a_page_with_no_date() -> None:
    assert _read(EXAM_PLANNED) == [(W, date(2026, 6, 11), date(2026, 6, 12))]
    # ... and on a page of the year before, the exam's year, not the page's
    assert _read(EXAM_PLANNED, "2025-12-01") == [(W, date(2026, 6, 11), date(2026, 6, 12))]


def test_an_exam_with_its_days_planned_keeps_the_refusal_when_told_held_or_unsure() -> None:
    exam = "kỳ thi tốt nghiệp THPT năm 2026"
    # refusal neighbours on a page with no date: told held (and planned: two things), negated,
    # conditioned, a conference about it (held after it), days given as a choice
    refused(f"{exam} đã được tổ chức, dự kiến vào ngày 11-12/6.")
    refused(f"{exam} vừa được tổ chức, dự kiến vào ngày 11-12/6.")
    refused(f"{exam} sẽ không được tổ chức, dự kiến vào ngày 11-12/6.")
    refused(f"{exam} nếu được tổ chức, dự kiến vào ngày 11-12/6.")
    refused(f"Hội nghị tổng kết {exam} sẽ được tổ chức, dự kiến vào ngày 11-12/6.")
    refused(f"{exam} sẽ được tổ chức, dự kiến vào ngày 11-12/6 hoặc 18-19/6.")
    refused(f"{exam} sẽ được tổ chức, dự kiến vào ngày 11-12/6 hằng năm.")
