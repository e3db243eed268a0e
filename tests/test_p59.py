"""The words after "Ngày <step> D", "Hạn <step>: D", "Thời gian <step> là D" (session 59,
helper p59; `kehoach.dates.stepday`).

The step named as its day ("Ngày đăng ký 5-15/2/2026", za-dantri-lich-thi-dgnl-dgtd-2026 of
the corpus; "Ngày nhận hồ sơ tuyển mầm non là 1/7", ze-giaoducnet-tphcm-tuyen-sinh-dau-cap-
2020) or as its field before a colon or "là" ("Thời hạn đăng ký và nộp hồ sơ là 30/11/2015 để
Phòng tập hợp …", zq-huph-dang-ky-giai-thuong-ho-chi-minh-2015) already names the work: a
word after the day can only tell something of the day, and on main it went into the gloss
whatever it said, "Ngày nộp hồ sơ 15/5/2026 là sai" and "… nay đã hết hiệu lực" read as due
on 15/05/2026. Now only where, for whom or why the step is done may follow, with nothing told
of the day in it; any other words are refused, saying so. Two neighbours of the same hole are
closed too: a step opening with its day's noun and closing with that day's state ("Ngày nộp
hồ sơ bị hủy 15/5/2026", "Hạn nộp hồ sơ sai: 15/5/2026"), and words after any other lead that
only judge the day ("Nộp hồ sơ trước ngày 15/5/2026 nay đã hết hiệu lực").
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import parse_deadlines
from kehoach.dates.reading import DeadlineKind

ISSUED = "2026-03-01"

# The day judged, voided, replaced, told old or called off after it: never due that day
_JUDGED = [
    "Ngày nộp hồ sơ 15/5/2026 là sai",
    "Ngày nộp hồ sơ 15/5/2026 sai",
    "Ngày nộp hồ sơ 15/5/2026 nay đã hết hiệu lực",
    "Ngày nộp hồ sơ 15/5/2026 hết hiệu lực",
    "Ngày nộp hồ sơ 15/5/2026 không còn áp dụng",
    "Ngày nộp hồ sơ 15/5/2026 không còn hiệu lực",
    "Ngày nộp hồ sơ 15/5/2026 đã bị hủy",
    "Ngày nộp hồ sơ 15/5/2026 được thay bằng ngày 20/5/2026",
    "Ngày nộp hồ sơ 15/5/2026 (sai, đúng là 20/5/2026)",
    "Ngày nộp hồ sơ 15/5/2026 là ngày cũ",
    "Ngày nộp hồ sơ 15/5/2026 nhầm",
    "Ngày nộp hồ sơ 15/5/2026 đã đổi",
    "Ngày nộp hồ sơ 15/5/2026 trước đây",
    "Ngày nộp hồ sơ 15/5/2026 nay bỏ",
    "Ngày nộp hồ sơ 15/5/2026 xyz abc",
    "Ngay nop ho so 15/5/2026 la sai",
    "Ngay nop ho so 15/5/2026 het hieu luc",
    "Ngày nộp hồ sơ 15 tháng 5 năm 2026 là sai",
    "Ngày nộp hồ sơ 15/5 là sai",
    "Ngày nộp hồ sơ là 15/5/2026 là sai",
    "Ngày nộp hồ sơ: 15/5/2026 là sai",
    "Ngày thi 15-16/5/2026 là sai",
    "Hạn nộp hồ sơ là 15/5/2026 là sai",
    "Hạn nộp hồ sơ: 15/5/2026 là sai",
    "Hạn nộp: 15/5/2026 là sai",
    "Hạn cuối nộp hồ sơ là 15/5/2026 là sai",
    "Thời hạn nộp hồ sơ: 15/5/2026 không còn áp dụng",
    "Thời hạn nộp hồ sơ là 15/5/2026 nay đã hết hiệu lực",
    "Thời gian nộp hồ sơ: 15/5/2026 là sai",
    "Thời gian nộp hồ sơ là 15/5/2026 nay đã hết hiệu lực",
    "Lịch thi: 15/5/2026 là sai",
    "Mốc nộp hồ sơ: 15/5/2026 là sai",
]


@pytest.mark.parametrize("phrase", _JUDGED)
def test_words_telling_of_the_day_after_it_refused(phrase: str) -> None:
    """Whatever the words say of the day, it is not read as due then with them in the gloss."""
    assert refused(phrase, ctx(ISSUED))


def test_the_refusal_names_the_words_and_the_way_out() -> None:
    why = refused("Ngày nộp hồ sơ 15/5/2026 là sai", ctx(ISSUED))
    assert "“là sai”" in why
    assert "last_day" in why


# A place, a group or a purpose told of the step, with nothing told of the day in it
_NOT_OF_THE_STEP = [
    "Ngày nộp hồ sơ 15/5/2026 tại Sở Tư pháp đã hủy",
    "Ngày nộp hồ sơ 15/5/2026 tại Sở Tư pháp là sai",
    "Ngày nộp hồ sơ 15/5/2026 tại Sở Tư pháp, nay không còn áp dụng",
    "Ngày thi 15/5/2026 đối với lớp 12 đã bị hoãn",
    "Ngày thi 15/5/2026 cho khối 12 nay bỏ",
    "Ngày nộp hồ sơ 15/5/2026 để tổng hợp, nay hết hiệu lực",
    "Ngay nop ho so 15/5/2026 tai So Tu phap da huy",
    "Hạn nộp hồ sơ: 15/5/2026 tại Sở Tư pháp là ngày cũ",
]


@pytest.mark.parametrize("phrase", _NOT_OF_THE_STEP)
def test_a_place_that_tells_of_the_day_refused(phrase: str) -> None:
    """The words after "tại", "đối với", "để" are checked too: a verdict there is the day's."""
    assert refused(phrase, ctx(ISSUED))


