"""Session 51, family B (helper famb51): two clauses' periods with the words after the last
that only say whose the work is ("của tỉnh") or why ("nhằm quảng bá …"), each period read
(`steps._last_clause_s`); a year told as reviewed joined by "và" to the work to come by its
name ("… năm 2025 và chương trình công tác năm 2026"), the later year alone (the lead's
convention 10, `news.cut_reviewed_year`). Each positive case is a real corpus phrase."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import parse_deadlines


def _windows(phrase: str, issued: str | None) -> list[tuple[str, str, str]]:
    return [
        (reading.kind.value, str(reading.first), str(reading.last))
        for reading in parse_deadlines(phrase, ctx(issued))
    ]


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # tests/corpus/zk-baobariavungtau-khai-mac-ky-hop-thu-tam-2022.yaml (no issue day)
        (
            "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 6 "
            "tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2022 của tỉnh",
            None,
            [("window", "2022-01-01", "2022-06-30"), ("window", "2022-07-01", "2022-12-31")],
        ),
        # tests/corpus/zs-tinbong247news-festival-bien-nha-trang-lan-10-2023.yaml
        (
            "Để chuẩn bị cho công tác tổ chức chương trình, UBND tỉnh Khánh Hòa sẽ tổ chức Họp "
            "báo và công bố chính thức Festival biển 2023 tại Hà Nội và thành phố Hồ Chí Minh "
            "vào tháng 4/2023; tại thành phố Nha Trang vào tháng 5/2023 nhằm quảng bá, giới "
            "thiệu tiềm năng, thế mạnh, thúc đẩy phát triển du lịch nói riêng và kinh tế - xã "
            "hội tỉnh Khánh Hòa nói chung",
            "2023-03-01",
            [("window", "2023-04-01", "2023-04-30"), ("window", "2023-05-01", "2023-05-31")],
        ),
        # neighbours: a quarter's clauses, a copy without its diacritics
        (
            "Nhiệm vụ quý I và nhiệm vụ trọng tâm quý II năm 2026 của Thường trực HĐND phường",
            "2025-12-20",
            [("window", "2026-01-01", "2026-03-31"), ("window", "2026-04-01", "2026-06-30")],
        ),
        (
            "Nhiem vu 6 thang dau nam va nhiem vu trong tam 6 thang cuoi nam 2026 cua tinh",
            "2025-12-20",
            [("window", "2026-01-01", "2026-06-30"), ("window", "2026-07-01", "2026-12-31")],
        ),
    ],
)
def test_whose_or_why_after_two_clauses_reads_each_period(
    phrase: str, issued: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert _windows(phrase, issued) == expected


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # a genitive going on with a verb: figures over past periods (zi-mard-pctt's shape)
        (
            "Năm 2024 và 7 tháng đầu năm 2025 của Việt Nam chịu ảnh hưởng nặng nề do thiên tai",
            "2025-08-03",
        ),
        # the comma form of zi-mard-pctt itself, expected refuse
        (
            "Năm 2024 và 7 tháng đầu năm 2025, Việt Nam là một trong những quốc gia chịu ảnh "
            "hưởng nặng nề do thiên tai",
            "2025-08-03",
        ),
        # a period over at the page's day: work done or figures?
        (
            "Nhiệm vụ 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2025 của tỉnh",
            "2025-12-20",
        ),
        # told done after the genitive
        (
            "Nhiệm vụ 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2026 của tỉnh "
            "đã hoàn thành",
            "2025-12-20",
        ),
        # a time word, a cadence, a condition, a day in the words after
        (
            "Nhiệm vụ 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2026 của năm sau",
            "2025-12-20",
        ),
        (
            "Nhiệm vụ 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2026 của tỉnh "
            "hằng năm",
            "2025-12-20",
        ),
        (
            "Nhiệm vụ 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2026 của tỉnh nếu có",
            "2025-12-20",
        ),
        (
            "Nhiệm vụ 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2026 nhằm hoàn "
            "thành trước ngày 30/11",
            "2025-12-20",
        ),
        (
            "Nhiệm vụ 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2026 nhằm chuẩn "
            "bị cho năm sau",
            "2025-12-20",
        ),
        # a comma before the genitive opens a clause of its own
        (
            "Nhiệm vụ 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2026, của tỉnh",
            "2025-12-20",
        ),
        # a day, not a whole month, in the first clause; two periods joined by "hoặc"
        (
            "Họp báo tại Hà Nội vào ngày 5/4/2026; tại Nha Trang vào tháng 5/2026 nhằm quảng bá",
            "2026-03-01",
        ),
        (
            "Họp báo tại Hà Nội vào tháng 4/2026 hoặc tại Nha Trang vào tháng 5/2026 nhằm "
            "quảng bá du lịch",
            "2026-03-01",
        ),
        # the work to come of zi-baophutho, with "những tháng tiếp theo" after it (no reading)
        (
            "rà soát kỹ lưỡng các nhiệm vụ trong tháng 2 và quý I/2026 để ưu tiên nguồn lực, "
            "tạo đà cho những tháng tiếp theo",
            "2026-02-12",
        ),
    ],
)
def test_other_words_after_two_clauses_stay_refused(phrase: str, issued: str) -> None:
    refused(phrase, ctx(issued))


# --- a year told as reviewed, "và" the work to come (convention 10) --------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # tests/corpus/zd-baogialai-hdnd-phuong-dien-hong-2025.yaml
        "Kỳ họp đã thông qua Báo cáo tình hình hoạt động năm 2025 và chương trình công tác "
        "năm 2026 của Thường trực HĐND phường",
        # neighbours: without the words after, without diacritics
        "Kỳ họp đã thông qua Báo cáo tình hình hoạt động năm 2025 và chương trình công tác "
        "năm 2026",
        "Ky hop da thong qua Bao cao tinh hinh hoat dong nam 2025 va chuong trinh cong tac "
        "nam 2026",
    ],
)
def test_a_year_reviewed_and_the_programme_to_come_reads_the_later_year(phrase: str) -> None:
    assert read_days(phrase, "2025-12-29") == ("window", "2026-01-01", "2026-12-31")


@pytest.mark.parametrize(
    "phrase",
    [
        # not told reviewed ("đã" lost): both years, or one? stays refused
        "Kỳ họp thông qua Báo cáo năm 2025 và chương trình công tác năm 2026",
        # "và" with no work to come named after it: a second report, or figures
        "Kỳ họp đã thông qua Báo cáo tình hình hoạt động năm 2025 và báo cáo năm 2026",
        "Kỳ họp đã thông qua Báo cáo tình hình hoạt động năm 2025 và kết quả 9 tháng năm 2026",
        # the plan's year before the one reviewed
        "Kỳ họp đã thông qua Báo cáo năm 2025 và kế hoạch năm 2024",
        # a cadence or a condition after it
        "Kỳ họp đã thông qua Báo cáo năm 2025 và chương trình công tác năm 2026 hằng năm",
        "Kỳ họp đã thông qua Báo cáo năm 2025 và chương trình công tác năm 2026 nếu có",
    ],
)
def test_a_year_reviewed_and_other_words_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-12-29"))


# --- a thing told done on its day, then the work still to come with its own time -----------

_OPENED = "Theo đó, đối với các công trình, dự án đã thông xe kỹ thuật vào ngày "


def test_a_day_told_done_before_the_work_to_come_reads_the_work_s_day() -> None:
    # tests/corpus/zb-sggp-bxd-dua-du-an-vao-khai-thac-19-1-2026.yaml
    phrase = (
        f"{_OPENED}19-12-2025, các nhà thầu cần huy động tối đa nguồn lực, phấn đấu hoàn thành "
        "để đưa vào khai thác sử dụng trước ngày 19-1-2026"
    )
    (reading,) = parse_deadlines(phrase, ctx("2026-01-10"))
    assert (reading.kind.value, str(reading.first), str(reading.last)) == (
        "date",
        "2026-01-19",
        "2026-01-19",
    )
    assert reading.phrase == phrase
    assert reading.gloss is not None and "19-12-2025" in reading.gloss


@pytest.mark.parametrize(
    "phrase",
    [
        # the day told done not yet come at the page's day: a contradiction, or a typo
        f"{_OPENED}19-1-2026, các nhà thầu cần phấn đấu hoàn thành trước ngày 30-1-2026",
        # the rest told done too, or with no word of work to come, or on a condition
        "Dự án đã thông xe kỹ thuật vào ngày 19-12-2025, các nhà thầu đã hoàn thành trước "
        "ngày 19-1-2026",
        "Dự án đã thông xe kỹ thuật vào ngày 19-12-2025, các nhà thầu hoàn thành trước ngày "
        "19-1-2026",
        "Dự án đã thông xe kỹ thuật vào ngày 19-12-2025, nếu các nhà thầu phấn đấu hoàn thành "
        "trước ngày 19-1-2026",
        # the due day already past at the page's day
        "Dự án đã thông xe kỹ thuật vào ngày 19-12-2025, các nhà thầu phấn đấu hoàn thành "
        "trước ngày 1-12-2025",
        # the day told done without its year, or with no comma closing its clause
        "Dự án đã thông xe kỹ thuật vào ngày 19-12, các nhà thầu phấn đấu hoàn thành trước "
        "ngày 19-1-2026",
        "Dự án đã thông xe kỹ thuật vào ngày 19-12-2025 các nhà thầu phấn đấu hoàn thành "
        "trước ngày 19-1-2026",
        # a copy without its diacritics ("đã" unsure)
        "Du an da thong xe ky thuat vao ngay 19-12-2025, cac nha thau phan dau hoan thanh "
        "truoc ngay 19-1-2026",
        # no time of the work to come; two deadlines joined by "hoặc"
        "Dự án đã thông xe kỹ thuật vào ngày 19-12-2025, phấn đấu hoàn thành",
        "Dự án đã thông xe kỹ thuật vào ngày 19-12-2025, phấn đấu hoàn thành trước ngày "
        "19-1-2026 hoặc trước ngày 30-1-2026",
        # planned and told done at once after the comma
        "Dự án đã thông xe kỹ thuật vào ngày 19-12-2025, dự kiến đã khánh thành vào ngày 5-1-2026",
    ],
)
def test_a_day_told_done_with_other_words_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-01-10"))


def test_an_event_s_day_to_come_after_its_opening_told_done_stays_refused() -> None:
    # no due word after the day told done: the closing day of a sitting, a schedule's look-
    # alike that test_deadline_schedules holds refused
    refused(
        "Kỳ họp thứ 9 đã khai mạc trọng thể vào ngày 21/10/2025, dự kiến bế mạc vào sáng ngày "
        "30/11/2025",
        ctx("2025-10-25"),
    )
