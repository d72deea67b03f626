"""Temporal tagger: every form the timeline relies on, with values worked out by hand.

Each case is a realistic news sentence with a document creation date (dct). The expected
values come from the calendar and the TimeML/TIMEX3 conventions (extents without the
governing preposition or sentence punctuation, ISO weeks Monday..Sunday, seasons by
meteorological months, winter spanning December..February), not from the tagger's output.

Calendar facts used below:
    2022-12-22 Thu (ISO 2022-W51)   2022-12-30 Fri   2023-03-20 Mon (ISO 2023-W12)
    2023-03-23 Thu   2024-12-12 Thu   1989-10-27 Fri
    2024-12-12 + 40 days = 2025-01-21   2024-12-12 - 7 days = 2024-12-05
    2022-02-04 + 20 days = 2022-02-24
"""
from datetime import date

import pytest

from timeline.ingest import read_documents
from timeline.temporal import tag

D = date.fromisoformat


def _check_offsets(text, mentions):
    for m in mentions:
        assert text[m.start:m.end] == m.text, (m.start, m.end, m.text)


def find(text, dct, words, nth=0):
    """Tag `text` and return the mention whose extent is exactly `words` (its nth
    occurrence in the text), failing with the list of what was found otherwise."""
    mentions = tag(text, dct)
    _check_offsets(text, mentions)
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    hits = [m for m in mentions if m.start == start and m.end == start + len(words)]
    assert hits, f"no mention {words!r}; got {[(m.text, m.value) for m in mentions]}"
    assert len(hits) == 1
    return hits[0]


def overlapping(text, dct, words):
    """Mentions of `text` that overlap the first occurrence of `words`."""
    mentions = tag(text, dct)
    _check_offsets(text, mentions)
    start = text.index(words)
    end = start + len(words)
    return [(m.text, m.type, m.value) for m in mentions if m.start < end and start < m.end]


def _vals(case):
    """The values of a parametrize case, whether a plain tuple or a pytest.param."""
    return case.values if hasattr(case, "marks") else case


def assert_span(m, first, last, precision, kind="point"):
    assert m.span is not None, f"{m.text!r} has no span (value {m.value!r})"
    assert (m.span.first, m.span.last) == (D(first), D(last))
    assert m.span.precision == precision
    assert m.span.kind == kind
    assert m.span.value == m.value.split("T")[0]


# ------------------------------------------------------------------ weekdays and tense

WEEKDAYS = [
    # (sentence, dct, extent, value, tense)
    ("Putin traveled to Minsk, Belarus on Monday to meet his Belarusian counterpart.",
     "2022-12-22", "Monday", "2022-12-19", "past"),
    ("The leaders will meet on Monday to discuss the war.",
     "2022-12-22", "Monday", "2022-12-26", "future"),
    # the anchor's own weekday is the anchor day, whatever the tense (None: not checked)
    ("Xi met Medvedev in Beijing on Thursday, state media reported.",
     "2022-12-22", "Thursday", "2022-12-22", None),
    ("On Wednesday, Xi Jinping concluded a three-day visit to Moscow.",
     "2023-03-23", "Wednesday", "2023-03-22", "past"),
    ("Russia and China began joint naval drills in the East China Sea on Sunday.",
     "2022-12-22", "Sunday", "2022-12-18", "past"),
    ("Zelensky will travel to Washington on Friday, officials said.",
     "2022-12-22", "Friday", "2022-12-23", "future"),
    ("Lavrov spoke with his Chinese counterpart on Friday.",
     "2022-12-22", "Friday", "2022-12-16", "past"),
    # "set" is a past tense as well as a present one
    ("The court set Friday as the deadline for his repatriation, which officials will enforce.",
     "2000-03-20", "Friday", "2000-03-17", "past"),
]


@pytest.mark.parametrize("text,dct,words,value,tense", WEEKDAYS,
                         ids=[f"{w[2]}-{w[4]}-{w[1]}" for w in WEEKDAYS])
