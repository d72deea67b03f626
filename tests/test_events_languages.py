"""The events stage in Spanish, Portuguese, French, German and Italian: which mentions date an
event, what a cut date leaves of a headline, a report and what it reports dated apart, and the
dedup wording (timeline/eventwords/<language>.py). Through the whole pipeline."""
from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Document
from timeline.pipeline import process_document
from timeline.representation import lexicon

PUBLISHED = date(2023, 5, 1)


def events(text: str, language: str) -> list[tuple[str, str]]:
    """(first day, headline) of each event, in order."""
    doc = Document(id="d", text=text, published=PUBLISHED, language=language)
    _, found = process_document(doc)
    return [(e.span.first.isoformat(), e.headline) for e in found]


CASES = [
    # deictic words date the event: "hoy", "ayer", "ontem", "hier", "gestern", "ieri"
    ("es", "El Gobierno aprobó hoy un nuevo plan de empleo.",
     [("2023-05-01", "El Gobierno aprobó un nuevo plan de empleo")]),
    ("es", "Hace tres días murió el escritor en su casa de Sevilla.",
     [("2023-04-28", "Murió el escritor en su casa de Sevilla")]),
    ("pt", "O ministro chegou ontem a Brasília.",
     [("2023-04-30", "O ministro chegou a Brasília")]),
    ("pt", "Na sexta-feira, o presidente visitou Lisboa.",
     [("2023-04-28", "O presidente visitou Lisboa")]),
    ("fr", "Il y a trois jours, l'écrivain est mort à Paris.",
     [("2023-04-28", "L'écrivain est mort à Paris")]),
    ("fr", "Le ministre est arrivé hier à Lyon.",
     [("2023-04-30", "Le ministre est arrivé à Lyon")]),
    ("de", "Der Minister kam gestern in München an.",
     [("2023-04-30", "Der Minister kam in München an")]),
    ("it", "Tre giorni fa è morto lo scrittore a Roma.",
     [("2023-04-28", "È morto lo scrittore a Roma")]),
    ("it", "Il ministro è arrivato ieri a Milano.",
     [("2023-04-30", "Il ministro è arrivato a Milano")]),
    # the preposition of a cut date goes with it ("em", "am"), and a range's joiner and its
    # article ("Entre 1990 y 1998", "Tra il 1990 e il 1998")
    ("pt", "O governo anunciou em 3 de março de 2023 um novo plano.",
     [("2023-03-03", "O governo anunciou um novo plano")]),
    ("es", "Entre 1990 y 1998 la economía creció.", [("1990-01-01", "La economía creció")]),
    ("pt", "Entre 1990 e 1998 a economia cresceu.", [("1990-01-01", "A economia cresceu")]),
    ("fr", "Entre 1990 et 1998, l’économie a progressé.",
     [("1990-01-01", "L’économie a progressé")]),
    ("it", "Tra il 1990 e il 1998 l'economia è cresciuta.",
     [("1990-01-01", "L'economia è cresciuta")]),
    ("fr", "Le président a annoncé le 3 mars 2023 un nouveau plan.",
     [("2023-03-03", "Le président a annoncé un nouveau plan")]),
    ("it", "Il governo ha annunciato il 3 marzo 2023 un nuovo piano.",
     [("2023-03-03", "Il governo ha annunciato un nuovo piano")]),
    # German: "am 3. März" stays one sentence; a fronted date cut from a verb-second clause
    # leaves the verb first, and the subject goes back before it
    ("de", "Die Firma hat am 3. März 2023 ein Werk eröffnet.",
     [("2023-03-03", "Die Firma hat ein Werk eröffnet")]),
    ("de", "Vor drei Tagen starb der Schriftsteller in Berlin.",
     [("2023-04-28", "Der Schriftsteller starb in Berlin")]),
    ("de", "Zwischen 1990 und 1998 wuchs die Wirtschaft.", [("1990-01-01", "Die Wirtschaft wuchs")]),
    # two clauses of one sentence, each with its own date
    ("es", "El ministro llegó ayer a Madrid; hoy se reunirá con el rey.",
     [("2023-04-30", "El ministro llegó a Madrid"), ("2023-05-01", "Se reunirá con el rey")]),
]


@pytest.mark.parametrize("language,text,expected", CASES, ids=[c[1][:40] for c in CASES])
def test_events_and_headlines(language, text, expected):
    assert events(text, language) == expected


