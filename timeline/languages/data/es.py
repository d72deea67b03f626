"""Spanish: calendar words, numbers, relative words and patterns. Data only."""

DATA = {
    "code": "es",
    "date_order": "DMY",  # 07/08/95 is 7 August 1995
    "months": {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
               "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
               "noviembre": 11, "diciembre": 12},
    # abbreviations only next to a day or year ("3 ene. 2023"): "mar" alone is the sea
    "month_abbr": {"ene": 1, "feb": 2, "mar": 3, "abr": 4, "jun": 6, "jul": 7, "ago": 8,
                   "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dic": 12},
    "weekdays": {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3,
                 "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6},
    "day_words": {"primero": 1, "uno": 1},
    "numbers": {"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
                "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11,
                "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
                "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
                "veintiún": 21, "veintiuno": 21, "veintidós": 22, "veintitrés": 23,
                "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintisiete": 27,
                "veintiocho": 28, "veintinueve": 29,
                # "una decena de años": about ten, TimeML P10Y
                "decena": 10, "veintena": 20,
                "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
                "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200,
                "trescientos": 300, "quinientos": 500, "mil": 1000, "medio": 0,
                # a multi-word entry counts whole: "un par de años" is P2Y
                "un par de": 2},
    "number_joiners": ["y"],
    "ordinals": {"primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2,
                 "tercer": 3, "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4},
    "units": {"día": "day", "días": "day",
              "semana": "week", "semanas": "week", "mes": "month", "meses": "month",
              "trimestre": "quarter", "trimestres": "quarter", "semestre": "half",
              "semestres": "half", "año": "year", "años": "year", "ejercicio": "year",
              "década": "decade", "décadas": "decade", "decenio": "decade", "siglo": "century",
              "siglos": "century", "hora": "hour", "horas": "hour", "minuto": "minute",
              "minutos": "minute"},
    "quarters": {"trimestre": "quarter", "semestre": "half"},
    # this / next / last, as an offset in the unit they qualify
    "relative": {"este": 0, "esta": 0, "actual": 0, "presente": 0, "corriente": 0, "próximo": 1, "próxima": 1,
                 "proximo": 1, "proxima": 1, "que viene": 1, "entrante": 1, "siguiente": 1,
                 "pasado": -1, "pasada": -1, "último": -1, "última": -1, "anterior": -1,
                 # "años recientes": a plural unit with it is a vague duration
                 "recientes": -1},
    # "los últimos (tres) meses": a duration reaching back or ahead from now
    "last_n": {"los últimos": -1, "las últimas": -1, "los próximos": 1, "las próximas": 1},
    "vague": {"varios": "X", "varias": "X", "algunos": "X", "algunas": "X", "unos": "X",
              "unas": "X", "muchos": "X", "muchas": "X", "pocos": "X", "pocas": "X"},
    # words that name a day (offset from today) or a TIMEX3 reference by themselves
    "deictic": {"hoy": "day:0", "ayer": "day:-1", "mañana": "day:1", "anteayer": "day:-2",
                "antier": "day:-2", "pasado mañana": "day:2", "anoche": "day:-1:NI",
                "ahora": "PRESENT_REF", "actualmente": "PRESENT_REF",
                "hoy en día": "PRESENT_REF", "la actualidad": "PRESENT_REF",
                "estos días": "PRESENT_REF", "este momento": "PRESENT_REF",
                "el momento": "PRESENT_REF", "recientemente": "PAST_REF",
                "el pasado": "PAST_REF", "el futuro": "FUTURE_REF",
                "próximamente": "FUTURE_REF",
                # adjectives that place what they qualify in time (TimeML: "the current
                # president" is PRESENT_REF); "próximo" with a time unit is a date instead
                "actual": "PRESENT_REF", "actuales": "PRESENT_REF", "próximo": "FUTURE_REF",
                "próxima": "FUTURE_REF", "próximos": "FUTURE_REF", "próximas": "FUTURE_REF",
                "futuro": "FUTURE_REF", "futura": "FUTURE_REF", "futuros": "FUTURE_REF",
                "futuras": "FUTURE_REF", "reciente": "PAST_REF", "recientes": "PAST_REF",
                "recién": "PAST_REF"},
    "parts_of_day": {"mañana": "MO", "madrugada": "MO", "mediodía": "MI", "tarde": "AF",
                     "noche": "NI"},
    "weekend": ["fin de semana"],
    "seasons": {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"},
    "span_parts": {"principios de": "early", "comienzos de": "early", "inicios de": "early",
                   "mediados de": "mid", "finales de": "late", "fines de": "late",
                   "principios del": "early", "comienzos del": "early", "inicios del": "early",
                   "mediados del": "mid", "mitad de": "mid", "mitad del": "mid",
                   "fin de": "late", "fin del": "late",
                   "finales del": "late", "fines del": "late"},
    "holidays": {"navidad": "12-25", "nochebuena": "12-24", "nochevieja": "12-31",
                 "año nuevo": "01-01", "día de reyes": "01-06",
                 # Spain: the first Sunday of May
                 "día de la madre": "05-SU1",
                 # movable feasts: days counted from Easter Sunday ("E+1")
                 "domingo de pascua": "E+0", "domingo de resurrección": "E+0",
                 "pascua de resurrección": "E+0", "lunes de pascua": "E+1",
                 "viernes santo": "E-2", "jueves santo": "E-3", "domingo de ramos": "E-7",
                 "miércoles de ceniza": "E-46", "martes de carnaval": "E-47",
                 "la ascensión": "E+39", "pentecostés": "E+49",
                 "domingo de pentecostés": "E+49", "lunes de pentecostés": "E+50",
                 "corpus christi": "E+60"},
    "sets": {"anual": "P1Y", "anuales": "P1Y", "anualmente": "P1Y", "al año": "P1Y",
             "por año": "P1Y", "mensual": "P1M", "mensuales": "P1M", "al mes": "P1M",
             "semanal": "P1W", "semanales": "P1W", "a la semana": "P1W",
             "a diario": "P1D", "diariamente": "P1D", "al día": "P1D"},
    "every": ["cada", "todos los", "todas las"],
    # clock times in words: "a mediodía"
    "clock_words": {"mediodía": "12:00", "medianoche": "24:00"},
    # "los años noventa": the decade's first year
    "decade_words": {"veinte": 1920, "treinta": 1930, "cuarenta": 1940, "cincuenta": 1950,
                     "sesenta": 1960, "setenta": 1970, "ochenta": 1980, "noventa": 1990},
    "not_after_year": ["personas", "euros", "dólares", "pesetas", "habitantes", "millones",
                       "metros", "kilómetros", "toneladas", "votos", "empleos"],
    # words between "hace" and its number, or before a duration ("casi dos años")
    "about": ["casi", "unos", "unas", "más de", "menos de", "cerca de", "alrededor de",
              "aproximadamente", "apenas", "poco más de", "al menos"],
    "articles": ["el", "la", "los", "las", "del", "al"],
    "approx": ["alrededor de", "hacia", "cerca de", "aproximadamente", "en torno a"],
    "bounds": {"before": ["antes de", "hasta", "a más tardar"],
               "after": ["desde", "a partir de", "después de", "tras"]},
    # future: -rá/-rán, "va a"; past: preterite and imperfect endings, haber + participle
    "tense": {"future": [r"\b\w{2,}(?:rá|rán|remos)\b", r"\b(?:va|van|vamos|voy) a\b",
                         r"\bprev(?:é|én|ista|isto)\b"],
              "past": [r"\b\w{2,}(?:ó|aron|ieron|aba|aban|ían)\b",
                       r"\b(?:ha|han|había|habían|hemos|fue|fueron|hubo)\b"]},
    # a day counted from the last day the text named (TimeML: anchored to that mention)
    "anaphoric": {"el día anterior": -1, "la víspera": -1, "el día siguiente": 1,
                   "al día siguiente": 1, "el mismo día": 0,
                   "ese mismo día": 0, "ese día": 0, "aquel día": 0},
    # plural unit words: with no count a vague duration ("durante años": PXY)
    "bare_units": ["días", "semanas", "meses", "años", "décadas", "siglos", "horas",
                   "minutos"],
    # `relative` words that, with a unit, count from the time the text last named ("al
    # mes siguiente", "el año anterior"), from the creation date when it named none
    "since_mention": ["siguiente", "anterior"],
    "patterns": [
        # the quarter or half in focus: the one the text last named
        "(?:el|este|ese|dicho) {focus}(?! de)",
        "{anaphor}",
        "(?:{art} )?(?:{weekday} ?,? |{rel} )?(?:día )?{day} de {month}(?: de(?:l)? {year}| {rel})?",
        "(?:{art} )?día {day}",
        # "el 3 y el 4 de marzo", "los días 3 y 4 de marzo", "del 3 al 5 de marzo": a day of a
        # list takes the month (and year) the list ends with, read ahead
        "(?:(?:el|los|los días|del|entre el) )?{day}(?=(?:(?:,| y| o| al) (?:el )?\\d{1,2}){1,4} de {month}(?: de(?:l)? {year})?)",
        "(?:{art} )?{monthname} de(?:l)? (?:{yrel} año|año {yrel})",
        "(?:{art} )?{spanpart} (?:{art} )?{month}(?: de(?:l)? {year})?",
        "(?:{art} )?{month} de(?:l)? {year}",
        "{dd}/{mm}/{yearnum}", "{dd}-{mm}-{yearnum}", "{dd}\\.{mm}\\.{year}",
        # a month alone is written in lower case ("Abril" alone is a name)
        {"p": "(?:{art} )?(?:{rel} )?(?:mes de )?{monthname}(?: {rel})?", "lower": ["monthname"]},
        "(?:{art} )?{rel} {weekday}", "(?:{art} )?{weekday}(?: {rel})?",
        "{deictic} ?,? {weekday}(?: {day})?",
        "{deictic}(?: (?:por|en|de) la {part})?",
        "(?:{art} )?{rel} {part}", "la {part}", "la {part} {rel}",
        "(?:(?:a(?: la)?|al|hacia el|hacia la) )?{clock} del? {weekday}",
        "(?:a(?: la)?|al|hacia el|hacia la) {clock}",
        # "mañana a las 10", "el lunes a las 9": the clock on that day
        "(?:{deictic}(?: (?:por|en|de) la {part})?|(?:{art} )?{weekday}(?: {rel})?|(?:{art} )?(?:{weekday} ?,? )?(?:día )?{day} de {month}(?: de(?:l)? {year})?),? (?:a|hacia) las {hour}(?:[:.]{minute})?(?: horas)?",
        "(?:{art} )?{part} del? (?:día )?{day} de {month}(?: de(?:l)? {year})?",  # "la mañana del 3 de marzo"
        "(?:{art} )?{part} del? {weekday}(?: {rel})?", "{weekday} (?:por|en) la {part}",
        "(?:a )?las {hour}(?:[:.]{minute})?(?: horas)?(?: de la {part})?(?: de {deictic})?",
        "(?:a )?las? {hourword}(?: horas| de la {part})(?: de {deictic})?",
        "{hour}:{minute}(?: horas?)?", "{hour}\\.{minute} horas?",
        "(?:{art} )?(?:{ordinal} {quarter}|{quarter} {rel}|{rel} {quarter})(?: de(?:l)? {year})?",
        "(?:{art} )?{ordinal} {quarter} de(?:l)? (?:{rel} año|año {rel})",
        "(?:{art} )?(?:{rel} )?{weekend}(?: {rel})?",
        {"p": "(?:{art} )?{spanpart} (?:{art} )?{unit}", "rel": 0},
        "(?:{art} )?{rel} {unit}", "(?:{art} )?{unit} {rel}",
        "(?:{art} )?{spanpart} (?:{art} )?{rel} {unit}",
        "(?:{art} )?{spanpart} (?:{art} )?{unit} {rel}",
        # TimeML-ES (TempEval-2 Spanish) writes "hace dos años" as the duration P2Y; the
        # mention still spans the year it counts back to
        {"p": "hace (?:{about} )?{number} {unit}", "dir": -1, "as": "duration"},
        {"p": "hace {vague} {unit}", "dir": -1, "as": "duration"},
        {"p": "dentro de {number} {unit}", "dir": 1},
        # counted from the time the story has reached ("dos días después", "un año antes");
        # "dos días después de su muerte" counts from an event, not a date. TimeML-ES
        # writes these as durations (P2D), as "hace dos días"
        {"p": "(?:(?:{about} )?{number} {unit}|{vague} {unit}|{bare}) (?:después|más tarde)(?: de (?:eso|ello|aquello)|(?! (?:de|del|que)(?!\\w)))", "dir": 1,
         "from": "mention", "as": "duration"},
        {"p": "(?:(?:{about} )?{number} {unit}|{vague} {unit}|{bare}) antes(?! (?:de|del|que)(?!\\w))", "dir": -1,
         "from": "mention", "as": "duration"},
        {"p": "hace {bare}", "dir": -1, "as": "duration"},
        # "al cabo de dos días": the same count, written before the unit
        {"p": "al cabo de (?:{about} )?{number} {unit}(?! (?:de|del)(?!\\w))", "dir": 1,
         "from": "mention", "as": "duration"},
        # "ese año", "aquel mismo mes", "el mismo año": the unit of the time last named
        {"p": "(?:(?:ese|esa|aquel|aquella)(?: mism[oa])?|(?:el|la|del|al) mism[oa]) {unit}(?! (?:de|del)(?!\\w))",
         "rel": 0, "since": True},
        "{lastn}(?: {number})? {unit}",
        # the count before the adjective: "los cinco últimos años", "os dois primeiros anos"
        "(?:{art} )?{number} (?:últimos|últimas|pasados|pasadas|primeros|primeras|próximos|próximas) {unit}",
        "{number} {unit} y {number} {unit}",
        "(?:{about} )?{number} {unit}", "{vague} {unit}", "una {number} de {unit}",
        "(?:{art} )?(?:{rel} )?{season}(?: {rel})?(?: de(?:l)? {year})?",
        "(?:{art} )?{spanpart} (?:{art} )?{year}",
        "(?:{art} )?(?:años|década de(?: los)?) {decade}",
        "(?:{art} )?(?:años|década de(?: los)?) {decadeword}",
        {"p": "(?:{art} )?siglo {roman}", "century": True},
        "(?:{art} )?{holiday}(?: de {year})?",
        "{every} (?:{number} )?{unit}", "{every} {weekday}s?", "{set}",
        "(?:{art} )?{year}",
        "{bare}",
    ],
}
