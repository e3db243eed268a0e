"""Session 59, helper k59: a time told as past is no deadline.

Three forms read on main as a day due, on a page of 01/03/2026 (the brief's own phrases; no
corpus phrase has them):

- "Vừa rồi, vào ngày 20/02/2026, Sở tổ chức kiểm tra" (DATE 20/02): "vừa rồi", "mới rồi"
  open news as "vừa qua", "mới đây" do (`news._RECENT`, `citations.DAY_OPENING`);
- "Hôm thứ Sáu (20/02/2026), Sở tổ chức kiểm tra" (DATE 20/02): "hôm" tells a day gone by
  (`refusals.refuse_told_day_ahead`). The lead's convention 1 reads an event of the news week
  on its day (tests/corpus/zq-vnexpress-trao-giai-anh-di-san-viet-nam-2025.yaml: "… hôm
  23/11" on a page of 25/11; zb-baoquangnam-gieo-sa-dong-xuan-tra-1-2014-2015.yaml: "Hôm
  qua 25.12, …" on a page of 26/12), so only a day further back than that week
  (`news.NEWS_WEEK`), after the page, or on a page with no day is refused;
- "Hạn 30/4/2026 đã qua" (DATE 30/04): the words after the time tell it over
  (`label._TIME_TOLD_OVER`), as "Đã hết hạn ngày 30/4/2026" does before it
  (`refusals._TIME_OVER_ON_DAY`).

A previous try (j58) lost right readings by folding words ("hoàn" read as "hoãn", "từng" as
a past "once", "Hy vọng"): the neighbours below keep them, and "hôm nay", "hòm thư", "đã qua
đào tạo", "đã qua các vòng", "đã qua 30 ngày", "(đã qua thì …)" keep their readings.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused

PAGE_DAY = "2026-03-01"
PAGE = ctx(PAGE_DAY)


@pytest.mark.parametrize(
    "phrase",
    [
        "Vừa rồi, vào ngày 20/02/2026, Sở tổ chức kiểm tra",
        "Vua roi, vao ngay 20/02/2026, So to chuc kiem tra",
        "Mới rồi, ngày 20/02/2026, Sở tổ chức kiểm tra",
        "Vừa rồi (20/02/2026), Sở tổ chức kiểm tra",
        "Vừa rồi ngày 20/02, Sở tổ chức kiểm tra",
        "Vừa qua, ngày 20/02/2026, Sở tổ chức kiểm tra",
        "Sở tổ chức kiểm tra vào ngày 20/02/2026 vừa rồi",
        "Sở tổ chức kiểm tra vào ngày 20/02/2026 vừa qua",
    ],
)
def test_a_day_opened_or_closed_by_just_gone_is_news(phrase: str) -> None:
    why = refused(phrase, PAGE)
    assert "đã xảy ra" in why or "đã qua" in why


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # "vừa rồi", "vừa qua" of something else: the step's own deadline reads
        ("Vừa rồi, Sở đề nghị các đơn vị nộp báo cáo trước ngày 15/3/2026", date(2026, 3, 15)),
        ("Tiếp tục phát huy kết quả thời gian vừa rồi, hoàn thành trước 30/6/2026", None),
        ("Phát huy kết quả vừa qua, hoàn thành trước 30/6/2026", None),
        # j58's losses
        ("Đề nghị hoàn thành đến ngày 30/6/2026", None),
        ("Kiểm tra từng tổ chức, cá nhân trước 30/6/2026", None),
        ("Quỹ Hy vọng hỗ trợ trước 30/6/2026", None),
    ],
)
def test_the_recent_past_of_something_else_keeps_the_deadline(
    phrase: str, day: date | None
) -> None:
    assert one(phrase, PAGE).last == (day or date(2026, 6, 30))


@pytest.mark.parametrize(
    "phrase",
    [
        "Hôm thứ Sáu (20/02/2026), Sở tổ chức kiểm tra",
        "Hôm 20/02/2026, Sở tổ chức kiểm tra",
        "Hom 20/02/2026, So to chuc kiem tra",
        "Sở tổ chức kiểm tra hôm 20/02/2026",
        "Vào hôm 20/02/2026, Sở tổ chức kiểm tra",
        # the whole phrase: which day is due the words after a past one do not settle
        "Hôm 20/02, Sở họp, yêu cầu nộp báo cáo trước 15/3/2026",
        # "hôm đó", "hôm ấy" (that day), told back (the merge's second fresh tester)
        "Hôm đó (20/02/2026), Sở tổ chức kiểm tra",
        "Hôm ấy (20/02/2026), Sở tổ chức kiểm tra",
    ],
)
def test_a_day_told_with_hom_before_the_news_week_is_refused(phrase: str) -> None:
    assert "“hôm …” kể một ngày đã qua" in refused(phrase, PAGE)


@pytest.mark.parametrize(
    "phrase",
    [
        "Sáng hôm qua (20/02), Sở tổ chức kiểm tra",
        "Hôm thứ Hai tuần trước (16/02/2026), Sở tổ chức kiểm tra",
        "Hôm qua (20/02/2026), Sở tổ chức kiểm tra",
        "Hom thu Sau (20/02/2026), So to chuc kiem tra",
    ],
)
def test_yesterday_or_last_week_far_back_stays_refused(phrase: str) -> None:
    refused(phrase, PAGE)


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # "hôm" names a day to come as well (the merge's fresh tester, session 59: each read
        # on main, refused by this branch's first version)
        ("Chậm nhất đến hôm 30/4/2026", PAGE_DAY),
        ("Dự kiến khai mạc hôm 15/3/2026", PAGE_DAY),
        ("Tổ chức vào hôm 15/3/2026", PAGE_DAY),
        ("Chiều hôm 06/3/2026, Sở tổ chức họp", PAGE_DAY),
        ("Hôm 20/3/2026, Sở tổ chức kiểm tra", PAGE_DAY),
        # a page with no day: the event told with its day (convention 1)
        ("Hôm 20/02/2026, Sở tổ chức kiểm tra", None),
        ("Chậm nhất đến hôm 30/4/2026", None),
    ],
)
def test_a_day_with_hom_to_come_or_on_a_page_without_a_day_reads(
    phrase: str, issued: str | None
) -> None:
    assert one(phrase, ctx(issued)).last is not None


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # convention 1: an event of the news week reads its day
        ("Hôm 27/02/2026, Sở tổ chức kiểm tra", date(2026, 2, 27)),
        ("Hôm thứ Sáu (27/02/2026), Sở tổ chức kiểm tra", date(2026, 2, 27)),
        ("Hôm qua 28/02, Sở tổ chức kiểm tra", date(2026, 2, 28)),
        # "hôm nay" is the page's day, no day gone by
        ("Hôm nay, ngày 1/3, Sở tổ chức kiểm tra", date(2026, 3, 1)),
        ("Hôm nay (1/3/2026), Sở triển khai kiểm tra", date(2026, 3, 1)),
        ("từ hôm nay đến ngày 30/6/2026", date(2026, 6, 30)),
        ("Từ hôm nay đến hết ngày 30/6/2026, các đơn vị rà soát", date(2026, 6, 30)),
        # "hòm" (a box) is no "hôm"
        ("Gửi hồ sơ qua hòm thư trước 15/3/2026", date(2026, 3, 15)),
        ("Nộp hồ sơ trước 30/4/2026 qua hòm thư điện tử", date(2026, 4, 30)),
    ],
)
def test_hom_of_the_news_week_today_or_a_box_reads_as_before(phrase: str, day: date) -> None:
    assert one(phrase, PAGE).last == day


def test_a_deadline_beside_an_event_of_the_news_week_is_refused() -> None:
    # session 61 (f61's brief): main read both days, the meeting's (25/02) as a deadline too,
    # a past event read as due; the later day is no firmer than the words between (withdrawn,
    # denied, proposed: session 60), so the phrase is refused whole
    assert "hôm" in refused("Hôm 25/02, Sở họp, yêu cầu nộp báo cáo trước 15/3/2026", PAGE)


def test_the_corpus_event_told_hom_two_days_back_reads() -> None:
    # tests/corpus/zq-vnexpress-trao-giai-anh-di-san-viet-nam-2025.yaml
    phrase = (
        "Lễ trao giải Cuộc thi Ảnh Di sản Việt Nam 2025 tổ chức tại Bảo tàng Tôn Đức Thắng, "
        "TP HCM hôm 23/11, nhân kỷ niệm 20 năm Ngày Di sản Văn hóa Việt Nam"
    )
    assert one(phrase, ctx("2025-11-25")).last == date(2025, 11, 23)


@pytest.mark.parametrize(
    "phrase",
    [
        "Hạn 30/4/2026 đã qua",
        "Hạn 30/4/2026 đã hết",
        "Hạn 30/4/2026 đã trôi qua",
        "Han 30/4/2026 da qua",
        "Han 30/4/2026 da het",
        "Hạn 30/4/2026 đa qua",
        "Hạn nộp 30/4/2026 nay đã hết",
        "Hạn 30/4/2026 giờ đã qua",
        "Hạn 30/4/2026 đã qua rồi",
        "Hạn 30/4/2026 đã qua lâu",
        "Hạn 30/4/2026 đã qua, các đơn vị khẩn trương nộp",
        "Hạn chót là 30/01/2026, đã qua",
        "Thời hạn 30/4/2026 vừa qua",
        "Hạn nộp 30/4/2026 (đã qua)",
    ],
)
def test_a_deadline_told_over_after_its_day_is_refused(phrase: str) -> None:
    why = refused(phrase, PAGE)
    assert "đã qua" in why or "đã xong" in why


@pytest.mark.parametrize(
    "phrase",
    [
        "Đã hết hạn ngày 30/4/2026",
        "Vừa hết hạn ngày 30/4/2026",
        "Da het han ngay 30/4/2026",
        "Hồ sơ đã quá hạn 30/01/2026",
    ],
)
def test_a_deadline_told_over_before_its_day_is_refused(phrase: str) -> None:
    assert "đã xảy ra" in refused(phrase, PAGE)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Hạn 30/4/2026", date(2026, 4, 30)),
        # "qua" a verb with its object: a round, a course passed
        ("Hội đồng thẩm định hoàn thành trước 30/4/2026 đã qua các vòng", date(2026, 4, 30)),
        ("Hoàn thành trước 30/6/2026 đối với học viên đã qua đào tạo", date(2026, 6, 30)),
        ("Học viên đã qua đào tạo nộp hồ sơ trước 30/6/2026", date(2026, 6, 30)),
        # an expiry to come, no "đã"
        ("Giấy phép hết hạn ngày 30/4/2026", date(2026, 4, 30)),
    ],
)
def test_passing_a_round_or_an_expiry_to_come_reads_as_before(phrase: str, day: date) -> None:
    assert one(phrase, PAGE).last == day


@pytest.mark.parametrize(
    "phrase",
    [
        # a condition on the day gone by, a count, the day not yet gone: refused as on main
        "Hạn nộp 30/4/2026 (đã qua thì nộp bổ sung trước 15/5/2026)",
        "Sau khi đã qua 30 ngày, nộp hồ sơ trước 30/6/2026",
        "Hạn 30/4/2026 chưa qua",
        "Thời hạn đăng ký 30/4/2026 đã kết thúc",
    ],
)
def test_a_condition_a_count_or_not_yet_stays_refused(phrase: str) -> None:
    refused(phrase, PAGE)
