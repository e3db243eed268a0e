"""Words before a deadline (session 41, family W: "từ … đứng trước thời hạn"): a word that is
a label — a name ("xã không ma túy"), a link ("theo đó" before the forms), a verb ("theo sát"), who the step
is for ("trừ lớp 1", "thí sinh không học …"), the order of the steps ("Sau giai đoạn rà soát
…,"), a contest's round ("tuần cuối cùng sẽ kết thúc vào …") — moves no day and is read; the
same word where it may change the date stays refused with its reason (issue 11: never a
silent wrong date). Real phrases from the corpus, and the neighbours that must stay
refused."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

NO_DAY = ctx()  # these pages print no date of their own (`issued: null`)


def test_a_drug_free_commune_is_a_name() -> None:
    # tests/corpus/r-nghe-an-kh-695-xa-phuong-khong-ma-tuy-2025.yaml: refused on main
    # ("từ “không” đứng trước thời hạn …")
    reading = one(
        "TRIỂN KHAI XÂY DỰNG XÃ, PHƯỜNG KHÔNG MA TÚY TRÊN ĐỊA BÀN TỈNH NGHỆ AN GIAI ĐOẠN "
        "2025 - 2030",
        ctx("2025-08-21"),
    )
    assert reading.kind is DeadlineKind.WINDOW
    assert (reading.first, reading.last) == (date(2025, 1, 1), date(2030, 12, 31))


def test_a_not_before_a_lost_word_stays_refused() -> None:
    # the neighbour: "không" with no "ma túy" after it may be a bound
    why = refused(
        "TRIỂN KHAI XÂY DỰNG XÃ, PHƯỜNG KHÔNG MA TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2025 - 2030",
        ctx("2025-08-21"),
    )
    assert "không" in why.lower()


def test_a_grade_left_out_between_commas_is_who() -> None:
    # tests/corpus/n-hungyen-khung-nam-hoc-2021-2022.yaml: refused on main ("từ “trừ” …")
    reading = one(
        "Các cấp học mầm non, phổ thông và giáo dục thường xuyên, trừ lớp 1, sẽ tổ chức tựu "
        "trường sớm nhất vào ngày 1/9/2021",
        NO_DAY,
    )
    assert reading.earliest == date(2021, 9, 1)
    assert reading.last is None  # a start, no due day


def test_days_left_out_stay_refused() -> None:
    # the neighbour: "trừ" before days takes days out of the time
    why = refused("Các trường, trừ ngày lễ, tổ chức tựu trường vào ngày 1/9/2021", NO_DAY)
    assert "trừ" in why


def test_candidates_who_took_no_course_are_who() -> None:
    # tests/corpus/zq-bme-hcmiu-moc-tuyen-sinh-sau-dai-hoc-2020.yaml: refused on main
    # ("từ “không” …"); its sibling row "thí sinh học OTTA" is read
    reading = one("– Đối với thí sinh không học BSKT: Đến 22/09/2020", NO_DAY)
    assert reading.last == date(2020, 9, 22)


def test_following_closely_is_a_verb() -> None:
    # tests/corpus/zh-24h-dia-phuong-thi-lop-10-som-nhat-2026.yaml: refused on main
    # ("từ “theo” …")
    reading = one(
        "Bắc Ninh & Đồng Nai theo sát ngay sau đó vào các ngày 26/5 - 29/5/2026",
        ctx("2026-03-03"),
    )
    assert (reading.first, reading.last) == (date(2026, 5, 26), date(2026, 5, 29))


def test_accordingly_before_the_forms_is_a_link() -> None:
    # tests/corpus/s-moc-bxd-cv-3412-bao-cao-6-thang-2020.yaml: refused on main ("từ “theo”")
    reading = one(
        "theo đó biểu mẫu số liệu thực hiện theo quy định tại Thông tư số 07/2018/TT-BXD ngày "
        "08/8/2018 ban hành chế độ báo cáo thống kê ngành Xây dựng và gửi về Bộ Xây dựng "
        "trước ngày 20/6/2020",
        ctx("2020-07-15"),
    )
    assert reading.last == date(2020, 6, 20)


def test_a_cadence_by_theo_stays_refused() -> None:
    # the neighbour: "theo quý" is a cadence (the lead's ruling of session 33)
    why = refused("Các tờ khai theo quý hạn nộp trước ngày 30/6/2020", ctx("2020-01-15"))
    assert "theo" in why


def test_after_a_stage_named_in_words_is_the_order_of_the_steps() -> None:
    # tests/corpus/zh-langnhindongdoi-tphcm-ra-soat-tuyen-sinh-dau-cap-2026.yaml: refused on
    # main ("từ “sau” …")
    reading = one(
        "Sau giai đoạn rà soát thông tin, Sở GD&ĐT TP.HCM sẽ tổng hợp, gửi UBND phường, xã "
        "danh sách trẻ dự kiến vào lớp 1 và học sinh lớp 5 chuẩn bị vào lớp 6 năm học "
        "2026-2027 để xác nhận, làm cơ sở xây dựng kế hoạch tuyển sinh đầu cấp trình UBND TP "
        "phê duyệt, dự kiến trước 31-3",
        ctx("2026-03-03"),
    )
    assert reading.last == date(2026, 3, 31)


def test_after_a_numbered_stage_stays_refused() -> None:
    # the neighbour: "Sau giai đoạn 1" may be a count from that stage's end
    why = refused("Sau giai đoạn 1, Sở sẽ tổng hợp, dự kiến trước 31-3", ctx("2026-03-03"))
    assert "sau" in why.lower()


def test_a_contest_s_last_week_ends_on_its_day() -> None:
    # tests/corpus/q-lamdong-btgtu-cv-1235-cuoc-thi-nghi-quyet-2024.yaml: refused on main
    # ("từ “tuần” …")
    reading = one("tuần cuối cùng sẽ kết thúc vào 09g30 sáng thứ Hai, ngày 12/8/2024", NO_DAY)
    assert (reading.first, reading.last) == (date(2024, 8, 12), date(2024, 8, 12))
    assert reading.time == "09:30"


def test_a_last_week_before_a_day_stays_refused() -> None:
    # the neighbour: "tuần cuối cùng trước ngày D" may be the week before D, not D
    why = refused("tuần cuối cùng trước ngày 12/8/2024", NO_DAY)
    assert "tuần" in why


def test_the_ground_of_a_task_the_text_at_hand_is_no_time() -> None:
    # tests/corpus/zc-cafef-qd-363-quy-che-chi-bo-xa-phuong-2025.yaml: refused on main
    # ("từ “căn cứ” …")
    reading = one(
        "Theo Quyết định, Ban Bí thư yêu cầu các tỉnh uỷ, thành uỷ trực thuộc Trung ương chỉ "
        "đạo đảng uỷ xã, phường, đặc khu căn cứ Quy chế làm việc mẫu này chỉ đạo, hướng dẫn "
        "chi bộ các cơ quan đảng, chi bộ uỷ ban nhân dân xã, phường, đặc khu xây dựng, ban "
        "hành quy chế làm việc phù hợp với tình hình thực tiễn (trước ngày 30/9/2025)",
        ctx("2025-09-10"),
    )
    assert reading.last == date(2025, 9, 30)


def test_a_ground_cited_by_its_number_stays_refused() -> None:
    # the neighbour: a text cited by its number may carry a day of its own
    refused("các đơn vị căn cứ Quy định số 12 này báo cáo trước ngày 30/9/2025", ctx("2025-09-10"))


def test_a_span_longer_than_before_is_the_span_written() -> None:
    # tests/corpus/x-tienphong-le-hoi-den-hung-2026.yaml: refused on main ("từ “so với” …")
    reading = one(
        "Một điểm mới đáng chú ý là thời gian tổ chức lễ dâng hương của các xã, phường được "
        "kéo dài hơn so với trước, diễn ra từ ngày 7–21/4 (tức 20/2–5/3 âm lịch)",
        ctx("2026-03-07"),
    )
    assert (reading.first, reading.last) == (date(2026, 4, 7), date(2026, 4, 21))


def test_a_comparison_with_before_a_day_stays_refused() -> None:
    # the neighbour: "so với trước ngày D" compares with a time
    refused("Lễ hội được kéo dài hơn so với trước ngày 7/4/2026", ctx("2026-03-07"))


def test_the_early_return_of_grade_one_is_its_day() -> None:
    # tests/corpus/y-dantri-bac-lieu-nam-hoc-2022-2023.yaml: refused on main ("từ “sớm” …")
    reading = one(
        "Riêng học sinh lớp 1, tựu trường sớm ngày 22/8 (trước khai giảng 2 tuần)",
        ctx("2022-08-14"),
    )
    assert (reading.first, reading.last) == (date(2022, 8, 22), date(2022, 8, 22))


def test_the_earliest_return_stays_a_start() -> None:
    # the neighbour: "sớm nhất" makes the day a start, not a due day
    reading = one("Riêng học sinh lớp 1, tựu trường sớm nhất ngày 22/8", ctx("2022-08-14"))
    assert (reading.earliest, reading.last) == (date(2022, 8, 22), None)


def test_hom_before_a_day_is_the_day_of_the_event() -> None:
    # tests/corpus/zq-vnexpress-trao-giai-anh-di-san-viet-nam-2025.yaml: refused on main
    # ("… đứng trước ngày tháng mà thiếu từ nối …"); convention 1: the event's day
    reading = one(
        "Lễ trao giải Cuộc thi Ảnh Di sản Việt Nam 2025 tổ chức tại Bảo tàng Tôn Đức Thắng, "
        "TP HCM hôm 23/11, nhân kỷ niệm 20 năm Ngày Di sản Văn hóa Việt Nam",
        ctx("2025-11-25"),
    )
    assert (reading.first, reading.last) == (date(2025, 11, 23), date(2025, 11, 23))


def test_an_event_told_done_hom_a_day_stays_refused() -> None:
    # the neighbour: "đã tổ chức hôm …" tells it done (convention 1)
    why = refused("Lễ trao giải đã tổ chức hôm 23/11", ctx("2025-11-25"))
    assert "đã tổ chức" in why


def test_the_first_school_day_after_tet_said_to_be_a_day() -> None:
    # tests/corpus/o-xosobinhdinh-30-tinh-nghi-tet-hoc-sinh-2024.yaml: refused on main
    # ("từ “sau” …"); 19/2/2024 is mùng 10 tháng Giêng Giáp Thìn
    reading = one(
        "Ngày đi học đầu tiên sau Tết Nguyên đán Giáp Thìn là 19-2 (10 tháng giêng)",
        ctx("2024-01-10"),
    )
    assert (reading.first, reading.last) == (date(2024, 2, 19), date(2024, 2, 19))


def test_a_day_said_after_tet_that_is_not_stays_refused() -> None:
    # the neighbours: a day half a year after Tết, and a lunar year that is not the day's
    why = refused("Ngày đi học đầu tiên sau Tết Nguyên đán Giáp Thìn là 19-8", ctx("2024-01-10"))
    assert "tháng 7" in why
    refused("Ngày đi học đầu tiên sau Tết Nguyên đán Quý Mão là 19-2", ctx("2024-01-10"))


# --- from the end of family M2 ("“từ …” thiếu mốc kết thúc"): a start whose label held a name


def test_the_winter_crop_named_by_its_two_years_is_a_name() -> None:
    # tests/corpus/p-phamsumanh-haiphong-lich-vu-dong-2025.yaml: refused on main
    reading = one("lịch gieo trồng cây vụ Đông 2025 - 2026 bắt đầu từ ngày 25/9/2025", NO_DAY)
    assert (reading.earliest, reading.last) == (date(2025, 9, 25), None)


def test_the_two_kinds_of_reception_are_no_cadence() -> None:
    # tests/corpus/y-ha-nam-ly-nhan-tiep-cong-dan-2021.yaml: refused on main
    reading = one(
        "Tiếp tục tiếp công dân thường xuyên, định kỳ tại Trụ sở tiếp công dân huyện, cấp xã "
        "từ ngày 22/11/2021",
        NO_DAY,
    )
    assert (reading.earliest, reading.last) == (date(2021, 11, 22), None)


def test_a_reception_each_month_stays_refused() -> None:
    # the neighbour: "định kỳ hằng tháng" names a cadence the start does not give
    refused("Tiếp công dân định kỳ hằng tháng từ ngày 22/11/2021", NO_DAY)


def test_at_the_earliest_before_a_start_is_the_start() -> None:
    # tests/corpus/zq-giadinh-suckhoedoisong-lich-cong-bo-diem-chuan-2025.yaml: refused on main
    reading = one("• Thời điểm công bố sớm nhất: Bắt đầu từ chiều 20/8", ctx("2025-08-18"))
    assert (reading.earliest, reading.last) == (date(2025, 8, 20), None)


def test_at_the_earliest_before_a_day_or_a_span_stays_refused() -> None:
    # the neighbours: "sớm nhất" before a due day or a window turns its meaning
    refused("• Thời điểm công bố sớm nhất: ngày 20/8", ctx("2025-08-18"))
    refused("Thời điểm công bố sớm nhất từ ngày 20/8 đến ngày 25/8", ctx("2025-08-18"))


def test_the_earliest_return_typed_bare_stays_a_start() -> None:
    # the damaged-copy hunt's variant of n-hungyen's phrase: "sớm nhat" is still a start
    reading = one(
        "Các cấp học mầm non, phổ thông và giáo dục thường xuyên, trừ lớp 1, sẽ tổ chức tựu "
        "trường sớm nhat vào ngày 1/9/2021",
        NO_DAY,
    )
    assert (reading.earliest, reading.last) == (date(2021, 9, 1), None)
