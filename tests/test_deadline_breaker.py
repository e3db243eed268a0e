"""Misreads found by trying to make kehoach read a Vietnamese deadline phrase as a wrong day
with exit 0 (issue 11, §1): each was read silently as another day; each is refused now with
a reason a clerk can act on (last_day / first_day), and its neighbours still read right."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clirun import kehoach
from deadline_forms import refused
from kehoach.dates.deadline import Context, DeadlineError, parse_deadline, parse_deadlines
from kehoach.review.importer import ImportFailed, read_draft
from kehoach.review.tables import read_document

PLAN = Context(issued=date(2027, 1, 15))


def _days(phrase: str, context: Context = PLAN) -> list[tuple[date | None, date | None]]:
    return [(d.first, d.last) for d in parse_deadlines(phrase, context)]


# A day inside a period named before it: read as the whole period (its last day the
# deadline), 30 days late for "ngày đầu tiên của tháng 3/2027" (01/03/2027, read 31/03).
@pytest.mark.parametrize(
    "phrase",
    [
        "ngày đầu tiên của tháng 3/2027",
        "ngày đầu tiên của tháng 3",
        "ngày đầu tiên tháng 3/2027",
        "ngày đầu tiên trong tháng 3/2027",
        "ngày thứ nhất của tháng 3/2027",
        "ngày thứ 10 của tháng 3/2027",
        "ngày thứ 10 trong tháng 3/2027",
        "ngày thứ hai của tháng 3/2027",
        "ngày đầu tiên của quý II/2027",
        "ngày làm việc đầu tiên của tháng 3/2027",
        "ngày làm việc cuối cùng tháng 2/2027",  # 28/02/2027 is a Sunday
        "ngày làm việc cuối tháng 2/2027",
        "thứ Hai đầu tiên của tháng 3/2027",
        "thứ 2 đầu tiên của tháng 3/2027",
        "thứ Sáu cuối tháng 3/2027",  # the last Friday is 26/03, read 21–31/03
        "thứ Sáu cuối cùng của tháng 3/2027",
    ],
)
def test_a_day_inside_a_period_is_not_the_period(phrase: str) -> None:
    assert "một ngày trong kỳ" in refused(phrase, PLAN)


# Recurring: "thứ Hai hằng tuần" was due each Sunday (BYDAY=SU), the last working day of
# the month its last calendar day, the 5th working day the 5th. Since tune-ij "thứ Hai hằng
# tuần" reads as its weekday (BYDAY=MO, tests/test_deadline_forms_ij.py); since tune-v a part
# of the day before it ("sáng thứ 7 hằng tuần", set v-) reads too, kept as the qualifier as
# "sáng ngày 13/10" keeps it (tests/test_deadline_forms_v.py); a word that only folds to one
# ("tới", until; "sang", to) is refused.
# ("thứ Sáu cuối cùng hằng tháng", refused here before, reads as the month's last Friday since
# tune-carry, FREQ=MONTHLY;BYDAY=-1FR: tests/test_deadline_forms_carry.py)
@pytest.mark.parametrize(
    "phrase",
    [
        "ngày làm việc cuối cùng hằng tháng",
    ],
)
def test_a_weekday_or_working_day_before_a_cadence_is_refused(phrase: str) -> None:
    assert "một ngày trong kỳ" in refused(phrase, PLAN)


@pytest.mark.parametrize(
    ("phrase", "rrule", "part"),
    [
        ("sáng thứ Hai hằng tuần", "FREQ=WEEKLY;BYDAY=MO", "buổi sáng"),
        ("chiều thứ Sáu hằng tuần", "FREQ=WEEKLY;BYDAY=FR", "buổi chiều"),
    ],
)
def test_a_part_of_the_day_before_a_weekly_weekday_is_its_qualifier(
    phrase: str, rrule: str, part: str
) -> None:
    (reading,) = parse_deadlines(phrase, PLAN)
    assert (reading.rrule, reading.qualifier) == (rrule, part)


@pytest.mark.parametrize("phrase", ["tới thứ Hai hằng tuần", "toi thu Sau hang tuan"])
def test_a_word_folding_to_a_part_of_the_day_before_a_weekday_is_refused(phrase: str) -> None:
    refused(phrase, PLAN)


def test_the_fifth_working_day_is_not_the_fifth() -> None:
    """Was FREQ=MONTHLY;BYMONTHDAY=5 with the label "ngày làm việc thứ"."""
    refused("ngày làm việc thứ 5 hằng tháng", PLAN)


# Numbers spelled out count days inside the period: "mười lăm ngày đầu tháng 3" is 1–15/3,
# read as "đầu tháng" (1–10/3) with the count left in the label.
@pytest.mark.parametrize(
    "phrase",
    [
        "mười lăm ngày đầu tháng 3/2027",
        "hai mươi ngày đầu tháng 3/2027",
        "ba ngày cuối tháng 3/2027",
        "trong mười lăm ngày cuối năm 2027",
        "mười lăm ngày trong tháng 3/2027",
        "vài ngày đầu tháng 3/2027",
    ],
)
def test_a_count_in_words_before_a_period_is_refused(phrase: str) -> None:
    assert "đếm một số ngày" in refused(phrase, PLAN)


# Another calendar or a start, in the words after the day: "ngày 15/8 âm lịch" was 15/08
# (solar) with the label "âm lịch"; "ngày 15/3 trở đi" a deadline of 15/03.
@pytest.mark.parametrize(
    "phrase",
    [
        "ngày 15/8 âm lịch",
        "ngày 15/8 ÂL",
        "ngày 14/12 âl",  # Lai Vung (Đồng Tháp) 2023: "(14 tháng Chạp âl)"
        "ngày 15/1 AL năm 2028",
        "ngày 15/3 năm 2028 âm lịch",
        "ngày 15/3 lịch âm",
        "ngày 15/3 trở đi",
        "ngày 15/3 trở lại đây",
        "ngày 15/3/2027 thứ Ba",  # a Monday
        "Quyết định này có hiệu lực kể từ ngày ký năm 2031",
    ],
)
def test_words_after_a_day_that_change_it_are_refused(phrase: str) -> None:
    refused(phrase, PLAN)


def test_a_moved_deadline_is_not_two_deadlines() -> None:
    """ "…, gia hạn đến 20/3/2027": the deadline was extended; 15/3 is no longer owed."""
    refused("trước ngày 15/3/2027, gia hạn đến 20/3/2027", PLAN)
    assert "đã đổi" in refused("Thời gian (cũ): Từ ngày 05 đến ngày 07/01/2019", PLAN)


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        # a weekday or an ordinal naming a dated day is checked against it, not refused
        ("vào thứ Hai, ngày 15/3/2027", [(date(2027, 3, 15), date(2027, 3, 15))]),
        ("Chủ nhật, ngày 14/3/2027", [(date(2027, 3, 14), date(2027, 3, 14))]),
        ("vào ngày điều tra đầu tiên (ngày 01/04/2027)", [(date(2027, 4, 1), date(2027, 4, 1))]),
        # the period's last day is the deadline it is read as: that one day since tune-rest
        # (`refusals.one_day_of_a_part`), not the month or its last third
        ("ngày cuối cùng của tháng 2/2028", [(date(2028, 2, 29), date(2028, 2, 29))]),
        ("ngày cuối tháng 3/2027", [(date(2027, 3, 31), date(2027, 3, 31))]),
        # a lunar gloss beside the solar days is kept as a gloss, when it is their lunar date
        # (Tết Đinh Mùi is 06/02/2027: 16/2 is the 11th of the first month, refused since
        # tune-ij, tests/test_deadline_forms_ij.py)
        (
            "từ 5/2 đến 9/2/2027 (29 tháng Chạp đến mùng 4 tháng Giêng)",
            [(date(2027, 2, 5), date(2027, 2, 9))],
        ),
        ("Điều 5 Khoản 2 trước ngày 10/3/2027", [(date(2027, 3, 10), date(2027, 3, 10))]),
        (
            "trình kỳ họp thứ 5, HĐND tỉnh khóa IX vào tháng 7/2027",
            [(date(2027, 7, 1), date(2027, 7, 31))],
        ),
    ],
)
def test_neighbours_still_read(phrase: str, days: list[tuple[date, date]]) -> None:
    assert _days(phrase) == days


def test_a_weekday_cadence_with_its_day_still_reads() -> None:
    (rule,) = parse_deadlines("hằng tuần, vào thứ Sáu", PLAN)
    assert rule.rrule == "FREQ=WEEKLY;BYDAY=FR"


def test_a_year_right_after_the_day_is_its_own() -> None:
    """ "ngày 15/1 năm 2028" was 15/01/2027 (the plan's year) with a step named "năm 2028"."""
    assert _days("ngày 15/1 năm 2028") == [(date(2028, 1, 15), date(2028, 1, 15))]
    refused("ngày 15/3 năm 2027 và 2028", PLAN)
    assert "năm 2028" in refused(
        "ngày 15/1 xyz năm 2028", PLAN
    )  # was 15/01/2027, step "xyz năm 2028"
    assert _days("Ngày 23/7 là hạn cuối xét tuyển đại học năm 2027") == [
        (date(2027, 7, 23), date(2027, 7, 23))
    ]


def test_an_unquoted_comma_in_a_pasted_row_is_refused_not_cut() -> None:
    """ "Tháng 6,7,8/2027" unquoted in comma-separated text was imported as "Tháng 6" (due
    30/06 instead of 31/08), the rest of the cell dropped."""
    text = "TT,Nội dung,Cơ quan chủ trì,Thời hạn\n1,Việc một,Sở Nội vụ,Tháng 6,7,8/2027\n"
    with pytest.raises(ImportFailed, match="nhiều ô hơn dòng tiêu đề"):
        read_draft(read_document(text.encode(), "bang.csv"), None, date(2027, 1, 15))
    quoted = text.replace("Tháng 6,7,8/2027", '"Tháng 6,7,8/2027"')
    draft = read_draft(read_document(quoted.encode(), "bang.csv"), None, date(2027, 1, 15))
    assert [row.phrases for row in draft.rows] == [["Tháng 6,7,8/2027"]]


def test_a_byte_order_mark_before_the_first_phrase_is_not_read_as_text() -> None:
    """A file saved by Notepad starts with U+FEFF: its first phrase was refused with a reason
    about "trước", which the clerk could not see was wrong."""
    result = kehoach(
        "deadline",
        "-",
        "--format",
        "json",
        "--issued",
        "15/01/2027",
        stdin="\ufeffTrước ngày 15/3/2027\r\nQuý II/2027\r\n",
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["phrase"], r["last"]) for r in rows] == [
        ("Trước ngày 15/3/2027", "2027-03-15"),
        ("Quý II/2027", "2027-06-30"),
    ]
    assert result.returncode == 0


