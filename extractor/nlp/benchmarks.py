"""Benchmark names to guideline ids: listed aliases first, then the shape of an unlisted name.

A name as written in a table header or a sentence carries qualifiers that say
how it was measured ('MMLU (0-shot)', 'HumanEval(Pass@1)', 'DROP (F1, 3-shot)')
and often names a subset or edition of a listed benchmark ('GPQA-Diamond',
'MATH-500', 'AIME2024', 'Arena-Hard v2'). ``BenchmarkResolver.resolve`` splits
the qualifiers off as the metric, drops an edition suffix when what is left is
listed, and otherwise gives an unlisted benchmark the id the guideline asks for:
its name in lower case with hyphens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..knowledge import Knowledge
from ..knowledge.keys import alias_key

_PARENS = re.compile(r"\s*[(\[（]([^)\]）]{0,80})[)\]）]")
_PARTS = re.compile(r"[\s\-_]+")
_PART = re.compile(r"[^\s\-_]+")
_GLUED_EDITION = re.compile(r"^(.*[A-Za-z])(\d{2,4}|v\d{1,2}(?:\.\d)?)$")
_NOT_LETTER = re.compile(r"[^a-z]")
# A month's name or its short form, lower case ('feb', 'Sept.' read case-blind)
MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
              r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])")
# A period, never a test: a quarter or a half-year, alone or with a year, or a year with a month ('Q4 2024', 'H1', 'May 2025')
PERIOD = re.compile(rf"(?i)^(?:(?:q[1-4]|h[12])(?:\s*(?:19|20)\d{{2}})?|(?:(?:q[1-4]|h[12]|{MONTH_NAME})\s*)?"
                    rf"(?:19|20)\d{{2}}(?:\s*(?:q[1-4]|h[12]|{MONTH_NAME}))?)$")  # a month's name only beside a year
_METRIC_PREFIX = re.compile(r"^([A-Za-z][\w@]{0,11})[-_:] ?([A-Za-z][\w .&-]{1,40})$")  # 'ACC-anatomy'
# A data split after a name ('DocVQA_test', 'MathVista testmini'): which questions, not which benchmark
_SPLIT = re.compile(r"(?i)^(.*?[A-Za-z0-9%])[\s\-_]+((?:test|val|dev|testmini|validation|test-?dev|minival)(?:[\s\-_]+(?:en|cn|zh))?"
                    rf"|(?:{MONTH_NAME}\s+)?(?:19|20)\d\d)$")  # 'Feb 2025'
_GLUED_SPLIT = re.compile(r"([A-Za-z0-9][A-Za-z0-9\-]{0,30}?)(testmini|testdev|minival|(?<=[A-Z0-9]{2})(?:test|val|dev))")
_HARNESS_TASK = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*/[a-z0-9_@]+$")  # 'boolq/acc': an evaluation harness's task
_SUITE_NOUNS = frozenset({"benchmark", "benchmarks", "evaluation", "evaluations", "leaderboard", "leaderboards",
                          "results", "performance", "eval", "evals"})
# one word of capitals and letters or digits ('MME', 'VeraWords'), then a word that says it is a test
_NAME_THEN_SUITE_NOUN = re.compile(r"^((?=\w*[A-Z0-9]\w*[A-Z0-9])\w+) (?:[Bb]enchmark|[Ee]valuation|[Ee]val)$")
_ONE_CAPITAL = re.compile(r"^[A-Z]$")
_MEASURE_BEFORE = re.compile(r"^[^()]{1,40}\([^()]{2,40}\)\s*$")  # 'Accuracy (AIME 2025)': one bracket, at the end
_AT_K = re.compile(r"(?i)pass\s*@\s*\d+")


def _named_in_brackets(text: str) -> Optional[str]:
    """'AIME 2025' in 'Accuracy (AIME 2025)': the one bracket that ends a header, else None."""
    return text[text.index("(") + 1:text.rindex(")")].strip() if _MEASURE_BEFORE.match(text) else None


_SITE_SUFFIX = re.compile(r"\.(?:ai|com|org|io|net)$", re.I)
_LATIN_THEN_CJK = re.compile(r"^([A-Za-z][\x20-\x7e]{0,40}?[A-Za-z0-9+])\s*[\u3400-\u9fff\uf900-\ufaff]")  # 'SC-Safety安全总榜'
_TASK_PATH = re.compile(r"^[A-Z][A-Za-z]{1,20}\.[A-Z][A-Za-z]{1,20}$")  # 'Code.Debug', 'En.QA': a suite's area.task
_TEST_NOUN_END = re.compile(r"(?i)\b(?:exam|test|benchmark|leaderboard|arena|eval|evaluation|olympiad|challenge|competition)s?$")
_SHORT_METRIC = re.compile(r"^[A-Z]{2,3}$")  # 'LC', 'EM': an abbreviated way of scoring after a versioned name
_CODE_AFTER = re.compile(r"^(.*[A-Za-z0-9])[-_]([A-Za-z]{2})$")  # 'VeraEval-ZH', 'VeraEval_en': a name and a language code
_TAG_AFTER = re.compile(r"^(.*[A-Za-z0-9]) ([A-Za-z]{2})$")  # 'VeraEval ZH': a name and a short tag after a space
# What follows a name the text defines as a benchmark: '(url) is an evaluation dataset', ' is the de-facto
# evaluation harness'; read by the entity layer (the name, wherever it stands) and by table captions.
SUITE_DEFINITION = (r"\]?(?:\([^)\s]{1,300}\))?(?:\*\*)? is (?:a|an|the) (?:[a-z][a-z\-]* ){0,3}"
                    r"(?:benchmark|dataset|leaderboard|ranking(?= of )|test suite|evaluation suite|evaluation harness|exam)\b")
_VERSION = re.compile(r"^[vV]?\d+(?:\.\d+)*$")
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z]{2,}|\d")
_SIZE = re.compile(r"^\d+(?:\.\d+)?[BbMT]$|^\d+x\d+[Bb]$")
_MONTHS = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
                    "august september october november december".split())
# 'AIME-level', 'MMLU-style': a kind of test; 'Korea-specific': a domain of knowledge
LIKENESS = r"[\-\u2011](?:level|style|like|type|grade|caliber|calibre|esque|specific|related|focused|oriented|centric)"
POSSESSIVE_WORD = re.compile(r"\w['\u2019]s\b")  # "Kappa's Performance": what a model did, no test's name
_LIKENESS = re.compile(rf"(?i){LIKENESS}$")
_MEMO_SIZE = 50_000  # names resolved and kept; cleared when full, so memory stays bounded
_ARENA_BOARD = re.compile(r"(?i)(?<=arena)[\s\-_]+leaderboard$")  # 'Vera Arena Leaderboard' is the Vera Arena's
# 'VERA Leaderboard', 'VeraBench leaderboard': the board of a one-word test's name ('Hallucination Leaderboard' is a name)
_NAMED_TEST_BOARD = re.compile(r"^(\S*(?:[A-Z]{2}|[a-z][A-Z])\S*)[\s\-_]+[Ll]eaderboard$")
SLASHED_PARTS = re.compile(r"(?:[A-Za-z]{1,3}\d{0,2}|\d{1,2})(?:/(?:[A-Za-z]{1,3}\d{0,2}|\d{1,2})){1,3}")  # 'L1/L2/L3'
_GLUED_ARROW = re.compile(r"(?<=[\w.%)])([\u2b06\u2b07\u2191\u2193]\ufe0f?)$")  # 'WER↓': better lower, glued on
_GLUED_SUITE = re.compile(r"(?i)[a-z](?:bench|eval|qa|arena|exam)\b")
_SUITE_PART = re.compile(r"(?i)(?:bench|eval|qa|arena|exam)\b")
_SUITE_ENDED_WORD = re.compile(r"(?i)(?:[a-z0-9]|[\-\u2011])(?:bench|eval|qa|arena|exam)\b")


_LABEL_PREPOSITIONS = frozenset({"on", "in", "for", "at", "across", "under"})


def label_name_start(label: str) -> int:
    """Where the name in a label starts past a preposition that opens it ('On VeraBench: A 70%, B 54%'), else 0."""
    first, _, rest = label.partition(" ")
    return len(first) + 1 if rest.strip() and first.lower() in _LABEL_PREPOSITIONS else 0


def slug(name: str) -> str:
    """The guideline id of an unlisted benchmark: lower case, spaces and underscores as hyphens; an
    arena's leaderboard is the arena ('Vera Arena Leaderboard' is vera-arena), and a one-word test's
    leaderboard the test ('VERA Leaderboard' is vera)."""
    name = _NAMED_TEST_BOARD.sub(r"\1", _ARENA_BOARD.sub("", name.strip()))
    return _PARTS.sub("-", name.lower()).strip("-")


@dataclass(frozen=True)
class BenchmarkRef:
    """A benchmark a name refers to: its id, the name as written, how it was measured."""

    id: str
    name: str
    metric: Optional[str] = None
    listed: bool = True


_TITLE_BRACKETS = re.compile(r"^\s*\u3010([^\u3011]{1,60})\u3011(.{0,40})$")  # '【Name】metric'
_MODEL_NOUNS = frozenset({"model", "models", "chatbots", "assistants"})
_METRIC_JOINTS = frozenset({"+", "&", "/"})  # between two ways of scoring ('5-shot + CoT')
_PHRASE_JOINTS = re.compile(r"[\s&/,+]+")  # the joints of a phrase of category words (hyphens stay in)

class BenchmarkResolver:
    """Resolves benchmark names with the knowledge's aliases and metric words."""

    def __init__(self, kb: Knowledge):
        self._ids = {alias_key(a): b.id for b in kb.benchmarks.values() for a in (b.name, *b.aliases)}
        self._ids.pop("", None)
        self._names = {b.id: b.name for b in kb.benchmarks.values()}
        self.leaderboards = frozenset(b.id for b in kb.benchmarks.values() if b.leaderboard)
        self._url_aliases = [(a.lower(), b.id) for b in kb.benchmarks.values() for a in b.url_aliases]
        self.elo_scales = frozenset(b.id for b in kb.benchmarks.values() if b.elo)
        self.context_aliases = frozenset(a for b in kb.benchmarks.values() for a in b.context_aliases)
        self._parts = {b.id: (b.part_of, b.name) for b in kb.benchmarks.values() if b.part_of}
        self._metric_words = frozenset(w.lower() for w in kb.grammar.get("metric_words", ()))
        phrases = (p.lower() for p in kb.grammar.get("metric_phrases", ()))
        self._metric_phrases = tuple(sorted(phrases, key=len, reverse=True))  # the longest is sought first
        self._edition_words = frozenset(w.lower() for w in kb.grammar.get("edition_words", ()))
        self._subset_words = frozenset(w.lower() for w in kb.grammar.get("subset_words", ()))
        self._sibling_letters = frozenset(kb.grammar.get("sibling_letters", ()))  # 'HumanEval-X': another test
        self._category_words = frozenset(w.lower() for w in kb.grammar.get("category_words", ()))
        self.not_name_words = frozenset(w.lower() for w in kb.grammar.get("not_name_words", ()))  # 'Monday', 'This'
        self._language_words = frozenset(w.lower() for w in kb.grammar.get("language_words", ()))
        self._variant_words = frozenset(w.lower() for w in kb.grammar.get("variant_words", ()))  # 'Global MMLU', 'Video MMMU'
        self._language_codes = frozenset(w.lower() for w in kb.grammar.get("language_codes", ()))
        self._english_prefixes = frozenset(w.lower() for w in kb.grammar.get("english_prefixes", ()))
        # month names are common words too: 'April 2026 leaderboard' names no board
        self._generic_words = frozenset(w.lower() for w in kb.grammar.get("generic_name_words", ())) | _SUITE_NOUNS | _MONTHS
        aliases = [a for b in kb.benchmarks.values() for a in (b.name, *b.aliases)]
        keys_written_otherwise = {alias_key(a) for a in aliases if not (a.isalpha() and a.isupper())}
        self._capitals_only = frozenset(alias_key(a) for a in aliases if a.isalpha() and a.isupper()
                                        and alias_key(a) not in keys_written_otherwise)
        self._resolved: dict[tuple[str, bool], Optional[BenchmarkRef]] = {}
        opening = {}  # 'AA' of 'AA Intelligence Index': an acronym that opens one board's name
        for b in kb.benchmarks.values():
            for a in (b.name, *b.aliases) if b.leaderboard else ():
                first = a.split()[0]
                if " " in a and first.isupper() and first.isalpha():
                    opening.setdefault(first, set()).add(b.id)
        self._acronym_boards = {w: ids.pop() for w, ids in opening.items() if len(ids) == 1}

    def board_of(self, bench_id: Optional[str]) -> tuple[Optional[str], Optional[str]]:
        """The id a claim on ``bench_id`` carries and the part of that board it names: a listed part of
        a board is reported under the board ('vision-arena' -> ('chatbot-arena', 'Vision Arena'))."""
        return self._parts.get(bench_id, (bench_id, None))

    def at_address(self, address: Optional[str]) -> Optional[str]:
        """The listed benchmark a web address belongs to ('https://lmarena.ai/leaderboard' -> 'chatbot-arena')."""
        target = (address or "").lower()
        return next((bid for alias, bid in self._url_aliases if alias in target), None) if target else None

    def listed(self, name: str) -> Optional[str]:
        """The id of a listed benchmark named so (any case, any separators), else None; an acronym
        that is also a word names it only in capitals ('MATH', never the category 'Math')."""
        key = alias_key(name)
        if key in self._capitals_only and not name.replace(" ", "").isupper():
            return None
        return self._ids.get(key)

    def resolve(self, text: str, unlisted: bool = True) -> Optional[BenchmarkRef]:
        """The benchmark ``text`` names and the metric it states, or None when it names none.

        ``unlisted`` allows a name the knowledge does not list when its shape is a benchmark's
        (an acronym, CamelCase, digits, or a suite word glued on: 'KOR-Bench', 'WildBench').
        Names recur from article to article, so answers are kept (a bounded memo)."""
        key = (text, unlisted)
        if key not in self._resolved:
            if len(self._resolved) >= _MEMO_SIZE:
                self._resolved.clear()
            self._resolved[key] = self._resolve(text, unlisted)
        return self._resolved[key]

    def _resolve(self, text: str, unlisted: bool) -> Optional[BenchmarkRef]:
        site = _SITE_SUFFIX.search(text)
        if site is not None and self.listed(text[:site.start()]):
            return self._resolve(text[:site.start()], unlisted)  # 'LMArena.ai': the board by its site's name
        base, metric = self.split_metric(text)
        glued = _GLUED_SPLIT.fullmatch(base) if not self.listed(base) else None
        if glued and len(glued.group(2)) <= 4 and glued.group(1).isupper() and not self.listed(glued.group(1)):
            glued = None  # 'GDPval': a name in capitals and a short word, unless the capitals are a listed test
        if glued:  # 'MMMUval', 'DocVQAtest': a subscript split run into the name by text extraction
            head = self._resolve(glued.group(1), unlisted)
            if head is not None:
                return BenchmarkRef(head.id, glued.group(1), _join(_join(head.metric, glued.group(2)), metric), head.listed)
        named = _named_in_brackets(text)
        if named and (self.is_metric(base) or _AT_K.fullmatch(base)):
            ref = self._resolve(named, unlisted=False)  # 'Accuracy (AIME 2025)', 'Pass @ 1 (GSM8K)': the bracket's
            if ref is not None and ref.listed:
                return BenchmarkRef(ref.id, named, _join(ref.metric, text[:text.index("(")].strip()))
        if not base or self.is_metric(base) or _LIKENESS.search(base) or PERIOD.match(base):
            return None  # '5-shot', 'maj@1': how, not what; 'AIME-level': a kind of test; 'Q4 2024': when
        if all(self._is_metric_word(w) or _NOT_LETTER.sub("", w.lower()) in self._generic_words for w in base.split()):
            return None  # 'Zero-Shot Evaluation', 'Few-shot Results': how, and common words
        if _HARNESS_TASK.match(text) and "/" not in base:  # 'arc_easy/acc': harness tasks are written in lower case
            ref = self._resolve(base.upper(), unlisted=False)
            if ref is not None:
                return BenchmarkRef(ref.id, base, _join(ref.metric and ref.metric.lower(), metric))
        if metric and not self.listed(base) and base.lower() in self._category_words:
            named = self.listed(metric)
            if named:  # 'Math (GSM8K)': a category named by the benchmark in brackets
                return BenchmarkRef(named, metric, base)
        split = _SPLIT.match(base)
        if split:  # 'MMLU test', 'AIME 2025': a listed name's data split or year goes to the metric
            head = self._resolve(split.group(1), unlisted=False)
            if head is not None and head.listed:
                return BenchmarkRef(head.id, base, _join(_join(head.metric, split.group(2)), metric))
        found = self.listed(base)
        if found:
            return BenchmarkRef(found, base, _join(self._edition_of(base, found), metric))
        language, _, rest = base.partition(" ")
        if language.lower() == _DEFAULT_LANGUAGE and rest:
            ref = self._resolve(rest, unlisted)  # 'English VeraQA': the test as it is, in the language it is set in
            if ref is not None:
                return BenchmarkRef(ref.id, ref.name, _join(_join(language, ref.metric), metric), ref.listed)
        if "_" in base and " " not in base:
            parts = base.split("_")
            for k in range(len(parts) - 1, 0, -1):  # 'mmlu_pro_5shot_cot_instruct': the longest listed head
                joined = "-".join(parts[:k])
                head = self.listed(joined) or self.listed(joined.upper())  # harness ids write acronyms in lower case
                if head:
                    return BenchmarkRef(head, base, _join(" ".join(parts[k:]), metric))
        language = _CODE_AFTER.match(base)
        if language and self.is_language_code(language.group(2)) and not _SPLIT.match(base) \
                and self.is_benchmark_shape(language.group(1)) and self._resolve(language.group(1), unlisted) is not None:
            return BenchmarkRef(slug(base), base, metric, listed=False)  # 'VeraEval-ZH': its Chinese set, a test of its own
        for joint in ("-", " "):
            head, _, tail = base.partition(joint)
            if tail and tail.lower() in self._category_words and not self.is_language(tail) and self.listed(head) \
                    and not self.listed(base):  # ('C-Eval-Chinese': a language's set is a test of its own)
                return BenchmarkRef(self.listed(head), head, _join(tail, metric))  # 'MMLU-humanities', 'MMLU STEM'
        for joint in (" ", "-"):
            head, _, tail = base.rpartition(joint)
            if _ABBREVIATED.fullmatch(tail) and self.listed(head):
                return BenchmarkRef(self.listed(head), head, _join(tail, metric))  # 'ARC-Chall.', 'MMLU Avg.': cut short
        head, _, tail = base.partition(" ")
        if tail and tail == tail.lower() and self.listed(head) and (
                "-" in tail or any(ch.isdigit() for ch in tail) or self._is_metric_word(tail.split()[-1])
                or tail in self._edition_words or tail in self._category_words):
            return BenchmarkRef(self.listed(head), head, _join(tail, metric))  # 'IFEval strict-prompt', 'BBH reasoning'
        trimmed, edition = self._without_edition(base)
        if trimmed and trimmed != base:
            found = self.listed(trimmed)
            if found:
                return BenchmarkRef(found, base, _join(edition, metric))
        head, _, tail = base.rpartition(" ")
        if head and _SHORT_METRIC.match(tail) and " " in head:  # 'VeraEval 2.0 LC': a listed name, a version, a metric
            ref = self._resolve(head, unlisted=False)
            if ref is not None and ref.listed:
                return BenchmarkRef(ref.id, base, _join(_join(ref.metric, tail), metric))
        language = _TAG_AFTER.match(base)
        if language and unlisted and self.is_language_code(language.group(2)) and not _SPLIT.match(base) \
                and self.is_benchmark_shape(language.group(1)):  # 'VeraEval ZH': its Chinese set, a setting
            ref = self._resolve(language.group(1), unlisted)
            if ref is not None:
                return BenchmarkRef(ref.id, base, _join(_join(ref.metric, language.group(2)), metric), ref.listed)
        board, _, board_part = base.partition("-")
        if board_part and all(w.lower() in self._category_words for w in _PARTS.split(board_part) if w):
            board_id = self.listed(board) or self._acronym_boards.get(board)
            if board_id in self.leaderboards:  # 'LMArena-Text-coding', 'AA-Math': a board's category
                return BenchmarkRef(board_id, board, _join(board_part, metric))
        part = self.listed(f"{board_part} Arena") if board_part and " " not in board_part else None
        if part in self._parts and self._parts[part][0] == self.listed(board):
            return BenchmarkRef(part, base, metric)  # 'LMArena-WebDev': the board's own WebDev Arena
        if board_part and self.listed(board) in self.leaderboards:  # 'SuperCLUE-VLM': a board of its own
            return BenchmarkRef(slug(base), base, metric, listed=False)
        split = _SPLIT.match(base) if unlisted else None
        if unlisted and self.is_task_path(base) and self.listed(base.partition(".")[0]) is None:
            return None  # 'Retrieve.PassKey': a task of a suite named elsewhere
        if unlisted and base.split()[-1].lower() in _MODEL_NOUNS:
            return None  # 'Instruction-tuned Models': a kind of model, no test
        if unlisted and not POSSESSIVE_WORD.search(base) and (
                self.is_benchmark_shape(base) or (split and self.is_benchmark_shape(split.group(1)))
                or (_HARNESS_TASK.match(text) is not None and "/" not in base)):
            return self.unlisted(base, metric)
        return None

    def language_variant(self, name: str) -> bool:
        """'Multilingual MMLU', 'Korean SimpleQA': a language word before a listed name makes a benchmark of its own."""
        first, _, rest = name.strip().partition(" ")
        return bool(rest) and first.lower() != _DEFAULT_LANGUAGE and (
            first.lower() in self._variant_words or self.is_language(first)) and (
            self.listed(rest) is not None or self.resolve(rest) is not None)

    def board_of_its_own(self, bench_id: str) -> bool:
        """True for an id a listed board's name begins ('superclue-vlm'): a board of the same host."""
        head, dash, _ = bench_id.partition("-")
        return bool(dash) and head in self.leaderboards

    def unlisted(self, base: str, metric: Optional[str] = None, bench_read: bool = True) -> BenchmarkRef:
        """A benchmark nobody listed, by its whole name: a data split or a year after it goes to the metric
        ('VeraVQA_test' is veravqa, test; 'VeraMO 2026' is veramo, 2026); editions and subsets stay ('VeraEval-O').
        With ``bench_read`` a name may be a listed bench's without its 'Bench' ('the MT benchmark'); a table's
        header cell ('MT' beside 'NLI') names no bench so."""
        split = _SPLIT.match(base)
        if split:  # (a way of scoring before the split goes with it: 'VeraSQL EX% dev' is verasql, EX% dev)
            name, scoring = self.split_metric(split.group(1))
            return BenchmarkRef(slug(name), base, _join(_join(scoring, split.group(2)), metric), listed=False)
        bench = (self.listed(f"{base}-Bench") or self.listed(f"{base}Bench")) if bench_read else None
        if bench is not None:  # 'the MT benchmark': MT-Bench, its name spelled out
            return BenchmarkRef(bench, base, metric)
        latin = _LATIN_THEN_CJK.match(base)  # 'SC-Safety安全总榜' (its overall board): the id is the Latin name's
        named = _NAME_THEN_SUITE_NOUN.match(base)  # 'MME Evaluation', 'VeraWords benchmark': the name's id
        return BenchmarkRef(slug(latin.group(1) if latin else named.group(1) if named else base), base, metric,
                            listed=False)

    def is_arena(self, bench_id: Optional[str]) -> bool:
        """True for a board rated on an Elo scale: a listed one, or one named an arena ('vision-duel-arena')."""
        return bench_id is not None and (bench_id in self.elo_scales or bench_id.endswith("-arena"))

    def _edition_of(self, base: str, bench_id: str) -> Optional[str]:
        """'Diamond' of 'GPQA-Diamond', '500' of 'MATH-500': what a listed alias adds to the benchmark's name."""
        name = self._names.get(bench_id, "")
        if not name or alias_key(base) == alias_key(name) or not alias_key(base).startswith(alias_key(name)):
            return None
        at = len(name) if base.lower().startswith(name.lower()) else None
        rest = base[at:] if at is not None else ""
        return rest.strip(" -_") or None

    def split_metric(self, text: str) -> tuple[str, Optional[str]]:
        """('GPQA-Diamond', '0-shot') from 'GPQA-Diamond(0-shot)'; trailing metric words go too; a name in
        title brackets opening the text is the name, the rest its metric ('【2025高考数学】准确率')."""
        titled = _TITLE_BRACKETS.match(text)
        if titled:
            return titled.group(1).strip(), titled.group(2).strip() or None
        notes = [m.group(1).strip() for m in _PARENS.finditer(text)]
        base = _GLUED_ARROW.sub(r" \1", _PARENS.sub(" ", text).strip(" :*-"))  # 'VeraQA↑': the arrow is how it scores
        words, tail = base.split(), []
        if len(words) > 1 and SLASHED_PARTS.fullmatch(words[-1]):
            tail.append(words.pop())  # 'VeraBench L1/L2/L3': the parts its cells give a value each for
        while len(words) > 1:
            if self._is_metric_word(words[-1]) or (tail and words[-1] in _METRIC_JOINTS and len(words) > 2):
                tail.insert(0, words.pop())  # 'Zero-shot + CoT': ways of prompting joined are one
                continue
            phrase = next((p for p in self._metric_phrases if " ".join(words).lower().endswith(" " + p)), None)
            if phrase is None:
                break
            n = len(phrase.split())  # 'GSM8K Chain of Thought 8-shot': a way of prompting, written out
            tail[:0], words = words[-n:], words[:-n]
        base = " ".join(words)
        head, comma, rest = base.partition(", ")
        if comma and len(rest.split()) <= 3 and (self.listed(head) or self.is_benchmark_shape(head)) \
                and not (self.listed(rest) or self.is_benchmark_shape(rest)):
            base, tail = head, [rest, *tail]  # 'MMMU-Pro, Standard': a benchmark and the setting after its comma
        head, slash, last = base.rpartition("/")
        if slash and head and " " not in base and all(self._is_metric_word(p) for p in re.split(r"[_\-]", last) if p):
            base, tail = head, [last, *tail]  # 'boolq/acc', 'arc_easy/acc_norm': a harness task and its metric
        head, underscore, last = base.rpartition("_")
        if underscore and head and " " not in base and self._is_metric_word(last):
            base, tail = head, [last, *tail]  # 'DROP_F1': a benchmark and its metric joined by an underscore
        metric = ", ".join(x for x in [*notes, " ".join(tail)] if x) or None
        return base, metric

    def is_metric(self, text: str) -> bool:
        """True when every word of ``text`` is a metric word ('F1', 'Precision', 'Pass@1'): how, not what."""
        words = text.split()
        return bool(words) and all(self._is_metric_word(w) for w in words)

    def is_metric_prefixed(self, text: str) -> bool:
        """True for a label that opens with a metric word joined to a part ('ACC-anatomy', 'EM_all'): a measure
        of one part of the benchmark around it, no benchmark of its own."""
        m = _METRIC_PREFIX.match(text.strip())
        return m is not None and self._is_metric_word(m.group(1)) and self.listed(m.group(2)) is None

    def _is_metric_word(self, word: str) -> bool:
        low = word.lower().strip(",;").removesuffix("%")  # 'EM%': the way of scoring, as a share
        if "-" in low.strip("-") and low not in self._metric_words \
                and all(part in self._metric_words for part in low.split("-")):
            return True  # 'F1-Score', 'Elo-Score': ways of scoring joined by a hyphen
        head, at, cut = low.partition("@")
        if at and cut.isdigit() and head in self._metric_words:
            return True  # 'nDCG@10', 'Recall@5': a way of scoring, read at a cut-off
        return low in self._metric_words or bool(re.match(
            r"^(?:\d+|zero|one|few|two|three|five)-shot$|^pass@?\d+$|^[⬆⬇↑↓️]+$|^\d{1,4}(?:\.\d)?[km]$|^n=\d{1,2}$"
            r"|^@\d{1,5}(?:\.\d+)?[a-z%]{0,5}$|^[a-z]{1,3}[-_](?:avg|average|mean)\.?$", low))
        # '128k': a context length; 'n=5': the number of shots; '@8h', '@1k': the point a value is read at;
        # 'M-Avg', 'G-Avg': an average over one kind of the benchmark's tasks

    def _without_edition(self, base: str) -> tuple[str, Optional[str]]:
        """'MATH-500' -> ('MATH', '500'), 'AIME2024' -> ('AIME', '2024'), 'Arena-Hard v2' -> ('Arena-Hard', 'v2');
        a subset goes too: 'RACE-high', 'AGIEval-English', 'CRUXEval-O' (one capital letter, not after a
        leaderboard's name)."""
        parts = list(_PART.finditer(base))
        dropped = []
        while len(parts) > 1 and self._is_edition(parts[-1].group()):
            if _ONE_CAPITAL.match(parts[-1].group()) and self.listed(base[:parts[-2].end()]) in self.leaderboards:
                break  # 'SuperCLUE-V': a board's one-letter sibling is a board of its own, no subset of it
            dropped.insert(0, parts.pop().group())
            if self.listed(base[:parts[-1].end()]):
                break  # 'Arena-Hard-v0.1' is Arena-Hard's: the shortest listed name is never sought past it
        if len(parts) == 1 and not (dropped and self.listed(parts[0].group())):
            m = _GLUED_EDITION.match(parts[0].group())
            if m:  # 'AIME2024', 'LCBv2 Easy': a version glued on, and the subset after it
                return m.group(1), " ".join([m.group(2), *dropped])
        if not dropped:
            return base, None
        return base[:parts[-1].end()], " ".join(dropped)

    def _is_edition(self, part: str) -> bool:
        low = part.lower()
        return bool(_VERSION.match(part) or low in self._edition_words or low in self._subset_words
                    or (_ONE_CAPITAL.match(part) and part not in self._sibling_letters)
                    or re.match(r"^lvl\d*$|^level$", low))

    def is_category(self, name: str) -> bool:
        """True for a category of questions ('STEM', 'Humanities', 'Coding'): a part of a benchmark."""
        return name.strip().lower() in self._category_words

    def is_category_phrase(self, name: str) -> bool:
        """True for two or more category words that no list names ('Common-sense Reasoning', 'Math & Code',
        'Reading Comprehension'): a kind of test averaged over several, no benchmark of its own."""
        words = [w for w in _PHRASE_JOINTS.split(name.strip().lower()) if w and w != "and"]
        return len(words) >= 2 and all(w in self._category_words for w in words) and self.listed(name) is None

    def is_language_code(self, name: str) -> bool:
        """True for a language's short code ('ZH', 'en'): a setting of a benchmark, as a language is."""
        return name.strip().lower() in self._language_codes

    def is_language(self, name: str) -> bool:
        """True for a natural or programming language ('Python', 'C++', 'Chinese', 'Chinese-language'): a setting
        of a benchmark."""
        word = name.strip().lower()
        return word in self._language_words or word.removesuffix("-language") in self._language_words

    def is_generic(self, name: str) -> bool:
        """True when every word of ``name`` is a common one ('LLM Leaderboard', 'AI Model Rankings'), a year or a
        number aside ('April 2026')."""
        words = [w for w in (_NOT_LETTER.sub("", w.lower()) for w in name.split()) if w]
        return bool(words) and all(w in self._generic_words for w in words)

    @staticmethod
    def is_task_path(name: str) -> bool:
        """True for a suite's task written area.task ('Code.Debug', 'En.QA', 'Retrieve.PassKey'): a part of the
        benchmark the table is of, no benchmark of its own."""
        return _TASK_PATH.match(name.strip()) is not None

    def names_a_suite(self, name: str) -> bool:
        """True when a word of ``name`` ends in a suite noun ('VeraBench', 'EQ-Bench', 'VeraQA'): the
        name of a benchmark of its own, never a measure of another."""
        return _SUITE_ENDED_WORD.search(name) is not None

    def names_a_test(self, name: str) -> bool:
        """True when ``name`` says it is a test: a suite noun ends a word of it, or a test noun ends it
        ('Vera Reasoning Exam', 'Vera Coding Arena'); a line of words without one names none."""
        return self.names_a_suite(name) or _TEST_NOUN_END.search(name) is not None

    def is_benchmark_shape(self, name: str) -> bool:
        """A name shaped like a benchmark's: at most four words, one of them an acronym, CamelCase,
        with digits, or with a suite word glued on ('Alignbench'); plain words are categories."""
        words = name.split()
        if not words or len(words) > 4 or name.lower() in self._category_words or any(ch in name for ch in ",=|;:"):
            return False  # 'Graphic=Kim Min-su', 'Image Credits: Acme': a credit line, no name
        if _NOT_LETTER.sub("", name.lower()) in _SUITE_NOUNS or self.is_generic(name) or self.is_language(name):
            return False  # 'BenchMarks', 'Evaluation', 'LLM Leaderboard': the words for a benchmark name none
        if len(words) >= 2 and all(w.isalpha() and w.isupper() and len(w) >= 4 for w in words) or \
                len(words) >= 3 and all(w.isalpha() and w.isupper() for w in words):
            return False  # 'FOR IMMEDIATE RELEASE', 'QUICK BITES': words in capitals, no acronym
        if any(w.lower().strip(".") in _MONTHS for w in words):
            return False  # a date: 'Index, February 2025', 'Results (Nov 2024)'
        if any(_SIZE.match(w) for w in re.split(r"[\s\-_]+", name)):
            return False  # a parameter size ('8B') is a model's
        if len(words) > 1 and not all(w[:1].isupper() or w[:1].isdigit() or _VERSION.match(w) for w in words):
            return False  # a phrase ('The LLM race tightened'), not a name
        return any(_CAMEL.search(w[1:] if w[:1].isupper() else w) or _GLUED_SUITE.search(w)
                   or ("-" in w.strip("-") and not self._prefixed_word(w))
                   for w in words if any(ch.isalpha() for ch in w))  # a word of letters: not '50-50 Ranking'

    def _prefixed_word(self, word: str) -> bool:
        """'Anti-Contamination', 'Pre-Training': an English prefix on a plain word, whose hyphen makes no name;
        likewise a word in lower case after a capitalised one ('Twelve-dimension', 'Long-form'): a compound of
        plain words, capitalised only where a sentence opens."""
        head, _, rest = word.partition("-")
        plain = rest.replace("-", "").isalpha() and _SUITE_PART.search(rest) is None
        return plain and ((head.lower() in self._english_prefixes and not rest.isupper())
                          or (head.isalpha() and head[1:].islower() and rest.replace("-", "").islower()))


_DEFAULT_LANGUAGE = "english"  # the language a benchmark is set in unless its name says another
_ABBREVIATED = re.compile(r"[A-Za-z]{1,7}\.")  # one word cut short: 'Chall.', 'Avg.', 'Inst.'


def _join(*parts: Optional[str]) -> Optional[str]:
    return ", ".join(p for p in parts if p) or None
