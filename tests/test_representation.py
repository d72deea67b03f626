"""The event representation the merge compares, and the indexed candidate search."""
import re
from datetime import date, timedelta

from timeline import dedup, representation as rep
from timeline.eventwords import for_language
from timeline.events import extract_entities, make_headline
from timeline.model import EventMention, TimeSpan


def day(d: date) -> TimeSpan:
    return TimeSpan(d, d, "day", d.isoformat())


def em(doc_id: str, sentence: str, span: TimeSpan, start: int = 0) -> EventMention:
    names = frozenset(re.findall(r"\b[A-Z][a-z]+", sentence))
    return EventMention(doc_id, sentence, start, start + len(sentence),
                        make_headline(sentence, []), span, None,
                        entities=extract_entities(sentence, names))


D = day(date(2013, 5, 2))


def test_action_classes_join_synonyms_and_phrases():
    lex = rep.lexicon("en")
    assert "@fire" in lex.tokens("a pre-dawn blaze") and "@fire" in lex.tokens("the fire")
    assert "@quake" in lex.tokens("the earthquake") and "@quake" in lex.tokens("a tremor")
    assert "@die" in lex.tokens("she passed away on Monday")
    assert lex.stem("charged") == lex.stem("charges") == lex.stem("charge")
    # function words go, words that name events stay ("call", "fire" are not stop words here)
    assert lex.tokens("he will call them") == ["call", "@call"]


def test_word_data_is_per_language_with_english_fallback():
    assert for_language("en").ACTION_CLASSES
    assert for_language("xx") is for_language("en")
    assert for_language("en-GB") is for_language("en")


def test_figures_keep_their_units():
    lex = rep.lexicon()
    assert lex.figures("a magnitude 6.1 quake killed 12 people") == {"magnitude:6.1", "people:12"}
    assert lex.figures("A 7.2-magnitude earthquake") == {"magnitude:7.2"}


def test_participants_drop_offices_and_countries_and_full_names_are_kept_for_vetoes():
    m = em("a", "Russian President Vladimir Putin met Xi Jinping in Moscow on Monday.", D)
    countries = rep.country_like(["russian", "russia", "moscow", "putin"])
    f = rep.features(m, countries, rep.lexicon())
    assert {"putin", "vladimir", "xi", "jinping"} <= f.actors and "president" not in f.actors
    assert "russian" not in f.actors and "moscow" in f.places
    assert frozenset({"vladimir", "putin"}) in f.full_names
    title = em("a", "Lindsay Lohan Checks Into Betty Ford Center", D)
    assert rep.features(title, frozenset(), rep.lexicon()).full_names == ()  # title case


def test_country_like_is_found_in_the_run_itself():
    words = ["russia", "russian", "china", "chinese", "ukraine", "ukrainian", "putin", "xi",
             "kremlin", "russell"]
    found = rep.country_like(words)
    assert {"russia", "russian", "china", "chinese", "ukraine", "ukrainian"} <= found
    assert not {"putin", "xi", "kremlin"} & found


def test_a_different_participant_vetoes_the_same_kind_of_event():
    lohan = em("a", "Actress Lindsay Lohan checked into rehab at a clinic on Thursday.", D)
    reid = em("b", "Actress Tara Reid checked into rehab at a clinic on Thursday.", D)
    assert len(dedup.merge_events([lohan, reid])) == 2
    again = em("c", "Lindsay Lohan checked into the rehab clinic on Thursday.", D)
    assert len(dedup.merge_events([lohan, again])) == 1


def test_same_day_and_same_kind_merge_when_one_report_names_no_one():
    a = em("a", "A pre-dawn blaze destroyed the Matanuska Maid Dairy warehouse in Palmer.", D)
    b = em("b", "The fire that destroyed the old Matanuska Maid warehouse took a piece of "
                "history.", D)
    assert len(dedup.merge_events([a, b])) == 1


def test_candidates_never_span_dates_that_cannot_meet():
    # The same sentence on 300 different days: no pair may link, and the index never even
    # scores pairs more than a day apart.
    base = date(2000, 1, 1)
    ms = [em(f"d{k:03d}", "Officials announced a new budget for the city council.",
             day(base + timedelta(days=3 * k))) for k in range(300)]
    items = dedup._canonical(ms)
    rows = dedup._Rows(items, dedup._units(items), {}, {})
    run = rep.Run([rows.item[us[0]] for us in rows.units])
    pairs, nodes = dedup._candidate_links(run, rows)
    lo = [run.feats[r].lo for r in nodes.row]
    assert all(abs((lo[i] - lo[j]).days) <= 1 for i, j, *_ in pairs)
    assert len(dedup.merge_events(ms)) == 300


def test_one_document_with_many_dates():
    base = date(2001, 1, 1)
    ms = [em("one", f"The committee met again to discuss item {k}.", day(base + timedelta(days=k)),
             start=60 * k) for k in range(500)]
    events = dedup.merge_events(ms)
    assert len(events) == 500 and [e.span.first for e in events] == sorted(
        base + timedelta(days=k) for k in range(500))


def test_a_title_cased_headline_keeps_its_words_about_what_happened():
    # In "Lindsay Lohan Checks Into Betty Ford Rehab" every word is capitalised; only the words
    # the run's other sentences write as names are names, so "checks" and "rehab" still say
    # what happened and the two reports share wording.
    title = em("a", "Lindsay Lohan Checks Into Betty Ford Rehab", D)
    body = em("b", "On Thursday Lindsay Lohan checked into the Betty Ford Center for rehab.", D)
    run = rep.Run([title, body])
    assert {"lindsay", "lohan", "betty", "ford"} <= run.feats[0].actors
    assert "rehab" not in run.feats[0].actors and "rehab" in run.feats[0].content
    assert run.cosine(0, 1) > 0.3
