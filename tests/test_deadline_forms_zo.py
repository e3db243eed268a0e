"""Forms opened by branch tune-zo (session 28) on the set zo- (tuning data since this
session): first the family of its four misreads, effect days under a list's header "Hiệu
lực" read as due days, then the largest families of its refusals. Each form with the corpus
phrase that shows it (its file named), the near variants that must still read, and the
dangerous neighbours that must stay refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadline_forms import one, refused
from kehoach.dates.deadline import Context, DeadlineError, DeadlineKind, parse_deadlines

# --- a day the text takes effect, under a header or beside it: a start, never due ------------


def _under(header: str, issued: date | None = None) -> Context:
    return Context(issued=issued, header=header)


@pytest.mark.parametrize(
    ("header", "cell", "earliest"),
    [
        # zo-c2badinh-van-ban-nha-truong-hieu-luc-2021: the school's list, beside "Ngày ban hành"
        ("Hiệu lực", "23/09/2021", date(2021, 9, 23)),
        ("Hiệu lực", "01/09/2021", date(2021, 9, 1)),
        # its kin: the header in capitals, with a colon, "có", "thi hành", "từ ngày"
        ("HIỆU LỰC", "09/09/2021", date(2021, 9, 9)),
        ("Hiệu lực:", "20/09/2021", date(2021, 9, 20)),
        ("Có hiệu lực", "ngày 20/9/2021", date(2021, 9, 20)),
        ("Hiệu lực thi hành", "01/01/2022", date(2022, 1, 1)),
        ("Hiệu lực từ ngày", "01.01.2022", date(2022, 1, 1)),
        ("Bắt đầu hiệu lực", "15 tháng 3 năm 2024", date(2024, 3, 15)),
        # the header read before this branch, unchanged
        ("Ngày có hiệu lực", "07/01/2026", date(2026, 1, 7)),
    ],
)
def test_a_day_under_an_effect_header_is_a_start(header: str, cell: str, earliest: date) -> None:
    reading = one(cell, _under(header))
    assert (reading.earliest, reading.first, reading.last) == (earliest, None, None)
    assert "không phải hạn" in reading.reading


@pytest.mark.parametrize(
    ("phrase", "earliest"),
    [
        # zh-nhansu-ha-noi-khln-5440-y-te-truong-hoc-2025-2026: a portal's card, no colon
        ("Ngày có hiệu lực 08/10/2025", date(2025, 10, 8)),
        # the header word carried by the phrase, with or without its colon
        ("Hiệu lực: 23/09/2021", date(2021, 9, 23)),
        ("Hiệu lực 23/09/2021", date(2021, 9, 23)),
        ("Ngày hiệu lực 01-10-2019", date(2019, 10, 1)),
        ("Hiệu lực thi hành: 01/01/2022", date(2022, 1, 1)),
        ("Có hiệu lực: 23/09/2021", date(2021, 9, 23)),
        # the sentence, read as before: the family's reference
        ("Quyết định này có hiệu lực kể từ ngày 23/09/2021", date(2021, 9, 23)),
    ],
)
def test_an_effect_day_on_one_line_is_a_start(phrase: str, earliest: date) -> None:
    reading = one(phrase)
    assert (reading.earliest, reading.first, reading.last) == (earliest, None, None)


@pytest.mark.parametrize(
    ("header", "cell"),
    [
        # a column that may hold the day a text starts or stops applying: neither guessed
        ("Tình trạng hiệu lực", "31/12/2025"),
        ("Hiệu lực văn bản", "31/12/2025"),
        ("Ngày ban hành / Hiệu lực", "23/09/2021"),
        # a cell that is more than the day, under a start header: which day starts?
        ("Hiệu lực", "23/09/2021 - 30/09/2021"),
        ("Hiệu lực", "trước ngày 23/09/2021"),
        ("Hiệu lực", "23/09"),
    ],
)
def test_other_cells_and_headers_of_force_stay_refused(header: str, cell: str) -> None:
    refused(cell, _under(header, date(2021, 9, 1)))


@pytest.mark.parametrize("header", ["Ngày hết hiệu lực", "Hết hiệu lực", "Thời hạn hiệu lực"])
def test_a_header_of_the_end_of_force_keeps_its_day_as_before(header: str) -> None:
    # the day a text stops applying stays its last day, as tune-u settled
    # (test_deadline_forms_u.test_other_headers_leave_the_day_due): never a start
    reading = one("31/12/2025", _under(header, date(2025, 1, 1)))
    assert (reading.last, reading.earliest) == (date(2025, 12, 31), None)


@pytest.mark.parametrize(
    "phrase",
    [
        "Hiệu lực 23/09/2021 đến 30/09/2021",
        "Ngày hết hiệu lực: 31/12/2025",
        "Ngày có hiệu lực 08/10/2025 và thay thế Quyết định số 12/2020/QĐ-UBND",
    ],
)
def test_an_effect_line_with_more_than_its_day_stays_refused(phrase: str) -> None:
    refused(phrase)


_FORCE_HEADERS = st.sampled_from(
    [
        "Hiệu lực",
        "HIỆU LỰC",
        "Hiệu lực:",
        "Có hiệu lực",
        "Hiệu lực thi hành",
        "Hiệu lực từ ngày",
        "Ngày hiệu lực",
        "Ngày có hiệu lực",
        "Thời điểm có hiệu lực",
        "Tình trạng hiệu lực",
        "Ngày ban hành / Hiệu lực",
        "Hiệu lực văn bản",
    ]
)
_CELL_FORMS = st.sampled_from(
    ["{d:%d/%m/%Y}", "{d.day}/{d.month}/{d.year}", "ngày {d:%d/%m/%Y}", "{d:%d-%m-%Y}",
     "{d:%d.%m.%Y}", "ngày {d.day} tháng {d.month} năm {d.year}", "Từ ngày {d:%d/%m/%Y}",
     "Đến ngày {d:%d/%m/%Y}", "trước ngày {d:%d/%m/%Y}", "{d:%d/%m/%Y} - 31/12/2030"]
)  # fmt: skip


@settings(deadline=None)
@given(
    header=_FORCE_HEADERS,
    form=_CELL_FORMS,
    day=st.dates(date(2000, 1, 1), date(2030, 12, 30)),
    issued=st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2030, 12, 31))),
)
def test_a_day_under_a_header_of_force_is_never_a_last_day(
    header: str, form: str, day: date, issued: date | None
) -> None:
    # whatever the cell, a header naming a text's force, not its end: a start bound or a
    # refusal
    cell = form.format(d=day)
    try:
        readings = parse_deadlines(cell, Context(issued=issued, header=header))
    except DeadlineError:
        return
    for reading in readings:
        assert reading.last is None and reading.first is None, (header, cell, reading)
        assert reading.kind is not DeadlineKind.DATE or reading.earliest is not None


@settings(deadline=None)
@given(
    key=st.sampled_from(["Hiệu lực", "Ngày hiệu lực", "Ngày có hiệu lực", "Hiệu lực thi hành"]),
    colon=st.sampled_from([":", " :", ""]),
    day=st.dates(date(2000, 1, 1), date(2030, 12, 31)),
)
def test_an_effect_day_on_its_line_is_that_start(key: str, colon: str, day: date) -> None:
    reading = one(f"{key}{colon} {day:%d/%m/%Y}")
    assert (reading.earliest, reading.first, reading.last) == (day, None, None)


# --- an event told with its bare day, the holiday's three phases or the Youth Month named ----


def _on(issued: date) -> Context:
    return Context(issued=issued)


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        # zo-baothanhhoa-xa-an-nong-nhiem-vu-tet-binh-ngo-2026: "trước, trong và sau Tết" is
        # what the conference plans for, not a bound
        (
            "Chiều ngày 29/1, UBND xã An Nông tổ chức hội nghị triển khai nhiệm vụ trước, trong "
            "và sau Tết Nguyên đán Bính Ngọ 2026",
            date(2026, 1, 29),
            date(2026, 1, 29),
        ),
        # zo-tienphong-khoi-dong-thang-thanh-nien-2026-ha-tinh: the Youth Month of that year
        (
            "Sáng 28/2, tại Khu tưởng niệm anh hùng Lý Tự Trọng (xã Việt Tiến, tỉnh Hà Tĩnh), "
            "T.Ư Đoàn TNCS Hồ Chí Minh tổ chức Lễ khởi động Tháng Thanh niên 2026, phát động Tết "
            "trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân Bính Ngọ",
            date(2026, 2, 28),
            date(2026, 2, 28),
        ),
    ],
)
def test_an_event_told_with_its_day_reads_it(phrase: str, issued: date, day: date) -> None:
    reading = one(phrase, _on(issued))
    assert (reading.first, reading.last) == (day, day)


@pytest.mark.parametrize(
    "phrase",
    [
        # a bound after the agenda: two times, never one silently dropped
        "Chiều ngày 29/1, UBND xã tổ chức hội nghị triển khai nhiệm vụ trước, trong và sau Tết "
        "Nguyên đán Bính Ngọ 2026, hoàn thành trước 5/2",
        # "trước Tết" alone may be the work's bound
        "Chiều ngày 29/1, UBND xã tổ chức hội nghị triển khai nhiệm vụ trước Tết Nguyên đán",
        # told done
        "Chiều ngày 29/1, UBND xã đã tổ chức hội nghị triển khai nhiệm vụ trước, trong và sau "
        "Tết Nguyên đán Bính Ngọ 2026",
    ],
)
def test_an_event_with_a_bound_beside_it_stays_refused(phrase: str) -> None:
    refused(phrase, _on(date(2026, 1, 29)))


@settings(deadline=None)
@given(issued=st.dates(date(2020, 1, 8), date(2030, 12, 31)), back=st.integers(0, 6))
def test_the_three_phases_of_tet_never_move_the_event_s_day(issued: date, back: int) -> None:
    held = date.fromordinal(issued.toordinal() - back)
    phrase = (
        f"Chiều ngày {held.day}/{held.month}, UBND xã tổ chức hội nghị triển khai nhiệm vụ "
        f"trước, trong và sau Tết Nguyên đán"
    )
    try:
        readings = parse_deadlines(phrase, _on(issued))
    except DeadlineError:
        return
    assert [(r.first, r.last) for r in readings] == [(held, held)]


# --- a count of places or people before the date, and a school term's weeks -----------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # zo-tayho-da-nang-danh-sach-cu-tri-bau-cu-2026: the polling areas counted
        (
            "hoàn thành việc rà soát, báo cáo danh sách cử tri tại 19 khu vực bỏ phiếu cho UBND "
            "xã Tây Hồ để phê duyệt danh sách cử tri theo quy định trước ngày 16/01/2026",
            date(2026, 1, 16),
            date(2026, 1, 16),
        ),
        # zo-tuoitre-tag-tinh-hinh-benh-soi: "Trước tình hình" (facing), millions of children
        (
            "Trước tình hình bệnh sởi có dấu hiệu tăng cao tại nhiều địa phương, Bộ Y tế vừa có "
            "kế hoạch triển khai chiến dịch tiêm bổ sung vắc xin Sởi- Rubella cho khoảng hơn 4,2 "
            "triệu trẻ 1-5 tuổi vùng nguy cơ cao năm 2018- 2019",
            date(2018, 1, 1),
            date(2019, 12, 31),
        ),
        # zo-kienthuc-vinh-long-ke-hoach-thoi-gian-nam-hoc-2025-2026: the level between
        (
            "Học kỳ I kéo dài 18 tuần thực học, đối với giáo dục mầm non bắt đầu từ ngày 8/9/2025 "
            "và kết thúc 9/1/2026",
            date(2025, 9, 8),
            date(2026, 1, 9),
        ),
        (
            "Học kỳ II sẽ có 17 tuần thực học, đối với giáo dục mầm non, từ ngày 12/1/2026 đến "
            "ngày 22/5/2026",
            date(2026, 1, 12),
            date(2026, 5, 22),
        ),
    ],
)
def test_a_count_of_things_before_the_time_reads(phrase: str, first: date, last: date) -> None:
    reading = one(phrase, _on(date(2025, 8, 23)))
    assert (reading.first, reading.last) == (first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # money may be a result told: stays refused
        "chi 4,2 triệu đồng trước ngày 16/01/2026",
        # weeks the span cannot hold
        "Học kỳ II sẽ có 17 tuần thực học, đối với giáo dục mầm non, từ ngày 12/1/2026 đến ngày "
        "22/3/2026",
        # a number in the level: unexplained
        "Học kỳ II sẽ có 17 tuần thực học, đối với giáo dục mầm non 5 tuổi, từ ngày 12/1/2026 "
        "đến ngày 22/5/2026",
        # "trước" of time, not of facing
        "Trước tết, hoàn thành trước ngày 16/01/2026",
    ],
)
def test_a_count_that_is_no_thing_stays_refused(phrase: str) -> None:
    refused(phrase, _on(date(2025, 8, 23)))


@settings(deadline=None)
@given(
    count=st.integers(1, 999),
    noun=st.sampled_from(["khu vực bỏ phiếu", "khu vực", "tổ bầu cử"]),
    due=st.dates(date(2020, 1, 1), date(2030, 12, 31)),
)
def test_polling_areas_counted_never_move_the_day(count: int, noun: str, due: date) -> None:
    phrase = f"hoàn thành rà soát danh sách cử tri tại {count} {noun} trước ngày {due:%d/%m/%Y}"
    reading = one(phrase)
    assert (reading.first, reading.last) == (due, due)


@settings(deadline=None)
@given(
    whole=st.integers(1, 99),
    tenth=st.integers(0, 9),
    unit=st.sampled_from(["triệu", "nghìn", "ngàn"]),
    who=st.sampled_from(["trẻ", "người", "hộ", "học sinh", "liều"]),
    first=st.integers(2000, 2029),
)
def test_people_counted_in_millions_never_move_the_years(
    whole: int, tenth: int, unit: str, who: str, first: int
) -> None:
    phrase = f"tiêm cho khoảng {whole},{tenth} {unit} {who} năm {first}-{first + 1}"
    reading = one(phrase)
    assert (reading.first, reading.last) == (date(first, 1, 1), date(first + 1, 12, 31))


@settings(deadline=None)
@given(
    start=st.dates(date(2015, 8, 1), date(2030, 9, 30)),
    weeks=st.integers(14, 19),
    length=st.integers(60, 200),
)
def test_a_term_s_weeks_before_its_level_must_fit_its_days(
    start: date, weeks: int, length: int
) -> None:
    end = date.fromordinal(start.toordinal() + length)
    phrase = (
        f"Học kỳ I có {weeks} tuần thực học, đối với giáo dục mầm non, từ ngày "
        f"{start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"
    )
    # the days stand as written; the weeks only refuse a span too short to hold them
    # (`refusals._weeks_fit`: a week begun counts)
    if weeks * 7 <= length + 7:
        reading = one(phrase)
        assert (reading.first, reading.last) == (start, end)
    else:
        refused(phrase)


# --- two hours of one day written with a colon; tomorrow glossed with its day ----------------


def test_two_colon_hours_of_one_day_read_that_day() -> None:
    # zo-baomoi-lich-cup-dien-dong-thap-23-2-1-3-2026: an outage's hours
    reading = one("THỜI GIAN: Từ 07:00:00 ngày 25/02/2026 đến 11:30:00 ngày 25/02/2026")
    assert (reading.first, reading.last, reading.time) == (
        date(2026, 2, 25),
        date(2026, 2, 25),
        "11:30",
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "Từ 07:00:15 ngày 25/02/2026",  # seconds that are not 00: no hour of the rules
        "Từ 25:00 ngày 25/02/2026",  # no such hour
        "tỷ số 2:1 ngày 25/02/2026",
        "Từ 07:00 đến 11:30",  # no day
    ],
)
def test_a_colon_that_is_no_hour_stays_refused(phrase: str) -> None:
    refused(phrase)


@settings(deadline=None)
@given(
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    seconds=st.booleans(),
    day=st.dates(date(2015, 1, 1), date(2030, 12, 31)),
    lead=st.sampled_from(["trước", "lúc", "Từ", "chậm nhất"]),
)
def test_a_colon_hour_reads_as_the_same_hour_written_with_h(
    hour: int, minute: int, seconds: bool, day: date, lead: str
) -> None:
    colon = f"{hour:02d}:{minute:02d}" + (":00" if seconds else "")
    written = f"{lead} {colon} ngày {day:%d/%m/%Y}"
    with_h = f"{lead} {hour:02d}h{minute:02d} ngày {day:%d/%m/%Y}"
    try:
        wanted = [(r.kind, r.first, r.last, r.earliest, r.time) for r in parse_deadlines(with_h)]
    except DeadlineError:
        refused(written)
        return
    got = [(r.kind, r.first, r.last, r.earliest, r.time) for r in parse_deadlines(written)]
    assert got == wanted


def test_tomorrow_with_its_day_after_a_blank_is_the_page_s_next_day() -> None:
    # zo-vietnambiz-lich-cup-dien-tp-hcm-22-1-2026 (the form; the sentence around it stays
    # refused for its "dự kiến … từ sáng đến chiều")
    reading = one("cúp điện ngày mai 22/1", _on(date(2026, 1, 21)))
    assert (reading.first, reading.last) == (date(2026, 1, 22), date(2026, 1, 22))
    refused("cúp điện ngày mai 23/1", _on(date(2026, 1, 21)))


@settings(deadline=None)
@given(issued=st.dates(date(2015, 1, 1), date(2030, 12, 30)), shift=st.integers(-3, 3))
def test_tomorrow_glossed_reads_only_the_page_s_next_day(issued: date, shift: int) -> None:
    named = date.fromordinal(issued.toordinal() + 1 + shift)
    phrase = f"cúp điện ngày mai {named.day}/{named.month}"
    if shift == 0:
        reading = one(phrase, _on(issued))
        assert (reading.first, reading.last) == (named, named)
    else:
        refused(phrase, _on(issued))


# --- "năm học sau" (the next school year, named) and the parents a school already has --------


def test_the_next_school_year_named_before_its_registration_month_reads() -> None:
    # zo-plo-tphcm-mam-non-hoc-he-2013
    phrase = (
        "các trường mầm non sẽ tổ chức cho phụ huynh cũ (có con học tại trường năm học "
        "2012-2013) đăng ký cho con em học tiếp năm học sau trong tháng 5-2013"
    )
    reading = one(phrase)
    assert (reading.first, reading.last) == (date(2013, 5, 1), date(2013, 5, 31))


@pytest.mark.parametrize(
    "phrase",
    [
        # "sau" right before the time: after it, a start
        "đăng ký năm học sau ngày 15/5/2013",
        "đăng ký học tiếp năm học sau tháng 5-2013",
        "đăng ký năm sau trong tháng 5-2013",
        # "cũ" of a deadline or a paper, not of people
        "thời hạn cũ trước ngày 15/5/2013",
        "phụ huynh nộp hồ sơ cũ trước ngày 15/5/2013",
    ],
)
def test_after_and_old_of_time_stay_refused(phrase: str) -> None:
    refused(phrase)


@settings(deadline=None)
@given(
    day=st.dates(date(2010, 1, 1), date(2030, 12, 31)),
    lead=st.sampled_from(["sau", "sau ngày", "kể từ", "từ"]),
)
def test_the_next_school_year_never_turns_a_start_into_a_due_day(day: date, lead: str) -> None:
    phrase = f"đăng ký cho con em học tiếp năm học {lead} {day:%d/%m/%Y}"
    try:
        readings = parse_deadlines(phrase)
    except DeadlineError:
        return
    assert all(r.last is None for r in readings), readings


# --- an election prepared the year before its term; a start's words after it -----------------


def test_an_election_prepared_the_year_before_its_term_reads_the_meeting_s_day() -> None:
    # zo-sggp-uy-ban-bau-cu-an-giang-hop-chuan-bi-2025
    phrase = (
        "Chiều 26-11, Ủy ban Bầu cử tỉnh An Giang họp thông qua nội dung chuẩn bị cho công tác "
        "bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND tỉnh An Giang các cấp, nhiệm kỳ "
        "2026-2031"
    )
    reading = one(phrase, _on(date(2025, 11, 26)))
    assert (reading.first, reading.last) == (date(2025, 11, 26), date(2025, 11, 26))


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # not prepared: the election itself is held in its term
        (
            "Chiều 26-11, Ủy ban Bầu cử tỉnh họp thông qua nội dung công tác bầu cử đại biểu "
            "HĐND các cấp, nhiệm kỳ 2026-2031",
            date(2025, 11, 26),
        ),
        # prepared two years before: a misprint in one of them
        (
            "Chiều 26-11, Ủy ban Bầu cử tỉnh họp chuẩn bị cho công tác bầu cử đại biểu HĐND các "
            "cấp, nhiệm kỳ 2026-2031",
            date(2024, 11, 26),
        ),
    ],
)
def test_a_day_outside_its_term_stays_refused(phrase: str, issued: date) -> None:
    refused(phrase, _on(issued))


@settings(deadline=None)
@given(first=st.integers(2000, 2030), back=st.integers(0, 3), month=st.integers(1, 12))
def test_a_prepared_term_frames_from_the_year_before_only(
    first: int, back: int, month: int
) -> None:
    phrase = (
        f"trước ngày 15/{month}/{first - back}, hoàn thành công tác chuẩn bị bầu cử đại biểu "
        f"HĐND các cấp nhiệm kỳ {first}-{first + 5}"
    )
    try:
        readings = parse_deadlines(phrase)
    except DeadlineError:
        return
    assert back <= 1, readings
    assert [r.last for r in readings] == [date(first - back, month, 15)]


@pytest.mark.parametrize(
    ("phrase", "issued", "earliest", "last"),
    [
        # zo-kienthuc-vinh-long-ke-hoach-thoi-gian-nam-hoc-2025-2026: who starts first
        (
            "Từ ngày 25/8: Học sinh lớp 1, lớp 9 và lớp 12 sẽ bắt đầu tựu trường sớm hơn các "
            "khối khác",
            date(2025, 8, 23),
            date(2025, 8, 25),
            None,
        ),
        # zo-baomoi-xa-tan-huong-ra-quan-ve-sinh-tet-2026: not only … but also
        (
            "Đợt ra quân dự kiến triển khai đồng loạt trên toàn địa bàn xã từ ngày 30-1-2026, "
            "không chỉ nhằm làm sạch cảnh quan, tạo diện mạo nông thôn khang trang, mà còn hướng "
            "đến nâng cao ý thức trách nhiệm của mỗi người dân trong việc gìn giữ môi trường "
            "sống chung",
            None,
            date(2026, 1, 30),
            None,
        ),
        # zo-sggp-hoi-nghi-cu-tri-noi-cu-tru-nguoi-ung-cu-2026: the steps the window lies between
        (
            "Hội nghị sẽ diễn ra trong khoảng thời gian từ ngày 4-2-2026 đến ngày 8-2-2026 (từ "
            "sau khi kết thúc hội nghị hiệp thương lần thứ hai đến trước khi bắt đầu hội nghị "
            "hiệp thương lần thứ ba)",
            date(2025, 12, 30),
            date(2026, 2, 4),
            date(2026, 2, 8),
        ),
    ],
)
def test_words_that_explain_the_time_read(
    phrase: str, issued: date | None, earliest: date, last: date | None
) -> None:
    reading = one(phrase, Context(issued=issued))
    assert (reading.earliest, reading.last) == (earliest, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "Từ ngày 25/8/2025: Học sinh lớp 1 sẽ tựu trường sớm hơn 2 tuần",
        "Từ ngày 25/8/2025: học sinh tựu trường sớm hơn các khối khác 1 tuần",
        "triển khai từ ngày 30-1-2026, không nhằm làm sạch cảnh quan",
        "hoàn thành trước ngày 30-1-2026, không chỉ nhằm làm sạch cảnh quan",
        "hoàn thành trước ngày 30-1-2026, không chỉ nhằm làm sạch cảnh quan, mà còn kéo dài đến "
        "ngày 15/2/2026",
        "hoàn thành trước ngày 30-1-2026, không chỉ nhằm làm sạch, mà còn kéo dài đến hết tháng",
        # the steps after one day, not a window: which of them is due?
        "Hội nghị diễn ra trước ngày 8-2-2026 (từ sau khi kết thúc hội nghị hiệp thương lần thứ "
        "hai đến trước khi bắt đầu hội nghị hiệp thương lần thứ ba)",
        "từ ngày 4-2-2026 đến ngày 8-2-2026 (sau khi kết thúc hội nghị 10 ngày đến khi có kết quả)",
    ],
)
def test_words_that_may_move_the_time_stay_refused(phrase: str) -> None:
    refused(phrase)


@settings(deadline=None)
@given(
    start=st.dates(date(2015, 1, 1), date(2030, 12, 1)),
    length=st.integers(0, 40),
)
def test_the_steps_between_never_move_the_window(start: date, length: int) -> None:
    end = date.fromordinal(start.toordinal() + length)
    phrase = (
        f"Hội nghị diễn ra từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y} (từ sau khi kết "
        f"thúc hội nghị lần thứ hai đến trước khi bắt đầu hội nghị lần thứ ba)"
    )
    reading = one(phrase)
    assert (reading.first, reading.last) == (start, end)


# --- months of one year, the last with its year after a dot -----------------------------------


def test_months_with_the_year_after_a_dot_read_as_after_a_slash() -> None:
    # zo-baoquangnam-chien-dich-tinh-nguyen-he-2020 (the places counted after it: `label`)
    phrase = (
        "Chiến dịch diễn ra từ tháng 7 - 8.2020 tại 93 huyện nghèo và huyện thoát nghèo, các đảo "
        "Thanh niên"
    )
    reading = one(phrase)
    assert (reading.first, reading.last) == (date(2020, 7, 1), date(2020, 8, 31))


@pytest.mark.parametrize(
    "phrase",
    ["từ tháng 10 - 6.2025", "từ ngày 15/7 - 8.2020", "từ tháng 7 - 8-2020"],
)
def test_months_that_may_be_a_day_or_cross_a_year_stay_refused(phrase: str) -> None:
    refused(phrase)


@settings(deadline=None)
@given(year=st.integers(2000, 2030), first=st.integers(1, 12), last=st.integers(1, 12))
def test_a_dot_before_the_year_reads_as_the_slash_does(year: int, first: int, last: int) -> None:
    def read(mark: str) -> list[tuple[date | None, date | None]] | None:
        try:
            readings = parse_deadlines(f"từ tháng {first} - {last}{mark}{year}")
        except DeadlineError:
            return None
        return [(r.first, r.last) for r in readings]

    assert read(".") == read("/")


# --- one day in each week: a weekly duty, as "ít nhất 1 lần mỗi tuần" ------------------------


@pytest.mark.parametrize(
    ("phrase", "rule"),
    [
        # zo-thuvienphapluat-hoi-dap-chu-tich-xa-tiep-cong-dan (Luật Tiếp công dân 2013, Điều
        # 15), without the clause of the ad hoc receptions after it (which stays refused)
        (
            "Trực tiếp tiếp công dân tại trụ sở Ủy ban nhân dân cấp xã ít nhất 01 ngày trong 01 "
            "tuần",
            "ít nhất 1 lần mỗi tuần",
        ),
        ("ít nhất 01 ngày trong tuần", "ít nhất 1 lần mỗi tuần"),
        ("ít nhất 01 ngày mỗi tháng", "ít nhất 1 lần mỗi tháng"),
        ("ít nhất 1 lần trong 1 tháng", "ít nhất 1 lần mỗi tháng"),
    ],
)
def test_one_day_in_each_period_reads_as_once_in_it(phrase: str, rule: str) -> None:
    reading, wanted = one(phrase), one(rule)
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.recurrence == wanted.recurrence


@pytest.mark.parametrize(
    "phrase",
    [
        "ít nhất 2 ngày trong 1 tháng",  # two days: which?
        "ít nhất 1 ngày trong 2 tuần",  # every other week: from which?
        "Trực tiếp tiếp công dân tại trụ sở Ủy ban nhân dân cấp xã ít nhất 01 ngày trong 01 tuần "
        "và thực hiện việc tiếp công dân đột xuất trong các trường hợp quy định tại khoản 3 Điều "
        "18 của Luật này",
    ],
)
def test_other_counts_of_days_stay_refused(phrase: str) -> None:
    refused(phrase)


@settings(deadline=None)
@given(
    one_word=st.sampled_from(["1", "01", "một"]),
    link=st.sampled_from(["trong 01", "trong 1", "trong một", "trong", "mỗi"]),
    unit=st.sampled_from(["tuần", "tháng", "quý", "năm"]),
)
def test_one_day_in_each_is_the_same_rule_as_once_in_each(
    one_word: str, link: str, unit: str
) -> None:
    day_rule = one(f"ít nhất {one_word} ngày {link} {unit}")
    once_rule = one(f"ít nhất 1 lần mỗi {unit}")
    assert day_rule.recurrence == once_rule.recurrence


@settings(deadline=None)
@given(
    header=st.sampled_from(
        ["Ngày hết hiệu lực", "Hết hiệu lực", "Thời hạn hiệu lực", "Hiệu lực đến"]
    ),
    day=st.dates(date(2000, 1, 1), date(2030, 12, 31)),
)
def test_a_header_of_the_end_of_force_reads_a_day_as_no_header_does(header: str, day: date) -> None:
    cell = f"{day:%d/%m/%Y}"
    under = one(cell, _under(header))
    alone = one(cell)
    assert (under.kind, under.first, under.last, under.earliest) == (
        alone.kind,
        alone.first,
        alone.last,
        alone.earliest,
    )
