"""Documents a phrase cites by their number ("theo Kế hoạch số 12/KH-UBND ngày 3/2/2024"):
where they stand, the phrase without them, and the years of their signing dates. A cited
document's date is a reference, never the deadline."""

from __future__ import annotations

import re
from datetime import date

from kehoach.base.text import fold, is_syllable, nfc, unmarked
from kehoach.dates.grammar import DUE_WORD, Contradicted, Source, Unreadable, prepare

# A document cited by its number, and the date it was signed right after the number: a
# reference, never a deadline ("theo Khoản 1 Công văn số 969/TTg-KGVX ngày 17 tháng 7 năm
# 2021 của Thủ tướng Chính phủ", "Hội nghị tổng kết Quyết định 178/2004/QĐ-TTg …", "Nghị
# quyết 20-NQ/TW"). The number must carry its issuer's code after a slash (Nghị định
# 30/2020/NĐ-CP, Điều 15: số, năm ban hành, ký hiệu), which no day or period has ("42/2014"
# alone may be a month); "theo", "căn cứ", "tại" and the article cited before it belong to
# the reference. Only the date written right after the number, with its year, is the
# document's; any other date of the phrase is read as it stands.
_DOCUMENT_KIND = (
    r"(?:quyet\s+dinh|nghi\s+quyet|nghi\s+dinh|chi\s+thi|cong\s+van|ke\s+hoach|thong\s+tu"
    r"|thong\s+bao|cong\s+dien|ket\s+luan|huong\s+dan|quy\s+dinh|van\s+ban|to\s+trinh|luat)"
)
# ... the code's parts joined by a hyphen, or by a spaced en dash as some pages print it:
# "Tờ trình số 56/TTr – SCT ngày 02 tháng 02 năm 2015" (UBND tỉnh Lai Châu, QĐ 08/2015), a
# part that no number follows ("số 12/KH – tháng 3" would be a month after the number)
# ... or by a bare space when a copy lost the dash: "Kế hoạch số 271/KH UBND ngày 21/12/2022"
# (UBND phường Hoàng Văn Thụ, 2023, for "271/KH-UBND"), "Tờ trình số 402/TTr SGDĐT ngày
# 14/8/2025", "Hướng dẫn số 185/SLĐTBXH KH ngày …": a part of consonants only, which no
# Vietnamese word is (every syllable has a vowel), or the usual codes with one ("UBND",
# "VPUB"); never "tu" (Tỉnh ủy), which folds from "từ" ("số 12/KH từ ngày 01/3/2027 đến …")
_ISSUER_CODE = r"(?:[bcdfghjklmnpqrstvwxz&]{2,}\d*|ubnd|vpub|vpubnd|ubbc|ubmttq|ubkt)"
# One part of a document's symbol, which offices join with more than "-": "&" between two
# abbreviations ("Công văn số 2231/SNV-CCHC&PC ngày 28 tháng 9 năm 2018", Sở Nội vụ Hải Phòng:
# cải cách hành chính và pháp chế; "515/KH-BCA-BNN&MT"), a dot ("123/QĐ-UBND.KT"), "_", "+"
# and a unit in parentheses ("123/SNV(CCHC)"). Cut at any of them the number was no
# document's, and a preamble's cited letter was read as due on its signing day (zo- of the
# corpus). A full stop or "&" closing the symbol ends the sentence, not the symbol.
_CODE_PART = r"[a-z](?:[a-z0-9&_+.]|\([a-z0-9]+\))*(?<![.&_+])"
_DOCUMENT_CODE = (
    rf"\d{{1,5}}(?:\s*/\s*\d{{4}})?\s*/\s*{_CODE_PART}"
    rf"(?:\s*-\s*{_CODE_PART}|\s*–\s*{_CODE_PART}(?![a-z0-9&]|\s+\d))*"
    rf"(?:\s+{_ISSUER_CODE}(?![a-z0-9]))?"
    # "20-NQ/TW", "05-CT/TW": the Party's numbering; its letters run to four digits: "Công văn
    # số 4182-CV/TU" (Ban Thường vụ Thành ủy Đà Nẵng, 2020: zm-baodanang)
    # ... and a space that a copy put after its hyphen: "Đảng đoàn Quốc hội có văn bản số
    # 2055- CV/BCĐ về tổng kết thi hành Luật Bầu cử …" (Văn phòng Chính phủ, CV 9450/2023;
    # n-vpcp-cv-9450-vpcp-qhdp-tong-ket-luat-bau-cu-2023 so copied)
    r"|\d{1,5}-\s?[a-z]{2,}(?:/[a-z]+)+"
)
# (a full stop after the year ends the sentence: "… Báo cáo số 332/BC-STC ngày 17/8/2018.",
# UBND tỉnh Lạng Sơn, QĐ 52/2018; only a digit after it continues the number)
# The day with its year may come without "ngày", as the press and hurried copies print it:
# "Công văn 707/UBND-KT, 28/02/2023", "Công văn số 707/UBND-KT (28/02/2023)", "… ra ngày …"
# ... and a comma that lost its space in a copy: "Thực hiện Kế hoạch số 154/KH-HĐND,ngày
# 16/5/2019 của HĐND tỉnh" (zd-hdnd-laichau-kien-nghi-cu-tri-ky-hop-10-2019 copied so) was
# read as due on the plan's signing day
# ... or its year alone, "năm" and the year right after a number that lacks it, as the legal
# sites cite a letter: "… được hướng dẫn bởi Điều 1 Công văn 5845/BCT-KHCN năm 2013"
# (Thư viện Pháp luật, Q&A on Luật An toàn thực phẩm; read as a window over 2013 before),
# "Nghị quyết 592/NQ-HĐND năm 2025 về …": the year the document was signed, which names it
_SIGNED_ON = (
    # ... and a full stop for the comma, "ngày" after it: "Thực hiện Quyết định số 866/QĐ-UBND.
    # ngày 16/4/2025 của UBND tỉnh Sơn La …" (zd-thuanchau-sonla-lay-y-kien-sap-xep-xa-2025 as
    # a copy prints it: due 16/04/2025 before); a semicolon too, and in the issuer's term
    # (`_ISSUER_TERM`): "theo Công điện số 102/CĐ-TTg; ngày 6/10/2024 của Thủ tướng Chính phủ"
    # (zf-baolaichau-nam-nhun-kiem-tra-xoa-nha-tam-2025 so copied: due 06/10/2024 before
    # harden17)
    r"(?:(?:\s*(?:[,;]\s*|\s)(?:(?:ra|ky|ban\s+hanh)\s+)?(?:ngay\s+)?|\s*\(\s*(?:ngay\s+)?"
    r"|\s*\.\s+ngay\s+)"
    r"(?:\d{1,2}\s*([/.–-])\s*\d{1,2}\s*\1\s*\d{4}"  # "ngày 11 – 8 – 2025" too
    r"|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})"
    r"|\s+nam\s+(?:19|20)\d\d)(?![\d/-]|\.\d)"
)
# … and the issuer named between the number and that date: "Chỉ thị 16/CT-TTg của Thủ tướng
# Chính phủ ngày 31/3/2020" (the press's order; read as a deadline of 31/3/2020 before): a
# few words, none of time ("của UBND tỉnh trước ngày 30/4" is a deadline)
_SIGNED = re.compile(_SIGNED_ON, re.ASCII)
# "của" before a document's issuer, or "ca" in a copy that lost its "ủ": "Kế hoạch số 168/KH-
# UBND ngày 28/8/2018 ca UBND thành phố về …" (zh-nhansu-ha-noi-khln-5440-y-te-truong-hoc-2025-
# 2026 so copied: the cited plan's horizon read as due before harden17)
_OF = r"cu?a"
# ("quy định", the verb of a title, is no "quý": "Thông tư 133/2025/TT-BTC ngày 24/12/2025 của
# Bộ trưởng Bộ Tài chính quy định về tổ chức thực hiện dự toán … năm 2026", Sở Tài chính Cần Thơ)
_ISSUER_WORD = (
    r"\s+(?!(?:truoc|sau|den|tu|toi|han|cham|vao|trong|het|ngay|thang|nam|quy(?!\s+dinh))\b)[a-z]+"
)
# … and the body named after the date with its edition and its term: "Nghị quyết 11-NQ/ĐH
# ngày 17/10/2020 của Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025" (UBND
# tỉnh Kiên Giang, KH 80/2021): the term names the congress that adopted it
_ISSUER_TERM = (
    rf"(?:\s*[,;]?\s+{_OF}(?:{_ISSUER_WORD}){{1,12}}?(?:\s*[,;]?\s+(?:lan\s+thu|khoa)\s+[ivx]+)?"
    r"\s*[,;]?\s+nhiem\s+ky\s+\d{4}\s*[-–—]\s*\d{4}(?![\d/.-]))?"
)
# ... and its signing day without a year, right after the number, as the press and a copy
# write it: "Theo Công văn 707/UBND-KT ngày 28/02" (UBND tỉnh Quảng Trị, 2023, printed with
# "/2023"), "tại Chỉ thị số 07/CT-UBND ngày 31/5": the document's day, never a deadline
_SIGNED_ON_NO_YEAR = (
    r"\s*(?:[,;]\s*|\s)ngay\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}|\d{1,2}\s+thang\s+\d{1,2})"
    r"(?![\d/-]|\.\d|\s*(?:nam\s+)?\d)"
)
_ISSUER_THEN_SIGNED = (
    rf"(?:(?:\s+{_OF}(?:{_ISSUER_WORD}){{1,8}}?)?{_SIGNED_ON}{_ISSUER_TERM}"
    rf"|{_SIGNED_ON_NO_YEAR}{_ISSUER_TERM})?"
)
# A document cited by its bare number before its issuer, as the press writes the Covid-19
# directives: "theo Chỉ thị 16 của Thủ tướng Chính phủ" (Chỉ thị 16/CT-TTg, 31/3/2020),
# "Chỉ thị 15 của Thủ tướng": the kind of document before it, "của" and the issuer after
# ... or by "số" and its bare number, its signing day with its year right after, then its
# issuer: "căn cứ Quyết định số 57 ngày 16/5/2025 của Hội đồng Thi đua - Khen thưởng Trung
# ương; Thông báo số 668 ngày 4/12/2025 của Văn phòng Chính phủ, Đại hội Thi đua yêu nước toàn
# quốc lần thứ XI sẽ diễn ra trong 2 ngày 26 và 27/12/2025" (Nghệ An 24h, 2025; zp-, refused
# before tune-zp). Without the issuer, "Kế hoạch số 12 ngày 3/2/2024" may count days ("12
# ngày") and stays refused (test_deadline_forms_h)
_SHORT_CITATION = (
    rf"{_DOCUMENT_KIND}\s+(?:so\s*)?(?<![\d/.-])\d{{1,4}}(?=\s+{_OF}\s+(?:thu\s+tuong|chinh\s+phu"
    r"|ban\s+bi\s+thu|bo\s+chinh\s+tri|ubnd|uy\s+ban|tinh\s+uy|thanh\s+uy|hdnd|bo\s+[a-z]))"
    # (no group of its own: `_SIGNED_ON` after it refers to its own by number)
    rf"|{_DOCUMENT_KIND}\s+so\s+(?<![\d/.-])\d{{1,4}}(?=\s+ngay\s+(?:\d{{1,2}}\s*[/.-]\s*\d{{1,2}}"
    rf"\s*[/.-]\s*\d{{4}}|\d{{1,2}}\s+thang\s+\d{{1,2}}\s+nam\s+\d{{4}})\s+{_OF}\s+[a-z])"
    # ... or "về việc" and its title right after the bare number, as a document's excerpt
    # opens (Nghị định 30/2020/NĐ-CP, Phụ lục I: "V/v"): "Thủ tướng Chính phủ ban hành Quyết
    # định số 173 về việc lấy từ ngày 15 – 22/5 hàng năm là Tuần lễ Quốc gia phòng, chống
    # thiên tai" (Thư viện Bình Thuận, 2023); "số 12 về việc" counts no days. Only a decision
    # that sets a day ("về việc lấy", "chọn"): "vừa có Công điện số 7277 về việc mở 1 cửa xả
    # đáy … vào 20h ngày 29/9/2025" (zj-baophutho) names the letter by what it orders, read
    # as the order's day (test_deadline_forms_zj)
    rf"|{_DOCUMENT_KIND}\s+so\s+(?<![\d/.-])\d{{1,4}}(?=\s+ve\s+viec\s+(?:lay|chon)\b)"
)
_REFERENCE = re.compile(
    r"(?<![a-z0-9])(?:(?:theo|tai|ca?n\s+cu)\s+)?(?:(?:dieu|khoan|diem|muc)\s+\d{1,3}\s*,?\s*)*"
    rf"(?:(?:{_DOCUMENT_KIND}\s+)?(?:so\s*:?\s*)?(?<![\d/.-])(?:{_DOCUMENT_CODE})(?![a-z0-9])"
    rf"|{_SHORT_CITATION}){_ISSUER_THEN_SIGNED}",
    re.ASCII,
)
# A law cited by its name and year, as laws are: "Luật Phổ biến, giáo dục pháp luật (PBGDPL)
# năm 2012, chính thức có hiệu lực thi hành từ ngày 1.1.2013" (Báo Pháp luật, 2022), "Luật
# Đất đai năm 2013", "Hiến pháp năm 2013", "Bộ luật Lao động năm 2019": the year the law was
# passed, which names it, never the deadline's. The name is a few words, none of time and no
# verb of doing ("Luật Đất đai, hoàn thành năm 2024 …" names a time), and an abbreviation in
# parentheses; the year follows it. "Tổ chức" only opens a name ("Luật Tổ chức chính quyền
# địa phương năm 2015"), and so does "Ban hành" ("Luật Ban hành văn bản quy phạm pháp luật
# 2015", the law on issuing legal texts: luatnambinh, zj- of the corpus), whose "quy phạm"
# (norm) is no "quý" (quarter), nor are "quy chế", "quy trình", "quy hoạch" ("Luật Quy hoạch
# 2017"). "Và" joins two words of one name, "Luật Hôn nhân và gia đình năm
# 2014" (Bộ Tư pháp, QĐ 460/QĐ-BTP, 2019), "Luật Khoa học và Công nghệ năm 2013", never a
# plan or a document after the law ("Luật Đất đai và kế hoạch … năm 2025" is a plan's year).
_NAME_WORD = (
    r"(?:\s*,?\s+(?!(?:truoc|sau|den|tu(?!\s+phap\b)|toi|han|cham|vao|trong|het|ngay|thang"
    r"|quy(?!\s+(?:pham|che|trinh|hoach)\b)|nam|tuan"
    r"|hang|moi|dot|ky|lan|khi|nay|cua|theo|tai|hoac|xong|hoan\s+thanh|thuc\s+hien"
    r"|va(?=\s+(?:nam|cac|nhung|ke\s+hoach|chuong\s+trinh|de\s+an|nhiem\s+vu|van\s+ban"
    rf"|{_DOCUMENT_KIND}|[a-z]+\s+nam\s+\d{{4}})\b)"
    r"|trien\s+khai|ket\s+thuc|bat\s+dau|dien\s+ra|hieu\s+luc|ap\s+dung|(?<!luat\s)ban\s+hanh"
    r"|(?<!luat\s)to\s+chuc)\b)[a-z]+|\s+\([a-z&, ]{1,20}\))"
)
# ... never "pháp luật" (the law in general): "Phổ biến, giáo dục pháp luật, hòa giải ở cơ sở,
# chuẩn tiếp cận pháp luật năm 2026" (UBND TP Hà Nội, KH 378/2025: the year's plan)
# ... nor "kỷ luật" (discipline, no law): "công tác kiểm tra, giám sát và thi hành kỷ luật Đảng
# năm 2025, phương hướng năm 2026" (a Party committee's yearly review and plan, zd-huulien-
# langson-btv-dang-uy-ky-7-2025, zc-24h-hoi-nghi-trung-uong-15-2025): the year of the work
# reviewed, refused before branch miscd1 as a law named by its year and told issued
# ("tư pháp", justice, is no "từ": "Theo quy định tại Điều 48 Luật Lý lịch tư pháp năm 2009,
# thời hạn cấp Phiếu lý lịch tư pháp không quá 10 ngày làm việc …", Bộ Tư pháp's Q&A)
# ... and the year without "năm", as the press names a law: "Luật Căn cước 2023 có hiệu lực
# từ 1/7/2024" (Báo Lào Cai, 2024), "Luật Việc làm 2013"
# ... and the Constitution, named by its year alone, no name word between: "Lấy ý kiến Nhân
# dân về dự thảo sửa đổi Hiến pháp năm 2013 từ ngày 06/5/2025" (Kế hoạch 05/KH-UBDTSĐHP
# 2025 as LuatVietnam prints it: zq-luatvietnam-kh-05-lay-y-kien-sua-doi-hien-phap-2025,
# refused before tune-zq; "… Hiến pháp năm 2013" alone read as a window over 2013)
# ... with the years it was amended in, which name it too: "Căn cứ Luật Đất đai năm 2023, được
# sửa đổi, bổ sung năm 2025" (a preamble, tune-zq's find: read as a window over 2025 once
# nothing else in the phrase blocked it), "… sửa đổi, bổ sung năm 2019 và năm 2025"
# ... or in parentheses after the law's year: "Căn cứ khoản 5 Điều 40 Luật Nghĩa vụ quân sự
# 2015 (sửa đổi 2025) thì thời gian khám sức khoẻ từ ngày 01 tháng 11 đến hết ngày 31 tháng
# 12 hằng năm" (Thư viện Pháp luật, 2025; zt-tvpl-nghia-vu-quan-su-2026-nhung-dieu-can-biet)
_AMENDED_YEARS = r"(?:\s+(?:nam\s+)?(?:19|20)\d\d(?![\d/.-])(?:\s*(?:,|va)(?=\s*(?:nam\s+)?\d))?)+"
_AMENDED_WORDS = r"(?:(?:da\s+)?duoc\s+)?sua\s+doi(?:\s*,?\s*bo\s+sung)?(?:\s+mot\s+so\s+dieu)?"
_AMENDED_IN = (
    rf"(?:\s*,?\s*{_AMENDED_WORDS}{_AMENDED_YEARS}"
    rf"|\s*\(\s*{_AMENDED_WORDS}{_AMENDED_YEARS}\s*\))?"
)
_LAW_BY_YEAR = re.compile(
    rf"(?<![a-z])(?:(?:(?:bo\s+)?(?<!phap\s)(?<!ky\s)luat|phap\s+lenh){_NAME_WORD}{{1,10}}?"
    rf"|hien\s+phap{_NAME_WORD}{{0,10}}?)"
    rf"\s+(?:nam\s+)?(?:19|20)\d\d(?![\d/.-]){_AMENDED_IN}",
    re.ASCII,
)
_REFERENCE_IN_PARENS = re.compile(rf"\(\s*(?:{_REFERENCE.pattern})\s*\)", re.ASCII)
# … and its title, "về …" after the number, its date and its issuer, when the title runs to
# the end of the phrase: "Thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ về
# nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân
# sách nhà nước năm 2024" (Bộ NN&PTNT, dự thảo Nghị định, 2024): "năm 2024" names what the
# resolution is about, no deadline (Nghị định 30/2020/NĐ-CP, Phụ lục I: a document's title
# gives its kind and "trích yếu nội dung"). A title names a year, a period, a horizon
# ("giai đoạn 2021 - 2025", "đến năm 2030, tầm nhìn đến năm 2045"), never a day, a month, a
# quarter or a word that sets a time ("trước", "chậm nhất", "hoàn thành", "trong", "đến hết"):
# with one of those, or after ";" or ":", the words may be the deadline, and stay as they are.
# "liên quan đến" (relating to) is no bound: "… về Chương trình cắt giảm, đơn giản hóa thủ tục
# hành chính liên quan đến hoạt động sản xuất, kinh doanh năm 2025 và 2026 …" (UBND tỉnh Tiền
# Giang, KH 165/2025, citing Nghị quyết 66/NQ-CP: its title runs on). Folded, "trọng" (weighty)
# is "trong" (in): "… về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử
# giai đoạn 2019 - 2020" (Nghị quyết 17/NQ-CP, cited by UBND tỉnh Tiền Giang, KH 328/2019:
# read as a window 2019-2020 before tune-zl) runs on; so does "đến 2025" without "năm". A
# holiday named ("sau kỳ nghỉ Tết") stops it.
_TITLE_STOP = (
    r"(?<![a-z])(?:truoc|cham\s+nhat|(?:thoi\s+)?han(?!\s+(?:che|muc))|hoan\s+thanh|xong"
    r"|ket\s+thuc|het|trong(?!\s+(?:tam|diem|yeu|dai)\b)|tu\s+nay|ngay|thang|quy\s+(?:[ivx]+|\d)|tuan\s+(?:\d|le|nay|toi)"
    r"|dot\s+\d|(?:hang|moi)\s+(?:ngay|tuan|thang|quy|nam)|dinh\s+ky"
    # (a holiday named, a time of its own: "… nhiệm vụ trọng tâm sau kỳ nghỉ Tết nguyên đán
    # Bính Ngọ năm 2026", zj-cafef-chi-thi-06-ttg)
    r"|(?:sau\s+)?ky\s+nghi|sau\s+tet"
    r"|(?<!lien\squan\s)den(?!\s+(?:nam\s+)?\d{4}))"
    r"(?![a-z])"
)
# ... or "thực hiện" and the document it carries out: "Chương trình hành động số 15-CTr/ĐU,
# ngày 14/11/2025 của Ban Chấp hành Đảng bộ UBND tỉnh thực hiện Nghị quyết Đại hội đại biểu
# Đảng bộ UBND tỉnh lần thứ I, nhiệm kỳ 2025-2030" (UBND Nghệ An, KH 22/2026): the term names
# the resolution carried out, no deadline of the programme
_TITLE_OPENING = (
    rf"(?:\s*,?\s+{_OF}(?:{_ISSUER_WORD}){{1,12}}?)?"
    # (or the scheme it approves: "- Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ
    # tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, … giai đoạn
    # 2022-2025, tầm nhìn đến năm 2030" among a plan's bases, UBND tỉnh Ninh Bình, KH 194/2022:
    # read as a window over 2022-2025 before tune-zj; convention 7); or the document it
    # issues: "Thực hiện Quyết định số 449/QĐ-TTg ngày 12/3/2013, … của Thủ tướng Chính phủ ban
    # hành Chương trình hành động thực hiện Chiến lược công tác dân tộc đến năm 2020" (UBND
    # tỉnh Quảng Ngãi, KH 1088/2014), "Nghị quyết số 168/NQ-CP ngày 11 tháng 10 năm 2023 của
    # Chính phủ ban hành Chiến lược quốc gia phòng, chống tham nhũng, tiêu cực đến năm 2030"
    # (a line of UBND tỉnh Đồng Tháp's bases, KH 40/2026): read as due by the end of the
    # horizon before tune-zl. The press's own text, "TOÀN VĂN: Quyết định 51/2025/QĐ-TTg ban
    # hành Bộ tiêu chí … giai đoạn 2026 - 2030" (zf-xaydungchinhsach), is read before this as
    # its own period (`_OWN_PLAN`, convention 11)
    rf"\s*,?\s+(?:ve|thuc\s+hien(?=\s+{_DOCUMENT_KIND})|phe\s+duyet|ban\s+hanh)"
)
_TITLE_REST = (
    # (a semicolon inside, a comma as a copy prints it: "… của UBND thành phố về phát triển
    # thể lực; tầm vóc người Hà Nội đến năm 2030", zh-nhansu-ha-noi-khln-5440-y-te-truong-hoc-
    # 2025-2026 so copied, read as due by the end of 2030 before harden17; a deadline after
    # it still stops the title, `_TITLE_STOP`); an abbreviation in parentheses inside it: "…
    # về xây dựng Kế hoạch phát triển KT-XH và Dự toán ngân sách nhà nước (NSNN) năm 2026"
    # (UBND tỉnh Quảng Bình, CT 04/2025, citing Chỉ thị 14/CT-TTg: read as a window over 2026
    # before tune-zn), letters only, no word that sets a time
    rf"\s+(?:(?!{_TITLE_STOP})(?:[^:()]|\((?:(?!{_TITLE_STOP})[a-z&.\- ]){{2,24}}\)))+?"
    # (its end, or the colon before what the plan sets out: "…, Ủy ban nhân dân tỉnh ban hành
    # Kế hoạch triển khai thực hiện với những nội dung chủ yếu như sau:", KH 80/2021)
    r"\s*[.;:]?\s*\Z"
)
_TITLE = re.compile(_TITLE_OPENING + _TITLE_REST, re.ASCII)
# ... and a plan's own name after its issuer, as a plan is named ("Kế hoạch tổ chức …", "Kế
# hoạch triển khai …"): "Thực hiện kế hoạch số 133/KH-UBND ngày 25/11/2020 của UBND huyện
# Quảng Điền tổ chức Đại hội Thể dục thể thao cấp xã và Đại hội Thể dục thể thao cấp huyện
# lần thứ VII, năm 2021-2022" (UBND xã Quảng Vinh, Huế, 2022; read as a window 2021-2022
# before tune-zn): the years of the congresses the cited plan organises (convention 7). Only
# a plan cited ("kế hoạch số …"), its issuer named and no comma before the verb: "…, tổ chức
# Hội nghị …" after a comma is the step the phrase sets.
_PLAN_CITED = re.compile(r"(?:(?:theo|tai|ca?n\s+cu)\s+)?ke\s+hoach\b", re.ASCII)
_PLAN_TITLE = re.compile(
    rf"\s+{_OF}(?:{_ISSUER_WORD}){{1,12}}?\s+(?:to\s+chuc|trien\s+khai)" + _TITLE_REST, re.ASCII
)


