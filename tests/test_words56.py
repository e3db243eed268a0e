"""Session 56, helper words56 (issue 11: the deadline language, the long tail of phrases
refused for the words around their time). Three names read as names where a word of time
in them stopped the phrase:

- the voters' opinions before or after a session ("ý kiến, kiến nghị của cử tri trước kỳ
  họp,"), the output of the deputies' meetings with voters (Luật Tổ chức chính quyền địa
  phương 2015, Điều 94), as "tiếp xúc cử tri trước kỳ họp" already is
  (`label._NAMES_WITH_TIME_WORDS`);
- an event's time told earlier or later than planned, its clause closed before the time
  printed ("sẽ diễn ra sớm hơn, …", "có hiệu lực sớm hơn dự kiến và …"): the time printed is
  the new one (`label._EARLIER_THAN_BEFORE`);
- "căn cứ vào nhu cầu" (on the needs), a ground of the task as "căn cứ tình hình" is.

Their neighbours (a day or a count right after the session, a comparison with a count, a
day or a year, a permission to start earlier, a condition, a negation, a text cited) stay
refused or keep their own reading: never a silent wrong date.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.reading import DeadlineKind

# --- the voters' opinions before a session, named -------------------------------------------

VOTERS = "2021-11-14"  # zt-phuloc-hdnd-huyen-ke-hoach-tiep-xuc-cu-tri-ky-hop-3-2021's plan


@pytest.mark.parametrize(
    "phrase",
    [
        # the corpus phrase (zt-phuloc-hdnd-huyen-ke-hoach-tiep-xuc-cu-tri-ky-hop-3-2021)
        "tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp, gửi về Thường trực HĐND huyện và "
        "Ban Thường trực UBMTTQVN huyện trước ngày 27/11/2021 để kịp thời tổng hợp, trình HĐND "
        "huyện tại kỳ họp",
        "tổng hợp ý kiến cử tri trước kỳ họp, gửi về Thường trực HĐND huyện trước ngày 27/11/2021",
        "tổng hợp kiến nghị của cử tri sau kỳ họp, gửi về Thường trực HĐND huyện trước ngày "
        "27/11/2021",
        "tổng hợp ý kiến và kiến nghị của cử tri trước và sau kỳ họp; gửi về Thường trực HĐND "
        "huyện trước ngày 27/11/2021",
    ],
)
def test_voters_opinions_before_a_session_read_the_day(phrase: str) -> None:
    reading = one(phrase, ctx(VOTERS))
    assert reading.kind is DeadlineKind.DATE
    assert reading.last == date(2021, 11, 27)


@pytest.mark.parametrize(
    "phrase",
    [
        # the session's own day right after it: the work may be due before that day
        "tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp ngày 27/11/2021",
        # a count after the session: due that long before it
        "tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp 10 ngày, gửi về Thường trực HĐND "
        "huyện trước ngày 27/11/2021",
        # the session as the work's own bound, beside a day
        "tổng hợp ý kiến của cử tri, gửi về Thường trực HĐND huyện trước kỳ họp, trước ngày "
        "27/11/2021",
        # two days joined by "hoặc"
        "tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp, gửi về Thường trực HĐND huyện "
        "trước hoặc sau ngày 27/11/2021",
        # typed bare: the name is matched as printed only
        "tong hop y kien, kien nghi cua cu tri truoc ky hop, gui ve Thuong truc HDND huyen "
        "truoc ngay 27/11/2021",
    ],
)
def test_voters_opinions_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx(VOTERS))


def test_voters_opinions_without_a_day_read_nothing() -> None:
    refused("tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp, gửi về Thường trực HĐND huyện")


# --- an event told earlier or later than planned, the time printed after it ----------------

ADMISSIONS = "2025-11-04"  # za-dantri-lich-xet-tuyen-dai-hoc-2026-som-2-tuan's page


@pytest.mark.parametrize(
    "phrase",
    [
        # the corpus phrase (za-dantri-lich-xet-tuyen-dai-hoc-2026-som-2-tuan)
        "Tuyển sinh đại học 2026 sẽ diễn ra sớm hơn, thí sinh đăng ký nguyện vọng từ 2/7 đến "
        "4/7/2026 (Ảnh: Hoài Nam).",
        "Tuyển sinh đại học 2026 sẽ được tổ chức muộn hơn dự kiến, thí sinh đăng ký nguyện vọng "
        "từ 2/7 đến 4/7/2026",
        "Kỳ tuyển sinh sẽ bắt đầu sớm hơn so với năm trước; thí sinh đăng ký nguyện vọng "
        "từ 2/7 đến 4/7/2026",
    ],
)
def test_an_event_told_earlier_reads_the_days_printed(phrase: str) -> None:
    reading = one(phrase, ctx(ADMISSIONS))
    assert reading.kind is DeadlineKind.WINDOW
    assert (reading.first, reading.last) == (date(2026, 7, 2), date(2026, 7, 4))


@pytest.mark.parametrize(
    "phrase",
    [
        # earlier by a count, than a day, than a year: another time
        "Tuyển sinh đại học 2026 sẽ diễn ra sớm hơn 2 tuần, thí sinh đăng ký nguyện vọng từ "
        "2/7 đến 4/7/2026",
        "Tuyển sinh đại học 2026 sẽ diễn ra sớm hơn ngày 10/7, thí sinh đăng ký nguyện vọng từ "
        "2/7 đến 4/7/2026",
        "Tuyển sinh đại học 2026 sẽ diễn ra sớm hơn so với năm 2025, thí sinh đăng ký nguyện "
        "vọng từ 2/7 đến 4/7/2026",
        # a permission to start before the days printed: their first is no first allowed
        "thí sinh có thể đăng ký sớm hơn, nhưng chậm nhất từ 2/7 đến 4/7/2026",
        "thí sinh đăng ký nguyện vọng sớm hơn, từ 2/7 đến 4/7/2026",
        # right before the time, no clause closed: "earlier than from …"
        "Tuyển sinh sẽ diễn ra sớm hơn từ 2/7 đến 4/7/2026",
        # "hoặc", a negation, typed bare
        "Tuyển sinh sẽ diễn ra sớm hơn hoặc muộn hơn, từ 2/7 đến 4/7/2026",
        "Tuyển sinh sẽ không diễn ra sớm hơn, từ 2/7 đến 4/7/2026",
        "Tuyen sinh se dien ra som hon, tu 2/7 den 4/7/2026",
    ],
)
def test_an_event_told_earlier_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx(ADMISSIONS))


# --- "căn cứ vào nhu cầu": a ground of the task ---------------------------------------------

LAND_LAW = (
    "Tuy nhiên, căn cứ vào nhu cầu và tình hình thực tế, Luật đất đai 2024 sẽ có hiệu lực sớm "
    "hơn dự kiến và bắt đầu có hiệu lực từ ngày 01/7/2024"
)


def test_a_law_in_force_earlier_on_the_needs_reads_its_start() -> None:
    # the corpus phrase (zj-luattoanquoc-luat-dat-dai-2024-hieu-luc-som; no issue day)
    reading = one(LAND_LAW, ctx(None))
    assert reading.earliest == date(2024, 7, 1)
    assert reading.last is None


@pytest.mark.parametrize(
    "phrase",
    [
        LAND_LAW.replace("sớm hơn dự kiến", "sớm hơn dự kiến 1 tháng"),  # by a count
        LAND_LAW.replace("sẽ có hiệu lực", "sẽ không có hiệu lực"),  # a negation
        LAND_LAW.replace("Tuy nhiên, căn cứ", "Tuy nhiên, nếu căn cứ"),  # a condition
        # the needs of another year
        "Căn cứ vào nhu cầu năm 2025, các đơn vị đăng ký trước ngày 01/7/2024",
    ],
)
def test_a_law_in_force_earlier_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, ctx(None))
