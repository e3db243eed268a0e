"""Calendar feeds from plans (the core of `kehoach export-ics`), read back by two parsers."""

from __future__ import annotations

import dataclasses
import logging
from datetime import UTC, date, datetime, timedelta
from itertools import islice

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ical.calendar_stream import IcsCalendarStream
from icalendar import vRecur

from conftest import ICS_PLANS, assert_wire_format, feed_items, strict_calendar
from kehoach.dates.deadline import DeadlineKind, Frequency, Recurrence, rrule_text
from kehoach.feeds.ics import (
    ALL_TITLE,
    Export,
    FeedError,
    Options,
    Published,
    Split,
    calendar,
    event_uid,
    export,
    feed_title,
    published,
    rrule,
    version,
)
from kehoach.plan.loader import Repository, load_repository
from kehoach.plan.settings import Settings
from kehoach.reports.selection import Selection, select
from kehoach.reports.status import current_occurrence

AS_OF = date(2022, 7, 1)
STAMP = datetime(2022, 6, 20, 3, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def repo() -> Repository:
    return load_repository([ICS_PLANS], Settings(), ICS_PLANS)


def run(
    repo: Repository,
    *,
    options: Options | None = None,
    split: Split | None = None,
    previous: dict[str, Published] | None = None,
    selection: Selection | None = None,
    stamp: datetime = STAMP,
    today: date = AS_OF,
) -> Export:
    return export(
        repo.plans,
        Settings(),
        repo.directory,
        today,
        selection=selection or Selection(),
        split=split,
        options=options,
        previous=previous,
        stamp=stamp,
    )


def all_feed(repo: Repository, **kwargs: object) -> bytes:
    return run(repo, **kwargs).feeds[0].data  # type: ignore[arg-type]


# --- what is in a feed ------------------------------------------------------------------


def test_uid_is_plan_task_and_milestone_only() -> None:
    assert event_uid("kh-348-2022", "2", 0) == "kh-348-2022.2.m1@kehoach"
    assert event_uid("kh-22-2026", "III.1.1.a", 1) == "kh-22-2026.III.1.1.a.m2@kehoach"


def test_each_dated_milestone_is_one_all_day_event_on_its_last_day(repo: Repository) -> None:
    items = feed_items(all_feed(repo))
    first = items["kh-348-2022.2.m1@kehoach"]
    assert first.decoded("DTSTART") == date(2022, 7, 5)
    assert first.decoded("DTEND") == date(2022, 7, 6)  # exclusive: the day after
    second = items["kh-348-2022.2.m2@kehoach"]
    assert second.decoded("DTSTART") == date(2022, 7, 15)
    assert "Mốc 2/2: Tham mưu Ban cán sự đảng UBND tỉnh gửi Tổ biên tập" in second["DESCRIPTION"]


def test_a_window_sits_on_its_last_day_and_keeps_its_span_in_the_description(
    repo: Repository,
) -> None:
    window = feed_items(all_feed(repo))["kh-348-2022.3.m1@kehoach"]
    assert window.decoded("DTSTART") == date(2022, 8, 31)
    assert "Thời hạn: Tháng 6,7,8/2022" in window["DESCRIPTION"]
    assert "Khoảng thời gian: 01/06/2022 – 31/08/2022" in window["DESCRIPTION"]


def test_spans_make_a_window_a_multi_day_event(repo: Repository) -> None:
    window = feed_items(all_feed(repo, options=Options(spans=True)))["kh-348-2022.3.m1@kehoach"]
    assert (window.decoded("DTSTART"), window.decoded("DTEND")) == (
        date(2022, 6, 1),
        date(2022, 9, 1),
    )
    # the reminders still ring before the deadline, not before the window opens
    triggers = sorted(a.decoded("TRIGGER") for a in window.subcomponents)
    assert [datetime(2022, 6, 1) + t for t in triggers] == [
        datetime(2022, 8, 24, 9),
        datetime(2022, 8, 30, 9),
    ]


def test_summary_is_short_and_description_says_everything(repo: Repository) -> None:
    event = feed_items(all_feed(repo))["kh-348-2022.2.m1@kehoach"]
    summary = str(event["SUMMARY"])
    assert summary.startswith("[348/KH-UBND] 2. Tổng hợp báo cáo tổng kết (kinh tế; xã hội)")
    assert summary.endswith("… — Tham mưu UBND tỉnh")
    assert str(event["DESCRIPTION"]).splitlines() == [
        "Nhiệm vụ 2 (Phụ lục 1, TT 2): Tổng hợp báo cáo tổng kết (kinh tế; xã hội), quốc "
        "phòng, an ninh, đối ngoại và cải cách hành chính của tỉnh Nghệ An đến năm 2030, "
        "tầm nhìn đến năm 2045",
        "Chủ trì: Sở Tài chính",  # written "STC" in the plan: the registry's name
        "Phối hợp: Sở Tư pháp",
        "Thời hạn: Tham mưu UBND tỉnh trước ngày 05/7/2022",
        "Mốc 1/2: Tham mưu UBND tỉnh",
        "Tình trạng: Đang thực hiện",
        "Kế hoạch 348/KH-UBND: Tổng kết 10 năm thực hiện Nghị quyết số 26-NQ/TW (bản mẫu "
        "để kiểm tra lịch)",
    ]
    assert event.categories == ["Sở Tài chính", "Sở Tư pháp"]
    assert "URL" not in event


def test_categories_name_the_agencies_without_list_separators(repo: Repository) -> None:
    strict = strict_calendar(all_feed(repo))
    window = next(e for e in strict.events if e.uid == "kh-348-2022.3.m1@kehoach")
    assert window.categories == ["Sở Nội vụ", "Các sở ban ngành cấp tỉnh"]
    assert window.description is not None
    assert "Phối hợp: Các sở, ban, ngành cấp tỉnh" in window.description


def test_a_plan_url_links_each_event_to_its_plan_file(repo: Repository) -> None:
    options = Options(plan_url="https://git.example.org/ke-hoach/blob/main/", root=ICS_PLANS.parent)
    event = feed_items(all_feed(repo, options=options))["kh-15-2022.1.m1@kehoach"]
    link = "https://git.example.org/ke-hoach/blob/main/ics/kh-15-2022.yaml"
    assert str(event["URL"]) == link
    assert f"Tệp kế hoạch: {link}" in event["DESCRIPTION"]


def test_recorded_changes_are_described_and_counted_in_sequence(repo: Repository) -> None:
    moved = feed_items(all_feed(repo))["kh-348-2022.6.m1@kehoach"]
    assert moved["SEQUENCE"] == 1
    assert (
        "Đổi thời hạn ngày 20/06/2022: “Trước ngày 30/6/2022” → “Trước ngày 31/8/2022” "
        "(Chờ ý kiến của Ban Kinh tế Trung ương; Công văn số 4321/UBND-TH)"
    ) in moved["DESCRIPTION"]


def test_done_work_is_left_out_unless_asked_and_then_marked(repo: Repository) -> None:
    assert "kh-348-2022.1.m1@kehoach" not in feed_items(all_feed(repo))
    items = feed_items(all_feed(repo, options=Options(include_done=True)))
    done = items["kh-348-2022.1.m1@kehoach"]
    assert str(done["SUMMARY"]).startswith("✓ [348/KH-UBND] 1.")
    assert "Tình trạng: Hoàn thành đúng hạn ngày 23/06/2022" in done["DESCRIPTION"]
    assert not done.subcomponents  # no reminder for finished work
    # completed on 10/07/2022: on 01/07/2022 it is not done yet
    assert "Tình trạng: Đang thực hiện" in items["kh-348-2022.8.m1@kehoach"]["DESCRIPTION"]


def test_late_completion_says_how_late(repo: Repository) -> None:
    data = all_feed(repo, options=Options(include_done=True), today=date(2022, 12, 31))
    late = feed_items(data)["kh-348-2022.8.m1@kehoach"]
    assert "Tình trạng: Hoàn thành trễ hạn 10 ngày (ngày 10/07/2022)" in late["DESCRIPTION"]


def test_a_recurring_task_done_for_one_period_stays_for_the_next(repo: Repository) -> None:
    """The yearly report was done on 12/12/2022: the series goes on, reminders too."""
    yearly = feed_items(all_feed(repo, today=date(2022, 12, 13)))["kh-15-2022.1.m1@kehoach"]
    assert not str(yearly["SUMMARY"]).startswith("✓")
    assert len(yearly.subcomponents) == 2


def test_cancelled_work_stays_with_status_cancelled(repo: Repository) -> None:
    cancelled = feed_items(all_feed(repo))["kh-348-2022.4.m1@kehoach"]
    assert cancelled["STATUS"] == "CANCELLED"
    assert str(cancelled["SUMMARY"]).startswith("✗ ")
    assert not cancelled.subcomponents


def test_undated_milestones_are_left_out_and_counted(repo: Repository) -> None:
    result = run(repo)
    assert result.left_out == {
        DeadlineKind.ONGOING: 1,
        DeadlineKind.RELATIVE: 1,
        DeadlineKind.UNKNOWN: 1,
    }
    assert result.events == len(feed_items(result.feeds[0].data)) == 9


def test_reminders_default_to_seven_days_and_one_day_before_at_nine(repo: Repository) -> None:
    event = feed_items(all_feed(repo))["kh-348-2022.2.m1@kehoach"]
    alarms = event.subcomponents
    assert [a["ACTION"] for a in alarms] == ["DISPLAY", "DISPLAY"]
    assert [a["TRIGGER"].to_ical() for a in alarms] == [b"-P6DT15H", b"-PT15H"]
    assert str(alarms[1]["DESCRIPTION"]).startswith("Còn 1 ngày đến hạn: [348/KH-UBND] 2.")


def test_reminders_are_configurable(repo: Repository) -> None:
    same_day = feed_items(all_feed(repo, options=Options(alarms=(0,))))
    assert [a["TRIGGER"].to_ical() for a in same_day["kh-348-2022.6.m1@kehoach"].subcomponents] == [
        b"PT9H"
    ]
    silent = feed_items(all_feed(repo, options=Options(alarms=())))
    assert not any(item.subcomponents for item in silent.values())


def test_calendar_properties_clients_read(repo: Repository) -> None:
    head = all_feed(repo).split(b"BEGIN:VEVENT")[0].decode()
    for line in [
        "VERSION:2.0",
        "PRODID:-//kehoach//kehoach//VI",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"NAME:{ALL_TITLE}",
        f"X-WR-CALNAME:{ALL_TITLE}",
        "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
        "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
        "X-PUBLISHED-TTL:PT12H",
    ]:
        assert f"\r\n{line}\r\n" in head


def test_feed_names_follow_what_was_asked(repo: Repository) -> None:
    plan = repo.plans[0].plan
    assert feed_title(repo.directory, ["stc", "so tai chinh"], []) == "Kế hoạch — Sở Tài chính"
    assert feed_title(repo.directory, [], [plan]) == "Kế hoạch 15/KH-UBND"
    assert feed_title(repo.directory, [], []) == ALL_TITLE


# --- recurring deadlines ----------------------------------------------------------------


def test_recurring_deadlines_are_one_event_with_a_rule(repo: Repository) -> None:
    items = feed_items(all_feed(repo))
    yearly = items["kh-15-2022.1.m1@kehoach"]
    assert yearly.decoded("DTSTART") == date(2022, 12, 15)  # first one after the plan's issue
    assert yearly["RRULE"].to_ical() == b"FREQ=YEARLY;BYMONTHDAY=15;BYMONTH=12"
    assert "Lặp lại: hằng năm, hạn ngày 15/12" in yearly["DESCRIPTION"]
    quarterly = items["kh-15-2022.2.m1@kehoach"]
    assert quarterly.decoded("DTSTART") == date(2022, 3, 31)
    assert quarterly["RRULE"].to_ical() == b"FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"


# "Chủ nhật cuối cùng hằng tháng", "Chủ nhật thứ ba của tháng 11 hằng năm", "thứ Sáu thứ hai …"
NTH_WEEKDAYS = [
    Recurrence(Frequency.MONTHLY, weekday=6, nth=-1),
    Recurrence(Frequency.YEARLY, month=11, weekday=6, nth=3),
    Recurrence(Frequency.MONTHLY, weekday=4, nth=2),
]
RULES = [
    Recurrence(Frequency.YEARLY, month=12, day=15),
    Recurrence(Frequency.YEARLY, month=2, day=29),
    Recurrence(Frequency.YEARLY, month=6),
    Recurrence(Frequency.YEARLY),
    Recurrence(Frequency.QUARTERLY),
    Recurrence(Frequency.MONTHLY, day=20),
    Recurrence(Frequency.MONTHLY, day=30),
    Recurrence(Frequency.MONTHLY, day=31),
    Recurrence(Frequency.MONTHLY),
    Recurrence(Frequency.HALF_YEARLY),
    Recurrence(Frequency.HALF_YEARLY, day=20),
    Recurrence(Frequency.WEEKLY),
    *NTH_WEEKDAYS,
]


@pytest.mark.parametrize("rule", NTH_WEEKDAYS, ids=lambda r: f"{r.frequency}-{r.nth}-{r.weekday}")
def test_a_weekday_counted_in_its_month_is_the_reading_s_rule(rule: Recurrence) -> None:
    """The feed's RRULE is the one `kehoach deadline` prints (`nth_weekday_parts`, one source)."""
    assert vRecur(rrule(rule)).to_ical() == vRecur.from_ical(rrule_text(rule)).to_ical()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.frequency}-{r.month}-{r.day}")
