"""tidy16 (session 24): an event told with its day and its agenda's periods reads the
event's day (the lead's convention 1), never dropping a deadline told after it; a bare count
reads only under a header that names its unit (convention 9); "hoặc" between persons,
offices, acts or kinds is no second deadline; a relative reading's anchor ends with its
clause; `measure.py --help` prints its options. Each real phrase names its corpus file."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines

D, W, R = DeadlineKind.DATE, DeadlineKind.WINDOW, DeadlineKind.RELATIVE

# --- an event with its day, its agenda after it (convention 1) ---------------------------

EVENTS = {
    # w-yen-bai-tb-55-2024-phien-hop-thang-5: the months reviewed and planned after the day
    "Ngày 31/5/2024, Ủy ban nhân dân tỉnh tổ chức phiên họp thường kỳ đánh giá tình hình kinh "
    "tế – xã hội tháng 5 và 5 tháng đầu năm 2024; triển khai nhiệm vụ công tác tháng 6 năm "
    "2024.": (None, date(2024, 5, 31)),
    # z-hoaan-cao-bang-hop-thuong-ky-thang-1-2026: "đánh giá kết quả" names the agenda
    "Chiều 3/2, UBND xã Hòa An tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ phát triển "
    "kinh tế – xã hội, quốc phòng – an ninh tháng 1; triển khai phương hướng, nhiệm vụ tháng 2 "
    "năm 2026": ("2026-02-04", date(2026, 2, 3)),
    # z-tienphong-thuong-truc-chinh-phu-ra-soat-nhiem-vu-10-thang-2025
    "Chiều 21/10, Thủ tướng Phạm Minh Chính chủ trì cuộc họp của Thường trực Chính phủ rà soát "
    "tình hình, kết quả thực hiện nhiệm vụ công tác trên các lĩnh vực trong 10 tháng năm 2025, "
    "nhiệm vụ trọng tâm những tháng cuối năm 2025": ("2025-10-21", date(2025, 10, 21)),
    # zc-znews-tong-bi-thu-tiep-xuc-cu-tri-ky-hop-10-2025: "trước Kỳ họp" names the meeting
    "Chiều 23/9, Tổng Bí thư Tô Lâm và các đại biểu Quốc hội đơn vị bầu cử số 1 tiếp xúc cử tri "
    "thuộc địa bàn 11 phường trước Kỳ họp thứ 10, Quốc hội khoá XV": (
        "2025-09-23",
        date(2025, 9, 23),
    ),
    # zc-tek4tv-dai-hoi-phu-nu-ha-noi-2025: the body first, the day with its part after it
    "Hội Liên hiệp Phụ nữ thành phố Hà Nội sáng 13/11 tổ chức gặp mặt giới thiệu báo chí tuyên "
    "truyền Đại hội đại biểu phụ nữ thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2025-2030": (
        "2025-11-13",
        date(2025, 11, 13),
    ),
    # zb-baoquangnam-gieo-sa-dong-xuan-tra-1-2014-2015: "Hôm qua" says when the page tells it
    "Hôm qua 25.12, nông dân trên địa bàn 18 huyện, thành phố tổ chức gieo sạ trà 1 vụ lúa đông "
    "xuân 2014 - 2015": ("2014-12-26", date(2014, 12, 25)),
    # zg-baothanhhoa-tho-lap-tuyen-quan-2026: next year's draft, reviewed ahead
    "Sáng 3/10, UBND xã Thọ Lập tổ chức hội nghị rà soát nguồn thanh niên sẵn sàng nhập ngũ năm "
    "2026.": ("2025-10-04", date(2025, 10, 3)),
    # zg-tienphong-tphcm-chot-lich-xet-duyet-nvqs-2026, a neighbour of the seventeen
    "Chiều 29/8, UBND TPHCM tổ chức hội nghị triển khai kế hoạch tuyển chọn, gọi công dân nhập "
    "ngũ năm 2026.": ("2025-08-30", date(2025, 8, 29)),
}


@pytest.mark.parametrize("phrase", EVENTS)
def test_an_event_told_with_its_day_reads_that_day_beside_its_agenda(phrase: str) -> None:
    issued, day = EVENTS[phrase]
    reading = one(phrase, ctx(issued))
    assert (reading.kind, reading.first, reading.last) == (D, day, day)
    assert reading.label  # the event is the step


def test_a_congress_on_a_page_without_a_year_is_held_in_its_terms_first_year() -> None:
    # zc-baomoi-dai-hoi-mttq-xa-khanh-vinh-2025 (a page with no date)
    reading = one(
        "Ngày 9-10, Ủy ban MTTQ Việt Nam xã Khánh Vĩnh tổ chức Đại hội đại biểu lần thứ I, "
        "nhiệm kỳ 2025 - 2030"
    )
    assert reading.last == date(2025, 10, 9)
    # a meeting that prepares the congress may fall in the year before: no year taken
    with pytest.raises(DeadlineError):
        parse_deadlines(
            "Ngày 9-10, Ủy ban MTTQ xã tổ chức Hội nghị chuẩn bị Đại hội đại biểu lần thứ I, "
            "nhiệm kỳ 2025 - 2030",
            ctx(),
        )


def test_two_days_of_one_working_session_read_as_its_window() -> None:
    # w-bgddt-tb-455-2017-hoi-nghi-giam-doc-so (Bộ GD&ĐT, TB 455/TB-BGDĐT 2017)
    reading = one(
        "Chiều ngày 14 tháng 7 năm 2017 và sáng ngày 15 tháng 7 năm 2017, tại thành phố Đà "
        "Nẵng, Bộ trưởng Phùng Xuân Nhạ chủ trì làm việc với các Giám đốc sở giáo dục và đào "
        "tạo.",
        ctx("2017-07-19"),
    )
    assert (reading.kind, reading.first, reading.last) == (W, date(2017, 7, 14), date(2017, 7, 15))
    assert "chiều 14/07/2017 và sáng 15/07/2017" in reading.reading


TOLD_DONE = {
    # x-pbgdpl-can-tho-stc-du-toan-2026: a paper issued, its subject "tổ chức thực hiện"
    "Ngày 12/01/2026, Sở Tài chính thành phố Cần Thơ ban hành Công văn số 295/STC-QLNS về việc "
    "hướng dẫn tổ chức thực hiện dự toán năm 2026": "2026-01-12",
    # zd-huulien-langson-btv-dang-uy-ky-7-2025: told done
    "Chiều ngày 05 tháng 12 năm 2025, Ban Thường vụ Đảng ủy xã Hữu Liên đã tổ chức Hội nghị lần "
    "thứ 7 nhằm đánh giá toàn diện kết quả công tác năm 2025": "2025-12-05",
    # zc-tuoitregiongrieng-dai-hoi-chi-doan-hoa-loc-2023: held well, told done
    "Chiều ngày 08/12/2023, tại trụ sở làm việc ấp Hòa lộc, xã Đoàn chỉ đạo tổ chức thành công "
    "Đại hội điểm ấp Hòa Lộc, nhiệm kỳ 2023 – 2024": "2023-12-09",
    # zc-hadong-haiphong-dai-hoi-hoi-nong-dan-xa-2025: a body founded
    "Ngày 01 tháng 7 năm 2025, Hội Nông dân xã Hà Đông chính thức được thành lập trên cơ sở "
    "sáp nhập tổ chức Hội Nông dân của ba đơn vị hành chính cũ": "2025-07-02",
}


@pytest.mark.parametrize("phrase", TOLD_DONE)
def test_an_event_told_done_or_a_paper_issued_stays_refused(phrase: str) -> None:
    refused(phrase, ctx(TOLD_DONE[phrase]))


def test_a_deadline_told_after_an_event_is_never_dropped() -> None:
    # the lead's example (note23): the event's day alone would drop the 30/6
    phrase = "Ngày 15/3, các đơn vị tổ chức hội nghị triển khai kế hoạch, hoàn thành trước 30/6"
    try:
        readings = parse_deadlines(phrase, ctx("2026-03-01"))
    except DeadlineError:
        return
    assert date(2026, 6, 30) in {one.last for one in readings}


@given(reviewed=st.integers(2000, 2040), held=st.integers(-2, 2), coming=st.integers(-1, 3))
def test_an_agendas_years_fit_the_day_it_is_held(reviewed: int, held: int, coming: int) -> None:
    """The agenda's years beside a news day (zc-nld-hoi-nghi-bch-dang-bo-phuong-phu-thuan-2025's
    shape), the day told the day before its page: read when both years are the meeting's or
    one either side (tune-zg's rule, `news.NEWS_WEEK`: the page pins the day's year, so an agenda
    in an odd order, "tổng kết năm 2000 … nhiệm vụ năm 1999", cannot move it — the lead's
    merge, lead7); refused when a year is further off."""
    day = date(reviewed + held, 12, 28)
    phrase = (
        f"Ngày {day.day}-{day.month}, Đảng bộ phường tổ chức Hội nghị kết hợp tổng kết công tác "
        f"năm {reviewed} và triển khai phương hướng, nhiệm vụ năm {reviewed + coming}"
    )
    issued = Context(issued=day + timedelta(days=1))
    fits = held in (-1, 0, 1) and coming - held in (-1, 0, 1)
    if fits:
        assert one(phrase, issued).last == day
    else:
        refused(phrase, issued)


@given(year=st.integers(2000, 2040), gap=st.integers(-3, 3))
def test_a_year_the_agenda_names_with_no_word_of_its_own_is_one_of_the_meeting_s(
    year: int, gap: int
) -> None:
    """A year after a subject word of no reviewing or planning ("kỳ họp thường lệ cuối năm
    2025", zg-baophutho-ky-hop-hdnd-xa-nguyet-duc-2025; here "hội nghị giao ban năm …"), the
    day written with its year, no page: read when the year is the meeting's or one either
    side (tidy16's rule, kept when fold17 made `agenda.meeting_years` the one judge of an
    agenda's years); further off, refused (a year two away may be another time)."""
    phrase = f"Ngày 28/12/{year}, Ủy ban nhân dân xã tổ chức hội nghị giao ban năm {year + gap}"
    if abs(gap) <= 1:
        assert one(phrase, Context()).last == date(year, 12, 28)
    else:
        refused(phrase, Context())


def test_a_period_with_a_step_of_its_own_is_no_agenda() -> None:
    # "…; tháng 6/2026 tổ chức tổng kết": the period before its subject is a step
    refused("Ngày 15/3, tổ chức hội nghị sơ kết; tháng 6/2026 tổ chức tổng kết", ctx("2026-03-01"))
    refused("Ngày 15/3, UBND tỉnh tổ chức hội nghị; các huyện triển khai trong tháng 4/2026")


def test_a_bound_before_the_day_is_no_day_held() -> None:
    # the body-first opening of zc-tek4tv, with a word of a bound in place of the body
    assert one("Hội LHPN thành phố sáng 13/11 tổ chức gặp mặt báo chí", ctx("2025-11-13")).last
    for phrase in (
        "Từ sáng 13/11 tổ chức hội nghị tổng kết năm 2025",
        "Trước chiều 13/11 các đơn vị tổ chức họp",
    ):
        refused(phrase, ctx("2025-11-13"))


_TAILS = (
    "hoàn thành trước ngày {d}/{m}",
    "chậm nhất ngày {d}/{m} gửi báo cáo",
    "các đơn vị báo cáo trước {d}/{m}",
    "thời hạn nộp hồ sơ đến hết ngày {d}/{m}",
    "tổng kết từ ngày {d}/{m}",
)


@given(
    st.tuples(st.integers(1, 28), st.integers(1, 6)),
    st.tuples(st.integers(1, 28), st.integers(7, 12)),
    st.sampled_from(_TAILS),
    st.sampled_from(("tổ chức hội nghị", "họp", "khai mạc đợt thi đua", "tổ chức kiểm tra")),
)
def test_an_events_day_never_hides_a_later_time_told_after_it(
    held: tuple[int, int], later: tuple[int, int], tail: str, event: str
) -> None:
    """Whatever the event and the time after it, the reading is never the event's day alone."""
    (day, month), (later_day, later_month) = held, later
    phrase = f"Ngày {day}/{month}/2026, UBND tỉnh {event} tổng kết năm 2025, {tail}".format(
        d=later_day, m=later_month
    )
    try:
        readings = parse_deadlines(phrase, Context(issued=date(2026, 1, 1)))
    except DeadlineError:
        return
    assert {one.last for one in readings} != {date(2026, month, day)}


# --- convention 9: a bare count reads only with its unit ---------------------------------


def test_a_bare_processing_count_without_a_unit_is_refused() -> None:
    # ze-campha-quang-ninh-cap-lai-giay-phep-ban-le-ruou: calendar or working days?
    refused("Thời gian giải quyết: 07")
    with pytest.raises(DeadlineError):
        parse_deadlines("07", Context(issued=None, header="Thời gian giải quyết"))


def test_a_bare_count_reads_in_the_unit_its_header_names() -> None:
    headed = Context(issued=None, header="Thời gian giải quyết (ngày làm việc)")
    (reading,) = parse_deadlines("07", headed)
    assert reading.kind is R and reading.relative is not None
    assert (reading.relative.offset, reading.relative.working_days) == (7, True)
    election = Context(issued=None, header="Số ngày trước ngày bầu cử")
    (before,) = parse_deadlines("75", election)
    assert before.relative is not None
    assert (before.relative.offset, before.relative.direction) == (75, "before")
    # "Số ngày xử lý: 12" (tune-ze, a Quảng Nam portal) keeps reading on one line
    assert one("Số ngày xử lý: 12").relative is not None


# --- "hoặc" between things, not times -----------------------------------------------------

THINGS = {
    # ze-tthc-hue-thanh-tra-tinh-thu-tuc: two acts, one time ("từ chối", no "từ")
    "Thời hạn ra thông báo tiếp nhận hoặc từ chối giải trình: 05 ngày kể từ ngày tiếp nhận yêu "
    "cầu giải trình": 5,
    # x-ealy-dak-lak-kh-41-ra-soat-ho-ngheo-2025: the "hoặc" inside its own aside
    "UBND xã Ea Ly tiếp nhận đơn đề nghị rà soát hộ nghèo, hộ cận nghèo trên địa bàn xã từ ngày "
    "05/10/2025 đến hết ngày 05/11/2025 (thông qua trưởng thôn, buôn hoặc Tổ rà soát)": 0,
}


@pytest.mark.parametrize("phrase", THINGS)
def test_hoac_between_acts_or_persons_is_no_second_deadline(phrase: str) -> None:
    reading = one(phrase, ctx("2025-10-02"))
    if THINGS[phrase]:
        assert reading.relative is not None and reading.relative.offset == THINGS[phrase]
    else:
        assert reading.last == date(2025, 11, 5)


@pytest.mark.parametrize(
    "phrase",
    [
        # ze-legaltech-doi-giay-phep-lai-xe: a country ("Việt Nam", no "năm")
        "Tổng cục Đường bộ Việt Nam hoặc Sở Giao thông vận tải kiểm tra hồ sơ trước ngày 15/8",
        # ze-vasep-qd-1710-btc-thu-tuc-gia-han-nop-thue-2022: "tự xác định", "dấu hiệu"
        "Hồ sơ có dấu hiệu sai phạm do người nộp thuế tự xác định hoặc có sai sót khác, "
        "bổ sung trước ngày 15/8",
        # ze-nld-gia-han-giay-phep-lao-dong-nd-152-2021: an office and its abbreviation
        "nộp hồ sơ đề nghị gia hạn GPLĐ cho Bộ Lao động - Thương binh và Xã hội (LĐ-TB-XH) "
        "hoặc Sở LĐ-TB-XH trước ngày 15/8",
    ],
)
def test_hoac_joining_offices_or_kinds_leaves_the_one_deadline(phrase: str) -> None:
    assert one(phrase, ctx("2026-08-01")).last == date(2026, 8, 15)


def test_a_kind_of_health_check_is_no_cadence_joined_by_hoac() -> None:
    # zf-znews-nq-72-uu-tien-kham-suc-khoe-2025: "định kỳ hoặc sàng lọc" names two kinds of
    # check (Thông tư 32/2023/TT-BYT's periodic check), never a second deadline; since
    # session 42 (misce2, test_misce2) the phrase reads as the yearly rule from 2026 that
    # "Từ năm 2026, … ít nhất một lần mỗi năm" says
    reading = one(
        "Từ năm 2026, toàn bộ người dân sẽ được tổ chức khám sức khỏe định kỳ hoặc sàng lọc "
        "miễn phí ít nhất một lần mỗi năm",
        ctx("2025-09-16"),
    )
    assert reading.recurrence is not None
    assert reading.earliest == date(2026, 1, 1)


@given(st.integers(1, 28), st.integers(1, 12), st.integers(1, 28), st.integers(1, 12))
def test_hoac_between_two_times_is_still_refused(d1: int, m1: int, d2: int, m2: int) -> None:
    """Issue 11 §1 beside the masked words: "Việt Nam", "gia hạn", "từ chối" hide no time."""
    phrase = f"Cục Việt Nam gia hạn hoặc từ chối trước ngày {d1}/{m1}/2027 hoặc ngày {d2}/{m2}/2027"
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, Context(issued=date(2026, 12, 1)))


# --- a relative reading's anchor ends with its clause ------------------------------------


def test_the_anchor_ends_where_the_clause_after_it_begins() -> None:
    # ze-luatpvlgroup-dang-ky-khai-sinh-thoi-han
    reading = one(
        "Theo quy định, trong thời hạn 60 ngày kể từ ngày con chào đời, cha mẹ phải thực hiện "
        "việc đăng ký khai sinh cho con"
    )
    assert reading.relative is not None
    assert reading.relative.anchor == "ngày con chào đời"
    assert "cha mẹ" not in reading.reading
    other = one("trong thời hạn 30 ngày kể từ ngày nhận được hồ sơ, Sở Nội vụ trả lời bằng văn bản")
    assert other.relative is not None and other.relative.anchor == "ngày nhận được hồ sơ"
    assert other.label == "Sở Nội vụ trả lời bằng văn bản"
    # a list inside the anchor stays in it
    listed = one("trong thời hạn 30 ngày kể từ ngày nhận đủ hồ sơ, tài liệu hợp lệ")
    assert listed.relative is not None
    assert listed.relative.anchor == "ngày nhận đủ hồ sơ, tài liệu hợp lệ"


# --- measure.py --help --------------------------------------------------------------------


def test_measure_help_prints_its_options_and_measures_nothing() -> None:
    script = Path(__file__).resolve().parent / "corpus" / "measure.py"
    done = subprocess.run(
        [sys.executable, str(script), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0
    assert "--prefix" in done.stdout and "--refused" in done.stdout
    assert "cụm từ:" not in done.stdout  # no report: nothing was measured
