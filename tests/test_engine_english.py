"""The language engine reads English from data/en.py's patterns (a measure of how far
English is from moving to it: `benchmarks/compare.py --systems timeline,engine-en`);
production English is still timeline.temporal."""
from datetime import date

import pytest

from timeline.languages import engine

DCT = date(1998, 3, 4)  # a Wednesday


@pytest.mark.parametrize("text,words,value", [
    ("He left on Jan. 5, 1998.", "Jan. 5, 1998", "1998-01-05"),
    ("They met on the 5th of May 1997.", "the 5th of May 1997", "1997-05-05"),
    ("It happened three days ago.", "three days ago", "1998-03-01"),
    ("They will meet next Monday.", "next Monday", "1998-03-09"),
    ("Profit rose in the first quarter.", "the first quarter", "1998-Q1"),
    ("The vote is at 3 p.m. Monday.", "3 p.m. Monday", "1998-03-02T15:00"),
    ("It lasted a fortnight.", "a fortnight", "P2W"),
    ("Prices fell in the nineties.", "the nineties", "199"),
    ("Sales fell last year.", "last year", "1997"),
    ("He has lived there for years.", "years", "PXY"),
])
def test_plain_english_forms(text, words, value):
    found = {m.text: m.value for m in engine.tag(text, DCT, "d", "en")}
    assert found.get(words) == value, found


def test_may_the_verb_is_no_month():
    assert [m.text for m in engine.tag("The board may vote in May.", DCT, "d", "en")] \
        == ["May"]


@pytest.mark.parametrize("text,words,value", [
    ("It began in nineteen ninety-six.", "nineteen ninety-six", "1996"),
    ("A bug was feared for the year two thousand.", "the year two thousand", "2000"),
])
def test_years_in_words(text, words, value):
    found = {m.text: m.value for m in engine.tag(text, DCT, "d", "en")}
    assert found.get(words) == value, found


def test_a_business_report_compares_with_the_quarter_in_focus_a_year_back():
    text = ("Net income rose 5% in the third quarter from a year earlier. Sales fell from "
            "the year-ago quarter. The quarter was strong; the latest period ended well.")
    found = [(m.text, m.value) for m in engine.tag(text, date(1989, 10, 26), "d", "en")]
    assert found == [("the third quarter", "1989-Q3"), ("a year earlier", "1988-Q3"),
                     ("the year-ago quarter", "1988-Q3"), ("The quarter", "1989-Q3"),
                     ("the latest period", "1989-Q3")]


def test_the_year_ended_is_a_year_long():
    found = {m.text: m.value for m in engine.tag(
        "Net rose in the year ended Sept. 30.", date(1989, 10, 26), "d", "en")}
    assert found == {"the year": "P1Y", "Sept. 30": "1989-09-30"}


@pytest.mark.parametrize("text,words,value", [
    # a past clause, but the words right around the date point ahead or back
    ("The company said the deal was set for completion by Dec. 15.", "Dec. 15",
     "1989-12-15"),
    ("They met Tuesday; they discussed Wednesday's ruling.", "Wednesday", "1989-10-25"),
    ("The offer was extended until Friday.", "Friday", "1989-11-03"),
    ("He had filed reports by Wednesday.", "Wednesday", "1989-10-25"),
    # the nearest tense cue decides: "said" is past, "will" is nearer
    ("He said the board will meet Monday.", "Monday", "1989-11-06"),
])
def test_direction_from_the_words_around_a_date(text, words, value):
    found = {m.text: m.value for m in engine.tag(text, date(1989, 10, 31), "d", "en")}
    assert found.get(words) == value, found


