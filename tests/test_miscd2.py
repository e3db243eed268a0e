"""Refusals of session 41 (branch miscd2, the second half of the other refusals, from the
start of its list): the request for an extension named as the paper a step files, no
deadline moved; a start bound refused for its own reason, said in place of "“từ …” thiếu
mốc kết thúc". Each with the real phrase that motivated it (its corpus file named) and the
neighbours that must stay refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, one, refused
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


# A start whose step holds "định kỳ" (a neighbour of y-ha-nam-ly-nhan-tiep-cong-dan-2021,
# whose "tiếp công dân thường xuyên, định kỳ" names the two kinds of reception and reads
# since branch befored, tests/test_befored.py): the refusal names the word that stops it, not
# an end to add
DINH_KY = "Tổ chức kiểm tra định kỳ tại các xã từ ngày 22/11/2021"


def test_a_start_refused_says_its_own_reason() -> None:
    why = refused(DINH_KY)
    assert "“định kỳ”" in why
    assert "thiếu mốc kết thúc" not in why


# zb-baotayninh-mo-nuoc-vu-he-thu-2020 (issued 26/03/2020): the canal's kilometre marks, read
# as its chainage since session 43 (beforef), the start read; a number left unread after a
# start is named, never told a missing end
def test_a_start_after_unread_numbers_names_the_number() -> None:
    (read,) = parse_deadlines(
        "Riêng kênh Tây sau cống điều tiết K13 +072 đến K39 mở nước từ ngày 20.4.2020",
        ctx("2020-03-26"),
    )
    assert (read.earliest, read.last) == (date(2020, 4, 20), None)
    why = refused(
        "Riêng kênh Tây sau cống điều tiết số 13 mở nước từ ngày 20.4.2020", ctx("2020-03-26")
    )
    assert "“số 13”" in why
    assert "thiếu mốc kết thúc" not in why


def test_a_start_with_a_step_still_reads() -> None:
    # the start path unchanged: a step and its start, no end
    (one,) = parse_deadlines("Tiếp công dân từ ngày 22/11/2021")
    assert (one.earliest, one.last) == (date(2021, 11, 22), None)


def test_a_quoted_start_keeps_its_reason() -> None:
    # test_fresh_eleventh's cell: no start read at all, the step's reason stands
    why = refused('"Từ ngày 03/02/2026', ctx("2026-01-10"))
    assert "“từ …” thiếu mốc kết thúc" in why


# zq-giadinh-suckhoedoisong-lich-cong-bo-diem-chuan-2025 (issued 18/08/2025): a field named
# "at the earliest" and its value a start: one bound, from the afternoon of 20/8
def test_an_earliest_field_holding_a_start_reads_the_start() -> None:
    (one,) = parse_deadlines(
        "• Thời điểm công bố sớm nhất: Bắt đầu từ chiều 20/8", ctx("2025-08-18")
    )
    assert (one.earliest, one.last) == (date(2025, 8, 20), None)


def test_an_earliest_field_before_a_bare_day_stays_refused() -> None:
    # a refusal neighbour: "sớm nhất: ngày 20/8" may be a due day or a start; not guessed
    assert "“sớm”" in refused("Thời điểm công bố sớm nhất: ngày 20/8", ctx("2025-08-18"))


def test_earliest_before_a_window_stays_refused() -> None:
    # a refusal neighbour: a start and an end after "sớm nhất:", which bound is meant?
    assert refused(
        "Hạn nộp sớm nhất: Bắt đầu từ ngày 20/8/2025 đến ngày 25/8/2025", ctx("2025-08-18")
    )


# zk-vinhphuc-skhcn-dieu-chinh-thoi-han-de-xuat-2021 (issued 01/05/2021): the dispatch and
# the list are what is sent, due "chậm nhất ngày 15/6/2021", no dispatch dated that day
VINH_PHUC = (
    "Sở Khoa học và Công nghệ điều chỉnh thời hạn gửi hồ sơ (công văn và danh mục) đề xuất "
    "hoặc đề xuất đặt hàng nhiệm vụ KH&CN cấp tỉnh về Sở Khoa học và Công nghệ tỉnh Vĩnh "
    "Phúc (Địa chỉ: Số 42Nguyễn Chí Thanh, phường Đống Đa, thành phố Vĩnh Yên, tỉnh Vĩnh "
    "Phúc), chậm nhất ngày 15/6/2021"
)


def test_a_paper_sent_by_its_latest_day_is_due_then() -> None:
    (one,) = parse_deadlines(VINH_PHUC, ctx("2021-05-01"))
    assert (one.kind, one.last) == (D, date(2021, 6, 15))


def test_a_dispatch_dated_by_a_bare_day_stays_refused() -> None:
    # a refusal neighbour: no "chậm nhất", the bare day after a dispatch is its date
    assert refused("Sở Tài chính gửi công văn ngày 15/6/2021", ctx("2021-05-01"))


# h-an-giang-nq-08-2015-hdnd-ktxh-2016-2020 (issued 10/12/2015): five years counted over six
# written; refused, the count shown as written (not folded to "nam") with its way out
def test_a_count_of_years_unlike_its_span_says_why_with_its_way_out() -> None:
    why = refused("Về tình hình kinh tế xã hội 5 năm 2010 - 2015", ctx("2015-12-10"))
    assert "“5 năm”" in why
    assert "6 năm" in why
    assert "first_day và last_day" in why


# i-vtc-ha-noi-cv-6166-nhiem-vu-cuoi-nam-2025 (issued 19/11/2025): a growth target of 8
# percent or more over the year; "trở lên" bounds the share, no start
def test_a_share_and_more_is_no_start() -> None:
    (one,) = parse_deadlines(
        "bảo đảm mục tiêu tăng trưởng của Thành phố đạt 8% trở lên trong năm 2025",
        ctx("2025-11-19"),
    )
    assert (one.first, one.last) == (date(2025, 1, 1), date(2025, 12, 31))


def test_a_year_and_on_stays_refused() -> None:
    # a refusal neighbour: "năm 2025 trở lên" is a start, whatever the word
    assert "trở lên" in refused("từ năm 2025 trở lên", ctx("2025-11-19"))


# zj-evn-cd-5696-dong-cua-xa-day-hoa-binh-19-8-2025 (issued 19/08/2025): the dispatch named
# as a heading, then what it orders with its hour and day: the closing's day
def test_an_order_after_its_dispatch_heading_is_due_on_its_day() -> None:
    (one,) = parse_deadlines(
        "Công điện của Bộ Nông nghiệp và Môi trường: Đóng cửa xả đáy hồ Thủy điện Hòa Bình "
        "vào hồi 18h00 ngày 19/8/2025",
        ctx("2025-08-19"),
    )
    assert (one.kind, one.last) == (D, date(2025, 8, 19))


def test_a_heading_then_a_bare_day_stays_the_documents() -> None:
    # refusal neighbours: nothing ordered after the colon, or another document named there
    assert refused("Thông báo: ngày 20/8/2025", ctx("2025-08-19"))
    assert refused(
        "Kế hoạch số 12/KH-UBND: Triển khai thực hiện Nghị quyết ngày 15/3/2025",
        ctx("2025-03-01"),
    )


# zj-vietbao-di-doi-bai-xe-gam-cau-30-10-2025 (no issue date): "di dời" relocates the car
# parks by that day, nothing put off; still refused for the words around it (a directive
# "đã gửi … trước đó"), but not as a day put off
def test_relocating_after_a_due_day_is_no_postponement() -> None:
    why = refused(
        "Cho ý kiến về việc trên, đại diện Bộ Xây dựng thống nhất quan điểm như chỉ thị đã gửi "
        "các tỉnh, thành phố trên cả nước trước đó, yêu cầu chậm nhất đến 30/10/2025 các tỉnh "
        "thành phải di dời các bãi trông giữ, đỗ xe ở gầm cầu"
    )
    assert "hoãn" not in why


def test_a_day_put_off_stays_refused() -> None:
    # refusal neighbours: the day told moved, the new one unsaid
    assert "dời" in refused("Hội nghị ngày 30/10/2025 đã bị dời lại", ctx("2025-10-01"))
    assert "lùi" in refused("Lễ hội ngày 30/10/2025 bị đẩy lùi thời gian", ctx("2025-10-01"))


# r-nghe-an-kh-695-xa-phuong-khong-ma-tuy-2025 (issued 21/08/2025): "đẩy lùi ma túy" drives
# drugs back, no day put off (label._DRIVEN_BACK since famb53): the target's year end reads
def test_driving_back_is_no_postponement() -> None:
    reading = one(
        "bảo đảm đến hết năm 2030, có ít nhất 50% đơn vị hành chính cấp xã trên địa bàn toàn "
        "quốc “không ma túy” và từng bước đẩy lùi ma túy ra khỏi đời sống xã hội",
        ctx("2025-08-21"),
    )
    assert reading.last == date(2030, 12, 31)


# v-baothanhhoa-ho-vuong-qua-tet-doc-lap-2025 (issued 31/08/2025): gifts that "sẽ nhận được"
# (will be received) by 1/9, no receipt told; read since the lead's ruling 50(g) takes "tối
# đa lực lượng" and "cả buổi tối" as the effort's words (test_lead50)
def test_a_receipt_to_come_is_not_told_done() -> None:
    reading = one(
        "Xã đã huy động tối đa lực lượng và sẽ tăng cường cấp phát cả buổi tối để bảo đảm 100% "
        "người dân địa phương sẽ nhận được quà của Nhà nước chậm nhất trong ngày 1/9",
        ctx("2025-08-31"),
    )
    assert (reading.first, reading.last) == (date(2025, 9, 1), date(2025, 9, 1))


def test_a_receipt_told_done_stays_refused() -> None:
    # a refusal neighbour: "đã nhận được" is a receipt told done
    assert "đã xảy ra" in refused("người dân đã nhận được quà ngày 1/9", ctx("2025-08-31"))
