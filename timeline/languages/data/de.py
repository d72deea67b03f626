"""German: calendar words, numbers (with their dative plurals: "vor drei Tagen"), relative
words and patterns. Nouns are capitalised in German but matching ignores case. Data only."""

DATA = {
    "code": "de",
    "date_order": "DMY",  # 07.08.95 is 7 August 1995
    "months": {"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4,
               "mai": 5, "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10,
               "november": 11, "dezember": 12,
               # the genitive: "Ende Februars", "im Laufe des Oktobers" ("Mais" is maize)
               "januars": 1, "jänners": 1, "februars": 2, "märzes": 3, "aprils": 4,
               "junis": 6, "julis": 7, "augusts": 8, "septembers": 9, "oktobers": 10,
               "novembers": 11, "dezembers": 12},
    "month_abbr": {"jan": 1, "feb": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                   "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12},
    "weekdays": {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
                 "samstag": 5, "sonnabend": 5, "sonntag": 6},
    "numbers": {"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2,
                "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
                "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13,
                "vierzehn": 14, "fünfzehn": 15, "zwanzig": 20, "einundzwanzig": 21,
                "zweiundzwanzig": 22, "dreiundzwanzig": 23, "vierundzwanzig": 24,
                "fünfundzwanzig": 25, "dreißig": 30, "vierzig": 40,
                "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
                "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
                "hundert": 100, "tausend": 1000},
    "number_joiners": [],
    "ordinals": {"ersten": 1, "erste": 1, "erstes": 1, "zweiten": 2, "zweite": 2,
                 "dritten": 3, "dritte": 3, "vierten": 4, "vierte": 4},
    "units": {"tag": "day", "tage": "day", "tagen": "day", "tages": "day", "woche": "week",
              "wochen": "week", "monat": "month", "monate": "month", "monaten": "month",
              "monats": "month", "quartal": "quarter", "quartale": "quarter",
              "quartalen": "quarter", "quartals": "quarter", "halbjahr": "half",
              "halbjahres": "half", "jahr": "year", "jahre": "year", "jahren": "year",
              "jahres": "year", "jahrzehnt": "decade", "jahrzehnte": "decade",
              "jahrzehnten": "decade", "jahrhundert": "century", "jahrhunderte": "century",
              "jahrhunderten": "century", "stunde": "hour", "stunden": "hour",
              "minute": "minute", "minuten": "minute"},
    # words of clock times that are no unit ("um sechs Uhr"): triggers for the patterns
    "clock_words": ["uhr"],
    "quarters": {"quartal": "quarter", "quartals": "quarter", "halbjahr": "half",
                 "halbjahres": "half"},
    "relative": {"diese": 0, "diesen": 0, "dieser": 0, "dieses": 0, "diesem": 0,
                 "laufenden": 0, "nächste": 1, "nächsten": 1, "nächster": 1, "nächstes": 1,
                 "kommende": 1, "kommenden": 1, "kommender": 1, "kommendes": 1,
                 "letzte": -1, "letzten": -1, "letzter": -1, "letztes": -1,
                 "vergangene": -1, "vergangenen": -1, "vergangener": -1, "vergangenes": -1,
                 "vorige": -1, "vorigen": -1, "voriger": -1, "voriges": -1},
    "last_n": {"in den letzten": -1, "den letzten": -1, "die letzten": -1,
               "in den vergangenen": -1, "den vergangenen": -1, "die vergangenen": -1,
               "in den nächsten": 1, "den nächsten": 1, "die nächsten": 1,
               "in den kommenden": 1, "den kommenden": 1, "die kommenden": 1},
    "vague": {"einigen": "X", "einige": "X", "mehreren": "X", "mehrere": "X",
              "wenigen": "X", "wenige": "X", "vielen": "X", "viele": "X",
              "ein paar": "X"},  # "vor ein paar Tagen": a few days (not "ein Paar", a pair)
    "deictic": {"heute": "day:0", "gestern": "day:-1", "morgen": "day:1",
                "vorgestern": "day:-2", "übermorgen": "day:2", "jetzt": "PRESENT_REF",
                "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF", "momentan": "PRESENT_REF",
                "gegenwärtig": "PRESENT_REF", "heutzutage": "PRESENT_REF",
                "kürzlich": "PAST_REF", "neulich": "PAST_REF", "jüngst": "PAST_REF",
                "in zukunft": "FUTURE_REF", "künftig": "FUTURE_REF",
                "aktuell": "PRESENT_REF", "aktuelle": "PRESENT_REF", "aktuellen": "PRESENT_REF",
                "derzeitige": "PRESENT_REF", "derzeitigen": "PRESENT_REF",
                "künftige": "FUTURE_REF", "künftigen": "FUTURE_REF",
                "jüngsten": "PAST_REF",
                # the year, month or week before the creation date ("im Vorjahr")
                "vorjahr": "year:-1", "vorjahres": "year:-1", "vormonat": "month:-1",
                "vormonats": "month:-1", "vorwoche": "week:-1"},
    "parts_of_day": {"morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "MI",
                     "nachmittag": "AF", "abend": "EV", "nacht": "NI"},
    "weekend": ["wochenende"],
    "seasons": {"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA",
                "winter": "WI"},
    "span_parts": {"anfang": "early", "beginn": "early", "mitte": "mid", "ende": "late"},
    "holidays": {"weihnachten": "12-25", "heiligabend": "12-24", "silvester": "12-31",
                 "neujahr": "01-01", "neujahrstag": "01-01", "tag der deutschen einheit": "10-03",
                 "tag der arbeit": "05-01", "allerheiligen": "11-01", "reformationstag": "10-31",
                 "dreikönigstag": "01-06", "heilige drei könige": "01-06",
                 "mariä himmelfahrt": "08-15", "valentinstag": "02-14",
                 "erster weihnachtsfeiertag": "12-25", "zweiter weihnachtsfeiertag": "12-26",
                 # the second Sunday of May; the first Sunday of October
                 "muttertag": "05-SU2", "erntedankfest": "10-SU1", "erntedank": "10-SU1",
                 # movable feasts: days counted from Easter Sunday ("E+1")
                 "ostern": "E+0", "ostersonntag": "E+0", "ostermontag": "E+1",
                 "karfreitag": "E-2", "gründonnerstag": "E-3", "palmsonntag": "E-7",
                 "aschermittwoch": "E-46", "rosenmontag": "E-48", "fastnacht": "E-47",
                 "christi himmelfahrt": "E+39", "pfingsten": "E+49", "pfingstsonntag": "E+49",
                 "pfingstmontag": "E+50", "fronleichnam": "E+60"},
    "sets": {"jährlich": "P1Y", "jährliche": "P1Y", "jährlichen": "P1Y", "pro jahr": "P1Y",
             "monatlich": "P1M", "monatliche": "P1M", "monatlichen": "P1M",
             "pro monat": "P1M", "wöchentlich": "P1W", "wöchentliche": "P1W",
             "pro woche": "P1W", "täglich": "P1D", "tägliche": "P1D", "pro tag": "P1D",
             "einmal im jahr": "P1Y", "zweimal im jahr": "P1Y", "dreimal im jahr": "P1Y",
             "einmal im monat": "P1M", "zweimal im monat": "P1M",
             "einmal in der woche": "P1W", "zweimal in der woche": "P1W",
             # weekdays as adverbs: "montags" is every Monday
             "montags": "XXXX-WXX-1", "dienstags": "XXXX-WXX-2", "mittwochs": "XXXX-WXX-3",
             "donnerstags": "XXXX-WXX-4", "freitags": "XXXX-WXX-5", "samstags": "XXXX-WXX-6",
             "sonnabends": "XXXX-WXX-6", "sonntags": "XXXX-WXX-7"},
    # "die Neunzigerjahre", "in den achtziger Jahren": the decade's first year
    "decade_words": {"zwanziger": 1920, "dreißiger": 1930, "vierziger": 1940,
                     "fünfziger": 1950, "sechziger": 1960, "siebziger": 1970,
                     "achtziger": 1980, "neunziger": 1990},
    "every": ["jeden", "jede", "jedes", "alle"],
    # the present names a coming weekday ("Am Sonntag wählt Berlin"): a weekday in a clause
    # with no tense cue is the next one, not the last
    "weekday_ahead": True,
    # a day number's period is its ordinal mark ("am 15."): it stays in the mention
    "ordinal_dot": True,
    "not_after_year": ["euro", "dollar", "mark", "menschen", "einwohner", "millionen",
                       "meter", "kilometer", "tonnen", "stimmen"],
    "about": ["fast", "etwa", "rund", "mehr als", "weniger als", "knapp", "gut", "über",
              "mindestens", "ungefähr"],
    "articles": ["der", "die", "das", "den", "dem", "des", "im", "am", "zum", "seit", "ab"],
    "approx": ["gegen", "etwa", "ungefähr", "rund", "circa", "ca."],
    "bounds": {"before": ["vor", "bis", "bis zum", "bis spätestens", "spätestens"],
               "after": ["seit", "ab", "nach", "von"]},
    "tense": {"future": [r"\b(?:wird|werden|wirst|werde|werdet)\b", r"\bsoll(?:en)?\b",
                         r"\b(?:geplant|vorgesehen|angesetzt)\b"],
              "past": [r"\b(?:hat|haben|hatte|hatten|war|waren|wurde|wurden)\b",
                       # participles in lower case: "Gewerkschaften" is a noun; with a
                       # separable prefix: "zurückgetreten", "angekündigt" (not "insgesamt")
                       r"(?-i:\b(?!insgesamt\b)(?:[a-zäöü]{2,8})?ge\w{3,}(?:t|en)\b)",
                       # the weak preterite ("sagte", "teilten mit"), not an adjective after a
                       # determiner ("den letzten") nor the adverbs that end alike
                       r"(?-i:(?<!der\s)(?<!die\s)(?<!das\s)(?<!den\s)(?<!dem\s)(?<!des\s)"
                       r"(?<!am\s)(?<!im\s)(?<!zum\s)(?<!vom\s)(?<!beim\s)(?<!ein\s)(?<!eine\s)"
                       r"(?<!einen\s)(?<!einem\s)(?<!einer\s)\b(?!(?:heute|bitte|mitte|mitten|unten|"
                       r"hinten|erste|ersten|zweite|zweiten|dritte|dritten|letzte|letzten|nächste|"
                       r"nächsten|meisten|beste|besten|weiteren?|guten|rechten)\b)"
                       r"[a-zäöüß]{3,}(?:te|ten)\b)",
                       # the strong preterite of the verbs news reports with
                       r"(?-i:\b(?:kam|kamen|ging|gingen|griff|griffen|sprach|sprachen|gab|gaben|"
                       r"fand|fanden|stand|standen|sah|sahen|trat|traten|fiel|fielen|nahm|nahmen|"
                       r"rief|riefen|hielt|hielten|ließ|ließen|lag|lagen|saß|saßen|fuhr|fuhren|"
                       r"flog|flogen|zog|zogen|blieb|blieben|schrieb|schrieben|stieg|stiegen|"
                       r"wies|wiesen|traf|trafen|brach|brachen|starb|starben|wuchs|wuchsen|sank|"
                       r"sanken|gewann|gewannen|verlor|begann|begannen|schloss|schlossen|bat|baten|"
                       r"bot|boten|trug|trugen|schlug|schlugen|lief|liefen|warf|warfen|verließ|"
                       r"verließen|erhielt|erhielten|entschied|beschloss|empfing|empfingen|"
                       r"erschien|geschah|verschwand|floh|flohen|wurde|wurden)\b)"]},
    # a day counted from the last day the text named (TimeML: anchored to that mention)
    "anaphoric": {"am vortag": -1, "am tag zuvor": -1, "am tag davor": -1, "tags zuvor": -1,
                   "am nächsten tag": 1, "am folgenden tag": 1, "am tag danach": 1,
                   "tags darauf": 1, "am selben tag": 0, "am gleichen tag": 0,
                   "an diesem tag": 0},
    # plural unit words: with no count a vague duration ("seit Jahren": PXY)
    "bare_units": ["tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren",
                   "jahrzehnte", "jahrzehnten", "jahrhunderte", "jahrhunderten",
                   "stunden", "minuten"],
    "patterns": [
        # the quarter or half in focus: the one the text last named
        "(?:das|dieses|im|in diesem) {focus}(?! de)",
        "{anaphor}",
        "(?:am )?(?:{weekday} ?,? (?:de[nm] )?)?{day} ?{month}(?: {year})?",
        # "am 3. und 4. März", "vom 3. bis 5. März": a day of a list takes the month (and
        # year) the list ends with, read ahead; the last day is its own match
        "(?:am |vom |den )?{day}(?=(?:(?:,| und| oder| bis(?: zum)?) (?:zum |am |den )?\\d{1,2}\\.){1,4} ?{month}(?: {year})?)",
        "(?:{art} )?{spanpart} {month}(?: {year})?",
        "(?:im )?{month} {year}",
        "(?:im )?{monthname} (?:des )?{yrel} jahres",
        "{dd}\\.{mm}\\.{yearnum}", "{dd}\\.{mm}\\.(?!\\d)", "{dd}/{mm}/{year}",
        "(?:im )?{rel} {monthname}", "(?:im )?{monthname}",
        "(?:am )?{weekday}", "(?:{art} )?{rel} {weekday}",
        # "morgen" is tomorrow, "Morgen" the morning: the adverbs are written in lower case
        {"p": "{deictic}(?: {part})?", "lower": ["deictic"]},
        "(?:am|in der|gegen) {part}", "(?:am )?{weekday} ?{part}",
        "(?:{art} )?{rel} {part}",  # "letzte Nacht"
        "(?:am|in der) (?:frühen|späten) {part}",
        "(?:am|in der) {part} (?:des|vom) {day} ?{month}(?: {year})?",  # "am Morgen des 3. März"
        # "im Vorjahr": capitalised nouns, unlike "morgen"
        "(?:im |dem |des |das |zum |vom |seit dem )?(?=vor(?:jahr|monat|woche)){deictic}",
        "(?:um |gegen )?{hour}(?:[:.]{minute})? uhr(?: {part}s)?", "{hour}:{minute}",
        "(?:um |gegen )?{hourword} uhr",
        # "morgen um 10 Uhr", "heute Abend um 20 Uhr": the clock on that day
        {"p": "(?:{deictic}(?: {part})?|(?:am )?(?:{rel} )?{weekday}(?: ?{part})?|(?:am )?(?:{weekday} ?,? (?:de[nm] )?)?{day} ?{month}(?: {year})?),? (?:um|gegen) {hour}(?:[:.]{minute})? uhr",
         "lower": ["deictic"]},
        "(?:{art} )?{ordinal} {quarter}(?: {year})?",
        "(?:{art} )?(?:{rel} )?{weekend}",
        "(?:{art} )?{rel} {unit}",
        {"p": "(?:{art} )?{spanpart} (?:des|der|dieses|diesen) {unit}", "rel": 0},
        "(?:{art} )?{spanpart} (?:des |der )?{rel} {unit}",  # "Ende nächsten Jahres"
        # "zum Jahresende", "Monatsanfang": after the weekend, which wins a tie
        {"p": "(?:{art} )?{unit}{spanpart}", "rel": 0},
        {"p": "vor (?:{about} )?{number} {unit}", "dir": -1},
        {"p": "vor {vague} {unit}", "dir": -1},
        {"p": "in {number} {unit}", "dir": 1},
        # counted from the time the story has reached ("zwei Tage später", "ein Jahr
        # zuvor"), at the finer granularity of the unit and that time
        {"p": "(?:(?:{about} )?{number} {unit}|{vague} {unit}|{bare}) (?:später|danach|darauf)", "dir": 1,
         "from": "mention"},
        {"p": "(?:(?:{about} )?{number} {unit}|{vague} {unit}|{bare}) (?:früher|zuvor|davor|vorher)", "dir": -1,
         "from": "mention"},
        # "im Monat darauf", "im Jahr zuvor": the unit after or before the time last named
        {"p": "(?:{art} )?{unit} (?:darauf|danach)", "rel": 1, "since": True},
        {"p": "(?:{art} )?{unit} (?:zuvor|davor)", "rel": -1, "since": True},
        {"p": "vor {bare}", "dir": -1},
        # "im selben Jahr", "in jenem Monat": the unit of the time last named
        {"p": "(?:im selben|im gleichen|in jenem|in jener|an jenem) {unit}(?! (?:des|der|vom)(?!\\w))", "rel": 0,
         "since": True},
        "{lastn}(?: {number})? {unit}",
        "{number} {unit} und {number} {unit}",
        "(?:{about} )?{number} {unit}(?: lang)?", "{vague} {unit}",  # "drei Jahre lang"
        "(?:{art} )?(?:{rel} )?{season}(?: {year})?",
        "(?:{art} )?{spanpart} {year}",
        "(?:{art} )?{decade}er(?: |-)?jahre(?:n)?",
        "(?:{art} )?{decadeword}(?: |-)?jahren?", "den {decadeword}n",
        {"p": "(?:{art} )?{cardinal}\\. jahrhunderts?", "century": True},
        "(?:{art} )?{holiday}(?: {year})?",
        "{every} (?:{number} )?{unit}", "{every} {weekday}", "{set}",
        "(?:(?:im|dem|das|des) jahr(?:e|es)? )?{year}",
        "{bare}",
    ],
}
