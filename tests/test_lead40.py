"""The lead's fixes of session 40: what the new users of session 39 (fresh39c) saw and
nobody fixed — a day the rule moved with no word, false or empty reasons, a lunar gloss
refused on its own day, a plan-year note with no plan, notes run together."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from clirun import CLERK, kehoach
from kehoach.dates.deadline import Context, Deadline, DeadlineError, parse_deadlines
from kehoach.review.edit import _appended

BUNDLED = Path(__file__).resolve().parents[1] / "plans"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The installed `kehoach args`, as a clerk runs it."""
    return kehoach(*args, cwd=cwd, env=CLERK)


def parse_deadline(phrase: str, plan_year: int) -> tuple[Deadline, ...]:
    """`phrase` read in a plan issued on 1 January of `plan_year`."""
    return parse_deadlines(phrase, Context(issued=date(plan_year, 1, 1)))


def test_a_day_the_month_has_not_is_said_beside_the_next_due_day() -> None:
    """ "ngày 30 của tháng thứ hai của quý" falls on 28/02 (February has no 30th): the
    reading showed 28/02 with no word why; now a "Ghi chú" row and the JSON `note` say it."""
    phrase = "ngày 30 của tháng thứ hai của quý"
    shown = run("deadline", "--issued", "01/01/2027", "--as-of", "05/12/2026", phrase)
    assert shown.returncode == 0, shown.stderr
    assert "Hạn kế tiếp  28/02/2027" in shown.stdout
    assert "tháng 2/2027 không có ngày 30: hạn là ngày cuối tháng, 28/02/2027" in shown.stdout
    data = json.loads(
        run(
            "deadline",
            "--issued",
            "01/01/2027",
            "--as-of",
            "05/12/2026",
            "--format",
            "json",
            phrase,
        ).stdout
    )
    assert data["next_due"] == "2027-02-28"
    assert data["note"] == "tháng 2/2027 không có ngày 30: hạn là ngày cuối tháng, 28/02/2027"
    # a month that has the day says nothing
    may = run("deadline", "--issued", "01/01/2027", "--as-of", "01/04/2027", phrase)
    assert "Hạn kế tiếp  30/05/2027" in may.stdout
    assert "Ghi chú" not in may.stdout


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("Hoàn thành trước ngày l5/12", "l5/12"),
        ("ngày 1O/10/2027", "1O/10/2027"),
        ("trước ngày 30/6/2O27", "30/6/2O27"),
    ],
)
def test_a_letter_among_a_dates_digits_is_named(phrase: str, said: str) -> None:
    """A copy that printed "1" as "l" or "0" as "O": refused as "không nhận ra thời hạn",
    which gave the clerk no clue; now the token is named with the letter."""
    with pytest.raises(DeadlineError) as refused:
        parse_deadline(phrase, plan_year=2027)
    assert f"“{said}” có chữ cái lẫn trong chữ số" in str(refused.value)
    assert "last_day" in str(refused.value)


def test_a_start_days_weekday_is_checked_not_refused_as_no_day() -> None:
    """Hà Tĩnh's reception calendar: "bắt đầu từ 08 giờ, ngày 12 tháng 02 năm 2026 (Thứ
    Năm)" was refused as "thứ trong tuần chỉ đi với một ngày cụ thể"; 12/02/2026 is a
    Thursday. A wrong weekday is still refused, and a month's start has no weekday."""
    (one,) = parse_deadline(
        "bắt đầu từ 08 giờ, ngày 12 tháng 02 năm 2026 (Thứ Năm)", plan_year=2026
    )
    assert (one.earliest, one.last, one.time) == (date(2026, 2, 12), None, "08:00")
    with pytest.raises(DeadlineError, match="là Thứ Năm, không phải Thứ Sáu"):
        parse_deadline("từ ngày 12/02/2026 (Thứ Sáu)", plan_year=2026)
    with pytest.raises(DeadlineError, match="chỉ đi với một ngày cụ thể"):
        parse_deadline("từ tháng 02 năm 2026 (Thứ Năm)", plan_year=2026)


