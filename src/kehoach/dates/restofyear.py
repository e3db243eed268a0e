"""The rest of the year, its number unwritten: "Toàn tỉnh tập trung cao độ, nỗ lực phấn đấu
hoàn thành 100% kế hoạch vốn trong thời gian còn lại của năm, tạo chuyển biến rõ nét …" (a
province's Chỉ thị on public investment of 10/2025, zb-baomoi-chi-thi-13-giai-ngan-dau-tu-
cong-2025).

"Thời gian / những tháng / các tháng còn lại của năm" is what is left of the year the
document is written in, as "trong năm nay" is that year: the phrase refused as printed is
read once more with the issue year written after "năm", as the grammar reads "… còn lại của
năm 2025" (`grammar.PERIOD_RULE`: from the issue day to 31/12), the reading saying where its
year came from. Only with "năm" closed by a comma, a semicolon or a colon (never "năm
học", a school year's rest, nor "năm tài chính"), never with "năm" closing the phrase, whose
year may have been cut off in the copy (as `periods._refuse_year_cut` refuses "… trong năm"
there); only with an issue day; only when the phrase writes no year of its own (one written
elsewhere may be the year meant: "kế hoạch vốn năm 2026 … còn lại của năm"). A phrase so
written that the grammar still refuses keeps its refusal.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Context, Deadline, Reader

# on the folded phrase: the rest of the year, "năm" closed by a comma, a semicolon or a colon
# and more words (never its year, never the phrase's end, and never a year of another kind,
# "năm học", "năm tài chính", "năm thứ nhất", whose rest ends elsewhere)
_REST_OF_YEAR = re.compile(
    r"(?<![a-z])(?:(?:nhung|cac)\s+thang|thoi\s+gian)\s+con\s+lai\s+(?:cua\s+)?nam"
    r"(?=\s*[,;:]\s*[a-z])",
    re.ASCII,
)
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)", re.ASCII)
# as printed (folded, "nếu" would be "nêu"): a condition on the work ("…, tổ chức kiểm tra
# (nếu có)", "trường hợp được bố trí kinh phí thì …"), or work stopped or banned ("tạm dừng
# tuyển sinh", "cấm tổ chức lễ hội"): the rest of the year is no firm time of work (session
# 51's tester; the engine refuses a condition after an opening window the same way)
_NOT_FIRM = re.compile(
    r"(?<!\w)(?:nếu|trường\s+hợp|khi|tạm\s+dừng|tạm\s+ngừng|ngừng|dừng|hủy\s+bỏ|cấm)(?!\w)"
)


def read_rest_of_year(phrase: str, context: Context, parse: Reader) -> tuple[Deadline, ...] | None:
    """The readings of `phrase` with the issue year written after its "năm" (see the module),
    or None when it is not so made or the phrase so written is refused too."""
    issued = context.issued
    shown = nfc(phrase)
    folded = fold(shown)  # fold keeps one character for one: the offsets cut `shown`
    found = list(_REST_OF_YEAR.finditer(folded))
    if issued is None or len(found) != 1 or _A_YEAR.search(folded):
        return None
    if _NOT_FIRM.search(shown.lower()):
        return None
    at = found[0].end()
    try:
        read = parse(f"{shown[:at]} {issued.year}{shown[at:]}", context)
    except Unreadable:
        return None
    if any(one.last is None or one.last.year != issued.year for one in read):
        return None
    said = f"“còn lại của năm”: năm {issued.year}, năm ban hành văn bản"
    return tuple(
        replace(
            one,
            phrase=phrase,
            year_from_plan=True,
            year_from="plan",
            reading=f"{one.reading}; {said}",
        )
        for one in read
    )
