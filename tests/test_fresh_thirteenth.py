"""What a new user broke in the `fresh` helper's thirteenth session (2026-12-01), beginning
with what the twelfth left (/work/notes/fresh12.md, "Left over"). Each test is what a clerk
did and the answer they should have had; each runs the installed command."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import hungthinh
from clirun import kehoach_uncached as run

# The commune's notice (tests/hungthinh.py): item 4 counts from each complaint's receipt,
# a duty per case; "Thường xuyên" and a day the plan itself sets stand beside it.
NOTICE = (
    hungthinh.HEAD
    + """\
in_force: 2026-02-03
source: {document: https://hungthinh.dongnai.gov.vn/, complete: false}
tasks:
  - id: "1"
    title: Niêm yết danh sách cử tri tại trụ sở HĐND - UBND xã và nhà văn hóa các ấp
    lead: [UBND xã]
    deadline: "Từ ngày 03/02/2026 đến ngày 15/03/2026"
  - id: "4"
    title: Giải quyết khiếu nại về danh sách cử tri
    lead: [UBND xã]
    deadline: "trong vòng 05 ngày kể từ ngày nhận khiếu nại"
  - id: "6"
    title: Tổng hợp kết quả
    lead: [UBND xã]
    deadline: "30 ngày kể từ ngày Kế hoạch có hiệu lực"
  - id: "7"
    title: Tuyên truyền về bầu cử
    lead: [UBND xã]
    deadline: "Thường xuyên"
"""
)


def test_status_json_names_a_duty_per_case_as_the_text_does(tmp_path: Path) -> None:
    # fresh12 left it: the text said "thời hạn xử lý từng hồ sơ", the JSON "waiting_for":
    # "ngày nhận khiếu nại", as if the clerk had a day to write.
    root = hungthinh.repository(tmp_path, NOTICE)
    code, out, err = run("status", "--as-of", "12/03/2026", "--format", "json", cwd=root)
    assert code == 0, err
    document = json.loads(out)
    items = {item["task_id"]: item for item in document["items"]}
    case = items["4"]
    assert case["per_case"] == "ngày nhận khiếu nại"
    assert case["waiting_for"] is None
    assert case["bin"] == "no_deadline"  # the contract adds, never moves: still no one day
    assert items["6"]["waiting_for"] == "ngày Kế hoạch có hiệu lực"  # a day to write
    assert items["6"]["per_case"] is None
    assert items["7"]["per_case"] is None and items["1"]["per_case"] is None
    total = document["summary"]["total"]
    assert (total["no_deadline"], total["per_case"]) == (3, 1)
    assert document["summary"]["agencies"][0]["per_case"] == 1
    # The text says the same number, in the note under the summary.
    code, out, _ = run("status", "--as-of", "12/03/2026", cwd=root)
    note = out.split("Tổng cộng")[1]
    assert "1 mục, đã tính trong cột Thường xuyên / không hạn" in note.replace("\n", " ")
    # CSV carries the new key as its last column, named in Vietnamese for a spreadsheet.
    code, out, _ = run("status", "--as-of", "12/03/2026", "-f", "csv", "--header", "vi", cwd=root)
    rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
    assert rows[0][-1] == "Thời hạn xử lý từng hồ sơ, tính từ"
    assert [row[-1] for row in rows[1:] if row[2] == "4"] == ["ngày nhận khiếu nại"]


def test_the_feed_says_a_duty_per_case_has_no_day_in_a_calendar(tmp_path: Path) -> None:
    # export-ics called it "tính từ một sự kiện chưa có ngày": a clerk looked for an event to
    # declare. Each complaint has its own day; none belongs in a calendar.
    root = hungthinh.repository(tmp_path, NOTICE)
    code, _, err = run("export-ics", "--as-of", "12/03/2026", "-o", "lich.ics", cwd=root)
    assert code == 0, err
    assert (
        "3 mốc không có ngày cố định (1 thường xuyên, 1 thời hạn xử lý từng hồ sơ tính từ "
        "ngày nhận, 1 tính từ một sự kiện chưa có ngày) nên không đưa vào lịch"
    ) in err
    code, _, err = run("--lang", "en", "export-ics", "--as-of", "12/03/2026", cwd=root)
    assert "1 processing time per file from its receipt" in err


# Dân trí's list of school Tết holidays (tests/corpus/b-dantri-nghi-tet-2026.yaml, 27/01/2026).
TET = (
    hungthinh.HEAD.replace("tb-hung-thinh-2026", "tb-nghi-tet-2026")
    + """\
issued: 2026-01-27
source: {document: https://dantri.com.vn/, complete: false}
tasks:
  - id: "1"
    title: Cho học sinh nghỉ Tết Nguyên đán Bính Ngọ
    lead: [UBND xã]
    deadline: "từ 12 đến hết 22/2 (tức 25 tháng Chạp năm Ất Tỵ đến mùng 6 tháng Giêng năm Bính Ngọ)"
"""
)


def test_het_leads_into_its_day_as_den_and_ngay_do(tmp_path: Path) -> None:
    # fresh12 left "đến hết ngày 15/3/2026" taking a line more than it should: "hết" led into
    # no day, so "đến hết" was a group of its own and "22/2" could start the next line
    # ("từ 12 đến hết" / "22/2 (tức 25"), far from the words that say it is the last day.
    root = hungthinh.repository(tmp_path, TET)
    code, out, err = run("status", "--as-of", "01/02/2026", "--all", cwd=root, columns=100)
    assert code == 0, err
    assert "đến hết 22/2" in out, out  # on one line of the phrase's column
    # An over-long group still keeps "ngày" with its day where that pair fits: the Hưng
    # Thịnh notice's window reads "đến hết" / "ngày 15/3/2026", never "ngày" / "15/3/2026".
    notice = NOTICE.replace(
        "Từ ngày 03/02/2026 đến ngày 15/03/2026", "bắt đầu từ ngày 3/2/2026 đến hết ngày 15/3/2026"
    )
    root = hungthinh.repository(tmp_path / "b", notice)
    for columns in (80, 100, 120):
        code, out, _ = run("status", "--as-of", "12/03/2026", cwd=root, columns=columns)
        assert "ngày 15/3/2026" in out, (columns, out)
        assert "bắt đầu" in out


# UBND tỉnh Đồng Tháp's Kế hoạch 196/KH-UBND (19/8/2020) on sports congresses, its windows as
# moved by a later letter the Sở VHTTDL reported (svhttdl.dongthap.gov.vn, "Điều chỉnh thời
# gian Tổ chức Đại hội TDTT các cấp"); the article names no lead for any level.
DONG_THAP = """\
schema: 1
id: kh-196-2020
number: 196/KH-UBND
kind: Kế hoạch
title: Tổ chức Đại hội Thể dục thể thao các cấp
issuer: UBND tỉnh Đồng Tháp
jurisdiction: Đồng Tháp
issued: 2020-08-19
source: {document: https://svhttdl.dongthap.gov.vn/, complete: false}
tasks:
  - id: "2"
    title: Đại hội TDTT cấp Huyện
    lead: [Không nêu cơ quan chủ trì]
    deadline: "Tổ chức từ ngày 01/4/2022 đến ngày 30/4/2022"
  - id: "3"
    title: Đại hội TDTT cấp Xã
    lead: [Không nêu cơ quan chủ trì]
"""
COMMUNE_WINDOW = (
    '"Tổ chức từ ngày 01/12/2021 (lấy sự kiện ngày thành lập Quân đội nhân dân Việt Nam) đến '
    'ngày 31/3/2022 (lấy sự kiện ngày Thể thao Việt Nam 27/3)"'
)
# ... written in the form the messages give: the phrase as printed, its two days beside it
LISTED_WINDOW = (
    f"    deadlines: [{{phrase: {COMMUNE_WINDOW}, first_day: 01/12/2021, last_day: 31/03/2022}}]\n"
)
FORM = 'deadlines: [{phrase: "…", first_day: …, last_day: …}]'


def dong_thap(tmp_path: Path, deadline: str) -> Path:
    """A repository holding the plan, its task 3's deadline written as `deadline` (YAML lines
    under the task)."""
    root = tmp_path / "ke-hoach"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "kh-196-2020.yaml").write_text(DONG_THAP + deadline, encoding="utf-8")
    (root / "plans" / "agencies.yaml").write_text("schema: 1\nagencies: []\n", encoding="utf-8")
    return root


def test_last_day_written_where_the_refusal_says_is_shown_its_place(tmp_path: Path) -> None:
    # The refusal said "ghi last_day (và first_day cho một khoảng) cạnh cụm từ": the clerk
    # wrote them beside `deadline:` and got "trường không xác định 'first_day'", then as
    # `deadline: {phrase: …, last_day: …}` (the README's form) and got "cần văn bản".
    alone = f"    deadline: {COMMUNE_WINDOW}\n"
    code, out, _ = run("validate", cwd=dong_thap(tmp_path / "a", alone))
    assert code == 1
    assert FORM in out and "[deadline-unreadable]" in out
    beside = alone + "    first_day: 01/12/2021\n    last_day: 31/03/2022\n"
    code, out, _ = run("validate", cwd=dong_thap(tmp_path / "b", beside))
    assert "trường không xác định 'last_day' ở nhiệm vụ: last_day đi cùng cụm từ, " + FORM in out
    inline = f"    deadline: {{phrase: {COMMUNE_WINDOW}, last_day: 31/03/2022}}\n"
    code, out, _ = run("validate", cwd=dong_thap(tmp_path / "c", inline))
    assert "'nhiệm vụ 3 › deadline': cần một cụm từ; một mốc có last_day ghi " + FORM in out
    # The form the messages give is read, the phrase kept as printed.
    listed = LISTED_WINDOW
    code, out, err = run("validate", cwd=dong_thap(tmp_path / "d", listed))
    assert code == 0, out + err


def test_a_window_read_from_its_days_can_be_rescheduled(tmp_path: Path) -> None:
    # reschedule dropped the old last_day but left first_day alone, and then refused its own
    # edit: "first_day là ngày bắt đầu của một khoảng: cần last_day" - no way to record the
    # change but by hand.
    listed = LISTED_WINDOW
    root = dong_thap(tmp_path, listed)
    new = "Tổ chức từ ngày 01/12/2021 đến ngày 30/4/2022"
    code, _, err = run(
        "reschedule", "196/3", new, "--reason", "Dịch Covid-19", "--on", "20/03/2022", cwd=root
    )
    assert code == 0, err
    assert "(31/03/2022) → " in err
    text = (root / "plans" / "kh-196-2020.yaml").read_text(encoding="utf-8")
    assert ", first_day: 01/12/2021" not in text and ", last_day: 31/03/2022" not in text
    code, out, err = run("validate", cwd=root)
    assert code == 0, out + err


def test_a_day_before_the_change_is_judged_by_the_old_windows_days(tmp_path: Path) -> None:
    # The old phrase read only through its last_day; reschedule dropped it, so as of a day
    # before the change status judged the task by the new phrase: "30/04/2022 → 04/05/2022,
    # còn 50 ngày" on 15/03/2022, when the window in force ended on 31/03/2022.
    listed = LISTED_WINDOW
    root = dong_thap(tmp_path, listed)
    new = "Tổ chức từ ngày 01/12/2021 đến ngày 30/4/2022"
    code, _, err = run(
        "reschedule", "196/3", new, "--reason", "Dịch Covid-19", "--on", "20/03/2022", cwd=root
    )
    assert code == 0, err
    text = (root / "plans" / "kh-196-2020.yaml").read_text(encoding="utf-8")
    # the days as the file writes them (LISTED_WINDOW: dd/mm/yyyy), since tidy15
    assert "from_last_day: 31/03/2022\n" in text and "from_first_day: 01/12/2021\n" in text
    due = {}
    for day in ("15/03/2022", "25/03/2022"):
        code, out, err = run("status", "--as-of", day, "--format", "json", cwd=root)
        assert code == 0, err
        due[day] = next(i["due"] for i in json.loads(out)["items"] if i["task_id"] == "3")
    assert due == {"15/03/2022": "2022-03-31", "25/03/2022": "2022-05-04"}
    code, out, err = run("validate", "--strict", cwd=root)
    assert code == 0, out + err


def windows_1258(text: str) -> bytes:
    """`text` as Word on Vietnamese Windows saves it in Windows-1258: ă â đ ê ô ơ ư as
    letters of their own, the tone marks as combining bytes after them."""
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for char in text:
        letters = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in letters if c not in tones))
        out += (base + "".join(c for c in letters if c in tones)).encode("cp1258")
    return out


def test_a_windows_1258_file_is_named_with_the_way_to_convert_it(tmp_path: Path) -> None:
    # "byte 0xe9 không phải UTF-8; hãy lưu tệp dạng UTF-8": the clerk's Notepad said it
    # was saved already. The bytes are Vietnamese in the old Windows code page.
    root = dong_thap(tmp_path, "    deadline: Tổ chức từ ngày 01/12/2021 đến ngày 31/3/2022\n")
    path = root / "plans" / "kh-196-2020.yaml"
    path.write_bytes(windows_1258(path.read_text(encoding="utf-8")))
    code, out, _ = run("validate", cwd=root)
    assert code == 1
    assert "tệp có vẻ lưu theo bảng mã Windows-1258" in out
    assert "iconv -f CP1258 -t UTF-8" in out
    table = root / "kh-196.csv"
    table.write_bytes(windows_1258("TT,Nội dung,Thời gian\n2,Đại hội TDTT cấp Huyện,x\n"))
    code, _, err = run("import", str(table), "--jurisdiction", "Đồng Tháp", cwd=root)
    assert code != 0
    assert "Windows-1258" in err
