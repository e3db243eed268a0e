"""Forms tuned on the v- set (branch tune-v): the four false deadlines of its first run refused
as general rules (a step told as done, a document's issue day told as news, the period an
inspection covers), then the refusals grouped by cause and the general ones read. Each rule
with the real phrases that motivated it (their corpus file named) and the look-alikes that
must stay refused or read otherwise (the first rule: never a silent wrong date)."""

from __future__ import annotations

import pytest

from deadline_forms import read_days, refused
from kehoach.dates.deadline import DeadlineKind

W, D = DeadlineKind.WINDOW, DeadlineKind.DATE


# --- a step told as done, its object between "đã hoàn thành" and the day --------------------


def test_a_step_told_as_done_is_no_deadline() -> None:
    # v-24h-ha-noi-tuyen-sinh-dau-cap-2021.yaml: the Sở had issued the pupils' codes already
    why = refused(
        "Sở Giáo dục và Đào tạo đã hoàn thành cấp mã học sinh xong trước ngày 28/5/2021",
        None,
    )
    assert "đã xong" in why


def test_those_done_and_their_own_deadline_still_read() -> None:
    # the look-alike: "đã hoàn thành" names who, "phải" sets what they must do, and by when
    phrase = "Các xã đã hoàn thành nông thôn mới phải nộp hồ sơ trước ngày 28/5/2021"
    assert read_days(phrase) == (D, "2021-05-28", "2021-05-28")


# --- a document's issue day told as news ------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # v-stttt-ha-giang-ho-tro-covid-2020.yaml: "số:" as a letter's heading prints it
        "Ngày 29/2/2020, UBND tỉnh đã ban hành văn bản số: 670/HD-UBND hướng dẫn triển khai"
        " thực hiện hỗ trợ cho các đối tượng",
        # w-press-tump-nd-56-2015-danh-gia-can-bo.yaml
        "Ngày 09 tháng 6 năm 2015, Thủ tướng Nguyễn Tấn Dũng đã ký Nghị định số: 56/2015/NĐ-CP"
        " về đánh giá và phân loại cán bộ, công chức, viên chức.",
        # no number at all: the day is still the guidance's
        "Ngày 29/2/2020, UBND tỉnh vừa ban hành hướng dẫn hỗ trợ người có công",
    ],
)
def test_a_document_issued_on_the_day_that_opens_the_phrase(phrase: str) -> None:
    assert "ngày của văn bản" in refused(phrase)


def test_a_day_that_opens_a_task_still_reads() -> None:
    # the look-alike: a day, then a task set for it (no "đã" / "vừa" issuing anything)
    phrase = "Ngày 29/2/2020, UBND các huyện ban hành kế hoạch triển khai"
    assert read_days(phrase) == (D, "2020-02-29", "2020-02-29")


# --- the period an inspection or an audit covers ---------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # v-dantri-ttcp-thanh-tra-y-te-2026.yaml (Luật Thanh tra 2022: "thời kỳ thanh tra")
        "Thời kỳ thanh tra trong giai đoạn 2024-2025",
        # v-thanhtra-tuyen-quang-qd-16-covid-2022.yaml, without its clause after
        "Thời kỳ thanh tra từ 1/1/2020-31/12/2021",
        # v-nghean24h-thanh-tra-tinh-thanh-hoa-2026.yaml: the accounts of 2021-2025
        "hàng loạt trường học công lập sẽ được thanh tra hoạt động thu, chi tài chính giai đoạn"
        " 2021–2025",
        "Thanh tra việc quản lý, sử dụng đất đai trong giai đoạn 2021-2025",
        "kiểm toán báo cáo tài chính niên độ 2025",
    ],
)
def test_the_period_inspected_is_no_deadline(phrase: str) -> None:
    assert "thời kỳ được thanh tra" in refused(phrase)


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # h-baokhanhhoa-ke-hoach-kiem-tra-cchc-2022.yaml: a plan of checks named by its year
        ("Kế hoạch kiểm tra công tác cải cách hành chính (CCHC) năm 2022", "2022-01-01",
         "2022-12-31"),
        # a plan named by its period, and the checks themselves in it: when they run
        ("Kế hoạch thanh tra giai đoạn 2026-2030", "2026-01-01", "2030-12-31"),
        ("Tăng cường kiểm tra, giám sát giai đoạn 2026-2030", "2026-01-01", "2030-12-31"),
        ("kiểm tra được thực hiện trong giai đoạn 2026-2030", "2026-01-01", "2030-12-31"),
    ],
)  # fmt: skip
def test_when_the_checks_run_still_reads(phrase: str, first: str, last: str) -> None:
    assert read_days(phrase) == (W, first, last)
