"""Family N2 of session 42 (branch n2e): phrases refused as 'không nhận ra thời hạn' whose
time the grammar reads once the words beside it are understood (issue 11 §1: never a number
the grammar cannot explain, never two deadlines made one)."""

from __future__ import annotations

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

# --- an occasion with its own day, then the event's time (commemorated._NO_OCCASION) -------

_PCCC = (
    "Hưởng ứng Ngày toàn dân phòng cháy, chữa cháy 4/10, sáng 30/9, Phòng Cảnh sát phòng cháy "
    "chữa cháy và cứu nạn cứu hộ (PCCC&CNCH) – Công an TP Hà Nội phối hợp với UBND xã Hưng Đạo "
    "tổ chức hội nghị tuyên truyền, tập huấn kiến thức pháp luật và kỹ năng PCCC&CNCH cho người "
    "dân."
)


def test_the_occasion_day_then_the_morning_of_the_event_reads_the_event() -> None:
    # zg-vietnamnet-hung-dao-tap-huan-pccc-2025.yaml: 4/10 is the day honoured (the Ngày toàn
    # dân PCCC), 30/9 the meeting's own day (convention 1)
    assert read_days(_PCCC, "2025-10-01") == (DeadlineKind.DATE, "2025-09-30", "2025-09-30")


def test_the_occasion_day_then_an_event_told_done_stays_refused() -> None:
    # refusal neighbour: the meeting told done is no deadline (convention 1)
    why = refused(_PCCC.replace("tổ chức hội nghị", "đã tổ chức hội nghị"), ctx("2025-10-01"))
    assert "đã" in why


def test_an_occasion_on_another_day_stays_refused() -> None:
    # refusal neighbour: the Ngày toàn dân PCCC is 4/10; '5/10' may be the event's day mistyped
    refused(_PCCC.replace("4/10", "5/10"), ctx("2025-10-01"))


# --- a meeting named with the years it reviews and plans, then its day (agenda._OPENING) ---

_CONFERENCE = (
    "Hội nghị toàn quốc tổng kết công tác tổ chức xây dựng Đảng năm 2025 và triển khai nhiệm vụ "
    "năm 2026 diễn ra sáng 8/12 tại Trụ sở Trung ương Đảng, với sự tham dự và chỉ đạo của Thường "
    "trực Ban Bí thư Trần Cẩm Tú, kết nối trực tuyến tới hơn 2.000 điểm cầu."
)


def test_a_meeting_reviewing_a_year_and_planning_the_next_reads_its_day() -> None:
    # zg-vneconomy-hoi-nghi-to-chuc-xay-dung-dang-2026.yaml: the years name its agenda (the
    # lead's convention 10, made plain in session 32: a meeting told with its day reads it)
    assert read_days(_CONFERENCE, "2025-12-08") == (DeadlineKind.DATE, "2025-12-08", "2025-12-08")


def test_a_meeting_whose_years_do_not_fit_its_day_stays_refused() -> None:
    # refusal neighbour: a review of 2023 held on 8/12/2025? one of the two is mistyped
    refused(_CONFERENCE.replace("2025", "2023").replace("2026", "2024"), ctx("2025-12-08"))


def test_a_meeting_day_without_its_year_far_from_the_page_stays_refused() -> None:
    # refusal neighbour: 8/12 in a plan of March 2025, beside the years 2025 and 2026: which
    # December the meeting is held in the page does not pin
    refused(_CONFERENCE, ctx("2025-03-01"))


# --- a meeting announcing the decision that founds a body (agenda._CEREMONY) ---------------

_FOUNDED = (
    "Chiều 17/9, Ban Chỉ huy phòng thủ dân sự (PTDS) tỉnh tổ chức hội nghị Công bố Quyết định "
    "thành lập Ban chỉ huy PTDS tỉnh; đánh giá tình hình, kết quả công tác PTDS 8 tháng năm 2025, "
    "phương hướng nhiệm vụ các tháng cuối năm; thảo luận một số nhiệm vụ công tác."
)


def test_a_meeting_announcing_a_founding_reads_its_day() -> None:
    # zi-baophutho-bch-ptds-nhiem-vu-cuoi-nam-2025.yaml: the meeting told with its day
    # (convention 1); '8 tháng năm 2025' is what it reviews
    assert read_days(_FOUNDED, "2025-09-17") == (DeadlineKind.DATE, "2025-09-17", "2025-09-17")


def test_a_body_founded_that_day_stays_refused() -> None:
    # refusal neighbour: no meeting held, a body told founded on the day
    refused("Chiều 17/9, Ban chỉ huy PTDS tỉnh được thành lập", ctx("2025-09-17"))


def test_a_meeting_told_done_stays_refused() -> None:
    # refusal neighbour: 'đã tổ chức' tells it done (convention 1)
    refused(_FOUNDED.replace("tỉnh tổ chức", "tỉnh đã tổ chức"), ctx("2025-09-17"))


# --- a session's working day named as the day it holds (agenda._SESSION_DAY) -------------

_SESSION = (
    "Hôm nay, 11/7, kỳ họp thứ 5, HĐND tỉnh BRVT khóa VI, nhiệm kỳ 2016-2021 bước vào ngày làm "
    "việc chính thức đầu tiên"
)


def test_a_session_entering_its_first_working_day_reads_the_day() -> None:
    # zs-brt-ba-ria-vung-tau-ky-hop-thu-5-hdnd-tinh-2017.yaml: the opening's day is the day
    # held; the term names the council (conv13)
    assert read_days(_SESSION, "2017-07-11") == (DeadlineKind.DATE, "2017-07-11", "2017-07-11")


def test_a_session_day_then_its_length_stays_refused() -> None:
    # refusal neighbour: a count of days after the day may set a window of its own
    refused(_SESSION + ", kéo dài 3 ngày", ctx("2017-07-11"))
