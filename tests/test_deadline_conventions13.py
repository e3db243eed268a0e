"""Conventions the lead settled in session 21 (branch conv13), each on real phrases quoting
the corpus file they come from (tests/corpus/), and a property where a form has a parameter
space.

Part 1, terms of office: a term alone is the time of the work; the term of an election, a
congress, a council or an office holder elected is the office's term, not a deadline.
Part 2: a due moment stated with its time of day is a moment the document chose, not the last
day of a counted limit: status, timeline and export-ics do not roll it past a day off.
Part 3: a start with an end at an event that has no day ("từ … (cho) đến khi …") reads as a
start bound, the "đến khi …" kept as its qualifier.
Part 4: a report's due day cites no law: it is set by the phrase's own document, and only the
data periods are Nghị định 09/2019/NĐ-CP's own.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clirun import CLERK, kehoach
from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

W = DeadlineKind.WINDOW
D = DeadlineKind.DATE

# --- Part 1: a term alone is the time of the work --------------------------------------------

# how the corpus and issue 11 §2 print the term: capitals (a-phu-tho-kh-526-2021.yaml), a
# tone mark lost or moved by a PDF copy ("nhiệm ky", "nhiêm kỳ", "nhiệm kì"), and the dash
# with or without blanks, an en dash (b-tgu-dai-hoi-dong-thap-2025.yaml "nhiệm kỳ 2025 –
# 2030"), a hyphen after the first year only (a-phu-tho "nhiệm kỳ 2020- 2025")
_TERM_WORDS = ["nhiệm kỳ", "NHIỆM KỲ", "Nhiệm kỳ", "nhiệm ky", "nhiêm kỳ", "nhiệm kì"]
_DASHES = ["-", " - ", "- ", " -", "–", " – ", "—"]


@given(
    word=st.sampled_from(_TERM_WORDS),
    dash=st.sampled_from(_DASHES),
    start=st.integers(min_value=1990, max_value=2040),
    length=st.sampled_from([2, 5]),
)
def test_a_term_alone_is_a_window_over_its_years(
    word: str, dash: str, start: int, length: int
) -> None:
    # issue 11 §2: "nhiệm kỳ 2020 - 2025" (also with typos and an en dash); the corpus's
    # a-quang-ninh-ctr-35-2021.yaml, a-lam-dong-kh-7242-2022.yaml, b-doluong-dai-hoi-diem-2020.yaml
    phrase = f"{word} {start}{dash}{start + length}"
    assert read_days(phrase) == (W, f"{start}-01-01", f"{start + length}-12-31")


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # s-nhansu-nghe-an-kh-22-2026-chuong-trinh-hanh-dong-dai-hoi.yaml: the programme's term
        (
            "CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ UBND TỈNH LẦN"
            " THỨ I, NHIỆM KỲ 2025-2030",
            "2026-01-13",
            "2025-01-01",
            "2030-12-31",
        ),
        # f-cao-bang-nq-70-2025-ktxh-2026.yaml: a congress's resolution, carried out over it
        (
            "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XX, nhiệm kỳ 2025 - 2030",
            "2025-12-11",
            "2025-01-01",
            "2030-12-31",
        ),
        # r-baovinhlong-nq-dai-hoi-dang-bo-tinh-2025.yaml: the targets and tasks of the term
        (
            "mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp nhiệm kỳ 2025 - 2030",
            "2025-10-03",
            "2025-01-01",
            "2030-12-31",
        ),
        # a-quang-ninh-kh-39-2020.yaml
        ("nhiệm kỳ 5 năm 2016-2020", "2020-02-28", "2016-01-01", "2020-12-31"),
    ],
)
def test_the_work_a_term_is_the_time_of_reads_the_term(
    phrase: str, issued: str, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (W, first, last)


# --- Part 1: the term of an office is no deadline --------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # h-b2-doanhnghiepkinhtexanh-quang-ngai-ke-hoach-thi-dua.yaml (an election, a congress)
        ("bầu cử đại biểu Quốc hội và đại biểu hội đồng nhân dân các cấp nhiệm kỳ 2026-2031", None),
        ("Đại hội đại biểu lần thứ XIV của Đảng nhiệm kỳ 2025-2030", None),
        # f-bac-ninh-hlhpn-dai-hoi-co-so-2006.yaml (held in 2006, not due by 2011)
        ("Đại hội phụ nữ cơ sở nhiệm kỳ 2006-2011", "2006-03-01"),
        # e-baohaiduong-thanh-ha-dai-hoi-diem-2020.yaml, e-hau-giang-vi-thuy-dai-hoi-2020.yaml
        ("tổ chức đại hội điểm nhiệm kỳ 2020-2025", "2020-03-01"),
        ("tổ chức xong đại hội nhiệm kỳ 2020-2025", "2020-03-01"),
        # f-baothanhhoa-dai-hoi-phu-nu-2025.yaml
        ("Đại hội Đại biểu phụ nữ tỉnh Thanh Hóa lần thứ XIX, nhiệm kỳ 2025-2030", "2025-08-01"),
        # f-baoquangnam-nui-thanh-ho-so-ung-cu-2021.yaml (a candidacy)
        ("ứng cử đại biểu HĐND huyện khóa XII (nhiệm kỳ 2021 - 2026)", "2021-02-20"),
        # h-baobariavungtau-dot-cao-diem-2021.yaml (the deputies elected)
        ("đại biểu HĐND các cấp nhiệm kỳ 2021-2026", "2021-03-01"),
        # g-baolangson-ky-hop-16-hdnd-2023.yaml, s-nhansu-hung-yen-nq-821-2025-ktxh-2026-2030.yaml
        ("HĐND tỉnh khóa XVII, nhiệm kỳ 2021- 2026", "2023-01-01"),
        ("HỘI ĐỒNG NHÂN DÂN TỈNH HƯNG YÊN KHÓA XVII, NHIỆM KỲ 2021-2026", "2025-12-10"),
        # z-caugiay-hdnd-thay-doi-ky-hop-thu-3-2021.yaml (a session of the council's term)
        (
            "Thông báo về việc thay đổi thời gian tổ chức kỳ họp thứ 3 HĐND quận Cầu Giấy khóa VI,"
            " nhiệm kỳ 2021 - 2026",
            "2021-12-01",
        ),
        # e-dong-nai-xa-xuan-phu-qd-59-2021.yaml (a committee elected, its title line)
        ("BAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026", "2021-07-22"),
    ],
)
def test_the_term_of_an_office_is_refused_with_the_way_out(phrase: str, issued: str | None) -> None:
    why = refused(phrase, ctx(issued))
    assert "nhiệm kỳ là tên" in why
    assert "không phải thời hạn" in why
    assert "last_day" in why
    assert "first_day" in why


# an office's occasion as the corpus prints it before the term (a congress, an election of a
# committee, a council, the deputies, a session); generated, not quoted: the property is that
# none of them, with any term, reads the term as a window, and that a programme carrying out
# the congress's resolution over the same term still does
_OFFICES = [
    "Đại hội Hội Nông dân tỉnh",
    "Bầu Ban Chấp hành Đảng bộ xã",
    "bầu cử đại biểu Hội đồng nhân dân các cấp",
    "đại biểu HĐND huyện khóa XIX,",
    "kỳ họp thứ ba HĐND tỉnh khóa XVII,",
]


@given(
    office=st.sampled_from(_OFFICES),
    dash=st.sampled_from(_DASHES),
    start=st.integers(min_value=1990, max_value=2040),
)
def test_no_office_term_reads_as_a_window(office: str, dash: str, start: int) -> None:
    term = f"nhiệm kỳ {start}{dash}{start + 5}"
    assert "nhiệm kỳ là tên" in refused(f"{office} {term}")
    programme = f"Chương trình hành động thực hiện Nghị quyết {office} {term}"
    assert read_days(programme) == (W, f"{start}-01-01", f"{start + 5}-12-31")


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # q-hanoi-o-dien-hoi-phu-nu-dai-hoi-2025.yaml: the congress's day, the term explained
        (
            "Theo kế hoạch, Đại hội đại biểu Phụ nữ xã Ô Diên lần thứ I nhiệm kỳ 2025-2030 sẽ tổ"
            " chức vào ngày 25/9/2025",
            None,
            (D, "2025-09-25", "2025-09-25"),
        ),
        # z-baohaiduong-dai-hoi-hoi-nong-dan-2018.yaml: a quarter in words beside the term
        (
            "Đại hội HND cấp tỉnh lần thứ IX nhiệm kỳ 2018-2023 sẽ được tổ chức trong quý III.",
            "2018-01-10",
            (W, "2018-07-01", "2018-09-30"),
        ),
        # r-baovinhlong-nq-dai-hoi-dang-bo-tinh-2025.yaml
        (
            "Đại hội đại biểu Đảng bộ tỉnh Vĩnh Long lần thứ I, nhiệm kỳ 2025 - 2030 tiến hành từ"
            " ngày 02 đến ngày 03 tháng 10 năm 2025, tại phường Long Châu, tỉnh Vĩnh Long",
            "2025-10-03",
            (W, "2025-10-02", "2025-10-03"),
        ),
    ],
)
def test_a_real_day_beside_an_office_term_keeps_its_reading(
    phrase: str, issued: str | None, expected: tuple[object, ...]
) -> None:
    assert read_days(phrase, issued) == expected


# --- Part 2: a moment with a time of day is not rolled ---------------------------------------

# UBND TP Hồ Chí Minh's letter 606/UBND-ĐT of 26/01/2026 on Tết Bính Ngọ, as VietnamPlus
# printed it (x-vietnamplus-hcm-ve-sinh-tet-binh-ngo-2026.yaml): "Ủy ban nhân dân Thành phố
# yêu cầu các chợ, tiểu thương phải dừng hoạt động chậm nhất từ 12 giờ ngày 16/2". 16/2/2026
# is the 29th of Tết, inside the Tết days off (14/2 – 22/2): a last day counted to it rolls to
# Monday 23/2 (Bộ luật Dân sự 2015, Điều 148.5), but the markets close at noon on the 16th.
TET_PLAN = """\
schema: 1
id: hcm-ve-sinh-tet-2026
number: 606/UBND-ĐT
kind: Công văn
title: Vệ sinh môi trường dịp Tết Nguyên đán Bính Ngọ 2026
issuer: UBND Thành phố Hồ Chí Minh
jurisdiction: Thành phố Hồ Chí Minh
issued: 26/01/2026
source: {document: "https://www.vietnamplus.vn/thanh-pho-ho-chi-minh-cho-cong-nhan-ve-sinh-nghi-mung-1-va-mung-2-tet-post1090693.vnp", complete: false}
tasks:
  - id: "1"
    title: Các chợ, tiểu thương dừng hoạt động
    lead: [Sở Công Thương]
    deadline: "chậm nhất từ 12 giờ ngày 16/2"
  - id: "2"
    title: Báo cáo kết quả thu gom rác
    lead: [Sở Công Thương]
    deadline: "Trước ngày 16/02/2026"