def test_weekday_direction_follows_tense(text, dct, words, value, tense):
    m = find(text, D(dct), words)
    assert m.type == "DATE"
    assert m.value == value
    assert_span(m, value, value, "day")
    assert m.anchor is not None and m.anchor.kind == "published"
    assert m.anchor.date == D(dct)


@pytest.mark.parametrize(
    "text,dct,words,tense",
    [pytest.param(w[0], w[1], w[2], w[4], id=f"{w[2]}-{w[4]}-{w[1]}")
     for w in WEEKDAYS if w[4] is not None])
def test_weekday_reports_the_clause_tense(text, dct, words, tense):
    assert find(text, D(dct), words).tense == tense


def test_weekday_extent_excludes_preposition_and_final_period():
    text = "The Russian defence ministry said the exercises ended on Sunday."
    m = find(text, D("2022-12-22"), "Sunday")
    assert text[m.end] == "."
    assert m.value == "2022-12-18"


# ------------------------------------------------------------------ today, tomorrow, ...

DEICTIC = [
    ("Xi Jinping arrived in Moscow today for a three-day state visit.",
     "today", "DATE", "2023-03-20", "2023-03-20"),
    ("The two leaders will sign a joint statement tomorrow.",
     "tomorrow", "DATE", "2023-03-21", "2023-03-21"),
    ("Putin visited the occupied city of Mariupol yesterday.",
     "yesterday", "DATE", "2023-03-19", "2023-03-19"),
    ("Xi and Putin will hold an informal dinner at the Kremlin tonight.",
     "tonight", "TIME", "2023-03-20TNI", "2023-03-20"),
]


@pytest.mark.parametrize("text,words,type_,value,day", DEICTIC, ids=[c[1] for c in DEICTIC])
def test_today_tomorrow_yesterday_tonight(text, words, type_, value, day):
    m = find(text, D("2023-03-20"), words)
    assert m.type == type_
    assert m.value == value
    assert_span(m, day, day, "day")
    assert m.anchor.kind == "published" and m.anchor.date == D("2023-03-20")


# ------------------------------------------------------------------ this/next/last unit

RELATIVE_UNITS = [
    ("Xi Jinping is in Moscow this week for talks with Putin.",
     "this week", "2023-W12", "2023-03-20", "2023-03-26", "week"),
    ("Lavrov will travel to Beijing next week.",
     "next week", "2023-W13", "2023-03-27", "2023-04-02", "week"),
    ("The International Criminal Court issued an arrest warrant for Putin last week.",
     "last week", "2023-W11", "2023-03-13", "2023-03-19", "week"),
    ("Chinese exports to Russia have surged this month.",
     "this month", "2023-03", "2023-03-01", "2023-03-31", "month"),
    ("The foreign ministers will meet again next month.",
     "next month", "2023-04", "2023-04-01", "2023-04-30", "month"),
    ("China published a 12-point position paper on the war last month.",
     "last month", "2023-02", "2023-02-01", "2023-02-28", "month"),
    ("Bilateral trade is expected to grow further this year.",
     "this year", "2023", "2023-01-01", "2023-12-31", "year"),
    ("Putin is expected to visit China next year.",
     "next year", "2024", "2024-01-01", "2024-12-31", "year"),
    ("Trade between the two countries reached a record last year.",
     "last year", "2022", "2022-01-01", "2022-12-31", "year"),
]


@pytest.mark.parametrize("text,words,value,first,last,precision", RELATIVE_UNITS,
                         ids=[c[1] for c in RELATIVE_UNITS])
def test_this_next_last_week_month_year(text, words, value, first, last, precision):
    m = find(text, D("2023-03-20"), words)
    assert m.type == "DATE"
    assert m.value == value
    assert_span(m, first, last, precision)
    assert m.anchor.kind == "published"


# ------------------------------------------------------------------ month and day, no year

