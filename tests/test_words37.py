"""Session 37 (issue 11 §4, refusal messages): every refusal of `dates/refusals.py` where a
clerk must write the day ends with the way out — `last_day`, or `first_day` for a window's
start — as issue 11's first rule asks ("refused with a reason and a way out"). Before this
session the asides' checks (a weekday, a length, a lunar gloss in parentheses) and the past
day of a yearless phrase ("cần ghi rõ năm") named no field."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

from deadline_forms import ctx, refused
from kehoach.dates import refusals
from kehoach.dates.deadline import parse_deadlines

WAYS_OUT = ("last_day", "first_day")


def _names_way_out(why: str) -> bool:
    return any(field in why for field in WAYS_OUT)


# --- real phrases (the corpus file in a comment) ---


def test_past_day_without_year_names_last_day() -> None:
    # tests/corpus/r-nld-hcm-sgd-bao-cao-thong-ke-2025.yaml: issued 01/11/2025, 16/10 is past
    why = refused("hoàn thành các nội dung theo yêu cầu trước ngày 16-10", ctx("2025-11-01"))
    assert "đã qua khi kế hoạch ban hành" in why
    assert "cần ghi rõ năm" in why
    assert "ghi last_day" in why


def test_past_month_without_year_names_last_day() -> None:
    # tests/corpus/a-cp-nq-230-2025.yaml: issued 10/08/2025, July is past
    why = refused("Trong tháng 7", ctx("2025-08-10"))
    assert why.startswith("hạn 31/07/2025 đã qua")
    assert why.endswith("ghi last_day theo văn bản")


def test_past_window_without_year_names_last_day() -> None:
    # tests/corpus/p-huongtho-hue-lich-thoi-vu-dong-xuan-2021.yaml: issued 20/10/2021
    why = refused("15-20/1", ctx("2021-10-20"))
    assert "hạn 20/01/2021 đã qua" in why
    assert "ghi last_day" in why


def test_a_lunar_gloss_after_the_last_day_is_that_day_s() -> None:
    # tests/corpus/x-dong-nai-snv-ngung-tiep-nhan-ho-so-tet-2026.yaml: held refused (the
    # parenthesis named no one deadline) until famd53's lunarrow checks a gloss closing a
    # list against its last day: 23/02/2026 is the 7th of Giêng, Bính Ngọ
    pause, back = parse_deadlines(
        "Thời gian ngưng tiếp nhận hồ sơ thủ tục hành chính bắt đầu từ ngày 14/02/2026 và tiếp "
        "nhận lại hồ sơ từ thứ Hai, ngày 23/02/2026 (tức ngày 07 tháng Giêng năm Bính Ngọ)",
        ctx("2026-02-10"),
    )
    assert (pause.earliest, back.earliest) == (date(2026, 2, 14), date(2026, 2, 23))
    assert back.gloss == "tức ngày 07 tháng Giêng năm Bính Ngọ"


def test_weekday_beside_a_window_names_last_day() -> None:
    # neighbour of tests/corpus/v-nuicam-an-giang-treo-co-dai-hoi-xiv.yaml, whose weekday after
    # the span's end names that end and reads (fixes39 #7); after its start, it stays refused
    why = refused(
        "treo Quốc kỳ từ chiều ngày 18/01/2026 (chủ nhật) đến hết ngày 25/01/2026",
        ctx("2026-01-10"),
    )
    assert "thứ trong tuần chỉ đi với một ngày cụ thể" in why
    assert "ghi last_day" in why


def test_past_start_without_year_names_first_day() -> None:
    # neighbour of r-nld-hcm-sgd-…: a start bound past when the plan was issued
    why = refused("Từ ngày 15/1", ctx("2026-02-10"))
    assert why.startswith("mốc bắt đầu 15/01/2026 đã qua")
    assert why.endswith("ghi first_day theo văn bản")


# --- refusal neighbours: near phrases that stay refused, now with their way out ---


def test_weekday_contradicting_its_day_names_corrected_last_day() -> None:
    # neighbour of x-dong-nai-snv-…: 24/02/2026 is a Tuesday, not a Monday
    why = refused("tiếp nhận lại hồ sơ trước ngày 24/02/2026 (thứ Hai)", ctx("2026-02-10"))
    assert "là Thứ Ba, không phải Thứ Hai" in why
    assert "ghi last_day theo văn bản đã sửa" in why


def test_weekday_before_its_day_contradicting_names_corrected_last_day() -> None:
    # neighbour of x-dong-nai-snv-…, the weekday written before the day
    why = refused("Thứ Hai, ngày 24/02/2026", ctx("2026-02-10"))
    assert "là Thứ Ba, không phải Thứ Hai" in why
    assert "ghi last_day theo văn bản đã sửa" in why


def test_length_that_does_not_fit_names_both_days() -> None:
    # neighbour of v-nuicam-an-giang-…: 18–25/01 is 8 days, not 5
    why = refused("treo Quốc kỳ từ ngày 18/01/2026 đến ngày 25/01/2026 (5 ngày)", ctx("2026-01-10"))
    assert "không khớp khoảng" in why
    assert "ghi first_day và last_day" in why


def test_lunar_gloss_contradicting_names_corrected_last_day() -> None:
    # neighbour of x-dong-nai-snv-…: 24/02/2026 is the 8th of Giêng, not the 7th
    why = refused(
        "tiếp nhận lại hồ sơ trước ngày 24/02/2026 (tức ngày 07 tháng Giêng)", ctx("2026-02-10")
    )
    assert "ghi last_day theo văn bản đã sửa" in why


# --- every refusal of the kinds changed names the way out ---


def _refusals_in_source() -> list[tuple[int, str]]:
    path = Path(refusals.__file__)
    text = path.read_text(encoding="utf-8")
    found = []
    for node in ast.walk(ast.parse(text)):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        call = node.exc
        if not (isinstance(call.func, ast.Name) and call.func.id in ("Unreadable", "Contradicted")):
            continue
        if not call.args or not isinstance(call.args[0], (ast.Constant, ast.JoinedStr)):
            continue  # a refusal passed on (`error.why`): named where it is made
        found.append((node.lineno, ast.get_source_segment(text, call) or ""))
    return found


def test_every_written_refusal_names_its_way_out() -> None:
    missing = [
        (line, said)
        for line, said in _refusals_in_source()
        if not _names_way_out(said)
        and "_WAY_OUT" not in said
        and "_why_long_past" not in said  # its reasons name last_day (the next test)
        and "ghi {field}" not in said  # last_day or first_day (test_past_start_…)
    ]
    assert missing == []


def test_way_out_constants_and_long_past_reasons_name_a_field() -> None:
    assert _names_way_out(refusals.SPAN_WAY_OUT)
    assert _names_way_out(refusals.FIXED_WAY_OUT)
    for days in (1, 40, 400, 4000):
        assert _names_way_out(refusals._why_long_past(days))
