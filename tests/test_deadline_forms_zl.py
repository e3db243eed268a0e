"""Forms tuned on the zl- set (branch tune-zl): its five misreads closed as families (a cited
strategy's or resolution's horizon or period in a preamble or a legal basis, and a year
joined to a period by "và"), then its refusals by cause. Each rule with the real phrases that
motivated it (their corpus file named) and the look-alikes that must stay read or refused
(the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineError, DeadlineKind, parse_deadlines

W, D = DeadlineKind.WINDOW, DeadlineKind.DATE

# the subjects of strategies and programmes, as their names print them
_SUBJECTS = st.sampled_from(
    [
        "quốc gia về bình đẳng giới",
        "công tác dân tộc",
        "quốc gia phòng, chống tham nhũng, tiêu cực",
        "phát triển kinh tế số và xã hội số",
        "tổng thể cải cách hành chính nhà nước",
        "chuyển đổi số tỉnh Lâm Đồng",
    ]
)
_KINDS = st.sampled_from(["Chiến lược", "Chương trình hành động", "Đề án", "Chương trình"])
_YEARS = st.integers(2000, 2040)
# a cited document's first year, its length in years, the shape of its time (`_horizon`)
_WHEN = st.tuples(_YEARS, st.integers(1, 15), st.integers(0, 2))


def _horizon(first: int, length: int, shape: int) -> str:
    """A cited document's time as its title prints it: a horizon, a period or both."""
    if shape == 0:
        return f"đến năm {first + length}"
    if shape == 1:
        return f"giai đoạn {first} - {first + length}"
    return f"đến năm {first + length}, tầm nhìn đến năm {first + length + 15}"


# --- a cited document issuing a strategy or a programme ------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zl-hethongphapluat-quang-ngai-kh-1088-cong-tac-dan-toc-2020 (due 31/12/2020 before)
        (
            "Thực hiện Quyết định số 449/QĐ-TTg ngày 12/3/2013, Quyết định số 2356/QĐ-TTg ngày "
            "04/12/2013 của Thủ tướng Chính phủ ban hành Chương trình hành động thực hiện Chiến "
            "lược công tác dân tộc đến năm 2020",
            "2014-06-01",
        ),
        # zl-nhansu-dong-thap-kh-40-chien-luoc-pctntc-2030 (due 31/12/2030 before)
        (
            "Nghị quyết số 168/NQ-CP ngày 11 tháng 10 năm 2023 của Chính phủ ban hành Chiến lược "
            "quốc gia phòng, chống tham nhũng, tiêu cực đến năm 2030",
            "2026-01-14",
        ),
        ("Căn cứ Quyết định số 12/QĐ-UBND ngày 3/1/2026 ban hành Đề án … năm 2026;", "2026-03-01"),
    ],
)
def test_a_cited_document_s_issued_title_is_refused(phrase: str, issued: str) -> None:
    refused(phrase, ctx(issued))


def test_the_document_s_own_text_issuing_its_title_stays_read() -> None:
    # zf-xaydungchinhsach-qd-51-2025-ttg-tieu-chi-ntm-2026-2030: the page is the decision
    # (convention 11), its colon kept
    for phrase in (
        "TOÀN VĂN: Quyết định 51/2025/QĐ-TTg ban hành Bộ tiêu chí quốc gia về nông thôn mới "
        "giai đoạn 2026 - 2030",
        "(Chinhphu.vn) - Toàn văn Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng "
        "Chính phủ ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030.",
    ):
        assert days(one(phrase, ctx("2025-12-29"))) == (W, date(2026, 1, 1), date(2030, 12, 31))


def test_a_deadline_after_a_cited_document_stays_read() -> None:
    phrase = (
        "Thực hiện Quyết định số 12/QĐ-UBND ngày 3/1/2026 của UBND tỉnh ban hành Kế hoạch "
        "chuyển đổi số năm 2026, UBND huyện tổ chức hội nghị trong tháng 3/2026"
    )
    assert days(one(phrase, ctx("2026-02-01"))) == (W, date(2026, 3, 1), date(2026, 3, 31))