@pytest.mark.parametrize(
    "phrase",
    [
        "Trình kỳ họp thứ 10 (tháng 12/2027)",  # was 10/12/2027, label "Trình kỳ họp thứ"
        "lần 2 (tháng 12/2027)",  # was 02/12/2027
        "Đợt 2 (tháng 12/2027)",
        "lớp 10 (tháng 9/2027)",
        "Mục 5 (tháng 5/2027)",
        "TT 10 (tháng 12/2027)",
    ],
)
def test_the_number_of_a_step_is_not_a_day(phrase: str) -> None:
    assert "số thứ tự" in refused(phrase, PLAN)


def test_a_numbered_step_before_its_period_still_reads() -> None:
    assert _days("Kỳ họp thứ 10, tháng 12/2027") == [(date(2027, 12, 1), date(2027, 12, 31))]
    assert _days("Điều 15 ngày 20/3/2027") == [(date(2027, 3, 20), date(2027, 3, 20))]


def test_up_to_a_bare_period_with_toi_is_refused_as_with_den() -> None:
    """ "tới tháng 3/2027" was March (due 31/03); ruling 56(a) reads "đến tháng 3/2027" through
    its last day, never "tới" (refused, as "đến" was before the ruling)."""
    assert "tới" in refused("tới tháng 3/2027", PLAN)
    assert "tới" in refused("tới quý II/2027", PLAN)
    assert _days("tới hết tháng 3/2027") == [(date(2027, 3, 31), date(2027, 3, 31))]
    assert _days("tới 15/3/2027") == [(date(2027, 3, 15), date(2027, 3, 15))]


def test_a_refusal_quotes_the_words_as_printed() -> None:
    """The reason quoted the folded words ("buoi", "dinh ky"): diacritics are never mangled."""
    # ("buổi tối 15/3/2027", the evening of that day, reads since tune-k: qualifier "buổi tối")
    assert "“buổi”" in refused("buổi cuối 15/3/2027", PLAN)
    assert "“Định kỳ”" in refused("Định kỳ báo cáo trước ngày 15/3/2027", PLAN)


@pytest.mark.parametrize(
    "phrase",
    [
        "Tháng 12 và tháng 1/2028",  # was December 2028 and January 2028
        "ngày 30/12 và 2/1/2028",  # was 30/12/2028 and 02/01/2028
        "quý IV và quý I/2028",
        "tháng 9 và tháng 3/2028",
    ],
)
def test_a_year_written_once_at_the_end_does_not_put_an_earlier_part_after_it(
    phrase: str,
) -> None:
    refused(phrase, Context(issued=date(2027, 6, 15)))


def test_parts_in_order_still_share_the_year_written_at_the_end() -> None:
    june = Context(issued=date(2027, 6, 15))
    assert _days("tháng 11 và quý IV năm 2027", june) == [
        (date(2027, 11, 1), date(2027, 11, 30)),
        (date(2027, 10, 1), date(2027, 12, 31)),
    ]
    assert _days("Tháng 12/2027 và tháng 1/2028", june) == [
        (date(2027, 12, 1), date(2027, 12, 31)),
        (date(2028, 1, 1), date(2028, 1, 31)),
    ]


@pytest.mark.parametrize(
    ("phrase", "context"),
    [
        ("từ 20/3 đến 15/3/2027", PLAN),  # was 20/03/2026 – 15/03/2027
        ("từ tháng 5 đến tháng 3/2028", Context(issued=date(2027, 8, 15))),
        ("bắt đầu từ ngày 20/3, hoàn thành trước ngày 15/3/2028", PLAN),
    ],
)
def test_reversed_days_are_not_a_window_from_the_year_before(phrase: str, context: Context) -> None:
    refused(phrase, context)


def test_a_window_across_the_new_year_still_reads() -> None:
    august = Context(issued=date(2027, 8, 15))
    assert _days("Từ ngày 20/12 đến ngày 10/01/2028", august) == [
        (date(2027, 12, 20), date(2028, 1, 10))
    ]
    assert _days("Từ 5/9 đến 31/5/2028", august) == [(date(2027, 9, 5), date(2028, 5, 31))]
    assert _days("từ ngày 8/9, hoàn thành trước ngày 10/1/2028", august) == [
        (date(2027, 9, 8), date(2028, 1, 10))
    ]


STRICT = Context(issued=date(2027, 1, 15), strict_before=True)


def test_strict_before_keeps_the_day_when_an_hour_is_given() -> None:
    """ "trước 17 giờ ngày 15/3/2027" was 14/03 at 17:00 under `before = "strict"`."""
    (reading,) = parse_deadlines("trước 17 giờ ngày 15/3/2027", STRICT)
    assert (reading.last, reading.time) == (date(2027, 3, 15), "17:00")
    assert _days("Trước ngày 01/3/2027", STRICT) == [(date(2027, 2, 28), date(2027, 2, 28))]


def test_strict_before_with_one_truoc_for_two_days_is_refused() -> None:
    """Was 14/03 and 20/03: the one "trước" applied to the first day only."""
    assert "một chữ “trước”" in refused("Trước ngày 15/3 và 20/3/2027", STRICT)
    assert _days("trước ngày 15/3/2027 và trước ngày 20/3/2027", STRICT) == [
        (date(2027, 3, 14), date(2027, 3, 14)),
        (date(2027, 3, 19), date(2027, 3, 19)),
    ]


def test_strict_before_ends_a_window_before_its_day() -> None:
    """ "đến trước ngày 15/3" was read "đến hết 15/03" under `before = "strict"`."""
    assert _days("từ ngày 10/3 đến trước ngày 15/3/2027", STRICT) == [
        (date(2027, 3, 10), date(2027, 3, 14))
    ]
    assert _days("từ ngày 10/3 đến trước ngày 15/3/2027") == [
        (date(2027, 3, 10), date(2027, 3, 15))
    ]


def test_tuc_restating_another_day_is_refused_not_read_as_two() -> None:
    """ "ngày 15/3/2027, tức ngày 20/3/2027" was two deadlines, 15/03 and 20/03."""
    refused("ngày 15/3/2027, tức ngày 20/3/2027", PLAN)
    refused("vào ngày 14/3, tức là ngày 20/3", PLAN)
    assert _days("vào ngày 14/3, tức ngày 14/3/2027") == [(date(2027, 3, 14), date(2027, 3, 14))]
    assert _days("ngày 15/3/2027, tức ngày 15/3/2027") == [(date(2027, 3, 15), date(2027, 3, 15))]


