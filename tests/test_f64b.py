"""Branch f64's three forms fixed after a fresh tester's findings (session 64): each phrase
below was refused on main and read wrong on f64; it is refused again, while the four corpus
phrases f64 turned right keep their readings.

1. The cut before "đảm bảo" / "bảo đảm" (so as to ensure): source "Theo kế hoạch xã sẽ tiến
hành cấp phát quà cho người dân hết ngày 1/9 đảm bảo 100% người dân …" (tests/corpus/zh-
baothanhhoa-yen-truong-qua-tet-doc-lap-2025.yaml). f64 cut there after any number, which
read "… trước ngày 15/6, chậm nhất 20/6 đảm bảo né mưa bão" (two last days for one work) as
two DATEs and "Qua rà soát đến ngày 15/6 bảo đảm 100% hộ dân có nước sạch" (a state as of the
day) as due. Now `ensured.ensured_cut` cuts only after a head that tells the day due ("hết",
"trước", "chậm nhất", "trong"; never after "đến", "tới", "tính", "từ"), with no time told
before it; and `schedules._clause` takes no clause whose only words are the purpose told
after its day as a step of its own, so the two last days stay refused (and so does their
comma form, read as two DATEs on main).

2. A cohort's code (tests/corpus/zv-duytan-dang-ky-tin-chi-hk1-2022-2023.yaml): "về trước"
after a code is "and the cohorts before" only after "từ" and before a comma or the cohorts'
step ("Sinh viên K27 về trước đợt nhập học …" is a return before an event); a range of codes
("từ K25 đến K27") is never masked in half, and reads whole as on main.

3. The campaign months (tests/corpus/zh-vnanet-hue-thang-viec-lam-2026.yaml): no name after
"mỗi", "hằng", "hàng" (each month) nor before a word that tells it past or yearly.

The phrases still read that main refused are pinned below with why: each reads as a form
main reads already (its comma form; "khóa 27" for "K27"; "Tháng hành động" for the other
campaign months).
"""

from __future__ import annotations

import re

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines

ISSUED = "2026-03-01"


def _days(phrase: str, context: Context) -> tuple[object, ...]:
    """Each reading's kind and days, or the word "refused"."""
    try:
        found = parse_deadlines(phrase, context)
    except DeadlineError:
        return ("refused",)
    return tuple((r.kind, r.first, r.last, r.earliest, r.rrule) for r in found)


# --- 1. "đảm bảo": two last days and a state as of a day stay refused -------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Thu hoạch lúa xuân trước ngày 15/6, chậm nhất 20/6 đảm bảo né mưa bão",
        "Nộp báo cáo trước ngày 10/7, chậm nhất 15/7 đảm bảo đúng quy định",
        "Nộp báo cáo trước ngày 10/7, trễ nhất 15/7 đảm bảo đúng quy định",
        "Nộp báo cáo trước ngày 10/7, muộn nhất 15/7 đảm bảo đúng quy định",
        "Nộp báo cáo trước ngày 10/7, chậm nhất 15/7 bảo đảm thời gian tổng hợp",
        "Nộp báo cáo trước ngày 10/7, dự kiến 15/7 đảm bảo đúng quy định",
        "Nộp báo cáo từ ngày 1/7, chậm nhất 15/7 đảm bảo đúng quy định",
        # ... and their comma forms, read as two DATEs on main
        "Thu hoạch lúa xuân trước ngày 15/6, chậm nhất 20/6, đảm bảo né mưa bão",
        "Nộp báo cáo trước ngày 10/7, chậm nhất 15/7, đảm bảo đúng quy định",
        "Hoàn thành trước ngày 30/9 đảm bảo 100%, trước ngày 31/12 đảm bảo 100% hộ dân",
    ],
)
def test_two_last_days_before_a_purpose_stay_refused(phrase: str) -> None:
    assert refused(phrase, ctx(ISSUED))


