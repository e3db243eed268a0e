"""A document told issued, its title closing with the period it is about: "Bộ Quốc phòng
đã ban hành Hướng dẫn số 6544/HD-BQP về việc tuyển chọn và gọi công dân nhập ngũ năm 2026"
(zt-suckhoedoisong-nhap-ngu-4-6-3-2026 of the corpus) read as a window over 2026, a false
period: the year is the cited document's name (convention 7). A deadline the document sets,
after a comma, or a document still to be issued, keep their readings or refusals."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineError, parse_deadlines
from kehoach.dates.reading import DeadlineKind

MARCH_2026 = ctx("2026-03-06")


@pytest.mark.parametrize(
    "phrase",
    [
        "Bộ Quốc phòng đã ban hành Hướng dẫn số 6544/HD-BQP về việc tuyển chọn và gọi công dân"
        " nhập ngũ năm 2026",
        "UBND tỉnh vừa ban hành Quyết định số 312/QĐ-UBND về việc phê duyệt danh mục đề tài năm 2026",
        "Sở Nội vụ đã ký ban hành Kế hoạch số 45/KH-SNV về công tác thi đua, khen thưởng giai"
        " đoạn 2026 - 2030",
        # typed without diacritics, as a copy may print it
        "Bo Quoc phong da ban hanh Huong dan so 6544/HD-BQP ve viec tuyen chon va goi cong dan"
        " nhap ngu nam 2026",
    ],
)
def test_the_period_of_a_cited_documents_title_is_refused(phrase: str) -> None:
    assert "tên văn bản được dẫn" in refused(phrase, MARCH_2026)


def test_a_deadline_after_the_title_is_not_taken_for_it() -> None:
    """A deadline after a comma ("…, hoàn thành trong năm 2026") is what the document sets:
    whatever else it reads as, it is never refused as the title's year."""
    said = "Sở đã ban hành Hướng dẫn số 12/HD-SGD về việc tuyển sinh, hoàn thành trong năm 2026"
    try:
        parse_deadlines(said, MARCH_2026)
    except DeadlineError as error:
        assert "tên văn bản được dẫn" not in error.why


def test_a_directive_named_by_its_kind_on_its_own_page_reads_its_year() -> None:
    """zj-thoibaotaichinh-chi-thi-tet-trong-cay-bnnmt-2026: no number, the page tells the
    directive's own issuing (convention 11): its year is its time of work."""
    reading = one(
        "Bộ trưởng Bộ Nông nghiệp và Môi trường vừa ký ban hành Chỉ thị về tổ chức Tết trồng"
        " cây và tăng cường công tác quản lý, bảo vệ, phát triển rừng năm 2026",
        MARCH_2026,
    )
    assert days(reading) == (DeadlineKind.WINDOW, date(2026, 1, 1), date(2026, 12, 31))


def test_a_document_to_be_issued_in_a_year_is_no_title() -> None:
    reading = one("Ban hành Hướng dẫn về công tác thi đua trong năm 2026", MARCH_2026)
    assert days(reading) == (DeadlineKind.WINDOW, date(2026, 1, 1), date(2026, 12, 31))
