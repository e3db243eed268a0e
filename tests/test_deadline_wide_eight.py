"""Press phrases that tell a day with a few words after it, refused for those words (issue 11
§2, branch wide-eight): each family a form whose extra words are known not to touch the date,
with the real phrases that motivated it (their corpus files named) and the look-alikes that
stay refused: a thing told done, a figure as of the day, a second day in the margin.

Families: the margin against the plan or the contract after the day ("…, rút ngắn 7 tháng so
với kế hoạch ban đầu", "…, vượt tiến độ 8 tháng so với hợp đồng ký kết", "…, sớm hơn ít nhất 7
tháng so với kế hoạch": `asides._COMPARED`); the weather that closes a school day, after
its day ("cho học sinh nghỉ ngày 30/9 vì mưa lớn từ hoàn lưu bão Bualoi":
`asides._WEATHER_CAUSE`)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

D = DeadlineKind.DATE


# --- the margin against the plan or the contract, after the day ----------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        # s-vietnamplus-tong-dieu-tra-kinh-te-rut-ngan-2026.yaml (VietnamPlus, 24/02/2026)
        (
            "bảo đảm công bố vào ngày 30/6/2026, rút ngắn 7 tháng so với kế hoạch ban đầu",
            "2026-02-24",
            "2026-06-30",
        ),
        # za-vietnamplus-tong-dieu-tra-kinh-te-rut-ngan-tien-do-2026.yaml
        (
            "Do đó, Ban Chỉ đạo yêu cầu các cơ quan, bộ, ngành, địa phương phối hợp chặt chẽ để"
            " đẩy nhanh tiến độ, phấn đấu kết thúc và công bố số liệu chậm nhất vào ngày"
            " 30/6/2026, sớm hơn ít nhất 7 tháng so với kế hoạch.",
            "2026-02-24",
            "2026-06-30",
        ),
        # zf-thoibaotaichinh-ve-dich-3000-km-cao-toc-2025.yaml (Thời báo Tài chính, 15/12/2025)
        (
            "Dự án đảm bảo thông xe vào ngày 19/12/2025, vượt tiến độ 8 tháng so với hợp đồng"
            " ký kết",
            "2025-12-15",
            "2025-12-19",
        ),
        # za-kenh14-lui-tuu-truong-bao-so-5-2025.yaml (Kênh14, 2025: the new day, moved later)
        (
            "Tại thành phố Huế , Sở GD&ĐT quyết định điều chỉnh lịch tựu trường sang ngày 28/8,"
            " muộn hơn 3 ngày so với kế hoạch ban đầu.",
            "2025-08-22",
            "2025-08-28",
        ),
        # invented variants: the contract signed, the plan set, no "so với"
        (
            "Gói thầu phấn đấu hoàn thành trước ngày 30/9/2026, sớm hơn 2 tháng so với hợp đồng"
            " đã ký",
            "2026-03-01",
            "2026-09-30",
        ),
        (
            "Công trình phải bàn giao trước ngày 15/10/2026, rút ngắn 45 ngày so với kế hoạch"
            " đề ra",
            "2026-03-01",
            "2026-10-15",
        ),
        (
            "Nhà ga đưa vào khai thác ngày 2/9/2026, vượt tiến độ 3 tháng",
            "2026-03-01",
            "2026-09-02",
        ),
    ],
)
def test_a_margin_against_the_plan_after_the_day_is_no_time(
    phrase: str, issued: str, day: str
) -> None:
    assert read_days(phrase, issued) == (D, day, day)


@pytest.mark.parametrize(
    "phrase",
    [
        # the old day printed too: which one is due is not the margin's to say
        "tựu trường vào ngày 28/8, muộn hơn 3 ngày so với kế hoạch ban đầu (25/8).",
        # a thing told done, then its margin
        "Dự án đã hoàn thành vào ngày 19/12/2025, vượt tiến độ 8 tháng so với hợp đồng ký kết",
        # a figure as of the day, then its margin
        "Đến ngày 19/12/2025, giải ngân đạt 80%, vượt tiến độ 8 tháng so với kế hoạch",
        # the margin compared with another thing than the plan: not known to leave the day
        "hoàn thành trước ngày 30/9/2026, sớm hơn 2 tháng so với tỉnh bạn",
        # a margin of years: no plan in the press is moved by years with its day kept
        "hoàn thành trước ngày 30/9/2026, rút ngắn 2 năm so với kế hoạch",
    ],
)
def test_a_margin_beside_a_second_day_or_a_thing_done_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2025-08-22"))


# --- the weather that closes a school day, after its day ------------------------------------


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # za-vnexpress-loat-tinh-nghi-hoc-bao-bualoi-2025.yaml (VnExpress, 30/9/2025)
        (
            "Phú Thọ, Lào Cai và nhiều trường ở Hà Nội, Nghệ An, Ninh Bình... cho học sinh nghỉ"
            " ngày 30/9 vì mưa lớn từ hoàn lưu bão Bualoi.",
            "2025-09-30",
        ),
        # za-znews-nghi-hoc-bao-bualoi-2025.yaml (Znews, 30/9/2025; "do do" as printed)
        ("Hơn 900.000 học sinh nghỉ học trong ngày 30/9 do do ảnh hưởng bão Bualoi.", "2025-09-30"),
        # invented variants: the flooded streets, the cold, the flood
        ("Các trường mầm non cho trẻ nghỉ học ngày 1/10 vì ngập úng cục bộ.", "2025-10-01"),
        ("Học sinh tiểu học nghỉ học ngày 2/10 vì rét đậm", "2025-10-02"),
        ("Nhiều xã cho học sinh nghỉ ngày 3/10 do ảnh hưởng của lũ", "2025-10-03"),
    ],
)
def test_the_weather_closing_a_school_day_after_its_day_is_no_time(phrase: str, day: str) -> None:
    assert read_days(phrase, "2025-09-30") == (D, day, day)


@pytest.mark.parametrize(
    "phrase",
    [
        # a word of time in the cause: how long the rain lasts may be a second time
        "cho học sinh nghỉ học ngày 1/10 do mưa lớn đến hết tuần",
        # a number in the cause: the storm's number, or another day
        "cho học sinh nghỉ học ngày 1/10 do ảnh hưởng bão số 10",
        # the day off told done
        "Các trường đã cho học sinh nghỉ học ngày 30/9 do ảnh hưởng bão Bualoi.",
        # a storm's own days with their cause (zk-vietnamplus: a past storm, no time of work)
        "từ 22/7-7/8, do ảnh hưởng hoàn lưu bão Wipha và các đợt mưa lớn",
        # a cause that is no weather: not known to leave the day alone
        "cho học sinh nghỉ học ngày 1/10 do trường tổ chức hội thao",
        # a second clause after the cause: the make-up day, the switch to teaching online
        "cho học sinh nghỉ học ngày 30/9 do mưa bão, học bù vào thứ Bảy",
        "cho học sinh nghỉ học ngày 30/9 do mưa bão và chuyển sang học trực tuyến",
        # "nghị" is no day off: a conference's day with the weather after it
        "Hội nghị ngày 30/9 do mưa bão",
    ],
)
def test_a_weather_cause_with_a_time_a_number_or_a_thing_done_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2025-09-30"))
