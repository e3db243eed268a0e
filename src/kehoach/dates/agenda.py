"""An event told with its day, its agenda's periods after it: the event's day.

The press opens with the day and tells what a body holds then: "Ngày 31/5/2024, Ủy ban nhân
dân tỉnh tổ chức phiên họp thường kỳ đánh giá tình hình kinh tế – xã hội tháng 5 và 5 tháng
đầu năm 2024; triển khai nhiệm vụ công tác tháng 6 năm 2024" (UBND tỉnh Yên Bái, TB
55/TB-UBND 2024, w- of the corpus), "Chiều 3/2, UBND xã Hòa An tổ chức hội nghị đánh giá kết
quả thực hiện nhiệm vụ … tháng 1; triển khai phương hướng, nhiệm vụ tháng 2 năm 2026" (z-).
The event reads its day (the lead's convention 1, session 22); the months, years and terms
after its verb name what it reviews or plans (its agenda) or the body's term, and explain
the event: they are no time of work of their own.

Narrow on purpose: a plan that opens with a day may set a deadline after it ("Ngày 15/3, …
tổ chức hội nghị …, hoàn thành trước 30/6"), and that deadline is never dropped. So the
rule stands back (None, the refusal stays) when the words after the day hold a word of a
deadline or of a time moved (`_NOT_AGENDA`), another day, an hour or a count of days, a
period with no subject word before it (`_SUBJECT`), a thing told done (`news.past_told`,
convention 1's "đã", "vừa", "thành công"), or a result told ("kết quả" not after a verb of
reviewing).

Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from kehoach.base.text import fold, nfc
from kehoach.dates.citations import DAY
from kehoach.dates.conditional import step_held_back
from kehoach.dates.grammar import TOLD_DONE, Source, Unreadable, show
from kehoach.dates.news import CONGRESS_TOLD_BACK, eve_year, near_its_page, past_told
from kehoach.dates.reading import Context, Deadline, DeadlineKind
from kehoach.dates.yearnote import year_said

_Parse = Callable[[str, Context, int | None], tuple[Deadline, ...]]

_PART = r"(?:(?:buoi\s+)?(?:sang|chieu|toi|trua)\s+)?(?:ngay\s+)?"
# the opening, read folded: a press mark ("TPO - ", "(PNTĐ) - "), "Hôm qua" (yesterday: when
# the page tells it, not that it is over, zb-baoquangnam), then the day (`citations.DAY`, the
# one pattern of the day a press line opens with: a two-digit year it admits, "15/3/26", no
# rule reads, so such a day is never read here either), or two days of one
# event ("Chiều ngày 14 tháng 7 năm 2017 và sáng ngày 15 tháng 7 năm 2017,", Bộ GD&ĐT, TB
# 455/TB-BGDĐT 2017); or the body first and the day with its part after it ("Hội Liên hiệp
# Phụ nữ thành phố Hà Nội sáng 13/11 tổ chức gặp mặt …", zc-tek4tv); the body may name the
# years its meeting reviews and plans, no other number ("Hội nghị toàn quốc tổng kết … năm 2025
# và triển khai nhiệm vụ năm 2026 diễn ra sáng 8/12 tại …", zg-vneconomy): `_years_agree`
# checks them against the day as it checks the agenda's after it
# ... or "Trực tiếp - " ("live"), a live report's mark: "Trực tiếp - Ngày 9-4, tại Hội trường
# Tỉnh ủy, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị BCH Đảng bộ tỉnh lần thứ 18, khóa XVII (mở
# rộng)" (Báo Mới, 2024; refused before tune-zn)
# ... the day's lunar date in parentheses after it, "(tức …)": "Sáng ngày 04/4 (tức 26/2 năm
# Giáp Thìn), UBND thị xã Bỉm Sơn long trọng tổ chức khai mạc Lễ hội Sòng Sơn - Ba Dội 2024"
# (Truyền hình Thanh Hóa, 2024; zr-truyenhinhthanhhoa-le-hoi-song-son-ba-doi-2024), "Sáng 22/2
# (tức mùng 6 tháng Giêng năm Bính Ngọ), tại xã Tam Hồng, Lễ hội Xuân đền Bắc Cung năm 2026 sẽ
# chính thức khai hội …" (Báo Phú Thọ, 2026; u-baophutho-le-hoi-den-bac-cung-2026): a festival
# dated by both calendars. The gloss stays with the days, read with them, so the grammar checks
# it against the solar day as anywhere (`refusals.check_asides`)
# ... or with the lunar day alone, no "tức": "tối 26-2 (mồng 10 tháng Giêng), chính quyền, nhân
# dân xã Thăng An (TP Đà Nẵng) tổ chức khai mạc Lễ hội Bà Chợ Được …" (Báo Mới, 2026;
# zk-baomoi-tag-chuong-trinh-nghe-thuat-2026), checked against the solar day as that one is
_LUNAR_GLOSS = (
    r"(?:\s*\(\s*(?:tuc\s+[^()]{1,60}|(?:mong|mung)\s+\d{1,2}\s+thang\s+[a-z]+(?:\s+[a-z]+)?)"
    r"\s*\))?"
)
_OPENING = re.compile(
    r"\s*(?:(?:\(?[a-z&]{2,10}\)?|truc\s+tiep)\s*[-–]\s*)?(?:hom\s+qua\s*,?\s*)?"
    r"(?:(?P<body>(?:[^\d,;:()]|(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])){2,160}?)"
    r"\s+(?=(?:sang|chieu|toi|trua)\s))?"
    rf"(?P<days>{_PART}{DAY}{_LUNAR_GLOSS}(?:\s+va\s+{_PART}{DAY})?)\s*(?:,\s*|\s+(?=[a-z]))",
    re.ASCII,
)
# ... whose body ends with no word of a bound before the day ("Từ sáng 13/11", "Trước chiều")
_BOUND_BEFORE = re.compile(
    r"\b(?:tu|den|toi|truoc|sau|trong|khoang|nhat|han|het|cho)\s*\Z", re.ASCII
)
# the event the body holds, with its diacritics (folded, "họp" is "hợp" of "phối hợp")
_EVENT = re.compile(
    r"(?<!\w)(?:tổ chức|họp|phiên họp|hội nghị|đại hội|khai mạc|bế mạc|chủ trì|diễn ra"
    r"|giao ban|tiếp xúc cử tri|kiểm tra|khảo sát|làm việc|dâng hương|viếng|gặp mặt"
    r"|phát động|ra quân|hội thảo|tọa đàm|hiệp thương|ngày hội|hội chợ|tham dự"
    # a festival opened: "… Lễ hội Xuân đền Bắc Cung năm 2026 sẽ chính thức khai hội" (u-baophutho)
    r"|khai hội"
    # a press fair, a week's events listed by their days: "Ngày 21/1, Hội báo Xuân Ất Tỵ 2025."
    # (Báo Hải Dương, the province's events of 20-26/1/2025; zg-baohaiduong-su-kien-trong-tinh-
    # 20-26-1-2025); the school's class meeting: "Ngày 3/9, học sinh 4 khối sinh hoạt với giáo
    # viên chủ nhiệm" (Dân trí, THCS Phước Bình's first days, 2025; zu-dantri-thcs-phuoc-binh-
    # tuu-truong-2025-2026), never "sinh hoạt" alone (daily life: "nước sinh hoạt")
    r"|hội báo|sinh hoạt (?:với giáo viên|lớp|dưới cờ)"
    # a vaccination round's day by hamlet: "Buổi sáng ngày 27 tháng 10 tiêm ở thôn Nà Cáy;
    # buổi chiều tiêm thôn Lủng Chuông" (UBND xã Cao Sơn, Bắc Kạn, CV 156/2023; p-caoson-backan-
    # tiem-phong-trau-bo-2023): the shots are given that day, where is the step
    r"|tiêm)(?!\w)"
)
# ... never a deadline, a time moved or set each period, a span: "hoàn thành trước 30/6",
# "thay vì", "hoãn", "hằng năm", "từ ngày", "đến hết", "trong tháng 4" (a window of work);
# "tiếp xúc cử tri … trước Kỳ họp thứ 10" names the meeting, not a deadline
# ... nor the stretch around a holiday an agenda names, "tình hình … trước, trong, sau tết
# Nguyên đán Bính Ngọ" (Chiều 12/2, Báo Hà Tĩnh, 2026; refused before tune-zn), "triển khai
# nhiệm vụ trước, trong và sau Tết Nguyên đán Bính Ngọ 2026" (Báo Thanh Hóa, zo-baothanhhoa-
# xa-an-nong-nhiem-vu-tet-binh-ngo-2026; read by tune-zo and tune-zn alike, merged as one
# rule): before, during and after it, no bound
_NOT_AGENDA = re.compile(
    r"(?<!\w)(?:trước(?! kỳ họp thứ)(?!,? trong,? (?:và )?sau (?:tết|dịp|kỳ nghỉ)(?!\w))|chậm nhất|muộn nhất|trễ nhất|hạn(?! chế)|không quá"
    r"|hoàn thành|hoàn tất|xong|kết thúc|kể từ|từ ngày|đến ngày|đến hết|đến (?:tháng|quý|năm)"
    r"|sau (?:khi|ngày)|hằng"
    r"|trong (?:vòng|thời hạn|giai đoạn)"
    # ... "trong tháng 4" (a window of work), but not the tasks of a period a meeting discusses:
    # "Ngày 09/9/2020, UBND huyện Tháp Mười họp thường kỳ bàn giải pháp thực hiện các nhiệm vụ
    # trọng tâm trong tháng 9" (zs-thapmuoi-dongthap-hop-thuong-ky-thang-8-2020), as "nhiệm vụ
    # trọng tâm tháng 9" is (convention 10: a meeting told with its day reads its day alone)
    r"|(?<!nhiệm vụ )(?<!nhiệm vụ trọng tâm )trong (?:tháng|quý|năm)"
    r"|hàng (?:năm|quý|tháng|tuần|ngày)|định kỳ(?! (?:tháng|quý) \d)|thường xuyên|hoãn"
    r"|thay vì|lùi|dời|từng|ban đầu|giờ|dự kiến|tính đến|thành công|ngày(?! hội)"
    # ... "vốn" (originally) but not capital: "chủ trì họp đánh giá kết quả giải ngân vốn đầu
    # tư công 6 tháng đầu năm …" (Quảng Ngãi, 2024: zj-quangngai-hop-giai-ngan-dau-tu-cong-6-
    # thang-2024), money disbursed or invested, which an agenda reviews ("vốn dự kiến …",
    # "vốn được …" stay a time given up)
    r"|(?<!giải ngân )vốn(?! đầu tư)"
    # ... nor a time told from now: "Hiệp thương lần 2, năm tới", "tổ chức Đại hội lần sau",
    # "đến nay", "ít nhất", "tối đa"
    r"|(?:năm|tháng|quý|tuần|lần|kỳ|đợt) (?:tới|sau|trước|này|nay)|đến nay|hiện nay|sắp tới"
    r"|ít nhất|tối đa"
    # ... nor the day made a start: "Ngày 1/12 trở đi, các đại biểu tiếp xúc cử tri" is from
    # 1/12 on, never the day it is held (prose39's catch: it was due 01/12)
    r"|trở (?:đi|về sau|lên)|về sau"
    # ... nor a paper issued, passed or signed, a body founded, a work opened: told done, or
    # the rule of issuing told (`citations.refuse_issuing_told`): "Ngày 12/01/2026, Sở Tài
    # chính … ban hành Công văn số 295/STC-QLNS về việc hướng dẫn tổ chức thực hiện dự toán năm
    # 2026" (x-pbgdpl-can-tho), "… chính thức được thành lập …" (zc-hadong)
    r"|ban hành|(?<!đăng )ký|thông qua|thành lập|phê duyệt|công bố|khánh thành|thông xe|khởi công"
    r"|bàn giao|đưa vào)(?!\w)"
)
# another day, an hour or a count of days after the opening
_MORE_TIME = re.compile(
    r"(?<![\d/.-])\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d])|\d\s*h\b|\d+\s+(?:ngay|tuan|gio)\b", re.ASCII
)
# a period after the day: a year, a span of years, a month, a quarter, a term, a session
_PERIOD = re.compile(
    r"\b(?:nam\s+\d{4}|(?:19|20)\d\d|thang\s+\d{1,2}|quy\s+(?:[ivx]+|\d)|giai\s+doan"
    r"|nhiem\s+ky|khoa\s+[ivxl]+)\b",
    re.ASCII,
)
# ... which an agenda names after its subject (reviewing, planning) or a body after its term
_SUBJECT = re.compile(
    r"\b(?:danh\s+gia|tong\s+ket|so\s+ket|ket\s+qua|phuong\s+huong|ke\s+hoach|nhiem\s+vu"
    r"|tinh\s+hinh|du\s+toan|chi\s+tieu|trien\s+khai|ra\s+soat|dai\s+hoi|ky\s+hop|hoi\s+nghi"
    r"|dai\s+bieu|hoi\s+dong\s+nhan\s+dan|hdnd|quoc\s+hoi"
    # the periodic meeting of that month: "tổ chức tiếp công dân định kỳ tháng 1/2026" (zg-
    # uongbi), "Hội nghị giao ban định kỳ tháng 1-2026" (zg-sggp)
    r"|dinh\s+ky|thuong\s+ky"
    # a gathering at the year's start: "tổ chức gặp mặt cán bộ, công chức, người lao động đầu
    # năm Bính Ngọ 2026" (Chiều 23/2, Báo Hà Tĩnh, 2026; refused before tune-zn)
    r"|gap\s+mat"
    # the work of that year a body is for, or a drill of it: "Trưởng Ban Chỉ đạo … về công
    # tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025 chủ trì Phiên họp …" (Chiều
    # 24/7, zi-vanhoasukien), "tổ chức buổi thực tập phương án chữa cháy, cứu nạn cứu hộ năm
    # 2025" (Ngày 1-11, zi-nld-phuong-xuan-hoa)
    r"|cong\s+tac|thuc\s+tap|dien\s+tap"
    # a crop's season: "tổ chức gieo sạ trà 1 vụ lúa đông xuân 2014 - 2015" (zb-baoquangnam)
    r"|vu\s+(?:lua|dong\s+xuan|he\s+thu|mua|thu\s+dong))\b",
    re.ASCII,
)
# ... or a year that names the edition of the occasion held, right after its name, in one
# clause: "Sáng 27-1, UBND phường Tân Sơn Nhất (TPHCM) tổ chức chương trình trao quà Tết Bính
# Ngọ 2026 cho …" (SGGP, 2026), "Chiều 27-1, … tổ chức chương trình Xuân yêu thương 2026, trao
# quà tết …" (SGGP), "Ngày 10-10, phường Tân Định (TPHCM) phát động tháng hành động vì người
# cao tuổi Việt Nam năm 2025 …" (SGGP, 2025), "Sáng nay 18-1, chương trình Tư vấn tuyển sinh -
# hướng nghiệp 2026 được tổ chức …" (Tuổi Trẻ, 2026; zh- of the corpus): the occasion's name,
# whose year `_years_agree` still checks against the day held; "Sáng 28/2, tại …, T.Ư Đoàn
# TNCS Hồ Chí Minh tổ chức Lễ khởi động Tháng Thanh niên 2026, …" (Tiền Phong, 2026, zo-
# tienphong-khoi-dong-thang-thanh-nien-2026-ha-tinh): the Youth Month of that year
# ... and a contest, a festival or a week of culture named with its year ("Sáng 13/12, Bộ CHQS
# tỉnh tổ chức khai mạc Hội thao Quốc phòng lực lượng vũ trang tỉnh năm 2016", Báo Ninh Bình,
# zk-baoninhbinh-hoi-thao-quoc-phong-2016): held within that year, so on a page with no date
# it lends the day its year (`_HELD_IN_ITS_YEAR`); never Tết or Xuân ("Xuân yêu thương 2026"
# may be held in December 2025) nor a review ("tổng kết năm 2024" is held in January 2025)
_HELD_IN_ITS_YEAR = (
    r"hoi\s+thao|hoi\s+thi|le\s+hoi|ngay\s+hoi|festival|lien\s+hoan|hoi\s+dien"
    r"|tuan\s+(?:le\s+)?van\s+hoa|tuan\s+du\s+lich"
    # ... a campaign named with its year ("chiến dịch Thanh niên tình nguyện Hè 2016 sẽ diễn
    # ra từ 1/6 đến 31/8", Tiền Phong, j-tienphong-tw-doan-tinh-nguyen-he-2016; "Chiến dịch làm
    # cho thế giới sạch hơn năm 2020 … tổ chức … từ ngày 18 đến 20-9", SGGP, v-sggp-chien-dich-
    # sach-hon-2020), never a winter's or a spring's (`_CROSSES_NEW_YEAR`: "Mùa đông tình
    # nguyện 2025", "Xuân tình nguyện 2026" run from December into the next year)
    r"|chien\s+dich"
)
# the names of a season that runs into the next year, which lend a campaign no year
_CROSSES_NEW_YEAR = re.compile(r"(?<![a-z])(?:xuan|tet|mua\s+dong|dong\s+xuan)(?![a-z])", re.ASCII)
_EDITION = re.compile(
    r"\b(?P<occasion>tet|xuan|chuong\s+trinh|ngay\s+hoi|le\s+hoi|hoi\s+cho"
    r"|thang\s+hanh\s+dong|thang\s+thanh\s+nien|chien\s+dich|cuoc\s+thi|hoi\s+thi|tuan\s+le|dien\s+dan"
    rf"|{_HELD_IN_ITS_YEAR})\b[^,;:()\d]{{0,60}}?"
    # ... or its other name in parentheses right after it: "Lễ hội Thanh niên TP Hồ Chí Minh
    # lần thứ 6 (Youth Fest 2026) sẽ diễn ra từ ngày 20 đến 22/3" (Báo Tin tức, t-baotintuc-
    # le-hoi-dau-xuan-2026)
    r"(?:\s|\s*\(\s*[a-z][^()\d]{0,30}?\s)"
    r"(?:nam\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/.]\s*\d)",
    re.ASCII,
)
_HELD_IN = re.compile(rf"(?:{_HELD_IN_ITS_YEAR})\Z", re.ASCII)


def _edition_year(step: str) -> int | None:
    """The one year `step` (folded) names as the edition of a contest, a festival or a week
    of culture held within it (`_HELD_IN_ITS_YEAR`); None when it names none, or several."""
    years = {int(found["year"]) for found in _editions(step)}
    return years.pop() if len(years) == 1 else None


# the edition's number inside its name ("Tuần Văn hóa … lần thứ 2 năm 2024"), no other time
_ORDINAL = re.compile(r"\blan\s+thu\s+(\d{1,2})\b", re.ASCII)


def _editions(step: str) -> list[re.Match[str]]:
    """The editions of contests, festivals and weeks of culture `step` (folded) names with
    their years (`_EDITION`, `_HELD_IN`), an ordinal in the name read as a word."""
    named = _ORDINAL.sub(lambda found: found.group().replace(found[1], "x" * len(found[1])), step)
    return [
        found
        for found in _EDITION.finditer(named)
        if _HELD_IN.match(" ".join(found["occasion"].split()))
        and not (found["occasion"].startswith("chien") and _CROSSES_NEW_YEAR.search(found[0]))
    ]


# ... and on a page with no date, the day such an edition is held on, told after it: "Tuần Văn
# hóa – Thể thao và Du lịch tỉnh Long An lần thứ 2 năm 2024 sẽ khai mạc tối 28.11 tại …"
# (chuyennong24h, zk-chuyennong24h-tuan-van-hoa-long-an-2024): the verb of holding between the
# year and the day, no word of a deadline (an award's entries for year Y are due in Y + 1)
_HELD_AFTER_EDITION = re.compile(
    r"\s(?:se\s+|du\s+kien\s+|duoc\s+)*(?:khai\s+mac|be\s+mac|dien\s+ra|to\s+chuc)\b"
    # ... or its span right after it, the edition announced: "UBND tỉnh Long An vừa công bố
    # Tuần Văn hóa – Thể thao và Du lịch tỉnh Long An lần thứ 2 năm 2024 từ ngày 28.11 – 4.12
    # với chủ đề …" (chuyennong24h, zk-chuyennong24h-tuan-van-hoa-long-an-2024)
    r"|\s+tu\s+ngay\s+\d",
    re.ASCII,
)
# ... or the days told first, after a verb of holding: "Diễn ra từ 10 đến 13/6, Festival Biển
# Nha Trang – Khánh Hòa năm 2017 …" (`_days_before_edition`)
_HELD_BEFORE_EDITION = re.compile(r"\b(?:khai\s+mac|dien\s+ra|to\s+chuc)\b", re.ASCII)
_DUE_WORDS = re.compile(r"\b(?:truoc|han|cham\s+nhat|nop|gui|dang\s+ky|nhan|het)\b", re.ASCII)
# ... nor a time given up or moved anywhere in the phrase (the lead's convention 2): "Trước đó,
# Lễ hội hoa tam giác mạch Hà Giang 2020 được ấn định tổ chức vào ngày 14/11" (n-hagiang-tam-
# giac-mach-2020-baothaibinh: the day it was set before it moved)
_GIVEN_UP = re.compile(
    r"\b(?:truoc\s+do|ban\s+dau|tung|von|an\s+dinh|hoan|lui|doi|thay\s+vi|dieu\s+chinh"
    r"|du\s+kien\s+ban\s+dau)\b",
    re.ASCII,
)
# ... nor told done (`TOLD_DONE`) ...
_TOLD_DONE = re.compile(TOLD_DONE.pattern + r"(?!\s+(?:công\s+bố|thông\s+báo)(?!\w))")
# ... but the edition told announced is still to be held: "… vừa công bố Tuần Văn hóa … lần
# thứ 2 năm 2024 từ ngày 28.11 – 4.12" (the announcement is done, not the week)


def edition_held(text: str, context: Context, parse: _Parse) -> tuple[Deadline, ...] | None:
    """The days an edition of a contest or festival named with its year (`_edition_year`) is
    held on, told after its name with a verb of holding (`_HELD_AFTER_EDITION`), or told
    before it (`_days_before_edition`), read in that year on a page with no date; None for
    any other phrase, or when the day does not read."""
    folded = fold(text).lower()
    if context.issued is not None or _GIVEN_UP.search(folded) or _TOLD_DONE.search(nfc(text)):
        return None
    year = _edition_year(folded)
    edition = next((one for one in _editions(folded) if one["year"] == str(year)), None)
    if year is None or edition is None:
        return None
    between = folded[edition.end() :]
    if not _held_beside(folded, edition) or _DUE_WORDS.search(between):
        return None
    found: tuple[Deadline, ...] | None
    try:
        found = parse(text, context, year)
    except Unreadable:
        found = _days_before_edition(text, edition, context, year, parse)
    if found is None:
        return None
    if any(_crosses_a_year(one) for one in found):
        return None
    return tuple(_in_year_lent(one, year, _EDITION_WHY) for one in found)


def _held_beside(folded: str, edition: re.Match[str]) -> bool:
    """Whether a verb of holding follows the edition (`_HELD_AFTER_EDITION`) or comes before
    it (`_HELD_BEFORE_EDITION`, the days told first) in `folded`."""
    between = folded[edition.end() :]
    return bool(
        _HELD_AFTER_EDITION.match(between)
        or _HELD_AFTER_EDITION.search(between)
        or _HELD_BEFORE_EDITION.search(folded, 0, edition.start())
    )


def _days_before_edition(
    text: str, edition: re.Match[str], context: Context, year: int, parse: _Parse
) -> tuple[Deadline, ...] | None:
    """The days told before the edition that names their year, read with the edition's year
    left out: "Diễn ra từ 10 đến 13/6, Festival Biển Nha Trang – Khánh Hòa năm 2017 có hơn
    50 hoạt động …" (Bnews, m-bnews-festival-bien-2017), "Trong hai ngày 25 và 26/11, Giải
    đua ghe Ngo … mừng Lễ hội Ok Om Bok năm 2023 … được tổ chức tại …" (l-tra-vinh-dua-ghe-
    ngo-2023), both on pages with no date. The year after the days is the edition's name, no
    time of its own, so the grammar reads the phrase without it; a word of a deadline anywhere
    in the phrase (`_DUE_WORDS`: an award's entries may be due in the next year), or days that
    do not stand before the edition, and nothing is read (None)."""
    folded = fold(text).lower()
    days = re.search(r"\d", folded)
    if days is None or days.start() > edition.start() or _DUE_WORDS.search(folded):
        return None
    start, end = edition.span("year")
    if said := re.search(r"nam\s+\Z", folded[:start]):
        start = said.start()
    composed = nfc(text)
    try:
        found = parse(composed[:start] + " " * (end - start) + composed[end:], context, year)
    except Unreadable:
        return None
    return tuple(replace(one, phrase=text) for one in found)


def _crosses_a_year(one: Deadline) -> bool:
    """Whether `one` runs into another year than it starts in: "(Festival Hoa Đà Lạt 2024)
    diễn ra từ ngày 5/12 đến 5/1" is 5/12/2024 – 5/1/2025 (webtretho, 2024) and was read a
    year early, its end in the edition's year (fresh39c); the edition's year names one end,
    not which, so neither is lent."""
    return one.first is not None and one.last is not None and one.first.year != one.last.year


def _without_editions(bare: str) -> str:
    """`bare` (folded) with the years that name an occasion's edition (`_EDITION`) blanked."""
    for found in _EDITION.finditer(bare):
        start, end = found.span("year")
        bare = bare[:start] + " " * (end - start) + bare[end:]
    return bare


# "kết quả" read only after a verb of reviewing: "đánh giá kết quả …" names the agenda,
# "kết quả Hội nghị …" a result told (convention 1); a working session "about" the results
# names its subject too: "Chiều 19/8, đồng chí … làm việc với Đảng ủy xã Kroong về kết quả
# thực hiện nhiệm vụ kinh tế - xã hội …" (Báo Kon Tum, 2020; zs-baokontum-thoi-su-chinh-tri-
# trang-302-2020)
_RESULT_TOLD = re.compile(r"(?<!đánh giá )(?<!rà soát )(?<!tình hình, )(?<!tổng kết )kết quả")
_WORKED_ON = re.compile(r"(?<!\w)làm việc với [^,;:()]{1,60}? về (?=kết quả)")


def event_on_its_day(text: str, context: Context, parse: _Parse) -> tuple[Deadline, ...] | None:
    """The day (or the two days) an event told after it is held (`_OPENING`, `_EVENT`): one
    date or window, the event its step; None when the words beside the day may set a time of
    their own (see the module docstring) or the day alone does not read as one date or
    window (a day weeks before the page: `refusals.with_plan_year`). A day without a year on
    a page without one takes the first year of the congress held (`_CONGRESS`)."""
    told = _told(text)
    if told is None:
        return None
    days, step = told
    read = _read_days(days, step, context, parse, eve_year(fold(text).lower(), context.issued))
    if read is None:
        return None
    found, lent = read
    found = _two_days_of_one_event(found)
    if len(found) != 1 or found[0].kind not in (DeadlineKind.DATE, DeadlineKind.WINDOW):
        return None
    if not _years_agree(step, found[0], context):
        return None
    held = found[0] if lent is None else _in_year_lent(found[0], *lent)
    return (replace(held, phrase=text, label=step),)


def _years_agree(step: str, held: Deadline, context: Context) -> bool:
    """Whether each year the agenda (`step`, as printed) names fits the day `held`: the
    day's own or its meeting's subject (`meeting_years`). A day whose year came from the
    plan, not told as news in the week before the page, takes no other year: "Sáng 15/11,
    Hội đồng tổ chức hội nghị năm 2027" in a plan of March 2026 may be held in 2027."""
    day = held.last or held.first
    if day is None:
        return False
    told = near_its_page([day], context.issued, after=False)
    named = {int(year) for year in _YEAR.findall(_SPAN_OF_YEARS.sub(" ", fold(step)))}
    if held.year_from_plan and not told:
        return named <= {day.year}
    near = near_its_page([day], context.issued, after=True)
    return named <= {day.year} | meeting_years(step, [day], near=near, held=True)


# The years an agenda names beside the day its meeting is held, each after the last subject
# word before it: a year reviewed is the meeting's or the one before ("Ngày 31-12, … tổng kết
# … năm 2025 và triển khai phương hướng, nhiệm vụ năm 2026", zc-nld), a year planned the
# meeting's or the one after ("Chiều ngày 31/12/2025, … Hội nghị triển khai Kế hoạch … năm
# 2026", z-suoitrai), the tasks' year the one reviewed or the next, a year after any other
# subject word one either side ("kỳ họp thường lệ cuối năm 2025", zg-baophutho-ky-hop-hdnd-
# xa-nguyet-duc-2025); a span of years (a term, a programme's period, a crop season) names no
# year of the meeting. Words not known to tell a meeting held (a plan's step after its day)
# show one only by a year reviewed beside the next year's tasks ("Chiều 8/1, … Hội nghị tổng
# kết công tác xây dựng Đảng năm 2025, triển khai nhiệm vụ năm 2026", zd-baophutho-dang-bo-ccq-
# dang-tinh-2026): "trước 30/6, kế hoạch năm 2022" may set a second time. Told within a week of
# its page (`near`, `news.NEWS_WEEK`) the day is pinned by the page, and a year one either
# side is the meeting's subject whatever its word: "rà soát" looks ahead as often as back
# ("Sáng 3/10, UBND xã Thọ Lập tổ chức hội nghị rà soát nguồn thanh niên sẵn sàng nhập ngũ năm
# 2026" on 03/10/2025, zg-baothanhhoa-tho-lap-tuyen-quan-2026); a day read in the wrong year
# is a year from its page, never near it.
_REVIEWED = re.compile(r"\b(?:danh\s+gia|tong\s+ket|so\s+ket|ket\s+qua)\b")
_PLANNED = re.compile(
    r"\b(?:nhiem\s+vu|phuong\s+huong|ke\s+hoach|chuong\s+trinh|trien\s+khai|chi\s+tieu"
    r"|du\s+toan)\b"
)
_SPAN_OF_YEARS = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def meeting_years(
    words: str, days: Sequence[date], *, near: bool = False, held: bool = False
) -> frozenset[int]:
    """The years a meeting held on each of `days` may name in `words` (as printed) as its
    subject (see the comment above), besides the days' own: near its page (`near`: every
    day within `news.NEWS_WEEK` days of it), any year one either side of a day's; else the
    years named that fit after their subject word (`_STEPS`), any when the words are known
    to tell the meeting held (`held`: `event_on_its_day`), else only a year reviewed beside
    the next year's tasks. The caller refuses any other year named
    (`label.refuse_step_years`) or stands back (`event_on_its_day`)."""
    if near:
        return frozenset(day.year + step for day in days for step in (-1, 0, 1))
    if not days:
        return frozenset()  # no meeting's day: no year is its subject
    spans = _SPAN_OF_YEARS.sub(" ", fold(words))
    said: dict[int, set[str]] = {}  # each year, after which subject words (each time named)
    for found in _YEAR.finditer(spans):
        review = [one.end() for one in _REVIEWED.finditer(spans, 0, found.start())]
        plan = [one.end() for one in _PLANNED.finditer(spans, 0, found.start())]
        role = "planned" if plan and (not review or plan[-1] > review[-1]) else "reviewed"
        said.setdefault(int(found.group()), set()).add(role if plan or review else "own")
    fits = {year for year, roles in said.items() if _fits(year, roles, days)}
    reviewed = {year for year in fits if "reviewed" in said[year]}
    planned = {year for year in fits if "planned" in said[year]}
    if not all(0 <= p - r <= 1 for p in planned for r in reviewed):
        return frozenset()  # "tổng kết năm 2026 … nhiệm vụ năm 2025": no one meeting
    if held:
        return frozenset(fits)
    if not any(p - r == 1 for p in planned for r in reviewed):
        return frozenset()
    return frozenset(reviewed | planned)


def agenda_year_before_its_day(
    words: str, year: int, days: Sequence[date | None], issued: date | None
) -> bool:
    """Whether `year`, named in `words` before the one day a meeting is held on (`days`:
    the reading's first and last), is a year its agenda reviews beside the next year's tasks
    (`meeting_years`), the day told within a week of its page (`news.near_its_page`: the page
    pins the day's year). "tại Hội nghị … tổng kết công tác năm 2024, triển khai … các nhiệm
    vụ trọng tâm năm 2025 được UBND tỉnh tổ chức chiều nay (ngày 27/12)" on the page of
    27/12/2024 (zf-gialaitv-tong-ket-2024-nhiem-vu-2025) is the conference's day (the lead's
    convention 10); the agenda's years are no time of their own."""
    held = set(days)
    if len(held) != 1 or None in held:
        return False
    day = [one for one in held if one is not None]
    return near_its_page(day, issued, after=True) and year in meeting_years(words, day)


# how far from the meeting's year a year named after each word may be (see above)
_STEPS = {"reviewed": {-1, 0}, "planned": {0, 1}, "own": {-1, 0, 1}}


def _fits(year: int, roles: set[str], days: Sequence[date]) -> bool:
    """Whether `year`, named after the subject words of each of `roles` (`_STEPS`), fits a
    meeting held on each of `days`."""
    return all(year - day.year in _STEPS[role] for role in roles for day in days)


def _read_days(
    days: str, step: str, context: Context, parse: _Parse, eve: int | None = None
) -> tuple[tuple[Deadline, ...], tuple[int, str] | None] | None:
    """The opening's days read alone, and the year the words lent them with its reason, if
    any: a bare "25.12" (a decimal, alone) as the day the opening shows it is; in the year
    `eve` when the day is told in the week before a page of the new year (`news.eve_year`); in
    the first year of the congress held (`_CONGRESS`) on a page with no year or of that year;
    on a page with no year, in the year of the contest or festival held (`_edition_year`).
    None when no attempt reads."""
    named = [days, f"ngày {days}"] if days[:1].isdigit() else [days]
    folded = fold(step).lower()
    congress = _CONGRESS.search(folded)
    years: list[tuple[int | None, Context, str]] = [(eve, context, "")]
    if congress is not None and _congress_year_fits(int(congress["year"]), context.issued):
        years.append((int(congress["year"]), replace(context, issued=None), _CONGRESS_WHY))
    elif context.issued is None and (edition := _edition_year(folded)):
        years.append((edition, context, _EDITION_WHY))
    for year, within, why in years:
        for said in named:
            try:
                found = parse(said, within, year)
            except Unreadable:
                continue
            if within is not context and not _congress_day_fits(found, context.issued):
                return None
            if why == _EDITION_WHY and any(_crosses_a_year(one) for one in found):
                return None
            # `eve` needs a page, a congress or an edition none
            return found, None if year is None or year == eve else (year, why)
    return None


_CONGRESS_WHY = "năm đầu nhiệm kỳ của đại hội"
_EDITION_WHY = "năm của hội thi, lễ hội được tổ chức"


# A page's congress told more than a week before it ("Chiều 19/10, … Đoàn TNCS Hồ Chí Minh xã
# Trường Sơn tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030" on a page of 27/10/2025,
# zk-tienphong-dai-hoi-doan-xa-truong-son-2025; refused before tune-zk as a day past, its year
# unsure): the term's first year is the page's, so the day is the congress's own, read in it
# up to a month before the page (`news.CONGRESS_TOLD_BACK`, named beside the news week and
# saying why it is longer; the lead's convention 8 keeps older days refused).


def _congress_year_fits(year: int, issued: date | None) -> bool:
    """Whether a congress whose term opens in `year` may lend it to its day: on a page with
    no date, or on a page of that year."""
    return issued is None or issued.year == year


def _congress_day_fits(found: tuple[Deadline, ...], issued: date | None) -> bool:
    """Whether the days read in the congress's year fall on the page's side of
    `news.CONGRESS_TOLD_BACK` days before it (any day on a page with no date)."""
    if issued is None:
        return True
    days = [day for one in found for day in (one.first, one.last) if day]
    return all((issued - day).days <= CONGRESS_TOLD_BACK for day in days)


def _in_year_lent(one: Deadline, year: int, why: str) -> Deadline:
    """A day read in the `year` the phrase's words lent it (`why`: the congress's first year
    of its term, the edition of a contest held), on a page with no issue day or a day told
    back: the phrase's words gave the year, never a plan (the reading said "lấy theo năm ban
    hành kế hoạch", and `kehoach deadline` its "Năm" row)."""
    reading = year_said(one.reading, year, f"; năm {year}: {why}")
    return replace(one, year_from_plan=False, year_from="phrase", reading=reading)


def _two_days_of_one_event(found: tuple[Deadline, ...]) -> tuple[Deadline, ...]:
    """Two days that follow each other, each with its part ("Chiều ngày 14 … và sáng ngày 15
    tháng 7 năm 2017"): one event over both, its window, the parts said in the reading (the
    corpus reads two days in a row joined by "và" as one window); anything else as given."""
    if len(found) != _TWO or any(one.kind is not DeadlineKind.DATE for one in found):
        return found
    first, last = found
    if first.last is None or last.last is None or (last.last - first.last).days != 1:
        return found
    said = " và ".join(
        f"{one.qualifier or 'ngày'} {show(one.last)}" for one in found if one.last is not None
    )
    reading = f"khoảng {show(first.last)} – {show(last.last)} ({said}); tính trễ hạn từ ngày cuối"
    window = replace(first, kind=DeadlineKind.WINDOW, last=last.last, qualifier=None)
    return (replace(window, reading=reading),)


_TWO = 2


# A congress opens its body's term, held in the term's first year: "Ngày 9-10, Ủy ban MTTQ
# Việt Nam xã Khánh Vĩnh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030" (Báo Mới,
# 2025, a page with no date), "Đại hội XIII của Đảng, nhiệm kỳ 2021-2026" held in January 2021.
# Only the congress itself, told first or after "tổ chức" (the place perhaps before the body,
# "tại Hội trường UBND xã Trường Sơn, Đoàn TNCS … tổ chức Đại hội …"): a meeting that
# prepares it ("chuẩn bị Đại hội …") may fall in the year before.
_CONGRESS = re.compile(
    r"^(?:tai\s+[^,;]*,\s*)?(?:[^,;]*?\s(?:to\s+chuc|khai\s+mac)\s+)?dai\s+hoi\b[^;]*?"
    r"\bnhiem\s+ky\s+(?P<year>(?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d",
    re.ASCII,
)


def agenda_after_day(text: str) -> bool:
    """True when `text` opens with a day (`_OPENING`) and the words beside it tell an event
    and its agenda, no time of their own (`_an_event_and_its_agenda`): "Chiều 3/2, UBND xã
    Hòa An tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ … tháng 1" names what the
    meeting reviews, not results told (`refusals.refuse_told_back` asks it)."""
    return _told(text) is not None


# "this morning", the part of the page's day, and its day after it, bare or in parentheses:
# "Sáng nay 18-1, chương trình Tư vấn tuyển sinh - hướng nghiệp 2026 được tổ chức …" (Tuổi
# Trẻ, 2026), "Sáng nay (08/3), dù Hà Nội mưa …, khuôn viên Đại học Bách khoa Hà Nội vẫn đông
# kín học sinh … tham dự Ngày hội tư vấn tuyển sinh" (Kênh 14, 2026): that part of that day
_PART_OF_TODAY = re.compile(
    r"^(?P<lead>\W*(?:sáng|chiều|tối|trưa))\s+nay\s*(?:\((?P<enclosed>[\d/.\s-]+)\)|(?=\d))",
    re.IGNORECASE,
)


def _today_opened(text: str) -> str:
    """`text` with "Sáng nay (08/3)" opening it written "Sáng 08/3" (`_PART_OF_TODAY`)."""
    return _PART_OF_TODAY.sub(
        lambda found: f"{found['lead']} {found['enclosed'] or ''}".rstrip() + " ", text, count=1
    )


def _told(text: str) -> tuple[str, str] | None:
    """The opening's days and the event told beside them (the body before the day, the
    words after it), as printed; None unless the words tell an event and its agenda."""
    text = _today_opened(text)
    opening = _OPENING.match(fold(text).lower())
    if opening is None:
        return None
    before = text[slice(*opening.span("body"))] if opening["body"] else ""
    if _BOUND_BEFORE.search(fold(before).lower()):
        return None  # "Từ sáng 13/11 …", "Trước chiều 13/11 …": a bound, not the day held
    days = text[slice(*opening.span("days"))]
    # years the body names are checked against a day the page pins (`_years_agree`); beside a
    # day printed with its own year they go unchecked by the season (a meeting reviewing 2025
    # and planning 2026 "diễn ra sáng 8/12/2026": fresh42b), so the two are not read together
    if _YEAR_IN_BODY.search(before) and _YEAR_IN_BODY.search(days):
        return None
    step = " ".join(f"{before} {text[opening.end() :]}".split()).rstrip(" .;")
    if not _an_event_and_its_agenda(nfc(step).lower()):
        return None
    if before:
        _refuse_held_back(step)  # "Sở GD cho biết sáng 1-7 sẽ tổ chức hội nghị nếu …"
    return days, step


def _refuse_held_back(step: str) -> None:
    """Refuse the event told by its body before its day ("Sở GD cho biết sáng 1-7 sẽ tổ chức
    hội nghị nếu đủ điều kiện", "Hội nghị sáng 1/7 không tổ chức", helper guards55: read as a
    firm 01/07) when the step waits on a condition or is told not to happen or not yet
    (`conditional.step_held_back`): the checks a day opening the phrase gets
    (`engine._refuse_conditional_after_its_day`) never saw the day inside it."""
    if said := step_held_back(step):
        raise Unreadable(
            f"việc kể cùng ngày chỉ làm khi có điều kiện hoặc bị phủ định (“{said} …”): ngày đó "
            "chưa chắc là thời hạn; nếu văn bản có hạn, ghi last_day (hoặc first_day và "
            "last_day) theo văn bản"
        )


_YEAR_IN_BODY = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# A ceremony or a meeting named by what it does, held by the body: "tổ chức hội nghị công bố
# quyết định kiểm tra, giám sát năm 2026 đối với Ban Thường vụ Thành ủy Đà Nẵng" (Ngày 5-3,
# 24h, 2026), "tổ chức lễ khánh thành và thông xe tuyến đường nông thôn mới" (Sáng 25-7, Báo An
# Giang, 2020; both refused before tune-zn): the event held that day, its name, never a paper
# issued or a road told opened ("… được thông xe ngày …" stays `_NOT_AGENDA`'s). Only after
# "tổ chức" and the event's noun; the decision announced may found a body ("tổ chức hội nghị
# Công bố Quyết định thành lập Ban chỉ huy PTDS tỉnh", Chiều 17/9, Báo Phú Thọ 2025,
# zi-baophutho-bch-ptds): the founding is the paper's subject, never a body told founded then.
_CEREMONY = re.compile(
    r"(?<!\w)tổ chức (?:(?:buổi )?lễ|hội nghị) (?:công bố|khánh thành|thông xe|khởi công|bàn giao)"
    r"(?: và (?:công bố|khánh thành|thông xe|khởi công|bàn giao))?"
    r"(?:(?<=công bố) quyết định thành lập)?(?!\w)"
)

# A session's day named as the one it holds: "Hôm nay, 11/7, kỳ họp thứ 5, HĐND tỉnh BRVT khóa
# VI, nhiệm kỳ 2016-2021 bước vào ngày làm việc chính thức đầu tiên" (BRT, 2017; zs-brt-ba-ria-
# vung-tau-ky-hop-thu-5-hdnd-tinh-2017): the day the opening gives, its "ngày" no second time
_SESSION_DAY = re.compile(
    r"(?<!\w)bước vào (?:ngày|phiên) làm việc(?: chính thức)?"
    r"(?: (?:đầu tiên|thứ (?:hai|ba|tư|năm|sáu|bảy)))?(?!\w)"
)


def _an_event_and_its_agenda(rest: str) -> bool:
    """True when `rest` (the words after the opening day, lower case, with diacritics) tells
    an event held (`_EVENT`) and no time of its own: no deadline or moved time
    (`_NOT_AGENDA`, a ceremony's name `_CEREMONY` set aside), no other day, hour or count
    (`_MORE_TIME`), nothing told done or achieved, and its periods after a subject word
    (`_SUBJECT`)."""
    bare = fold(rest)
    unnamed = _SESSION_DAY.sub("làm việc", _CEREMONY.sub("tổ chức hội nghị", rest))
    if not _EVENT.search(rest) or _NOT_AGENDA.search(unnamed) or _MORE_TIME.search(bare):
        return False
    if past_told(rest) or _RESULT_TOLD.search(_WORKED_ON.sub("đánh giá ", rest)):
        return False
    if _term_not_its_years(bare):  # "Đại hội chi bộ nhiệm kỳ 2022 15": a number unread
        return False
    # "… tổ chức hội nghị đến 25": to the 25th; "Ngày 20/5/2022, họp 15": "15" unexplained
    if _BARE_DAY_BOUND.search(rest) or _EVENT_THEN_NUMBER.search(rest):
        return False
    # each clause's periods after its own subject: "…; triển khai nhiệm vụ tháng 2 năm 2026"
    # names the agenda, "…; tháng 6/2026 tổ chức tổng kết" a step of its own
    for clause in _without_editions(bare).split(";"):
        period = _PERIOD.search(clause)
        if period and not _SUBJECT.search(clause, 0, period.start()):
            return False
    return True


# The numbers after "nhiệm kỳ" in an agenda: a term is named by its two years, "nhiệm kỳ 2022 -
# 2025" (Điều lệ Đảng, Điều 12: a congress elects for its term; the term is printed as its
# first and last year), its dash at times lost ("nhiệm kỳ 2022 2025", zt-quangphu-thoxuan,
# `engine._term_dash_restored`), "5 năm" before them. Any other number there was read as
# part of the body's name and accounted for nothing (issue 11 §1: a reading accounts for
# every number): "nhiệm kỳ 2022 15", "nhiệm kỳ 2022 - 15" (the second year cut short, a
# damaged copy), "nhiệm kỳ 15" (no term is numbered so; a body's numbered term is "khóa XV").
# The rule stands back and the refusal of the number left stays.
_TERM_NUMBERS = re.compile(
    r"\bnhiem\s+ky\s+(?:\(\s*)?(?:\d+\s+nam\s+)?(?P<numbers>\d[\d\s\-–—]*)", re.ASCII
)
_TERM_YEARS = re.compile(r"(?:19|20)\d\d\s*[-–—]?\s*(?:19|20)\d\d")


# ... and a bare number that may be a day of the month, after a word of a bound or a length
# and closing its clause: "Ngày 20/5/2022, UBND xã tổ chức hội nghị đến 25" (to the 25th),
# "… kéo dài 3" (lasting three days?), "… lần 2 vào 25", or before the close of the event
# ("…, 25 bế mạc") (helper guardsb53: all read as the one day 20/05/2022). The day the
# opening gives may be the first of several; which, the words do not say.
# (As printed, lower case: folded, "tới" is "tổi" of "lứa tuổi" typed with a letter lost:
# "thanh niên lứa tổi 17", ze-thuanbac.)
_BARE_DAY_BOUND = re.compile(
    r"(?<!\w)(?:đến|tới|vào|kéo\s+dài|trong|sang|và|hoặc|[-–—])\s*"
    r"(?:ngày\s+)?(?:[0-2]?\d|3[01])(?![\d/.,])\s*(?:[,.;:)]|\Z)"
    r"|,\s*(?:[0-2]?\d|3[01])\s+(?:(?:khai|bế)\s+mạc|kết\s+thúc)(?!\w)"
)


# ... and a bare number closing its clause right after the event's word (`_EVENT`): "Ngày
# 20/5/2022, họp 15" (session 54, helper guards54: read as the one day, "15" unexplained).
# Issue 11 §1: a reading accounts for every number; "15" may be a second day (the 15th), a
# count of what is not said, or a session's number that lost its "thứ". Only right after the
# event's word: a number after a name is the name's ("thôn Cập Nhất 2", "đơn vị 10", "lứa
# tuổi 17", "lần thứ 15").
_EVENT_THEN_NUMBER = re.compile(
    rf"{_EVENT.pattern}\s+\d{{1,3}}(?![\w/.,-]*\d)\s*(?:[,.;:)]|\Z)", re.IGNORECASE
)


def _term_not_its_years(bare: str) -> bool:
    """Whether a term in `bare` (folded) is followed by numbers that are not its two years
    (`_TERM_NUMBERS`, `_TERM_YEARS`)."""
    return any(
        not _TERM_YEARS.fullmatch(term["numbers"].strip(" -–—"))
        for term in _TERM_NUMBERS.finditer(bare.lower())
    )


# A meeting's agenda that reviews how a period's work was carried out and then sets the next
# one's course: "Đại hội nhằm đánh giá kết quả thực hiện công tác Đoàn … nhiệm kỳ 2022 - 2023,
# đề ra phương hướng, nhiệm vụ nhiệm kỳ 2023 – 2024" (Tuổi trẻ Giồng Riềng, 2023), "HĐND tỉnh
# sẽ thảo luận, đánh giá kết quả thực hiện các nhiệm vụ … 6 tháng đầu năm, đề ra nhiệm vụ, giải
# pháp trọng tâm cho 6 tháng cuối năm" (BRT, 2017): "kết quả thực hiện" is what is reviewed, no
# result told, the terms are the work's, not a body's (conv13), and both periods are read (the
# lead's convention 10, as "tổng kết năm 2025, triển khai nhiệm vụ năm 2026"). Only "đánh giá
# (kết quả, việc, tình hình) thực hiện", then after a comma or "và" a verb of setting the course
# ("đề ra", "xác định", "triển khai") and what it sets ("phương hướng", "nhiệm vụ", "mục tiêu",
# "giải pháp"), never a semicolon or colon between.
REVIEW_THEN_PLAN = re.compile(
    r"\bdanh\s+gia\s+(?:ket\s+qua\s+|viec\s+|tinh\s+hinh\s+)?thuc\s+hien\b[^;:]*?"
    r"(?:,|\bva\b)\s*(?:de\s+ra|xac\s+dinh|trien\s+khai)\s+(?:cac\s+)?"
    r"(?:phuong\s+huong|nhiem\s+vu|muc\s+tieu|giai\s+phap)\b",
    re.ASCII,
)


def reviews_then_plans(source: Source, start: int) -> bool:
    """Whether the words at `start` of `source.prepared` (results told, a term named) stand
    in the review of a meeting that then sets the next period's course (`REVIEW_THEN_PLAN`),
    nothing told done (`TOLD_DONE`): its agenda, whose periods are read. A review told done
    ("Đại hội đã đánh giá …") reads the next period alone (convention 10), which this rule
    does not do: it stays refused."""
    review = REVIEW_THEN_PLAN.search(source.prepared)
    return (
        review is not None
        and review.start() <= start < review.end()
        and not TOLD_DONE.search(source.text)
    )
