"""Session 44, family D (helper twog): phrases refused as holding a second date or a
document's number beside their deadline, where that number is a name the phrase accounts for
(a section's number, a tunnel's number, "một lần": once) or the days of a school year's steps
written with a dash (issue 11: never a silent wrong date; a number is read or explained,
never dropped unexplained)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW
R = DeadlineKind.RECURRING


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(reading) for reading in parse_deadlines(phrase, ctx(issued))]


# --- a section's number before its heading and colon -------------------------------------

# p-thuanan-binhduong-lay-y-kien-qhsdd-2021 (phường Thuận An's consultation on land use)
CONSULTATION = "1.2. Thời gian lấy ý kiến nhân dân: 30 ngày, kể từ ngày 01/04/2021 đến 30/04/2021"
# y-cao-bang-skhcn-lich-tiep-cong-dan-2025 (Sở KH&CN Cao Bằng's days of receiving citizens)
MONTHLY_RECEPTION = (
    "2.2. Tiếp công dân định kỳ: Giám đốc Sở tiếp công dân định kỳ vào ngày 15 hằng tháng (nếu "
    "ngày 15 hàng tháng trùng vào ngày nghỉ hàng tuần, nghỉ lễ, nghỉ tết thì lịch tiếp công dân "
    "chuyển sang ngày làm việc tiếp theo)"
)


def test_a_sections_number_before_its_heading_is_no_day() -> None:
    assert _read(CONSULTATION, "2021-04-08") == [(W, date(2021, 4, 1), date(2021, 4, 30))]
    reception = one(MONTHLY_RECEPTION)
    assert reception.kind is R and reception.rrule == "FREQ=MONTHLY;BYMONTHDAY=15"


def test_a_number_that_may_be_a_day_before_a_heading_keeps_the_refusal() -> None:
    # refusal neighbours: "28.4." may be a day; with no heading's capital, no colon closing
    # the heading, or no dot after the second number, "1.2" may be 1 February as well
    issued = ctx("2021-04-08")
    refused("28.4. Công bố kết quả: trước ngày 30/4/2021", issued)
    refused("1.2. hạn nộp: trước ngày 30/4/2021", issued)
    refused("1.2. Hạn nộp trước ngày 30/4/2021", issued)
    refused("1.2 Hạn nộp: trước ngày 30/4/2021", issued)
    # ... nor does the heading's number spare a negation or a condition after it
    refused("1.2. Hạn nộp: không nộp trước ngày 30/4/2021", issued)
    refused("1.2. Hạn nộp: nếu nộp trước ngày 30/4/2021", issued)


# --- "một lần": once, before a due day ----------------------------------------------------

# v-chubah-ayunpa-thu-quy-pctt-2022 (xã Chư Băh's disaster-fund collection, 2022)
PAID_ONCE = "3.1. Đối với cá nhân: Thu, nộp một lần trước ngày 30 tháng 7 năm 2022"


def test_paid_once_before_a_day_is_due_that_day() -> None:
    assert _read(PAID_ONCE, "2022-04-04") == [(D, date(2022, 7, 30), date(2022, 7, 30))]


def test_a_time_or_a_part_of_a_period_after_lan_keeps_the_refusal() -> None:
    # refusal neighbours: "lần đầu tháng 3" (the first time, or early March?), "một lần cuối
    # tháng 7" (once at its end, or one last time?), a count other than one, "lần trước"
    issued = ctx("2022-04-04")
    refused("kê khai lần đầu tháng 3", issued)
    refused("kê khai một lần đầu tháng 3", issued)
    refused("nộp một lần cuối tháng 7", issued)
    refused("nộp một lần giữa tháng 7", issued)
    refused("nộp lần trước ngày 30/7", issued)
    refused("nộp hai lần trước ngày 30/7", issued)
    refused("không nộp một lần trước ngày 30/7/2022", issued)
    refused("nếu nộp một lần trước ngày 30/7/2022", issued)


# --- a tunnel by its number -----------------------------------------------------------------

# zf-thoibaotaichinh-ve-dich-3000-km-cao-toc-2025 (the expressways due in 2025)
TUNNEL = (
    "Hầm số 3 (dài 3.200 m) đã hoàn thành phần xây dựng ống hầm phải phục vụ cao tốc giai đoạn "
    "1, dự kiến hoàn thành trước ngày 18/12/2025"
)


def test_a_tunnels_number_is_its_name() -> None:
    assert _read(TUNNEL, "2025-12-15") == [(D, date(2025, 12, 18), date(2025, 12, 18))]


def test_a_tunnel_beside_a_day_or_a_second_deadline_keeps_the_refusal() -> None:
    issued = ctx("2025-12-15")
    refused("hầm 3/12 hoàn thành trước ngày 18/12/2025", issued)  # a day after the word
    refused("Hầm số 3 hoàn thành trước ngày 18/12/2025 hoặc ngày 20/12/2025", issued)
    refused("Hầm số 3 không hoàn thành trước ngày 18/12/2025", issued)
