"""A report for a period that neither rule owed (session 44, left by session 43).

A commune's monthly report, due on the 15th, was made quarterly ("Trước ngày 20 tháng cuối
quý") by a change decided on 01/7/2026. `status` counts each period by the rule in force
when it fell due: the months to June by the old rule, the quarters from the third by the
new one. A report recorded for "tháng 8/2026" or "quý I/2026" is owed by neither: `status`
counted it for nothing, and `validate` accepted it without a word (it looked for the period
in each rule over all time). Each test runs the installed command.
"""

from __future__ import annotations

from pathlib import Path

from clirun import CLERK, kehoach

REGISTRY = "schema: 1\njurisdiction: Nghệ An\nagencies:\n  - {id: vp-xa, name: Văn phòng xã}\n"
PLAN = """\
schema: 1
id: kh-12-2026
number: 12/KH-UBND
title: Kế hoạch báo cáo kinh tế - xã hội
issuer: UBND xã Đô Lương
jurisdiction: Nghệ An
issued: 2026-01-05
source: {{document: Kế hoạch 12/KH-UBND (thử), complete: true}}
tasks:
  - id: '1'
    title: Báo cáo kinh tế - xã hội
    lead: [Văn phòng xã]
    deadline: Trước ngày 20 tháng cuối quý
    reports:
{reports}
    history:
      - date: 2026-07-01
        from: Trước ngày 15 hằng tháng
        to: Trước ngày 20 tháng cuối quý
        reason: Công văn 5/UBND đổi kỳ báo cáo
"""
OWED = (("tháng 5/2026", "2026-05-12"), ("tháng 6/2026", "2026-06-12"))


def validate(tmp_path: Path, *reports: tuple[str, str]) -> tuple[int, str]:
    plans = tmp_path / "plans"
    plans.mkdir(parents=True)
    (plans / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    lines = "\n".join(f"      - {{period: {p}, sent: {day}}}" for p, day in reports)
    (plans / "kh-12-2026.yaml").write_text(PLAN.format(reports=lines), encoding="utf-8")
    done = kehoach("validate", "plans", "--as-of", "05/12/2026", cwd=tmp_path, env=CLERK)
    return done.returncode, done.stdout + done.stderr


def test_periods_each_rule_owed_are_accepted(tmp_path: Path) -> None:
    code, said = validate(tmp_path, *OWED, ("quý III/2026", "2026-09-15"))
    assert code == 0, said


def test_a_month_after_the_report_became_quarterly_is_refused(tmp_path: Path) -> None:
    code, said = validate(tmp_path, *OWED, ("tháng 8/2026", "2026-08-10"))
    assert code == 1
    assert "report-period-unknown" in said and "kh-12-2026.yaml:17" in said
    assert "kỳ 'tháng 8/2026' không đến hạn theo thời hạn nào" in said
    # the way out: the period owed next, and by which rule
    assert "quý III/2026 (theo thời hạn 'Trước ngày 20 tháng cuối quý')" in said


def test_a_quarter_before_the_change_is_refused(tmp_path: Path) -> None:
    # the first quarter fell due (20/3) while the report was monthly: January to March
    # were owed, not the quarter
    code, said = validate(tmp_path, ("quý I/2026", "2026-03-18"))
    assert code == 1 and "kỳ 'quý I/2026' không đến hạn" in said
    assert "tháng 3/2026 (theo thời hạn 'Trước ngày 15 hằng tháng')" in said
