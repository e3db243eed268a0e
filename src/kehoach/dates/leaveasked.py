"""Leave asked of a body above, to do a step or to go on: "Kiến nghị Chính phủ: cho phép tiếp
tục thực hiện đến 31/12/2026", "Kiến nghị cho phép 03 địa phương được kéo dài thời gian thực
hiện đến 31/12/2026", "Kiến nghị Bộ cho tổ chức lễ khai giảng vào sáng 5/9/2026", "Mong Bộ cho
nộp hồ sơ đến 30/6/2026" (session 62's brief: each read on main as the step's due day). The
time is the one asked for: until the body grants it, no deadline of the plan. The corpus's
form: "Sở Xây dựng đề nghị UBND tỉnh cho phép gia hạn thời gian trình đề xuất sang tháng
12-2025, thay vì trong tháng 11 như chỉ đạo trước đó" (r-nld-lam-dong-trung-tam-hanh-chinh-2025,
refused as asked by the lead's ruling of session 59), here with any step after the leave.

The form: the asking word opening the phrase or its clause, after a list mark or the asker
("UBND tỉnh kiến nghị …"); the addressee, a body (a capitalised name or a body's word), with
or without a colon; then the leave: "cho phép" (allow), "cho" + the step (let do), or
"được" right after the asking word ("Kiến nghị được tiếp tục …", to be allowed), or "chỉ
đạo cho" (direct that they be let: "Kiến nghị Bộ chỉ đạo cho các tỉnh tổ chức thi trước
30/6/2026"), or "giao cho" (hand the step to another body: "Đề xuất UBND tỉnh giao cho Sở
Nội vụ tổ chức trước 30/6/2026", session 64's brief, the lead's ruling; "Đề xuất UBND tỉnh ban
hành kế hoạch trước …", no step handed on, reads); or the ask named as its asker's, opening the phrase with no grant told ("Kiến
nghị của Bộ cho phép kéo dài đến 31/12/2026"); the host of an event is asked leave as a
body above is ("Đề nghị Ban Tổ chức cho đăng ký trước 30/6/2026": session 63's brief, each
read on main). The moves asked with their own verb ("Đề nghị cho phép kéo dài … đến", "Đề
nghị Bộ xem xét, cho phép …") are `calledoff.refuse_asked_move`'s; this reads the leave
whatever the step.

What is not leave (read as before): "Đề nghị các sở nộp báo cáo trước 30/6/2026" (a step
asked of units below is the plan's instruction: only leave refuses), "Đề nghị Bộ cho ý kiến
trước …" ("cho ý kiến", "cho biết": give a view, the body's own step), "Đề xuất kinh phí cho
năm 2027 …" ("cho" is "for" after an object, no addressee), an ask named as the asker's ("Xét
đề nghị của UBND huyện, UBND tỉnh đồng ý gia hạn …": the grant, the lead's ruling of session
61), a causative "cho" in an order ("Đề nghị UBND huyện cho rà soát …": "đề nghị" lets only a
body above, `_BODY_ABOVE`, be asked leave to do a step; "kiến nghị", "mong", "xin", "đề xuất"
and "trình" ask upward by their sense).

Read folded, the words that decide it spelled (`spelled`): "mong" is no "móng" (footing),
"cho" no "chờ" (wait) or "chợ" (market).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

import re

from kehoach.base.text import fold, nfc, spelled, unmarked
from kehoach.dates.grammar import Contradicted

# A list mark or a bullet before the clause: "2.", "b)", "II.", "-"
_MARK = r"(?:(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*|[-+*\u2022\u2013]\s*)?"
# The asker before the asking word, a body: "UBND tỉnh", "Sở Nội vụ", "Chúng tôi"
_BODY = (
    r"(?:ubnd|uy\s+ban|hdnd|so|bo|cuc|ban|tinh\s+uy|huyen\s+uy|thanh\s+uy|chinh\s+phu|thu\s+tuong"
    r"|quoc\s+hoi|trung\s+uong|cap\s+tren|truong|nha\s+truong|chung\s+toi|xa|phuong|huyen"
    r"|tinh|thanh\s+pho|don\s+vi|dia\s+phuong|cong\s+ty|doanh\s+nghiep|van\s+phong)"
)
# The words of doing that end an addressee, as printed: after one the body is told to do, not
# asked ("Đề nghị Sở hỗ trợ cho xã …": the support is the Sở's step). Read with the marks:
# folded, "giao" is "Giáo" (Bộ Giáo dục), "ho" is "Hồ" (Hồ Chí Minh), "da" "Đà" (Đà Nẵng)
_DOING = frozenset(
    [
        "hoàn",
        "xong",
        "gửi",
        "nộp",
        "thực",
        "triển",
        "tổ",
        "báo",
        "rà",
        "kiểm",
        "phối",
        "chỉ",
        "khẩn",
        "sớm",
        "tiếp",
        "trước",
        "đến",
        "tới",
        "sang",
        "vào",
        "từ",
        "trong",
        "hỗ",
        "hướng",
        "giúp",
        "cấp",
        "phân",
        "giao",
        "xây",
        "lập",
        "đăng",
        "của",
        "đã",
        "các",
    ]
)
# ... typed bare, the same folded (a copy with no marks: no telling, taken for the verb)
_DOING_BARE = frozenset(fold(word) for word in _DOING)
# The addressee: a name printed with a capital (or a copy all in lower case), any words after
# it up to the leave ("cho", "được", "giao cho" never among them)
_ADDRESSEE = r"(?:(?!(?:cho|duoc|giao\s+cho)(?![a-z]))[a-z]+[,:]?\s+){1,8}?"
# ... the rest of the asker's name, never a word granting or weighing the ask ("Bộ đã đồng ý
# đề nghị cho phép …", "Xét đề nghị …": the body that grants speaks)
_ASKER_REST = (
    r"(?:\s+(?!(?:da|dong|chap|thong|phe|xet|theo|ghi|tiep|can|tren)(?![a-z]))[a-z]+){0,4}?"
)
# "cho vay" (lend), "cho thuê" (let out): verbs of their own, never the leave's "cho"
_LEND = r"vay|thue"
_ASKING = r"(?:(?:rat\s+)?mong|kien\s+nghi|de\s+nghi|de\s+xuat|xin(?:\s+phep)?|trinh)"
_LEAVE_ASKED = re.compile(
    # (d64b: the ask told made, "Đã đề xuất UBND tỉnh giao cho …", session 64's tester: read
    # on main; still no plan's deadline)
    rf"(?:^|[;.]\s)\W*{_MARK}(?:{_BODY}{_ASKER_REST}\s+)?(?:(?:da|vua)\s+)?(?P<ask>{_ASKING})(?![a-z])"
    # the addressee: a body opening it, any words after it; or none at all
    rf"(?:\s*:)?\s+(?P<to>{_ADDRESSEE})?"
    # ... or a body above asked to direct that those below be let do it, "chỉ đạo cho" (b63:
    # "Kiến nghị Bộ chỉ đạo cho các tỉnh tổ chức thi trước 30/6/2026", session 63's brief: read
    # as due on main); never "chỉ đạo" alone, a body above asked to do its own work ("Đề nghị
    # UBND tỉnh chỉ đạo các sở tiếp tục thực hiện đến …", sessions 59 and 60's rulings, test_b61)
    # ... or asked to hand the step to another body, "giao cho" (d64: "Đề xuất UBND tỉnh giao
    # cho Sở Nội vụ tổ chức trước 30/6/2026", session 64's brief, the lead's ruling: read as
    # due on main; the day is the step's proposed for that body, as "chỉ đạo cho" above);
    # "giao" alone only before the body handed the step, in lower case: folded it is also the
    # "Giao" of a name ("Bộ Giao thông vận tải")
    # ... (d64b: "giao nhiệm vụ cho", the same hand-over, session 64's tester: read on main;
    # never "giao cho thuê, vay, mượn", verbs of their own: "Đề xuất UBND tỉnh giao cho thuê
    # đất trước …", read on main)
    rf"(?P<let>cho\s+phep|cho|duoc|chi\s+dao\s+cho|giao\s+(?:nhiem\s+vu\s+)?cho(?!\s+(?:{_LEND}|muon)(?![a-z]))"
    r"|giao(?=\s+(?:so|cac|phong|ubnd|uy\s+ban|trung\s+tam|chi\s+cuc)\s))(?![a-z])"
    # not a thing the body gives ("cho ý kiến", "cho biết"), a policy, a reply, a guidance
    # ("Đề nghị UBND tỉnh cho chủ trương trước …", "Rất mong Quý đơn vị cho phản hồi …": b62b,
    # session 62's brief, read as due on main), nor "cho kịp" (in time)
    r"(?!\s+(?:y\s+kien|biet|xin|chu\s+truong|phan\s+hoi|gop\s+y|huong\s+dan|kip)(?![a-z]))"
    r"[^;.]*?\d",
    re.ASCII,
)
_SPELLINGS = {
    "ask": frozenset({"mong", "rất", "kiến nghị", "đề nghị", "đề xuất", "xin", "phép", "trình"}),
    "let": frozenset(
        {"cho phép", "cho", "được", "chỉ đạo cho", "giao cho", "giao nhiệm vụ cho", "giao"}
    ),
}
# The bodies above the asker: "Đề nghị Bộ cho tổ chức …" asks leave of them; and the host
# of an event, who lets others take part ("Đề nghị Ban Tổ chức cho đăng ký trước 30/6/2026",
# session 63's brief: read as due on main)
_BODY_ABOVE = re.compile(
    r"(?<![a-z])(?:bo|chinh\s+phu|thu\s+tuong|quoc\s+hoi|trung\s+uong|cap\s+tren|ban\s+to\s+chuc"
    r"|(?:ubnd|hdnd|uy\s+ban\s+nhan\s+dan)\s+tinh)(?![a-z])",
    re.ASCII,
)


# ... or the ask named as its asker's, opening the phrase with no grant after it: "Kiến nghị
# của Bộ cho phép kéo dài đến 31/12/2026" (session 63's brief: read as due on main). Named
# so inside a sentence whose body grants it ("Xét đề nghị của UBND huyện, UBND tỉnh đồng ý
# gia hạn …", the lead's ruling of session 61) it never opens the phrase, and a comma ends
# the asker: only a leave ("cho phép", "cho") right after the asker's name, no step between
_ASKERS_LEAVE = re.compile(
    rf"^\W*{_MARK}(?P<ask>{_ASKING})\s+(?P<of>cua)\s+"
    r"(?P<who>(?!(?:da|duoc|dong|chap|phe|thong|quyet|xet|theo|ve)(?![a-z]))[a-z]+"
    r"(?:\s+(?!(?:da|duoc|dong|chap|phe|thong|quyet|xet|theo|ve|cho)(?![a-z]))[a-z]+){0,7}?)"
    # (b63b: after a bracket or a dash too, "Đề nghị của Sở (cho phép kéo dài đến …)", "Kiến
    # nghị của Sở - cho phép …", session 63's brief: read as due on b63)
    r"\s*[:(\-\u2013]?\s*(?:ve\s+viec\s+)?(?P<let>cho\s+phep"
    # ... or "cho" with who is let after it ("Kiến nghị của Bộ Tài chính cho tỉnh được giải ngân
    # đến …"), or before the step let ("Đề nghị của UBND tỉnh cho tổ chức lễ hội vào ngày …"),
    # "cho được" (b63b: "Kiến nghị của doanh nghiệp cho được kéo dài đến …"); never "cho thấy"
    # (shows), "cho đến" (until), "cho năm 2027" (for), "cho vay", "cho thuê" (lend, let out:
    # verbs of their own, b63b: "Đề nghị của doanh nghiệp cho vay vốn được giải quyết trước …")
    rf"|cho(?!\s+(?:den|toi|thay|nen|nam|{_LEND})(?![a-z]))(?=(?:\s+[a-z]+){{0,3}}?\s+duoc\s)"
    r"|cho(?=\s+(?:to\s+chuc|nop|dang\s+ky|tiep\s+tuc|keo\s+dai|gia\s+han|thuc\s+hien)\s)"
    # ... a petition ("kiến nghị", asked upward) lets by "cho" whoever is let and whatever the
    # step: "Kiến nghị của tỉnh cho doanh nghiệp gia hạn nộp thuế đến 30/6/2026" (b63b)
    rf"|(?P<petition>cho)(?!\s+(?:den|toi|thay|nen|nam|{_LEND})(?![a-z]))(?=\s+[a-z]))"
    r"(?![a-z])[^;.]*?\d",
    re.ASCII,
)
# ... the ask the subject of its answer, passive: "Kiến nghị của cử tri cho UBND xã được trả
# lời trước 30/6/2026" (b63b, session 63's brief: read on main), the day the answer's
_ANSWERED = re.compile(
    r"(?<![a-z])(?:phai\s+)?duoc\s+(?:(?:xu\s+ly|tra\s+loi|giai\s+quyet|xem\s+xet|tiep\s+thu)"
    r"(?:\s*,\s*|\s+va\s+|\s+)?){1,3}(?:xong\s+|dut\s+diem\s+)?(?:truoc|den|cham\s+nhat|trong)(?![a-z])",
    re.ASCII,
)
_ASKERS_SPELLINGS = {**_SPELLINGS, "of": frozenset({"của"})}
# ... its grant told after it: "Kiến nghị của doanh nghiệp cho phép nộp chậm đến 30/6/2026 đã
# được UBND tỉnh đồng ý" (the time granted, read as on main)
_GRANT_AFTER = re.compile(
    r"(?<![a-z])(?:dong\s+y|chap\s+thuan|phe\s+duyet|thong\s+nhat)(?![a-z])", re.ASCII
)


def _leave_asked(text: str) -> re.Match[str] | None:
    """The leave asked in `text` (NFC) of a body (`_LEAVE_ASKED`, read folded), or named as
    its asker's (`_ASKERS_LEAVE`), or None."""
    folded = fold(text)
    asker = _ASKERS_LEAVE.match(folded)
    if asker and _GRANT_AFTER.search(folded, asker.end("let")):
        asker = None
    if asker and asker["petition"] and asker["ask"] != "kien nghi":
        asker = None  # "Đề nghị của Sở cho …": only a petition lets by any "cho"
    if asker and _ANSWERED.search(folded, asker.end("let")):
        asker = None
    if asker and all(spelled(text, asker, group, w) for group, w in _ASKERS_SPELLINGS.items()):
        return asker  # "cửa" (a door) is no "của"
    for found in _LEAVE_ASKED.finditer(folded):
        if not all(spelled(text, found, group, words) for group, words in _SPELLINGS.items()):
            continue
        if found["let"].startswith("giao") and not _handed_to_body(text, found):
            continue  # "Bộ Giao thông vận tải", "giao sổ đỏ": nothing handed to a body
        if found["to"] and not _addressed(text, found):
            continue  # "Đề xuất phương án cho năm học …": an object, "cho" is "for"
        if _granted(found, folded):
            return found
    return None


