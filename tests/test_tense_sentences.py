"""The tense reader's sentences are the project's one segmenter's (timeline.sentences), read
line by line around the expressions asked about, and a tense depends only on its sentence."""
import random

from timeline.sentences import split_sentences
from timeline.temporal.tense import TenseReader

_TEXT = (
    "Mr. Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1. He met the U.S. "
    "envoy on Monday. The U.S. This was said.\n\n"
    "In the past 20 months alone, Paul E. Lego said the unit was sold.\n"
    "Shares of Acme Inc. rose 5% on Friday; \"We will meet again next week,\" she said. "
    "It was 10 a.m. Then the talks began at 3 p.m. EST and ended Tuesday.\n"
    "no punctuation here at all on Monday\n"
    + "A long flat line without a full stop that goes on and on past Monday " * 30 + "\n"
)


def test_bounds_are_the_sentences_of_the_segmenter():
    reader = TenseReader(_TEXT)
    for s in split_sentences(_TEXT, "en"):
        for at in (s.start, (s.start + s.end) // 2, s.end - 1):
            assert reader.bounds(at, at + 1) == (s.start, s.end)


def test_an_expression_across_sentences_takes_both():
    first, second = split_sentences(_TEXT, "en")[:2]
    assert TenseReader(_TEXT).bounds(first.end - 2, second.start + 2) == (first.start, second.end)


def test_a_tense_reads_only_its_sentence():
    """The same sentence gives the same tense alone, among others, and asked in any order."""
    spans = [(s.start, s.end) for s in split_sentences(_TEXT, "en")]
    asked = [(a + k, a + k + 6) for a, b in spans for k in range(0, b - a - 6, 7)]
    whole = TenseReader(_TEXT)
    expected = {q: whole.at(*q) for q in asked}
    shuffled = asked[:]
    random.Random(3).shuffle(shuffled)
    other = TenseReader(_TEXT)
    assert {q: other.at(*q) for q in shuffled} == expected
    for a, b in spans:
        alone = _TEXT[a:b]
        reader = TenseReader(alone)
        for q in asked:
            if a <= q[0] and q[1] <= b:
                assert reader.at(q[0] - a, q[1] - a) == expected[q]


def test_the_tense_of_a_fronted_phrase_and_of_a_plan():
    text = "Mr. Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1."
    at = text.index("Feb. 1")
    assert TenseReader(text).at(at, at + 6).tense == "future"
