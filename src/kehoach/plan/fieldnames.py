"""What each key of the file formats is called by people, in Vietnamese and English.

Keys are ASCII and English (`notes`, `decided_by`); a clerk reads "Ghi chú", "Văn bản
quyết định". One table serves every place a key is shown to a person: `kehoach diff`
names a changed field by it, and `kehoach schema` gives editors titles and descriptions
in one language (Vietnamese; English with `--lang en`). The Vietnamese descriptions are
the models' own (`Field(description=…)` in model.py and calendarfile.py); the English
ones are here.

Shape: FIELDS[model name][key as written in the file] = (Vietnamese name, English name,
English description or ""); MODELS[model name] = (Vietnamese description, English one).
"""

from __future__ import annotations

Entry = tuple[str, str, str]

# A day's own description (every date field), as (Vietnamese, English).
DAY = ("Ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd", "A day, dd/mm/yyyy or yyyy-mm-dd")

FIELDS: dict[str, dict[str, Entry]] = {
    "Plan": {
        "schema": ("Phiên bản lược đồ", "Schema version", "The file format's version: 1"),
        "id": ("Mã kế hoạch", "Plan id", "A stable id, e.g. kh-348-2022"),
        "number": ("Số hiệu", "Number", "The number as printed, e.g. 348/KH-UBND"),
        "kind": ("Loại văn bản", "Kind", "The kind of document"),
        "title": ("Trích yếu", "Title", "The document's title (trích yếu)"),
        "issuer": ("Cơ quan ban hành", "Issuer", "The issuing body"),
        "jurisdiction": (
            "Địa bàn",
            "Jurisdiction",
            "The issuer's province or city (one of the 34 from 01/07/2025, or its name "
            "before the reorganisation), or 'Trung ương' for a ministry or central body; "
            "names such as 'UBND tỉnh' or 'Sở Tài chính' are read as this unit's",
        ),
        "commune": (
            "Xã, phường",
            "Commune",
            "The issuing commune, ward or special zone (from 01/07/2025), in the province "
            "of jurisdiction",
        ),
        "issued": ("Ngày ban hành", "Issued", "The day the plan was issued"),
        "in_force": (
            "Ngày bắt đầu tính",
            "In force",
            "The day the plan counts from when the document gives no issue day; empty: "
            "from its first deadline",
        ),
        "standing": (
            "Quy định thường xuyên",
            "Standing rule",
            "The document is a standing rule (a reporting regime, a quy chế): a day and month "
            "without a year are every year's",
        ),
        "signer": ("Người ký", "Signer", "Who signed it"),
        "implements": ("Căn cứ", "Implements", "The documents it implements"),
        "reporting_period": (
            "Mốc tổng kết, báo cáo",
            "Reporting period",
            "The period the plan reviews or reports on",
        ),
        "events": (
            "Sự kiện làm mốc",
            "Events",
            "Days deadlines are counted from (an election day…)",
        ),
        "source": ("Văn bản gốc", "Source", "Where the plan was transcribed from"),
        "notes": ("Ghi chú", "Notes", "Free notes"),
        "tasks": ("Nhiệm vụ", "Tasks", "The plan's tasks"),
    },
    "Task": {
        "id": ("Số thứ tự", "Task id", "The number as in the document: 1, 2, III.1.b …"),
        "section": ("Mục", "Section", "Where in the document (section, annex)"),
        "title": ("Nội dung", "Title", "What the task is"),
        "lead": (
            "Cơ quan chủ trì",
            "Lead",
            'The leading agencies; "Không nêu cơ quan chủ trì" when the document names none',
        ),
        "support": ("Cơ quan phối hợp", "Support", "The supporting agencies"),
        "assignment": (
            "Phân công",
            "Assignment",
            "The assignment column exactly as the document prints it",
        ),
        "deadline": ("Thời hạn", "Deadline", "The deadline (one milestone)"),
        "deadlines": ("Các mốc thời hạn", "Deadlines", "Several milestones"),
        "deliverable": ("Sản phẩm", "Deliverable", "What is delivered"),
        "size": ("Dung lượng", "Size", "Length, e.g. 15-20 trang A4"),
        "status": ("Tình trạng", "Status", "Progress as reported; empty until reported"),
        "completed": ("Ngày hoàn thành", "Completed", "The day it was done"),
        "depends_on": ("Phụ thuộc", "Depends on", "Tasks it depends on"),
        "part_of": ("Thuộc nhiệm vụ", "Part of", "The larger task it belongs to"),
        "notes": ("Ghi chú", "Notes", "Free notes"),
        "history": ("Lịch sử đổi thời hạn", "History", "Deadline changes decided later"),
        "from": (
            "Tính kỳ từ ngày",
            "From",
            "Recurring deadline: the first period counts from this day (default: the issue day)",
        ),
        "until": (
            "Đến ngày",
            "Until",
            "Recurring deadline: no period after this day",
        ),
        "reports": (
            "Báo cáo đã gửi",
            "Reports",
            "Recurring deadline: the report sent for each period",
        ),
    },
    "Milestone": {
        "phrase": ("Thời hạn", "Phrase", "The deadline exactly as the document words it"),
        "label": ("Tên bước", "Label", "The step's name, when the document gives none"),
        "last_day": (
            "Ngày cuối cùng",
            "Last day",
            "The last day, only when no grammar reads the phrase",
        ),
        "first_day": (
            "Ngày bắt đầu",
            "First day",
            "The first day of a window, with last_day",
        ),
        "completed": ("Ngày hoàn thành", "Completed", "The day this milestone was done"),
        "header": (
            "Tiêu đề cột thời hạn",
            "Column header",
            "The header of the document's deadline column, when the phrase reads only with "
            "it (“75 ngày” under “Số ngày trước ngày bầu cử”)",
        ),
    },
    "Change": {
        "date": ("Ngày quyết định", "Date", "The day the change was decided"),
        "milestone": (
            "Mốc",
            "Milestone",
            "Which milestone (from 1), when there are several",
        ),
        "from": ("Thời hạn cũ", "From", "The old deadline"),
        "to": ("Thời hạn mới", "To", "The new deadline"),
        "reason": ("Lý do", "Reason", "Why"),
        "decided_by": (
            "Văn bản quyết định",
            "Decided by",
            "The deciding document, e.g. Công văn số …",
        ),
        "from_last_day": (
            "Ngày cuối của thời hạn cũ",
            "Old last day",
            "The old phrase's last_day, when no grammar read it",
        ),
        "from_first_day": (
            "Ngày bắt đầu của thời hạn cũ",
            "Old first day",
            "The old phrase's first_day, with from_last_day",
        ),
    },
    "PeriodReport": {
        "period": (
            "Kỳ báo cáo",
            "Period",
            "The reporting period, e.g. tháng 1/2026, quý II/2026, năm 2026",
        ),
        "milestone": (
            "Mốc",
            "Milestone",
            "Which recurring milestone (from 1), when the task has several",
        ),
        "sent": ("Ngày gửi", "Sent", "The day the report was sent"),
        "document": ("Văn bản đã gửi", "Document", "Number and symbol of the report sent"),
        "note": ("Ghi chú", "Note", "A free note"),
    },
    "Source": {
        "document": ("Văn bản", "Document", "The original document's file or address"),
        "complete": ("Đầy đủ", "Complete", "Whether the original text is complete"),
        "note": ("Ghi chú", "Note", "A free note"),
    },
    "PlanEvent": {
        "name": ("Tên sự kiện", "Name", "The event as the document names it"),
        "day": ("Ngày", "Day", "The day it takes place; null while it is not set yet"),
        "decided_by": ("Văn bản ấn định", "Decided by", "The document setting the day"),
    },
    "Registry": {
        "schema": ("Phiên bản lược đồ", "Schema version", "The file format's version: 1"),
        "jurisdiction": (
            "Địa bàn",
            "Jurisdiction",
            "The province or city of the registry's agencies; empty when it serves every plan",
        ),
        "agencies": (
            "Cơ quan",
            "Agencies",
            "The agencies of its own ([] when the national registry's are all its plans name)",
        ),
    },
    "Agency": {
        "id": ("Mã cơ quan", "Agency id", "A stable id, e.g. so-tai-chinh"),
        "name": ("Tên đầy đủ", "Name", "The full name"),
        "kind": ("Loại", "Kind", "agency, group, level or unstated"),
        "aliases": ("Tên khác", "Aliases", "Abbreviations and other names"),
        "valid_from": ("Có từ ngày", "Valid from", "The day the body came into being"),
        "valid_until": ("Đến ngày", "Valid until", "The body's last day"),
        "successor": (
            "Cơ quan kế thừa",
            "Successor",
            "The body that took over (merger, renaming)",
        ),
        "jurisdiction": (
            "Địa bàn",
            "Jurisdiction",
            "The agency's province or city (default: the registry's)",
        ),
        "notes": ("Ghi chú", "Notes", "Free notes"),
    },
    "CalendarFile": {
        "schema": ("Phiên bản lược đồ", "Schema version", "The file format's version: 1"),
        "years": ("Các năm", "Years", "Each year's announced swaps of days off"),
    },
    "CalendarYear": {
        "swaps": ("Ngày hoán đổi", "Swaps", "The swaps announced for the year"),
    },
    "Swap": {
        "off": ("Ngày nghỉ hoán đổi", "Off", "The working day given off"),
        "work": ("Ngày làm bù", "Work", "The make-up day (a Saturday or Sunday)"),
        "reason": ("Dịp nghỉ", "Reason", "The holiday, e.g. Tết Dương lịch"),
        "decided_by": ("Văn bản quyết định", "Decided by", "The deciding document"),
        "source": ("Nguồn", "Source", "The public address of the announcement"),
    },
}

