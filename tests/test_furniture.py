"""Page furniture: PUBLISHED/UPDATED lines, date lines, datelines, bylines, share and copyright
lines (timeline.furniture), and the publication date they give."""
from datetime import date

import pytest

from timeline.corroboration import stop_words
from timeline.furniture import (CONF_DATE_LINE, CONF_DATELINE, CONF_PUBLISHED, CONF_UPDATED,
                                calendar_words, find_furniture, is_furniture,
                                publication_date)
from timeline.model import Document
from timeline.pipeline import process_document


def kinds(text):
    return [(f.kind, f.day, text[f.start:f.end]) for f in find_furniture(text)]


@pytest.mark.parametrize("line, kind, day", [
    ("PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM", "published", date(2013, 5, 2)),
    ("UPDATED: FRIDAY, MAY 3, 2013", "updated", date(2013, 5, 3)),
    ("Posted on May 3, 2013 by Jane Doe", "published", date(2013, 5, 3)),
    ("Posted: Jul 07, 2012 7:40 PM ET", "published", date(2012, 7, 7)),
    ("PUBLISHED: 22:07 GMT, 7 July 2012", "published", date(2012, 7, 7)),
    ("Last Updated: Jul 07, 2012 8:44 PM ET", "updated", date(2012, 7, 7)),
    ("Updated Saturday, December 05, 2009 8:28 PM", "updated", date(2009, 12, 5)),
    ("First Posted: 10/25/11 06:44 PM ET", "published", date(2011, 10, 25)),
    ("Published: 09th June 2013", "published", date(2013, 6, 9)),
    ("May 03, 2013", "date-line", date(2013, 5, 3)),
    ("THURSDAY, DECEMBER 3, 2009, 9:36 AM", "date-line", date(2009, 12, 3)),
    ("10:10 AM PDT 6/6/2013", "date-line", date(2013, 6, 6)),
    ("2 A.M. FEB. 4, 2009", "date-line", date(2009, 2, 4)),
    ("Tuesday 28 April 2009 22. 34 BST", "date-line", date(2009, 4, 28)),
    # tokenised text spaces its hyphens; dotted numeric dates are day first
    ("published: 2012 - 04 - 04 11:47:35", "published", date(2012, 4, 4)),
    ("Article posted on 08. 07. 2012", "published", date(2012, 7, 8)),
    ("Published: 2012. 08. 08 09:01 AM", "published", date(2012, 8, 8)),
    ("POSTED: 1052 GMT (1852 HKT), April 10, 2007", "published", date(2007, 4, 10)),
    ("Posted on November 15, 2011 6:07:15 PM GMT+01:0", "published", date(2011, 11, 15)),
    # a stamp with a time may carry a wire code and a dateline city in capitals
    ("TNN Nov 12, 2011, 05. 51AM IST MUMBAI:", "date-line", date(2011, 11, 12)),
])
def test_date_furniture_lines(line, kind, day):
    text = f"Lohan checks into rehab\n{line}\nThe actress checked into rehab on Thursday."
    [(k, d, words)] = kinds(text)
    assert (k, d, words) == (kind, day, line)


def test_two_dates_on_one_line_are_two_pieces():
    text = "on July 13, 2009 at 10:50 AM, updated July 29, 2009 at 12:16 PM\nBody."
    found = kinds(text)
    assert [(k, d) for k, d, _ in found] == [("date-line", date(2009, 7, 13)),
                                             ("updated", date(2009, 7, 29))]
    assert found[1][2].startswith("updated")


@pytest.mark.parametrize("text, day", [
    ("MOSCOW, March 20, 2023 (Reuters) - Chinese leader Xi Jinping met Putin.",
     date(2023, 3, 20)),
    ("WASHINGTON (AP) _ The Senate voted on Tuesday.", None),
    ("NEW YORK -- Stocks fell sharply on Monday.", None),
    ("LONDON, Jan 3 (Reuters) - Shares rose.", None),
    ("Beijing, 30 December 2022 – Xi Jinping met Dmitry Medvedev.", date(2022, 12, 30)),
    ("WASHINGTON, DC, April 28, 2009\nInterior Secretary Ken Salazar said.", date(2009, 4, 28)),
])
def test_datelines(text, day):
    [(kind, d, words)] = kinds(text)
    assert kind == "dateline" and d == day
    assert not words.endswith(" ") and len(words) < 40


