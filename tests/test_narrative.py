"""Narrative time: relative dates count from the time the story has reached."""
from datetime import date

import pytest

from timeline.narrative import MODES, judge_mode, tag_document
from timeline.temporal import tag

DOWNLOADED = date(2009, 12, 19)

HISTORY = (
    "On September 1, 1939, Germany invaded Poland. The following year, German forces "
    "overran France. In March, the Blitz went on.\n\n"
    "Japan attacked Pearl Harbor on December 7, 1941. Two days later, China declared war on "
    "Japan. The war in Europe ended in May 1945, and the civil war in China in 1949."
)

NEWS = (
    "MOSCOW (AP) - Russia's foreign minister said on Monday that talks would resume next "
    "week, officials told reporters.\n\n"
    "On February 4, 2022, Putin visited Beijing. 20 days later, Russia invaded Ukraine.\n\n"
    "On Monday, the minister said the sanctions would stay, according to a spokesman."
)


def _by_text(mentions):
    return {m.text: m for m in mentions}


def test_the_following_year_counts_from_the_named_date():
    found = _by_text(tag_document(HISTORY, DOWNLOADED, "h", "narrative"))
    assert found["The following year"].value == "1940"


def test_a_bare_month_takes_the_year_the_story_has_reached():
    found = _by_text(tag_document(HISTORY, DOWNLOADED, "h", "narrative"))
    march = found["March"]
    assert march.value == "1940-03"
    assert (march.span.first, march.span.last) == (date(1940, 3, 1), date(1940, 3, 31))
    # anchored to the story's time, with the words that named it and where they are
    assert march.anchor.kind == "narrative"
    assert march.anchor.text == "The following year"
    assert HISTORY[march.anchor.start:].startswith("The following year")
    assert march.anchor.date.year == 1940


def test_days_later_count_from_the_date_just_named():
    found = _by_text(tag_document(HISTORY, DOWNLOADED, "h", "narrative"))
    assert found["Two days later"].value == "1941-12-09"


def test_offsets_point_into_the_document():
    for m in tag_document(HISTORY, DOWNLOADED, "h", "narrative"):
        assert HISTORY[m.start:m.end] == m.text


def test_a_range_of_years_is_two_mentions_and_the_story_stands_at_its_start():
    text = "Eastern Theater 1861-1863\n\nIn July, the armies met at Bull Run."
    found = tag_document(text, DOWNLOADED, "c", "narrative")
    assert [(m.text, m.value) for m in found] == [
        ("1861", "1861"), ("1863", "1863"), ("July", "1861-07")]


def test_a_time_planned_ahead_does_not_move_the_story():
    text = ("On 10 March 1975, the army attacked, ahead of a campaign planned for 1976. "
            "The town fell on 11 March.")
    found = _by_text(tag_document(text, DOWNLOADED, "v", "narrative"))
    assert found["11 March"].value == "1975-03-11"


def test_a_yearless_time_joined_to_a_dated_one_shares_its_year():
    text = ("By the end of March 1944, the Allies had taken the islands.\n\n"
            "Both sides spent the spring and early summer of 1943 preparing offensives.")
    found = _by_text(tag_document(text, DOWNLOADED, "w", "narrative"))
    assert found["the spring"].value == "1943-SP"


def test_years_before_the_common_era():
    text = ("The Ionian Revolt lasted from 499 to 493 BC. The first campaign, in 492 BC, "
            "failed. The following year, Darius sent envoys. In the autumn of 481 BC the "
            "army gathered, and in April 480 BC it marched.")
    found = tag_document(text, DOWNLOADED, "g", "narrative")
    values = {m.text: m.value for m in found}
    assert values["499"] == "BC0499" and values["493 BC"] == "BC0493"
    assert values["492 BC"] == "BC0492"
    assert values["The following year"] == "BC0491"
    assert values["autumn of 481 BC"] == "BC0481-FA"
    assert values["April 480 BC"] == "BC0480-04"
    following = [m for m in found if m.text == "The following year"][0]
    assert following.span is None  # no calendar day before the era
    assert following.anchor.kind == "narrative" and following.anchor.text == "492 BC"
    for m in found:
        assert text[m.start:m.end] == m.text


def test_news_mode_is_the_tagger_exactly():
    assert tag_document(HISTORY, DOWNLOADED, "h", "news") == tag(HISTORY, DOWNLOADED, "h")
    assert tag_document(NEWS, date(2023, 3, 10), "n", "news") == tag(NEWS, date(2023, 3, 10), "n")


def test_news_background_paragraph_and_monday_from_publication():
    published = date(2023, 3, 10)  # a Friday
    found = tag_document(NEWS, published, "n", "auto")
    assert found == tag(NEWS, published, "n")  # judged news: the tagger's own reading
    later = [m for m in found if m.text == "20 days later"][0]
    assert later.value == "2022-02-24" and later.anchor.kind == "mention"
    mondays = [m for m in found if m.text == "Monday"]
    assert [m.value for m in mondays] == ["2023-03-06", "2023-03-06"]
    assert all(m.anchor.kind == "published" for m in mondays)


def test_narrative_mode_returns_to_publication_in_a_reporting_sentence():
    published = date(2023, 3, 10)
    found = tag_document(NEWS, published, "n", "narrative")
    last_monday = [m for m in found if m.text == "Monday"][-1]
    assert last_monday.value == "2023-03-06"
    assert last_monday.anchor.kind == "published"


