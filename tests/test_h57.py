"""Session 57, helper h57 (issue 11, the long tail of refused phrases).

- a hyphenated compound in the words after a cadence ("kinh tế - xã hội", "an ninh - quốc
  phòng", "Bà Rịa - Vũng Tàu") is read as the same words without the hyphen are: the step
  after "mỗi năm một lần", "hằng tháng" … (`grammar._LISTED_STEP`). Its neighbours that name
  another time, a condition, a pause or a thing told done after the hyphen stay refused;
- a cadence left after numbered grounds closed by a comma ("Theo Nghị quyết 72 của Bộ Chính
  trị, …") is no phrase of only a citation (`asides._cadence_after_grounds`).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

# the draft decree's list, as thuvienphapluat's reader prints it (zh-luatvietnam of the corpus)
_DRAFT = (
    "- Từ năm 2026, ưu tiên thực hiện khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí ít nhất "
    "mỗi năm một lần cho người cao tuổi, người khuyết tật, người thuộc hộ nghèo, cận nghèo, "
    "người có công, người mắc bệnh mạn tính, người sống tại vùng đồng bào dân tộc thiểu số và "
    "miền núi, vùng có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn, xã đảo, đặc khu."
)


def test_a_yearly_duty_from_a_year_whose_words_hold_a_hyphenated_compound_reads() -> None:
    reading = one(_DRAFT)
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.earliest == date(2026, 1, 1)
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1"


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        ("hằng tháng báo cáo tình hình kinh tế - xã hội", "FREQ=MONTHLY;BYMONTHDAY=-1"),
        ("hằng tháng báo cáo tình hình kinh tế – xã hội", "FREQ=MONTHLY;BYMONTHDAY=-1"),
        ("báo cáo mỗi tháng một lần về tình hình kinh tế - xã hội", "FREQ=MONTHLY;BYMONTHDAY=-1"),
        (
            "hằng quý báo cáo tình hình an ninh - quốc phòng",
            "FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1",
        ),
        ("hằng năm báo cáo tỉnh Bà Rịa-Vũng Tàu", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1"),
        ("hang nam to chuc hoi nghi kinh te - xa hoi", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1"),
    ],
)
def test_a_cadence_then_words_with_a_hyphen_reads_as_without_it(phrase: str, rrule: str) -> None:
    reading = one(phrase, ctx("2025-06-01"))
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.rrule == rrule
    assert reading.rrule == one(phrase.replace(" - ", " ").replace(" – ", " ")).rrule


@pytest.mark.parametrize(
    "phrase",
    [
        # another time after the hyphen: never the cadence's own last day
        "hằng năm tổ chức hội nghị kinh tế - xã hội - tháng mười hai",
        "hằng năm tổ chức hội nghị - năm sau",
        "hằng năm tổ chức hội nghị - đầu năm",
        "hằng năm tổ chức hội nghị - cuối năm",
        "hằng tháng tổ chức giao ban - ngày cuối tháng",
        "hằng tháng tổ chức giao ban - tuần đầu tháng",
        "hằng tuần tổ chức giao ban - thứ hai",
        "hằng tuần tổ chức giao ban - sáng thứ hai",
        "hằng năm tổ chức hội nghị - chậm nhất",
        "hằng năm tổ chức hội nghị - lần sau",
        "hằng năm tổ chức hội nghị - khi có yêu cầu",
        "hằng năm tổ chức hội nghị - cho đến khi hoàn thành",
        "hằng năm tổ chức hội nghị - trước ngày",
        # a pause, a condition, a thing told done, a count of several times
        "hằng năm tổ chức hội nghị - không tổ chức",
        "hằng năm tổ chức hội nghị - hoãn",
        "hằng năm tổ chức hội nghị kinh tế - xã hội nếu có",
        "đã khám sức khỏe mỗi năm một lần cho người dân vùng kinh tế - xã hội khó khăn",
        "mỗi năm một lần khám sức khỏe cho người dân vùng kinh tế - xã hội khó khăn đã thực hiện",
        "khám sức khỏe mỗi năm hai lần cho người dân vùng kinh tế - xã hội khó khăn",
        "hằng năm tổ chức hội nghị kinh tế - xã hội, năm tới",
    ],
)
def test_a_cadence_then_a_hyphen_before_another_time_or_a_doubt_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-06-01"))


# - a cadence left after grounds that cite a text by its number and close with a comma ("Theo
#   Nghị quyết 72 của Bộ Chính trị, …") is the phrase's own rule, as it is after "Theo kế
#   hoạch, …" (`asides._cadence_after_grounds`); the text's title alone, or a rule told done,
#   conditional, allowed, forecast or denied, stays refused as only a citation.
_RADIO = (
    "Theo Nghị quyết 72 của Bộ Chính trị, từ năm 2026, Việt Nam sẽ triển khai khám sức khỏe "
    "định kỳ hoặc sàng lọc miễn phí ít nhất mỗi năm một lần cho người dân"
)


def test_a_yearly_rule_from_a_year_after_numbered_grounds_reads() -> None:
    reading = one(_RADIO)
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.earliest == date(2026, 1, 1)
    assert reading.rrule == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1"
    assert reading.gloss is not None and "Nghị quyết 72" in reading.gloss


@pytest.mark.parametrize(
    ("phrase", "rrule"),
    [
        ("Theo Nghị định 09/2019/NĐ-CP, hằng năm báo cáo", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1"),
        ("Theo Kế hoạch 45/KH-UBND, kiểm tra hằng tuần", "FREQ=WEEKLY;BYDAY=SU"),
    ],
)
def test_a_cadence_after_numbered_grounds_reads_as_after_unnumbered(
    phrase: str, rrule: str
) -> None:
    assert one(phrase, ctx("2025-06-01")).rrule == rrule


@pytest.mark.parametrize(
    "phrase",
    [
        # a text named by its number and title: its content, no rule of the phrase
        "Quyết định 1234/QĐ-UBND ban hành quy chế họp hằng tháng",
        "Thông tư 02/2020/TT-BNV hướng dẫn chế độ báo cáo hằng năm",
        "Nghị định 09/2019/NĐ-CP quy định chế độ báo cáo định kỳ hằng năm",
        "Theo Nghị quyết 72 về việc khám sức khỏe mỗi năm một lần, từ năm 2026 triển khai",
        # told done, conditional, allowed, forecast, denied
        "Theo Kế hoạch 45/KH-UBND, nếu có kinh phí thì hằng năm tổ chức kiểm tra",
        "Theo Kế hoạch 45/KH-UBND, đã tổ chức kiểm tra hằng năm",
        "Theo Kế hoạch 45/KH-UBND, dự kiến tổ chức kiểm tra hằng năm",
        "Theo Kế hoạch 45/KH-UBND, có thể tổ chức kiểm tra hằng năm",
        "Theo Kế hoạch 45/KH-UBND, không tổ chức kiểm tra hằng năm",
        "Theo Nghị quyết 72 của Bộ Chính trị, từ năm 2026, Việt Nam đã triển khai khám sức khỏe "
        "mỗi năm một lần cho người dân",
        "Theo Nghị quyết 72 của Bộ Chính trị, từ năm 2026, Việt Nam có thể triển khai khám sức "
        "khỏe mỗi năm một lần cho người dân",
        "Theo Nghị quyết 72 của Bộ Chính trị, từ năm 2026, nếu đủ kinh phí, khám sức khỏe mỗi năm "
        "một lần cho người dân",
        "Theo Nghị quyết 72 của Bộ Chính trị, từ năm 2026, dự kiến khám sức khỏe mỗi năm một lần "
        "cho người dân",
        "Theo Nghị quyết 72 của Bộ Chính trị, từ năm 2026, chưa khám sức khỏe mỗi năm một lần",
        "Theo Nghị quyết 72 của Bộ Chính trị, từ năm 2026, khám sức khỏe mỗi năm một lần khi có "
        "yêu cầu",
        # another count, another time beside the cadence
        "Theo Nghị quyết 72 của Bộ Chính trị, từ năm 2026, khám sức khỏe mỗi năm hai lần cho "
        "người dân",
        "Theo Nghị quyết 72 của Bộ Chính trị, đến năm 2030, khám sức khỏe mỗi năm một lần cho "
        "người dân",
        "Theo Nghị quyết 72 của Bộ Chính trị, từ năm 2026 đến năm 2030, khám sức khỏe mỗi năm một "
        "lần cho người dân",
        "Theo Nghị quyết 72 của Bộ Chính trị, trước năm 2026, khám sức khỏe mỗi năm một lần cho "
        "người dân",
        "Theo Nghị quyết 72 của Bộ Chính trị, năm 2026, khám sức khỏe mỗi năm một lần cho người dân",
        "Theo Nghị quyết 72 của Bộ Chính trị, từ ngày 1/7/2026, khám sức khỏe mỗi năm một lần cho "
        "người dân",
        "Theo Nghị quyết 72 của Bộ Chính trị, từ năm 2026, khám sức khỏe mỗi tháng một lần cho "
        "người dân",
    ],
)
def test_a_cadence_beside_a_citation_that_is_no_rule_in_force_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-06-01"))
