"""Branch a61 narrowed where a fresh tester found holes (helper a61b, session 61).

Losses put right. The lead's ruling: a time OPENING the phrase or a clause, with no
"đến"/"tới"/"sang"/"tận" before it, is no not-until head ("Ngày 1/10/2026 nhân viên mới bắt
đầu làm việc", "Tháng 9/2026 học sinh mới nhập trường"): new staff start that day, or staff
only start that day, the doing is on that day either way, so main's reading stands. The
"đến" closing a "Từ A đến B" range is no head either ("Từ 1/9 đến 5/9/2026: sinh viên mới làm
thủ tục nhập học", a window). Source of the shape: tests/corpus/i-vietnamplus-hoan-thanh-
chien-dich-quang-trung-truoc-15-1-2026.yaml's "đến ngày 31/1/2026 …" clauses and the
tester's phrases built on them.

Holes closed, each read on main as due that day, now refused as a not-until: a stressed
wait whoever waits ("Phải đến 30/6/2026 dự án mới khởi công"), capitals ("KHO BẠC MỚI THANH
TOÁN"), a figure or a sign in who waits ("UBND 12 xã", "Phòng GD&ĐT", "có 5 huyện"), a
"đóng" that stamps or pays, "tổ chức"/"chính thức" before a process, "mới cấp phép"/"mới
giao vốn" given only then, and who waits told at length.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused

MARCH_2026 = ctx("2026-03-01")


def _d(day: str) -> date:
    d, m, y = (int(part) for part in day.split("/"))
    return date(y, m, d)


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # the lead's ruling: a time opening the phrase or a clause reads as on main
        ("Ngày 15/9/2026 bà con mới gieo", "15/9/2026", "15/9/2026"),
        ("Ngày 1/10/2026 nhân viên mới bắt đầu làm việc", "1/10/2026", "1/10/2026"),
        ("Ngày 15/4/2026 giám đốc mới nhận nhiệm vụ", "15/4/2026", "15/4/2026"),
        ("Ngày 19/5/2026 đảng viên mới tuyên thệ", "19/5/2026", "19/5/2026"),
        ("Ngày 1/10/2026 chiến sĩ mới nhập ngũ", "1/10/2026", "1/10/2026"),
        ("Ngày 5/9/2026 sinh viên mới làm thủ tục nhập học", "5/9/2026", "5/9/2026"),
        ("Tháng 9/2026 học sinh mới nhập trường", "1/9/2026", "30/9/2026"),
        ("Ngày 15/6/2026 hộ mới tách đăng ký thường trú", "15/6/2026", "15/6/2026"),
        ("Ngày 20/3/2026, Ban Chấp hành mới họp phiên thứ nhất", "20/3/2026", "20/3/2026"),
        ("Ngày 5/9/2026: sinh viên mới làm thủ tục nhập học", "5/9/2026", "5/9/2026"),
        ("05/9/2026: sinh viên mới làm thủ tục nhập học", "5/9/2026", "5/9/2026"),
        ("Thời gian: ngày 5/9/2026 sinh viên mới làm thủ tục nhập học", "5/9/2026", "5/9/2026"),
        ("Ngày 1/7/2026 chợ mới khai trương", "1/7/2026", "1/7/2026"),
        ("Ngày 1/7/2026 website mới ra mắt", "1/7/2026", "1/7/2026"),
        ("Ngày 1/7/2026 cổng dịch vụ công mới vận hành", "1/7/2026", "1/7/2026"),
        ("Ngày 1/7/2026 sách giáo khoa mới phát hành", "1/7/2026", "1/7/2026"),
        ("Ngày 1/7/2026 xã mới bắt đầu hoạt động", "1/7/2026", "1/7/2026"),
        ("Ngày 1/6/2026 mùa vụ mới bắt đầu", "1/6/2026", "1/6/2026"),
        ("Ngày 1/6/2026 chiến dịch mới ra quân", "1/6/2026", "1/6/2026"),
        ("Ngày 1/9/2026 lớp học mới bắt đầu", "1/9/2026", "1/9/2026"),
        ("Tháng 9/2026 trường mới khánh thành", "1/9/2026", "30/9/2026"),
        ("Năm 2030 huyện mới đạt chuẩn nông thôn mới", "1/1/2030", "31/12/2030"),
        ("Ngay 15/9/2026 moi nguoi dan tham gia ve sinh moi truong", "15/9/2026", "15/9/2026"),
        ("Nam 2027 moi xa co mot truong chuan", "1/1/2027", "31/12/2027"),
        # the "đến" of "Từ A đến B" closes the range
        ("Từ 1/9 đến 5/9/2026: sinh viên mới làm thủ tục nhập học", "1/9/2026", "5/9/2026"),
        (
            "Từ 01/9/2026 đến 05/9/2026, tân sinh viên mới làm thủ tục nhập học",
            "1/9/2026",
            "5/9/2026",
        ),
        ("Từ 1/9 đến 5/9/2026, nhân viên mới tham gia tập huấn", "1/9/2026", "5/9/2026"),
        ("Từ 10 đến 15/6/2026 đảng viên mới học lớp bồi dưỡng", "10/6/2026", "15/6/2026"),
        ("Từ tháng 6 đến tháng 8/2026: học sinh mới nộp hồ sơ", "1/6/2026", "31/8/2026"),
        ("Từ 1/6 đến 30/6/2026: doanh nghiệp mới đăng ký kê khai", "1/6/2026", "30/6/2026"),
        ("Từ 1/9 đến 5/9/2026 sinh viên làm thủ tục nhập học", "1/9/2026", "5/9/2026"),
    ],
)
def test_what_main_read_right_is_read_again(phrase: str, first: str, last: str) -> None:
    reading = one(phrase, MARCH_2026)
    assert (reading.first, reading.last) == (_d(first), _d(last))


@pytest.mark.parametrize(
    "phrase",
    [
        # stress wins over the thing check
        "Phải đến 30/6/2026 dự án mới khởi công",
        "Mãi đến 30/6/2026 dự án mới được phê duyệt",
        "Chỉ đến 30/6/2026 dự án mới khởi công",
        "Phải đến 30/6/2026 kế hoạch mới được phê duyệt",
        "Phải đến 30/6/2026 Ban Quản lý dự án mới bàn giao mặt bằng",
        # capitals
        "Đến 30/6/2026 KHO BẠC MỚI THANH TOÁN",
        # a figure or a sign in who waits
        "Đến 15/9/2026 UBND 12 xã mới nộp",
        "Đến 30/6/2026 Phòng GD&ĐT mới nộp",
        "Đến 30/6/2026 chỉ 5 huyện mới gửi báo cáo",
        "Đến 30/6/2026 có 5 huyện mới gửi báo cáo",
        # "đóng" that stamps or pays
        "Đến 30/6/2026 UBND xã mới đóng dấu xác nhận",
        "Đến 30/6/2026 các hộ mới đóng lệ phí",
        "Đến 30/6/2026 doanh nghiệp mới đóng BHXH cho người lao động",
        # "tổ chức"/"chính thức" before a process
        "Đến 30/6/2026 Kho bạc mới tổ chức thanh toán",
        "Đến 30/6/2026 mới tổ chức giải ngân",
        "Đến 30/6/2026 các trường mới tổ chức tuyển sinh",
        "Đến 30/6/2026 Kho bạc mới chính thức thanh toán",
        # given only then
        "Đến 30/6/2026 Sở Y tế mới cấp phép",
        "Đến 30/6/2026 UBND tỉnh mới giao vốn",
        # who waits told at length
        "Đến 30/6/2026 UBND các huyện, thị xã, thành phố và các sở, ban, ngành mới gửi báo cáo",
        "Đến 15/9/2026 các hộ dân sản xuất lúa ở vùng trũng thấp mới gieo",
        # the opening ruling's kin with a head: still a wait
        "Đến 5/9/2026 sinh viên mới làm thủ tục nhập học",
        "Sang ngày 5/9/2026 sinh viên mới làm thủ tục nhập học",
        "Mãi đến 1/10/2026 nhân viên mới bắt đầu làm việc",
        "Tận 15/9/2026 bà con mới gieo",
        "Ngày 1/9/2026 khai giảng, đến 5/9/2026 sinh viên mới làm thủ tục nhập học",
    ],
)
def test_a_wait_the_tester_found_is_no_deadline(phrase: str) -> None:
    why = refused(phrase, MARCH_2026)
    assert "mốc sớm nhất" in why and "last_day" in why


JUNE_30 = date(2026, 6, 30)


@pytest.mark.parametrize(
    "phrase",
    [
        # no "mới", or "mới" of a new thing, a name, a closing, an event, the end reached
        "Đến 30/6/2026 Kho bạc thanh toán",
        "Đến 30/6/2026 UBND xã đóng dấu xác nhận",
        "Đến 30/6/2026 Sở Y tế cấp phép",
        "Đến 30/6/2026 KHO BẠC THANH TOÁN",
        "Đến 30/6/2026 Phòng GD&ĐT nộp báo cáo",
        "Đến 30/6/2026 có 5 huyện hoàn thành",
        "Đến 30/6/2026 UBND các huyện, thị xã, thành phố và các sở, ban, ngành gửi báo cáo",
        "Đến 30/6/2026 cổng đăng ký mới đóng",
        "Đến 30/6/2026 mới đóng cổng đăng ký",
        "Đến 30/6/2026 mới đóng sổ",
        "Đến 30/6/2026 mới tổ chức hội nghị tổng kết",
        "Đến 30/6/2026 các xã mới thành lập phải nộp báo cáo",
        "Đến 30/6/2026 các đơn vị mới được cấp phải nộp báo cáo",
        "Đến 30/6/2026 các xã mới được giao nộp báo cáo",
        "Đến 30/6/2026 mới hoàn thành",
        "Đến 30/6/2026 Kho bạc mới chính thức hoạt động",
        "Đến 30/6/2026 UBND huyện Chợ Mới tổ chức tập huấn",
        "Đến 30/6/2026 hoàn thành trụ sở mới",
        "Phải đến 30/6/2026 mới hết hạn",
    ],
)
def test_what_main_reads_right_stays_read(phrase: str) -> None:
    assert one(phrase, MARCH_2026).last == JUNE_30


def test_a_count_reached_keeps_its_reason() -> None:
    why = refused("Đến 30/6/2026 tỉnh mới giải ngân được 45% kế hoạch", MARCH_2026)
    assert "số liệu" in why