MONTH_DAY = [
    # past: the last such date on or before the dct
    ("Beijing has repeatedly offered to mediate talks, beginning (at least) as early as "
     "March 7th.", "2022-12-22", "March 7th", "2022-03-07"),
    ("In a meeting on December 21 with former Russian President Dmitri Medvedev, Xi said "
     "China would play a constructive role.", "2022-12-30", "December 21", "2022-12-21"),
    ("The Russian warships docked in Shanghai on December 28.",
     "2022-12-22", "December 28", "2021-12-28"),
    ("Medvedev met Xi in Beijing on December 22.",
     "2022-12-22", "December 22", "2022-12-22"),
    # future: the next such date on or after the dct
    ("Xi will arrive in Moscow on March 7 for a state visit.",
     "2022-12-22", "March 7", "2023-03-07"),
    ("The joint drills will end on December 27.",
     "2022-12-22", "December 27", "2022-12-27"),
    ("The two leaders will speak again on December 21.",
     "2022-12-22", "December 21", "2023-12-21"),
    # an -ed word after a preposition or a quantity is an adjective, not a past tense
    ("The firm plans a placement of 9.5 million preferred shares, to be completed around "
     "Nov. 1.", "1989-10-30", "Nov. 1", "1989-11-01"),
    ("The firm plans a placement in preferred shares, to be completed around Nov. 1.",
     "1989-10-30", "Nov. 1", "1989-11-01"),
]


@pytest.mark.parametrize("text,dct,words,value", MONTH_DAY,
                         ids=[f"{_vals(c)[2]}-from-{_vals(c)[1]}" for c in MONTH_DAY])
def test_month_day_without_year_takes_year_from_tense(text, dct, words, value):
    m = find(text, D(dct), words)
    assert m.type == "DATE"
    assert m.value == value
    assert_span(m, value, value, "day")


# ------------------------------------------------------------------ months, seasons

MONTHS_SEASONS = [
    ("The two figures met in person at the SCO summit in Samarkand in September.",
     "2022-12-22", "September", "2022-09", "2022-09-01", "2022-09-30", "month"),
    ("Xi is expected to visit Moscow in September.",
     "2022-12-22", "September", "2023-09", "2023-09-01", "2023-09-30", "month"),
    ("Vladimir Putin today invited Xi Jinping to Moscow for a state trip in the spring.",
     "2022-12-30", "the spring", "2023-SP", "2023-03-01", "2023-05-31", "season"),
    ("Putin said he expects Xi to visit Moscow in the spring.",
     "2022-12-30", "the spring", "2023-SP", "2023-03-01", "2023-05-31", "season"),
    ("Russia and Belarus are planning a new offensive in the winter.",
     "2022-12-22", "the winter", "2022-WI", "2022-12-01", "2023-02-28", "season"),
    ("Putin and Xi will meet in person in the summer.",
     "2022-12-22", "the summer", "2023-SU", "2023-06-01", "2023-08-31", "season"),
    ("Russian and Chinese warships held joint exercises in early December.",
     "2022-12-22", "early December", "2022-12", "2022-12-01", "2022-12-10", "month"),
]


@pytest.mark.parametrize("text,dct,words,value,first,last,precision", MONTHS_SEASONS,
                         ids=[f"{_vals(c)[2]}-{_vals(c)[3]}" for c in MONTHS_SEASONS])
def test_month_alone_season_and_early_month(text, dct, words, value, first, last, precision):
    m = find(text, D(dct), words)
    assert m.type == "DATE"
    assert m.value == value
    assert_span(m, first, last, precision)


# ------------------------------------------------------------------ absolute dates

ABSOLUTE = [
    ("Russia launched its full-scale invasion of Ukraine on February 24, 2022.",
     "February 24, 2022", "2022-02-24", "2022-02-24", "2022-02-24", "day"),
    ("Russia launched its full-scale invasion of Ukraine on Feb. 24, 2022.",
     "Feb. 24, 2022", "2022-02-24", "2022-02-24", "2022-02-24", "day"),
    ("Russia launched its full-scale invasion of Ukraine on 24 February 2022.",
     "24 February 2022", "2022-02-24", "2022-02-24", "2022-02-24", "day"),
    ("The invasion began on 2022-02-24, according to the official record.",
     "2022-02-24", "2022-02-24", "2022-02-24", "2022-02-24", "day"),
    ("Trade between China and Russia hit a record high in 2022.",
     "2022", "2022", "2022-01-01", "2022-12-31", "year"),
    ("Russian oil exports to China jumped in December 2022.",
     "December 2022", "2022-12", "2022-12-01", "2022-12-31", "month"),
]


