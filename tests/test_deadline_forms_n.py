"""Forms tuned on the n- and o- sets (branch tune-n): the words around a deadline in a
sentence (a cited document's title, an address, an e-mail, a purpose, the end mark, numbers
that name things). Each rule with the real phrases that motivated it (their document cited)
and the near variants that must stay refused or read otherwise (the first rule: never a
silent wrong date)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D, W, R = DeadlineKind.DATE, DeadlineKind.WINDOW, DeadlineKind.RELATIVE


def _one(phrase: str, issued: str | None = None) -> tuple[object, ...]:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    return reading.kind, str(reading.first), str(reading.last)


# --- a cited document's title is the document's ---------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # Bộ NN&PTNT, dự thảo Nghị định thanh lý rừng trồng (2024): the resolution's title
        # names the year it is about; once read as a window due by 31/12/2024
        ("Thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ về nhiệm vụ, giải "
         "pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà "
         "nước năm 2024", "2024-04-01"),
        ("Thực hiện Kế hoạch số 45/KH-UBND ngày 05/3/2024 về phát triển du lịch năm 2024",
         "2024-04-01"),
        ("Căn cứ Quyết định số 12/QĐ-TTg ngày 3/1/2023 của Thủ tướng Chính phủ về việc phê "
         "duyệt Chiến lược phát triển giai đoạn 2021 - 2030, tầm nhìn đến năm 2045.",
         "2024-04-01"),
    ],
)  # fmt: skip
def test_a_cited_documents_title_is_no_deadline(phrase: str, issued: str) -> None:
    assert "số hiệu văn bản" in refused(phrase, ctx(issued))


def test_a_deadline_before_a_cited_title_reads_alone() -> None:
    # the title at the end is the plan's own; the day before it is the deadline
    assert _one(
        "Trước ngày 30/6/2024, báo cáo kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 3/2/2024 "
        "về phát triển du lịch năm 2024",
        "2024-03-01",
    ) == (D, "2024-06-30", "2024-06-30")


def test_a_relative_deadline_before_a_replaced_decisions_title() -> None:
    # UBND tỉnh Bắc Kạn, QĐ 24/2014/QĐ-UBND: the replaced decision's title ends the phrase
    (reading,) = parse_deadlines(
        "Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký và thay thế Quyết định số "
        "623/2012/QĐ-UBND ngày 27/4/2012 của UBND tỉnh về việc ban hành Quy định về chế độ báo "
        "cáo thống kê Tư pháp trên địa bàn tỉnh Bắc Kạn",
        ctx("2014-10-01"),
    )
    assert reading.kind is R
    assert reading.relative is not None and reading.relative.offset == 10


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # words that set a time end the title: what follows is read as it stands
        ("Thực hiện Kế hoạch số 12/KH-UBND ngày 3/2/2024 về phát triển du lịch, hoàn thành "
         "trong năm 2024", "2024-01-01", "2024-12-31"),
        ("Thực hiện Kế hoạch số 12/KH-UBND ngày 3/2/2024 về phát triển du lịch; báo cáo trước "
         "ngày 30/6/2024", "2024-06-30", "2024-06-30"),
        ("Thực hiện Kế hoạch số 12/KH-UBND ngày 3/2/2024 về phát triển du lịch, báo cáo UBND "
         "tỉnh trong tháng 6/2024", "2024-06-01", "2024-06-30"),
    ],
)  # fmt: skip
def test_a_time_after_a_cited_title_still_reads(phrase: str, first: str, last: str) -> None:
    (reading,) = parse_deadlines(phrase, ctx("2024-03-01"))
    assert (str(reading.first), str(reading.last)) == (first, last)