"""


def tet_repository(tmp_path: Path) -> Path:
    root = tmp_path / "ke-hoach"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "hcm-ve-sinh-tet-2026.yaml").write_text(TET_PLAN, encoding="utf-8")
    (root / "plans" / "agencies.yaml").write_text(
        "schema: 1\nagencies:\n  - id: so-cong-thuong\n    name: Sở Công Thương\n",
        encoding="utf-8",
    )
    return root


def run(root: Path, *args: str) -> str:
    done = kehoach(*args, "--as-of", "12/02/2026", cwd=root, env=CLERK | {"COLUMNS": "200"})
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_status_keeps_a_moment_with_its_hour_on_its_day_off(tmp_path: Path) -> None:
    root = tet_repository(tmp_path)
    due = {
        item["task_id"]: (item["due"], item["due_as_written"])
        for item in json.loads(run(root, "status", "--format", "json"))["items"]
    }
    assert due["1"] == ("2026-02-16", None)  # noon on the 29th of Tết, as the letter says
    assert due["2"] == ("2026-02-23", "2026-02-16")  # a last day counted to a day off rolls
    listing = run(root, "status").split("Tổng hợp")[0]  # what falls due within 7 days
    assert "dừng hoạt động" in listing
    assert "16/02/2026" in listing
    assert "→" not in listing  # was "16/02/2026 (T2) → 23/02/2026", a week after noon
    assert "còn 4 ngày" in listing


def test_timeline_and_the_feed_keep_the_moment_on_its_day(tmp_path: Path) -> None:
    root = tet_repository(tmp_path)
    chart = run(root, "timeline", "-f", "mermaid")
    assert "dừng hoạt động:milestone, active, 2026-02-16, 0d" in chart
    assert "hạn 16/02/2026 (T2) → 23/02/2026" in chart  # said once, for the report
    assert "Báo cáo kết quả thu gom rác:milestone, 2026-02-23, 0d" in chart
    feed = run(root, "export-ics").replace("\r\n ", "")
    markets, report = feed.split("BEGIN:VEVENT")[1:]
    assert "DTSTART;VALUE=DATE:20260216" in markets
    assert "23/02/2026" not in markets
    assert "TRIGGER:-PT15H" in markets  # "Còn 1 ngày" rings at 9:00 on 15/02, the day before
    assert "DTSTART;VALUE=DATE:20260223" in report


# --- Part 3: "từ … (cho) đến khi …", a start and an end at an event with no day ---------------


@pytest.mark.parametrize(
    ("phrase", "issued", "earliest", "qualifier"),
    [
        # x-danang-chi-dao-dieu-hanh-bau-cu-2026.yaml: the day, the words after the event its step
        (
            "Từ ngày 01-3-2026 cho đến khi hoàn thành việc tổ chức bầu cử, UBND các xã, phường,"
            " các cơ quan, đơn vị liên quan tạm dừng các kế hoạch cưỡng chế liên quan đến dự án"
            " giải phóng mặt bằng, các vấn đề bức xúc khác",
            "2026-02-27",
            date(2026, 3, 1),
            "cho đến khi hoàn thành việc tổ chức bầu cử",
        ),
        # i-sggp-qd-2437-dot-thi-dua-dai-hoi-xiv-2025.yaml: a month, its first day
        (
            "Đợt thi đua được phát động từ tháng 10-2025 đến khi tổ chức thành công Đại hội XIV",
            "2025-11-04",
            date(2025, 10, 1),
            "đến khi tổ chức thành công Đại hội XIV",
        ),
        # za-sggp-khanh-hoa-lenh-cam-bien-bao-so-15-2025.yaml: a start at an hour, no year
        (
            "Theo đó, từ 7 giờ ngày 28-11, toàn bộ tàu, thuyền hoạt động trên biển phải ngừng di"
            " chuyển cho đến khi có thông báo mới.",
            "2025-11-26",
            date(2025, 11, 28),
            "cho đến khi có thông báo mới",
        ),
    ],
)
def test_a_start_until_an_event_with_no_day_is_a_start_bound(
    phrase: str, issued: str, earliest: date, qualifier: str
) -> None:
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert (reading.earliest, reading.first, reading.last) == (earliest, None, None)
    assert reading.qualifier == qualifier
    assert "sự kiện chưa có ngày" in reading.reading


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # e-hau-giang-vi-thuy-dai-hoi-2020.yaml: no start, nothing to read
        ("tạm đình tổ chức đại hội ở 3 đơn vị này cho đến khi nào có chỉ đạo mới", "2020-03-01"),
        # (za-huengaynay's "nghỉ học ngày 17/11 cho đến khi có thông báo mới", a day off with
        # no "từ", reads as its start: the lead's ruling of session 50, test_lead50)
        # a number after "đến khi" that is no storm's name ("bão số 15" is one: read, in
        # test_deadline_forms_za.py) may be a day: never passed over
        ("cấm biển từ ngày 26-11 đến khi có 3 tàu về", "2025-11-25"),
    ],
)
def test_an_until_without_a_start_or_with_a_number_after_stays_refused(
    phrase: str, issued: str
) -> None:
    refused(phrase, ctx(issued))


@given(
    day=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    event=st.sampled_from(
        [
            "hoàn thành việc tổ chức bầu cử",  # x-danang-chi-dao-dieu-hanh-bau-cu-2026.yaml
            "có thông báo mới",  # za-sggp-khanh-hoa-lenh-cam-bien-bao-so-15-2025.yaml
            "Nhà máy nước Tân Hiệp khắc phục hoàn tất sự cố kỹ thuật",  # z-capnuoctrungan
        ]
    ),
    until=st.sampled_from(["đến khi", "cho đến khi", "tới khi"]),
)
def test_until_an_event_never_reads_a_last_day_and_a_day_after_it_is_refused(
    day: date, event: str, until: str
) -> None:
    start = f"Từ ngày {day.day}/{day.month}/{day.year}"
    (reading,) = parse_deadlines(f"{start} {until} {event}", ctx())
    assert (reading.earliest, reading.first, reading.last) == (day, None, None)
    later = day + timedelta(days=30)
    dated = f"{start} {until} {event} ngày {later.day}/{later.month}/{later.year}"
    refused(dated, ctx())


# --- Part 4: the source a reading cites --------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "rule"),
    [
        # y-hcm-pso-qd-77-2010-ttg-bao-cao-thong-ke-co-so.yaml: QĐ 77/2010/QĐ-TTg's rule
        ("Ngày 12 tháng sau tháng tháng báo cáo", "2010-11-30", "hằng tháng, hạn ngày 12"),
        # a-bhxh-cv-2618-2010.yaml: a letter of 2010, nine years before the decree
        ("thời gian chốt số liệu ngày 25 tháng báo cáo", "2010-06-28", "hằng tháng, hạn ngày 25"),
        # a-tt-35-2015-nhnn.yaml: the State Bank's circular of 2015
        (
            "gửi báo cáo chậm nhất vào ngày 12 của tháng tiếp theo ngay sau kỳ báo cáo",
            None,
            "hằng tháng, hạn ngày 12",
        ),
        # a-tt-02-2023-btttt.yaml: a circular that applies the decree sets its own days
        (
            "Chậm nhất ngày 15 (mười lăm) của tháng báo cáo đối với báo cáo định kỳ hằng tháng",
            None,
            "hằng tháng, hạn ngày 15",
        ),
    ],
)
def test_a_report_day_cites_no_law_of_its_own(phrase: str, issued: str | None, rule: str) -> None:
    # it cited "(Nghị định 09/2019/NĐ-CP)" for every report day, whatever set it
    (reading,) = parse_deadlines(phrase, ctx(issued))
    assert reading.reading.startswith(rule)
    assert "Nghị định" not in reading.reading


@pytest.mark.parametrize(
    ("phrase", "cited"),
    [
        # a-tt-09-2019-nhnn.yaml: the decree's own monthly and half-year periods
        ("Tính từ ngày 15 tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo", True),
        (
            "06 tháng đầu năm tính từ ngày 15/12 năm trước kỳ báo cáo đến ngày 14/6 của kỳ báo cáo",
            True,
        ),
        # a-tt-02-2019-btc.yaml: a calendar month, the Ministry of Finance's own period
        ("Được tính bắt đầu từ ngày 01 đầu tháng cho đến hết ngày cuối cùng của tháng", False),
    ],
)
def test_a_data_period_cites_the_decree_only_when_it_is_the_decrees(
    phrase: str, cited: bool
) -> None:
    (reading,) = parse_deadlines(phrase, ctx())
    assert reading.reading.startswith("kỳ số liệu báo cáo ")
    assert ("(như Nghị định 09/2019/NĐ-CP, Điều 12)" in reading.reading) is cited
