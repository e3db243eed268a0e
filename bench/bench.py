"""`make bench`: kehoach against its floors and against Taskwarrior, at 500 to 50,000 tasks.

Each size gets a generated repository (plans of 50 tasks: realistic titles, agencies from
the bundled registry, every deadline form, some tasks done). Every command runs as a whole
process, the way people run it, interleaved round by round with the floors it is compared
with, so a noisy machine slows them alike:

- `python -c pass` (the interpreter) and a bare Typer app printing a Rich table (the
  framework: what no kehoach command can go below);
- libyaml's bare parse of the same files (`yaml.load` with `CSafeLoader`: the parser's floor
  for `validate`);
- icalendar's own build and serialise of the same events (the floor for `export-ics`);
- `task overdue` on the same tasks imported into a throw-away Taskwarrior database (what
  people would otherwise pick), when Taskwarrior is installed (the bench tries apt-get);
- the edits as they were: `done` and `reschedule` with the whole plan file through
  ruamel.yaml's round trip (`WHOLE_FILE`), beside the same commands as they are, which
  send only the task's lines through it. Edits run on plans of up to 5,000 tasks (a plan
  file is capped at 2 MB, about 7,000 of these tasks: 50,000 tasks are ten such plans),
  each run on the file as generated;
- `import` of an appendix table (.xlsx, min(tasks, 2,000) rows: TT, Nội dung, Chủ trì,
  Phối hợp, Thời hạn, the generator's titles, agencies and deadline forms) beside openpyxl's
  bare load of the same workbook (the reader's floor), and beside the import with the draft
  written as it was before import26 (dumped, read back and dumped again by `canonical`).

"cold" runs start with an empty plan cache, "warm" ones with the cache the previous run left
(`KEHOACH_CACHE_DIR` points both into the bench's temporary folder): for `status` and
`timeline` that is the output kept for the same files, day and options; "status (warm, new
day)" asks for another day, so only the plans come from the cache. Printed: the median wall
time of each, the ratios the issue sets targets for, the growth from each size to the next
and each command's peak memory (its maximum resident set, from GNU time).

Environment: BENCH_SIZES (default 500,5000; add 50000 for the large size, several minutes)
and BENCH_RUNS_LARGE (rounds at 50,000 tasks, default 1), BENCH_RUNS (rounds per size, default 3).
Numbers are printed, not asserted: a benchmark's job is to be read and compared.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
KEHOACH = str(BIN / "kehoach")
AS_OF = "01/07/2026"
OTHER_DAY = "02/07/2026"
TASKS_PER_PLAN = 50
EDIT_PLAN = 5_000  # tasks in each plan the edits run on: a plan file is capped at 2 MB
LARGE = 50_000  # rounds at this size and above: BENCH_RUNS_LARGE (default 1; minutes each)
TIMER = Path("/usr/bin/time").exists()  # GNU time: each command's own peak memory
MAXRSS = Path(tempfile.gettempdir()) / f"kehoach-bench-maxrss-{os.getpid()}"

# Titles as plans write them: a verb and an object, with the Vietnamese of real plans.
VERBS = (
    "Xây dựng",
    "Rà soát",
    "Tổng kết",
    "Triển khai",
    "Tham mưu ban hành",
    "Kiểm tra, đôn đốc",
    "Báo cáo kết quả",
    "Hoàn thiện",
    "Tuyên truyền, phổ biến",
    "Đánh giá tình hình",
)
OBJECTS = (
    "kế hoạch chuyển đổi số của tỉnh giai đoạn 2026 - 2030",
    "đề án sắp xếp đơn vị hành chính cấp xã",
    "quy chế phối hợp giữa các sở, ngành và UBND các xã, phường",
    "chương trình cải cách hành chính năm 2026",
    "báo cáo tổng kết 10 năm thực hiện Nghị quyết số 26-NQ/TW",
    "cơ sở dữ liệu đất đai và hệ thống thông tin giải quyết thủ tục hành chính",
    "phương án phân bổ kinh phí thực hiện các chương trình mục tiêu quốc gia",
    "kết quả thực hiện các chỉ tiêu phát triển kinh tế - xã hội",
)


@dataclass(frozen=True)
class Form:
    """One way plans write a deadline, with the day Taskwarrior is given as `due`."""

    phrase: str
    due: date | None


def forms(n: int) -> Form:
    """The n-th deadline: every form of the deadline language in turn, days varying."""
    d, m = n % 28 + 1, n % 11 + 1
    day = date(2026, m, d)
    last = (date(2026, m + 2, 1) - timedelta(days=1)) if m < 11 else date(2026, 12, 31)
    quarter = n % 4 + 1
    roman = ("I", "II", "III", "IV")[quarter - 1]
    cases = (
        Form(f"Trước ngày {d}/{m}/2026", day),
        Form(f"Trước {d}/{m}/2026", day),
        Form(f"Tham mưu UBND tỉnh trước ngày {d:02d}/{m}/2026", day),
        Form(f"chậm nhất là ngày {d} tháng {m} năm 2026", day),
        Form(f"trước ngày {d}.{m}.2026", day),
        Form(f"Trước ngày {d}/{m}", day),  # the year of the plan's issue date
        Form("cuối năm 2026", date(2026, 12, 31)),
        Form(f"Tháng {m}, {m + 1}/2026", last),
        Form(f"Trong tháng {m}/2026", date(2026, m + 1, 1) - timedelta(days=1)),
        Form(f"Quý {roman}/2026", _quarter_end(quarter)),
        Form("6 tháng đầu năm 2026", date(2026, 6, 30)),
        Form("Năm 2027", date(2027, 12, 31)),
        Form("Giai đoạn 2026 - 2030", date(2030, 12, 31)),
        Form(f"từ ngày 01/{m}/2026 đến hết ngày {d}/{m + 1}/2026", date(2026, m + 1, d)),
        Form("Trước ngày 15/12 hằng năm", date(2026, 12, 15)),
        Form("Định kỳ hằng quý", None),
        Form("Thường xuyên", None),
        Form("Sau 15 ngày kể từ ngày ký", None),
        Form("Không nêu thời hạn", None),
    )
    return cases[n % len(cases)]


def _quarter_end(quarter: int) -> date:
    if quarter == 4:
        return date(2026, 12, 31)
    return date(2026, 3 * quarter + 1, 1) - timedelta(days=1)


def registry_names() -> list[str]:
    """Agency names and aliases of the bundled registry, as plans write them."""
    import yaml

    data = yaml.load((ROOT / "plans" / "agencies.yaml").read_bytes(), Loader=yaml.CSafeLoader)
    names = []
    for agency in data["agencies"]:
        names.append(agency["name"])
        names.extend(agency.get("aliases", [])[:1])
    return names


@dataclass
class Generated:
    folder: Path
    tasks: int
    taskwarrior: list[dict[str, str]] = field(default_factory=list)


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML string


def generate(folder: Path, tasks: int, per_plan: int = TASKS_PER_PLAN) -> Generated:
    """A repository of `tasks` tasks in plans of `per_plan`, with its registry and calendar."""
    folder.mkdir(parents=True)
    for name in ("agencies.yaml", "calendar.yaml"):
        shutil.copyfile(ROOT / "plans" / name, folder / name)
    names = registry_names()
    out = Generated(folder, tasks)
    n = 0
    for p in range(tasks // per_plan):
        lines = [
            "schema: 1",
            f"id: kh-bench-{p}",
            f"number: {p + 1}/KH-UBND",
            "title: Kế hoạch triển khai chương trình chuyển đổi số và cải cách hành chính",
            "issuer: UBND tỉnh Nghệ An",
            "jurisdiction: Nghệ An",
            "issued: 2026-01-01",
            "source: {document: bench, complete: true}",
            "tasks:",
        ]
        for t in range(per_plan):
            n += 1
            form = forms(n)
            title = f"{VERBS[n % len(VERBS)]} {OBJECTS[n % len(OBJECTS)]} (việc {t + 1})"
            lead = names[n % len(names)]
            support = names[(n * 7 + 3) % len(names)]
            lines += [
                f'  - id: "{t + 1}"',
                f"    title: {_quote(title)}",
                f"    lead: [{_quote(lead)}]",
                f"    support: [{_quote(support)}]",
            ]
            done = form.due is not None and n % 5 == 0
            if n % 23 == 0:  # a task in two steps
                lines += [
                    "    deadlines:",
                    f"      - phrase: {_quote('Xây dựng dự thảo trước ngày 15/3/2026')}",
                    f"      - phrase: {_quote(form.phrase)}",
                ]
            else:
                lines.append(f"    deadline: {_quote(form.phrase)}")
            if done:
                lines += ["    status: done", "    completed: 2026-02-10"]
            out.taskwarrior.append(_taskwarrior(p, title, form.due, done))
        (folder / f"kh-bench-{p}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def _taskwarrior(plan: int, title: str, due: date | None, done: bool) -> dict[str, str]:
    task = {"description": title, "project": f"kh{plan}", "entry": "20260105T000000Z"}
    if due is not None:
        task["due"] = due.strftime("%Y%m%dT000000Z")
    task["status"] = "completed" if done else "pending"
    if done:
        task["end"] = "20260210T000000Z"
    return task


# --- the floors --------------------------------------------------------------------------

BARE_TYPER = """
import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer()

