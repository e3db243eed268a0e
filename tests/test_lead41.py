"""The lead's fixes of session 41: what the new users of session 40 (fresh40c) saw and
nobody fixed — filler reasons, a yearly report on the year before named by its due day's
year."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from clirun import CLERK, kehoach
from kehoach.dates.deadline import Context, DeadlineError, parse_deadlines
from kehoach.dates.reading import series_of
from kehoach.dates.recurrence import occurrence
from kehoach.plan.model import Change

BUNDLED = Path(__file__).resolve().parents[1] / "plans"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The installed `kehoach args`, as a clerk runs it."""
    return kehoach(*args, cwd=cwd, env=CLERK)


def change(reason: str, decided_by: str | None = None) -> Change:
    return Change.model_validate(
        {"date": "01/07/2022", "from": "Trước 30/6", "to": "Trước 30/9", "reason": reason,
         "decided_by": decided_by}
    )  # fmt: skip


@pytest.mark.parametrize(
    ("reason", "said"),
    [
        ("x", "“x” là chữ điền cho có"),
        ("0", "“0” là chữ điền cho có"),
        ("n/a", "“n/a” là chữ điền cho có"),
        ("TBD", "“TBD” là chữ điền cho có"),
        # a zero-width space alone was quoted as “” (it prints nothing)
        ("\u200b", "“<U+200B>” chỉ có dấu câu"),
        ("  ", "chỉ có dấu cách"),
    ],
)
def test_a_filler_reason_is_refused_and_shown(reason: str, said: str) -> None:
    """fresh40c: "x", "0" and "n/a" passed as the reason a deadline moved, so
    `diff --require-reasons` (the CI check that every move says why) was met by a filler."""
    with pytest.raises(ValidationError) as refused:
        change(reason)
    assert said in str(refused.value)
    with pytest.raises(ValidationError):
        change("Theo đề nghị của Sở Nội vụ", decided_by=reason)


@pytest.mark.parametrize("reason", ["Có", "Lùi do bão số 3", "QĐ 12"])
def test_a_short_reason_that_says_something_is_kept(reason: str) -> None:
    assert change(reason, decided_by="CV 5/UBND").reason == reason


def test_reschedule_refuses_a_filler_reason_and_writes_nothing(tmp_path: Path) -> None:
    shutil.copytree(BUNDLED, tmp_path / "plans", ignore=shutil.ignore_patterns("sources"))
    plan = tmp_path / "plans" / "kh-348-2022.yaml"
    before = plan.read_bytes()
    moved = ("reschedule", "348/6", "Trước ngày 18/12/2026", "--on", "01/07/2022")
    refused = run(*moved, "--reason", "x", cwd=tmp_path)
    assert refused.returncode == 2
    assert "--reason: “x” là chữ điền cho có" in refused.stderr
    assert plan.read_bytes() == before


def occurrence_named(phrase: str, due: date) -> str:
    """The period the occurrence of `phrase` due on `due` reports on."""
    (deadline,) = parse_deadlines(phrase, Context(issued=date(2026, 1, 15)))
    assert deadline.recurrence is not None
    return occurrence(series_of(deadline.recurrence), due).period


def test_a_yearly_report_on_the_year_before_names_that_year() -> None:
    """fresh40c: "Báo cáo quyết toán năm trước trước ngày 30/4 hằng năm" named its day of
    30/04/2027 "năm 2027", so `done --period "năm 2026"` (the settlement of 2026 it is) was
    refused. The step's "năm trước" puts each due day in the year before its own."""
    # tests/corpus/k-hcm-tcvg-cong-khai-tai-chinh.yaml
    real = (
        "Báo cáo công khai quyết toán năm trước, gửi Sở Tài chính trước ngày 01 tháng 10 hàng năm."
    )
    assert occurrence_named(real, date(2027, 10, 1)) == "năm 2026"
    doubled = "Báo cáo quyết toán năm trước trước ngày 30/4 hằng năm"
    assert occurrence_named(doubled, date(2027, 4, 30)) == "năm 2026"
    # "năm trước ngày 30/4": the year's report due before the day; the words do not say
    # which year, and a day in April reports on its own by convention (`usual_offset`)
    assert occurrence_named(
        "Báo cáo quyết toán năm trước ngày 30/4 hằng năm", date(2027, 4, 30)
    ) == ("năm 2027")


