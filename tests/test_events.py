"""EVENTS stage: sentences, which dates count, lead rule, headlines, status, entities."""
from datetime import date
import pytest

from timeline.events import extract_entities, extract_events, is_furniture, make_headline
from timeline.model import Document, TimeMention, TimeSpan
from timeline.sentences import split_sentences


def day(d: date) -> TimeSpan:
    return TimeSpan(d, d, "day", d.isoformat())


def month(y: int, m: int, last: int) -> TimeSpan:
    return TimeSpan(date(y, m, 1), date(y, m, last), "month", f"{y}-{m:02d}")


def mention(doc: Document, words: str, span: TimeSpan | None, type_: str = "DATE",
            nth: int = 0, tense: str | None = None) -> TimeMention:
    """A tagger-like mention of the nth occurrence of `words` in the document."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(words, start + 1)
    value = span.value if span else "P4Y"
    return TimeMention(doc.id, start, start + len(words), words, type_, value, span, tense=tense)


# ---------------------------------------------------------------- sentences

def test_sentences_keep_abbreviations_initials_and_offsets():
    text = ("China's leader met President Vladimir V. Putin of Russia. Mr. Xi and Dr. Li spoke "
            "to the P.R.C. media. They aligned against the U.S. This was evident.\n"
            "A heading without a full stop\n"
            "“It is done,” he said. “We will see.” The U.S. Secretary of State Antony Blinken "
            "left.")
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "China's leader met President Vladimir V. Putin of Russia.",
        "Mr. Xi and Dr. Li spoke to the P.R.C. media.",
        "They aligned against the U.S.",
        "This was evident.",
        "A heading without a full stop",
        "“It is done,” he said.",
        "“We will see.”",
        "The U.S. Secretary of State Antony Blinken left.",
    ]
    assert all(text[s.start:s.end] == s.text for s in sents)
    assert [s.paragraph for s in sents] == [0, 0, 0, 0, 1, 2, 2, 2]


# ---------------------------------------------------------------- dating and headlines

def test_sentence_with_date_becomes_event_without_date_words():
    doc = Document("d1", "Putin traveled to Minsk, Belarus on Monday to meet his Belarusian "
                         "counterpart, Alexander Lukashenko. It was Putin’s first visit.",
                   published=date(2022, 12, 22))
    m = mention(doc, "Monday", day(date(2022, 12, 19)), tense="past")
    [ev] = extract_events(doc, [m])
    assert ev.headline == ("Putin traveled to Minsk, Belarus to meet his Belarusian counterpart, "
                           "Alexander Lukashenko")
    assert ev.time == m and ev.span == m.span and ev.dated_by == "expression"
    assert doc.text[ev.sentence_start:ev.sentence_end] == ev.sentence
    assert ev.sentence.endswith("Lukashenko.")
    assert ev.status == "reported"
    assert {"Putin", "Minsk", "Belarus", "Alexander Lukashenko"} <= set(ev.entities)
    assert "Monday" not in ev.entities


def test_headline_drops_leading_date_conjunction_and_dateline():
    assert make_headline("On Wednesday, Xi Jinping concluded a three-day visit to Moscow.",
                         [(3, 12)]) == "Xi Jinping concluded a three-day visit to Moscow"
    assert make_headline("But today, the agency announced new sanctions.", [(4, 9)]) == \
        "The agency announced new sanctions"
    assert make_headline("Meanwhile, the ministry said in September it would reply.",
                         [(32, 41)]) == "The ministry said it would reply"
    assert make_headline("MOSCOW (Reuters) – Putin today invited Xi Jinping to Moscow.",
                         [(25, 30)]) == "Putin invited Xi Jinping to Moscow"
    assert make_headline("Since Putin’s invasion 20 days later on February 24, 2022, Russia has "
                         "gone to great lengths.", [(40, 57)]) == \
        "Since Putin’s invasion, Russia has gone to great lengths"


def _cuts(text: str, *words: str) -> list[tuple[int, int]]:
    return [(text.index(w), text.index(w) + len(w)) for w in words]


def test_headline_cuts_keep_the_rest_of_the_clause_intact():
    # two touching date mentions: the second cut must not eat the words after the first
    text = ("Since Putin’s invasion 20 days later on February 24, 2022, Russia has gone to great "
            "lengths to emphasize Beijing’s support.")
    head = make_headline(text, _cuts(text, "20 days later", "February 24, 2022"))
    assert head == "Since Putin’s invasion, Russia has gone to great lengths to emphasize Beijing’s support"


def test_headline_cut_takes_its_adverb_and_orphaned_comma():
    text = ("Xi’s trip is an increasingly rare honor for Putin, who just a few days earlier, was "
            "issued an arrest warrant by the ICC.")
    assert make_headline(text, _cuts(text, "a few days earlier")) == \
        "Xi’s trip is an increasingly rare honor for Putin, who was issued an arrest warrant by the ICC"
    text = "The leaders met only two weeks ago in Samarkand."
    assert make_headline(text, _cuts(text, "two weeks ago")) == "The leaders met in Samarkand"
    text = "Putin, on Monday, visited Minsk."
    assert make_headline(text, _cuts(text, "Monday")) == "Putin visited Minsk"
    text = "In Moscow, on Monday, Xi said the talks went well."
    assert make_headline(text, _cuts(text, "Monday")) == "In Moscow, Xi said the talks went well"
    text = "First, in less than 40 days, the United States will complete the change."
    assert make_headline(text, _cuts(text, "in less than 40 days")) == \
        "The United States will complete the change"


def test_headline_cut_keeps_the_grammar_around_possessives_asides_and_attribution():
    text = "Relatives will try to get Wednesday's ruling overturned."
    assert make_headline(text, _cuts(text, "Wednesday")) == \
        "Relatives will try to get the ruling overturned"
    text = "Cuba condemned the handling of Wednesday's meeting."
    assert make_headline(text, _cuts(text, "Wednesday")) == \
        "Cuba condemned the handling of the meeting"
    text = ("Many feared the effort would fail today, the 39th anniversary of the Bay of Pigs "
            "fiasco, an aborted invasion of Cuba.")
    assert make_headline(text, _cuts(text, "today")) == "Many feared the effort would fail"
    text = "According to sources quoted by the Herald, Munero fled to Florida in June 1998."
    assert make_headline(text, _cuts(text, "June 1998")) == "Munero fled to Florida"


def test_headline_drops_wire_datelines_and_trailing_attribution_but_not_a_speaker():
    assert make_headline("THE HAGUE, Netherlands (AP)_ The World Court rejected the objections.",
                         []) == "The World Court rejected the objections"
    assert make_headline("WASHINGTON _ The economy created jobs, the government reported.",
                         []) == "The economy created jobs"
    assert make_headline("The store owner was kidnapped from his shop, police said.", []) == \
        "The store owner was kidnapped from his shop"
    assert make_headline("``The mother was kidnapped along with the boy,'' Castro said.", []) \
        .endswith("Castro said")
    assert make_headline("Officials said Friday that the talks failed.", []).startswith(
        "Officials said")


def test_headline_cut_takes_a_for_or_over_that_only_led_to_the_date():
    text = "For 1988, BellSouth earned $1.7 billion."
    assert make_headline(text, _cuts(text, "1988")) == "BellSouth earned $1.7 billion"
    text = "He is cutting his estimate for 1990 to $2 a share."
    assert make_headline(text, _cuts(text, "1990")) == "He is cutting his estimate to $2 a share"
    text = "Over the weekend, McCaw called for an auction."
    assert make_headline(text, _cuts(text, "the weekend")) == "McCaw called for an auction"


def test_headline_never_ends_on_a_dangling_preposition():
    text = "The vote was postponed to next week."
    assert make_headline(text, _cuts(text, "next week")) == "The vote was postponed"
    text = "The vote was scheduled for next week, officials said."
    assert make_headline(text, _cuts(text, "next week")) == "The vote was scheduled"
    head = make_headline("The ministers of the two countries agreed on a long list of measures to "
                         "expand trade between the two sides and to increase the volume of the", [])
    assert head.endswith("expand trade…")  # not "between the…"


def test_headline_is_short_balanced_and_capitalised():
    long = ("the drills, which officials described as “routine and defensive in nature, "
            "will reportedly take place off the coast of Zhejiang province, close to Taiwan "
            "and the disputed islands.")
    head = make_headline(long, [])
    assert len(head) <= 100 and head.endswith("…") and head[0] == "T"
    assert "“" not in head and "”" not in head
    assert not head[:-1].endswith(" ")


def test_picks_the_adverbial_date_and_reports_it():
    doc = Document("d2", "Beijing () – Vladimir Putin today invited Xi Jinping to Moscow for a "
                         "state trip in the spring.", published=date(2022, 12, 30))
    today = mention(doc, "today", day(date(2022, 12, 30)))
    spring = mention(doc, "the spring", TimeSpan(date(2023, 3, 20), date(2023, 6, 20),
                                                 "season", "2023-SP"))
    ev, trip = extract_events(doc, [today, spring])
    assert ev.time == today and ev.status == "reported"
    assert ev.headline == "Vladimir Putin invited Xi Jinping to Moscow for a state trip"
    assert trip.time == spring and trip.status == "planned"  # the trip, dated on its own


def test_labels_states_durations_and_quoted_titles_do_not_date_events():
    doc = Document("d3", "Qatar hosted the 2022 World Cup final. Zelensky went unmentioned "
                         "since October 2022 but in “Russia and China: A Partnership for the "
                         "Future 2023.” The talks lasted four hours.", published=date(2023, 3, 23))
    ms = [
        mention(doc, "2022", TimeSpan(date(2022, 1, 1), date(2022, 12, 31), "year", "2022")),
        mention(doc, "October 2022", TimeSpan(date(2022, 10, 1), date(2023, 3, 23), "month",
                                              "2022-10", "after")),
        mention(doc, "2023", TimeSpan(date(2023, 1, 1), date(2023, 12, 31), "year", "2023")),
        mention(doc, "four hours", None, "DURATION"),
    ]
    assert extract_events(doc, ms) == []


def test_a_maturity_after_due_is_a_label_but_being_due_is_a_date():
    doc = Document("d19", "Holders of its 6% debentures due March 15, 2007, elected to convert. "
                          "The payment is due March 15, 2007.", published=date(1989, 10, 30))
    label = mention(doc, "March 15, 2007", day(date(2007, 3, 15)))
    term = mention(doc, "March 15, 2007", day(date(2007, 3, 15)), nth=1)
    [ev] = extract_events(doc, [label, term])
    assert ev.time == term


def test_a_sentence_that_is_only_a_date_is_no_event():
    doc = Document("d20", "January 1997. Prices fell in March 1997.", published=date(1998, 1, 8))
    jan = mention(doc, "January 1997", TimeSpan(date(1997, 1, 1), date(1997, 1, 31), "month",
                                                "1997-01"))
    march = mention(doc, "March 1997", TimeSpan(date(1997, 3, 1), date(1997, 3, 31), "month",
                                                "1997-03"))
    [ev] = extract_events(doc, [jan, march])
    assert ev.time == march and ev.headline == "Prices fell"


def test_planned_by_tense_modal_or_future_date():
    doc = Document("d4", "Xi and Putin are also planning to meet again for formal talks tomorrow. "
                         "The summit will be held in Beijing in March. "
                         "Blinken said on Monday that the ceasefire would ratify the conquest. "
                         "On Friday, the ministers will sign the accord.",
                   published=None)
    ms = [
        mention(doc, "tomorrow", day(date(2023, 3, 21))),
        mention(doc, "March", month(2023, 3, 31)),
        mention(doc, "Monday", day(date(2023, 3, 20))),
        mention(doc, "Friday", day(date(2023, 3, 24))),
    ]
    statuses = [e.status for e in extract_events(doc, ms)]
    assert statuses == ["planned", "planned", "reported", "planned"]
    # A date after publication is planned even without a modal; the tagger's tense wins.
    doc2 = Document("d5", "The leaders meet in Beijing on March 30.", published=date(2023, 3, 20))
    [ev] = extract_events(doc2, [mention(doc2, "March 30", day(date(2023, 3, 30)))])
    assert ev.status == "planned"
    [ev] = extract_events(doc, [mention(doc, "Monday", day(date(2023, 3, 20)), tense="future")])
    assert ev.status == "planned"


def test_two_dated_clauses_become_two_events():
    doc = Document("d6", "Putin visited Beijing on February 4, 2022; Russia invaded Ukraine "
                         "on February 24, 2022.")
    a = mention(doc, "February 4, 2022", day(date(2022, 2, 4)))
    b = mention(doc, "February 24, 2022", day(date(2022, 2, 24)))
    first, second = extract_events(doc, [a, b])
    assert first.sentence == "Putin visited Beijing on February 4, 2022;"
    assert first.headline == "Putin visited Beijing" and first.time == a
    assert second.sentence == "Russia invaded Ukraine on February 24, 2022."
    assert second.headline == "Russia invaded Ukraine" and second.time == b


def test_coordinated_verb_phrases_with_their_own_dates_become_two_events():
    for text in ("Officials met on Tuesday and will vote on April 3.",
                 "Officials met on Tuesday, and then will vote on April 3."):
        doc = Document("d8", text, published=date(2023, 3, 20))
        a = mention(doc, "Tuesday", day(date(2023, 3, 14)), tense="past")
        b = mention(doc, "April 3", day(date(2023, 4, 3)), tense="future")
        first, second = extract_events(doc, [a, b])
        assert (first.headline, first.time, first.status) == ("Officials met", a, "reported")
        assert (second.headline, second.time, second.status) == \
            ("Officials will vote", b, "planned")
        assert first.sentence == second.sentence == text


def test_a_dated_occasion_named_in_the_clause_becomes_its_own_planned_event():
    doc = Document("d10", "Putin on Friday invited Xi to Moscow for a state visit in the spring.",
                   published=date(2022, 12, 30))
    a = mention(doc, "Friday", day(date(2022, 12, 30)))
    spring = TimeSpan(date(2023, 3, 1), date(2023, 5, 31), "season", "2023-SP")
    b = mention(doc, "the spring", spring)
    invited, visit = extract_events(doc, [a, b])
    assert (invited.time, invited.status) == (a, "reported")
    assert (visit.time, visit.status) == (b, "planned")
    # neither headline carries the other's date words; both keep the sentence as evidence
    assert invited.headline == visit.headline == "Putin invited Xi to Moscow for a state visit"
    assert invited.sentence == visit.sentence == doc.text


def test_a_second_date_that_is_no_occasion_stays_in_the_one_event():
    doc = Document("d11", "Putin on Friday signed the budget passed in the spring.",
                   published=date(2022, 12, 30))
    a = mention(doc, "Friday", day(date(2022, 12, 30)))
    b = mention(doc, "the spring", TimeSpan(date(2022, 3, 1), date(2022, 5, 31), "season",
                                            "2022-SP"))
    [signed] = extract_events(doc, [a, b])
    assert signed.time == a


def test_first_since_a_date_implies_the_same_thing_happened_then():
    doc = Document("d12", "It was the first mention of Zelensky in the paper since October 2022. "
                          "Prices rose for the first time since March 2020, traders said. "
                          "Output has grown since 2019.", published=date(2023, 3, 23))
    after = lambda first: TimeSpan(first, date(2023, 3, 23), "month", "x", "after")  # noqa: E731
    october = mention(doc, "October 2022", after(date(2022, 10, 1)))
    october = TimeMention(doc.id, october.start, october.end, october.text, "DATE", "2022-10",
                          october.span)
    march = mention(doc, "March 2020", after(date(2020, 3, 1)))
    march = TimeMention(doc.id, march.start, march.end, march.text, "DATE", "2020-03", march.span)
    grown = mention(doc, "2019", TimeSpan(date(2019, 1, 1), date(2023, 3, 23), "year", "2019",
                                          "after"))
    mention_before, rose_before = extract_events(doc, [october, march, grown])
    assert (mention_before.span.first, mention_before.span.last) == (date(2022, 10, 1),
                                                                     date(2022, 10, 31))
    assert mention_before.span.kind == "point" and mention_before.status == "reported"
    assert mention_before.headline == "Previous mention of Zelensky in the paper"
    assert (rose_before.span.first, rose_before.span.last) == (date(2020, 3, 1),
                                                               date(2020, 3, 31))
    assert rose_before.headline == "Prices rose"  # "since 2019" alone: no event


def test_a_date_in_a_relative_clause_dates_that_clause_and_its_noun():
    doc = Document("d13", "They discussed trade, as well as China’s peace plan that it released "
                          "on February 24. Both sides praised the talks.",
                   published=date(2023, 3, 20))
    feb = mention(doc, "February 24", day(date(2023, 2, 24)))
    [ev] = [e for e in extract_events(doc, [feb]) if e.dated_by == "expression"]
    assert ev.headline == "China’s peace plan that it released"
    assert ev.sentence.startswith("They discussed trade")  # the whole sentence is evidence


def test_the_headline_comes_from_the_clause_or_phrase_the_date_sits_in():
    doc = Document("d14", "Since Russia’s invasion 20 days later on February 24, 2022, Moscow "
                          "has leaned on Beijing. This is not new, however, as Beijing has "
                          "offered to mediate talks, beginning (at least) as early as March 7th. "
                          "Following Putin’s speech on Monday, Xi responded warmly.",
                   published=date(2022, 12, 30))
    later = mention(doc, "20 days later", day(date(2022, 2, 24)))
    feb = mention(doc, "February 24, 2022", day(date(2022, 2, 24)))
    march = mention(doc, "March 7th", day(date(2022, 3, 7)))
    monday = mention(doc, "Monday", day(date(2022, 12, 26)))
    invasion, offer, response = extract_events(doc, [later, feb, march, monday])
    assert invasion.headline == "Russia’s invasion"  # "since": the main clause is a state
    assert offer.headline == "Beijing has offered to mediate talks"
    assert response.headline.endswith("Xi responded warmly")  # "following": the response is it


def test_n_units_after_an_event_dates_it_back_from_the_sentence_date():
    doc = Document("d15", "The visit ended on Wednesday, 13 months after Mr. Putin launched his "
                          "invasion of Ukraine. Talks resumed 13 months after Mr. Putin launched "
                          "his invasion.", published=date(2023, 3, 23))
    wed = mention(doc, "Wednesday", day(date(2023, 3, 22)))
    months = mention(doc, "13 months", None, "DURATION")
    months = TimeMention(doc.id, months.start, months.end, months.text, "DURATION", "P13M")
    undated = mention(doc, "13 months", None, "DURATION", nth=1)
    undated = TimeMention(doc.id, undated.start, undated.end, undated.text, "DURATION", "P13M")
    events = extract_events(doc, [wed, months, undated])
    [invasion] = [e for e in events if e.time == months]
    assert (invasion.span.first, invasion.span.last, invasion.span.precision) == (
        date(2022, 2, 1), date(2022, 2, 28), "month")
    assert invasion.headline == "Mr. Putin launched his invasion of Ukraine"
    assert invasion.status == "reported"
    assert not any(e.time == undated for e in events)  # nothing to count from


def test_a_subject_relative_clause_with_its_own_date_is_its_own_event():
    doc = Document("d16", "Thousands paid tribute to the men who launched the revolution four "
                          "decades ago in a rally Saturday.", published=date(2000, 4, 3))
    ago = mention(doc, "four decades ago", TimeSpan(date(1960, 1, 1), date(1960, 12, 31),
                                                    "year", "1960"))
    saturday = mention(doc, "Saturday", day(date(2000, 4, 1)))
    launch, rally = extract_events(doc, [ago, saturday])  # in date order
    assert (rally.time, rally.headline) == (
        saturday, "Thousands paid tribute to the men who launched the revolution in a rally")
    assert (launch.time, launch.headline) == (ago, "The men launched the revolution")
    assert launch.sentence == rally.sentence == doc.text
    # one date only: the sentence stays one event
    single = Document("d17", "Thousands paid tribute to the men who launched the revolution "
                             "four decades ago.", published=date(2000, 4, 3))
    [only] = extract_events(single, [mention(single, "four decades ago", ago.span)])
    assert only.headline == "The men launched the revolution"  # the date is the clause's
    listed = Document("d18", "He was the 456th person placed on the most wanted list, which "
                             "began in 1950.", published=date(2000, 4, 3))
    [began] = extract_events(listed, [mention(listed, "1950", TimeSpan(
        date(1950, 1, 1), date(1950, 12, 31), "year", "1950"))])
    assert began.headline == "The most wanted list began"


def test_coordinated_verb_phrase_with_one_date_stays_one_event():
    doc = Document("d9", "The talks ended on Monday and will resume soon.",
                   published=date(2023, 3, 21))
    m = mention(doc, "Monday", day(date(2023, 3, 20)), tense="past")
    [ev] = extract_events(doc, [m])
    assert ev.headline == "The talks ended and will resume soon"
    # one stretch of time: both dates leave the headline
    doc = Document("d10", "Russia launched drones on Monday and Tuesday in Kyiv.")
    a = mention(doc, "Monday", day(date(2023, 3, 20)))
    b = mention(doc, "Tuesday", day(date(2023, 3, 21)))
    [ev] = extract_events(doc, [a, b])
    assert ev.headline == "Russia launched drones in Kyiv"


def test_one_dated_clause_gives_the_headline_and_the_sentence_is_evidence():
    doc = Document("d7", "Xi and Putin have spoken on the phone twice since the invasion, while "
                         "the two leaders met at the SCO summit in Samarkand in September.")
    m = mention(doc, "September", month(2022, 9, 30))
    [ev] = extract_events(doc, [m])
    assert ev.sentence == doc.text
    assert ev.headline == "The two leaders met at the SCO summit in Samarkand"


# ---------------------------------------------------------------- lead rule

LEAD = ("Medvedev visits Beijing amid joint naval drills\n"
        "Dmitri Medvedev, the former Russian president, has made a previously unannounced visit "
        "to Beijing and met with Xi Jinping. Analysts say the visit may matter more for its "
        "symbolism.\n"
        "Putin traveled to Minsk on Monday.\n")


def test_lead_event_takes_the_publication_date():
    doc = Document("lead", LEAD, published=date(2022, 12, 22))
    monday = mention(doc, "Monday", day(date(2022, 12, 19)))
    evs = extract_events(doc, [monday])
    lead = [e for e in evs if e.dated_by == "publication"]
    assert len(lead) == 1
    [ev] = lead
    assert ev.time is None and ev.status == "reported"
    # just reported: the publication day or the day before
    assert ev.span == TimeSpan(date(2022, 12, 21), date(2022, 12, 22), "day", "2022-12-22",
                               "approximate")
    assert ev.headline == ("Dmitri Medvedev has made a previously unannounced visit to Beijing "
                           "and met with Xi Jinping")
    assert doc.text[ev.sentence_start:ev.sentence_end] == ev.sentence


def test_lead_rule_needs_a_publication_date_and_a_sentence_without_its_own_date():
    assert [e for e in extract_events(Document("x", LEAD), []) if e.time is None] == []
    # a dated sentence beside it no longer hides the lead's report
    text = "Xi Jinping met Vladimir Putin in Moscow. The talks began on Monday.\n"
    doc = Document("y", text, published=date(2023, 3, 21))
    evs = extract_events(doc, [mention(doc, "Monday", day(date(2023, 3, 20)))])
    assert [e.dated_by for e in evs] == ["publication", "expression"]


def test_lead_rule_covers_the_lead_paragraphs_with_no_cap_on_their_count():
    cities = ["Kharkiv", "Odesa", "Lviv", "Dnipro", "Kherson"]
    text = "\n".join(f"Officials in {c} announced a new curfew for residents." for c in cities)
    doc = Document("z", text, published=date(2023, 1, 5))
    assert len(extract_events(doc, [])) == 3  # LEAD_PARAGRAPHS; later paragraphs are body


def test_lead_rule_judges_tense_hedges_and_plans():
    lines = ["Police have arrested two men after the robbery.",  # present perfect
             "The actress entered the clinic after a court order, her lawyer said.",  # past
             "The summit was supposed to bring a ceasefire."]  # a plan, not a done event
    doc = Document("t", "\n".join(lines), published=date(2013, 5, 2))
    assert [e.sentence for e in extract_events(doc, [])] == lines[:2]
    doc = Document("n", "Neither side released the news in advance of the trip.",
                   published=date(2013, 5, 2))
    assert extract_events(doc, []) == []


def test_lead_rule_reads_hedges_in_the_main_clause_only():
    # A modal or negation in a later clause ("..., and will stay", "..., but ... not") says
    # nothing of the action the main clause reports.
    lines = ["The singer has checked into a clinic in Arizona, and will stay there for a month.",
             "The mayor signed the budget on the steps of city hall, but the council has not "
             "approved it.",
             "The company released a patch for the browser, while hackers may still attack "
             "older versions."]
    for line in lines:
        doc = Document("h", line, published=date(2013, 5, 2))
        assert [e.dated_by for e in extract_events(doc, [])] == ["publication"], line
    # the hedged clause is not what was reported: not in the headline, nor its names
    doc = Document("c", "Maria Lopez has checked into a clinic in Tucson, but Judge Ann Reyes "
                        "has not approved it.", published=date(2013, 5, 2))
    [ev] = extract_events(doc, [])
    assert ev.headline == "Maria Lopez has checked into a clinic in Tucson"
    assert "Ann Reyes" not in " ".join(ev.entities) and "Tucson" in ev.entities
    assert ev.sentence == doc.text  # the evidence stays the whole sentence
    # in the main clause, or before its verb, the hedge still makes it no report
    for line in ["The singer may have checked into a clinic, and her lawyer said nothing.",
                 "If approved by the board, the mayor signed the budget, and left.",
                 "The mayor has not signed the budget, but the council approved it.",
                 # a relative clause inside the main clause is no later clause
                 "The company said the bug, which affects old versions, could spread."]:
        assert extract_events(Document("n", line, published=date(2013, 5, 2)), []) == [], line


def test_lead_rule_finds_the_verb_past_an_aside_after_the_subject():
    lines = ["Mark Brown, 23, was arrested near the house of his parents.",
             "Fred Smith, known as the fixer of the campaign, was found dead in a motel room.",
             "Anna Kowalski, accused of fraud by two partners, resigned from the board."]
    doc = Document("a", "\n".join(lines), published=date(2013, 5, 2))
    assert [e.sentence for e in extract_events(doc, [])] == lines
    # several asides in a row, one with a figure whose thousands the text spaces
    doc = Document("c", "Fred Smith, 75, the shadowy White House aide and \"bagman\" of the "
                        "campaign who handed out more than $300, 000 in payoffs to the burglars, "
                        "died of heart disease in a motel room.",
                   published=date(2013, 5, 2))
    assert [e.dated_by for e in extract_events(doc, [])] == ["publication"]
    # the aside does not make a hedged or habitual report one
    doc = Document("b", "Mark Brown, 23, could be arrested near the house of his parents.",
                   published=date(2013, 5, 2))
    assert extract_events(doc, []) == []


def test_lead_rule_finds_the_verb_past_a_long_fronted_clause_or_after_a_figure():
    lines = ["After skipping out on entering a rehabilitation facility in Newport Beach and facing "
             "the prospect of arrest, Maria Lopez has checked into a clinic in Tucson.",
             "9 people were killed when the bridge collapsed in the storm.",
             "3 men have been charged over the robbery of the jewellery shop."]
    doc = Document("f", "\n".join(lines), published=date(2013, 5, 2))
    assert [e.sentence for e in extract_events(doc, [])] == lines
    # a figure that is no subject is still no report: "5 percent" opens no clause
    doc = Document("g", "5 percent of the votes, counted in the north.", published=date(2013, 5, 2))
    assert extract_events(doc, []) == []


def test_lead_rule_reads_a_word_in_ed_after_a_determiner_as_an_adjective_not_the_verb():
    lines = ["An allegedly intoxicated driver has been charged in the death of a woman in Queens.",
             "The injured climber was taken to a hospital in Christchurch."]
    doc = Document("j", "\n".join(lines), published=date(2013, 5, 2))
    assert [e.sentence for e in extract_events(doc, [])] == lines


def test_lead_rule_takes_a_year_that_labels_an_earlier_thing_as_no_date_of_the_report():
    # "a 2012 car crash case", "the 2005 murder": the year names what the noun is, not when
    # the lead's action happened
    lines = ["Maria Lopez has checked into a clinic to serve a sentence for a 2012 car crash case.",
             "A jury convicted John Reyes of the 2005 murder of a deputy."]
    doc = Document("y", "\n".join(lines), published=date(2013, 5, 2))
    assert [e.sentence for e in extract_events(doc, [])] == lines
    # a year that dates the report itself still keeps the lead rule out, as a label of the
    # action's own object too ("hosted the 2022 World Cup")
    for line in ["Maria Lopez checked into a clinic in 2012 after a car crash.",
                 "The city hosted the 2012 regional games in its new stadium."]:
        doc = Document("z", line, published=date(2013, 5, 2))
        assert [e for e in extract_events(doc, []) if e.dated_by == "publication"] == [], line


def test_a_title_in_the_headline_present_is_the_day_s_report_when_no_lead_sentence_is():
    doc = Document("title", "Lindsay Lohan checks into Betty Ford Center\n"
                            "The actress could face more charges.", published=date(2013, 5, 2))
    [ev] = extract_events(doc, [])
    assert ev.dated_by == "publication" and ev.headline == "Lindsay Lohan checks into Betty Ford Center"
    doc = Document("both", "Medvedev visits Beijing amid naval drills\n"
                           "Dmitri Medvedev has made a visit to Beijing and met with Xi Jinping.",
                   published=date(2022, 12, 22))
    [ev] = extract_events(doc, [])  # the title announces the lead's event: one report
    assert ev.headline.startswith("Dmitri Medvedev has made")



def test_a_sentence_case_title_after_a_plural_subject_takes_the_next_word_before_a_name():
    for title in ["Colts beat Chiefs 20 - 13 to clinch playoff berth",
                  "Aftershocks jolt Iran's Qeshm island"]:
        doc = Document("p", title + "\nThe victims could not be named.", published=date(2013, 5, 2))
        assert [e.sentence for e in extract_events(doc, [])] == [title], title
    # no name or figure after it: a noun phrase, no report
    doc = Document("q", "Parents group statement on the school closure\nNothing was agreed.",
                   published=date(2013, 5, 2))
    assert extract_events(doc, []) == []


def test_a_title_case_title_may_hold_a_preposition_in_its_subject():
    for title in ["Shooting at Accounting Firm Leaves Woman Dead and 2 Hurt",
                  "Powerful Quake in Iran Kills 10 People"]:
        doc = Document("p", title + "\nThe victims could not be named.", published=date(2013, 5, 2))
        assert [e.sentence for e in extract_events(doc, [])] == [title], title


def test_a_sentence_case_title_takes_its_first_lower_case_verb_in_s_as_the_report():
    # In sentence case the capitals are the names, so a lower-case word after the subject
    # reads as the verb whatever follows it ("faces DUI", "releases security patch").
    for title in ("Chargers lineman Jamal Williams faces DUI charges",
                  "Microsoft releases security patch for Internet Explorer",
                  "Lindsay Lohan rehires longtime lawyer Shawn Holley, heads to rehab"):
        doc = Document("t", title + "\nThe team could say more later.", published=date(2009, 2, 2))
        [ev] = extract_events(doc, [])
        assert ev.dated_by == "publication" and ev.sentence == title
    # A plural after a number or a determiner is a noun: no report.
    for title in ("Analysts see three risks for Apple", "The results of the vote"):
        doc = Document("n", title + "\nThe team could say more later.", published=date(2009, 2, 2))
        assert extract_events(doc, []) == [], title


FURNITURE = ["PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM", "UPDATED: FRIDAY, MAY 3, 2013",
             "Updated 5:40 p.m. ET", "Posted on Thu Jun 13, 2013 08:45 AM PDT", "May 03, 2013",
             "Last updated at 22:46 GMT", "WASHINGTON, DC, April 28, 2009",
             "By Jane Doe, Reuters", "By JANE DOE and JOHN ROE, Staff Writers",
             "© 2013 Reuters", "Copyright 2013 The Associated Press. All rights reserved.",
             "Share this article"]
TEXT = ["By Saturday, at least 6,000 Web sites had been infected.", "By 1958, she had vanished.",
        "By then Deep Throat's identity had been revealed.", "It happened in 1959.",
        "Shares in Apple rose 5 percent on Monday.", "Obama Wins Re-Election In 2012",
        "Apple Unveils Watch March 9", "Jackson is due in court Feb. 17.",
        "Ellen DeGeneres To Host 86th Oscars"]


@pytest.mark.parametrize("line", FURNITURE)
def test_page_furniture_is_recognised(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", TEXT)
def test_text_is_not_furniture(line):
    assert not is_furniture(line)


def test_furniture_lines_give_no_event_and_no_headline():
    text = ("Airbus unveils the A380\nPUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM\n"
            "By Jane Doe, Reuters\nAirbus unveiled its A380 superjumbo in Toulouse.\n"
            "© 2013 Reuters. All rights reserved.")
    doc = Document("f", text, published=date(2013, 5, 2))
    pub = mention(doc, "THURSDAY, MAY 2, 2013", day(date(2013, 5, 2)))
    evs = extract_events(doc, [pub])
    assert [e.headline for e in evs] == ["Airbus unveiled its A380 superjumbo in Toulouse"]


SECTIONS = (LEAD +
            "Naval vessels hold military drills\n"
            "The Chinese and Russian navies have begun a week-long joint exercise, according to "
            "state media. The drills will take place off Zhejiang province.\n"
            "Pressure on Putin mounts from the West\n"
            "The U.S. has urged Xi to push for a withdrawal during his talks with Putin.\n"
            "Analysis of the partnership\n"
            "China has repeatedly offered to mediate talks between the two sides.\n")


def test_section_lead_takes_the_publication_date():
    doc = Document("sec", SECTIONS, published=date(2022, 12, 22))
    evs = extract_events(doc, [mention(doc, "Monday", day(date(2022, 12, 19)))])
    leads = [e for e in evs if e.dated_by == "publication"]
    assert [e.headline for e in leads] == [
        "Dmitri Medvedev has made a previously unannounced visit to Beijing and met with Xi Jinping",
        "The Chinese and Russian navies have begun a week-long joint exercise, according to state "
        "media"]
    assert leads[1].span == leads[0].span and leads[1].status == "reported"
    # no sub-heading before it, or the next sentence dates the story: not a section lead
    flat = SECTIONS.replace("Naval vessels hold military drills\n", "")
    doc = Document("flat", flat, published=date(2022, 12, 22))
    assert len([e for e in extract_events(doc, []) if e.dated_by == "publication"]) == 1
    dated = SECTIONS.replace("The drills will take place", "The drills began on Sunday")
    doc = Document("dated", dated, published=date(2022, 12, 22))
    sunday = mention(doc, "Sunday", day(date(2022, 12, 18)))
    assert len([e for e in extract_events(doc, [sunday]) if e.dated_by == "publication"]) == 1


def test_extraction_is_deterministic_and_ignores_other_documents_mentions():
    doc = Document("d1", LEAD, published=date(2022, 12, 22))
    ms = [mention(doc, "Monday", day(date(2022, 12, 19)))]
    other = TimeMention("other", 0, 6, "Monday", "DATE", "2022-12-19", day(date(2022, 12, 19)))
    assert extract_events(doc, ms) == extract_events(doc, list(reversed(ms + [other])))


def test_entities_skip_sentence_openers_and_titles():
    names = frozenset({"Putin", "Xi"})
    assert extract_entities("Following Putin’s speech, Mr. Xi responded in Moscow.", names) == \
        ("Putin", "Xi", "Moscow")
    assert extract_entities("Putin flew to Minsk.", names) == ("Putin", "Minsk")
    assert extract_entities("Reports say the U.S. objected.", names) == ("U.S.",)


def test_a_plural_possessive_keeps_the_name():
    # "Williams' publicist" names Williams, as "Williams's publicist" does.
    names = frozenset({"Williams", "Harlan", "Boll"})
    assert extract_entities("Williams' publicist, Harlan Boll, confirmed her death.",
                            names) == ("Williams", "Harlan Boll")
    assert "Member States" in extract_entities(
        "The agency met the Member States’ ministers in Brussels.", frozenset({"Brussels"}))


def test_a_day_that_belongs_to_a_recurrence_is_a_habit_not_an_event():
    from timeline.pipeline import process_document
    habit = Document(id="h", published=date(2013, 9, 18),
                     text="Microsoft typically releases software patches on the second Tuesday "
                          "of every month.")
    assert process_document(habit)[1] == []
    once = Document(id="o", published=date(2013, 9, 18),
                    text="Microsoft released an emergency patch on Tuesday. The council meets "
                         "every month.")
    assert [e.span.value for e in process_document(once)[1]] == ["2013-09-17"]
