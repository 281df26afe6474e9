"""Run the flow on a stream of records: ingest -> gate -> nlp -> claims, one result per record.

Cheap matching comes first: the entity layer's name scan runs on the raw text,
the article gate (``prefilter.py``) turns away articles whose mentions cannot
make a claim, and only the rest are tokenized and go through the spaCy pipeline
(the English tokenizer and our rule components; see ``nlp``), reusing those mentions,
cut to the stretches that can hold or inform a claim (``SubjectGate.narrowed``; the
claims' offsets are mapped back to the article's own text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional, Union

from .claims import claims_from_doc
from .limits import cap_article
from .nlp import build_pipeline
from .nlp.extensions import MENTIONS_KEY, TEXT_KEY
from .nlp.layout import unwrapped
from .prefilter import gate_of
from .records import Article, Claim, Reject


@dataclass
class Result:
    """What became of one input record: an article with its claims, or a reject."""

    record: Union[Article, Reject]
    claims: list[Claim] = field(default_factory=list)
    cut_from: Optional[int] = None  # the text's length before the size cap cut it


# Spaces and hyphens pages write with other characters ('Claude\u00a03.5\u00a0Sonnet', '88.7\u202f%'), one for
# one: the rules read the plain copy, every offset stays valid in the article's own text.
_PLAIN = str.maketrans({c: " " for c in "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"}
                      | {"\u2010": "-", "\u2011": "-", "\u2212": "-"})


_MARKDOWN_ESCAPE = re.compile(r"\\[\\`*_{}\[\]()#+\-.!|<>~]")  # a backslash and what it escapes
# Bold inside a line of prose ('noted the **7B model ranking 4th**'): the markers go, the words stay. Bold
# that opens a line (a label, a heading, a caption) and table rows keep theirs: layout reads them.
_INLINE_BOLD = re.compile(r"\*\*(?=[^\s*])[^*\n]{1,200}?(?<=[^\s*])\*\*")
_LINE_OPENING = re.compile(r"\s*(?:[-*+\u2022>|]\s*|\d{1,2}[.)]\s*|#+\s*)*")  # bullets, numbers, quote or table marks


# '1 398' after a colon or a lower-case word: a thousands group set off by a space, as French and other
# languages write it (a first group of one digit only, so table cells side by side never join)
_DIGIT_THEN_GROUP = re.compile(r"[1-9] \d{3}")  # what every spaced thousands group holds: a cheap first look
_SPACED_THOUSANDS = re.compile(r"(?:(?<=:)|(?<![\w-])[a-z]+) [1-9]( )\d{3}(?!\w|[.,]\d| \d)")


def unescaped(text: str) -> tuple[str, Optional[list[int]]]:
    """``text`` without the backslashes of markdown escapes ('GPT\\-4\\.5' reads 'GPT-4.5'), without the
    markers of bold inside a line of prose and without the space of a spaced thousands group ('1 398'), and
    for each of its characters the offset it has in ``text`` (None when there is none of them)."""
    cuts: list[int] = []
    for m in _SPACED_THOUSANDS.finditer(text) if _DIGIT_THEN_GROUP.search(text) else ():
        if not text[text.rfind("\n", 0, m.start()) + 1:m.start()].lstrip().startswith("|"):
            cuts.append(m.start(1))
    if "\\" in text:
        cuts.extend(m.start() for m in _MARKDOWN_ESCAPE.finditer(text))
    if "**" in text:
        for m in _INLINE_BOLD.finditer(text):
            if _inside_prose_line(text, m.start()):
                cuts.extend((m.start(), m.start() + 1, m.end() - 2, m.end() - 1))
    if not cuts:
        return text, None
    cuts = sorted(set(cuts))
    origin, kept, at = [], [], 0
    for cut in cuts + [len(text)]:
        kept.append(text[at:cut])
        origin.extend(range(at, cut))
        at = cut + 1
    origin.append(len(text))
    return "".join(kept), origin


def _inside_prose_line(text: str, at: int) -> bool:
    """True when words stand before ``at`` on its line, and the line is no table row."""
    before = text[text.rfind("\n", 0, at) + 1:at]
    return not before.lstrip().startswith("|") and _LINE_OPENING.fullmatch(before) is None


# '<a href="...">X beats Y</a>', '<b>88.7</b>': inline markup left in a text is read through as spaces (the
# tags of a table, a list or a paragraph stay: layout reads them); a short super- or subscript ('88.7<sup>1</sup>',
# '7.91<sub>0.11</sub>') is a footnote mark or a spread, blanked with what it holds
_INLINE_TAG = re.compile(r"<(su[bp])>[^<>]{0,8}</\1>"
                         r"|</?(?:a|b|strong|em|i|u|span|code|font|mark|small)(?:\s[^<>]{0,500})?/?>", re.I)
_TABLE_MARKUP = re.compile(r"<t[dhr]\b|</t[dhr]>|<table", re.I)
_DASH_IN_WORD = re.compile(r"(?<=\w)\u2013(?=\w)")
# Arrows, triangles, squares, ticks and stars that open a line as its bullet ('➤ X: 58'), read as '•'
_BULLET_GLYPH = re.compile(r"(?m)^([ \t]*)[\u27a4\u27a2\u279c\u2794\u27a1\u2192\u25b6\u25ba\u25b8\u25c6\u25c7"
                           r"\u25a0\u25a1\u25cb\u2713\u2714\u2705\u2605\u2606](?=[ \t])")
_WORD_START = re.compile(r"[^\s(\[/]*$")
_FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]{1,10}\](?!:)"  # '61.2%[^1]': a footnote reference, glued on
                            r"|(?<=[.,;:)%\w])\[\d{1,3}\](?![(:\[])")  # '(79.6%).[1]': a citation mark, glued on


def plain_spaces(text: str) -> str:
    """``text`` with no-break, thin and other spaces as ' ', hyphen signs (no-break ones too) as '-', footnote
    marks, inline markup tags and the line breaks of hard-wrapped prose as ' ', and the glyphs that bullet a
    line as '•': same length, so every offset holds in the article's own text."""
    text = text.translate(_PLAIN)
    if "\u2013" in text:
        text = _DASH_IN_WORD.sub(lambda m: _name_dash(m, text), text)
    if "<" in text:
        text = _INLINE_TAG.sub(lambda m: _blank_in_prose(m, text), text)
    if "[" in text:
        text = _FOOTNOTE_MARK.sub(lambda m: " " * len(m.group()), text)
    text = _BULLET_GLYPH.sub("\\1\u2022", text)
    return unwrapped(text)


