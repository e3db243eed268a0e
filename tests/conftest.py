"""Shared fixtures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kehoach.loader import Repository, load_repository
from kehoach.settings import Settings
from kehoach.status import Report, build_report

TESTS = Path(__file__).parent
STATUS_PLANS = TESTS / "plans" / "status"  # purpose-made plans for `kehoach status`


@pytest.fixture(scope="session")
def status_repo() -> Repository:
    return load_repository([STATUS_PLANS], Settings(), STATUS_PLANS)


@pytest.fixture(scope="session")
def status_report(status_repo: Repository) -> Report:
    """The status plans as of 01/07/2022: four overdue, three due within a week."""
    return build_report(status_repo.plans, Settings(), status_repo.directory, date(2022, 7, 1))