# The body a step is handed to after "giao", as printed (d64b: folded, "Sở" is also "sổ",
# "số", "sở hữu", "các" opens any object: "Đề xuất UBND tỉnh giao sổ đỏ cho người dân trước
# …", "… giao các chỉ tiêu kinh tế …", session 64's tester, read on main): a name with a
# capital, or units below by their common noun
_HANDED_BODY = re.compile(
    r"\s+(?:Sở|Phòng|UBND|ubnd|Ủy\s+ban|Uỷ\s+ban|Trung\s+tâm|Chi\s+cục"
    r"|(?:các|những)\s+(?:sở|ngành|đơn\s+vị|địa\s+phương|cơ\s+quan|bộ|xã|phường|huyện|phòng))(?!\w)"
)
# ... after "giao cho", any words but those (a body or a person handed the step), typed bare
# only a body the fold cannot confuse ("So Noi vu": a capital name after it)
_HANDED_BODY_BARE = re.compile(
    r"\s+(?:(?:ubnd|UBND|uy\s+ban|Uy\s+ban|(?:cac\s+)?(?:don\s+vi|dia\s+phuong|co\s+quan))(?![a-z])"
    r"|(?:So|Phong|Trung\s+tam|Chi\s+cuc)\s+[A-Z])"
)
# ... in a phrase all in capitals, any case
_HANDED_BODY_CAPS = re.compile(_HANDED_BODY.pattern, re.IGNORECASE)


