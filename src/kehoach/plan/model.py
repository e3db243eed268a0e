"""Plan files as data: pydantic models for schema v1.

One plan per YAML file; the agency registry in its own file. Keys are ASCII, values are
the document's own Vietnamese. These models know nothing of YAML positions or of the
terminal: the loader validates located data with them and translates their errors.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema

from kehoach.base.text import shown_unseen
from kehoach.dates.grammar import MAX_PHRASE

# ASCII digits only: `\d` would also take "٠١/٠٧/٢٠٢٢" (Arabic-Indic) or "²".
_DMY = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
# The days a plan may speak of: from the year the state's first documents were issued
# (the Democratic Republic of Vietnam, 1945) to 2200, far beyond any plan's horizon. Every
# day read from a file or an option is checked, so nothing downstream meets year 1 or 9999
# (where a day after or a next occurrence no longer exists).
FIRST_DAY = date(1945, 1, 1)
LAST_DAY = date(2200, 12, 31)


def in_range(day: date) -> bool:
    """True when `day` lies between FIRST_DAY and LAST_DAY."""
    return FIRST_DAY <= day <= LAST_DAY


def out_of_range(text: str) -> str:
    """Why a day outside the range is refused, naming what was written."""
    return f"{text} nằm ngoài khoảng ngày hợp lý ({FIRST_DAY:%d/%m/%Y} – {LAST_DAY:%d/%m/%Y})"


def read_day(value: object) -> object:
    """Accept a day written dd/mm/yyyy or yyyy-mm-dd between FIRST_DAY and LAST_DAY;
    refuse numbers, other forms and other digits than ASCII."""
    if isinstance(value, date):
        if not in_range(value):
            raise ValueError(out_of_range(f"{value:%d/%m/%Y}"))
        return value
    if not isinstance(value, str):
        raise ValueError("cần một ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd")
    text = value.strip()
    if m := _DMY.fullmatch(text):
        day, month, year = (int(g) for g in m.groups())
    elif m := _ISO.fullmatch(text):
        year, month, day = (int(g) for g in m.groups())
    else:
        raise ValueError(
            f"{value!r} không phải ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd{_other_marks(text)}"
        )
    try:
        read = date(year, month, day)
    except ValueError:
        raise ValueError(
            f"{value!r} không phải một ngày có thật{_why_unreal(year, month)}"
        ) from None
    if not in_range(read):
        raise ValueError(out_of_range(repr(value)))
    return read


# A day with its parts parted by a dash or a dot, as documents also write it: "01-03-2026",
# "01.03.2026". Never read (a form the files do not use), but shown as it is written here.
_DMY_OTHER = re.compile(r"([0-9]{1,2})[-.]([0-9]{1,2})[-.]([0-9]{4})")


def _other_marks(text: str) -> str:
    """ "; viết 01/03/2026" for "01-03-2026": the same day and month, written with slashes;
    empty for anything else."""
    if m := _DMY_OTHER.fullmatch(text):
        return f"; viết {m.group(1)}/{m.group(2)}/{m.group(3)}"
    return ""


def _why_unreal(year: int, month: int) -> str:
    """What makes a written day not a real one, for the clerk to see what to fix: " (tháng
    4/2026 có 30 ngày)", " (tháng 2/2026 có 28 ngày: 2026 không phải năm nhuận)", " (một
    năm có 12 tháng)"; empty for a year outside the calendar (0)."""
    if not 1 <= month <= 12:
        return " (một năm có 12 tháng)"
    if not 1 <= year <= 9999:
        return ""
    last = calendar.monthrange(year, month)[1]
    leap = f": {year} không phải năm nhuận" if month == 2 and last == 28 else ""
    return f" (tháng {month}/{year} có {last} ngày{leap})"


Day = Annotated[
    date,
    BeforeValidator(read_day),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})$",
            "description": "Ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd",
        }
    ),
]
PLAN_ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
TASK_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9.\-]*$"
PlanId = Annotated[str, Field(pattern=PLAN_ID_PATTERN, max_length=80)]
TaskId = Annotated[str, Field(pattern=TASK_ID_PATTERN, max_length=40)]
Text = Annotated[str, Field(min_length=1)]


