"""The model-name grammar: regular expressions built from the knowledge data.

A model name is a family word, then an optional version, then sizes, variants,
context lengths and date tags ("Qwen2.5-72B-Instruct", "Claude Opus 4.6
Thinking", "GPT-4o mini", "Mixtral 8x22B"). Names of families nobody listed are
caught by their shape: a capitalised word with a version and a parameter size
("Zephyr-7B-beta") or an owner id ("abacusai/Smaug-72B-v0.1"). Every quantifier
is bounded and no group nests an unbounded repeat, so matching stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Mapping, Optional

import ahocorasick_rs

from ..knowledge import Knowledge


def alternation(words) -> str:
    """A trie-shaped pattern for a word list: Python's re tries alternatives one by one, so
    sharing prefixes makes a long alias list fast. Longer words win over their prefixes."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _char(ch: str) -> str:
    return {" ": " ", "-": "[-\u2011]"}.get(ch, re.escape(ch))


class NameScanner:
    """Where the listed names of each kind start in a text: one Aho-Corasick pass for every list.

    Each name pattern below starts with an ``alternation`` of such a list, so it can
    only match where a listed word starts; trying it there alone (``matches_at``)
    finds what its ``finditer`` would, without running the regex at every position.
    """

    def __init__(self, lists: Mapping[str, Iterable[str]]):
        self._lists = {kind: tuple(words) for kind, words in lists.items()}
        members = {kind: {_plain_hyphens(w) for w in words} for kind, words in self._lists.items()}
        self.words = sorted(set().union(*members.values()))
        self._kinds = [tuple(kind for kind, ws in members.items() if w in ws) for w in self.words]
        self._kind_names = tuple(members)
        self._automaton = ahocorasick_rs.AhoCorasick(self.words, matchkind=ahocorasick_rs.MatchKind.Standard)

    def __reduce__(self):
        return NameScanner, (self._lists,)  # the automaton cannot be pickled: it is built again

    def starts(self, text: str) -> dict[str, list[int]]:
        """Kind -> sorted start offsets of every occurrence (overlapping ones too) of its words."""
        found: dict[str, set[int]] = {kind: set() for kind in self._kind_names}
        for index, start, _ in self._automaton.find_matches_as_indexes(_plain_hyphens(text), overlapping=True):
            for kind in self._kinds[index]:
                found[kind].add(start)
        starts = {kind: sorted(offsets) for kind, offsets in found.items()}
        if "model" in starts and ("-" in text or "\u2011" in text):
            starts["model"] = prefixed_starts(text, starts["model"])  # 'Ko-Llama': the model pattern may start there
        return starts


def prefixed_starts(text: str, starts: list[int]) -> list[int]:
    """``starts`` with the start of a capitalised word hyphenated before each ('Ko-' of 'Ko-Llama'), where
    a name may start too (the model pattern tells whether the word is a name's first part)."""
    found = set(starts)
    for pos in starts:
        if pos < 2 or text[pos - 1] not in "-\u2011":
            continue
        k = pos - 1
        while k > 0 and pos - 1 - k < 10 and text[k - 1].isascii() and text[k - 1].isalpha():
            k -= 1
        if k < pos - 1 and text[k].isascii() and text[k].isupper():
            found.add(k)
    return sorted(found)


def _plain_hyphens(text: str) -> str:
    """The non-breaking hyphen as '-' (one character for one: offsets stay), as ``_char`` matches both."""
    return text.replace("\u2011", "-")


