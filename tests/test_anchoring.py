"""Inferring the publication date of an article that has none (timeline.anchoring)."""
import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from timeline.anchoring import infer_anchor, infer_anchors
from timeline.cli import main
from timeline.export.events_json import load_schema, to_data
from timeline.model import Document
from timeline.pipeline import build_from_documents

DATELINE = Document("wire", "MOSCOW, March 20, 2023 (Reuters) - Chinese leader Xi Jinping met "
                            "Russian President Vladimir Putin in the Kremlin today.")


def test_dateline_gives_the_date_with_high_confidence():
    day, confidence, reason = infer_anchor(DATELINE)
    assert day == date(2023, 3, 20) and confidence >= 0.85 and "dateline" in reason


def test_today_beside_a_full_date():
    doc = Document("a", "The council said today, March 3, 2021, that it voted to close the bridge.")
    assert infer_anchor(doc)[0] == date(2021, 3, 3)


def test_weekday_date_pair_fixes_the_missing_year():
    doc = Document("a", "Voters went to the polls in March 2020. On Monday, Oct. 26, the council "
                        "voted to close the bridge.")
    day, confidence, reason = infer_anchor(doc, today=date(2021, 1, 1))
    assert day == date(2020, 10, 26) and "weekday" in reason and confidence >= 0.6


def test_weekday_date_pair_without_a_bound_only_guesses_the_year():
    # Thursday fits December 11 in 2025, 2014, 2008...: nothing in the text says which.
    doc = Document("a", "Bettie Page died Thursday, December 11, at a Los Angeles hospital.")
    day, confidence, reason = infer_anchor(doc, today=date(2026, 1, 1))
    assert day == date(2025, 12, 11) and confidence < 0.6 and "guess" in reason


def test_a_lone_past_date_is_only_a_lower_bound_below_the_default_threshold():
    doc = Document("a", "The treaty signed on February 4, 2022 has changed the region, officials "
                        "said on Monday.")
    day, confidence, reason = infer_anchor(doc)
    assert day == date(2022, 2, 4) and confidence < 0.6 and "lower bound" in reason


def test_nothing_to_go_on():
    doc = Document("a", "The council voted to close the bridge on Monday.")
    assert infer_anchor(doc) == (None, 0.0, infer_anchor(doc)[2])
    assert infer_anchor(doc)[0] is None


def test_pipeline_uses_an_inferred_date_above_the_threshold_and_says_so():
    tl = build_from_documents([DATELINE])
    [doc] = tl.documents
    assert doc.published == date(2023, 3, 20) and doc.published_from == "inferred"
    assert any("inferred 2023-03-20" in w and "dateline" in w for w in tl.warnings)
    assert any(e.span.first == date(2023, 3, 20) for e in tl.events)
    validator = jsonschema.Draft202012Validator(load_schema())
    validator.validate(to_data(tl))


def test_pipeline_leaves_it_unresolved_below_the_threshold_or_when_off():
    tl = build_from_documents([DATELINE], anchor_threshold=0.95)
    assert tl.documents[0].published is None
    assert any("below the threshold" in w for w in tl.warnings)
    tl = build_from_documents([DATELINE], infer_anchors=False)
    assert tl.documents[0].published is None


def test_documents_with_a_date_are_untouched():
    doc = replace(DATELINE, published=date(2023, 3, 21), published_from="manifest")
    got = build_from_documents([doc]).documents[0]
    assert replace(got, mode=doc.mode) == doc  # only its mode is judged ("auto" -> "news")


def test_cli_options(tmp_path: Path):
    src = tmp_path / "wire.txt"
    src.write_text(DATELINE.text, encoding="utf-8")
    runner = CliRunner()
    help_text = runner.invoke(main, ["build", "--help"]).output
    assert "--infer-anchor / --no-infer-anchor" in help_text and "--anchor-threshold" in help_text
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(src), "--out", str(out), "-f", "json", "-q"])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert data["documents"][0]["published_from"] == "inferred"
    result = runner.invoke(main, ["build", str(src), "--out", str(out), "-f", "json", "-q",
                                  "--no-infer-anchor"])
    data = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert data["documents"][0]["published"] is None
    result = runner.invoke(main, ["build", str(src), "--out", str(out), "-f", "json", "-q",
                                  "--anchor-threshold", "0.95"])
    data = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert data["documents"][0]["published"] is None


# ---------------------------------------------------------------- furniture first

def test_a_published_line_wins_over_every_other_clue():
    doc = Document("a", "Lohan checks into rehab\nPUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM\n"
                        "UPDATED: FRIDAY, MAY 3, 2013\nThe council said today, March 3, 2021, "
                        "that it voted.")
    day, confidence, reason = infer_anchor(doc)
    assert day == date(2013, 5, 2) and confidence >= 0.9 and "published" in reason


