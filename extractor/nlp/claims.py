"""Rank, score, comparison and count claims, as a spaCy component.

Runs after ``extractor_layout``, ``extractor_entities`` and
``extractor_sentences``. Tables are read by the table interpreter (one claim per
cell where a model meets a benchmark or metric); prose sentences by the prose
reader, but only those with a model or vendor and a cue: a Matcher match of the
cue patterns, a rank or score word, a number. Findings are kept on
``doc._.claims`` as plain data, each stated once.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Optional

from spacy.attrs import LIKE_NUM, LOWER
from spacy.tokens import Doc, Span

from ..knowledge import Knowledge
from .context import ArticleContext
from .entities import EntityRecognizer
from .extensions import TEXT_KEY, register_extensions
from .findings import BenchmarkNote, Finding, Name
from .grammar import YEAR
from .layout import Block, layout_of
from .prose import ProseReader
from .tables.interpret import BenchmarkChoice, HeaderVocabulary, TableFinding, TableInterpreter
from .vocabulary import MEDAL_PLACES, ORDINAL_SUFFIXES, CuePattern, Vocabulary

_TABLE_BREAK_BLOCKS = 3  # paragraphs that may break one table in two (a note, an advert)

# 'the model', 'it'; 'the 8B version': the article's model of that size
_REFERENCE_WORDS = frozenset({"model", "it", "its", "this", "version", "variant"})
_LABELLED_VALUE = re.compile(r"\s*(?:[-*\u2022+]\s+)?(?:\*\*)?[^:\n]{1,60}:(?:\*\*)?\s*[~\u2248]?\d")
_ORDINAL = re.compile(rf"^\d{{1,3}}{ORDINAL_SUFFIXES}$", re.I)
_TOP_N = re.compile(r"top-\d{1,3}$")  # 'the top-10 models': one token, a rank mark as 'top 10' is
# 'These models post respective scores of 88 and 85': figures of the models the sentence before named
_RESPECTIVE_OF_PLURAL = re.compile(r"(?i)\b(?:they|(?:these|those|both|the) (?:two |three )?(?:models|llms|systems))\b"
                                   r".*\brespective(?:ly)?\b")


class ClaimExtractor:
    """Finds the claims of a doc's tables and of the prose sentences that can hold one."""

    def __init__(self, recognizer: EntityRecognizer, vocab: Vocabulary):
        self.recognizer = recognizer
        self.kb: Knowledge = recognizer.kb
        self.vocab = vocab
        self.prose = ProseReader(vocab)
        self.tables = TableInterpreter(HeaderVocabulary(self.kb.tables), recognizer.resolver, recognizer.is_model_name,
                                       recognizer.glued_maker_end, recognizer.is_maker_name)
        self._vendor_names = {v.id: v.name for v in self.kb.vendors.values()}
        self._vendor_aliases = frozenset(self.kb.vendor_by_alias)
        self._place_labels = frozenset(self.vocab.mapping("place_labels"))
        self._access_tags = sorted(self.kb.tables.get("access_tags", ()), key=len, reverse=True)
        statuses = "|".join(re.escape(t) for t in self.kb.tables.get("status_tags", ()))
        # a page's listing status after a name: set apart by a space, or in brackets glued on ('GLM-4.6(new)')
        self._status_tag = re.compile(rf"(?:\s+(?:{statuses})|(?<=[\w.])\((?:{statuses})\))$") if statuses else None
        self._hash_sets: dict = {}
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.get(TEXT_KEY) or doc.text
        layout = layout_of(doc)
        ctx = ArticleContext(doc, text, layout, self.recognizer.resolver, list(doc.ents),
                             self._vendor_names, self._vendor_aliases, says_claim=self.vocab.has_cue,
                             place_labels=self._place_labels)
        findings: list[Finding] = []
        for block in layout.tables:
            findings.extend(self._table_findings(block, ctx))
        marks = _SentenceMarks(doc, self._hashes(doc))
        candidates = []
        for sent in doc.sents:
            if layout.in_table(sent.start_char):
                continue
            sent_ents = ctx.ents_between(sent.start_char, sent.end_char)
            if self._is_candidate(sent, sent_ents, ctx, marks):
                candidates.append([sent.start_char, sent.end_char])
                cues = self._cues(sent) if marks.any_of("anchor", sent) and self.vocab.has_cue(marks.words(sent)) else []
                found = self.prose.read(doc, sent, ctx, cues)
                findings.extend(found)
                said_of = min((f.subject.span for f in found if f.subject.type in ("model", "family") and f.subject.span),
                              default=None)  # the sentence's first subject: what 'the model' next refers to
                compared = next((f for f in reversed(found) if f.kind == "comparison"), None)
                ctx.remember_comparison(compared.subject.span if compared else None,
                                        [o.span for o in compared.objects if o.span] if compared else [])
                places = [f.rank for f in found if f.kind == "rank" and f.rank is not None]
                ctx.last_place = max(places) if places else None
            else:
                said_of = None
                if any(e.label_ == "MODEL" for e in sent_ents):
                    ctx.remember_comparison(None, [])  # a sentence on other models in between: no object to carry
                    ctx.last_place = None
            ctx.remember(sent_ents, said_of)
        doc._.candidates = candidates
        findings = [self._on_board(f) for f in _without_headline_short_forms(findings, text)]
        doc._.claims = [f.to_data() for f in _unique(findings)]
        return doc

    def _on_board(self, finding: Finding) -> Finding:
        """A finding on a listed part of a board carries the board's id and names the part."""
        board, part = self.recognizer.resolver.board_of(finding.benchmark.id)
        if part is None:
            return finding
        return replace(finding, benchmark=replace(finding.benchmark, id=board, part=part))

    # -- which sentences --------------------------------------------------------------------
    def _cues(self, sent: Span) -> list[tuple[CuePattern, int, int]]:
        """The sentence's cue matches, in text order (token offsets in the doc); a match inside a longer
        passive or 'only' one is dropped ('was outscored by' is no 'outscored')."""
        doc = sent.doc
        matcher = self.vocab.matcher(doc.vocab, {t.lower_ for t in sent})
        if not len(matcher):
            return []  # no pattern has its words here (an ordinal alone brought the sentence)
        found = [(self.vocab.cue(doc.vocab.strings[key]), sent.start + start, sent.start + end)
                 for key, start, end in matcher(sent)]
        nested = [(s, e) for c, s, e in found if c.passive or c.only]
        kept = [(c, s, e) for c, s, e in found
                if c.passive or c.only or not any(ps <= s and e <= pe for ps, pe in nested)]
        longest: dict = {}
        for c, s, e in kept:  # one match per start and label: the longest
            key = (s, c.label)
            if key not in longest or e > longest[key][2]:
                longest[key] = (c, s, e)
        return sorted(longest.values(), key=lambda m: (m[1], m[2]))

    def _hashes(self, doc: Doc) -> dict:
        """The vocab's hashes of the word lists the sentence test reads, made once per vocab."""
        key = id(doc.vocab)
        found = self._hash_sets.get(key)
        if found is None or found[0] is not doc.vocab:
            strings = doc.vocab.strings
            found = (doc.vocab, {
                "cue": frozenset(strings.add(w) for w in self.vocab.anchor_words | self.vocab.rank_words
                                 | self.vocab.words("rank_words") | {"top", "#", "respectively"}
                                 | {w.split("-")[0] for w in self.vocab.mapping("place_labels")}),  # 'Runner-up:'
                "score": frozenset(strings.add(w) for w in self.vocab.words("score_words") | {"%", "percent", "elo"}),
                "anchor": frozenset(strings.add(w) for w in self.vocab.anchor_words),
                "vendor": frozenset(strings.add(w) for w in self.vocab.vendor_words),
                "reference": frozenset(strings.add(w) for w in _REFERENCE_WORDS),
                "MODEL": strings.add("MODEL"), "VENDOR": strings.add("VENDOR"),
            })
            self._hash_sets[key] = found
        return found[1]

    def _is_candidate(self, sent: Span, sent_ents: list[Span], ctx: ArticleContext, marks: "_SentenceMarks") -> bool:
        """A model (or 'the model' once one is named) and a cue word or number; a vendor alone needs a rank
        or relation cue (``Vocabulary.has_cue``), since only models have scores. Read from integer arrays:
        most sentences stop here."""
        labels = [e.label_ for e in sent_ents]
        if "MODEL" not in labels and ctx.mentions and "BENCHMARK" in labels and _LABELLED_VALUE.match(sent.text):
            return True  # '- MMLU-Pro score: 89.7%': a fact about the model named before
        if "MODEL" not in labels and ctx.mentions and marks.any_of("reference", sent):
            return marks.reference_then_claim(sent)  # 'the model scored 88%', 'its MMLU score of 88.7'
        if "MODEL" not in labels and ctx.mentions and _benchmark_value_pairs(sent, sent_ents) >= 2:
            return True  # 'Maths: VeraMath 98.2%, VeraQA 91.0%': the figures of the model named before
        if "MODEL" not in labels and ctx.mentions and marks.any_number(sent) and _RESPECTIVE_OF_PLURAL.search(sent.text):
            return True  # a plural reference with respective values: the models of the sentence before
        if "MODEL" not in labels and ctx.mentions and _opens_with_a_verb(sent) and marks.any_number(sent):
            return True  # '- Posts 61.2, the best of the lot': a bullet about the model named before'
        if "MODEL" not in labels and "BENCHMARK" in labels and marks.any_score_number(sent, True) \
                and (ctx.item_model(sent.start_char) is not None or (ctx.mentions and ctx.in_list_of_no_model(sent.start_char))):
            return True  # '- 76% on X' in a list under the model's heading, or in an article about one
        if "MODEL" not in labels and ctx.mentions and _ends_with_colon(sent) \
                and (marks.any_of("cue", sent) or marks.any_rank_mark(sent)):
            return True  # 'Second place is a three-way tie:' over a list of the names that share it
        if "MODEL" in labels:
            if marks.any_of("cue", sent) or marks.any_score_number(sent, "BENCHMARK" in labels):
                return True
            if sent[0].text in MEDAL_PLACES:
                return True  # '🥈 Claude 3.7 Sonnet': a medal gives the line's model its place
            if ctx.last_place is not None and any(t.lower_ in ("follows", "followed") for t in sent[:6]):
                return True  # 'A ranks third. B follows.': the next place
            block = ctx.layout.block_at(sent.start_char)  # '1. Claude 3.5 Sonnet: ...', '1 A 2 B 3 C'
            return (block is not None and block.number is not None) or (
                labels.count("MODEL") >= 3 and marks.any_number(sent))
        if "VENDOR" in labels and (marks.any_of("vendor", sent) or marks.any_rank_mark(sent)):
            return marks.any_rank_mark(sent) or self.vocab.has_cue({t.lower_ for t in sent})
        return False

    # -- tables -------------------------------------------------------------------------------
    def _table_findings(self, block: Block, ctx: ArticleContext) -> Iterable[Finding]:
        grid, before = block.grid, self._table_before(block, ctx)
        continued = self.tables.continued(grid, before.grid) if before is not None else None
        if continued is not None:
            grid, block = continued, before  # the rest of the table above: its header, caption and subject
        context = ctx.table_benchmark(block)
        subject = ctx.table_subject(block)
        title = ctx.section_title(block)
        if subject is not None and self.tables.vocabulary.role(title) == "skip" \
                and not self.tables.vocabulary.flag_only(title):
            subject = None  # a model's '### Contamination Results' or '### Latency' hold no scores ('Open' says none)
        for tf in self.tables.read(grid, context, subject):
            if _bare_arena(tf.benchmark) and context.ref is not None and context.ref.id != tf.benchmark.ref.id \
                    and self.recognizer.resolver.is_arena(context.ref.id):
                tf = replace(tf, benchmark=context)  # 'Arena Score' in a table of the Copilot Arena: that arena's
            yield self._from_table(tf, ctx)

    @staticmethod
    def _table_before(block: Block, ctx: ArticleContext) -> Optional[Block]:
        """The table a few paragraphs above ``block``, with no heading between them, or None."""
        k = ctx.layout.index_of(block)
        for other in reversed(ctx.layout.blocks[max(0, k - _TABLE_BREAK_BLOCKS - 1):k]):
            if other.kind == "table":
                return other
            if other.kind == "heading":
                return None
        return None

    def _from_table(self, tf: TableFinding, ctx: ArticleContext) -> Finding:
        tf = self._without_leading_maker(self._without_glued_maker(self._without_glued_tag(tf)))
        spelled = ctx.prose_spelling(tf.subject)
        if spelled is not None:  # the table writes a name the prose spells out: one subject, as the prose has it
            tf = replace(tf, subject=spelled.text, subject_span=(spelled.start_char, spelled.end_char))
        subject = self._table_name(tf.subject, tf.subject_span, ctx, tf.vendor) \
            if tf.extras.get("subject_type") != "vendor" else Name(tf.subject, "vendor", tf.subject_span)
        objects = [self._table_name(text, span, ctx) for text, span in tf.objects]
        return Finding(kind=tf.kind, subject=subject, evidence=tf.evidence, benchmark=_note(tf.benchmark, ctx),
                       rank=tf.rank, scope=tf.scope, value=tf.value, unit=tf.unit, metric=tf.metric,
                       value_span=tf.value_span, relation=tf.relation, objects=objects, confidence=0.9)

    def _table_name(self, text: str, span: tuple[int, int], ctx: ArticleContext,
                    maker: Optional[tuple[str, tuple[int, int]]] = None) -> Name:
        """A model a table names, described as the knowledge knows it; ``maker`` is the row's maker cell."""
        attrs = self.recognizer.describe_any(text)
        vendor_id = attrs.get("vendor")
        vendor_text, vendor_source = None, None
        if maker is not None:
            vendor_text, vendor_source = maker[0], "text"
            vendor_id = self.kb.vendor_by_alias.get(maker[0], vendor_id)
        elif vendor_id:
            vendor_text, vendor_source = ctx.vendor_name(vendor_id), "knowledge"
        return Name(text, "model", span, attrs.get("canonical"), attrs.get("family"), vendor_id, vendor_text,
                    vendor_source)

    def _without_glued_tag(self, tf: TableFinding) -> TableFinding:
        """'GPT-5API OpenAI' in a model cell copied from a page that set an access tag apart only by style: the
        name without the tag ('tables.json' ``access_tags``) glued to its last digit or small letter (and
        the maker's name after it read as the row's maker)."""
        name = tf.subject
        start, end = tf.subject_span
        if end - start != len(name):
            return tf
        status = self._status_tag.search(name) if self._status_tag is not None else None
        if status is not None and status.start() > 0:
            return replace(tf, subject=name[:status.start()], subject_span=(start, start + status.start()))
        for tag in self._access_tags:
            at = name.find(tag, 1)
            if at < 1 or not (name[at - 1].isdigit() or name[at - 1].islower()):
                continue
            maker = name[at + len(tag):].strip()
            if maker and (maker not in self.kb.vendor_by_alias or not name[at + len(tag)].isspace()):
                continue
            vendor = tf.vendor if tf.vendor is not None or not maker else (maker, (end - len(maker), end))
            return replace(tf, subject=name[:at], subject_span=(start, start + at), vendor=vendor)
        return tf

    def _without_glued_maker(self, tf: TableFinding) -> TableFinding:
        """'Kite 3 OpusAcme' in a model cell copied from a page that set the maker apart only by style: the
        name, with the maker glued to its end taken off (and read as the row's maker when none is)."""
        name = tf.subject
        start, end = tf.subject_span
        if end - start != len(name):
            return tf
        glued = next((k for k in range(2, len(name) - 1) if name[k].isupper() and name[k - 1].isalnum()
                      and self._names_a_maker(name[k:])), None)  # 'OpusAcme', '70BAcme', never 'Vega-Embed-Acme'
        if glued is None and " " in name:  # 'Kite 4.6 Acme' in a glued row: the maker's cell after the name
            head, _, last = name.rpartition(" ")
            glued = len(head) + 1 if last in self.kb.vendor_by_alias and any(ch.isdigit() for ch in head) else None
        if glued is None:
            return tf
        vendor = tf.vendor if tf.vendor is not None else (name[glued:], (start + glued, end))
        kept = name[:glued].rstrip()
        return replace(tf, subject=kept, subject_span=(start, start + len(kept)), vendor=vendor)

    def _names_a_maker(self, word: str) -> bool:
        """A vendor's name, or the family word that is the first word of its maker's name ('Kite' of Kite AI)."""
        family = self.kb.family_by_name.get(word)
        return word in self.kb.vendor_by_alias or (
            family is not None and (self.kb.vendor_name(family.vendor) or "").split()[:1] == [word])

    def _without_leading_maker(self, tf: TableFinding) -> TableFinding:
        """'Acme Vega 2B' in a model cell: the maker's model, named without the maker as prose names it
        (unless the maker's name is also the family's, 'Mistral 7B', or the name is a short id, 'OpenAI o1')."""
        maker, _, rest = tf.subject.partition(" ")
        if not rest or maker not in self.kb.vendor_by_alias or maker in self.kb.family_by_name:
            return tf
        start, end = tf.subject_span
        vendor = tf.vendor if tf.vendor is not None else (maker, (start, start + len(maker)))
        if len(rest.split()[0]) < 4 or not self.recognizer.is_model_name(rest, known=True):
            return replace(tf, vendor=vendor) if len(rest.split()) == 1 else tf  # 'Acme o1': a short id keeps its maker
        span = (start + len(maker) + 1, end) if end - start == len(tf.subject) else tf.subject_span
        return replace(tf, subject=rest, subject_span=span, vendor=vendor)


