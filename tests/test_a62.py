"""Not-until holes left by session 61, closed (helper a62, session 62).

Main read each of these as due that day; "mới" there says the step is only done then, the
day is the earliest, never the last (the first rule: never a silent wrong date), so each is
refused with the not-until reason and "ghi last_day …" (`onlythen`):

- a thing's word in who, or an agency named by one ("Đến 30/6/2026 Ban Quản lý dự án mới bàn
  giao mặt bằng", "… Phòng Quản lý đô thị mới thẩm định", "… Nghị định mới được ban hành",
  "… dự án mới được giao vốn"): with a head, a thing then "mới" and a step waits too;
- "có"/"bị" telling who it is ("… các hộ có đất bị thu hồi mới nhận tiền", "… học sinh có
  hoàn cảnh khó khăn mới nhận học bổng");
- "mới được cấp/công nhận/giao …" with no step of who's own after it ("… người dân mới được
  cấp sổ đỏ", "… các xã mới được công nhận");
- quotes or brackets in who ("… Ban Quản lý (BQL) mới bàn giao", "… “Tổ công tác” mới nộp").

Read again, as main read it before session 61: "Đến ngày 20/4/2026, người mới tuyển nộp hồ
sơ" (new recruits submit: a participle, then who's own step). Kept read: "Đến 30/6/2026
(thì) mới hoàn thành" (session 60's ruling), "Đến 30/6/2026 các xã mới sáp nhập nộp báo cáo"
(newly merged communes: a participle, then who's own step with no "và" between; a wait
would join the two steps), "Đến 30/6/2026 ban hành Nghị định mới" (the step first), and a
time opening with "Trong" ("Trong tháng 9/2026 bà con mới gieo": the lead's ruling L1, the
doing is in that month either way). The shape is tests/corpus/i-vietnamplus-hoan-thanh-
chien-dich-quang-trung-truoc-15-1-2026.yaml's "đến ngày 31/1/2026 hoàn thành xây mới …",
with who and "mới" after the time.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused

MARCH_2026 = ctx("2026-03-01")
JUNE_30 = date(2026, 6, 30)


def _a_wait(phrase: str) -> None:
    why = refused(phrase, MARCH_2026)
    assert "mốc sớm nhất" in why and "last_day" in why, why


@pytest.mark.parametrize(
    "phrase",
    [
        # the brief's
        "Đến 30/6/2026 Ban Quản lý dự án mới bàn giao mặt bằng",
        "Đến 30/6/2026 Phòng Quản lý đô thị mới thẩm định",
        "Đến 30/6/2026 Trung tâm Phát triển quỹ đất mới chi trả",
        "Đến 30/6/2026 các hộ có đất bị thu hồi mới nhận tiền",
        "Đến 30/6/2026 học sinh có hoàn cảnh khó khăn mới nhận học bổng",
        "Đến 30/6/2026 người dân mới được cấp sổ đỏ",
        "Đến 30/6/2026 các xã mới được công nhận",
        "Đến 30/6/2026 dự án mới được giao vốn",
        "Đến 30/6/2026 Nghị định mới được ban hành",
        "Đến 30/6/2026 Ban Quản lý (BQL) mới bàn giao",
        "Đến 30/6/2026 “Tổ công tác” mới nộp",
        # their kin: other heads, an agency named by a thing, other things
        "Tới 30/6/2026 Ban Quản lý dự án mới bàn giao mặt bằng",
        "Đến 30/6/2026 Trung tâm Dịch vụ nông nghiệp mới cấp giống",
        "Đến 30/6/2026 Phòng Kinh tế hạ tầng và đô thị mới thẩm định",
        "Đến 30/6/2026 Ban Quản lý các khu công nghiệp mới cấp phép",
        "Đến 30/6/2026 kế hoạch mới được phê duyệt",
        "Đến 30/6/2026 Thông tư hướng dẫn mới được ban hành",
        "Đến 30/6/2026 dự án đường Vành đai 3 mới khởi công",
        "Đến 30/6/2026 phần mềm mới được nghiệm thu",
        "Sang quý III/2026 dự án mới được bố trí vốn",
        # who told with "có"/"bị"
        "Đến 30/6/2026 các hộ bị ảnh hưởng mới nhận hỗ trợ",
        "Đến 30/6/2026 các hộ có con đi học mới nhận hỗ trợ",
        "Đến 30/6/2026 người có công mới được nhận quà",
        "Tới 15/9/2026 các hộ có đất trồng lúa mới gieo",
        "Đến 30/6/2026 bị thu hồi đất mới nhận tiền",
        "Đến 30/6/2026 xã có nhiều hộ nghèo mới được hỗ trợ",
        # given or named only then, no step of who's own after it
        "Đến 30/6/2026 các hộ mới được nhận tiền hỗ trợ",
        "Đến 30/6/2026 doanh nghiệp mới được cấp giấy đăng ký kinh doanh",
        "Đến 30/6/2026 doanh nghiệp mới được cấp mã số nộp thuế",
        "Đến 30/6/2026 các xã mới được cấp mẫu báo cáo",
        "Đến 30/6/2026 doanh nghiệp mới được cấp giấy phép xây dựng",
        "Đến 30/6/2026 các xã mới được giao vốn để triển khai",
        "Đến 30/6/2026 các hộ mới được nhận tiền và phải nộp biên lai",
        "Đến 30/6/2026 các xã mới sáp nhập và nộp báo cáo",
        "Đến 30/6/2026 các xã mới sáp nhập",
        "Đến 30/6/2026 công ty mới tuyển dụng",
        "Đến 30/6/2026 công ty mới tuyển người",
        "Đến 30/6/2026 các trường mới tuyển sinh",
        # quotes and brackets, a step inside them tells who it is
        "Đến 30/6/2026 Ủy ban nhân dân (UBND) các xã mới nộp",
        "Đến 30/6/2026 “Tổ công tác thực hiện Đề án 06” mới nộp",
        'Đến 30/6/2026 Hội đồng "thẩm định giá" mới họp xét',
        "Đến 30/6/2026 Ban Chỉ đạo (đã kiện toàn) mới họp xét",
        # typed without marks
        "Den 30/6/2026 Ban Quan ly du an moi ban giao mat bang",
        "Den 30/6/2026 nguoi dan moi duoc cap so do",
        # stressed
        "Phải đến 30/6/2026 người mới tuyển nộp hồ sơ",
    ],
)
def test_a_wait_main_read_is_refused(phrase: str) -> None:
    _a_wait(phrase)


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # the brief's restore and keeps
        ("Đến ngày 20/4/2026, người mới tuyển nộp hồ sơ", date(2026, 4, 20), date(2026, 4, 20)),
        ("Đến 30/6/2026 người mới tuyển nộp hồ sơ", JUNE_30, JUNE_30),
        ("Đến 30/6/2026 (thì) mới hoàn thành", JUNE_30, JUNE_30),
        ("Đến 30/6/2026 các xã mới sáp nhập nộp báo cáo", JUNE_30, JUNE_30),
        ("Đến 30/6/2026, các xã mới sáp nhập phải nộp báo cáo", JUNE_30, JUNE_30),
        ("Đến 30/6/2026 ban hành Nghị định mới", JUNE_30, JUNE_30),
        ("Đến 30/6/2026 hoàn thành trụ sở mới", JUNE_30, JUNE_30),
        ("Trong tháng 9/2026 bà con mới gieo", date(2026, 9, 1), date(2026, 9, 30)),
        ("Trong tháng 9/2026, bà con mới gieo", date(2026, 9, 1), date(2026, 9, 30)),
        ("Trong quý III/2026 các xã mới nộp", date(2026, 7, 1), date(2026, 9, 30)),
        # a participle, then who's own step
        ("Đến 30/6/2026 các đơn vị mới được thành lập phải nộp báo cáo", JUNE_30, JUNE_30),
        ("Đến 30/6/2026 cán bộ mới tuyển dụng cần hoàn thành tập sự", JUNE_30, JUNE_30),
        # a thing: the step first, or "mới" going with it, or the day it takes effect
        ("Đến 30/6/2026 các xã áp dụng mẫu mới", JUNE_30, JUNE_30),
        ("Đến 1/7/2026 Luật mới có hiệu lực", date(2026, 7, 1), date(2026, 7, 1)),
        ("Đến 1/7/2026 mức lương mới được áp dụng", date(2026, 7, 1), date(2026, 7, 1)),
        ("Đến 30/6/2026 quy định mới về thuế có hiệu lực", JUNE_30, JUNE_30),
        ("Đến 30/6/2026 ứng dụng mới ra mắt", JUNE_30, JUNE_30),
        ("Đến 30/6/2026 các xã có trụ sở mới đưa vào sử dụng", JUNE_30, JUNE_30),
        ("Đến 30/6/2026 trụ sở mới đưa vào sử dụng", JUNE_30, JUNE_30),
        ("Đến năm 2027 tỉnh có nông thôn mới nâng cao", date(2027, 12, 31), date(2027, 12, 31)),
        # a step told finished only then: the day it ends (session 60's ruling)
        ("Đến 30/6/2026 các xã mới sáp nhập xong", JUNE_30, JUNE_30),
        # no "mới": as main
        ("Đến 30/6/2026 Ban Quản lý dự án bàn giao mặt bằng", JUNE_30, JUNE_30),
        ("Đến 30/6/2026 Trung tâm Phát triển quỹ đất chi trả", JUNE_30, JUNE_30),
        ("Đến 30/6/2026 các hộ có đất bị thu hồi nhận tiền", JUNE_30, JUNE_30),
        ("Đến 30/6/2026 “Tổ công tác” nộp báo cáo", JUNE_30, JUNE_30),
        ("Đến 30/6/2026 Ban Quản lý (BQL) bàn giao mặt bằng", JUNE_30, JUNE_30),
    ],
)
def test_what_reads_right_stays_read(phrase: str, first: date, last: date) -> None:
    reading = one(phrase, MARCH_2026)
    assert (reading.first, reading.last) == (first, last)


@pytest.mark.parametrize(
    "phrase",
    [
        # who's own step denied, told done, hedged or put as a condition: no deadline
        "Đến ngày 20/4/2026, người mới tuyển không nộp hồ sơ",
        "Đến ngày 20/4/2026, người mới tuyển chưa nộp hồ sơ",
        "Đến ngày 20/4/2026, người mới tuyển đã nộp hồ sơ",
        "Đến ngày 20/4/2026, người mới tuyển nếu có nhu cầu thì nộp hồ sơ",
        "Đến ngày 20/4/2026, người mới tuyển mới nộp hồ sơ",
        "Đến ngày 20/4/2026, người mới tuyển được miễn nộp hồ sơ",
        "Đến ngày 20/4/2026, người mới tuyển nộp hồ sơ hằng tháng",
        "Đến ngày 20/4/2026, người mới tuyển nộp được 50% hồ sơ",
        "Đến ngày 20/4/2026, nếu người mới tuyển nộp hồ sơ",
        "Đến 30/6/2026 các xã mới sau sắp xếp mới nộp",
        # a step told finished: only a participle's ("các xã mới sáp nhập xong") reads; with
        # words after it, denied, or another step's, refused as on main
        "Đến 30/6/2026 các xã mới làm chưa xong",
        "Đến 30/6/2026 các xã mới sáp nhập xong hồ sơ",
        "Đến 30/6/2026 Kho bạc mới thanh toán xong",
        # a thing's step that is no taking effect
        "Đến 30/6/2026 hệ thống mới được nâng cấp",
        "Đến 30/6/2026 Kho bạc mới vận hành",
    ],
)
def test_neighbours_stay_refused(phrase: str) -> None:
    refused(phrase, MARCH_2026)