@pytest.mark.parametrize(
    ("header", "phrase"),
    [
        ("Thời gian thực hiện (âm lịch)", "ngày 15/8"),  # was the solar 15/08/2027
        ("Thời gian thực hiện (âm lịch)", "Trước ngày 10/3/2027"),
        ("Thời hạn (năm 2028)", "Tháng 3"),  # was March 2027, the plan's year
        ("Thời hạn (năm 2028)", "15/3"),
        ("Thời hạn (năm 2028)", "Tháng 3/2027"),
        ("Thời gian thực hiện (2026 - 2030)", "Năm 2031"),
    ],
)
def test_a_column_header_naming_the_calendar_or_the_year_is_heeded(
    header: str, phrase: str
) -> None:
    refused(phrase, Context(issued=date(2027, 1, 15), header=header))


def test_cells_that_agree_with_their_header_still_read() -> None:
    def read(header: str, phrase: str) -> list[tuple[date | None, date | None]]:
        return _days(phrase, Context(issued=date(2027, 1, 15), header=header))

    assert read("Thời hạn (năm 2028)", "Tháng 3/2028") == [(date(2028, 3, 1), date(2028, 3, 31))]
    assert read("Thời gian thực hiện (2026-2030)", "Quý I/2027") == [
        (date(2027, 1, 1), date(2027, 3, 31))
    ]
    assert read("Thời gian hoàn thành", "Quý I") == [(date(2027, 1, 1), date(2027, 3, 31))]


def test_import_keeps_a_header_naming_the_year_beside_the_cells_it_changes() -> None:
    """The header was dropped and "Tháng 3" read in the plan's year, 0 phrases unread."""
    text = "TT\tNội dung\tCơ quan chủ trì\tThời hạn (năm 2028)\n1\tViệc\tSở Nội vụ\tTháng 3\n"
    draft = read_draft(read_document(text.encode(), "bang.tsv"), None, date(2027, 1, 15))
    assert [row.header for row in draft.rows] == ["Thời hạn (năm 2028)"]
    assert [(number, phrase) for number, phrase, _ in draft.unread] == [("1", "Tháng 3")]


def test_24_hours_is_refused_in_the_words_printed_with_its_way_out() -> None:
    """The reason read "không có giờ 24 gio": folded, and no hint that it means the day's end.
    ("trước 24 giờ ngày 15/3/2027" now reads as the 15th, as "đến 24h ngày D": fixesb; "sau
    24 giờ ngày D", no end word before it, is still refused.)"""
    why = refused("sau 24 giờ ngày 15/3/2027", PLAN)
    assert "“24 giờ”" in why
    assert "last_day" in why


def test_a_parenthesis_taken_for_a_spelled_number_is_quoted_as_printed() -> None:
    """ "(năm sau)" (next year) was reported as "số viết bằng chữ (nam sau)": folded."""
    assert "“(năm sau)”" in refused("Quý I/2028 (năm sau)", PLAN)


def test_before_midnight_starting_a_day_is_not_that_day() -> None:
    """ "trước 0h ngày 16/3/2027" was due on 16/03 (at 00:00): done on the 16th is late."""
    assert "last_day" in refused("trước 0h ngày 16/3/2027", PLAN)
    refused("chậm nhất 0 giờ ngày 16/3/2027", PLAN)
    (census,) = parse_deadlines("0 giờ ngày 16/3/2027", PLAN)  # a moment, as censuses say
    assert (census.last, census.time) == (date(2027, 3, 16), "00:00")
    refused("ngày đầu của tháng 3/2027", PLAN)


def test_words_left_after_the_day_are_quoted_as_printed() -> None:
    """ "(*)" was quoted as "( )": a footnote mark the clerk could not find in the text."""
    assert "“(*)”" in refused("Trước ngày 15/03/2027 (*)", PLAN)


def test_a_period_of_months_from_a_months_last_day_ends_on_the_last_day_of_its_month() -> None:
    """A month from 31/01 ends 28/02 (BLDS 2015, Điều 148.3): the check took 27/02 for right
    and refused 28/02."""
    assert _days("Thực hiện trong 1 tháng, bắt đầu từ ngày 31/1/2027; kết thúc vào 28/2/2027") == [
        (date(2027, 1, 31), date(2027, 2, 28))
    ]
    refused("Thực hiện trong 1 tháng, bắt đầu từ ngày 31/1/2027; kết thúc vào 27/2/2027", PLAN)
    assert _days("Thực hiện trong 1 năm, bắt đầu từ ngày 29/2/2028; kết thúc vào 28/2/2029") == [
        (date(2028, 2, 29), date(2029, 2, 28))
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "som nhat la ngay 18/9",  # issue 11's own example, typed bare: was a deadline of 18/09
        "som nhat ngay 15/3/2027",
        "khong som hon ngay 15/3/2027",
    ],
)
def test_a_start_bound_typed_without_diacritics_is_no_deadline(phrase: str) -> None:
    (reading,) = parse_deadlines(phrase, PLAN)
    assert (reading.first, reading.last) == (None, None)
    assert reading.earliest is not None


@pytest.mark.parametrize(
    "phrase",
    [
        "khong truoc ngay 15/3/2027",  # was a deadline of 15/03, label "khong"
        "khong muon hon ngay 15/3/2027",
        "muoi lam ngay dau thang 3/2027",  # was 01–10/03
        "Trinh ky hop thu 10 (thang 12/2027)",  # was 10/12/2027
        "lan 2 (thang 12/2027)",
    ],
)
def test_words_of_time_typed_without_diacritics_are_refused(phrase: str) -> None:
    refused(phrase, PLAN)


def test_plain_labels_typed_without_diacritics_still_read() -> None:
    assert _days("Tham muu UBND tinh truoc ngay 05/7/2027") == [
        (date(2027, 7, 5), date(2027, 7, 5))
    ]
    assert _days("So Noi vu chu tri, truoc ngay 15/3/2027") == [
        (date(2027, 3, 15), date(2027, 3, 15))
    ]


def test_a_counted_window_from_a_months_last_day_ends_on_its_months_last_day() -> None:
    """ "là 1 tháng, bắt đầu từ ngày 31/01/2027" ended 27/02 (tune's new form): 28/02."""
    assert _days("Thời gian thu thập là 1 tháng, bắt đầu từ ngày 31/01/2027") == [
        (date(2027, 1, 31), date(2027, 2, 28))
    ]
    assert _days("Thời gian thu thập thông tin là 25 ngày, bắt đầu từ ngày 01/04/2027") == [
        (date(2027, 4, 1), date(2027, 4, 25))
    ]


@pytest.mark.parametrize(
    "phrase",
    ["16/3/2027, Thứ Hai", "Chậm nhất ngày 2/5, thứ Hai", "trước ngày 2/5, dời lại"],
)
def test_a_clause_after_the_day_that_changes_it_is_refused(phrase: str) -> None:
    """Tune's clause after a day read these as the day, labelled "Thứ Hai" (a Tuesday, a
    Sunday) or "dời lại" (moved)."""
    refused(phrase, PLAN)


@pytest.mark.parametrize(
    "phrase",
    [
        "ngay 10/3 nam Dinh Mui",  # a lunar year by its name: was 10/03/2027
        "ngày 14/12 năm Nhâm Dần",
        "Thoi gian (cu): Tu ngay 05 den ngay 07/01/2027",  # the superseded schedule
        "hang nam vao quy I va quy III",  # was yearly on 31/12
        "ngay 15/3 nam toi",
        "quy dau tien cua nam 2027",  # was the whole year
        "nam dau tien cua giai doan 2026-2030",  # was the whole span
        "nam ngay dau thang 3/2027",  # five days: was 01–10/03
        "may ngay cuoi thang 3/2027",
        "muoi lam ngay trong thang 3/2027",  # was all of March
    ],
)
def test_what_the_accented_phrase_refuses_is_refused_typed_bare(phrase: str) -> None:
    refused(phrase, PLAN)


def test_a_lower_case_term_is_no_lunar_year() -> None:
    """ "05 năm kỳ đầu" folds like "Kỷ Dậu": only a capitalised pair names a lunar year."""
    assert _days("kế hoạch sử dụng đất 05 năm kỳ đầu (2011 - 2015)") == [
        (date(2011, 1, 1), date(2015, 12, 31))
    ]


def test_a_cadence_after_the_day_typed_bare_is_still_a_cadence() -> None:
    """ "Cham nhat ngay 2/5, hang nam" was 02/05/2027 once: "hang nam" taken for a step."""
    (rule,) = parse_deadlines("Cham nhat ngay 2/5, hang nam", PLAN)
    assert rule.rrule == "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=2"


