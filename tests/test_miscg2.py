"""Session 44, family M2 (helper miscg2): phrases refused for assorted other reasons, read
where a form covers several of them and its neighbours stay refused (issue 11: never a
silent wrong date; two periods are two milestones, never one)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from deadline_forms import ctx, days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

W = DeadlineKind.WINDOW


def _read(phrase: str, issued: str | None = None) -> list[tuple[object, ...]]:
    """The kind, first and last day of each of `phrase`'s readings (issued on `issued`)."""
    return [days(one) for one in parse_deadlines(phrase, ctx(issued))]


def _years(first: int, last: int) -> tuple[object, ...]:
    return (W, date(first, 1, 1), date(last, 12, 31))


# --- a meeting's agenda: the results of a term reviewed, the next term's course set -------

# zc-thapmuoi-dai-hoi-chi-hoi-nong-dan-2023 (a Hội Nông dân congress, page without a date)
FARMERS_TERMS = (
    "đánh giá kết quả thực hiện nhiệm vụ công tác Hội và phong trào nông dân nhiệm kỳ 2020 - "
    "2023, đề ra phương hướng, nhiệm vụ nhiệm kỳ 2023 - 2028"
)
# zc-tuoitregiongrieng-dai-hoi-chi-doan-hoa-loc-2023 (a Đoàn branch's congress)
YOUTH_TERMS = (
    "Đại hội nhằm đánh giá kết quả thực hiện công tác Đoàn và phong trào thanh thiếu thiếu nhi "
    "nhiệm kỳ 2022 - 2023, đề ra phương hướng, nhiệm vụ nhiệm kỳ 2023 – 2024"
)


def test_results_reviewed_then_a_course_set_read_both_terms() -> None:
    # the lead's convention 10: an agenda without "đã" reads both periods; conv13: the term
    # of a work carried out over it is its window
    assert _read(FARMERS_TERMS) == [_years(2020, 2023), _years(2023, 2028)]
    assert _read(YOUTH_TERMS) == [_years(2022, 2023), _years(2023, 2024)]


def test_a_work_reviewed_over_its_term_is_no_name() -> None:
    # "việc thực hiện": read as one window over the next term before (the reviewed term taken
    # for a name and lost), where convention 10 reads two
    assert _read(
        "đánh giá việc thực hiện nhiệm vụ nhiệm kỳ 2020 - 2023, đề ra phương hướng nhiệm vụ "
        "nhiệm kỳ 2023 - 2028"
    ) == [_years(2020, 2023), _years(2023, 2028)]


@settings(deadline=None, max_examples=30)
@given(st.integers(min_value=1990, max_value=2090), st.integers(min_value=1, max_value=5))
def test_any_two_terms_in_turn_read_as_reviewed_and_planned(start: int, length: int) -> None:
    middle, end = start + length, start + 2 * length
    phrase = (
        f"đánh giá kết quả thực hiện nhiệm vụ nhiệm kỳ {start} - {middle}, đề ra phương hướng, "
        f"nhiệm vụ nhiệm kỳ {middle} - {end}"
    )
    assert _read(phrase) == [_years(start, middle), _years(middle, end)]


def test_results_told_or_not_followed_by_a_course_keep_the_refusal() -> None:
    # refusal neighbours: the review told done (convention 10 reads the next term alone,
    # which this rule does not), results with no course set after them, a semicolon or a
    # step of another kind (an election) after the review
    refused(YOUTH_TERMS.replace("Đại hội nhằm", "Đại hội đã"))
    refused(YOUTH_TERMS.replace("Đại hội nhằm", "Đại hội vừa"))
    refused("đánh giá kết quả thực hiện nhiệm vụ năm 2025")
    refused(YOUTH_TERMS.replace(", đề ra", "; đề ra"))
    refused(
        "Đại hội đánh giá kết quả thực hiện công tác Đoàn nhiệm kỳ 2022 - 2023, bầu Ban Chấp "
        "hành nhiệm kỳ 2023 – 2024"
    )


# --- a target's change against a base year, closing the phrase after its figure ----------

# zg-baophutho-ky-hop-hdnd-xa-nguyet-duc-2025 (a xã council's targets for 2026, 23/12/2025)
TARGET_AGAINST_BASE = (
    "Năm 2026, xã Nguyệt Đức đề ra 18 chỉ tiêu trên tất cả các lĩnh vực, trong đó phấn đấu "
    "tổng giá trị sản phẩm đạt hơn 4.000 tỷ đồng, tăng 10,66% so với năm 2025"
)


def test_a_targets_base_year_after_its_figure_is_a_gloss() -> None:
    (reading,) = parse_deadlines(TARGET_AGAINST_BASE, ctx("2025-12-23"))
    assert days(reading) == _years(2026, 2026)
    assert reading.gloss is not None and "so với năm 2025" in reading.gloss


@settings(deadline=None, max_examples=30)
@given(st.integers(min_value=2000, max_value=2090), st.integers(min_value=1, max_value=99))
def test_any_targets_share_against_the_year_before_is_a_gloss(year: int, share: int) -> None:
    phrase = (
        f"Năm {year}, phấn đấu tổng thu ngân sách đạt 4.000 tỷ đồng, tăng {share}% so với "
        f"cùng kỳ năm {year - 1}"
    )
    assert _read(phrase, f"{year - 1}-12-20") == [_years(year, year)]


