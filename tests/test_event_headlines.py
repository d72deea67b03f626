"""Headlines a person would write, and several events in one sentence (issue 10, points 3
and 5): what a reader sees, through the tagger and the event stage."""
from datetime import date

import pytest

from timeline.dedup import merge_events
from timeline.events import headline_quality
from timeline.model import Document
from timeline.pipeline import process_document

PUBLISHED = date(2013, 5, 3)


def events(text: str):
    return process_document(Document("d", text, published=PUBLISHED))[1]


def seen(text: str):
    return [(e.span.value, e.headline) for e in events(text)]


# ---------------------------------------------------------------- several events per sentence

@pytest.mark.parametrize("text, expected", [
    ("Jobs started Apple in 1976, and launched the iTunes Music Store in 2003.",
     [("1976", "Jobs started Apple"), ("2003", "Jobs launched the iTunes Music Store")]),
    # the second part a clause with its own subject, a pronoun, a fronted date
    ("Jobs started Apple with Steve Wozniak in a garage in 1976, and Apple launched the "
     "iTunes Music Store in 2003.",
     [("1976", "Jobs started Apple with Steve Wozniak in a garage"),
      ("2003", "Apple launched the iTunes Music Store")]),
    ("Jobs started Apple in 1976, and it launched the iTunes Music Store in 2003.",
     [("1976", "Jobs started Apple"), ("2003", "It launched the iTunes Music Store")]),
    ("In 1976, Jobs started Apple, and in 2003 he launched the iTunes Music Store.",
     [("1976", "Jobs started Apple"), ("2003", "He launched the iTunes Music Store")]),
    # a list of three verb phrases, each dated
    ("Jobs started Apple in April 1976, left it in 1985, and launched the iTunes Music Store "
     "in 2003.",
     [("1976-04", "Jobs started Apple"), ("1985", "Jobs left it"),
      ("2003", "Jobs launched the iTunes Music Store")]),
    # the shared subject past an aside
    ("Jobs, 56, started Apple in 1976, and launched the iTunes Music Store in 2003.",
     [("1976", "Jobs, 56, started Apple"), ("2003", "Jobs launched the iTunes Music Store")]),
])
def test_each_dated_part_of_a_coordination_is_an_event_with_its_own_headline(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause after a name, set off by commas, dated apart: the name's own event
    ("Apple's co-founder Steve Jobs, who died in 2011, started Apple in 1976, and launched "
     "the iTunes Music Store in 2003.",
     [("1976", "Apple's co-founder Steve Jobs started Apple"),
      ("2003", "Apple's co-founder Steve Jobs launched the iTunes Music Store"),
      ("2011", "Steve Jobs died")]),
    # the only date is the aside's: its event, not the main clause's
    ("Steve Jobs, who died in 2011, was the co-founder of Apple.", [("2011", "Steve Jobs died")]),
    # two coordinated names, each with its dated aside
    ("The other running backs are DeShawn Wynn, who was signed on Tuesday, and rookie Joique "
     "Bell, who was signed Wednesday from the Eagles' practice squad.",
     [("2013-04-30", "DeShawn Wynn was signed"),
      ("2013-05-01", "Joique Bell was signed from the Eagles' practice squad")]),
    # coordinated relative clauses: the dated one
    ("The gang was founded by Charles Luciano, who was deported to Italy and who died in 1962.",
     [("1962", "Charles Luciano died")]),
])
def test_a_dated_relative_aside_is_the_event_of_its_name(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize("text", [
    "Jobs and Wozniak started Apple in a garage in 1976.",  # coordinated subjects
    "On Monday and Tuesday Putin met Xi in Moscow.",  # coordinated dates
    "Putin met Xi on Monday, and they signed a deal on Monday.",  # dated alike
])
def test_one_event_when_the_parts_are_not_dated_apart(text):
    assert len(events(text)) == 1


def test_a_verb_phrase_inside_a_relative_clause_does_not_borrow_the_main_subject():
    text = ("Brian Nichols, 37, was found guilty last month of murder for the March 2005 rampage "
            "that started in a downtown courthouse, led to an Atlanta neighborhood and ended "
            "with his capture the next day in a suburban county.")
    assert not any(h.startswith("Brian Nichols ended") for _, h in seen(text))


# ---------------------------------------------------------------- headlines

def test_a_title_run_into_its_lead_is_two_sentences():
    text = ("The A380 was revealed The world's largest passenger aircraft was unveiled in "
            "Toulouse on Tuesday.")
    [ev] = events(text)
    assert ev.headline == "The world's largest passenger aircraft was unveiled in Toulouse"
    assert ev.sentence.startswith("The world's")


def test_the_pronoun_i_does_not_start_a_sentence():
    text = "It was the worst run defense I have seen the Colts play since the debacle in 2006."
    [ev] = events(text)
    assert ev.sentence == text


def test_a_date_that_was_the_subject_leaves_a_noun_not_a_fragment():
    [ev] = events("18 January was chosen as its date matches the aircraft's designation number.")
    assert ev.headline == "The day was chosen as its date matches the aircraft's designation number"
    [ev] = events("“Tonight was a peaceful vigil that devolved into a riot,” Williams wrote.")
    assert ev.headline == "“The day was a peaceful vigil that devolved into a riot,” Williams wrote"


def test_headline_quality_prefers_a_sentence():
    clean = headline_quality("The A380 was unveiled in Toulouse")
    assert clean == 1.0
    assert headline_quality("Lindsay Lohan checks into Betty Ford Center") == 1.0
    assert headline_quality("Dubbed the Oddfather, Gigante had scored a string of victories") == 1.0
    assert headline_quality("Convicted mobster Vincent Gigante died in prison") == 1.0
    for worse in ["Was chosen as its date matches the aircraft's designation number",
                  "Launched the iTunes Music Store",
                  "The A380 was revealed The world's largest passenger aircraft was unveiled",
                  "AIRBUS UNVEILS THE A380 SUPERJUMBO IN TOULOUSE",
                  "Back",
                  "Have you had any internet problems?"]:
        assert headline_quality(worse) < clean, worse
    assert headline_quality("PUBLISHED: THURSDAY, MAY 2, 2013") == 0.0
    assert headline_quality("") == 0.0


def test_a_merged_event_takes_the_clearest_headline_of_its_reports():
    # Two reports of one unveiling on one day: the first source's is in capitals, the other
    # a sentence in sentence case; the event shows the sentence.
    a = Document("a", "AIRBUS UNVEILED THE A380 SUPERJUMBO IN TOULOUSE ON TUESDAY.",
                 published=PUBLISHED)
    b = Document("b", "Airbus unveiled the A380 superjumbo in Toulouse on Tuesday.",
                 published=PUBLISHED)
    mentions = [m for d in (b, a) for m in process_document(d)[1]]
    [event] = merge_events(mentions, [a, b])
    assert event.headline == "Airbus unveiled the A380 superjumbo in Toulouse"


def test_a_leading_adverb_stays_before_an_inverted_verb():
    [ev] = events("Then came the anger on Monday: a vigil marred by an unruly mob.")
    assert ev.headline == "Then came the anger: a vigil marred by an unruly mob"
    [ev] = events("But on Monday, the agency announced new sanctions.")
    assert ev.headline == "The agency announced new sanctions"


@pytest.mark.parametrize("text", [
    "Stories reported by The New York Times show the plan was dropped on Monday.",
    "Airbus Unveils The A380 Superjumbo In Toulouse As The World Watches On Monday",
    "Police arrested him on Monday after it was found that The Hague court had ruled.",
])
def test_a_capitalised_determiner_in_a_name_or_a_title_is_no_new_sentence(text):
    assert [e.sentence for e in events(text)] == [text]
