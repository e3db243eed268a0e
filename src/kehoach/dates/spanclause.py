"""A time opening a press line, then a clause that calls off, ends, pauses or hedges the work.

"Từ ngày 26 -29/5, Hội đồng tổ chức thẩm định hồ sơ" (varying ze-baohaiduong-xet-thang-hang-
giao-vien-2024) reads as the council's window of work. With another verb the clause says the
days are no time to do anything by: "Từ ngày 26 -29/5, Hội đồng tuyển dụng bãi bỏ lịch thi",
"… thông báo hủy kỳ thi" (called off), "… Hội đồng giải thể", "… hết hiệu lực" (the council
ends), "… tạm dừng thẩm định hồ sơ" (a pause), "… dự kiến tổ chức phỏng vấn" (only planned).
Main read each as the window of the work (f63b's brief). The same words after the time are
refused where they stand ("Hội đồng tuyển dụng bãi bỏ lịch thi từ ngày 26 -29/5",
`calledoff`; a step's "dự kiến" after a day, `label.read_trailing`): here too.

The rule: the phrase opens with "từ" and its day or span of days ("(kể/bắt đầu) từ (ngày) D
(- D/M)", "từ D/M đến D/M"), then a comma and the clause; a reading with that clause as its
step is refused when the clause holds a word that calls off or pauses
(`calledoff.CALLED_OFF_WORDS`), a guess or a wish (`hedged.GUESSED`), "dự kiến" (planned,
never before a count: "dự kiến 15 doanh nghiệp tham gia"), a likelihood, an intent, a
provisional or conditional word (`_LIKELY`), or an end of the body or the text
(`_ENDED`). Never a word the call-off word only closes ("tiêu hủy", destroy; "không ngừng",
tirelessly), nor a pause that opens the clause with no subject: the days of a ban ("Từ ngày
7/2 đến hết ngày 3/3, tạm dừng thi công đào đường …", zj-dantri-ha-noi-tam-dung-dao-duong-
dai-hoi-tet-2026, read as its window).

The days closing the phrase after the clause count the same words (session 64's brief,
e64): "Hội đồng giải thể từ ngày 26-29/5", "Hội đồng hết nhiệm vụ từ ngày 26-29/5", "Hội đồng
có khả năng tổ chức phỏng vấn từ ngày 26-29/5", "… (tạm thời) từ ngày 26-29/5" (each read as
the window on main), all but the plan's own words: "dự kiến", "dự định" before the days
read as its time, as the corpus counts them ("kỳ họp dự kiến tổ chức từ ngày 5-12 đến
8-12-2022", z-baomoi-hdnd-ha-noi-dieu-chinh-ky-hop-thu-muoi-2022; "Tỉnh Kon Tum dự định tổ
chức Tuần Văn hóa- Du lịch … từ ngày 6/3 đến ngày 15/3/2020", l-kon-tum-tuan-van-hoa-du-lich-
2020), and a pause opening the clause, a ban's days ("Tạm dừng thi công đào đường từ ngày 7/2
đến hết ngày 3/3").

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.calledoff import CALLED_OFF_WORDS
from kehoach.dates.found import Found
from kehoach.dates.grammar import Unreadable
from kehoach.dates.hedged import GUESSED

# the time opening the phrase and its comma (folded): "từ ngày 26 -29/5, …", "Từ ngày 26/5,
# …", "từ ngày 01/9 đến 30/11/2025, …"
_DAY = r"\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)?"
_TIME_FIRST = re.compile(
    rf"\W*(?:bat\s+dau\s+)?(?:ke\s+)?tu\s+(?:ngay\s+)?{_DAY}"
    rf"(?:\s*(?:[-–]|\s(?:den|toi)\s+(?:het\s+)?)\s*(?:ngay\s+)?{_DAY})?\s*,\s*",
    re.ASCII,
)
# ... or the span of days closing it, after the clause: "Hội đồng giải thể từ ngày 26-29/5"
# (e64's brief: main read it as the council's window of work). A span only: a start alone
# after the clause is the day a state begins, no deadline, which the corpus reads as its open
# start ("Thủ tướng quyết định giải thể Ban Chỉ đạo quốc gia … từ ngày 7/8/2025", v-ngaynay-qd-
# ttg-giai-the-ban-chi-dao-2025; "… sẽ bị bãi bỏ kể từ ngày 04/5/2023", zq-ipckontum-qd-19-
# 2023-bai-bo-van-ban). The span said "vào ngày", "trong các ngày" too ("Hội đồng giải thể vào
# ngày 26-29/5", te64's report)
_TIME_LAST = re.compile(
    rf"\s(?:(?:bat\s+dau\s+)?(?:ke\s+)?tu|vao|trong)\s+(?:cac\s+)?(?:ngay\s+)?{_DAY}"
    rf"\s*(?:[-–]|\s(?:den|toi)\s+(?:het\s+)?)\s*(?:ngay\s+)?{_DAY}[\s.;]*\Z",
    re.ASCII,
)
# the body or the text that ends: "Hội đồng giải thể", "Quyết định hết hiệu lực"; never a
# tournament ("tổ chức giải thể thao từ ngày 18/5 đến 31/7/2024", zn-tinbong247-ha-noi-giai-the-
# thao-70-nam-giai-phong-thu-do-2024)
_ENDED = r"giải\s+thể(?!\s+(?:thao|dục))|hết\s+(?:hiệu\s+lực|nhiệm\s+vụ)|chấm\s+dứt"
# ... and "dự kiến" (planned), never before a count it estimates; before the days it closes
# the plan's own time, as "dự định" there: "kỳ họp dự kiến tổ chức từ ngày 5-12 đến 8-12-2022"
# (z-baomoi-hdnd-ha-noi-dieu-chinh-ky-hop-thu-muoi-2022), "Tỉnh Kon Tum dự định tổ chức Tuần Văn
# hóa- Du lịch … từ ngày 6/3 đến ngày 15/3/2020 …" (l-kon-tum-tuan-van-hoa-du-lich-2020): each
# read as its window, the corpus's reading (`_UNDONE_BEFORE`)
_PLANNED = r"dự\s+kiến(?!\s+(?:khoảng\s+|trên\s+|hơn\s+)?\d)|dự\s+định"
# ... or only likely, intended, provisional or conditional: "có khả năng tổ chức phỏng vấn",
# "dự định tổ chức …", "tổ chức phỏng vấn (tạm thời)", "… tùy số lượng thí sinh" (session
# 63's merge tester: each read through a council's year, `councilyear`); never a bare
# "tạm thời" of the thing done ("phân luồng giao thông tạm thời", a temporary diversion,
# zt-thanhphohaiphong-phan-luong-cau-vuot-le-hong-phong-2018) nor "tùy" opening the clause
# (`_opens`)
_LIKELY = r"(?:có\s+)?khả\s+năng|\(\s*tạm\s+thời\s*\)|tùy(?:\s+theo)?"
# ... a pause, which opening the clause is a ban's own time
_PAUSE = re.compile(r"(?i)(?:tạm\s+)?(?:dừng|ngừng|ngưng)")
_NOT_CLOSED_BY = r"(?i)(?<!\w)(?<!tiêu\s)(?<!phân\s)(?<!phá\s)(?<!không\s)(?<!trạm\s)"
_UNDONE = re.compile(
    rf"{_NOT_CLOSED_BY}(?:{CALLED_OFF_WORDS}|{GUESSED}|{_PLANNED}|{_ENDED}|{_LIKELY})(?!\w)"
)
# ... before the days closing the phrase, the end of the body or the text, and the likely,
# provisional or conditional words ("khả năng" with its "có" only: "tăng khả năng thông hành",
# the means, zj-cafef-cam-xe-tai-lan-1-vo-nguyen-giap-2025); a call-off or a guess there is
# `calledoff`'s and `hedged`'s ("Hội đồng hủy kỳ thi từ ngày 26-29/5" refused on main), and a
# call-off word may be the task ("Thời hạn Đăng ký/Hủy đăng ký chung …: Từ ngày 02/08/2022 đến
# hết ngày 03/09/2022", zv-duytan-dang-ky-tin-chi-hk1-2022-2023)
_LIKELY_BEFORE = r"có\s+khả\s+năng|\(\s*tạm\s+thời\s*\)|tùy(?:\s+theo)?"
_UNDONE_BEFORE = re.compile(rf"{_NOT_CLOSED_BY}(?:{_ENDED}|{_LIKELY_BEFORE})(?!\w)")


def _opens(found: re.Match[str]) -> bool:
    """Whether `found` opens the clause as a pause, the days of a ban (`_ban`), or as "tùy",
    the start's own condition ("Từ ngày 1/10, tùy tình hình thời tiết, các cơ sở giáo dục
    chủ động theo dõi …", za-znews-nghi-hoc-bao-bualoi-2025, read as a start)."""
    return _ban(found) or (found.start() == 0 and found.group().lower().startswith("tùy"))