def _blank_in_prose(m: re.Match, text: str) -> str:
    """An inline tag as spaces on a line of prose; inside a table (HTML or piped) the table readers read it."""
    line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return m.group() if "|" in line or _TABLE_MARKUP.search(line) else " " * len(m.group())


def _name_dash(m: re.Match, text: str) -> str:
    """'Llama2\u201313B': an en dash typeset for a name's hyphen, in a word that opens with a letter; a range
    ('10\u201320%', '2023\u20132024') keeps its dash."""
    word = _WORD_START.search(text, max(0, m.start() - 40), m.start()).group()
    return "-" if word[:1].isalpha() else m.group()


class Extractor:
    """The gate, the spaCy pipeline and the claim stage, built once, applied per article."""

    def __init__(self, gate: bool = True, knowledge_dir: Optional[str] = None) -> None:
        self.nlp = build_pipeline(knowledge_dir=knowledge_dir)
        self.gate = gate_of(self.nlp) if gate else None  # built once, sharing the pipeline's recognizer

    def claims(self, article: Article) -> list[Claim]:
        """The unique claims of one article; articles the gate turns away never reach spaCy."""
        text, origin = unescaped(plain_spaces(article.text))
        mentions = None
        if self.gate is not None:
            mentions = self.gate.recognizer.find_mentions(text, full=False)
            if not self.gate.admits(text, mentions):
                return []
            narrowed = self.gate.narrowed(text, mentions)
            if narrowed.origin is not None:
                text, mentions = narrowed.text, narrowed.mentions
                origin = narrowed.origin if origin is None else [origin[k] for k in narrowed.origin]
        doc = self.nlp.make_doc(text)
        doc.user_data[TEXT_KEY] = text  # spares the components rebuilding it from tokens
        doc._.url = article.url
        if mentions is not None:
            doc.user_data[MENTIONS_KEY] = mentions  # found once, for the gate and the entity layer
        doc = self.nlp(doc)
        return claims_from_doc(doc, article, origin)


def extract_claims(article: Article) -> list[Claim]:
    """The claims of one article (convenience for library users and tests)."""
    return next(extract_records([article])).claims


def extract_records(records: Iterable[Union[Article, Reject]], max_chars: Optional[int] = None,
                    gate: bool = True, knowledge_dir: Optional[str] = None) -> Iterator[Result]:
    """Claims for every Article, rejects passed through, in input order, streaming.

    ``max_chars`` cuts longer articles at a sentence boundary; ``gate=False`` sends
    every article through spaCy (for checking that the gate changes nothing);
    ``knowledge_dir`` lays a folder of knowledge files over the bundled ones.
    """
    extractor = Extractor(gate, knowledge_dir)
    for record in records:
        if isinstance(record, Reject):
            yield Result(record)
            continue
        article, cut_from = cap_article(record, max_chars)
        yield Result(article, extractor.claims(article), cut_from)

