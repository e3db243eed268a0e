"""Numbers counted or named by a noun that is never a time (`kehoach.dates.unitnouns`).

A label may hold no number the reading does not explain (issue 11 §1). These numbers are
explained by a closed list of nouns ("tiêu chí", "trọng tâm", "chuyên gia", "CĐ cơ sở", a
sum per head, a road by its number and letter, a numbered project board), so the phrase's
own deadline reads. A number whose noun is a unit of time, or no noun of the list, stays
refused."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # t-vietnamplus-dak-lak-cao-diem-chuyen-doi-so-cap-xa-2025
        (
            "đặt mục tiêu hoàn thành 94 tiêu chí của Ban Chỉ đạo Trung ương trước ngày 19/12/2025",
            date(2025, 10, 10),
            date(2025, 12, 19),
            date(2025, 12, 19),
        ),
        # u-baothanhhoa-qd-208-ke-hoach-hanh-dong-2026
        (
            "Kế hoạch hành động xác định 9 trọng tâm chỉ đạo, điều hành trong năm 2026",
            date(2026, 1, 17),
            date(2026, 1, 1),
            date(2026, 12, 31),
        ),
        # z-nld-quan-1-dai-hoi-cong-doan-co-so-2017
        (
            "Hiện LĐLĐ quận 1 có 700 CĐ cơ sở phải tổ chức đại hội trong năm 2017.",
            date(2017, 3, 24),
            date(2017, 1, 1),
            date(2017, 12, 31),
        ),
        # zh-baothanhhoa-kh-17-tang-qua-tet-binh-ngo-2026
        (
            "Đồng thời, quà của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh được trao bằng "
            "tiền mặt 1 triệu đồng/đối tượng đối với người có công, thân nhân liệt sĩ, tướng "
            "lĩnh lực lượng vũ trang nghỉ hưu cư trú trên địa bàn tỉnh, hoàn thành trước ngày "
            "2/2/2026",
            date(2026, 1, 23),
            date(2026, 2, 2),
            date(2026, 2, 2),
        ),
        # zd-dongnai-cao-toc-bien-hoa-vung-tau-duong-25b-25c-2025
        (
            "Chủ tịch UBND xã Long Phước, Phước An, Long Thành, Nhơn Trạch hoàn thành công tác "
            "bồi thường, giải phóng mặt bằng dự án đường 25B, 25C trước ngày 30 tháng 11 năm "
            "2025",
            date(2025, 10, 1),
            date(2025, 11, 30),
            date(2025, 11, 30),
        ),
        # zs-sxd-quangngai-trang-chu-thang-5-2025
        (
            "Dự án thành phần đoạn Quảng Ngãi - Hoài Nhơn có tổng chiều dài 88km (trong đó "
            "đoạn qua địa phận tỉnh Quảng Ngãi 60,3km, tỉnh Bình Định 27,7km), do Ban Quản lý "
            "dự án 2 – Bộ Xây dựng làm chủ đầu tư, đến nay dự án đã được thi công đạt hơn 63% "
            "giá trị hợp đồng và sẽ cơ bản hoàn thành trong tháng 12/2025",
            date(2025, 5, 27),
            date(2025, 12, 1),
            date(2025, 12, 31),
        ),
        # v-nhanlambangtq-hcm-lich-thi-lop-10-2023: the grade admitted, "lớp" left out
        (
            "– Thời gian công bố điểm chuẩn tuyển sinh 10 và danh sách thí sinh trúng tuyển vào "
            "lớp 10 năm học 2023-2024 là vào ngày 10/7/2023",
            date(2023, 4, 11),
            date(2023, 7, 10),
            date(2023, 7, 10),
        ),
        # zb-danviet-binh-dinh-lich-gieo-sa-dong-xuan-2013-2014: a field of three crops a year
        (
            "Với chân 3 vụ (chân ruộng cao ăn nước trời gieo sạ cưỡng) diện tích 6.000ha, gieo "
            "sạ từ 7.11 đến trước ngày 20.11",
            date(2013, 10, 5),
            date(2013, 11, 7),
            date(2013, 11, 20),
        ),
        # t-bhxh-thang-hanh-dong-hiv-aids-2019: a ward's number inside a postal address
        (
            "đánh giá, tổng kết và gửi báo cáo về Bộ Y tế (Cục  Phòng, chống HIV/AIDS, số 8 Phố "
            "Tôn Thất Thuyết, Phường Mỹ Đình 2, Quận Nam Từ Liêm, Hà Nội) trước ngày 20/12/2019 "
            "để Bộ Y tế tổng hợp báo cáo Chính phủ",
            date(2019, 10, 16),
            date(2019, 12, 20),
            date(2019, 12, 20),
        ),
        # t-lai-chau-qd-3068-giao-ke-hoach-5-nam-2026-2030: the five-year plan, its span after it
        (
            "Căn cứ các chỉ tiêu kế hoạch giao, các sở, ban, ngành, đoàn thể tỉnh, Ủy ban nhân dân "
            "các xã, phường triển khai giao chỉ tiêu kế hoạch 5 năm giai đoạn 2026-2030 cho các "
            "đơn vị theo quy định; báo cáo về Ủy ban nhân dân tỉnh, Sở Tài chính trước ngày "
            "31/01/2026",
            date(2025, 12, 9),
            date(2026, 1, 31),
            date(2026, 1, 31),
        ),
        # zt-baoyenbai-chuong-trinh-le-hoi-que-van-yen-2016: a Dao rite by its lamps
        (
            "Biểu diễn tái hiện Lễ Cấp sắc 12 đèn, hát páo dung, Lễ hội cầu mùa (Sáng ngày "
            "8/10/2016)",
            date(2016, 9, 30),
            date(2016, 10, 8),
            date(2016, 10, 8),
        ),
    ],
)
def test_a_counted_thing_leaves_the_deadline_read(
    phrase: str, issued: date, first: date, last: date
) -> None:
    readings = parse_deadlines(phrase, Context(issued=issued))
    assert [(one.first, one.last) for one in readings] == [(first, last)]


def test_the_class_of_an_urban_area_leaves_each_target_its_year() -> None:
    # zs-thvl-vinh-long-dieu-chinh-quy-hoach-thanh-pho: two targets, each its year
    phrase = (
        "xây dựng và phát triển thành phố Vĩnh Long trở thành Đô thị loại 2 vào năm 2020 và "
        "Đô thị loại 1 vào năm 2030"
    )
    readings = parse_deadlines(phrase, Context())
    assert [(one.first, one.last) for one in readings] == [
        (date(2020, 1, 1), date(2020, 12, 31)),
        (date(2030, 1, 1), date(2030, 12, 31)),
    ]


def test_a_road_by_its_number_and_letter_and_a_communal_road_are_names() -> None:
    # zd-dongnai-cao-toc-bien-hoa-vung-tau-duong-25b-25c-2025: due before March, its end
    phrase = (
        "(riêng tuyến 25C đoạn từ Quốc lộ 51 đến Hương lộ 19 hoàn thành thông xe kỹ thuật "
        "trước tháng 3 năm 2026)"
    )
    readings = parse_deadlines(phrase, Context(issued=date(2025, 10, 1)))
    assert [one.last for one in readings] == [date(2026, 2, 28)]


@pytest.mark.parametrize(
    "phrase",
    [
        # a count of days stays a count of days, not a thing
        "đặt mục tiêu hoàn thành 94 ngày của Ban Chỉ đạo Trung ương trước ngày 19/12/2025",
        # a noun off the list: not explained
        "đặt mục tiêu hoàn thành 94 chỉ số trước ngày 19/12/2025",
        # a road with no letter may be a day ("đường 25" of what?)
        "hoàn thành dự án đường 25 trước ngày 30/12/2025",
        # a sum that is no rate may be a result told as of the day
        "được trao bằng tiền mặt 1 triệu đồng đối với người có công, hoàn thành trước ngày "
        "2/2/2026",
        # a ward's number outside an address: not explained
        "Phường Mỹ Đình 2 hoàn thành trước ngày 20/12/2019",
        # five years with no span after them: a count of years, maybe the time itself
        "kế hoạch 5 năm hoàn thành trước ngày 31/01/2026",
        # a board's number before a word of time may be a count of months
        "Ban Quản lý dự án 2 tháng 12 hoàn thành trong tháng 12/2025",
    ],
)
def test_a_number_no_listed_noun_explains_stays_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError, match="đứng trước thời hạn"):
        parse_deadlines(phrase, Context(issued=date(2025, 10, 10)))


def test_a_count_of_days_after_the_grade_admitted_stays_refused() -> None:
    # "tuyển sinh 10 ngày": a count of days, never the grade
    # (a count back from a written day: refused for that, the lead's fix of fresh37)
    with pytest.raises(DeadlineError, match=r"chưa đọc được|đứng trước thời hạn|đếm lùi"):
        parse_deadlines(
            "công bố điểm chuẩn tuyển sinh 10 ngày trước ngày 10/7/2023",
            Context(issued=date(2023, 4, 11)),
        )
