"""Fixtures for checker tests: a toy snapshot folder, the bundled one, and an empty user folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.check import USER_FOLDER_ENV, bundled_folder
from extractor.check.snapshots import library_for

from .helpers import TOY_ROWS, write_board


@pytest.fixture(autouse=True)
def user_snapshots(tmp_path_factory, monkeypatch) -> Path:
    """Each test's own (not yet created) user snapshot folder: the tester's real one is never read."""
    folder = tmp_path_factory.mktemp("user") / "leaderboards"
    monkeypatch.setenv(USER_FOLDER_ENV, str(folder))
    library_for.cache_clear()
    return folder


@pytest.fixture
def toy(tmp_path: Path) -> Path:
    """A folder with one board, 'toy-board', snapshotted on 2024-07-01."""
    write_board(tmp_path, "toy-board_2024-07-01.csv", TOY_ROWS)
    return tmp_path


@pytest.fixture(scope="session")
def bundled() -> Path:
    """The shipped snapshot folder, found as package data."""
    return bundled_folder()
