"""A rule whose step calls off what it names: "Bãi bỏ báo cáo hằng tháng" (the monthly
report is abolished), "Thôi báo cáo hằng quý", "Tạm dừng họp giao ban hàng tuần", "Việt Nam
ngừng khám sức khỏe định kỳ mỗi năm một lần" (session 58's brief: each read on main as a
rule due every period). A verb that calls off, suspends, abolishes or waives (`_VERB`)
heading the step, alone or after who does it and a modal ("UBND tỉnh quyết định bãi bỏ …",
"Các sở được miễn báo cáo …"; "hết hiệu lực", an article of the text between, "Bãi bỏ Điều 5
về báo cáo hằng tháng", and the drawing of a payment, "Dừng hưởng trợ cấp hằng tháng", c60's
brief), makes the cadence after it the thing's own (the monthly
report, the weekly briefing) and no rule to keep: read so, a clerk is told to report each
month on a report that is no more. Any reading that recurs is refused (`refuse_rule_called_off`),
a standing calendar's yearly one too ("Ngừng gieo cấy trước ngày 10/10" may stop the
sowing by then or keep it from starting before: f57's lesson, session 57).

A day so called off is `calledoff.refuse_called_off_before`'s ("Hủy họp ngày 15/7/2026");
the words after a cadence, `engine._refuse_cadence_undone` ("… hàng năm không phải gửi") and
`calledoff.refuse_called_off_after` ("Họp giao ban hàng tuần, tạm dừng"). A day of a stop
with its subject is read as the corpus has it ("Sở Tư pháp dừng tổ chức hội thảo … vào sáng
11.11", z-baohaiduong-dung-tiep-xuc-cu-tri-2021: that day), left alone here.

The verb calls the cadence off only right before a work done each period (`_PERIODIC_WORK`:
the report, the meeting, the check, the examination): "Nghiên cứu bãi bỏ báo cáo hằng tháng"
(the monthly report is the one to abolish: no rule; "Nghiên cứu bãi bỏ …", the matter of a
study, is left as main reads it, with the report's and the review's words, `_MATTER`: "Hằng
năm, rà soát, đề xuất bãi bỏ chế độ báo cáo" is a yearly review). Before anything else the
verb is a periodic work of its own, a real duty: "Hằng tháng, tổ chức hủy tài liệu mật", "Hằng năm, UBND tỉnh bãi bỏ
văn bản hết hiệu lực", "chi trả trợ cấp cho người lao động thôi việc" (the merge's tester;
a first version took any verb not after a report's words, and lost them); "miễn phí" and
"bỏ phiếu" call nothing off.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kehoach.base.text import fold, nfc, unmarked
from kehoach.dates.grammar import Unreadable
from kehoach.dates.reading import Deadline, DeadlineKind

# The verbs that call off, suspend, abolish or waive what follows, as printed (lower case,
# NFC): never "dừng chân" (a stop on the way), "trạm dừng nghỉ" (a rest stop), "dừng đỗ"
# (stopping and parking, a traffic term), "ngừng nghỉ" ("không ngừng nghỉ": tirelessly),
# "hủy hoại" (ruin), "thôi thúc" (urge), "không phải là" (is not); "hoãn" (put off, no new
# time: "Hoãn họp giao ban hằng tuần"); "xóa bỏ", "loại bỏ" (do away
# with: "Xóa bỏ chế độ báo cáo hằng tháng", session 59's brief, read as the monthly rule)
_VERB = re.compile(
    r"(?<!\w)(?:bãi\s+bỏ|(?:hủy|huỷ)\s+bỏ|(?:xóa|xoá|loại)\s+bỏ|(?:hủy|huỷ)(?!\s+(?:hoại|diệt))"
    r"|thôi(?!\s+(?:thúc|miên))|tạm(?:\s+thời)?\s+(?:dừng|ngừng|ngưng)"
    r"|dừng(?!\s+(?:chân|nghỉ|đỗ))|ngừng(?!\s+nghỉ)|ngưng(?!\s+(?:tụ|đọng|trệ))"
    r"|đình\s+chỉ|chấm\s+dứt|không\s+(?:còn|phải)(?!\s+là)|(?:tạm\s+)?hoãn"
    # ("hết hiệu lực": "Hết hiệu lực chế độ báo cáo hằng tháng", c60's brief, read as the rule)
    r"|hết\s+hiệu\s+lực"
    r"|(?P<work>bỏ|miễn))(?!\w)"
)
# ... and typed bare, a copy with no diacritic at all ("Bai bo bao cao hang thang"), each
# only before a periodic work as the printed ones are ("dung" is also "dùng", use; "thoi"
# "thời", time; "huy" "huy động", mobilise; "hoan" "hoàn thành", complete); never "bo" alone,
# which is "Bộ" (a ministry) as often: "Hang quy, Bo bao cao Thu tuong"
_VERB_BARE = re.compile(
    r"(?<![a-z])(?:bai\s+bo|huy\s+bo|(?:xoa|loai)\s+bo|tam(?:\s+thoi)?\s+(?:dung|ngung|hoan)|ngung|dinh\s+chi"
    r"|cham\s+dut|khong\s+(?:con|phai)(?!\s+la)|huy(?!\s+dong)|thoi(?!\s+ky)|dung|mien|hoan"
    r"|het\s+hieu\s+luc)"
    r"(?![a-z])"
)
# The words before the verb that make it the matter of another work, folded: "báo cáo tình
# hình bãi bỏ …", "kiểm tra việc dừng …", "Hằng năm, rà soát, đề xuất bãi bỏ chế độ báo cáo",
# "Thông báo hủy họp hằng tuần", "Lập danh sách miễn tập huấn hằng năm" (the merge's second
# tester: each a real duty, refused without this), "tuyên truyền, vận động người dân ngừng …"
_MATTER = re.compile(
    r"(?<![a-z])(?:bao\s+cao|tong\s+hop|kiem\s+tra|ra\s+soat|de\s+xuat|kien\s+nghi"
    r"|tham\s+muu|theo\s+doi|giam\s+sat|danh\s+gia|thong\s+ke|nghien\s+cuu|xay\s+dung"
    r"|huong\s+dan|tuyen\s+truyen|pho\s+bien|van\s+dong|khuyen\s+khich|cong\s+bo"
    r"|thong\s+bao|trinh|xem\s+xet|tham\s+dinh|gop\s+y|cap\s+nhat|du\s+thao|soan\s+thao"
    r"|ban\s+hanh|xu\s+ly|viec|ve|cua|tinh\s+hinh|ket\s+qua|cong\s+tac|danh\s+muc"
    r"|danh\s+sach|so\s+lieu|tac\s+dong|nguyen\s+nhan|ly\s+do|sau|khi|neu|nham|lich"
    r"|truong\s+hop|doi\s+tuong)(?![a-z])"
)

# The works done each period a call-off verb must name right after it for the cadence to be
# theirs (folded): "Bãi bỏ báo cáo hằng tháng", "Nghiên cứu bãi bỏ báo cáo hằng tháng", "Xem
# xét bãi bỏ chế độ báo cáo hằng tháng" (the monthly report is the one to abolish); a verb
# before anything else is a periodic work of its own (the merge's tester: "Hằng tháng, tổ chức
# hủy tài liệu mật", "Hằng năm, UBND tỉnh bãi bỏ văn bản hết hiệu lực", "Hằng tuần, lực lượng
# CSGT dừng xe kiểm tra", "chi trả trợ cấp cho người lao động thôi việc", each a real duty),
# as is a report on the call-off ("Báo cáo tình hình bãi bỏ thủ tục hằng tháng")
# ... or what asks for it or schedules it, or a payment made each period: "Bãi bỏ yêu cầu
# báo cáo hằng tháng", "Hủy lịch họp giao ban hằng tuần", "Tạm dừng chi trả trợ cấp hằng
# tháng" (session 59's brief: each read as the rule before)
# ... or the article of a text that rules it, or the drawing of a payment: "Bãi bỏ Điều 5 về
# báo cáo hằng tháng", "Dừng hưởng trợ cấp hằng tháng", "Thôi hưởng …" (c60's brief: each
# read as the monthly rule on main)
_ARTICLE = r"(?:(?:(?:dieu|khoan|diem|muc|chuong)\s+[0-9a-z.]+\s+)+(?:quy\s+dinh\s+)?ve\s+)"
_PERIODIC_WORK = re.compile(
    rf"\s+{_ARTICLE}?(?:(?:viec|to\s+chuc|thuc\s+hien|cac|nhung|mot\s+so|cuoc|buoi|phien|ky"
    r"|yeu\s+cau|lich|quy\s+dinh(?:\s+ve)?|nghia\s+vu|huong|nhan|cap|che\s+do)\s+)*"
    r"(?:bao\s+cao|hop|giao\s+ban|hoi\s+nghi|kiem\s+tra|kham|tiep\s+(?:cong\s+)?dan"
    r"|sinh\s+hoat|tap\s+huan|truc|che\s+do|nop|gui|chi\s+tra|tro\s+cap|phu\s+cap"
    r"|luong\s+huu)(?![a-z])"
)
# The first syllable of a word the verb closes: "tiêu hủy" (destroy), "phân hủy", "loại bỏ",
# "xóa bỏ", "trạm dừng", "không ngừng" (without stopping), folded, right before it
_WORD_CLOSED = re.compile(r"(?<![a-z])(?:tieu|phan|pha|loai|xoa|vut|tram|diem|ben|khong|chua)\W*\Z")


def called_off(step: str) -> str | None:
    """The verb that calls off a work done each period in `step` (a reading's label): a verb
    of `_VERB` (or `_VERB_BARE` in a step typed bare) right before such a work
    (`_PERIODIC_WORK`), no word before it making it another work's matter (`_MATTER`); else
    None."""
    shown = nfc(step).lower()
    folded = fold(shown)
    bare = unmarked(shown)
    for verb in (_VERB_BARE if bare else _VERB).finditer(folded if bare else shown):
        if _WORD_CLOSED.search(folded[: verb.start()]):
            continue  # "tiêu hủy", "không ngừng": no calling off
        if _PERIODIC_WORK.match(folded, verb.end()) and not _MATTER.search(folded[: verb.start()]):
            return shown[verb.start() : verb.end()]
    return None


# A step that is the verb alone, the work it calls off read as the time's own words: "Hủy
# báo cáo 6 tháng đầu năm trước ngày 15/7" (the report's rule keeps "báo cáo …", the step is
# "Hủy"), "Hủy hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 15/7/2026" (the
# window's step is "Hủy": session 61's brief, f61; each read as due on main). Any verb of
# `_VERB` before a rule or a window ("Dừng hoàn thành trong quý II/2026": a stop has a day);
# before a day only the verbs that can mean nothing but
# calling off or waiving ("Dừng trước ngày 30/6/2026" is a stop that takes effect: session
# 59's ruling)
_VERB_ALONE_ANY = re.compile(
    r"\A\W*(?:bãi\s+bỏ|(?:hủy|huỷ|xóa|xoá)(?:\s+bỏ)?|miễn|thôi)\W*\Z", re.IGNORECASE
)


# after the verb, the time or a mark, never another step's verb: "Rà soát trước 30/6/2026,
# bãi bỏ trước 31/12/2026" (a real step, f61b: main's reading kept), "Đăng ký: …; Hủy: từ …"
_TIME_NEXT = re.compile(
    r"[\W_]*(?:\Z|\d|(?:trước|trong|từ|đến|tới|chậm|muộn|hạn|kể|vào|ngày|sau|hết|quý|tháng"
    r"|năm|lúc|bắt|thời|khi|xong)(?!\w))",
    re.IGNORECASE,
)


def _before_a_step(verb: str, phrase: str) -> bool:
    """Whether `verb` (a step's label) stands in `phrase` right before another step's verb
    ("Hủy hoàn thành trong quý II/2026": what it calls off is the step after it)."""
    text = nfc(phrase).lower()
    at = text.find(verb.lower())
    while at >= 0:
        if not _TIME_NEXT.match(text, at + len(verb)):
            return True
        at = text.find(verb.lower(), at + 1)
    return False


def _verb_alone(one: Deadline, several: bool, phrase: str) -> str | None:
    """The call-off verb that is `one`'s whole step (`_VERB_ALONE_ANY`); else None. A day
    alone is left as main reads it: "Bãi bỏ Quyết định số 15/2020/QĐ-UBND kể từ ngày
    01/7/2026" is the day the abolition takes effect (its number blanked, the step is "Bãi
    bỏ", test_c60b); only a day among milestones ("Hủy hoàn thành trước ngày 30/6/2026, báo
    cáo …") is refused. Of a day or a window, only a verb right before another step's verb
    (`_before_a_step`): "Kiểm kê trước ngày 30/6/2026, hủy trước ngày 31/7/2026" is a step."""
    step = nfc(one.label or "").strip()
    if one.recurrence is not None:
        verb = _VERB.fullmatch(step.lower().strip(" ,;:.!"))
        return step if verb else None
    if one.kind is DeadlineKind.WINDOW:
        verb = _VERB.fullmatch(step.lower().strip(" ,;:.!"))
    else:
        verb = _VERB_ALONE_ANY.match(step) if several else None
    return step if verb and _before_a_step(step.strip(" ,;:.!"), phrase) else None


def refuse_rule_called_off(found: Sequence[Deadline], phrase: str) -> None:
    """Refuse readings of which one recurs (a cadence, a rule, a standing day) when its step
    calls its work off (`called_off`): the cadence is the
    abolished or suspended thing's, no rule to keep. Refuse any reading whose step is the
    verb alone (`_verb_alone`): the work it calls off is the one the time names. Raises
    `Unreadable` with the way out."""
    for one in found:
        if verb := _verb_alone(one, len(found) > 1, phrase):
            raise Unreadable(
                f"“{verb} …”: việc đó bị hủy, bãi bỏ hoặc được miễn; thời hạn là của việc bị bỏ, "
                "không phải thời hạn phải làm; nếu văn bản đặt hạn khác, ghi last_day theo văn bản"
            )
        if one.recurrence is None or not one.label:
            continue
        if verb := called_off(one.label):
            raise Unreadable(
                f"“{verb} …”: việc định kỳ đó bị bãi bỏ, hủy, dừng, hoãn hoặc được miễn; nhịp lặp "
                "lại là của việc bị bỏ, không phải thời hạn phải làm; nếu văn bản đặt hạn (ngày "
                "dừng, ngày bãi bỏ), ghi last_day theo văn bản"
            )