def test_an_update_bounds_the_other_clues():
    doc = Document("a", "Title\nUPDATED: FRIDAY, MAY 3, 2013, 9:56 AM\nThe treaty signed on "
                        "February 4, 2013 and the talks of June 1, 2013 were discussed.")
    day, confidence, reason = infer_anchor(doc)
    # The update alone is at the threshold; the June date cannot be a lower bound after it.
    assert day == date(2013, 5, 3) and confidence >= 0.6 and "updated" in reason


def test_the_pipeline_takes_a_furniture_date():
    doc = Document("a", "Lohan checks into rehab\nMay 02, 2013\nLindsay Lohan checked into "
                        "rehab on Thursday, her lawyer said.")
    tl = build_from_documents([doc])
    assert tl.documents[0].published == date(2013, 5, 2)
    assert any("inferred 2013-05-02" in w and "date-line" in w for w in tl.warnings)


# ---------------------------------------------------------------- other documents, bounded cost

_NAMES = [a + b for a in ("Bal", "Cor", "Dun", "Fen", "Gar", "Hol", "Kir", "Lom")
          for b in ("ford", "wick", "ston", "mere", "by")]


def _story(i: int, day: date) -> Document:
    return Document(f"d{i}", f"Mayor {_NAMES[i]} opened the {_NAMES[-1 - i]} bridge on "
                             f"{day:%B} {day.day}, {day.year}, officials said.",
                    published=day + timedelta(days=1), published_from="document")


def test_other_documents_date_an_undated_report_without_retagging_per_candidate(monkeypatch):
    import timeline.anchoring as anchoring
    from timeline.events import extract_events
    from timeline.narrative import tag_document
    from timeline.temporal import tag

    dated = [_story(i, date(2021, 1, 1) + timedelta(days=9 * i)) for i in range(40)]
    # Its events come from the caller (a pipeline has them already).
    known = {d.id: extract_events(d, tag(d.text, d.published, d.id)) for d in dated}
    event_day = date(2021, 1, 1) + timedelta(days=9 * 7)
    undated = Document("u", f"Mayor {_NAMES[7]} opened the {_NAMES[-8]} bridge on "
                            f"{event_day:%A}, officials said. Mayor {_NAMES[7]} said the bridge "
                            f"cost $3 million.")
    calls = []

    def counting_tag(*args, **kwargs):
        calls.append(args[1])
        return tag_document(*args, **kwargs)

    monkeypatch.setattr(anchoring, "tag_document", counting_tag)
    anchoring._events_of.cache_clear()
    day, confidence, reason = anchoring.infer_anchor(undated, dated,
                                                     events_of=lambda d: known[d.id])
    # Hundreds of candidate days around the related reports, but one tagging without a date
    # and at most one per weekday: never one per candidate day.
    assert len(calls) <= 8
    # A weekday pins the day within a week: the earliest publication day that fits is taken,
    # below the threshold since one shared event is thin evidence. The article's second
    # statement ("said the bridge cost $3 million") resembles the same one report: it adds
    # no second piece of evidence.
    assert day == event_day and 0.3 < confidence < 0.6 and "d7" in reason


def test_anchoring_depends_on_no_private_of_dedup_and_not_on_pipeline():
    import ast
    from pathlib import Path

    import timeline.anchoring as anchoring
    import timeline.corroboration as corroboration

    for module in (anchoring, corroboration):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
                 for a in n.names} | {n.module or "" for n in ast.walk(tree)
                                      if isinstance(n, ast.ImportFrom)}
        assert not any("dedup" in n or "pipeline" in n for n in names), module.__name__


# ---------------------------------------------------------------- other languages

@pytest.mark.parametrize("language,text", [
    ("es", "El Sr. Pérez dijo hoy, 3 de marzo de 2021, que el consejo cerró el puente."),
    ("pt", "O conselho disse hoje, 3 de março de 2021, que fechou a ponte."),
    ("fr", "Le conseil a annoncé aujourd'hui, le 3 mars 2021, la fermeture du pont."),
    ("de", "Der Rat hat heute, am 3. März 2021, die Brücke geschlossen."),
    ("it", "Il consiglio ha annunciato oggi, 3 marzo 2021, la chiusura del ponte."),
])
def test_today_beside_a_full_date_in_each_language(language, text):
    doc = Document("a", text, language=language)
    day, confidence, reason = infer_anchor(doc, today=date(2021, 6, 1))
    assert day == date(2021, 3, 3) and confidence >= 0.85 and "today" in reason


