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


# --- a schedule's steps, each an event told with its day -------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # m-tapchitaichinh-qh-ky-hop-8-khoa-xv-2024.yaml (Tạp chí Tài chính, 2024; no issue
        # day): the session opens, then closes, its form after the closing day
        (
            "Kỳ họp thứ 8, Quốc hội khóa XV khai mạc trọng thể vào ngày 21/10/2024, dự kiến bế "
            "mạc vào sáng ngày 30/11/2024, theo hình thức họp tập trung tại Nhà Quốc hội, Thủ đô "
            "Hà Nội.",
            None,
            [(D, "2024-10-21", "2024-10-21"), (D, "2024-11-30", "2024-11-30")],
        ),
        # zk-vietnamnet-ban-tin-16-2-danh-sach-ung-cu-2026.yaml (VietNamNet, 16/2/2026): the
        # election's results, then the new Assembly's first session
        (
            "Dự kiến ngày 22/3 sẽ công bố kết quả bầu cử và kỳ họp đầu tiên của Quốc hội khóa 16 "
            "sẽ diễn ra vào ngày 6/4 để làm công tác nhân sự cùng với nội dung về xây dựng pháp "
            "luật",
            "2026-02-16",
            [(D, "2026-03-22", "2026-03-22"), (D, "2026-04-06", "2026-04-06")],
        ),
        # l-ben-tre-kh-5096-nam-hoc-2021-2022.yaml (Bến Tre, KH 5096/2021): one group's opening,
        # then another's ("còn …"), each its day
        (
            "Ngày 13/9 sẽ khai giảng năm học mới áp dụng đối với giáo dục thường xuyên và giáo "
            "dục phổ thông, còn giáo dục mầm non sẽ khai giảng vào ngày 20/9",
            "2021-08-20",
            [(D, "2021-09-13", "2021-09-13"), (D, "2021-09-20", "2021-09-20")],
        ),
        # a variant: a council's session, its place after each day
        (
            "Hội nghị khai mạc vào ngày 21/10/2026 tại Hà Nội, bế mạc vào ngày 23/10/2026 tại Hà "
            "Nội",
            "2026-09-01",
            [(D, "2026-10-21", "2026-10-21"), (D, "2026-10-23", "2026-10-23")],
        ),
    ],
)
def test_schedule_steps_are_milestones(
    phrase: str, issued: str | None, expected: list[tuple[DeadlineKind, str, str]]
) -> None:
    found = parse_deadlines(phrase, ctx(issued))
    assert [(one.kind, str(one.first), str(one.last)) for one in found] == expected


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # (the named day of the year beside the event's day, "… và kỷ niệm Ngày Quốc tế thiếu
        # nhi 01/6", names no step and reads the event's day alone since two38: test_two38)
        # the exam told before its registration: not a schedule in order
        (
            "Kỳ thi đánh giá năng lực diễn ra vào ngày 5/4/2026 tại 20 điểm thi, thí sinh đăng ký "
            "dự thi từ ngày 24/1/2026 đến 23/2/2026 trên hệ thống",
            "2026-01-10",
        ),
        # the opening told done
        (
            "Kỳ họp thứ 8, Quốc hội khóa XV đã khai mạc trọng thể vào ngày 21/10/2024, dự kiến bế "
            "mạc vào sáng ngày 30/11/2024, theo hình thức họp tập trung",
            "2024-10-25",
        ),
        # the closing set against last session's ("so với …"): a day compared, not a step
        (
            "Kỳ họp thứ 8, Quốc hội khóa XV khai mạc trọng thể vào ngày 21/10/2024, dự kiến bế "
            "mạc vào sáng ngày 30/11/2024, sớm hơn so với kỳ họp thứ 7 (ngày 28/6/2024)",
            "2024-10-01",
        ),
        # the year written once, on the closing day only
        (
            "Kỳ họp thứ chín, HĐND tỉnh khai mạc vào sáng 18/7 tại Hội trường và bế mạc sáng "
            "20/7/2026 tại Hội trường",
            "2026-05-01",
        ),
    ],
)
def test_schedule_look_alikes_stay_refused(phrase: str, issued: str) -> None:
    refused(phrase, ctx(issued))


# --- rounds of one work told one after the other, each its window ----------------------------


