"""The period a review looks back on, named as a task's only time: never when it is done.

Form: a verb of looking back on a period, then what is looked back on, then the period, and
no other time: "Tổng kết năm 2025", "Sơ kết 6 tháng đầu năm 2026", "Kiểm toán báo cáo tài
chính năm 2025", "Kiểm điểm năm 2025", "Bình xét thi đua năm 2025" ("Xét khen thưởng",
"Chấm điểm thi đua" alike), "Tổng kết 5 năm thực hiện Nghị quyết giai đoạn 2021-2025" (a
fresh tester of session 58, read as a window over the period reviewed, due on its last day). A review of a year is made at its end or early in
the next (`occasions._REVIEWED`; "Hội nghị tổng kết công tác năm 2025" held on 8/1/2026 in
zd-baophutho-dang-bo-ccq-dang-tinh-2026.yaml), a half's in July, and a year's
accounts are audited after it closes (Luật Kiểm toán độc lập 2011, Điều 37: the financial
statements of a year are audited after that year): the period is what is reviewed, as
`refusals.refuse_review_held` already says for a review organised ("Tổ chức hội nghị tổng kết
năm 2025"). So is a meeting named by its review with no time of its own, "Hội nghị tổng kết
năm 2025" (session 58's tester: read as due by 31/12/2025, though held after it), "Hội nghị
sơ kết 6 tháng đầu năm 2020 cụm thi đua các tỉnh Tây Nam bộ" (held on 31/7/2020,
h-baodongthap-so-ket-cum-thi-dua-2020.yaml: the lead's ruling of session 59, its expectation
aligned). So is the doing an inspection or a check looks into ("Thanh tra việc thực hiện
… năm 2025", "Kiểm tra việc thực hiện … năm 2025"): the year of the work inspected.

What stays read, as the corpus reads it:
- a review with its own time ("Tổng kết … trước ngày 15/12/2026", "tổng kết vào năm 2010",
  a-ninh-thuan-qd-55-2007.yaml, "hoàn thành việc tổng kết chi hội trong tháng 12/2020"): the
  caller refuses only a period that is the phrase's only time;
- a meeting's agenda, the review and the period to come ("tổng kết công tác năm 2025 và triển
  khai phương hướng, nhiệm vụ trọng tâm năm 2026", zu-sggp-phuong-cau-ong-lanh-hoi-nghi-ky-ket-vnpt-2026.yaml:
  the lead's convention 10): two periods, so neither is the only time;
- the review of a term of office ("nhằm tổng kết nhiệm kỳ 2022-2025",
  zc-tracuuquyhoach-dai-hoi-phu-nu-toan-quoc-2026.yaml; "tổng kết việc thực hiện Nghị quyết Đại hội … nhiệm
  kỳ 2020-2025"): the congress that reviews a term is held in its last year;
- the review told as a subject ("việc kiểm điểm, đánh giá, xếp loại năm 2025 cần triển khai
  …", zk-thuvienphapluat-danh-gia-dang-vien-cuoi-nam-2025.yaml, read as 2025);
- a plan or a programme of audits or checks, and the audit office's name ("Kế hoạch kiểm toán
  năm 2026", "Kiểm toán nhà nước"), and checks strengthened over a year ("Tăng cường công tác
  kiểm tra, giám sát việc triển khai … năm 2026", r-lai-chau-kh-1888-vpubnd-cchc-2026.yaml):
  when the checks run.
"""

from __future__ import annotations

import re

# words of time that give the review a time of its own ("tổng kết vào năm 2010", "trong tháng
# 12/2020", "trước ngày …", "Kiểm điểm cuối năm 2025", "Sơ kết giữa năm 2026": when it is
# made) or start the agenda's next item ("triển khai", "phương hướng")
_TIME_OR_NEXT = (
    r"(?:vao|trong|truoc|den|toi|tu|sau|ngay|thang|tuan|quy|dot|luc|han|xong|cham|hoan|tien"
    r"|trien|phuong|xac|nhiem\s+ky|giai\s+doan|thoi\s+ky|nam|dip|khi|lan|cuoi|dau|giua)\b"
)
# what is looked back on: words, a count of years ("5 năm thực hiện …"), a comma between
# ("công tác thi đua, khen thưởng năm 2025")
_LOOKED_BACK_ON = rf"(?:(?>\s*,\s*|\s+)(?:(?!{_TIME_OR_NEXT})[a-z]+|\d{{1,2}}\s+nam))"
# the period: a year, months of a year, a quarter, a span of years ("giai đoạn 2021-2025")
_PERIOD = (
    r"\s+(?:(?:\d{1,2}|sau|chin|ba)\s+thang\s+(?:(?:dau|cuoi)\s+)?(?:nam\s+)?|nam\s+"
    r"|quy\s+(?:[ivx]+|[1-4])\s*(?:nam\s+|/\s*)|(?:giai\s+doan|thoi\s+ky)\s+(?:nam\s+)?)"
    r"\d{4}(?:\s*[-–—]\s*(?:nam\s+)?\d{4})?(?![\d/.])"
)

PERIOD_REVIEWED = re.compile(
    # (never a congress, a plan of audits, the audit office, a subject, a report named by it: "Báo cáo sơ kết 6 tháng đầu năm 2027" is refused as a report's name
    # by `label`, test_deadline_breaker7)
    r"(?<![a-z])(?<!bao cao )(?<!dai hoi )(?<!ke hoach )(?<!chuong trinh )(?<!tong )(?<!viec )"
    r"(?:tong\s+ket|so\s+ket|kiem\s+diem|kiem\s+toan(?!\s+nha\s+nuoc)|binh\s+xet"
    r"|xet\s+khen\s+thuong|cham\s+diem\s+thi\s+dua)"
    rf"{_LOOKED_BACK_ON}{{0,14}}?{_PERIOD}",
    re.ASCII,
)

# The doing an inspection or a check looks into, "việc" and the work, then its year:
# "Thanh tra việc thực hiện chính sách năm 2025". Never a plan of checks, a team, or checks
# strengthened ("Tăng cường công tác kiểm tra, giám sát việc …": when they run), nor a
# supervision: "giám sát việc sử dụng vốn năm 2026" is held over the year of the funds
# (test_deadline_misreads31).
DOING_INSPECTED = re.compile(
    r"(?<![a-z])(?<!cong tac )(?<!tang cuong )(?<!ke hoach )(?<!chuong trinh )(?<!doan )"
    r"(?:thanh\s+tra|kiem\s+tra)(?:\s*,\s*(?:thanh\s+tra|kiem\s+tra|giam\s+sat))*\s+viec"
    rf"{_LOOKED_BACK_ON}{{1,20}}?{_PERIOD}",
    re.ASCII,
)

WHY_REVIEWED = (
    "kỳ được tổng kết, sơ kết, kiểm điểm, kiểm toán, bình xét, xét khen thưởng (năm, 6 tháng, "
    "giai đoạn…) là kỳ được nhìn lại, không phải thời gian làm việc đó (làm vào cuối kỳ hoặc sau "
    "kỳ); không đoán ngày"
)
WHY_INSPECTED = (
    "năm là năm của việc được thanh tra, kiểm tra (việc đã làm trong kỳ đó), không phải thời "
    "gian thanh tra, kiểm tra; không đoán ngày"
)
