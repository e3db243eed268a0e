"""A tax period named as the time of a tax step, never the time to act.

Form: a step of declaring or paying tax ("Nộp tờ khai thuế", "Kê khai thuế", "Nộp tiền
thuế", "Nộp thuế"), the tax's kind if any ("GTGT", "TNCN"), then a month or a quarter with
its year and nothing after it: "Nộp tờ khai thuế GTGT tháng 5/2026", "Nộp tiền thuế: tháng
5/2026", "Kê khai thuế quý II/2026" (session 63's brief, helper d63: each read on main as
the window to act, May or the quarter). The month or the quarter is the tax period (kỳ tính
thuế): the declaration is due after it, by the 20th of the next month for a month and by the
last day of the first month of the next quarter for a quarter (Luật Quản lý thuế số
38/2019/QH14, Điều 44, khoản 1), and the tax with it (Điều 55, khoản 1). The phrase is
refused with that day named, never read as it: a tax declared once a year or a levy of its
own ("thuế môn bài") has other days, and the document may set its own. The nearest corpus
phrase, "Nộp hồ sơ khai thuế theo tháng cho kỳ tính thuế tháng 12/2025, gồm: …"
(a tax office's notice), names the period as such and is `refusals._DATA_PERIOD`'s.

The payer may open it ("Doanh nghiệp nộp tờ khai thuế tháng 5/2026"), and two steps may be
joined ("Kê khai, nộp thuế tháng 5/2026"). Several periods of one year are refused with the
law's day of each ("Nộp tờ khai thuế GTGT tháng 5, 6/2026", "… quý II và quý III/2026":
session 64's brief, helper d64, read on main as one window over both or one for each); so
is the step told done ("Đã nộp tờ khai thuế tháng 5/2026") or checked by another, the
period the object checked ("Kiểm tra việc nộp thuế tháng 5/2026", "Đôn đốc nộp thuế …": d64),
each with its own reason. A tax with days of its own ("thuế môn bài", "thuế
khoán", land, registration) is refused with no day named (`_OWN_DAYS`).

What stays read: the step's own window or bound ("Nộp hồ sơ khai thuế trong tháng 5/2026",
"Nộp thuế trước tháng 6/2026", "Nộp thuế đến hết tháng 5/2026"), and a day told anywhere in
the phrase ("Nộp tờ khai thuế tháng 5/2026 trước ngày 20/6/2026": the document's own day).

Pure: no I/O.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from kehoach.dates.grammar import Source, Unreadable

# a quarter's number as printed
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
# a word of the step's own time: before the period it makes the month the time to act
# ("trong tháng 5/2026", "trước", "đến hết", "vào", "từ", "chậm nhất", "hạn")
_OWN_TIME = (
    r"(?:trong|truoc|den|toi|tu|vao|het|sau|han|cham|muon|tre|ngay|thang|quy|nam|hang"
    r"|moi|dinh|ky|tai|theo|cho|cua)\b"
)
# ... or the step done ("xong", "dứt điểm") or papers asking to be let off the tax ("đơn xin
# miễn giảm", "hồ sơ miễn thuế"): no declaration, the month the time to act (session 63's
# tester, helper d63b: each read on main as May, refused by d63)
_NOT_DECLARING = r"(?:xong|dut|diem|don|xin|mien|giam)\b"
# (a comma too: "Kê khai, nộp thuế tháng 5/2026")
# (and a tax's name with a time word folded in it: "thuế tài nguyên", "thuế bảo vệ môi
# trường", session 63's tester: read on main and by d63 as May)
_WORD = (
    r",?\s+(?:tai\s+nguyen|bao\s+ve\s+moi\s+truong"
    rf"|(?!{_OWN_TIME}|{_NOT_DECLARING})[a-z]+)"
)
# who declares, before the step: "Doanh nghiệp nộp tờ khai thuế tháng 5/2026"
_PAYER = (
    r"(?:(?:cac|moi)\s+)?(?:doanh\s+nghiep|dn|ho\s+kinh\s+doanh|ho|ca\s+nhan|to\s+chuc"
    r"|don\s+vi|nguoi\s+nop\s+thue|co\s+so(?:\s+kinh\s+doanh)?)\s+"
)
# a tax or a levy with days of its own (Điều 44, khoản 2-4; the licence fee by 30 January,
# a lump sum by 15 December, land and registration taxes on their notices): no day named
_OWN_DAYS = re.compile(
    r"\b(?:mon\s+bai|khoan|dat|nha|truoc\s+ba|xuat\s+khau|nhap\s+khau|phi)\b", re.ASCII
)
# the tax step, opening the phrase: declaring, paying, settling ("Nộp tờ khai thuế", "Kê khai
# thuế", "Nộp tiền thuế", "Nộp hồ sơ khai thuế", "Quyết toán thuế"), then the tax's kind
# ("GTGT", "thu nhập cá nhân"), the deadline's noun before it ("Hạn nộp tờ khai thuế tháng
# 5/2026": the month's declaration)
# ... the step told done ("Đã nộp tờ khai thuế tháng 5/2026": session 64's brief, helper d64,
# read on main as May), or checked or urged by another body, the period the object of the
# check ("Kiểm tra việc nộp thuế tháng 5/2026", "Đôn đốc nộp thuế tháng 5/2026": d64, read on
# main as May): no declaration due in the period either way
# (d64b: or told not done yet, "Chưa nộp thuế tháng 5/2026", session 64's tester: read on main)
_DONE = r"(?P<done>(?:da|vua|chua)\s+(?:hoan\s+thanh\s+)?)"
# ... a duty or a plan before the step, the period still the tax's ("Dự kiến nộp thuế tháng
# 5/2026", "Doanh nghiệp phải nộp thuế tháng 5/2026": d64b, session 64's tester, read on main)
_HEDGE = r"(?:(?:du\s+kien|phai|can|se|co\s+the)\s+)"
_CHECKING = (
    r"(?:kiem\s+tra|thanh\s+tra|ra\s+soat|doi\s+chieu|theo\s+doi|don\s+doc|giam\s+sat"
    r"|tong\s+hop|thong\s+ke|bao\s+cao)"
)
# (several joined, "Kiểm tra, đôn đốc nộp thuế …", after "thực hiện" or the tax office that
# checks, "Chi cục Thuế kiểm tra việc nộp thuế tháng 5/2026")
_CHECK = (
    r"(?P<check>(?:(?:chi\s+cuc|cuc|co\s+quan|doi)\s+thue\s+)?(?:thuc\s+hien\s+)?"
    rf"{_CHECKING}(?:(?:\s*,\s*|\s+va\s+){_CHECKING})*\s+"
    # (d64b: the payers urged named, "Đôn đốc các doanh nghiệp nộp thuế tháng 5/2026", the
    # papers checked, "Kiểm tra hồ sơ khai thuế …", the tax collected, "Đôn đốc thu nộp thuế
    # …": session 64's tester, read on main)
    rf"(?:(?:tinh\s+hinh|viec|ket\s+qua|ho\s+so)\s+)?(?:{_PAYER})?(?:thu\s+)?)"
)
_TAX_STEP = (
    # (a verb of doing before it: "Thực hiện nộp thuế tháng 5/2026", session 63's tester)
    rf"\A\W*(?:{_PAYER})?(?:{_DONE}|{_HEDGE}|{_CHECK})?(?P<noun>(?:thoi\s+)?han\s+)?(?:thuc\s+hien\s+)?"
    r"(?:nop|ke\s+khai|khai|dong|quyet\s+toan)\b"
    rf"(?:{_WORD}){{0,4}}?\s+thue\b(?:{_WORD}){{0,5}}?"
)
# ... then the period, after a colon, a dash or "kỳ (tính thuế)": "tháng 5/2026", "tháng 5
# năm 2026", "quý II/2026", "quý 2 năm 2026"; nothing after it but a mark
_YEAR = r"(?:\s*[/.-]\s*|\s+nam\s+)\d{4}"
# ... one more period of the same year: "tháng 5, 6", "tháng 5 và tháng 6", "quý II - III",
# "tháng 5 đến tháng 6" (each month its own declaration; a span "từ tháng 5" is the step's)
_AND = r"(?:\s*,\s*|\s+va\s+|\s*[-\u2013]\s*|\s+(?:den|toi)\s+)"
_TAX_PERIOD = re.compile(
    # (or in brackets: "Nộp thuế (tháng 5/2026)", session 63's tester)
    rf"{_TAX_STEP}\s*(?:(?P<mark>[:\u2013-])\s*|\(\s*)?(?:(?:cho|cua)\s+)?(?:ky\s+(?:tinh\s+thue\s+)?)?"
    # (several periods of one year: "tháng 5, 6/2026", "quý II và quý III/2026", session 64's
    # brief, helper d64: read on main as one window over both or a window for each)
    rf"(?P<period>thang\s+(?P<month>\d{{1,2}})(?P<months>(?:{_AND}(?:thang\s+)?\d{{1,2}})*){_YEAR}"
    rf"|quy\s+(?P<quarter>[1-4]|[iv]+)(?P<quarters>(?:{_AND}(?:quy\s+)?(?:[1-4]|[iv]+))*){_YEAR}"
    r"|nam\s+(?P<whole>\d{4}))"
    r"(?![\d/.-]?\d)\s*[.;)]?\s*\Z",
    re.ASCII,
)


def refuse_tax_period(source: Source) -> None:
    """Refuse a tax step dated by its tax period alone (`_TAX_PERIOD`), naming the day the
    law sets for each period's declaration; a step told done or checked says so."""
    found = _TAX_PERIOD.match(source.prepared)
    if found is None or (dues := _due_by_law(found)) is None:
        return  # "tháng 13/2026", "quý V/2026": no period, left to the rest
    if found["noun"] and found["mark"]:
        # "Hạn nộp thuế: tháng 5/2026": the month printed as the deadline itself (session
        # 63's tester, helper d63b: read on main as May, refused by d63)
        return
    period = " ".join(source.said(*found.span("period")).split())
    due = "; ".join(dues)
    if _OWN_DAYS.search(found[0]):
        due = "loại thuế, phí này có hạn nộp riêng (khoản 2-4) hoặc theo thông báo thuế"
    said = source.said(*found.span()).strip(" .;")
    if found["done"]:
        raise Unreadable(
            f"“{said}”: kể việc {'chưa' if found['done'].startswith('chua') else 'đã'} nộp cho kỳ tính thuế {period}, không phải thời hạn; nếu "
            "văn bản còn giao việc, ghi last_day theo hạn văn bản nêu"
        )
    if found["check"]:
        raise Unreadable(
            f"“{said}”: {period} là kỳ tính thuế của việc được kiểm tra, đôn đốc, không phải "
            "thời gian phải làm; không đoán, ghi last_day theo hạn văn bản nêu"
        )
    raise Unreadable(
        f"“{said}”: {period} là kỳ tính thuế, không phải "
        f"thời gian phải nộp; theo Điều 44 Luật Quản lý thuế số 38/2019/QH14, {due}; không "
        "đoán, ghi last_day theo hạn văn bản nêu"
    )