def test_rrule_gives_the_days_status_counts_from(rule: Recurrence) -> None:
    """The days a calendar expands from the RRULE are those `kehoach status` judges on."""
    first = current_occurrence(rule, date(2023, 1, 1))
    event = (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//VI\r\nBEGIN:VEVENT\r\n"
        f"UID:x\r\nDTSTAMP:20230101T000000Z\r\nDTSTART;VALUE=DATE:{first:%Y%m%d}\r\n"
        f"RRULE:{calendar_rule(rule)}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    timeline = IcsCalendarStream.calendar_from_ics(event).timeline
    expanded = [e.start for e in islice(timeline.start_after(datetime(2022, 12, 31)), 30)]
    expected, day = [], first
    while len(expected) < 30:
        expected.append(day)
        day = current_occurrence(rule, day + timedelta(days=1))
    assert expanded == expected


def calendar_rule(rule: Recurrence) -> str:
    return vRecur(rrule(rule)).to_ical().decode()


# --- versions: SEQUENCE, LAST-MODIFIED, DTSTAMP -----------------------------------------


LATER = STAMP + timedelta(days=30)


@pytest.mark.parametrize(
    ("recorded", "before", "fingerprint", "expected"),
    [
        (0, None, "a", (0, STAMP)),  # first export: recorded changes, source time
        (2, None, "a", (2, STAMP)),
        (0, Published(3, "a", STAMP), "a", (3, STAMP)),  # unchanged: as published
        (0, Published(3, "a", STAMP), "b", (4, LATER)),  # hand edit: one up
        (5, Published(3, "a", STAMP), "b", (5, LATER)),  # recorded changes lead
        (1, Published(1, "a", STAMP), "a", (1, STAMP)),
        (0, Published(2, None, None), "a", (3, LATER)),  # a feed not written by kehoach
    ],
)
def test_sequence_never_falls_and_last_modified_moves_with_it(
    recorded: int, before: Published | None, fingerprint: str, expected: tuple[int, datetime]
) -> None:
    stamp = STAMP if before is None else LATER
    assert version(recorded, before, fingerprint, stamp) == expected


def test_last_modified_never_goes_back_even_with_an_older_source_time() -> None:
    sequence, modified = version(0, Published(1, "a", LATER), "b", STAMP)
    assert (sequence, modified) == (2, LATER + timedelta(seconds=1))


def test_same_plans_give_the_same_bytes_and_a_published_feed_is_kept(repo: Repository) -> None:
    first = all_feed(repo)
    assert all_feed(repo) == first
    # read back as the previous feed, with a newer source time: nothing moves
    again = all_feed(repo, previous=published([("all.ics", first)]), stamp=LATER)
    assert again == first


def test_a_changed_event_goes_one_up_against_the_previous_feed(repo: Repository) -> None:
    before = published([("all.ics", all_feed(repo))])
    plan = repo.plans[1].plan  # kh-348-2022
    tasks = list(plan.tasks)
    tasks[2] = tasks[2].model_copy(update={"title": "Khảo sát thực tế tại các xã miền Tây"})
    edited = dataclasses.replace(repo.plans[1], plan=plan.model_copy(update={"tasks": tasks}))
    changed = dataclasses.replace(repo, plans=[repo.plans[0], edited])
    items = feed_items(all_feed(changed, previous=before, stamp=LATER))
    window = items["kh-348-2022.3.m1@kehoach"]
    assert window["SEQUENCE"] == 1
    assert window.decoded("LAST-MODIFIED") == window.decoded("DTSTAMP") == LATER
    untouched = items["kh-348-2022.2.m1@kehoach"]
    assert untouched["SEQUENCE"] == 0
    assert untouched.decoded("LAST-MODIFIED") == STAMP


def test_previous_feeds_are_read_back_the_highest_sequence_winning(repo: Repository) -> None:
    data = all_feed(repo)
    bumped = data.replace(
        b"UID:kh-348-2022.6.m1@kehoach\r\nSEQUENCE:1", b"UID:kh-348-2022.6.m1@kehoach\r\nSEQUENCE:7"
    )
    seen = published([("a.ics", data), ("b.ics", bumped)])
    assert seen["kh-348-2022.6.m1@kehoach"].sequence == 7
    plain = seen["kh-348-2022.2.m1@kehoach"]
    assert (plain.sequence, plain.modified) == (0, STAMP)
    assert plain.fingerprint is not None and len(plain.fingerprint) == 16


def test_a_previous_last_modified_not_in_utc_is_read_as_utc(repo: Repository) -> None:
    """RFC 5545 §3.8.7.3 wants LAST-MODIFIED in UTC; a floating one (another tool, a hand
    edit) is taken as UTC, so a changed event still gets a later, UTC time."""
    floating = all_feed(repo).replace(
        b"LAST-MODIFIED:20220620T030000Z", b"LAST-MODIFIED:20220620T030000"
    )
    before = published([("all.ics", floating)])
    assert before["kh-348-2022.2.m1@kehoach"].modified == STAMP
    changed = {uid: dataclasses.replace(seen, fingerprint="old") for uid, seen in before.items()}
    moved = feed_items(all_feed(repo, previous=changed, stamp=STAMP))["kh-348-2022.2.m1@kehoach"]
    assert (moved["SEQUENCE"], moved.decoded("DTSTAMP")) == (1, STAMP + timedelta(seconds=1))


def test_an_unreadable_or_cut_previous_feed_is_an_error_naming_it(repo: Repository) -> None:
    whole = all_feed(repo)
    broken = [
        whole.replace(b"SEQUENCE:1\r\n", b"SEQUENCE:x\r\n"),
        whole.replace(b"LAST-MODIFIED:20220620T030000Z", b"LAST-MODIFIED:hom qua", 1),
    ]
    for garbage in [
        b"",
        b"not a calendar",
        b"BEGIN:VCALENDAR\r\nEND:VEVENT\r\n",
        whole[:4000],
        *broken,
    ]:
        with pytest.raises(FeedError, match=r"old\.ics"):
            published([("old.ics", garbage)])


# --- one feed per agency or plan --------------------------------------------------------


def stems(result: Export) -> dict[str, set[str]]:
    return {feed.stem: set(feed_items(feed.data)) for feed in result.feeds}


def test_split_by_agency_gives_each_agency_what_agency_filter_gives(repo: Repository) -> None:
    feeds = stems(run(repo, split=Split.AGENCY))
    assert list(feeds) == [
        "all",
        "cac-so-ban-nganh-cap-tinh",
        "so-ke-hoach-va-dau-tu",
        "so-noi-vu",
        "so-tai-chinh",
        "so-tu-phap",
    ]
    assert "kh-348-2022.2.m1@kehoach" in feeds["so-tu-phap"]  # supporting
    # Sở Kế hoạch và Đầu tư merged into Sở Tài chính: its work is the successor's too
    assert "kh-348-2022.6.m1@kehoach" in feeds["so-tai-chinh"]
    for stem, uids in feeds.items():
        if stem != "all":
            wanted = select(repo.plans, repo.directory, agencies=[stem])
            assert uids == set(feed_items(all_feed(repo, selection=wanted)))


def test_split_by_agency_lead_only_drops_supporters(repo: Repository) -> None:
    feeds = stems(run(repo, split=Split.AGENCY, selection=Selection(lead_only=True)))
    assert "cac-so-ban-nganh-cap-tinh" not in feeds
    assert "kh-348-2022.2.m1@kehoach" not in feeds["so-tu-phap"]


def test_split_by_agency_within_an_agency_filter_gives_only_those_agencies(
    repo: Repository,
) -> None:
    wanted = select(repo.plans, repo.directory, agencies=["stc"])  # with its predecessor
    feeds = stems(run(repo, split=Split.AGENCY, selection=wanted))
    assert list(feeds) == ["all", "so-ke-hoach-va-dau-tu", "so-tai-chinh"]
    assert "kh-348-2022.2.m1@kehoach" in feeds["so-tai-chinh"]  # Sở Tư pháp supports it


def test_split_by_plan(repo: Repository) -> None:
    result = run(repo, split=Split.PLAN)
    assert [(f.stem, f.title, f.events) for f in result.feeds] == [
        ("all", ALL_TITLE, 9),
        ("kh-15-2022", "Kế hoạch 15/KH-UBND", 3),
        ("kh-348-2022", "Kế hoạch 348/KH-UBND", 6),
    ]
    assert b"X-WR-CALNAME:K\xe1\xba\xbf ho\xe1\xba\xa1ch 15/KH-UBND\r\n" in result.feeds[1].data


def test_an_event_is_the_same_in_every_feed_it_appears_in(repo: Repository) -> None:
    result = run(repo, split=Split.AGENCY)
    versions = {
        uid: item.to_ical() for feed in result.feeds for uid, item in feed_items(feed.data).items()
    }
    for feed in result.feeds:
        for uid, item in feed_items(feed.data).items():
            assert item.to_ical() == versions[uid]


# --- to-dos -----------------------------------------------------------------------------


def test_todo_mode_writes_vtodo_with_due_dates_and_progress(repo: Repository) -> None:
    data = all_feed(repo, options=Options(todo=True, include_done=True))
    items = feed_items(data)
    assert b"BEGIN:VEVENT" not in data
    assert items["kh-348-2022.2.m1@kehoach"].decoded("DUE") == date(2022, 7, 5)
    assert items["kh-348-2022.2.m1@kehoach"]["STATUS"] == "IN-PROCESS"
    done = items["kh-348-2022.1.m1@kehoach"]
    assert (done["STATUS"], done["PERCENT-COMPLETE"]) == ("COMPLETED", 100)
    assert done.decoded("COMPLETED") == datetime(2022, 6, 23, 5, tzinfo=UTC)  # noon in Hà Nội
    assert items["kh-348-2022.4.m1@kehoach"]["STATUS"] == "CANCELLED"
    window = items["kh-348-2022.3.m1@kehoach"]
    assert (window.decoded("DTSTART"), window.decoded("DUE")) == (
        date(2022, 6, 1),
        date(2022, 8, 31),
    )
    alarm = items["kh-348-2022.2.m1@kehoach"].subcomponents[1]
    assert alarm["TRIGGER"].params["RELATED"] == "END"
    strict = strict_calendar(data)
    assert len(strict.todos) == len(items)
    yearly = next(t for t in strict.todos if t.uid == "kh-15-2022.1.m1@kehoach")
    assert yearly.rrule is not None
    assert (yearly.dtstart.date(), yearly.due.date()) == (date(2022, 12, 15), date(2022, 12, 15))


# --- the bytes on the wire --------------------------------------------------------------


def test_wire_format_crlf_folding_and_escaping(repo: Repository) -> None:
    data = all_feed(repo, options=Options(include_done=True))
    assert_wire_format(data)
    unfolded = data.replace(b"\r\n ", b"").decode("utf-8")
    assert "SUMMARY:[348/KH-UBND] 2. Tổng hợp báo cáo tổng kết (kinh tế\\; xã hội)\\, " in unfolded
    assert "\\nChủ trì: Sở Tài chính\\nPhối hợp: Sở Tư pháp\\n" in unfolded
    assert "CATEGORIES:Sở Nội vụ,Các sở ban ngành cấp tỉnh\r\n" in unfolded


def test_both_parsers_read_back_the_text_as_written(
    repo: Repository, caplog: pytest.LogCaptureFixture
) -> None:
    data = all_feed(repo, options=Options(include_done=True))
    with caplog.at_level(logging.DEBUG, logger="ical"):
        strict = strict_calendar(data)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    loose = feed_items(data)
    assert {e.uid for e in strict.events} == set(loose)
    for event in strict.events:
        assert event.summary == str(loose[event.uid]["SUMMARY"])
        assert event.description == str(loose[event.uid]["DESCRIPTION"])
        assert event.sequence == loose[event.uid]["SEQUENCE"]


VIETNAMESE = st.text(
    alphabet=st.sampled_from(
        "aăâeêioôơuưyđ ,;:\\\"'\n—…ạảãáàặẳẵắằậẩẫấầệểễếềịỉĩíìọỏõóòộổỗốồợởỡớờụủũúùựửữứừỵỷỹýỳ"
    ),
    min_size=1,
    max_size=300,
).filter(str.strip)


@settings(max_examples=40, deadline=None)
@given(title=VIETNAMESE)
def test_any_vietnamese_title_folds_cleanly_and_reads_back(title: str) -> None:
    repo = load_repository([ICS_PLANS], Settings(), ICS_PLANS)
    plan = repo.plans[0].plan
    task = plan.tasks[0].model_copy(update={"title": title})
    one = dataclasses.replace(repo.plans[0], plan=plan.model_copy(update={"tasks": [task]}))
    data = all_feed(dataclasses.replace(repo, plans=[one]))
    assert_wire_format(data)
    event = strict_calendar(data).events[0]
    assert event.description is not None
    assert " ".join(title.split()) in event.description


def test_calendar_of_nothing_is_still_a_calendar() -> None:
    assert strict_calendar(calendar(ALL_TITLE, [])).events == []
