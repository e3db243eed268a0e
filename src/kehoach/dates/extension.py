"""An extension of a due day by a count, opening the phrase: "- Gia hạn 05 tháng đối với số
thuế giá trị gia tăng từ tháng 3 đến tháng 6 năm 2021 và quý I, quý 2 năm 2021", "- Gia hạn 06
tháng tiền thuê đất phải nộp kỳ đầu năm 2021" (Tổng cục Thuế, Công điện 05/CĐ-TCT on Nghị định
52/2021/NĐ-CP, as VASEP prints it: ze-vasep-cd-05-tct-gia-han-nd-52-2021).

The decree says what the count runs from: "Thời gian gia hạn là 05 tháng, kể từ ngày kết thúc
thời hạn nộp thuế giá trị gia tăng theo quy định của pháp luật về quản lý thuế" (Nghị định
52/2021/NĐ-CP, Điều 4.1.a; Nghị định 41/2020/NĐ-CP, Điều 4, words alike): the thing is due the
count after its own due day. Read as `relative` {offset N, unit, direction after, anchor None}
(as `unanchored` reads a duty's count, the lead's ruling of session 33): the phrase does not
print that due day, so no date is given and none can be wrong; the plan that knows it declares
it. The months, quarters and years after the count name the periods whose tax is extended
("số thuế … từ tháng 3 đến tháng 6 năm 2021", "kỳ đầu năm 2021"), never the time to pay.

Only "Gia hạn" opening the phrase (after a list mark), with the count right after it, then
what is extended ("đối với …", "tiền …", "số thuế …", "thuế …"): a request ("đề nghị gia
hạn"), a told-done or a denied extension ("đã / không được gia hạn"), "thêm" (another count on
an extended day), a cap ("tối đa", "không quá") and any word that gives the new time itself or
its condition ("đến ngày", "trước", "chậm nhất", "kể từ", "nếu", "trường hợp", "hoặc", a day
of a month) stay refused; "đến" only within "từ … đến …" (the periods), never "gia hạn 05
tháng đến tháng 12/2021" (the new end, whose day the count would then have to meet).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.found import Found
from kehoach.dates.reading import DeadlineKind, Relative

# the phrase opening with "Gia hạn N <unit>", a list mark ("-", "+", "•", "a)") before it
_EXTENSION = re.compile(
    r"\A[\s\-–•+*]*(?:[a-zđ]\)\s*)?gia\s+han\s+(?P<count>\d{1,3})\s+"
    r"(?P<unit>ngay\s+lam\s+viec|ngay|thang|nam)\s+(?P<subject>\S.*?)[ .;]*\Z",
    re.ASCII | re.DOTALL,
)
# what is extended, named right after the count
_SUBJECT = re.compile(r"\A(?:doi\s+voi|tien|so\s+thue|thue)\s", re.ASCII)
# words that give the new time or a condition on it, or a day of a month: not the periods
# of the thing extended
_TIME_OR_CONDITION = re.compile(
    r"(?<![a-z])(?:truoc|cham\s+nhat|muon\s+nhat|ke\s+tu|tinh\s+tu|sau|khi|neu|truong\s+hop"
    r"|hoac|toi\s+da|khong|chua|da|them|han|ngay|hang|moi|dinh\s+ky)(?![a-z])"
    r"|\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d])",
    re.ASCII,
)
# "đến"/"tới" closing a "từ … đến …" of periods, nowhere else
_UNTIL = re.compile(r"(?<![a-z])(?:den|toi)(?![a-z])", re.ASCII)
_FROM = re.compile(r"(?<![a-z])tu(?![a-z])", re.ASCII)
_UNITS = {"ngay lam viec": "ngày làm việc", "ngay": "ngày", "thang": "tháng", "nam": "năm"}


def read_extension(text: str) -> Found | None:
    """The extension opening `text` (see the module) as a count after the thing's own due
    day, or None when the phrase is not so made."""
    said = nfc(text)
    folded = fold(said).lower()
    found = _EXTENSION.match(folded)
    if found is None or int(found["count"]) < 1:
        return None
    subject = found["subject"]
    if not _SUBJECT.match(subject) or _TIME_OR_CONDITION.search(subject):
        return None
    if not _periods_paired(subject):
        return None
    unit = _UNITS[" ".join(found["unit"].split())]
    relative = Relative.counted(int(found["count"]), unit, before=False, anchor=None)
    shown = f"{relative.offset} {unit}"
    reading = (
        f"gia hạn {shown}: hạn mới là {shown} sau hạn nộp theo quy định của khoản được gia "
        "hạn; cụm từ không nêu ngày đó: ghi ngày của mốc trong kế hoạch, hoặc ghi last_day "
        "theo văn bản"
    )
    label = said[found.start("subject") : found.end("subject")].strip(" ,;:.") or None
    return Found(DeadlineKind.RELATIVE, reading, relative=relative, label=label)


def _periods_paired(subject: str) -> bool:
    """Whether every "đến"/"tới" of `subject` closes a "từ" before it (the periods extended,
    "từ tháng 3 đến tháng 6 năm 2021"), one "từ" for each."""
    opened = 0
    for word in re.finditer(r"[a-z]+", subject):
        if _FROM.fullmatch(word.group()):
            opened += 1
        elif _UNTIL.fullmatch(word.group()):
            if opened == 0:
                return False
            opened -= 1
    return True
