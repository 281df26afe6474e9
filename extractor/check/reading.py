"""Claims read back for ``check``: tolerant of unknown fields, never stopped by one bad line; the tally.

Each input line is read as bytes (at most ``MAX_LINE_BYTES``), decoded as
UTF-8, parsed as JSON and validated as a Claim with unknown fields dropped.
A line that fails any of these is reported on stderr and skipped; the lines
before and after it still get verdicts.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from typing import IO, Optional

from pydantic import ValidationError

from ..records import Claim, Verdict, read_record

MAX_LINE_BYTES = 1_000_000
"""A longer line is no claim record (claims carry one sentence of evidence): it is skipped."""
MAX_SHOWN = 200  # characters of input repeated in a message


class ClaimLines:
    """The claims of a JSONL stream, in order; bad lines are reported once each and counted."""

    def __init__(self, stream: IO[bytes], name: str, as_of: Optional[date] = None, err: Optional[IO[str]] = None):
        self.stream, self.name, self.as_of, self._err = stream, name, as_of, err
        self.skipped = 0
        self._ignored_named: set[str] = set()

    @property
    def err(self) -> IO[str]:
        return self._err or sys.stderr

    def __iter__(self) -> Iterator[Claim]:
        for n, raw in enumerate(_capped_lines(self.stream), 1):
            if raw is None:
                self.skip(n, f"longer than {MAX_LINE_BYTES:,} bytes")
                continue
            if not raw.strip():
                continue
            claim = self._claim(n, raw)
            if claim is not None:
                yield claim

    def _claim(self, n: int, raw: bytes) -> Optional[Claim]:
        try:
            data = json.loads(raw.decode("utf-8"))
            json.dumps(data, ensure_ascii=False).encode("utf-8")  # lone surrogates ('\ud83d') cannot be written back
        except UnicodeError as e:
            return self.skip(n, f"not valid UTF-8 or Unicode ({e.reason})")
        except (ValueError, RecursionError) as e:
            return self.skip(n, f"not JSON ({_shown(str(e))})")
        if not isinstance(data, dict):
            return self.skip(n, "not a JSON object")
        try:
            claim, ignored = read_record(Claim, data)
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "record"
            return self.skip(n, f"{_shown(where)}: {_shown(first['msg'])}")
        self._name_ignored(n, ignored)
        if self.as_of and claim.as_of is None and claim.article.published is None:
            claim = claim.model_copy(update={"as_of": self.as_of})
        return claim

    def skip(self, where: int | str, why: str) -> None:
        """Report one line (or claim) as skipped, with why."""
        self.skipped += 1
        print(f"extractor: {self.name}:{where}: not a claim record, skipped: {why}", file=self.err)
        return None

    def _name_ignored(self, n: int, ignored: list[str]) -> None:
        """Fields the claim model does not know are ignored; each is named once per run."""
        new = sorted({f for f in ignored if f not in self._ignored_named})
        if new:
            self._ignored_named.update(new)
            shown = ", ".join(_shown(f, 60) for f in new[:20]) + (", ..." if len(new) > 20 else "")
            print(f"extractor: {self.name}:{n}: ignored unknown field(s): {shown}", file=self.err)


def _capped_lines(stream: IO[bytes]) -> Iterator[Optional[bytes]]:
    """The stream's lines as bytes; a line over the cap is read through and given as None."""
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(MAX_LINE_BYTES)
            yield None
            continue
        yield line


def _shown(text: str, limit: int = MAX_SHOWN) -> str:
    """Input repeated in a message: control characters escaped, cut to ``limit``."""
    text = text.encode("unicode_escape", "backslashreplace").decode("ascii") if not text.isprintable() else text
    return text if len(text) <= limit else text[: limit - 3] + "..."


class Tally:
    """Verdict counts for the closing line: by label, and unverifiable ones by cause."""

    def __init__(self):
        self.labels: Counter[str] = Counter()
        self.causes: Counter[str] = Counter()

    def add(self, verdict: Verdict) -> None:
        self.labels[verdict.verdict] += 1
        if verdict.verdict == "unverifiable":
            self.causes[verdict.cause or "other"] += 1

    def line(self, skipped: int = 0) -> str:
        """'checked 14 claims: 10 supported, 0 contradicted, 4 unverifiable (no date 2, no entry 2)'."""
        total = sum(self.labels.values())
        text = (f"checked {total} claim{'' if total == 1 else 's'}: {self.labels['supported']} supported, "
                f"{self.labels['contradicted']} contradicted, {self.labels['unverifiable']} unverifiable")
        if self.causes:
            text += " (" + ", ".join(f"{c} {n}" for c, n in sorted(self.causes.items(), key=lambda x: (-x[1], x[0]))) + ")"
        if skipped:
            text += f"; {skipped} line{'' if skipped == 1 else 's'} skipped"
        return text
