"""Session 52, helper fame52 (issue 11, family E): a phrase closed by "as every year" whose
time part another rule reads (`yearlynote`), and its neighbours, refused or read as before."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

AUG_2025 = ctx("2025-08-12")
# tests/corpus/zl-vtcnews-lich-tuu-truong-khai-giang-2025-2026.yaml
TERMS = "Năm học mới, học kỳ I sẽ kết thúc trước ngày 18/1/2026, kỳ II trước 31/5/2026"


def _dates(phrase: str) -> list[tuple[DeadlineKind, date | None, date | None]]:
    return [(one.kind, one.first, one.last) for one in parse_deadlines(phrase, AUG_2025)]


@pytest.mark.parametrize(
    "note",
    [
        "tương tự các năm trước",
        "tương tự các năm trước đây",
        "như mọi năm",
        "như các năm",
    ],
)
def test_the_two_terms_read_with_their_yearly_note(note: str) -> None:
    phrase = f"{TERMS}, {note}"
    readings = parse_deadlines(phrase, AUG_2025)
    assert _dates(phrase) == [
        (DeadlineKind.DATE, date(2026, 1, 18), date(2026, 1, 18)),
        (DeadlineKind.DATE, date(2026, 5, 31), date(2026, 5, 31)),
    ]
    # the note is kept (on the last step at least), each step named, the phrase whole
    assert readings[-1].gloss == note
    assert [one.label for one in readings] == ["Năm học mới, học kỳ I", "kỳ II"]
    assert all(one.phrase == phrase for one in readings)


def test_the_note_reads_the_same_days_as_without_it() -> None:
    assert _dates(f"{TERMS}, tương tự các năm trước") == _dates(TERMS)
    # ... and glosses each of them
    readings = parse_deadlines(f"{TERMS}, tương tự các năm trước", AUG_2025)
    assert [one.gloss for one in readings] == ["tương tự các năm trước"] * 2


def test_a_note_without_diacritics_reads_as_the_terms_do() -> None:
    plain = "Nam hoc moi, hoc ky I se ket thuc truoc ngay 18/1/2026, ky II truoc 31/5/2026"
    assert _dates(f"{plain}, tuong tu cac nam truoc") == _dates(plain)


@pytest.mark.parametrize(
    "phrase",
    [
        # "năm trước" alone is the year before, a time of its own
        f"{TERMS}, năm trước",
        # another year named, not the years before
        f"{TERMS}, tương tự năm 2024",
        # the note denied
        f"{TERMS}, không tương tự các năm trước",
        # a second clause after the note moves the day
        f"{TERMS}, tương tự các năm trước, lùi 1 tuần",
        # a condition before the note
        "Năm học mới, học kỳ I sẽ kết thúc trước ngày 18/1/2026, kỳ II trước 31/5/2026 nếu "
        "không có thay đổi, tương tự các năm trước",
        # a negation, and a term told done
        "Năm học mới, học kỳ I không kết thúc trước ngày 18/1/2026, kỳ II trước 31/5/2026, "
        "tương tự các năm trước",
        "Năm học mới, học kỳ I đã kết thúc trước ngày 18/1/2026, kỳ II trước 31/5/2026, "
        "tương tự các năm trước",
        # days with no year and no rule choosing theirs: the note supplies none
        "Năm học mới, học kỳ I sẽ kết thúc trước ngày 18/1, kỳ II trước 31/5, tương tự các "
        "năm trước",
    ],
)
def test_the_note_s_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, AUG_2025)


def test_a_note_alone_names_no_day() -> None:
    refused("Năm học mới, tương tự các năm trước", AUG_2025)


# --- the manner of a clause of purpose after a span of days written (`label._manner_out`) ----

DUE_2018 = ctx("2018-07-27")  # tests/corpus/ze-due-thi-chuan-dau-ra-tieng-anh-2018.yaml
DUE_2018_PHRASE = (
    "Từ ngày 30/07/2018 đến 16h00 ngày 06/08/2018, đăng nhập vào Website của Trường "
    "http://due.udn.vn, tại trang Dành cho Sinh viên, chọn mục Đăng ký thi CĐR ngoại ngữ "
    "(Chuẩn quốc gia) trong Trình đơn cá nhân (bên trái) để tiến hành đăng ký theo hướng dẫn"
)
SPAN = (
    "Từ ngày 30/07/2018 đến 16h00 ngày 06/08/2018, chọn mục Đăng ký thi trong Trình đơn cá "
    "nhân để tiến hành đăng ký"
)


def test_the_registration_window_reads_with_its_guidance() -> None:
    (reading,) = parse_deadlines(DUE_2018_PHRASE, DUE_2018)
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2018, 7, 30),
        date(2018, 8, 6),
    )


def test_the_2020_registration_with_its_hour_typed_after_ngay_reads() -> None:
    # tests/corpus/ze-due-thi-chuan-dau-ra-tieng-anh-2020.yaml
    phrase = DUE_2018_PHRASE.replace(
        "Từ ngày 30/07/2018 đến 16h00 ngày 06/08/2018",
        "Từ ngày 08h00 ngày 15/10/2020 đến 16h00 ngày 21/10/2020",
    )
    (reading,) = parse_deadlines(phrase, ctx("2020-10-14"))
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2020, 10, 15),
        date(2020, 10, 21),
    )


@pytest.mark.parametrize("manner", ["theo hướng dẫn", "theo quy định", "đúng thời hạn"])
def test_a_manner_in_the_purpose_after_a_span_reads(manner: str) -> None:
    (reading,) = parse_deadlines(f"{SPAN} {manner}", DUE_2018)
    assert (reading.first, reading.last) == (date(2018, 7, 30), date(2018, 8, 6))


@pytest.mark.parametrize(
    "phrase",
    [
        f"{SPAN} theo lịch",  # a calendar may set its own days
        f"{SPAN} theo hướng dẫn trước ngày 10/8/2018",  # a second day
        f"{SPAN} theo hướng dẫn, nếu còn chỉ tiêu",  # a condition
        f"{SPAN} theo hướng dẫn của năm sau",  # another year
        # not a clause of purpose: the guidance may set the step's own day
        "Từ ngày 30/07/2018 đến 16h00 ngày 06/08/2018, thí sinh nộp bản chính theo quy định",
        # not a span of days: a month or a year, whose days the guidance may set
        "Trong tháng 8/2018, chọn mục Đăng ký thi để tiến hành đăng ký theo hướng dẫn",
        "Năm 2018, chọn mục Đăng ký thi để tiến hành đăng ký theo hướng dẫn",
        # not yet, told done
        "Từ ngày 30/07/2018 đến 16h00 ngày 06/08/2018, chưa chọn mục Đăng ký thi để tiến hành "
        "đăng ký theo hướng dẫn",
        "Từ ngày 30/07/2018 đến 16h00 ngày 06/08/2018, đã đăng ký để dự thi theo hướng dẫn",
    ],
)
def test_the_manner_s_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, DUE_2018)