def test_a_count_in_words_before_one_dated_day_is_refused() -> None:
    """ "tổ chức vào ba ngày 03 tháng 7" was the one day 03/07: three days were said."""
    refused("tổ chức vào ba ngày 03 tháng 7 năm 2027", PLAN)
    assert _days("vào thứ hai, ngày 15-3-2027") == [(date(2027, 3, 15), date(2027, 3, 15))]


def test_refusals_of_a_rule_name_no_year_and_no_folded_word() -> None:
    """ "hằng năm, trước ngày 30/02" named the year 2000; a report's cadence was quoted
    folded ("hang quy")."""
    why = refused("hằng năm, trước ngày 30/02", PLAN)
    assert "2000" not in why
    assert "30/02" in why
    assert "“hằng quý”" in refused("Báo cáo quý gửi trước ngày 05/3", PLAN)
    assert "“3 tháng”" in refused("Báo cáo 3 tháng gửi trước ngày 15/3", PLAN)


def test_a_day_that_ends_before_it_starts_is_refused() -> None:
    """ "từ 17 giờ ngày 1/4 đến 7 giờ ngày 1/4" was a window of 01/04, 17:00 to 07:00."""
    refused("từ 17 giờ ngày 1/4/2027 đến 7 giờ ngày 1/4/2027", PLAN)
    (day,) = parse_deadlines("từ 7 giờ ngày 1/4/2027 đến 17 giờ ngày 1/4/2027", PLAN)
    assert (day.last, day.time) == (date(2027, 4, 1), "17:00")


def test_a_cadence_before_tuc_is_not_dropped() -> None:
    """ "tổchức sơ kết hằng năm tức ngày 20/3" was the one day 20/03, "hằng năm" a gloss."""
    assert "kỳ lặp lại" in refused("tổ chức sơ kết hằng năm tức ngày 20/3", PLAN)
    readings = parse_deadlines("tổ chức sơ kết hằng năm, tức ngày 20/3", PLAN)
    assert [r.rrule for r in readings] == ["FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=20"]


def test_a_weekday_closing_a_step_is_refused_an_ordinal_is_not() -> None:
    refused("Định kỳ hàng quý báo cáo tình hình thực hiện dự án đầu tư thứ Hai", PLAN)
    refused("Giai đoạn 2021-2025, toàn tỉnh, dời lại", PLAN)
    assert _days("Đại hội lần thứ Hai trong tháng 10/2027") == [
        (date(2027, 10, 1), date(2027, 10, 31))
    ]


def test_a_refused_word_after_the_day_says_why() -> None:
    """ "ngày 15/8 âm lịch" was refused as "không nhận ra thời hạn", not as lunar."""
    assert "âm lịch" in refused("ngày 15/8 âm lịch", PLAN)
    assert "mốc bắt đầu" in refused("ngày 15/3 trở đi", PLAN)


# --- third session ------------------------------------------------------------------------


# An estimate or a bound on either side of the time part: each was read as the deadline
# itself ("độ 15/3", about 15/3, was 15/03; "hơn 45 ngày trước ngày bầu cử", more than 45
# days before, was 45 days before; "ngoài tháng 3/2027", outside March, was March).
@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("độ 15/3", "ước lượng"),  # as "khoảng 15/3" is refused
        ("độ cuối tháng 3/2027", "ước lượng"),  # was 21–31/03, "độ" dropped as filler
        ("tầm cuối tháng 3/2027", "ước lượng"),  # was 21–31/03, label "tầm"
        ("độ 45 ngày trước ngày bầu cử", "ước lượng"),
        ("gần 45 ngày trước ngày bầu cử", "ước lượng"),
        ("hơn 45 ngày trước ngày bầu cử", "so sánh"),
        ("trên 30 ngày kể từ ngày ký", "so sánh"),
        ("quá 30 ngày kể từ ngày ký", "so sánh"),  # past 30 days: lateness, not the deadline
        ("ngoài 30 ngày kể từ ngày ký", "nằm ngoài"),
        ("ngoài tháng 3/2027", "nằm ngoài"),
        ("qua tháng 3/2027", "nằm ngoài"),  # past March: after it
        ("do 15/3", "ước lượng"),  # typed bare, nothing else: "độ" all the same
    ],
)
def test_an_estimate_or_a_comparison_before_the_time_is_refused(phrase: str, said: str) -> None:
    assert said in refused(phrase, PLAN)


def test_compounds_ending_in_an_estimate_word_still_read() -> None:
    """ "tiến độ" (schedule), "thông qua" (adopt) end in "độ", "qua": not estimates."""
    assert _days("Tiến độ: 15/3/2027") == [(date(2027, 3, 15), date(2027, 3, 15))]
    (adopted,) = parse_deadlines("Thông qua trước ngày 15/3/2027", PLAN)
    assert (adopted.last, adopted.label) == (date(2027, 3, 15), "Thông qua")
    (late,) = parse_deadlines("khoảng cuối tháng 3/2027", PLAN)  # the documented reading
    assert (late.first, late.qualifier) == (date(2027, 3, 21), "khoảng cuối")


def test_figures_as_of_a_day_are_no_deadline() -> None:
    """ "Số liệu báo cáo tính đến ngày 15/12/2027" was due 15/12/2027 (label "Số liệu báo cáo
    tính"): it is the day the figures run to; the report is sent later (NĐ 09/2019, Điều 12)."""
    assert "chốt số liệu" in refused("Số liệu báo cáo tính đến ngày 15/12/2027", PLAN)
    assert "chốt số liệu" in refused("Tính đến 31/3", PLAN)
    # "có tính đến năm 2030" (taking into account) stays a horizon
    (target,) = parse_deadlines("ĐẾN NĂM 2030, CÓ TÍNH ĐẾN NĂM 2035", PLAN)
    assert target.last == date(2030, 12, 31)


@pytest.mark.parametrize(
    "phrase",
    [
        "chưa tổ chức trước ngày 15/3/2027",  # not before 15/3: was due 15/03
        "cấm trước ngày 15/3/2027",
        "chưa được trước ngày 15/3/2027",
    ],
)
def test_not_before_a_day_is_a_start_not_a_deadline(phrase: str) -> None:
    assert "mốc bắt đầu" in refused(phrase, PLAN)


def test_a_text_ceasing_to_apply_is_not_in_force_from_that_day() -> None:
    """ "hết hiệu lực từ ngày 15/3/2027" (no longer in force from) was read "có hiệu lực từ
    15/03/2027" (ongoing, in force from): now at most a start of its ceasing, and refused
    as a milestone's deadline."""
    for phrase in ("hết hiệu lực từ ngày 15/3/2027", "chấm dứt hiệu lực từ ngày 15/3/2027"):
        (ends,) = parse_deadlines(phrase, PLAN)
        assert (ends.kind.value, ends.earliest) == ("date", date(2027, 3, 15))
        assert not ends.reading.startswith("có hiệu lực")
        with pytest.raises(DeadlineError):
            parse_deadline(phrase, PLAN)
    (starts,) = parse_deadlines("có hiệu lực từ ngày 15/3/2027", PLAN)
    assert (starts.kind.value, starts.earliest) == ("ongoing", date(2027, 3, 15))


def test_a_day_said_to_be_included_is_read_and_checked() -> None:
    """ "trước ngày 15/3/2027 (tính cả ngày 15/3)" was refused as holding "a document number";
    it restates the day read, and is kept as a gloss. Another day, or "không tính", is
    refused saying so, as is "tính cả" under the strict reading of "trước"."""
    (day,) = parse_deadlines("trước ngày 15/3/2027 (tính cả ngày 15/3)", PLAN)
    assert (day.last, day.gloss) == (date(2027, 3, 15), "tính cả ngày 15/3")
    assert "không khớp" in refused("trước ngày 15/3/2027 (tính cả ngày 16/3)", PLAN)
    assert "ngày trước" in refused("trước ngày 15/3/2027 (không tính ngày 15/3)", PLAN)
    strict = Context(issued=date(2027, 1, 15), strict_before=True)
    assert "14/03/2027" in refused("trước ngày 15/3/2027 (tính cả ngày 15/3)", strict)


