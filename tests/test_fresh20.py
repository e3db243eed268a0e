"""What the `fresh20` helper's clerk (Sở Nội vụ of a province merged in 2025, 2026-12-02)
found left by fresh19, and met in a week's work: the bundled plans, and the two 2026 plans
of tests/fixtures/fresh17/ (Sơn La's Kế hoạch 02-KH/BCĐ; Đồng Nai's plan for Nghị quyết
424/NQ-CP) beside them. Each test is a step of the week and the answer the clerk should
have had; each runs the installed command."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from clirun import CLERK, kehoach
from gitrun import git
from kehoach.dates.deadline import parse_deadline
from kehoach.render.diff import edit_words
from kehoach.review.diff import FieldEdit

ROOT = Path(__file__).parents[1]
BUNDLED = ROOT / "plans"
FIXTURES = Path(__file__).parent / "fixtures" / "fresh17"
DONG_NAI = "dong-nai-kh-424-2026"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return kehoach(*args, cwd=cwd, env=CLERK)


def office(tmp_path: Path) -> Path:
    """The bundled plans (Nghệ An, with its registry and calendar) and the Sơn La and Đồng
    Nai plans in one plans/ folder."""
    plans = tmp_path / "plans"
    shutil.copytree(BUNDLED, plans, ignore=shutil.ignore_patterns("sources"))
    for name in ("son-la-kh-02-bcd-2026.yaml", f"{DONG_NAI}.yaml"):
        shutil.copy(FIXTURES / name, plans / name)
    return tmp_path


# --- 1. validate's closing line: plans, and the files beside them -----------------------


def test_validate_counts_plans_and_names_the_registry_and_calendar(tmp_path: Path) -> None:
    """It said "5 tệp, 3 kế hoạch": two files a clerk could not name, maybe plans that did
    not load. Now the plans, then what else was checked, by name."""
    whole = run("validate", "plans", cwd=ROOT)
    assert whole.returncode == 0
    assert whole.stderr == (
        "3 kế hoạch (3 hợp lệ, 0 có lỗi), 39 nhiệm vụ, cùng danh mục cơ quan (agencies.yaml) "
        "và lịch ngày nghỉ (calendar.yaml): 0 lỗi, 0 cảnh báo\n"
    )
    named = run("validate", "plans/kh-348-2022.yaml", "plans/agencies.yaml", cwd=ROOT)
    assert named.stderr.startswith("1 kế hoạch (1 hợp lệ, 0 có lỗi), 21 nhiệm vụ, cùng danh mục")
    assert "tệp" not in named.stderr


def test_validate_without_registry_or_calendar_names_neither(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(FIXTURES / f"{DONG_NAI}.yaml", plans)
    done = run("validate", cwd=tmp_path)
    assert done.stderr.splitlines()[-1] == (
        "1 kế hoạch (0 hợp lệ, 1 có lỗi), 2 nhiệm vụ: 1 lỗi, 0 cảnh báo"
    )


def test_a_plan_file_that_does_not_load_counts_as_a_plan_with_an_error(tmp_path: Path) -> None:
    root = office(tmp_path)
    (root / "plans" / "kh-hong.yaml").write_text("schema: 1\nid: [\n", encoding="utf-8")
    done = run("validate", cwd=root)
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1].startswith("6 kế hoạch (5 hợp lệ, 1 có lỗi), ")


# --- 2. a suggestion for an unknown agency comes from the plans' own provinces ----------


def test_a_suggestion_for_one_plan_comes_from_its_province_only(tmp_path: Path) -> None:
    """`--plan` of Đồng Nai with a misspelt name was offered "Sở Tài chính" (Nghệ An's
    registry entry, its province unsaid) and Sơn La's Sở Tài chính."""
    root = office(tmp_path)
    done = run("status", "--plan", DONG_NAI, "--agency", "Sở Tài chánh", cwd=root)
    assert done.returncode == 2
    assert done.stderr == (
        "kehoach: không có cơ quan 'Sở Tài chánh' trong danh mục; "
        "có phải: Sở Tài chính tỉnh Đồng Nai?\n"
    )


