"""German word data for the events stage and the event representation. Data only, the same
names as en.py (whose comments say what each table is for); written from German grammar."""

# ---------------------------------------------------------------- representation (dedup)

FUNCTION_WORDS = frozenset("""
ab aber alle allem allen aller alles als also am an andere anderen auch auf aus bei beim
bereits bin bis bisher bist da dabei dadurch dafür dagegen damit dann daran darauf darüber
das dass davon dazu dem den denen denn der deren des dessen deshalb die dies diese diesem
diesen dieser dieses doch dort du durch ein eine einem einen einer eines einige er es etwa
euch für gegen gewesen hab habe haben hat hatte hatten hier hin ich ihm ihn ihnen ihr ihre
ihrem ihren ihrer im immer in ins ist ja jedoch jetzt kann kein keine konnte können könnte
man mehr mit muss musste nach nicht noch nun nur ob oder ohne schon sehr sei seien sein
seine seinem seinen seiner seit sich sie sind so soll sollen sollte sondern sowie über um
und uns unser unter vom von vor war waren warum was weil welche welcher wenn wer werden
wie wieder will wir wird wo wurde wurden zu zum zur zwischen
zwei drei vier fünf sechs sieben acht neun zehn zwanzig hundert tausend
""".split())

DATE_WORDS = frozenset("""
januar jänner februar märz april mai juni juli august september oktober november dezember
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag heute gestern morgen
vorgestern übermorgen woche wochen monat monate monaten jahr jahre jahren jahres tag tage
tagen tages vormittag nachmittag abend nacht mittag quartal halbjahr
""".split())

IRREGULAR = {
    "sagte": "sag", "gesagt": "sag", "ging": "geh", "gegangen": "geh", "kam": "komm",
    "gekommen": "komm", "starb": "sterb", "gestorben": "sterb", "traf": "treff",
    "getroffen": "treff", "gab": "geb", "gegeben": "geb", "nahm": "nehm",
    "genommen": "nehm", "hielt": "halt", "gehalten": "halt", "flog": "flieg",
    "geflogen": "flieg", "schrieb": "schreib", "geschrieben": "schreib", "fand": "find",
    "gefunden": "find", "brach": "brech", "gebrochen": "brech", "wurde": "werd",
}
SUFFIXES = (("ungen", "", 3), ("ung", "", 3), ("ten", "", 3), ("te", "", 3), ("en", "", 3),
            ("er", "", 4), ("es", "", 4), ("em", "", 4), ("et", "", 3), ("t", "", 4),
            ("e", "", 4), ("s", "", 4), ("n", "", 4))
SILENT_E_MIN = 99

ACTION_CLASSES = {
    "visit": "besuch reis flog flieg eintreff landet aufenthalt",
    "meet": "treff traf gipfel gespräch verhandl beratung",
    "call": "telefon anruf videokonferenz",
    "say": "sag erklär äußer rede interview stellungnahme",
    "publish": "veröffentlich artikel kolumne schrieb schreib",
    "attack": "angriff angegriff anschlag rakete drohne beschuss bombard offensive invasion",
    "agree": "einig vereinbar unterzeichn vertrag abkommen",
    "announce": "kündig bekanntgab vorstell enthüll",
    "request": "einlad lud forder bitt",
    "die": "starb sterb gestorb tod tot",
    "kill": "getötet tötet töt ermord mord",
    "shoot": "schüss schieß schütze erschoss",
    "fire": "brand feuer flamm",
    "destroy": "zerstör verwüst",
    "quake": "erdbeben beben nachbeben stärke",
    "arrest": "festgenommen festnahm verhaft",
    "charge": "angeklagt anklag",
    "convict": "verurteil schuldig urteil",
    "sentence": "haft gefängnis strafe",
    "rehab": "entzug therapie",
    "elect": "wahl gewählt wähl abstimm",
    "injure": "verletz",
    "crash": "unfall zusammenstoß absturz stürzt",
    "acquire": "übernahm übernomm kauf fusion",
    "dismiss": "entlass rücktritt zurückgetret",
    "appoint": "ernann ernenn",
    "launch": "start eröffn einweih",
    "outage": "ausfall störung",
    "repair": "repar behob wiederhergestell",
}

