"""Italian word data for the events stage and the event representation. Data only, the same
names as en.py (whose comments say what each table is for); written from Italian grammar."""

# ---------------------------------------------------------------- representation (dedup)

FUNCTION_WORDS = frozenset("""
a ad agli ai al alla alle allo anche ancora avere aveva avevano c che chi ci come con contro
cui da dagli dai dal dalla dalle dallo degli dei del della delle dello di dopo dove dunque e
è ed era erano essere essi fa fra gli ha hanno ho i il in io l la le lei lo loro lui ma mai
me mentre mi molto ne negli nei nel nella nelle nello noi non nostra nostro o ogni per perché
però più poi qua quale quali quando quanto quella quelle quelli quello questa queste questi
questo qui se sé sei senza si sia siamo sono sotto stata stati stato su sua sue sugli sui sul
sulla sulle suo suoi tra tu tutta tutte tutti tutto un una uno voi
due tre quattro cinque sei sette otto nove dieci venti cento mille
""".split())

DATE_WORDS = frozenset("""
gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre
dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica oggi ieri domani
stamattina stasera stanotte settimana settimane mese mesi anno anni giorno giorni fa dopo
prima mattina sera notte pomeriggio mezzogiorno trimestre semestre
""".split())

IRREGULAR = {
    "disse": "dire", "dissero": "dire", "detto": "dire", "dice": "dire", "dicono": "dire",
    "fece": "fare", "fatto": "fare", "morì": "morire", "morto": "morire", "morti": "morire",
    "prese": "prendere", "preso": "prendere", "mise": "mettere", "messo": "mettere",
    "venne": "venire", "venuto": "venire", "vide": "vedere", "visto": "vedere",
    "aperto": "aprire", "scritto": "scrivere", "stato": "essere", "stata": "essere",
}
SUFFIXES = (("azioni", "", 3), ("azione", "", 3), ("arono", "", 3), ("irono", "", 3),
            ("ando", "", 3), ("endo", "", 3), ("ati", "", 3), ("ate", "", 3), ("ato", "", 3),
            ("ata", "", 3), ("iti", "", 3), ("ito", "", 3), ("ita", "", 3), ("ò", "", 3),
            ("ì", "", 3), ("are", "", 3), ("ere", "", 3), ("ire", "", 3), ("i", "", 4),
            ("e", "", 4), ("a", "", 4), ("o", "", 4))
SILENT_E_MIN = 99

ACTION_CLASSES = {
    "visit": "visit viagg tour arriv atterr soggiorn",
    "meet": "incontr riunion vertice summit negozi colloqui",
    "call": "telefon chiamata videoconferenza",
    "say": "dire dichiar afferm discorso intervista comunicato",
    "publish": "pubblic articolo editoriale scriv",
    "attack": "attacc bombard missil drone offensiva invasion invas",
    "agree": "accord firm trattato patto intesa",
    "announce": "annunci present svel",
    "request": "invit chied richiest esig",
    "die": "morire mort decedut decesso",
    "kill": "uccis uccid assassin omicidio",
    "shoot": "spar sparatoria",
    "fire": "incendi fuoco fiamm rogo",
    "destroy": "distrutt distrugg devast",
    "quake": "terremoto sisma scossa magnitudo",
    "arrest": "arrest ferm catturat",
    "charge": "accus indagat imputat",
    "convict": "condann colpevole verdetto giuria",
    "sentence": "pena carcere prigione",
    "rehab": "riabilitazione trattamento",
    "elect": "elezion elett vot scrutinio",
    "injure": "ferit",
    "crash": "scontr incidente collision schiant",
    "acquire": "acquis acquist fusion",
    "dismiss": "licenzi dimess dimission",
    "appoint": "nomin",
    "launch": "lanc inaugur",
    "outage": "blackout interruzion guasto",
    "repair": "ripar ripristin",
}

