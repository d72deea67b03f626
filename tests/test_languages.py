"""The example corpus of each language in timeline.languages: one table per language
(tests/languages/<code>.tsv: text, dct, words, value), written from each language's grammar
and calendar. Adding a language adds a table; this file does not change."""
from datetime import date
from pathlib import Path

import pytest

from timeline.languages import SUPPORTED, tag
from timeline.model import TimeMention

TABLES = Path(__file__).parent / "languages"


def rows():
    for code in SUPPORTED:
        for n, line in enumerate((TABLES / f"{code}.tsv").read_text("utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                text, dct, words, value = line.split("\t")
                yield pytest.param(code, text, date.fromisoformat(dct), words, value,
                                   id=f"{code}-{n}")


@pytest.mark.parametrize("code,text,dct,words,value", list(rows()))
def test_example(code, text, dct, words, value):
    found = tag(text, dct, "d", language=code)
    hits = [m for m in found if m.text.lower() == words.lower()]
    assert hits, [(m.text, m.value) for m in found]
    m = hits[0]
    assert text[m.start:m.end] == m.text and m.value == value
    assert isinstance(m, TimeMention) and m.doc_id == "d"


def test_every_language_has_a_table_of_at_least_20_rows():
    for code in SUPPORTED:
        n = sum(1 for line in (TABLES / f"{code}.tsv").read_text("utf-8").splitlines()
                if line.strip() and not line.startswith("#"))
        assert n >= 20, (code, n)


def test_an_impossible_day_has_no_span_and_a_flag():
    m = tag("Nada pasó el 31 de febrero de 2023.", date(2023, 3, 24), language="es")[0]
    assert m.value == "2023-02-31" and m.span is None and "invalid-date" in m.flags


def test_without_a_creation_date_relative_words_stay_unanchored():
    found = {m.text: m for m in tag("Ayer, 3 de marzo de 2023, llegó.", None, language="es")}
    assert found["Ayer"].span is None and found["Ayer"].anchor.kind == "none"
    assert "unanchored" in found["Ayer"].flags
    assert found["3 de marzo de 2023"].span.first == date(2023, 3, 3)


def test_relative_dates_name_their_anchor_and_tense():
    dct = date(2023, 3, 24)
    m = tag("El martes se reunieron.", dct, language="es")[0]
    assert m.anchor.kind == "published" and m.anchor.date == dct and m.tense == "past"
    m = tag("Il viendra mardi.", dct, language="fr")[0]
    assert m.value == "2023-03-28" and m.tense == "future"


@pytest.mark.parametrize("code,text", [
    ("es", "Llegó el 3 de marzo de 2021. Al mes siguiente volvió."),
    ("pt", "Chegou a 3 de março de 2021. No mês seguinte voltou."),
    ("fr", "Il est arrivé le 3 mars 2021. Le mois suivant, il est revenu."),
    ("de", "Er kam am 3. März 2021. Im Monat darauf kehrte er zurück."),
    ("it", "È arrivato il 3 marzo 2021. Il mese successivo è tornato."),
])
def test_the_following_month_counts_from_the_time_the_story_has_reached(code, text):
    dct = date(2023, 3, 24)
    named, following = tag(text, dct, language=code)
    assert following.value == "2021-04" and following.anchor.kind == "mention"
    assert following.anchor.date == date(2021, 3, 3) and following.anchor.text == named.text
    assert following.span.first == date(2021, 4, 1)


def test_a_count_from_a_named_time_keeps_the_finer_granularity():
    dct = date(2023, 3, 24)
    # "two years later" of a day is a day; of a year, a year
    m = tag("Chegou a 3 de março de 2021. Dois anos depois partiu.", dct, language="pt")[-1]
    assert m.value == "2023-03-03" and m.anchor.kind == "mention"
    m = tag("Sie heirateten 1990. Drei Jahre später trennten sie sich.", dct,
            language="de")[-1]
    assert m.value == "1993"
    # with no time named before it, a count runs from the creation date
    m = tag("Deux jours plus tard, il est reparti.", dct, language="fr")[0]
    assert m.value == "2023-03-26" and m.anchor.kind == "published"
    # of a month, a month: the day it falls on is not known
    m = tag("Er kam im März 2021. Zwei Wochen danach starb er.", dct, language="de")[-1]
    assert m.value == "2021-03" and m.span.precision == "month"
    # a count from an event ("after his death", "before the elections") is no date
    for code, text in [("it", "È arrivato il 3 marzo 2021. Tre giorni dopo la sua morte."),
                       ("it", "È arrivato il 3 marzo 2021. Il mese prima delle elezioni."),
                       ("fr", "Arrivé le 3 mars 2021. Trois mois après avoir signé."),
                       ("es", "Llegó el 3 de marzo de 2021. Dos días después del partido.")]:
        found = tag(text, dct, language=code)
        assert all(m.anchor is None or m.anchor.kind != "mention" for m in found), found


def test_a_named_time_reaches_two_paragraph_breaks():
    dct = date(2023, 3, 24)
    near = "Llegó el 3 de marzo de 2021.\n\nNada.\n\nAl mes siguiente volvió."
    far = "Llegó el 3 de marzo de 2021.\n\nNada.\n\nNada.\n\nAl mes siguiente volvió."
    assert tag(near, dct, language="es")[-1].value == "2021-04"
    m = tag(far, dct, language="es")[-1]
    assert m.value == "2023-04" and m.anchor.kind == "published"


def test_that_year_needs_a_year_named_before_it():
    dct = date(2023, 3, 24)
    assert tag("Ese año ganó la liga.", dct, language="es") == []
    found = tag("Foi fundada em 1999. No mesmo trimestre do ano anterior perdeu.", dct,
                language="pt")  # "the same quarter of ...": the year is what counts
    assert [(m.text, m.value) for m in found] == [("1999", "1999"), ("ano anterior", "1998")]


def test_a_counted_time_does_not_move_the_story_on():
    # "el año anterior" twice in a report is the same year, not one further back each time
    found = tag("Ganó 5 millones en 2010. El año anterior ganó 3, y el año anterior "
                "había sido malo.", date(2023, 3, 24), language="es")
    assert [m.value for m in found] == ["2010", "2009", "2009"]


def test_bare_plural_units_are_vague_durations_not_dates():
    dct = date(2023, 3, 24)
    cases = [("es", "Trabajó durante años en la mina.", "años", "PXY"),
             ("es", "En los años recientes el paro bajó.", "los años recientes", "PXY"),
             ("pt", "Há anos que espera.", "Há anos", "PAST_REF"),
             ("fr", "Il a attendu pendant des mois.", "des mois", "PXM"),
             ("de", "Seit Jahren wartet er.", "Jahren", "PXY"),
             ("it", "Anni fa viveva a Roma.", "Anni fa", "PAST_REF")]
    for code, text, words, value in cases:
        found = [(m.text, m.value, m.span) for m in tag(text, dct, language=code)]
        assert found == [(words, value, None)], (code, found)


def test_names_need_no_capital_and_bounds_come_from_the_words_before():
    dct = date(2023, 3, 24)
    assert [m.value for m in tag("am 3. märz 2023", dct, language="de")] == ["2023-03-03"]
    m = tag("Seguirá hasta el 3 de mayo.", dct, language="es")[0]
    assert m.span.kind == "before" and m.span.last == date(2023, 5, 3)
    m = tag("Depuis janvier 2022, rien.", dct, language="fr")[0]
    assert m.span.kind == "after" and m.span.first == date(2022, 1, 1)


@pytest.mark.parametrize("code", SUPPORTED)
def test_odd_input_never_raises(code):
    odd = ["", "\x00\ufeff", "99/99/9999 31.13.2023 00/00/00", "(" * 5000,
           "3 " * 3000 + "de", "de " * 3000, "\n".join(["ayer hoy 1999"] * 200)]
    for text in odd:
        for m in tag(text, date(2023, 3, 24), language=code):
            assert text[m.start:m.end] == m.text


def test_an_unsupported_language_is_refused():
    with pytest.raises(ValueError):
        tag("today", date(2023, 3, 24), language="en")


def test_a_duration_counted_back_still_dates_the_mention():
    # TimeML-ES writes "hace tres años" as P3Y; the timeline still needs the year
    m = tag("Ocurrió hace tres años.", date(2023, 3, 24), language="es")[0]
    assert (m.type, m.value) == ("DURATION", "P3Y")
    assert (m.span.first, m.span.last, m.anchor.kind) == (date(2020, 1, 1), date(2020, 12, 31),
                                                          "published")


def test_compound_durations_and_days_of_this_month():
    dct = date(2023, 3, 24)
    assert tag("Estuvo dos años y tres meses.", dct, language="es")[0].value == "P2Y3M"
    assert tag("Seguirá hasta el día 30.", dct, language="es")[0].value == "2023-03-30"


@pytest.mark.parametrize("code,text,words", [
    ("fr", "Le robot sur Mars a été conçu ici.", []),
    ("fr", "Il a été réélu en mars.", ["en mars"]),
    ("de", "Der Morgen war kalt, doch morgen wird es warm.", ["morgen"]),
    ("de", "Morgen wird gewählt.", ["Morgen"]),
    ("pt", "A segunda maior empresa abriu na segunda-feira.", ["segunda-feira"]),
    ("es", "Pagó 2000 euros en 1999.", ["1999"]),
    ("it", "Fa caldo, ora vado: sei bravo.", []),
    # names written with a capital: the Arab Spring, the south of Italy; "novecento" is 900
    ("fr", "Depuis le Printemps arabe, tout change.", []),
    ("it", "La crisi nel Mezzogiorno è grave.", []),
    ("it", "Ha pagato novecento euro.", []),
    ("de", "Der Jahresbericht ist da.", []),
    # a bare day number is a day only where nothing follows it, and not a phone number
    ("fr", "En cas d'urgence, appelez le 15.", []),
    ("fr", "Le 15 000 habitants ont voté.", []),
])
def test_words_that_only_look_like_dates(code, text, words):
    assert [m.text for m in tag(text, date(2023, 3, 24), language=code)] == words


def test_every_pattern_of_every_language_compiles_and_holds_a_trigger():
    from timeline.languages import engine
    for code in SUPPORTED:
        assert engine.load(code).patterns  # load() refuses a pattern without a trigger


@pytest.mark.parametrize("code,text,words,value", [
    ("es", "El 3 de marzo llegó; al día siguiente se fue.", "al día siguiente", "2023-03-04"),
    ("pt", "Em 3 de março chegou; na véspera choveu.", "na véspera", "2023-03-02"),
    ("fr", "Le 3 mars il est arrivé ; la veille il pleuvait, le lendemain aussi.",
     "le lendemain", "2023-03-04"),
    ("de", "Am 3. März kam er; am Vortag regnete es.", "am Vortag", "2023-03-02"),
    ("it", "Il 3 marzo è arrivato; il giorno dopo è partito.", "il giorno dopo", "2023-03-04"),
])
def test_a_day_counted_from_the_day_the_text_named(code, text, words, value):
    m = [m for m in tag(text, date(2023, 3, 24), language=code) if m.text == words][0]
    assert m.value == value and m.anchor.kind == "mention" and m.anchor.date == date(2023, 3, 3)


def test_the_quarter_in_focus_is_the_one_last_named():
    text = "As vendas do terceiro trimestre subiram. O trimestre foi bom."
    found = tag(text, date(1989, 10, 26), language="pt")
    assert [(m.text, m.value) for m in found] == [("terceiro trimestre", "1989-Q3"),
                                                   ("O trimestre", "1989-Q3")]
    assert found[1].anchor.kind == "mention"
    assert tag("El trimestre fue bueno.", date(1989, 10, 26), language="es") == []


@pytest.mark.parametrize("code", SUPPORTED)
def test_a_data_error_is_refused_when_the_language_loads(code):
    from importlib import import_module
    from timeline.languages import engine
    data = import_module(f"timeline.languages.data.{code}").DATA
    engine.validate(code, data)  # every shipped table holds canonical values only
    word = next(iter(data["units"]))
    bad = {**data, "units": {**data["units"], word: "lunation"}}
    with pytest.raises(ValueError, match="lunation"):
        engine.build(code, bad)
    bad = {**data, "holidays": {**data["holidays"], "x": "13-40"}}
    with pytest.raises(ValueError, match="13-40"):
        engine.build(code, bad)


@pytest.mark.parametrize("code,text,words", [
    ("es", "Ocurrió hace 900 siglos.", "hace 900 siglos"),
    ("pt", "Foi há 900 séculos.", "há 900 séculos"),
    ("fr", "C'était il y a 900 siècles.", "il y a 900 siècles"),
    ("de", "Das war vor 900 Jahrhunderten.", "vor 900 Jahrhunderten"),
    ("it", "Successe 900 secoli fa.", "900 secoli fa"),
])
def test_a_date_no_calendar_holds_is_kept_and_flagged(code, text, words):
    found = tag(text, date(2023, 3, 24), language=code)
    assert [(m.text, m.span, m.flags) for m in found] == [(words, None, ("out-of-range",))]


@pytest.mark.parametrize("code,text,words", [
    ("es", "Seguirá hasta el día 30. Luego cierra.", "el día 30"),
    ("pt", "Fica aberto até o dia 30. Depois fecha.", "dia 30"),
])
def test_a_full_stop_after_a_closing_day_number_ends_the_sentence(code, text, words):
    m = tag(text, date(2023, 3, 24), language=code)[0]
    assert (m.text, m.value) == (words, "2023-03-30")


def test_holiday_rules_name_a_weekday_of_a_month_or_a_day_counted_from_easter():
    from timeline.languages.holidays import day_of, easter, valid
    assert [easter(y) for y in (2008, 2019, 2024, 2038)] == [
        date(2008, 3, 23), date(2019, 4, 21), date(2024, 3, 31), date(2038, 4, 25)]
    assert day_of("11-TH4", 2023) == date(2023, 11, 23)
    assert day_of("05-SUL", 2023) == date(2023, 5, 28)  # the last Sunday of May
    assert day_of("E-2", 2024) == date(2024, 3, 29)
    assert not valid("05-SU5") and not valid("5-25") and valid("12-25")


@pytest.mark.parametrize("code,text,type_", [
    ("it", "Il mercato si tiene il sabato.", "SET"),
    ("it", "Il sabato arriverà il ministro.", "DATE"),
    ("fr", "Le marché se tient le samedi.", "SET"),
    ("fr", "Le ministre viendra le samedi.", "DATE"),
])
def test_an_article_makes_a_weekday_a_habit_unless_the_clause_names_one_day(code, text, type_):
    found = tag(text, date(2023, 3, 24), language=code)
    assert [m.type for m in found] == [type_]