# Fillers a clerk types to get past a required field, compared by their letters alone
# (`_letters`: "N/A.", "n.a.", "Ｎ/Ａ" are "na"): they name no reason and no document
_FILLERS = frozenset(
    {"na", "none", "null", "nil", "tbd", "todo", "xx", "xxx", "ok", "không", "khôngcó", "chưacó"}
)


def _letters(value: str) -> str:
    """The letters and digits of `value`, width and case folded: "Ｎ / Ａ." -> "na"."""
    return "".join(c for c in unicodedata.normalize("NFKC", value).casefold() if c.isalnum())


def placeholder(value: str) -> str | None:
    """Why `value`, a reason or a deciding document, says nothing, or None when it says
    some: a "." or "-" with no letter or digit, one letter or digit alone ("x", "0") or a
    filler ("n/a", "TBD.", "không có") passed `diff --require-reasons` (fresh40b, fresh40c,
    fresh41b)."""
    said, letters = value.strip(), _letters(value)
    if not value or (len(letters) > 1 and letters not in _FILLERS):
        return None
    what = "là chữ điền cho có" if letters else "chỉ có dấu câu" if said else "chỉ có dấu cách"
    return (
        f"“{shown_unseen(said)}” {what}, không nêu gì: ghi lý do, văn bản quyết định (số, "
        "ký hiệu, ngày) như văn bản ghi"
    )


def _says_something(value: object) -> object:
    if isinstance(value, str) and (why := placeholder(value)):
        raise ValueError(why)
    return value


# a reason or a deciding document: some words, not a placeholder
Said = Annotated[str, BeforeValidator(_says_something), Field(min_length=1)]
# A deadline as a document prints it is a line or two; a pasted page (a plan file may hold
# 2 MB) is refused at its field (`grammar.MAX_PHRASE`, beside the grammar's own MAX_READ).
# Its text is the text parsed, stripped: a block scalar ("deadline: >", folded or literal,
# clip) ends in a line feed the document never printed; kept, `reschedule` wrote it into the
# history's `from` ("Trước ngày 23/6/2026\n") and `diff` took a quoted deadline rewritten as
# a block with the same words for a move with no reason. A phrase of blanks alone is kept as
# written: the grammar refuses it as a blank left to fill.


def _stripped(value: object) -> object:
    """`value` without the white space around it, when any text is left."""
    return value.strip() or value if isinstance(value, str) else value


Phrase = Annotated[str, BeforeValidator(_stripped), Field(min_length=1, max_length=MAX_PHRASE)]


class Model(BaseModel):
    """Strict base: unknown keys are errors, numbers are not silently made into dates."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, coerce_numbers_to_str=True, populate_by_name=True
    )


class Status(StrEnum):
    """Progress of a task as reported; absent means nobody has reported it yet."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class Milestone(Model):
    """One deadline of a task, as the document prints it."""

    phrase: Phrase = Field(description="Thời hạn đúng như văn bản ghi")
    label: str | None = Field(None, description="Tên bước, khi văn bản không tự nêu")
    last_day: Day | None = Field(
        None, description="Ngày cuối cùng, chỉ khi không ngữ pháp nào đọc được cụm từ"
    )
    first_day: Day | None = Field(
        None, description="Ngày bắt đầu của khoảng thời gian, đi cùng last_day"
    )
    completed: Day | None = Field(None, description="Ngày hoàn thành mốc này")
    header: Annotated[str, Field(max_length=MAX_PHRASE)] | None = Field(
        None,
        description=(
            "Tiêu đề cột thời hạn trong bảng của văn bản, khi cụm từ chỉ đọc được cùng nó "
            "(“75 ngày” dưới cột “Số ngày trước ngày bầu cử”)"
        ),
    )


