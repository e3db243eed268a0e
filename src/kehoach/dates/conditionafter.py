"""A condition set right after the day, on which the step's doing waits.

"Hoàn thành trước 30/6/2026 trong trường hợp được phê duyệt" (in case it is approved),
"Hoàn thành trước 30/6/2026, miễn là có kinh phí" (provided there is money), "… với điều
kiện có kinh phí" (on condition that), "… chỉ khi …" (only when), "…, phụ thuộc vào nguồn
vốn" (depending on): the day holds only if the condition comes, so it is no deadline to
meet (c62's brief, session 62: each read as a firm day on main; "… nếu được bố trí vốn" was refused already, by the label's "nếu"). The same
wait `conditionmeans` refuses when the condition heads the step ("Trường hợp được phê duyệt,
khởi công tháng 9/2026").

Only right after the day, its number then at most a bracket's close, a comma, an opening
bracket or a dash: further on the condition says whom the step is for ("… phải nộp hồ sơ
xin cấp lại Giấy chứng nhận trong trường hợp tiếp tục sản xuất, kinh doanh",
ze-tvpl-hoi-dap-hieu-luc-giay-chung-nhan-attp), and after a semicolon it opens a case apart
("… sẽ được chi trả vào ngày 3/2/2026; trường hợp nhận tiền mặt thực hiện chi trả từ ngày
5/2/2026", zi-giadinh-bhxh-chi-tra-gop-luong-huu-2026). Never a condition that governs
another step, its "thì" closing it ("Thời gian công dân đến đăng ký: trước ngày 15 hàng
tháng, trong trường hợp công dân đến đăng ký sau ngày 15 thì chuyển sang tháng kế tiếp", the
late comer's rule), nor one naming its own day (a case apart): that step is the label's to
judge, as "(nếu có yêu cầu thì báo cáo đột xuất)" is. "Trường hợp" is also the case a step
is for: only a wait on the means or a go-ahead `conditionmeans` reads counts after it
("Kê khai lại trước ngày 15/7/2026 trường hợp thông tin có thay đổi": whoever's changed
re-declares by the day, test_c60b, read on main).

A condition on who may act is no doubt on the day: "Nộp trước 30/6/2026 miễn là hồ sơ hợp
lệ", "Đăng ký trước 30/6/2026, điều kiện là công dân Việt Nam" (the eligible act by the day:
read on main, c62b's brief); only a wait on the money, a go-ahead or the weather counts
(`_waits`).

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc
from kehoach.dates.conditionmeans import waits_on_means
from kehoach.dates.grammar import Contradicted

# The condition's opener right after a day's last number, folded ("30/6/2026 trong trường
# hợp", "Quý III/2026, miễn là", "30/6/2026 (với điều kiện"), up to its clause's end
_RIGHT_AFTER_THE_DAY = re.compile(
    r"(?<=\d)\)?\s*(?:[,(]|\s[–—-])?\s*(?P<said>(?:chi\s+)?(?:trong\s+)?truong\s+hop"
    r"|mien\s+la|voi\s+dieu\s+kien|chi\s+khi|dieu\s+kien(?:\s+la|\s*:)|mot\s+khi"
    # ... "trong điều kiện có kinh phí" (given there is money: read as due on main, c63's
    # brief; only a wait on the money counts, `_waits`: "… trong điều kiện bình thường" says
    # how the work goes)
    r"|trong\s+dieu\s+kien"
    # ... or the step told to hang on something: "…, phụ thuộc vào nguồn vốn" (depends on)
    # ("…, tùy thuộc nguồn vốn" alike, c62b's brief)
    r"|(?:phu|tuy)\s+thuoc(?:\s+vao)?)(?![a-z])"
    r"(?P<rest>[^;.)]*)",
    re.ASCII,
)
# ... whose own "thì" or "sẽ" opens another step: the condition is that step's ("Nộp hồ sơ
# trước 30/6/2026, trường hợp đủ điều kiện sẽ được cấp phép": the licence's, test_u59)
_THEN = re.compile(r"(?<!\w)(?:thì|thi|sẽ)(?!\w)")


# ... a case apart names its own day, not any figure: "…, miễn là được bố trí đủ 100% vốn",
# "… với điều kiện có kinh phí năm 2026" still wait on the money (c62b's brief)
_OWN_DAY = re.compile(r"\d{1,2}\s*/\s*\d{1,2}|(?<!\w)ngày\s+\d", re.IGNORECASE)
# ... a condition negated is the case the go-ahead did not come, a step of its own ("Nộp hồ
# sơ trước 30/6/2026, trường hợp chưa được phê duyệt báo cáo Sở": c62b's brief, read on main)
_NEGATED = re.compile(r"\s*(?:chưa|không)(?!\w)")
# ... the eligibility of the doer or the file ("miễn là đủ điều kiện", "với điều kiện có đủ
# điều kiện"): who may act, as "Nếu đủ điều kiện, đăng ký trước …" reads (test_d61)
_ELIGIBLE = re.compile(r"(?:có\s+|đủ\s+|được\s+)+điều\s+kiện(?!\w)")
# ... and things going well, the weather's doing ("… miễn là thời tiết thuận lợi", test_c62)
# ... and the money named anywhere in it, typed bare too ("… miễn là được bố trí đủ 100%
# vốn", "… mien la co kinh phi": c62b's brief), folded
_FAVOURABLE = re.compile(
    r"(?<![a-z])(?:thoi\s+tiet|thuan\s+loi|kinh\s+phi|von|ngan\s+sach|nguon\s+luc)(?![a-z])",
    re.ASCII,
)


# ... the conditions allowing, after "trong điều kiện" ("… trong điều kiện cho phép": if they
# allow, read as due on main, c63's brief); never the law's leave ("pháp luật cho phép" says
# how far, as `conditionmeans` reads "Trong phạm vi pháp luật cho phép, …")
# (folded: "… trong dieu kien cho phep" typed bare is the same wait, c63b's brief)
_ALLOWING = re.compile(
    r"(?!.*(?:phap\s+luat|quy\s+dinh))(?:[a-z]+\s+){0,2}?cho\s+phep(?![a-z])", re.ASCII
)
# ... the means lacking or short, after "trong điều kiện": "… trong điều kiện thiếu kinh
# phí", "… kinh phí hạn hẹp", "… khó khăn về kinh phí" say the step is due by the day even
# so (read on main, c63b's brief: only having the means waits); folded, and never with a
# word that lifts the lack ("không còn khó khăn", "khắc phục được thiếu kinh phí": having it)
_SHORT = re.compile(
    r"(?<![a-z])(?:thieu|han\s+hep|kho\s+khan|han\s+che|eo\s+hep|chua\s+co|khong\s+co"
    r"|khong\s+du|chua\s+du|chua\s+duoc|khan\s+hiem|cat\s+giam)(?![a-z])",
    re.ASCII,
)
_LIFTED = re.compile(
    r"(?<![a-z])(?:khong\s+con|khac\s+phuc|thao\s+go|giai\s+quyet|vuot\s+qua)(?![a-z])", re.ASCII
)


def _waits(said: str, rest: str) -> bool:
    """Whether the condition `rest` after its opener `said` waits on the money, a go-ahead
    or the weather (`waits_on_means` read as if "nếu" opened it), not on who may act:
    "miễn là có kinh phí", "với điều kiện là được UBND tỉnh phê duyệt" wait; "miễn là hồ sơ
    hợp lệ", "điều kiện là công dân Việt Nam", "với điều kiện đủ 18 tuổi" say who acts
    (c62b's brief: each read on main)."""
    words = " ".join(rest.lower().split())
    words = re.sub(r"\A(?:là|rằng)\s+", "", words)
    if _NEGATED.match(words) or _ELIGIBLE.match(words):
        return False
    if fold(said).endswith("dieu kien") and _SHORT.search(fold(words)):
        return bool(_LIFTED.search(fold(_SHORT.sub(" ", fold(words)))))
    if _FAVOURABLE.search(fold(words)):
        return True
    if fold(said).endswith("dieu kien") and _ALLOWING.match(fold(words)):
        return True  # "… trong điều kiện cho phép": as "Trong điều kiện cho phép, …" (d60)
    head = "trường hợp" if fold(said).endswith("hop") else "nếu"
    return waits_on_means(f"{head} {words}")


def refuse_condition_after(text: str) -> None:
    """Refuse a phrase whose day is followed right away by a condition on the step
    (`_RIGHT_AFTER_THE_DAY`) that opens no step of its own (`_THEN`). Raises `Contradicted` (no cut of the words after the day re-reads it)
    with the way out."""
    shown = nfc(text)
    for found in _RIGHT_AFTER_THE_DAY.finditer(fold(shown)):
        rest = shown[found.start("rest") : found.end("rest")]
        if _THEN.search(rest.lower()) or _OWN_DAY.search(rest):
            continue  # another step's condition, or a case apart with its own day
        said = shown[found.start("said") : found.end("said")]
        if not fold(said).endswith(("thuoc", "vao")) and not _waits(said, rest):
            continue  # "… miễn là hồ sơ hợp lệ": who may act, not whether the day holds
        raise Contradicted(
            f"điều kiện sau thời hạn (“{said} …”): ngày chỉ áp dụng khi điều kiện có, không "
            "phải thời hạn chắc chắn; ghi last_day theo văn bản khi điều kiện đã rõ"
        )
