"""Branch b64 fixed from tester tb64's findings (helper b64b, session 64).

b64 refused progress figures and states told after a not-until's time (tests/test_b64.py;
the corpus's shape is tests/corpus/zt-baoquangbinh-159-xa-hoan-thanh-dai-hoi-mttq-2019.yaml's
"Đến quý IV-2018, toàn tỉnh có 115 xã, phường, thị trấn hoàn thành Đại hội"). The tester
found it read some duties wrong and lost some right readings of main; each fix here:

1. The reading of a paused unit's bound step ("Đến 30/6/2026, các đơn vị tạm dừng hoạt động
   phải nộp báo cáo") is gone: its rule read voided, suspended and asked duties as due ("Đến
   30/6/2026, Sở bãi bỏ yêu cầu các xã phải nộp báo cáo"). Refused again, as on main.
2. "vẫn (còn)" no longer swallows the state word after it ("… vẫn còn đang nộp báo cáo",
   "… vẫn chỉ nộp …", "… vẫn hủy bỏ báo cáo"): refused, as on main.
3. "vẫn", "còn", "dự kiến" after a step of who's own are its object's ("các xã lập danh
   sách hộ vẫn nộp thuế khoán"), bare "con" is a child, "vẫn phải nộp" a duty still holding:
   read, as on main.
4. A count is refused only on or before the issue day (convention 4 of tests/corpus/README.md:
   a result); ahead of it, a target, read as on main; a target's, a floor's, a reward's or a
   duty's words keep main's reading.
5. A tail after the deadline is refused only when it calls off or waives the head's own step
   and ends there.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

MARCH_2026 = ctx("2026-03-01")
JULY_2026 = ctx("2026-07-01")
JUNE_30 = (DeadlineKind.DATE, "2026-06-30", "2026-06-30")
APRIL_20 = (DeadlineKind.DATE, "2026-04-20", "2026-04-20")
JULY_15 = (DeadlineKind.DATE, "2026-07-15", "2026-07-15")

# 1. a duty, or the rule requiring it, called off, paused, waived, asked of: refused as on main
CALLED_OFF_DUTIES = [
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động phải nộp báo cáo",
    "Den 30/6/2026 cac don vi tam dung hoat dong phai nop bao cao",
    "Đến 30/6/2026, Sở bãi bỏ yêu cầu các xã phải nộp báo cáo",
    "Đến 30/6/2026, Sở tạm ngừng yêu cầu các xã phải nộp báo cáo",
    "Đến 30/6/2026, Sở hủy bỏ yêu cầu các xã phải nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng áp dụng quy định phải nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng nghĩa vụ phải nộp báo cáo",
    "Đến 30/6/2026, cơ quan thuế tạm dừng cưỡng chế đối với doanh nghiệp phải nộp thuế",
    "Đến 30/6/2026, Cục Thuế tạm dừng xử phạt người nộp thuế phải nộp tờ khai",
    "Trước ngày 30/6/2026, Sở bãi bỏ yêu cầu các xã phải nộp báo cáo",
    "Chậm nhất ngày 30/6/2026, Sở tạm ngừng yêu cầu các xã phải nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động khỏi phải nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động hết nghĩa vụ phải nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động có phải nộp báo cáo?",
    "Đến 30/6/2026, đơn vị nào tạm dừng hoạt động phải nộp báo cáo?",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động phải nộp báo cáo; quy định này hết hiệu lực",
]


@pytest.mark.parametrize("phrase", CALLED_OFF_DUTIES)
def test_a_duty_after_a_calling_off_is_refused_as_on_main(phrase: str) -> None:
    assert "last_day" in refused(phrase, MARCH_2026)


def test_a_paused_unit_s_step_with_its_own_deadline_is_refused_whole() -> None:
    # b64 read 30/06 and 15/07 here; only 15/07 may be due, and the paused units' duty may be
    # the one stopped: refused, the clerk records the day
    phrase = "Đến 30/6/2026, các đơn vị tạm dừng hoạt động phải nộp báo cáo trước ngày 15/7/2026"
    assert "last_day" in refused(phrase, MARCH_2026)


# 2. "vẫn (còn)" then another state word: that state, refused as on main
STILL_THEN_A_STATE = [
    "Đến 30/6/2026, các đơn vị vẫn còn đang nộp báo cáo",
    "ĐẾN 30/6/2026, CÁC ĐƠN VỊ VẪN CÒN ĐANG NỘP BÁO CÁO",
    "Den 30/6/2026, cac don vi van con dang nop bao cao",
    "Đến ngày 20/4/2026, người lao động vẫn còn đang nộp hồ sơ",
    "Trước ngày 30/6/2026, các xã vẫn còn đang nộp báo cáo",
    "Tới 30/6/2026, các xã vẫn còn đang nộp báo cáo",
    "Đến hết tháng 6/2026, các xã vẫn còn đang nộp báo cáo",
    "Đến 30/6/2026 có 12 xã vẫn còn đang nộp báo cáo",
    "Đến 30/6/2026, các xã vẫn còn đang nộp báo cáo, chậm nhất ngày 15/7/2026 phải hoàn thành",
    "Đến 30/6/2026, các xã vẫn vừa nộp báo cáo",
    "Đến 30/6/2026, các xã vẫn còn vừa nộp báo cáo",
    "Đến 30/6/2026, các xã vẫn chỉ nộp báo cáo giấy",
    "Đến 30/6/2026, các xã vẫn còn chỉ nộp báo cáo giấy",
    "Đến 30/6/2026, các xã vẫn phần lớn nộp báo cáo giấy",
    "Đến 30/6/2026, các xã vẫn hủy bỏ báo cáo",
    "Đến 30/6/2026, các xã vẫn còn đang gửi báo cáo",
    "Đến 30/6/2026, các xã vẫn còn đang kê khai",
    "Đến 30/6/2026, các xã vẫn còn đang cập nhật dữ liệu",
    "Đến 30/6/2026, các xã vẫn đang đăng ký",
    # "vẫn", "còn" right before the step, who's state: b64's refusal kept
    "Đến ngày 20/4/2026, người lao động vẫn nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động còn nộp hồ sơ",
    "Den ngay 20/4/2026, nguoi lao dong van con nop ho so",
]


@pytest.mark.parametrize("phrase", STILL_THEN_A_STATE)
def test_still_then_a_state_word_is_that_state(phrase: str) -> None:
    why = refused(phrase, MARCH_2026)
    assert "last_day" in why, why


def test_the_state_s_own_words_are_shown() -> None:
    # the refusal names the state word itself, not "vẫn còn" before it
    why = refused("Đến 30/6/2026, các đơn vị vẫn còn đang nộp báo cáo", MARCH_2026)
    assert "đang nộp" in why, why


# 3. main's readings b64 lost: a state word in the object of who's own step, a child, a duty
# still holding
READ_JUNE_30 = [
    "Đến 30/6/2026, các xã lập danh sách hộ vẫn nộp thuế khoán",
    "Den 30/6/2026, cac xa lap danh sach ho van nop thue khoan",
    "Đến 30/6/2026, các trường lập danh sách học sinh còn nộp học phí",
    "Đến 30/6/2026, UBND các xã rà soát các hộ vẫn còn nộp thuế khoán",
    "Đến 30/6/2026, các xã báo cáo tình hình người lao động vẫn nộp hồ sơ",
    "Đến 30/6/2026, các xã báo cáo danh sách người còn nộp thuế",
    "Đến 30/6/2026, các xã báo cáo số đơn vị dự kiến nộp hồ sơ",
    "Đến 30/6/2026, các trường tổng hợp danh sách dự kiến đăng ký tham gia",
    "Đến 30/6/2026, các xã thống kê số hộ vẫn kê khai thuế",
]


@pytest.mark.parametrize("phrase", READ_JUNE_30)
def test_a_state_word_in_the_object_of_who_s_step_reads_as_on_main(phrase: str) -> None:
    assert read_days(phrase, "2026-03-01") == JUNE_30


READ_APRIL_20 = [
    "Đến ngày 20/4/2026, các đơn vị báo cáo số thí sinh dự kiến đăng ký",
    "Den ngay 20/4/2026, cac gia dinh co con nop ho so",
    "Den ngay 20/4/2026, phu huynh co con nop ho so",
    "Đến ngày 20/4/2026, các gia đình có con nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động vẫn phải nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động vẫn còn phải nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động còn phải nộp hồ sơ",
    "Den ngay 20/4/2026, nguoi lao dong van phai nop ho so",
]


@pytest.mark.parametrize("phrase", READ_APRIL_20)
def test_a_child_or_a_duty_still_holding_reads_as_on_main(phrase: str) -> None:
    assert read_days(phrase, "2026-03-01") == APRIL_20


# ... their neighbours: a state of the step right after who, or after who's own words
# (no step of who's): refused
STATE_AFTER_WHO = [
    "Đến 30/6/2026, các hộ vẫn nộp thuế khoán",
    "Đến 30/6/2026, các hộ kinh doanh vẫn nộp thuế khoán",
    "Đến 30/6/2026, học sinh còn nộp học phí",
    "Đến 30/6/2026, các đơn vị dự kiến nộp hồ sơ",
    "Đến ngày 20/4/2026, các thí sinh dự kiến đăng ký",
    "Đến 30/6/2026, các xã lập danh sách hộ đang nộp thuế khoán",
    "Den ngay 20/4/2026, nguoi lao dong van nop ho so",
    "Đến ngày 20/4/2026, người lao động vẫn không phải nộp hồ sơ",
]


@pytest.mark.parametrize("phrase", STATE_AFTER_WHO)
def test_a_state_right_after_who_stays_refused(phrase: str) -> None:
    assert "last_day" in refused(phrase, MARCH_2026)


# 4. a count told by a day after the issue: the plan's target, read as on main
TARGETS_AHEAD = [
    ("Đến 30/6/2026 có 12 xã nộp báo cáo", JUNE_30),
    ("Den 30/6/2026 co 12 xa nop bao cao", JUNE_30),
    ("Đến 30/6/2026 chưa có xã nào nộp báo cáo", JUNE_30),
    ("Đến 30/6/2026 phấn đấu có 12 xã nộp báo cáo", JUNE_30),
    ("Đến 30/6/2026 các xã nộp được 60% hồ sơ", JUNE_30),
    ("Đến ngày 30/6/2026, các xã nộp thuế được 60% dự toán", JUNE_30),
    ("Đến 30/6/2026 có hơn 80% hộ nộp hồ sơ", JUNE_30),
    ("Đến 30/6/2026 có trên 80% hộ nộp hồ sơ", JUNE_30),
    ("Đến 30/6/2026 các xã nộp được 60% hồ sơ thì được khen thưởng", JUNE_30),
    ("Đến 30/6/2026 xã nào nộp được 60% hồ sơ sẽ được khen thưởng", JUNE_30),
    ("Đến 30/6/2026 có 12 xã có nghĩa vụ nộp báo cáo", JUNE_30),
    ("Đến 30/6/2026 có 12 xã thuộc diện nộp báo cáo", JUNE_30),
]


@pytest.mark.parametrize(("phrase", "days"), TARGETS_AHEAD)
def test_a_count_by_a_day_ahead_of_the_issue_is_a_target(  # ("toàn tỉnh có": main refuses)
    phrase: str, days: tuple[object, ...]
) -> None:
    assert read_days(phrase, "2026-03-01") == days


YEAR_TARGETS = [
    ("Đến năm 2027 có 80% doanh nghiệp nộp thuế điện tử", "2027"),
    ("Đến năm 2027, phấn đấu có 80% doanh nghiệp kê khai thuế điện tử", "2027"),
    ("Đến năm 2027, bảo đảm có 100% doanh nghiệp nộp thuế điện tử", "2027"),
    ("Đến năm 2027, mục tiêu có 80% doanh nghiệp nộp thuế điện tử", "2027"),
    ("Đến năm 2030, có 100% người dân đăng ký tài khoản định danh điện tử", "2030"),
    ("Đến hết năm 2026, có 100% hộ kinh doanh kê khai thuế qua mạng", "2026"),
]


@pytest.mark.parametrize(("phrase", "year"), YEAR_TARGETS)
def test_a_share_by_a_year_ahead_is_a_target(phrase: str, year: str) -> None:
    assert read_days(phrase, "2026-03-01")[2] == f"{year}-12-31"


# ... by a day on or before the issue: a result as of that day (convention 4), refused
COUNTS_PAST = [
    "Đến 30/6/2026 có 12 xã nộp báo cáo",
    "ĐẾN 30/6/2026 CÓ 12 XÃ NỘP BÁO CÁO",
    "Den 30/6/2026 co 12 xa nop bao cao",
    "Tới 30/6/2026, có 12 xã nộp báo cáo",
    "Đến 30/6/2026, toàn tỉnh có 12 xã nộp báo cáo",
    "Đến 30/6/2026 chưa có xã nào nộp báo cáo",
    "Đến 30/6/2026 các xã nộp được 60% hồ sơ",
    "Đến 30/6/2026 các xã nộp xong 60% hồ sơ",
    # (a bound word in a later clause keeps no count of this one a target)
    "Đến 30/6/2026 có 12 xã nộp báo cáo, đạt 80%",
    "Đến 30/6/2026 có 12 xã nộp báo cáo, phấn đấu đạt 80%",
]


@pytest.mark.parametrize("phrase", COUNTS_PAST)
def test_a_count_by_a_day_past_the_issue_is_a_result(phrase: str) -> None:
    assert "last_day" in refused(phrase, JULY_2026)


def test_a_count_on_the_issue_day_is_a_result() -> None:
    why = refused("Đến 30/6/2026 có 12 xã nộp báo cáo", ctx("2026-06-30"))
    assert "số đã làm được" in why, why


# ... the day before the issue, a count with a duty's, a target's or a bound word: main's
# reading kept
KEPT_PAST = [
    "Đến 30/6/2026 phải có 12 xã nộp báo cáo",
    "Đến 30/6/2026 phấn đấu có 12 xã nộp báo cáo",
    "Đến 30/6/2026 có 12 xã có nghĩa vụ nộp báo cáo",
    "Đến 30/6/2026 có 12 xã thuộc diện nộp báo cáo",
    "Đến 30/6/2026 có 12 xã phải nộp báo cáo",
    "Đến 30/6/2026 có trên 12 xã nộp báo cáo",
    "Den 30/6/2026 co tren 12 xa nop bao cao",
]


@pytest.mark.parametrize("phrase", KEPT_PAST)
def test_a_count_bound_or_owed_keeps_main_s_reading(phrase: str) -> None:
    assert read_days(phrase, "2026-07-01") == JUNE_30


# 5. a tail calling off or waiving the head's own step and ending there: refused
TAILS_REFUSED = [
    "Nộp hồ sơ trước ngày 30/6/2026, người lao động tạm dừng nộp",
    "Nộp hồ sơ trước ngày 30/6/2026, người lao động tạm dừng nộp hồ sơ",
    "Nộp hồ sơ trước ngày 30/6/2026, người lao động được miễn nộp",
    "Nộp hồ sơ trước ngày 30/6/2026, người lao động được miễn nộp hồ sơ.",
    "Nộp hồ sơ trước ngày 30/6/2026, người lao động hủy bỏ nộp hồ sơ",
    "NỘP HỒ SƠ TRƯỚC NGÀY 30/6/2026, NGƯỜI LAO ĐỘNG TẠM DỪNG NỘP",
]


@pytest.mark.parametrize("phrase", TAILS_REFUSED)
def test_a_tail_calling_off_the_head_s_step_is_refused(phrase: str) -> None:
    why = refused(phrase, MARCH_2026)
    assert "tình trạng" in why and "last_day" in why, why


# ... a manner, a further step, another object, or a state that is no calling off: main's
TAILS_READ = [
    ("Gửi báo cáo chậm nhất ngày 15/7/2026, các đơn vị chỉ gửi bản điện tử", JULY_15),
    ("Nộp báo cáo trước ngày 15/7/2026, đơn vị chỉ nộp bản điện tử", JULY_15),
    ("Gửi báo cáo chậm nhất ngày 15/7/2026, các đơn vị vẫn gửi bản giấy", JULY_15),
    ("Gửi báo cáo chậm nhất ngày 15/7/2026, các đơn vị còn gửi bản giấy về Sở", JULY_15),
    ("Gửi báo cáo chậm nhất ngày 15/7/2026, các đơn vị được miễn gửi bản giấy", JULY_15),
    (
        "Gửi báo cáo trước ngày 15/7/2026, các đơn vị đang gửi báo cáo qua hệ thống thì tiếp tục gửi",
        JULY_15,
    ),
    ("Nộp hồ sơ trước ngày 30/6/2026, doanh nghiệp được miễn thuế vẫn nộp tờ khai", JUNE_30),
    ("Đăng ký dự thi trước ngày 30/6/2026, thí sinh tự do vẫn đăng ký tại Sở", JUNE_30),
    ("Nộp hồ sơ trước ngày 30/6/2026, người đang nộp hồ sơ vay vốn được ưu tiên", JUNE_30),
    ("Cập nhật dữ liệu trước ngày 30/6/2026, đơn vị đang cập nhật tiếp tục hoàn thiện", JUNE_30),
    ("Nộp hồ sơ trước ngày 30/6/2026, trường hợp đang nộp dở thì hoàn tất", JUNE_30),
    ("Nộp hồ sơ trước ngày 30/6/2026, người lao động đang làm việc", JUNE_30),
    ("Rà soát trước ngày 30/6/2026, bãi bỏ các quy định không còn phù hợp", JUNE_30),
]


@pytest.mark.parametrize(("phrase", "days"), TAILS_READ)
def test_a_tail_of_manner_or_a_further_step_reads_as_on_main(
    phrase: str, days: tuple[object, ...]
) -> None:
    assert read_days(phrase, "2026-03-01") == days
