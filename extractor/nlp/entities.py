"""MODEL, VENDOR and BENCHMARK spans, normalised, as a spaCy component.

Mentions are found on the text, then the tokens are split and merged so each
mention is exactly one token; the longest mention wins. Three kinds of evidence
make a mention:

- *lists*: vendors, model families, named models and benchmark aliases from the
  knowledge data, found in one Aho-Corasick pass (``grammar.NameScanner``);
- *shape*: names nobody listed, by how model names are written ('vega-13b',
  'Orion-4-Raven-14B', 'Zephyr-7B-beta', owner ids like 'org/model-7b') and
  benchmark names after 'on' or before 'benchmark' ('92% on SciCode');
- *the article*: a table's model axis names models by position, and a weak shape
  ('Name 4', 'Large 2', 'Name K2') is a model when the article confirms it: its
  first word names a model elsewhere in the article, it shortens a longer name
  there, or it stands in a list beside one.

Names found by shape alone count only in articles about AI models (a listed
model or benchmark, or words like 'LLM' or 'chatbot'), so 'Su-57' in a defence
story is no model. Results live in ``doc.ents`` and
``doc.spans["extractor_entities"]`` with normalised attributes on ``span._``.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span

from ..errors import ComponentError, Errors
from ..knowledge import Knowledge, KnowledgeRegistry, knowledge_registry
from .benchmarks import LIKENESS, POSSESSIVE_WORD, SUITE_DEFINITION, BenchmarkRef, BenchmarkResolver, label_name_start, slug
from .extensions import ENTITY_KEY, MENTIONS_KEY, TEXT_KEY, register_extensions, table_names
from .grammar import DATED_NOTE, MONTH_DAY, YEAR, NameGrammar, build_grammar, matches_at
from .tables.interpret import HeaderVocabulary

_LEADING_DIGITS = re.compile(r"^\d+")
_LOWER_CAMEL = re.compile(r"[a-z]{1,8}[A-Z][A-Za-z0-9]{1,12}")  # 'miniF2F', 'mmBench': a name opening in lower case
_BARE_VERSION = re.compile(r"^[vV]?\d+(?:\.\d+)*$")
_RANKING_WORD = re.compile(r"(?i)\b(?:leaderboards?|rank(?:s|ed|ing|ings)?|top(?:ped|s)?|board|chart)\b")
_SIZE_RE = re.compile(r"\d(?:x\d+)?[BbMT]\b")
_WORDS_AFTER = re.compile(r"(?:\s+[A-Za-z#\d.-]+,?){1,5}")
_WORDS_BEFORE = re.compile(r"(?:[A-Za-z#\d.-]+,?\s+){1,4}$")
_SIZED = re.compile(r"(?<![A-Za-z0-9])\d{1,4}(?:\.\d)?[BbMT](?![A-Za-z0-9])")
_LETTERS = re.compile(r"[A-Za-z]{2,}")
_LABEL_LINE = re.compile(  # a line's label and a value after it: '- Aider Polyglot: 81.3% (o3)', '**SWE-bench**: 69.1%'
    r"(?m)^[ \t]*(?:[-*\u2022\u2013+][ \t]+)?(?:\*\*)?(?P<name>[A-Z][\w'\u2019.+\-]*(?: [A-Za-z0-9][\w'\u2019.+\-]*){0,3})"
    r"(?:\*\*)?:(?:\*\*)?[ \t]+[~\u2248]?\d")
_GLOSSED_LABEL = re.compile(  # a label that glosses a test's name: '- Adaptive Reasoning (VERA):', '**Coding (VeraCode)**:'
    r"(?m)^[ \t]*(?:[-*\u2022\u2013+][ \t]+)?(?:\*\*)?[A-Z][\w'\u2019\-]*(?: [A-Za-z][\w'\u2019\-]*){0,3}"
    r" \((?P<name>[A-Z][\w'\u2019.+\-]*(?: [A-Za-z0-9][\w'\u2019.+\-]*){0,3})\)(?:\*\*)?:")
_BRACKETED_VALUE_AFTER = re.compile(r" \([~\u2248]?\d[\d.,]*%?\)")  # ' (54.4)' after a test's name
_NAME_BEFORE_BRACKETED_VALUE = re.compile(r"(?<![\w\-/.])([A-Z][A-Za-z0-9\-+.]{1,20}) \([~\u2248]?\d[\d.,]*%?\)")
# what stands between two 'Name (value)' pairs of a run: the value, then a comma or 'and', then names
_RUN_OF_BRACKETED = re.compile(r"(?: \([~\u2248]?\d[\d.,]*%?\)(?:,? and |, | & ))(?:[A-Z][\w\-+.]{0,20} \([~\u2248]?\d[\d.,]*%?\)"
                               r"(?:,? and |, | & ))*")
_RUN_REACH = 300  # characters from a listed test to a name of the same run: a run of such pairs is no longer
_TESTED_BEFORE = re.compile(r"(?i)\b(?:tested|evaluated|ran|run|benchmarked|assessed|measured)\s+$")  # 'ran on VeraSWE'
_DATED_CHECKPOINT = re.compile(r"^[A-Za-z]\d{1,2}[-\u2011_][01]\d[0-3]\d$")  # 'R1-0528', 'V3-0324': a month-day tag
_LINK = re.compile(r"\[([^\]\n]{1,120})\]\(([^)\s]{1,500})\)")
_AI_WORDS = re.compile(r"(?i)\b(?:LLMs?|language models?|chatbots?|AI models?|leaderboards?|generative AI)\b")
_AI_HINTS = ("llm", "language model", "chatbot", "ai model", "leaderboard", "generative ai")  # what _AI_WORDS needs
# An unlisted benchmark stands after a score or rank and 'on' ('92.0% on SciCode', 'ranked first on
# SuperBench'), or before a suite word ('the KOR-Bench test').
_VALUE_WORD = re.compile(r"(?i)^(?:[~#]?\d[\d.,]*%?|points?|elo|rank\w*|top\w*|lead\w*|scor\w*|place|spot|position"
                         r"|(?:first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))(?:-\w+)?"  # 'third-best'
                         r"|(?:\w+-)?(?:best|highest|strongest)(?:-\w+)?)[)\]]?[,;:]?$")  # '(81.3% vs 74.0%) and on X': the figure in brackets

_SUITE_WORD = re.compile(r"(?i)(?<= )(?:benchmarks?|tests?|leaderboards?|evals?|evaluations?|exams?|suites?|tasks?|list)\b")
_HOSTED_NAME = re.compile(r"(?:['\u2019]s)? ([A-Z][\w\-.]*[A-Za-z0-9])(?= (?:list|leaderboard|ranking|benchmark)s?\b)")
_LIST_NEXT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_GLOSS_THEN_NEXT = re.compile(r"(?:\s\([^()\n]{1,80}\))?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")  # 'A (a gloss), B'
_LEADING_ARTICLE = re.compile(r"^(?:(?:On|In|At|From|Across) )?(?:The|A|An|Our|New|This) |^(?:On|In|At|From|Across) ")
_ON_NAME = re.compile(r"\b(?:[Oo]n|[Ii]n|At)\s+(?:the\s+)?(?:(?P<owner>[A-Z][\w.\-]{1,20})['\u2019]s\s+)?"
                      r"(?P<quote>[`\['\u2018\u201c\"]?)(?=[A-Z])")  # on `VeraBench`, in 'VeraQA'
# 'VeraQA, which evaluates ...': a name its gloss says is a test
_TEST_GLOSS = re.compile(r",\s+which\s+(?:evaluates|measures|tests|assesses|mimics|covers|probes|examines|gauges|"
                         r"challenges|benchmarks|scores|checks)\b")
_NAME_WORD = r"[A-Za-z0-9]*(?:[-+.][A-Za-z0-9]+){0,4}\+?"
_CAPITAL_NAME = re.compile(rf"(?<![\w\-/.])[A-Z]{_NAME_WORD}(?: [A-Z0-9]{_NAME_WORD}){{0,2}}")
_LIST_GLUE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?$|\s+(?:and|or)\s+$")
_VALUE_GLUE = re.compile(r"(?: at)? (?:[~≈]?\d[\d.,]*%?|\([~≈]?\d[\d.,]*%?\))(?: \([^()\n]{1,30}\))?"
                         r"(?:,\s*(?:and\s+)?|\s+and\s+|\s*[;\u00b7\u2022]\s*)$")  # 'X 57.1, Y', 'X 57 · Y', 'X (57.1) and Y'
_CLAUSE_MARK = re.compile(r"[.!?;:,]\s|\s(?:is|was|are|has|had|the|a|an|of|to)\s")
_PRIORITY = {"named": 0, "owner": 1, "table": 1, "vendor": 2, "model": 3, "benchmark": 4, "unknown": 5,
             "called": 5, "shape": 6, "link": 7, "weak": 8, "label": 9}
_NUMBER_BEFORE = re.compile(r"\d(?:\.\d+)?[\s\-]$")
_SCORED = (r",?\s+(?:(?:reportedly|also|now|still|currently|officially)\s+)?"  # 'X, reportedly scores 73.7%'
           r"(?:scored|scores|achieved|achieves|reached|reaches|posted|posts|earned|earns|recorded|records|hits?|leads)"
           r"\s+(?:with\s+)?(?:an?\s+(?:score|average|accuracy)\s+of\s+)?[~\u2248]?\d{1,4}(?:\.\d{1,2})?\s*(?:%|percent|points|pts)?")
_SCORED_ON = re.compile(_SCORED + r"\s+(?:on|in)\s+(?:the\s+)?")  # '... scores 73.7% on Y'
_SCORED_AT_END = re.compile(_SCORED + r"(?=[,;.]|\s*$)")
_SCORED_HERE = re.compile(_SCORED)
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")
_GLUED_VERSION = re.compile(r"[A-Z][A-Za-z]{1,20}\d")  # 'Zorbu3': a weak name whose version is glued to its word
_LABEL_WORDS = re.compile(r"[A-Za-z][\w\-.]*(?: [A-Z][\w\-.]*)?")  # a label's words, one or two at a time
_BENCHMARK_LABEL = re.compile(r"(?m)^[ \t]*(?:[-*+\u2022][ \t]+)?(?:\*\*)?(?P<label>[^:\n]{1,60}):(?:\*\*)?[ \t]*")
_BOARD_WORDS = re.compile(r"[A-Z][\w\-.]*(?: [A-Z][\w\-.]*){0,2}")


def _word_ends(words: str) -> list[int]:
    """Where each of the first, two first, ... words of ``words`` ends, longest first."""
    return [m.end() for m in re.finditer(r"\S+", words)][::-1]


_VERSIONED = re.compile(r"(?<![\w\-/.])([A-Z][A-Za-z]{2,20}) \([vV]\d+(?:\.\d+){0,3}\)")
_SUITE_NOUN = r"(?:benchmark|test|leaderboard|evaluation|exam)s?\b"
_SUITE_SOON = re.compile(rf"(?:\s+[a-z][\w\-]*){{0,4}}\s+{_SUITE_NOUN}")
_EDITION_BEFORE_SUITE = re.compile(r"(?<![\w\-/.])((?:[A-Z][A-Za-z0-9\-]*[a-z][A-Za-z0-9\-]* ){0,2}"
                                   r"[A-Z][A-Za-z0-9\-]*[a-z][A-Za-z0-9\-]*) [vV]\d{1,2}(?:\.\d{1,2})? $")
_SUITE_NEXT = re.compile(rf"\s+{_SUITE_NOUN}")  # the suite word right after the name
# 'On X, ...', 'On X (what it tests), ...' or 'On X — what it tests — ...'
_GLOSSED_COMMA = re.compile(r",|\s\([^()\n]{1,80}\),|\s?[—–]\s?[^—–\n]{1,80}[—–]")
_SUITE_THEN_NAME = re.compile(r"\b(?:benchmarks?|leaderboards?|test suite|evaluation suite|datasets?|test sets?|evaluation sets?)"
                              r"(?:, the)? \[?(?=[A-Z])")  # 'the benchmark X', 'On another benchmark, the X, ...'
_CALLED = re.compile(r"\b(?:called|named|dubbed|known as) (?=[A-Z])")
# "Acme's new model Kestrel", 'its latest reasoning model, Kestrel': a maker's new model and its name in apposition
_NEW_MODEL_NAMED = re.compile(r"(?:['\u2019]s|\b[Ii]ts|\b[Tt]heir) (?:new|newest|latest|flagship|upcoming)"
                              r"(?: [a-z][a-z\-]+){0,2} (?:model|LLM|chatbot),? (?=[A-Z])")
_SUITE_BEFORE = re.compile(r"(?i)\b(?:benchmarks?|leaderboards?|framework|evaluation|tests?|rankings?|index|arena|suite)"
                           r",?(?: \w+){0,2} $")  # 'a benchmark called X', 'The benchmark, called X,'
# A described suite a non-maker hosts: "Zed's code review benchmark" (the host and the words name it).
_HOSTED_SUITE = re.compile(r"(?<![\w\-/.])([A-Z][\w\-.]*[A-Za-z0-9])['\u2019]s((?: [a-z][a-z\-]{1,15}){1,3}) $")
_PHRASE_GOES_ON = re.compile(r" (?!(?:and|or|on|in|with|by|to|for|from|at|as|that|which|where|is|was|are|were|has|had|shows?"
                             r"|results?|scores?|suite)\b)[a-z]")  # 'X's open evaluation project': the suite word is no head
_SPLIT_AFTER = re.compile(r"\s+(?:sets?|splits?|subsets?|partitions?)\b")
_NAME_FUNCTION_WORDS = frozenset({"of", "in", "on", "the", "a", "an", "and", "for", "to", "with", "at"})
_ENTERED_THE = re.compile(r"(?i)\b(?:enter(?:s|ed|ing)?|into)\s+the\s+$")  # 'entered the arena', 'into the arena'
_WORD_AFTER = re.compile(r"(?:'s|\u2019s)? ([\w-]+)")  # "Hugging Face's CEO", 'Hugging Face downloads'
_NEXT_WORD = re.compile(r" ([A-Z][a-z]{2,12}|[A-Z]{3,12})\b(?![\-\u2011])")  # 'SWE-bench Pro', 'MMLU PRO'
_INTRODUCED_SUITE = re.compile(
    r"(?<![\w\-/.])\[?([A-Z][A-Za-z0-9]*[A-Z][\w\-.]*[A-Za-z0-9]|[A-Z]{2,}[\w\-]*)(?:\]\([^)\s]{1,300}\))? ?[,:] (?:a|an|the) "
    r"(?:first |new |novel |open |public )?"  # ('VeraSWE , a ...': a space left before the comma by scraping)
    r"(?:[A-Za-z\-]+ |\d{1,5}-[a-z]+ ){0,3}(?:benchmark|leaderboard|test|exam|eval|evaluation|dataset)\b")  # '113-task'
_INTRODUCED_SUITE_NOUNS = (" benchmark", " leaderboard", " test", " exam", " eval", " dataset")  # looked for before it
_DEFINED_SUITE = re.compile(  # '[Kaoshi](url) is an evaluation dataset', 'Vera Code Eval is a benchmark of ...'
    r"(?<![\w\-/.])\[?([A-Z][\w\-.+]*[A-Za-z0-9+](?: [A-Z][\w\-.+]*[A-Za-z0-9+]){0,2})" + SUITE_DEFINITION)
# 'VeraQA asks an agent ...', 'Vera-Bench tests whether models ...': a name that opens a sentence testing models
_TESTING_SUITE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][\w\-.+]*[A-Za-z0-9+](?: [A-Z][\w\-.+]*[A-Za-z0-9+]){0,2}) "
    r"(?:asks|tests|measures|evaluates|assesses|challenges|probes|grades|checks) (?:(?:an?|the|whether|how) )?"
    r"(?:[a-z]+ ){0,2}(?:agents?|models?|LLMs?|systems?|assistants?)\b", re.M)
_DEFINING_LEADS = frozenset({"the", "our", "this", "its", "their", "each", "every", "a", "an", "new", "today"})
MAX_LISTED = 10  # names after the first of a list of benchmarks ('on A, B, C, ... and J')
# 'A, B, and C sub-benchmarks': names listed right before a plural suite word are each a test.
_LIST_THEN_SUITES = re.compile(rf"{_CAPITAL_NAME.pattern}(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+){_CAPITAL_NAME.pattern})+"
                               r"\s+(?:sub-)?(?:benchmarks|tests|leaderboards|evals|evaluations)\b")
# 'several tests, including A, B and C', '... benchmarks (A, B, C)': the suite's members named after it
_MEMBERS_OF_SUITE = re.compile(r"\b(?:tests|benchmarks|tasks|evaluations|evals|datasets)"
                               r"(?:,?\s+(?:including|such as|like)\s+|\s\((?:e\.g\.,?\s)?)(?=[A-Z])")
# A listed family word, a space, then a version and capitalised variant words: 'Claude 3.5 Sonnet'.
_VERSION_VARIANT_TAIL = re.compile(r"[A-Z][A-Za-z]+ ((?:\d{1,2}(?:\.\d{1,2})?|[A-Z]\d{1,2}(?:\.\d)?)"
                                   r" [A-Z][a-z]{2,12}(?: [A-Z][a-z]{2,12})?)")
_LETTER_ID_TAIL = re.compile(r"[A-Z][A-Za-z]+[ \-\u2011]([A-Z]\d{1,2}(?:\.\d)?)")  # 'R1' of 'DeepSeek R1', 'K2' of 'Kimi K2'
_MAKER_MODEL_ID = re.compile(r"^[-\u2011](?:[A-Z]\d{1,2}(?:\.\d)?|\d{1,3}(?:\.\d)?[BbMm]|[A-Z][a-z]+-\d{1,2}(?:\.\d)?)(?:[-\u2011]\w+)*$")
_DESCRIBING_WORD = re.compile(r"(?:[A-Z][a-z]+ed|Better|Higher|Lower|Faster|Stronger|Fewer|Less|More|Greater)\b")
_ID_MARK = re.compile(r"\d|\w[A-Z]")  # a digit, or a capital inside a word ('PaLM', 'UI'): an id, not a title-case phrase
# "Acme Telecom's “Vega Open”": a name in double quotes after an owner's possessive is the owner's model,
# whatever its shape
_QUOTED_POSSESSED = re.compile(r"\b([A-Z][\w&.\-]*)['\u2019]s [\u201c\"]([A-Z][\w.+\-]*(?: [A-Z0-9][\w.+\-]*){0,2})[\u201d\"]")
_POSSESSED_ID = re.compile(  # "Acme's R2", "Acme's Vera-Med 2", "Acme's Vera 3.5": a maker's model by its shape
    rf"['\u2019]s ((?![QH]\d)[A-Z]\d{{1,2}}(?:\.\d)?(?:[-\u2011][A-Za-z0-9]+)?(?: {MONTH_DAY})?"  # "Acme's V3 0324"
    r"|[A-Z][A-Za-z]+(?:[-\u2011][A-Za-z0-9]+)+(?: \d{1,2}(?:\.\d{1,2})?)?|[A-Z][A-Za-z]+ \d{1,2}(?:\.\d{1,2})?)"
    r"(?![\w\-\u2011]|\.\d)")
# 'the Acme M2 model', 'Acme M2, a new AI model', 'Acme M2 achieved': a letter and a version after a maker's name, a model noun or a verb of results after
_MAKERS_ID = re.compile(r" ((?![QH]\d)[A-Z]\d{1,2}(?:\.\d)?)(?=(?:, (?:an?|the|its|their)(?: [\w'\u2019-]+){0,3}?)?"
                        r" (?:models?|LLMs?|language models?|AI models?)\b"
                        r"| \([~\u2248]?\d[\d.,]*%?\)| (?:scores|scored|ranks|ranked|leads|led|tops|topped|achieved|achieves|beats|beat"
                        r"|outperforms|outperformed|surpasses|surpassed|trails|trailed)\b)")
_POSSESSED_WORDS = re.compile(r"['\u2019]s ([A-Z][a-z]{2,15}(?:[A-Z][a-z]{1,15})?(?: [A-Z][a-z]{1,15})?(?: Model)?)(?![\w\-\u2011])")
_BARE_NUMBER_END = re.compile(r" \d{2,4}$")  # 'Zorbu Spark 52': a whole number of two digits or more at a name's end
_SHAPED = frozenset({"weak", "unknown", "shape"})  # names found by their shape, no list's
_ASIDE_AFTER = re.compile(r",\s[^,;\n]{1,100},|\s?[\u2014\u2013]\s?[^\u2014\u2013\n]{1,160}[\u2014\u2013]")  # ', its new model,'
_GLUED_ID = re.compile(r"(?<![\w\-/.])([A-Z][a-z]{2,12}[A-Z]{1,4})\d{1,2}(?:\.\d)?(?![\w\-\u2011]|\.\d)")
_WORD_BEFORE = re.compile(r"(?<![\w\-])([A-Z][A-Za-z0-9\-]{1,20}) $")
_OPENING_WORDS = frozenset({"The", "On", "In", "At", "A", "An", "For", "With", "From", "By", "To", "Of", "And", "Its",
                            "Their", "This", "That", "Our", "New", "Latest"})  # a capital that only opens a sentence
_SIZE_END = re.compile(r"[ \-](\d{1,4}(?:\.\d)?[BM])$")  # the size a name ends with: 'Vega 2 70B'
_NEXT_SIZE = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*/\s*)(\d{1,4}(?:\.\d)?[BM])(?![\w\-])")
_SLASHED_SIZES = re.compile(r"((?:/\d{1,4}(?:\.\d)?[BM])+)((?:-[A-Za-z][A-Za-z0-9.]*)+)(?![\w\-/])")  # '/7B/72B-Chat'
_SIZE_WORD = re.compile(r"\d{1,4}(?:\.\d)?[BM]")
_SIZED_VARIANT = re.compile(r"\b(?:[Ii]ts|[Tt]he) (?P<size>\d{1,3}(?:x\d{1,3})?[BM]) (?:variant|version|model|edition)\b"
                            r"(?P<of> of )?")
_SIZED_VARIANTS_READ = 64  # sized references read in one article, each looking over its mentions: a bound
_SIZE_IN_NAME = re.compile(r"(?i)\d(?:\.\d)?[bm]\b|\d+x\d+b")


def _has_size(name: str, size: str) -> bool:
    """True when a model's name carries ``size`` as its own part ('Vega-7B-Chat' has '7B'; 'Vega-17B' has not)."""
    return re.search(rf"(?<![\d.x]){re.escape(size)}(?![A-Za-z0-9])", name, re.I) is not None


