"""Reports a person reads: an HTML page of claims in their sentences with their verdicts, CSV, SQLite.

``load`` joins claims and verdicts; ``write_report``, ``write_csv`` and
``write_sqlite`` write what the command line asks for (``extractor report``,
``extractor extract --report/--csv/--sqlite``).
"""

from .data import Dataset, load
from .html import PAGE_CLAIMS, pages_folder, write_report
from .tables import write_csv, write_sqlite

__all__ = ["PAGE_CLAIMS", "Dataset", "load", "pages_folder", "write_csv", "write_report", "write_sqlite"]