@given(
    subject=_SUBJECTS,
    kind=_KINDS,
    when=_WHEN,
    lead=st.sampled_from(["Thực hiện ", "Căn cứ ", "- ", ""]),
    signed=st.integers(1, 28),
)
def test_every_cited_strategy_s_horizon_in_a_basis_is_never_a_deadline(
    subject: str, kind: str, when: tuple[int, int, int], lead: str, signed: int
) -> None:
    phrase = (
        f"{lead}Nghị quyết số {signed}/NQ-CP ngày {signed}/3/{when[0]} của Chính phủ ban hành "
        f"{kind} {subject} {_horizon(*when)}"
    )
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, ctx(f"{when[0] + 1}-05-01"))


# --- a programme a plan contributes to carrying out ----------------------------------------


def test_a_programme_served_is_refused() -> None:
    # zl-soldtbxh-hungyen-kh-38-binh-dang-gioi-2022 (a window 2021-2030 before)
    why = refused(
        "góp phần thực hiện có hiệu quả Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
        ctx("2022-03-04"),
    )
    assert "quy ước 7" in why


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # the plan's own title carrying the strategy out over its horizon (convention 11)
        (
            "THỰC HIỆN CHIẾN LƯỢC QUỐC GIA PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC TRÊN ĐỊA BÀN TỈNH "
            "ĐỒNG THÁP ĐẾN NĂM 2030",
            None,
            date(2030, 12, 31),
        ),
        # a time of work contributed to, no programme named
        (
            "góp phần thúc đẩy tăng trưởng kinh tế, bảo đảm an sinh xã hội trong năm 2026",
            date(2026, 1, 1),
            date(2026, 12, 31),
        ),
        # a deadline after the programme named
        (
            "góp phần thực hiện Kế hoạch năm 2022 trước ngày 30/6/2022",
            None,
            date(2022, 6, 30),
        ),
    ],
)
def test_the_neighbours_of_a_programme_served_stay_read(
    phrase: str, first: date | None, last: date
) -> None:
    reading = one(phrase, ctx("2022-03-04"))
    assert reading.last == last
    if first:
        assert reading.first == first


@given(
    subject=_SUBJECTS,
    kind=_KINDS,
    when=_WHEN,
    how=st.sampled_from(["", "có hiệu quả ", "thắng lợi ", "thành công "]),
    lead=st.sampled_from(["", "nhằm ", "để "]),
)
def test_every_programme_served_is_never_a_window(
    subject: str, kind: str, when: tuple[int, int, int], how: str, lead: str
) -> None:
    phrase = f"{lead}góp phần thực hiện {how}{kind} {subject} {_horizon(*when)}"
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, ctx(f"{when[0] + 1}-03-01"))


# --- a cited document's title, its number on the line before -------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zl-thuvienphapluat-lam-dong-kh-8124-ha-tang-so-2023-2025 (due 31/12/2025 before)
        "Tỉnh ủy về Chuyển đổi số tỉnh Lâm Đồng đến năm 2025, định hướng đến năm 2030;",
        "của Chính phủ về Chương trình tổng thể cải cách hành chính giai đoạn 2021-2030;",
        "Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế số năm 2025",
    ],
)
def test_the_tail_of_a_cited_document_s_line_is_refused(phrase: str) -> None:
    assert "quy ước 7" in refused(phrase, ctx("2023-09-18"))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # a deadline in the words after "về" stops the title
        ("UBND tỉnh về việc báo cáo trước ngày 15/3/2024;", date(2024, 3, 15)),
        # an issuing told (convention 11): the plan's own horizon
        (
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch hành động về quản lý chất thải nhựa và rác "
            "thải nhựa đại dương đến năm 2030, với các nội dung cụ thể như sau",
            date(2030, 12, 31),
        ),
    ],
)
def test_the_neighbours_of_a_title_s_tail_stay_read(phrase: str, last: date) -> None:
    assert one(phrase, ctx("2023-09-18")).last == last


