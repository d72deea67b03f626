"""Counts of four digits and more, and counts with a scale word ("two thousand", "1.5
million"): the whole expression is one mention, and a date the calendar cannot hold stays
flagged out of range with no span (issue 9, issue 11)."""
from datetime import date

import pytest

from timeline.temporal.tagger import tag

DCT = "2023-03-10"


def only(text):
    found = tag(text, DCT)
    assert len(found) == 1, [(m.text, m.value) for m in found]
    return found[0]


@pytest.mark.parametrize("text,words", [
    ("It opens 10 million days later.", "10 million days later"),
    ("It comes 8000 years later.", "8000 years later"),  # year 10023
    ("It comes 1 million years later.", "1 million years later"),
    ("It happened a million years ago.", "a million years ago"),
    ("The rocks formed 1.5 billion days earlier.", "1.5 billion days earlier"),
])
def test_scaled_offsets_beyond_the_calendar_are_one_flagged_mention(text, words):
    m = only(text)
    assert m.text == words and text[m.start:m.end] == words
    assert m.type == "DATE" and m.span is None and m.flags == ("out-of-range",)


def test_a_million_days_later_is_still_inside_the_calendar():
    m = only("It will be opened 1 million days later.")
    assert m.text == "1 million days later"
    assert m.value == "4761-02-04" and m.span.first == date(4761, 2, 4)


@pytest.mark.parametrize("text,words,value", [
    ("It lasted more than two thousand years.", "more than two thousand years", "P2000Y"),
    ("The empire lasted 2000 years.", "2000 years", "P2000Y"),
    ("The drought lasted 8,000 years.", "8,000 years", "P8000Y"),
    ("The rock is 1.5 million years in the making.", "1.5 million years", "P1500000Y"),
    ("It took one hundred thousand years.", "one hundred thousand years", "P100000Y"),
])
def test_scaled_and_long_counts_are_durations(text, words, value):
    m = only(text)
    assert (m.text, m.type, m.value) == (words, "DURATION", value)


def test_a_scaled_count_in_range_resolves():
    m = only("The city was founded more than two thousand years ago.")
    assert m.text == "more than two thousand years ago" and m.value == "0023"


def test_a_vague_count_takes_no_scale():
    # "several thousand" is no count of three: only the unit is an expression.
    assert [m.text for m in tag("It lasted several thousand years.", DCT)] == ["years"]


@pytest.mark.parametrize("text,words,value", [
    ("The siege lasted two hundred days.", "two hundred days", "P200D"),
    ("They waited three hundred and fifty days.", "three hundred and fifty days", "P350D"),
    ("The ice sheet lasted twenty-five thousand years.", "twenty-five thousand years",
     "P25000Y"),
    ("The tale runs a thousand and one nights.", "a thousand and one nights", "P1001D"),
    ("The dynasty ruled for nine hundred ninety-nine years.", "nine hundred ninety-nine years",
     "P999Y"),
    ("The cathedral took fifteen hundred days.", "fifteen hundred days", "P1500D"),
    ("Work went on for one thousand two hundred days.", "one thousand two hundred days",
     "P1200D"),
])
def test_compound_number_words_are_one_count(text, words, value):
    m = only(text)
    assert (m.text, m.type, m.value) == (words, "DURATION", value)


def test_a_compound_count_offsets_a_date():
    # "two hundred days before": 200 days, not "hundred days" (issue 11).
    m = only("The treaty was signed two hundred days before.")
    assert m.text == "two hundred days before" and m.value == "2022-08-22"
    m = only("It ended one hundred and twenty days later.")
    assert m.text == "one hundred and twenty days later" and m.value == "2023-07-08"
