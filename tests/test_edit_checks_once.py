"""An edit checks the repository once (review/edit.py `_checked`): the repository as it was
(from the cache after an earlier command), then of the new version only the edited plan
with the rules that read one plan (`PLAN_RULES`) and every file with the rules that cross
files (`REPOSITORY_RULES`: a plan's id, the registry). `check_edited` must give exactly
what checking the whole new repository gives: that is what the cache keeps for the next
command. The repositories are the three bundled plans (plans/), each edited as a clerk
would, and as a clerk should not.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kehoach.base.findings import Finding
from kehoach.plan import rules
from kehoach.plan.loader import Repository, load_repository
from kehoach.plan.rules import PLAN_RULES, REPOSITORY_RULES, RULES, check_edited, check_repository
from kehoach.plan.settings import Settings

PLANS = Path(__file__).resolve().parent.parent / "plans"
EDITED = "kh-348-2022.yaml"
SETTINGS = Settings()

# (what the clerk did, the text replaced in kh-348-2022.yaml, the text put in its place)
EDITS = [
    ("a deadline moved", '"Trước ngày 23/6/2022"', '"Trước ngày 30/6/2022"'),
    ("a deadline unreadable", '"Trước ngày 23/6/2022"', '"khi có yêu cầu"'),
    ("a lead unknown", "- Sở Kế hoạch và Đầu tư\n", "- Sở Không Có Thật\n"),
    # the plan's id now another file's: the finding may fall on either file
    ("an id taken", "id: kh-348-2022\n", "id: kh-22-2026\n"),
    ("an id taken, the later file", "id: kh-348-2022\n", "id: kh-tk-nq20-2022\n"),
]


def _repository(folder: Path) -> Repository:
    return load_repository([folder], SETTINGS, folder)


def _copies(tmp_path: Path, old: str, new: str) -> tuple[Repository, Repository, str]:
    before, after = tmp_path / "before", tmp_path / "after"
    for folder in (before, after):
        shutil.copytree(PLANS, folder, ignore=shutil.ignore_patterns("sources"))
    path = after / EDITED
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    old_repo, new_repo = _repository(before), _repository(after)
    (name,) = {pf.name for pf in new_repo.plans if pf.name.endswith(EDITED)}
    return old_repo, new_repo, name


def _findings(repo: Repository) -> list[Finding]:
    return check_repository(repo, SETTINGS)


@pytest.mark.parametrize(("what", "old", "new"), EDITS, ids=[e[0] for e in EDITS])
def test_the_edited_plans_check_is_the_whole_repositorys(
    what: str, old: str, new: str, tmp_path: Path
) -> None:
    before, after, name = _copies(tmp_path, old, new)
    whole = _findings(after)
    assert check_edited(before, _findings(before), after, name, SETTINGS) == whole
    if what != "a deadline moved":  # the edit is seen: a finding the old file did not have
        assert set(whole) - set(_findings(before))


def test_an_id_no_longer_shared_clears_the_other_files_finding(tmp_path: Path) -> None:
    """Before: two files share an id (the later file, kh-tk-nq20, has the finding); the
    edit gives the first its own id back, and the other file's finding goes too."""
    unshared, shared, name = _copies(tmp_path, "id: kh-348-2022\n", "id: kh-tk-nq20-2022\n")
    found = _findings(shared)
    assert {f.code for f in found if f.path != name} == {"duplicate-plan-id"}
    edited = check_edited(shared, found, unshared, name, SETTINGS)
    assert edited == _findings(unshared)
    assert not any(f.code == "duplicate-plan-id" for f in edited)


def test_every_rule_is_a_plan_rule_or_a_repository_rule() -> None:
    assert set(PLAN_RULES) | set(REPOSITORY_RULES) == set(RULES)
    assert not set(PLAN_RULES) & set(REPOSITORY_RULES)


def test_the_new_version_is_checked_by_the_plan_rules_on_the_edited_plan_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, after, name = _copies(tmp_path, '"Trước ngày 23/6/2022"', '"Trước ngày 30/6/2022"')
    found = _findings(before)
    seen: set[str] = set()

    def watched(rule: rules.Rule) -> rules.Rule:
        def run(check: rules.Check) -> Iterator[Finding]:
            seen.update(pf.name for pf in check.repo.plans)
            return rule(check)

        return run

    monkeypatch.setattr(rules, "PLAN_RULES", tuple(watched(rule) for rule in PLAN_RULES))
    check_edited(before, found, after, name, SETTINGS)
    assert seen == {name}
    assert len(after.plans) == 3
