"""Session 60, helper e60b: main's right readings that branch e60 lost, read again.

A fresh tester ran about 1,000 phrases against e60 (`kehoach.dates.dayjudged`, the widened
`kehoach.dates.eventserved`). None read a new wrong date, but these, each read right on main,
were refused; none is in the corpus, whose nearest phrase is the admission window named by its
step, "Thí sinh đăng ký, điều chỉnh nguyện vọng xét tuyển từ ngày 2/7/2026 đến 17h ngày
4/7/2026 …" (za-dantri-lich-xet-tuyen-dai-hoc-2026-som-2-tuan.yaml):

- a verdict word opening a list after a mark warns about the papers, not the day ("Hạn nộp hồ
  sơ: 30/6/2026; sai, nhầm phải nộp lại"): a fault word after the day (sai, nhầm, không đúng,
  hết hiệu lực) now judges it only when it closes the phrase or its bracket, or is told now
  ("là", "nay", "đã", "bị" before it); a stop, a replacement, a day not approved need not;
- the object done wrongly named before the day ("Hạn nộp tiền thuế ghi sai: 15/5/2026", "Hạn
  đổi hàng giao nhầm: …"): a verdict before the day now judges it only right after the day's
  noun and one word of the step ("Ngày thi sai 15/5/2026"), or when told now ("… đã bị ghi
  sai"), after a deadline's noun ("Hạn", "Thời hạn"); after a day's noun the object between
  still tells a day past ("Ngày chuyển hồ sơ nhầm 15/5/2026", refused); "Hạn nộp hồ sơ sai:
  15/5/2026" reads again with them (the brief left it to e60b);
- a stop on its day ("Hóa đơn giấy ngày 1/7/2026 ngừng áp dụng"): the stop takes effect that
  day (the lead's ruling); only an event given up, "ngừng tổ chức", stays refused;
- "nhập học" is the applicant's own step, no longer an event's doing ("Nộp hồ sơ nhập học
  (nhập học từ ngày 1/9 đến 5/9/2026)");
- the admission's window named by the step itself ("Đăng ký xét tuyển (thời gian xét tuyển: từ
  1/8 đến 20/8/2026)"): the window for applying; a single day stays the board's.
"""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

ISSUED = "2026-03-01"
MAR_2026 = ctx(ISSUED)
DATE = DeadlineKind.DATE
WINDOW = DeadlineKind.WINDOW
JUDGED = "nói chính ngày đó sai"
EVENT = "lúc diễn ra sự kiện"


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        # B1: a verdict word opening a list after a comma, a semicolon, a bracket
        ("Hạn nộp hồ sơ: 30/6/2026; sai, nhầm phải nộp lại", "2026-06-30"),
        ("Hạn nộp hồ sơ: 30/6/2026 (sai, nhầm: nộp lại)", "2026-06-30"),
        ("Hạn nộp báo cáo: 30/6/2026, sai và thiếu sẽ bị phê bình", "2026-06-30"),
        ("Hạn nộp hồ sơ: 30/6/2026, nhầm lẫn, tự chịu trách nhiệm", "2026-06-30"),
        ("Ngày nộp báo cáo 30/6/2026; nhầm lẫn, sai sót đơn vị tự chịu trách nhiệm", "2026-06-30"),
        ("Ngày thi: 20/6/2026 (nhầm lẫn, thiếu sót thí sinh tự chịu)", "2026-06-20"),
        ("Hạn đổi thẻ: 30/6/2026, hết hiệu lực, phải cấp lại", "2026-06-30"),
        # B2: the object done wrongly, before the day
        ("Hạn nộp tiền thuế ghi sai: 15/5/2026", "2026-05-15"),
        ("Hạn nộp tiền phạt ghi sai: 15/5/2026", "2026-05-15"),
        ("Hạn nộp số thuế ghi sai: 15/5/2026", "2026-05-15"),
        ("Hạn nộp hóa đơn ghi sai: 15/5/2026", "2026-05-15"),
        ("Hạn đổi căn cước ghi sai: 15/5/2026", "2026-05-15"),
        ("Hạn đổi bằng ghi sai: 15/5/2026", "2026-05-15"),
        ("Hạn đổi hàng giao nhầm: 15/5/2026", "2026-05-15"),
        ("Hạn gỡ bài đăng sai: 15/5/2026", "2026-05-15"),
        ("Hạn xóa tin đăng sai: 15/5/2026", "2026-05-15"),
        ("Hạn chuyển tiền nhầm: 15/5/2026", "2026-05-15"),
        ("Hạn nộp hồ sơ sai: 15/5/2026", "2026-05-15"),
        ("Thời hạn nộp hồ sơ nhầm: 15/5/2026", "2026-05-15"),
        # B3: a thing stopped on its day, the stop's own day
        ("Hóa đơn giấy ngày 1/7/2026 ngừng áp dụng", "2026-07-01"),
        ("Trạm thu phí ngày 1/7/2026 dừng thực hiện", "2026-07-01"),
        ("Chương trình thí điểm ngày 1/7/2026 dừng triển khai", "2026-07-01"),
        ("Thu phí giấy phép ngày 1/7/2026 ngừng thực hiện", "2026-07-01"),
        # B4: "nhập học", the applicant's own step
        ("Đăng ký nhập học (nhập học ngày 5/9/2026)", "2026-09-05"),
    ],
)
def test_a_day_read_as_on_main(phrase: str, last: str) -> None:
    """Read on main as due that day, refused by e60: read again, the same day."""
    assert read_days(phrase, ISSUED) == (DATE, last, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # B4: the enrolment window
        "Nộp hồ sơ nhập học (nhập học từ ngày 1/9 đến 5/9/2026)",
        "Nộp hồ sơ nhập học (thời gian nhập học: từ 1/9 đến 5/9/2026)",
        "Nộp hồ sơ nhập học: nhập học từ 1/9 đến 5/9/2026",
        "Đăng ký nhập học: nhập học từ ngày 1/9/2026 đến 5/9/2026",
        "Gửi hồ sơ xác nhận nhập học (nhập học trực tuyến từ 1/9 đến 5/9/2026)",
    ],
)
def test_the_enrolment_window_reads_as_on_main(phrase: str) -> None:
    """The applicant enrols over the window: a WINDOW 01/09–05/09, as on main."""
    assert read_days(phrase, ISSUED) == (WINDOW, "2026-09-01", "2026-09-05")


