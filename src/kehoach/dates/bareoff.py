"""A word that calls an event off, or says a day will not be met, typed without its
diacritics: "Huy lich hop ngay 15/4/2026" (hủy: cancelled), "Hoan ky thi ngay 10/5/2026"
(hoãn: put off), "Tam dung trien khai tu ngay 01/4/2026" (tạm dừng: suspended), "Bai bo
thoi han 30/6/2026" (bãi bỏ: repealed), "Ngung to chuc ngay 15/4/2026" (ngừng: stopped),
"Le ra hoan thanh truoc 30/4/2026" (lẽ ra: should have been), "Kho hoan thanh truoc
30/4/2026" (khó: hard to). The fourth fresh tester of session 58 found each read as due on
main, where the phrase with its marks is refused (`calledoff`, `label._REPLACED`,
`label._NOT_MET`).

Bare, each of these words is also another word, and the other one reads: "hoan" is "hoàn"
(complete: "Hoan thanh truoc 30/4/2026" is a deadline), and "hoan" of "liên hoan"
(festival); "huy" is "huy" of "huy động" (mobilise: "Huy dong nguon luc truoc 30/6/2026"),
"phát huy", "chỉ huy", "huy chương", and a name (Huy); "tam" is "tâm", "tám", "Tam Kỳ";
"ngung" is "ngưng tụ"; "le" is "lễ" ("Le ra quan": the launch ceremony); "kho" is a store
("Kho bạc"). So a word is taken for the call-off word only where the words right after it
leave no other reading (`_CALLED_OFF_BARE`): what it calls off ("lich", "ky thi", "to
chuc", "bo"), the verb a "lẽ ra" or a "khó" governs ("hoan thanh", "kip"). And only where
the marks cannot tell: in a phrase with no diacritic anywhere (`unmarked`), or where the
word after it is printed with its marks ("Huy lịch họp": "lịch" shows the copy's marks, and
"huy lịch" is no other word). A name ("Nguyen Van Huy to chuc …") is the caller's to spare
(`lostglyph._name_or_abbreviation`).

The words are not refused here: `lostglyph` reads the phrase again with them whole, and
refuses it when that reading is refused or reads other days.
Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import nfc, unaccent

# each bare word and the word it is taken for
_WHOLE = {
    "huy": "hủy",
    "hoan": "hoãn",
    "tam": "tạm",
    "dung": "dừng",
    "ngung": "ngừng",
    "bai": "bãi",
    "bo": "bỏ",
    "le": "lẽ",
    "kho": "khó",
    "kip": "kịp",
    "lai": "lại",
    "bi": "bị",
    "da": "đã",
    "duoc": "được",
    "co": "có",
    "the": "thể",
}
# what an event called off is: "lich hop", "ky thi", "cuoc thi", "to chuc", "hoi nghi"
_EVENT = (
    r"lịch|họp|kỳ\s+(?:thi|họp)|cuộc|buổi|tổ\s+chức|hội\s+(?:nghị|thi|thảo|chợ|diễn)|đại\s+hội"
    r"|chương\s+trình|sự\s+kiện|giải"
)
# what a work stopped is: "ngung to chuc", "ngung tiep nhan ho so"
_WORK = (
    r"tổ\s+chức|hoạt\s+động|thực\s+hiện|triển\s+khai|tiếp\s+nhận|cung\s+cấp|áp\s+dụng"
    r"|thi\s+công|họp|dạy|làm\s+việc|sản\s+xuất|kinh\s+doanh|vận\s+hành|giao\s+dịch|cấp"
)
# The bare words (as a regex of plain letters) and the words after them, written with their
# marks, that make them the call-off words. "hoan" only before an event ("hoan thanh" is
# "hoàn thành"); "huy" before an event or "bo" ("huy dong" is "huy động"); "tam" only before
# "dung", "ngung", "hoan" ("tạm dừng"); "le ra" only before a verb a "should have" governs
# ("Le ra quan", "Le ra mat" are ceremonies); "kho" only before "hoan thanh", "kip", "co the"
# (a store is no subject of "kịp"), these two taken whole with it ("khó kịp", "khó có thể").
_CALLED_OFF_BARE = (
    ("huy", rf"{_EVENT}|lễ"),
    ("huy bo", r"\w+"),
    ("hoan", rf"{_EVENT}|thi"),
    ("hoan lai", _EVENT),  # "hoàn lại" (refund) is of money: "Hoan lai tien"
    # ... told of the event, right before its day: "Hoi nghi bi huy ngay 15/4/2026" (bị hủy);
    # "bi hoan" before no time is "bị hoàn" (returned: "ho so bi hoan tra")
    ("(?:bi|da|duoc) (?:huy|hoan)", r"ngày|vào|từ|tháng|\d+"),
    ("tam (?:dung|ngung)", r"\w+"),
    ("tam hoan", r"\w+"),
    ("ngung", _WORK),
    ("bai bo", r"\w+"),
    ("le ra", r"phải|hoàn|đã|cần|được|nộp|xong|gửi|báo|thực|tổ|có|sẽ"),
)
# ... and "kho" in a phrase with no mark at all only: where the copy keeps its marks, "Kho"
# printed so is the store ("Kho hoàn thành trước 30/4/2026": a store to build by then)
_IN_A_BARE_COPY = (
    ("kho (?:kip|co the)", r"\w+"),
    ("kho", r"hoàn\s+thành"),
)
_GAP = r"\s+"


def _called_off(said: str, after: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?P<said>{said.replace(' ', _GAP)})\s+(?:{after})(?!\w)")


_MARKED = [_called_off(said, after) for said, after in _CALLED_OFF_BARE]
_BARE = [re.compile(unaccent(found.pattern)) for found in _MARKED] + [
    re.compile(unaccent(_called_off(said, after).pattern)) for said, after in _IN_A_BARE_COPY
]
# ... never the word of its own told by the word before it: "phat huy" (promote), "Ban chi
# huy" (the command), "lien hoan" (festival), "han hoan" (joyful). "chi huy" alone may be
# "chỉ hủy" (only cancel: "Chi huy lich hop ngay 15/4/2026"), and is taken so
_OWN_WORD_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:phát|phat|(?:ban|bộ|bo)\s+(?:chỉ|chi)|liên|lien|hân|han)\s+\Z"
)


def called_off_bare(text: str, at: int, marked: bool) -> tuple[int, str] | None:
    """Where the call-off words typed bare that start at `at` of `text` (NFC) end, and those
    words whole (`_CALLED_OFF_BARE`): the words after them printed with their marks, or, in a
    phrase with no mark at all (`marked` false), typed bare too; None where they are not."""
    text = nfc(text)
    if _OWN_WORD_BEFORE.search(text, 0, at):
        return None
    for found in _MARKED if marked else _BARE:
        hit = found.match(text, at)
        if hit is None or not hit["said"].isascii():
            continue
        said = hit["said"]
        whole = " ".join(_WHOLE.get(word.lower(), word) for word in said.split())
        return at + len(said), whole
    return None