def _due_by_law(found: re.Match[str]) -> list[str] | None:
    """The law's day for each period `found` names (Điều 44): the 20th of the next month for
    a month, the last day of the next quarter's first month for a quarter (khoản 1); for a
    year, the settlement's, the last day of the third month after it ends (khoản 2, điểm a;
    a yearly declaration is due in the year's own first month, no day after the period)."""
    year = int(found["period"][-4:])
    if found["whole"]:
        return [f"hồ sơ quyết toán thuế năm nộp chậm nhất ngày {_shown(_last_day(year + 1, 3))}"]
    if found["month"]:
        months = [int(found["month"]), *map(int, re.findall(r"\d+", found["months"]))]
        if not all(1 <= month <= 12 for month in months):
            return None
        return [
            f"tờ khai tháng {month} (và tiền thuế) nộp chậm nhất ngày "
            f"{_shown(date(year + month // 12, month % 12 + 1, 20))}"
            for month in months
        ]
    told = [found["quarter"], *re.findall(r"(?<![a-z])(?:[1-4]|[iv]+)(?![a-z])", found["quarters"])]
    numbers = [_QUARTERS.get(quarter) for quarter in told]
    if None in numbers:
        return None
    return [
        f"tờ khai quý {_ROMAN[number]} (và tiền thuế) nộp chậm nhất ngày "
        f"{_shown(_last_day(year + number // 4, number * 3 % 12 + 1))}"
        for number in numbers
        if number is not None
    ]


def _last_day(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def _shown(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"
