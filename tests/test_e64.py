"""Session 64, helper e64: a start and its second step; the days after a clause; hedges; the
"Tạm định" ruling. Each form below was read wrong on main (issued 01/03/2026):

1. a start said "từ", "kể từ", "tính từ" alone, then a step done on its day: "Từ ngày 1/7 và
   công bố kết quả ngày 20/7" was one window of publishing from the 1st. It now reads as
   "Bắt đầu từ …" does since session 63 (`combine._another_step`): a start from 01/07 and
   20/07 for the result. The form came from the starts of the school-year plans
   (tests/corpus/g-anhp-hai-phong*.yaml: "Học kỳ 2 bắt đầu từ 8-1-2018, và sẽ kết thúc vào
   25-5-2018", one window, as before);
2. a hedged step after a bare start ("Bắt đầu từ ngày 1/7, tạm công bố kết quả ngày 20/7",
   "… có thể công bố …"): main's window is no window of the work; refused
   (`combine._hedged_step`);
3. days closing the phrase after a clause that ends, hedges or conditions the work: "Hội
   đồng giải thể từ ngày 26-29/5", "… có khả năng tổ chức phỏng vấn từ ngày 26-29/5", "…
   (tạm thời) từ …", "… tùy số lượng thí sinh từ …" (`spanclause`, which counted these words
   only after days opening the phrase: "Từ ngày 26 -29/5, Hội đồng …", varying
   tests/corpus/ze-baohaiduong-xet-thang-hang-giao-vien-2024.yaml). "dự kiến", "dự định"
   before the days still read: the corpus counts "kỳ họp dự kiến tổ chức từ ngày 5-12 đến
   8-12-2022" (z-baomoi-hdnd-ha-noi-dieu-chinh-ky-hop-thu-muoi-2022.yaml) and "Tỉnh Kon Tum dự
   định tổ chức Tuần Văn hóa- Du lịch … từ ngày 6/3 đến ngày 15/3/2020" (l-kon-tum-tuan-van-
   hoa-du-lich-2020.yaml) read as their windows;
4. "tạm thời", "tạm" before an event's verb or a step's end ("Tạm thời hoàn thành trước
   30/6/2026"); a report's estimate with its figure ("Đến 30/6/2026, báo cáo ước thực hiện
   đạt 60%", `refusals._REPORTED_ESTIMATE`); a note of the figures ("(số liệu tạm tính)") is
   no note of the day, and reads;
5. the lead's ruling on "Tạm định": opening the phrase it is as provisional as after a subject
   ("Tạm định ngày 20/4/2026", "Tạm định tổ chức ngày 15/4/2026" moved in test_m59, test_b60,
   test_c63b); the corpus has no phrase opening with "tạm định" (its "tạm đình tổ chức đại
   hội", e-hau-giang-vi-thuy-dai-hoi-2020.yaml, is "suspend", another word).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

ISSUED = ctx("2026-03-01")
JULY_1, JULY_20 = date(2026, 7, 1), date(2026, 7, 20)
JUNE_30 = (DeadlineKind.DATE, "2026-06-30", "2026-06-30")
WINDOW_26_29 = (DeadlineKind.WINDOW, "2026-05-26", "2026-05-29")


# --- 1. a bare start, then a step on its day: a start and a milestone --------------------

TWO_STEPS = [
    "Từ ngày 1/7 và công bố kết quả ngày 20/7",
    "Kể từ ngày 1/7 và công bố kết quả ngày 20/7",
    "Tính từ ngày 1/7 và công bố kết quả ngày 20/7",
    "Từ ngày 1/7, công bố kết quả ngày 20/7",
    "Kể từ ngày 1/7, nghiệm thu vào ngày 20/7",
    "Từ 1/7 và công bố kết quả là ngày 20/7",
    "Từ tháng 7 và công bố kết quả ngày 20/7",
    # "trung tâm" folds to "tam", no hedge: the centre's step of its own
    "Từ ngày 1/7 và trung tâm công bố kết quả ngày 20/7",
    "Bắt đầu từ ngày 1/7 và công bố kết quả ngày 20/7",
]


@pytest.mark.parametrize("phrase", TWO_STEPS)
def test_a_bare_start_and_a_step_on_its_day_are_two_milestones(phrase: str) -> None:
    start, step = parse_deadlines(phrase, ISSUED)
    assert (start.earliest, start.first, start.last) == (JULY_1, None, None)
    assert (step.kind, step.first, step.last) == (DeadlineKind.DATE, JULY_20, JULY_20)


# the end of the work begun, said in end or closing words: one window, as main read it
ONE_WINDOW = [
    "Từ ngày 1/7 và nhận hồ sơ đến ngày 20/7",
    "Kể từ ngày 1/7 và hoàn thành trước ngày 20/7",
    "Từ ngày 1/7 và kết thúc ngày 20/7",
    "Từ ngày 1/7 và sẽ kết thúc vào 20/7",
    "Từ ngày 1/7, hạn nộp ngày 20/7",
    "Từ ngày 1/7 và khóa sổ ngày 20/7",
    "Từ ngày 1/7, tận ngày 20/7",
    "Từ ngày 1/7, chốt danh sách ngày 20/7",
    "Từ ngày 1/7 đến ngày 20/7",
]


@pytest.mark.parametrize("phrase", ONE_WINDOW)
def test_a_bare_start_and_its_end_are_one_window(phrase: str) -> None:
    reading = one(phrase, ISSUED)
    assert (reading.kind, reading.first, reading.last) == (DeadlineKind.WINDOW, JULY_1, JULY_20)


# a step hedged, called off, negated, told done, conditioned, or a third part: refused
NOT_A_MILESTONE = [
    "Từ ngày 1/7, tạm công bố kết quả ngày 20/7",
    "Kể từ ngày 1/7, tạm thời công bố kết quả ngày 20/7",
    "Từ ngày 1/7 và có thể công bố kết quả ngày 20/7",
    "Từ ngày 1/7, cán bộ có thể nộp hồ sơ ngày 20/7",
    "Từ ngày 1/7, có lẽ công bố kết quả ngày 20/7",
    "Từ ngày 1/7, hy vọng công bố kết quả ngày 20/7",
    "Từ ngày 1/7, dự kiến công bố kết quả ngày 20/7",
    "Từ ngày 1/7, hủy công bố kết quả ngày 20/7",
    "Từ ngày 1/7, hoãn công bố kết quả ngày 20/7",
    "Từ ngày 1/7, không công bố kết quả ngày 20/7",
    "Từ ngày 1/7, đã công bố kết quả ngày 20/7",
    "Từ ngày 1/7, nếu đủ hồ sơ thì công bố kết quả ngày 20/7",
    "Từ ngày 1/7 và tạm dừng nhận hồ sơ ngày 20/7",
    "Từ ngày 1/7, công bố kết quả ngày 20/7, kéo dài đến ngày 30/7",
    "Từ ngày 1/7 và công bố kết quả ngày 20/7; tổng kết ngày 30/7",
    "Từ ngày 20/7 và công bố kết quả ngày 1/7",
]


@pytest.mark.parametrize("phrase", NOT_A_MILESTONE)
def test_a_step_not_firm_after_a_bare_start_is_refused(phrase: str) -> None:
    refused(phrase, ISSUED)


# --- 2. a hedged step after "bắt đầu từ": refused, with its reason -----------------------

HEDGED_AFTER_BEGINS = [
    "Bắt đầu từ ngày 1/7, tạm công bố kết quả ngày 20/7",
    "Bắt đầu từ ngày 1/7, tạm thời công bố kết quả ngày 20/7",
    "Bắt đầu từ ngày 1/7, có thể công bố kết quả ngày 20/7",
    "Bắt đầu từ ngày 1/7 và có thể nghiệm thu ngày 20/7",
    "Bắt đầu từ 1/7, tạm công bố kết quả vào ngày 20/7/2026",
]


@pytest.mark.parametrize("phrase", HEDGED_AFTER_BEGINS)
def test_a_hedged_step_after_a_start_says_so(phrase: str) -> None:
    assert "sau mốc bắt đầu" in refused(phrase, ISSUED)


# --- 3. the days after a clause that ends, hedges or conditions the work -----------------

CLAUSE_UNDONE = [
    "Hội đồng giải thể từ ngày 26-29/5",
    "Ban chỉ đạo hết nhiệm vụ từ ngày 26 - 29/5",
    "Hợp đồng chấm dứt từ ngày 26/5 đến 29/5",
    "Hội đồng có khả năng tổ chức phỏng vấn từ ngày 26-29/5",
    "Hội đồng tổ chức phỏng vấn (tạm thời) từ ngày 26-29/5",
    "Hội đồng tổ chức phỏng vấn tùy số lượng thí sinh từ ngày 26-29/5",
    "Hội đồng tổ chức phỏng vấn tùy theo số lượng thí sinh từ ngày 26 đến 29/5",
    "Hội đồng hủy buổi phỏng vấn từ ngày 26-29/5",
    "Hội đồng có lẽ tổ chức phỏng vấn từ ngày 26-29/5",
]


@pytest.mark.parametrize("phrase", CLAUSE_UNDONE)
def test_days_after_a_clause_undone_are_refused(phrase: str) -> None:
    refused(phrase, ISSUED)


# the work itself, the plan's own time, a ban's pause, a tournament: read as before
CLAUSE_READ = [
    "Hội đồng tổ chức phỏng vấn từ ngày 26-29/5",
    "Hội đồng dự kiến tổ chức phỏng vấn từ ngày 26-29/5",
    "Hội đồng dự định tổ chức phỏng vấn từ ngày 26-29/5",
    "Hội đồng tổ chức phỏng vấn từ ngày 26-29/5 tại Sở Nội vụ",
    "Hội đồng thẩm định hồ sơ từ ngày 26 đến hết ngày 29/5",
]


@pytest.mark.parametrize("phrase", CLAUSE_READ)
def test_days_after_the_work_read_as_its_window(phrase: str) -> None:
    assert read_days(phrase, "2026-03-01") == WINDOW_26_29


@pytest.mark.parametrize(
    "phrase",
    [
        "Hội đồng giải thể kể từ ngày 26/5",
        "Quyết định hết hiệu lực từ ngày 1/7/2026",
        "Hội đồng tuyển dụng chấm dứt hoạt động từ ngày 26/5",
    ],
)
def test_a_state_from_one_day_stays_an_open_start(phrase: str) -> None:
    """A start alone after the clause is the day a state begins, no deadline: its open start,
    as the corpus reads "Thủ tướng quyết định giải thể Ban Chỉ đạo quốc gia … từ ngày
    7/8/2025" (v-ngaynay-qd-ttg-giai-the-ban-chi-dao-2025.yaml)."""
    reading = one(phrase, ISSUED)
    assert reading.earliest is not None and (reading.first, reading.last) == (None, None)


