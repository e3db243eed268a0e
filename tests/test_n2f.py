"""Family N2 of session 43 (branch n2f): phrases refused as 'không nhận ra thời hạn' whose
count the grammar reads once the words beside it are understood (issue 11 §1: never a number
the grammar cannot explain, never two deadlines made one)."""

from __future__ import annotations

import pytest

from deadline_forms import one, refused
from kehoach.dates.deadline import Deadline, DeadlineKind


def _counted(read: Deadline) -> tuple[int, str, bool, str]:
    """What a clerk sees of a count: how many, of what, working days or not, which way."""
    assert read.kind is DeadlineKind.RELATIVE and read.relative is not None
    counted = read.relative
    return counted.offset, counted.unit, counted.working_days, counted.direction


# --- a count said after its anchor, then who does what or where (counted._after_the_count) --

_LICENCE = (
    "Trước thời hạn hiệu lực của giấy phép 30 ngày, tổ chức, cá nhân phải nộp hồ sơ đề nghị "
    "cấp lại giấy phép (nếu tiếp tục kinh doanh)"
)


def test_a_count_after_the_licence_term_then_its_duty_reads_the_count() -> None:
    # tests/corpus/ze-dvctt-thai-binh-cap-lai-giay-phep-thuoc-la.yaml (Nghị định 67/2013/NĐ-CP,
    # Điều 37): 30 days before the licence runs out, the licensee files; the condition in
    # parentheses says whether, not when
    read = one(_LICENCE)
    assert _counted(read) == (30, "ngày", False, "before")
    assert read.label is not None and read.label.startswith("tổ chức, cá nhân phải nộp hồ sơ")


def test_a_count_after_the_exam_day_then_where_reads_the_count() -> None:
    # tests/corpus/ze-lhu-dong-nai-lich-thi-chung-chi-2021.yaml: 'tại đây' is the page's link
    read = one("Sinh viên xem số báo danh và phòng thi trước ngày thi 2 ngày tại đây")
    assert _counted(read) == (2, "ngày", False, "before")
    assert read.gloss == "tại đây"


def test_a_second_time_in_the_duty_after_the_count_stays_refused() -> None:
    # refusal neighbour: the duty after the comma holds a time of its own
    why = refused(_LICENCE.replace("(nếu tiếp tục kinh doanh)", "vào tháng sau"))
    assert "tháng" in why


def test_a_bound_after_the_count_stays_refused() -> None:
    # refusal neighbour: 'tối đa' after the comma says no one's duty (a bound of what?)
    why = refused("Trước thời hạn hiệu lực của giấy phép 30 ngày, tối đa")
    assert "tối đa" in why and "last_day" in why


def test_a_condition_on_a_request_after_the_count_stays_refused() -> None:
    # refusal neighbour: 'nếu có yêu cầu' may be the time itself (test_deadline_forms_n)
    refused(_LICENCE.replace("tiếp tục kinh doanh", "có yêu cầu"))


def test_a_number_in_the_place_after_the_count_stays_refused() -> None:
    # refusal neighbour: a number after 'tại' nothing explains
    refused("Sinh viên xem số báo danh và phòng thi trước ngày thi 2 ngày tại phòng 5")


# --- a count's anchor in a parenthesis the phrase ends before closing (ANCHOR_IN_PARENS) ---

_AUDIT = (
    "Việc thực hiện các bước lập, thẩm định, xét duyệt và phát hành Báo cáo kiểm toán được "
    "thực hiện trong thời gian tối đa 45 ngày (kể từ ngày kết thúc kiểm toán"
)


def test_a_count_whose_anchor_parenthesis_is_cut_reads_the_count() -> None:
    # tests/corpus/zg-luatminhkhue-trinh-tu-bao-cao-kiem-toan.yaml: the page's excerpt ends
    # inside the parenthesis; the anchor is all there
    read = one(_AUDIT)
    assert _counted(read) == (45, "ngày", False, "after")
    assert "kết thúc kiểm toán" in read.reading


