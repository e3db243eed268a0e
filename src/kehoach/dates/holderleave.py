"""The holder's leave: an extension a holder named before it may take, "Người nộp thuế có thể
gia hạn nộp thuế đến ngày 30/9/2026", "Nhà thầu có thể được gia hạn hợp đồng tối đa đến ngày
30/6/2026" (b61b, a fresh tester's, read on main), "Cán bộ mới có thể gia hạn nộp hồ sơ đến
ngày 20/4/2026" (session 62's brief: the lead's ruling of session 61). The day is the last
of the step the holder is let do, a deadline; every other "có thể kéo dài … đến" is a time
that may move, refused by `calledoff._may_move` (the lead's ruling: "Thời hạn nộp hồ sơ có
thể được kéo dài …" is still a maybe).

Three things make it the holder's leave (`leave_given`):
- a holder opening the phrase (`_HOLDER`), a few words after it ("Cán bộ mới", "Người nộp
  thuế");
- "có thể (được) kéo dài / gia hạn", never "có thể bị" nor "có thể phải": a sanction or a
  duty that may fall on the holder ("Đảng viên có thể bị kéo dài thời gian thử thách đến
  31/12/2026", "Cán bộ có thể phải kéo dài thời gian công tác đến …": session 62's brief,
  b62b, read as due on b62), no leave taken; nor "có thể đã", a guess at one taken ("Cán bộ
  có thể đã gia hạn nộp hồ sơ đến 30/6/2026": session 63's brief, read on main);
- what is extended a step of doing (`_STEP`: nộp, gửi, đăng ký, thực hiện … or the holder's
  contract, pinned by test_b61), never a term, a status or a pause ("Đảng viên có thể kéo
  dài thời gian dự bị …", "… gia hạn thời gian tạm ngừng kinh doanh …", "… kéo dài thời gian
  nghỉ phép …": whose end is no step's deadline).

Read with the marks, or on the fold in a copy typed bare (`unmarked`).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import bare_twin, fold, unmarked

# The holders: a unit, a person, an official or a member, an owner (`HOLDERS`, the words
# `stoppedbefore` reads too)
HOLDERS = (
    r"(?:đơn\s+vị|người|hộ|doanh\s+nghiệp|nhà\s+thầu|thí\s+sinh|cơ\s+quan"
    r"|địa\s+phương|tổ\s+chức|cá\s+nhân|học\s+sinh|sinh\s+viên|chủ\s+đầu\s+tư"
    # (b62: an official or a member, "Cán bộ mới có thể gia hạn nộp hồ sơ đến ngày 20/4/2026",
    # session 62's brief: read on main, the holder's leave, the lead's ruling of session 61)
    r"|cán\s+bộ|công\s+chức|viên\s+chức|giáo\s+viên|hội\s+viên|đoàn\s+viên|đảng\s+viên"
    r"|thành\s+viên|hợp\s+tác\s+xã|chủ\s+(?:hộ|tàu|xe|rừng|cơ\s+sở|doanh\s+nghiệp))(?!\w)"
)
_HOLDER = re.compile(rf"(?i)^\W*(?:các\s+)?{HOLDERS}(?:\s+[^\W\d_]+){{0,4}}\s*$")
# ... of them, the officials, members and owners (b62's) take their own leave only: "có thể
# được gia hạn" is a grant another body may give, and a contract renewed ("Giáo viên có thể
# gia hạn hợp đồng đến …", "Chủ tàu có thể gia hạn hợp đồng bảo hiểm …") ends a term, no
# step's day (session 62's tester of the merge: read on b62b, refused on main)
_MEMBER = re.compile(
    r"(?i)^\W*(?:các\s+)?(?:cán\s+bộ|công\s+chức|viên\s+chức|giáo\s+viên|hội\s+viên"
    r"|đoàn\s+viên|đảng\s+viên|thành\s+viên|hợp\s+tác\s+xã"
    r"|chủ\s+(?:hộ|tàu|xe|rừng|cơ\s+sở|doanh\s+nghiệp))(?!\w)"
)
_GRANTED = re.compile(r"(?<![a-z])duoc(?![a-z])", re.ASCII)
_CONTRACT = re.compile(
    r"\s*(?:(?:thoi\s+gian|thoi\s+han|viec)\s+)?(?:thuc\s+hien\s+)?hop\s+dong\b", re.ASCII
)
# "bị" (suffer) or "phải" (must) between "có thể" and the verb: the extension falls on the
# holder, a sanction or a duty ("có thể bị kéo dài thời gian tập sự"), read on the fold; or
# "đã" (already), a guess at a past extension, no leave to take (b63: "Cán bộ có thể đã gia
# hạn nộp hồ sơ đến 30/6/2026", session 63's brief: read as due on main)
_UNDERGONE = re.compile(r"(?<![a-z])(?:bi|phai|da)(?![a-z])", re.ASCII)
# What is extended, right after the verb: a step of doing, "(thời gian | thời hạn | việc)"
# before it; "xử lý" never of a discipline ("thời hạn xử lý kỷ luật" is a sanction's)
_STEP = re.compile(
    r"(?i)\s*(?:(?:thời\s+gian|thời\s+hạn|việc)\s+)?"
    r"(?:nộp|gửi|đăng\s+ký|hoàn\s+thành|hoàn\s+thiện|báo\s+cáo|kê\s+khai"
    # "thực hiện" of a task, never of a posting, a regime or a pause: "thời gian thực hiện biệt
    # phái / luân chuyển / điều động / chế độ tập sự / tạm ngừng kinh doanh" is a term's end
    # (session 62's tester of the merge)
    r"|thực\s+hiện(?!\s+(?:biệt\s+phái|luân\s+chuyển|điều\s+động|chế\s+độ|hợp\s+đồng"
    r"|tập\s+sự|dự\s+bị|thử|nghỉ|tạm|chuyển\s+sinh\s+hoạt|nhiệm\s+vụ\s+tạm)(?!\w))"
    r"|quyết\s+toán|giải\s+ngân|thanh\s+toán|cung\s+cấp|bổ\s+sung|triển\s+khai|thi\s+công"
    r"|khắc\s+phục|xử\s+lý(?!\s+kỷ\s+luật)"
    # ... or the holder's contract, renewed: "Các hộ có thể gia hạn hợp đồng thuê đất đến năm
    # 2030" (pinned read, test_b61)
    r"|hợp\s+đồng)(?!\w)"
)
# ... typed bare, on the fold, ASCII as the module's other folded rules (`_UNDERGONE`): kept
# so, a letter of another script (not folded) after a bare word still ends it
_STEP_BARE = bare_twin(_STEP, flags=re.ASCII)


def leave_given(shown: str, found: re.Match[str]) -> bool:
    """Whether the extension `found` in `shown` (NFC, or a match on its fold: offsets agree)
    is one the holder named right before it may take: "kéo dài" or "gia hạn" (group "verb"),
    not undergone (`_UNDERGONE`), of a step (`_STEP`)."""
    if not found["verb"] or fold(found["verb"]).split() not in (["keo", "dai"], ["gia", "han"]):
        return False
    if not _HOLDER.match(shown[: found.start()]):
        return False
    if _UNDERGONE.search(fold(shown[found.start() : found.start("verb")])):
        return False  # "Đảng viên có thể bị kéo dài …", "Cán bộ có thể đã gia hạn …"
    extended = shown[found.end("verb") : found.end()]
    if _MEMBER.match(shown) and (
        _GRANTED.search(fold(shown[found.start() : found.start("verb")]))
        or _CONTRACT.match(fold(extended))
    ):
        return False  # "Cán bộ có thể được gia hạn …", "Giáo viên có thể gia hạn hợp đồng …"
    if unmarked(shown):
        return bool(_STEP_BARE.match(fold(extended)))
    return bool(_STEP.match(extended))
