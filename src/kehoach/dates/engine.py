"""The deadline language's reading: a phrase through its rules into `Found` readings.

A phrase is [label] [keywords] <time part> [trailing punctuation]. Every rule is anchored
at the END of the phrase, so a date is never picked out of arbitrary text; the rule whose
match starts earliest explains the most words and wins (`_RULES`, in the order that breaks
ties). The words left before it (the label) may hold no number and no word of time: a
reading accounts for every number of the phrase, or the phrase is refused. A phrase no one
rule reads whole is read as parts joined by "và", ",", ";" (`_read`).

`parse` is the whole reading, for `kehoach.dates.deadline.parse_deadlines`. The builders
of the rules live in `periods`, `lists`, `cadence` and `counted`; the refusals in
`refusals`, the column header in `header`, the step after the time part in `steps`, the
joining of a start bound to its end in `combine`.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise
from typing import NamedTuple

from kehoach.base.text import bare_twin, fold, nfc, run_together, unmarked
from kehoach.dates.aftertet import (
    AFTER_TET,
    AFTER_TET_SPARED,
    IS_CLOSING,
    after_tet_disagreement,
)
from kehoach.dates.agenda import agenda_year_before_its_day, edition_held, event_on_its_day
from kehoach.dates.anchorfirst import read_anchor_first
from kehoach.dates.anniversary import HINT, read_anniversary
from kehoach.dates.asides import (
    COUNT_ONLY,
    DAY_THEN_WORDS,
    DOCUMENT_NUMBER,
    ENCLOSED,
    LAST_WEEKDAY,
    NAMED_PERIOD,
    PART_HOURS,
    PART_OF_YEAR_UNDATED,
    WEEKDAY,
    WEEKDAYS,
    WITHIN_COUNT,
    Asides,
    explain_asides,
    hour_in_part,
    occasion_of_a_year,
    trailing_note,
    unwrap_time_part,
    weekday_number,
)
from kehoach.dates.askedifany import refuse_asked_if_any
from kehoach.dates.barecondition import refuse_bare_condition
from kehoach.dates.benefits import cut_benefit_months
from kehoach.dates.cadence import (
    LEAP_YEAR,
    build_after_event_each_year,
    build_data_period,
    build_days_every,
    build_month_after_year_end,
    build_monthly_window,
    build_ongoing,
    build_recurring,
    build_report_day,
    build_weekday_every_week,
    build_yearly_window,
    cadence_beside,
    every_frequency,
    every_period,
    listed_words,
    refuse_cadence_of_an_object,
    refuse_occasion_each_period,
    refuse_tax_at_period_end,
    registration_after_last_day,
    reported_before,
    rule_of_days,
    rule_of_listed,
    weekly_on,
)
from kehoach.dates.cadencefirst import cadence_put_last
from kehoach.dates.calendaryear import calendar_year_plainly, label_as_printed
from kehoach.dates.calledoff import refuse_asked_move, refuse_called_off_after
from kehoach.dates.calledoffrule import refuse_rule_called_off
from kehoach.dates.callup import callup_exam_year
from kehoach.dates.capped import read_capped
from kehoach.dates.citations import (
    cited_years,
    document_day,
    own_clause_after_grounds,
    own_plan_period,
    own_plan_told,
    refuse_cited_title_tail,
)
from kehoach.dates.combine import (
    combine,
    length_agrees,
    length_unlike,
    school_weeks_agree,
    with_count_note,
)
from kehoach.dates.commemorated import named_before_its_day
from kehoach.dates.compared import cut_compared_figure, cut_margin_before, cut_moved_aside
from kehoach.dates.compareday import day_and_the_day_it_beats
from kehoach.dates.conditionafter import refuse_condition_after
from kehoach.dates.conditional import (
    CONDITION_AFTER,
    CONDITION_AFTER_BARE,
    CONDITION_FIRST,
    CONDITION_FIRST_BARE,
    QUOTED,
    WILL_NOT,
    negation,
)
from kehoach.dates.contrasted import after_contrast
from kehoach.dates.copydamage import day_word_doubled
from kehoach.dates.councilyear import days_of_a_council_round
from kehoach.dates.countdown import countdown
from kehoach.dates.counted import (
    UNITS,
    WORK_LENGTH_RULE,
    build_coming,
    build_relative,
    build_work_length,
)
from kehoach.dates.countedlabel import occurrence_spared
from kehoach.dates.countedoccasion import HINT as COUNTED_HINT
from kehoach.dates.countedoccasion import read_counted_occasion
from kehoach.dates.dayoffreason import cut_day_off_reason
from kehoach.dates.daysapart import several_days_said
from kehoach.dates.daysoffsplit import (
    days_off_and_their_kinds,
    days_off_named,
    weekend_counted_in,
)
from kehoach.dates.designated import read_designated
from kehoach.dates.donethenreport import done_then_reported
from kehoach.dates.dueafter import read_due_after
from kehoach.dates.endswhen import end_said_as_until
from kehoach.dates.eventspan import (
    opening_lasting,
    opening_to_closing,
    opening_to_closing_continuous,
)
from kehoach.dates.extension import read_extension
from kehoach.dates.firststep import after_first_step
from kehoach.dates.found import Decided, Found, Input, whole_years
from kehoach.dates.fromtomorrow import from_tomorrow
from kehoach.dates.grammar import (
    AFTER_EVENT_EACH_YEAR_RULE,
    AFTER_EVENT_UNTIL_RULE,
    ANCHOR_IN_PARENS,
    CLAUSE_SEPARATOR,
    COMING_RULE,
    COUNT_IN_PARENS,
    DATA_PERIOD_RULE,
    DATED_GROUPS_RULE,
    DATES_LIST_RULE,
    DAY_AND_NEXT_RULE,
    DAY_GROUPS_RULE,
    DAY_LIST_RULE,
    DAY_RULE,
    DAY_SHAPE,
    DAY_SPAN_RULE,
    DAYS_EVERY_RULE,
    DUE_WORD,
    DURATION_RULE,
    EACH_REPORTS_PERIOD,
    EVERY_FIRST_RULE,
    EVERY_LAST_RULE,
    HALF_DAY_RULE,
    IN_FORCE_RULE,
    LENGTH_CAP_RULE,
    MAX_READ,
    MONTH_AFTER_YEAR_END_RULE,
    MONTHLY_WINDOW_RULE,
    NEXT_DAY_RULE,
    ONE_DAY,
    ONGOING_RULE,
    PERIOD_RULE,
    QUARTER_REPORT_HEAD,
    RANGE_RULE,
    RELATIVE_AFTER_COUNT_RULE,
    RELATIVE_BEFORE_RULE,
    RELATIVE_BOUND_FIRST_RULE,
    RELATIVE_RULE,
    REPORT_DAY_RULE,
    REPORT_HEAD,
    START_END_RULE,
    THAT_IS_RULE,
    TIME_THEN_STEP,
    TOLD_DONE,
    UNKNOWN_RULE,
    WEEKDAY_EVERY_WEEK_RULE,
    WRITE_THE_DAYS,
    YEAR_OF_SPAN_RULE,
    YEARLY_WINDOW_RULE,
    Contradicted,
    Refusal,
    Source,
    Unreadable,
    before_or_within,
    read_day,
    read_point,
    show,
    split_parts,
    start_match,
)
from kehoach.dates.groundsfirst import after_grounds, grounds_agree
from kehoach.dates.header import (
    count_from_header,
    count_of,
    due_column_period,
    header_agrees,
    header_line,
    header_narrows,
    in_due_column,
    in_force_under_header,
    per_case_count,
    processing_header,
    refuse_under_own_day_header,
    with_header_unit,
)
from kehoach.dates.hedged import refuse_hedged, refuse_hedged_gloss
from kehoach.dates.heldwithin import held_within
from kehoach.dates.hoursasdays import hours_as_days
from kehoach.dates.hoursonly import hours_only
from kehoach.dates.inforcecited import cut_in_force_cited
from kehoach.dates.inforceterm import term_in_force
from kehoach.dates.instituted import chosen_each_year, without_institution
from kehoach.dates.interval import CADENCE, read_interval
from kehoach.dates.keptup import kept_up_after_cadence, kept_up_agrees
from kehoach.dates.label import (
    AFTER_EVENT_ON,
    AFTER_ROUND,
    AT_MOST_UNTIL,
    EARLIER_THEN_DAY,
    EARLIEST_FIELD,
    EARLIEST_OF_ALL,
    EARLIEST_OF_ALL_ON,
    END_MARK,
    EVENT_IN_STEP,
    PROGRAMME_SPAN,
    bullet_out,
    crossed_new_year,
    edition_of_the_rules,
    issued_before_label,
    label_years,
    list_marker_out,
    no_later_than,
    period_after_a_noun,
    read_label,
    read_step,
    refuse_another_time,
    refuse_not_yet_after,
    refuse_step_held_after,
    refuse_step_not_due,
    refuse_step_years,
    refuse_unanchored,
    start_refusal,
    stray_close_out,
    subject_year,
    without_road_numbers,
    work_span_after_comma,
    year_unlike_its_time,
)
from kehoach.dates.lapsed import read_lapsed
from kehoach.dates.later import (
    in_later_year,
    later_year,
    later_year_of_one_part,
    today_written,
)
from kehoach.dates.leadin import (
    after_lead_in,
    after_occasion,
    as_label,
    period_come,
    spelt_as_time_word,
)
from kehoach.dates.letterrule import refuse_yearly_by_letter
from kehoach.dates.listitems import read_list_items
from kehoach.dates.lists import (
    build_dated_groups,
    build_dates_list,
    build_day_and_next,
    build_day_groups,
    build_day_list,
    build_day_span,
    build_half_day,
)
from kehoach.dates.longcell import refuse_too_long
from kehoach.dates.lostglyph import refuse_lost_glyph
from kehoach.dates.lunar import (
    LUNAR_FIRST,
    LUNAR_LAST,
    NAMED_LUNAR_YEAR,
    Unlunar,
    cycle_name,
    folded_cycle_name,
    occasion_day_as_solar,
    occasion_disagreement,
    occasion_every_year_as_solar,
    solar_first,
    tet_break_disagreement,
    year_names_agree,
)
from kehoach.dates.lunarrow import gloss_of_last_day, gloss_of_one_day, two_days_glossed
from kehoach.dates.lunarslip import slipped_gloss
from kehoach.dates.madeup import day_off_and_made_up
from kehoach.dates.measurebasis import cut_measure_basis
from kehoach.dates.milestones import (
    refuse_step_told_done,
    steps_in_sequence,
    told_decided,
    whole_months,
)
from kehoach.dates.money import refuse_money_of_a_year
from kehoach.dates.monthlymeeting import meeting_month_named
from kehoach.dates.monthspan import month_then_its_span
from kehoach.dates.monthyear import read_month_unnamed
from kehoach.dates.movedoff import refuse_moved_off
from kehoach.dates.namedreport import NotThisRule
from kehoach.dates.news import (
    clause_moves_a_time,
    cut_done_day,
    cut_review_held,
    cut_reviewed_year,
    day_alone_opening,
    day_may_be_news_or_start,
    eve_year,
    near_its_page,
    past_told,
)
from kehoach.dates.nextinline import after_next_in_line
from kehoach.dates.nthweekday import NTH_WEEKDAY_RULE, build_nth_weekday
from kehoach.dates.numbers import count_number, spelled_number
from kehoach.dates.occasions import (
    EVENT_HELD,
    NOT_HELD_THEN,
    anniversary_agrees,
    anniversary_spans_checked,
    edition_year_named,
    event_on_its_days,
    held_on_its_days,
    named_day_disagreement,
    named_day_each_year,
    on_the_occasion_day,
    refuse_held_after_a_year,
)
from kehoach.dates.onceperiod import read_once_a_period
from kehoach.dates.onlythen import wait_told
from kehoach.dates.openedbefore import cut_opened_before
from kehoach.dates.openlength import open_length
from kehoach.dates.ordinalcadence import refuse_ordered_round_each_period
from kehoach.dates.overnight import one_night
from kehoach.dates.paidcovered import paid_or_covered_after
from kehoach.dates.periods import (
    build_after_event_until,
    build_day,
    build_in_force,
    build_period,
    build_range,
    build_start_end,
    build_that_is,
    build_year_of_span,
    in_third_of_month,
)
from kehoach.dates.planyear import read_plan_year
from kehoach.dates.progress import cut_half_gone_by
from kehoach.dates.reading import (
    Context,
    Deadline,
    DeadlineKind,
    Frequency,
    Recurrence,
    rrule_text,
    usual_offset,
)
from kehoach.dates.refusals import (
    FIXED_WAY_OUT,
    LONG_PAST,
    as_usual_before_its_day,
    check_asides,
    figure_period,
    ground_broken_then_finished,
    not_far_ahead,
    not_long_past,
    one_day_of_a_part,
    refuse_as_usual,
    refuse_before_asides,
    refuse_begun_told,
    refuse_day_outside_its_terms,
    refuse_figure_as_of,
    refuse_filing_window_without_year,
    refuse_in_force_unlike_passing,
    refuse_part_of_a_year_before,
    refuse_part_of_a_year_unread,
    refuse_period_beside_a_day,
    refuse_school_term_over_a_year,
    refuse_told_day_ahead,
    refuse_two_last_days,
    refuse_unread_kinds,
    refuse_year_beside_its_day,
    with_plan_year,
)
from kehoach.dates.replaced import cut_replaced
from kehoach.dates.reporting import (
    TWO_CADENCES_RULE,
    YEARLY_DATA_PERIOD_RULE,
    build_two_cadences,
    build_yearly_data_period,
    cadence_said_first,
    refuse_report_title_period,
)
from kehoach.dates.reportperiod import label_with_period, report_period_named
from kehoach.dates.restofyear import read_rest_of_year
from kehoach.dates.resulttold import refuse_result_told
from kehoach.dates.roundcount import (
    refuse_miscounted_rounds,
    refuse_misnumbered_rounds,
    refuse_rounds_unlike_days,
)
from kehoach.dates.rounds import cut_round_year, issued_for_round, no_days, round_agrees
from kehoach.dates.roundyear import refuse_round_of_said_year
from kehoach.dates.routine import (
    DAILY_RULE,
    EVERY_COUNT_RULE,
    WEEKDAY_SPAN_RULE,
    WEEKDAYS_RULE,
    build_daily,
    build_every_count,
    build_weekday_span,
    build_weekdays,
    is_duty,
    weekdays_alone_said,
)
from kehoach.dates.sameday import SAME_DAY, read_same_day
from kehoach.dates.schedules import grades_apart, steps_joined
from kehoach.dates.schoolyear import cut_school_year_served, refuse_year_of_another
from kehoach.dates.sessionnamed import session_not_a_period
from kehoach.dates.sessions import cut_sessions
from kehoach.dates.showminutes import show_minutes, show_of_its_day
from kehoach.dates.signing import hour_before_its_day, is_place_name, signing_day_glossed
from kehoach.dates.sittings import several_sittings, sittings_fit_one_day
from kehoach.dates.spacedpair import TWO_DAYS_IN_A_ROW, span_of_spaced_pair
from kehoach.dates.spanclause import steps_not_undone
from kehoach.dates.spanofyears import refuse_days_across_years
from kehoach.dates.speltcount import count_in_digits
from kehoach.dates.speltmonths import spelt_months
from kehoach.dates.standing import read_standing, refuse_one_year
from kehoach.dates.standingspan import read_standing_span
from kehoach.dates.startwithin import start_within_then_end
from kehoach.dates.stepnotdone import refuse_step_not_done
from kehoach.dates.steps import (
    clause_after_cadence,
    clause_after_day,
    event_day_first,
    holds_an_event,
    in_force_then_replaced,
    label_after,
    once_a_month_said_first,
    report_head_of_count,
    shift_after_cadence,
    until_event,
    words_after,
)
from kehoach.dates.strayinitial import read_stray_initial
from kehoach.dates.subjects import refuse_period_of_a_subject
from kehoach.dates.taxterms import tax_terms_written_out
from kehoach.dates.tetsplit import cut_tet_split, split_disagreement
from kehoach.dates.thesedays import without_these_days
from kehoach.dates.thingsyear import days_before_their_year
from kehoach.dates.toldpast import (
    refuse_appraised_told,
    refuse_held_well_told,
    refuse_news_told,
    refuse_past_period_reported,
    refuse_past_rounds,
    refuse_plan_carried_out,
    refuse_told_after_its_time,
)
from kehoach.dates.unanchored import event_length_said, read_unanchored
from kehoach.dates.unreadpart import past_its_close, why_unread
from kehoach.dates.untilbefore import until_count_before
from kehoach.dates.untilstate import state_told
from kehoach.dates.uptoperiod import refuse_beside_another, refuse_up_to_unsure
from kehoach.dates.voidedgloss import refuse_voiding_gloss
from kehoach.dates.weekdaytold import read_weekday_told
from kehoach.dates.yearaside import day_place_unbracketed, year_unbracketed
from kehoach.dates.yearlynote import read_before_a_yearly_note
from kehoach.dates.yearmonths import YEAR_MONTHS_RULE, build_year_months
from kehoach.dates.yearnote import year_said
from kehoach.dates.yearopened import year_opening_its_weekday
from kehoach.dates.yearsto import end_year_named
from kehoach.dates.yeartodate import read_month_and_year_to_date

_Builder = Callable[[re.Match[str], Input], "Found | list[Found]"]


# Characters a copy from a PDF or a web page leaves inside words, unseen: the soft hyphen
# (U+00AD: "tr\u00adước tháng 3/2027" printed as "trước tháng 3/2027" read as March, not
# before it), zero-width spaces and joiners, the word joiner, a byte-order mark, the marks of
# writing direction. The phrase is read as it shows; the reading keeps the phrase as given.
_UNSEEN = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")


def _occasion_day(phrase: str, context: Context) -> tuple[Deadline, ...] | None:
    """An occasion's day said alone: a tradition's or a founding's day, every year's
    (`anniversary.read_anniversary`: "ngày 16/10 ngày truyền thống UBKT"), or an anniversary
    counted with its occasion's own day, the year the count names
    (`countedoccasion.read_counted_occasion`: "kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3");
    None for any other phrase."""
    if HINT.search(phrase) and (yearly := read_anniversary(phrase, context, parse)):
        return yearly
    if COUNTED_HINT.search(phrase):
        return read_counted_occasion(phrase, context, parse)
    return None


def parse(phrase: str, context: Context) -> tuple[Deadline, ...]:
    """The readings of `phrase` as printed (`_parse_printed`), kept only when a word the copy
    may have damaged, read whole, reads the same days (`lostglyph.refuse_lost_glyph`).
    A phrase refused while it holds a blank where a day or a month goes ("ngày … tháng …
    năm 2026") is refused for the blank: the words around it are not the clerk's problem.
    Under a standing rule (`Context.standing`) a day-month without a year is read first as
    every year's (`standing.read_standing`), and so is a span of two such days closing the
    phrase (`standingspan`); any other reading there that takes its year from the plan is
    refused (`standing.refuse_one_year`). A count of rounds that the rounds listed do not meet
    is refused first, whatever reads the rest, and milestones whose rounds are not numbered
    1, 2, … once each in order are refused (`roundcount`). A rule due
    every few years from a year named is read over its yearly reading
    (`interval.read_interval`), and so is a year of the medium-term public-investment plan
    (`planyear.read_plan_year`). A phrase longer than `MAX_READ` is refused before any of
    them (`longcell.refuse_too_long`): each folds or scans the whole text, and a hostile
    cell of megabytes took seconds to refuse. A day that took the plan's year beside a school
    year or a season of other years is refused last (`schoolyear.refuse_year_of_another`),
    and so are milestones one of whose steps is told done (`milestones.refuse_step_told_done`).
    Whichever of them reads it, a rule whose step calls its work off ("Bãi bỏ báo cáo hằng
    tháng") is refused (`calledoffrule.refuse_rule_called_off`), and so is any whose note
    after the time withdraws or waives its step (`voidedgloss.refuse_voiding_gloss`) or
    says the time is not confirmed (`hedged.refuse_hedged_gloss`)."""
    found = _parse_any(phrase, context)
    # "Thôi báo cáo hằng quý": the quarterly report is no more
    refuse_rule_called_off(found, phrase)
    refuse_voiding_gloss(found)  # "… trước ngày 15/4/2026 (thu hồi)": the step withdrawn
    refuse_hedged_gloss(found)  # "Tổ chức ngày 15/4/2026 (tạm)": the day not yet set
    refuse_step_not_done(phrase, found)  # "ngày 10-15/12 cấm xuống giống": days off
    refuse_result_told(phrase, found)  # "công bố kết quả vào ngày 6-6 với 95% đỗ": past
    refuse_round_of_said_year(phrase, found)  # "Đợt 2 năm tới … từ 18/4 đến 25/4"
    refuse_yearly_by_letter(phrase, found, context)  # "… (theo Công văn số 123/UBND …)"
    return found


def _parse_any(phrase: str, context: Context) -> tuple[Deadline, ...]:
    """The readings of `phrase` by the first of `parse`'s readers that reads it."""
    if len(phrase) > MAX_READ:
        raise refuse_too_long(phrase)
    refuse_miscounted_rounds(phrase)
    if cycled := read_interval(phrase, context, parse):  # "3 năm một lần … từ năm 2015"
        return cycled
    if planned := read_plan_year(phrase, context, parse):  # "năm thứ tư của kế hoạch …"
        return planned
    if context.standing and (
        yearly := read_standing(phrase, context, parse)
        or read_standing_span(phrase, context, parse)  # "… từ ngày 1/1 đến hết ngày 31/12"
    ):
        return yearly
    if kept := _occasion_day(phrase, context):
        return kept  # "ngày 16/10 ngày truyền thống UBKT", "kỷ niệm 116 năm … Phụ nữ 8-3"
    if SAME_DAY.search(phrase) and (both := read_same_day(phrase, context, parse)):
        return both  # "từ 5h ngày 21/7 … trước 10h cùng ngày": the start, then that day
    try:
        found = _parse_printed(phrase, context)
    except Unreadable as error:
        # a refusal made for the blank stays ("“ngày … tháng …” để trống ngày"): its flag
        # says so, never its wording
        if not error.blank and _BLANK_DAY.search(fold(phrase)):
            raise Unreadable(LEFT_TO_FILL, blank=True) from None
        if error.kind is Refusal.UNSAID and (hours := hours_only(phrase)):
            raise hours from None  # "15 giờ 30 - 15giờ 40": no day, no cadence, said so
        if isinstance(error, Contradicted) or not (dated := _read_as_meant(phrase, context, error)):
            raise
        found = dated
    # (the characters that print nothing dropped first: "tr\u00adước" is one word)
    shown = _UNSEEN.sub("", phrase)
    refuse_lost_glyph(shown, found, lambda text: _parse_printed(text, context))
    refuse_misnumbered_rounds(phrase, len(found))  # "đợt 1 …; đợt 2 …; đợt 2 …"
    if all(one.kind is DeadlineKind.DATE and one.first == one.last for one in found):
        refuse_rounds_unlike_days(phrase, len(found))  # "2 đợt … ngày 20/2, 10/7 và 13/11"
    if context.standing:
        refuse_one_year(found)
    refuse_year_of_another(phrase, found)  # "trước ngày 30/8, phục vụ năm học 2027-2028"
    refuse_days_across_years(nfc(phrase), found)  # "từ 15/9 đến 15/10, giai đoạn 2026 - 2030"
    # the day after a word of sequence opens what follows it: "Tiếp đó, từ ngày 15/3 đến 20/3,
    # tổ chức hội nghị (nếu có)" was read a firm window (`nextinline`)
    opened = after_next_in_line(phrase) or phrase
    _refuse_conditional_after_its_day(opened, found)  # "Ngày 6-3, nếu đủ điều kiện, …"
    _refuse_condition_over_parts(found)  # "Nếu đủ điều kiện, lớp 1 … 25/8 còn các lớp … 29/8"
    _refuse_cadence_of_the_thing(opened, found)  # "Ngày 1/11, tổ chức hội nghị … hằng năm"
    _refuse_cadence_undone(phrase, found)  # "Báo cáo định kỳ … hàng năm không phải gửi"
    _refuse_habit_told_done(found)  # "Các xã đã tiêm phòng hằng năm": a record, no rule
    _refuse_tet_break_without_tet(phrase, found)  # "Tết …: Nghỉ từ 14-01-2026 …": no mùng 1
    refuse_ordered_round_each_period(phrase, found)  # "đợt thứ Hai hằng năm": no day
    refuse_bare_condition(found)  # "Truoc ngay 15/11/2026, thong xe cau neu du dieu kien"
    refuse_step_told_done(found)  # "Nộp hồ sơ từ 24/1 đến 23/2, đã công bố kết quả …"
    return found


def _read_as_meant(phrase: str, context: Context, error: Unreadable) -> tuple[Deadline, ...] | None:
    """The readings of a phrase refused as printed, read again as it means: items of a list
    each alone ("… hồ sơ hợp lệ. - Trường hợp …", unless the whole phrase's refusal stands
    over its parts'), the rest of the year the issue year's ("trong thời gian còn lại của
    năm, …"), a month without "tháng" ("trước 12/2026"), a weekday whose first letter the copy
    doubled ("Thứ S Sáu, ngày 21 tháng 11 năm 2025", `strayinitial`), a limit told by its
    lapse ("Nếu quá 60 ngày kể từ ngày sinh mà … chưa …, … bị xử phạt", `lapsed`), a weekday
    told of a day after it, checked and set aside ("Năm 2026, Tết Dương lịch (ngày 1/1) vào thứ
    Năm.", `weekdaytold`), an extension by a count ("Gia hạn 05 tháng đối với số thuế …",
    `extension`), a report due once a period by its count, sent to an office ("… một quý một
    lần và chậm nhất vào ngày 15 của tháng đầu quý sau cho Chi cục Hải quan …", `onceperiod`), a
    day of each year told chosen in the past ("… đã chọn ngày 18/11 hàng năm tổ chức …",
    `designated`); None when none of them reads it."""
    items = None if isinstance(error, Decided) else read_list_items(phrase, context, parse)
    return (
        items
        or read_rest_of_year(phrase, context, _parse_printed)
        or read_month_unnamed(phrase, context, _parse_printed)
        or read_stray_initial(phrase, context, _parse_printed)
        or read_lapsed(phrase, context, _parse_printed)
        or read_weekday_told(phrase, context, _parse_printed)
        or _extended(phrase)
        or read_once_a_period(phrase, context, _parse_printed)
        or read_designated(phrase, context, _parse_printed)
    )


def _extended(text: str) -> tuple[Deadline, ...] | None:
    """ "Gia hạn 05 tháng đối với số thuế … từ tháng 3 đến tháng 6 năm 2021": a phrase refused
    whole, read as a count after the thing's own due day (`extension.read_extension`); None
    when it is not so made (the refusal stands)."""
    found = read_extension(text)
    return None if found is None else (_deadline(text, found, Asides()),)


def _parse_printed(phrase: str, context: Context) -> tuple[Deadline, ...]:
    """The readings of `phrase` (`_parse_whole`), a round numbered by year read without its
    year ("đợt 2/2025" -> "đợt 2", `rounds`): never February. Refused so, the phrase keeps
    the reason it is refused for with the round's year (the words around it are the cause)."""
    shown, found = cut_round_year(phrase)
    if found is None:
        return _parse_whole(phrase, context)
    if not re.search(r"\d", _ROUND_NUMBER.sub(" ", shown)):  # "Tháng tổng vệ sinh đợt 2/2025"
        raise no_days(found)
    try:
        read = _parse_whole(
            shown, replace(context, issued=issued_for_round(context.issued, found, shown))
        )
    except Contradicted:
        raise
    except Unreadable as error:
        try:
            _parse_whole(phrase, context)
        except Unreadable as printed:
            raise printed from None
        raise error from None
    round_agrees(found, [day for one in read for day in (one.first, one.last, one.earliest) if day])
    return tuple(
        replace(one, phrase=phrase, gloss=_gloss_with(one.gloss, found.gloss)) for one in read
    )


# a day opening the phrase, then its comma or colon: "Ngày 28/2, …", "Sáng 6/4: …"
_OPENING_DAY = re.compile(
    r"\W*(?:(?:sang|chieu|toi|trua|ngay)\s+)?(?:ngay\s+)?"
    r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*[,:]\s*",
    re.ASCII,
)
# a day opening the phrase with no mark after it, or its month named: "Ngày 15/3 tổ chức …",
# "Ngày 15 tháng 3 năm 2026, …" (folded)
_DAY_FIRST = re.compile(
    r"\W*(?:(?:sang|chieu|toi|trua|dem)\s+)?(?:ngay\s+)?\d{1,2}"
    r"(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?)"
    r"(?![\d/.-])",
    re.ASCII,
)
# ... and a window or a month opening the phrase, then its comma: "Từ ngày 15/3 đến 20/3, tổ
# chức hội nghị (nếu có)", "Tháng 5, tổ chức hội nghị nếu đủ điều kiện" (session 50's
# tester: read as a firm window), "Từ ngày 14-17/11/2023, Ban Chỉ đạo … sẽ tiến hành kiểm
# tra … (nếu có)" (the days joined by a dash). Only a comma: a timetable's row, "Từ ngày 5/7
# đến 17h00 ngày 15/8/2023: Xét tuyển thẳng, xác nhận nhập học trên Hệ thống (nếu có)"
# (q-dhktna, the corpus's window), is whether any candidate is there, the row's days kept;
# nor a start alone ("Từ ngày 1/10, … nếu cần": whether, from the start read)
_DATE_FOLDED = r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?"
_SPAN_FIRST = re.compile(
    rf"\W*(?:tu\s+)?(?:ngay\s+)?\d{{1,2}}(?:\s*[/.-]\s*\d{{1,2}}(?:\s*[/.-]\s*\d{{4}})?)?"
    rf"\s*(?:(?:den|toi)\s+(?:het\s+)?|[-–—]\s*)(?:ngay\s+)?{_DATE_FOLDED}\s*,\s*"
    r"|\W*(?:trong\s+)?thang\s+\d{1,2}(?:\s*[/.-]\s*\d{4}|\s+nam\s+\d{4})?\s*,\s*",
    re.ASCII,
)
# ... and, for a reading of fixed days, any opening made of time words alone, with its
# comma or none (session 51's tester: "Từ ngày 14—17/11/2025, tổ chức hội nghị (nếu có)",
# "Trong các ngày 14-17/11/2025, …", "Từ ngày 15/3 đến 20/3/2026 tổ chức hội nghị (nếu
# có)", "Quý II/2026, …", "Tháng 5-6/2026, …", "6 tháng đầu năm 2026, …", read as firm
# windows): a number, a separator or a word of a time, one after another (folded); also a
# weekday, an hour or "Vào", "Lúc", "Buổi", "Đúng" before the day ("Chủ nhật, ngày 16/11/2025,
# …", "Vào lúc 8h00, Chủ nhật, ngày 15/11/2026, …": session 52's testers)
_TIME_TOKEN = re.compile(
    r"\s*(?:\d+(?:\s*(?:h|gio)(?:\s*\d+(?:\s*phut)?)?)?(?![a-z])|[/.\-–—]"
    r"|,(?=\s*(?:(?:ngay\s+)?\d|thu\s|chu\s+nhat))"
    r"|(?:tu|den|toi|het|ngay|cac|trong|thang|quy|nam|dau|cuoi|giua|va|giai\s+doan|sang"
    r"|chieu|trua|dem|tuan|thu(?:\s+(?:bay|sau))?|chu\s+nhat|vao|luc|buoi|dung|hai|ba"
    r"|sau\s+thang|[ivx]+)"
    r"(?![a-z]))",
    re.ASCII,
)


def _refuse_negated_after_its_day(phrase: str) -> None:
    """ "Ngày 28/2, Đoàn không tổ chức ra quân", "… chưa tổ chức …" (fresh45, also after a
    clause of occasion): the step after the day that opens the phrase is negated, so the day
    is no deadline of it, as `_clause_after_day` refuses after "Chậm nhất ngày …"."""
    folded = fold(phrase)
    # ... or with no mark after the day: "Ngày 1-7 các xã không tổ chức hội nghị" (helper
    # guards55: read as a firm 01/07)
    opening = _OPENING_DAY.match(folded) or _DAY_FIRST.match(folded)
    if opening is None:
        return
    own = re.split(r"[(:;]", phrase[opening.end() :], maxsplit=1)[0]
    if negated := negation(own):
        raise Unreadable(
            f"việc sau ngày mở đầu câu bị phủ định (“{own[negated.start() : negated.end()]}”): "
            "ngày đó không phải thời hạn phải làm; nếu đúng là thời hạn, ghi last_day theo "
            "văn bản"
        )


def _refuse_condition_over_parts(found: tuple[Deadline, ...]) -> None:
    """Refuse milestones of one phrase the first of which opens on a condition ("Nếu …, …",
    "Trường hợp …, …": `CONDITION_FIRST` at its label's start) when another's label names
    none: "Trường hợp đủ điều kiện, lớp 1 tựu trường vào ngày 25/8 còn các lớp khác tựu trường
    vào ngày 29/8" (session 55's tester: read as two firm days, the condition in the first
    label only) may hold both days on it, and the second is shown firm."""
    if len(found) < 2:
        return
    labels = [nfc(one.label or "").lower() for one in found]
    first = (CONDITION_FIRST_BARE if unmarked(labels[0]) else CONDITION_FIRST).match(labels[0])
    if first is None:
        return
    if any(not CONDITION_AFTER.search(label) for label in labels[1:]):
        raise Unreadable(
            f"điều kiện mở đầu câu (“{nfc(found[0].label or '')[: first.end()].strip()} …”) có "
            "thể áp cho cả các mốc sau: không chắc mốc nào chắc chắn; ghi từng mốc (last_day) "
            "theo văn bản, điều kiện vào ghi chú"
        )


def _refuse_conditional_after_its_day(phrase: str, found: tuple[Deadline, ...]) -> None:
    """ "Ngày 6-3, nếu …, …", "…, Trường hợp …, …", "Ngày 15/3, tổ chức hội nghị nếu đủ điều
    kiện": the step after the day that opens the phrase (`_OPENING_DAY`, `_DAY_FIRST`; a window
    or a month and its comma, `_SPAN_FIRST`; for a reading of fixed days, any time that opens
    it, `_time_opening`) waits
    on a condition, right after the day (`CONDITION_FIRST`) or after the step
    (`CONDITION_AFTER`), so the day is no firm deadline of it.
    Asked of a phrase that reads, after its other checks: a reserve day after the condition
    ("ngày 15/3/2027, trường hợp trời mưa thì ngày 20/3/2027") keeps its own reason."""
    phrase = nfc(phrase)  # the words matched as printed, one character for one
    folded = fold(phrase)
    opening = _OPENING_DAY.match(folded) or _DAY_FIRST.match(folded) or _SPAN_FIRST.match(folded)
    end = opening.end() if opening else _time_opening(folded, found)
    if end is None:
        return
    unquoted = QUOTED.sub(lambda name: " " * len(name.group()), phrase.lower())
    first, after = (
        (CONDITION_FIRST_BARE, CONDITION_AFTER_BARE)
        if unmarked(phrase)
        else (CONDITION_FIRST, CONDITION_AFTER)
    )
    condition = first.match(unquoted, end) or after.search(unquoted, end)
    if denied := WILL_NOT.search(unquoted, end):
        raise Unreadable(
            f"việc sau ngày mở đầu câu bị phủ định (“{phrase[denied.start() : denied.end()]} …”): "
            "ngày đó không phải thời hạn phải làm; nếu đúng là thời hạn, ghi last_day theo "
            "văn bản"
        )
    if condition:
        said = phrase[condition.start() : condition.end()].strip(" ,(")
        raise Unreadable(
            f"việc sau ngày mở đầu câu chỉ làm khi có điều kiện (“{said} …”): ngày đó chưa chắc "
            "là thời hạn; nếu văn bản có hạn, ghi last_day (hoặc first_day và last_day) theo "
            "văn bản"
        )


def _time_opening(folded: str, found: tuple[Deadline, ...]) -> int | None:
    """Where the time that opens `folded` ends (`_TIME_TOKEN` one after another, a number
    among them), when `found` holds a day or a window of fixed days; None when it holds none,
    when no time opens the phrase, or when neither a step nor a comma follows it: a
    timetable's row ("Từ ngày 5/7 đến 17h00 ngày 15/8/2023: Xét tuyển thẳng … (nếu có)",
    q-dhktna) and a note on the time itself ("Từ ngày 26/3/2012 đến ngày 30/3/2012 (Nếu có
    thay đổi sẽ thông báo lại)", l-binh-duong) keep their days. A start
    alone ("Từ ngày 1/10, … nếu cần", its `earliest`) and a count of days from an event
    ("Trong thời hạn 10 ngày, kể từ …, nếu …", RELATIVE) are no fixed days, and keep theirs."""
    if not any(one.kind in _FIXED and one.last is not None for one in found):
        return None
    end = len(folded) - len(folded.lstrip(_LEAD))
    while token := _TIME_TOKEN.match(folded, end):
        if token.end() == end:
            break
        end = token.end()
    after = folded[end:].lstrip()
    if not _A_TIME.search(folded, 0, end) or (not after[:1].isalpha() and after[:1] != ","):
        return None
    return end


_FIXED = (DeadlineKind.DATE, DeadlineKind.WINDOW)
# what makes the opening a time: a day and its month, a year, or a unit and its number; not
# an item's number ("1. Thời gian Hội thi: …", l-binh-duong) nor a count ("2 đơn vị …")
_A_TIME = re.compile(r"\d\s*[/.\-–—]\s*\d|\d{4}|(?:ngay|thang|quy|nam)\s+(?:\d|[ivx]+\b)", re.ASCII)
_LEAD = ' \t\n-–—+*•("“'  # a bullet, a dash or a mark before the opening


def _refuse_cadence_of_the_thing(phrase: str, found: tuple[Deadline, ...]) -> None:
    """ "Ngày 1/11, tổ chức hội nghị tổng kết hằng năm" (session 50's tester: read as each
    1 November): a cadence closing the words after the day that opens the phrase
    (`_OPENING_DAY`, its comma or colon), no other number between, may name the kind of the
    thing (the yearly review meeting, held once on that day) as well as when it recurs, so a
    reading that recurs from it is refused. The day and its cadence together ("Ngày 1/11 hằng
    năm, …") read as before."""
    if not any(one.kind is DeadlineKind.RECURRING for one in found):
        return
    folded = fold(phrase)
    opening = _OPENING_DAY.match(folded)
    if opening is None or not (cadence := CADENCE.search(folded, opening.end())):
        return
    if re.search(r"\d", folded[opening.end() : cadence.start()]) or folded[cadence.end() :].strip(
        " .;"
    ):
        return  # "… lấy ngày 28-6 hàng năm là Ngày Gia đình …": the cadence of another day
    said = nfc(phrase)[cadence.start() : cadence.end()]
    raise Unreadable(
        f"“{said}” đứng sau việc, không đứng sau ngày mở đầu câu: có thể là tên loại việc (hội "
        "nghị hằng năm tổ chức một lần vào ngày đó) hay là nhịp lặp lại; không đoán, ghi "
        "last_day hoặc rrule theo văn bản"
    )


# a cadence's work told not done, given up or done, closing the phrase: "Báo cáo định kỳ 6
# tháng và hàng năm không phải gửi", "… thôi gửi", "… hàng quý và hàng năm đã gửi" (session
# 51's tester: read as the cadences)
_CADENCE_UNDONE = re.compile(
    r"(?<!\w)(?:khong(?:\s+(?:con|phai|can))?|chua|thoi|ngung|dung|da)\s+(?:phai\s+)?"
    r"(?:gui|nop|lap|thuc\s+hien|bao\s+cao)\W*\Z",
    re.ASCII,
)


def _refuse_cadence_undone(phrase: str, found: tuple[Deadline, ...]) -> None:
    """A recurring reading of a phrase that ends by telling its work not done, given up or
    done (`_CADENCE_UNDONE`) is refused: no report is due by it."""
    if not any(one.kind is DeadlineKind.RECURRING for one in found):
        return
    if undone := _CADENCE_UNDONE.search(fold(phrase)):
        said = nfc(phrase)[undone.start() : undone.end()].strip(" .;")
        raise Unreadable(
            f"“{said}” nói việc định kỳ không làm, thôi làm hay đã làm: không có hạn nào theo "
            "nhịp đó; nếu văn bản có hạn, ghi last_day hoặc rrule theo văn bản"
        )


# ... and a habit told done before the cadence, with no day of its own: "Các xã đã tiêm phòng
# hằng năm", "đã khám sức khỏe định kỳ 1 lần/năm" (session 54, helper guards54: read as due
# each 31/12). What a body says it has kept doing is its record, no rule a plan sets (the
# convention 1's told-done); a decision's verb after "đã" ("đã giao …", `milestones`'s
# `_DECIDED`) sets the rule still to keep, and a yearly day named ("đã quyết định lấy ngày
# 21/4 hàng năm là …") is the day's, kept to the forms that read it.
# ... or told not done yet ("Các xã chưa tiêm phòng hằng năm": a state, no rule either)
# ... or kept up ("Các xã vẫn / thường tiêm phòng hằng năm": fresh54; never "thường xuyên")
_HABIT_TOLD = re.compile(r"(?i)(?<!\w)(?:đã|vừa|chưa|vẫn|thường(?!\s+xuyên))(?!\w)")
_HABIT_TOLD_BARE = re.compile(r"(?i)(?<!\w)(?:da|vua|chua)(?!\w)")
# ... never a cadence told with its day, a rule set, planned or kept on (test_deadline_breaker27:
# "Hội nghị giao ban đã được quy định tổ chức vào ngày cuối cùng của tháng")
_RULE_KEPT = re.compile(
    r"(?<![a-z])(?:ngay|thu\s+[a-z]+|chu\s+nhat|quy\s+dinh|ke\s+hoach|tiep\s+tuc)(?![a-z])",
    re.ASCII,
)


def _refuse_habit_told_done(found: tuple[Deadline, ...]) -> None:
    """Refuse a cadence with no day (`Recurrence` with no month, day nor weekday) whose step
    is told done or not done yet (`_HABIT_TOLD` in its label, as printed or typed bare; no
    decision's verb after it)."""
    for one in found:
        rule = one.recurrence
        if rule is None or (rule.month, rule.day, rule.weekday) != (None, None, None):
            continue
        label = nfc(one.label or "")
        if _RULE_KEPT.search(fold(one.phrase).lower()):
            continue  # "… đã được quy định tổ chức vào ngày cuối cùng của tháng": its day
        # the step, then the words after the cadence, which its label leaves out
        for words, said in ((label, label), (_after_cadence(one.phrase), nfc(one.phrase))):
            bare = words.isascii()  # "Cac xa da tiem phong hang nam": a copy typed bare
            done = (_HABIT_TOLD_BARE if bare else _HABIT_TOLD).search(words)
            if done is not None and not told_decided(words, done.start()):
                _refuse_habit(said.strip())


def _after_cadence(phrase: str) -> str:
    """The words of `phrase` (NFC) after its last cadence (`interval.CADENCE`): "Hội nghị tổng
    kết hằng năm đã tổ chức" (helper guards55: read as due each 31/12) tells the habit done
    after it, words the label of the cadence's reading leaves out; "" with no cadence."""
    shown = nfc(phrase)
    cadences = list(CADENCE.finditer(fold(shown).lower()))
    return shown[cadences[-1].end() :] if cadences else ""


def _refuse_habit(said: str) -> None:
    """Refuse a cadence told done, not done yet or kept up, in the words `said` (NFC)."""
    raise Unreadable(
        f"“{said} …”: việc định kỳ kể là đã làm, chưa làm hay vẫn làm (đã, vừa, chưa, "
        "vẫn, thường), không phải thời hạn đang chạy; nếu văn bản đặt hạn, ghi last_day hoặc rrule theo văn bản"
    )


def _refuse_tet_break_without_tet(phrase: str, found: tuple[Deadline, ...]) -> None:
    """A Tết break none of whose days is mùng 1 tháng Giêng is refused
    (`lunar.tet_break_disagreement`): a month or a day mistyped, which the words do not say."""
    spans = [
        (one.first, one.last)
        for one in found
        if one.kind in (DeadlineKind.DATE, DeadlineKind.WINDOW) and one.first and one.last
    ]
    if wrong := tet_break_disagreement(fold(phrase).lower(), spans):
        raise Contradicted(f"{wrong}; một trong hai viết nhầm: ghi last_day theo văn bản")


def _written_plainly(phrase: str) -> str:
    """`phrase` with what the grammar reads in another shape rewritten so (each step says
    what it takes), before any rule is tried."""
    # "24 tháng Chạp (11/2)"; "+ Ngày 6/11 tổ chức tiêm …", a bullet opening a schedule line
    shown = solar_first(_ordinal_days(_apart(bullet_out(_UNSEEN.sub("", phrase)))))
    shown = stray_close_out(shown)  # "… hằng năm;)": a parenthesis opened lines above
    shown = _colon_hours(shown)  # "Từ 07:00:00 ngày 25/02/2026 đến 11:30:00 ngày 25/02/2026"
    shown = spelt_months(shown)  # "tháng Mười Hai năm 2025": December
    shown = on_the_occasion_day(shown)  # "vào dịp kỷ niệm 136 năm … (19/5/1890-19/5/2026)"
    shown = edition_year_named(shown)  # "Giải … lần thứ 56 - 2015 sẽ được tổ chức …"
    shown = before_or_within(shown)  # "trước hoặc trong quý II/2026": by the quarter's end
    shown = start_within_then_end(shown)  # "bắt đầu trong quý I, hoàn thành trước …"
    shown = _term_dash_restored(shown)  # "Đại hội chi bộ nhiệm kỳ 2022 2025"
    return _bare_span(shown)  # "15/4 đến 20/4", a crop calendar's cell: "từ 15/4 đến 20/4"


# A term or a period whose dash the copy lost between its two years: "Chiều ngày 20/5/2022, chi
# bộ Thôn 17 xã Quảng Phú long trọng tổ chức Đại hội chi bộ nhiệm kỳ 2022 2025" (Đảng bộ xã
# Quảng Phú, Thọ Xuân, 2022; zt-quangphu-thoxuan-dai-hoi-diem-chi-bo-thon-17-2022). Two years
# in a row after "nhiệm kỳ", "giai đoạn", "thời kỳ" are the period's two ends, as "nhiệm kỳ
# 2022 - 2025" prints them; only when the second is the later, at most 10 years on (a term
# of office is five years, a plan's period five or ten): anything else stays as printed.
_TERM_DASH_LOST = re.compile(
    r"(?i)(?<!\w)(?P<head>(?:nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ)\s+)"
    r"(?P<first>(?:19|20)\d\d) +(?P<second>(?:19|20)\d\d)(?![\d/.,-])"
)
_LONGEST_PERIOD = 10


def _term_dash_restored(text: str) -> str:
    """`text` with the dash between a period's two years put back (`_TERM_DASH_LOST`); the
    phrase is kept as printed."""

    def dashed(said: re.Match[str]) -> str:
        first, second = int(said["first"]), int(said["second"])
        if not 0 < second - first <= _LONGEST_PERIOD:
            return said.group()
        return f"{said['head']}{first} - {second}"

    return _TERM_DASH_LOST.sub(dashed, text)


def _parse_whole(phrase: str, context: Context) -> tuple[Deadline, ...]:
    """The readings of `phrase`; else of the phrase cut after one of its numbers, with the
    words after the cut read as the step or its gloss (`steps.words_after`). Characters
    that print nothing (`_UNSEEN`) are dropped first, and two syllables run together are
    read apart (`_apart`). A phrase longer than `MAX_READ` is refused unread: the time
    of every step grows with the length, and no cut of it is tried."""
    if len(phrase) > MAX_READ:  # a deadline cell is a short phrase; longer text is prose
        raise refuse_too_long(phrase)
    _refuse_negated_after_its_day(phrase)
    shown = _written_plainly(phrase)
    if (line := header_line(shown)) and not context.header:  # "Ngày hiệu lực: 01-10-2019"
        shown = line[1]
        context = replace(context, header=line[0])
    elif context.header:  # "07" under "Thời gian giải quyết (ngày làm việc)"
        shown = with_header_unit(shown, context.header)
    if cell := due_column_period(shown, context):  # "6/2025" under "Thời gian hoàn thành"
        header = context.header or ""
        return tuple(
            replace(one, phrase=phrase, reading=in_due_column(one.reading, header))
            for one in _parse_shown(cell, context)
        )
    shown = _rounds_listed(shown)  # "02 đợt (đợt 1, trước ngày …; đợt 2, trước ngày …)"
    shown, today = today_written(shown, context)  # "trước 15h hôm nay": the issue day
    shown, today = from_tomorrow(shown, context, today)  # "Từ mai, …": the day after it
    shown = one_night(
        shown, context.issued
    )  # "đêm 2/3, rạng sáng 3/3": from the evening to the next dawn
    shown = named_day_each_year(shown)  # "05/6 là Ngày Môi trường thế giới": each year
    refuse_asked_move(shown)  # "Đề nghị kéo dài đến …": on the whole text, asides and all
    shown, glosses = _cut_asides(shown, context)
    refuse_news_told(shown)  # "TPO - Ngày 9/1, Sở Xây dựng Hà Nội cho biết, …"
    refuse_plan_carried_out(shown)  # "Thực hiện Kế hoạch … năm 2021, Bộ … đã chủ trì …"
    refuse_period_of_a_subject(shown)  # "Theo kế hoạch … năm 2024 vừa được … ban hành, …"
    refuse_cited_title_tail(shown)  # "Tỉnh ủy về Chuyển đổi số … đến năm 2025, …;"
    if own := _own_plan(shown, context):  # "Toàn văn Quyết định số … ban hành … giai đoạn …"
        return tuple(replace(one, phrase=phrase) for one in own)
    if settled := _matter_settled(shown, context, (today, *glosses)):  # "Ngày 25/12, … đã đồng ý"
        return tuple(replace(one, phrase=phrase) for one in settled)
    try:
        found = _parse_shown(shown, context)
    except Contradicted:
        raise  # said of the whole phrase ("… (hoãn)", the weather told): no cut reads it
    except Unreadable as error:
        if other := _read_rewritten(shown, context, (today, *glosses), error):
            return tuple(replace(one, phrase=phrase) for one in other)
        if (started := _started_otherwise(shown, context)) is None:
            raise
        found = started
    refuse_part_of_a_year_unread(nfc(shown), [(one.first, one.last) for one in found])
    # "Đến ngày 18/12/2025, … đạt 68,3%"; "… đã dọn dẹp vệ sinh từ ngày 30/10"
    refuse_figure_as_of(nfc(shown), [one.last for one in found], context)
    refuse_told_day_ahead(nfc(shown), found, context)  # "hôm 23/11" on a page of 05/01
    refuse_begun_told(nfc(shown), all(one.last is None and one.earliest for one in found))
    refuse_past_period_reported(shown, found, context)  # "họp đánh giá kết quả … 6 tháng đầu năm"
    refuse_past_rounds(found, context)  # "đợt 1: từ ngày 13 đến 14/4/2020; …" told months after
    refuse_told_after_its_time(shown, found, context)  # "… vào năm 2010, địa phương đã …"
    refuse_held_well_told(shown, found, context)  # "HĐND xã … tổ chức thành công kỳ họp …"
    refuse_appraised_told(shown, found, context)  # "Việc … được tổ chức nghiêm túc …"
    refuse_occasion_each_period(shown, found)  # "vào dịp Quốc khánh hằng năm"
    refuse_tax_at_period_end(shown, found)  # "nộp thuế hằng quý": the law's day, not the end
    refuse_day_outside_its_terms(
        shown, [day for one in found for day in (one.first, one.last, one.earliest) if day]
    )
    refuse_up_to_unsure(shown, found)  # "Đến tháng 9/2026 sẽ khởi công" (ruling 56(a))
    found = _with_glosses(found, today, glosses)
    if shown == phrase:
        return found
    return tuple(replace(one, phrase=phrase) for one in found)


# A count of rounds, then the rounds listed in parentheses, each with its own time: "Thời nhận
# tác phẩm dự thi: 02 đợt (đợt 1, trước ngày 25/5/2022; đợt 2, trước ngày 25/5/2024)" (a
# kindergarten's contest on Bác Hồ, Khánh Sơn 2021-2025; zl-pgd-khanhson, refused before
# tune-zl for its two days): the list is the phrase's, read as "đợt 1, …; đợt 2, …" is, each
# round its milestone. Only when the rounds listed are the count said, numbered 1 to N.
_ROUNDS_LISTED = re.compile(
    r"(?i)(?<!\w)(?P<count>\d{1,2})\s+đợt\s*\((?P<inner>\s*đợt\s+1\b[^()]*)\)\s*[.;]?\s*\Z"
)
_ROUND_NUMBER = re.compile(r"(?i)(?<!\w)đợt\s+(\d{1,2})\b")


def _cut_asides(text: str, context: Context) -> tuple[str, tuple[str | None, ...]]:
    """`text` without the words beside its time that are no time of the work, and the
    glosses the reading takes for them: the old time, the year reviewed, the review held, the
    programme's half gone by, the months paid, the base a figure is compared with, the
    measure a target is counted by, a move in parentheses after a day, a cited text's day in
    force, the parts of an event begun before its opening, the school year a day serves.
    First, a time moved with no new time, or a move not made, is refused on the whole text
    (`movedoff.refuse_moved_off`)."""
    refuse_moved_off(text)  # "Dời lịch họp ngày 15/4": before the old time of a move is cut
    text, instead = cut_replaced(text)  # "lùi lại vào ngày 19/8/2022 thay vì ngày 18/5/2022"
    text = cut_day_off_reason(text, context.issued)  # "…, vì ngày 05/02/2011 là thứ Bảy."
    text, reviewed = cut_reviewed_year(text)  # "đã xem xét … năm 2025, … năm 2026"
    text, held = cut_review_held(text, context.issued)  # "vừa tổ chức Hội nghị sơ kết …, …"
    text, done = cut_done_day(text, context.issued)  # "… đã thông xe … vào ngày D, … phấn đấu …"
    text, halfway = cut_half_gone_by(text, context.issued)  # "… đã qua nửa thời gian thực hiện"
    text, paid = cut_benefit_months(text)  # "2 tháng lương hưu … (tháng 2 và tháng 3-2026)"
    text, compared = cut_compared_figure(text)  # "đạt 70% (tăng 0,66% so với năm 2024)"
    text, measure = cut_measure_basis(text)  # "Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn …)"
    text, margin = cut_margin_before(text)  # "sớm 15 ngày so với năm 2025, dự kiến … ngày …"
    text, moved = cut_moved_aside(text)  # "từ 9h ngày 1/2/2026 (lùi hơn 1 tháng so với …) đến …"
    text, in_force = cut_in_force_cited(text)  # "Nghị định số 43/… (nghị định có hiệu lực từ …)"
    text, opened = cut_opened_before(text)  # "khai mạc … ngày 06/11/2022 (một số hoạt động …)"
    text, served = cut_school_year_served(text)  # "… trước ngày 30-8-2026 để … năm học …"
    glosses = (
        instead,
        reviewed,
        held,
        done,
        halfway,
        paid,
        compared,
        measure,
        margin,
        moved,
        in_force,
        opened,
        served,
    )
    return text, glosses


def _with_glosses(
    found: tuple[Deadline, ...], today: str | None, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...]:
    """`found` with the note of "hôm nay" read as the issue day, and each gloss of
    `_cut_asides`, in its readings."""
    if today:
        found = tuple(replace(one, reading=f"{one.reading}; {today}") for one in found)
    for said in glosses:
        if said:
            found = tuple(replace(one, gloss=_gloss_with(one.gloss, said)) for one in found)
    return found


def _started_otherwise(text: str, context: Context) -> tuple[Deadline, ...] | None:
    """The readings of a refused `text` as a start until an event, or a count from a day;
    None when neither reads it (after `_refuse_figure_unread`, which may refuse it for a
    figure instead)."""
    started = (
        _start_until_an_event(text, context)
        or _count_anchored_first(text)
        or _count_unanchored(text)
        or _count_capped(text)
    )
    if started is None:
        _refuse_figure_unread(text, context)
    return started


def _read_year_unbracketed(
    text: str, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The readings of `text` with its event year in parentheses written plainly
    (`yearaside.year_unbracketed`: "… lần thứ 8 (năm 2016) … từ ngày 1-8/6"), or its closing
    day and place (`yearaside.day_place_unbracketed`: "… (ngày 18-3, huyện Vĩnh Cửu)"); None
    when it has none, a word was cut aside, or the plain phrase is refused too (the whole
    phrase's reason then stands)."""
    plain = year_unbracketed(text) or day_place_unbracketed(text)
    return _reread(plain, context, glosses)


def _read_calendar_year(
    text: str, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The readings of `text` opened by a year's calendar ("Theo lịch năm 2026, Giỗ Tổ …
    rơi vào Chủ nhật 26/4") said as the year alone ("Năm 2026, …", `calendaryear`); None
    when it opens otherwise, a word was cut aside, or the plain phrase is refused too (the
    whole phrase's reason then stands)."""
    plain = calendar_year_plainly(text)
    found = _reread(plain, context, glosses)
    if found is None or plain is None:
        return None
    return tuple(replace(one, label=label_as_printed(one.label, text, plain)) for one in found)


def _reread(
    plain: str | None, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The readings of `plain`, a refused phrase said otherwise by one of `_read_rewritten`'s
    rewrites; None when there is no rewrite, a word was cut aside (`glosses`: the rewrite
    was made of the text before the cut), or the rewrite is refused too (the whole phrase's
    reason then stands)."""
    if plain is None or any(glosses):
        return None
    try:
        return _parse_whole(plain, context)
    except Unreadable:
        return None


def _read_rewritten(
    text: str, context: Context, glosses: tuple[str | None, ...], refused: Unreadable
) -> tuple[Deadline, ...] | None:
    """The readings of `text`, `refused`, said otherwise: after its lead-in ("… cho biết …") or
    its clause of purpose ("Hưởng ứng …, ngày 28/2, …") or its grounds ("Thực hiện …, từ ngày …"),
    after what it denies ("không A mà <time> B") or its word of sequence ("Tiếp đó, …"),
    its event year out of parentheses, its year's calendar as the year alone ("Theo lịch năm
    2026, …"), its opening cadence put after its clause, its Tết
    break without the days on each side of Tết, its hours said as the days they gloss or its
    count spelt in words written in digits, its day without the countdown that lands on
    it, its "đến trước <event> N ngày" without "đến", its term in force written as its span,
    or its end "và sẽ kết thúc … khi …" said "đến khi …"; None when none of them reads it."""
    return (
        _said_after_lead_in(text, context, glosses)
        or _read_after_occasion(text, context, glosses)
        or _read_after_first_step(text, context, glosses)
        or _read_after_contrast(text, context, glosses)
        or _read_after_grounds(text, context, glosses)
        or _read_year_unbracketed(text, context, glosses)
        or _read_calendar_year(text, context, glosses)
        or _read_cadence_put_last(text, context, glosses, refused)
        or _read_tet_split(text, context, glosses)
        or _read_week_number_alone(text, context, glosses)
        or _read_said_plainly(text, context)
        or _read_without_these_days(text, context)
        or _read_after_countdown(text, context)
        or _read_work_span_apart(text, context, glosses)
        or _read_spaced_pair(text, context, glosses)
        or _read_sessions_counted(text, context, glosses)
        or _read_after_next_in_line(text, context, glosses)
        or _read_until_count_before(text, context, glosses)
        or _read_term_in_force(text, context, glosses)
        or _read_end_said_as_until(text, context, glosses)
    )


def _read_after_next_in_line(
    text: str, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The readings of `text` after the word of sequence opening it
    (`nextinline.after_next_in_line`: "Tiếp đó, từ ngày 7/2 đến hết ngày 3/3, …"), read as a
    phrase of its own (`parse`: a condition or a negation after the day that now opens it is
    refused as it is anywhere, "Tiếp đó, ngày 6-3, nếu đủ điều kiện, …"), kept only as days
    written out (a date or a window, both ends read, nothing counted from the step before);
    None when it has no such word, a word was cut aside, or the rest is refused (the whole
    phrase's reason then stands)."""
    rest = after_next_in_line(text)
    if rest is None or any(glosses):
        return None
    try:
        found = parse(rest, context)
    except Unreadable:
        return None
    fixed = all(
        one.kind in (DeadlineKind.DATE, DeadlineKind.WINDOW)
        and one.first is not None
        and one.last is not None
        and one.relative is None
        for one in found
    )
    return found if found and fixed else None


_ON_A_CONDITION = re.compile(r"(?i)(?<!\w)(?:nếu|khi|trường\s+hợp)(?!\w)")


def _read_work_span_apart(
    text: str, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The one dated reading of `text` without the span of years closing it after a comma,
    the name of the work (`label.work_span_after_comma`: "Tháng 10/2016, Quốc hội sẽ thông
    qua Kế hoạch Đầu tư trung hạn, giai đoạn 2016 - 2020."), its step taking the span back;
    None when it has none, a word was cut aside, the rest is refused, is no one day or span
    with a step of its own, or falls outside the span (a typo, or two deadlines)."""
    span = work_span_after_comma(nfc(text))
    # ... never told done or on a condition ("đã thông qua", "nếu đủ điều kiện"): the rest
    # may read them, the span is no cause to add a reading the words doubt
    if span is None or any(glosses) or TOLD_DONE.search(text) or _ON_A_CONDITION.search(text):
        return None
    try:
        found = _parse_whole(nfc(text)[: span.start()].rstrip(" ,"), context)
    except Unreadable:
        return None
    if len(found) != 1 or found[0].label is None:
        return None
    one, first, last = found[0], int(span["first"]), int(span["last"])
    days = (one.first, one.last)
    if one.kind not in (DeadlineKind.DATE, DeadlineKind.WINDOW) or None in days:
        return None
    if any(day is None or not first <= day.year <= last for day in days):
        return None
    named = nfc(text)[span.start() :].strip(" ,.;")
    return (replace(one, label=f"{one.label}, {named}"),)


def _read_said_plainly(text: str, context: Context) -> tuple[Deadline, ...] | None:
    """The readings of `text` with its count of hours glossed by its days written as the days
    (`hoursasdays.hours_as_days`: "trong 96 giờ (4 ngày) kể từ khi …"), or its count spelt in
    words written in digits (`speltcount.count_in_digits`: "chậm nhất là mười ngày, kể từ
    ngày …"), or with a tax table's abbreviations written out (`taxterms`: "Chậm nhất là ng
    thứ 20 của th tiếp theo th PS NV thuế"), or its end year named as its first is
    (`yearsto.end_year_named`: "từ năm 2012 đến 2015"); None when it has none of them, or the phrase so
    written is refused too (the whole phrase's reason then stands)."""
    plainly = (
        hours_as_days(text),
        count_in_digits(nfc(text)),
        tax_terms_written_out(text),
        end_year_named(text),  # "từ năm 2012 đến 2015": "năm" before both years
    )
    for plain in plainly:
        if plain is None:
            continue
        try:
            return _parse_whole(plain, context)
        except Unreadable:
            continue
    return None


def _read_without_these_days(text: str, context: Context) -> tuple[Deadline, ...] | None:
    """The days of `text` without the words pointing back at them (`thesedays`: "lịch học
    của hai ngày này sẽ được chuyển sang …"), as many as the words count; None when it has no
    such words, the rest is refused, or is not that many days, one each, in one year."""
    these = without_these_days(text)
    if these is None:
        return None
    try:
        read = _parse_whole(these[0], context)
    except Unreadable:
        return None
    return read if _one_day_each(read, these[1], one_year=True) else None


def _one_day_each(read: tuple[Deadline, ...], count: int, *, one_year: bool) -> bool:
    """Whether `read` is `count` dated readings of one day each, all different, and with
    `one_year` all in one year (a day printed twice, or for the days "của hai ngày này" points
    back at a second year, is a slip of the page, not chosen)."""
    days = {
        one.last
        for one in read
        if one.kind is DeadlineKind.DATE and one.last and one.first == one.last
    }
    if len(read) != count or len(days) != count:
        return False
    return not one_year or len({day.year for day in days}) == 1


def _read_after_countdown(text: str, context: Context) -> tuple[Deadline, ...] | None:
    """The one day of `text` after its opening countdown (`countdown.countdown`: "Chỉ còn 1
    tuần nữa, ngày 15/3, …"), when the count from the issue day lands on it; None when it
    has no countdown or the rest is refused or is no one day. Raises `Unreadable` when the
    count misses the day (a page or a day typed wrong: not chosen)."""
    counted = countdown(text, context.issued)
    if counted is None:
        return None
    try:
        found = _parse_whole(counted.rest, context)
    except Unreadable:
        return None
    if len(found) != 1 or found[0].kind is not DeadlineKind.DATE or found[0].first is None:
        return None
    if found[0].first != counted.lands_on:  # the day printed, before any roll off a day off
        raise Unreadable(counted.missed(found[0].first))
    return (found[0],)


def _read_spaced_pair(
    text: str, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The one window of two days in a row printed side by side with no joiner ("trong dịp
    nghỉ Lễ 30/4 01/5": `spacedpair`), read as the span of both; None when the phrase has no
    such pair, a word was cut aside, the span is refused, or it is not one window of two days
    in a row (days further apart may be two rounds or a span's ends: not chosen)."""
    spanned = span_of_spaced_pair(text)
    found = _reread(spanned, context, glosses)
    if found is None:
        return None
    one = found[0] if len(found) == 1 else None
    if one is None or one.kind is not DeadlineKind.WINDOW or not one.first or not one.last:
        return None
    if (one.last - one.first).days != TWO_DAYS_IN_A_ROW:
        return None
    return (replace(one, phrase=text),)


def _read_sessions_counted(
    text: str, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The days of `text` after its count of sessions ("Thời gian: 03 buổi, ngày 30/12/2020;
    …": `sessions`), the count their gloss; None when it has no such count, a word was cut
    aside, the rest is refused, or it is not as many days, one session each, as counted."""
    sessions = cut_sessions(text)
    if sessions is None:
        return None
    found = _reread(sessions.rest, context, glosses)
    if found is None:
        return None
    if sessions.number < _TWO or not _one_day_each(found, sessions.number, one_year=False):
        return None
    return tuple(
        replace(one, phrase=text, gloss=_gloss_with(one.gloss, sessions.said)) for one in found
    )


_PROBE_YEAR = 2030  # a year written on the probe's day when the plan has no issue day


def _read_until_count_before(
    text: str, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The one count back from an event of `text` closing "… đến trước ngày thi lại 3 ngày",
    read without its "đến" (`untilbefore`); None when it has no such close, a word was cut
    aside, the words before "đến" are refused before a day ("Số liệu tính đến …": a cut-off),
    the rest is refused, or it is not one count before an event."""
    year = context.issued.year + 1 if context.issued else _PROBE_YEAR
    until = until_count_before(text, year)
    if until is None or any(glosses):
        return None
    try:
        _parse_whole(until.probe, context)  # the words before "đến" as before a day
        found = _parse_whole(until.plain, context)
    except Unreadable:
        return None
    if len(found) != 1 or found[0].relative is None or found[0].relative.direction != "before":
        return None
    return (replace(found[0], phrase=text),)


def _read_term_in_force(
    text: str, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The window of a text in force from a month's first day "and carried out for 5 years"
    (`inforceterm`), read as its span written out, the count said in the reading; None when
    it has no such close, a word was cut aside, or the span is refused or read otherwise."""
    term = term_in_force(text)
    if term is None:
        return None
    found = _reread(term.spanned, context, glosses)
    if found is None:
        return None
    one = found[0] if len(found) == 1 else None
    if one is None or one.kind is not DeadlineKind.WINDOW:
        return None
    if (one.first, one.last) != (term.first, term.last):
        return None
    reading = (
        f"khoảng {show(term.first)} – {show(term.last)} (hiệu lực từ {show(term.first)}, "
        f"{term.said}: tính cả ngày đầu, năm/tháng tròn từ ngày 1); tính trễ hạn từ ngày cuối"
    )
    return (replace(one, phrase=text, reading=reading),)


def _read_end_said_as_until(
    text: str, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The start bounds of `text` whose end is said "và (sẽ) kết thúc … khi <event>"
    (`endswhen`), read as "… đến khi <event>"; None when it has no such end, a word was cut
    aside, the rest is refused, or it reads as more than start bounds."""
    plain = end_said_as_until(text)
    found = _reread(plain, context, glosses)
    if found is None:
        return None
    if not found or any(one.last is not None or one.earliest is None for one in found):
        return None
    return tuple(replace(one, phrase=text) for one in found)


def _read_tet_split(
    text: str, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The one window of a Tết break printed after "N ngày trước Tết và M ngày sau Tết"
    (`tetsplit`), read without those words, the words its gloss; None when the phrase has
    none, a word was cut aside, or the rest is refused too (the whole phrase's reason then
    stands). Refused when the counts do not fall on the window's days (`split_disagreement`)."""
    split = cut_tet_split(text)
    if split is None:
        return None
    found = _reread(split.rest, context, glosses)
    if found is None:
        return None
    if len(found) != 1 or found[0].kind is not DeadlineKind.WINDOW:
        return None
    if why := split_disagreement(found[0].first, found[0].last, split):
        raise Unreadable(f"{why}; ghi last_day (và first_day) theo văn bản đã sửa")
    one = found[0]
    return (replace(one, phrase=text, gloss=_gloss_with(one.gloss, split.said)),)


def _read_cadence_put_last(
    text: str, context: Context, glosses: tuple[str | None, ...], refused: Unreadable
) -> tuple[Deadline, ...] | None:
    """The reading of `text` whose cadence opens it before its clause ("Hằng năm, tổ chức …"),
    read with the cadence put after the clause (`cadencefirst.cadence_put_last`), when that
    reads as one recurring rule, the very rule of the cadence alone: the clause adds no time.
    None otherwise, or when a word was cut aside (its gloss would be lost): the whole
    phrase's reason then stands."""
    put = cadence_put_last(text)
    if put is None or any(glosses):
        return None
    try:
        alone = _parse_whole(put.cadence, context)
        found = _parse_whole(put.moved, context)
    except Unreadable as moved:
        # "Hằng năm, tổ chức kỷ niệm Ngày Quốc khánh": the clause's own reason ("nêu ngày
        # của mỗi lần"), not the whole phrase's "không nhận ra thời hạn"
        if refused.kind is Refusal.UNSAID and moved.kind is not Refusal.UNSAID:
            raise moved from refused
        return None
    if len(found) != 1 or len(alone) != 1 or found[0].kind is not DeadlineKind.RECURRING:
        return None
    if found[0].rrule != alone[0].rrule:
        return None
    if put.manner and found[0].label:  # the clause's "theo quy định", kept in its step
        return (replace(found[0], label=f"{found[0].label}{put.manner}"),)
    return found


def _said_after_lead_in(
    text: str, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The readings of what `text` tells after its lead-in (`leadin.after_lead_in`): "… như
    sau: …" read with its lead-in as the label ("…: …"); "<nguồn> cho biết …" read alone,
    kept only when its source's words, as the label of the day read (`leadin.as_label`),
    refuse nothing. None when it has no lead-in, when a word of the phrase was already cut
    aside (its gloss would be lost), or when the source's reading is refused (the whole
    phrase's reason then stands); "… như sau: …" refused is refused for its own reason."""
    lead = after_lead_in(text)
    if lead is None or any(glosses):
        return None
    if not lead.told:  # refused so, for its reason: "như sau" is no start bound "sau …"
        return _parse_whole(f"{lead.words.rstrip(' ,:')}: {lead.rest}", context)
    try:
        found = _parse_whole(lead.rest, context)
        # what is told opens with its day: its step on a condition holds it as alone (famb54:
        # "Sở GD cho biết ngày 1-7 sẽ tổ chức hội nghị nếu đủ điều kiện" read a firm 01/07)
        _refuse_conditional_after_its_day(lead.rest, found)
        if lead.per_plan and not all(one.last is None and one.earliest for one in found):
            return None  # after "Theo kế hoạch …,": a start alone only (issue 11 §1)
        day = found[0].last or found[0].earliest or found[0].first
        if day is None:
            return None
        if lead.words:
            _parse_whole(as_label(lead, day), context)
    except Unreadable:
        return None
    if lead.settled and not lead.told_on:  # "… vừa thông báo việc …": still to come?
        found = found if _settled_to_come(found, context.issued) else ()
    return _told_on_glossed(found, lead.told_on, context.issued) or None


def _matter_settled(
    text: str, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The readings of the matter an agreement or a notice told given settles, after the day
    the news was told ("Ngày 25/12, … đã đồng ý với đề xuất … về việc …",
    `leadin.LeadIn.settled`), read as after any lead-in (`_said_after_lead_in`); None for
    any other phrase. Read before the whole phrase: told so, the whole is refused as news
    of a thing done (`news.refuse_news_told`, final), which the matter is not; without the
    day that opens it, the matter is read only once the whole is refused (`_read_rewritten`)."""
    lead = after_lead_in(text)
    if lead is None or not lead.settled or not lead.told_on:
        return None
    return _said_after_lead_in(text, context, glosses)


def _settled_to_come(found: tuple[Deadline, ...], issued: date | None) -> bool:
    """Whether every day of `found`, the matter an agreement or a notice told given settles
    ("UBND TP.HCM vừa thông báo việc nghỉ Tết Dương lịch … ngày 1-1-2016", `leadin._SETTLED`)
    with no day of the telling before it, falls on or after the page's day: a matter
    settled is still to come; one already past, or on a page with no date, is news of
    something over or of no known time, never read."""
    days = [d for one in found for d in (one.first, one.earliest, one.last) if d is not None]
    return issued is not None and bool(days) and min(days) >= issued


def _read_after_occasion(
    text: str, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The one day of the news line after the clause of purpose or of the occasion that opens
    `text` (`leadin.after_occasion`: "Hưởng ứng Tháng Thanh niên 2026, ngày 28/2, tuổi trẻ …
    triển khai …"), the clause its gloss. On a page with no issue day the day takes the year
    the clause names; any day read must fall in that year ("Nhằm … Tết Nguyên đán Tân Mão năm
    2011, ngày 29-1, …" on a page of 2012 is not guessed). None when the line is not so made,
    a word was cut aside, the line after the clause is refused (the whole phrase's reason then
    stands) or reads as anything but one day."""
    occasion = after_occasion(text)
    if occasion is None or any(glosses):
        return None
    rest = occasion.dated if context.issued is None else occasion.rest
    try:
        found = _parse_whole(rest, context)
    except Unreadable:
        return None
    if len(found) != 1 or found[0].kind is not DeadlineKind.DATE or found[0].last is None:
        return None
    if occasion.year is not None and found[0].last.year != occasion.year:
        return None
    said = " ".join(occasion.words.split())
    one = replace(found[0], gloss=_gloss_with(found[0].gloss, said))
    if rest is not occasion.rest:  # the year written on the day from the clause: said so
        one = replace(one, reading=f"{one.reading}; năm {occasion.year} lấy theo “{said}”")
    return (one,)


def _read_after_first_step(
    text: str, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The one window after the clause of the step that comes first opening `text`
    (`firststep.after_first_step`: "Sau khi kết thúc thời gian đăng ký nguyện vọng, từ 15/7
    đến 21/7/2026, thí sinh phải nộp lệ phí …"), the clause its gloss. None when the line is
    not so made, a word was cut aside, the rest is refused (the whole phrase's reason then
    stands) or reads as anything but one window with both its days."""
    first = after_first_step(text)
    if first is None:
        return None
    found = _reread(first.rest, context, glosses)
    if found is None:
        return None
    if len(found) != 1 or found[0].kind is not DeadlineKind.WINDOW:
        return None
    if found[0].first is None or found[0].last is None:
        return None
    return (replace(found[0], gloss=_gloss_with(found[0].gloss, first.clause)),)


def _read_after_contrast(
    text: str, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The readings of what is done instead of a thing denied (`contrasted.after_contrast`:
    "…, không quy định lịch tựu trường mà từ ngày 29-8 đến 4-9 sẽ tập trung đón trẻ"), read
    as that part alone, the denied words its gloss. None when the line is not so made, a word
    was cut aside, or what follows "mà" is refused (the whole phrase's reason then stands)."""
    contrast = after_contrast(text)
    if contrast is None:
        return None
    found = _reread(contrast.rest, context, glosses)
    if found is None:
        return None
    said = f"“{contrast.denied}” là điều bị phủ định (“không … mà …”), không phải thời hạn"
    return tuple(replace(one, gloss=_gloss_with(one.gloss, said)) for one in found)


def _read_after_grounds(
    text: str, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The readings of the news line after the grounds that open `text`
    (`groundsfirst.after_grounds`: "Thực hiện Luật … năm 2025, từ ngày 13-15/2 thanh niên …"),
    read as that line alone, the grounds its gloss. None when the line is not so made, a word
    was cut aside, what follows the grounds is refused (the whole phrase's reason then stands),
    its step waits on a condition, or the grounds cannot be those of the days read
    (`groundsfirst.grounds_agree`: a text cited after them, a year named not theirs)."""
    grounds = after_grounds(text)
    if grounds is None or any(glosses):
        return None
    try:
        found = _parse_whole(grounds.rest, context)
        _refuse_conditional_after_its_day(grounds.rest, found)
    except Unreadable:
        return None
    days = [d for one in found for d in (one.first, one.earliest, one.last) if d is not None]
    written = not any(one.year_from_plan for one in found)
    if not days or not grounds_agree(grounds, min(days), year_written=written):
        return None
    said = f"“{' '.join(grounds.words.split())}” là căn cứ, không phải thời hạn"
    return tuple(replace(one, gloss=_gloss_with(one.gloss, said)) for one in found)


_TOLD_DAY = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?")
NEWS_LAG = timedelta(days=31)  # a page tells the news of its own day, or of days just before


def _told_before(told_on: str, found: tuple[Deadline, ...], issued: date | None) -> bool:
    """Whether the day the news was told ("Ngày 18.1, … cho biết, … sẽ …") comes before what it
    tells, as a thing to come must, and within `NEWS_LAG` before the page's day when that is
    known: "Ngày 20.3, … cho biết, Hội Xuân sẽ diễn ra từ ngày 17.2 …" on a page of 05/01
    (fresh44) is a misprint somewhere, never read. Without its year the day takes the
    year that puts it nearest before the first day told."""
    numbers = _TOLD_DAY.fullmatch(told_on.strip())
    days = [d for one in found for d in (one.first, one.earliest, one.last) if d is not None]
    if numbers is None or not days:
        return False
    first = min(days)
    day, month, year = int(numbers[1]), int(numbers[2]), numbers[3]
    told = None
    for candidate in [int(year)] if year else [first.year, first.year - 1]:
        try:
            told = date(candidate, month, day)
        except ValueError:
            return False
        if told <= first:
            break
    if told is None or told > first:
        return False
    return issued is None or issued - NEWS_LAG <= told <= issued


def _told_on_glossed(
    found: tuple[Deadline, ...], told_on: str, issued: date | None
) -> tuple[Deadline, ...] | None:
    """`found` with the day the news was told (`leadin.LeadIn.told_on`: "Ngày 18.1, … cho
    biết, …") said in each gloss, so no number of the phrase goes unexplained; as it is when
    the line opens with no such day; None when that day cannot be the telling's
    (`_told_before`)."""
    if not told_on:
        return found
    if not _told_before(told_on, found, issued):
        return None
    said = f"ngày {told_on} là ngày đưa tin, không phải thời hạn"
    return tuple(replace(one, gloss=_gloss_with(one.gloss, said)) for one in found)


def _rounds_listed(text: str) -> str:
    """`text` with a count of rounds and their parentheses (`_ROUNDS_LISTED`) replaced by the
    rounds listed, when they are numbered 1 to the count; else `text` as it is."""
    found = _ROUNDS_LISTED.search(nfc(text))
    if found is None:
        return text
    numbers = [int(number) for number in _ROUND_NUMBER.findall(found["inner"])]
    if numbers != list(range(1, int(found["count"]) + 1)):
        return text
    return nfc(text)[: found.start()] + found["inner"].strip()


def _own_plan(text: str, context: Context) -> tuple[Deadline, ...] | None:
    """The period of the document `text` tells issued or names as a heading
    (`citations.own_plan_period`), read alone, its number and signing day explained in the
    gloss (the lead's convention 11), or the last clause of a preamble that tells its own plan
    issued after its grounds (`citations.own_clause_after_grounds`), read alone; None for any
    other phrase."""
    shown = nfc(text)
    if grounds := own_clause_after_grounds(Source.of(shown, fold(shown))):
        gloss = "các căn cứ viện dẫn trước đó không phải thời hạn của văn bản này"
        own = _parse_shown(shown[slice(*grounds)], context)
        return tuple(replace(one, gloss=_gloss_with(one.gloss, gloss)) for one in own)
    source = Source.of(shown, fold(shown))
    at = own_plan_period(source)
    if at is None and (told := own_plan_told(source, context.issued)):
        # the title with its year must read alone as it reads here: a review's year
        # ("kiểm tra kết quả … năm 2025"), an occasion ("Tết Nguyên đán năm 2026") stay refused
        try:
            _parse_shown(shown[told[0] : told[2]], context)
        except Unreadable:
            return None
        at = told[1:]
    if at is None:
        return None
    period = shown[slice(*at)]
    words = " ".join(shown[: at[0]].split()).strip(" -–—,")
    gloss = "kỳ của chính văn bản được ban hành; số hiệu, ngày ký là của văn bản, không phải hạn"
    return tuple(replace(one, label=words, gloss=gloss) for one in _parse_shown(period, context))


def _refuse_figure_unread(text: str, context: Context) -> None:
    """A figure told for a period the grammar refuses with its words ("Năm 2023, 2024, toàn
    tỉnh giải ngân đạt trên 90%": years listed, each its own window, with words after them)
    is refused with the figure's own reason (`refusals.refuse_figure_as_of`), the period read
    alone (`refusals.figure_period`) for its last days: the clerk learns why."""
    period = figure_period(text)
    if period is None:
        return
    try:
        lasts = [one.last for one in _parse_shown(period, context)]
    except Unreadable:
        lasts = []  # "Đến nay": the figure's rule needs no day then
    refuse_figure_as_of(text, lasts, context)


def _gloss_with(gloss: str | None, more: str) -> str:
    return f"{gloss}; {more}" if gloss else more


def _start_until_an_event(text: str, context: Context) -> tuple[Deadline, ...] | None:
    """ "cấm biển từ 06 giờ 00 phút ngày 26/11/2025 đến khi bão số 15 tan", "Đợt thi đua được
    phát động từ tháng 10-2025 đến khi tổ chức thành công Đại hội XIV": a phrase refused
    whole, read without the event that ends it (`steps.until_event`) when what is left reads
    as start bounds only (`earliest`: the day, or the month's first day), the "đến khi …"
    clause kept as their qualifier and the words after its comma as the step; None otherwise
    (the refusal stands: "tạm đình … cho đến khi nào có chỉ đạo mới" has no start)."""
    cut = until_event(nfc(text))
    if cut is None:
        return None
    try:
        found = _parse_shown(cut.start, context)
    except Unreadable:
        return None
    if not found or any(one.last is not None or one.earliest is None for one in found):
        return None
    if not _near_its_page(found, context):
        return None  # "nghỉ học (từ) ngày 17/11 …" in a notice of April: which November?
    return tuple(
        replace(
            one,
            phrase=text,
            qualifier="; ".join(q for q in (one.qualifier, cut.said) if q),
            label=one.label or cut.step or None,
            reading=f"{one.reading}; kết thúc {cut.said}: sự kiện chưa có ngày",
        )
        for one in found
    )


_STOPPED_NEAR = 31  # days: a notice of days off until further notice tells of its own days


def _near_its_page(found: tuple[Deadline, ...], context: Context) -> bool:
    """Whether each start `found` whose year came from the plan is within `_STOPPED_NEAR`
    days of the plan's issue day (a start with its year written stands as printed)."""
    issued = context.issued
    return all(
        not one.year_from_plan
        or (
            issued is not None
            and one.earliest is not None
            and abs((one.earliest - issued).days) <= _STOPPED_NEAR
        )
        for one in found
    )


def _count_anchored_first(text: str) -> tuple[Deadline, ...] | None:
    """ "Sau khi nhận được quyết định …, trong thời hạn 07 ngày làm việc, …": a phrase refused
    whole, read as the count from the event told before it (`anchorfirst.read_anchor_first`,
    the lead's ruling of session 34); None when it is not so made."""
    found = read_anchor_first(text)
    return None if found is None else (_deadline(text, found, Asides()),)


def _count_unanchored(text: str) -> tuple[Deadline, ...] | None:
    """ "báo cáo UBND tỉnh trong 30 ngày làm việc": a phrase refused whole, read as a duty's
    count with no anchor (`unanchored.read_unanchored`, the lead's ruling of session 33), or
    as a duty closed by the count it is done after ("… phải tiêm nhắc lại lần hai sau 28
    ngày", `dueafter.read_due_after`); None when it is not so made (the refusal stands)."""
    found = read_unanchored(text) or read_due_after(text)
    return None if found is None else (_deadline(text, found, Asides()),)


def _count_capped(text: str) -> tuple[Deadline, ...] | None:
    """ "Thời hạn giải quyết … không quá 05 ngày làm việc": a phrase refused whole, read as
    a duty's limit with no anchor (`capped.read_capped`); None when it is not so made."""
    found = read_capped(text)
    return None if found is None else (_deadline(text, found, Asides()),)


# An ordinal day in words, as the tax law writes it: "chậm nhất là ngày thứ hai mươi của
# tháng tiếp theo …", "ngày thứ mười, kể từ ngày phát sinh …", "ngày thứ chín mươi, kể từ
# ngày kết thúc năm …" (Thông tư 28/2011/TT-BTC, Điều 12; Luật Quản lý thuế 2006, Điều 32):
# the 20th, 10th, 90th. Only numbers with "mười"/"mươi" (ten and up): "ngày thứ hai" is a
# Monday, and "năm" after "mươi" may be a year's word ("hai mươi năm …"), so five is "lăm"
_ORDINAL_DAY = re.compile(
    r"(?i)(?<!\w)(?P<head>ngày\s+thứ\s+)(?P<said>(?:(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+)?"
    r"(?:mười|mươi)(?:\s+(?:mốt|một|hai|ba|bốn|tư|lăm|sáu|bảy|tám|chín))?)(?!\w)"
)


# A cell that is a span and nothing else, its "từ" left out: "15/4 đến 20/4", "25/7 đến
# 05/8" (HTX Nông nghiệp A Roàng, Huế: the sowing calendar of vụ Hè Thu 2022, one cell a
# step). Two days joined by "đến" with no word around them can only be the span from the
# one to the other; inside a sentence the same words keep their refusal. A first day with
# its year is read as a cell already ("02/03/2026 đến 20/03/2026", tests/…_forms_za); days
# written with "-" stay refused ("ngày 27-12 đến 30-12": "30-12" may be a count, forms_m).
_BARE_SPAN = re.compile(
    r"\s*(?:ngày\s+)?\d{1,2}/\d{1,2}(?!/?\d)\s+(?:đến|tới)\s+(?:ngày\s+)?"
    r"\d{1,2}/\d{1,2}(?:/\d{4})?\s*",
    re.IGNORECASE,
)


def _bare_span(text: str) -> str:
    """`text` with "từ" before it when it is a bare span of two days (`_BARE_SPAN`)."""
    return f"từ {text.strip()}" if _BARE_SPAN.fullmatch(text) else text


def _ordinal_days(text: str) -> str:
    """`text` with each ordinal day in words (`_ORDINAL_DAY`) in digits: "ngày thứ hai mươi"
    is read as "ngày thứ 20" (the rules read the digits); the phrase is kept as printed."""

    def in_digits(said: re.Match[str]) -> str:
        number = spelled_number(fold(said["said"]).lower())
        return f"{said['head']}{number}" if number else said.group()

    return _ORDINAL_DAY.sub(in_digits, text)


# An hour written with a colon, as a power company's outage notice prints it: "THỜI GIAN: Từ
# 07:00:00 ngày 25/02/2026 đến 11:30:00 ngày 25/02/2026" (Báo Mới on Đồng Tháp's outage
# schedule, zo-baomoi-lich-cup-dien-dong-thap-23-2-1-3-2026; tune-zo): "07h00", as the rules
# read hours. Only an hour of the clock (00-23, minutes 00-59, seconds 00 when printed) right
# before its day ("ngày 25/02/2026") or before the second hour of a span ("từ 07:00 đến 11:30
# ngày …"): "9:30" elsewhere may be a score or a ratio, and stays unread.
_COLON_HOUR = re.compile(
    r"(?i)(?<![\d:/.,])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::00)?(?![\d:])"
    r"(?=\s+(?:ngày\s+\d|(?:đến|tới|[-–—])\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::00)?\s+ngày\s+\d))"
)


def _colon_hours(text: str) -> str:
    """`text` with each hour written "HH:MM" or "HH:MM:00" before its day (`_COLON_HOUR`)
    written "HHhMM", as the rules read hours; the phrase is kept as printed."""
    return _COLON_HOUR.sub(lambda said: f"{said['h']}h{said['m']}", text)


# A word of letters with a Vietnamese one among them (a foreign word is plain ASCII)
_WORD = re.compile(r"[^\W\d_]*[^\W\d_\x00-\x7f][^\W\d_]*")


def _apart(text: str) -> str:
    """`text` with two syllables a PDF copy ran together printed apart: "hoàn thành
    sớmnhất ngày 10/4" is "sớm nhất" (at the earliest: a start), "khôngtrước ngày 5/3" is
    "không trước" (not before), as a reader sees them (`base.text.run_together`); a word
    of time and its number too (`_GLUED_TO_ITS_NUMBER`), and a slash typed twice before a
    year (`_SLASH_DOUBLED`)."""

    def apart(word: re.Match[str]) -> str:
        # a capitalised word may be a name of one word ("Katê", "Êđê"): read as printed
        pair = run_together(word.group()) if word.group()[:1].islower() else None
        return " ".join(pair) if pair else word.group()

    glued = _GLUED_TO_ITS_NUMBER.sub(r"\1 ", _WORD.sub(apart, nfc(text)))
    glued = _GLUED_AFTER_YEAR.sub(" ", glued)
    glued = _GLUED_BEFORE_THIS.sub(" ", glued)
    glued = _SLASH_DOUBLED.sub("/", glued)
    return _DAY_WORD_COLON.sub(r"\1 ", _GLUED_AFTER_COLON.sub(": ", glued))


# ... and a word of time run into the number after it: "GIAI ĐOẠN2013 – 2020" (UBND tỉnh Quảng
# Bình, QĐ 2384/2013), "phiên họp Chính phủ thường kỳ tháng8 năm 2015" (Văn phòng Chính phủ,
# CV 6365/2015): the period, the month of that number
_GLUED_TO_ITS_NUMBER = re.compile(r"(?i)(?<!\w)(đoạn|kỳ|tháng|năm|quý|ngày)(?=\d)")
# ... and "này" (this) run into the number before it: "Số còn lại sẽ đại hội trong tháng8này"
# (Báo Hải Dương, 2020; j-baohaiduong-dai-hoi-khuyen-hoc-2020), "tháng 8 này" as printed apart
_GLUED_BEFORE_THIS = re.compile(r"(?<=\d)(?=này(?!\w))")
# ... and a month's slash typed twice before its year: "từ tháng 9/2021 sang tháng 12//2021"
# (Báo Lai Châu, 2021; l-lai-chau-ngay-hoi-van-hoa-mong-2021), one separator as printed once;
# only between a number and a year
_SLASH_DOUBLED = re.compile(r"(?<=\d)//(?=(?:19|20)\d\d(?!\d))")
# ... and a colon with no space after it before a word: "Thời gian bắt đầu:Từ 06 giờ 00 phút
# ngày 05 tháng 11 năm 2025 …" (UBND xã Hòa Xuân, Đắk Lắk, 2025) was read as due on 05/11
# while "Thời gian bắt đầu: Từ …" reads the start it is; the field and its value, apart
_GLUED_AFTER_COLON = re.compile(r"(?<=\w):(?=[^\W\d_])")
# ... and the connector after a day run into its year: "- Đợt 1: Từ ngày 01/05/2021đến hết
# ngày 31/5/2021" (Bộ Tư pháp on Sóc Trăng's law contest, 2021: zq-pbgdpl-moj-soc-trang-thi-
# tim-hieu-phap-luat-2021, refused before tune-zq), read apart as printed with its space
_GLUED_AFTER_YEAR = re.compile(r"(?i)(?<=[/.-]\d{4})(?=(?:đến|tới|và)(?!\w))")
# ... and a colon between "ngày" and its day after a connector: "- Thời gian tổ chức thi lại:
# Từ ngày 22/02/2022 đến ngày: 26/02/2022" (Đông Á's resit notice, 2022: zq-donga-dulich-thi-
# lai-hoc-ky-1-2021-2022), a form's field left in the sentence; the day is the end's
_DAY_WORD_COLON = re.compile(r"(?i)(?<!\w)((?:đến|tới|từ|hết|trước|vào)\s+ngày)\s*:\s*(?=\d)")


def _parse_shown(phrase: str, context: Context) -> tuple[Deadline, ...]:
    _refuse_data_named(nfc(phrase))  # before any cut of the phrase is tried
    try:
        return _opening_lasting(phrase, context) or _parse(phrase, context)
    except Contradicted:
        raise  # "22 giờ ngày 15/02/2026 (Đêm Giao thừa)": never the words as its step
    except Unreadable as error:
        # "kéo dài 8 ngày, khai mạc … và bế mạc …": one window, before two events are tried
        events = opening_to_closing(nfc(phrase), context, _parse_shown)
        if events is None:  # "… khai mạc D1 và … bế mạc D2, họp tập trung liên tục …"
            events = opening_to_closing_continuous(nfc(phrase), context, _parse_shown)
        if events is None and error.kind is Refusal.TWO_HOURS:
            events = _events_at_their_hours(nfc(phrase), context)
        if events:
            return events
        # an event and its opening; an event told with its day, its agenda's periods after it;
        # "Ngày 6/3, … hoàn tất đợt giao quân năm 2026": the thing's year, the day its time
        if opened := (
            _window_and_its_opening(nfc(phrase), context)
            or event_on_its_day(nfc(phrase), context, _parse)
            or days_before_their_year(phrase, context, _parse_shown)
            # "Từ ngày 26 -29/5, Hội đồng xét thăng hạng … năm 2024 tổ chức …": its round's year
            or days_of_a_council_round(phrase, context, _parse_with_words_after)
            or day_and_the_day_it_beats(phrase, context, _parse_shown)
            or days_off_and_their_kinds(phrase, context, _parse_shown)
            # "nghỉ thêm hai ngày làm việc là thứ Ba (28/4) và thứ Tư (29/4)": one run
            or days_off_named(phrase, context, _parse_shown)
            # "nghỉ … thứ Sáu ngày 2/1/2026 và học bù vào thứ Bảy ngày 20/12/2025": two days
            or day_off_and_made_up(phrase, context, _parse_shown)
            # "… là tháng 6 năm 2025 bắt đầu từ … và kết thúc vào …": one window in its month
            or month_then_its_span(phrase, context, _parse_shown)
            # "tình hình KT-XH tháng 5 và 5 tháng năm 2017": the month and the year to its end
            or read_month_and_year_to_date(phrase, context, _parse_shown)
        ):
            return opened
        if named := _year_from_words(nfc(phrase), context, error.kind):
            return named
        # "… thay thế Quyết định số …"; "đến hết Quý I/2026 đạt 26%; đến hết Quý II/2026 …"
        # ... "hoàn thành … trước ngày 1/1/2026 và hoàn thành … trước ngày 15/1/2026": two steps
        if read := (
            in_force_then_replaced(nfc(phrase), context, _parse)
            or _clauses_read_apart(nfc(phrase), context)
            or steps_joined(nfc(phrase), context, _parse_shown, parse)
            # "25/8 (Lớp 1, 9, 12 tựu trường 20/8)": the grades in parentheses start apart
            or grades_apart(nfc(phrase), context, _parse_shown)
        ):
            return read
        found = _words_after_or_noted(nfc(phrase), context)
        if found is None:
            raise
        if isinstance(found, Unreadable):  # the time part read; the words after it say why
            # ... unless the sentence holds days apart, which says more (`several_days_said`)
            if error.kind is Refusal.UNSAID and not several_days_said(nfc(phrase)):
                raise found from error
            raise
        days = [day for one in found for day in (one.first, one.last, one.earliest) if day]
        one_day = len(found) == 1 and found[0].kind is DeadlineKind.DATE
        lunar_names_agree(nfc(phrase), days, one_day)  # "ngày 18/2/2026 (Xuân Đinh Mùi)"
        # "… theo Quyết định … ngày 2/1/2025 và Kế hoạch … ngày 3/12/2024": the documents
        # cited in the words after the cut count as those before it
        whole = Source.of(nfc(phrase), fold(nfc(phrase))).prepared
        _cited_year_doubt(
            [(one.last or one.earliest, one.year_from_plan) for one in found],
            cited_years(whole),
            context,
        )
        return found


def _words_after_or_noted(text: str, context: Context) -> tuple[Deadline, ...] | Unreadable | None:
    """`steps.words_after` of `text`, or, when it reads none, the part before a closing
    "as every year" read by every rule (`yearlynote`): "Năm học mới, học kỳ I … trước ngày
    18/1/2026, kỳ II trước 31/5/2026, tương tự các năm trước" is two steps joined after a
    lead-in, which the cut's plain grammar does not read."""
    found = words_after(text, context, _parse)
    if isinstance(found, tuple):
        return found
    return read_before_a_yearly_note(text, context, _parse_shown) or found


def _opening_lasting(phrase: str, context: Context) -> tuple[Deadline, ...] | None:
    """ "Triển lãm khai mạc ngày 10/12/2026 và kéo dài đến ngày 20/12/2026": one event held
    over its days (`eventspan.opening_lasting`), before the grammar reads the opening and
    the closing joined by "và" as two steps due (ruling (e) of session 39, made one in
    session 40); None for another phrase (most have no "dài")."""
    if "dài" not in phrase and "dai" not in phrase.lower():
        return None
    return opening_lasting(nfc(phrase), context, _parse_shown)


def _clauses_read_apart(text: str, context: Context) -> tuple[Deadline, ...] | None:
    """ "Trong đó, mục tiêu đến hết Quý I/2026 phấn đấu đạt 26%; đến hết Quý II/2026 đạt 59%;
    đến hết Quý III/2026 đạt 100%" (UBND TP Hà Nội, KH 35/KH-UBND 2026: disbursement targets):
    clauses joined by ";", each a time and what is due then. Each clause is read as a phrase of
    its own (`_parse_shown`, its words after the time its step); None unless every clause
    reads as one dated deadline with words of its own and their last days run in order (two
    last days for one work, "trước …; chậm nhất …", stay refused: `refuse_two_last_days`), and
    each clause says it is due (`grammar.DUE_WORD`): "thời điểm báo cáo là ngày 30/9/2027; thời
    hạn gửi báo cáo là 30/10/2027" names the figures' day beside the due day, no deadline."""
    clauses = [clause.strip(" .") for clause in text.split(";")]
    if len(clauses) < _TWO or not all(
        any(c.isdigit() for c in clause) and DUE_WORD.search(fold(clause).lower())
        for clause in clauses
    ):
        return None
    whole = Source.of(text, fold(text))
    refuse_two_last_days(split_parts(whole, CLAUSE_SEPARATOR))
    readings: list[Deadline] = []
    for clause in clauses:
        try:
            found = _parse_shown(clause, context)
        except Unreadable:
            return None
        dated = len(found) == 1 and found[0].kind in (DeadlineKind.DATE, DeadlineKind.WINDOW)
        if not dated or found[0].last is None or not (found[0].label or found[0].gloss):
            return None
        readings.append(found[0])
    lasts = [one.last for one in readings if one.last]
    if any(later <= earlier for earlier, later in pairwise(lasts)):
        return None
    return tuple(replace(one, phrase=text) for one in readings)


_TWO = 2


# "phải đến ngày 15/3/2027 mới được triển khai", "đến ngày 15/3 mới bắt đầu" (only then
# allowed, only then begun): the first day, not the last ("đến ngày 2/3 mới đi học trở lại",
# the day school resumes, is that day's event, and reads)
# ... after "đến"/"tới" ("Từ ngày 2/3 mới bắt đầu nhận hồ sơ" is a start, and reads as one),
# or "đến hết" ("Đến hết 30/6/2026 mới nộp": helper d60's brief, read as due then), and a
# month, a quarter or a year ("Đến năm 2027 mới triển khai", "Đến cuối tháng 9/2026 mới nộp":
# read as due at its end)
_TO_THE_DAY = (
    r"(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?(?:(?:(?:ngày|tháng|năm)\s+)?\d[\d/.-]*"
    r"|quý\s+[ivx\d]+(?:\s*[/.-]\s*\d{4})?)[\s,)–—-]*"
)
# ... with who waits between the day and "mới" ("Tới 15/9/2026 bà con mới gieo", "Đến
# 30/6/2026 các xã mới nộp": d60's brief, read as due then): a people or a body named by its
# first word, so that "mới" after another noun stays "new" ("… hoàn thành xây mới toàn bộ
# nhà", i-vietnamplus-hoan-thanh-chien-dich-quang-trung-truoc-15-1-2026)
_WHO_WAITS = (
    # ... a people or a body named by its first word, never with "mới" as "new" after it:
    # "mới (được)" before a participle, "sau", "đều", or in "nông thôn mới" ("Đến 30/6/2026,
    # các đơn vị mới được thành lập phải nộp báo cáo", "… các xã mới sau sắp xếp …", "… toàn
    # bộ các xã mới đều có trụ sở": d60b's brief, each read on main)
    r"(?:(?:các|những|mọi|tất\s+cả|toàn|bà\s+con|người\s+dân|nhân\s+dân|nông\s+dân"
    r"|ngư\s+dân|hộ|học\s+sinh|sinh\s+viên|thí\s+sinh|phụ\s+huynh|giáo\s+viên|cán\s+bộ"
    r"|doanh\s+nghiệp|đơn\s+vị|cơ\s+quan|địa\s+phương|ubnd|sở|bộ|ngành|phòng|xã|phường"
    r"|huyện|tỉnh|chủ\s+hộ|công\s+ty|hợp\s+tác\s+xã"
    r"|nhà\s+trường|trường|chủ\s+đầu\s+tư|nhà\s+thầu|chúng\s+(?:ta|tôi)|tôi|ta)"
    r"(?:\s+(?!thôn(?!\w))[^\W\d_]+){0,3}?"
    # (the participle with words after it: "học sinh mới nhập học" alone, "người dân mới được
    # nhận tiền" are waits, test_d60)
    r"\s+(?=mới\s+(?!(?:sau|đều)(?!\w)|(?:được\s+)?(?:thành\s+lập|tuyển\s+dụng|chuyển\s+đến"
    r"|nhập\s+học|hợp\s+nhất|hình\s+thành|bổ\s+sung|sắp\s+xếp|cổ\s+phần\s+hóa"
    r"|cổ\s+phần\s+hoá|công\s+nhận|giao|cấp)\s+[^\W\d_])))?"
    # ... and "thì" before it ("Đến 30/6/2026 thì mới nộp": the same wait)
    r"(?:thì\s+)?"
)
# ... never the end it names, nor "mới chỉ" (only so far: "đến 22.4 mới chỉ có …"), nor the
# day named the deadline or the end ("Đến 15/7/2026 mới là hạn chót", "… mới chấm dứt", "…
# mới hoàn thành", with "thì" too: the merge's second fresh tester, read on main: the day it
# ends is its deadline), nor the day school resumes, nor an event held that day ("đến ngày
# 2/3 mới tổ chức khai giảng": test_deadline_forms_e), nor "new" after who ("các xã mới
# thành lập", "… mới phát sinh"); each a whole word ("mới làm" is a wait), and none the
# first half of another ("mới chỉ đạo", "mới đóng góp", "mới đóng học phí" are waits)
_ENDS_NAMED = (
    r"(?:hết|kết\s+thúc|đóng(?!\s+(?:góp|tiền|phí|học\s+phí|thuế|bảo\s+hiểm))|khóa|khoá)(?!\w)"
)
_NOT_A_WAIT = (
    rf"(?:{_ENDS_NAMED}|(?:chỉ(?!\s+(?:đạo|định))|đi\s+học|trở\s+lại|quay\s+lại|được|là"
    r"|chấm\s+dứt|khép\s+lại|tựu\s+trường|hoàn\s+thành|xong|tổ\s+chức|thành\s+lập|sáp\s+nhập|phát\s+sinh)(?!\w))"
)
# ... and any verb of work after "mới" ("Vụ Đông tới 15/9/2026 mới gieo", "Lúa Xuân muộn tới
# 10/2/2027 mới cấy": session 59's fresh tester, read as due then)
_ONLY_THEN = re.compile(
    rf"{_TO_THE_DAY}{_WHO_WAITS}(?P<then>mới)\s+"
    rf"(?:được(?!\s+ban\s+hành)|bắt\s+đầu|khởi\s+công|(?!{_NOT_A_WAIT})\w)"
)
# ... and with any verb after "mới" when "phải", "mãi", "chỉ" or "tận" stresses the wait:
# "Phải đến ngày 15/5/2026 mới thu hoạch", "Mãi đến ngày 15/5/2026 mới hoàn thành" (session
# 58's fresh tester: read as due then; not before that day, or a past told), never the end
# it names ("Phải đến ngày 15/5/2026 mới hết hạn" is due then)
_ONLY_THEN_STRESSED = re.compile(
    rf"(?<!\w)(?:phải|mãi|chỉ|tận)(?:\s+cho)?\s+{_TO_THE_DAY}{_WHO_WAITS}"
    rf"(?P<then>mới)\s+(?!{_ENDS_NAMED})\w"
)
# ... each typed without marks, its "moi" bare ("Den 30/6/2026 moi nop", "Đến 30/6/2026 moi
# nop": d60's brief, read as due then); a marked "mỗi" (each) or "môi" folds to it too, so
# only a "moi" typed so is asked
_ONLY_THEN_BARE = tuple(bare_twin(rule) for rule in (_ONLY_THEN, _ONLY_THEN_STRESSED))


def _waits_till_the_day(text: str) -> bool:
    """Whether `text` says the work waits till its day (`_ONLY_THEN`, `_ONLY_THEN_STRESSED`),
    with its marks or its "moi" bare (`_ONLY_THEN_BARE`)."""
    said = nfc(text).lower()
    if _ONLY_THEN.search(said) or _ONLY_THEN_STRESSED.search(said):
        return True
    folded = fold(said)  # one character for one: the words as printed at the same place
    return any(
        said[slice(*wait.span("then"))] == "moi"
        for rule in _ONLY_THEN_BARE
        for wait in rule.finditer(folded)
    )


# ... and a wait: "chờ đến ngày 15/9/2025 mới nộp hồ sơ", "Chờ đến năm 2030 mới triển khai"
# (session 56's fresh tester and helper e57: read as due then): the work waits for that
# time, it is not due by it. As printed ("cho den" typed bare is "cho đến", until), as the
# verb: opening the phrase or a clause, or after "phải", "sẽ", "cần", "còn", "vẫn", "mà"
# ("danh sách chờ đến 30/6/2026", "Hàng chờ đến ngày 15/9 phải giải quyết xong": a list, a
# queue, up to the day); with a time after it ("hồ sơ chờ đến hạn", "chờ đến lượt" are none)
_WAITED_FOR = re.compile(
    r"(?:^|[,;:(]\s*|(?<!\w)(?:phải|sẽ|cần|còn|vẫn|mà)\s+)(?:chờ|đợi)(?:\s+cho|\s+mãi)?"
    r"\s+(?:đến|tới)(?:\s+tận)?\s+(?:(?:hết|cuối|đầu|giữa|sáng|chiều|tối|thứ)\s+)?"
    r"(?:ngày|tháng|quý|năm|hai|ba|tư|sáu|bảy|\d)"
)


# A part of a list that stands in for another, not beside it: "ngày 15/3/2027, dự phòng
# ngày 20/3/2027" (the reserve day), "…, trường hợp trời mưa thì ngày 20/3/2027" (if it
# rains): one of the days will be kept, never both
_FALLBACK = re.compile(r"(?i)(?:^|\s)(?:dự\s+phòng|(?:trong\s+)?trường\s+hợp\b.*\bthì)(?:\s|$)")
# ... but the school year's reserve week beside the year's end: "Tuần dự phòng bố trí từ 25
# đến 29-5-2026, bảo đảm kết thúc năm học trước ngày 31-5-2026" (Tây Ninh's frame of the
# school year 2025-2026, as Pháp Luật TP.HCM prints it: p-plo-tay-ninh): a week of the
# calendar set aside to make up lost days (the Bộ GD&ĐT's frame names it so), before the
# year's end, never a day standing in for it. Only beside "kết thúc năm học": a reserve
# week beside an exam or an event ("Thi học kỳ ngày …, tuần dự phòng …") may replace it
_RESERVE_WEEK = re.compile(r"(?i)^\W*tuần\s+dự\s+phòng\b")
_SCHOOL_YEAR_ENDS = re.compile(r"(?i)\bkết\s+thúc\s+năm\s+học\b")
_RESERVE_BEFORE_THE_END = timedelta(days=14)


def _reserve_week_of_a_school_year(one: Found, found: list[Found]) -> bool:
    """Whether `one` is the school year's reserve week (`_RESERVE_WEEK`) beside the year's
    end (`_SCHOOL_YEAR_ENDS`), a step of its own: the week's last day no later than the end
    and at most `_RESERVE_BEFORE_THE_END` before it (a week of another year or month is a typo
    or another calendar's: session 51's tester, "từ 25 đến 29-5-2024, … trước ngày
    31-5-2026")."""
    if not one.label or not _RESERVE_WEEK.match(one.label) or one.last is None:
        return False
    return any(
        other.label
        and _SCHOOL_YEAR_ENDS.search(other.label)
        and other.last is not None
        and timedelta(0) <= other.last - one.last <= _RESERVE_BEFORE_THE_END
        for other in found
    )


# a planned day beside the day it was done, each after its field's name: "Kế hoạch: tháng
# 3/2027; Thực hiện: tháng 4/2027", "Dự kiến: 15/3 - Hoàn thành: 20/3"
_PLANNED_FIELD = re.compile(r"(?:^|[;,.(\-–]\s*)(?:theo\s+)?(?:kế\s+hoạch|dự\s+kiến)\s*:")
_DONE_FIELD = re.compile(
    r"(?:^|[;,.(\-–]\s*)(?:thực\s+hiện|thực\s+tế|hoàn\s+thành)(?:\s+thực\s+tế)?\s*:"
)


def _refuse_planned_and_done(text: str, found: list[Found]) -> None:
    """Refuse readings whose parts do not stand side by side (`_refuse_parts`), and a planned
    day read beside the day it was done (`_PLANNED_FIELD`, `_DONE_FIELD`): the done day is no
    second deadline."""
    _refuse_parts(found)
    _one_weekday_for_each_day(fold(nfc(text)).lower(), found)
    refuse_school_term_over_a_year(text, found)
    said = nfc(text).lower()
    if len(found) > 1 and _PLANNED_FIELD.search(said) and _DONE_FIELD.search(said):
        raise Unreadable(
            "cụm từ nêu ngày theo kế hoạch (dự kiến) bên cạnh ngày thực hiện: ngày thực hiện "
            "là việc đã làm, không phải thời hạn; ghi last_day theo ngày kế hoạch, việc đã "
            "xong bằng kehoach done"
        )


# the day a report's figures are taken, beside the day it is due: "thời điểm báo cáo là ngày
# 30/9/2027; thời hạn gửi báo cáo là 30/10/2027" (Bộ GD&ĐT's school statistics), "Ngày chốt
# số liệu: 30/9/2027; hạn nộp: 30/10/2027": one deadline, never two
_CUT_OFF_DAY = re.compile(
    r"\W*(?:(?:ngay|thoi\s+diem|thoi\s+gian)\s+)?(?:chot|lay)\s+so\s+lieu\b"
    r"|\W*thoi\s+diem\s+bao\s+cao\b",
    re.ASCII,
)


def _refuse_parts(found: list[Found]) -> None:
    """Refuse readings whose parts do not stand side by side: a year or a period beside a
    day that falls in it (`refusals`), a day that stands in for another (`_FALLBACK`), the
    figures' day beside the due day (`_CUT_OFF_DAY`)."""
    refuse_year_beside_its_day(found)
    refuse_period_beside_a_day(found)
    if len(found) < 2:
        return
    for one in found:
        if one.label and _CUT_OFF_DAY.match(fold(one.label)):
            raise Unreadable(
                f"“{one.label} …” là ngày lấy số liệu của báo cáo, không phải một thời hạn nữa "
                "bên cạnh hạn gửi; ghi last_day theo hạn gửi văn bản nêu"
            )
        if one.label and _FALLBACK.search(one.label):
            if _reserve_week_of_a_school_year(one, found):
                continue
            raise Unreadable(
                f"“{one.label} …” nêu một ngày thay thế (dự phòng, trường hợp … thì …), không "
                "phải một thời hạn nữa: không tự chọn một; ghi last_day theo hạn cơ quan chọn"
            )


# a field that tells how a work stands, not when it is due: "Kết quả: hoàn thành ngày 20/3",
# "Tình trạng: hoàn thành 20/3", "Tiến độ thực hiện: đạt 80% (đến ngày 20/3)" (a share
# reached as of a day; "phấn đấu đạt 80% đến hết năm 2027" is a target, and reads)
_STANDING = re.compile(
    r"^\s*(?:kết\s+quả|tình\s+trạng)\s*:|(?<!phấn đấu )\bđạt\s+[\d.,]+\s*%\s*\(?\s*(?:tính\s+)?đến\b"
)


# ... and a count of what was done by a day, told after it: "Đến hết ngày 1/2/2027, đã có 25
# hồ sơ", "đến ngày 1/2/2027, 90% số xã đã hoàn thành", "Đến 17h ngày 1/2/2027, các đơn vị đã
# gửi báo cáo" (figures as of that day, as "tính đến …" is); a task "Đến ngày 30/6, hoàn thành
# các nội dung đã đề ra" names what was set out, and reads
_DONE_BY = re.compile(
    # (the source the press names may open the phrase, closed by its comma: "Theo báo cáo của
    # Bộ Nội vụ, đến ngày 31/12/2025 đã sắp xếp xong 90% tổ chức" is a figure reported, as
    # without it; read as due 31/12/2025 before helper ng, `label._NARRATIVE_FRAME` spares it)
    r"^\W*(?:theo\s+[^,;]{1,160}?,\s*)?"
    r"(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?[^,;]*?\d[^;]*?\b(?P<done>đã\s+(?:được\s+)?"
    r"(?:có|hoàn\s+thành|hoàn\s+tất|xong|gửi|nộp|tiếp\s+nhận|nhận|tổ\s+chức|thực\s+hiện"
    r"|triển\s+khai|giải\s+ngân|đạt|cấp|kết\s+nạp|thu|niêm\s+yết|bầu|bỏ\s+phiếu"
    # any verb told done with the count it reached: "Đến ngày 26/12, cả nước đã xử lý được
    # 19.658 cơ sở" (a year, a month or a day after the words is a time, a document's name
    # before the number its number: "… đã giao tại Kế hoạch 15" is a task, not a count)
    r"|(?:(?!(?:kế\s+hoạch|quyết\s+định|công\s+văn|nghị\s+quyết|nghị\s+định|chỉ\s+thị"
    r"|thông\s+tư|điều|khoản|mục|số)\s)[^\W\d]+\s+){1,4}"
    r"(?<!năm\s)(?<!tháng\s)(?<!ngày\s)(?<!quý\s)\d[\d.,]*(?![\d/.-])"
    r")"
    # ... or a share reached told with "mới … được" (only so much, so far): "Tới quý III/2026,
    # Sở X mới hoàn thành được 50% khối lượng" (a progress figure as of the quarter, as "đã
    # … được" is); "đến ngày 15/3 mới được triển khai" names no count (`_ONLY_THEN`)
    r"|mới\s+(?:[^\W\d]+\s+){1,4}?được\s+(?:(?:khoảng|gần|trên|hơn|chưa\s+đến)\s+)?"
    r"\d[\d.,]*(?![\d/.-])"
    # ... and without "được" when the figure is a share: "…, Sở X mới hoàn thành 50% khối
    # lượng", "Đến tháng 9/2026, dự án mới giải ngân 30% vốn" (fresh39b)
    r"|mới\s+(?:[^\W\d]+\s+){1,4}?(?:(?:khoảng|gần|trên|hơn|chưa\s+đến)\s+)?"
    r"\d[\d.,]*\s*(?:%|phần\s+trăm)"
    r")(?!\w)"
)


def _refuse_standing(text: str) -> None:
    """Refuse a phrase that tells how a work stands (`_STANDING`, `_DONE_BY`): its day is
    when it was done or measured, never a deadline."""
    said = nfc(text).lower()
    if done := _DONE_BY.search(said):
        raise Contradicted(  # final: no cut reads the day with the count as its step
            f"“{done['done']} …”: cụm từ kể việc đã làm được đến một ngày (số liệu tại ngày "
            "đó), không phải thời hạn; ghi last_day theo hạn văn bản nêu, việc đã xong bằng "
            "kehoach done"
        )
    if _STANDING.search(said):
        raise Unreadable(
            "cụm từ cho biết tình trạng, kết quả của việc (đã xong, đạt bao nhiêu) tại một ngày, "
            "không phải thời hạn; ghi last_day theo hạn văn bản nêu, việc đã xong bằng kehoach "
            "done"
        )


# the weather told for some days, without the words "thời tiết" or "dự báo": a clause whose
# head is a phenomenon right after the day ("từ ngày 10/8 đến 13/8, nắng nóng gay gắt", "…, trên địa bàn tỉnh có
# mưa to", "…, khu vực có khả năng xảy ra mưa lớn"), a phenomenon that lasts ("Mưa lớn kéo dài
# từ …", "Đợt rét đậm kéo dài đến hết ngày …") or a warning level in force ("Cảnh báo cháy
# rừng cấp V từ …", "Cấp báo động III … đến ngày …"): days of nature, nothing due. Matched
# with diacritics: "bão" is no "báo", "mưa" no "mua" (buy). A condition ("khi có mưa") or
# damage listed ("nhà bị sập, đổ, lũ cuốn trôi … trước ngày …") is no forecast
_NATURE = (
    r"(?:mưa(?:\s+(?:to|lớn|rào|dông|đá|phùn))?|nắng\s+nóng|rét\s+(?:đậm|hại)|không\s+khí\s+lạnh"
    r"|gió\s+mùa|bão(?:\s+số\s+\d+)?|áp\s+thấp(?:\s+nhiệt\s+đới)?|lũ(?:\s+(?:quét|ống|lớn))?"
    r"|sạt\s+lở|triều\s+cường|ngập\s+(?:úng|lụt)|hạn\s+hán|xâm\s+nhập\s+mặn|sương\s+(?:muối|mù)"
    r"|dông\s+lốc|lốc\s+xoáy|nhiệt\s+độ|độ\s+ẩm)(?!\w)"
)
# "có khả năng xảy ra một đợt mưa to" (t-thanh-hoa-cd-12, Thanh Hóa 2025, as breaker13 varied
# it: "Từ ngày 24 - 27/8/2025, khu vực tỉnh Thanh Hóa có khả năng xảy ra một đợt mưa to"):
# a spell of it, counted
_A_SPELL = r"(?:(?:một|1|các|những)\s+)?(?:đợt\s+)?"
_WEATHER_TOLD = re.compile(
    # a clause opening with it right after a day; never after a storm's number, "khắc phục
    # hậu quả bão số 10, mưa lũ, lốc xoáy vừa qua" (Thủ tướng's meeting of 3/10/2025,
    # zi-vietnamplus-nhiem-vu-cap-bach-bao-so-10-2025): disasters named, no days of weather
    rf"(?<!\d)(?<!số\s)(?:\d+\s*[,;:.]\s*){_NATURE}"
    # ... "bão" typed without diacritics, before its number: "Ngay 05/9/2024, bao so 3 da
    # manh len thanh sieu bao" (zi-baobackan-cd-09-ubnd-bao-so-3-2024 typed bare: due
    # 05/09/2024 before harden17); "báo số 3" (a paper's issue) keeps its marks
    r"|\d\s*[,;:.]\s*bao\s+so\s+\d"
    r"|(?:^|[,;:]\s*|\s)(?:(?:khu\s+vực|trên\s+địa\s+bàn|vùng)\b[^,;]*?\s)?(?<!khi\s)có\s+"
    r"(?:khả\s+năng\s+)?"
    rf"(?:(?:xảy\s+ra|xuất\s+hiện)\s+)?{_A_SPELL}{_NATURE}"  # "… có (khả năng xảy ra) mưa lớn"
    # ... typed without diacritics, only after "có khả năng xảy ra/xuất hiện" ("mua" is also
    # "buy", "bao" "report"): "khu vuc tinh Thanh Hoa co kha nang xay ra mot dot mua"
    r"|\bco\s+kha\s+nang\s+(?:xay\s+ra|xuat\s+hien)\s+(?:(?:mot|1|cac|nhung)\s+)?(?:dot\s+)?"
    r"(?:mua|nang\s+nong|ret\s+(?:dam|hai)|khong\s+khi\s+lanh|bao|ap\s+thap|lu|sat\s+lo"
    r"|trieu\s+cuong|ngap|dong\s+loc|loc\s+xoay|suong\s+(?:muoi|mu))\b"
    rf"|^\W*(?:đợt\s+)?{_NATURE}[^,;]*?\s(?:diễn\s+ra|kéo\s+dài|xảy\s+ra|đạt\s+đỉnh|xuất\s+hiện)\b"
    r"|(?:cháy\s+rừng|báo\s+động)\s+cấp\s+(?:[ivx]+|\d)\b|\bcấp\s+báo\s+động\s+(?:[ivx]+|\d)\b"
    # the weather named, or a forecast clause: "từ ngày 10/8 - 13/8/2025, thời tiết trên địa
    # bàn các xã, phường …" (Thanh Hóa, 2025), "…, dự báo cao điểm nắng nóng" (Bến Tre, 2023)
    # (also typed without diacritics: "thoi tiet", "theo du bao")
    # (and a copy's "D báo", "Dự bo": "Dự báo" lost a vowel, zh-thuvienphapluat-bac-giang-kh-2-
    # dich-benh-truyen-nhiem-2025 so copied, read as the year before harden17)
    r"|\bth(?:ời|oi)\s+ti(?:ết|et)\b"
    r"|(?:^|[,;:(]\s*|\btheo\s+)(?:d(?:ự|u)?\s+b(?:áo|ao)|d(?:ự|u)\s+bo)\b"
    # a water level or a tide forecast, said without "có khả năng": "giữa tháng 8; mực nước
    # triều vùng hạ lưu sông Tiền sẽ ở mức cao hơn báo động" (UBND tỉnh Tiền Giang, CT 04/2024
    # on natural disasters; zd-tien-giang-ct-04-pctt-2024: read as 11-20/08 before), "Mực nước
    # đầu nguồn sông Tiền tăng dần từ đầu tháng 9" (CT 06/2022): what it will do, or a level
    # against the alarm levels (Quyết định 05/2020/QĐ-TTg, cấp báo động lũ); never the water
    # that is the cause of an act told with its day ("Do mực nước sông tiếp tục dâng nhanh,
    # …, sáng sớm 17/11, Sở GD&ĐT thông báo cho học sinh … nghỉ học", Huế, 2025: read)
    r"|(?<!\w)(?:mực\s+nước|thủy\s+triều|đỉnh\s+(?:triều|lũ))(?!\w)[^,;]*?\s"
    r"(?:sẽ|(?:tăng|giảm|lên|xuống)\s+dần)(?!\w)"
    r"|(?<!\w)(?:(?:cao|thấp)\s+hơn|vượt|trên)\s+(?:mức\s+)?báo\s+động(?!\w)"
)


# ... and the phenomena whose words, folded, are no other words, however many of their marks
# a copy kept: "Trong ngay 7/11, ap thap nhiet doi di chuyen sang phia dong Thai Lan"
# (zi-tienphong-bao-so-13-vao-gia-lai-dak-lak-2025 typed bare or half bare: due 07/11/2025
# before harden17). Matched on the folded text. So is a water level told to come or against
# the alarm levels: "giua thang 8; muc nuoc trieu … se o muc cao hon bao dong" (zd-tien-
# giang-ct-04-pctt-2024 typed bare or half bare: read as 11-20/08, harden21's hunt).
_WEATHER_FOLDED = re.compile(
    r"\d\s*[,;:.]\s*(?:ap\s+thap\s+nhiet\s+doi|nang\s+nong|ret\s+(?:dam|hai)"
    r"|khong\s+khi\s+lanh)\b"
    r"|(?<![a-z])(?:muc\s+nuoc|thuy\s+trieu|dinh\s+(?:trieu|lu))(?![a-z])[^,;]*?\s"
    r"(?:se|(?:tang|giam|len|xuong)\s+dan)(?![a-z])"
    r"|(?<![a-z])(?:(?:cao|thap)\s+hon|vuot|tren)\s+(?:muc\s+)?bao\s+dong(?![a-z])",
    re.ASCII,
)


# ... never the weather an act follows, waits for or is done because of: "các trường chủ động
# theo dõi diễn biến thời tiết để báo cáo …" (VietNamNet, 30/9/2025), "tùy tình hình thời
# tiết, các cơ sở giáo dục chủ động theo dõi" (Znews), "chỉ khi tình hình thời tiết thật sự an
# toàn, … đón học sinh trở lại trường từ ngày 26/8" (Kênh 14), "tranh thủ thời tiết thuận
# lợi" (Thái Bình TV): no weather told for the days, which are the act's. Only the words
# "thời tiết" so governed; a forecast after them ("mưa to", "bão") is still told.
_WEATHER_WATCHED = re.compile(
    r"(?i)(?<!\w)(?:theo\s+dõi|tùy|tuỳ|tranh\s+thủ|chỉ\s+khi)\s+(?:(?:diễn\s+biến|tình\s+hình)\s+)?"
    r"thời\s+tiết(?!\w)"
)


def _refuse_weather_told(text: str) -> None:
    """Refuse a phrase telling the weather or a warning level for some days (`_WEATHER_TOLD`,
    `_WEATHER_FOLDED`), for good: no cut reads the days with the weather as the step. The
    weather an order waits for ("nghỉ học từ ngày 25/8 cho đến khi thời tiết ổn định trở
    lại", `steps.until_event`) is the event that ends it, no weather told for the days."""
    cut = until_event(nfc(text))
    told = _WEATHER_WATCHED.sub(lambda said: " " * len(said.group()), nfc(cut[0] if cut else text))
    if found := _WEATHER_TOLD.search(told.lower()) or _WEATHER_FOLDED.search(fold(told)):
        said = told[slice(*found.span())].strip(" ,;:.")
        raise Contradicted(
            f"“{said} …” nói về thời tiết hay một dự báo (thiên tai, cấp cảnh báo) trong những "
            "ngày đó, không phải một việc phải xong; nếu văn bản có hạn, ghi last_day theo văn bản"
        )


# a note closing the phrase, alone in parentheses or after a comma or dash, that the time
# was dropped, called off, moved or changed, or hangs on the situation: "TỪ NĂM 2012 ĐẾN NĂM
# 2016 (bỏ)", "…, hoãn vô thời hạn", "Giai đoạn 2021-2025 (dời)", "… (điều chỉnh)", "…, có thể
# lùi lại", "… (không thực hiện)", "…, tùy tình hình": no day to meet, or not that one
# ... and "…, nhưng đã bỏ", "(ngưng)", "…, ngưng thực hiện", "(sai)" (fresh38: read as the day)
# ... and the time named as the note's subject, the note's other verbs of moving and what it
# hangs on: "(thời gian có thể thay đổi tùy điều kiện thực tế)", "…, có thể xê dịch", "…, có
# thể rút ngắn" (session 53's brief: read as firm, where "(có thể thay đổi)" was refused)
_NOTE_SUBJECT = r"(?:(?:thời\s+gian|thời\s+hạn|thời\s+điểm|lịch(?:\s+trình)?|ngày|kế\s+hoạch)\s+)?"
_NOTE_HANGS_ON = (
    r"(?:\s+(?:tùy|tuỳ|căn\s+cứ)(?:\s+(?:theo|vào))?\s+(?:điều\s+kiện|tình\s+hình)"
    r"(?:\s+(?:thực\s+tế|cụ\s+thể))?|\s+(?:cho\s+)?phù\s+hợp)?"
)
_NOTE_CALLED_OFF = re.compile(
    rf"(?:\(|[,;]|\s[–—-])\s*(?:nhưng\s+)?{_NOTE_SUBJECT}"
    r"(?:đã\s+|bị\s+|tạm\s+|sẽ\s+|có\s+thể\s+(?:sẽ\s+)?(?:được\s+)?|dự\s+kiến\s+)?"
    r"(?:(?:(?:ngưng|ngừng|dừng|thôi)(?:\s+thực\s+hiện)?|(?:ghi\s+)?sai"
    r"|bỏ|hủy(?:\s+bỏ)?|huỷ(?:\s+bỏ)?|hoãn(?:\s+lại|\s+vô\s+thời\s+hạn)?|dời(?:\s+lại)?|đổi"
    r"|(?:có\s+)?thay\s+đổi|điều\s+chỉnh|lùi(?:\s+lại)?|không\s+(?:thực\s+hiện|tổ\s+chức)"
    rf"|xê\s+dịch|rút\s+ngắn){_NOTE_HANGS_ON}"
    r"|(?:tu[ỳỳ]|tùy)\s+(?:theo\s+)?tình\s+hình)\s*(?:\)\W*|[.;]?\s*)$"
)


# ... and the note typed without diacritics: "(thoi gian co the thay doi)" (session 53's
# brief, neighbours: read as the day); only a note with no mark at all (`_note_called_off`)
_NOTE_CALLED_OFF_BARE = bare_twin(_NOTE_CALLED_OFF)


def _note_called_off(text: str) -> str | None:
    """The note closing `text` that its time was dropped or moved (`_NOTE_CALLED_OFF`), or
    that note typed bare (`_NOTE_CALLED_OFF_BARE`), as printed."""
    said = nfc(text).lower()
    if found := _NOTE_CALLED_OFF.search(said):
        return found.group()
    found = _NOTE_CALLED_OFF_BARE.search(fold(said))
    if found is not None and said[slice(*found.span())].isascii():
        return said[slice(*found.span())]
    return None


def _refuse_note_called_off(text: str) -> None:
    """Refuse a phrase closed by a note that its time was dropped or moved (`_NOTE_CALLED_OFF`),
    for good: no cut reads the time without its note."""
    if found := _note_called_off(text):
        said = found.strip(" ,;()–—-.")
        raise Contradicted(
            f"“({said})” sau thời hạn: thời hạn đã bỏ, đổi, hoãn, hủy hoặc dừng (hay tuỳ tình "
            "hình), không phải thời hạn đang chạy; ghi thời hạn hiện hành vào last_day, thời "
            "hạn cũ vào history"
        )


def _refuse_only_then(text: str) -> None:
    """Refuse "phải đến ngày 15/3 mới được triển khai" (`_ONLY_THEN`) and a wait ("chờ đến
    …", `_WAITED_FOR`), never re-read, a phrase telling how a work stands
    (`_refuse_standing`), the weather (`_refuse_weather_told`) or closed by a note that its
    time was called off (`_refuse_note_called_off`)."""
    _refuse_standing(text)
    _refuse_weather_told(text)
    _refuse_note_called_off(text)
    refuse_hedged(text)  # "Có lẽ tổ chức ngày 20/4/2026", "… (chờ xác nhận)"
    refuse_condition_after(text)  # "Hoàn thành trước 30/6/2026, miễn là có kinh phí"
    refuse_asked_if_any(text)  # "Theo đề nghị của Bộ (nếu có), báo cáo trước 30/6/2026"
    if _WAITED_FOR.search(text.lower()):
        raise Contradicted(
            "“chờ đến …” là thời điểm việc được chờ tới, không phải hạn phải xong; không đoán, "
            "hãy ghi last_day (và first_day) theo văn bản"
        )
    told = wait_told(text)
    if told == "just":
        raise Contradicted(
            "“… vừa mới …” sau ngày tháng kể việc vừa làm xong đến ngày đó, không phải hạn "
            "phải làm; nếu văn bản có hạn, ghi last_day theo văn bản"
        )
    if told or _waits_till_the_day(text):
        raise Contradicted(
            "“… mới …” sau ngày tháng (đến ngày đó mới được làm) là mốc sớm nhất, không phải "
            "hạn cuối; không đoán, hãy ghi last_day (và first_day) theo văn bản"
        )
    if state := state_told(text):
        raise Contradicted(
            f"“{state} …” sau ngày tháng kể tình trạng của việc tại ngày đó (vừa làm, đang hay "
            "vẫn làm, được miễn, tạm dừng, chỉ mới làm được, mới dự kiến, hay chỉ là phỏng "
            "đoán), không phải hạn phải làm; nếu văn bản có hạn, ghi last_day theo văn bản"
        )


# "lễ khai mạc Ngày hội sẽ diễn ra lúc 8 giờ ngày 08/7 và bế mạc lúc 19 giờ ngày 10/7" (Bộ
# VHTTDL, Ngày hội Văn hóa Chợ nổi Cái Răng 2022): two events joined, each at an hour of its
# own day; never one deadline with two hours
_EVENTS_JOINED = re.compile(r"\s*,?\s+va\s+|\s*[,;]\s+", re.ASCII)
# ... never a start and its end ("bắt đầu lúc …, kết thúc lúc …" is one window)
_STARTS = re.compile(r"\b(?:bat\s+dau|tu|ke\s+tu|tinh\s+tu)\b", re.ASCII)


def _events_at_their_hours(text: str, context: Context) -> tuple[Deadline, ...] | None:
    """The two readings of a phrase refused for its two hours (`asides.TWO_HOURS`), cut at
    the one "và", "," or ";" where each side reads alone as one day at one hour, each with
    the event it names (its label) and no start among them, the second after the first,
    both with their year written or both without; None otherwise (the refusal stands)."""
    folded = fold(text)
    pairs: list[tuple[Deadline, Deadline]] = []
    for joint in _EVENTS_JOINED.finditer(folded):
        try:
            (first,) = _parse(text[: joint.start()], context)
            # the second may end with the words after its day: "…; Tổng kết, bế mạc Hội thi
            # vào lúc 14h00 ngày 26/12/2025 tại Trường Tiểu học số 2 Lao Bảo" (xã Lao Bảo, 2025)
            (second,) = _parse_shown(text[joint.end() :], context)
        except (Unreadable, ValueError):
            continue
        if _two_events(first, second):
            pairs.append((first, second))
    if len(pairs) != 1:
        return None
    return tuple(replace(one, phrase=text) for one in pairs[0])


def _two_events(first: Deadline, second: Deadline) -> bool:
    days = (first.first, first.last, second.first, second.last)
    if any(
        one.kind is not DeadlineKind.DATE or not one.time or not one.label
        for one in (first, second)
    ):
        return False
    if None in days or first.first != first.last or second.first != second.last:
        return False
    if any(_STARTS.search(fold(one.label or "")) for one in (first, second)):
        return False
    if first.year_from_plan != second.year_from_plan:
        return False
    assert first.last is not None and second.last is not None
    return (first.last, first.time or "") < (second.last, second.time or "")


# "Thời gian: Từ 28/4 đến hết ngày 01/5/2018. Khai mạc 9 giờ 00 ngày 28/4/2018" (Lễ hội mùa
# hè Sa Pa 2018), "…; dự kiến khai mạc triển lãm vào 08h00', ngày 22/9/2022" (Yên Bái, Lễ hội
# Xòe Thái 2022): an event's days, then the hour it opens on one of them, in a sentence of its
# own after "." or ";"
# ... or after a comma, or in parentheses closing the phrase: "… Kỳ họp thứ nhất HĐND tỉnh
# Khoá XII sẽ tiến hành trong 02 ngày (từ ngày 01 - 02/7/2021), khai mạc vào lúc 08h00 ngày
# 01/7" (z-kontum-tb-31-ky-hop-thu-nhat-hdnd-khoa-xii-2021), "… chuyển thời gian tổ chức Hội
# nghị … sang ngày 08-09/01/2018 (khai mạc lúc 13h30 ngày 08/01/2018)" (Hội đồng Đội Trung
# ương, 2017: l-hdd-tw-doi-hoi-nghi-nha-thieu-nhi-2017): the same event's opening day, which
# must fall inside its days
_OPENING_AFTER = re.compile(
    r"\s*[.;,]\s+(?=(?:du\s+kien\s+)?khai\s+mac\b)"
    r"|\s*\(\s*(?=(?:du\s+kien\s+)?khai\s+mac\b[^()]*\)[\s.;]*\Z)",
    re.ASCII,
)


def _window_and_its_opening(text: str, context: Context) -> tuple[Deadline, ...] | None:
    """An event's window and its opening inside it (`_OPENING_AFTER`): the window, the
    opening kept as its gloss. Only when the part before reads as one window and the part
    after as one day (named the opening, often with its hour) inside that window; an opening
    outside it, or anything else, leaves the refusal standing (None)."""
    cut = list(_OPENING_AFTER.finditer(fold(text)))
    if len(cut) != 1:
        return None
    try:
        (window,) = _parse(text[: cut[0].start()], context)
        (opening,) = _parse(text[cut[0].end() :].rstrip(" .;)"), context)
    except (Unreadable, ValueError):
        return None
    if window.kind is not DeadlineKind.WINDOW or opening.kind is not DeadlineKind.DATE:
        return None
    if window.first is None or window.last is None or opening.last is None:
        return None
    if not window.first <= opening.last <= window.last:
        return None
    said = " ".join(text[cut[0].end() :].split()).rstrip(" .;)")
    gloss = f"{window.gloss}; {said}" if window.gloss else said
    return (replace(window, phrase=text, gloss=gloss),)


def _year_from_words(text: str, context: Context, kind: Refusal) -> tuple[Deadline, ...] | None:
    """On a page with no date, the readings of `text` refused for its missing year (`kind`)
    in the year its words give: its lunar glosses' (`_year_of_lunar_names`), or the edition
    of the festival it tells held ("Tuần Văn hóa … năm 2024 sẽ khai mạc tối 28.11 tại …",
    `agenda.edition_held`, also after a refusal that says no more than "not understood");
    None otherwise."""
    # ... also after a refusal that says no more than "not understood": "Chương trình nghệ
    # thuật mừng Xuân Giáp Thìn 2024 sẽ diễn ra lúc 20h30 ngày 9/2 (nhằm 30 Tết) tại …" (Báo
    # Bạc Liêu, h-b2-baomoi): the gloss still picks the one year, or nothing is read
    if kind in (Refusal.NO_YEAR, Refusal.UNSAID) and (named := _year_of_lunar_names(text, context)):
        return named
    if kind is Refusal.NO_YEAR and (opened := year_opening_its_weekday(text, context, _parse)):
        return opened  # "Năm 2026, Tết Dương lịch rơi vào thứ Năm, ngày 1/1."
    if kind in (Refusal.NO_YEAR, Refusal.UNSAID):
        return edition_held(text, context, _parse_with_words_after)
    return None


def _parse_with_words_after(text: str, context: Context, year: int | None) -> tuple[Deadline, ...]:
    """`_parse` in `year`, else its time part read with the words after it as the step
    (`steps.words_after`, each cut read in `year`); raises the first refusal when neither
    reads."""
    try:
        return _parse(text, context, year)
    except Contradicted:
        raise
    except Unreadable as error:
        found = words_after(text, context, lambda cut, within: _parse(cut, within, year))
        if found is None or isinstance(found, Unreadable):
            raise error from None
        return found


def _year_of_lunar_names(text: str, context: Context) -> tuple[Deadline, ...] | None:
    """ "Từ 5-17/2 (từ 26 tháng Chạp năm Quý Mão đến mùng 8 tháng Giêng năm Giáp Thìn)" (Kon
    Tum Today, the provinces' Tết holidays of 2024, a page with no date): days without a
    year, on a page without an issue day, whose lunar glosses name their lunar years. The
    year is the one solar year, of those the lunar calendar is computed for, in which every
    gloss agrees with its day (`refusals.check_asides`: the lunar days, months and years);
    none or several, and the refusal stands (None)."""
    if context.issued is not None:
        return None
    # ... or its spring or its Tết: "Bắc Ninh: Tết trồng cây Xuân Bính Ngọ diễn ra từ ngày 23/2
    # (mồng 7 Tết)" (Báo Mới, Sở NN&MT Bắc Ninh 2026): the days around that Tết
    # (`year_names_agree`), the gloss checked on each candidate year
    names = {
        folded_cycle_name(fold(one["stem"]), fold(one["branch"]))
        for one in NAMED_LUNAR_YEAR.finditer(text)
    } - {None}
    if not names:
        return None
    lunar_years = [y for y in range(LUNAR_FIRST, LUNAR_LAST + 1) if cycle_name(y) in names]
    read: list[tuple[int, tuple[Deadline, ...]]] = []
    for year in sorted({y + step for y in lunar_years for step in (0, 1)}):
        try:
            # the place after the gloss is words after the time ("… (nhằm 30 Tết) tại …")
            read.append((year, _parse_with_words_after(text, context, year)))
        except Unreadable:
            continue
    if len(read) != 1:
        return None
    year, readings = read[0]
    said = f"; năm {year}: năm dương lịch duy nhất khớp mọi chú thích âm lịch (tên năm âm lịch)"
    # in place of the plan-year note each candidate year was read with: there is no plan's
    # issue day (fresh39c saw "năm 2024 lấy theo năm ban hành kế hoạch" with no --issued)
    return tuple(
        replace(one, year_from_plan=False, year_from="phrase", reading=_said_once(one, year, said))
        for one in readings
    )


def _said_once(one: Deadline, year: int, said: str) -> str:
    """`one`'s reading with its plan-year note of `year` replaced by `said`, or `said` added
    when it had none."""
    reading = year_said(one.reading, year, said)
    return reading if reading != one.reading else f"{one.reading}{said}"


def _plan_year(prepared: str, context: Context, year: int | None) -> int | None:
    """The year a day without one takes: `year` when a caller read it (`agenda`, a lunar
    gloss's), else the page's, or the year before it for a day told as news in the week
    before a page of the new year (`news.eve_year`: "Ngày 31-12, …" on 01/01/2026)."""
    if year is not None or context.issued is None:
        return year
    return eve_year(prepared, context.issued) or context.issued.year


def _refuse_data_named(text: str) -> None:
    """Refuse a period or a year that names data, not a time of work: the quarter in a
    report's title ("BÁO CÁO … QUÝ II/2009"), a year's sum of money ("Tổng số vốn năm 2023
    … là 711.684,386 tỷ đồng")."""
    prepared = Source.of(text, fold(text)).prepared
    refuse_report_title_period(text, prepared)
    refuse_money_of_a_year(prepared)


def _parse(phrase: str, context: Context, year: int | None = None) -> tuple[Deadline, ...]:
    """The readings of `phrase`; a day without a year takes the plan's, else `year` (named
    by the phrase's lunar glosses, `_year_of_lunar_names`)."""
    text = nfc(phrase)
    # "Kể từ năm 2005, Thủ tướng Chính phủ đã quyết định lấy ngày 19/8 hàng năm là …": the
    # opening tells when the yearly day was chosen (`instituted.without_institution`)
    source = without_institution(
        no_later_than(
            _anchor_out_of_parens(
                signing_day_glossed(
                    report_head_of_count(day_word_doubled(list_marker_out(_unenclosed(text))))
                )
            )
        ),
        context,
    )
    # "30 năm … (12/8/1991 - 12/8/2021)"; "kỷ niệm 30 năm … (1990 - 2024)" refused
    for span in anniversary_spans_checked(source.prepared):
        source = source.blank(*span)
    source, weeks = _weeks_out(source)  # "Lịch làm việc tuần 21 (từ ngày 21/5/2018 …)"
    prepared_all = source.prepared  # before the citations are blanked as glosses
    refuse_before_asides(source)  # "Căn cứ …" told back; "từ 8 đến 11 giờ ngày 28/6": no 8 June
    source, asides = explain_asides(source)  # "(hoặc 20 ngày sau ngày bầu cử)" is a gloss
    _refuse_only_then(text)
    refuse_unread_kinds(source)
    source, asides = trailing_note(source, asides)
    source, asides, enclosed = unwrap_time_part(source, asides)
    source, asides = as_usual_before_its_day(source, asides)
    refuse_as_usual(source)
    plan_year = _plan_year(prepared_all, context, year)
    second_half = _second_half_year(source.prepared, context)
    plan_year = second_half or plan_year
    source, later = later_year(source, context)
    plan_year = later.year if later else plan_year
    if counted := _count_alone(source, context):
        return (_deadline(phrase, counted, asides),)
    source, after, asides = label_after(source, asides)
    if after is None:
        source, after = _clause_after_day(source, context, plan_year)
    source, asides = shift_after_cadence(once_a_month_said_first(source), asides)
    # "… định kỳ 1 lần/năm, nguồn kinh phí … do ngân sách TP thanh toán": who pays, no time
    source, late = registration_after_last_day(*paid_or_covered_after(source, asides.gloss))
    asides = asides._replace(gloss=late)
    # "… hằng tháng được duy trì": the rule told as kept up, then its step after a comma
    source, step, asides = clause_after_cadence(*kept_up_after_cadence(source, asides))
    # "trước 17 giờ ngày 15/3": the 15th, until 17:00; "trước 24 giờ ngày 15/3": all the 15th
    if (asides.time or asides.end_of_day) and context.strict_before:
        context = replace(context, strict_before=False)
    # "24/1-9/2/2025 (25 tháng Chạp đến 12 tháng Giêng)": one gloss, the two ends of one span
    spanned = asides.lunar_span and len(asides.lunar) == 2
    enclosed = enclosed or _wholly_enclosed(text)  # "(15/11/2025-15/02/2026)": a cell's range
    found = kept_up_agrees(
        _read_headed(Input(source, context, plan_year, enclosed=enclosed, lunar_span=spanned)),
        asides,
    )
    _one_before_each(found, source, context)
    # "tiếp xúc cử tri sau kỳ họp cuối năm 2022": the session's name, no time of the meetings
    # ... "Từ ngày 26 -29/5, Hội đồng tuyển dụng bãi bỏ lịch thi": no window of the work
    found = steps_not_undone(
        text,
        session_not_a_period(
            _in_their_school_year(_with_words_after(found, step, after, asides.shift, context))
        ),
    )
    found = [header_agrees(header_narrows(one, context), context) for one in found]
    found = [
        refuse_under_own_day_header(in_force_under_header(one, context, text), context)
        for one in found
    ]
    if second_half:
        found = [_in_second_half(one, second_half) for one in found]
    _years_named_agree(found, prepared_all, context)
    _week_agrees(found, weeks)
    timed = asides.time is not None
    found = one_day_of_a_part(
        [
            not_far_ahead(
                # a day told as news ("Chiều 3/2, UBND xã … tổ chức …") is one day alone
                not_long_past(
                    with_plan_year(one, context, prepared_all if len(found) == 1 else ""),
                    context,
                ),
                context,
                timed,
            )
            for one in found
        ]
    )
    if later:
        later_year_of_one_part(found, later)
        found = [in_later_year(one, later) for one in found]
    _refuse_planned_and_done(text, found)
    # the event's day first: a weekday in parentheses names it ("từ 14 giờ 00 phút, ngày 08
    # tháng 6 năm 2025 (Chủ nhật)"), as it names any one day
    found, asides = _event_at_its_hour(found, asides)
    # "ngày 28/01/2020 và ngày 29/01/2020 (tức ngày Mùng 4 và Mùng 5 Tết Âm lịch)": one window
    found, asides = _lunar_gloss_checked(found, asides, text)
    _lunar_years_agree(text, found)
    found = [_hour_of_its_part(one, asides) for one in found]
    return tuple(_deadline(phrase, one, asides) for one in found)


# "Đợt 2 sẽ diễn ra vào ngày 14-15/3/2026; ngày đăng ký 5-15/2/2026." (Dân trí on the 2026
# aptitude tests, za-dantri-lich-thi-dgnl-dgtd-2026), "Ngày nhận hồ sơ tuyển mầm non là 1/7,
# ngày công bố kết quả 20/7" (Giáo dục Việt Nam, 2020): a step named as its day ("ngày" and
# the step's words) joins the day right after it, as "là" would; never a document's own day
# ("ngày ký", "ngày ban hành", "ngày có hiệu lực"), which other rules read or refuse
_DAY_OF_THE_STEP = re.compile(
    r"ngay\s+(?!(?:ky|ban\s+hanh|(?:co\s+)?hieu\s+luc)\b)[a-z]+(?:\s+[a-z]+){0,5}", re.ASCII
)


_DAY_AND_MONTH = re.compile(r"(?P<day>\d{1,2})(?:\s*[/.-]\s*|\s+thang\s+)(?P<month>\d{1,2})")


def _occasion_before(match: re.Match[str], prepared: str) -> bool:
    """Whether the folded words before the day `match` reads (`DAY_RULE`) in `prepared` close
    with the name of the occasion kept on that day each year
    (`commemorated.named_before_its_day`), the day closing the phrase: a day or a word after
    it ("… 28/6/2016 và 1/7/2016") may make it one of two, and stays with the rules."""
    shape = _DAY_AND_MONTH.match(match["when"])
    closing = not prepared[match.end() :].strip(" .;")
    return (
        closing
        and shape is not None
        and named_before_its_day(
            prepared[: match.start("when")], int(shape["day"]), int(shape["month"])
        )
    )


# A school calendar's cell under its step's header, the way the step is held before its day:
# "Trực tuyến 5/9" under "Khai giảng" (Doanh nghiệp & Thương hiệu's table of the provinces'
# 2021-2022 school year: Bình Dương opens the year online), the day the step is held on, as
# "5/9" alone in the cell is. Only the mode and one day, the whole cell (folded)
_MODE_THEN_DAY = re.compile(
    r"(?:truc\s+(?:tuyen|tiep)|online)\s+\d{1,2}\s*(?P<sep>[/.-])\s*\d{1,2}(?:\s*(?P=sep)\s*\d{4})?",
    re.ASCII,
)


def _held_by_its_mode(text: str, header: str | None) -> bool:
    """Whether the whole phrase `text` (as printed) is the mode a step is held in and its day
    (`_MODE_THEN_DAY`), the cell of a table column (a `header` given)."""
    cell = " ".join(fold(text).lower().split()).strip(" .;")
    return header is not None and _MODE_THEN_DAY.fullmatch(cell) is not None


# "… tạo nền tảng để triển khai các nhiệm vụ phát triển kinh tế – xã hội và chuẩn bị cho giai
# đoạn tăng tốc 2026–2030" (a provincial council's session told, zs-doanhnghiephoinhap-vinh-
# long-ky-hop-thu-ba-hdnd-2025): a stage named by what it is to be ("mới", "tăng tốc", "bứt
# phá") right before its years is the stage "giai đoạn 2026–2030" names, the years joined by
# the stage's word as they are with nothing between. Only these words and a span of years:
# a stage's number ("giai đoạn II 2026–2030") is a number to account for, not read here.
_STAGE_QUALIFIED = re.compile(
    r"(?<![a-z])giai\s+doan\s+(?:moi|tang\s+toc|but\s+pha)\s*\Z", re.ASCII
)
_SPAN_OF_YEARS = re.compile(r"\d{4}\s*[–—-]\s*\d{4}", re.ASCII)


def _stage_qualified(match: re.Match[str], before: str) -> bool:
    """Whether `match`, a span of years (`PERIOD_RULE`), follows a stage named with its
    qualifier (`_STAGE_QUALIFIED`) in the folded words `before` it."""
    if match.re is not PERIOD_RULE or not _SPAN_OF_YEARS.fullmatch(match["when"]):
        return False
    return _STAGE_QUALIFIED.search(before) is not None


def _day_of_the_step(label: str, before: str) -> bool:
    """Whether `label` (as printed) is a step named as its day (`_DAY_OF_THE_STEP`) and the
    folded words `before` the day end with it, no mark between."""
    words = " ".join(fold(label).split())
    ends_in_word = before.rstrip()[-1:].isalpha()
    return ends_in_word and _DAY_OF_THE_STEP.fullmatch(words) is not None


def _lunar_gloss_checked(
    found: list[Found], asides: Asides, text: str
) -> tuple[list[Found], Asides]:
    """`found` and `asides` once a lunar gloss is placed: naming two days in a row, their
    window ("ngày 28/01/2020 và ngày 29/01/2020 (tức ngày Mùng 4 và Mùng 5 Tết Âm lịch)",
    `lunarrow.two_days_glossed`); naming the one day before it, that day's ("vào ngày
    31-3-2012 (nhằm mùng 10 tháng 3 âm lịch) và nghỉ bù vào ngày 2-4-2012",
    `lunarrow.gloss_of_one_day`), or closing the phrase right after its last day, that day's
    (`lunarrow.gloss_of_last_day`); a span's gloss slipped by a day at one end, outvoted by its
    count (`lunarslip.slipped_gloss`); then every aside checked (`refusals.check_asides`)."""
    found, asides = gloss_of_one_day(two_days_glossed(found, asides), asides, text)
    found, asides = gloss_of_last_day(found, asides, text)  # "…, ngày 23/02/2026 (tức …)"
    found, asides = slipped_gloss(found, asides, text)
    check_asides(found, asides)
    return found, asides


def _count_alone(source: Source, context: Context) -> Found | None:
    """A count with no anchor of its own, read as a processing time or from its column: "75
    ngày" (the column says from what, `header.count_from_header`), "Không quá 17 ngày làm việc
    đối với trường hợp …" (`header.per_case_count`); a time "within" the count ("Trong thời hạn 05
    ngày làm việc", `WITHIN_COUNT`) only under a processing-time header, where it is the same
    count; None for any other phrase."""
    count = COUNT_ONLY.fullmatch(source.prepared)
    if count is None and (within := WITHIN_COUNT.match(source.prepared)):
        count = COUNT_ONLY.fullmatch(source.prepared, within.end())
        count = count if processing_header(context) else None
    if count is None:
        return per_case_count(source)
    if count["again"]:
        _refuse_figures_unlike(source, count)
    return count_from_header(count, source, context)


def _refuse_figures_unlike(source: Source, count: re.Match[str]) -> None:
    """Refuse figures after a count (`COUNT_ONLY`'s `again`) that do not restate it: out of
    parentheses as printed, or another count ("Mười lăm ngày (Chi cục VTLT 10 ngày)")."""
    said = source.said(*count.span("count"))
    printed = source.original(count.end("unit"), count.end())
    if "(" not in printed or ")" not in printed:
        raise Unreadable(f"số “{count['again']}” sau “{said}” không rõ là gì; ghi last_day")
    if int(count["again"]) != count_of(said):
        raise Unreadable(
            f"“{said}” và số trong ngoặc ({count['again']}) không bằng nhau: không đoán số "
            "nào đúng; ghi last_day theo văn bản"
        )


def _wholly_enclosed(text: str) -> bool:
    """Whether the whole phrase stands in parentheses, as a time part after a work's name
    does ("(15/11/2025-15/02/2026)", a deadline cell copied with them): the two read alike."""
    return ENCLOSED.fullmatch(fold(text)) is not None


# a whole phrase in quotes (`conditional.QUOTED`), as a cell is copied from a spreadsheet or
# quoted in a report ('"Từ ngày 03/02/2026 đến ngày 15/3/2026"', '“Trước ngày 15/12/2026”'):
# the same phrase
_QUOTE_PAIRS = frozenset({'""', "“”", "«»"})


def _quoted(prepared: str) -> re.Match[str] | None:
    """The whole `prepared` phrase in a pair of quotes (`QUOTED`), or None."""
    found = QUOTED.fullmatch(prepared)
    return found if found and found["open"] + found["close"] in _QUOTE_PAIRS else None


def _unenclosed(text: str) -> Source:
    """`text` to read, a whole phrase in parentheses ("(ngày 12-10)") out of them; an empty
    phrase is refused."""
    source = Source.of(text, fold(text))
    if inner := ENCLOSED.fullmatch(source.prepared) or _quoted(source.prepared):
        source = source.blank(inner.start(), inner.start("inner")).blank(
            inner.end("inner"), inner.end()
        )
    if not source.prepared.strip(" .,;:-…"):
        why = LEFT_TO_FILL if _BLANK.search(source.prepared) else "thời hạn để trống"
        raise Unreadable(why, blank=True)
    if mark := END_MARK.search(source.prepared):  # "… có hiệu lực thi hành kể từ ngày ký./."
        source = source.blank(*mark.span())  # (UBND tỉnh Gia Lai, QĐ 485/2020): the text's end
    return source


# A one-time event named before "từ <giờ> ngày D": an opening, a meeting, a reception of
# citizens, a ceremony ("Thời gian khai mạc từ 20 giờ 00 phút, ngày 9/11/2024", "họp chuyên
# môn từ 09h00 ngày 14/10/2021"), or a show said to take place then ("Thời gian diễn ra từ
# 20h00 ngày 26/5/2023": Ngày hội Du lịch Sơn La 2023, whose programme ran that evening): it
# happens on D, from that hour
_ONE_TIME_EVENT = re.compile(
    r"\b(?:khai\s+mac|be\s+mac|hop|hoi\s+nghi|tiep\s+(?:cong\s+)?dan|le|buoi|giao\s+thua"
    r"|dien\s+ra"
    # a show: "trình diễn thể thao trên biển từ 14 giờ 00 phút, ngày 08 tháng 6 năm 2025 (Chủ
    # nhật)" (UBND tỉnh Khánh Hòa, KH 13495/2025, the Festival Biển's programme)
    r"|(?:trinh|bieu)\s+dien)\b",
    re.ASCII,
)
# ... unless the words name a regime that starts then ("cách ly … từ 0 giờ ngày 16/2",
# "bắt đầu từ 0 giờ ngày 01/7/2020", "áp dụng từ …"): a start bound, as before
_REGIME = re.compile(
    r"\b(?:cach\s+ly|gian\s+cach|phong\s+toa|ap\s+dung|hieu\s+luc|thuc\s+hien|trien\s+khai"
    r"|bat\s+dau|dung|cam|han\s+che|ke|tro|nghi|mo\s+cua|hoat\s+dong|van\s+hanh|thu|ban"
    r"|tiep\s+nhan|nhan|dang\s+ky|kiem\s+soat|giam\s+sat|chot)\b",
    re.ASCII,
)
# ... and a leader's periodic reception of citizens right before its hour ("Bí thư Tỉnh ủy tổ
# chức tiếp dân định kỳ tháng 2 năm 2026 từ 14 giờ ngày 25/2/2026"; Luật Tiếp công dân 2013,
# Điều 12-15: one day each month) is that one day's, whatever the words naming who holds it
# ("Bí thư", "Ban Chấp hành", "Thực hiện Quy định số …") hold of a regime
_RECEPTION_HELD = re.compile(r"\btiep\s+(?:cong\s+)?dan\s+dinh\s+ky\Z", re.ASCII)


def _with_words_after(
    found: list[Found], step: str | None, after: str | None, shift: str | None, context: Context
) -> list[Found]:
    """The reading with what the words after its time part say: the step after a cadence
    (`steps.clause_after_cadence`) or after a day (`steps.label_after`), a day off's shift.
    The years in the words are checked against the days (`label.refuse_step_years`)."""
    if step is not None:
        if len(found) != 1 or found[0].kind is not DeadlineKind.RECURRING or found[0].label:
            raise Unreadable("tên bước đứng sau kỳ hạn chỉ đi với một kỳ hạn lặp lại")
        found = [found[0]._replace(label=step)]
    if shift is not None:
        found = [_shifted_off_days_off(found, shift)]
    if after is not None:
        if len(found) != 1 or found[0].label is not None:
            raise Unreadable("tên bước đứng sau ngày tháng chỉ đi với một thời hạn")
        days = [d for d in (found[0].first, found[0].last) if d is not None]
        # an event held that day, told near its page: "Sáng 3/10, UBND xã … tổ chức hội nghị
        # … nhập ngũ năm 2026"; never a bare step ("ngày 15/1 xyz năm 2028": 2028's day?)
        near = holds_an_event(after) and near_its_page(days, context.issued, after=True)
        refuse_step_years(after, days, near=near)
        found = [found[0]._replace(label=after)]
    return found


def _event_at_its_hour(found: list[Found], asides: Asides) -> tuple[list[Found], Asides]:
    """ "Thời gian khai mạc từ 20 giờ 00 phút, ngày 9/11/2024": a start bound at an hour,
    with no end, whose words name a one-time event (`_ONE_TIME_EVENT`) and no regime
    (`_REGIME`), is that event's day D at that hour: a date, `time` the hour. A show's
    minutes before the hour ("Thời gian bắn 15 phút, từ 23 giờ ngày …") make it one too,
    when they end before midnight (`showminutes.show_of_its_day`)."""
    if (minutes := show_minutes(found)) is not None:  # "Thời gian bắn 15 phút, từ 23 giờ …"
        held = show_of_its_day(found, minutes, asides.start_time or asides.time)
        if found[0].earliest is None:
            return [held], asides  # the day's hours were read: they stay as read
        return [held], asides._replace(time=asides.start_time or asides.time, start_time=None)
    one = found[0] if len(found) == 1 else None
    if one is None or asides.start_time is None or one.last is not None or not one.earliest:
        return found, asides
    said = fold(" ".join(part for part in (one.label, one.gloss) if part))
    regime = _REGIME.search(said) and not _RECEPTION_HELD.search(said.strip(" ,"))
    if not _ONE_TIME_EVENT.search(said) or regime or asides.start_time < "05:00":
        return found, asides
    if several_sittings(said):  # "Lớp học là 10 buổi, bắt đầu từ 14 giờ ngày 28/7/2020"
        return found, asides
    day = one.earliest
    reading = f"ngày {show(day)} (ngày diễn ra, từ {asides.start_time})"
    event = one._replace(kind=DeadlineKind.DATE, first=day, last=day, earliest=None)
    return [event._replace(reading=reading)], asides._replace(
        time=asides.start_time, start_time=None
    )


def _hour_of_its_part(one: Found, asides: Asides) -> Found:
    """ "tối 8 giờ ngày 15/3/2027", "buổi chiều 3 giờ ngày …" were read at 08:00, 03:00 (the
    part kept as the qualifier, the hour taken as written): the evening's 8 is 20:00, as "8
    giờ tối" is. An hour that is no hour of the part ("sáng 20 giờ") is refused."""
    time = one.time or asides.time
    part = fold(one.qualifier or "").split()[-1:]
    if time is None or not part or part[0] not in PART_HOURS:
        return one
    hour, minute = (int(n) for n in time.split(":"))
    in_part = hour_in_part(hour, part[0])
    if in_part is None:
        raise Unreadable(
            f"“{one.qualifier}” và {time} không khớp: không phải một giờ của buổi đó; ghi "
            "last_day theo văn bản"
        )
    return one._replace(time=f"{in_part:02d}:{minute:02d}")


_DAYS_OF_EVERY_MONTH = 28


# the rule's day said again in its clause: "nếu ngày 15 hàng tháng trùng vào ngày nghỉ …"
_DAY_SAID_AGAIN = re.compile(r"\bngay\s+(?P<day>\d{1,2})\s+(?:hang|moi)\s+thang\b", re.ASCII)


def _shifted_off_days_off(found: list[Found], shift: str) -> Found:
    """A recurring rule with a day of the month ("vào ngày 15 hàng tháng"), its clause for a
    day off (`grammar.HOLIDAY_SHIFT`) kept as the qualifier: the rule's days are unchanged
    (`kehoach.dates.workdays` moves a day off when asked). Beside anything else, refused;
    so is a clause naming a day of the month that is not the rule's one day ("vào ngày 15
    hằng tháng (nếu ngày 20 hàng tháng trùng vào ngày nghỉ …)": which day is kept? "ngày 15
    và 25 …, nếu ngày 25 …": is the 15th moved too?)."""
    rule = found[0].recurrence if len(found) == 1 else None
    if (said := _DAY_SAID_AGAIN.search(fold(shift).lower())) and (
        rule is None or rule.days or int(said["day"]) != rule.day
    ):
        raise Unreadable(
            f"“{shift}” nêu ngày {int(said['day'])} hằng tháng, không phải ngày của kỳ hạn: "
            "không rõ ngày nào; ghi last_day cho từng kỳ"
        )
    if rule is not None and rule.days and not found[0].qualifier:  # "ngày 15 và 25 hằng tháng"
        return found[0]._replace(qualifier=shift, reading=f"{found[0].reading}; {shift}")
    weekly = rule is not None and rule.frequency is Frequency.WEEKLY and rule.weekday is not None
    if rule is None or (rule.day is None and not weekly) or found[0].qualifier:
        raise Unreadable(
            "“nếu trùng vào ngày nghỉ …” chỉ đi với một kỳ hạn lặp lại có ngày trong tháng "
            "hoặc thứ trong tuần; ghi last_day theo văn bản"
        )
    if rule.day is not None and rule.day > _DAYS_OF_EVERY_MONTH:
        # "vào ngày 30 hàng tháng, nếu trùng vào ngày nghỉ thì …": in February, the last day,
        # or the working day after the 28th (in March)? The clause moves days off, not days
        # a month lacks; not guessed
        raise Unreadable(
            f"“ngày {rule.day} hằng tháng” kèm “{shift}”: tháng thiếu ngày {rule.day} thì tiếp "
            "vào ngày cuối tháng hay ngày làm việc sau đó? không đoán; ghi last_day cho từng kỳ"
        )
    return found[0]._replace(qualifier=shift, reading=f"{found[0].reading}; {shift}")


def lunar_names_agree(text: str, days: list[date], one_day: bool) -> None:
    """The lunar year (`year_names_agree`) and, beside one day, the lunar occasion
    (`lunar.occasion_disagreement`: "ngày 27/4/2026 (Giỗ Tổ Hùng Vương)") the phrase names
    must be its days'; refused otherwise. Used also on the words after a time part, which
    `_parse` never sees whole."""
    if NAMED_LUNAR_YEAR.search(text):
        if not days:
            raise Unreadable("tên năm âm lịch không đi với một ngày đọc được")
        try:
            year_names_agree(text, days)
        except Unlunar as error:
            raise Contradicted(f"{error}; ghi last_day theo văn bản") from None
    if not one_day and days:  # "Lễ Giỗ Tổ Hùng Vương từ ngày 1/3 đến 10/3": lunar days
        try:
            wrong = occasion_day_as_solar(text, days)
        except Unlunar:
            wrong = None
        if wrong:
            raise Contradicted(f"{wrong}; ghi last_day (và first_day) theo ngày dương lịch")
    if one_day and days:
        if wrong := named_day_disagreement(fold(text), days[-1]):  # "Tết Thanh minh ngày 10/4"
            raise Contradicted(f"{wrong}; một trong hai viết nhầm: ghi last_day theo văn bản")
        try:
            wrong = occasion_disagreement(text, days[-1])
        except Unlunar:
            return
        if wrong:
            raise Contradicted(f"{wrong}; một trong hai viết nhầm: ghi last_day theo văn bản")


def _lunar_years_agree(text: str, found: list[Found]) -> None:
    """A lunar year named anywhere in the phrase ("Xuân Bính Ngọ 2026") is the days' own
    (`kehoach.dates.lunar.year_names_agree`); no such name, nothing to compute. A yearly rule
    on a solar day never names a lunar occasion (`lunar.occasion_every_year_as_solar`)."""
    yearly_days = [
        (rule.day, month)
        for one in found
        if (rule := one.recurrence) is not None
        and rule.frequency is Frequency.YEARLY
        and rule.day is not None
        for month in (rule.months or ((rule.month,) if rule.month else ()))
    ]
    if yearly_days and (wrong := occasion_every_year_as_solar(text, yearly_days)):
        raise Contradicted(f"{wrong}; ghi last_day cho từng năm theo lịch âm")
    days = [day for one in found for day in (one.first, one.last, one.earliest) if day]
    one_day = len(found) == 1 and found[0].kind is DeadlineKind.DATE
    lunar_names_agree(text, days, one_day)


# "hoàn thành giáo dục kì II trước ngày 25/5", "kết thúc năm học trước 31/5", "Còn học kì II,
# bắt đầu từ 9/1" (Sở GD-ĐT Kon Tum, plan of 16/8/2022 for the school year 2022-2023): the
# second half of a school year, named in a plan issued as the year begins (August to
# December), falls in January to July of the next calendar year (the Ministry's frameworks:
# a school year runs from September to May; its exams and admissions follow by July)
_SECOND_HALF = re.compile(
    r"\b(?:hoc|giao\s+duc|chuong\s+trinh)\s+k[yi]\s+(?:ii|2)\b"
    r"|\b(?:ket\s+thuc|tong\s+ket|be\s+giang)\s+nam\s+hoc\b(?!\s*\d)"
    # "Năm học sẽ kết thúc trước ngày 31/5" (Báo Sơn La, 16/8/2021): the school year ends
    r"|\bnam\s+hoc\s+(?:se\s+)?(?:ket\s+thuc|be\s+giang)\b",
    re.ASCII,
)
# ... never beside its first half, the opening, or a school year named by its years or place
_FIRST_HALF = re.compile(
    r"\bk[yi]\s+(?:i|1)\b|\btuu\s+truong\b|\bkhai\s+giang\b"
    r"|\bnam\s+hoc\s+(?:\d|nay|sau|toi|moi|tiep|hien|truoc(?!\s+(?:ngay\s+)?\d))",
    re.ASCII,
)
_SCHOOL_YEAR_BEGINS = range(8, 13)
_SECOND_HALF_MONTHS = range(1, 8)


def _second_half_year(prepared: str, context: Context) -> int | None:
    """The calendar year of a school year's second half (`_SECOND_HALF`) named without its
    year in a plan issued from August to December: the year after the issue; else None."""
    issued = context.issued
    if issued is None or issued.month not in _SCHOOL_YEAR_BEGINS:
        return None
    if not _SECOND_HALF.search(prepared) or _FIRST_HALF.search(prepared):
        return None
    return issued.year + 1


def _in_second_half(found: Found, year: int) -> Found:
    """A day of the second half taken in `year`: it must fall in January to July."""
    if not found.year_inferred:
        return found
    for day in (found.first, found.last, found.earliest):
        if day is not None and (day.year != year or day.month not in _SECOND_HALF_MONTHS):
            raise Unreadable(
                f"ngày {show(day)} không thuộc học kỳ II (tháng 1 đến tháng 7/{year}) của năm "
                f"học {year - 1}-{year}; ghi rõ năm, hoặc ghi last_day"
            )
    note = (
        f"; năm {year}: học kỳ II của năm học {year - 1}-{year} (kế hoạch ban hành năm {year - 1})"
    )
    return found._replace(reading=found.reading + note, year_inferred=False)


def _years_named_agree(found: list[Found], prepared: str, context: Context) -> None:
    """The years the phrase names beside its days: a document cited (`_plan_year_beside_a_
    citation`), an anniversary counted (`occasions.anniversary_agrees`)."""
    _plan_year_beside_a_citation(found, cited_years(prepared), context)
    anniversary_agrees(prepared, [d for one in found for d in (one.first, one.last) if d])


# The week of the year a schedule names by its number (ISO 8601: weeks from Monday, the first
# holding 4 January), as work schedules print it: "Lịch làm việc tuần 21 của Thường trực, các
# Ban và Văn phòng (từ ngày 21/5/2018 đến ngày 28/5/2018)" (HĐND tỉnh Bến Tre), "(Tuần thứ
# 07 từ ngày 09/02/2026 đến ngày 13/02/2026)" (UBND xã Nghĩa Trung, Đồng Nai). Never "hằng
# tuần 1 lần" (once a week), "tuần 2 lần", a week of a month ("tuần 2 tháng 6", "tuần thứ 2
# của tháng 6": refused apart), a day written after it ("tuần 15/6").
_WEEK_NUMBERED = re.compile(
    r"(?<![a-z])(?<!hang )(?<!moi )tuan\s+(?:thu\s+)?(?P<week>\d{1,2})\b"
    r"(?!\s*(?:[/.-]\s*\d|lan\b|(?:cua\s+|trong\s+)?(?:thang|quy|nam)\b|hang\b|moi\b))",
    re.ASCII,
)


# ... and a contest's week by its order, opening the line before its colon: "- Tuần 1: bắt
# đầu vào lúc 9h00’ ngày 15/11/2021 và kết thúc vào 23h59’ ngày 21/11/2021." (the online
# contest "Khát vọng 25 năm" of Bình Phước, five weeks: l-binh-phuoc-cuoc-thi-khat-vong-25-
# nam), its first week, not the 1st of the year; `_week_agrees` checks its span
_ROUND_WEEK = re.compile(r"\A[\W_]*tuan\s+(?:thu\s+)?\d{1,2}\s*:", re.ASCII)


class Week(NamedTuple):
    """A week named by its number: of the year (ISO 8601), or of a contest (`_ROUND_WEEK`)."""

    number: int
    round: bool


def _weeks_out(source: Source) -> tuple[Source, list[Week]]:
    """`source` with each week numbered (`_WEEK_NUMBERED`) read as blanks, in its text too
    (its number and its word "tuần" are no time of the reading's), and the weeks, which
    `_week_agrees` checks against the reading."""
    weeks: list[Week] = []
    round_week = _ROUND_WEEK.match(source.prepared)
    for week in _WEEK_NUMBERED.finditer(source.prepared):
        opening = round_week is not None and week.start() < round_week.end()
        start, end = source.origin[week.start()], source.origin[week.end() - 1] + 1
        text = source.text[:start] + " " * (end - start) + source.text[end:]
        source = source.blank(*week.span())._replace(text=text)
        weeks.append(Week(int(week["week"]), opening))
    return source, weeks


# ... and its number alone, the word "tuần" left on the line before by the copy: "13
# (24/3/2025 - 30/3/2025)" (Sở VHTTDL Bình Dương, "Lịch làm việc Tuần 13 (24/3/2025 -
# 30/3/2025)", v-sovhttdl-binh-duong-lich-lam-viec-tuan-13-2025): read as "Tuần 13 (…)" is,
# so the number must be the ISO week of the span's first day (`_week_agrees`)
_WEEK_NUMBER_ALONE = re.compile(r"\s*(?P<week>\d{1,2})\s*(?P<span>\([^()]*\))\s*")


def _read_week_number_alone(
    text: str, context: Context, glosses: tuple[str | None, ...]
) -> tuple[Deadline, ...] | None:
    """The one window of a phrase that is a week's number and its span in parentheses alone
    (`_WEEK_NUMBER_ALONE`), read as "Tuần N (…)"; None when it is not, a word was cut aside,
    or that reading is refused too (the number then stays unexplained, as refused)."""
    alone = _WEEK_NUMBER_ALONE.fullmatch(text)
    if alone is None or any(glosses):
        return None
    try:
        found = _parse_whole(f"Tuần {alone['week']} {alone['span']}", context)
    except Unreadable:
        return None
    if len(found) != 1 or found[0].kind is not DeadlineKind.WINDOW:
        return None
    return (replace(found[0], phrase=text),)


def _week_agrees(found: list[Found], weeks: list[Week]) -> None:
    """ "Lịch làm việc tuần 21 … (từ ngày 21/5/2018 đến ngày 28/5/2018)": the week numbered
    must be the ISO 8601 week of the one reading's first day (21/05/2018 opens week 21) and
    of its middle day, so most of the span lies in it ("13 (30/3/2025 - 5/4/2025)": a
    Sunday of week 13, then six days of week 14, fresh41b); a number that is not is another
    time, or a typo, and the phrase is refused. A contest's week (`Week.round`) is its own
    count: one window of seven days, its number far below the year's week of its first day
    (`_round_week_agrees`), never a week of the year mistyped by one or two."""
    one = found[0] if len(found) == 1 else None
    for number, opening in weeks:
        if opening and one is not None and _round_week_agrees(one, number):
            continue
        first = one.first if one else None
        middle = first + (one.last - first) // 2 if one and first and one.last else first
        if first is not None and middle is not None and first.isocalendar().week == number:
            if middle.isocalendar().week == number:
                continue
            raise Unreadable(
                f"“tuần {number}” không phải tuần của phần lớn thời hạn ({show(middle)} thuộc "
                f"tuần {middle.isocalendar().week}); ghi last_day (và first_day) theo văn bản"
            )
        raise Unreadable(
            f"“tuần {number}” không phải tuần của ngày đầu thời hạn"
            + (f" ({show(first)} thuộc tuần {first.isocalendar().week})" if first else "")
            + "; ghi last_day (và first_day) theo văn bản"
        )


_ROUND_BELOW_THE_YEARS = 3  # weeks: a number this far below the year's week is no typo of it
_ROUNDS_AT_MOST = 12  # a contest's weeks: a quarter's at most ("Tuần 43:" is the year's)
_A_WEEK = 6  # days from the first to the last of seven


def _round_week_agrees(one: Found, number: int) -> bool:
    """Whether the contest's week `number` frames the reading `one`: a window of seven days,
    the number at most `_ROUNDS_AT_MOST` and at least `_ROUND_BELOW_THE_YEARS` below the
    ISO week of its first day."""
    if one.kind is not DeadlineKind.WINDOW or one.first is None or one.last is None:
        return False
    seven = (one.last - one.first).days == _A_WEEK
    below = number <= one.first.isocalendar().week - _ROUND_BELOW_THE_YEARS
    return seven and below and number <= _ROUNDS_AT_MOST


def _plan_year_beside_a_citation(found: list[Found], cited: set[int], context: Context) -> None:
    """ "hoàn thành trước ngày 15/12 theo Kế hoạch số 12/KH-UBND ngày 3/12/2024" in a plan of
    05/01/2025: a day without its year, set "according to" a document signed in another
    year, may be that document's day (15/12/2024, three weeks before the plan) as well as
    the plan year's (15/12/2025): refused. When the document's year would put the day half
    a year before the plan (`refusals.LONG_PAST`: "đến hết ngày 1 tháng 8 theo Công văn số
    969/TTg-KGVX ngày 17 tháng 7 năm 2020" in a plan of 2021), the plan's year stands. The
    bound is the typo'd year's, not a due day's (`refusals.PAST_DUE`, a month): the cited
    document's own day, retold months later, is the likelier reading, never the plan's."""
    _cited_year_doubt(
        [(one.last or one.earliest, one.year_inferred) for one in found], cited, context
    )


def _cited_year_doubt(
    days: list[tuple[date | None, bool]], cited: set[int], context: Context
) -> None:
    """Refuse a day whose year came from the plan (`days`: each day and whether its year was
    inferred) when a document `cited` in another year would put it close to the plan."""
    issued = context.issued
    for day, inferred in days:
        if not inferred or day is None or issued is None:
            continue
        for year in sorted(cited - {day.year}):
            try:
                other = day.replace(year=year)
            except ValueError:  # 29/02 in a year without it
                continue
            if (issued - other).days <= LONG_PAST:
                raise Unreadable(
                    f"ngày không ghi năm đi cùng văn bản ký năm {year}: có thể là ngày "
                    f"{show(other)} của văn bản đó, hay {show(day)} của năm kế hoạch; ghi rõ "
                    "năm, hoặc ghi last_day"
                )


def _one_before_each(found: list[Found], source: Source, context: Context) -> None:
    """ "Trước ngày 15/3 và 20/3/2027" with `before = "strict"`: whether the one "trước"
    drops the last day of each, or of the first only, the phrase does not say. Refused,
    never read as 14/3 and 20/3."""
    befores = len(_BEFORE.findall(source.prepared))
    if context.strict_before and len(found) > 1 and 0 < befores < len(found):
        raise Unreadable(
            'một chữ “trước” cho nhiều ngày: với before = "strict" không rõ ngày nào được '
            "tính; ghi last_day cho từng mốc"
        )


_BEFORE = re.compile(r"\btruoc\b", re.ASCII)


# A start bound whose step names a limit: "Hạn cuối nộp hồ sơ, tức là từ ngày 26/8", "Hết hạn
# nhận hồ sơ từ ngày 16/12/2026" read "mốc bắt đầu …; không phải hạn cuối" while the words say
# the day is the last (fresh39c): the day's role is unsaid, never a start by default
_LIMIT_NAMED = re.compile(
    r"(?<![a-z])(?:han\s+(?:cuoi|chot)|het\s+han|(?:cham|muon|tre)\s+nhat)(?![a-z])", re.ASCII
)


def _deadline(phrase: str, found: Found, asides: Asides) -> Deadline:
    if found.earliest and found.last is None and _LIMIT_NAMED.search(fold(found.label or "")):
        raise Contradicted(
            f"“{found.label}” nêu một hạn, nhưng ngày sau “từ” chỉ là mốc bắt đầu: không rõ ngày "
            "đó là hạn hay ngày bắt đầu; ghi last_day (hoặc first_day) theo văn bản"
        )
    rule = found.recurrence and reported_before(found.recurrence, found.label, phrase)
    rrule = rrule_text(rule) if rule else None
    asides = _start_hour(found, asides)
    gloss = "; ".join(g for g in (found.gloss, asides.gloss) if g) or None
    asides = asides._replace(gloss=gloss)
    return Deadline(
        phrase,
        found.kind,
        found.first,
        found.last,
        rule,
        found.label,
        found.reading + _period_unsaid(rule, rrule) + asides.note(),
        earliest=found.earliest,
        qualifier=found.qualifier,
        time=found.time or asides.time,
        gloss=gloss,
        relative=found.relative,
        rrule=rrule,
        year_from_plan=found.year_inferred,
        duty=is_duty(phrase, found.kind, rule),
        year_from=found.year_from if found.year_inferred else "phrase",
    )


def _period_unsaid(rule: Recurrence | None, rrule: str | None) -> str:
    """What the reading says when the words leave the period reported on unsaid and no
    convention gives it (`reading.usual_offset`: a quarter's first month): each due day is
    named by itself, not by a guessed quarter."""
    if rule is None or rrule is None or rule.offset is not None or rule.covers is not None:
        return ""
    if usual_offset(rrule) is not None:
        return ""
    period = "năm" if rule.frequency is Frequency.YEARLY else "quý"
    return (
        f"; văn bản không ghi báo cáo cho {period} nào: mỗi kỳ gọi theo ngày hạn của nó "
        "(“kỳ hạn dd/mm/yyyy”)"
    )


def _start_hour(found: Found, asides: Asides) -> Asides:
    """The hour a work starts at ("bắt đầu từ 7 giờ 30 phút ngày 1-4-2019 và kết thúc …")
    is kept as a gloss beside a last day, never as the hour that day is due; a start alone
    ("bắt đầu từ 0 giờ ngày 01/7/2020") has no other hour, and keeps it as its `time`."""
    if asides.start_time is None:
        return asides
    # ... a recurring data period's start ("Tính bắt đầu từ 0h00 ngày 01 đầu tháng cho đến
    # hết 24h00 ngày cuối cùng của tháng", Thông tư 37/2019/TT-BYT) is no hour of its due day
    if found.last is None and found.kind is not DeadlineKind.RECURRING:
        return asides._replace(time=asides.start_time, start_time=None)
    one_day = found.last in (found.first, found.earliest or found.first)
    if one_day and asides.time is not None and asides.time <= asides.start_time:
        raise Unreadable(  # "từ 17 giờ ngày 1/4 đến 7 giờ ngày 1/4": it ends before it starts
            f"bắt đầu lúc {asides.start_time}, kết thúc lúc {asides.time} cùng một ngày: "
            "kết thúc không sau lúc bắt đầu; ghi last_day theo văn bản"
        )
    begins = f"bắt đầu lúc {asides.start_time}"
    gloss = f"{begins}; {asides.gloss}" if asides.gloss else begins
    return asides._replace(gloss=gloss, start_time=None)


def _anchor_out_of_parens(source: Source) -> Source:
    """ "trong thời hạn 10 ngày làm việc (kể từ ngày đăng tin)": the anchor of the count in
    parentheses reads as the same words without them (see `ANCHOR_IN_PARENS`); so does a
    count and its anchor after their step ("Thực hiện ĐATN (03 tháng kể từ …)",
    `COUNT_IN_PARENS`)."""
    anchor = ANCHOR_IN_PARENS.search(source.prepared) or COUNT_IN_PARENS.fullmatch(source.prepared)
    if anchor is None:
        return source
    source = source.blank(anchor.start("close"), anchor.end("close"))
    return source.blank(anchor.start("open"), anchor.end("open"))


def _read(given: Input) -> list[Found]:
    """The whole phrase as one rule; else its parts joined by "và", ",", ";"."""
    try:
        return _read_one(given)
    except Unreadable as error:
        if isinstance(error, Decided):  # the whole phrase's refusal stands over its parts'
            raise
        parts = split_parts(given.source, unnamed=without_road_numbers)  # "Quốc lộ 80 …, từ …"
        if len(parts) >= 2 and (cadence := _bare_cadence(parts, given)):
            try:  # "định kỳ 6 tháng, trước ngày 20/6 và 20/12": one rule, never several
                return [_cadence_with_its_day(*cadence, parts, given)]
            except Decided:
                raise
            except Unreadable:
                raise error from None
        refuse_two_last_days(parts)
        clauses = split_parts(given.source, CLAUSE_SEPARATOR)  # "…, 3 và 4-6-2013; …"
        for pieces in (parts, clauses if len(clauses) < len(parts) else []):
            if len(pieces) >= 2:
                try:
                    return _read_parts(pieces, given)
                except Decided:
                    raise
                except Unreadable:
                    pass
        started: Unreadable | None = None  # why the phrase read as a start was refused
        if start_match(given.source):  # "tựu trường từ 28/8/2025": no end
            try:
                return combine([_read_part(given)])
            except Unreadable as why:
                started = why
        if split := _time_then_step(given):
            return split
        raise start_refusal(error, started) from None


def _time_then_step(given: Input) -> list[Found] | None:
    """ "Từ ngày 1- 25.4.2019: Tổng điều tra dân số và nhà ở năm 2019", "đầu tháng 8 sẽ tổ
    chức Đại hội Đảng bộ huyện": the time part alone, read as one deadline without a label,
    then the step (no number but a year of the reading's own, no word of time); None when
    the phrase is not so made (it is then refused as it stands)."""
    split = TIME_THEN_STEP.fullmatch(given.prepared)
    if split is None:
        return None
    if split["will"] and given.source.original(*split.span("will")).lower() not in ("sẽ", "mới"):
        return None  # "sẻ" is no "sẽ"; "mỗi" (each), "mọi" (every) are no "mới"
    step = given.source.part(split.start("step"), split.end("step"))
    try:
        found = _read(given._replace(source=given.source.part(0, split.end("time"))))
        label = read_label(step, len(step.prepared), EVENT_IN_STEP).text
    except Unreadable:
        return None
    one = found[0]
    if len(found) != 1 or one.label is not None or label is None:
        return None
    refuse_called_off_after(label)  # "Ngày 12/10/2022 thi chọn học sinh giỏi, hoãn"
    refuse_another_time(label)  # "…: Tổng điều tra dân số năm 2019, năm tới"
    refuse_step_held_after(step.text)  # "Trước 10/10/2026 né trồng", "… vụ rồi đã gieo"
    refuse_held_after_a_year(one.first, one.last, label)  # "Năm 2027: lễ hội được tổ chức …"
    years = (one.first.year, one.last.year) if one.first and one.last else ()
    if any(year not in years for year in label_years(step.prepared)):
        return None
    return [one._replace(label=label)]


def _clause_after_day(
    source: Source, context: Context, plan_year: int | None
) -> tuple[Source, str | None]:
    """ "Chậm nhất ngày 2/5, tổ bầu cử niêm yết danh sách chính thức …": the day alone, when
    it reads as one dated deadline without a label, and who does what after its comma
    (`steps.clause_after_day`); else the phrase as it stands."""
    split = clause_after_day(source) or event_day_first(source)
    if split is None:
        return source, None
    rule, step = split
    try:
        found = _read_one(Input(rule, context, plan_year))
    except Unreadable:
        return source, None
    dated = (DeadlineKind.DATE, DeadlineKind.WINDOW)  # a day, or a range "từ … đến …"
    if len(found) != 1 or found[0].kind not in dated or found[0].label is not None:
        return source, None
    refuse_step_not_due(step)
    return rule, step


def _read_headed(given: Input) -> list[Found]:
    """The phrase, or the rule after a report named with its cadence ("Báo cáo định kỳ hàng
    tháng: …", see `_under_report_head`)."""
    head = REPORT_HEAD.match(given.prepared)
    if head is None and (quarter := QUARTER_REPORT_HEAD.match(given.prepared)):
        return [_under_quarter_head(quarter, given)]
    return [_under_report_head(head, given)] if head else _read(given)


def _under_quarter_head(head: re.Match[str], given: Input) -> Found:
    """ "Báo cáo cải cách hành chính Quý III: Thời gian chốt số liệu tính từ ngày 15 tháng 6
    đến ngày 14 tháng 9 thuộc kỳ báo cáo" (m-bnv-cv-581): the data period after the colon, read
    alone, is a yearly one that covers the quarter the head names (`Recurrence.covers`, as
    Nghị định 09/2019/NĐ-CP, Điều 12 cuts a quarter's figures); any other rule after such a
    head, or another quarter, is refused: one of the two is wrong."""
    said = given.source.said(*head.span("head"))
    found = _read(given._replace(source=given.source.part(head.end(), len(given.prepared))))
    rule = found[0].recurrence if len(found) == 1 else None
    if rule is None or rule.covers != f"quý {head['quarter'].upper()}":
        raise Unreadable(
            f"“{said}” và thời hạn sau nó không khớp nhau về kỳ: sau tên báo cáo quý chỉ đọc "
            "kỳ số liệu của chính quý đó; ghi last_day theo văn bản"
        )
    label = f"{said}: {found[0].label}" if found[0].label else said
    return found[0]._replace(label=label, reading=f"{found[0].reading} (kỳ khớp “{said}”)")


# the cadence a report head names, as `cadence.every_period` keys it
_HEAD_CADENCE = {"hang thang": "thang", "moi thang": "thang", "hang quy": "quy", "moi quy": "quy"}
_HEAD_CADENCE |= {"hang nam": "nam", "moi nam": "nam", "nam": "nam"}
_EVERY_YEAR_AFTER = re.compile(r"[ ,]+(?:hang|moi)\s+nam[ .;:]*\Z", re.ASCII)


def _under_report_head(head: re.Match[str], given: Input) -> Found:
    """ "Báo cáo định kỳ hàng quý: Thời hạn gửi báo cáo chậm nhất vào ngày 20 của tháng cuối
    quý thuộc kỳ báo cáo" (Thông tư 44/2019/TT-BGTVT, Điều 7): the rule after the colon,
    read alone, must be a recurring one of the cadence the head names; or, when the rule
    gives only days ("… vào ngày 20/6 và ngày 20/12 hàng năm"), those days must fit the
    head's cadence exactly (`_cadence_with_its_day`). Anything else is refused: a head
    that contradicts its rule means one of the two is wrong."""
    said = given.source.said(*head.span("head"))
    every = _HEAD_CADENCE.get(" ".join(head["cadence"].split()), "6thang")
    rest = given.source.part(head.end(), len(given.prepared))
    try:
        found = _read(given._replace(source=rest))
    except Decided:
        raise
    except Unreadable:
        found = [_head_with_days(every, head, given)]
    if all(one.year_inferred and one.recurrence is None for one in found):
        found = [_head_with_days(every, head, given)]  # "…: chậm nhất ngày 15/12": each year's
    rule = found[0].recurrence if len(found) == 1 else None
    if rule is None:
        raise Unreadable(
            f"“{said}” nêu một kỳ báo cáo nhưng thời hạn sau nó không lặp lại theo kỳ; "
            "ghi last_day theo văn bản"
        )
    if rule.frequency is not every_frequency(every):
        raise Unreadable(
            f"“{said}” và thời hạn sau nó ({found[0].reading}) không khớp nhau về kỳ; không đoán "
            "bên nào đúng, ghi last_day theo văn bản"
        )
    label = f"{said}: {found[0].label}" if found[0].label else said
    return found[0]._replace(label=label, reading=f"{found[0].reading} (kỳ khớp “{said}”)")


def _head_with_days(every: str, head: re.Match[str], given: Input) -> Found:
    """The head's cadence with the days after it, as "định kỳ 6 tháng, trước ngày 20/6 và
    20/12" is read; a closing "hàng năm" only says the days come each year."""
    end = len(given.prepared)
    if yearly := _EVERY_YEAR_AFTER.search(given.prepared):
        end = yearly.start()
    rest = given.source.part(head.end(), end)
    parts = [given.source.part(0, head.end("head")), *split_parts(rest)]
    return _cadence_with_its_day(0, every_period(every, once=False), parts, given)


def _built(
    match: re.Match[str], build: _Builder, given: Input
) -> tuple[int | None, _Opening | None, Found | list[Found], Input]:
    """`build`'s reading of `match`, with the plan's year an event or a school year names."""
    opening: _Opening | None = None
    if year := _event_year(given.prepared[: match.start()]):  # "kỳ thi … năm 2026 diễn ra …"
        given = given._replace(plan_year=year, year_from_plan=False)
    elif not _A_YEAR.search(given.prepared[match.start() :]) and (
        opening := _school_year_opening(given.prepared[: match.start()])
    ):
        given = given._replace(plan_year=opening.year, year_from_plan=False)
    return year, opening, build(match, given), given


def _first_built(
    given: Input,
) -> tuple[re.Match[str], int | None, _Opening | None, Found | list[Found], Input]:
    """The first rule's reading (`_built`); a rule that matched words it does not mean
    (`NotThisRule`: "Báo cáo quỹ I …", a fund's report) passes to the next."""
    skipped: tuple[_Builder, ...] = ()
    while True:
        found = _first_reading(given.prepared, skipped)
        if found is None:
            raise _unread(given)
        match, build = found
        try:
            return (match, *_built(match, build, given))
        except NotThisRule:
            skipped = (*skipped, build)


def _read_one(given: Input) -> list[Found]:
    match, year, opening, built, given = _first_built(given)
    readings = built if isinstance(built, list) else [built]
    if year or opening:
        _opens_its_school_year(readings, opening)
        readings = [one._replace(year_inferred=False) for one in readings]
    else:  # "Khai giảng năm học 2023-2024 vào ngày 5/9/2024": a typo in one of the years
        _opens_its_school_year(readings, _school_year_opening(given.prepared[: match.start()]))
        _in_its_school_year(given.prepared[: match.start()], readings)
    counted, note = _days_counted(match, _years_counted(match, given, readings), readings)
    counted, its_month = _month_of_its_day(match, counted, readings)
    counted, restated = _month_restated(match, counted, readings)
    # "gửi báo cáo 6 tháng đầu năm 2020 về Bộ … trước ngày 26/7/2020": the report's name
    report = report_period_named(match.start(), counted, readings) or meeting_month_named(
        match.start(), counted, readings
    )  # "tại Phiên họp Chính phủ thường kỳ tháng 9 năm 2025 …, tổ chức vào ngày 05/10/2025"
    named_as = given.source.blank(*report.span).prepared if report else given.prepared
    if report:
        counted = counted._replace(source=counted.source.blank(*report.span))
    readings = [with_count_note(one, note) for one in readings]
    this_year = _this_year_named(given.prepared[: match.start()], given.context, readings)
    spared = "|".join(
        p
        for p in (
            _own_period(readings, match[0]),
            its_month,
            restated,
            report and report.said,
            occurrence_spared(readings),  # "báo cáo tài chính hằng năm … 150 ngày kể từ …"
            _weekend_counted(readings),  # "tính cả hai ngày cuối tuần, kỳ nghỉ … từ … đến …"
            _half_year_holding(readings),  # "Nhiệm vụ 6 tháng cuối năm …, hoàn thành trong …"
        )
        if p
    )
    counted = cadence_said_first(match.start(), counted, readings)  # "định kỳ hằng năm …"
    label = label_with_period(  # "Báo cáo sơ kết 6 tháng đầu năm": which report is due
        _label_of_counted(match, counted, spared, this_year, (given, readings)),
        given.source,
        report,
    )
    if match.re is not DAY_RULE:  # a DAY_RULE's weekday is checked by `_label`
        _weekdays_before_days(
            given.prepared[: match.start()], given.prepared[match.start() :], readings
        )
    for year in label_years(named_as[: match.start()]):
        before = given.prepared[: match.start()]
        if (
            _subject_year(before, year, readings)
            or callup_exam_year(before, year, readings)
            or _issued_before_its_day(before, year, readings)  # "a) Cấp trước năm 2003: …"
            or agenda_year_before_its_day(  # "tổng kết năm 2024, … năm 2025 … chiều nay (27/12)"
                before,
                year,
                [d for one in readings for d in (one.first, one.last)],
                given.context.issued,
            )
        ):
            continue
        if edition_of_the_rules(given.prepared[: match.start()], year) and not any(
            one.year_inferred for one in readings
        ):
            continue  # "Theo thể lệ Giải … lần thứ ba - năm 2025, … đến hết ngày 22/11/2024"
        _year_before_its_span(given.prepared[: match.start()], year, readings, match[0].strip())
        if any(
            year not in (one.first.year, one.last.year)
            for one in readings
            if one.first and one.last
        ):
            raise year_unlike_its_time(year)
        if any(one.last is None for one in readings):
            raise Unreadable(
                f"số “{year}” đứng trước thời hạn mà không được đọc: thời hạn không có ngày "
                "cuối để đối chiếu năm đó; không đoán: ghi last_day (và first_day) theo văn bản"
            )
    _within_its_programme(given.prepared[: match.start()], readings)
    sittings_fit_one_day(given.prepared[: match.start()], readings)  # "là 10 buổi, bắt đầu từ …"
    refuse_part_of_a_year_before(given.source.original(0, match.start()), readings)
    _campaign_month_of_a_year(given.prepared[: match.start()], readings)
    _published_by_in_a_year(given.prepared[: match.start()], readings)
    _named_day_of_a_year(given.source.original(0, match.start()), readings)
    _event_of_a_year(
        given.source.original(0, match.start()), readings, match[0], fold(given.source.text)
    )
    refuse_filing_window_without_year(given.prepared[: match.start()], readings)
    refuse_in_force_unlike_passing(given.prepared[: match.start()], readings)
    return [one._replace(label=label if label is not None else one.label) for one in readings]


# "Ngày hội năm nay có chủ đề …, diễn ra từ ngày 8 đến ngày 10/7" (Bộ VHTTDL, 13/6/2022):
# this year's event, the year the document is written in
# "lịch tiếp, đối thoại với công dân của đồng chí … định kỳ tháng 01 năm 2021 là vào ngày
# 20/01/2021" (Văn phòng Tỉnh ủy Thanh Hóa, 2021), "… trong tháng 10/2019 (theo Thông báo số
# 263-TB/VPTU …), là ngày 21/10/2019" (2019): the month a periodic duty is held in, then
# "là" (is) and its day. The month names which of the duties is meant; the day, which must
# fall in it, is the deadline. Only before "là" and a dated day of that month.
_MONTH_OF_ITS_DAY = re.compile(
    r"(?P<named>\b(?:dinh\s+ky|trong)\s+(?P<period>thang\s+(?P<month>\d{1,2})"
    r"(?:\s*[/.-]\s*(?P<year>\d{4})|\s+nam\s+(?P<year_said>\d{4}))?))(?![\d/.-])"
    r"[^\d]{0,300}?[\s,]la\s+(?:vao\s+)?(?:ngay\s+)?\Z",
    re.ASCII,
)


# ... and a periodic duty's month right before "vào" (on) and its day, which the rule's lead
# holds: "Chủ tịch UBND tỉnh sẽ chủ trì buổi tiếp công dân định kỳ tháng 11/2025 vào ngày
# 11/11/2025" (g-2-baophutho-tiep-cong-dan): the month names which duty, the day when it is
# held; a day outside the month stays refused. Only "định kỳ": "Trong tháng 6 …, … vào ngày
# 15/6/2025" may be a month's work and a day of another step, read with "là" alone
_PERIODIC_MONTH_ON = re.compile(
    r"(?P<named>\bdinh\s+ky\s+(?P<period>thang\s+(?P<month>\d{1,2})"
    r"(?:\s*[/.-]\s*(?P<year>\d{4})|\s+nam\s+(?P<year_said>\d{4}))?))(?![\d/.-])"
    r"[^\d]{0,300}?\s*\Z",
    re.ASCII,
)


def _month_of_its_day(
    match: re.Match[str], given: Input, readings: list[Found]
) -> tuple[Input, str]:
    """`given` with the month named before "là" and its one day blanked (`_MONTH_OF_ITS_DAY`)
    when the day, written with its year, falls in that month (and year, if named), and a
    pattern of those words as printed, for the label's check of words of time; else
    `given` and ""."""
    named = _MONTH_OF_ITS_DAY.search(given.prepared[: match.start()])
    if named is None and _lead_opens_with_on(match):
        named = _PERIODIC_MONTH_ON.search(given.prepared[: match.start()])
    (one,) = readings if len(readings) == 1 else (None,)
    if named is None or one is None or one.kind is not DeadlineKind.DATE or one.year_inferred:
        return given, ""
    day = one.last
    year = named["year"] or named["year_said"]
    if day is None or day != one.first or int(named["month"]) != day.month:
        return given, ""
    if year is not None and int(year) != day.year:
        return given, ""
    said = given.source.original(*named.span("named"))
    # ... and the month alone: the label's check blanks the duty's name first ("tiếp công dân
    # định kỳ", `label._without_names`), so "lịch tiếp công dân định kỳ tháng 6/2021 của Chủ
    # tịch UBND thành phố vào ngày 29/6/2021 (thứ Ba)" (UBND TP Hải Phòng, TB 245/2021) kept
    # "tháng 6/2021" as a word of time; the month is the one just checked against the day
    month = given.source.original(*named.span("period"))
    blanked = given._replace(source=given.source.blank(*named.span("named")))
    return blanked, f"{re.escape(said)}|{re.escape(month)}"


def _lead_opens_with_on(match: re.Match[str]) -> bool:
    """Whether the rule's lead (the words it read before the day) opens with "vào" (on)."""
    lead = match.groupdict().get("lead") or ""
    return lead.split()[:1] == ["vao"]


# A month, or its start, middle or end, restated right after by the days it runs: "tháng
# hành động vì trẻ em 2025 là tháng 6 năm 2025 từ ngày 1/6/2025 đến ngày 30/6/2025" (Phụ nữ
# Khánh Hòa, 2025), "Phú Thọ và Hải Phòng lựa chọn … ngay đầu tháng 6 (từ 01/6 - 04/6/2026)"
# (24h, 2026): the days are the time, the month names where they fall. Only a span of days,
# right after the month or in parentheses, every day in that month (and its year, if named)
# and in its part ("đầu" the 1st-10th, `periods.in_third_of_month`); else the month stays an
# unexplained number, refused. One day beside its month ("Tháng 3/2027, ngày 15/3/2027") is
# `refusals.refuse_period_beside_a_day`'s: which one is due?
_MONTH_RESTATED = re.compile(
    r"(?P<named>(?:\b(?P<part>dau|giua|cuoi)\s+)?\bthang\s+(?P<month>\d{1,2})"
    r"(?:\s*[/.-]\s*(?P<year>\d{4})|\s+nam\s+(?P<year_said>\d{4}))?)(?![\d/.-])"
    r"\s*\(?\s*(?:(?:bat\s+dau\s+)?tu\s+)?(?:ngay\s+)?\Z",
    re.ASCII,
)


def _month_restated(match: re.Match[str], given: Input, readings: list[Found]) -> tuple[Input, str]:
    """`given` with a month restated by the days after it blanked (`_MONTH_RESTATED`), and
    a pattern of its words as printed for the label's check; else `given` and ""."""
    named = _MONTH_RESTATED.search(given.prepared[: match.start()])
    days = [day for one in readings for day in (one.first, one.last) if day]
    if named is None or not days or len(days) != 2 * len(readings):
        return given, ""
    if any(one.first == one.last for one in readings):
        return given, ""  # "Tháng 3/2027, ngày 15/3/2027": a day in its month, refused apart
    year = named["year"] or named["year_said"]
    part = named["part"]
    for day in days:
        if day.month != int(named["month"]) or (part and not in_third_of_month(part, day.day)):
            return given, ""
        if year is not None and int(year) != day.year:
            return given, ""
    said = given.source.original(*named.span("named"))
    return given._replace(source=given.source.blank(*named.span("named"))), re.escape(said)


_THIS_YEAR = re.compile(r"\bnam\s+nay\b", re.ASCII)
_THIS_YEAR_SAID = r"\bnăm\s+nay\b"


def _this_year_named(words: str, context: Context, readings: list[Found]) -> bool:
    """Whether "năm nay" (this year) stands in the words before the time part, every day
    read falling in the year of the document's issue day; refused when a day read falls in
    another year, or the document has no issue day (this year of when?) and the days read
    do not name one year (`_this_year_printed`)."""
    if not _THIS_YEAR.search(words):
        return False
    issued = context.issued
    days = [day for one in readings for day in (one.first, one.last, one.earliest) if day]
    if issued is None and _this_year_printed(days):
        return True
    if issued is None or not days or any(day.year != issued.year for day in days):
        raise Unreadable(
            "“năm nay” trước thời hạn là năm ban hành văn bản"
            + (f" ({issued.year})" if issued else "")
            + ", nhưng thời hạn không rơi vào năm đó (hoặc không có ngày ban hành): ghi rõ năm, "
            "hoặc ghi last_day"
        )
    return True


def _issued_before_its_day(words: str, year: int, readings: list[Found]) -> bool:
    """Whether `year` is that of the papers a row sorts by when they were issued,
    "Cấp trước năm Y:" (`label.issued_before_label`), every day read after it: papers
    issued before 2003 are converted by 31.12.2016, never the reverse."""
    return issued_before_label(words) == year and all(
        one.first is not None and one.first.year >= year for one in readings
    )


def _this_year_printed(days: list[date]) -> bool:
    """Whether `days`, read on a page with no issue day, say which year "năm nay" is: with no
    issue day a day is read only with its year printed, so "năm nay" is that year and there
    is nothing to check it against ("Năm nay, chợ Viềng Xuân 2025 được tổ chức vào ngày
    14-15/2/2025 dương lịch.", z-vietpress-cho-vieng-xuan-2025; "ngày chạy Olympic năm nay
    … vào sáng ngày 23/3/2018", zk-baohanam-ngay-chay-olympic-2018). A season over the new
    year is one "năm nay" ("lịch xuống giống tốt nhất cho năm nay là từ ngày 15.12.2015 –
    5.1.2016", zb-danviet-lich-xuong-giong-tay-nguyen-2015-2016); days further apart are no
    one year, and stay refused."""
    years = {day.year for day in days}
    return bool(years) and max(years) - min(years) <= 1


# after a word, or after a round's number ("Giải thưởng đợt 1 giai đoạn 2016 - 2020", as
# `label._NAMED_NUMBER` spares it)
_PROGRAMME = re.compile(r"(?:(?<=[a-z] )|(?<=dot \d ))" + PROGRAMME_SPAN, re.ASCII)


def _within_its_programme(words: str, readings: list[Found]) -> None:
    """ "việc sắp xếp … cấp xã giai đoạn 2023 - 2025 sẽ phải hoàn thành trong tháng 10/2024":
    the programme's span named in the step (`label.PROGRAMME_SPAN`) frames the deadline,
    which must fall in it; a deadline outside it (a typo in one of them) is refused. Only a
    span named before the day: after it, a span names the work ("Trong năm 2025 xây dựng kế
    hoạch giai đoạn 2026-2030" reads 2025). A term frames wherever it stands
    (`refusals.refuse_day_outside_its_terms`): two scopes, two rules."""
    for span in _PROGRAMME.finditer(words):
        first, last = int(span["span_first"]), int(span["span_last"])
        days = [day for one in readings for day in (one.first, one.last, one.earliest) if day]
        if not days or any(not first <= day.year <= last for day in days):
            raise Unreadable(
                f"thời hạn nằm ngoài giai đoạn {first} - {last} nêu trước nó: một trong hai viết "
                "nhầm, hoặc là hai thời hạn; ghi last_day theo văn bản"
            )


# Campaign months, named with a word of time that names no time of the phrase ("Tháng
# hành động vì trẻ em" is June, "Tháng Thanh niên" March, "Tháng Công nhân" May, the road
# safety month September): before a year ("trong Tháng Thanh niên năm 2027") the time meant
# is that month of the year, never the year itself
_CAMPAIGN_MONTH = re.compile(
    r"\bthang\s+(?:hanh\s+dong|thanh\s+nien|cong\s+nhan|an\s+toan\s+giao\s+thong"
    r"|(?:tong\s+)?ve\s+sinh)\b"
    # "Tháng tổng vệ sinh, khử trùng, tiêu độc môi trường năm 2026": one name; quoted, "Tháng
    # hành động vì an toàn thực phẩm" năm 2024 (zx-nhandan-doan-lien-nganh-attp-2024: read as
    # the whole year until session 59)
    r"[a-z ,\"'“”‘’]*\Z",
    re.ASCII,
)


# ... and seasons and occasions, a part of the year before it: "trong dịp Tết Nguyên đán
# năm 2027" (February), "trong mùa mưa bão năm 2027", "vụ Hè Thu năm 2027", "kỳ nghỉ hè"
_PART_OF_A_YEAR = re.compile(
    r"\b(?:mua\s+(?:mua|kho|xuan|he|thu|dong|lu|bao|le\s+hoi|thi|tuyen\s+sinh|du\s+lich)|dip"
    r"|ky\s+nghi|nghi\s+he|tet|vu\s+(?:dong|he|thu|mua|lua|xuan))\b[a-z ]*\Z"
    # the summer ("hoạt động hè năm 2027"), a school term ("học kỳ I năm 2027": of which
    # school year? never the calendar year)
    r"|\bhe\s*\Z|\bhoc\s+k[yi]\b|\bhk\s*(?:i{1,2}|[12])\b",
    re.ASCII,
)


# "Ngày Sách Việt Nam năm 2027", "Ngày hội Đại đoàn kết … năm 2027": a day named with a
# capital after "Ngày" (as printed; "ngày làm việc" or "trong ngày" name none)
# (and a week or an hour named so: "Tuần lễ Biển và Hải đảo Việt Nam", 1–8/6; "Giờ Trái đất")
_NAMED_DAY_BEFORE = re.compile(
    r"(?<!\w)(?:(?i:ngày)\s+(?:(?i:hội|lễ)\s+)?|(?i:tuần)(?:\s+(?i:lễ))?\s+|(?i:giờ)\s+)"
    r"(?P<first>\w)"
)


def _named_day_of_a_year(words: str, readings: list[Found]) -> None:
    """ "Ngày Sách Việt Nam năm 2027", "Tuần lễ Biển và Hải đảo Việt Nam năm 2027" were read
    as the whole of 2027 (due 31/12): the day (21/4) or the week (1–8/6) named is meant.
    Refused, with the way out."""
    if not any(whole_years(one) for one in readings):
        return
    for named in _NAMED_DAY_BEFORE.finditer(words):
        if named["first"].isupper():
            said = " ".join(words[named.start() :].split())
            raise Unreadable(
                f"“{said}” là một ngày (một tuần, một giờ) trong năm, không phải cả năm: "
                "thời hạn là ngày đó; ghi last_day (và first_day) theo văn bản"
            )


# ... but a plan's own heading, the plan named by the event it organises and its year, the
# whole phrase: "KẾ HOẠCH TỔ CHỨC ĐẠI HỘI TDTT XÃ LẦN THỨ VI NĂM 2022" (UBND xã Quảng Vinh,
# Huế, 2022; zn-quangvinh-hue-kh-dai-hoi-tdtt-2022, refused before tune-zn): the plan's own
# year (convention 11), as "Kế hoạch cải cách hành chính năm 2026" is. Nothing else may stand
# before "Kế hoạch" (a body that issues it, "Thực hiện …": the rules of issuing and citing)
_OWN_HEADING = re.compile(r"^\W*ke\s+hoach\s+(?:to\s+chuc\s+)?[^,;:()\d]*\Z", re.ASCII)
# ... and a plan's own opening sentence, which says it is being drawn up and that it follows:
# "UBND xã Giao Thiện xây dựng Kế hoạch tổ chức ngày hội văn hóa truyền thống của xã năm 2024
# với những nội dung cụ thể sau" (zk-giaothien), "… xây dựng Kế hoạch tổ chức Đại hội Thi đua
# yêu nước … lần thứ XI năm 2025 như sau" (zk-thuviennhadat): the plan's own year (convention
# 11), as its heading's. Only the year closing the sentence before "như sau" / "nội dung …
# sau"; no other number (a day, a count), no parenthesis, no cadence, no word that tells the
# plan made already or not made ("đã", "vừa", "chưa", "không"), no condition ("nếu")
_OWN_OPENING = re.compile(
    r"^(?:[^;:()\d]|nam\s+(?:19|20)\d\d)*?(?<![a-z])xay\s+dung\s+ke\s+hoach\s"
    r"[^;:()\d]*(?<![a-z])nam\s+(?:19|20)\d\d\s*,?\s*(?:cu\s+the\s+)?"
    r"(?:nhu\s+sau|voi\s+(?:nhung\s+|cac\s+)?noi\s+dung\s+(?:cu\s+the\s+)?(?:nhu\s+)?sau)"
    r"\W*\Z",
    re.ASCII,
)
_NOT_OWN_OPENING = re.compile(
    r"(?<![a-z])(?:da|vua|chua|khong|neu|se|hang\s+nam|moi\s+nam|dinh\s+ky|tung\s+nam)(?![a-z])",
    re.ASCII,
)


def own_plan_opening(prepared: str) -> bool:
    """Whether the folded phrase `prepared` is a plan's own opening sentence (`_OWN_OPENING`)
    that names one year only, however often, and no word of `_NOT_OWN_OPENING`: "Ban tổ chức
    Đại hội TDTT xã … năm 2025 xây dựng Kế hoạch tổ chức Lễ khai mạc … năm 2025, cụ thể như
    sau" (zl-daktram) is the plan of 2025."""
    said = " ".join(prepared.split())
    if not _OWN_OPENING.match(said) or _NOT_OWN_OPENING.search(said):
        return False
    return len(set(re.findall(r"(?<![a-z])nam\s+((?:19|20)\d\d)", said))) == 1


# ... but an event said to take place within the year, "trong năm": "Đại hội đại biểu Hội
# Nông dân cấp huyện và cấp xã diễn ra trong năm 2012", "chỉ đạo Đại hội Hội Nông dân Việt
# Nam 4 cấp tập trung trong năm 2018" (Hội Nông dân Việt Nam, CV 2073), "… 4 cấp sẽ được tổ
# chức trong năm 2024" (TW Hội LHTN, 2024): congresses at every level over the year, the
# year their window (the lead's ruling, session 36); "năm Y" alone names the edition and
# stays refused
_WITHIN_THE_YEAR = re.compile(r"(?<![a-z])trong\s+(?:ca\s+)?nam\s+(?:19|20)\d\d\s*\Z", re.ASCII)


def _event_of_a_year(words: str, readings: list[Found], time: str, phrase: str) -> None:
    """ "Tổ chức kỳ thi tốt nghiệp THPT năm 2027" was read as the whole of 2027 (due 31/12):
    the exam is held on a few days of it (late June), as a season or an occasion named
    before a year is (`_campaign_month_of_a_year`). Refused, with the way out; never a
    plan's own heading (`_OWN_HEADING`), nor an event said to be held within the year
    (`_WITHIN_THE_YEAR`: the year is its window, as the document means it), nor the plan's
    own opening sentence, the whole folded `phrase` (`own_plan_opening`)."""
    if not any(whole_years(one) == 1 for one in readings):
        return
    if _OWN_HEADING.match(fold(words).lower()) or _WITHIN_THE_YEAR.search(fold(words + time)):
        return
    if own_plan_opening(phrase):
        return
    event = event_on_its_days(words)
    if event is None:
        return
    raise held_on_its_days(event)


# A list or a ranking published by someone in a year, the year closing the phrase: "… thuộc
# nhóm 10.000 nhà khoa học ảnh hưởng nhất thế giới do tạp chí nhà xuất bản Elsevier công bố
# năm 2025" (Đại Đoàn Kết, zx-daidoanket: read as the whole of 2025 until session 59). "do X
# công bố" (published by X) tells who published it and when, no work due; "sẽ công bố …",
# "công bố kết quả trong năm …" (a publication to come, no agent after "do") stay read
_PUBLISHED_BY = re.compile(
    r"(?<![a-z])do\s+[a-z][a-z .,&-]{0,80}?\s+cong\s+bo(?:\s+vao)?(?:\s+nam)?\s*\Z", re.ASCII
)


def _published_by_in_a_year(words: str, readings: list[Found]) -> None:
    """Refuse a year after "do <who> công bố" (`_PUBLISHED_BY`, on the folded words before
    the time): the year a list or a ranking was published, never a deadline."""
    if any(whole_years(one) for one in readings) and _PUBLISHED_BY.search(words):
        raise Unreadable(
            "năm sau “do … công bố” là năm một danh sách, bảng xếp hạng được công bố, không "
            "phải thời hạn; ghi last_day theo hạn văn bản nêu"
        )


def _campaign_month_of_a_year(words: str, readings: list[Found]) -> None:
    """ "hoàn thành trong Tháng Thanh niên năm 2027", "trong dịp Tết Nguyên đán năm 2027",
    "trong mùa mưa bão năm 2027" were read as the whole of 2027 (due 31/12), the name kept
    as the label: a month, a season or an occasion of that year is meant (March, February,
    the rainy season). Refused, with the way out."""
    if not any(whole_years(one) for one in readings):
        return
    said = " ".join(words.split())
    if _CAMPAIGN_MONTH.search(said):
        raise Unreadable(
            "tên một tháng chiến dịch (Tháng Thanh niên, Tháng Công nhân, Tháng hành động…) "
            "đứng trước một năm: thời hạn là tháng của chiến dịch trong năm đó, không phải cả "
            "năm; ghi last_day (và first_day) theo văn bản"
        )
    if occasion := occasion_of_a_year(said):
        raise Unreadable(
            f"“{occasion}” là một ngày (một dịp) trong năm, không phải cả năm: thời hạn là "
            "ngày đó; ghi last_day theo văn bản"
        )
    if _PART_OF_A_YEAR.search(said):
        raise Unreadable(
            "một mùa, một dịp (Tết, mùa mưa bão, vụ Hè Thu, kỳ nghỉ hè…) đứng trước một năm: "
            "thời hạn là một phần của năm đó, không phải cả năm; ghi last_day (và first_day) "
            "theo văn bản"
        )


# "dự toán NSNN năm 2025, Kế hoạch tài chính - NSNN 3 năm 2025-2027" (Chỉ thị 07/CT-UBND Hà
# Nội, 2024): a year, then "," or "và" and a span of years after it: two periods, two works
_YEAR_THEN_JOINED = r"\bnam\s+{year}\s*(?:,|;|\bva\b)"


# "Năm 2024 sẽ diễn ra Đại hội Mặt trận Tổ quốc Việt Nam các cấp và Đại hội đại biểu toàn
# quốc … lần thứ X, nhiệm kỳ 2024-2029, …" (Chỉ thị 22-CT/TW, 2023): the year is when the
# congresses are held, the term after it only names them (the lead's convention 5: a real
# date beside a term keeps the date's reading). Read as the term, the phrase was due by
# 31/12/2029, a wrong day five years late; any year before a term is its own period.
_TERM_READ = re.compile(r"nhiem\s+ky\b", re.ASCII)


def _year_before_its_span(words: str, year: int, readings: list[Found], said: str) -> None:
    """Refuse a label's "năm Y, …" or "năm Y và …" before a span of several years that
    starts or ends in Y, and any year Y before a term of office read as the span
    (`_TERM_READ` in `said`, the words read): the year is a period of its own, not the
    span's (the phrase is then read as its parts, one reading each, or refused)."""
    spans = [
        (one.first.year, one.last.year)
        for one in readings
        if one.first and one.last and one.first.year < one.last.year
    ]
    if spans and re.search(_YEAR_THEN_JOINED.format(year=year), words):
        raise Unreadable(
            f"“năm {year}” đứng riêng trước giai đoạn {spans[0][0]}–{spans[0][1]}: hai kỳ "
            "khác nhau, không gộp làm một"
        )
    if spans and _TERM_READ.match(said):
        raise Unreadable(
            f"năm {year} là thời gian của việc nêu trước nhiệm kỳ {spans[0][0]}–{spans[0][1]}; "
            "nhiệm kỳ chỉ là tên (của đại hội, cơ quan được bầu), không phải thời hạn; ghi "
            "last_day (và first_day) theo năm văn bản nêu"
        )


def _subject_year(words: str, year: int, readings: list[Found]) -> bool:
    """ "kiểm kê đất đai năm 2014 trước tháng 9/2015": a year the step works on, earlier
    than the one deadline's own written year (`label.subject_year`)."""
    one = readings[0] if len(readings) == 1 else None
    if one is None or one.first is None or one.year_inferred:
        return False
    return year < one.first.year and subject_year(words, year)


# "kỳ thi tốt nghiệp trung học phổ thông năm 2026 dự kiến diễn ra vào ngày 26 và 27/06": an
# exam (or ceremony) of a named year that takes place on a day without one: that year's day
# ... and the festivals, weeks, campaign months and contests named for a year (tune-k): "Tháng
# hành động vì an toàn thực phẩm năm 2024 có chủ đề “…” diễn ra từ ngày 15-4 đến 15-5" (Bộ Y
# tế), "Lễ hội Ok Om Bok … lần thứ VI và Tuần văn hóa … lần I, năm 2024 sẽ diễn ra từ ngày 9
# đến 15-11" (Sóc Trăng): held within that year. Never a look back at the year, held after it
# ("Hội nghị tổng kết năm 2024 diễn ra ngày 10/1"), and only the phrase's one year (the
# events and the words about them: `occasions.EVENT_HELD`, `occasions.NOT_HELD_THEN`)
# (the year may follow the name without "năm", as the press names an exam: "kỳ thi tốt nghiệp
# THPT 2026 dự kiến diễn ra trong hai ngày 11-12/6", VTC News 2025; zl-vtcnews, tune-zl); only
# after the school level an exam is named by: a festival's bare year ("Lễ hội hoa tam giác mạch
# Hà Giang 2020 được ấn định tổ chức vào ngày 14/11", told as once set) stays as it is
# ... or after its edition and a dash, as the press names a race: "giải Việt dã toàn quốc và
# Marathon Giải báo Tiền Phong lần thứ 56 - 2015 sẽ được tổ chức vào sáng Chủ nhật 22/3 tại …"
# (VTC News, 2015; zk-vtcnews), as "lần thứ X - năm 2026" is
# ... and held until its day: "Tháng Thanh niên năm 2026 kéo dài đến ngày 31/3, với các hoạt
# động …" (Thương hiệu & Công luận, 2026; zc-thuonghieucongluan), as "diễn ra đến" is
# ... and its days told planned after its comma: "kỳ thi tốt nghiệp THPT năm 2026 sẽ được tổ
# chức sớm hơn 2 tuần so với thông lệ, dự kiến vào ngày 11-12/6." (Ngôi Sao, a page with no
# date; za-ngoisao-lich-thi-lop-10-2026; the comparison is cut aside as a gloss before): the
# exam's days still, never told held ("đã được tổ chức, dự kiến …" says two things)
_EVENT_OF_YEAR = re.compile(
    rf"{EVENT_HELD.pattern}[^.;:()\d]*?"
    r"(?:\bnam\s+(?P<year>\d{4})|\b(?:thpt|thcs)\s+(?P<named>(?:19|20)\d\d)"
    r"|\blan\s+thu\s+[a-z]+\s*[–—-]\s*(?P<edition>(?:19|20)\d\d))\b"
    r"[^.;:()\d]*\b(?:dien\s+ra|to\s+chuc|keo\s+dai)(?P<planned>\s*,\s*du\s+kien)?\s*\Z",
    re.ASCII,
)
_TOLD_HELD = re.compile(r"\b(?:da|vua)\b", re.ASCII)  # folded: "đa" (many) refused too
_ANY_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)", re.ASCII)


# "Liên hoan Cồng chiêng tỉnh Kon Tum lần thứ 2 năm 2024 dự kiến diễn ra trong 4 ngày (từ
# 11-14/12)" (Báo Kon Tum, 2024): the event's ordinal in digits, as "lần thứ VI" is in words
_ORDINAL = re.compile(r"\blan\s+thu\s+\d{1,2}\b", re.ASCII)


def _event_year(words: str) -> int | None:
    said = _ORDINAL.sub("lan thu n", " ".join(words.replace("vao ngay", " ").split()))
    found = _EVENT_OF_YEAR.search(said)
    if found is None or NOT_HELD_THEN.search(words) or len(_ANY_YEAR.findall(words)) != 1:
        return None
    if found["planned"] and _TOLD_HELD.search(said):
        return None
    return int(found["year"] or found["named"] or found["edition"])


# "thời gian tựu trường năm học 2023-2024 là ngày 28/8" (Nghệ An 24h): the opening of a school
# year (tựu trường, khai giảng) named with the years it spans, on a day without a year: the
# first year's (a school year opens in August or September: the Ministry's frameworks)
# ... and its admissions ("hoàn thành tuyển sinh các lớp đầu cấp năm học 2023-2024 trước ngày
# 15/7", Sở GD-ĐT Kon Tum, 2022): before it opens, in May to August of its first year
# ... and "niên khóa", the school year's other name: "thời gian khai giảng trong niên khóa
# 2023-2024 vẫn là ngày 5/9/2023" (q-luatvietnam-bgddt-qd-2171-khung-nam-hoc-2023-2024)
_OPENING_OF_SCHOOL_YEAR = re.compile(
    r"\b(?P<step>tuu\s+truong|khai\s+giang|tuyen\s+sinh)\b[a-z ]*?\b"
    r"(?:nam\s+hoc(?:\s+moi)?|nien\s+khoa)\s+"
    r"(?P<first>\d{4})\s*[–—-]\s*(?P<second>\d{4})\b[a-z ]*\Z",
    re.ASCII,
)
_OPENING_MONTHS = (8, 9)
_ADMISSION_MONTHS = (5, 6, 7, 8)


class _Opening(NamedTuple):
    year: int  # the school year's first
    months: tuple[int, ...]  # the months its step falls in
    step: str  # "khai giảng", "tuyển sinh"


def _school_year_opening(words: str) -> _Opening | None:
    found = _OPENING_OF_SCHOOL_YEAR.search(" ".join(words.split()))
    if found is None or int(found["second"]) != int(found["first"]) + 1:
        return None
    if found["step"].startswith("tuyen"):
        return _Opening(int(found["first"]), _ADMISSION_MONTHS, "tuyển sinh")
    return _Opening(int(found["first"]), _OPENING_MONTHS, "khai giảng")


def _opens_its_school_year(readings: list[Found], opening: _Opening | None) -> None:
    """The opening of school year Y-(Y+1) falls in August or September of Y, its admissions
    in May to August of Y; a day read elsewhere ("tựu trường năm học 2023-2024 là ngày
    28/5") is a typo or another step."""
    if opening is None:
        return
    for one in readings:
        for day in (one.first, one.last, one.earliest):
            if day is not None and (day.year, day.month) not in [
                (opening.year, month) for month in opening.months
            ]:
                months = ", ".join(str(month) for month in opening.months)
                raise Unreadable(
                    f"ngày {show(day)} không thuộc tháng {months}/{opening.year}, khi năm học "
                    f"{opening.year}-{opening.year + 1} {opening.step}; ghi last_day theo văn bản"
                )


def _in_their_school_year(found: list[Found]) -> list[Found]:
    """The school year a step opens, named after its day ("Ngày 4/8, … tựu trường năm học mới
    2014- 2015": Báo Ấp Bắc, 2014; l-tien-giang-tuu-truong-2014-2015), holds the day as it
    does named before it (`_read_one`): "Ngày 5/9, học sinh tựu trường năm học 2026-2027" in
    a plan of August 2025 was read 05/09/2025, a year early, whichever cut of the phrase read
    it; refused, over any other cut of the phrase (its words say the day is not theirs)."""
    for one in found:
        try:
            if one.label:
                _opens_its_school_year([one], _school_year_opening(fold(one.label).lower()))
        except Unreadable as error:
            raise Contradicted(error.why) from None
    return found


# a school year named before a day without its year: "năm học 2026-2027 trước ngày 15/10"
# ("niên khóa", its other name, as in `_OPENING_OF_SCHOOL_YEAR`)
_SCHOOL_YEAR_NAMED = re.compile(
    r"\b(?:nam\s+hoc|nien\s+khoa)\s+(?P<first>\d{4})\s*[–—-]\s*(?P<second>\d{4})\b", re.ASCII
)


# "vào lớp 1, lớp 6 năm học …", "chuẩn bị vào lớp 6 năm học …": entering a class of the year
_ENTERING_CLASS = re.compile(
    r"\bvao\s+lop\s+\d{1,2}\b(?:\s*(?:,|va)\s*lop\s+\d{1,2}\b)*\s+nam\s+hoc\b", re.ASCII
)


def _in_its_school_year(words: str, readings: list[Found]) -> None:
    """A day without its year after "năm học Y-(Y+1)" takes the plan's year; it must fall in
    that school year (August of Y to August of Y+1, Bộ GD&ĐT's yearly frameworks): "năm học
    2026-2027 trước ngày 15/10" in a plan of 2025 was read as 15/10/2025, a year early.
    Refused rather than guessed (the month alone does not say which of the two years)."""
    named = {
        int(found["first"])
        for found in _SCHOOL_YEAR_NAMED.finditer(words)
        if int(found["second"]) == int(found["first"]) + 1
    }
    if len(named) != 1:
        return
    (first,) = named
    # the pupils entering a first class of that year are enrolled in its first year, before
    # it opens: "các phụ huynh có con vào lớp 1, lớp 6 năm học 2026-2027 … rà soát thông tin …
    # từ ngày 3-2 đến 3-3" (Sở GD&ĐT TP.HCM, 2026; zh-langnhindongdoi): from January of Y
    opens = date(first, 1 if _ENTERING_CLASS.search(words) else 8, 1)
    for one in readings:
        if not one.year_inferred:
            continue
        for day in (one.first, one.last, one.earliest):
            if day is not None and not opens <= day <= date(first + 1, 8, 31):
                raise Unreadable(
                    f"ngày {show(day)} (năm lấy theo kế hoạch) không thuộc năm học {first}-"
                    f"{first + 1}; ghi rõ năm, hoặc last_day theo văn bản"
                )


# "sơ kết 03 năm thực hiện … (2016-2018)", "05 năm kỳ đầu (2011 - 2015)": a count of years
# before a span of years, explained when it is the span's length
_YEARS_COUNT = re.compile(r"(?<![\d/.-])(?P<count>\d{1,2})\s+nam\b(?!\s+(?:hoc\b|\d))", re.ASCII)


def _years_counted(match: re.Match[str], given: Input, readings: list[Found]) -> Input:
    """`given` with a count of years before the span read blanked when it agrees with it;
    a count that disagrees stays, and the label refuses it as an unexplained number."""
    length = whole_years(readings[0]) if len(readings) == 1 else None
    if length is None:
        return given
    counted = list(_YEARS_COUNT.finditer(given.prepared[: match.start()]))
    if len(counted) != 1 or int(counted[0]["count"]) != length:
        return given
    return given._replace(source=given.source.blank(*counted[0].span("count")))


# "nghỉ 1 ngày thứ năm, ngày 1/1/2026" (Dân trí), "kỳ họp diễn ra trong vòng 1 ngày
# (10-9-2019)" (Báo Gia Lai): how many days the event lasts, before the days read; never a
# count of days from or before something ("1 ngày trước …", "ngày làm việc")
# ... or spelled: "dự kiến kỳ họp thứ 14 (chuyên đề) sẽ diễn ra một ngày, vào ngày 09/5/2023"
# (HĐND tỉnh Bình Thuận, 2023); only a count the days read agree with is blanked
# ... or in weeks or months: "nghỉ Tết … với thời gian 2 tuần, từ ngày 11 đến hết 24/2/2026"
# (o-24h-nghi-tet-2026-vinh-long), "kéo dài tròn 1 tháng, từ ngày 1.2 đến 1.3.2026"
# (za-thanhnien-lich-nghi-tet), never a month's number ("ngày 15 tháng 3": a digit follows)
# nor part of a year ("6 tháng đầu năm"); or a day and a half, the sessions of an HĐND:
# "kỳ họp … trong thời gian 1,5 ngày, từ ngày 8 đến 9/12/2025" (Báo Thanh Hóa, 2025), "dự
# kiến tổ chức 1,5 ngày (từ ngày 8/12 - 9/12/2021)" (HĐND tỉnh Hòa Bình): two days by the
# calendar, the second a half. Only a half, only of days, written with its comma ("1.5" may
# be a day and its month)
_DAYS_COUNT = re.compile(
    r"(?<![\d/.,-])(?P<count>\d{1,2}(?P<half>,5)?|(?<![a-z])(?:mot|hai|ba|bon))\s+"
    r"(?P<unit>ngay|tuan|thang)\b"
    r"(?!\s+(?:lam\s+viec|truoc|sau|ke\s+tu|tinh\s+tu|tiep\s+theo))"
    # "nghỉ hai ngày cuối tuần": the weekend's days named, no length
    r"(?!(?<=ngay)\s+cuoi\s+tuan\b)"
    r"(?!(?<=thang)\s*(?:\d|dau\b|cuoi\b|nam\b|[ivx]+\b))",
    re.ASCII,
)
_UNIT_SAID = {"ngay": "ngày", "tuan": "tuần", "thang": "tháng"}


def _days_counted(match: re.Match[str], given: Input, readings: list[Found]) -> tuple[Input, str]:
    """`given` with a count of days, weeks or months before the one day or span read
    blanked when it is the length read (either way `combine.length_agrees` counts it; a
    day and a half, `_half_day_agrees`), and the note that says how it was counted; a count
    that disagrees stays, and the label refuses it (`_count_unlike_its_window` says why)."""
    found = _the_count(match, given, readings)
    if found is None:
        return given, ""
    count, first, last = found
    enclosed = re.match(r"\s*\)", given.prepared[count.end() :]) is not None and re.search(
        r"\(\s*\Z", given.prepared[: count.start()]
    )
    note = _length_note(count, first, last, enclosed=bool(enclosed))
    if readings[0].first is None:  # a yearly window (`_the_count`): its days of no one year,
        note = "" if note == "" else None  # so only a count of them all, no note naming one
    elif note is None:  # "sẽ được tiến hành trong 3 ngày, dự kiến tổ chức vào tháng 10.2020"
        note = held_within(given.prepared, count, first, last, given.enclosed)
    if note is None:
        return given, ""
    # "10 ngày | cuối tháng 3": its "ngày" too, else read as "ngày cuối tháng 3", one day
    span = count.span() if count.end() <= match.start() else count.span("count")
    return given._replace(source=given.source.blank(*span)), note


def _the_count(
    match: re.Match[str], given: Input, readings: list[Found]
) -> tuple[re.Match[str], date, date] | None:
    """The one count of days, weeks or months (`_DAYS_COUNT`) before the one window or day
    read from the whole phrase, with that reading's first and last day; None when there is
    no such count, several, several readings or a part ("trong 1 ngày 10/9 và 11/9" counts
    the days of all the parts). A yearly window's days are its days in a year
    (`_yearly_window_days`)."""
    one = readings[0] if len(readings) == 1 else None
    whole = given.source.origin[0] == 0 and given.source.origin[-1] == len(given.source.text)
    if one is None or not whole:
        return None
    first, last = (one.first, one.last) if one.first else _yearly_window_days(match)
    if first is None or last is None:
        return None
    counted = [  # the count stands before the rule; its "ngày" may be the rule's own lead
        found
        for found in _DAYS_COUNT.finditer(given.prepared[: match.end()])
        if found.end("count") <= match.start()
    ]
    return (counted[0], first, last) if len(counted) == 1 else None


def _yearly_window_days(match: re.Match[str]) -> tuple[date | None, date | None]:
    """The first and last day of a yearly window (`YEARLY_WINDOW_RULE`) in a common year,
    so that a count before it is checked as before a dated one: "kiểm tra, rà soát số liệu
    quyết toán … trong thời hạn 1 tháng (từ ngày 1/7 đến hết ngày 31/7 hàng năm)" (the
    budget settlement's steps, Thời báo Tài chính; y-thoibaotaichinh). (None, None) for
    any other rule, or a window that holds February's end, whose length changes in a leap
    year (a count would agree one year in four, or three in four)."""
    if match.re is not YEARLY_WINDOW_RULE:
        return None, None
    opens, month = int(match["opens_month"] or match["month"]), int(match["month"])
    if opens <= 2 <= month:
        return None, None
    try:  # a common year: no 29/02 (the rule's own reading has refused one)
        return date(2001, opens, int(match["opens"])), date(2001, month, int(match["day"]))
    except ValueError:
        return None, None


def _label_of_counted(
    match: re.Match[str],
    counted: Input,
    spared: str,
    this_year: bool,
    read: tuple[Input, list[Found]],
) -> str | None:
    """`_label` of `counted` (the phrase with its explained counts blanked); a number it
    refuses that is the count before the span `read` (the phrase as given, its readings)
    nearly fits is refused as that (`_count_unlike_its_window`)."""
    try:
        return _label(match, counted, spared, this_year)
    except Unreadable as refused:
        raise _count_unlike_its_window(match, *read, refused) from None


def _count_unlike_its_window(
    match: re.Match[str], given: Input, readings: list[Found], refused: Unreadable
) -> Unreadable:
    """`refused` (the label's refusal of an unexplained number), or, when that number is the
    one count before a span written with both its days that it nearly fits (`_the_count`,
    `combine.length_unlike`), the refusal saying so: "Thời gian niêm yết:20 ngày, kể từ ngày
    11-4-2018 đến hết ngày 2-5-2018" is a count and a window that disagree, not a number
    nobody explained, and the clerk must write both days."""
    found = _the_count(match, given, readings)
    if found is None:
        return refused
    count, first, last = found
    spanned = match.re in (RANGE_RULE, DAY_SPAN_RULE)  # both days written, no named period
    if not spanned or count["half"] or not refused.why.startswith(f"số “{count['count']}”"):
        return refused
    why = length_unlike(count_number(count["count"]), _UNIT_SAID[count["unit"]], first, last)
    return refused if why is None else Unreadable(why, kind=refused.kind)


def _length_note(
    count: re.Match[str], first: date, last: date, enclosed: bool = False
) -> str | None:
    """The note of a count (`_DAYS_COUNT`) that agrees with first .. last, None when it
    does not: in whole units as `length_agrees` counts them, a day and a half over two days
    of the calendar (`_half_day_agrees`)."""
    unit = _UNIT_SAID[count["unit"]]
    if count["half"]:
        return _half_day_agrees(int(count["count"].split(",")[0]), unit, first, last)
    agrees = length_agrees(count_number(count["count"]), unit, first, last)
    if agrees is None and unit == "tuần" and enclosed:
        return school_weeks_agree(count_number(count["count"]), first, last)
    return agrees


def _half_day_agrees(whole: int, unit: str, first: date, last: date) -> str | None:
    """ "1,5 ngày" over 8/12 – 9/12: `whole` days and a half end on the day after the whole
    days, the calendar's days the window spans -> its note; any other span, or a half of a
    week or a month (no calendar day it ends on), -> None."""
    if unit != "ngày" or whole < 1 or (last - first).days != whole:
        return None
    return f"{whole},5 ngày: {whole + 1} ngày theo lịch, ngày cuối nửa ngày"


def _read_parts(parts: list[Source], given: Input) -> list[Found]:
    """Several deadlines in one phrase, read right to left: a part without a year takes
    the year of the part after it ("tháng 11 và quý IV năm 2027"). A cadence beside days
    ("định kỳ 6 tháng, trước ngày 20/6 và 20/12") is read by `_cadence_with_its_day`; a
    recurring deadline beside a dated one is refused, never read as several."""
    combined = _read_dated_parts(parts, given)
    kinds = {one.kind is DeadlineKind.RECURRING for one in combined}
    if kinds == {True, False}:
        raise Decided(
            "một kỳ hạn lặp lại đứng cạnh một thời hạn khác: không rõ ngày kia là hạn của "
            "mỗi kỳ hay một hạn riêng; không đoán: ghi mỗi thời hạn thành một mốc, hoặc "
            "ghi last_day cho hạn riêng"
        )
    _count_beside_a_day(combined)
    return combined


# "học bù vào các ngày thứ Bảy (9/5 và 16/5)" (a university's make-up days, 2026), "vào các
# ngày thứ Bảy 9/5/2026 và 16/5/2026": the weekday said of the days in the plural names each
# of them; the weekday checks see the first day only (the one it stands before), so "(9/5 và
# 17/5)" read a Sunday as a make-up Saturday, with no word (tune-za)
_PLURAL_WEEKDAY = re.compile(
    r"\bcac\s+(?:ngay\s+)?(?:thu\s+(?P<word>hai|ba|tu|nam|sau|bay|[2-7])|(?P<sun>chu\s+nhat))\b"
    # one weekday, not the first of several ("các ngày thứ Bảy và Chủ nhật")
    r"(?!\s*(?:,|va\b|den\b|[-–—])\s*(?:thu\s|chu\s+nhat))",
    re.ASCII,
)


def _one_weekday_for_each_day(prepared: str, found: list[Found]) -> None:
    """Every day read must be the weekday said in the plural before them (`_PLURAL_WEEKDAY`)."""
    said = list(_PLURAL_WEEKDAY.finditer(prepared))
    if len(said) != 1 or len(found) < 2:
        return
    named = weekday_number(said[0])
    for one in found:
        for day in {one.first, one.last, one.earliest} - {None}:
            assert day is not None
            if day.weekday() != named:
                raise Unreadable(
                    f"ngày {show(day)} là {WEEKDAYS[day.weekday()]}, không phải "
                    f"{WEEKDAYS[named]} như thứ nêu chung cho các ngày"
                )


def _count_beside_a_day(combined: list[Found]) -> None:
    """ "chậm nhất 10 ngày sau ngày bầu cử, Chủ nhật ngày 15/3/2026" was read as the count
    and a second deadline on 15/03/2026: the day after the comma is most likely the day of
    the event counted from (the election), the deadline 25/03/2026; or it is a deadline of
    its own. Which, the phrase does not say: refused, never a day the document may not set."""
    kinds = {one.kind for one in combined}
    if DeadlineKind.RELATIVE in kinds and kinds & {DeadlineKind.DATE, DeadlineKind.WINDOW}:
        raise Decided(
            "một số ngày tính từ một sự kiện đứng cạnh một ngày: ngày đó có thể là ngày của sự "
            "kiện (mốc để tính), không phải một thời hạn nữa; không đoán: ghi last_day theo "
            "văn bản (ngày sự kiện cộng, trừ số ngày), hoặc mỗi thời hạn thành một mốc"
        )


def _read_dated_parts(parts: list[Source], given: Input) -> list[Found]:
    year, from_plan = given.plan_year, given.year_from_plan
    read: list[tuple[str, list[Found]]] = []
    step = _trailing_step(parts, given)
    come: str | None = None
    if step is not None:  # "Trước ngày 31/5/2026, kết thúc năm học 2025-2026"
        parts = parts[:-1]
        parts, come = _period_come(parts, step)
    later: date | None = None  # the last day of the part after, whose year was borrowed
    for index in reversed(range(len(parts))):
        part = parts[index]
        here = given._replace(source=part, plan_year=year, year_from_plan=from_plan)
        begun = _dated_start(parts[index - 1]) if index else None
        if begun is not None and not _A_YEAR.search(part.prepared):
            role, found = _end_in_its_starts_year(here, begun)
        else:
            role, found = _read_part(here)
        read.append((role, found))
        borrowed = later is not None and role == "deadline" and not _A_YEAR.search(part.prepared)
        if borrowed and later and not _contrast_in_plan_year(parts[index + 1], later, given):
            _borrowed_year_in_order(found, later)
        written = [f.first for f in found if f.first and not f.year_inferred]
        if written:
            year, from_plan = written[0].year, False
        lasts = [f.last for f in found if f.last]
        later = max(lasts) if lasts and not from_plan else None
    ordered = list(reversed(read))
    parts, ordered = _day_told_then_its_clause(parts, ordered)
    _refuse_starts_listed(parts, ordered)
    _plan_year_after_a_written_one(parts, ordered, given.context.issued)
    _subject_period_then_its_time(parts, ordered)
    parts, ordered = _restated(parts, ordered)
    combined = combine(ordered, [part.prepared for part in parts])
    refuse_beside_another(parts, combined)  # "đến tháng 9/2025 và tháng 10/2025" (ruling 56(a))
    if not done_then_reported(parts, combined):  # "Hoàn thành trong quý II/2026, báo cáo …"
        _labelled_parts_in_order(combined)
    if step is not None:
        dated = combined[0].kind in (DeadlineKind.DATE, DeadlineKind.WINDOW)
        if len(combined) != 1 or combined[0].label is not None or not dated:
            raise Unreadable(f"“{step}” không rõ là tên bước của thời hạn nào")
        refuse_held_after_a_year(combined[0].first, combined[0].last, step)
        combined = [combined[0]._replace(label=step, gloss=come or combined[0].gloss)]
    return combined


def _period_come(parts: list[Source], step: str) -> tuple[list[Source], str | None]:
    """ "Tới quý III/2026, Cục X sẽ công bố thanh tra …": the one time part, its "đến"/"tới"
    before the month or quarter opening the sentence blanked (`leadin.period_come`), and the
    gloss saying so; `parts` as they are, and None, for any other."""
    if len(parts) != 1 or (word := period_come(parts[0].prepared, step)) is None:
        return parts, None
    if not spelt_as_time_word(parts[0].original(*word), parts[0].text):
        return parts, None  # "Tội quý III/2026, …": a real word, never a damaged "Tới"
    said = parts[0].said(0, len(parts[0].prepared)).strip(" ,;")
    gloss = f"“{said}” mở đầu câu: việc làm trong kỳ đó, hạn là ngày cuối kỳ"
    return [parts[0].blank(*word)], gloss


_A_YEAR = re.compile(r"\d{4}", re.ASCII)


# a part that is a day and nothing else, after "và" (or ", và"): "15/3/2026", "ngày 15/3"
_BARE_DAY_PART = re.compile(rf"(?:va\s+)?(?:ngay\s+)?(?:{DAY_SHAPE})[ .]*", re.ASCII)


def _refuse_starts_listed(parts: list[Source], read: list[tuple[str, list[Found]]]) -> None:
    """ "từ ngày 1/3 và 15/3/2026": a start, then after "và" a day with no end word
    ("kết thúc", "đến", "hoàn thành"). Days in a row are one window, the corpus's convention
    ("Từ ngày 3/1 và 4/1/2026", CafeF 2026: zi-cafef-csgt-ha-noi-nghi-tet-duong-lich-2026);
    days apart may be two starts (two rounds, each from its day) as well as one span, and
    were read as the span 01/03–15/03 without a word (session 44's closing note): refused."""
    for index in range(len(parts) - 1):
        (role, start), (_, ends) = read[index], read[index + 1]
        after = parts[index + 1]
        gap = after.text[parts[index].origin[-1] : after.origin[0]]
        if role != "start" or fold(gap).strip(" ,") not in ("", "va"):
            continue
        if not _BARE_DAY_PART.fullmatch(after.prepared) or len(ends) != 1:
            continue
        first, last = start[0].first, ends[0].last
        if first is None or last is None or _in_a_row(first, last, start[0].year_inferred):
            continue
        said = after.text[parts[index].origin[0] : after.origin[-1]]
        joint = "“và”" if fold(gap).strip(" ,") else "dấu phẩy"  # "từ ngày 1/3, 15/3"
        raise Decided(
            f"“{' '.join(said.split())}”: hai ngày không liền nhau nối bằng {joint} sau “từ”, "
            "không có chữ chỉ ngày kết thúc (“đến”, “kết thúc”): có thể là một khoảng hoặc "
            "hai mốc bắt đầu (hai đợt); không đoán: ghi first_day và last_day theo văn bản, "
            "hoặc mỗi ngày thành một mốc (deadlines)"
        )


def _in_a_row(first: date, last: date, year_inferred: bool) -> bool:
    """Whether `last` is the day after `first` (the first's year, if inferred, may be the
    year before: "từ ngày 31/12 và 1/1/2027")."""
    if year_inferred and first > last:
        return (first.month, first.day, last.month, last.day) == (12, 31, 1, 1)
    return last - first == ONE_DAY


def _day_told_then_its_clause(
    parts: list[Source], read: list[tuple[str, list[Found]]]
) -> tuple[list[Source], list[tuple[str, list[Found]]]]:
    """ "Ngày 15/3/2026, lùi thời hạn nộp hồ sơ đến ngày 30/3/2026": a day alone opening the
    phrase, then a clause with its own step and time (`news.day_alone_opening`). The day is
    no deadline: where the clause moves a time, it is the day the move was told, dropped with
    a word in the reading; where a body opens the clause or its time ends a span, it may be
    the news day or the span's first day: refused (`news.day_may_be_news_or_start`)."""
    if len(parts) < 2 or not day_alone_opening(parts[0].prepared):
        return parts, read
    clause = [one for one in read[1][1] if one.label is not None]
    if not clause:
        return parts, read
    day = parts[0].said(0, len(parts[0].prepared)).strip(" ,;")
    if all(clause_moves_a_time(one.label or "") for one in clause):
        note = f"; “{day}” mở đầu câu là ngày báo việc dời thời hạn, không phải một thời hạn"
        moved = [
            (role, [one._replace(reading=one.reading + note) for one in found])
            for role, found in read[1:]
        ]
        return parts[1:], moved
    if not day_may_be_news_or_start(parts[1].said(0, len(parts[1].prepared))):
        return parts, read  # "ngày 15/3/2027, thi bù ngày 20/3/2027": two days of a plan's cell
    raise Unreadable(
        f"“{day}” mở đầu câu, trước một việc có thời gian riêng: có thể là ngày đưa tin hoặc "
        "ngày bắt đầu việc đó, không phải một thời hạn riêng; không đoán: ghi last_day (và "
        "first_day) theo văn bản"
    )


def _plan_year_after_a_written_one(
    parts: list[Source], read: list[tuple[str, list[Found]]], issued: date | None = None
) -> None:
    """ "trước ngày 15/3/2028 và 20/3", "Tháng 3/2028 và tháng 9", "Năm 2028, trước ngày
    15/3": a part without a year after one that writes its year. The year is written once,
    on the first part, and the part after it takes the plan's (20/03/2027 beside 15/03/2028)
    unless the document meant the written one, which is what a reader takes. Read only when
    the two agree: the plan's year is the written one and the part comes after it, or the
    plan's year is past at `issued` and the written one is the next (`_in_written_year`);
    else refused ("Tháng 12/2027 và tháng 1": January 2027 before December 2027)."""
    written: Found | None = None  # the last part (from the left) with its year written
    for part, (_role, found) in zip(parts, read, strict=True):
        for at, one in enumerate(found):
            if one.first is None:
                continue
            if not one.year_inferred:
                written = one
            elif written is not None and written.first is not None:
                year = written.first.year
                if taken := _in_written_year(one, written, year, issued):
                    found[at] = taken
                    continue
                if one.first.year != year or one.first <= (written.last or written.first):
                    said = part.said(0, len(part.prepared)).strip(" ,;")
                    raise Decided(
                        f"năm {year} chỉ ghi ở vế trước; vế sau (“{said}”) không ghi năm "
                        "nên lấy năm của kế hoạch: không rõ năm nào; ghi rõ năm cho từng vế, "
                        "hoặc ghi last_day"
                    )


def _in_written_year(one: Found, written: Found, year: int, issued: date | None) -> Found | None:
    """`one`, a part without a year after `written`'s `year`, read in that year when its
    plan's year is the issue year and already past at `issued`, `year` the next, and the day
    then comes after `written`'s: "học kỳ I sẽ kết thúc trước ngày 18/1/2026, kỳ II trước 31/5"
    in the Ministry's frame told on 19/8/2025 (s-vnexpress-lich-tuu-truong-2025-2026) is
    31/5/2026, the only year a reader takes (31/5/2025 had passed). None otherwise."""
    last, first = one.last, one.first
    if issued is None or last is None or first is None or one.kind not in _ONE_DAY_OR_SPAN:
        return None
    if not (first.year == last.year == issued.year == year - 1 and last < issued):
        return None
    try:
        moved = one._replace(
            first=first.replace(year=year),
            last=last.replace(year=year),
            written=one.written and one.written.replace(year=year),
        )
    except ValueError:  # 29/2
        return None
    assert moved.first is not None and written.first is not None
    if moved.first <= (written.last or written.first):
        return None
    # the part's reading names no year but the plan's, which it took ("31/05/2025", "tháng 3/2025")
    reading = re.sub(rf"(?<!\d){issued.year}(?!\d)", str(year), one.reading)
    why = f"; năm {year} ghi ở vế trước (năm {issued.year} đã qua khi kế hoạch ban hành)"
    return moved._replace(reading=reading + why, year_inferred=False)


_ONE_DAY_OR_SPAN = (DeadlineKind.DATE, DeadlineKind.WINDOW)


def _subject_period_then_its_time(parts: list[Source], read: list[tuple[str, list[Found]]]) -> None:
    """ "Báo cáo tổng kết năm 2026, tháng 1/2027", "Tổng kết giai đoạn 2021-2025, quý
    I/2026": a period named right after the step's noun (`label.period_after_a_noun`),
    then a part with no step of its own. The period is most likely what the step works on
    (the review of 2026, held in January 2027), not a deadline of its own (31/12/2026):
    refused, as a period beside a day is (`refusals.refuse_period_beside_a_day`)."""
    for (part, (_, found)), (after_part, (_, after_found)) in pairwise(
        zip(parts, read, strict=True)
    ):
        periods = [one for one in found if one.kind is DeadlineKind.WINDOW and one.label]
        unnamed = [one for one in after_found if one.label is None]
        if _whole_years_overlapping(periods, unnamed):
            continue  # "… NĂM 2011 VÀ GIAI ĐOẠN 2011-2015": two windows (convention 12)
        if periods and unnamed and period_after_a_noun(part.prepared):
            said = part.said(0, len(part.prepared)).strip(" ,;")
            told = after_part.said(0, len(after_part.prepared))
            raise Decided(
                f"“{said}” có thể là việc được làm (kỳ được báo cáo, tổng kết), “{told.strip(' ,;')}” "
                "là thời hạn của nó: không phải hai thời hạn; ghi last_day (và first_day) "
                "theo văn bản"
            )


def _whole_years_overlapping(periods: list[Found], after: list[Found]) -> bool:
    """Whether a year or period of whole years named after a noun and the years joined
    after it share a year: "CHƯƠNG TRÌNH HÀNH ĐỘNG … CHỐNG LÃNG PHÍ NĂM 2011 VÀ GIAI ĐOẠN
    2011-2015" (UBND tỉnh Quảng Nam, QĐ 2086/2011; read as 2011 alone before tune-zl, the
    programme's 2011-2015 lost). The time a review or a report of a period is due in comes
    after it ("Tổng kết giai đoạn 2021-2025, quý I/2026"), never over it: years that share
    one are a list, each its own window (the lead's convention 12)."""
    named, joined = _whole_year_spans(periods), _whole_year_spans(after)
    return bool(named and joined) and all(
        first <= other_last and other_first <= last
        for first, last in named
        for other_first, other_last in joined
    )


def _whole_year_spans(readings: list[Found]) -> list[tuple[date, date]]:
    """The first and last days of each of `readings` when every one is a window of whole
    calendar years (1 January to 31 December: `found.whole_years`); else none."""
    spans = []
    for one in readings:
        first, last = one.first, one.last  # (both days, when whole_years has a count)
        whole = one.kind is DeadlineKind.WINDOW and whole_years(one) is not None
        if not whole or first is None or last is None:
            return []
        spans.append((first, last))
    return spans


def _dated_start(part: Source) -> date | None:
    """The day a start part gives with its year written ("Bắt đầu từ ngày 16/1/2025"), or
    None."""
    start = start_match(part)
    if start is None or not _A_YEAR.search(start["when"]):
        return None
    try:
        return read_point(start["when"], None).first
    except Unreadable:
        return None


def _end_in_its_starts_year(given: Input, begun: date) -> tuple[str, list[Found]]:
    """ "Bắt đầu từ ngày 16/1/2025, kết thúc vào 24/5" (Điện Biên's school year): an end
    without a year, right after a start written with one, is in the start's year, or the
    next when it would come before the start ("từ ngày 5/9/2024, kết thúc vào 31/5"); a
    crossing that reverses days of one month or lasts over ten months is refused
    (`crossed_new_year`), as a start without a year is."""
    role, found = _read_part(given._replace(plan_year=begun.year, year_from_plan=False))
    if role != "deadline" or len(found) != 1 or found[0].last is None:
        return role, found
    if found[0].last < begun:
        role, found = _read_part(given._replace(plan_year=begun.year + 1, year_from_plan=False))
        if found[0].last is not None:
            crossed_new_year(begun, found[0].last)
    return role, found


def _restated(
    parts: list[Source], read: list[tuple[str, list[Found]]]
) -> tuple[list[Source], list[tuple[str, list[Found]]]]:
    """ "vào ngày 14/3, tức ngày 14/3/2027": a part opening with "tức" (that is) restates
    the part before it, and is no deadline of its own. The same day is kept once; another
    day is refused: one of the two is wrong ("ngày 15/3/2027, tức ngày 20/3/2027"). The
    parts kept, and what was read of them."""
    kept: list[Source] = []
    out: list[tuple[str, list[Found]]] = []
    for part, (role, found) in zip(parts, read, strict=True):
        if out and _THAT_IS.match(part.prepared):
            before = [(one.first, one.last) for one in out[-1][1]]
            if before != [(one.first, one.last) for one in found]:
                said = part.said(0, len(part.prepared))
                raise Unreadable(
                    f"“{said}” nêu ngày khác với ngày trước nó: không rõ ngày nào đúng; ghi "
                    "last_day theo văn bản"
                )
            continue
        kept.append(part)
        out.append((role, found))
    return kept, out


_THAT_IS = re.compile(r"[\s,;]*tuc\b", re.ASCII)


def _borrowed_year_in_order(found: list[Found], later: date) -> None:
    """ "Tháng 12 và tháng 1/2028": the year written once, at the end, is the last part's;
    a part before it that took that year must come before it. December 2028 after January
    2028 is not what the document means (December 2027 is, most likely): refused."""
    for one in found:
        if one.last is not None and one.last > later:
            raise Unreadable(
                f"năm {later.year} chỉ ghi ở thời hạn sau; thời hạn trước (“{one.reading}”) "
                "lấy năm đó thì đứng sau nó: ghi rõ năm cho từng thời hạn, hoặc ghi last_day"
            )


# Another group's part, opening with "riêng" or "còn" (`_CONTRAST`), folded and after the
# parenthesis the reading blanks
_CONTRAST_PART = re.compile(r"[\s(]*(?:rieng|con)\s", re.ASCII)


def _contrast_in_plan_year(after: Source, later: date, given: Input) -> bool:
    """Whether the part `after`, whose year the part before took, is another group's
    (`_CONTRAST_PART`: "ngày tựu trường các cấp học là ngày 29/8 (riêng đối với lớp 1 từ ngày
    22/8/2023)", n-ninhbinh-qd-636-nam-hoc-2023-2024) in the plan's own year: the exception's
    day may come before the others' (`_labelled_parts_in_order`), and the day without a year
    reads in the plan's year whether the year is written there or not, so the order of the
    two days is no sign of a year taken wrongly. Any other part keeps `_borrowed_year_in_order`
    ("Tháng 12 và tháng 1/2028"), and so does another group's day on a page of another year
    or with no date (the year before or after it would be as likely)."""
    issued = given.context.issued
    if issued is None or issued.year != later.year:
        return False
    return _CONTRAST_PART.match(after.prepared) is not None


def _bare_cadence(parts: list[Source], given: Input) -> tuple[int, Found] | None:
    """The one part that is a cadence with no day ("định kỳ hằng năm", "hằng quý"), and
    where it stands; None when there is none, or several."""
    found: list[tuple[int, Found]] = []
    for index, part in enumerate(parts):
        try:
            read = _read_one(given._replace(source=part))
        except Unreadable:
            continue
        rule = read[0].recurrence if len(read) == 1 else None
        bare = rule is not None and rule.month is None and rule.day is None
        if bare and rule is not None and rule.weekday is None:  # "thứ Sáu hàng tuần" has its day
            found.append((index, read[0]))
    return found[0] if len(found) == 1 else None


# "UBND xã thực hiện tiêm phòng bổ sung vắc xin hàng tháng, liên tục nên đề nghị người dân
# lưu ý để thực hiện" (xã Phúc Thành, Nghệ An, 2023: zb-phucthanh): "liên tục" (continually)
# after the cadence's comma says how the cadence is kept, as "hàng tháng liên tục" says it
# with no comma; no other time. Only "liên tục" opening the part, and no number or word of
# time after it (`label.read_step`: "…, liên tục đến khi hết dịch" stays refused)
_CONTINUALLY = re.compile(r"\W*lien\s+tuc(?![a-z])", re.ASCII)


def _kept_up(part: Source) -> bool:
    """Whether `part` is "liên tục" and words with no number nor word of time
    (`_CONTINUALLY`)."""
    opening = _CONTINUALLY.match(part.prepared)
    if opening is None or re.search(r"\d", part.prepared):
        return False
    try:
        read_step(part, opening.end(), len(part.prepared))
    except Unreadable:
        return False
    return True


def _cadence_alone(
    index: int, cadence: Found, said: str, parts: list[Source], given: Input
) -> Found | None:
    """The cadence read with no day of a month beside it: kept up "liên tục" (`_kept_up`;
    never told done, "Các xã đã tiêm phòng hằng năm, liên tục": session 51's tester), or
    weekly, on the weekday the other part names (`cadence.weekly_on`); None otherwise."""
    told_done = cadence.label is not None and TOLD_DONE.search(cadence.label)
    if index == 0 and not told_done and all(_kept_up(part) for part in parts[1:]):
        return cadence  # "… hàng tháng, liên tục …": as "hàng tháng liên tục" reads
    assert cadence.recurrence is not None
    if cadence.recurrence.frequency is Frequency.WEEKLY:
        return weekly_on(cadence, said, [p for at, p in enumerate(parts) if at != index], given)
    return None


def _cadence_with_its_day(index: int, cadence: Found, parts: list[Source], given: Input) -> Found:
    """ "định kỳ 6 tháng, trước ngày 20/6 và 20/12", "hằng quý, trước ngày 20 tháng cuối
    quý", "định kỳ hằng năm, chậm nhất ngày 15/12": the day written after the cadence IS
    its due day (Nghị định 09/2019/NĐ-CP, Điều 12 sets report days so). Read as one rule
    when the days fit the cadence exactly; refused otherwise. Never the cadence's own
    end-of-period day beside the written one: that would be a deadline no one set."""
    assert cadence.recurrence is not None
    said = " ".join(parts[index].original(0, len(parts[index].prepared)).split()).strip(" ,;.")
    rules: list[Found] = []
    days: list[date] = []
    labels = {cadence.label} - {None}
    # "Ngày 1/11, … thông qua nghị quyết định kỳ hằng năm": the text's cadence, after its day
    refuse_cadence_of_an_object(cadence.label, said, after_a_day=index > 0)
    if (alone := _cadence_alone(index, cadence, said, parts, given)) is not None:
        return alone
    for at, part in enumerate(parts):
        if at == index:
            continue
        here = given._replace(source=part, plan_year=LEAP_YEAR, year_from_plan=True)
        role, found = _read_part(here)
        for one in found:
            labels |= {one.label} - {None}
            if role == "deadline" and one.kind is DeadlineKind.RECURRING:
                rules.append(one)
            elif role == "deadline" and one.kind is DeadlineKind.DATE and one.year_inferred:
                assert one.last is not None
                days.append(one.last)
            else:
                raise Decided(cadence_beside(said, "một thời hạn có năm hoặc một khoảng"))
    if len(labels) > 1:
        raise Unreadable(f"“{said}” và các ngày đi kèm có tên bước khác nhau; tách thành nhiều mốc")
    frequency = cadence.recurrence.frequency
    if rules and not days and len(rules) == 1 and rules[0].recurrence is not None:
        if rules[0].recurrence.frequency is not frequency:
            raise Decided(f"“{said}” và kỳ của ngày đi kèm không khớp nhau; ghi last_day")
        return rules[0]._replace(label=next(iter(labels), None))
    rule = rule_of_days(frequency, days) if days and not rules else None
    if rule is None and frequency is Frequency.YEARLY and len(days) > 1 and not rules:
        rule = rule_of_listed(days)  # "hằng năm, trước ngày 15/6 và 15/12": each a due day
    if rule is None:
        shown = ", ".join(f"{d.day:02d}/{d.month:02d}" for d in days) or "một kỳ khác"
        raise Decided(cadence_beside(said, shown))
    reading = f"{listed_words(rule)} (ngày ghi kèm “{said}” là hạn của mỗi kỳ)"
    return Found(DeadlineKind.RECURRING, reading, recurrence=rule, label=next(iter(labels), None))


def _trailing_step(parts: list[Source], given: Input) -> str | None:
    """The last part when it names the step, not a time: words, and numbers that name
    things ("kết thúc năm học 2025-2026"), that no rule reads as a deadline."""
    last = parts[-1]
    if len(parts) != 2 or label_years(last.prepared):  # a year there would go unchecked
        return None
    try:
        _read_one(given._replace(source=last))
    except Unreadable:
        try:  # the label's checks, and no open end ("năm 2025 và các giai đoạn kế tiếp")
            refuse_unanchored(last.original(0, len(last.prepared)))
            step = read_label(last, len(last.prepared)).text
        except Unreadable:
            return None
        try:
            refuse_called_off_after(step or "")  # "Chậm nhất ngày 2/5, tổ bầu cử niêm yết, hoãn"
            refuse_not_yet_after(step or "")  # "Trong tháng 4, các xã chưa tổ chức đại hội"
        except Unreadable as error:
            raise Decided(error.why, kind=error.kind) from None
        return step
    return None


# A clause set against the one before it by its own subject: "tất cả khối lớp, bậc học tựu
# trường vào ngày 25-8-2025, riêng lớp 1, lớp 9 và lớp 12 tựu trường vào ngày 20-8-2025"
# (SGGP, 2025), "…, còn giáo dục mầm non sẽ khai giảng vào ngày 20/9" (Bến Tre, 2021): the
# exception's day, which may come before the others', is no restatement of theirs
_CONTRAST = re.compile(r"(?i)(?:riêng|còn)\s")


def _labelled_parts_in_order(found: list[Found]) -> None:
    """Clauses with their own steps ("Học kỳ I kết thúc trước ngày 18/1, kết thúc năm học
    trước ngày 31/5") are read as several deadlines only when they are days of one kind
    that follow each other; otherwise the parts may say one thing twice ("Giai đoạn
    2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025"), or a window then a day be the
    period worked on and its due day ("Riêng trong quý I năm 2019, gửi trước ngày 05/5/2019").
    Two windows of their own steps that overlap without one holding the other are two works
    (`_two_works`)."""
    if all(one.label is None for one in found[1:]):
        return
    # a start of one step beside the day of another ("tựu trường sớm nhất từ ngày 9/9 và khai
    # giảng đồng loạt vào ngày 12/9", Hậu Giang 2021: `combine` keeps them apart), each named
    starts = [one for one in found if one.earliest is not None and one.last is None]
    dated = [one for one in found if one not in starts]
    kinds = {one.kind for one in dated}
    named = all(one.label is not None for one in found)
    if len(kinds) > 1 and not starts and steps_in_sequence(found):
        return  # "nghỉ … từ ngày 14/02 đến hết ngày 20/02 và … làm việc trở lại vào ngày 21/02"
    # "1/9, riêng lớp 1 từ 30/8": the day of all, then another group's start (`_CONTRAST`)
    others = all(_CONTRAST.match(one.label or "") for one in starts)
    if (
        len(kinds) > 1
        or any(one.last is None for one in dated)
        or (starts and not named and not others)
    ):
        raise Unreadable("các vế có tên bước riêng nhưng khác loại thời hạn; tách thành nhiều mốc")
    for before, after_ in pairwise(found):
        if _CONTRAST.match(after_.label or "") and before.label is not None:
            continue  # "…, riêng lớp 1 tựu trường vào ngày 20-8-2025": another group's day
        if named and (_two_works(before, after_) or _its_day_named_before(before, after_)):
            continue
        if _month_then_the_period_it_closes(before, after_):
            continue  # "tháng 9 và Quý III": one step's two periods, listed
        if named and ground_broken_then_finished(before, after_):
            continue  # "khởi công ngay trong quý I, hoàn thành … trong năm 2026": two steps
        dated_before = before.last is not None  # two starts keep their order check
        if dated_before and after_.last is None and after_.label and (before.label or others):
            continue  # "khai giảng vào ngày 5/9, tựu trường sớm nhất từ 22/8": a step's start
        end, begin = before.last or before.earliest, after_.first or after_.earliest
        assert end is not None and begin is not None
        if begin <= end:
            raise Unreadable(
                "các vế chồng lên nhau: có thể cùng nói một thời hạn; tách thành nhiều mốc"
            )


def _its_day_named_before(before: Found, after_: Found) -> bool:
    """ "Đợt 2 sẽ diễn ra vào ngày 14-15/3/2026; ngày đăng ký 5-15/2/2026.": a step named as
    its day (`_DAY_OF_THE_STEP`) told after another step, all its days before the other's
    first: the earlier step told second, its own time, never the same one said twice."""
    if after_.last is None or before.first is None or after_.label is None:
        return False
    named = _DAY_OF_THE_STEP.fullmatch(" ".join(fold(after_.label).split()))
    return named is not None and after_.last < before.first


def _month_then_the_period_it_closes(before: Found, after_: Found) -> bool:
    """ "Hội nghị giao ban đánh giá kết quả tháng 9 và Quý III, triển khai nhiệm vụ tháng
    10/2025" (zc-ddbqhhdnd), "tháng 5 và 5 tháng đầu năm": one month, then with no step of its
    own a longer window of whole months that ends with it (the quarter, the months of the year
    to date). The reports' pair, the month's figures and the period's: two periods of one step
    (convention 12), never one time said twice. Only that shape, and with nothing told done
    ("đã đánh giá …": convention 10 reads the next period alone); any other overlap stays
    refused."""
    if after_.label is not None or not (whole_months(before) and whole_months(after_)):
        return False
    if past_told(before.label or ""):
        return False
    assert before.first and before.last and after_.first and after_.last
    one_month = before.first.month == before.last.month and before.first.year == before.last.year
    return one_month and after_.first < before.first and after_.last == before.last


def _two_works(before: Found, after_: Found) -> bool:
    """ "Nuôi tôm sú-lúa, thả giống từ tháng 1 đến tháng 6/2023; nuôi tôm sú thâm canh, bán
    thâm canh, thả giống từ tháng 2 đến hết tháng 9/2023" (Bến Tre, khung lịch thời vụ tôm
    2023): two windows, the second starting inside the first and ending after it. Neither
    holds the other, so neither restates or narrows the other: two works, each its own.
    Listed the other way round as well, the second starting before the first and ending
    inside it: "Hội thi sáng tạo kỹ thuật sẽ nhận hồ sơ tham gia từ tháng 1/2022 đến
    30/6/2023; Cuộc thi sáng tạo Thanh thiếu niên – Nhi đồng nhận hồ sơ dự thi từ tháng 9/2021
    đến 15/6/2022" (Kon Tum TV, z-kontumtv: two contests, each its own window); the order a page
    lists two works in says nothing of their days. Not so for steps numbered in a row ("đợt 1
    … từ 1/3 …; đợt 2 … từ 1/2 …", `_NUMBERED_STEP`): the second round before the first is a
    day or a year printed wrong, most likely, and stays refused; nor for days whose year the
    plan gave (the second, listed before the first, may be another year's)."""
    windows = before.kind is after_.kind is DeadlineKind.WINDOW
    if not windows or None in (before.first, before.last, after_.first, after_.last):
        return False
    assert before.first and before.last and after_.first and after_.last
    if before.first < after_.first <= before.last < after_.last:
        return True
    pair = (before, after_)
    if any(
        one.year_inferred or _NUMBERED_STEP.search(fold(one.label or "").lower()) for one in pair
    ):
        return False
    return after_.first < before.first <= after_.last < before.last


# a step numbered in a row: "đợt 1", "lần 2", "giai đoạn II", "vòng 1", "học kỳ I", "đợt
# hai", "lần thứ nhất" (folded); or a window said again corrected ("nay sửa lại …": the merge's
# fresh tester, session 56), whose first reading no longer holds
_NUMBERED_STEP = re.compile(
    r"(?<![a-z])(?:dot|lan|giai\s+doan|vong|buoc|ky|khoa|phan|thu)\s+(?:thu\s+)?"
    r"(?:\d{1,2}|[ivx]{1,4}|mot|nhat|nhi|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi)"
    r"(?![a-z\d])"
    r"|(?<![a-z])(?:nay|sua|thay|doi\s+lai|dieu\s+chinh)(?![a-z])",
    re.ASCII,
)


def _read_part(given: Input) -> tuple[str, list[Found]]:
    """One part: a start bound, a duration, or deadlines."""
    if start := start_match(given.source):
        _no_weekday_taken_for_from(given, start.end("label"), start.start("when"))
        span = read_point(start["when"], given.plan_year)
        given, open_note = _open_length_counted(given, start.end("label"), span.first)
        # "Riêng lớp 1, lớp 9 và lớp 12 tựu trường sớm hơn, từ 22/8/2025": earlier than the
        # others, from that day: a start bound all the same
        lead = given.prepared[start.end("label") : start.start("when")]
        # "sớm nhất:" naming the field of a start, "Bắt đầu từ …" its value: one bound
        spared = EARLIER_THEN_DAY + (f"|{EARLIEST_FIELD}" if _BEGINS_ON.search(lead) else "")
        # "tiếp công dân định kỳ tháng 02 năm 2026, bắt đầu từ 08 giờ, ngày 12/02/2026": the
        # reception's name, its month holding the day it opens on (`meeting_month_named`)
        opens = Found(DeadlineKind.DATE, span.words, span.first, span.first, None, False)
        named = meeting_month_named(start.end("label"), given, [opens])
        source = given.source.blank(*named.span) if named else given.source
        label = read_label(source, start.end("label"), spared, start=True).text
        for year in label_years(given.prepared[: start.end("label")]):  # "Kỳ thi năm 2027 bắt …"
            if year != span.first.year:
                raise Unreadable(f"năm {year} trước mốc bắt đầu khác năm của mốc ({span.words})")
        bound = Found(
            DeadlineKind.DATE, span.words, span.first, span.first, None, span.year_inferred
        )
        # "Khung kế hoạch thời gian năm học 2023-2024: … tựu trường từ ngày 25/8" on a page of
        # August 2022 was read from 25/08/2022, a year early: a start without its year holds
        # its school year as a due day does
        if given.year_from_plan:
            _in_its_school_year(given.prepared[: start.end("label")], [bound])
        # "bắt đầu từ ngày 01/04/2019": that day is the first of a count beside it; "kể từ",
        # "tính từ" start the count the day after (Bộ luật Dân sự 2015, Điều 147)
        begins = bool(_BEGINS_ON.search(lead))
        bound = bound._replace(label=label, counts_from=begins and start["when"][0].isdigit())
        return "start", [bound._replace(gloss=open_note) if open_note else bound]
    if cap := LENGTH_CAP_RULE.match(given.prepared):  # "không quá 4 ngày": how long, kept
        said = given.source.said(cap.start("cap"), cap.end("cap"))
        return "cap", [Found(DeadlineKind.UNKNOWN, said, gloss=said)]
    if length := DURATION_RULE.match(given.prepared):
        count, unit = int(length["count"]), UNITS[" ".join(length["unit"].split())]
        label = read_label(given.source, length.end("label")).text
        years = tuple(label_years(given.prepared[: length.end("label")]))
        found = Found(DeadlineKind.UNKNOWN, f"{count} {unit}", qualifier=unit, label=label)
        return "duration", [found._replace(named_years=years)]
    readings = _read_one(given)
    if not given.year_from_plan:
        readings = [f._replace(year_inferred=False) for f in readings]
    return "deadline", readings


def _open_length_counted(given: Input, end: int, first: date) -> tuple[Input, str | None]:
    """`given` with the one count in its label (`prepared[:end]`) blanked when it is the
    length from the start `first` that the whole phrase reads, its end not printed ("Thời
    gian công khai 20 ngày: Kể từ ngày 06/11/2020", `openlength.open_length`), and its note;
    `given` as it is, and None, otherwise (a part: the count may span the parts' window)."""
    whole = given.source.origin[0] == 0 and given.source.origin[-1] == len(given.source.text)
    counted = list(_DAYS_COUNT.finditer(given.prepared, 0, end))
    if not whole or len(counted) != 1:
        return given, None
    note = open_length(given.prepared, counted[0], first)
    if note is None:
        return given, None
    return given._replace(source=given.source.blank(*counted[0].span())), note


_BEGINS_ON = re.compile(r"\bbat\s+dau\b(?!.*\b(?:ke|tinh)\s+tu\b)", re.ASCII)


def _no_weekday_taken_for_from(given: Input, start: int, end: int) -> None:
    """Refuse "thứ tư" before a day where the rule took "tư" (`start`..`end` of the prepared
    text, the words before the day) for "từ": "Hạn chót thứ Tư 28-6-2027" read as a start
    bound from 28/06, "Báo cáo thứ Tư 20/12/2021 – 10/01/2022" as a window whose weekday was
    never checked (20/12/2021 is a Monday). "tư" right after "thứ" is Wednesday, or the
    ordinal ("Kỳ họp thứ tư", the fourth session), never "từ" (from). A weekday that agrees
    with its day is read before this (`asides`); one that disagrees is a misprint of the day
    or of the weekday, and which one cannot be told."""
    said = given.source.original(0, start).split()
    lead = given.source.original(start, end).split()
    if not said or not lead:
        return
    last = said[-1].lstrip("([").lower()  # "(thứ Tư 24/04/2021)"
    weekday_word = last == "thứ" and fold(lead[0]) == "tu"
    lost_marks = last == "thu" and lead[0].lower() == "tu"  # "Thu Tu": either
    if weekday_word or lost_marks:
        raise Unreadable(
            f"“{said[-1]} {lead[0]}” trước ngày tháng là thứ Tư (hay thứ tự “thứ tư”), không "
            "phải “từ” (mốc bắt đầu), và không khớp ngày ghi sau; không đoán, hãy ghi "
            "last_day (và first_day) theo văn bản"
        )


def _first_reading(
    prepared: str, skipped: tuple[_Builder, ...] = ()
) -> tuple[re.Match[str], _Builder] | None:
    found = [
        (m, build)
        for rule, build in _RULES
        if build not in skipped and (m := rule.search(prepared))
    ]
    return min(found, key=lambda pair: pair[0].start(), default=None)


# "Ban hành kế hoạch cải cách hành chính năm là trước ngày 20/11 hàng năm" (UBND Bà Rịa –
# Vũng Tàu, 2012): the yearly plan of a yearly rule; the period's word, bare (no count before
# it, nothing after it that names one period), names the rule's own period in its label
_PERIOD_WORD = {Frequency.YEARLY: "năm", Frequency.QUARTERLY: "quý", Frequency.MONTHLY: "tháng"}
# words naming a part of a period: "đầu tháng", "giữa năm" (the end, "cuối", is the reading)
_PART_WORDS = ("đầu", "Đầu", "giữa", "Giữa")
# words that count or share out a period: "hai năm", "nửa năm", "mỗi năm", "các năm"
_COUNT_WORDS = (
    "một", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "nửa",
    "vài", "mấy", "mỗi", "hằng", "hàng", "các", "những", "từng",
)  # fmt: skip


# "Tổng hợp một số nội dung chỉ đạo của UBND tỉnh nổi bật trong tuần (từ ngày 27/9-01/10/2021)"
# (UBND tỉnh Quảng Ngãi, 2021), "Trong tuần từ 4 đến 9/8, học sinh các cấp học đến trường …"
# (Tiền Giang, 2014): the week named by its own days, right before them; only when the one
# reading is a window of at most seven days (a longer one is no week, and "tuần" stays a time)
# "định kỳ" (periodically) before a rule that states its own cadence and days: "Trạm Y tế xã
# định kỳ tổ chức tiêm vác xin … vào các ngày 5 và 6 hàng tháng" (Tam An, Đồng Nai;
# p-taman-dongnai-tiem-chung-hang-thang): said once more, the rule's days unchanged. Only when the rule's
# days are numbered in the time part: before a bare "hàng năm" the words between may hold
# the event the day is ("định kỳ vào mỗi dịp Tết Trung thu hàng năm"). Never with a count
# after it ("định kỳ 3 tháng", "định kỳ 6 tháng một lần": a cadence of its own, checked)
# ... nor before another word of a cadence or a report's head ("Báo cáo định kỳ đột xuất:
# chậm nhất vào ngày 20 …", a contradiction: test_deadline_forms_e)
_PERIODICALLY = (
    r"(?<!\w)định\s+kỳ(?!\s*(?:[:(]|(?:\d|một|hai|ba|sáu|nửa|đột\s+xuất|hằng|hàng|mỗi|năm|quý"
    r"|tháng|tuần|ngày)(?!\w)))"
)
_WEEK_OF_ITS_DAYS = r"(?<!\w)(?:trong\s+)?tuần(?=\s*\(?\s*$)"


def _a_week_of_days(readings: list[Found]) -> bool:
    if len(readings) != 1 or readings[0].kind is not DeadlineKind.WINDOW:
        return False
    first, last = readings[0].first, readings[0].last
    return first is not None and last is not None and 0 < (last - first).days <= 6


def _weekend_counted(readings: list[Found]) -> str:
    """`daysoffsplit.WEEKEND_COUNTED` when the one reading is a window of days that holds a
    weekend ("tính cả hai ngày cuối tuần" counts it in the run of days off), else ""."""
    if len(readings) != 1 or readings[0].kind is not DeadlineKind.WINDOW:
        return ""
    return weekend_counted_in(readings[0].first, readings[0].last)


def _half_year_holding(readings: list[Found]) -> str:
    """A pattern of the half of a year named bare in the label (no year after it) that holds
    the one reading: "Nhiệm vụ 6 tháng cuối năm cũng bao gồm xây dựng, ban hành cơ chế …,
    hoàn thành trong tháng 8/2025" (Dân trí, 2025; zg-dantri): the frame of the work, the half
    of the reading's own year; "" when there is no such one reading. A half it falls outside
    ("… 6 tháng đầu năm …, hoàn thành trong tháng 8/2025") stays refused: another time."""
    one = readings[0] if len(readings) == 1 else None
    if one is None or one.kind is DeadlineKind.RECURRING or not (one.first and one.last):
        return ""
    halves = {"đầu" if day.month <= 6 else "cuối" for day in (one.first, one.last)}
    if len(halves) != 1 or one.first.year != one.last.year:
        return ""
    return (
        rf"(?<!\w)(?:6|06|sáu) tháng {halves.pop()} năm"
        r"(?!\s*(?:\d|nay|này|sau|tới|trước|qua|ngoái)(?!\w))"
    )


def _own_period(readings: list[Found], said: str = "") -> str:
    """A pattern of the word naming the one period the one reading recurs by, or ""; and
    "định kỳ" (periodically) when the one reading recurs on days `said` (the time part's
    words) states by their numbers (`_PERIODICALLY`)."""
    if _a_week_of_days(readings):
        return _WEEK_OF_ITS_DAYS
    rules = {one.recurrence.frequency for one in readings if one.recurrence}
    numbered = any(character.isdigit() for character in said)
    periodically = _PERIODICALLY if len(rules) == 1 and len(readings) == 1 and numbered else ""
    word = _PERIOD_WORD.get(rules.pop()) if len(rules) == 1 and len(readings) == 1 else None
    if word is None:
        return periodically
    # ... nor a part of it: "Tổ chức giao ban vào đầu tháng hằng tháng" is due early in each
    # month, not on its last day (fresh40c: "đầu tháng" spared as the rule's own month)
    uncounted = "".join(f"(?<!{count} )" for count in (*_COUNT_WORDS, *_PART_WORDS))
    # the last word of the label, or before "là", "gửi", …: never "quý I", "tháng Giêng",
    # "năm nay", which name one period, not the rule's every one
    # "quyết toán năm trước, gửi Sở Tài chính trước ngày 01 tháng 10 hàng năm" (TP.HCM): the
    # period before the one the day falls in, which the report is on
    return (
        rf"(?<!\w){uncounted}{word}(?:\s+trước)?"
        r"(?=\s*[,:;.]?\s*$|\s*,?\s+(?:là|gửi|nộp|được|phải)\b)"
        # "thực hiện chế độ báo cáo tình hình hoạt động hàng năm cho Bộ Khoa học và Công nghệ
        # trước ngày 15/12 hàng năm" (Bộ KH&CN, 2017): the report named by the rule's own
        # cadence, said once more; never another cadence ("báo cáo hằng quý … hằng năm")
        rf"|(?<!\w)(?:hằng|hàng)\s+{word}(?!\s*(?:\d|[IVX]+\b|nay|sau|tới|trước|này|qua))"
        + (f"|{periodically}" if periodically else "")
    )


def _label(
    match: re.Match[str], given: Input, own_period: str = "", this_year: bool = False
) -> str | None:
    start = match.start()
    if match["lead"]:
        _no_weekday_taken_for_from(given, start, match.end("lead"))
    stated = (match["lead"] or "").startswith("vao")  # "…sớm hơn, vào ngày 25/8"
    ranged = match.re in (RANGE_RULE, DAY_SPAN_RULE) and "tu" in (match["lead"] or "").split()
    spared = "|".join(
        p
        for p in (
            EARLIER_THEN_DAY if stated else "",
            AFTER_EVENT_ON if stated and match.re is DAY_RULE else "",
            AFTER_TET_SPARED if _after_tet_on_its_day(match, given, stated) else "",
            EARLIEST_OF_ALL_ON if stated else EARLIEST_OF_ALL,
            AT_MOST_UNTIL if (match["lead"] or "").startswith("den") else "",
            own_period,
            AFTER_ROUND if ranged else "",
            _THIS_YEAR_SAID if this_year else "",
        )
        if p
    )
    label = read_label(given.source, start, spared)
    if label.text is None:
        return None
    weekday = LAST_WEEKDAY.search(given.prepared[:start])
    on_weekday = False  # "được bầu cử vào ngày Chủ Nhật 23/5/2021": "vào ngày" joins them
    if weekday and match.re is DAY_RULE:  # "Chủ nhật, ngày 15/3/2026": checked, not a label
        _weekday_agrees(match, given, weekday)
        start = weekday.start()
        label = read_label(given.source, start)
        if label.text is None:
            return None
        on_weekday = bool(weekday["on"].strip())
    bare = " ".join((match["lead"] or "").split()) in ("", "ngay") and not on_weekday
    dated = match.re is DAY_RULE
    held = _HELD_ON.search(given.prepared[:start])  # "…, dự kiến tổ chức ngày 10-4"
    # "… được Quốc hội phê duyệt chủ trương đầu tư vào tháng 11/2024": a month or a year too
    told_at = dated or match.re is PERIOD_RULE
    issued_on = told_at and not bare and stated and document_day(given.source, start, stated)
    if issued_on or (dated and bare and not held and document_day(given.source, start)):
        raise Unreadable(  # "đã ký ngày 15/3", "Ngày ban hành: 15/3", "theo chỉ đạo ngày 15/3"
            f"“{label.text} …” là ngày ký, ban hành, đăng, phê duyệt một văn bản (hoặc "
            "của ý kiến chỉ đạo), không phải thời hạn; ghi last_day theo hạn văn bản nêu"
        )
    if (
        (  # "…, dự kiến diễn ra trong 1 ngày, ngày D": held that day (`_HELD_ON`), no dateline
            dated and bare and not held and not label.filler
        )
        and given.prepared[:start].rstrip().endswith(",")
        and not hour_before_its_day(given.source, start)  # "…, từ 0h đến 0h15 ngày 1/1/2026"
    ):
        raise Unreadable(
            f"“{label.text}, ngày …” là dòng nơi và ngày ban hành văn bản, không phải thời "
            "hạn; ghi last_day theo hạn văn bản nêu"
        )
    if (
        dated
        and bare
        and not held
        and not label.filler
        and _signed_at(label.text or "", match, given)
    ):
        raise Unreadable(
            f"“{label.text} ngày …” là dòng nơi và ngày ban hành văn bản (thiếu dấu phẩy), "
            "không phải thời hạn; ghi last_day theo hạn văn bản nêu"
        )
    comma = given.prepared[:start].rstrip().endswith(",")
    dateline = (  # a month or a year after a comma, never a span ("…, giai đoạn 2021-2025")
        match.re is PERIOD_RULE
        and not match["lead"].strip()
        and (_MONTH_OR_YEAR if comma else _MONTH_OF_YEAR).fullmatch(match["when"]) is not None
    )
    if dateline and not label.filler and _signed_at(label.text or "", match, given):
        raise Unreadable(  # "Hà Nội, tháng 3 năm 2027": a report's or a draft's dateline
            f"“{label.text}, tháng …, năm …” là dòng nơi và thời gian ban hành văn bản, không "
            "phải thời hạn; ghi last_day theo hạn văn bản nêu"
        )
    blank = _DAY_LEFT_BLANK.search(given.prepared[:start])
    if blank and match.re is PERIOD_RULE and given.prepared.startswith("thang", start):
        raise Unreadable(  # "Hà Nội, ngày    tháng 3 năm 2027": a draft's signing line
            "“ngày … tháng …” để trống ngày (ngày chưa điền, như dòng ký của một dự thảo): "
            "không phải cả tháng; ghi last_day khi văn bản đã có ngày",
            blank=True,
        )
    named_period = match.re is PERIOD_RULE and bool(NAMED_PERIOD.match(match["when"]))
    named_period = named_period or _part_of_year_borrowed(match, given)
    colon = given.prepared[:start].rstrip().endswith(":")  # "Thi THPT quốc gia 2017: 22,23 …"
    # "làm việc sáng thứ 7 hằng tuần": the part of the day joins, as "sáng ngày 13/10" does
    part = match.groupdict().get("part")
    joined = match["lead"] or on_weekday or colon or given.enclosed or part
    # "trước ít nhất 5 ngày … tính đến ngày …": its "trước" said first (`RELATIVE_BEFORE_RULE`)
    joined = joined or match.groupdict().get("bound_first")
    # "Liên hợp quốc đã chọn ngày Chủ nhật tuần thứ 3 của tháng 11 hằng năm là …": chosen
    joined = joined or chosen_each_year(given.prepared[:start], given.prepared[start:])
    joined = joined or _day_of_the_step(label.text or "", given.prepared[:start])
    joined = joined or _stage_qualified(match, given.prepared[:start])  # "giai đoạn mới 2026-2030"
    joined = joined or (dated and _held_by_its_mode(given.source.text, given.context.header))
    # "… về Ngày Gia đình Việt Nam 28/6/2016": the occasion named before its own day
    joined = joined or (dated and _occasion_before(match, given.prepared))
    joined = joined or (dated and _opened_on(match, given.prepared[:start]))
    if not (joined or label.filler or named_period):
        raise Unreadable(
            f"“{label.text}” đứng trước ngày tháng mà thiếu từ nối "
            "như “trước ngày”, “trong”, “đến hết”"
        )
    if _is_deadline(given.source.part(0, start), given):
        raise Unreadable(f"“{label.text}” cũng là một thời hạn: mỗi mốc chỉ ghi một thời hạn")
    return label.text


def _part_of_year_borrowed(match: re.Match[str], given: Input) -> bool:
    """Whether the time read is a part of a year with no year (`PART_OF_YEAR_UNDATED`: "báo
    cáo tình hình thực hiện nhiệm vụ … 6 tháng đầu năm, nhiệm vụ và giải pháp 6 tháng cuối năm
    2025", zc-baoquangtri) whose year a later part of the phrase wrote (`Input.year_from_plan`
    false): the half-year a work is on, as with its year (`NAMED_PERIOD`), both read
    (convention 10). Never with a thing told done (`news.past_told`: "vừa tổ chức hội nghị sơ
    kết … 6 tháng đầu năm, triển khai …" reviews a past half, which convention 10 drops)."""
    return (
        match.re is PERIOD_RULE
        and not given.year_from_plan
        and PART_OF_YEAR_UNDATED.fullmatch(match["when"].strip()) is not None
        and past_told(given.source.text) is None
    )


def _after_tet_on_its_day(match: re.Match[str], given: Input, stated: bool) -> bool:
    """Whether the words before "vào ngày D" (`stated`) or "là D" (the day said to be it:
    "Ngày đi học đầu tiên sau Tết Nguyên đán Giáp Thìn là 19-2 (10 tháng giêng)", Xổ số Bình
    Định on the 2024 Tết breaks, o-xosobinhdinh-30-tinh-nghi-tet-hoc-sinh-2024) end "sau Tết"
    (`aftertet.AFTER_TET`) and D is a day soon after Tết; such words before another day are
    refused with D's lunar date."""
    said_is = match.re is DAY_RULE and bool(match["day_is"])
    if not (stated or said_is) or match.re is not DAY_RULE:
        return False
    before = given.source.original(0, match.start())
    if not AFTER_TET.search(IS_CLOSING.sub("", before) if said_is else before):
        return False
    day = read_day(match["when"], given.plan_year).last
    if wrong := after_tet_disagreement(day):
        raise Unreadable(wrong)
    return True


def _signed_at(label: str, match: re.Match[str], given: Input) -> bool:
    """A place name alone before a bare day or period that ends the phrase: a signing line
    whose comma a copy lost ("Hà Nội ngày 15 tháng 3 năm 2027"), or a dateline that gives
    the month or the year alone ("Hà Nội, tháng 3 năm 2027"; `signing.is_place_name`)."""
    before = given.prepared[: match.start()].rstrip()  # "TPHCM: Ngày 3/10/2020": a heading
    after = given.prepared[match.end() :].strip(" .")
    return not after and not before.endswith(":") and is_place_name(label)


_MONTH_OR_YEAR = re.compile(r"(?:thang\s+\d{1,2}\s*(?:/|\s+nam\s+)|nam\s+)\d{4}", re.ASCII)
# ... and without its comma, a month only: "Hà Nội tháng 3 năm 2027" (a copy of "Hà Nội, tháng
# 3 năm 2027"), while a place and a year alone is a title ("HÀ NỘI NĂM 2027", "KẾ HOẠCH NĂM
# 2002", read as the year's window by the corpus)
_MONTH_OF_YEAR = re.compile(r"thang\s+\d{1,2}\s*(?:/|\s+nam\s+)\d{4}", re.ASCII)


# "ngày" with its number left blank before a month: "Hà Nội, ngày    tháng 3 năm 2027",
# "Ngày ban hành: … tháng 3 năm 2027" (a draft, its day filled in when it is signed)
_DAY_LEFT_BLANK = re.compile(r"(?<![a-z])ngay[\s.…_]*\Z", re.ASCII)


# "tại kỳ họp thứ nhất dự kiến khai mạc 6/4, Quốc hội sẽ nghe báo cáo …" (VnExpress on the
# sixteenth Quốc hội, 2026): a sitting opened or closed on the day right after its verb, the
# press leaving "ngày" out; only a day written with "/" (a dot or a dash, "khai mạc 6.4",
# may be a number), and only "khai mạc", "bế mạc" (whose object is never a fraction); only
# opening the part or right after the sitting's name, as planned ("dự kiến", "sẽ", "được"):
# "chưa khai mạc 6/4", "lùi khai mạc 6/4", "có thể khai mạc 6/4" are no days it opens (fresh45)
_OPENED_ON = re.compile(
    r"(?:\A\W*|(?<![a-z])(?:du\s+kien(?:\s+se)?|se(?:\s+duoc)?|duoc|va"
    r"|ky\s+hop|hoi\s+nghi|dai\s+hoi|phien\s+hop)\s+)(?:khai|be)\s+mac\s*\Z",
    re.ASCII,
)


def _opened_on(match: re.Match[str], before: str) -> bool:
    """Whether the day `match` reads (`DAY_RULE`, no "ngày" nor any lead) follows "khai
    mạc" or "bế mạc" in the folded words `before` it, written with "/" (`_OPENED_ON`)."""
    bare = not (match["lead"] or "").strip() and "/" in match["when"]
    return bare and _OPENED_ON.search(before) is not None


# an event's verb right before a bare day: the day it is held, whatever document convened it
# ("Thường trực HĐND tỉnh đã ban hành quyết định triệu tập kỳ họp thứ 13 …, dự kiến tổ chức
# ngày 10-4": Báo An Giang, 2020); a document's date follows the document ("Quyết định số …
# ngày …", "ban hành ngày …")
# ... also after the count of its days, blanked once it agrees (`_days_counted`), and its
# comma: "kỳ họp thứ 5 … HĐND phường khóa I, nhiệm kỳ 2021 – 2026, dự kiến diễn ra trong 1
# ngày, ngày 20/12/2025, tại Trung tâm văn hóa phường Nhị Chiểu" (Thường trực HĐND phường Nhị
# Chiểu, Hải Phòng, 2025; x-nhichieu-hai-phong-thuong-truc-hdnd-thang-10-2025): the day it
# is held, no signing line
# ... and a day off told with its count of days, blanked once it agrees: "được bố trí nghỉ tết
# Dương lịch 01 ngày, ngày 01/01/2026 (thứ Năm)" (UBND xã Văn Khánh, An Giang, 2025; o-an-
# giang-van-khanh-tb-nghi-tet-duong-lich-2026), "Nghỉ Giỗ Tổ Hùng Vương: 01 ngày – ngày
# 25/4/2018" (MG Mỹ Chánh Tây, 2018; zt-pgddtphumy): the holiday's name, capitalised, is no
# place of signing
_HELD_ON = re.compile(
    # (the count's place kept as blanks: "trong , ngày D" with no count stays a dateline's)
    r"\b(?:to\s+chuc|dien\s+ra|khai\s+mac|be\s+mac)(?:\s+trong(?:\s+vong)?\s{3,},)?\s*\Z"
    r"|^\W*(?:duoc\s+(?:bo\s+tri\s+)?)?nghi\s+[a-z ]{2,40}?:?\s{4,}[,–-]\s*\Z",
    re.ASCII,
)


# weekdays right before a span or a list of days: "thứ Bảy và Chủ nhật, ngày 13-14/3/2027"
_WEEKDAYS_LAST = re.compile(
    r"(?<![a-z])(?<!lan )(?<!khoa )(?<!hop )(?<!dot )(?<!hoi )(?<!ky )"  # "lần thứ Hai"
    r"(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\b[\s,;-]*(?:(?:va|den)\s+)?)+\Z",
    re.ASCII,
)


_A_DAY_NEXT = re.compile(r"[\s(]*(?:(?:tu|vao|trong|cac)\s+)*(?:ngay\s+)?\d", re.ASCII)


def _weekdays_before_days(before: str, rest: str, readings: list[Found]) -> None:
    """The weekdays named right before a span or a list of days are its days' weekdays: one
    names the first day, two the first and the last of a span, or each listed day in turn.
    "thứ Bảy và Chủ nhật, ngày 14-15/3/2027" (a Sunday and a Monday) was read as 14–15/3:
    one of the two is a typo, and the days may be a day off; refused."""
    said = _WEEKDAYS_LAST.search(before)
    if said is None or not _A_DAY_NEXT.match(rest):
        return
    named = [weekday_number(one) for one in WEEKDAY.finditer(said.group())]
    if len(readings) == 1:
        one = readings[0]
        days = [one.first, one.last] if len(named) > 1 else [one.first]
    else:
        days = [one.first for one in readings]
    if len(named) > len(days) or None in days:
        raise Unreadable(
            "các thứ trong tuần trước ngày tháng không đi với các ngày đọc được; ghi last_day (và "
            "first_day) theo văn bản"
        )
    for day, weekday in zip(days, named, strict=False):
        assert day is not None
        if day.weekday() != weekday:
            raise Unreadable(
                f"ngày {show(day)} là {WEEKDAYS[day.weekday()]}, không phải {WEEKDAYS[weekday]}; "
                f"{FIXED_WAY_OUT}"
            )


def _weekday_agrees(match: re.Match[str], given: Input, weekday: re.Match[str]) -> None:
    day = read_day(match["when"], given.plan_year).last
    named = weekday_number(weekday)
    if day.weekday() != named:
        raise Unreadable(
            f"ngày {show(day)} là {WEEKDAYS[day.weekday()]}, không phải {WEEKDAYS[named]}; "
            f"{FIXED_WAY_OUT}"
        )


def _is_deadline(source: Source, given: Input) -> bool:
    """Whether `source` alone reads as a deadline: two in one phrase are refused."""
    found = _first_reading(source.prepared)
    if found is None or source.prepared[: found[0].start()].strip(" .,;:-"):
        return False
    match, build = found
    try:
        build(match, given._replace(source=source))
    except Unreadable:
        return False
    return True


# A blank left to fill where a day or a month goes: "…", "...", "…/…/2026", "15/…/2026",
# "ngày … tháng … năm 2026" — a template or a draft whose day was never written in.
_BLANK = re.compile(r"…|\.{2,}")
_BLANK_DAY = re.compile(
    r"(?<![a-z])(?:ngay|thang)[\s_]*(?:…|\.{2,})|(?:…|\.{2,})[\s_]*/|/[\s_]*(?:…|\.{2,})", re.ASCII
)
LEFT_TO_FILL = (
    "“…” là chỗ để trống chưa điền ngày (như trong mẫu hay bản dự thảo), không phải thời hạn; "
    f"khi văn bản đã có ngày, {WRITE_THE_DAYS}; nếu văn bản không nêu hạn, ghi "
    "“Không nêu thời hạn”"
)


def _unread(given: Input) -> Unreadable:
    """The refusal of a phrase no rule reads, saying why as nearly as its words tell."""
    if EACH_REPORTS_PERIOD.search(given.prepared):
        return Unreadable(
            "“tháng cuối kỳ báo cáo”: kỳ báo cáo (tháng, quý, 6 tháng, năm) là của từng báo cáo, "
            "cụm từ không nêu kỳ nào; ghi kèm kỳ, như “Báo cáo định kỳ hằng quý: chậm nhất vào "
            "ngày 25 của tháng cuối quý”, hoặc ghi last_day"
        )
    if DOCUMENT_NUMBER.search(given.prepared):
        return Unreadable("đây là số hiệu văn bản (như 42/2014/QĐ-TTg), không phải thời hạn")
    if day := DAY_THEN_WORDS.search(given.prepared):
        end = past_its_close(given.prepared, day.end())  # a span's end is no word after it
        if not given.source.original(end, len(given.prepared)).strip(" .,;:)"):
            end = day.end()  # nothing after the close but what the asides took: as before
        rest = given.source.original(end, len(given.prepared)).strip(
            " ,;:" if end > day.end() else None
        )
        # what failed: the words after the day, or the time part before it (`why_unread`)
        why = why_unread(
            given.source.original(0, len(given.prepared)),
            given.source.original(0, end),
            rest,
            closed=end > day.end(),
        )
        return Unreadable(f"sau ngày tháng còn chữ không hiểu: “{rest}”{why}", kind=Refusal.UNSAID)
    if _BLANK_DAY.search(given.prepared):
        return Unreadable(LEFT_TO_FILL, blank=True)
    # "truyền hình trực tiếp phiên làm việc ngày 07 và phiên làm việc ngày 09 của Kỳ họp" (Gia
    # Lai TV on the HĐND's ninth session, 2022): days whose month the sentence never says
    monthless = None if _A_MONTH.search(given.prepared) else _A_DAY.search(given.prepared)
    said = f": “{given.source.said(*monthless.span())}” không ghi tháng nào" if monthless else ""
    # "Lịch thi đợt 1 diễn ra vào ngày 5.4, thí sinh đăng ký dự thi từ ngày 24.1 đến 23.2.": the
    # days standing apart, named (issue 11 §1: which step is due on which stays the clerk's)
    said = said or several_days_said(given.source.original(0, len(given.prepared)))
    # "lấy ý kiến Nhân dân trong 10 ngày làm việc": how long the consultation lasts
    said = said or event_length_said(given.source.original(0, len(given.prepared)))
    # "+ Chiều thứ 2 chiều thứ 5: Từ lúc 13h30’ bắt đầu thu gom …": each week or one week?
    said = said or weekdays_alone_said(given.source.original(0, len(given.prepared)))
    return Unreadable(
        f"không nhận ra thời hạn{said}; nếu văn bản có hạn, {WRITE_THE_DAYS}; nếu không có, ghi "
        "“Không nêu thời hạn”",
        kind=Refusal.UNSAID,
    )


# A day after "ngày" with no month after it, in a phrase that writes no month at all (no
# "tháng", no day-month with "/", "." or "-"): which month it is falls outside the phrase
_A_MONTH = re.compile(r"\d\s*[/.-]\s*\d|\bthang\b", re.ASCII)
_A_DAY = re.compile(r"(?<![a-z])ngay\s+\d{1,2}(?![\d%])", re.ASCII)


def _unknown(_match: re.Match[str], _given: Input) -> Found:
    return Found(DeadlineKind.UNKNOWN, "văn bản nêu rõ không có thời hạn")


_RULES: tuple[tuple[re.Pattern[str], _Builder], ...] = (
    (START_END_RULE, build_start_end),
    (THAT_IS_RULE, build_that_is),
    (HALF_DAY_RULE, build_half_day),
    (DATED_GROUPS_RULE, build_dated_groups),
    (DAY_GROUPS_RULE, build_day_groups),
    (DAY_AND_NEXT_RULE, build_day_and_next),
    (DATES_LIST_RULE, build_dates_list),
    (DATA_PERIOD_RULE, build_data_period),
    (YEARLY_DATA_PERIOD_RULE, build_yearly_data_period),
    (TWO_CADENCES_RULE, build_two_cadences),
    (REPORT_DAY_RULE, build_report_day),
    (MONTH_AFTER_YEAR_END_RULE, build_month_after_year_end),
    (IN_FORCE_RULE, build_in_force),
    (DAY_SPAN_RULE, build_day_span),
    (DAY_LIST_RULE, build_day_list),
    (AFTER_EVENT_EACH_YEAR_RULE, build_after_event_each_year),
    (AFTER_EVENT_UNTIL_RULE, build_after_event_until),
    (WORK_LENGTH_RULE, build_work_length),
    (RELATIVE_RULE, build_relative),
    (NEXT_DAY_RULE, build_relative),
    (RELATIVE_BOUND_FIRST_RULE, build_relative),
    (COMING_RULE, build_coming),
    (RELATIVE_BEFORE_RULE, build_relative),
    (RELATIVE_AFTER_COUNT_RULE, build_relative),
    (UNKNOWN_RULE, _unknown),
    (ONGOING_RULE, build_ongoing),
    (WEEKDAY_EVERY_WEEK_RULE, build_weekday_every_week),
    (NTH_WEEKDAY_RULE, build_nth_weekday),
    (WEEKDAYS_RULE, build_weekdays),
    (WEEKDAY_SPAN_RULE, build_weekday_span),
    (DAILY_RULE, build_daily),
    (EVERY_COUNT_RULE, build_every_count),
    (MONTHLY_WINDOW_RULE, build_monthly_window),
    (YEARLY_WINDOW_RULE, build_yearly_window),
    (DAYS_EVERY_RULE, build_days_every),
    (YEAR_MONTHS_RULE, build_year_months),
    (EVERY_FIRST_RULE, build_recurring),
    (EVERY_LAST_RULE, build_recurring),
    (YEAR_OF_SPAN_RULE, build_year_of_span),
    (RANGE_RULE, build_range),
    (PERIOD_RULE, build_period),
    (DAY_RULE, build_day),
)
