"""Periods that name what a thing is about, never when work is done: refusals by the words.

Three shapes the press prints, each with a period that belongs to its subject (the lead's
conventions 7 and 10: a cited document's period and a period reviewed are no time of work):

- a plan named by its subject and year, told issued by another page ("Theo kế hoạch tổ chức
  Hội khỏe Phù Đổng các cấp năm 2024 vừa được UBND tỉnh Hải Dương ban hành, các trường phổ
  thông tổ chức hội khỏe cấp trường; …", Báo Hải Dương, 25/11/2023): the plan's name, cited;
  its own page, telling its issuing with its signing day first, reads its year
  (`citations.own_plan_told`, convention 11);
- a work made about a period ("… xây dựng phóng sự về phong trào thi đua yêu nước tỉnh Phú Thọ
  giai đoạn 2020-2025", Báo Phú Thọ, 19/09/2025, preparing the congress that reviews it):
  the period the report film tells of, not the time to make it;
- a document told issued, its title closing with the period it is about ("Bộ Quốc phòng đã
  ban hành Hướng dẫn số 6544/HD-BQP về việc tuyển chọn và gọi công dân nhập ngũ năm 2026",
  Sức khỏe & Đời sống, 2026, zt- of the corpus): the period of the document's name, cited
  (convention 7), as for a plan above but with its kind and number;
- what a meeting discussed ("Tại phiên họp, các thành viên Chính phủ thảo luận về tình hình
  phát triển kinh tế - xã hội tháng 4 và 4 tháng đầu năm 2020", Bộ Kế hoạch và Đầu tư, 2020):
  the periods whose situation was discussed, told of a meeting held.

Each rule stands back when the phrase holds a number outside the period (another time may be
the deadline) or, for the meeting, a word of a deadline or of a task given.

Pure: no I/O.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.citations import ISSUED_KIND
from kehoach.dates.grammar import Unreadable

_YEARS = r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
# "Theo kế hoạch <subject> năm Y vừa|mới|đã (được) <issuer> ban hành|phê duyệt, <no number>";
# as a copy prints it too (harden22's hunt on zr-baohaiduong-hoi-khoe-phu-dong, each read as
# the year): "va" is "vừa" short of its "ừ" (or "và": the plan told issued all the same), a
# semicolon or a full stop stands for the comma after the issuing
_PLAN_TOLD_ISSUED = re.compile(
    r"^\W*theo\s+(?:cac\s+)?(?:ke\s+hoach|chuong\s+trinh|de\s+an|phuong\s+an)\b[^,;:\d]*?\s"
    rf"(?P<period>(?:nam|giai\s+doan)\s+{_YEARS})\s+(?:vua|va|moi|da)\s+(?:duoc\s+)?"
    r"[^,;:\d]{0,80}?\b(?:ban\s+hanh|phe\s+duyet)\s*[,;.][^\d]*\Z",
    re.ASCII,
)
# "<body> đã|vừa|mới (được) (ký) ban hành|phê duyệt <kind> số N về (việc) <title> năm Y": the
# title's period closing the phrase, the document's number the only other number, and no word
# of a task or a deadline (`_TASK_WORDS`: "…, hoàn thành trong năm 2026" is what it sets). Cited
# by its number, the document is another's; named by its kind alone on the page that tells its
# issuing, its own year reads ("Bộ trưởng … vừa ký ban hành Chỉ thị về tổ chức “Tết trồng cây
# …” … năm 2026", Thời báo Tài chính, 06/01/2026, zj- of the corpus; convention 11)
_DOCUMENT_TOLD_ISSUED = re.compile(
    r"(?<![a-z])(?:da|vua|moi)\s+(?:duoc\s+)?(?:ky\s+)?(?:ban\s+hanh|phe\s+duyet)\s+"
    rf"{ISSUED_KIND}\s+so\s*:?\s*\d+[\w/.&-]*\s+ve\s+(?:viec\s+)?[^\d;:()]{{3,200}}?\s"
    rf"(?P<period>(?:nam|giai\s+doan|nhiem\s+ky)\s+{_YEARS})\s*[.;]?\s*\Z",
    re.ASCII,
)
# a report film, a documentary, a yearbook … "về" its subject, the period closing the phrase
_WORK_ABOUT = re.compile(
    r"(?<![a-z])(?:phong\s+su|phim(?:\s+tai\s+lieu)?|ky\s+yeu|an\s+pham|tap\s+san"
    r"|video(?:\s+clip)?|trien\s+lam\s+anh)\s+(?:[a-z]+\s+){0,3}?ve\s+[^,;:()\d]{3,140}?\s"
    rf"(?P<period>(?:giai\s+doan|nhiem\s+ky|nam)\s+{_YEARS})\s*[.;]?\s*\Z",
    re.ASCII,
)
# "Tại <a meeting>, <who> thảo luận|cho ý kiến|bàn|xem xét|đánh giá (về) tình hình|kết quả …";
# a semicolon or a full stop a copy put for the comma after the meeting says the same
# ("Tại phiên họp; các thành viên Chính phủ thảo luận …", zr-mpi: read as the months
# discussed, harden22's hunt)
_MEETING_DISCUSSED = re.compile(
    r"^\W*tai\s+(?:phien\s+hop|hoi\s+nghi|cuoc\s+hop|ky\s+hop|buoi\s+lam\s+viec)\b"
    r"[^,;:\d]{0,80}?[,;.]"
    r"[^,;:\d]{0,80}?(?<![a-z])(?:thao\s+luan|cho\s+y\s+kien|ban|xem\s+xet|danh\s+gia)\s+"
    r"(?:ve\s+)?(?:tinh\s+hinh|ket\s+qua)(?![a-z])[^;:]*\Z",
    re.ASCII,
)
# ... but a deadline or a task given at the meeting is read: "… và thống nhất hoàn thành trước …"
_TASK_WORDS = re.compile(
    r"(?<![a-z])(?:truoc|han|cham\s+nhat|hoan\s+thanh|den\s+het|yeu\s+cau|giao|chi\s+dao"
    r"|de\s+nghi|phai|can|tu\s+ngay|bat\s+dau)(?![a-z])",
    re.ASCII,
)
_WAY_OUT = "nếu văn bản có hạn, ghi last_day (và first_day) theo văn bản"


def refuse_period_of_a_subject(text: str) -> None:
    """Refuse a phrase whose only period names what a thing is about: a plan cited by its
    name and told issued (`_PLAN_TOLD_ISSUED`), a document told issued whose title closes
    with its period (`_DOCUMENT_TOLD_ISSUED`), a work made about a period (`_WORK_ABOUT`),
    or the situation a meeting discussed (`_MEETING_DISCUSSED`). Raises `Unreadable`."""
    shown = " ".join(nfc(text).split())
    said = fold(shown).lower()  # one character for one of `shown`
    if found := _PLAN_TOLD_ISSUED.match(said):
        raise Unreadable(
            f"“{shown[slice(*found.span('period'))]}” là năm trong tên kế hoạch được dẫn, vừa "
            f"ban hành (quy ước 7), không phải thời hạn; {_WAY_OUT}"
        )
    found = _DOCUMENT_TOLD_ISSUED.search(said)
    if found and not re.search(r"\d", said[: found.start()]) and not _TASK_WORDS.search(said):
        raise Unreadable(
            f"“{shown[slice(*found.span('period'))]}” là năm trong tên văn bản được dẫn, đã "
            f"ban hành (quy ước 7), không phải thời hạn; {_WAY_OUT}"
        )
    found = _WORK_ABOUT.search(said)
    if found and not re.search(r"\d", said[: found.start("period")]):
        raise Unreadable(
            f"“{shown[slice(*found.span('period'))]}” là kỳ mà phóng sự, ấn phẩm kể về, không "
            f"phải thời gian thực hiện; {_WAY_OUT}"
        )
    found = _MEETING_DISCUSSED.match(said)
    if found and not _TASK_WORDS.search(said):
        raise Unreadable(
            "kỳ nêu trong cụm từ là nội dung cuộc họp đã bàn (tình hình, kết quả của kỳ; quy "
            f"ước 10), không phải thời hạn; {_WAY_OUT}"
        )
