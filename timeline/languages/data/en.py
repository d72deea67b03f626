"""English: calendar words, numbers, relative words, cues and holidays. Data only.

The same keys as the other languages (see ../README.md); the English rules
(timeline.temporal.patterns) are built from these words, and the resolver reads their
canonical values. Keys only English needs so far are marked "English" in the README.
Order matters where a table is turned into a regex alternation: the words are listed in the
order they are tried (alternations of one table are sorted longest first).
"""

# Lists two tables share (the English rules read one, the language engine the other).
# "that", "the same", "the previous", "the following": with a unit, counted from the
# time the text last named
_SINCE_MENTION = ["that", "the same", "the previous", "the following"]
# between a date and a bare second day: "April 24 and 25"; after it, words that make it
# no day ("24 and 25 percent")
_DAY_JOINERS = ["and", "or", "to", "through", "until"]
_NOT_DAY_AFTER = ["percent", "people", "of"]
# before an ambiguous month: "in May", "since March"
# ordinals that name a century ("the twentieth century")
_CENTURY_ORDINALS = {"twentieth": 20, "twenty-first": 21, "nineteenth": 19, "eighteenth": 18}
_MONTH_BEFORE = ["in", "since", "by", "until", "till", "through", "from", "to", "of",
                 "during", "before", "after", "between", "early", "the", "mid", "late",
                 "last", "next", "this", "past", "coming", "end", "beginning", "start",
                 "middle", "and", "or", "on", "as"]

