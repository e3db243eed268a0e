"""The words that introduce what a phrase tells: who says it, or "như sau:" before a schedule.

"Cục Thống kê (Bộ Tài chính) cho biết: Hôm nay (7/1) sẽ triển khai cuộc Tổng điều tra kinh
tế năm 2026 trên phạm vi toàn quốc." (Nhân Dân, 07/01/2026; zg-nhandan), "Tổng cục Thống kê
cho biết từ ngày 1-4, Tổng cục sẽ thực hiện điều tra dân số và nhà ở giữa kỳ năm 2024" (Hà
Nội Mới, 12/3/2024; z-hanoimoi, za-hanoimoi): the press names its source before the
reported speech, which reads alone as a clerk would copy it. "UBND huyện Hòa Thành quyết
định thay đổi thời gian và địa điểm tổ chức như sau: 3 ngày, từ ngày 31/5/2019 đến
02/6/2019 …" (Trung tâm Xúc tiến du lịch Tây Ninh, 2019; y-tay-ninh): "như sau:" (as
follows) introduces the new time; its "sau" is no start bound. "Ngày 25/12, Phó thủ tướng
… đã đồng ý với đề xuất của Bộ Nội vụ về việc công chức, viên chức được nghỉ Tết Dương lịch …
từ ngày 1 đến ngày 4/1/2026" (Znews, 2025; za-znews): an agreement or a notice told given,
then the matter it settles, still to come (`_SETTLED`).

The lead-in holds no number (a day before "cho biết" is the day the news was told,
`toldpast`), stands at the phrase's opening and is short; what follows it is read with every
rule and refusal of a whole phrase (`engine`), only once the whole phrase is refused (a
matter settled after the day the news was told: before it, as the whole is news of a thing
done).

Pure: no I/O.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from kehoach.base.text import fold, nfc
from kehoach.dates.occasions import anniversary_spans


class LeadIn(NamedTuple):
    """A phrase cut at the words that introduce what it tells."""

    words: str  # the lead-in without its verb: who tells, or what "như sau" introduces
    rest: str  # what is told, as printed
    told: bool  # "… cho biết": reported speech; else "… như sau:"
    per_plan: bool = False  # "Theo kế hoạch của …,": a plan named as the source (`_PER_PLAN`)
    told_on: str = ""  # "Ngày 18.1, … cho biết, …": the day the news was told, as printed
    settled: bool = False  # "… đã đồng ý … về việc …": a matter settled (`_SETTLED`)


# who tells (no number, no clause of its own: no ";" nor a full stop, "TP.HCM" kept), then
# the verb of telling and its comma or colon; or any words with no number, then "như sau" and
# its colon
_LEAD_IN = re.compile(
    r"\A(?P<words>(?:[^\d;.]|\.(?=\S)){2,160}?)\s*\b(?:(?P<told>cho\s+biet)\s*[,:]?|nhu\s+sau\s*:)"
    r"\s+(?=\S)",
    re.ASCII,
)
# What a source is reported to say is as often a figure reached or a thing done ("Bộ Tài
# chính cho biết đến ngày 26/12, cả nước đã xử lý được …", v-chuyendongthitruong): read only
# what it tells to come ("sẽ", "dự kiến"), and never beside "đã"
# "Theo kế hoạch của UBND, học sinh trên địa bàn tỉnh Sơn La sẽ bắt đầu tựu trường từ ngày
# 16/8" (l-son-la-tuu-truong-2021-2022): the plan named as the source, then its comma; what
# follows is what the plan sets. Only "theo kế hoạch" alone or "của" its issuer (no number,
# no clause): "Theo kế hoạch ban đầu, …" (an old time, `calledoff`) is never a source
_PER_PLAN = re.compile(
    r"\A\W*theo\s+ke\s+hoach(?:\s+cua\s+(?P<words>[^\d;.,:]{2,80}?))?\s*,\s+(?=\S)", re.ASCII
)
# "Theo thông tin mới nhất từ trang web chính thức của Tổng công ty Điện lực Hà Nội
# (EVNHANOI), ngày 25/5 sẽ diễn ra kế hoạch cắt điện tại nhiều địa điểm …" (Đời sống & Pháp
# luật, 24/5/2023; zu-doisongphapluat-lich-cat-dien-ha-noi-25-5-2023): the press names its
# source as "theo thông tin (mới nhất) từ/của …", then its comma; what follows is read as
# after "… cho biết" (only a thing to come, nothing done). The source holds no number and no
# clause
_PER_SOURCE = re.compile(
    r"\A\W*theo\s+thong\s+tin(?:\s+moi\s+nhat)?\s+(?:tu|cua)\s+(?P<words>[^\d;.,:]{2,120}?)"
    r"\s*,\s+(?=\S)",
    re.ASCII,
)
# ... the day the news is told, opening the line before who tells it: "Ngày 18.1, tin từ UBND
# tỉnh Tây Ninh cho biết, Hội Xuân núi Bà Đen năm Bính Ngọ 2026 sẽ diễn ra từ ngày 17.2 đến
# 18.3.2026 …" (Thanh Niên, 18/01/2026; x-thanhnien-tay-ninh-hoi-xuan-nui-ba-den-2026): the
# day of the telling (`toldpast`), kept as the gloss; what is told is read as after any
# source, a thing to come and nothing done. Only a day and its month, then its comma
_TOLD_ON = re.compile(
    r"\A\W*(?:(?:buoi\s+)?(?:sang|chieu|toi|trua)\s+(?:ngay\s+)?|ngay\s+)"
    r"(?P<day>\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)\s*,\s+(?=\S)",
    re.ASCII,
)
# ... or a body's agreement or notice told given, then "(về) việc" and the matter it settles:
# "Ngày 25/12, Phó thủ tướng Phạm Thị Thanh Trà đã đồng ý với đề xuất của Bộ Nội vụ về việc
# công chức, viên chức được nghỉ Tết Dương lịch 4 ngày liên tục từ ngày 1 đến ngày 4/1/2026."
# (Znews, 25/12/2025; za-znews-lich-nghi-tet-duong-lich-2026), "UBND TP.HCM vừa thông báo việc
# nghỉ Tết Dương lịch và treo cờ Tổ quốc ngày 1-1-2016" (Tuổi Trẻ, 9/12/2015; zs-tuoitre-
# tphcm-thong-bao-nghi-tet-duong-lich-2016): the agreement is done, the matter it settles is
# still to come, as "đã thống nhất tổ chức cuộc thi từ ngày 18 đến 20/10" reads (the corpus's
# convention, branch tune-r). Only "đã"/"vừa" as printed (`_TOLD_DONE`), the verb of
# agreeing or notifying right after it, and "việc" (its "về" and the proposal agreed to
# before it) opening the matter; a notice by its number ("Thông báo số 12/TB …") or its day
# is a document cited (`citations`), and the matter's days must come after the telling
# (`engine`), the day that opens the line or the page's
# ... and a directive told sent, then what it orders after "yêu cầu": "Tối 29/9, Sở GD&ĐT Lào
# Cai đã có văn bản chỉ đạo khẩn, yêu cầu toàn bộ cơ sở giáo dục trên địa bàn cho … học sinh
# … nghỉ học ngày 30/9 …" (Znews, 30/9/2025; za-znews-nghi-hoc-bao-bualoi-2025): the letter's
# day is the telling's, the order's day its own; never a letter named by its number
# ("có Văn bản số 5525/BNNMT-ĐĐ …": its day may follow) or sent to someone ("có văn bản gửi")
_SETTLED = re.compile(
    r"\A(?P<words>(?:[^\d;.]|\.(?=\S)){2,160}?)\s+(?P<done>da|vua)\s+"
    r"(?:(?:dong\s+y|thong\s+nhat|chap\s+thuan|thong\s+bao)"
    r"(?:\s+voi\s+(?:de\s+xuat|de\s+nghi|to\s+trinh)[^\d;.:]{0,120}?)?"
    r"\s+(?:ve\s+)?viec"
    r"|co\s+(?:van\s+ban|cong\s+van|cong\s+dien)(?:\s+chi\s+dao)?(?:\s+(?:khan|hoa\s+toc))?"
    r"\s*,?\s+yeu\s+cau)\s+(?=\S)",
    re.ASCII,
)
_TOLD_DONE = frozenset({"đã", "vừa"})
_TO_COME = re.compile(r"\b(?:se|du\s+kien)\b", re.ASCII)
_DONE = re.compile(r"\bda\b", re.ASCII)


def after_lead_in(text: str) -> LeadIn | None:
    """`text` cut after its lead-in (`_LEAD_IN`, `_PER_SOURCE`) when the words after it hold a
    number (the time to read), tell nothing done (`_DONE`) and, after a source ("cho biết",
    "theo thông tin từ …"), tell a thing to come (`_TO_COME`); None otherwise."""
    folded = fold(_codes_masked(text)).lower()  # one character for one: the text's spans
    per_plan = _PER_PLAN.match(folded)
    if per_plan is not None:
        return _after_plan_named(text, folded, per_plan)
    told_on = _TOLD_ON.match(folded)
    if told_on is not None:  # who tells after the day, then what is told
        at = told_on.end()
        day = text[slice(*told_on.span("day"))]
        lead = _after_source(text[at:], folded[at:])
        return lead._replace(told_on=day) if lead is not None and lead.told else None
    return _after_source(text, folded)


# A unit's code in the title of who tells: "Thượng tá Hồ Thị Lãnh, Phó Trưởng phòng PC06, cho
# biết từ ngày 1-7, việc cấp căn cước công dân … sẽ tiếp tục theo quy định" (CafeF,
# 24/6/2024; zf-cafef-tphcm-tam-ngung-cap-cccd-2024): the police number their departments
# so (PC06, the administrative police of a province's Công an; PA05, PV01 …), two or three
# capitals and two digits in one word, no time. Its digits are no number of the lead-in.
# Not one capital ("T10", "Q12": a month or a quarter as notes abbreviate them).
_UNIT_CODE = re.compile(r"(?<![\w/.-])[A-Z]{2,3}\d{2}(?![\w/.-])")


def _codes_masked(text: str) -> str:
    """`text` (as printed: its case kept) with the digits of each unit code (`_UNIT_CODE`) as letters, one
    for one: "PC06" is "PCxx", the rest unchanged."""
    return _UNIT_CODE.sub(lambda code: code.group()[:-2] + "xx", text)


def _after_source(text: str, folded: str) -> LeadIn | None:
    """`after_lead_in` for a lead-in at the opening of `text` (`folded` its fold)."""
    found = _LEAD_IN.match(folded) or _PER_SOURCE.match(folded)
    if found is None:
        return _after_settled(text, folded)
    said = folded[found.end() :]
    told = found.re is _PER_SOURCE or found["told"] is not None
    if _DONE.search(said) or (told and not _TO_COME.search(said)):
        return None
    rest = text[found.end() :]
    if not any(char.isdigit() for char in rest):
        return None
    # the source alone is judged as the label: "theo" before it is the press's, no manner
    start = found.start("words") if found.re is _PER_SOURCE else 0
    return LeadIn(text[start : found.end("words")], rest, told)


def _after_settled(text: str, folded: str) -> LeadIn | None:
    """`text` cut after an agreement or a notice told given, before the matter it settles
    (`_SETTLED`), when that matter holds a number and tells nothing done (`_DONE`); None
    otherwise. Whether its days are still to come is the caller's to check (`settled`)."""
    found = _SETTLED.match(folded)
    if found is None or text[slice(*found.span("done"))].lower() not in _TOLD_DONE:
        return None
    rest = text[found.end() :]
    if _DONE.search(folded[found.end() :]) or not any(char.isdigit() for char in rest):
        return None
    return LeadIn(text[: found.end("words")], rest, told=True, settled=True)


