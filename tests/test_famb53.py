"""Session 53, helper famb53 (issue 11, family B: phrases refused as "không nhận ra thời
hạn"). Each form is held to the shape it was built for, and its neighbours stay refused:

- a span of two days written with dots, "từ ngày 25.2 - 4.3", then its work with no comma
  (`steps._DOTTED_SPAN_THEN_WORK`), read as the span with a comma is;
- "đẩy lùi" (drive back) an ill after the time is no time moved (`label._DRIVEN_BACK`);
- "khóa tu" (a retreat) before its name is no "từ" typed bare (`lostglyph._WHOLE_BEFORE`).
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineError, parse_deadlines

# --- a dotted span of days, then its work -------------------------------------------------


def test_the_dotted_span_then_its_work_reads_as_the_corpus_phrase() -> None:
    # tests/corpus/x-thanhnien-phuong-yen-tu-khai-hoi-2026.yaml (Thanh Niên, 26/02/2026)
    phrase = (
        "Trong khuôn khổ lễ hội, từ ngày 25.2 - 4.3 diễn ra triển lãm về Phật giáo Trúc Lâm "
        "Yên Tử; hội chợ OCOP, liên hoan ẩm thực vùng miền quy mô hơn 100 gian hàng; khóa tu "
        '"Yên Tử suối nguồn tuệ giác" thu hút khoảng 3.000 phật tử tham dự'
    )
    assert read_days(phrase, "2026-02-26") == ("window", "2026-02-25", "2026-03-04")


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("từ ngày 25.2 - 4.3 diễn ra triển lãm", "2026-02-25", "2026-03-04"),
        ("từ ngày 25.2 đến 4.3 diễn ra triển lãm", "2026-02-25", "2026-03-04"),
        ("từ ngày 25.2 – 4.3.2027 diễn ra triển lãm", "2027-02-25", "2027-03-04"),
    ],
)
def test_a_dotted_span_then_its_work(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase, "2026-02-20") == ("window", first, last)


def test_the_work_after_a_dotted_span_is_its_step() -> None:
    reading = one("từ ngày 25.2 - 4.3 diễn ra triển lãm", ctx("2026-02-20"))
    assert reading.label == "diễn ra triển lãm"


@pytest.mark.parametrize(
    "phrase",
    [
        "từ ngày 25.2 - 4.3 chưa diễn ra triển lãm",  # a state as of the days
        "từ ngày 25.2 - 4.3 không diễn ra triển lãm",  # negated
        "từ ngày 25.2 - 4.3 đã diễn ra triển lãm",  # told done
        "từ ngày 25.2 - 4.3 tạm dừng tiếp dân",  # a pause, no work due
        "từ ngày 25.2 - 4.3 nếu đủ điều kiện diễn ra triển lãm",  # a condition
        "từ ngày 1.5 - 2.5 lần",  # decimals before a unit
        "từ ngày 1.5 - 2.5 triệu đồng",
        "từ ngày 25.2 - 4.3 năm 2025 diễn ra",  # another year after the span
        "từ ngày 25.2 - 4.3 diễn ra triển lãm, hoãn đến 10.3",  # moved, another day
        "tu ngay 25.2 - 4.3 dien ra trien lam",  # typed bare: "tu" may be "tu", no span
    ],
)
def test_a_dotted_span_s_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-02-20"))


@pytest.mark.parametrize("issued", ["2026-01-05", "2026-02-26", "2026-03-10", "2026-11-30"])
def test_a_dotted_span_then_its_work_reads_as_with_its_comma(issued: str) -> None:
    # whatever the issue day does to a span without its year, the work after it changes
    # nothing: read (or refused) as "từ ngày 25.2 - 4.3, diễn ra triển lãm" is
    def outcome(phrase: str) -> object:
        try:
            readings = parse_deadlines(phrase, ctx(issued))
        except DeadlineError:
            return "refused"
        return [(r.kind, r.first, r.last) for r in readings]

    assert outcome("từ ngày 25.2 - 4.3 diễn ra triển lãm") == outcome(
        "từ ngày 25.2 - 4.3, diễn ra triển lãm"
    )


# --- "đẩy lùi" an ill is no time moved --------------------------------------------------------


def test_driving_back_drugs_after_the_year_reads_as_the_corpus_phrase() -> None:
    # tests/corpus/r-nghe-an-kh-695-xa-phuong-khong-ma-tuy-2025.yaml (UBND Nghệ An, 2025)
    phrase = (
        "bảo đảm đến hết năm 2030, có ít nhất 50% đơn vị hành chính cấp xã trên địa bàn toàn "
        "quốc “không ma túy” và từng bước đẩy lùi ma túy ra khỏi đời sống xã hội"
    )
    assert read_days(phrase, "2025-08-21") == ("date", "2030-12-31", "2030-12-31")


@pytest.mark.parametrize(
    "phrase",
    [
        "trước ngày 15/3/2026 đẩy lùi dịch bệnh",
        "trước ngày 15/3/2026, từng bước đẩy lùi tội phạm",
        "trước ngày 15/3/2026 đẩy lùi các tệ nạn xã hội",
    ],
)
def test_driving_back_an_ill_is_no_time_moved(phrase: str) -> None:
    assert read_days(phrase, "2026-01-10") == ("date", "2026-03-15", "2026-03-15")


@pytest.mark.parametrize(
    "phrase",
    [
        "đến hết năm 2030, đẩy lùi thời hạn",
        "Hội nghị ngày 15/3/2026 bị đẩy lùi",
        "Hội nghị ngày 15/3/2026 bị đẩy lùi do mưa",
        "Hội nghị ngày 15/3/2026 đẩy lùi một tuần",
        "Hội nghị ngày 15/3/2026 đẩy lùi tiến độ",
        "Hội nghị ngày 15/3/2026 đã được đẩy lùi",
        "trước ngày 15/3/2026 đẩy lùi hội nghị",  # an event pushed back
        "trước ngày 15/3/2026 đẩy lùi ma túy, lùi hội nghị",  # a move beside it
        "đến hết năm 2030 nếu đẩy lùi ma túy",  # a condition
        "Hội nghị ngày 15/3/2026 được đẩy lùi ma túy",  # passive: what was pushed is the day
    ],
)
def test_a_time_pushed_back_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-10"))


def test_a_time_pushed_back_to_a_new_one_reads_the_new_one() -> None:
    # pushed back to April: the new time (as "lùi sang tháng 4" reads), never 15/03
    assert read_days("Hội nghị ngày 15/3/2026 đẩy lùi sang tháng 4", "2026-01-10") == (
        "window",
        "2026-04-01",
        "2026-04-30",
    )


# --- "khóa tu", a retreat --------------------------------------------------------------------


def test_a_retreat_named_after_the_time_is_no_from() -> None:
    phrase = "khóa tu mùa hè trước ngày 5/3/2026 cho các bạn trẻ, khóa tu “Yên Tử” tại chùa"
    assert read_days(phrase, "2026-01-10") == ("date", "2026-03-05", "2026-03-05")


def test_a_retreat_before_a_time_is_no_start_guessed() -> None:
    # "khóa tu ngày 5/3/2026" may be "khóa từ ngày 5/3/2026" (a course from) or a retreat
    # held that day: the two are different kinds of time, so no start is guessed (session
    # 54, helper guards54: `lostglyph._refuse_retreat_read_as_from`)
    assert "khóa tu" in refused("mở khóa tu ngày 5/3/2026", ctx("2026-01-10"))
