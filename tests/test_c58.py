"""Helper c58 (session 58): phrases of the corpus's "không nhận ra thời hạn" family.

The effect the press tells after a time part, opened by "khiến" (causing): "Năm nay, chính
quyền thông báo cấm bắt cá từ đầu tháng 6 đến cuối tháng 8 khiến nhiều người không có thu
nhập" (Báo Tin tức, 25/8/2017, on An Giang's ban on fishing young cá linh; tests/corpus/
zp-baotintuc-an-giang-cam-khai-thac-ca-linh-non-2017.yaml) was refused for the "không" of
the effect, a negation read as if it bore on the ban. The effect moves none of the ban's
days; it is kept beside them as the gloss (`asides._CONSEQUENCE`). Whatever in the effect
could move or give up the days stays refused: a number or a word of time, a condition, a
pause or a work called off, a second clause.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind

BAN = "cấm bắt cá từ đầu tháng 6 đến cuối tháng 8"
ISSUED = "2017-05-20"  # before the ban: a page of 25/08/2017 is the corpus's, read below


def test_the_corpus_line_reads_as_the_ban_s_window() -> None:
    phrase = (
        "Năm nay, chính quyền thông báo cấm bắt cá từ đầu tháng 6 đến cuối tháng 8 khiến "
        "nhiều người không có thu nhập"
    )
    assert read_days(phrase, "2017-08-25") == (DeadlineKind.WINDOW, "2017-06-01", "2017-08-31")
    assert "khiến nhiều người không có thu nhập" in (one(phrase, ctx("2017-08-25")).gloss or "")


@pytest.mark.parametrize(
    "phrase",
    [
        f"{BAN} khiến nhiều người không có thu nhập",
        f"{BAN}, khiến nhiều người không có thu nhập",
        f"{BAN} khiến ngư dân gặp khó khăn",
    ],
)
def test_an_effect_after_the_window_leaves_its_days(phrase: str) -> None:
    assert read_days(phrase, ISSUED) == (DeadlineKind.WINDOW, "2017-06-01", "2017-08-31")


@pytest.mark.parametrize(
    "phrase",
    [
        # the effect calls off, pauses or moves a work: maybe the ban's own
        f"{BAN} khiến lễ hội phải hủy",
        f"{BAN} khiến lễ hội phải hoãn",
        f"{BAN} khiến lễ hội phải dời lại",
        f"{BAN} khiến lễ hội phải tạm dừng",
        f"{BAN} khiến kế hoạch bị hủy bỏ",
        f"{BAN} khiến việc đánh bắt phải ngừng",
        f"{BAN} khiến học sinh không được nghỉ học",
        f"{BAN} khiến việc nộp hồ sơ lùi sang tháng sau",
        f"{BAN} khiến việc cấp phép phải chờ đến tháng 12",
        f"{BAN} khiến việc cấp phép chậm lại",
        # ... a time, a number or a cadence of its own
        f"{BAN} khiến thời hạn nộp thuế kéo dài đến 30/9",
        f"{BAN} khiến nhiều người không có thu nhập trong 3 tháng",
        f"{BAN} khiến nhiều người không có thu nhập hằng năm",
        f"{BAN} khiến nhiều người không có thu nhập mỗi tuần",
        f"{BAN} khiến nhiều người không có thu nhập từ nghề cá",
        f"{BAN} khiến nhiều người không có thu nhập cho đến khi có lệnh mới",
        # ... a condition, an exception, another way, a second clause
        f"{BAN} khiến nhiều người không có thu nhập nếu không được hỗ trợ",
        f"{BAN} khiến nhiều người không có thu nhập (trừ ngư dân ven biển)",
        f"{BAN} khiến nhiều người không có thu nhập hoặc phải chuyển nghề",
        f"{BAN} khiến nhiều người không có thu nhập, sẽ kéo dài thêm 1 tháng",
        # the effect negated before "khiến": no consequence note at all
        f"{BAN} không khiến ai mất thu nhập",
        # the ban told done, the weather told
        "Đợt cấm đã diễn ra từ đầu tháng 6 đến cuối tháng 8 khiến nhiều người không có thu nhập",
        "Nắng nóng kéo dài đến hết ngày 25/5 khiến nhiều người không ra đường",
    ],
)
def test_an_effect_that_may_move_or_give_up_the_days_is_refused(phrase: str) -> None:
    refused(phrase, ctx(ISSUED))


def test_the_effect_reads_no_year_the_page_does_not_give() -> None:
    phrase = f"{BAN} khiến nhiều người không có thu nhập"
    assert "đã qua" in refused(phrase, ctx("2017-09-10"))  # the ban over: no year said
    assert "không ghi năm" in refused(phrase)  # no issue day: which year?
