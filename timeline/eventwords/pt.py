"""Portuguese word data for the events stage and the event representation. Data only, the
same names as en.py (whose comments say what each table is for); written from Portuguese
grammar (European and Brazilian spelling)."""

# ---------------------------------------------------------------- representation (dedup)

FUNCTION_WORDS = frozenset("""
a à ao aos após aquela aquelas aquele aqueles aquilo as às até com como contra cada da das de
dela delas dele deles depois desde do dos e é ela elas ele eles em entre era eram essa
essas esse esses esta está estão estas estava estavam este estes eu foi foram há isso isto
já lhe lhes mais mas me mesmo mesma muito muitos na nas não nem no nos nós nossa nossas
nosso nossos num numa o os ou para pela pelas pelo pelos por porque quando que quem se
seja ser será serão seu seus sido sob sobre sua suas também tão tem têm tendo ter toda
todas todo todos um uma umas uns vai vão você vocês
dois duas três quatro cinco seis sete oito nove dez vinte cem mil
""".split())

DATE_WORDS = frozenset("""
janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
segunda terça quarta quinta sexta feira sábado domingo hoje ontem amanhã anteontem semana
semanas mês meses ano anos dia dias atrás depois antes tarde noite madrugada manhã
trimestre semestre
""".split())

IRREGULAR = {
    "disse": "dizer", "disseram": "dizer", "dito": "dizer", "diz": "dizer", "dizem": "dizer",
    "fez": "fazer", "fizeram": "fazer", "feito": "fazer", "foi": "ir", "foram": "ir",
    "morreu": "morrer", "morreram": "morrer", "morto": "morrer", "mortos": "morrer",
    "pôs": "pôr", "posto": "pôr", "veio": "vir", "vieram": "vir", "teve": "ter",
    "tiveram": "ter", "deu": "dar", "deram": "dar", "viu": "ver", "visto": "ver",
    "aberto": "abrir", "escrito": "escrever",
}
SUFFIXES = (("ações", "", 3), ("ação", "", 3), ("aram", "", 3), ("eram", "", 3),
            ("iram", "", 3), ("ando", "", 3), ("endo", "", 3), ("indo", "", 3),
            ("ados", "", 3), ("adas", "", 3), ("idos", "", 3), ("idas", "", 3), ("ado", "", 3),
            ("ada", "", 3), ("ido", "", 3), ("ida", "", 3), ("ou", "", 3), ("eu", "", 3),
            ("iu", "", 3), ("es", "", 4), ("s", "", 3), ("ar", "", 3), ("er", "", 3),
            ("ir", "", 3), ("a", "", 4), ("o", "", 4), ("e", "", 4))
SILENT_E_MIN = 99

ACTION_CLASSES = {
    "visit": "visit viag digress cheg aterriss",
    "meet": "reun reunião encontr cimeira cúpula negoci convers dialog",
    "call": "telefonema telefon videoconferência",
    "say": "dizer declar afirm garant discurso entrevista comunicado",
    "publish": "public artigo coluna escrev",
    "attack": "ataqu atac bombarde míssil drone ofensiva invasão invad",
    "agree": "acord assin tratado pacto",
    "announce": "anunci apresent revel",
    "request": "convid ped solicit exig",
    "die": "morrer mort falec óbito",
    "kill": "assassin mat homicídio",
    "shoot": "dispar tiroteio atirador",
    "fire": "incêndi fogo chama",
    "destroy": "destru derrub arras",
    "quake": "terremoto sismo tremor réplica magnitude",
    "arrest": "det pres captur",
    "charge": "acus indici",
    "convict": "conden culpado veredicto júri",
    "sentence": "pena prisão cadeia",
    "rehab": "reabilitação tratamento",
    "elect": "eleiç eleg vot sufrágio",
    "injure": "ferid lesion",
    "crash": "colis choqu acidente",
    "acquire": "adquir compr fusão aquisição",
    "dismiss": "demit destitu renunci",
    "appoint": "nome nomeaç design",
    "launch": "lanç estre inaugur",
    "outage": "apagão interrupção",
    "repair": "repar restabelec",
}

