"""Run the flow on a stream of records: ingest -> nlp -> claims, one result per record."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional, Union

from .claims import claims_from_doc, unique_claims
from .knowledge import load_knowledge
from .nlp import build_pipeline
from .records import Article, Claim, Reject


@dataclass
class Result:
    """What became of one input record: an article with its claims, or a reject."""

    record: Union[Article, Reject]
    claims: list[Claim] = field(default_factory=list)


def extract_claims(article: Article) -> list[Claim]:
    """The claims of one article (convenience for library users and tests)."""
    return next(extract_records([article])).claims


def extract_records(records: Iterable[Union[Article, Reject]], batch_size: int = 32) -> Iterator[Result]:
    """Claims for every Article, rejects passed through, in input order, streaming."""
    nlp = build_pipeline()
    kb = load_knowledge()
    pending: list[Union[Article, Reject]] = []

    def flush() -> Iterator[Result]:
        articles = [r for r in pending if isinstance(r, Article)]
        docs = iter(nlp.pipe(a.text for a in articles))
        for rec in pending:
            if isinstance(rec, Reject):
                yield Result(rec)
            else:
                yield Result(rec, list(unique_claims(claims_from_doc(next(docs), rec, kb))))
        pending.clear()

    for record in records:
        pending.append(record)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


def first_article(records: Iterable[Union[Article, Reject]]) -> Optional[Article]:
    """The first Article of a stream, or None."""
    return next((r for r in records if isinstance(r, Article)), None)
