"""A day said with a hedge, or only asked for: refusals by the words.

The forms (a fresh tester's, issued 01/03/2026; each read as due on its day before j58):

- a guess: "Có lẽ tổ chức ngày 20/4/2026", "Nhiều khả năng …", "Có thể sẽ …", "Hy vọng
  trước 30/4/2026", "Khả năng cao …", "Dường như …", "Chắc sẽ …", "Có khả năng …" opening
  a clause (inside one, "đơn vị có khả năng đáp ứng" is able to);
- a day waiting on a word: "Ngày 20/4/2026 (chờ xác nhận)", "chưa chính thức";
- the day itself proposed or asked for, not yet granted: "Sở đề xuất thời hạn 30/6/2026, chờ
  UBND tỉnh quyết định", "Đề nghị cho phép kéo dài thời gian đến 30/6/2026" (as "Xin gia hạn
  đến …" is refused).

"Dự kiến tổ chức ngày 20/4/2026" (a plan's usual word) still reads; so do "Đề xuất phương
án trước 30/6/2026" and "Đề xuất thời gian tổ chức trước 30/6/2026" (the proposal is the
task, due then) and "Đề nghị các đơn vị gửi báo cáo trước 30/6/2026" (a request to do the
task by the day: how a công văn sets a deadline). "Có thể" alone ("can") is no guess: "Các
đơn vị có thể gửi trước 30/6" is leave given.

Matched folded (`fold`, lower case): a copy typed bare says the same ("Co le to chuc ngay
20/4/2026"); "có lễ" (has a ceremony) folds as "có lẽ" and is told apart as printed.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.grammar import Unreadable

_GUESS = re.compile(
    r"(?<!\w)(?:co\s+le|nhieu\s+kha\s+nang|co\s+the\s+se|h[yi]\s+vong|cho\s+xac\s+nhan"
    r"|chua\s+(?:duoc\s+)?xac\s+nhan|chua\s+chinh\s+thuc|chua\s+chot|kha\s+nang\s+cao"
    r"|duong\s+nhu|chac\s+(?:se|la)|(?:^|(?<=[,;:(]))\s*co\s+kha\s+nang)(?!\w)",
    re.ASCII,
)
_DAY = r"(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}"
# the time itself proposed: the time's word, then the day ("Sở đề xuất thời hạn 30/6/2026"),
# never a day the proposal is due by ("Đề xuất thời gian tổ chức trước 30/6/2026")
_PROPOSED_DAY = (
    r"(?<!\w)(?:de\s+xuat|kien\s+nghi)\s+(?:thoi\s+han|han|thoi\s+gian|moc|ngay)"
    r"(?:\s+(?:hoan\s+thanh|thuc\s+hien|to\s+chuc))?\s*(?:la\s+|vao\s+|:\s*|den\s+)?" + _DAY
)
# ... or leave asked to move it to a day: "Đề nghị cho phép kéo dài thời gian đến 30/6/2026"
_LEAVE_ASKED = (
    r"(?<!\w)(?:de\s+xuat|de\s+nghi|kien\s+nghi|xin)\s+(?:cho\s+phep\s+|duoc\s+)?"
    r"(?:lui|keo\s+dai|gia\s+han|hoan)(?!\w)[^\d;]{0,40}?(?<!\w)(?:den|toi|sang)\s+" + _DAY
)
_ASKED = re.compile(f"{_PROPOSED_DAY}|{_LEAVE_ASKED}", re.ASCII)


def _guess(printed: str, said: str) -> re.Match[str] | None:
    """The first `_GUESS` in `said` (folded) but "có lễ" (has a ceremony: "Toàn bộ các cấp
    học sẽ có lễ khai giảng chung vào ngày 05/9/2024", l-ben-tre-qd-1447), which folds as
    "có lẽ" does: "lẽ" as printed, or "le" typed bare."""
    for found in _GUESS.finditer(said):
        word = printed[found.end() - 2 : found.end()].lower()
        if found.group().split() != ["co", "le"] or word in {"lẽ", "le"}:
            return found
    return None


def refuse_hedged(text: str) -> None:
    """Refuse a phrase whose day is guessed (`_GUESS`) or only asked for (`_ASKED`)."""
    printed = " ".join(nfc(text).split())
    said = fold(printed).lower()  # one character for one: the offsets are the printed ones
    if found := _guess(printed, said):
        raise Unreadable(
            f"“{printed[slice(*found.span())]}”: thời gian chỉ là phỏng đoán hoặc chưa được "
            "xác nhận, không phải thời hạn; khi văn bản chốt, ghi last_day theo văn bản"
        )
    if found := _ASKED.search(said):
        raise Unreadable(
            f"“{printed[slice(*found.span())]}”: thời hạn mới chỉ được đề xuất, chưa được chấp "
            "thuận; khi có quyết định, ghi last_day theo quyết định"
        )
