"""One function per construction; each reads a SentenceReader and adds findings."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from spacy.tokens import Token

from .lexicon import count_value, is_subject, lower, number_value, rank_value
from .findings import ObjectRef
from .tables import pipe_count, table_rows
from .rules import (POSSESSIVE, benchmark_for, SentenceReader, is_blocked, is_past, coordinated_subjects, find_subject,
                    objects_after, scope_for)

_YEAR = re.compile(r"^(19|20)\d{2}$")


def _object_ref(tok: Token) -> ObjectRef:
    span = tok.doc[tok.i:tok.i + 1]
    return ObjectRef(text=tok.text, type="vendor" if tok.ent_type_ == "VENDOR" else "model", span=span)


# -- tables and ranked lists -----------------------------------------------------

def table_claims(r: SentenceReader) -> None:
    """Rows of a table: rank, model and score columns named by the header row above them."""
    if pipe_count(r.sent) < 2:
        return
    for cells in table_rows(r.sent, r.ctx):
        if r.ctx.table:
            _table_row(r, cells, r.ctx.table)


def _table_row(r: SentenceReader, cells: list[list[Token]], roles: dict) -> None:
    def cell(k):
        return cells[k] if k is not None and k < len(cells) else []

    scope = None
    if roles["rank_cols"] and cells and not any(is_subject(t) for t in cells[0]):
        scope = " ".join(t.text for t in cells[0]) or None
    for k, rank in roles["rank_cols"].items():
        models = [t for t in cell(k) if t.ent_type_ == "MODEL"]
        if models:
            nums = [t for t in cell(k) if number_value(t.text) is not None]
            r.make("rank", models[0], models[0].i, 0.85, rank=rank, scope=scope, value_span=None)
            if nums:
                r.make("score", models[0], nums[0].i, 0.85, score_value=number_value(nums[0].text),
                       unit="elo", metric=scope, value_span=r.doc[nums[0].i:nums[0].i + 1])
    models = [t for t in cell(roles.get("model")) if t.ent_type_ == "MODEL"]
    if not models:
        return
    model = models[0]
    rank_cell = [t for t in cell(roles.get("rank")) if t.text.isdigit()]
    if rank_cell:
        tok = rank_cell[0]
        r.make("rank", model, tok.i, 0.9, rank=int(tok.text), value_span=r.doc[tok.i:tok.i + 1])
    score_cell = [t for t in cell(roles.get("score")) if number_value(t.text) is not None]
    if score_cell:
        tok = score_cell[0]
        unit = "elo" if roles.get("elo") or r.ctx_benchmark_is_arena(tok.i) else None
        r.make("score", model, tok.i, 0.9, score_value=number_value(tok.text), unit=unit,
               value_span=r.doc[tok.i:tok.i + 1])


def ranked_list(r: SentenceReader) -> None:
    """'1. Claude Opus 4.6 ...' list items, and inline lists '1 Qwen/... 2 meta-llama/...'."""
    doc, sent = r.doc, r.sent
    if pipe_count(sent) >= 2:
        return
    first = next((t for t in sent if not t.is_space and t.text not in ("-", "•", "*")), None)
    if first is not None and first.text.isdigit() and len(first.text) <= 2:
        nxt = doc[first.i + 1] if first.i + 1 < sent.end else None
        if nxt is not None and nxt.text in (".", ")") and first.i + 2 < sent.end and doc[first.i + 2].ent_type_ == "MODEL":
            model = doc[first.i + 2]
            r.make("rank", model, first.i, 0.8, rank=int(first.text), value_span=doc[first.i:first.i + 1])
            return
    pairs = []
    for ent in r.ctx.sentence_ents.get(sent.start, ()):
        if ent.label_ != "MODEL":
            continue
        tok = doc[ent.start]
        j = tok.i - 1
        while j >= sent.start and (doc[j].text == "/" or doc[j].ent_type_ == "VENDOR" or doc[j].is_space):
            j -= 1
        if j >= sent.start and doc[j].text.isdigit() and len(doc[j].text) <= 2:
            pairs.append((int(doc[j].text), tok, j))
        else:
            pairs.append((None, tok, None))
    numbered = [p for p in pairs if p[0] is not None]
    if len(numbered) < 3:
        return
    ranks = [p[0] for p in numbered]
    if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
        return
    for k, (rank, tok, j) in enumerate(pairs):
        if rank is None and k + 1 < len(pairs) and pairs[k + 1][0] == 2:
            rank = 1
        if rank is not None:
            r.make("rank", tok, tok.i, 0.8, rank=rank, value_span=doc[j:j + 1] if j is not None else None)


# -- prose ------------------------------------------------------------------------

def _rank_context(r: SentenceReader, i: int, end: int) -> bool:
    """An ordinal word is a rank only in rank context: 'ranked third', 'in second place'."""
    doc, c = r.doc, r.cues
    before = [lower(t) for t in doc[max(i - 3, r.sent.start):i]]
    after = [lower(t) for t in doc[end:min(end + 2, r.sent.end)]]
    if after and after[0] in ("time", "ever", "-", "half", "quarter", "day", "week", "month", "year", "round", "edition"):
        return False
    if doc[i].text[0].isdigit() or doc[i].text.startswith("#") or lower(doc[i]) in ("no", "no.", "number", "#", "rank"):
        return True
    return bool(set(before) & (c.rank_verbs | {"ranked", "ranks"})) and before[-1:] != ["the"] or bool(
        after and after[0] in c.place_nouns | {"globally", "overall", "worldwide", "behind", "among", "on", "in"})


def prose_ranks(r: SentenceReader) -> None:
    """'ranked 7th', 'is No. 1', 'at #1', 'topped the list', 'the top spot', 'in the top 10'."""
    doc, sent, c = r.doc, r.sent, r.cues
    if pipe_count(sent) >= 2:
        return
    i = sent.start
    while i < sent.end:
        low = r.word(i)
        if low not in c.rank_starts and low[:1] != "#" and not low[:1].isdigit():
            i += 1  # no rank_value and no branch below can start here
            continue
        found = rank_value(doc, i, c) if i + 1 <= sent.end else None
        rank, top_n, end, top_scope = None, None, i + 1, None
        if found and found[1] <= sent.end and _rank_context(r, i, found[1]):
            rank, end = found
        elif low in ("leading", "leads") and i > sent.start and doc[i - 1].ent_type_ == "MODEL" and not (
                i + 1 < sent.end and is_subject(doc[i + 1])):
            rank = 1  # 'showed Qwen2.5-Omni leading in April'
        elif low in c.top_verbs and low not in ("leading", "lead", "top"):
            nxt = lower(doc[i + 1]) if i + 1 < sent.end else ""
            if nxt not in ("in", "among") or low.startswith("top"):
                rank = 1
        elif low == "top" and i + 1 < sent.end:
            nxt = doc[i + 1]
            n = count_value(nxt, c) if not nxt.is_punct else None
            if n is None and nxt.text == "-" and i + 2 < sent.end:
                n = count_value(doc[i + 2], c)
                end = i + 3
            elif n is not None:
                end = i + 2
            prev = [lower(t) for t in doc[max(i - 2, sent.start):i]]
            if n is not None and n > 1 and set(prev) & {"in", "into", "among", "made", "making", "of", "within", "entered", "cracked", "joined", "reached"}:
                top_n = n
            elif lower(nxt) in c.top_nouns or (prev[-2:] in (["at", "the"], ["to", "the"]) and lower(nxt) in ("of", "spot")):
                rank = 1
            elif n is None and prev[-1:] == ["the"] and _generic_noun_within(r, i + 1, 3):
                rank, end = 1, i + 1  # 'is the top open model': scope from the words between
                top_scope = _scope_words(r, i + 1)
        elif low in c.leader_nouns and i > sent.start and lower(doc[i - 1]) in ("the", "new", "a", "overall"):
            rank = 1
        if rank is None and top_n is None:
            i += 1
            continue
        subject = find_subject(doc, sent, i, c, r.objects_taken, r.ctx, any_vendor=False)
        if subject is not None and not is_blocked(doc, subject.i + 1, i, c, sent.start) and not is_past(doc, i, c):
            if rank is not None and 0 < rank <= 500:
                subj_list = _respectively(r, subject, i)
                if subj_list:
                    continue_at = _respective_ranks(r, subj_list, i)
                    i = continue_at
                    continue
                tie = any(lower(t) in ("tie", "tied", "ties", "jointly", "both") for t in doc[subject.i:i])
                scope = top_scope or scope_for(sent, c, i)
                for subj in (coordinated_subjects(doc, sent, subject, i) if tie else [subject]):
                    r.make("rank", subj, i, 0.8, rank=rank, scope=scope, value_span=doc[i:end])
                _followed_by(r, end, rank)
            elif top_n is not None and not r.doc[subject.i:subject.i + 1]._.is_family:
                r.make("rank", subject, i, 0.7, top_n=top_n, scope=scope_for(sent, c, i), value_span=doc[i:end])
        i = end


def _generic_noun_within(r: SentenceReader, start: int, reach: int) -> bool:
    """'top open model', 'top Chinese LLM': a generic model noun a few words on, no name between."""
    for tok in r.doc[start:min(start + reach, r.sent.end)]:
        if lower(tok) in r.cues.generic_model_nouns:
            return not lower(tok).endswith("s")  # 'one of the top models' ranks nothing
        if tok.ent_type_ or tok.is_punct:
            return False
    return False


def _scope_words(r: SentenceReader, start: int) -> Optional[str]:
    """The scope the words between 'top' and the noun name ('open' -> 'open-source')."""
    for tok in r.doc[start:min(start + 3, r.sent.end)]:
        if lower(tok) in r.cues.generic_model_nouns:
            return None
        if lower(tok) in r.cues.scopes:
            return r.cues.scopes[lower(tok)]
    return None


def _followed_by(r: SentenceReader, start: int, rank: int) -> None:
    """'X ranked first, followed by Y': Y is next (one name only; 'followed by Y and Z' is no order)."""
    doc, sent = r.doc, r.sent
    for k in range(start, min(start + 12, sent.end - 1)):
        if lower(doc[k]) == "followed" and lower(doc[k + 1]) == "by":
            nxt = objects_after(doc, sent, k + 2, skip_words=3)
            if len(nxt) == 1 and nxt[0].ent_type_ == "MODEL":
                r.make("rank", nxt[0], k, 0.7, rank=rank + 1, scope=scope_for(sent, r.cues), value_span=doc[k:k + 2])
                r.objects_taken.add(nxt[0].i)
            return


def _respectively(r: SentenceReader, subject: Token, cue: int) -> list[Token]:
    """Subjects of an 'A and B ranked 3rd and 10th, respectively' sentence, or []."""
    if "respectively" not in r.words:
        return []
    subs = [subject]
    j = subject.i - 1
    while j >= r.sent.start and (lower(r.doc[j]) in (",", "and") or is_subject(r.doc[j]) or r.doc[j].text in POSSESSIVE):
        if r.doc[j].ent_type_ == "MODEL":
            subs.insert(0, r.doc[j])
        j -= 1
    return subs if len(subs) > 1 else []


def _respective_ranks(r: SentenceReader, subjects: list[Token], cue: int) -> int:
    ranks, i = [], cue
    while i < r.sent.end and len(ranks) < len(subjects):
        found = rank_value(r.doc, i, r.cues)
        if found:
            ranks.append((found[0], i, found[1]))
            i = found[1]
        elif lower(r.doc[i]) == "respectively":
            break
        else:
            i += 1
    for subj, (rank, start, end) in zip(subjects, ranks):
        r.make("rank", subj, start, 0.8, rank=rank, value_span=r.doc[start:end])
    return i + 1


def comparisons(r: SentenceReader) -> None:
    """'X outperformed Y and Z', 'X trails Y', 'behind only X and Y' (+ rank), 'second only to X'."""
    doc, sent, c = r.doc, r.sent, r.cues
    triggers = [sent.start + k for k, w in enumerate(r.words) if w in c.comparison_starts]
    i = sent.start
    while True:
        k = bisect_left(triggers, i)
        if k == len(triggers):
            return
        i = triggers[k]
        low = r.word(i)
        relation, start, only = None, i + 1, False
        words = tuple(lower(t) for t in doc[i:i + 3])
        for phrase in c.trail_phrases:
            if words[:len(phrase)] == phrase:
                relation, start = "trails", i + len(phrase)
                only = phrase[-1] in ("only", "to") and phrase[0] != "just"
                if start < sent.end and lower(doc[start]) == "only":
                    only, start = True, start + 1
                break
        if relation is None:
            for phrase in c.outperform_phrases:
                if words[:len(phrase)] == phrase:
                    relation, start = "outperforms", i + len(phrase)
                    break
        if relation is None and low in c.outperform_verbs:
            relation = "outperforms"
        elif relation is None and low in c.trail_verbs:
            relation = "trails"
        elif relation is None and low == "behind" and _after_a_rank(r, i):
            relation = "trails"  # 'ranked 20th overall, behind X'
        if relation is None:
            i += 1
            continue
        objects = objects_after(doc, sent, start)
        subject = find_subject(doc, sent, i, c, r.objects_taken, r.ctx)
        inferred = False
        if not objects and relation == "trails" and subject is not None and low in ("close", "just", "right", "closely"):
            leader = find_subject(doc, sent, subject.i, c, r.objects_taken, r.ctx)  # 'B sits third, with C close behind'
            objects = [leader] if leader is not None and leader.ent_type_ == "MODEL" else []
            inferred = True
        if not objects or subject is None or is_blocked(doc, subject.i + 1, i, c, sent.start) or is_past(doc, i, c):
            i = start
            continue
        if not inferred:
            r.objects_taken.update(o.i for o in objects)
            r.object_subject.update((o.i, subject) for o in objects)
        for subj in coordinated_subjects(doc, sent, subject, i):
            if any(o.i == subj.i for o in objects):
                continue
            r.make("comparison", subj, i, 0.75, relation=relation, objects=[_object_ref(o) for o in objects])
            if only and relation == "trails":
                r.make("rank", subj, i, 0.8, rank=len(objects) + 1, scope=scope_for(sent, c, i))
        i = start


def scores(r: SentenceReader) -> None:
    """'88.7% on MMLU', 'an Elo score of 1309', 'an average score of 43.02', 'Llama 3 70B's 95.1%'."""
    doc, sent, c = r.doc, r.sent, r.cues
    if pipe_count(sent) >= 2:
        return
    pending: list[tuple[float, int, Optional[str]]] = []
    respectively = "respectively" in r.words
    for i in range(sent.start, sent.end):
        first = r.word(i)[:1]
        if not (first.isdigit() or first == "~"):
            continue  # no number_value
        tok = doc[i]
        value = number_value(tok.text)
        if value is None or tok.ent_type_:
            continue
        nxt = lower(doc[i + 1]) if i + 1 < sent.end else ""
        prev = lower(doc[i - 1]) if i > sent.start else ""
        if prev in c.not_score_before or prev in ("no", ".", "#", "number", "rank", "top") or (prev == "-" and i - 2 >= sent.start and doc[i - 2].like_num):
            continue
        after_pct = lower(doc[i + 2]) if nxt == "%" and i + 2 < sent.end else ""
        if nxt in c.not_score_after or nxt == "-" or after_pct in c.not_score_after:
            continue
        unit = _unit(r, i, nxt, prev, value)
        if unit is False and respectively and pending and prev in (",", "and") and pending[-1][1] >= i - 3:
            unit = pending[-1][2]  # '1377 and 1353, respectively'
        if unit is False:
            continue
        pending.append((value, i, unit))
    if not pending:
        return
    if respectively and len(pending) > 1:
        subject = find_subject(doc, sent, pending[0][1], c, r.objects_taken, r.ctx)
        subs = _respectively(r, subject, pending[0][1]) if subject is not None else []
        if subs and len(subs) == len(pending):
            for subj, (value, i, unit) in zip(subs, pending):
                r.make("score", subj, i, 0.8, score_value=value, unit=unit or None, value_span=doc[i:i + 1])
            return
    for value, i, unit in pending:
        subject = _score_subject(r, i)
        if subject is None or subject.ent_type_ != "MODEL" or is_blocked(doc, subject.i + 1, i, c, sent.start):
            continue
        bench = _score_benchmark(r, i)
        metric = "average" if any(lower(t) == "average" for t in doc[max(i - 4, sent.start):i]) else None
        r.make("score", subject, i, 0.8 if unit else 0.65, score_value=value, unit=unit or None, metric=metric,
               value_span=doc[i:i + 2] if unit == "%" else doc[i:i + 1], benchmark=bench)


