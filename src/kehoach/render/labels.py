"""Every word `kehoach status` prints, in Vietnamese (the default) and English.

One dict per language with the same keys; `{name}` fields are filled with `str.format`.
Bin names are keyed by the bin's value so the summary columns follow `Bin` itself.
"""

from __future__ import annotations

from datetime import date

VI: dict[str, str] = {
    "heading": "Tình hình thực hiện tại ngày {day}",
    "col.plan": "Kế hoạch",
    "col.task": "TT",
    "col.title": "Nhiệm vụ",
    "col.lead": "Chủ trì",
    "col.phrase": "Thời hạn",
    "col.due": "Hạn",
    "col.state": "Tình trạng",
    "col.agency": "Cơ quan chủ trì",
    "col.over": "> {days} ngày",
    "col.rate": "Tỷ lệ đúng hạn",
    "col.soon": "Sắp đến hạn",
    "bin.done_on_time": "Đúng hạn",
    "bin.done_late": "Trễ hạn",
    "bin.in_time": "Trong hạn",
    "bin.overdue": "Quá hạn",
    "bin.no_deadline": "Thường xuyên / không hạn",
    "original": "(ban đầu: {phrase})",
    # a day written on a weekend or holiday, beside the working day it rolls to
    "weekdays": "T2 T3 T4 T5 T6 T7 CN",
    "period": "kỳ {period}",
    # a rule that prints no day ("Hằng quý"): due on each period's last day, said
    "period_end": "hạn ngày cuối kỳ",
    "state.missed": "{periods} chưa gửi",
    "state.owed": "quá hạn {n} kỳ,\ttừ {first}",  # a tab where the cell may break
    "periods_cut": "{first}, …, {last} ({n} kỳ)",
    "milestone": "mốc {n}",
    "days": "{n} ngày",
    "one_day": "1 ngày",
    "state.overdue": "quá hạn {days}",
    "state.left": "còn {days}",
    "state.today": "hôm nay",
    "state.on_time": "đúng hạn",
    "state.late": "trễ {days}",
    "state.ongoing": "thường xuyên",
    "state.waiting": "chờ {anchor}",
    "state.per_case": "thời hạn xử lý từng hồ sơ",
    "state.no_date": "không có ngày cố định",
    "state.unreadable": "không đọc được thời hạn",
    "state.undated": "hoàn thành, thiếu ngày",
    "nothing": "Không có việc quá hạn hay sắp đến hạn (trong {days} ngày).",
    "more_rows": "… và {n} mục khác (dùng --limit hoặc --format json)",
    "summary": "Tổng hợp theo cơ quan chủ trì",
    "total": "Tổng cộng",
    "more_agencies": "… và {n} cơ quan khác",
    "shared_note": (
        "Một mục có nhiều cơ quan chủ trì được tính ở dòng của từng cơ quan, nên cộng các "
        "dòng ({rows}) nhiều hơn tổng cộng ({total})."
    ),
    "col.plan_task": "Kế hoạch, TT",
    "col.due_state": "Hạn, tình trạng",
    "undated_note": "{n} mục báo hoàn thành nhưng thiếu ngày hoàn thành.",
    "per_case_note": (
        "Thời hạn xử lý từng hồ sơ (mỗi hồ sơ, đơn tính từ ngày nhận của nó; không phải "
        "nhiệm vụ thiếu thời hạn; {n} mục, đã tính trong cột Thường xuyên / không hạn): "
        "{tasks}."
    ),
    "moved_note": (
        "Thời hạn chưa hoàn thành đã dời ít nhất một lần (theo lịch sử ghi trong tệp; "
        "chi tiết: kehoach slips): {agencies}; tổng cộng {n}."
    ),
    "problems_note": "Lưu ý: {n} tệp có lỗi nên số liệu có thể thiếu (chạy kehoach validate).",
    "nothing_read": (
        "Không đọc được kế hoạch nào: {n} tệp có lỗi (chạy kehoach validate); chưa biết "
        "việc nào quá hạn hay sắp đến hạn."
    ),
    "kind.level": "{name} [cấp]",
    "kind.unstated": "Chưa giao cơ quan chủ trì",
    "formerly": "{name} (tiếp nhận việc của: {names})",
    "left_out.issued": "Chưa tính {plan}: ban hành ngày {day}, sau ngày xem.",
    "left_out.in_force": "Chưa tính {plan}: tệp ghi tính từ ngày {day} (in_force).",
    "left_out.first_deadline": (
        "Chưa tính {plan}: văn bản không ghi ngày ban hành, tính từ thời hạn đầu tiên {day} "
        "(ghi in_force nếu biết ngày)."
    ),
}

