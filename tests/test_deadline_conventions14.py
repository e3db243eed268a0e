"""Conventions the lead settled in session 22 (branch conv14), each on real phrases quoting
the corpus file (tests/corpus/) or the page they come from, and a property where a form has
a parameter space.

Part 1 (convention 2): a time first set and since given up, put off or replaced is refused,
the reason saying so and pointing to the new time or `last_day`; the time that replaces it
reads; "dự kiến" alone (planned, not yet moved) reads.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW
D = DeadlineKind.DATE

# --- Part 1: a time given up, put off or replaced --------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # z-baophapluat-hoi-nghi-dieu-quoc-te-lan-12-2021.yaml: moved to 5-7/3/2021
        (
            "Hội nghị điều quốc tế Việt Nam lần thứ 12 vốn dự kiến được tổ chức vào đầu tháng"
            " 3/2020.",
            None,
        ),
        # z-baohaiduong-lui-dai-hoi-tdtt-cap-xa-huyen-2021.yaml: put off to quý I.2022
        ("Ban đầu, đại hội cấp xã ấn định tổ chức từ tháng 3 đến ngày 15.9.2021.", "2021-09-13"),
        # za-kenh14-lich-thi-lop-10-2026.yaml: the former plan, since set for other days
        ("Sở này từng dự kiến tổ chức thi vào cuối tháng 6", "2026-03-02"),
        # za-vietnamplus-tong-dieu-tra-kinh-te-rut-ngan-tien-do-2026.yaml
        (
            "Theo kế hoạch ban đầu, cuộc tổng điều tra kinh tế đến khoảng cuối năm 2026-tháng"
            " 1/2027 mới hoàn thành.",
            "2026-01-01",
        ),
    ],
)
def test_a_time_first_set_and_since_replaced_is_refused(phrase: str, issued: str | None) -> None:
    why = refused(phrase, ctx(issued))
    assert "last_day" in why
    assert "thời hạn" in why


def test_the_former_plan_says_it_was_replaced() -> None:
    # z-baophapluat-hoi-nghi-dieu-quoc-te-lan-12-2021.yaml
    why = refused(
        "Hội nghị điều quốc tế Việt Nam lần thứ 12 vốn dự kiến được tổ chức vào đầu tháng 3/2020."
    )
    assert "“vốn dự kiến …”" in why
    assert "đã được thay" in why
    assert "thời gian mới" in why


def test_a_time_told_then_put_off_is_refused_as_put_off() -> None:
    # z-baohaiduong-lui-dai-hoi-tdtt-cap-xa-huyen-2021.yaml
    why = refused(
        "Đại hội cấp huyện và ngành công an, quân đội tiến hành từ ngày 16.9 - 1.12.2021, nhưng"
        " do dịch Covid-19 nên phải hoãn lại.",
        ctx("2021-09-13"),
    )
    assert "“hoãn lại”" in why
    assert "đã bị hoãn" in why
    assert "last_day" in why


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # z-baophapluat-hoi-nghi-dieu-quoc-te-lan-12-2021.yaml: the new days read
        (
            "thời gian tổ chức Hội nghị điều quốc tế Việt Nam lần thứ 12 sẽ diễn ra từ ngày"
            " 5-7/3/2021.",
            None,
            (W, "2021-03-05", "2021-03-07"),
        ),
        # z-baomoi-hdnd-ha-noi-dieu-chinh-ky-hop-thu-muoi-2022.yaml: the new days set
        (
            "Thường trực HĐND thành phố thông báo về việc điều chỉnh thời gian tổ chức kỳ họp thứ"
            " mười, HĐND thành phố từ ngày 7-12 đến 10-12-2022",
            "2022-11-29",
            (W, "2022-12-07", "2022-12-10"),
        ),
        # za-kenh14-lich-thi-lop-10-2026.yaml: "dự kiến" alone reads
        (
            "Sở GD&ĐT TP.HCM thông tin tổ chức kỳ thi tuyển sinh lớp 10 dự kiến vào cuối tháng"
            " 5/2026.",
            "2026-03-02",
            (W, "2026-05-21", "2026-05-31"),
        ),
        # p-yenlap-phutho-cuoc-thi-bieu-tuong-2021.yaml: "lùi … đến hết ngày D" reads the new day
        (
            "Ban Tổ chức cuộc thi “Sáng tác tiêu đề - biểu tượng huyện Yên Lập” thông báo lùi thời"
            " gian nhận tác phẩm tham gia cuộc thi đến hết ngày 15/12/2021",
            "2021-10-31",
            (D, "2021-12-15", "2021-12-15"),
        ),
        # za-xdcs-ninh-binh-cd-03-bao-so-3-2025.yaml: a pause from an hour is no time put off
        (
            "Từ 17 giờ ngày 21/7, tạm dừng hoạt động các tuyến đò ngang, đò dọc trên toàn tỉnh.",
            "2025-07-20",
            None,
        ),
    ],
)
def test_the_time_that_replaces_it_and_a_plan_alone_read(
    phrase: str, issued: str | None, expected: tuple[object, ...] | None
) -> None:
    if expected is None:
        assert one(phrase, ctx(issued)).earliest is not None
    else:
        assert read_days(phrase, issued) == expected


# the verbs of planning and the times of the corpus's former plans (z-baophapluat "vốn dự
# kiến được tổ chức vào đầu tháng 3/2020", za-kenh14 "từng dự kiến tổ chức thi vào cuối tháng
# 6", z-baohaiduong "Ban đầu, … ấn định tổ chức từ tháng 3 đến ngày 15.9.2021")
_FORMERLY = ["từng", "vốn"]
_PLANNED = ["dự kiến", "dự kiến được", "dự định", "ấn định", "lên kế hoạch", "lên lịch"]
_TIMES = [
    "vào đầu tháng 3/2027",
    "vào cuối tháng 6/2027",
    "ngày 15/3/2027",
    "từ tháng 3 đến ngày 15.9.2027",
    "trong quý II/2027",
]


@given(
    formerly=st.sampled_from(_FORMERLY),
    planned=st.sampled_from(_PLANNED),
    time=st.sampled_from(_TIMES),
    opening=st.booleans(),
)
def test_every_former_plan_is_refused_and_the_plan_alone_reads(
    formerly: str, planned: str, time: str, opening: bool
) -> None:
    if opening:
        phrase, plan = (
            f"Ban đầu, hội nghị {planned} tổ chức {time}",
            f"Hội nghị {planned} tổ chức {time}",
        )
    else:
        phrase = f"Hội nghị {formerly} {planned} tổ chức {time}"
        plan = f"Hội nghị {planned} tổ chức {time}"
    assert "last_day" in refused(phrase, ctx("2026-12-01"))
    # the same plan without the word telling it was given up reads
    assert one(plan, ctx("2026-12-01")).last is not None


@pytest.mark.parametrize(
    "phrase",
    [
        # neighbours written for the guard (no page prints them): money planned, not a time
        # given up, "vốn" the noun
        "Nguồn vốn dự kiến bố trí trong năm 2027",
        # a first stage of the work: "Ban đầu" with no verb of planning
        "Ban đầu, thí điểm tại 3 xã trong quý I/2027",
    ],
)
def test_capital_and_a_first_stage_are_no_former_plan(phrase: str) -> None:
    assert one(phrase, ctx("2026-12-01")).last is not None
