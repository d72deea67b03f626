"""Forms of modern news that TempEval-3's 1990s texts rarely show: day and year ranges,
quarter codes, weeks of a month, and durations counted ahead ("in 10 days")."""
from datetime import date

import pytest

from timeline.temporal import tag

DCT = date(2023, 3, 24)  # a Friday


def one(text, words, dct=DCT):
    found = [m for m in tag(text, dct) if m.text == words]
    assert len(found) == 1, [(m.text, m.value) for m in tag(text, dct)]
    m = found[0]
    assert text[m.start:m.end] == words
    return m


@pytest.mark.parametrize("text,words,value,first,last,precision", [
    ("Xi held talks in Moscow March 20-22.", "March 20-22", "2023-03-20/2023-03-22",
     date(2023, 3, 20), date(2023, 3, 22), "day"),
    ("The summit ran 20–22 March 2023.", "20–22 March 2023", "2023-03-20/2023-03-22",
     date(2023, 3, 20), date(2023, 3, 22), "day"),
    ("Trade grew in 2019-2021.", "2019-2021", "2019/2021",
     date(2019, 1, 1), date(2021, 12, 31), "year"),
    ("The 2022–23 season was cold.", "2022–23", "2022/2023",
     date(2022, 1, 1), date(2023, 12, 31), "year"),
    ("Sales rose in Q3 2023.", "Q3 2023", "2023-Q3", date(2023, 7, 1), date(2023, 9, 30),
     "quarter"),
    ("Profit fell in H1 2022.", "H1 2022", "2022-H1", date(2022, 1, 1), date(2022, 6, 30),
     "half"),
    ("Revenue in 3Q22 was flat.", "3Q22", "2022-Q3", date(2022, 7, 1), date(2022, 9, 30),
     "quarter"),
    ("They met in the first week of March.", "the first week of March", "2023-W09",
     date(2023, 2, 27), date(2023, 3, 5), "week"),
    ("They met again in the last week of December 2022.", "the last week of December 2022",
     "2022-W52", date(2022, 12, 26), date(2023, 1, 1), "week"),
])
def test_ranges_codes_and_weeks(text, words, value, first, last, precision):
    m = one(text, words)
    assert m.type == "DATE" and m.value == value
    assert (m.span.first, m.span.last, m.span.precision) == (first, last, precision)


def test_two_dates_joined_by_a_word_stay_two_expressions():
    text = "Shares were bought from Aug. 26 to Oct. 20 in 1989."
    values = [m.value for m in tag(text, date(1989, 11, 1))]
    assert values == ["1989-08-26", "1989-10-20", "1989"]


@pytest.mark.parametrize("text,words,kind,day,slack", [
    ("The law will take effect in 10 days.", "10 days", "point", date(2023, 4, 3), 0),
    ("A vote will come in about a month.", "about a month", "approximate",
     date(2023, 4, 24), 7),
    ("Talks must end within two weeks, officials will say.", "two weeks", "before",
     date(2023, 4, 7), 0),
])
def test_durations_counted_ahead_date_the_future(text, words, kind, day, slack):
    m = one(text, words)
    assert m.type == "DURATION"  # TimeML keeps the duration; the span dates the event
    assert m.span.kind == kind and m.span.last == day and m.span.slack_days == slack


def test_a_duration_in_the_past_dates_nothing():
    m = one("The talks lasted two weeks.", "two weeks")
    assert m.value == "P2W" and m.span is None


@pytest.mark.parametrize("text,words", [
    ("Call 2019-2012 for details.", None),     # not a range: it runs backwards
    ("The Q&A session ran long.", None),
])
def test_lookalikes_are_not_dated(text, words):
    assert all(m.span is None or m.type != "DATE" for m in tag(text, DCT)) or not [
        m for m in tag(text, DCT) if m.type == "DATE" and "/" in m.value]


@pytest.mark.parametrize("text,dct,words,value", [
    # A bound or term ahead beats the past tense of the verb that set it.
    ("The company extended its offer to Nov. 20.", date(1989, 11, 2), "Nov. 20", "1989-11-20"),
    ("The dividend is payable Dec. 14 to holders.", date(1989, 10, 26), "Dec. 14",
     "1989-12-14"),
    ("He gave no reason for the Jan. 14 deadline.", date(2000, 1, 5), "Jan. 14", "2000-01-14"),
    ("The new pact, signed last week, is effective Feb. 1.", date(1989, 10, 26), "Feb. 1",
     "1990-02-01"),
    # "since" always looks back, whatever else the sentence plans.
    ("The carrier has been on patrol since March and was scheduled to return in May.",
     date(1990, 8, 13), "March", "1990-03"),
])
def test_bounds_and_terms_place_the_year(text, dct, words, value):
    assert one(text, words, dct).value == value