@pytest.mark.parametrize(
    ("phrase", "issued", "expected"),
    [
        # z-ngaynay-ubtvqh-chuan-bi-ky-hop-thu-nhat-qh-xvi-2026.yaml (Ngày Nay, 3/3/2026): the
        # session's two rounds, what each takes up after its days
        (
            "Kỳ họp chia làm 2 đợt: Đợt 1 (từ ngày 6/4 đến 11/4) trọng tâm là công tác nhân sự "
            "và thảo luận một số dự án luật; Đợt 2 (từ ngày 20/4 đến 25/4) thảo luận, biểu quyết "
            "các luật và nghị quyết kinh tế - xã hội",
            "2026-03-03",
            [(W, "2026-04-06", "2026-04-11"), (W, "2026-04-20", "2026-04-25")],
        ),
        # zb-chicucchannuoithuy-quangbinh-lmlm-2017.yaml (Quảng Bình, KH 177/KH-UBND 2017)
        (
            "Cụ thể, đợt 1: Từ ngày 24/02/2017 - 24/3/2017; đợt 2 từ ngày 20/8/2017 - 20/9/2017, "
            "tiêm phòng đồng loạt trên phạm vi toàn tỉnh",
            "2017-02-10",
            [(W, "2017-02-24", "2017-03-24"), (W, "2017-08-20", "2017-09-20")],
        ),
        # zg-tracuuquyhoach-tong-dieu-tra-kinh-te-2026.yaml (no issue day: every day its year)
        (
            "Thời gian thu thập thông tin sẽ được chia làm hai giai đoạn, gồm: giai đoạn 1 (từ "
            "5/1/2026 đến 31/3/2026) và Giai đoạn 2 (từ 1/4/2026 đến 31/8/2026).",
            None,
            [(W, "2026-01-05", "2026-03-31"), (W, "2026-04-01", "2026-08-31")],
        ),
        # a variant: a vaccination's two rounds, each with its places after its window
        (
            "Tiêm phòng gia súc chia làm 2 đợt: đợt 1 từ ngày 15/3/2027 đến 15/4/2027 tại các xã "
            "vùng thấp; đợt 2 từ ngày 15/9/2027 đến 15/10/2027 tại các xã vùng cao",
            "2027-02-01",
            [(W, "2027-03-15", "2027-04-15"), (W, "2027-09-15", "2027-10-15")],
        ),
    ],
)
def test_rounds_are_milestones(
    phrase: str, issued: str | None, expected: list[tuple[DeadlineKind, str, str]]
) -> None:
    found = parse_deadlines(phrase, ctx(issued))
    assert [(one.kind, str(one.first), str(one.last)) for one in found] == expected


@pytest.mark.parametrize(
    "phrase",
    [
        # the rounds numbered against the order of their days
        "Tiêm phòng gia súc chia làm 2 đợt: đợt 2 từ ngày 15/3/2027 đến 15/4/2027 tại các xã "
        "vùng thấp; đợt 1 từ ngày 15/9/2027 đến 15/10/2027 tại các xã vùng cao",
        # the second round starting inside the first: not rounds one after the other
        "Tiêm phòng gia súc chia làm 2 đợt: đợt 1 từ ngày 15/3/2027 đến 15/5/2027 tại các xã "
        "vùng thấp; đợt 2 từ ngày 15/4/2027 đến 15/6/2027 tại các xã vùng cao",
    ],
)
def test_rounds_look_alikes_stay_refused(phrase: str) -> None:
    refused(phrase, ctx("2027-02-01"))


def test_a_meeting_before_its_session_stays_one_window() -> None:
    """zc-tptuyhoa-tiep-xuc-cu-tri-giua-nam-2024.yaml (Tuy Hòa, 2024): cut at its "và", the
    meeting's days and the mid-year session it precedes (whose half-year holds them) would be
    two milestones; the session is no step of the meeting."""
    phrase = (
        "Từ ngày 10-14/6/2024, Đại biểu HĐND tỉnh khoá VIII và Đại biểu HĐND thành phố khoá XII, "
        "nhiệm kỳ 2021-2026 tổ chức tiếp xúc với cử tri thành phố Tuy Hòa trước kỳ họp thường lệ "
        "giữa năm 2024 của HĐND 2 cấp"
    )
    assert _days(phrase, "2024-06-11") == [(W, "2024-06-10", "2024-06-14")]