CALL_FOR = r"\brief(?:en)?\s+zu\b"
CALL_FOR_AS = "forderte"
PHRASES = {r"\bdas\s+feuer\s+eröffnet\w*": "schoss", r"\bin\s+brand\s+gesetzt\b": "brannte"}
ATTRIBUTION = r"\b(?:laut|nach angaben|wie) [^,;.]*(?:berichtete|meldete)?"

OFFICE_WORDS = frozenset("""
präsident präsidentin vize premierminister premierministerin minister ministerin kanzler
kanzlerin bundeskanzler bundeskanzlerin staatssekretär generalsekretär chef chefin führer
könig königin prinz senator gouverneur bürgermeister bürgermeisterin botschafter
botschafterin sprecher sprecherin vorsitzender vorsitzende direktor herr frau dr richter
polizei
""".split())
DEMONYM_END = r"(?:isch|ische|ischen|er)$"
GLOBAL_ADJECTIVES = ("westlich", "östlich", "europäisch", "international", "weltweit")
LOCATIVE = r"in|im|nach|aus|bei|besucht(?:e|en)?"

NUMBER_WORDS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
                "acht": 8, "neun": 9, "zehn": 10}
MULTI_DAY = (r"\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d{1,2})[- ]?tägige[nmrs]?\s+"
             r"(?:\w+\s+){0,2}(?:besuch|reise|gipfel|treffen|konferenz|streik|sitzung|forum|"
             r"festival)\w*")
ENDS = r"\b(?:beend|endete|abgeschlossen|verließ|abreis)"
BEGINS = r"\b(?:begann|begonnen|start|eröffn|eintraf)"
FIGURE = (r"(?:stärke\s+(?P<m1>\d+(?:[.,]\d+)?))|(?:(?P<m2>\d+(?:[.,]\d+)?)\s+auf\s+der\s+"
          r"richterskala)|"
          r"(?:(?P<n>\d[\d.]*(?:,\d+)?)\s*(?P<unit>%|prozent|menschen|personen|tote|toten|"
          r"verletzte|verletzten|opfer|häuser|gebäude|jahre(?= alt)|kilometer|km|millionen|"
          r"milliarden|kinder))")

# Things counted ("26 pirates"): a number and the plural noun after it; two reports that
# count the same thing differently tell of two occasions (see en.py).
COUNTED = r"(?<![\w.,])(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,4})\s+(?:[a-zäöüß]+e[nrs]?\s+)?(?P<noun>[A-ZÄÖÜ][a-zäöüß]{2,})\b"
NOT_COUNTED = frozenset("""tage tagen wochen monate monaten jahre jahren stunden minuten sekunden jahrzehnte jahrhunderte mal punkte dollar euro pfund kilometer meter grad millionen milliarden prozent uhr""".split())

# ---------------------------------------------------------------- clauses and headlines

COORDINATORS = ("und", "aber")
COORD_ADVERBS = ("dann", "danach", "später", "auch", "schließlich")
SUBJECT_PRONOUNS = frozenset("er sie es wir ich ihr man".split())
IRREGULAR_PAST = frozenset("""
war waren wurde wurden hatte hatten kam kamen ging gingen gab gaben nahm nahmen starb
traf trafen sagte sagten hielt hielten fand fanden
""".split())
FINITE_VERBS = frozenset("""
ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können konnte
soll sollen muss will wollte sagte sagten
""".split())
SENTENCE_OPENERS = frozenset("der die das ein eine dieser diese dieses er sie es".split())
RELATIVE_PRONOUNS = ("der", "die", "das", "welcher", "welche", "welches")
NAME_JOINERS = ("von", "und", "der", "des")
COMPLEMENTIZERS = ("dass",)
SUBORDINATORS = frozenset("dass weil wenn als ob der die das welcher welche wo".split())
ANAPHORA_FIRST = frozenset("er sie es dies dieser diese dieses das".split())
ANAPHORA_ANYWHERE = frozenset("diese jene".split())
TITLE_SMALL_WORDS = frozenset("der die das und oder von in im am an zu zum zur mit für auf".split())
DATE_AS_SUBJECT = {"day": "Der Tag", "month": "Der Monat", "year": "Das Jahr",
                   "decade": "Das Jahrzehnt", "century": "Das Jahrhundert"}
