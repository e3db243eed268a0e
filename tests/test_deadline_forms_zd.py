"""Forms tuned on the zd- set (branch tune-zd): sở and commune notices, công văn and plans of
2024–2026. A due day long before the document that sets it (the lead's convention 8, session
23), and the look-alikes of deadlines the set misread: a document's own day, work told done,
a tide forecast, a data year, a past year reviewed beside the year to come, two periods read
as one. Each rule with the real phrases that motivated it (their corpus file named) and the
near variants that must stay read (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind
from kehoach.dates.refusals import PAST_DUE

D = DeadlineKind.DATE

# --- a due day long before its document (convention 8) ----------------------------------------

# zd-dantri-bnv-cv-006-ra-soat-can-bo-xa-2025 (CV 006/BNV-CQĐP of 03/03/2025): 31/12/2024 is
# the count's as-of day, the due day is 10/3/2025; read, it was due 62 days before the letter
_BNV_006 = (
    "Bộ Nội vụ đề nghị Ủy ban Nhân dân các tỉnh, thành phố trực thuộc Trung ương tiến hành rà "
    "soát, báo cáo số lượng và chất lượng cán bộ, công chức cấp xã trước ngày 31/12/2024"
)


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        (_BNV_006, "2025-03-03"),
        # zd-mybackan-svhttdl-cuoc-thi-di-tich-2023: an earlier plan's issue line, cut before
        # its verb, 112 days before the notice quoting it
        ("Ngày 07/11/2022, Sở Văn hóa, Thể thao và Du", "2023-02-27"),
    ],
)
def test_a_day_months_before_its_document_is_refused(phrase: str, issued: str) -> None:
    why = refused(phrase, ctx(issued))
    assert "last_day" in why
    assert "trước ngày ban hành" in why


@pytest.mark.parametrize(
    ("phrase", "issued", "last"),
    [
        # b-thanh-hoa-hoang-thai-niem-yet-cu-tri-2021: a late plan, 3 days late
        ("Lập và niêm yết danh sách cử tri hoàn thành trước ngày 13/4/2021", "2021-04-16",
         "2021-04-13"),
        # b-dong-nai-nha-bich-niem-yet-cu-tri-2026: 1 day
        ("được thực hiện chậm nhất là ngày 3/2/2026", "2026-02-04", "2026-02-03"),
        # u-suckhoedoisong-tuyen-sinh-dai-hoc-2026-qd-3037: 15 days, the farthest read
        ("Các cơ sở đào tạo phải hoàn thành việc công bố thông tin tuyển sinh trên trang điện "
         "tử của cơ sở đào tạo vào ngày 15/2/2026", "2026-03-02", "2026-02-15"),
        # b-plo-dai-hoi-tphcm-2025: an event told with its day, 13 days on (convention 1)
        ("Ngày 15-9-2025", "2025-09-28", "2025-09-15"),
    ],
)  # fmt: skip
def test_a_late_plan_days_or_weeks_late_still_reads(phrase: str, issued: str, last: str) -> None:
    assert read_days(phrase, issued) == (D, last, last)


_SHAPES = ("trước ngày {}", "hoàn thành trước ngày {}", "chậm nhất là ngày {}", "Ngày {}")


@given(
    due=st.dates(date(2019, 1, 1), date(2027, 12, 31)),
    gap=st.integers(1, 3 * 365),
    shape=st.sampled_from(_SHAPES),
)
def test_the_bound_is_a_month_before_the_document(due: date, gap: int, shape: str) -> None:
    """Read up to `PAST_DUE` days before the document, refused past it, whatever the shape
    and the year (before or after a typo'd year's half-year bound)."""
    phrase = shape.format(f"{due.day}/{due.month}/{due.year}")
    issued = (due + timedelta(days=gap)).isoformat()
    if gap <= PAST_DUE:
        assert read_days(phrase, issued) == (D, due.isoformat(), due.isoformat())
    else:
        assert "trước ngày ban hành" in refused(phrase, ctx(issued))


# --- a document's own day: issued, passed ----------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # zd-baodoanhnhan-kl-178-tai-chinh-xa-phuong-2025: a Kết luận's own day, "vào ngày"
        "Kết luận này được ban hành vào ngày 17/7/2025",
        "Quyết định được ký vào ngày 10/7/2025",
        # zd-thuvienphapluat-nq-104-2025-ubtvqh15-ky-hop-hdnd-xa: a resolution passed, by number
        "Ngày 26/09/2025 Ủy ban Thường vụ Quốc hội thông qua Nghị quyết 104/2025/UBTVQH15 về "
        "Quy chế làm việc mẫu của Hội đồng nhân dân xã, phường, đặc khu",
        "HĐND tỉnh đã thông qua Nghị quyết số 12/NQ-HĐND ngày 20/9/2025",
    ],
)
def test_a_document_told_issued_or_passed_on_its_day_is_refused(phrase: str) -> None:
    assert "văn bản" in refused(phrase, ctx("2025-10-01"))


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # a day to issue it by, still to come ("phải"): a deadline
        ("Kế hoạch phải được ban hành vào ngày 15/8/2025", "2025-08-15"),
        # "thông qua" is also "by way of": the plan cited is no document passed that day
        ("Tuyên truyền thông qua Kế hoạch số 12/KH-UBND trước ngày 30/10/2025", "2025-10-30"),
        # the letter passed sets a deadline of its own, said after it
        ("Ngày 26/09/2025 UBND tỉnh phê duyệt Kế hoạch số 12/KH-UBND, yêu cầu các sở hoàn "
         "thành trước ngày 30/10/2025", "2025-10-30"),
    ],
)  # fmt: skip
def test_a_day_to_issue_by_or_set_by_a_document_passed_reads(phrase: str, last: str) -> None:
    assert read_days(phrase, "2025-07-17") == (D, last, last)


# --- work told done, a result judged ----------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zd-hdnd-laichau-kien-nghi-cu-tri-ky-hop-10-2019: a span of days opening the phrase,
        # without its comma, then "đã"
        ("từ ngày 25/5/2019 đến ngày 10/6/2019 các Tổ đại biểu HĐND tỉnh đã phối hợp với "
         "Thường trực HĐND, Ủy ban MTTQ các huyện, thành phố tổ chức cho đại biểu HĐND tỉnh "
         "tiếp xúc cử tri tại 73 điểm", "2019-07-19"),
        ("Từ ngày 1/3 đến ngày 30/4/2026, các xã đã rà soát danh sách", "2026-05-10"),
        # zd-binhloc-dongnai-giao-chi-tieu-2026: a year's goals judged met, no aim said
        ("Trong năm 2025, UBND phường Bình Lộc hoàn thành thắng lợi các mục tiêu chủ yếu", None),
        ("Năm 2025, toàn tỉnh hoàn thành vượt mức các chỉ tiêu", None),
    ],
)  # fmt: skip
def test_work_told_done_or_judged_met_is_refused(phrase: str, issued: str | None) -> None:
    refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "issued", "first", "last"),
    [
        # a plan's span with its work, nothing told done
        ("Từ ngày 1/3 đến ngày 30/4/2026, các xã rà soát danh sách", "2026-02-01",
         "2026-03-01", "2026-04-30"),
        # a target: the aim said ("phấn đấu", "quyết tâm")
        ("Năm 2026, phấn đấu hoàn thành thắng lợi các mục tiêu", None, "2026-01-01",
         "2026-12-31"),
        ("Năm 2026, toàn tỉnh quyết tâm hoàn thành thắng lợi các mục tiêu", None, "2026-01-01",
         "2026-12-31"),
        # g-2-baoyenbai-phat-dong-thi-dua-2020: no period opening the phrase
        ("hoàn thành thắng lợi kế hoạch 5 năm 2016 - 2020", "2020-05-01", "2016-01-01",
         "2020-12-31"),
    ],
)  # fmt: skip
def test_a_span_of_work_or_a_target_still_reads(
    phrase: str, issued: str | None, first: str, last: str
) -> None:
    assert read_days(phrase, issued) == (DeadlineKind.WINDOW, first, last)


# --- a water level or a tide forecast (convention 3) -----------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zd-tien-giang-ct-04-pctt-2024 (UBND tỉnh Tiền Giang, CT 04/2024)
        ("giữa tháng 8; mực nước triều vùng hạ lưu sông Tiền sẽ ở mức cao hơn báo động",
         "2024-06-01"),
        # zd-tien-giang-ct-06-pctt-2022
        ("trực tiếp đến nước ta. Mực nước đầu nguồn sông Tiền tăng dần từ đầu tháng 9 và",
         "2022-06-01"),
        ("Từ ngày 10/10/2024, đỉnh triều tại Cần Thơ sẽ vượt báo động III", "2024-10-01"),
    ],
)  # fmt: skip
def test_a_water_level_forecast_is_refused(phrase: str, issued: str) -> None:
    assert "dự báo" in refused(phrase, ctx(issued))


def test_work_on_the_water_still_reads() -> None:
    phrase = "Kiểm tra mực nước các hồ chứa trước ngày 15/8/2024"
    assert read_days(phrase, "2024-06-01") == (D, "2024-08-15", "2024-08-15")


# --- a data year (convention 4), two periods joined as one ----------------------------------


def test_the_year_of_figures_used_is_refused() -> None:
    # zd-znews-cv-05-bcd-de-an-sap-xep-dvhc-2025 (Ban Chỉ đạo, CV 05/2025)
    phrase = (
        "thu nhập bình quân đầu người của tỉnh, thành phố thống nhất sử dụng số liệu năm 2024 "
        "do Bộ Tài chính cung cấp"
    )
    assert "số liệu" in refused(phrase, ctx("2025-04-01"))


@pytest.mark.parametrize(
    "phrase",
    [
        # zd-huengaynay-hdnd-phuong-phu-xuan-2025: the year inside the span, after "và"
        "NQ điều chỉnh, bổ sung kế hoạch đầu tư công trung hạn giai đoạn 2021-2025 và kế hoạch "
        "đầu tư công năm 2025",
        "giai đoạn 2021-2025 và kế hoạch năm 2025",
    ],
)
def test_a_year_joined_after_a_span_is_no_name_of_it(phrase: str) -> None:
    refused(phrase)


def test_a_year_naming_the_step_after_its_day_still_reads() -> None:
    # the step's own year, no "và" before it (label.refuse_step_years)
    phrase = "Ngày 23/7/2017 là hạn cuối đăng ký xét tuyển đại học năm 2017"
    assert read_days(phrase) == (D, "2017-07-23", "2017-07-23")


# --- the years of a meeting's subject: a year reviewed, the next year's tasks ----------------


@pytest.mark.parametrize(
    ("phrase", "issued", "day"),
    [
        # zd-baophutho-dang-bo-ccq-dang-tinh-2026 (Báo Phú Thọ, 08/01/2026): the year from
        # the plan
        ("Chiều 8/1, Đảng bộ các cơ quan (CCQ) Đảng tỉnh tổ chức Hội nghị tổng kết công tác "
         "xây dựng Đảng năm 2025, triển khai nhiệm vụ năm 2026", "2026-01-08", "2026-01-08"),
        # zd-xuandai-daklak-dang-uy-cqd-tong-ket-2025
        ("Sáng ngày 12/01/2026, tại Hội trường phường Xuân Đài, Đảng ủy các cơ quan Đảng "
         "phường Tổ chức Hội nghị tổng kết công tác năm 2025 và triển khai, phương hướng nhiệm "
         "vụ năm 2026", "2026-01-12", "2026-01-12"),
        # held in December of the year reviewed
        ("Ngày 20/12/2025 tổ chức Hội nghị tổng kết năm 2025, phương hướng nhiệm vụ năm 2026",
         "2025-12-01", "2025-12-20"),
    ],
)  # fmt: skip
def test_a_review_meeting_with_its_day_reads_its_day(phrase: str, issued: str, day: str) -> None:
    assert read_days(phrase, issued) == (D, day, day)


@given(reviewed=st.integers(2000, 2040), held=st.integers(-2, 2), coming=st.integers(-1, 3))
def test_only_a_year_and_the_next_at_their_turn_are_a_meeting_s_subject(
    reviewed: int, held: int, coming: int
) -> None:
    """Read when the tasks' year follows the year reviewed and the meeting is held in one
    of the two (or both years are the meeting's own); refused otherwise (the years may be
    another time)."""
    day = date(reviewed + held, 1, 12)
    phrase = (
        f"Ngày {day.day}/{day.month}/{day.year} tổ chức Hội nghị tổng kết công tác năm "
        f"{reviewed} và phương hướng nhiệm vụ năm {reviewed + coming}"
    )
    if (coming == 1 and held in (0, 1)) or (coming == 0 and held == 0):
        assert read_days(phrase) == (D, day.isoformat(), day.isoformat())
    else:
        refused(phrase)


# --- words after a day that name, not time: "sau sắp xếp", "không khí" ------------------------


@pytest.mark.parametrize(
    ("phrase", "kind", "first", "last"),
    [
        # zd-realtier-ke-hoach-sap-xep-dvhc-moc-thoi-gian-2025 (the 2025 merger's timetable)
        ("Trước 30/7: Bộ Nội vụ phải hoàn thành nghị định quy định chế độ tiền lương và phụ "
         "cấp trách nhiệm cho đội ngũ cán bộ cấp xã sau sắp xếp", D, "2025-07-30",
         "2025-07-30"),
        ("Trước 25/4: Bộ Xây dựng ban hành hướng dẫn lựa chọn vị trí và bố trí trụ sở làm việc "
         "cho các cơ quan hành chính sau sắp xếp", D, "2025-04-25", "2025-04-25"),
        # zd-suckhoemoitruong-bac-ninh-thi-dua-chuyen-doi-so-2024
        ("Theo UBND tỉnh Bắc Ninh, phong trào thi đua được tổ chức từ năm 2024 đến hết năm "
         "2025 nhằm tạo không khí thi đua sôi nổi", DeadlineKind.WINDOW, "2024-01-01",
         "2025-12-31"),
    ],
)  # fmt: skip
def test_a_name_after_the_day_is_no_time(
    phrase: str, kind: DeadlineKind, first: str, last: str
) -> None:
    assert read_days(phrase, "2024-04-01" if "Bắc Ninh" in phrase else "2025-04-01") == (
        kind,
        first,
        last,
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "Hoàn thành trước ngày 30/6/2025 sau khi sắp xếp",  # once done: a time
        "trước ngày 15/3/2025 không khí lạnh tràn về",  # the weather's cold air
    ],
)
def test_a_time_after_the_day_stays_refused(phrase: str) -> None:
    refused(phrase, ctx("2025-01-01"))
