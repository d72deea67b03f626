"""The shared scan (dispatch.py) against every rule run alone: a rule is tried only where
its first word stands and the word after that may go on with it, and that must never lose
a match. The texts are word salads drawn from the rules' own first and second words, so
that nearly every start is a near miss."""
import random
import re

import pytest

from timeline.temporal.dispatch import Dispatcher, first_words, word_tables
from timeline.temporal.patterns import COMPILED
from timeline.temporal.tense import TenseReader, _PAST

_SEPARATORS = [" ", " ", " ", ", ", "-", ". ", " - ", "'", "\n", "  ", "/", ": "]
_EXTRA = ["1", "12", "1998", "12345", "100000", "1990s", "2,000", "3.5", "10am", "Q3", "3Q",
          "FY2023", "'90s", "people", "said", "Ünion", "ſept", "K", "of", "and", "to", "1/2",
          "half", "a", "million", "thousand", "years", "ago", "later", "p.m.", "EST", "the"]


def _render(word: str, rng: random.Random) -> str:
    """A word of the text for a table entry: each "#" a digit, "#+" a run of them."""
    word = word.replace("#+", str(rng.choice([5, 42, 1998, 20000, 123456])))
    return "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in word)


def _salad(rules, seed: int, n: int = 4000) -> str:
    """Words of the rules' tables, each followed half the time by a word that the tables
    say may go on after it (after the word before it, too), with separators between them."""
    rng = random.Random(seed)
    words, after = set(_EXTRA), {}
    for _, regex in rules:
        exact, opened, _, follow, third = word_tables(regex.pattern, regex.flags)
        words.update(exact | opened)
        for key, pair in [*follow.items(), *third.items()]:
            if pair is not None:
                after.setdefault(key, set()).update(pair[0], pair[1])
                words.update(pair[0], pair[1])
    words.discard("")
    vocab = sorted(words)
    after = {w: sorted(nxt) for w, nxt in after.items()}
    out, before, word = [], None, rng.choice(vocab)
    for _ in range(n):
        shown = _render(word, rng)
        out.append(rng.choice([shown, shown.capitalize(), shown.upper(), shown + "s"]))
        out.append(rng.choice(_SEPARATORS))
        follows = after.get((before, word)) or after.get(word)
        before, word = word, (rng.choice(follows) if follows and rng.random() < 0.5
                              else rng.choice(vocab))
    return "".join(out)


@pytest.mark.parametrize("seed", range(4))
def test_the_shared_scan_loses_no_match_of_the_rules(seed):
    text = _salad(COMPILED, seed)
    shared = [(rule, m.span(), m.groupdict()) for rule, m in Dispatcher(COMPILED).finditer(text)]
    alone = [(rule, m.span(), m.groupdict()) for rule, regex in COMPILED
             for m in regex.finditer(text)]
    assert shared == alone


@pytest.mark.parametrize("seed", range(2))
def test_the_shared_scan_loses_no_tense_marker(seed):
    regexes = [r for r, _, _ in TenseReader._REGEXES if r is not _PAST]
    rules = [(str(k), r) for k, r in enumerate(regexes)]
    text = _salad(rules, seed)
    shared = Dispatcher(rules).by_rule(text)
    assert [[m.span() for m in ms] for ms in shared] == \
        [[m.span() for m in r.finditer(text)] for r in regexes]


def test_first_words_read_the_second_word_across_separators():
    exact, opened, lead, follow = first_words(r"\b(?:the\s+)?(?P<n>\d+|two)[\s-]+(?:days?|weeks)\b")
    assert exact == {"the", "#+", "two"} and not opened and not lead
    assert set(follow["the"][0]) == {"#+", "two"}
    assert set(follow["two"][0]) == {"day", "days", "weeks"}


def test_word_tables_read_the_third_word():
    *_, third = word_tables(r"\b(?:the\s+)?(?P<n>\d+|two)[\s-]+(?:days?|weeks)\b")
    assert set(third["the", "two"][0]) == {"day", "days", "weeks"}
    assert third["two", "days"] is None  # the match may end there


def test_the_third_word_filter_skips_a_number_of_other_things():
    rules = [("d", re.compile(r"\b(?P<n>\d+(?:\s+million)?)\s+(?:days?|years?)\b", re.I))]
    starts = Dispatcher(rules).starts("2 million shares, 2 million years, 3 days")
    assert starts == [[18, 35]]  # not "2" of "2 million shares"