def _unit(r: SentenceReader, i: int, nxt: str, prev: str, value: float):
    """'%', 'elo', None (a plain score next to a benchmark or 'score of'), or False (not a score)."""
    doc, sent = r.doc, r.sent
    if nxt == "%":
        return "%" if value <= 100 else False
    if _YEAR.match(doc[i].text) and nxt not in ("elo", "points"):
        return False
    window = [lower(t) for t in doc[max(i - 4, sent.start):i]]
    if nxt in ("elo", "points", "pts") or "elo" in window:
        if 500 <= value <= 3000:
            return "elo"
        return None if nxt in ("points", "pts") and "elo" not in window and not r.ctx_benchmark_is_arena(i) else False
    if r.ctx_benchmark_is_arena(i) and 800 <= value <= 2500 and float(value).is_integer():
        if prev in ("at", "of", "(", "with", "scored", "to", "–", "-") or doc[i - 1].ent_type_ == "MODEL" or prev in POSSESSIVE:
            return "elo"
    if prev in ("with", "at") and "." in doc[i].text and value <= 100 and _on_leaderboard(r, i):
        return None  # 'came second with 36.18'
    if prev == "=" and i >= 2 and doc[i - 2].ent_type_ == "BENCHMARK":
        return None  # 'HLE=44.4'
    if prev in POSSESSIVE or doc[i - 1].ent_type_ == "BENCHMARK" or (i + 1 < sent.end and doc[i + 1].ent_type_ == "BENCHMARK") or (
        nxt == "on" and i + 2 < sent.end and doc[i + 2].ent_type_ == "BENCHMARK"
    ) or (prev == "of" and set(window) & {"score", "scores", "average", "rating", "ratings"}) or (
        prev in ("scored", "scores", "scoring")
    ) or (prev == "(" and i >= 2 and doc[i - 2].ent_type_ == "MODEL" and nxt == ")"):  # 'Claude 3.5 (72.1)'

        return None if value <= 100 else False
    return False


