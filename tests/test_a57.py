"""Helper a57 of session 57: the forms it added to the deadline language, and the neighbours
of each form that must stay refused (a forecast, a permission, a wait, "not until", a
condition, a thing told done, a past year, years out of order, a copy without diacritics)."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import parse_deadlines
from kehoach.dates.reading import DeadlineKind


def _goals(phrase: str, issued: str = "2025-12-01") -> list[tuple[str, str, str | None]]:
    """The kind, last day and step of each reading of `phrase`."""
    return [
        (one.kind.value, one.last.isoformat() if one.last else "", one.label)
        for one in parse_deadlines(phrase, ctx(issued))
    ]


def test_goals_staged_by_years_read_each_by_the_end_of_its_year() -> None:
    # tests/corpus/zr-infographics-tuyen-quang-muc-tieu-den-2030.yaml
    phrase = (
        "Đến năm 2030, Tuyên Quang là tỉnh phát triển khá, toàn diện, bền vững, thu nhập trung "
        "bình cao, đến năm 2045 là tỉnh phát triển, thu nhập cao trong vùng trung du và miền "
        "núi Bắc Bộ"
    )
    assert _goals(phrase) == [
        (
            DeadlineKind.DATE.value,
            "2030-12-31",
            "Tuyên Quang là tỉnh phát triển khá, toàn diện, bền vững, thu nhập trung bình cao",
        ),
        (
            DeadlineKind.DATE.value,
            "2045-12-31",
            "là tỉnh phát triển, thu nhập cao trong vùng trung du và miền núi Bắc Bộ",
        ),
    ]
    assert all(one.phrase == phrase for one in parse_deadlines(phrase, ctx("2025-12-01")))


def test_three_goals_and_a_semicolon_read_too() -> None:
    assert [
        last
        for _, last, _ in _goals(
            "Đến năm 2030, tỉnh là tỉnh khá; đến năm 2045 là tỉnh phát triển, đến năm 2050 là "
            "thành phố trực thuộc Trung ương"
        )
    ] == ["2030-12-31", "2045-12-31", "2050-12-31"]


@pytest.mark.parametrize(
    "phrase",
    [
        # not until, a wait: only then begun
        "Đến năm 2030 mới hoàn thành, đến năm 2035 đưa vào sử dụng",
        "Đến năm 2030, tỉnh là tỉnh khá, đến năm 2045 mới là tỉnh phát triển",
        "Đến năm 2030, chờ đến năm 2035 mới triển khai",
        # a forecast, a permission or a guess
        "Đến năm 2030, dự kiến dân số đạt 2 triệu người, đến năm 2045 đạt 3 triệu người",
        "Đến năm 2030, dân số dự báo đạt 2 triệu người, đến năm 2045 đạt 3 triệu người",
        "Đến năm 2030, tỷ lệ hộ nghèo có thể giảm còn 2%, đến năm 2045 không còn hộ nghèo",
        "Đến năm 2030, GRDP ước đạt 10 tỷ USD, đến năm 2045 đạt 30 tỷ USD",
        # a condition
        "Đến năm 2030, nếu đủ điều kiện, tỉnh là đô thị loại I, đến năm 2045 là thành phố",
        "Đến năm 2030 chưa hoàn thành thì đến năm 2035 phải hoàn thành",
        "Đến năm 2030, trường hợp chưa đạt, đến năm 2035 tỉnh là tỉnh khá",
        # a thing told done
        "Đến năm 2025, tỉnh đã đạt chuẩn nông thôn mới, đến năm 2030 đạt chuẩn nông thôn mới "
        "nâng cao",
        # a past year, years out of order
        "Đến năm 2020, tỉnh đạt chuẩn nông thôn mới, đến năm 2030 là tỉnh khá",
        "Đến năm 2045, tỉnh là tỉnh phát triển, đến năm 2030 là tỉnh khá",
        # no diacritics: "moi" may be "mới" (not until) or "mọi"
        "Den nam 2030, Tuyen Quang la tinh phat trien kha, den nam 2045 la tinh phat trien",
        # another day inside a goal: its clause is no goal of the year's end
        "Đến năm 2030, tỉnh hoàn thành trước ngày 30/6/2030 việc sáp nhập, đến năm 2045 là "
        "tỉnh phát triển",
        # a ban or a start that lasts from its year (ruling 56(a)), not a goal reached by then
        "Đến năm 2030, các cơ sở phải di dời, đến năm 2035 bị cấm hoạt động",
        "Đến năm 2030, hạn chế xe máy, đến năm 2035 cấm xe máy chạy xăng",
        "Đến năm 2030, áp dụng quy chuẩn mới, đến năm 2035 là tỉnh xanh",
        "Đến năm 2030, thành phố là đô thị thông minh, đến năm 2045 có hiệu lực toàn bộ quy hoạch",
        # another number in a goal: a figure, a cited text, a further vision
        "Đến năm 2030, tỷ lệ đô thị hóa đạt 50%, đến năm 2045 đạt 70%",
        "Đến năm 2030, tỉnh là tỉnh khá, đến năm 2045 là tỉnh phát triển theo Quyết định số "
        "1059/QĐ-TTg ngày 14/9/2023",
        "Đến năm 2030, tỉnh là tỉnh khá, đến năm 2045, tầm nhìn đến năm 2050 là tỉnh phát triển",
        # the first goal not opening the phrase
        "Từ nay đến năm 2030, tỉnh là tỉnh khá, đến năm 2045 là tỉnh phát triển",
    ],
)
def test_goals_said_otherwise_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-12-01"))
