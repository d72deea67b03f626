"""French word data for the events stage and the event representation. Data only, the same
names as en.py (whose comments say what each table is for); written from French grammar."""

# ---------------------------------------------------------------- representation (dedup)

FUNCTION_WORDS = frozenset("""
à afin ai aie ainsi alors après au aucun aucune aujourd auprès aussi autre autres aux avait
avaient avant avec avoir ayant c ça car ce ceci cela celle celles celui cependant certains
ces cet cette ceux chaque chez comme comment d dans de depuis des dès donc dont du elle elles
en encore entre est et été était étaient être eu eux fait fut ici il ils j je jusqu jusque l
la laquelle le lequel les leur leurs lors lorsque lui m ma mais malgré me même mes moi
moins mon n ne ni nos notre nous on ont or ou où par parce pas pendant peu peut plus plusieurs
pour pourquoi qu quand que quel quelle quelles quels qui s sa sans se selon ses si son sont
sous sur t ta te tes toi ton tous tout toute toutes très tu un une vers vos votre vous y
deux trois quatre cinq six sept huit neuf dix vingt cent mille
""".split())

DATE_WORDS = frozenset("""
janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi
mardi mercredi jeudi vendredi samedi dimanche aujourd hui hier demain veille lendemain
semaine semaines mois an ans année années jour jours matin soir nuit après-midi midi
trimestre semestre
""".split())

IRREGULAR = {
    "dit": "dire", "disent": "dire", "fait": "faire", "font": "faire", "mort": "mourir",
    "morte": "mourir", "morts": "mourir", "meurt": "mourir", "pris": "prendre",
    "prise": "prendre", "mis": "mettre", "venu": "venir", "venue": "venir", "vu": "voir",
    "été": "être", "eu": "avoir", "ouvert": "ouvrir", "ouverte": "ouvrir", "écrit": "écrire",
    "tenu": "tenir", "tenue": "tenir",
}
SUFFIXES = (("ations", "", 3), ("ation", "", 3), ("èrent", "", 3), ("aient", "", 3),
            ("ant", "", 3), ("ées", "", 3), ("és", "", 3), ("ée", "", 3), ("é", "", 3),
            ("ait", "", 3), ("a", "", 4), ("er", "", 3), ("ir", "", 3), ("es", "", 4),
            ("s", "", 3), ("e", "", 4))
SILENT_E_MIN = 99

ACTION_CLASSES = {
    "visit": "visit voyag tourné arriv atterr séjour",
    "meet": "rencontr réunion réun sommet négoci entretien discussion",
    "call": "appel téléphon visioconférence",
    "say": "dire déclar affirm assur discours interview communiqué",
    "publish": "publi article tribune écri",
    "attack": "attaqu frapp bombard missile drone offensive invasion envah",
    "agree": "accord sign traité pacte",
    "announce": "annonc présent dévoil",
    "request": "invit demand sollicit exig",
    "die": "mourir mort décéd décès",
    "kill": "tu assassin meurtre homicide",
    "shoot": "tir fusillade tireur",
    "fire": "incendi feu flamme",
    "destroy": "détrui ravag démol",
    "quake": "séisme tremblement secousse réplique magnitude",
    "arrest": "arrêt interpell détenu",
    "charge": "inculp accus mis en examen",
    "convict": "condamn coupable verdict jury",
    "sentence": "peine prison",
    "rehab": "désintoxication traitement",
    "elect": "élect élu vot scrutin",
    "injure": "bless",
    "crash": "collision accident écras",
    "acquire": "acqui rachet rachat fusion",
    "dismiss": "limog démission renvoy",
    "appoint": "nomm nomination désign",
    "launch": "lanc inaugur",
    "outage": "panne coupure",
    "repair": "répar rétabl",
}

CALL_FOR = r"\bappel(?:é|ait|le|lent)\s+à\b"
CALL_FOR_AS = "exigé"
PHRASES = {r"\bouvert\s+le\s+feu\b": "tiré", r"\bmis\s+le\s+feu\b": "incendié"}
ATTRIBUTION = r"\bselon [^,;.]*|\bd['’]après [^,;.]*"

OFFICE_WORDS = frozenset("""
président présidente vice premier première ministre secrétaire général générale chef
dirigeant dirigeante roi reine prince sénateur sénatrice gouverneur maire ambassadeur
ambassadrice porte-parole chancelier chancelière directeur directrice monsieur madame m
mme juge police
""".split())
DEMONYM_END = r"(?:ain|aine|ais|aise|ois|oise|ien|ienne|en|enne)$"
GLOBAL_ADJECTIVES = ("occidental", "oriental", "européen", "européenne", "international",
                     "mondial")
LOCATIVE = r"à|au|aux|en|vers|depuis|visit(?:é|e|era)"

NUMBER_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
                "huit": 8, "neuf": 9, "dix": 10}
MULTI_DAY = (r"\b(?:visite|voyage|tournée|sommet|réunion|conférence|grève|session|forum|"
             r"festival)\s+(?:\w+\s+){0,2}de\s+(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
             r"\d{1,2})\s+jours\b")
