"""A rule whose step calls off what it names: "Bãi bỏ báo cáo hằng tháng" (the monthly
report is abolished), "Thôi báo cáo hằng quý", "Tạm dừng họp giao ban hàng tuần", "Việt Nam
ngừng khám sức khỏe định kỳ mỗi năm một lần" (session 58's brief: each read on main as a
rule due every period). A verb that calls off, suspends, abolishes or waives (`_VERB`)
heading the step, alone or after who does it and a modal ("UBND tỉnh quyết định bãi bỏ …",
"Các sở được miễn báo cáo …"), makes the cadence after it the thing's own (the monthly
report, the weekly briefing) and no rule to keep: read so, a clerk is told to report each
month on a report that is no more. Any reading that recurs is refused (`refuse_rule_called_off`),
a standing calendar's yearly one too ("Ngừng gieo cấy trước ngày 10/10" may stop the
sowing by then or keep it from starting before: f57's lesson, session 57).

A day so called off is `calledoff.refuse_called_off_before`'s ("Hủy họp ngày 15/7/2026");
the words after a cadence, `engine._refuse_cadence_undone` ("… hàng năm không phải gửi") and
`calledoff.refuse_called_off_after` ("Họp giao ban hàng tuần, tạm dừng"). A day of a stop
with its subject is read as the corpus has it ("Sở Tư pháp dừng tổ chức hội thảo … vào sáng
11.11", z-baohaiduong-dung-tiep-xuc-cu-tri-2021: that day), left alone here.

The verb heads the step unless a word before it makes it the matter of another work
(`_MATTER`): "Báo cáo tình hình bãi bỏ thủ tục hằng tháng" (the report is monthly), "Kiểm tra
việc dừng đỗ xe hằng tuần" (the check), "Hằng năm, rà soát, bãi bỏ văn bản hết hiệu lực" (the
review, and the repeal it leads to, each year); unless what it calls off is itself a work
done each period (`_PERIODIC_WORK`: "Nghiên cứu bãi bỏ báo cáo hằng tháng", the monthly
report). Any other word before it is taken for who does it: an unknown word is a refusal,
never a rule read wrong. "miễn phí" (free of charge:
"người dân sẽ được khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí ít nhất mỗi năm 1 lần",
zf-antv-nq-72-suc-khoe-nguoi-dan) waives nothing: "miễn" and "bỏ" call off only the work
they name (`_WORK`).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kehoach.base.text import fold, nfc, unmarked
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Deadline

# The work "bỏ" (drop) and "miễn" (waive) call off: "miễn báo cáo", "bỏ họp"; never "bỏ
# phiếu" (vote), "bỏ vốn" (invest), "miễn phí" (free), "miễn dịch" (immunity). Folded: the
# same words typed bare ("mien bao cao hang quy")
_WORK = (
    r"(?:bao\s+cao|hop|hoi\s+nghi|giao\s+ban|to\s+chuc|kiem\s+tra|thuc\s+hien|nop|gui|tiep"
    r"|kham|thu|che\s+do|quy\s+dinh|ky|dot|lich|thi|danh\s+gia|sinh\s+hoat|tap\s+huan"
    r"|truc|chi\s+tra|dang\s+ky|ke\s+khai|khai|dong|tiem|cap|viec|thu\s+tuc|yeu\s+cau)"
    r"(?![a-z])"
)
_WORK_NEXT = re.compile(rf"\s+{_WORK}")
# The verbs that call off, suspend, abolish or waive what follows, as printed (lower case,
# NFC): never "dừng chân" (a stop on the way), "trạm dừng nghỉ" (a rest stop), "dừng đỗ"
# (stopping and parking, a traffic term), "ngừng nghỉ" ("không ngừng nghỉ": tirelessly),
# "hủy hoại" (ruin), "thôi thúc" (urge), "không phải là" (is not); "hoãn" (put off, no new
# time: "Hoãn họp giao ban hằng tuần")
_VERB = re.compile(
    r"(?<!\w)(?:bãi\s+bỏ|(?:hủy|huỷ)\s+bỏ|(?:hủy|huỷ)(?!\s+(?:hoại|diệt))"
    r"|thôi(?!\s+(?:thúc|miên))|tạm(?:\s+thời)?\s+(?:dừng|ngừng|ngưng)"
    r"|dừng(?!\s+(?:chân|nghỉ|đỗ))|ngừng(?!\s+nghỉ)|ngưng(?!\s+(?:tụ|đọng|trệ))"
    r"|đình\s+chỉ|chấm\s+dứt|không\s+(?:còn|phải)(?!\s+là)|(?:tạm\s+)?hoãn"
    r"|(?P<work>bỏ|miễn))(?!\w)"
)
# ... and typed bare, a copy with no diacritic at all ("Bai bo bao cao hang thang"): a bare
# word that may be another one only before the work it calls off ("dung" is also "dùng",
# use; "thoi" "thời", time; "huy" "huy động", mobilise; "bo" "Bộ", a ministry; "hoan" "hoàn
# thành", complete)
_VERB_BARE = re.compile(
    r"(?<![a-z])(?:bai\s+bo|huy\s+bo|tam(?:\s+thoi)?\s+(?:dung|ngung|hoan)|ngung|dinh\s+chi"
    rf"|cham\s+dut|khong\s+(?:con|phai)(?!\s+la)|huy(?!\s+dong)(?=\s+{_WORK})|thoi(?!\s+ky)"
    rf"(?=\s+{_WORK})|(?:dung|bo|mien|hoan)(?=\s+{_WORK}))"
    r"(?![a-z])"
)
# The words before the verb that make it the matter of another work, folded: "báo cáo tình
# hình bãi bỏ …", "kiểm tra việc dừng …", "rà soát, đề xuất bãi bỏ …", "tuyên truyền, vận động
# người dân ngừng …"
_MATTER = re.compile(
    r"(?<![a-z])(?:bao\s+cao|tong\s+hop|kiem\s+tra|ra\s+soat|de\s+xuat|kien\s+nghi"
    r"|tham\s+muu|theo\s+doi|giam\s+sat|danh\s+gia|thong\s+ke|nghien\s+cuu|xay\s+dung"
    r"|huong\s+dan|tuyen\s+truyen|pho\s+bien|van\s+dong|khuyen\s+khich|cong\s+bo"
    r"|thong\s+bao|trinh|xem\s+xet|tham\s+dinh|gop\s+y|cap\s+nhat|du\s+thao|soan\s+thao"
    r"|ban\s+hanh|xu\s+ly|viec|ve|cua|tinh\s+hinh|ket\s+qua|cong\s+tac|danh\s+muc"
    r"|danh\s+sach|so\s+lieu|tac\s+dong|nguyen\s+nhan|ly\s+do|sau|khi|neu|nham)(?![a-z])"
)
# ... but a matter that is itself a work done each period, right after the verb, takes the
# cadence after it: "Nghiên cứu bãi bỏ báo cáo hằng tháng", "Xem xét bãi bỏ chế độ báo cáo
# hằng tháng" (the monthly report is the one to abolish), where "Báo cáo tình hình bãi bỏ thủ
# tục hằng tháng" reports each month (folded)
_PERIODIC_WORK = re.compile(
    r"\s+(?:(?:viec|to\s+chuc|thuc\s+hien|cac|nhung|mot\s+so|cuoc|buoi|phien|ky)\s+)*"
    r"(?:bao\s+cao|hop|giao\s+ban|hoi\s+nghi|kiem\s+tra|kham|tiep\s+(?:cong\s+)?dan"
    r"|sinh\s+hoat|tap\s+huan|truc|thi|che\s+do|nop|gui)(?![a-z])"
)
# The first syllable of a word the verb closes: "tiêu hủy" (destroy), "phân hủy", "loại bỏ",
# "xóa bỏ", "trạm dừng", "không ngừng" (without stopping), folded, right before it
_WORD_CLOSED = re.compile(r"(?<![a-z])(?:tieu|phan|pha|loai|xoa|vut|tram|diem|ben|khong|chua)\W*\Z")


def called_off(step: str) -> str | None:
    """The verb that calls off the work of `step` (a reading's label): heading it (`_VERB`,
    or `_VERB_BARE` in a step typed bare), no word before it making it another work's
    matter (`_MATTER`), or, as that matter, calling off a work done each period
    (`_PERIODIC_WORK`); else None."""
    shown = nfc(step).lower()
    folded = fold(shown)
    bare = unmarked(shown)
    for verb in (_VERB_BARE if bare else _VERB).finditer(folded if bare else shown):
        before = folded[: verb.start()]
        if _WORD_CLOSED.search(before):
            continue  # "tiêu hủy", "không ngừng": no calling off
        if not bare and verb["work"] is not None and not _WORK_NEXT.match(folded, verb.end()):
            continue  # "bỏ phiếu", "miễn phí": no work called off
        if not _MATTER.search(before) or _PERIODIC_WORK.match(folded, verb.end()):
            return shown[verb.start() : verb.end()]
        # "báo cáo tình hình bãi bỏ thủ tục …": the verb is the report's matter
    return None


def refuse_rule_called_off(found: Sequence[Deadline]) -> None:
    """Refuse readings of which one recurs (a cadence, a rule, a standing day) when its step
    calls its work off (`called_off`): the cadence is the
    abolished or suspended thing's, no rule to keep. Raises `Unreadable` with the way out."""
    for one in found:
        if one.recurrence is None or not one.label:
            continue
        if verb := called_off(one.label):
            raise Unreadable(
                f"“{verb} …”: việc định kỳ đó bị bãi bỏ, hủy, dừng, hoãn hoặc được miễn; nhịp lặp "
                "lại là của việc bị bỏ, không phải thời hạn phải làm; nếu văn bản đặt hạn (ngày "
                "dừng, ngày bãi bỏ), ghi last_day theo văn bản"
            )
