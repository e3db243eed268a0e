"""A state told after a not-until's time and who, no deadline: "Đến ngày 20/4/2026, người lao
động vừa nộp hồ sơ" (just done), "… đang nộp hồ sơ" (under way), "… có lẽ nộp hồ sơ" (a
guess), "… được miễn nộp hồ sơ" (waived), "… tạm dừng nộp hồ sơ" (called off), "Đến
30/6/2026 các xã mới chỉ nộp", "Den 30/6/2026 cac xa moi chi nop 50%" (only so far): helper
a63's brief, each read on main as due that day. The day is the moment the state is told of,
as "Đến ngày …, các xã đã nộp …" is (engine `_DONE_BY`), never the day the step is due by:
read as due, a silent wrong date.

The corpus's own shape: tests/corpus/zj-dautuvakinhdoanh-son-la-kiem-ke-dat-dai-2019.yaml's
"Theo Bộ Tài nguyên và Môi trường, tính đến cuối tháng 8/2020, cả nước mới chỉ có 14/63
tỉnh, thành phố hoàn thành …" (a count as of a moment, convention 4), and
zf-znews-nq-72-uu-tien-kham-suc-khoe-2025.yaml's "Đến năm 2030, người dân sẽ được miễn viện
phí cơ bản …" (a fee waived as a target, no duty waived: read).

The time and its head are `onlythen`'s ("Đến", "Tới", "Sang", "Tận", "Phải đến" …; the
"đến" closing "Từ A đến B" heads nothing), or a deadline's head opening the phrase, its time
closed by a comma ("Trước ngày 30/6/2026, người lao động đang nộp hồ sơ", "Chậm nhất …",
"Hạn chót …", "Trong tháng …": read as due on main too), who the words between with no
step of their own, then the word of state. The rule (helper a63b's brief): a word of state
counts only right before the step, the clause's last duty verb. Each word of state in the
clause is looked at in turn: a past or a state under way before a word of who's own, then
who's step through who's words ("Đến ngày 20/4/2026, người lao động đang làm việc tại doanh
nghiệp nộp hồ sơ", "… các đơn vị đang thực hiện dự án giải ngân", "… các xã vừa sáp nhập và
các xã đang thí điểm nộp báo cáo"), or a bound step after it ("… các xã được miễn báo cáo
phải nộp kế hoạch", b62b's ruling in `calledoff`), tells who: read. A word of state right
before a duty's verb tells the step's state, whoever who is ("… các xã được sáp nhập đang nộp
báo cáo", "… sinh viên vừa học vừa làm được miễn nộp hồ sơ", "… các hộ được miễn thuế đã kê
khai": refused); a waiver, a guess, a call-off or "only so far" never tells who. "có thể"
alone is leave, the window the step may be done in closing that day ("Đến 30/6/2026, các xã
có thể nộp báo cáo"), as `hedged` reads it of a doer: read.

Helper b64's brief added, each read as due on main: still so ("… người lao động vẫn nộp hồ
sơ", "… còn nộp hồ sơ"), a report's step planned or done for the most part after who and a
not-until's time ("… dự kiến nộp hồ sơ", "Đến 30/6/2026 các xã cơ bản nộp đủ báo cáo"; never
"dự kiến/cơ bản hoàn thành", the plan's own time and target), and the state of the step told
in a tail after its deadline ("Nộp hồ sơ trước ngày 30/6/2026, người lao động tạm dừng nộp";
"…, người lao động đang làm việc" names who, read). A count or a share done by the day is
`untilcount`'s.

Helper b64b narrowed these (tester tb64): "vẫn", "còn" count only right before a duty's verb,
so a state word after them is that state's ("… vẫn còn đang nộp", "… vẫn chỉ nộp": refused as
on main) and a bound step reads ("… vẫn phải nộp", as "còn phải nộp"); "vẫn", "còn", "dự
kiến" after a step of who's own are its object's ("các xã lập danh sách hộ vẫn nộp thuế
khoán": read); bare "con" is a child; a tail is refused only when it calls off or waives the
head's own step and ends there ("…, các đơn vị chỉ gửi bản điện tử", "… được miễn gửi bản
giấy": read as on main).

Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kehoach.base.text import nfc, unaccent, unmarked
from kehoach.dates.calledoff import CALLED_OFF_WORDS
from kehoach.dates.hedged import GUESSED
from kehoach.dates.onlythen import (
    DUTY,
    ITS_WORD,
    OWN_STEP,
    TIME,
    UNTIL,
    WHO_PIECE,
    after_a_start,
    told_unplain,
    who_alone,
)

# told past: "vừa" (just), "đã"; never "vừa qua", "vừa rồi" (of the time), "vừa phải", "vừa
# đủ" (moderate, enough), "vừa mới" (`onlythen`'s "just")
# ... never "nhỏ và vừa" (small and medium: "doanh nghiệp nhỏ và vừa nộp báo cáo", helper h63's
# brief, read as due on main)
_PAST = r"(?<!nhỏ\svà\s)vừa(?!\s+(?:qua|rồi|phải|đủ|mới|sức|tầm|lòng|ý)(?!\w))|đã"
_UNDER_WAY = r"(?:(?:vẫn|còn|hiện)\s+)?đang"
# ... or still so: "vẫn" before any step, "còn" before a duty's verb ("Đến ngày 20/4/2026, người
# lao động vẫn nộp hồ sơ", "… còn nộp hồ sơ": helper b64's brief, read as due on main); never
# "còn lại" (the rest: "các xã còn lại nộp báo cáo", who) nor "còn nợ" (who owes)
# ... right before the duty's verb, so that a state word after it is that state's ("vẫn còn
# đang nộp", "vẫn vừa nộp", "vẫn chỉ nộp", "vẫn hủy bỏ": tester tb64, read as due once) and a
# bound step is the duty still holding ("vẫn phải nộp" reads, as "còn phải nộp" does)
_STILL = rf"(?:vẫn(?:\s+còn)?|còn)(?=\s+(?:{DUTY})(?!\w))"
_UNDER_WAY += rf"|{_STILL}"
# a duty waived: "(được) miễn nộp", "… miễn việc báo cáo"; never "miễn viện phí" (a fee)
# ... lessened too ("được miễn giảm nộp", "được giảm nộp"), the step any duty's verb or "thực
# hiện", "đóng" ("được miễn thực hiện kiểm toán": helper a63b's brief, read as due on main)
_WAIVED = (
    r"(?:được\s+)?(?:miễn(?:\s+giảm)?|giảm)(?:\s+(?:việc|yêu\s+cầu|nghĩa\s+vụ))?"
    rf"(?=\s+(?:{DUTY}|thực\s+hiện|đóng)(?!\w))"
)
# only so far: "mới chỉ", "chỉ mới"; never "chỉ đạo", "chỉ định", "chi trả" typed bare
_SO_FAR = r"mới\s+chỉ(?!\s+(?:đạo|định|trả|tiêu|thị)(?!\w))|chỉ\s+mới"
# ... or most, mostly, only some: "Đến 30/6/2026 các xã hầu như nộp báo cáo", "… phần lớn
# nộp …", "… các xã mới sáp nhập chỉ hoàn thành 50%" (progress so far; never "cơ bản": a target,
# "… đến ngày 25/6/2022 toàn Thành phố cơ bản hoàn thành …": helper a63b's brief)
_SO_FAR += rf"|hầu\s+như|phần\s+lớn|chỉ(?=\s+(?:{DUTY})(?!\w))"
# Told as of a not-until's time only, after who (helper b64's brief): a report's step planned
# ("Đến ngày 20/4/2026, người lao động dự kiến nộp hồ sơ": as of that day the step is only
# planned, its own day untold) or done for the most part ("Đến 30/6/2026 các xã cơ bản nộp đủ
# báo cáo": progress); never a work's end ("dự kiến hoàn thành", "cơ bản hoàn thành": the
# plan's own time, `hedged`, and its target, "… đến ngày 25/6/2022 toàn Thành phố cơ bản hoàn
# thành …"), nor after a deadline's head ("Trước ngày 30/6/2026, …": a due day), nor with no who
# ("Đến ngày 20/4/2026, dự kiến nộp hồ sơ": the plan's own time, as read on main)
REPORT = DUTY.replace(r"|hoàn\s+thành|hoàn\s+thiện", "").replace(r"|tham\s+gia", "")
_PLANNED = rf"dự\s+kiến(?=\s+(?:{REPORT})(?!\w))"
_BASICALLY = rf"cơ\s+bản(?=\s+(?:{REPORT})(?!\w))"
_STATE_WORDS = (
    rf"(?:(?P<past>{_PAST})|(?P<under_way>{_UNDER_WAY})|(?P<waived>{_WAIVED})"
    rf"|(?P<so_far>{_SO_FAR})|(?P<guessed>{GUESSED})|(?P<off>{CALLED_OFF_WORDS})"
    rf"|(?P<planned>{_PLANNED})|(?P<basically>{_BASICALLY}))"
)
# ... typed without marks, the words that fold to no other step: "vua" (never "vua ... vua",
# both), "dang" (never "đăng ký", "đăng tải", "Đảng": "đảng viên", "tổ chức cơ sở đảng"), "moi
# chi", "duoc mien", the guesses, a pause; never "hoan" ("hoàn thành"), "huy" ("huy động"),
# "dung" ("sử dụng"), "da" ("đa dạng")
_STATE_WORDS_BARE = (
    rf"(?:(?P<past>{unaccent(_PAST).removesuffix('|da')})"
    r"|(?P<under_way>(?:(?:van|con|hien)\s+)?(?<!chuc\s)(?<!so\s)(?<!bo\s)(?<!cua\s)dang"
    r"(?!\s+(?:ky|ki|tai|tin|bao|nhap|cai|kiem|quang|vien|uy|bo|phi|luc|le|ke|dan|doi|vien)(?!\w))"
    # ... "van", "van con" only before a duty's verb ("văn", "vấn"); bare "con" is a child
    # ("cac gia dinh co con nop ho so": tester tb64), never "còn"
    rf"|van(?:\s+con)?(?=\s+(?:{unaccent(DUTY)})(?!\w)))"
    rf"|(?P<waived>{unaccent(_WAIVED)})|(?P<so_far>{unaccent(_SO_FAR)})"
    rf"|(?P<guessed>{unaccent(GUESSED)})|(?P<off>tam\s+(?:dung|ngung|hoan)|huy\s+bo)"
    rf"|(?P<planned>{unaccent(_PLANNED)})|(?P<basically>{unaccent(_BASICALLY)}))"
)


# ... or a deadline's own head, its time opening the phrase and closed by a comma: "Trước ngày
# 30/6/2026, người lao động đang nộp hồ sơ", "Chậm nhất ngày …, … được miễn nộp …", "Trong
# tháng 6/2026, … vừa nộp …" (helper a63's finding, each read as due on main); never a count
# before an event ("Chậm nhất là 20 ngày trước khi diễn ra hoạt động tôn giáo không có trong
# danh mục đã thông báo hằng năm, …": zk-dichvucong-thong-bao-hoat-dong-ton-giao-bo-sung,
# a relative clause's "đã")
_DUE_WORDS = (
    r"(?:trước|chậm\s+nhất(?:\s+là)?|muộn\s+nhất(?:\s+là)?|hạn(?:\s+chót|\s+cuối)?"
    r"|trong)\s+(?:vào\s+)?"
)
_DUE = rf"\A\W*{_DUE_WORDS}"
# ... or the step first, then the deadline's head and its time closed by a comma, the tail
# telling that step's state ("Nộp hồ sơ trước ngày 30/6/2026, người lao động tạm dừng nộp hồ
# sơ", "…, người lao động được miễn nộp": helper b64's brief, read as due on main, the tail
# dropped); a tail naming who alone stays read ("Nộp hồ sơ trước ngày 30/6/2026, người lao
# động đang làm việc": employees at work, the brief's phrase), as does one with a step of
# its own ("Rà soát trước ngày …, bãi bỏ …": `_a_state`)
_STEP_THEN_DUE = rf"\A\W*(?:[^\W\d_]+\s+){{1,8}}?{_DUE_WORDS}"


def _head_rule() -> str:
    """The time and its head: a not-until's, or a deadline's closed by a comma."""
    return (
        rf"(?:{UNTIL}[\s,–—-]*|(?P<due>{_DUE}|(?P<tail>{_STEP_THEN_DUE})){TIME}\s*,\s*)"
        r"(?:thì\s+)?"
    )


def _word_rule(words: str) -> str:
    """A word of state (`words`) and the step's first word (a duty's words whole)."""
    return rf"(?<!\w){words}(?!\w)\s+(?P<step>(?:{DUTY})(?!\w)|[^\W\d_]+)"


# the step's words shown with the state, its first three ("đang thẩm định hồ sơ")
_SHOWN = re.compile(r"(?:\s+[^\W\d_]+){1,2}")
_VOWEL = re.compile(r"[aeiouy]", re.IGNORECASE)
_KINDS = ("past", "under_way", "waived", "so_far", "guessed", "off", "planned", "basically")
# THE RULE (helper a63b's brief): the state counts only right before the step, the clause's
# last duty verb. A past or a state under way before a word of who's own ("đang làm việc tại
# doanh nghiệp", "vừa sáp nhập", "đang thực hiện dự án"), then the step through who's words
# ("… nộp hồ sơ", "… giải ngân", "… tổng kết") or a bound word ("… phải nộp"), tells who: read.
# A state right before a duty's verb ("đang nộp", "vừa nộp") is the step's, whatever follows;
# a waiver, a guess, a call-off or "only so far" never tells who.
# ... never the object of the state's own step: "Đến ngày 20/4/2026, các xã đang lập báo
# cáo" (drafting the report, a state: refused), "… đang xây dựng báo cáo", "… đang chuẩn bị
# đăng ký"
_MADE = "".join(
    rf"(?<!{verb}\s)"
    for verb in ("lập", "làm", "viết", "soạn", "dựng", "bị", "hợp", "định", "thảo", "soát", "xét")
)
# ... save "thành lập", a participle of who ("Đến 30/6/2026, các hợp tác xã vừa thành lập đăng
# ký kinh doanh": helper h63's brief, read as due on main)
_MADE = _MADE.replace(r"(?<!lập\s)", r"(?<!(?<!thành\s)lập\s)")
# a bound step after who's words, its state's step then who's too, a waiver's as well ("…
# các xã được miễn báo cáo phải nộp kế hoạch", b62b's ruling in `calledoff`)
_BOUND_AFTER = rf"\s+(?:{ITS_WORD}){{0,8}}?(?:phải|cần|sẽ|đều|có\s+trách\s+nhiệm)(?!\w)"
_LATER_STEP = rf"{_MADE}(?:{OWN_STEP}|(?:giải\s+ngân|tổng\s+kết)(?!\w))"
# ... through who's words, another who joined ("vừa sáp nhập và các xã đang thí điểm nộp": the
# later state gets its own look), never "và" a step ("vừa sáp nhập và nộp": both told)
_WHO_WORD = rf"(?:{ITS_WORD}|(?:đang|vừa)\s+|và\s+(?!{OWN_STEP}))"
# ... a plain step of who's beyond the duties too: "Đến 30/6/2026, các trường vừa thành lập
# tuyển sinh", "… các đơn vị đang sử dụng phần mềm chuyển đổi dữ liệu", "… các cơ sở giáo dục
# đang hoạt động rà soát, báo cáo" (helper h63's brief, each read as due on main); never
# "chuyển đổi số" (a thing: "phần mềm chuyển đổi số")
_OTHER_STEP = r"(?:tuyển\s+sinh|chuyển\s+đổi(?!\s+số)|rà\s+soát)(?!\w)"
_STEP_AFTER = rf"\s+{_WHO_WORD}{{0,8}}?(?:{_LATER_STEP}|{_MADE}{_OTHER_STEP})"
# a step in who: who has a step of its own, no state of who's ("UBND tỉnh nộp báo cáo, các
# xã đang …"); who's words else ("các xã được sáp nhập", "sinh viên vừa học vừa làm")
_STEP_IN = rf"(?<!\w)(?:{_LATER_STEP})"
# "vừa … (,) vừa …": both, no past ("sinh viên vừa học vừa làm", "… vừa nộp hồ sơ, vừa ký
# hợp đồng")
_BOTH = r"[^;.]*?(?<!\w)vừa(?!\w)"
# "có thể" alone is leave, no hedge of the step ("… đang làm việc tại doanh nghiệp có thể nộp
# hồ sơ": read, the window the step may be done in closing that day)
_LEAVE = re.compile(r"(?i)(?<!\w)(?:có|co)\s+(?:thể|the)(?!\w)")
_CLAUSE_END = r"[;.](?!\d)"


# the step's own deadline, after it: "… phải hoàn thành trước ngày 30/6/2026"
_LATER_TIME = (
    r"(?<!\w)(?:trước|chậm\s+nhất|muộn\s+nhất|hạn|đến|tới|trong)\s+(?:ngày|tháng|quý|năm|\d)"
)


# who: its words and asides, a comma joining them ("UBND các xã, phường"), fifteen at most
_WHO = rf"{WHO_PIECE}(?:(?:\s+|\s*,\s*){WHO_PIECE}){{0,15}}"


class _Rules(NamedTuple):
    """The rules of a state, as printed or typed without marks."""

    head: re.Pattern[str]
    who: re.Pattern[str]
    bound_after: re.Pattern[str]
    word: re.Pattern[str]
    step_after: re.Pattern[str]
    step_in: re.Pattern[str]
    both: re.Pattern[str]
    both_before: re.Pattern[str]
    clause_end: re.Pattern[str]
    later_time: re.Pattern[str]


def _rules(words: str, fold: bool) -> _Rules:
    """The rules with `words` of state, folded to no marks when `fold`."""
    rules = (
        _head_rule(),
        _WHO,
        _BOUND_AFTER,
        _word_rule(words),
        _STEP_AFTER,
        _STEP_IN,
        _BOTH,
        r"(?<!\w)vừa(?!\w)",
        _CLAUSE_END,
        _LATER_TIME,
    )
    return _Rules(*(re.compile(unaccent(rule) if fold else rule, re.IGNORECASE) for rule in rules))


_MARKED = _rules(_STATE_WORDS, fold=False)
_BARE = _rules(_STATE_WORDS_BARE, fold=True)


def state_told(text: str) -> str | None:
    """The words of state `text` tells after a not-until's time and who, right before its
    step ("vừa nộp", "được miễn nộp", "mới chỉ nộp"), or None: no such state, or one that
    tells who (a step of who's own after it)."""
    said = nfc(text)
    rules = _BARE if unmarked(said) else _MARKED
    for head in rules.head.finditer(said):
        if after_a_start(said[: head.start()]) or not opens_a_clause(said, head.start()):
            continue
        end = rules.clause_end.search(said, head.end())
        stop = end.start() if end else len(said)
        for found in rules.word.finditer(said, head.end(), stop):
            if _a_state(found, head, rules):
                kind = next(kind for kind in _KINDS if found[kind] is not None)
                shown = _SHOWN.match(said, found.end("step"))
                return said[found.start(kind) : shown.end() if shown else found.end("step")]
    return None


def opens_a_clause(said: str, at: int) -> bool:
    """Whether the time's head at `at` opens the phrase or a clause (after a comma, a colon,
    a dash): never a step's own bound ("Nhận hồ sơ đến hết ngày 15/5/2026 thì ngừng tiếp
    nhận", test_e60) nor "tính đến" (as of: "…, tinh đến ngày 14-12, đã có 234 công trình",
    a count, `lostglyph`'s, test_deadline_breaker19)."""
    before = said[:at].rstrip()
    return not before or before[-1] in ",;:–—-("


def _a_state(found: re.Match[str], head: re.Match[str], rules: _Rules) -> bool:
    """Whether `found` tells a state: who told (`_who_told`), no letter lost, no "vừa …
    vừa …", and right before the step (`_tells_who`)."""
    who = found.string[head.end() : found.start()].strip()
    if not _who_told(who, rules) or _lost_a_letter(found):
        return False
    if _both(found, who, rules) or not _told_after_its_head(found, head, who, rules):
        return False
    if found["past"] or found["under_way"] or found["waived"]:
        return not _tells_who(found, rules)
    return True


def _both(found: re.Match[str], who: str, rules: _Rules) -> bool:
    """Whether the past told is "vừa … vừa …" (both, no past): "… vừa nộp hồ sơ, vừa ký hợp
    đồng", or the second "vừa" of "vừa học vừa làm" before who's words."""
    if (found["past"] or "").lower() not in ("vừa", "vua"):
        return False
    if rules.both.match(found.string, found.end("step")):
        return True
    # ... before a duty's verb it is the step's ("các xã vừa sáp nhập vừa nộp báo cáo":
    # refused)
    return bool(rules.both_before.search(who)) and not rules.step_in.match(
        found.string, found.start("step")
    )


def _told_after_its_head(
    found: re.Match[str], head: re.Match[str], who: str, rules: _Rules
) -> bool:
    """Whether the state `found` may be told after `head` with `who` before it."""
    past = (found["past"] or "").lower()
    # after a deadline's head, a period told done is `toldpast`'s ("đã xảy ra"), and a
    # calling off with no who is the step itself ("Trước ngày 30/6/2026, bãi bỏ các quy định
    # không còn phù hợp", test_e60)
    if head["due"] and (past == "đã" or (found["off"] and not who)):
        return False
    # ... after the step and its deadline, only a state of a duty's verb told by who, the
    # step's own ("…, người lao động đang nộp"); a word of who's ("đang làm việc") or a step of
    # its own ("…, bãi bỏ các quy định") is no state of it
    if head["tail"] and not (who and rules.step_in.match(found.string, found.start("step"))):
        return False
    # ... and only a calling off or a waiver of the head's own step, ending the phrase with its
    # verb and maybe its object ("…, người lao động tạm dừng nộp", "… được miễn nộp hồ sơ");
    # never a manner or a further step ("…, các đơn vị chỉ gửi bản điện tử", "… được miễn gửi
    # bản giấy", "… thì tiếp tục gửi": tester tb64, read as due on main)
    if head["tail"] and not ((found["off"] or found["waived"]) and _its_own_step(found, head)):
        return False
    # "vẫn", "còn", "dự kiến" after a step of who's own belong to that step's object ("các xã
    # lập danh sách hộ vẫn nộp thuế khoán", "… báo cáo số đơn vị dự kiến nộp hồ sơ": tester
    # tb64, read as due on main)
    if (_still(found) or found["planned"]) and _A_STEP[unmarked(who)].search(who):
        return False
    # a report's step planned or done for the most part, told as of a not-until's time after
    # who (`_PLANNED`, `_BASICALLY`)
    return not (found["planned"] or found["basically"]) or (not head["due"] and bool(who))


# a step of who's own, its object then named: a duty's verb or one of drawing up a list
_STEP_WORDS = (
    rf"(?<!\w)(?:{DUTY}|lập|tổng\s+hợp|rà\s+soát|thống\s+kê|kiểm\s+tra|xác\s+định"
    r"|khảo\s+sát|điều\s+tra|theo\s+dõi|quản\s+lý|công\s+bố|thông\s+báo)(?!\w)"
)
_A_STEP = {
    fold: re.compile(unaccent(_STEP_WORDS) if fold else _STEP_WORDS, re.IGNORECASE)
    for fold in (False, True)
}


def _its_own_step(found: re.Match[str], head: re.Match[str]) -> bool:
    """Whether the words from the tail's step to the phrase's end are the head's step, its
    verb and maybe its object, no more ("Nộp hồ sơ trước ngày …, … tạm dừng nộp hồ sơ")."""
    told = found.string[found.start("step") :].strip(" .;,").lower().split()
    return bool(told) and told == head["tail"].strip(" .;,").lower().split()[: len(told)]


def _still(found: re.Match[str]) -> bool:
    """Whether the state under way is "vẫn", "còn" (`_STILL`), no "đang"."""
    under_way = unaccent(found["under_way"] or "").lower()
    return bool(under_way) and not under_way.endswith("dang")


def _who_told(who: str, rules: _Rules) -> bool:
    """Whether `who` (maybe none) is who's words alone (`_WHO`), with no step of its own."""
    if not who:
        return True
    return rules.who.fullmatch(who) is not None and (
        who_alone(who) or rules.step_in.search(who) is None
    )


def _lost_a_letter(found: re.Match[str]) -> bool:
    """Whether a word of the step has no vowel, a letter lost ("… đến năm 2045 đã hon
    thnh"): `lostglyph` tells that, its repair read (test_deadline_breaker18)."""
    shown = _SHOWN.match(found.string, found.end("step"))
    words = found["step"] + (shown[0] if shown else "")
    return any(not _VOWEL.search(unaccent(word)) for word in words.split())


def _tells_who(found: re.Match[str], rules: _Rules) -> bool:
    """Whether the state's word is of who: a plain step of who's own after it, bound
    (`_BOUND_AFTER`: "… phải nộp"), or after a word of who's own, no duty's verb, through
    who's words (`_STEP_AFTER`: "đang làm việc tại doanh nghiệp nộp")."""
    at = found.end("step")
    later = rules.later_time.search(found.string, at)
    # ("… vừa sáp nhập dự kiến nộp báo cáo": planned; the step's own deadline after it is
    # no day of its own: "Trong năm 2026, các nội dung đã được giao phải hoàn thành trước
    # ngày 30/6/2026", test_deadline_forms_t)
    told = _LEAVE.sub(lambda leave: " " * len(leave[0]), found.string)
    bound = rules.bound_after.match(found.string, at)
    after = rules.step_after.match(found.string, at)
    own_step = bound or after
    if own_step:  # ... its "lại" a duty to redo, no redo of the state's step
        told = _redo_kept(told, own_step.end())
    if told_unplain(told[: later.start() if later else None], at):
        return False
    if bound:
        return True
    if found["waived"] or (
        rules.step_in.match(found.string, found.start("step")) and not _joined(found, after, rules)
    ):
        return False
    return after is not None


# "lại" after who's own step is that step's, a duty to redo: "Đến ngày 30/6/2026, các cơ sở
# đang hoạt động phải đăng ký lại" (helper h63's brief, read as due on main); before it, or
# right after the state's own step ("… vừa nộp lại hồ sơ"), it stays a redo told
_REDO = re.compile(r"(?i)(?<!\w)(?:lại|lai)(?!\w)")


def _redo_kept(told: str, at: int) -> str:
    """`told` with each "lại" from `at` on (after who's own step) blanked."""
    return told[:at] + _REDO.sub(lambda redo: " " * len(redo[0]), told[at:])


# a joining of who: "đang tham gia bảo hiểm xã hội" (insured, a lasting state), then who's
# own duty further on, never a report ("… đang tham gia bảo hiểm xã hội cập nhật thông tin":
# helper h63's brief, read as due on main; "… đang tham gia báo cáo" stays the step's state)
_JOINED = re.compile(r"(?i)tham\s+gia")
_A_REPORT = re.compile(r"(?i)(?:báo|bao)\s+(?:cáo|cao)\Z")


def _joined(found: re.Match[str], after: re.Match[str] | None, rules: _Rules) -> bool:
    """Whether the state's step is joining (`_JOINED`) with who's own duty after it, a word of
    who's between ("đang tham gia cập nhật" is the step's state) and no report."""
    if after is None or not _JOINED.fullmatch(found["step"]):
        return False
    told = found.string[: after.end()]
    between = told[found.end("step") :].lstrip()
    return rules.step_in.match(between) is None and not _A_REPORT.search(told)
