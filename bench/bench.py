"""Benchmarks: CLI start-up against a baseline, and throughput on a large repository.

Run with `make bench`. Numbers are printed, not asserted: timed tests are flaky, and a
benchmark's job is to be read (and compared between commits).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PHRASES = (
    "Trước ngày {d}/{m}/2026",
    "Tháng {m}, {m2}/2026",
    "Quý III/2026",
    "Tham mưu UBND tỉnh trước ngày {d}/{m}/2026",
    "Thường xuyên",
    "Trước ngày 15/12 hằng năm",
)


def cold(command: list[str], runs: int = 15) -> float:
    """Median wall time of `command` in milliseconds, each run a fresh process."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, capture_output=True, check=False)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def startup() -> None:
    baseline = cold([sys.executable, "-c", "import yaml, pydantic"])
    status = cold([str(BIN / "kehoach"), "status", "plans", "--as-of", "01/07/2022"])
    validate = cold([str(BIN / "kehoach"), "validate", "plans"])
    timeline = cold([str(BIN / "kehoach"), "timeline", "plans", "--as-of", "01/08/2022"])
    print(f"python -c 'import yaml, pydantic'   {baseline:7.1f} ms")
    print(f"kehoach status plans               {status:7.1f} ms  ({status / baseline:.2f}x)")
    print(f"kehoach validate plans             {validate:7.1f} ms  ({validate / baseline:.2f}x)")
    print(f"kehoach timeline plans             {timeline:7.1f} ms  ({timeline / baseline:.2f}x)")


def heavy_imports() -> None:
    """Modules `status` must not import: they cost tens of milliseconds each."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kehoach", "status", "plans"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    names = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    for heavy in ("icalendar", "dateutil.parser", "ruamel.yaml"):
        print(f"status imports {heavy:18} {'YES' if heavy in names else 'no'}")


def synthetic(folder: Path, plans: int, tasks: int) -> None:
    """`plans` files of `tasks` tasks each, with the bundled agency registry."""
    (folder / "agencies.yaml").write_bytes((ROOT / "plans" / "agencies.yaml").read_bytes())
    for p in range(plans):
        lines = [
            "schema: 1",
            f"id: kh-bench-{p}",
            f"number: {p}/KH-UBND",
            "title: Kế hoạch đo hiệu năng",
            "issuer: UBND tỉnh Nghệ An",
            "issued: 2025-12-01",
            "source: {document: bench, complete: true}",
            "tasks:",
        ]
        for t in range(tasks):
            m = t % 11 + 1
            phrase = PHRASES[t % len(PHRASES)].format(d=t % 28 + 1, m=m, m2=m + 1)
            lines += [
                f'  - id: "{t + 1}"',
                f"    title: Nhiệm vụ số {t + 1} về chuyển đổi số và cải cách hành chính",
                "    lead: [Sở Tài chính]",
                "    support: [Văn phòng UBND tỉnh]",
                f'    deadline: "{phrase}"',
            ]
        (folder / f"kh-{p}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def throughput(plans: int = 50, tasks: int = 100) -> None:
    from kehoach.plan.loader import load_repository
    from kehoach.plan.rules import check_repository
    from kehoach.plan.settings import Settings
    from kehoach.reports.status import build_report

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        synthetic(folder, plans, tasks)
        total = plans * tasks
        start = time.perf_counter()
        repo = load_repository([folder], Settings(), folder)
        loaded = time.perf_counter()
        findings = check_repository(repo, Settings())
        checked = time.perf_counter()
        build_report(repo.plans, Settings(), repo.directory, date(2026, 7, 1))
        reported = time.perf_counter()
    assert not findings, findings[:3]
    print(f"load + schema    {total / (loaded - start):9,.0f} tasks/s ({total:,} tasks)")
    print(f"rules            {total / (checked - loaded):9,.0f} tasks/s")
    print(f"status report    {total / (reported - checked):9,.0f} tasks/s")


if __name__ == "__main__":
    startup()
    heavy_imports()
    throughput()