def test_a_cut_anchor_with_a_number_stays_refused() -> None:
    # refusal neighbour: a day inside the cut anchor is read nowhere
    refused(_AUDIT.replace("kết thúc kiểm toán", "kết thúc kiểm toán 15/3"))


# --- a step, its bare cadence, then a clause after the comma: refused (the lead's ruling of
# session 43: the clause may be another actor's step with no time; test_deadline_planyear
# holds "Trong năm thứ tư …, các Bộ rà soát" refused, which the note reading took) -----------

_ELDERLY = (
    "Theo đó, mỗi người cao tuổi trên địa bàn TP đều được khám sức khỏe định kỳ 1 lần/năm, "
    "nguồn kinh phí khám sức khỏe do ngân sách TP thanh toán"
)


@pytest.mark.parametrize(
    "phrase",
    [
        "Trên cơ sở kết quả đánh giá, phân loại và xếp hạng kết quả CCHC được công bố hàng năm, "
        "các cơ quan, đơn vị, địa phương chủ động xây dựng mục tiêu, nhiệm vụ về CCHC của đơn vị "
        "cho phù hợp với yêu cầu chung của tỉnh",  # zl-hethongphapluat
    ],
)
def test_a_clause_after_a_bare_cadence_stays_refused(phrase: str) -> None:
    refused(phrase)


def test_an_occasion_in_the_note_stays_refused() -> None:
    # tests/corpus/zr-laocaitv-tet-trong-cay-quy-mao-2023.yaml: 'mỗi dịp Tết' gives the yearly
    # work the occasion's day, not the year's last (ruling 41(f))
    refused(
        "Việc tổ chức phát động trồng cây xanh, trồng rừng được tổ chức hằng năm, trở thành nét "
        "đẹp truyền thống của người Lào Cai mỗi dịp Tết đến xuân về, tạo động lực thi đua trong "
        "thực hiện nhiệm vụ bảo vệ, phát triển rừng"
    )


def test_a_period_in_the_note_stays_refused() -> None:
    # refusal neighbour: 'quý IV' after the comma is each year's fourth quarter, another time
    refused(_ELDERLY.replace("nguồn kinh phí", "quý IV, nguồn kinh phí"))


def test_a_number_in_the_note_stays_refused() -> None:
    # refusal neighbour: a number after the cadence nothing explains
    refused(_ELDERLY.replace("nguồn kinh phí", "tối đa 2 triệu đồng, nguồn kinh phí"))


# --- a duty's count with no anchor after a condition 'Trường hợp … thì' (unanchored) ------

_INCOMPLETE = (
    "Trường hợp nhận hồ sơ chưa đầy đủ, chưa hợp lệ thì trong thời hạn 03 ngày  Phòng Nội vụ "
    "cấp huyện phải có văn bản thông báo và hướng dẫn, chuyển đến Trung tâm Hành chính cấp "
    "huyện để gửi cho người nộp hồ sơ bổ sung, hoàn chỉnh hồ sơ theo quy định"
)


def test_a_count_after_a_condition_on_the_file_reads_with_no_anchor() -> None:
    # tests/corpus/zk-dichvucong-longan-bao-cao-dai-hoi-hoi.yaml: 'hợp lệ' is no meeting,
    # 'thì' no exam, 'quy định' no quarter, 'chuyển đến Trung tâm' a place (ruling 33: the
    # count read, no anchor named)
    read = one(_INCOMPLETE)
    assert _counted(read) == (3, "ngày", False, "after")
    assert read.relative is not None and read.relative.anchor is None
    assert "không nêu mốc tính" in read.reading


def test_a_condition_on_a_need_before_the_count_stays_refused() -> None:
    # refusal neighbour: 'Trường hợp cần thiết thì' may be the time itself (ruling 38(g))
    refused(_INCOMPLETE.replace("nhận hồ sơ chưa đầy đủ, chưa hợp lệ", "cần thiết"))


def test_a_meeting_before_the_count_stays_refused() -> None:
    # refusal neighbour: 'họp trong 03 ngày' is an event's length, no duty's time
    refused("Trường hợp hồ sơ chưa hợp lệ thì Hội đồng họp trong thời hạn 03 ngày")