def _handed_to_body(text: str, found: re.Match[str]) -> bool:
    """Whether the "giao" of `found` hands the step to a body: after "giao" alone the body as
    printed (`_HANDED_BODY`), "giao" in lower case (a capital "Giao" is a name: "Bộ Giao thông
    vận tải") unless the phrase is all capitals; after "giao cho", any, but typed bare only
    `_HANDED_BODY_BARE`."""
    after = text[found.end("let") :]
    if found["let"] == "giao":
        if text == text.upper():  # "ĐỀ XUẤT UBND TỈNH GIAO CÁC SỞ …" (d64b)
            return _HANDED_BODY_CAPS.match(after) is not None
        return text[found.start("let")].islower() and _HANDED_BODY.match(after) is not None
    return not unmarked(text) or _HANDED_BODY_BARE.match(after) is not None


def _addressed(text: str, found: re.Match[str]) -> bool:
    """Whether the words `found` names before the leave are an addressee: opening with a
    capital (or in a phrase with none), no word of doing among them (`_DOING`)."""
    to = text[found.start("to") : found.end("to")]
    if not (to[0].isupper() or text == text.lower()):
        return False
    # "Ban Tổ chức" is a body, its "tổ" no word of doing
    named = re.sub(r"(?i)(?<!\w)ban\s+t(?:ổ|o)\s+ch(?:ức|uc)(?!\w)", " ", to)
    # ... nor the "Giao" of "Sở Giao thông vận tải" (d64b: "Đề xuất Sở Giao thông vận tải giao
    # cho Ban QLDA thực hiện trước …", session 64's tester: read on main)
    named = re.sub(r"(?<!\w)Giao\s+th(?:ông|ong)(?!\w)", " ", named)
    words = {word.strip(",:") for word in named.lower().split()}
    return not words & (_DOING_BARE if unmarked(text) else _DOING)