def test_suggestions_over_several_provinces_say_whose_each_is(tmp_path: Path) -> None:
    root = office(tmp_path)
    done = run("status", "--agency", "Sở Tài chánh", cwd=root)
    assert done.returncode == 2
    assert "có phải: Sở Tài chính (Nghệ An), Sở Tài chính tỉnh Đồng Nai, " in done.stderr
    assert "Sở Tài chính tỉnh Sơn La" in done.stderr
    # plans of one province: its registry's name needs no province
    alone = run("status", "--plan", "348", "--agency", "Sở Tài chánh", cwd=root)
    assert "có phải: Sở Tài chính?" in alone.stderr


# --- 3. an empty phrase says what to type -----------------------------------------------


def test_an_empty_phrase_says_what_to_type(tmp_path: Path) -> None:
    for phrase in ("", "   "):
        done = run("deadline", phrase, cwd=tmp_path)
        assert done.returncode == 2, phrase
        assert done.stdout == ""
        assert done.stderr.startswith("kehoach: cụm từ thời hạn để trống: gõ cụm từ")
        assert 'kehoach deadline "Trước ngày 15/12/2026"' in done.stderr
        assert "kehoach deadline -" in done.stderr
    as_json = run("deadline", "", "--format", "json", cwd=tmp_path)
    assert as_json.returncode == 2 and as_json.stdout == ""


# --- 4. deadline --format json: a recurring phrase's next due day -----------------------


def test_json_gives_the_next_due_day_the_text_shows(tmp_path: Path) -> None:
    phrase = "Trước ngày 20 hằng tháng"
    # 20/12/2026 is a Sunday: December's report falls due Monday 21/12 (Điều 148.5), so it is
    # the next until that day (session 39); the day after, January's
    text = run("deadline", phrase, "--as-of", "22/12/2026", cwd=tmp_path)
    assert "Hạn kế tiếp  20/01/2027 (tính từ ngày 22/12/2026)" in text.stdout
    assert "Kỳ báo cáo   tháng 1/2027" in text.stdout
    data = json.loads(
        run("deadline", phrase, "-f", "json", "--as-of", "22/12/2026", cwd=tmp_path).stdout
    )
    assert (data["next_due"], data["next_period"]) == ("2027-01-20", "tháng 1/2027")
    assert data["rrule"] == "FREQ=MONTHLY;BYMONTHDAY=20"  # nothing removed
    on_the_day = run("deadline", phrase, "-f", "json", "--as-of", "20/12/2026", cwd=tmp_path)
    assert json.loads(on_the_day.stdout)["next_due"] == "2026-12-20"
    rolled = run("deadline", phrase, "-f", "json", "--as-of", "21/12/2026", cwd=tmp_path)
    assert json.loads(rolled.stdout)["next_due"] == "2026-12-20"


def test_json_lines_carry_next_due_and_a_dated_phrase_has_none(tmp_path: Path) -> None:
    lines = "Báo cáo quý trước ngày 15 tháng cuối quý\nTrước ngày 15/3/2027\n"
    done = kehoach("deadline", "-", "-f", "json", "--as-of", "01/12/2026", stdin=lines, env=CLERK)
    quarterly, dated = map(json.loads, done.stdout.splitlines())
    assert (quarterly["next_due"], quarterly["next_period"]) == ("2026-12-15", "quý IV/2026")
    assert (dated["next_due"], dated["next_period"]) == (None, None)


def test_the_readme_documents_next_due() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert " next_due,  " in readme and " next_period,  " in readme


# --- 5. a list of points of a clause is a citation, not a damaged word ------------------