def reference_spans(folded: str, whole: bool = True) -> list[tuple[int, int]]:
    """Where `folded` cites a document by its number (see `_REFERENCE`), its parentheses
    and its signing date included. Refuses a phrase that tells a document being issued or
    signed ("Ngày 01/9/2021, Phòng … đã ban hành Thông báo số 1073/TB-TNMT"): its date is
    the document's, no deadline, unless the letter sets one (`_DEADLINE_IT_SET`); the
    issuing told is one rule (`refuse_issuing_told`), this is its shape by number. `whole`:
    `folded` is the whole phrase; a part of it (the words before the time) is not refused,
    the whole phrase was checked."""
    spans = [found.span() for found in _REFERENCE_IN_PARENS.finditer(folded)]
    cited = [*_REFERENCE.finditer(folded), *_LAW_BY_YEAR.finditer(folded)]
    # a title may cite a text of its own: "Công văn số 129/VPUB-KT ngày 07 tháng 01 năm 2026 …
    # về việc triển khai thực hiện Thông tư 133/2025/TT-BTC ngày 24/12/2025 của Bộ trưởng Bộ
    # Tài chính quy định về tổ chức thực hiện dự toán ngân sách nhà nước năm 2026" (Sở Tài
    # chính Cần Thơ, 2026): its signing day is that text's, no time of the title (`_TITLE_STOP`)
    titles = folded
    for found in cited:
        if signed := _SIGNED.search(folded, found.start(), found.end()):
            titles = titles[: signed.start()] + " " * len(signed.group()) + titles[signed.end() :]
    untitled = list(spans)  # the references alone: the subject issuing another is told after
    for found in cited:
        if not any(start <= found.start() < end for start, end in spans):
            titled = _TITLE.match(titles, found.end())
            if titled is None and _PLAN_CITED.match(folded, found.start()):
                titled = _PLAN_TITLE.match(titles, found.end())
            spans.append((found.start(), titled.end() if titled else found.end()))
            untitled.append(found.span())
    if whole:
        _refuse_document_issuing(folded, untitled)
    for start, end in list(spans):
        if not _told_issued_before(folded, start):
            continue
        if whole and not _DEADLINE_IT_SET.match(folded, end):
            raise _issuing_told("cụm từ")  # "… đã ban hành Thông báo số 1073/TB-TNMT"
        # the day such a letter was sent, opening the sentence: "Ngày 09/02/2021, Bộ Y tế đã
        # có Công văn số 949/BYT-KH-TC …": the letter's date, written before it
        opening = re.match(DAY_OPENING, folded, re.ASCII)
        between = folded[opening.end() : start] if opening else "0"
        if not any(char.isdigit() for char in between) and not re.search(
            _SIGNED_ON, folded[start:end]
        ):
            assert opening is not None
            spans.append((opening.start("day"), opening.end("day")))  # the letter's day too
    return sorted(spans)


