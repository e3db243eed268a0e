"""A notice that moves, cancels or adjusts a dated event without giving a new day, and
call-off words typed without diacritics (session 58, helper h58; the fourth fresh tester,
issued 01/03/2026).

Read on main as due: "Về việc lùi thời gian tổ chức Hội nghị ngày 15/4/2026", "Dời lịch Hội
nghị ngày 15/4/2026", "Điều chỉnh lịch thi ngày 10/5/2026" (a công văn's title: the day
printed is the one dropped), "Hội nghị (đã hủy) ngày 15/4/2026", "[ĐÃ HỦY] …"; and, typed
bare, "Huy lich hop ngay 15/4/2026", "Hoan ky thi …", "Tam dung …", "Bai bo …", "Ngung to
chuc …", "Le ra hoan thanh …", "Kho hoan thanh …", where the accented phrases are refused.
The new day a notice gives still reads, as the corpus's moved events do
(tests/corpus/l-hdd-tw-doi-hoi-nghi-nha-thieu-nhi-2017.yaml: "chuyển thời gian tổ chức Hội
nghị … sang ngày 03/01/2018"; z-caugiay-hdnd-thay-doi-ky-hop-thu-3-2021.yaml: "Thay đổi
thời gian tổ chức kỳ họp thứ ba, HĐND quận dự kiến diễn ra trong ngày 20/12/2021"), and
so do the bare words' other readings: "Hoan thanh truoc 30/4/2026" (hoàn thành), "Huy dong
nguon luc truoc 30/6/2026" (huy động); u-hai-phong-tb-245-hoan-tiep-cong-dan-2021.yaml is
the corpus's event put off.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused

ISSUED = "2026-03-01"


# ---- a notice moving an event's time, its old day printed, no new day ----------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Về việc lùi thời gian tổ chức Hội nghị ngày 15/4/2026",
        "V/v lùi thời gian tổ chức Hội nghị ngày 15/4/2026",
        "Dời lịch Hội nghị ngày 15/4/2026",
        "Dời lại lịch Hội nghị ngày 15/4/2026",
        "Điều chỉnh lịch thi ngày 10/5/2026",
        "Chuyển lịch Hội nghị ngày 15/4/2026",
        "Đổi lịch họp ngày 15/4/2026",
        "Thay đổi thời gian tổ chức Hội nghị ngày 15/4/2026",
        "Thay đổi thời điểm tổ chức Hội nghị ngày 15/4/2026",
        "Thông báo thay đổi lịch tiếp công dân ngày 15/4/2026",
        "Dời lịch Hội nghị vào ngày 15/4/2026",
        "Dời lịch Hội nghị ngày 15/4/2026 đến ngày 20/4/2026",  # moved to, or its days?
        "Doi lich hop ngay 15/4/2026",  # typed bare
        "Dieu chinh lich thi ngay 10/5/2026",
        "Lui thoi gian to chuc Hoi nghi ngay 15/4/2026",
        # a deadline moved: the old one or the new? the words do not say
        "Lùi thời hạn nộp hồ sơ ngày 15/4/2026",
        "Điều chỉnh hạn nộp báo cáo ngày 15/4/2026",
        # the time told moved: on that day, or to it?
        "Lịch họp được điều chỉnh ngày 15/4/2026",
        "Thời gian tổ chức Hội nghị đã được lùi lại ngày 15/4/2026",
        "Lich hop duoc dieu chinh ngay 15/4/2026",
    ],
)
def test_a_notice_moving_an_event_refuses_the_old_day(phrase: str) -> None:
    assert "15/04/2026" not in refused(phrase, ctx(ISSUED))


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # the new day told: read, never the old one
        ("Dời lịch Hội nghị ngày 15/4/2026 sang ngày 20/4/2026", "2026-04-20"),
        ("Về việc lùi thời gian tổ chức Hội nghị ngày 15/4/2026 sang ngày 20/4/2026", "2026-04-20"),
        ("Điều chỉnh lịch thi ngày 10/5/2026 sang ngày 12/5/2026", "2026-05-12"),
        ("Dời lịch Hội nghị sang ngày 20/4/2026", "2026-04-20"),
        ("Điều chỉnh lịch thi sang ngày 10/5/2026", "2026-05-10"),
        ("Lùi thời gian tổ chức Hội nghị đến ngày 20/4/2026", "2026-04-20"),
        ("Chuyển thời gian tổ chức Hội nghị sang ngày 20/4/2026", "2026-04-20"),
        ("Lùi thời hạn nộp hồ sơ ngày 15/4/2026 sang ngày 30/4/2026", "2026-04-30"),
        ("Lùi thời hạn nộp hồ sơ đến ngày 30/4/2026", "2026-04-30"),
        # a deadline to report on a change, a change of the step's own deadline
        ("Báo cáo việc thay đổi thời gian làm việc trước ngày 15/4/2026", "2026-04-15"),
        ("Đề xuất điều chỉnh lịch thi trước ngày 15/4/2026", "2026-04-15"),
        # no moving of a time: the words of their own
        ("Đẩy lùi dịch bệnh trước ngày 15/4/2026", "2026-04-15"),
        ("Di dời các hộ dân trước ngày 15/4/2026", "2026-04-15"),
        ("Tổ chức Hội nghị ngày 15/4/2026", "2026-04-15"),
        ("Lịch thi ngày 10/5/2026", "2026-05-10"),
        ("Điều chỉnh hạn chế giao thông ngày 15/4/2026", "2026-04-15"),
        ("Lịch họp được điều chỉnh sang ngày 15/4/2026", "2026-04-15"),
    ],
)
def test_a_new_day_or_another_verb_still_reads(phrase: str, day: str) -> None:
    _, _, last = read_days(phrase, ISSUED)
    assert last == day


def test_a_notice_that_keeps_the_day_is_not_taken_for_a_move() -> None:
    # "không" before the verb: the exam stands (refused by "không" as before, never as moved)
    why = refused("Không thay đổi lịch thi ngày 10/5/2026", ctx(ISSUED))
    assert "lùi, dời hoặc thay đổi" not in why


@pytest.mark.parametrize(
    "phrase",
    [
        # a công văn's title, or a word of tense, before the call-off word
        "Về việc hủy lịch họp ngày 15/4/2026",
        "V/v ngừng tổ chức giải chạy ngày 15/4/2026",
        "Về việc bãi bỏ thời hạn 30/6/2026",
        "Về việc thôi tổ chức Hội nghị ngày 15/4/2026",
        "Thông báo hủy lịch họp ngày 15/4/2026",
        "Chỉ hủy lịch họp ngày 15/4/2026",  # only cancel
        "Đã hủy lịch họp ngày 15/4/2026",
        # ... or told done to the event right before its day
        "Hội nghị bị hủy ngày 15/4/2026",
        "Hội nghị bị hủy vào ngày 15/4/2026",
        "Kỳ thi đã tạm dừng ngày 10/5/2026",
        "Hoi nghi bi huy ngay 15/4/2026",
        "Hoi nghi bi hoan ngay 15/4/2026",
        # ... or a schedule's row: the day, then its event cancelled
        "Ngày 15/4/2026: hủy họp",
        "Ngày 15/4/2026: hoãn kỳ thi",
        "Ngay 15/4/2026: huy hop",
    ],
)
def test_a_title_calling_an_event_off_refuses(phrase: str) -> None:
    assert refused(phrase, ctx(ISSUED))


@pytest.mark.parametrize(
    "phrase",
    [
        "Về việc tổ chức Hội nghị ngày 15/4/2026",
        "V/v triển khai kế hoạch trước ngày 15/4/2026",
        "Về việc thôi thúc triển khai trước 15/4/2026",
        "Về việc hủy bỏ văn bản trước ngày 15/4/2026",  # a deadline to cancel by
        "Hội nghị được tổ chức ngày 15/4/2026",
        "Hồ sơ bị hủy trước ngày 15/4/2026",
        "Ho so bi hoan tra truoc 15/4/2026",  # bị hoàn trả: returned
        "Luc luong duoc huy dong truoc 15/4/2026",
        "Ngày 15/4/2026: hủy bỏ các văn bản hết hiệu lực",  # a work
        "Ngày 15/4/2026: họp",
    ],
)
def test_a_title_doing_the_work_still_reads(phrase: str) -> None:
    assert read_days(phrase, ISSUED)[2] == "2026-04-15"


# ---- a note in brackets that the event is called off ---------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Hội nghị (đã hủy) ngày 15/4/2026",
        "Hội nghị (hủy) ngày 15/4/2026",
        "Hội nghị (tạm hoãn) ngày 15/4/2026",
        "Hội nghị (đã hoãn) ngày 15/4/2026",
        "Hội nghị (bị hủy bỏ) ngày 15/4/2026",
        "Hội nghị (đã dời lịch) ngày 15/4/2026",
        "[ĐÃ HỦY] Hội nghị ngày 15/4/2026",
        "Hội nghị [ĐÃ HỦY] ngày 15/4/2026",
        "Hội nghị ngày 15/4/2026 (đã hủy) tại Hà Nội",
        "Hoi nghi (da huy) ngay 15/4/2026",
        "[DA HOAN] Hoi nghi ngay 15/4/2026",
        "Hội nghị - đã hủy - ngày 15/4/2026",
        "Hội nghị – hoãn – ngày 15/4/2026",
    ],
)
def test_a_bracket_note_calling_the_event_off_refuses(phrase: str) -> None:
    assert refused(phrase, ctx(ISSUED))


@pytest.mark.parametrize(
    "phrase",
    [
        "Hội nghị (trực tuyến) ngày 15/4/2026",
        "Hội nghị (lần 2) ngày 15/4/2026",
        "Hội nghị (Hà Nội) ngày 15/4/2026",
        "Hoi nghi (truc tuyen) ngay 15/4/2026",
        "Hội nghị - trực tuyến - ngày 15/4/2026",
        "Hội nghị (dừng chân tại Huế) ngày 15/4/2026",
    ],
)
def test_another_note_in_brackets_still_reads(phrase: str) -> None:
    assert read_days(phrase, ISSUED)[2] == "2026-04-15"


# ---- call-off words typed bare ------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Huy lich hop ngay 15/4/2026",
        "Huy ky thi ngay 10/5/2026",
        "Huy bo hoi nghi ngay 15/4/2026",
        "Hoan ky thi ngay 10/5/2026",
        "Hoan to chuc hoi nghi ngay 15/4/2026",
        "Tam dung trien khai tu ngay 01/4/2026",
        "Tam ngung tiep nhan ho so tu ngay 01/4/2026",
        "Tam hoan to chuc hoi nghi ngay 15/4/2026",
        "Bai bo thoi han 30/6/2026",
        "Ngung to chuc ngay 15/4/2026",
        "Le ra hoan thanh truoc 30/4/2026",
        "Le ra phai nop truoc 30/4/2026",
        "Kho hoan thanh truoc 30/4/2026",
        "Kho kip hoan thanh truoc 30/4/2026",
        "Kho co the hoan thanh truoc 30/4/2026",
        "Chi huy lich hop ngay 15/4/2026",  # chỉ hủy: only cancel
        "Hoan lai ky thi ngay 10/5/2026",
        "Da huy lich hop ngay 15/4/2026",
        "Ve viec huy lich hop ngay 15/4/2026",
        "Ve viec ngung to chuc giai chay ngay 15/4/2026",
        # the word after it printed with its marks tells the bare word
        "Huy lịch họp ngày 15/4/2026",
        "Hoan kỳ thi ngày 10/5/2026",
        # as printed: refused already
        "Hủy lịch họp ngày 15/4/2026",
        "Hoãn kỳ thi ngày 10/5/2026",
        "Tạm dừng triển khai từ ngày 01/4/2026",
        "Bãi bỏ thời hạn 30/6/2026",
        "Ngừng tổ chức ngày 15/4/2026",
        "Lẽ ra hoàn thành trước 30/4/2026",
        "Khó hoàn thành trước 30/4/2026",
    ],
)
def test_a_call_off_word_typed_bare_refuses(phrase: str) -> None:
    assert refused(phrase, ctx(ISSUED))


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # "hoan" is "hoàn" (complete), "huy" is "huy động" (mobilise): deadlines
        ("Hoan thanh truoc 30/4/2026", "2026-04-30"),
        ("Hoan thien ho so truoc 30/4/2026", "2026-04-30"),
        ("Huy dong nguon luc truoc 30/6/2026", "2026-06-30"),
        ("Phat huy to chuc truoc 30/4/2026", "2026-04-30"),
        ("Ban chi huy to chuc hoi nghi ngay 15/4/2026", "2026-04-15"),
        # a festival ("liên hoan"), a ceremony ("Lễ ra quân", "Lễ ra mắt"), a name
        ("Lien hoan ky niem ngay 20/11/2026", "2026-11-20"),
        ("Le ra quan ngay 15/4/2026", "2026-04-15"),
        ("Le ra mat san pham ngay 15/4/2026", "2026-04-15"),
        ("Nguyen Van Huy to chuc hop ngay 15/4/2026", "2026-04-15"),
        # "kho" before no "hoàn thành": a store
        ("Kho bac nop bao cao truoc 30/4/2026", "2026-04-30"),
        ("Xay dung kho luu tru truoc 30/4/2026", "2026-04-30"),
        # "tam", "ngung" before no call-off: other words
        ("Tam soat ung thu truoc 30/4/2026", "2026-04-30"),
        ("Hoan lai tien truoc 30/4/2026", "2026-04-30"),  # hoàn lại: refund
        ("Ve viec to chuc hoi nghi ngay 15/4/2026", "2026-04-15"),
        # marked phrases whose bare-looking words are words of their own
        ("Hoàn thành trước 30/4/2026", "2026-04-30"),
        ("Huy động nguồn lực trước 30/6/2026", "2026-06-30"),
        ("Lễ ra quân ngày 15/4/2026", "2026-04-15"),
        # "Kho" printed bare in a copy that keeps its marks is the store
        ("Kho hoàn thành trước 30/4/2026", "2026-04-30"),
    ],
)
def test_the_bare_words_other_readings_still_read(phrase: str, day: str) -> None:
    assert read_days(phrase, ISSUED)[2] == day
