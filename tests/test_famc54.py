"""Session 54, helper famc54 (the long tail of refused phrases, family C): a count said with
"sau" and no day to count from, read as the `relative` the counts of ruling 33/34 read: a
cap after the event told first ("sau khi …, tối đa sau thời gian 05 năm phải …",
`anchorfirst`), and a duty closed by the count it is done after ("… phải tiêm nhắc lại lần
hai sau 28 ngày", `dueafter`). No date is given, so none can be wrong; their neighbours (a
condition, a denial, a thing told done, another time, an age, a review told, no diacritics)
stay refused."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.reading import DeadlineKind

ISSUED = ctx("2025-06-01")


def _relative(phrase: str) -> tuple[int, str, bool, str, str | None]:
    reading = one(phrase, ISSUED)
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.first is None and reading.last is None  # no day is given
    relative = reading.relative
    assert relative is not None
    return (
        relative.offset,
        relative.unit,
        relative.working_days,
        relative.direction,
        relative.anchor,
    )


# --- a cap after the event told first (anchorfirst) ----------------------------------------


def test_a_cap_of_years_after_the_event_told_first_reads_as_counted_from_it() -> None:
    # tests/corpus/zp-thuyxuantien-btctw-huong-dan-dang-uy-cap-xa-moi-2025.yaml
    phrase = (
        "sau khi hoàn thiện vị trí việc làm, tối đa sau thời gian 05 năm phải thực hiện đúng "
        "theo quy định của cấp có thẩm quyền"
    )
    assert _relative(phrase) == (5, "năm", False, "after", "khi hoàn thiện vị trí việc làm")
    assert one(phrase, ISSUED).label == "phải thực hiện đúng theo quy định của cấp có thẩm quyền"


@pytest.mark.parametrize(
    ("phrase", "offset", "unit"),
    [
        ("sau khi hoàn thiện vị trí việc làm, tối đa sau thời gian 05 năm", 5, "năm"),
        ("Sau khi nhận được hồ sơ, tối đa sau thời gian 3 tháng phải trả lời", 3, "tháng"),
        ("sau khi có quyết định, tối đa sau thời gian 10 ngày phải công bố", 10, "ngày"),
    ],
)
def test_the_cap_reads_with_or_without_its_duty(phrase: str, offset: int, unit: str) -> None:
    assert _relative(phrase)[:4] == (offset, unit, False, "after")


@pytest.mark.parametrize(
    "phrase",
    [
        # a condition or a denial on the duty: its time may not run (ruling 38(g))
        "sau khi hoàn thiện vị trí việc làm, tối đa sau thời gian 05 năm phải thực hiện nếu "
        "có yêu cầu",
        "sau khi hoàn thiện vị trí việc làm, tối đa sau thời gian 05 năm phải không thực hiện",
        # told done
        "sau khi hoàn thiện vị trí việc làm, tối đa sau thời gian 05 năm đã thực hiện đúng "
        "quy định",
        # another time beside the count
        "sau khi hoàn thiện vị trí việc làm, tối đa sau thời gian 05 năm phải thực hiện trước "
        "ngày 1/1/2030",
        "sau khi hoàn thiện vị trí việc làm từ năm 2025, tối đa sau thời gian 05 năm phải "
        "thực hiện",
        "sau khi hoàn thiện vị trí việc làm, tối đa sau thời gian 05 năm phải thực hiện hằng năm",
        # a duty without "phải" and no comma: no clause the cap is sure to bound
        "sau khi hoàn thiện vị trí việc làm, tối đa sau thời gian 05 năm thực hiện",
    ],
)
def test_a_cap_whose_duty_is_unsure_or_beside_another_time_is_refused(phrase: str) -> None:
    refused(phrase, ISSUED)


# --- a duty closed by the count it is done after (dueafter) --------------------------------


def test_a_booster_due_a_count_after_the_first_dose_reads_with_no_anchor() -> None:
    # tests/corpus/zu-tienphong-cuc-thu-y-phan-bo-vaccine-lmlm.yaml
    phrase = (
        "Cục yêu cầu đối với gia súc tiêm lần đầu, bắt buộc phải tiêm nhắc lại lần hai sau 28 ngày"
    )
    assert _relative(phrase) == (28, "ngày", False, "after", None)
    reading = one(phrase, ISSUED)
    assert "không nêu mốc" in reading.reading
    assert reading.label is not None and reading.label.endswith("tiêm nhắc lại lần hai")


@pytest.mark.parametrize(
    ("phrase", "offset", "unit", "working"),
    [
        ("phải tiêm nhắc lại sau 6 tháng", 6, "tháng", False),
        ("Các đơn vị phải nộp báo cáo bổ sung sau 5 ngày làm việc", 5, "ngày", True),
        ("phải kiểm tra lại sau 2 tuần.", 2, "tuần", False),
    ],
)
def test_a_duty_closed_by_its_count_reads_its_unit(
    phrase: str, offset: int, unit: str, working: bool
) -> None:
    assert _relative(phrase) == (offset, unit, working, "after", None)


def test_a_count_with_its_anchor_after_it_keeps_the_counted_reading() -> None:
    assert _relative("phải tiêm nhắc lại sau 28 ngày kể từ ngày tiêm lần đầu")[4] == (
        "ngày tiêm lần đầu"
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "bắt buộc phải tiêm nhắc lại sau 28 ngày tuổi",  # an age
        "nếu tiêm lần đầu, phải tiêm nhắc lại sau 28 ngày",  # a condition
        "trường hợp tiêm lần đầu thì phải tiêm nhắc lại sau 28 ngày",
        "không phải tiêm nhắc lại sau 28 ngày",  # denied
        "chưa phải tiêm nhắc lại sau 28 ngày",
        "đã phải tiêm nhắc lại sau 28 ngày",  # told done
        "ngày 5/3 tiêm lần đầu, phải tiêm nhắc lại sau 28 ngày",  # another day
        "phải tiêm nhắc lại hằng năm sau 28 ngày",  # a cadence
        "phải tiêm nhắc lại sau 28 ngày, tiêm lần ba sau 6 tháng",  # two counts
        "phải tiêm nhắc lại sau 28 ngày nữa",  # counted from today
        "phai tiem nhac lai sau 28 ngay",  # no diacritics
        "thí sinh phải nộp hồ sơ sau 0 ngày",  # no count
        "tổ chức lễ phát động sau 3 ngày",  # no duty ("phải")
        "Sau 5 năm thực hiện Nghị quyết, hội viên đã phải cố gắng",  # a review told
        "đến trước ngày 7/8, thí sinh phải nộp sau 3 ngày",  # another day
    ],
)
def test_a_count_after_an_unsure_or_dated_duty_is_refused(phrase: str) -> None:
    refused(phrase, ISSUED)
