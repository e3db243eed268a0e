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
    r"|mien\s+la|voi\s+dieu\s+kien|chi\s+khi|dieu\s+kien\s+la|mot\s+khi"
    # ... or the step told to hang on something: "…, phụ thuộc vào nguồn vốn" (depends on)
    r"|phu\s+thuoc(?:\s+vao)?)(?![a-z])"
    r"(?P<rest>[^;.)]*)",
    re.ASCII,
)
# ... whose own "thì" or "sẽ" opens another step: the condition is that step's ("Nộp hồ sơ
# trước 30/6/2026, trường hợp đủ điều kiện sẽ được cấp phép": the licence's, test_u59)
_THEN = re.compile(r"(?<!\w)(?:thì|thi|sẽ)(?!\w)")


def refuse_condition_after(text: str) -> None:
    """Refuse a phrase whose day is followed right away by a condition on the step
    (`_RIGHT_AFTER_THE_DAY`) that opens no step of its own (`_THEN`). Raises `Contradicted` (no cut of the words after the day re-reads it)
    with the way out."""
    shown = nfc(text)
    for found in _RIGHT_AFTER_THE_DAY.finditer(fold(shown)):
        rest = shown[found.start("rest") : found.end("rest")]
        if _THEN.search(rest.lower()) or re.search(r"\d", rest):
            continue  # another step's condition, or a case apart with its own day
        said = shown[found.start("said") : found.end("said")]
        if fold(said).endswith("hop") and not waits_on_means(shown[found.start("said") :]):
            continue  # "… trường hợp thông tin có thay đổi": whose step, not whether
        raise Contradicted(
            f"điều kiện sau thời hạn (“{said} …”): ngày chỉ áp dụng khi điều kiện có, không "
            "phải thời hạn chắc chắn; ghi last_day theo văn bản khi điều kiện đã rõ"
        )