def test_a_rule_that_may_stop_after_its_first_word_follows_any_word():
    _, _, _, follow = first_words(r"\b(?:last|next)(?:\s+week)?\b")
    assert follow == {"last": None, "next": None}


@pytest.mark.parametrize("text", ["the", "the ", "it was the", "the Ünion years ago",
                                  "the 2 days", "2 days", "10 days later", "1,000 years ago"])
def test_the_end_of_the_text_and_words_beyond_ascii(text):
    regex = re.compile(r"\b(?:the\s+)?(?P<n>\d{1,3}(?:,\d{3})*|\w+)\s+(?:days|years)"
                       r"(?:\s+(?:ago|later))?\b", re.I)
    shared = [m.span() for _, m in Dispatcher([("r", regex)]).finditer(text)]
    assert shared == [m.span() for m in regex.finditer(text)]


@pytest.mark.parametrize("text", [
    "It took the 20000 days.", "Over the past 12345 years, about 100000 years ago, every "
    "1000 years.", "In the 1990s and the 2,000 years since, at 10 am and 10am, Q3 2023.",
    "more than two thousand years later, 1.5 million days earlier, the 1,000,000 days"])
def test_long_numbers_after_a_first_word(text):
    shared = [(rule, m.span()) for rule, m in Dispatcher(COMPILED).finditer(text)]
    assert shared == [(rule, m.span()) for rule, regex in COMPILED for m in regex.finditer(text)]


# The tense scans are written for speed (one leading class, lookbehinds picking the branch);
# these are the plain forms they must agree with.
_PLAIN = {
    "_CLAUSE_BREAK": r"[;:—–]|,\s+(?:but|while|whereas|although|though|as|which|who)\b"
                     r"|[,.!?]\s*(?:''|[\"”’])|(?:``|[\"“])",
}


def _punctuation_salad(seed: int) -> str:
    rng = random.Random(seed)
    pieces = list(";:—–,.!?`\"“”’'\n \t()[") + [" ", " but", " which", " who", "''", "``",
                                                "A", "word", "As", "\u00a0", "said"]
    return "".join(rng.choice(pieces) for _ in range(20000))


@pytest.mark.parametrize("name", sorted(_PLAIN))
def test_tense_scans_match_their_plain_forms(name):
    from timeline.temporal import tense
    fast, plain = getattr(tense, name), re.compile(_PLAIN[name])
    for seed in range(3):
        text = _punctuation_salad(seed)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_participle_check_in_lower_case_agrees_with_the_case_blind_one():
    from timeline.temporal import tense
    rng = random.Random(5)
    words = ["been", "BEEN", "Its", "so-called", "9.5", "1,000", "x9", "the", "thE", "and",
             "millions", "per", "Over", "ſo", "İn", "K", "said", "a", "an"]
    for _ in range(5000):
        window = "".join(rng.choice(words) + rng.choice([" ", "  ", "", "-", "\n", "."])
                         for _ in range(3))[-12:]
        expected = bool(tense._AUX_BEFORE_PARTICIPLE.search(window))
        lowered = bool(tense._AUX_BEFORE_PARTICIPLE_LOWER.search(window.lower())) \
            if window.isascii() else expected
        assert lowered == expected, window


def test_a_lookahead_that_forbids_a_word_character_ends_the_word():
    assert first_words(r"\bmar\.?(?![\w-])")[:2] == ({"mar"}, set())  # "market" is no start
    assert first_words(r"\bmar(?![^\w])")[:2] == (set(), {"mar"})  # a word char may follow


@pytest.mark.parametrize("seed", range(3))
def test_words_of_an_ascii_text_are_its_runs_of_word_characters(seed):
    from itertools import accumulate
    from timeline.temporal.dispatch import words_of
    rng = random.Random(seed)
    text = "".join(chr(rng.randrange(128)) for _ in range(5000))
    for sample in (text, text + "é ſept Ünion"):  # the second is no longer ASCII
        parts = re.split(r"(\w+)", sample)
        assert words_of(sample) == (list(accumulate(map(len, parts)))[0:-1:2], parts[1::2])