def test_a_second_day_after_the_part_read_is_refused_without_an_empty_quote() -> None:
    """ "Ngày 1/12 trở đi, … trước ngày 10/12" quoted “” for the part read."""
    with pytest.raises(DeadlineError) as refused:
        parse_deadline(
            "Ngày 1/12 trở đi, các đại biểu tiếp xúc cử tri, trước ngày 10/12", plan_year=2026
        )
    assert "“”" not in str(refused.value)
    assert "(“10/12”)" in str(refused.value)


def test_ram_thang_gieng_is_the_fifteenth_checked_against_the_day() -> None:
    """ "(rằm tháng Giêng)" beside 12/02/2025 (15 tháng Giêng Ất Tỵ) was refused; it now
    reads as "(15 tháng Giêng)" does, and a day that is not the full moon is refused."""
    (one,) = parse_deadline("ngày 12/02/2025 (rằm tháng Giêng)", plan_year=2025)
    assert one.last == date(2025, 2, 12)
    assert one.gloss == "rằm tháng Giêng"
    with pytest.raises(DeadlineError, match="16 tháng 1 năm Ất Tỵ"):
        parse_deadline("ngày 13/02/2025 (rằm tháng Giêng)", plan_year=2025)


def test_a_year_found_by_lunar_names_never_claims_the_plans_issue_year() -> None:
    """Without --issued there is no plan's year; the reading said "năm 2024 lấy theo năm
    ban hành kế hoạch" beside the year the lunar names gave."""
    shown = run("deadline", "ngày 10/2 (mùng 1 Tết Giáp Thìn)")
    assert shown.returncode == 0, shown.stderr
    assert "hạn cuối 10/02/2024" in shown.stdout
    assert "năm ban hành kế hoạch" not in shown.stdout
    assert "năm 2024: năm dương lịch duy nhất khớp mọi chú thích âm lịch" in shown.stdout


def test_a_note_after_one_with_no_stop_is_its_own_sentence(tmp_path: Path) -> None:
    """Two `assign --note` on one task ran the documents together ("Theo Công văn số
    45/UBND-TH Theo Công văn số 52/UBND-TH"); a stop now parts them, in the file."""
    assert _appended("Theo Công văn số 45/UBND-TH", "Theo CV 52") == (
        "Theo Công văn số 45/UBND-TH. Theo CV 52"
    )
    assert _appended("Xong.", "Theo CV 52") == "Xong. Theo CV 52"
    root = tmp_path
    shutil.copytree(BUNDLED, root / "plans", ignore=shutil.ignore_patterns("sources"))
    for lead, note in (
        ("so noi vu", "Theo Công văn số 45/UBND-TH"),
        ("so tai chinh", "Theo CV 52"),
    ):
        done = run("assign", "348/9", "--lead", lead, "--note", note, cwd=root)
        assert done.returncode == 0, done.stderr
    text = (root / "plans" / "kh-348-2022.yaml").read_text(encoding="utf-8")
    assert "Theo Công văn số 45/UBND-TH. Theo CV 52" in " ".join(text.split())


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Trước ngày 04/02/2027 (tức 28 tháng Chạp)", "04/02/2027"),
        ("Ngày 10/02/2027 (tức mùng 5 tháng Giêng năm Đinh Mùi)", "10/02/2027"),
        ("Đêm Giao thừa (ngày 05/02/2027)", "05/02/2027"),
        ("Trước ngày 02/9/2027 (Quốc khánh)", "02/09/2027"),
    ],
)
def test_a_day_off_named_by_what_it_is_is_kept(phrase: str, day: str) -> None:
    """fresh40: a day printed with its lunar date or as the holiday it is was moved to the
    working day after (the Tết visit "trước ngày 04/02/2027 (tức 28 tháng Chạp)" due on
    11/02, mùng 6), while the same day with its weekday was kept. The document names the
    day off it sets, as with a weekday: kept, and the "Ghi chú" row says why."""
    shown = run("deadline", "--issued", "25/11/2026", phrase)
    assert shown.returncode == 0, shown.stderr
    assert "Đến hạn" not in shown.stdout
    assert f"{day} là ngày nghỉ lễ" in shown.stdout
    assert "nên giữ ngày này, không lùi sang ngày làm việc" in shown.stdout