@given(
    body=st.sampled_from(["Tỉnh ủy", "Thành ủy", "Chính phủ", "Thủ tướng Chính phủ", "HĐND tỉnh"]),
    subject=_SUBJECTS,
    when=_WHEN,
    end=st.sampled_from([";", ".", ""]),
)
def test_every_title_s_tail_is_never_a_deadline(
    body: str, subject: str, when: tuple[int, int, int], end: str
) -> None:
    phrase = f"{body} về {subject} {_horizon(*when)}{end}"
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, ctx(f"{when[0]}-09-01"))


# --- a year joined to a period by "và" -------------------------------------------------------


def test_a_year_and_a_period_joined_are_never_one() -> None:
    # zl-caselaw-quang-nam-qd-2086-thtk-clp-2011-2015 (read as 2011 alone before): two
    # windows, "QUẢNG NAM" printed without the breve of "năm" no time of its part
    phrase = (
        "BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA TỈNH QUẢNG NAM VỀ THỰC HÀNH TIẾT KIỆM, CHỐNG LÃNG "
        "PHÍ NĂM 2011 VÀ GIAI ĐOẠN 2011-2015"
    )
    readings = parse_deadlines(phrase, ctx("2011-06-28"))
    assert [(r.first, r.last) for r in readings] == [
        (date(2011, 1, 1), date(2011, 12, 31)),
        (date(2011, 1, 1), date(2015, 12, 31)),
    ]


def test_a_year_and_the_period_holding_it_read_two_windows() -> None:
    readings = parse_deadlines("Kế hoạch năm 2026 và giai đoạn 2026-2030", ctx("2026-01-05"))
    assert [(r.first, r.last) for r in readings] == [
        (date(2026, 1, 1), date(2026, 12, 31)),
        (date(2026, 1, 1), date(2030, 12, 31)),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        # a review's period, then its time (never over it): refused as before
        "Tổng kết giai đoạn 2021-2025, quý I/2026",
        "Báo cáo tổng kết năm 2026, tháng 1/2027",
        "Tổng kết giai đoạn 2021-2025, năm 2026",
        # a year and a period apart: two works or a time and its subject, not guessed
        "Kế hoạch năm 2011 và giai đoạn 2012-2015",
    ],
)
def test_a_period_then_another_time_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-05"))


@given(
    year=st.integers(2000, 2040),
    before=st.integers(0, 4),
    length=st.integers(1, 9),
    joiner=st.sampled_from([" và ", " VÀ ", ", "]),
    noun=st.sampled_from(["Chương trình hành động", "KẾ HOẠCH", "Đề án phát triển"]),
)
def test_every_year_joined_to_a_period_is_never_read_as_one(
    year: int, before: int, length: int, joiner: str, noun: str
) -> None:
    first = year - before
    phrase = f"{noun} về tiết kiệm năm {year}{joiner}giai đoạn {first}-{first + before + length}"
    try:
        readings = parse_deadlines(phrase, ctx(f"{year}-06-01"))
    except DeadlineError:
        return
    assert len(readings) == 2


