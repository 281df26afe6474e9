"""Check claims against leaderboard snapshots: ``check_claims`` gives one verdict per claim.

Snapshots are CSV files in folders: the bundled ``leaderboards`` package data
(read through importlib.resources, so an installed wheel finds them) plus the
user's snapshot folder, or the folders given instead; see leaderboards/README.md
for the format and the rules for choosing a snapshot. The folders are indexed
once and each CSV parsed once per process; claims stream through.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..knowledge import knowledge_registry
from ..records import Claim, Verdict
from .boards import bundled_folder
from .claimreview import to_claimreview
from .names import board_names
from .snapshots import WINDOW_DAYS, library_for
from .verdicts import check_claim

__all__ = ["WINDOW_DAYS", "bundled_folder", "check_claims", "default_folders", "to_claimreview", "user_folder"]

USER_FOLDER_ENV = "EXTRACTOR_SNAPSHOTS"


def user_folder() -> Path:
    """Where ``extractor snapshots import`` writes: $EXTRACTOR_SNAPSHOTS, else the XDG data folder."""
    if os.environ.get(USER_FOLDER_ENV):
        return Path(os.environ[USER_FOLDER_ENV])
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "extractor" / "leaderboards"


def default_folders() -> list[Path]:
    """The bundled snapshots, then the user's folder when it exists (its files add to and override them)."""
    user = user_folder()
    return [bundled_folder()] + ([user] if user.is_dir() else [])


def check_claims(claims: Iterable[Claim], leaderboards: str | Path | Iterable[str | Path] | None = None,
                 knowledge_dir: str | Path | None = None) -> Iterator[Verdict]:
    """One Verdict per claim, in order. ``leaderboards`` None: the bundled and user folders;
    ``knowledge_dir``: a folder of knowledge files laid over the bundled ones (vendors, families, aliases)."""
    library = library_for(tuple(str(Path(f).resolve()) for f in folders_of(leaderboards)))  # fails before any claim
    names = board_names(knowledge_registry(knowledge_dir))
    return (check_claim(claim, library, names) for claim in claims)


def folders_of(leaderboards: str | Path | Iterable[str | Path] | None) -> list[Path]:
    """The snapshot folders a command works on: those given, else the default ones."""
    if leaderboards is None:
        return default_folders()
    if isinstance(leaderboards, (str, Path)):
        return [Path(leaderboards)]
    return [Path(f) for f in leaderboards]
