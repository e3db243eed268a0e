"""Session 46, family M2 (helper misci2): phrases refused for assorted reasons, two forms read
(issue 11: never a silent wrong date). A stage named by what it is to be ("giai đoạn tăng tốc
2026–2030") is the stage its years name. Halves of a programme's time stay refused. The
neighbours (a stage's number, a negation, a condition, the stage told done, a second date)
stay refused."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW

# --- half of a programme's time told passed ------------------------------------------------

# Half of a programme's time told passed was read as the programme's period (zf-baocamau)
# and taken back (session 46's tester): "Sơ kết khi Chương trình giai đoạn 2021-2025 đã qua
# nửa thời gian thực hiện" is a mid-term review, due at the half, not at the span's end.


@pytest.mark.parametrize(
    "phrase",
    [
        # the half still to run is a half period, never the whole
        "trong nửa thời gian còn lại của giai đoạn 2021-2025",
        "Chương trình giai đoạn 2021-2025 đã qua nửa thời gian đầu",
        "hoàn thành trong nửa thời gian của giai đoạn 2021-2025",
        "nửa đầu năm 2026",
        "Nửa cuối tháng 7/2026, các xã hoàn thành rà soát",
        # a half of the period named after it
        "đã qua nửa thời gian thực hiện giai đoạn 2021-2025",
        # a half to come: the day a step is due
        "trước khi hết nửa thời gian thực hiện giai đoạn 2021-2025",
        "Chương trình giai đoạn 2021-2025, khi đã qua nửa thời gian thực hiện, sẽ sơ kết",
        # not told done
        "Chương trình giai đoạn 2021-2025 qua nửa thời gian thực hiện",
        # a review due at the half (the tester's, session 46)
        "Sơ kết khi Chương trình giai đoạn 2021-2025 đã qua nửa thời gian thực hiện",
        "Sơ kết khi Chương trình giai đoạn 2021-2025 đã đi được nửa chặng đường",
    ],
)
def test_a_half_period_stays_refused(phrase: str) -> None:
    assert "nửa" in refused(phrase, ctx("2024-04-09"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Chương trình giai đoạn 2021-2025 không qua nửa thời gian thực hiện",
        "Nếu chương trình giai đoạn 2021-2025 qua nửa thời gian thực hiện",
    ],
)
def test_half_passed_denied_or_put_as_a_condition_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-04-09"))


# --- a stage named by what it is to be -----------------------------------------------------

# zs-doanhnghiephoinhap-vinh-long-ky-hop-thu-ba-hdnd-2025 (11/12/2025)
STAGE_QUALIFIED = (
    "Kỳ họp ghi dấu bằng việc thông qua 22 nghị quyết quan trọng, tạo nền tảng để triển khai "
    "các nhiệm vụ phát triển kinh tế – xã hội và chuẩn bị cho giai đoạn tăng tốc 2026–2030"
)


def test_a_stage_to_speed_up_reads_its_years() -> None:
    assert days(one(STAGE_QUALIFIED, ctx("2025-12-11"))) == (
        W,
        date(2026, 1, 1),
        date(2030, 12, 31),
    )


@given(
    first=st.integers(min_value=2000, max_value=2090),
    length=st.integers(min_value=1, max_value=10),
    word=st.sampled_from(["mới", "tăng tốc", "bứt phá"]),
)
def test_any_qualified_stage_reads_its_span_of_years(first: int, length: int, word: str) -> None:
    phrase = f"chuẩn bị cho giai đoạn {word} {first}-{first + length}"
    assert days(one(phrase, ctx("1999-12-01"))) == (
        W,
        date(first, 1, 1),
        date(first + length, 12, 31),
    )


@pytest.mark.parametrize(
    "phrase",
    [
        # a stage's number is a number to account for
        "chuẩn bị cho giai đoạn II 2026-2030",
        # a word the list does not hold
        "chuẩn bị cho giai đoạn khó khăn 2026-2030",
        # one year is no stage's span
        "chuẩn bị cho giai đoạn mới 2026",
        # denied, put as a condition, told done
        "không triển khai giai đoạn mới 2026-2030",
        "nếu chuẩn bị cho giai đoạn mới 2026-2030",
        "đã hoàn thành giai đoạn mới 2021-2025",
        # a second date: the stage may be what is worked on by that day
        "chuẩn bị cho giai đoạn tăng tốc 2026–2030 và hoàn thành trước ngày 31/12/2026",
    ],
)
def test_a_stage_not_so_named_or_not_to_come_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-12-11"))


# --- a horizon cut after "đến (năm)", after a span of years ----------------------------------

# zr-thuviennhadat-ttg-qd-344-2022-de-an-mac-ca (Quyết định 344/QĐ-TTg, 15/03/2022)
HORIZON_CUT = "duyệt Đề án “Phát triển bền vững Mắc ca giai đoạn 2021 - 2030, tầm nhìn đến năm"


def test_a_horizon_cut_after_its_word_leaves_the_span_as_it_is() -> None:
    assert days(one(HORIZON_CUT, ctx("2022-03-15"))) == (W, date(2021, 1, 1), date(2030, 12, 31))


@pytest.mark.parametrize("tail", ["tầm nhìn đến", "định hướng đến năm.", "tầm nhìn đến năm"])
def test_any_horizon_cut_after_a_span_reads_the_span(tail: str) -> None:
    phrase = f"Quy hoạch tỉnh thời kỳ 2021–2030, {tail}"
    assert days(one(phrase, ctx("2022-03-15"))) == (W, date(2021, 1, 1), date(2030, 12, 31))


@pytest.mark.parametrize(
    "phrase",
    [
        # after one year: zl-thuviennhadat-vinh-long-kh-43-kinh-te-so-2025 cites a strategy
        "quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm",
        "hoàn thành trước năm 2030, tầm nhìn đến năm",
        # no horizon word: a year cut off
        "Quy hoạch tỉnh thời kỳ 2021-2030 đến năm",
        # denied
        "không thực hiện giai đoạn 2021-2030, tầm nhìn đến năm",
    ],
)
def test_a_cut_horizon_not_after_a_span_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2022-03-15"))


# --- the latest count before an event, then the earliest ("ít nhất N nhưng không quá M") ----

# ze-nld-gia-han-giay-phep-lao-dong-nd-152-2021 (Người Lao Động on Nghị định 152/2020/NĐ-CP)
AT_LEAST_NOT_OVER = (
    "Về trình tự gia hạn GPLĐ, trước ít nhất 5 ngày nhưng không quá 45 ngày trước ngày GPLĐ "
    "hết hạn, NSDLĐ phải nộp hồ sơ đề nghị gia hạn GPLĐ cho Bộ Lao động - Thương binh và Xã "
    "hội (LĐ-TB-XH) hoặc Sở LĐ-TB-XH đã cấp GPLĐ đó"
)


def _counted(phrase: str) -> tuple[object, ...]:
    reading = one(phrase, ctx("2021-03-02"))
    assert reading.kind is DeadlineKind.RELATIVE and reading.relative is not None
    rel = reading.relative
    return rel.offset, rel.unit, rel.working_days, rel.direction


def test_at_least_and_not_over_reads_the_lesser_count_before() -> None:
    assert _counted(AT_LEAST_NOT_OVER) == (5, "ngày", False, "before")
    # the greater count is accounted for in the reading: it opens the time to file
    assert "không sớm hơn 45 ngày" in one(AT_LEAST_NOT_OVER, ctx("2021-03-02")).reading


@given(
    least=st.integers(min_value=1, max_value=60),
    more=st.integers(min_value=1, max_value=60),
    unit=st.sampled_from(["ngày", "ngày làm việc", "tháng"]),
)
def test_any_lesser_count_with_a_greater_cap_reads_the_lesser(
    least: int, more: int, unit: str
) -> None:
    phrase = f"ít nhất {least} {unit} nhưng không quá {least + more} {unit} trước ngày khai mạc"
    offset, *_ = _counted(phrase)
    assert offset == least


@pytest.mark.parametrize(
    "phrase",
    [
        # the cap not greater, or in another unit: no span opened
        "ít nhất 5 ngày nhưng không quá 3 ngày trước ngày GPLĐ hết hạn",
        "ít nhất 5 ngày nhưng không quá 5 ngày trước ngày GPLĐ hết hạn",
        "ít nhất 5 ngày nhưng không quá 2 tháng trước ngày GPLĐ hết hạn",
        "ít nhất 5 ngày làm việc nhưng không quá 45 ngày trước ngày khai mạc",
        # no "ít nhất": the lesser count bounds nothing
        "5 ngày nhưng không quá 45 ngày trước ngày GPLĐ hết hạn",
        # the cap alone, and the bound first without its cap
        "không quá 45 ngày trước ngày GPLĐ hết hạn",
        "trước ít nhất 5 ngày trước ngày GPLĐ hết hạn",
        # a condition, a negation
        "nếu trước ít nhất 5 ngày nhưng không quá 45 ngày trước ngày GPLĐ hết hạn",
        "không nộp trước ít nhất 5 ngày nhưng không quá 45 ngày trước ngày GPLĐ hết hạn",
        # counted back from a written day: whether it counts is not said
        "trước ít nhất 5 ngày nhưng không quá 45 ngày trước ngày 15/3/2021",
    ],
)
def test_a_cap_that_opens_no_span_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2021-03-02"))