# --- session 35: a span is a step only when it names one --------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a schedule's step told as a span, then the next step's due day
        (
            "Nhận hồ sơ từ ngày 2/3/2027 đến ngày 20/3/2027, công bố kết quả trước ngày 10/4/2027",
            [(W, "2027-03-02", "2027-03-20"), (D, "2027-04-10", "2027-04-10")],
        ),
        (
            "Thí sinh đăng ký dự thi từ ngày 1/3/2027 đến ngày 15/3/2027 và công bố kết quả vào "
            "ngày 30/4/2027",
            [(W, "2027-03-01", "2027-03-15"), (D, "2027-04-30", "2027-04-30")],
        ),
    ],
)
def test_a_span_naming_its_step_then_the_next_step_are_milestones(
    phrase: str, expected: list[tuple[DeadlineKind, str, str]]
) -> None:
    assert _days(phrase, "2027-02-01") == expected


@pytest.mark.parametrize(
    "phrase",
    [
        # the period a report's figures cover, then its due day (Nghị định 09/2019/NĐ-CP,
        # Điều 12): one report, never a milestone for its data (the fault that reverted the
        # branch schedules in session 34)
        "Tổng hợp số liệu từ ngày 01/01/2027 đến ngày 30/6/2027; gửi về Sở trước ngày 15/7/2027",
        "Báo cáo kết quả thực hiện từ ngày 01/01/2027 đến ngày 30/6/2027 và gửi về Sở Nội vụ "
        "trước ngày 15/7/2027",
        "Thống kê số liệu từ tháng 1 đến tháng 6/2027, gửi báo cáo trước ngày 15/7/2027",
        # a round's number on the span alone: the due day is no round of it
        "Báo cáo số liệu đợt 1 từ tháng 1 đến tháng 6/2027, gửi trước ngày 15/7/2027",
    ],
)
def test_a_span_with_no_step_of_its_own_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2027-02-01"))


# --- session 35: a count of rounds announced, and the rounds listed ---------------------------


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        # fresh26's phrase form: two rounds announced, three listed, each with its days
        (
            "Tổ chức 02 đợt: đợt 1 từ ngày 15/3/2027 đến ngày 30/3/2027; đợt 2 từ ngày 15/6/2027 "
            "đến ngày 30/6/2027; đợt 3 từ ngày 15/9/2027 đến ngày 30/9/2027",
            "báo 02 đợt nhưng kể 3 đợt",
        ),
        (
            "Tiêm phòng chia làm hai đợt: đợt 1 vào tháng 4/2027, đợt 2 vào tháng 10/2027, đợt 3 "
            "vào tháng 12/2027",
            "báo hai đợt nhưng kể 3 đợt",
        ),
        (
            "Tổ chức 02 đợt: Đợt I vào ngày 15/3/2027; Đợt II vào ngày 15/6/2027; Đợt III vào "
            "ngày 15/9/2027",
            "báo 02 đợt nhưng kể 3 đợt",
        ),
        # three announced, two told: a round is missing
        (
            "Tổ chức 03 đợt: đợt 1 từ ngày 15/3/2027 đến ngày 30/3/2027; đợt 2 từ ngày 15/6/2027 "
            "đến ngày 30/6/2027",
            "báo 03 đợt nhưng kể 2 đợt",
        ),
        (
            "Thu thập thông tin chia làm hai giai đoạn: giai đoạn 1 từ 5/1/2027 đến 31/3/2027, "
            "giai đoạn 2 từ 1/4/2027 đến 31/8/2027 và giai đoạn 3 từ 1/9/2027 đến 30/9/2027",
            "báo hai giai đoạn nhưng kể 3 giai đoạn",
        ),
    ],
)
def test_rounds_listed_against_their_count_are_refused(phrase: str, why: str) -> None:
    assert why in refused(phrase, ctx("2027-02-01"))


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        (
            "Tổ chức 03 đợt: đợt 1 từ ngày 15/3/2027 đến ngày 30/3/2027; đợt 2 từ ngày 15/6/2027 "
            "đến ngày 30/6/2027; đợt 3 từ ngày 15/9/2027 đến ngày 30/9/2027",
            3,
        ),
        # the rounds numbered in Roman figures, as many as announced
        ("Tổ chức hai đợt: Đợt I vào ngày 15/3/2027; Đợt II vào ngày 15/6/2027", 2),
        # one round named beside the count: nothing to count
        ("Kỳ thi gồm hai đợt, đợt 1 hoàn thành trước ngày 30/6/2027", 1),
        ("Chiến dịch tổ chức hai đợt; đợt 2 thực hiện từ ngày 15/9/2027 đến ngày 30/9/2027", 1),
    ],
)
def test_rounds_as_many_as_announced_are_read(phrase: str, count: int) -> None:
    assert len(parse_deadlines(phrase, ctx("2027-02-01"))) == count