@pytest.mark.parametrize("language,text,report_day,report,reported", [
    ("es", "La empresa dijo el martes que abrió la planta el 3 de marzo de 2023.", "2023-04-25",
     "La empresa dijo que abrió la planta", "La empresa abrió la planta"),
    ("pt", "A empresa disse ontem que abriu a fábrica em 3 de março de 2023.", "2023-04-30",
     "A empresa disse que abriu a fábrica", "A empresa abriu a fábrica"),
    ("it", "L'azienda ha detto martedì che ha aperto la fabbrica il 3 marzo 2023.", "2023-04-25",
     "L'azienda ha detto che ha aperto la fabbrica", "L'azienda ha aperto la fabbrica"),
    # the reported clause has a subject of its own: it keeps it
    ("fr", "L'entreprise a déclaré mardi qu'elle avait ouvert l'usine le 3 mars 2023.",
     "2023-04-25", "L'entreprise a déclaré qu'elle avait ouvert l'usine",
     "Elle avait ouvert l'usine"),
    # German puts the reported clause's verb last: it reads only after the report
    ("de", "Die Regierung erklärte am Dienstag, dass sie das Werk am 3. März 2023 eröffnet habe.",
     "2023-04-25", "Die Regierung erklärte, dass sie das Werk eröffnet habe",
     "Die Regierung erklärte, dass sie das Werk eröffnet habe"),
])
def test_a_report_and_what_it_reports_are_two_events(language, text, report_day, report,
                                                      reported):
    assert sorted(events(text, language)) == sorted([(report_day, report),
                                                     ("2023-03-03", reported)])


def test_a_future_clause_is_planned():
    doc = Document(id="d", text="El ministro llegó ayer a Madrid; hoy se reunirá con el rey.",
                   published=PUBLISHED, language="es")
    _, found = process_document(doc)
    assert [e.status for e in found] == ["reported", "planned"]


def test_a_state_since_a_date_is_no_event():
    assert events("Desde 2010 la empresa crece.", "es") == []
    assert events("Seit 2010 wächst die Firma.", "de") == []


@pytest.mark.parametrize("language,text,classes", [
    ("es", "El presidente se reunió con el rey y anunció un acuerdo", {"@meet", "@announce", "@agree"}),
    ("pt", "O presidente reuniu-se com o rei e anunciou um acordo", {"@meet", "@announce", "@agree"}),
    ("fr", "Le président a rencontré le roi et annoncé un accord", {"@meet", "@announce", "@agree"}),
    ("de", "Der Präsident traf den König und kündigte ein Abkommen an", {"@meet", "@announce", "@agree"}),
    ("it", "Il presidente ha incontrato il re e ha annunciato un accordo", {"@meet", "@announce", "@agree"}),
])
def test_dedup_wording_has_lemmas_and_action_classes(language, text, classes):
    tokens = lexicon(language).tokens(text)
    assert classes <= set(tokens)
    # function words are dropped, accented words are whole
    assert not {"el", "o", "le", "der", "il", "con", "com", "avec", "und", "e"} & set(tokens)
    assert all(t.isalpha() or t.startswith("@") or "-" in t for t in tokens)


def test_two_wordings_of_one_event_meet_on_their_lemmas():
    lex = lexicon("es")
    a = set(lex.tokens("El presidente visitó Madrid"))
    b = set(lex.tokens("La visita del presidente a Madrid"))
    assert {"president", "@visit"} <= a & b


def test_english_keeps_its_own_rules():
    # the reporting-verb split is data of the other languages: English reads the sentence as
    # one event, dated by the report, as before
    assert events("The company said on Tuesday that it opened the plant on March 3, 2023.",
                  "en") == [("2023-04-25", "The company said that it opened the plant on March 3, 2023")]


@pytest.mark.parametrize("language,text,names", [
    ("es", "Ayer, el presidente José María Aznar se reunió con Ángel Acebes en Málaga.",
     ("José María Aznar", "Ángel Acebes", "Málaga")),
    ("pt", "O primeiro-ministro visitou ontem Évora e Setúbal.", ("Évora", "Setúbal")),
])
def test_names_may_begin_with_an_accented_capital(language, text, names):
    doc = Document(id="d", text=text, published=PUBLISHED, language=language)
    _, found = process_document(doc)
    assert [e.entities for e in found] == [names]