# A plan's own heading, printed in capitals, that carries out the one document it cites by
# number right after its verb: "THỰC HIỆN ĐỀ ÁN SỐ 01-ĐA/TU VỀ …, NĂM 2025" (UBND tỉnh Lào Cai,
# KH 30/2025), "THỰC HIỆN CHỈ THỊ SỐ 36-CT/TU NGÀY 29/12/2022 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ …
# ĐẾN NĂM 2030" (UBND tỉnh Vĩnh Phúc, 2023): the years of the title are the plan's own, as in
# the headings that cite no number ("THỰC HIỆN CHƯƠNG TRÌNH … GIAI ĐOẠN 2021 - 2025" reads its
# span); the number and its signing day are not, and stay the reading's gloss (a title that
# names two years, "… NĂM 2025 VÀ 2026", stays refused as a cited title: `_YEARS_JOINED`).
# A sentence in lower case ("Thực hiện Đề án số 01 …, năm 2025") is a preamble (convention 7)
_CARRIES_OUT = re.compile(r"\A\W*(?:trien\s+khai\s+)?thuc\s+hien\s+(?:[a-z]+\s+){0,3}\Z", re.ASCII)


def heading_carried_out(text: str, folded: str) -> list[tuple[int, int]] | None:
    """The span of the one document cited by the capitals heading `text` (`folded`, its fold)
    that carries it out (`_CARRIES_OUT`), its number and signing day only, or None: a phrase
    with a letter in lower case, a semicolon or a parenthesis, or a number or "số" after the
    one cited (another document, "… VÀ CHỈ THỊ SỐ 05/CT-TTG VỀ NĂM 2026", is another's time)."""
    if any(char.islower() for char in text) or any(char in text for char in ";()"):
        return None
    cited = [*_REFERENCE.finditer(folded), *_LAW_BY_YEAR.finditer(folded)]
    if len(cited) != 1 or not _CARRIES_OUT.match(folded[: cited[0].start()]):
        return None
    if _ANOTHER_CITED.search(folded, cited[0].end()) or _YEARS_JOINED.search(
        folded, cited[0].end()
    ):
        return None
    return [cited[0].span()]


_ANOTHER_CITED = re.compile(r"/|(?<![a-z])so(?![a-z])", re.ASCII)
# two years joined, each its own window (convention 12), which the one gloss fits neither alone
_YEARS_JOINED = re.compile(r"(?:19|20)\d\d\s*(?:,|va)\s*(?:nam\s+)?(?:19|20)\d\d", re.ASCII)


def heading_cut_short(text: str, cut: int) -> bool:
    """Whether `text` cut at `cut` is a heading `heading_carried_out` reads where the whole
    `text` is not: "THỰC HIỆN NGHỊ QUYẾT SỐ 02/NQ-CP … NĂM 2025; CHỈ THỊ SỐ 05/CT-TTG VỀ NĂM
    2026" must not read its first title's year with the second document left as words after
    it (`steps.words_after`)."""
    part = text[:cut]
    if heading_carried_out(part, fold(nfc(part))) is None:
        return False
    return heading_carried_out(text, fold(nfc(text))) is None


# A plan that carries out a work of a year and a second document cited by number: "THỰC HIỆN
# CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025 VÀ CHỈ THỊ SỐ 05/CT-TTG VỀ NĂM 2026" (helper guardsk, session
# 49: read as 2025 alone, the directive and its year left as a gloss by `steps.words_after`).
# The second document has a time of its own (its year, or none said), so the heading names
# two works: which one's time is the plan's is the reader's call, never the first year alone.
# Only a first work named without a number: "Thực hiện Quyết định số 183/QĐ-TTg … về việc gọi
# công dân nhập ngũ năm 2026; Quyết định số 4807/QĐ-BQP …, từ ngày 04 đến ngày 06/3/2026, …"
# (u-nghean24h) cites two documents, their years their titles', and reads its own days
_WORK_OF_A_YEAR_THEN = re.compile(
    r"\A\W*(?:ke\s+hoach\s+)?(?:trien\s+khai(?:\s+thuc\s+hien)?|thuc\s+hien)\s+[^;:()\d]*?(?<![a-z])"
    r"(?:nam|giai\s+doan)\s+\d{4}(?:\s*[-–]\s*\d{4})?\s*[,;]?\s*(?:va\s+|[,;]\s*)",
    re.ASCII,
)


def refuse_second_document(source: Source) -> None:
    """Refuse a plan that carries out a work of a year and then a document cited by number
    (`_WORK_OF_A_YEAR_THEN`, `_REFERENCE` right after it), before the citations are blanked
    as glosses; final (`Contradicted`): the first work cut from the rest reads no deadline."""
    folded = source.prepared
    for found in _WORK_OF_A_YEAR_THEN.finditer(folded):
        if cited := _REFERENCE.match(folded, found.end()):
            said = source.said(cited.start(), len(folded)).strip(" ,;.")
            raise Contradicted(
                f"“{said}”: kế hoạch thực hiện một việc của một năm và thêm một văn bản khác có "
                "thời gian riêng; không lấy năm của việc đầu làm thời hạn của cả hai; ghi "
                "last_day (và first_day) theo văn bản"
            )


