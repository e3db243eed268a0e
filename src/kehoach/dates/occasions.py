"""Occasions in a phrase: events held in the year they name ("Hội thi … năm 2027") and on a
few of its days, named solar days ("Tết Thanh minh"), and anniversaries counted ("kỷ niệm 44
năm Ngày Giải phóng miền Nam"), whose count must name the year of the day read."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kehoach.base.text import fold, nfc, spelled, unmarked
from kehoach.dates.grammar import TOLD_DONE, Unreadable, show

# An event held in the year it names: an exam, a ceremony, a festival, a contest, a week or a
# campaign month ("kỳ thi tốt nghiệp trung học phổ thông năm 2026", "Giờ Trái đất năm 2027",
# "Tuần lễ Biển và Hải đảo Việt Nam năm 2024", "Tháng hành động vì an toàn thực phẩm năm
# 2024", "Lễ hội Hoa Ban năm 2027", "Hội thi …", "Giải bóng đá …"): its year is when it
# takes place (on folded text)
EVENT_HELD = re.compile(
    # ... "“Ngày Văn hóa Lai Châu tại Hà Nội” năm 2020" (UBND tỉnh Lai Châu), a culture day
    r"\b(?:gio\s+trai\s+dat|tuan(?:\s+le)?|(?:ky\s+)?le(?:\s+hoi)?|ngay\s+(?:hoi|van\s+hoa)"
    # ... "giải" a prize, never "giải ngân" (a disbursement: "kế hoạch vốn ngân sách tỉnh năm
    # 2022", HĐND Bình Thuận 2023, is what the step spends, not an event) or "giải quyết"
    r"|hoi\s+(?:thi|dien|cho|trai|bao)|lien\s+hoan|festival|(?:ky\s+|cuoc\s+)?thi"
    # ... and the Youth Month, the Youth Union's March ("Tháng Thanh niên năm 2026 kéo dài đến
    # ngày 31/3", Thương hiệu & Công luận 2026), a campaign month as "Tháng hành động" is
    r"|giai(?!\s+(?:ngan|quyet)\b)|thang\s+(?:hanh\s+dong|thanh\s+nien))\b",
    re.ASCII,
)
# ... unless the words are about it rather than it: a review, a report, an account, the
# awards, or a conference ("Hội nghị tổng kết năm 2024 diễn ra ngày 10/1", "Hội nghị triển
# khai nhiệm vụ năm 2025" meets before or after the year starts): made after it, or any time
NOT_HELD_THEN = re.compile(
    r"\b(?:tong\s+ket|so\s+ket|bao\s+cao|ket\s+qua|quyet\s+toan|hoi\s+nghi|danh\s+gia"
    r"|kiem\s+ke|thong\s+ke|tong\s+hop|khen\s+thuong|rut\s+kinh\s+nghiem)\b",
    re.ASCII,
)


def held_in_its_year(words: str) -> bool:
    """Whether the folded `words` name an event held in the year they name (`EVENT_HELD`,
    not `NOT_HELD_THEN`): a day of another year beside it is a typo in one of the two."""
    return EVENT_HELD.search(words) is not None and NOT_HELD_THEN.search(words) is None


# A second question about the same events: does one last only a few days of the year it
# names? ("Tổ chức kỳ thi tốt nghiệp THPT năm 2027" is held in June; "Đại hội TDTT tỉnh Đồng
# Tháp lần thứ X - năm 2026" on 27–31/3/2026, as its plan says: never the whole year). A
# conference is one here, though `NOT_HELD_THEN` says its year may not be the one it meets
# in. Matched as printed, lower case ("lễ", not the "lệ" of "tỷ lệ"; "thi" only with what
# is sat)
# Matched folded, whatever the diacritics ("Dai hoi TDTT tinh Dong Thap lan thu X - nam 2026",
# h-baodongthap-ke-hoach-dai-hoi-tdtt-2026 of the corpus, its marks lost, was read as the
# whole of 2026), but the names that are one word only with their marks (`marked`) count
# only as printed so: "le" (lễ, Lê, lệ), "dot" (đợt, đốt), "vong", "lan" and "ky" alone,
# "giai co"/"giai vo" are too many words to tell without them
_EVENT_ON_ITS_DAYS = re.compile(
    r"(?<![a-z])(?P<event>ky thi|cuoc thi|hoi thi|hoi giang|hoi nghi|hoi thao|toa\s+dam"
    r"|dai hoi|ky hop(?! dong)|le hoi|festival|lien hoan|hoi dien|hoi cho|trien lam|ngay hoi"
    r"|hoi trai|hoi khoe|dien tap|tuyen sinh"
    r"|thi (?:tot nghiep|tuyen|hoc sinh gioi|chon|nang ngach|thang hang)"
    r"|giai (?:bong|chay|viet da|the thao|bao chi|boi|xe dap|golf|quan vot|cau long)"
    # one round of several in the year: "Đợt 1 năm 2027", "Lần 1 năm 2027", "Kỳ I năm 2027",
    # "Vòng chung kết năm 2027", "Đợt cao điểm năm 2027" (never the whole of it, due 31/12)
    r"|(?P<marked>le|dot|vong|lan(?= (?:\d+|thu|[ivx]+\b))|ky(?= (?:\d+|[ivx]+)(?![a-z]))"
    r"|giai (?:co|vo)))"
    # (a semicolon for the comma right before the year, as a copy prints it: "… tỉnh Yên Bái
    # lần thứ X; năm 2026", g-2-yen-bai-kh-dai-hoi-tdtt-lan-x-2026 so copied, read as the whole
    # of 2026 before harden18)
    r"(?![a-z])(?P<rest>[^;:]*)(?:;\s*)?\Z"
)
_MARKED = frozenset({"lễ", "đợt", "vòng", "lần", "kỳ", "giải cờ", "giải võ"})
# ... but "ky" after "nhiem" is the "kỳ" of "nhiệm kỳ" however it is typed (no "nhiệm ký"):
# "… công tác Hội nhiệm ky 2025-2030 và năm 2026" (zc-baophutho, its marks lost in part) was
# read as 2026 alone where the phrase as printed reads the term and the year (harden21's hunt)
_A_TERM = re.compile(r"(?<![a-z])nhiem ky\Z")
# ... but not a review of the year, held after it ("Hội nghị tổng kết công tác năm 2026":
# the year reviewed), nor many events spread over the year ("27 lễ hội", "các kỳ thi",
# "Đại hội TDTT các cấp"; "nhung" is "những", not "nhưng", "moi" "mỗi", not "mới", as
# printed: `_MANY_SPELLED`)
# ... nor the targets it adopts, whose year they are: "Hội nghị cũng đã thông qua các chỉ
# tiêu, nhiệm vụ phát triển kinh tế – xã hội, quốc phòng – an ninh năm 2026" (Người Lao Động,
# 31/12/2025: zc-nld), the year of the work adopted (as convention 10 reads "phương hướng
# nhiệm vụ năm 2026" after a year reviewed)
# ... nor the targets a decision announced there assigns: "Tại hội nghị, Trưởng phòng Kinh tế
# hạ tầng và đô thị phường đã công bố Quyết định giao chỉ tiêu kế hoạch phát triển kinh tế -
# xã hội và dự toán ngân sách nhà nước năm 2026" (UBND phường Bình Lộc, Đồng Nai, 2025:
# zd-binhloc-dongnai), the year of the plan assigned (`refusals.refuse_object_year` reads a
# plan assigned, "giao kế hoạch … năm 2026", as the time of work)
_REVIEWED = re.compile(
    r"(?<![a-z])(?:tong ket|so ket|bao cao|danh gia|ket qua|quyet toan|cong tac|cac cap"
    r"|thong qua (?:cac )?(?:chi tieu|nhiem vu|muc tieu)"
    r"|(?<!chua )(?<!khong )cong bo (?:cac )?quyet dinh giao (?:chi tieu|ke hoach|du toan))(?![a-z])"
)
_MANY_BEFORE = re.compile(r"(?:\d|(?<![a-z])(?P<many>cac|nhung|nhieu|mot so|moi|hang))\s*\Z")
# ... or the first of a list of events, each many: "tổ chức các hoạt động thi, liên hoan văn hóa
# - nghệ thuật cấp tỉnh năm 2022" (Báo Khánh Hòa, 2021: zk-baokhanhhoa), the contests and
# festivals of the province's year
_MANY_LISTED = re.compile(
    r"(?<![a-z])(?P<many>cac|nhung)\s+hoat\s+dong\s+[a-z]+(?:\s+[a-z]+)?\s*,\s*\Z"
)
_MANY_SPELLED = frozenset({"các", "những", "nhiều", "một số", "mỗi", "hằng", "hàng"})
# ... nor the festivals of a place, named by no name of their own: "TRIỂN KHAI CÔNG TÁC QUẢN LÝ
# VÀ TỔ CHỨC LỄ HỘI TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI NĂM 2026" (UBND TP Hà Nội, KH 30/2026, each
# year's plan for every festival of the city): the year's work
_OF_A_PLACE = re.compile(r"\A\s*(?:hoi\s+)?tren\s+dia\s+ban(?![a-z])")
# ... nor the festivals a body manages, named by no name of their own either: "Tăng cường công
# tác quản lý và tổ chức lễ hội năm 2024 trên địa bàn tỉnh Hòa Bình" (UBND tỉnh Hòa Bình,
# 2024: zk-hoabinh), the same year's work, its place after the year
_MANAGED = re.compile(r"(?<![a-z])quan\s+ly(?:\s+va\s+to\s+chuc)?\s*\Z")


def event_on_its_days(words: str) -> str | None:
    """The one event the `words` (as printed) name before a year, held on a few days of it
    ("kỳ thi", "đại hội", "lễ" … as printed), or None: none, a review of the year, or many."""
    said = " ".join(nfc(words).lower().split())
    folded, bare = fold(said), unmarked(said)
    # each event named, not only the first: "Đại hội TDTT các cấp tiến tới Đại hội TDTT tỉnh
    # Yên Bái lần thứ X, năm 2026" names many congresses, then the one the year is of
    start = 0
    while event := _EVENT_ON_ITS_DAYS.search(folded, start):
        start = event.start("rest")
        term = _A_TERM.search(folded, 0, event.end("event"))
        if event["marked"] and not term and (bare or not spelled(said, event, "marked", _MARKED)):
            continue
        many = _MANY_BEFORE.search(folded[: event.start()]) or _MANY_LISTED.search(
            folded[: event.start()]
        )
        if many and not spelled(said, many, "many", _MANY_SPELLED):
            many = None
        generic = event["event"] in ("le", "le hoi") and (
            _OF_A_PLACE.match(event["rest"])
            or (not event["rest"].strip() and _MANAGED.search(folded, 0, event.start()))
        )
        if not (_REVIEWED.search(event["rest"]) or many or generic):
            return said[slice(*event.span("event"))]
    return None


# "Năm 2026, chương trình được tổ chức với quy mô cấp phường, …" (Báo Thanh Hóa, 2025: the
# edition "Chào năm mới - 2026" of a programme held on 31/12/2025): a thing said to be held
# ("được tổ chức", "diễn ra") after a year named alone is an event on a few days (or an
# edition named for the year), never due on 31/12 as the whole year would be. Only the
# passive "được tổ chức" and "diễn ra": "tổ chức" alone is a verb of any work ("Năm 2026, tỉnh
# tổ chức 5 lớp tập huấn"), a window over the year
_HELD_AFTER = re.compile(r"\b(?:duoc\s+to\s+chuc|dien\s+ra)\b", re.ASCII)
# ... and an edition described after it, the event its subject: "Năm 2026, chương trình do
# UBND phường chỉ đạo thực hiện", "Năm 2026, chương trình có quy mô cấp tỉnh", "Năm 2026, Lễ
# hội sẽ có nhiều hoạt động mới" (the x- phrase of Báo Thanh Hóa without "được tổ chức"): what
# the year's edition is like, never a year of work. Only an event's name opening the words
# and a verb of describing it; "Năm 2026, chương trình công tác tập trung …" is the year's
# programme of work and reads.
_EDITION_DESCRIBED = re.compile(
    r"^\W*(?:chuong\s+trinh(?!\s+(?:cong\s+tac|hanh\s+dong|muc\s+tieu))|le\s+hoi|hoi\s+thi"
    r"|cuoc\s+thi|ngay\s+hoi|hoi\s+cho|lien\s+hoan|festival|giai\s+chay|hoi\s+bao)\b"
    r"[^,;]*?\b(?:(?:se\s+)?co\s+(?:quy\s+mo|nhieu|them|su)|do\b[^,;]*\bchi\s+dao"
    r"|thu\s+hut|quy\s+tu)\b",
    re.ASCII,
)


def held_on_its_days(event: str) -> Unreadable:
    """The refusal of `event` (as printed) read as a whole year: held on a few days of it."""
    return Unreadable(
        f"“{event} …” là một sự kiện (một đợt) diễn ra trong ít ngày của năm đó, không "
        "phải cả năm: thời hạn là những ngày tổ chức; ghi last_day (và first_day) theo văn bản"
    )


def refuse_held_after_a_year(first: date | None, last: date | None, words: str) -> None:
    """Refuse a whole calendar year (`first` 1/1 to `last` 31/12) read before `words` (as
    printed) that say a thing is held then (`_HELD_AFTER`): the days held are meant."""
    whole = first is not None and last is not None and (first.month, first.day) == (1, 1)
    if not whole or last is None or (last.month, last.day) != (12, 31):
        return
    if held := _HELD_AFTER.search(fold(words)) or _EDITION_DESCRIBED.search(fold(words).lower()):
        raise held_on_its_days(" ".join(words[: held.end()].split()).strip(" ,;:"))


def anniversary_agrees(prepared: str, days: list[date]) -> None:
    """ "kỷ niệm 44 năm Ngày Giải phóng miền Nam vào ngày 30/4/2020": the occasion's own day
    (30/4) in the year its count names (1975 + 44 = 2019), not 2020: one of the two is a
    typo, and the day would be read in the wrong year. Checked only when the day read is the
    occasion's day of a known founding year (`_FOUNDED`); a day that prepares the
    anniversary ("… trước ngày 15/4/2020") is any day."""
    for said in _ANNIVERSARY.finditer(prepared):
        # "Ngày Thương binh - Liệt sĩ": the name without its dash
        words = " ".join(re.findall(r"[a-z]+", said["what"]))
        for name, (on, month, founded) in _FOUNDED.items():
            if name not in words:
                continue
            for day in days:
                named = founded + int(said["n"])
                if (day.day, day.month) == (on, month) and day.year != named:
                    raise Unreadable(
                        f"kỷ niệm {said['n']} năm (từ {founded}) là năm {named}, không phải "
                        f"{day.year} như ngày {show(day)}; một trong hai số viết nhầm: ghi "
                        "last_day theo văn bản"
                    )


_ANNIVERSARY = re.compile(
    r"(?<![a-z])ky\s+niem\s+(?P<n>\d{1,3})\s+nam\s+(?P<what>[a-z][a-z –—-]{3,80})", re.ASCII
)
# occasions with a fixed day and the year they began (the first anniversary is a year after)
_FOUNDED = {
    "giai phong mien nam": (30, 4, 1975),
    "thanh lap dang": (3, 2, 1930),
    "quoc khanh": (2, 9, 1945),
    "cach mang thang tam": (19, 8, 1945),
    "quan doi nhan dan": (22, 12, 1944),
    "dien bien phu": (7, 5, 1954),
    "sinh chu tich ho chi minh": (19, 5, 1890),
    "sinh nhat bac": (19, 5, 1890),
    "thanh lap doan": (26, 3, 1931),
    "giai phong thu do": (10, 10, 1954),
    "thuong binh liet si": (27, 7, 1947),
    "bao chi cach mang": (21, 6, 1925),
    # the days first kept in that year (each one's 40th, 90th … anniversary as plans name it:
    # 40 năm Ngày Nhà giáo Việt Nam in 2022, 90 năm Ngày Phụ nữ Việt Nam in 2020, 110 năm
    # Ngày Quốc tế Phụ nữ in 2020, 130 năm Ngày sinh Bác in 2020, 90 năm Ngày truyền thống
    # Đoàn in 2021, 70 năm Ngày Thầy thuốc Việt Nam in 2025, 90 năm Công đoàn Việt Nam in
    # 2019, 90 năm Mặt trận Tổ quốc in 2020, 75 năm Ngày Thể thao Việt Nam in 2021)
    "nha giao viet nam": (20, 11, 1982),
    "phu nu viet nam": (20, 10, 1930),
    "quoc te phu nu": (8, 3, 1910),
    "sinh bac": (19, 5, 1890),
    "truyen thong doan": (26, 3, 1931),
    "thay thuoc viet nam": (27, 2, 1955),
    "cong doan viet nam": (28, 7, 1929),
    "mat tran to quoc": (18, 11, 1930),
    "the thao viet nam": (27, 3, 1946),
    "cong an nhan dan": (19, 8, 1945),
    "bien phong": (3, 3, 1959),
}


def founded_days() -> list[tuple[str, tuple[int, int]]]:
    """The occasions of `_FOUNDED` (folded names) with their day and month."""
    return [(name, (on, month)) for name, (on, month, _) in _FOUNDED.items()]


def named_day_disagreement(folded: str, day: date) -> str | None:
    """Why the one `day` read is not the solar day the phrase (`folded`) names right beside
    it ("Tết Thanh minh ngày 10/4/2027": Thanh minh opens on 5/4/2027; "Lễ Giáng sinh ngày
    20/12"), or None when it is, or when no such name stands beside the day. A holiday
    break ("nghỉ Tết Dương lịch …") may run over other days and is not checked."""
    for beside in (*_NAME_THEN_DAY.finditer(folded), *_DAY_THEN_NAME.finditer(folded)):
        name = " ".join(beside["name"].split())
        if _BREAK.search(folded[: beside.start("name")]):
            continue
        first, last, said = _days_named(name, day.year)
        if not first <= day <= last:
            return f"ngày {show(day)} không phải {said}"
    return None


_NAMED = (
    r"(?P<name>tet\s+thanh\s+minh|(?:tiet\s+)?thanh\s+minh|giang\s+sinh|noel|tet\s+duong\s+lich)"
)
_A_DAY = r"\d{1,2}\s*[/.-]\s*\d{1,2}"
_NAME_THEN_DAY = re.compile(
    rf"(?<![a-z]){_NAMED}(?![a-z])\s*[,(:–-]?\s*(?:(?:vao|la)\s+)?(?:ngay\s+)?{_A_DAY}", re.ASCII
)
_DAY_THEN_NAME = re.compile(
    rf"{_A_DAY}(?:\s*[/.-]\s*\d{{4}})?\s*[,(–-]\s*(?:(?:ngay|le|dip)\s+)?{_NAMED}(?![a-z])",
    re.ASCII,
)
_BREAK = re.compile(r"(?<![a-z])nghi(?![a-z])", re.ASCII)


def _days_named(name: str, year: int) -> tuple[date, date, str]:
    """The first and last day `name` (folded) may fall on in `year`, and how to say it."""
    if "thanh minh" in name:
        # the solar term opens when the sun reaches 15° of longitude: 4 or 5 April this
        # century (the usual rule of the 24 terms: [Y × 0.2422 + 4.81] − [Y / 4], Y the
        # year's last two digits); a day either side for the hour it turns at, in UTC+7
        two = year % 100
        opens = date(year, 4, int(two * 0.2422 + 4.81) - two // 4)
        if name.startswith("tet"):
            return (
                opens - timedelta(days=1),
                opens + timedelta(days=1),
                f"Tết Thanh minh ({show(opens)}, ngày tiết Thanh minh bắt đầu)",
            )
        return (
            opens - timedelta(days=1),
            opens + timedelta(days=14),
            f"trong tiết Thanh minh (15 ngày từ {show(opens)})",
        )
    if name in ("giang sinh", "noel"):
        return date(year, 12, 24), date(year, 12, 25), "Lễ Giáng sinh (24–25/12)"
    return date(year, 1, 1), date(year, 1, 1), "Tết Dương lịch (01/01)"


# An anniversary's span in parentheses after its count: "Lễ kỷ niệm 30 năm ngày thành lập
# (12/8/1991 - 12/8/2021) vào ngày 10/8/2021" (UBND tỉnh Bà Rịa - Vũng Tàu, 2021), "Kỷ niệm 41
# năm giải phóng hoàn toàn miền Nam, thống nhất đất nước (30/4/1975-30/4/2016)" (Ninh Thuận,
# 2016): the founding day and its return N years later, one day and month, the years N
# apart. It names the occasion, never the deadline.
_SPAN_AFTER_COUNT = re.compile(
    r"(?<![\d/.])(?P<n>\d{1,3})\s+nam\b[^()\d]{0,120}"
    # ... its days written with dots too: "kỷ niệm 80 năm Quốc khánh (2.9.1945 - 2.9.2025)"
    # (Việt Báo, 2025), "50 năm Ngày Giải phóng miền Nam, … (30.4.1975 - 30.4.2025)" (NLĐ, 2025)
    # ... or dashes: "(19-12-1946 – 19-12-2025)" (SGGP, 2025; zj- of the corpus)
    r"(?P<span>\(\s*(?:(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*)?"
    r"(?P<y1>\d{4})\s*[–—-]\s*"
    # ... or its years alone: "Kỷ niệm 50 năm ngày thành lập tỉnh (1977-2027)" (a span of 50
    # years read as a window from 1977, due 31/12/2027)
    r"(?(d)(?P=d)\s*(?P=sep)\s*(?P=m)\s*(?P=sep)\s*)(?P<y2>\d{4})\s*\))",
    re.ASCII,
)


# ... and its years alone, the first counted as the first of the N, after "kỷ niệm": "Lễ kỷ niệm
# 30 năm Hội thi Tin học trẻ toàn quốc (1995 - 2024) tại TP Hà Nội vào đầu tháng 8-2024" (SGGP,
# 2024; zv-sggp-tin-hoc-tre-vong-khu-vuc-mien-trung-2024: the 1995 contest the first of 30).
# Only after "kỷ niệm" ("kế hoạch 5 năm (2021-2025)" is the plan's period, counted so too), and
# only when every other year the phrase writes is the span's last, the year it is kept in
# ("(1995 - 2024) … tháng 8-2025" is a misprint of one of them, and stays refused)
_YEARS_COUNTED_IN = re.compile(
    r"(?<![a-z])ky\s+niem\s+(?P<n>\d{1,3})\s+nam\s+"
    # the name: words alone, no mark, no word of a period ("…, giai đoạn (1995 - 2024)")
    r"(?:(?!(?:giai\s+doan|thoi\s+ky|nhiem\s+ky|tu|den)\b)[a-z]+\s+){1,20}?"
    r"(?P<span>\(\s*(?P<y1>(?:19|20)\d\d)\s*[–—-]\s*(?P<y2>(?:19|20)\d\d)\s*\))",
    re.ASCII,
)
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)", re.ASCII)


def anniversary_spans(prepared: str) -> list[tuple[int, int]]:
    """Where `prepared` gives an anniversary's span after its count (`_SPAN_AFTER_COUNT`):
    the parentheses of "30 năm … (12/8/1991 - 12/8/2021)", only when the years are the count
    apart; and its years alone after "kỷ niệm", the first counted in (`_YEARS_COUNTED_IN`:
    "kỷ niệm 30 năm … (1995 - 2024)")."""
    spans = [
        found.span("span")
        for found in _SPAN_AFTER_COUNT.finditer(prepared)
        if int(found["y2"]) - int(found["y1"]) == int(found["n"])
    ]
    return spans + [
        found.span("span")
        for found in _YEARS_COUNTED_IN.finditer(prepared)
        if found.span("span") not in spans and _counted_in(found)
    ]


def anniversary_spans_checked(prepared: str) -> list[tuple[int, int]]:
    """`anniversary_spans` of `prepared`, after `refuse_anniversary_years_unlike`."""
    refuse_anniversary_years_unlike(prepared)
    return anniversary_spans(prepared)


def refuse_anniversary_years_unlike(prepared: str) -> None:
    """Refuse two years alone in parentheses right after "kỷ niệm N năm" and its name
    (`_YEARS_COUNTED_IN`) that are not the count apart: "Lễ kỷ niệm 30 năm Hội thi Tin học
    trẻ toàn quốc (1990 - 2024)" was read as a window from 1990 to 2024, the work's period,
    where the span can only be the anniversary's, one of its years (or the count) misprinted."""
    for found in _YEARS_COUNTED_IN.finditer(prepared):
        count, first, last = int(found["n"]), int(found["y1"]), int(found["y2"])
        if last - first not in (count, count - 1):
            raise Unreadable(
                f"“({first} - {last})” sau “kỷ niệm {count} năm” là những năm của lễ kỷ niệm, "
                f"không phải thời gian của việc, và cách nhau {last - first} năm chứ không phải "
                f"{count}: một số viết nhầm; ghi last_day (và first_day) theo văn bản"
            )


def _counted_in(found: re.Match[str]) -> bool:
    """Whether the years alone of `found` (`_YEARS_COUNTED_IN`) are the count apart with the
    first counted in, and every other year of the phrase is their last."""
    last, (start, end) = int(found["y2"]), found.span("span")
    if last - int(found["y1"]) != int(found["n"]) - 1:
        return False
    rest = found.string[:start] + " " + found.string[end:]
    return all(int(year) == last for year in _A_YEAR.findall(rest))


# ... after "vào dịp" (on the occasion), the span's second day is the occasion's own day that
# year, the time of the work: "Thủ tướng yêu cầu các địa phương … chuẩn bị khởi công loạt dự án
# cao tốc vào dịp kỷ niệm 136 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2026)" (Znews
# on Thông báo 89/TB-VPCP, 2026; zj-znews), read as "vào dịp kỷ niệm … (18/11/2024)" is, the
# founding day the occasion's name. Only "vào dịp" right before "kỷ niệm N năm" and a span of
# days: "nhân dịp", "chào mừng", "hướng tới" (around or towards the occasion: a flag flown,
# works marked) keep the whole span a name, as the corpus reads them (refused)
_ON_THE_OCCASION = re.compile(r"(?<![a-z])vao\s+dip\s+ky\s+niem\s+\Z", re.ASCII)
_SPAN_DASH = re.compile(r"\s*[–—-]\s*")


def on_the_occasion_day(text: str) -> str:
    """`text` with the founding day of an anniversary's span on the occasion
    (`_ON_THE_OCCASION`: "vào dịp kỷ niệm 136 năm … (19/5/1890-19/5/2026)") left out, its day
    that year kept: "… (19/5/2026)"; any other text as given (`anniversary_spans` names the
    whole span there). A phrase that tells a thing done ("đã", "vừa") stays as it is: the
    occasion's day is then when it was done (convention 1)."""
    if TOLD_DONE.search(nfc(text)):
        return text
    folded = fold(text).lower()  # one character for one: the spans are the text's
    for found in reversed(list(_SPAN_AFTER_COUNT.finditer(folded))):
        if found["d"] is None or int(found["y2"]) - int(found["y1"]) != int(found["n"]):
            continue
        dash = _SPAN_DASH.match(folded, found.end("y1"))
        if dash and _ON_THE_OCCASION.search(folded[: found.start("n")]):
            text = text[: found.start("span") + 1] + text[dash.end() :]
    return text


# An event's edition and its year after a dash, as the press names a race or a festival: "giải
# Việt dã toàn quốc và Marathon Giải báo Tiền Phong lần thứ 56 - 2015 sẽ được tổ chức vào sáng
# Chủ nhật 22/3 …" (VTC News, 2015; zk-vtcnews): the year of that edition, written as "lần thứ
# 56 năm 2015" is, so that every check of an event's year applies to it (the day takes it,
# a day of another year is refused). Only digits or a Roman numeral after "lần thứ", and a
# year not followed by another number ("lần thứ 2 - 2020/QĐ" is no edition's year)
_EDITION_YEAR = re.compile(
    r"(?i)(?<!\w)(?P<edition>lần\s+thứ\s+(?:\d{1,3}|[IVXLC]{1,7}))\s*[–—-]\s*"
    r"(?P<year>(?:19|20)\d\d)(?![\w/.-])"
)


# ... and a congress's edition with its term in parentheses, as the press names it: "Dự kiến
# Đại hội Thi đua yêu nước tỉnh Phú Thọ lần thứ I (2025-2030) được tổ chức vào trong 1 ngày
# (8/10) tại Trung tâm Hội nghị tỉnh" (Báo Phú Thọ, 2025; zr-baophutho): the five years of the
# term the congress opens, written as "lần thứ I nhiệm kỳ 2025-2030" is (convention 5: a term
# names the congress), so that the day read must fall in the term
# (`refusals.refuse_day_outside_its_terms`). Only "Đại hội" (a contest's or a prize's "lần thứ
# 15 (2018-2019)" is no term), a span of five years, and a day written after it: alone, "Đại hội
# Thi đua yêu nước tỉnh lần thứ V (2020 - 2025)" is the period the phrase gives, read as before
_CONGRESS_TERM = re.compile(
    r"(?i)(?<!\w)(?P<congress>đại\s+hội\s[^()\d;:.]{0,150}?\blần\s+thứ\s+(?:\d{1,3}|[IVXLC]{1,7}))"
    r"\s*\(\s*(?P<first>(?:19|20)\d\d)\s*[–—-]\s*(?P<last>(?:19|20)\d\d)\s*\)"
    r"(?=.*?(?<![\d/.,-])\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d,]))",
    re.DOTALL,
)
_TERM_YEARS = 5  # a congress's term: Điều lệ Đảng, Điều 11; the Front's and the unions' too
# a cadence anywhere beside it: a congress held once a term is no yearly event, and such a
# phrase stays as printed (refused for the years in parentheses)
_CADENCE = re.compile(r"(?i)(?<!\w)(?:(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng|tuần)|định\s+kỳ)(?!\w)")


def _as_term(found: re.Match[str]) -> str:
    """The congress and its term in parentheses (`_CONGRESS_TERM`), the term said so; the
    text as found when the span is no term's five years."""
    first, last = int(found["first"]), int(found["last"])
    if last - first != _TERM_YEARS:
        return found.group()
    return f"{found['congress']}, nhiệm kỳ {first}-{last}"


def edition_year_named(text: str) -> str:
    """`text` with an edition's year after a dash written after "năm" (`_EDITION_YEAR`:
    "lần thứ 56 - 2015" -> "lần thứ 56 năm 2015"), and a congress's term in parentheses after
    "nhiệm kỳ" (`_CONGRESS_TERM`: "Đại hội … lần thứ I (2025-2030) … (8/10)" -> "… lần thứ I,
    nhiệm kỳ 2025-2030 …"); any other text as given, and a look back at the edition
    (`NOT_HELD_THEN`: "Hội nghị tổng kết giải lần thứ 56 - 2025 …", fresh45) held after its
    year keeps its dash."""
    # a term frames any day read, "Trung tâm Hội nghị" or not (not `NOT_HELD_THEN`'s); never
    # beside a cadence ("… ngày 8/10 hằng năm": which congress?) nor a congress told held
    # ("đã", "vừa": the day it was held, convention 1), left as printed and refused
    if not _CADENCE.search(text) and not TOLD_DONE.search(nfc(text)):
        text = _CONGRESS_TERM.sub(_as_term, text)
    if NOT_HELD_THEN.search(fold(text)):
        return text
    return _EDITION_YEAR.sub(lambda found: f"{found['edition']} năm {found['year']}", text)


# A day and month named as a day of its own, "05/6 là Ngày Môi trường thế giới" (Quân đội
# nhân dân; zj- of the corpus): a day kept each year (the world environment day), read as
# "ngày 05/6 hằng năm là Ngày …" reads. Only the whole phrase, no year, the name capitalised
# after "Ngày" and no number in it; never "Ngày hội …" (a fair held once) nor "Ngày Tết".
_NAMED_DAY_ALONE = re.compile(
    r"^(?P<day>\W*(?:[Nn]gày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2})"
    r"(?P<name>\s+là\s+Ngày\s+(?!(?:[Hh]ội|Tết)(?!\w))[A-ZĐÂĂÊÔƠƯ][^\d]*)\Z"
)


def named_day_each_year(text: str) -> str:
    """`text` with "hằng năm" after the day of a day named alone (`_NAMED_DAY_ALONE`: "05/6
    là Ngày Môi trường thế giới" -> "05/6 hằng năm là Ngày …"); any other text as given."""
    found = _NAMED_DAY_ALONE.match(nfc(text))
    if found is None:
        return text
    return f"{found['day']} hằng năm{found['name']}"
