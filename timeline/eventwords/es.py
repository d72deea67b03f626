"""Spanish word data for the events stage and the event representation. Data only, the same
names as en.py (whose comments say what each table is for); written from Spanish grammar."""

# ---------------------------------------------------------------- representation (dedup)

FUNCTION_WORDS = frozenset("""
a al algo alguien algún alguna algunas alguno algunos allí ante antes aquel aquella aquellas
aquellos aquí así aun aún bajo bien cada casi como cómo con contra cual cuál cuales cuando
cuándo cuanto cuanta cuantas cuantos de del desde donde dónde dos durante e el él ella ellas
ello ellos en entre era eran es esa esas ese eso esos esta está están estaba estaban estar
estas este esto estos fue fueron ha haber había habían han has hasta hay he hemos la las le
les lo los más me mi mis mismo misma mismos mismas mucho muchos muy nada ni ningún ninguna
ninguno no nos nosotros nuestra nuestras nuestro nuestros o otra otras otro otros para pero
poco por porque que qué quien quién quienes se sea ser será serán si sí sido siempre sin
sino sobre son su sus también tan tanto te tiene tienen todo toda todas todos tras tu tus u
un una unas uno unos usted ustedes y ya yo
tres cuatro cinco seis siete ocho nueve diez veinte cien mil
""".split())

DATE_WORDS = frozenset("""
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
diciembre lunes martes miércoles jueves viernes sábado domingo hoy ayer mañana anoche
anteayer semana semanas mes meses año años día días hace después antes tarde noche
madrugada mediodía trimestre semestre
""".split())

IRREGULAR = {
    "dijo": "decir", "dijeron": "decir", "dicho": "decir", "dice": "decir", "dicen": "decir",
    "hizo": "hacer", "hicieron": "hacer", "hecho": "hacer", "fue": "ir", "fueron": "ir",
    "murió": "morir", "murieron": "morir", "muerto": "morir", "muertos": "morir",
    "puso": "poner", "puesto": "poner", "vino": "venir", "vinieron": "venir",
    "tuvo": "tener", "tuvieron": "tener", "dio": "dar", "dieron": "dar", "vio": "ver",
    "visto": "ver", "abierto": "abrir", "escrito": "escribir", "roto": "romper",
}
# Light suffix stemming (verb endings and plurals), then no silent letter to drop.
SUFFIXES = (("aciones", "", 3), ("ación", "", 3), ("ieron", "", 3), ("aron", "", 3),
            ("ando", "", 3), ("iendo", "", 3), ("ados", "", 3), ("adas", "", 3),
            ("idos", "", 3), ("idas", "", 3), ("ado", "", 3), ("ada", "", 3), ("ido", "", 3),
            ("ida", "", 3), ("ó", "", 3), ("es", "", 4), ("s", "", 3), ("ar", "", 3),
            ("er", "", 3), ("ir", "", 3), ("a", "", 4), ("o", "", 4), ("e", "", 4))
SILENT_E_MIN = 99

ACTION_CLASSES = {
    "visit": "visit viaj gira llega lleg aterriz",
    "meet": "reun reunión encuentr cumbre negoci convers dialog",
    "call": "llamada telefon videoconferencia",
    "say": "decir declar afirm asegur manifest discurso entrevista comunicado",
    "publish": "public artículo columna escrib",
    "attack": "ataqu atac bombarde misil dron ofensiva invasión invad",
    "agree": "acuerd firm tratado pacto convenio",
    "announce": "anunci present revel",
    "request": "invit ped solicit exig",
    "die": "morir muert fallec defunción",
    "kill": "asesin mat homicidio",
    "shoot": "dispar tiroteo pistoler",
    "fire": "incendi fuego llama",
    "destroy": "destru derrib arras",
    "quake": "terremoto sismo seísmo temblor réplica magnitud",
    "arrest": "deten arrest captur",
    "charge": "acus imput",
    "convict": "conden culpable veredicto jurado",
    "sentence": "pena prisión cárcel",
    "rehab": "rehabilitación tratamiento",
    "elect": "elecci elegi vot sufragio comicio",
    "injure": "herid lesion",
    "crash": "choqu choc colisión accidente",
    "acquire": "adquir compr fusión",
    "dismiss": "destitu dimit cese",
    "appoint": "nombr design",
    "launch": "lanz estren inaugur",
    "outage": "apagón interrupción caída",
    "repair": "repar restablec",
}