def _refuse_document_issuing(folded: str, spans: list[tuple[int, int]]) -> None:
    """Refuse a phrase whose subject is a document that issues another (`_ISSUES_ANOTHER`):
    its days are the first document's and the second's title, no deadline, unless it goes
    on to set one (`_DEADLINE_IT_SET`, `grammar.DUE_WORD`)."""
    for start, end in spans:
        if folded[:start].strip(" -–.:;,(\"'*+") or _CITED_BY.match(folded, start):
            continue  # a document cited in passing ("Thực hiện Quyết định …"), not the subject
        issued = _ISSUES_ANOTHER.match(folded, end)
        if issued is None or _DEADLINE_IT_SET.match(folded, end):
            continue
        if not DUE_WORD.search(folded, issued.end()) and not _in_force_after_signing(
            folded, start, end, issued.end()
        ):
            raise Unreadable(
                "cụm từ kể một văn bản ban hành văn bản khác: ngày trong đó là ngày ký hay "
                "nằm trong tên văn bản, không phải thời hạn; ghi last_day theo văn bản"
            )


def without_references(text: str) -> str:
    """`text` with each document cited by its number blanked (same length: `fold` keeps one
    character for one), for the checks of the words around a deadline."""
    for start, end in reference_spans(prepare(fold(text)), whole=False):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def cited_years(prepared: str) -> set[int]:
    """The years of the signing dates written after the documents `prepared` cites
    ("theo Công văn số 969/TTg-KGVX ngày 17 tháng 7 năm 2021": {2021})."""
    years: set[int] = set()
    for start, end in reference_spans(prepared):
        signed = re.search(_SIGNED_ON + r"\s*\)?\s*\Z", prepared[start:end])
        if signed is not None:
            years.add(int(re.findall(r"\d{4}", signed.group())[-1]))
    return years


# "… lấy ngày 10-10 hàng năm là …", "… (về việc) lấy từ ngày 15 – 22/5 hàng năm là …": a day or
# days of each year a document sets, named after it (`_DEADLINE_IT_SET`, `refuse_issuing_told`)
SETS_A_YEARLY_DAY = (
    r"\s*,?\s+(?:ve\s+viec\s+)?(?:lay|chon)\s+(?:ngay\s+|tuan\s+le\s+)?(?:tu\s+)?(?:ngay\s+)?\d[^;]*?"
    r"\b(?:hang|moi)\s+nam\s+(?:la|lam)\b"
)
# the document cited is the one issued or signed: the phrase tells when, no deadline
# ("đã ban hành", "ký", "có Công văn số …", "gửi", "ra Thông báo số …")
_ISSUED_BEFORE = re.compile(r"\b(?:ban\s+hanh|ky|phat\s+hanh|co|gui|ra)\s*\Z", re.ASCII)
# ... or passed or approved, the verbs `_ISSUING_TOLD` knows of a document named by its kind,
# told done ("đã", "vừa") or after the day opening the phrase: "Ngày 26/09/2025 Ủy ban
# Thường vụ Quốc hội thông qua Nghị quyết 104/2025/UBTVQH15 về Quy chế làm việc mẫu …"
# (zd-thuvienphapluat-nq-104-2025-ubtvqh15-ky-hop-hdnd-xa: read as due 26/09/2025 before);
# never "thông qua" alone, which is also "by way of": "Tuyên truyền thông qua Kế hoạch số …"
_PASSED_BEFORE = re.compile(r"\b(?P<told>(?:da|vua)\s+)?(?:thong\s+qua|phe\s+duyet)\s*\Z", re.ASCII)


def _told_issued_before(folded: str, start: int) -> bool:
    """Whether the document cited at `start` of `folded` is told issued, signed, sent
    (`_ISSUED_BEFORE`), passed or approved (`_PASSED_BEFORE`) by the words before it."""
    if _ISSUED_BEFORE.search(folded[:start]):
        return True
    passed = _PASSED_BEFORE.search(folded[:start])
    return bool(passed and (passed["told"] or re.match(DAY_OPENING, folded, re.ASCII)))


# ... unless the letter told of sets a deadline, said after it: "Trước đó, Bộ Nội vụ đã gửi
# Công văn 8091/BNV-TCBC ngày 17/9/2025 yêu cầu các bộ, ngành, địa phương báo cáo trước 17h00
# ngày 22/9/2025" (Bộ Nội vụ, CV 8405/2025); "… đã có Công văn số 949/BYT-KH-TC …, thời hạn
# gửi về Bộ Y tế trước ngày 23 tháng 02 năm 2021" (Bộ Y tế, 2021): it asks, and by when
# ... or a day of each year it sets: "Phó Thủ tướng Vũ Đức Đam đã ký quyết định 505/QĐ-TTg lấy
# ngày 10-10 hàng năm là ngày Chuyển đổi số quốc gia" (Báo Ấp Bắc, 2022), "ngày 4-5-2001, Thủ
# tướng Chính phủ đã ban hành Quyết định số 72/2001/QĐ-TTg lấy ngày 28-6 hàng năm là Ngày Gia
# đình Việt Nam" (Nghi Long, Nghệ An): the yearly day is the decision's content, read with
# its cadence; the decision's own day stays its reference
# ... or the day it asks a work done on, "vào ngày": "Thủ tướng Chính phủ vừa ban hành Công
# điện 224/CĐ-TTg yêu cầu các bộ, ngành, địa phương … hoàn tất chuẩn bị cho lễ khánh thành,
# khởi công đồng loạt gần 200 dự án … vào ngày 19/12/2025" (t-cd-224-ttg of the corpus)
# ... or the day of an event it fixes, "quyết định (rõ) ngày … là …": "Quốc hội khóa XV đã ban
# hành Nghị quyết số 199/2025/QH15 ngày 21/5/2025 quyết định rõ Ngày bầu cử đại biểu Quốc hội
# khóa XVI … là Chủ nhật, ngày 15/3/2026" (zn-baothanhhoa of the corpus; Luật Bầu cử đại biểu
# Quốc hội và đại biểu Hội đồng nhân dân 2015, Điều 5: the National Assembly fixes the day)
_FIXES_ITS_DAY = (
    r"\bquyet\s+dinh\s+(?:ro\s+)?ngay\s[^;]*?\bla\s+(?:(?:chu\s+nhat|thu\s+[a-z]+)\s*,?\s*)?"
    r"(?:ngay\s+)?"
)
_DEADLINE_IT_SET = re.compile(
    r"[^;]*?\b(?:yeu\s+cau|de\s+nghi|giao|thoi\s+han|han\s+chot)\b[^;]*?"
    r"\b(?:truoc|cham\s+nhat|vao\s+ngay(?=\s+\d))\s+[^;]*?\d"
    rf"|[^;]*?{_FIXES_ITS_DAY}\d"
    rf"|{SETS_A_YEARLY_DAY}",
    re.ASCII,
)
# ... or the document cited opens the phrase, as its subject, and issues another: "Quyết định
# 3531/QĐ-BTC ngày 17/10/2025 của Bộ Tài chính ban hành Kế hoạch triển khai thực hiện tổng
# kiểm kê tài sản công thời điểm 0h ngày 1/1/2026" (Thời báo Tài chính, 2025): its date is
# the decision's, and the words after "ban hành Kế hoạch" its plan's title (Nghị định
# 30/2020/NĐ-CP, Phụ lục I: a decision's title names what it issues); a deadline the
# document sets follows with its own word ("…, hoàn thành trước ngày 30/6")
_CITED_BY = re.compile(r"(?:theo|tai|ca?n\s+cu)\b", re.ASCII)
# ... or the day it takes effect, said after the title of what it issues: "Quyết định
# 02/2023/QĐ-KTNN ban hành Quy định lập, thẩm định và ban hành kế hoạch kiểm toán … có hiệu lực
# từ ngày 26/3/2023" (t-gia-lai-ducco-qd-02-2023-ktnn-ke-hoach-trung-han of the corpus), "… có
# hiệu lực kể từ ngày 02 tháng 5 năm 2022" (Kiểm toán nhà nước, VBHN 03/2024): the decision and
# the rules it issues apply from that day (Luật Ban hành văn bản quy phạm pháp luật 2015, Điều
# 151), a start read as "Quyết định … có hiệu lực từ ngày D" is; never "hết hiệu lực"
_IN_FORCE_FROM = re.compile(
    r"(?<!het\s)\bco\s+hieu\s+luc(?:\s+thi\s+hanh)?\s*,?\s+(?:ke\s+)?tu\b", re.ASCII
)
# a day with its year, folded: "ngày 02 tháng 5 năm 2022", "26/3/2023", "ngày 3/2/2020"
_DAY_WITH_YEAR = re.compile(
    r"\s*(?:ngay\s+)?(?P<d>\d{1,2})\s*(?:[/.-]\s*|\s+thang\s+)(?P<m>\d{1,2})"
    r"\s*(?:[/.-]\s*|,?\s+nam\s+)(?P<y>\d{4})(?!\d)",
    re.ASCII,
)


def _in_force_after_signing(folded: str, start: int, end: int, after: int) -> bool:
    """Whether the document cited at folded[start:end] takes effect on a day written with
    its year (`_IN_FORCE_FROM`, after `after`) that is not before the day it was signed,
    when that day is printed: "Quyết định số 01/2022/QĐ-KTNN ngày 18 tháng 3 năm 2022 … có
    hiệu lực kể từ ngày 02 tháng 5 năm 2022". Without its year ("… kể từ ngày 02 tháng 5")
    the plan's year was lent to the day (02/05/2024 on a page of 2024: fresh42b); the
    signing year is not lent either, since a text may take effect the next year."""
    said = _IN_FORCE_FROM.search(folded, after)
    effect = said and _DAY_WITH_YEAR.match(folded, said.end())
    if not effect:
        return False
    signed = _DAY_WITH_YEAR.search(folded, start, end)
    try:
        effect_day = date(int(effect["y"]), int(effect["m"]), int(effect["d"]))
        signed_day = signed and date(int(signed["y"]), int(signed["m"]), int(signed["d"]))
    except ValueError:
        return False
    return not signed_day or signed_day <= effect_day


_ISSUES_ANOTHER = re.compile(
    rf"(?:\s*,?\s+{_OF}(?:{_ISSUER_WORD}){{1,8}}?)?\s*,?\s+(?:da\s+|vua\s+)?ban\s+hanh"
    rf"\s+(?:kem\s+theo\s+)?{_DOCUMENT_KIND}\b",
    re.ASCII,
)


# The title a document cited as the phrase's subject issues, right before the day it takes
# effect (`_in_force_after_signing`): "Quyết định 02/2023/QĐ-KTNN ban hành Quy định lập, thẩm
# định và ban hành kế hoạch kiểm toán năm, kế hoạch kiểm toán trung hạn (KTTH) của Kiểm toán
# nhà nước có hiệu lực từ ngày 26/3/2023" (t-gia-lai-ducco-qd-02-2023-ktnn-ke-hoach-trung-han):
# "năm", "trung hạn" name the plans the rules are about, and no word of a title moves the day
# the decision applies from (Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 151)
TITLE_ISSUED = r"(?<=\bban\shành\s).*$"