def _after_plan_named(text: str, folded: str, found: re.Match[str]) -> LeadIn | None:
    """`text` cut after "Theo kế hoạch (của …)," (`_PER_PLAN`) when what follows holds a
    number and tells nothing done (`_DONE`: "Theo kế hoạch, … đã …" is a report). The words
    kept are the issuer's ("UBND"), judged as a label as any source's; "" for none."""
    rest = text[found.end() :]
    if _DONE.search(folded[found.end() :]) or not any(char.isdigit() for char in rest):
        return None
    words = text[found.start("words") : found.end("words")] if found["words"] else ""
    return LeadIn(words, rest, told=True, per_plan=True)


# A month or a quarter that opens the sentence after "Đến"/"Tới", its comma, then what is done
# in it: "Tới quý III/2026, Cục X sẽ công bố thanh tra Bệnh viện K và các đơn vị trực thuộc"
# (Dân trí, 17/12/2025, on Thanh tra Chính phủ's plan for 2026; v-dantri-ttcp-thanh-tra-y-te-
# 2026), "Đến quý IV, Thanh tra Chính phủ giao Cục I thanh tra tại UBND tỉnh Hưng Yên"
# (t-dantri-ke-hoach-thanh-tra-2026-cuc-i): when the quarter comes, the work is done in it,
# the quarter's window, as the corpus reads both. Alone, "đến tháng 3" stays refused (up to
# March, or through it? `label._MISLEADING`); at the opening, before a clause of its own,
# the period is the time of that clause's work, and its last day the due day either way
# ("Đến năm 2035" is the end of 2035: tests/corpus/README.md). One month or one quarter,
# with or without its year; never a list ("Đến tháng 9 và 10, …"), a part ("đến giữa tháng
# 3", read elsewhere) or a day.
_PERIOD_COME = re.compile(
    r"\s*(?P<word>den|toi)\s+(?=(?:thang\s+\d{1,2}|quy\s+(?:[ivx]{1,4}|[1-4]))"
    r"(?:\s*[/.-]\s*\d{4}|\s+nam\s+\d{4})?\s*\Z)",
    re.ASCII,
)


