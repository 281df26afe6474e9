"""The shared cue vocabulary: the word-bag test the gates use agrees with its definition."""

import random

from extractor.nlp.vocabulary import load_vocabulary

VOCAB = load_vocabulary()


def _by_definition(words: set) -> bool:
    """An ordinal or rank mark, or every required word of some cue pattern."""
    if not VOCAB.rank_words.isdisjoint(words):
        return True
    return any(all(not bag.isdisjoint(words) for bag in bags) for bags in VOCAB.pattern_bags)


def test_has_cue_agrees_with_its_definition_on_bags_of_pattern_words():
    pool = sorted(VOCAB.pattern_words) + ["model", "scored", "the", "vega", "2024"]
    rng = random.Random(7)
    bags = [set(rng.sample(pool, rng.randint(1, 6))) for _ in range(3000)]
    assert any(_by_definition(b) for b in bags) and not all(_by_definition(b) for b in bags)
    assert [VOCAB.has_cue(b) for b in bags] == [_by_definition(b) for b in bags]


def test_has_cue_on_sentences_of_words():
    assert VOCAB.has_cue({"quill-3.5", "outperformed", "tern3-max"})
    assert VOCAB.has_cue({"it", "ranked", "third"})
    assert not VOCAB.has_cue({"quill-3.5", "was", "released", "today"})


def test_a_matcher_of_the_patterns_a_text_can_match_finds_what_the_full_matcher_finds():
    import spacy

    nlp = spacy.blank("en")
    texts = ["Quill-3.5 outperformed Tern3-Max and was outscored by Vega-2 on MMLU.",
             "It ranked third, just behind Vega-2, and took the top spot on the Arena.",
             "Quill-3.5 leads the board, tied with Tern3-Max, and sits between A and B.",
             "Quill-3.5 was released today."]
    for text in texts:
        doc = nlp(text)
        words = {t.lower_ for t in doc}
        narrow, full = VOCAB.matcher(nlp.vocab, words), VOCAB.matcher(nlp.vocab)
        assert len(narrow) < len(full)  # fewer patterns to try
        assert sorted(narrow(doc) if len(narrow) else []) == sorted(full(doc))
    assert len(VOCAB.matcher(nlp.vocab, {"quill-3.5", "was", "released", "today"})) == 0


def test_every_cue_pattern_has_a_word_the_gates_look_for():
    """The article gate and the sentence filter find cues by their anchor words: a pattern of function words
    alone would never be tried."""
    anchorless = [cue.pattern for cue, bags in zip(VOCAB.patterns, VOCAB.pattern_bags)
                  if not set().union(*bags) - VOCAB.words("function_words")]
    assert anchorless == []