# --- a plan's own title and its issuing told (convention 11) ---------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # zl-nhansu-ha-tinh-qd-3369-cchc-2026: a legal database's title, number then year
        (
            "Quyết định 3369/QĐ-UBND năm 2025 về Kế hoạch cải cách hành chính tỉnh Hà Tĩnh năm "
            "2026",
            "2025-12-31",
            date(2026, 1, 1),
            date(2026, 12, 31),
        ),
        # zi-thanh-hoa-qd-4159-phuong-an-pcccr-2026-2030, the same shape
        (
            "Quyết định 4159/QĐ-UBND năm 2025 về Phương án bảo vệ rừng, phòng cháy, chữa cháy "
            "rừng tỉnh Thanh Hóa, giai đoạn 2026-2030",
            "2025-12-20",
            date(2026, 1, 1),
            date(2030, 12, 31),
        ),
        # zl-nhansu-hue-qd-01-ke-hoach-ktxh-2026: "thực hiện" the year's plan, "do … ban hành"
        (
            "Quyết định 01/QĐ-UBND thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2026 do "
            "thành phố Huế ban hành",
            "2026-01-01",
            date(2026, 1, 1),
            date(2026, 12, 31),
        ),
        # zl-vpubnd-laichau-kh-1371-chuyen-doi-so-2026: the plan set out "như sau", no colon
        (
            "Văn phòng UBND tỉnh xây dựng Kế hoạch Chuyển đổi số năm 2026 như sau",
            "2025-10-24",
            date(2026, 1, 1),
            date(2026, 12, 31),
        ),
    ],
)
def test_a_plan_s_own_title_reads_its_period(
    phrase: str, issued: str, first: date, last: date
) -> None:
    assert days(one(phrase, ctx(issued))) == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # cited among a plan's bases, with "số" or carried out: the cited text's (convention 7)
        "Quyết định số 3369/QĐ-UBND năm 2025 về Kế hoạch cải cách hành chính tỉnh Hà Tĩnh năm 2026",
        "Thực hiện Quyết định 3369/QĐ-UBND năm 2025 về Kế hoạch cải cách hành chính năm 2026",
        "Quyết định số 01/QĐ-UBND ngày 02/01/2026 thực hiện Kế hoạch phát triển kinh tế - xã hội "
        "năm 2026",
        # a budget built: the object's year
        "Sở xây dựng dự toán ngân sách năm 2026 như sau",
        # a plan built, no "như sau": the object's year (may be built the year before)
        "Các sở xây dựng kế hoạch năm 2026",
        # "hoặc" in the issuer or the title: two documents or two times (the mutation fuzz's)
        "Kế hoạch 10/KH-UBND thực hiện công tác phòng, chống tham nhũng, tiêu cực năm 2026 do "
        "tỉnh Hưng hoặc Yên ban hành",
        "Quyết định 3369/QĐ-UBND năm 2025 về Kế hoạch cải cách hoặc hành chính năm 2026",
    ],
)
def test_the_neighbours_of_a_plan_s_own_title_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-12-31"))


@given(
    number=st.integers(1, 9999),
    signed=st.integers(2000, 2040),
    ahead=st.integers(0, 1),
    kind=st.sampled_from(["Kế hoạch", "Chương trình", "Đề án"]),
)
def test_every_cited_text_with_its_number_and_day_keeps_its_title_s_year_unread(
    number: int, signed: int, ahead: int, kind: str
) -> None:
    # the shape a plan's bases cite a text in ("số", its day): never the plan's own year
    phrase = (
        f"Quyết định số {number}/QĐ-UBND ngày 15/12/{signed} của UBND tỉnh về {kind} cải cách "
        f"hành chính năm {signed + ahead}"
    )
    with pytest.raises(DeadlineError):
        parse_deadlines(phrase, ctx(f"{signed + ahead}-03-01"))


# --- a school calendar's lines: a dashed range opening the line ------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # zl-scotch-ags-lich-hoc-nam-2023-2024 (each refused before: no "từ … đến …")
        ("17/07/2023 – 17/11/2023", date(2023, 7, 17), date(2023, 11, 17)),
        ("16/09 – 24/09/2023: Nghỉ giữa kỳ", date(2023, 9, 16), date(2023, 9, 24)),
        ("21/11/2023 – 17/05/2024", date(2023, 11, 21), date(2024, 5, 17)),
        (
            "18/12/2023 – 05/01/2024: Nghỉ Giáng sinh và Tết Dương lịch",
            date(2023, 12, 18),
            date(2024, 1, 5),
        ),
        ("02/02/2024 – 16/02/2024: Nghỉ Tết Nguyên Đán", date(2024, 2, 2), date(2024, 2, 16)),
        (
            "29/04/2024 – 03/05/2024: Ngày giải phóng miền Nam – Quốc tế Lao Động",
            date(2024, 4, 29),
            date(2024, 5, 3),
        ),
    ],
)
def test_a_range_opening_its_line_is_read(phrase: str, first: date, last: date) -> None:
    assert days(one(phrase)) == (W, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        "5/10-4/12",  # no year: two days, or a range?
        "24/09 – 16/09/2023",  # its start after its end
        "22/11/1902 – 22/11/2024",  # an anniversary's two days
        "Kỷ niệm 5/10 - 4/12/2026",  # not opening the line, no parentheses
        # a tight hyphen: a range, or two days? (tune-o, tune-p, tune-za kept these refused)
        "15/11/2025-15/02/2026",
        "1/2-1/3/2026",
        "29/10-02/11/ 2012.",
    ],
)
def test_the_neighbours_of_a_range_opening_its_line_stay_refused(phrase: str) -> None:
    refused(phrase)


