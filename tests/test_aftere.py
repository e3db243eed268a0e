"""Phrases refused for the words or numbers after their time part (session 42, family A:
"sau ngày tháng còn chữ không hiểu", "số … đứng sau thời hạn mà không được đọc"). The words
read here are a gloss that cannot change the day: a code written as one word with its digits
(a TV channel, a police unit), the road a team takes from a place to a place, the batches of
rice sown by number, the follow-up of an inspection's findings, the new year a show greets
and its minutes, the times a work is done in each round. Their neighbours that may name a
time stay refused, with their reason (issue 11 §1: never a silent wrong date). Each from its
real phrase in the corpus."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import DeadlineKind


def test_a_tv_channel_after_the_day_is_its_name() -> None:
    # tests/corpus/x-vtcnews-tong-duyet-hoi-cho-mua-xuan-2026.yaml
    reading = one(
        "Lễ khai mạc Hội chợ Mùa Xuân 2026 dự kiến diễn ra lúc 10h ngày 2/2, được truyền hình "
        "trực tiếp trên kênh VTV1 - Đài Truyền hình Việt Nam",
        ctx("2026-02-01"),
    )
    assert days(reading) == (DeadlineKind.DATE, date(2026, 2, 2), date(2026, 2, 2))


def test_a_police_unit_after_a_window_is_where() -> None:
    # tests/corpus/zf-cafef-tphcm-tam-ngung-cap-cccd-2024.yaml: PC06, the police department
    # of administrative management, one of the places the issuing stops
    reading = one(
        "Thời gian tạm ngưng cấp căn cước công dân là từ ngày 25 đến 30-6 tại PC06; Đội Cảnh "
        "sát Quản lý hành chính về Trật tự xã hội công an các quận, huyện và TP Thủ Đức; bộ "
        "phận một cửa ở các quận, huyện và TP Thủ Đức",
        ctx("2024-06-24"),
    )
    assert days(reading) == (DeadlineKind.WINDOW, date(2024, 6, 25), date(2024, 6, 30))


def test_a_semester_or_a_code_with_a_day_after_the_time_stays_refused() -> None:
    # refusal neighbours: "HK2" is the second semester, a time; "PC06/2026" holds a day's mark
    assert "“2”" in refused("trước ngày 2/2, nộp HK2", ctx("2026-02-01"))
    assert "“06”" in refused("trước ngày 2/2, nộp tại PC06/2026", ctx("2026-02-01"))


def test_the_road_from_a_place_to_a_place_is_no_span() -> None:
    # tests/corpus/y-lai-chau-kh-1141-2013-kiem-tra-tam-duong.yaml
    reading = one(
        "Ngày 06/9, Đoàn sẽ xuất phát từ thị xã Lai Châu tới huyện Tam Đường cụ thể như sau",
        ctx("2013-09-03"),
    )
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, date(2013, 9, 6))


def test_from_a_place_to_a_day_stays_refused() -> None:
    # refusal neighbour: "tới ngày 10/9" is a second day, not a place
    why = refused(
        "Ngày 06/9, Đoàn sẽ xuất phát từ thị xã Lai Châu tới ngày 10/9", ctx("2013-09-03")
    )
    assert "10/9" in why
    assert "last_day" in why


def test_rice_batches_by_number_after_a_sowing_window() -> None:
    # tests/corpus/zb-baoquangnam-gieo-sa-dong-xuan-tra-1-2014-2015.yaml: "trà 2 và trà 3",
    # the second and third batches sown
    reading = one(
        "Từ ngày 1 đến 10.1.2015 nông dân sẽ tiếp tục gieo sạ trà 2 và trà 3 với tổng diện tích "
        "35.000ha, phần lớn sử dụng các loại giống lúa trung - ngắn ngày",
        ctx("2014-12-26"),
    )
    assert days(reading) == (DeadlineKind.WINDOW, date(2015, 1, 1), date(2015, 1, 10))


def test_a_check_counted_after_a_window_stays_refused() -> None:
    # refusal neighbour: "kiểm tra 2 lần" (no accent on "tra") counts checks, a cadence
    why = refused("Từ ngày 1 đến 10.1.2015 nông dân sẽ kiểm tra 2 lần", ctx("2014-12-26"))
    assert "last_day" in why


def test_the_follow_up_of_an_inspection_in_a_quarter() -> None:
    # tests/corpus/zm-thuonghieucongluan-thanh-uy-ha-noi-kiem-tra-giam-sat-2023.yaml
    reading = one(
        "quý I/2023, Thành ủy Hà Nội sẽ tổ chức kiểm tra công tác lãnh đạo, chỉ đạo và tổ chức "
        "thực hiện sau kết luận kiểm tra, giám sát, thanh tra, kiểm toán của Trung ương và TP"
    )
    assert days(reading) == (DeadlineKind.WINDOW, date(2023, 1, 1), date(2023, 3, 31))


def test_days_after_the_findings_stay_refused() -> None:
    # refusal neighbour: a count of days after the findings is another time
    why = refused(
        "quý I/2023, Thành ủy Hà Nội sẽ tổ chức kiểm tra việc thực hiện trong 15 ngày sau kết "
        "luận kiểm tra"
    )
    assert "last_day" in why


def test_fireworks_greeting_the_new_year_for_fifteen_minutes() -> None:
    # tests/corpus/o-tay-ninh-phao-hoa-giao-thua-giap-thin-2024.yaml: 00:00 to 00:15, "thời
    # gian 15 phút" its length; the lunar gloss checked against the day
    reading = one(
        "Từ 00 giờ 00 phút đến 00 giờ 15 phút ngày 10 tháng 02 năm 2024 (nhằm ngày mùng Một Tết "
        "Giáp Thìn) tổ chức bắn pháo hoa chào đón năm mới, thời gian 15 phút",
        ctx("2024-01-31"),
    )
    assert days(reading) == (DeadlineKind.DATE, date(2024, 2, 10), date(2024, 2, 10))


def test_a_show_lasting_days_or_greeting_a_year_stays_checked() -> None:
    # refusal neighbours: "thời gian 15 ngày" may end the work another day; a year named after
    # "chào đón năm" is checked against the day
    assert "last_day" in refused(
        "Từ 00 giờ 00 phút đến 00 giờ 15 phút ngày 10 tháng 02 năm 2024 tổ chức bắn pháo hoa, "
        "thời gian 15 ngày",
        ctx("2024-01-31"),
    )
    assert "last_day" in refused(
        "Từ 00 giờ 00 phút đến 00 giờ 15 phút ngày 10 tháng 02 năm 2024 tổ chức bắn pháo hoa "
        "chào đón năm 2025",
        ctx("2024-01-31"),
    )


def test_times_in_each_round_after_the_round_s_window() -> None:
    # tests/corpus/z-viettri-phu-tho-kh-393-tong-ve-sinh-dot-1-2020.yaml: twice in the round
    reading = one(
        "Thời gian thực hiện từ 15/02/2020 đến 15/3/2020, trong đó triển khai khử trùng đồng "
        "loạt 2 lần/đợt",
        ctx("2020-02-13"),
    )
    assert days(reading) == (DeadlineKind.WINDOW, date(2020, 2, 15), date(2020, 3, 15))


def test_times_a_week_after_a_window_stay_refused() -> None:
    # refusal neighbour: "2 lần/tuần" is a cadence of its own
    assert "“2”" in refused(
        "Thời gian thực hiện từ 15/02/2020 đến 15/3/2020, trong đó triển khai khử trùng đồng "
        "loạt 2 lần/tuần",
        ctx("2020-02-13"),
    )
