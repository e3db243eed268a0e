"""Refusals of session 39 (round 2, branch miscb2) whose "hoặc"/"hay" joins no two deadlines
(issue 11 §1): an official or another, as assigned, receiving on one monthly day; a thing's
other name ("hay gọi ngắn gọn là"). And a clause moving the day for another cause than a day
off, with "vào" left out, refused for that cause rather than as two deadlines. Each with the
real phrase that motivated it (its corpus file named) and the neighbours that must stay
refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

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


def test_party_dues_each_month_online_or_by_hand() -> None:
    # q-luatvietnam-quy-dinh-01-qd-tw-dang-phi: "hoặc" joins two ways of paying
    reading = one(
        "đảng viên ở trong nước (bao gồm đảng viên dự bị) thực hiện đóng đảng phí hằng tháng "
        "trên Cổng Dịch vụ công Quốc gia hoặc nộp trực tiếp bằng tiền mặt cho chi bộ"
    )
    assert reading.kind == R
    assert reading.rrule == "FREQ=MONTHLY;BYMONTHDAY=-1"


def test_paying_by_hand_with_its_own_day_stays_refused() -> None:
    # a refusal neighbour: the hand's own day after "hoặc nộp trực tiếp"
    phrase = (
        "Đảng viên đóng đảng phí trước ngày 20 hằng tháng trên Cổng Dịch vụ công Quốc gia hoặc "
        "nộp trực tiếp cho chi bộ trước ngày 25 hằng tháng"
    )
    assert "hoặc" in refused(phrase)


def test_students_graduating_early_or_late_have_one_deadline() -> None:
    # zq-husc-xet-tot-nghiep-dot-2-2017 (the page prints no date; the test gives one)
    reading = one(
        "Sinh viên các khóa còn lại đủ điều kiện tốt nghiệp (tốt nghiệp sớm hoặc muộn) phải "
        "làm đơn xin xét công nhận tốt nghiệp (theo mẫu), nộp tại Khoa quản lý sinh viên, hạn "
        "cuối ngày 15/5/2017",
        ctx("2017-04-20"),
    )
    assert (reading.first, reading.last) == (date(2017, 5, 15), date(2017, 5, 15))


def test_early_or_late_with_a_day_stays_refused() -> None:
    # a refusal neighbour: a number inside the aside may be a second time
    phrase = "Sinh viên tốt nghiệp (sớm hoặc muộn 1 học kỳ) nộp đơn, hạn cuối ngày 15/5/2017"
    assert refused(phrase, ctx("2017-04-20"))


def test_two_days_as_in_the_years_before_are_both_read() -> None:
    # za-cafef-khung-nam-hoc-2025-2026-thi-tn-2026 (also u-cafef-lich-tuu-truong-34-tinh-…)
    readings = parse_deadlines(
        "Học kỳ I sẽ kết thúc trước ngày 18/1/2026, kỳ II trước 31/5/2026, tương tự các năm trước.",
        ctx("2025-08-11"),
    )
    assert [(one.first, one.last) for one in readings] == [
        (date(2026, 1, 18), date(2026, 1, 18)),
        (date(2026, 5, 31), date(2026, 5, 31)),
    ]
    assert all(one.gloss == "tương tự các năm trước" for one in readings)


def test_two_days_then_the_year_before_stay_refused() -> None:
    # a refusal neighbour: "năm trước" (the year before) alone may move the days
    phrase = "Học kỳ I sẽ kết thúc trước ngày 18/1/2026, kỳ II trước 31/5/2026, như năm trước."
    assert refused(phrase, ctx("2025-08-11"))
