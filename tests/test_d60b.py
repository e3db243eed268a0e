"""Branch d60 narrowed where its fresh tester found holes (helper d60b, session 60).

The phrases are the tester's (scratch inputs, not the corpus); the forms they follow are
d60's own, from tests/corpus/zr-tapchisonglam-gia-han-cuoc-van-dong-sang-tac-nghe-an-2023.yaml
and tests/corpus/za-znews-nghi-hoc-bao-bualoi-2025.yaml (test_d60).

A. A change told reads only when the telling runs straight into its bound ("Nếu có thay đổi
   thì báo cáo trước ngày 15/9/2026"); a changed day after a stop or an event named ("Nếu có
   thay đổi thì thông báo: hội nghị tổ chức ngày 20/9/2026") was read by d60 and is refused
   (the first rule: never a silent wrong date; main refused them all).
B. "mới" after a subject is "new" before a participle, "sau", "đều" or in "nông thôn mới":
   "Đến 30/6/2026, các đơn vị mới được thành lập phải nộp báo cáo" reads as on main.
C. "Trường hợp có thay đổi, UBND xã thông báo trước …" (who tells, "đề nghị", "yêu cầu")
   reads as on main.
D. A course, a marking again, a test held if needed are an optional round only opening the
   words: "Nộp kết quả phỏng vấn (nếu có) về Sở trước …" names a document and reads.
E. "Trong phạm vi pháp luật cho phép, …" says how far, not the means: reads.
F. "Nếu có nhu cầu, tham gia trước …": the needer's own step reads.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadline_forms import ctx, one, refused

ISSUED = ctx("2026-03-01")


@pytest.mark.parametrize(
    "phrase",
    [
        "Nếu có thay đổi thì thông báo: hội nghị tổ chức ngày 20/9/2026",
        "Nếu có thay đổi, thông báo: hội nghị tổ chức ngày 20/9/2026",
        "Nếu có thay đổi thì thông báo, hội nghị tổ chức ngày 20/9/2026",
        "NẾU CÓ THAY ĐỔI THÌ THÔNG BÁO: HỘI NGHỊ TỔ CHỨC NGÀY 20/9/2026",
        "Nếu có thay đổi, báo cáo; kỳ họp tổ chức ngày 20/9/2026",
        "Nếu có thay đổi thì thông báo lịch mới: khai giảng ngày 5/10/2026",
        "Nếu có thay đổi thì cập nhật, khai giảng ngày 5/10/2026",
        "Nếu có thay đổi, cập nhật: thời gian mới ngày 20/9/2026",
        "Nếu có thay đổi, đăng ký lịch thi ngày 25/9/2026",
        "Nếu có thay đổi thì gửi lịch mới, dự kiến ngày 25/9/2026",
        "Nếu có thay đổi, gửi ngày 20/9/2026",
        "Nếu có thay đổi, thông báo ngày 20/9/2026",
        "Nếu có thay đổi, thông báo lịch thi trước ngày 15/9/2026",
        "Nếu có thay đổi, hội nghị tổ chức ngày 20/9/2026",
        "Nếu có thay đổi, UBND xã thông báo trước ngày 15/9/2026",
        "Nếu có thay đổi về thời gian thì hoàn thành trước tháng 9/2026",
        "Nếu có thay đổi, sẽ thông báo sau ngày 15/9/2026",
        "Trường hợp có thay đổi, thông báo: hội nghị tổ chức ngày 20/9/2026",
        "Trường hợp có thay đổi thì thông báo: hội nghị tổ chức ngày 20/9/2026",
        "Trường hợp có thay đổi, thông báo: lịch thi mới ngày 25/9/2026",
        "Trường hợp có thay đổi, gửi lịch mới, dự kiến ngày 25/9/2026",
        "Trường hợp có thay đổi, cập nhật: thời gian mới ngày 20/9/2026",
        "Trường hợp có thay đổi, thông báo lịch mới; hội nghị dự kiến tổ chức ngày 20/9/2026",
        "Trường hợp có thay đổi, hội nghị tổ chức ngày 20/9/2026",
        "Trường hợp có thay đổi, UBND xã thông báo: hội nghị tổ chức ngày 20/9/2026",
        "Trường hợp có thay đổi, UBND xã thông báo ngày 20/9/2026",
        "Trường hợp có thay đổi, các đơn vị gửi lịch mới trước ngày 15/9/2026",
        "Trường hợp có thay đổi, đề nghị các đơn vị tổ chức trước ngày 15/9/2026",
        "Trường hợp có thay đổi, kỳ họp dự kiến tổ chức ngày 20/9/2026",
        "Trường hợp có thay đổi, dự kiến thông báo trước ngày 15/9/2026",
        "Trường hợp có thay đổi, không thông báo trước ngày 15/9/2026",
        "Trường hợp có thay đổi, thời gian mới là ngày 20/9/2026",
        "Trường hợp có thay đổi, hạn nộp là 30/9/2026",
        "Trường hợp có thay đổi, thông báo. Hội nghị tổ chức ngày 20/9/2026",
        "Trường hợp có thay đổi, thông báo hạn nộp mới trước ngày 30/9/2026",
        "Nếu có thay đổi, thông báo hạn nộp mới trước ngày 30/9/2026",
    ],
)
def test_a_changed_day_is_refused(phrase: str) -> None:
    refused(phrase, ISSUED)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Nếu có thay đổi, thông báo về Sở chậm nhất ngày 15/9/2026", date(2026, 9, 15)),
        ("Nếu có thay đổi thì báo cáo trước ngày 15/9/2026", date(2026, 9, 15)),
        ("Trường hợp có thay đổi, thông báo trước ngày 15/9/2026", date(2026, 9, 15)),
        ("Trường hợp có thay đổi, UBND xã thông báo trước ngày 15/9/2026", date(2026, 9, 15)),
        ("Trường hợp có thay đổi, Ban tổ chức thông báo trước ngày 15/9/2026", date(2026, 9, 15)),
        ("Trường hợp có thay đổi, các đơn vị gửi báo cáo trước ngày 15/9/2026", date(2026, 9, 15)),
        ("Trường hợp có thay đổi, đơn vị kịp thời báo cáo trước ngày 15/9/2026", date(2026, 9, 15)),
        (
            "Trường hợp có thay đổi, đề nghị các đơn vị báo cáo trước ngày 15/9/2026",
            date(2026, 9, 15),
        ),
        ("Trường hợp có thay đổi, đề nghị thông báo về Sở trước ngày 15/9/2026", date(2026, 9, 15)),
        ("Trường hợp có thay đổi, yêu cầu báo cáo trước ngày 15/9/2026", date(2026, 9, 15)),
        ("Trường hợp có thay đổi, hoàn thiện hồ sơ trước 30/9/2026", date(2026, 9, 30)),
        (
            "Trường hợp có thay đổi về nhân sự, gửi danh sách trước ngày 15/9/2026",
            date(2026, 9, 15),
        ),
        ("Trường hợp có thay đổi về thời gian, thông báo trước ngày 15/9/2026", date(2026, 9, 15)),
        ("Nếu có thay đổi ngày thi thì thông báo trước ngày 15/9/2026", date(2026, 9, 15)),
        ("Nếu có thay đổi, nộp đến hết ngày 30/9/2026", date(2026, 9, 30)),
        ("Trường hợp có thay đổi, điều chỉnh kế hoạch trước 30/9/2026", date(2026, 9, 30)),
    ],
)
def test_a_change_told_by_its_bound_reads(phrase: str, last: date) -> None:
    assert one(phrase, ISSUED).last == last


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Đến 30/6/2026, các đơn vị mới được thành lập phải nộp báo cáo", date(2026, 6, 30)),
        (
            "Đến 30/6/2026, cán bộ mới được tuyển dụng phải hoàn thành khóa bồi dưỡng",
            date(2026, 6, 30),
        ),
        ("Đến 30/6/2026, các cán bộ mới tuyển dụng hoàn thành bồi dưỡng", date(2026, 6, 30)),
        ("Đến 30/6/2026, giáo viên mới tuyển dụng hoàn thành tập sự", date(2026, 6, 30)),
        ("Đến 30/6/2026, các hộ mới chuyển đến phải đăng ký tạm trú", date(2026, 6, 30)),
        ("Đến 30/6/2026 học sinh mới nhập học nộp hồ sơ", date(2026, 6, 30)),
        (
            "Đến 30/6/2026, các xã mới được công nhận nông thôn mới báo cáo kết quả",
            date(2026, 6, 30),
        ),
        ("Đến 30/6/2026, các đơn vị mới được giao nhiệm vụ báo cáo kết quả", date(2026, 6, 30)),
        ("Đến 30/6/2026, các phường mới hình thành hoàn thành trụ sở", date(2026, 6, 30)),
        ("Đến 30/6/2026 các xã mới sau sắp xếp hoàn thành trụ sở", date(2026, 6, 30)),
        ("Đến 30/6/2026, các sở mới hợp nhất hoàn thành việc bàn giao", date(2026, 6, 30)),
        ("Đến 30/6/2026, các ngành mới bổ sung hoàn thành kế hoạch", date(2026, 6, 30)),
        ("Đến 30/6/2026, các công ty mới cổ phần hóa hoàn thành quyết toán", date(2026, 6, 30)),
        ("Đến 31/12/2026, toàn bộ các xã mới đều có trụ sở làm việc", date(2026, 12, 31)),
        ("Đến 31/12/2026 các đơn vị mới được cấp mã số phải cập nhật", date(2026, 12, 31)),
        ("Đến năm 2027 tỉnh có nông thôn mới nâng cao", date(2027, 12, 31)),
        ("Đến năm 2030 xã đạt nông thôn mới kiểu mẫu", date(2030, 12, 31)),
    ],
)
def test_new_after_the_subject_reads(phrase: str, last: date) -> None:
    assert one(phrase, ISSUED).last == last


@pytest.mark.parametrize(
    "phrase",
    [
        "Tới 15/9/2026 bà con mới gieo",
        "Đến 30/6/2026 thì mới nộp",
        "Đến hết 30/6/2026 mới nộp",
        "Đến 30/6/2026 - mới nộp",
        "Den 30/6/2026 moi nop",
        "Đến năm 2027 mới triển khai",
        "Đến 30/6/2026 người dân mới được nhận tiền",
        "Đến 30/6/2026 bà con mới thu hoạch",
        "Đến 30/6/2026 các xã mới nộp",
        "Đến 30/6/2026 học sinh mới nhập học",
        "Đến 30/6/2026 các đơn vị mới báo cáo",
        "Đến 30/6/2026 nông dân mới được vay vốn",
        "Đến 30/6/2026 các hộ mới được nhận hỗ trợ",
        "Phải đến 30/6/2026 các xã mới nộp",
        "Đến 30/6/2026 doanh nghiệp mới được hoàn thuế",
    ],
)
def test_a_wait_with_who_waits_stays_refused(phrase: str) -> None:
    refused(phrase, ISSUED)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Nộp hồ sơ gồm: đơn, biên bản phỏng vấn (nếu có) trước ngày 30/9/2026", date(2026, 9, 30)),
        (
            "Nộp hồ sơ gồm đơn đăng ký, kết quả sát hạch (nếu có), chậm nhất ngày 30/9/2026",
            date(2026, 9, 30),
        ),
        ("Hồ sơ gồm: đơn, chứng chỉ khóa 2 (nếu có); nộp trước ngày 30/9/2026", date(2026, 9, 30)),
        ("Nộp kết quả phỏng vấn (nếu có) về Sở trước ngày 30/9/2026", date(2026, 9, 30)),
        ("Đơn đề nghị chấm phúc khảo (nếu có) gửi trước ngày 30/7/2026", date(2026, 7, 30)),
        (
            "Thí sinh nộp đơn đề nghị chấm phúc khảo (nếu có) trước ngày 30/7/2026",
            date(2026, 7, 30),
        ),
        ("Thí sinh nộp đơn chấm lại (nếu có) trước ngày 30/7/2026", date(2026, 7, 30)),
    ],
)
def test_a_document_named_after_a_round_reads(phrase: str, last: date) -> None:
    assert one(phrase, ISSUED).last == last


@pytest.mark.parametrize(
    "phrase",
    [
        "Phỏng vấn (nếu có) trước ngày 30/9/2026",
        "Sát hạch (nếu có) ngày 5/10/2026",
        "Kiểm tra sát hạch (nếu có) ngày 5/10/2026",
        "Chấm lại (nếu có) trước ngày 30/7/2026",
        "- Khóa 2 (nếu có): từ 1/10 đến 30/11/2026",
        "Chấm phúc khảo (nếu có) trước ngày 30/7/2026",
        "Đợt 2 (nếu có) trước ngày 30/9/2026",
        "Nộp hồ sơ đợt bổ sung (nếu có) trước ngày 30/9/2026",
    ],
)
def test_a_round_opening_the_words_stays_refused(phrase: str) -> None:
    refused(phrase, ISSUED)


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Trong phạm vi pháp luật cho phép, hoàn thành trước ngày 30/9/2026", date(2026, 9, 30)),
        ("Trong phạm vi quy định cho phép, hoàn thành trước ngày 30/9/2026", date(2026, 9, 30)),
        ("Nếu có nhu cầu, tham gia trước ngày 30/9/2026", date(2026, 9, 30)),
        ("Nếu có nhu cầu, đăng ký trước ngày 30/9/2026", date(2026, 9, 30)),
    ],
)
def test_no_condition_on_the_means_reads(phrase: str, last: date) -> None:
    assert one(phrase, ISSUED).last == last


@pytest.mark.parametrize(
    "phrase",
    [
        "Trong điều kiện kinh phí cho phép, hoàn thành trước ngày 30/9/2026",
        "Trong phạm vi ngân sách cho phép, hoàn thành trước ngày 30/9/2026",
        "Nếu kinh phí cho phép, hoàn thành trước ngày 30/9/2026",
        "Trong điều kiện cho phép, hoàn thành trước ngày 30/9/2026",
        "Trong khả năng nguồn lực cho phép, hoàn thành trước ngày 30/9/2026",
        "Nếu có nhu cầu, tổ chức trong tháng 9/2026",
        "Nếu có nhu cầu, không tham gia trước ngày 30/9/2026",
    ],
)
def test_a_condition_on_the_means_stays_refused(phrase: str) -> None:
    refused(phrase, ISSUED)