DATE_AS_SUBJECT_DEFAULT = "Das Datum"

# ---------------------------------------------------------------- dates in clauses

# "am 3. März", "im Mai", "seit 2010", "bis zum"; a bare accusative also dates ("letzten
# Dienstag"). ("Anfang", "Mitte", "Ende März": the tagger keeps them in the mention.)
TEMPORAL_PREPS = frozenset(
    "am im an in um ab bis seit vor nach während gegen zwischen von vom zum zur bei".split()
) | {"bis zum", "bis zur", "ab dem"}
DEICTIC = (r"^(?:heute|gestern|morgen|vorgestern|übermorgen|derzeit|kürzlich|jetzt|nun|"
           r"diese[nmrs]?|letzte[nmrs]?|vergangene[nmrs]?|nächste[nmrs]?|kommende[nmrs]?|"
           r"vor|am|im)\b|\b(?:später|früher|danach|zuvor)$")
EVENT_DATE_TEXT = None
SINCE = ("seit",)
DETERMINERS = frozenset("sein seine seinen seinem ihr ihre ihren ihrem unser unsere".split())
LEAD_DATE_WORDS = (
    r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}\b|\b(?:januar|jänner|februar|märz|april|mai|"
    r"juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonnabend|sonntag|heute|gestern|vorgestern|vor\s+\w+\s+"
    r"(?:tagen|wochen|monaten|jahren)|(?:diese[nrs]?|letzte[nrs]?|vergangene[nrs]?|"
    r"nächste[nrs]?)\s+(?:woche|monat|jahr|frühling|frühjahr|sommer|herbst|winter))\b")
# The lead rule read from data: a sentence of the lead with a finished action (Perfekt,
# passive or a strong Präteritum) and none of these hedges (nor a word of an earlier
# time) is the publication day's report.
# Participles are written in lower case; German nouns are capitalised.
LEAD_RULE = True
LEAD_PAST = (r"(?-i:\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden)\b[^,;:]*?"
             r"\b(?:ge[a-zäöüß]{2,}(?:t|en)|(?:be|ver|er|ent|zer|emp|über|unter|ab|an|auf|aus|"
             r"ein|fest|fest|vor|zu|zurück)[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert)\b)|"
             r"\b(?:nahm|nahmen|gab|gaben|kam|kamen|starb|starben|traf|trafen|sagte|sagten|"
             r"hielt|hielten|fand|fanden|ging|gingen|schlug|schlugen|verlor|verloren|gewann|"
             r"gewannen|beschloss|beschlossen|entschied|entschieden|meldete|meldeten)\b")
LEAD_HEDGE = (r"\b(?:nicht|nie|niemals|kein|keine|keinen|keiner|keinem|könnte|könnten|kann|"
              r"können|sollte|sollten|müsste|müssten|würde|würden|vielleicht|wahrscheinlich|"
              r"möglicherweise|angeblich|falls|wenn|ob|immer|jeden|jede|jedes|vorigen|voriges|"
              r"vorige|damals|früher)\b|\?")
