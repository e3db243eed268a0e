"""Conventions the lead settled in session 21 (branch conv13), each on real phrases quoting
the corpus file they come from (tests/corpus/), and a property where a form has a parameter
space.

Part 1, terms of office: a term alone is the time of the work; the term of an election, a
congress, a council or an office holder elected is the office's term, not a deadline.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

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