@pytest.mark.parametrize("text,words,value", [
    ("They lived there for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
    ("The offer expires at 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", "1989-11-09T17:00"),
    ("Orangemen march each July.", "each July", "XXXX-07"),
    ("She is a 20th century democrat.", "20th century", "19"),
    ("Earnings fall in the last half of 1989.", "the last half of 1989", "1989-H2"),
    ("Acquisitions are planned for the next 12 to 18 months.", "the next 12 to 18 months",
     "PXM"),
    ("Eight trading days passed.", "Eight trading days", "P8D"),
])
def test_counts_clocks_and_sets(text, words, value):
    found = {m.text: m.value for m in engine.tag(text, date(1989, 11, 2), "d", "en")}
    assert found.get(words) == value, found


def test_a_forecast_or_background_quarter_is_not_the_one_in_focus():
    text = ("Net rose in the third quarter. After a flat second quarter, sales grew. It "
            "expects gains in the first quarter of 1990. The quarter was strong.")
    found = [(m.text, m.value) for m in engine.tag(text, date(1989, 10, 26), "d", "en")]
    assert found[-1] == ("The quarter", "1989-Q3"), found


@pytest.mark.parametrize("text,words,value", [
    ("The deal is expected in December.", "December", "1989-12"),  # "is expected": ahead
    ("The dividend will be paid Dec. 14.", "Dec. 14", "1989-12-14"),  # "be paid": ahead
    ("Shares rose from $29.75 in March.", "March", "1989-03"),  # no cue: March is far
    ("Sales rose in December.", "December", "1988-12"),
])
def test_tense_cues_for_months_and_days(text, words, value):
    found = {m.text: m.value for m in engine.tag(text, date(1989, 10, 30), "d", "en")}
    assert found.get(words) == value, found


@pytest.mark.parametrize("text,words", [
    ("The company earlier this year adopted a plan.", "earlier this year"),
    ("Du Pont reported that third-quarter profit grew.", "third-quarter"),
    ("The government called the 14-day waiting period unfair.", "14-day"),
    ("Prices fell over the last two weeks.", "the last two weeks"),
    ("A year earlier UniFirst earned $2 million.", "A year earlier"),
    ("It shipped within two to three weeks.", "two to three weeks"),
])
def test_the_words_a_timex_spans(text, words):
    assert words in [m.text for m in engine.tag(text, date(1989, 11, 2), "d", "en")]


@pytest.mark.parametrize("text,words,value", [
    ("Third-quarter net was $24 million, compared with a loss of $3 million last year.",
     "last year", "1988-Q3"),
    ("Earnings of $4 a share are seen for this year, up from last year's $3.27.",
     "last year", "1988"),
    ("By mid afternoon, sources were saying so.", "mid afternoon", "1989-11-02TAF"),
    ("He was shot around 7:15 p.m.", "around 7:15 p.m.", "1989-11-02T19:15"),
])
def test_comparisons_and_parts_of_days(text, words, value):
    found = {m.text: m.value for m in engine.tag(text, date(1989, 11, 2), "d", "en")}
    assert found.get(words) == value, found


@pytest.mark.parametrize("text,words,value", [
    ("Islam will one day be the second largest religion.", "one day", "FUTURE_REF"),
    ("The trip took one day.", "one day", "P1D"),
    ("The rate is the lowest for almost two decades.", "almost two decades", "P20Y"),
])
def test_modal_one_day_and_decades_in_years(text, words, value):
    found = {m.text: m.value for m in engine.tag(text, date(1998, 3, 3), "d", "en")}
    assert found.get(words) == value, found


def test_a_closing_day_leaves_the_quarter_in_focus():
    text = ("Net fell in the first quarter ended Sept. 30. It had a net loss of C$2.3 "
            "million a year ago.")
    found = {m.text: m.value for m in engine.tag(text, date(1989, 10, 26), "d", "en")}
    assert found["a year ago"] == "1988-Q1", found


def test_a_past_verb_after_the_date_is_no_participle_of_a_word_before_it():
    found = {m.text: m.value for m in engine.tag(
        "So Saddam Hussein on Friday tried to scare other leaders.", date(1990, 8, 13), "d",
        "en")}
    assert found["Friday"] == "1990-08-10"


def test_a_capitalised_time_word_inside_a_sentence_is_part_of_a_name():
    text = 'Baker, speaking on ABC News\' "This Week," said the talks went on this week.'
    assert [(m.text, m.value) for m in engine.tag(text, DCT, "d", "en")] \
        == [("this week", "1998-W10")]


def test_a_capital_after_a_quote_opens_a_sentence():
    found = {m.text: m.value for m in engine.tag("``Today, we have a suspect,'' he said.",
                                                  DCT, "d", "en")}
    assert found == {"Today": "1998-03-04"}


@pytest.mark.parametrize("text,value", [
    # a scheduled present: the event is ahead (DCT is a Wednesday)
    ("He and Arafat meet separately Monday with Albright.", "1998-03-09"),
    ("The plant reopens on Friday.", "1998-03-06"),
    ("The team is playing Sunday.", "1998-03-08"),
    # a past verb nearer the weekday is the clause's verb; a possessive is a day that has been
    ("Telerate shares fell 50 cents on Friday.", "1998-02-27"),
    ("The GM move follows Tuesday's declaration by Ford.", "1998-03-03"),
])
def test_a_scheduled_present_points_a_weekday_ahead(text, value):
    found = [m.value for m in engine.tag(text, DCT, "d", "en") if m.type == "DATE"]
    assert found == [value], found


@pytest.mark.parametrize("text,expected", [
    # a unit word that is also an ordinal, after an article, is the ordinal ...
    ("A second group of directors sued.", []),
    ("It will be a second betrayal.", []),
    # ... unless the match counts a way
    ("He left a second later.", ["a second later"]),
    # an age is no time
    ("Mr. Schwarz, 52 years old, will succeed him.", []),
    ("Employees 55 years old or older may retire.", []),
    ("He waited 52 years.", ["52 years"]),
])
def test_ordinals_and_ages_are_no_durations(text, expected):
    assert [m.text for m in engine.tag(text, DCT, "d", "en")] == expected


def test_a_negated_participle_is_no_past_cue():
    # "unspecified" is an adjective: "would" sets the clause ahead
    text = "The split would be paid on a still unspecified date in January."
    assert [m.value for m in engine.tag(text, DCT, "d", "en")] == ["1999-01"]


@pytest.mark.parametrize("text,value", [
    # the period of "Corp." or "Inc." before a lower-case word ends no clause: "completed"
    # sets the clause in the past
    ("Sony Corp. completed its offer for Columbia Pictures Inc., with holders tendering "
     "99% of the shares by the Tuesday deadline.", "1998-03-03"),
    # nor does a decimal point
    ("He will pay $2.5 million on Friday.", "1998-03-06"),
])
def test_an_abbreviation_or_a_decimal_point_ends_no_clause(text, value):
    found = [m.value for m in engine.tag(text, DCT, "d", "en") if m.type == "DATE"]
    assert found == [value], found


def test_clause_cuts_follow_the_sentences():
    text = "Sony Corp. completed it. Then it rose 2.5% in May; it fell."
    cuts = engine.clause_cuts(text, "en")
    assert text.index("Then") - 1 in cuts and text.index(" it fell") in cuts
    assert text.index(" completed") not in cuts and text.index("5%") not in cuts


@pytest.mark.parametrize("text,words,value", [
    # the attribution past a closing quote weighs less than the verb the time belongs to
    ("''He will leave at dawn (4 a.m. Thursday),'' Castro said.", "4 a.m. Thursday",
     "1998-03-05T04:00"),
    # a cue after the expression weighs more than one as far before it
    ("NATO has decided to admit Poland in early April, an official said.", "early April",
     "1998-04"),
])
def test_the_nearest_cue_is_weighed_in_words_and_clause_breaks(text, words, value):
    found = {m.text: m.value for m in engine.tag(text, DCT, "d", "en")}
    assert found.get(words) == value, found


def test_a_running_quarter_in_a_future_clause_is_a_forecast_not_the_focus():
    text = ("Bethlehem posted a drop in third-quarter profit. Analysts expect the trend to "
            "continue into the fourth quarter. In the year-ago period, it earned $101 million.")
    found = {m.text: m.value for m in engine.tag(text, date(1989, 10, 26), "d", "en")}
    assert found["the fourth quarter"] == "1989-Q4"
    assert found["the year-ago period"] == "1988-Q3", found


def test_the_quarter_named_again_brings_the_story_back_to_it():
    text = ("Valley Federal reported a third-quarter loss. It expects record earnings in "
            "1990. New loans were $6.6 million in the quarter compared with $361.8 million "
            "a year ago.")
    found = {m.text: m.value for m in engine.tag(text, date(1989, 11, 2), "d", "en")}
    assert found["the quarter"] == "1989-Q3" and found["a year ago"] == "1988-Q3", found


def test_a_period_of_another_length_ends_the_quarter_in_focus():
    text = ("Columbia lost $5 million in the third quarter.\n\nIt owes its growth to junk "
            "bonds.\n\nMuch of its trading went through Drexel.\n\nFor the nine months, losses "
            "totaled $212 million, compared with net income of $48.7 million a year earlier.")
    found = {m.text: m.value for m in engine.tag(text, date(1989, 10, 26), "d", "en")}
    assert found["the third quarter"] == "1989-Q3" and found["the nine months"] == "P9M"
    assert found["a year earlier"] == "1988", found


@pytest.mark.parametrize("text,expected", [
    ("The summit is on April 24 and 25.", [("April 24", "1998-04-24"), ("25", "1998-04-25")]),
    ("It meets Jan. 5 or 6.", [("Jan. 5", "1998-01-05"), ("6", "1998-01-06")]),
    # a unit or a word of not_after makes it no day; a second month is a date of its own
    ("Prices rose on March 3 and 4 percent later.", [("March 3", "1998-03-03")]),
    ("They will meet on April 24 and 25 May.", [("April 24", "1998-04-24"), ("25 May", "1998-05-25")]),
])
def test_a_bare_trailing_day_is_a_day_of_the_same_month(text, expected):
    assert [(m.text, m.value) for m in engine.tag(text, DCT, "d", "en")] == expected


@pytest.mark.parametrize("text,value", [
    ("He was freed 20 days later, on March 3, 2010.", "2010-03-03"),
    ("He left three days later on March 3, 1999.", "1999-03-03"),
    # a date without its year pins nothing
    ("Three days later, on Monday, he left.", "1998-03-07"),
])
def test_a_count_from_a_named_time_pinned_by_a_date_with_its_year_takes_it(text, value):
    first = engine.tag(text, DCT, "d", "en")[0]
    assert first.value == value, first


@pytest.mark.parametrize("text,words,value", [
    ("They meet Tuesday, 5 p.m.", "Tuesday, 5 p.m.", "1998-03-10T17:00"),
    ("It starts Thursday noon.", "Thursday noon", "1998-03-05T12:00"),
])
def test_a_day_then_its_clock_time_is_one_time(text, words, value):
    found = [(m.text, m.value) for m in engine.tag(text, DCT, "d", "en")]
    assert found == [(words, value)], found