@pytest.mark.parametrize("text,words,value", [
    ("The report was published 20.03.2025 in Berlin.", "20.03.2025", "2025-03-20"),
    ("It was updated on 2025/03/21.", "2025/03/21", "2025-03-21"),
    ("The filing is dated 3/21/2025.", "3/21/2025", "2025-03-21"),
])
def test_numeric_dates(text, words, value):
    assert one(text, words).value == value


def test_version_numbers_are_not_dates():
    assert tag("Version 1.2.3 replaced 3.14.15 and 2.0.", DCT) == []


@pytest.mark.parametrize("text,dct,words,value", [
    # In a fronted phrase the main clause after the comma gives the tense.
    ("In a meeting on December 21 with former Russian President Dmitri Medvedev, Xi called "
     "for talks.", date(2022, 12, 12), "December 21", "2021-12-21"),
    ("On Friday, the two ministers will sign the accord.", date(2022, 12, 22), "Friday",
     "2022-12-23"),
    # A quoted clause keeps its own tense; the attribution after it is another clause.
    ("\"The father will leave at 4 a.m. Thursday,\" Castro said.", date(2000, 4, 5),
     "4 a.m. Thursday", "2000-04-06T04:00"),
])
def test_fronted_phrases_and_quotes_take_their_own_clause_tense(text, dct, words, value):
    assert one(text, words, dct).value == value


@pytest.mark.parametrize("text,value", [
    # A present tense kept in a reporting verb's complement is the complement's own tense
    # (what is said still holds or is ahead), not the past of "said".
    ("The minister said the law takes effect on March 1.", "2023-03-01"),
    ("The minister said that the new law takes effect on March 1.", "2023-03-01"),
    ("The ministry announced it starts the program in March.", "2023-03"),
    ("She told reporters the plant reopens in March.", "2023-03"),
    ("The agency said its office closes on March 1.", "2023-03-01"),
    # the same sentences with a future or a past in the complement
    ("The minister said the law will take effect on March 1.", "2023-03-01"),
    ("The minister said the law took effect on March 1.", "2022-03-01"),
    # a plural noun after the determiner is no present verb
    ("The company said the prices were higher in March.", "2022-03"),
])
def test_a_present_tense_reported_after_said_is_not_past(text, value):
    assert [m.value for m in tag(text, date(2023, 2, 2))] == [value]


def test_an_offset_pinned_by_the_date_after_it_takes_that_date():
    text = "Since the invasion 20 days later on February 24, 2022, Russia has gone far."
    m = one(text, "20 days later", date(2023, 3, 20))
    assert m.value == "2022-02-24"
    assert m.anchor.kind == "mention" and m.anchor.text == "February 24, 2022"


def test_from_starts_a_range_rather_than_an_open_since():
    found = {m.text: m for m in tag("Xi was in Moscow from March 20 to 22 for talks.", DCT)}
    assert found["March 20"].span.kind == "point"
    assert found["22"].value == "2023-03-22"
    assert one("Sales have grown since 2021.", "2021").span.kind == "after"


@pytest.mark.parametrize("text", [
    "The Senate voted 52-48 on the bill.",
    "Boeing 737 Max jets and F-16 fighters were grounded under Article 5.",
    "The Lakers won 110-102, their 3rd straight win. Call 555-1234.",
    "Apple sold 1,999 units at $2,024 each.",
    "Prices fell 2.5% year-over-year and 0.3% month-on-month.",
    "He served 24/7 in Unit 1942 and under Resolution 2231.",
    "March Madness begins; Sun Microsystems and Mars Inc. merged.",
    "\"May the best team win,\" he said.",
    "A 30-year-old man and a 2-year-old girl were hurt.",
])
def test_numbers_and_names_that_look_like_dates_are_not_dated(text):
    assert [m.text for m in tag(text, DCT) if m.type in ("DATE", "TIME")] == []


def test_a_time_zone_is_in_capitals_not_the_next_word():
    found = {m.text: m for m in tag("A jogger saw the car at 6 a.m. near the home; the offer "
                                    "ends at 5 p.m. EST today.", date(1999, 5, 5))}
    assert found["6 a.m."].value == "1999-05-05T06:00"
    assert found["5 p.m. EST today"].value == "1999-05-05T17:00"


