"""Forms tuned on the l- and m- sets (branch tune-l): the words BEFORE the day in a sentence.
Each rule is tested on the real phrases that motivated it (their documents cited) and on
near variants that must stay refused or read differently (never a silent wrong date)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


def _one(phrase: str, issued: str | None = None) -> tuple[object, ...]:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    return reading.kind, str(reading.first), str(reading.last)


# --- a narrative frame opening the sentence --------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "kind", "first", "last"),
    [
        # Báo An Giang, 2021 (the HĐND's first session): "accordingly", quoting the notice
        ("Theo đó, kỳ họp sẽ khai mạc lúc 7 giờ 30 phút, ngày 30-6, tại Hội trường UBND tỉnh",
         "2021-06-23", D, "2021-06-30", "2021-06-30"),
        # SGGP, 2025 (TP.HCM's school year)
        ("Theo đó, tất cả bậc học đều đồng loạt khai giảng vào ngày 5-9-2025.", "2025-08-14", D,
         "2025-09-05", "2025-09-05"),
        # Báo Mới, 2011 (Festival Hoa Đà Lạt): the frame before a count and its range
        ("Theo đó, Festival Hoa Đà Lạt sẽ diễn ra trong 6 ngày (từ ngày 30-12-2011 đến "
         "4-1-2012).", None, W, "2011-12-30", "2012-01-04"),
        # Đại biểu Nhân dân, 2023: "as foreseen" (the Quốc hội's sixth session)
        ("Theo dự kiến, Kỳ họp thứ Sáu, Quốc hội Khóa XV diễn ra từ ngày 23.10 đến ngày "
         "28.11.2023", "2023-10-22", W, "2023-10-23", "2023-11-28"),
        # KH 5096/KH-UBND of UBND tỉnh Bến Tre (2021), as the press quotes it
        ("Theo đó, ngày tựu trường của giáo dục mầm non, giáo dục phổ thông, giáo dục thường "
         "xuyên trên địa bàn tỉnh là ngày 9/9/2021", "2021-08-26", D, "2021-09-09", "2021-09-09"),
        # Báo Cần Thơ, 2011: the ground of the sentence, cited before the step
        ("Căn cứ Chương trình công tác toàn khóa của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí "
         "Minh, Đại hội Đoàn toàn quốc lần thứ X dự kiến tổ chức vào cuối tháng 12-2012.",
         "2011-04-23", W, "2012-12-21", "2012-12-31"),
    ],
)  # fmt: skip
def test_a_narrative_frame_names_no_time(
    phrase: str, issued: str | None, kind: DeadlineKind, first: str, last: str
) -> None:
    assert _one(phrase, issued) == (kind, first, last)


def test_earlier_opens_a_sentence_as_a_frame() -> None:
    """ "Trước đó," (earlier: when the news happened) opens the sentence; the day is read."""
    assert _one("Trước đó, kỳ họp được triệu tập vào ngày 10-4", "2020-03-31") == (
        D,
        "2020-04-10",
        "2020-04-10",
    )


def test_the_words_after_the_frame_keep_their_meaning() -> None:
    """After the frame, "sớm nhất" still makes the day a start bound, not a deadline."""
    (reading,) = parse_deadlines("Theo đó, kỳ họp khai mạc sớm nhất ngày 30/6/2027", ctx())
    assert (str(reading.earliest), reading.last) == ("2027-06-30", None)


@pytest.mark.parametrize(
    "phrase",
    [
        "Theo đó kỳ họp khai mạc ngày 30/6/2027",  # no comma: "theo" may govern the day
        "Trước đó 3 ngày, kỳ họp khai mạc ngày 30/6/2027",  # a count before the frame's comma
        "Trước đó, sau ngày 30/6/2027",  # the deadline's own words stay checked
        "Căn cứ kế hoạch hằng năm, kỳ họp khai mạc ngày 30/6/2027",  # the ground's words checked
        "Căn cứ kỳ họp ngày 30/6/2027",  # no comma closes the ground
        "Theo quy định, trước ngày 15/12/2027",  # "theo quy định" is no frame (tune-k)
        "Kỳ họp, theo đó, khai mạc ngày 30/6/2027",  # a frame only where it opens the sentence
    ],
)
def test_the_frame_words_elsewhere_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2027-01-05"))


# --- the number or letter of a list item opening the phrase ----------------------------------


@pytest.mark.parametrize("marker", ["(2) ", "2. ", "2) ", "b) ", "(b) ", "- 3. ", "12. "])
def test_a_list_items_number_is_no_time(marker: str) -> None:
    """Kết luận 163-KL/TW (2025) numbers its tasks "(2) …"; Thông tư 16/2018/TT-BCT its
    points "b) …"; Sở GD&ĐT Bình Dương (TB 143/2012) its sections "1. …"."""
    (reading,) = parse_deadlines(
        f"{marker}Tổ chức đại hội đảng bộ cấp cơ sở, hoàn thành trước ngày 30/6/2025", ctx()
    )
    assert (str(reading.last), reading.label) == ("2025-06-30", "Tổ chức đại hội đảng bộ cấp cơ sở")


@pytest.mark.parametrize(
    "phrase",
    [
        "1.2. Tổ chức đại hội, hoàn thành trước ngày 30/6/2025",  # "1.2" may be 1 February
        "15. tháng 3/2025",  # a damaged "15 tháng 3"?
        "15. Tháng 3/2025",
        "Tổ chức đại hội (2) trước ngày 30/6/2025",  # a number inside the step stays refused
        "Tổ chức 2. đại hội trước ngày 30/6/2025",
    ],
)
def test_numbers_that_may_be_days_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-06-06"))


# --- the manner of a step inside its clause ("theo đúng quy định, …") ------------------------


def test_the_manner_of_a_step_moves_no_day() -> None:
    """Kết luận 163-KL/TW (2025), task (2), and the same task without its number."""
    for phrase in (
        "(2) Tập trung chỉ đạo việc tổ chức đại hội đảng bộ cấp cơ sở theo đúng quy định, hướng "
        "dẫn của Trung ương, bảo đảm chất lượng đại hội, hoàn thành trước ngày 30/6/2025",
        "Các cấp uỷ, tổ chức đảng trực thuộc Trung ương tập trung chỉ đạo việc tổ chức đại hội "
        "đảng bộ cấp cơ sở theo đúng quy định, hướng dẫn của Trung ương, bảo đảm chất lượng đại "
        "hội, hoàn thành trước ngày 30/6/2025",
    ):
        assert _one(phrase, "2025-06-06") == (D, "2025-06-30", "2025-06-30")


@pytest.mark.parametrize(
    "phrase",
    [
        "Theo quy định, trước ngày 15/12/2027",  # opening: the rule's own day?
        "nộp báo cáo theo quy định trước ngày 15/12/2027",  # right before the time
        "nộp báo cáo theo quy định hằng năm, trước ngày 15/12/2027",  # its words still checked
        "nộp báo cáo theo lịch, trước ngày 15/12/2027",  # "theo lịch": a schedule, a time
        "nộp báo cáo theo kế hoạch năm 2028, trước ngày 15/12/2027",
    ],
)
def test_theo_elsewhere_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2027-01-05"))
