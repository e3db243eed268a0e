"""Session 59, helper q59: a list of steps, each with its own time, read as several milestones
(`kehoach.dates.calendarstep`, `kehoach.dates.schedules.steps_joined`).

An exam's or a crop's calendar lists its steps, each its work and its day: "ngày 5 -10/12 đánh
đất, ngày 10 - 15/12 xuống giống" (zu-htxhoatien1-lich-thoi-vu-dong-xuan-2017-2018), "Đợt 2
nhận đăng ký từ ngày 18-4 đến 25-4, tổ chức thi ngày 24-5 … và công bố kết quả vào ngày 6-6"
(zv-nghean24h-lich-thi-dgnl-v-act-2026), "Hạn nộp hồ sơ … vào ngày 29/02/2012 …, riêng hồ sơ
giáo án … nộp cho Ban tổ chức vào ngày 16/3/2012" (l-binh-duong-tb-143-hoi-thi-gvdg-2012),
"Các khối còn lại đến trường vào ngày 25/8, lễ khai giảng được tổ chức vào sáng 5/9 …"
(zw-vnexpress-hoc-sinh-tp-hcm-tuu-truong-2025) were refused on main ("ngoài … cụm từ còn một
ngày khác"): their works ("tổ chức thi", "xuống giống", "nộp", "đến trường") named no step, a
round named at the head of the list was not the next steps' round, and a crop's span starting
the day the one before ends was taken for a step inside it.

Each step is read alone by the full reader, so every guard of a single phrase applies to it;
a step called off, stopped, waived, past, hedged by a condition, an alternative, a
document's day, days going back, or years mixed leave the whole list refused. A step whose
day follows its work bare ("công bố kết quả 17/4", za-24h-lich-thi-dgnl-2026; "gieo mạ 20/6
-25/6", zv-baolangson-ke-hoach-vu-he-thu-vu-mua-2021) stays refused, as test_twoj wants.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import parse_deadlines
from kehoach.dates.reading import DeadlineKind

W, D = DeadlineKind.WINDOW, DeadlineKind.DATE


def _read(phrase: str, issued: str) -> list[tuple[DeadlineKind, str, str]]:
    return [
        (one.kind, str(one.first), str(one.last)) for one in parse_deadlines(phrase, ctx(issued))
    ]


# the corpus phrases this session turned, with their files' issue days
TURNED = [
    (
        "ngày 5 -10/12 đánh đất, ngày 10 - 15/12 xuống giống",
        "2017-12-01",
        [(W, "2017-12-05", "2017-12-10"), (W, "2017-12-10", "2017-12-15")],
    ),
    (
        "Đợt 2 nhận đăng ký từ ngày 18-4 đến 25-4, tổ chức thi ngày 24-5 tại 36 đơn vị thuộc 9 "
        "tỉnh, thành và công bố kết quả vào ngày 6-6",
        "2026-02-23",
        [
            (W, "2026-04-18", "2026-04-25"),
            (D, "2026-05-24", "2026-05-24"),
            (D, "2026-06-06", "2026-06-06"),
        ],
    ),
    (
        "3. Hạn nộp hồ sơ đăng ký dự thi GVDG của các trường vào ngày 29/02/2012 (mẫu 1 và 2) "
        "tại Phòng Giáo dục chuyên nghiệp – Sở Giáo dục và Đào tạo, riêng hồ sơ giáo án của "
        "giáo viên dự thi nộp cho Ban tổ chức vào ngày 16/3/2012",
        "2012-02-10",
        [(D, "2012-02-29", "2012-02-29"), (D, "2012-03-16", "2012-03-16")],
    ),
    (
        "Các khối còn lại đến trường vào ngày 25/8, lễ khai giảng được tổ chức vào sáng 5/9 "
        "như thường lệ.",
        "2025-08-12",
        [(D, "2025-08-25", "2025-08-25"), (D, "2025-09-05", "2025-09-05")],
    ),
]


@pytest.mark.parametrize(("phrase", "issued", "expected"), TURNED)
def test_a_calendars_steps_are_its_milestones(
    phrase: str, issued: str, expected: list[tuple[DeadlineKind, str, str]]
) -> None:
    assert _read(phrase, issued) == expected


def test_each_step_keeps_its_own_words() -> None:
    readings = parse_deadlines(
        "Đợt 2 nhận đăng ký từ ngày 18-4 đến 25-4, tổ chức thi ngày 24-5", ctx("2026-02-23")
    )
    assert [one.label for one in readings] == ["Đợt 2 nhận đăng ký", "tổ chức thi"]


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # a bare day after the work's words: test_twoj keeps it refused (q59-bareday reads it)
        ("Đợt 1: đăng ký từ 24/1 đến 23/2, công bố kết quả 17/4", "2026-01-02"),
        ("Vụ Mùa trung: gieo mạ 20/6 -25/6; cấy xong trước 20/7", "2021-05-01"),
    ],
)
def test_a_step_with_a_bare_day_leaves_its_list_refused(phrase: str, issued: str) -> None:
    refused(phrase, ctx(issued))


EXAM = "Đợt 1: đăng ký từ 24/1 đến 23/2"


@pytest.mark.parametrize(
    "second",
    [
        # called off, put off, stopped, not done, done
        "hủy công bố kết quả 17/4",
        "công bố kết quả 17/4 (đã hoãn)",
        "tạm dừng công bố kết quả 17/4",
        "chưa công bố kết quả 17/4",
        "không công bố kết quả 17/4",
        "đã công bố kết quả 17/4",
        # past
        "năm ngoái công bố 17/4",
        "năm ngoái công bố kết quả 17/4",
        "công bố kết quả 17/4 năm ngoái",
        # a condition
        "nếu đủ thí sinh công bố kết quả 17/4",
        # a document's day
        "theo Công văn số 12 ngày 17/4",
        "công bố kết quả theo Công văn số 12 ngày 17/4",
        # no step's work; a number that is no day
        "kết quả 17/4",
        "công bố kết quả lớp 17/4",
        "công bố kết quả 17",
        # back in time; a year mixed with the plan's
        "công bố kết quả 17/1",
        "công bố kết quả 17/4/2025",
        "công bố kết quả 17/4 năm 2025",
    ],
)
def test_a_step_not_due_leaves_the_exam_list_refused(second: str) -> None:
    refused(f"{EXAM}, {second}", ctx("2026-01-02"))


def test_an_alternative_is_no_list() -> None:
    assert "hoặc" in refused(f"{EXAM} hoặc công bố kết quả 17/4", ctx("2026-01-02"))


@pytest.mark.parametrize(
    "phrase",
    [
        "công bố kết quả 17/4",  # alone: a bare number after a noun, no step of a list
        "gieo mạ 20/6 -25/6",
        "Vụ Mùa trung: gieo mạ 20/6 -25/6",
    ],
)
def test_a_bare_day_alone_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-02"))


CROP = "Vụ Mùa trung: "


@pytest.mark.parametrize(
    "phrase",
    [
        "gieo mạ 20/6 -25/6; cấy xong trước 20/6",  # done before the sowing ends
        "gieo mạ 20/6 -25/6; cấy xong trước 22/6",
        "năm ngoái gieo mạ 20/6 -25/6; cấy xong trước 20/7",
        "gieo mạ 20/6 -25/6 (đã hoãn); cấy xong trước 20/7",
        "gieo mạ 20/6 -25/6 hoặc cấy xong trước 20/7",
        "gieo mạ 20/6 -25/6; cấy xong trước 20/7/2020",
        "mạ 20/6 -25/6; cấy xong trước 20/7",  # no verb
        "gieo mạ 25/6 -20/6; cấy xong trước 20/7",  # a span backwards
        "gieo mạ 20/6 -25/6; theo Công văn số 12 ngày 20/7",
        "nếu mưa gieo mạ 20/6 -25/6; cấy xong trước 20/7",
        "không gieo mạ 20/6 -25/6; cấy xong trước 20/7",
        "tạm dừng gieo mạ 20/6 -25/6; cấy xong trước 20/7",
        "gieo mạ 20/6 -25/6 năm 2020; cấy xong trước 20/7",
        "gieo mạ khoảng 20/6 -25/6; cấy xong trước 20/7",
        "gieo mạ 20/6 -25/6; cấy xong sau 20/7",  # "after": a start
        "gieo mạ 20/6 -25/6 như vụ trước; cấy xong trước 20/7",
        "gieo mạ 20/6 -25/6; cấy xong trước 20/7 tùy thời tiết",
        "gieo mạ 20/6 -25/6; cấy xong trước 20/7 hằng năm",
    ],
)
def test_a_crop_step_not_due_leaves_the_season_refused(phrase: str) -> None:
    refused(CROP + phrase, ctx("2021-05-01"))


@pytest.mark.parametrize(
    "second",
    [
        "ngày 8 - 15/12 xuống giống",  # starts inside the one before
        "ngày 5 - 10/12 xuống giống",  # the same days
        "ngày 10/12 xuống giống",  # one day, the one the land is ready
        "ngày 1 - 4/12 xuống giống",  # before it
        "ngày 10 - 15/11 xuống giống",
        "ngày 10 - 15/12 không xuống giống",
        "năm ngoái ngày 10 - 15/12 xuống giống",
        "ngày 10 - 15/12 đã xuống giống",
        "ngày 10 - 15/12 hoãn xuống giống",
        "nếu mưa ngày 10 - 15/12 xuống giống",
        "ngày 10 - 15/12 dừng xuống giống",
        "ngày 10 - 15/12 tạm ngừng xuống giống",
        "ngày 10 - 15/12 hủy xuống giống",
        "ngày 10 - 15/12 chưa xuống giống",
        "ngày 10 - 15/12 vụ trước xuống giống",
        "ngày 10 - 15/12/2016 xuống giống",
        "ngày 10 - 15/12 xuống giống (đã lùi)",
    ],
)
def test_a_sowing_not_due_leaves_the_calendar_refused(second: str) -> None:
    refused(f"ngày 5 -10/12 đánh đất, {second}", ctx("2017-12-01"))


def test_a_step_told_on_one_day_never_shares_its_day() -> None:
    refused("ngày 10/12 đánh đất, ngày 10 - 15/12 xuống giống", ctx("2017-12-01"))


def test_a_sowing_alternative_is_no_list() -> None:
    refused("ngày 5 -10/12 đánh đất hoặc ngày 10 - 15/12 xuống giống", ctx("2017-12-01"))


ROUND = "Đợt 2 nhận đăng ký từ ngày 18-4 đến 25-4"


@pytest.mark.parametrize(
    "second",
    [
        "tổ chức thi đua ngày 24-5",  # an emulation drive, no exam
        "tổ chức thi hành án ngày 24-5",  # enforcement
        "tổ chức thi ngày 24-3",  # before the registration
        "tổ chức thi ngày 24-5 hoặc 31-5",
        "năm ngoái tổ chức thi ngày 24-5",
        "đã tổ chức thi ngày 24-5",
        "tổ chức thi ngày 24-5 (dự kiến)",
        "tổ chức thi ngày 24-5-2025",
        "Đợt 1 tổ chức thi ngày 24-5",  # the rounds backwards
        "tổ chức thi sau ngày 24-5",
        "tổ chức thi ngày 24-5 nếu đủ thí sinh",
        "tổ chức thi lớp 24-5",
        "thi ngày 24-5",  # "thi" alone names no step
        "tổ chức thi ngày 24-5 như năm 2025",
        "tổ chức thi ngày 24-5 và công bố kết quả vào ngày 6-5",  # results before the exam
    ],
)
def test_an_exam_not_due_leaves_the_round_refused(second: str) -> None:
    refused(f"{ROUND}, {second}", ctx("2026-02-23"))


def test_the_round_named_at_the_head_holds_the_next_steps() -> None:
    assert _read(f"{ROUND}, tổ chức thi ngày 24-5", "2026-02-23") == [
        (W, "2026-04-18", "2026-04-25"),
        (D, "2026-05-24", "2026-05-24"),
    ]


FILES = "Hạn nộp hồ sơ của các trường vào ngày 29/02/2012 tại Phòng Giáo dục"


@pytest.mark.parametrize(
    "second",
    [
        "riêng hồ sơ giáo án đã nộp cho Ban tổ chức vào ngày 16/3/2012",
        "riêng hồ sơ giáo án năm ngoái nộp cho Ban tổ chức vào ngày 16/3/2011",
        "riêng hồ sơ giáo án nộp cho Ban tổ chức vào ngày 16/2/2012",  # before the first
        "riêng hồ sơ giáo án nộp theo Công văn số 5 ngày 16/3/2012",
        "riêng hồ sơ giáo án nộp cho Ban tổ chức vào ngày 16/3/2012 hoặc 20/3/2012",
        "riêng hồ sơ giáo án nếu có nộp cho Ban tổ chức vào ngày 16/3/2012",
        "riêng hồ sơ giáo án không nộp vào ngày 16/3/2012",
        "riêng hồ sơ giáo án chưa nộp vào ngày 16/3/2012",
        "riêng hồ sơ giáo án nộp sau ngày 16/3/2012",
        "riêng hồ sơ giáo án nộp vào ngày 16/3",  # its year the plan's, the other's written
        "riêng hồ sơ giáo án miễn nộp vào ngày 16/3/2012",  # waived
        "riêng hồ sơ giáo án được miễn nộp vào ngày 16/3/2012",
        "riêng hồ sơ giáo án nộp cho Ban tổ chức vào ngày 16/3/2012 (đã hủy)",
    ],
)
def test_a_file_not_due_leaves_the_list_refused(second: str) -> None:
    refused(f"{FILES}, {second}", ctx("2012-02-10"))


BACK = "lễ khai giảng được tổ chức vào sáng 5/9"


@pytest.mark.parametrize(
    "phrase",
    [
        f"Các khối còn lại không đến trường vào ngày 25/8, {BACK}.",
        f"Các khối còn lại chưa đến trường vào ngày 25/8, {BACK}.",
        f"Năm ngoái các khối còn lại đến trường vào ngày 25/8, {BACK}.",
        f"Các khối còn lại đến trường vào ngày 25/8 hoặc 26/8, {BACK}.",
        f"Nếu đủ điều kiện, các khối còn lại đến trường vào ngày 25/8, {BACK}.",
        f"Các khối còn lại đến trường vào ngày 25/8, {BACK}/2024.",
        f"Các khối còn lại đến trường vào ngày 25/8, {BACK} tùy tình hình dịch bệnh.",
        "Các khối còn lại đến trường vào ngày 25/8, lễ khai giảng được tổ chức vào sáng 5/8.",
        "Các khối còn lại đến trường vào ngày 25/8, lễ khai giảng đã được tổ chức vào sáng 5/9.",
        "Các khối còn lại đến trường vào ngày 25/8, lễ khai giảng được tổ chức theo Công văn số 5 "
        "ngày 5/9.",
        "Các khối còn lại đến trường vào ngày 25/8, lễ khai giảng bị hủy bỏ vào sáng 5/9.",
        "Các khối còn lại đến trường vào ngày 25/8, tạm hoãn lễ khai giảng vào sáng 5/9.",
    ],
)
def test_a_return_not_due_leaves_the_school_year_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-08-12"))
