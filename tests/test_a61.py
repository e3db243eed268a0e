"""A not-until told of anyone: refused with a reason and a way out (helper a61, session 61).

Main read "Đến 15/9/2026 các hộ dân trong vùng mới gieo", "Đến 30/6/2026 Kho bạc mới thanh
toán", "Đến 30/6/2026 Thủ tướng mới phê duyệt", "Tới 15/9/2026 Ủy ban nhân dân các xã mới
nộp", "Đến 15/9/2026 thì bà con mới gieo", "Đến ngày 30 tháng 6 năm 2026 mới nộp", "Đến ngày
30/6/2026 (thứ Ba) mới nộp", "Sang ngày 15/9/2026 bà con mới gieo" and "Phải đến 30/6/2026
Kho bạc mới thanh toán" as due that day: "mới" before the step
says it is only done then, the day is the earliest, never the last (the first rule: never a
silent wrong date). The engine's `_ONLY_THEN` took who waits from a short list; `onlythen`
takes anyone, within the clause (test_d60.py and test_d60b.py pin the shapes main refused
and the rulings kept here; a time opening the phrase is no head, by the lead's ruling in
helper a61b's brief: "Ngày 15/9/2026 bà con mới gieo" reads as main). "Đến 30/6/2026 vừa mới nộp" (just done, by then) tells a past.

Kept read: the day the work ends, reached only then ("Đến 30/6/2026 (thì) mới hoàn thành",
session 60's ruling), an event held or a thing taking effect that day ("Ngày 1/7/2026 các
quy định mới có hiệu lực"), and "mới" of a new thing ("Đến 30/6/2026 hoàn thành trụ sở mới";
tests/corpus/i-vietnamplus-hoan-thanh-chien-dich-quang-trung-truoc-15-1-2026.yaml: "đến ngày
31/1/2026 hoàn thành xây mới toàn bộ nhà cho hộ dân phải xây dựng lại"), a name ("UBND huyện
Chợ Mới"), and "vừa mới" telling the plan just issued before its own deadline.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused

MARCH_2026 = ctx("2026-03-01")


@pytest.mark.parametrize(
    "phrase",
    [
        # the brief's
        "Đến 15/9/2026 các hộ dân trong vùng mới gieo",
        "Đến 30/6/2026 Kho bạc mới thanh toán",
        "Đến 30/6/2026 Thủ tướng mới phê duyệt",
        "Tới 15/9/2026 Ủy ban nhân dân các xã mới nộp",
        "Đến 15/9/2026 thì bà con mới gieo",
        "Đến ngày 30 tháng 6 năm 2026 mới nộp",
        "Đến ngày 30/6/2026 (thứ Ba) mới nộp",
        "Sang ngày 15/9/2026 bà con mới gieo",
        "Phải đến 30/6/2026 Kho bạc mới thanh toán",
        "Mãi đến 30/6/2026 Kho bạc mới thanh toán",
        "Tận 30/6/2026 Kho bạc mới thanh toán",
        # their kin: a comma after the time, who with a comma or "và" in it, anyone
        "Đến 30/6/2026, Kho bạc mới thanh toán",
        "Đến hết ngày 30/6/2026 Kho bạc Nhà nước mới thanh toán",
        "Tới ngày 15/9/2026 các hộ nông dân ở vùng trũng mới gieo sạ",
        "Đến 30/6/2026, UBND các xã, phường mới nộp",
        "Đến 30/6/2026 các sở và UBND các xã mới gửi báo cáo",
        "Đến 30/6/2026 vốn mới được giải ngân",
        "Đến 30/6/2026 Kho bạc mới được thanh toán",
        "Tới 15/9/2026 Ủy ban nhân dân các xã thì mới nộp",
        # the time with its words, its hour, its part of the day, its weekday, "tới"
        "Đến ngày 30 tháng 6 năm 2026 các xã mới nộp",
        "Đến 17 giờ ngày 30/6/2026 mới nộp",
        "Đến 17h00 ngày 30/6/2026 mới nộp",
        "Đến sáng ngày 30/6/2026 các xã mới nộp",
        "Đến thứ Ba ngày 30/6/2026 các xã mới nộp",
        "Đến ngày 15/9 tới các xã mới nộp",
        "Đến quý III năm 2026 các xã mới nộp",
        "Đến ngày 30/6/2026 (thứ Ba) Kho bạc mới thanh toán",
        "Đến ngày 30/6/2026 (tức 15/5 âm lịch) mới gieo",
        "Sang tháng 10/2026 bà con mới thu hoạch",
        "Sang năm 2027 mới triển khai",
        "Cho đến ngày 30/6/2026 Kho bạc mới thanh toán",
        "Đến ngày 30/6/2026 trở đi mới nộp",
        # other stresses, any step after them
        "Mãi tới 30/6/2026 Sở Y tế mới cấp phép",
        "Chỉ đến ngày 30/6/2026 các xã mới được giải ngân",
        "Phải tới hết tháng 6/2026 người dân mới nhận tiền",
        "Tận ngày 30/6/2026 mới nộp",
        "Mãi đến 30/6/2026 Thủ tướng mới hoàn thành",
        # typed without marks, the whole phrase or "moi" alone
        "Den 30/6/2026 Kho bac moi thanh toan",
        "Toi 15/9/2026 cac ho dan trong vung moi gieo",
        "Đến 30/6/2026 Kho bạc moi thanh toán",
    ],
)
def test_a_wait_of_anyone_is_no_deadline(phrase: str) -> None:
    why = refused(phrase, MARCH_2026)
    assert "mốc sớm nhất" in why and "last_day" in why


@pytest.mark.parametrize(
    "phrase",
    [
        "Đến 30/6/2026 vừa mới nộp",
        "Đến 30/6/2026 các xã vừa mới nộp",
        "Den 30/6/2026 vua moi nop",
    ],
)
def test_just_done_by_the_day_is_no_deadline(phrase: str) -> None:
    why = refused(phrase, MARCH_2026)
    assert "vừa mới" in why and "last_day" in why


def test_just_done_on_an_opening_day_is_no_deadline() -> None:
    # refused on main already, for its "vừa" telling a past
    assert "đã xảy ra" in refused("Ngày 20/5/2026 Bộ Tài chính vừa mới ban hành", MARCH_2026)


# The lead's ruling (helper a61b's brief): a time OPENING the phrase or a clause, with no
# "đến"/"tới"/"sang"/"tận" before it, is no not-until head: "new X does it on D" or "X only
# does it on D", the doing is on that day either way, so main's reading stands.
SEPT_15 = date(2026, 9, 15)


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("Ngày 15/9/2026 bà con mới gieo", SEPT_15, SEPT_15),
        ("Ngày 15/9/2026 thì bà con mới gieo", SEPT_15, SEPT_15),
        ("Ngày 15/9/2026 Kho bạc mới thanh toán", SEPT_15, SEPT_15),
        ("Hết ngày 15/9/2026 bà con mới gieo", SEPT_15, SEPT_15),
        ("Vào ngày 15/9/2026 bà con mới gieo", SEPT_15, SEPT_15),
        ("15/9/2026 bà con mới gieo", SEPT_15, SEPT_15),
        ("Tháng 9/2026 bà con mới gieo", date(2026, 9, 1), date(2026, 9, 30)),
        ("Đầu tháng 9/2026 bà con mới gieo", date(2026, 9, 1), date(2026, 9, 10)),
        ("Năm 2027 mới triển khai", date(2027, 1, 1), date(2027, 12, 31)),
        ("Quý III/2026 mới triển khai", date(2026, 7, 1), date(2026, 9, 30)),
    ],
)
def test_a_time_opening_the_phrase_keeps_mains_reading(
    phrase: str, first: date, last: date
) -> None:
    reading = one(phrase, MARCH_2026)
    assert (reading.first, reading.last) == (first, last)


JUNE_30 = date(2026, 6, 30)
JULY_1 = date(2026, 7, 1)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # the day the work ends, reached only then (session 60's ruling), or named the end
        ("Đến 30/6/2026 mới hoàn thành", JUNE_30),
        ("Đến 30/6/2026 thì mới hoàn thành", JUNE_30),
        ("Đến 30/6/2026 Thủ tướng mới hoàn thành", JUNE_30),
        ("Đến 30/6/2026 Kho bạc Nhà nước mới hoàn thành việc thanh toán", JUNE_30),
        ("Đến 15/7/2026 mới là hạn chót", date(2026, 7, 15)),
        ("Phải đến 30/6/2026 mới hết hạn", JUNE_30),
        # an event held, a thing taking effect, opening or applied that day
        ("đến ngày 2/3 mới tổ chức khai giảng", date(2026, 3, 2)),
        ("Ngày 1/7/2026 các quy định mới có hiệu lực", JULY_1),
        ("Ngày 1/7/2026, Luật mới có hiệu lực", JULY_1),
        ("Đến 1/7/2026 Luật mới có hiệu lực", JULY_1),
        ("Ngày 1/7/2026 Nghị định mới có hiệu lực thi hành", JULY_1),
        ("Ngày 1/7/2026 các chính sách mới áp dụng", JULY_1),
        ("Ngày 1/7/2026 bộ máy mới đi vào hoạt động", JULY_1),
        ("Ngày 1/7/2026 các xã mới chính thức hoạt động", JULY_1),
        ("Ngày 5/9/2026 các trường mới khai giảng", date(2026, 9, 5)),
        # "mới" of a new thing: after the step, before a participle, after a thing
        ("Đến 30/6/2026 hoàn thành trụ sở mới", JUNE_30),
        ("Đến 30/6/2026 hoàn thành trụ sở mới đưa vào sử dụng", JUNE_30),
        ("Đến 30/6/2026 các xã hoàn thành trụ sở mới đưa vào sử dụng", JUNE_30),
        ("Đến 30/6/2026 hoàn thành xây mới toàn bộ nhà", JUNE_30),
        ("Đến ngày 30/6/2026 hoàn thành việc xây dựng nhà mới cho người dân", JUNE_30),
        ("Đến 30/6/2026 nộp báo cáo theo mẫu mới ban hành", JUNE_30),
        ("Đến 30/6/2026 các xã áp dụng mẫu mới ban hành", JUNE_30),
        ("Đến 30/6/2026 Bộ Tư pháp ban hành Luật mới", JUNE_30),
        ("Đến 30/6/2026 các xã mới thành lập phải nộp báo cáo", JUNE_30),
        ("Đến 30/6/2026, các đơn vị mới được thành lập phải nộp báo cáo", JUNE_30),
        ("Đến ngày 30/6/2026 các xã mới (sau sắp xếp) hoàn thành trụ sở", JUNE_30),
        ("Đến năm 2030 xã đạt nông thôn mới kiểu mẫu", date(2030, 12, 31)),
        ("Đến năm 2030 Hà Nội đạt nông thôn mới nâng cao", date(2030, 12, 31)),
        ("Ngày 1/7/2026 ra mắt ứng dụng mới trên điện thoại", JULY_1),
        ("Ngày 1/7/2026 khởi động chương trình mới tại Hà Nội", JULY_1),
        ("Ngày 1/7/2026 ứng dụng mới ra mắt", JULY_1),
        # "mới" nowhere after the time: before it, a name, the plan just issued
        ("các đơn vị mới được thành lập nộp báo cáo trước 30/6/2026", JUNE_30),
        ("xây dựng nông thôn mới trước 30/6/2026", JUNE_30),
        ("Nộp theo mẫu mới trước 30/6/2026", JUNE_30),
        ("Kế hoạch vừa mới ban hành yêu cầu nộp trước 30/6/2026", JUNE_30),
        ("Ngày 15/5/2026 UBND huyện Chợ Mới tổ chức tập huấn", date(2026, 5, 15)),
        ("Hồ sơ nộp trước ngày 30/6/2026 mới được xét", JUNE_30),
        ("Năm 2026 các xã mới thành lập hoàn thành trụ sở", date(2026, 12, 31)),
        ("Quý III/2026 các xã mới thành lập hoàn thành", date(2026, 9, 30)),
        # no "mới" at all, or after another clause's step
        ("Đến 30/6/2026 Kho bạc thanh toán", JUNE_30),
        ("Đến 30/6/2026 Kho bạc thanh toán cho các hộ mới", JUNE_30),
        ("Đến ngày 30/6/2026, các xã nộp báo cáo, Kho bạc mới thanh toán", JUNE_30),
    ],
)
def test_what_main_reads_right_stays_read(phrase: str, last: date) -> None:
    assert one(phrase, MARCH_2026).last == last


def test_an_item_number_is_no_time() -> None:
    # tests/corpus/zq-kvsc-quy-trinh-xet-cap-hoc-bong.yaml: "1." numbers the item, its
    # "sinh viên mới" are new students; read as main reads it, each November
    reading = one("1. Chọn sinh viên mới trao học bổng (Tháng 11 hàng năm)", MARCH_2026)
    assert reading.rrule is not None and "BYMONTH=11" in reading.rrule


def test_a_start_stays_a_start() -> None:
    # "Từ ngày 15/9/2026 bà con mới gieo": from that day, the earliest, as main reads it
    reading = one("Từ ngày 15/9/2026 bà con mới gieo", MARCH_2026)
    assert reading.earliest == date(2026, 9, 15) and reading.last is None
