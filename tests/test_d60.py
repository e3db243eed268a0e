"""Not-until with who waits, conditions main still read as firm deadlines, and optional
rounds: refused with a reason and a way out (helper d60, session 60).

Main read "Tới 15/9/2026 bà con mới gieo", "Đến 30/6/2026 các xã mới nộp", "Đến 30/6/2026
thì mới nộp", "Đến hết 30/6/2026 mới nộp", a bare "moi" and "Đến 30/6/2026 - mới nộp" as due
on the day: the work waits till then, the day is its earliest, never its deadline
(`engine._ONLY_THEN`, the first rule: never a silent wrong date). "mới hoàn thành" (with
"thì" too) keeps the ruling that the day the work ends is its deadline; an event held that
day ("đến ngày 2/3 mới tổ chức khai giảng", test_deadline_forms_e) and "mới là hạn chót"
read as before.

Main read "Trường hợp UBND tỉnh chấp thuận, tổ chức trước 30/9/2026", "Trong điều kiện
kinh phí cho phép, …", "Tùy khả năng kinh phí, …", "Sau khi có vốn, …", "Nếu có nhu cầu, tổ
chức trong tháng 9/2026" as firm days: whether the step is done at all waits on the giver,
the means, the situation or a demand (`conditionmeans`). The applicant's own step after a
condition stays read ("Nếu đủ điều kiện, đăng ký trước ngày 30/9/2026"), and a need named
is the needer's ("nếu có nhu cầu chỉnh sửa … thì được phép … gửi lại tác phẩm chậm nhất đến
hết ngày 30/9/2023", tests/corpus/zr-tapchisonglam-gia-han-cuoc-van-dong-sang-tac-nghe-an-
2023.yaml), as a step left to the weather after its start is the start's ("Từ ngày 1/10, tùy
tình hình thời tiết, …", tests/corpus/za-znews-nghi-hoc-bao-bualoi-2025.yaml).

A change: "Trường hợp có thay đổi, thông báo trước …" read and "Nếu có thay đổi, …" was
refused; one rule now: a duty to tell the change by the day is a real deadline and reads
with either word, the changed day itself ("…, hội nghị tổ chức ngày …") is refused.

Optional rounds main read as firm: "Đợt 2 (trường hợp còn chỉ tiêu)", "Kiểm tra sát hạch (nếu
có)", "Chấm lại (nếu có)", "Khóa 2 (nếu có)" (`optionalround`).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import DeadlineKind, parse_deadlines

MARCH_2026 = ctx("2026-03-01")


def _lasts(phrase: str, issued: str = "2026-03-01") -> tuple[date | None, ...]:
    return tuple(reading.last for reading in parse_deadlines(phrase, ctx(issued)))


# --- not until ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # the brief's
        "Tới 15/9/2026 bà con mới gieo",
        "Đến 30/6/2026 các xã mới nộp",
        "Đến 30/6/2026 thì mới nộp",
        "Đến hết 30/6/2026 mới nộp",
        "Den 30/6/2026 moi nop",
        "Đến 30/6/2026 - mới nộp",
        # their kin: who waits, "thì", "đến hết ngày", dashes, bare words, stressed waits
        "Đến ngày 30/6/2026 người dân mới được nhận tiền",
        "Tới 15/9/2026, nông dân mới gieo sạ",
        "Đến 30/6/2026 các đơn vị mới gửi báo cáo",
        "Đến 30/6/2026 học sinh mới nhập học",
        "Đến 30/6/2026 UBND xã mới phê duyệt",
        "Đến 30/6/2026 doanh nghiệp mới được hoàn thuế",
        "Tới 15/9/2026 bà con thì mới gieo",
        "Đến 30/6/2026 thì mới được triển khai",
        "Đến hết ngày 30/6/2026 mới nộp báo cáo",
        "Đến 30/6/2026 – mới nộp",
        "Đến 30/6/2026 moi nop",
        "Toi 15/9/2026 ba con moi gieo",
        # a month, a quarter, a year; who waits named by its kind
        "Đến năm 2027 mới triển khai",
        "Đến cuối tháng 9/2026 mới nộp",
        "Tới quý III/2026 bà con mới gieo",
        "Đến 30/6/2026 chủ hộ mới nộp",
        "Đến 30/6/2026 Công ty A mới nộp",
        "Phải đến 30/6/2026 các xã mới nộp",
        "Phải đến 30/6/2026 thì mới hoàn thành",
        "Mãi đến hết 30/6/2026 mới nộp",
        # a verb of work, each a whole word: "mới làm" is no "mới là"
        "Đến 30/6/2026 mới làm",
        "Đến 30/6/2026 mới chỉ đạo",
        "Đến 30/6/2026 mới đóng góp",
        "Phải đến 30/6/2026 mới đóng học phí",
    ],
)
def test_a_wait_till_the_day_is_no_deadline(phrase: str) -> None:
    why = refused(phrase, MARCH_2026)
    assert "mốc sớm nhất" in why and "last_day" in why


JUNE_30 = (date(2026, 6, 30),)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # the day the work ends is its deadline (the merge's ruling), with "thì" too
        ("Đến 30/6/2026 mới hoàn thành", JUNE_30),
        ("Đến 30/6/2026 thì mới hoàn thành", JUNE_30),
        ("Đến 30/6/2026 các xã mới hoàn thành", JUNE_30),
        ("Đến 30/6/2026 thì mới xong", JUNE_30),
        ("Đến cuối năm 2026 mới hoàn thành", (date(2026, 12, 31),)),
        ("Đến 15/7/2026 mới là hạn chót", (date(2026, 7, 15),)),
        ("Phải đến 30/6/2026 mới hết hạn", JUNE_30),
        ("Phải đến 30/6/2026 mới đóng cửa", JUNE_30),
        # an event held that day, the day school resumes
        ("đến ngày 2/3 mới tổ chức khai giảng", (date(2026, 3, 2),)),
        ("đến ngày 2/3 mới đi học trở lại", (date(2026, 3, 2),)),
        # "mới" of a new thing, "mỗi" (each)
        ("Đến 30/6/2026 các xã mới thành lập phải nộp báo cáo", JUNE_30),
        ("Đến 30/6/2026 hoàn thành xây mới toàn bộ nhà", JUNE_30),
        ("Đến ngày 30/6/2026 hoàn thành việc xây dựng nhà mới cho người dân", JUNE_30),
        ("Đến ngày 30/6/2026 hoàn thành việc kiểm tra", JUNE_30),
        ("Đến hết 30/6/2026 nộp báo cáo", JUNE_30),
    ],
)
def test_what_main_reads_right_stays_read(phrase: str, last: tuple[date, ...]) -> None:
    assert _lasts(phrase) == last


# --- conditions on the giver, the means, the situation, a demand --------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # the brief's
        "Trường hợp UBND tỉnh chấp thuận, tổ chức trước 30/9/2026",
        "Trong điều kiện kinh phí cho phép, tổ chức trước 30/9/2026",
        "Tùy khả năng kinh phí, tổ chức trước 30/9/2026",
        "Sau khi có vốn, khởi công trước 30/9/2026",
        "Nếu có nhu cầu, tổ chức trong tháng 9/2026",
        # the giver named
        "Trường hợp UBND tỉnh phê duyệt, khởi công tháng 9/2026",
        "Trường hợp cấp có thẩm quyền phê duyệt, khởi công tháng 9/2026",
        "Nếu Bộ đồng ý, tổ chức trước 30/9/2026",
        "Trường hợp Thủ tướng Chính phủ cho phép, tổ chức trước 30/9/2026",
        "Trường hợp Sở Tài chính bố trí kinh phí, mua sắm trước 30/9/2026",
        "Trường hợp UBND tỉnh không chấp thuận, tổ chức trước 30/9/2026",
        # the means allowing, the step left to them
        "Nếu kinh phí cho phép, tổ chức trước 30/9/2026",
        "Trong phạm vi kinh phí cho phép, tổ chức trước 30/9/2026",
        "Trong điều kiện cho phép, tổ chức trước 30/9/2026",
        "Trong khả năng ngân sách cho phép, tổ chức trước 30/9/2026",
        "Tùy theo khả năng kinh phí, tổ chức trước 30/9/2026",
        "Tùy khả năng ngân sách, tổ chức trước 30/9/2026",
        "Tùy vào tình hình, tổ chức trước 30/9/2026",
        "Tùy nguồn kinh phí, tổ chức trước 30/9/2026",
        "Tùy thuộc vào điều kiện, tổ chức trước 30/9/2026",
        # after the means come, a go-ahead
        "Sau khi có kinh phí, tổ chức trước 30/9/2026",
        "Sau khi được bố trí vốn, khởi công trước 30/9/2026",
        "Sau khi được phê duyệt, khởi công trước 30/9/2026",
        # a demand unnamed
        "Trường hợp có nhu cầu, tổ chức trong tháng 9/2026",
        "Nếu có nhu cầu thì tổ chức trong tháng 9/2026",
    ],
)
def test_a_condition_on_the_giver_or_the_means_is_no_firm_day(phrase: str) -> None:
    why = refused(phrase, MARCH_2026)
    assert "điều kiện" in why and "last_day" in why


@pytest.mark.parametrize(
    "phrase",
    [
        # refused on main, and still
        "Tùy tình hình, tổ chức trước 30/9/2026",
        "Tuỳ tình hình thực tế, tổ chức trước 30/9/2026",
        "Tùy theo điều kiện thực tế, tổ chức trước 30/9/2026",
        "Khi được bố trí vốn, khởi công trước 30/9/2026",
        "Khi có vốn, khởi công trước 30/9/2026",
        "Khi kinh phí cho phép, tổ chức trước 30/9/2026",
        "Nếu UBND tỉnh chấp thuận, tổ chức trước 30/9/2026",
    ],
)
def test_the_conditions_main_refused_stay_refused(phrase: str) -> None:
    assert "last_day" in refused(phrase, MARCH_2026)


SEPT_30 = (date(2026, 9, 30),)


@pytest.mark.parametrize(
    ("phrase", "last", "issued"),
    [
        # the applicant's own step after an eligibility or an approval
        ("Nếu đủ điều kiện, đăng ký trước ngày 30/9/2026", SEPT_30, "2026-03-01"),
        ("Trường hợp được phê duyệt, báo cáo kết quả trước 30/9/2026", SEPT_30, "2026-03-01"),
        ("Sau khi được phê duyệt, báo cáo kết quả trước 30/9/2026", SEPT_30, "2026-03-01"),
        ("Trường hợp UBND tỉnh chấp thuận, báo cáo kết quả trước 30/9/2026", SEPT_30, "2026-03-01"),
        # a duty, a need that is the needer's
        ("Nếu có vướng mắc, báo cáo về Sở trước 30/9/2026", SEPT_30, "2026-03-01"),
        ("Nếu có nhu cầu, đăng ký trước 30/9/2026", SEPT_30, "2026-03-01"),
        ("Nếu có nhu cầu, liên hệ trước 30/9/2026", SEPT_30, "2026-03-01"),
        ("Trường hợp có nhu cầu, đăng ký trước 30/9/2026", SEPT_30, "2026-03-01"),
        (
            "– Đối với các tác giả đã nộp tác phẩm dự thi, nếu có nhu cầu chỉnh sửa, bổ sung "
            "tác phẩm thì được phép chỉnh sửa, bổ sung và gửi lại tác phẩm chậm nhất đến hết "
            "ngày 30/9/2023",
            (date(2023, 9, 30),),
            "2023-03-01",
        ),
        # after a result, no means: the order of the work
        ("Sau khi có kết quả, báo cáo trước 30/9/2026", SEPT_30, "2026-03-01"),
        # "tùy theo" where the file goes
        ("Tổ chức trước 30/9/2026", SEPT_30, "2026-03-01"),
    ],
)
def test_the_own_step_after_a_condition_stays_read(
    phrase: str, last: tuple[date, ...], issued: str
) -> None:
    assert _lasts(phrase, issued) == last


def test_a_step_left_to_the_weather_after_its_start_keeps_the_start() -> None:
    # tests/corpus/za-znews-nghi-hoc-bao-bualoi-2025.yaml
    (reading,) = parse_deadlines(
        "Từ ngày 1/10, tùy tình hình thời tiết, các cơ sở giáo dục chủ động theo dõi, báo cáo "
        "để quyết định cho học sinh nghỉ tiếp nếu cần.",
        ctx("2025-09-30"),
    )
    assert reading.earliest == date(2025, 10, 1) and reading.last is None


def test_the_refusal_names_the_condition() -> None:
    why = refused("Trường hợp UBND tỉnh chấp thuận, tổ chức trước 30/9/2026", MARCH_2026)
    assert "trường hợp ubnd tỉnh chấp thuận" in why and "ghi last_day" in why


# --- a change: a duty to tell it is one rule, with "nếu" or "trường hợp" ------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Trường hợp có thay đổi, thông báo trước 30/9/2026",
        "Nếu có thay đổi, thông báo trước 30/9/2026",
        "Nếu có thay đổi thì thông báo trước 30/9/2026",
        "Nếu có sự thay đổi, báo cáo về Sở trước 30/9/2026",
        "Trường hợp có thay đổi, báo cáo về Sở trước 30/9/2026",
        "Nếu có thay đổi, báo cáo Sở trước ngày 30/9/2026",
        "Nếu có thay đổi thì gửi báo cáo trước 30/9/2026",
        "Nếu có thay đổi, cập nhật trước 30/9/2026",
        "Trường hợp có sự thay đổi, thông báo bằng văn bản trước 30/9/2026",
    ],
)
def test_a_duty_to_tell_a_change_is_due_by_its_day(phrase: str) -> None:
    (reading,) = parse_deadlines(phrase, MARCH_2026)
    assert (reading.kind, reading.last) == (DeadlineKind.DATE, date(2026, 9, 30))


@pytest.mark.parametrize(
    "phrase",
    [
        # the changed day itself, with either word
        "Nếu có thay đổi, hội nghị tổ chức ngày 30/9/2026",
        "Trường hợp có thay đổi, hội nghị tổ chức ngày 30/9/2026",
        "Nếu có thay đổi, tổ chức trước 30/9/2026",
        "Nếu có thay đổi, tổ chức lại ngày 30/9/2026",
        "Nếu có thay đổi, lịch thi sẽ là ngày 30/9/2026",
        "Nếu có thay đổi thì hội nghị diễn ra ngày 30/9/2026",
        "Nếu có thay đổi, khai giảng ngày 30/9/2026",
        "Trường hợp có thay đổi, khai giảng ngày 30/9/2026",
        "Nếu có thay đổi, hạn nộp là 30/9/2026",
        "Nếu có thay đổi, lùi đến 30/9/2026",
        "Trường hợp có thay đổi, lùi đến 30/9/2026",
        "Nếu có thay đổi, dời sang ngày 30/9/2026",
        "Nếu có thay đổi, gia hạn đến 30/9/2026",
        "Nếu có thay đổi, kéo dài đến 30/9/2026",
        # negated, hedged, held off, told done, after the day, called off, a second condition
        "Nếu không có thay đổi, thông báo trước 30/9/2026",
        "Trường hợp không có thay đổi, thông báo trước 30/9/2026",
        "Nếu chưa có thay đổi, thông báo trước 30/9/2026",
        "Nếu có thay đổi, không cần thông báo trước 30/9/2026",
        "Nếu có thay đổi, có thể thông báo trước 30/9/2026",
        "Nếu có thay đổi, dự kiến thông báo trước 30/9/2026",
        "Trường hợp có thay đổi, dự kiến thông báo trước 30/9/2026",
        "Nếu có thay đổi, tạm dừng thông báo trước 30/9/2026",
        "Nếu có thay đổi, đã thông báo trước 30/9/2025",
        "Nếu có thay đổi, thông báo sau ngày 30/9/2026",
        "Nếu có thay đổi, thông báo chậm nhất sau 30/9/2026",
        "Nếu có thay đổi, thông báo trước 30/9/2026 (đã hủy)",
        "Nếu có thay đổi, thông báo trước 30/9/2026 nếu cần",
        "Neu co thay doi, thong bao truoc 30/9/2026",
    ],
)
def test_a_change_s_day_that_is_no_duty_to_tell_is_refused(phrase: str) -> None:
    assert refused(phrase, MARCH_2026)


# --- optional rounds ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Đợt 2 (trường hợp còn chỉ tiêu) trước 30/9/2026",
        "Xét tuyển đợt 2 (trường hợp còn chỉ tiêu): từ 1/9 đến 15/9/2026",
        "Đợt 2 (trong trường hợp còn chỉ tiêu) trước 30/9/2026",
        "Kiểm tra sát hạch (nếu có) ngày 30/9/2026",
        "Sát hạch (nếu có) ngày 30/9/2026",
        "Chấm lại (nếu có) trước 30/9/2026",
        "Chấm phúc khảo (nếu có) trước 30/9/2026",
        "Khóa 2 (nếu có) trước 30/9/2026",
        "Khoá 2 (nếu có) trước 30/9/2026",
        "Khóa thứ hai (nếu có) trước 30/9/2026",
        "Khóa bổ sung (khi cần) trước 30/9/2026",
        "Phỏng vấn (nếu có) ngày 30/9/2026",
    ],
)
def test_a_round_held_only_if_needed_is_no_firm_day(phrase: str) -> None:
    why = refused(phrase, MARCH_2026)
    assert "chỉ có khi cần" in why and "last_day" in why


@pytest.mark.parametrize(
    "phrase",
    [
        # the candidate's own request, a course one applies to, firm rounds
        "Phúc khảo (nếu có) trước 30/9/2026",
        "Nộp đơn phúc khảo (nếu có) trước 30/9/2026",
        "Nộp hồ sơ đăng ký khóa học (nếu có) trước 30/9/2026",
        "Khóa 2 trước 30/9/2026",
        "Kiểm tra sát hạch ngày 30/9/2026",
        "Chấm lại trước 30/9/2026",
        "Phỏng vấn ngày 30/9/2026",
        "Đăng ký học (trường hợp còn chỉ tiêu) trước 30/9/2026",
    ],
)
def test_a_firm_round_or_an_own_request_stays_read(phrase: str) -> None:
    assert _lasts(phrase) == SEPT_30
