"""Session 34 (branch schedules): phrases that name two or more deadlines. The issue's rule:
a phrase that names two deadlines is read as two milestones when the grammar knows the
connective, or refused, never resolved to one (`kehoach.dates.schedules`).

Each family: the real phrases that motivated it (their corpus files named), variants as
plans print them, and the look-alikes that must stay refused."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


def _days(phrase: str, issued: str) -> list[tuple[DeadlineKind, str, str]]:
    return [
        (one.kind, str(one.first), str(one.last)) for one in parse_deadlines(phrase, ctx(issued))
    ]


# --- steps joined, each with its own last day and words after it ------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # i-vtc-lam-dong-chien-dich-quang-trung-2026.yaml (VTC News, Lâm Đồng, 2025): repairs
        # by New Year, new houses by mid-January, "để bàn giao …" the second step's purpose
        (
            "địa phương sẽ quyết tâm hoàn thành sửa chữa các căn nhà bị hư hại một phần trước "
            "ngày 1/1/2026 và hoàn thành xây dựng các căn nhà mới trước ngày 15/1/2026 để bàn "
            "giao cho người dân",
            "2025-12-10",
            [(D, "2026-01-01", "2026-01-01"), (D, "2026-01-15", "2026-01-15")],
        ),
        # v-baogialai-kh-1734-ra-soat-ho-ngheo-2018.yaml (Gia Lai, KH 1734/KH-UBND 2018): the
        # preliminary report, then the official one, the year the plan's
        (
            "Trước ngày 25-10, UBND các huyện, thị xã, thành phố phải báo cáo sơ bộ kết quả rà "
            "soát trên địa bàn và trước ngày 16-11 phải báo cáo chính thức kết quả về Sở Lao "
            "động-Thương binh và Xã hội để tổng hợp",
            "2018-10-01",
            [(D, "2018-10-25", "2018-10-25"), (D, "2018-11-16", "2018-11-16")],
        ),
        # zi-vnanet-ha-noi-cd-04-kiem-tra-nha-tro-2024.yaml (Hà Nội, CĐ 04/2024): the check,
        # then its report, joined by a comma
        (
            "Theo đó, UBND các quận, huyện, thị xã chủ động thành lập các tổ công tác để tổ chức "
            "rà soát, kiểm tra 100% cơ sở nhà trọ trên địa bàn, hoàn thành trước ngày 15/6/2024, "
            "báo cáo kết quả về UBND thành phố trước ngày 20/6/2024.",
            "2024-06-01",
            [(D, "2024-06-15", "2024-06-15"), (D, "2024-06-20", "2024-06-20")],
        ),
        # zg-nld-ve-buc-tranh-kinh-te-tong-dieu-tra-2026.yaml (NLĐ, Tổng điều tra kinh tế 2026):
        # two stages, each its window in parentheses
        (
            "Giai đoạn 1 (từ ngày 5-1 đến hết ngày 31-3-2026) và giai đoạn 2 (từ ngày 1-4 đến "
            "hết ngày 31-8-2026).",
            "2025-12-20",
            [(W, "2026-01-05", "2026-03-31"), (W, "2026-04-01", "2026-08-31")],
        ),
        # a variant: the two steps joined by "và", words after each day
        (
            "UBND các xã hoàn thành rà soát trước ngày 10/3/2027 để tổng hợp và báo cáo kết quả về "
            "Sở Nội vụ trước ngày 20/3/2027 để theo dõi",
            "2027-02-01",
            [(D, "2027-03-10", "2027-03-10"), (D, "2027-03-20", "2027-03-20")],
        ),
    ],
)
def test_steps_joined_are_milestones(
    phrase: str, issued: str, expected: list[tuple[DeadlineKind, str, str]]
) -> None:
    assert _days(phrase, issued) == expected


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # the second step due before the first: the order a schedule keeps is broken
        (
            "địa phương sẽ quyết tâm hoàn thành xây dựng các căn nhà mới trước ngày 15/1/2026 và "
            "hoàn thành sửa chữa các căn nhà bị hư hại một phần trước ngày 1/1/2026 để bàn giao "
            "cho người dân",
            "2025-12-10",
        ),
        # the year written on one clause, the plan's on the other: which year is the second's
        (
            "Trước ngày 25-10-2025, UBND các huyện phải báo cáo sơ bộ kết quả rà soát trên địa "
            "bàn và trước ngày 16-11 phải báo cáo chính thức kết quả về Sở để tổng hợp",
            "2025-10-01",
        ),
        # the same step twice: two last days for one work
        (
            "Trước ngày 25-10, UBND các huyện phải báo cáo kết quả rà soát trên địa bàn và trước "
            "ngày 16-11, UBND các huyện phải báo cáo kết quả rà soát trên địa bàn",
            "2025-10-01",
        ),
        # a comparison closing the second clause
        (
            "Trước ngày 25-10, UBND các huyện phải báo cáo sơ bộ kết quả rà soát trên địa bàn và "
            "trước ngày 16-11 phải báo cáo chính thức kết quả về Sở, sớm hơn so với năm trước",
            "2025-10-01",
        ),
        # a start ("khởi công vào ngày …") is no due day beside the repairs' deadline
        (
            "địa phương hoàn thành sửa chữa các căn nhà trước ngày 1/1/2026 và khởi công xây mới "
            "vào ngày 15/1/2026 để bàn giao cho người dân",
            "2025-12-10",
        ),
        # the second clause told done
        (
            "Trước ngày 25-10, UBND các huyện phải báo cáo sơ bộ kết quả rà soát trên địa bàn và "
            "trước ngày 16-11 đã báo cáo chính thức kết quả về Sở để tổng hợp",
            "2025-10-01",
        ),
    ],
)
def test_steps_joined_look_alikes_stay_refused(phrase: str, issued: str) -> None:
    refused(phrase, ctx(issued))
