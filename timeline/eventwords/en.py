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

# Things counted ("26 pirates", "23 Somali pirates"): a number and the plural noun after it,
# one word between at most. Two reports that count the same thing differently ("arrested 23
# pirates", "26 pirates arrested") tell of two occasions.
COUNTED = r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,4})\s+(?:[A-Za-z]+\s+)?(?P<noun>[a-z]{3,}s)\b"
# Plural nouns after a number that are not things counted in an event.
NOT_COUNTED = frozenset("""days weeks months years hours minutes seconds decades centuries
times percent points dollars cents euros pounds yards miles feet inches kilometers meters
degrees others millions billions""".split())

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

# ---------------------------------------------------------------- dates in clauses
# (timeline/events.py: which mentions date an event, what a cut date leaves behind, where a
# sentence's differently dated clauses meet. Regular expressions are written to be joined.)

# Words that introduce a date used as an adverbial ("on Monday", "in September").
TEMPORAL_PREPS = frozenset(
    "on in at during by until till from before after through throughout early late "
    "earlier later around within".split()
) | {"as of"}
# Bare date adverbials that need no preposition ("Putin today invited ...", wire style's
# "The World Court Friday rejected ...").
DEICTIC = (r"^(today|tonight|yesterday|tomorrow|this|last|next|earlier|later|recently|now)\b|"
           r"\b(ago|later|earlier)$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$")
# Calendar words a mention's own text must hold to date an event. Every language's mention
# must have a calendar value (events._names_calendar); English also keeps this older word
# test, so that its output stays as it was (it passes over "noon", "Thanksgiving", "the first
# half" and spelled-out years). None: the value test alone.
EVENT_DATE_TEXT = (
    r"\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(today|tonight|yesterday|tomorrow|now|"
    r"day|days|week|weeks|weekend|month|months|year|years|decade|century|spring|summer|"
    r"autumn|fall|winter|quarter|morning|afternoon|evening|night|eve|hour|hours|ago|"
    r"christmas|easter|new year|recently|currently|past|present|season)\b")
# A mention after one of these is the start of a state that lasts, not an event.
SINCE = ("since",)
# Determiners before a number that is a label inside a noun phrase ("the 2022 World Cup").
DETERMINERS = frozenset("the a an its their his her this that our your".split())
# Date words a lead sentence must not carry (the tagger may have missed them), and that a
# headline should not keep. (A number is a date word only as a year or a numeric date.)
LEAD_DATE_WORDS = (
    r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}\b|\b(january|february|march|april|june|july|august|september|october|november|december|"
    r"(mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|ago|"
    r"(this|last|next) (week|month|year|spring|summer|autumn|fall|winter))\b")
# The lead rule (a past-tense report with no date is the publication day's news). English
# has its own, finer grammar in timeline.events (the verb after the subject, headline
# present, section leads); the other languages give LEAD_PAST and LEAD_HEDGE: a finished
# action anywhere in the sentence, and the hedges, modals, negations and habit words that
# make it no report. A language with LEAD_RULE False has no lead events.
LEAD_RULE = True
LEAD_PAST = None
LEAD_HEDGE = None
# The English lead rule judges a report by its main clause: a hedge, modal or negation in a
# later clause, after a comma and one of these words, says nothing of the action before it
# ("has checked into rehab, and will remain there"; "had checked into a rehab, but
# prosecutors have not signed off"). Empty: the whole sentence is judged.
LATER_CLAUSE_OPENERS = ("and", "but", "yet", "while", "whereas", "although", "though", "where")
# Past participles, besides the regular ones in -ed, that open an aside between a subject
# and its verb ("Fred LaRue, known as the bagman, was found dead").
ASIDE_PARTICIPLES = frozenset("known seen held taken given born".split())
# Clause boundaries that can separate two differently dated things in one sentence.
CLAUSE_BREAK = r";\s+|,\s+(?=(?:while|whereas|and then|but then)\b)"
# Words between two dates that make them one stretch of time ("Monday and Tuesday").
DATE_JOINERS = r"and|or|to|through|until"
# Adverbs that only modify the date they stand before ("just a few days earlier").
DATE_ADVERBS = ("just|only|some|about|approximately|roughly|nearly|almost|barely|exactly|"
                "precisely|more than|less than|fewer than|at least|at most|no later than|"
                "no earlier than|as early as|as late as|as recently as|as soon as")