@pytest.mark.parametrize("text, words, day", [
    ("Washington D. C., Jul 13, 2009/02:00 pm (CNA)\nPresident Obama has announced.",
     "Washington D. C., Jul 13, 2009/02:00 pm (CNA)", date(2009, 7, 13)),
    ("MOSCOW, March 20, 2023, 10:15 GMT (Reuters) - Putin met Xi.",
     "MOSCOW, March 20, 2023, 10:15 GMT (Reuters) -", date(2023, 3, 20)),
])
def test_datelines_with_a_clock_time_after_the_date(text, words, day):
    assert kinds(text) == [("dateline", day, words)]


@pytest.mark.parametrize("line, kind", [
    ("By JOHN SMITH, Associated Press Writer", "byline"),
    ("By Jane Doe and Richard Roe", "byline"),
    ("Share this: Facebook Twitter Email", "share"),
    ("Share | Tweet | Print | 12 comments", "share"),
    ("Copyright 2013 The Associated Press. All rights reserved. This material may not be "
     "published, broadcast, rewritten or redistributed.", "copyright"),
    ("© 2013 Reuters", "copyright"),
])
def test_byline_share_and_copyright_lines(line, kind):
    text = f"Title\n{line}\nThe council voted on Monday."
    assert [k for k, _, _ in kinds(text)] == [kind]


@pytest.mark.parametrize("text", [
    "Published reports said on May 2, 2013 that the talks had failed.",
    "Updated figures show a rise in unemployment since May 2, 2013.",
    "Posted guards stood at the gate on May 2, 2013.",
    "By Monday, the storm had passed.",
    "By the end of May 3, 2013, the fire was out.",
    "Share prices fell 3 percent on Monday.",
    "Mr. Nichols escaped on March 11, 2005, as he was being escorted to a trial for rape.",
    "The AIDS - the disease that killed him - was diagnosed in May.",
    "Posted 1 year, 160 days ago [downloaded on 2 October 2013]",
    "The 2013 - 05 - 02 vote passed.",
    "Smith, who won 12. 05. 2013 polls - as expected - resigned.",
    "The blast at 1052 GMT killed three people.",
    "NASA LAUNCHES ROCKET ON MAY 3, 2013",
    "NATO met on May 3, 2013 at 5 PM in BRUSSELS to talk.",
])
def test_lookalikes_are_not_furniture(text):
    assert kinds(text) == []


def test_a_bare_date_line_in_the_body_is_no_furniture():
    body = "\n".join(f"Paragraph {i} says something." for i in range(10))
    assert kinds(body + "\nMay 3, 2013\nMore text.") == []


def test_publication_date_prefers_published_then_dateline_then_date_line_then_updated():
    published = "PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM"
    updated = "UPDATED: FRIDAY, MAY 3, 2013"
    dateline = "MOSCOW, May 1, 2013 (Reuters) - Xi met Putin."
    assert publication_date(f"Title\n{updated}\n{published}\nBody.") == (
        date(2013, 5, 2), CONF_PUBLISHED, f"published line '{published}'")
    day, conf, why = publication_date(f"Title\nMay 1, 2013\n{dateline}")
    assert (day, conf) == (date(2013, 5, 1), CONF_DATELINE) and "dateline" in why
    day, conf, _ = publication_date(f"Title\nMay 1, 2013\n{updated}\nBody.")
    assert (day, conf) == (date(2013, 5, 1), CONF_DATE_LINE)
    # Only updates: the earliest is the latest the article can have been published.
    day, conf, why = publication_date(f"Title\n{updated}\nBody.\nUpdated: May 4, 2013")
    assert (day, conf) == (date(2013, 5, 3), CONF_UPDATED) and "updated" in why
    assert publication_date("The council voted on Monday, May 2, 2013.") is None


def test_a_date_after_its_own_update_is_doubted():
    day, conf, why = publication_date("Title\nMay 9, 2013\nUPDATED: FRIDAY, MAY 3, 2013\nBody.")
    assert day == date(2013, 5, 9) and conf < CONF_DATE_LINE and "after its update" in why


def test_a_numeric_date_that_could_be_swapped_is_less_sure():
    day, conf, why = publication_date("Title\nPosted: 05/03/2013\nBody.")
    assert day == date(2013, 5, 3) and conf < CONF_PUBLISHED and "month first" in why
    assert publication_date("Title\nPosted: 26/09/2013\nBody.")[0] == date(2013, 9, 26)


def test_linear_on_floods():
    # Each pattern sees one bounded line; a flood of date words and digits stays fast.
    text = ("May 2, 2013 " * 20000 + "\n") + ("PUBLISHED: " * 5000 + "\n") + "1:32 PM\n" * 5000
    find_furniture(text)
    find_furniture("MOSCOW" + ", MOSCOW" * 20000 + " - text")