# ... "đến"/"tới" as printed: folded, "Tội" (crime), "Tôi" (I), "Đền" (temple) are "toi" and
# "den" too, real words that no copy damaged into the time word; a copy that lost every
# diacritic ("Toi quy III/2026, …") prints the time word bare
TIME_WORD_SPELT = frozenset({"tới", "đến"})


def spelt_as_time_word(printed: str, text: str) -> bool:
    """Whether `printed` (a word whose fold is "toi" or "den") is the time word "tới"/"đến"
    (`TIME_WORD_SPELT`), or bare in `text`, a phrase printed with no diacritic at all."""
    word = nfc(printed).lower()
    return word in TIME_WORD_SPELT or (word.isascii() and nfc(text).isascii())


def period_come(prepared: str, clause: str) -> tuple[int, int] | None:
    """Where "đến"/"tới" stands before the one month or quarter that is the whole of
    `prepared` (the folded time part opening a sentence, `_PERIOD_COME`), when `clause`
    (the words after its comma, as printed) tells nothing done (`_DONE`: "Đến quý IV-2018,
    … đã …" is a figure as of then, convention 4); None otherwise. The caller reads the
    period alone as its window, the clause its step, once the word as printed is the time
    word (`spelt_as_time_word`)."""
    found = _PERIOD_COME.match(prepared)
    if found is None or _DONE.search(fold(clause).lower()):
        return None
    return found.span("word")