# A part without a year after one that writes its year took the PLAN's year (issued
# 15/01/2027): "trước ngày 15/3/2028 và 20/3" was 15/03/2028 and 20/03/2027, "Tháng 3/2028 và
# tháng 9" March 2028 and September 2027, "Năm 2028, trước ngày 15/3" 2028 and 15/03/2027,
# "Quý IV/2027 và tháng 1" January 2027 (before the quarter), "bắt đầu từ tháng 4/2026, hoàn
# thành trước ngày 30/6" a window of 15 months to 30/06/2027.
@pytest.mark.parametrize(
    "phrase",
    [
        "trước ngày 15/3/2028 và 20/3",
        "Tháng 3/2028 và tháng 9",
        "Năm 2028, trước ngày 15/3",
        "Quý IV/2027 và tháng 1",
        "Tháng 12/2027 và tháng 1",
    ],
)
def test_a_part_after_a_written_year_does_not_take_the_plans(phrase: str) -> None:
    assert "chỉ ghi ở vế trước" in refused(phrase, PLAN)


def test_parts_that_agree_with_the_plans_year_still_read() -> None:
    assert _days("Tháng 3/2027 và tháng 9") == [
        (date(2027, 3, 1), date(2027, 3, 31)),
        (date(2027, 9, 1), date(2027, 9, 30)),
    ]
    assert _days("Tháng 3 và tháng 9/2027")[0] == (date(2027, 3, 1), date(2027, 3, 31))


# The end of a range without a year took the plan's year though its start wrote one: "từ
# ngày 12/3/2026 đến 30/4" in a plan of 15/01/2027 was 12/03/2026 – 30/04/2027 (14 months);
# so were a start bound and its end in two parts (read in the start's year since tune's
# 259c676: "Bắt đầu từ ngày 16/1/2025, kết thúc vào 24/5").
@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        (
            "bắt đầu từ tháng 4/2026, hoàn thành trước ngày 30/6",
            date(2026, 4, 1),
            date(2026, 6, 30),
        ),
        ("bắt đầu từ ngày 1/4/2026, kết thúc vào 30/6", date(2026, 4, 1), date(2026, 6, 30)),
        ("từ ngày 15/3/2026, đến 30/4", date(2026, 3, 15), date(2026, 4, 30)),
        ("từ ngày 12/3/2026 đến 30/4", date(2026, 3, 12), date(2026, 4, 30)),
        ("Từ ngày 12/3/2026 - 30/4", date(2026, 3, 12), date(2026, 4, 30)),
        ("từ tháng 3/2026 đến tháng 4", date(2026, 3, 1), date(2026, 4, 30)),
        ("từ ngày 12/3/2028 đến 30/4", date(2028, 3, 12), date(2028, 4, 30)),  # was refused
        ("từ ngày 1/12/2026 đến 30/1", date(2026, 12, 1), date(2027, 1, 30)),  # crosses
        ("từ ngày 5/9/2027 đến 31/5", date(2027, 9, 5), date(2028, 5, 31)),  # a school year
    ],
)
def test_a_range_ends_in_its_starts_year(phrase: str, first: date, last: date) -> None:
    (window,) = parse_deadlines(phrase, PLAN)
    assert (window.first, window.last, window.year_from_plan) == (first, last, False)


def test_a_range_end_inside_its_start_or_a_year_late_is_refused() -> None:
    assert "nằm trong mốc bắt đầu" in refused("Từ năm 2026 đến tháng 3", PLAN)  # March of which?
    assert "quá dài" in refused("từ ngày 20/3/2027 đến 15/3", PLAN)


# A day named by its occasion (tune's 8a4f421): lunar occasions were read as solar days,
# "Giỗ Tổ Hùng Vương (10/3)" as 10/03/2027 (the 10th of the 3rd LUNAR month: 16/04/2027),
# "Rằm tháng Giêng (15/1)" as 15/01; "Chủ Nhật (15/3)" as 15/03/2027, a Monday; "Khoảng
# (15/3)" (about) as the day.
@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("hoàn thành trước ngày Giỗ Tổ Hùng Vương (10/3)", "âm lịch"),
        ("hoàn thành trước ngày Rằm tháng Giêng (15/1)", "âm lịch"),
        ("hoàn thành trước ngày Phật đản (15/4)", "âm lịch"),
        ("hoàn thành trước ngày Vu Lan (15/7)", "âm lịch"),
        ("trước ngày Chủ Nhật (15/3)", ""),
        ("trước ngày Khoảng (15/3)", "ước lượng"),
    ],
)
def test_a_day_named_by_a_lunar_occasion_or_a_weekday_is_not_read_as_named(
    phrase: str, said: str
) -> None:
    assert said in refused(phrase, PLAN)


def test_a_solar_occasion_still_reads() -> None:
    (day,) = parse_deadlines("hoàn thành trước ngày Sinh nhật Bác (19/5)", PLAN)
    assert (day.last, day.gloss) == (date(2027, 5, 19), "Sinh nhật Bác")


def test_a_session_of_another_year_is_no_name() -> None:
    """ "Kỳ họp cuối năm tới tổ chức trước ngày 1/12" (next year's year-end session) was
    01/12/2027 in a plan of 2027: the name "Kỳ họp cuối năm" spared "năm", and "tới" went
    unread. "Kỳ họp cuối năm" alone still names this year's session."""
    refused("Kỳ họp cuối năm tới tổ chức trước ngày 1/12", PLAN)
    assert _days("Kỳ họp cuối năm tổ chức trước ngày 1/12") == [
        (date(2027, 12, 1), date(2027, 12, 1))
    ]


# A step after its day that calls the day off: "Ngày 12/10/2027, thi chọn học sinh giỏi,
# hoãn" (postponed) was due 12/10/2027, label "thi chọn học sinh giỏi, hoãn".
@pytest.mark.parametrize(
    "phrase",
    [
        "Ngày 12/10/2027, thi chọn học sinh giỏi, hoãn",
        "Ngày 12 và 13/10/2027 thi chọn học sinh giỏi cấp THCS, hoãn",
        "Ngày 12 và 13/10/2027, thi chọn học sinh giỏi bị hủy",
        "Ngày 12 và 13/10/2027, thi chọn học sinh giỏi, tạm dừng",
        "Chậm nhất ngày 2/5/2027, tổ bầu cử niêm yết, hoãn",
        "Ngày 28/1/2027: Công bố ngày bầu cử, hoãn",
    ],
)
def test_a_day_called_off_after_it_is_refused(phrase: str) -> None:
    assert "hoãn, hủy hoặc dừng" in refused(phrase, PLAN)


def test_cancelling_before_a_day_is_a_deadline() -> None:
    """Before its day, the same words name the work: a deadline to cancel or suspend."""
    (day,) = parse_deadlines("Hủy bỏ văn bản trước ngày 15/3/2027", PLAN)
    assert (day.last, day.label) == (date(2027, 3, 15), "Hủy bỏ văn bản")


def test_an_excel_date_shown_without_its_day_or_year_is_imported_as_shown(
    tmp_path: Path,
) -> None:
    """A date cell formatted "mm/yyyy" (shown "03/2027", the month of March) was imported as
    "01/03/2027", due on the 1st, 30 days early; one formatted "dd/mm" (shown "15/03") got
    the year Excel took when it was typed. Each is now imported as the sheet shows it."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"])
    cells = [
        (date(2027, 3, 1), "mm/yyyy"),
        (date(2027, 3, 1), '"Tháng "m/yyyy'),
        (date(2026, 3, 15), "dd/mm"),
        (date(2027, 3, 15), "dd/mm/yyyy"),
        (date(2027, 3, 15), "mm-dd-yy"),  # Excel's built-in short date: the system's order
    ]
    for number, (value, shown) in enumerate(cells, start=1):
        sheet.append([str(number), f"Việc {number}", "Sở Tài chính", value])
        sheet.cell(sheet.max_row, 4).number_format = shown
    path = tmp_path / "bang.xlsx"
    book.save(path)
    rows = read_draft(read_document(path.read_bytes(), path.name), None, None).rows
    assert [row.phrases for row in rows] == [
        ["03/2027"],
        ["Tháng 3/2027"],  # its words too, as shown (session 40: numberformat.shown_date)
        ["15/03"],
        ["15/03/2027"],
        ["15/03/2027"],
    ]


def test_rounds_named_out_of_order_are_refused() -> None:
    """ "trong 2 đợt (đợt 2, trước ngày 25-5-2027; đợt 1, trước ngày 25-11-2027)" gave 25/05
    the name "đợt 2" and 25/11 "đợt 1": one of the numbers is a typo."""
    assert "không phải 1 – 2" in refused(
        "gửi trong 2 đợt (đợt 2, trước ngày 25-5-2027; đợt 1, trước ngày 25-11-2027)", PLAN
    )
    refused("gửi trong 2 đợt (đợt 1, trước ngày 25-5-2027; đợt 3, trước ngày 25-11-2027)", PLAN)
    readings = parse_deadlines(
        "gửi trong 2 đợt (đợt 1, trước ngày 25-5-2027; đợt 2, trước ngày 25-11-2027)", PLAN
    )
    assert [r.last for r in readings] == [date(2027, 5, 25), date(2027, 11, 25)]


def test_a_start_left_in_the_label_is_not_dropped() -> None:
    """ "Bắt đầu từ năm 2024, kết thúc vào tháng 5" (issued 15/01/2024) was the window of May
    only, labelled "Bắt đầu từ năm 2024": its first day 01/05, not 01/01. A start with its
    time is no step's name; the phrase now reads as the start and its end."""
    plan = Context(issued=date(2024, 1, 15))
    (window,) = parse_deadlines("Bắt đầu từ năm 2024, kết thúc vào tháng 5", plan)
    assert (window.first, window.last, window.label) == (date(2024, 1, 1), date(2024, 5, 31), None)
    (dated,) = parse_deadlines("bắt đầu từ năm 2024, hoàn thành trước ngày 30/6", plan)
    assert (dated.earliest, dated.last) == (date(2024, 1, 1), date(2024, 6, 30))


