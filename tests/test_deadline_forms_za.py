"""Forms tuned on the za- set (branch tune-za): its misreads refused (a letter's own day told
with its issuing, options of time still weighed, a plan given up, a figure reached as of a
day, a work told as begun), then its refusals grouped by cause. Each rule with the real
phrases that motivated it (their corpus file named) and the look-alikes that must stay read
or refused otherwise (the first rule: never a silent wrong date)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


# --- a letter's own day, told with its issuing -------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # za-baophutho-cv-1539-quoc-tang-2025.yaml (read as due 03/04/2025 before)
        "UBND tỉnh vừa có văn bản hỏa tốc số 1539/UBND-KGVX tối 3/4/2025 về việc thực hiện"
        " Thông cáo đặc biệt của Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
        # the family: without its number, a kind named, another part of the day
        "UBND tỉnh vừa có văn bản hỏa tốc tối 3/4/2025 về việc thực hiện Thông cáo đặc biệt",
        "Sở Giáo dục và Đào tạo vừa ban hành Kế hoạch ngày 3/4/2025 về tổ chức Ngày hội",
        "UBND tỉnh vừa có Công văn khẩn số 15/UBND-VX chiều 3/4/2025 về việc phòng chống bão",
    ],
)
def test_a_letters_own_day_told_with_its_issuing_is_refused(phrase: str) -> None:
    assert "ban hành, ký, gửi một văn bản" in refused(phrase, ctx("2025-04-03"))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # the letter sets a deadline with its own word: that one is read
        (
            "Sở vừa có văn bản số 12/SGD-VP ngày 3/4/2025 yêu cầu các trường báo cáo trước"
            " ngày 10/4/2025",
            "2025-04-10",
        ),
        ("UBND tỉnh vừa có văn bản yêu cầu các sở hoàn thành trước ngày 15/4/2025", "2025-04-15"),
        # "tới" (until) folds as "tối" (evening) does: no part of a day
        ("UBND tỉnh đã có văn bản tới ngày 30/4/2025", "2025-04-30"),
    ],
)
def test_a_deadline_the_letter_sets_still_reads(phrase: str, last: str) -> None:
    assert read_days(phrase, "2025-04-03") == (D, last, last)


# --- options of time still weighed -----------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # za-dantri-lich-thi-lop-10-2026.yaml (read as two windows before)
        "Sở GD&ĐT TPHCM cân nhắc giữa 2 phương án cuối tháng 5 và cuối tháng 6.",
        "Sở đang cân nhắc hai phương án tổ chức thi vào tháng 5/2026 và tháng 6/2026",
        "Ban tổ chức đưa ra giữa 2 phương án: ngày 2/6/2026 và ngày 9/6/2026",
    ],
)
def test_options_of_time_still_weighed_are_refused(phrase: str) -> None:
    assert "còn đang cân nhắc" in refused(phrase, ctx("2026-03-03"))


@pytest.mark.parametrize(
    "phrase",
    [
        # a task that drafts options by a day, as the corpus's plans set them
        "xây dựng 2 phương án tổ chức thi, hoàn thành trước ngày 30/6",
        # a choice due by a day
        "Sở lựa chọn giữa 2 phương án trước ngày 30/6",
    ],
)
def test_options_drafted_or_chosen_by_a_day_still_read(phrase: str) -> None:
    assert read_days(phrase, "2026-03-03") == (D, "2026-06-30", "2026-06-30")


# --- a plan given up -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # za-kenh14-lich-thi-lop-10-2026.yaml (read as a window 21-30/06/2026 before)
        "Sở này từng dự kiến tổ chức thi vào cuối tháng 6",
        "Sở từng lên kế hoạch tổ chức thi ngày 2/6/2026",
        "Kỳ thi từng được dự kiến vào tháng 6/2026",
    ],
)
def test_a_plan_given_up_is_refused(phrase: str) -> None:
    assert "kế hoạch trước đây" in refused(phrase, ctx("2026-03-02"))


def test_each_one_of_a_list_is_no_former_plan() -> None:
    # "từng" before a noun is "each"
    assert read_days("rà soát từng dự án trước ngày 30/6/2026") == (D, "2026-06-30", "2026-06-30")


# --- a figure reached as of a day ------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # za-vietmy-tb-733-vpcp-ket-luan-quang-ninh-2025.yaml (TB 733/TB-VPCP of 30/12/2025;
        # read as due 18/12/2025 before): compared, and before the issue day
        (
            "Đến ngày 18/12/2025, giải ngân vốn đầu tư công đạt 68,3% (cao hơn bình quân"
            " chung cả nước).",
            "2025-12-30",
        ),
        # compared, the document's day unknown
        (
            "Đến ngày 18/12/2025, giải ngân vốn đầu tư công đạt 68,3% (cao hơn bình quân"
            " chung cả nước).",
            None,
        ),
        # before the issue day, no comparison
        ("Đến ngày 18/12/2025, giải ngân vốn đầu tư công đạt 68,3%.", "2025-12-30"),
        ("Đến hết ngày 30/11/2025, tỷ lệ giải ngân đạt gần 60%", "2025-12-05"),
    ],
)
def test_a_figure_reached_as_of_a_day_is_refused(phrase: str, issued: str | None) -> None:
    assert "kết quả đạt được tính đến ngày đó" in refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    "phrase",
    [
        # a plan's target for a day to come
        "Đến ngày 31/12/2025, giải ngân vốn đầu tư công đạt 100%.",
        "Đến ngày 31/12/2025, phấn đấu giải ngân đạt 100%.",
    ],
)
def test_a_target_for_a_day_to_come_still_reads(phrase: str) -> None:
    assert read_days(phrase, "2025-12-01") == (D, "2025-12-31", "2025-12-31")


@given(day=st.integers(1, 28), month=st.integers(1, 12), share=st.integers(1, 99))
def test_no_figure_before_its_document_is_a_deadline(day: int, month: int, share: int) -> None:
    # whatever the day before the issue day (the last of the year) and the share reached
    phrase = f"Đến ngày {day}/{month}/2025, giải ngân vốn đầu tư công đạt {share}%"
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, ctx("2025-12-31"))


# --- a work told as begun --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # za-huengaynay-nghi-hoc-3-11-tranh-lu-2025.yaml (read as a start bound before)
        ("Nước rút, một số trường đã dọn dẹp vệ sinh từ ngày 30/10", "2025-10-30"),
        # z-baonghean-lich-tuu-truong-34-tinh-2025-2026.yaml (set z-, the same rule)
        ("Tuyên Quang: Học sinh lớp 1, 9 và 12 đã tựu trường từ 18/8/2025", "2025-08-20"),
    ],
)
def test_a_work_told_as_begun_is_refused(phrase: str, issued: str) -> None:
    assert "đã bắt đầu từ ngày đó" in refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "issued", "earliest"),
    [
        # a decision about days to come: the start is kept
        ("Sở đã quyết định cho học sinh nghỉ học từ ngày 3/11", "2025-10-30", "2025-11-03"),
        # a state in force since the day
        (
            "Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua và có hiệu lực từ ngày"
            " 11/7/2016",
            "2016-07-01",
            "2016-07-11",
        ),
    ],
)
def test_a_start_decided_or_in_force_still_reads(phrase: str, issued: str, earliest: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert reading.last is None and str(reading.earliest) == earliest
