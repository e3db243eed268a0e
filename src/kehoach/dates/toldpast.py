"""A time told of work past or of news, never a time of work: refusals by the words.

Three shapes the press and plans print beside a period or a day that no clerk must meet:

- the day the news is told, opening a press line with who tells it ("TPO - Ngày 9/1, Sở Xây
  dựng Hà Nội cho biết, để đảm bảo giao thông, …, Sở Xây dựng yêu cầu tạm dừng thi công …",
  Tiền Phong, 09/01/2026): the day of the telling, no deadline; the lead's convention 1
  reads events told with their day, and telling is no event of the work;
- a preamble carrying out a plan named by its subject and year, then what was done under it
  ("Thực hiện Kế hoạch xây dựng văn bản quy phạm pháp luật năm 2021, Bộ Nông nghiệp và Phát
  triển nông thôn đã chủ trì xây dựng dự thảo Thông tư …", Tổng cục Lâm nghiệp, 2021): the
  year names the plan carried out (the lead's convention 7);
- a period over by the page's day, whose results are reviewed ("UBND tỉnh họp đánh giá kết
  quả giải ngân vốn đầu tư công 6 tháng đầu năm 2024", Quảng Ngãi, 10/07/2024) or whose work
  is reported as carried on ("Song song với công tác đầu tư xây dựng, trong tháng 1/2026, Bộ
  tiếp tục tập trung hoàn thiện thể chế, …", VnEconomy, 06/02/2026): figures and work over a
  past period (the lead's convention 4).

Each rule stands back when the phrase holds another number (another time may be the
deadline) or, for the past period, any reading not over by the page's day.

Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from kehoach.base.text import fold, nfc
from kehoach.dates.citations import TO_COME, without_references
from kehoach.dates.grammar import Unreadable
from kehoach.dates.news import BODY, due_after, past_told
from kehoach.dates.reading import Context, Deadline, DeadlineKind
from kehoach.dates.refusals import PAST_DUE, SHARE

# A press mark ("TPO - ", "(PLO)- "), the part of the day, the day, then who tells the news
# (a few words, no number; a comma between a name and an office: "Chiều 9/1, ông Nguyễn
# Văn A, Giám đốc Sở Xây dựng cho biết: …") and the verb of telling, the rest with no number: the
# news told on that day, no time of its own. "Ngày 18.1, tin từ UBND tỉnh Tây Ninh cho biết,
# Hội Xuân … sẽ diễn ra từ ngày 17.2 đến 18.3.2026" names another time after it and stays
# as it is; so does "Ngày 15/2/2026, các cơ sở đào tạo hoàn thành công bố thông tin tuyển
# sinh …" (zh-ngaynay: "thông tin" a noun there, the day a deadline).
_NEWS_TOLD = re.compile(
    r"^\W*(?:\(?[a-z&]{2,10}\)?\s*[-–]\s*)?(?:(?:buoi\s+)?(?:sang|chieu|toi|trua)\s+)?"
    r"(?:ngay\s+)?(?P<day>\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)\s*,\s*"
    r"(?P<who>[^\d;:()]{2,120}?)\s+(?:cho\s+biet|cho\s+hay|thong\s+tin(?=\s*[,:]|\s+rang\b))\b[^\d]*\Z",
    re.ASCII,
)
# ... never when the words before the verb hold an event (then the day may be the event's)
_EVENT_BEFORE = re.compile(
    r"\b(?:to\s+chuc|hop|hoi\s+nghi|khai\s+mac|dien\s+ra|trien\s+khai|ban\s+hanh)\b", re.ASCII
)


def refuse_news_told(text: str) -> None:
    """Refuse a line that opens with the day a body tells the news (`_NEWS_TOLD`) and holds
    no other number: the day of the telling is no deadline."""
    said = fold(" ".join(nfc(text).split())).lower()
    found = _NEWS_TOLD.match(said)
    if found is None or _EVENT_BEFORE.search(found["who"]):
        return
    raise Unreadable(
        f"“{found['day']}” là ngày tin được đưa (“… cho biết”), không phải thời hạn của việc "
        "được kể; nếu văn bản có hạn, ghi last_day (và first_day) theo văn bản"
    )


# "Thực hiện|Triển khai" a plan, programme or scheme named by its subject (no number), its
# year or period closing the name, a comma, then what was done with no number: the cited
# plan's year (convention 7). "THỰC HIỆN CHƯƠNG TRÌNH … GIAI ĐOẠN 2022 - 2030, GIAI ĐOẠN I:
# TỪ NĂM 2022 ĐẾN NĂM 2025" (a plan's own heading, Tây Ninh, 2024) goes on with numbers and
# stays as it is.
_PLAN_CARRIED_OUT = re.compile(
    r"^\W*(?:thuc\s+hien|trien\s+khai)\s+(?:cac\s+)?(?:ke\s+hoach|chuong\s+trinh|de\s+an"
    r"|phuong\s+an)\b(?P<title>[^,;:\d]*?)\s(?P<period>(?:nam|giai\s+doan)\s+(?:19|20)\d\d"
    r"(?:\s*[-–]\s*(?:19|20)\d\d)?)\s*,(?P<rest>[^\d]{8,})\Z",
    re.ASCII,
)


# ... and the programme, strategy or resolution a plan contributes to carrying out, named
# with its period or horizon, the clause's last words: "góp phần thực hiện có hiệu quả Chiến
# lược quốc gia về bình đẳng giới giai đoạn 2021-2030" (UBND tỉnh Hưng Yên's plan for 2022,
# KH 38/2022; read as a window 2021-2030 before tune-zl): the name of what is served, no
# time of this plan (convention 7). Only a named document ("Chiến lược", "Chương trình",
# "Nghị quyết", "Đề án", "Quy hoạch", "Kế hoạch"): "góp phần thực hiện mục tiêu tăng trưởng
# GDP năm 2025 đạt …" (a target's year) and "góp phần thúc đẩy tăng trưởng … trong năm 2026"
# are times of work, and stay as they are.
_SERVED_NAME = (
    r"\s+(?:cac\s+)?(?:chien\s+luoc|chuong\s+trinh|nghi\s+quyet|de\s+an|quy\s+hoach|ke\s+hoach)"
    # (a comma inside the name, "phòng, chống tham nhũng, tiêu cực", never before a word of time)
    r"\b(?P<title>(?:[^,;:()\d]|,(?!\s*(?:trong|truoc|den|tu|vao|cham|han|hoan|nam)\b))*?)\s"
    r"(?P<period>(?:(?:nam|giai\s+doan|thoi\s+ky)\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
    r"|den\s+nam\s+(?:19|20)\d\d)"
    r"(?:\s*,?\s+(?:tam\s+nhin|dinh\s+huong)\s+den\s+nam\s+(?:19|20)\d\d)?)\s*[.;]?\s*\Z"
)
_PLAN_SERVED = re.compile(
    r"^\W*(?:(?:nham|de)\s+)?gop\s+phan\s+(?:vao\s+(?:viec\s+)?)?(?:thuc\s+hien|trien\s+khai)"
    r"(?:\s+(?:co\s+hieu\s+qua|thang\s+loi|thanh\s+cong|tot|hieu\s+qua))?" + _SERVED_NAME,
    re.ASCII,
)
# ... and an activity said to sit within such a programme, the clause's last words: "Hoạt
# động nằm trong Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2026"
# (Báo An Giang, 12/2025, after a bridge opened; read as a window 2021-2026 before tune-zn):
# the frame the activity belongs to, named by its period, no time of the activity (convention
# 7). Only an activity, an event or a work as the subject and "nằm trong", "(nằm) trong
# khuôn khổ" or "thuộc khuôn khổ": a decision's title line "THUỘC CHƯƠNG TRÌNH MỤC TIÊU QUỐC
# GIA … GIAI ĐOẠN 2021 - 2025" (Tiền Giang, QĐ 15/2023) is the decision's own scope, read.
_WITHIN_A_PROGRAMME = re.compile(
    r"^\W*(?:day\s+la\s+)?(?:(?:cac|nhung)\s+)?(?:hoat\s+dong|su\s+kien|cong\s+trinh)"
    r"(?:\s+[a-z]+){0,3}?\s+(?:nam\s+trong(?:\s+khuon\s+kho)?|(?:trong|thuoc)\s+khuon\s+kho)"
    + _SERVED_NAME,
    re.ASCII,
)


def refuse_plan_carried_out(text: str) -> None:
    """Refuse a preamble that carries out a plan named with its year (`_PLAN_CARRIED_OUT`)
    and tells what was done under it, with no other number; a clause that contributes to
    carrying out a programme named with its period (`_PLAN_SERVED`); and an activity said to
    sit within such a programme (`_WITHIN_A_PROGRAMME`)."""
    said = " ".join(nfc(text).split())
    # the documents the rest cites by number are names: "(thay thế Thông tư số 30/2018/TT-
    # BNNPTNT ngày 16/11/2018 …)" sets no time
    folded = fold(without_references(said)).lower()
    if served := _PLAN_SERVED.match(folded):
        named = said[: served.end("period")].strip(" -–•")
        raise Unreadable(
            f"“{named}” là tên chương trình, chiến lược mà văn bản góp phần thực hiện: kỳ là "
            "của văn bản được nêu (quy ước 7), không phải thời hạn; nếu văn bản có hạn, ghi "
            "last_day (và first_day) theo văn bản"
        )
    if within := _WITHIN_A_PROGRAMME.match(folded):
        named = said[: within.end("period")].strip(" -–•")
        raise Unreadable(
            f"“{named}” nêu chương trình mà hoạt động nằm trong: kỳ là của chương trình (quy "
            "ước 7), không phải thời gian của hoạt động; nếu văn bản có hạn, ghi last_day (và "
            "first_day) theo văn bản"
        )
    found = _PLAN_CARRIED_OUT.match(folded)
    if found is None:
        return
    cited = said[: found.end("period")].strip(" -–•")
    raise Unreadable(
        f"“{cited}” dẫn kế hoạch mà văn bản thực hiện: năm là của kế hoạch được dẫn (quy ước "
        "7), không phải thời hạn; nếu văn bản có hạn, ghi last_day (và first_day) theo văn bản"
    )


# the results of a period reviewed: "đánh giá kết quả giải ngân … 6 tháng đầu năm 2024"
_RESULTS_REVIEWED = re.compile(r"\bdanh\s+gia\s+(?:ket\s+qua|tinh\s+hinh)\b", re.ASCII)
# a calendar period opening a clause, who, then "tiếp tục": "…, trong tháng 1/2026, Bộ tiếp
# tục tập trung hoàn thiện thể chế" (work carried on through that month, reported)
_CARRIED_ON = re.compile(
    r"(?:^|,)\s*trong\s+(?:(?:\d{1,2}\s+)?thang|quy|nam)\b[^,;:]{0,30}?\d{4}\s*,"
    r"[^,;:\d]{1,60}?\btiep\s+tuc\b",
    re.ASCII,
)

# a year (or a span of years) opening the phrase, its only number, then what was done in it:
# "Năm 2025, UBND xã Đông Hưng tập trung lãnh đạo, chỉ đạo đổi mới công tác thi đua, khen
# thưởng …, được Nhân dân tham gia hưởng ứng tích cực" (UBND xã Đông Hưng, Hưng Yên, page of
# 26/01/2026), "Kết thúc năm 2024 cơ bản đã đạt được các chỉ tiêu đề ra, cụ thể" (UBND tỉnh
# Lào Cai, KH 30/2025 of 20/01/2025; both of zp-, read as the year's window before tune-zp).
# Over by the page's day, the year is the one told (conventions 4 and 10): no document sets
# work for a year already over. A month opening the phrase is left to convention 1 ("Tháng
# 11/2025, ông … đi thị sát …", an event told with its month, reads), and so is a year still
# running or to come ("Năm 2026, UBND xã tập trung …" in a plan of January 2026).
_PAST_YEAR_OPENING = re.compile(
    r"^\W*(?:(?:trong|ket\s+thuc|qua|suot)\s+)?(?:ca\s+)?(?:nam|giai\s+doan)\s+"
    r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*[,;]?\s+(?:[a-z]+\W+){2}[^\d]*\Z",
    re.ASCII,
)


def _past_year_opening(said: str) -> bool:
    """`_PAST_YEAR_OPENING`, its shares none of its numbers (`refusals.SHARE`): "Năm 2025,
    phấn đấu 95% hộ dân …" on a page of 2026 (session 51's brief, the session 50 tester's:
    read as the year gone by) is a target of that year, a share never a time."""
    return _PAST_YEAR_OPENING.match(SHARE.sub(" ", said)) is not None


def refuse_past_period_reported(text: str, found: Sequence[Deadline], context: Context) -> None:
    """Refuse a phrase whose every reading is a window over by the issue day (the page's
    day, `Context.issued`) and whose words review its results (`_RESULTS_REVIEWED`),
    report its work carried on (`_CARRIED_ON`), or open with the year itself, its only
    number but shares (`_past_year_opening`): a past period told, no time of work."""
    issued = context.issued
    if issued is None or not found:
        return
    if any(
        one.kind is not DeadlineKind.WINDOW or not one.last or one.last >= issued for one in found
    ):
        return
    said = fold(" ".join(nfc(text).split())).lower()
    cues = (_RESULTS_REVIEWED.search, _CARRIED_ON.search, _past_year_opening)
    if not any(cue(said) for cue in cues):
        return
    shown = "; ".join(one.reading.split(";")[0] for one in found)
    raise Unreadable(
        f"{shown}: kỳ đã qua khi trang được đăng, cụm từ kể hay đánh giá việc đã làm trong kỳ "
        "(quy ước 4), không phải thời hạn; nếu văn bản có hạn, ghi last_day theo văn bản"
    )


# Rounds named by their number alone, each with its days and nothing of the work ("đợt 1: từ
# ngày 13 đến 14/4/2020; đợt 2: từ ngày 24 đến 26/4/2020", the two tropical depressions of
# April 2020 in UBND xã Quảng An's report of 28/8/2020 on disasters; zn-quangan-hue-bc-pctt-
# 2019-kh-2020, read as two windows before tune-zn): every round over more than a month before
# the page is a past step retold (the lead's convention 8), of what the phrase does not say.
# A round still to come, or within the month before its page, reads as it did.
_ROUND_ALONE = re.compile(r"^\W*(?:dot|lan|vong)\s+\d{1,2}\W*\Z", re.ASCII)


def refuse_past_rounds(found: Sequence[Deadline], context: Context) -> None:
    """Refuse readings that are rounds named by their number alone (`_ROUND_ALONE`), every
    one over more than `PAST_DUE` days before the issue day: past rounds retold."""
    issued = context.issued
    if issued is None or not found:
        return
    for one in found:
        label = fold(" ".join((one.label or "").split())).lower()
        if not _ROUND_ALONE.match(label) or one.last is None:
            return
        if (issued - one.last).days <= PAST_DUE:
            return
    shown = "; ".join(one.reading.split(";")[0] for one in found)
    raise Unreadable(
        f"{shown}: các đợt chỉ có số thứ tự và ngày, đã qua hơn {PAST_DUE} ngày khi "
        "văn bản ban hành: việc đã qua được kể lại (quy ước 8), không phải thời hạn; nếu văn "
        "bản có hạn, ghi last_day (và first_day) theo văn bản"
    )


# A time closing a clause mid-sentence, then what was done told after its comma, with no
# number after: "Bên cạnh đó, ngay khi Chính phủ công nhận TP.Cà Mau là đô thị loại II vào
# năm 2010, địa phương đã xây dựng kế hoạch hoàn thiện các tiêu chí …" (Báo Cà Mau,
# 27/05/2024; zs-baocamau-tp-ca-mau-huong-den-do-thi-loai-i-2024, read as the year 2010
# before tune-zs): the year of a past recognition, and a plan told as made after it. The
# same news `news.refuse_news_told` refuses when its time opens the phrase ("Năm 2010, …
# đã …"), told from the middle; over by the page's day, it sets no time of work (the
# lead's convention 1: told done). A year, a month of a year or a day with its year. A copy
# may print the comma as a semicolon, or as a full stop before the clause's lower case ("…
# vào năm 2010; địa phương đã xây dựng …": read as 2010 before harden24's hunt).
_TIME_CLOSING_A_CLAUSE = re.compile(
    r"(?:\bnam\s+(?:19|20)\d\d|\bthang\s+\d{1,2}\s*[/.-]\s*(?:19|20)\d\d"
    r"|\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d)\s*(?P<mark>[,;.])\s*"
    r"(?P<rest>[^\d]{8,})\Z",
    re.ASCII,
)
# ... whatever is still to come there (`citations.TO_COME`) keeps it read; "hướng tới" (toward
# an aim: "…, hướng tới mục tiêu xây dựng đô thị loại I") is no time to come, its "tới" no
# "tháng tới"
_TOWARD = re.compile(r"(?i)(?<!\w)hướng\s+tới(?!\w)")


def _to_come(text: str) -> bool:
    """Whether `text` (NFC) names something still to come (`citations.TO_COME`), an aim's
    "hướng tới" (`_TOWARD`) apart."""
    return TO_COME.search(_TOWARD.sub(" ", text)) is not None


def _over_by(found: Sequence[Deadline], issued: date) -> bool:
    """Whether every reading of `found` (at least one) has a day, all of them before
    `issued`."""
    days = [one.last or one.earliest for one in found]
    return bool(days) and all(day is not None and day < issued for day in days)


def refuse_told_after_its_time(text: str, found: Sequence[Deadline], context: Context) -> None:
    """Refuse a phrase whose time closes a clause (`_TIME_CLOSING_A_CLAUSE`) and whose words
    after its comma, with no number, tell a thing done (`news.past_told`) with nothing due
    (`news.due_after`) or to come (`_to_come`), every reading over by the page's day
    (`Context.issued`): news told after its time, no deadline."""
    issued = context.issued
    if issued is None or not _over_by(found, issued):
        return
    said = " ".join(nfc(text).split())
    closing = _TIME_CLOSING_A_CLAUSE.search(fold(said).lower())
    if closing is None:
        return
    rest = said[closing.start("rest") :]  # `fold` keeps one character for one
    if closing["mark"] == "." and not rest[:1].islower():
        return  # a sentence of its own; a full stop before lower case is a comma copied
    if past_told(rest) is None or due_after(rest.lower()) or _to_come(rest):
        return
    shown = "; ".join(one.reading.split(";")[0] for one in found)
    told = " ".join(rest.split()[:6])
    raise Unreadable(
        f"{shown}: đã qua khi trang được đăng, câu kể việc đã làm sau đó (“{told} …”), "
        "không phải thời hạn (quy ước 1); nếu văn bản có hạn, ghi last_day theo văn bản"
    )


# A body first, then "tổ chức thành công" and what it held, its period after: "HĐND xã Đồng
# Phú tổ chức thành công kỳ họp thường lệ cuối năm 2025" (the title of HĐND xã Đồng Phú's
# item of 25/12/2025, zs-dongphu-dongnai-ky-hop-thuong-le-cuoi-nam-2025; read as the last
# quarter of 2025 before tune-zs): a session told held well, done (the lead's convention 1:
# "tổ chức thành công" tells it done). Plans write the same words as an aim, with a directing
# verb or none before them ("Chỉ đạo tổ chức thành công Đại hội … trong quý III", "Tổ chức
# thành công Đại hội …", "Đảng ủy xã lãnh đạo tổ chức thành công …", "nhiệm vụ … là tổ chức
# thành công cuộc bầu cử"): those read. Only a phrase that opens with a body (a council, a
# committee, a party or mass organisation, a commune, a school, a department) and has no
# such verb before the held words (`_DIRECTING`); a day or period opening the phrase is news
# (`news.refuse_news_told`). "thành công tác" is "thành công tác …" folded, no success.
_HELD_WELL_BY = re.compile(
    rf"^\W*(?P<who>{BODY}\b[^\d,;:()]{{0,80}}?)\s+to\s+chuc\s+thanh\s+cong\b"
    r"(?!\s+(?:tac|trinh)\b)(?P<what>[^;]*\d[^;]*)\Z",
    re.ASCII,
)
# ... the words that make the body's "tổ chức thành công" an aim or an order, not news
_DIRECTING = re.compile(
    r"\b(?:chi\s+dao|lanh\s+dao|phan\s+dau|quyet\s+tam|de|nham|can|phai|se|du\s+kien"
    r"|tiep\s+tuc|chuan\s+bi|bao\s+dam|dam\s+bao|gop\s+phan|huong\s+toi|tap\s+trung|la|khi"
    r"|phoi\s+hop|tham\s+muu|giao|yeu\s+cau|de\s+nghi|co\s+trach\s+nhiem|huong\s+dan"
    r"|ke\s+hoach|nhiem\s+vu|muc\s+tieu|dang\s+ky|cam\s+ket)\b",
    re.ASCII,
)


def _begun_by(found: Sequence[Deadline], issued: date | None) -> bool:
    """Whether every reading of `found` (at least one) has a day and, on a dated page,
    began by `issued`: a thing told done cannot lie after its page."""
    days = [one.first or one.earliest or one.last for one in found]
    if not days or any(day is None for day in days):
        return False
    return issued is None or all(day is not None and day <= issued for day in days)


def refuse_held_well_told(text: str, found: Sequence[Deadline], context: Context) -> None:
    """Refuse a phrase that opens with a body telling an event held well
    (`_HELD_WELL_BY`: "HĐND xã … tổ chức thành công kỳ họp … cuối năm 2025"), no directing
    or aiming word before it (`_DIRECTING`), nothing due (`news.due_after`) or to come
    (`_to_come`) in it, every reading begun by the page's day (`_begun_by`)."""
    said = " ".join(nfc(text).split())
    held = _HELD_WELL_BY.match(fold(said).lower())
    if held is None or _DIRECTING.search(held["who"]):
        return
    if due_after(said.lower()) or _to_come(said) or not _begun_by(found, context.issued):
        return
    told = said[: held.end("who")].strip(" -–•")
    raise Unreadable(
        f"“{told} tổ chức thành công …” kể một việc đã tổ chức xong (quy ước 1), không phải "
        "thời hạn; nếu văn bản có hạn, ghi last_day theo văn bản"
    )


