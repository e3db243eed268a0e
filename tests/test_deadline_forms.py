"""The forms of issue 11 §2 read from the corpus of real documents (tests/corpus), each with
the nearby variants that must stay refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx
from kehoach.base.text import fold
from kehoach.dates.deadline import (
    Context,
    DeadlineError,
    DeadlineKind,
    Relative,
    parse_deadline,
    parse_deadlines,
)

D, W, R, REL = DeadlineKind.DATE, DeadlineKind.WINDOW, DeadlineKind.RECURRING, DeadlineKind.RELATIVE


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
    "vào ngày 15/9 để báo cáo năm sau": "từ “năm” đứng sau thời hạn",  # the word named (39)
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


# The second batch: (phrase, issued) -> (kind, first, last, earliest)
READ_MORE = {
    ("sơ kết 03 năm thực hiện Chương trình MTQG xây dựng nông thôn mới (2016-2018)", None): (
        W,
        "2016-01-01",
        "2018-12-31",
        None,
    ),
    ("kế hoạch sử dụng đất 05 năm kỳ đầu (2011 - 2015)", None): (
        W,
        "2011-01-01",
        "2015-12-31",
        None,
    ),
    ("không quá 4 ngày, tổ chức trước ngày 31/10/2025", None): (
        D,
        "2025-10-31",
        "2025-10-31",
        None,
    ),
    ("không quá 2 ngày; bắt đầu từ tháng 4-2015, hoàn thành trong tháng 6-2015.", None): (
        W,
        "2015-04-01",
        "2015-06-30",
        "2015-04-01",
    ),
    (
        "tiến hành tổng kết từ sau khi Hội đồng Bầu cử Quốc gia công bố kết quả bầu cử "
        "cho đến trước ngày 22/6/2021",
        None,
    ): (D, "2021-06-22", "2021-06-22", None),
    ("tựu trường sớm nhất trước khai giảng một tuần, tức ngày 29/8", "2024-08-06"): (
        D,
        None,
        None,
        "2024-08-29",
    ),
    ("riêng khối 1 có thể sớm hai tuần, tức 22/8", "2024-08-06"): (D, None, None, "2024-08-22"),
    ("được bầu cử vào ngày Chủ Nhật 23/5/2021", None): (D, "2021-05-23", "2021-05-23", None),
    ("Lần thứ 3 trước ngày 15/7/2021", None): (D, "2021-07-15", "2021-07-15", None),
    (
        "kỳ thi tốt nghiệp trung học phổ thông năm 2026 dự kiến diễn ra vào ngày 26 và 27/06",
        "2025-08-26",
    ): (W, "2026-06-26", "2026-06-27", None),
}


# READ and READ_MORE (the phrases of a later session) share no phrase: one test reads both.
CORPUS_READ = READ | READ_MORE


@pytest.mark.parametrize(("phrase", "issued"), CORPUS_READ, ids=[fold(p) for p, _ in CORPUS_READ])
def test_a_corpus_phrase_reads_as_a_careful_reader_writes_it(phrase: str, issued: str) -> None:
    (got,) = parse_deadlines(phrase, ctx(issued))
    kind, first, last, earliest = CORPUS_READ[(phrase, issued)]
    expected = (kind, *(day(x) if x else None for x in (first, last, earliest)))
    assert (got.kind, got.first, got.last, got.earliest) == expected


RULES = {
    "Báo cáo 6 tháng đầu năm gửi trước ngày 10/07 của năm báo cáo": "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=10",
    "Báo cáo cả năm gửi trước ngày 10/01 của năm liền kề năm báo cáo": "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10",
    "Định kỳ hàng quý báo cáo tình hình thực hiện dự án đầu tư": (
        "FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1"
    ),
}  # fmt: skip


@pytest.mark.parametrize("phrase", RULES, ids=fold)
def test_a_reporting_rule_reads_with_its_report(phrase: str) -> None:
    (got,) = parse_deadlines(phrase)
    assert (got.kind, got.rrule) == (R, RULES[phrase])


RELATIVES = {
    "gửi báo cáo chậm nhất vào 14 giờ ngày làm việc tiếp theo ngay sau ngày báo cáo": Relative(
        1, "ngày", True, "after", "ngày báo cáo"
    ),
    "gửi báo cáo chậm nhất 02 ngày làm việc tiếp theo ngay sau ngày cuối cùng của kỳ báo cáo": (
        Relative(2, "ngày", True, "after", "ngày cuối cùng của kỳ báo cáo")
    ),
    "ít nhất trước 45 ngày làm việc đến thời điểm dự kiến khai mạc đại hội đảng bộ cấp dưới": (
        Relative(45, "ngày", True, "before", "thời điểm dự kiến khai mạc đại hội đảng bộ cấp dưới")
    ),
    "thời gian học kết thúc trước kỳ thi tốt nghiệp THPT 5 ngày": Relative(
        5, "ngày", False, "before", "kỳ thi tốt nghiệp THPT"
    ),
    "Trong mười năm tới": Relative(10, "năm", False, "after", "ngày ban hành văn bản"),
    "Thời gian gửi báo cáo chậm nhất là 45 ngày kể từ ngày kết thúc 6 tháng đầu năm tài chính": (
        Relative(45, "ngày", False, "after", "ngày kết thúc 6 tháng đầu năm tài chính")
    ),
}


@pytest.mark.parametrize("phrase", RELATIVES, ids=fold)
def test_a_relative_phrase_reads_into_its_parts(phrase: str) -> None:
    (got,) = parse_deadlines(phrase)
    assert (got.kind, got.relative, got.last) == (REL, RELATIVES[phrase], None)


@pytest.mark.parametrize(
    ("phrase", "header", "relative"),
    [
        ("75 ngày", "Số ngày trước ngày bầu cử", Relative(75, "ngày", False, "before", "ngày bầu cử")),
        ("chậm nhất 105 ngày - Điều 7, 8, 9", "Số ngày trước ngày bầu cử",
         Relative(105, "ngày", False, "before", "ngày bầu cử")),
        ("10 ngày làm việc", "Thời hạn (ngày làm việc) sau khi nhận đủ hồ sơ",
         Relative(10, "ngày", True, "after", "khi nhận đủ hồ sơ")),
    ],
)  # fmt: skip
def test_a_bare_count_reads_by_its_column_header(
    phrase: str, header: str, relative: Relative
) -> None:
    got = parse_deadline(phrase, Context(header=header))
    assert (got.kind, got.relative) == (REL, relative)


MORE_REFUSED = {
    # a count alone says neither direction nor anchor; a header naming both is no help
    ("chậm nhất 25 ngày", None): "không nói trước hay sau",
    ("105 ngày", "Số ngày chậm nhất phải hoàn thành trước (sau) ngày BC theo Luật Bầu cử"): (
        "cả “trước” và “sau”"
    ),
    # a count of years that is not the span's length
    ("sơ kết 04 năm thực hiện Chương trình (2016-2018)", None): "“04”",
    # a report's cadence that contradicts its day
    ("Báo cáo hằng tháng gửi trước ngày 10/07 của năm báo cáo", None): "không khớp",
    # a step after a cadence that is itself a time
    ("Hằng năm vào dịp Tết", None): "vào",
    ("thường xuyên trong tháng", None): "trong",
    # "tức" with a count the reading cannot check, or with two days
    ("trước khai giảng 7 ngày, tức ngày 29/8/2024", None): "“7”",
    ("tức ngày 29/8/2024 hoặc 30/8/2024", None): "hoặc",
    # the weekday before the day is still checked
    ("được bầu cử vào ngày Chủ Nhật 24/5/2021", None): "Thứ Hai",
    # a report "năm 2026" due "15/1" is due in the next year: the label's year is not the
    # day's (only an exam or ceremony "diễn ra" in its year is)
    ("báo cáo năm 2026 trước ngày 15/1", "2025-12-20"): "năm 2026",
    # an event's length beside two deadlines belongs to neither
    ("không quá 3 ngày, trước ngày 15/3/2021, trước ngày 20/3/2021", None): "một ngày khác",
}


@pytest.mark.parametrize(("phrase", "header"), MORE_REFUSED, ids=[fold(p) for p, _ in MORE_REFUSED])
def test_more_dangerous_neighbours_are_refused(phrase: str, header: str | None) -> None:
    issued = header == "2025-12-20"  # that entry's second field is the plan's issue day
    context = Context(issued=date(2025, 12, 20)) if issued else Context(header=header)
    with pytest.raises(DeadlineError) as caught:
        parse_deadlines(phrase, context)
    assert MORE_REFUSED[(phrase, header)] in caught.value.why


def test_a_years_place_in_a_span_is_that_year() -> None:
    (got,) = parse_deadlines("năm cuối của nhiệm kỳ 5 năm 2016-2020", ctx("2020-02-28"))
    assert (got.kind, got.first, got.last) == (W, day("2020-01-01"), day("2020-12-31"))
    with pytest.raises(DeadlineError, match="không khớp"):  # 4 years is not 2016-2020
        parse_deadlines("năm cuối của nhiệm kỳ 4 năm 2016-2020", ctx("2020-02-28"))


@pytest.mark.parametrize(
    "phrase",
    [
        "Trước ngày 15/7/2022, chậm nhất 30/7/2022",
        "chậm nhất 15/7/2022, trễ nhất 30/7/2022",
        "Hoàn thành trước ngày 15/7/2022; chậm nhất là ngày 30/7/2022",
    ],
    ids=fold,
)
def test_an_aim_and_a_hard_limit_for_one_work_are_refused_alike(phrase: str) -> None:
    """A fresh user's report: the first was read as two deadlines, the second refused."""
    with pytest.raises(DeadlineError, match="hai hạn cuối cho cùng một việc"):
        parse_deadlines(phrase, ctx("2022-06-01"))


def test_an_earliest_and_a_latest_day_stay_one_window() -> None:
    phrase = "học sinh sẽ tựu trường sớm nhất vào ngày 1/8, muộn nhất vào ngày 25/8/2014"
    (got,) = parse_deadlines(phrase, ctx("2014-07-01"))
    assert (got.kind, got.first, got.last) == (W, day("2014-08-01"), day("2014-08-25"))


def test_planned_is_read_and_about_is_refused() -> None:
    """The rule the README states: "dự kiến" is the plan's own schedule, "khoảng" an estimate."""
    (got,) = parse_deadlines("dự kiến 15/7/2022", ctx("2022-06-01"))
    assert got.last == day("2022-07-15")
    with pytest.raises(DeadlineError, match="ước lượng"):
        parse_deadlines("khoảng 15/7/2022", ctx("2022-06-01"))
