"""A state told after "Đến D, who …", and the not-until's last holes (helper a63, session 63).

Main read each phrase refused below as due that day; none is (the first rule: never a silent
wrong date), so each is refused with a reason and "ghi last_day …":

- a state told after the time and who (`untilstate`): just done ("Đến ngày 20/4/2026, người
  lao động vừa nộp hồ sơ"), under way ("… đang nộp hồ sơ"), guessed ("… có lẽ nộp hồ sơ",
  `hedged.GUESSED`), waived ("… được miễn nộp hồ sơ"), called off ("… tạm dừng nộp hồ sơ",
  `calledoff.CALLED_OFF_WORDS`) or done only so far ("… mới chỉ nộp", typed bare "Den
  30/6/2026 cac xa moi chi nop 50%"): the day is when the state is told of. The corpus's own
  shape is tests/corpus/zj-dautuvakinhdoanh-son-la-kiem-ke-dat-dai-2019.yaml's "…, tính đến
  cuối tháng 8/2020, cả nước mới chỉ có 14/63 tỉnh, thành phố hoàn thành …" (a count as of a
  moment, refused);
- a lower-case agency's name with its verb before "mới" ("Đến 30/6/2026 Văn phòng đăng ký
  đất đai mới cấp sổ": the office only grants then, `onlythen._AGENCY_LOWER`), as the
  capitalised name waits since a62b;
- "mới bổ sung báo cáo": the report is what "bổ sung" adds to, no step of new communes'
  own ("Đến 30/6/2026 các xã mới bổ sung báo cáo" waits, as "… mới bổ sung hồ sơ" did).

Read as main reads them: who told by a past, a state under way or a waiver, then a plain step
of who's own ("Đến ngày 30/6/2026, người lao động đang làm việc tại doanh nghiệp phải nộp hồ
sơ", "… các xã vừa sáp nhập nộp báo cáo", "… các xã được miễn báo cáo phải nộp kế hoạch"), a
fee waived as a target (tests/corpus/zf-znews-nq-72-uu-tien-kham-suc-khoe-2025.yaml's "Đến năm
2030, người dân sẽ được miễn viện phí cơ bản …"), leave ("… có thể nộp hồ sơ"), and the pinned
keeps of a61/a62 ("Đến ngày 20/4/2026, người mới tuyển nộp hồ sơ", "Đến 30/6/2026 (thì) mới
hoàn thành").
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused

MARCH_2026 = ctx("2026-03-01")
JUNE_30 = date(2026, 6, 30)
APRIL_20 = date(2026, 4, 20)


def _a_state(phrase: str) -> None:
    why = refused(phrase, MARCH_2026)
    assert "tình trạng" in why and "last_day" in why, why


def _a_wait(phrase: str) -> None:
    why = refused(phrase, MARCH_2026)
    assert "mốc sớm nhất" in why and "last_day" in why, why


def _reads(phrase: str, last: date) -> None:
    reading = one(phrase, MARCH_2026)
    assert reading.last == last, reading


@pytest.mark.parametrize(
    "phrase",
    [
        # the brief's phrases
        "Đến ngày 20/4/2026, người lao động được miễn nộp hồ sơ",
        "Đến ngày 20/4/2026, người lao động vừa nộp hồ sơ",
        "Đến ngày 20/4/2026, người lao động đang nộp hồ sơ",
        "Đến ngày 20/4/2026, người lao động có lẽ nộp hồ sơ",
        "Đến ngày 20/4/2026, người lao động mới chỉ nộp",
        "Den 30/6/2026 cac xa moi chi nop 50%",
        # no comma, capitals, another head, another time
        "Đến ngày 20/4/2026 người lao động vừa nộp hồ sơ",
        "ĐẾN NGÀY 20/4/2026, NGƯỜI LAO ĐỘNG VỪA NỘP HỒ SƠ",
        "ĐẾN NGÀY 20/4/2026, NGƯỜI LAO ĐỘNG ĐANG NỘP HỒ SƠ",
        "Tới ngày 20/4/2026, người lao động đang nộp hồ sơ",
        "Sang ngày 20/4/2026, người lao động đang nộp hồ sơ",
        "Tận ngày 20/4/2026, người lao động đang nộp hồ sơ",
        "Tới 30/6/2026, các xã được miễn nộp báo cáo",
        "Sang tháng 7/2026, các xã có lẽ nộp báo cáo",
        "Tận 30/6/2026 các xã mới chỉ nộp báo cáo",
        "Đến hết quý III/2026, các xã đang thẩm định",
        "Đến cuối năm 2026, người dân đang chờ cấp sổ",
        "Đến 17 giờ ngày 30/6/2026, các xã vừa nộp báo cáo",
        "Đến ngày 30/6/2026 (thứ Ba), các xã đang nộp báo cáo",
        "Đến hết ngày 20/4/2026, các xã vừa nộp báo cáo",
        # no who, or who in a thing's name
        "Đến 30/6/2026, đang nộp hồ sơ",
        "Đến 30/6/2026 đang thẩm định hồ sơ",
        "Đến 30/6/2026 vẫn đang thẩm định",
        "Đến 30/6/2026 thì đang thẩm định",
        "Đến ngày 20/4/2026, các xã đang triển khai",
        # each state's words: a guess or a wish, a call-off, a waiver, so far
        "Đến ngày 20/4/2026, người lao động hy vọng nộp hồ sơ",
        "Đến ngày 20/4/2026, người lao động hy vọng sẽ nộp hồ sơ",
        "Đến ngày 20/4/2026, người lao động hình như nộp hồ sơ",
        "Đến ngày 20/4/2026, các xã chắc sẽ nộp báo cáo",
        "Đến ngày 20/4/2026, người lao động tạm dừng nộp hồ sơ",
        "Đến ngày 20/4/2026, người lao động hoãn nộp hồ sơ",
        "Đến ngày 20/4/2026, người lao động thôi nộp hồ sơ",
        "Đến ngày 20/4/2026, người lao động ngừng nộp hồ sơ",
        "Đến ngày 20/4/2026, người lao động hủy bỏ hồ sơ",
        "Đến ngày 20/4/2026, người lao động miễn nộp hồ sơ",
        "Đến ngày 20/4/2026, người lao động được miễn việc nộp hồ sơ",
        "Đến ngày 20/4/2026, các xã được miễn báo cáo",
        "Đến ngày 20/4/2026, các xã mới chỉ nộp báo cáo",
        # typed without marks
        "Den ngay 20/4/2026, nguoi lao dong vua nop ho so",
        "Den ngay 20/4/2026, nguoi lao dong dang nop ho so",
        "Den ngay 20/4/2026, nguoi lao dong duoc mien nop ho so",
        "Den ngay 20/4/2026, nguoi lao dong co le nop ho so",
        "Den ngay 20/4/2026, nguoi lao dong tam dung nop ho so",
        "Den ngay 20/4/2026, cac xa moi chi nop bao cao",
        # a deadline's head, its time closed by a comma (read as due on main too)
        "Trước ngày 30/6/2026, người lao động vừa nộp hồ sơ",
        "Trước ngày 30/6/2026, người lao động đang nộp hồ sơ",
        "Trước ngày 30/6/2026, người lao động được miễn nộp hồ sơ",
        "Trước ngày 30/6/2026, người lao động có lẽ nộp hồ sơ",
        "Trước ngày 30/6/2026, người lao động tạm dừng nộp hồ sơ",
        "Trước ngày 30/6/2026, người lao động mới chỉ nộp hồ sơ",
        "Chậm nhất ngày 30/6/2026, người lao động đang nộp hồ sơ",
        "Hạn chót 30/6/2026, người lao động đang nộp hồ sơ",
        "Trong tháng 6/2026, người lao động đang nộp hồ sơ",
    ],
)
def test_a_state_after_who_is_no_deadline(phrase: str) -> None:
    _a_state(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        # refused by the count's or the done step's rule (engine `_DONE_BY`), as on main
        "Đến 30/6/2026 các xã mới chỉ nộp 50%",
        "Đến 30/6/2026 mới nộp được 50%",
        "Đến ngày 20/4/2026, người lao động đã nộp hồ sơ",
        "Đến ngày 20/4/2026, người lao động đã hoàn thành nộp hồ sơ",
        # ... negated, or "vừa mới" (just), by their own rules
        "Đến ngày 20/4/2026, người lao động không nộp hồ sơ",
        "Đến ngày 20/4/2026, người lao động chưa nộp hồ sơ",
        "Đến ngày 20/4/2026, người lao động vừa mới nộp hồ sơ",
    ],
)
def test_told_done_or_denied_stays_refused(phrase: str) -> None:
    assert "last_day" in refused(phrase, MARCH_2026)


@pytest.mark.parametrize(
    "phrase",
    [
        # the brief's, lower case (the capitalised name waits since a62b)
        "Đến 30/6/2026 Văn phòng đăng ký đất đai mới cấp sổ",
        "Đến 30/6/2026 văn phòng đăng ký đất đai mới cấp sổ",
        "Den 30/6/2026 van phong dang ky dat dai moi cap so",
        "ĐẾN 30/6/2026 VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI MỚI CẤP SỔ",
        "Đến 30/6/2026, Văn phòng đăng ký đất đai tỉnh mới cấp sổ",
        "Tới 30/6/2026 Chi nhánh Văn phòng đăng ký đất đai mới cấp sổ",
        "Sang tháng 7/2026 Văn phòng đăng ký đất đai mới cấp sổ",
        "Phải đến 30/6/2026 Văn phòng đăng ký đất đai mới cấp sổ",
        "Đến ngày 30/6/2026 ban quản lý dự án đầu tư xây dựng tỉnh mới bàn giao mặt bằng",
        # "đổi" of "chuyển đổi số" is the name's too
        "Đến 30/6/2026 trung tâm chuyển đổi số mới vận hành hệ thống",
        "Đến 30/6/2026 Trung tâm Chuyển đổi số mới vận hành hệ thống",
        "Đến 30/6/2026 công ty cấp nước mới lắp đồng hồ",
        # the brief's other agencies, refused on main already
        "Đến 30/6/2026 phòng tài nguyên và môi trường mới thẩm định",
        "Đến 30/6/2026 trung tâm y tế mới tiêm",
        "Đến 30/6/2026 trung tâm y tế huyện mới tiêm vắc xin",
        # "bổ sung" adds to the report: only then
        "Đến 30/6/2026 các xã mới bổ sung báo cáo",
        "Đến 30/6/2026 các xã mới bổ sung hồ sơ",
        "Đến 30/6/2026 các xã mới nộp báo cáo bổ sung",
        # a62's safe losses stay refused: no rule tells "by D the new project starts" from
        # "only at D did it start"
        "Đến 30/6/2026 dự án mới khởi công",
        "Đến 30/6/2026 nhà máy mới vận hành",
    ],
)
def test_an_agency_or_a_report_added_to_waits(phrase: str) -> None:
    _a_wait(phrase)


# "Đến 30/6/2026 các xã mới sáp nhập nộp báo cáo bổ sung" (the brief's): the newly merged
# communes submit a supplementary report by 30/6. "mới sáp nhập" makes who new (a participle,
# then a plain duty of who's own, as the pinned "… các xã mới sáp nhập nộp báo cáo"), and
# "bổ sung" after the report is the report's kind, no second step; read. Each neighbour
# where "mới" may as well be the wait, or the step is no plain duty, is refused below.
@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Đến 30/6/2026 các xã mới sáp nhập nộp báo cáo bổ sung", JUNE_30),
        ("Den 30/6/2026 cac xa moi sap nhap nop bao cao bo sung", JUNE_30),
        ("Đến 30/6/2026 các xã mới sáp nhập nộp bổ sung báo cáo", JUNE_30),
        # pinned by the brief
        ("Đến ngày 20/4/2026, người mới tuyển nộp hồ sơ", APRIL_20),
        ("Đến 30/6/2026 các xã mới sáp nhập nộp báo cáo", JUNE_30),
        ("Đến 30/6/2026 (thì) mới hoàn thành", JUNE_30),
        ("Đến ngày 20/4/2026, người lao động nộp hồ sơ", APRIL_20),
        ("Đến ngày 20/4/2026 người lao động nộp hồ sơ", APRIL_20),
        ("Đến ngày 20/4/2026, người lao động phải nộp hồ sơ", APRIL_20),
        ("Đến ngày 20/4/2026, người lao động sẽ nộp hồ sơ", APRIL_20),
        # "có thể" alone is leave: the window to file closes that day
        ("Đến ngày 20/4/2026, người lao động có thể nộp hồ sơ", APRIL_20),
        # who told by a past, a state under way or a waiver, then a plain step of its own
        (
            "Đến ngày 30/6/2026, người lao động đang làm việc tại doanh nghiệp phải nộp hồ sơ",
            JUNE_30,
        ),
        ("Đến ngày 30/6/2026, các hộ đang sử dụng đất phải kê khai", JUNE_30),
        ("Đến ngày 30/6/2026, các xã vừa sáp nhập nộp báo cáo", JUNE_30),
        ("Đến ngày 30/6/2026, các xã vừa thành lập nộp báo cáo", JUNE_30),
        ("Đến ngày 30/6/2026, các xã được miễn báo cáo phải nộp kế hoạch", JUNE_30),
        # "vừa … vừa …" is both, no past
        ("Đến ngày 20/4/2026, sinh viên vừa học vừa làm nộp hồ sơ", APRIL_20),
        ("Đến ngày 20/4/2026, người lao động vừa nộp hồ sơ, vừa ký hợp đồng", APRIL_20),
        # "đang" inside the step, after who's own verb
        ("Đến ngày 30/6/2026, hoàn thành việc cấp sổ cho các hộ đang sử dụng đất", JUNE_30),
        ("Đến ngày 30/6/2026, hoàn thành các nội dung đã đề ra", JUNE_30),
        # a fee waived, as a target (the corpus's zf-znews-nq-72 file)
        ("Đến năm 2030, người dân sẽ được miễn viện phí cơ bản", date(2030, 12, 31)),
        ("Đến năm 2030, người dân được miễn học phí", date(2030, 12, 31)),
        # after a deadline's head: who told by a state, then a plain step of its own
        ("Trước ngày 30/6/2026, người lao động nộp hồ sơ", JUNE_30),
        ("Trước ngày 30/6/2026, người lao động có thể nộp hồ sơ", JUNE_30),
        ("Trước ngày 30/6/2026, các hộ đang sử dụng đất phải kê khai", JUNE_30),
        ("Trước 30/6/2026, các đơn vị đang quản lý tài sản phải kiểm kê", JUNE_30),
        ("Chậm nhất ngày 30/6/2026, các xã được miễn báo cáo phải nộp kế hoạch", JUNE_30),
        # the step's own deadline after who told by a state is no day of its own (and a
        # period told done is `toldpast`'s, test_deadline_forms_t)
        ("Trong năm 2026, các nội dung đã được giao phải hoàn thành trước ngày 30/6/2026", JUNE_30),
        # typed bare: "đăng ký", "Đảng", "hoàn thành", "huy động" are no state
        ("Den ngay 20/4/2026 cac xa dang ky danh sach", APRIL_20),
        ("Den ngay 20/4/2026 cac to chuc co so dang nop bao cao", APRIL_20),
        ("Den ngay 20/4/2026, cac xa hoan thanh bao cao", APRIL_20),
        ("Den ngay 20/4/2026, cac xa huy dong nguon luc", APRIL_20),
    ],
)
def test_what_main_reads_right_stays_read(phrase: str, last: date) -> None:
    _reads(phrase, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # the supplementary report's neighbours: planned, hedged, again, a state, a condition
        "Đến 30/6/2026 các xã mới sáp nhập nộp báo cáo bổ sung lần 2",
        "Đến 30/6/2026 các xã mới sáp nhập nộp lại báo cáo bổ sung",
        "Đến 30/6/2026 các xã mới sáp nhập dự kiến nộp báo cáo bổ sung",
        "Đến 30/6/2026 các xã mới sáp nhập mới nộp báo cáo bổ sung",
        "Đến 30/6/2026 các xã mới sáp nhập vừa nộp báo cáo bổ sung",
        "Đến 30/6/2026 các xã mới sáp nhập đang nộp báo cáo bổ sung",
        "Đến 30/6/2026 các xã mới sáp nhập được miễn nộp báo cáo bổ sung",
        "Đến 30/6/2026 các xã mới sáp nhập có lẽ nộp báo cáo bổ sung",
        "Đến 30/6/2026 các xã mới sáp nhập không nộp báo cáo bổ sung",
        "Đến 30/6/2026 các xã mới sáp nhập chưa nộp báo cáo bổ sung",
        "Đến 30/6/2026 các xã mới sáp nhập đã nộp báo cáo bổ sung",
        "Đến 30/6/2026 các xã mới sáp nhập tạm dừng nộp báo cáo bổ sung",
        "Đến 30/6/2026 các xã mới sáp nhập nộp báo cáo bổ sung, nếu có",
        # "Đến 30/6/2026 các xã mới sáp nhập bổ sung báo cáo" reads as on main (helper a63b's brief:
        # "bổ sung" after a participle is who's step; test_a63b pins it)
        # who told by a state, then no plain step of its own
        "Đến ngày 30/6/2026, các xã vừa sáp nhập có lẽ nộp báo cáo",
        "Đến ngày 30/6/2026, các xã vừa sáp nhập dự kiến nộp báo cáo",
        "Đến ngày 30/6/2026, các xã vừa sáp nhập tạm dừng nộp báo cáo",
        # "… các xã vừa sáp nhập nộp lại báo cáo" reads as on main (helper h63's brief: "lại"
        # after who's own step is a duty to redo; test_h63 pins it)
        "Đến ngày 30/6/2026, các xã vừa sáp nhập nộp báo cáo lần 2",
        "Đến ngày 30/6/2026, các xã vừa sáp nhập xin nộp báo cáo",
        "Đến ngày 30/6/2026, các xã vừa sáp nhập",
        "Đến ngày 30/6/2026, các xã vừa sáp nhập xong",
        "Đến ngày 30/6/2026, các xã vừa sáp nhập được miễn nộp báo cáo",
        "Đến ngày 30/6/2026, các xã vừa sáp nhập đang nộp báo cáo",
        "Đến ngày 30/6/2026, các xã vừa sáp nhập không nộp báo cáo",
        "Đến ngày 30/6/2026, các xã vừa sáp nhập chưa nộp báo cáo",
        "Đến ngày 30/6/2026, các xã vừa sáp nhập nộp báo cáo, nếu có",
        "Đến ngày 30/6/2026, người lao động đang làm việc tại doanh nghiệp có lẽ phải nộp hồ sơ",
        "Đến ngày 30/6/2026, người lao động đang làm việc tại doanh nghiệp dự kiến phải nộp hồ sơ",
        "Đến ngày 30/6/2026, người lao động đang làm việc tại doanh nghiệp không phải nộp hồ sơ",
        # "… đang làm việc tại doanh nghiệp phải nộp lại hồ sơ" reads as on main (test_h63)
        "Đến ngày 30/6/2026, người lao động đang làm việc tại doanh nghiệp",
        # "… người lao động đang làm việc tại doanh nghiệp nộp hồ sơ" reads as on main (helper
        # a63b's rule: "đang" is not right before the step; test_a63b pins it)
        "Đến ngày 30/6/2026, các xã được miễn báo cáo tạm dừng nộp kế hoạch",
        "Đến ngày 30/6/2026, các xã được miễn báo cáo có lẽ phải nộp kế hoạch",
        "Trong năm 2026, các xã vừa sáp nhập có lẽ nộp báo cáo trước ngày 30/6/2026",
        "Trong năm 2026, tỉnh đã hoàn thành 120 công trình",
        # the object of the state's own verb is no step of who's own
        "Đến ngày 20/4/2026, các xã đang nộp báo cáo",
        "Đến ngày 20/4/2026, các xã đang lập báo cáo",
        "Đến ngày 20/4/2026, các xã đang hoàn thành báo cáo",
    ],
)
def test_a_new_or_stated_who_without_a_plain_step_is_refused(phrase: str) -> None:
    assert "last_day" in refused(phrase, MARCH_2026)