def title_before_its_force(source: Source, end: int) -> bool:
    """Whether the whole phrase of `source` opens with a document cited as its subject that
    issues another (`_ISSUES_ANOTHER`), whose title runs to `end` of `source.prepared` (a
    part of the phrase, maybe), where the day it takes effect is said (`_IN_FORCE_FROM`, "có
    hiệu lực" before or after `end`) with its year, not before the day it was signed. Then
    `TITLE_ISSUED` blanks the title before the time."""
    if "hieu luc" not in source.prepared:
        return False  # the cheap test first: the grammar reads every label
    folded = prepare(fold(source.text))  # one character for one: `origin` maps `end` there
    end = source.origin[end]
    spans = reference_spans(folded, whole=False)
    if not spans or folded[: spans[0][0]].strip(" -–.:;,(\"'*+"):
        return False
    start, stop = spans[0]
    issued = _ISSUES_ANOTHER.match(folded, stop)
    if issued is None:
        return False
    said = _IN_FORCE_FROM.search(folded, issued.end())
    return bool(
        said
        and said.start() <= end <= said.end()
        and _in_force_after_signing(folded, start, stop, issued.end())
    )


# --- a document's issuing told -------------------------------------------------------------
# The day, opening the phrase as the press opens its news ("Ngày 15/3,", "Sáng 15/3,", "Chiều
# ngày 15/3/2027,", "Vừa qua, ngày 15/3,", "Vừa rồi, vào ngày 15/3,", "Sáng nay (15/3),"),
# then its comma, which a copy may lose: "Ngày 19/9/2023 UBND huyện Hải Lăng đã có Báo cáo
# số 447/BC-UBND …" (n-quangtri-cv-4668-ubnd-kt-hai-ba-2023 prints it). `news` reads the same opening for
# anything else told as done. The paper's mark before it ("(PL)- Ngày 14-10,") is blanked
# before any rule reads the phrase (`label.list_marker_out`, one rule for the press mark).
# `DAY` is the day alone, as printed and folded; `agenda` opens an event with it too.
DAY = (
    r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
    r"|\d{1,2}\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?)"
)
# ... a full stop for the comma is the same opening: "Ngày 19/3. Phó chủ tịch UBND tỉnh Đồng
# Nai, bà Nguyễn Thị Hoàng, đã chủ trì buổi làm việc …" (zd-doanhnghiephoinhap-dong-nai-kiem-
# ke-dat-dai-2025 as a copy prints it: due 19/3 before); the sentences after it are the
# phrase's, read as the words after a comma are (a step set with its own deadline reads);
# so is a semicolon: "Sáng 26/6; tại Kỳ họp thứ 7, Quốc hội khóa XV đã thông qua Nghị quyết
# …" (zf-baonghean-co-che-dac-thu-nghe-an-2024 so copied: due 26/6 before harden17)
# The blanks are taken whole (possessive "\s*+"; "(?<=\s)" asks that a blank came before the
# words): citations are blanked to runs of spaces, and a run the day's three optional blanks
# could split every way made one opening day before a long preamble take 40 s (breaker16).
OPENING_COMMA = r"\s*+(?:[,;]|\.(?=\s+[a-z])|(?<=\s)(?=[a-z])|\.?\s*\Z)"
DAY_OPENING = (
    r"^\W*"
    r"(?:(?P<recent>vua\s+(?:qua|roi)|moi\s+(?:day|roi)|truoc\s+do|hom\s+qua)\s*,?\s*(?:vao\s+)?)?"
    # ("chiều tối 24/8 tại tỉnh Nghệ An, Thủ tướng … đã đi kiểm tra …", zi-thang-loc-thanh-hoa-
    # hop-khan-bao-2025: the evening told done, read as due before harden17)
    r"(?:(?:chieu\s+toi|sang|chieu|toi|trua)\s+(?:nay\s+)?)?(?P<day>(?:ngay\s+)?\(?"
    rf"{DAY}\s*+\)?)\s*+(?:\([^)]*\)\s*+)?{OPENING_COMMA}"
)
# ... or a span of days opening it, with or without its comma: "từ ngày 25/5/2019 đến ngày
# 10/6/2019 các Tổ đại biểu HĐND tỉnh đã phối hợp với … tổ chức cho đại biểu HĐND tỉnh tiếp
# xúc cử tri tại 73 điểm" (HĐND tỉnh Lai Châu, 2019; zd-hdnd-laichau-kien-nghi-cu-tri-ky-hop-
# 10-2019), what `news` reads as done there; the press opens it with "Trong các ngày" and
# gives the month once, at the end: "Trong các ngày từ 26 đến 28/1, các đơn vị … đã phối hợp
# … tổ chức tư vấn …" (Thương hiệu và Công luận, 28/01/2026; zg-thuonghieucongluan-tin-ngay-
# 28-1-2026, read as a window before); in a copy its full stop may close the day ("… đến
# 28/1. các đơn vị …") or "ngày" be lost ("Trong các từ 26 đến 28/1"): read as a window
# before harden17
DAY_SPAN_OPENING = (
    r"^\W*(?:trong\s+(?:cac|nhung)\s+(?:ngay\s+)?)?(?:tu\s+)?(?:ngay\s+)?"
    rf"(?:{DAY}|\d{{1,2}})\s*(?:[-–]|\s(?:den|toi)(?:\s+het)?\s)\s*(?:ngay\s+)?"
    rf"{DAY}(?![\d/-]|\.\d){OPENING_COMMA}"
)
# the kinds of document a body issues (Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 4;
# Nghị định 30/2020/NĐ-CP, Điều 7: the administrative kinds), and the press's "văn bản": those
# cited by number, and the kinds the press names without one
ISSUED_KIND = (
    rf"(?:{_DOCUMENT_KIND}|quy\s+che|bo\s+luat|phap\s+lenh|de\s+an|phieu\s+gui"
    r"|chuong\s+trinh\s+hanh\s+dong)"
)
# ... after a day, the body (a few words, no digit), then a verb of issuing and the document:
# the body did it that day, "đã" said or not. The document's kind may have lost a vowel in
# the copy, its number kept: "Ngày 28/5, Thủ tướng Chính phủ có Cng điện số 76/CĐ-TTg gửi …"
# (zi-baothanhhoa-cd-76-ttg-mua-lon-2025), "… ban hành Ch thị số 02-CT/TU …" (zi-baothanhhoa-
# ct-02-ct-tu-tet-binh-ngo-2026): read as due that day before harden17. Its number is blanked
# when the rules read the phrase (`reference_spans`), a run of blanks after the kind; and a
# word of the kind is damaged, no syllable ("Cng", "Ch"): "27/03/2009 Văn bản có hiệu lực
# 03/2009/TT-BCT" is a text taking effect (`copydamage`), no document issued
_KIND_LOST = r"[a-z]{1,6}(?:\s+[a-z]{1,6})?"
_ISSUING_TOLD = re.compile(
    rf"{DAY_OPENING}"
    r"(?P<body>[^\d,;:]{2,80}?)\s+(?:(?:da|vua|chinh\s+thuc)\s+)*"
    r"(?:ban\s+hanh|ky(?:\s+ban\s+hanh)?|phe\s+duyet|co|gui|phat\s+di|ra|thong\s+qua)"
    rf"\s+(?:kem\s+theo\s+)?(?:{ISSUED_KIND}\b|(?P<lost>{_KIND_LOST})\s{{3,}})",
    re.ASCII,
)
# ... unless it is still to come, as a letter asks it ("Ngày 15/3, UBND tỉnh sẽ ban hành Kế
# hoạch"); read with the diacritics: folded, "sẽ" is "se"
_PLANNED = re.compile(r"(?i)(?<!\w)(?:sẽ|dự kiến|phải|cần)(?!\w)")
# Anything still to come, said anywhere in a phrase told as news or done (`news`, `refusals`):
# "Ngày 15/3, UBND tỉnh sẽ ban hành Kế hoạch", "… đã đồng loạt triển khai tiêm phòng …, phấn
# đấu kết thúc vào ngày 30/10/2023" (Thanh Hóa, 2023), "UBND tỉnh đã có văn bản tới ngày
# 30/4/2025" (a letter to have by a day). Read with the diacritics: folded, "tới" (coming)
# would be "tối" (evening), "sẽ" "se".
TO_COME = re.compile(r"(?i)(?<!\w)(?:sẽ|dự kiến|tới|phấn đấu|yêu cầu|đề nghị|phải|cam kết)(?!\w)")
# ... nor one whose document sets a day of each year, named after it: "ngày 4-5-2001, Thủ
# tướng Chính phủ đã ban hành Quyết định số 72/2001/QĐ-TTg lấy ngày 28-6 hàng năm là Ngày
# Gia đình Việt Nam" (Nghi Long, Nghệ An; branch tune-v): that day is the decision's content
YEARLY_DAY_SET = re.compile(rf"[^;]*?{SETS_A_YEARLY_DAY}", re.ASCII)


# ... or the body first, then the document and its day right after it, as the press tells a
# letter just sent: "UBND tỉnh vừa có văn bản hỏa tốc số 1539/UBND-KGVX tối 3/4/2025 về việc
# thực hiện Thông cáo đặc biệt …" (Báo Phú Thọ, 04/2025; read as due 03/04/2025 before),
# "Sở … đã ban hành Kế hoạch ngày 3/4/2025 về …": "đã"/"vừa", a verb of issuing, the kind,
# perhaps its urgency ("hỏa tốc", "khẩn", "thượng khẩn", Nghị định 30/2020/NĐ-CP, Điều 15:
# the marks of urgency printed on a letter) and its number, then its day, perhaps with the
# part of the day it was signed in ("sáng", "chiều", "tối": read with its diacritics, since
# folded "tối" is "tới", until). A deadline the letter sets follows with its own word
# (`DUE_WORD`) and is read.
_TOLD_ISSUED = (
    r"\b(?P<told>da|vua)\s+(?:chinh\s+thuc\s+)?"
    r"(?:ban\s+hanh|ky(?:\s+ban\s+hanh)?|co|gui|phat\s+di|ra)\s+(?:kem\s+theo\s+)?"
)
_ISSUED_WITH_ITS_DAY = re.compile(
    rf"{_TOLD_ISSUED}{ISSUED_KIND}(?:\s+(?:hoa\s+toc|thuong\s+khan|khan))?"
    rf"(?:\s+(?:so\s*:?\s*)?(?:{_DOCUMENT_CODE}))?"
    r"\s*,?\s+(?:vao\s+)?(?:(?P<part>sang|chieu|toi|trua|dem)\s+)?(?:ngay\s+)?"
    rf"{DAY}(?![\d/.-])",
    re.ASCII,
)
# ... or letters told sent, however many, their numbers and days after them: "Bộ Xây dựng đã
# có các công văn số 250/BXD-KHTC ngày 25/01/2021, số 1730/BXD-KHTC ngày 17/5/2021 … về việc
# thực hiện báo cáo thống kê … chính thức năm 2020" (Bộ Xây dựng, CV 2800/2021): their days
# and the year reported on are no deadline. Read in the whole text, since the numbers and
# days cited are set aside from `Source.prepared`. Only "đã": a letter just sent ("vừa") with
# no day of its own is news of what it asks, its days the asked ones: "Bộ Công Thương vừa có
# công văn hoả tốc về việc tổ chức Hội chợ Mùa Xuân lần thứ nhất năm 2026 từ 2/2 đến ngày
# 13/2 …" (t-kienthuc-hoi-cho-mua-xuan-lan-thu-nhat-2026 of the corpus: the fair's days).
_LETTERS_SENT = re.compile(rf"{_TOLD_ISSUED}(?:cac\s+)?(?:cong\s+van|van\s+ban)\b", re.ASCII)


