"""A start alone after "Theo kế hoạch (của …)," (issue 11 §1, branch mid37, session 37): the
plan named as the source, then the day the work starts from, reads as that start bound
(`earliest`), no deadline (the lead's session-32 ruling: "a start alone is a start bound, not
a deadline"). Anything else after the same lead-in keeps its old reading or refusal."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused

SON_LA = (
    "Theo kế hoạch của UBND, học sinh trên địa bàn tỉnh Sơn La sẽ bắt đầu tựu trường từ ngày 16/8"
)


def test_a_start_alone_after_the_plan_named_is_a_start_bound() -> None:
    # l-son-la-tuu-truong-2021-2022.yaml (issued 16/8/2021)
    reading = one(SON_LA, ctx("2021-08-16"))
    assert reading.earliest == date(2021, 8, 16)
    assert reading.first is None and reading.last is None  # nothing counts lateness from it
    assert "mốc bắt đầu" in reading.reading


def test_the_start_keeps_the_step_it_names() -> None:
    # l-son-la-tuu-truong-2021-2022.yaml: the step is what the plan sets, not its source
    assert one(SON_LA, ctx("2021-08-16")).label == (
        "học sinh trên địa bàn tỉnh Sơn La sẽ bắt đầu tựu trường"
    )


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # refusal neighbours: an old plan's time (convention 2), a plan of another year, a
        # start told done, and a deadline (not a start) after the plan named
        ("Theo kế hoạch ban đầu của tỉnh, học sinh sẽ bắt đầu tựu trường từ ngày 16/8", "ban đầu"),
        ("Theo kế hoạch của tỉnh năm 2020, học sinh sẽ bắt đầu tựu trường từ ngày 16/8", ""),
        ("Theo kế hoạch của UBND, học sinh đã bắt đầu tựu trường từ ngày 16/8", ""),
        ("theo kế hoạch của tỉnh, trước ngày 15/12/2027", "theo"),
    ],
)
def test_other_phrases_after_the_plan_named_stay_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2021-08-16"))


def test_an_issuer_that_tells_an_old_time_is_judged_as_a_label() -> None:
    # refusal neighbour: the issuer's words are judged as any source's ("trước đây": old)
    refused(
        "Theo kế hoạch của tỉnh trước đây, học sinh sẽ bắt đầu tựu trường từ ngày 16/8",
        ctx("2021-08-16"),
    )


# --- an event's year in parentheses after its name (issue 11 §2) --------------------------------

WEEK_2016 = (
    "Tuần lễ Biển và Hải đảo Việt Nam lần thứ 8 (năm 2016) do Bộ Tài nguyên và Môi trường tổ "
    "chức sẽ diễn ra từ ngày 1-8/6, với chủ đề “Vì một hành tinh xanh.”"
)


def test_an_event_year_in_parentheses_gives_the_days_their_year() -> None:
    # v-nguoinamdinh-tuan-le-bien-hai-dao-2016.yaml (the page prints no date)
    reading = one(WEEK_2016, ctx())
    assert (reading.first, reading.last) == (date(2016, 6, 1), date(2016, 6, 8))


def test_an_event_year_in_parentheses_that_disagrees_stays_refused() -> None:
    # refusal neighbour: the year named is not the days' year
    refused("Tuần lễ Biển lần thứ 8 (năm 2016) sẽ diễn ra từ ngày 1-8/6/2017", ctx("2017-03-01"))