CALL_FOR = r"\bapel(?:ou|aram|a|am)\s+a\b"
CALL_FOR_AS = "exigiu"
PHRASES = {r"\babri(?:u|ram)\s+fogo\b": "disparou", r"\bateou\s+fogo\b": "incendiou"}
ATTRIBUTION = r"\bsegundo [^,;.]*|\bde acordo com [^,;.]*"

OFFICE_WORDS = frozenset("""
presidente presidenta vice primeiro primeira ministro ministra secretário secretária geral
chefe líder rei rainha príncipe senador senadora governador governadora prefeito prefeita
presidente embaixador embaixadora porta-voz chanceler diretor diretora senhor senhora dom
dona juiz juíza polícia
""".split())
DEMONYM_END = r"(?:ano|ana|ense|ês|esa|ino|ina)$"
GLOBAL_ADJECTIVES = ("ocidental", "oriental", "europeu", "europeia", "internacional", "mundial")
LOCATIVE = r"em|no|na|a|ao|para|de|desde|visit(?:ou|aram|a|ará)"

NUMBER_WORDS = {"dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6,
                "sete": 7, "oito": 8, "nove": 9, "dez": 10}
MULTI_DAY = (r"\b(?:visita|viagem|digressão|cimeira|cúpula|reunião|conferência|greve|sessão|"
             r"fórum|festival)\s+(?:\w+\s+){0,2}de\s+(dois|duas|três|quatro|cinco|seis|sete|"
             r"oito|nove|dez|\d{1,2})\s+dias\b")
ENDS = r"\b(?:conclu|termin|finaliz|encerr)"
BEGINS = r"\b(?:começ|inici|abri|arranc)"
FIGURE = (r"(?:magnitude\s+(?P<m1>\d+(?:[.,]\d+)?))|(?:(?P<m2>\d+(?:[.,]\d+)?)\s+graus)|"
          r"(?:(?P<n>\d[\d.]*(?:,\d+)?)\s*(?P<unit>%|por\s+cento|pessoas|mortos|feridos|"
          r"vítimas|casas|edifícios|prédios|anos(?= de idade)|quilómetros|quilômetros|km|"
          r"milhões|crianças))")

# Things counted ("26 pirates"): a number and the plural noun after it; two reports that
# count the same thing differently tell of two occasions (see en.py).
COUNTED = r"(?<![\w.,])(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,4})\s+(?P<noun>[a-záéíóúâêôãõç]{3,}s)\b"
NOT_COUNTED = frozenset("""dias semanas meses anos horas minutos segundos décadas séculos vezes pontos dólares euros libras quilômetros quilómetros metros graus milhões""".split())

# ---------------------------------------------------------------- clauses and headlines

COORDINATORS = ("e", "mas")
COORD_ADVERBS = ("depois", "também", "mais tarde", "finalmente", "então")
SUBJECT_PRONOUNS = frozenset("ele ela eles elas eu nós você vocês".split())
IRREGULAR_PAST = frozenset("""
foi foram disse disseram fez fizeram teve tiveram pôs puseram veio vieram deu deram viu
viram soube quis pôde esteve estiveram houve morreu morreram
""".split())
FINITE_VERBS = frozenset("""
é são era eram foi foram será serão tem têm tinha tinham terá está estão estava estavam
esteve há houve disse disseram diz dizem pode podem poderia vai vão
""".split())
SENTENCE_OPENERS = frozenset("o a os as um uma este esta estes estas seu sua seus suas".split())
RELATIVE_PRONOUNS = ("que", "quem", "qual", "quais")
NAME_JOINERS = ("de", "do", "da", "dos", "das", "e")
COMPLEMENTIZERS = ("que",)
SUBORDINATORS = frozenset("que quem qual quais onde quando cujo cuja".split())
ANAPHORA_FIRST = frozenset("ele ela eles elas isto isso este esta estes estas esse essa".split())
ANAPHORA_ANYWHERE = frozenset("estes estas esses essas".split())
TITLE_SMALL_WORDS = frozenset("o a os as um uma e ou de do da dos das em no na ao com por para".split())
DATE_AS_SUBJECT = {"day": "O dia", "month": "O mês", "year": "O ano",
                   "decade": "A década", "century": "O século"}