def matches_at(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """What ``pattern.finditer(text)`` yields, trying only ``starts`` (sorted): the first match
    at or after the end of the last one, as ``finditer`` takes it. Lookbehinds still see the
    text before each start."""
    end = 0
    for pos in starts:
        if pos < end:
            continue
        m = pattern.match(text, pos)
        if m is not None:
            yield m
            end = m.end()


def _trie_pattern(node: dict) -> str:
    ends = "" in node
    branches = [_char(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


# A name starts after a non-word character, or after a list number of one or two digits glued to it ('3DeepSeek
# V4', '01Vega-2'), never after a word's digits ('x3Vega')
_START = r"(?<![A-Za-z_.\-/\u2011])(?<![A-Za-z_\u00c0-\u024f.\-/]\d)(?<![A-Za-z0-9_\u00c0-\u024f.\-/]\d\d)(?<!\d\d\d)"
_END = r"(?![A-Za-z0-9_\u00c0-\u024f]|\.\d)"
_VERSION = r"(?:[vrkmA-Z]?\d{1,4}(?:\.\d{1,3}){0,2}(?:[a-z]|[VOR](?![A-Za-z]))?)"  # '4o', '4O', '4V', 'H1R'
_SHORT_VERSION = r"(?:[vVrRkKmM]?\d{1,2}(?:\.\d{1,3}){0,2}[a-z]?)"  # after a space: 'Large 2', never 'GPT-4 1231'
# After a family word and a space: 'Llama 3.1', 'Qwen 2.5', 'GPT 4'; never after a digit ('o1 92.1' is a score)
# and never a two-digit major with decimals ('Gemini 85.9').
_SPACE_VERSION = r"(?:[vVrRkKmM]?\d(?:\.\d{1,3}){0,2}[a-z]?|[vVrRkKmM]?\d{2}(?![.\d]))"
_RELEASE_NUMBER = r"0\d{2}"  # '001', '002': a release's number, padded with zeros as no figure is
_WORD_VERSION = r"(?:[vV]?\d(?:\.\d{1,2}){0,2}[a-z]?(?![-\u2011\u2013]\d)(?![ -](?:billion|million|trillion)\b)(?! ?%))"  # after a variant ('Pro 8%' is a value)
# word: 'Opus 4.6', never 'Sonnet 88.3', 'mini 3.5-0.5' or the size in 'small 7 billion'
_ACCENTED = "\u00e0-\u00f6\u00f8-\u00ff"  # lower-case Latin letters with accents, as in 'Tülu 3'
_SIZE = r"(?:\d{1,4}(?:\.\d{1,2})?[BbMT]|\d{1,2}[xX]\d{1,4}[Bb]|[Aa]\d{1,3}(?:\.\d)?[Bb]|\d{1,3}E)"  # 72B, 8x22B, A22B, 128E
_CONTEXT = r"(?:\d{1,4}[kK])"
_DATE = r"(?:\d{4}-\d{2}-\d{2}|\d{8}|\d{6}|\d{4})"
# A full date, or a month-day tag of January to September ('(0613)'): never a year, and never '(1204)', as
# likely an Arena rating in brackets as a December snapshot.
MONTH_DAY = r"0[1-9][0-3]\d"  # a month-day tag with its leading zero: 0613 (never a score)
# A year-month release tag ('Small 2506' of June 2025): never a rating, which would say Elo or points after it.
_YEAR_MONTH = r"2[3-9](?:0[1-9]|1[0-2])(?! (?:[Ee]lo|ELO|rating|points|pts)\b)"
_LATE_MONTH_DAY = r"1[0-2][0-3]\d"  # October to December: read as a tag only where the text says so
_DATED_RELEASE = r"(?:(?<=Exp)|(?<=exp)|(?<=Experimental)|(?<=Preview)|(?<=preview))"  # words a release date follows
_LABEL_MONTH_DAY = rf"{_LATE_MONTH_DAY}(?=: ?\d)"  # before a label's colon and value: 'o1 1217: 1351'
_SNAPSHOT_DATE = rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{8}}|\d{{6}}|{MONTH_DAY})"
YEAR = re.compile(r"^(?:19|20)\d\d$")
DATED_NOTE = re.compile(rf" \({_SNAPSHOT_DATE}\)")  # 'Claude 3.5 Sonnet (20241022)', 'ChatGPT-4o-latest (2025-01-29)'
_HY = r"[-\u2011]"
_SEP = r"[-\u2011_ ]"


# Every name of an unlisted family carries a size ('7B'): a digit, a unit, then no word character.
_SIZE_HINTS = [f"{digit}{unit}" for digit in "0123456789" for unit in "BbMT"]
# An id shaped like a model's ('vega-13b', 'Quill-3.5') joins a digit to a separator somewhere.
_JOINT_HINTS = [f"{sep}{digit}" for sep in "-_.\u2011" for digit in "0123456789"] + \
    [f"{digit}{sep}" for sep in "-_.\u2011" for digit in "0123456789"] + \
    [f"{sep}{letter}{digit}" for sep in "-_\u2011" for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
     for digit in "0123456789"]  # 'Nova-instant-v1', 'Name-R1
_WORD_CHAR = re.compile(r"[A-Za-z0-9_\u00c0-\u024f]")
_ID_CHAR = re.compile(r"[A-Za-z0-9+_.\-\u2011]")


@dataclass(frozen=True)
class NameGrammar:
    """Compiled patterns for MODEL, VENDOR and BENCHMARK mentions."""

    model: re.Pattern
    unknown_model: re.Pattern
    owner_id: re.Pattern
    vendor: re.Pattern
    benchmark: re.Pattern
    board_part: re.Pattern  # a listed board's own sub-board: 'SuperCLUE-VLM', 'OpenCompass-VL'
    joined_benchmark: re.Pattern  # a listed name with a capitalised part hyphenated on: 'VeraQA-Redux', 'VeraQA-500'
    named_model: re.Pattern
    id_shape: re.Pattern  # unlisted names by shape, tried where a separator meets a digit
    weak: re.Pattern  # 'Name 4': a model only where the article confirms it
    scanner: NameScanner  # start offsets of listed names, and of sizes for ``unknown_models``

    def id_shapes(self, text: str, joints: list[int]) -> list[re.Match]:
        """Ids shaped like model names, tried only at the start of the words holding a joint (a separator
        next to a digit, from the scanner): a full scan of the pattern costs more than tokenizing."""
        found: dict[int, re.Match] = {}
        for hint in joints:
            start = hint
            while start > 0 and hint - start < 40 and _ID_CHAR.match(text, start - 1):
                start -= 1
            if start in found or not text[start:start + 1].isalpha():
                continue
            m = self.id_shape.match(text, start)
            if m is not None and m.end() > hint:
                found[start] = m
        return [found[k] for k in sorted(found)]

    def unknown_models(self, text: str, size_starts: Optional[list[int]] = None) -> list[re.Match]:
        """Names of unlisted families, searched only around parameter sizes (``size_starts``, from
        the scanner): the full pattern is slow to scan, and most texts have no size at all."""
        if size_starts is None:
            size_starts = self.scanner.starts(text)["size"]
        found: dict[int, re.Match] = {}
        for hint in size_starts:
            if _WORD_CHAR.match(text, hint + 2):
                continue
            for m in self.unknown_model.finditer(text, max(hint - 40, 0), min(hint + 82, len(text))):
                if m.start() <= hint < m.end():
                    found.setdefault(m.start(), m)
        return [found[k] for k in sorted(found)]


_EFFORT = r"(?i:x?high|medium|low|minimal|max|non-?thinking|thinking|think|reasoning|new|auto|instant|deep)"  # 'o3-mini (high)'


def build_grammar(kb: Knowledge) -> NameGrammar:
    """Compile the patterns once per knowledge base."""
    family_names = [n for f in kb.families for n in f.names]
    families = alternation(family_names)
    # 'Large' in 'X Large Language Model' (a size word before it), 'X large model' or 'X Large Model' and
    # 'Reasoning' in 'X Reasoning Models' start the generic noun ('X Large model', 'X Opus language model' keep it)
    variants = [*kb.variants, *(v.upper() for v in kb.variants if v[:1].isupper() and len(v) >= 3)]  # 'X THINK'
    capital_variant = alternation([v for v in kb.variants if v[:1].isupper() and len(v) >= 3])
    bare_variant = alternation(kb.grammar.get("bare_variants", ()))
    glued_variant = alternation([v for v in kb.variants if v.isalpha() and v.islower() and len(v) >= 4])
    variant = (rf"(?:{alternation(variants)})\d{{0,2}}(?!(?<=[Ll]arge|[Ss]mall) [Ll]anguage [Mm]odel)"
               rf"(?!(?<=[Mm]ini|[Tt]iny) [Ll]anguage [Mm]odel)"
               rf"(?!(?<=[Rr]easoning) [Mm]odels?\b)"
               rf"(?!(?<=large) [Mm]odels?\b)(?!(?<=Large) Models?\b)")  # 'the Acme large model': the noun, no variant
    tag = alternation(kb.tags)
    not_parts = alternation(kb.grammar.get("not_name_parts", ()))
    # a lower-case word hyphenated onto an id written in lower case ('gpt-4o-mini-search-preview'), never an
    # English compound's second part ('gpt-4-based', '-powered', '-level') or a link word ('gpt-4-as-a-judge')
    not_id_parts = alternation([w.lower() for w in kb.grammar.get("not_name_parts", ())]
                               + list(kb.grammar.get("id_link_words", ())))
    id_part = rf"{_HY}(?!(?:{not_id_parts}){_END})[a-z][a-z0-9]{{1,14}}(?<!ed){_END}"
    prefixes = alternation(kb.grammar.get("english_prefixes", ()))
    languages = alternation([w.capitalize() for w in kb.grammar.get("language_words", ()) if w.isalpha()])
    product = alternation(kb.grammar.get("product_words", ()))
    vendor_aliases = [a for v in kb.vendors.values() for a in (v.name, *v.aliases)]
    vendors = alternation(vendor_aliases)
    # After the family word: a glued or separated version, then up to six parts.
    part = (
        rf"(?:{_SEP}(?:{_SIZE}|{_CONTEXT}){_END}"
        rf"|(?<=\d) B{_END}| \d{{1,3}}(?:\.\d)? B{_END}"  # a size with its unit spaced off: 'Gemma 7 B', 'Llama 2 13 B'
        rf"|{_SEP}{variant}{_END}(?: {_WORD_VERSION}{_END})?"
        rf"|{_SEP}{variant}\d{{1,4}}[Bb]{_END}"  # a size glued to the variant: 'kappa-oss120b'
        rf"|(?<=\d)(?:{glued_variant}){_END}"  # a lower-case variant glued to the version: 'Kappa-4turbo'
        rf"| (?!(?:{vendors}|{not_parts}) )[A-Z][a-z]{{2,12}} (?:{_WORD_VERSION}|{_RELEASE_NUMBER}){_END}"  # an unlisted variant word with a version: Claude Fable 5 (a maker's name starts the next cell)
        rf"| {_RELEASE_NUMBER}{_END}"  # a zero-padded release number: 'Kappa 1.5 Pro 002'
        # one before a listed variant (Kappa Fable Preview), never a verb of a title-case headline (Kappa Beats Pro)
        rf"| (?!(?:{vendors}|{not_parts}) )[A-Z][a-z]{{1,11}}(?:[a-rt-z]|[aiou]s)(?<!ed)(?<!ing)(?= (?:{variant}){_END})"
        rf"| (?!(?:{vendors}|{not_parts}) )[A-Z][a-z]{{2,12}}[A-Z]{_END}"  # a word with a capital letter glued on: Kappa TurboS
        rf"| (?!Q[1-4] )[A-Z]{{1,2}}\d{{1,2}}[A-Z]?(?= \d{{1,4}}(?:\.\d{{1,2}})?[Bb]{_END})"  # a code before a size: Falcon H1R 7B
        rf"| (?:{languages})(?= {_SIZE}{_END})"  # a language before a size: Kappa-H1 Arabic 34B
        # an acronym before the size, with a word after it at most: Kappa MT 7B, Kappa MT Chimera 7B
        rf"| (?!(?:{vendors}|{not_parts}) )[A-Z]{{2,4}}(?: [A-Z][a-z]{{2,12}})?(?= {_SIZE}{_END})"
        rf"| {MONTH_DAY}{_END}"  # a month-day tag: Grok 4 0709, GPT-4 0613
        rf"| {_YEAR_MONTH}{_END}"  # a year-month tag: Kappa Small 2506
        rf"|{_DATED_RELEASE} {_LATE_MONTH_DAY}{_END}"  # an experimental release's date: Kappa Exp 1121
        rf"| {_LABEL_MONTH_DAY}"  # 'o1 1217: 1351'
        rf"|{_HY}(?:{_DATE}|{_VERSION}|{tag}){_END}"
        rf"|{_HY}(?:{tag})(?![A-Za-z0-9_\u00c0-\u024f])"
        rf"|{_HY}(?!(?:{not_parts}){_END})[A-Z][A-Za-z]{{1,14}}{_END}"  # a name word: Yi-Lightning, R1-Distill-Qwen-32B
        rf"|{_HY}(?:{families}){_END}"
        rf"| \({_EFFORT}\)"  # effort or release: 'o3-mini (high)', '(new)'
        rf"|\[{_EFFORT}\]"  # an effort in square brackets glued on: 'kappa-5.4[xhigh]'
        rf"| \[(?:{_EFFORT}|{variant}|[A-Z])\]"  # a tag in square brackets: 'Kappa 3 [Beta]', 'Kappa 3.7 [R]'
        rf"|{_HY}{_EFFORT}{_END}"  # an effort hyphenated on: 'Kappa-5.4-xHigh'
        rf"| \((?:{_SNAPSHOT_DATE}|{_LATE_MONTH_DAY}(?= [Pp]review))(?: [Pp]reviews?)?\)"  # '(2024-04-09)', '(1106 preview)'
        rf"| \([vV]\d{{1,2}}(?:\.\d{{1,3}}){{0,3}}\)"  # a version in brackets: 'Kappa (v2.2.0)'
        rf"| \({_SIZE}\)"  # a size in brackets: 'Kappa 3.1 (405B)'
        # a release word in brackets, with its date: 'Kappa 1.5 Pro (Experimental 0801)', '(Preview)'
        rf"| \((?:{variant})(?: (?:{_SNAPSHOT_DATE}|{_LATE_MONTH_DAY}))?\)"
        rf"| \((?:0[1-9]|1[0-2])-[0-3]\d\)"  # a month-day release in brackets: 'Kappa 2.5 Pro (03-25)'
        rf"|(?<=[0-9][bB]) [vV]\d{{1,2}}(?:\.\d{{1,2}})?{_END}"  # a version after a size: 'Kappa Ultra 253b v1'
        r")"
    )
    model = (
        rf"{_START}(?:(?:{vendors}){_HY}"  # 'OpenAI-o1-1217'
        # 'Ko-Llama': a capitalised word hyphenated before the family, never a family, maker or English prefix
        rf"|(?!(?:{families}|{vendors}|{prefixes}){_HY})(?P<prefix>[A-Z][A-Za-z]{{0,9}}){_HY}(?=(?:{families})))?"
        rf"(?:(?=[a-z])(?P<lower>))?(?P<family>{families})"
        rf"(?: (?:{product})(?= \d))?"  # 'DeepSeek LLM 67B': a product word between family and size
        rf"(?P<version>(?:(?:[-\u2011_]?{_VERSION}|(?<![0-9]) {_SPACE_VERSION})(?:(?:{_HY}|\.)\d{{1,2}}(?![A-Za-z0-9_\u00c0-\u024f.]))?)(?:{_END}|(?=(?:{glued_variant}){_END})))?"
        rf"(?P<parts>(?:{part}|(?(lower)(?(version){id_part}|(?!))|(?!))){{0,6}})"  # in a versioned name opening in lower case
        rf"(?![A-Za-z0-9_\u00c0-\u024f]|{_HY}[a-z]{{1,8}}\d)"  # never a word's first part: 'gpt' of 'gpt-oss120b'
    )
    unknown = (
        rf"{_START}(?!(?:{languages}) )(?P<family>[A-Z][A-Za-z]{{2,20}}(?: (?:[A-Z][a-z]{{2,20}}|{product}|[A-Z]{{2,4}})(?= \d))?)"  # 'Aya Expanse 32B', 'Vega LLM 67B', 'Vega CTC 1.1B'
        rf"(?:{_HY}{_VERSION}|\d{{1,2}}(?:\.\d{{1,2}})?| {_SHORT_VERSION}"  # 'Vega-3', 'Vega3', 'Vega 3'
        rf"| (?!Q[1-4] )[A-Z]{{1,2}}\d{{1,2}}[A-Z]?(?= \d))?"  # or a code: 'Vega H1R 7B'
        rf"(?:{_HY}(?:{capital_variant}|[A-Z]{{2,4}}))?"  # a variant or acronym before the size: 'Vega-Base 7B'
        rf"(?:{_SEP}(?:\d{{1,4}}(?:\.\d{{1,2}})?[Bb]|\d{{1,2}}[xX]\d{{1,4}}[Bb])){_END}"
        rf"(?P<parts>{part}{{0,6}})(?![A-Za-z0-9_\u00c0-\u024f])"
    )
    # Names of families nobody listed, by shape: parts joined by hyphens, dots or underscores, one
    # of them with a digit ('vega-13b', 'Orion-4-Raven-14B', 'Nova-instant-v1', 'Name3-Max').
    id_shape = (
        r"(?<![A-Za-z0-9_\u00c0-\u024f./\-\u2011])(?P<family>[A-Za-z][A-Za-z0-9]{1,24})"
        r"(?P<parts>(?:[-_.\u2011][A-Za-z0-9+]{1,16}){1,6})"
        rf"(?: {variant}(?=[\s,.;:)'\u2019]|$)){{0,2}}"  # variant words after a space: 'Kappa-3 Opus', "Nova-2 Pro's"
        rf"(?: {MONTH_DAY}(?=[\s,.;:)]|$)| {_LABEL_MONTH_DAY}|{_DATED_RELEASE} {_LATE_MONTH_DAY}(?=[\s,.;:)]|$))?"
        # a month-day tag: 'Nova-2 0613', 'Nova-2 1217: 1351', 'Nova-2 Preview 1205'
        rf"(?: \({_EFFORT}\))?"  # an effort in brackets: 'Nova-5.5 (xhigh)'
        r"(?![A-Za-z0-9_\u00c0-\u024f\-\u2011]|\.\w)"
    )
    # 'Name 4', 'Name Bot 4.0', 'Name K2', 'Name R+', 'Large 2': a model only where the article
    # says so elsewhere (its first word names a model, it shortens one, it stands beside one).
    # a maker's name opens no weak name ('Zenith Vega 2' is Zenith's 'Vega 2'), unless it is a family too
    makers_only = alternation([a for a in vendor_aliases if a not in set(family_names)])
    weak = (
        rf"(?=[A-Z])(?<![A-Za-z0-9_\u00c0-\u024f\-/.])(?:(?!(?:{makers_only}|{languages}) )"
        # 'DALL-E 3', 'Tülu 3'
        rf"(?P<family>[A-Z][A-Za-z{_ACCENTED}]{{1,20}}(?:[-\u2011][A-Z][A-Za-z]{{0,10}})?(?: [A-Z][a-z]{{2,12}})?)"
        rf" (?P<version>\d{{1,2}}(?:\.\d{{1,2}})?o?|[A-Z]\d{{1,2}}|[A-Z]\+{{1,2}}|[vV]\d{{1,2}}(?:\.\d)?)"
        rf"(?P<parts>(?: (?:{variant})){{0,2}}(?: {_SIZE}(?=\s|$|[,.;:)]))?(?: {MONTH_DAY}(?!\d|[.,]\d)| {_LABEL_MONTH_DAY}|{_DATED_RELEASE} {_LATE_MONTH_DAY}(?!\d|[.,]\d)|[-\u2011]{MONTH_DAY}(?!\d|[.,]\d))?(?: \((?:{_EFFORT}|{_SIZE})\)| \[(?:{_EFFORT}|{variant}|[A-Z])\])?)"
        rf"(?![A-Za-z0-9_\u00c0-\u024f%]|[.,]\d|\+)"
        # 'Name-Large', 'Name-Max': a capitalised variant word hyphenated to a name (not to another: 'Pro-Max')
        rf"|(?!(?:{capital_variant})[-\u2011])[A-Z][A-Za-z]{{1,20}}[-\u2011](?:{capital_variant})(?![A-Za-z0-9_\u00c0-\u024f\-\u2011]|\.\w)"
        # 'Zorbu Pro', 'Zorbu Large Vision': a word and a variant word a model's name ends in, no version
        rf"|(?!(?:{makers_only}|{not_parts}) )[A-Z][a-z]{{2,20}} (?:{bare_variant})(?: (?:{variant}))?"
        rf"(?![A-Za-z0-9_\u00c0-\u024f%\-\u2011]|[.,]\d|\+| \d|(?<=Large|Small) (?:[Mm]odels?|[Ll]anguage)\b)"
        # 'Zorbu3', 'ZorbuLM3.5': a version glued to a word with a lower-case letter (never 'AIME25'), variants after
        rf"|(?!(?:{makers_only})\d)(?=[A-Z][A-Za-z]*[a-z])[A-Z][A-Za-z]{{1,20}}\d{{1,2}}(?:\.\d{{1,2}})?(?: (?:{variant})){{0,2}}"
        rf"(?![A-Za-z0-9_\u00c0-\u024f%\-\u2011]|[.,]\d|\+))"
    )
    owner_id = (
        r"(?<![A-Za-z0-9_\u00c0-\u024f./:\-])(?P<owner>[A-Za-z0-9][A-Za-z0-9_\-]{1,38})/"
        r"(?P<name>[A-Za-z][A-Za-z0-9_.\-]{1,80}?)(?=[^A-Za-z0-9_.\-]|\.\s|\.$|$)"
    )
    vendor = rf"(?<![A-Za-z0-9_\u00c0-\u024f\-/]){vendors}(?![A-Za-z0-9_\u00c0-\u024f\-]|\.\w)"
    bench_aliases = list(kb.benchmark_by_alias)
    benchmark = rf"(?<![A-Za-z0-9_\u00c0-\u024f\-/]){alternation(bench_aliases)}(?![A-Za-z0-9_\u00c0-\u024f\-]|\.\w)"
    board_aliases = [a for b in kb.benchmarks.values() if b.leaderboard for a in (b.name, *b.aliases)]
    board_part = (rf"(?<![A-Za-z0-9_\u00c0-\u024f\-/])(?:{alternation(board_aliases)})"
                  rf"(?:-[A-Za-z0-9]{{1,12}}){{1,2}}(?![A-Za-z0-9_\u00c0-\u024f\-]|\.\w)")
    joined_benchmark = (rf"(?<![A-Za-z0-9_\u00c0-\u024f\-/])(?:{alternation(bench_aliases)})"
                        rf"(?:[-\u2011][A-Z0-9][A-Za-z0-9]{{0,11}}){{1,2}}(?![A-Za-z0-9_\u00c0-\u024f\-\u2011]|\.\w)")
    model_names = [m.name for m in kb.models]
    named = rf"(?<![A-Za-z0-9_\u00c0-\u024f\-]){alternation(model_names)}(?![A-Za-z0-9_\u00c0-\u024f\-])"
    return NameGrammar(
        model=re.compile(model),
        unknown_model=re.compile(unknown),
        owner_id=re.compile(owner_id),
        vendor=re.compile(vendor),
        benchmark=re.compile(benchmark),
        board_part=re.compile(board_part),
        joined_benchmark=re.compile(joined_benchmark),
        named_model=re.compile(named),
        id_shape=re.compile(id_shape),
        weak=re.compile(weak),
        scanner=NameScanner({"model": family_names + vendor_aliases, "named_model": model_names, "vendor": vendor_aliases,
                             "benchmark": bench_aliases, "size": _SIZE_HINTS, "joint": _JOINT_HINTS}),
    )
