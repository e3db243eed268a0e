"""Session 51, helper famf51: words after a time part that main refused, read where a careful
reader reads them one way only. The phases a work is done in, counted before the colon that
opens phase 1 (z-baodanang-, za-baodanang-qd-2837-)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import parse_deadlines

# --- the phases counted before the colon that opens phase 1 (label._NAMED_NUMBER) ----------

_CENSUS = (
    "Thời gian thu thập thông tin trong 2 giai đoạn: giai đoạn 1 (từ ngày 5/1/2026 đến hết "
    "ngày 31/3/2026) thu thập thông tin các đơn vị điều tra là cơ sở sản xuất kinh doanh cá "
    "thể phi nông, lâm nghiệp và thủy sản; tổ hợp tác; cơ sở tôn giáo, tín ngưỡng"
)


@pytest.mark.parametrize(
    "phrase",
    [
        _CENSUS,  # z-baodanang-qd-2837-btc-tong-dieu-tra-kinh-te-2026
        _CENSUS + ".",  # za-baodanang-qd-2837-tong-dieu-tra-kinh-te-2026
        # the same count, its phase's days without parentheses, or rounds ("đợt")
        "Thu thập thông tin trong 2 giai đoạn: giai đoạn 1 từ ngày 5/1/2026 đến hết ngày 31/3/2026",
        "Thu thập thông tin trong 2 đợt: đợt 1 từ ngày 5/1/2026 đến hết ngày 31/3/2026",
        "Thu thập thông tin gồm 2 giai đoạn: giai đoạn 1 từ ngày 5/1/2026 đến hết ngày 31/3/2026",
        # diacritics stripped
        "Thu thap thong tin trong 2 giai doan: giai doan 1 (tu ngay 5/1/2026 den het ngay 31/3/2026)",
    ],
)
def test_phases_counted_before_phase_one_read_its_days(phrase: str) -> None:
    assert read_days(phrase, "2025-12-01") == ("window", "2026-01-05", "2026-03-31")


def test_both_phases_listed_after_their_count_read_two_windows() -> None:
    readings = parse_deadlines(
        "Thu thập thông tin trong 2 giai đoạn: giai đoạn 1 (từ ngày 5/1/2026 đến hết ngày "
        "31/3/2026), giai đoạn 2 (từ ngày 1/4/2026 đến hết ngày 30/6/2026)",
        ctx("2025-12-01"),
    )
    assert [(str(one.first), str(one.last)) for one in readings] == [
        ("2026-01-05", "2026-03-31"),
        ("2026-04-01", "2026-06-30"),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        # the colon opens no phase 1: which phase the days are, or all of them, is unsaid
        "Thu thập thông tin trong 2 giai đoạn: giai đoạn 2 (từ ngày 5/1/2026 đến hết ngày 31/3/2026)",
        "Thu thập thông tin trong 2 giai đoạn: từ ngày 5/1/2026 đến hết ngày 31/3/2026",
        "Thu thập thông tin trong 2 giai đoạn từ ngày 5/1/2026 đến hết ngày 31/3/2026",
        # a length before the colon, not a count of phases
        "Thu thập thông tin trong 2 tháng: giai đoạn 1 (từ ngày 5/1/2026 đến hết ngày 31/3/2026)",
        # the count disagrees with the phases listed (`roundcount`)
        "Thu thập thông tin trong 3 giai đoạn: giai đoạn 1 (từ ngày 5/1/2026 đến hết ngày "
        "31/3/2026); giai đoạn 2 (từ ngày 1/4/2026 đến hết ngày 30/6/2026)",
        # told done, a condition after it, a cadence before it
        "Thu thập thông tin trong 2 giai đoạn: giai đoạn 1 (từ ngày 5/1/2026 đến hết ngày "
        "31/3/2026) đã hoàn thành",
        "Thu thập thông tin trong 2 giai đoạn: giai đoạn 1 (từ ngày 5/1/2026 đến hết ngày "
        "31/3/2026) nếu đủ điều kiện",
        "Hằng năm, thu thập thông tin trong 2 giai đoạn: giai đoạn 1 (từ ngày 5/1 đến hết ngày 31/3)",
    ],
)
def test_phases_counted_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-12-01"))


# --- "cấm không cho" (forbid to): the prohibition's start, as "cấm" alone (label._FORBID_TO) --

_STORM_ORDER = (
    "Bộ Chỉ huy Quân sự tỉnh chỉ đạo Ban Chỉ huy Bộ đội Biên phòng tỉnh chủ trì, phối hợp với "
    "các sở, ngành, đơn vị và địa phương liên quan nghiêm cấm không cho tàu xuất bến, thời gian "
    "bắt đầu từ 17 giờ ngày 5-11-2025 cho đến khi có bản tin thông báo cuối cùng về bão số 13 "
    "của Trung tâm Dự báo khí tượng thủy văn Quốc gia."
)


@pytest.mark.parametrize(
    "phrase",
    [
        _STORM_ORDER,  # za-baogialai-cv-6104-cam-bien-bao-so-13-2025
        "Nghiêm cấm không cho tàu xuất bến từ 17 giờ ngày 5-11-2025 cho đến khi bão tan.",
    ],
)
def test_forbid_to_from_an_hour_until_an_event_is_a_start(phrase: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx("2025-11-05"))
    assert (reading.earliest, reading.last) == (date(2025, 11, 5), None)


def test_forbid_to_over_a_window_reads_the_window() -> None:
    phrase = "Nghiêm cấm không cho tàu xuất bến từ ngày 5-11-2025 đến ngày 8-11-2025."
    assert read_days(phrase, "2025-11-01") == ("window", "2025-11-05", "2025-11-08")


@pytest.mark.parametrize(
    "phrase",
    [
        # "không" that negates: not forbidden, or not let (whose time is unsaid)
        "Không cấm tàu xuất bến từ 17 giờ ngày 5-11-2025 cho đến khi bão tan.",
        "Không cho tàu xuất bến từ 17 giờ ngày 5-11-2025 cho đến khi bão tan.",
        # forbidden before a day: a start, no deadline (`refusals`)
        "Nghiêm cấm không cho tàu xuất bến trước ngày 5-11-2025",
        # told done, a cadence before it
        "Nghiêm cấm không cho tàu xuất bến, thời gian bắt đầu từ 17 giờ ngày 5-11-2025 cho đến "
        "khi bão tan, đã kết thúc.",
        "Hằng năm nghiêm cấm không cho tàu xuất bến từ ngày 5-11 đến ngày 8-11.",
        # diacritics stripped: "khi" may be "khi" or another word
        "Nghiem cam khong cho tau xuat ben tu 17 gio ngay 5-11-2025 cho den khi bao tan.",
    ],
)
def test_forbid_to_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-11-01"))


# --- the work kept up after a start with no end (label._KEPT_UP_AFTER_A_START) --------------

_WASTE = (
    "Từ ngày 1/2/2026, xã Thiệu Hóa cũng sẽ phối hợp với Hợp tác xã Dịch vụ vệ sinh môi trường "
    "Tân Sơn tổ chức thu gom rác thải sinh hoạt tập trung, vận chuyển ra khỏi địa bàn để xử lý "
    "theo quy định, bảo đảm thường xuyên, liên tục, khắc phục triệt để tình trạng tồn đọng rác "
    "sinh hoạt gây ô nhiễm trong thời gian qua"
)


@pytest.mark.parametrize(
    ("phrase", "earliest"),
    [
        (_WASTE, date(2026, 2, 1)),  # x-baothanhhoa-xa-thieu-hoa-ve-sinh-moi-truong-2026
        (
            "Từ tháng 2/2026, xã Thiệu Hóa tổ chức thu gom rác thải sinh hoạt, bảo đảm thường "
            "xuyên, liên tục, khắc phục tình trạng tồn đọng rác",
            date(2026, 2, 1),
        ),
    ],
)
def test_work_kept_up_after_a_start_is_that_start(phrase: str, earliest: date) -> None:
    (reading,) = parse_deadlines(phrase, ctx("2026-01-20"))
    assert (reading.earliest, reading.first, reading.last) == (earliest, None, None)


@pytest.mark.parametrize(
    "phrase",
    [
        # a cadence, an end, the years after: times of their own
        "Từ ngày 1/2/2026, xã Thiệu Hóa tổ chức thu gom rác thải sinh hoạt thường xuyên hằng "
        "tháng, khắc phục tình trạng tồn đọng rác",
        "Từ ngày 1/2/2026, xã Thiệu Hóa tổ chức thu gom rác thải sinh hoạt thường xuyên đến hết "
        "năm, khắc phục tình trạng tồn đọng rác",
        "Từ ngày 1/2/2026, xã Thiệu Hóa tổ chức thu gom rác thải sinh hoạt thường xuyên, liên "
        "tục và các năm tiếp theo, khắc phục tình trạng tồn đọng rác",
        # a day due after it
        "Từ ngày 1/2/2026, xã Thiệu Hóa tổ chức thu gom rác thải sinh hoạt, bảo đảm thường "
        "xuyên, liên tục, khắc phục tình trạng tồn đọng rác trước ngày 15/2/2026",
        # told done
        "Từ ngày 1/2/2026, xã Thiệu Hóa đã tổ chức thu gom rác thải sinh hoạt, bảo đảm thường "
        "xuyên, liên tục, khắc phục tình trạng tồn đọng rác",
        # diacritics stripped: "thuong xuyen" stays the open end it may be
        "Tu ngay 1/2/2026, xa Thieu Hoa to chuc thu gom rac thai sinh hoat, bao dam thuong "
        "xuyen, lien tuc, khac phuc tinh trang ton dong rac",
    ],
)
def test_work_kept_up_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-20"))


# --- the time to come an aim serves, closing a clause of purpose (label._HORIZON_OF_THE_AIM) --


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # zn-baothanhhoa-hac-thanh-bch-lan-5-2025
        (
            "hoàn thành cao nhất các mục tiêu, nhiệm vụ năm 2026, tạo nền tảng để phát triển "
            "nhanh và bền vững hơn trong thời gian tới",
            "2026-01-01",
            "2026-12-31",
        ),
        (
            "hoàn thành các nhiệm vụ trước ngày 15/12/2026, nhằm phát triển bền vững trong những "
            "năm tới.",
            "2026-12-15",
            "2026-12-15",
        ),
    ],
)
def test_time_to_come_of_an_aim_moves_no_day(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase)[1:] == (first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # no purpose: the work itself set in the time to come
        "hoàn thành cao nhất các mục tiêu, nhiệm vụ năm 2026, triển khai trong thời gian tới",
        # a count, a named period, the years after, a cadence: times of their own
        "hoàn thành các nhiệm vụ năm 2026, tạo nền tảng để phát triển trong 2 năm tới",
        "hoàn thành các nhiệm vụ năm 2026, tạo nền tảng để phát triển trong tháng tới",
        "hoàn thành các nhiệm vụ năm 2026, tạo nền tảng để phát triển trong thời gian tới và "
        "những năm tiếp theo",
        "hoàn thành các nhiệm vụ năm 2026, tạo nền tảng để phát triển trong thời gian tới hằng năm",
        # not closing the phrase: a condition after it
        "hoàn thành các nhiệm vụ năm 2026, để phát triển trong thời gian tới, nếu đủ điều kiện",
        # diacritics stripped: "toi" may be "tới" or "tối"
        "hoan thanh cac nhiem vu nam 2026, tao nen tang de phat trien trong thoi gian toi",
    ],
)
def test_time_to_come_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-12-01"))
