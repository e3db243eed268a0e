"""Session 52, helper famd52: the lead's ruling 52(a). A day off and its make-up day, or the
day work or school resumes, told in one sentence, read as two milestones, each labelled with
its own words (`kehoach.dates.madeup`); refused when the days disagree with their weekdays, a
condition, a negation or a thing told done touches them, the years are unclear, or which day
is which is unclear."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import parse_deadlines
from kehoach.dates.reading import DeadlineKind

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW

# tests/corpus/za-vietnamnet-thcs-nguyen-van-troi-nghi-tet-duong-lich-2026.yaml
SWAP = (
    "nhà trường sẽ cho học sinh nghỉ lễ thêm thứ Sáu ngày 2/1/2026 và học bù vào thứ Bảy ngày "
    "20/12/2025."
)


def _read(phrase: str, issued: str | None) -> list[tuple[object, ...]]:
    return [
        (one.kind, one.first, one.last, one.label) for one in parse_deadlines(phrase, ctx(issued))
    ]


def test_a_day_off_and_its_make_up_day_are_two_milestones_each_with_its_words() -> None:
    assert _read(SWAP, "2025-12-13") == [
        (D, date(2026, 1, 2), date(2026, 1, 2), "nhà trường sẽ cho học sinh nghỉ lễ thêm"),
        (D, date(2025, 12, 20), date(2025, 12, 20), "học bù"),
    ]


@pytest.mark.parametrize(
    ("phrase", "issued", "wanted"),
    [
        # tests/corpus/p-huengaynay-hue-nghi-tet-quoc-khanh-2026.yaml (expectation changed by
        # ruling 52(a): it was refused)
        (
            "nghỉ thứ Hai ngày 31/8/2026 và làm bù vào ngày thứ Bảy 22/8/2026",
            "2025-10-20",
            [(D, "2026-08-31", "2026-08-31", "nghỉ"), (D, "2026-08-22", "2026-08-22", "làm bù")],
        ),
        # tests/corpus/l-bnv-nghi-tet-duong-lich-2015.yaml: the Saturday worked "để nghỉ"
        (
            "Công chức, viên chức đi làm thứ Bảy, ngày 27/12/2014 để nghỉ thứ Sáu, ngày 02/01/2015",
            None,
            [
                (D, "2014-12-27", "2014-12-27", "Công chức, viên chức đi làm"),
                (D, "2015-01-02", "2015-01-02", "nghỉ"),
            ],
        ),
        # tests/corpus/za-cafef-lich-nghi-tet-65-truong-dh-2026.yaml: the day back
        (
            "Do đó, giáo viên và học sinh các cấp sẽ nghỉ 1 ngày vào thứ Năm (1/1/2026) và đi "
            "học bình thường trở lại vào thứ Sáu (2/1/2026).",
            "2025-12-16",
            [
                (D, "2026-01-01", "2026-01-01", "Do đó, giáo viên và học sinh các cấp sẽ nghỉ"),
                (D, "2026-01-02", "2026-01-02", "đi học bình thường trở lại"),
            ],
        ),
        # tests/corpus/za-quangngai-cv-2413-nghi-le-30-4-2025.yaml: the make-up day in
        # parentheses closing the phrase
        (
            "Cụ thể, công chức, viên chức được nghỉ 05 ngày liên tục từ thứ Tư ngày 30/4/2025 "
            "đến hết Chủ nhật ngày 04/5/2025 (làm bù vào thứ Bảy ngày 26/4/2025).",
            None,
            [
                (
                    W,
                    "2025-04-30",
                    "2025-05-04",
                    "Cụ thể, công chức, viên chức được nghỉ 05 ngày liên tục",
                ),
                (D, "2025-04-26", "2025-04-26", "làm bù"),
            ],
        ),
        # tests/corpus/w-press-baodongthap-nghi-le-tet-2014.yaml: two make-up Saturdays, both
        # labelled
        (
            "Theo đó, trong dịp Tết âm lịch, cán bộ, công chức, viên chức (CB,CCVC) được nghỉ "
            "từ ngày 28/1/2014 (tức ngày 28 tháng Chạp âm lịch) đến hết ngày 5/2/2014 (tức "
            "ngày 6 tháng Giêng âm lịch) và đi làm bù vào thứ bảy ngày 25/1/2014 và thứ bảy, "
            "ngày 8/2/2014.",
            "2013-12-18",
            [
                (
                    W,
                    "2014-01-28",
                    "2014-02-05",
                    "Theo đó, trong dịp Tết âm lịch, cán bộ, công chức, viên chức (CB,CCVC) "
                    "được nghỉ",
                ),
                (D, "2014-01-25", "2014-01-25", "đi làm bù"),
                (D, "2014-02-08", "2014-02-08", "đi làm bù"),
            ],
        ),
        # the days without a year, all of the plan's one year
        (
            "công chức nghỉ thứ Tư ngày 30/4 và làm bù vào thứ Bảy ngày 26/4.",
            "2025-03-01",
            [
                (D, "2025-04-30", "2025-04-30", "công chức nghỉ"),
                (D, "2025-04-26", "2025-04-26", "làm bù"),
            ],
        ),
        # the teacher's make-up day
        (
            "Giáo viên nghỉ thứ Sáu ngày 2/1/2026 và dạy bù vào thứ Bảy ngày 20/12/2025.",
            "2025-12-13",
            [
                (D, "2026-01-02", "2026-01-02", "Giáo viên nghỉ"),
                (D, "2025-12-20", "2025-12-20", "dạy bù"),
            ],
        ),
        # the day back after a span of days off
        (
            "học sinh nghỉ từ ngày 1/1/2026 đến hết ngày 4/1/2026 và đi học trở lại vào thứ Hai "
            "ngày 5/1/2026.",
            "2025-12-13",
            [
                (W, "2026-01-01", "2026-01-04", "học sinh nghỉ"),
                (D, "2026-01-05", "2026-01-05", "đi học trở lại"),
            ],
        ),
    ],
)
def test_the_swaps_of_the_corpus_and_their_kin_read(
    phrase: str, issued: str | None, wanted: list[tuple[object, ...]]
) -> None:
    assert _read(phrase, issued) == [
        (kind, date.fromisoformat(first), date.fromisoformat(last), label)
        for kind, first, last, label in wanted
    ]


def test_the_days_swapped_of_one_clause_all_carry_its_meaning() -> None:
    # tests/corpus/w-press-laodong-nghi-tet-giap-ngo-2014.yaml: the second day of each
    # clause has no words of its own; it takes its clause's, never the other clause's
    phrase = (
        "Riêng  dịp nghỉ Tết âm lịch: Cán bộ, CCVC và NLĐ của các cơ quan HCSN, tổ chức chính "
        "trị - xã hội (gọi chung là CCVC) sẽ đi làm bù vào thứ bảy (25.1.2014) và thứ bảy "
        "(8.2.2014), để nghỉ hoán đổi vào thứ ba (28.1.2014) và thứ tư (29.1.2014)."
    )
    readings = parse_deadlines(phrase, ctx(None))
    assert [str(one.last) for one in readings] == [
        "2014-01-25",
        "2014-02-08",
        "2014-01-28",
        "2014-01-29",
    ]
    labels = [one.label or "" for one in readings]
    assert all(label.endswith("đi làm bù") for label in labels[:2])
    assert labels[2:] == ["nghỉ hoán đổi", "nghỉ hoán đổi"]


@pytest.mark.parametrize(
    "phrase",
    [
        # a condition, a negation, a thing told done
        "nếu trời rét, nhà trường sẽ cho học sinh nghỉ lễ thêm thứ Sáu ngày 2/1/2026 và học bù "
        "vào thứ Bảy ngày 20/12/2025.",
        "nhà trường sẽ cho học sinh nghỉ lễ thêm thứ Sáu ngày 2/1/2026 và không học bù vào thứ "
        "Bảy ngày 20/12/2025.",
        "nhà trường chưa cho học sinh nghỉ lễ thêm thứ Sáu ngày 2/1/2026 và học bù vào thứ Bảy "
        "ngày 20/12/2025.",
        "nhà trường đã cho học sinh nghỉ lễ thêm thứ Sáu ngày 2/1/2026 và học bù vào thứ Bảy "
        "ngày 20/12/2025.",
        "học sinh nghỉ thứ Sáu ngày 2/1/2026 và học bù vào thứ Bảy ngày 20/12/2025 trong trường "
        "hợp cần thiết.",
        # a weekday its day is not, in either clause
        "nhà trường sẽ cho học sinh nghỉ lễ thêm thứ Năm ngày 2/1/2026 và học bù vào thứ Bảy "
        "ngày 20/12/2025.",
        "nhà trường sẽ cho học sinh nghỉ lễ thêm thứ Sáu ngày 2/1/2026 và học bù vào thứ Sáu "
        "ngày 20/12/2025.",
        "học sinh nghỉ từ ngày 1/1/2026 đến hết ngày 4/1/2026 và đi học trở lại vào thứ Ba ngày "
        "5/1/2026.",
        # a year printed in one clause only, or the plan's years read into two years
        "nhà trường sẽ cho học sinh nghỉ lễ thêm thứ Sáu ngày 2/1 và học bù vào thứ Bảy ngày "
        "20/12/2025.",
        "nhà trường sẽ cho học sinh nghỉ lễ thêm thứ Sáu ngày 2/1/2026 và học bù vào thứ Bảy "
        "ngày 20/12.",
        "nhà trường sẽ cho học sinh nghỉ lễ thêm ngày 2/1 và học bù vào ngày 20/12.",
        "công chức nghỉ thứ Tư ngày 30/4 và làm bù vào thứ Bảy ngày 26/4/2025.",
        # an alternative, a replacement
        "nhà trường sẽ cho học sinh nghỉ lễ thêm thứ Sáu ngày 2/1/2026 và học bù vào thứ Bảy "
        "ngày 20/12/2025 hoặc 27/12/2025.",
        "học sinh nghỉ thứ Sáu ngày 2/1/2026 và học bù vào thứ Bảy, ngày 20/12/2025 (thay cho "
        "thứ Bảy 13/12/2025).",
        # a make-up day among the days off, a day back before their end
        "học sinh nghỉ từ ngày 1/1/2026 đến hết ngày 4/1/2026 và học bù vào thứ Bảy ngày 3/1/2026.",
        "học sinh nghỉ từ ngày 1/1/2026 đến hết ngày 4/1/2026 và đi học trở lại vào ngày 3/1/2026.",
        # a make-up day every week: no day
        "học sinh nghỉ thứ Sáu ngày 2/1/2026 và học bù vào thứ Bảy hằng tuần.",
        # "Nghị quyết" is no day off ("nghị" folds as "nghỉ")
        "Nghị quyết ngày 2/1/2026 và học bù vào thứ Bảy ngày 20/12/2025.",
        # no diacritics: "nghi" may be "nghị"
        "nha truong se cho hoc sinh nghi le them thu Sau ngay 2/1/2026 va hoc bu vao thu Bay "
        "ngay 20/12/2025.",
        # the parenthesis not closing the phrase: a third step after it
        "học sinh nghỉ thứ Sáu ngày 2/1/2026 (học bù vào thứ Bảy ngày 20/12/2025) và khai giảng "
        "ngày 5/9/2026.",
    ],
)
def test_the_swaps_in_doubt_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-12-13"))


def test_a_day_off_taken_for_a_make_up_day_is_never_read() -> None:
    # "để" joins a day worked to the day off it buys; a day off "để học bù" says nothing
    # clear of which day is which
    refused("học sinh nghỉ thứ Sáu ngày 2/1/2026 để học bù vào thứ Bảy ngày 20/12/2025.")


# tests/corpus/za-dantri-tphcm-nghi-tet-16-ngay-2026.yaml: the days off counted from their
# first day, up to the eve of the day back
HOA_SEN = (
    "Trường Tiểu học - THCS - THPT Hoa Sen (phường Tân Đông Hiệp) cho học sinh nghỉ 14 ngày từ "
    "ngày 10/2 (tức 23 tháng Chạp) và đi học lại vào 24/2 (tức mùng 8 tháng Giêng)."
)


def test_days_off_counted_from_their_first_day_end_on_the_eve_of_the_day_back() -> None:
    readings = parse_deadlines(HOA_SEN, ctx("2026-01-26"))
    assert [(one.kind, one.first, one.last) for one in readings] == [
        (W, date(2026, 2, 10), date(2026, 2, 23)),
        (D, date(2026, 2, 24), date(2026, 2, 24)),
    ]
    assert (readings[0].label or "").endswith("cho học sinh nghỉ")
    assert readings[1].label == "đi học lại"


@pytest.mark.parametrize(
    "phrase",
    [
        # the count not the days to the day back
        "Trường Hoa Sen cho học sinh nghỉ 13 ngày từ ngày 10/2 (tức 23 tháng Chạp) và đi học "
        "lại vào 24/2 (tức mùng 8 tháng Giêng).",
        # a lunar gloss its day is not
        "Trường Hoa Sen cho học sinh nghỉ 14 ngày từ ngày 10/2 (tức 24 tháng Chạp) và đi học "
        "lại vào 24/2 (tức mùng 8 tháng Giêng).",
        # a make-up day is no day back: the days off do not end on its eve
        "Trường Hoa Sen cho học sinh nghỉ 14 ngày từ ngày 10/2 và học bù vào 24/2.",
        # a weekday its day is not
        "Trường Hoa Sen cho học sinh nghỉ 14 ngày từ ngày 10/2 và đi học lại vào thứ Hai 24/2.",
        # told done
        "Trường Hoa Sen đã cho học sinh nghỉ 14 ngày từ ngày 10/2 và đi học lại vào 24/2.",
    ],
)
def test_days_off_counted_in_doubt_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-26"))


def test_days_off_counted_across_the_new_year_of_the_plan_stay_refused() -> None:
    # the plan's year read into two years: 29/12/2025 and 3/1/2026, never guessed
    refused(
        "Trường cho học sinh nghỉ 5 ngày từ ngày 29/12 và đi học lại vào 3/1.", ctx("2025-12-01")
    )