@pytest.mark.parametrize(
    "phrase",
    [
        "Qua rà soát đến ngày 15/6 bảo đảm 100% hộ dân có nước sạch",
        "Kiểm tra cho thấy đến ngày 15/6 đảm bảo an toàn",
        "Theo báo cáo, đến ngày 15/6 đảm bảo 100% hộ dân có nước sạch",
        "Được biết, đến ngày 15/6 đảm bảo 100% hộ dân có nước sạch",
        "Được biết đến ngày 15/6 đảm bảo 100% hộ dân có nước sạch",
        "Tính tới ngày 15/6 đảm bảo 100% hộ dân có nước sạch",
        "Tính tới ngày 15/6 bảo đảm 100% học sinh có sách",
        "Qua kiểm tra đến ngày 15/6 đảm bảo an toàn",
        "Hiện nay đến ngày 15/6 đảm bảo 100% hộ dân có nước sạch",
        "Báo cáo cho thấy đến ngày 15/6 đảm bảo 100% hộ dân có nước sạch",
        "Cho đến ngày 15/6 đảm bảo 100% hộ dân có nước sạch",
        "Đến ngày 30/9 đảm bảo 100% hộ dân có nước sạch",
        "Đến hết ngày 30/9 bảo đảm 100% học sinh có sách giáo khoa",
        "Tính đến hết ngày 30/9 bảo đảm 100% học sinh có sách giáo khoa",
        # after "từ", "sau", "không sớm hơn", "sang": a start, a day not before, a day moved
        "Gieo sạ từ ngày 15/6 đảm bảo né rầy",
        "Gieo sạ tập trung từ ngày 10 - 15/6 đảm bảo né rầy",
        "Xuống giống không sớm hơn ngày 15/6 bảo đảm né rầy",
        "Không sớm hơn ngày 15/6 đảm bảo đủ thời gian chuẩn bị",
        "Lùi lịch thi đến ngày 15/6 đảm bảo an toàn cho thí sinh",
        "Lùi lịch thi từ ngày 10/6 sang ngày 15/6 đảm bảo an toàn cho thí sinh",
        "Cấm đánh bắt từ ngày 1/5 đảm bảo cá sinh sản",
        "Cấm đánh bắt đến ngày 31/7 đảm bảo cá sinh sản",
        "Học sinh được nghỉ học đến hết ngày 15/6 đảm bảo an toàn",
        "Quyết định này hết hiệu lực kể từ ngày 15/6 bảo đảm thống nhất",
        # a bare day: no head tells it due
        "Nghỉ học ngày 15/6 đảm bảo an toàn cho học sinh",
        "Ngày 2/9 đảm bảo an ninh trật tự",
        "Tháng 9 đảm bảo an toàn",
        # a span before the purpose
        "Giai đoạn 1 từ 1/4 đến 30/6 đảm bảo hoàn thành 50%",
    ],
)
def test_a_state_as_of_a_day_or_no_due_head_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx(ISSUED))


def test_the_source_phrase_still_reads_its_due_day() -> None:
    source = (
        "Theo kế hoạch xã sẽ tiến hành cấp phát quà cho người dân hết ngày 1/9 đảm bảo 100% "
        "người dân trên địa bàn xã được nhận quà Tết Độc lập của Nhà nước"
    )
    assert read_days(source, "2025-08-20") == (DeadlineKind.DATE, "2025-09-01", "2025-09-01")