def test_a_dateline_starts_a_long_paragraph():
    text = "MOSCOW, March 20, 2023 (Reuters) - " + "Xi Jinping met Vladimir Putin. " * 40
    [f] = find_furniture(text)
    assert (f.kind, f.day, f.end) == ("dateline", date(2023, 3, 20), 34)


# ---------------------------------------------------------------- other languages

@pytest.mark.parametrize("language, line, kind, day", [
    ("es", "Publicado el jueves, 2 de mayo de 2013 a las 13:32", "published", date(2013, 5, 2)),
    ("es", "Actualizado 03/05/2013 - 09:56", "updated", date(2013, 5, 3)),
    ("pt", "Publicado em 02/05/2013 às 13h32", "published", date(2013, 5, 2)),
    ("pt", "quinta-feira, 2 de maio de 2013", "date-line", date(2013, 5, 2)),
    ("fr", "Publié le 2 mai 2013 à 13h32", "published", date(2013, 5, 2)),
    ("fr", "Mis à jour le 03/05/2013 à 09:56", "updated", date(2013, 5, 3)),
    ("de", "Veröffentlicht am 2. Mai 2013, 13:32 Uhr", "published", date(2013, 5, 2)),
    ("de", "Aktualisiert: 03.05.2013", "updated", date(2013, 5, 3)),
    ("it", "Pubblicato il 2 maggio 2013 alle ore 13:32", "published", date(2013, 5, 2)),
    ("it", "giovedì 2 maggio 2013", "date-line", date(2013, 5, 2)),
])
def test_date_furniture_lines_in_each_language(language, line, kind, day):
    text = f"Título\n{line}\nEl texto."
    found = find_furniture(text, language)
    assert [(f.kind, f.day, text[f.start:f.end]) for f in found] == [(kind, day, line)]


@pytest.mark.parametrize("language, text, day", [
    ("es", "MADRID, 2 de mayo de 2013 (EFE) - El Gobierno aprobó la ley.", date(2013, 5, 2)),
    ("de", "BERLIN, 2. Mai 2013 (dpa) - Die Regierung hat beschlossen.", date(2013, 5, 2)),
])
def test_datelines_in_each_language(language, text, day):
    [f] = find_furniture(text, language)
    assert (f.kind, f.day) == ("dateline", day)


@pytest.mark.parametrize("language, text", [
    ("es", "Publicado el informe, el 2 de mayo de 2013, los datos cambiaron."),
    ("de", "Aktualisiert wurde die Liste am 3. Mai 2013."),
    ("fr", "Publié par Gallimard le 2 mai 2013, le livre a plu."),
    ("it", "Di Maio ha detto il 2 maggio 2013 che il governo cade."),
])
def test_lookalikes_in_each_language_are_not_furniture(language, text):
    assert find_furniture(f"Título\n{text}\nEl texto.", language) == []


@pytest.mark.parametrize("text, kind, month_day", [
    ("Title\nJul. 7 5:59 PM EDT\nKlitschko won.", "date-line", (7, 7)),
    ("Title\nUpdated Dec. 24 4:33 AM EST\nThe Colts won.", "updated", (12, 24)),
    ("LONDON, Jan 3 (Reuters) - Shares rose.", "dateline", (1, 3)),
])
def test_a_month_day_stamp_without_a_year(text, kind, month_day):
    [f] = find_furniture(text)
    assert (f.kind, f.day, f.month_day) == (kind, None, month_day)


@pytest.mark.parametrize("text", [
    "Title\nJul. 7\nKlitschko won.",  # no clock time: maybe a heading
    "Title\nMay 3 at 10 AM the council will meet.\nText.",
])
def test_a_month_day_in_a_sentence_is_no_stamp(text):
    assert find_furniture(text) == []



# --- one recogniser: furniture lines are no event and no headline, in every language ----------

