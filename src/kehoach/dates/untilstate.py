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
"Hạn chót …", "Trong tháng …": read as due on main too), who the words between with no step of their own
(`onlythen.who_alone`), then the word of state right before the step. A past or a state
under way ("vừa", "đã", "đang") or a waiver ("được miễn") may tell who instead, when a step
of who's own follows it: a bound one ("Đến ngày 30/6/2026, người lao động đang làm việc tại
doanh nghiệp phải nộp hồ sơ", "… các xã được miễn báo cáo phải nộp kế hoạch", b62b's ruling
in `calledoff`), or a duty's verb after a participle ("Đến 30/6/2026, các xã vừa sáp nhập
nộp báo cáo", as "các xã mới sáp nhập nộp báo cáo" reads in `onlythen`); read. A guess, a
call-off or "only so far" never tells who. "có thể" alone is leave, the window the step may
be done in closing that day ("Đến 30/6/2026, các xã có thể nộp báo cáo"), as `hedged` reads
it of a doer: read.

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
    PARTICIPLE,
    TIME,
    UNTIL,
    WHO_PIECE,
    after_a_start,
    told_unplain,
    who_alone,
)

# told past: "vừa" (just), "đã"; never "vừa qua", "vừa rồi" (of the time), "vừa phải", "vừa
# đủ" (moderate, enough), "vừa mới" (`onlythen`'s "just")
_PAST = r"vừa(?!\s+(?:qua|rồi|phải|đủ|mới|sức|tầm|lòng|ý)(?!\w))|đã"
_UNDER_WAY = r"(?:(?:vẫn|còn|hiện)\s+)?đang"
# a duty waived: "(được) miễn nộp", "… miễn việc báo cáo"; never "miễn viện phí" (a fee)
_WAIVED = rf"(?:được\s+)?miễn(?:\s+(?:việc|yêu\s+cầu|nghĩa\s+vụ))?(?=\s+(?:{DUTY})(?!\w))"
# only so far: "mới chỉ", "chỉ mới"; never "chỉ đạo", "chỉ định", "chi trả" typed bare
_SO_FAR = r"mới\s+chỉ(?!\s+(?:đạo|định|trả|tiêu|thị)(?!\w))|chỉ\s+mới"
_STATE_WORDS = (
    rf"(?:(?P<past>{_PAST})|(?P<under_way>{_UNDER_WAY})|(?P<waived>{_WAIVED})"
    rf"|(?P<so_far>{_SO_FAR})|(?P<guessed>{GUESSED})|(?P<off>{CALLED_OFF_WORDS}))"
)
# ... typed without marks, the words that fold to no other step: "vua" (never "vua ... vua",
# both), "dang" (never "đăng ký", "đăng tải", "Đảng": "đảng viên", "tổ chức cơ sở đảng"), "moi
# chi", "duoc mien", the guesses, a pause; never "hoan" ("hoàn thành"), "huy" ("huy động"),
# "dung" ("sử dụng"), "da" ("đa dạng")
_STATE_WORDS_BARE = (
    rf"(?:(?P<past>{unaccent(_PAST).removesuffix('|da')})"
    r"|(?P<under_way>(?:(?:van|con|hien)\s+)?(?<!chuc\s)(?<!so\s)(?<!bo\s)(?<!cua\s)dang"
    r"(?!\s+(?:ky|ki|tai|tin|bao|nhap|cai|kiem|quang|vien|uy|bo|phi|luc|le|ke|dan|doi|vien)(?!\w)))"
    rf"|(?P<waived>{unaccent(_WAIVED)})|(?P<so_far>{unaccent(_SO_FAR)})"
    rf"|(?P<guessed>{unaccent(GUESSED)})|(?P<off>tam\s+(?:dung|ngung|hoan)|huy\s+bo))"
)


# ... or a deadline's own head, its time opening the phrase and closed by a comma: "Trước ngày
# 30/6/2026, người lao động đang nộp hồ sơ", "Chậm nhất ngày …, … được miễn nộp …", "Trong
# tháng 6/2026, … vừa nộp …" (helper a63's finding, each read as due on main); never a count
# before an event ("Chậm nhất là 20 ngày trước khi diễn ra hoạt động tôn giáo không có trong
# danh mục đã thông báo hằng năm, …": zk-dichvucong-thong-bao-hoat-dong-ton-giao-bo-sung,
# a relative clause's "đã")
_DUE = (
    r"\A\W*(?:trước|chậm\s+nhất(?:\s+là)?|muộn\s+nhất(?:\s+là)?|hạn(?:\s+chót|\s+cuối)?"
    r"|trong)\s+(?:vào\s+)?"
)


def _state_rule(words: str) -> str:
    """The time, who (the fewest words), a word of state (`words`) and the step's first
    word (a duty's words whole: "hoàn thành")."""
    return (
        rf"(?:{UNTIL}[\s,–—-]*|(?P<due>{_DUE}){TIME}\s*,\s*)(?:thì\s+)?"
        rf"(?P<who>{WHO_PIECE}(?:(?:\s+|\s*,\s*){WHO_PIECE}){{0,15}}?\s+)??"
        rf"{words}(?!\w)\s+(?P<step>(?:{DUTY})(?!\w)|[^\W\d_]+)"
    )