def _opens_with_a_verb(sent: Span) -> bool:
    """A bullet whose first word is a verb ('- Posts 61.2', '* Beats X'): its subject is the model before."""
    k = 0
    while k < len(sent) and sent[k].text in ("-", "*", "•", "+"):
        k += 1
    return 0 < k < len(sent) and sent[k].text[:1].isupper() and sent[k].lower_.endswith("s") and sent[k].is_alpha


def _bare_arena(choice: BenchmarkChoice) -> bool:
    """A header that names no arena but says 'Arena' ('Arena Score', 'Arena Elo'): the article's arena."""
    return choice.source == "table" and choice.ref is not None and choice.ref.name.split()[:1] == ["Arena"]


def _note(choice: BenchmarkChoice, ctx: ArticleContext) -> BenchmarkNote:
    if choice.ref is None:
        return BenchmarkNote()
    text = ctx.text[choice.span[0]:choice.span[1]] if choice.span else None
    return BenchmarkNote(choice.ref.id, text, choice.span, choice.source)


class _SentenceMarks:
    """Which tokens of a doc are cue words, numbers or rank marks, as integer arrays read once."""

    def __init__(self, doc: Doc, hashes: dict):
        rows = doc.to_array([LOWER, LIKE_NUM])
        self._lower = rows[:, 0]
        self._like_num = rows[:, 1]
        self._hashes = hashes
        self._doc = doc

    def any_of(self, name: str, sent: Span) -> bool:
        words = self._hashes[name]
        return any(h in words for h in self._lower[sent.start:sent.end].tolist())

    def words(self, sent: Span) -> set[str]:
        """The sentence's lower-case words, as a bag (what ``Vocabulary.has_cue`` reads)."""
        strings = self._doc.vocab.strings
        return {strings[h] for h in self._lower[sent.start:sent.end].tolist()}

    def reference_then_claim(self, sent: Span, reach: int = 16) -> bool:
        """A reference word ('it', 'its', 'model') with a cue word, score word or number in the words after
        it (anywhere after when the reference opens the sentence): 'It scored 88%', 'its MMLU score of 88.7';
        not 'demand for its console line recovered'."""
        lower = self._lower[sent.start:sent.end].tolist()
        like_num = self._like_num[sent.start:sent.end]
        reference, cue, score = self._hashes["reference"], self._hashes["cue"], self._hashes["score"]
        for k, h in enumerate(lower):
            if h in reference:
                after = lower[k + 1:] if k <= 1 else lower[k + 1:k + 1 + reach]  # 'Its score ...' opens the sentence
                if any(a in cue or a in score for a in after) or like_num[k + 1:k + 1 + len(after)].any():
                    return True
        return False

    def any_number(self, sent: Span) -> bool:
        return bool(self._like_num[sent.start:sent.end].any())

    def any_score_number(self, sent: Span, benchmark: bool) -> bool:
        """A number a score rule can read: any number beside a score word or a benchmark; else a decimal,
        a percentage, a three- or four-digit number that is no year (an Elo), an ordinal ('3rd'), or one after 'at'."""
        numbers = self._like_num[sent.start:sent.end]
        if not numbers.any():
            return False
        if benchmark or self.any_of("score", sent):
            return True
        for k in numbers.nonzero()[0].tolist():
            text = self._doc[sent.start + k].text
            at = sent.start + k
            if "." in text or (text.isdigit() and 3 <= len(text) <= 4 and not YEAR.match(text)) \
                    or _ORDINAL.match(text) or text.startswith(("#", "~")) or (at and self._doc[at - 1].lower_ == "at"):
                return True
        return False

    def any_rank_mark(self, sent: Span) -> bool:
        return any(t.text[:1] == "#" or _ORDINAL.match(t.text) is not None or _TOP_N.match(t.lower_) is not None
                   for t in sent)