def _issued_with_its_day(source: Source) -> re.Match[str] | None:
    """The document told issued with its day right after it (`_ISSUED_WITH_ITS_DAY`), read
    with the diacritics: "đã"/"vừa" (folded, "đa" is many, "vua" a king), a part of the day
    that is no "tới" (until); None when there is none."""
    # a copy without any diacritic: "UBND tinh vua co van ban hoa toc so 1539/UBND-KGVX toi
    # 3/4/2025 …" (za-baophutho-cv-1539-quoc-tang-2025 typed bare, read as due 3/4/2025): "vua"
    # before a document is "vừa", and "toi" refused either way ("tối", that evening, or "tới")
    bare = unmarked(source.text)
    for found in _ISSUED_WITH_ITS_DAY.finditer(source.prepared):
        told = source.original(*found.span("told")).lower()
        part = found["part"] and source.original(*found.span("part")).lower()
        if bare or (told in ("đã", "vừa") and part != "tới"):
            return found
    return None


def _letters_sent(text: str) -> re.Match[str] | None:
    """Letters told sent in `text` as printed (`_LETTERS_SENT`), "đã" read with the
    diacritics; None when there are none."""
    for found in _LETTERS_SENT.finditer(fold(text)):
        if text[slice(*found.span("told"))].lower() == "đã":
            return found
    return None


def refuse_issuing_told(source: Source) -> None:
    """Refuse a phrase that opens with a day and tells a body issuing, signing, approving or
    sending a document that day (`_ISSUING_TOLD`), or tells the document issued with its day
    after it (`_ISSUED_WITH_ITS_DAY`), or letters sent with their numbers (`_LETTERS_SENT`),
    with no deadline word after (`DUE_WORD`: the letter may set one), no day of each year it
    sets (`YEARLY_DAY_SET`) and nothing planned (`_PLANNED`; for letters with no day of
    their own, nothing to come, `TO_COME`: their days may be what they ask).

    One rule for a document's issuing told, whether the phrase names the document by its
    kind only, as here ("Ngày 19/1, UBND tỉnh Đồng Nai đã ban hành kế hoạch …", corpus
    x-dantri-dong-nai-phao-hoa-giao-thua-2026), or cites it by its number ("… đã ban hành
    Thông báo số 1073/TB-TNMT", `reference_spans`, where the number is found; there only an
    explicit demand, `_DEADLINE_IT_SET`, sets a deadline, as the words after a number are
    the letter's own). It is the citations' rule, not the news' (`news`): what it decides is
    whose day the date is, the document's, like the signing date after a number
    (`_SIGNED_ON`), and what lets a phrase through is what the document itself sets (a
    deadline it asks for, a day of each year), which the citations know; `news` keeps the
    past told of anything else and asks this rule first."""
    if _PLANNED.search(source.text):
        return
    told = _ISSUING_TOLD.match(source.prepared)
    if told and told["lost"] and all(is_syllable(word) for word in told["lost"].split()):
        told = None
    if told := told or _issued_with_its_day(source):
        read, end, said = source.prepared, told.end(), source.original(*told.span())
    elif (sent := _letters_sent(source.text)) and not TO_COME.search(source.text):
        read, end, said = fold(source.text), sent.end(), source.text[slice(*sent.span())]
    else:
        return
    if DUE_WORD.search(read, end) or YEARLY_DAY_SET.match(read, end):
        return
    raise _issuing_told(f"“{said.strip()} …”")


def _issuing_told(said: str) -> Unreadable:
    """The refusal of a document's issuing told (`refuse_issuing_told`), `said` its subject."""
    return Unreadable(
        f"{said} kể việc một cơ quan ban hành, ký, gửi một văn bản (ngày trong đó là ngày của "
        "văn bản), không phải thời hạn; ghi last_day theo hạn văn bản nêu"
    )


# A document named before a bare "ngày D" gives that document's date, not a deadline
_DOCUMENT_WORDS = re.compile(
    r"\b(?:luat|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|huong dan|cong van"
    r"|thong bao|cong dien|ke hoach so|van ban)\b",
    re.ASCII,
)


# "chậm nhất" (at the latest) right before a bare day: the day a step is due by, whatever
# paper the step sends: "Sở Khoa học và Công nghệ điều chỉnh thời hạn gửi hồ sơ (công văn và
# danh mục) … , chậm nhất ngày 15/6/2021" (Sở KH&CN Vĩnh Phúc, 2021), the dispatch and list
# sent by that day, no dispatch dated then. Only against a document named before
# (`_DOCUMENT_WORDS`): words that date a text ("ký", "ban hành", "có hiệu lực") still do
_DUE_BY = re.compile(r"(?<![a-z])(?:cham|muon|tre)\s+nhat(?:\s+(?:la|vao))?[\s,:]*\Z", re.ASCII)


# ... nor the day a document fixes for an event, right after it (`_DEADLINE_IT_SET`): "Nghị
# quyết số 199/2025/QH15 ngày 21/5/2025 quyết định rõ Ngày bầu cử … là Chủ nhật, ngày 15/3/2026"
_DAY_IT_FIXES = re.compile(rf"{_FIXES_ITS_DAY}\Z", re.ASCII)


# A document named as a heading, its colon, then what it orders with its own verb: "Công
# điện của Bộ Nông nghiệp và Môi trường: Đóng cửa xả đáy hồ Thủy điện Hòa Bình vào hồi 18h00
# ngày 19/8/2025" (EVN, 2025): the day is the closing's, not the dispatch's. Only with no
# document named after the colon ("…: Triển khai Nghị quyết ngày 15/3" dates the resolution),
# two words at least there, and not a subject line ("về việc", "V/v": the dispatch's own
# subject, its day may be its date)
_SUBJECT_LINE = re.compile(r"(?:ve\s+viec|v\s*/\s*v|ve)\b", re.ASCII)


def _content_after_title(before: str) -> bool:
    """Whether `before` (prepared words before a bare day) is a document's heading, its
    colon, then two words or more of what it orders, naming no document (`_DOCUMENT_WORDS`)
    and no subject line (`_SUBJECT_LINE`)."""
    title, colon, content = before.rpartition(":")
    content = content.strip()
    if not colon or not re.search(r"[a-z]", title) or _SUBJECT_LINE.match(content):
        return False
    return not _DOCUMENT_WORDS.search(content) and len(content.split()) >= 2


# The words right before a bare "ngày D" that make D the day a document was signed, issued,
# posted or took effect, or the day of a directive the task follows, never a due day: "đã
# ký ngày 15/3", "Hợp đồng ký ngày 15/3", "Ngày ban hành: 15/3", "được phê duyệt ngày 15/3",
# "theo chỉ đạo ngày 15/3", "Tờ trình ngày 15/3" (as printed, lower case; "đăng ký"
# registers: "Ngày đăng ký: 15/3" is a task's day and reads)
_DOCUMENT_DAY = re.compile(
    r"(?:(?<!\w)(?<!đăng\s)(?:ký|kí)(?:\s+(?:ban\s+hành|kết))?"
    r"|(?<!\w)(?:ban\s+hành|đăng\s+tải|cập\s+nhật|xuất\s+bản|(?:có\s+)?hiệu\s+lực)"
    r"|(?<!\w)(?:đã|được)\s+(?:được\s+)?(?:phê\s+duyệt|thông\s+qua|phát\s+hành|đăng)"
    r"|(?<!\w)ngày\s+(?:đăng|nhận)"
    r"|^đăng"  # "Đăng ngày 15/3/2027": a web page's byline, the day it was posted
    r"|^(?:tờ\s+trình|biên\s+bản|hợp\s+đồng)(?:\s+số\s+\S+)?"
    # ... or named last, after the body that wrote it or "tại": "Sở Tài chính có Tờ trình
    # ngày 27/7/2018", "Ý kiến của Sở Tư pháp tại Báo cáo thẩm định ngày …", and the papers
    # dated by who sent or issued them: "Giấy mời ngày …" (the meeting is another day),
    # "Giấy phép xây dựng số 12 cấp ngày …" (the day it was granted)
    r"|(?<!\w)(?:tờ\s+trình|báo\s+cáo\s+thẩm\s+(?:định|tra)|giấy\s+mời|phiếu\s+chuyển)"
    r"|(?<!\w)(?:giấy|chứng\s+chỉ|thẻ|văn\s+bằng)(?:\s+[^\s,;:()]+){0,6}?\s+(?:được\s+)?cấp"
    # ... or drawn up by a body that day: "(Phương án dự thảo do Hội đồng BTHT&TĐC quận Long
    # Biên lập ngày 29/10/2020)" (UBND phường Cự Khối, 2020; read as due 29/10/2020 before),
    # "Biên bản được lập ngày …": the paper's own day, as a document's issuing ("thành lập"
    # founds a body: its own rules)
    r"|(?<!\w)(?:do(?:\s+[^\s,;:()]+){1,12}?|được)\s+(?<!thành\s)lập"
    # a direction given, or a task assigned, on that day or at a meeting held then: "Thực
    # hiện ý kiến chỉ đạo ngày 15/3", "kết luận … tại cuộc họp ngày 15/3", "nhiệm vụ được
    # giao tại cuộc họp ngày 15/3" (the day the task came, not the day it is due)
    r"|(?<!\w)(?:chỉ\s+đạo|kết\s+luận|đề\s+nghị)"
    r"|(?<!\w)(?:chỉ\s+đạo|kết\s+luận|ý\s+kiến|giao|thống\s+nhất)(?:\s+[^\s,;:()]+){0,12}?"
    r"\s+tại\s+(?:cuộc\s+họp|hội\s+nghị|buổi\s+làm\s+việc|phiên\s+họp|kỳ\s+họp)"
    r"(?:\s+[^\s,;:()]+){0,6}?"
    r"|(?<!\w)theo\s+(?:đúng\s+)?(?:quy\s+định|chỉ\s+đạo|đề\s+nghị|ý\s+kiến|kết\s+luận|kế\s+hoạch"
    r"|tờ\s+trình|báo\s+cáo)(?:\s+(?!(?:trước|đến|tới|từ|trong|vào|hạn)(?!\w))[^\s,;:()]+){0,10})"
    r"\s*:?\s*\Z"
)


