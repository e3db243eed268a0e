"""Session 54, the lead: what the merge's tester (fresh54) found reading a wrong day on the
session's new forms, and its neighbours (issue 11 §1: never a silent wrong date). Each phrase
below was read by the merge (the base refused all but the last two groups); each is refused
now, and the corpus phrase each form was built for still reads:

- a damaged word in a short quote: a title's damage is the title's, a word of time split or
  cut ("“sa u”", "“kh ông”", "'ko phải'") is still the phrase's (`label._no_damaged_word`);
- "(Trước đó …)" after the day holding a duty, a move or a group's own day (`asides`);
- a least wait ("phải đợi ít nhất sau 28 ngày"): the count is the earliest day (`dueafter`);
- a lapse whose sanction is denied, asked or told done, or whose duty is no plain duty
  undone ("không thể", "chưa kịp") (`lapsed`);
- a day opening what is told, then a step told not to happen or on a condition said in
  other words ("sẽ không", "miễn là", "với điều kiện", "phụ thuộc vào") (`engine`);
- a cadence kept up ("vẫn", "thường") is a record, as one told done (`engine`).
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.reading import DeadlineKind

# --- a damaged word in a short quote ----------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Nộp hồ sơ “sa u” ngày 30/9/2023",  # "sau": a start, not the day due
        "Nộp hồ sơ “S a u” ngày 30/9/2023",
        "Nộp hồ sơ 'sa u' ngày 30/9/2023",
        "“Kéo dài sa u” ngày 30/9/2023",
        "Nộp hồ sơ “kh ông” trước ngày 30/9/2023",  # "không": not before
        "Nộp hồ sơ 'ko phải' trước ngày 30/9/2023",
        "Nộp hồ sơ “chư a” trước ngày 30/9/2023",
    ],
)
def test_a_word_of_time_split_inside_quotes_is_still_refused(phrase: str) -> None:
    assert "hỏng" in refused(phrase, ctx("2023-06-01"))


def test_a_long_title_damaged_in_its_quotes_still_reads() -> None:
    # zr-tapchisonglam: the title's font lost "ầ", "ể", "ề", "ấ"
    reading = one(
        "Ban Tổ chức quyết định gia hạn thời gian nhận tác phẩm Cuộc vận động sáng tác về chủ "
        "đề “Xây dựng nông thôn mới đáp ứng yêu cu phát trin bn vững đt nước” đến hết "
        "30/9/2023",
        ctx("2023-06-01"),
    )
    assert reading.last == date(2023, 9, 30)


# --- "(Trước đó …)" after the day ------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # a duty of its own inside: the fee's day would be lost
        "Hạn nộp hồ sơ là ngày 15/5/2021 (trước đó, đã đăng ký, bắt buộc nộp lệ phí trước "
        "10/5/2021)",
        "Hạn nộp hồ sơ là ngày 15/5/2021 (trước đó, đã đăng ký, nộp lệ phí đến 10/5/2021)",
        # a group's own day: 15/5 is five days late for them
        "Thời gian sơ tuyển kéo dài đến ngày 15/5/2021, (Trước đó đã có thông báo, riêng thí "
        "sinh tự do nộp hồ sơ đến ngày 10/5/2021)",
        # a move: the day outside may no longer hold
        "Hạn nộp hồ sơ ngày 15/5/2021 (trước đó đã được lùi đến ngày 30/5/2021)",
        "Hạn nộp hồ sơ ngày 15/5/2021 (Trước đó đã kéo dài đến ngày 30/5/2021)",
    ],
)
def test_an_earlier_schedule_holding_a_day_of_its_own_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2021-04-30"))


def test_the_schedule_an_extension_replaced_still_reads() -> None:
    reading = one(
        "Thời gian sơ tuyển kéo dài đến ngày 15/5/2021, (Trước đó công tác sơ tuyển vào các "
        "học viện, trường Quân đội đã được bắt đầu từ ngày 01/3/2021, dự kiến kết thúc vào "
        "25/4/2021)",
        ctx("2021-04-30"),
    )
    assert reading.last == date(2021, 5, 15)


# --- a least wait -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Người dân phải đợi ít nhất sau 28 ngày",
        "Người dân phải chờ sau 28 ngày",
        "Gia súc phải tiêm nhắc lại tối thiểu sau 28 ngày",
        "Gia súc phải tiêm nhắc lại sớm nhất sau 28 ngày",
    ],
)
def test_a_least_wait_is_no_count_due(phrase: str) -> None:
    refused(phrase, ctx("2026-03-01"))


def test_a_booster_due_after_its_count_still_reads() -> None:
    reading = one(
        "Cục yêu cầu đối với gia súc tiêm lần đầu, bắt buộc phải tiêm nhắc lại lần hai sau 28 ngày",
        ctx("2026-03-01"),
    )
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.relative is not None and reading.relative.offset == 28


# --- a lapse whose sanction is denied, asked or told done ------------------------------------

LAPSE = "Nếu quá 60 ngày kể từ ngày sinh mà cha mẹ"


@pytest.mark.parametrize(
    "rest",
    [
        " chưa đăng ký khai sinh, cha mẹ không bị xử phạt",
        " chưa đăng ký khai sinh, cha mẹ sẽ không bị xử phạt",
        " chưa đăng ký khai sinh, cha mẹ chẳng bị xử phạt",
        " chưa đăng ký khai sinh, cha mẹ được miễn bị xử phạt",
        " chưa đăng ký khai sinh, cha mẹ có bị xử phạt không",
        " chưa đăng ký khai sinh, cha mẹ có bị xử phạt hay không",
        " chưa đăng ký khai sinh, liệu cha mẹ có bị xử phạt?",
        " chưa đăng ký khai sinh, cha mẹ đã bị xử phạt",
        " không thể đăng ký khai sinh, cha mẹ có thể bị xử phạt",
        " chưa kịp đăng ký khai sinh, cha mẹ có thể bị xử phạt",
        " vẫn chưa đăng ký khai sinh, cha mẹ có thể bị xử phạt",
    ],
)
def test_a_lapse_with_no_plain_sanction_to_come_is_refused(rest: str) -> None:
    refused(LAPSE + rest, ctx("2026-03-01"))


def test_a_lapse_and_its_sanction_still_read() -> None:
    reading = one(
        LAPSE + " hoặc người giám hộ chưa thực hiện thủ tục đăng ký khai sinh, cha mẹ có thể "
        "bị xử phạt hành chính theo quy định của pháp luật",
        ctx("2026-03-01"),
    )
    assert reading.kind is DeadlineKind.RELATIVE
    assert reading.label == "cha mẹ hoặc người giám hộ thực hiện thủ tục đăng ký khai sinh"


def test_a_loss_after_the_lapse_still_reads() -> None:
    reading = one(LAPSE + " chưa đăng ký, thì không còn được hưởng trợ cấp", ctx("2026-03-01"))
    assert reading.relative is not None and reading.relative.offset == 60


# --- a day told, then a step told not to happen or on a condition -----------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Sở GD cho biết ngày 1-7 sẽ tổ chức hội nghị miễn là đủ điều kiện",
        "Ngày 1-7 sẽ tổ chức hội nghị với điều kiện đủ kinh phí",
        "Ngày 1-7 sẽ tổ chức hội nghị, phụ thuộc vào tình hình",
        "Ngày 1-7 sẽ không tổ chức hội nghị",
        "Sở GD cho biết ngày 1-7 sẽ không tổ chức hội nghị",
    ],
)
def test_a_day_told_with_its_step_denied_or_conditional_is_refused(phrase: str) -> None:
    refused(phrase, ctx("2026-03-01"))


def test_a_day_told_with_its_step_still_reads() -> None:
    assert one("Ngày 1-7 sẽ tổ chức hội nghị", ctx("2026-03-01")).last == date(2026, 7, 1)


# --- a cadence kept up ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase", ["Các xã vẫn tiêm phòng hằng năm", "Các xã thường tiêm phòng hằng năm"]
)
def test_a_cadence_kept_up_is_a_record(phrase: str) -> None:
    assert "vẫn" in refused(phrase, ctx("2026-03-01"))


def test_a_cadence_to_keep_still_reads() -> None:
    assert one("Các xã tiêm phòng hằng năm", ctx("2026-03-01")).recurrence is not None