CALL_FOR = r"\bllam(?:ó|aron|a|an)\s+a\b"
CALL_FOR_AS = "exigió"
PHRASES = {r"\babri(?:ó|eron)\s+fuego\b": "disparó", r"\bprendi(?:ó|eron)\s+fuego\b": "incendió"}
ATTRIBUTION = r"\bsegún [^,;.]*|\b(?:informó|informaron|informa) [\w ]{0,30}"

OFFICE_WORDS = frozenset("""
presidente presidenta vicepresidente primer primera ministro ministra secretario secretaria
general jefe jefa líder rey reina príncipe senador senadora gobernador gobernadora alcalde
alcaldesa embajador embajadora portavoz canciller consejero consejera director directora
señor señora don doña juez jueza policía
""".split())
DEMONYM_END = r"(?:ano|ana|ense|és|esa|ino|ina|í)$"
GLOBAL_ADJECTIVES = ("occidental", "oriental", "europeo", "europea", "internacional", "mundial")
LOCATIVE = r"en|a|hacia|desde|visit(?:ó|aron|a|ará)"

NUMBER_WORDS = {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
                "ocho": 8, "nueve": 9, "diez": 10}
MULTI_DAY = (r"\b(?:visita|viaje|gira|cumbre|reunión|conferencia|huelga|sesión|foro|festival)"
             r"\s+(?:\w+\s+){0,2}de\s+(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d{1,2})"
             r"\s+días\b")
ENDS = r"\b(?:conclu|termin|finaliz|clausur)"
BEGINS = r"\b(?:comenz|empez|inici|abri|arranc)"
FIGURE = (r"(?:magnitud\s+(?P<m1>\d+(?:[.,]\d+)?))|(?:(?P<m2>\d+(?:[.,]\d+)?)\s+grados)|"
          r"(?:(?P<n>\d[\d.]*(?:,\d+)?)\s*(?P<unit>%|por\s+ciento|personas|muertos|heridos|"
          r"víctimas|viviendas|casas|edificios|años(?= de edad)|kilómetros|km|millones|niños))")

# Things counted ("26 pirates"): a number and the plural noun after it; two reports that
# count the same thing differently tell of two occasions (see en.py).
COUNTED = r"(?<![\w.,])(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,4})\s+(?P<noun>[a-záéíóúñ]{3,}s)\b"
NOT_COUNTED = frozenset("""días semanas meses años horas minutos segundos décadas siglos veces puntos dólares euros libras kilómetros metros grados millones""".split())

# ---------------------------------------------------------------- clauses and headlines

COORDINATORS = ("y", "pero", "e")
COORD_ADVERBS = ("luego", "después", "también", "más tarde", "finalmente")
SUBJECT_PRONOUNS = frozenset("él ella ellos ellas yo nosotros usted ustedes".split())
IRREGULAR_PAST = frozenset("""
fue fueron dijo dijeron hizo hicieron tuvo tuvieron puso pusieron vino vinieron dio dieron
vio vieron supo quiso pudo estuvo estuvieron hubo murió murieron
""".split())
FINITE_VERBS = frozenset("""
es son era eran fue fueron será serán ha han había habían habrá está están estaba estaban
estuvo hay hubo dijo dijeron dice dicen tiene tienen tuvo puede pueden podría va van
""".split())
SENTENCE_OPENERS = frozenset("el la los las un una este esta estos estas su sus".split())
RELATIVE_PRONOUNS = ("que", "quien", "quienes", "cual", "cuales")
NAME_JOINERS = ("de", "del", "y")
COMPLEMENTIZERS = ("que",)
SUBORDINATORS = frozenset("que quien quienes cual cuales donde cuando cuyo cuya".split())
ANAPHORA_FIRST = frozenset("él ella ellos ellas esto eso este esta estos estas ese esa".split())
ANAPHORA_ANYWHERE = frozenset("estos estas esos esas".split())
TITLE_SMALL_WORDS = frozenset("el la los las un una y o de del a al en con por para sin".split())
DATE_AS_SUBJECT = {"day": "El día", "month": "El mes", "year": "El año",
                   "decade": "La década", "century": "El siglo"}