@pytest.mark.parametrize("language,text", [
    ("de", "Die Wahl fand im März 2020 statt. Am Montag, 26. Oktober, stimmte der Rat ab."),
    ("it", "Il consiglio ha votato nel marzo 2020. Lunedì 26 ottobre ha chiuso il ponte."),
    ("es", "Los votantes acudieron en marzo de 2020. El lunes 26 de octubre votó el consejo."),
])
def test_weekday_date_pair_in_each_language(language, text):
    day, confidence, reason = infer_anchor(Document("a", text, language=language),
                                           today=date(2021, 1, 1))
    assert day == date(2020, 10, 26) and "weekday" in reason and confidence >= 0.6


def test_sentences_follow_the_language_abbreviations():
    # "Sr." ends no Spanish sentence, so "hoy" and the date share one; with the date in the
    # next sentence, "hoy" says nothing about it.
    same = Document("a", "Lo dijo hoy el Sr. Pérez, 3 de marzo de 2021, en Madrid.",
                    language="es")
    apart = Document("a", "Pérez votará hoy. El 3 de marzo de 2021 cerró el puente.",
                     language="es")
    assert infer_anchor(same, today=date(2021, 6, 1))[1] >= 0.85
    day, confidence, reason = infer_anchor(apart, today=date(2021, 6, 1))
    assert confidence < 0.6 and "lower bound" in reason



def test_a_run_without_dates_dates_reports_by_the_furniture_of_others():
    # No article carries a date; one says it on a PUBLISHED line, and its events date the
    # other reports of the same events in a second round.
    first = Document("a", "Corston opens Kirston bridge\nPUBLISHED: FRIDAY, MARCH 5, 2021\n"
                          "Mayor Corston opened the Kirston bridge on Friday, officials said. "
                          "The Kirston bridge closed the Balford ferry on Friday, its owners "
                          "said.")
    second = Document("b", "Mayor Corston opened the Kirston bridge on Friday, officials said. "
                           "The Kirston bridge closed the Balford ferry on Friday, its owners "
                           "said.")
    docs, warnings = infer_anchors([first, second], 0.6, today=date(2022, 1, 1))
    assert [d.published for d in docs] == [date(2021, 3, 5), date(2021, 3, 5)]
    assert "second round" in warnings[1]
    alone, _ = infer_anchors([second], 0.6, today=date(2022, 1, 1))
    assert alone[0].published is None


def test_furniture_in_the_document_language():
    doc = Document("a", "El Gobierno aprueba la ley\nPublicado el jueves, 2 de mayo de 2013\n"
                        "El Gobierno aprobó ayer la ley.", language="es")
    day, confidence, reason = infer_anchor(doc, today=date(2020, 1, 1))
    assert day == date(2013, 5, 2) and confidence >= 0.9 and "published" in reason


def test_a_month_day_stamp_takes_its_year_from_the_related_articles():
    related = [Document(f"r{i}", "Klitschko stopped Thompson in the sixth round in Bern.",
                        published=date(2012, 7, 7 + i), published_from="document")
               for i in range(2)]
    doc = Document("a", "Klitschko retains belts\nJul. 7 5:59 PM EDT\nKlitschko stopped "
                        "Thompson in the sixth round.")
    day, confidence, reason = infer_anchor(doc, related, today=date(2020, 1, 1))
    assert day == date(2012, 7, 7) and confidence >= 0.6 and "month-day stamp" in reason
    # Related articles near that day in two years: the stamp says nothing of which.
    other = replace(related[0], id="r9", published=date(2008, 7, 8))
    day, confidence, reason = infer_anchor(doc, [*related, other], today=date(2020, 1, 1))
    assert "month-day stamp" not in reason


def _arrest_reports(day: date, published: date) -> list[Document]:
    # Later articles, about another arrest, that tell this one as background.
    return [Document(f"later{i}", f"Chargers tackle Jamal Williams was arrested on suspicion "
                                  f"of drunken driving early Sunday, the team said. Chargers "
                                  f"receiver Vincent Jackson was arrested for investigation of "
                                  f"DUI on {day:%b}. {day.day}, five days before a playoff game.",
                     published=published + timedelta(days=i), published_from="document")
            for i in range(3)]


def test_a_report_names_its_day_for_an_article_written_when_it_happened():
    # The related articles were published a month later; the undated one reports the arrest
    # they give as background "on Jan. 6": that day is a candidate, and the earliest that fits.
    related = _arrest_reports(date(2009, 1, 6), date(2009, 2, 3)) + [
        _story(i, date(2008, 6, 1) + timedelta(days=9 * i)) for i in range(12)]
    doc = Document("u", "Chargers receiver arrested for DUI\nChargers receiver Vincent Jackson "
                        "was arrested on suspicion of drunk driving on Tuesday morning, five "
                        "days before a key playoff game.")
    day, confidence, reason = infer_anchor(doc, related, today=date(2020, 1, 1))
    assert day in (date(2009, 1, 6), date(2009, 1, 7)), reason
    assert confidence > 0.3 and "later" in reason


