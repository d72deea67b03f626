"""A document's language picks its tagger in the build: `timeline.languages` for the
languages it has data for, English for the rest (with one warning per such language)."""
import json
from datetime import date

from click.testing import CliRunner

from timeline.cli import main
from timeline.events import extract_events
from timeline.model import Document
from timeline.narrative import tag_document, unsupported_languages
from timeline.pipeline import build_timeline

SPANISH = ("---\ntitle: La cumbre\npublished: 2023-03-24\nlanguage: es\n---\n"
           "El Gobierno anunció el 3 de marzo de 2023 un nuevo plan de vivienda en Madrid.\n\n"
           "La ministra presentó hace tres días las primeras ayudas a los jóvenes.\n")
DUTCH = ("---\npublished: 2023-03-24\nlanguage: nl\n---\n"
         "De regering kondigde op 3 maart 2023 een nieuw plan aan voor woningen in Amsterdam.\n")


def test_a_spanish_article_is_built_with_spanish_dates(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "es.txt").write_text(SPANISH, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert [d["language"] for d in data["documents"]] == ["es"]
    found = {m["expression"]: m for m in data["mentions"]}
    assert found["el 3 de marzo de 2023"]["value"] == "2023-03-03"
    ago = found["hace tres días"]
    assert ago["span"]["start"] == "2023-03-21" and ago["anchor"]["kind"] == "published"
    assert any(e["start"] == "2023-03-03" for e in data["events"])
    assert data["warnings"] == []


def test_a_language_without_data_is_read_as_english_with_one_warning(tmp_path):
    for n in range(2):
        (tmp_path / f"nl{n}.txt").write_text(DUTCH, encoding="utf-8")
    tl = build_timeline([tmp_path])
    assert [d.language for d in tl.documents] == ["nl", "nl"]
    said = [w for w in tl.warnings if "'nl'" in w]
    assert len(said) == 1 and said[0].startswith("2 documents in language 'nl'")
    assert any(m.value == "2023" for m in tl.mentions)  # what the English tagger reads


def test_tag_document_by_language():
    dct = date(2023, 3, 24)
    text = "Llegó el 3 de marzo de 2023 y se fue ayer."
    es = tag_document(text, dct, "d", "news", language="es")
    assert [(m.text, m.value) for m in es] == [("el 3 de marzo de 2023", "2023-03-03"),
                                               ("ayer", "2023-03-23")]
    # regional codes read as their language; narrative mode is the same output for now
    assert tag_document(text, dct, "d", "narrative", "es-MX") == es
    assert tag_document(text, dct, "d", "auto", "ES") == es
    english = tag_document("It opened on March 3, 2023.", dct, "d", "news")
    assert tag_document("It opened on March 3, 2023.", dct, "d", "news", None) == english
    assert tag_document("It opened on March 3, 2023.", dct, "d", "news", "xx") == english


def test_unsupported_languages_are_named_once_each():
    assert unsupported_languages(["en", "es", "pt-BR", "fr", "de", "it", "EN-gb"]) == []
    said = unsupported_languages(["nl", "ru", "nl-BE"])
    assert len(said) == 2 and said[0].startswith("2 documents in language 'nl'")
    assert said[1].startswith("1 document in language 'ru'")
