"""Misreads found in the eighth breaker session (issue 11, §1: never a silent wrong date):
each phrase was read as a day, window or rule other than the one a careful reader writes
down, with exit 0 and no warning; each is refused now (or read right), and its neighbours
still read. The list, with the tool's old reading, is in the session's notes
(/work/notes/misreads-breaker5.txt: U1, U2, …)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

PLAN = "2026-12-01"


# U1. The words that cancel "gần/hơn/trên/qua…" were one flat set, so any of them before any
# such word let it pass: "chương trình gần ngày 25/5" (near that day), "nhiều hơn 30 ngày kể từ
# ngày ký" (more than 30 days) read as the day and the count.
@pytest.mark.parametrize(
    "phrase",
    [
        "chương trình gần ngày 25/5/2027",
        "Thực hiện chương trình gần 45 ngày trước ngày bầu cử",
        "nhiều hơn 30 ngày kể từ ngày ký",
        "lâu hơn 30 ngày kể từ ngày ký",
        "ít hơn 30 ngày kể từ ngày ký",
        "cao hơn tháng 3/2027",
        "vừa quá ngày 15/3/2027",
        "thông gần ngày 15/3/2027",
        "quan gần ngày 15/3/2027",
    ],
)
def test_a_comparison_after_another_words_half_is_refused(phrase: str) -> None:
    why = refused(phrase)
    assert "so sánh" in why or "ước lượng" in why


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("báo cáo cấp trên trước ngày 15/3/2027", "báo cáo cấp trên"),
        ("giám sát trước ngày 15/3/2027", "giám sát"),
        ("Thông qua trước ngày 15/3/2027", "Thông qua"),
        ("không muộn hơn ngày 15/3/2027", None),
    ],
)
def test_the_words_of_their_own_still_read(phrase: str, label: str | None) -> None:
    (reading,) = parse_deadlines(phrase, ctx(PLAN))
    assert (reading.kind, str(reading.last), reading.label) == (
        DeadlineKind.DATE,
        "2027-03-15",
        label,
    )


# U2. A hedged day: "có thể trước ngày D" (it may come before then), "tuỳ tình hình, trước ngày
# D" (in some case): no deadline is set; read as due D.
@pytest.mark.parametrize(
    "phrase",
    [
        "có thể trước ngày 15/3/2027",
        "co the truoc ngay 15/3/2027",
        "Kỳ thi có thể sớm trước ngày 15/3/2027",
        "có thể là ngày 15/3/2027",
        "có thể vào tháng 3/2027",
        "có thể chậm nhất ngày 15/3/2027",
        "tuỳ tình hình, trước ngày 15/3/2027",
        "Tùy theo tình hình thực tế, trước ngày 15/3/2027",
        "tùy tình hình, chậm nhất ngày 15/3/2027",
        "tuỳ tình hình, hoàn thành trong tháng 3/2027",
        "tùy điều kiện, đến hết ngày 15/3/2027",
    ],
)
def test_a_hedged_day_is_refused(phrase: str) -> None:
    assert "có thể, hoặc tuỳ tình hình" in refused(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "Các đơn vị có thể đăng ký trước ngày 15/3/2027",  # allowed to, by that day
        "có thể hoàn thành trước ngày 15/3/2027",  # able to finish by then
    ],
)
def test_may_with_its_verb_still_reads(phrase: str) -> None:
    assert read_days(phrase, PLAN) == (DeadlineKind.DATE, "2027-03-15", "2027-03-15")