@app.command()
def main() -> None:
    table = Table("Cơ quan", "Quá hạn", "Sắp đến hạn")
    table.add_row("Sở Tài chính", "3", "1")
    Console().print(table)

app()
"""

LIBYAML = """
import sys, yaml
from pathlib import Path
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""

# An edit as it was before it sent only the task's lines through ruamel.yaml: the same
# command, with the whole file through the round trip.
WHOLE_FILE = """
import sys
from kehoach.review import edit
edit._edit_task_lines = lambda *args: None
from kehoach.cli import main
sys.argv = ["kehoach", *sys.argv[1:]]
main()
"""

# One event per milestone, the properties export-ics writes, built and serialised once by
# icalendar alone: the floor for export-ics. Deadlines come from the generator's own table.
ICALENDAR = """
import json, sys
from datetime import date, datetime, timedelta, timezone
import icalendar
rows = json.load(open(sys.argv[1], encoding="utf-8"))
cal = icalendar.Calendar()
cal.add("prodid", "-//bench//icalendar//VI")
cal.add("version", "2.0")
stamp = datetime(2026, 7, 1, tzinfo=timezone.utc)
for i, row in enumerate(rows):
    if "due" not in row:
        continue
    due = datetime.strptime(row["due"][:8], "%Y%m%d").date()
    summary = "[" + row["project"] + "] " + row["description"]
    ev = icalendar.Event()
    ev.add("summary", summary)
    ev.add("dtstart", due)
    ev.add("dtend", due + timedelta(days=1))
    ev.add("dtstamp", stamp)
    ev.add("uid", f"{i}@bench")
    ev.add("sequence", 0)
    ev.add("categories", ["Sở Tài chính", "Văn phòng UBND tỉnh"])
    ev.add("description", "Nhiệm vụ: " + row["description"] + "\\nChủ trì: Sở Tài chính")
    ev.add("last-modified", stamp)
    ev.add("status", "CONFIRMED")
    ev.add("transp", "TRANSPARENT")
    for days in (7, 1):
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Còn {days} ngày đến hạn: " + summary)
        alarm.add("trigger", -timedelta(days=days - 1, hours=15))
        ev.add_component(alarm)
    cal.add_component(ev)
sys.stdout.buffer.write(cal.to_ical())
"""