# read on this branch though main refused them: each as its comma form reads on main
@pytest.mark.parametrize(
    "phrase",
    [
        "hoàn thành trước ngày 30/9 bảo đảm đúng tiến độ",
        "Nộp báo cáo trước ngày 15/6 đảm bảo đúng thời gian quy định",
        "Tiêm vắc xin trước ngày 15/6 đảm bảo tỷ lệ trên 95%",
        "HOÀN THÀNH TRƯỚC NGÀY 30/9 ĐẢM BẢO ĐÚNG TIẾN ĐỘ",
        "Hoàn thành trước ngày 30/9 đảm bảo giải ngân 100% vốn",
        "Hoàn thành trước ngày 30/9 đảm bảo năm học 2026-2027",
        "Hoàn thành sửa chữa trường học trước ngày 30/8 đảm bảo khai giảng năm học 2026-2027",
        "Hoàn thành trước ngày 30/9 đảm bảo theo Kế hoạch số 45/KH-UBND",
        "Trong ngày 2/9 đảm bảo an ninh trật tự",
        "Trong tháng 9 đảm bảo an toàn giao thông",
        "Trước 17 giờ ngày 30/4 bảo đảm đạt chỉ tiêu",
        "Trước ngày 15 tháng 7 đảm bảo đạt chỉ tiêu",
        "Thu hoạch lúa xuân muộn nhất 10/6 đảm bảo né mưa bão",
        "Hoàn thành trước ngày 30/9 Đảm bảo đúng tiến độ",
        "Hoàn thành trước ngày 30/9 đảm bảo hết hiệu lực",
        "Hoàn thành trước ngày 30/9 đảm bảo khung thời vụ",
        "Hoàn thành trước ngày 30/9 đảm bảo mùa khô",
        "Hoàn thành trước ngày 30/9 đảm bảo mục tiêu Nghị quyết số 12-NQ/TU ngày 15/3/2026",
        "Hoàn thành trước ngày 30/9 đảm bảo theo Quyết định 123/QĐ-UBND",
        "Hoàn thành trước ngày 30/9 đảm bảo thời vụ",
        "Hoàn thành trước ngày 30/9 đảm bảo tiến độ chung của tỉnh",
        "Hoàn thành trước ngày 30/9 đảm bảo đúng tiến độ tùy tình hình thực tế",
        "Trước 17h ngày 30/4 bảo đảm đạt chỉ tiêu",
        "Nộp báo cáo trước ngày 10/7, Sở tổng hợp trước 15/7 đảm bảo đúng quy định",
    ],
)
def test_a_purpose_after_a_due_day_reads_as_its_comma_form(phrase: str) -> None:
    comma = re.sub(r"(?i) (đảm bảo|bảo đảm) ", r", \1 ", phrase, count=1)
    found = _days(phrase, ctx(ISSUED))
    assert found != ("refused",)
    assert found == _days(comma, ctx(ISSUED))


# --- 2. cohort codes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Sinh viên K27 về trước đợt nhập học từ ngày 09/08/2026",
        "Sinh viên K27 về trước kỳ đăng ký từ ngày 09/08/2026",
        "Sinh viên K27 về trước buổi sinh hoạt công dân từ ngày 09/08/2026",
        "Sinh viên K27 về trước đợt học quân sự từ ngày 09/08/2026 đến 20/08/2026",
        "Học viên K27 về trước khóa học bắt đầu từ ngày 09/08/2026",
        "Sinh viên K27 về trước Tết để đăng ký từ ngày 09/08/2026",
        "Sinh viên K27 về trước khai giảng, đăng ký từ ngày 09/08/2026",
        "Sinh viên K27 về trước hè đăng ký từ ngày 09/08/2026",
        "Sinh viên K27 về trước kỳ thi, đăng ký từ ngày 09/08/2026",
        "Sinh viên từ K25 về trước kỳ thi, đăng ký từ ngày 09/08/2026",
        "Sinh viên K27 về trước hạn, đăng ký từ ngày 09/08/2026",
        "Sinh viên K27 về trước đợt đăng ký từ ngày 09/08/2026",
        "Sinh viên K25 - K27 nộp học phí trước ngày 15/8/2026",
        "Sinh viên K27 K28 đăng ký từ ngày 09/08/2026",
    ],
)
def test_a_return_before_an_event_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx(ISSUED))


@pytest.mark.parametrize(
    "phrase",
    [
        "Sinh viên từ K25 đến K27 đăng ký từ ngày 09/08/2026",
        "Sinh viên K25 đến K27 đăng ký từ ngày 09/08/2026",
        "Sinh viên từ K24 tới K27 đăng ký từ ngày 09/08/2026",
        "Học viên từ K25 đến K27 đăng ký từ ngày 09/08/2026",
    ],
)
def test_a_range_of_codes_reads_its_start_as_on_main(phrase: str) -> None:
    assert str(one(phrase, ctx(ISSUED)).earliest) == "2026-08-09"


@pytest.mark.parametrize(
    "phrase",
    [
        "Sinh viên từ K25 đến K27 nộp học phí trước ngày 15/8/2026",
        "Sinh viên K25 đến K27 nộp học phí trước ngày 15/8/2026",
    ],
)
def test_a_range_of_codes_reads_its_due_day_as_on_main(phrase: str) -> None:
    assert read_days(phrase, ISSUED)[1:] == ("2026-08-15", "2026-08-15")