def test_other_people_named_in_full_are_not_the_same_report():
    # "Vincent Jackson was arrested" and "Jamal Williams was arrested" share the team, the
    # action and the days around the related articles: two arrests, no evidence of a date.
    from timeline.corroboration import Matcher
    from timeline.events import extract_events
    from timeline.temporal import tag

    report = Document("r", "San Diego Chargers defensive tackle Jamal Williams was arrested on "
                           "suspicion of drunken driving on Sunday, the team said.",
                      published=date(2009, 2, 3), published_from="document")
    other = Document("u", "San Diego Chargers receiver Vincent Jackson was arrested on "
                          "suspicion of drunk driving on Tuesday, the team said.",
                     published=date(2009, 2, 3), published_from="document")
    same = Document("s", "San Diego Chargers tackle Jamal Williams was arrested on Sunday on "
                         "suspicion of driving under the influence, police said.",
                    published=date(2009, 2, 4), published_from="document")
    [r] = extract_events(report, tag(report.text, report.published, "r"))
    [o] = extract_events(other, tag(other.text, other.published, "u"))
    [s] = extract_events(same, tag(same.text, same.published, "s"))
    matcher = Matcher([r])
    assert matcher.matches(o) == []
    assert matcher.matches(s) == [0]


def _patch_reports(published: date, n: int, prefix: str) -> list[Document]:
    # (with unrelated stories around, so that the reports' words are rare in the run)
    return [_story(i, published + timedelta(days=20 * i - 300)) for i in range(20)
            if prefix == "new"] + [Document(f"{prefix}{i}", "Microsoft releases emergency patch for Internet Explorer\n"
                                     "Microsoft released an emergency patch on Tuesday to fix a "
                                     "flaw in its Internet Explorer browser, the company said.",
                     published=published + timedelta(days=i % 2), published_from="document")
            for i in range(n)]


_UNDATED_PATCH = ("Microsoft rushes out emergency patch for Internet Explorer\nMicrosoft on "
                  "Wednesday released an emergency patch to fix a flaw in its Internet Explorer "
                  "browser.")


def test_a_story_the_run_tells_on_two_occasions_dates_no_article():
    # Reports of one patch in September 2013 date the undated report of "a patch"...
    recent = _patch_reports(date(2013, 9, 18), 4, "new")
    doc = Document("u", _UNDATED_PATCH)
    day, confidence, _ = infer_anchor(doc, recent, today=date(2020, 1, 1))
    assert day is not None and confidence >= 0.6
    # ...but when the run also reports a patch a year earlier, each of its events fits both
    # occasions: they say which kind of story, not which one.
    earlier = _patch_reports(date(2012, 9, 19), 1, "old")
    day, confidence, reason = infer_anchor(doc, [*recent, *earlier], today=date(2020, 1, 1))
    assert confidence < 0.6 and "another occasion" in reason


def test_a_month_day_without_a_year_long_past_weighs_against_the_day():
    recent = _patch_reports(date(2013, 9, 18), 4, "new")
    doc = Document("u", _UNDATED_PATCH + " Microsoft went into emergency response mode on "
                                         "December 9 after it learned of the attacks.")
    # Published in September 2013, it would name December 2012 without its year.
    day, confidence, _ = infer_anchor(doc, recent, today=date(2020, 1, 1))
    assert confidence < 0.6


def test_an_article_counting_the_same_things_differently_is_another_occasion():
    report = Document("r", "Indian navy captures 26 pirates\nThe Indian navy captured 26 "
                           "pirates who attacked a merchant vessel in the Gulf of Aden on "
                           "Thursday, a navy spokesman said.",
                      published=date(2011, 11, 11), published_from="document")
    same = Document("u", "Indian navy captures pirates\nThe Indian navy captured 26 pirates "
                         "who attacked a merchant vessel in the Gulf of Aden on Thursday.")
    other = Document("u", "Indian navy captures pirates\nThe Indian navy captured 23 pirates "
                          "who attacked a merchant vessel in the Gulf of Aden on Thursday.")
    related = [report, replace(report, id="r2", published=date(2011, 11, 12))]
    assert infer_anchor(same, related, today=date(2020, 1, 1))[0] is not None
    assert infer_anchor(other, related, today=date(2020, 1, 1))[0] is None
