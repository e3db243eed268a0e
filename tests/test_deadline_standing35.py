"""Standing rules, session 35 (rules35): a corpus file says whether its document is a
standing rule (`source.standing`), and a standing rule's day per period ("Trước ngày 05/4,
05/7, 05/10, 05/11": one day of the month in each listed month) reads as one yearly rule.

Phrases are real ones of the corpus (Sở Nội vụ Thừa Thiên Huế, Công văn 391/SNV-CCVC 2019;
the one-off công văn of Bắc Kạn, Sơn La, the Bộ Tài nguyên và Môi trường, the Bộ Tư pháp, Sở
Nội vụ Nam Định) and invented variants of the same forms."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from corpus.measure import CORPUS, CorpusError, context_of, entries
from kehoach.dates.deadline import (
    Context,
    DeadlineError,
    DeadlineKind,
    parse_deadline,
    parse_deadlines,
)
from kehoach.dates.recurrence import occurrences

# --- 1. a one-off công văn filed as reporting-rule says `standing: false` ------------------

ONE_OFF = """\
source:
  url: https://example.invalid/cv
  title: "Công văn báo cáo quý III năm 2015"
  kind: reporting-rule
{standing}
  issued: 2015-09-07
phrases:
  - phrase: "Trước ngày 10/9"
    expect: {{kind: date, last: 2015-09-10}}
"""


def _read(tmp_path: Path, standing: str) -> bool:
    (tmp_path / "x-cv.yaml").write_text(ONE_OFF.format(standing=standing), encoding="utf-8")
    (entry,) = entries(tmp_path)
    return context_of(entry).standing


def test_a_one_off_reporting_letter_is_no_standing_rule(tmp_path: Path) -> None:
    """Its year-less "Trước ngày 10/9" is 10/9/2015, the campaign's, not every year's."""
    assert _read(tmp_path, "  standing: false") is False
    assert _read(tmp_path, "  standing: true") is True
    assert _read(tmp_path, "") is True  # the kind decides when the file says nothing


def test_standing_must_be_true_or_false(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="standing"):
        _read(tmp_path, "  standing: hằng năm")


@pytest.mark.parametrize(
    "prefix",
    [
        "g-bac-kan-cv-5718",
        "n-sonla-snv-cv-924",
        "g-btnmt-cv-6137",
        "k-nam-dinh-snv",
        "j-2-moj-cv",
        "s-hepza-bql-1493",
        "n-byt-cv-4396",
    ],
)
def test_the_corpus_one_off_letters_are_read_as_one_offs(prefix: str) -> None:
    found = list(entries(CORPUS, prefix))
    assert found and all(entry.kind == "reporting-rule" for entry in found)
    assert not any(context_of(entry).standing for entry in found)


# --- 2. a day per period in a standing rule (the lead's ruling of session 35) ---------------

HUE = (
    "Trước ngày 05/4, 05/7, 05/10, 05/11, các cơ quan, đơn vị, địa phương tổ chức đánh giá, "
    "chấm điểm theo quý thông qua các Phiếu đánh giá và lưu hồ sơ, kết quả tại cơ quan, đơn "
    "vị, địa phương mình"
)
SCHOOLS = (
    "đối với các trường học, thời điểm đánh giá, chấm điểm theo quý thực hiện trước ngày "
    "05/3, 05/6, 05/11 để phù hợp với năm học và thời gian nghỉ hè của giáo viên"
)


@pytest.mark.parametrize(
    ("phrase", "rule"),
    [
        (HUE, "FREQ=YEARLY;BYMONTH=4,7,10,11;BYMONTHDAY=5"),
        (SCHOOLS, "FREQ=YEARLY;BYMONTH=3,6,11;BYMONTHDAY=5"),
        ("Chậm nhất ngày 20/3, 20/6, 20/9 và 20/12", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20"),
        ("hạn chót 10/02; 10/8, Sở gửi báo cáo", "FREQ=YEARLY;BYMONTH=2,8;BYMONTHDAY=10"),
        # refused in session 34 (test_deadline_standing): one day of the month, every year
        ("trước ngày 05/6 và 05/12", "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=5"),
    ],
)
def test_one_day_of_each_month_listed_is_one_yearly_rule(phrase: str, rule: str) -> None:
    """Refused before ("không nhận ra thời hạn"): the clerk had to copy the quarterly
    assessment days of a yearly rule into one year's last_day each."""
    read = parse_deadline(phrase, Context(issued=date(2019, 4, 9), standing=True))
    assert read.kind is DeadlineKind.RECURRING
    assert read.rrule is not None
    wanted = [one.due for one in occurrences(rule, date(2027, 1, 1), date(2028, 12, 31))]
    got = [one.due for one in occurrences(read.rrule, date(2027, 1, 1), date(2028, 12, 31))]
    assert got == wanted  # every year's days, 2027 and 2028 too: no year pinned
    assert "quy định áp dụng hằng năm" in read.reading
    assert read.phrase == phrase