DATE_AS_SUBJECT_DEFAULT = "La fecha"

# ---------------------------------------------------------------- dates in clauses

# The article alone makes a date adverbial in Spanish ("el martes", "el 3 de marzo"): the
# tagger keeps it inside the mention, and DEICTIC takes it as the adverbial's start.
TEMPORAL_PREPS = frozenset(
    "en a desde hasta durante antes después entre hacia para por tras sobre de del al".split()
) | {"antes de", "antes del", "después de", "después del", "a partir de", "a partir del",
     "a lo largo de", "a lo largo del", "a finales de", "a principios de", "a mediados de",
     "a comienzos de", "a fines de", "hasta el", "desde el", "en el", "para el", "por el"}
DEICTIC = (r"^(?:hoy|ayer|mañana|anoche|anteayer|actualmente|recientemente|ahora|este|esta|"
           r"estos|estas|el|la|los|las|hace)\b|\b(?:después|antes|más\s+tarde|atrás)$")
EVENT_DATE_TEXT = None
SINCE = ("desde",)
DETERMINERS = frozenset("su sus nuestro nuestra nuestros nuestras".split())
LEAD_DATE_WORDS = (
    r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}\b|\b(?:enero|febrero|marzo|abril|mayo|junio|"
    r"julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|"
    r"jueves|viernes|sábado|domingo|hoy|ayer|anoche|anteayer|hace\s+\w+\s+(?:días|semanas|"
    r"meses|años)|(?:este|esta|el\s+próximo|la\s+próxima|el\s+pasado|la\s+pasada)\s+"
    r"(?:semana|mes|año|primavera|verano|otoño|invierno))\b")
# The lead rule read from data: a sentence of the lead with a finished action (simple past,
# perfect or passive) and none of these hedges (or words of an earlier time: 'la pasada
# campaña') is the publication day's report.
LEAD_RULE = True
LEAD_PAST = (r"\b(?:ha|han|había|habían)\s+(?:sido\s+)?\w+(?:ado|ada|ados|adas|ido|ida|idos|"
             r"idas|cho|cha|to|ta|tos|tas)\b|\b(?:fue|fueron)\s+\w+(?:ado|ada|ados|adas|ido|"
             r"ida|idos|idas)\b|\b\w{3,}(?:ó|aron|ieron)\b|\b(?:dijo|dijeron|hizo|hicieron|"
             r"puso|pusieron|tuvo|tuvieron|detuvo|detuvieron|dio|dieron|vio|vieron|vino|"
             r"vinieron|murió|murieron|produjo|produjeron|condujo|trajo|estuvo|hubo)\b")
LEAD_HEDGE = (r"\b(?:no|nunca|jamás|ni|podría|podrían|puede|pueden|debería|deberían|quizá|"
              r"quizás|tal\s+vez|acaso|si|probablemente|posiblemente|supuestamente|"
              r"presuntamente|siempre|cada|suele|suelen|pasado|pasada|pasados|pasadas|anterior|"
              r"anteriores|entonces)\b|[?¿]")
# Only the English lead rule reads these (timeline/eventwords/en.py): this language's
# lead rule (LEAD_PAST, LEAD_HEDGE) judges the whole sentence.
LATER_CLAUSE_OPENERS = ()
ASIDE_PARTICIPLES = frozenset()
CLAUSE_BREAK = (r";\s+|,\s+(?=(?:mientras\s+que|mientras|en\s+tanto\s+que|y\s+luego|"
                r"pero\s+luego|y\s+después|pero\s+después)\b)")
