"""Holes a fresh tester found in branch a62's not-until, closed (helper a62b, session 62).

A62 read each phrase below as due that day; "mới" there says the step is only done (or
only allowed) then, the day is the earliest, never the last (the first rule: never a silent
wrong date), so each is refused with the not-until reason and "ghi last_day …" (`onlythen`):

- "mới được" + a duty's verb, or "mới được phép", is a permission, never a participle making
  who new ("Đến 30/6/2026 người lao động mới được tham gia bảo hiểm", "… nhân viên mới được
  phép tham gia bảo hiểm"); the corpus's own shape is tests/corpus/za-kenh14-lui-tuu-truong-
  bao-so-5-2025.yaml's "… thủ trưởng các cơ sở giáo dục mới được phép tổ chức …" (allowed
  only then); a verb right after "người"/"nhà" names who ("người nộp thuế");
- after a participle-made new who, the step must be plain: planned, hedged, called off,
  done again or timed by a day of its own, "mới" may as well be the wait ("Đến ngày
  20/4/2026, người mới tuyển dự kiến nộp hồ sơ", "… tạm dừng nộp hồ sơ", "… nộp lại hồ sơ");
- a thing launched ("khai trương", "khánh thành", "ra mắt", "đưa vào sử dụng", "có hiệu
  lực") reads only closing its clause, and no done word reads with a second step after it
  ("Đến 30/6/2026 cầu mới khánh thành và thu phí", "… cầu mới hoàn thành và thu phí");
- "về" to arrive is no topic ("Đến 30/6/2026 tiền mới về tài khoản các xã để đưa vào sử
  dụng": the money only arrives then);
- a verb of an agency's name is no step of who's own ("… Văn phòng Đăng ký đất đai mới cấp
  sổ", "… Ban Quản lý dự án đầu tư xây dựng tỉnh mới bàn giao mặt bằng": read on main too);
  typed bare, "dat" is land and "chi tra" is to pay ("Den 30/6/2026 cac ho co dat bi thu hoi
  moi nhan tien": read on main too).

The keeps of a62 and its brief stay read: "… các đơn vị mới được cấp mã số phải cập nhật",
"… các xã mới được công nhận nông thôn mới báo cáo kết quả" (test_d60b), "… quy định mới về
thuế có hiệu lực", "Đến ngày 20/4/2026, người mới tuyển nộp hồ sơ".
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused

MARCH_2026 = ctx("2026-03-01")
JUNE_30 = date(2026, 6, 30)
APRIL_20 = date(2026, 4, 20)
JULY_1 = date(2026, 7, 1)


def _a_wait(phrase: str) -> None:
    why = refused(phrase, MARCH_2026)
    assert "mốc sớm nhất" in why and "last_day" in why, why


@pytest.mark.parametrize(
    "phrase",
    [
        # H1: "mới được" + a duty's verb, or "được phép": allowed only then
        "Đến 30/6/2026 người lao động mới được tham gia bảo hiểm",
        "Đến 30/6/2026 người lao động mới được tham gia",
        "Đến 30/6/2026 người lao động mới được đăng ký",
        "Đến 30/6/2026 người lao động mới được nộp hồ sơ",
        "Đến 30/6/2026 người lao động mới được cập nhật thông tin",
        "Đến 30/6/2026 công nhân mới được tham gia bảo hiểm",
        "Đến 30/6/2026 nhân viên mới được phép tham gia bảo hiểm",
        "Đến 30/6/2026 công chức mới được đăng ký",
        "Tới ngày 30/6/2026 người lao động mới được tham gia bảo hiểm",
        "Den 30/6/2026 nhan vien moi duoc tham gia bao hiem",
        "ĐẾN 30/6/2026 CÔNG CHỨC MỚI ĐƯỢC ĐĂNG KÝ",
        "Đến 30/6/2026 (theo Công văn số 12/UBND ngày 5/3/2026) nhân viên mới được tham gia bảo"
        " hiểm",
        "Sang tháng 7/2026 học sinh mới được tham gia",
        "Sang tháng 7/2026 các hộ mới được đăng ký",
        "Sang tháng 7/2026, học sinh mới được tham gia",
        "Sang năm 2027 doanh nghiệp mới được tham gia",
        "Sang ngày 5/7/2026 nhân viên mới được tham gia",
        "Đến ngày 20/4/2026, người mới tuyển được nộp hồ sơ",
        "Đến 30/6/2026 người nộp thuế mới được kê khai",
        "Đến 30/6/2026 nhà đầu tư mới được đăng ký",
        # ... their kin: other duties, stressed heads, who named by a verb
        "Đến 30/6/2026 người lao động mới được phép nộp hồ sơ",
        "Đến 30/6/2026 người lao động mới được gửi hồ sơ",
        "Đến 30/6/2026 người lao động mới được hoàn thiện hồ sơ",
        "Đến 30/6/2026 người lao động mới được báo cáo",
        "Phải đến 30/6/2026 người lao động mới được tham gia bảo hiểm",
        "Mãi tới 30/6/2026 công nhân mới được đăng ký",
        "Đến 30/6/2026 người sử dụng đất mới được cấp sổ",
        "Đến 30/6/2026 người nộp hồ sơ mới nhận kết quả",
        "Đến 30/6/2026 người nộp thuế mới kê khai",
        # H2: the new who's step planned, hedged, called off, done again, or timed apart
        "Đến ngày 20/4/2026, người mới tuyển dự kiến nộp hồ sơ",
        "Đến ngày 20/4/2026, người mới tuyển có thể nộp hồ sơ",
        "Đến ngày 20/4/2026, người mới tuyển tạm dừng nộp hồ sơ",
        "Đến ngày 20/4/2026, người mới tuyển dừng tham gia",
        "Đến ngày 20/4/2026, người mới tuyển thôi tham gia",
        "Đến ngày 20/4/2026, người mới tuyển lại nộp hồ sơ",
        "Đến ngày 20/4/2026, người mới tuyển nộp lại hồ sơ",
        "Đến ngày 20/4/2026, người mới tuyển nộp hồ sơ lần 2",
        "Đến ngày 20/4/2026, các xã mới sáp nhập dự kiến nộp báo cáo",
        "Đến 30/6/2026 các xã mới sáp nhập tạm dừng nộp báo cáo",
        # ... their kin
        "Đến ngày 20/4/2026, người mới tuyển sẽ có thể nộp hồ sơ",
        "Đến ngày 20/4/2026, người mới tuyển hy vọng nộp hồ sơ",
        "Đến ngày 20/4/2026, người mới tuyển có khả năng nộp hồ sơ",
        "Đến ngày 20/4/2026, người mới tuyển hoãn nộp hồ sơ",
        "Đến ngày 20/4/2026, người mới tuyển tạm hoãn nộp hồ sơ",
        "Đến ngày 20/4/2026, người mới tuyển ngừng tham gia",
        "Đến ngày 20/4/2026, người mới tuyển nộp hồ sơ lần thứ hai",
        "Đến ngày 20/4/2026, người mới tuyển nộp hồ sơ lần nữa",
        "Đến ngày 20/4/2026, người mới tuyển nộp hồ sơ trước ngày 30/4/2026",
        "Đến ngày 20/4/2026, người mới tuyển nộp hồ sơ trong tháng 5",
        "Den ngay 20/4/2026, nguoi moi tuyen du kien nop ho so",
        "Den ngay 20/4/2026, nguoi moi tuyen nop lai ho so",
        "Đến 30/6/2026 các xã mới sáp nhập có thể nộp báo cáo",
        "Đến 30/6/2026 các xã mới sáp nhập thôi nộp báo cáo",
        "Đến 30/6/2026 các xã mới sáp nhập nộp lại báo cáo",
        "Đến 30/6/2026 các xã mới sáp nhập được nộp báo cáo",
        # ... asked for or wanted, no duty (read on main)
        "Đến 30/6/2026 các xã mới sáp nhập đề nghị nộp báo cáo",
        "Đến 30/6/2026 các xã mới sáp nhập xin nộp báo cáo",
        "Đến 30/6/2026 các xã mới sáp nhập có nhu cầu nộp báo cáo",
        "Den 30/6/2026 cac xa moi sap nhap xin nop bao cao",
        # H3: a launch with words after it, a done word with a second step
        "Đến 30/6/2026 cầu mới khánh thành và thu phí",
        "Đến 30/6/2026 cầu mới khánh thành rồi thu phí",
        "Đến 30/6/2026 chợ mới khai trương rồi thu phí",
        "Đến 30/6/2026 chợ mới khai trương rồi mới thu phí",
        "Đến 30/6/2026 cầu mới khánh thành và nghiệm thu",
        "Đến 30/6/2026 cầu mới khánh thành và đưa vào khai thác",
        "Đến 30/6/2026 cầu mới khánh thành, thông xe",
        "Đến 30/6/2026 cửa hàng mới khai trương chi nhánh",
        "Đến 30/6/2026 cầu mới hoàn thành và thu phí",
        # ... their kin
        "Đến 30/6/2026 cầu mới khánh thành và thông xe",
        "Đến 30/6/2026 cầu mới khánh thành cầu vượt",
        "Đến 30/6/2026 cầu mới thông xe và thu phí",
        "Đến 30/6/2026 cầu mới thông xe, thu phí",
        "Đến 30/6/2026 nhà máy mới khánh thành dây chuyền 2",
        "Đến 30/6/2026 Luật mới có hiệu lực và thay thế Luật cũ",
        "Đến 30/6/2026 ứng dụng mới ra mắt, thu phí",
        "Đến 30/6/2026 ứng dụng mới ra mắt người dùng",
        "Đến 30/6/2026 trụ sở mới đưa vào sử dụng rồi bàn giao",
        "Đến 30/6/2026 trụ sở mới đưa vào sử dụng và thanh lý trụ sở cũ",
        "Đến 30/6/2026 nhà máy mới chính thức hoạt động và nộp thuế",
        "Đến 30/6/2026 mới hoàn thành, bàn giao",
        "Đến 30/6/2026 mới hoàn thành rồi bàn giao",
        "Đến 1/7/2026 mức lương mới được áp dụng và chi trả",
        # "về" to arrive
        "Đến 30/6/2026 hồ sơ mới về đến Sở để áp dụng",
        "Đến 30/6/2026 tiền mới về tài khoản các xã để đưa vào sử dụng",
        "Đến 30/6/2026 hàng mới về kho để đưa vào sử dụng",
        "Đến 30/6/2026 vốn mới về tới huyện để áp dụng",
        # an agency's name with a verb in it
        "Đến ngày 30/6/2026 Ban Quản lý dự án đầu tư xây dựng tỉnh mới bàn giao mặt bằng",
        "Đến 30/6/2026 Văn phòng Đăng ký đất đai mới cấp sổ",
        "Đến 30/6/2026 Sở Xây dựng mới thẩm định",
        "Đến 30/6/2026 Trung tâm Đăng ký giao dịch mới cấp giấy",
        "Đến 30/6/2026 Chi cục Đăng ký mới cấp giấy",
        # typed bare: "dat" is land, "chi tra" is to pay (each read on main as due that day)
        "Den 30/6/2026 Van phong Dang ky dat dai moi cap so",
        "Den 30/6/2026 cac ho co dat bi thu hoi moi nhan tien",
        "Den 30/6/2026 nguoi su dung dat moi duoc cap so",
        "Den 30/6/2026 Trung tam Phat trien quy dat moi chi tra",
    ],
)
def test_a_wait_a62_read_is_refused(phrase: str) -> None:
    _a_wait(phrase)


def test_two_days_for_new_recruits_are_refused() -> None:
    # "by 20/4 … at the latest 30/4": two days for one step, neither the plan's alone
    refused("Đến ngày 20/4/2026, người mới tuyển nộp hồ sơ chậm nhất ngày 30/4/2026", MARCH_2026)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # the brief's keeps
        ("Đến 30/6/2026 các đơn vị mới được cấp mã số phải cập nhật", JUNE_30),
        ("Đến 30/6/2026 các xã mới được công nhận nông thôn mới báo cáo kết quả", JUNE_30),
        ("Đến 30/6/2026 quy định mới về thuế có hiệu lực", JUNE_30),
        # a participle, then a plain step of who's own
        ("Đến ngày 20/4/2026, người mới tuyển nộp hồ sơ", APRIL_20),
        ("Đến 30/6/2026 người mới tuyển nộp hồ sơ", JUNE_30),
        ("Đến 30/6/2026 các xã mới sáp nhập nộp báo cáo", JUNE_30),
        ("Đến 30/6/2026, các xã mới sáp nhập phải nộp báo cáo", JUNE_30),
        ("Đến 30/6/2026 các đơn vị mới được thành lập phải nộp báo cáo", JUNE_30),
        ("Đến 30/6/2026 các đơn vị mới được giao nhiệm vụ phải nộp báo cáo", JUNE_30),
        ("Đến 30/6/2026 các xã mới sáp nhập được yêu cầu nộp báo cáo", JUNE_30),
        # ("còn lại" is the rest of who, no step again)
        ("Đến ngày 20/4/2026, người mới tuyển nộp hồ sơ, các xã còn lại nộp báo cáo", APRIL_20),
        # a launch closing its clause, or told finished
        ("Đến 30/6/2026 ứng dụng mới ra mắt", JUNE_30),
        ("Đến 30/6/2026 ứng dụng mới ra mắt.", JUNE_30),
        ("Đến 30/6/2026 cầu mới khánh thành", JUNE_30),
        ("Đến 30/6/2026 cầu mới khánh thành xong", JUNE_30),
        ("Đến 30/6/2026 chợ mới khai trương", JUNE_30),
        ("Đến 30/6/2026 chợ mới khai trương xong", JUNE_30),
        ("Đến 30/6/2026 cầu mới thông xe", JUNE_30),
        ("Đến 30/6/2026 cầu mới thông xe.", JUNE_30),
        ("Đến năm 2027 tỉnh có nông thôn mới thông minh", date(2027, 12, 31)),
        ("Đến 1/7/2026 Luật mới có hiệu lực", JULY_1),
        ("Đến 1/7/2026 Luật mới có hiệu lực thi hành", JULY_1),
        ("Đến 30/6/2026 trụ sở mới đưa vào sử dụng", JUNE_30),
        ("Đến 30/6/2026 quy định mới về phí có hiệu lực", JUNE_30),
        ("Đến 30/6/2026 quy định mới đối với hộ kinh doanh có hiệu lực", JUNE_30),
        ("Đến 1/7/2026 mức lương mới được áp dụng", JULY_1),
        ("Đến 30/6/2026 nhà máy mới chính thức hoạt động", JUNE_30),
        ("Đến 30/6/2026 (thì) mới hoàn thành", JUNE_30),
        ("Đến 30/6/2026 cầu mới hoàn thành", JUNE_30),
        # no "mới": as main
        ("Đến 30/6/2026 người lao động được tham gia bảo hiểm", JUNE_30),
        ("Đến 30/6/2026 người lao động phải tham gia bảo hiểm", JUNE_30),
        ("Đến 30/6/2026 người nộp thuế kê khai", JUNE_30),
        ("Đến 30/6/2026 người nộp thuế phải kê khai", JUNE_30),
        ("Đến 30/6/2026 Văn phòng Đăng ký đất đai cấp sổ", JUNE_30),
        ("Đến 30/6/2026 Văn phòng Đăng ký đất đai cấp sổ mới", JUNE_30),
        ("Đến 30/6/2026 Ban Quản lý dự án đầu tư xây dựng tỉnh bàn giao mặt bằng", JUNE_30),
        ("Đến 30/6/2026 hồ sơ về đến Sở", JUNE_30),
        ("Đến 30/6/2026 chuyển tiền về tài khoản các xã để đưa vào sử dụng", JUNE_30),
        ("Đến 30/6/2026 hoàn thành trụ sở mới", JUNE_30),
        ("Den 30/6/2026 cac xa dat chuan nong thon moi nang cao", JUNE_30),
        ("Den 30/6/2026 hoan thanh dat chuan nong thon moi", JUNE_30),
    ],
)
def test_what_reads_right_stays_read(phrase: str, day: date) -> None:
    reading = one(phrase, MARCH_2026)
    assert (reading.first, reading.last) == (day, day)