def test_a_list_of_points_before_its_clause_reads_the_deadline_after_it(tmp_path: Path) -> None:
    done = run("deadline", "Thực hiện điểm a, b khoản 1 trước ngày 15/3/2026", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Hạn cuối  15/03/2026" in done.stdout
    assert "Bước      Thực hiện điểm a, b khoản 1" in done.stdout


def test_points_with_their_article_and_decree_are_read_too() -> None:
    for phrase, label in (
        ("Thực hiện điểm a, b khoản 1 Điều 5 trước ngày 15/3/2026", "điểm a, b khoản 1 Điều 5"),
        ("điểm a và đ khoản 2 trước ngày 15/3/2026", "điểm a và đ khoản 2"),
        (
            "Thực hiện điểm a, b, c khoản 1 Điều 5 Nghị định 09/2019/NĐ-CP trước ngày 15/3/2026",
            "điểm a, b, c",
        ),
        ("diem a, b khoan 1 truoc ngay 15/3/2026", "diem a, b khoan 1"),
    ):
        reading = parse_deadline(phrase)
        assert reading.last == date(2026, 3, 15), phrase
        assert reading.label is not None and reading.label.endswith(label), phrase


def test_a_lone_letter_without_its_clause_is_still_refused(tmp_path: Path) -> None:
    """ "k trước ngày" may be "không trước ngày" (not before): no clause after the letters,
    no citation."""
    for phrase in (
        "Thực hiện điểm a, k trước ngày 15/3/2026",
        "Thực hiện điểm a, b trước ngày 15/3/2026",
        "hoàn thành b trước ngày 15/3/2026",
    ):
        done = run("deadline", phrase, cwd=tmp_path)
        assert done.returncode == 1, phrase
        assert "bị hỏng" in done.stderr, phrase


@given(
    letters=st.lists(st.sampled_from("abcdđeghiklmn"), min_size=2, max_size=5, unique=True),
    join=st.sampled_from([", ", " và ", ","]),
    clause=st.sampled_from(["khoản 1", "khoản 3 Điều 12", "Điều 5", "mục 2"]),
    day=st.dates(date(2026, 1, 1), date(2028, 12, 31)),
)
def test_property_a_list_of_points_never_changes_the_day(
    letters: list[str], join: str, clause: str, day: date
) -> None:
    phrase = f"Thực hiện điểm {join.join(letters)} {clause} trước ngày {day:%d/%m/%Y}"
    reading = parse_deadline(phrase)
    assert (reading.first, reading.last) == (None, day) or reading.last == day


# --- the week: a Sở Nội vụ clerk types the name with "tỉnh" after it --------------------


def test_a_plain_name_with_tinh_after_it_selects_the_bodys_tasks(tmp_path: Path) -> None:
    """`--agency "Sở Nội vụ tỉnh"` was read as the national registry's Sở Nội vụ tỉnh Nghệ
    An, which no plan names (they name the registry's "Sở Nội vụ"): "các kế hoạch không
    giao việc nào" and an empty table, though KH 22 gives it two tasks; "Sở Tài chính tỉnh"
    lost its 13 deadlines (8 overdue) the same way."""
    for typed, row in (
        ("Sở Nội vụ tỉnh", "Sở Nội vụ  "),
        ("so tai chinh tinh", "Sở Tài chính (tiếp nhận việc"),
    ):
        done = run("status", "plans", "--all", "--agency", typed, "--as-of", "02/12/2026", cwd=ROOT)
        assert done.returncode == 0, typed
        assert "không giao việc nào" not in done.stderr, typed
        assert row in done.stdout, typed
        plain = run(
            "status",
            "plans",
            "--all",
            "--agency",
            typed.removesuffix(" tỉnh").removesuffix(" tinh"),
            "--as-of",
            "02/12/2026",
            cwd=ROOT,
        )
        assert done.stdout == plain.stdout, typed


def test_diff_shows_a_long_note_around_what_was_added(tmp_path: Path) -> None:
    """`done --note` on KH 348 task 1, whose note is a paragraph of 1,900 characters: the
    diff printed it twice, whole, for three words added. Now around the change, in text
    and in Markdown; JSON keeps both values whole (its contract)."""
    root = tmp_path
    shutil.copytree(BUNDLED, root / "plans", ignore=shutil.ignore_patterns("sources"))
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "KH 348")
    done = run("done", "348/1", "--on", "28/06/2022", "--note", "Đã nhận đủ báo cáo", cwd=root)
    assert done.returncode == 0, done.stderr
    shown = run("diff", cwd=root)
    line = next(x for x in shown.stdout.splitlines() if "Ghi chú:" in x)
    assert line == (
        '    Ghi chú: "…theo dõi, phối hợp tổng hợp.”" → '
        '"…theo dõi, phối hợp tổng hợp.” Đã nhận đủ báo cáo"'
    )
    assert 'Ghi chú | "…theo dõi' in run("diff", "--format", "markdown", cwd=root).stdout
    data = json.loads(run("diff", "--format", "json", cwd=root).stdout)
    assert "Đã nhận đủ báo cáo" in json.dumps(data, ensure_ascii=False)
    assert "Cục Thống kê tổng hợp" in json.dumps(data, ensure_ascii=False)


