"""Session 54, helper famg54 (the long tail of refused phrases, family G): a duty's limit told
by its lapse ("Nếu quá 60 ngày kể từ ngày sinh mà … chưa thực hiện thủ tục đăng ký khai sinh,
… bị xử phạt"), read as the count from its event a careful reader writes down (`lapsed`);
its neighbours (a duty told done, a right instead of a sanction, a day written out, no
diacritics, a second clause, a cadence or a condition after it, "không quá") stay refused."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, one, refused
from kehoach.dates.deadline import DeadlineKind

R = DeadlineKind.RELATIVE


def _relative(phrase: str, issued: str | None = None) -> tuple[object, ...]:
    reading = one(phrase, ctx(issued))
    assert reading.kind is R
    assert reading.relative is not None
    rel = reading.relative
    return rel.offset, rel.unit, rel.working_days, rel.direction, rel.anchor


# --- a limit told by its lapse ---------------------------------------------------------------


def test_a_limit_told_by_its_sanction_reads_the_count() -> None:
    # tests/corpus/ze-luatpvlgroup-dang-ky-khai-sinh-thoi-han.yaml (Luật Hộ tịch 2014, Điều 15)
    phrase = (
        "Nếu quá 60 ngày kể từ ngày sinh mà cha mẹ hoặc người giám hộ chưa thực hiện thủ tục "
        "đăng ký khai sinh, cha mẹ có thể bị xử phạt hành chính theo quy định của pháp luật"
    )
    assert _relative(phrase) == (60, "ngày", False, "after", "ngày sinh")
    reading = one(phrase)
    # the step is the duty, never its negation
    assert reading.label == "cha mẹ hoặc người giám hộ thực hiện thủ tục đăng ký khai sinh"
    # the same with an issue day: a count has no fixed day either way
    assert _relative(phrase, "2026-03-01")[0] == 60


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "Trường hợp quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ mà cơ quan không giải "
            "quyết thì bị xử lý kỷ luật",
            (10, "ngày", True, "after", "ngày nhận đủ hồ sơ"),
        ),
        (
            "Nếu quá 3 tháng kể từ ngày cấp mà không sử dụng thì giấy phép hết hiệu lực",
            (3, "tháng", False, "after", "ngày cấp"),
        ),
        (
            "Nếu quá 60 ngày kể từ ngày sinh mà chưa đăng ký khai sinh thì không được cấp giấy",
            (60, "ngày", False, "after", "ngày sinh"),
        ),
    ],
)
def test_the_lapse_reads_with_any_count_and_loss(phrase: str, expected: tuple[object, ...]) -> None:
    assert _relative(phrase) == expected


# --- neighbours kept refused ------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # the duty told done: nothing lapsed
        "Nếu quá 60 ngày kể từ ngày sinh mà cha mẹ đã thực hiện thủ tục đăng ký khai sinh, cha "
        "mẹ có thể bị xử phạt",
        # a right after the lapse: the count is a start, not a limit
        "Nếu quá 60 ngày kể từ ngày sinh mà cha mẹ chưa đăng ký khai sinh thì được hỗ trợ",
        # a day written out as the event: another form
        "Nếu quá 60 ngày kể từ ngày 15/3 mà cha mẹ chưa đăng ký khai sinh thì bị xử phạt",
        # typed bare: "mà" may be "mã" (a code), "bị" another word
        "Neu qua 60 ngay ke tu ngay sinh ma cha me chua dang ky khai sinh thi bi xu phat",
        # a second clause with its own day
        "Nếu quá 60 ngày kể từ ngày sinh mà cha mẹ chưa đăng ký khai sinh thì bị xử phạt; "
        "trước ngày 30/6 nộp báo cáo",
        # a cadence in the sanction
        "Nếu quá 60 ngày kể từ ngày sinh mà cha mẹ chưa đăng ký khai sinh thì hằng năm bị xử phạt",
        # "không quá": a bound of the count, not its lapse
        "Nếu không quá 60 ngày kể từ ngày sinh mà cha mẹ chưa đăng ký khai sinh thì bị xử phạt",
        # a second condition after it
        "Nếu quá 60 ngày kể từ ngày sinh mà cha mẹ chưa đăng ký khai sinh, nếu có lý do thì "
        "không bị xử phạt",
        # a count before an event: not a count from it
        "Nếu quá 60 ngày trước ngày bầu cử mà chưa niêm yết thì bị xử lý",
        # silence taken as consent: no sanction
        "Nếu quá 30 ngày kể từ ngày nhận văn bản mà không có ý kiến thì coi như đồng ý",
    ],
)
def test_neighbours_of_a_lapse_stay_refused(phrase: str) -> None:
    assert refused(phrase, ctx("2026-03-01"))