CALL_FOR = r"\bchies(?:e|ero)\s+di\b"
CALL_FOR_AS = "chiese"
PHRASES = {r"\baperto\s+il\s+fuoco\b": "sparato", r"\bdato\s+fuoco\b": "incendiato"}
ATTRIBUTION = r"\bsecondo [^,;.]*|\bcome riferisce [^,;.]*"

OFFICE_WORDS = frozenset("""
presidente vice primo ministro ministra segretario segretaria generale capo leader re
regina principe senatore senatrice governatore sindaco sindaca ambasciatore ambasciatrice
portavoce cancelliere direttore direttrice signor signora dott giudice polizia premier
""".split())
DEMONYM_END = r"(?:ano|ana|ani|ane|ese|esi|ino|ina)$"
GLOBAL_ADJECTIVES = ("occidentale", "orientale", "europeo", "europea", "internazionale",
                     "mondiale")
LOCATIVE = r"a|in|da|verso|visit(?:ato|ata|a|erà)"

NUMBER_WORDS = {"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
                "otto": 8, "nove": 9, "dieci": 10}
MULTI_DAY = (r"\b(?:visita|viaggio|tour|vertice|riunione|conferenza|sciopero|sessione|forum|"
             r"festival)\s+(?:\w+\s+){0,2}di\s+(due|tre|quattro|cinque|sei|sette|otto|nove|"
             r"dieci|\d{1,2})\s+giorni\b")
ENDS = r"\b(?:conclu|termin|finit|chius|lasciat)"
BEGINS = r"\b(?:cominci|iniziat|inizi|apert|arrivat)"
FIGURE = (r"(?:magnitudo\s+(?P<m1>\d+(?:[.,]\d+)?))|(?:(?P<m2>\d+(?:[.,]\d+)?)\s+gradi)|"
          r"(?:(?P<n>\d[\d.]*(?:,\d+)?)\s*(?P<unit>%|per\s+cento|persone|morti|feriti|"
          r"vittime|case|edifici|anni(?= di età)|chilometri|km|milioni|miliardi|bambini))")

# Things counted ("26 pirates"): a number and the plural noun after it; two reports that
# count the same thing differently tell of two occasions (see en.py).
COUNTED = r"(?<![\w.,])(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,4})\s+(?P<noun>[a-zàèéìòù]{3,}[ie])\b"
NOT_COUNTED = frozenset("""giorni settimane mesi anni ore minuti secondi decenni secoli volte punti dollari sterline chilometri metri gradi milioni miliardi""".split())

# ---------------------------------------------------------------- clauses and headlines

COORDINATORS = ("e", "ma", "ed")
COORD_ADVERBS = ("poi", "quindi", "anche", "più tardi", "infine")
SUBJECT_PRONOUNS = frozenset("lui lei loro io noi voi egli ella esso essa".split())
IRREGULAR_PAST = frozenset("fu furono disse dissero fece fecero ebbe ebbero venne vennero morì".split())
FINITE_VERBS = frozenset("""
è sono era erano fu furono sarà saranno ha hanno aveva avevano avrà dice dicono disse può
possono potrebbe va vanno
""".split())
SENTENCE_OPENERS = frozenset("il lo la i gli le un una uno questo questa questi queste".split())
RELATIVE_PRONOUNS = ("che", "cui", "quale", "quali")
NAME_JOINERS = ("di", "del", "della", "e")
COMPLEMENTIZERS = ("che",)
SUBORDINATORS = frozenset("che cui quale quali dove quando".split())
ANAPHORA_FIRST = frozenset("lui lei loro questo questa questi queste quello quella".split())
ANAPHORA_ANYWHERE = frozenset("questi queste quelli quelle".split())
TITLE_SMALL_WORDS = frozenset("il lo la i gli le un una e o di del della a al in nel con per da".split())
DATE_AS_SUBJECT = {"day": "Il giorno", "month": "Il mese", "year": "L'anno",
                   "decade": "Il decennio", "century": "Il secolo"}