@given(
    start=st.dates(date(2000, 1, 1), date(2040, 12, 31)),
    length=st.integers(1, 300),
    year_on_start=st.booleans(),
    name=st.sampled_from(["", ": Nghỉ giữa kỳ", ": Nghỉ Tết Nguyên Đán", ": Thi học kỳ I"]),
)
def test_every_range_opening_its_line_reads_its_days_or_is_refused(
    start: date, length: int, year_on_start: bool, name: str
) -> None:
    end = date.fromordinal(start.toordinal() + length)
    said_start = (
        f"{start:%d/%m/%Y}" if year_on_start or start.year != end.year else f"{start:%d/%m}"
    )
    phrase = f"{said_start} – {end:%d/%m/%Y}{name}"
    try:
        reading = one(phrase)
    except DeadlineError:
        return
    assert days(reading) == (W, start, end)  # never another day


# --- a horizon written without "năm", or cut at the end of a title's line --------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "kind", "first", "last"),
    [
        # zl-thuviennhadat-vinh-long-kh-43-kinh-te-so-2025: "ĐẾN NĂM 2030" on the next line
        (
            "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ ĐẾN NĂM 2025, ĐỊNH HƯỚNG",
            "2022-06-06",
            D,
            date(2025, 12, 31),
            date(2025, 12, 31),
        ),
        # zl-vanbanphapluat-tien-giang-kh-328-chinh-quyen-dien-tu-2019-2020
        (
            "XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ HƯỚNG TỚI CHÍNH QUYỀN SỐ CỦA TỈNH TIỀN "
            "GIANG GIAI ĐOẠN 2019 - 2020, ĐỊNH HƯỚNG ĐẾN 2025",
            "2019-10-08",
            W,
            date(2019, 1, 1),
            date(2020, 12, 31),
        ),
        (
            "Ủy ban nhân dân tỉnh Tiền Giang ban hành Kế hoạch xây dựng, phát triển Chính quyền "
            "điện tử hưng tới Chính quyền số của tỉnh Tiền Giang giai đoạn 2019 - 2020, định "
            "hướng đến 2025 với các nội dung cụ thể sau",
            "2019-10-08",
            W,
            date(2019, 1, 1),
            date(2020, 12, 31),
        ),
    ],
)
def test_a_horizon_leaves_its_period_as_it_is(
    phrase: str, issued: str, kind: DeadlineKind, first: date, last: date
) -> None:
    assert days(one(phrase, ctx(issued))) == (kind, first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # a cited resolution's title, "trọng tâm" folded as "trong" (in) no more: refused as
        # the resolution's period (convention 7), with its horizon or without
        "Thực hiện Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải "
        "pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019 - 2020, định hướng đến 2025",
        "Thực hiện Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải "
        "pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019 - 2020",
        # zj-cafef-chi-thi-06-ttg-sau-tet-binh-ngo-2026: a holiday in the title, a signing told
        "Thủ tướng Chính phủ Phạm Minh Chính ký Chỉ thị số 06/CT-TTg về việc đôn đốc thực hiện "
        "nhiệm vụ trọng tâm sau kỳ nghỉ Tết nguyên đán Bính Ngọ năm 2026",
        # a period with no year after its comma: not a horizon cut
        "giai đoạn 2021-2025 định hướng",
    ],
)
def test_the_neighbours_of_a_horizon_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2019-10-08"))