DATE_AS_SUBJECT_DEFAULT = "A data"

# ---------------------------------------------------------------- dates in clauses

# "em 3 de março", "no dia 3", "na sexta-feira", "ao fim do dia": the preposition,
# contracted with the article, makes the adverbial.
TEMPORAL_PREPS = frozenset(
    "em no na nos nas num numa a ao aos à às desde até durante antes depois entre para por "
    "pelo pela sobre após de do da dos das".split()
) | {"antes de", "antes do", "antes da", "depois de", "depois do", "depois da",
     "a partir de", "a partir do", "a partir da", "ao longo de", "ao longo do",
     "ao longo da", "por volta de", "por volta do", "por volta das", "até ao", "até à",
     "no dia", "em finais de", "em fins de", "em meados de", "no início de", "no final de",
     "no fim de"}
DEICTIC = (r"^(?:hoje|ontem|amanhã|anteontem|atualmente|actualmente|recentemente|agora|este|"
           r"esta|estes|estas|neste|nesta|há|o|a|os|as)\b|\b(?:depois|antes|mais\s+tarde|atrás)$")
EVENT_DATE_TEXT = None
SINCE = ("desde",)
DETERMINERS = frozenset("seu sua seus suas nosso nossa nossos nossas".split())
LEAD_DATE_WORDS = (
    r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}\b|\b(?:janeiro|fevereiro|março|abril|maio|"
    r"junho|julho|agosto|setembro|outubro|novembro|dezembro|segunda-feira|terça-feira|"
    r"quarta-feira|quinta-feira|sexta-feira|sábado|domingo|hoje|ontem|anteontem|há\s+\w+\s+"
    r"(?:dias|semanas|meses|anos)|(?:este|esta|neste|nesta|no\s+próximo|na\s+próxima|no\s+"
    r"passado|na\s+passada)\s+(?:semana|mês|ano|primavera|verão|outono|inverno))\b")
# The lead rule read from data: a sentence of the lead with a finished action (simple past
# or passive) and none of these hedges (nor a word of an earlier time) is the publication
# day's report.
LEAD_RULE = True
LEAD_PAST = (r"\b(?:foi|foram)\s+\w+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas)\b|"
             r"\b(?!(?:sou|estou|vou|dou|ou)\b)\w{2,}(?:ou|aram|eram|iram)\b|"
             r"\b(?!(?:museu|europeu|europeus|seu|meu|teu|céu|chapéu|judeu|ateu|plebeu|troféu|"
             r"véu|mausoléu)\b)\w{3,}(?:eu|iu)\b|\b(?:disse|disseram|fez|fizeram|pôs|puseram|"
             r"teve|tiveram|deu|deram|viu|viram|veio|vieram|houve|esteve|estiveram|trouxe)\b")
LEAD_HEDGE = (r"\b(?:não|nunca|jamais|nem|poderia|poderiam|pode|podem|deveria|deveriam|talvez|"
              r"se|provavelmente|possivelmente|supostamente|alegadamente|sempre|cada|costuma|"
              r"costumam|passado|passada|passados|passadas|anterior|anteriores|então)\b|\?")
# Only the English lead rule reads these (timeline/eventwords/en.py): this language's
# lead rule (LEAD_PAST, LEAD_HEDGE) judges the whole sentence.
LATER_CLAUSE_OPENERS = ()
ASIDE_PARTICIPLES = frozenset()
CLAUSE_BREAK = (r";\s+|,\s+(?=(?:enquanto|ao\s+passo\s+que|e\s+depois|mas\s+depois|"
                r"e\s+mais\s+tarde)\b)")
