"""Words the sentence segmenter (timeline.sentences) reads, per language. Data only.

titles    abbreviations always followed by a name or a number, never by the end of a
          sentence ("Dr.", "Sr.", "Hr."; month abbreviations that are no other word)
closers   abbreviations that may also close a sentence ("Inc.", "etc.", Spanish "mar." is
          also the sea): the period ends a sentence only when an opener follows
openers   words that typically open a sentence: after "Inc.", "U.S." or "S.A." they mark a
          boundary (the letters before an apostrophe: "L'économie" opens with "l")
numerals  abbreviations of "number" that are one only before a digit ("No. 10" but "said
          no. Then")
ordinal_dot
          a day number written with a period is an ordinal ("am 3. März"): a period after
          one or two digits does not end a sentence when a month name follows (the month
          names are the language's calendar words in data/<code>.py)

"Mr.", "Mrs." and "St." (Saint) stand in every language's titles: news in any language names
"Mr. Lee" and "St. Louis". Dotted acronyms ("U.S.", "S.A.", "z.B.", "S.p.A.") and single
capital initials ("M. Dupont") are recognised by their form in every language.
"""

SENTENCE_WORDS = {
    "en": {
        "titles": "mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj rev hon pres "
                  "supt insp messrs mt ft st no nos vol art fig jan feb mar apr jun jul aug "
                  "sep sept oct nov dec vs",
        "closers": "inc corp ltd co jr sr etc bros plc llc",
        "openers": "the this that these those it its he she they we i you there here his her "
                   "their our but and so yet however meanwhile still also in on at a an as "
                   "after before when while if since for according what who why how then now "
                   "today yesterday",
        "numerals": "no",
    },
    "es": {
        "titles": "sr sra sres sras srta dr dra dres lic ing arq prof profa gral gen cnel tte "
                  "mr mrs st sgto cap cmdte pdte excmo excma ilmo ilma mons fr sto sta ud uds "
                  "vd vds av avda pág págs tel art fig vol núm ene abr jun jul ago sep sept "
                  "oct nov dic vs p.ej",
        "closers": "etc cía hnos ltda inc corp co mar may",
        "openers": "el la los las lo un una unos unas este esta estos estas ese esa esos esas "
                   "esto eso él ella ellos ellas yo nosotros usted ustedes su sus pero y e o "
                   "sin mientras en a al del de con por para según cuando si desde tras qué "
                   "quién cómo dónde entonces ahora hoy ayer también además aunque así no",
        "numerals": "n núm",
    },
    "pt": {
        "titles": "sr sra srs sras srta dr dra drs profa prof eng engª exmo exma av pág págs "
                  "mr mrs st tel art fig vol núm jan fev abr jun jul ago out nov dez vs",
        "closers": "etc ltda lda cia inc corp co mar set",
        "openers": "o a os as um uma uns umas este esta estes estas esse essa isso isto ele "
                   "ela eles elas eu nós você seu sua seus suas mas e ou no na nos nas em ao "
                   "do da de com por para segundo quando se desde após que quem como onde "
                   "então agora hoje ontem também além contudo porém assim não",
        "numerals": "n nº",
    },
    "fr": {
        "titles": "mm mme mmes mlle mlles dr pr mgr st ste vve av bd p pp réf tél art fig mr "
                  "mrs vol janv févr avr juil sept oct nov déc env cf vs",
        "closers": "etc cie inc corp co ltd",
        "openers": "le la les l un une des ce cet cette ces il elle ils elles on nous je vous "
                   "son sa ses leur leurs mais et ou en à au aux dans du de avec par pour "
                   "selon quand lorsque si depuis après que qui comment où alors maintenant "
                   "aujourd hier aussi cependant pourtant ainsi ne",
        "numerals": "n no",
    },
    "de": {
        "titles": "hr hrn fr frl dr prof dipl ing st abs bzw ca vgl evtl ggf inkl mr mrs zzgl "
                  "max min mio mrd tel str jan feb mär apr jun jul aug sep sept okt nov dez vs",
        "closers": "usw etc inc corp co ltd",
        "openers": "der die das den dem des ein eine einen einem einer dieser diese dieses er "
                   "sie es wir ich man ihr sein seine ihre aber und oder doch denn in im am an "
                   "auf aus bei mit nach seit von vor zu zum zur für wenn als während weil ob "
                   "was wer wie wo dann jetzt nun heute gestern auch so",
        "numerals": "nr",
        "ordinal_dot": True,
    },
    "it": {
        "titles": "sig sigg sig.ra sig.na dott dott.ssa prof prof.ssa avv ing arch geom rag mr "
                  "mrs st on gen col mons p pag pagg tel art fig vol gen feb apr mag giu lug "
                  "ago set ott nov dic vs",
        "closers": "ecc etc inc corp co ltd spa srl",
        "openers": "il lo la i gli le l un uno una questo questa questi queste quello quella "
                   "egli lui lei loro noi io suo sua suoi sue ma e ed o in a al allo alla nel "
                   "nella del della di da con per secondo quando mentre se dopo che chi come "
                   "dove allora ora oggi ieri anche però inoltre così non",
        "numerals": "n nn",
    },
}