@given(
    first=_YEARS,
    length=st.integers(1, 10),
    beyond=st.integers(1, 20),
    word=st.sampled_from(["định hướng", "ĐỊNH HƯỚNG", "tầm nhìn"]),
    said=st.sampled_from(["", "năm ", None]),  # None: the horizon cut before its year
)
def test_every_horizon_leaves_the_period_before_it(
    first: int, length: int, beyond: int, word: str, said: str | None
) -> None:
    horizon = word if said is None else f"{word} đến {said}{first + length + beyond}"
    phrase = f"Kế hoạch chuyển đổi số giai đoạn {first} - {first + length}, {horizon}"
    try:
        reading = one(phrase, ctx(f"{first}-03-01"))
    except DeadlineError:
        return
    assert days(reading) == (W, date(first, 1, 1), date(first + length, 12, 31))


# --- "nam", the men's event, and the matches a tournament plays ------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # zl-thoxuan-thanhhoa-giai-bong-da-cup-lam-son-2024 ("nam" read as "năm" typed bare)
        (
            "Để chuẩn bị cho Giải bóng đá nam Thanh niên huyện Thọ Xuân tranh cúp Lam Sơn lần "
            "thứ II năm 2024 sẽ được khai mạc vào ngày 7/7 tới đây",
            date(2024, 7, 7),
            date(2024, 7, 7),
        ),
        ("Giải bóng chuyền nam, nữ sẽ khai mạc vào ngày 15/7/2024", date(2024, 7, 15), None),
        (
            "Giải sẽ được tổ chức từ ngày 07/7/2024 đến ngày 11/8/2024, với tổng số 61 trận đấu",
            date(2024, 7, 7),
            date(2024, 8, 11),
        ),
    ],
)
def test_the_men_s_event_and_its_matches_leave_the_time_read(
    phrase: str, first: date, last: date | None
) -> None:
    reading = one(phrase, ctx("2024-07-04"))
    assert reading.first == first
    assert reading.last == (last or first)


def test_the_neighbours_of_the_men_s_event_stay_as_they_were() -> None:
    # "nam" with no sport before it is still "năm" typed bare: a yearly report
    assert one("báo cáo nam trước ngày 15/12").kind is DeadlineKind.RECURRING
    refused("Giải đấu 15 trận đến ngày 11/8/2024", ctx("2024-07-04"))  # a count, unread


@given(
    sport=st.sampled_from(["bóng đá", "bóng chuyền", "bóng rổ", "cầu lông", "quần vợt"]),
    day=st.dates(date(2020, 1, 1), date(2030, 12, 31)),
)
def test_every_men_s_event_keeps_its_day(sport: str, day: date) -> None:
    phrase = f"Giải {sport} nam sẽ khai mạc vào ngày {day.day}/{day.month}/{day.year}"
    assert days(one(phrase, ctx(f"{day.year}-01-01"))) == (D, day, day)


