"""Forms tuned on the zh- set (branch tune-zh): education, health, labour and social affairs.
First the set's misreads, each closed as a family (all false deadlines, no wrong day): work
told done in its period, a list fixed "at the moment" a day ends, money drawn from a year's
budget, a period named by the document it was issued with. Each with the real phrases that
motivated it (their corpus files named) and the near variants that must still read."""

from __future__ import annotations

import pytest

from deadline_forms import ctx, read_days, refused
from kehoach.dates.deadline import DeadlineKind

W = DeadlineKind.WINDOW

# --- work told done in its period ---------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zh-baogialai-quy-nhon-bac-mung-tho-nguoi-cao-tuoi-2025 (read as June 2025 before)
        (
            "Riêng người cao tuổi tròn 90 tuổi và 100 tuổi đã được tặng quà trong tháng 6-2025",
            "2025-09-30",
        ),
        # zh-luatvietnam-bgddt-cv-7991-kiem-tra-danh-gia: the training held, cited beside a
        # request ("đề nghị") for a new one with no time (read as November 2024 before)
        (
            "Bộ GD&ĐT đề nghị các Sở GDĐT căn cứ nội dung đã được tập huấn cho giáo viên cốt cán "
            "vào tháng 11/2024 (Công văn 6569/BGDĐT-GDTrH ngày 16/10/2024), tổ chức tập huấn cho "
            "cán bộ quản lí, giáo viên",
            None,  # the page's day is in doubt: the corpus gives none
        ),
        # zf-tracuuquyhoach-qd-339-ttg-phan-cong-2026 (refused before by its verb alone)
        (
            "(3) tình hình triển khai các công trình, dự án trọng điểm đã được khởi công trong "
            "năm 2025",
            "2026-02-26",
        ),
    ],
)
def test_work_told_done_in_its_period_is_refused(phrase: str, issued: str | None) -> None:
    assert "đã xảy ra" in refused(phrase, ctx(issued))


@pytest.mark.parametrize(
    ("phrase", "issued", "window"),
    [
        # the same gift without "đã": the month it is given in
        (
            "Riêng người cao tuổi tròn 90 tuổi và 100 tuổi được tặng quà trong tháng 6-2025",
            "2025-05-01",
            ("2025-06-01", "2025-06-30"),
        ),
        # l-lai-chau-ngay-hoi-van-hoa-mong-2021: ready by then, a time ahead
        (
            "Lai Châu: Ngày hội Văn hóa dân tộc Mông lần thứ III đã sẵn sàng vào cuối tháng "
            "12/2021",
            "2021-12-01",
            ("2021-12-21", "2021-12-31"),
        ),
        # a task assigned ("đã được giao") and a campaign launched name the time of the work
        (
            "Các đơn vị đã được giao nhiệm vụ hoàn thành trong tháng 6/2025",
            "2025-05-01",
            ("2025-06-01", "2025-06-30"),
        ),
        (
            "UBND tỉnh vừa phát động phong trào thi đua trong năm 2025",
            "2025-05-01",
            ("2025-01-01", "2025-12-31"),
        ),
    ],
)
def test_a_period_still_ahead_after_da_still_reads(
    phrase: str, issued: str, window: tuple[str, str]
) -> None:
    assert read_days(phrase, issued) == (W, *window)


# --- a list fixed "at the moment" a day ends (convention 4) -------------------------------


def test_a_list_fixed_at_the_moment_a_day_ends_is_refused() -> None:
    # zh-thanhnien-qua-quoc-khanh-100000-cham-nhat-15-9-2025 (read as due 30/08/2025 before):
    # who is alive when 30/8 ends gets the gift
    why = refused("được xác lập tại thời điểm hết ngày 30.8", ctx("2025-08-31"))
    assert "số liệu được tính đến" in why
    assert "số liệu được tính đến" in refused("Danh sách lập tại thời điểm 0 giờ ngày 01/9/2025")


# --- money drawn from a year's budget ----------------------------------------------------


def test_money_drawn_from_a_year_s_budget_is_refused() -> None:
    # zh-znews-chua-kip-nhan-qua-quoc-khanh-2025 (read as a window over 2025 before)
    phrase = (
        "Kinh phí chi trả được bố trí từ ngân sách Trung ương năm 2025 và đã được chuyển về các "
        "địa phương để triển khai"
    )
    assert "năm của ngân sách" in refused(phrase, ctx("2025-08-31"))


def test_a_plan_assigned_for_a_budget_year_still_reads() -> None:
    # a-can-tho-qd-3109-2025: the year's investment plan, its own year
    phrase = "giao kế hoạch đầu tư công nguồn ngân sách nhà nước năm 2026"
    assert read_days(phrase, "2025-12-18") == (W, "2026-01-01", "2026-12-31")


# --- a period named by the document it was issued with (convention 7) ---------------------


@pytest.mark.parametrize(
    ("phrase", "issued"),
    [
        # zh-thuvienphapluat-nam-dinh-kh-20-benh-truyen-nhiem-2025: a preamble line the page
        # broke (read as a window over 2025 before)
        (
            "năm 2025 ban hành kèm theo Quyết định số 270/QĐ-BYT ngày 22/01/2025 của Bộ trưởng",
            "2025-01-28",
        ),
        # n-btp-cuc-tgpl-chi-tieu-tro-giup-vien-2017 (its page gives no date)
        (
            "Tiếp tục triển khai Đề án đổi mới công tác trợ giúp pháp lý giai đoạn 2015 - 2025 "
            "(ban hành kèm theo Quyết định số 749/QĐ-TTg ngày 01/6/2015 của Thủ tướng Chính phủ)",
            None,
        ),
    ],
)
def test_a_period_issued_with_a_cited_document_is_refused(phrase: str, issued: str | None) -> None:
    assert "căn cứ của văn bản" in refused(phrase, ctx(issued))


def test_a_period_issued_with_this_decision_still_reads() -> None:
    # q-hethongphapluat-bct-qd-2646-khuyen-cong: the decision's own programme
    phrase = (
        "Ban hành kèm theo Quyết định này Chương trình khuyến công quốc gia giai đoạn 2026 - 2030."
    )
    assert read_days(phrase, "2025-09-23") == (W, "2026-01-01", "2030-12-31")
