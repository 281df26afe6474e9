"""Publication dates: normalise what a dump says into an ISO date, or None.

dateparser runs with strict settings so that model versions ("3.5", "4o",
"72B") are never read as dates.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from functools import lru_cache
from typing import Optional

log = logging.getLogger(__name__)

_SETTINGS = {
    "STRICT_PARSING": True,  # day, month and year must all be there
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
# A date needs a four-digit year somewhere: "3.5", "4o", "72B" never have one.
_HAS_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


@lru_cache(maxsize=4096)
def parse_published(value: Optional[str]) -> Optional[dt.date]:
    """The date a published field names, or None when it names none."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    iso = _ISO.match(text)
    if iso:
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    if not _HAS_YEAR.search(text) or len(text) > 64:
        return None
    import dateparser  # deferred: importing it costs ~0.3 s

    parsed = dateparser.parse(text, languages=["en"], settings=_SETTINGS)
    return parsed.date() if parsed else None
