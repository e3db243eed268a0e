"""Numbers that a closed list of nouns counts or names, none of them a time.

Issue 11 §1: a label may hold words, never an unexplained number; a number before a deadline
that could be a day, a month, a year or a count of days is refused. A number is explained
here only by a noun that can never be one of those: the criteria, focuses and experts a plan
counts, the grassroots trade unions a district counts, a sum of money paid per head, a road
named by its number and letter, and a project board. The list is closed on purpose: "any
noun after a number" would explain "15 ngày", "3 tháng", "2 đợt". Each pattern is matched on the folded, lower-case text
(`kehoach.base.text.fold`), never right after a word of time ("ngày 15 tiêu chí …" keeps its
day), never before a day's separator ("đường 25/12" is no road).

Pure: no I/O, no terminal, no clock.
"""

from __future__ import annotations

# No word of time right before the count: "ngày 9 trọng tâm" would hold a day
_NOT_AFTER_TIME = (
    r"(?<![\d/.,-])(?<!ngay\s)(?<!thang\s)(?<!nam\s)(?<!quy\s)(?<!tuan\s)(?<!luc\s)(?<!so\s)"
)
# ... nor a day's separator or a word of time after what it names
_NOT_BEFORE_DAY = r"(?!\s*[/.-]\s*\d)"

COUNTED_THINGS = (
    _NOT_AFTER_TIME + r"\d{1,3}(?:\.\d{3})*\s+(?:"
    # the criteria of a national set: "đặt mục tiêu hoàn thành 94 tiêu chí của Ban Chỉ đạo
    # Trung ương trước ngày 19/12/2025" (VietnamPlus on Đắk Lắk's digital-transformation push,
    # 2025; t-vietnamplus-dak-lak-cao-diem-chuyen-doi-so-cap-xa-2025)
    r"tieu\s+chi"
    # the focuses of a plan: "Kế hoạch hành động xác định 9 trọng tâm chỉ đạo, điều hành trong
    # năm 2026" (Báo Thanh Hóa on QĐ 208/2026; u-baothanhhoa-qd-208-ke-hoach-hanh-dong-2026)
    r"|trong\s+tam"
    # the experts a policy attracts: "thu hút ít nhất 100 chuyên gia hàng đầu về nước làm
    # việc, hoàn thành trong tháng 8/2025" (Dân trí, 2025; zg-dantri-danh-gia-cong-chuc-kpi-2026)
    r"|chuyen\s+gia"
    # the grassroots trade unions a district counts, "CĐ" written short: "Hiện LĐLĐ quận 1 có
    # 700 CĐ cơ sở phải tổ chức đại hội trong năm 2017" (Người Lao Động, 2017;
    # z-nld-quan-1-dai-hoi-cong-doan-co-so-2017)
    r"|(?:cd|cong\s+doan)\s+co\s+so"
    # the agencies an inspection visits and the points it checks: "Trong năm 2026, xã tổ chức
    # kiểm tra theo kế hoạch đối với 02 cơ quan, đơn vị" (xã Phú Lâm, Đồng Nai, KH 32/2026;
    # t-dong-nai-xa-phu-lam-kh-32-kiem-tra-cchc-2026), "Trong tháng 9 và tháng 10/2026, Đoàn sẽ
    # kiểm tra 3 nội dung gồm" (Kiến Thức on the Tỉnh ủy Phú Thọ's inspections; v-kienthuc-kiem-
    # tra-giam-sat-tinh-uy-phu-tho-2026): "nội dung 2" names an item (`label._NAMED_NUMBER`),
    # "3 nội dung" counts them
    r"|co\s+quan|noi\s+dung"
    # the inspection teams a body forms, the members who lead them and the party bodies they
    # check: "sẽ thành lập 22 đoàn do 22 Ủy viên Bộ Chính trị và Uỷ viên Ban Bí thư trực tiếp
    # làm trưởng đoàn kiểm tra 40 tổ chức đảng trực thuộc" (VietNamNet on the Ủy ban Kiểm tra
    # Trung ương, 2026; v-vietnamnet-ubkttw-22-doan-kiem-tra-2026); "đoàn" folds as "đoạn"
    # (a stretch), no time either
    r"|doan(?:\s+(?:cong\s+tac|kiem\s+tra))?|uy\s+vien|to\s+chuc\s+dang"
    # the matches of a tournament: "từ ngày 07/7/2024 đến ngày 11/8/2024, với tổng số 61 trận
    # đấu" (Thọ Xuân, Thanh Hóa, 2024; zl-thoxuan-thanhhoa-giai-bong-da-cup-lam-son-2024)
    r"|tran\s+dau"
    # the vaccines a programme adds: "từ năm 2024 đến năm 2030, thêm 4 vắc-xin được tiêm chủng
    # miễn phí cho người dân" (VTV9, 2024; zh-vtv9-byt-4-vac-xin-tiem-chung-mo-rong-2024-2030)
    r"|(?:loai\s+)?(?:vac\s*-?\s*xin|vaccine)"
    r")\b"
    + _NOT_BEFORE_DAY
    # ... nor a unit of time after the noun: "1 trong tám ngày" (one of eight days) folds as
    # "1 trong tam ngay"
    + r"(?!\s+(?:ngay|thang|nam|quy|tuan|gio|buoi|dot|ky|lan)\b)"
)