def test_a_ban_and_a_tournament_read_as_their_windows() -> None:
    ban = read_days("Tạm dừng thi công đào đường từ ngày 7/2 đến hết ngày 3/3", "2026-01-15")
    assert ban == (DeadlineKind.WINDOW, "2026-02-07", "2026-03-03")
    games = "Tổ chức giải thể thao từ ngày 18/5 đến 31/7/2024"  # "giải thể thao": no "giải thể"
    assert read_days(games, "2024-03-01") == (DeadlineKind.WINDOW, "2024-05-18", "2024-07-31")
    opening = "Từ ngày 18/5 đến 31/7/2024, tổ chức giải thể thao"
    assert read_days(opening, "2024-03-01") == (DeadlineKind.WINDOW, "2024-05-18", "2024-07-31")


# --- 4. hedges: provisional steps, a report's estimate, a note of the figures -------------

PROVISIONAL = [
    "Tạm thời hoàn thành trước 30/6/2026",
    "Tạm thời tổ chức ngày 20/4/2026",
    "Hội nghị tạm thời tổ chức ngày 20/4/2026",
    "Các đơn vị tạm thời hoàn thành báo cáo trước 30/6/2026",
    "Lễ khai giảng tạm tổ chức vào ngày 5/9/2026",
    "Hoàn thành trước 30/6/2026 (thời gian tạm tính)",
    "Hoàn thành trước 30/6/2026 (tạm tính)",
    "Đến 30/6/2026, báo cáo ước thực hiện đạt 60%",
    "Đến 30/6/2026, báo cáo ước đạt 95% kế hoạch",
    "Đến hết ngày 30/6/2026, báo cáo ước thực hiện 95% kế hoạch",
]