# Other phrases a cut date leaves behind ("the end of", "20 days later", "beginning"), as
# regular expressions ending in a space; {preps} stands for TEMPORAL_PREPS.
DATE_LEFTOVERS = (
    r"\b(?:(?:{preps})\s+)*+(?:the\s+)?(?:end|start|beginning|middle|eve|turn)\s+of\s+",
    r"\b\w+\s+(?:days?|weeks?|months?|years?)\s+(?:later|earlier)\s+",
    # "beginning (at least) as early as": a participle and an aside that only lead to the date
    r"\b(?:beginning|starting|ending|dating\s+back\s+to|going\s+back\s+to)\s+",
)
# Prepositions that take a date only as its object ("for 1990", "over the weekend").
DATE_OBJECT_PREPS = "for|over"
# The last words of DATE_LEFTOVERS.
DATE_LEFTOVER_LAST = frozenset("of later earlier beginning starting ending to for over".split())
# Words that cannot stand before a comma: a comma after a cut date that follows one is orphaned.
NO_COMMA_AFTER = frozenset(
    "who whom whose which that and or but nor he she it they we i you has have had is are was "
    "were will would shall can could also then to the a an".split())
# Words a headline must not end on once a date after them is cut (or it is cut short).
DANGLING_END = frozenset(
    "to for of from with into onto toward towards than and or but nor the a an as at by in on "
    "until till since before after during through about around over under between its their "
    "his her this that these those".split())
# Reporting verbs whose complement clause ("said on Tuesday that it opened on March 3") is an
# event of its own when the two are dated apart. English reads such a sentence as one event
# (the report's date), and keeps doing so: empty.
REPORTING_VERBS = frozenset()
# Whether a complement clause puts its verb last (German "dass sie ... eröffnet habe"), so
# that it reads as a headline only with the reporting clause before it.
COMPLEMENT_VERB_FINAL = False
# How a word of the dedup wording is written (representation.Lexicon): English words are
# ASCII; a letter outside it splits a word.
WORD = r"[a-z][a-z'’-]*[a-z]|[a-z]"
# The complementizer after a reporting verb, as a regular expression.
REPORT_COMPLEMENT = r"that\b"
# Words that open a clause's own subject (articles, subject pronouns): a reported clause
# that opens with one (or with a capital) does not borrow the reporter as its subject.
SUBJECT_STARTS = frozenset("the a an this these those his her their its our he she it they we i you".split())
# Modal or plan wording that makes a clause about the future.
FUTURE_CUE = (
    r"\b(will|shall|won[’']t|is|are|was|were)\s+(?:\w+ly\s+)?"
    r"(?:(?:expected|scheduled|set|due|slated|poised|going)\s+to\b|to\s+be\s+held\b)|"
    r"\b(will|shall|won[’']t)\b|\b(plans?|planning|intends?|aims?)\s+to\b|\bto\s+be\s+held\b")
# Words that open a sentence without being part of its event ("But", "Meanwhile,").
LEADING_FILLER = (
    r"^(?:but|and|meanwhile|however|moreover|furthermore|also|still|yet|so|then|separately|"
    r"in addition|additionally|nevertheless|nonetheless|while|whereas|and then|but then|"
    r"already|notably|thus|indeed|interestingly)\b,?\s*"
    r"|^(?:first|second|third|finally|lastly|first of all)\b,\s*"
    # "According to sources quoted by the Herald, Munero fled": who says so, not who did it
    r"|^according\s+to\s+[^,]{1,80},\s*")
# A language whose main clause puts its finite verb second (German): once a fronted date
# is cut, the verb comes first ("Starb der Schriftsteller"), and the headline puts the
# subject before it again.
VERB_SECOND = False
# Determiners and pronouns a subject may open with, for VERB_SECOND.
SUBJECT_ARTICLES = frozenset()
# The language whose lemma list (simplemma) gives a word's dictionary form before SUFFIXES
# cut its inflection; None: SUFFIXES and IRREGULAR alone (English, as before).
LEMMA_LANGUAGE = None
# The capital letters a name begins with (a character class's inside).
NAME_CAPITALS = "A-Z"
# Capitalised words that are never names: openers, function words, calendar words.
NOT_NAMES = (
    r"^(the|this|that|these|those|it|its|he|she|they|we|i|you|there|here|his|her|their|our|"
    r"but|and|or|so|yet|however|meanwhile|moreover|also|still|in|on|at|a|an|as|after|before|"
    r"when|while|if|since|for|according|what|who|why|how|then|now|today|tonight|yesterday|"
    r"tomorrow|some|many|most|all|both|each|one|two|reports|experts|officials|already|"
    r"notably|instead|first|second|third|last|finally|although|despite|with|without|by|from|"
    r"to|of|is|was|do|does|not|no|my|mr|mrs|ms|dr|prof|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")
# Whether "..., and on Tuesday flew to Paris" is cut by the language-neutral rule of a
# coordinator before a date (events._fronted_date_parts). English: no, its verb-phrase rules
# (COORDINATORS, IRREGULAR_PAST) already read such sentences.
FRONTED_DATE_COORDINATION = False
