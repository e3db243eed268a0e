"""Branch misc39a (session 39): refusals of many reasons (family M1) whose phrase the corpus
reads, each fixed where the written conventions (tests/corpus/README.md) make the reading
certain. Each test quotes its corpus file; a refusal neighbour keeps the near phrase refused."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines


def _days(phrase: str, issued: date | None) -> list[tuple[date | None, date | None]]:
    return [(found.first, found.last) for found in parse_deadlines(phrase, Context(issued=issued))]


# --- a pause over its own span: the days the work stops, no time given up -----------------


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # zb-tienphong-ca-mau-ngung-thu-gom-rac-tet-2026.yaml
        (
            "Theo thông báo, trung tâm sẽ tạm ngưng thu gom rác thải sinh hoạt trong 3 ngày, từ "
            "6h ngày 17/2/2026 đến 20h ngày 19/2/2026 (nhằm mùng Một đến hết mùng Ba Tết Nguyên "
            "đán Bính Ngọ 2026), trên địa bàn các phường Bạc Liêu, Hiệp Thành và Vĩnh Trạch",
            date(2026, 2, 7),
            date(2026, 2, 17),
            date(2026, 2, 19),
        ),
        # zu-baolongan-lich-cup-dien-22-28-11-2017.yaml (no issue day: the years are printed)
        (
            "Theo kế hoạch công tác bảo trì sửa chữa lưới điện, Công ty Điện lực Long An thông báo "
            "tạm ngừng cung cấp điện một số khu vực trên địa bàn tỉnh Long An từ ngày 22/11/2017 "
            "đến 28/11/2017 như sau",
            None,
            date(2017, 11, 22),
            date(2017, 11, 28),
        ),
    ],
)
def test_a_pause_over_its_own_span_reads_the_span(
    phrase: str, issued: date | None, first: date, last: date
) -> None:
    assert _days(phrase, issued) == [(first, last)]


@pytest.mark.parametrize(
    "phrase",
    [
        # an event paused: its days are the ones given up (convention 2)
        "Tạm dừng tổ chức kỳ họp từ ngày 1/6 đến ngày 3/6/2027",
        "Tạm dừng Hội nghị từ ngày 1/6 đến ngày 3/6/2027",
        # put off, or a span planned: the time given up
        "Trung tâm tạm ngưng thu gom rác, hoãn từ ngày 1/6 đến ngày 3/6/2027",
        "Trung tâm tạm ngưng thu gom rác dự kiến từ ngày 1/6 đến ngày 3/6/2027",
        # one day, no span of the pause's own
        "Trung tâm tạm ngưng thu gom rác ngày 1/6/2027",
    ],
)
def test_a_pause_of_an_event_or_without_its_span_stays_refused(phrase: str) -> None:
    with pytest.raises(DeadlineError, match="hoãn hoặc tạm dừng"):
        parse_deadlines(phrase, Context(issued=date(2027, 1, 15)))