ENDS = r"\b(?:conclu|termin|achev|clôtur|quitt)"
BEGINS = r"\b(?:commenc|début|ouvr|arriv)"
FIGURE = (r"(?:magnitude\s+(?P<m1>\d+(?:[.,]\d+)?))|(?:(?P<m2>\d+(?:[.,]\d+)?)\s+sur\s+"
          r"l['’]échelle)|"
          r"(?:(?P<n>\d[\d\s.]*(?:,\d+)?)\s*(?P<unit>%|pour\s+cent|personnes|morts|blessés|"
          r"victimes|maisons|bâtiments|ans(?= d)|kilomètres|km|millions|milliards|enfants))")

# Things counted ("26 pirates"): a number and the plural noun after it; two reports that
# count the same thing differently tell of two occasions (see en.py).
COUNTED = r"(?<![\w.,])(?P<n>\d{1,4})\s+(?P<noun>[a-zéèêàâîïôûç]{3,}[sx])\b"
NOT_COUNTED = frozenset("""jours semaines mois ans années heures minutes secondes décennies siècles fois points dollars euros livres kilomètres mètres degrés millions milliards""".split())

# ---------------------------------------------------------------- clauses and headlines

COORDINATORS = ("et", "mais")
COORD_ADVERBS = ("puis", "ensuite", "aussi", "plus tard", "finalement", "enfin")
SUBJECT_PRONOUNS = frozenset("il elle ils elles on je nous vous".split())
IRREGULAR_PAST = frozenset("fut furent fit firent eut eurent vint vinrent mourut dit dirent".split())
FINITE_VERBS = frozenset("""
est sont était étaient sera seront a ont avait avaient aura fut furent dit disent peut
peuvent pourrait va vont fait font
""".split())
SENTENCE_OPENERS = frozenset("le la les un une ce cette ces son sa ses il elle ils elles".split())
RELATIVE_PRONOUNS = ("qui", "lequel", "laquelle", "lesquels", "lesquelles", "dont")
NAME_JOINERS = ("de", "du", "des", "et")
COMPLEMENTIZERS = ("que", "qu")
SUBORDINATORS = frozenset("que qu qui dont où quand lorsque lequel laquelle".split())
ANAPHORA_FIRST = frozenset("il elle ils elles ce cela ceci cette ces celui celle".split())
ANAPHORA_ANYWHERE = frozenset("ces ceux celles".split())
TITLE_SMALL_WORDS = frozenset("le la les un une et ou de du des à au aux en dans sur par pour avec".split())
DATE_AS_SUBJECT = {"day": "Le jour", "month": "Le mois", "year": "L'année",
                   "decade": "La décennie", "century": "Le siècle"}
DATE_AS_SUBJECT_DEFAULT = "La date"

# ---------------------------------------------------------------- dates in clauses

# A bare article or none makes a date adverbial ("le 3 mars", "mardi"); the tagger keeps
# the article inside the mention.
TEMPORAL_PREPS = frozenset(
    "en à au aux dans depuis dès jusqu pendant durant avant après entre vers pour par sur "
    "de du des lors".split()
) | {"jusqu'au", "jusqu’au", "jusqu'à", "jusqu’à", "à partir de", "à partir du",
     "au cours de", "au cours du", "au début de", "au début du", "à la fin de", "à la fin du"}
# ("fin mars", "début 2024": the tagger keeps "fin" and "début" in the mention; as words
# before a date they are nouns: "la grève a pris fin dimanche".)
DEICTIC = (r"^(?:aujourd['’]hui|hier|demain|avant-hier|actuellement|récemment|maintenant|ce|"
           r"cette|ces|le|la|les|l['’]|il\s+y\s+a|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
           r"dimanche)\b|\b(?:plus\s+tard|plus\s+tôt|après|avant|auparavant)$")
