"""Several due days in one period (issue 11): "trước ngày 05/6 và 05/12 hàng năm", "ngày 15 và
25 hàng tháng". Each due day is its own occurrence: its own report, counted late on its own,
one day of the calendar feed's RRULE. The phrases are the documents' own (tests/corpus)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import strict_calendar
from kehoach.dates.deadline import DeadlineError, parse_deadline
from kehoach.dates.recurrence import occurrences, period_key
from kehoach.reports.status import current_occurrence

KEHOACH = shutil.which("kehoach", path=str(Path(sys.executable).parent)) or "kehoach"


def _rule(phrase: str, issued: date | None = None) -> str:
    from kehoach.dates.deadline import Context

    rule = parse_deadline(phrase, Context(issued=issued)).rrule
    assert rule is not None
    return rule


def _dues(rule: str, start: date, end: date) -> list[date]:
    return [o.due for o in occurrences(rule, start, end)]


# --- the reading ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "rule", "words"),
    [
        # Chủ tịch UBND tỉnh Quảng Ngãi, Chỉ thị 27/CT-TTg (02/12/2019)
        ("trước ngày 05/6 và 05/12 hàng năm", "FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=5",
         "định kỳ 6 tháng một lần, hạn ngày 05/06 và 05/12"),
        ("trước ngày 10/6 và ngày 10/12 hàng năm",
         "FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=10", "hạn ngày 10/06 và 10/12"),
        # Thông tư 44/2019/TT-BGTVT, Điều 7: the report head's cadence agrees with the days
        ("Báo cáo định kỳ 6 tháng: Thời hạn gửi báo cáo chậm nhất vào ngày 20/6 và ngày 20/12 "
         "hàng năm", "FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=20", "hạn ngày 20/06 và 20/12"),
        ("trước ngày 15/1 và 15/7 hằng năm", "FREQ=MONTHLY;INTERVAL=6;BYMONTH=1,7;BYMONTHDAY=15",
         "hạn ngày 15/01 và 15/07"),
        ("trước ngày 31/3 và 30/9 hằng năm", "FREQ=MONTHLY;INTERVAL=6;BYMONTH=3,9;BYMONTHDAY=-1",
         "hạn ngày cuối tháng 3 và tháng 9"),
        ("Trước ngày 05/4, 05/7, 05/10, 05/11 hằng năm", "FREQ=YEARLY;BYMONTH=4,7,10,11;BYMONTHDAY=5",
         "hằng năm, hạn ngày 05/04, 05/07, 05/10 và 05/11"),
        # lịch tiếp công dân: UBND huyện Ngân Sơn (2021), TP Long Xuyên
        ("ngày 15 và 25 hàng tháng", "FREQ=MONTHLY;BYMONTHDAY=15,25", "hằng tháng, hạn ngày 15 và 25"),
        ("vào ngày 05 và 20 hàng tháng", "FREQ=MONTHLY;BYMONTHDAY=5,20", "hạn ngày 5 và 20"),
        ("ngày 10, 20 hằng tháng", "FREQ=MONTHLY;BYMONTHDAY=10,20", "hạn ngày 10 và 20"),
    ],
)  # fmt: skip
def test_several_due_days_read_as_one_rule_with_each_day(
    phrase: str, rule: str, words: str
) -> None:
    reading = parse_deadline(phrase)
    assert reading.rrule == rule
    assert words in reading.reading and "mỗi ngày là một kỳ hạn riêng" in reading.reading


def test_a_shift_to_the_next_working_day_is_kept_beside_the_days() -> None:
    """UBND huyện Ngân Sơn, lịch tiếp công dân 2021: the clause moves a day off to the next
    working day, as status does (Bộ luật Dân sự 2015, Điều 148.5)."""
    reading = parse_deadline(
        "Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 15 và 25 hàng tháng, nếu trùng vào "
        "ngày nghỉ lễ, tết hoặc ngày nghỉ hàng tuần thì chuyển sang ngày làm việc tiếp theo của "
        "tháng đó"
    )
    assert reading.rrule == "FREQ=MONTHLY;BYMONTHDAY=15,25"
    assert reading.label == "Chủ tịch UBND huyện tiếp công dân"
    assert reading.qualifier is not None and "ngày làm việc tiếp theo" in reading.qualifier


def test_a_registration_after_the_last_day_goes_to_next_month_as_a_gloss() -> None:
    """HĐND tỉnh Bắc Kạn, lịch tiếp công dân 2021: the clause says what becomes of a late
    registration and names the rule's own last day; another day would be refused."""
    reading = parse_deadline(
        "Trước ngày 15 và 25 hàng tháng, trường hợp đăng ký sau ngày 25 trở đi thì chuyển sang "
        "tháng kế tiếp"
    )
    assert reading.rrule == "FREQ=MONTHLY;BYMONTHDAY=15,25"
    assert reading.gloss == "trường hợp đăng ký sau ngày 25 trở đi thì chuyển sang tháng kế tiếp"
    with pytest.raises(DeadlineError):
        parse_deadline(
            "Trước ngày 15 và 25 hàng tháng, trường hợp đăng ký sau ngày 20 trở đi thì chuyển "
            "sang tháng kế tiếp"
        )


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("trước ngày 05/6 và 05/12 hàng quý", "không khớp với kỳ “hằng quý”"),
        ("ngày 15 và 25 hằng năm", "không khớp với kỳ “hằng năm”"),
        ("trước ngày 15/3 và 20/9 hằng năm", "kehoach done --milestone N"),
        ("ngày 15 và 30 hằng tháng", "ngày 29, 30, 31 không có trong mọi tháng"),
        ("trước ngày 15/3 và 15/3 hằng năm", "hai ngày cùng một tháng"),
        # TP Long Xuyên: "the nearest day" may come before the day set; never guessed
        ("vào ngày 05 và 20 hàng tháng, nếu trùng vào ngày nghỉ, ngày lễ, tết hoặc do bận công "
         "việc đột xuất thì tổ chức tiếp vào ngày gần nhất", "không dời theo cách văn bản nêu"),
        ("ngày 15 hằng tháng, nếu trùng vào ngày nghỉ thì tiếp vào ngày làm việc trước đó",
         "chỉ dời ngày trùng ngày nghỉ sang ngày làm việc tiếp theo"),
    ],
)  # fmt: skip
def test_days_that_do_not_fit_their_cadence_are_refused_with_a_reason(
    phrase: str, why: str
) -> None:
    with pytest.raises(DeadlineError) as refused:
        parse_deadline(phrase)
    assert why in str(refused.value)