# --- a list's lead-in, counted clusters, a span of two moments joined by a dash ------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # zl-nhansu-hue-qd-01-ke-hoach-ktxh-2026: "với các nội dung sau:", no "sau" (after)
        (
            "Điều 1. Phân công theo dõi, chỉ đạo, thực hiện mục tiêu, các chỉ tiêu, nhiệm vụ và "
            "giải pháp thực hiện kế hoạch phát triển kinh tế - xã hội năm 2026 với các nội dung "
            "sau:",
            "2026-01-01",
            date(2026, 1, 1),
            date(2026, 12, 31),
        ),
        (
            "kế hoạch năm 2026 của Ủy ban nhân dân tỉnh với các mục tiêu, chỉ tiêu, nhiệm vụ chủ "
            "yếu sau:",
            "2026-01-01",
            date(2026, 1, 1),
            date(2026, 12, 31),
        ),
        # zl-sggp-hoi-khoe-phu-dong-toan-quoc-2028: "5 cụm", the clusters, no day
        (
            "giai đoạn thứ nhất của Hội khỏe sẽ diễn ra tại 5 cụm từ tháng 4-2028 tới tháng 6-2028",
            "2025-12-07",
            date(2028, 4, 1),
            date(2028, 6, 30),
        ),
        # zl-due-udn-cuoc-thi-tim-hieu-phap-luat-2025 (refused before: two hours)
        (
            "Nhận bài dự thi: 19h30 ngày 29/10/2025 – 19h30 ngày 04/11/2025",
            None,
            date(2025, 10, 29),
            date(2025, 11, 4),
        ),
        (
            "Bình chọn trực tuyến: 19h30 ngày 06/11/2025 – 19h30 ngày 08/11/2025",
            None,
            date(2025, 11, 6),
            date(2025, 11, 8),
        ),
    ],
)
def test_lead_ins_clusters_and_dashed_moments_leave_the_time_read(
    phrase: str, issued: str | None, first: date, last: date
) -> None:
    assert days(one(phrase, ctx(issued))) == (W, first, last)


def test_a_dashed_span_of_moments_keeps_its_hours() -> None:
    reading = one("Nhận bài dự thi: 19h30 ngày 29/10/2025 – 19h30 ngày 04/11/2025")
    assert reading.time == "19:30"
    assert reading.gloss == "bắt đầu lúc 19:30"


@pytest.mark.parametrize(
    "phrase",
    [
        "trong năm 2026 hằng quý với các nội dung sau:",  # a cadence before the lead-in
        "Nhận bài: 19h30 ngày 06/11/2025 – 8h ngày 06/11/2025",  # ends before it starts
        "Nhận bài: 8h ngày 07/11/2025 – 8h ngày 06/11/2025",  # reversed
        "Nhận bài: 8h ngày 07/11 – 8h ngày 06/12/2025",  # its start has no year
    ],
)
def test_the_neighbours_of_lead_ins_and_moments_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-10-01"))


@given(
    start=st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1)),
    days_long=st.integers(0, 60),
    end_hour=st.integers(0, 23),
)
def test_every_dashed_span_of_moments_reads_its_days_or_is_refused(
    start: datetime, days_long: int, end_hour: int
) -> None:
    end = start + timedelta(days=days_long)
    phrase = (
        f"Nhận bài dự thi: {start.hour}h{start.minute:02d} ngày {start:%d/%m/%Y} – "
        f"{end_hour}h00 ngày {end:%d/%m/%Y}"
    )
    try:
        reading = one(phrase)
    except DeadlineError:
        return
    assert (reading.first, reading.last) == (start.date(), end.date())


# --- an exam named with its year, rounds listed after their count ----------------------------


def test_an_exam_named_with_its_bare_year_lends_it_to_its_days() -> None:
    # zl-vtcnews-lich-tuu-truong-khai-giang-2025-2026 (a 2025 page on the 2026 exam)
    phrase = (
        "kỳ thi tốt nghiệp THPT 2026 dự kiến diễn ra trong hai ngày 11-12/6, sớm hơn hai tuần "
        "so với năm nay"
    )
    assert days(one(phrase, ctx("2025-08-12"))) == (W, date(2026, 6, 11), date(2026, 6, 12))


def test_a_festival_s_bare_year_lends_nothing() -> None:
    # n-hagiang-tam-giac-mach-2020-baothaibinh: a time once set, refused as before
    refused("Trước đó, Lễ hội hoa tam giác mạch Hà Giang 2020 được ấn định tổ chức vào ngày 14/11")


def test_rounds_listed_after_their_count_read_each_its_day() -> None:
    # zl-pgd-khanhson-mn-hoang-oanh-cuoc-thi-bac-ho-2021-2025
    readings = parse_deadlines(
        "Thời nhận tác phẩm dự thi: 02 đợt (đợt 1, trước ngày 25/5/2022; đợt 2, trước ngày "
        "25/5/2024)",
        ctx(),
    )
    assert [(r.kind, r.last) for r in readings] == [(D, date(2022, 5, 25)), (D, date(2024, 5, 25))]