DATE_JOINERS = r"(?:e|ou|até)(?:\s+(?:o|a|os|as|ao|à))?|a|ao|à"
DATE_ADVERBS = ("só|apenas|somente|cerca de|aproximadamente|quase|exatamente|exactamente|"
                "mais de|menos de|pelo menos|já|até|mesmo")
DATE_LEFTOVERS = (
    r"\b(?:(?:{preps})\s+)*+(?:o|a)?\s*(?:final|fim|finais|fins|início|começo|meados|"
    r"véspera)\s+(?:de|do|da|dos|das)\s+",
)
DATE_OBJECT_PREPS = "para|por|pelo|pela|sobre"
DATE_LEFTOVER_LAST = frozenset("de do da dos das para por pelo pela sobre".split())
NO_COMMA_AFTER = frozenset(
    "que quem qual e ou mas nem ele ela eles elas tem têm tinha é são era foi foram será "
    "também depois a de o os as um uma".split())
DANGLING_END = frozenset(
    "a à ao aos às ante após até com contra de do da dos das desde durante em no na nos nas "
    "num numa entre para perante por pelo pela sem sob sobre e ou nem mas que o os as um uma "
    "seu sua seus suas este esta estes estas".split())
REPORTING_VERBS = frozenset("""
disse disseram afirmou afirmaram garantiu garantiram anunciou anunciaram informou informaram
explicou explicaram declarou declararam referiu referiram indicou indicaram acrescentou
acrescentaram comunicou revelou revelaram confirmou confirmaram precisou advertiu adiantou
destacou sublinhou reconheceu admitiu denunciou assegurou lembrou sustentou
""".split()) | {"tem dito", "havia dito", "tinha dito", "tem afirmado"}
REPORT_COMPLEMENT = r"que\b"
COMPLEMENT_VERB_FINAL = False
SUBJECT_STARTS = frozenset(
    "o a os as um uma uns umas este esta estes estas esse essa seu sua seus suas ele ela eles "
    "elas eu nós você vocês".split())
WORD = r"[^\W\d_](?:[^\W\d_]|['’-])*[^\W\d_]|[^\W\d_]"
# The future tense (-rá, -rão, -rei), "vai" + infinitive, plan words.
FUTURE_CUE = (r"\b\w+(?:rá|rão|rei|remos)\b|\b(?:vai|vão|ia|iam|irá|irão)\s+\w+(?:ar|er|ir)\b|"
              r"\b(?:prevê|preveem|previsto|prevista|planeia|planeja|pretende|pretendem)\b")
LEADING_FILLER = (
    r"^(?:mas|e|entretanto|no\s+entanto|contudo|todavia|além\s+disso|também|assim|depois|"
    r"por\s+outro\s+lado|por\s+sua\s+vez|então|já|ainda)\b,?\s*"
    r"|^(?:primeiro|em\s+primeiro\s+lugar|finalmente|por\s+fim|por\s+último)\b,\s*"
    r"|^(?:segundo|de\s+acordo\s+com)\s+[^,]{1,80},\s*")
VERB_SECOND = False
SUBJECT_ARTICLES = frozenset()
# simplemma gives the dictionary form ("reunió" -> "reunir"); SUFFIXES then cut its ending
# ("reun"), as the action classes are written. IRREGULAR overrides a wrong lemma.
LEMMA_LANGUAGE = "pt"
# The capital letters a name begins with (a character class's inside): Latin-1 capitals too.
NAME_CAPITALS = "A-ZÀ-ÖØ-Þ"
# Capitalised words that are never names: function and calendar words, titles, openers.
NOT_NAMES = r"^(?:" + "|".join(sorted(FUNCTION_WORDS | DATE_WORDS | SENTENCE_OPENERS | {
    "sr", "sra", "dr", "segundo", "após", "além", "agora", "depois", "primeiro", "último"})) + r")$"
# A coordinator before a date opens a clause of its own ("y el martes viajó").
FRONTED_DATE_COORDINATION = True