# The import as it was before import26: the draft dumped, read back and dumped again by
# `canonical` (import26 styles it once, `edit.canonical_data`).
IMPORT_READ_BACK = """
import sys
from kehoach.review import edit, planfile
def _write(document, comment):
    plain = {k: v for k, v in document.items() if v is not None}
    text = comment + edit.dump_document(plain)
    try:
        return edit.canonical(text)
    except edit.EditError:
        return text
planfile._write = _write
from kehoach.cli import main
sys.argv = ["kehoach", *sys.argv[1:]]
main()
"""

OPENPYXL = """
import sys, openpyxl
openpyxl.load_workbook(sys.argv[1], data_only=True)
openpyxl.load_workbook(sys.argv[1], data_only=False)
"""
IMPORT_ROWS = 2_000  # rows of the table `import` reads: a large real appendix is ~300


def appendix_xlsx(path: Path, rows: int) -> None:
    """An appendix table of `rows` tasks as a province prints it, in one sheet."""
    from openpyxl import Workbook

    names = registry_names()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"])
    for n in range(1, rows + 1):
        title = f"{VERBS[n % len(VERBS)]} {OBJECTS[n % len(OBJECTS)]} (việc {n})"
        lead, support = names[n % len(names)], names[(n * 7 + 3) % len(names)]
        sheet.append([str(n), title, lead, support, forms(n).phrase])
    book.save(path)


