"""A standing rule's day without a year (the lead's ruling of session 34, note33 "Left for
next" 1): a law or a reporting regime prints "Trước ngày 15 tháng 11, Quốc hội quyết định
…" meaning every year. The document says it is such a rule (`Context.standing`: a plan
file's `standing: true`, `kehoach deadline --standing`, a corpus file of kind
`reporting-rule`), and under it one day-month without a year reads as the yearly
recurrence on that day; anything else reads as it does without it.

Phrases are real ones of the corpus (Luật Ngân sách nhà nước 2015 Điều 19, Thông tư
07/2016/TT-BLĐTBXH, Thông tư 31/2018/TT-BTNMT, the GSO's reporting table) and invented
variants of the same forms."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest

from clirun import CLERK, kehoach
from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadline


def _standing() -> Context:
    """The context of a standing rule's page (no issue day)."""
    return Context(standing=True)


@pytest.mark.parametrize(
    ("phrase", "rule", "label"),
    [
        (
            "4. Trước ngày 15 tháng 11, Quốc hội quyết định dự toán ngân sách nhà nước",
            "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15",
            "Quốc hội quyết định dự toán ngân sách nhà nước",
        ),
        ("Chậm nhất ngày 20/12", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20", None),
        (
            "Tạm ứng ngân quỹ Nhà nước phải hoàn trả chậm nhất vào 31/12",
            "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31",
            "Tạm ứng ngân quỹ Nhà nước phải hoàn trả",
        ),
        ("Ngày 10/8", "FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=10", None),
        ("Gửi báo cáo chậm nhất vào ngày 18 tháng 9.", "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=18", None),
    ],
)
def test_a_standing_rules_day_without_a_year_is_every_years(
    phrase: str, rule: str, label: str | None
) -> None:
    """Refused before ("thời hạn không ghi năm và kế hoạch không có ngày ban hành"): the
    clerk had to write a last_day for one year of a rule that holds every year."""
    read = parse_deadline(phrase, _standing())
    assert read.kind is DeadlineKind.RECURRING
    assert read.rrule == rule
    assert "quy định áp dụng hằng năm" in read.reading
    assert read.phrase == phrase
    if label is not None:
        assert read.label == label


@pytest.mark.parametrize(
    ("phrase", "rule"),
    [
        ("Báo cáo phải gửi trước ngày 10 tháng 01 của năm sau.", "BYMONTH=1;BYMONTHDAY=10"),
        ("gửi về Bộ TNMT trước ngày 30/01 của năm tiếp theo", "BYMONTH=1;BYMONTHDAY=30"),
        ("15/9 năm sau", "BYMONTH=9;BYMONTHDAY=15"),
        ("Ngày 31/7 năm sau", "BYMONTH=7;BYMONTHDAY=31"),
    ],
)
def test_next_year_is_the_year_after_the_one_reported(phrase: str, rule: str) -> None:
    """ "của năm sau" under a standing rule: the report due 10/01/2027 is on 2026, said in
    the reading (refused before: "năm sau của năm nào")."""
    read = parse_deadline(phrase, _standing())
    assert read.rrule == f"FREQ=YEARLY;{rule}"
    assert read.series is not None and read.series.offset == -1
    assert "năm trước năm đến hạn" in read.reading
    assert "quy định áp dụng hằng năm" in read.reading


def test_a_standing_rule_outweighs_the_issue_year() -> None:
    """A reporting regime issued in 2016 still binds in 2027: its "trước ngày 15 tháng 12"
    is not 15/12/2016 (the issue year a plan's one-off day takes)."""
    issued = date(2016, 5, 12)
    read = parse_deadline("trước ngày 15 tháng 12", Context(issued=issued, standing=True))
    assert read.kind is DeadlineKind.RECURRING and read.last is None
    one_off = parse_deadline("trước ngày 15 tháng 12", Context(issued=issued, standing=False))
    assert one_off.kind is DeadlineKind.DATE and one_off.last == date(2016, 12, 15)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Trước ngày 30/6/2026", date(2026, 6, 30)),
        ("chậm nhất là ngày 15 tháng 9 năm 2025", date(2025, 9, 15)),
    ],
)
def test_a_day_with_its_year_stays_that_day(phrase: str, last: date) -> None:
    read = parse_deadline(phrase, _standing())
    assert read.kind is DeadlineKind.DATE and read.last == last