# The name of each kind of object, as (Vietnamese, English): a schema's titles.
MODEL_NAMES: dict[str, tuple[str, str]] = {
    "Plan": ("Kế hoạch", "Plan"),
    "Task": ("Nhiệm vụ", "Task"),
    "Milestone": ("Mốc thời hạn", "Milestone"),
    "Change": ("Đổi thời hạn", "Deadline change"),
    "PeriodReport": ("Báo cáo định kỳ đã gửi", "Period report"),
    "Source": ("Văn bản gốc", "Source"),
    "PlanEvent": ("Sự kiện làm mốc", "Event"),
    "Status": ("Tình trạng", "Status"),
    "Registry": ("Danh mục cơ quan", "Agency registry"),
    "Agency": ("Cơ quan", "Agency"),
    "AgencyKind": ("Loại cơ quan", "Agency kind"),
    "CalendarFile": ("Lịch hoán đổi ngày nghỉ", "Calendar of swapped days"),
    "CalendarYear": ("Một năm", "Year"),
    "Swap": ("Hoán đổi ngày nghỉ", "Swap"),
}

MODELS: dict[str, tuple[str, str]] = {
    "Plan": ("Một kế hoạch và các nhiệm vụ của nó", "A plan (kế hoạch) with its tasks"),
    "Task": (
        "Một nhiệm vụ được giao: ai chủ trì, ai phối hợp, thời hạn",
        "One assigned task: who leads, who supports, by when",
    ),
    "Milestone": (
        "Một mốc thời hạn của nhiệm vụ, như văn bản ghi",
        "One deadline of a task, as the document prints it",
    ),
    "Change": (
        "Một lần đổi thời hạn được quyết định sau khi ban hành (gia hạn, điều chỉnh)",
        "A deadline change decided after the plan was issued (gia hạn, điều chỉnh)",
    ),
    "PeriodReport": (
        "Báo cáo đã gửi cho một kỳ của thời hạn định kỳ",
        "What was sent for one period of a recurring deadline (báo cáo định kỳ)",
    ),
    "Source": (
        "Văn bản gốc đã chép kế hoạch, và văn bản đó có đầy đủ không",
        "Where the plan was transcribed from, and whether that text is whole",
    ),
    "PlanEvent": (
        'Một ngày làm mốc tính thời hạn, ví dụ "ngày bầu cử": "75 ngày trước ngày bầu cử" '
        "tính từ sự kiện này",
        'A day the plan counts deadlines from, e.g. "ngày bầu cử": "75 ngày trước ngày bầu '
        'cử" counts from this event',
    ),
    "Status": (
        "Tình trạng như đã báo cáo; bỏ trống khi chưa ai báo cáo",
        "Progress as reported; absent until somebody reports it",
    ),
    "Registry": ("Danh mục cơ quan (plans/agencies.yaml)", "The agency registry"),
    "Agency": (
        "Một cơ quan chủ trì hoặc phối hợp, với các tên người ta viết",
        "A body that can lead or support tasks, with the names people write for it",
    ),
    "AgencyKind": (
        "agency: một cơ quan; group: một nhóm; level: một cấp; unstated: văn bản không nêu",
        "agency: one body; group: a collective; level: a level; unstated: none named",
    ),
    "CalendarFile": (
        "Lịch hoán đổi ngày nghỉ đã công bố của từng năm (plans/calendar.yaml)",
        "Each year's announced swaps of days off (plans/calendar.yaml)",
    ),
    "CalendarYear": ("Các ngày hoán đổi của một năm", "One year's swaps"),
    "Swap": (
        "Một lần hoán đổi: ngày làm việc được nghỉ và ngày cuối tuần làm bù",
        "One swap: a weekday given off, and the weekend day worked instead",
    ),
}


def field_name(model: str, key: str, lang: str = "vi") -> str:
    """The name people read for `key` of `model` ("Task", "notes" -> "Ghi chú"); the key
    itself when the table has none."""
    entry = FIELDS.get(model, {}).get(key)
    if entry is None:
        return key
    return entry[1] if lang == "en" else entry[0]