def import_jobs(size: int, tmp: Path) -> Iterator[Job]:
    """`import` of a table of min(`size`, IMPORT_ROWS) rows, its floor and its former self."""
    table = tmp / "appendix.xlsx"
    appendix_xlsx(table, min(size, IMPORT_ROWS))
    args = ["import", str(table), "--title", "Phụ lục", "--issuer", "UBND tỉnh Nghệ An"]
    args += ["--issued", "05/01/2026"]
    yield Job("openpyxl load (import's floor)", [sys.executable, "-c", OPENPYXL, str(table)])
    yield Job("import .xlsx", [KEHOACH, *args])
    yield Job("import .xlsx (draft read back)", [sys.executable, "-c", IMPORT_READ_BACK, *args])


def taskwarrior_db(gen: Generated, home: Path) -> dict[str, str] | None:
    """A Taskwarrior database holding the generated tasks; None (said why) without `task`."""
    if shutil.which("task") is None:
        # as root (a container, CI) apt-get runs itself; elsewhere through sudo, never asking
        root = os.geteuid() == 0
        install = [
            *([] if root else ["sudo", "-n"]),
            "apt-get",
            "install",
            "-y",
            "-q",
            "taskwarrior",
        ]
        if shutil.which(install[0]) is not None:
            subprocess.run(install, capture_output=True, check=False)
    if shutil.which("task") is None:
        print("note: Taskwarrior is not installed and apt-get could not install it: skipped")
        return None
    rc = home / "taskrc"
    rc.write_text(f"data.location={home / 'data'}\nconfirmation=off\nverbose=nothing\n")
    env = {**os.environ, "TASKRC": str(rc), "TASKDATA": str(home / "data")}
    dump = home / "tasks.json"
    dump.write_text(json.dumps(gen.taskwarrior, ensure_ascii=False), encoding="utf-8")
    subprocess.run(["task", "import", str(dump)], env=env, capture_output=True, check=True)
    return env


# --- running and timing ------------------------------------------------------------------


@dataclass
class Timing:
    seconds: list[float] = field(default_factory=list)
    peak_mb: float = 0.0
    codes: set[int] = field(default_factory=set)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


@dataclass(frozen=True)
class Job:
    name: str
    argv: list[str]
    env: dict[str, str] | None = None
    cache: Path | None = None  # emptied before each run: a cold start
    stdin: str | None = None
    cwd: Path | None = None  # else the generated repository
    reset: tuple[Path, Path] | None = None  # (as generated, file): copied before each run


