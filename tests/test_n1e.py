"""Phrases refused as 'không nhận ra thời hạn' whose time part the grammar reads once it is
said as the page means it (issue 11 §1, branch n1e, family N1): a span of days joined by a
dash then its work with no comma, a count of hours glossed by its days. Each with the real
phrase that motivated it (its corpus file named) and the neighbours that must stay refused
(the first rule: never a silent wrong date)."""

from __future__ import annotations

from datetime import date

from deadline_forms import ctx, days, one, refused
from kehoach.dates.deadline import Context, DeadlineKind, parse_deadlines

D, W, R = DeadlineKind.DATE, DeadlineKind.WINDOW, DeadlineKind.RELATIVE


def test_a_dashed_span_then_its_places_reads_the_span() -> None:
    # o-ytephunghiep-hau-giang-chien-dich-ve-sinh-2018 (issued 14/5/2018)
    phrase = "Chiến dịch sẽ diễn ra từ ngày 15/5 -19/5 xã, phường, thị trấn trong toàn tỉnh"
    assert days(one(phrase, ctx("2018-05-14"))) == (W, date(2018, 5, 15), date(2018, 5, 19))


def test_a_dashed_span_then_a_pause_or_a_told_work_stays_refused() -> None:
    issued = ctx("2018-05-14")
    why = refused("từ ngày 15/5 - 19/5 tạm dừng tiếp dân", issued)  # a pause, no work due
    assert "tạm dừng" in why
    refused("Chiến dịch sẽ diễn ra từ ngày 15/5 -19/5 đã tổ chức", issued)  # told done
    refused("từ ngày 15/5 -19/5 2 lần", issued)  # a count nothing explains


def test_hours_glossed_by_their_days_read_as_the_days() -> None:
    # za-thanhnien-lich-thi-dgnl-2026 (issued 04/01/2026)
    phrase = (
        "Theo quy định của kỳ thi, thí sinh cần nộp lệ phí trực tuyến trong 96 giờ (4 ngày) "
        "kể từ khi hoàn tất đăng ký ca thi."
    )
    read = one(phrase, ctx("2026-01-04"))
    assert read.kind is R and read.relative is not None
    assert (read.relative.offset, read.relative.unit) == (4, "ngày")
    assert not read.relative.working_days
    assert read.relative.direction == "after"


def test_hours_alone_or_a_gloss_that_disagrees_stay_refused() -> None:
    issued = ctx("2026-01-04")
    refused("thí sinh cần nộp lệ phí trong 96 giờ kể từ khi hoàn tất đăng ký ca thi", issued)
    refused("thí sinh cần nộp lệ phí trong 72 giờ (4 ngày) kể từ khi hoàn tất đăng ký", issued)
    # working days are no 24 hours each
    refused("nộp lệ phí trong 96 giờ (4 ngày làm việc) kể từ khi hoàn tất đăng ký", issued)


def test_a_countdown_landing_on_its_day_reads_the_day() -> None:
    # x-baophutho-nhiem-vu-den-ngay-bau-cu-2026 (Báo Phú Thọ, 08/3/2026): 8/3 + 7 = 15/3
    phrase = (
        "Chỉ còn 1 tuần nữa, ngày 15/3, cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu "
        "Hội đồng Nhân dân các cấp nhiệm kỳ 2026-2031 sẽ diễn ra"
    )
    day = date(2026, 3, 15)
    assert days(one(phrase, ctx("2026-03-08"))) == (D, day, day)


def test_a_countdown_that_misses_its_day_is_refused_saying_both() -> None:
    phrase = "Chỉ còn 1 tuần nữa, ngày 16/3, cuộc bầu cử đại biểu Quốc hội khóa XVI sẽ diễn ra"
    why = refused(phrase, ctx("2026-03-08"))
    assert "15/03/2026" in why and "16/03/2026" in why and "last_day" in why
    # no issue day: the count has no start
    refused("Chỉ còn 1 tuần nữa, ngày 15/3, cuộc bầu cử sẽ diễn ra")
    # "khoảng" (about) counts no exact day
    refused("Chỉ còn khoảng 1 tuần nữa, ngày 15/3, cuộc bầu cử sẽ diễn ra", ctx("2026-03-08"))


def test_a_count_spelt_in_words_reads_as_in_digits() -> None:
    # y-123docz-luat-nsnn-thoi-gian-quyet-dinh-du-toan (Luật NSNN 2002, Điều 50; standing)
    phrase = (
        "Hội đồng nhân dân cấp dưới quyết định dự toán ngân sách địa phương, phân bổ ngân sách "
        "năm sau của cấp mình chậm nhất là mười ngày, kể từ ngày Hội đồng nhân dân cấp trên "
        "trực tiếp quyết định dự toán và phân bổ ngân sách"
    )
    read = one(phrase, Context(issued=None, standing=True))
    assert read.kind is R and read.relative is not None
    assert (read.relative.offset, read.relative.unit, read.relative.direction) == (
        10,
        "ngày",
        "after",
    )


def test_two_counts_spelt_in_words_stay_refused() -> None:
    # neighbour: two counts, two deadlines; never the second taken into the first's anchor
    refused("trong hai ngày kể từ ngày nhận đơn và ba ngày kể từ ngày họp")
    refused("chậm nhất là mười ngày, kể từ ngày 5/3/2026")  # a dated anchor: the grammar's


def test_a_second_count_in_words_in_the_anchor_is_two_deadlines() -> None:
    # found by n1e: the anchor took in the second count ("ngày nhận đơn và ba ngày kể từ
    # ngày họp"), one deadline where the phrase names two
    why = refused("trong 2 ngày kể từ ngày nhận đơn và ba ngày kể từ ngày họp")
    assert "hai thời hạn" in why and "deadlines" in why
    # the digits form reads two counts, each its anchor
    read = parse_deadlines("trong 2 ngày kể từ ngày nhận đơn và 3 ngày kể từ ngày họp", ctx())
    assert [(one.relative.offset, one.relative.anchor) for one in read if one.relative] == [
        (2, "ngày nhận đơn"),
        (3, "ngày họp"),
    ]
