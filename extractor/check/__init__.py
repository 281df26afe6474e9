"""Check claims against leaderboard snapshots: ``check_claims`` gives one verdict per claim.

Snapshots are CSV files in a folder (the bundled ``corpus/leaderboards`` or the
user's own); see corpus/leaderboards/README.md for the format and the rules
for choosing a snapshot. The folder is indexed once and each CSV parsed once per
process, so a batch of claims reads every file at most once; claims stream through.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import SnapshotError
from ..records import Claim, Verdict
from .claimreview import to_claimreview
from .snapshots import WINDOW_DAYS, library_for
from .verdicts import check_claim

__all__ = ["DEFAULT_LEADERBOARDS", "WINDOW_DAYS", "check_claims", "to_claimreview"]

DEFAULT_LEADERBOARDS: Path = Path(__file__).resolve().parents[2] / "corpus" / "leaderboards"


def check_claims(claims: Iterable[Claim], leaderboards_dir: str | Path | None = None) -> Iterator[Verdict]:
    """One Verdict per claim, in order. leaderboards_dir None = the bundled corpus/leaderboards."""
    library = library_for(str(_folder(leaderboards_dir).resolve()))  # fails here, before any claim is read
    return (check_claim(claim, library) for claim in claims)


def _folder(leaderboards_dir: str | Path | None) -> Path:
    if leaderboards_dir is not None:
        return Path(leaderboards_dir)
    if not DEFAULT_LEADERBOARDS.is_dir():
        raise SnapshotError(
            f"the bundled leaderboard snapshots are not here ({DEFAULT_LEADERBOARDS}): "
            "pass --leaderboards DIR with a folder of snapshot CSVs"
        )
    return DEFAULT_LEADERBOARDS
