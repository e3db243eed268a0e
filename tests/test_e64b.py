"""Session 64, helper e64b: e64's forms fixed from the fresh tester's findings (te64, issued
01/03/2026). e64 refused more than the four wrong forms; the phrases below read right on main
and were lost, or read wrong on e64 too:

1. `spanclause`: the ending words ("giải thể", "hết nhiệm vụ", "chấm dứt", "hết hiệu lực") and
   "có khả năng" before closing days count only as the predicate of a body or text opening
   the clause ("Hội đồng giải thể từ ngày 26-29/5", varying tests/corpus/ze-baohaiduong-xet-
   thang-hang-giao-vien-2024.yaml); an object of the step ("Tổ chức lễ công bố quyết định
   giải thể Hội đồng …", "Rà soát văn bản hết hiệu lực …", "Kiểm tra các hộ có khả năng tái
   nghèo …", "Lắp đặt biển báo (tạm thời) …"), the task itself ("Giải thể từ ngày 26-29/5")
   and a tournament ("Tổ chức giải thể hình …") read as on main;
2. `hedged`: "tạm" before an event's verb is provisional only after an event's name ("Lễ
   khai giảng tạm tổ chức vào ngày 5/9/2026") or opening the phrase; after another noun it is
   an adjective ("Nhà tạm hoàn thành trước ngày 30/6/2026"), "Tạm thời tổ chức học trực
   tuyến từ …" organises a thing for a while, "Tạm chốt danh sách …" closes an object: each
   read as on main;
3. `refusals`: a report's estimate is refused only when the report is the subject right
   after the comma; "nộp / gửi / lập báo cáo ước …" and "… gửi Sở Tài chính" read as on main;
4. `combine`: a last step of two joined by "và" ("nhận hồ sơ và công bố kết quả ngày 20/7")
   is main's one window (the files are received from the 1st), and a step only likely or done
   over days ("có khả năng", "khả năng sẽ", "lần lượt", "dần") is refused, as "tạm" is.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import Deadline, parse_deadlines

ISSUED = "2026-03-01"
WINDOW_26_29 = ("WINDOW", "2026-05-26", "2026-05-29")
JUNE_1_15 = ("WINDOW", "2026-06-01", "2026-06-15")
JUNE_1_30 = ("WINDOW", "2026-06-01", "2026-06-30")
BY_JUNE_30 = ("DATE", "2026-06-30", "2026-06-30")
SEPT_5 = ("DATE", "2026-09-05", "2026-09-05")
APRIL_20 = ("DATE", "2026-04-20", "2026-04-20")
JULY_1_20 = ("WINDOW", "2026-07-01", "2026-07-20")


def _shown(phrase: str) -> tuple[str, str, str]:
    kind, first, last = read_days(phrase, ISSUED)
    return str(getattr(kind, "name", kind)), first, last


# --- 1. the ending and likely words: the body's own predicate only ------------------------

OBJECT_OF_THE_STEP = [
    ("Tổ chức lễ công bố quyết định giải thể Hội đồng từ ngày 26-29/5", WINDOW_26_29),
    ("Hoàn thành thủ tục giải thể doanh nghiệp từ ngày 26/5 đến ngày 29/5/2026", WINDOW_26_29),
    ("Tiếp nhận hồ sơ đề nghị giải thể hợp tác xã từ ngày 1/6 đến ngày 30/6/2026", JUNE_1_30),
    ("Thực hiện giải thể các trường học sáp nhập từ ngày 1/6 đến 30/6/2026", JUNE_1_30),
    ("Rà soát, sắp xếp, giải thể các đơn vị sự nghiệp từ ngày 1/6 đến 30/6/2026", JUNE_1_30),
    ("Giải thể từ ngày 26-29/5", WINDOW_26_29),
    ("Tổ chức giải thể hình từ ngày 26-29/5", WINDOW_26_29),
    ("Tổ chức giải thể lực từ ngày 26-29/5", WINDOW_26_29),
    ("Giải thể hình - thể hình Fitness toàn quốc diễn ra từ ngày 26-29/5", WINDOW_26_29),
    ("Thông báo chấm dứt hợp đồng lao động từ ngày 1/6 đến ngày 15/6/2026", JUNE_1_15),
    ("Tiếp nhận hồ sơ đề nghị chấm dứt hoạt động từ ngày 1/6 đến ngày 15/6/2026", JUNE_1_15),
    ("Rà soát văn bản hết hiệu lực từ ngày 1/6 đến ngày 15/6/2026", JUNE_1_15),
    ("Công bố danh mục văn bản hết hiệu lực từ ngày 1/6 đến ngày 15/6/2026", JUNE_1_15),
    ("Kiểm tra các hộ có khả năng tái nghèo từ ngày 1/6 đến 15/6/2026", JUNE_1_15),
    ("Các hộ có khả năng tái nghèo được rà soát từ ngày 1/6 đến 15/6/2026", JUNE_1_15),
    ("Thí sinh có khả năng trúng tuyển nộp hồ sơ từ ngày 26-29/5", WINDOW_26_29),
    ("Lắp đặt biển báo (tạm thời) từ ngày 1/6 đến 15/6/2026", JUNE_1_15),
    ("Hội đồng tổ chức lễ công bố quyết định giải thể từ ngày 26-29/5", WINDOW_26_29),
    ("Hội đồng tổ chức phỏng vấn vào các ngày 26-29/5", WINDOW_26_29),
    ("Tổ chức giải thể hình vào các ngày 26-29/5", WINDOW_26_29),
    ("Rà soát văn bản hết hiệu lực trong các ngày 26-29/5", WINDOW_26_29),
]


@pytest.mark.parametrize(("phrase", "expected"), OBJECT_OF_THE_STEP)
def test_an_ending_word_of_the_object_reads_as_on_main(
    phrase: str, expected: tuple[str, str, str]
) -> None:
    assert _shown(phrase) == expected


BODY_ENDS = [
    "Hội đồng giải thể từ ngày 26-29/5",
    "Hội đồng tuyển dụng giải thể từ ngày 26-29/5",
    "Ban chỉ đạo hết nhiệm vụ từ ngày 26 - 29/5",
    "Hợp đồng chấm dứt từ ngày 26/5 đến 29/5",
    "Hợp đồng chấm dứt hiệu lực từ ngày 26/5 đến 29/5",
    "Hội đồng có khả năng tổ chức phỏng vấn từ ngày 26-29/5",
    "Hội đồng tổ chức phỏng vấn (tạm thời) từ ngày 26-29/5",
    "Hội đồng tổ chức phỏng vấn tùy số lượng thí sinh từ ngày 26-29/5",
    "Hội đồng giải thể vào ngày 26-29/5",
    "Hội đồng giải thể trong các ngày 26-29/5",
    "Hội đồng có khả năng tổ chức phỏng vấn trong các ngày 26-29/5",
]


@pytest.mark.parametrize("phrase", BODY_ENDS)
def test_the_body_ending_or_likely_is_still_refused(phrase: str) -> None:
    assert "trước khoảng ngày cuối câu" in refused(phrase, ctx(ISSUED))


# --- 2. "tạm": an adjective after a noun, "for now" of a thing, a list closed for now ------

TEMPORARY_THING = [
    ("Nhà tạm hoàn thành trước ngày 30/6/2026", BY_JUNE_30),
    ("Cầu tạm hoàn thành trước ngày 30/6/2026", BY_JUNE_30),
    ("Kho tạm hoàn thành trước ngày 30/6/2026", BY_JUNE_30),
    ("Lán trại tạm hoàn thành trước ngày 30/6/2026", BY_JUNE_30),
    ("Trụ sở tạm hoàn thành trước ngày 30/6/2026", BY_JUNE_30),
    ("Đường tạm xong trước ngày 30/6/2026", BY_JUNE_30),
    ("Công trình tạm hoàn thành ngày 30/6/2026", BY_JUNE_30),
    ("Hoàn thành đường tạm tổ chức thi công trước ngày 30/6/2026", BY_JUNE_30),
    ("Xây dựng cầu tạm tổ chức thông xe ngày 30/6/2026", BY_JUNE_30),
    ("Di dời chợ tạm tổ chức khai trương ngày 30/6/2026", BY_JUNE_30),
    ("Trường tạm tổ chức khai giảng ngày 5/9/2026", SEPT_5),
    ("Cơ sở tạm khai giảng ngày 5/9/2026", SEPT_5),
    ("Điểm trường tạm khai giảng ngày 5/9/2026", SEPT_5),
    ("Tạm thời tổ chức học trực tuyến từ ngày 1/6 đến ngày 15/6/2026", JUNE_1_15),
    ("Tạm thời tổ chức phân luồng giao thông từ ngày 1/6 đến ngày 15/6/2026", JUNE_1_15),
    (
        "Tạm thời tổ chức dạy học trực tuyến đến hết ngày 15/6/2026",
        ("DATE", "2026-06-15", "2026-06-15"),
    ),
    ("Tạm tổ chức giao thông theo phương án tạm thời đến ngày 30/6/2026", BY_JUNE_30),
    ("Tạm chốt danh sách trước ngày 30/6/2026", BY_JUNE_30),
    ("Tạm chốt số liệu ngày 20/4/2026", APRIL_20),
    ("Ngày 20/4/2026 tạm chốt danh sách", APRIL_20),
]


@pytest.mark.parametrize(("phrase", "expected"), TEMPORARY_THING)
def test_a_temporary_thing_reads_as_on_main(phrase: str, expected: tuple[str, str, str]) -> None:
    assert _shown(phrase) == expected


def test_organising_traffic_for_now_keeps_its_open_start() -> None:
    reading = one("Tạm thời tổ chức lại giao thông từ ngày 1/6/2026", ctx(ISSUED))
    assert str(reading.earliest) == "2026-06-01" and reading.last is None


PROVISIONAL_EVENT = [
    "Tạm chốt ngày 20/4/2026",
    "Tạm thời hoàn thành trước 30/6/2026",
    "Tạm thời tổ chức ngày 20/4/2026",
    "Tạm thời tổ chức hội nghị ngày 20/4/2026",
    "Hội nghị tạm thời tổ chức ngày 20/4/2026",
    "Lễ khai giảng tạm tổ chức vào ngày 5/9/2026",
    "Kỳ thi tạm tổ chức ngày 20/6/2026",
    "Đại hội tạm thời khai mạc ngày 20/6/2026",
    "Buổi gặp mặt tạm tổ chức ngày 20/6/2026",
    "Các đơn vị tạm thời hoàn thành báo cáo trước 30/6/2026",
    "Ngày 20/4/2026 tạm định tổ chức hội nghị",
]


@pytest.mark.parametrize("phrase", PROVISIONAL_EVENT)
def test_a_provisional_event_is_still_refused(phrase: str) -> None:
    assert "tạm" in refused(phrase, ctx(ISSUED)).lower()


# --- 3. a report's estimate: the report the subject only --------------------------------

SENDING_THE_REPORT = [
    "Đến 30/6/2026, nộp báo cáo ước thực hiện đạt 60%",
    "Đến 30/6/2026, gửi báo cáo ước thực hiện đạt 60% về Sở Tài chính",
    "Đến 30/6/2026, báo cáo ước thực hiện đạt 60% gửi Sở Tài chính",
    "Đến 30/6/2026, báo cáo ước thực hiện đạt 60% và gửi Sở Tài chính",
    "Đến 30/6/2026, lập báo cáo ước thực hiện đạt 60%",
    "Đến 30/6/2026, báo cáo ước thực hiện đạt 60% trình UBND tỉnh",
    "Đến 30/6/2026, báo cáo ước thực hiện năm 2026",
]


@pytest.mark.parametrize("phrase", SENDING_THE_REPORT)
def test_sending_the_report_reads_as_its_due_day(phrase: str) -> None:
    assert _shown(phrase) == BY_JUNE_30


@pytest.mark.parametrize(
    "phrase",
    [
        "Đến 30/6/2026, báo cáo ước thực hiện đạt 60%",
        "Đến 30/6/2026, báo cáo ước đạt 95% kế hoạch",
        "Đến hết ngày 30/6/2026, báo cáo ước thực hiện 95% kế hoạch",
    ],
)
def test_the_report_as_subject_is_still_refused(phrase: str) -> None:
    refused(phrase, ctx(ISSUED))


# --- 4. a start and two steps joined by "và"; steps likely or over days -----------------

TWO_STEPS_JOINED = [
    "Từ ngày 1/7, nhận hồ sơ và công bố kết quả ngày 20/7",
    "Kể từ ngày 1/7, tiếp nhận hồ sơ và công bố kết quả ngày 20/7",
    "Từ ngày 1/7, tiếp nhận hồ sơ và trả kết quả ngày 20/7",
    "Kể từ ngày 1/7, người dân thực hiện đăng ký và nhận kết quả ngày 20/7",
    "Từ ngày 1/7, các đơn vị tiếp nhận đăng ký và công bố danh sách ngày 20/7",
    "Tính từ ngày 1/7, thu hoạch và báo cáo sản lượng ngày 20/7",
    "Từ ngày 1/7, tổ chức tuyên truyền và ra quân ngày 20/7",
    "Bắt đầu từ ngày 1/7, nhận hồ sơ và công bố kết quả ngày 20/7",
]


@pytest.mark.parametrize("phrase", TWO_STEPS_JOINED)
def test_two_steps_joined_keep_the_window_from_the_start(phrase: str) -> None:
    assert _shown(phrase) == JULY_1_20


LIKELY_STEP = [
    "Từ ngày 1/7 và có khả năng công bố kết quả ngày 20/7",
    "Từ ngày 1/7 và khả năng sẽ công bố kết quả ngày 20/7",
    "Từ ngày 1/7 và lần lượt công bố kết quả ngày 20/7",
    "Từ ngày 1/7 và dần công bố kết quả ngày 20/7",
    "Bắt đầu từ ngày 1/7 và có khả năng công bố kết quả ngày 20/7",
    "Kể từ ngày 1/7, có khả năng công bố kết quả ngày 20/7",
]


@pytest.mark.parametrize("phrase", LIKELY_STEP)
def test_a_likely_step_after_a_start_is_refused(phrase: str) -> None:
    refused(phrase, ctx(ISSUED))


@pytest.mark.parametrize(
    "phrase",
    [
        "Từ ngày 1/7 và công bố kết quả ngày 20/7",
        "Bắt đầu từ ngày 1/7 và công bố kết quả ngày 20/7",
        "Từ ngày 1/7, trung tâm công bố kết quả ngày 20/7",
    ],
)
def test_one_step_on_its_day_still_splits(phrase: str) -> None:
    readings = [r for r in _all(phrase) if r.last is not None]
    assert [str(r.last) for r in readings] == ["2026-07-20"]
    assert readings[0].first == readings[0].last


def _all(phrase: str) -> list[Deadline]:
    return list(parse_deadlines(phrase, ctx(ISSUED)))