# A task told by its name, then how it went: "Việc khám tuyển được tổ chức nghiêm túc, khách
# quan trong 05 ngày từ ngày 4 đến 8/11/2019" (the Hải Phòng portal, 24/01/2020,
# zw-haiphong-kham-so-tuyen-nvqs-cat-hai-2020; read as the window before session 38): an
# appraisal of work done, the lead's convention 1 ("tổ chức thành công" tells it done). A plan
# writes the same appraisal as an order with a verb of duty before it ("phải được tổ chức
# nghiêm túc", `_DIRECTING`) or with days still to come: only every day over by the page's day.
_APPRAISED = re.compile(
    r"^\W*(?P<who>viec\s+[^\d,;:()]{1,60}?)\s+duoc\s+to\s+chuc\s+"
    r"(?:nghiem\s+tuc|chu\s+dao|thanh\s+cong)\b",
    re.ASCII,
)


def refuse_appraised_told(text: str, found: Sequence[Deadline], context: Context) -> None:
    """Refuse a phrase that opens with a task appraised as held (`_APPRAISED`: "Việc khám
    tuyển được tổ chức nghiêm túc, … từ ngày 4 đến 8/11/2019"), no directing word in its
    name (`_DIRECTING`), every reading over before the page's day (`_over_by`)."""
    said = " ".join(nfc(text).split())
    told = _APPRAISED.match(fold(said).lower())
    if told is None or _DIRECTING.search(told["who"]) or context.issued is None:
        return
    if not _over_by(found, context.issued):
        return
    raise Unreadable(
        f"“{said[: told.end()].strip()} …” đánh giá một việc đã làm xong, các ngày đã qua khi "
        "trang được đăng (quy ước 1), không phải thời hạn; nếu văn bản có hạn, ghi last_day "
        "theo văn bản"
    )