class Change(Model):
    """A deadline change decided after the plan was issued (gia hạn, điều chỉnh)."""

    date: Day = Field(description="Ngày quyết định thay đổi")
    milestone: int | None = Field(None, ge=1, description="Mốc thứ mấy (từ 1), nếu nhiều mốc")
    from_: Phrase = Field(alias="from", description="Thời hạn cũ")
    to: Phrase = Field(description="Thời hạn mới")
    reason: Said = Field(description="Lý do")
    decided_by: Said | None = Field(None, description="Văn bản quyết định, ví dụ Công văn số …")
    # The old phrase's last_day/first_day, when no grammar read it (`reschedule` moves them
    # here): without them the days before the change would be judged by the new phrase.
    from_last_day: Day | None = Field(
        None, description="Ngày cuối của thời hạn cũ, khi cụm từ cũ đi cùng last_day"
    )
    from_first_day: Day | None = Field(
        None, description="Ngày bắt đầu của thời hạn cũ, đi cùng from_last_day"
    )


class PeriodReport(Model):
    """What was sent for one period of a recurring deadline (báo cáo định kỳ)."""

    period: Text = Field(description="Kỳ báo cáo, ví dụ tháng 1/2026, quý II/2026, năm 2026")
    milestone: int | None = Field(
        None,
        ge=1,
        description="Mốc định kỳ (từ 1) của báo cáo, khi nhiệm vụ có nhiều mốc định kỳ",
    )
    sent: Day = Field(description="Ngày gửi báo cáo")
    document: str | None = Field(None, description="Số, ký hiệu văn bản đã gửi")
    note: str | None = None


class Task(Model):
    """One assigned task: who leads, who supports, by when."""

    id: TaskId = Field(description="Số thứ tự như trong văn bản: 1, 2, III.1.b …")
    section: str | None = Field(None, description="Vị trí trong văn bản (mục, phụ lục)")
    title: Text = Field(description="Nội dung nhiệm vụ")
    lead: list[Text] = Field(
        min_length=1,
        description='Cơ quan chủ trì; "Không nêu cơ quan chủ trì" khi văn bản không giao',
    )
    support: list[Text] = Field(default_factory=list, description="Cơ quan phối hợp")
    assignment: str | None = Field(None, description="Cột phân công đúng như văn bản ghi")
    deadline: Phrase | None = Field(None, description="Thời hạn (một mốc)")
    deadlines: list[Milestone] | None = Field(None, min_length=1, description="Nhiều mốc")
    deliverable: str | None = Field(None, description="Sản phẩm")
    size: str | None = Field(None, description="Dung lượng, ví dụ 15-20 trang A4")
    status: Status | None = Field(None, description="Tình trạng; bỏ trống khi chưa báo cáo")
    completed: Day | None = Field(None, description="Ngày hoàn thành")
    depends_on: list[TaskId] = Field(default_factory=list, description="Phụ thuộc nhiệm vụ")
    part_of: TaskId | None = Field(None, description="Thuộc nhiệm vụ lớn hơn")
    notes: str | None = None
    history: list[Change] = Field(default_factory=list, description="Lịch sử đổi thời hạn")
    from_: Day | None = Field(
        None,
        alias="from",
        description="Thời hạn định kỳ: kỳ đầu tiên tính từ ngày này (mặc định: ngày ban hành)",
    )
    until: Day | None = Field(None, description="Thời hạn định kỳ: không còn kỳ nào sau ngày này")
    reports: list[PeriodReport] = Field(
        default_factory=list, description="Thời hạn định kỳ: báo cáo đã gửi của từng kỳ"
    )

    @property
    def milestones(self) -> list[Milestone]:
        """Every deadline of the task, whichever way the file wrote it."""
        if self.deadlines is not None:
            return self.deadlines
        return [Milestone(phrase=self.deadline)] if self.deadline is not None else []


class Source(Model):
    """Where the plan was transcribed from, and whether that text is whole."""

    document: Text = Field(description="Tệp hoặc địa chỉ của văn bản gốc")
    complete: bool = Field(description="Văn bản gốc có đầy đủ không")
    note: str | None = None


class PlanEvent(Model):
    """A day the plan counts deadlines from: "ngày bầu cử", "khai mạc Đại hội".

    A deadline "75 ngày trước ngày bầu cử" resolves from the event named "ngày bầu cử"
    (or "bầu cử"); moving the event's day moves every deadline counted from it.
    """

    name: Text = Field(description="Tên sự kiện như văn bản gọi, ví dụ ngày bầu cử")
    # null while the day is not set yet (an election announced, its day decided later):
    # what counts from it waits, as for an event not declared, and `validate` says so
    day: Day | None = Field(description="Ngày diễn ra; null khi chưa ấn định ngày")
    decided_by: str | None = Field(None, description="Văn bản ấn định ngày")