def test_a_tet_day_of_a_year_with_no_notice_is_said_projected(tmp_path: Path) -> None:
    """fresh41: a due day rolled past 06/02/2027, or a count of working days skipping
    04-10/02/2027, took the `holidays` package's days of Tết 2027 with no word that no notice
    has set them yet (the Prime Minister does, each year: Bộ luật Lao động 2019, Điều 112.3);
    README says so, the output did not. Once calendar.yaml records 2027, it says nothing."""
    shutil.copytree(BUNDLED, tmp_path / "plans", ignore=shutil.ignore_patterns("sources"))
    phrase = ("deadline", "--issued", "28/01/2027", "Trước ngày 06/02/2027")
    shown = run(*phrase, cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "Đến hạn   11/02/2027" in shown.stdout
    assert "Tết Nguyên Đán — dự kiến, chưa có thông báo năm 2027" in shown.stdout
    # fixed holidays are the law's own days: 30/04/2027 says no such thing
    fixed = run("deadline", "--issued", "28/01/2027", "Trước ngày 30/4/2027", cwd=tmp_path)
    assert "(Ngày Chiến thắng)" in fixed.stdout and "dự kiến" not in fixed.stdout
    calendar = tmp_path / "plans" / "calendar.yaml"
    calendar.write_text(calendar.read_text(encoding="utf-8") + "  2027: {}\n", encoding="utf-8")
    recorded = run(*phrase, cwd=tmp_path)
    assert recorded.returncode == 0, recorded.stderr
    assert "Đến hạn   11/02/2027" in recorded.stdout
    assert "dự kiến" not in recorded.stdout


def test_stdin_counts_from_the_issue_day_as_a_phrase_given_alone_does(tmp_path: Path) -> None:
    """fresh41: `deadline --issued 28/01/2027 -` said "không có ngày cố định" for a count
    from the plan's issue day that the same phrase given alone counts to 18/02/2027: a
    clerk checking a document's column through stdin was told there was no day."""
    phrase = "trong vòng 10 ngày làm việc kể từ ngày ban hành Kế hoạch"
    alone = run("deadline", "--issued", "28/01/2027", "-f", "json", phrase, cwd=tmp_path)
    assert json.loads(alone.stdout)["due"] == "2027-02-18"
    lines = kehoach(
        "deadline", "--issued", "28/01/2027", "-f", "json", "-",
        cwd=tmp_path, env=CLERK, stdin=f"{phrase}\nTrước ngày 15/3/2027\n",
    )  # fmt: skip
    assert lines.returncode == 0, lines.stderr
    counted, dated = (json.loads(line) for line in lines.stdout.splitlines())
    assert counted["due"] == "2027-02-18" and counted["anchor_words"] == "ngày ban hành Kế hoạch"
    assert dated["last"] == "2027-03-15"


# --- what fresh41b found on the merged branch ------------------------------------------


def issued(day: str) -> Context:
    return Context(issued=date.fromisoformat(day))


@pytest.mark.parametrize(
    "phrase",
    [
        # https://baolangson.vn/du-lich/126839-to-chuc-le-gio-to-hung-vuong-cap-quoc-gia-10-nam-lan.html
        "tổ chức Giỗ Tổ Hùng Vương – Lễ hội Đền Hùng hàng năm",  # 10/3 âm lịch
        "Hằng năm, tổ chức Lễ Vu Lan báo hiếu",  # 15/7 âm lịch
        "Hằng năm, tổ chức sơ kết học kỳ I",  # January
        "Hằng năm, tổ chức tháng hành động vì trẻ em",  # June, in lower case
    ],
)
def test_a_yearly_feast_or_school_stage_with_no_day_is_refused(phrase: str) -> None:
    """Each fell due on 31/12 (a bare "hằng năm"'s convention) though it has its own day in
    the year: the rule cannot hold it, so the phrase is refused with the way out."""
    with pytest.raises(DeadlineError, match="nêu ngày của mỗi lần"):
        parse_deadlines(phrase, issued("2023-03-28"))


def test_a_street_named_le_is_no_feast() -> None:
    (rule,) = parse_deadlines("Hằng năm, báo cáo tình hình đường Lê Lợi", issued("2023-03-28"))
    assert rule.rrule == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1"


def test_a_day_told_with_hom_is_never_put_in_a_later_year() -> None:
    """ "hôm 23/11" tells a day gone by: on a page of 05/01/2026 it was 23/11/2025, but the
    year the plan lends made it 23/11/2026. Refused; on a page two days after, it reads."""
    with pytest.raises(DeadlineError, match="“hôm …” kể một ngày đã qua"):
        parse_deadlines("Họp tổng kết hôm 23/11", issued("2026-01-05"))
    # tests/corpus/zq-vnexpress-trao-giai-anh-di-san-viet-nam-2025.yaml (page of 25/11/2025)
    real = (
        "Lễ trao giải Cuộc thi Ảnh Di sản Việt Nam 2025 tổ chức tại Bảo tàng Tôn Đức Thắng, TP "
        "HCM hôm 23/11, nhân kỷ niệm 20 năm Ngày Di sản Văn hóa Việt Nam"
    )
    (day,) = parse_deadlines(real, issued("2025-11-25"))
    assert day.last == date(2025, 11, 23)


def test_the_year_before_named_before_a_verb_is_the_period_reported() -> None:
    """ "Báo cáo quyết toán năm trước gửi trước ngày 30/4 hằng năm" named 30/04/2027 "năm 2027":
    the verb between "năm trước" and the day hid it."""
    phrase = "Báo cáo quyết toán năm trước gửi trước ngày 30/4 hằng năm"
    assert occurrence_named(phrase, date(2027, 4, 30)) == "năm 2026"
    monthly = "Báo cáo kết quả thực hiện tháng trước gửi trước ngày 05 hằng tháng"
    assert occurrence_named(monthly, date(2027, 1, 5)) == "tháng 12/2026"


@pytest.mark.parametrize("reason", ["N/A.", "n.a.", "TBD.", "không có.", "N / A", "Ｎ/Ａ", "ok"])
def test_a_filler_with_its_dots_or_spaces_is_still_a_filler(reason: str) -> None:
    with pytest.raises(ValidationError, match="là chữ điền cho có"):
        change(reason)


def test_a_week_number_is_the_week_of_most_of_its_span() -> None:
    """ "13 (30/3/2025 - 5/4/2025)": a Sunday of ISO week 13, then six days of week 14; only
    the first day was checked. The real phrase (v-sovhttdl, Monday to Sunday) still reads."""
    with pytest.raises(DeadlineError):
        parse_deadlines("13 (30/3/2025 - 5/4/2025)", issued("2025-03-24"))
    (week,) = parse_deadlines("13 (24/3/2025 - 30/3/2025)", issued("2025-03-24"))
    assert (week.first, week.last) == (date(2025, 3, 24), date(2025, 3, 30))


def test_the_weekly_days_off_counted_must_be_the_windows_weekend() -> None:
    """tests/corpus/v-thanhphuoc-vinh-long-nghi-le-treo-co-2022.yaml: Thursday 01/9 to Sunday
    04/9/2022 holds two weekend days; "03 ngày … nghỉ hàng tuần" was accepted."""
    head = (
        "Cán bộ, công chức, viên chức và người lao động trong cơ quan được nghỉ 04 ngày, từ thứ "
        "Năm ngày 01/9/2022 đến Chủ nhật ngày 04/9/2022 (trong đó, "
    )
    real = head + "02 ngày nghỉ lễ dịp Quốc khánh và 02 ngày là ngày nghỉ hàng tuần)"
    (window,) = parse_deadlines(real, issued("2022-08-25"))
    assert (window.first, window.last) == (date(2022, 9, 1), date(2022, 9, 4))
    wrong = head + "01 ngày nghỉ lễ dịp Quốc khánh và 03 ngày là ngày nghỉ hàng tuần)"
    with pytest.raises(DeadlineError, match="không khớp khoảng"):
        parse_deadlines(wrong, issued("2022-08-25"))


def test_rounds_announced_must_be_the_days_listed() -> None:
    """tests/corpus/zp-baoquangnam-hoi-an-hien-mau-2025.yaml: "3 đợt … vào ngày 20/2, 10/7 và 13/11" reads three days;
    "2 đợt" before the same three days was read as three, with no word."""
    tail = " hiến máu tình nguyện tập trung trong năm 2025 vào ngày 20/2, 10/7 và 13/11"
    assert len(parse_deadlines(f"TP.Hội An sẽ tổ chức 3 đợt{tail}", issued("2025-01-10"))) == 3
    with pytest.raises(DeadlineError, match="câu báo 2 đợt nhưng kể 3 ngày"):
        parse_deadlines(f"TP.Hội An sẽ tổ chức 2 đợt{tail}", issued("2025-01-10"))