def test_news_cues_are_counted_in_any_case_and_across_any_spaces():
    # 18 words; cues: TODAY, Said, "this  week", "Last\nmonth", "according to", Mondays, and
    # the long s of "ſaid" (a case variant of s) -- but "this, week" and "nowadays" are none
    text = ("TODAY the mayor Said this  week and Last\nmonth, according to aides, on Mondays "
            "this, week nowadays ſaid")
    assert judge_mode(text)[2].endswith(f"{1000 * 7 / 18:.1f} news cues per 1000 words")


def test_judge_mode_history_against_news():
    mode, confidence, reason = judge_mode(HISTORY)
    assert mode == "narrative" and 0.5 <= confidence <= 1.0 and "years" in reason
    mode, confidence, _ = judge_mode(NEWS)
    assert mode == "news" and 0.5 <= confidence <= 1.0


def test_auto_follows_the_judged_mode():
    assert tag_document(HISTORY, DOWNLOADED, "h") == tag_document(HISTORY, DOWNLOADED, "h",
                                                                  "narrative")


def test_without_a_creation_date_a_narrative_still_resolves():
    found = _by_text(tag_document(HISTORY, None, "h", "narrative"))
    assert found["The following year"].value == "1940"
    assert found["March"].value == "1940-03"


def test_unknown_mode_is_refused():
    assert MODES == ("news", "narrative", "auto")
    with pytest.raises(ValueError):
        tag_document(HISTORY, DOWNLOADED, "h", "story")


def test_words_of_the_day_of_writing_keep_the_creation_date_in_a_story():
    text = ("On September 1, 1939, Germany invaded Poland. Historians today still argue "
            "about it, and a film on it opened last week.")
    found = _by_text(tag_document(text, DOWNLOADED, "t", "narrative"))
    assert found["today"].value == "2009-12-19"
    assert found["today"].anchor.kind == "published"
    assert found["last week"].value == "2009-W50"


def test_the_sentence_before_is_context_for_that_month():
    text = ("The two sides concluded a truce on June 17, 1962. In the same month, more than "
            "350,000 people left the country.")
    found = _by_text(tag_document(text, DOWNLOADED, "a", "narrative"))
    assert found["the same month"].value == "1962-06"
    assert [m.text for m in tag_document(text, DOWNLOADED, "a", "narrative")] == [
        "June 17, 1962", "the same month"]  # the context sentence is not tagged twice


def test_a_time_counted_from_a_moved_month_moves_with_it():
    text = ("In May 1940, Germany invaded France. Italy declared war on June 10, and "
            "twelve days later France signed an armistice.")
    found = _by_text(tag_document(text, DOWNLOADED, "w", "narrative"))
    assert found["June 10"].value == "1940-06-10"
    assert found["twelve days later"].value == "1940-06-22"


# A news report in Spanish that names four years: its cues ("dijo", "ayer", "según",
# "esta semana") are Spanish, so read with English's it would pass for a history.
SPANISH_NEWS = ("El ministro dijo ayer que el plan de 1998 fracasó, según fuentes oficiales. "
                "Las obras empezaron en 2001 y se pararon en 2004; esta semana el Gobierno "
                "anunció que terminarán en 2010, informó el portavoz.")
SPANISH_HISTORY = ("La República llegó en 1931 y la guerra comenzó en 1936 con el alzamiento "
                   "de julio. En 1938 se libró la batalla del Ebro y en 1939 terminó el "
                   "conflicto con la caída de Madrid.")


def test_news_cues_are_read_in_the_document_language():
    assert judge_mode(SPANISH_NEWS, "es")[0] == "news"
    assert judge_mode(SPANISH_NEWS, "en")[0] == "narrative"  # no English cue in it
    assert judge_mode(SPANISH_HISTORY, "es")[0] == "narrative"
    assert judge_mode(SPANISH_NEWS, "es-MX") == judge_mode(SPANISH_NEWS, "es")


def test_every_language_has_news_cues_and_others_read_english_ones():
    from timeline.languages import SUPPORTED
    from timeline.languages.news_cue_words import NEWS_CUES
    assert set(SUPPORTED) | {"en"} <= set(NEWS_CUES)
    assert judge_mode(NEWS, "nl") == judge_mode(NEWS, "en")


def test_a_build_records_the_mode_judged_in_the_document_language():
    from timeline.model import Document
    from timeline.pipeline import build_from_documents
    doc = Document(id="es-1", text=SPANISH_NEWS, published=date(2005, 3, 2), language="es")
    timeline = build_from_documents([doc], infer_anchors=False)
    assert [d.mode for d in timeline.documents] == ["news"]


SPANISH_STORY = "La guerra empezó en marzo de 1939. En mayo, el ejército avanzó hacia el norte."


def test_a_language_reads_narrative_time_once_it_has_narrative_words(monkeypatch):
    # Spanish has no narrative words yet: its narrative mode is news.
    as_news = tag_document(SPANISH_STORY, date(2009, 12, 19), "d", "news", "es")
    assert tag_document(SPANISH_STORY, date(2009, 12, 19), "d", "narrative", "es") == as_news
    assert [m.value for m in as_news] == ["1939-03", "2009-05"]
    # A table of its words is all it takes for the engine's dates to follow the story.
    from timeline import narrative
    from timeline.languages import narrative_words
    months = ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
              "diciembre").split()
    monkeypatch.setitem(narrative_words.NARRATIVE_WORDS, "es",
                        dict(narrative_words.NARRATIVE_WORDS["en"], months=months))
    narrative._rules.cache_clear()
    try:
        found = tag_document(SPANISH_STORY, date(2009, 12, 19), "d", "narrative", "es")
    finally:
        monkeypatch.undo()
        narrative._rules.cache_clear()
    assert [m.value for m in found] == ["1939-03", "1939-05"]
    assert found[1].anchor.kind == "narrative" and found[1].anchor.text == "marzo de 1939"
