"""The one sentence segmenter, with each language's abbreviations as data
(timeline.languages.sentence_words)."""
import pytest

from timeline.languages import SUPPORTED
from timeline.languages.sentence_words import SENTENCE_WORDS
from timeline.sentences import split_sentences


def _texts(text, language="en"):
    found = split_sentences(text, language)
    assert all(text[s.start:s.end] == s.text for s in found)
    return [s.text for s in found]


@pytest.mark.parametrize("language,text", [
    ("en", "Shares of Acme Inc. rose after Dr. Smith spoke."),
    ("en", "He met Mr. Lee of Acme Inc. Chief Executive Jo Kim was there."),
    ("es", "El Sr. López, de Acme S.A., habló con la Dra. Ruiz."),
    ("es", "Lo dijo el Sr. Pérez y se fue."),
    ("pt", "A Sra. Silva, da Petrobras S.A., falou com o Dr. Costa."),
    ("fr", "M. Dupont et Mme Martin ont rencontré le Dr. Leroy."),
    ("de", "Die Regierung hat z.B. Hilfen für Dr. Müller und Hr. Schmidt beschlossen."),
    ("de", "Die Regierung hat am 3. März 2023 neue Hilfen beschlossen."),
    ("it", "La Sig.ra Rossi e il dott. Bianchi della Fiat S.p.A. hanno parlato."),
])
def test_abbreviations_do_not_end_a_sentence(language, text):
    assert _texts(text, language) == [text]


@pytest.mark.parametrize("language,text,expected", [
    ("en", "They sued Apple Inc. The company said no. Then it paid.",
     ["They sued Apple Inc.", "The company said no.", "Then it paid."]),
    ("es", "Compró Acme S.A. El grupo creció. ¿Qué pasó? Vive junto al mar. El lunes llegó.",
     ["Compró Acme S.A.", "El grupo creció.", "¿Qué pasó?", "Vive junto al mar.",
      "El lunes llegó."]),
    ("fr", "« Nous partons. » Il est parti. L'économie va bien.",
     ["« Nous partons. »", "Il est parti.", "L'économie va bien."]),
    ("de", "Das war 2023. Über Nacht kam der Regen. „Wir gehen.“ Dann gingen sie.",
     ["Das war 2023.", "Über Nacht kam der Regen.", "„Wir gehen.“", "Dann gingen sie."]),
    ("it", "Ha parlato con la Fiat S.p.A. Il ministro ha risposto. Ieri è piovuto.",
     ["Ha parlato con la Fiat S.p.A.", "Il ministro ha risposto.", "Ieri è piovuto."]),
])
def test_sentences_still_end_where_they_end(language, text, expected):
    assert _texts(text, language) == expected


def test_the_words_are_the_languages_own():
    # English "Sr." is Senior, which may close a sentence; Spanish "Sr." is "señor"
    text = "It was founded by John Smith Sr. He died in 1990."
    assert len(_texts(text, "en")) == 2
    assert len(_texts("Lo fundó el Sr. Juan Pérez en 1990.", "es")) == 1
    # a day number's period is an ordinal only where the language writes it so
    assert len(_texts("Er kam am 3. Mai.", "de")) == 1
    assert len(_texts("The score was 3. May came later.", "en")) == 2
    # regional codes read as their language; a language without data reads as English
    assert _texts("Lo dijo el Sr. Pérez.", "es-MX") == ["Lo dijo el Sr. Pérez."]
    assert _texts("Apple Inc. The end.", "nl") == _texts("Apple Inc. The end.", "en")


def test_every_language_of_the_tagger_has_segmenter_words():
    for code in ("en",) + SUPPORTED:
        words = SENTENCE_WORDS[code]
        assert words["titles"].split() and words["closers"].split(), code
        assert words["openers"].split(), code
        # words are matched lower case, without their period
        for key in ("titles", "closers", "openers", "numerals"):
            assert all(w == w.lower() and not w.endswith(".")
                       for w in words.get(key, "").split()), (code, key)


def test_an_initial_is_no_numeral_and_english_titles_stand_everywhere():
    assert _texts("Lo detuvo Isaac Kabanga N. B. en Madrid.", "es") == [
        "Lo detuvo Isaac Kabanga N. B. en Madrid."]
    assert _texts("A empresa de St. Louis e a Sra. Currie falaram.", "pt") == [
        "A empresa de St. Louis e a Sra. Currie falaram."]
    assert _texts("Vive en el núm. 5 y dijo que no. Luego se fue.", "es") == [
        "Vive en el núm. 5 y dijo que no.", "Luego se fue."]
