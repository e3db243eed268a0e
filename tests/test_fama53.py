"""Session 53, helper fama53 (famA: the long tail of the refused corpus phrases). One form,
kept to the shape it was built for: crop seasons told after their count ("tiêm phòng vào 2 vụ
chính trong năm gồm vụ Xuân - Hè (từ …), vụ Thu - Đông (từ …)"), each season's window a
milestone, and "vụ Thu" (autumn) no weekday. Every neighbour (a condition, a denial, a
told-done, a cadence, a count that disagrees, years apart, a season lower case or typed bare,
a report's period named by its season) is refused. And a refusal's reason no longer names a
weekday in "Doanh thu từ …" (revenue from)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

# tests/corpus/n-tuyenquang-kh-21-snn-tiem-phong-2018.yaml (issued 08/03/2018)
_HEAD = "Thời gian tổ chức tiêm phòng vào 2 vụ chính trong năm gồm"
_SEASONS = "vụ Xuân - Hè (từ 15/3 - 15/4), vụ Thu - Đông (từ 15/9 - 15/10)"


def _windows(phrase: str, issued: str = "2018-03-08") -> list[tuple[object, ...]]:
    return [
        (one.kind, str(one.first), str(one.last), one.label)
        for one in parse_deadlines(phrase, ctx(issued))
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        f"{_HEAD} {_SEASONS}",
        f"{_HEAD} vụ Xuân - Hè (từ 15/3 - 15/4) và vụ Thu - Đông (từ 15/9 - 15/10).",
    ],
)
def test_seasons_after_their_count_are_each_a_window(phrase: str) -> None:
    assert _windows(phrase) == [
        (DeadlineKind.WINDOW, "2018-03-15", "2018-04-15", "vụ Xuân - Hè"),
        (DeadlineKind.WINDOW, "2018-09-15", "2018-10-15", "vụ Thu - Đông"),
    ]


def test_seasons_counted_in_words() -> None:
    phrase = (
        "Tổ chức tiêm phòng vào hai vụ gồm vụ Xuân (từ 15/3 đến 15/4) và vụ Thu (từ 15/9 đến 15/10)"
    )
    assert [
        (str(one.first), str(one.last)) for one in parse_deadlines(phrase, ctx("2018-03-08"))
    ] == [
        ("2018-03-15", "2018-04-15"),
        ("2018-09-15", "2018-10-15"),
    ]


def test_autumn_season_is_no_weekday() -> None:
    assert read_days("vụ Thu - Đông (từ 15/9 - 15/10)", "2018-03-08") == (
        DeadlineKind.WINDOW,
        "2018-09-15",
        "2018-10-15",
    )


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # the count disagrees, or one season only
        (f"Thời gian tổ chức tiêm phòng vào 3 vụ chính trong năm gồm {_SEASONS}", "2018-03-08"),
        (f"{_HEAD} vụ Xuân - Hè (từ 15/3 - 15/4)", "2018-03-08"),
        # denied, told done, a condition, a cadence, another year named before
        (f"Không tổ chức tiêm phòng vào 2 vụ chính trong năm gồm {_SEASONS}", "2018-03-08"),
        (f"Đã tổ chức tiêm phòng vào 2 vụ chính trong năm gồm {_SEASONS}", "2018-03-08"),
        (f"Nếu có dịch, tổ chức tiêm phòng vào 2 vụ chính trong năm gồm {_SEASONS}", "2018-03-08"),
        (f"Hằng năm tổ chức tiêm phòng vào 2 vụ chính trong năm gồm {_SEASONS}", "2018-03-08"),
        (f"Năm 2019 tổ chức tiêm phòng vào 2 vụ chính gồm {_SEASONS}", "2018-03-08"),
        # years apart, overlapping, one season twice, a day not a window, more after a season
        (
            f"{_HEAD} vụ Xuân - Hè (từ 15/3 - 15/4/2018), vụ Thu - Đông (từ 15/9 - 15/10/2019)",
            "2018-03-08",
        ),
        (f"{_HEAD} vụ Xuân - Hè (từ 15/3 - 15/9), vụ Thu - Đông (từ 15/8 - 15/10)", "2018-03-08"),
        (f"{_HEAD} vụ Xuân - Hè (từ 15/3 - 15/4), vụ Xuân - Hè (từ 15/9 - 15/10)", "2018-03-08"),
        (f"{_HEAD} vụ Xuân - Hè (từ 15/3 - 15/4), vụ Thu - Đông (ngày 15/10)", "2018-03-08"),
        (f"{_HEAD} {_SEASONS}, gửi báo cáo trước 30/10", "2018-03-08"),
        (f"{_HEAD} {_SEASONS} hằng năm", "2018-03-08"),
        (
            f"{_HEAD} vụ Xuân - Hè (từ 15/3 - 15/4), vụ Thu - Đông (từ 15/9 - 15/10 năm sau)",
            "2018-03-08",
        ),
        (
            f"{_HEAD} vụ Xuân - Hè (từ 15/3 - 15/4), vụ Thu - Đông (dự kiến từ 15/9 - 15/10, có "
            "thể lùi sang tháng 11)",
            "2018-03-08",
        ),
        # no capitals, typed bare: no season named as plans print it
        (
            f"{_HEAD} vụ xuân - hè (từ 15/3 - 15/4), vụ thu - đông (từ 15/9 - 15/10)",
            "2018-03-08",
        ),
        (
            "To chuc tiem phong vao 2 vu chinh trong nam gom vu Xuan - He (tu 15/3 - 15/4), "
            "vu Thu - Dong (tu 15/9 - 15/10)",
            "2018-03-08",
        ),
        # the first season past when the plan is issued (ruling 39(b))
        (f"{_HEAD} {_SEASONS}", "2018-10-01"),
    ],
)
def test_seasons_otherwise_stay_refused(phrase: str, issued: str) -> None:
    refused(phrase, ctx(issued))


def test_a_season_naming_a_reports_period_is_no_step() -> None:
    # a season's span beside a due day is the period a report covers, never two milestones
    refused(
        "Báo cáo kết quả sản xuất vụ Đông Xuân từ tháng 1 đến tháng 4/2020, gửi trước ngày 15/5/2020",
        ctx("2020-01-08"),
    )


# tests/corpus/zq-luatvietnam-thue-ho-kinh-doanh-tu-2026.yaml: refused (no due day for a
# quarterly tax), but never explained by a weekday that is not there
def test_revenue_from_is_no_wednesday() -> None:
    why = refused(
        "Nhóm 2: Doanh thu từ 200 triệu – 03 tỷ đồng/năm – phải kê khai, nộp thuế theo quý; sử "
        "dụng hóa đơn điện tử",
        ctx("2025-12-20"),
    )
    assert "thứ trong tuần" not in why


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        (
            "+ Chiều thứ 2 chiều thứ 5: Từ lúc 13h30’ bắt đầu thu gom từ các thôn Quán Vinh, Áng "
            "Sơn và Đại Áng",
            "“thứ 2 chiều thứ 5” là thứ trong tuần",
        ),
        ("chieu thu 2 chieu thu 5: tu luc 13h30 bat dau thu gom", "“thu 2 chieu thu 5”"),
    ],
)
def test_weekdays_alone_are_still_named(phrase: str, said: str) -> None:
    assert said in refused(phrase, ctx("2025-03-01"))
