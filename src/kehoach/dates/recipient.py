"""The office a periodic report is sent to, said after its rule's due day: "DNCX phải nộp
báo cáo nhập - xuất - tồn nguyên liệu vật tư một quý một lần và chậm nhất vào ngày 15 của
tháng đầu quý sau cho Chi cục Hải quan quản lý doanh nghiệp." (Thông tư 128/2013/TT-BTC,
Điều 41), "… trước ngày 15/3 hằng năm về Sở Tài chính". After a day written once the
grammar keeps such words as the reading's gloss (`label.read_trailing`: "trước ngày 15/3/2026
về Sở Tài chính"); after a rule's period they were refused.

The office names no time: it is cut from the phrase and kept as the gloss, only when it
closes the phrase right after the words that close a rule's due day ("hằng tháng", "mỗi
quý", "năm sau", "quý tiếp theo", "tháng báo cáo"), starts with an office's word printed
with its capital ("Sở", "Chi cục", "UBND", …: "cho số lao động" is a count) and holds no
number and no word of time (read with its marks: a phrase printed without them is left in
place). Anything else is left in place, and refused as before.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc

# the words that close a rule's due day (folded)
_RULE_CLOSED = (
    r"(?:(?:hang|moi)\s+(?:thang|quy|nam)|(?:thang|quy|nam)\s+(?:sau|tiep\s+theo|bao\s+cao))"
)
# an office's first word (folded), printed with its capital
_OFFICE = (
    r"(?:so|bo|chi\s+cuc|cuc|uy\s+ban\s+nhan\s+dan|ubnd|phong|ban|trung\s+tam|kho\s+bac"
    r"|van\s+phong|thanh\s+tra|hoi\s+dong\s+nhan\s+dan)"
)
_RECIPIENT = re.compile(
    rf"\d[^;:]*?(?<![a-z]){_RULE_CLOSED}"
    rf"(?P<cut>\s*,?\s+(?P<said>(?:gui\s+)?(?:ve|cho|toi)\s+(?P<office>{_OFFICE})"
    r"(?:\s+[a-z&-]+){0,10}))[ .;]*\Z",
    re.ASCII,
)
# a word that could give the office's words a time of their own, as printed: folded, "Sở Tư
# pháp" would hold "từ"; "Sở Kế hoạch và Đầu tư", "Ban Tiếp công dân" are offices
_TIME_WORD = re.compile(
    r"(?<!\w)(?:ngày|tháng|quý|năm|tuần|trước|sau|đến|tới|từ|khi|nếu|hạn|lần|đợt|kỳ|hoặc|trong"
    r"|chậm|muộn|tiếp\s+theo|nay|hôm)(?!\w)"
)


def cut_recipient_after_rule(text: str) -> tuple[str, str | None]:
    """`text` without the office closing its rule's due day (see the module), and the gloss
    the reading takes for it (the words as printed); (`text`, None) when nothing is cut."""
    said = nfc(text)
    folded = fold(said)  # one character for one: spans are `said`'s
    found = _RECIPIENT.search(folded)
    if found is None or not said[found.start("office")].isupper():
        return text, None
    if folded == said.lower():  # printed without its marks: "tu" may be "từ", kept refused
        return text, None
    if _TIME_WORD.search(said[found.start("office") : found.end("said")].lower()):
        return text, None
    start, end = found.span("cut")
    return said[:start] + said[end:], " ".join(said[found.start("said") : end].split())