# A sum paid per head or per household: "được trao bằng tiền mặt 1 triệu đồng/đối tượng"
# (Báo Thanh Hóa on KH 17/2026, Tết gifts; zh-baothanhhoa-kh-17-tang-qua-tet-binh-ngo-2026): a
# rate, never a result told as of a day (which `refusals.refuse_figure_as_of` weighs), and
# never a time
# ... the sum written in full, its thousands dotted, and a month after the head: "được hỗ trợ
# 1.500.000 đồng cho 3 tháng, từ tháng 4 đến tháng 6 năm 2020 (mức hỗ trợ 500.000
# đồng/người/tháng)" (Sở TT&TT Hà Giang on the Covid-19 support, 2020; v-stttt-ha-giang-ho-
# tro-covid-2020): so much per head each month, a rate, no month of the step
PER_HEAD_SUM = (
    _NOT_AFTER_TIME + r"(?:\d{1,3}(?:[.,]\d{1,3})*\s+(?:trieu|nghin|ngan)|\d{1,3}(?:\.\d{3})+)"
    r"\s+dong\s*/\s*(?:doi\s+tuong|nguoi|ho|suat|hoc\s+sinh|thang)\b"
    r"(?:\s*/\s*thang\b)?" + _NOT_BEFORE_DAY
)
# The income per head a plan raises its people's to, a target of the year read: "năm 2026 xã
# Quảng Ninh phấn đấu …, nâng thu nhập bình quân đầu người lên 74,2 triệu đồng/năm" (Báo
# Thanh Hóa, 2026; zn-baothanhhoa-xa-quang-ninh-thi-dua-2026): "/năm" is the figure's unit (a
# yearly income), no cadence of the work. Only "nâng"/"tăng" … "lên" (raised to) with the
# measure's words as printed in between: "thu nhập … đạt" told of a year may be a result, and
# "tăng thêm 5 triệu đồng/năm" an increase each year
INCOME_PER_HEAD = (
    r"(?<![a-z])(?:nang|tang)\s+thu\s+nhap\s+binh\s+quan(?:\s+dau\s+nguoi)?\s+len\s+"
    r"(?:(?:khoang|tren|hon)\s+)?\d{1,3}(?:[.,]\d{1,2})?\s+(?:trieu|nghin|ngan)\s+dong"
    # ... no other unit after it ("/tháng" is `PER_HEAD_SUM`'s)
    r"(?:\s*/\s*nguoi)?(?:\s*/\s*nam)?\b(?!\s*/)" + _NOT_BEFORE_DAY
)
# Shows or sessions held each day of a span: "Biểu diễn múa rối nước, cạn và diễn xướng (5
# suất/ngày) từ 18 - 22.2" (Thanh Niên on Hà Nội's Tết programme, 2026; t-thanhnien-chuong-
# trinh-mung-nam-moi-binh-ngo-2026): how many a day, never a day ("5/ngày" alone, with no
# noun, stays refused)
SHOWS_A_DAY = _NOT_AFTER_TIME + r"\d{1,2}\s+(?:suat|buoi)\s*/\s*ngay\b" + _NOT_BEFORE_DAY
# Times a work is done in each round of a campaign: "Thời gian thực hiện từ 15/02/2020 đến
# 15/3/2020, trong đó triển khai khử trùng đồng loạt 2 lần/đợt" (Việt Trì, Phú Thọ, KH
# 393/2020: z-viettri-phu-tho-kh-393-tong-ve-sinh-dot-1-2020): how often within the round,
# never a day ("2 lần/tuần", "2 lần/năm", a cadence, stay checked)
TIMES_A_ROUND = _NOT_AFTER_TIME + r"\d{1,2}\s+lan\s*/\s*dot\b" + _NOT_BEFORE_DAY

