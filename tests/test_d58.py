"""Another day beside the deadline that is no time of the work, in parentheses (session 58, d58).

Four phrases of the refusal family "ngoài … cụm từ còn một ngày khác hoặc số hiệu văn bản"
hold, in parentheses, a number or a day that is no time of the work, and the rest reads as it
would alone:

- a move against the time said before, right after a day: "Các thí sinh đăng ký ca thi từ 9h
  ngày 1/2/2026 (lùi hơn 1 tháng so với thông báo trước đó) đến 16h30 ngày 7/2/2026."
  (za-24h-lich-thi-dgnl-2026.yaml; `compared.cut_moved_aside`): the days printed are the new
  ones;
- a cited decree's day in force: "… Nghị định số 43/2023/NĐ-CP … (nghị định có hiệu lực từ
  ngày 15-8-2023), kết luận thanh tra … được công khai chậm nhất là 10 ngày kể từ ngày ký"
  (zg-baokhanhhoa-ket-luan-thanh-tra-cong-khai-2023.yaml; `inforcecited`): the decree's day,
  the work's time the count from the signing;
- the years an anniversary counts, the first counted in: "… Lễ kỷ niệm 30 năm Hội thi Tin học
  trẻ toàn quốc (1995 - 2024) tại TP Hà Nội vào đầu tháng 8-2024"
  (zv-sggp-tin-hoc-tre-vong-khu-vuc-mien-trung-2024.yaml; `occasions.anniversary_spans`);
- some of an event's activities begun before its official opening: "Thời gian khai mạc chính
  thức vào lúc 20 giờ 10 phút ngày 06/11/2022 (một số hoạt động thể thao được bắt đầu từ ngày
  04/11/2022)" (l-soc-trang-ngay-hoi-khmer-2022.yaml; `openedbefore`): the opening's day.

The risk is taking the wrong one of two days as the deadline: each form is tested with the
neighbours that must stay refused (a hedge, a negation, a condition, another verb, a day or
another year inside or outside the parentheses, a count that may run from the day in force, a
span of another length, a period rather than an anniversary) or read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

# --- a move in parentheses after a day -------------------------------------------------------

_MOVED = "Các thí sinh đăng ký ca thi từ 9h ngày 1/2/2026 ({}) đến 16h30 ngày 7/2/2026."
_EXAM_PAGE = "2026-01-02"
_WINDOW_2026 = (DeadlineKind.WINDOW, "2026-02-01", "2026-02-07")


def test_move_after_start_day_reads_the_printed_window() -> None:
    reading = one(_MOVED.format("lùi hơn 1 tháng so với thông báo trước đó"), ctx(_EXAM_PAGE))
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2026, 2, 1),
        date(2026, 2, 7),
    )
    assert "lùi hơn 1 tháng so với thông báo trước đó" in (reading.gloss or "")


@pytest.mark.parametrize(
    "move",
    [
        "sớm hơn 2 tuần so với năm 2025",
        "muộn 3 ngày so với kế hoạch ban đầu",
        "muộn hơn 1 tuần so với năm ngoái",
        "sớm hơn 1 tháng so với kế hoạch",
    ],
)
def test_other_moves_read_the_printed_window(move: str) -> None:
    assert read_days(_MOVED.format(move), _EXAM_PAGE) == _WINDOW_2026


def test_move_after_the_end_day_reads_the_printed_window() -> None:
    phrase = (
        "Các thí sinh đăng ký ca thi từ 9h ngày 1/2/2026 đến 16h30 ngày 7/2/2026 "
        "(lùi hơn 1 tháng so với thông báo trước đó)."
    )
    assert read_days(phrase, _EXAM_PAGE) == _WINDOW_2026


@pytest.mark.parametrize(
    "aside",
    [
        "có thể lùi hơn 1 tháng so với thông báo trước đó",  # a hedge
        "dự kiến lùi hơn 1 tháng so với thông báo trước đó",
        "không lùi so với thông báo trước đó",  # negated, no count
        "lùi hơn 1 tháng so với ngày 1/1/2026",  # the old day named
        "lùi hơn 1 tháng so với thông báo ngày 15/12/2025",
        "lùi hơn 1 tháng nếu đủ điều kiện",  # a condition
        "lùi hơn 1 tháng so với thông báo trước đó nếu cần",
        "lùi hơn 1 tháng, đến ngày 7/3/2026",  # another end
        "lùi hơn 1 tháng",  # against nothing said
        "hoãn 1 tháng so với thông báo trước đó",  # another verb
        "lùi hơn 1 tháng so với thông báo trước đó, tức ngày 1/3",
        "chậm nhất 1 tháng so với thông báo trước đó",  # a bound, no move
        "lùi 120 ngày so với thông báo trước đó",  # no count of a move
        "lùi hơn 1 tháng so với thông báo trước đó và 2 tuần so với năm 2025",
        "lùi hơn 1 tháng so với thông báo trước đó hoặc hơn",
    ],
)
def test_move_neighbours_stay_refused(aside: str) -> None:
    refused(_MOVED.format(aside), ctx(_EXAM_PAGE))


@pytest.mark.parametrize(
    "phrase",
    [
        # not after a day: the words before the window
        "Các thí sinh đăng ký ca thi (lùi hơn 1 tháng so với thông báo trước đó) từ 9h ngày "
        "1/2/2026 đến 16h30 ngày 7/2/2026.",
        # a condition after the window
        _MOVED.format("lùi hơn 1 tháng so với thông báo trước đó")[:-1] + " (nếu có).",
        # negated
        "Các thí sinh không đăng ký ca thi từ 9h ngày 1/2/2026 (lùi hơn 1 tháng so với thông "
        "báo trước đó) đến 16h30 ngày 7/2/2026.",
        # a cadence after the window
        _MOVED.format("lùi hơn 1 tháng so với thông báo trước đó")[:-1] + " hằng năm.",
    ],
)
def test_move_phrase_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx(_EXAM_PAGE))


def test_move_before_an_open_start_keeps_the_start_only() -> None:
    reading = one(
        "Các thí sinh đăng ký ca thi từ 9h ngày 1/2/2026 (lùi hơn 1 tháng so với thông báo "
        "trước đó)",
        ctx(_EXAM_PAGE),
    )
    assert (reading.last, reading.earliest) == (None, date(2026, 2, 1))


# --- a cited text's day in force -------------------------------------------------------------

_DECREE = (
    "Theo quy định của Luật Thanh tra và Nghị định số 43/2023/NĐ-CP quy định chi tiết một số "
    "điều và biện pháp thi hành Luật Thanh tra ({}), kết luận thanh tra do thủ trưởng cơ quan "
    "thực hiện chức năng thanh tra ký ban hành {}"
)
_IN_FORCE = "nghị định có hiệu lực từ ngày 15-8-2023"
_DUE = "được công khai chậm nhất là 10 ngày kể từ ngày ký"
_PAPER = "2023-09-17"


def test_day_in_force_is_set_aside_for_the_count_from_signing() -> None:
    reading = one(_DECREE.format(_IN_FORCE, _DUE), ctx(_PAPER))
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.relative is not None
    assert (reading.relative.offset, reading.relative.direction) == (10, "after")
    assert reading.first is None and reading.last is None  # no day taken from the decree
    assert "15-8-2023" in (reading.gloss or "")
    assert "15-8-2023" not in (reading.label or "")


@pytest.mark.parametrize(
    ("aside", "due"),
    [
        ("Nghị định có hiệu lực thi hành kể từ ngày 15/8/2023", _DUE),
        (_IN_FORCE, "được công khai chậm nhất là 10 ngày làm việc kể từ ngày ký"),
    ],
)
def test_day_in_force_other_wordings_read_the_count(aside: str, due: str) -> None:
    assert one(_DECREE.format(aside, due), ctx(_PAPER)).kind is DeadlineKind.RELATIVE


def test_day_in_force_beside_a_due_day_reads_that_day() -> None:
    phrase = _DECREE.format(_IN_FORCE, "được công khai trước ngày 30/9/2023")
    assert read_days(phrase, _PAPER) == (DeadlineKind.DATE, "2023-09-30", "2023-09-30")


@pytest.mark.parametrize(
    ("aside", "due"),
    [
        (_IN_FORCE, "được công khai chậm nhất là 10 ngày"),  # the count may run from it
        (_IN_FORCE, "được công khai trong vòng 10 ngày"),
        (_IN_FORCE, "được công khai sau 10 ngày"),
        (_IN_FORCE, "được công khai trong 10 ngày kể từ ngày nghị định có hiệu lực"),
        (_IN_FORCE, "được công khai chậm nhất 10 ngày kể từ ngày có hiệu lực"),
        (_IN_FORCE, "được công khai"),  # no time of its own
        (_IN_FORCE, "không phải công khai chậm nhất là 10 ngày kể từ ngày ký"),  # negated
        (_IN_FORCE, _DUE + " nếu có yêu cầu"),  # a condition
        (_IN_FORCE, _DUE + " hoặc 15 ngày kể từ ngày nhận"),
        (_IN_FORCE, "được công khai hằng năm"),
        ("nghị định dự kiến có hiệu lực từ ngày 15-8-2023", _DUE),  # not yet in force
        ("nghị định hết hiệu lực từ ngày 15-8-2023", _DUE),  # lapses, another fact
        ("nghị định có hiệu lực từ ngày 15-8-2023 đến ngày 31-12-2025", _DUE),
        ("nghị định có hiệu lực từ ngày 15-8", _DUE),  # no year: no full day
        ("thông tư có hiệu lực từ ngày 15-8-2023", _DUE),  # not the kind cited
        ("kế hoạch có hiệu lực từ ngày 15-8-2023", _DUE),
        ("nghị định có hiệu lực từ ngày 15-8-2023; thay thế Nghị định 86/2011/NĐ-CP", _DUE),
    ],
)
def test_day_in_force_neighbours_stay_refused(aside: str, due: str) -> None:
    refused(_DECREE.format(aside, due), ctx(_PAPER))


@pytest.mark.parametrize(
    "phrase",
    [
        # the decree not cited by its number before the parentheses
        "Theo quy định của Luật Thanh tra (nghị định có hiệu lực từ ngày 15-8-2023), kết luận "
        "thanh tra được công khai chậm nhất là 10 ngày kể từ ngày ký",
        # the parentheses after the count: they may be its anchor
        "Kết luận thanh tra được công khai chậm nhất là 10 ngày kể từ ngày ký (nghị định có "
        "hiệu lực từ ngày 15-8-2023)",
    ],
)
def test_day_in_force_uncited_stays_refused(phrase: str) -> None:
    refused(phrase, ctx(_PAPER))


# --- the years an anniversary counts, the first counted in -----------------------------------

_ANNIVERSARY = "Lễ kỷ niệm 30 năm Hội thi Tin học trẻ toàn quốc ({}) tại TP Hà Nội {}"
_CONTEST_PAGE = "2024-07-06"


def test_anniversary_years_set_aside_for_the_event_month() -> None:
    phrase = (
        "Các thí sinh xuất sắc nhất tại vòng khu vực sẽ được lựa chọn để tham gia Vòng chung "
        "kết toàn quốc và " + _ANNIVERSARY.format("1995 - 2024", "vào đầu tháng 8-2024")
    )
    (reading,) = parse_deadlines(phrase, ctx(_CONTEST_PAGE))
    assert reading.kind is DeadlineKind.WINDOW
    assert reading.first is not None and reading.last is not None
    assert (reading.first.year, reading.first.month) == (2024, 8)
    assert reading.last.month == 8  # early August, never 1995 to 2024


@pytest.mark.parametrize(
    ("years", "time", "expected"),
    [
        ("1995 - 2024", "vào ngày 10/8/2024", (DeadlineKind.DATE, "2024-08-10", "2024-08-10")),
        ("1995-2024", "vào ngày 10/8/2024", (DeadlineKind.DATE, "2024-08-10", "2024-08-10")),
        ("1995 – 2024", "vào ngày 10/8/2024", (DeadlineKind.DATE, "2024-08-10", "2024-08-10")),
    ],
)
def test_anniversary_years_beside_a_day(years: str, time: str, expected: tuple[object]) -> None:
    assert read_days(_ANNIVERSARY.format(years, time), _CONTEST_PAGE) == expected


@pytest.mark.parametrize(
    ("years", "time"),
    [
        ("1995 - 2030", "vào đầu tháng 8-2024"),  # not the count
        ("1996 - 2024", "vào đầu tháng 8-2024"),
        ("1995 - 2024", "vào đầu tháng 8-2025"),  # kept in another year: a misprint
        ("1995 - 2024", "trong năm 2023"),
        ("1995 - 2024", ""),  # no time of its own: never the span as a window
        ("1995 - 2024", "đã diễn ra vào đầu tháng 8-2024"),  # told done
        ("1995 - 2024", "đã được tổ chức"),
        ("1995 - 2024", "vào đầu tháng 8-2024 nếu đủ điều kiện"),  # a condition
        ("1995 - 2024", "vào đầu tháng 8-2024 hoặc tháng 9-2024"),
        ("1995 - 2024", "không tổ chức vào đầu tháng 8-2024"),  # negated
        ("1995 - 2024", "vào đầu tháng 8-2024 hằng năm"),
        ("1995 - 2024", "sẽ bị hoãn, không tổ chức vào ngày 10/8/2024"),  # called off
    ],
)
def test_anniversary_neighbours_stay_refused(years: str, time: str) -> None:
    refused(_ANNIVERSARY.format(years, time), ctx(_CONTEST_PAGE))


@pytest.mark.parametrize(
    "phrase",
    [
        # no name between the count and the years
        "Lễ kỷ niệm 30 năm (1995 - 2024) tại TP Hà Nội vào đầu tháng 8-2024",
        # a review, not an anniversary
        "Tổng kết 30 năm Hội thi Tin học trẻ toàn quốc (1995 - 2024) tại TP Hà Nội vào đầu "
        "tháng 8-2024",
        "Sơ kết 30 năm thực hiện chương trình (1995 - 2024), báo cáo trước 30/6/2024",
        # a plan's period counted the same way
        "Thực hiện kế hoạch 5 năm (2021 - 2025), báo cáo trước ngày 30/6/2021",
        # a period named inside the name
        "Kỷ niệm 30 năm Hội thi Tin học trẻ toàn quốc, giai đoạn (1995 - 2024), tổ chức vào "
        "đầu tháng 8-2024",
        "Kỷ niệm 30 năm Hội thi giai đoạn (1995 - 2024), tổ chức vào đầu tháng 8-2024",
        # the due day in another year than the anniversary's
        "Kỷ niệm 30 năm thành lập (1995 - 2024), hoàn thành báo cáo trước 30/6/2025",
    ],
)
def test_anniversary_phrase_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx(_CONTEST_PAGE))


def test_anniversary_counted_whole_reads_as_before() -> None:
    # the years the count apart were spared before this session: still read
    phrase = _ANNIVERSARY.format("1994 - 2024", "vào ngày 10/8/2024")
    assert read_days(phrase, _CONTEST_PAGE) == (DeadlineKind.DATE, "2024-08-10", "2024-08-10")


# --- some of an event's activities begun before its official opening -------------------------

_OPENING = "Thời gian khai mạc chính thức vào lúc 20 giờ 10 phút ngày 06/11/2022 ({})"
_FESTIVAL_PAGE = "2022-10-20"
_OPENING_DAY = (DeadlineKind.DATE, "2022-11-06", "2022-11-06")


@pytest.mark.parametrize(
    "parts",
    [
        "một số hoạt động thể thao được bắt đầu từ ngày 04/11/2022",
        "các hoạt động thể thao diễn ra từ ngày 04/11/2022",
        "một số hoạt động thể thao sẽ được tổ chức từ ngày 04/11/2022",
        "một số môn thi đấu diễn ra ngày 04/11/2022",
    ],
)
def test_parts_begun_before_the_opening_read_the_opening(parts: str) -> None:
    reading = one(_OPENING.format(parts), ctx(_FESTIVAL_PAGE))
    assert (reading.kind, str(reading.first), str(reading.last)) == _OPENING_DAY
    assert "04/11/2022" in (reading.gloss or "")


@pytest.mark.parametrize(
    "parts",
    [
        "một số hoạt động thể thao được bắt đầu từ ngày 10/11/2022",  # after the opening
        "một số hoạt động thể thao được bắt đầu từ ngày 06/11/2022",  # the same day
        "một số hoạt động thể thao được bắt đầu từ ngày 04/10/2022",  # a month before
        "một số hoạt động thể thao có thể bắt đầu từ ngày 04/11/2022",  # a hedge
        "một số hoạt động thể thao không bắt đầu từ ngày 04/11/2022",  # negated
        "một số hoạt động thể thao chưa bắt đầu từ ngày 04/11/2022",
        "một số hoạt động thể thao đã bắt đầu từ ngày 04/11/2022",  # told done
        "một số hoạt động thể thao vừa bắt đầu từ ngày 04/11/2022",
        "một số hoạt động thể thao dự kiến bắt đầu từ ngày 04/11/2022",
        "một số hoạt động thể thao còn bắt đầu từ ngày 04/11/2022",
        "một số hoạt động thể thao được bắt đầu từ ngày 04/11",  # no full day
        "một số hoạt động thể thao được bắt đầu từ ngày 04/11/2022 nếu thời tiết cho phép",
        "một số hoạt động thể thao kết thúc ngày 04/11/2022",  # another verb
        "một số hoạt động thể thao được bắt đầu từ ngày 04/11/2022 đến ngày 05/11/2022",
        "hạn đăng ký thi đấu ngày 04/11/2022",  # a deadline of its own
        "một số hoạt động thể thao được bắt đầu từ ngày 04/11/2022, hạn đăng ký ngày 01/11/2022",
        "một số hoạt động thể thao được bắt đầu từ ngày 31/11/2022",  # no such day
    ],
)
def test_parts_neighbours_stay_refused(parts: str) -> None:
    refused(_OPENING.format(parts), ctx(_FESTIVAL_PAGE))


@pytest.mark.parametrize(
    "phrase",
    [
        # a closing, not the opening
        "Thời gian bế mạc chính thức vào lúc 20 giờ ngày 06/11/2022 (một số hoạt động thể thao "
        "được bắt đầu từ ngày 04/11/2022)",
        # the opening's day without its year
        "Thời gian khai mạc chính thức vào lúc 20 giờ 10 phút ngày 06/11 (một số hoạt động thể "
        "thao được bắt đầu từ ngày 04/11/2022)",
        # a deadline, no opening
        "Hạn nộp hồ sơ ngày 06/11/2022 (một số hoạt động thể thao được bắt đầu từ ngày 04/11/2022)",
        # more after the parentheses
        "Thời gian khai mạc chính thức vào lúc 20 giờ 10 phút ngày 06/11/2022 (một số hoạt động "
        "thể thao được bắt đầu từ ngày 04/11/2022), bế mạc ngày 08/11/2022",
        # told done, or negated
        "Thời gian khai mạc chính thức đã diễn ra vào ngày 06/11/2022 (một số hoạt động thể thao "
        "được bắt đầu từ ngày 04/11/2022)",
        "Thời gian khai mạc chính thức có thể lùi lại, không phải ngày 06/11/2022 (một số hoạt "
        "động thể thao được bắt đầu từ ngày 04/11/2022)",
    ],
)
def test_parts_phrase_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx(_FESTIVAL_PAGE))


# --- the years after "kỷ niệm N năm" not the count apart: never the work's period ------------


@pytest.mark.parametrize(
    "phrase",
    [
        # read on main as a window from 1990 to 2024
        "Lễ kỷ niệm 30 năm Hội thi Tin học trẻ toàn quốc (1990 - 2024)",
        "Lễ kỷ niệm 30 năm Hội thi Tin học trẻ toàn quốc (1990 - 2024) vào ngày 10/8/2024",
        "Chào mừng kỷ niệm 30 năm thành lập trường (1990 - 2024)",
        "Kỷ niệm 30 năm thành lập trường (1995 - 2030)",
    ],
)
def test_anniversary_years_unlike_the_count_are_refused(phrase: str) -> None:
    assert "kỷ niệm 30 năm" in refused(phrase, ctx(_CONTEST_PAGE))


@pytest.mark.parametrize(
    "phrase",
    [
        # the count's own years, alone: no time of the work at all
        "Lễ kỷ niệm 30 năm Hội thi Tin học trẻ toàn quốc (1995 - 2024)",
        "Chào mừng kỷ niệm 30 năm thành lập trường (1995 - 2024)",
    ],
)
def test_anniversary_years_alone_are_no_window(phrase: str) -> None:
    refused(phrase, ctx(_CONTEST_PAGE))


def test_plan_years_unlike_its_count_keep_their_own_reason() -> None:
    # no "kỷ niệm": the plan's own check of its years says why
    assert "5 năm" in refused("Thực hiện kế hoạch 5 năm (2021 - 2030)", ctx(_CONTEST_PAGE))