def test_a_day_off_not_named_by_what_it_is_still_rolls() -> None:
    """The neighbours: no name, or a holiday's name that is not that day's."""
    for phrase, due in (
        ("Trước ngày 04/02/2027", "11/02/2027"),
        ("Trước ngày 03/9/2027 (Quốc khánh)", "06/09/2027"),
    ):
        shown = run("deadline", "--issued", "25/11/2026", phrase)
        assert f"Đến hạn   {due}" in shown.stdout, shown.stdout


def test_a_yearly_report_due_in_january_names_no_year_it_reports_on() -> None:
    """fresh40: "Báo cáo năm trước ngày 10/01 hằng năm" named its 10/01/2027 due day "năm
    2027", so the 2026 report could not be marked sent; a yearly rule due in the first
    quarter may close the year ended or open the one begun, as a quarterly rule due in a
    quarter's first month: each due day is named by itself. A December one keeps its year,
    and the words that say the year before give it (Thông tư 03/2015/TT-BTTTT)."""

    def period(phrase: str) -> object:
        shown = run("deadline", "--standing", "--issued", "01/03/2026", "--format", "json", phrase)
        assert shown.returncode == 0, shown.stderr
        return json.loads(shown.stdout)["next_period"]

    assert period("Báo cáo năm trước ngày 10/01 hằng năm") == "kỳ hạn 10/01/2027"
    assert period("Báo cáo năm trước ngày 15/12 hằng năm") == "năm 2026"
    said = "Báo cáo cả năm gửi trước ngày 10/01 của năm liền kề năm báo cáo"
    assert period(said) == "năm 2026"


def test_reschedule_takes_a_count_from_another_task(tmp_path: Path) -> None:
    """fresh40: `reschedule … "Trong 15 ngày làm việc sau khi nhiệm vụ 5 hoàn thành"` was
    refused ("có số chưa đọc được") though the plan reads that phrase in its file."""
    root = tmp_path
    shutil.copytree(BUNDLED, root / "plans", ignore=shutil.ignore_patterns("sources"))
    phrase = "Trong 15 ngày làm việc sau khi nhiệm vụ 5 hoàn thành"
    done = run(
        "reschedule", "348/6", phrase, "--on", "01/07/2022", "--reason", "Theo CV 9", cwd=root
    )
    assert done.returncode == 0, done.stderr
    text = (root / "plans" / "kh-348-2022.yaml").read_text(encoding="utf-8")
    assert phrase in text
    assert run("validate", cwd=root).returncode == 0


def test_assign_never_sends_the_clerk_to_a_fmt_that_refuses(tmp_path: Path) -> None:
    """fresh40: with a comment inside a flow list, `assign` said "chạy `kehoach fmt` rồi
    thử lại" and `fmt` said "hãy sửa tay": a loop. Now `assign` says fmt cannot either,
    and the file is left as it was."""
    root = tmp_path
    shutil.copytree(BUNDLED, root / "plans", ignore=shutil.ignore_patterns("sources"))
    plan = root / "plans" / "kh-348-2022.yaml"
    text = plan.read_text(encoding="utf-8").replace(
        "    lead:\n      - Thường trực Ban Chỉ đạo tỉnh\n      - Tổ Biên tập của tỉnh\n",
        "    lead: [Thường trực Ban Chỉ đạo tỉnh,   # chủ trì chính\n      Tổ Biên tập của tỉnh]\n",
        1,
    )
    plan.write_text(text, encoding="utf-8")
    assert run("fmt", str(plan), cwd=root).returncode != 0
    refused = run("assign", "348/7", "--lead", "so noi vu", cwd=root)
    assert refused.returncode == 2
    assert "`kehoach fmt` cũng không định dạng lại được" in refused.stderr
    assert "hãy sửa tay nhiệm vụ '7'" in refused.stderr
    assert plan.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    "phrase",
    [
        "Triển lãm khai mạc ngày 10/12/2026 kéo dài đến ngày 20/12/2026",
        "Triển lãm khai mạc ngày 10/12/2026 và kéo dài đến ngày 20/12/2026",
        "Triển lãm khai mạc ngày 10/12/2026, kéo dài đến hết ngày 20/12/2026",
    ],
)
def test_an_opening_and_how_long_it_lasts_is_one_window(phrase: str) -> None:
    """Ruling (e) of session 39 made one: "khai mạc … kéo dài đến …" was one window (r-hodo-
    hatinh-giai-bong-da-thieu-nien-2024) but with "và" or a comma two steps due, the
    opening and the closing. An event held over its days is one window however joined."""
    (one,) = parse_deadline(phrase, plan_year=2026)
    assert (one.kind.value, one.first, one.last) == (
        "window",
        date(2026, 12, 10),
        date(2026, 12, 20),
    )