@pytest.mark.parametrize("language,text,expected", [
    # a coordinated clause that opens with its own date: its verb borrows the subject
    ("es", "El ministro se reunió el lunes con el rey y el martes viajó a París.",
     [("2023-05-01", "El ministro se reunió con el rey"), ("2023-05-02", "El ministro viajó a París")]),
    ("pt", "O ministro reuniu-se na segunda-feira com o rei e na terça-feira viajou para Paris.",
     [("2023-05-01", "O ministro reuniu-se com o rei"), ("2023-05-02", "O ministro viajou para Paris")]),
    ("it", "Il ministro ha incontrato il re lunedì a Roma e martedì è partito per Parigi.",
     [("2023-05-01", "Il ministro ha incontrato il re a Roma"),
      ("2023-05-02", "Il ministro è partito per Parigi")]),
    # ... or has its own subject (French pronoun; German puts it after the verb)
    ("fr", "Le ministre a rencontré le roi lundi à Lyon et mardi il est parti pour Paris.",
     [("2023-05-01", "Le ministre a rencontré le roi à Lyon"),
      ("2023-05-02", "Il est parti pour Paris")]),
    ("de", "Der Minister traf am Montag den König und am Dienstag flog er nach Paris.",
     [("2023-05-01", "Der Minister traf den König"), ("2023-05-02", "Er flog nach Paris")]),
    # two days of one stretch, no clause after the second: one event
    ("es", "Los ministros se reunieron el lunes y el martes en Bruselas.",
     [("2023-05-01", "Los ministros se reunieron en Bruselas")]),
])
def test_a_coordinated_clause_with_its_own_date(language, text, expected):
    doc = Document(id="d", text=text, published=date(2023, 5, 3), language=language)
    _, found = process_document(doc)
    assert [(e.span.first.isoformat(), e.headline) for e in found] == expected


@pytest.mark.parametrize("language,text,expected", [
    # the report's own date is fronted: the reported clause still borrows the reporter
    ("es", "El martes, la empresa dijo que abrió la planta el 3 de marzo de 2023.",
     [("2023-03-03", "La empresa abrió la planta"),
      ("2023-05-02", "La empresa dijo que abrió la planta")]),
    # a reported clause with its own subject stands alone, and its future is a plan
    ("es", "Ayer, el portavoz afirmó que el acuerdo se firmará en 2024.",
     [("2023-05-02", "El portavoz afirmó que el acuerdo se firmará"),
      ("2024-01-01", "El acuerdo se firmará")]),
    # "prendre fin" is no date word: only the day goes
    ("fr", "Le porte-parole a indiqué lundi que la grève avait pris fin dimanche.",
     [("2023-04-30", "La grève avait pris fin"),
      ("2023-05-01", "Le porte-parole a indiqué que la grève avait pris fin")]),
])
def test_reported_clauses(language, text, expected):
    doc = Document(id="d", text=text, published=date(2023, 5, 3), language=language)
    _, found = process_document(doc)
    assert sorted((e.span.first.isoformat(), e.headline) for e in found) == expected


@pytest.mark.parametrize("language", ["es", "pt", "fr", "de", "it"])
def test_each_language_has_the_tables_english_has(language):
    from timeline.eventwords import for_language
    names = {n for n in dir(for_language("en")) if n.isupper()}
    assert {n for n in dir(for_language(language)) if n.isupper()} == names
    assert for_language(language).__name__.endswith("." + language)


LEADS = {
    "es": ("El Consejo de Ministros aprobó la reforma laboral tras una larga reunión.",
           "El Gobierno no aprobó la reforma laboral tras la larga reunión.",
           "El Gobierno aprobará la reforma laboral tras una larga reunión."),
    "pt": ("O Conselho de Ministros aprovou a reforma da previdência depois da reunião.",
           "O Conselho de Ministros não aprovou a reforma da previdência depois da reunião.",
           "O governo poderia aprovar a reforma da previdência depois da reunião."),
    "fr": ("Le conseil des ministres a adopté la réforme des retraites après une réunion.",
           "Le conseil des ministres n'a pas adopté la réforme des retraites.",
           "Le conseil des ministres adoptera la réforme des retraites après une réunion."),
    "de": ("Das Kabinett hat die Rentenreform nach langen Verhandlungen beschlossen.",
           "Das Kabinett hat die Rentenreform nach langen Verhandlungen nicht beschlossen.",
           "Das Kabinett wird die Rentenreform nach langen Verhandlungen beschließen."),
    "it": ("Il Consiglio dei ministri ha approvato la riforma delle pensioni dopo la riunione.",
           "Il Consiglio dei ministri non ha approvato la riforma delle pensioni.",
           "Il Consiglio dei ministri approverà la riforma delle pensioni dopo la riunione."),
}


@pytest.mark.parametrize("language", sorted(LEADS))
def test_the_day_s_report_in_each_language(language):
    # A lead sentence with a finished action and no date is the publication day's report;
    # negated, hedged or future, it is none.
    done, negated, ahead = LEADS[language]
    doc = Document("d", f"{done}\n{negated}\n{ahead}", published=date(2023, 2, 2),
                   language=language)
    events = process_document(doc)[1]
    assert [(e.sentence, e.dated_by, e.span.last) for e in events] == [
        (done, "publication", date(2023, 2, 2))]