def _ban(found: re.Match[str]) -> bool:
    """Whether `found` is a pause that opens the clause, no subject before it: the days of a
    ban ("Từ ngày 7/2 đến hết ngày 3/3, tạm dừng thi công đào đường, hè đường …",
    zj-dantri-ha-noi-tam-dung-dao-duong-dai-hoi-tet-2026, read as its window)."""
    return found.start() == 0 and _PAUSE.fullmatch(found.group()) is not None


def refuse_clause_undone(text: str) -> None:
    """Refuse `text` (as printed, read with the clause as its step) when it opens with its
    time and a comma, and the clause after it calls off, ends, pauses or hedges the work
    (see the module docstring); or when it closes with its days and the clause before them
    does so (`_clause_before_days`)."""
    shown = nfc(text)
    opening = _TIME_FIRST.match(fold(shown).lower())
    before = None if opening else _clause_before_days(shown)
    if opening is not None:
        clause, words = shown[opening.end() :], _UNDONE  # folding keeps one character for one
        where = "sau khoảng ngày mở đầu"
    elif before is not None:
        clause, words, where = before, _UNDONE_BEFORE, "trước khoảng ngày cuối câu"
    else:
        return
    said = next((found for found in words.finditer(clause) if not _opens(found)), None)
    if said and before is not None and not _body_predicate(clause, said):
        return
    if said:
        raise Unreadable(
            f"“{said.group()} …” {where} nói việc bị hủy, dừng, chấm dứt hoặc chỉ là dự kiến, có "
            "thể: những ngày đó không phải thời hạn của việc; nếu văn bản có hạn, ghi last_day "
            "(và first_day) theo văn bản"
        )