def _on_leaderboard(r: SentenceReader, i: int) -> bool:
    bench = benchmark_for(r.doc, r.sent, i, r.ctx)
    return bench is not None and bench._.canonical in r.ctx.leaderboards


def _after_a_rank(r: SentenceReader, i: int) -> bool:
    """'behind' right after a stated rank ('20th overall, behind'), not 'the company behind ChatGPT'."""
    return any(rank_value(r.doc, k, r.cues) for k in range(max(i - 4, r.sent.start), i))


def _score_subject(r: SentenceReader, i: int) -> Optional[Token]:
    doc = r.doc
    j = i - 1
    if j >= r.sent.start and doc[j].text in POSSESSIVE and j - 1 >= r.sent.start and is_subject(doc[j - 1]):
        return doc[j - 1]
    found = find_subject(doc, r.sent, i, r.cues, set(), r.ctx)  # a comparison's object can have a score ...
    relative = any(lower(t) in ("which", "who") for t in doc[found.i:i]) if found is not None else False
    if found is not None and found.i in r.object_subject and i - found.i > 3 and not relative:
        return r.object_subject[found.i]  # ... but 'X beats Y with 98.2%' is X's
    return found


def _score_benchmark(r: SentenceReader, i: int):
    """'MMLU 70.0%' (right before), else '70% on MMLU' (just after), else the nearest before."""
    doc, sent = r.doc, r.sent
    for back in (1, 2):
        if i - back >= sent.start and doc[i - back].ent_type_ == "BENCHMARK" and (back == 1 or doc[i - 1].text == "="):
            return doc[i - back:i - back + 1]
    for k in range(i + 1, min(i + 5, sent.end)):
        if doc[k].ent_type_ == "BENCHMARK":
            return doc[k:k + 1]
        if is_subject(doc[k]) or doc[k].like_num:
            break
    for k in range(i - 1, max(i - 4, sent.start - 1), -1):
        if doc[k].ent_type_ == "BENCHMARK":
            return doc[k:k + 1]
        if is_subject(doc[k]):
            break
    return None


