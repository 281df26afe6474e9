"""The shape of every knowledge file, as pydantic models: a row of a JSONL file, or a whole JSON file.

Unknown keys are errors (a mistyped ``"alias"`` must not be ignored), and values are
taken as written (strict: ``"true"`` is no boolean). ``note`` and ``_about`` are
comments for people and are kept but never read.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

Words = list[str]


class Row(BaseModel):
    """A knowledge row: unknown keys and loose types refused."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    note: Optional[str] = None


class VendorRow(Row):
    """vendors.jsonl: a company or lab that makes models."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    aliases: Words = []
    owners: Words = []  # Hugging Face owner ids ('meta-llama')


class FamilyRow(Row):
    """families.jsonl: the words that name a model family, and its vendor."""

    family: str = Field(min_length=1)
    vendor: Optional[str] = None
    names: Words = Field(min_length=1)
    strict: bool = False
    joined: bool = False


class ModelRow(Row):
    """models.jsonl: a model whose name the grammar cannot derive."""

    name: str = Field(min_length=1)
    family: str = ""
    vendor: Optional[str] = None


class BenchmarkRow(Row):
    """benchmarks.jsonl: a benchmark or leaderboard, its guideline id and its names."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    aliases: Words = []
    leaderboard: bool = False
    context_aliases: Words = []
    url_aliases: Words = []
    elo: bool = False  # scores are Elo-style ratings, not percentages
    part_of: Optional[str] = None  # the board it is a part of, whose id its claims carry ('chatbot-arena')


class PatternRow(Row):
    """patterns.jsonl: a spaCy Matcher pattern of a lead or relation cue."""

    label: str
    pattern: list[dict] = Field(min_length=1)
    only: bool = False
    passive: bool = False
    scoped: bool = False
    names_benchmark: bool = False  # the words the pattern spans must name a benchmark ('higher on X than')


class ModelAliasRow(Row):
    """board_aliases.jsonl, kind 'model': a claim name that stands for board entries."""

    kind: str
    name: str = Field(min_length=1)
    entries: Words = Field(min_length=1)
    board: Optional[str] = None
    start: Optional[str] = Field(None, alias="from")
    until: Optional[str] = None

    @field_validator("start", "until")
    @classmethod
    def _iso_day(cls, value: Optional[str]) -> Optional[str]:
        if value is not None:
            date.fromisoformat(value)  # raises ValueError, which pydantic reports
        return value


class VendorAliasRow(Row):
    """board_aliases.jsonl, kind 'vendor': vendor names as boards write them."""

    kind: str
    vendor: str
    names: Words = Field(min_length=1)


class FamilyAliasRow(Row):
    """board_aliases.jsonl, kind 'family': more words for a family on boards ('通义千问')."""

    kind: str
    family: str
    names: Words = Field(min_length=1)


ALIAS_KINDS = {"model": ModelAliasRow, "vendor": VendorAliasRow, "family": FamilyAliasRow}


class JsonFile(BaseModel):
    """A knowledge JSON file: named word lists; an overlay gives only the lists it adds to."""

    model_config = ConfigDict(extra="forbid", strict=True)

    about: Optional[str] = Field(None, alias="_about")