@pytest.mark.parametrize("text,words,value,first,last,precision", ABSOLUTE,
                         ids=[c[1] for c in ABSOLUTE])
def test_absolute_dates(text, words, value, first, last, precision):
    m = find(text, D("2023-03-20"), words)
    assert m.type == "DATE"
    assert m.value == value
    assert_span(m, first, last, precision)


def test_month_this_year():
    text = ("Thus, the military alliance agreement signed by Russia and North Korea in June this "
            "year officially came into effect.")
    m = find(text, D("2024-12-12"), "June this year")
    assert m.value == "2024-06"
    assert_span(m, "2024-06-01", "2024-06-30", "month")


def test_month_last_year():
    text = "Xi last visited Moscow in March last year."
    m = find(text, D("2024-12-12"), "March last year")
    assert m.value == "2023-03"
    assert_span(m, "2023-03-01", "2023-03-31", "month")


# ------------------------------------------------------------------ approximate and bounds

def test_about_a_week_ago_is_approximate():
    text = "Medvedev made a surprise visit to Beijing about a week ago."
    m = find(text, D("2024-12-12"), "about a week ago")
    assert m.type == "DATE"
    assert m.span is not None
    assert m.span.kind == "approximate"
    assert m.span.first <= D("2024-12-05") <= m.span.last
    assert m.span.slack_days > 0
    assert m.anchor.kind == "published"


def test_in_less_than_40_days_is_a_deadline():
    text = "The new treaty will come into force in less than 40 days, the Kremlin said."
    m = find(text, D("2024-12-12"), "less than 40 days")
    assert m.type == "DURATION"
    assert m.value == "P40D"
    assert m.span is not None
    assert m.span.kind == "before"
    # "less than 40 days" ends before day 40 (2025-01-21) and starts after the anchor.
    assert (m.span.first, m.span.last) == (D("2024-12-13"), D("2025-01-20"))


def test_within_two_weeks_is_a_deadline():
    text = "The treaty will take effect within two weeks, the ministry said."
    m = find(text, D("2024-12-12"), "two weeks")
    assert (m.type, m.value) == ("DURATION", "P2W")
    assert m.span is not None and m.span.kind == "before"
    assert m.span.last == D("2024-12-26")


def test_a_past_duration_has_no_span():
    text = "The talks in Moscow lasted three days."
    m = find(text, D("2023-03-23"), "three days")
    assert (m.type, m.value, m.span) == ("DURATION", "P3D", None)


def test_days_later_counts_from_the_date_just_named():
    text = ("On February 4, 2022, Xi and Putin declared a “no limits partnership” between "
            "their countries. Since Putin’s invasion 20 days later on February 24, 2022, "
            "Russia has gone to war against Ukraine.")
    dct = D("2023-03-20")
    first = find(text, dct, "February 4, 2022")
    assert first.value == "2022-02-04"
    m = find(text, dct, "20 days later")
    assert m.type == "DATE"
    assert m.value == "2022-02-24"
    assert_span(m, "2022-02-24", "2022-02-24", "day")
    assert m.anchor is not None
    assert m.anchor.kind == "mention"
    assert m.anchor.text == "February 4, 2022"
    assert m.anchor.date == D("2022-02-04")
    assert m.anchor.start == text.index("February 4, 2022")


def test_by_the_end_of_a_year_is_a_before_bound():
    text = "Russia and China will raise bilateral trade to $200 billion by the end of 2023."
    mentions = tag(text, D("2022-12-30"))
    _check_offsets(text, mentions)
    hits = [m for m in mentions if m.text.endswith("2023")]
    assert len(hits) == 1, [(m.text, m.value) for m in mentions]
    m = hits[0]
    assert m.type == "DATE"
    assert m.span is not None
    assert m.span.kind == "before"
    assert m.span.last == D("2023-12-31")