def counts(r: SentenceReader) -> None:
    """'three Qwen models making the top 10', '3 out of 4 ... in the top 10 belong to Qwen'."""
    doc, sent, c = r.doc, r.sent, r.cues
    tops = [doc[i] for i in range(sent.start, sent.end - 1) if r.word(i) == "top" and count_value(doc[i + 1], c)]
    if not tops:
        return
    top_tok = tops[0]
    top_n = count_value(doc[top_tok.i + 1], c)
    families = [t for t in sent if t.ent_type_ == "MODEL" and doc[t.i:t.i + 1]._.is_family]
    if not families:
        return
    for tok in sent:
        if tok.i in (top_tok.i, top_tok.i + 1) or tok.ent_type_:
            continue
        n = count_value(tok, c)
        if n is None or n >= 1000 or (tok.i > sent.start and lower(doc[tok.i - 1]) in ("top", "of", "out")):
            continue
        window = [lower(t) for t in doc[tok.i + 1:tok.i + 8]]
        if not any(w in ("models", "llms", "of", "out") for w in window[:4]):
            continue
        if is_blocked(doc, sent.start, tok.i, c, sent.start):
            return
        family = families[-1]
        r.make("count", family, tok.i, 0.7, count=n, top_n=top_n, value_span=doc[tok.i:tok.i + 1])
        return


RULES = (table_claims, ranked_list, comparisons, prose_ranks, scores, counts)
RANKING_RULES = (comparisons, prose_ranks, counts)  # skipped in sentences about usage, money or markets