# the step's words shown with the state, its first three ("đang thẩm định hồ sơ")
_SHOWN = re.compile(r"(?:\s+[^\W\d_]+){1,2}")
_KINDS = ("past", "under_way", "waived", "so_far", "guessed", "off")
# who's own step after the state's: a bound word after its words ("đang làm việc tại doanh
# nghiệp phải nộp"), or a duty's verb after a participle ("vừa sáp nhập nộp báo cáo"); that
# step plain (`onlythen.told_unplain`: never planned, hedged, called off, again, or timed)
_BOUND = r"(?:phải|cần|sẽ|đều|có\s+trách\s+nhiệm)(?!\w)"
_BOUND_AFTER = rf"\s+(?:{ITS_WORD}){{0,8}}?{_BOUND}"
_DUTY_AFTER = rf"\s+(?:{ITS_WORD}){{0,6}}?{OWN_STEP}"
# "vừa … (,) vừa …": both, no past ("sinh viên vừa học vừa làm", "… vừa nộp hồ sơ, vừa ký
# hợp đồng")
_BOTH = r"[^;.]*?(?<!\w)vừa(?!\w)"


# the step's own deadline, after it: "… phải hoàn thành trước ngày 30/6/2026"
_LATER_TIME = (
    r"(?<!\w)(?:trước|chậm\s+nhất|muộn\s+nhất|hạn|đến|tới|trong)\s+(?:ngày|tháng|quý|năm|\d)"
)


class _Rules(NamedTuple):
    """The rules of a state, as printed or typed without marks."""

    state: re.Pattern[str]
    bound_after: re.Pattern[str]
    duty_after: re.Pattern[str]
    participle: re.Pattern[str]
    both: re.Pattern[str]
    later_time: re.Pattern[str]


_MARKED = _Rules(
    *(
        re.compile(rule, re.IGNORECASE)
        for rule in (
            _state_rule(_STATE_WORDS),
            _BOUND_AFTER,
            _DUTY_AFTER,
            PARTICIPLE,
            _BOTH,
            _LATER_TIME,
        )
    )
)
_BARE = _Rules(
    *(
        re.compile(unaccent(rule), re.IGNORECASE)
        for rule in (
            _state_rule(_STATE_WORDS_BARE),
            _BOUND_AFTER,
            _DUTY_AFTER,
            PARTICIPLE,
            _BOTH,
            _LATER_TIME,
        )
    )
)


def state_told(text: str) -> str | None:
    """The words of state `text` tells after a not-until's time and who, through its step
    ("vừa nộp", "được miễn nộp", "mới chỉ nộp"), or None: no such state, or one that tells
    who (a step of who's own after it)."""
    said = nfc(text)
    rules = _BARE if unmarked(said) else _MARKED
    for found in rules.state.finditer(said):
        if _a_state(found, rules):
            kind = next(kind for kind in _KINDS if found[kind] is not None)
            shown = _SHOWN.match(said, found.end("step"))
            return said[found.start(kind) : shown.end() if shown else found.end("step")]
    return None


def _a_state(found: re.Match[str], rules: _Rules) -> bool:
    """Whether `found` tells a state: who alone, the head no range's end, no "vừa … vừa …",
    and no step of who's own after a past, a state under way or a waiver (`_tells_who`)."""
    if after_a_start(found.string[: found.start()]):
        return False
    who = (found["who"] or "").strip()
    if who and not who_alone(who):
        return False
    past = (found["past"] or "").lower()
    if past in ("vừa", "vua") and rules.both.match(found.string, found.end("step")):
        return False
    if past == "đã" and found["due"]:  # a period told done: `toldpast`'s ("đã xảy ra")
        return False
    if found["past"] or found["under_way"] or found["waived"]:
        return not _tells_who(found, rules)
    return True


def _tells_who(found: re.Match[str], rules: _Rules) -> bool:
    """Whether a plain step of who's own follows the state's: a bound one (`_BOUND_AFTER`),
    or a duty's verb after a participle (`_DUTY_AFTER`)."""
    at = found.end("step")
    later = rules.later_time.search(found.string, at)
    # ("… vừa sáp nhập có lẽ nộp báo cáo": hedged; the step's own deadline after it is no
    # day of its own: "Trong năm 2026, các nội dung đã được giao phải hoàn thành trước ngày
    # 30/6/2026", test_deadline_forms_t)
    if told_unplain(found.string[: later.start() if later else None], at):
        return False
    if rules.bound_after.match(found.string, at):
        return True
    participle = rules.participle.match(found.string, found.start("step"))
    return (
        participle is not None
        and rules.duty_after.match(found.string, participle.end()) is not None
    )