def as_label(lead: LeadIn, day: date) -> str:
    """The lead-in's words as the label of its day ("Lịch cũ: ngày 01/06/2025"), for the
    rules of a label to judge: words that tell an old, a put-off or a past time ("Lịch cũ",
    "Theo kế hoạch ban đầu", "Thời gian … trước đây") refuse the day there as anywhere. A
    unit's code in them ("PC06", `_UNIT_CODE`) is read without its digits, as it was cut."""
    words = _codes_masked(lead.words.rstrip(" ,:"))
    return f"{words}: ngày {day.day:02d}/{day.month:02d}/{day.year}"


class Occasion(NamedTuple):
    """A news line cut after the clause of purpose or of the occasion that opens it."""

    words: str  # the clause, as printed: "Hưởng ứng Tháng Thanh niên 2026"
    rest: str  # the news line from its day on, as printed: "ngày 28/2, tuổi trẻ …"
    year: int | None  # the one year the clause names, its own or its anniversary's
    dated: str  # `rest` with `year` written on its day ("ngày 28/2/2026, …"); `rest` if none


# A clause of purpose or of the occasion, then the day and what a body does then: "Hưởng ứng
# Tháng Thanh niên 2026, ngày 28/2, tuổi trẻ hai địa phương … triển khai nhiều công trình …"
# (Báo Mới, 2026; zo-baomoi-tag-thang-thanh-nien-2026), "(HNM) - Nhằm bảo đảm vệ sinh môi
# trường thành phố phục vụ Tết Nguyên đán Tân Mão năm 2011, ngày 29-1, Công ty … sẽ tổ chức
# ra quân tổng vệ sinh …" (Hà Nội Mới, 28/01/2011), "Hưởng ứng Ngày hội Đại đoàn kết toàn dân
# tộc; Kỷ niệm 93 năm Ngày truyền thống Mặt trận tổ quốc Việt Nam (18/11/1930 – 18/11/2023),
# sáng 12/11, tại trụ sở phường Hồng Gai, … tổ chức khai mạc …" (phường Hồng Gai, 2023): the
# clause says why the event is held, no time of its own; the day after it is the event's
# (convention 1). Read folded; only "nhằm", "hưởng ứng", "chào mừng" or "(nhân) kỷ niệm"
# opening the line (a press mark "(HNM) - " before it), then the day after "ngày" or a part
# of the day, its month, and its comma. "Để …" (in order to) opens as often a document told
# issued ("Để …, ngày 05/9, Chủ tịch … ban hành Công điện …"), and stays as it is.
_OCCASION = re.compile(
    r"\A\W*(?:\([a-z]{2,10}\)\s*[-–]\s*)?"
    r"(?P<words>(?:nham|huong\s+ung|chao\s+mung|(?:nhan\s+(?:dip\s+)?)?ky\s+niem)\s[^.]{2,300}?)"
    r",\s+(?P<day>(?:(?:buoi\s+)?(?:sang|chieu|toi|trua)\s+(?:ngay\s+)?|ngay\s+)"
    r"\d{1,2}\s*(?P<sep>[/.-])\s*\d{1,2})(?P<year>\s*[/.-]\s*\d{4})?\s*,\s+(?=\S)",
    re.ASCII,
)
# ... whose clause tells no time of its own, nothing done, negated or conditional: a word of
# time or of a cadence there may be the time ("Nhằm … trước ngày …", "Hưởng ứng … hằng năm")
_NOT_AN_OCCASION = re.compile(
    r"(?<!\w)(?:trước|sau|đến|tới|từ|trong|hằng|hàng|mỗi|định kỳ|đã|vừa|không|nếu|hạn|dự kiến)"
    r"(?!\w)"
)
# ... and no number but the years it names and its anniversaries' counts ("Kỷ niệm 93 năm
# Ngày truyền thống …", `occasions.anniversary_spans` for their spans)
_COUNT_OF_YEARS = re.compile(r"(?<![a-z\d])ky\s+niem\s+\d{1,3}\s+nam(?![a-z])", re.ASCII)
_A_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])")