@pytest.mark.parametrize(
    "phrase",
    [
        "Từ ngày 1/6 đến ngày 30/6",  # a window: every year's? the ruling leaves it as today
        "Vào bầu trước 25/9 và trồng trước 10/10",  # two days
        "trước ngày 30/6 năm nay",  # this year's: a one-off
        "trước ngày 15 tháng 3 âm lịch",  # another calendar
        "tỷ lệ 1/2 trước ngày",  # no day at all
    ],
)
def test_anything_but_one_day_month_is_not_read_as_yearly(phrase: str) -> None:
    """No page issue day: refused, as without the rule, never a yearly rule guessed."""
    with pytest.raises(DeadlineError):
        parse_deadline(phrase, _standing())


@pytest.mark.parametrize(
    "phrase",
    [
        "trong tháng 11",
        "từ ngày 01/12 đến ngày 15/12",
        "trước ngày 05/6 và 10/12",  # 05/6 và 05/12 reads, every year (rules35's ruling)
        "Trước ngày 15 tháng 11 năm nay",
    ],
)
def test_a_standing_plans_period_without_a_year_is_refused_not_pinned_to_one_year(
    phrase: str,
) -> None:
    """Found by fresh26: with an issue day these read in the issue year alone, so a
    reporting regime's every-year window showed nothing owed the year after, without a word."""
    with pytest.raises(DeadlineError, match="standing"):
        parse_deadline(phrase, Context(issued=date(2026, 3, 15), standing=True))
    # with its year written it reads, as in any plan
    read = parse_deadline("trong tháng 11/2026", Context(issued=date(2026, 3, 15), standing=True))
    assert read.last == date(2026, 11, 30)


