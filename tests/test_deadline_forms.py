"""The forms of issue 11 §2 read from the corpus of real documents (tests/corpus), each with
the nearby variants that must stay refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.base.text import fold
from kehoach.dates.deadline import (
    Context,
    DeadlineError,
    DeadlineKind,
    parse_deadline,
    parse_deadlines,
)

D, W, R, REL = DeadlineKind.DATE, DeadlineKind.WINDOW, DeadlineKind.RECURRING, DeadlineKind.RELATIVE


def ctx(iso: str | None) -> Context:
    return Context(issued=date.fromisoformat(iso) if iso else None)


def day(iso: str) -> date:
    return date.fromisoformat(iso)


# (phrase as printed, the document's issue date) -> (kind, first, last, earliest)
READ = {
    # a. open start bounds: `earliest`, no last day (not a deadline)
    ("tựu trường từ 28/8/2025", "2025-08-20"): (D, None, None, "2025-08-28"),
    ("Từ 14/8/2017", None): (D, None, None, "2017-08-14"),
    ("học sinh bắt đầu học từ ngày 6/9", "2025-09-03"): (D, None, None, "2025-09-06"),
    ("Tựu trường sớm nhất từ ngày 29/8/2023.", "2023-08-11"): (D, None, None, "2023-08-29"),
    ("Riêng đối với lớp 1, tựu trường sớm nhất từ ngày 22/8/2023.", "2023-08-11"): (
        D,
        None,
        None,
        "2023-08-22",
    ),
    ("chuẩn bị sẵn sàng để từ ngày 1/7/2025 vận hành bộ máy mới", None): (
        D,
        None,
        None,
        "2025-07-01",
    ),
    ("để vận hành bộ máy mới của chính quyền địa phương 2 cấp từ 1/7/2025", None): (
        D,
        None,
        None,
        "2025-07-01",
    ),
    # b. days sharing a month and year
    ("Thi tốt nghiệp THPT (dự kiến diễn ra trong các ngày 11, 12/6/2026)", "2025-08-21"): (
        W,
        "2026-06-11",
        "2026-06-12",
        None,
    ),
    ("dự kiến diễn ra trong 2 ngày (26 - 27/6/2025)", None): (
        W,
        "2025-06-26",
        "2025-06-27",
        "2025-06-26",
    ),
    ("Thi tốt nghiệp THPT năm 2025 dự kiến diễn ra ngày 26, 27.6.2025.", None): (
        W,
        "2025-06-26",
        "2025-06-27",
        None,
    ),
    ("Thi THPT quốc gia 2017: 22,23 và 24/6/2017.", None): (W, "2017-06-22", "2017-06-24", None),
    ("Tuyển sinh THPT chuyên Lê Quý Đôn: 30,31/5 và 1/6/2017.", None): (
        W,
        "2017-05-30",
        "2017-06-01",
        None,
    ),
    ("ngày 11 và 12-10: đại biểu tham dự các hoạt động trước Đại hội", "2025-09-28"): (
        W,
        "2025-10-11",
        "2025-10-12",
        None,
    ),
    ("Cả ngày 14/10 và buổi sáng ngày 15/10", "2025-09-28"): (W, "2025-10-14", "2025-10-15", None),
    ("Ngày 14-10 (cả ngày) và buổi sáng ngày 15-10", "2025-09-28"): (
        W,
        "2025-10-14",
        "2025-10-15",
        None,
    ),
    ("lịch chính thức là 13 ngày (từ 16 đến 28/2)", "2026-01-31"): (
        W,
        "2026-02-16",
        "2026-02-28",
        "2026-02-16",
    ),
    # c. a gloss that restates the same date
    ("chậm nhất là ngày 12/6/2021 (hoặc 20 ngày sau ngày bầu cử)", "2021-05-25"): (
        D,
        "2021-06-12",
        "2021-06-12",
        None,
    ),
    ("(chậm nhất 25 ngày - Khoản 4 Điều 57). (24/04/2021)", None): (
        D,
        "2021-04-24",
        "2021-04-24",
        None,
    ),
    ("vào ngày 14/3, sớm hơn một ngày so với ngày bầu cử toàn quốc", "2026-02-26"): (
        D,
        "2026-03-14",
        "2026-03-14",
        None,
    ),
    # d. a count of things that are no time
    ("23 Đề án phải trình năm 2025", "2025-11-04"): (W, "2025-01-01", "2025-12-31", None),
    ("2 CUỘC ĐIỀU TRA THỐNG KÊ NĂM 2006", "2006-08-15"): (W, "2006-01-01", "2006-12-31", None),
    # e. words after the date that only explain it
    (
        "Tựu trường vào thứ Hai, ngày 25/8/2025 (riêng giáo dục mầm non không tổ chức tựu trường).",
        "2025-08-15",
    ): (D, "2025-08-25", "2025-08-25", None),
    ("Tuần dự phòng: từ 25/5 đến 30/5/2026 để hoàn thành chương trình và tổng kết.", None): (
        W,
        "2026-05-25",
        "2026-05-30",
        "2026-05-25",
    ),
    ("lễ khai giảng vẫn được tổ chức vào ngày 5/9 như mọi năm", "2025-08-18"): (
        D,
        "2025-09-05",
        "2025-09-05",
        None,
    ),
    ("Riêng học sinh lớp 1 sẽ tựu trường sớm hơn, vào ngày 25/8.", "2025-08-20"): (
        D,
        "2025-08-25",
        "2025-08-25",
        None,
    ),
}


@pytest.mark.parametrize(("phrase", "issued"), READ, ids=[fold(p) for p, _ in READ])
def test_a_corpus_phrase_reads_as_a_careful_reader_writes_it(phrase: str, issued: str) -> None:
    (got,) = parse_deadlines(phrase, ctx(issued))
    kind, first, last, earliest = READ[(phrase, issued)]
    expected = (kind, *(day(x) if x else None for x in (first, last, earliest)))
    assert (got.kind, got.first, got.last, got.earliest) == expected


@pytest.mark.parametrize(
    ("phrase", "field", "value"),
    [
        ("chậm nhất là ngày 12/6/2021 (hoặc 20 ngày sau ngày bầu cử)", "gloss", "hoặc 20 ngày sau ngày bầu cử"),
        ("(chậm nhất 25 ngày - Khoản 4 Điều 57). (24/04/2021)", "gloss", "chậm nhất 25 ngày - Khoản 4 Điều 57"),
        ("lễ khai giảng vẫn được tổ chức vào ngày 5/9 như mọi năm", "gloss", "như mọi năm"),
        (
            "chuẩn bị sẵn sàng để từ ngày 1/7/2025 vận hành bộ máy mới",
            "gloss",
            "vận hành bộ máy mới",
        ),
        ("Cả ngày 14/10/2025 và buổi sáng ngày 15/10/2025", "qualifier", "buổi sáng ngày 15/10/2025"),
        ("Tuyển sinh THPT chuyên Lê Quý Đôn: 30,31/5 và 1/6/2017.", "label", "Tuyển sinh THPT chuyên Lê Quý Đôn"),
    ],
)  # fmt: skip
def test_the_explaining_words_are_kept(phrase: str, field: str, value: str) -> None:
    (got,) = parse_deadlines(phrase, ctx("2025-08-18" if "5/9" in phrase else None))
    assert getattr(got, field) == value


# The dangerous neighbours of each new form: refused, with the reason's key words.
REFUSED = {
    # a start bound is no milestone's deadline, and its yearless day must not have passed
    "tựu trường từ 28/8/2025": "mốc bắt đầu",
    "từ ngày 4/2": "đã qua",
    # "hoặc" between two dates (not a count from an event) stays two deadlines
    "chậm nhất là ngày 12/6/2021 (hoặc 15/6/2021)": "hoặc",
    "Quý II/2021 (hoặc trước ngày 20/11/2021)": "hoặc",
    "chậm nhất là ngày 12/6/2021 (hoặc 20 ngày)": "hoặc",
    # a date in parentheses after another date or period
    "Trước ngày 30/6/2021 (15/7/2021)": "ngày khác",
    "Quý III/2021 (30/9/2021)": "“2021”",
    # days that do not follow each other are not one window; "11 và 12-10" needs "ngày"
    "Cả ngày 14/10 và buổi sáng ngày 17/10": "liền nhau",
    "11 và 12-10": "ngày",
    # words after the date that move it
    "vào ngày 15/9 âm lịch": "không nhận ra",
    "vào ngày 15/9 để báo cáo năm sau": "không nhận ra",
    "ngày 5/9 như năm sau": "không nhận ra",
    # a count of things is no license for any number: "15 UBND tỉnh" is not a count read
    "Tham mưu 15 UBND tỉnh trước ngày 05/7/2021": "“15”",
    # "sớm hơn" right before the day makes it a bound ("earlier than 25/8"), not the day
    "tựu trường sớm hơn ngày 25/8": "sớm",
}


@pytest.mark.parametrize("phrase", REFUSED, ids=fold)
def test_the_dangerous_neighbour_is_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError) as caught:
        parse_deadline(phrase, ctx("2021-05-25"))
    assert REFUSED[phrase] in caught.value.why
