"""English words for time, kept apart from the rules that use them.

Each table maps a lower-case word to what it means; `alt()` turns a table into a regex
alternation, longest words first so "September" wins over "Sept" over "Sep".
"""
from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
# Abbreviations are only dates with their period ("Wed."), never bare ("sun", "sat", "wed").
WEEKDAY_ABBREV_NEEDS_DOT = {"mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"}

# TIMEX3 season codes. "fall" and "autumn" are the same season.
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

# Parts of the day and their TIMEX3 codes.
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a": 1, "an": 1, "one hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a dozen": 12, "dozen": 12, "half a": 0.5, "a half": 0.5,
}
# Words that multiply the count before them ("two thousand", "1.5 million").
SCALES = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague quantities: TIMEX3 writes the number as X ("several years" = PXY).
VAGUE_NUMBERS = ("a few", "few", "several", "some", "many", "a number of", "numerous")

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11,
    "twelfth": 12, "12th": 12, "last": -1, "final": -1,
}

# Calendar units: TIMEX3 duration letter, and whether it sits after the "T" (time units).
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False), "fortnight": ("W", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False), "millennium": ("ML", False),
    "weekend": ("WE", False),
}
UNIT_PLURALS = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "nights": "night",
    "weeks": "week", "fortnights": "fortnight", "months": "month", "quarters": "quarter",
    "years": "year", "decades": "decade", "centuries": "century", "millennia": "millennium",
    "weekends": "weekend", "yrs": "year", "mins": "minute", "hrs": "hour",
}

def unit_of(word: str) -> str | None:
    """Singular unit name for a unit word ("Years" -> "year"), else None."""
    w = word.lower().rstrip(".")
    if w in UNITS:
        return w
    return UNIT_PLURALS.get(w)


def number_of(words: str) -> float | None:
    """Value of a spelled or written number ("twenty four", "24", "a couple of"), or None
    for vague ones ("several")."""
    w = " ".join(words.lower().replace("-", " ").split())
    if w in VAGUE_NUMBERS:
        return None
    head, _, last = w.rpartition(" ")
    if head and last in SCALES:
        base = number_of(head)
        if base is None:
            return None
        n = base * SCALES[last]
        return int(n) if n == int(n) else n
    if w.replace(",", "").replace(".", "", 1).isdigit():
        text = w.replace(",", "")
        return float(text) if "." in text else int(text)
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    # "three hundred and fifty", "twenty-five thousand two hundred": a hundred multiplies
    # the count so far, a scale closes a group of it.
    total = group = 0
    for part in w.split():
        if part == "and":
            continue
        if part in SCALES:
            total += (group or 1) * SCALES[part]
            group = 0
        elif part == "hundred":
            group = (group or 1) * 100
        elif part in NUMBER_WORDS:
            group += NUMBER_WORDS[part]
        elif part.replace(",", "").replace(".", "", 1).isdigit():
            group += float(part.replace(",", "")) if "." in part else int(part.replace(",", ""))
        else:
            return None
    return total + group


def alt(words) -> str:
    """Regex alternation of words, longest first, dots escaped."""
    return "|".join(sorted((w.replace(".", r"\.") for w in words), key=len, reverse=True))


SCALE_RE = r"(?:" + alt(SCALES) + r")"

_DIGIT_WORD_RE = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS_RE = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
NUMBER_WORD_RE = (
    r"(?:" + _TENS_RE + r"(?:[- ]" + _DIGIT_WORD_RE + r")?|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen|a\s+hundred|one\s+hundred|hundred|a\s+dozen|dozen)"
)
# A number below a hundred in words: "seven", "fifteen", "twenty-five".
_BELOW_100_RE = (r"(?:" + _TENS_RE + r"(?:[- ]" + _DIGIT_WORD_RE + r")?|ten|eleven|twelve"
                 r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                 + _DIGIT_WORD_RE + r")")
_AND_BELOW_100_RE = r"(?:(?:\s+and)?[\s-]+" + _BELOW_100_RE + r")"
# Below a thousand: "two hundred", "a hundred and fifty", "fifteen hundred", "ninety";
# factored so that a word that is none is given up on at once.
BELOW_1000_RE = (r"(?:" + _BELOW_100_RE + r"(?:[\s-]+hundred" + _AND_BELOW_100_RE + r"?)?"
                 r"|(?:a[\s-]+)?hundred" + _AND_BELOW_100_RE + r"?)")
# A count in words, compounds one count: "three hundred and fifty", "twenty-five thousand",
# "a thousand and one", "two million". The scale and what follows it are the caller's.
COUNT_WORD_RE = r"(?:" + BELOW_1000_RE + r"|a\s+dozen|dozen)"
