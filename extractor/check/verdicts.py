"""The rules that turn one claim and one snapshot into a verdict, one function per claim kind."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Optional

from ..records import Claim, Verdict
from .names import (
    Resolution,
    family_words,
    in_family,
    norm,
    resolve,
    same_vendor,
    vendor_id,
)
from .snapshots import Choice, Entry, Library, Snapshot

HEADLINE_METRICS = {"average", "avg", "mean", "score", "overall", "total", "elo", "arenascore", "arenaelo",
                    "rating", "总分", "平均", "averagescore", "overallscore"}
MAX_LISTED = 10


# -- scopes and rankings ---------------------------------------------------------------

def scope_kind(scope: Optional[str]) -> Optional[str]:
    """'open', 'chinese', 'global', None (no scope) or 'other' (none of those, or several)."""
    if not scope or not scope.strip():
        return None
    s = scope.lower()
    kinds = {k for k, pat in (("open", r"open|开源|開源"), ("chinese", r"chin|domestic|国内|国产|中文"),
                              ("global", r"global|world|overall|international|all\b|全球"))
             if re.search(pat, s)}
    return kinds.pop() if len(kinds) == 1 else "other"


@dataclass
class Ranking:
    """Ranks by entry position for one scope, and how to name them in a reason."""

    ranks: dict[int, int]
    how: str

    def of(self, e: Entry) -> Optional[int]:
        return self.ranks.get(e.position)

    def tied_with(self, e: Entry, snap: Snapshot) -> list[str]:
        r = self.of(e)
        return [o.name for o in snap.entries if o is not e and r is not None and self.of(o) == r]


def competition(entries: list[Entry]) -> dict[int, int]:
    """Standard competition ranks on score among ``entries`` (ties share a rank)."""
    scored = sorted((e for e in entries if e.score is not None), key=lambda e: -e.score)
    ranks: dict[int, int] = {}
    for i, e in enumerate(scored):
        prev = scored[i - 1] if i else None
        ranks[e.position] = ranks[prev.position] if prev is not None and prev.score == e.score else i + 1
    return ranks


def ranking_for(snap: Snapshot, kind: Optional[str], scope: Optional[str], ordinal: bool = False) -> Ranking | str:
    """The ranking a scope asks for, or one line saying why this board cannot apply it."""
    series = snap.series
    board = {e.position: e.rank for e in snap.entries if e.rank is not None}
    if kind in (None, "global"):
        if ordinal and any(e.place for e in snap.entries):
            return Ranking({e.position: e.place for e in snap.entries if e.place}, "place by score")
        if kind is None or snap.full_rank:
            return Ranking(board, snap.rank_kind)
        return Ranking({e.position: e.place for e in snap.entries if e.place}, "computed rank over all entries")
    if kind == "open":
        if series.open_only:
            return Ranking(board, f"{snap.rank_kind} (the board lists only open models)")
        col = series.license_column
        if col and col in snap.columns:
            return Ranking(competition([e for e in snap.entries if is_open(e, col)]),
                           "computed rank among open-licence entries")
        return f"{series.name} has no licence column: cannot rank among {scope!r}"
    if kind == "chinese" and series.rank_scope == "chinese" and not snap.full_rank:
        return Ranking(board, f"{snap.rank_kind} (Chinese models only)")
    return f"{series.name} cannot apply the scope {scope!r}"


def is_open(e: Entry, column: str) -> bool:
    """An entry with a licence other than 'Proprietary' (an empty licence is not known to be open)."""
    value = (e.row.get(column) or "").strip().lower()
    return bool(value) and value != "proprietary"


# -- the verdict under construction -------------------------------------------------------

@dataclass
class Check:
    """One claim being checked: the snapshot chosen for it and how verdicts on it are written."""

    claim: Claim
    choice: Choice
    snap: Optional[Snapshot] = None
    on: Optional[date] = None

    def verdict(self, label: str, core: str, entry: Optional[Entry] = None, found=None,
                candidates: tuple[str, ...] | list[str] = ()) -> Verdict:
        """The verdict record: the claim's expected value, the snapshot, and the reason with its notes."""
        f = self.choice.file
        return Verdict(
            claim_id=self.claim.id, verdict=label, reason=self._reason(core),
            snapshot=f.rel if f else None, snapshot_date=f.date if f else None,
            leaderboard=f.series.id if f else None, entry=entry.name if entry else None,
            expected=expected_of(self.claim), found=_plain(found), candidates=list(candidates),
        )

    def _reason(self, core: str) -> str:
        notes = self.choice.notes
        head = [n for n in notes if n.startswith("no article date")]
        tail = [n for n in notes if n not in head]
        f = self.choice.file
        where = [f.rel] if f and f.rel not in core and not head else []
        text = "; ".join(head + [core])
        extra = where + tail
        return f"{text} ({', '.join(extra)})" if extra else text

    def unresolved(self, name: str, res: Resolution) -> Verdict:
        where = self.choice.file.rel if self.choice.file else "the snapshot"
        return self.verdict("unverifiable", res.explain(name, where), candidates=res.candidates)