# Words that changed the step before the day were refused on main, and stay so
_BEFORE_THE_DAY = [
    "Ngày nộp hồ sơ cũ 15/5/2026",
    "Ngày nộp hồ sơ trước đây là 15/5/2026",
    "Ngày nộp hồ sơ bị lùi 15/5/2026",
]


@pytest.mark.parametrize("phrase", _BEFORE_THE_DAY)
def test_the_step_changed_before_its_day_stays_refused(phrase: str) -> None:
    assert refused(phrase, ctx(ISSUED))


# The common right forms: the day alone, a weekday, an end mark, a place, a group, a purpose
_KEPT = [
    ("Ngày nộp hồ sơ: 15/5/2026", "Ngày nộp hồ sơ"),
    ("Ngày nộp hồ sơ 15/5/2026", "Ngày nộp hồ sơ"),
    ("Ngày thi 15/5/2026 (thứ Sáu)", "Ngày thi"),
    ("Ngày khai giảng 5/9/2026.", "Ngày khai giảng"),
    ("Ngày nộp hồ sơ 15/5/2026 tại Sở Tư pháp", "Ngày nộp hồ sơ"),
    ("Ngày nộp hồ sơ 15/5/2026 tại bộ phận một cửa", "Ngày nộp hồ sơ"),
    ("Ngày nhận hồ sơ 15/5/2026 trong giờ hành chính", "Ngày nhận hồ sơ"),
    ("Ngày thi 15/5/2026 đối với lớp 12", "Ngày thi"),
    ("Ngày thi 15/5/2026 cho khối 12", "Ngày thi"),
    ("Ngày nộp hồ sơ 15/5/2026 để kịp tổng hợp", "Ngày nộp hồ sơ"),
    ("Hạn nộp hồ sơ: 15/5/2026 tại Sở Tư pháp", "Hạn nộp hồ sơ"),
    ("Hạn nộp hồ sơ là 15/5/2026", "Hạn nộp hồ sơ"),
]


@pytest.mark.parametrize(("phrase", "label"), _KEPT)
def test_the_common_right_forms_still_read(phrase: str, label: str) -> None:
    reading = one(phrase, ctx(ISSUED))
    assert reading.kind is DeadlineKind.DATE
    assert reading.label == label
    assert reading.last is not None
    assert reading.last.month in (5, 9)


def test_the_corpus_span_of_the_step_s_day_reads() -> None:
    """za-dantri-lich-thi-dgnl-dgtd-2026: "ngày đăng ký" joins its span, nothing after it."""
    phrase = "Đợt 3, ngày thi là 16-17/5/2026; ngày đăng ký 5-15/4/2026."
    registration = parse_deadlines(phrase, ctx(ISSUED))[-1]
    assert (registration.first, registration.last) == (date(2026, 4, 5), date(2026, 4, 15))


def test_a_purpose_with_its_order_of_steps_reads() -> None:
    """zq-huph-dang-ky-giai-thuong-ho-chi-minh-2015: "trước khi" orders the purpose's steps."""
    phrase = (
        "Thời hạn đăng ký và nộp hồ sơ là 30/11/2015 để Phòng tập hợp và tổ chức xét duyệt cấp "
        "cơ sở trước khi gửi lên Bộ"
    )
    assert read_days(phrase, "2015-10-01") == (DeadlineKind.DATE, "2015-11-30", "2015-11-30")