def test_since_a_month_is_an_after_bound():
    text = "Russian gas deliveries to China have doubled since October 2022."
    m = find(text, D("2023-03-20"), "October 2022")
    assert m.value == "2022-10"
    assert m.span is not None
    assert m.span.kind == "after"
    assert m.span.first == D("2022-10-01")


# ------------------------------------------------------------------ durations, sets, refs

NON_CALENDAR = [
    ("The war in Ukraine could drag on for four years, analysts warned.",
     "four years", "DURATION", "P4Y"),
    ("The two sides signed a two-year agreement on energy supplies.",
     "two-year", "DURATION", "P2Y"),
    ("Talks between the two sides stalled for six months.",
     "six months", "DURATION", "P6M"),
    ("Officials from both ministries meet every week to coordinate policy.",
     "every week", "SET", "P1W"),
    ("The customs administration publishes the trade figures daily.",
     "daily", "SET", "P1D"),
    ("The mission lasted one day.", "one day", "DURATION", "P1D"),
    # after a modal "one day" is a time ahead, not a length
    ("Analysts say the yuan will one day rival the dollar.", "one day", "DATE", "FUTURE_REF"),
    ("Net income fell 12% in the year ended Sept. 30.", "the year", "DURATION", "P1Y"),
]


@pytest.mark.parametrize("text,value", [
    # a deferral puts its "until" ahead, whatever the tense of the verb
    ("Immigration officials postponed until Tuesday any action on the case.", "2000-04-04"),
    ("The agency extended its deadline to Tuesday.", "2000-04-04"),
    # a past stay until a weekday ended on the last one
    ("He stayed in Havana until Tuesday, his family said.", "2000-03-28"),
])
def test_until_a_weekday_after_a_deferral_is_ahead(text, value):
    m = find(text, D("2000-03-30"), "Tuesday")
    assert m.value == value and m.span.last == D(value)


@pytest.mark.parametrize("text,dct,words,value", [
    ("Kellogg forecast an earnings increase for the full year.", "1989-10-30", "the full year",
     "1989"),
    ("The drop will result in lower earnings for the fiscal year.", "1989-11-02",
     "the fiscal year", "1989"),
])
def test_the_full_or_fiscal_year_is_the_year_of_the_report(text, dct, words, value):
    m = find(text, D(dct), words)
    assert (m.type, m.value) == ("DATE", value)


@pytest.mark.parametrize("text,words,type_,value", NON_CALENDAR, ids=[c[1] for c in NON_CALENDAR])
def test_durations_and_sets(text, words, type_, value):
    m = find(text, D("2022-12-22"), words)
    assert m.type == type_
    assert m.value == value
    assert m.span is None


def test_now_is_present_ref():
    text = "Relations between Moscow and Beijing are now at their best in history, Xi said."
    m = find(text, D("2023-03-20"), "now")
    assert m.type == "DATE"
    assert m.value == "PRESENT_REF"


QUARTERS_DECADES = [
    ("The company said its profit fell 12% in the third quarter.",
     "the third quarter", "1989-Q3", "1989-07-01", "1989-09-30", "quarter"),
    ("The company reported third-quarter earnings of $3.2 million.",
     "third-quarter", "1989-Q3", "1989-07-01", "1989-09-30", "quarter"),
    ("Relations between the two countries were strained in the 1990s.",
     "the 1990s", "199", "1990-01-01", "1999-12-31", "decade"),
]


@pytest.mark.parametrize("text,words,value,first,last,precision", QUARTERS_DECADES,
                         ids=[c[1] for c in QUARTERS_DECADES])
def test_quarters_and_decades(text, words, value, first, last, precision):
    m = find(text, D("1989-10-27"), words)
    assert m.type == "DATE"
    assert m.value == value
    assert_span(m, first, last, precision)


# ------------------------------------------------------------------ things that are not dates