def test_an_opening_lasting_over_a_year_is_refused_however_joined() -> None:
    """With "và", "khai mạc ngày 10/12/2026 và kéo dài đến ngày 20/12/2027" read two steps,
    the second a year late if a year was typed wrong (fresh39b's case without "và")."""
    for joint in (" ", " và "):
        with pytest.raises(DeadlineError, match="hơn một năm"):
            parse_deadline(
                f"Triển lãm khai mạc ngày 10/12/2026{joint}kéo dài đến ngày 20/12/2027",
                plan_year=2026,
            )


@pytest.mark.parametrize(
    ("number_format", "shown"),
    [
        ("yyyy", "2027"),
        ('"Năm "yyyy', "Năm 2027"),
        ("yy", "27"),
        ("mm", "04"),
        ("dd", "30"),
        ('"Từ ngày "dd/mm/yyyy', "Từ ngày 30/04/2027"),
        ('"Sau ngày "dd/mm/yyyy', "Sau ngày 30/04/2027"),
        ("yyyy-mm-dd", "30/04/2027"),
        ("mmm d, yyyy", "30/04/2027"),
        ("[$-42A]dddd, dd/mm/yyyy", "Thứ Sáu, 30/04/2027"),
        ("dd/mm/yyyy;@", "30/04/2027"),
    ],
)
def test_a_date_cell_is_what_its_number_format_shows(number_format: str, shown: str) -> None:
    """fresh40b: a cell of 30/04/2027 shown "Năm 2027" ('"Năm "yyyy') or "2027" was
    imported "04/2027", due 30/04 instead of 31/12; one shown "Từ ngày 30/04/2027" lost its
    "Từ ngày" and became a deadline; "04" and "30" gained a day and a year."""
    from kehoach.review.numberformat import shown_date

    assert shown_date(date(2027, 4, 30), number_format) == shown