# read on this branch though main refused them: each as "khóa NN" reads on main, and "từ K25
# về trước" as "từ khóa 25 trở về trước" does
@pytest.mark.parametrize(
    "phrase",
    [
        "Sinh viên K27 đăng ký từ ngày 9/8 đến ngày 15/8",
        "Sinh viên K27 nộp học phí trước ngày 15/8",
        "Sinh viên K27 dự kiến đăng ký từ ngày 09/08/2026",
        "Sinh viên K27 hủy đăng ký từ ngày 09/08/2026",
        "Sinh viên K27 lùi đăng ký đến ngày 09/08/2026",
        "Sinh viên K27 về trước ngày 09/08/2026",
        "Sinh viên K27 về trước 09/08/2026",
        "Sinh viên K27 nộp hồ sơ về trước ngày 09/08/2026",
        "Sinh viên K25 học kỳ 1 đăng ký từ ngày 09/08/2026",
        "Sinh viên K25 đợt 2 đăng ký từ ngày 09/08/2026",
        "Sinh viên K08 đăng ký từ ngày 09/08/2026",
        "Sinh viên K12 đăng ký từ ngày 12/08/2026",
        "Sinh viên K27 bắt đầu đăng ký từ ngày 09/08/2026",
        "Sinh viên K27 đăng ký từ 9 đến 15/8",
        "Sinh viên k27 đăng ký từ ngày 09/08/2026",
        "Sinh viên từ K25 về trước bắt đầu đăng ký từ ngày 02/08/2022",
        "Thông báo số 12/TB-ĐHDT ngày 01/08/2026 sinh viên K27 đăng ký từ ngày 09/08/2026",
        "Sinh viên K27 Khoa Kinh tế đăng ký từ ngày 09/08/2026",
        "Học viên K27 đăng ký từ ngày 09/08/2026",
        "sinh vien K27 dang ky tu ngay 09/08/2026",
        "SINH VIÊN K27 ĐĂNG KÝ TỪ NGÀY 09/08/2026",
        "Sinh viên K27 đăng ký từ ngày 09/08, sinh viên K28 từ ngày 16/08",
        "Sinh viên K27 đăng ký sau 10 ngày kể từ ngày nhập học",
        "Sinh viên K27 đăng ký từ ngày 27/8",
        "Sinh viên K27 đăng ký từ 9 - 15/8",
        "Sinh viên K27 đăng ký ngày 27 hằng tháng",
        "Sinh viên K27 đăng ký trong tháng 8",
        "Sinh viên K27 năm 2026 đăng ký từ ngày 09/08",
        "Sinh viên K26 đăng ký từ ngày 9/8/2025",
        "Sinh viên từ K25 về trước đăng ký trước ngày 09/08/2026",
        "Sinh viên từ K25 trở về trước đăng ký từ ngày 09/08/2026",
        "Học viên từ K20 về trước đăng ký từ ngày 09/08/2026",
        "Sinh viên từ K25 về trước, hạn đăng ký đến hết ngày 15/8",
        "Sinh viên từ K25 về trước nộp học phí muộn nhất ngày 15/8",
    ],
)
def test_a_code_reads_as_its_cohort_in_words(phrase: str) -> None:
    words = re.sub(r"\b[Kk](\d\d)\b", r"khóa \1", phrase)
    words = re.sub(r"(khóa \d\d) về trước", r"\1 trở về trước", words)
    found = _days(phrase, ctx(ISSUED))
    assert found != ("refused",)
    assert found == _days(words, ctx(ISSUED))