NOT_DATES = [
    ("Xi attended the opening of the Winter Olympic Games with Putin.", "Winter Olympic Games"),
    ("With the war in Ukraine at an inflection point, Beijing may be leaning harder into a "
     "pro-Russian stance.", "may"),
    ("The second issue on the agenda was energy cooperation.", "second issue"),
    ("China published a 12-point plan to end the war.", "12-point plan"),
    ("Trade with Russia rose 34.3% to a record.", "34.3%"),
    ("Bilateral trade reached $190 billion, customs data showed.", "$190 billion"),
    ("Chinese exports to Russia were worth 1.28 trillion yuan.", "1.28 trillion yuan"),
    ("Exports rose 12% year-on-year, customs data showed.", "year-on-year"),
    ("A 6-year-old boy was among the victims of the strike.", "6-year-old"),
    ("The commentary appeared in the People’s Daily, the Communist Party newspaper.",
     "People’s Daily"),
    ("The People's Daily carried an article by Putin.", "People's Daily"),
    ("Putin invoked the memory of the Second World War.", "Second World War"),
]


@pytest.mark.parametrize("text,words", NOT_DATES, ids=[c[1] for c in NOT_DATES])
def test_not_temporal_expressions(text, words):
    assert overlapping(text, D("2023-03-20"), words) == []


# ------------------------------------------------------------------ without a dct

def test_without_dct_relative_stays_unresolved():
    text = "Putin traveled to Minsk, Belarus on Monday to meet Lukashenko."
    m = find(text, None, "Monday")
    assert m.value == "XXXX-WXX-1"
    assert m.span is None
    assert "unanchored" in m.flags
    assert m.anchor is not None and m.anchor.kind == "none"


def test_without_dct_month_day_stays_unresolved():
    text = "In a meeting on December 21 with Medvedev, Xi called for peace talks."
    m = find(text, None, "December 21")
    assert m.value == "XXXX-12-21"
    assert m.span is None
    assert "unanchored" in m.flags


def test_without_dct_absolute_date_resolves():
    text = "Russia launched its full-scale invasion of Ukraine on February 24, 2022."
    m = find(text, None, "February 24, 2022")
    assert m.value == "2022-02-24"
    assert_span(m, "2022-02-24", "2022-02-24", "day")
    assert "unanchored" not in m.flags


# ------------------------------------------------------------------ offsets

def test_offsets_match_text_across_a_paragraph():
    sentences = ([c[0] for c in WEEKDAYS] + [c[0] for c in DEICTIC]
                 + [c[0] for c in RELATIVE_UNITS] + [_vals(c)[0] for c in MONTH_DAY]
                 + [_vals(c)[0] for c in MONTHS_SEASONS]
                 + [c[0] for c in ABSOLUTE]
                 + [c[0] for c in NON_CALENDAR] + [c[0] for c in NOT_DATES])
    text = " ".join(sentences)
    mentions = tag(text, D("2023-03-20"), "para")
    assert mentions
    _check_offsets(text, mentions)
    for m in mentions:
        assert m.doc_id == "para"
        assert m.text == m.text.strip()
        assert not m.text.endswith((".", ","))
        assert not m.text.lower().startswith(("on ", "in "))


# ------------------------------------------------------------------ seed articles

SEED_VALUES = [
    ("000", "Monday", "2022-12-19"),
    ("002", "December 21", "2022-12-21"),
    ("003", "20 days later", "2022-02-24"),
    ("004", "On Wednesday", "2023-03-22"),
    ("001", "June this year", "2024-06"),
]


@pytest.fixture(scope="module")
def seed_docs():
    docs, _ = read_documents(["seeds"])
    return {d.id[:3]: d for d in docs}


@pytest.mark.parametrize("prefix,phrase,value", SEED_VALUES, ids=[c[1] for c in SEED_VALUES])
def test_seed_key_values(seed_docs, prefix, phrase, value):
    doc = seed_docs[prefix]
    assert doc.published is not None
    mentions = tag(doc.text, doc.published, doc.id)
    _check_offsets(doc.text, mentions)
    at = doc.text.index(phrase)
    # "On Wednesday": the mention is the weekday, without the preposition
    words = phrase[3:] if phrase.startswith("On ") else phrase
    start = at + phrase.index(words)
    hits = [m for m in mentions if m.start == start and m.end == start + len(words)]
    assert hits, [(m.text, m.value) for m in mentions if abs(m.start - at) < 80]
    assert hits[0].value == value
    assert hits[0].span is not None and hits[0].span.value == value


