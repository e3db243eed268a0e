"""Refusals of session 43 (branch miscf2, the second half of the other refusals, sorted by
reason). Each with the real phrase that motivated it (its corpus file named) and the
neighbours that must stay refused (the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, one, read_days, refused
from kehoach.dates.deadline import DeadlineKind

D, W = DeadlineKind.DATE, DeadlineKind.WINDOW


# x-lehoivietnam-phuong-dao-thanh-cho-hoa-2026 (no issue day): "Bình Ngọ" is Bính Ngọ
# misprinted, the one name of the cycle that folds so, and 2026 is Bính Ngọ
def test_a_spring_named_by_its_year_misprinted_reads_its_days() -> None:
    phrase = (
        "Chợ hoa Xuân Bình Ngọ 2026 diễn ra từ ngày 7/2 đến ngày 16/2/2026 (tức từ 20 đến 29 "
        "tháng Chạp)"
    )
    assert read_days(phrase) == (W, "2026-02-07", "2026-02-16")


def test_a_misprinted_name_of_another_year_stays_refused() -> None:
    # a refusal neighbour: 2025 is Ất Tỵ, so "Bình Ngọ 2025" may carry a lunar day
    why = refused("Chợ hoa Xuân Bình Ngọ 2025 diễn ra từ ngày 7/2 đến ngày 16/2/2026")
    assert "âm lịch" in why and "last_day" in why


# zh-baonghean-hoi-cho-viec-lam-thai-hoa-2025 (Báo Nghệ An, 13/10/2025): "đã" tells who the
# workers are, the fair is held that day (convention 1)
def test_done_said_of_who_an_event_is_for_reads_its_day() -> None:
    phrase = (
        "Sáng 13/10, tại phường Thái Hòa, Trung tâm Dịch vụ việc làm Nghệ An tổ chức Hội chợ "
        "việc làm dành cho người lao động đang tìm việc và những lao động đã hoàn thành hợp "
        "đồng làm việc ở nước ngoài trở về"
    )
    assert read_days(phrase, "2025-10-13") == (D, "2025-10-13", "2025-10-13")


def test_an_event_for_someone_told_done_stays_refused() -> None:
    # a refusal neighbour: no verb holds the fair before "dành cho", the "đã" is its own
    why = refused(
        "Sáng 13/10, tại phường Thái Hòa, Hội chợ việc làm dành cho người lao động đã diễn ra",
        ctx("2025-10-13"),
    )
    assert "đã diễn ra" in why and "last_day" in why


# zh-24h-dia-phuong-thi-lop-10-som-nhat-2026 (24h, 03/03/2026): "thay vì đầu tháng" is the old
# time, early June; the new one, late June, is read (convention 2)
def test_a_part_of_the_month_given_up_after_instead_of_is_cut() -> None:
    phrase = (
        "Ngược lại, Hà Nội dự kiến sẽ lùi lịch thi xuống cuối tháng 6/2026, thay vì đầu tháng "
        "như thông lệ mọi năm"
    )
    assert read_days(phrase, "2026-03-03") == (W, "2026-06-21", "2026-06-30")


def test_instead_of_with_no_time_before_it_stays_refused() -> None:
    # a refusal neighbour: the old part of the month is all the phrase says
    refused("Hà Nội tổ chức thi thay vì đầu tháng", ctx("2026-03-03"))


# u-kenh14-gio-to-hung-vuong-2026 (Kênh 14, 11/03/2026): who rests on both weekend days, and
# the holiday falling on a Sunday, are no days of the time read
def test_a_fixed_rest_on_saturday_and_sunday_names_who_rests() -> None:
    phrase = (
        "Đối với người lao động có lịch nghỉ cố định thứ Bảy và Chủ nhật, kỳ nghỉ này sẽ kéo "
        "dài 4 ngày liên tiếp, từ 30/4 đến hết 3/5/2026"
    )
    assert read_days(phrase, "2026-03-11") == (W, "2026-04-30", "2026-05-03")


def test_a_rest_on_saturday_and_sunday_not_fixed_stays_refused() -> None:
    # a refusal neighbour: without "cố định" the weekend days may be days of the window
    why = refused(
        "Đối với người lao động có lịch nghỉ thứ Bảy và Chủ nhật, kỳ nghỉ này sẽ kéo dài 4 ngày "
        "liên tiếp, từ 30/4 đến hết 3/5/2026",
        ctx("2026-03-11"),
    )
    assert "last_day" in why


def test_a_holiday_on_sunday_said_first_gives_the_day_made_up() -> None:
    phrase = (
        "Do ngày lễ năm 2026 trùng với Chủ nhật, người lao động sẽ được nghỉ bù vào thứ Hai ngày "
        "27/4/2026"
    )
    assert read_days(phrase, "2026-03-11") == (D, "2026-04-27", "2026-04-27")


def test_the_day_made_up_with_a_wrong_weekday_stays_refused() -> None:
    why = refused(
        "Do ngày lễ năm 2026 trùng với Chủ nhật, người lao động sẽ được nghỉ bù vào thứ Ba ngày "
        "27/4/2026",
        ctx("2026-03-11"),
    )
    assert "Thứ Hai" in why and "last_day" in why


# z-baohaiduong-lien-hoan-ca-mua-nhac-khong-chuyen-2021 (Báo Hải Dương, 25/06/2021): an end
# counted before an event with no day is as undated as the event: the start alone (conv13)
def test_a_start_until_days_before_an_event_is_its_start() -> None:
    reading = one(
        "Liên hoan cấp huyện bắt đầu từ tháng 7.2021 đến trước khi tổ chức liên hoan cấp tỉnh "
        "10 ngày",
        ctx("2021-06-25"),
    )
    assert reading.earliest == date(2021, 7, 1) and reading.last is None


def test_a_count_after_until_with_no_before_stays_refused() -> None:
    # a refusal neighbour: "đến khi … 10 ngày" says no count before the event
    refused(
        "Liên hoan cấp huyện bắt đầu từ tháng 7.2021 đến khi tổ chức liên hoan cấp tỉnh 10 ngày",
        ctx("2021-06-25"),
    )


# zl-nld-gia-lai-hoat-dong-xuan-binh-ngo-2026 (Người Lao Động, 21/01/2026): the culture of the
# new year's first days is what the spaces are for, no time
def test_the_culture_of_the_new_year_closing_the_phrase_names_no_time() -> None:
    phrase = (
        "Các không gian này mở cửa từ ngày 9-2 đến 8-3, tạo điểm nhấn cảnh quan và không gian "
        "sinh hoạt văn hóa đầu năm"
    )
    assert read_days(phrase, "2026-01-21") == (W, "2026-02-09", "2026-03-08")


def test_the_beginning_of_a_year_named_stays_a_time() -> None:
    # a refusal neighbour: "đầu năm 2027" after the window is a second time
    refused(
        "Các không gian này mở cửa từ ngày 9-2 đến 8-3, tổ chức sinh hoạt văn hóa đầu năm 2027",
        ctx("2026-01-21"),
    )


# zk-hoabinh-quan-ly-le-hoi-2024 (UBND tỉnh Hòa Bình, 02/02/2024): the festivals a body manages,
# named by no name of their own, are the year's work
def test_managing_the_festivals_of_a_year_reads_the_year() -> None:
    phrase = "Tăng cường công tác quản lý và tổ chức lễ hội năm 2024 trên địa bàn tỉnh Hòa Bình"
    assert read_days(phrase, "2024-02-02") == (W, "2024-01-01", "2024-12-31")


def test_holding_the_festivals_of_a_year_stays_refused() -> None:
    # a refusal neighbour: without "quản lý" the festival may be one, held on a few days
    why = refused(
        "Tăng cường công tác tổ chức lễ hội năm 2024 trên địa bàn tỉnh Hòa Bình", ctx("2024-02-02")
    )
    assert "ít ngày" in why


# zk-baokhanhhoa-hoi-thi-lien-hoan-cap-tinh-2022 (Báo Khánh Hòa, 29/11/2021): the contests and
# festivals listed after "các hoạt động" are many, held through the year
def test_activities_listed_before_an_event_are_many() -> None:
    phrase = (
        "Sở Văn hóa và Thể thao vừa có thông báo về việc tổ chức các hoạt động thi, liên hoan văn "
        "hóa - nghệ thuật cấp tỉnh năm 2022"
    )
    assert read_days(phrase, "2021-11-29") == (W, "2022-01-01", "2022-12-31")


def test_one_festival_after_activities_not_many_stays_refused() -> None:
    refused(
        "tổ chức hoạt động thi, liên hoan văn hóa - nghệ thuật cấp tỉnh năm 2022", ctx("2021-11-29")
    )


# zc-nld-hoi-nghi-bch-dang-bo-phuong-phu-thuan-2025 (Người Lao Động, 31/12/2025): the year of
# the targets a conference adopts is their time of work (as convention 10 reads)
def test_the_year_of_targets_a_conference_adopts_reads() -> None:
    phrase = (
        "Hội nghị cũng đã thông qua các chỉ tiêu, nhiệm vụ phát triển kinh tế – xã hội, quốc "
        "phòng – an ninh năm 2026"
    )
    assert read_days(phrase, "2025-12-31") == (W, "2026-01-01", "2026-12-31")


def test_a_conference_adopting_a_resolution_of_a_year_stays_refused() -> None:
    refused("Hội nghị thông qua nghị quyết năm 2026", ctx("2025-12-31"))
