"""Progress figures and states told after a not-until's time (helper b64, session 64).

Main read each phrase refused below as due that day; none is (the first rule: never a silent
wrong date), so each is refused with a reason and "ghi last_day …":

- a count or a share done by that day (`untilcount`): "Đến 30/6/2026 có 12 xã nộp báo cáo",
  "… các xã nộp được 60% hồ sơ", "… nộp xong 60% hồ sơ". The corpus's own shape is
  tests/corpus/zt-baoquangbinh-159-xa-hoan-thanh-dai-hoi-mttq-2019.yaml's "Đến quý IV-2018,
  toàn tỉnh có 115 xã, phường, thị trấn hoàn thành Đại hội" (a count as of a quarter);
- a state told after who (`untilstate`): still so ("… người lao động vẫn nộp hồ sơ", "… còn
  nộp hồ sơ"), planned ("… dự kiến nộp hồ sơ": as of that day the step is only planned),
  done for the most part ("… các xã cơ bản nộp đủ báo cáo");
- the state of the step told in a tail after its deadline ("Nộp hồ sơ trước ngày 30/6/2026,
  người lao động tạm dừng nộp hồ sơ"), where main dropped the tail.

Read as main reads them: a target (tests/corpus/zf-baogialai-ke-hoach-thi-dua-2021-2025.yaml's
"Đến năm 2025 có 120 xã trở lên đạt chuẩn nông thôn mới"; "Đến 30/6/2026 phải có 12 xã nộp
báo cáo": "phải" binds the count, a duty; "Đến 30/6/2026, 100% xã nộp báo cáo": a share with
no "có", the whole owing it), a planned end or its target ("dự kiến hoàn thành", "cơ bản hoàn
thành": `hedged`, a63b's ruling), a tail naming who ("Nộp hồ sơ trước ngày 30/6/2026, người
lao động đang làm việc": employees at work), and the wait's pinned reads ("Đến 30/6/2026 (thì)
mới hoàn thành", and "Đến 30/6/2026 các xã mới hoàn thành": see `test_the_end_reached_only_then
_is_its_deadline`).

Helper b64b (session 64, from tester tb64's findings) narrowed these: a count is refused
only when its day is on or before the issue day (convention 4: a result; ahead of it, the
plan's target, read as on main); the tail rule holds only for a calling off or a waiver of
the head's own step ending the phrase; and "Đến 30/6/2026, các đơn vị tạm dừng hoạt động phải
nộp báo cáo" is refused again as on main (the rule that read it read voided, suspended and
asked duties as due: "Đến 30/6/2026, Sở bãi bỏ yêu cầu các xã phải nộp báo cáo").
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

MARCH_2026 = ctx("2026-03-01")
# a count told by 30/6/2026 in a page issued after it: a result (convention 4); with an issue
# day before 30/6/2026 the same words are the plan's target and read (test_b64b)
JULY_2026 = ctx("2026-07-01")
JUNE_30 = (DeadlineKind.DATE, "2026-06-30", "2026-06-30")
APRIL_20 = (DeadlineKind.DATE, "2026-04-20", "2026-04-20")

# a count or a share done by that day: refused (read as due on main)
COUNTS = [
    "Đến 30/6/2026 có 12 xã nộp báo cáo",
    "ĐẾN 30/6/2026 CÓ 12 XÃ NỘP BÁO CÁO",
    "Den 30/6/2026 co 12 xa nop bao cao",
    "Tới 30/6/2026, có 12 xã nộp báo cáo",
    "Tận 30/6/2026 có 12 xã gửi báo cáo",
    "Đến 30/6/2026, toàn tỉnh có 12 xã nộp báo cáo",
    "Đến 30/6/2026 có khoảng 60% xã nộp báo cáo",
    "Đến 30/6/2026 các xã nộp được 60% hồ sơ",
    "ĐẾN 30/6/2026 CÁC XÃ NỘP ĐƯỢC 60% HỒ SƠ",
    "Den 30/6/2026 cac xa nop duoc 60% ho so",
    "Tới 30/6/2026, các xã nộp được 60% hồ sơ",
    "Tận 30/6/2026 các xã nộp được hơn 60% hồ sơ",
    "Đến 30/6/2026 các xã nộp được 120 bộ hồ sơ",
    "Đến 30/6/2026 các xã nộp được 45/50 hồ sơ",
    "Đến 30/6/2026 các xã nộp xong 60% hồ sơ",
    "Den 30/6/2026 cac xa nop xong 60% ho so",
    # none of them by then: a count too
    "Đến 30/6/2026 chưa có xã nào nộp báo cáo",
    "Den 30/6/2026 chua co xa nao nop bao cao",
    "ĐẾN 30/6/2026 CHƯA CÓ XÃ NÀO NỘP BÁO CÁO",
]


@pytest.mark.parametrize("phrase", COUNTS)
def test_a_count_or_share_done_by_the_day_is_refused(phrase: str) -> None:
    # (a share past its day is main's own refusal, `refusals.refuse_figure_as_of`)
    why = refused(phrase, JULY_2026)
    assert "last_day" in why, why


# a count told done with "đã": refused on main already (engine `_DONE_BY`), kept
@pytest.mark.parametrize(
    "phrase",
    [
        "Đến 30/6/2026, đã có 45/50 xã nộp báo cáo",
        "Đến 30/6/2026 đã có 45/50 xã nộp báo cáo",
        "Den 30/6/2026, da co 45/50 xa nop bao cao",
        "Tới 30/6/2026, đã có 45/50 xã nộp báo cáo",
        # (a denial opening the clause after the comma: main's own refusal)
        "Tới 30/6/2026, chưa có đơn vị nào gửi báo cáo",
        "Tới 30/6/2026 chưa có đơn vị nào gửi báo cáo",
    ],
)
def test_a_count_told_done_stays_refused(phrase: str) -> None:
    assert "last_day" in refused(phrase, MARCH_2026)


# a state told of the step after who: still so, planned, done for the most part (read as due
# on main)
STATES = [
    "Đến ngày 20/4/2026, người lao động vẫn nộp hồ sơ",
    "ĐẾN NGÀY 20/4/2026, NGƯỜI LAO ĐỘNG VẪN NỘP HỒ SƠ",
    "Den ngay 20/4/2026, nguoi lao dong van nop ho so",
    "Tới ngày 20/4/2026 người lao động vẫn nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động vẫn còn nộp hồ sơ",
    "Den ngay 20/4/2026, nguoi lao dong van con nop ho so",
    "Đến ngày 20/4/2026, người lao động còn nộp hồ sơ",
    "Tận ngày 20/4/2026, người lao động còn nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động dự kiến nộp hồ sơ",
    "ĐẾN NGÀY 20/4/2026, NGƯỜI LAO ĐỘNG DỰ KIẾN NỘP HỒ SƠ",
    "Den ngay 20/4/2026, nguoi lao dong du kien nop ho so",
    "Tới ngày 20/4/2026 người lao động dự kiến gửi hồ sơ",
    "Đến 30/6/2026 các xã cơ bản nộp đủ báo cáo",
    "ĐẾN 30/6/2026 CÁC XÃ CƠ BẢN NỘP ĐỦ BÁO CÁO",
    "Den 30/6/2026 cac xa co ban nop du bao cao",
    "Tới 30/6/2026, các xã cơ bản gửi đủ báo cáo",
    # the head's own step called off or waived in a tail after its deadline
    "Nộp hồ sơ trước ngày 30/6/2026, người lao động tạm dừng nộp",
    "Nộp hồ sơ trước ngày 30/6/2026, người lao động được miễn nộp",
    "Nộp hồ sơ trước ngày 30/6/2026, người lao động hủy bỏ nộp hồ sơ",
]


@pytest.mark.parametrize("phrase", STATES)
def test_a_state_told_of_the_step_is_refused(phrase: str) -> None:
    why = refused(phrase, MARCH_2026)
    assert "tình trạng" in why and "last_day" in why, why


# targets, duties, the plan's own time, who's words, leave: read as on main, due that day
READ_JUNE_30 = [
    # a count bound or floored, a target: "phải" makes the count a duty to reach by then
    "Đến 30/6/2026 phải có 12 xã nộp báo cáo",
    "Đến 30/6/2026 PHẢI CÓ 12 XÃ NỘP BÁO CÁO",
    "Den 30/6/2026 phai co 12 xa nop bao cao",
    "Đến 30/6/2026 cần có 12 xã nộp báo cáo",
    "Đến 30/6/2026 có 12 xã phải nộp báo cáo",
    "Đến 30/6/2026 có 12 xã trở lên nộp báo cáo",
    "Đến 30/6/2026 có ít nhất 12 xã nộp báo cáo",
    # a share with no "có": the whole of them owe it (a target, as main reads it)
    "Đến 30/6/2026, 100% xã nộp báo cáo",
    "Đến 30/6/2026 100% xã nộp báo cáo",
    "Den 30/6/2026, 100% xa nop bao cao",
    "Đến 30/6/2026, 12 xã nộp báo cáo",
    # a count of who reaching a standard or ending a work, no report's step: a target
    "Đến 30/6/2026 có 12 xã hoàn thành sáp nhập",
    # a share bound, striven for, or a plan's target verb; a milestone with no "được"
    "Đến 30/6/2026 các xã phải nộp được 60% hồ sơ",
    "Đến 30/6/2026 các xã phấn đấu nộp được 60% hồ sơ",
    "Đến 30/6/2026 các xã cần nộp xong 60% hồ sơ",
    "Đến 30/6/2026, tỷ lệ che phủ rừng đạt được 45%",
    # a share of another step than a report's: a plan's target ahead of its issue
    # (convention 4, test_guardsi's "Đến hết năm 2026, giải ngân được 95% kế hoạch")
    "Đến 30/6/2026, các xã giải ngân được 30% vốn",
    "Đến 30/6/2026, tiêm được 90% dân số",
    "Đến 30/6/2026 các xã nộp 60% hồ sơ",
    "Đến 30/6/2026 các xã nộp xong hồ sơ",
    "Đến 30/6/2026 hoàn thành 50% khối lượng",
    "Chậm nhất ngày 30/6/2026, các xã nộp được 60% hồ sơ",
    # "cơ bản" of a work's end (the plan's target), with no who, or after a deadline's head
    "Đến 30/6/2026 các xã cơ bản hoàn thành",
    "Đến 30/6/2026 toàn tỉnh cơ bản hoàn thành sáp nhập",
    "Đến 30/6/2026, cơ bản nộp đủ báo cáo",
    "Trước 30/6/2026, các xã cơ bản nộp đủ báo cáo",
    "Đến 30/6/2026 các xã nộp đủ báo cáo",
    "Đến 30/6/2026 các xã cơ bản phải nộp đủ báo cáo",
    # a tail naming who: employees at work, the deadline the step's
    "Nộp hồ sơ trước ngày 30/6/2026, người lao động đang làm việc",
    "Nộp hồ sơ trước ngày 30/6/2026, người lao động đang làm việc tại doanh nghiệp",
    "Nộp hồ sơ trước ngày 30/6/2026 người lao động đang làm việc",
    "NỘP HỒ SƠ TRƯỚC NGÀY 30/6/2026, NGƯỜI LAO ĐỘNG ĐANG LÀM VIỆC",
    "Nop ho so truoc ngay 30/6/2026, nguoi lao dong dang lam viec",
    "Rà soát trước ngày 30/6/2026, bãi bỏ các quy định không còn phù hợp",
]


@pytest.mark.parametrize("phrase", READ_JUNE_30)
def test_a_target_a_duty_or_who_reads_as_on_main(phrase: str) -> None:
    assert read_days(phrase, "2026-03-01") == JUNE_30


READ_APRIL_20 = [
    "Đến ngày 20/4/2026, người lao động nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động phải nộp hồ sơ",
    # "dự kiến" with no who, after a deadline's head, or of a work's end: the plan's own time
    "Đến ngày 20/4/2026, dự kiến nộp hồ sơ",
    "Trước ngày 20/4/2026, người lao động dự kiến nộp hồ sơ",
    "Đến ngày 20/4/2026, người lao động dự kiến hoàn thành hồ sơ",
    # "còn" of the rest or of who owes, "bà con" (folks), "Văn phòng" typed bare
    "Đến ngày 20/4/2026, người lao động còn lại nộp hồ sơ",
    "Đến ngày 20/4/2026, các hộ còn nợ thuế nộp hồ sơ",
    "Đến ngày 20/4/2026, bà con nộp hồ sơ",
    "Den ngay 20/4/2026, ba con nop ho so",
    "Den ngay 20/4/2026, Van phong nop ho so",
    # who still at work, then who's own step; leave still given till then (the window
    # closing that day, as "có thể nộp" reads in `untilstate`)
    "Đến ngày 20/4/2026, các đơn vị vẫn hoạt động nộp báo cáo",
    "Đến ngày 20/4/2026, người lao động vẫn được nộp hồ sơ",
]


@pytest.mark.parametrize("phrase", READ_APRIL_20)
def test_the_plan_s_own_time_or_who_s_words_read_as_on_main(phrase: str) -> None:
    assert read_days(phrase, "2026-03-01") == APRIL_20


def test_a_target_planned_by_an_agency_reads() -> None:
    # tests/corpus/zr-vtvgo-cong-an-ha-noi-san-sang-cap-the-can-cuoc-2021.yaml: "dự kiến sẽ"
    # of a figure to reach, a target due by the end of July 2021
    phrase = "Đến tháng 7/2021, Bộ Công an dự kiến sẽ cấp đủ 50 triệu thẻ căn cước"
    assert read_days(phrase, "2021-03-01") == (DeadlineKind.WINDOW, "2021-07-01", "2021-07-31")


@pytest.mark.parametrize(
    "phrase",
    [
        "Đến 30/6/2026 các xã mới hoàn thành",
        "Đến 30/6/2026 mới hoàn thành",
        "Đến 30/6/2026 thì mới hoàn thành",
    ],
)
def test_the_end_reached_only_then_is_its_deadline(phrase: str) -> None:
    # Kept read (test_d60 pins all three): the day the work ends, reached only then, is its
    # deadline (session 60's ruling, `onlythen._DONE_THEN`), whoever waits for it; and "các xã
    # mới" is as well "the new communes" (after the 2025 merger), who complete by that day:
    # either way the day is the end's, never an earliest day
    assert read_days(phrase, "2026-03-01") == JUNE_30


# a calling off of who's own work: the step after it told stopped, hedged, denied,
# planned, asked for, waived, under way, done, redone with a count, timed by its own day,
# left unbound or with no who: refused
OFF_NEIGHBOURS = [
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động phải tạm dừng nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động có lẽ phải nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động có thể phải nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động hy vọng phải nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động dự kiến phải nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động không phải nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động chưa phải nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động phải nộp báo cáo lần 2",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động phải nộp báo cáo trước ngày 15/6/2026",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động phải nộp báo cáo, nếu có",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động xin nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động được miễn nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động đang nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động đã nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động vừa nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động mới chỉ nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động vẫn nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng nộp báo cáo phải nộp kế hoạch",
    "Đến 30/6/2026, tạm dừng hoạt động phải nộp báo cáo",
    "Đến 30/6/2026, các đơn vị hủy bỏ phải nộp báo cáo",
    # ... and bound: refused again as on main (helper b64b; the units' duty may be the one
    # called off: "Sở bãi bỏ yêu cầu các xã phải nộp báo cáo", test_b64b)
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động phải nộp báo cáo",
    "ĐẾN 30/6/2026, CÁC ĐƠN VỊ TẠM DỪNG HOẠT ĐỘNG PHẢI NỘP BÁO CÁO",
    "Den 30/6/2026 cac don vi tam dung hoat dong phai nop bao cao",
    "Tới 30/6/2026 các đơn vị tạm dừng hoạt động phải nộp báo cáo",
    "Đến 30/6/2026, doanh nghiệp tạm ngừng kinh doanh phải nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động cần nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động có trách nhiệm nộp báo cáo",
    "Chậm nhất ngày 30/6/2026, các đơn vị tạm dừng hoạt động phải nộp báo cáo",
    "Đến 30/6/2026, các đơn vị tạm dừng hoạt động phải nộp lại báo cáo",
]


@pytest.mark.parametrize("phrase", OFF_NEIGHBOURS)
def test_a_calling_off_with_its_step_hedged_or_unbound_stays_refused(phrase: str) -> None:
    assert "last_day" in refused(phrase, MARCH_2026)


# the tails' neighbours that main already refused: a denial, a condition, an exception, a
# move or a calling off of the deadline itself
@pytest.mark.parametrize(
    "phrase",
    [
        "Nộp hồ sơ trước ngày 30/6/2026, người lao động không phải nộp",
        "Nộp hồ sơ trước ngày 30/6/2026, hiện đã tạm dừng",
        "Nộp hồ sơ trước ngày 30/6/2026, người lao động được gia hạn đến 30/7/2026",
        "Nộp hồ sơ trước ngày 30/6/2026, nay đã bãi bỏ",
        "Nộp hồ sơ trước ngày 30/6/2026, trừ người lao động đang nghỉ thai sản",
        "Nộp hồ sơ trước ngày 30/6/2026, nếu người lao động đang làm việc",
    ],
)
def test_a_tail_denying_moving_or_calling_off_stays_refused(phrase: str) -> None:
    assert refused(phrase, MARCH_2026)