@pytest.mark.parametrize("text,words,value", [
    # no verb to go by: a month far ahead is more likely the one just gone...
    ("Share price: $50 in June, $31 in March.", "March", "1989-03"),
    ("Share price: $50 in June, $31 in March.", "June", "1989-06"),
    # ... and one a few months on the coming one
    ("The new catalogue for December.", "December", "1989-12"),
    ("The new catalogue for January.", "January", "1990-01"),
])
def test_a_month_with_no_tense_leans_to_the_past_unless_near(text, words, value):
    assert find(text, D("1989-10-30"), words).value == value


def test_a_month_in_the_possessive_has_been():
    # "December's figures" said in February: their month is behind, whatever the verb
    m = find("Analysts will study a revision to December's figures.", D("1998-02-06"),
             "December")
    assert m.value == "1997-12"


@pytest.mark.parametrize("text,words,value", [
    ("The elections are in November.", "November", "2022-11"),
    ("The summit is in September, officials say.", "September", "2022-09"),
])
def test_a_month_in_the_present_is_a_schedule_up_to_half_a_year_on(text, words, value):
    assert find(text, D("2022-05-10"), words).value == value


# --- dates the calendar cannot hold, and years from 2100 on


@pytest.mark.parametrize("text,words", [
    ("A hundred centuries ago, people hunted mammoths.", "A hundred centuries ago"),
    ("The probe will return 10,000,000 days later.", "10,000,000 days later"),
    ("He said the vote was on February 31, 2023.", "February 31, 2023"),
    ("The file was dated 0000-01-01 by mistake.", "0000-01-01"),
    ("The deal closed on 2023-02-30, the filing says.", "2023-02-30"),
])
def test_out_of_range_dates_stay_flagged_without_a_span(text, words):
    m = find(text, D("2023-05-01"), words)
    assert m.type == "DATE" and m.span is None and m.flags == ("out-of-range",)


@pytest.mark.parametrize("dct", [D("0001-01-01"), D("9999-12-31")])
def test_a_dct_at_the_calendars_edge_never_raises(dct):
    text = ("Yesterday the council met; it meets again tomorrow, next week and in 3 days. "
            "Last year, three centuries ago and 20 years later it said so on Monday.")
    mentions = tag(text, dct)
    assert {m.text for m in mentions} >= {"Yesterday", "tomorrow", "next week", "Last year"}
    assert any("out-of-range" in m.flags for m in mentions)
    assert all(m.span is None for m in mentions if "out-of-range" in m.flags)


def test_dct_may_be_an_iso_string_or_a_datetime():
    from datetime import datetime
    text = "The minister resigned yesterday."
    assert find(text, "2024-03-11", "yesterday").value == "2024-03-10"
    assert find(text, datetime(2024, 3, 11, 9, 30), "yesterday").value == "2024-03-10"
    with pytest.raises(ValueError, match="ISO 8601"):
        tag(text, "11 March")
    with pytest.raises(TypeError, match="dct must be"):
        tag(text, 20240311)


def test_years_from_2100_in_a_date_context():
    assert find("The treaty expires on 1 January 2100.", D("2022-05-01"),
                "1 January 2100").value == "2100-01-01"
    assert find("Net zero by 2100 is the goal.", D("2022-05-01"), "2100").value == "2100"
    assert find("The lease runs until March 2150.", D("2022-05-01"), "March 2150").value \
        == "2150-03"
    # counts, not years
    for text in ("About 2400 were hurt.", "In May 2500 troops crossed the river.",
                 "The firm sold 2200 shares."):
        assert not any(m.value.startswith(("24", "25", "22")) for m in tag(text, D("2022-05-01")))
