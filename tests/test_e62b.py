"""Session 62, helper e62b: branch e62's guards narrowed where a fresh tester found holes.

e62's guards (`stepnotdone`, `resulttold`, `namedreport`, `letterrule`, `roundyear`) refused
some phrases main reads right (losses), and let some through that main reads wrong (holes):

1. A calendar's step told not to be done (`stepnotdone`), varying the winter-spring calendar
   of HTX Hòa Tiến 1 (tests/corpus zu-htxhoatien1-lich-thoi-vu-dong-xuan-2017-2018: "ngày
   10 - 15/12 xuống giống"): a manner banned in its own clause ("…, tránh gieo sạ rải rác"),
   "chưa" telling who ("Ruộng chưa làm đất xong phải hoàn thành …") and a ban outside the
   calendar typed bare ("… nghiem cam gieo sa ngoai lich") leave the days due, as on main;
   a word of not doing after "thì", before a bracketed "(cấm)", or with who or the calendar
   between it and the step ("Cấm các hộ xuống giống", "hủy lịch xuống giống") bars them.
2. Results told (`resulttold`), varying zv-nghean24h-lich-thi-dgnl-v-act-2026's "công bố kết
   quả vào ngày 6-6": a goal ("phấn đấu tỷ lệ đỗ đạt 95%") is no outcome, a count of who got
   in ("1.200 thí sinh trúng tuyển") is.
3. An estimate report ("Báo cáo ước thực hiện quý I trước ngày 10/3") is due before the
   quarter's figures are cut off: each year's, as on main.
4. A letter cited by its number alone ("(theo Thông báo 5/TB-UBND)") sets one year's day.
5. A round of last year ("Đợt 1 năm ngoái …"): the way out names the year before the plan's.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.reading import DeadlineKind

JAN_2026 = "2026-01-10"
WINDOW, DATE, RECURRING = DeadlineKind.WINDOW, DeadlineKind.DATE, DeadlineKind.RECURRING


# 1. the days still the step's, as on main
@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("Gieo sạ từ ngày 10-15/12/2026, tránh gieo sạ rải rác", "2026-12-10", "2026-12-15"),
        ("Gieo sạ từ ngày 10-15/12/2026, cấm gieo sạ lẻ tẻ", "2026-12-10", "2026-12-15"),
        ("Ngay 10-15/12 xuong giong, nghiem cam gieo sa ngoai lich", "2026-12-10", "2026-12-15"),
        ("Các hộ chưa gieo thì gieo từ ngày 25-30/12/2026", "2026-12-25", "2026-12-30"),
        ("Ngày 10-15/12 xuống giống", "2026-12-10", "2026-12-15"),
        ("Các hộ xuống giống từ ngày 10/12 đến 15/12", "2026-12-10", "2026-12-15"),
        ("Người dân tập trung xuống giống từ ngày 10/12 đến 15/12", "2026-12-10", "2026-12-15"),
        ("Lịch xuống giống từ ngày 10-15/12", "2026-12-10", "2026-12-15"),
        ("ngày 11-12/6/2026 tổ chức thi", "2026-06-11", "2026-06-12"),
        ("Công bố lịch thi ngày 11-12/6/2026", "2026-06-11", "2026-06-12"),
        ("Cấm đốt rơm rạ từ ngày 1/6 đến 30/6/2026", "2026-06-01", "2026-06-30"),
    ],
)
def test_the_days_stay_the_steps(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, JAN_2026) == (WINDOW, first, last)


def test_a_manner_banned_beside_the_harvest_days_leaves_them_due() -> None:
    found = one("Cấm thu hoạch non; thu hoạch từ ngày 10/12/2026", ctx(JAN_2026))
    assert (found.kind, found.earliest) == (DATE, date(2026, 12, 10))


def test_fields_not_yet_ready_must_be_by_the_day() -> None:
    phrase = "Ruộng chưa làm đất xong phải hoàn thành trước ngày 5/12/2026"
    assert read_days(phrase, JAN_2026) == (DATE, "2026-12-05", "2026-12-05")


# 1. ... the days barred: never read as the step's
@pytest.mark.parametrize(
    "phrase",
    [
        # a word of not doing after "thì"
        "Các hộ chưa gieo thì cấm gieo từ ngày 25-30/12/2026",
        "Các hộ chưa gieo thì tránh gieo từ ngày 25-30/12/2026",
        "Các hộ chưa gieo thì hạn chế gieo từ ngày 25-30/12/2026",
        "Các hộ chưa gieo thì hoãn gieo đến ngày 30/12/2026",
        "Các hộ chưa gieo thì lùi gieo đến ngày 30/12/2026",
        "Các hộ chưa gieo thì dừng gieo từ ngày 25-30/12/2026",
        "Các hộ chưa gieo thì không gieo từ ngày 25-30/12/2026",
        # "ngoài ra" (besides) is no outside of the calendar; a day before "thì" is the ban's
        "Ngày 10-15/12 tránh xuống giống, ngoài ra cần bón phân",
        "Cấm xuống giống từ ngày 10/12 thì sẽ bị phạt",
        "Chưa gieo thì cấm gieo ngày 10-15/12",
        # the bracket wins over a ban outside the calendar
        "Ngày 10-15/12 xuống giống (cấm), nghiêm cấm gieo sạ ngoài lịch",
        "Ngay 10-15/12 nghiem cam gieo sa ngoai lich, cam xuong giong",
        # who, how much or the calendar between the word and the step
        "Cấm các hộ xuống giống từ ngày 10/12 đến 15/12",
        "Cấm người dân xuống giống từ ngày 10/12 đến 15/12",
        "Không để bà con xuống giống từ ngày 10/12 đến 15/12",
        "ngày 10-15/12 hạn chế tối đa xuống giống",
        "ngày 10-15/12 hạn chế việc xuống giống",
        "Ngày 10-15/12 hủy lịch xuống giống",
        "ngày 10-15/12 hủy bỏ lịch gieo sạ",
        "ngày 11-12/6/2026 hủy lịch tổ chức thi",
        # a manner banned on the days themselves, or no other clause giving them
        "Ngày 10-15/12/2026 tránh gieo sạ rải rác",
        "Ngày 10-15/12/2026, tránh gieo sạ rải rác",
        "Tránh gieo sạ rải rác từ ngày 10-15/12/2026",
        "Ngày 10-15/12/2026 cấm thu hoạch non",
        "Cấm thu hoạch non từ ngày 10/12/2026",
        "Cấm thu hoạch; thu hoạch từ ngày 10/12/2026",
        "Cấm thu hoạch non; cấm thu hoạch từ ngày 10/12/2026",
        "Gieo sạ từ ngày 10-15/12/2026, tránh gieo sạ",
        "Gieo sạ từ ngày 10-15/12/2026, không gieo sạ rải rác, hoãn gieo sạ",
        # "chưa" with no one bound to do it
        "Ruộng chưa làm đất xong trước ngày 5/12/2026",
        "Chưa làm đất trước ngày 5/12/2026",
        "Ruộng chưa làm đất xong không phải hoàn thành trước ngày 5/12/2026",
        "Ruộng chưa làm đất xong phải hoãn gieo đến ngày 5/12/2026",
        # typed bare
        "Ngay 10-15/12 cam xuong giong",
        "Ngay 10-15/12 xuong giong, nghiem cam gieo sa",
    ],
)
def test_the_days_are_barred(phrase: str) -> None:
    refused(phrase, ctx(JAN_2026))


# 2. a goal is no outcome: the results still due, as on main
@pytest.mark.parametrize(
    "phrase",
    [
        "Công bố kết quả trước ngày 30/6/2026, phấn đấu tỷ lệ đỗ đạt 95%",
        "Công bố kết quả trước ngày 30/6/2026, bảo đảm tỷ lệ đỗ trên 90%",
        "Công bố kết quả trước ngày 30/6/2026, đảm bảo tỷ lệ đỗ trên 90%",
        "Công bố kết quả trước ngày 30/6/2026 với mục tiêu 95% đỗ",
        "Công bố kết quả trước ngày 30/6/2026, chỉ tiêu 95% đỗ",
        "Công bố kết quả trước ngày 30/6/2026 cho 1.200 thí sinh trúng tuyển",
        "Công bố kết quả trước ngày 30/6/2026 và danh sách 1.200 thí sinh trúng tuyển",
        "Công bố danh sách thí sinh trúng tuyển trước ngày 30/6/2026",
    ],
)
def test_results_with_a_goal_are_due(phrase: str) -> None:
    assert read_days(phrase, JAN_2026) == (DATE, "2026-06-30", "2026-06-30")


# 2. ... an outcome told, a goal reached or a count of who got in: past, refused
@pytest.mark.parametrize(
    "phrase",
    [
        "Công bố kết quả ngày 6/6/2026: 1.200 thí sinh trúng tuyển",
        "Công bố kết quả ngày 6/6/2026: 1200 học sinh đỗ",
        "Công bố kết quả ngày 6/6/2026, 1.200 thí sinh đã trúng tuyển",
        "Công bố kết quả trước ngày 30/6/2026, đạt mục tiêu 95% đỗ",
        "Công bố kết quả ngày 6/6/2026 với 95% đỗ",
        "Công bố kết quả ngày 6/6/2026 với 95% đỗ, vượt mục tiêu",
        "Công bố kết quả ngày 6/6/2026, tỷ lệ đỗ 95%",
        "Công bố kết quả ngày 6/6/2026, phấn đấu tỷ lệ đỗ 95%, có 1.200 thí sinh đậu",
    ],
)
def test_results_told_are_refused(phrase: str) -> None:
    refused(phrase, ctx(JAN_2026))


# 3. an estimate report is due before the quarter's figures: each year's, as on main
def test_an_estimate_report_reads_yearly() -> None:
    found = one("Báo cáo ước thực hiện quý I trước ngày 10/3", ctx(JAN_2026))
    assert (found.kind, found.rrule) == (RECURRING, "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=10")


@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo quý I trước ngày 10/3",
        "Báo cáo ước thực hiện quý I trước ngày 10/2",
        "Không báo cáo ước thực hiện quý I trước ngày 10/3",
    ],
)
def test_a_report_before_its_figures_stays_refused(phrase: str) -> None:
    refused(phrase, ctx(JAN_2026))


# 4. a letter cited by its number alone: one year's, refused
@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo quý I trước ngày 15/3 (theo Thông báo 5/TB-UBND)",
        "Báo cáo quý I trước ngày 15/3 (theo Kế hoạch 12/KH-UBND)",
        "Báo cáo quý I trước ngày 15/3 theo Công văn 123/UBND",
    ],
)
def test_a_letter_by_its_number_sets_one_year(phrase: str) -> None:
    assert "công văn" in refused(phrase, ctx(JAN_2026))


@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo quý I trước ngày 15/3",
        "Báo cáo quý I trước ngày 15/3 (theo Thông tư 12/2020/TT-BTC)",
        "Báo cáo quý I trước ngày 15/3 hằng năm (theo Kế hoạch 12/KH-UBND)",
    ],
)
def test_a_rule_or_a_said_cadence_stays_yearly(phrase: str) -> None:
    assert one(phrase, ctx(JAN_2026)).kind is RECURRING


# 5. the way out of a round of another year names that year
@pytest.mark.parametrize(
    ("phrase", "year"),
    [
        ("Đợt 1 năm ngoái nhận đăng ký từ 18/4 đến 25/4", "…/2025"),
        ("Đợt 2 năm tới nhận đăng ký từ 18/4 đến 25/4", "…/2027"),
    ],
)
def test_the_way_out_names_the_rounds_year(phrase: str, year: str) -> None:
    assert year in refused(phrase, ctx(JAN_2026))