DATE_AS_SUBJECT_DEFAULT = "La data"

# ---------------------------------------------------------------- dates in clauses

# "il 3 marzo" (the article alone is the adverbial, kept inside the mention), "nel 2020",
# "a marzo", "dal 1990", "fino al", "entro il".
TEMPORAL_PREPS = frozenset(
    "a ad al alla in nel nella nei nelle da dal dalla dai dalle fino entro durante prima dopo "
    "tra fra verso per su sul sulla di del della".split()
) | {"fino a", "fino al", "fino alla", "prima di", "prima del", "prima della", "dopo il",
     "a partire da", "a partire dal", "nel corso di", "nel corso del", "alla fine di",
     "alla fine del", "all'inizio di", "all’inizio di", "all'inizio del", "all’inizio del",
     "a metà", "entro il", "entro la"}
DEICTIC = (r"^(?:oggi|ieri|domani|stamattina|stasera|stanotte|attualmente|recentemente|ora|"
           r"adesso|questo|questa|quest['’]|il|lo|la|l['’]|i|gli|le|lunedì|martedì|mercoledì|"
           r"giovedì|venerdì|sabato|domenica)\b|\b(?:fa|dopo|prima|più\s+tardi)$")
EVENT_DATE_TEXT = None
SINCE = ("da", "dal", "dalla", "dai", "dalle")
DETERMINERS = frozenset("suo sua suoi sue loro nostro nostra".split())
LEAD_DATE_WORDS = (
    r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}\b|\b(?:gennaio|febbraio|marzo|aprile|maggio|"
    r"giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|lunedì|martedì|mercoledì|"
    r"giovedì|venerdì|sabato|domenica|oggi|ieri|domani|stamattina|stasera|\w+\s+(?:giorni|"
    r"settimane|mesi|anni)\s+fa|(?:questa|questo|quest['’]|la\s+prossima|il\s+prossimo|la\s+"
    r"scorsa|lo\s+scorso)\s*(?:settimana|mese|anno|primavera|estate|autunno|inverno))\b")
# The lead rule read from data: a sentence of the lead with a finished action (passato
# prossimo, passive, passato remoto) and none of these hedges (nor a word of an earlier
# time) is the publication day's report.
LEAD_RULE = True
LEAD_PAST = (r"\b(?:ha|hanno|aveva|avevano)\s+(?:(?:già|anche|finalmente)\s+)?\w+(?:ato|ata|"
             r"ati|ate|ito|ita|iti|ite|uto|uta|uti|ute|so|sa|si|se|tto|tta|tti|tte)\b|"
             r"\b(?:è|sono|era|erano)\s+(?:(?:stato|stata|stati|state|già|anche)\s+)?\w+(?:ato|"
             r"ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute|to|ta|ti|te)\b|"
             r"\b(?!(?:però|ciò|perciò|può|però|sarò|farò|andrò)\b)\w{3,}(?:ò|arono|irono|"
             r"erono)\b|\b(?:disse|dissero|fece|fecero|ebbe|ebbero|venne|vennero|morì|fu|"
             r"furono|diede|diedero|prese|presero)\b")
LEAD_HEDGE = (r"\b(?:non|mai|né|potrebbe|potrebbero|può|possono|dovrebbe|dovrebbero|forse|se|"
              r"probabilmente|presumibilmente|sarebbe|sarebbero|avrebbe|avrebbero|sempre|ogni|scorso|scorsa|scorsi|scorse|precedente|allora)\b|"
              r"\?")
# Only the English lead rule reads these (timeline/eventwords/en.py): this language's
# lead rule (LEAD_PAST, LEAD_HEDGE) judges the whole sentence.
LATER_CLAUSE_OPENERS = ()
ASIDE_PARTICIPLES = frozenset()
CLAUSE_BREAK = r";\s+|,\s+(?=(?:mentre|e\s+poi|ma\s+poi|e\s+quindi|e\s+più\s+tardi)\b)"
DATE_JOINERS = r"(?:e|ed|o|a|fino\s+a)(?:\s+(?:il|lo|la|i|gli|le|l['’]))?|al|fino\s+al"
DATE_ADVERBS = ("solo|soltanto|appena|circa|quasi|esattamente|più di|meno di|almeno|già|"
                "persino|proprio")