def test_an_anniversary_counts_from_the_date_the_article_gives_its_event():
    text = ("Since Putin's invasion on February 24, 2022, Russia has gone far. China released "
            "its plan on the one-year anniversary of Russia's invasion. The 39th anniversary of "
            "the Bay of Pigs fiasco passed quietly.")
    found = {m.text: m for m in tag(text, date(2023, 3, 20))}
    a = found["the one-year anniversary of Russia's invasion"]
    assert (a.type, a.value) == ("DATE", "2023-02-24")
    assert a.anchor.kind == "mention" and a.anchor.text == "February 24, 2022"
    assert "one-year" not in found  # part of the anniversary, not a duration of its own
    # no date for the fiasco in the article: nothing is made up
    assert not any("Bay of Pigs" in t for t in found)


def test_a_time_named_as_background_does_not_take_the_focus():
    text = ("Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second "
            "quarter, the company attributed the gain to its consumer businesses. Charges "
            "taken in the year-earlier period also helped.")
    found = {m.text: m for m in tag(text, date(1989, 11, 1))}
    assert found["the year-earlier period"].value == "1988-Q3"  # the third quarter's, still


def test_tense_reads_past_abbreviations_and_a_second_fronted_phrase():
    text = ("In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court "
            "decision, a clinic bombing in Birmingham, Ala., killed a security guard.")
    assert one(text, "January", date(1998, 10, 25)).value == "1998-01"


@pytest.mark.parametrize("text,value", [
    # English states a scheduled event in the simple present or the progressive: the next
    # such day, whatever verb it is, with a subject in -s, a plural, a name or a pronoun.
    ("The company told reporters the plant reopens on Friday.", "2023-02-03"),
    ("The plant reopens on Friday.", "2023-02-03"),
    ("The team plays on Sunday.", "2023-02-05"),
    ("Arsenal plays Chelsea on Sunday.", "2023-02-05"),
    ("The talks resume Thursday in Geneva.", "2023-02-02"),
    ("The two leaders meet on Monday.", "2023-02-06"),
    ("He and Palestinian leader Yasser Arafat meet separately Monday.", "2023-02-06"),
    ("He returns to Washington on Thursday.", "2023-02-02"),
    ("The plant is reopening on Friday.", "2023-02-03"),
    ("The minister says the plant reopens on Friday.", "2023-02-03"),
    ("Apple says its stores reopen on Friday.", "2023-02-03"),
    ("The plant reopens on Friday, the company said.", "2023-02-03"),
    ("On Friday, the plant reopens.", "2023-02-03"),
    # The present of a verb of saying is about the act itself, today or just past.
    ("The minister says on Monday he resigned.", "2023-01-30"),
    ("Officials say on Monday the plant closed.", "2023-01-30"),
    ("The minister tells parliament on Monday that he quit.", "2023-01-30"),
    ("On Monday, the minister says he resigned.", "2023-01-30"),
    # a past verb, or a plural noun that is no verb, keeps the last such day
    ("The plant reopened on Friday.", "2023-01-27"),
    ("The minister said on Friday he resigned.", "2023-01-27"),
    ("Crowds gathered for the opening ceremonies on Friday.", "2023-01-27"),
    ("Apple shares on Friday jumped sharply.", "2023-01-27"),
    ("On Friday, Apple shares rose.", "2023-01-27"),
    ("Talks with Iran on Monday failed.", "2023-01-30"),
    ("An official said the company told customers Monday about the bugs.", "2023-01-30"),
    # a subject starts its clause, and no finite verb follows it at once
    ("He clinched a spot in the playoffs on Sunday.", "2023-01-29"),
    ("Even as the organizers on Friday unveiled the host, critics complained.", "2023-01-27"),
    ("Both countries were having phone and Internet difficulties Friday.", "2023-01-27"),
    # a base form may be a past: not in a past clause, nor a past known to look like one
    ("The two leaders led the talks as they overcame their rivals on Thursday.", "2023-01-26"),
    ("Both teams beat their rivals on Sunday.", "2023-01-29"),
])
def test_a_scheduled_present_points_a_weekday_ahead(text, value):
    # 2023-02-01 is a Wednesday
    assert [m.value for m in tag(text, date(2023, 2, 1))] == [value]
