"""Phrases refused for the words or numbers after their day (session 41, family A: "sau
ngày tháng còn chữ không hiểu", "chữ sau thời hạn chỉ đi với một ngày hay một khoảng có
ngày rõ"). A list of single days is one list, as a list of months or years is, when the
words before it name every day's step: the words after it are each day's. Days in a row
stay refused, with the reason said: one window or each day its own (issue 11 §1: never two
deadlines made one, never a silent wrong date). Each from its real phrase in the corpus."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines
from kehoach.dates.reading import Frequency


def test_three_days_of_a_list_keep_the_words_after_them() -> None:
    # tests/corpus/zp-baoquangnam-hoi-an-hien-mau-2025.yaml: three rounds on three days of
    # 2025, who takes part after them
    readings = parse_deadlines(
        "Dự kiến TP.Hội An sẽ tổ chức 3 đợt hiến máu tình nguyện tập trung trong năm 2025 vào "
        "ngày 20/2, 10/7 và 13/11 với sự tham gia của khối xã, phường, các cơ quan, đơn vị Liên "
        "đoàn Lao động, Phòng GD-ĐT, Cơ quan Quân sự, Công an thành phố, Đoàn thanh niên, khối "
        "trường THPT",
        ctx("2025-01-01"),
    )
    assert [(r.kind, r.first, r.last) for r in readings] == [
        (DeadlineKind.DATE, date(2025, 2, 20), date(2025, 2, 20)),
        (DeadlineKind.DATE, date(2025, 7, 10), date(2025, 7, 10)),
        (DeadlineKind.DATE, date(2025, 11, 13), date(2025, 11, 13)),
    ]


def test_two_days_apart_with_an_anniversary_after_them() -> None:
    # tests/corpus/zk-dongxuyen-an-giang-ngay-hoi-dai-doan-ket-2023.yaml: two days, not in a
    # row; the anniversary's span in parentheses is the day celebrated, no time of work
    readings = parse_deadlines(
        "Ngày 15/11/2023 và 18/11/2023 tại các khóm trên địa bàn phường Đông Xuyên long trọng "
        "tổ chức Ngày hội Đại đoàn kết toàn dân tộc, nhân kỷ niệm 93 năm ngày Truyền thống Mặt "
        "trận Tổ quốc Việt Nam (18/11/1930 – 18/11/2023)",
        ctx(),
    )
    assert [r.last for r in readings] == [date(2023, 11, 15), date(2023, 11, 18)]


def test_two_days_in_a_row_with_words_after_read_as_one_window() -> None:
    # tests/corpus/o-tay-ninh-ninh-thanh-tb-treo-co-4-2025.yaml: the corpus reads the two days
    # of national mourning as one window (f928036); ruling 56(b) of issue 11 (session 56)
    # decides it so: two days in a row, "ngày" once, one window first..last (this test
    # asserted the refusal before the ruling)
    (reading,) = parse_deadlines(
        "Theo quy định Quốc tang vào ngày 04/04/2025 và 05/04/2025 các trụ sở cơ quan, tổ chức, "
        "trường học, thực hiện treo cờ rủ",
        ctx(),
    )
    assert (reading.kind, reading.first, reading.last) == (
        DeadlineKind.WINDOW,
        date(2025, 4, 4),
        date(2025, 4, 5),
    )


def test_two_days_in_a_row_across_a_month_stay_refused() -> None:
    # tests/corpus/zg-vietbao-ban-bi-thu-ket-thuc-hoat-dong-cap-huyen-2025.yaml
    why = refused(
        "Bộ Công an chỉ đạo tăng cường công tác bảo đảm an ninh, trật tự sự kiện ngày 30/6 và "
        "ngày 1/7, đấu tranh có hiệu quả với các âm mưu, hoạt động kích động, chống phá, xuyên "
        "tạc chủ trương của Đảng, Nhà nước",
        ctx("2025-06-01"),
    )
    assert "30/06/2025 và 01/07/2025 là hai ngày liền nhau" in why


def test_two_days_each_with_its_own_step_stay_refused() -> None:
    # neighbour: a second step named between the days ("và nghiệm thu ngày …") is a clause of
    # its own, which the words after the list cannot follow
    refused(
        "Tổ chức kiểm tra ngày 10/3/2026 và nghiệm thu ngày 20/3/2026 với sự tham gia của các "
        "phòng, ban",
        ctx("2026-01-05"),
    )


def test_a_break_s_length_in_weeks_confirms_its_days() -> None:
    # tests/corpus/za-thanhnien-lich-nghi-tet-cac-truong-dh-2026.yaml: 2/2 to 1/3/2026 is 28
    # days, the four weeks said after the window
    reading = one(
        "Trường ĐH Nông Lâm TP.HCM dự kiến cho sinh viên nghỉ tết từ ngày 2.2 đến 1.3.2026, "
        "tương đương gần 4 tuần.",
        ctx("2025-12-02"),
    )
    assert (reading.first, reading.last) == (date(2026, 2, 2), date(2026, 3, 1))


def test_weeks_that_do_not_fit_the_window_stay_refused() -> None:
    # neighbour of the Thanh Niên phrase: three weeks are not 2/2 to 1/3/2026 (one of the two
    # is a typo, and reading either would pass over it)
    refused(
        "Trường ĐH Nông Lâm TP.HCM dự kiến cho sinh viên nghỉ tết từ ngày 2.2 đến 1.3.2026, "
        "tương đương gần 3 tuần.",
        ctx("2025-12-02"),
    )


def test_a_term_s_weeks_of_study_are_still_checked_as_weeks_of_study() -> None:
    # tests/corpus/o-baonghean-khanh-hoa-qd-687-nam-hoc-2025-2026.yaml: "có 18 tuần học" is
    # the term's weeks of study, inside its span, not its length
    reading = one("Học kỳ I: từ 8/9/2025 đến trước 18/1/2026, có 18 tuần học", ctx("2025-08-20"))
    assert (reading.first, reading.last) == (date(2025, 9, 8), date(2026, 1, 18))


def test_first_of_all_opens_the_list_of_steps() -> None:
    # tests/corpus/u-vtcnews-tuyen-sinh-dai-hoc-2026-4-moc.yaml: "Trước hết," (first of all),
    # closed by its comma, is no "trước" of the day
    reading = one(
        "Trước hết, chậm nhất ngày 15/2/2026, các trường đại học, cao đẳng phải công bố đầy đủ "
        "thông tin tuyển sinh trên website chính thức",
        ctx("2026-02-15"),
    )
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, date(2026, 2, 15))


def test_first_of_all_without_its_comma_stays_refused() -> None:
    # neighbour: "trước hết ngày …" with no comma may be "before the end of the day"
    refused("Trước hết ngày 15/2/2026 các trường đại học phải công bố", ctx("2026-02-01"))


def test_accordingly_before_a_span_needs_no_comma() -> None:
    # tests/corpus/zt-suckhoedoisong-nhap-ngu-4-6-3-2026.yaml: "Theo đó" right before "từ
    # ngày …" reads as "Theo đó, từ ngày …"; the lunar days in parentheses are a gloss
    reading = one(
        "Theo đó từ ngày 4/3 đến hết ngày 6/3/2026 (tức từ ngày 16 đến hết ngày 18 tháng Giêng "
        "năm Bính Ngọ), thanh niên cả nước lên đường thực hiện nghĩa vụ quân sự",
        ctx(),
    )
    assert (reading.first, reading.last) == (date(2026, 3, 4), date(2026, 3, 6))


def test_accordingly_before_a_session_opening_stays_refused() -> None:
    # neighbour (test_deadline_forms_l's): "Theo đó kỳ họp khai mạc ngày …" keeps its refusal
    refused("Theo đó kỳ họp khai mạc ngày 10/12/2026", ctx("2026-11-20"))


def test_a_condition_on_which_file_keeps_its_day() -> None:
    # tests/corpus/zq-znews-hoc-bong-hiep-dinh-2026.yaml: the day for the files in English or
    # Chinese (the page gives the others' day on a line of its own)
    reading = one("Trước ngày 31/1 nếu là hồ sơ tiếng Anh/Trung", ctx("2026-01-07"))
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, date(2026, 1, 31))


def test_a_condition_on_the_file_naming_a_time_stays_refused() -> None:
    # neighbours: the file's words stay checked ("muộn", late), and a condition on the day
    # itself is no file
    assert "“muộn”" in refused("Trước ngày 31/1 nếu là hồ sơ nộp muộn", ctx("2026-01-07"))
    assert "“nếu”" in refused("Trước ngày 31/1 nếu là ngày nghỉ", ctx("2026-01-07"))


def test_a_span_divided_into_phases_keeps_its_ends() -> None:
    # tests/corpus/za-thoibaonganhang-qd-923-ttg-thi-dua-cds-2025.yaml
    reading = one(
        "Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số” được triển khai "
        "thực hiện từ năm 2025 đến năm 2030, chia thành 2 giai đoạn",
        ctx("2025-05-14"),
    )
    assert (reading.first, reading.last) == (date(2025, 1, 1), date(2030, 12, 31))


def test_phases_with_their_own_days_or_rounds_after_a_day_stay_refused() -> None:
    # neighbours: the phases' days given after them are deadlines of their own; rounds after
    # one day are no division of a span
    refused(
        "Phong trào thi đua được triển khai thực hiện từ năm 2025 đến năm 2030, chia thành 2 "
        "giai đoạn: giai đoạn 1 từ năm 2025 đến năm 2027",
        ctx("2025-05-14"),
    )
    refused("Lễ ra quân ngày 10/3/2026, chia thành 2 đợt", ctx("2026-02-01"))


def test_once_each_week_is_the_weekly_cadence() -> None:
    # tests/corpus/z-baoninhthuan-thang-ve-sinh-tieu-doc-dot-2-2019.yaml: once a week, no
    # weekday named: the week's cadence, as "mỗi tuần" alone reads
    reading = one(
        "Các địa phương thành lập đội phun hóa chất tiêu độc, khử trùng tập trung tại khu vực "
        "chăn nuôi hộ gia đình, nơi công cộng, đường làng, ngõ xóm mỗi tuần một lần",
        ctx("2019-06-07"),
    )
    assert reading.kind is DeadlineKind.RECURRING
    assert reading.recurrence is not None
    assert reading.recurrence.frequency is Frequency.WEEKLY


def test_twice_each_week_stays_refused() -> None:
    # neighbour: two times a week with no day named would owe one time where the text owes two
    refused("Các địa phương phun hóa chất tiêu độc mỗi tuần hai lần", ctx("2019-06-07"))