DATE_LEFTOVERS = (
    # a preposition and the article of the date after it ("entre el", "tra il")
    r"\b(?:(?:{preps})\s+)++(?:il|lo|la|i|gli|le)\s+|\b(?:(?:{preps})\s+)++l['’]",
    r"\b(?:(?:{preps})\s+)*+(?:la\s+|il\s+)?(?:fine|inizio|metà|vigilia)\s+(?:di|del|della|"
    r"dello|dei|degli|delle)\s+",
)
DATE_OBJECT_PREPS = "per|su|sul"
DATE_LEFTOVER_LAST = frozenset("il lo la i gli le l di del della dello dei degli delle per su sul".split())
NO_COMMA_AFTER = frozenset(
    "che cui chi e ed o ma né lui lei loro ha hanno aveva è sono era fu sarà anche poi a di "
    "il lo la i gli le un una".split())
DANGLING_END = frozenset(
    "a ad al alla allo ai agli alle con contro da dal dalla dai di del della dello dei degli "
    "delle in nel nella nei nelle per su sul sulla tra fra verso senza e ed o né ma che il lo "
    "la i gli le un una uno suo sua suoi sue questo questa".split())
REPORTING_VERBS = frozenset("""
detto dichiarato affermato annunciato spiegato precisato confermato assicurato aggiunto
sottolineato rivelato riconosciuto ammesso ricordato avvertito denunciato riferito
disse dichiarò affermò annunciò spiegò precisò confermò assicurò aggiunse sottolineò
""".split()) | {"ha detto", "hanno detto", "dice", "dicono", "afferma", "dichiara", "annuncia"}
REPORT_COMPLEMENT = r"che\b"
COMPLEMENT_VERB_FINAL = False
SUBJECT_STARTS = frozenset(
    "il lo la l i gli le un una uno questo questa questi queste suo sua lui lei loro io noi "
    "voi".split())
WORD = r"[^\W\d_](?:[^\W\d_]|['’-])*[^\W\d_]|[^\W\d_]"
# The future tense (-rà, -ranno, -rò), plan words.
FUTURE_CUE = (r"\b\w+(?:rà|ranno|remo)\b|\b(?:previsto|prevista|prevede|prevedono|"
              r"intende|intendono|dovrà|dovranno)\b")
LEADING_FILLER = (
    r"^(?:ma|e|intanto|tuttavia|però|inoltre|anche|così|poi|quindi|d['’]altra\s+parte|già|"
    r"perfino|comunque)\b,?\s*"
    r"|^(?:prima|innanzitutto|infine|finalmente)\b,\s*"
    r"|^(?:secondo|stando\s+a)\s+[^,]{1,80},\s*")
VERB_SECOND = False
SUBJECT_ARTICLES = frozenset()
# simplemma gives the dictionary form ("reunió" -> "reunir"); SUFFIXES then cut its ending
# ("reun"), as the action classes are written. IRREGULAR overrides a wrong lemma.
LEMMA_LANGUAGE = "it"
# The capital letters a name begins with (a character class's inside): Latin-1 capitals too.
NAME_CAPITALS = "A-ZÀ-ÖØ-Þ"
# Capitalised words that are never names: function and calendar words, titles, openers.
NOT_NAMES = r"^(?:" + "|".join(sorted(FUNCTION_WORDS | DATE_WORDS | SENTENCE_OPENERS | {
    "sig", "dott", "secondo", "dopo", "allora", "poi", "ora", "primo", "ultimo"})) + r")$"
# A coordinator before a date opens a clause of its own ("y el martes viajó").
FRONTED_DATE_COORDINATION = True