NAMED_BY_NUMBER = (
    # a road named by its number and letter, one or a list: "dự án đường 25B, 25C" (Đồng Nai,
    # 2025; zd-dongnai-cao-toc-bien-hoa-vung-tau-duong-25b-25c-2025), "tuyến 25C"; the letter
    # glued to the number makes it a name (a day has none); a commune's road ("Hương lộ 19",
    # the same file) is a road by its word
    r"(?<![a-z])(?:duong|tuyen)\s+\d{1,3}[a-z]\b(?:\s*(?:,|va)\s*\d{1,3}[a-z]\b)*"
    + _NOT_BEFORE_DAY
    + r"|(?<![a-z])huong\s+lo\s+\d{1,3}[a-z]?\b"
    + _NOT_BEFORE_DAY
    # a call-up's handover point by its number: "Ban Chỉ huy phòng thủ khu vực 5 tổ chức Lễ
    # giao nhận quân năm 2026, điểm giao quân số 10 của tỉnh Quảng Ninh vào 8h00’ ngày
    # 04/03/2026" (Uông Bí, 2026; zg-uongbi-giao-nhan-quan-2026): a place, never a time
    + r"|(?<![a-z])diem\s+giao\s+(?:nhan\s+)?quan\s+so\s+\d{1,2}\b"
    + _NOT_BEFORE_DAY
    # a project board by its number, as the Ministry of Construction numbers them: "do Ban
    # Quản lý dự án 2 – Bộ Xây dựng làm chủ đầu tư" (Sở Xây dựng Quảng Ngãi, 2025;
    # zs-sxd-quangngai-trang-chu-thang-5-2025), "Ban QLDA 85"
    + r"|(?<![a-z])(?:ban\s+quan\s+ly\s+du\s+an|ban\s+qlda|bql\s+da)\s+\d{1,2}\b"
    + _NOT_BEFORE_DAY
    + r"(?!\s+(?:ngay|thang|nam|quy|tuan)\b)"
    # the class of an urban area (Nghị quyết 1210/2016/UBTVQH13 on the classes of urban areas:
    # special, then I to V, printed in digits too): "trở thành Đô thị loại 2 vào năm 2020 và Đô thị loại 1 vào năm
    # 2030" (THVL on Vĩnh Long's master plan; zs-thvl-vinh-long-dieu-chinh-quy-hoach-thanh-pho)
    + r"|(?<![a-z])do\s+thi\s+loai\s+[1-5]\b"
    + _NOT_BEFORE_DAY
    # the grade a school admits to, "lớp" left out: "công bố điểm chuẩn tuyển sinh 10 và danh
    # sách thí sinh trúng tuyển vào lớp 10" (lịch thi lớp 10 TP.HCM 2023; v-nhanlambangtq-hcm-
    # lich-thi-lop-10-2023); never before a unit of time ("tuyển sinh 10 ngày")
    + r"|(?<![a-z])tuyen\s+sinh\s+(?:vao\s+)?(?:6|10)\b"
    + _NOT_BEFORE_DAY
    + r"(?!\s+(?:ngay|thang|nam|quy|tuan|buoi|dot|lan|ky)\b)"
    # a field by the crops it grows a year: "Với chân 3 vụ (chân ruộng cao …) diện tích
    # 6.000ha, gieo sạ từ 7.11 …" (Dân Việt on Bình Định's sowing calendar 2013-2014;
    # zb-danviet-binh-dinh-lich-gieo-sa-dong-xuan-2013-2014), as "vùng sản xuất 02 vụ" names
    # a zone (`label._NAMED_NUMBER`)
    + r"|(?<![a-z])chan\s+(?:ruong\s+)?[1-3]\s+vu\b"
    + _NOT_BEFORE_DAY  # the five-year plan, its span right after it (the socio-economic plan and the medium-term
    # public-investment plan of Luật Đầu tư công run five years: 2021-2025, 2026-2030): "triển khai giao chỉ tiêu kế hoạch 5 năm giai đoạn 2026-2030 cho các đơn
    # vị …; báo cáo … trước ngày 31/01/2026" (UBND tỉnh Lai Châu, QĐ 3068/2025;
    # t-lai-chau-qd-3068-giao-ke-hoach-5-nam-2026-2030); the span is read as a name after it
    + r"|(?<=ke\shoach\s)5\s+nam(?=\s+giai\s+doan\s+\d{4}\s*[–—-]\s*\d{4})"
    # a rite of the Dao people by its lamps: "Biểu diễn tái hiện Lễ Cấp sắc 12 đèn, hát páo
    # dung, …" (Báo Yên Bái, 2016; zt-baoyenbai-chuong-trinh-le-hoi-que-van-yen-2016): "3 đèn",
    # "7 đèn", "12 đèn" name the degree of the rite ("đèn" folds as "đến", so only after
    # "cấp sắc")
    + r"|(?<=cap\ssac\s)(?:3|7|12)\s+den\b(?=\s*,)"
)

