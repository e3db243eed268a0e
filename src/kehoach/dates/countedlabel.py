"""Words before a count from an event that say which occurrence is meant, never when.

A deadline counted from an event ("trong thời hạn 150 ngày kể từ ngày kết thúc năm tài
chính", "chậm nhất là 05 ngày làm việc, kể từ ngày …", "trước ngày dự kiến tổ chức lễ hội ít
nhất 20 ngày") holds no calendar day: the clerk gives the event's day (`--from`, the plan's
events) and the count runs from it. A cadence or a year named before it in the step ("báo
cáo tài chính hằng năm", "lễ hội … được tổ chức hàng năm", "tiền thuê đất của năm đầu
tiên") says which report, festival or payment the count is for, each time the event comes;
it moves neither the count nor its direction. Only these word sequences, seen in real
phrases, are spared; every other word of time before the count stays checked (`label`).

Pure: no files, no clock.
"""

from __future__ import annotations

from kehoach.dates.found import Found
from kehoach.dates.grammar import NEXT_YEAR_S_BUDGET
from kehoach.dates.reading import DeadlineKind

# "Báo cáo tình hình thực hiện ngân sách nhà nước hàng năm được công khai chậm nhất là 05
# ngày làm việc, kể từ ngày …" (Thông tư 61/2017/TT-BTC, Điều 10), "c) Báo cáo và tóm tắt
# báo cáo tài chính hằng năm đã được kiểm toán … trong thời hạn 150 ngày kể từ ngày kết thúc
# năm tài chính" (Luật Doanh nghiệp 2020, Điều 109), "lễ hội … được tổ chức hàng năm phải gửi
# văn bản thông báo … trước ngày dự kiến tổ chức lễ hội ít nhất 20 ngày" (Luật Tín ngưỡng,
# tôn giáo 2016, Điều 45, as xã Chiềng Sơn prints it): the yearly report or festival, its verb
# after it ("được", "đã", "phải"). Never right before the count ("gửi báo cáo hằng năm chậm
# nhất là 30 ngày trước ngày khai mạc": a cadence of the sending, test_deadline_forms_zk)
_YEARLY = r"(?<!\w)(?:hằng|hàng)\s+năm(?=\s+(?:được|đã|phải)(?!\w))"
# "Đối với hoạt động trồng cây lâu năm: Trong thời hạn 10 ngày làm việc, kể từ ngày nhận đủ
# hồ sơ hợp lệ …" (thủ tục hành chính, Thừa Thiên Huế): perennial crops, a kind of farming
_PERENNIAL = r"(?<!\w)cây\s+lâu\s+năm(?!\w)"
# "thời hạn nộp tiền của năm đầu tiên là 30 ngày kể từ ngày ký Thông báo" (Nghị định
# 46/2014/NĐ-CP, Điều 18, on land rent in economic zones): the first year's payment
_FIRST_YEAR = r"(?<!\w)của\s+năm\s+đầu\s+tiên(?!\w)"

# "báo cáo phân bổ ngân sách trung ương năm sau trình Chính phủ để gửi đến các Đại biểu Quốc
# hội chậm nhất là 20 ngày, trước ngày khai mạc kỳ họp Quốc hội cuối năm" (Luật Ngân sách nhà
# nước 2015, Điều 47, as Thư viện Pháp luật answers): the next year's budget
# (`grammar.NEXT_YEAR_S_BUDGET`)
OCCURRENCE_NAMED = "|".join((_YEARLY, _PERENNIAL, _FIRST_YEAR, NEXT_YEAR_S_BUDGET))

# Who must act, and under which law, when the count names its own anchor ("kể từ …"): "Theo
# quy định trong Luật Việc làm 2013, người lao động sau khi nghỉ việc để được nhận trợ cấp
# thất nghiệp thì phải nộp hồ sơ … trong thời hạn 3 tháng kể từ khi chấm dứt hợp đồng" (Luật
# Việc làm 2013, Điều 46, as Tin mới prints it; ze-tinmoi-tro-cap-that-nghiep-3-thang): the
# worker who has left, the count from the contract's end; "… có trách nhiệm đăng ký thường trú
# tại nơi ở mới theo quy định của Luật Cư trú trong thời hạn 12 tháng kể từ ngày đủ điều kiện
# đăng ký" (Luật Cư trú 2020, Điều 26, as Gia đình & Xã hội prints it; zu-giadinh-ha-noi-cv-
# 483-cu-tru-2026): the law that sets the count. A count with no anchor of its own keeps them
# checked: there "sau khi …" may be what it counts from
# (within the subject, after a word of it: "Sau khi nhận hồ sơ, trong 10 ngày kể từ …" opening
# the phrase is an anchor of its own, two anchors, refused: test_deadline_standing)
_AFTER_LEAVING = r"(?<=[^\W\d_]\s)sau\s+khi(?=\s+[^\W\d_])"
_BY_THE_LAW = r"(?<!\w)theo\s+quy\s+định(?=\s+(?:của|tại|trong)\s+(?:Bộ\s+)?Luật\s)"
ANCHORED_NAMED = "|".join((_AFTER_LEAVING, _BY_THE_LAW))


def occurrence_spared(readings: list[Found]) -> str:
    """The pattern of words a label may hold before a count from an event
    (`OCCURRENCE_NAMED`) when every reading of `readings` is such a count (kind relative),
    and `ANCHORED_NAMED` when each names what it counts from; "" otherwise (before a day,
    "hằng năm" is a cadence of its own, and checked)."""
    relative = bool(readings) and all(one.kind is DeadlineKind.RELATIVE for one in readings)
    if not relative:
        return ""
    if all(one.relative and one.relative.anchor for one in readings):
        return f"{OCCURRENCE_NAMED}|{ANCHORED_NAMED}"
    return OCCURRENCE_NAMED