DATE_JOINERS = r"(?:y|e|o|u|a|hasta)(?:\s+(?:el|la|los|las))?|al"
DATE_ADVERBS = ("solo|sólo|apenas|unos|unas|alrededor de|aproximadamente|casi|exactamente|"
                "justo|más de|menos de|al menos|ya|hasta|incluso")
DATE_LEFTOVERS = (
    # a preposition and the article of the date after it ("entre el", "tra il")
    r"\b(?:(?:{preps})\s+)++(?:el|la|los|las)\s+",
    r"\b(?:(?:{preps})\s+)*+(?:el|la)?\s*(?:final|fin|principio|comienzo|inicio|mitad|"
    r"víspera)\s+(?:de|del)\s+",
)
DATE_OBJECT_PREPS = "para|por|sobre"
DATE_LEFTOVER_LAST = frozenset("el la los las de del para por sobre".split())
NO_COMMA_AFTER = frozenset(
    "que quien quienes cual y o pero ni él ella ellos ellas ha han había es son era fue fueron "
    "será también luego a de el la los las un una".split())
DANGLING_END = frozenset(
    "a al ante bajo con contra de del desde durante en entre hacia hasta para por según sin "
    "sobre tras y e o u ni pero que el la los las un una su sus este esta estos estas".split())
REPORTING_VERBS = frozenset("""
dijo dijeron afirmó afirmaron aseguró aseguraron anunció anunciaron informó informaron
explicó explicaron declaró declararon señaló señalaron indicó indicaron añadió añadieron
agregó agregaron comunicó comunicaron reveló revelaron confirmó confirmaron precisó
manifestó advirtió advirtieron destacó subrayó reconoció admitió denunció denunciaron
aseveró sostuvo recordó
""".split()) | {"ha dicho", "han dicho", "ha afirmado", "ha asegurado", "ha anunciado",
                "han anunciado", "ha informado", "ha explicado", "ha declarado",
                "ha señalado", "ha indicado", "ha confirmado", "ha reconocido"}
REPORT_COMPLEMENT = r"que\b"
COMPLEMENT_VERB_FINAL = False
SUBJECT_STARTS = frozenset(
    "el la los las un una unos unas este esta estos estas ese esa su sus él ella ellos ellas "
    "yo nosotros usted ustedes".split())
WORD = r"[^\W\d_](?:[^\W\d_]|['’-])*[^\W\d_]|[^\W\d_]"
# The future tense (-rá, -rán, -ré), "va a" + infinitive, plan words.
FUTURE_CUE = (r"\b\w+(?:rá|rán|ré|remos)\b|\b(?:va|van|iba|iban)\s+a\s+\w+(?:ar|er|ir)\b|"
              r"\b(?:prevé|prevén|previsto|prevista|planea|planean|pretende|pretenden)\b")
LEADING_FILLER = (
    r"^(?:pero|y|mientras\s+tanto|sin\s+embargo|además|asimismo|también|aun\s+así|así|luego|"
    r"por\s+otra\s+parte|por\s+su\s+parte|no\s+obstante|entonces|ya|incluso)\b,?\s*"
    r"|^(?:primero|en\s+primer\s+lugar|finalmente|por\s+último)\b,\s*"
    r"|^según\s+[^,]{1,80},\s*")
VERB_SECOND = False
SUBJECT_ARTICLES = frozenset()
# simplemma gives the dictionary form ("reunió" -> "reunir"); SUFFIXES then cut its ending
# ("reun"), as the action classes are written. IRREGULAR overrides a wrong lemma.
LEMMA_LANGUAGE = "es"
# The capital letters a name begins with (a character class's inside): Latin-1 capitals too.
NAME_CAPITALS = "A-ZÀ-ÖØ-Þ"
# Capitalised words that are never names: function and calendar words, titles, openers.
NOT_NAMES = r"^(?:" + "|".join(sorted(FUNCTION_WORDS | DATE_WORDS | SENTENCE_OPENERS | {
    "sr", "sra", "dr", "según", "tras", "además", "luego", "ahora", "primero", "último"})) + r")$"
# A coordinator before a date opens a clause of its own ("y el martes viajó").
FRONTED_DATE_COORDINATION = True