def test_a_figure_reported_or_compared_elsewhere_keeps_the_refusal() -> None:
    # refusal neighbours: a figure reported, not a target (convention 4); the comparison
    # alone (zg-baophutho-…#1 expects it refused); more after the comparison; a day compared
    # with; the base with no other time
    refused(
        "Năm 2025, tổng giá trị sản phẩm ước đạt 3.600 tỷ đồng, tăng 9,6% so với cùng kỳ năm 2024",
        ctx("2025-12-23"),
    )
    refused(
        "Tổng giá trị sản xuất tăng 9,6% so với cùng kỳ năm 2024; tổng thu ngân sách Nhà nước "
        "trên địa bàn xã ước thực hiện 86,4 tỷ đồng.",
        ctx("2025-12-23"),
    )
    refused(TARGET_AGAINST_BASE + ", hoàn thành trước ngày 31/3/2026", ctx("2025-12-23"))
    refused(TARGET_AGAINST_BASE.replace("năm 2025", "ngày 1/1/2025"), ctx("2025-12-23"))
    refused("Phấn đấu tổng giá trị sản phẩm đạt 3.600 tỷ đồng, tăng 9,6% so với năm 2025")


# --- an occasion named right before its own day -----------------------------------------

# zm-daidoanket-bvhttdl-15-nam-ngay-gia-dinh-2016 (the Bộ VHTTDL's Family Day of 2016, retold)
OCCASION_BEFORE_ITS_DAY = (
    "tổ chức hoạt động tuyên truyền, cổ động trực quan về Ngày Gia đình Việt Nam 28/6/2016"
)


def test_an_occasion_named_before_its_own_day_joins_it() -> None:
    (reading,) = parse_deadlines(OCCASION_BEFORE_ITS_DAY, ctx())
    assert days(reading) == (DeadlineKind.DATE, date(2016, 6, 28), date(2016, 6, 28))
    (reading,) = parse_deadlines("tổ chức tuyên truyền Ngày Quốc tế thiếu nhi 1/6/2027", ctx())
    assert days(reading) == (DeadlineKind.DATE, date(2027, 6, 1), date(2027, 6, 1))


@settings(deadline=None, max_examples=30)
@given(st.integers(min_value=2000, max_value=2090))
def test_the_occasions_day_reads_in_any_year_it_is_printed_with(year: int) -> None:
    phrase = OCCASION_BEFORE_ITS_DAY.replace("2016", str(year))
    assert _read(phrase) == [(DeadlineKind.DATE, date(year, 6, 28), date(year, 6, 28))]


def test_an_occasion_before_another_day_or_counted_keeps_the_refusal() -> None:
    # refusal neighbours: the day is not the occasion's (one of the two is mistyped); an
    # anniversary counted before the name, unchecked; a negation; a thing told done
    refused(OCCASION_BEFORE_ITS_DAY.replace("28/6", "29/6"))
    refused(OCCASION_BEFORE_ITS_DAY.replace("về Ngày", "kỷ niệm 20 năm Ngày"))
    refused("không " + OCCASION_BEFORE_ITS_DAY)
    refused("đã " + OCCASION_BEFORE_ITS_DAY)


# --- a plan told issued, its signing day written in words ---------------------------------

# zq-vannghedanang-ke-hoach-cuoc-thi-sang-tac-hung-yen-2024 (Văn nghệ Đà Nẵng, 02/04/2024)
PLAN_SIGNED_IN_WORDS = (
    "Tỉnh ủy Hưng Yên ban hành kế hoạch số 59/KH-UBND ngày 27 tháng 3 năm 2024 về tổ chức cuộc "
    "thi sáng tác văn học nghệ thuật tỉnh Hưng Yên năm 2024"
)


def test_a_plans_signing_day_in_words_is_its_own_as_in_figures() -> None:
    # the lead's convention 11: the plan told issued reads its own period; "ngày 27/3/2024"
    # read so already
    assert _read(PLAN_SIGNED_IN_WORDS, "2024-04-02") == [_years(2024, 2024)]
    assert _read(
        "UBND tỉnh vừa ban hành Kế hoạch số 535/KH-UBND ngày 29 tháng 3 năm 2024 về thực hiện "
        "Chương trình chuyển đổi số giai đoạn 2024 - 2025",
        "2024-04-02",
    ) == [_years(2024, 2025)]


def test_a_plan_cited_or_a_budget_with_its_day_in_words_keeps_the_refusal() -> None:
    # refusal neighbours: the plan cited, not told issued (convention 7); carried out; a
    # budget's year (the object-year convention); a deadline in its title
    cited = (
        "kế hoạch số 59/KH-UBND ngày 27 tháng 3 năm 2024 về tổ chức cuộc thi sáng tác văn học "
        "nghệ thuật tỉnh Hưng Yên năm 2024"
    )
    refused("Theo " + cited, ctx("2024-04-02"))
    refused("Thực hiện " + cited, ctx("2024-04-02"))
    refused(
        "UBND tỉnh vừa ban hành Kế hoạch số 535/KH-UBND ngày 29 tháng 3 năm 2024 về dự toán ngân "
        "sách năm 2024",
        ctx("2024-04-02"),
    )
    refused(
        "UBND tỉnh vừa ban hành Kế hoạch số 535/KH-UBND ngày 29 tháng 3 năm 2024 về triển khai "
        "trước ngày 30/4/2024",
        ctx("2024-04-02"),
    )
