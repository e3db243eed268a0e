"""Helper shapesb53 (session 53): a periodic duty's count, "định kỳ 1 lần/năm" or "định kỳ 1
năm/lần", then a clause that says who pays or who is covered (`paidcovered`): the clause is
the gloss, the duty yearly. Its neighbours with a time, a condition, a denial or a duty told
done in the clause or before it stay refused."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.reading import DeadlineKind, Frequency

ISSUED = "2025-03-01"


@pytest.mark.parametrize(
    ("phrase", "gloss"),
    [
        # tests/corpus/zh-sggp-tphcm-kham-suc-khoe-nguoi-cao-tuoi-2025.yaml
        (
            "Theo đó, người cao tuổi (từ 60 tuổi trở lên) trên địa bàn TPHCM sẽ được khám sức "
            "khỏe định kỳ 1 năm/lần, không phân biệt thường trú hay tạm trú (trên 6 tháng)",
            "không phân biệt thường trú hay tạm trú (trên 6 tháng)",
        ),
        # tests/corpus/zh-thitruonghanghoa-tphcm-kham-suc-khoe-nguoi-cao-tuoi.yaml
        (
            "Theo đó, mỗi người cao tuổi trên địa bàn TP đều được khám sức khỏe định kỳ 1 "
            "lần/năm, nguồn kinh phí khám sức khỏe do ngân sách TP thanh toán",
            "nguồn kinh phí khám sức khỏe do ngân sách TP thanh toán",
        ),
        (
            "khám sức khỏe định kỳ 1 năm/lần, kinh phí do ngân sách thành phố bảo đảm",
            "kinh phí do ngân sách thành phố bảo đảm",
        ),
        (
            "khám sức khỏe định kỳ 1 năm/lần, không phân biệt thường trú hay tạm trú",
            "không phân biệt thường trú hay tạm trú",
        ),
    ],
)
def test_who_pays_or_is_covered_leaves_the_yearly_duty(phrase: str, gloss: str) -> None:
    reading = one(phrase, ctx(ISSUED))
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.recurrence is not None
    assert reading.recurrence.frequency is Frequency.YEARLY
    assert reading.recurrence.month is None and reading.recurrence.day is None
    assert reading.gloss == gloss


def test_a_quarterly_count_stays_quarterly() -> None:
    reading = one(
        "khám sức khỏe định kỳ 1 lần/quý, nguồn kinh phí do ngân sách TP thanh toán",
        ctx(ISSUED),
    )
    assert reading.recurrence is not None
    assert reading.recurrence.frequency is Frequency.QUARTERLY


@pytest.mark.parametrize(
    "phrase",
    [
        # a time, a condition or an exception in the clause
        "khám sức khỏe định kỳ 1 năm/lần, không phân biệt thường trú hay tạm trú (trên 6 "
        "tháng), nếu chưa khám năm 2025",
        "khám sức khỏe định kỳ 1 năm/lần, không phân biệt thường trú hay tạm trú trước ngày 30/6",
        "khám sức khỏe định kỳ 1 năm/lần, không phân biệt thường trú hay tạm trú (trên 6 tháng "
        "kể từ ngày 1/7)",
        "khám sức khỏe định kỳ 1 năm/lần, không phân biệt thường trú hay tạm trú (trên 6 "
        "tháng) trừ người đã khám",
        "khám sức khỏe định kỳ 1 năm/lần, không phân biệt ngày thường hay ngày nghỉ",
        "khám sức khỏe định kỳ 1 năm/lần, không phân biệt đã khám hay chưa khám",
        "khám sức khỏe định kỳ 1 năm/lần, không phân biệt trước hay sau Tết",
        "khám sức khỏe định kỳ 1 năm/lần, không khám cho người tạm trú",
        "khám sức khỏe định kỳ 1 lần/năm, nguồn kinh phí do ngân sách TP thanh toán trước "
        "ngày 30/6",
        "khám sức khỏe định kỳ 1 lần/năm, nguồn kinh phí do ngân sách TP năm sau thanh toán",
        "khám sức khỏe định kỳ 1 lần/năm, nguồn kinh phí trừ phần do bảo hiểm do ngân sách "
        "TP thanh toán",
        "khám sức khỏe định kỳ 1 lần/năm, nguồn kinh phí chưa do ngân sách TP thanh toán",
        "khám sức khỏe định kỳ 1 lần/năm, nguồn kinh phí không do ngân sách TP thanh toán",
        "khám sức khỏe định kỳ 1 lần/năm, nguồn kinh phí do ngân sách năm 2025 thanh toán",
        # the duty denied, told done or a condition
        "nếu khám sức khỏe định kỳ 1 lần/năm, nguồn kinh phí do ngân sách TP thanh toán",
        "không khám sức khỏe định kỳ 1 lần/năm, nguồn kinh phí do ngân sách TP thanh toán",
        "chưa khám sức khỏe định kỳ 1 lần/năm, nguồn kinh phí do ngân sách TP thanh toán",
        "đã khám sức khỏe định kỳ 1 lần/năm, nguồn kinh phí do ngân sách TP thanh toán",
        "người cao tuổi không được khám sức khỏe định kỳ 1 năm/lần, không phân biệt thường "
        "trú hay tạm trú",
        # no marks: "tru" could be "trừ" (except)
        "kham suc khoe dinh ky 1 nam/lan, khong phan biet thuong tru hay tam tru (tren 6 thang)",
        # another count, another day, a year, a second clause
        "khám sức khỏe định kỳ 2 lần/năm, nguồn kinh phí do ngân sách TP thanh toán",
        "khám sức khỏe định kỳ 3 năm/lần, nguồn kinh phí do ngân sách TP thanh toán",
        "khám sức khỏe định kỳ 1 lần/năm vào tháng 5, nguồn kinh phí do ngân sách TP thanh toán",
        "khám sức khỏe năm 2026 định kỳ 1 lần/năm, nguồn kinh phí do ngân sách TP thanh toán",
        "khám sức khỏe định kỳ 1 lần/năm, nguồn kinh phí do ngân sách TP thanh toán; ngày 30/6 "
        "báo cáo",
    ],
)
def test_a_clause_that_could_move_or_undo_the_duty_is_refused(phrase: str) -> None:
    refused(phrase, ctx(ISSUED))