@pytest.mark.parametrize(
    "phrase",
    [
        # B5: the admission's window named by the step itself
        "Đăng ký xét tuyển (thời gian xét tuyển: từ 1/8 đến 20/8/2026)",
        "Nộp hồ sơ xét tuyển: xét tuyển từ 1/8 đến 20/8/2026",
        "Đăng ký xét tuyển (xét tuyển bổ sung từ 1/8 đến 20/8/2026)",
        "Đăng ký xét tuyển trực tuyến (xét tuyển trực tuyến từ ngày 1/8 đến 20/8/2026)",
        "Đăng ký xét tuyển (xét tuyển ngày 1/8 đến ngày 20/8/2026)",
        "Đăng ký xét tuyển (xét tuyển từ 1/8/2026 đến ngày 20/8/2026)",
    ],
)
def test_the_admission_window_reads_as_on_main(phrase: str) -> None:
    """The window for applying, named by the step: a WINDOW 01/08–20/08, as on main."""
    assert read_days(phrase, ISSUED) == (WINDOW, "2026-08-01", "2026-08-20")


@pytest.mark.parametrize(
    "phrase",
    [
        # the verdict closing the phrase or its bracket, or told now
        "Hạn nộp hồ sơ: 30/6/2026 là sai",
        "Hạn nộp hồ sơ: 30/6/2026; nhầm lẫn",
        "Hạn nộp hồ sơ: 30/6/2026 (nhầm lẫn)",
        "Hạn nộp hồ sơ: 30/6/2026, nay đã sai, nộp lại",
        "Hạn nộp hồ sơ: 30/6/2026 là sai, nộp lại trước 5/7/2026",
        "Hạn nộp hồ sơ: 30/6/2026 là nhầm lẫn, tự chịu trách nhiệm",
        "Hạn đổi thẻ: 30/6/2026, đã hết hiệu lực, phải cấp lại",
        "Hạn đổi thẻ: 30/6/2026 nay đã hết hiệu lực",
        "Hạn đổi thẻ: 30/6/2026, hết hiệu lực",
        # the verdict right after the day's noun and its verb, or told now
        "Ngày thi sai 15/5/2026",
        "Ngày thi ghi sai: 15/5/2026",
        "Ngày họp vừa qua 15/5/2026",
        "Hạn nộp tiền thuế đã bị ghi sai: 15/5/2026",
        "Hạn nộp tiền thuế bị sai: 15/5/2026",
        "Hạn nộp tiền thuế ghi sai: 15/5/2026 là sai",
        # a day's noun (not a deadline's) with the object between: a day past
        "Ngày chuyển hồ sơ nhầm 15/5/2026",
        "Ngày gửi nhầm 15/5/2026",
        "Mốc thời gian vừa qua: 20/5/2026",
        # an event given up on its day, a day not approved: no list of faults, a mark after
        # them changes nothing
        "Hội nghị tại Hà Nội ngày 1/7/2026, ngừng tổ chức",
        "Hóa đơn giấy ngày 1/7/2026 ngừng tổ chức",
        "Ngày thi 20/5/2026 ngừng tổ chức, thí sinh chờ thông báo",
        "Hạn nộp hồ sơ: 20/5/2026 (chưa được phê duyệt, chờ ý kiến)",
        "Ngày thi 15/5/2026 đã bị thay thế, chờ thông báo mới",
    ],
)
def test_a_judged_day_stays_refused(phrase: str) -> None:
    """The verdict on the day itself: still refused by `dayjudged`, naming it."""
    assert JUDGED in refused(phrase, MAR_2026)


