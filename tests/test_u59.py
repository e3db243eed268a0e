"""A condition on the means or the go-ahead heading a step, and a round marked "(nếu có)":
refused, never read as a firm day (session 59, helper u59).

Session 59's fresh breaker (issued 01/03/2026) read "Nếu đủ điều kiện thì khởi công tháng
9/2026" as a window of September 2026, "Nếu đủ điều kiện, tổ chức Hội nghị trước 30/9/2026"
as due on 30/09/2026, "Nếu có kinh phí thì tổ chức trong tháng 9/2026" as September, and
"Đợt 1 trước 30/6/2026; đợt 2 (nếu có) trước 31/12/2026" with a firm second round: the step
is done only if money, readiness or an approval comes, or if a second round is needed, so
its day is no deadline (the first rule: never a silent wrong date). The base spared "nếu
có/còn/đủ … thì" as a condition on whom the step is for, which it keeps: "nếu có khiếu nại về
kết quả bầu cử ĐBQH thì khiếu nại đó phải được gửi … chậm nhất là 5 ngày"
(tests/corpus/u-baogiaothong-cong-bo-ket-qua-bau-cu-2016.yaml), "Trường hợp có vướng mắc,
báo cáo … trước ngày …", and "(nếu có)" after a document ("giấy tờ khác (nếu có)": if any).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, refused
from kehoach.dates.deadline import parse_deadlines

MARCH_2026 = ctx("2026-03-01")


def _last_days(phrase: str) -> tuple[date | None, ...]:
    return tuple(reading.last for reading in parse_deadlines(phrase, MARCH_2026))


@pytest.mark.parametrize(
    "phrase",
    [
        # the breaker's
        "Nếu đủ điều kiện thì khởi công tháng 9/2026",
        "Nếu đủ điều kiện, tổ chức Hội nghị trước 30/9/2026",
        "Nếu có kinh phí thì tổ chức trong tháng 9/2026",
        # their kin: money, readiness, "if possible"
        "Nếu có đủ điều kiện thì khởi công tháng 9/2026",
        "Nếu đủ điều kiện thì khởi công trong tháng 9/2026",
        "Nếu đủ điều kiện thì khởi công tháng 9",
        "Nếu đủ vốn thì khởi công tháng 9/2026",
        "Nếu còn kinh phí thì tổ chức đợt 2 trong tháng 9/2026",
        "Nếu có nguồn vốn, khởi công trước 30/9/2026",
        "Nếu có ngân sách thì mua sắm trước 30/9/2026",
        "Nếu có điều kiện thì tổ chức trước 30/9/2026",
        "Nếu có thể, hoàn thành trước 30/6/2026",
        # "trường hợp", which opens no time word
        "Trường hợp đủ điều kiện, khởi công tháng 9/2026",
        "Trường hợp đủ điều kiện khởi công tháng 9/2026",
        "Trường hợp có kinh phí thì tổ chức trong tháng 9/2026",
        "Trong trường hợp được phê duyệt, khởi công tháng 9/2026",
        "Trường hợp được chấp thuận thì tổ chức trước 30/9/2026",
        "Truong hop du dieu kien thi khoi cong thang 9/2026",
        # heading a clause of the words before the time
        "Dự án A: nếu đủ điều kiện thì khởi công tháng 9/2026",
        "Đối với dự án A, nếu có kinh phí thì khởi công tháng 9/2026",
        "Riêng nếu đủ điều kiện thì khởi công tháng 9/2026",
        # more kin: a go-ahead by whoever, money bare, "if possible"
        "Trường hợp được cấp có thẩm quyền phê duyệt, khởi công tháng 9/2026",
        "Nếu có vốn thì khởi công tháng 9/2026",
        "Nếu có điều kiện, tổ chức tham quan trước 30/9/2026",
        "Trường hợp có thể, hoàn thành trước 30/6/2026",
        # the site, enough people, a policy or a decision, things going well
        "Nếu có mặt bằng thì khởi công tháng 9/2026",
        "Nếu đủ số lượng thì tổ chức lớp trong tháng 9/2026",
        "Nếu có đủ học viên, khai giảng tháng 9/2026",
        "Trường hợp đủ số lượng, mở lớp trong tháng 9/2026",
        "Nếu có chủ trương thì triển khai trong tháng 9/2026",
        "Nếu có quyết định giao vốn, khởi công tháng 9/2026",
        "Trường hợp thuận lợi, khởi công tháng 9/2026",
    ],
)
def test_a_condition_on_the_means_is_no_firm_day(phrase: str) -> None:
    assert "điều kiện" in refused(phrase, MARCH_2026)


def test_the_refusal_says_why_and_what_to_write() -> None:
    why = refused("Nếu có kinh phí thì tổ chức trong tháng 9/2026", MARCH_2026)
    assert "nếu có kinh phí" in why and "ghi last_day" in why


@pytest.mark.parametrize(
    "phrase",
    [
        # refused on main already, and still
        "Nếu được bố trí vốn thì khởi công tháng 9/2026",
        "Nếu bố trí được vốn thì khởi công tháng 9/2026",
        "Nếu được phê duyệt, khởi công tháng 9/2026",
        "Neu du dieu kien thi khoi cong thang 9/2026",
        "Nếu đủ điều kiện khởi công tháng 9/2026",
        "Nếu dự án đủ điều kiện thì khởi công tháng 9/2026",
        "Nếu được cấp vốn thì khởi công tháng 9/2026",
        "Nếu điều kiện cho phép, tổ chức trước 30/9/2026",
        "Tùy điều kiện, tổ chức trước 30/9/2026",
        "Khi có kinh phí thì tổ chức trong tháng 9/2026",
        "Nếu đồng ý, gửi phiếu trước 30/6/2026",
    ],
)
def test_the_conditions_main_refused_stay_refused(phrase: str) -> None:
    assert refused(phrase, MARCH_2026)


@pytest.mark.parametrize(
    "phrase",
    [
        "Đợt 1 trước 30/6/2026; đợt 2 (nếu có) trước 31/12/2026",
        "Đợt 1: trước 30/6/2026; đợt 2 (nếu có): trước 31/12/2026",
        "Đợt 2 (nếu có) trước 31/12/2026",
        "Kiểm tra lần 2 (nếu có) trước 31/12/2026",
        "Đợt bổ sung (nếu có) hoàn thành trong tháng 12/2026",
        "Tổ chức đợt 2 (nếu có) từ 1/9 đến 30/11/2026",
        "Vòng 2 (nếu có) tổ chức trước 15/10/2026",
        "Dot 1 truoc 30/6/2026; dot 2 (neu co) truoc 31/12/2026",
        # held if needed, if places remain, "nếu có" between commas
        "Đợt 2 (khi cần) trước 31/12/2026",
        "Đợt 2 (nếu còn chỉ tiêu) trước 31/12/2026",
        "Đợt 1 trước 30/6/2026; đợt 2 (nếu cần thiết) trước 31/12/2026",
        "Đợt 2, nếu có, trước 31/12/2026",
        "Đợt 1 trước 30/6/2026; đợt bổ sung (nếu có) trước 31/12/2026",
        # an intake or an exam held in addition or again
        "Xét tuyển bổ sung (nếu có): từ 1/9 đến 15/9/2026",
        "Tuyển sinh bổ sung (nếu có) trước 31/12/2026",
        "Tổ chức kỳ thi lần 2 (nếu có) trong tháng 8/2026",
        "Thi lại (nếu có) trong tháng 8/2026",
    ],
)
def test_a_round_held_only_if_needed_is_no_firm_day(phrase: str) -> None:
    # the whole phrase: reading the firm round alone would drop the other unseen
    refused(phrase, MARCH_2026)


@pytest.mark.parametrize(
    "phrase",
    [
        # the condition opens the step written after its day
        "Trước 30/9/2026, nếu có kinh phí thì tổ chức hội nghị",
        "Trong tháng 9/2026 (nếu đủ điều kiện) khởi công",
        "Dự kiến khởi công tháng 9/2026 nếu đủ điều kiện",
    ],
)
def test_a_condition_on_the_means_after_the_day_is_no_firm_day(phrase: str) -> None:
    assert refused(phrase, MARCH_2026)


def test_the_optional_round_is_named() -> None:
    why = refused("Đợt 1 trước 30/6/2026; đợt 2 (nếu có) trước 31/12/2026", MARCH_2026)
    assert "đợt 2 (nếu có)" in why and "last_day" in why


JUNE_30 = (date(2026, 6, 30),)
SEPT_30 = (date(2026, 9, 30),)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # a condition on whom the step is for: whoever has one acts by the day
        ("Nếu có, gửi báo cáo trước 30/6/2026", JUNE_30),
        ("Nếu có vướng mắc, báo cáo Sở trước ngày 30/6/2026", JUNE_30),
        ("Nếu có khó khăn thì báo cáo trước ngày 30/6/2026", JUNE_30),
        ("Trường hợp có vướng mắc, báo cáo Sở trước ngày 30/6/2026", JUNE_30),
        ("Nếu có nhu cầu chỉnh sửa thì gửi lại tác phẩm chậm nhất đến hết ngày 30/9/2026", SEPT_30),
        ("Nếu còn chỉ tiêu thì đăng ký trước 30/6/2026", JUNE_30),
        ("Nếu có khiếu nại thì gửi chậm nhất là ngày 30/6/2026", JUNE_30),
        ("Trường hợp có nhu cầu, đăng ký trước 30/6/2026", JUNE_30),
        ("Nếu đủ hồ sơ thì cấp phép trước 30/6/2026", JUNE_30),
        # the reader's own consent: whoever agrees signs by the day
        ("Trường hợp đồng ý, ký xác nhận và gửi trước 30/6/2026", JUNE_30),
        # a condition after the day, on something else
        ("Báo cáo trước ngày 30/6/2026; nếu có vướng mắc, báo cáo Sở để xử lý", JUNE_30),
        ("Nộp hồ sơ trước 30/6/2026, trường hợp đủ điều kiện sẽ được cấp phép", JUNE_30),
        # "(nếu có)" after a document or a request: if any, the day holds
        ("Nộp hồ sơ gồm: đơn, giấy tờ khác (nếu có) trước ngày 30/6/2026", JUNE_30),
        ("Nộp đơn phúc khảo (nếu có) trước 30/6/2026", JUNE_30),
        ("Gửi đề xuất, kiến nghị (nếu có) trước ngày 15/7/2026", (date(2026, 7, 15),)),
        ("Báo cáo kết quả đợt 1 (gồm cả hồ sơ bổ sung nếu có) trước 30/6/2026", JUNE_30),
        ("Nộp hồ sơ bổ sung (nếu có) trước 30/6/2026", JUNE_30),
        ("Phúc khảo (nếu có) trước 30/7/2026", (date(2026, 7, 30),)),
        (
            "Xét tuyển thẳng, xác nhận nhập học trên Hệ thống (nếu có) trước 15/8/2026",
            (date(2026, 8, 15),),
        ),
        (
            "Hệ thống sẽ mở cho thí sinh lựa chọn ca thi thứ hai (nếu còn chỉ tiêu) từ 9h ngày "
            "8/2/2026 đến 9h ngày 14/2/2026",
            (date(2026, 2, 14),),
        ),
        # the means and the go-ahead as the step itself, or as whom it is for
        ("Đủ điều kiện khởi công tháng 9/2026", SEPT_30),
        ("Các dự án đủ điều kiện khởi công trong tháng 9/2026", SEPT_30),
        ("Khởi công các công trình đã đủ điều kiện trước 30/9/2026", SEPT_30),
        ("Bố trí kinh phí trước 30/6/2026", JUNE_30),
        ("Trình phê duyệt dự án trước 30/6/2026", JUNE_30),
        ("Hồ sơ đề nghị phê duyệt gửi trước ngày 30/6/2026", JUNE_30),
        ("Rà soát các trường hợp đủ điều kiện trước 30/6/2026", JUNE_30),
        ("Hoàn thành thủ tục cấp vốn trước ngày 30/9/2026", SEPT_30),
        ("Đối với dự án A, khởi công tháng 9/2026", SEPT_30),
        ("Ghi rõ điều kiện, gửi trước 30/6/2026", JUNE_30),
        # rounds with no "(nếu có)": firm
        ("Đợt 1 trước 30/6/2026, đợt 2 trước 31/12/2026", (date(2026, 6, 30), date(2026, 12, 31))),
        ("Đợt 2 trước 31/12/2026", (date(2026, 12, 31),)),
        ("Kiểm tra lần 2 trước 31/12/2026", (date(2026, 12, 31),)),
        ("Nộp hồ sơ đợt 2 trước 31/12/2026", (date(2026, 12, 31),)),
    ],
)
def test_what_main_reads_stays_read(phrase: str, last: tuple[date, ...]) -> None:
    assert _last_days(phrase) == last


def test_a_case_after_the_day_keeps_its_own_checks() -> None:
    # the corpus's: "…, nếu đủ điều kiện thì cấp giấy phép" after a count of days
    phrase = (
        "Trong thời hạn 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ, cơ quan có thẩm "
        "quyền cấp giấy phép tổ chức thẩm định hồ sơ, nếu đủ điều kiện thì cấp giấy phép"
    )
    assert parse_deadlines(phrase, MARCH_2026)
