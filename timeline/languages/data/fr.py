"""French: calendar words, numbers, relative words and patterns. Data only."""

DATA = {
    "code": "fr",
    "date_order": "DMY",
    "months": {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5,
               "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
               "novembre": 11, "décembre": 12, "decembre": 12},
    "month_abbr": {"janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10,
                   "nov": 11, "déc": 12},
    "weekdays": {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
                 "samedi": 5, "dimanche": 6},
    "day_words": {"premier": 1},
    "numbers": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
                "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
                "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
                "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
                "quatre-vingt": 80, "quatre-vingts": 80, "cent": 100, "mille": 1000,
                # "une dizaine d'années": about ten, TimeML P10Y
                "dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
                "centaine": 100},
    "number_joiners": ["et", "-"],
    "ordinals": {"premier": 1, "première": 1, "1er": 1, "deuxième": 2, "second": 2,
                 "seconde": 2, "2e": 2, "troisième": 3, "3e": 3, "quatrième": 4, "4e": 4},
    "units": {"jour": "day", "jours": "day", "journée": "day", "journées": "day",
              "semaine": "week", "semaines": "week", "mois": "month", "trimestre": "quarter",
              "trimestres": "quarter", "semestre": "half", "semestres": "half", "an": "year",
              "ans": "year", "année": "year", "années": "year", "décennie": "decade",
              "décennies": "decade", "siècle": "century", "siècles": "century",
              "heure": "hour", "heures": "hour", "minute": "minute", "minutes": "minute"},
    "quarters": {"trimestre": "quarter", "semestre": "half"},
    "relative": {"ce": 0, "cet": 0, "cette": 0, "prochain": 1, "prochaine": 1,
                 "suivant": 1, "suivante": 1, "dernier": -1, "dernière": -1, "passé": -1,
                 "passée": -1, "précédent": -1, "précédente": -1},
    # "ces derniers jours", "les trois derniers mois", "les prochaines semaines"
    "last_n": {"derniers": -1, "dernières": -1, "prochains": 1, "prochaines": 1},
    "vague": {"plusieurs": "X", "quelques": "X", "des": "X"},  # "des mois": PXM,
    "deictic": {"aujourd'hui": "day:0", "aujourd’hui": "day:0", "hier": "day:-1",
                "demain": "day:1", "avant-hier": "day:-2", "après-demain": "day:2",
                "maintenant": "PRESENT_REF", "actuellement": "PRESENT_REF",
                "en ce moment": "PRESENT_REF", "à l'heure actuelle": "PRESENT_REF",
                "de nos jours": "PRESENT_REF", "désormais": "PRESENT_REF",
                "récemment": "PAST_REF", "dernièrement": "PAST_REF",
                "à l'avenir": "FUTURE_REF", "à l’avenir": "FUTURE_REF",
                "prochainement": "FUTURE_REF",
                "actuel": "PRESENT_REF", "actuelle": "PRESENT_REF", "actuels": "PRESENT_REF",
                "actuelles": "PRESENT_REF", "récent": "PAST_REF", "récente": "PAST_REF",
                "récents": "PAST_REF", "récentes": "PAST_REF", "futur": "FUTURE_REF",
                "future": "FUTURE_REF", "futurs": "FUTURE_REF", "futures": "FUTURE_REF"},
    "parts_of_day": {"matin": "MO", "matinée": "MO", "midi": "MI", "après-midi": "AF",
                     "soir": "EV", "soirée": "EV", "nuit": "NI"},
    # "été" is also the participle of "être": a season needs a determiner (see patterns)
    # "en fin de semaine" is the end of the week in France (the weekend in Quebec)
    "weekend": ["week-end", "weekend"],
    "seasons": {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"},
    "span_parts": {"début": "early", "début de": "early", "au début de": "early",
                   "mi-": "mid", "mi": "mid", "à la mi-": "mid", "milieu de": "mid",
                   "fin": "late", "fin de": "late", "à la fin de": "late"},
    "holidays": {"noël": "12-25", "nouvel an": "01-01", "jour de l'an": "01-01",
                 "la saint-sylvestre": "12-31", "la toussaint": "11-01",
                 "la fête nationale": "07-14", "la saint-valentin": "02-14",
                 "la fête du travail": "05-01", "l'assomption": "08-15",
                 "l’assomption": "08-15", "halloween": "10-31",
                 # the third Sunday of June (Mothers' Day, the last Sunday of May, moves
                 # when Pentecost falls on it: no rule of this form holds it)
                 "la fête des pères": "06-SU3",
                 # movable feasts: days counted from Easter Sunday ("E+1")
                 "pâques": "E+0", "le dimanche de pâques": "E+0", "le lundi de pâques": "E+1",
                 "lundi de pâques": "E+1", "le vendredi saint": "E-2", "vendredi saint": "E-2",
                 "le jeudi saint": "E-3", "le dimanche des rameaux": "E-7",
                 "le mercredi des cendres": "E-46", "mardi gras": "E-47",
                 "l'ascension": "E+39", "l’ascension": "E+39", "la pentecôte": "E+49",
                 "le lundi de pentecôte": "E+50", "lundi de pentecôte": "E+50"},
    "sets": {"annuel": "P1Y", "annuelle": "P1Y", "annuels": "P1Y", "annuelles": "P1Y",
             "par an": "P1Y", "chaque année": "P1Y", "mensuel": "P1M", "mensuelle": "P1M",
             "mensuels": "P1M", "par mois": "P1M", "hebdomadaire": "P1W",
             "hebdomadaires": "P1W", "par semaine": "P1W", "par jour": "P1D",
             "quotidiennement": "P1D"},
    "every": ["chaque", "tous les", "toutes les"],
    # clock times in words: "à midi"
    "clock_words": {"midi": "12:00", "minuit": "24:00"},
    # "les années soixante-dix": the decade's first year
    "decade_words": {"vingt": 1920, "trente": 1930, "quarante": 1940, "cinquante": 1950,
                     "soixante": 1960, "soixante-dix": 1970, "quatre-vingt": 1980,
                     "quatre-vingts": 1980, "quatre-vingt-dix": 1990},
    "not_after_year": ["personnes", "euros", "dollars", "francs", "habitants", "millions",
                       "mètres", "kilomètres", "tonnes", "voix", "emplois"],
    "about": ["environ", "près de", "plus de", "moins de", "presque", "à peine", "quelque",
              "au moins"],
    "articles": ["le", "la", "les", "l'", "l’", "du", "au", "en"],
    "approx": ["vers", "environ", "aux alentours de", "autour de"],
    "bounds": {"before": ["avant", "avant le", "d'ici", "jusqu'au", "jusqu'à", "au plus tard"],
               "after": ["depuis", "à partir de", "à partir du", "après", "dès"]},
    "tense": {"future": [r"\b\w{2,}(?:ra|ront|rai|rons|rez)\b", r"\b(?:va|vont|vais) \w+(?:er|ir|re)\b"],
              # the aspect of a habit: an imperfect, a habitual adverb
              "habitual": [r"\b\w{2,}(?:ait|aient)\b",
                           r"\b(?:d'habitude|d’habitude|habituellement|généralement|toujours)\b"],
              # "a lieu" (takes place) is a present
              "past": [r"\b(?:a|ont|avait|avaient|était|étaient|est|sont|ai|avons) (?!lieu\b)\w+(?:é|ée|és|ées|u|ue|is|it|i)\b",
                       r"\b\w{2,}(?:ait|aient)\b"]},
    # a day counted from the last day the text named (TimeML: anchored to that mention)
    "anaphoric": {"la veille": -1, "le jour précédent": -1, "le lendemain": 1,
                   "le jour suivant": 1, "le même jour": 0, "ce jour-là": 0},
    # plural unit words: with no count a vague duration ("pendant des années": PXY);
    # "mois" and "ans" are also singular or rare alone, read after "des" (`vague`)
    "bare_units": ["jours", "semaines", "années", "décennies", "siècles", "heures",
                   "minutes"],
    # `relative` words that, with a unit, count from the time the text last named ("le
    # mois suivant", "l'année précédente"), from the creation date when it named none
    "since_mention": ["suivant", "suivante", "précédent", "précédente"],
    "patterns": [
        # the quarter or half in focus: the one the text last named
        "(?:le|ce) {focus}(?! d)",
        "{anaphor}",
        "(?:le )?(?:{weekday} )?{day} {month}(?: {year}| {rel})?",
        # "le 3 et le 4 mars", "les 3, 4 et 5 mars", "du 3 au 5 mars": a day of a list takes
        # the month (and year) the list ends with, read ahead; the last day is its own match
        "(?:les? |du )?{day}(?=(?:(?:,| et| ou| au) (?:le )?\\d{1,2}(?:er)?){1,4} {month}(?: {year})?)",
        # "le 15": a day of this month or the one beside it, by tense, when nothing follows
        # the number (not "le 15 000", nor the emergency number "appelez le 15")
        "(?<!appeler\\s)(?<!appelez\\s)(?<!composez\\s)(?<!composer\\s)(?<!dans\\s)le {day}(?: du mois)?(?=\\s*[,.;:!?)]|\\s*$)",
        "(?:{art} )?{spanpart} ?{month}(?: {year})?",
        "(?:en )?{month} {year}",
        "(?:en )?{monthname} de l(?:'|’)année {yrel}",
        "{dd}/{mm}/{yearnum}", "{dd}\\.{mm}\\.{year}",
        "(?<=le\\s){dd}/{mm}(?![/\\d])",  # "le 14/03"; "3/4" alone is a fraction
        "(?:au |le )?mois de {monthname}(?: {year})?",
        # a month alone is written in lower case: "Mars" is the planet
        {"p": "(?:{art} )?{monthname}(?: {rel})?", "lower": ["monthname"]},
        # "le lundi": the article makes a weekday a habit ("Le musée ferme le lundi"),
        # unless a perfective past or a future names one day (listed first: it wins the tie)
        {"p": "le {weekday}", "habitual": True},
        "(?:{art} )?{weekday}(?: {rel})?", "{rel} {weekday}", "(?:{art} )?{weekday} {part}",
        "{deictic}(?: {part})?",
        # "le Midi" (the south of France) and "le Printemps arabe" are names
        "{rel} {part}", "{weekday} {part}", {"p": "(?:le|la|l'|l’) ?{part}", "lower": ["part"]},
        "(?:{art} ?)?{part} {rel}",  # "la nuit dernière"
        "à {clock}",
        "(?:à )?{hour} ?h(?: ?{minute})?(?: du {part})?", "{hour}:{minute}",
        # "demain à 10 heures", "ce soir à 20 h", "lundi à 9 h": the clock on that day
        "(?:{deictic}(?: {part})?|{rel} {part}|(?:le |{rel} )?{weekday}(?: {rel})?(?: {part})?|(?:le )?(?:{weekday} )?{day} {month}(?: {year})?),? (?:à|vers) {hour}(?: ?h(?: ?{minute})?| heures?(?: {minute})?)",
        # "dans la nuit de samedi", "le matin du 3 mars", "la soirée d'hier"
        "(?:dans )?(?:{art} ?)?{part} (?:de|du) (?:{weekday}|{day} {month}(?: {year})?)",
        "(?:dans )?(?:{art} ?)?{part} d(?:'|’){deictic}",
        "(?:vers )?{hour} heures?(?: {minute})? du {part}",
        "à {hour} heures?(?: {minute})?(?: du {part})?",
        "à {hourword} heures?(?: du {part})?",
        "(?:{art} )?{ordinal} {quarter}(?: {year})?",
        "(?:{art} ?)?(?:{rel} )?{weekend}(?: {rel})?",
        "(?:{art} ?)?{unit} {rel}", "{rel} {unit}(?:-ci)?",
        "(?:{art} )?{spanpart} (?:{art} ?)?{unit} {rel}", "{spanpart} {rel} {unit}",
        {"p": "(?:{art} )?{spanpart} (?:{art} ?)?{unit}", "rel": 0},
        {"p": "(?:en )?{spanpart} (?:d'|d’|de ){unit}", "rel": 0},  # "en fin d'année"
        {"p": "il y a (?:{about} )?{number} {unit}", "dir": -1},
        {"p": "il y a {vague} {unit}", "dir": -1},
        {"p": "dans {number} {unit}", "dir": 1},
        # counted from the time the story has reached ("deux jours plus tard", "un an
        # auparavant"), at the finer granularity of the unit and that time; "deux jours
        # après sa mort" counts from an event, not a date
        # "au bout de deux jours": the same count, written before the unit
        {"p": "au bout (?:de |d['’])(?:{about} )?{number} {unit}(?! (?:de|du|des)(?!\\w)| d['’])",
         "dir": 1, "from": "mention"},
        {"p": "(?:(?:{about} )?{number} {unit}|{vague} {unit}|{bare}) (?:plus tard|après)(?! (?:{art}|de|des|que|sa|son|ses|leur|leurs|cette|ce|cet|un|une|avoir|être)(?!\\w)| (?:l|d|qu)['’])",
         "dir": 1, "from": "mention"},
        {"p": "(?:(?:{about} )?{number} {unit}|{vague} {unit}|{bare}) (?:plus tôt|auparavant|avant)(?! (?:{art}|de|des|que|sa|son|ses|leur|leurs|cette|ce|cet|un|une|avoir|être)(?!\\w)| (?:l|d|qu)['’])",
         "dir": -1, "from": "mention"},
        # "cette année-là", "le même mois": the unit of the time last named
        {"p": "(?:cette|cet|ce) {unit}-là", "rel": 0, "since": True},
        {"p": "(?:le|la|du|au) même {unit}(?! (?:de|du|des)(?!\\w)| d['’])", "rel": 0, "since": True},
        "(?:les |ces )?(?:{number} )?{lastn} {unit}",
        "{number} {unit} et {number} {unit}",
        # "des années" is a vague count, but "des années soixante" a decade
        "(?:{about} )?{number} {unit}", "{vague} {unit}(?! (?:{decade}|{decadeword})(?!\\w))",
        "une {number} (?:de |d'|d’){unit}",  # "une dizaine d'années"
        {"p": "(?:{rel} |l'|l’|en |au |le )(?:{season})(?: {rel})?(?: {year})?", "lower": ["season"]},
        "{spanpart} ?{year}",
        "(?:les )?années {decade}", "(?:les )?années {decadeword}",
        {"p": "(?:le )?{roman}(?:e|ème|è) siècle", "century": True},
        "(?:{art} )?{holiday}(?: {year})?",
        "{every} (?:{number} )?{unit}", "{every} {weekday}s?", "{set}",
        "(?:l'|l’)an(?:née)? {year}", "(?:en )?{year}",
        "{bare}",
    ],
}