# Only the English lead rule reads these (timeline/eventwords/en.py): this language's
# lead rule (LEAD_PAST, LEAD_HEDGE) judges the whole sentence.
LATER_CLAUSE_OPENERS = ()
ASIDE_PARTICIPLES = frozenset()
CLAUSE_BREAK = r";\s+|,\s+(?=(?:während|wohingegen|und\s+dann|aber\s+dann|und\s+später)\b)"
DATE_JOINERS = r"und|oder|bis|bis\s+zum|bis\s+zur"
DATE_ADVERBS = ("nur|erst|schon|bereits|etwa|ungefähr|rund|fast|beinahe|genau|mehr als|"
                "weniger als|mindestens|noch|spätestens|frühestens")
DATE_LEFTOVERS = (
    r"\b(?:(?:{preps})\s+)*+(?:zu\s+|am\s+|im\s+)?(?:beginn|anfang|mitte|ende|vorabend)\s+"
    r"(?:des|der|dieses|diesen)?\s*",
)
DATE_OBJECT_PREPS = "für|über"
DATE_LEFTOVER_LAST = frozenset("des der dieses diesen beginn anfang mitte ende für über".split())
NO_COMMA_AFTER = frozenset(
    "der die das den dem des dass und oder aber er sie es hat haben ist sind war wurde wird "
    "auch dann zu ein eine".split())
DANGLING_END = frozenset(
    "an am auf aus bei bis durch für gegen hinter im in mit nach neben ohne seit über um "
    "unter von vom vor während zu zum zur zwischen und oder aber dass der die das den dem "
    "des ein eine einen einem sein seine ihr ihre".split())
REPORTING_VERBS = frozenset("""
sagte sagten erklärte erklärten betonte betonten berichtete berichteten bestätigte
bestätigten teilte teilten kündigte kündigten versicherte versicherten warnte warnten
meinte meldete meldeten räumte gesagt erklärt betont berichtet bestätigt mitgeteilt
angekündigt
""".split())
REPORT_COMPLEMENT = r"dass\b"
COMPLEMENT_VERB_FINAL = True
SUBJECT_STARTS = frozenset("der die das ein eine er sie es wir ich ihr man".split())
WORD = r"[^\W\d_](?:[^\W\d_]|['’-])*[^\W\d_]|[^\W\d_]"
# "wird"/"werden" + infinitive, "soll", plan words.
FUTURE_CUE = (r"\b(?:wird|werden|soll|sollen|will|wollen)\b(?![^,;.]*\b(?:worden|geworden)\b)|"
              r"\b(?:geplant|plant|planen|vorgesehen|voraussichtlich)\b")
LEADING_FILLER = (
    r"^(?:aber|und|doch|jedoch|allerdings|außerdem|zudem|auch|dennoch|trotzdem|inzwischen|"
    r"unterdessen|dann|danach|bereits|schon)\b,?\s*"
    r"|^(?:erstens|zunächst|schließlich|zuletzt)\b,\s*"
    r"|^(?:laut|nach\s+angaben)\s+[^,]{1,80},\s*")
VERB_SECOND = True
# Determiners and pronouns a subject may open with, for VERB_SECOND.
SUBJECT_ARTICLES = frozenset("""
der die das den dem des ein eine einen einem einer eines dieser diese dieses diesen kein
keine sein seine ihr ihre unser unsere er sie es wir ich ihr man
""".split())
# simplemma gives the dictionary form ("reunió" -> "reunir"); SUFFIXES then cut its ending
# ("reun"), as the action classes are written. IRREGULAR overrides a wrong lemma.
LEMMA_LANGUAGE = "de"
# The capital letters a name begins with (a character class's inside): Latin-1 capitals too.
NAME_CAPITALS = "A-ZÀ-ÖØ-Þ"
# Capitalised words that are never names: function and calendar words, titles, openers.
NOT_NAMES = r"^(?:" + "|".join(sorted(FUNCTION_WORDS | DATE_WORDS | SENTENCE_OPENERS | {
    "herr", "frau", "dr", "laut", "danach", "dann", "jetzt", "erst", "zuerst", "heute", "gestern"})) + r")$"
# A coordinator before a date opens a clause of its own ("y el martes viajó").
FRONTED_DATE_COORDINATION = True