@pytest.mark.parametrize(
    "phrase",
    [
        # another event's doing beside the enrolment or the admission
        "Nộp hồ sơ nhập học (khai giảng ngày 5/9/2026)",
        "Nộp hồ sơ nhập học (thi ngày 5/8/2026; nhập học từ 1/9 đến 5/9/2026)",
        "Nộp hồ sơ dự tuyển (phỏng vấn từ 1/9 đến 5/9/2026)",
        "Nộp hồ sơ dự tuyển (xét tuyển ngày 20/5/2026)",
        "Nộp hồ sơ dự tuyển (xét tuyển từ 1/8 đến 20/8/2026)",
        "Đăng ký dự thi (xét tuyển từ 1/8 đến 20/8/2026)",
        "Đăng ký xét tuyển (xét tuyển ngày 20/8/2026)",
        "Đăng ký xét tuyển (công bố kết quả trước ngày 20/8/2026)",
        "Đăng ký xét tuyển (công bố kết quả từ 1/8 đến 20/8/2026)",
        "Đăng ký xét tuyển (phỏng vấn từ 1/8 đến 20/8/2026)",
        "Đăng ký xét tuyển (thi từ 1/8 đến 20/8/2026)",
        "Đăng ký xét tuyển (xét tuyển từ 1/8 đến 20/8/2026), phỏng vấn ngày 25/8/2026",
    ],
)
def test_an_event_s_day_stays_refused(phrase: str) -> None:
    """Another doing's day (an exam, an interview, the board's review or results): still
    refused by `eventserved`."""
    assert EVENT in refused(phrase, MAR_2026)


@pytest.mark.parametrize(
    "phrase",
    [
        # called off, hedged, negated, a condition, the past: refused by other rules, as on main
        "Hạn nộp hồ sơ: 30/6/2026 (sai)",
        "Hạn nộp hồ sơ: 30/6/2026, sai",
        "Hạn nộp hồ sơ: 30/6/2026 đã bị hủy",
        "Hạn nộp hồ sơ: 30/6/2026 đã qua, nộp bổ sung",
        "Hạn nộp hồ sơ: 30/6/2026 bị hoãn, sai và thiếu sẽ bị phê bình",
        "Hạn nộp tiền thuế đã hủy: 15/5/2026",
        "Hạn nộp tiền thuế tạm dừng: 15/5/2026",
        "Hạn nộp tiền thuế (cũ): 15/5/2026",
        "Hạn nộp tiền thuế ghi sai: 15/5/2026 đã bị hủy",
        "Hạn nộp tiền thuế ghi sai: 15/5/2026 nếu được gia hạn",
        "Không phải hạn nộp tiền thuế ghi sai: 15/5/2026",
        "Hạn đổi hàng giao nhầm: đã qua 15/5/2026",
        "Hóa đơn giấy ngày 1/7/2026 dự kiến ngừng áp dụng",
        "Hóa đơn giấy ngày 1/7/2026 chưa ngừng áp dụng",
        "Hóa đơn giấy ngày 1/7/2026 hoãn ngừng áp dụng",
        "Hóa đơn giấy ngày 1/7/2025 ngừng áp dụng",
        "Nếu được duyệt, hóa đơn giấy ngày 1/7/2026 ngừng áp dụng",
        "Nộp hồ sơ nhập học (nhập học từ 1/9 đến 5/9/2026 nếu trúng tuyển)",
        "Nộp hồ sơ nhập học (nhập học từ 1/9 đến 5/9/2026 đã bị hủy)",
        "Đăng ký xét tuyển (xét tuyển từ 1/8 đến 20/8/2026 đã bị hủy)",
        "Đăng ký xét tuyển (xét tuyển từ 1/8 đến 20/8/2026, dự kiến)",
        "Đăng ký xét tuyển (xét tuyển từ 1/8 đến 20/8/2026 nếu còn chỉ tiêu)",
        "Không đăng ký xét tuyển (xét tuyển từ 1/8 đến 20/8/2026)",
    ],
)
def test_neighbours_refused_as_on_main(phrase: str) -> None:
    """Refused on main by the rules of a day called off, hedged, negated, conditional or past:
    still refused."""
    refused(phrase, MAR_2026)
