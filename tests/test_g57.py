"""Session 57, helper g57 (issue 11, the long tail of refused phrases).

- "giai đoạn D/M – D/M/YYYY" closing the phrase: the phase's first and last days, as
  "từ D/M đến D/M/YYYY" (`periods.phase_spanned`; v-soha-ha-noi-kh-252-du-lieu-dat-dai-2025),
  with the number after "giai đoạn" a day, not the phase's own number
  (`label._phase_spanned`); and the text just issued, named by a bare number and a comma
  ("vừa ban hành Kế hoạch 252, …"), no day.
- Its neighbours stay refused: a phase numbered before its days, a wait ("chờ đến giai
  đoạn …", "tới giai đoạn …"), a negation, a condition, a start without the end's year, a
  bare range with no word naming it.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.reading import DeadlineKind

ISSUED = ctx("2025-08-20")


@pytest.mark.parametrize(
    "phrase",
    [
        "Hà Nội vừa ban hành Kế hoạch 252, mở màn cho chiến dịch 90 ngày đêm làm giàu, làm "
        "sạch cơ sở dữ liệu quốc gia về đất đai, diễn ra trong giai đoạn 1/9 – 30/11/2025",
        "diễn ra trong giai đoạn 1/9 – 30/11/2025",
        "diễn ra trong giai đoạn 1/9-30/11/2025.",
        "trong giai đoạn 1/9/2025 – 30/11/2025",
        "trong giai doan 1/9 - 30/11/2025",
    ],
)
def test_a_phase_s_two_days_read_as_its_window(phrase: str) -> None:
    reading = one(phrase, ISSUED)
    assert reading.kind is DeadlineKind.WINDOW
    assert (reading.first, reading.last) == (date(2025, 9, 1), date(2025, 11, 30))


def test_a_phase_across_the_new_year_takes_the_end_s_year() -> None:
    reading = one("trong giai đoạn 15/12 – 15/1/2026", ISSUED)
    assert (reading.first, reading.last) == (date(2025, 12, 15), date(2026, 1, 15))


@pytest.mark.parametrize(
    "phrase",
    [
        # no year written at the end: which year? (as any bare range)
        "diễn ra trong giai đoạn 1/9 – 30/11",
        # only "trong giai đoạn" (within it): outside it, past it, avoiding it, its end (the
        # merge's fresh tester), or the word alone
        "Chiến dịch diễn ra ngoài giai đoạn 1/9 – 30/11/2025",
        "Chiến dịch kéo dài quá giai đoạn 1/9 – 30/11/2025",
        "Chiến dịch tránh giai đoạn 1/9 – 30/11/2025",
        "cuối giai đoạn 1/9 – 30/11/2025",
        "giai đoạn 1/9 – 30/11/2025",
        # the phase's own number, then its days
        "giai đoạn 1 1/9 – 30/11/2025",
        "giai đoạn 1/2 – 3/2025",
        # up to the phase, or a wait until it
        "tới giai đoạn 1/9 – 30/11/2025",
        "chờ đến giai đoạn 1/9 – 30/11/2025 mới triển khai",
        "đến giai đoạn 1/9 – 30/11/2025 sẽ hoàn thành",
        # a negation, a condition, a bound before or after the phase
        "không tổ chức trong giai đoạn 1/9 – 30/11/2025",
        "nếu cần, kéo dài trong giai đoạn 1/9 – 30/11/2025",
        "sau giai đoạn 1/9 – 30/11/2025",
        "trước giai đoạn 1/9 – 30/11/2025",
        "phạt nếu vi phạm sau giai đoạn 1/9 – 30/11/2025",
        # told done, called off, a comparison
        "đã hoàn thành trong giai đoạn 1/9 – 30/11/2024",
        "ngừng khai thác trong giai đoạn 1/9 – 30/11/2025",
        "so với giai đoạn 1/9 – 30/11/2024, số ca mắc giảm 10%",
        # two days a year or more apart, a day that is none, a yearly cadence beside it
        "trong giai đoạn 1/9/2024 – 30/11/2025",
        "trong giai đoạn 1/9 – 31/11/2025",
        "cấm đánh bắt trong giai đoạn 1/5 – 31/7/2025 hằng năm",
        # the text named by its number with no "ban hành" before it
        "Kế hoạch 252 diễn ra trong giai đoạn 1/9 – 30/11/2025",
        # a bare range with no word naming it stays as it was
        "Bổ sung kiến thức 11/5-13/6/2020",
    ],
)
def test_a_phase_s_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ISSUED)


def test_a_text_just_issued_by_its_number_is_no_day() -> None:
    reading = one("UBND tỉnh ban hành Kế hoạch 25, triển khai từ ngày 1/9/2026", ISSUED)
    assert reading.earliest == date(2026, 9, 1)
    assert reading.last is None


def test_a_count_after_the_issued_text_stays_refused() -> None:
    refused("UBND tỉnh ban hành Kế hoạch 25 ngày, triển khai từ ngày 1/9/2026", ISSUED)


def test_the_day_after_a_text_just_issued_by_its_number_reads() -> None:
    reading = one("UBND tỉnh vừa ban hành Chỉ thị 05, yêu cầu hoàn thành trước ngày 15/3/2026")
    assert reading.last == date(2026, 3, 15)


@pytest.mark.parametrize(
    "phrase",
    [
        # a number then a day after the comma: a list of days, or the text's number?
        "UBND tỉnh vừa ban hành Kế hoạch 12, 13/3/2026 tổ chức hội nghị",
        "ban hành Nghị quyết 12, hằng năm báo cáo trước ngày 15/12",
    ],
)
def test_a_number_after_the_issued_text_then_a_day_stays_refused(phrase: str) -> None:
    refused(phrase, ISSUED)
