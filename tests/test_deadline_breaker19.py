"""The damaged-copy hunt as a bounded test (issue 11, §1: never a silent wrong date).

A phrase reaches kehoach pasted, rarely as printed: diacritics stripped wholly, in part or in
one word, one letter with a diacritic lost wherever it stood (a PDF font without its glyph)
or in one word, capitals, a semicolon or a full stop for a comma, "ngày" dropped, a line
break, a dash for "đến", a slash with blanks, d.m.yyyy (tests/copyvariants.py). Every corpus
phrase read right or refused as expected (a- … zs-; never the held-out zt-, zu-), so varied,
must read the same days as printed or be refused: tests/corpus/hunt.py (`make hunt`) tries
every variant; the test below tries a fixed sample of them, every kind and every set, in
under a minute.

The full hunt on main at 44a07a6e (harden19): the 5,541 phrases of a- … zm- read right or
refused as expected, 282,676 copies; 231 read wrong (122 phrases, 119 files), 3 of them only
the same days in another shape (a window read as its start and its end: the comparison now
takes the days named, `copyvariants.signature`). Closed here as families: "ã" for "đã" (a
font without "đ"), "loạt", "thuận", "so vi", "tinh đến", "tu" typed bare, "toi" after a
deadline, a paper drawn up ("lap ngay") in a bare copy, a year told reviewed in a bare copy;
100 copies of 58 phrases are left (95 a refusal read as a deadline, 5 read otherwise than the
phrase), by cause: 49 a letter lost from a word the repair does not know ("HND", "Lut", "thi tiết",
"phê duyt"; 47 of them a refusal read), 34 a copy typed bare wholly or in part whose refusal
keys on marked words (zc-hadong's "thanh lap", zd-tien-giang's "giua thang 8 … se",
za-dantri's "can nhac giua … phuong an"; all refusals read), 15 a semicolon or a full stop
for the comma between a told event and its day (14 refusals read; zd-xuanque's "tổ chức;
hoạt động năm 2025" reads 2025 too), 2 "ngày" dropped (y-hcm-pso's "Ngày 12 tháng sau …"
without "Ngày" says "12 tháng sau"; b-znews the same two days). The sample below (one phrase
in 10, one copy in 5 of each: ~660 phrases, ~5,500 copies, every kind, every set) takes
37 s on one core of this 2-core machine (the test fails past 120 s of CPU); with zn-, zo-
(tuning data since session 28, harden20): 692 phrases, 5,821 copies, 36 s of CPU.

Each phrase below is real (its corpus file named) or that phrase so varied.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copyvariants import KINDS, signature, variants, wrong
from deadline_forms import ctx, one, refused
from kehoach.base.text import unaccent
from kehoach.dates.deadline import parse_deadlines

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))
import hunt

# one phrase in PHRASES, one variant in VARIANTS of each (tests/corpus/hunt.py's sample)
PHRASES, VARIANTS = 10, 5


def test_a_fixed_sample_of_the_hunt_finds_no_copy_read_wrong() -> None:
    started = time.process_time()
    todo = hunt.chosen(sample=PHRASES)
    result = hunt.hunt(todo, keep=VARIANTS)
    seconds = time.process_time() - started
    assert result.variants is not None and result.found is not None
    # every kind of damage is tried, in every set of the corpus
    assert set(result.variants) == set(KINDS)
    held_out = {prefix.rstrip("-") for prefix in hunt.HELD_OUT_NOW}  # zt- (session 30), zu- (31)
    sets = {entry.file.split("-")[0] for entry in hunt.entries(hunt.CORPUS)} - held_out
    assert {entry.file.split("-")[0] for entry in todo} == sets
    assert not result.found, "\n".join(hunt.report(result))
    assert seconds < 120, f"the sample took {seconds:.0f} s"


# --- The generator's properties ------------------------------------------------------------
#
# Phrases of the corpus read right (file named), and refused as expected.
READ = [
    ("Từ ngày 29/11 đến ngày 1/12/2023", "2023-06-01"),  # l-kon-tum-ngay-hoi-tay-nguyen-2023
    ("Nhấn mạnh hoàn thành trước tháng 6/2026", None),  # zj-tansonnhatcargo-san-bay-long-thanh
    ("Đại hội điểm vào đầu tháng 1-2017", None),  # y-cuuchienbinh-huong-dan-dai-hoi-2017
    ("Thời gian: Từ năm 2021 đến năm 2025", "2021-11-17"),  # f-dong-thap-kh-334-2021
    ("Ngày bắt đầu : 27/8/2012, ngày kết thúc: 04/01/2013.", None),  # w-ben-tre
]
REFUSED = [
    ("Thời điểm điều tra là 0 giờ ngày 1-4-2019", "2019-03-19"),  # d-tdt-2019-anninhthudo
    ("Ngày hiệu lực: 01-10-2019", None),  # w-tuyen-quang-sxd-van-ban-phap-quy-2019
    ("những tháng cuối năm 2025", "2025-11-04"),  # a-press-cp-nq-86-2025
]


@pytest.mark.parametrize(("phrase", "issued"), READ + REFUSED)
def test_the_variants_are_fixed_and_each_a_copy_of_its_own(phrase: str, issued: str | None) -> None:
    given_ = list(variants(phrase))
    assert given_ == list(variants(phrase))  # the same on every run
    texts = [text for _, text in given_]
    assert phrase not in texts and len(set(texts)) == len(texts)
    assert {kind for kind, _ in given_} <= set(KINDS)
    assert all(text.strip() for text in texts)


@settings(max_examples=60, deadline=None)
@given(told=st.sampled_from(READ + REFUSED), at=st.integers(min_value=0, max_value=200))
def test_property_a_copy_never_reads_a_different_day(told: tuple[str, str | None], at: int) -> None:
    """A phrase read right or refused as expected, varied in any way a copy varies it: the
    same days, or refused."""
    phrase, issued = told
    given_ = list(variants(phrase))
    kind, text = given_[at % len(given_)]
    printed = signature(phrase, ctx(issued))
    assert not wrong(printed, signature(text, ctx(issued))), (kind, text)


# --- A. A letter lost by a font: "đ" of "đã", "ạ" of "loạt", "ậ" of "thuận" ------------------
#
# The font without "đ" prints "đã" as "ã", a letter alone the repair never read ("a", "b",
# "đ" alone are a list's letters or a unit; "ã" alone is no word): a resolution told passed,
# a term told led, read as due. "đồng loạt tổ chức" (held at once: told done) and "Thỏa thuận"
# (an agreement named by its period) lost a letter the same way.
LOST_LETTER = [
    # zf-baonghean-co-che-dac-thu-nghe-an-2024 (no "đ" anywhere: "ã", "thí iểm", "ặc thù")
    (
        "Sáng 26/6, tại Kỳ họp thứ 7, Quốc hội khóa XV ã thông qua Nghị quyết về bổ sung thí "
        "iểm một số cơ chế, chính sách ặc thù phát triển tỉnh Nghệ An",
        "2024-06-26",
    ),
    # zk-baophutho-dai-hoi-dang-bo-xa-dai-dong-2025 (the term led, "đã" alone damaged)
    (
        "Nhiệm kỳ 2020 - 2025, Đảng bộ xã Đại Đồng ã lãnh đạo toàn diện nhiệm vụ chính trị và "
        "đạt được kết quả tích cực",
        "2025-07-22",
    ),
    # v-moitruong-tet-trong-cay-binh-ngo-2026 (no "ạ": the day a launch was held)
    (
        "nhiều tỉnh, thành phố và lực lượng vũ trang trên cả nước đã đồng lot tổ chức lễ phát "
        "động “Tết trồng cây đời đời nhớ ơn Bác Hồ” vào ngày 22/2 (mùng 6 Tết Bính Ngọ)",
        None,
    ),
    # zk-baodantoc-tuan-van-hoa-tay-bac-luong-pha-bang-2023 (no "ậ": an agreement's period)
    (
        "Thỏa thun liên kết hợp tác phát triển du lịch giữa TP. Hồ Chí Minh và 8 tỉnh Tây Bắc "
        "giai đoạn 2020 - 2025",
        "2023-10-05",
    ),
]


@pytest.mark.parametrize(("phrase", "issued"), LOST_LETTER)
def test_a_word_that_lost_a_letter_is_refused(phrase: str, issued: str | None) -> None:
    assert "mất dấu" in refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # the words whole read as before
        ("Hoàn thành trước ngày 15/5/2027", "2027-05-15"),
        ("Đã có kế hoạch; các đơn vị hoàn thành trước ngày 30/6/2027", "2027-06-30"),
    ],
)
def test_the_words_whole_still_read(phrase: str, last: str) -> None:
    assert str(one(phrase, ctx("2027-01-05")).last) == last


# --- B. "tới" typed bare after a deadline ------------------------------------------------------
#
# x-lang-son-vp-2881-chuyen-doi-so-skhcn-2025: "… có thời hạn hoàn thành trong năm 2025;
# báo cáo UBND tỉnh về tiến độ … trong thời gian tới" is refused as printed ("tới" after the
# time may name another time); a copy typed bare ("trong thoi gian toi") read the year as the
# step's window.
# "toi" after a deadline is "tới" as `_NOT_IN_STEP` reads it ("tối đa", "tối thiểu" are bounds).
CHU_TRI = (
    "Chủ trì, phối hợp với các cơ quan liên quan rà soát lại các nhiệm vụ UBND tỉnh đã giao "
    "cho các cơ quan, đơn vị, địa phương tại các Kế hoạch của UBND tỉnh có liên quan đến công "
    "tác chuyển đổi số có thời hạn hoàn thành trong năm 2025; báo cáo UBND tỉnh về tiến độ, "
    "kết quả triển khai thực hiện đối với từng nhiệm vụ cụ thể, những khó khăn, vướng mắc, "
    "nguyên nhân và phương hướng, giải pháp triển khai thực hiện trong thời gian tới"
)


@pytest.mark.parametrize("copy", [str, unaccent, lambda text: unaccent(text).upper()])
def test_time_to_come_typed_bare_after_a_deadline_is_refused(copy: Callable[[str], str]) -> None:
    assert "“toi”" in refused(copy(CHU_TRI), ctx("2025-05-07")) or copy is str


# --- C. The last two the sample found on main ---------------------------------------------
@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # ze-cukhoi-long-bien-cong-khai-phuong-an-boi-thuong-2020 typed bare: a draft drawn up
        # that day (refused as printed), read as due 29/10/2020
        (
            "(Phuong an du thao do Hoi dong BTHT&TDC quan Long Bien lap ngay 29/10/2020)",
            "2020-11-01",
        ),
        (
            "(PHUONG AN DU THAO DO HOI DONG BTHT&TDC QUAN LONG BIEN LAP NGAY 29/10/2020)",
            "2020-11-01",
        ),
        # zh-thuvienphapluat-bac-giang-kh-2-dich-benh-truyen-nhiem-2025 without its "ớ": a
        # comparison with a past year ("so với năm 2023"), read as all of 2023
        (
            "cao so vi năm 2023, đặc biệt bệnh sởi đã ghi nhận 6.725 trường hợp mắc (tăng",
            "2025-01-04",
        ),
    ],
)
def test_a_told_day_or_year_in_a_damaged_copy_is_refused(phrase: str, issued: str) -> None:
    refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Cac don vi thanh lap to cong tac truoc ngay 29/11/2027", "2027-11-29"),
        ("Xử lý vi phạm trong tháng 6/2027", "2027-06-30"),
    ],
)
def test_founding_and_offences_still_read(phrase: str, last: str) -> None:
    assert str(parse_deadlines(phrase, ctx("2027-01-05"))[-1].last) == last


# --- D. "tính đến", "từ" typed bare among marked words ---------------------------------------
@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zb-sggp-chuan-bi-le-khoi-cong-234-cong-trinh-2025: a figure as of a day
        (
            "Theo báo cáo của Bộ Xây dựng, tinh đến ngày 14-12, đã có 234 công trình, dự án đủ "
            "điều kiện triển khai tại 34 tỉnh, thành phố",
            "2025-12-15",
        ),
        # z-baonghean-lich-tuu-truong-34-tinh-2025-2026, za-huengaynay-nghi-hoc-3-11-tranh-lu-
        # 2025: begun on the day (told done), read as a start
        ("Tuyên Quang: Học sinh lớp 1, 9 và 12 đã tựu trường tu 18/8/2025", "2025-08-20"),
        ("Nước rút, một số trường đã dọn dẹp vệ sinh tu ngày 30/10", "2025-10-30"),
    ],
)
def test_a_word_typed_bare_that_a_refusal_reads_is_repaired(phrase: str, issued: str) -> None:
    assert "mất dấu" in refused(phrase, ctx(issued))


def test_a_start_typed_bare_still_reads() -> None:
    (reading,) = parse_deadlines("Học sinh tựu trường tu ngày 18/8/2025", ctx("2025-08-01"))
    assert str(reading.earliest) == "2025-08-18"


# --- E. A year told reviewed, in a copy typed bare or with a semicolon ----------------------
#
# zd-xuanque-dongnai-ky-hop-6-hdnd-xa-2025: the reports on 2025 were heard, 2026 is the time of
# work (the lead's convention 10); a copy typed bare, or with a semicolon after the year
# reviewed, read both years as windows.
XUAN_QUE = (
    "Hội đồng nhân dân xã đã xem xét các báo cáo của Thường trực HĐND và các Ban HĐND về tình "
    "hình tổ chức, hoạt động năm 2025, phương hướng nhiệm vụ năm 2026"
)


@pytest.mark.parametrize(
    "copy",
    [
        str,
        unaccent,
        lambda text: text.replace("xem xét", "xem xet"),
        lambda text: text.replace("năm 2025,", "năm 2025;"),
    ],
)
def test_a_year_told_reviewed_is_cut_in_any_copy(copy: Callable[[str], str]) -> None:
    (reading,) = parse_deadlines(copy(XUAN_QUE), ctx("2025-12-26"))
    assert (str(reading.first), str(reading.last)) == ("2026-01-01", "2026-12-31")