def test_an_imported_year_cell_reads_as_the_year_and_a_start_stays_no_deadline(
    tmp_path: Path,
) -> None:
    """The same through `import`: the year cell reads 31/12/2027; the start bound is listed
    as not read, not written as a deadline of 30/04/2027."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"])
    for number, shown in enumerate(('"Năm "yyyy', '"Từ ngày "dd/mm/yyyy'), start=1):
        sheet.append([str(number), f"Việc {number}", "Sở Tài chính", date(2027, 4, 30)])
        sheet.cell(sheet.max_row, 4).number_format = shown
    book.save(tmp_path / "bang.xlsx")
    done = run(
        "import", "bang.xlsx", "-o", "plans/kh-1-2026.yaml", "--issuer", "UBND tỉnh Nghệ An",
        "--title", "Thử", "--issued", "20/11/2026", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "nhiệm vụ 2: thời hạn 'Từ ngày 30/04/2027'" in done.stderr
    text = (tmp_path / "plans" / "kh-1-2026.yaml").read_text(encoding="utf-8")
    assert 'deadline: "Năm 2027"' in text
    status = json.loads(
        run("status", "--as-of", "01/12/2026", "--format", "json", cwd=tmp_path).stdout
    )
    dues = {row["task_id"]: row["due"] for row in status["items"]}
    assert dues == {"1": "2027-12-31", "2": None}, dues  # a start bound: no due day


def test_a_reason_or_document_of_punctuation_alone_is_refused(tmp_path: Path) -> None:
    """fresh40b: `reschedule … --reason "." --ref "-"` passed, and so did `diff
    --require-reasons`: the CI check that every move says why and by which document, met
    by punctuation. Refused in the command (exit 2, no traceback) and in a hand-written
    file (`validate`, file:line)."""
    root = tmp_path
    shutil.copytree(BUNDLED, root / "plans", ignore=shutil.ignore_patterns("sources"))
    plan = root / "plans" / "kh-348-2022.yaml"
    before = plan.read_text(encoding="utf-8")
    moved = ("reschedule", "348/6", "Trước ngày 18/12/2026", "--on", "01/07/2022")
    refused = run(*moved, "--reason", ".", "--ref", "CV 5/UBND", cwd=root)
    assert refused.returncode == 2
    assert "--reason: “.” chỉ có dấu câu" in refused.stderr
    refused = run(*moved, "--reason", "Theo đề nghị", "--ref", "-", cwd=root)
    assert refused.returncode == 2
    assert "--ref: “-” chỉ có dấu câu" in refused.stderr
    assert plan.read_text(encoding="utf-8") == before
    done = run(*moved, "--reason", "Theo đề nghị", "--ref", "CV 5/UBND", cwd=root)
    assert done.returncode == 0, done.stderr
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("reason: Theo đề nghị", 'reason: "."'),
        encoding="utf-8",
    )
    checked = run("validate", cwd=root)
    assert checked.returncode == 1
    assert "history thứ 1 › reason': “.” chỉ có dấu câu" in checked.stdout + checked.stderr


def test_a_day_and_its_count_that_disagree_are_an_error_until_last_day_says(
    tmp_path: Path,
) -> None:
    """fresh40b: "Ngày 05/3/2027 (75 ngày trước ngày bầu cử)" with the election on
    16/05/2027 (75 days before: 02/03/2027) was a warning, `validate` exit 0, and `status`
    counted 05/03, three days after the law's day. An error, as a weekday that is not the
    day's; a last_day written beside the phrase settles it (a warning)."""
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(
        "schema: 1\njurisdiction: Nghệ An\nagencies: []\n", encoding="utf-8"
    )
    plan = plans / "kh-9-2026.yaml"
    head = (
        "schema: 1\nid: kh-9-2026\nnumber: 9/KH-UBND\ntitle: Bầu cử\nissuer: UBND tỉnh Nghệ An\n"
        "jurisdiction: Nghệ An\nissued: 2026-11-20\nsource:\n  document: tests\n  complete: true\nevents:\n  - name: ngày bầu cử\n    day: 16/05/2027\ntasks:\n"
        "  - id: '1'\n    title: Niêm yết danh sách cử tri\n    lead: [Sở Nội vụ]\n"
    )
    # ... in either order of the count and its event (fresh40c: the second was never checked)
    for phrase in (
        "Ngày 05/3/2027 (trước ngày bầu cử 75 ngày)",
        "Ngày 05/3/2027 (75 ngày trước ngày bầu cử)",
    ):
        plan.write_text(head + f'    deadline: "{phrase}"\n', encoding="utf-8")
        checked = run("validate", cwd=tmp_path)
        assert checked.returncode == 1, phrase
        said = checked.stdout + checked.stderr
        assert "error" in said
        assert "[gloss-disagrees]" in said
        assert "ghi last_day theo ngày văn bản muốn nói" in said
    plan.write_text(
        head + f'    deadlines:\n      - phrase: "{phrase}"\n        last_day: 2027-03-02\n',
        encoding="utf-8",
    )
    settled = run("validate", cwd=tmp_path)  # the count's day written: only a note
    assert settled.returncode == 0, settled.stdout + settled.stderr
    assert "[gloss-disagrees]" not in settled.stdout + settled.stderr
    assert "[override-differs]" in settled.stdout + settled.stderr