def _granted(found: re.Match[str], folded: str) -> bool:
    """Whether the leave `found` is one a body is asked to grant: "được" only right after the
    asking word; "đề nghị" lets a body be asked to let a step only when it is above; units
    below ("các …") only asked by name of a body above."""
    to, let = found["to"] or "", found["let"]
    if let == "duoc":  # never "Xin được thông báo …" (a courtesy: we beg to announce)
        return not to and found["ask"] != "xin"
    above = _BODY_ABOVE.search(to) is not None
    if to.startswith("cac") and not above:
        return False
    if let.startswith("giao") and not to:
        # "Đề xuất giao cho Sở Nội vụ tổ chức trước …": proposed upward by its sense (d64);
        # "Đề nghị giao cho …" with no one named may be an order, read as on main
        return found["ask"] in {"de xuat", "kien nghi", "trinh"}
    if let.startswith("giao") and found["ask"] in {"de xuat", "trinh"}:
        return True  # "Đề xuất Sở Y tế giao cho bệnh viện …": proposed upward (d64b)
    if let.startswith(("chi", "giao")):  # a body asked to let: above, or petitioned
        return bool(to) and (above or found["ask"] == "kien nghi" or found["ask"].endswith("mong"))
    return not (let == "cho" and found["ask"] == "de nghi" and not above)


def refuse_leave_asked(text: str) -> None:
    """Refuse a phrase asking a body leave to do a step or go on (`_leave_asked`): the time
    is the one asked for, not granted. Read on the whole phrase, before the asides are cut."""
    shown = nfc(text)
    if (asked := _leave_asked(shown)) is None:
        return
    raise Contradicted(
        f"“{shown[asked.start('ask') : asked.end('let')]} …”: thời gian là điều xin cấp trên cho "
        "phép hoặc chỉ đạo (được làm, tiếp tục, kéo dài), chưa được chấp thuận, không phải thời hạn của kế "
        "hoạch; ghi last_day theo thời hạn hiện hành, hoặc thời hạn mới khi được chấp thuận"
    )