_CALLED_WORDS = (" called ", " named ", " dubbed ", " known as ")
_MODEL_NOUN_WORDS = (" model", " LLM", " chatbot")
# 'the Acme 4 model', 'Acme 4, an AI model that ...', 'Acme 4, the company's new large language model'
_MODEL_NOUN_AFTER = re.compile(r"(?:, (?:an?|the|its|their)(?: [\w'\u2019-]+){0,3}?)?"
                               r" (?:models?|LLMs?|chatbots?|language models?|AI models?|variants?)\b")
_VALUE_THEN_BRACKET = re.compile(r"\d%? \(")  # '84.0% (Acme 2.5 Pro)': a name in brackets after its value
# 'Acme 4 (Elo rating 1,176)', 'Acme 4 (71.2%)': a name with its value in brackets after it
_BRACKETED_VALUE = re.compile(r" \((?:(?:[A-Za-z][\w\-]*:? ){1,3}[~\u2248]?\d[\d,.]*|[~\u2248]?\d[\d,.]*\s*(?:%|points|pts|Elo))\)")
_VENDOR_GLUE = (" ", "'s ", "\u2019s ")  # 'Acme Vega 4', "Acme's Vega 4"
_MODEL_NOUN_BEFORE = re.compile(r"(?i)\b(?:models?|LLMs?|chatbots?|assistants?|versions?|variants?|systems?),? $")
_AND_NAME = re.compile(r"(?:,? and |, )(?=[A-Z])")
_MEMBERS_INTRO = re.compile(r" (?:models|variants|versions)\s*(?:[-\u2013\u2014:(]|, namely)\s*(?=[A-Z])")  # 'Vega 4 models - '
_MEMBER_WORD = re.compile(r"(?<![\w\-/.])[A-Z][a-z]{2,15}(?![\w\-])")
_ID_HEAD = re.compile(r"([A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]{3,})[-\u2011]")  # 'Zephyrine-13B', 'Quokka-13B'
# 'Zorbu Vision, an optical character recognition model, ...': words an apposition calls a model name one
_DESCRIBED_MODEL = re.compile(r"(?<![\w\-/.])([A-Z][\w\-.]*(?: [A-Z][\w\-.]*){0,2}), (?:a|an|the) (?:[a-z][\w\-]* ){0,5}?"
                              r"(?:model|LLM|language model|chatbot)(?=[,.;)]| (?:that|which|developed|built|from|by|"
                              r"released|trained|designed|made)\b)")
_FIRST_WORD = re.compile(r"([A-Za-z]+)\d*")  # 'Claude', 'GPT' of 'GPT-5'; 'o3' or 'o' of 'o3'
_GLUED_MAKER_CHARS = 24  # a maker's or family's name run into a model's ends this near the start, at most
_SUITE_ENDED_NAME = re.compile(r"(?<![\w\-/.\u2011])(?:[A-Z]|[a-z]{1,6}[A-Z])[A-Za-z0-9]*(?:[\-\u2011][A-Za-z0-9]+)*?"
                               r"(?:[a-z0-9][Bb]ench|(?<=[A-Z])Bench|[\-\u2011][Bb]ench|[a-z0-9]Eval|[a-z0-9]QA"
                               r"|[a-z][Aa]rena)(?![\w\-\u2011])")
_LIKENESS = re.compile(rf"{LIKENESS}\b", re.I)
# a title-case noun phrase going on after a suite word: 'Leaderboard Shift', 'Benchmark Breaks', 'Leaderboard and Puts'
_TITLE_GOES_ON = re.compile(r" (?:[A-Z][a-z]+\b|(?:and|or) [A-Z])")
_GLOSS = re.compile(r"[ \t]*\(([^()\n]{3,200})\)")  # '(a harder version of X)': words describing a benchmark
_FIGURE = re.compile(r"(?<![\w.])\d[\d.,]*%?(?!\w)")
_TEST_NOUNS = "Competition|Exam|Examination|Olympiad|Test|Challenge|Contest|Quiz"  # what ends a test's name
_NAME_ENDING_IN = r"(?:[A-Z][A-Za-z.\-]*(?: (?:of|for|and))? ){{1,5}}(?:{nouns})s?\b"  # capitalised words, then a noun
_TEST_NAME = re.compile(_NAME_ENDING_IN.format(nouns=_TEST_NOUNS))
_ARTICLE = re.compile(r"(?:The|A|An) ")
_SUITE_NAME = re.compile(_NAME_ENDING_IN.format(nouns=f"{_TEST_NOUNS}|Evaluation|Benchmark|Index"))
_NAMED_TEST = re.compile(rf"(?<![\w\-])((?:(?:[A-Z][A-Za-z.\-]*|of|for|and) ){{0,5}}"
                         rf"(?:{_TEST_NOUNS}|Benchmark|Evaluation)s?) \(([A-Z][A-Za-z0-9\-]{{1,11}})\)")
# 'the Comprehensive RAG (CRAG) benchmark': a named test, its acronym in brackets, then a test noun
_NAMED_BEFORE_TEST_NOUN = re.compile(r"(?<![\w\-])((?:(?:[A-Z][A-Za-z.\-]*|of|for|and) ){0,5}[A-Z][A-Za-z.\-]*) "
                                     r"\(([A-Z][A-Za-z0-9\-]{1,11})\) (?=(?:benchmark|dataset|test|suite|leaderboard|evaluation)s?\b)")
# 'VERA (Very Extensive Reasoning Assessment Benchmark)': an acronym, then the test it stands for in brackets
_ACRONYM_OF_TEST = re.compile(r"(?<![\w\-])([A-Z][A-Z0-9\-]{1,11}) \([A-Za-z][\w\-]*(?: [A-Za-z][\w\-]*){1,13}\)")
_EXPANDED_TEST = re.compile(rf"(?i)\b(?:{_TEST_NOUNS}|bench|benchmark|evaluation)s?\)$")
_SIZE_AFTER = re.compile(r" \(\d{1,4}(?:\.\d)?[BM](?:/\d{1,4}(?:\.\d)?[BM])?\)| is an? \d{1,4}(?:\.\d)?[BM][- ]parameter")
_DESCRIBED_SUITE = re.compile(r"\bthe ([A-Z][A-Za-z0-9]*(?:[\-\u2011][A-Za-z0-9]+)+|[A-Z][a-z]+[A-Z][A-Za-z0-9]*)"
                              r"((?: [a-z][a-z\-]{1,20}){1,2}) $")
# 'the “Vera Culture” Index': a title in double quotes, then the noun of a board or a test
_QUOTED_BOARD = re.compile(r"[\u201c\"]([A-Z][^\u201d\"\n]{1,40}?)[\u201d\"]\s+"
                           r"(?:[Ii]ndex|[Ll]eaderboard|[Bb]enchmark|[Rr]anking|[Tt]est|[Ee]xam|[Cc]hallenge|[Aa]rena)\b")
_QUOTE_MARKS = frozenset({"'", "\u2018", "\u201c", '"'})
_QUOTE_ENDS = frozenset({"'", "\u2019", "\u201d", '"'})
_LISTED = frozenset({"named", "owner", "model", "vendor", "benchmark", "unknown", "link"})


@dataclass
class Mention:
    """A mention found on the text, before it becomes a Span."""

    start: int
    end: int
    label: str
    source: str
    attrs: dict = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


def canonical_name(name: str) -> str:
    """Lower-case name with one hyphen between parts: 'Claude 3.5 Sonnet' -> 'claude-3.5-sonnet'."""
    return re.sub(r"[\s_\-\u2011]+", "-", name.strip().lower())


def no_cue(words: set) -> bool:
    """A recognizer without a vocabulary confirms no weak name by a cue."""
    return False