class Plan(Model):
    """A plan (kế hoạch) with its tasks."""

    schema_version: Literal[1] = Field(alias="schema")
    id: PlanId = Field(description="Mã ổn định, ví dụ kh-348-2022")
    number: str | None = Field(None, description="Số hiệu như in, ví dụ 348/KH-UBND")
    kind: Text = Field("Kế hoạch", description="Loại văn bản")
    title: Text = Field(description="Trích yếu")
    issuer: Text = Field(description="Cơ quan ban hành")
    jurisdiction: Text | None = Field(
        None,
        description=(
            "Tỉnh, thành phố của cơ quan ban hành (một trong 34 đơn vị từ 01/7/2025, hoặc tên "
            "trước sắp xếp), hoặc 'Trung ương' cho bộ, cơ quan trung ương; tên như 'UBND tỉnh', "
            "'Sở Tài chính' được hiểu là của đơn vị này"
        ),
    )
    commune: Text | None = Field(
        None, description="Xã, phường, đặc khu ban hành (từ 01/7/2025), thuộc tỉnh ở jurisdiction"
    )
    issued: Day | None = Field(None, description="Ngày ban hành")
    in_force: Day | None = Field(
        None,
        description=(
            "Ngày bắt đầu tính kế hoạch khi văn bản không ghi ngày ban hành; bỏ trống thì tính "
            "từ thời hạn đầu tiên"
        ),
    )
    # a standing rule transcribed as a plan (a reporting regime, a quy chế): a day-month
    # without a year is every year's, not the issue year's (`Context.standing`, the lead's
    # ruling of session 34)
    standing: bool = Field(
        False,
        description=(
            "Văn bản là quy định thường xuyên (chế độ báo cáo, quy chế): ngày, tháng không ghi "
            "năm được hiểu là hằng năm"
        ),
    )
    signer: str | None = Field(None, description="Người ký")
    implements: list[Text] = Field(default_factory=list, description="Căn cứ, văn bản thực hiện")
    reporting_period: str | None = Field(None, description="Mốc thời gian tổng kết, báo cáo")
    events: list[PlanEvent] = Field(
        default_factory=list, description="Sự kiện làm mốc tính thời hạn (ngày bầu cử…)"
    )
    source: Source
    notes: str | None = None
    tasks: list[Task] = Field(min_length=1)


class AgencyKind(StrEnum):
    AGENCY = "agency"  # one body: Sở Tài chính
    GROUP = "group"  # a collective: Các sở, ban, ngành; UBND các xã, phường
    LEVEL = "level"  # a level or a body named by its level: các cấp, cấp xã, UBND cùng cấp
    UNSTATED = "unstated"  # the document names no lead: "Không nêu cơ quan chủ trì"


class Agency(Model):
    """A body that can lead or support tasks, with the names people write for it."""

    id: PlanId
    name: Text = Field(description="Tên đầy đủ")
    kind: AgencyKind = AgencyKind.AGENCY
    aliases: list[Text] = Field(default_factory=list, description="Tên viết tắt, tên khác")
    valid_from: Day | None = None
    valid_until: Day | None = None
    successor: PlanId | None = Field(None, description="Cơ quan kế thừa (sáp nhập, đổi tên)")
    jurisdiction: Text | None = Field(
        None, description="Tỉnh, thành phố của cơ quan (mặc định: jurisdiction của danh mục)"
    )
    notes: str | None = None


class Registry(Model):
    """The agency registry file (plans/agencies.yaml)."""

    schema_version: Literal[1] = Field(alias="schema")
    jurisdiction: Text | None = Field(
        None,
        description=(
            "Tỉnh, thành phố của các cơ quan trong danh mục; bỏ trống khi danh mục dùng chung "
            "cho mọi kế hoạch"
        ),
    )
    # May be empty: the national registry knows the standard bodies of a province and a
    # commune, and a commune's plans may name no other (inventing one would be worse).
    agencies: list[Agency]
