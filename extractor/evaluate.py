"""Score extraction against a gold file, with the same figures as the shared scorer.

Matching follows the gold guideline: names compare after lower-casing, dropping
an owner prefix, a possessive and every character but letters, digits and dots;
a comparison counts once per object; strict matching also needs the benchmark.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional

from .errors import InputError

KINDS = ("rank", "score", "comparison", "count")


def norm_name(name: Any) -> Optional[str]:
    if name is None:
        return None
    s = str(name).strip().lower()
    s = s.split("/")[-1]
    s = re.sub(r"['\u2019]s$", "", s)
    return re.sub(r"[^a-z0-9.]", "", s).strip(".")


def norm_benchmark(b: Any) -> Optional[str]:
    return (re.sub(r"[^a-z0-9.]", "", str(b).lower()).strip(".") or None) if b else None


def _num(v: Any) -> Optional[float]:
    try:
        return None if v is None else round(float(str(v).replace(",", "")), 4)
    except ValueError:
        return None


def _int(v: Any) -> Optional[int]:
    try:
        return None if v is None else int(v)
    except (TypeError, ValueError):
        return None


def atoms(c: dict, strict: bool) -> list[tuple]:
    """The atomic tuples one gold-shaped claim stands for."""
    kind, subj = c.get("kind"), norm_name(c.get("subject"))
    bench = norm_benchmark(c.get("benchmark")) if strict else None
    if kind == "rank":
        return [(kind, subj, bench, _int(c.get("rank")), _int(c.get("top_n")))]
    if kind == "score":
        return [(kind, subj, bench, _num(c.get("value")))]
    if kind == "comparison":
        return [(kind, subj, bench, c.get("relation"), norm_name(o)) for o in c.get("objects") or []]
    if kind == "count":
        return [(kind, subj, bench, _int(c.get("count")), _int(c.get("top_n")))]
    return []


def gold_shape(claim) -> dict:
    """A Claim record projected onto the gold claim shape."""
    return {
        "kind": claim.kind, "subject": claim.subject.text, "vendor": claim.subject.vendor,
        "benchmark": claim.benchmark.id, "rank": claim.rank, "top_n": claim.top_n,
        "value": claim.score.value if claim.score else None, "relation": claim.relation,
        "objects": [o.text for o in claim.objects], "count": claim.count,
    }


@dataclass
class Report:
    figures: dict
    errors: list[tuple[str, str, tuple]] = field(default_factory=list)


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else (1.0 if ngold == 0 else 0.0)
    r = tp / ngold if ngold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _read_gold(path: str) -> Iterator[dict]:
    try:
        fh = open(path, encoding="utf-8")
    except OSError as e:
        raise InputError(f"{path}: cannot open: {e.strerror}") from None
    with fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as e:
                    raise InputError(f"{path}:{n}: not JSON: {e.msg}") from None


def score(gold: list[dict], predicted: dict[str, list[dict]]) -> Report:
    """Precision, recall and F1 per kind, strict and lenient, and vendor attribution."""
    figures: dict = {}
    errors = []
    vendor_ok = vendor_n = 0
    for mode in ("strict", "lenient"):
        strict = mode == "strict"
        counts = {k: [0, 0, 0] for k in KINDS + ("all",)}
        for g in gold:
            gset = {t for c in g.get("claims", []) for t in atoms(c, strict)}
            pmap: dict[tuple, dict] = {}
            for p in predicted.get(g["id"], []):
                for t in atoms(p, strict):
                    pmap.setdefault(t, p)
            for k in KINDS:
                gk = {t for t in gset if t[0] == k}
                pk = {t for t in pmap if t[0] == k}
                for key in (k, "all"):
                    counts[key][0] += len(gk & pk)
                    counts[key][1] += len(pk)
                    counts[key][2] += len(gk)
            if strict:
                errors += [(g["id"], "missed", t) for t in sorted(gset - set(pmap), key=str)]
                errors += [(g["id"], "spurious", t) for t in sorted(set(pmap) - gset, key=str)]
            else:
                vendors = {norm_name(a["model"]): norm_name(a["vendor"]) for a in g.get("attributions", [])}
                for t in gset & set(pmap):
                    want = vendors.get(t[1])
                    if want:
                        vendor_n += 1
                        vendor_ok += norm_name(pmap[t].get("vendor")) == want
        figures[mode] = {
            k: dict(zip(("tp", "pred", "gold"), v)) | dict(zip(("p", "r", "f1"), (round(x, 3) for x in _prf(*v))))
            for k, v in counts.items()
        }
    figures["vendor_attribution"] = {"checked": vendor_n, "correct": vendor_ok,
                                     "accuracy": round(vendor_ok / vendor_n, 3) if vendor_n else None}
    figures["articles"] = len(gold)
    return Report(figures, errors)


def evaluate_gold(path: str, knowledge_dir: Optional[str] = None) -> Report:
    """Extract claims from every gold article (``knowledge_dir`` laid over the bundled knowledge) and score them."""
    from .ingest.common import make_article
    from .pipeline import extract_records
    from .records import Article

    gold = list(_read_gold(path))
    articles = [make_article(text=g.get("text"), source=f"{path}:{i}", input_name=path, line=i,
                             id=g.get("id"), url=g.get("url"), published=g.get("published"))
                for i, g in enumerate(gold, 1)]
    predicted: dict[str, list[dict]] = {}
    for result in extract_records((a for a in articles), knowledge_dir=knowledge_dir):
        if isinstance(result.record, Article):
            predicted[result.record.id] = [gold_shape(c) for c in result.claims]
    return score(gold, predicted)


def format_report(report: Report, errors: bool = False) -> str:
    lines = [f"{aid}\t{what}\t{t}" for aid, what, t in report.errors] if errors else []
    f = report.figures
    lines.append(f"articles: {f['articles']}")
    for mode in ("strict", "lenient"):
        lines.append(f"{mode}:")
        for k in KINDS + ("all",):
            c = f[mode][k]
            lines.append(f"  {k:10} P {c['p']:.3f}  R {c['r']:.3f}  F1 {c['f1']:.3f}   "
                         f"(tp {c['tp']}, pred {c['pred']}, gold {c['gold']})")
    v = f["vendor_attribution"]
    lines.append(f"vendor attribution on matched claims: {v['correct']}/{v['checked']}")
    lines.append(f"strict F1 {f['strict']['all']['f1']:.3f}")
    return "\n".join(lines)