# Between the step and its day: the step's words are any five after "ngày" (`DAY_OF_THE_STEP`),
# and a word there telling the day's own state made it read as due then on main
_STATE_BEFORE = [
    "Ngày nộp hồ sơ bị hủy 15/5/2026",
    "Ngày nộp hồ sơ bị hủy: 15/5/2026",
    "Ngày nộp hồ sơ bị hủy là 15/5/2026",
    "Ngay nop ho so bi huy 15/5/2026",
    "Ngày nộp hồ sơ sai 15/5/2026",
    "Ngày nộp hồ sơ sai là 15/5/2026",
    "Ngày nộp hồ sơ nhầm 15/5/2026",
    "Ngày nộp hồ sơ từng là 15/5/2026",
    "Ngày nộp hồ sơ vừa qua 15/5/2026",
    "Ngày nộp hồ sơ vừa qua là 15/5/2026",
    "Ngày nộp hồ sơ chưa chốt 15/5/2026",
    "Ngày nộp hồ sơ tạm 15/5/2026",
    "Ngày nộp hồ sơ thôi 15/5/2026",
    "Ngày nộp hồ sơ bỏ 15/5/2026",
    "Hạn nộp hồ sơ bị hủy: 15/5/2026",
    "Hạn nộp hồ sơ sai: 15/5/2026",
    "Hạn nộp hồ sơ từng là 15/5/2026",
    "Hạn nộp hồ sơ thôi: 15/5/2026",
    "Thời hạn nộp hồ sơ đã qua: 15/5/2026",
    "Thời gian nộp hồ sơ bị hoãn: 15/5/2026",
    "Lịch thi bị hủy: 15/5/2026",
]


@pytest.mark.parametrize("phrase", _STATE_BEFORE)
def test_the_day_s_state_told_in_its_step_refused(phrase: str) -> None:
    assert refused(phrase, ctx(ISSUED))


def test_the_refusal_names_the_state() -> None:
    assert "“bị hủy”" in refused("Ngày nộp hồ sơ bị hủy 15/5/2026", ctx(ISSUED))


# ... but a step whose own verb is one of those words, or that names no state, reads
_STEP_S_OWN_VERB = [
    ("Ngày bỏ phiếu 22/5/2026", "Ngày bỏ phiếu"),
    ("Ngày hủy đăng ký 22/5/2026", "Ngày hủy đăng ký"),
    ("Ngày đổi thẻ 15/5/2026", "Ngày đổi thẻ"),
    ("Hạn tạm ứng vốn: 15/5/2026", "Hạn tạm ứng vốn"),
    ("Ngày khai giảng năm học mới 5/9/2026", "Ngày khai giảng năm học mới"),
    ("Ngày nộp hồ sơ đầu tiên 15/5/2026", "Ngày nộp hồ sơ đầu tiên"),
]


@pytest.mark.parametrize(("phrase", "label"), _STEP_S_OWN_VERB)
def test_a_step_s_own_verb_reads(phrase: str, label: str) -> None:
    reading = one(phrase, ctx(ISSUED))
    assert (reading.kind, reading.label) == (DeadlineKind.DATE, label)


# After a day read by another lead ("trước ngày", a span) with its step named before it, the
# words that only judge the day went into the gloss on main (`stepday.refuse_day_judged_after`)
_JUDGED_AFTER_A_LEAD = [
    "Nộp hồ sơ trước ngày 15/5/2026 là sai",
    "Nộp hồ sơ trước ngày 15/5/2026 sai",
    "Nộp hồ sơ trước ngày 15/5/2026 (nhầm)",
    "Nộp hồ sơ trước ngày 15/5/2026 nay đã hết hiệu lực",
    "Nộp hồ sơ trước ngày 15/5/2026 hết hiệu lực",
    "Nộp hồ sơ trước ngày 15/5/2026 không còn áp dụng",
    "Nộp hồ sơ trước ngày 15/5/2026 nay không còn hiệu lực",
    "Nộp hồ sơ chậm nhất ngày 15/5/2026 là sai",
    "Trước ngày 15/5/2026 (nhầm)",
    "15/5/2026 sai",
    "ngày 15/5/2026 là sai",
    "Ngày 15/5/2026: nhầm",
]


@pytest.mark.parametrize("phrase", _JUDGED_AFTER_A_LEAD)
def test_the_day_judged_after_another_lead_refused(phrase: str) -> None:
    assert refused(phrase, ctx(ISSUED))


# ... but "sai" or "nhầm" that is the step's own object, and a place, read as before
_NOT_JUDGED = [
    ("Kiểm tra, xử lý các trường hợp kê khai sai trước ngày 15/5/2026", "2026-05-15"),
    ("Trước ngày 15/5/2026, xử lý các trường hợp kê khai sai", "2026-05-15"),
    ("Nộp hồ sơ trước ngày 15/5/2026 tại Sở Tư pháp", "2026-05-15"),
    ("Ngày 15/5/2026: Công bố kết quả", "2026-05-15"),
]


@pytest.mark.parametrize(("phrase", "last"), _NOT_JUDGED)
def test_sai_of_the_step_s_object_reads(phrase: str, last: str) -> None:
    assert read_days(phrase, ISSUED) == (DeadlineKind.DATE, last, last)