@pytest.mark.parametrize("phrase", PROVISIONAL)
def test_a_provisional_day_or_an_estimate_is_refused(phrase: str) -> None:
    refused(phrase, ISSUED)


# a thing done for a while, an advance, the figures provisional, the report to make: read
STILL_DUE = [
    "Tạm thời đóng cửa trước 30/6/2026",
    "Tạm thời bố trí trụ sở làm việc trước 30/6/2026",
    "Tạm ứng kinh phí trước 30/6/2026",
    "Hoàn thành trước 30/6/2026 (số liệu tạm tính)",
    "Hoàn thành trước 30/6/2026 (số liệu sơ bộ)",
    "Hoàn thành trước 30/6/2026 (kinh phí tạm tính)",
    "Hoàn thành trước 30/6/2026, số liệu tạm tính",
    "Đến 30/6/2026, báo cáo ước thực hiện năm 2026",
    "Đến 30/6/2026, báo cáo ước thực hiện",
    "Trước 30/6/2026, báo cáo ước thực hiện đạt 60%",
    "Hoàn thành tạm định giá đất trước 30/6/2026",
    "Tạm định mức kinh phí trước 30/6/2026",
]


@pytest.mark.parametrize("phrase", STILL_DUE)
def test_a_firm_day_beside_a_provisional_thing_reads(phrase: str) -> None:
    assert read_days(phrase, "2026-03-01") == JUNE_30


# --- 5. the "Tạm định" ruling: opening the phrase too ------------------------------------

SET_FOR_NOW = [
    "Tạm định ngày 20/4/2026",
    "Tạm định tổ chức ngày 15/4/2026",
    "Tạm định tổ chức vào tháng 4/2026",
    "Tạm chốt ngày 20/4/2026",
    "- Tạm định: ngày 20/4/2026",
    "1. Tạm định ngày 20/4/2026",
    "Hội nghị tạm định tổ chức ngày 20/4/2026",
    "Ngày 20/4/2026 tạm định tổ chức hội nghị",
]


@pytest.mark.parametrize("phrase", SET_FOR_NOW)
def test_a_day_set_for_now_is_refused_wherever_it_stands(phrase: str) -> None:
    assert "tạm định" in refused(phrase, ISSUED)


@pytest.mark.parametrize("phrase", ["Dự kiến ngày 20/4/2026", "Ngày 20/4/2026 tổ chức hội nghị"])
def test_a_planned_or_plain_day_still_reads(phrase: str) -> None:
    assert read_days(phrase, "2026-03-01") == (DeadlineKind.DATE, "2026-04-20", "2026-04-20")