def run(job: Job, timing: Timing, cwd: Path) -> None:
    """Run `job` once; add its wall time, exit code and peak memory to `timing`."""
    if job.cache is not None:
        shutil.rmtree(job.cache, ignore_errors=True)
    if job.reset is not None:
        shutil.copyfile(*job.reset)
    # /usr/bin/time measures the command's own peak: wait4 on our fork would also count
    # the pages the fork inherited from this (large, after generating) process.
    meter = ["/usr/bin/time", "-f", "%M", "-o", str(MAXRSS)] if TIMER else []
    start = time.perf_counter()
    proc = subprocess.Popen(
        [*meter, *job.argv],
        cwd=job.cwd or cwd,
        env=job.env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    timing.seconds.append(time.perf_counter() - start)
    proc.returncode = os.waitstatus_to_exitcode(status)
    timing.codes.add(proc.returncode)
    kilobytes = usage.ru_maxrss  # kilobytes on Linux
    if TIMER:
        kilobytes = int(MAXRSS.read_text().split()[-1])
    timing.peak_mb = max(timing.peak_mb, kilobytes / 1024)


def jobs(gen: Generated, tmp: Path, tw_env: dict[str, str] | None) -> Iterator[Job]:
    """Every process one round runs at one size: floors first, then kehoach cold and warm."""
    py = sys.executable
    bare = tmp / "bare_typer.py"
    bare.write_text(BARE_TYPER)
    events = tmp / "events.json"
    events.write_text(json.dumps(gen.taskwarrior, ensure_ascii=False), encoding="utf-8")
    yield Job("python -c pass", [py, "-c", "pass"])
    yield Job("bare Typer + Rich table", [py, str(bare)])
    yield Job("libyaml bare parse", [py, "-c", LIBYAML, str(gen.folder)])
    yield Job("icalendar build+serialise", [py, "-c", ICALENDAR, str(events)])
    if tw_env is not None:
        yield Job("task overdue", ["task", "overdue"], env=tw_env)
    commands = {
        "validate": ["validate", "."],
        "status": ["status", ".", "--as-of", AS_OF],
        "status --format json": ["status", ".", "--as-of", AS_OF, "--format", "json"],
        "export-ics": ["export-ics", "-o", "-", ".", "--as-of", AS_OF],
        "timeline": ["timeline", ".", "--as-of", AS_OF],
    }
    cache = tmp / "cache"
    env = {**os.environ, "KEHOACH_CACHE_DIR": str(cache), "COLUMNS": "120"}
    for name, args in commands.items():
        yield Job(f"{name} (cold)", [KEHOACH, *args], env=env, cache=cache)
        yield Job(f"{name} (warm)", [KEHOACH, *args], env=env)
        if name == "status":
            # The plans are cached but not this day's output: what a clerk's first `status`
            # of a new day costs (every later run that day is the warm one above).
            other = ["status", ".", "--as-of", OTHER_DAY]
            yield Job("status (warm, new day)", [KEHOACH, *other], env=env)


EDITS = {
    "done": ["done", "kh-bench-0/1", "--on", AS_OF],
    "reschedule": [
        "reschedule", "kh-bench-0/2", "Trước ngày 30/9/2026",
        "--reason", "Công văn xin gia hạn", "--on", AS_OF,
    ],
}  # fmt: skip


def edit_jobs(size: int, tmp: Path) -> Iterator[Job]:
    """`done` and `reschedule` of one task in plans of up to EDIT_PLAN tasks (`size` in
    all), cold, as they are and as they were (WHOLE_FILE), each on the file as generated."""
    folder = tmp / "edits"
    generate(folder / "plans", size, min(size, EDIT_PLAN))
    target = folder / "plans" / "kh-bench-0.yaml"
    generated = folder / "kh-bench-0.yaml"
    shutil.copyfile(target, generated)
    cache = tmp / "edit-cache"
    env = {**os.environ, "KEHOACH_CACHE_DIR": str(cache), "COLUMNS": "120"}
    for name, args in EDITS.items():
        for label, argv in (
            ("task's lines", [KEHOACH]),
            ("whole file", [sys.executable, "-c", WHOLE_FILE]),
        ):
            yield Job(
                f"{name} ({label})", [*argv, *args], env=env, cache=cache, cwd=folder,
                reset=(generated, target),
            )  # fmt: skip


def measure(size: int, rounds: int, base: Path) -> dict[str, Timing]:
    tmp = base / f"size-{size}"
    gen = generate(tmp / "plans", size)
    tw_home = tmp / "taskwarrior"
    tw_home.mkdir()
    tw_env = taskwarrior_db(gen, tw_home)
    plan = [*jobs(gen, tmp, tw_env), *edit_jobs(size, tmp), *import_jobs(size, tmp)]
    timings = {job.name: Timing() for job in plan}
    for _ in range(rounds):
        for job in plan:
            run(job, timings[job.name], gen.folder)
    return timings


# --- the table -----------------------------------------------------------------------------


def table(results: dict[int, dict[str, Timing]]) -> None:
    sizes = sorted(results)
    names = list(results[sizes[0]])
    head = " | ".join(f"{s:,} tasks" for s in sizes)
    print(f"\n| process | {head} | peak MB at {sizes[-1]:,} |")
    print("|---|" + "---|" * (len(sizes) + 1))
    for name in names:
        cells = []
        for size in sizes:
            timing = results[size].get(name)
            cells.append(_cell(timing))
        peak = results[sizes[-1]].get(name)
        print(f"| {name} | {' | '.join(cells)} | {peak.peak_mb:,.0f} |" if peak else "")
    growth(results, sizes, names)
    ratios(results, sizes)
    edit_ratios(results, sizes)
    import_ratios(results, sizes)


def _cell(timing: Timing | None) -> str:
    if timing is None:
        return "—"
    flag = "" if timing.codes <= {0, 1} else f" (exit {sorted(timing.codes)})"
    return f"{timing.median:.3f} s{flag}"


def growth(results: dict[int, dict[str, Timing]], sizes: list[int], names: list[str]) -> None:
    if len(sizes) < 2:
        return
    pairs = list(itertools.pairwise(sizes))
    print("\nGrowth (median time at the larger size / at the smaller; 10× the tasks):\n")
    print("| process | " + " | ".join(f"{a:,}→{b:,}" for a, b in pairs) + " |")
    print("|---|" + "---|" * len(pairs))
    for name in names:
        cells = []
        for a, b in pairs:
            ta, tb = results[a].get(name), results[b].get(name)
            cells.append(f"{tb.median / ta.median:.1f}×" if ta and tb else "—")
        print(f"| {name} | {' | '.join(cells)} |")


TARGETS = (  # (what, numerator, denominator, size, target)
    ("warm status / task overdue", "status (warm)", "task overdue", 50_000, 0.5),
    ("warm status / bare Typer", "status (warm)", "bare Typer + Rich table", 5_000, 1.3),
    ("cold validate / libyaml parse", "validate (cold)", "libyaml bare parse", 50_000, 1.2),
    ("export-ics / icalendar alone", "export-ics (cold)", "icalendar build+serialise", 5_000, 1.5),
)


def ratios(results: dict[int, dict[str, Timing]], sizes: list[int]) -> None:
    print("\nRatios (the issue's targets; every size shown, the target's size marked *):\n")
    print("| ratio | " + " | ".join(f"{s:,}" for s in sizes) + " | target |")
    print("|---|" + "---|" * (len(sizes) + 1))
    for what, top, bottom, at, target in TARGETS:
        cells = []
        for size in sizes:
            a, b = results[size].get(top), results[size].get(bottom)
            mark = "*" if size == at else ""
            cells.append(f"{a.median / b.median:.2f}{mark}" if a and b else "—")
        print(f"| {what} | {' | '.join(cells)} | ≤ {target} |")


def edit_ratios(results: dict[int, dict[str, Timing]], sizes: list[int]) -> None:
    print("\nEdits: the whole file through ruamel.yaml / the task's lines alone (times faster):\n")
    print("| edit | " + " | ".join(f"{s:,}" for s in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    for name in EDITS:
        cells = []
        for size in sizes:
            a, b = (results[size].get(f"{name} ({w})") for w in ("whole file", "task's lines"))
            cells.append(f"{a.median / b.median:.1f}×" if a and b else "—")
        print(f"| {name} | {' | '.join(cells)} |")


def import_ratios(results: dict[int, dict[str, Timing]], sizes: list[int]) -> None:
    print("\nImport: min(tasks, 2,000) rows of .xlsx, ratios side by side:\n")
    print("| ratio | " + " | ".join(f"{min(s, IMPORT_ROWS):,} rows" for s in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    pairs = (
        ("import / openpyxl load", "import .xlsx", "openpyxl load (import's floor)"),
        ("draft read back / written once", "import .xlsx (draft read back)", "import .xlsx"),
    )
    for what, top, bottom in pairs:
        cells = []
        for size in sizes:
            a, b = results[size].get(top), results[size].get(bottom)
            cells.append(f"{a.median / b.median:.1f}×" if a and b else "—")
        print(f"| {what} | {' | '.join(cells)} |")


def main() -> None:
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "500,5000").split(",")]
    rounds = int(os.environ.get("BENCH_RUNS", "3"))
    print(f"kehoach bench: sizes {sizes}, {rounds} rounds each, {os.cpu_count()} cores")
    results: dict[int, dict[str, Timing]] = {}
    with tempfile.TemporaryDirectory(prefix="kehoach-bench-") as tmp:
        for size in sizes:
            start = time.perf_counter()
            runs = rounds if size < LARGE else int(os.environ.get("BENCH_RUNS_LARGE", "1"))
            results[size] = measure(size, runs, Path(tmp))
            print(f"  {size:,} tasks measured in {time.perf_counter() - start:.0f} s")
    table(results)


if __name__ == "__main__":
    main()
