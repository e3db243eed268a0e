"""Session 47, silent wrong dates (helper guardsj): forms a tester found read on main as a
day or a window a careful reader would not write (issue 11: never a silent wrong date), now
refused with a reason and the way out, and the neighbours that name a real time still read:
the middle or the start of a period of years ("Đánh giá giữa kỳ giai đoạn 2026-2030"), years
of a span counted in words ("Ba năm đầu giai đoạn 2026-2030"), a day whose year would come
from the plan beside a school year or a season of other years, the period a programme or
funds are prepared for, and the period a report's figures cover."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind

D = DeadlineKind.DATE
W = DeadlineKind.WINDOW
R = DeadlineKind.RECURRING
JULY_2026 = "2026-07-15"
MARCH_2026 = "2026-03-10"


# 1. "giữa kỳ", "đầu kỳ" before a period of years: a moment in it, never the whole of it


@pytest.mark.parametrize(
    "phrase",
    [
        "Đánh giá giữa kỳ giai đoạn 2026-2030",
        "Đánh giá đầu kỳ giai đoạn 2026-2030",
        "Sơ kết giữa kỳ thực hiện Chương trình giai đoạn 2026-2030",
        "Đánh giá giữa kỳ Kế hoạch 5 năm 2026-2030",
        "Sơ kết giữa kỳ nhiệm kỳ 2025-2030",
        "Giữa kỳ giai đoạn 2026-2030",
        "Đánh giá giữa kỳ trong giai đoạn 2026 – 2030",
    ],
)
def test_the_middle_or_start_of_a_period_of_years_is_refused(phrase: str) -> None:
    why = refused(phrase, ctx(JULY_2026))
    assert "“giữa kỳ”, “đầu kỳ”" in why and "first_day và last_day" in why


@pytest.mark.parametrize(
    ("phrase", "issued", "reading"),
    [
        # a-ninh-thuan-qd-55-2007: the mid-term review's own year
        ("sơ kết giữa kỳ vào năm 2008", "2007-06-01", (W, "2008-01-01", "2008-12-31")),
        # u-baocamau-phien-hop-thang-5-2025: the meeting's day, the programme's span beside it
        (
            "Báo Cà Mau Sáng 20/6, UBND tỉnh tổ chức phiên họp thường kỳ tháng 5/2025 kết hợp "
            "sơ kết giữa kỳ Chương trình tổng thể cải cách hành chính Nhà nước giai đoạn 2021–2030",
            "2025-06-20",
            (D, "2025-06-20", "2025-06-20"),
        ),
        # the first year of a period, said so, stays its year
        ("Năm đầu giai đoạn 2026-2030", JULY_2026, (W, "2026-01-01", "2026-12-31")),
    ],
)
def test_a_mid_term_named_with_its_own_time_still_reads(
    phrase: str, issued: str, reading: tuple[object, ...]
) -> None:
    assert read_days(phrase, issued) == reading


def test_a_census_named_mid_term_keeps_its_start() -> None:
    # k-tct-tu-ngay-1-4-dieu-tra-2024: the mid-decade census is a name, its start is said
    reading = one(
        "từ ngày 1/4, Tổng cục sẽ thực hiện điều tra dân số và nhà ở giữa kỳ năm 2024",
        ctx("2024-03-11"),
    )
    assert reading.earliest == date(2024, 4, 1)


# 2. years of a span counted in words, or not counted: never its first or last year alone


@pytest.mark.parametrize(
    "phrase",
    [
        "Ba năm đầu giai đoạn 2026-2030",
        "Hai năm đầu giai đoạn 2026-2030",
        "Các năm đầu giai đoạn 2026-2030",
        "Những năm đầu giai đoạn 2026-2030",
        "Hai năm cuối giai đoạn 2026-2030",
        "Mấy năm cuối giai đoạn 2026-2030",
        "Những năm cuối nhiệm kỳ 2021-2026",
        "Hoàn thành trong ba năm đầu của giai đoạn 2026-2030",
    ],
)
def test_years_of_a_span_counted_in_words_are_refused(phrase: str) -> None:
    assert "số năm đầu hay cuối" in refused(phrase, ctx(JULY_2026))


_COUNTS = ["Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Các", "Những", "Mấy"]


@given(
    count=st.sampled_from(_COUNTS),
    end=st.sampled_from(["đầu", "cuối"]),
    period=st.sampled_from(["giai đoạn", "nhiệm kỳ", "thời kỳ"]),
    first=st.integers(2000, 2040),
    length=st.integers(3, 10),
)
def test_no_count_in_words_reads_as_one_year(
    count: str, end: str, period: str, first: int, length: int
) -> None:
    phrase = f"{count} năm {end} {period} {first}-{first + length}"
    assert "số năm đầu hay cuối" in refused(phrase, ctx(JULY_2026))


def test_the_count_in_digits_stays_refused() -> None:
    refused("Hoàn thành trong 2 năm đầu giai đoạn 2026-2030", ctx(JULY_2026))


# 3. a day without its year beside a school year or a season of other years


@pytest.mark.parametrize(
    "phrase",
    [
        "Hoàn thành trước ngày 30/8, phục vụ năm học 2027-2028",
        "Sửa chữa phòng học trước ngày 15/8 để chuẩn bị cho năm học 2027-2028",
        "Trước ngày 31/10 để chuẩn bị cho vụ Đông Xuân 2027-2028",
        # served, so before it opens: a school year that opened the year before the plan's
        "Hoàn thành trước ngày 30/8, phục vụ năm học 2025-2026",
    ],
)
def test_a_day_taking_the_plans_year_for_another_school_year_is_refused(phrase: str) -> None:
    why = refused(phrase, ctx(MARCH_2026))
    assert "năm lấy theo kế hoạch (2026)" in why and "last_day" in why


@pytest.mark.parametrize(
    ("phrase", "issued", "reading"),
    [
        # the school year opens in the plan's year: the day before it is in that year
        (
            "Hoàn thành trước ngày 30/8, phục vụ năm học 2026-2027",
            MARCH_2026,
            (D, "2026-08-30", "2026-08-30"),
        ),
        ("Trước ngày 31/10 để chuẩn bị cho vụ Đông Xuân 2026-2027", MARCH_2026, None),
        # a day inside the school year it frames (m-baolongan-nam-hoc-2022-2023's form)
        ("Năm học 2025-2026 kết thúc trước ngày 31/5", "2026-01-10", None),
        ("Trước ngày 31/5, kết thúc năm học 2025-2026", "2026-01-10", None),
        # h-giaoducthoidai-kon-tum-nam-hoc-2022-2023: admissions in the first year, said so
        (
            "hoàn thành tuyển sinh các lớp đầu cấp năm học 2023-2024 trước ngày 15/7",
            "2022-08-16",
            (D, "2023-07-15", "2023-07-15"),
        ),
        # the year written: nothing taken from the plan
        (
            "Hoàn thành trước ngày 30/8/2027, phục vụ năm học 2027-2028",
            MARCH_2026,
            (D, "2027-08-30", "2027-08-30"),
        ),
    ],
)
def test_a_day_in_the_school_years_own_year_still_reads(
    phrase: str, issued: str, reading: tuple[object, ...] | None
) -> None:
    kind, first, last = read_days(phrase, issued)
    if reading is not None:
        assert (kind, first, last) == reading
    else:
        assert kind is D and first == last


def test_a_task_of_a_year_is_no_season() -> None:
    # "nhiệm vụ năm 2027": "vụ" of a task, never a crop's season; refused for its own reason
    why = refused("Hoàn thành nhiệm vụ năm 2027 trước ngày 30/8", ctx(MARCH_2026))
    assert "năm lấy theo kế hoạch" not in why


@given(plan=st.integers(2020, 2035), ahead=st.integers(1, 3), month=st.integers(1, 12))
def test_a_school_year_served_years_ahead_never_takes_the_plans_year(
    plan: int, ahead: int, month: int
) -> None:
    first = plan + ahead
    phrase = f"Hoàn thành trước ngày 15/{month}, phục vụ năm học {first}-{first + 1}"
    assert "năm lấy theo kế hoạch" in refused(phrase, ctx(f"{plan}-01-05"))


# 4. the period a programme, targets, a list or funds are prepared for


@pytest.mark.parametrize(
    "phrase",
    [
        "Xây dựng chương trình công tác năm 2027",
        "Xây dựng chỉ tiêu năm 2027",
        "Đề xuất danh mục dự án năm 2027",
        "Đăng ký nhu cầu vốn năm 2027",
        "Đề xuất nhu cầu kinh phí năm 2027",
        "Trình HĐND phân bổ vốn năm 2027",
        "Xây dựng lịch công tác tháng 8/2026",
    ],
)
def test_the_period_prepared_for_is_refused(phrase: str) -> None:
    why = refused(phrase, ctx(JULY_2026))
    assert "được chuẩn bị cho" in why and "last_day" in why


@pytest.mark.parametrize(
    ("phrase", "reading"),
    [
        # h-baoquangnam-cv-7770: items registered into the Government's programme of 2023
        (
            "đăng ký nội dung đưa vào chương trình công tác năm 2023 của Chính phủ, Thủ tướng "
            "Chính phủ",
            (W, "2023-01-01", "2023-12-31"),
        ),
        # carried out, not prepared: the year is the time of the work
        ("Thực hiện chương trình công tác năm 2027", (W, "2027-01-01", "2027-12-31")),
        # the document's own programme set out "như sau" (convention 11)
        ("Xây dựng chương trình công tác năm 2027 như sau", (W, "2027-01-01", "2027-12-31")),
    ],
)
def test_a_programme_carried_out_or_set_out_still_reads(
    phrase: str, reading: tuple[object, ...]
) -> None:
    issued = "2023-01-10" if "2023" in phrase else JULY_2026
    assert read_days(phrase, issued) == reading


def test_a_due_day_for_the_preparation_is_not_the_rules() -> None:
    # the preparation's own day beside the year it is for: not refused as the period's
    why = refused("Xây dựng chương trình công tác năm 2027 trước ngày 15/12/2026", ctx(JULY_2026))
    assert "được chuẩn bị cho" not in why


# 5. the period a report's figures cover


@pytest.mark.parametrize(
    "phrase",
    [
        "Kỳ báo cáo: từ ngày 01/01/2026 đến hết ngày 30/6/2026",
        "Số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026",
        "Số liệu 6 tháng đầu năm 2026",
        "Phạm vi số liệu: 6 tháng đầu năm 2026",
        "Số liệu báo cáo quý II/2026",
    ],
)
def test_the_period_a_report_covers_is_refused(phrase: str) -> None:
    why = refused(phrase, ctx(JULY_2026))
    assert "kỳ số liệu của báo cáo" in why and "last_day" in why


def test_a_reporting_rules_data_period_stays_recurring() -> None:
    # a-tt-03-2015-btttt: every year's first half, no year written
    reading = one(
        "Số liệu báo cáo 6 tháng đầu năm tính từ ngày 01/01 đến ngày 30/06 của năm báo cáo",
        ctx("2015-03-01"),
    )
    assert reading.kind is R


def test_a_data_period_beside_a_due_day_is_not_the_rules() -> None:
    why = refused("Số liệu 6 tháng đầu năm 2026, gửi trước ngày 05/7/2026", ctx(JULY_2026))
    assert "kỳ số liệu của báo cáo" not in why


def test_the_data_cut_off_with_its_window_keeps_the_corpus_reading() -> None:
    # g-bac-kan-cv-5718-2021-bao-cao-tthc-quy-iii expects this window (a ruling question)
    assert read_days(
        "Thời điểm chốt số liệu báo cáo: Từ ngày 15/6/2021 đến hết ngày 14/9/2021", "2021-09-01"
    ) == (W, "2021-06-15", "2021-09-14")