@pytest.mark.parametrize(
    ("phrase", "time"),
    [
        ("trước 1 giờ trưa ngày 15/3/2027", "13:00"),  # was 01:00
        ("trước 2 giờ chiều ngày 15/3/2027", "14:00"),
        ("trước 12 giờ trưa ngày 15/3/2027", "12:00"),
        ("trước 7 giờ tối ngày 15/3/2027", "19:00"),
        ("trước 13 giờ chiều ngày 15/3/2027", "13:00"),
    ],
)
def test_an_hour_said_with_its_part_of_the_day(phrase: str, time: str) -> None:
    (day,) = parse_deadlines(phrase, PLAN)
    assert (day.last, day.time) == (date(2027, 3, 15), time)


@pytest.mark.parametrize(
    "phrase",
    [
        "trước 12 giờ tối ngày 15/3/2027",  # was 12:00 (noon): midnight, end or start of day?
        "trước 3 giờ trưa ngày 15/3/2027",  # was 03:00
        "trước 17 giờ sáng ngày 15/3/2027",  # was 17:00: no morning hour
    ],
)
def test_an_hour_outside_its_part_of_the_day_is_refused(phrase: str) -> None:
    assert "không phải một giờ của buổi đó" in refused(phrase, PLAN)


# --- fourth session ---------------------------------------------------------------------

ISSUED_JAN = Context(issued=date(2027, 1, 5))


@pytest.mark.parametrize(
    "phrase",
    [
        # the report on 2026 is due 15/01/2027; read as two, 2026 itself was a deadline
        "Báo cáo kết quả thực hiện năm 2026, trước ngày 15/1/2027",
        "Báo cáo kết quả năm 2026; trước ngày 15/1/2027",
        "Xây dựng dự toán ngân sách năm 2028, trước ngày 15/11/2027",
        "Sơ kết quý I/2027, trước ngày 15/4/2027",
        "Năm 2026, trước ngày 15/3/2027",
        # a period holding the day beside it: the day's frame, not a second deadline
        "Quý I/2027, trước ngày 15/3/2027",
        "Tháng 3/2027, ngày 15/3/2027",
        "6 tháng đầu năm 2027, trước ngày 15/7/2027",
        "cuối năm 2027, trước ngày 15/12/2027",
        "Trong quý I/2027, trước ngày 15/3/2027",
        "từ ngày 1/3 đến 15/3/2027, trước ngày 20/3/2027",
        "tháng 3, ngày 15/9/2027",
    ],
)
def test_a_period_beside_a_day_is_no_second_deadline(phrase: str) -> None:
    why = refused(phrase, ISSUED_JAN)
    assert "đứng cạnh một ngày" in why or "việc được làm" in why


@pytest.mark.parametrize(
    "phrase",
    [
        # the review of 2026, held in January 2027: 31/12/2026 was read as a deadline too
        "Báo cáo tổng kết năm 2026, hoàn thành trong tháng 1/2027",
        "Báo cáo tổng kết năm 2026, tháng 1/2027",
        "Tổng kết giai đoạn 2021-2025, quý I/2026",
        "Kế hoạch năm 2028, quý IV/2027",
    ],
)
def test_a_period_named_after_the_steps_noun_then_its_time_is_refused(phrase: str) -> None:
    assert "việc được làm" in refused(phrase, Context(issued=date(2025, 12, 5)))


def test_periods_listed_for_one_step_still_read() -> None:
    plan = Context(issued=date(2025, 12, 5))
    assert _days("Tổ chức Hội nghị trong tháng 3 và tháng 9/2027", plan) == [
        (date(2027, 3, 1), date(2027, 3, 31)),
        (date(2027, 9, 1), date(2027, 9, 30)),
    ]
    assert _days("Sơ kết năm 2026, tổng kết năm 2027", plan) == [
        (date(2026, 1, 1), date(2026, 12, 31)),
        (date(2027, 1, 1), date(2027, 12, 31)),
    ]
    assert _days("Báo cáo tổng kết năm 2026 vào tháng 1/2027", plan) == [
        (date(2027, 1, 1), date(2027, 1, 31))
    ]
    assert _days("Tháng 3/2027, tháng 9/2027", plan) == [
        (date(2027, 3, 1), date(2027, 3, 31)),
        (date(2027, 9, 1), date(2027, 9, 30)),
    ]


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        # a solar occasion the table did not know, its date wrong: read as the wrong day
        ("hoàn thành trước ngày Chiến thắng Điện Biên Phủ (17/5)", "07/05"),
        ("hoàn thành trước ngày Đại đoàn kết toàn dân tộc (11/8)", "18/11"),
        ("hoàn thành trước ngày Toàn dân bảo vệ an ninh Tổ quốc (18/9)", "19/08"),
        ("hoàn thành trước ngày Cách mạng tháng Tám (2/9)", "19/08"),
        ("hoàn thành trước ngày Môi trường thế giới (6/5)", "05/06"),
        # festivals of the lunar (or Khmer, Cham) calendar: the day in parentheses is lunar
        ("hoàn thành trước ngày Lễ hội Đền Hùng (10/3)", "âm lịch"),
        ("hoàn thành trước ngày Hội Lim (13/1)", "âm lịch"),
        ("hoàn thành trước ngày Thần Tài (10/1)", "âm lịch"),
        ("hoàn thành trước ngày Hội (10/3)", "âm lịch"),
        ("hoàn thành trước ngày Lễ Dolta (29/8)", "âm lịch"),
        ("hoàn thành trước ngày Ok Om Bok (15/10)", "âm lịch"),
        ("hoàn thành trước ngày Katê (1/7)", "âm lịch"),
    ],
)
def test_an_occasion_with_a_wrong_or_lunar_day_is_refused(phrase: str, said: str) -> None:
    assert said in refused(phrase, Context(issued=date(2027, 1, 2)))


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("hoàn thành trước ngày Chiến thắng Điện Biên Phủ (7/5)", date(2027, 5, 7)),
        ("hoàn thành trước ngày Hội Đại đoàn kết toàn dân tộc (18/11)", date(2027, 11, 18)),
        ("hoàn thành trước ngày Giáng sinh (25/12)", date(2027, 12, 25)),
        ("hoàn thành trước ngày Khai mạc (10/3)", date(2027, 3, 10)),
    ],
)
def test_an_occasion_with_its_solar_day_reads(phrase: str, day: date) -> None:
    (reading,) = parse_deadlines(phrase, PLAN)
    assert reading.last == day


@pytest.mark.parametrize(
    "phrase",
    [
        # the opening of school year 2023-2024 is in August/September 2023: a day written
        # with the year after was read as it stands, the next school year's opening
        "Khai giảng năm học 2023-2024 vào ngày 5/9/2024",
        "thời gian tựu trường năm học 2023-2024 là ngày 28/8/2024",
        "Khai giảng năm học 2023-2024 vào đầu tháng 9/2024",
    ],
)
def test_a_school_years_opening_written_in_another_year_is_refused(phrase: str) -> None:
    assert "khai giảng" in refused(phrase, Context(issued=date(2023, 7, 20)))


