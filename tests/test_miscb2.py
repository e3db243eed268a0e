"""Refusals of session 39 (round 2, branch miscb2) whose "hoặc"/"hay" joins no two deadlines
(issue 11 §1): an official or another, as assigned, receiving on one monthly day; a thing's
other name ("hay gọi ngắn gọn là"). And a clause moving the day for another cause than a day
off, with "vào" left out, refused for that cause rather than as two deadlines. Each with the
real phrase that motivated it (its corpus file named) and the neighbours that must stay
refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

R = DeadlineKind.RECURRING

# y-ha-nam-syt-lich-tiep-cong-dan (the page prints no date)
HA_NAM = (
    "Giám đốc Sở Y tế trực tiếp hoặc tùy theo nội dung phân công Phó giám đốc Sở Y tế tiếp "
    "công dân định kỳ vào ngày 20 hàng tháng tại địa điểm tiếp công dân của Sở Y tế, nếu ngày "
    "tiếp công dân định kỳ của Giám đốc hoặc Phó giám đốc được phân công trùng vào ngày nghỉ, "
    "ngày lễ thì thực hiện vào ngày làm việc tiếp theo"
)


def test_reception_of_one_official_or_another_is_one_monthly_day() -> None:
    reading = one(HA_NAM)
    assert reading.kind == R
    assert reading.rrule == "FREQ=MONTHLY;BYMONTHDAY=20"


def test_reception_moved_to_the_day_before_stays_refused() -> None:
    # a refusal neighbour: the day moved back, not to the next working day
    phrase = HA_NAM.replace("ngày làm việc tiếp theo", "ngày làm việc trước đó")
    assert "không dời theo cách văn bản nêu" in refused(phrase)


def test_two_days_by_assignment_stay_refused() -> None:
    # a refusal neighbour: the "hoặc" now joins two days
    phrase = (
        "Giám đốc Sở Y tế tùy theo nội dung phân công tiếp công dân vào ngày 20 hoặc ngày 25 "
        "hàng tháng"
    )
    assert "hoặc" in refused(phrase)


# v-locninh-binhphuoc-ngay-phap-luat-2021 (issued 09/11/2021)
LAW_DAY = (
    "Ngày pháp luật nước Cộng hòa Xã hội chủ nghĩa Việt Nam hay gọi ngắn gọn là Ngày pháp luật "
    "là một ngày kỷ niệm tại Việt Nam vào ngày 09 tháng 11 hàng năm"
)


def test_a_day_also_called_by_its_short_name_is_read_each_year() -> None:
    reading = one(LAW_DAY, ctx("2021-11-09"))
    assert reading.kind == R
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=9"


def test_or_between_two_days_stays_refused() -> None:
    # a refusal neighbour: "hay" between two days, not before "gọi … là"
    phrase = "Ngày pháp luật được tổ chức vào ngày 09 tháng 11 hay ngày 10 tháng 11 hàng năm"
    assert "hay" in refused(phrase, ctx("2021-11-09"))


def test_one_day_counted_in_a_month_stays_refused() -> None:
    # a refusal neighbour: "một ngày" not of "kỷ niệm" still counts a day in the period
    phrase = "Mỗi cơ quan dành ra một ngày trong tháng 11 hàng năm"
    assert refused(phrase, ctx("2021-11-09"))


def test_a_shift_for_sudden_business_names_its_cause() -> None:
    # u-baomoi-hcm-lich-tiep-dan-ngay-20: "vào" left out after "trùng"; the "hoặc" joins two
    # causes (a holiday, sudden business), and the second moves the day where kehoach cannot
    why = refused(
        "Chủ tịch UBND thành phố hoặc Phó Chủ tịch UBND thành phố sẽ tiếp công dân vào ngày 20 "
        "hàng tháng; nếu trùng ngày Lễ, Tết hoặc công tác đột xuất sẽ tiếp công dân vào ngày "
        "làm việc tiếp theo"
    )
    assert "không dời theo cách văn bản nêu" in why
    assert "last_day" in why
