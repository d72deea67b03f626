"""English words for time, as the English rules and resolver use them: a view over the
English language data (timeline/languages/data/en.py), where the words are kept.

Each table maps a lower-case word to what it means; `alt()` turns a table into a regex
alternation, longest words first so "September" wins over "Sept" over "Sep".
"""
from __future__ import annotations

from ..languages.data.en import DATA

EN = DATA


def _by_value(*tables: dict) -> dict:
    """Tables of one kind merged, each word after the full words of the same value
    ("january", "jan", "february", ...)."""
    return dict(sorted((kv for t in tables for kv in t.items()), key=lambda kv: kv[1]))


MONTHS = _by_value(EN["months"], EN["month_abbr"])
WEEKDAYS = _by_value(EN["weekdays"], EN["weekday_abbr"])
# Abbreviations are only dates with their period ("Wed."), never bare ("sun", "sat", "wed").
WEEKDAY_ABBREV_NEEDS_DOT = set(EN["weekday_abbr"])

# TIMEX3 season codes. "fall" and "autumn" are the same season.
SEASONS = dict(EN["seasons"])
# The calendar's seasons (no language): first and last month.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

# Parts of the day and their TIMEX3 codes.
DAY_PARTS = dict(EN["parts_of_day"])

NUMBER_WORDS = dict(EN["numbers"])
# Words that multiply the count before them ("two thousand", "1.5 million").
SCALES = dict(EN["scales"])
# Vague quantities: TIMEX3 writes the number as X ("several years" = PXY).
VAGUE_NUMBERS = tuple(EN["vague"])

ORDINALS = dict(EN["ordinals"])

# Canonical units (no language): TIMEX3 duration letter, and whether it sits after the "T".
UNIT_CODES = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False), "fortnight": ("W", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False), "millennium": ("ML", False),
    "weekend": ("WE", False),
}
# The unit words that are canonical names themselves, and the others (plurals, short forms).
UNITS = {w: UNIT_CODES[u] for w, u in EN["units"].items() if w == u}
UNIT_PLURALS = {w: u for w, u in EN["units"].items() if w != u}

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
        if part == _JOINER:
            continue
        if part in SCALES:
            total += (group or 1) * SCALES[part]
            group = 0
        elif part == HUNDRED:
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


def words_re(words) -> str:
    """Regex alternation of words and phrases, longest first: a space is any whitespace."""
    return "|".join(sorted((r"\s+".join(w.replace(".", r"\.").split()) for w in words),
                           key=len, reverse=True))


SCALE_RE = r"(?:" + alt(SCALES) + r")"

# The number words by what they are, read off NUMBER_WORDS ("a", "an" are articles).
_WORDS = [w for w in NUMBER_WORDS if " " not in w and w not in EN["articles"]
          and w not in EN["number_nouns"]]
_DIGIT_WORDS = [w for w in _WORDS if 1 <= NUMBER_WORDS[w] <= 9]
_TEENS = [w for w in _WORDS if 10 <= NUMBER_WORDS[w] <= 19]
_TENS = [w for w in _WORDS if 20 <= NUMBER_WORDS[w] <= 90]
HUNDRED = next(w for w in EN["number_nouns"] if NUMBER_WORDS[w] == 100)
_JOINER = EN["number_joiners"][0]
_HUNDREDS = [w for w in NUMBER_WORDS if NUMBER_WORDS[w] == 100]
_DOZENS = [w for w in NUMBER_WORDS if NUMBER_WORDS[w] == 12 and w not in _WORDS]  # "a dozen"

_DIGIT_WORD_RE = r"(?:" + "|".join(_DIGIT_WORDS) + r")"
_TENS_RE = r"(?:" + "|".join(_TENS) + r")"
NUMBER_WORD_RE = (
    r"(?:" + _TENS_RE + r"(?:[- ]" + _DIGIT_WORD_RE + r")?|" + "|".join(_DIGIT_WORDS + _TEENS)
    + "|" + words_re(_HUNDREDS + _DOZENS) + ")"
)
# A number below a hundred in words: "seven", "fifteen", "twenty-five".
_BELOW_100_RE = (r"(?:" + _TENS_RE + r"(?:[- ]" + _DIGIT_WORD_RE + r")?|" + "|".join(_TEENS)
                 + "|" + _DIGIT_WORD_RE + r")")
_AND_BELOW_100_RE = r"(?:(?:\s+" + _JOINER + r")?[\s-]+" + _BELOW_100_RE + r")"
# Below a thousand: "two hundred", "a hundred and fifty", "fifteen hundred", "ninety";
# factored so that a word that is none is given up on at once.
BELOW_1000_RE = (r"(?:" + _BELOW_100_RE + r"(?:[\s-]+" + HUNDRED + _AND_BELOW_100_RE + r"?)?"
                 r"|(?:a[\s-]+)?" + HUNDRED + _AND_BELOW_100_RE + r"?)")
# A count in words, compounds one count: "three hundred and fifty", "twenty-five thousand",
# "a thousand and one", "two million". The scale and what follows it are the caller's.
COUNT_WORD_RE = r"(?:" + BELOW_1000_RE + r"|" + words_re(_DOZENS) + r")"
