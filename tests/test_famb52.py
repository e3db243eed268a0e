"""Session 52, family B (helper famb52): phrases refused as not recognised; one form read
(issue 11: never a silent wrong date).

1. A work permit's renewal window, its latest and earliest counts before the expiry: "trước ít
   nhất 05 ngày nhưng không quá 45 ngày tính đến ngày giấy phép lao động hết hạn" (the count
   said to reach the event, "tính đến", after "trước" said first) and "trước khi giấy phép lao
   động hết hạn tối thiểu là 5 ngày và tối đa 45 ngày, …" (the cap joined by "và", "tối đa").
   Nghị định 152/2020/NĐ-CP, Điều 20: the lesser count is the deadline, the greater opens the
   time to file; read as `relative` 5 days before, the cap in the reading.

The neighbours (a condition, a negation, a told-done step, a cap not greater or in another
unit, no bound before the lesser count, a written day as the anchor, the renewal beside
another time or a move) stay refused."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

# --- 1. the renewal window of a work permit ------------------------------------------------

# ze-dichvuhanhchinhcong-gia-han-giay-phep-lao-dong
REACHING = (
    "Theo quy định hiện hành, thời gian nộp hồ sơ đề nghị gia hạn phải được thực hiện trước ít "
    "nhất 05 ngày nhưng không quá 45 ngày tính đến ngày giấy phép lao động hết hạn"
)
# ze-dichvuluat-gia-han-work-permit
AFTER_THE_EVENT = (
    "Theo quy định pháp luật, trước khi giấy phép lao động hết hạn tối thiểu là 5 ngày và tối đa "
    "45 ngày, người sử dụng lao động phải nộp hồ sơ xin gia hạn giấy phép lao động cho người "
    "nước ngoài"
)


def _counted(phrase: str) -> tuple[object, ...]:
    reading = one(phrase, ctx("2025-01-01"))
    assert reading.kind is DeadlineKind.RELATIVE and reading.relative is not None
    assert reading.first is None and reading.last is None  # no day of its own: none guessed
    rel = reading.relative
    return rel.offset, rel.unit, rel.working_days, rel.direction, rel.anchor


def test_the_count_reaching_the_expiry_reads_the_lesser_count_before() -> None:
    assert _counted(REACHING) == (5, "ngày", False, "before", "ngày giấy phép lao động hết hạn")
    assert "không sớm hơn 45 ngày" in one(REACHING, ctx("2025-01-01")).reading


def test_the_counts_after_the_expiry_read_the_lesser_count_before() -> None:
    assert _counted(AFTER_THE_EVENT) == (
        5,
        "ngày",
        False,
        "before",
        "khi giấy phép lao động hết hạn",
    )
    # the bound's "là" is no part of the anchor, the cap is in the reading
    assert "không sớm hơn 45 ngày" in one(AFTER_THE_EVENT, ctx("2025-01-01")).reading


@pytest.mark.parametrize(
    ("phrase", "anchor"),
    [
        (
            "trước ít nhất 5 ngày và tối đa 45 ngày tính đến ngày giấy phép lao động hết hạn",
            "ngày giấy phép lao động hết hạn",
        ),
        (
            "trước ít nhất 5 ngày nhưng không quá 45 ngày tinh den ngay giay phep lao dong het han",
            "ngay giay phep lao dong het han",
        ),
        (
            "trước khi giấy phép lao động hết hạn tối thiểu là 5 ngày và tối đa 45 ngày",
            "khi giấy phép lao động hết hạn",
        ),
        ("ít nhất 5 ngày và tối đa 45 ngày trước ngày khai mạc", "ngày khai mạc"),
    ],
)
def test_the_same_window_in_its_other_words_reads_the_same(phrase: str, anchor: str) -> None:
    assert _counted(phrase) == (5, "ngày", False, "before", anchor)


@pytest.mark.parametrize(
    "phrase",
    [
        # "tính đến" without "trước" said first: which way is not said
        "ít nhất 5 ngày nhưng không quá 45 ngày tính đến ngày giấy phép lao động hết hạn",
        "trước ít nhất 5 ngày tính đến ngày giấy phép lao động hết hạn",  # no cap
        # counted from the expiry: the other way
        "trước ít nhất 5 ngày nhưng không quá 45 ngày tính từ ngày giấy phép lao động hết hạn",
        # the cap not greater, or in another unit; no bound before the lesser count
        "trước ít nhất 5 ngày và tối đa 3 ngày tính đến ngày giấy phép lao động hết hạn",
        "trước khi giấy phép lao động hết hạn tối thiểu là 5 ngày và tối đa 3 ngày",
        "trước khi giấy phép lao động hết hạn tối thiểu là 5 ngày và tối đa 2 tháng",
        "trước khi giấy phép lao động hết hạn 5 ngày và tối đa 45 ngày",
        "trước khi giấy phép lao động hết hạn tối đa 45 ngày",
        # a written day as the anchor: whether it counts is not said
        "trước ít nhất 5 ngày nhưng không quá 45 ngày tính đến ngày 15/3/2026",
        # a condition, a negation, a step told done
        "nếu trước ít nhất 5 ngày nhưng không quá 45 ngày tính đến ngày giấy phép lao động hết hạn",
        "không nộp trước ít nhất 5 ngày nhưng không quá 45 ngày tính đến ngày giấy phép hết hạn",
        "đã nộp trước ít nhất 5 ngày nhưng không quá 45 ngày tính đến ngày giấy phép hết hạn",
        "trước khi giấy phép lao động hết hạn tối thiểu là 5 ngày và tối đa 45 ngày, người sử dụng "
        "lao động không phải nộp hồ sơ xin gia hạn giấy phép lao động",
        "trước khi giấy phép lao động hết hạn tối thiểu là 5 ngày và tối đa 45 ngày, người sử dụng "
        "lao động đã nộp hồ sơ xin gia hạn giấy phép lao động",
        "trước khi giấy phép lao động hết hạn tối thiểu là 5 ngày và tối đa 45 ngày, nếu người sử "
        "dụng lao động nộp hồ sơ xin gia hạn giấy phép lao động",
    ],
)
def test_the_renewal_window_s_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-01-01"))


@pytest.mark.parametrize(
    "step",
    [
        # the renewal filed, then a time: the extension's own length or day, never read
        "doanh nghiệp xin gia hạn giấy phép đến hết năm",
        "người sử dụng lao động phải nộp hồ sơ xin gia hạn giấy phép lao động đến ngày 30/6",
        "người sử dụng lao động phải nộp hồ sơ xin gia hạn giấy phép lao động thêm 2 năm",
        # the deadline extended, not a paper filed
        "doanh nghiệp được gia hạn giấy phép",
        "người sử dụng lao động phải nộp hồ sơ xin gia hạn thời hạn",
        "người sử dụng lao động phải nộp hồ sơ xin gia hạn giấy phép lao động, sau đó được lùi",
    ],
)
def test_a_renewal_beside_another_time_or_a_move_stays_refused(step: str) -> None:
    refused(f"Trước khi giấy phép hết hạn tối thiểu 5 ngày, {step}", ctx("2025-01-01"))
