"""A document's language: its metadata's code when it gives one, else detected from the
text when the detector is sure, else English; recorded in events.json."""
import json

from timeline.ingest import read_documents
from timeline.ingest.language import detect_language, normalise_code

FRENCH = ("Le président de la République a annoncé lundi un nouveau plan pour l'économie, "
          "trois jours après la grève.")
GERMAN = "Der Bundeskanzler hat am Montag in Berlin einen neuen Plan für die Wirtschaft vorgestellt."


def test_codes_from_metadata_are_normalised():
    assert normalise_code("pt-BR") == "pt" and normalise_code("DE") == "de"
    assert normalise_code("en_US") == "en" and normalise_code("English!") is None


def test_detection_only_when_sure():
    assert detect_language(FRENCH) == "fr" and detect_language(GERMAN) == "de"
    assert detect_language("Ok.") is None  # too short to say


def test_metadata_wins_then_detection_then_english(tmp_path):
    (tmp_path / "a.txt").write_text("---\nlanguage: es-MX\n---\n" + FRENCH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Ok.", encoding="utf-8")
    (tmp_path / "d.jsonl").write_text(json.dumps({"id": "d", "text": FRENCH, "lang": "xx-1"}),
                                      encoding="utf-8")
    documents, warnings = read_documents([tmp_path])
    language = {d.id: d.language for d in documents}
    assert language == {"a": "es", "b": "de", "c": "en", "d": "fr"}
    assert any("'xx-1' is not a language code" in w for w in warnings)
