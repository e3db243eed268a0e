"""Headless Chromium from Debian, as the browser tests use it, and a small PNG reader.

Chromium and Mermaid are installed by `.ci/run` and `make`; a developer without them
sees the browser tests skipped, CI (where CI is set) sees them fail.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT = 120  # seconds for one Chromium run; a hung browser fails the test, not CI


def required(what: str, found: str | Path | None, how: str) -> str:
    """The path of a tool the browser tests need; without it, skip (or fail in CI)."""
    if found:
        return str(found)
    message = f"{what} is not installed ({how})"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def chromium() -> str:
    how = ".ci/run installs it; by hand: apt-get install chromium fonts-dejavu-core"
    return required("chromium", shutil.which("chromium"), how)


def mermaid_js() -> str:
    found = sorted(ROOT.glob(".cache/mermaid-*/mermaid.min.js"))
    how = "`make test` fetches it with npm when npm and its registry can be reached"
    return required("mermaid", found[-1] if found else None, how)


def run_chromium(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [chromium(), *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)


def dump_dom(page: Path, profile: Path, *args: str) -> str:
    result = run_chromium(page, profile, "--dump-dom", *args)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def screenshot(page: Path, profile: Path, png: Path) -> bytes:
    result = run_chromium(page, profile, f"--screenshot={png}", "--window-size=1600,1000")
    assert result.returncode == 0 and png.exists(), result.stderr[-2000:]
    return png.read_bytes()


def mermaid_dom(block: str, script: str, folder: Path) -> str:
    """The DOM Chromium leaves after `script` ran on a page (written in `folder`) holding
    the pinned Mermaid, `block` (a diagram's text) in `<pre id="source">` and an empty
    `<div id="out">`. The script sets `document.body.dataset.result` to "drawn" once Mermaid
    has drawn, else to "error: …"; the test fails unless it reads "drawn"."""
    page = folder / "mermaid.html"
    page.write_text(
        '<!DOCTYPE html><meta charset="utf-8">'
        f'<script src="{Path(mermaid_js()).as_uri()}"></script>'
        f'<pre id="source">{block.replace("&", "&amp;").replace("<", "&lt;")}</pre>'
        '<div id="out"></div><script>'
        "mermaid.initialize({startOnLoad: false});"
        f"{script}</script>",
        encoding="utf-8",
    )
    dom = dump_dom(page, folder / "profile", "--virtual-time-budget=10000")
    assert 'data-result="drawn"' in dom, re.findall(r'data-result="[^"]*"', dom)
    return dom


# --- PNG: enough of the format to count the colours of a screenshot ---------------------

SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHANNELS = {2: 3, 6: 4}  # colour type: RGB, RGBA (8 bits per channel)


def pixels(png: bytes) -> list[bytes]:
    """Every pixel of an 8-bit RGB or RGBA PNG, as bytes, row after row."""
    assert png.startswith(SIGNATURE), "not a PNG"
    width, height, depth, colour, data = _chunks(png)
    assert depth == 8 and colour in CHANNELS, f"unsupported PNG: depth {depth}, type {colour}"
    size = CHANNELS[colour]
    rows = _unfiltered(zlib.decompress(data), width * size, height, size)
    return [row[i : i + size] for row in rows for i in range(0, len(row), size)]


def _chunks(png: bytes) -> tuple[int, int, int, int, bytes]:
    offset, data, header = len(SIGNATURE), b"", b""
    while offset < len(png):
        length, kind = struct.unpack(">I4s", png[offset : offset + 8])
        body = png[offset + 8 : offset + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            data += body
        offset += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    return width, height, depth, colour, data


def _unfiltered(raw: bytes, stride: int, height: int, size: int) -> list[bytes]:
    """Undo the per-row filters of PNG (none, sub, up, average, Paeth)."""
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - size] if i >= size else 0
            up = previous[i]
            corner = previous[i - size] if i >= size else 0
            line[i] = (line[i] + _predict(kind, left, up, corner)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return rows


def _predict(kind: int, left: int, up: int, corner: int) -> int:
    if kind == 0:
        return 0
    if kind == 1:
        return left
    if kind == 2:
        return up
    if kind == 3:
        return (left + up) // 2
    guess = left + up - corner  # Paeth
    near = min(
        (abs(guess - left), 0, left), (abs(guess - up), 1, up), (abs(guess - corner), 2, corner)
    )
    return near[2]


def mermaid_texts(block: str, folder: Path) -> list[str]:
    """The texts Mermaid itself draws for the chart `block` (each SVG <text>), rendered in
    headless Chromium; fails the test when Mermaid does not draw it."""
    dom = mermaid_dom(
        block,
        'mermaid.render("chart", document.getElementById("source").textContent)'
        ".then(r => { out.innerHTML = r.svg; document.body.dataset.result = 'drawn';"
        " document.body.dataset.texts = JSON.stringify("
        "[...out.querySelectorAll('text')].map(t => t.textContent)); })"
        '.catch(e => { document.body.dataset.result = "error: " + e; });',
        folder,
    )
    found = re.search(r'data-texts="([^"]*)"', dom)
    assert found is not None, dom[-500:]
    texts: list[str] = json.loads(html.unescape(found.group(1)))
    return texts