# What was said at a meeting carried out, studied or followed as a text, dating it by the
# meeting (beside `_DOCUMENT_DAY`'s directions): a speech ("bài phát biểu"), a conclusion or
# a direction, its speaker named with offices between commas, the meeting by its body: "triển khai bài phát biểu của đồng chí Tổng Bí thư Nguyễn Phú
# Trọng, Trưởng Tiểu ban nhân sự Đại hội XIV của Đảng tại phiên họp đầu tiên của Tiểu ban
# nhân sự ngày 13/3/2024" (a province's Party committee meeting of 9/4/2024, zn-baomoi-
# tuyen-quang: read as due 13/03/2024 before tune-zn): the meeting's day, as a cited
# document's. ("chuẩn bị bài phát biểu tại hội nghị ngày …", a speech still to give, and
# "giao Sở A, Sở B báo cáo tại phiên họp ngày …" are not carried out: as they were)
# Folded: a copy that lost its marks, whole or in part, says the same ("trien khai bai phat
# bieu cua dong chi …", the damaged-copy hunt of session 28 read it as due 13/03/2024).
_CARRIED_OUT_AT_A_MEETING = re.compile(
    r"(?<![a-z])(?:trien\s+khai|quan\s+triet|thuc\s+hien|hoc\s+tap|theo)\s+(?:noi\s+dung\s+)?"
    r"(?:bai\s+phat\s+bieu|ket\s+luan|y\s+kien\s+chi\s+dao|chi\s+dao)"
    r"(?:\s+[^\s;:()]+;?){0,24}?"
    r"\s+tai\s+(?:cuoc\s+hop|hoi\s+nghi|buoi\s+lam\s+viec|phien\s+hop|ky\s+hop)"
    r"(?:\s+[^\s,;:()]+){0,10}?\s*:?\s*\Z",
    re.ASCII,
)


# What happened to a text on a day, written before the day or after it: issued, out of
# force, replaced, amended. A legal portal's history of a text lists its days so: "10/02/2009
# Văn bản được ban hành 03/2009/TT-BCT", "01/01/2015 Văn bản hết hiệu lực", "15/3/2016 Bị
# thay thế 17/2016/TT-BCT" (vbpl.vn, Lịch sử hiệu lực of Thông tư 03/2009/TT-BCT); the day is
# the text's, never a deadline. Folded: a copy that lost its diacritics says the same
# ("05/11/2019 Bi bai bo 17/2019/TT-BCT"); "bởi" may name the text that did it ("Bị thay thế
# bởi 17/2019/TT-BCT"). Repealed is a calling off too (`calledoff`), taking effect a start
# bound (`header.in_force_under_header`).
_TEXT_EVENT = (
    r"(?:van\s+ban\s+)?(?:(?:duoc|da\s+duoc)\s+ban\s+hanh|het\s+hieu\s+luc(?:\s+toan\s+bo)?"
    r"|(?:bi|duoc)\s+(?:thay\s+the|sua\s+doi(?:\s*,?\s*bo\s+sung)?)|ngung\s+hieu\s+luc"
    r"|bi\s+(?:bai|huy)\s+bo|bi\s+dinh\s+chi)(?:\s+boi)?"
)
_TEXT_EVENT_ALONE = re.compile(_TEXT_EVENT, re.ASCII)  # a step after the day, all of it
_TEXT_EVENT_LAST = re.compile(rf"(?<![a-z]){_TEXT_EVENT}\s*:?\s*\Z", re.ASCII)  # before it


# ... and before "vào ngày D", only the document's own issuing, told in the passive and done:
# "Kết luận này được ban hành vào ngày 17/7/2025" (zd-baodoanhnhan-kl-178-tai-chinh-xa-phuong
# -2025: read as due 17/7/2025 before); never one still to come (`_PLANNED`: "Kế hoạch phải
# được ban hành vào ngày 15/3", a day to issue it by), nor a work "ban hành" without
# "được" ("UBND tỉnh ban hành Kế hoạch vào ngày 15/3" is told as the press tells a plan).
# The body that did it may stand after "được", and what it approved after the verb, and the
# time may be a month or a year: "Dự án đường sắt tốc độ cao trên trục Bắc – Nam được Quốc hội
# phê duyệt chủ trương đầu tư vào tháng 11/2024" (zf-nongnghiepmoitruong-ha-tinh-gpmb-duong-sat-
# toc-do-cao: read as a window of 11/2024); never after "để" (a purpose: "hoàn thiện hồ sơ để
# được phê duyệt vào tháng 12", to come)
_ISSUED_PASSIVE = re.compile(
    r"(?<!\w)(?<!để\s)(?:đã\s+)?được\s+(?:[^\W\d_]+\s+){0,3}?(?:(?:ký|kí)\s+)?"
    r"(?:ban\s+hành|ký|kí|thông\s+qua|phê\s+duyệt)(?:\s+[^\W\d_]+){0,4}\s*\Z"
)

# ... and so in a copy that lost the marks of some words or all ("Ket luan nay duoc ban hanh
# vao ngay 17/7/2025", zd-baodoanhnhan typed bare; "được Quốc hội phe duyet chủ trương đầu tư
# vào tháng 11/2024", zf-nongnghiepmoitruong half bare: both read as due before harden18), the
# verbs that fold to no other word only ("ky" may be "kỳ": "được tổ chức định kỳ vào ngày
# 15"), and what is still to come folded ("se", "phai"; "can" may be "căn": a reading kept)
_ISSUED_PASSIVE_BARE = re.compile(
    r"(?<![a-z])(?<!de\s)(?:da\s+)?duoc\s+(?:[a-z]+\s+){0,3}?"
    r"(?:ban\s+hanh|thong\s+qua|phe\s+duyet)(?:\s+[a-z]+){0,4}\s*\Z",
    re.ASCII,
)
_PLANNED_BARE = re.compile(r"(?<![a-z])(?:se|du\s+kien|phai|can)(?![a-z])", re.ASCII)


def document_day(source: Source, start: int, stated: bool = False) -> bool:
    """Whether the words of `source` before a bare day (at `start` of its prepared text) make
    it the day of a document rather than a deadline: a document named before it
    (`_DOCUMENT_WORDS`, its cited numbers blanked), the words that date a document or a
    directive (`_DOCUMENT_DAY`, as printed), a speech or conclusion given at a meeting
    carried out (`_CARRIED_OUT_AT_A_MEETING`), or what happened to a text that day
    (`_TEXT_EVENT`). `stated`: the day is given with "vào" ("vào ngày D", `start` before
    "vào"), and only a document told issued in the passive dates it (`_ISSUED_PASSIVE`)."""
    if stated:
        said = " ".join(source.original(0, start).lower().split())
        if _ISSUED_PASSIVE_BARE.search(fold(said)):  # typed bare: "được ban hanh", "phe duyet"
            return not _PLANNED_BARE.search(fold(source.text))
        return bool(_ISSUED_PASSIVE.search(said)) and not _PLANNED.search(source.text)
    before = source.prepared[:start]
    if (
        _DOCUMENT_WORDS.search(before)
        and not _DUE_BY.search(before)
        and not _DAY_IT_FIXES.search(before)
        and not _content_after_title(before)
    ):
        return True
    said = " ".join(source.original(0, start).lower().split())
    if unmarked(said) and _DRAWN_UP_BARE.search(said):
        return True
    folded = fold(said)
    return bool(
        _DOCUMENT_DAY.search(said)
        or _TEXT_EVENT_LAST.search(folded)
        or _CARRIED_OUT_AT_A_MEETING.search(folded)
    )


# ... and in a copy typed bare, a paper drawn up that day (`_DOCUMENT_DAY`'s "do … lập"):
# "(Phuong an du thao do Hoi dong BTHT&TDC quan Long Bien lap ngay 29/10/2020)" (ze-cukhoi-
# long-bien-cong-khai-phuong-an-boi-thuong-2020 so copied: read as due 29/10/2020)
_DRAWN_UP_BARE = re.compile(
    r"(?<!\w)(?:do(?:\s+[^\s,;:()]+){1,12}?|duoc)\s+(?<!thanh\s)lap\s*:?\s*\Z"
)


def refuse_text_event_after(step: str) -> None:
    """Refuse a step, written after its day, that is only what happened to a text that day
    (`_TEXT_EVENT`), the number of the text that did it aside ("10/02/2009 Văn bản được ban
    hành 03/2009/TT-BCT")."""
    said = " ".join(without_references(step).split()).strip(" .;:")
    if _TEXT_EVENT_ALONE.fullmatch(fold(said)):
        raise Unreadable(
            f"“{said}” sau ngày tháng kể việc một văn bản được ban hành, hết hiệu lực, bị thay "
            "thế hay sửa đổi: ngày đó là của văn bản, không phải thời hạn; ghi last_day theo "
            "văn bản nếu có hạn"
        )


# A document told issued (before it or after it), whose title ends with the period it runs
# over: the plan's own period, read (the lead's convention 11, session 24), its number and
# signing day the document's own (no time of work). "TOÀN VĂN: Quyết định 51/2025/QĐ-TTg ban
# hành …" (its colon kept), "(Chinhphu.vn) - Toàn văn Quyết định số
# 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về
# nông thôn mới giai đoạn 2026 - 2030." (xaydungchinhsach), "UBND tỉnh vừa ban hành Kế hoạch
# số 535/KH-UBND ngày 29/3/2024 về thực hiện Chương trình … năm 2024" (Quảng Bình TV),
# "Nghị quyết 424/NQ-CP năm 2025 về Kế hoạch thực hiện Nghị quyết 257/2025/QH15 … giai đoạn
# 2026-2035 do Chính phủ ban hành" (zf- of the corpus); never a document named alone (a
# plan's bases list them so). A document cited in passing, carried out or relied on ("Thực hiện …", "Căn cứ …", "Theo …", convention 7), is refused as before;
# so is a title naming a day, a month, a quarter or a word of time (`_TITLE_STOP`).
# ... never with "hoặc"/"hay" (or) in its title or its issuer: two times or two documents, not
# one ("… năm 2026 do tỉnh Hưng hoặc Yên ban hành", the mutation fuzz's, breaker-style)
_EITHER = r"(?<![a-z])(?:hoac|hay)(?![a-z])"
_OWN_PLAN = re.compile(
    r"^\W*(?:\(\s*[a-z][a-z.]{1,14}\s*\)\s*[-–—]\s*)?"
    r"(?P<lead>(?:toan\s+van\s*:?|(?:[a-z]+\s+){0,8}?(?:(?:vua|da)\s+)?(?:ban\s+hanh|ky))\s+)?"
    rf"{_DOCUMENT_KIND}\s+(?P<so>so\s*:?\s*)?(?<![\d/.-])(?:{_DOCUMENT_CODE})(?![a-z0-9])"
    # its signing day or year (`_SIGNED_ON`'s shapes; that pattern's back-reference is
    # numbered, so it is not embedded here), the day written with its words too: "Tỉnh ủy
    # Hưng Yên ban hành kế hoạch số 59/KH-UBND ngày 27 tháng 3 năm 2024 về tổ chức cuộc thi
    # … năm 2024" (Văn nghệ Đà Nẵng, 2024; zq-vannghedanang-…: refused before, where "ngày
    # 27/3/2024" read)
    r"(?:\s*,?\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
    r"|\s*,?\s+ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}"
    r"|(?P<year>\s+nam\s+(?:19|20)\d\d))?"
    rf"(?:\s*,?\s+{_OF}(?:{_ISSUER_WORD}){{1,8}}?)?"
    # (… "thực hiện" the plan it carries out over its year: "Quyết định 01/QĐ-UBND thực hiện
    # Kế hoạch phát triển kinh tế - xã hội năm 2026 do thành phố Huế ban hành", zl-nhansu-hue)
    r"\s*,?\s+(?:ve|ban\s+hanh|phe\s+duyet|phan\s+cong|thuc\s+hien)\s"
    rf"(?P<title>(?:(?!{_TITLE_STOP}|{_EITHER})[^;:()\d]|\d{{1,4}}/\d{{4}}/[a-z0-9-]+)*?)"
    r"(?<![a-z])(?<!den\s)(?<!toi\s)"
    r"(?P<period>(?:giai\s+doan|thoi\s+ky)\s+\d{4}\s*[-–]\s*\d{4}|nam\s+\d{4})"
    rf"(?P<by>\s+do\s+(?:(?!{_EITHER}|{_TITLE_STOP})[a-z]+\s+){{1,6}}?ban\s+hanh)?\s*[.]?\s*\Z",
    re.ASCII,
)
_CARRIED_OUT = re.compile(r"\b(?:thuc\s+hien|trien\s+khai|ca?n\s+cu|theo|tai)\b", re.ASCII)
# ... never a title naming a budget, an inventory or a census, whose year is the object's
# (the object-year convention, `refusals`): "Chính phủ ban hành Nghị quyết số 01/NĐ-CP ngày
# 8/1/2026 về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế-xã hội và dự
# toán ngân sách nhà nước năm 2026" (zd-vietnamplus-nq-01-cp-chi-tieu-ha-tang-2026 expects it
# refused), "Quyết định 3531/QĐ-BTC ngày 17/10/2025 của Bộ Tài chính ban hành Kế hoạch triển
# khai thực hiện tổng kiểm kê tài sản công năm 2026" (t-thoibaotaichinh-an-giang-tong-kiem-ke-
# 2025: a document issuing another, refused)
_BUDGET_TITLE = re.compile(
    r"\b(?:du\s+toan|ngan\s+sach|quyet\s+toan|kiem\s+toan|kiem\s+ke|thong\s+ke|dieu\s+tra)\b",
    re.ASCII,
)


