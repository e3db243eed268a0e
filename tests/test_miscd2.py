"""Refusals of session 41 (branch miscd2, the second half of the other refusals, from the
start of its list): the request for an extension named as the paper a step files, no
deadline moved; a start bound refused for its own reason, said in place of "“từ …” thiếu
mốc kết thúc". Each with the real phrase that motivated it (its corpus file named) and the
neighbours that must stay refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D = DeadlineKind.DATE


# ze-vasep-cd-05-tct-gia-han-nd-52-2021 (Tổng cục Thuế, Công điện 05 on Nghị định 52/2021,
# as VASEP prints it; the page gives no issue date): the day the extension request is due by
def test_filing_an_extension_request_is_due_on_its_day() -> None:
    (one,) = parse_deadlines("Thời hạn nộp giấy đề nghị gia hạn chậm nhất là ngày 30/7/2021")
    assert (one.kind, one.first, one.last) == (D, date(2021, 7, 30), date(2021, 7, 30))


def test_filing_a_request_file_reads_the_same() -> None:
    # the same paper named as a file ("hồ sơ"): the request filed by that day
    (one,) = parse_deadlines("Thời hạn nộp hồ sơ đề nghị gia hạn: trước ngày 30/7/2021")
    assert one.last == date(2021, 7, 30)


def test_an_extension_asked_for_stays_refused() -> None:
    # a refusal neighbour: the province asks for more time; the day is not granted yet
    why = refused("UBND tỉnh đề nghị gia hạn đến ngày 30/6/2026", ctx("2026-03-01"))
    assert "thời hạn đã đổi" in why


def test_an_extended_deadline_alone_stays_refused() -> None:
    # a refusal neighbour: "Thời hạn gia hạn" is the deadline moved, the old one unsaid
    why = refused("Thời hạn gia hạn chậm nhất là ngày 30/7/2021", ctx("2021-06-01"))
    assert "thời hạn đã đổi" in why


# y-ha-nam-ly-nhan-tiep-cong-dan-2021 (no issue date): a start whose step holds "định kỳ";
# the refusal names the word that stops it, not an end to add
LY_NHAN = (
    "Tiếp tục tiếp công dân thường xuyên, định kỳ tại Trụ sở tiếp công dân huyện, cấp xã từ "
    "ngày 22/11/2021"
)


def test_a_start_refused_says_its_own_reason() -> None:
    why = refused(LY_NHAN)
    assert "“định kỳ”" in why
    assert "thiếu mốc kết thúc" not in why


# zb-baotayninh-mo-nuoc-vu-he-thu-2020 (issued 26/03/2020): the canal's kilometre marks
def test_a_start_after_unread_numbers_names_the_number() -> None:
    why = refused(
        "Riêng kênh Tây sau cống điều tiết K13 +072 đến K39 mở nước từ ngày 20.4.2020",
        ctx("2020-03-26"),
    )
    assert "“13”" in why
    assert "thiếu mốc kết thúc" not in why


def test_a_start_with_a_step_still_reads() -> None:
    # the start path unchanged: a step and its start, no end
    (one,) = parse_deadlines("Tiếp công dân từ ngày 22/11/2021")
    assert (one.earliest, one.last) == (date(2021, 11, 22), None)


def test_a_quoted_start_keeps_its_reason() -> None:
    # test_fresh_eleventh's cell: no start read at all, the step's reason stands
    why = refused('"Từ ngày 03/02/2026', ctx("2026-01-10"))
    assert "“từ …” thiếu mốc kết thúc" in why
