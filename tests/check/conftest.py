"""Fixtures for checker tests: a toy snapshot folder and the bundled one."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.check import DEFAULT_LEADERBOARDS

from .helpers import TOY_ROWS, write_board


@pytest.fixture
def toy(tmp_path: Path) -> Path:
    """A folder with one board, 'toy-board', snapshotted on 2024-07-01."""
    write_board(tmp_path, "toy-board_2024-07-01.csv", TOY_ROWS)
    return tmp_path


@pytest.fixture(scope="session")
def bundled() -> Path:
    """The shipped snapshot folder."""
    assert DEFAULT_LEADERBOARDS.is_dir(), DEFAULT_LEADERBOARDS
    return DEFAULT_LEADERBOARDS