# --- 3. campaign months -----------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Tháng Nhân đạo vừa qua quyên góp từ ngày 8/5 đến 31/5/2026",
        "Tháng Nhân đạo vừa qua quyên góp từ ngày 8/5 đến 31/5",
        "Tháng Nhân đạo vừa qua quyên góp từ ngày 8/5",
        "Tháng việc làm vừa qua từ ngày 2 - 30/3",
        "Tháng việc làm vừa rồi từ ngày 2 - 30/3",
        "Tháng Nhân đạo đã diễn ra từ ngày 1/5 đến 31/5",
        "Tháng Nhân đạo năm ngoái diễn ra từ ngày 1/5 đến 31/5",
        "Tháng Nhân đạo kết thúc, quyên góp từ ngày 8/5 đến 31/5",
        "Tháng Nhân đạo thường niên quyên góp từ ngày 8/5",
        "Tháng việc làm thường niên từ ngày 2 - 30/3",
        "Mỗi Tháng Nhân đạo Hội phát động quyên góp từ ngày 8/5",
        "Mỗi tháng việc làm trung tâm tổ chức phiên giao dịch từ ngày 2/3",
        "Mỗi tháng nhân đạo quyên góp từ ngày 1/4",
        "Hằng tháng công nhân đóng đoàn phí từ ngày 1/4",
        "Mỗi tháng thanh niên ra quân trước ngày 5/4",
        "Mỗi tháng việc làm được cập nhật trước ngày 5/4",
    ],
)
def test_a_campaign_month_each_month_or_past_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx(ISSUED))


def test_the_job_month_source_still_reads() -> None:
    source = (
        "Xuyên suốt trong tháng việc làm từ ngày 2 - 30/3 là hoạt động kết nối trực tuyến với "
        "phần mềm sàn giao dịch việc làm online tại địa chỉ http://vieclamhue.vn/sanonline"
    )
    assert read_days(source, ISSUED)[1:] == ("2026-03-02", "2026-03-30")


# read on this branch though main refused them: each as "Tháng hành động" reads on main
@pytest.mark.parametrize(
    "phrase",
    [
        "Tháng Nhân đạo diễn ra từ ngày 1/5 đến 31/5",
        "Tháng Nhân đạo diễn ra từ ngày 8/5",
        "Tạm dừng Tháng Nhân đạo từ ngày 1/5 đến 31/5",
        "Tháng Nhân đạo dự kiến diễn ra từ ngày 1/5 đến 31/5",
        "Tháng việc làm từ 2 - 30/3",
        "Tháng việc làm đợt 2 từ ngày 2 - 30/3",
        "Tháng Nhân đạo lần thứ nhất quyên góp từ ngày 8/5",
        "Tháng việc làm hằng năm từ ngày 2 - 30/3",
        "Tháng việc làm lùi từ ngày 2 - 30/3 sang tháng 4",
        "Tháng việc làm (từ ngày 2 - 30/3)",
        "Tháng việc làm: từ ngày 2 - 30/3",
        "THÁNG VIỆC LÀM TỪ NGÀY 2 - 30/3",
        "Tháng Nhân đạo đợt này quyên góp từ ngày 8/5",
        "Tháng việc làm - từ ngày 2 - 30/3",
        "Tháng việc làm lùi sang từ ngày 2 - 30/3",
        "Tháng việc làm lần 2 từ ngày 2 - 30/3",
        "Xuyên suốt trong tháng việc làm từ ngày 2 - 30/3 là hoạt động kết nối trực tuyến",
    ],
)
def test_a_campaign_month_reads_as_the_action_month(phrase: str) -> None:
    words = re.sub(r"(?i)(tháng) (việc làm|nhân đạo|thanh niên|công nhân)", r"\1 hành động", phrase)
    found = _days(phrase, ctx(ISSUED))
    assert found != ("refused",)
    assert found == _days(words, ctx(ISSUED))


# read on this branch though main refused them: the gift's Tết (f64's "quà Tết") read as the
# source phrase's is, its day the due day
@pytest.mark.parametrize(
    "phrase",
    [
        "Cấp phát quà hết ngày 1/9 đảm bảo người dân nhận quà Tết",
        "Cấp phát quà hết ngày 1/9 đảm bảo người dân nhận quà Tết Độc lập",
        "Theo kế hoạch xã sẽ tiến hành cấp phát quà cho người dân hết ngày 1/9 đảm bảo 100% người "
        "dân trên địa bàn xã được nhận quà Tết Độc lập",
    ],
)
def test_the_gift_of_tet_after_the_purpose_reads_the_due_day(phrase: str) -> None:
    assert read_days(phrase, ISSUED) == (DeadlineKind.DATE, "2026-09-01", "2026-09-01")