@pytest.mark.parametrize(
    "phrase",
    [
        # the count and the rounds listed disagree: not guessed
        "Thời gian nhận: 03 đợt (đợt 1, trước ngày 25/5/2022; đợt 2, trước ngày 25/5/2024)",
        "Thời gian nhận: 2 đợt (đợt 1, trước ngày 25/5/2022; đợt 3, trước ngày 25/5/2024)",
        # rounds out of order in time
        "Thời gian nhận: 2 đợt (đợt 1, trước ngày 25/5/2024; đợt 2, trước ngày 25/5/2022)",
    ],
)
def test_the_neighbours_of_rounds_listed_stay_refused(phrase: str) -> None:
    refused(phrase)


@given(
    first=st.dates(date(2020, 1, 1), date(2030, 12, 31)),
    gap=st.integers(1, 800),
    count=st.integers(1, 3),
)
def test_every_list_of_rounds_reads_its_days_or_is_refused(
    first: date, gap: int, count: int
) -> None:
    second = date.fromordinal(first.toordinal() + gap)
    listed = f"đợt 1, trước ngày {first:%d/%m/%Y}; đợt 2, trước ngày {second:%d/%m/%Y}"
    phrase = f"Thời gian nhận tác phẩm: {count:02d} đợt ({listed})"
    try:
        readings = parse_deadlines(phrase, ctx())
    except DeadlineError:
        return
    assert count == 2  # never a list whose count disagrees
    assert [r.last for r in readings] == [first, second]


# --- one horizon said twice ------------------------------------------------------------------


def test_one_horizon_said_twice_is_one_day() -> None:
    # zl-hethongphapluat-gia-lai-qd-103-2005-quy-hoach-do-thi-2020
    phrase = (
        "Quy hoạch tổng thể phát triển hệ thống Đô thị và Khu dân cư nông thôn tỉnh Gia Lai "
        "đến năm 2020 làm cơ sở để xây dựng hệ thống hạ tầng kỹ thuật phù hợp với tốc độ đô thị "
        "hóa và phát triển kinh tế - xã hội của Tỉnh đến năm 2020"
    )
    assert one(phrase, ctx("2005-08-15")).last == date(2020, 12, 31)


@pytest.mark.parametrize(
    "phrase",
    [
        "Quy hoạch đến năm 2020 làm cơ sở cho phát triển đến năm 2025",  # two horizons
        "Đến hết năm 2015, hoàn thành trước ngày 30/6/2015",  # a bound, then a day
    ],
)
def test_two_bounds_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2005-08-15"))


@given(first=_YEARS, other=_YEARS)
def test_every_bound_said_twice_reads_only_when_the_same(first: int, other: int) -> None:
    phrase = f"Quy hoạch vùng đến năm {first} làm cơ sở cho phát triển của tỉnh đến năm {other}"
    try:
        reading = one(phrase, ctx("2000-01-01"))
    except DeadlineError:
        assert first != other
        return
    assert first == other
    assert reading.last == date(first, 12, 31)


def test_a_place_named_nam_holds_no_time_of_its_part() -> None:
    # zb-thiennhien-xa-nuoc-dot-ba-2007 ("Tập đoàn Ðiện lực Việt Nam", refused before)
    phrase = (
        "Từ 11 đến 19/2/2007, Tập đoàn Ðiện lực Việt Nam tiếp tục điều tiết và xả nước đợt ba "
        "để các tỉnh đồng bằng, trung du Bắc Bộ lấy đủ nước gieo cấy lúa trong khung thời vụ tốt "
        "nhất"
    )
    assert days(one(phrase, ctx("2007-02-10"))) == (W, date(2007, 2, 11), date(2007, 2, 19))
    # typed with no marks at all, "nam" may still be a year
    refused("bao cao tinh Quang Nam, nam 2011 va giai doan 2012-2015", ctx("2011-06-28"))