def test_a_commit_is_dated_by_vietnams_clock(tmp_path: Path) -> None:
    """fresh40b: a hand edit committed at 18:30 UTC on 31/12/2026 (01:30 on 01/01/2027 in
    Vietnam) was counted in 2026 by `slips` and left out of `--from 01/01/2027`, and `log`
    dated it 31/12/2026, while `status` says today is a Vietnamese day."""
    root = tmp_path
    shutil.copytree(BUNDLED, root / "plans", ignore=shutil.ignore_patterns("sources"))

    def commit(message: str, when: str) -> None:
        environ = {
            **os.environ,
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_AUTHOR_NAME": "Lê Thị Hoa",
            "GIT_AUTHOR_EMAIL": "hoa@example.vn",
            "GIT_COMMITTER_NAME": "Lê Thị Hoa",
            "GIT_COMMITTER_EMAIL": "hoa@example.vn",
            "GIT_AUTHOR_DATE": when,
            "GIT_COMMITTER_DATE": when,
        }
        for args in (("add", "-A"), ("commit", "-qm", message)):
            subprocess.run(["git", *args], cwd=root, env=environ, check=True)

    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    commit("KH 348", "2026-06-01T09:00:00+0700")
    plan = root / "plans" / "kh-348-2022.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace('"Trước 15/8/2022"', '"Trước 15/9/2022"', 1), encoding="utf-8")
    commit("sửa tay", "2026-12-31T18:30:00+0000")
    shown = run("slips", "--from", "01/01/2027", "--to", "31/12/2027", "--format", "json", cwd=root)
    assert shown.returncode == 0, shown.stderr
    moves = json.loads(shown.stdout)["moves"]
    assert len(moves) == 1, moves
    assert "2027-01-01" in json.dumps(moves[0])
    earlier = run(
        "slips", "--from", "01/01/2026", "--to", "31/12/2026", "--format", "json", cwd=root
    )
    assert json.loads(earlier.stdout)["moves"] == []


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("Hằng tháng, tổ chức giao ban vào ngày đầu tháng", "“tháng” đứng trước thời hạn"),
        ("Tổ chức giao ban vào đầu tháng hằng tháng", "“tháng”"),
        ("tổ chức hội nghị sơ kết giữa năm hằng năm", "“năm”"),
        ("Hằng năm, tổ chức kỷ niệm Ngày Quốc khánh", "nêu ngày của mỗi lần"),
        ("Hằng năm, hưởng ứng Ngày Pháp luật Việt Nam", "nêu ngày của mỗi lần"),
        ("Hằng năm, tổ chức Tháng hành động vì trẻ em", "nêu ngày của mỗi lần"),
        ("Hằng năm, tổ chức kỷ niệm ngày thành lập Đảng Cộng sản Việt Nam", "nêu ngày của mỗi"),
        ("Hằng quý, tổ chức tiếp xúc cử tri trước kỳ họp", "“trước kỳ họp” đặt ngày"),
        ("Tổ chức tiếp xúc cử tri trước kỳ họp hằng quý", "“trước kỳ họp” đặt ngày"),
        ("Hằng năm, báo cáo kết quả năm trước", "“năm trước” đặt ngày của mỗi lần"),
    ],
)
def test_a_bare_cadence_whose_words_set_the_day_is_refused(phrase: str, said: str) -> None:
    """fresh40c, on the merged branch: a cadence opening the sentence made "Hằng tháng, tổ
    chức giao ban vào ngày đầu tháng" due on each month's last day, and "Hằng năm, tổ chức
    kỷ niệm Ngày Quốc khánh" on 31/12; with the cadence after the words ("… vào đầu tháng
    hằng tháng") the same was read on cfbdd69e. A part of the period ("đầu", "giữa"), an
    occasion with its own day, another event ("trước kỳ họp") or the period before set a
    day the bare cadence's last day is not."""
    with pytest.raises(DeadlineError, match=said):
        parse_deadline(phrase, plan_year=2026)


def test_a_bare_cadence_with_words_that_set_no_day_still_reads() -> None:
    """The neighbours: the corpus's "Hằng năm, tổ chức ít nhất 2 cuộc giám sát …"
    (zc-baomoi), a festival held each year (y-hai-duong), the period's end said."""
    for phrase in (
        "Hằng năm, tổ chức ít nhất 2 cuộc giám sát và 2 cuộc phản biện xã hội, đảm bảo 100% "
        "nội dung kế hoạch được thực hiện hiệu quả",
        "- Tổ chức Lễ hội truyền thống hàng năm nhằm giáo dục truyền thống",
        "Tổ chức hội nghị cuối năm hằng năm",
    ):
        (one,) = parse_deadline(phrase, plan_year=2026)
        assert one.rrule == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1", (phrase, one.rrule)
