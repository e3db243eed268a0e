"""`kehoach export-ics` as installed: files on disk, real git, a real calendar client (khal)."""

from __future__ import annotations

import logging
import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

import clirun
from conftest import ICS_PLANS, assert_wire_format, feed_items, strict_calendar
from kehoach.base.text import fold
from kehoach.feeds.publish import PublishError, source_time

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
KHAL = shutil.which("khal", path=str(BIN)) or "khal"
AS_OF = ("--as-of", "01/07/2022")


def kehoach(
    *args: str | Path,
    cwd: Path = ROOT,
    env: dict[str, str] | None = None,
    preexec: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    full = {"SOURCE_DATE_EPOCH": None, "NO_COLOR": "1", "COLUMNS": "100", **(env or {})}
    return clirun.kehoach_bytes(*args, cwd=cwd, env=full, preexec=preexec)


def err(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stderr.decode("utf-8")


# --- a temporary git repository of plans ------------------------------------------------


class Repo:
    """A git work tree holding a copy of the calendar test plans."""

    def __init__(self, path: Path) -> None:
        self.path = path
        shutil.copytree(ICS_PLANS, path / "plans")
        self.git("init", "-q", "-b", "main")
        self.commit("Ghi kế hoạch", "2022-06-20T10:00:00+07:00")

    def git(self, *args: str, when: str = "2022-06-20T10:00:00+07:00") -> str:
        env = {
            **os.environ,
            "GIT_CONFIG_NOSYSTEM": "1",  # no signing or hooks from the machine's git config
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_AUTHOR_NAME": "Chuyên viên",
            "GIT_AUTHOR_EMAIL": "cv@example.org",
            "GIT_COMMITTER_NAME": "Chuyên viên",
            "GIT_COMMITTER_EMAIL": "cv@example.org",
            "GIT_AUTHOR_DATE": when,
            "GIT_COMMITTER_DATE": when,
        }
        done = subprocess.run(
            ["git", *args], cwd=self.path, env=env, capture_output=True, text=True, check=True
        )
        return done.stdout

    def commit(self, message: str, when: str) -> None:
        self.git("add", "-A", when=when)
        self.git("commit", "-q", "-m", message, when=when)

    def edit(self, name: str, old: str, new: str) -> None:
        path = self.path / "plans" / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")

    def move_deadline(self) -> None:
        """Task 2's first deadline moves from 05/07 to 12/07/2022, recorded in history."""
        self.edit("kh-348-2022.yaml", *MOVE)
        self.edit("kh-348-2022.yaml", *RECORD)
        self.commit("Gia hạn nhiệm vụ 2", "2022-07-04T09:00:00+07:00")

    def export(self, *args: str | Path) -> subprocess.CompletedProcess[bytes]:
        return kehoach("export-ics", "plans", *AS_OF, *args, cwd=self.path)


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    return Repo(tmp_path / "repo")


MOVE = (
    "      - phrase: Tham mưu UBND tỉnh trước ngày 05/7/2022\n",
    "      - phrase: Tham mưu UBND tỉnh trước ngày 12/7/2022\n",
)
RECORD = (
    "    status: in_progress\n",
    "    status: in_progress\n"
    "    history:\n"
    "      - date: 04/07/2022\n"
    "        milestone: 1\n"
    "        from: Tham mưu UBND tỉnh trước ngày 05/7/2022\n"
    "        to: Tham mưu UBND tỉnh trước ngày 12/7/2022\n"
    "        reason: Chờ số liệu quyết toán ngân sách\n",
)
MOVED = "kh-348-2022.2.m1@kehoach"
RENAMED = "kh-348-2022.3.m1@kehoach"


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def test_a_moved_deadline_updates_the_same_event_with_a_higher_sequence(repo: Repo) -> None:
    feed = repo.path / "feeds" / "all.ics"
    feed.parent.mkdir()
    assert repo.export("-o", feed).returncode == 0
    first = feed_items(feed.read_bytes())
    assert (first[MOVED]["SEQUENCE"], first[MOVED].decoded("DTSTART")) == (0, date(2022, 7, 5))
    assert first[MOVED].decoded("LAST-MODIFIED") == utc("2022-06-20T10:00:00+07:00")

    repo.move_deadline()
    assert repo.export("-o", feed).returncode == 0  # the previous feed is read back from -o
    second = feed_items(feed.read_bytes())
    assert set(second) == set(first)  # same UIDs: nothing added, nothing duplicated
    moved = second[MOVED]
    assert (moved["SEQUENCE"], moved.decoded("DTSTART")) == (1, date(2022, 7, 12))
    assert moved.decoded("LAST-MODIFIED") == moved.decoded("DTSTAMP")
    assert moved.decoded("LAST-MODIFIED") == utc("2022-07-04T09:00:00+07:00")
    assert second[RENAMED].to_ical() == first[RENAMED].to_ical()  # untouched: same bytes


def test_a_hand_edit_without_history_still_raises_sequence(repo: Repo) -> None:
    feed = repo.path / "all.ics"
    repo.export("-o", feed)
    repo.edit("kh-348-2022.yaml", "tại các huyện miền Tây", "tại các xã miền Tây")
    repo.commit("Sửa tên nhiệm vụ 3", "2022-07-05T08:00:00+07:00")
    assert repo.export("-o", feed).returncode == 0
    renamed = feed_items(feed.read_bytes())[RENAMED]
    assert renamed["SEQUENCE"] == 1
    assert "các xã miền Tây" in str(renamed["SUMMARY"])
    assert renamed.decoded("LAST-MODIFIED") == utc("2022-07-05T08:00:00+07:00")
    # and again: the second edit goes one higher still
    repo.edit("kh-348-2022.yaml", "tại các xã miền Tây", "tại các xã, phường miền Tây")
    repo.commit("Sửa tên nhiệm vụ 3 lần nữa", "2022-07-06T08:00:00+07:00")
    repo.export("-o", feed)
    assert feed_items(feed.read_bytes())[RENAMED]["SEQUENCE"] == 2


def test_exporting_unchanged_plans_again_gives_the_same_bytes(repo: Repo) -> None:
    feed = repo.path / "all.ics"
    repo.export("-o", feed)
    before = feed.read_bytes()
    repo.git(
        "commit", "-q", "--allow-empty", "-m", "Không đổi kế hoạch", when="2023-01-01T00:00:00Z"
    )
    assert repo.export("-o", feed).returncode == 0
    assert feed.read_bytes() == before
    assert repo.export().stdout == before  # stdout, without the previous feed: the same too


def test_a_shallow_ci_clone_with_the_published_feed_keeps_every_sequence(
    repo: Repo, tmp_path: Path
) -> None:
    published = tmp_path / "published.ics"
    repo.export("-o", published)
    repo.edit("kh-348-2022.yaml", "tại các huyện miền Tây", "tại các xã miền Tây")
    repo.commit("Sửa tên nhiệm vụ 3", "2022-07-05T08:00:00+07:00")
    repo.export("-o", published)  # SEQUENCE 1 for the renamed task, from the feed alone
    clone = tmp_path / "ci"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{repo.path}", str(clone)], check=True
    )
    in_ci = kehoach("export-ics", "plans", *AS_OF, "--previous", published, cwd=clone)
    assert in_ci.returncode == 0, err(in_ci)
    assert in_ci.stdout == published.read_bytes()
    # without it only recorded changes count: why CI must pass the published feed back
    alone = kehoach("export-ics", "plans", *AS_OF, cwd=clone)
    assert feed_items(alone.stdout)[RENAMED]["SEQUENCE"] == 0


def test_source_date_epoch_sets_the_time_of_every_version(repo: Repo) -> None:
    result = kehoach(
        "export-ics", "plans", *AS_OF, cwd=repo.path, env={"SOURCE_DATE_EPOCH": "1656633600"}
    )
    for item in feed_items(result.stdout).values():
        assert item.decoded("DTSTAMP") == datetime(2022, 7, 1, tzinfo=UTC)


def test_source_time_is_the_commit_then_the_edit(repo: Repo) -> None:
    files = sorted((repo.path / "plans").glob("*.yaml"))
    assert source_time(files, {}) == utc("2022-06-20T10:00:00+07:00")
    edited = repo.path / "plans" / "kh-15-2022.yaml"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    for number, file in enumerate(files):  # uncommitted edits: the files' newest time
        os.utime(file, (1700000000 - number, 1700000000 - number))
    assert source_time(files, {}) == datetime.fromtimestamp(1700000000, UTC)
    with pytest.raises(PublishError, match="SOURCE_DATE_EPOCH"):
        source_time(files, {"SOURCE_DATE_EPOCH": "hôm qua"})


def test_source_time_outside_git_is_the_newest_file(tmp_path: Path) -> None:
    shutil.copytree(ICS_PLANS, tmp_path / "plans")
    files = sorted((tmp_path / "plans").glob("*.yaml"))
    for number, file in enumerate(files):
        os.utime(file, (1600000000 + number, 1600000000 + number))
    assert source_time(files, {}) == datetime.fromtimestamp(1600000000 + len(files) - 1, UTC)


# --- a real calendar client -------------------------------------------------------------


class Khal:
    """khal with a throw-away configuration and calendar folder."""

    def __init__(self, folder: Path) -> None:
        (folder / "calendar").mkdir(parents=True)
        self.config = folder / "khal.conf"
        self.config.write_text(
            "[calendars]\n[[kehoach]]\n"
            f"path = {folder / 'calendar'}\ntype = calendar\n"
            "[locale]\ntimeformat = %H:%M\ndateformat = %d/%m/%Y\n"
            "longdateformat = %d/%m/%Y\ndatetimeformat = %d/%m/%Y %H:%M\n"
            "longdatetimeformat = %d/%m/%Y %H:%M\n"
            "local_timezone = Asia/Ho_Chi_Minh\ndefault_timezone = Asia/Ho_Chi_Minh\n"
            f"[sqlite]\npath = {folder / 'khal.db'}\n",
            encoding="utf-8",
        )

    def run(self, *args: str | Path) -> str:
        done = subprocess.run(
            [KHAL, "-c", str(self.config), *map(str, args)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def import_(self, feed: Path) -> None:
        self.run("import", "--batch", feed)

    def days(self, start: str, end: str) -> list[str]:
        """`dd/mm/yyyy title` for every event from `start` to `end`."""
        listed = self.run("list", "-df", "", "-f", "{start-date} {title}", start, end)
        return listed.splitlines()


def test_khal_shows_the_events_with_their_vietnamese_text(tmp_path: Path) -> None:
    feed = tmp_path / "all.ics"
    assert kehoach("export-ics", ICS_PLANS, *AS_OF, "--include-done", "-o", feed).returncode == 0
    khal = Khal(tmp_path / "khal")
    khal.import_(feed)
    days = khal.days("01/06/2022", "31/08/2022")
    assert "23/06/2022 ✓ [348/KH-UBND] 1. Xây dựng báo cáo tổng kết ở đơn vị mình" in days
    assert "15/06/2022 ✗ [348/KH-UBND] 4. Nhiệm vụ đã hủy theo chỉ đạo của UBND tỉnh" in days
    assert "31/08/2022 [348/KH-UBND] 3. Khảo sát thực tế tại các huyện miền Tây" in days
    assert "30/06/2022 [15/KH-UBND] 2. Báo cáo tiến độ giải ngân vốn đầu tư công" in days
    # the monthly "Trước ngày 30 hằng tháng" falls on the last day of a short month
    assert "28/02/2022 [15/KH-UBND] 3. Cập nhật cơ sở dữ liệu dự án" in khal.days(
        "01/02/2022", "28/02/2022"
    )
    described = khal.run("search", "Tham mưu Ban cán sự")
    assert "Phối hợp: Sở Tư pháp" in described


def test_khal_moves_an_updated_event_instead_of_adding_one(repo: Repo, tmp_path: Path) -> None:
    feed = tmp_path / "all.ics"
    khal = Khal(tmp_path / "khal")
    repo.export("-o", feed)
    khal.import_(feed)
    before = khal.days("01/06/2022", "31/12/2022")
    repo.move_deadline()
    repo.export("-o", feed)
    khal.import_(feed)
    after = khal.days("01/06/2022", "31/12/2022")
    assert len(after) == len(before)
    moved = [line for line in after if "— Tham mưu UBND tỉnh" in line]
    assert moved == [
        line.replace("05/07/2022", "12/07/2022")
        for line in before
        if "— Tham mưu UBND tỉnh" in line
    ]
    assert moved[0].startswith("12/07/2022 ")


# --- the bundled plans, split per agency ------------------------------------------------


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hrefs += [value for name, value in attrs if tag == "a" and name == "href" and value]


def test_bundled_plans_split_per_agency_are_accepted_by_ical_and_khal(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    out = tmp_path / "feeds"
    result = kehoach(
        "export-ics",
        "--out-dir",
        out,
        "--split",
        "agency",
        "plans/",
        "--base-url",
        "https://lich.example.org/ke-hoach/",
    )
    assert result.returncode == 0, err(result)
    # 26 feeds: Sở Du lịch, Sở Nội vụ, Sở Tư pháp and Sở Xây dựng have the dated work KH 348
    # gave every Sở; "Các ngành, các địa phương có liên quan" is a group of its own (session 43)
    assert err(result) == (
        f"kehoach: đã xuất 25 mốc thời hạn vào 26 tệp lịch trong {out} (danh sách: "
        f"{out / 'index.html'}); 15 mốc không có ngày cố định (văn bản không nêu thời hạn) "
        "nên không đưa vào lịch\n"
    )
    feeds = sorted(out.glob("*.ics"))
    assert {"all.ics", "so-tai-chinh.ics", "so-ke-hoach-va-dau-tu.ics"} <= {f.name for f in feeds}
    for feed in feeds:
        data = feed.read_bytes()
        assert_wire_format(data)
        with caplog.at_level(logging.DEBUG, logger="ical"):
            assert strict_calendar(data).events
        assert not [r for r in caplog.records if r.levelno >= logging.WARNING], feed
        assert oct(feed.stat().st_mode & 0o777) == "0o644"
    links = Links()
    links.feed((out / "index.html").read_text(encoding="utf-8"))
    assert "webcal://lich.example.org/ke-hoach/so-tai-chinh.ics" in links.hrefs
    assert "https://lich.example.org/ke-hoach/all.ics" in links.hrefs
    assert len([h for h in links.hrefs if h.startswith("webcal://")]) == len(feeds)
    khal = Khal(tmp_path / "khal")
    khal.import_(out / "all.ics")
    days = khal.days("01/06/2022", "31/07/2022")
    assert (
        "05/07/2022 [348/KH-UBND] 2. Tổng hợp, xây dựng báo cáo tổng kết 10 năm thực hiện Nghị… — Tham mưu UBND tỉnh"
        in days
    )


def test_split_per_plan_and_an_index_without_base_url(tmp_path: Path) -> None:
    out = tmp_path / "feeds"
    result = kehoach("export-ics", ICS_PLANS, *AS_OF, "--out-dir", out, "--split", "plan")
    assert result.returncode == 0, err(result)
    assert sorted(p.name for p in out.iterdir()) == [
        "all.ics",
        "index.html",
        "kh-15-2022.ics",
        "kh-348-2022.ics",
    ]
    links = Links()
    links.feed((out / "index.html").read_text(encoding="utf-8"))
    assert links.hrefs == ["all.ics", "kh-15-2022.ics", "kh-348-2022.ics"]
    assert f"vào 3 tệp lịch trong {out} (danh sách: {out / 'index.html'})" in err(result)


def test_base_url_can_come_from_kehoach_toml(tmp_path: Path) -> None:
    shutil.copytree(ICS_PLANS, tmp_path / "plans")
    (tmp_path / "kehoach.toml").write_text(
        '[ics]\nbase_url = "https://lich.example.org/"\n'
        'plan_url = "https://git.example.org/ke-hoach/blob/main/"\n',
        encoding="utf-8",
    )
    result = kehoach("export-ics", *AS_OF, "--out-dir", "feeds", cwd=tmp_path)
    assert result.returncode == 0, err(result)
    assert "webcal://lich.example.org/all.ics" in (tmp_path / "feeds" / "index.html").read_text()
    event = feed_items((tmp_path / "feeds" / "all.ics").read_bytes())[MOVED]
    assert str(event["URL"]) == "https://git.example.org/ke-hoach/blob/main/plans/kh-348-2022.yaml"


# --- the command line -------------------------------------------------------------------


def test_stdout_feed_and_a_closing_count_on_stderr() -> None:
    result = kehoach("export-ics", ICS_PLANS, *AS_OF)
    assert result.returncode == 0
    assert len(feed_items(result.stdout)) == 9
    assert err(result) == (
        "kehoach: đã xuất 9 mốc thời hạn ra stdout; 1 mốc đã hoàn thành không đưa vào (thêm "
        "--include-done để xuất cả chúng); 3 mốc không có ngày cố định (1 thường "
        "xuyên, 1 tính từ một sự kiện chưa có ngày, 1 văn bản không nêu thời hạn) nên không "
        "đưa vào lịch\n"
    )


def test_the_closing_line_names_the_file_and_says_why_milestones_stayed_out(
    tmp_path: Path,
) -> None:
    target = tmp_path / "lich.ics"
    result = kehoach("export-ics", "plans/", "--as-of", "30/11/2026", "-o", target)
    assert result.returncode == 0, err(result)
    assert err(result) == (
        f"kehoach: đã xuất 25 mốc thời hạn vào {target}; 15 mốc không có ngày cố định "
        "(văn bản không nêu thời hạn) nên không đưa vào lịch\n"
    )
    assert len(feed_items(target.read_bytes())) == 25


class Rows(HTMLParser):
    """index.html's table as lists of cell texts."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.rows[-1].append("")

    def handle_data(self, data: str) -> None:
        if self.rows and self.rows[-1]:
            self.rows[-1][-1] += data.strip()


def split_index(tmp_path: Path, split: str) -> tuple[Path, list[list[str]]]:
    """`export-ics --split SPLIT` of the bundled plans as of 30/11/2026 (exit 0): the folder
    written and the rows of its index.html's table, the header first."""
    out = tmp_path / "feeds"
    result = kehoach(
        "export-ics", "plans/", "--as-of", "30/11/2026", "--out-dir", out, "--split", split
    )
    assert result.returncode == 0, err(result)
    parser = Rows()
    parser.feed((out / "index.html").read_text(encoding="utf-8"))
    return out, parser.rows


def test_index_lists_agencies_whose_every_deadline_is_undated(tmp_path: Path) -> None:
    """Văn phòng UBND tỉnh leads only an undated task in KH 22/2026: no feed, but a line
    saying why, in its alphabetical place; feeds count their undated milestones too. Sở Nội
    vụ, named only by undated tasks of KH 22/2026, has the dated work KH 348/2022 gave every
    Sở ("Các sở, ngành, địa phương"): a feed of its own."""
    out, (header, *rows) = split_index(tmp_path, "agency")
    assert header == ["Lịch", "Số mốc", "Tệp", "Không có ngày cố định"]
    by_title = {row[0]: row[1:] for row in rows}
    assert by_title["Kế hoạch — tất cả cơ quan"] == ["25", "all.ics", "15"]
    assert by_title["Kế hoạch — Văn phòng UBND tỉnh"] == [
        "0", "Không có lịch: không mốc nào có ngày cố định", "1"
    ]  # fmt: skip
    assert not (out / "van-phong-ubnd-tinh.ics").exists()
    # its own 5 undated and KH 22's 5 more given to every Sở; 13 dated, 5 of them KH 348's
    assert by_title["Kế hoạch — Sở Tài chính"] == ["13", "so-tai-chinh.ics", "10"]
    assert by_title["Kế hoạch — Sở Nội vụ"] == ["8", "so-noi-vu.ics", "8"]
    titles = [row[0] for row in rows[1:]]
    assert titles == sorted(titles, key=fold)  # one alphabetical list, fed or not
    assert "không có ngày cố định" in (out / "index.html").read_text(encoding="utf-8")


def test_a_plan_whose_every_deadline_is_undated_is_listed_in_a_split_per_plan(
    tmp_path: Path,
) -> None:
    _, rows = split_index(tmp_path, "plan")
    last = rows[-1]
    assert last[0] == "Kế hoạch 22/KH-UBND"
    assert last[1:] == ["0", "Không có lịch: không mốc nào có ngày cố định", "12"]


def test_filters_work_as_in_status() -> None:
    result = kehoach("export-ics", ICS_PLANS, *AS_OF, "--agency", "so tu phap", "--lead-only")
    items = feed_items(result.stdout)
    assert set(items) == {"kh-348-2022.8.m1@kehoach"}
    assert (
        b"X-WR-CALNAME:K\xe1\xba\xbf ho\xe1\xba\xa1ch \xe2\x80\x94 S\xe1\xbb\x9f T\xc6\xb0 ph\xc3\xa1p\r\n"
        in result.stdout
    )
    only_plan = feed_items(kehoach("export-ics", ICS_PLANS, *AS_OF, "--plan", "15").stdout)
    assert {uid.split(".")[0] for uid in only_plan} == {"kh-15-2022"}


def test_todo_spans_and_alarms_through_the_command() -> None:
    todo = kehoach("export-ics", ICS_PLANS, *AS_OF, "--todo", "--no-alarms")
    assert b"BEGIN:VTODO" in todo.stdout and b"VALARM" not in todo.stdout
    assert len(strict_calendar(todo.stdout).todos) == 9
    spans = kehoach("export-ics", ICS_PLANS, *AS_OF, "--spans", "--alarm", "3")
    window = feed_items(spans.stdout)[RENAMED]
    assert window.decoded("DTSTART") == date(2022, 6, 1)
    assert len(window.subcomponents) == 1


@pytest.mark.parametrize(
    "args",
    [
        ("--split", "agency"),
        ("-o", "x.ics", "--out-dir", "feeds"),
        ("--previous", "khong-co.ics"),
        ("--alarm", "-1"),
        ("--as-of", "31/02/2022"),
        ("--agency", "Sở Không Có"),
    ],
)
def test_usage_errors_exit_2_in_one_line(args: tuple[str, ...]) -> None:
    result = kehoach("export-ics", ICS_PLANS, *args)
    assert result.returncode == 2, err(result)
    assert "Traceback" not in err(result) and result.stdout == b""


def broken_plans(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    shutil.copytree(ICS_PLANS, folder)
    (folder / "kh-hong.yaml").write_text(
        (ICS_PLANS / "kh-15-2022.yaml")
        .read_text(encoding="utf-8")
        .replace("id: kh-15-2022", "id: kh-hong")
        .replace("[Sở Nội vụ]", "[Sở Không Có]"),
        encoding="utf-8",
    )
    (folder / "kh-cu-phap.yaml").write_text("schema: 1\nid: [\n", encoding="utf-8")
    return folder


def test_invalid_plans_stop_the_export_naming_each_file(tmp_path: Path) -> None:
    folder = broken_plans(tmp_path)
    feed = tmp_path / "all.ics"
    result = kehoach("export-ics", folder, *AS_OF, "-o", feed)
    assert result.returncode == 1
    assert "kh-hong.yaml" in err(result) and "kh-cu-phap.yaml" in err(result)
    assert "--skip-invalid" in err(result)
    assert not feed.exists()


def test_skip_invalid_exports_the_valid_plans_and_says_which_were_skipped(tmp_path: Path) -> None:
    folder = broken_plans(tmp_path)
    result = kehoach("export-ics", folder, *AS_OF, "--skip-invalid")
    assert result.returncode == 0, err(result)
    assert f"bỏ qua {folder / 'kh-hong.yaml'} (có lỗi)" in err(result)
    assert "kh-cu-phap.yaml" in err(result)
    plans = {uid.split(".")[0] for uid in feed_items(result.stdout)}
    assert plans == {"kh-15-2022", "kh-348-2022"}


def test_a_broken_registry_is_refused_even_with_skip_invalid(tmp_path: Path) -> None:
    """Every feed names its agencies through the registry: without it, aliases (STC) would
    become feeds of their own and every event's text would change."""
    folder = tmp_path / "plans"
    shutil.copytree(ICS_PLANS, folder)
    with (folder / "agencies.yaml").open("a", encoding="utf-8") as registry:
        registry.write("  - id: [\n")
    result = kehoach("export-ics", folder, *AS_OF, "--skip-invalid", "--out-dir", tmp_path / "f")
    assert result.returncode == 1
    assert f"{folder / 'agencies.yaml'} có lỗi" in err(result)
    assert not (tmp_path / "f").exists()


def test_nothing_valid_left_is_refused_rather_than_an_empty_feed(tmp_path: Path) -> None:
    feed = tmp_path / "all.ics"
    kehoach("export-ics", ICS_PLANS, *AS_OF, "-o", feed)
    before = feed.read_bytes()
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(ICS_PLANS / "agencies.yaml", folder)
    (folder / "kh-cu-phap.yaml").write_text("schema: 1\nid: [\n", encoding="utf-8")
    result = kehoach("export-ics", folder, "--skip-invalid", "-o", feed)
    assert result.returncode == 1
    assert "không còn kế hoạch hợp lệ" in err(result)
    assert feed.read_bytes() == before


def test_an_unwritable_output_path_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    for target in (("-o", tmp_path / "a-file" / "all.ics"), ("--out-dir", tmp_path / "a-file")):
        result = kehoach("export-ics", ICS_PLANS, *AS_OF, *target)
        assert result.returncode == 2
        assert "không ghi được" in err(result) and "Traceback" not in err(result)
        assert len(err(result).splitlines()) == 1


def small_files() -> None:
    """Let the command write at most 2,000 bytes per file, as a full disk would."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))


def test_a_failed_write_leaves_the_previous_feed_untouched(tmp_path: Path) -> None:
    out = tmp_path / "feeds"
    assert (
        kehoach("export-ics", ICS_PLANS, *AS_OF, "--out-dir", out, "--alarm", "0").returncode == 0
    )
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    result = kehoach("export-ics", ICS_PLANS, *AS_OF, "--out-dir", out, preexec=small_files)
    assert result.returncode == 2
    assert "all.ics: không ghi được" in err(result)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no temp file left


def test_a_folder_in_place_of_the_output_file_is_refused_not_replaced(tmp_path: Path) -> None:
    (tmp_path / "all.ics").mkdir()
    result = kehoach("export-ics", ICS_PLANS, *AS_OF, "-o", tmp_path / "all.ics")
    assert result.returncode == 2
    assert "không phải một tệp thường" in err(result)
    assert (tmp_path / "all.ics").is_dir()
