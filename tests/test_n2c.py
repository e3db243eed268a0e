"""Family N2 of session 40 (branch n2c): phrases refused as 'không nhận ra thời hạn' whose
time the grammar reads once the words beside it are understood (issue 11 §1: never a number
the grammar cannot explain, never two deadlines made one)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

# --- a cadence opening the sentence, then its comma and the work (cadencefirst) -------------

MTTQ = (
    "Hằng năm, tổ chức ít nhất 2 cuộc giám sát và 2 cuộc phản biện xã hội, đảm bảo 100% nội "
    "dung kế hoạch được thực hiện hiệu quả"
)
FARMS = (
    "+ Hằng năm, Ủy ban nhân dân xã, phường, thị trấn tổng hợp, báo cáo về kinh tế trang trại "
    "trên địa bàn trong năm gửi Ủy ban nhân dân quận, huyện"
)


@pytest.mark.parametrize(
    "phrase",
    [
        MTTQ,  # zc-baomoi-dai-hoi-mttq-xa-khanh-vinh-2025.yaml (no issue day printed)
        FARMS,  # u-ccptnt-hcm-tt-02-2020-kinh-te-trang-trai.yaml
    ],
)
def test_a_cadence_opening_the_sentence_reads_as_the_cadence(phrase: str) -> None:
    reading = one(phrase, ctx())
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1"  # as a bare "hằng năm"
    assert reading.first is None and reading.last is None  # no one day owed


def test_the_work_after_the_cadence_is_its_step() -> None:
    # u-ccptnt-hcm-tt-02-2020-kinh-te-trang-trai.yaml: the clause names who reports what
    label = one(FARMS, ctx("2020-07-21")).label or ""
    assert label.startswith("Ủy ban nhân dân xã, phường, thị trấn tổng hợp")


@pytest.mark.parametrize(
    "phrase",
    [
        # t-baotintuc-le-hoi-dau-xuan-2026.yaml (expect refuse): the clause names the days
        "Hằng năm, cứ vào ngày 12, 13 tháng Giêng, những người yêu Dân ca Quan họ Bắc Ninh lại "
        "nô nức rủ nhau về với hội Lim",
        # l-tay-ninh-tet-chol-chnam-thmay-2024.yaml (expect refuse): a month named in the clause
        "Hàng năm, Tết Chol Chnam Thmay được đồng bào Khmer tổ chức vào khoảng đầu tháng Chét - "
        "theo Phật lịch, tức là khoảng tháng 4 dương lịch",
        # refusal neighbour: an occasion beside a cadence (ruling 38 h)
        "Hằng năm, UBND xã tổ chức hội nghị vào dịp Tết",
    ],
)
def test_a_clause_that_adds_a_time_to_the_cadence_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2024-04-17"))


# --- a policy's author after the day (label._BY_WHOSE_WORD) ---------------------------------


def test_whose_policy_the_work_carries_out_is_no_time() -> None:
    # zh-baothanhhoa-yen-truong-qua-tet-doc-lap-2025.yaml (issued 31/8/2025)
    reading = one(
        "Đúng 14h chiều 31/8, tại nhà văn hóa của 21 thôn trên địa bàn xã Yên Trường, các tổ công "
        "tác của xã tiến hành công tác phát quà cho 29.170 người dân theo chủ trương của Chính phủ",
        ctx("2025-08-31"),
    )
    assert (reading.first, reading.last) == (date(2025, 8, 31), date(2025, 8, 31))


# --- a share each year and a range of shares after the period (label._NOT_A_TIME) ----------


def test_a_share_each_year_after_a_period_is_no_time() -> None:
    # zr-infographics-tuyen-quang-muc-tieu-den-2030.yaml (issued 1/12/2025)
    reading = one(
        "Phấn đấu tốc độ tăng tổng sản phẩm trên địa bàn bình quân giai đoạn 2026-2030 đạt "
        "10,5%/năm",
        ctx("2025-12-01"),
    )
    assert (reading.first, reading.last) == (date(2026, 1, 1), date(2030, 12, 31))


def test_a_range_of_shares_after_a_year_is_no_time() -> None:
    # v-baodantoc-quang-tri-thon-ban-ntm-2020.yaml (issued 8/6/2020): the target year's end
    reading = one(
        "Phấn đấu đến năm 2020, toàn tỉnh Quảng Trị có 40 - 50% số thôn, bản được công nhận đạt "
        "chuẩn nông thôn mới (NTM) theo Quyết định số 1385/QĐ-TTg ngày 21/10/2018 của Thủ tướng "
        "Chính phủ",
        ctx("2020-06-08"),
    )
    assert reading.last == date(2020, 12, 31)


@pytest.mark.parametrize(
    "phrase",
    [
        # refusal neighbour: a year after the rate's unit is a second time
        "Phấn đấu tốc độ tăng bình quân giai đoạn 2026-2030 đạt 10,5%/năm 2027",
        # zf-pleiku-phuong-chi-lang-dinh-huong-phat-trien.yaml (expect refuse): no time at all
        "(1). Thu ngân sách theo phân cấp trên địa bàn tăng bình quân từ 3 – 5%/năm.",
    ],
)
def test_a_rate_with_no_period_or_a_second_year_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-12-01"))


# --- words holding a syllable of time that name no time (label) -----------------------------


def test_contributing_to_growth_after_the_year_is_no_time() -> None:
    # zf-dantoctongiao-pho-thu-tuong-lam-viec-bo-dttg-2025.yaml (issued 28/3/2025)
    reading = one(
        "mong muốn Bộ Dân tộc và Tôn giáo nỗ lực hoàn thành tốt nhiệm vụ trọng tâm và thường "
        "xuyên trong năm 2025, góp phần vào tăng trưởng từ 8% trở lên",
        ctx("2025-03-28"),
    )
    assert (reading.first, reading.last) == (date(2025, 1, 1), date(2025, 12, 31))


def test_abroad_before_the_year_is_no_bound() -> None:
    # zh-vnanet-hue-thang-viec-lam-2026.yaml (issued 9/3/2026)
    reading = one(
        "góp phần đạt được mục tiêu đưa 2.500 lao động đi làm việc ở nước ngoài năm 2026 của "
        "thành phố",
        ctx("2026-03-09"),
    )
    assert (reading.first, reading.last) == (date(2026, 1, 1), date(2026, 12, 31))


def test_outside_the_year_stays_refused() -> None:
    # refusal neighbour: "ngoài" alone before the year is outside it
    assert "ngoài" in refused("làm việc ngoài năm 2026", ctx("2026-03-09"))


def test_ceaselessly_before_the_target_year_is_no_bound() -> None:
    # zk-baohagiang-ky-niem-130-nam-thanh-lap-tinh-2021.yaml (issued 1/11/2021)
    reading = one(
        "Tỉnh đang nỗ lực phấn đấu không ngừng để đưa Hà Giang đến năm 2030 là tỉnh có kinh tế, "
        "xã hội phát triển khá trong khu vực Trung du miền núi phía Bắc",
        ctx("2021-11-01"),
    )
    assert reading.last == date(2030, 12, 31)
