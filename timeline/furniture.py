"""Page furniture: the lines around an article's text that are about the page, not the news.

"PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM", "Updated: May 24, 2005, 3:23 PM ET", "Posted on
May 3, 2013 by Jane Doe", a bare "May 03, 2013" under the title, a wire dateline ("MOSCOW,
March 20, 2023 (Reuters) -", "WASHINGTON (AP) _"), "By JOHN SMITH, Associated Press Writer",
"Share this: Facebook Twitter Email", "Copyright 2013 The Associated Press". They are
metadata: they may give the publication date (`publication_date`), but they report no event
and are no headline: the events stage drops every sentence the furniture covers
(`furniture_ranges`) or that is a short furniture line by itself (`is_furniture`: "Updated 5:40
p.m. ET", "Hace 3 horas", "By JANE DOE and JOHN ROE, Staff Writers"). This is the one
recogniser; the events stage and corroboration read their furniture and calendar words here.

Recognition is by whole lines (a dateline is a line's prefix): a line is furniture only when,
once its label, dates, times and the page's own words are taken out, nothing is left, so
"Published reports said on May 2 ..." and "Updated figures show ..." stay text. Every pattern
runs on one line of bounded length, so the whole scan is linear in the text.

The words are data, per language, at the top of the module (`LANGUAGES`: English, Spanish,
Portuguese, French, German, Italian); the month and weekday names of the languages other than
English are their calendar words (timeline/languages/data/<code>.py). A language without an
entry is read with English's words.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import import_module

from .model import language_code

# ---------------------------------------------------------------- language data

LANGUAGES = {
    "en": {
        "months": {
            "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
            "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
            "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
            "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
        },
        "weekdays": ("monday mon tuesday tues tue wednesday wed thursday thurs thur thu friday "
                     "fri saturday sat sunday sun").split(),
        # Label words before a date, longest first within each kind. A label must begin the
        # line or follow a separator ("May 2, 2013 | Updated 1:32 PM").
        "labels": {
            "published": ("first published", "originally published", "published on",
                          "published time", "published", "first posted", "posted on", "posted",
                          "story created", "created", "for immediate release", "released",
                          "release", "date"),
            "updated": ("last updated", "last modified", "updated on", "updated", "modified",
                        "revised", "last update", "edited time", "edited"),
        },
        # Words a date line may carry besides its dates and times ("Article posted on ...").
        "glue": "at on of the and by article story".split(),
        # Ordinal suffixes of a day number ("August 2nd").
        "ordinals": ("st", "nd", "rd", "th"),
        # Before and after the clock time: "1:32 PM", "2 A.M.", "5:55p", time zones.
        "clock": ("am", "pm", "a.m.", "p.m.", "a", "p", "hrs", "noon", "midnight"),
        "zones": ("et edt est ct cdt cst mt mdt mst pt pdt pst akst akdt hst gmt bst utc cet cest "
                  "eet eest wet ist aest aedt acst awst nzst nzdt jst kst hkt sgt pht wib msk "
                  "sast wat cat eat uk").split(),
        # "(Reuters)", "(AP)": who filed it.
        "agencies": ("reuters ap afp upi bloomberg xinhua pti ians dpa efe ansa kyodo tass "
                     "ria novosti itar-tass cnn cna bbc associated press agence france-presse "
                     "the").split(),
        # A byline: "By Jane Doe", "BY JOHN SMITH, Associated Press Writer".
        "byline": ("by",),
        # A share line is only these words (and counts, and separators), one of them a core
        # word.
        "share_core": ("share shares tweet email e-mail print facebook twitter linkedin "
                       "pinterest reddit whatsapp google+ digg stumbleupon").split(),
        "share_other": ("this on via article story page comments comment more save "
                        "recommend like").split(),
        # A copyright line starts with one of these or contains the phrase.
        "copyright_start": ("copyright", "©"),
        "copyright_phrase": ("all rights reserved",),
        # A short line (see is_furniture) may hold, besides its labels, dates and names:
        # more label words ("Story filed", "Page last retrieved"), calendar and clock words,
        # the words of a byline ("By Jane Doe and John Roe, Staff Writers"), and the first
        # words of a share, follow or comment line ("Follow us", "Related", "Print").
        "line_labels": ("published updated update posted modified filed created edited revised "
                        "originally first last date dated time on at downloaded accessed "
                        "retrieved story article this page was for immediate release").split(),
        "time_words": ("noon midnight hr hrs min mins minute minutes hour hours day days week "
                       "weeks month months year years today yesterday").split(),
        "line_glue": "st nd rd th am pm a p m h ago and of the".split(),
        "byline_words": ("by and of the for in at with staff writer writers reporter reporters "
                         "correspondent correspondents editor editors contributor contributing "
                         "special to senior chief news desk wire services service agency "
                         "agencies").split(),
        "share_start": ("share shares tweet email e-mail print comment comments follow "
                        "subscribe like pin recommend facebook twitter linkedin reddit whatsapp "
                        "advertisement related reprints permalink").split(),
        # Between a day and its month ("9th of June 2013"), and between a month and its year.
        "day_month": ("of",),
        "month_year": (),
        # How a numeric date reads: "05/03/2013" is May 3 (but doubted, see below).
        "day_first": False,
    },
    # The other languages take their month and weekday names from their calendar words
    # (timeline/languages/data/<code>.py); the entries hold what only page furniture uses.
    "es": {
        "labels": {
            "published": ("fecha de publicación", "publicado el", "publicada el", "publicado",
                          "publicada", "fecha"),
            "updated": ("última actualización", "actualizado el", "actualizada el",
                        "actualizado", "actualizada", "modificado el", "modificado"),
        },
        "glue": "a las la el de del en por y hora horas".split(),
        "ordinals": ("º", "°"),
        "clock": ("h", "hs", "hrs", "am", "pm", "a.m.", "p.m."),
        "zones": "cet cest gmt utc".split(),
        "agencies": "efe europa press afp ap reuters dpa ansa ep notimex télam".split(),
        "byline": ("por",),
        "share_core": ("compartir comparte facebook twitter whatsapp linkedin email e-mail "
                       "correo imprimir").split(),
        "share_other": "esta este en la noticia artículo por más comentarios".split(),
        "copyright_start": ("copyright", "©"),
        "copyright_phrase": ("todos los derechos reservados", "all rights reserved"),
        "line_labels": "publicado publicada actualizado actualizada fecha hora el".split(),
        "time_words": ("minuto minutos hora horas día días semana semanas mes meses año años "
                       "hoy ayer mediodía medianoche").split(),
        "line_glue": "a las la el de del en y hace h hs".split(),
        "byline_words": ("por y de la del redacción corresponsal corresponsales enviado enviada "
                         "especial agencia agencias").split(),
        "share_start": ("compartir comparte imprimir comentar comentarios seguir síguenos "
                        "suscríbete publicidad relacionado relacionados").split(),
        "day_month": ("de",),
        "month_year": ("de", "del"),
        "day_first": True,
    },
    "pt": {
        "labels": {
            "published": ("publicado em", "publicada em", "publicado", "publicada", "data"),
            "updated": ("última atualização", "atualizado em", "atualizada em", "atualizado",
                        "atualizada", "actualizado em", "actualizado", "modificado em"),
        },
        "glue": "às as a o em de do da por e h".split(),
        "ordinals": ("º", "°"),
        "clock": ("h", "hs", "hrs", "am", "pm"),
        "zones": "brt brst wet west gmt utc cet".split(),
        "agencies": "lusa agência brasil efe afp ap reuters estado folhapress dpa".split(),
        "byline": ("por",),
        "share_core": ("compartilhar partilhar compartilhe facebook twitter whatsapp linkedin "
                       "email e-mail imprimir").split(),
        "share_other": "esta este no na notícia artigo por mais comentários".split(),
        "copyright_start": ("copyright", "©"),
        "copyright_phrase": ("todos os direitos reservados", "all rights reserved"),
        "line_labels": "publicado publicada atualizado atualizada actualizado data em".split(),
        "time_words": ("minuto minutos hora horas dia dias semana semanas mês meses ano anos "
                       "hoje ontem").split(),
        "line_glue": "às as a o em de do da e há h".split(),
        "byline_words": ("por e de da do redação correspondente enviado enviada especial "
                         "agência").split(),
        "share_start": ("compartilhar partilhar compartilhe imprimir comentar comentários siga "
                        "assine publicidade relacionadas").split(),
        "day_month": ("de",),
        "month_year": ("de",),
        "day_first": True,
    },
    "fr": {
        "labels": {
            "published": ("publié le", "publiée le", "publié", "publiée", "mis en ligne le",
                          "mis en ligne", "date"),
            "updated": ("dernière mise à jour", "mis à jour le", "mise à jour le", "mis à jour",
                        "mise à jour", "modifié le", "modifié", "actualisé le", "actualisé"),
        },
        "glue": "le la à a de du par et h".split(),
        "ordinals": ("er",),
        "clock": ("h", "hrs"),
        "zones": "cet cest gmt utc hec".split(),
        "agencies": "afp ap reuters belga ats apa dpa".split(),
        "byline": ("par",),
        "share_core": ("partager partagez facebook twitter whatsapp linkedin email e-mail "
                       "imprimer").split(),
        "share_other": "cet cette sur l'article article par plus commentaires".split(),
        "copyright_start": ("copyright", "©"),
        "copyright_phrase": ("tous droits réservés", "all rights reserved"),
        "line_labels": "publié publiée mis mise en ligne jour modifié actualisé le".split(),
        "time_words": ("minute minutes heure heures jour jours semaine semaines mois an ans "
                       "année années aujourd hui hier midi minuit").split(),
        "line_glue": "le la à a de du et il y h".split(),
        "byline_words": ("par et de du la le avec rédaction correspondant correspondante envoyé "
                         "envoyée spécial spéciale agence").split(),
        "share_start": ("partager partagez imprimer commenter commentaires suivez abonnez "
                        "publicité").split(),
        "day_month": (),
        "month_year": (),
        "day_first": True,
    },
    "de": {
        "labels": {
            "published": ("veröffentlicht am", "veröffentlicht", "erstellt am", "erstellt",
                          "datum"),
            "updated": ("zuletzt aktualisiert", "aktualisiert am", "aktualisiert",
                        "letzte änderung", "geändert am", "geändert", "stand"),
        },
        "glue": "am um uhr von und den".split(),
        "ordinals": (),
        "clock": ("uhr", "h"),
        "zones": "mez mesz cet cest gmt utc".split(),
        "agencies": "dpa afp ap reuters kna epd apa sda ddp".split(),
        "byline": ("von",),
        "share_core": ("teilen facebook twitter whatsapp linkedin email e-mail drucken "
                       "versenden").split(),
        "share_other": "diesen artikel auf per mehr kommentare".split(),
        "copyright_start": ("copyright", "©"),
        "copyright_phrase": ("alle rechte vorbehalten", "all rights reserved"),
        "line_labels": ("veröffentlicht erstellt datum aktualisiert zuletzt letzte änderung "
                        "geändert stand am").split(),
        "time_words": ("minute minuten stunde stunden tag tage woche wochen monat monate jahr "
                       "jahre heute gestern mittag mitternacht").split(),
        "line_glue": "am um uhr von und den vor h".split(),
        "byline_words": ("von und der die mit redaktion korrespondent korrespondentin "
                         "agentur").split(),
        "share_start": ("teilen drucken versenden kommentieren kommentare folgen abonnieren "
                        "anzeige werbung").split(),
        "day_month": (),
        "month_year": (),
        "day_dot": True,  # "2. Mai 2013"
        "day_first": True,
    },
    "it": {
        "labels": {
            "published": ("pubblicato il", "pubblicata il", "pubblicato", "pubblicata", "data"),
            "updated": ("ultimo aggiornamento", "aggiornato il", "aggiornata il", "aggiornato",
                        "aggiornata", "modificato il", "modificato"),
        },
        "glue": "il alle ore di del da e".split(),
        "ordinals": ("º", "°"),
        "clock": ("h",),
        "zones": "cet cest gmt utc".split(),
        "agencies": "ansa agi adnkronos askanews afp ap reuters dire lapresse".split(),
        "byline": ("di",),
        "share_core": ("condividi facebook twitter whatsapp linkedin email e-mail "
                       "stampa").split(),
        "share_other": "questo articolo su per altri commenti".split(),
        "copyright_start": ("copyright", "©"),
        "copyright_phrase": ("tutti i diritti riservati", "riproduzione riservata",
                             "all rights reserved"),
        "line_labels": ("pubblicato pubblicata aggiornato aggiornata ultimo aggiornamento "
                        "modificato data il").split(),
        "time_words": ("minuto minuti ora ore giorno giorni settimana settimane mese mesi anno "
                       "anni oggi ieri mezzogiorno mezzanotte").split(),
        "line_glue": "il alle ore di del da e fa h".split(),
        "byline_words": ("di e del della redazione corrispondente inviato inviata speciale "
                         "agenzia").split(),
        "share_start": ("condividi stampa commenta commenti segui iscriviti "
                        "pubblicità").split(),
        "day_month": (),
        "month_year": (),
        "day_first": True,
    },
}

# How sure a publication date is, per kind of furniture that gave it (0..1). A PUBLISHED or
# Posted label names the date itself; a dateline with a full date is the wire's filing date; a
# bare date line under the title is usually the publication date but may be a story date; an
# UPDATED date is after publication (an upper bound), so alone it is only at the threshold.
CONF_PUBLISHED = 0.95
CONF_DATELINE = 0.9
CONF_DATE_LINE = 0.8
CONF_UPDATED = 0.6
# A numeric date whose day and month could be swapped ("05/03/2013", read month first).
AMBIGUOUS_NUMERIC_FACTOR = 0.85
# When the chosen date is after an UPDATED date of the same page, one of them is wrong.
INCONSISTENT_FACTOR = 0.6

# Lines longer than this are text, not furniture (a copyright notice may run longer).
MAX_LINE = 160
MAX_COPYRIGHT_LINE = 400
# Datelines and bare date lines are looked for only in the first lines of the article.
HEAD_LINES = 8

KINDS = ("published", "updated", "dateline", "byline", "share", "copyright", "date-line")


@dataclass(frozen=True)
class Furniture:
    """One piece of page furniture: text[start:end], its kind, and the date it gives."""

    start: int
    end: int
    kind: str  # one of KINDS
    day: date | None = None  # the date the line gives, if any
    ambiguous: bool = False  # a numeric date whose day and month could be swapped
    # (month, day) of a date line or dateline that gives no year ("Jul. 7 5:59 PM EDT",
    # "LONDON, Jan 3 (Reuters) -"): the day of the page, its year to be found elsewhere
    month_day: tuple[int, int] | None = None


# ---------------------------------------------------------------- patterns (from the data)

# A copyright mark in any language: "© 2013", "(c) 2013", "Copyright 2013" anywhere in a line.
_COPYRIGHT_MARK = r"©|\(c\)\s*\d{4}|\bcopyright\s+(?:©|\d{4})"
# The words of the short-line rule: "e-mail" is one word, "a.m." two.
_LINE_TOKEN = re.compile(r"[^\W\d_]+(?:[-+][^\W\d_]+)*|\d+")
# A short line is at most this many words (a longer line is text); a dateline's place or an
# outlet's name beside a full date ("WASHINGTON, DC, April 28, 2009", "Reuters Sep 18, 2013,
# 02. 16PM IST") is at most this many other capitalised words; a share line that opens with a
# share word ("Share this article", "Follow us on Twitter") is at most this many words.
LINE_MAX_WORDS = 20
LINE_MAX_NAMES = 2
SHARE_MAX_WORDS = 6


_DIGIT = re.compile(r"\d")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


class _Patterns:
    def __init__(self, lang: dict):
        self.lang = lang
        self.months = lang["months"]
        months = _alt(self.months)
        weekdays = _alt(lang["weekdays"])
        ordinal = _alt(lang["ordinals"])
        # Words between a day and its month, and a month and its year ("9th of June 2013",
        # "2 de mayo de 2013"); a day number may carry a period ("2. Mai 2013").
        day_month = rf"(?:{_alt(lang['day_month'])})\s" if lang["day_month"] else ""
        month_year = (rf"(?:(?:{_alt(lang['month_year'])})\s{{1,3}})?" if lang["month_year"]
                      else "")
        day_dot = r"\.?" if lang.get("day_dot") else ""
        # One date: "May 2, 2013", "Thu Jun 13, 2013", "7 July 2012", "05/02/2013", "2013-05-02".
        self.date = re.compile(
            rf"(?:\b(?:{weekdays})\b\.?,?\s{{0,3}})?(?:"
            rf"(?P<mon1>\b(?:{months}))\.?\s{{1,3}}(?P<d1>\d{{1,2}})(?:{ordinal})?\b,?\s{{0,3}}"
            rf"(?P<y1>\d{{4}})\b"
            rf"|\b(?P<d2>\d{{1,2}})(?:{ordinal})?{day_dot}\s{{1,3}}(?:{day_month})?"
            rf"(?P<mon2>(?:{months}))\b\.?,?\s{{0,3}}{month_year}(?P<y2>\d{{4}})\b"
            rf"|\b(?P<y3>\d{{4}}) ?- ?(?P<m3>\d{{1,2}}) ?- ?(?P<d3>\d{{1,2}})\b"
            rf"|\b(?P<a4>\d{{1,2}})/(?P<b4>\d{{1,2}})/(?P<y4>\d{{4}}|\d{{2}})\b"
            rf"|\b(?P<d5>\d{{1,2}})\. ?(?P<m5>\d{{1,2}})\. ?(?P<y5>\d{{4}})\b"
            rf"|\b(?P<y6>\d{{4}})\. ?(?P<m6>\d{{1,2}})\. ?(?P<d6>\d{{1,2}})\b)", re.I)
        self.month_day = re.compile(
            rf"(?:\b(?:{weekdays})\b\.?,?\s{{0,3}})?"
            rf"\b(?P<mon>{months})\.?\s{{1,3}}(?P<day>\d{{1,2}})(?:{ordinal})?\b", re.I)
        self.weekday = re.compile(rf"\b(?:{weekdays})\b\.?", re.I)
        clock = _alt(lang["clock"])
        zones = _alt(lang["zones"])
        # "1:32 PM", "22:07 GMT", "23:37:00", "22. 34 BST", "2 A.M.", "5:55p", "(GMT+05:00)".
        # "1052 GMT (1852 HKT)": four digits are a clock time only before a time zone.
        self.time = re.compile(
            rf"\b\d{{1,2}}(?:[:.]\s?\d{{2}}){{0,2}}\s{{0,2}}(?:(?:{clock})(?![\w])\.?)"
            rf"|\b\d{{1,2}}[:.h]\s?\d{{2}}(?::\d{{2}})?\b"
            rf"|\(?\b(?:[01]\d|2[0-3])[0-5]\d\s{{1,2}}(?=(?:{zones})\b)"
            rf"|\(?\b(?:{zones})\b(?:\s?[+-]\d{{1,2}}(?::?\d{{1,2}})?)?\)?", re.I)
        self.labels = [(kind, re.compile(rf"(?:^|(?<=[|,;\s]))(?:{_alt(words)})\b\s{{0,3}}:?",
                                         re.I))
                       for kind, words in lang["labels"].items()]
        self.label_any = re.compile(
            rf"(?:^|(?<=[|,;\s]))(?:{_alt(w for ws in lang['labels'].values() for w in ws)})\b"
            rf"\s{{0,3}}:?", re.I)
        self.glue = frozenset(lang["glue"])
        self.agencies = frozenset(lang["agencies"])
        self.byline = re.compile(
            rf"^\s*(?:{_alt(lang['byline'])})\s+(?P<names>[^\n]{{1,{MAX_LINE}}})$", re.I)
        self.share_core = frozenset(lang["share_core"])
        self.share_other = frozenset(lang["share_other"])
        self.copyright = re.compile(
            rf"^\s*(?:{_alt(lang['copyright_start'])})|{_alt(lang['copyright_phrase'])}"
            rf"|{_COPYRIGHT_MARK}", re.I)
        # The short-line rule (is_furniture): the words such a line may be made of.
        token = _LINE_TOKEN.findall
        clock = {w for c in lang["clock"] for w in token(c.lower())}
        self.line_labels = frozenset(
            {w for ws in lang["labels"].values() for ph in ws for w in token(ph.lower())}
            | set(lang["line_labels"]))
        # the calendar and clock words that make a line a date (not "and", "the", "a")
        self.calendar = frozenset(w for w in {*self.months, *map(str.lower, lang["weekdays"]),
                                              *lang["time_words"], *lang["zones"], *clock}
                                  if len(w) > 2)
        self.line_words = frozenset(self.line_labels | self.calendar | clock
                                    | set(lang["line_glue"]) | set(lang["ordinals"])
                                    | set(lang["zones"]))
        self.byline_words = frozenset(lang["byline_words"]) | self.line_words
        self.byline_start = frozenset(lang["byline"])
        self.share_start = frozenset(lang["share_start"]) | frozenset(lang["share_core"])
        # a full date (a month or weekday with a day, a clock time, an ISO date), not a year
        self.full_date = re.compile(
            rf"\d{{1,2}}[/.:]\d{{1,2}}|\b\d{{4}}-\d\d"
            rf"|\b(?:{months})[^\W\d_]*\.?,?\s+\d{{1,2}}\b"
            rf"|\b\d{{1,2}}(?:{ordinal})?{day_dot}\s+{day_month}(?:{months})", re.I)
        agencies = _alt(lang["agencies"])
        # A wire dateline at the start of a line: a place in capitals (with an optional state
        # or country: "WASHINGTON, DC,", "Mass."), an optional date, an optional agency in
        # brackets, then a dash, an underscore or a colon before the story.
        self.dateline = re.compile(
            r"^\s*(?P<place>[A-Z][A-Z.'’-]{1,25}(?: [A-Z][A-Z.'’-]{1,25}){0,3})"
            r"(?:,\s{0,2}[A-Z][A-Za-z.]{1,15}(?: [A-Z][A-Za-z.]{1,15})?)?"
            r"(?P<date>,\s{0,2}[^()\n]{4,40}?)?"
            rf"\s{{0,2}}(?P<agency>\((?i:{agencies})(?:[ /,-]{{1,3}}(?i:{agencies})){{0,3}}\))?"
            r"\s{0,2}(?:(?P<dash>--|[-–—_:])(?=\s|$)|$)")
        # A mixed-case place needs a full date and a dash ("Beijing, 30 December 2022 –"), or
        # an agency that ends the line ("Washington D. C., Jul 13, 2009/02:00 pm (CNA)").
        self.dateline_mixed = re.compile(
            r"^\s*(?P<place>[A-Z][\w.'’-]{1,25}(?: [A-Z][\w.'’-]{1,25}){0,2})"
            r",\s{0,2}(?P<date>[^()\n]{4,40}?)\s{0,2}"
            rf"(?P<agency>\((?i:{agencies})(?:[ /,-]{{1,3}}(?i:{agencies})){{0,3}}\))?"
            r"\s{0,2}(?:(?P<dash>--|[-–—])(?=\s|$)|(?<=\))$)")
        self.word = re.compile(r"[^\W\d_][\w.'’+-]*|\d+", re.U)

    def read_date(self, m: re.Match) -> tuple[date | None, bool]:
        """The calendar day of a `self.date` match, and whether it is an ambiguous numeric."""
        try:
            if m["mon1"]:
                return date(int(m["y1"]), self.months[m["mon1"].lower()], int(m["d1"])), False
            if m["mon2"]:
                return date(int(m["y2"]), self.months[m["mon2"].lower()], int(m["d2"])), False
            if m["y3"]:
                return date(int(m["y3"]), int(m["m3"]), int(m["d3"])), False
            if m["y5"]:  # "08.07.2012": written with periods, day first wherever it is used
                return date(int(m["y5"]), int(m["m5"]), int(m["d5"])), False
            if m["y6"]:  # "2012.08.08": year first, then month and day, as ISO
                return date(int(m["y6"]), int(m["m6"]), int(m["d6"])), False
            a, b, y = int(m["a4"]), int(m["b4"]), int(m["y4"])
            if y < 100:
                y += 2000 if y < 70 else 1900
            if self.lang["day_first"]:  # the language's convention, not doubted
                return (date(y, b, a), False) if b <= 12 else (date(y, a, b), False)
            if a > 12:  # day first: "26/09/2013"
                return date(y, b, a), False
            return date(y, a, b), a != b and b <= 12
        except (ValueError, KeyError):
            return None, False


@lru_cache(maxsize=None)
def _patterns(language: str | None) -> _Patterns:
    code = language_code(language)
    if code not in LANGUAGES:
        code = "en"
    lang = LANGUAGES[code]
    if "months" not in lang:  # month and weekday names: the language's calendar words
        calendar = import_module(f"{__package__}.languages.data.{code}").DATA
        lang = {**lang, "months": {**calendar["months"], **calendar.get("month_abbr", {})},
                "weekdays": tuple(calendar["weekdays"])}
    return _Patterns(lang)


# ---------------------------------------------------------------- recognition

def find_furniture(text: str, language: str = "en") -> list[Furniture]:
    """Every piece of page furniture in `text`, sorted by start. Linear in the text."""
    p = _patterns(language)
    out: list[Furniture] = []
    pos, n_line = 0, 0
    length = len(text)
    while pos <= length:
        nl = text.find("\n", pos)
        end = length if nl < 0 else nl
        if end > pos and text[pos:end].strip():
            head = n_line < HEAD_LINES
            out.extend(_line(text, pos, end, head, p))
            n_line += 1
        if nl < 0:
            break
        pos = nl + 1
    return out


def _line(text: str, start: int, end: int, head: bool, p: _Patterns) -> list[Furniture]:
    raw = text[start:end]
    line = raw.rstrip()
    lead = len(line) - len(line.lstrip())
    if len(line) <= MAX_COPYRIGHT_LINE and p.copyright.search(line):
        return [Furniture(start + lead, start + len(line), "copyright")]
    if len(line) > MAX_LINE:  # a paragraph: only its start may be furniture, a dateline
        return _dateline(text, start, line[:MAX_LINE], head, p, cut=True)
    dated = _dated_line(line, p, head)
    if dated is not None:
        return [Furniture(start + a, start + b, kind, day, amb) for a, b, kind, day, amb in dated]
    month_day = _month_day_line(line, p, head)
    if month_day is not None:
        label = p.label_any.search(line)
        kind = "date-line" if label is None else next(
            k for k, rx in p.labels if rx.match(line, label.start()))
        return [Furniture(start + lead, start + len(line), kind, month_day=month_day)]
    if _is_share(line, p):
        return [Furniture(start + lead, start + len(line), "share")]
    if _is_byline(line, p):
        return [Furniture(start + lead, start + len(line), "byline")]
    return _dateline(text, start, line, head, p)


def _dated_line(line: str, p: _Patterns, head: bool):
    """A line made only of labels, dates, times and glue words, split into one piece per date:
    [(start, end, kind, day, ambiguous)]; None when the line says anything else."""
    # No date, no date line ("Updated 9:01 AM EDT": a label with a time only gives no day).
    # Every date has a digit: the date pattern, slow on a long line, runs only on one with one.
    dates = list(p.date.finditer(line)) if _DIGIT.search(line) else []
    if not dates:
        return None
    labels = list(p.label_any.finditer(line))
    # Blank out what a date line may hold; whatever word is left makes it text.
    chars = list(line)
    times = list(p.time.finditer(line))
    for m in (*dates, *labels, *times):
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    rest = "".join(chars)
    # A stamp with a date and a time at the head of a page may carry a wire code and a
    # dateline city in capitals ("TNN Nov 12, 2011, 05. 51AM IST MUMBAI:").
    caps_ok = head and bool(dates) and bool(times)
    # "Posted on May 3, 2013 by Jane Doe": a byline may end the line.
    by = re.search(r"\s(?:%s)\s+(?P<names>.+)$" % _alt(p.lang["byline"]), rest, re.I)
    if by and dates and by.start() >= dates[0].end() and _names(by["names"], p):
        rest = rest[:by.start()]
    if any(w.lower().rstrip(".") not in p.glue and w.lower().rstrip(".") not in p.agencies
           and not (caps_ok and len(w) > 1 and w.isupper())
           for w in p.word.findall(rest)):
        return None
    if not labels and not head:
        return None  # a bare date in the body is a heading, left to the text
    pieces = []
    for i, m in enumerate(dates):
        label = next((lab for lab in reversed(labels) if lab.end() <= m.start()
                      and (i == 0 or lab.start() >= dates[i - 1].end())), None)
        kind = "date-line"
        if label is not None:
            kind = next(k for k, rx in p.labels if rx.match(line, label.start()))
        day, amb = p.read_date(m)
        a = label.start() if label is not None else (m.start() if i else
                                                      len(line) - len(line.lstrip()))
        b = dates[i + 1].start() if i + 1 < len(dates) else len(line)
        if i + 1 < len(dates):
            nxt = next((lab for lab in labels if m.end() <= lab.start() < dates[i + 1].start()),
                       None)
            b = nxt.start() if nxt is not None else b
        pieces.append((a, len(line[:b].rstrip(" |,;")), kind, day, amb))
    # Pieces must not overlap and must cover the line from its first label or date on.
    fixed = []
    for a, b, kind, day, amb in pieces:
        if fixed and a < fixed[-1][1]:
            a = fixed[-1][1]
        if b > a:
            fixed.append((a, b, kind, day, amb))
    if fixed:
        a0, b0, *more = fixed[0]
        fixed[0] = (len(line) - len(line.lstrip()), b0, *more)
        a1, b1, *more = fixed[-1]
        fixed[-1] = (a1, len(line), *more)
    return fixed


def _month_day_line(line: str, p: _Patterns, head: bool) -> tuple[int, int] | None:
    """(month, day) of a line under the title that is a month-day and a clock time, and
    nothing else ("Jul. 7 5:59 PM EDT", as wire pages stamp a story); None otherwise. The
    time is required: a month-day alone may be a heading."""
    if not head or not _DIGIT.search(line):  # (a month-day has a digit)
        return None
    m = p.month_day.search(line)
    if m is None:
        return None
    times = list(p.time.finditer(line))
    if not times:
        return None
    chars = list(line)
    for x in (m, *times, *p.label_any.finditer(line)):
        chars[x.start():x.end()] = " " * (x.end() - x.start())
    if any(w.lower().rstrip(".") not in p.glue for w in p.word.findall("".join(chars))):
        return None
    return _read_month_day(m, p)


def _read_month_day(m: re.Match, p: _Patterns) -> tuple[int, int] | None:
    month, day = p.months[m["mon"].lower()], int(m["day"])
    try:
        date(2000, month, day)  # a leap year: February 29 is a day
    except ValueError:
        return None
    return month, day


def _names(words: str, p: _Patterns) -> bool:
    """Whether a byline's names are names: capitalised words (and "and", "of"), no weekday or
    month, nothing ending a sentence."""
    tokens = words.replace(",", " , ").replace("|", " , ").split()
    if not tokens or len(tokens) > 12 or words.rstrip().endswith((".", "?", "!")) \
            and not re.search(r"\b[A-Z]\.$", words.rstrip()):
        return False
    for t in tokens:
        if t in (",", "and", "of", "&", "for", "the", "de", "van", "von", "in"):
            continue
        if not t[0].isupper() or p.weekday.fullmatch(t) or t.lower().rstrip(".,") in p.months:
            return False
    return tokens[0] not in (",", "and", "of", "&", "for", "the", "in")


def _is_byline(line: str, p: _Patterns) -> bool:
    m = p.byline.match(line)
    return bool(m) and _names(m["names"], p)


def _is_share(line: str, p: _Patterns) -> bool:
    words = [w.lower().rstrip(".:") for w in re.findall(r"[^\s|/•·,:;()]+", line)]
    core = False
    for w in words:
        if w in p.share_core:
            core = True
        elif not (w in p.share_other or w.isdigit() or w in ("+", "-", "–", "|")):
            return False
    return core


def _dateline(text: str, start: int, line: str, head: bool, p: _Patterns,
              cut: bool = False) -> list[Furniture]:
    if not head:
        return []
    m = p.dateline.match(line)
    if m is not None and cut and m.end() == len(line):
        m = None  # the end of the cut is not the end of the line
    mixed = False
    if m is not None and m["dash"] is None and not m["date"]:
        m = None  # a line that is only a place in capitals is a heading
    if m is None or not (m["agency"] or m["date"] or m["dash"] in ("--", "_", "–", "—")) \
            or not any(c.isupper() for c in m["place"]) or m["place"] != m["place"].upper():
        m, mixed = p.dateline_mixed.match(line), True
        if m is None or cut and m["dash"] is None:
            return []
    day = amb = month_day = None
    if m["date"]:
        d = p.date.search(m["date"])
        # The date (and a clock time after it) must be the whole stretch between the place and
        # the agency or dash; a month and day without the year ("LONDON, Jan 3 (Reuters) -")
        # give no day, only its month-day.
        if d is None or re.sub(r"[\s,/]", "", p.time.sub("", m["date"][d.end():])
                               + m["date"][:d.start()]):
            md = p.month_day.fullmatch(m["date"].strip(" ,"))
            if not md:
                return []
            month_day = _read_month_day(md, p)
        else:
            day, amb = p.read_date(d)
            if day is None:
                return []
    elif mixed or m["dash"] == ":" and not m["agency"]:
        return []  # "Beijing - ..." or "NOTE: ..." name no dateline without a date
    place_words = m["place"].split()
    if len(place_words) == 1 and len(m["place"]) <= 3 and not m["agency"] and day is None:
        return []  # "AP -", "US -": too short to be a place alone
    lead = len(line) - len(line.lstrip())
    return [Furniture(start + lead, start + m.end(), "dateline", day, bool(amb), month_day)]


def calendar_words(language: str | None = "en", units: bool = False) -> frozenset[str]:
    """The month and weekday names of `language` (lower case, abbreviations too), and with
    `units` its words of time units and days ("hours", "yesterday")."""
    p = _patterns(language)
    words = {*p.months, *map(str.lower, p.lang["weekdays"])}
    return frozenset(words | set(p.lang["time_words"]) if units else words)


def is_furniture(line: str, language: str | None = "en") -> bool:
    """Whether a line, a sentence or a headline is page furniture as a whole, in `language`:
    what find_furniture finds covering all of it, or a short line of the page's own words
    (see `_short_line`)."""
    if len(line) > MAX_COPYRIGHT_LINE or not line.strip():
        return False
    p = _patterns(language)
    return _short_line(line, p) or _covered(line, 0, len(line), find_furniture(line, language))


def is_short_furniture(line: str, language: str | None = "en") -> bool:
    """The short-line half of is_furniture, for lines whose page furniture is known already
    (furniture_ranges)."""
    return _short_line(line, _patterns(language))


def _short_line(line: str, p: _Patterns) -> bool:
    """A short line that is furniture though find_furniture, which wants a whole date or a
    byline's names, takes it for text: labels, calendar and clock words and digits with a
    digit or a calendar word ("Updated 5:40 p.m. ET", "Last updated at 22:46 GMT"); a full
    date with at most two names beside it; a byline of names and byline words ("By JANE DOE
    and JOHN ROE, Staff Writers"); a copyright mark; a short line opening with a share word."""
    if len(line) > 300:
        return False
    words = _LINE_TOKEN.findall(line)
    if not words or len(words) > LINE_MAX_WORDS:
        return False
    lower = [w.lower() for w in words]
    if p.copyright.search(line):
        return True
    if lower[0] in p.share_start and len(words) <= SHARE_MAX_WORDS:
        return True
    other = [w for w, lw in zip(words, lower) if not (w.isdigit() or lw in p.line_words)]
    if not other:
        return any(w.isdigit() or w in p.calendar for w in lower)
    byline = lower[0] in p.byline_start
    names = [w for w in other if len(w) > 1]
    if (len(names) <= LINE_MAX_NAMES and all(w[:1].isupper() for w in other)
            and not byline and p.full_date.search(line)):
        return True
    if byline and len(words) >= 2 and words[1][:1].isupper() \
            and lower[1] not in p.calendar and lower[1] not in p.line_labels:
        # every other word a name (capitalised), a byline word, or a furniture date
        return all(w[:1].isupper() or lw in p.byline_words or w.isdigit()
                   for w, lw in zip(words[1:], lower[1:]))
    return False


_SEPARATORS = " \t\r\n|,;:·•-–—_"


def _covered(text: str, start: int, end: int, pieces: list[Furniture], k: int = 0) -> bool:
    """Whether pieces[k:] (sorted by start) cover text[start:end] but for spaces and
    separators."""
    pos, touched = start, False
    for f in itertools.islice(pieces, k, None):
        if f.start >= end:
            break
        if f.end <= pos:
            continue
        if text[pos:f.start].strip(_SEPARATORS):
            return False
        pos, touched = max(pos, f.end), True
    return touched and not text[pos:end].strip(_SEPARATORS)


def furniture_ranges(text: str, ranges, language: str | None = "en") -> set[int]:
    """Which of the (start, end) ranges of `text` (sentences, sorted by start) are furniture:
    each one the furniture of the page covers (found line by line, as find_furniture does)."""
    pieces = find_furniture(text, language or "en")
    out, k = set(), 0
    for i, (start, end) in enumerate(ranges):
        while k < len(pieces) and pieces[k].end <= start:
            k += 1
        if k < len(pieces) and _covered(text, start, end, pieces, k):
            out.add(i)
    return out


# ---------------------------------------------------------------- the publication date

_RANK = {"published": 0, "dateline": 1, "date-line": 2, "updated": 3}
_CONFIDENCE = {"published": CONF_PUBLISHED, "dateline": CONF_DATELINE,
               "date-line": CONF_DATE_LINE, "updated": CONF_UPDATED}


def publication_date(text: str, language: str = "en",
                     furniture: list[Furniture] | None = None
                     ) -> tuple[date, float, str] | None:
    """(day, confidence 0..1, reason) from the page's own furniture, or None.

    A PUBLISHED or Posted line wins, then a dateline with a full date, then a bare date line
    under the title, then an UPDATED line (an update comes after publication, so it is only an
    upper bound: the earliest update is taken). Within a kind the first line wins."""
    pieces = [f for f in (furniture if furniture is not None else find_furniture(text, language))
              if f.day is not None and f.kind in _RANK]
    if not pieces:
        return None
    if any(f.kind != "updated" for f in pieces):
        best = min((f for f in pieces if f.kind != "updated"),
                   key=lambda f: (_RANK[f.kind], f.start))
    else:
        best = min(pieces, key=lambda f: (f.day, f.start))
    confidence = _CONFIDENCE[best.kind]
    words = " ".join(text[best.start:best.end].split())[:80]
    reason = f"{best.kind} line '{words}'"
    if best.ambiguous:
        confidence *= AMBIGUOUS_NUMERIC_FACTOR
        reason += " (numeric, read month first)"
    updates = [f.day for f in pieces if f.kind == "updated"]
    if best.kind != "updated" and updates and best.day > min(updates):
        confidence *= INCONSISTENT_FACTOR
        reason += f" (after its update {min(updates).isoformat()})"
    return best.day, round(confidence, 2), reason


def spans(text: str, language: str = "en") -> list[tuple[int, int]]:
    """The character ranges of the furniture in `text`: what no event may come from."""
    return [(f.start, f.end) for f in find_furniture(text, language)]