# Day-shaped numbers that a noun or a sign right after them makes a quantity or a name, never
# a day or a span of days (a label holding one was refused as "a second date beside the
# deadline"). Each is matched on the folded text, never right after a word of time.
DAY_SHAPED = (
    # the leaves a rice seedling has at transplanting, a range with a decimal comma: "Cấy mạ
    # khi đạt từ 2,5-3 lá; kết thúc cấy trước ngày 25/02/2023" (Trung tâm Khuyến nông Thái
    # Bình, vụ Xuân 2023; p-hoabinh-thaibinh-vu-xuan-2023), "Cấy khi mạ đạt 2,5-3 lá"
    # (zb-khuyennongthaibinh-luu-y-vu-xuan-2025); only after "đạt" (reaches), "lá" (leaf)
    # folding as "là" (is)
    r"(?<![a-z])dat\s+(?:tu\s+)?\d(?:,\d)?\s*[-–]\s*\d(?:,\d)?\s+la\b"
    # a range of percentages: "Nghệ An phấn đấu giảm tỷ lệ hộ nghèo từ 1-1,5% trong năm 2024"
    # (zf-hcc-nghean-giam-ty-le-ho-ngheo-2024): the sign closes it, no day has one
    + r"|"
    + _NOT_AFTER_TIME
    + r"\d{1,3}(?:,\d{1,2})?\s*[-–]\s*\d{1,3}(?:,\d{1,2})?\s*%"
    # round the clock, "24/24" (twenty-four hours of twenty-four): "bố trí tiếp nhận rác 24/24
    # kể từ ngày 13 - 16.2" (Thanh Niên on TP.HCM's Tết waste plan, 2026; zb-thanhnien-tphcm-
    # rac-cao-diem-tet-binh-ngo-2026): no month 24 exists; "24/7" may be 24 July, and stays a day
    + r"|"
    + _NOT_AFTER_TIME
    + r"24\s*/\s*24(?:\s*(?:h|gio)\b)?(?![\d/.,-])"
)
