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