class EntityRecognizer:
    """Find and normalise model, vendor and benchmark mentions."""

    def __init__(self, kb: Knowledge, has_cue: Callable[[set], bool] = no_cue):
        self.kb = kb
        self.has_cue = has_cue  # a rank or relation cue in a bag of words confirms a weak name ('Acme 4 ranked first')
        self.grammar: NameGrammar = build_grammar(kb)
        self.resolver = BenchmarkResolver(kb)
        self._named = {m.name: m for m in kb.models}
        self._not_name_words = frozenset(kb.grammar.get("not_name_words", ()))
        self._bare_variants = frozenset(kb.grammar.get("bare_variants", ()))
        self._chatbot_nouns = frozenset(kb.grammar.get("chatbot_nouns", ()))
        self._not_possessed = frozenset(kb.grammar.get("not_possessed_names", ()))
        self._benchmark_suffixes = frozenset(w.lower() for w in kb.grammar.get("benchmark_suffixes", ()))
        self._qualifiers = frozenset(kb.grammar.get("qualifier_words", ()))
        self._organisation_after = re.compile(
            rf" (?:{'|'.join(map(re.escape, kb.grammar.get('organisation_words', ())))})\b") \
            if kb.grammar.get("organisation_words") else None
        self._host_thing_words = frozenset(w.lower() for w in kb.grammar.get("host_words", ()))
        capital_variants = sorted((v for v in kb.variants if v[:1].isupper()), key=len, reverse=True)
        self._variant_after = re.compile(  # "'s Opus", "'s 1106-preview"
            rf"['\u2019]s ((?:{'|'.join(map(re.escape, capital_variants))})|\d{{4}}-preview)(?![\w\-])")
        self._variant_version = re.compile(  # 'Solar Pro 2', 'Solar Pro-2': a common-word family's product name
            rf" (?:{'|'.join(map(re.escape, capital_variants))})[ \-\u2011]?\d")
        self._version_after = re.compile(  # "Gemini's 1.5 Pro", "Claude's 3.5 Sonnet": a family's versioned model
            rf"['\u2019]s (\d{{1,2}}\.\d{{1,2}}(?: (?:{'|'.join(map(re.escape, capital_variants))}))?)(?![\w\-\u2011%]|\.\d)"
            r"(?! (?:million|billion|thousand|trillion|times|points|percent|pts|per|of|to|and|or)\b)")
        self._variant_words = re.compile(  # 'Kestrel Ultra', 'Kestrel Pro Max': a named model's variant
            rf"(?: (?:{'|'.join(map(re.escape, capital_variants))})){{1,2}}(?![\w\-\u2011])")
        suffixes = kb.grammar.get("vendor_suffixes", ())
        self._vendor_shape = _vendor_shape(suffixes)
        self._maker_words = re.compile(_maker_name(suffixes, 2)) if suffixes else None  # 'Acme Labs', whatever follows
        self._versioned_vendor = _versioned_vendor(suffixes)
        self._strict = frozenset(n for n, f in kb.family_by_name.items() if f.strict)
        # a family's variant words that name a model only with its other words ('Opus', 'Haiku')
        self._variant_families = {n: f for n, f in kb.family_by_name.items()
                                  if f.strict and not f.joined and n[:1].isupper()}
        self._header_roles = HeaderVocabulary(kb.tables)
        register_extensions()

    # -- finding on the text -------------------------------------------------------------
    def find_mentions(self, text: str, full: bool = True) -> list[Mention]:
        """Every mention the lists and the shapes of names give, longest first, in text order.

        One scan finds where listed names and the joints of ids start; the patterns are tried only
        there. ``full=False`` leaves out what never makes a claim by itself (unlisted benchmarks,
        links to boards, vendors by shape): the article gate asks only for the rest."""
        grammar, starts = self.grammar, self.grammar.scanner.starts(text)
        found = list(self._named_models(matches_at(grammar.named_model, text, starts["named_model"])))
        if "/" in text:
            found += self._owner_ids(text)
        found += self._models(matches_at(grammar.model, text, starts["model"]), "model")
        found += self._models(grammar.unknown_models(text, starts["size"]), "unknown")
        found += self._phrases(text, matches_at(grammar.vendor, text, starts["vendor"]), "VENDOR",
                               self.kb.vendor_by_alias)
        found += self._phrases(text, matches_at(grammar.benchmark, text, starts["benchmark"]), "BENCHMARK",
                               self.kb.benchmark_by_alias)
        found += self._board_parts(matches_at(grammar.board_part, text, starts["benchmark"]))
        found += self._joined_benchmarks(matches_at(grammar.joined_benchmark, text, starts["benchmark"]))
        found += self._shaped_ids(text, grammar.id_shapes(text, starts["joint"]))
        if " (v" in text or " (V" in text:
            found += self._versioned(text)
        if full:
            found += self._extras(text, found)
        if "Arena" in text:
            found = self._sibling_arenas(text, found)
        found = _without_overlaps(_unlisted_inside_listed(found, lambda m: self._language_variant(m, text)))
        found = _product_ids_joined(text, found)
        return self._model_stems(text, _by_acronym(text, _without_glossed(text, found))) if full else found

    def _sibling_arenas(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'Judge Arena', 'RepoChat Arena': a word of its own before a bare 'Arena' names a board of its own,
        not the Chatbot Arena (whose own names, 'LMSYS Arena' or 'Text Arena', are listed)."""
        kept = []
        for m in mentions:
            word = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start) if m.label == "BENCHMARK" \
                and _BARE_ARENA.fullmatch(text, m.start, m.end) else None
            start = word.start(1) if word is not None else None
            if word is not None and word.group(1) in self._not_name_words:  # 'Vega Game Arena': a name with the noun
                owner = _WORD_BEFORE.search(text, max(0, start - 30), start)
                start = owner.start(1) if owner is not None and self._arena_name_word(owner.group(1)) else None
            elif word is not None and self._arena_name_word(word.group(1)):
                owner = _WORD_BEFORE.search(text, max(0, start - 30), start)  # 'Vega Chess Arena': both words
                if owner is not None and self.resolver.listed(owner.group(1)):
                    start = None  # 'LMSYS Chatbots Arena': a listed board's own arena, however misspelt
                elif owner is not None and self._arena_name_word(owner.group(1)):
                    start = owner.start(1)
            else:
                start = None
            name = text[start:m.start + len("Arena")] if start is not None else ""  # 'the Vega Arena leaderboard
            if start is None or any(a.start <= start < a.end and a.label != "BENCHMARK" for a in mentions) \
                    or self.resolver.listed(name):  # 'ChatBot Arena': the listed board, in other capitals
                kept.append(m)
                continue
            kept.append(Mention(start, m.end, "BENCHMARK", "called", {"canonical": slug(name)}))  # a board
        return _bare_arenas_as_the_named_one(text, kept)

    def _arena_name_word(self, word: str) -> bool:
        """A capitalised word that may name an arena of its own: no common noun, listed benchmark or maker."""
        return word not in self._not_name_words and not self.resolver.listed(word) and word not in self.kb.vendor_by_alias \
            and word not in _OPENING_WORDS

    def complete(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The mentions of ``find_mentions(text, full=False)`` with what ``full`` adds."""
        found = _unlisted_inside_listed(mentions + self._extras(text, mentions),
                                        lambda m: self._language_variant(m, text))
        return self._model_stems(text, _by_acronym(text, _without_glossed(text, _without_overlaps(found))))

    def _model_stems(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'Xwin-LM' beside 'Xwin-LM-13B-V0.1' and 'Xwin-LM-70B': a name nobody listed that the article's
        models are named after is their family, a model name, never a benchmark."""
        stems = {text[m.start:m.end] for m in mentions
                 if _unnamed_board(m) and not self.resolver.listed(text[m.start:m.end])}
        if not stems:
            return mentions
        models = [text[m.start:m.end] for m in mentions if m.label == "MODEL"]
        named = {stem for stem in stems if any(name.startswith((stem + "-", stem + " ")) and _SIZE_OR_VERSION.search(
            name, len(stem)) for name in models)}
        return [Mention(m.start, m.end, "MODEL", "weak", self.describe_any(text[m.start:m.end]))
                if _unnamed_board(m) and text[m.start:m.end] in named else m for m in mentions]

    def _language_variant(self, mention: Mention, text: str) -> bool:
        return self.resolver.language_variant(text[mention.start:mention.end])

    def _extras(self, text: str, mentions: list[Mention]) -> list[Mention]:
        found = list(self._unlisted_benchmarks(text, {m.start for m in mentions if m.label == "MODEL"}))
        found += _introduced_recurring(text, found, mentions)
        if ":" in text:
            found += self._label_benchmarks(text, mentions)
        found += self.vendor_shapes(text, 0, len(text))
        found += self._versioned_vendor_names(text)
        if any(m.label == "MODEL" for m in mentions):  # beside names the gate sees, so it admits the article
            found += self._glued_ids(text)
        found += _recurring(text, self._possessed_ids(text, mentions))
        if "s " in text:
            found += self._quoted_possessed(text, mentions)
        if "](" in text:
            found += self._linked_benchmarks(text)
        if " is a" in text or " is the " in text or _TESTING_SUITE.search(text):
            found += self._defined_benchmarks(text)
        if ", a" in text or ", the " in text:
            found += self._described_models(text, mentions)
        found += self._suite_named(text, {m.start for m in mentions})
        if ") " in text or ")," in text or ")." in text or ")\n" in text:
            found += self._tests_with_acronyms(text)
            found += self._tests_beside_bracketed_values(text, mentions)
        found += _respelled_models(text, mentions)
        found += self._unlisted_families_alone(text, mentions)
        return found

    def _unlisted_families_alone(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'Vegastral' in an article that also names 'Vegastral 7B': the one word of an unlisted sized name
        stands for that model wherever it stands alone (the overlap pass keeps the sized name itself)."""
        first_words = {text[m.start:m.end].split(" ")[0] for m in mentions
                       if m.label == "MODEL" and m.source == "unknown"}
        words = {w for w in first_words if _FAMILY_WORD.fullmatch(w) and w not in self._not_name_words
                 and w not in self.kb.vendor_by_alias and self.kb.family_for(w) is None
                 and self.resolver.listed(w) is None}
        return [Mention(m.start(), m.end(), "MODEL", "unknown", _plain_model(m.group()))
                for m in _occurrences(text, words)] if words else []

    def _tests_with_acronyms(self, text: str) -> list[Mention]:
        """'the Vera Mathematics Competition (VMC)': a named test the article gives an acronym is a
        benchmark by that acronym, there and wherever the acronym stands alone."""
        ids, brackets = {}, set()
        found = []
        for m in itertools.chain(_NAMED_TEST.finditer(text), _NAMED_BEFORE_TEST_NOUN.finditer(text)):
            name, acronym, start = m.group(1), m.group(2), m.start(1)
            article = _ARTICLE.match(name)
            if article is not None:  # 'The US Math Olympiad (USAMO)': the name starts after the article
                name, start = name[article.end():], start + article.end()
            if not _abbreviates(acronym, name) or self.resolver.is_generic(name) or self._names_a_maker(name):
                continue
            listed = self.resolver.listed(acronym) or self.resolver.listed(name)
            ids[acronym] = listed or slug(acronym)
            brackets.add(m.start(2))
            found.append(Mention(start, m.end(1), "BENCHMARK", "unknown", {"canonical": ids[acronym]}))
        for m in _ACRONYM_OF_TEST.finditer(text):
            acronym = m.group(1)
            if _EXPANDED_TEST.search(m.group()) and sum(ch.isalpha() for ch in acronym) >= 3 \
                    and not self._names_a_maker(acronym):
                ids[acronym] = self.resolver.listed(acronym) or slug(acronym)
        if ids:  # the acronym in the brackets is the same mention: named once there
            found += [Mention(m.start(), m.end(), "BENCHMARK", "unknown", {"canonical": ids[m.group()]})
                      for m in _occurrences(text, set(ids)) if m.start() not in brackets]
        return found

    def _names_a_maker(self, name: str) -> bool:
        """'Acme Labs', 'OpenAI': a maker's name, whatever stands after it."""
        return name in self.kb.vendor_by_alias or (
            self._maker_words is not None and self._maker_words.fullmatch(name) is not None)

    def _suite_named(self, text: str, taken: set[int]) -> list[Mention]:
        """'Vera-bench shows the same', 'HealthBench': a name that ends in a suite word is a
        benchmark wherever it stands."""
        found = []
        for m in _SUITE_ENDED_NAME.finditer(text):
            if m.start() in taken or m.group() in self._not_name_words:
                continue
            before = _WORD_BEFORE.search(text, max(0, m.start() - 22), m.start())
            if before is not None and self.resolver.language_variant(f"{before.group(1)} {m.group()}"):
                found.extend(self._benchmark_named(text[before.start(1):m.end()], before.start(1)))
                continue  # 'Multilingual VeraQA'
            found.extend(self._benchmark_named(m.group(), m.start()))
        return found

    def _defined_benchmarks(self, text: str) -> list[Mention]:
        """'[Kaoshi](url) is an evaluation dataset ...': a name the article defines as a benchmark is one
        wherever it stands (a heading above its results too), whatever its shape."""
        names = {}
        for m in (*_DEFINED_SUITE.finditer(text), *_TESTING_SUITE.finditer(text)):
            name = m.group(1)
            while " " in name and name.split(" ", 1)[0].lower() in _DEFINING_LEADS:
                name = name.split(" ", 1)[1]  # 'The Vera Code Eval is ...': the name after its article
            if name in self._not_name_words or name in self.kb.vendor_by_alias or self.kb.family_for(name) is not None \
                    or self.resolver.is_generic(name):
                continue
            ref = self.resolver.resolve(name)
            names[name] = ref.id if ref is not None else slug(name)
        if not names:
            return []
        return [Mention(m.start(), m.end(), "BENCHMARK", "unknown", {"canonical": names[m.group()]})
                for m in _occurrences(text, set(names))]

    def _glued_ids(self, text: str) -> list[Mention]:
        """'SmolLM3', 'WizardLM2': a capitalised word, an acronym and a version glued together is a model
        name nobody listed, in articles about AI models that name another model (the gate's scan, kept
        cheap, does not look for these)."""
        found = []
        for m in _GLUED_ID.finditer(text):
            name = m.group()
            if name in self.kb.not_models or self.resolver.listed(name) or self.kb.family_for(m.group(1)) is not None:
                continue
            found.append(Mention(m.start(), m.end(), "MODEL", "shape", self.describe_any(name)))
        return found

    def _described_models(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'Zorbu Vision, an optical character recognition model, ...': a name an apposition calls a model is
        one wherever it stands, though no list knows it (never a maker, a family or a benchmark a list has)."""
        names = self._described_names(text, mentions)
        return [Mention(m.start(), m.end(), "MODEL", "shape", self.describe_any(m.group()))
                for m in _occurrences(text, names)] if names else []

    def _described_names(self, text: str, mentions: list[Mention]) -> set[str]:
        """The names of ``_described_models``, found once (the gate asks only whether there is one)."""
        names = set()
        for m in _DESCRIBED_MODEL.finditer(text):
            name = m.group(1)
            if any(o.start <= m.start(1) < o.end for o in mentions) or name.split()[0] in self._not_name_words \
                    or name in self.kb.vendor_by_alias or self.kb.family_for(name) is not None \
                    or self.resolver.listed(name) or self.resolver.is_generic(name):
                continue
            names.add(name)
        return names

    def _possessed_ids(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"Acme's R2", "Acme’s V4": a letter and a version after a maker's possessive is that maker's
        model, though no list has it and the letter alone names nothing elsewhere."""
        found = []
        for v in mentions:
            if v.label != "VENDOR":
                continue
            possessed = _POSSESSED_ID.match(text, v.end)
            after_maker = None if possessed else _MAKERS_ID.match(text, v.end)
            words = None if possessed or after_maker else self._possessed_words(text, v.end)
            m = possessed or after_maker or words
            if m is None or any(o.start <= m.start(1) < o.end for o in mentions if o.label != "VENDOR") \
                    or re.split(r"[ \-\u2011]", m.group(1))[0] in self._not_name_words \
                    or not (words or _ID_MARK.search(m.group(1))):
                continue  # "Acme's Windows 11": a product no list calls a model; "Acme's Record-Breaking": words
            model = dict(self.describe_any(m.group(1)), vendor=v.attrs.get("vendor") or v.attrs.get("canonical"))
            found.append(Mention(m.start(1), m.end(1), "MODEL", "shape", model))
            if after_maker is not None:  # 'Acme M2 (80.2%)': the maker's name is the model's first word
                found.append(Mention(v.start, m.end(1), "MODEL", "shape", dict(
                    self.describe_any(text[v.start:m.end(1)]), vendor=model["vendor"])))
        return found

    def _possessed_words(self, text: str, at: int) -> Optional[re.Match]:
        """"Acme's Zorbu Bot surpassed Y": capitalised words after a maker's possessive that no list knows are
        the maker's model when they end in a chatbot's noun or do what a model does (a cue or a score after)."""
        m = _POSSESSED_WORDS.match(text, at)
        if m is None:
            return None
        words = m.group(1).split()
        if len(words) > 1 and words[-1] == "Model":
            words.pop()  # "Acme's Zorbu Large Model": a name translated whole, its noun included
        if any(w in self._not_name_words or w in self.kb.vendor_by_alias or w.lower() in self._not_possessed for w in words) \
                or self.resolver.listed(m.group(1)) or self.resolver.is_generic(m.group(1)) \
                or self.resolver.is_language(words[0]) or self.kb.family_for(words[0]) is not None:
            return None
        aside = _ASIDE_AFTER.match(text, m.end())  # "Acme's Zorbu Bot, its latest model, surpassed Y"
        ends = (m.end(),) if aside is None else (m.end(), aside.end())
        if words[-1] in self._chatbot_nouns or any(self._cue_after(text, end) or self._scored_on(text, m.start(1), end)
                                                   for end in ends):
            return m
        return None

    def possesses_models(self, text: str, mentions: list[Mention]) -> bool:
        """True when a maker's possessive names a model no list has ("Acme's Zorbu Bot scored 52 on X"):
        the gate asks it, since such a name makes a claim though the sentence has no rank or relation cue."""
        return any(m.label == "VENDOR" for m in mentions) and bool(self._possessed_ids(text, mentions))

    def _quoted_possessed(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"Acme's “Vega Open” scored 10.5%": a name in double quotes after an owner's possessive is a model,
        the owner's when the owner is a maker."""
        found = []
        for m in _QUOTED_POSSESSED.finditer(text):
            if any(o.start <= m.start(2) < o.end for o in mentions) or m.group(2).split()[0] in self._not_name_words:
                continue
            maker = next((o for o in mentions if o.label == "VENDOR" and o.end == m.end(1)), None)
            model = dict(self.describe_any(m.group(2)))
            if maker is not None:
                model["vendor"] = maker.attrs.get("vendor") or maker.attrs.get("canonical")
            found.append(Mention(m.start(2), m.end(2), "MODEL", "shape", model))
        return found

    def vendor_shapes(self, text: str, start: int, end: int) -> list[Mention]:
        """Vendors nobody listed, by shape, in ``text[start:end]``: 'Zenith AI's model'."""
        if self._vendor_shape is None:
            return []
        return [Mention(m.start(), m.end(), "VENDOR", "shape", {"canonical": canonical_name(m.group()),
                                                                 "vendor": canonical_name(m.group())})
                for m in self._vendor_shape.finditer(text, start, end) if m.group().split()[0] not in self._not_name_words]

    def _versioned_vendor_names(self, text: str) -> list[Mention]:
        """'Rakuten AI 3.0': a maker's name by its shape with a dotted version after it names a model."""
        found = []
        for m in self._versioned_vendor.finditer(text) if self._versioned_vendor is not None else ():
            if m.group(1).split()[0] in self._not_name_words:
                continue
            vendor = self.kb.vendor_by_alias.get(m.group(1)) or canonical_name(m.group(1))
            found.append(Mention(m.start(), m.end(), "MODEL", "shape", {
                "canonical": canonical_name(m.group()), "family": None, "vendor": vendor, "is_family": False}))
        return found

    def _named_models(self, matches: Iterable[re.Match]) -> Iterable[Mention]:
        for m in matches:
            info = self._named[m.group().replace("\u2011", "-")]
            yield Mention(m.start(), m.end(), "MODEL", "named", {
                "canonical": canonical_name(info.name), "family": info.family,
                "vendor": info.vendor, "is_family": False,
            })

    def _owner_ids(self, text: str) -> Iterable[Mention]:
        """'Qwen/Qwen2-72B-Instruct': the model part, plus the owner as VENDOR when it is one."""
        for m in self.grammar.owner_id.finditer(text):
            owner, name = m.group("owner"), m.group("name")
            bare_owner = self._known_owner(owner)
            vendor = self.kb.vendor_by_owner.get(bare_owner.lower())
            if vendor is None and not any(c.isdigit() for c in name):
                continue
            if vendor is None and _BARE_VERSION.match(name):
                continue  # 'the v2/v3 line': versions side by side, no owner's model
            if _inside_link_target(text, m.start()):
                continue
            if vendor is None and self.is_model_name(owner, known=True) and self.is_model_name(name, known=True):
                yield Mention(m.start("name"), m.end("name"), "MODEL", "model", self.describe(name) or _plain_model(name))
                continue  # 'beating GPT-4o/Kappa-3.5': two models side by side, no owner's id
            model = self.describe(name) or _plain_model(name)
            model = dict(model, owner=bare_owner, vendor=vendor or model.get("vendor"), is_family=False)
            yield Mention(m.start("name"), m.end("name"), "MODEL", "owner", model)
            owner_start = m.start("owner") + (len(owner) - len(bare_owner))
            yield Mention(owner_start, m.end("owner"), "VENDOR", "owner",
                          {"canonical": vendor or bare_owner.lower(), "vendor": vendor, "owner": bare_owner})

    def _known_owner(self, owner: str) -> str:
        """The owner without digits glued on from a ranked list ('401-ai' -> '01-ai'), when known."""
        glued = _LEADING_DIGITS.match(owner)
        for cut in range(glued.end() + 1 if glued else 1):
            if owner[cut:].lower() in self.kb.vendor_by_owner:
                return owner[cut:]
        return owner

    def _models(self, matches: Iterable[re.Match], source: str) -> Iterable[Mention]:
        for m in matches:
            name = m.group()
            if name in self.kb.not_models or (source == "unknown" and not self._unknown_family(m.group("family"))):
                continue  # 'The 27B': an article and a size, no name
            attrs = self._describe_match(name, m)
            if attrs is not None:
                yield Mention(m.start(), m.end(), "MODEL", source, attrs)

    def _unknown_family(self, family: str) -> bool:
        """Whether the words before an unlisted model's size can be its name: not 'The', and not a maker
        before a listed family ('Google Gemma 7B': the lists read that one)."""
        words = family.split()
        if words[0] in self._not_name_words:
            return False
        return len(words) == 1 or not (words[0] in self.kb.vendor_by_alias or self.kb.family_for(words[1]) is not None)

    def describe(self, name: str) -> Optional[dict]:
        """Family, vendor and canonical form of a model name, or None when no pattern reads it."""
        match = self.grammar.model.fullmatch(name) or self.grammar.unknown_model.fullmatch(name)
        return self._describe_match(name, match) if match is not None else None

    def describe_any(self, name: str) -> dict:
        """What the lists tell of a name a table or the article calls a model: its family and vendor
        when a listed family starts it (after an owner id), else only its canonical form."""
        attrs = self.describe(name)
        if attrs is not None:
            return attrs
        bare = name.rsplit("/", 1)[-1]
        m = self.grammar.model.match(bare)
        attrs = self._describe_match(m.group(), m) if m is not None else None
        if attrs is not None:
            return dict(attrs, canonical=canonical_name(name), is_family=False)
        return _plain_model(name)

    def _describe_match(self, name: str, match: re.Match) -> Optional[dict]:
        family_word = match.group("family")
        family = self.kb.family_for(family_word)
        bare = not (match.groupdict().get("version") or match.group("parts"))
        coined = "-" in family_word or _CAMEL_CASE.search(family_word) is not None  # 'Nous-Hermes', 'SparkDesk'
        joined = _joined_or_sized(name, family_word) or self._variant_version.match(name, len(family_word)) \
            or " " in family_word or coined  # 'Amazon Nova Pro': a family named with its maker is no common word
        if family is not None and family.strict and ((bare and not coined) or (family.joined and not joined)):
            return None
        return {
            "canonical": canonical_name(name),
            "family": family.family if family else family_word,
            # a word before the family ('Mini-Gemini') may name another maker's derivative: the text says whose
            "vendor": family.vendor if family and not match.groupdict().get("prefix") else None,
            "is_family": bare and family is not None and not any(ch.isdigit() for ch in family_word),
        }

    def _phrases(self, text: str, matches: Iterable[re.Match], label: str, ids: dict) -> Iterable[Mention]:
        for m in matches:
            alias = m.group().replace("\u2011", "-")
            if label == "BENCHMARK" and alias in self.kb.benchmark_needs_context and not _RANKING_WORD.search(
                    text, max(m.start() - 150, 0), m.end() + 150):
                continue  # 'Hugging Face' the company, not its leaderboard
            if label == "BENCHMARK" and alias in self.kb.benchmark_needs_context and self._hosts_another(text, m.end()):
                continue  # 'the Hugging Face RewardBench list': the host of a board the next words name
            if label == "BENCHMARK" and alias in self.kb.benchmark_needs_context and self._host_thing(text, m.end()):
                continue  # 'Hugging Face downloads': the host's own things, not its board
            if label == "BENCHMARK" and alias in self.kb.benchmark_needs_context \
                    and _ENTERED_THE.search(text, max(m.start() - 20, 0), m.start()):
                continue  # 'entered the arena at 70.8%': the idiom of joining a contest, no board
            canonical = ids[alias]
            end = m.end()
            if label == "BENCHMARK" and _LIKENESS.match(text, end):
                continue  # 'AIME-level puzzles', 'MMLU-style questions': a kind of test, not the benchmark
            if label == "BENCHMARK" and self._organisation_after is not None and self._organisation_after.match(text, end):
                continue  # 'the Vera Prize', 'the HELM Team': the people behind a test, not the test
            if label == "BENCHMARK":
                suffix = _NEXT_WORD.match(text, end)
                if suffix and suffix.group(1).lower() in self._benchmark_suffixes:
                    ref = self.resolver.resolve(f"{alias} {suffix.group(1)}")
                    if ref is not None:  # 'SWE-bench Pro' is another benchmark, 'AIME Hard' an edition
                        canonical, end = ref.id, suffix.end()
            attrs = {"canonical": canonical}
            if label == "VENDOR":
                attrs["vendor"] = canonical
                family = self.kb.family_for(alias)
                if family is not None:
                    attrs["family"] = family.family
            yield Mention(m.start(), end, label, label.lower(), attrs)

    def _host_words(self, name: str) -> int:
        """Characters of a maker or host opening a board's name ('Hugging Face ', 'Acme's '), else 0."""
        words = name.split(" ")
        for n in (2, 1):
            if len(words) > n:
                head = " ".join(words[:n])
                bare = re.sub(r"['\u2019]s$", "", head)
                if bare in self.kb.vendor_by_alias or bare in self.resolver.context_aliases:
                    return len(head) + 1
        return 0

    def _hosts_another(self, text: str, end: int) -> bool:
        nxt = _HOSTED_NAME.match(text, end)
        return nxt is not None and self.resolver.listed(nxt.group(1)) is None and self.resolver.is_benchmark_shape(nxt.group(1))

    def _board_parts(self, matches: Iterable[re.Match]) -> Iterable[Mention]:
        """'SuperCLUE-VLM': a listed board's own sub-board is a board of its own, the host's."""
        for m in matches:
            ref = self.resolver.resolve(m.group())
            if ref is not None:
                yield Mention(m.start(), m.end(), "BENCHMARK", "benchmark", {"canonical": ref.id})

    def _joined_benchmarks(self, matches: Iterable[re.Match]) -> Iterable[Mention]:
        """'VeraQA-Redux', 'VeraQA-500': a listed benchmark's name with a part hyphenated on is that benchmark's
        edition (a listed one, or one by the resolver's rules) or a benchmark of its own, wherever it stands."""
        for m in matches:
            ref = self.resolver.resolve(m.group())
            if ref is not None:
                yield Mention(m.start(), m.end(), "BENCHMARK", "benchmark" if ref.listed else "unknown",
                              {"canonical": ref.id})

    def _versioned(self, text: str) -> Iterable[Mention]:
        """'Vegabot (v2.1.0)': a name with its version in brackets is a model's, by shape, the version with it."""
        for m in _VERSIONED.finditer(text):
            name = m.group(1)
            if name in self._not_name_words or name in self.kb.vendor_by_alias or self.resolver.listed(name):
                continue
            yield Mention(m.start(1), m.end(), "MODEL", "shape", self.describe_any(m.group()))  # the version with it

    def _shaped_ids(self, text: str, matches: list[re.Match]) -> Iterable[Mention]:
        """Unlisted ids by shape: a listed benchmark's edition ('MATH-500') is a BENCHMARK, any other id
        with a digit a MODEL ('vega-13b')."""
        for m in matches:
            name = m.group()
            if not self._is_model_shape(name, m.group("family")):
                continue
            ref = self.resolver.resolve(name, unlisted=False)
            if ref is not None:
                yield Mention(m.start(), m.end(), "BENCHMARK", "shape", {"canonical": ref.id})
            elif not _inside_link_target(text, m.start()):
                note = DATED_NOTE.match(text, m.end())  # 'ChatGPT-4o-latest (2025-01-29)'
                end = note.end() if note else m.end()
                yield Mention(m.start(), end, "MODEL", "shape", self.describe_any(text[m.start():end]))

    def _unlisted_benchmarks(self, text: str, model_starts: frozenset | set = frozenset()) -> Iterable[Mention]:
        """Benchmarks nobody listed, by position: after a score or rank and 'on' ('92% on SciCode'),
        opening a sentence ('On KOR-Bench, ...'), or before a suite word ('the KOR-Bench test')."""
        for quoted in _QUOTED_BOARD.finditer(text):
            if quoted.start(1) not in model_starts:
                ref = self.resolver.resolve(quoted.group(1))
                yield Mention(quoted.start(1), quoted.end(1), "BENCHMARK", "unknown",
                              {"canonical": ref.id if ref is not None else slug(quoted.group(1))})
        for anchor in _MEMBERS_OF_SUITE.finditer(text):  # 'in several tests, including GSM8K, BoolQ and MMLU', '(A, B)'
            m = _CAPITAL_NAME.match(text, anchor.end())
            if m is not None and m.start() not in model_starts:
                yield from self._named_on(text, m, model_starts)
        for anchor in _ON_NAME.finditer(text):
            m = _CAPITAL_NAME.match(text, anchor.end())
            if m is None:
                continue
            named = self._named_on(text, m, model_starts)
            test = _TEST_NAME.match(text, m.start()) if not named else None
            if test is not None and m.start() not in model_starts and not self.resolver.is_generic(test.group()) and (
                    _after_a_value(text, anchor.start()) or self._after_a_cue(text, anchor.start())) \
                    and not (_title_line(text, anchor.start())
                             and all(_PLAIN_WORD.match(w) or self.resolver.is_generic(w) for w in test.group().split())):
                yield Mention(test.start(), test.end(), "BENCHMARK", "unknown", {"canonical": slug(test.group())})
                continue  # 'a score of 58 on the Vera National High School Exam'
            owner = anchor.group("owner")
            if owner and not named and self.resolver.is_generic(m.group()) and _SUITE_NEXT.match(text, m.end()) \
                    and anchor.start("owner") not in model_starts and owner not in self.kb.vendor_by_alias:
                ref = self.resolver.resolve(owner)  # "on VeraLM's April 2026 leaderboard": the owner's board
                yield Mention(anchor.start("owner"), anchor.end("owner"), "BENCHMARK", "unknown",
                              {"canonical": ref.id if ref is not None else slug(owner)})
                continue
            if not named and m.start() not in model_starts and _SUITE_SOON.match(text, m.end()) \
                    and (_after_a_value(text, anchor.start()) or self._opening_test_name(text, anchor, m)) \
                    and not self.resolver.is_generic(m.group()) and not self.resolver.is_category(m.group()) \
                    and not self.resolver.is_language(m.group()):  # 'on the Text leaderboard': a board's part
                named = [Mention(m.start(), m.end(), "BENCHMARK", "unknown",
                                 {"canonical": self.resolver.unlisted(m.group()).id})]
                yield from named  # '61% on the Vera Polyglot multi-language coding benchmark', 'On the Vera Challenge test, ...'
                continue
            titled = named and _title_line(text, anchor.start()) and not any(
                ch.isdigit() for ch in text[max(0, anchor.start() - 20):anchor.start()])  # a figure still names one
            if named and ((_after_a_value(text, anchor.start()) and not titled)
                          or (_opens_a_sentence(text, anchor.start()) and _GLOSSED_COMMA.match(text, m.end()))
                          or (self._after_a_cue(text, anchor.start()) and not titled)
                          or _TEST_GLOSS.match(text, m.end())
                          or (anchor.group("quote") in _QUOTE_MARKS and text[m.end():m.end() + 1] in _QUOTE_ENDS)):
                yield from named  # '... in 'VeraQA'.': a name in quotes
        for suite in _SUITE_THEN_NAME.finditer(text):  # 'the long-context benchmark VERA': the name in apposition
            m = _CAPITAL_NAME.match(text, suite.end())
            test = _SUITE_NAME.match(text, suite.end())
            if test is not None and test.end() > (m.end() if m is not None else 0):
                yield Mention(test.start(), test.end(), "BENCHMARK", "unknown", {"canonical": slug(test.group())})
                continue  # 'On another benchmark, the Vera Language Understanding Evaluation, ...'
            if m is not None and m.start() not in model_starts:
                yield from self._named_on(text, m, model_starts)
        if any(w in text for w in ("benchmarks", "tests", "leaderboards", "evals", "evaluations")):
            yield from self._listed_before_suites(text, model_starts)
        for called in _CALLED.finditer(text):  # 'a framework called VeraBench', 'a leaderboard named X'
            if not _SUITE_BEFORE.search(text, max(0, called.start() - 40), called.start()):
                continue
            m = _CAPITAL_NAME.match(text, called.end())
            if m is not None:
                yield from self._benchmark_introduced(m.group(), m.start())
        if any(w in text for w in _INTRODUCED_SUITE_NOUNS):
            for m in _INTRODUCED_SUITE.finditer(text):  # 'VeraBench, a new LLM benchmark'
                yield from self._benchmark_introduced(m.group(1), m.start(1))
        for suite in _SUITE_WORD.finditer(text):
            if _SPLIT_AFTER.match(text, suite.end()):
                continue  # 'the Private Evaluation set', 'the test split': a split, no benchmark
            before, floor = suite.start() - 1, max(0, suite.start() - 40)
            while before > floor and not text[before - 1].isspace():
                before -= 1
            first = next((ch for ch in text[before:suite.start()] if ch.isalnum()), "")
            word = text[before:suite.start()].strip()
            if _BARE_VERSION.match(word) and word[:1] in "vV":
                edition = _EDITION_BEFORE_SUITE.search(text, max(0, before - 40), suite.start())
                name, start = (edition.group().rstrip(), edition.start()) if edition is not None else ("", 0)
                while name.count(" ") > 1 and (name.split(" ", 1)[0] in self._not_name_words
                                               or not suite.group().islower()):
                    start += len(name.split(" ", 1)[0]) + 1  # 'the Vera Writing v3 test' is a name, a headline's
                    name = name.split(" ", 1)[1]  # capitals ('Acme Tops Vera v2 Leaderboard') one word at most
                if " " in name and name.split(" ", 1)[0] not in self._not_name_words \
                        and start not in model_starts:
                    yield from self._benchmark_named(name, start)  # 'the Vera v2 leaderboard', 'the Vera Writing v3 test'
                continue
            if first.islower() and _LOWER_CAMEL.fullmatch(word) and self.resolver.is_benchmark_shape(word):
                yield from self._benchmark_named(word, before)  # 'the miniF2F benchmark'
                continue
            if not first.isupper() and not first.isdigit():
                if not _PHRASE_GOES_ON.match(text, suite.end()):
                    yield from self._hosted_suite(text, suite.start())
                    yield from self._described_suite(text, suite.start())
                continue  # 'the test', 'these benchmarks': no name ends right before the suite word
            if _TITLE_GOES_ON.match(text, suite.end()):
                continue  # 'AI Coding Leaderboard Shift No One Announced': a title-case headline, no board's name
            last = None
            for m in _CAPITAL_NAME.finditer(text, max(0, suite.start() - 60), suite.start() - 1):
                last = m
            if last is not None and last.end() == suite.start() - 1:
                name, start = last.group(), last.start()
                lead = _LEADING_ARTICLE.match(name)
                if lead:
                    name, start = name[lead.end():], start + lead.end()
                host = self._host_words(name)  # 'Hugging Face RewardBench list': the board is RewardBench
                name, start = name[host:], start + host
                if suite.group().lower() in ("leaderboards", "benchmarks") and not self.resolver.listed(name):
                    continue  # 'Tops Global Open-Source Leaderboards': several boards, none named
                if suite.group().startswith("Leaderboard") and name:
                    version = _BOARD_VERSION.match(text, suite.end())
                    name += " Leaderboard" + (version.group() if version else "")  # 'the Open Vet-LLM Leaderboard (v2)'
                elif suite.group() == "Benchmark" and " " in name and self.resolver.resolve(name) is None:
                    name += " Benchmark"  # likewise: 'the Vera Long Context Benchmark'
                elif " " in name and self.resolver.is_generic(name.rsplit(" ", 1)[1]):
                    name = name.rsplit(" ", 1)[0]  # 'the VeraWords LLM benchmark': the benchmark is VeraWords
                if name:
                    yield from self._benchmark_named(name, start, before_suite=suite.group().islower())

    def _described_suite(self, text: str, suite: int) -> Iterable[Mention]:
        """'the VeraAtlas tool-calling benchmark': a name shaped like a benchmark's, then a word or two
        saying what it tests, then the suite word."""
        m = _DESCRIBED_SUITE.search(text, max(0, suite - 60), suite)
        if m is None or m.group(1) in self._not_name_words:
            return
        ref = self.resolver.resolve(m.group(1))
        if ref is not None and not ref.listed and not self.is_model_name(m.group(1)):
            yield Mention(m.start(1), m.end(1), "BENCHMARK", "unknown", {"canonical": ref.id})

    def _hosted_suite(self, text: str, suite: int) -> Iterable[Mention]:
        """"Zed's code review benchmark": a suite its host describes is named by the host and the
        words, unless the host is a maker or a model ("OpenAI's coding benchmark") or the words only
        qualify it ("X's own test", "X's latest leaderboard")."""
        m = _HOSTED_SUITE.search(text, max(0, suite - 80), suite)
        if m is None:
            return
        host, words = m.group(1), m.group(2).split()
        if host in self.kb.vendor_by_alias or self.kb.family_for(host) is not None or host in self._not_name_words:
            return
        if words[0] in self._qualifiers or self.resolver.is_generic(" ".join(words)):
            return
        name = f"{host} {' '.join(words)}"
        yield Mention(m.start(), m.end(2), "BENCHMARK", "unknown", {"canonical": slug(name)})

    def _benchmark_introduced(self, name: str, start: int) -> Iterable[Mention]:
        """The benchmark an article introduces by name: an unlisted one is marked 'called' (what the
        article ranks by when it names no board; see ``ArticleContext``)."""
        for found in self._benchmark_named(name, start):
            yield Mention(found.start, found.end, found.label, "called" if found.source == "unknown" else found.source,
                          found.attrs)

    def _named_on(self, text: str, m: re.Match, model_starts: frozenset | set) -> list[Mention]:
        """The benchmarks a name after 'on' starts: itself, and the names listed after it when the list
        ends in 'and' or 'or' ('on MedQA and PubMedQA', 'on A, B and C')."""
        if _SPLIT_AFTER.match(text, m.end()):
            return []  # 'on the Semi-Private Evaluation set': a split of the benchmark, no benchmark
        named = list(self._benchmark_named(m.group(), m.start()))
        listed, closed = [], False
        for _ in range(MAX_LISTED):
            glue = _GLOSS_THEN_NEXT.match(text, m.end())  # ('on A (a gloss), B (a gloss), and C (a gloss)')
            m = _CAPITAL_NAME.match(text, glue.end()) if glue else None
            if m is None or m.start() in model_starts:
                break  # 'on KOR-Bench, Vega-7B and ...': the list goes on with models
            listed.append(m)
            if "and" in glue.group() or "or" in glue.group():
                closed = True
                break
        for m in listed if closed else ():
            named.extend(self._benchmark_named(m.group(), m.start()))
        return named

    def _opening_test_name(self, text: str, anchor: re.Match, m: re.Match) -> bool:
        """'On the Vera Challenge benchmark, ...': a name right before a suite word, in the 'On' that opens
        a sentence (not a language: 'In X's Chinese evaluations' names a part of X)."""
        return _opens_a_sentence(text, anchor.start()) and _SUITE_NEXT.match(text, m.end()) is not None \
            and not self.resolver.is_language(m.group())

    def _listed_before_suites(self, text: str, model_starts: frozenset | set) -> Iterable[Mention]:
        """'topping VeraBench Hard, CritPt, and AA-LCR sub-benchmarks': each name of a list that a plural
        suite word closes is a benchmark (a listed or benchmark-shaped name; models stay models)."""
        for listed in _LIST_THEN_SUITES.finditer(text):
            for m in _CAPITAL_NAME.finditer(text, listed.start(), listed.end()):
                if m.start() not in model_starts and m.group() not in ("And", "Or"):
                    yield from self._benchmark_named(m.group(), m.start())

    def _after_a_cue(self, text: str, on: int) -> bool:
        """True when a comparison or rank cue stands a few words before 'on' ('beats X on MedQA')."""
        words = {w.strip(",.;:").lower() for w in text[max(0, on - 70):on].split()[-8:]}
        return self.has_cue(words) or _TESTED_BEFORE.search(text, max(0, on - 20), on) is not None

    def _label_benchmarks(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'- Aider Polyglot: 81.3% (o3), 72.9% (Gemini 2.5 Pro)': a line's label before its values and
        model names is a benchmark by where it stands, whatever its shape; so is a name shaped like a
        benchmark's that glosses a category label ('- Tool Use (VeraCall): A leads with 81.1%')."""
        models = sorted(m.start for m in mentions if m.label == "MODEL")
        taken = sorted((m.start, m.end) for m in mentions)
        found = []
        lines = list(_LABEL_LINE.finditer(text))
        beside_tests = self._labels_beside_listed_tests(text, lines)
        glossed = (m for m in _GLOSSED_LABEL.finditer(text) if self.resolver.is_benchmark_shape(m.group("name")))
        for m in itertools.chain(lines, glossed):
            name, start = m.group("name"), m.start("name")
            cut = label_name_start(name)
            name, start = name[cut:], start + cut  # 'On VeraBench: 70% (A), ...': the label names VeraBench
            line_end = text.find("\n", m.end())
            k = bisect_left(models, m.end())
            if (k == len(models) or (line_end >= 0 and models[k] > line_end)) and m.start() not in beside_tests:
                continue  # no model named on the line, nor listed tests on the lines beside: a label of something else
            t = bisect_right(taken, (start, len(text))) - 1
            if t >= 0 and taken[t][0] <= start < taken[t][1] or name.split()[0] in self._not_name_words:
                continue
            if self._header_roles.role(name) is not None:
                continue  # 'Price:', 'Average:', 'Rank:': no benchmark
            if any(w[:1].islower() and w not in _NAME_FUNCTION_WORDS for w in name.split()[1:]):
                if not self.resolver.is_benchmark_shape(name.split()[0]) or self.is_model_name(name.split()[0]):
                    continue  # 'Big gains in math:': a phrase, no name
                name = name.split()[0]  # 'VeraComp search: 84.0%': a test's name and what it tests
            if _DESCRIBING_WORD.match(name):
                continue  # 'Reduced Hallucinations:', 'Better Coding:': what changed, no name
            ref = self.resolver.resolve(name)
            if ref is None and POSSESSIVE_WORD.search(name):
                continue  # "Kappa's Performance:": what the model did, no test's name
            bench = ref.id if ref is not None else self.resolver.unlisted(self.resolver.split_metric(name)[0]).id
            found.append(Mention(start, start + len(name), "BENCHMARK", "label", {"canonical": bench}))
        return found

    def _tests_beside_bracketed_values(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'in IFEval (54.4), MUSR (40.7) and ZorbuQ (86.8)': a capitalised word before a value in brackets, in a
        run where a listed test has its value in brackets the same way, names a test too."""
        listed = [m for m in mentions if m.label == "BENCHMARK" and _BRACKETED_VALUE_AFTER.match(text, m.end)]
        if not listed:
            return []
        taken = sorted((m.start, m.end) for m in mentions)
        ends = sorted(m.end for m in listed)
        found = []
        for m in _NAME_BEFORE_BRACKETED_VALUE.finditer(text):
            name, start = m.group(1), m.start(1)
            k = bisect_right(ends, start) - 1  # the listed test before it, joined by a run of such pairs
            if k < 0 or start - ends[k] > _RUN_REACH or not _RUN_OF_BRACKETED.fullmatch(text, ends[k], start):
                continue
            t = bisect_right(taken, (start, len(text))) - 1
            if t >= 0 and taken[t][0] <= start < taken[t][1] or name in self._not_name_words \
                    or self.resolver.is_generic(name) or self.resolver.is_language(name) or self.resolver.is_category(name) \
                    or self.is_model_name(name):
                continue  # ('Coding (40.7)': a kind of test, no test's name)
            found.append(Mention(start, start + len(name), "BENCHMARK", "unknown",
                                 {"canonical": self.resolver.unlisted(name).id}))
        return found

    def _labels_beside_listed_tests(self, text: str, lines: list) -> set[int]:
        """Where the label lines of a run ('- MMLU: 38.2', '- BoolQ: 62.6', one a line, one after another) start,
        in a run where another label names a listed test: each label is a test's name, by where it stands."""
        found: set[int] = set()
        run: list = []
        for m in [*lines, None]:
            if m is not None and run and text.count("\n", run[-1].end(), m.start()) <= 1 and "\n" in text[run[-1].end():m.start()]:
                run.append(m)
                continue
            if len(run) >= 2 and any(self.resolver.listed(r.group("name")) for r in run):
                found.update(r.start() for r in run if not self.resolver.listed(r.group("name")))
            run = [m] if m is not None else []
        return found

    def _benchmark_named(self, name: str, start: int, before_suite: bool = False) -> Iterable[Mention]:
        name = name.rstrip(".,;:")
        ref = self.resolver.resolve(name)
        board = _BOARD_NAME_END.search(name)
        if ref is None and board and len(name.split()) <= 5 and not self.resolver.is_generic(name) \
                and not self._kind_of_test(name[:board.start()]):
            ref = BenchmarkRef(slug(name), name, listed=False)  # a proper name says it is a board
        if ref is None and before_suite and self._names_a_suite_of_its_own(name):
            ref = BenchmarkRef(slug(name), name, listed=False)  # 'the Vera Polyglot leaderboard': its name
        if ref is not None and name.split()[0] not in self._not_name_words:
            yield Mention(start, start + len(name), "BENCHMARK", "shape" if ref.listed else "unknown",
                          {"canonical": ref.id})

    def _kind_of_test(self, words: str) -> bool:
        """'Vision', 'The Coding': category words alone before 'Leaderboard' say which part of the board in play."""
        words = _LEADING_ARTICLE.sub("", words.strip())
        return self.resolver.is_category(words) or self.resolver.is_category_phrase(words)

    def _names_a_suite_of_its_own(self, name: str) -> bool:
        """True for two or three capitalised words before a lower-case suite word that name no maker, model,
        language or common thing ('Vera Polyglot' of 'the Vera Polyglot leaderboard')."""
        words = name.split()
        return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not self.resolver.is_generic(name) \
            and not any(w in self._not_name_words or w in self.kb.vendor_by_alias or self.resolver.is_language(w)
                        for w in words) and not self.is_model_name(name)

    def _is_model_shape(self, name: str, first: str) -> bool:
        if name in self.kb.not_models or first in self._not_name_words:
            return False
        if not _LETTERS.search(name) and not _DATED_CHECKPOINT.match(name):
            return False
        if self.kb.family_for(first) is not None:
            return False  # a listed family's names are the family pattern's to judge
        if first in self.kb.vendor_by_alias and not _MAKER_MODEL_ID.match(name[len(first):]):
            return False  # 'Acme-M2' is a model the maker names after itself; 'Acme-2024' none
        digit_parts = [p for p in re.split(r"[-_.\u2011]", name) if any(ch.isdigit() for ch in p)]
        return bool(digit_parts) and not all(YEAR.match(p) for p in digit_parts)

    def _linked_benchmarks(self, text: str) -> Iterable[Mention]:
        """'[LLM Leaderboard](https://.../open_llm_leaderboard)': the link text names the board its address does."""
        for m in _LINK.finditer(text):
            found = self.resolver.at_address(m.group(2))
            if found is not None:
                yield Mention(m.start(1), m.end(1), "BENCHMARK", "link", {"canonical": found})

    def is_maker_name(self, text: str) -> bool:
        """True when a table cell's text is a maker's name, whole or before a slash ('Acme Cloud / Vega Team')."""
        text = text.strip()
        return text in self.kb.vendor_by_alias or text.split(" / ", 1)[0] in self.kb.vendor_by_alias

    def is_model_name(self, text: str, known: bool = False, weak: bool = False) -> bool:
        """True when a table cell's text is a model name: it starts with one and at most a few name
        words follow ('DeepSeek-V2 Chat (SFT)', 'Bard', 'erniebot-4.0-202404'). ``known`` asks for a
        name of a listed family, not one by shape alone ('AlignBench-v2' is shaped like a model too);
        ``weak`` also takes a whole weak name ('Acme 2.5 Pro') where the cell's position says it is one."""
        if not text or len(text) > 80:
            return False
        if weak and self.is_weak_name(text):
            return True
        model = next((m for m in self.find_mentions(text, full=False) if m.label == "MODEL"), None)
        owner = text.find("/") + 1 if model is not None and model.source == "owner" else 0  # 'google/gemma-2-2b-it'
        if model is None or model.start > owner or (known and model.source not in _LISTED):
            return False
        rest = text[model.end:]
        return len(rest.split()) <= 4 and not _CLAUSE_MARK.search(rest)

    def glued_maker_end(self, text: str) -> int:
        """Where a maker's or family's name glued before a model's ends ('AcmeVega-7B', 'VegaVega 2 Pro', 'Acme
        AIo3': a page's logo text run into the name), when a listed model's name follows; else 0."""
        for p in range(2, min(len(text) - 1, _GLUED_MAKER_CHARS)):
            if not text[p - 1].isalpha() or not (text[p].isupper() or (text[p] == "o" and text[p + 1].isdigit())):
                continue  # (a joint where a capital, or 'o' and a digit, follows a letter)
            head, rest = text[:p], text[p:]
            if rest.lower().startswith(head.lower()) and self.is_model_name(rest):
                return p  # the name's first word twice ('VegaVega 2 Pro')
            if (head in self.kb.vendor_by_alias or self.kb.family_for(head) is not None) \
                    and self._listed_model_opens(rest):
                return p  # a maker's or a family's name before a listed model's ('AcmeVega-2')
        return 0

    def _listed_model_opens(self, text: str) -> bool:
        """True when ``text`` opens on a listed family's word and is a model's name ('Vega-2 Pro'), not one whose
        first word is a plain one ('Coder-7B', 'Math-Vega-7B')."""
        first = _FIRST_WORD.match(text)
        return first is not None and any(self.kb.family_for(w) is not None for w in first.group(0, 1)) \
            and self.is_model_name(text, known=True)

    def name_end(self, text: str, pos: int) -> Optional[int]:
        """Where a model name starting at ``pos`` ends, if one starts there."""
        window = text[pos:pos + 100]
        model = next((m for m in self.find_mentions(window, full=False) if m.label == "MODEL"), None)
        return pos + model.end if model is not None and model.start == 0 else None

    # -- what the whole article tells ----------------------------------------------------
    def article_mentions(self, text: str, mentions: list[Mention], axis_names: Iterable[tuple[int, int, str]] = ()) -> list[Mention]:
        """``mentions`` with the table's model names, the weak names the article confirms, and without
        names found by shape alone when the article is not about AI models."""
        found = list(mentions)
        for start, end, name in axis_names:
            found.append(Mention(start, end, "MODEL", "table", self.describe_any(name)))
        found += self._confirmed_weak(text, found)
        shortened = self._without_family_word(text, found)
        if shortened:  # 'R1' by its shape alone is the article's 'DeepSeek R1' shortened
            spans = {(m.start, m.end) for m in shortened}
            found = [m for m in found if m.source != "shape" or (m.start, m.end) not in spans] + shortened
        found = self._with_coordinated_sizes(text, found)
        found += self._sized_variants(text, found)
        found += self._family_words(text, found)
        found += self._called_models(text)
        if " by " in text:
            found += self._made_by_lines(text, found)
        found += self._introduced_members(text, found)
        if "'s " in text or "\u2019s " in text:
            found += self._possessive_variants(text, found)
        found += self._sibling_variants(text, found)
        if not about_models(text, found):
            found = [m for m in found if m.source not in ("shape", "table", "weak") or m.label != "MODEL"]
        return _without_overlaps(self._values_cut_off(text, found))

    def _values_cut_off(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'Zorbu Spark 52 #4' in a ranked list of an article that names 'Zorbu Spark': a bare number after
        a name no list has is the row's value, no version, when the article writes the name without it."""
        cut = [(m, _BARE_NUMBER_END.search(text, m.start, m.end)) if m.label == "MODEL" and m.source in _SHAPED
               else (m, None) for m in mentions]
        if not any(number for _, number in cut):
            return mentions
        names = {text[m.start:m.end] for m in mentions if m.label == "MODEL"}
        return [Mention(m.start, number.start(), "MODEL", m.source, self.describe_any(text[m.start:number.start()]))
                if number is not None and text[m.start:number.start()] in names else m for m, number in cut]

    def _family_words(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'Zephyrine outperforms Quokka' where the article names 'Zephyrine-13B-16K' and 'Quokka-13B': the
        first word of the article's own model ids, standing alone, names their family."""
        words = set()
        for m in mentions:
            if m.label == "MODEL" and m.source in ("shape", "table", "unknown"):
                head = _ID_HEAD.match(text, m.start, m.end)
                if head and head.group(1) not in self._not_name_words and head.group(1) not in self.kb.vendor_by_alias:
                    words.add(head.group(1))
        words -= set(self.kb.family_by_name)  # listed families are the name patterns' to find
        if not words:
            return []
        return [Mention(m.start(), m.end(), "MODEL", "weak", {"canonical": canonical_name(m.group()), "family": None,
                                                               "vendor": None, "is_family": True})
                for m in _occurrences(text, words)]

    def names_models(self, text: str) -> bool:
        """True when the text gives a model a name ('a model called X'; see ``_called_models``), a line
        names one by its maker ('Kestrel by Acme'; see ``_made_by_lines``) or an apposition calls a name a
        model ('Kestrel Vision, an OCR model'; see ``_described_models``)."""
        return ((any(word in text for word in _CALLED_WORDS) or any(noun in text for noun in _MODEL_NOUN_WORDS))
                and next(self._model_calls(text), None) is not None) \
            or (" by " in text and next(self._made_by(text), None) is not None) \
            or ((", a" in text or ", the " in text) and bool(self._described_names(text, [])))

    def _made_by(self, text: str) -> Iterable[re.Match]:
        for m in _MADE_BY_LINE.finditer(text):
            name = m.group("name")
            if m.group("maker") in self.kb.vendor_by_alias and name.split()[0] not in self._not_name_words \
                    and name not in self.kb.vendor_by_alias and not self.has_cue({w.lower() for w in name.split()}) \
                    and not self._names_a_benchmark(name):
                yield m

    def _made_by_lines(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'Kestrel Swift by Acme' as a heading or a list item of its own: a line that names a model by its
        maker, the name a model there and wherever the article writes it again."""
        models = [o for o in mentions if o.label == "MODEL"]
        names = {m.group("name") for m in self._made_by(text)
                 if not any(o.start < m.end("name") and m.start("name") < o.end for o in models)}
        if not names:
            return []
        return [Mention(m.start(), m.end(), "MODEL", "weak", self.describe_any(m.group()))
                for m in _occurrences(text, names)]

    def _model_calls(self, text: str) -> Iterable[re.Match]:
        for called in _CALLED.finditer(text):
            if _MODEL_NOUN_BEFORE.search(text, max(0, called.start() - 20), called.start()):
                yield called
        if any(noun in text for noun in _MODEL_NOUN_WORDS):
            yield from _NEW_MODEL_NAMED.finditer(text)

    def _introduced_members(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"Acme's Vega 4 models - Swift and Atlas - ...": the words a model's family introduces as its members
        name those models wherever they stand ('Atlas scored 36'), the family's and its maker's."""
        found = []
        for m in mentions:
            intro = _MEMBERS_INTRO.match(text, m.end) if m.label == "MODEL" else None
            if intro is None:
                continue
            head, words, at = text[m.start:m.end], [], intro.end()
            while len(words) < 6:
                word = _MEMBER_WORD.match(text, at)
                if word is None or word.group() in self._not_name_words or word.group() in self.kb.vendor_by_alias \
                        or self.has_cue({word.group().lower()}):
                    break
                words.append(word.group())
                more = _AND_NAME.match(text, word.end())
                if more is None:
                    break
                at = more.end()
            if len(words) < 2:
                continue  # one word after a dash is as likely the sentence going on
            for w in _occurrences(text, {w for w in words if f"{head} {w}" not in text}):  # a full name: its short form
                if any(o.start <= w.start() < o.end for o in mentions if o.label == "MODEL"):
                    continue  # 'Vega 4 Atlas', or 'Atlas' the article already reads as a short form
                attrs = self.describe_any(f"{head} {w.group()}")
                found.append(Mention(w.start(), w.end(), "MODEL", "weak", dict(attrs, is_family=False)))
        return found

    def _possessive_variants(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"Claude 3's Opus", "GPT-4's 1106-preview", "Gemini's 1.5 Pro": a variant, snapshot or version named after
        a model's or family's possessive is that model's (its subject reads 'Claude 3 Opus')."""
        found = []
        for m in mentions:
            if m.label != "MODEL" or m.source not in ("model", "named"):
                continue
            part = self._variant_after.match(text, m.end) or (
                self._version_after.match(text, m.end) if m.attrs.get("is_family") else None)
            if part is None:
                continue
            full = f"{text[m.start:m.end]} {part.group(1)}"
            found.append(Mention(m.start, part.end(), "MODEL", "model", dict(self.describe_any(full), refers_to=full)))
        return found

    def _sibling_variants(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'Claude 3 Opus leads, and Haiku is fourth': a family's variant word standing alone ('Haiku'), where
        the article's names of that family end in other variant words after one common part ('Claude 3 '),
        is the name with that part."""
        words = self._variant_families
        if not words or not any(w in text for w in words):
            return []
        heads: dict[str, set[str]] = {}  # family -> the common parts before its variant words
        for m in mentions:
            name = m.attrs.get("refers_to") or text[m.start:m.end]
            last = name.rsplit(" ", 1)
            if m.label == "MODEL" and len(last) == 2 and last[1] in words:
                heads.setdefault(words[last[1]].family, set()).add(last[0])
        siblings = {w for w, f in words.items() if len(heads.get(f.family, ())) == 1}
        if not siblings:
            return []
        named = bytearray(len(text))  # where a mention already stands, marked once: linear however many
        for o in mentions:
            named[o.start:o.end] = b"\x01" * (o.end - o.start)
        found = []
        for m in _occurrences(text, siblings):
            if named[m.start()] or _NUMBER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # inside a name; '3 Opus': a version of its own
            full = f"{next(iter(heads[words[m.group()].family]))} {m.group()}"
            found.append(Mention(m.start(), m.end(), "MODEL", "weak", dict(self.describe_any(full), refers_to=full)))
        return found

    def _called_models(self, text: str) -> list[Mention]:
        """'a smaller model called Kestrel and Osprey': names the article gives its models, wherever
        they stand in it (a single word no list or shape knows)."""
        words = []
        for called in self._model_calls(text):
            at = called.end()
            while len(words) < 8:
                m = _CAPITAL_NAME.match(text, at)
                if m is None:
                    break
                name = m.group()
                if name.split()[0] not in self._not_name_words and not self.has_cue({w.lower() for w in name.split()}) \
                        and name not in self.kb.vendor_by_alias and not self._names_a_benchmark(name):
                    words.append(name)
                more = _AND_NAME.match(text, m.end())
                if more is None:
                    break
                at = more.end()
        if not words:
            return []
        found = []
        for m in _occurrences(text, set(words)):
            variant = self._variant_words.match(text, m.end())  # 'Kestrel Ultra': the model's variant, named whole
            end = variant.end() if variant is not None else m.end()
            found.append(Mention(m.start(), end, "MODEL", "weak", self.describe_any(text[m.start():end])))
        return found

    def _confirmed_weak(self, text: str, mentions: list[Mention]) -> list[Mention]:
        models = [m for m in mentions if m.label == "MODEL"]
        names = {text[m.start:m.end]: m for m in models}
        strict = self._strict  # 'Falcon 9' is the family pattern's to judge
        first_words = ({re.split(r"[\s\-\u2011]", n, maxsplit=1)[0] for n in names} | set(self.kb.family_by_name)) - strict
        starts, ends = sorted(m.start for m in models), sorted(m.end for m in models)
        confirmed = []
        weak = self._weak_names(text)
        vouched = {m.span() for m in self.vouched_weak_names(text, mentions)}
        cued = [m for m in weak if m.span() in vouched  # 'Acme 4 topped the list', 'beat Acme 4'
                or (m.group().split()[0] not in strict and self._cued(text, m))]
        first_words |= {m.group().split()[0] for m in cued}
        cued_names = list(dict.fromkeys(c.group() for c in cued))  # distinct: a name repeated is one name
        cued_set = set(cued)
        longer_of: dict[str, object] = {}
        sized = {m.group() for m in weak if _SIZE_AFTER.match(text, m.end())}  # a name with its own size is whole
        beside = []  # names only a list confirms: 'X and Acme 4', 'X 57.1, Acme 4 52.4, Acme 5 50.1'
        for m in weak:
            name = m.group()
            if name in sized and name.split()[0] not in strict:
                confirmed.append(Mention(m.start(), m.end(), "MODEL", "weak", self.describe_any(name)))
                continue
            if name not in longer_of:
                longer_of[name] = _shortens(name, names) or _short_form_of(name, names, cued_names)
            longer = longer_of[name]
            if longer is not None:
                full = longer if isinstance(longer, str) else text[longer.start:longer.end]
                attrs = self.describe_any(full) if isinstance(longer, str) else longer.attrs
                confirmed.append(Mention(m.start(), m.end(), "MODEL", "weak", dict(attrs, refers_to=full)))
            elif m in cued_set or name.split()[0] in first_words:
                confirmed.append(Mention(m.start(), m.end(), "MODEL", "weak", self.describe_any(name)))
            else:
                beside.append(m)
        while beside:  # a list confirms its names one after another, from the one a list or cue knows
            known_starts = sorted(starts + [c.start for c in confirmed])  # the models and the names confirmed so far
            known_ends = sorted(ends + [c.end for c in confirmed])
            joined = [m for m in beside if _listed_beside(text, m.start(), m.end(), known_starts, known_ends)]
            if not joined:
                break
            confirmed += [Mention(m.start(), m.end(), "MODEL", "weak", self.describe_any(m.group())) for m in joined]
            beside = [m for m in beside if m not in joined]
        return confirmed

    def _without_family_word(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'3.5 Sonnet' where the article names 'Claude 3.5 Sonnet', 'R1' where it names 'DeepSeek R1': a
        name's version and variant words, or its letter-and-digit id, without its family word stand for
        it, when they shorten one name only."""
        longer_of: dict[str, dict[str, Mention]] = {}  # tail -> the names it ends, by their text
        for m in mentions:
            if m.label != "MODEL":
                continue
            for tail_of in (_VERSION_VARIANT_TAIL, _LETTER_ID_TAIL):
                m_tail = tail_of.match(text, m.start, m.end)
                if m_tail is not None and m_tail.end() == m.end:
                    longer_of.setdefault(m_tail.group(1), {}).setdefault(text[m.start:m.end], m)
        tails = {tail: next(iter(names.values())) for tail, names in longer_of.items() if len(names) == 1}
        if not tails:
            return []
        found = []
        for m in _occurrences(text, set(tails)):
            longer = tails[m.group()]  # inside a longer name too: the longest mention wins
            found.append(Mention(m.start(), m.end(), "MODEL", "weak",
                                 dict(longer.attrs, refers_to=text[longer.start:longer.end])))
        return found

    def _with_coordinated_sizes(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` and the names of coordinated sizes: 'Vega 2 70B and 405B', 'Vega 7B, 13B and 70B': a
        bare size after a sized name is that name in the other size; 'Vega-1.5B/7B-Chat': every slashed
        size, the first too, ends in the suffix after the last."""
        found, mentions = [], list(mentions)
        for k, m in enumerate(mentions):
            if m.label != "MODEL":
                continue
            name = text[m.start:m.end]
            size = _SIZE_END.search(name)
            if size is None:
                continue
            slashed = _SLASHED_SIZES.match(text, m.end)
            if slashed is not None:
                mentions[k] = _with_suffix(m, name, slashed.group(2))
                found += self._slashed_sizes(m, name, size, slashed)
                continue
            at = m.end
            while True:
                nxt = _NEXT_SIZE.match(text, at)
                if nxt is None:
                    break
                found.append(Mention(nxt.start(1), nxt.end(1), "MODEL", "weak", _in_size(m, name, size, nxt.group(1))))
                at = nxt.end(1)
        return mentions + found

    @staticmethod
    def _slashed_sizes(m: Mention, name: str, size: re.Match, slashed: re.Match) -> list[Mention]:
        """The other sizes of 'Vega-1.5B/7B/72B-Chat' after the first, each that name in its size, the last
        holding the suffix."""
        found, suffix = [], slashed.group(2)
        for other in _SIZE_WORD.finditer(slashed.group(1)):
            start = slashed.start(1) + other.start()
            end = slashed.end() if other.end() == len(slashed.group(1)) else start + len(other.group())
            found.append(Mention(start, end, "MODEL", "weak", _in_size(m, name, size, other.group() + suffix)))
        return found

    def _sized_variants(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'its 8x22B variant', 'the 70B version of Vega-2': a size the article names no model in, said of the
        sized variant of the unsized model named just before (or after 'of'): that model in that size."""
        found, last_base = [], None
        for m in itertools.islice(_SIZED_VARIANT.finditer(text), _SIZED_VARIANTS_READ):
            size = m.group("size")
            stop = text.find(". ", m.end())
            if any(_has_size(text[o.start:o.end], size) for o in mentions if o.label == "MODEL"
                   and (o.end <= m.start() or o.start > stop >= 0)):
                continue  # a model of that size is named (not the rivals later in its sentence): the prose finds it
            if m.group("of"):
                base = next((o for o in mentions if o.label == "MODEL" and o.start == m.end()), None)
            else:  # the one a sized variant was last said of, else the paragraph's first model without a size
                opening = max(text.rfind("\n\n", 0, m.start()), m.start() - 600)
                before = [o for o in mentions if o.label == "MODEL" and opening <= o.start and o.end <= m.start()
                          and not _SIZE_IN_NAME.search(text[o.start:o.end])]
                base = next((o for o in before if last_base is not None and text[o.start:o.end] == last_base),
                            before[0] if before else None)
            if base is None or _SIZE_IN_NAME.search(text[base.start:base.end]):
                continue
            last_base = text[base.start:base.end]
            name = f"{last_base} {size}"
            canonical = base.attrs.get("canonical")
            attrs = dict(base.attrs, refers_to=name, canonical=f"{canonical}-{size.lower()}" if canonical else None)
            end = base.end if m.group("of") else m.end("size")  # 'the 70B version of Vega-2' is one name
            found.append(Mention(m.start("size"), end, "MODEL", "weak", attrs))
        return found

    def _weak_names(self, text: str) -> list[re.Match]:
        """Every weak name of the text; past a first word that names nothing ('The Acme 4 model': 'Acme 4')."""
        names = (self._past_first_word(text, m) for m in self.grammar.weak.finditer(text))
        return [m for m in names if self._may_be_weak_name(m.group())]

    def _past_first_word(self, text: str, m: re.Match) -> re.Match:
        """The weak name after a first word that names nothing ('The Acme 4': 'Acme 4'), else ``m``."""
        if " " in (m.group("family") or "") and not self._may_be_weak_name(m.group()):
            return self.grammar.weak.match(text, m.start() + m.group().index(" ") + 1) or m
        return m

    def cued_weak_names(self, text: str, start: int, end: int) -> list[re.Match]:
        """Weak names in ``text[start:end]`` a rank or relation cue right after or right before confirms
        ('Acme 4 ranked first', 'toppled the leader Acme 2.0 Flash')."""
        return [m for m in self.grammar.weak.finditer(text, start, end)
                if self._weak_candidate(m.group()) and self._cued(text, m)]

    def vouched_weak_names(self, text: str, mentions: list[Mention]) -> list[re.Match]:
        """Weak names their own words vouch for: a model noun right after ('the Acme 4 model'), a
        maker right before ('Zenith Acme 4', "Zenith's Acme 4"), brackets after a value ('84.0% (Acme 4)'),
        a value in brackets after ('Acme 4 (Elo rating 1,176)'), or a score after, in a sentence that has
        named a benchmark before ('On MMLU, Acme 4 scored 71.2%')."""
        weak, found = self.grammar.weak, {}
        for value in _VALUE_THEN_BRACKET.finditer(text):
            m = weak.match(text, value.end())
            if m is not None and text.startswith(")", m.end()):
                found[m.start()] = m
        for value in _BRACKETED_VALUE.finditer(text):
            for m in weak.finditer(text, max(0, value.start() - 48), value.start()):
                if m.end() == value.start():
                    found[m.start()] = m
        for noun in _MODEL_NOUN_AFTER.finditer(text):  # the anchors first: a full scan for weak names is slow
            for m in weak.finditer(text, max(0, noun.start() - 48), noun.start()):
                if m.end() == noun.start():
                    m = self._past_first_word(text, m)  # 'The Acme 4 model'
                if m.end() == noun.start():
                    found[m.start()] = m
        benchmark_ends = sorted(m.end for m in mentions if m.label == "BENCHMARK")
        for score in _SCORED_HERE.finditer(text) if benchmark_ends else ():
            for m in weak.finditer(text, max(0, score.start() - 48), score.start()):
                if m.end() == score.start() and _benchmark_before(text, m.start(), benchmark_ends):
                    found[m.start()] = m
        for maker in mentions:
            if maker.label == "VENDOR":
                for glue in _VENDOR_GLUE:
                    m = weak.match(text, maker.end + len(glue)) if text.startswith(glue, maker.end) else None
                    if m is not None:
                        found[m.start()] = m
        return [m for _, m in sorted(found.items()) if self._weak_candidate(m.group())]

    def _may_be_weak_name(self, name: str) -> bool:
        """'Acme Bot 4.0' may name a model; 'Table 2', 'Acme Proprietary 2', 'AlpacaEval 2' and
        'Outperforms Llama 2' (a cue word first) never do."""
        words = name.split()
        first = words[0]
        before_version = list(itertools.takewhile(lambda w: not any(c.isdigit() for c in w), words))
        while len(before_version) == len(words) > 1 and before_version[-1] in self._bare_variants:
            before_version.pop()  # 'Zorbu Pro': the name's own variant word, no word of another kind
        if any(w.lower() in _BOARD_NAME_NOUNS for w in before_version):
            return False  # 'Vega Leaderboard v2': a board with its version
        return not any(w in self._not_name_words for w in before_version) and not self.has_cue({first.lower()}) \
            and not self._names_a_benchmark(name) and not _SUITE_ENDED_NAME.fullmatch(first)  # 'VeraDocBench v1.5'

    def is_weak_name(self, text: str) -> bool:
        """True when ``text`` is one whole weak name ('Acme 2.5 Pro', 'Vega K2'): a model only where its
        place says so (a table's model axis)."""
        m = self.grammar.weak.fullmatch(text.strip())
        return m is not None and self._weak_candidate(m.group()) and m.group().split()[0] not in self.kb.vendor_by_alias

    def _weak_candidate(self, name: str) -> bool:
        """A weak name a cue or its place may confirm: not a listed strict family's ('Falcon 9' is the family
        pattern's to judge)."""
        return self._may_be_weak_name(name) and name.split()[0] not in self._strict

    def _cued(self, text: str, m: re.Match) -> bool:
        if _SUITE_NEXT.match(text, m.end()):
            return False  # 'leads the Vera v2 leaderboard': a board's name and edition, no model
        if self._no_version_apart(m.group()):  # 'Zorbu3', 'Zorbu Pro': a model's by what it does, not what is near
            return self._cue_after(text, m.end()) or self._scored_on(text, m.start(), m.end())
        return self._cue_after(text, m.end()) or self._cue_before(text, m.start()) or self._scored_on(text, m.start(), m.end())

    def _no_version_apart(self, name: str) -> bool:
        """'Zorbu3', 'Zorbu Pro': a weak name with no version written apart from its word."""
        words = name.split()
        return _GLUED_VERSION.match(name) is not None or (len(words) >= 2 and words[1] in self._bare_variants
                                                         and not any(ch.isdigit() for ch in name))

    def _scored_on(self, text: str, start: int, end: int) -> bool:
        """True when a score on a listed benchmark follows a name ('... scored 70 points on MMLU'), or a
        score alone follows a name that opens a line labelled by one ('- Reasoning (GPQA): X scores 84.6%')."""
        if _SCORED_AT_END.match(text, end):
            line = _BENCHMARK_LABEL.match(text, text.rfind("\n", 0, start) + 1)
            if line is not None and line.end() == start and any(
                    self.resolver.listed(w.group()) for w in _LABEL_WORDS.finditer(line.group("label"))):
                return True
        score = _SCORED_ON.match(text, end)
        board = _BOARD_WORDS.match(text, score.end()) if score is not None else None
        words = board.group() if board is not None else ""
        return any(self.resolver.listed(words[:k].rstrip(".")) for k in _word_ends(words))

    def _host_thing(self, text: str, end: int) -> bool:
        """True when the word after a board's host names the host's own things ('downloads', 'CEO')."""
        after = _WORD_AFTER.match(text, end)
        return after is not None and after.group(1).lower() in self._host_thing_words

    def _names_a_benchmark(self, name: str) -> bool:
        """'BFCL v3', 'AlpacaEval 2': a listed benchmark's edition is no model."""
        return self.resolver.listed(name.split()[0]) is not None or self.resolver.resolve(name, unlisted=False) is not None

    def _cue_before(self, text: str, start: int) -> bool:
        """True when a rank or relation cue stands in the few words before a name ('... toppled the leader X')."""
        words = _WORDS_BEFORE.search(text, max(0, start - 60), start)
        return words is not None and self.has_cue({w.lower().strip(".,") for w in words.group().split()})

    def _cue_after(self, text: str, end: int) -> bool:
        """True when a rank or relation cue follows a name ('... ranked first', '... also leads the list')."""
        words = _WORDS_AFTER.match(text, end)
        return words is not None and self.has_cue({w.lower().strip(".,") for w in words.group().split()})

    # -- spaCy -------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.get(TEXT_KEY) or doc.text  # doc.text is rebuilt from the tokens on each access
        doc.user_data["extractor_has_pipes"] = "|" in text
        mentions = doc.user_data.pop(MENTIONS_KEY, None)
        mentions = self.find_mentions(text) if mentions is None else self.complete(text, mentions)
        mentions = self.article_mentions(text, mentions, table_names(doc))
        _align_tokens(doc, mentions)
        spans = []
        starts = doc.to_array(IDX).tolist() if mentions else []
        for mention in mentions:
            k = bisect_left(starts, mention.start)
            if k == len(starts) or starts[k] != mention.start or doc[k].idx + len(doc[k]) != mention.end:
                raise ComponentError(Errors.E021.format(mention=text[mention.start:mention.end], start=mention.start,
                                                        end=mention.end))  # never drop one silently
            span = Span(doc, k, k + 1, label=mention.label)
            for key, value in mention.attrs.items():
                setattr(span._, key, value)
            span._.source = mention.source
            spans.append(span)
        doc.ents = spans
        doc.spans[ENTITY_KEY] = spans
        return doc


def _benchmark_before(text: str, start: int, benchmark_ends: list[int]) -> bool:
    """True when the sentence of ``start`` names a benchmark before it."""
    k = bisect_left(benchmark_ends, start + 1) - 1
    return k >= 0 and _SENTENCE_BREAK.search(text, benchmark_ends[k], start) is None


def _plain_model(name: str) -> dict:
    return {"canonical": canonical_name(name), "family": None, "vendor": None, "is_family": False}


def _inside_link_target(text: str, pos: int) -> bool:
    """True inside the '(...)' address of a Markdown link or a bare URL: 'https://x.ai/blog/grok-2'."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[max(line_start, pos - 200):pos]
    opened = before.rfind("](")
    if opened >= 0 and ")" not in before[opened:]:
        return True
    word_start = max(before.rfind(" "), before.rfind("("), before.rfind("\n"))
    return "://" in before[word_start + 1:] or before[word_start + 1:].startswith("www.")


def about_models(text: str, mentions: list[Mention]) -> bool:
    """True when the article is about AI models: a listed model or benchmark, or an AI word."""
    if any(m.source in ("named", "owner", "model", "unknown") and m.label == "MODEL" for m in mentions):
        return True
    if any(m.label == "BENCHMARK" and m.source in ("benchmark", "link") for m in mentions):
        return True
    if any(m.label == "MODEL" and _SIZED.search(text, m.start, m.end) for m in mentions):
        return True  # a parameter size ('-14B') is a model's
    low = text.lower()
    return any(hint in low for hint in _AI_HINTS) and _AI_WORDS.search(text) is not None  # plain finds first: fast


def _short_form_of(name: str, names: dict[str, Mention], more: list[str]) -> Optional[str]:
    """The one longer name 'Name 4' shortens: same first word, same major version ('Name Bot 4.0').
    A longer name that only adds words after the whole name ('Name 4 Turbo') is another model."""
    first, version = name.split()[0], name.split()[-1].split(".")[0]
    longer = {n for n in [*names, *more] if n != name and n.split()[0] == first and len(n.split()) > len(name.split())
              and not n.startswith(name + " ")
              and re.search(rf"(?<![\d.]){re.escape(version)}(?:\.\d+)?(?![\d.])", n)}
    return longer.pop() if len(longer) == 1 else None


def _maker_name(suffixes, more_words: int) -> str:
    """The shape of a maker nobody listed: a capitalised word, up to ``more_words`` more, a company word."""
    words = "|".join(re.escape(w) for w in suffixes)
    return rf"[A-Z][A-Za-z0-9]{{1,20}}(?: [A-Z][A-Za-z0-9]{{1,20}}){{0,{more_words}}} (?:{words})"


def _versioned_vendor(suffixes) -> Optional[re.Pattern]:
    """'Rakuten AI 3.0': a maker's name by its shape (group 1) with a dotted version after it."""
    if not suffixes:
        return None
    return re.compile(rf"(?<![\w\-/])({_maker_name(suffixes, 1)}) v?\d{{1,2}}\.\d{{1,2}}(?![\w.\-%])")


def _vendor_shape(suffixes) -> Optional[re.Pattern]:
    """"Zenith AI's", "Kestrel Labs'": a capitalised name and a company word before a possessive is a vendor
    nobody listed."""
    if not suffixes:
        return None
    name = _maker_name(suffixes, 2)
    launch = r"(?:[Aa]nnounc|[Ll]aunch|[Rr]eleas|[Uu]nveil|[Ii]ntroduc|[Oo]pen-sourc|[Dd]ebut)(?:e[ds]?|es|ing|s)?\b"
    after_maker = "|".join(f"(?<=\\b{w} {mark})" for w in ("by", "from") for mark in ("", "\\[", "\\*\\*"))
    return re.compile(rf"(?<![\w\-/])(?=[A-Z])(?:{name}(?=['\u2019]s\b|,? (?:today |has |have )?{launch})"  # "Zenith AI's", 'Zenith AI launches'
                      rf"|(?:{after_maker}){name}(?![\w\-]))")  # 'a model from Zenith AI', 'by [Zenith AI](...)'


def _shortens(name: str, names: dict[str, Mention]) -> Optional[Mention]:
    """The one longer model name that ``name`` ends ('Large 2' of 'Mistral Large 2')."""
    longer = [m for full, m in names.items() if full != name and full.endswith(" " + name)]
    return longer[0] if len(longer) == 1 else None


def _listed_beside(text: str, start: int, end: int, starts: list[int], ends: list[int]) -> bool:
    """True when a model name stands right before or after, joined by a comma, 'and' or 'or', or by a
    value and a comma ('X 57.1, Y') (``starts`` and ``ends``: the model mentions' offsets, sorted)."""
    k = bisect_left(starts, end)
    if k < len(starts) and _joined_in_list(text, end, starts[k]):
        return True
    k = bisect_right(ends, start) - 1
    return k >= 0 and _joined_in_list(text, ends[k], start)


def _joined_in_list(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` joins two names of a list: 'X and Y', 'X, Y', or 'X 57.1, Y' (each with its value)."""
    return (b - a <= 7 and _LIST_GLUE.match(text, a, b) is not None) or \
        (b - a <= 48 and _VALUE_GLUE.match(text, a, b) is not None)


def _joined_or_sized(name: str, family_word: str) -> bool:
    """A common-word family ('Step', 'Falcon') names a model only as 'Step-2' or 'Falcon 180B'."""
    rest = name[len(family_word):]
    return rest[:1] in ("-", "\u2011", "_") or rest[:1].isdigit() or bool(_SIZE_RE.search(rest))


def _after_a_value(text: str, on: int) -> bool:
    """True when a score, a rank or a rank word stands in the three words before 'on' ('scored 92.0% on'), or
    in the five before it with a scope between ('ranks #1 among open models on')."""
    words = [w.strip("*_`") for w in text[max(0, on - 60):on].split()]  # '**98.6 on X**': the figure in bold
    if any(_VALUE_WORD.match(w) for w in words[-3:]):
        return True
    near = words[-5:]
    return "among" in near and any(_VALUE_WORD.match(w) for w in near[:near.index("among")])


# 'Kestrel Swift by Acme' alone on a line (a heading, a list item): a model's name and its maker
_MADE_BY_LINE = re.compile(r"(?m)^[ \t]*(?:[-*+\u2022]\s+|\d{1,2}[.)]\s+|#{1,6}\s+)?(?:\*\*)?"
                           r"(?P<name>[A-Z][A-Za-z0-9.+\-]*(?: [A-Z0-9][A-Za-z0-9.+\-]*){0,3})(?:\*\*)? by "
                           r"(?P<maker>[A-Z][A-Za-z0-9.]*(?: [A-Z][A-Za-z0-9.]*){0,2})[ \t]*$")
_PLAIN_WORD = re.compile(r"^[A-Z][a-z]+$")  # a word written as any other, capitalised ('Visual Tests' in a headline)


def _title_line(text: str, pos: int) -> bool:
    """True when the line holding ``pos`` is a title: short, no full stop, its longer words capitalised
    ('A Third Seat in the US-China AI Club': 'Third' is a title's capital, no rank word)."""
    start = text.rfind("\n", max(0, pos - 130), pos) + 1
    end = text.find("\n", pos, pos + 130)
    if start == 0 and pos > 130 or end < 0 and len(text) - pos > 130:
        return False  # a line longer than any title (looked at within a bounded window only)
    line = text[start:end if end >= 0 else len(text)].strip()
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return 0 < len(line) <= 120 and not line.endswith(".") and len(words) >= 2 and all(w[0].isupper() for w in words)


def _opens_a_sentence(text: str, on: int) -> bool:
    """True for the 'On' that opens a sentence or a clause ('On KOR-Bench, ...')."""
    before = text[max(0, on - 3):on].rstrip(" \t")
    return not before or before[-1] in "\n.:;,"


def _recurring(text: str, found: list[Mention]) -> list[Mention]:
    """Names found by where they stand ("Acme's R2") with every other place the article writes them ('R2
    scored 61'): one name is one model throughout."""
    if not found:
        return found
    attrs = {text[m.start:m.end]: m.attrs for m in found}
    return found + _elsewhere(text, attrs, {f.start for f in found}, "MODEL", "shape")


def _introduced_recurring(text: str, found: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """'a new benchmark called DeepVera' ... 'the DeepVera team': a board the article introduces by name is
    that board wherever the article writes the name (where no other mention stands)."""
    called = {text[m.start:m.end]: m.attrs for m in found if m.label == "BENCHMARK" and m.source == "called"}
    if not called:
        return []
    taken = {m.start for m in found} | {m.start for m in mentions}
    return _elsewhere(text, called, taken, "BENCHMARK", "unknown")


def _elsewhere(text: str, attrs_of: dict[str, dict], taken: set[int], label: str, source: str) -> list[Mention]:
    """Every other place the article writes the names of ``attrs_of`` (where no mention in ``taken`` starts)."""
    return [Mention(m.start(), m.end(), label, source, dict(attrs_of[m.group()]))
            for m in _occurrences(text, set(attrs_of)) if m.start() not in taken]


def _occurrences(text: str, words: set[str]) -> Iterable[re.Match]:
    """Every place ``text`` holds one of ``words`` as a whole name (the longest where they overlap)."""
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.finditer(rf"(?<![\w\-/.])(?:{alternation})(?![\w\-\u2011/]|\.\w)", text)


_ACRONYM_AFTER = re.compile(r"\]?\s?\(([A-Z][A-Za-z0-9\-]{1,11})\)")


def _without_glossed(text: str, mentions: list[Mention]) -> list[Mention]:
    """'VeraQA-Redux (a cleaned-up version of VeraQA)': a benchmark named in the words that describe
    another is no benchmark a score is on; a bracket with figures in it is no such description."""
    glosses = []
    for m in mentions:
        if m.label == "BENCHMARK":
            gloss = _GLOSS.match(text, m.end)
            if gloss is not None and len(gloss.group(1).split()) >= 3 and not _FIGURE.search(gloss.group(1)):
                glosses.append(gloss.span(1))
    if not glosses:
        return mentions
    return [m for m in mentions if m.label != "BENCHMARK" or not any(a <= m.start < b for a, b in glosses)]


def _by_acronym(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Vera Function Calling Leaderboard (VFCL)': a benchmark the article names with its acronym takes
    the acronym's id, so it is one benchmark however an article names it."""
    ids = {}
    starts = {m.start: m for m in mentions}
    for m in mentions:
        if m.label != "BENCHMARK":
            continue
        acronym = _ACRONYM_AFTER.match(text, m.end)
        if acronym is None or not _abbreviates(acronym.group(1), text[m.start:m.end]):
            continue
        named = starts.get(acronym.start(1))
        if named is not None and named.label == "BENCHMARK":
            ids[m.attrs.get("canonical")] = named.attrs.get("canonical")
        elif _unlisted_benchmark(m):
            ids[m.attrs.get("canonical")] = slug(acronym.group(1))
    for m in mentions if ids else ():
        if m.label == "BENCHMARK" and m.attrs.get("canonical") in ids:
            m.attrs = {**m.attrs, "canonical": ids[m.attrs["canonical"]]}
    return mentions


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether the capitals of ``acronym`` are the initials of ``name``'s words, in order, from the first,
    or the name's capitals are the acronym's with at most one letter more ('US Math Olympiad', USAMO)."""
    initials = [w[0].upper() for w in re.split(r"[\s\-]+", name) if w[:1].isalnum()]
    letters = [ch for ch in acronym if ch.isupper()]
    if len(letters) < 2 or len(initials) < 2 or letters[0] != initials[0]:
        return False
    if _in_order(letters, initials):
        return True
    capitals = [ch for ch in name if ch.isupper()]
    return len(letters) <= len(capitals) + 1 and len(capitals) >= 3 and _in_order(capitals, letters)


def _in_order(letters: list[str], within: list[str]) -> bool:
    """Whether ``letters`` appear in ``within`` in order."""
    k = 0
    for ch in letters:
        while k < len(within) and within[k] != ch:
            k += 1
        if k == len(within):
            return False
        k += 1
    return True


def _unnamed_board(m: Mention) -> bool:
    """A benchmark mention no list names: by its place, its label or its introduction."""
    return m.label == "BENCHMARK" and m.source in ("unknown", "called", "label")


def _unlisted_benchmark(m: Mention) -> bool:
    return m.label == "BENCHMARK" and m.source in ("unknown", "called")


def _unlisted_inside_listed(mentions: list[Mention], variant: Optional[Callable[[Mention], bool]] = None
                            ) -> list[Mention]:
    """Drop an unlisted benchmark name that swallows a listed name ('Tops SWE-bench Coding' in a
    title-case headline): the listed name is the one the text means, unless ``variant`` says the
    words around it make another benchmark."""
    listed = sorted((m.start, m.end) for m in mentions if m.source in _LISTED and not _unlisted_benchmark(m))
    kept = []
    for m in mentions:
        if _unlisted_benchmark(m) and not (variant is not None and variant(m)):
            k = bisect_left(listed, (m.start, -1))
            if any(a < m.end and m.start < b for a, b in listed[max(0, k - 1):k + 3]):
                continue
        kept.append(m)
    return kept


_CAMEL_CASE = re.compile(r"[a-z][A-Z]")
_BOARD_VERSION = re.compile(r" v\d{1,2}(?:\.\d{1,2})?(?![\w.])")  # 'Leaderboard v2'
_BOARD_NAME_END = re.compile(r" (?:Leaderboard|Benchmark)(?: v\d{1,2}(?:\.\d{1,2})?)?$")
_BOARD_NAME_NOUNS = frozenset({"leaderboard", "benchmark", "arena", "exam", "test", "eval", "evaluation", "index", "ranking",
                               "rankings", "challenge"})
_SIZE_OR_VERSION = re.compile(r"[-\s](?:\d+(?:\.\d+)?[BbMmKk]\b|[vV]?\d)")  # '-13B', ' 2', '-v1': a member's mark
_BARE_ARENA = re.compile(r"Arena(?:[ -][Ll]eaderboard)?")  # the Chatbot Arena's bare names, which a word before may own


def _bare_arenas_as_the_named_one(text: str, mentions: list[Mention]) -> list[Mention]:
    """'the Arena' in an article about the Vega Arena, which names the Chatbot Arena by no other name: that
    arena, the one the article named."""
    named = {m.attrs["canonical"] for m in mentions if m.label == "BENCHMARK" and m.source == "called"
             and m.attrs.get("canonical", "").endswith("-arena")}
    bare = [m for m in mentions if m.label == "BENCHMARK" and m.source != "called"
            and _BARE_ARENA.fullmatch(text, m.start, m.end)]
    others = [m for m in mentions if m.label == "BENCHMARK" and m.source != "called" and m not in bare]
    if len(named) != 1 or not bare or any(m.attrs.get("canonical") == "chatbot-arena" for m in others):
        return mentions  # ('On the Chatbot Arena ... the Arena': the Chatbot Arena's)
    arena = named.pop()
    return [Mention(m.start, m.end, m.label, "called", {"canonical": arena}) if m in bare else m for m in mentions]


_FAMILY_WORD = re.compile(r"[A-Z][a-z]{3,20}")


def _respelled_models(text: str, mentions: list[Mention]) -> list[Mention]:
    """'K2 Think' in an article that also writes 'K2-Think': a model's hyphenated name written with spaces is
    the same model wherever it stands (the overlap pass keeps the longer or listed mention)."""
    found: list[Mention] = []
    hyphened = {text[m.start:m.end]: m for m in mentions if m.label == "MODEL" and "-" in text[m.start:m.end]}
    for name, m in hyphened.items():
        spaced = name.replace("-", " ")
        if not any(ch.isdigit() for ch in name):
            continue
        at = text.find(spaced)
        while at >= 0:
            end = at + len(spaced)
            if (at == 0 or not text[at - 1].isalnum()) \
                    and (end == len(text) or not (text[end].isalnum() or text[end] == "-")):
                found.append(Mention(at, end, "MODEL", m.source, dict(m.attrs)))
            at = text.find(spaced, end)
    return found


def _product_ids_joined(text: str, mentions: list[Mention]) -> list[Mention]:
    """'ChatGPT o3': a listed product's name (no version of its own) right before a lower-case id of a model
    by the same maker names that model in the product, one name."""
    joined, k = [], 0
    while k < len(mentions):
        a = mentions[k]
        b = mentions[k + 1] if k + 1 < len(mentions) else None
        if b is not None and a.label == b.label == "MODEL" and a.source == "named" and b.start == a.end + 1 \
                and text[a.end] == " " and text[b.start].islower() and a.attrs.get("vendor") \
                and a.attrs.get("vendor") == b.attrs.get("vendor") \
                and not any(ch.isdigit() for ch in text[a.start:a.end]):
            attrs = {**b.attrs, "canonical": canonical_name(text[a.start:b.end])}
            joined.append(Mention(a.start, b.end, "MODEL", a.source, attrs))
            k += 2
            continue
        joined.append(a)
        k += 1
    return joined


def _in_size(m: Mention, name: str, size: re.Match, other: str) -> dict:
    """The attributes of ``m``'s name with its ``size`` ending replaced by ``other`` ('Vega 2 70B' -> '405B')."""
    attrs = dict(m.attrs, refers_to=name[:size.start(1)] + other)
    canonical = m.attrs.get("canonical")
    if canonical and canonical.endswith(size.group(1).lower()):
        attrs["canonical"] = canonical[:-len(size.group(1))] + other.lower()
    return attrs


def _with_suffix(m: Mention, name: str, suffix: str) -> Mention:
    """``m`` standing for its name with ``suffix`` ('Vega-1.5B' of 'Vega-1.5B/7B-Chat' is 'Vega-1.5B-Chat')."""
    canonical = m.attrs.get("canonical")
    return Mention(m.start, m.end, m.label, m.source, dict(
        m.attrs, refers_to=name + suffix, canonical=(canonical + suffix.lower()) if canonical else None))


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Greedy: longest mention first (source priority breaks ties), then text order."""
    ordered = sorted(mentions, key=lambda m: (-m.length, _PRIORITY[m.source], m.start))
    taken: list[Mention] = []
    occupied = bytearray()
    for m in ordered:
        if len(occupied) < m.end:
            occupied.extend(b"\0" * (m.end - len(occupied)))
        if any(occupied[m.start:m.end]):
            continue
        occupied[m.start:m.end] = b"\1" * m.length
        taken.append(m)
    return sorted(taken, key=lambda m: m.start)


def _align_tokens(doc: Doc, mentions: list[Mention]) -> None:
    """Split tokens at mention edges, then merge each mention into one token."""
    if not mentions:
        return
    starts = doc.to_array(IDX).tolist()
    lengths = doc.to_array(LENGTH).tolist()
    inner_cuts: dict[int, list[int]] = {}  # token index -> cut offsets inside it
    for cut in sorted({pos for m in mentions for pos in (m.start, m.end)}):
        k = bisect_right(starts, cut) - 1
        if k >= 0 and starts[k] < cut < starts[k] + lengths[k]:
            inner_cuts.setdefault(k, []).append(cut - starts[k])
    if inner_cuts:
        with doc.retokenize() as retok:
            for k, inner in inner_cuts.items():
                tok = doc[k]
                bounds = [0, *inner, len(tok.text)]
                retok.split(tok, [tok.text[a:b] for a, b in zip(bounds, bounds[1:])], heads=[(tok, 0)] * len(inner + [0]))
    if inner_cuts:
        starts = doc.to_array(IDX).tolist()
    with doc.retokenize() as retok:
        for m in mentions:
            first, last = bisect_left(starts, m.start), bisect_left(starts, m.end) - 1
            if last > first:  # tokens first..last hold exactly the mention, now that edges are cut
                retok.merge(doc[first:last + 1])


def recognizer_for(knowledge_dir: Optional[str] = None) -> EntityRecognizer:
    """The recognizer of the bundled knowledge overlaid by ``knowledge_dir`` (see ``recognizer_of``)."""
    return recognizer_of(knowledge_registry(knowledge_dir))


def recognizer_of(registry: KnowledgeRegistry) -> EntityRecognizer:
    """One recognizer per knowledge registry: compiled once, shared by the components and the gate."""
    return registry.derive(_new_recognizer)


def _new_recognizer(registry: KnowledgeRegistry) -> EntityRecognizer:
    return EntityRecognizer(registry.knowledge, registry.vocabulary.has_cue)