@pytest.mark.parametrize(
    ("phrase", "rule"),
    [
        ("Trước ngày 15 tháng 11", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=14"),
        ("Chậm nhất ngày 20/12", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20"),
    ],
)
def test_a_strict_repository_counts_before_in_a_standing_rule_too(phrase: str, rule: str) -> None:
    """Found by fresh26: `before = "strict"` made the standing reader miss its own check, and
    the day read as the issue year's alone; "trước" is the day before, every year."""
    context = Context(issued=date(2026, 3, 15), standing=True, strict_before=True)
    read = parse_deadline(phrase, context)
    assert read.kind is DeadlineKind.RECURRING
    assert read.rrule == rule


def test_without_the_rule_a_day_without_a_year_is_still_refused() -> None:
    with pytest.raises(DeadlineError, match="không ghi năm"):
        parse_deadline("Trước ngày 15 tháng 11", Context(standing=False))


def test_the_corpus_reads_reporting_rules_as_standing_and_plans_not() -> None:
    from corpus.measure import Entry, context_of

    def entry(kind: str) -> Entry:
        return Entry("x.yaml", "Trước ngày 15/11", {"kind": "recurring"}, None, "?", kind, None)

    assert context_of(entry("reporting-rule")).standing
    for kind in ("plan", "directive", "press", "school-year", "election", "congress"):
        assert not context_of(entry(kind)).standing


def test_deadline_command_reads_standing_with_its_option() -> None:
    done = kehoach(
        "deadline", "--standing", "--as-of", "03/12/2026", "-f", "json",
        "Trước ngày 15 tháng 11, Quốc hội quyết định dự toán ngân sách nhà nước",
        env=CLERK,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    assert shown["kind"] == "recurring"
    assert shown["next_due"] == "2027-11-15"
    plain = kehoach("deadline", "Trước ngày 15 tháng 11", env=CLERK)
    assert plain.returncode == 1 and "không ghi năm" in plain.stderr


@pytest.mark.parametrize(
    ("phrase", "advised"),
    [
        ("Báo cáo phải gửi trước ngày 10 tháng 01 của năm sau.", True),
        ("Trước ngày 15 tháng 11", True),
        ("Từ ngày 1/6 đến ngày 30/6", False),  # no standing reading: no advice to try it
    ],
)
def test_a_refusal_the_option_would_read_names_the_option(phrase: str, advised: bool) -> None:
    """The clerk with a law's phrase learns the option exists from the refusal itself."""
    done = kehoach("deadline", phrase, env=CLERK)
    assert done.returncode == 1
    assert (
        "quy định áp dụng hằng năm (luật, chế độ báo cáo): --standing" in done.stderr
    ) is advised


REGISTRY = "schema: 1\njurisdiction: Trung ương\nagencies: []\n"

PLAN = """\
schema: 1
id: tt-07-2016
number: 07/2016/TT-BLĐTBXH
kind: Thông tư
title: Chế độ báo cáo công tác an toàn, vệ sinh lao động
issuer: Bộ Lao động - Thương binh và Xã hội
jurisdiction: Trung ương
issued: 15/05/2016
{standing}
source: {{document: TT 07.pdf, complete: false}}
tasks:
  - id: "1"
    title: Báo cáo công tác an toàn, vệ sinh lao động
    lead: [Bộ Lao động - Thương binh và Xã hội]
    deadline: Báo cáo phải gửi trước ngày 10 tháng 01 của năm sau.
"""


def _office(tmp_path: Path, standing: str) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    (plans / "tt-07-2016.yaml").write_text(PLAN.format(standing=standing), encoding="utf-8")
    return tmp_path


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=cwd, env=CLERK)


def test_a_plan_file_that_says_standing_reads_its_days_every_year(tmp_path: Path) -> None:
    """`standing: true` in the file: validate is clean, status owes the report on 2026 by
    10/01/2027 (11/01, a Monday), the timeline marks each year, export-ics writes the
    yearly rule."""
    office = _office(tmp_path, "standing: true")
    checked = _run("validate", cwd=office)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    status = _run("status", "--as-of", "03/12/2026", "-f", "json", cwd=office)
    assert status.returncode == 0, status.stderr
    assert "2027-01-10" in status.stdout or "2027-01-11" in status.stdout
    timeline = _run("timeline", "--as-of", "03/12/2026", cwd=office)
    assert timeline.returncode == 0, timeline.stderr
    row = next(line for line in timeline.stdout.splitlines() if line.startswith("1 "))
    assert row.count("✗") == 10 and "◇" in row  # 2016 … 2025 owed, 2026's report due 2027
    feed = tmp_path / "lich.ics"
    done = _run("export-ics", "--as-of", "03/12/2026", "-o", str(feed), cwd=office)
    assert done.returncode == 0, done.stderr
    rules = [
        set(line.removeprefix("RRULE:").split(";"))
        for line in feed.read_text(encoding="utf-8").splitlines()
        if line.startswith("RRULE:")
    ]
    assert rules == [{"FREQ=YEARLY", "BYMONTH=1", "BYMONTHDAY=10"}]


def test_a_plan_file_without_it_keeps_refusing_next_year(tmp_path: Path) -> None:
    """Without `standing`, "năm sau" stays the question it was ("năm sau của năm nào")."""
    office = _office(tmp_path, "")
    checked = _run("validate", cwd=office)
    assert checked.returncode != 0
    assert "năm sau" in checked.stdout + checked.stderr
    # ... and names the field that reads it (fresh26: it asked to change the printed phrase)
    assert "ghi standing: true ở đầu tệp" in checked.stdout


@pytest.mark.parametrize("line", ["standing: hằng năm", "standing:", "standing: []"])
def test_standing_must_be_a_yes_or_no(tmp_path: Path, line: str) -> None:
    """In Vietnamese, also when left empty or given a list (fresh26: pydantic's English)."""
    office = _office(tmp_path, line)
    checked = _run("validate", cwd=office)
    assert checked.returncode != 0
    assert "'standing': cần true hoặc false" in checked.stdout
    assert "Input should" not in checked.stdout + checked.stderr


# --- ruling 2: an anchor told before its count (note33 "Left for next" 2) -------------------


@pytest.mark.parametrize(
    ("phrase", "offset", "working", "anchor", "label"),
    [
        (
            "b) Sau khi nhận được quyết định khen thưởng của cấp có thẩm quyền, trong thời hạn 07 "
            "ngày làm việc, cơ quan trình khen thưởng thông báo và gửi kết quả khen thưởng cho "
            "các trường hợp được khen thưởng",
            7,
            True,
            "khi nhận được quyết định khen thưởng của cấp có thẩm quyền",
            "cơ quan trình khen thưởng thông báo và gửi kết quả khen thưởng cho các trường hợp "
            "được khen thưởng",
        ),
        (
            "a) Sau khi nhận được quyết định khen thưởng của Chủ tịch nước, Thủ tướng Chính phủ, "
            "Bộ trưởng Bộ Quốc phòng trong thời hạn 10 ngày làm việc, Cục Tuyên huấn/Tổng cục "
            "Chính trị sao quyết định và thông báo kết quả khen thưởng",
            10,
            True,
            "khi nhận được quyết định khen thưởng của Chủ tịch nước, Thủ tướng Chính phủ, Bộ "
            "trưởng Bộ Quốc phòng",
            "Cục Tuyên huấn/Tổng cục Chính trị sao quyết định và thông báo kết quả khen thưởng",
        ),
        (
            "Kể từ ngày nhận đủ hồ sơ hợp lệ, trong thời hạn 15 ngày, Sở Xây dựng cấp giấy phép.",
            15,
            False,
            "ngày nhận đủ hồ sơ hợp lệ",
            "Sở Xây dựng cấp giấy phép",
        ),
    ],
)
def test_a_count_reads_from_the_event_told_before_it(
    phrase: str, offset: int, working: bool, anchor: str, label: str
) -> None:
    """Thông tư 57/2020/TT-BQP, Điều 53 (l-bqp): refused before ("không nhận ra thời hạn"),
    though the same count with "kể từ khi …" after it read. The whole event is the anchor,
    commas inside it included (the grammar's "kể từ" reading cuts it at the first comma)."""
    read = parse_deadline(phrase)
    assert read.kind is DeadlineKind.RELATIVE and read.relative is not None
    assert (read.relative.offset, read.relative.unit) == (offset, "ngày")
    assert read.relative.working_days is working
    assert read.relative.direction == "after"
    assert read.relative.anchor == anchor  # told: never the anchorless duty count
    assert read.label == label


@pytest.mark.parametrize(
    "phrase",
    [
        "Sau ngày 15/3, trong 10 ngày, Sở Nội vụ báo cáo",  # a date in the clause
        "Sau khi nhận hồ sơ ngày 5/3, trong 10 ngày, Sở trả lời",
        "Sau khi nhận hồ sơ, trong 10 ngày, hoặc trong 20 ngày đối với hồ sơ phức tạp, Sở trả lời",
        "Sau khi nhận hồ sơ, trong 10 ngày kể từ ngày có kết quả, Sở trả lời",  # two anchors
        "Sau khi nhận hồ sơ, trong 10 ngày, Sở trả lời trước ngày 20/3",
    ],
)
def test_an_anchor_told_before_with_another_time_stays_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadline(phrase)