EVENT_DATE_TEXT = None
SINCE = ("depuis",)
DETERMINERS = frozenset("son sa ses leur leurs notre nos votre vos".split())
LEAD_DATE_WORDS = (
    r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}\b|\b(?:janvier|février|mars|avril|mai|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|aujourd['’]hui|hier|demain|il\s+y\s+a\s+\w+\s+(?:jours|semaines|mois|"
    r"ans)|(?:cette|ce|la|le)\s+(?:semaine|mois|année|printemps|été|automne|hiver)"
    r"(?:\s+(?:dernier|dernière|prochain|prochaine))?)\b")
# The lead rule read from data: a sentence of the lead with a finished action (passé
# composé, passive, passé simple) and none of these hedges (nor a word of an earlier
# time) is the publication day's report.
LEAD_RULE = True
LEAD_PAST = (r"\b(?:a|ont|avait|avaient)\s+(?:(?:déjà|aussi|également|finalement|été)\s+)?"
             r"\w+(?:é|ée|és|ées|i|is|it|ite|u|ue|us|ert|erte|ort|orte|int|inte)\b|"
             r"\b(?:est|sont|était|étaient)\s+(?:(?:déjà|aussi|également)\s+)?\w+(?:é|ée|és|"
             r"ées|u|ue|us|i|ie|is|ort|orte|enu|enue)\b|\b\w{3,}(?:èrent|irent)\b|"
             r"\b(?:fut|furent|fit|firent|eut|eurent|vint|vinrent|mourut|dit|dirent)\b")
LEAD_HEDGE = (r"\b(?:ne|pas|jamais|aucun|aucune|pourrait|pourraient|peut|peuvent|devrait|"
              r"devraient|aurait|auraient|serait|seraient|si|probablement|sans\s+doute|"
              r"peut-être|toujours|chaque|précédent|précédente|alors|autrefois)\b|\bn['’]|\?")
# Only the English lead rule reads these (timeline/eventwords/en.py): this language's
# lead rule (LEAD_PAST, LEAD_HEDGE) judges the whole sentence.
LATER_CLAUSE_OPENERS = ()
ASIDE_PARTICIPLES = frozenset()
CLAUSE_BREAK = (r";\s+|,\s+(?=(?:tandis\s+qu|alors\s+qu|et\s+puis|puis|mais\s+ensuite|"
                r"et\s+ensuite)\b)")
DATE_JOINERS = r"(?:et|ou)(?:\s+(?:le|la|les|l['’]))?|à|au|jusqu['’]au|jusqu['’]à"
DATE_ADVERBS = ("seulement|juste|environ|près de|presque|exactement|plus de|moins de|"
                "au moins|déjà|même|dès")
DATE_LEFTOVERS = (
    # a preposition and the article of the date after it ("entre el", "tra il")
    r"\b(?:(?:{preps})\s+)++(?:le|la|les)\s+|\b(?:(?:{preps})\s+)++l['’]",
    r"\b(?:(?:{preps})\s+)*+(?:la\s+|le\s+)?(?:fin|début|milieu|veille|lendemain)\s+"
    r"(?:de|du|des|d['’])\s*",
    r"\bjusqu['’]\s*",
)
DATE_OBJECT_PREPS = "pour|par|sur"
DATE_LEFTOVER_LAST = frozenset("le la les l de du des d pour par sur jusqu".split())
NO_COMMA_AFTER = frozenset(
    "qui que qu dont et ou mais ni il elle ils elles on a ont avait est sont était fut sera "
    "aussi puis à de le la les un une".split())
DANGLING_END = frozenset(
    "à au aux avec chez contre dans de du des depuis dès durant en entre envers jusqu malgré "
    "par parmi pendant pour sans selon sous sur vers et ou ni mais que qu le la les l un une "
    "son sa ses ce cette ces".split())
REPORTING_VERBS = frozenset("""
dit déclaré affirmé annoncé indiqué expliqué précisé confirmé assuré ajouté estimé souligné
révélé reconnu admis rappelé averti dénoncé
""".split()) | {"a dit", "ont dit", "déclare", "affirme", "annonce", "indique", "explique",
                "précise", "confirme", "assure", "ajoute", "estime", "souligne"}
REPORT_COMPLEMENT = r"que\b|qu['’]"
COMPLEMENT_VERB_FINAL = False
SUBJECT_STARTS = frozenset(
    "le la les l un une des ce cette ces son sa ses leur leurs il elle ils elles on je nous "
    "vous".split())
WORD = r"[^\W\d_](?:[^\W\d_]|['’-])*[^\W\d_]|[^\W\d_]"
# The future tense (-era, -ira, -ront), "va" + infinitive, plan words.
FUTURE_CUE = (r"\b(?:sera|seront|aura|auront|\w{2,}(?:era|ira|eront|iront)|\w*(?:iendra|endra|ondra)(?:nt)?)\b|"
              r"\b(?:va|vont|allait|allaient)\s+\w+(?:er|ir|re)\b|\b(?:prévu|prévue|prévoit|"
              r"compte|envisage|doit|doivent)\b")
LEADING_FILLER = (
    r"^(?:mais|et|entre-temps|cependant|pourtant|toutefois|néanmoins|en\s+outre|de\s+plus|"
    r"aussi|ainsi|puis|ensuite|par\s+ailleurs|d['’]autre\s+part|déjà|même)\b,?\s*"
    r"|^(?:d['’]abord|premièrement|enfin|finalement)\b,\s*"
    r"|^(?:selon|d['’]après)\s+[^,]{1,80},\s*")
VERB_SECOND = False
SUBJECT_ARTICLES = frozenset()
# simplemma gives the dictionary form ("reunió" -> "reunir"); SUFFIXES then cut its ending
# ("reun"), as the action classes are written. IRREGULAR overrides a wrong lemma.
LEMMA_LANGUAGE = "fr"
# The capital letters a name begins with (a character class's inside): Latin-1 capitals too.
NAME_CAPITALS = "A-ZÀ-ÖØ-Þ"
# Capitalised words that are never names: function and calendar words, titles, openers.
NOT_NAMES = r"^(?:" + "|".join(sorted(FUNCTION_WORDS | DATE_WORDS | SENTENCE_OPENERS | {
    "m", "mme", "dr", "selon", "après", "alors", "ensuite", "maintenant", "premier", "dernier", "cependant"})) + r")$"
# A coordinator before a date opens a clause of its own ("y el martes viajó").
FRONTED_DATE_COORDINATION = True
