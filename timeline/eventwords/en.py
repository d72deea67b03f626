"""English word data for the event representation. Data only: the logic is in
timeline/representation.py, and another language is another module with the same names."""

# Function words: dropped from an event's wording (what happened is in the content words).
# Unlike generic IR stop lists, verbs and nouns that name events ("call", "fire", "give",
# "show", "find") are kept.
FUNCTION_WORDS = frozenset("""
a about above across after afterwards again against all almost alone along already also
although always am among amongst an and another any anyhow anyone anything anyway anywhere are
around as at be because been before beforehand behind being below beside besides between beyond
both but by can cannot cant co could couldnt de do does did done down due during each eg either
else elsewhere enough etc even ever every everyone everything everywhere except few first for
former formerly from further had has hasnt have he hence her here hereafter hereby herein
hereupon hers herself him himself his how however i ie if in inc indeed into is it its itself
last latter latterly least less ltd many may me meanwhile might mine more moreover most mostly
much must my myself namely neither never nevertheless next no nobody none noone nor not nothing
now nowhere of off often on once only onto or other others otherwise our ours ourselves out over
own per perhaps please rather re same seem seemed seeming seems several she should since so
some somehow someone something sometime sometimes somewhere still such than that the their them
themselves then thence there thereafter thereby therefore therein thereupon these they third
this those though through throughout thru thus to together too toward towards un under until up
upon us very via was we well were what whatever when whence whenever where whereafter whereas
whereby wherein whereupon wherever whether which while whither who whoever whom whose why will
with within without would yet you your yours yourself yourselves
one two three four five six seven eight nine ten eleven twelve fifteen twenty forty fifty
sixty hundred
""".split())

