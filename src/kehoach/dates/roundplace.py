"""The place a round is held, after its day in the same parentheses: no time.

"Trường trung học phổ thông (THPT) Trị An (ngày 18-3, huyện Vĩnh Cửu)", "Trung đoàn Cảnh sát
cơ động (ngày 22, phường Tam Phước, thành phố Biên Hòa)" (Hội Chữ thập đỏ tỉnh Đồng Nai, the
nine blood-donation rounds of March 2025 as Báo Đồng Nai lists them; zs- of the corpus): each
item names where the round is held, then in parentheses its day and the administrative units
around that place. The units say where, never when, so they are cut from the parentheses and
kept as the reading's gloss; the day left alone in them reads as "Trường THPT Trị An (ngày
18-3)" does.

Only administrative units (Luật Tổ chức chính quyền địa phương 2025, Điều 2: tỉnh, thành
phố, xã, phường, đặc khu; and the former huyện, quận, thị xã, thị trấn) whose name starts
with a capital and holds no digit, each after a comma, right after one day ("ngày D" or
"ngày D-M"), with nothing else in the parentheses. "phường 10" (a number), "(ngày 18-3,
đợt 2)" or any other word stay as printed, and the phrase's own refusal stands.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc

_UNIT = r"(?:tinh|thanh\s+pho|tp\.?|xa|phuong|dac\s+khu|huyen|quan|thi\s+xa|thi\s+tran)"
# on the folded text: "(ngày 22, phường Tam Phước, thành phố Biên Hòa)"; the day as the
# grammar reads it, with its month or without; each unit then its name, up to the next comma
_DAY_THEN_PLACES = re.compile(
    r"\(\s*ngay\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)?"
    rf"(?P<places>(?:\s*,\s*{_UNIT}\s+(?P<name>[^\W\d_][^,()\d]*?))+)\s*\)",
    re.ASCII,
)
_ONE_PLACE = re.compile(rf"\s*,\s*{_UNIT}\s+(?P<name>[^,()]+)", re.ASCII)


def cut_round_place(text: str) -> tuple[str, str | None]:
    """`text` without the places after a day in its parentheses (see the module), and the
    gloss the reading takes for them; (`text`, None) when nothing is cut: the units are not
    all named with a capital, or anything else shares the parentheses."""
    shown = nfc(text)
    folded = fold(shown)  # one character for one: the spans are the text's
    found = list(_DAY_THEN_PLACES.finditer(folded))
    if len(found) != 1:
        return text, None
    start, end = found[0].span("places")
    names = [one.start("name") + start for one in _ONE_PLACE.finditer(folded[start:end])]
    if not names or not all(shown[at].isupper() for at in names):
        return text, None
    said = " ".join(shown[start:end].split()).strip(" ,")
    return shown[:start] + shown[end:], f"nơi tổ chức: {said} (địa danh, không phải thời hạn)"
