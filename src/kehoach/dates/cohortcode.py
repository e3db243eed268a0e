"""A cohort of students named by its code before the time part: who, never when.

"- Sinh viên K27 bắt đầu đăng ký từ ngày 09/08/2022", "- Sinh viên từ K25 về trước bắt đầu
đăng ký từ ngày 02/08/2022" (Đại học Duy Tân, the credit registration of the first term of
2022-2023; zv-duytan-dang-ky-tin-chi-hk1-2022-2023): a university numbers its intakes "K"
and two digits glued ("K27", the 27th intake, as "khóa 27" says it), and "từ K25 về trước"
is the intake K25 and those before it. The code's number is no day, and "từ … về trước"
there is no start and no "before" of the deadline: both name the students, the day after them
is theirs, read as it would be without them.

Only right after "sinh viên" or "học viên" (the students the code belongs to), the code alone
with nothing glued after it and no day's mark ("K27/8" stays a number), and "về trước" only
with "từ" before the code and no number or word of time after it: "Sinh viên K27 nộp trước
ngày 15/8" keeps its "trước" (the deadline's), which this never touches.

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

# the code after the students, on the folded, lower-case words (`label._NAMED_NUMBER`, where
# the number is accounted for); no named groups (it joins that pattern)
COHORT_CODE = r"(?<![a-z])(?:sinh|hoc)\s+vien\s+(?:tu\s+)?k\d{2}(?![\w/.,+-])(?!\s*[/.-]\s*\d)"
# ... and the intakes up to it, as printed (`label._NAMES_WITH_TIME_WORDS`, where the words of
# time of a name are blanked): "sinh viên từ K25 về trước" is who, its "từ" and "trước" none
# of the deadline's; never before a number or a word of time ("về trước ngày …")
COHORT_AND_EARLIER = (
    r"\b(?:sinh|học)\s+viên\s+từ\s+K\d{2}\s+về\s+trước\b"
    r"(?!\s*(?:\d|ngày|tháng|năm|quý|tuần|giờ|hạn|thời\s+hạn)\b)"
)
