"""Adversarial text for the event layer: every helper that takes text finishes, and sanely.

Floods of capitals, weekday and month words, digits, punctuation and spaces, and lines of a
megabyte, fed to the headline maker, the sentence splitter and the other text helpers. A
backtracking pattern turns these into minutes (a title in capitals hung make_headline); here
each call runs under an alarm far above its real cost, so a hang fails the test instead of the
suite. No speed ratios are asserted: speed is measured in benchmarks/.
"""
from __future__ import annotations

import signal
from contextlib import contextmanager
from datetime import date, timedelta

import pytest

from timeline import events
from timeline.events import extract_entities, extract_events, make_headline
from timeline.model import Document, TimeMention, TimeSpan
from timeline.sentences import MAX_SENTENCE_CHARS, split_sentences

GUARD_SECONDS = 20
MB = 1_000_000
# Most floods are this long: a quadratic scan of it takes minutes, a linear one milliseconds.
FLOOD = 64_000


@contextmanager
def alarm(seconds: int = GUARD_SECONDS):
    def fail(signum, frame):
        raise TimeoutError(f"still running after {seconds} s: a super-linear pattern?")
    old = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# (name, text): each is long enough that a quadratic scan would take minutes.
FLOODS = [
    ("caps title", "CHARGERS' WILLIAMS ARRESTED ON SUSPICION OF DUI"),
    ("caps words", _fill("WILLIAMS ARRESTED ", FLOOD)),
    ("caps then appositive", _fill("ABC ", FLOOD) + ", the former chief, has"),
    ("one capital word", "A" * FLOOD),
    ("weekdays", _fill("Monday ", FLOOD)),
    ("months", _fill("March, May, June ", FLOOD)),
    ("relative dates", _fill("last week of March, in 3 days, ", FLOOD)),
    ("digits", "7" * FLOOD),
    ("digits and dots", _fill("1.2.3. ", FLOOD)),
    ("dots", "." * FLOOD),
    ("marks", _fill("?!…", FLOOD)),
    ("commas", _fill(", ", FLOOD)),
    ("spaces", "x" + " " * FLOOD + "!"),
    ("letters then mark", "a" * FLOOD + "!"),
    ("prepositions", _fill("on in at by until ", FLOOD // 2) + "x"),
    ("that-clauses", _fill("the plan that it passed ", FLOOD // 2)),
    ("quotes", _fill("“a ", FLOOD // 2) + _fill("\"b ", FLOOD // 2)),
    ("titles", _fill("Mr. ", FLOOD // 2)),
    ("attributions", _fill("x, he said ", FLOOD // 2)),
    ("first since", _fill("the first visit since ", FLOOD // 2)),
    ("no punctuation", _fill("the council approved the plan and the mayor signed it ", FLOOD)),
    ("mixed", _fill("PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM By © Share ", FLOOD)),
]
IDS = [name for name, _ in FLOODS]


@pytest.mark.parametrize("text", [t for _, t in FLOODS], ids=IDS)
def test_headline_finishes_short_on_any_text(text):
    with alarm():
        headline = make_headline(text, [])
        cut = make_headline(text, [(0, min(5, len(text)))])
    assert len(headline) <= events.HEADLINE_MAX + 1 and len(cut) <= events.HEADLINE_MAX + 1


@pytest.mark.parametrize("text", [t for _, t in FLOODS], ids=IDS)
def test_sentence_splitter_finishes_with_bounded_sentences_and_true_offsets(text):
    with alarm():
        sentences = split_sentences(text)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    for s in sentences[:50] + sentences[-50:]:
        assert text[s.start:s.end] == s.text and s.text == s.text.strip()
    assert [s.index for s in sentences] == list(range(len(sentences)))


@pytest.mark.parametrize("text", [t for _, t in FLOODS], ids=IDS)
def test_text_helpers_finish(text):
    with alarm():
        extract_entities(text)
        events._subject(text)
        events._reports_event(text)
        events._last_word(text)
        events._drop_dangling(text, events._DANGLING_END)
        events._tidy(text)
        events._is_title(text)
        events._enclosing_quote(text, len(text) // 2, len(text) // 2 + 1)
        events._governing_clause(text, len(text) // 2, len(text) // 2 + 1)
        events._cut_spans(text, [(len(text) - 1, len(text))])
        events._remove(text, len(text) // 2, len(text) // 2 + 1)
        events.is_furniture(text)
        events._main_verb(text)


@pytest.mark.parametrize("unit", ["WILLIAMS ARRESTED ", " ", "the mayor signed it ", "."],
                         ids=["capitals", "spaces", "no punctuation", "dots"])
def test_megabyte_lines_finish(unit):
    text = _fill(unit, MB)
    with alarm():
        make_headline(text, [])
        split_sentences(text)


def test_last_word_and_dangling_words_keep_their_meaning():
    assert events._last_word("he met on Monday , ") == "monday"
    assert events._last_word("it rose 5") == ""
    assert events._drop_dangling("talks were postponed to", events._DANGLING_END) == \
        "talks were postponed"
    assert events._drop_dangling("to", events._DANGLING_END) == "to"  # never all of it


def test_a_long_line_without_punctuation_is_cut_at_clause_marks_or_spaces():
    text = _fill("the mayor signed it, ", 5 * MAX_SENTENCE_CHARS)
    sentences = split_sentences(text)
    assert len(sentences) >= 5
    assert all(s.text.endswith(",") for s in sentences[:-1])


def _dated_document(n: int, per_line: int = 1) -> tuple[Document, list[TimeMention]]:
    """n dated sentences (per_line on one line), with their mentions as the tagger gives them."""
    lines, mentions, pos = [], [], 0
    for i in range(0, n, per_line):
        line = ""
        for j in range(i, min(n, i + per_line)):
            d = date(2013, 1, 1) + timedelta(days=j % 300)
            when = f"{d:%B} {d.day}, {d.year}"
            start = pos + len(line) + 3
            mentions.append(TimeMention("big", start, start + len(when), when, "DATE",
                                        d.isoformat(), TimeSpan(d, d, "day", d.isoformat()),
                                        tense="past"))
            line += f"On {when}, the council of town {j} approved plan {j}. "
        lines.append(line.rstrip())
        pos += len(lines[-1]) + 1
    return Document("big", "\n".join(lines), published=date(2013, 12, 1)), mentions


@pytest.mark.parametrize("per_line", [1, 50], ids=["one per line", "fifty per line"])
def test_a_document_of_thousands_of_dated_sentences_gives_each_its_event(per_line):
    doc, mentions = _dated_document(3000, per_line)
    with alarm():
        out = extract_events(doc, mentions)
    assert len(out) == 3000
    assert out[42].headline == "The council of town 42 approved plan 42"
    assert out[42].span == mentions[42].span


def test_a_huge_line_of_dates_without_punctuation_finishes():
    when = "May 2, 2013 "
    text = _fill("Monday " + when, FLOOD)
    mentions = []
    for k in range(0, len(text) - len(when), len("Monday " + when)):
        a = k + len("Monday ")
        mentions.append(TimeMention("x", a, a + len(when) - 1, when.strip(), "DATE", "2013-05-02",
                                    TimeSpan(date(2013, 5, 2), date(2013, 5, 2), "day",
                                             "2013-05-02"), tense="past"))
    doc = Document("x", text, published=date(2013, 5, 3))
    with alarm():
        out = extract_events(doc, mentions)
    assert all(e.headline for e in out)


# --- the ends of the calendar -----------------------------------------------------------------

def _events_of(text: str, published: date):
    from timeline.pipeline import process_document
    doc = Document(id="edge", text=text, published=published)
    return process_document(doc)[1]


def test_a_lead_published_on_the_first_day_of_the_calendar_keeps_its_event():
    # The lead's span is "that day or the day before"; there is no day before 0001-01-01.
    found = _events_of("The council has approved the new budget, officials said.",
                       date(1, 1, 1))
    assert [(e.span.first, e.span.last) for e in found] == [(date(1, 1, 1), date(1, 1, 1))]


def test_a_count_from_the_last_day_of_the_calendar_is_no_event_and_no_error():
    # "300 days before the talks collapsed" dates the collapse 300 days after
    # July 30: past 9999-12-31, so that clause has no event; the meeting keeps its own.
    found = _events_of("The ministers met on July 30, 300 days before the talks "
                       "collapsed.", date(9999, 12, 31))
    assert [e.span.first for e in found] == [date(9999, 7, 30)]
