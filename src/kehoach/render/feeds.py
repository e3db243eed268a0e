"""`index.html` beside the exported feeds: each calendar with its subscribe links.

A `webcal://` link opens the subscribe dialog of Apple Calendar, Outlook and Thunderbird;
Google Calendar takes the https address under "Thêm lịch → Từ URL". Both need the address
the feeds are served from (`--base-url`); without it the page links the files relatively.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from kehoach.base.text import printable

if TYPE_CHECKING:
    from kehoach.feeds.ics import Listed

HEAD = """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lịch thời hạn các kế hoạch</title>
<style>
body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #ddd}
td.n{text-align:right}
</style>
</head>
<body>
<h1>Lịch thời hạn các kế hoạch</h1>
"""
HELP_LINKED = (
    "<p>Bấm <b>Đăng ký</b> để thêm lịch vào Apple Calendar, Outlook hoặc Thunderbird; với "
    "Google Calendar, chép <b>địa chỉ</b> vào “Thêm lịch → Từ URL”. Lịch tự cập nhật khi "
    "thời hạn thay đổi.</p>\n"
)
HELP_LOCAL = (
    "<p>Tải tệp .ics để nhập vào lịch. Để đăng ký (lịch tự cập nhật), hãy dùng địa chỉ "
    "đầy đủ của tệp trên máy chủ.</p>\n"
)


UNDATED_NOTE = (
    "<p>Mốc <b>không có ngày cố định</b> (thường xuyên, tính từ một sự kiện chưa có ngày, "
    "hoặc văn bản không nêu thời hạn) không đưa vào lịch được; cột cuối đếm chúng. Cơ quan "
    "chỉ có những mốc như vậy không có lịch riêng nhưng vẫn có tên ở đây.</p>\n"
)
NO_FEED = "Không có lịch: không mốc nào có ngày cố định"


def index_html(listing: Sequence[Listed], base_url: str | None) -> str:
    """The page listing the feeds (file name `stem.ics`) and the groups without one, in
    the order given."""
    base = base_url.rstrip("/") + "/" if base_url else None
    links = ["Đăng ký", "Địa chỉ"] if base else ["Tệp"]
    heads = ["Lịch", "Số mốc", *links, "Không có ngày cố định"]
    rows = [_row(line, base, len(links)) for line in listing]
    return (
        HEAD
        + (HELP_LINKED if base else HELP_LOCAL)
        + (UNDATED_NOTE if any(line.undated for line in listing) else "")
        + "<table>\n<thead><tr>"
        + "".join(f"<th>{h}</th>" for h in heads)
        + "</tr></thead>\n<tbody>\n"
        + "".join(rows)
        + "</tbody>\n</table>\n</body>\n</html>\n"
    )


def _row(line: Listed, base: str | None, columns: int) -> str:
    if line.stem is None:
        cells = f'<td colspan="{columns}">{NO_FEED}</td>'
    else:
        name = f"{line.stem}.ics"
        if base is None:
            links = [_link(name, name)]
        else:
            links = [_link(webcal(base + name), "Đăng ký"), _link(base + name, base + name)]
        cells = "".join(f"<td>{link}</td>" for link in links)
    undated = str(line.undated) if line.undated else ""
    return (
        f'<tr><td>{escape(printable(line.title))}</td><td class="n">{line.events}</td>'
        f'{cells}<td class="n">{undated}</td></tr>\n'
    )


def _link(href: str, text: str) -> str:
    return f'<a href="{escape(href)}">{escape(text)}</a>'


def webcal(url: str) -> str:
    """The subscribe form of a feed's address: `webcal://` in place of `http(s)://`."""
    scheme, sep, rest = url.partition("://")
    return f"webcal://{rest}" if sep and scheme in ("http", "https") else url