# The body or the text whose own predicate the ending or likely word is, opening the clause
# before the closing days: "Hội đồng giải thể", "Ban chỉ đạo hết nhiệm vụ", "Hợp đồng chấm
# dứt", "Hội đồng có khả năng tổ chức …" (e64b's brief). Never an object of the step ("Tổ
# chức lễ công bố quyết định giải thể Hội đồng", "Rà soát văn bản hết hiệu lực", "Các hộ có
# khả năng tái nghèo", "Lắp đặt biển báo (tạm thời)") nor the task itself ("Giải thể từ ngày
# 26-29/5"), nor a tournament ("Tổ chức giải thể hình"): each read as on main (te64's report)
_BODY = re.compile(
    r"(?:Hội\s+đồng|Ban|Tiểu\s+ban|Tổ(?!\s+chức)|Đoàn|Ủy\s+ban|UBND|Hợp\s+đồng|Quyết\s+định"
    r"|Văn\s+bản|Nghị\s+quyết|Nghị\s+định|Thông\s+tư|Giấy\s+phép)(?!\w)"
)
# ... with its name (at most four words, no verb of a step among them) before the word
_NAME_VERB = re.compile(
    r"(?i)(?<!\w)(?:tổ\s+chức|thực\s+hiện|công\s+bố|thông\s+báo|ban\s+hành|quyết\s+định|ký"
    r"|lấy|rà\s+soát|tiếp\s+nhận|hoàn\s+thành|kiểm\s+tra|xem\s+xét|đề\s+nghị|làm|họp|lập"
    r"|triển\s+khai|nộp|gửi|trình|thẩm\s+định|phê\s+duyệt|sắp\s+xếp|về|của|các)(?!\w)"
)
# ... and, for an ending word, nothing after it but what ended ("hoạt động", "nhiệm vụ")
_ENDED_REST = re.compile(r"(?i)\s*(?:(?:hoạt\s+động|nhiệm\s+vụ|hiệu\s+lực)\s*)?[,.;:]?\s*")
_ENDED_WORD = re.compile(rf"(?i){_ENDED}")


def _body_predicate(clause: str, said: re.Match[str]) -> bool:
    """Whether `said` (an ending or likely word of `clause`) is the own predicate of a body
    or text opening `clause` (`_BODY`), the ending word closing it (`_ENDED_REST`); a
    bracketed "(tạm thời)" or a "tùy" anywhere in a clause the body opens."""
    body = _BODY.match(clause)
    if body is None:
        return False
    if said.group().startswith(("(", "tùy", "Tùy")):
        return True  # a note on the body's work: "Hội đồng tổ chức phỏng vấn (tạm thời)"
    name = clause[body.end() : said.start()]
    if len(name.split()) > 4 or _NAME_VERB.search(name):
        return False
    if _ENDED_WORD.fullmatch(said.group()):
        return _ENDED_REST.fullmatch(clause, said.end()) is not None
    return True


def _clause_before_days(shown: str) -> str | None:
    """The clause before the days closing `shown` (`_TIME_LAST`): "Hội đồng giải thể" of
    "Hội đồng giải thể từ ngày 26-29/5", as printed; None when the phrase does not close so."""
    closing = _TIME_LAST.search(fold(shown).lower())
    return None if closing is None else shown[: closing.start()].strip()


def steps_not_undone(text: str, found: list[Found]) -> list[Found]:
    """`found`, refused when a reading has a step and `text` is refused by
    `refuse_clause_undone`."""
    if any(one.label for one in found):
        refuse_clause_undone(text)
    return found
