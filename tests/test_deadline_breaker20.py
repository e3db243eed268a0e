"""The damaged-copy hunt's leftovers, and zn-/zo- hunted (issue 11, §1: never a silent wrong
date).

harden19's hunt (tests/corpus/hunt.py) left 100 copies of 58 phrases of a- … zm- read wrong;
zn- and zo-, tuning data since session 28, added 6 (5 of 4 phrases of zn-, 1 of zo-). Closed
here as families, each by the shape that makes the copy safe rather than by a list of its
damaged spellings:

A. the words of a council, a committee, a sitting that a term's refusal keys on, matched on
   their skeleton with the vowel optional ("HND", "Ban Chp hành", "y ban MTTQ", "phin họp",
   "k họp": a font without "Đ", "ấ", "Ủ", "ê", "ỳ");
B. a letter alone between two words of a sentence is a word that lost its one vowel ("đ" for
   "đã", "k" for "kỳ", "x" for "xã"), repaired and read again like any damaged word, and a
   capitalised word with no vowel is no name ("Ban Chp hành", "Tt Nguyên đán");
C. more words a refusal reads, typed bare in a copy that keeps other marks ("thong qua", "den
   nay", "dot mưa", "lap ngày", "vao tháng"), a lost letter before the word that shows it
   ("hon tổ chức": "hoãn"; "thi tiết": "thời tiết"; "ánh giá": "đánh giá"; "Tha thuận"),
   and the words a refusal keys on that the repair did not know ("phê duyệt", "chấp",
   "phiên", "xã", "bế mạc", "biến", "biết").

D. in a copy typed bare throughout, those words put back at once and the phrase read again
   (a bare copy may be refused where the printed phrase is read, never read otherwise);
E. a semicolon or a full stop before a word of time in lower case read again as the comma it
   stood for ("… tại VNVC Tuy Hòa; ngày 25/11"), never a list's number ("1. Thời gian").

The figures (main 1f27fe63 -> this branch), on the 156 phrases of the 60 files where the hunt
found a copy read wrong (a- … zo-; zn-/zo- hunted whole first: 150 and 154 phrases, 6,627 and
7,005 copies): 106 copies of 63 phrases read wrong -> 47 of 28, none new. By cause: a letter
lost 53 -> 20, typed bare wholly or in part 36 -> 19, ";"/"." for a comma 15 -> 6, "ngày"
dropped 2 -> 2. Corpus verdicts unchanged (compare.py: 0 better, 0 worse).

Each phrase below is real (its corpus file named) or that phrase so damaged.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copyvariants import signature, variants, wrong
from deadline_forms import ctx, one, refused
from kehoach.base.text import unaccent
from kehoach.dates.deadline import parse_deadlines

# --- A. A term's council, committee, sitting: the skeleton without its vowel ----------------
TERMS = [
    # g-baolangson-ky-hop-16-hdnd-2023
    ("HĐND tỉnh khóa XVII, nhiệm kỳ 2021- 2026", None),
    # zo-baogialai-dai-hoi-dang-bo-tinh-gia-lai-lan-thu-i-2025
    (
        "Được sự đồng ý của Bộ Chính trị, Ban Chấp hành Đảng bộ tỉnh Gia Lai nhiệm kỳ 2020-2025 "
        "quyết định triệu tập Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030",
        None,
    ),
    # zc-baogialai-hoi-lhpn-tinh-hoat-dong-2026
    (
        "phân công nhiệm vụ đối với các Ủy viên Ban Chấp hành Hội LHPN tỉnh khóa I, nhiệm kỳ "
        "2025-2030",
        "2026-01-29",
    ),
    # zk-mattran-gia-lai-dai-hoi-mttq-tinh-xi-2024
    ("Báo cáo kiểm điểm hoạt động của Ủy ban MTTQ Việt Nam tỉnh, nhiệm kỳ 2019-2024", None),
]


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        ("HND tỉnh khóa XVII, nhiệm kỳ 2021- 2026", None),
        ("HDND tỉnh khóa XVI, nhiệm kỳ 2016 – 2021", None),
        (TERMS[1][0].replace("ấ", ""), None),
        (TERMS[2][0].replace("ấ", ""), "2026-01-29"),
        (TERMS[3][0].replace("ủ", "").replace("Ủ", ""), None),
        # zc-baogialai-ban-chi-dao-chuong-trinh-hanh-dong-01-2026, no "ê"
        (
            "chủ trì phin họp thứ nhất Ban Chỉ đạo thực hiện Chương trình hành động của Ban Chấp "
            "hành Đảng bộ tỉnh thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, "
            "nhiệm kỳ 2025-2030",
            "2026-02-04",
        ),
    ],
)
def test_a_term_named_by_a_council_that_lost_a_letter_is_refused(
    phrase: str, issued: str | None
) -> None:
    assert "nhiệm kỳ" in refused(phrase, ctx(issued))


@settings(max_examples=40, deadline=None)
@given(told=st.sampled_from(TERMS), at=st.integers(min_value=0, max_value=400))
def test_property_a_term_copied_in_any_way_is_never_read(
    told: tuple[str, str | None], at: int
) -> None:
    """A term's council or committee, its copy varied in any way a copy varies it (a letter
    lost everywhere or in one word, typed bare, …): still refused."""
    phrase, issued = told
    given_ = list(variants(phrase))
    kind, text = given_[at % len(given_)]
    assert signature(text, ctx(issued)) is None, (kind, text)


def test_the_terms_work_still_reads() -> None:
    reading = one("Mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp nhiệm kỳ 2025 - 2030", ctx("2025-10-01"))
    assert (str(reading.first), str(reading.last)) == ("2025-01-01", "2030-12-31")


# --- B. A letter alone between two words: a word that lost its vowel ------------------------
LETTER_ALONE = [
    # zn-mnpthinh-khanh-hoa-hoc-tap-nq-xiv-2026, no "ã" ("đã")
    (
        "ngày 07/02/2026, Chi bộ trường Mầm non Phước Thịnh đ nghiêm túc tham gia Hội nghị học "
        "tập, quán triệt Nghị quyết theo hình thức trực tuyến, kết nối với điểm cầu Trung ương",
        "2026-02-07",
    ),
    # zn-vietnamplus-ct-06-ttg-sau-tet-binh-ngo-2026, no "ỳ" ("kỳ")
    (
        "Thủ tướng Chính phủ Phạm Minh Chính ký ban hành Chỉ thị số 06/CT-TTg ngày 23/2/2026 về "
        "việc đôn đốc thực hiện nhiệm vụ trọng tâm sau k nghỉ Tết Nguyên đán Bính Ngọ năm 2026",
        "2026-02-25",
    ),
    # zd-xuanque-dongnai-ky-hop-6-hdnd-xa-2025, no "ã" ("xã", "đã")
    (
        "Ngày 26/12/2025, trong không khí trang trọng và đầy kỳ vọng, được sự chấp thuận của Ban "
        "Thường vụ Đảng ủy x, Thường trực HĐND x khóa VI, nhiệm kỳ 2021-2026 đ triệu tập đại biểu "
        "dự kỳ họp thứ 6 (kỳ họp cuối năm)",
        "2025-12-26",
    ),
    # zj-sggp-tong-ket-bo-xay-dung-2025, no "ã"
    (
        "Ngày 21-12, tại Hà Nội, Thủ tướng Phạm Minh Chính đ đến dự, phát biểu tại hội nghị tổng "
        "kết công tác năm 2025 và triển khai nhiệm vụ năm 2026 của Bộ Xây dựng",
        "2025-12-21",
    ),
]


@pytest.mark.parametrize(("phrase", "issued"), LETTER_ALONE)
def test_a_letter_alone_between_words_is_a_damaged_word(phrase: str, issued: str) -> None:
    refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    "phrase",
    [
        # a list's letters and a unit stay what they are
        "Cộng tác viên nhóm a hoàn thành trước ngày 15/5/2027",
        "b) Trước ngày 15 tháng 5 năm 2027",
        "đ) Trước ngày 15 tháng 5 năm 2027",
    ],
)
def test_a_letter_that_labels_is_still_a_letter(phrase: str) -> None:
    assert str(one(phrase, ctx("2027-01-05")).last) == "2027-05-15"


@settings(max_examples=40, deadline=None)
@given(
    day=st.integers(min_value=1, max_value=28),
    month=st.integers(min_value=1, max_value=12),
    subject=st.sampled_from(["Chi bộ trường", "Thủ tướng", "Đoàn công tác của tỉnh", "UBND xã"]),
    verb=st.sampled_from(["tham gia hội nghị", "đến thăm, chúc Tết", "triệu tập đại biểu"]),
)
def test_property_done_told_without_its_a_is_never_a_day_due(
    day: int, month: int, subject: str, verb: str
) -> None:
    """ "đã" told done, its "ã" lost ("đ"), beside a day: refused like the whole word."""
    phrase = f"Ngày {day}/{month}/2026, {subject} đ {verb}"
    refused(phrase.replace(" đ ", " đã "), ctx("2026-12-01"))
    refused(phrase, ctx("2026-12-01"))


# --- C. Words a refusal reads, typed bare or without a letter -------------------------------
TYPED = [
    # zd-thuvienphapluat-nq-104-2025-ubtvqh15-ky-hop-hdnd-xa ("thong qua": passed)
    (
        "Ngày 26/09/2025 Ủy ban Thường vụ Quốc hội thông qua Nghị quyết 104/2025/UBTVQH15 về Quy "
        "chế làm việc mẫu của Hội đồng nhân dân xã, phường, đặc khu",
        "2025-10-18",
        "thông",
    ),
    # zh-thanhnien-tu-van-mua-thi-dong-nai-2026 ("den": went)
    ("Thí sinh đến ngày hội Tư vấn mùa thi sáng 24.1 ẢNH: NGỌC LONG", "2026-01-24", "đến"),
    # u-hai-phong-tb-245-hoan-tiep-cong-dan-2021 ("hoan", "hon": put off)
    (
        "UBND thành phố hoãn tổ chức tiếp công dân định kỳ tháng 6/2021",
        "2021-06-29",
        "hoãn",
    ),
    # ze-cukhoi-long-bien-cong-khai-phuong-an-boi-thuong-2020 ("lap": drawn up)
    (
        "(Phương án dự thảo do Hội đồng BTHT&TĐC quận Long Biên lập ngày 29/10/2020)",
        "2020-11-12",
        "lập",
    ),
    # zf-nongnghiepmoitruong-ha-tinh-gpmb-duong-sat-toc-do-cao ("phê duyt": approved)
    (
        "Dự án đường sắt tốc độ cao trên trục Bắc – Nam được Quốc hội phê duyệt chủ trương đầu "
        "tư vào tháng 11/2024",
        None,
        "duyệt",
    ),
    # p-baothanhhoa-du-bao-chay-rung-2025 ("thi tiết", "thời tit": the weather)
    ("từ ngày 10/8 - 13/8/2025, thời tiết trên địa bàn các xã, phường", "2025-08-09", "thời"),
    ("từ ngày 10/8 - 13/8/2025, thời tiết trên địa bàn các xã, phường", "2025-08-09", "tiết"),
]


def _bare(word: str) -> Callable[[str], str]:
    return lambda text: text.replace(word, unaccent(word))


def _lost(word: str) -> Callable[[str], str]:
    """`word` without its first letter with a diacritic (as one word of a copy loses it)."""
    letter = next(c for c in word if unaccent(c) != c and c != "đ") if word != "đến" else "ế"
    return lambda text: text.replace(word, word.replace(letter, ""))


@pytest.mark.parametrize(("phrase", "issued", "word"), TYPED)
@pytest.mark.parametrize("damage", [_bare, _lost])
def test_a_word_a_refusal_reads_damaged_is_refused(
    phrase: str, issued: str | None, word: str, damage: Callable[[str], Callable[[str], str]]
) -> None:
    refused(phrase, ctx(issued))
    copy = damage(word)(phrase)
    assert not wrong(signature(phrase, ctx(issued)), signature(copy, ctx(issued))), copy


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # the words whole, or their bare spellings where nothing is refused, read as before
        ("Các đơn vị thông qua kế hoạch trước ngày 15/5/2027", "2027-05-15"),
        ("Hoàn thành việc lập hồ sơ trước ngày 15/5/2027", "2027-05-15"),
        ("Tổ chức liên hoan văn nghệ trước ngày 15/5/2027", "2027-05-15"),
    ],
)
def test_the_words_whole_still_read(phrase: str, last: str) -> None:
    assert str(one(phrase, ctx("2027-01-05")).last) == last


@settings(max_examples=40, deadline=None)
@given(
    told=st.sampled_from(TYPED),
    damage=st.sampled_from([_bare, _lost]),
)
def test_property_a_refused_phrase_damaged_in_its_word_is_never_read(
    told: tuple[str, str | None, str], damage: Callable[[str], Callable[[str], str]]
) -> None:
    """A refused phrase whose refusing word a copy typed bare or lost a letter of: refused."""
    phrase, issued, word = told
    assert signature(damage(word)(phrase), ctx(issued)) is None


# --- D. A copy typed bare throughout: the words a refusal reads put back at once -------------
BARE = [
    # zn-mnpthinh-khanh-hoa-hoc-tap-nq-xiv-2026 ("da": told done)
    (
        "ngày 07/02/2026, Chi bộ trường Mầm non Phước Thịnh đã nghiêm túc tham gia Hội nghị học "
        "tập, quán triệt Nghị quyết theo hình thức trực tuyến, kết nối với điểm cầu Trung ương",
        "2026-02-07",
    ),
    # zn-truongchinhtri-lai-chau-tham-tet-2026 ("da den tham": visited)
    (
        "Sáng 11/2, Đoàn công tác của lãnh đạo Đảng, Nhà nước do Phó Giáo sư, Tiến sĩ Đoàn Minh "
        "Huấn, Ủy viên Bộ Chính trị, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh làm Trưởng "
        "đoàn đã đến thăm, chúc Tết cán bộ, chiến sĩ lực lượng vũ trang",
        "2026-02-11",
    ),
]


@pytest.mark.parametrize(("phrase", "issued"), BARE)
@pytest.mark.parametrize("copy", [str, unaccent, lambda text: unaccent(text).upper()])
def test_a_told_event_typed_bare_throughout_is_refused(
    phrase: str, issued: str, copy: Callable[[str], str]
) -> None:
    refused(copy(phrase), ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # a bare copy whose words put back read the same days reads as before
        ("Hoan thanh truoc ngay 15/5/2027", "2027-05-15"),
        ("Cac don vi trien khai tu ngay 1/5 den ngay 15/5/2027", "2027-05-15"),
        ("Hoan thanh truoc ngay 15/5/2027, da co ke hoach", "2027-05-15"),
    ],
)
def test_a_bare_deadline_still_reads(phrase: str, last: str) -> None:
    assert str(parse_deadlines(phrase, ctx("2027-01-05"))[-1].last) == last


@settings(max_examples=30, deadline=None)
@given(
    day=st.integers(min_value=1, max_value=28),
    month=st.integers(min_value=1, max_value=12),
    verb=st.sampled_from(["tham gia hoi nghi", "den tham, chuc Tet", "ky ban hanh Nghi quyet"]),
)
def test_property_a_bare_told_event_is_never_a_day_due(day: int, month: int, verb: str) -> None:
    """A told event typed bare ("da …"), beside a day: refused, as its marked original is."""
    refused(f"Ngay {day}/{month}/2026, Uy ban nhan dan tinh da {verb}", ctx("2026-12-01"))


# --- E. A semicolon or a full stop for a comma -----------------------------------------------
COMMA = [
    # zh-vnexpress-vnvc-tiem-vaccine-vung-lu-2025 (a photo's caption: the day it was taken)
    (
        "Trong ảnh, nhiều người dân đang chờ tiêm vaccine uốn ván tại VNVC Tuy Hòa, ngày 25/11",
        "2025-11-26",
    ),
    # zc-tienphong-ket-luan-190-dai-hoi-dang-bo-2025 (a photo's caption)
    (
        "Tổng Bí thư Tô Lâm phát biểu tại cuộc làm việc của Bộ Chính trị với Ban Thường vụ Đảng "
        "ủy Công an Trung ương, ngày 8/9",
        "2025-09-09",
    ),
]


@pytest.mark.parametrize(("phrase", "issued"), COMMA)
@pytest.mark.parametrize("mark", [";", ". "])
def test_a_mark_for_a_comma_never_reads_other_days(
    phrase: str, issued: str | None, mark: str
) -> None:
    printed = signature(phrase, ctx(issued))
    for at in [i for i, char in enumerate(phrase) if char == ","]:
        copy = phrase[:at] + mark.strip() + phrase[at + 1 :]
        assert not wrong(printed, signature(copy, ctx(issued))), copy


def test_semicolons_between_steps_still_read() -> None:
    readings = parse_deadlines(
        "Hoàn thành dự thảo trước ngày 15/5/2027; trình UBND tỉnh trước ngày 30/6/2027",
        ctx("2027-01-05"),
    )
    assert [str(one.last) for one in readings] == ["2027-05-15", "2027-06-30"]


@settings(max_examples=30, deadline=None)
@given(
    day=st.integers(min_value=1, max_value=28),
    month=st.integers(min_value=1, max_value=12),
    mark=st.sampled_from([";", "."]),
)
def test_property_a_caption_with_any_mark_is_never_a_day_due(
    day: int, month: int, mark: str
) -> None:
    """A photo's caption ("… tại VNVC Tuy Hòa, ngày 25/11"), its comma copied as ";" or ".":
    refused as printed, never read as a day due."""
    phrase = f"Trong ảnh, người dân chờ tiêm vaccine tại VNVC Tuy Hòa{mark} ngày {day}/{month}"
    assert signature(phrase, ctx("2025-11-26")) is None


# --- F. A lost "đ" or "ỏ" before the word that shows it ---------------------------------------
@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zj-quangngai-hop-giai-ngan-dau-tu-cong-6-thang-2024 (a half-year reviewed)
        (
            "UBND tỉnh họp ánh giá kết quả giải ngân vốn đầu tư công 6 tháng đầu năm 2024",
            "2024-07-10",
        ),
        # zj-hethongphapluat-lang-son-kh-234-khcn-cds-2026 (a period reviewed, a heading)
        (
            "A. ÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHOA HỌC CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ "
            "CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2021 - 2025",
            "2025-09-05",
        ),
        # zk-baodantoc-tuan-van-hoa-tay-bac-luong-pha-bang-2023 (an agreement named)
        (
            "Tha thuận liên kết hợp tác phát triển du lịch giữa TP. Hồ Chí Minh và 8 tỉnh Tây Bắc "
            "giai đoạn 2020 - 2025",
            "2023-10-05",
        ),
    ],
)
def test_a_review_or_an_agreement_that_lost_a_letter_is_refused(
    phrase: str, issued: str | None
) -> None:
    assert "mất dấu" in refused(phrase, ctx(issued))


def test_a_complaint_reflected_still_reads() -> None:
    phrase = "Trong thời hạn 10 ngày, kể từ ngày nhận được đơn phản ánh, kiến nghị."
    assert one(phrase, ctx("2027-01-05")).relative is not None


@settings(max_examples=30, deadline=None)
@given(
    first=st.integers(min_value=2015, max_value=2030),
    span=st.integers(min_value=1, max_value=5),
    told=st.sampled_from(
        [("ánh giá", "đánh giá"), ("ÁNH GIÁ", "ĐÁNH GIÁ"), ("Tha thuận", "Thỏa thuận")]
    ),
)
def test_property_a_word_without_its_letter_never_reads_other_days(
    first: int, span: int, told: tuple[str, str]
) -> None:
    """A review or an agreement beside a period, its "đ" or "ỏ" lost: the days the whole
    word reads, or refused."""
    damaged, whole = told
    phrase = f"{whole} kết quả thực hiện kế hoạch giai đoạn {first} - {first + span}"
    printed = signature(phrase, ctx("2024-07-10"))
    assert not wrong(printed, signature(phrase.replace(whole, damaged), ctx("2024-07-10")))


# F. (the lead's review, session 28) a speech given at a meeting and carried out dates the
# meeting, in a copy that lost its marks too: the full hunt on the merge found 16 copies of
# zn-baomoi-tuyen-quang-hoi-nghi-bch-lan-18-2024's phrase read as due 13/03/2024, 11 of them
# bare wholly or in part (tune-zn's rule was matched on the marked words only)
SPEECH = (
    "triển khai bài phát biểu của đồng chí Tổng Bí thư Nguyễn Phú Trọng, Trưởng Tiểu ban "
    "nhân sự Đại hội XIV của Đảng tại phiên họp đầu tiên của Tiểu ban nhân sự ngày 13/3/2024"
)


@pytest.mark.parametrize(
    "copy",
    [
        SPEECH,
        unaccent(SPEECH),
        SPEECH.replace("triển khai bài phát biểu", "trien khai bai phat bieu"),
        SPEECH.replace("tại phiên họp", "tai phien hop"),
    ],
)
def test_a_speech_carried_out_dates_its_meeting_in_a_bare_copy_too(copy: str) -> None:
    assert "không phải thời hạn" in refused(copy, ctx("2024-04-09"))
