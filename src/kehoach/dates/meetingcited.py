"""A meeting's conclusion cited as the source, by the day the meeting was held.

"Theo kết luận của Trưởng Ban Chỉ đạo Giải tại cuộc họp ngày 17/10/2017, Lễ trao Giải sẽ tổ
chức trang trọng và truyền hình trực tiếp vào ngày 2/1/2018, tại Nhà hát Lớn Hà Nội" (Hội Nhà
báo Việt Nam, 2017; z-hoinhabao-giai-bao-chi-phong-chong-tham-nhung-2017): the sentence opens
with what it rests on, the conclusion (or the direction) a leader gave at a meeting, named by
that meeting's day, as a document cited by its number and signing day is
(`citations.reference_spans`: "Theo Kế hoạch số 12/KH-UBND ngày 5/1/2026, …" reads the day
after it). The meeting's day is past, the day the conclusion was given; the time of the work
is what follows the comma. The lead-in is cut and kept as the reading's gloss, like a
citation's, only when it opens the phrase ("Theo …"), names who concluded in words alone
(no number, no word of time), the meeting ("cuộc họp", "buổi làm việc", "phiên họp") and its
one day, and closes at a comma; anything else is read as printed (and refused for its two
days, as before).

Pure: no I/O.
"""

from __future__ import annotations

import re

# folded; who concluded: words only, none of time ("trước", "đến", "hạn" …) and no number
_WHO = (
    r"(?:\s+(?!(?:truoc|sau|den|toi|tu|han|cham|trong|ngay|thang|quy|nam|tuan|hang|moi"
    r"|dinh\s+ky)\b)[a-z]+){1,16}?"
)
_MEETING_CITED = re.compile(
    r"\A[\W_]*(?P<cited>theo\s+(?:thong\s+bao\s+)?(?:ket\s+luan|y\s+kien\s+chi\s+dao|chi\s+dao)"
    rf"\s+cua{_WHO}\s+tai\s+(?:cuoc\s+hop|buoi\s+lam\s+viec|phien\s+hop)"
    r"\s+ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)\s*,(?=\s*\S)",
    re.ASCII,
)


def meeting_cited(folded: str) -> list[tuple[int, int]]:
    """Where the folded phrase opens with a meeting's conclusion cited by its day (see the
    module): that span, its comma left; none otherwise."""
    found = _MEETING_CITED.match(folded)
    return [found.span("cited")] if found else []