def test_a_school_years_opening_in_its_own_year_reads() -> None:
    plan = Context(issued=date(2023, 7, 20))
    assert _days("Khai giảng năm học 2023-2024 vào ngày 5/9/2023", plan) == [
        (date(2023, 9, 5), date(2023, 9, 5))
    ]
    assert _days("Khai giảng năm học 2024-2025 vào ngày 5/9", plan) == [
        (date(2024, 9, 5), date(2024, 9, 5))
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        # text copied from a PDF: a word of time that lost its vowels, or split in two, was
        # left in the label (or the step) and the day read as the deadline
        "hoàn thành sm nht ngày 10/4/2027",  # sớm nhất: a start
        "hoàn thành sa u ngày 10/4/2027",  # sau: after
        "hoàn thành s au ngày 10/4/2027",
        "hoàn thành sớ m nhất ngày 10/4/2027",
        "hoàn thành chư a trước ngày 10/4/2027",  # chưa … trước: not before
        "hoàn thành k trước ngày 10/4/2027",  # không trước
        "hoàn thành ko trước ngày 10/4/2027",
        "hoàn thành trước ngày 10/4/2027 tr ở đi",  # trở đi: onwards
        "hoàn thành trước ngày 10/4/2027 (sm nht)",
    ],
)
def test_a_damaged_word_beside_the_day_is_refused(phrase: str) -> None:
    assert "bị hỏng" in refused(phrase, PLAN)


def test_damaged_words_that_are_sure_still_read() -> None:
    assert _days("Hoàn thnh trc ngày 10/4/2027") == [(date(2027, 4, 10), date(2027, 4, 10))]
    assert _days("hoàn thành chm nht ngày 10/4/2027") == [(date(2027, 4, 10), date(2027, 4, 10))]
    (day,) = parse_deadlines("trình UBND tỉnh trước ngày 15/3/2027 để tự an toàn", PLAN)
    assert day.last == date(2027, 3, 15)  # "tự an" joins into no word of time as printed


def test_from_now_until_written_with_toi_reads_from_the_issue_day() -> None:
    """ "từ nay tới cuối năm 2027" (issued 20/12/2026) was the last quarter of 2027 (from
    01/10/2027), labelled "từ nay tới": it runs from the issue day, as "từ nay đến …"."""
    plan = Context(issued=date(2026, 12, 20))
    assert _days("từ nay tới cuối năm 2027", plan) == [(date(2026, 12, 20), date(2027, 12, 31))]
    assert _days("từ nay tới cuối tháng 3/2027", plan) == [(date(2026, 12, 20), date(2027, 3, 31))]


@pytest.mark.parametrize(
    "phrase",
    ["từ nay tới giữa năm 2027", "tới giữa năm 2027", "tới đầu tháng 3/2027"],
)
def test_toi_before_the_start_or_middle_of_a_period_is_refused(phrase: str) -> None:
    """ "tới giữa năm 2027" read as the middle of 2027 (to 30/09) as if "trong": up to the
    middle, or through it? Refused, as "đến giữa năm" is."""
    assert "chưa rõ có tính cả kỳ đó không" in refused(phrase, Context(issued=date(2026, 12, 20)))


@pytest.mark.parametrize(
    "phrase",
    [
        # suspended until that day: the day the work resumes, read as its deadline
        "tạm hoãn đến ngày 30/6/2027",
        "tạm dừng đến ngày 30/6/2027",
        "tạm ngừng tới ngày 30/6/2027",
        "tạm dừng thực hiện đến hết ngày 30/6/2027",
        "tạm dừng cho đến ngày 30/6/2027",
    ],
)
def test_suspended_until_a_day_is_no_deadline(phrase: str) -> None:
    assert "tạm dừng, hoãn đến ngày đó" in refused(phrase, PLAN)


@pytest.mark.parametrize("phrase", ["chậm hơn ngày 30/6/2027", "trễ hơn ngày 30/6/2027"])
def test_later_than_a_day_is_no_deadline(phrase: str) -> None:
    """ "chậm hơn ngày 30/6/2027" (later than) read as due 30/06, labelled "chậm hơn"."""
    assert "đổi nghĩa thời hạn" in refused(phrase, PLAN)


def test_a_pause_before_a_deadline_and_cham_nhat_still_read() -> None:
    assert _days("tạm dừng trước ngày 30/6/2027") == [(date(2027, 6, 30), date(2027, 6, 30))]
    assert _days("Báo cáo chậm nhất ngày 30/6/2027") == [(date(2027, 6, 30), date(2027, 6, 30))]


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # a vague number of days before the day: which day? it was read as the day itself
        ("ít ngày trước ngày 15/3/2027", "đếm một số ngày"),
        ("nhiều ngày trước ngày 15/3/2027", "đếm một số ngày"),
        ("một số ngày trước ngày 15/3/2027", "đếm một số ngày"),
        ("những ngày trước tháng 3/2027", "đếm một số ngày"),  # read as due 28/02
        # "not yet": read as the period or the day, labelled "chưa"
        ("chưa tháng 6/2027", "chưa"),
        ("chưa đến ngày 15/3/2027", "chưa"),
        ("chưa tới ngày 15/3/2027", "chưa"),
        ("đạt chuẩn chưa tháng 6/2027", "chưa"),
        # "sát ngày 15/3" (close to it): an estimate
        ("sát ngày 15/3/2027", "ước lượng"),
    ],
)
def test_a_vague_count_not_yet_or_near_before_the_day_is_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, PLAN)


def test_survey_and_supervise_before_a_day_still_read() -> None:
    assert _days("giám sát trước ngày 15/3/2027") == [(date(2027, 3, 15), date(2027, 3, 15))]
    assert _days("khảo sát trước ngày 15/3/2027") == [(date(2027, 3, 15), date(2027, 3, 15))]


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # words after the day naming another time or a condition, found by appending words
        # to corpus phrases: the day was read as it stands
        ("Ngày 18/3 Hiệp thương lần 2, năm tới", date(2016, 1, 10)),  # next year's 18/3
        ("Ngày 18/3/2016 đến nay", date(2016, 1, 10)),  # from 18/3 until now
        ("Ngày 18/3/2016 cho đến khi hoàn thành", date(2016, 1, 10)),  # until done
        ("Trước ngày 31/5/2026, kết thúc năm học 2025-2026 đến nay", date(2025, 8, 1)),
        ("giai đoạn 2016-2020, khi có yêu cầu", date(2016, 1, 10)),  # when asked
        ("Từ ngày 1- 25.4.2019: Tổng điều tra dân số và nhà ở năm 2019, năm tới", date(2019, 1, 2)),
        ("trước ngày 3/1/2026, ít nhất", date(2026, 1, 1)),  # at least: what?
        ("trước ngày 3/1/2026, tối đa", date(2026, 1, 1)),
    ],
)
def test_words_after_the_day_naming_another_time_are_refused(phrase: str, issued: date) -> None:
    refused(phrase, Context(issued=issued))


def test_a_step_after_its_day_still_reads() -> None:
    plan = Context(issued=date(2016, 1, 10))
    assert _days("Ngày 18/3 Hiệp thương lần 2", plan) == [(date(2016, 3, 18), date(2016, 3, 18))]


# The family of P1/P2 (fourth session): a period and a day joined by a connective. Whatever
# the period, the day, the words before them and the connective, the phrase is never read as
# a window and a day side by side (one of them is the other's subject or frame).
_PERIODS = st.sampled_from(
    [
        *("năm {y}", "quý I/{y}", "quý IV/{y}", "tháng 3/{y}", "6 tháng đầu năm {y}"),
        *("cuối năm {y}", "giai đoạn 2021-{y}", "Năm {y}", "trong quý II/{y}", "đầu tháng 5/{y}"),
    ]
)
_DAYS = st.sampled_from(["trước ngày {d}", "ngày {d}", "chậm nhất ngày {d}", "trước {d}"])
_HEADS = st.sampled_from(["", "Báo cáo kết quả ", "Sơ kết ", "Xây dựng kế hoạch ", "Tổng kết "])


@settings(max_examples=150, deadline=None)
@given(
    head=_HEADS,
    period=_PERIODS,
    joint=st.sampled_from([", ", "; ", " và ", ", hoàn thành "]),
    day=_DAYS,
    period_year=st.integers(2026, 2028),
    when=st.dates(date(2026, 1, 1), date(2028, 12, 31)),
)
def test_a_period_and_a_day_are_never_read_side_by_side(
    *, head: str, period: str, joint: str, day: str, period_year: int, when: date
) -> None:
    phrase = (
        head
        + period.format(y=period_year)
        + joint
        + day.format(d=f"{when.day}/{when.month}/{when.year}")
    )
    try:
        readings = parse_deadlines(phrase, Context(issued=date(2026, 1, 2)))
    except DeadlineError:
        return
    kinds = {r.kind.value for r in readings}
    assert not (len(readings) > 1 and {"window", "date"} <= kinds), (phrase, readings)


# The family of P5: a word of time that is no deadline ("sau", "sớm nhất", "chưa", "không"),
# damaged as PDF copies damage it (a space inside, its vowels lost), before a day: never read
# as due that day.
_NOT_A_DEADLINE = ["sau", "sớm nhất", "chưa trước", "không trước", "kể từ sau"]