def _without_headline_short_forms(findings: list[Finding], text: str) -> list[Finding]:
    """A headline's claim whose model the body names in full with the same claim ('Kite Overtakes X' over
    'Kite-1121 overtook X') is that claim again, its name shortened to fit the headline."""
    headline_end = text.find("\n")
    if headline_end <= 0 or headline_end > 200:
        return findings
    def claim(f: Finding) -> tuple:  # the claim's key without its subject
        key = f.key()
        return key[:1] + key[2:]

    body = {}
    for f in findings:
        if f.evidence[0] > headline_end and f.subject.type == "model":
            body.setdefault(claim(f), []).append(f.subject.text.lower())
    return [f for f in findings if not (
        f.evidence[1] <= headline_end and f.subject.type == "model"
        and any(full.startswith(f.subject.text.lower()) and full[len(f.subject.text):][:1] in ("-", " ")
                for full in body.get(claim(f), ())))]


def _ends_with_colon(sent: Span) -> bool:
    """True when a sentence's last word is a colon (line breaks after it aside), read from its tokens."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == ":"


def _benchmark_value_pairs(sent: Span, sent_ents: list[Span]) -> int:
    """How many benchmarks of the sentence have a number right after them ('MATH-500 98.2%', 'VeraQA (64.9)')."""
    doc = sent.doc
    return sum(1 for e in sent_ents if e.label_ == "BENCHMARK" and e.end + 1 < sent.end and (
        doc[e.end].like_num or (doc[e.end].text == "(" and doc[e.end + 1].like_num)))


def _unique(findings: list[Finding]) -> list[Finding]:
    """Each claim once (same kind, subject, benchmark and values), the first statement kept, in text order."""
    seen, kept = set(), []
    for f in sorted(findings, key=lambda f: (f.evidence[0], f.evidence[1])):
        key = f.key()
        if key not in seen:
            seen.add(key)
            kept.append(f)
    return kept