class GrammarFile(JsonFile):
    """grammar.json: the words of model and benchmark names."""

    variants: Words = []
    bare_variants: Words = []  # variants a name ends in with no version ('Zorbu Pro'): a weak name's shape
    chatbot_nouns: Words = []  # a chatbot's noun ending a name after a maker's possessive ("Acme's Zorbu Bot")
    not_possessed_names: Words = []  # words after a maker's possessive that name no model ("Acme's CEO"), lower case
    tags: Words = []
    not_models: Words = []
    metric_words: Words = []
    metric_phrases: Words = []  # a metric written in words after a benchmark: 'GSM8K Chain of Thought'
    edition_words: Words = []
    subset_words: Words = []  # a part or language of a benchmark: 'RACE-high', 'AGIEval-English', 'MMLU-Redux'
    sibling_letters: Words = []  # a capital letter after a test's name that makes another test ('HumanEval-X')
    benchmark_suffixes: Words = []  # a word after a listed name that may make another benchmark: 'SWE-bench Pro'
    category_words: Words = []
    generic_name_words: Words = []  # words that name no benchmark on their own: 'LLM Leaderboard', 'AI Rankings'
    language_codes: Words = []  # 'ZH', 'en': a language by its code, after a test's name or heading a column
    language_words: Words = []  # a natural or programming language heading a column is a setting, no benchmark
    variant_words: Words = []  # a word before a listed name that makes a test of its own: 'Global MMLU', 'Video MMMU'
    qualifier_words: Words = []  # words that qualify a suite rather than name it: "X's own test", "X's latest benchmark"
    not_name_words: Words = []
    vendor_suffixes: Words = []
    not_name_parts: Words = []
    id_link_words: Words = []  # 'gpt-4-as-a-judge': a link word ends a lower-case id
    english_prefixes: Words = []  # 'Non-', 'Pre-': a word prefix, never a name's own first part ('Ko-Llama')
    product_words: Words = []
    organisation_words: Words = []  # a word after a test's name that names the people behind it: 'ARC Prize'
    host_words: Words = []  # a word after a board's host that names the host's own things: 'Hugging Face downloads'


class TablesFile(JsonFile):
    """tables.json: header words by column role."""

    rank: Words = []
    model: Words = []
    agent: Words = []  # whole headers of a column of agents ('Agent'): named entries, after a 'Model' column
    vendor: Words = []
    skip: Words = []
    score: Words = []
    not_subject: Words = []  # words of a row label that names no model ('Ours', 'baseline')
    place: dict[str, int] = {}  # a header naming a place over a column of names ('Winner', 'Runner-up'): that place
    size: Words = []  # skip words of a size or a length ('Params'): a column of percentages under one is scored
    flag: Words = []  # skip words of a yes/no property ('Open'): a column of scores under one is no such column
    count: Words = []  # whole headers of a column of counts ('Questions'): skipped, though 'Natural Questions' is a test
    access_tags: Words = []  # a page's access tag glued to a name cell's end ('GPT-5API'): no part of the name
    status_tags: Words = []  # a page's listing status after a name ('gpt-4.1 new', 'GLM-4.6(new)'): no part of it
    category_labels: Words = []  # whole headers of a row-label column of categories ('Category'): no benchmarks
    test_labels: Words = []  # words naming a test ('Task'): before 'Name' a header of tests, no model names


class CuesFile(JsonFile):
    """cues.json: the word lists of the claim rules and the article gate (lower case)."""

    ordinals: dict[str, int] = {}
    ordinal_tens: dict[str, int] = {}
    tens: dict[str, int] = {}
    numbers: dict[str, int] = {}
    place_numbers: dict[str, int] = {}  # number words of other languages, read only after a numbered place ('Platz fünf')
    place_labels: dict[str, int] = {}  # words that name a place as a list item's label ('- Winner: X', '- Runner-up: Y')
    rank_verbs: Words = []
    place_nouns: Words = []
    rank_words: Words = []
    numbered_places: Words = []  # a word a number after makes a rank: 'No. 3', 'rank 3', 'Platz 2', 'posisi 1'
    hedges: Words = []
    negations: Words = []
    past_markers: Words = []
    displacing_verbs: Words = []  # 'displacing X from first place': the place is no longer X's
    score_words: Words = []
    not_score_after: Words = []
    not_score_before: Words = []
    generic_model_nouns: Words = []
    references: list[Words] = []
    scopes: dict[str, str] = {}
    generic_scopes: Words = []  # 'on all tasks', 'across most benchmarks': a claim on no one benchmark
    off_topic: Words = []
    off_topic_idioms: Words = []  # 'raised the bar': an off-topic word in a phrase that says nothing off topic
    clause_breaks: Words = []
    list_glue: Words = []
    maker_prepositions: Words = []  # 'X from Acme', 'X von Acme', 'X di Acme': the maker named after its model
    not_rank_after: Words = []
    function_words: Words = []
