"""Session 54, family D (famd54): the long tail of refused corpus phrases, each form with
the neighbours that must stay refused."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, last_days, read_days, refused

# the page's date of Thanh Niên's TP.HCM admissions timeline (u-thanhnien-hcm-moc-tuyen-sinh-
# dau-cap-2026-2027)
_ADMISSIONS = "2026-01-12"
_SENT_DOWN = (
    "Từ ngày 15.1 đến ngày 2.2, UBND phường, xã, đặc khu căn cứ kế hoạch phân công nhiệm vụ "
    "cho các thành viên chịu trách nhiệm, tập huấn các đơn vị và ban hành văn bản hướng dẫn "
    "triển khai đến các cơ sở giáo dục mầm non, phổ thông trên địa bàn quản lý"
)


def test_a_guidance_sent_down_to_the_schools_reads_its_window() -> None:
    # "đến các cơ sở giáo dục": who receives the guidance, no "đến" (until) of a time; it
    # was refused as a word of time in the step
    assert read_days(_SENT_DOWN, _ADMISSIONS) == ("window", "2026-01-15", "2026-02-02")


@pytest.mark.parametrize("body", ["các đơn vị", "các trường", "các địa phương"])
def test_a_step_sent_down_to_a_body_reads_its_window(body: str) -> None:
    phrase = f"Từ ngày 15.1 đến ngày 2.2, UBND phường gửi văn bản hướng dẫn đến {body}"
    assert read_days(phrase, _ADMISSIONS) == ("window", "2026-01-15", "2026-02-02")


@pytest.mark.parametrize(
    "after",
    [
        "đến các cơ sở giáo dục trước ngày 10/2",  # a second day: whose deadline?
        "đến các cơ sở giáo dục nếu có yêu cầu",  # a condition
        "đến các đơn vị năm sau",  # another year
        "đến các ngày 20/1",  # "đến" before days: a time, no body
    ],
)
def test_a_step_sent_down_with_another_time_or_a_condition_is_refused(after: str) -> None:
    refused(
        f"Từ ngày 15.1 đến ngày 2.2, UBND phường ban hành văn bản hướng dẫn {after}",
        ctx(_ADMISSIONS),
    )


@pytest.mark.parametrize(
    "step",
    [
        "UBND phường chưa ban hành văn bản hướng dẫn triển khai đến các cơ sở giáo dục",
        "UBND phường đã ban hành văn bản hướng dẫn triển khai đến các cơ sở giáo dục",
    ],
)
def test_a_step_sent_down_denied_or_told_done_is_refused(step: str) -> None:
    refused(f"Từ ngày 15.1 đến ngày 2.2, {step}", ctx(_ADMISSIONS))


# Báo Hải Dương, 01/2022, the Sở NN&PTNT's advice for the spring crop (zb-baohaiduong-khong-
# gieo-ma-xuan-muon-truoc-31-1-2022)
_SPRING_ADVICE = "2022-01-28"


def test_the_late_spring_crop_named_before_its_days_reads_both_windows() -> None:
    # "trà xuân muộn" is the late spring batch of rice, no "muộn" (late) of a time
    phrase = (
        "Nông dân nên gieo trà xuân muộn từ ngày 1 - 10.2, gieo mạ non trên nền đất cứng, mạ "
        "sân, mạ khay cấy máy hoặc gieo thẳng từ ngày 10 - 20.2"
    )
    assert last_days(phrase, _SPRING_ADVICE) == (date(2022, 2, 10), date(2022, 2, 20))


@pytest.mark.parametrize("batch", ["trà xuân muộn", "trà mùa sớm", "trà xuân sớm"])
def test_a_seasons_batch_reads_its_window(batch: str) -> None:
    phrase = f"Nông dân gieo {batch} từ ngày 1 - 10.2"
    assert read_days(phrase, _SPRING_ADVICE) == ("window", "2022-02-01", "2022-02-10")


@pytest.mark.parametrize(
    "phrase",
    [
        "gieo trà xuân muộn hơn từ ngày 1 - 10.2",  # later than what?
        "gieo trà muộn hơn từ ngày 1 - 10.2",
        "gieo trà xuân muộn nếu trời rét từ ngày 1 - 10.2",  # a condition
        "đã gieo trà xuân muộn từ ngày 1 - 10.2",  # told done
        "gieo tra xuan muon tu ngay 1 - 10.2",  # no marks: "muon" may be "muộn" of a time
        "không gieo mạ trà xuân muộn qua đông trước ngày 31.1",  # not before: no deadline
    ],
)
def test_a_batch_later_than_something_conditional_done_or_denied_is_refused(phrase: str) -> None:
    refused(phrase, ctx(_SPRING_ADVICE))


def test_an_extension_with_the_schedule_it_replaced_told_before_reads_the_new_day() -> None:
    # VOV, 2021 (ze-vov2-dieu-chinh-so-tuyen-truong-quan-doi-2021): the parentheses tell the
    # old schedule, begun and planned before the extension; the day outside is the deadline
    phrase = (
        "Thời gian sơ tuyển kéo dài đến ngày 15/5/2021, (Trước đó công tác sơ tuyển vào các học "
        "viện, trường Quân đội đã được bắt đầu từ ngày 01/3/2021, dự kiến kết thúc vào "
        "25/4/2021)"
    )
    assert read_days(phrase) == ("date", "2021-05-15", "2021-05-15")


@pytest.mark.parametrize(
    "aside",
    [
        "Trước đó 3 ngày đã tổng duyệt",  # three days before that: a time of its own
        "trước đó 2 ngày, các trường đã nộp danh sách",
        "Trước đó dự kiến kết thúc vào 25/4/2021",  # nothing told done: a plan still?
        "Trước đó, các trường đã nộp danh sách, phải xét duyệt trước ngày 20/5/2021",  # a duty
        "Trước đó đa số trường dự kiến kết thúc vào 25/4/2021",  # "đa số" (most): no "đã"
    ],
)
def test_a_before_that_aside_with_a_time_a_duty_or_nothing_done_is_refused(aside: str) -> None:
    refused(f"Hạn nộp hồ sơ kéo dài đến ngày 15/5/2021 ({aside})")


@pytest.mark.parametrize(
    "phrase",
    [
        "Hạn nộp hồ sơ không kéo dài đến ngày 15/5/2021 (Trước đó các trường đã nộp danh "
        "sách ngày 10/5/2021)",
        "Nếu cần, hạn nộp hồ sơ kéo dài đến ngày 15/5/2021 (Trước đó các trường đã nộp danh "
        "sách ngày 10/5/2021)",
    ],
)
def test_a_denied_or_conditional_extension_with_a_before_that_aside_is_refused(
    phrase: str,
) -> None:
    refused(phrase)