EN: dict[str, str] = {
    "heading": "Progress as of {day}",
    "col.plan": "Plan",
    "col.task": "No.",
    "col.title": "Task",
    "col.lead": "Lead",
    "col.phrase": "Deadline",
    "col.due": "Due",
    "col.state": "Status",
    "col.agency": "Lead agency",
    "col.over": "> {days} days",
    "col.rate": "On-time rate",
    "col.soon": "Due soon",
    "bin.done_on_time": "On time",
    "bin.done_late": "Done late",
    "bin.in_time": "In time",
    "bin.overdue": "Overdue",
    "bin.no_deadline": "Ongoing / no date",
    "original": "(originally: {phrase})",
    "weekdays": "Mon Tue Wed Thu Fri Sat Sun",
    "period": "period {period}",
    "period_end": "due on the period's last day",
    "state.missed": "{periods} not sent",
    "state.owed": "{n} periods overdue,\tsince {first}",
    "periods_cut": "{first}, …, {last} ({n} periods)",
    "milestone": "milestone {n}",
    "days": "{n} days",
    "one_day": "1 day",
    "state.overdue": "{days} overdue",
    "state.left": "{days} left",
    "state.today": "due today",
    "state.on_time": "on time",
    "state.late": "{days} late",
    "state.ongoing": "ongoing",
    "state.waiting": "waiting for: {anchor}",
    "state.per_case": "processing time per file",
    "state.no_date": "no fixed date",
    "state.unreadable": "unreadable deadline",
    "state.undated": "done, date missing",
    "nothing": "Nothing overdue or due soon (within {days} days).",
    "more_rows": "… and {n} more (use --limit or --format json)",
    "summary": "By lead agency",
    "total": "Total",
    "more_agencies": "… and {n} more agencies",
    "shared_note": (
        "A deadline with several lead agencies counts in each one's row, so the rows add "
        "up to more ({rows}) than the total ({total})."
    ),
    "col.plan_task": "Plan, No.",
    "col.due_state": "Due, status",
    "undated_note": "Reported done without a completion date: {n}.",
    "per_case_note": (
        "Processing times per file (each file counts from its own receipt; not tasks "
        "missing a deadline; {n} counted under Ongoing / no date): {tasks}."
    ),
    "moved_note": (
        "Open deadlines moved at least once (recorded history; details: kehoach slips): "
        "{agencies}; {n} in total."
    ),
    "problems_note": "Note: files with errors: {n}; figures may be incomplete (run kehoach validate).",
    "nothing_read": (
        "No plan could be read: files with errors: {n} (run kehoach validate); what is "
        "overdue or due soon is not known."
    ),
    "kind.level": "{name} [level]",
    "kind.unstated": "No lead agency assigned",
    "formerly": "{name} (took over: {names})",
    "left_out.issued": "Not counted: {plan}, issued {day}, after the as-of day.",
    "left_out.in_force": "Not counted: {plan}, in force from {day} (in_force).",
    "left_out.first_deadline": (
        "Not counted: {plan}, no issue date; counted from its first deadline, {day} "
        "(set in_force if known)."
    ),
}

LABELS: dict[str, dict[str, str]] = {"vi": VI, "en": EN}

# The columns of a deadline (the JSON ITEM keys) in Vietnamese, for people who open the
# CSV in a spreadsheet (`status --format csv --header vi`); the workbook's sheet of
# deadlines uses the same words for the columns it shares.
ITEM_HEADERS_VI: dict[str, str] = {
    "plan_id": "Kế hoạch",
    "plan_number": "Số hiệu",
    "task_id": "TT",
    "title": "Nhiệm vụ",
    "lead": "Chủ trì",
    "support": "Phối hợp",
    "milestone": "Mốc",
    "milestone_label": "Tên mốc",
    "phrase": "Thời hạn (như văn bản)",
    "original_phrase": "Thời hạn ban đầu",
    "kind": "Loại thời hạn",
    "first": "Ngày bắt đầu",
    "due": "Hạn",
    "due_as_written": "Hạn ghi trong văn bản (khi lùi sang ngày làm việc)",
    "waiting_for": "Chờ",
    "bin": "Xếp loại",
    "due_soon": "Sắp đến hạn",
    "days_left": "Còn (ngày)",
    "days_late": "Số ngày quá hạn hoặc trễ",
    "completed": "Ngày hoàn thành",
    "period": "Kỳ báo cáo",
    "period_due": "Hạn của kỳ",
    "period_opens": "Kỳ bắt đầu từ",
    "per_case": "Thời hạn xử lý từng hồ sơ, tính từ",
}


def labels_for(lang: str) -> dict[str, str]:
    """The table for `lang`; Vietnamese for anything else."""
    return LABELS.get(lang, VI)


def dmy(day: date) -> str:
    """A day as Vietnamese readers write it: dd/mm/yyyy."""
    return day.strftime("%d/%m/%Y")


def due_words(due: date, written: date | None, lang: str = "vi", glue: str = " ") -> str:
    """The day a deadline falls due; one whose written last day is a day off shows both,
    as `status` shows it: "30/04/2026 (T5) → 04/05/2026" ("(Thu)" in English). `glue`
    stands for the spaces a table keeps on one line."""
    if written is None:
        return dmy(due)
    weekday = labels_for(lang)["weekdays"].split()[written.weekday()]
    return f"{dmy(written)}{glue}({weekday}){glue}→{glue}{dmy(due)}"
