"""The words of narrative time, per language, read by timeline.narrative. Data only.

A narrative counts its relative dates from the time the story has reached; these words tell
where a text steps out of that time or joins two times in one phrase. Each entry is a list
of words or phrases (a space stands for any run of spaces), matched whole and in any case
(the joiners as written):

joiners            join a yearless time to the dated one right after it ("the spring and
                   early summer of 1943"); `joiner_article` may follow them
goal_before        before a date that is a goal, not a time reached ("for 1976", "until
                   1980"); `goal_article` may follow them
goal_verbs         the same, a word or two before the date ("planned ... 1976")
now_words          a whole expression that counts from the day of writing ("today", a
                   weekday)
now_suffixes       the last word of one ("two years ago")
now_determiners,   "this week", "last year": a determiner and a unit that count from the
now_units,         day of writing, unless one of `now_not_after` comes right before ("the
now_not_after      next year" is the story's)
at_writing         words of the day of writing, and `reporting` words of reported speech:
reporting          together in a sentence, they put it back at the publication date
deictic            a time named with one of these counts from something ("next March"), so a
                   yearless one is not given the story's year
era_markers        years before the common era ("490 BC"); with them `months` (January
months, seasons,   first) and `seasons` (TIMEX3 code of each), `century` and the ordinal
century, ordinals, endings before it, `decade_ending` ("the 470s BC"), `circa` and `parts`
decade_ending,     ("early", "mid") before a year, `of` between a month and its year, and
circa, parts, of,  `range_words` between two years ("from 499 to 493 BC"); `article` may
range_words,       open a century or a decade
article

A language without a table here is read as news in every mode: its relative dates count from
the publication date. English's words are the ones narrative.py's rules were fitted with
(WikiWars dev, see benchmarks/wikiwars.py).
"""

WEEKDAYS_EN = "monday tuesday wednesday thursday friday saturday sunday".split()

NARRATIVE_WORDS = {
    "en": {
        "joiners": ["and", "or", "to", "until", "till", "through", "into"],
        "joiner_article": ["the"],
        "goal_before": ["for", "until", "till"],
        "goal_article": ["the"],
        "goal_verbs": ["planned", "scheduled", "due", "expected", "intended"],
        "now_words": ["today", "yesterday", "tomorrow", "tonight"] + WEEKDAYS_EN,
        "now_suffixes": ["ago"],
        "now_determiners": ["this", "last", "next", "past"],
        "now_units": ["week", "month", "year"],
        "now_not_after": ["the", "that"],
        "at_writing": ["today", "yesterday", "tomorrow", "tonight", "this week", "last week",
                       "next week", "ago"] + WEEKDAYS_EN,
        "reporting": ["said", "says", "told", "tells", "announced", "according to"],
        "deictic": ["next", "last", "this", "past", "coming", "following", "previous", "that",
                    "same"],
        "era_markers": ["BC", "BCE", "B.C.", "B.C.E."],
        "months": ["january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december"],
        "seasons": {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA",
                    "winter": "WI"},
        "century": ["century"],
        "ordinals": ["st", "nd", "rd", "th"],
        "decade_ending": ["s"],
        "circa": ["ca.", "c.", "circa"],
        "parts": ["early", "mid", "late"],
        "of": ["of"],
        "range_words": ["to", "and", "until"],
        "article": ["the"],
    },
}