def _damaged(word: str) -> list[str]:
    vowels = set("aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")
    split = [
        word[:i] + " " + word[i:] for i in range(1, len(word)) if word[i - 1] != " " != word[i]
    ]
    bare = ["".join(c for c in word if c not in vowels or c == " ")]
    return split + bare


@pytest.mark.parametrize(
    "damaged", sorted({d for word in _NOT_A_DEADLINE for d in _damaged(word) if d.strip()})
)
def test_a_damaged_word_that_is_no_deadline_never_reads_as_due(damaged: str) -> None:
    phrase = f"hoàn thành {damaged} ngày 10/4/2027"
    try:
        readings = parse_deadlines(phrase, PLAN)
    except DeadlineError:
        return
    assert all(r.last != date(2027, 4, 10) for r in readings), (phrase, readings)


@pytest.mark.parametrize(
    "phrase",
    [
        # a lunar day glossing the solar day it contradicts: one of the two is a typo, and
        # the solar day was read as it stands (Tết Giáp Thìn: 10/02/2024)
        "ngày 6/2/2024 (28 tháng Chạp)",  # 6/2/2024 is 27 tháng Chạp
        "ngày 18/2/2024 (mùng 8 tháng Giêng)",  # 18/2/2024 is mùng 9
        "bắt đầu từ ngày 6/2/2024 (27 tháng Chạp) đến hết ngày 18/2/2024 (10 tháng Giêng) "
        "năm Giáp Thìn",
    ],
)
def test_a_lunar_gloss_that_contradicts_its_solar_day_is_refused(phrase: str) -> None:
    assert "âm lịch" in refused(phrase, Context(issued=date(2024, 1, 10)))


def test_lunar_glosses_that_agree_still_read() -> None:
    plan = Context(issued=date(2024, 1, 10))
    assert _days(
        "bắt đầu từ ngày 6/2/2024 (27 tháng Chạp) đến hết ngày 18/2/2024 (9 tháng Giêng) "
        "năm Giáp Thìn",
        plan,
    ) == [(date(2024, 2, 6), date(2024, 2, 18))]
    assert _days("ngày 9/2/2024 (30 tháng Chạp)", plan) == [(date(2024, 2, 9), date(2024, 2, 9))]


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # a day without its year set "according to" a document signed in another year: the
        # document's day, or the plan year's? It was read in the plan's year
        (
            "đến hết ngày 1 tháng 8 theo Khoản 1 Công văn số 969/TTg-KGVX ngày 17 tháng 7 năm 2021",
            date(2022, 1, 5),  # 01/08/2021 (five months before) or 01/08/2022?
        ),
        (
            "hoàn thành trước ngày 15/12 theo Kế hoạch số 12/KH-UBND ngày 3/12/2024",
            date(2025, 1, 5),
        ),
    ],
)
def test_a_day_without_its_year_beside_a_citation_of_another_year_is_refused(
    phrase: str, issued: date
) -> None:
    assert "văn bản ký năm" in refused(phrase, Context(issued=issued))


def test_a_day_without_its_year_beside_a_citation_of_its_year_or_long_before_reads() -> None:
    phrase = "đến hết ngày 1 tháng 8 theo Khoản 1 Công văn số 969/TTg-KGVX ngày 17 tháng 7 năm 2021"
    assert _days(phrase, Context(issued=date(2021, 7, 20))) == [
        (date(2021, 8, 1), date(2021, 8, 1))
    ]
    # 01/08/2021 would be years before a plan of 2025: the plan's year stands
    assert _days(phrase, Context(issued=date(2025, 1, 5))) == [(date(2025, 8, 1), date(2025, 8, 1))]


@pytest.mark.parametrize(
    "phrase",
    [
        # the occasion's own day in a year its anniversary count does not name
        "kỷ niệm 44 năm Ngày Giải phóng miền Nam vào ngày 30/4/2020",  # the 44th: 2019
        "Lễ kỷ niệm 91 năm Ngày thành lập Đảng vào ngày 3/2/2020",  # the 91st: 2021
    ],
)
def test_an_anniversary_whose_count_contradicts_its_day_is_refused(phrase: str) -> None:
    assert "kỷ niệm" in refused(phrase, Context(issued=date(2020, 1, 10)))


def test_an_anniversary_that_agrees_or_is_prepared_reads() -> None:
    plan = Context(issued=date(2020, 1, 10))
    assert _days("kỷ niệm 45 năm Ngày Giải phóng miền Nam vào ngày 30/4/2020", plan) == [
        (date(2020, 4, 30), date(2020, 4, 30))
    ]
    assert _days("kỷ niệm 45 năm Ngày Giải phóng miền Nam trước ngày 15/4/2020", plan) == [
        (date(2020, 4, 15), date(2020, 4, 15))
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        # a lunar occasion named beside a day that is not its day: the name was kept as the
        # step and never checked (Giỗ Tổ 2026: 26/4; Giao thừa: 16/2; Khai hạ: 23/2)
        "ngày 27/4/2026 (Giỗ Tổ Hùng Vương)",
        "nghỉ lễ Giỗ Tổ Hùng Vương ngày 27/4/2026",
        "ngày 15/2/2026 (đêm giao thừa)",
        "ngày 15/2/2026, đêm Giao thừa",
        "ngày 18/2/2026 (Khai hạ)",
        "ngày 17/2/2026 (Giao thừa)",  # mùng 1 Tết, with no "0 giờ"
        # a lunar year named in the words after the day, which the year check never saw
        "ngày 18/2/2026 (Xuân Đinh Mùi)",
    ],
)
def test_a_lunar_occasion_or_year_beside_another_day_is_refused(phrase: str) -> None:
    why = refused(phrase, Context(issued=date(2026, 1, 10)))
    assert "âm lịch" in why or "giao thừa" in why


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("ngày 26/4/2026 (Giỗ Tổ Hùng Vương)", date(2026, 4, 26)),
        ("20 giờ ngày 16/2/2026 (Giao thừa)", date(2026, 2, 16)),
        ("0 giờ ngày 17/2/2026 (Giao thừa)", date(2026, 2, 17)),
        ("ngày 23/2/2026 (Khai hạ)", date(2026, 2, 23)),
        ("ngày 18/2/2026 (Xuân Bính Ngọ)", date(2026, 2, 18)),
    ],
)
def test_a_lunar_occasion_on_its_day_reads(phrase: str, day: date) -> None:
    (reading,) = parse_deadlines(phrase, Context(issued=date(2026, 1, 10)))
    assert reading.last == day


@pytest.mark.parametrize(
    "phrase",
    [
        # a campaign month before a year: the whole year was read (due 31/12), the name kept
        # as the label; the campaign's month of that year is meant
        "hoàn thành trong Tháng Thanh niên năm 2027",  # March
        "tổ chức Tháng Công nhân năm 2027",  # May
        "tổ chức Tháng hành động vì trẻ em năm 2027",  # June
        "kế hoạch hành động tháng an toàn giao thông năm 2027",  # September
    ],
)
def test_a_campaign_month_before_a_year_is_refused(phrase: str) -> None:
    assert "tháng chiến dịch" in refused(phrase, ISSUED_JAN)


def test_a_campaign_month_with_its_month_or_days_reads() -> None:
    assert _days("tổ chức Tháng Thanh niên tháng 3/2027", ISSUED_JAN) == [
        (date(2027, 3, 1), date(2027, 3, 31))
    ]
    assert _days(
        "tổ chức Tháng hành động vì trẻ em năm 2027 từ ngày 1/6 đến 30/6/2027", ISSUED_JAN
    ) == [(date(2027, 6, 1), date(2027, 6, 30))]


@pytest.mark.parametrize(
    "phrase",
    [
        # a season or an occasion before a year: the whole year was read (due 31/12)
        "hoàn thành trong dịp Tết Nguyên đán năm 2027",  # February 2027
        "trong mùa mưa bão năm 2027",
        "trong vụ Hè Thu năm 2027",
        "trong kỳ nghỉ hè năm 2027",
        "trong mùa hè năm 2027",
    ],
)
def test_a_season_or_occasion_before_a_year_is_refused(phrase: str) -> None:
    assert "một mùa, một dịp" in refused(phrase, ISSUED_JAN)


def test_a_season_with_its_day_and_a_purchase_still_read() -> None:
    assert _days("trong dịp Tết Nguyên đán, trước ngày 10/2/2027", ISSUED_JAN) == [
        (date(2027, 2, 10), date(2027, 2, 10))
    ]
    assert _days("mua sắm thiết bị năm 2027", ISSUED_JAN) == [
        (date(2027, 1, 1), date(2027, 12, 31))
    ]