DATA = {
    "code": "en",
    "date_order": "MDY",  # 07/08/95 is 8 July 1995
    "months": {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
               "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
               "december": 12},
    # a bare abbreviation is a month only with its period ("Jan.") or next to a day or year
    "month_abbr": {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                   "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12},
    # month names that are also common words ("May" the verb, "march" the noun): a month
    # only after a preposition or a time modifier (English)
    "ambiguous_months": ["may", "march", "jan", "mar", "jun", "jul", "aug", "sept", "sep",
                         "oct", "nov", "dec", "feb", "apr"],
    "weekdays": {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
                 "saturday": 5, "sunday": 6},
    # abbreviations are weekdays only with their period ("Wed."), never bare ("sun", "sat")
    # (English)
    "weekday_abbr": {"mon": 0, "tues": 1, "tue": 1, "wed": 2, "thurs": 3, "thu": 3, "fri": 4,
                     "sat": 5, "sun": 6},
    "numbers": {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
                "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                "hundred": 100, "a hundred": 100, "a": 1, "an": 1, "one hundred": 100,
                "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
                "half a": 0.5, "a half": 0.5},
    # the English rules join with the first; the language engine with each ("twenty-four",
    # "twenty four")
    "number_joiners": ["and", "-"],
    # nouns that count ("a hundred", "two dozen"), apart from the number words (English)
    "number_nouns": ["hundred", "dozen"],
    # words that multiply the count before them ("two thousand", "1.5 million") (English)
    "scales": {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000},
    # words that begin a count: "the past few days" is a duration, not the past (English)
    "count_heads": ["few", "several", "couple"],
    # vague quantities: TIMEX3 writes the number as X ("several years" = PXY)
    "vague": {"a few": "X", "few": "X", "several": "X", "some": "X", "many": "X",
              "a number of": "X", "numerous": "X"},
    "ordinals": {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                 "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6,
                 "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
                 "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12,
                 "12th": 12, "last": -1, "final": -1},
    # the first word of a year read as two numbers: "nineteen ninety-four" (English)
    "spelled_centuries": {"eighteen": 18, "nineteen": 19, "twenty": 20},
    # ordinals that name a century ("the twentieth century") beyond `ordinals` (English)
    "century_ordinals": _CENTURY_ORDINALS,
    # word -> canonical unit, each unit's singular first, then its plural, then short
    # forms; English also counts in seconds, nights, fortnights, millennia
    # and weekends
    "units": {"second": "second", "seconds": "second", "minute": "minute",
              "minutes": "minute", "mins": "minute", "hour": "hour", "hours": "hour",
              "hrs": "hour", "day": "day", "days": "day", "night": "night", "nights": "night",
              "week": "week", "weeks": "week", "fortnight": "fortnight",
              "fortnights": "fortnight", "month": "month", "months": "month",
              "quarter": "quarter", "quarters": "quarter", "year": "year", "years": "year",
              "yrs": "year", "decade": "decade", "decades": "decade", "century": "century",
              "centuries": "century", "millennium": "millennium", "millennia": "millennium",
              "weekend": "weekend", "weekends": "weekend"},
    # plural unit words: with no count a vague duration ("for years": PXY); English's
    # `bare_units` rule takes the plural of each unit from `units` (its second word)
    "bare_units": ["minutes", "hours", "days", "weeks", "months", "years", "decades",
                   "centuries"],
    "quarters": {"quarter": "quarter", "half": "half"},
    "seasons": {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"},
    "parts_of_day": {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"},
    "weekend": ["weekend"],
    # this / next / last, as an offset in the unit they qualify
    "relative": {"this": 0, "last": -1, "next": 1, "this past": -1, "this coming": 1,
                 "the previous": -1, "the following": 1, "the coming": 1, "the past": -1,
                 "the next": 1, "the last": -1, "coming": 1, "past": -1, "previous": -1,
                 "the current": 0, "current": 0, "the same": 0, "that": 0, "recent": -1},
    # which of the `relative` words each English form takes ("this coming Monday", but no
    # "the same March"); "that", "the same", "the previous" and "the following" count from
    # the time the text last named where a form says so (English)
    "relative_with": {
        "month": ["last", "next", "this", "this past", "this coming", "the previous",
                  "the following", "the coming", "the past"],
        "month_year": ["this", "last", "next", "the previous", "the following", "that"],
        "weekday": ["last", "next", "this", "this past", "this coming", "the previous",
                    "the following", "the next", "the coming", "coming"],
        "unit": ["this", "last", "next", "the past", "the last", "the coming", "the next",
                 "the previous", "the following", "this past", "this coming", "the current",
                 "the same", "that", "coming", "past", "previous", "current"],
        "century": ["this", "last", "next", "the last", "the next", "the past",
                    "the previous", "the current"],
        "year": ["this", "last", "next"],
        "part_of_day": ["this", "last"],
        "bare_units": ["recent", "coming", "past", "the past", "the coming", "the last",
                       "the next"],
        "since_mention": _SINCE_MENTION,
        # a season takes the `unit` words but these ("that summer" is anaphoric, "past"
        # and "coming" need "the")
        "not_season": ["that", "the same", "past", "previous", "current", "coming"],
    },
    # "the past three years", "the next 10 days": a duration up to now or from now
    "last_n": {"past": -1, "last": -1, "next": 1, "first": 1, "coming": 1, "previous": -1,
               "following": 1, "latest": -1, "final": -1, "recent": -1, "remaining": 1,
               "initial": 1},
    # "the next day", "the previous week": counted from the last time the text named
    "anaphoric": {"the next": 1, "the following": 1, "that": 0, "the same": 0,
                  "the previous": -1, "the prior": -1, "the preceding": -1},
    # words that name a day (offset from today) by themselves
    "deictic": {"today": "day:0", "tonight": "day:0:NI", "yesterday": "day:-1",
                "tomorrow": "day:1", "the day before yesterday": "day:-2",
                "the day after tomorrow": "day:2"},
    # words that name a TIMEX3 reference by themselves (English: `deictic` in the others)
    "refs": {"now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
             "current": "PRESENT_REF", "at present": "PRESENT_REF",
             "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
             "these days": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
             "formerly": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF",
             "the near future": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
             "a later date": "FUTURE_REF"},
    # which third of a span: "early March", "the end of 2023"
    "span_parts": {"early": "early", "mid": "mid", "late": "late", "the end of": "late",
                   "the beginning of": "early", "the start of": "early",
                   "the middle of": "mid", "the turn of": "late", "end of": "late",
                   "the close of": "late", "the rest of": "late",
                   "the remainder of": "late", "the first half of": "early",
                   "the second half of": "late"},
    # "later Monday", "earlier this week": a span part in the direction of the text (English)
    "span_shifts": {"earlier": "early", "later": "late"},
    # which span words a day or a part of a day takes ("late Monday", "mid-morning")
    # (English)
    "span_with": {"day": ["early", "late", "earlier", "later"], "part_of_day": ["mid"]},
    "mid_parts_of_day": ["morning", "afternoon"],
    # "overnight": a night by itself (English)
    "night_words": ["overnight"],
    # the fiscal period a business report is about: "the year-ago quarter", "the latest
    # period" (English); `period_words` are nouns for it beside `quarters`
    "period_words": ["period"],
    # "the year ended Sept. 30", "the year through March": a year's length to a day (English)
    "period_ends": ["ended", "ending", "that ended", "which ended", "through"],
    "period_qualifiers": {"year ago": "year_back", "year earlier": "year_back",
                          "comparable": "year_back", "corresponding": "year_back",
                          "same": "this", "latest": "latest", "current": "this",
                          "recent": "latest", "comparable year ago": "year_back",
                          "prior year": "year_back", "last year's": "year_back",
                          "this": "this", "that": "this"},
    "fiscal": ["fiscal", "financial", "full"],
    # "the year-ago quarter", "a year earlier" (English)
    "year_back": ["ago", "earlier"],
    # "will one day be": a modal before it makes "one day" a time ahead (English)
    "someday": ["one day"],
    # "back" counts back unless it is a place ("back to", "back home") (English)
    "back_not_before": ["to", "in", "into", "from", "on", "home"],
    # words between a count and its unit: "three straight days", "five trading days"
    # (English)
    "unit_qualifiers": ["full", "long", "straight", "consecutive", "more", "additional",
                        "trading", "business", "calendar"],
    # "three days ago", "two weeks later": the direction of a count (English; the others
    # write it as the pattern's `dir`)
    "directions": {"ago": -1, "earlier": -1, "later": 1, "from now": 1, "hence": 1,
                   "back": -1, "before": -1, "after": 1, "prior": -1},
    # of `directions`, those that count from the creation date, not from a named time
    "directions_from_now": ["ago", "back", "from now", "hence"],
    # words before a count ("about three years", "more than a week"): approximate, or a
    # bound (more/less) that leaves the count exact
    "about": {"about": "approx", "around": "approx", "approximately": "approx",
              "roughly": "approx", "some": "approx", "nearly": "approx", "almost": "approx",
              "more than": "more", "less than": "less", "fewer than": "less",
              "over": "more", "under": "less", "at least": "more", "at most": "less",
              "up to": "less", "no more than": "less", "as many as": "approx",
              "as much as": "approx"},
    # of `about`, the bounds that leave a counted date exact ("more than three days ago");
    # "fewer than", "up to" and "no more than" are still read as approximate there
    "about_strict": ["more than", "less than", "over", "under", "at least", "at most"],
    # of `about`, words that are a count's only when no "the" follows ("over the years")
    "about_not_before_the": ["over", "under"],
    # words right before a clock time or a date that make it approximate
    "approx": ["about", "around", "approximately", "shortly after", "shortly before",
               "just after", "just before"],
    "bounds": {"before": ["by", "before", "until", "till", "up to", "no later than",
                          "ahead of", "prior to"],
               "after": ["since", "after", "from", "starting", "beginning", "as of",
                         "no earlier than"]},
    "holidays": {"christmas": "12-25", "christmas day": "12-25", "christmas eve": "12-24",
                 "new year's": "01-01", "new year's day": "01-01", "new year's eve": "12-31",
                 "halloween": "10-31", "valentine's day": "02-14",
                 "independence day": "07-04", "boxing day": "12-26",
                 # the fourth Thursday of November
                 "thanksgiving": "11-TH4", "thanksgiving day": "11-TH4"},
    "sets": {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
             "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W"},
    "every": ["every", "each", "per"],
    # "every other week": every second one (English)
    "every_other": {"other": 2, "single": 1},
    # "twice a day": a set in a unit (English)
    "times_a": {"once a": 1, "twice a": 2},
    "articles": ["the", "a", "an"],
    # nouns after a number that count things: "2000 people" is no year
    "not_after_year": ["people", "men", "women", "children", "police", "personnel", "staff",
                       "feet", "cattle", "of"],
    # "the twenties" ... "the nineties": the decade of the century in focus (English)
    "decade_words": {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                     "seventies": 7, "eighties": 8, "nineties": 9},
    # clock times in words (English; German writes its "Uhr" as `clock_words`)
    "clock_words": {"noon": "12:00", "midnight": "24:00", "midday": "12:00"},
    # words right before a date that make it a bound or a term ahead: "extended to Nov. 20",
    # "by Dec. 15", "effective Feb. 1" (English)
    "ahead_cues": ["until", "till", "through", "thru", "to", "by", "effective", "payable",
                   "record", "expire", "expired", "expires", "expiring", "due", "deadline",
                   "starting", "beginning", "from", "before", "no later than",
                   "as early as"],
    # of `ahead_cues`, those that point ahead only when the clause is not in the past
    "ahead_unless_past": ["from", "starting", "beginning", "as early as", "before"],
    # words right after a date that make it a term: "the Jan. 14 deadline" (English)
    "ahead_after": ["deadline", "due date", "return date", "target date", "expiration",
                    "expiry"],
    # time words that are part of a name when capitalised inside a sentence ("the Winter
    # Olympic Games", "People's Daily", "A Partnership for the Future") (English)
    "name_words": ["spring", "summer", "fall", "autumn", "winter", "daily", "weekly",
                   "monthly", "annually", "yearly", "future", "past", "current", "recent",
                   "now", "today", "century", "decade", "year", "month", "week", "quarter",
                   "period"],
    # words right before a date that make it a time that has begun: "since March" (English)
    "since": ["since", "ago", "as of"],
    # context words of the English rules' checks (timeline.temporal.patterns), each list
    # in the order its regex tries it (English):
    "context": {
        # before an ambiguous month: "in May", "since March"
        "month_before": _MONTH_BEFORE,
        # months that are also a modal verb, and the words after it as a verb: "may be"
        "verb_months": ["may"],
        "may_verb_after": ["be", "have", "not", "also", "well", "never", "want", "need", "seem",
                           "take", "make", "come", "go", "do", "get", "say"],
        # verbs after a number that make it a subject, not a count ("2000 was a year")
        "verb_after_number": ["was", "is", "has", "saw", "as"],
        # nouns before a number that make it a label: "flight 2012", "page 1998"
        "label_before": ["page", "pages", "flight", "room", "number", "model", "item", "unit",
                         "route", "highway", "article", "section", "chapter", "vol", "volume",
                         "issue", "version", "gate", "suite", "apartment", "lot", "box",
                         "terminal", "platform", "bus", "line", "code", "ticket", "seat",
                         "resolution", "bill", "law", "act", "regulation", "case", "file",
                         "order", "account"],
        # after a number that make it no year: "2000 percent", "1999 points"
        "not_year_after": ["percent", "per cent"],
        # before a bare year that make it one: "in 1998", "fiscal 1998", "spring 1998"
        "year_before": ["in", "since", "of", "from", "by", "until", "till", "to", "after",
                        "before", "during", "through", "between", "and", "or", "early", "mid",
                        "late", "fiscal", "year", "the", "circa", "spring", "summer", "fall",
                        "autumn", "winter", "end", "start", "beginning"],
        "determiners": ["its", "his", "her", "their", "our", "my", "your", "this", "that",
                        "these", "those", "a", "an"],
        # before "a year" that make it a length of time: "for a year", "lasted a year"
        "span_before": ["for", "in", "within", "over", "after", "than", "last", "lasted",
                        "lasting", "took", "take", "takes", "spent", "spend", "nearly", "almost",
                        "about", "only", "just", "half", "once", "twice", "times", "per",
                        "least"],
        # before "a year" that make it a rate: "$5 million a year", "twice a year"
        "amount_before": ["million", "billion", "thousand", "dollars", "cents", "percent"],
        "rate_before": ["once", "twice", "times", "per"],
        # vague counts that are a duration only after a relative word ("the past many
        # years"; "some years" is no time)
        "vague_needs_rel": ["some", "many"],
        # season words that are also common words: "fall" is the season only after these
        "ambiguous_seasons": ["fall"],
        # before "the fall" that make it the season
        "fall_before": ["in", "this", "last", "next", "during", "by", "since", "until"],
        # between a date and a bare second day: "April 24 and 25"
        "day_joiners": _DAY_JOINERS,
        # after a bare second day that make it no day: "24 and 25 percent"
        "not_day_after": _NOT_DAY_AFTER,
    },
    # words the tagger (timeline.temporal.tagger) reads around a match (English): `within`
    # before a duration that sets a deadline ahead ("in 10 days" is that day, "within two
    # weeks" any day up to it: `deadline`), `within_next` between them ("within the next
    # two weeks"), `background` before a time named as background to the one in focus
    # ("After a flat second quarter"), with `background_determiners` between, `closing`
    # before a date that closes the period in focus ("the quarter ended Sept. 30"),
    # `span_heads` the third of a span a word names ("the end of 2023"), `range_ends` after
    # a date that make it a range's start ("from March 20 to 22": no "since"), `pin_gap`
    # between an offset and the date that pins it ("20 days later on February 24, 2022"),
    # `about_below` the bounds of `about` that exclude the count ("in less than 40 days":
    # day 39 at the latest); its bound words are `bounds`
    "within": {"in": "point", "within": "deadline"},
    "within_next": ["the next"],
    "background": ["after", "following", "unlike"],
    "background_determiners": ["a", "an", "the", "its"],
    "closing": ["ended", "ending", "ends", "through"],
    "span_heads": {"early": "early", "beginning": "early", "start": "early", "mid": "mid",
                   "middle": "mid", "late": "late", "end": "late"},
    "range_ends": ["to", "until", "till", "through", "thru", "and"],
    "pin_gap": ["on", "in"],
    "about_below": ["less than", "fewer than", "under"],
    # cues read around an expression, as regexes (English): verbs that move a date ahead
    # of the moment they are done ("postponed until Tuesday"), words that compare a figure
    # with another time ("compared with $3 million last year"), modals before "one day"
    # ("will one day be": a time ahead, not a day's length)
    "cues": {"deferring": [r"postpon", r"delay", r"extend", r"adjourn", r"defer", r"put\s+off",
                           r"push\w*\s+back", r"reschedul", r"recess", r"suspend"],
             "comparison": [r"compared\s+(?:with|to)", r"from", r"than", r"versus", r"vs\.?",
                            r"against"],
             "modal": [r"will", r"would", r"could", r"can", r"may", r"might", r"shall",
                       r"should", r"must", r"hopes?\s+to", r"wants?\s+to", r"'ll"]},
    # tense cues (regexes, as the other languages' `tense`), read in the clause around an
    # expression to choose which way a bare weekday, month or holiday points
    # (timeline.temporal.tense): `future`, `past` (regular forms; `past_words` the irregular
    # ones and past adverbs), `present`, `perfect` (the present perfect reports the past),
    # `participle_before` (an -ed word after these is a participle or an adjective),
    # `not_past` (-ed words that are no past tense), `past_markers` (past words valid
    # wherever they stand), `clause_openers` (after a comma, open a new clause),
    # `subordinators` (open a subordinate clause after a fronted phrase) (English)
    "tense": {
        # the language engine: the cue nearest an expression gives its tense, the distance
        # in words, times `after` for a cue after it, plus `break` past a clause break
        "decide": "nearest",
        "nearest_weights": {"after": 1.6, "break": 8},
        "future": [r"\b(?:will|shall|going\s+to|gonna|'ll|(?:is|are|am)\s+to\b|"
                   r"plan(?:s|ned|ning)?\s+to|(?:is|are|was|were)\s+(?:expected|"
                   r"scheduled|due|set|slated|poised)\b|expects?\s+to|schedul\w*|"
                   r"due\s+(?:to|in|on|at|by)|set\s+to|intends?\s+to|aims?\s+to|"
                   r"hopes?\s+to|prepar\w*\s+to|propos\w*|invit\w*|upcoming|"
                   r"forthcoming|payable|expire|expires|(?:decided|agreed|promised|"
                   r"vowed|pledged|threatened|wants?|hoping|agrees|decides)\s+to|"
                   r"(?:expects?|expected|invites?|invited|wants?|"
                   r"wanted)\s+(?:[\w.'’-]+\s+){1,3}?to\s+[a-z]+|(?:planned|"
                   r"scheduled|set|slated|earmarked|penciled|pencilled)\s+for|"
                   r"would|might|should|must|wo(?=n't))\b"],
        "past": [r"\b[a-z]{2,}ed\b"],
        "past_ending": "ed",
        # "unspecified", "unannounced": adjectives
        "negating_prefixes": ["un"],
        # the last ones are past and present alike ("sets", "puts": the present of a third
        # person)
        "past_words": ["was", "were", "had", "did", "said", "told", "met", "made", "took",
                       "gave", "went", "came", "began", "saw", "spoke", "left", "flew", "held",
                       "led", "won", "lost", "sent", "got", "ran", "fell", "rose", "paid",
                       "sold", "bought", "brought", "built", "caught", "chose", "drew", "drove",
                       "felt", "fought", "found", "grew", "heard", "kept", "knew", "laid",
                       "meant", "sought", "stood", "struck", "swore", "taught", "thought",
                       "threw", "understood", "woke", "wrote", "became", "broke", "forgot",
                       "hid", "shook", "spent", "stole", "swept", "tore", "withdrew", "wound",
                       "ago", "yesterday", "earlier", "already", "last", "set", "put", "cut",
                       "hit", "shut", "cast", "quit", "spread"],
        "present": [r"\b(?:is|are|am|says|say|has|have|does|do)\b(?!\s+(?:to|"
                    r"been\s+\w+ed))"],
        "perfect": [r"\b(?:has|have)\s+(?:\w+ly\s+|not\s+|never\s+|already\s+|"
                    r"just\s+)?(?:been|[a-z]+ed|met|made|held|told|said|sent|taken|"
                    r"given|spoken|seen|done|gone|come|become|begun|won|lost|left|"
                    r"paid|sold|built|brought)\b"],
        "participle_before": r"\b(?:be|been|being|is|are|am|was|were|has|have|had|to|will|"
                             r"can|could|would|should|may|might|must|the|a|an|and|or|by|of|"
                             r"with|newly|recently|so-called|its|his|her|their|our|your|my|"
                             r"this|that|these|those|in|on|at|for|from|into|onto|about|under|"
                             r"over|than|per|million|billion|trillion|\d[\d.,]*)\s+$",
        "not_past": ["advanced", "armed", "based", "bed", "breed", "concerned", "detailed",
                     "embed", "exceed", "feed", "hundred", "indeed", "informed", "interested",
                     "kindred", "limited", "naked", "need", "proceed", "ragged", "red",
                     "related", "sacred", "seed", "shed", "speed", "succeed", "supposed",
                     "united", "unprecedented", "wicked"],
        "past_markers": ["ago", "already", "did", "earlier", "had", "last", "was", "were",
                         "yesterday"],
        # a present tense in the complement of a reporting verb ("said the law takes
        # effect", "said it expects"): English shifts a reported verb back to the past
        # unless what it says still holds or is still ahead, so a present kept there is
        # the complement's own tense, not the reporting verb's past. The subject is a
        # pronoun or a determiner and one to three words not ending in "s" (so that a
        # plural noun, "the prices were", is no verb), the verb a third person in -s.
        "reported_present": [r"\b(?:said|told\s+\w+|announced|stated|added|reported|noted"
                             r"|explained|confirmed|warned|insisted|claimed|argued|wrote)"
                             r"\s+(?:that\s+)?(?:it|he|she|(?:the|a|an|its|his|her|their"
                             r"|this|our)(?:\s+[\w-]*[^\Ws]){1,3}?)\s+[a-z]+[^\Ws]s\b"],
        # English states a scheduled event in the simple present or the progressive ("the
        # plant reopens on Friday", "the talks resume Thursday", "is leaving on Monday"):
        # the verb right before a bare weekday, with its subject so that a plural noun is
        # no verb: he/she/it/which/who, a determiner and one to three words not ending in
        # s, or a name (not a capitalised determiner or number), then a third person in -s
        # (not -ss, -us, -is: "business", "campus"); they/we/you, a determiner and a plural
        # noun, or a pronoun and another ("he and Yasser Arafat"), then a base form; or
        # is/are and an -ing form. A subject begins its clause (see clause_starts).
        "scheduled_present": [
            r"(?:\b(?i:he|she|it|which|who)(?:\s+\w+ly)?|\b(?i:the|a|an|its|his|her|their"
            r"|this|that|our|each|every)(?:\s+[\w-]*[^\Ws]){1,3}?|\b(?!(?:The|A|An|This"
            r"|That|These|Those|Its|His|Her|Their|Our|My|Your|In|On|At|Both|All|Some|Many"
            r"|Most|Several|Few|Each|Every|No|Other|Such|Two|Three|Four|Five)\b)[A-Z][\w'’-]*"
            r"(?:\s+[A-Z][\w'’-]*){0,2})\s+(?P<s>[a-z]*[a-z][^\W\dsiu_]s)\b",
            r"(?:\b(?i:they|we|you)(?:\s+\w+ly)?|\b(?i:the|both|all|two|three|four|its|his"
            r"|her|their|our|my|your|these|those|many|some)(?:\s+[\w-]+){0,2}?\s+[\w-]{2,}"
            r"[^\W\dsiu_]s|\b(?i:he|she|i|we|you)\s+and(?:\s+[\w.'’-]+){1,4}?)"
            r"\s+(?P<base>[a-z]{3,})\b",
            r"\b(?i:is|are|am)\s+(?:(?:not|also|still|now|only|finally)\s+)?"
            r"(?P<ing>[a-z]{2,}ing)\b",
        ],
        # Verbs of saying or thinking: in the present it is about the act itself, today or
        # just past ("the minister says on Monday he resigned"), no schedule; before the
        # subject of a scheduled-looking verb (with an object, and "that") they report it
        # ("told reporters the plant reopens on Friday"). Not "reports": "the company reports
        # earnings on Thursday" is a schedule.
        "reporting": ["says", "say", "said", "tells", "tell", "told", "adds", "add", "added",
                      "writes", "write", "wrote", "notes", "note", "noted", "claims", "claim",
                      "claimed", "argues", "argue", "argued", "insists", "insist",
                      "insisted", "explains", "explain", "explained", "states", "stated",
                      "confirms", "confirm", "confirmed", "warns", "warn", "warned",
                      "announces", "announced", "reported", "predicts", "predict",
                      "asserts", "assert", "contends", "contend", "acknowledges",
                      "acknowledge", "admits", "admit", "denies", "deny", "maintains",
                      "maintain", "recalls", "recall", "suggests", "suggest", "believes",
                      "believe", "believed", "thinks", "think", "thought", "reckons",
                      "concludes", "conclude", "concedes", "concede", "reveals", "reveal",
                      "estimates", "estimate", "hopes", "hope", "fears", "fear", "knows",
                      "know", "knew"],
        # ... nor is a scheduled verb an auxiliary, a function word, or an adverb after a
        # plural noun ("talks with Iran on Monday", "minutes apart"), nor an -ing
        # word that is no verb.
        "not_scheduled": ["has", "have", "does", "was", "were", "are", "had", "did", "will",
                          "would", "can", "could", "may", "might", "must", "shall",
                          "should", "the", "and", "but", "or", "nor", "for", "from", "with",
                          "into", "onto", "about", "after", "before", "since", "until",
                          "over", "under", "than", "that", "this", "which", "who", "what",
                          "when", "where", "per", "last", "next", "each", "every", "all",
                          "also", "not", "just", "only", "soon", "apart", "away", "ago",
                          "nothing", "something", "anything", "everything", "during",
                          "according", "morning", "evening", "being", "thing", "king"],
        # past forms past_words leaves out, some the same as the base form ("both teams
        # beat their rivals on Sunday"): no base form of a scheduled present
        "past_like_base": ["beat", "hurt", "cost", "let", "bet", "bid", "burst", "split",
                           "upset", "broadcast", "forecast", "read", "overcame", "bit", "bled",
                           "bent", "blew", "bore", "bred", "dealt", "dug", "fed", "fled",
                           "flung", "forgave", "froze", "hung", "knelt", "lay", "leapt",
                           "lent", "lit", "overtook", "overthrew", "rang", "rode", "sang",
                           "sank", "shot", "slid", "slept", "spun", "stuck", "stung", "swam",
                           "swung", "undertook", "underwent", "upheld", "withheld", "wore",
                           "ate", "drank", "forbade", "rebuilt", "outran", "outscored"],
        # words that end a subject: "each other but just minutes apart on Friday"
        "subject_breaks": ["but", "or", "nor", "than", "as", "so", "just", "if", "because",
                           "while", "when", "where", "which", "who", "that", "to", "of", "for",
                           "from", "with", "into", "about", "after", "before", "since",
                           "until", "over", "under", "per", "during", "in", "on", "at", "by"],
        # what may stand before a subject in its stretch of words, besides a reporting verb
        # (a clause starts there): else the -s word is a noun in an object or after a
        # preposition ("clinched a spot in the playoffs with Sunday's win", "running for
        # the 125 seats Sunday"); not "and" or "or", which mostly join nouns ("phone and
        # Internet difficulties Friday")
        "clause_starts": ["but", "so", "as", "while", "when", "whereas", "if",
                          "because", "since", "after", "before", "until", "once", "although",
                          "though", "unless", "that", "now", "meanwhile", "also", "then"],
        # how many words (an object, "plays Arsenal on Sunday") may stand between that verb
        # and the weekday
        "scheduled_reach": 4,
        "clause_openers": ["but", "while", "whereas", "although", "though", "as", "which",
                           "who"],
        "subordinators": ["as", "while", "when", "after", "before", "since", "although",
                          "though", "because", "once", "until"],
    },
    # ---- read by the language engine only (timeline.languages.engine; English
    # production still runs timeline.temporal): the same keys as the other languages
    "day_suffixes": ["st", "nd", "rd", "th", "."],
    # a bare day after a month and day with no year, and a word of `joiners`, is a day of
    # the same month ("April 24 and 25"), unless a unit or a word of `not_after` follows
    "trailing_days": {"joiners": _DAY_JOINERS, "not_after": _NOT_DAY_AFTER},
    # "3 p.m.": the hours a clock time's half of the day adds
    "clock_halves": {"a.m.": 0, "a.m": 0, "am": 0, "p.m.": 12, "p.m": 12, "pm": 12},
    "ambiguous_months_before": _MONTH_BEFORE,
    "since_mention": _SINCE_MENTION,
    # right after a date that make it one that has been: "Tuesday's ruling"
    "past_after": ["'s", "’s"],
    "century_words": _CENTURY_ORDINALS,
    # durations TimeML writes in years: "two decades" is P20Y
    "duration_years": {"decade": 10, "century": 100},
    # a month in a clause with no tense cue: the coming one up to three months on, else the
    # last (news mostly reports what has been)
    "untensed_month_ahead": 3,
    "time_zones": ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst",
                   "cet"],
    "halves": ["1/2", "½", "and a half", "-and-a-half"],
    "patterns": [
        # days: "Jan. 5, 1998", "Monday, March 3", "the 5th of May 1998"
        "(?:{weekday},? )?(?:{spanpart}(?: |-))?{month} {day}(?:,? {year})?",
        "(?:{weekday},? )?(?:the )?{day} (?:of )?{month}(?:,? {year})?",
        "{mm}/{dd}/{yearnum}", "{year}/{mm}/{dd}",
        # months: "March 1998", "early May", "last March", "May of last year"
        "(?:{spanpart}(?: |-))?{month},? (?:of )?(?:{year}|{spelledyear})",
        "(?:{spanpart}(?: |-))?{monthname} (?:of )?{yrel} year",
        "(?:{rel} )?(?:{spanpart}(?: |-))?{monthname}",
        # weekdays, days and parts of days
        "(?:{rel} )?{weekday}(?: {part})?",
        "{deictic}(?: {part})?",
        "{rel} {part}",
        # "mid afternoon", "later this afternoon": today's unless a word says which
        "(?:{spanpart}(?: |-)|{shift} )(?:{rel} )?{part}",
        "{ref}",
        # clock times: "3 p.m.", "10:30 a.m. Monday", "noon"
        "(?:{about} )?{hour}(?:[:.]{minute})? ?{ampm}(?: {zone})?(?:,? (?:on )?(?:{deictic}|{weekday}|{month} {day}))?",
        "{hour}:{minute}",
        "{clock}(?: (?:on )?(?:{deictic}|{weekday}))?",
        # "Tuesday, 5 p.m.", "Thursday noon": the day first, then its clock time
        "(?:{deictic}|{weekday}),? (?:{hour}(?:[:.]{minute})? ?{ampm}(?: {zone})?|{clock})",
        "(?:{spanpart}(?: |-))?{part} {deictic}",
        # quarters and halves: "the first quarter", "the third quarter of 1998"
        "(?:the )?(?:{year} )?(?:{fiscal}(?: |-))?{ordinal} {quarter}(?: of {year}| of {rel} year)?",
        # "third-quarter profit": the adjective is the timex, not its article
        "(?:{year} )?(?:{fiscal}(?: |-))?{ordinal}-{quarter}",
        "{rel} year's {ordinal}(?: |-){quarter}",
        "(?:the )?{rel} {quarter}",
        # business reports: the period in focus, "the latest quarter", "the year-ago
        # period", "the 1988 quarter", "the corresponding period last year"
        "the (?:{year} )?(?:{qualifier}(?: |-))?(?:{qualifier}(?: |-))?(?:{ordinal} )?{period}",
        "{qualifier}(?: |-)(?:{qualifier}(?: |-))?(?:{ordinal} )?{period}",
        {"p": "(?:the )?(?:{qualifier} )?(?:{ordinal}(?: |-))?{period} (?:a year (?:ago|earlier)|(?:of )?last year)",
         "qualifier": "year_back"},
        {"p": "{unit}-(?:ago|earlier)", "dir": -1, "n": 1},
        # "the year ended Sept. 30": a year's length; "the fiscal year": the one now
        {"p": "(?:the )?(?:{fiscal} )?{unit}(?= (?:{periodend}) )", "n": 1},
        {"p": "the {fiscal} {unit}(?!-)", "rel": 0},
        # seasons: "last summer", "the spring of 1998"
        "(?:{rel} |the )?{season},? (?:of )?(?:{year}|{spelledyear})",
        "(?:{rel} |the )(?:{spanpart}(?: |-))?{season}",
        # weekends
        "(?:{rel} |the )?{weekend}",
        # "will one day be": a time ahead after a modal (cues.modal), not a day's length
        {"p": "one day", "value": "FUTURE_REF", "after_cue": "modal"},
        # "the end of the year", "the beginning of next month"
        {"p": "{spanpart} (?:the )?{unit}", "rel": 0},
        "(?:{spanpart}|{shift}) {rel} {unit}",
        # "earlier this year", "late yesterday", "Earlier Sunday": the span words a day takes
        "(?:{spanpart}|{shift}) (?:{deictic}|{weekday})(?: {part})?",
        {"p": "(?:around )?{unit}(?:'s)?[ -]end", "rel": 0},
        "{spanpart}(?: |-){year}",
        # "last year", "next week", "the following month" (counted from the time last
        # named: `since_mention`), "recent years"
        "(?:{rel} )(?:fiscal )?{unit}",
        # counts back or ahead from now: "three days ago", "a year from now"
        {"p": "(?:{about} )?{number}(?: |-){unit}(?: or so)? (?:ago|back)", "dir": -1},
        {"p": "{vague} {unit} ago", "dir": -1},
        {"p": "(?:{about} )?{number} {unit} (?:from now|hence)", "dir": 1},
        # counted from the time the story has reached ("two days later", "a year
        # earlier"); "two days after the vote" counts from an event: a duration
        {"p": "(?:(?:{about} )?{number} {unit}|{vague} {unit}) (?:later|after(?! \\w))",
         "dir": 1, "from": "mention"},
        {"p": "(?:(?:{about} )?{number} {unit}|{vague} {unit}) (?:earlier|before(?! \\w))",
         "dir": -1, "from": "mention"},
        # durations: "the past three years", "three years", "several months"
        "(?:the )?{lastn} (?:{number} |{vague} )?{unit}",
        {"p": "(?:the )?{lastn} {number} (?:to|or) {number} {unit}", "count": "X"},
        # "a 6-year-old" is an age, no time
        # "52 years old" is an age, no time
        "(?:{about} )?(?:the )?{number}(?: ?{half})? (?:{unitq} )?{unit}(?:-long)?(?!-)(?! old\\b)",
        "(?:{about} )?{number}(?: ?{half})?-(?:{unitq} )?{unit}(?:-long)?(?!-)",
        # "two to three weeks": the first count (TimeML)
        "{number} (?:to|or) (?:\\d{1,3}|[a-z]+) {unit}",
        "{vague}(?: |-){unit}",
        "(?:{rel} )?{bare}(?! old\\b)",
        # decades and centuries: "the 1990s", "the '90s", "the nineties"
        "(?:the )?(?:{spanpart}(?: |-))?{decade}'?s",
        "(?:the )?(?:{spanpart}(?: |-))?{decadeword}",
        {"p": "(?:the )?(?:{cardinal}(?:st|nd|rd|th)|{centuryword})(?: |-)century", "century": True},
        "{holiday}(?: {year})?",
        # sets: "every week", "each Monday", "daily"
        "{every} (?:{number} )?{unit}", "{every} {weekday}", "{every} {monthname}", "{set}",
        "(?:fiscal )?{year}",
        # years in words: "nineteen ninety-six", "the year two thousand"
        "(?:the year )?{spelledyear}", "the year {yearthousand}",
    ],
}