# A preamble's grounds, then the document's own issuing told as its last clause: "Căn cứ Luật
# Phòng thủ dân sự năm 2023, …; Quyết định số 2693/QĐ-TTg ngày 11/12/2025 … giai đoạn 2026 -
# 2030; Ủy ban nhân dân tỉnh ban hành Kế hoạch Phòng thủ dân sự trên địa bàn tỉnh Quảng Ngãi
# giai đoạn 2026 - 2030, như sau:" (UBND tỉnh Quảng Ngãi, KH 15/2026), "Căn cứ …; theo đề nghị
# của Công an tỉnh tại Tờ trình số 4394/TTr-CAT-PCCC ngày 27/12/2024 …, Ủy ban nhân dân tỉnh
# ban hành Kế hoạch … năm 2025, cụ thể như sau:" (UBND tỉnh Quảng Ninh, KH 18/2025). The laws,
# decisions and proposals cited before are the grounds (convention 7: no time of this plan);
# the last clause, from its issuer (after the last ";" or ",") to "như sau", names the plan
# issued and its own period (convention 11), as it does standing alone ("UBND tỉnh ban hành Kế
# hoạch triển khai … giai đoạn 2024 - 2025, cụ thể như sau", ze-tvpl-khanh-hoa).
_GROUNDS_THEN_OWN = re.compile(
    r"^\W*can\s+cu\b.*[;,]\s*"
    r"(?P<own>[^;,\d]{2,60}?\s(?:ban\s+hanh|xay\s+dung)\s+(?:ke\s+hoach|chuong\s+trinh"
    r"|phuong\s+an|de\s+an)\s[^;]*?\s*,?\s*(?:cu\s+the\s+)?nhu\s+sau\s*:?\s*)\Z",
    re.ASCII,
)


def own_clause_after_grounds(source: Source) -> tuple[int, int] | None:
    """Where the last clause of a preamble that opens with its grounds ("Căn cứ …") and tells
    its own plan issued "như sau" stands (`_GROUNDS_THEN_OWN`); None for any other phrase."""
    found = _GROUNDS_THEN_OWN.match(source.prepared)
    return found.span("own") if found else None


def own_plan_period(source: Source) -> tuple[int, int] | None:
    """Where the period of the document `source` tells issued stands
    (`_OWN_PLAN`), the document's own plan period; None for any other phrase."""
    found = _OWN_PLAN.match(source.prepared)
    if found is None or _CARRIED_OUT.search(found["lead"] or ""):
        return None
    # the issuing told, before ("vừa ban hành", "Toàn văn") or after it ("do Chính phủ ban
    # hành"): a document named alone is as often one a plan cites among its bases ("Kế hoạch
    # số 238/KH-UBND ngày 06/9/2022 của UBND thành phố … giai đoạn 2022 - 2025"), refused
    # ... or the title a legal database gives a text, its number then its year and no "số"
    # nor day: "Quyết định 3369/QĐ-UBND năm 2025 về Kế hoạch cải cách hành chính tỉnh Hà Tĩnh
    # năm 2026" (nhansu.vn's page on it; zl-nhansu-ha-tinh-qd-3369-cchc-2026, refused before
    # tune-zl), as the same site closes others with "do … ban hành"; a plan's bases cite a text
    # with "số" and its day ("Quyết định số 3369/QĐ-UBND ngày 12/12/2025 …"), and stay refused
    database_title = found["year"] and not found["so"]
    if not (found["lead"] or found["by"] or database_title):
        return None
    if _BUDGET_TITLE.search(found["title"]):
        return None
    return found.span("period")


# A plan's own page telling its issuing, its signing day first (the lead's ruling of session
# 28 on conventions 11 and 7): "Ngày 24/10/2025, Văn phòng UBND tỉnh Lai Châu ban hành Kế
# hoạch số 1371/KH-VPUBND chuyển đổi số của Văn phòng UBND tỉnh năm 2026" (the office's
# portal posting the plan, zl-vpubnd-laichau), "Ngày 04/3/2022, Ủy ban nhân dân tỉnh ban hành
# Kế hoạch số 38/KH-UBND về thực hiện công tác bình đẳng giới, … năm 2022" (zl-soldtbxh-
# hungyen), "Ngày 11/5/2016, UBND tỉnh ban hành Kế hoạch số 1173/KH-UBND triển khai công tác
# kiểm tra thực hiện cải cách hành chính trên địa bàn tỉnh năm 2016" (the Tây Ninh portal's
# item of 12/5/2016, opening with the plan's own purpose, "Nhằm đánh giá thực chất …"): the
# plan's own year (convention 11), its number and day the plan's. A page telling a plan
# issued in the past is another document (a report, an article) and refused (convention 7):
# told as done ("đã ban hành": z-baothanhhoa-kh-275, r-lai-chau-kh-1888), signed more than
# `_OWN_PAGE_DAYS` days before the page, a year of work before the signing year or more than
# one after it, a budget's or a census's year (`_BUDGET_TITLE`), or no page day to compare.
_OWN_PLAN_TOLD = re.compile(
    r"^\W*ngay\s+(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d\d)\s*,\s*"
    r"(?P<issuer>(?:(?!da\s)[a-z&]+\s+){1,10}?)ban\s+hanh\s+(?:ke\s+hoach|chuong\s+trinh)\s+"
    rf"so\s*:?\s*(?:{_DOCUMENT_CODE})(?![a-z0-9])\s*,?\s+"
    rf"(?P<title>(?:(?!{_TITLE_STOP}|{_EITHER})[^;:()\d])+?)"
    r"(?<![a-z])(?P<period>nam\s+(?P<year>(?:19|20)\d\d))\s*[.]?\s*\Z",
    re.ASCII,
)
_OWN_PAGE_DAYS = 30  # the page posting a plan shortly after its signing (refusals.PAST_DUE)


def own_plan_told(source: Source, issued: date | None) -> tuple[int, int, int] | None:
    """Where the title and year of a plan stand whose own page (dated `issued`) tells its
    issuing, its signing day first (`_OWN_PLAN_TOLD`): the title's start, the year's start
    and end ("năm 2026", the title's last words); None for any other phrase."""
    found = _OWN_PLAN_TOLD.match(source.prepared)
    if found is None or issued is None or _BUDGET_TITLE.search(found["title"]):
        return None
    try:
        signed = date(int(found["y"]), int(found["m"]), int(found["d"]))
    except ValueError:
        return None
    if not 0 <= (issued - signed).days <= _OWN_PAGE_DAYS:
        return None
    if not signed.year <= int(found["year"]) <= signed.year + 1:
        return None
    return found.start("title"), *found.span("period")


# --- a cited document's title, its number on the line before ----------------------------------
# A preamble's line cut after the number and the issuer's first words, as a page breaks it:
# "Tỉnh ủy về Chuyển đổi số tỉnh Lâm Đồng đến năm 2025, định hướng đến năm 2030;" (UBND tỉnh
# Lâm Đồng, KH 8124/2023, the end of its line citing Nghị quyết số 12-NQ/TU of the Ban Chấp
# hành Đảng bộ tỉnh; read as due 31/12/2025 before tune-zl). The issuer, then "về" and a title
# to the end of the phrase, as `_TITLE` reads it after a number: the horizon is the cited
# resolution's (convention 7). Only a body that issues resolutions, programmes and strategies
# (a Party committee, the Government, the Prime Minister, the Quốc hội, an HĐND or a UBND)
# right before "về", and a title with no word of a deadline (`_TITLE_STOP`): "UBND tỉnh vừa
# ban hành Kế hoạch về …" tells an issuing (convention 11), and stays as it is.
_ISSUING_BODY = (
    r"(?:(?:ban\s+(?:chap\s+hanh|thuong\s+vu)(?:\s+dang\s+bo)?\s+)?(?:tinh|thanh|huyen)\s+uy"
    r"|ban\s+chap\s+hanh\s+(?:trung\s+uong|dang\s+bo(?:\s+(?:tinh|thanh\s+pho))?)"
    r"|bo\s+chinh\s+tri|ban\s+bi\s+thu|chinh\s+phu|thu\s+tuong(?:\s+chinh\s+phu)?|quoc\s+hoi"
    r"|(?:hoi\s+dong\s+nhan\s+dan|hdnd|uy\s+ban\s+nhan\s+dan|ubnd)(?:\s+(?:tinh|thanh\s+pho))?)"
)
_TITLE_TAIL = re.compile(
    rf"^\W*(?:{_OF}\s+)?{_ISSUING_BODY}\s+ve\s+(?P<title>(?:(?!{_TITLE_STOP})[^:()\d]|\d{{4}})+?)"
    r"\s*[.;]?\s*\Z",
    re.ASCII,
)
_TITLE_TIME = re.compile(
    r"\b(?:nam|giai\s+doan|thoi\s+ky)\s+(?:19|20)\d\d\b|\bden\s+nam\s+(?:19|20)\d\d\b", re.ASCII
)


def refuse_cited_title_tail(text: str) -> None:
    """Refuse a phrase that is the end of a cited document's line, its issuer then "về" and
    a title naming years (`_TITLE_TAIL`): the years are the cited document's (convention 7)."""
    said = " ".join(nfc(text).split())
    found = _TITLE_TAIL.match(fold(said).lower())
    if found is None or not _TITLE_TIME.search(found["title"]):
        return
    raise Unreadable(
        f"“{said.strip(' ;.')}” là phần cuối dòng dẫn một văn bản (cơ quan ban hành, “về” và tên "
        "văn bản; số hiệu ở dòng trước): năm là của văn bản được dẫn (quy ước 7), không phải "
        "thời hạn; nếu kế hoạch có hạn, ghi last_day (và first_day) theo văn bản"
    )
