"""A condition on the means or the go-ahead heading the step: the day holds only if they come.

"Nếu đủ điều kiện thì khởi công tháng 9/2026", "Nếu có kinh phí thì tổ chức trong tháng
9/2026", "Nếu đủ điều kiện, tổ chức Hội nghị trước 30/9/2026", "Trường hợp được phê duyệt,
khởi công tháng 9/2026": whether the step is done at all waits on money, readiness or an
approval, so its day is no deadline to meet (session 59's fresh breaker read them as firm
days, issued 01/03/2026). The base refused "Nếu bố trí được vốn thì …" (a bare "nếu" before
the time, `label._TIME_WORDS`) but spared "nếu có/còn/đủ … thì" as a condition on whom the
step is for (`label._CONDITION_OF_THE_STEP`: "nếu có khiếu nại về kết quả bầu cử ĐBQH thì
khiếu nại đó phải được gửi … chậm nhất là 5 ngày", u-baogiaothong-cong-bo-ket-qua-bau-cu-
2016), and "trường hợp" opens no time word at all.

The condition is read by its words: "nếu" or "(trong) trường hợp", then only "có", "còn",
"đủ", "được", "bố trí (được)", "cấp" … before the thing waited on: "điều kiện", "thể" ("nếu
có thể": if possible), "kinh phí", "vốn", "nguồn vốn/lực/kinh phí", "ngân sách", "mặt bằng",
"số lượng", "học viên" ("Nếu có đủ học viên, khai giảng tháng 9/2026"), "chủ trương",
"quyết định", "thuận lợi"; or a
go-ahead given to it ("được (UBND tỉnh) phê duyệt", "chấp thuận", "cho phép", "đồng ý",
"thông qua"). With a subject between them it is a condition on whom the step is for and
left to the other rules: "Nếu hồ sơ đủ điều kiện thì …", "Nếu người dân đồng thuận, việc
phê duyệt … sẽ được thực hiện từ tháng 12/2025" (read as the base reads it,
ze-vtcnews-hoan-kiem-phuong-an-boi-thuong-ven-ho-2025); so is the reader's own consent
("Trường hợp đồng ý, ký xác nhận và gửi trước …") and a need that arises ("Trường hợp có
vướng mắc, báo cáo … trước ngày …", "nếu có nhu cầu chỉnh sửa … thì …": whoever has one
acts by the day, `conditionhead`'s docstring).

Only where it heads the words before the time part or a clause of them (after ",", ";",
":", "–"): inside a parenthesis after a noun it says which files ("qua mạng điện tử (nếu đủ
điều kiện áp dụng)", y-moit-tthc-951-co-so-ban-le), and a step written after its day keeps
its own checks but for a condition that opens it ("Trong tháng 9/2026 (nếu đủ điều kiện)
khởi công"): further on it may be the step's own ("…, nếu đủ điều kiện thì cấp giấy phép",
y-eli-nd-67-2018-gia-han-giay-phep-thuy-loi).

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc, unmarked
from kehoach.dates.grammar import Unreadable

# what the step waits on: readiness or money, after the verbs that get it ("nếu có kinh
# phí", "nếu bố trí được vốn", "trường hợp được cấp vốn"), ...
_READY = (
    r"(?:(?:có|còn|đủ|được|bố\s+trí|cấp|phân\s+bổ|cân\s+đối|huy\s+động)\s+)*"
    r"(?:điều\s+kiện|thể|kinh\s+phí|vốn|nguồn\s+(?:vốn|lực|kinh\s+phí)|ngân\s+sách"
    # ... the site, enough people for a class, a policy or a decision, things going well
    r"|mặt\s+bằng|số\s+lượng|học\s+viên|chủ\s+trương|quyết\s+định|thuận\s+lợi)"
)
# ... or a go-ahead given to the step, by whoever ("được cấp có thẩm quyền phê duyệt"); never
# one the reader gives ("Trường hợp đồng ý, ký xác nhận …": whoever agrees signs by the day)
_GO_AHEAD = (
    r"được\s+(?:[^\W\d_]+\s+){0,5}?(?:phê\s+duyệt|chấp\s+thuận|cho\s+phép|đồng\s+ý|thông\s+qua)"
)
_HEAD = r"(?:\A|[,;:–])[\W_]*(?:(?:[a-zđ]|\d{1,2})\s*[.)]\s*)?(?:(?:còn|nhưng|và|riêng)\s+)?"
_MEANS = re.compile(
    _HEAD + r"(?P<said>(?:nếu|(?:trong\s+)?trường\s+hợp)\s+"
    rf"(?:{_READY}|{_GO_AHEAD}))(?!\w)"
)
# ... typed without diacritics in a phrase with none: "Truong hop du dieu kien thi …" ("neu"
# bare is `barecondition`'s); only the words no other folds to
_MEANS_BARE = re.compile(
    r"(?:\A|[,;:-])[\W_]*(?P<said>(?:trong\s+)?truong\s+hop\s+(?:(?:(?:co|con|du|duoc)\s+)*"
    r"(?:dieu\s+kien|kinh\s+phi|nguon\s+von|ngan\s+sach)|duoc\s+(?:phe\s+duyet|chap\s+thuan)))"
    r"(?![a-z])",
    re.ASCII,
)


# ... never the applicant's own step after it: "Nếu đủ điều kiện, đăng ký trước ngày 30/9/2026",
# "Trường hợp đủ điều kiện hưởng, nộp hồ sơ trước …", "Nếu có kinh phí dư, nộp trả ngân sách
# trước …", "Trường hợp được phê duyệt, báo cáo kết quả trước …" (the merge's fresh tester,
# session 59: each read on main): whoever is eligible or approved acts by the day, as "Nếu
# còn chỉ tiêu thì đăng ký …" does
_APPLICANT_STEP = re.compile(
    r"[^,;:]*?(?:,|\bthì\b)\s*(?:[^\W\d_]+\s+){0,4}?(?:đăng\s+ký|nộp|đề\s+nghị|báo\s+cáo|gửi"
    r"|kê\s+khai|làm\s+thủ\s+tục|lập\s+hồ\s+sơ)(?!\w)"
)


def refuse_condition_on_means(label: str, *, opening: bool = False) -> None:
    """Refuse the words before the time part (`label`, as printed) when a condition on the
    means or the go-ahead heads them or one of their clauses (`_MEANS`, `_MEANS_BARE`); with
    `opening`, the words of a step after its day, only when it opens them ("Trước 30/9/2026,
    nếu có kinh phí thì tổ chức …"): further on, the step's own clause may say what it is
    for."""
    said = " ".join(nfc(label).lower().split())
    found = _MEANS.match(said) if opening else _MEANS.search(said)
    if found is None and unmarked(said):
        bare = fold(said)
        found = _MEANS_BARE.match(bare) if opening else _MEANS_BARE.search(bare)
    if found is None or _APPLICANT_STEP.match(said, found.end()):
        return
    if opening and not re.search(r"\w", said[found.end() :]):
        return  # "trước ngày 23/6/2022 nếu có thể": a condition alone, the label's own refusal
    condition = said[found.start("said") : found.end("said")]
    # heading the phrase, it may hold later milestones too (as
    # `engine._refuse_condition_over_parts` names it); a step after its day opens no phrase
    heading = not opening and not re.search(r"\w", said[: found.start("said")])
    where = "mở đầu câu " if heading else ""
    raise Unreadable(
        f"điều kiện {where}(“{condition} …”) là điều kiện để việc được làm (kinh phí, điều "
        "kiện, phê duyệt): ngày sau đó chỉ áp dụng khi điều kiện có, không phải thời hạn chắc "
        "chắn; ghi last_day theo văn bản khi điều kiện đã rõ"
    )