def after_occasion(text: str) -> Occasion | None:
    """`text` cut after the clause of purpose or of the occasion that opens it (`_OCCASION`),
    with the one year the clause names; None when the line is not so made, the clause holds
    a word of time, of a cadence, of a thing done, negated or conditional
    (`_NOT_AN_OCCASION`), another number than its years and its anniversaries', or two
    different years (which one is the day's is not guessed)."""
    folded = fold(text).lower()  # one character for one: the spans are the text's
    found = _OCCASION.match(folded)
    if found is None:
        return None
    start, end = found.span("words")
    words = text[start:end]
    if _NOT_AN_OCCASION.search(nfc(words).lower()):
        return None
    clause = folded[start:end]
    years: set[int] = set()
    for span in reversed(anniversary_spans(clause)):
        years.add(int(re.findall(r"\d{4}", clause[span[0] : span[1]])[-1]))
        clause = clause[: span[0]] + " " * (span[1] - span[0]) + clause[span[1] :]
    clause = _COUNT_OF_YEARS.sub(lambda count: " " * len(count.group()), clause)
    years |= {int(year) for year in _A_YEAR.findall(clause)}
    if re.search(r"\d", _A_YEAR.sub(" ", clause)) or len(years) > 1:
        return None
    year = next(iter(years), None)
    rest = text[found.start("day") :]
    dated = rest
    if year is not None and found["year"] is None:
        at = found.end("day") - found.start("day")
        dated = f"{rest[:at]}{found['sep']}{year}{rest[at:]}"
    return Occasion(words, rest, year, dated)