def test_the_label_is_the_work_beside_the_days() -> None:
    read = parse_deadline(HUE, Context(standing=True))
    assert read.label is not None and read.label.startswith("các cơ quan, đơn vị, địa phương")


@pytest.mark.parametrize(
    "phrase",
    ["Trước ngày 05/4, 10/7, 05/10, các cơ quan báo cáo", "chậm nhất ngày 15/1 và 20/7"],
)
def test_different_days_of_the_month_are_refused_with_the_way_out(phrase: str) -> None:
    """One RRULE cannot hold 05/4 and 10/7: refused, naming `deadlines:` one per day."""
    with pytest.raises(DeadlineError, match="không cùng một ngày của tháng") as refused:
        parse_deadline(phrase, Context(issued=date(2019, 4, 9), standing=True))
    assert "deadlines:" in refused.value.why and "RRULE" in refused.value.why


@pytest.mark.parametrize(
    "phrase",
    [
        "Trước ngày 05/4, 05/7, 05/10, 05/11/2020",  # a year: the days are that year's
        "Trước ngày 05/4, 05/7 năm sau",  # of which year?
        "Trước ngày 05/4, 05/7 âm lịch",  # another calendar
        "Trước ngày 05/4, 05/7, 05/10, 05/11 của quý sau",  # another period said
        "Hằng tháng, trước ngày 05/4, 05/7",  # a cadence the days do not fit
        "trước ngày 05/4, 05/7 hoặc sau ngày 05/10",  # alternatives
    ],
)
def test_a_list_with_other_words_of_time_is_no_day_per_period(phrase: str) -> None:
    try:
        readings = parse_deadlines(phrase, Context(issued=date(2019, 4, 9), standing=True))
    except DeadlineError:
        return
    assert all(one.kind is not DeadlineKind.RECURRING for one in readings)


def test_without_standing_the_list_is_refused_as_before() -> None:
    for phrase in (HUE, SCHOOLS):
        with pytest.raises(DeadlineError):
            parse_deadline(phrase, Context(issued=date(2019, 4, 9)))


# --- 3. a phrase that tells itself it is every year's: a tradition's or founding's day ---------


@pytest.mark.parametrize(
    ("phrase", "rule", "label"),
    [
        (
            "Ngày 14/10 ngày thành lập ngành tổ chức xây dựng đảng",
            "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=14",
            "ngày thành lập ngành tổ chức xây dựng đảng",
        ),
        (
            "ngày 16/10 ngày truyền thống UBKT của Đảng",
            "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=16",
            "ngày truyền thống UBKT của Đảng",
        ),
        (
            "3/2: Ngày thành lập Đảng Cộng sản Việt Nam",
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=3",
            "Ngày thành lập Đảng Cộng sản Việt Nam",
        ),
        (
            "26/3 - Ngày thành lập Đoàn TNCS Hồ Chí Minh.",
            "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=26",
            "Ngày thành lập Đoàn TNCS Hồ Chí Minh",
        ),
    ],
)
@pytest.mark.parametrize("issued", [None, date(2025, 1, 5)])
def test_a_day_named_a_tradition_or_a_founding_is_every_years(
    phrase: str, rule: str, label: str, issued: date | None
) -> None:
    """Refused before without an issue day ("không ghi năm"), read as the issue year's one
    day with it: the day is kept each year, and the phrase says so itself (Đảng ủy xã
    Quảng Phú, v-quangphu)."""
    read = parse_deadline(phrase, Context(issued=issued))
    assert read.kind is DeadlineKind.RECURRING
    assert read.rrule == rule
    assert read.label == label


@pytest.mark.parametrize(
    "phrase",
    [
        "ngày 3/2 ngày thành lập Đảng năm 1930",  # a year: the founding itself
        "ngày 22/12 ngày thành lập Quân đội nhân dân Việt Nam (80 năm)",  # an anniversary's count
        "ngày 3/2 ngày thành lập Đảng, tổ chức mít tinh vào sáng",  # an event that day
        "Kỷ niệm ngày thành lập Đảng 3/2",  # a celebration, not the day named
    ],
)
def test_a_founding_day_with_more_said_is_not_read_as_yearly(phrase: str) -> None:
    try:
        readings = parse_deadlines(phrase, Context(issued=date(2025, 1, 5)))
    except DeadlineError:
        return
    assert all(one.kind is not DeadlineKind.RECURRING for one in readings)
