"""Session 55, helper miscB55 (issue 11: the deadline language, the long tail of refused
phrases). Three forms, each a start bound read where a word beside it stopped it:

- a text told in force from a day inside a sentence telling what was done with it ("Báo cáo
  viên đã giới thiệu những điểm mới trong Luật … có hiệu lực từ ngày 1/7/2025"): the text's
  entry into force, an earliest day, no work told as begun (`refusals._BEGUN_TOLD`);
- the sanction's condition closing the clause after a start with no end ("… mức xử phạt tăng
  nặng nếu không thực hiện đúng thời hạn"): the fine for missing limits the phrase does not
  say; the start stands (`label._CONDITION_AFTER_A_START`);
- "Từ mai, …" opening the phrase: the day after the issue day, as "từ nay" is the issue day
  (`fromtomorrow`).

Their neighbours (a law out of force, a window, a work told begun, a limit named, a day
written after the condition, no start) stay refused: never a silent wrong date.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import Context, DeadlineError, parse_deadline
from kehoach.dates.reading import DeadlineKind

# --- a text told in force from a day, beside what was done with it ---------------------------

TRAINING = "2025-10-01"  # zg-vietnamnet-hung-dao-tap-huan-pccc-2025's page


@pytest.mark.parametrize(
    "phrase",
    [
        # the corpus phrase (zg-vietnamnet-hung-dao-tap-huan-pccc-2025)
        "Báo cáo viên đã giới thiệu những điểm mới trong Luật PCCC&CNCH có hiệu lực từ ngày "
        "1/7/2025, cùng các nghị định, thông tư hướng dẫn.",
        "Báo cáo viên đã giới thiệu những điểm mới trong Luật có hiệu lực thi hành từ ngày 1/7/2025",
        "Hội nghị đã quán triệt Nghị định có hiệu lực kể từ ngày 1/7/2025",
    ],
)
def test_a_text_in_force_beside_what_was_done_reads_its_start(phrase: str) -> None:
    reading = one(phrase, ctx(TRAINING))
    assert reading.earliest == date(2025, 7, 1)
    assert reading.last is None  # a start, never a day due
    assert reading.kind is DeadlineKind.ONGOING


@pytest.mark.parametrize(
    "phrase",
    [
        "Báo cáo viên đã giới thiệu Luật PCCC&CNCH hết hiệu lực từ ngày 1/7/2025",  # out of force
        "Các trường đã dọn dẹp vệ sinh từ ngày 30/9/2025",  # a work told begun, as before
        "Báo cáo viên đã giới thiệu Luật có hiệu lực từ ngày 1/7/2025 đến ngày 31/12/2025",
        "Đơn vị đã triển khai Luật có hiệu lực từ ngày 1/7/2025, nếu không thì",
        "Báo cáo viên đã giới thiệu những điểm mới trong Luật không có hiệu lực từ ngày 1/7/2025",
    ],
)
def test_a_text_in_force_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx(TRAINING))


# --- the sanction's condition after a start with no end ---------------------------------------

RESIDENCE = "2026-02-12"  # zu-tienphong-ha-noi-dang-ky-thuong-tru-tam-tru-2026's page


@pytest.mark.parametrize(
    "phrase",
    [
        # the corpus phrase (zu-tienphong-ha-noi-dang-ky-thuong-tru-tam-tru-2026)
        "Theo đó, từ năm 2026, việc đăng ký thường trú, tạm trú sẽ được siết chặt hơn, đi kèm "
        "với mức xử phạt tăng nặng nếu không thực hiện đúng thời hạn",
        "Từ năm 2026, các hộ đăng ký thường trú; nếu không thực hiện đúng quy định, sẽ bị phạt",
        "Từ năm 2026, việc đăng ký sẽ bị xử phạt nếu không chấp hành đúng thời hạn.",
    ],
)
def test_a_start_then_the_sanction_s_condition_reads_the_start(phrase: str) -> None:
    reading = one(phrase, ctx(RESIDENCE))
    assert (reading.earliest, reading.first, reading.last) == (date(2026, 1, 1), None, None)


@pytest.mark.parametrize(
    "phrase",
    [
        # a limit named after the condition: which one, the phrase says
        "Từ năm 2026, việc đăng ký thường trú sẽ bị xử phạt nếu không thực hiện đúng thời hạn 30 ngày",
        "Từ năm 2026, việc đăng ký thường trú sẽ bị xử phạt nếu không thực hiện đúng thời hạn "
        "trước ngày 15/1",
        # a year or a day, not a start: the condition may be on that time
        "Năm 2026, việc đăng ký thường trú sẽ bị xử phạt nếu không thực hiện đúng thời hạn",
        "trước ngày 15/3/2026, việc đăng ký thường trú sẽ bị xử phạt nếu không thực hiện đúng "
        "thời hạn",
        # a negation of its own left in the clause
        "Từ năm 2026, việc đăng ký sẽ không được thực hiện nếu không thực hiện đúng thời hạn",
        # bare, whose "khong" may be another word: as before
        "tu nam 2026, viec dang ky thuong tru se bi xu phat neu khong thuc hien dung thoi han",
    ],
)
def test_the_sanction_s_condition_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx(RESIDENCE))


# --- "Từ mai, …": a start on the day after the issue day ---------------------------------------

STORM = "2025-09-30"  # za-vnexpress-loat-tinh-nghi-hoc-bao-bualoi-2025's page


@pytest.mark.parametrize(
    "phrase",
    [
        # the corpus phrase (za-vnexpress-loat-tinh-nghi-hoc-bao-bualoi-2025)
        "Từ mai, các trường chủ động theo dõi diễn biến thời tiết để kịp thời báo cáo, xin ý "
        "kiến UBND địa phương và Sở nếu phải tiếp tục cho học sinh nghỉ học.",
        "Từ ngày mai, các trường nghỉ học",
        "- Bắt đầu từ ngày mai, các trường nghỉ học",
    ],
)
def test_from_tomorrow_reads_the_day_after_the_issue_day(phrase: str) -> None:
    reading = one(phrase, ctx(STORM))
    assert (reading.earliest, reading.first, reading.last) == (date(2025, 10, 1), None, None)
    assert "ngày sau ngày ban hành 30/09/2025" in reading.reading  # how it was reckoned


def test_from_tomorrow_to_a_day_is_a_window_from_tomorrow() -> None:
    reading = one("Bắt đầu từ ngày mai, các trường nghỉ học đến hết ngày 3/10/2025", ctx(STORM))
    assert (reading.first, reading.last) == (date(2025, 10, 1), date(2025, 10, 3))


def test_from_tomorrow_at_the_year_s_end_is_the_next_year() -> None:
    reading = one("Từ mai, các trường nghỉ học", ctx("2025-12-31"))
    assert reading.earliest == date(2026, 1, 1)


@pytest.mark.parametrize(
    "phrase",
    [
        "Từ mai, 2/10, các trường nghỉ học",  # a day glossing it, not tomorrow's: which one?
        "Từ mai, ngày 2/10, các trường nghỉ học",
        "Từ mai, (2/10) các trường nghỉ học",
        "Từ mai, thứ Năm, các trường nghỉ học",
        "Từ mai các trường nghỉ học",  # no comma: "mai" may be a word of the clause
        "Từ Mai, các trường nghỉ học",  # a name
        "Tu mai, cac truong nghi hoc",  # bare: "tự mãi"?
        "Từ mai, các trường không được tổ chức học",  # a negation after the start, as before
        "Từ mai, các trường nghỉ học đến ngày 29/9/2025",  # an end before tomorrow
    ],
)
def test_from_tomorrow_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx(STORM))


def test_from_tomorrow_without_an_issue_day_is_refused() -> None:
    with pytest.raises(DeadlineError) as caught:
        parse_deadline("Từ mai, các trường nghỉ học", Context())
    assert "ngày sau ngày ban hành" in caught.value.why


# --- the hours of each day after a start with no end -------------------------------------------

GARBAGE = "2017-11-01"  # a page of the month the collection changed (v-hoaminh has none)


@pytest.mark.parametrize(
    "phrase",
    [
        # the corpus phrase (v-hoaminh-da-nang-lich-thu-gom-rac-2017)
        "chuyển đổi lộ trình thu gom rác ban đêm sang bàn ngày bắt đầu từ ngày 15/11/2017 đối "
        "với thu gom bằng xe ba gác bắt đầu lúc 05h đến 14h",
        "bắt đầu từ ngày 15/11/2017, thu gom từ 5 giờ đến 14 giờ",
        "bat dau tu ngay 15/11/2017, thu gom tu 5 gio den 14 gio",
    ],
)
def test_a_start_then_each_day_s_hours_reads_the_start(phrase: str) -> None:
    reading = one(phrase, ctx(GARBAGE))
    assert (reading.earliest, reading.first, reading.last) == (date(2017, 11, 15), None, None)


@pytest.mark.parametrize(
    "phrase",
    [
        # a day after the hours: the hours end on it, or on which?
        "bắt đầu từ ngày 15/11/2017, thu gom từ 5 giờ đến 14 giờ ngày 20/11/2017",
        "bắt đầu từ ngày 15/11/2017, thu gom từ 5 giờ đến 14 giờ hôm sau",
        "bắt đầu từ ngày 15/11/2017, thu gom từ 5 giờ đến 14 giờ thứ Bảy",
        "bắt đầu từ ngày 15/11/2017, thu gom từ 5 giờ đến 14/11",
        "bắt đầu từ ngày 15/11/2017, thu gom từ 5h30 đến 14h, sáng thứ Hai nghỉ",
        # a day due or a day, not a start: the hours may be that day's
        "trước ngày 15/11/2017, thu gom từ 5 giờ đến 14 giờ",
        "Ngày 15/11/2017, thu gom từ 5 giờ đến 14 giờ",
    ],
)
def test_each_day_s_hours_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx(GARBAGE))


@pytest.mark.parametrize(
    "phrase",
    [
        "từ ngày 8/5/2025: từ 7 giờ đến 11 giờ",  # a schedule's row: that one day's hours?
        "bắt đầu từ ngày 8/5/2025, từ 7 giờ đến 11 giờ",
    ],
)
def test_hours_right_after_a_start_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-05-07"))
