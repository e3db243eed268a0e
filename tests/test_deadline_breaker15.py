"""Misreads closed in the fifteenth breaker session (issue 11, §1: never a silent wrong date):
what breaker14 and conv14 left, each closed as a family, then the different-day hunt over the
zd- and ze- sets. Each phrase is real (its corpus file named) or the same phrase as a PDF copy
or a hurried clerk varies it; its look-alikes that are deadlines still read. The list, with
the tool's old reading, is in the session's notes (/work/notes/breaker15-findings.txt)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.base.text import fold
from kehoach.dates.deadline import DeadlineError, parse_deadlines
from kehoach.dates.reading import DeadlineKind


def _lost(text: str) -> str:
    """`text` as a PDF copy whose font maps no letter with a diacritic prints it."""
    return "".join(c for c in text if c.isascii())


# L1. A legal portal's history of Thông tư 03/2009/TT-BCT (w-vbpl-kon-tum-tt-03-2009, issued
# 10/02/2009) copied from a font that loses its letters with diacritics: "27/03/2009 VN BN C
# HIU LC 03/2009/TT-BCT" read as due 27/03/2009, where the text only took effect that day. No
# word of time was repaired, so the capitals "VN BN" could have been an abbreviation; the
# words of a text's life (hiệu lực, ban hành, thay thế, sửa đổi, bãi bỏ, văn bản) once damaged
# are no word at all, in any case.
HISTORY = (
    "27/03/2009 Văn bản có hiệu lực 03/2009/TT-BCT",  # w-vbpl-kon-tum-tt-03-2009
    "10/02/2009 Văn bản được ban hành 03/2009/TT-BCT",  # its issuing row (the file's issued)
    "01/01/2015 Văn bản hết hiệu lực",  # the rows citations.py quotes from the same page
    "15/3/2016 Bị thay thế 17/2016/TT-BCT",
    "05/11/2019 Bị bãi bỏ 17/2019/TT-BCT",  # w-vbpl-kon-tum-tt-03-2009
    "20/5/2012 Được sửa đổi 12/2012/TT-BCT",
)


@pytest.mark.parametrize("case", [str.upper, str.lower, str.title, str])
@pytest.mark.parametrize("row", HISTORY)
def test_a_text_history_row_that_lost_its_diacritics_is_no_deadline(
    row: str, case: Callable[[str], str]
) -> None:
    damaged = case(_lost(row))
    assert "bị hỏng" in refused(damaged, ctx("2009-02-10"))


def test_the_history_row_whole_or_folded_still_reads_its_start() -> None:
    for row in ("27/03/2009 Văn bản có hiệu lực 03/2009/TT-BCT", fold(HISTORY[0]).upper()):
        reading = one(row, ctx("2009-02-10"))
        assert (reading.kind, str(reading.earliest)) == (DeadlineKind.ONGOING, "2009-03-27")


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("HON THNH TRC NGY 10/4/2027", "2027-04-10"),  # breaker14's: every word repaired
        ("BÁO CÁO UBND TỈNH TRƯỚC NGÀY 10/4/2027", "2027-04-10"),  # capitals kept whole
        ("Ban hành văn bản trước ngày 10/4/2027", "2027-04-10"),  # the words whole
    ],
)
def test_words_that_only_look_damaged_keep_their_reading(phrase: str, last: str) -> None:
    assert read_days(phrase, "2027-01-05")[2] == last


# L4. "Thời gian giám sát dự kiến trong tháng 3 và tháng 4/2026" (v-kienthuc-kiem-tra-giam-
# sat-tinh-uy-phu-tho-2026) reads two windows, as issue 11 §2 reads "quý I và quý II/2027";
# with a dash before the year ("tháng 4-2026", as the same papers print months) it read one
# window of March and April: the dash was taken for a range's. One reading for every mark.
@pytest.mark.parametrize("mark", ["/", "-", ".", " năm ", "–"])
def test_two_months_joined_by_va_read_two_windows_whatever_marks_the_year(mark: str) -> None:
    phrase = f"Thời gian giám sát dự kiến trong tháng 3 và tháng 4{mark}2026"
    readings = parse_deadlines(phrase, ctx("2026-02-26"))
    assert [(str(r.first), str(r.last)) for r in readings] == [
        ("2026-03-01", "2026-03-31"),
        ("2026-04-01", "2026-04-30"),
    ]


@pytest.mark.parametrize("mark", ["/", "-", "."])
def test_two_quarters_joined_by_va_read_two_windows_whatever_marks_the_year(mark: str) -> None:
    readings = parse_deadlines(f"quý I và quý II{mark}2027", ctx("2026-12-01"))
    assert [(str(r.first), str(r.last)) for r in readings] == [
        ("2027-01-01", "2027-03-31"),
        ("2027-04-01", "2027-06-30"),
    ]


@pytest.mark.parametrize("phrase", ["tháng 3, 4-2026", "tháng 3 - 4/2026", "tháng 3-4/2026"])
def test_a_run_of_months_still_reads_one_window(phrase: str) -> None:
    assert read_days(phrase, "2026-02-26") == ("window", "2026-03-01", "2026-04-30")


# L2. "tình hình kinh tế - xã hội giai đoạn 2021-2025, phương hướng, nhiệm vụ, giải pháp giai
# đoạn 2026-2030" (zc-sggp-khai-mac-ky-hop-hdnd-tphcm-cuoi-nam-2025) reads two windows; without
# its commas it read the first alone and showed the second as a gloss. Two periods, no comma:
# refused (the second may be a time of work or the name of what is done in the first).
@pytest.mark.parametrize("noun", ["giai đoạn", "thời kỳ", "nhiệm kỳ", "GIAI ĐOẠN"])
def test_a_second_period_without_a_comma_is_refused(noun: str) -> None:
    phrase = (
        "tình hình kinh tế - xã hội giai đoạn 2021-2025 phương hướng nhiệm vụ giải pháp "
        f"{noun} 2026-2030"
    )
    with pytest.raises(DeadlineError):  # its reason: this rule's, or the label's years
        parse_deadlines(phrase, ctx("2025-12-09"))


def test_the_two_periods_with_their_commas_still_read_two_windows() -> None:
    phrase = (
        "tình hình kinh tế - xã hội giai đoạn 2021-2025, phương hướng, nhiệm vụ, giải pháp "
        "giai đoạn 2026-2030"
    )
    readings = parse_deadlines(phrase, ctx("2025-12-09"))
    assert [(str(r.first), str(r.last)) for r in readings] == [
        ("2021-01-01", "2025-12-31"),
        ("2026-01-01", "2030-12-31"),
    ]


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # one year, then the plan it builds (the label names it)
        ("Trong năm 2025 xây dựng kế hoạch giai đoạn 2026-2030", "2025-01-01", "2025-12-31"),
        # zc-sggp: a plan of a period, its period read
        (
            "Các đại biểu cũng sẽ xem xét, cho ý kiến tờ trình kế hoạch tài chính giai đoạn "
            "2026-2030",
            "2026-01-01",
            "2030-12-31",
        ),
    ],
)
def test_a_period_named_after_one_year_still_reads(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, "2025-12-09")[1:] == (first, last)


# L3. "Sẽ giải phóng xong mặt bằng tuyến vành đai 4 vùng thủ đô trong năm 2023" (zb-tedi-vanh-
# dai-4-gpmb-2023, issued 06/08/2022) cut before its year, "… trong năm", read as 2022, the
# page's year: a phrase that ends in the period's word cannot show it was not cut.
@pytest.mark.parametrize("end", ["", ".", " .", ";"])
def test_a_phrase_ending_in_trong_nam_is_refused_as_cut(end: str) -> None:
    phrase = f"Sẽ giải phóng xong mặt bằng tuyến vành đai 4 vùng thủ đô trong năm{end}"
    assert "không ghi năm nào" in refused(phrase, ctx("2022-08-06"))


@pytest.mark.parametrize(
    ("phrase", "first"),
    [
        ("Sẽ giải phóng xong mặt bằng tuyến vành đai 4 vùng thủ đô trong năm 2023", "2023-01-01"),
        ("hoàn thành giải phóng mặt bằng trong năm nay", "2022-01-01"),
    ],
)
def test_a_year_written_or_this_year_still_reads(phrase: str, first: str) -> None:
    assert read_days(phrase, "2022-08-06")[1] == first


# conv14's. "2. Spartan Race Vietnam 2020: TP.HCM, dự kiến 15/02 - lùi 16/5/2020." (z-bongro-
# giai-chay-hoan-covid-2020): `replaced` cut the old day, but the "lùi" right before the new
# one stayed in the label, which refused it as a moved deadline; and "lùi từ D1 sang ngày D2"
# left "lùi" before "sang ngày", folded as "sáng ngày" (morning). The words of the move now go
# with the old time (the reading's gloss), the new time reads (the lead's convention 2);
# "sang" is told from "sáng" by its diacritics, and refused where the phrase has none.
@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("Spartan Race Vietnam 2020: TP.HCM, dự kiến 15/02 - lùi 16/5/2020.", "2020-05-16", None),
        (
            "Dalat Ultra Trail 2020: Đà Lạt. Dự kiến 13-15/3 - lùi 19-21/6/2020.",
            "2020-06-19",
            "2020-06-21",
        ),
        (
            "Mekong Delta Marathon 2020: Hậu Giang, dự kiến 19/4 - lùi: 11/10/2020.",
            "2020-10-11",
            None,
        ),
        ("Dự kiến tổ chức: 2/2/2020, hoãn tới tháng 10/2020.", "2020-10-01", "2020-10-31"),
    ],
)
def test_a_day_moved_after_its_dash_reads_the_new_day(
    phrase: str, first: str, last: str | None
) -> None:
    reading = one(phrase, ctx("2020-02-20"))
    assert (str(reading.first), str(reading.last)) == (first, last or first)
    assert reading.gloss is not None and "thời gian cũ" in reading.gloss


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("Lịch thi được lùi từ ngày 15/3/2027 sang ngày 20/3/2027", "2027-03-20", "2027-03-20"),
        ("lùi từ 15/3/2027 sang 20/3/2027", "2027-03-20", "2027-03-20"),
        ("điều chỉnh từ tháng 6/2027 sang tháng 8/2027", "2027-08-01", "2027-08-31"),
        ("Lich thi duoc lui tu ngay 15/3/2027 sang thang 4/2027", "2027-04-01", "2027-04-30"),
    ],
)
def test_a_move_from_one_time_to_another_reads_the_new_one(
    phrase: str, first: str, last: str
) -> None:
    assert read_days(phrase, "2027-01-05")[1:] == (first, last)


def test_sang_without_diacritics_before_a_day_is_refused() -> None:
    why = refused("Lich thi duoc lui tu ngay 15/3/2027 sang ngay 20/3/2027", ctx("2027-01-05"))
    assert "sáng" in why


def test_sang_the_morning_is_never_a_move() -> None:
    refused("lùi từ ngày 15/3/2027 sáng ngày 20/3/2027", ctx("2027-01-05"))  # no new day said
    assert read_days("Hội nghị tổ chức sáng ngày 20/3/2027", "2027-01-05")[1] == "2027-03-20"


# conv14's. "Lịch học bù ngày 2/1 sẽ chuyển sang 10/1." (za-vnexpress-ha-noi-doi-lich-nghi-
# tet-duong-lich-2026, Sở GD&ĐT Hà Nội, 29/12/2025) was refused as past (10/01/2025). Every
# day without a year before December in a text of December in a- … ze- means the next year
# (a-gia-lai, j-2-sggp, u-thanhnien, za-cafef, za-dantri, za-thanhnien, za-vnexpress), none
# the day past: a day of January or February in a text of December is the coming one, said so.
@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Lịch học bù ngày 2/1 sẽ chuyển sang 10/1.", "2026-01-10"),  # za-vnexpress
        (
            "Ngày học bù dự kiến 2/1 sẽ được chuyển sang thứ bảy, ngày 10/1.",
            "2026-01-10",
        ),  # za-cafef
        ("trước ngày 15/2", "2026-02-15"),
    ],
)
def test_a_day_early_in_the_year_in_a_text_of_december_is_the_coming_one(
    phrase: str, day: str
) -> None:
    reading = one(phrase, ctx("2025-12-29"))
    assert (str(reading.first), str(reading.last)) == (day, day)
    assert "ngày đầu năm sau" in reading.reading


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("Ngày 15/1 vừa qua, UBND tỉnh tổ chức hội nghị", "2025-12-29"),  # told as past
        ("Ngày 15/1, UBND tỉnh đã tổ chức hội nghị triển khai nhiệm vụ", "2025-12-29"),
        ("Lịch học bù ngày 2/1 sẽ chuyển sang 10/1.", "2025-11-20"),  # not December: refused
        ("từ ngày 15/1 đến ngày 20/3", "2025-12-29"),  # March: not early in the year
    ],
)
def test_a_past_day_told_or_a_day_later_in_the_year_is_still_refused(
    phrase: str, issued: str
) -> None:
    refused(phrase, ctx(issued))


# L5. Typed without diacritics, two real phrases read another shape than the accented ones:
# "Hoc ky 2 bat dau tu 8-1-2018, va se ket thuc vao 25-5-2018" (g-anhp-hai-phong) a start and
# a due day of two steps instead of the term's window ("và sẽ kết thúc" unseen as the end's
# words); "Thong tu co hieu luc thi hanh ke tu ngay 10/5/2021" (s-phuloc-hue-tt-02-2021) a bare
# start instead of the day the circular takes effect ("tu" taken for "từ"). One reading
# whatever the diacritics.
@pytest.mark.parametrize("case", [str, fold, lambda text: fold(text).upper()])
def test_a_term_said_from_its_start_to_its_end_reads_one_window_in_any_spelling(
    case: Callable[[str], str],
) -> None:
    phrase = case("Học kỳ 2 bắt đầu từ 8-1-2018, và sẽ kết thúc vào 25-5-2018")
    assert read_days(phrase, "2017-08-01") == ("window", "2018-01-08", "2018-05-25")


@pytest.mark.parametrize("case", [str, fold, lambda text: fold(text).upper()])
def test_a_circular_in_force_reads_its_start_in_any_spelling(case: Callable[[str], str]) -> None:
    phrase = case(
        "Thông tư có hiệu lực thi hành kể từ ngày 10/5/2021 và đã được đăng tải trên Công báo "
        "và Cổng Thông tin điện tử của Chính phủ./."
    )
    reading = one(phrase)
    assert (reading.kind, str(reading.earliest)) == (DeadlineKind.ONGOING, "2021-05-10")


# Part 2, the hunt over zd- and ze-: phrases refused as no deadline, varied as copies vary
# them, read as a day due. Each was exit 0 with a false deadline.
# H1. "Thực hiện Kế hoạch số 154/KH-HĐND, ngày 16/5/2019 của HĐND tỉnh …" (zd-hdnd-laichau-kien-
# nghi-cu-tri-ky-hop-10-2019), "Thực hiện Quyết định số 866/QĐ-UBND, ngày 16/4/2025 của UBND
# tỉnh Sơn La …" (zd-thuanchau-sonla-lay-y-kien-sap-xep-xa-2025) with the comma's space lost:
# the cited text's signing day read as due.
@pytest.mark.parametrize(
    "phrase",
    [
        "Thực hiện Kế hoạch số 154/KH-HĐND,ngày 16/5/2019 của HĐND tỉnh về việc tiếp xúc cử tri",
        "Thực hiện Quyết định số 866/QĐ-UBND,ngày 16/4/2025 của UBND tỉnh Sơn La về việc ban "
        "hành Kế hoạch triển khai thực hiện sắp xếp đơn vị hành chính cấp xã",
        "Theo Công văn 707/UBND-KT,ngày 28/02",
    ],
)
def test_a_cited_text_whose_comma_lost_its_space_is_no_deadline(phrase: str) -> None:
    assert "số hiệu văn bản" in refused(phrase, ctx("2025-05-01"))


def test_a_deadline_after_a_cited_text_and_a_bare_comma_still_reads() -> None:
    reading = one("Báo cáo theo Kế hoạch số 12/KH-UBND,trước ngày 30/6/2019", ctx("2019-06-01"))
    assert str(reading.last) == "2019-06-30"


# H2. "tiến hành rà soát số lượng, chất lượng cán bộ, công chức cấp xã, tính đến ngày
# 31/12/2024" (zd-dantri-bnv-cv-006-ra-soat-can-bo-xa-2025): the figures' as-of day, read as
# due 31/12/2024 once typed without diacritics or with the comma's space lost.
@pytest.mark.parametrize(
    "case",
    [
        fold,
        lambda text: fold(text).upper(),
        lambda text: text.replace(", tính", ",tính"),
    ],
)
def test_an_as_of_day_in_any_spelling_is_no_deadline(case: Callable[[str], str]) -> None:
    phrase = case(
        "tiến hành rà soát số lượng, chất lượng cán bộ, công chức cấp xã, tính đến ngày 31/12/2024"
    )
    assert "mốc chốt số liệu" in refused(phrase, ctx("2025-03-03"))


# H3. "Ngày 19/3, Phó chủ tịch UBND tỉnh Đồng Nai, bà Nguyễn Thị Hoàng, đã chủ trì buổi làm
# việc với Ban Chỉ đạo kiểm kê đất đai tỉnh" (zd-doanhnghiephoinhap-dong-nai-kiem-ke-dat-dai-
# 2025), told as done: read as a day of work once its diacritics were lost ("da chu tri").
@pytest.mark.parametrize("case", [fold, lambda text: fold(text).upper()])
def test_a_meeting_told_as_done_without_diacritics_is_no_deadline(
    case: Callable[[str], str],
) -> None:
    phrase = case(
        "Ngày 19/3, Phó chủ tịch UBND tỉnh Đồng Nai, bà Nguyễn Thị Hoàng, đã chủ trì buổi làm "
        "việc với Ban Chỉ đạo kiểm kê đất đai tỉnh"
    )
    assert "đã xảy ra" in refused(phrase, ctx("2025-03-19"))


# The same hunt over the a- … zc- phrases refused as no deadline (breaker14 hunted only those
# read right): the lead's conventions keyed on words with their diacritics, lost in a copy.
# H4. Convention 2, a time given up: "Hội nghị điều quốc tế Việt Nam lần thứ 12 vốn dự kiến
# được tổ chức vào đầu tháng 3/2020." (z-baophapluat-hoi-nghi-dieu-quoc-te-lan-12-2021), "Ban
# đầu, đại hội cấp xã ấn định tổ chức từ tháng 3 đến ngày 15.9.2021." (z-baohaiduong-lui-dai-
# hoi-tdtt-cap-xa-huyen-2021): typed bare, or "Ban đầu" without its comma, read as the times
# given up (March 2020; 01/03-15/09/2021).
@pytest.mark.parametrize(
    "phrase",
    [
        fold(
            "Hội nghị điều quốc tế Việt Nam lần thứ 12 vốn dự kiến được tổ chức vào đầu tháng 3/2020."
        ),
        fold(
            "Hội nghị điều quốc tế Việt Nam lần thứ 12 vốn dự kiến được tổ chức vào đầu tháng 3/2020."
        ).upper(),
        fold("Ban đầu, đại hội cấp xã ấn định tổ chức từ tháng 3 đến ngày 15.9.2021."),
        "Ban đầu đại hội cấp xã ấn định tổ chức từ tháng 3 đến ngày 15.9.2021.",
    ],
)
def test_a_time_given_up_typed_bare_is_no_deadline(phrase: str) -> None:
    assert "kế hoạch trước đây" in refused(phrase, ctx("2021-09-13"))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Tong von du kien bo tri trong nam 2022", "2022-12-31"),  # capital planned, bare
        ("Ban đầu, thí điểm trong quý I/2022", "2022-03-31"),  # a first stage (calledoff.py)
        ("Ban đầu tư dự kiến hoàn thành trong quý I/2022", "2022-03-31"),  # a board, no "at first"
    ],
)
def test_capital_planned_and_a_first_stage_still_read(phrase: str, last: str) -> None:
    assert read_days(phrase, "2021-09-13")[2] == last


# H5. Convention 4, a figure as of a day: "Đến ngày 18/12/2025, giải ngân vốn đầu tư công đạt
# 68,3% (cao hơn bình quân chung cả nước)." (za-vietmy-tb-733-vpcp-ket-luan-quang-ninh-2025):
# read as due 18/12/2025 typed bare, with one word bare ("Đến ngay"), without its comma or with
# the comma's space lost.
FIGURE = (
    "Đến ngày 18/12/2025, giải ngân vốn đầu tư công đạt 68,3% (cao hơn bình quân chung cả nước)."
)


@pytest.mark.parametrize(
    "phrase",
    [
        fold(FIGURE),
        fold(FIGURE).upper(),
        FIGURE.replace("ngày", "ngay"),
        FIGURE.replace("2025,", "2025"),
        FIGURE.replace(", giải", ",giải"),
    ],
)
def test_a_figure_as_of_a_day_in_any_spelling_is_no_deadline(phrase: str) -> None:
    assert "số liệu tại một ngày" in refused(phrase, ctx("2026-01-10"))


def test_a_target_to_reach_by_a_day_still_reads() -> None:
    assert read_days("Đến ngày 30/6/2026, giải ngân đạt 60% kế hoạch", "2026-01-10")[2] == (
        "2026-06-30"
    )


# H6. A work told as begun on its day: "Nước rút, một số trường đã dọn dẹp vệ sinh từ ngày
# 30/10" (za-huengaynay-nghi-hoc-3-11-tranh-lu-2025), "Tuyên Quang: Học sinh lớp 1, 9 và 12 đã
# tựu trường từ 18/8/2025" (z-baonghean-lich-tuu-truong-34-tinh-2025-2026): read as start
# bounds typed bare or with "ngay".
@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        (fold("Nước rút, một số trường đã dọn dẹp vệ sinh từ ngày 30/10"), "2025-10-30"),
        ("Nước rút, một số trường đã dọn dẹp vệ sinh từ ngay 30/10", "2025-10-30"),
        (
            fold("Tuyên Quang: Học sinh lớp 1, 9 và 12 đã tựu trường từ 18/8/2025").upper(),
            "2025-08-20",
        ),
    ],
)
def test_a_work_told_as_begun_in_any_spelling_is_no_start_bound(phrase: str, issued: str) -> None:
    assert "đã bắt đầu" in refused(phrase, ctx(issued))


def test_a_start_to_come_typed_bare_still_reads() -> None:
    reading = one("Tu ngay 1/11, cac truong to chuc day hoc tro lai", ctx("2025-10-30"))
    assert str(reading.earliest) == "2025-11-01"


# H7. A letter told as just issued, its day after it: "UBND tỉnh vừa có văn bản hỏa tốc số
# 1539/UBND-KGVX tối 3/4/2025 về việc thực hiện Thông cáo đặc biệt …" (za-baophutho-cv-1539-
# quoc-tang-2025) read as due 3/4/2025 typed bare ("vua", "toi" unread). H8. A road opened,
# told: "Dự án xây dựng đường bộ cao tốc Tuyên Quang - Hà Giang được thông xe kỹ thuật ngày
# 19-12-2025" (zb-sggp-bxd-dua-du-an-vao-khai-thac-19-1-2026) read as due with its day's
# dashes spaced en dashes, which the grammar reads as a day.
@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        (
            fold(
                "UBND tỉnh vừa có văn bản hỏa tốc số 1539/UBND-KGVX tối 3/4/2025 về việc thực "
                "hiện Thông cáo đặc biệt"
            ),
            "2025-04-03",
        ),
        (
            "Dự án xây dựng đường bộ cao tốc Tuyên Quang - Hà Giang được thông xe kỹ thuật ngày "
            "19 – 12 – 2025",
            "2026-01-10",
        ),
    ],
)
def test_a_letter_issued_or_a_road_opened_told_is_no_deadline(phrase: str, issued: str) -> None:
    assert "kể" in refused(phrase, ctx(issued))  # told: issued, or opened


# H9. A year's work told as done: "Năm 2025, Ban Thường vụ Đảng ủy phường Hóa Châu đã tập trung
# lãnh đạo, chỉ đạo toàn diện nhiệm vụ xây dựng Đảng …" (zc-huengaynay-dang-uy-phuong-hoa-chau-
# 2026, issued in 2026) read as the window of 2025 typed bare ("da tap trung" unread).
def test_a_year_told_as_done_typed_bare_is_no_window() -> None:
    phrase = fold(
        "Năm 2025, Ban Thường vụ Đảng ủy phường Hóa Châu đã tập trung lãnh đạo, chỉ đạo toàn "
        "diện nhiệm vụ xây dựng Đảng và hệ thống chính trị"
    )
    assert "đã xảy ra" in refused(phrase, ctx("2026-01-05"))
    assert read_days("Nam 2026, cac xa tap trung xay dung nong thon moi", "2026-01-05")[2] == (
        "2026-12-31"
    )


# H10. "Đến hết tháng 12.2025, giải ngân vốn đầu tư công năm 2025 đạt trên 755.000 tỉ đồng, …"
# (zb-thanhnien-giai-ngan-dau-tu-cong-2025-den-31-1-2026) with its spaces doubled, and "Quyết
# định số 2269/QĐ-BGDĐT ngày 11-8-2025" (b-plo-lam-dong-nam-hoc-2025-2026), "Thực hiện Kế hoạch
# số 26-KH/TTVH ngày 26-12-2005 …" (q-phuongnguyencutrinh-quan-uy-1-hoc-tap-nghi-quyet-2006)
# with the day's dashes spaced en dashes, as the grammar reads a day: each read as due.
@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        (
            "Đến  hết  tháng  12.2025,  giải  ngân  vốn  đầu  tư  công  năm  2025  đạt  trên  "
            "755.000  tỉ  đồng",
            "2026-01-09",
        ),
        ("Quyết định số 2269/QĐ-BGDĐT ngày 11 – 8 – 2025", "2025-08-20"),
        (
            "Thực hiện Kế hoạch số 26-KH/TTVH ngày 26 – 12 – 2005 của Ban Tư tưởng – Văn hóa "
            "Thành ủy",
            "2006-01-10",
        ),
    ],
)
def test_a_figure_with_doubled_spaces_or_a_citation_dated_with_en_dashes_is_no_deadline(
    phrase: str, issued: str
) -> None:
    refused(phrase, ctx(issued))


# H11. "Chiều ngày 08/12/2023, tại trụ sở làm việc ấp Hòa lộc, xã Đoàn chỉ đạo tổ chức thành công
# Đại hội điểm ấp Hòa Lộc, nhiệm kỳ 2023 – 2024" (zc-tuoitregiongrieng-dai-hoi-chi-doan-hoa-loc-
# 2023), held well: read as due 08/12/2023 typed bare (the bare rule skipped a phrase holding an
# en dash, and knew no "to chuc thanh cong").
def test_a_congress_held_well_typed_bare_is_no_deadline() -> None:
    phrase = fold(
        "Chiều ngày 08/12/2023, tại trụ sở làm việc ấp Hòa lộc, xã Đoàn chỉ đạo tổ chức thành "
        "công Đại hội điểm ấp Hòa Lộc, nhiệm kỳ 2023 – 2024"
    )
    assert "đã xảy ra" in refused(phrase, ctx("2023-12-10"))