def expected_of(c: Claim):
    """What the claim says, as a verdict's ``expected``: a rank, 'top N', a score, a relation, a count."""
    if c.kind == "rank":
        return c.rank if c.rank is not None else f"top {c.top_n}"
    if c.kind == "score":
        return _plain(c.score.value)
    if c.kind == "comparison":
        return f"{c.relation} {', '.join(o.text for o in c.objects)}"
    return c.count


def _plain(value):
    """Whole floats as ints (1287.0 -> 1287) so expected and found read as written."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def check_claim(claim: Claim, library: Library) -> Verdict:
    """The verdict for one claim against the snapshot chosen for its date."""
    on = claim_date(claim)
    bench = claim.benchmark.id
    if not bench:
        return Check(claim, Choice(None)).verdict("unverifiable", "the claim names no benchmark: nothing to check against")
    choice = library.choose(bench, on, hint=claim.benchmark.text)
    ck = Check(claim, choice, on=on)
    if choice.file is None:
        return ck.verdict("unverifiable", choice.reason)
    ck.snap = library.load(choice.file)
    return RULES[claim.kind](ck)


def claim_date(claim: Claim) -> Optional[date]:
    """The claim's as-of date when it has one, else the article's publication date."""
    return getattr(claim, "as_of", None) or claim.article.published


# -- subjects ------------------------------------------------------------------------------

def best_of(entries: list[Entry], ranking: Ranking) -> Optional[Entry]:
    """The entry ranked best (ties: the earlier row); unranked entries only when none is ranked."""
    ranked = [e for e in entries if ranking.of(e) is not None]
    if ranked:
        return min(ranked, key=lambda e: (ranking.of(e), e.position))
    return min(entries, key=lambda e: e.position) if entries else None


def find(ck: Check, text: str, kind: str, ranking: Ranking, vendor: Optional[str] = None) -> tuple[Optional[Entry], str | Resolution]:
    """The entry a subject or object stands for: a model by name, a vendor's or family's best entry."""
    snap = ck.snap
    if kind == "vendor":
        entry = best_of([e for e in snap.entries if same_vendor(e, text)], ranking)
        return (entry, f"best entry of {text}") if entry else (None, f"no entry by {text!r} in {snap.file.rel}")
    if kind == "family":
        words = family_words(text)
        entry = best_of([e for e in snap.entries if in_family(e, words)], ranking)
        return (entry, f"best {text} entry") if entry else (None, f"no {text!r} entry in {snap.file.rel}")
    res = resolve(text, snap, vendor=vendor_id(vendor) or vendor, on=ck.on)
    if res.entry is None:
        return None, res
    how = f"fuzzy match {res.score:.0f}" if res.how == "fuzzy" else {"alias": "by alias", "loose": "by loose name"}.get(res.how, "")
    return res.entry, how


def _missing(ck: Check, text: str, why: str | Resolution) -> Verdict:
    if isinstance(why, Resolution):
        return ck.unresolved(text, why)
    return ck.verdict("unverifiable", why)


def _label(entry: Entry, how: str) -> str:
    return f"{entry.name} ({how})" if how else entry.name


# -- rank ---------------------------------------------------------------------------------

def check_rank(ck: Check) -> Verdict:
    """Rank claims: the board's own rank (or the scope's computed rank) against the claimed rank or top N."""
    c, snap = ck.claim, ck.snap
    ranking = ranking_for(snap, scope_kind(c.scope), c.scope)
    if isinstance(ranking, str):
        return ck.verdict("unverifiable", ranking)
    entry, how = find(ck, c.subject.text, c.subject.type, ranking, c.subject.vendor)
    if entry is None:
        return _missing(ck, c.subject.text, how)
    rank, rank_how, aside = ranking.of(entry), ranking.how, ""
    if rank is None and c.scope is None and entry.place is not None:
        rank, rank_how, aside = entry.place, "computed rank over all entries", " (the board leaves it unranked)"
    if rank is None:
        why = {"open": "is not among open-licence entries",
               "chinese": "is not ranked among Chinese models"}.get(scope_kind(c.scope), "has no rank")
        return ck.verdict("unverifiable", f"{_label(entry, how)} {why}", entry)
    said = f"{_label(entry, how)} has {rank_how} {rank}{aside}"
    if snap.series.show_row and rank_how == snap.rank_kind:
        said += f" (row {entry.position})"
    tied = ranking.tied_with(entry, snap)
    if tied and not snap.series.show_row:
        said += f" (tied with {', '.join(tied[:3])})"
    ok = rank == c.rank if c.rank is not None else rank <= c.top_n
    core = f"{said}, as claimed" if ok else f"{said}, not {expected_of(c)}"
    return ck.verdict("supported" if ok else "contradicted", core, entry, rank)


# -- score --------------------------------------------------------------------------------

def check_score(ck: Check) -> Verdict:
    """Score claims: the board value rounded to the precision written (or the board's, if coarser)."""
    c, snap = ck.claim, ck.snap
    column = metric_column(snap, c.score.metric)
    if column is None:
        return ck.verdict("unverifiable", f"{snap.file.rel} has no column for the metric {c.score.metric!r}")
    unit_problem = _unit_problem(snap, c.score.unit)
    if unit_problem:
        return ck.verdict("unverifiable", unit_problem)
    entry, how = find(ck, c.subject.text, c.subject.type, ranking_for(snap, None, None), c.subject.vendor)
    if entry is None:
        return _missing(ck, c.subject.text, how)
    text = (entry.row.get(column) or "").strip()
    try:
        board = Decimal(text.replace(",", ""))
    except ArithmeticError:
        return ck.verdict("unverifiable", f"{snap.file.rel} gives no {column} for {_label(entry, how)}", entry)
    places = min(written_decimals(c), _decimals(text))
    claimed = Decimal(repr(c.score.value))
    ok = _round(claimed, places) == _round(board, places)
    said = f"{_label(entry, how)} has {column} {text}"
    core = f"{said}, matching {_fmt(c.score.value)} at {places} decimal(s)" if ok else f"{said}, not {_fmt(c.score.value)}"
    return ck.verdict("supported" if ok else "contradicted", core, entry, float(board))


def metric_column(snap: Snapshot, metric: Optional[str]) -> Optional[str]:
    """The column a metric names: the headline 'score' for none or a headline word, else a column by name."""
    if not metric or norm(metric).replace(".", "") in HEADLINE_METRICS:
        return "score"
    by_norm = {norm(col).replace(".", ""): col for col in snap.columns}
    return by_norm.get(norm(metric).replace(".", ""))


def _unit_problem(snap: Snapshot, unit: Optional[str]) -> Optional[str]:
    board_unit = snap.series.score_unit
    if unit == "elo" and board_unit != "elo":
        return f"the claim gives an Elo score; {snap.series.name} scores are not Elo ratings"
    if unit == "%" and board_unit == "elo":
        return f"the claim gives a percentage; {snap.series.name} scores are Elo ratings"
    return None


def written_decimals(c: Claim) -> int:
    """Decimals as the score was written ('43.02' -> 2), from its span when the claim has one."""
    for span in (c.score.span, c.value_span):
        numbers = re.findall(r"\d[\d,]*(?:\.\d+)?", span.text) if span is not None else []
        for number in sorted(numbers, key=lambda n: float(n.replace(",", "")) != c.score.value):
            return _decimals(number)  # the number equal to the value, else the first
    text = repr(c.score.value)
    return 0 if c.score.value == int(c.score.value) else len(text.split(".")[1])


def _decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def _round(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


# -- comparison ---------------------------------------------------------------------------

def check_comparison(ck: Check) -> Verdict:
    """Comparison claims: the subject's entry against each object's, by score (else by rank)."""
    c, snap = ck.claim, ck.snap
    ranking = ranking_for(snap, None, None)
    subject, how = find(ck, c.subject.text, c.subject.type, ranking, c.subject.vendor)
    if subject is None:
        return _missing(ck, c.subject.text, how)
    outcomes, found, problems, candidates = [], [], [], []
    for obj in c.objects:
        other, why = find(ck, obj.text, obj.type, ranking)
        if other is None:
            problems.append(why.explain(obj.text, snap.file.rel) if isinstance(why, Resolution) else why)
            candidates += list(why.candidates) if isinstance(why, Resolution) else []
            outcomes.append(None)
            continue
        if other is subject:
            problems.append(f"{obj.text!r} is the same entry as the subject ({other.name})")
            outcomes.append(None)
            continue
        outcome, line = _compare(subject, other, ranking, c.relation)
        outcomes.append(outcome)
        found.append(line)
        if outcome is None:
            problems.append(line)
    if False in outcomes:
        label = "contradicted"
    elif all(outcomes):
        label = "supported"
    else:
        label = "unverifiable"
    core = "; ".join(found + (problems if label == "unverifiable" else []))
    if how:
        core = f"{how}: {core}" if c.subject.type != "model" else f"{core} ({subject.name} {how})"
    return ck.verdict(label, core, subject, found, candidates)


def _compare(a: Entry, b: Entry, ranking: Ranking, relation: str) -> tuple[Optional[bool], str]:
    """Whether ``a relation b`` holds, and the line that shows it ('X 1287 > Y 1272')."""
    if a.score is not None and b.score is not None:
        diff, show = a.score - b.score, (a.score_text, b.score_text)
        unit = "score"
    elif ranking.of(a) is not None and ranking.of(b) is not None:
        diff, show = ranking.of(b) - ranking.of(a), (f"#{ranking.of(a)}", f"#{ranking.of(b)}")
        unit = "rank"
    else:
        return None, f"no common score or rank for {a.name} and {b.name}"
    sign = ">" if diff > 0 else "<" if diff < 0 else "="
    line = f"{a.name} {show[0]} {sign} {b.name} {show[1]} ({unit})"
    if diff == 0:
        return False, line
    return (diff > 0) == (relation == "outperforms"), line


# -- count --------------------------------------------------------------------------------

def check_count(ck: Check) -> Verdict:
    """Count claims: entries of the family (or vendor) within the top N places."""
    c, snap = ck.claim, ck.snap
    ranking = ranking_for(snap, scope_kind(c.scope), c.scope, ordinal=True)
    if isinstance(ranking, str):
        return ck.verdict("unverifiable", ranking)
    if snap.file.partial:
        return ck.verdict("unverifiable", f"{snap.file.rel} is a partial table: it cannot confirm a count")
    if c.top_n is not None and max(ranking.ranks.values(), default=0) < c.top_n:
        return ck.verdict("unverifiable", f"{snap.file.rel} ranks fewer than {c.top_n} entries")
    belongs = _member(c)
    pool = [e for e in snap.entries if ranking.of(e) is not None]
    if c.top_n is not None:
        pool = [e for e in pool if ranking.of(e) <= c.top_n]
    hits = [e.name for e in sorted(pool, key=lambda e: (ranking.of(e), e.position)) if belongs(e)]
    where = f"the top {c.top_n} ({ranking.how})" if c.top_n is not None else "the board"
    listed = ", ".join(hits[:MAX_LISTED]) + (", ..." if len(hits) > MAX_LISTED else "")
    said = f"{len(hits)} {c.subject.text} entr{'y' if len(hits) == 1 else 'ies'} in {where}" + (f": {listed}" if hits else "")
    ok = len(hits) == c.count
    core = f"{said}, as claimed" if ok else f"{said}, not {c.count}"
    return ck.verdict("supported" if ok else "contradicted", core, found=len(hits))


def _member(c: Claim) -> Callable[[Entry], bool]:
    """Whether an entry counts for the claim: by the vendor, else by the family's words."""
    if c.subject.type == "vendor":
        return lambda e: same_vendor(e, c.subject.text)
    family = c.subject.family if c.subject.type == "family" and c.subject.family else c.subject.text
    words = family_words(family)
    return lambda e: in_family(e, words)


RULES: dict[str, Callable[[Check], Verdict]] = {
    "rank": check_rank, "score": check_score, "comparison": check_comparison, "count": check_count,
}