def test_the_half_yearly_pair_names_each_half_and_a_monthly_pair_each_day() -> None:
    half = occurrences(
        _rule("trước ngày 05/6 và 05/12 hàng năm"), date(2020, 1, 1), date(2020, 12, 31)
    )
    assert [(o.due, o.period) for o in half] == [
        (date(2020, 6, 5), "6 tháng đầu năm 2020"),
        (date(2020, 12, 5), "6 tháng cuối năm 2020"),
    ]
    days = occurrences(_rule("ngày 15 và 25 hàng tháng"), date(2026, 3, 1), date(2026, 3, 31))
    assert [(o.due, o.period, o.opens) for o in days] == [
        (date(2026, 3, 15), "kỳ hạn 15/03/2026", date(2026, 2, 26)),
        (date(2026, 3, 25), "kỳ hạn 25/03/2026", date(2026, 3, 16)),
    ]
    assert (
        period_key("ngày 15/3/2026") == period_key("kỳ hạn 15/03/2026") == period_key("15-03-2026")
    )


def test_kehoach_deadline_says_the_days_and_the_next_one() -> None:
    shown = subprocess.run(
        # 17/03: Sunday 15/03 falls due Monday 16/03 (Điều 148.5), still the next that day
        [KEHOACH, "deadline", "--as-of", "17/03/2026", "ngày 15 và 25 hàng tháng"],
        capture_output=True, text=True, check=False, env={**os.environ, "NO_COLOR": "1"},
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert "hằng tháng, hạn ngày 15 và 25" in shown.stdout
    assert "Hạn kế tiếp  25/03/2026" in shown.stdout


# --- one arithmetic: the days written are the RRULE's days, as dateutil expands it -----------

_YEARS = (date(2024, 1, 1), date(2031, 12, 31))


@settings(max_examples=40, deadline=None)
@given(
    days=st.lists(st.integers(1, 28), min_size=2, max_size=5, unique=True),
    sep=st.sampled_from([" và ", ", ", " và ngày "]),
)
def test_monthly_days_are_the_rules_days_over_several_years(days: list[int], sep: str) -> None:
    days.sort()
    phrase = f"vào ngày {sep.join(f'{d:02d}' for d in days)} hằng tháng"
    rule = _rule(phrase)
    expected = [
        date(year, month, day)
        for year in range(2024, 2032)
        for month in range(1, 13)
        for day in days
    ]
    assert _expanded(rule, expected[0]) == expected == _dues(rule, *_YEARS)


@settings(max_examples=40, deadline=None)
@given(
    months=st.lists(st.integers(1, 12), min_size=2, max_size=4, unique=True),
    day=st.integers(1, 28),
    today=st.dates(date(2024, 1, 1), date(2030, 12, 31)),
)
def test_yearly_days_are_the_rules_days_and_status_counts_the_next(
    months: list[int], day: int, today: date
) -> None:
    months.sort()
    phrase = f"trước ngày {' và '.join(f'{day:02d}/{m}' for m in months)} hằng năm"
    reading = parse_deadline(phrase)
    assert reading.rrule is not None and reading.recurrence is not None
    expected = [date(year, m, day) for year in range(2024, 2032) for m in months]
    assert _expanded(reading.rrule, expected[0]) == expected == _dues(reading.rrule, *_YEARS)
    coming = next(d for d in expected if d >= today)
    assert current_occurrence(reading.recurrence, today) == coming


def _expanded(rule: str, first: date) -> list[date]:
    """The rule as dateutil alone expands it, DTSTART on its first day `first` (as the feed
    writes it: RFC 5545 counts INTERVAL from DTSTART)."""
    start = datetime.combine(first, datetime.min.time())
    end = datetime.combine(_YEARS[1], datetime.min.time())
    return [d.date() for d in rrulestr(rule, dtstart=start).between(start, end, inc=True)]


# --- a real plan: status per due day, done, validate, the feed -----------------------------

# The Chủ tịch UBND tỉnh Quảng Ngãi's instructions for Chỉ thị 27/CT-TTg (news item of
# 02/12/2019 on quangngai.gov.vn): the document's own phrases, one milestone each
PLAN = """\
schema: 1
id: ct27-qng-2019
number: null
kind: Văn bản chỉ đạo
title: Triển khai thực hiện Chỉ thị số 27/CT-TTg ngày 19/11/2019 của Thủ tướng Chính phủ
issuer: Chủ tịch UBND tỉnh Quảng Ngãi
jurisdiction: Quảng Ngãi
in_force: 02/12/2019
source:
  document: quangngai.gov.vn, tin đăng ngày 02/12/2019
  complete: true
tasks:
  - id: "2"
    title: Định kỳ đánh giá kết quả thực hiện, báo cáo UBND tỉnh
    lead: [Sở Kế hoạch và Đầu tư]
    deadline: trước ngày 05/6 và 05/12 hàng năm
  - id: "3"
    title: Tổng hợp tình hình, kết quả thực hiện Chỉ thị; trình UBND tỉnh
    lead: [Sở Kế hoạch và Đầu tư]
    deadline: trước ngày 10/6 và ngày 10/12 hàng năm
"""
# UBND huyện Ngân Sơn's citizen reception days (2021), as a task of a plan of 2026
RECEPTION = """\
schema: 1
id: tiep-cong-dan-2026
title: Lịch tiếp công dân định kỳ
issuer: UBND huyện
jurisdiction: Quảng Ngãi
issued: 05/01/2026
source: {document: x, complete: true}
tasks:
  - id: "1"
    title: Chủ tịch UBND huyện tiếp công dân định kỳ
    lead: [Sở Kế hoạch và Đầu tư]
    deadline: vào ngày 15 và 25 hàng tháng
    until: 31/03/2026
"""


def _kehoach(repo: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "KEHOACH_NO_CACHE": "1"}
    return subprocess.run(
        [KEHOACH, *map(str, args)], capture_output=True, text=True, cwd=repo, env=env, check=False
    )


REGISTRY = """\
schema: 1
jurisdiction: Quảng Ngãi
agencies:
  - id: cac-co-quan-don-vi-lien-quan
    name: Các cơ quan, đơn vị liên quan
    kind: group
"""


def _repo(tmp_path: Path, text: str, name: str) -> Path:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / f"{name}.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "plans" / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    return tmp_path


def _bins(repo: Path, as_of: str, task: str) -> dict[str, tuple[str, str]]:
    shown = _kehoach(repo, "status", "--all", "--as-of", as_of, "-f", "json")
    assert shown.returncode in (0, 1), shown.stderr
    items = json.loads(shown.stdout)["items"]
    return {i["period_due"]: (i["period"], i["bin"]) for i in items if i["task_id"] == task}


def test_each_half_year_of_the_pair_is_reported_and_late_on_its_own(tmp_path: Path) -> None:
    """fresh6 F1 from the other side: one milestone, two due days a year; the June report
    is the June occurrence's only, December's stays owed."""
    repo = _repo(tmp_path, PLAN, "ct27-qng-2019")
    june = _kehoach(repo, "done", "ct27-qng-2019/2", "--on", "04/06/2020")
    assert june.returncode == 0, june.stderr
    written = yaml.safe_load((repo / "plans" / "ct27-qng-2019.yaml").read_text("utf-8"))
    assert written["tasks"][0]["reports"] == [
        {"period": "6 tháng đầu năm 2020", "sent": date(2020, 6, 4)}
    ]
    assert _kehoach(repo, "validate").returncode == 0
    assert _bins(repo, "20/12/2020", "2") == {
        "2019-12-05": ("6 tháng cuối năm 2019", "overdue"),  # the plan came out on 02/12/2019
        "2020-06-05": ("6 tháng đầu năm 2020", "done_on_time"),
        "2020-12-05": ("6 tháng cuối năm 2020", "overdue"),  # a Saturday: due Monday 07/12
        "2021-06-05": ("6 tháng đầu năm 2021", "in_time"),  # the next one
    }
    late = _kehoach(repo, "done", "ct27-qng-2019/2", "--on", "15/12/2020", "--period",
                    "6 tháng cuối năm 2019")  # fmt: skip
    assert late.returncode == 0, late.stderr
    assert _bins(repo, "20/12/2020", "2")["2019-12-05"] == ("6 tháng cuối năm 2019", "done_late")


def test_a_report_naming_the_whole_year_is_matched_to_no_due_day(tmp_path: Path) -> None:
    """ "năm 2020" is the period of both due days: validate says so and names the periods."""
    text = PLAN.replace(
        "    deadline: trước ngày 05/6 và 05/12 hàng năm\n",
        "    deadline: trước ngày 05/6 và 05/12 hàng năm\n"
        "    reports:\n      - {period: năm 2020, sent: 04/06/2020}\n",
    )
    repo = _repo(tmp_path, text, "ct27-qng-2019")
    checked = _kehoach(repo, "validate")
    assert checked.returncode == 1
    assert "kỳ 'năm 2020' không có trong thời hạn định kỳ của nhiệm vụ '2'" in checked.stdout
    both = "kỳ này gồm 2 kỳ hạn (6 tháng đầu năm 2020, 6 tháng cuối năm 2020)"
    assert both in checked.stdout and "mỗi báo cáo ghi một kỳ hạn" in checked.stdout
    assert "[report-period-unknown]" in checked.stdout


def test_two_reception_days_a_month_each_owe_their_own(tmp_path: Path) -> None:
    repo = _repo(tmp_path, RECEPTION, "tiep-cong-dan-2026")
    assert _kehoach(repo, "done", "tiep-cong-dan-2026/1", "--on", "15/01/2026").returncode == 0
    named = _kehoach(
        repo, "done", "tiep-cong-dan-2026/1", "--on", "26/02/2026", "--period", "25/2/2026"
    )
    assert named.returncode == 0, named.stderr
    month = _kehoach(
        repo, "done", "tiep-cong-dan-2026/1", "--on", "26/03/2026", "--period", "tháng 3/2026"
    )
    assert month.returncode == 2 and "không có kỳ 'tháng 3/2026'" in month.stderr
    assert "kỳ hạn 25/03/2026" not in month.stderr or "ví dụ --period" in month.stderr
    assert _kehoach(repo, "validate").returncode == 0
    bins = _bins(repo, "20/03/2026", "1")
    assert bins["2026-01-15"] == ("kỳ hạn 15/01/2026", "done_on_time")
    assert bins["2026-01-25"] == ("kỳ hạn 25/01/2026", "overdue")
    assert bins["2026-02-25"] == ("kỳ hạn 25/02/2026", "done_late")  # a Wednesday, sent Thursday
    assert bins["2026-03-25"] == ("kỳ hạn 25/03/2026", "in_time")
    assert len(bins) == 6


def test_the_feed_carries_the_days_and_real_clients_expand_them(tmp_path: Path) -> None:
    from icalendar import Calendar

    from test_ics_cli import Khal

    repo = _repo(tmp_path, RECEPTION, "tiep-cong-dan-2026")
    assert _kehoach(repo, "done", "tiep-cong-dan-2026/1", "--on", "15/01/2026").returncode == 0
    feed = tmp_path / "feed.ics"
    exported = _kehoach(repo, "export-ics", "--as-of", "01/02/2026", "-o", feed)
    assert exported.returncode == 0, exported.stderr
    data = feed.read_bytes()
    assert b"RRULE:FREQ=MONTHLY;UNTIL=20260331;BYMONTHDAY=15,25" in data
    assert b"DTSTART;VALUE=DATE:20260115" in data and b"EXDATE;VALUE=DATE:20260115" in data
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    assert event["RRULE"]["BYMONTHDAY"] == [15, 25]
    owed = [
        date(2026, 1, 25),
        date(2026, 2, 15),
        date(2026, 2, 25),
        date(2026, 3, 15),
        date(2026, 3, 25),
    ]
    assert [e.dtstart for e in strict_calendar(data).timeline] == owed
    khal = Khal(tmp_path / "khal")
    khal.import_(feed)
    shown = [line.split()[0] for line in khal.days("01/01/2026", "30/04/2026")]
    assert shown == [f"{d:%d/%m/%Y}" for d in owed]


def test_the_half_yearly_feed_starts_on_the_first_due_day(tmp_path: Path) -> None:
    repo = _repo(tmp_path, PLAN, "ct27-qng-2019")
    feed = tmp_path / "feed.ics"
    assert _kehoach(repo, "export-ics", "--as-of", "01/01/2020", "-o", feed).returncode == 0
    timeline = strict_calendar(feed.read_bytes()).timeline
    firsts = sorted({e.dtstart for e in timeline if e.dtstart < date(2021, 1, 1)})
    assert firsts == [date(2019, 12, 5), date(2019, 12, 10), date(2020, 6, 5), date(2020, 6, 10),
                      date(2020, 12, 5), date(2020, 12, 10)]  # fmt: skip


def test_the_plan_cache_keeps_a_reading_with_several_days() -> None:
    """plan/cache.py writes readings as JSON: the days and months (tuples) come back equal,
    so a warm run reads them from the cache instead of keeping none."""
    from kehoach.dates.deadline import Context
    from kehoach.plan import cache

    for phrase in ("ngày 15 và 25 hàng tháng", "Trước ngày 05/4, 05/7, 05/10, 05/11 hằng năm"):
        reading = parse_deadline(phrase)
        row = json.loads(json.dumps(cache._reading_row(((phrase, Context()), reading))))
        assert cache._reading(row) == ((phrase, Context()), reading)
