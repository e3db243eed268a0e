"""Session 51, the lead's fixes of the merge after its tester (fresh51): each new form kept to
the shape it was built for. A day told done cut aside only before a day written in full; a
period set apart ("Riêng …") only before the sending of its report; two periods with whose
work after them never whole years (a year reviewed, convention 10); the school year's reserve
week only in the fortnight before the year's end; a cadence told not done, given up or done
refused; the rest of the year never with a condition or a stop; "liên tục" after a cadence
never told done; list items never pointing back at each other."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, last_days, read_days, refused
from kehoach.dates.deadline import parse_deadlines


@pytest.mark.parametrize(
    "phrase",
    [
        "Kỳ họp đã khai mạc vào ngày 19-12-2025, dự kiến bế mạc trước ngày 5 tháng sau",
        "Dự án đã thông xe kỹ thuật vào ngày 19-12-2025, phấn đấu hoàn thành trước ngày 10 "
        "tháng sau",
        "Dự án đã thông xe kỹ thuật vào ngày 19-12-2025, phấn đấu hoàn thành trước ngày 20 "
        "tháng đầu quý sau",
    ],
)
def test_a_day_told_done_is_cut_only_before_a_day_written_in_full(phrase: str) -> None:
    # famb51's news.cut_done_day read these as every month's (every quarter's) day
    refused(phrase, ctx("2025-12-20"))


def test_the_day_told_done_still_cut_before_a_full_day() -> None:
    # tests/corpus/zb-sggp-bxd-dua-du-an-vao-khai-thac-19-1-2026.yaml
    phrase = (
        "Theo đó, đối với các công trình, dự án đã thông xe kỹ thuật vào ngày 19-12-2025, các "
        "nhà thầu cần huy động tối đa nguồn lực, phấn đấu hoàn thành để đưa vào khai thác sử "
        "dụng trước ngày 19-1-2026"
    )
    assert read_days(phrase, "2025-12-20") == ("date", "2026-01-19", "2026-01-19")


@pytest.mark.parametrize(
    "phrase",
    [
        "Riêng trong quý I năm 2025, hoàn thành trước ngày 05/7/2025",
        "Riêng trong quý I năm 2025, tổ chức hội nghị trước ngày 05/5/2025",
        "Riêng trong quý I năm 2025, nộp thuế trước ngày 05/5/2025",
        "Riêng trong quý I năm 2025, hồ sơ nộp trước ngày 05/5/2025 được ưu tiên",
        "Riêng 6 tháng đầu năm 2025, tổ chức hội nghị trước ngày 15/8/2025",
        "Riêng quý IV năm 2025, tuyển sinh trước ngày 15/1/2026",
    ],
)
def test_a_period_set_apart_names_only_its_report(phrase: str) -> None:
    # famg51's reportperiod._SET_APART took any work set apart as the period's report
    refused(phrase, ctx("2025-03-01"))


@pytest.mark.parametrize("step", ["gửi", "nộp báo cáo", "báo cáo"])
def test_the_report_set_apart_still_reads(step: str) -> None:
    # tests/corpus/g-snv-thua-thien-hue-cv-391-2019-danh-gia-cbccvc.yaml ("gửi")
    phrase = f"Riêng trong quý I năm 2019, {step} trước ngày 05/5/2019"
    assert read_days(phrase, "2019-03-01") == ("date", "2019-05-05", "2019-05-05")


@pytest.mark.parametrize(
    "phrase",
    [
        "Kỳ họp thông qua Báo cáo tình hình hoạt động năm 2025 và chương trình công tác năm "
        "2026 của Thường trực HĐND phường",
        "Báo cáo kết quả thực hiện nhiệm vụ năm 2025 và phương hướng nhiệm vụ năm 2026 của UBND xã",
        "Tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026 của ngành",
        "Hội nghị tổng kết năm 2025 và triển khai nhiệm vụ năm 2026 nhằm đánh giá kết quả",
    ],
)
def test_a_year_reviewed_beside_the_year_to_come_is_not_read_as_both(phrase: str) -> None:
    # famb51's steps._last_clause_s read the year reviewed as a window of work
    refused(phrase, ctx("2025-12-29"))


def test_two_halves_with_whose_work_still_read() -> None:
    # tests/corpus/zk-baobariavungtau-khai-mac-ky-hop-thu-tam-2022.yaml (its page prints no day)
    phrase = (
        "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 6 tháng "
        "đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2022 của tỉnh"
    )
    readings = parse_deadlines(phrase, ctx())
    assert [(str(one.first), str(one.last)) for one in readings] == [
        ("2022-01-01", "2022-06-30"),
        ("2022-07-01", "2022-12-31"),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "Tuần dự phòng bố trí từ 25 đến 29-5-2024, bảo đảm kết thúc năm học trước ngày 31-5-2026",
        "Tuần dự phòng bố trí từ 25 đến 29-12-2025, bảo đảm kết thúc năm học trước ngày 31-5-2026",
        "Tuần dự phòng bố trí từ 25 đến 29-5-2026, bảo đảm kết thúc năm học trước ngày 31-5-2027",
        "Tuần dự phòng bố trí từ 25 đến 29-5-2026, bảo đảm kết thúc năm học trước ngày 31-8-2026",
    ],
)
def test_a_reserve_week_far_from_the_year_s_end_stays_refused(phrase: str) -> None:
    # fama51's reserve week was read whatever its year or month
    refused(phrase, ctx("2025-08-20"))


def test_the_reserve_week_before_the_year_s_end_still_reads() -> None:
    # tests/corpus/p-plo-tay-ninh-nam-hoc-2025-2026.yaml
    phrase = (
        "Tuần dự phòng bố trí từ 25 đến 29-5-2026, bảo đảm kết thúc năm học trước ngày 31-5-2026"
    )
    assert [str(day) for day in last_days(phrase, "2025-08-20")] == ["2026-05-29", "2026-05-31"]


@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo định kỳ 6 tháng và hàng năm không phải gửi",
        "Báo cáo định kỳ 6 tháng và hàng năm thôi gửi",
        "Báo cáo định kỳ 6 tháng và hàng năm không còn gửi",
        "Báo cáo định kỳ 6 tháng và hàng năm không thực hiện",
        "Báo cáo định kỳ 6 tháng và năm không gửi",
        "Báo cáo định kỳ hàng quý không gửi",
        "Báo cáo định kỳ hàng quý và hàng năm đã gửi",
        "Báo cáo định kỳ hàng quý chưa gửi",
    ],
)
def test_a_cadence_told_not_done_or_done_is_refused(phrase: str) -> None:
    # on main too for the older forms; the merge added "… và hàng năm"
    assert "định kỳ" in refused(phrase, ctx("2025-03-01"))


@pytest.mark.parametrize(
    "phrase",
    ["Báo cáo định kỳ 6 tháng và hàng năm", "Báo cáo định kỳ hàng quý gửi Sở Tài chính"],
)
def test_a_cadence_to_send_still_reads(phrase: str) -> None:
    readings = parse_deadlines(phrase, ctx("2025-03-01"))
    assert readings and all(one.kind.value == "recurring" for one in readings)


@pytest.mark.parametrize(
    "phrase",
    [
        "Thời gian còn lại của năm, tổ chức kiểm tra (nếu có)",
        "Thời gian còn lại của năm, trường hợp được bố trí kinh phí thì tổ chức kiểm tra",
        "Thời gian còn lại của năm, nếu có kinh phí, tổ chức kiểm tra",
        "Thời gian còn lại của năm, tạm dừng tuyển sinh",
        "Thời gian còn lại của năm, cấm tổ chức lễ hội",
    ],
)
def test_the_rest_of_the_year_with_a_condition_or_a_stop_stays_refused(phrase: str) -> None:
    # famd51's restofyear read these as the issue year's rest
    refused(phrase, ctx("2025-03-01"))


def test_the_rest_of_the_year_still_reads() -> None:
    # tests/corpus/zb-baomoi-chi-thi-13-giai-ngan-dau-tu-cong-2025.yaml (its words before)
    phrase = "Thời gian còn lại của năm, tổ chức kiểm tra"
    assert read_days(phrase, "2025-03-01") == ("window", "2025-03-01", "2025-12-31")


@pytest.mark.parametrize(
    "phrase", ["Các xã đã tiêm phòng hằng năm, liên tục", "đã tiêm phòng hằng quý, liên tục"]
)
def test_a_cadence_kept_up_told_done_stays_refused(phrase: str) -> None:
    # fama51's "…, liên tục" after a cadence
    refused(phrase, ctx("2025-03-01"))


def test_list_items_pointing_back_stay_refused() -> None:
    # famd51's listitems read item 2's "10 ngày sau đó" as a count with no anchor
    refused("- Đợt 1: trước ngày 15/4/2025. - Đợt 2: 10 ngày sau đó", ctx("2025-03-01"))


def test_those_not_yet_done_then_their_day_reads() -> None:
    # guardsn51's "chưa" before a day stops at "thì": the CI on the merge (test_guardsk) and
    # the tester's loss
    phrase = "các đơn vị chưa nộp thì nộp ngày 20/5/2023"
    assert read_days(phrase, "2023-05-01") == ("date", "2023-05-20", "2023-05-20")


@pytest.mark.parametrize(
    "phrase",
    [
        "Sở đã ban hành kế hoạch trước ngày 15 tháng 01 năm 2026",
        "Kế hoạch đã được ban hành trước ngày 15/01/2026",
        "Sở đã ban hành kế hoạch chậm nhất ngày 15/01/2026",
        "Sở đã kịp ban hành kế hoạch trước ngày 15/01/2026",
        "Sở đã phát hành kế hoạch trước ngày 15/01/2026",
        "Sở đã ban bố kế hoạch trước ngày 15/01/2026",
        "Sở đã công khai kế hoạch trước ngày 15/01/2026",
        "Sở đã thông báo kế hoạch trước ngày 15/01/2026",
    ],
)
def test_a_document_told_issued_before_its_day_is_refused(phrase: str) -> None:
    # the tester's holes in guardsn51's told-issued guard (read as due 15/01/2026 on main)
    assert "đã" in refused(phrase, ctx("2025-12-01"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Sở đã ban hành kế hoạch, yêu cầu các đơn vị báo cáo trước ngày 15/01/2026",
        "Sở đã thông báo các trường nộp hồ sơ trước ngày 15/01/2026",
        "Sở ban hành kế hoạch trước ngày 15/01/2026",
    ],
)
def test_a_document_s_step_or_one_to_issue_still_reads(phrase: str) -> None:
    assert read_days(phrase, "2025-12-01") == ("date", "2026-01-15", "2026-01-15")
