"""Session 62, the lead: holes a fresh tester found in the whole merge, mended before landing.

Officials, members and owners named as holders (b62: "Cán bộ mới có thể gia hạn nộp hồ sơ đến
ngày 20/4/2026", the holder's leave, `holderleave`) let three things read that main refused, each
a term's end and no step's deadline: a posting or a regime "carried out" ("Công chức có thể gia
hạn thời gian thực hiện biệt phái đến ngày 20/4/2026"), a contract renewed ("Giáo viên có thể
gia hạn hợp đồng đến ngày 20/4/2026"), and an extension another body may grant ("Cán bộ có thể
được gia hạn nộp hồ sơ …"). Each is refused again as a time that may move (the first rule:
never a silent wrong date); the older holders keep main's readings (test_b61 pins "Các hộ có
thể gia hạn hợp đồng thuê đất đến năm 2030").

The guard on results told (e62, `resulttold`: "công bố kết quả vào ngày 6-6 với 95% đỗ" is a
past publication) took a rate that must still be reached for one ("Công bố kết quả thi trước
ngày 15/7/2026, tỷ lệ đỗ phải đạt trên 95%", read on main): a rate asked, reported or owed is a
goal, and the deadline reads again.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused

MARCH = "2026-03-01"

# a term's end, an official's contract, a grant from above: refused as on main
TERM_OR_GRANT = [
    "Công chức có thể gia hạn thời gian thực hiện biệt phái đến ngày 20/4/2026",
    "Viên chức có thể gia hạn thời gian thực hiện luân chuyển đến ngày 20/4/2026",
    "Cán bộ có thể kéo dài thời gian thực hiện điều động đến ngày 20/4/2026",
    "Cán bộ có thể gia hạn việc thực hiện biệt phái đến ngày 20/4/2026",
    "Giáo viên có thể kéo dài thời gian thực hiện hợp đồng đến ngày 20/4/2026",
    "Chủ tàu có thể gia hạn hợp đồng bảo hiểm đến ngày 20/4/2026",
    "Giáo viên có thể gia hạn hợp đồng đến ngày 20/4/2026",
    "Giáo viên có thể gia hạn hợp đồng lao động đến ngày 20/4/2026",
    "Viên chức có thể gia hạn hợp đồng làm việc đến ngày 20/4/2026",
    "Cán bộ có thể gia hạn hợp đồng đến ngày 20/4/2026",
    "Chủ hộ có thể gia hạn hợp đồng giao khoán đến ngày 20/4/2026",
    "Chủ rừng có thể gia hạn hợp đồng khoán bảo vệ rừng đến ngày 31/12/2030",
    "Cán bộ có thể được gia hạn nộp hồ sơ đến ngày 20/4/2026",
    "Chủ doanh nghiệp có thể được gia hạn nộp thuế đến 30/6/2026",
]


@pytest.mark.parametrize("phrase", TERM_OR_GRANT)
def test_a_term_or_a_grant_to_an_official_is_a_time_that_may_move(phrase: str) -> None:
    assert "có thể được đổi" in refused(phrase)


# the holder's own step, and the older holders' contracts and grants: read as on main
HOLDERS_STEP = [
    ("Cán bộ mới có thể gia hạn nộp hồ sơ đến ngày 20/4/2026", "2026-04-20"),
    ("Người nộp thuế có thể gia hạn nộp thuế đến ngày 30/9/2026", "2026-09-30"),
    ("Doanh nghiệp có thể được gia hạn nộp thuế đến ngày 30/9/2026", "2026-09-30"),
    ("Nhà thầu có thể được gia hạn hợp đồng tối đa đến ngày 30/6/2026", "2026-06-30"),
    ("Các hộ có thể gia hạn hợp đồng thuê đất đến năm 2030", "2030-12-31"),
    ("Đơn vị có thể gia hạn thời gian thực hiện đến ngày 30/6/2026", "2026-06-30"),
    ("Chủ đầu tư có thể gia hạn thời gian thực hiện dự án đến 30/6/2026", "2026-06-30"),
    ("Chủ đầu tư có thể được gia hạn thời gian thực hiện dự án đến 30/6/2026", "2026-06-30"),
]


@pytest.mark.parametrize(("phrase", "day"), HOLDERS_STEP)
def test_the_holders_own_step_still_reads(phrase: str, day: str) -> None:
    assert read_days(phrase, MARCH)[-1] == day


# a rate still to be reached: the publication's deadline reads as on main
GOALS = [
    "Công bố kết quả thi trước ngày 15/7/2026, tỷ lệ đỗ phải đạt trên 95%",
    "Công bố kết quả thi trước ngày 15/7/2026; tỷ lệ đỗ phấn đấu đạt 95%",
    "Công bố kết quả thi trước ngày 15/7/2026, yêu cầu tỷ lệ đỗ trên 95%",
    "Công bố kết quả thi trước ngày 15/7/2026, tỷ lệ đỗ tốt nghiệp cần đạt 95%",
    "Công bố kết quả thi trước ngày 15/7/2026 và báo cáo tỷ lệ đỗ",
]


@pytest.mark.parametrize("phrase", GOALS)
def test_a_rate_to_reach_is_no_result_told(phrase: str) -> None:
    assert read_days(phrase, MARCH)[-1] == "2026-07-15"


# results out with their outcome: still refused as past
TOLD = [
    "công bố kết quả vào ngày 6/6/2026 với 95% đỗ",
    "Công bố kết quả ngày 6/6/2026: tỷ lệ đỗ 95%",
    "Công bố kết quả ngày 6/6/2026: 1.200 thí sinh trúng tuyển",
    "Công bố kết quả ngày 6/6/2026, tỷ lệ đỗ tốt nghiệp đạt 95%",
]


@pytest.mark.parametrize("phrase", TOLD)
def test_results_told_with_their_outcome_stay_refused(phrase: str) -> None:
    assert "kết quả đã có" in refused(phrase)


# A span of days before one month in a text of December is that month's span: "1-2/12" is
# never "1-2" taken for 1 February, which rolled it into the next year (f62's report: "ngày
# 1 - 2/12" of a text of 04/12/2024 read 01-02/12/2025, while "ngày 1/12" read 2024)
DECEMBER = "2024-12-04"
SPANS_OF_DECEMBER = [
    ("ngày 1 - 2/12", ("window", "2024-12-01", "2024-12-02")),
    ("ngày 1-2/12", ("window", "2024-12-01", "2024-12-02")),
    ("ngày 28/11 - 2/12", ("window", "2024-11-28", "2024-12-02")),
    # ... and the early days of January still take the coming year
    ("ngày 1-2/1", ("window", "2025-01-01", "2025-01-02")),
    ("ngày 24-25/1", ("window", "2025-01-24", "2025-01-25")),
    ("ngày 15/1-20/1", ("window", "2025-01-15", "2025-01-20")),
]


@pytest.mark.parametrize(("phrase", "reading"), SPANS_OF_DECEMBER)
def test_a_span_of_days_keeps_its_month_in_a_december_text(
    phrase: str, reading: tuple[str, str, str]
) -> None:
    assert read_days(phrase, DECEMBER) == reading


def test_a_november_span_read_in_december_is_past_not_next_year() -> None:
    assert "đã qua" in refused("ngày 1-2/11", ctx(DECEMBER))