LINES = {
    "en": ["PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM", "UPDATED: FRIDAY, MAY 3, 2013",
           "Posted May 2, 2013 at 1:32 PM", "By JANE DOE, Staff Writer",
           "Share this article: Facebook | Twitter | Email", "Updated 5:40 p.m. ET",
           "Copyright 2013 The Daily Example. All rights reserved.", "WASHINGTON (AP) _"],
    "es": ["Publicado el 2 de mayo de 2013, 13:32 h", "Actualizado: viernes, 3 de mayo de 2013",
           "Actualizado a las 13:32 h", "Hace 3 horas", "Por Juan Pérez y María López",
           "Compartir en Facebook | Twitter", "MADRID, 2 de mayo de 2013",
           "© 2013 El Diario. Todos los derechos reservados."],
    "pt": ["Publicado em 2 de maio de 2013, às 13h32", "Atualizado em 3 de maio de 2013",
           "Atualizado às 13h32", "Por João Silva, enviado especial", "Compartilhar no Facebook",
           "© 2013 O Jornal. Todos os direitos reservados."],
    "fr": ["Publié le 2 mai 2013 à 13h32", "Mis à jour le 3 mai 2013", "Mis à jour à 13h32",
           "Il y a 3 heures", "Par Jean Dupont, envoyé spécial", "Partager sur Facebook",
           "© 2013 Le Journal. Tous droits réservés."],
    "de": ["Veröffentlicht am 2. Mai 2013, 13:32 Uhr", "Aktualisiert am 3. Mai 2013",
           "Aktualisiert um 13:32 Uhr", "Stand: 13:32 Uhr", "Vor 3 Stunden",
           "Von Hans Müller und Eva Schmidt", "Teilen auf Facebook",
           "© 2013 Die Zeitung. Alle Rechte vorbehalten."],
    "it": ["Pubblicato il 2 maggio 2013 alle 13:32", "Aggiornato il 3 maggio 2013",
           "Aggiornato alle 13:32", "3 ore fa", "Di Mario Rossi, inviato speciale",
           "Condividi su Facebook", "© 2013 Il Giornale. Tutti i diritti riservati."],
}
TEXT = {
    "en": ["By Saturday, at least 6,000 Web sites had been infected.",
           "(c) The committee approved the plan on May 3, 2013.",
           "Published reports said on May 2 that the plant would close."],
    "es": ["Por la mañana, el presidente viajó a Madrid el 2 de mayo.",
           "Compartir el poder fue la propuesta del partido el lunes en Madrid."],
    "pt": ["Por causa da chuva, o jogo foi adiado para 3 de maio."],
    "fr": ["Par ailleurs, le ministre a démissionné le 2 mai."],
    "de": ["Von Berlin aus reiste die Kanzlerin am 2. Mai nach Paris."],
    "it": ["Di fronte alla crisi, il governo si è dimesso il 2 maggio."],
}


@pytest.mark.parametrize("language, line", [(lang, x) for lang, xs in LINES.items() for x in xs])
def test_furniture_lines_in_each_language(language, line):
    assert is_furniture(line, language)


@pytest.mark.parametrize("language, line", [(lang, x) for lang, xs in TEXT.items() for x in xs])
def test_text_lines_in_each_language_are_not_furniture(language, line):
    assert not is_furniture(line, language)


NEWS = {
    "en": ("The council closes two schools", "The school board voted on Wednesday to close two "
           "schools.\nThe plan was first proposed on April 18, 2012."),
    "es": ("El Congreso aprueba la reforma", "El Congreso aprobó el jueves la reforma laboral.\n"
           "La ley entrará en vigor el 1 de junio de 2013."),
    "pt": ("Congresso aprova a reforma", "O Congresso aprovou a reforma na quinta-feira.\n"
           "A lei entra em vigor em 1 de junho de 2013."),
    "fr": ("Le Parlement adopte la réforme", "Le Parlement a adopté jeudi la réforme.\n"
           "La loi entrera en vigueur le 1er juin 2013."),
    "de": ("Bundestag beschließt Reform", "Der Bundestag hat am Donnerstag die Reform "
           "beschlossen.\nDas Gesetz tritt am 1. Juni 2013 in Kraft."),
    "it": ("Il Parlamento approva la riforma", "Il Parlamento ha approvato giovedì la riforma.\n"
           "La legge entrerà in vigore il 1 giugno 2013."),
}


@pytest.mark.parametrize("language", sorted(NEWS))
def test_furniture_gives_no_event_and_no_headline(language):
    title, body = NEWS[language]
    furniture = LINES[language]
    text = "\n".join([title, *furniture[:-1], body, furniture[-1]])
    doc = Document(id=language, text=text, published=date(2013, 5, 2), language=language)
    _, events = process_document(doc)
    assert len(events) >= 2  # the body's events are found
    for e in events:
        assert not any(line in e.sentence or e.sentence.strip() in line for line in furniture)
        assert not is_furniture(e.headline, language), e.headline
        assert e.sentence.strip() in body or e.sentence.strip() in title


@pytest.mark.parametrize("language, words", [
    ("en", {"may", "thursday", "thur"}), ("es", {"mayo", "jueves"}), ("pt", {"maio"}),
    ("fr", {"mai", "jeudi"}), ("de", {"mai", "donnerstag"}), ("it", {"maggio", "giovedì"}),
])
def test_calendar_words_and_corroboration_stop_words_per_language(language, words):
    assert words <= calendar_words(language)
    assert words <= stop_words(language)