# Calendar words: the date is compared apart, so they say nothing about what happened.
DATE_WORDS = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow
week weeks month months year years day days ago later earlier morning evening night afternoon
""".split())

IRREGULAR = {
    "met": "meet", "made": "make", "took": "take", "held": "hold", "went": "go", "gone": "go",
    "gave": "give", "given": "give", "flew": "fly", "flown": "fly", "sent": "send",
    "spoke": "speak", "spoken": "speak", "told": "tell", "said": "say", "says": "say",
    "began": "begin", "begun": "begin", "won": "win", "lost": "lose", "struck": "strike",
    "left": "leave", "led": "lead", "paid": "pay", "saw": "see", "seen": "see",
    "came": "come", "became": "become", "fell": "fall", "hit": "hit", "visits": "visit",
    "died": "die", "dies": "die", "dying": "die", "shot": "shoot", "burnt": "burn",
    "fought": "fight", "caught": "catch", "bought": "buy", "sold": "sell", "hurt": "hurt",
    "quit": "quit", "chose": "choose", "chosen": "choose", "stole": "steal", "stolen": "steal",
}

# Light suffix stemming: (suffix, replacement, letters that must remain); then a final silent
# "e" goes, so "charge", "charged" and "charges" meet at "charg".
SUFFIXES = (("ies", "y", 3), ("ing", "", 3), ("ed", "", 3), ("es", "", 4), ("s", "", 3))
SILENT_E_MIN = 4

# What kind of thing happened: news English names one action with many words. Each stem below
# also counts as its class ("@visit"), so two reports of one event match even when they word
# it differently. A stem of five letters or more also matches longer words ("negotiat").
# Classes are coarse on purpose; the participants and the date still have to agree.
ACTION_CLASSES = {
    "visit": "visit trip tour travel traveled travelled fly arriv depart land stay "
             "toured journey",
    "meet": "meet meeting talk summit negotiat conversation consultation spoke speak",
    "call": "call phone video virtual",
    "say": "say tell remark statement declar comment speech address interview",
    "publish": "publish article op-ed column wrote write",
    "attack": "attack strike missile drone shell bomb raid invad invasion offensive",
    "agree": "agree agreement sign treaty deal accord pact",
    "announce": "announce release issu unveil",
    "request": "invit invitation ask request urge appeal",
    "die": "die death dead obituary",
    "kill": "kill murder slay slain homicide",
    "shoot": "shoot shooting gunman gunfire gunshot",
    "fire": "fire blaze burn flame arson inferno",
    "destroy": "destroy demolish devastat raze gutt",
    "quake": "quake earthquake tremor aftershock seismic magnitude",
    "arrest": "arrest custody detain apprehend nab",
    "charge": "charge indict accus",
    "convict": "convict verdict guilty jury",
    "sentence": "sentence prison jail",
    "rehab": "rehab rehabilitation treatment",
    "elect": "elect election vote ballot poll",
    "injure": "injur wound hurt",
    "crash": "crash collision collide wreck",
    "acquire": "acquir acquisition buy purchas takeover merger",
    "dismiss": "dismiss sack oust resign",
    "appoint": "appoint hire nominat",
    "launch": "launch introduc debut",
    "outage": "outage downtime disrupt",
    "repair": "repair restor fix",
}

# Classes that can name one occasion: what leaders say to each other, ask of each other and
# discuss happens in a meeting or a call; a request made in a call is part of it; a killing is
# often reported as a shooting or a death, a fire as the destruction it caused.
COMPATIBLE = ("meet say", "meet call", "call say", "request call",
              "kill attack", "kill shoot", "kill die", "shoot die", "fire destroy", "convict sentence",
              "outage repair")
# A visit and a meeting are one event only when one report is too coarse (a month or more) to
# tell them apart.
COMPATIBLE_IF_COARSE = ("visit meet",)
# The class of an invitation: when a clause asks for something, the request is what happened.
REQUEST = "request"
# Classes of gatherings a time-and-place aside ("this week in Moscow") can point at.
GATHERINGS = ("visit", "meet")

# "called for a negotiated solution", "called on Moscow to": a demand, not a phone call, and
# said in the course of the reported occasion rather than an occasion of its own (no class).
CALL_FOR = r"\bcall(?:s|ed|ing)?\s+(?:for|on|upon)\b"
CALL_FOR_AS = "demanded"
# Phrases that name an action with other words, rewritten to the word of its class.
PHRASES = {r"\bpass(?:ed|es|ing)? away\b": "died", r"\bopen(?:ed|s|ing)? fire\b": "shot",
           r"\bset (?:on )?fire\b": "burned", r"\bcaught fire\b": "burned"}
# Attribution says who reported the event, not what happened: "according to RIA Novosti".
ATTRIBUTION = r"\baccording to [^,;.]*|\b(?:as )?\w+(?: \w+)? reported\b"

# Office words inside names ("Russian President Dmitri Medvedev"): who someone is, not who.
OFFICE_WORDS = frozenset("""
president vice prime minister chairman chairwoman chair deputy secretary general state
leader chief head premier chancellor king queen prince senator governor mayor ambassador
spokesman spokeswoman spokesperson foreign defense defence affairs council party
member members national federation republic people mr mrs ms dr
actor actress singer star comedian rapper model player coach officer sheriff police detective
judge suspect victim
""".split())
# Adjectives of countries end so ("Russian", "Chinese", "Polish", "Israeli").
DEMONYM_END = r"(?:n|an|ian|ese|ish|i)$"
# Adjectives that name no one in particular.
GLOBAL_ADJECTIVES = ("western", "eastern", "european", "international", "global")

# Words after which a capitalised name is a place.
LOCATIVE = r"in|into|to|from|at|near|outside|inside|across|visit(?:ed|ing|s)?"

# "the three-day state visit that ended on Wednesday": the event lasted N days.
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}
MULTI_DAY = (r"\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]day\s+(?:[\w-]+\s+){0,2}"
             r"(?:visit|trip|tour|summit|meeting|talks|conference|exercises?|drills?|festival|"
             r"strike|session|forum)\b")
ENDS = r"\b(?:conclud|ended|ends|ending|wrapp|finish|closed|left|depart)"
BEGINS = r"\b(?:began|begins|begun|start|opened|opens|arriv|kick)"

# Figures: a number and the unit or noun it counts ("magnitude 6.1", "7.2-magnitude",
# "12 people", "$1.5 billion", "aged 85").
FIGURE = (r"(?:magnitude\s+(?P<m1>\d+(?:\.\d+)?))|(?:(?P<m2>\d+(?:\.\d+)?)[- ]magnitude)|"
          r"(?:(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|percent|people|persons|dead|killed|"
          r"injured|wounded|homes|houses|buildings|years?(?= old)|miles?|kilometers?|km|"
          r"million|billion|victims|children|counts?))")

# ---------------------------------------------------------------- clauses and headlines
# (timeline/events.py: where a sentence coordinates differently dated clauses, and how
# readable a headline is as a sentence.)

# Conjunctions that join two clauses or verb phrases of one sentence ("..., and launched",
# "... but Apple sold").
COORDINATORS = ("and", "but", "yet")
# Adverbs that may stand between a coordinator and its verb ("and then launched").
COORD_ADVERBS = ("then", "also", "later", "soon", "eventually", "subsequently", "finally")
# Pronouns that can be the subject of a coordinated clause ("..., and it launched ...").
SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
# Irregular past forms that head a verb phrase ("..., left it in 1985, and ...").
IRREGULAR_PAST = frozenset("""
became began bought brought built came caught chose did drew drove fell fled fought found
gave got grew had hit held kept knew laid led left lost made met paid put quit ran rang rose
said sank sat saw sent set shot shut sold spent split spoke stole stood struck swore took
taught told thought threw tore understood went won wore wrote
""".split())
# Auxiliaries and finite verbs that a sentence's verb may be or begin with.
FINITE_VERBS = frozenset("""
is are was were has have had will would shall can could may might must did does do said says
told
""".split())
# Words that open a sentence when capitalised but are never names: a capitalised one inside
# a line that is not title case marks where a new sentence begins ("... was revealed The
# world's largest ...").
SENTENCE_OPENERS = frozenset("""
the a an this these those it he she they we his her their its our
""".split())
# Pronouns of a relative clause set off by commas, after a name ("Steve Jobs, who died in
# 2011, ..."): an aside with its own event, of which the name is the subject.
RELATIVE_PRONOUNS = ("who", "which")
# Lowercase words inside the name a relative clause hangs on ("the Gulf of Aden, which";
# "Nikki Finke and Mike Fleming, who").
NAME_JOINERS = ("of", "and")
# A comma and one of these continue the clause before it ("who wrote that X, and that Y").
COMPLEMENTIZERS = ("that",)
# Words that open a relative or complement clause: a verb phrase coordinated after one
# belongs to that clause ("the rampage that started ..., and ended"; "said that X had
# suffered ... and had undergone"), not to the sentence's subject.
SUBORDINATORS = frozenset("that which who whom whose where when whereby".split())
# Words that point back to what an earlier sentence said: a headline opening with one, or
# holding one of the plural demonstratives, needs its context ("It ended", "these two
# identities"); a report that says it with names is clearer.
ANAPHORA_FIRST = frozenset("he she it they this that these those there".split())
ANAPHORA_ANYWHERE = frozenset("these those".split())
# Lowercase words of a title in title case ("Man Dies in Crash on the Road").
TITLE_SMALL_WORDS = frozenset("""
a an the and or but nor of for to in on at by with from into onto as vs via per up
""".split())
# What a headline says for a date that was the clause's subject ("18 January was chosen"):
# by the date's precision.
DATE_AS_SUBJECT = {"day": "The day", "month": "The month", "year": "The year",
                   "decade": "The decade", "century": "The century"}
DATE_AS_SUBJECT_DEFAULT = "The date"