def test_assign_records_why_in_the_notes_as_done_does(tmp_path: Path) -> None:
    """`reschedule` takes --reason and --ref, `done` a --note; `assign` took nothing, so a
    lead changed by a document left no word of which one."""
    root = tmp_path
    shutil.copytree(BUNDLED, root / "plans", ignore=shutil.ignore_patterns("sources"))
    plan = root / "plans" / "kh-348-2022.yaml"
    before = plan.read_text(encoding="utf-8")
    done = run(
        "assign", "348/6", "--lead", "so noi vu", "--note", "Theo Công văn số 45/UBND-TH", cwd=root
    )
    assert done.returncode == 0, done.stderr
    assert (
        "chủ trì: bỏ “Các sở, ngành, địa phương”, “Văn phòng Tỉnh ủy”; thêm “Sở Nội vụ”"
        in done.stderr
    )
    assert '(nếu có).” Theo Công văn số 45/UBND-TH"' in done.stderr
    after = plan.read_text(encoding="utf-8")
    assert "      Theo Công văn số 45/UBND-TH\n" in after
    # every comment of the file is kept
    comments = [line for line in before.splitlines() if line.lstrip().startswith("#")]
    assert comments == [line for line in after.splitlines() if line.lstrip().startswith("#")]
    assert run("validate", "--strict", cwd=root).returncode == 0


def test_an_empty_deadline_or_lead_in_a_plan_says_what_to_write(tmp_path: Path) -> None:
    """ "'nhiệm vụ 1 › deadline' không được để trống" gave no way out either: the document's
    silence has its own words, which the clerk should write rather than a guess."""
    plans = tmp_path / "plans"
    shutil.copytree(FIXTURES, plans)
    plan = plans / f"{DONG_NAI}.yaml"
    text = plan.read_text(encoding="utf-8")
    text = text.replace('    deadline: "Không nêu thời hạn"', '    deadline: ""', 1)
    plan.write_text(text.replace("      - Không nêu cơ quan chủ trì", '      - ""', 1), "utf-8")
    done = run("validate", cwd=tmp_path)
    assert done.returncode == 1
    assert (
        "' không được để trống: ghi cụm từ thời hạn như văn bản ghi; văn bản không nêu hạn: "
        "“Không nêu thời hạn” [empty]"
    ) in done.stdout
    assert "văn bản không giao: “Không nêu cơ quan chủ trì” [empty]" in done.stdout


# words of a note, one space between them (a note's runs of spaces are shown as one)
def _same_start(one: str, other: str) -> int:
    count = 0
    while count < min(len(one), len(other)) and one[count] == other[count]:
        count += 1
    return count


# words of a note, one space between them (a note's runs of spaces are shown as one)
_WORDS = st.lists(st.text(alphabet="abcdeơưđ,.", min_size=1, max_size=8), max_size=80).map(" ".join)


@given(head=_WORDS, old=_WORDS, new=_WORDS, tail=_WORDS)
def test_property_a_long_note_shown_around_its_change_keeps_the_change(
    head: str, old: str, new: str, tail: str
) -> None:
    """Whatever is cut, what differs between the two values is shown whole on each side,
    and two different values never read alike."""
    before, after = head + old + tail, head + new + tail
    if before == after:
        return
    line = edit_words(FieldEdit("notes", before, after), "Task")
    shown_old, shown_new = line.removeprefix("Ghi chú: ").split(" → ")
    assert shown_old != shown_new
    start = _same_start(before, after)
    end = _same_start(before[start:][::-1], after[start:][::-1])
    assert before[start : len(before) - end] in shown_old
    assert after[start : len(after) - end] in shown_new


def test_deadline_dash_on_an_empty_input_says_so(tmp_path: Path) -> None:
    """`kehoach deadline - < cot.txt` with an empty file printed nothing at all."""
    done = kehoach("deadline", "-", stdin="\n  \n", env=CLERK, cwd=tmp_path)
    assert done.returncode == 0 and done.stdout == ""
    assert done.stderr == "kehoach: stdin không có cụm từ nào (không có dòng nào có chữ)\n"
