"""The rules that turn one claim and one snapshot into a verdict, one function per claim kind."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Optional

from ..records import Claim, Verdict
from .boards import CONTRADICTING, Series
from .names import BoardNames, Resolution, board_names, in_family, norm
from .snapshots import MAX_NAME_CHARS, Choice, Entry, Library, Snapshot

HEADLINE_METRICS = {"average", "avg", "mean", "score", "overall", "total", "elo", "arenascore", "arenaelo",
                    "rating", "总分", "平均", "averagescore", "overallscore"}
MAX_LISTED = 10
MAX_TEXT_CHARS = 5_000  # of a sentence searched for a category name


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
    names: BoardNames = field(default_factory=board_names)

    def verdict(self, label: str, core: str, entry: Optional[Entry] = None, found=None,
                candidates: tuple[str, ...] | list[str] = (), cause: Optional[str] = None,
                basis: str = "by rank") -> Verdict:
        """The verdict record; a contradiction the snapshot cannot carry becomes unverifiable, saying why."""
        notes = self._notes(label)
        if label == "contradicted":
            weakness = self._weakness(basis)
            if weakness is not None:
                label, cause, why = "unverifiable", weakness[0], weakness[1]
                core = f"{core}; {why}"
        f = self.choice.file
        c = self.claim
        return Verdict(
            claim_id=c.id, kind=c.kind, subject=c.subject.text, benchmark=c.benchmark.id or c.benchmark.text,
            article_id=c.article.id, article_url=c.article.url,
            verdict=label, cause=cause if label == "unverifiable" else None, reason=self._reason(core, notes),
            snapshot=f.rel if f else None, snapshot_date=f.date if f else None,
            leaderboard=f.series.id if f else None, fidelity=f.fidelity if f else None,
            entry=entry.name if entry else None, expected=expected_of(c), found=_plain(found),
            candidates=list(candidates)[:MAX_LISTED],
        )

    def _weakness(self, basis: str) -> Optional[tuple[str, str]]:
        """Why the chosen snapshot cannot contradict this claim (cause, words), or None when it can."""
        f = self.choice.file
        if f is None:
            return None
        if f.fidelity not in CONTRADICTING[basis]:
            cause = "secondary source" if f.secondary else "not the displayed table"
            return cause, f"{f.rel} is {f.what}: it cannot contradict the claim"
        if self.choice.stale:
            last = self.choice.updates[-1].isoformat()
            n = len(self.choice.updates)
            return ("table out of date", f"the board published {n} update{'s' if n > 1 else ''} after {f.rel} "
                    f"and by {self.on.isoformat()} (last {last}): it was no longer the live table")
        category = category_in(self.claim.evidence.text, f.series)
        if category:
            return "category", f"the sentence mentions the {category!r} category; {f.rel} is the overall board"
        return None

    def _notes(self, label: str) -> list[str]:
        f = self.choice.file
        notes = [f.rel] if f else []
        if f and f.fidelity != "displayed":
            notes.append(f.what)
        if f and label == "supported" and self.choice.stale:
            notes.append(f"board updated since, last {self.choice.updates[-1].isoformat()}")
        return notes

    def _reason(self, core: str, notes: list[str]) -> str:
        extra = [n for n in notes if n not in core]
        return f"{core} ({', '.join(extra)})" if extra else core

    def unresolved(self, name: str, res: Resolution) -> Verdict:
        where = self.choice.file.rel if self.choice.file else "the snapshot"
        cause = "ambiguous name" if res.problem == "ambiguous" else "no entry"
        return self.verdict("unverifiable", res.explain(name, where), candidates=res.candidates, cause=cause)


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


def check_claim(claim: Claim, library: Library, names: Optional[BoardNames] = None) -> Verdict:
    """The verdict for one claim against the snapshot chosen for its date; ``names``: what the checker
    knows of names (default: the bundled knowledge's)."""
    names = names or board_names()
    on = claim_date(claim)
    bench = claim.benchmark.id
    bare = Check(claim, Choice(None), on=on, names=names)
    if not bench:
        return bare.verdict("unverifiable", "the claim names no benchmark: nothing to check against",
                            cause="no benchmark")
    if on is None:
        return bare.verdict("unverifiable", "no date: the claim, its article and --as-of give none, "
                            "so no snapshot can be chosen", cause="no date")
    long_name = next((n for n in claim_names(claim) if len(n) > MAX_NAME_CHARS), None)
    if long_name is not None:
        return bare.verdict("unverifiable", f"a name longer than {MAX_NAME_CHARS} characters "
                            f"({long_name[:40]!r}...) is no model name", cause="invalid claim")
    choice = library.choose(bench, on, hint=claim.benchmark.text)
    ck = Check(claim, choice, on=on, names=names)
    if choice.file is None:
        return ck.verdict("unverifiable", choice.reason, cause="no snapshot")
    if claim.benchmark.part:
        return ck.verdict("unverifiable", f"the claim is on the {claim.benchmark.part}, a part of the board; "
                          f"{choice.file.series.name} snapshots hold the overall board", cause="category")
    category = next(filter(None, (category_in(t, choice.file.series) for t in claim_scope_texts(claim))), None)
    if category:
        return ck.verdict("unverifiable", f"the claim is about the {category!r} category; "
                          f"{choice.file.series.name} snapshots hold the overall board", cause="category")
    ck.snap = library.load(choice.file)
    return RULES[claim.kind](ck)


def claim_date(claim: Claim) -> Optional[date]:
    """The claim's as-of date when it has one, else the article's publication date."""
    return getattr(claim, "as_of", None) or claim.article.published


def claim_names(claim: Claim) -> list[str]:
    return [claim.subject.text, *(o.text for o in claim.objects)]


def claim_scope_texts(claim: Claim) -> list[str]:
    """Where a claim says which board it means: its scope, its benchmark as written, its metric."""
    return [t for t in (claim.scope, claim.benchmark.text, claim.score.metric if claim.score else None) if t]


def category_in(text: str, series: Series) -> Optional[str]:
    """The category board of ``series`` that ``text`` names ('Hard Prompts'), or None."""
    lowered = text[:MAX_TEXT_CHARS].lower()
    for category in series.categories:
        at = lowered.find(category)
        if at >= 0 and _word_edge(lowered, at - 1) and _word_edge(lowered, at + len(category)):
            return category
    return None


def _word_edge(text: str, i: int) -> bool:
    return i < 0 or i >= len(text) or not text[i].isalnum()


def shown(text: str, decimals: Optional[int]) -> str:
    """A board value as the board displays it: rounded half up to ``decimals`` (None: as written)."""
    if decimals is None:
        return text
    try:
        return str(_round(Decimal(text.replace(",", "")), decimals))
    except ArithmeticError:
        return text


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
        entry = best_of([e for e in snap.entries if ck.names.same_vendor(e, text)], ranking)
        return (entry, f"best entry of {text}") if entry else (None, f"no entry by {text!r} in {snap.file.rel}")
    if kind == "family":
        words = ck.names.family_words(text)
        entry = best_of([e for e in snap.entries if in_family(e, words)], ranking)
        return (entry, f"best {text} entry") if entry else (None, f"no {text!r} entry in {snap.file.rel}")
    res = ck.names.resolve(text, snap, vendor=ck.names.vendor_id(vendor) or vendor, on=ck.on)
    if res.entry is None:
        return None, res
    how = f"fuzzy match {res.score:.0f}" if res.how == "fuzzy" else {"alias": "by alias", "loose": "by loose name"}.get(res.how, "")
    return res.entry, how


def _missing(ck: Check, text: str, why: str | Resolution) -> Verdict:
    if isinstance(why, Resolution):
        return ck.unresolved(text, why)
    return ck.verdict("unverifiable", why, cause="no entry")


def _label(entry: Entry, how: str) -> str:
    return f"{entry.name} ({how})" if how else entry.name


# -- rank ---------------------------------------------------------------------------------

def check_rank(ck: Check) -> Verdict:
    """Rank claims: the board's own rank (or the scope's computed rank) against the claimed rank or top N."""
    c, snap = ck.claim, ck.snap
    ranking = ranking_for(snap, scope_kind(c.scope), c.scope)
    if isinstance(ranking, str):
        return ck.verdict("unverifiable", ranking, cause="scope")
    entry, how = find(ck, c.subject.text, c.subject.type, ranking, c.subject.vendor)
    if entry is None:
        return _missing(ck, c.subject.text, how)
    rank, rank_how, aside = ranking.of(entry), ranking.how, ""
    if rank is None and c.scope is None and entry.place is not None:
        rank, rank_how, aside = entry.place, "computed rank over all entries", " (the board leaves it unranked)"
    if rank is None:
        why = {"open": "is not among open-licence entries",
               "chinese": "is not ranked among Chinese models"}.get(scope_kind(c.scope), "has no rank")
        return ck.verdict("unverifiable", f"{_label(entry, how)} {why}", entry, cause="no value")
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
        return ck.verdict("unverifiable", f"{snap.file.rel} has no column for the metric {c.score.metric!r}",
                          cause="no value")
    unit_problem = _unit_problem(snap, c.score.unit)
    if unit_problem:
        return ck.verdict("unverifiable", unit_problem, cause="no value")
    entry, how = find(ck, c.subject.text, c.subject.type, ranking_for(snap, None, None), c.subject.vendor)
    if entry is None:
        return _missing(ck, c.subject.text, how)
    text = (entry.row.get(column) or "").strip()
    try:
        board = Decimal(text.replace(",", ""))
    except ArithmeticError:
        return ck.verdict("unverifiable", f"{snap.file.rel} gives no {column} for {_label(entry, how)}", entry,
                          cause="no value")
    board_places = snap.file.decimals if column == "score" and snap.file.decimals is not None else _decimals(text)
    places = min(written_decimals(c), board_places)
    claimed = Decimal(repr(c.score.value))
    ok = _round(claimed, places) == _round(board, places)
    displayed = _round(board, board_places)
    said = f"{_label(entry, how)} has {column} {displayed}"
    core = f"{said}, matching {_fmt(c.score.value)} at {places} decimal(s)" if ok else f"{said}, not {_fmt(c.score.value)}"
    return ck.verdict("supported" if ok else "contradicted", core, entry, float(displayed), basis="by score")


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
    outcomes, found, problems, candidates, causes, bases = [], [], [], [], [], []
    for obj in c.objects:
        other, why = find(ck, obj.text, obj.type, ranking, obj.vendor)
        if other is None:
            problems.append(why.explain(obj.text, snap.file.rel) if isinstance(why, Resolution) else why)
            candidates += list(why.candidates) if isinstance(why, Resolution) else []
            causes.append("ambiguous name" if isinstance(why, Resolution) and why.problem == "ambiguous" else "no entry")
            outcomes.append(None)
            continue
        if other is subject:
            problems.append(f"{obj.text!r} is the same entry as the subject ({other.name})")
            causes.append("invalid claim")
            outcomes.append(None)
            continue
        outcome, line, basis = _compare(subject, other, ranking, c.relation, snap.file.decimals)
        outcomes.append(outcome)
        found.append(line)
        if outcome is None:
            problems.append(line)
            causes.append("no value")
        elif outcome is False:
            bases.append(basis)
    if False in outcomes:
        label = "contradicted"
    elif all(outcomes):
        label = "supported"
    else:
        label = "unverifiable"
    core = "; ".join(found + (problems if label == "unverifiable" else []))
    if how:
        core = f"{how}: {core}" if c.subject.type != "model" else f"{core} ({subject.name} {how})"
    basis = "by rank" if "by rank" in bases else "by score"
    return ck.verdict(label, core, subject, found, candidates, cause=(causes or [None])[0], basis=basis)


def _compare(a: Entry, b: Entry, ranking: Ranking, relation: str,
             decimals: Optional[int]) -> tuple[Optional[bool], str, str]:
    """Whether ``a relation b`` holds, the line that shows it ('X 1287 > Y 1272'), and its basis."""
    if a.score is not None and b.score is not None:
        diff, show = a.score - b.score, (shown(a.score_text, decimals), shown(b.score_text, decimals))
        unit = "score"
    elif ranking.of(a) is not None and ranking.of(b) is not None:
        diff, show = ranking.of(b) - ranking.of(a), (f"#{ranking.of(a)}", f"#{ranking.of(b)}")
        unit = "rank"
    else:
        return None, f"no common score or rank for {a.name} and {b.name}", ""
    sign = ">" if diff > 0 else "<" if diff < 0 else "="
    line = f"{a.name} {show[0]} {sign} {b.name} {show[1]} ({unit})"
    if diff == 0:
        return False, line, f"by {unit}"
    return (diff > 0) == (relation == "outperforms"), line, f"by {unit}"


# -- count --------------------------------------------------------------------------------

def check_count(ck: Check) -> Verdict:
    """Count claims: entries of the family (or vendor) within the top N places."""
    c, snap = ck.claim, ck.snap
    ranking = ranking_for(snap, scope_kind(c.scope), c.scope, ordinal=True)
    if isinstance(ranking, str):
        return ck.verdict("unverifiable", ranking, cause="scope")
    if snap.file.partial:
        return ck.verdict("unverifiable", f"{snap.file.rel} is a partial table: it cannot confirm a count",
                          cause="no value")
    if c.top_n is not None and max(ranking.ranks.values(), default=0) < c.top_n:
        return ck.verdict("unverifiable", f"{snap.file.rel} ranks fewer than {c.top_n} entries", cause="no value")
    belongs = _member(c, ck.names)
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


def _member(c: Claim, names: BoardNames) -> Callable[[Entry], bool]:
    """Whether an entry counts for the claim: by the vendor, else by the family's words."""
    if c.subject.type == "vendor":
        return lambda e: names.same_vendor(e, c.subject.text)
    family = c.subject.family if c.subject.type == "family" and c.subject.family else c.subject.text
    words = names.family_words(family)
    return lambda e: in_family(e, words)


RULES: dict[str, Callable[[Check], Verdict]] = {
    "rank": check_rank, "score": check_score, "comparison": check_comparison, "count": check_count,
}
