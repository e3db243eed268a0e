"""What the thirteenth new user left (/work/notes/fresh13.md, "Left"), fixed in session 22
(helper tidy14). Each test is what a clerk did and the answer they should have had; each
runs the installed command."""

from __future__ import annotations

import json
from pathlib import Path

from clirun import kehoach_uncached as run
from test_fresh_thirteenth import COMMUNE_WINDOW, LISTED_WINDOW, dong_thap

# The commune congresses' window as the Sở VHTTDL printed it (test_fresh_thirteenth): the
# asides keep the grammar from reading it, so only its days written beside it make it usable.
PRINTED = COMMUNE_WINDOW.strip('"')
# ... and the window of KH 196 itself, before the letter moved it, with the clerk's comment
BEFORE = '    deadline: "Tổ chức từ ngày 01/12/2020 đến ngày 31/3/2021"  # theo KH 196\n'


def test_reschedule_to_a_phrase_that_does_not_read_names_its_way_out(tmp_path: Path) -> None:
    # fresh13: `reschedule 196/3 "<the printed window>"` exited 2 with the grammar's reason
    # and no way to record the change but by hand.
    root = dong_thap(tmp_path, BEFORE)
    plan = root / "plans" / "kh-196-2020.yaml"
    before = plan.read_text(encoding="utf-8")
    code, _, err = run("reschedule", "196/3", PRINTED, "--reason", "Covid-19", cwd=root)
    assert code == 2
    assert "--last-day dd/mm/yyyy" in err and "--first-day dd/mm/yyyy" in err, err
    assert 'deadlines: [{phrase: "…", first_day: …, last_day: …}]' in err
    assert plan.read_text(encoding="utf-8") == before  # nothing written


def test_reschedule_writes_the_days_beside_the_phrase_it_cannot_read(tmp_path: Path) -> None:
    root = dong_thap(tmp_path, BEFORE)
    code, _, err = run(
        "reschedule", "196/3", PRINTED, "--reason", "Covid-19", "--on", "20/03/2021",
        "--first-day", "01/12/2021", "--last-day", "31/03/2022", cwd=root,
    )  # fmt: skip
    assert code == 0, err
    text = (root / "plans" / "kh-196-2020.yaml").read_text(encoding="utf-8")
    # the form the messages give, the phrase as printed, the clerk's comment kept
    listed = (
        f"deadlines: [{{phrase: {COMMUNE_WINDOW}, first_day: 2021-12-01, last_day: 2022-03-31}}]"
    )
    assert f"    {listed} # theo KH 196\n" in text, text
    code, out, err = run("validate", "--strict", cwd=root)
    assert code == 0, out + err
    # judged by the new window from the day of the change, by the old one before it
    due = {}
    for day in ("15/03/2021", "15/03/2022"):
        code, out, err = run("status", "--as-of", day, "--all", "--format", "json", cwd=root)
        assert code == 0, err
        due[day] = next(i["due"] for i in json.loads(out)["items"] if i["task_id"] == "3")
    assert due == {"15/03/2021": "2021-03-31", "15/03/2022": "2022-03-31"}


def test_reschedule_of_a_listed_milestone_replaces_its_days(tmp_path: Path) -> None:
    # a milestone already in the messages' form gets the new phrase and its own new days
    root = dong_thap(tmp_path, LISTED_WINDOW)
    new = PRINTED.replace("31/3/2022", "30/4/2022")
    code, _, err = run(
        "reschedule", "196/3", new, "--reason", "Covid-19", "--on", "20/03/2022",
        "--first-day", "01/12/2021", "--last-day", "30/04/2022", cwd=root,
    )  # fmt: skip
    assert code == 0, err
    text = (root / "plans" / "kh-196-2020.yaml").read_text(encoding="utf-8")
    # the milestone's days are written dd/mm/yyyy (LISTED_WINDOW): since tidy15 the edit
    # writes its days in that form too, as the file around them does
    assert "last_day: 30/04/2022" in text and "from_last_day: 31/03/2022" in text, text
    assert "31/03/2022" not in text.split("history:")[0]  # the old days are history's only
    code, out, err = run("validate", "--strict", cwd=root)
    assert code == 0, out + err


def test_reschedule_refuses_a_first_day_alone(tmp_path: Path) -> None:
    root = dong_thap(tmp_path, BEFORE)
    code, _, err = run(
        "reschedule", "196/3", PRINTED, "--reason", "Lùi", "--first-day", "01/12/2021", cwd=root
    )
    assert code == 2
    assert "--first-day là ngày bắt đầu của một khoảng: cần --last-day" in err


def test_the_unread_phrase_names_the_form_a_plan_file_holds(tmp_path: Path) -> None:
    # dates/engine's "không nhận ra thời hạn" still said "ghi last_day … bên cạnh cụm từ",
    # which sent fresh13's clerk to two forms the validator rejects.
    code, _, err = run("deadline", "Đại hội TDTT cấp xã, lấy sự kiện lớn", cwd=tmp_path)
    assert code == 1
    assert "không nhận ra thời hạn" in err and "bên cạnh cụm từ" not in err, err
    assert 'cạnh cụm từ, giữ nguyên cụm từ (deadlines: [{phrase: "…", first_day: …' in err


def test_a_place_name_ending_in_nam_is_not_glued_to_the_day_after_it(tmp_path: Path) -> None:
    # "Việt Nam 27/3" was held together as a lead-in: folded, "Nam" is "năm" (year).
    root = dong_thap(tmp_path, LISTED_WINDOW)
    code, out, err = run("status", "--as-of", "15/03/2022", "--all", cwd=root, columns=100)
    assert code == 0, err
    # the column held "thao Việt" / "Nam 27/3)": now both "Việt Nam" stay on one line each
    assert out.count("Việt Nam") == 2, out
    # a real lead-in still holds its day: "từ ngày" stays with "Tổ chức" on the first line
    assert "Tổ chức từ ngày" in out, out


def test_deadline_shows_the_event_a_start_runs_until_in_its_own_row(tmp_path: Path) -> None:
    # "Mức trong kỳ đến khi tổ chức thành công Đại hội XIV": the row of đầu/giữa/cuối kỳ
    phrase = "Đợt thi đua được phát động từ tháng 10-2025 đến khi tổ chức thành công Đại hội XIV"
    code, out, err = run("deadline", phrase, "--as-of", "01/11/2025", cwd=tmp_path)
    assert code == 0, err
    assert "Mức trong kỳ" not in out
    assert "Đến khi     tổ chức thành công Đại hội XIV\n" in out, out
    # a part of a period keeps its row
    code, out, _ = run("deadline", "Cuối tháng 3/2026", "--as-of", "01/11/2025", cwd=tmp_path)
    assert "Mức trong kỳ  cuối" in out and "Đến khi" not in out
