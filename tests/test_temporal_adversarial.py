"""The tagger on hostile text: floods of capitals, weekday and month words, digits,
punctuation and spaces, and long lines without a sentence end.

The sizes are chosen so that anything super-linear (a backtracking regex, a per-mention
scan of the whole text or of every earlier mention) would run for minutes, while a linear
pass takes a fraction of a second. The tests assert only that each call finishes (an alarm
turns a hang into a failure) and that what comes back is sane; speed is measured in
benchmarks/, never here.
"""
import signal
from datetime import date

import pytest

from timeline.temporal import tag
from timeline.temporal.patterns import COMPILED, find_candidates, select
from timeline.temporal.tense import TenseReader

# Generous: a linear pass over these texts takes well under a second.
ALARM_SECONDS = 20

FLOODS = {
    "weekdays": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday " * 250,
    "monday": "Monday " * 2000,
    "relative": "last week of March, in 3 days, " * 500,
    "months": "January February March April May June July August September "
              "October November December " * 80,
    "capitals": "CHARGERS' WILLIAMS ARRESTED ON SUSPICION OF DUI MONDAY MAY " * 100,
    "digits": "1 2 3 4 5 6 7 8 9 10 2022 1999 12/31 3.5 " * 150,
    "thousands": "1" + ",000" * 6000,
    "decimals": "1.5.2.3.4.5.6.7.8.9." * 500,
    "punctuation": ".,;:!?-–—()'\"“”" * 1000,
    "spaces": " " * 30000 + "Monday" + " " * 30000 + "morning" + "\n" * 30000 + "x",
    "spaced_words": ("early" + " " * 50 + "last" + " " * 50) * 150,
    "no_sentence_end": "the company said on Monday it would sell shares in March and "
                       "that it had met the bank three days ago " * 150,
    "long_line": "word" * 20000 + " Monday " + "x" * 20000,
    "abbreviations": "Mr. Mrs. Dr. Sept. Wed. a.m. p.m. U.S. " * 300,
    "numbers_and_units": "about 1,000,000 days later some 20 years ago 3 to 4 weeks " * 150,
    "anniversaries": "the first anniversary of the war on March 5, 2020 the war " * 150,
}


@pytest.fixture(autouse=True)
def alarm():
    def hang(*_):
        raise TimeoutError(f"no answer within {ALARM_SECONDS} s: super-linear?")
    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(ALARM_SECONDS)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("name", sorted(FLOODS))
def test_every_rule_scans_a_flood(name):
    text = FLOODS[name]
    for rule, regex in COMPILED:
        for m in regex.finditer(text):
            assert m.start() < m.end(), rule


@pytest.mark.parametrize("name", sorted(FLOODS))
def test_tag_finishes_on_a_flood(name):
    text = FLOODS[name]
    mentions = tag(text, date(2024, 3, 11))
    last_end = 0
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert m.start >= last_end  # in text order, never overlapping
        last_end = m.end
        assert m.span is None or m.span.first <= m.span.last


@pytest.mark.parametrize("name", ["no_sentence_end", "weekdays", "abbreviations", "long_line"])
def test_tense_of_every_mention_in_a_flood(name):
    text = FLOODS[name]
    reader = TenseReader(text)
    for c in select(find_candidates(text)):
        left, right = reader.bounds(c.start, c.end)
        assert left <= c.start and c.end <= right
        assert reader.at(c.start, c.end).tense in ("past", "present", "future")


@pytest.mark.parametrize("dct", [None, date(1, 1, 1), date(9999, 12, 31)])
def test_floods_at_the_calendars_edges(dct):
    text = FLOODS["relative"][:5000] + FLOODS["numbers_and_units"][:5000]
    for m in tag(text, dct):
        assert m.span is None or m.span.first <= m.span.last


MIXED = ("On Monday, Feb. 24, 2022, about 3,000 troops crossed; 20 days later, on March 16, "
         "the mid-1990s '90s FY2023 Q3 3Q22 H1 2025/03/21 20.03.2025 10/31/95 at 5 p.m. EST "
         "noon Thursday, the year-ago quarter, the first anniversary of the war, ſept. "
         "Überweekend, twenty-five years ago, next week, the coming months, every Tuesday. ")


@pytest.mark.parametrize("name", sorted(FLOODS) + ["mixed"])
def test_the_shared_scan_finds_what_every_rule_alone_finds(name):
    from timeline.temporal.dispatch import Dispatcher
    from timeline.temporal.tense import TenseReader, _PAST, _past_words
    text = MIXED * 10 if name == "mixed" else FLOODS[name][:3000]  # sameness needs no size
    shared = [(rule, m.span(), m.groupdict()) for rule, m in Dispatcher(COMPILED).finditer(text)]
    alone = [(rule, m.span(), m.groupdict()) for rule, regex in COMPILED
             for m in regex.finditer(text)]
    assert shared == alone
    assert [m.span() for m in _PAST.finditer(text)] == [w[:2] for w in _past_words(text)]
    regexes = [r for r, _, _ in TenseReader._REGEXES if r is not _PAST]
    shared = Dispatcher([(str(k), r) for k, r in enumerate(regexes)]).by_rule(text)
    assert [[m.span() for m in ms] for ms in shared] == \
        [[m.span() for m in r.finditer(text)] for r in regexes]
