"""One temporal tagger for every language in `data/`: it compiles a language's patterns,
matches them, turns each match into canonical slots and resolves the slots against the
document creation date. It knows no word of any language; see README.md for the data.

Slots a pattern can fill (macros in braces, see `_MACROS`): year, yy, month, day, weekday,
number, unit, rel (this/next/last: 0/+1/-1), deictic, part (part of day), season, ordinal,
quarter, holiday, hour, minute, decade, century, every, lastn, spanpart, set. A pattern may
also carry fixed readings: "dir" (-1 ago, +1 later), "type", "value".
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import import_module

from ..model import Anchor, TimeMention, TimeSpan
from ..sentences import split_sentences
from ..temporal import calendar as cal
from . import holidays
from .scheduled import scheduled

# Canonical units: TIMEX3 duration letter, and whether it counts time of day (PT...).
_UNIT_LETTER = {"second": ("S", True), "minute": ("M", True), "hour": ("H", True),
                "day": ("D", False), "weekend": ("WE", False),
                "week": ("W", False), "month": ("M", False), "quarter": ("Q", False),
                "half": ("H", False), "season": ("M", False), "year": ("Y", False),
                "decade": ("DE", False), "century": ("CE", False)}
# Units counted as so many of another: "a fortnight" is two weeks (P2W), "three nights"
# three days, "a millennium" ten centuries.
_UNIT_AS = {"fortnight": ("week", 2), "night": ("day", 1), "millennium": ("century", 10)}
_CLOCK_UNITS = ("hour", "minute", "second")
_CALENDAR_UNITS = ("day", "week", "month", "quarter", "half", "season", "year", "decade",
                   "century")
_SLACK = {"day": 1, "week": 3, "month": 7, "season": 15, "quarter": 15, "half": 30,
          "year": 30, "decade": 365, "century": 3650}
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
# A clause ends at these, and at a period that ends a sentence (timeline.sentences: not
# the one of "Corp." or "Oct." before a lower-case word, nor a decimal point); tense cues
# are read inside it.
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_CLAUSE_MARK = re.compile(r"[;:!?\n]")
_REACH = 160


@dataclass(frozen=True)
class Language:
    code: str
    data: dict
    patterns: tuple  # (compiled regex, entry dict)
    words: dict  # slot -> {lower word: canonical value}
    past: re.Pattern | None
    future: re.Pattern | None
    before: re.Pattern | None
    after: re.Pattern | None
    approx: re.Pattern | None
    habitual: re.Pattern | None  # aspect cues of a habit (an imperfect, "d'habitude")
    trigger: re.Pattern  # the words one of which every pattern holds
    number_words: re.Pattern  # the words of `numbers`, longest first ("quatre-vingt")
    # `relative` words that count from the time the text last named ("al mes siguiente")
    since_mention: frozenset = frozenset()
    plurals: frozenset = frozenset()  # plural unit words ("años": a bare one is PXY)
    # month names that are also common words ("May" the verb) and the words before one
    # that make it a month ("in May")
    ambiguous: frozenset = frozenset()
    ambiguous_before: re.Pattern | None = None
    # words around a date that point it ahead or back whatever the clause's tense says
    ahead_before: re.Pattern | None = None  # "by Dec. 15", "effective Feb. 1"
    ahead_unless_past: frozenset = frozenset()  # of those, "from", "starting"
    ahead_after: re.Pattern | None = None  # "the Jan. 14 deadline"
    back_before: re.Pattern | None = None  # "since March"
    back_after: re.Pattern | None = None  # "Tuesday's ruling"
    deferring: re.Pattern | None = None  # verbs that put a date off: "postponed"
    background: re.Pattern | None = None  # "After a flat second quarter": no new focus
    comparison: re.Pattern | None = None  # "compared with ... last year"
    closing: re.Pattern | None = None  # "the quarter ended Sept. 30": the date closes it
    # time words that are part of a name when capitalised inside a sentence ("This Week",
    # the TV show; "the Winter Olympics")
    name_words: frozenset = frozenset()


def _alternation(words) -> str:
    """One regex for a word list, written as a trie ("sept(?:iembre)?") so that a match
    tries one branch per letter instead of every word in turn, and the longest word wins;
    spaces match any whitespace."""
    trie: dict = {}
    for w in {" ".join(w.lower().split()) for w in words}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie(trie) if trie else "(?!)"


def _trie(node: dict) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _trie(child)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here; a longer one may go on
        return f"(?:{body})?"
    return body


def _abbrevs(words) -> str:
    """Abbreviations may carry a full stop ("ene.", "Okt.")."""
    alts = sorted({w.lower() for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) + r"\.?" for w in alts) or "(?!)"


def _number_regex(numbers: dict, joiners: list) -> str:
    word = _alternation(numbers)
    joins = "|".join(r"\s*" + re.escape(j.strip()) + r"\s*" if j.strip() else r"\s+"
                     for j in joiners) or "(?!)"
    # bounded repetition: "vinte e quatro", "cent vingt-trois" (at most four parts)
    return rf"(?:\d{{1,3}}(?![.,]\d)|(?:{word})(?:(?:{joins})(?:{word})){{0,3}})"


_DAY_SUFFIXES = (".", "º", "°", "er", "o")


def _spelled_year(d: dict, thousands: bool) -> str:
    centuries = d.get("spelled_centuries")
    thousand = [w for w, v in d.get("scales", {}).items() if v == 1000]
    if not centuries or (thousands and not thousand):
        return "(?!)"
    numbers = d["numbers"]
    tens = _alternation([w for w, v in numbers.items() if isinstance(v, int) and 10 <= v <= 99])
    ones = _alternation([w for w, v in numbers.items() if isinstance(v, int) and 1 <= v <= 9])
    body = rf"(?:{_alternation(centuries)})[\s-]+(?:{tens})(?:[\s-]+(?:{ones}))?"
    if thousands:
        body = (rf"(?:{ones})[\s-]+(?:{_alternation(thousand)})"
                 rf"(?:[\s-]+(?:and[\s-]+)?(?:{tens}|{ones})(?:[\s-]+(?:{ones}))?)?")
    return body


def _spelled_value(words: str, lang: "Language") -> int | None:
    """"nineteen ninety-six" is 1996, "two thousand and one" 2001."""
    parts = [p for p in re.split(r"[\s-]+", words) if p]
    centuries = {w.lower(): v for w, v in lang.data.get("spelled_centuries", {}).items()}
    scales = {w.lower(): v for w, v in lang.data.get("scales", {}).items()}
    table = lang.words["numbers"]
    if len(parts) > 1 and parts[1] in scales:
        return table.get(parts[0], 0) * scales[parts[1]] + sum(
            table.get(p, 0) for p in parts[2:] if p in table)
    return centuries[parts[0]] * 100 + sum(table.get(p, 0) for p in parts[1:])


def _macros(d: dict) -> dict[str, str]:
    """Macro name -> regex body (a named group is put around it)."""
    order = d.get("date_order", "DMY")
    return {
        "year": r"(?<![\d.,])(?:1[0-9]|20)\d\d(?![\d]|[.,]\d|\s?[%€$£])"
                + (rf"(?!\s+(?:{_alternation(d['not_after_year'])})(?!\w))"
                   if d.get("not_after_year") else ""),
        "yy": r"(?:'|’)?\d\d(?!\d)",
        "yearnum": r"(?:1[0-9]|20)\d\d|(?:'|’)?\d\d",  # numeric dates: 4 or 2 digits
        "month": _alternation(d["months"]) + ("|" + _abbrevs(d.get("month_abbr", {}))
                                              if d.get("month_abbr") else ""),
        "monthname": _alternation(d["months"]),
        "mm": r"0?[1-9]|1[0-2]",
        # a day number's marks: "3.", "1º", "1er", "3rd" (`day_suffixes`, longest first)
        "day": r"(?:0?[1-9]|[12]\d|3[01])(?!\d)(?:"
               + "|".join(re.escape(x) for x in sorted(d.get("day_suffixes", _DAY_SUFFIXES),
                                                         key=len, reverse=True)) + ")?"
               + ("|" + _alternation(d.get("day_words", {})) if d.get("day_words") else ""),
        "dd": r"0?[1-9]|[12]\d|3[01]",
        "weekday": _alternation(d["weekdays"]),
        # short weekday names that are also other words (Portuguese "segunda" is "second"):
        # only where a pattern puts them after a determiner
        "wdshort": f"(?:{_alternation(d.get('weekday_short', {}))})(?!-)",
        "number": _number_regex(d["numbers"], d.get("number_joiners", [])),
        "unit": _alternation(d["units"]),
        # a plural unit with no count: "durante años" is PXY, "hace meses" PAST_REF
        "bare": _alternation(d.get("bare_units", [])),
        "rel": _alternation(d["relative"]),
        "yrel": _alternation(d["relative"]),  # this/next/last year: "junio del año pasado"
        "about": _alternation(d.get("about", [])),  # "hace casi dos años"
        "deictic": _alternation(d["deictic"]),
        # TIMEX3 references where a language keeps them apart from `deictic` ("now")
        "ref": _alternation(d.get("refs", {})),
        "zone": _alternation(d.get("time_zones", [])),  # "5 p.m. EST": read, not kept
        "half": _alternation(d.get("halves", [])),  # "2 1/2 years": half a unit more
        "unitq": _alternation(d.get("unit_qualifiers", [])),  # "eight trading days"
        # a year in words: "nineteen ninety-six" (a word of `spelled_centuries`, then tens
        # and ones of `numbers`), "two thousand and one" (where a pattern's words say it is
        # a year: "the year two thousand"; else it is a count)
        "spelledyear": _spelled_year(d, False),
        "yearthousand": _spelled_year(d, True),
        # "a.m." / "p.m." after a clock time: the hours added to it (0 or 12)
        "ampm": _alternation(d.get("clock_halves", {})),
        "part": _alternation(d.get("parts_of_day", {})),
        "season": _alternation(d.get("seasons", {})),
        "weekend": _alternation(d.get("weekend", [])),
        "anaphor": _alternation(d.get("anaphoric", {})),
        "focus": _alternation(d.get("quarters", {})),  # "el trimestre": the one in focus
        # business reports: a period noun ("quarter", "period"), what qualifies it ("the
        # year-ago quarter", "the latest period"), "fiscal", "the year ended ..."
        "period": _alternation([*d.get("quarters", {}), *d.get("period_words", [])]),
        "qualifier": _alternation(d.get("period_qualifiers", {})).replace(r"\s+", r"[\s-]+"),
        "fiscal": _alternation(d.get("fiscal", [])),
        "periodend": _alternation(d.get("period_ends", [])),
        "ordinal": _alternation(d.get("ordinals", {})),
        "quarter": _alternation(d.get("quarters", {})),
        "holiday": _alternation(d.get("holidays", {})),
        "set": _alternation(d.get("sets", {})),
        "every": _alternation(d.get("every", [])),
        "lastn": _alternation(d.get("last_n", {})),
        "spanpart": _alternation(d.get("span_parts", {})),
        # "earlier this year", "later Monday": a span part in the text's direction
        "shift": _alternation(d.get("span_shifts", {})),
        "art": _alternation(d.get("articles", [])),
        "vague": _alternation(d.get("vague", {})),
        "hour": r"[01]?\d|2[0-3]",
        "hourword": _alternation(d["numbers"]),  # "las seis de la mañana"
        "minute": r"[0-5]\d",
        "decade": r"(?:1[0-9]|20)?\d0|(?:'|’)\d0",
        "roman": r"(?=[xvi])x{0,3}(?:ix|iv|v?i{0,3})",
        "cardinal": r"\d{1,2}",
        # decades and centuries in words: "anni Novanta", "Neunziger", "il Novecento"
        "decadeword": _alternation(d.get("decade_words", {})),
        "centuryword": _alternation(d.get("century_words", {})),
        # clock times in words ("midi", "mezzogiorno": 12:00), where clock_words is a table
        "clock": _alternation(d["clock_words"]) if isinstance(d.get("clock_words"), dict)
        else "(?!)",
        "order": order,
    }


_MACRO = re.compile(r"\{(\w+)\}")


def _compile(pattern: str, macros: dict) -> re.Pattern:
    seen: dict[str, int] = {}

    def group(m: re.Match) -> str:
        name = m[1]
        if name not in macros or name == "order":
            raise ValueError(f"unknown macro {{{name}}} in {pattern!r}")
        seen[name] = seen.get(name, 0) + 1
        return f"(?P<{name}__{seen[name]}>{macros[name]})"

    body = _MACRO.sub(group, pattern.replace(" ", r"\s+").replace(r"\s+?", r"\s*"))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I)


def _past_cues(tense: dict) -> re.Pattern | None:
    """The past cues of `tense`: its regexes (`past`, `perfect`), words of irregular forms and past
    adverbs (`past_words`: "was", "said", "ago"), and never a word of `not_past` ("red",
    "need": -ed words that are no past tense) nor one of `negating_prefixes` with the
    `past_ending` ("unspecified")."""
    # the present perfect reports the past ("has met")
    pieces = [*tense.get("past", []), *tense.get("perfect", [])]
    if tense.get("past_words"):
        pieces.append(rf"(?<!\w)(?:{_alternation(tense['past_words'])})(?!\w)")
    if not pieces:
        return None
    body = "|".join(f"(?:{p})" for p in pieces)
    if tense.get("not_past"):
        body = rf"(?!(?:{_alternation(tense['not_past'])})(?!\w))(?:{body})"
    if tense.get("negating_prefixes") and tense.get("past_ending"):
        # "unspecified", "unannounced": a negated participle is an adjective
        body = (rf"(?!(?:{_alternation(tense['negating_prefixes'])})\w*"
                rf"{re.escape(tense['past_ending'])}(?!\w))(?:{body})")
    return re.compile(body, re.I)


def _cue(pieces) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in pieces), re.I) if pieces else None


def _before(words) -> re.Pattern | None:
    """A word right before an expression (a span word such as "early" may come between:
    "by early March")."""
    if not words:
        return None
    return re.compile(rf"(?<!\w)({_alternation(words)})\s+(?:(?:on|in|at|early|mid|late)"
                      rf"\s+)?$", re.I)


def _after(words) -> re.Pattern | None:
    """Words right after an expression ("deadline", "'s")."""
    if not words:
        return None
    return re.compile(rf"\s*(?:{_alternation(words)})(?!\w)", re.I)


def _prefix(words) -> re.Pattern | None:
    """A word right before an expression, with an optional article in between."""
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{_alternation(words)})\s+(?:\w{{1,3}}\s+)?$", re.I)


# Macros whose words are triggers (see _windows): every pattern needs one.
_TRIGGER_MACROS = {"year", "yy", "yearnum", "mm", "dd", "day", "month", "monthname",
                   "weekday", "wdshort", "unit", "deictic", "part", "season", "quarter",
                   "holiday", "set", "hour", "minute", "decade", "cardinal", "weekend",
                   "anaphor", "focus", "decadeword", "centuryword", "clock", "bare", "ref", "period",
                   "spelledyear", "yearthousand"}


# The canonical values a data table may give (see README.md): a data file that gives any
# other is refused when it is loaded, not when a text first uses the word.
_CANONICAL = {"units": set(_UNIT_LETTER) | set(_UNIT_AS), "quarters": {"quarter", "half"},
              "parts_of_day": {"MO", "MI", "AF", "EV", "NI"},
              "seasons": {"SP", "SU", "FA", "WI"}, "span_parts": {"early", "mid", "late"},
              "relative": {-1, 0, 1}, "last_n": {-1, 1}, "vague": {"X"},
              "months": set(range(1, 13)), "month_abbr": set(range(1, 13)),
              "weekdays": set(range(7)), "weekday_short": set(range(7))}


def validate(code: str, d: dict) -> None:
    """Refuse a data file whose tables give a value the engine cannot read (ValueError
    naming each word): a unit "fortnight" the resolver has no letter for, a holiday rule of
    no known form, a month 13."""
    errors = []
    for table, allowed in _CANONICAL.items():
        for word, value in d.get(table, {}).items():
            if value not in allowed:
                errors.append(f"{table}[{word!r}] = {value!r} (one of {sorted(allowed)})")
    for word, value in d.get("numbers", {}).items():
        if not isinstance(value, (int, float)) or value < 0:  # "half a": 0.5
            errors.append(f"numbers[{word!r}] = {value!r} (a number, not negative)")
    units = {w.lower() for w in d.get("units", {})}
    for word in d.get("bare_units", []):
        if word.lower() not in units:
            errors.append(f"bare_units: {word!r} is no word of units")
    relative = {w.lower() for w in d.get("relative", {})}
    for word in d.get("since_mention", []):
        if word.lower() not in relative:
            errors.append(f"since_mention: {word!r} is no word of relative")
    for word, rule in d.get("holidays", {}).items():
        if not holidays.valid(rule):
            errors.append(f"holidays[{word!r}] = {rule!r} (MM-DD, MM-<weekday><n|L>, E+N)")
    if errors:
        raise ValueError(f"{code}: " + "; ".join(errors))


@lru_cache(maxsize=None)
def load(code: str) -> Language:
    return build(code, import_module(f"{__package__}.data.{code}").DATA)


def build(code: str, d: dict) -> Language:
    """A language's compiled patterns and tables, from its data (validated first)."""
    validate(code, d)
    macros = _macros(d)
    # abbreviations stand next to a day or year, whose digits are triggers already
    keys = ("months", "weekdays", "weekday_short", "units", "deictic",
            "parts_of_day", "seasons", "holidays", "sets", "quarters", "day_words",
            "clock_words", "weekend", "anaphoric", "decade_words", "century_words", "refs", "period_words",
            "spelled_centuries")
    trigger = re.compile(r"\d|(?<!\w)(?:" + _alternation(
        [w for k in keys for w in d.get(k, {})]) + ")", re.I)
    pats = []
    for entry in [*d["patterns"], *_COMMON]:
        entry = {"p": entry} if isinstance(entry, str) else dict(entry)
        if not set(_MACRO.findall(entry["p"])) & _TRIGGER_MACROS \
                and not trigger.search(_MACRO.sub(" ", entry["p"])):
            raise ValueError(f"{code}: pattern {entry['p']!r} holds no trigger word")
        pats.append((_compile(entry["p"], macros), entry))
    words = {k: {w.lower(): v for w, v in d.get(k, {}).items()}
             for k in ("months", "month_abbr", "weekdays", "weekday_short", "numbers", "units", "relative",
                       "deictic", "parts_of_day", "seasons", "ordinals", "quarters",
                       "holidays", "sets", "last_n", "span_parts", "day_words", "vague",
                       "anaphoric", "decade_words", "century_words", "refs",
                       "clock_halves", "period_qualifiers", "span_shifts")}
    if isinstance(d.get("clock_words"), dict):
        words["clock_words"] = {w.lower(): v for w, v in d["clock_words"].items()}
    tense = d.get("tense", {})
    past = _past_cues(tense)
    number_words = re.compile(rf"(?<!\w)(?:{_alternation(d['numbers'])})(?!\w)")
    return Language(code, d, tuple(pats), words, past,
                    _cue(tense.get("future")), _prefix(d.get("bounds", {}).get("before")),
                    _prefix(d.get("bounds", {}).get("after")), _prefix(d.get("approx")),
                    _cue(tense.get("habitual")), trigger, number_words,
                    frozenset(w.lower() for w in d.get("since_mention", [])),
                    frozenset(w.lower() for w in d.get("bare_units", [])),
                    frozenset(w.lower() for w in d.get("ambiguous_months", [])),
                    re.compile(rf"(?<!\w)(?:{_alternation(d['ambiguous_months_before'])})\s+$",
                               re.I) if d.get("ambiguous_months_before") else None,
                    _before(d.get("ahead_cues")),
                    frozenset(w.lower() for w in d.get("ahead_unless_past", [])),
                    _after(d.get("ahead_after")), _before(d.get("since")),
                    _after(d.get("past_after")),
                    re.compile(r"(?<!\w)(?:" + "|".join(d["cues"]["deferring"])
                               + r")\w*\b[^.;]{0,60}$", re.I)
                    if d.get("cues", {}).get("deferring") else None,
                    re.compile(rf"(?<!\w)(?:{_alternation(d['background'])})\s+(?:(?:"
                               rf"{_alternation(d.get('background_determiners', []))})\s+)?"
                               rf"(?:\w+\s+)?$", re.I) if d.get("background") else None,
                    re.compile(r"(?<!\w)(?:" + "|".join(d["cues"]["comparison"])
                               + r")\s+[^.;]{0,80}$", re.I)
                    if d.get("cues", {}).get("comparison") and d.get("period_qualifiers")
                    else None,
                    re.compile(rf"(?<!\w)(?:{_alternation(d['closing'])})\s+$", re.I)
                    if d.get("closing") else None,
                    frozenset(w.lower() for w in d.get("name_words", [])))


# ---------------------------------------------------------------------------------------
# Matching


# ISO 8601 days and spans of years ("1934-1940") are written alike in every language.
_COMMON = ("{year}-{mm}-{dd}", "{year}[-–]{year}")


# How far before and after a trigger word a pattern may reach: the words of a pattern
# that are no trigger ("a principios de", "in den letzten") are short, and a long date
# ("el próximo lunes 3 de marzo de 2023") holds several triggers whose windows merge.
_BEFORE, _AFTER = 40, 40


def _windows(lang: Language, text: str) -> list[tuple[int, int]]:
    """Stretches of text around the words every pattern needs (a digit, a month, a unit,
    "ayer" ...), merged, each cut at whitespace: the patterns run there only. One linear
    scan; in news most of the text holds no such word."""
    out: list[list[int]] = []
    for m in lang.trigger.finditer(text):
        lo, hi = max(0, m.start() - _BEFORE), min(len(text), m.end() + _AFTER)
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    spans = []
    for lo, hi in out:
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        spans.append((lo, hi))
    return spans


def _matches(lang: Language, text: str):
    """Every pattern match, then the longest leftmost ones that do not overlap (a tie goes
    to the pattern listed first). Each regex is a linear scan: word alternations and
    bounded repeats only, no nested quantifiers."""
    found = []
    windows = _windows(lang, text)
    for rank, (rx, entry) in enumerate(lang.patterns):
        for lo, hi in windows:
            for m in rx.finditer(text, lo, hi):
                if m.end() > m.start() and _cased(entry, m, text) \
                        and _plain_month(lang, m, text) and _after_cue(lang, entry, m, text) \
                        and not _names_a_thing(lang, m, text) \
                        and not _ordinal_unit(lang, entry, m):
                    found.append((m.start(), -(m.end() - m.start()), rank, m, entry))
    found.sort(key=lambda f: (f[0], f[1], f[2]))
    chosen, end = [], -1
    for start, neg, rank, m, entry in found:
        if start >= end:
            chosen.append((m, entry))
            end = start - neg
        # a longer match starting later than an earlier short one is still skipped: the
        # earlier start wins, as a reader reads left to right
    return chosen


# macro -> the data table its words are looked up in
_TABLE = {"weekday": "weekdays", "unit": "units", "deictic": "deictic", "season": "seasons",
          "ordinal": "ordinals", "quarter": "quarters", "holiday": "holidays", "set": "sets",
          "spanpart": "span_parts", "vague": "vague"}


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"«»“”(]\s*)$")


def _cased(entry: dict, m: re.Match, text: str) -> bool:
    """An entry's "lower" slots must be written in lower case ("mars", not the planet
    "Mars"; German "morgen" is tomorrow, "Morgen" the morning), except where a sentence
    starts and a capital tells nothing."""
    slots = entry.get("lower")
    if not slots:
        return True
    for key, raw in m.groupdict().items():
        if raw and key.split("__")[0] in slots and not raw.islower():
            at = m.start(key)
            if not _SENTENCE_START.search(text, max(0, at - 4), at):
                return False
    return True


_DATED = {"day", "dd", "year", "yy", "yearnum"}
_LETTERS = re.compile(r"[^\W\d_]+")
# what may open a sentence before a capital: a stop, a quote of any kind ("``Today, ..."),
# a bracket or a dash
_NAME_LEAD = re.compile(r"(?:^|[.!?:;\n\"«»“”‘’`'(—–]\s*)$")


def _ordinal_unit(lang: Language, entry: dict, m: re.Match) -> bool:
    """A unit word that is also an ordinal, counted by an article and counting no way
    ("a second group", "a second betrayal"), is the ordinal; "a second later" counts."""
    if entry.get("dir") or not lang.data.get("articles"):
        return False
    groups = m.groupdict()
    count = next((raw for key, raw in groups.items()
                  if raw and key.split("__")[0] == "number"), None)
    unit = next((raw for key, raw in groups.items()
                 if raw and key.split("__")[0] == "unit"), None)
    return count is not None and unit is not None \
        and count.lower() in {a.lower() for a in lang.data["articles"]} \
        and unit.lower() in lang.words["ordinals"]


def _names_a_thing(lang: Language, m: re.Match, text: str) -> bool:
    """A word of `name_words` capitalised inside a sentence makes the match part of a name
    ("ABC's \"This Week\"", "the Winter Olympics"), where a capital after a sentence start
    tells nothing."""
    if not lang.name_words or m.group().islower():
        return False
    for word in _LETTERS.finditer(text, m.start(), m.end()):
        w = word.group()
        if w[0].isupper() and w.lower() in lang.name_words and word.start() > 0 \
                and not _NAME_LEAD.search(text, max(0, word.start() - 4), word.start()):
            return True
    return False


def _after_cue(lang: Language, entry: dict, m: re.Match, text: str) -> bool:
    """An entry's `after_cue` names a list of `cues` (regexes) one of which must come right
    before the match: "will one day be" (`modal`)."""
    name = entry.get("after_cue")
    if not name:
        return True
    rx = _cue_before(tuple(lang.data.get("cues", {}).get(name, ())))
    return rx is not None and rx.search(text, max(0, m.start() - 30), m.start()) is not None


@lru_cache(maxsize=None)
def _cue_before(pieces: tuple) -> re.Pattern | None:
    return re.compile(r"(?<!\w)(?:" + "|".join(pieces) + r")\s+$", re.I) if pieces else None


def _plain_month(lang: Language, m: re.Match, text: str) -> bool:
    """A month name that is also a common word (`ambiguous_months`: "May" the verb) is a
    month next to a day or a year, or capitalised after a word of the match ("early May")
    or a word of `ambiguous_months_before` ("in May"); else the match is no date."""
    if not lang.ambiguous:
        return True
    groups = m.groupdict()
    if any(raw and key.split("__")[0] in _DATED for key, raw in groups.items()):
        return True
    for key, raw in groups.items():
        if raw and key.split("__")[0] in ("month", "monthname") \
                and raw.lower().rstrip(".") in lang.ambiguous:
            at = m.start(key)
            if not raw[:1].isupper():
                return False
            if at == m.start() and not (lang.ambiguous_before and lang.ambiguous_before.search(
                    text, max(0, at - 30), at)):
                return False
    return True


def _slots(lang: Language, m: re.Match) -> dict:
    """Canonical slots of a match: words looked up in the language's tables."""
    w = lang.words
    s: dict = {}
    for key, raw in m.groupdict().items():
        if raw is None:
            continue
        name, _, index = key.partition("__")
        low = re.sub(r"\s+", " ", raw.lower()).rstrip(".")
        if name == "year":
            s["year"] = int(raw)
            s.setdefault("years", []).append(s["year"])
        elif name == "yearnum" and len(raw) == 4:  # "03/03/2023": a full year
            s["year"] = int(raw)
        elif name in ("yy", "yearnum"):
            s["yy"] = raw.lstrip("'’")
        elif name in ("month", "monthname"):
            s["month"] = w["months"].get(low) or w["month_abbr"].get(low)
        elif name in ("mm",):
            s["month"] = int(raw)
        elif name in ("day", "dd"):
            digits = re.match(r"\d+", raw)
            s["day"] = int(digits[0]) if digits else w["day_words"].get(low)
        elif name == "number":
            s["number"] = _number(low, lang)
            s.setdefault("pairs", {}).setdefault(index, {})["number"] = s["number"]
        elif name == "cardinal":
            s["number"] = int(raw)
        elif name == "roman":
            s["number"] = _roman(low)
        elif name == "wdshort":
            s["weekday"] = w["weekday_short"].get(low)
        elif name in _TABLE:
            s[name] = w[_TABLE[name]].get(low)
            if name == "unit" and s["unit"] in _UNIT_AS:  # "a fortnight": two weeks
                s["unit"], s["scale"] = _UNIT_AS[s["unit"]]
            if name == "unit":
                s.setdefault("pairs", {}).setdefault(index, {})["unit"] = s["unit"]
                if low in lang.plurals:
                    s["plural"] = True
        elif name == "bare":
            s["unit"], s["vague"], s["plural"] = w["units"].get(low), "X", True
        elif name == "rel":
            s["rel"] = w["relative"].get(low)
            if low in lang.since_mention:
                s["since"] = True
        elif name == "yrel":
            s["yrel"] = w["relative"].get(low)
        elif name == "about":
            s["about"] = True
        elif name == "part":
            s["part"] = w["parts_of_day"].get(low)
        elif name == "lastn":
            s["lastn"] = w["last_n"].get(low)
        elif name == "every":
            s["every"] = True
        elif name == "weekend":
            s["weekend"] = True
        elif name == "focus":
            s["focus"] = w["quarters"].get(low)
        elif name == "anaphor":
            s["anaphor"] = w["anaphoric"].get(low)
        elif name in ("hour", "minute"):
            s[name] = int(raw)
        elif name == "hourword":
            s["hour"] = w["numbers"].get(low)
        elif name == "decade":
            s["decade"] = raw.lstrip("'’")
        elif name == "decadeword":  # a year ("Neunziger": 1990) or a digit ("nineties": 9)
            v = w["decade_words"].get(low)
            s["decade"] = str(v * 10 if v < 10 else v)
        elif name == "period":  # a period word of no `quarters` is a quarter ("period")
            s["period"] = w["quarters"].get(low, "quarter")
            s["focusword"] = low in w["quarters"]  # "the quarter" alone: the one in focus
        elif name == "qualifier":
            s["qualifier"] = w["period_qualifiers"].get(low.replace("-", " "))
        elif name == "fiscal":
            s["fiscal"] = True
        elif name in ("spelledyear", "yearthousand"):
            s["year"] = _spelled_value(low, lang)
            s.setdefault("years", []).append(s["year"])
        elif name == "shift":
            s["spanpart"] = w["span_shifts"].get(low)
        elif name == "half":
            s["half"] = True
        elif name == "ref":
            s["deictic"] = w["refs"].get(low)
        elif name == "ampm":
            s["ampm"] = w["clock_halves"].get(low)
        elif name == "centuryword":
            s["number"] = w["century_words"].get(low)
        elif name == "clock":
            s["hour"], s["minute"] = (int(x) for x in w["clock_words"][low].split(":"))
    if s.get("half") and s.get("number") is not None:  # "2 1/2 years": 2.5
        s["number"] = s["number"] + 0.5
    if s.get("scale") and s.get("number"):
        s["number"] = s["number"] * s["scale"]
    return s


def _number(words: str, lang: Language) -> int | None:
    """The value of a written number: each entry of the language's table counts whole, the
    longest first ("quatre-vingt-dix" is 80 + 10, "un par de" is 2, not 1 + 2)."""
    if words[:1].isdigit():
        return int(words)
    total = 0
    table = lang.words["numbers"]
    for piece in lang.number_words.finditer(words):  # joiners ("y", "e", "et") fall between
        v = table[" ".join(piece[0].split())]
        if v >= 100 and total:  # "dos cientos": multiply what came before
            total = total * v if total < v else total + v
        else:
            total += v
    return total or None


def _roman(s: str) -> int | None:
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = _ROMAN.get(a, 0)
        total += -v if _ROMAN.get(b, 0) > v else v
    return total or None


# ---------------------------------------------------------------------------------------
# Tense of the clause


def clause_cuts(text: str, code: str) -> list[int]:
    """Where the clauses of a text begin: after each clause mark (`_CLAUSE_MARK`) and after
    each sentence's end (timeline.sentences, with the language's abbreviations), sorted."""
    cuts = {m.end() for m in _CLAUSE_MARK.finditer(text)}
    cuts.update(s.end for s in split_sentences(text, code))
    return sorted(cuts)


def _clause(text: str, start: int, end: int, cuts: list[int] | None = None) -> str:
    """The words of the clause around [start, end), the expression left out (`cuts` from
    clause_cuts; without them, every period ends a clause)."""
    if cuts is None:
        left = max(0, start - _REACH)
        cut = [m.end() for m in _CLAUSE_END.finditer(text, left, start)]
        left = cut[-1] if cut else left
        stop = _CLAUSE_END.search(text, end, min(len(text), end + _REACH))
        right = stop.start() if stop else min(len(text), end + _REACH)
        return text[left:start] + " " + text[end:right]
    left = clause_start(text, start, cuts)
    i = bisect_right(cuts, end)
    right = min(len(text), end + _REACH)
    if i < len(cuts) and cuts[i] - 1 < right:
        right = cuts[i] - 1
    return text[left:start] + " " + text[end:right]


def _habitual(lang: Language, clause: str, tense: str | None) -> bool:
    """A habit, for an entry marked "habitual" (Italian "il lunedì", French "le lundi":
    the article makes a weekday a habit): a present clause (no past or future cue), or one
    whose cues say habit (an imperfect, "di solito"). A perfective past or a future names
    one day ("è arrivato il lunedì")."""
    if tense is None:
        return True
    return bool(lang.habitual and lang.habitual.search(clause))


def _direction(lang: Language, text: str, start: int, end: int, tense: str | None,
               weekday: bool = False) -> str | None:
    """The clause's tense, unless the words right around the date point it back ("since
    March", "Tuesday's ruling": `since`, `past_after`) or ahead ("by Dec. 15", "effective
    Feb. 1", "the Jan. 14 deadline": `ahead_cues`, `ahead_after`; a word of
    `ahead_unless_past` only in a clause not in the past; before a weekday, any of them
    only in a clause not in the past, or after a verb of `cues.deferring`: "had filed
    reports by Wednesday", but "postponed until Tuesday")."""
    before = text[max(0, start - 30):start]
    if lang.back_before and lang.back_before.search(before) or \
            lang.back_after and lang.back_after.match(text, end):
        return "past"
    if lang.ahead_after and lang.ahead_after.match(text, end) \
            and not (weekday and tense == "past"):
        return "future"
    m = lang.ahead_before.search(before) if lang.ahead_before else None
    if m:
        if tense == "past" and weekday and not (lang.deferring and lang.deferring.search(
                text, max(0, start - 80), start)):
            return tense
        if " ".join(m[1].lower().split()) in lang.ahead_unless_past:
            return "future" if tense != "past" else tense
        return "future"
    return tense


def clause_start(text: str, start: int, cuts: list[int] | None = None) -> int:
    """Where the clause of an expression at `start` begins (as _clause cuts it)."""
    left = max(0, start - _REACH)
    if cuts is not None:
        i = bisect_right(cuts, start) - 1
        return cuts[i] if i >= 0 and cuts[i] > left else left
    cut = [m.end() for m in _CLAUSE_END.finditer(text, left, start)]
    return cut[-1] if cut else left


def _nearest_tense(lang: Language, clause: str, at: int) -> str | None:
    """The tense of the cue nearest `at`: a past cue inside a future one is part of it ("is
    expected", "scheduled to"), and none after a word of `tense.participle_before` ("will
    be paid"); a `tense.present` cue nearest gives no direction ("said it is calling for
    the redemption on Dec. 7")."""
    t = lang.data["tense"]
    future = [m.span() for m in lang.future.finditer(clause)] if lang.future else []
    cues = [(m.span(), "future") for m in lang.future.finditer(clause)] if lang.future else []
    participle = _participle(t.get("participle_before"))
    for m in lang.past.finditer(clause) if lang.past else ():
        if any(a <= m.start() and m.end() <= b for a, b in future):
            continue
        # the words before it, not across the expression left out ("on Friday tried")
        lo = max(0, m.start() - 30, at + 1 if at < m.start() else 0)
        if participle and participle.search(clause, lo, m.start()):
            continue
        cues.append((m.span(), "past"))
    for rx in _present_cues(tuple(t.get("present", []))):
        cues += [(m.span(), None) for m in rx.finditer(clause)]
    weigh = t.get("nearest_weights")
    breaks = _breaks(tuple(t.get("clause_openers", ()))) if weigh else None
    best, choice = None, None
    for (a, b), kind in cues:
        if weigh:  # in words, a cue after the expression or past a clause break weighs less
            before = b <= at
            gap = len((clause[b:at] if before else clause[at + 1:a]).split()) + 1
            if not before:
                gap *= weigh.get("after", 1)
            if breaks.search(clause, b, at) if before else breaks.search(clause, at, a):
                gap += weigh.get("break", 0)
        else:
            gap = at - b if b <= at else a - at
        if best is None or gap < best:
            best, choice = gap, kind
    return choice


@lru_cache(maxsize=None)
def _breaks(openers: tuple) -> re.Pattern:
    """A clause break inside a clause's words: a dash or a quote mark, a comma before a
    closing quote or before a word of `tense.clause_openers` ("but", "which")."""
    after_comma = rf"|,\s+(?:{_alternation(openers)})(?!\w)" if openers else ""
    return re.compile(rf"[—–\"“”«»]|``|''|[,.!?]\s*[’]{after_comma}", re.I)


@lru_cache(maxsize=None)
def _participle(rx: str | None) -> re.Pattern | None:
    return re.compile(rx, re.I) if rx else None


@lru_cache(maxsize=None)
def _present_cues(pieces: tuple) -> tuple:
    return tuple(re.compile(p, re.I) for p in pieces)


def _tense(lang: Language, clause: str, at: int | None = None) -> str | None:
    """"past" or "future" from the cues of a clause (see _clause; the expression stood at
    `at`), or None. Where the language's `tense.decide` is "nearest", the cue nearest the
    expression decides ("said it will meet on Monday"); else the more numerous cues."""
    if at is not None and lang.data.get("tense", {}).get("decide") == "nearest":
        return _nearest_tense(lang, clause, at)
    past = len(lang.past.findall(clause)) if lang.past else 0
    future = len(lang.future.findall(clause)) if lang.future else 0
    if future > past:
        return "future"
    if past > future:
        return "past"
    return None


# ---------------------------------------------------------------------------------------
# Resolution: slots -> (type, value, relative?)


@dataclass
class _Reading:
    type: str
    value: str
    relative: bool = False  # counted from the creation date
    used_tense: bool = False
    part: str | None = None  # early/mid/late third of the span
    # the date a duration counts to ("hace dos años" reported as P2Y where the language's
    # TimeML guideline says so): it still gives the mention its calendar span
    span_value: str | None = None
    anchor: Anchor | None = None  # counted from a named time, not the creation date


def _two_digit(yy: str, dct: date | None) -> int:
    n = int(yy)
    pivot = ((dct.year if dct else 2040) + 10) % 100
    century = (dct.year // 100 * 100) if dct else 2000
    return century + n if n <= pivot else century - 100 + n


def _year_for(month: int, day: int | None, dct: date, tense: str | None,
              untensed_ahead: int | None = None) -> int:
    """The year of a month (and day) named without one: of the creation year and the two
    beside it, the nearest one on the side the clause's tense points to (a past clause
    names a time before the creation date, give or take a month: reports run late and
    tense cues err), the nearest one overall when the clause has no cue."""
    def middle(y: int) -> date:
        return date(y, month, min(day or 15, calendar.monthrange(y, month)[1]))

    if tense is None and day is None and untensed_ahead is not None and month != dct.month:
        # `untensed_month_ahead`: news mostly reports what has been, so a month named in a
        # clause with no cue is the coming one only when it is that near, else the last
        ahead = (month - dct.month) % 12 <= untensed_ahead
        return dct.year + (month < dct.month if ahead else -(month > dct.month))

    years = (dct.year - 1, dct.year, dct.year + 1)
    margin = timedelta(days=31)
    if tense == "past":
        years = tuple(y for y in years if middle(y) <= dct + margin) or years
    elif tense == "future":
        years = tuple(y for y in years if middle(y) >= dct - margin) or years
    return min(years, key=lambda y: (abs((middle(y) - dct).days), y != dct.year))


def _weekday(wd: int, dct: date, rel: int | None, tense: str | None,
             ahead: bool = False) -> date:
    """The day of weekday `wd` a clause names: the last one in a past clause, the next one
    in a future clause, and in a clause with no cue the last one, or the next one where the
    language's present names the future (`ahead`: German "am Sonntag wählt Berlin")."""
    back = (dct.weekday() - wd) % 7
    forward = (wd - dct.weekday()) % 7
    if rel == -1:
        return dct - timedelta(days=back or 7)
    if rel == 1:
        return dct + timedelta(days=forward or 7)
    if rel == 0 and tense is None:  # "ce samedi", "diesen Montag": the day of this week
        return dct + timedelta(days=wd - dct.weekday())
    if tense == "future" or (tense is None and ahead):
        return dct + timedelta(days=forward)
    return dct - timedelta(days=back)


# A fraction of a unit is written in the next smaller one: P2Y6M, PT5H30M (TIMEX3).
_SMALLER = {"year": ("M", 12, False), "month": ("D", 30, False), "week": ("D", 7, False),
            "day": ("H", 24, True), "hour": ("M", 60, True), "minute": ("S", 60, True)}


def _duration(n, unit: str) -> str:
    letter, clock = _UNIT_LETTER[unit]
    if isinstance(n, float) and not n.is_integer() and unit in _SMALLER:
        small, per, small_clock = _SMALLER[unit]
        whole, rest = int(n), round((n - int(n)) * per)
        head = ("PT" if clock else "P") + (f"{whole}{letter}" if whole else "")
        if small_clock and not clock:
            head += "T"
        return f"{head}{rest}{small}"
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    if unit == "half":
        return f"P{6 * n}M" if isinstance(n, int) else "PXM"
    if unit == "season":
        return f"P{3 * n}M" if isinstance(n, int) else "PXM"
    return ("PT" if clock else "P") + str(n) + letter


def _resolve(s: dict, entry: dict, dct: date | None, tense: str | None) -> _Reading | None:
    part = s.get("spanpart")
    if "rel" in entry and s.get("rel") is None:  # "final do ano": this year's end
        s["rel"] = entry["rel"]
    if "value" in entry:
        return _Reading(entry.get("type", "DATE"), entry["value"])
    if s.get("set"):
        return _Reading("SET", s["set"])
    if s.get("every") and s.get("weekday") is not None and not s.get("unit"):
        return _Reading("SET", f"XXXX-WXX-{s['weekday'] + 1}")  # "chaque lundi"
    if s.get("every") and s.get("month") and not {"day", "year"} & s.keys():
        return _Reading("SET", f"XXXX-{s['month']:02d}")  # "each July"
    if s.get("every") and s.get("unit"):  # "cada seis meses": P6M
        return _Reading("SET", _duration(s.get("number") or 1, s["unit"]))
    if len(s.get("years", ())) == 2 and not {"month", "day", "unit"} & s.keys():
        first, last = s["years"]  # "1934-1940", "2019–2021"
        if first < last:
            return _Reading("DATE", f"{first:04d}/{last:04d}")
    if s.get("lastn") is not None and s.get("unit"):
        n = s.get("number") or "X"
        return _Reading("DURATION", _duration(n, s["unit"]))
    if s.get("vague") and s.get("unit") and entry.get("dir") and entry.get("as") != "duration":
        # "il y a quelques jours", "vor wenigen Tagen": a time before now, no count (TimeML)
        return _Reading("DATE", "PAST_REF" if entry["dir"] < 0 else "FUTURE_REF",
                        relative=True)
    if s.get("vague") and s.get("unit"):
        return _Reading("DURATION", _duration("X", s["unit"]))
    if entry.get("dir") and s.get("unit"):
        n = s.get("number") or entry.get("n", 1)
        if dct is None:
            return _Reading("DATE", "XXXX-XX-XX", relative=True)
        unit = s["unit"]
        if unit in _CLOCK_UNITS:
            day = dct.isoformat()
        else:
            day = cal.fmt(unit, cal.shift(dct, unit, entry["dir"] * n))
        if entry.get("as") == "duration":
            return _Reading("DURATION", _duration(n, unit), relative=True, span_value=day)
        return _Reading("DATE", day, relative=True)
    if s.get("hour") is not None:  # "las seis de la mañana de ayer": a clock time first
        return _clock(s, dct, tense)
    if "deictic" in s and s["deictic"] is not None:
        return _deictic(s["deictic"], s.get("part"), dct)
    if s.get("holiday"):  # a fixed day, a weekday of a month, a day counted from Easter
        rule = s["holiday"]
        if "year" in s:
            d = holidays.day_of(rule, s["year"])
            return _day(d.year, d.month, d.day, False, part)
        if dct is None:
            return _Reading("DATE", holidays.unanchored(rule), relative=True)
        near = holidays.day_of(rule, dct.year)
        d = holidays.day_of(rule, _year_for(near.month, near.day, dct, tense))
        return _day(d.year, d.month, d.day, True, part, True)
    if s.get("weekend"):
        return _weekend(s.get("rel"), dct, tense)
    if s.get("quarter"):
        return _quarter(s, dct, tense)
    if s.get("season"):
        return _season(s, dct, tense)
    if "decade" in s:
        d = s["decade"]
        if len(d) == 4:
            return _Reading("DATE", d[:3])
        base = (dct.year // 100) if dct and int(d) <= dct.year % 100 else 19
        return _Reading("DATE", f"{base}{d[0]}")
    if entry.get("century") and s.get("number"):
        return _Reading("DATE", f"{s['number'] - 1:02d}")
    if "hour" in s:
        return _clock(s, dct, tense)
    if s.get("part") and not ("month" in s or "weekday" in s):  # "esta noche", "la tarde"
        return _deictic(f"day:{s.get('rel') or 0}", s["part"], dct)  # "la nuit dernière": -1
    if "month" in s or "year" in s or "yy" in s or "weekday" in s or "day" in s:
        return _calendar(s, dct, tense)
    if s.get("rel") is not None and s.get("unit") and s.get("plural") \
            and not s.get("number"):
        # "los años siguientes", "años recientes": several units, no date (PXY)
        return _Reading("DURATION", _duration("X", s["unit"]))
    if s.get("rel") is not None and s.get("unit"):
        unit = s["unit"]
        if dct is None:
            return _Reading("DATE", "XXXX-XX-XX", relative=True)
        if unit not in _CALENDAR_UNITS:
            return None
        return _Reading("DATE", cal.fmt(unit, cal.shift(dct, unit, s["rel"])), relative=True,
                        part=part)
    if s.get("unit") and (s.get("number") or entry.get("n")):
        pairs = [p for p in s.get("pairs", {}).values() if p.get("number") and p.get("unit")]
        if len(pairs) > 1:  # "dos años y tres meses": P2Y3M
            return _Reading("DURATION", _compound(pairs))
        return _Reading("DURATION", _duration(s.get("number") or entry["n"], s["unit"]))
    return None


_LONG = re.compile(r"P(\d+|X)(DE|CE)")


def _in_years(value: str, years: dict) -> str:
    """"P2DE" as P20Y where the language's TimeML writes decades and centuries in years
    (`duration_years`)."""
    m = _LONG.fullmatch(value)
    unit = {"DE": "decade", "CE": "century"}[m[2]] if m else None
    if unit not in years:
        return value
    return f"P{m[1] if m[1] == 'X' else int(m[1]) * years[unit]}Y"


def _compound(pairs: list[dict]) -> str:
    dates, times = "", ""
    for p in pairs:
        letter, clock = _UNIT_LETTER[p["unit"]]
        if p["unit"] in ("quarter", "half", "season", "decade", "century"):
            return _duration(pairs[0]["number"], pairs[0]["unit"])
        if clock:
            times += f"{p['number']}{letter}"
        else:
            dates += f"{p['number']}{letter}"
    return "P" + dates + ("T" + times if times else "")


def _day(y: int, month: int, day: int, relative: bool, part=None, used_tense=False):
    return _Reading("DATE", f"{y:04d}-{month:02d}-{day:02d}", relative, used_tense, part)


def _deictic(spec: str, part: str | None, dct: date | None) -> _Reading:
    """"day:-1" is yesterday, "day:0:NI" tonight; a TIMEX3 value (PRESENT_REF) stays."""
    if not spec.startswith(("day:", "week:", "month:", "year:")):
        return _Reading("DATE", spec)
    unit, n, *rest = spec.split(":")
    part = part or (rest[0] if rest else None)
    if dct is None:
        return _Reading("TIME" if part else "DATE", "XXXX-XX-XX", relative=True)
    value = cal.fmt(unit, cal.shift(dct, unit, int(n)))
    if part and unit == "day":
        return _Reading("TIME", f"{value}T{part}", relative=True)
    return _Reading("DATE", value, relative=True)


def _calendar(s: dict, dct: date | None, tense: str | None) -> _Reading | None:
    year = s.get("year")
    if year is None and "yy" in s:
        year = _two_digit(s["yy"], dct)
    month, day, wd, rel = s.get("month"), s.get("day"), s.get("weekday"), s.get("rel")
    part = s.get("spanpart")
    relative = False
    if month is None and wd is None and day is not None:  # "el día 13": this month's
        if dct is None:
            return _Reading("DATE", f"XXXX-XX-{day:02d}", relative=True)
        month, relative = dct.month, True
        if tense == "past" and day > dct.day:
            month -= 1
        elif tense == "future" and day < dct.day:
            month += 1
        y, month = dct.year + (month - 1) // 12, (month - 1) % 12 + 1
        return _day(y, month, day, True, None, True)
    if month is None and wd is None:
        return _Reading("DATE", f"{year:04d}", part=part) if year is not None else None
    if month is None:  # a weekday
        if dct is None:
            return _Reading("DATE", "XXXX-XX-XX", relative=True)
        d = _weekday(wd, dct, rel, tense, s.get("present_ahead", False))
        r = _Reading("DATE", d.isoformat(), True, rel is None)
        return _with_part(r, s)
    if year is None and s.get("yrel") is not None and dct is not None:
        year, relative = dct.year + s["yrel"], True
    if year is None:
        if dct is None:
            v = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
            return _Reading("DATE", v, relative=True)
        relative = True
        if rel == -1:
            year = dct.year if (month, day or 0) < (dct.month, dct.day if day else 1) \
                else dct.year - 1
        elif rel == 1:
            year = dct.year if (month, day or 99) > (dct.month, dct.day if day else 0) \
                else dct.year + 1
        else:
            year = _year_for(month, day, dct, tense, s.get("untensed_ahead"))
    if day is None:
        return _Reading("DATE", f"{year:04d}-{month:02d}", relative, relative and rel is None,
                        part)
    return _with_part(_day(year, month, day, relative, None, relative and rel is None), s)


def _with_part(r: _Reading, s: dict) -> _Reading:
    if s.get("part"):
        return _Reading("TIME", f"{r.value}T{s['part']}", r.relative, r.used_tense)
    return r


def _clock(s: dict, dct: date | None, tense: str | None) -> _Reading | None:
    hour = s["hour"]
    if hour is None or hour > 24:
        return None
    if s.get("ampm") is not None:  # "3 p.m." is 15:00, "12 a.m." midnight
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + s["ampm"]
    # the part of day a deictic word holds: "stasera alle 8" is 20:00
    part = s.get("part") or (str(s.get("deictic") or "").split(":")[2:] or [None])[0]
    if part in ("AF", "EV", "NI") and 1 <= hour < 12 and \
            not (part == "NI" and hour < 5):  # "las seis de la tarde" is 18:00
        hour += 12
    hm = f"{hour:02d}:{s.get('minute', 0):02d}"
    if "month" in s or "weekday" in s:
        day = _calendar(s, dct, tense)
        if day is not None:
            return _Reading("TIME", f"{day.value.split('T')[0]}T{hm}", day.relative,
                            day.used_tense)
    if s.get("deictic"):
        day = _deictic(s["deictic"], None, dct)
        return _Reading("TIME", f"{day.value.split('T')[0]}T{hm}", True)
    if dct is None:
        return _Reading("TIME", f"XXXX-XX-XXT{hm}", relative=True)
    return _Reading("TIME", f"{dct.isoformat()}T{hm}", relative=True)


def _quarter(s: dict, dct: date | None, tense: str | None) -> _Reading | None:
    unit = s["quarter"]  # "quarter" or "half"
    code, per_year = ("Q", 4) if unit == "quarter" else ("H", 2)
    n, year, rel = s.get("ordinal"), s.get("year"), s.get("rel")
    if n == -1:  # "the last half of 1989"
        n = per_year
    if n is not None and not 1 <= n <= per_year:
        return None
    if year is None and dct is None:
        return _Reading("DATE", f"XXXX-{code}{n}" if n else "XXXX-XX", relative=True)
    if n is None:
        if year is not None:
            return None
        shifted = cal.shift(dct, unit, rel or 0)
        return _Reading("DATE", cal.fmt(unit, shifted), relative=True)
    if year is None:
        year = dct.year + (rel or 0)
        # in a language with business-report tables (`period_qualifiers`), "the fourth
        # quarter" in January is the one just ended unless the clause looks ahead: reports
        # name a quarter to come with its year
        current = (dct.month - 1) // (12 // per_year) + 1
        if s.get("reports") and rel is None and n > current and tense != "future":
            year -= 1
        return _Reading("DATE", f"{year:04d}-{code}{n}", relative=True, used_tense=rel is None)
    return _Reading("DATE", f"{year:04d}-{code}{n}")


def _weekend(rel: int | None, dct: date | None, tense: str | None) -> _Reading:
    """"el fin de semana", "letztes Wochenende": the Saturday and Sunday of this week, the
    one before or the one after (a past clause on a weekday means the one just gone)."""
    if dct is None:
        return _Reading("DATE", "XXXX-WXX-WE", relative=True)
    if rel is None:
        rel = -1 if tense == "past" and dct.weekday() < 5 else 0
    y, w, _ = (dct + timedelta(weeks=rel)).isocalendar()
    return _Reading("DATE", f"{y:04d}-W{w:02d}-WE", relative=True, used_tense=True)


def _season(s: dict, dct: date | None, tense: str | None) -> _Reading | None:
    code, year, rel = s["season"], s.get("year"), s.get("rel")
    if year is not None:
        return _Reading("DATE", f"{year:04d}-{code}")
    if dct is None:
        return _Reading("DATE", f"XXXX-{code}", relative=True)
    now_year, now_code = cal.season_of(dct)
    order = ["WI", "SP", "SU", "FA"]
    # the season's year as TIMEX3 counts it (winter: the year it begins)
    year = dct.year if code != "WI" else now_year
    here, now = order.index(code), order.index(now_code)
    if rel == -1 or (rel is None and tense == "past"):
        if here >= now and code != now_code or (rel == -1 and code == now_code):
            year -= 1
    elif rel == 1 or (rel is None and tense == "future"):
        if here <= now and code != now_code or (rel == 1 and code == now_code):
            year += 1
    return _Reading("DATE", f"{year:04d}-{code}", relative=True, used_tense=rel is None)


# ---------------------------------------------------------------------------------------
# Tagging


# The value of an expression whose date no calendar holds, by its type (as in English).
_PLACEHOLDERS = {"DATE": "XXXX-XX-XX", "TIME": "XXXX-XX-XXTXX:XX", "DURATION": "PXD",
                 "SET": "XXXX-XX-XX"}


def tag(text: str, dct: date | None, doc_id: str, code: str) -> list[TimeMention]:
    lang = load(code)
    out: list[TimeMention] = []
    reference: TimeMention | None = None  # the last day the text named, for "la veille"
    focus: dict[str, TimeMention] = {}  # the last quarter / half named, for "el trimestre"
    story: TimeMention | None = None  # the time the story has reached, for "dos días después"
    paragraphs = [p.end() for p in _PARAGRAPH.finditer(text)]
    cuts = clause_cuts(text, code)
    matches = _matches(lang, text)
    pinnable: set[int] = set()  # counts from a named time ("20 days later")
    with_year: set[int] = set()  # dates whose words name their year
    for k, (m, entry) in enumerate(matches):
        try:
            mention = _mention(lang, text, m, entry, dct, doc_id, reference, focus,
                               _in_reach(paragraphs, story, m.start()), cuts)
        except (cal.OutOfRange, OverflowError):
            # "hace 30000 siglos": no calendar holds the date; the words stay, flagged (the
            # pipeline warns of them), as the English tagger keeps them. Any other error is
            # a bug and raises: the data tables were validated when the language loaded.
            start, end = m.start(), _end(lang, m)
            kind = entry.get("type") or ("DURATION" if entry.get("as") == "duration"
                                         else "DATE")
            mention = TimeMention(doc_id, start, end, text[start:end], kind,
                                  _PLACEHOLDERS[kind], None, None, None, 0.1,
                                  ("out-of-range",))
        if mention is not None:
            out.append(mention)
            if entry.get("from") == "mention" and entry.get("dir"):
                pinnable.add(len(out) - 1)
            if _names_year(m):
                with_year.add(len(out) - 1)
            nxt = matches[k + 1][0].start() if k + 1 < len(matches) else len(text)
            trailing = _trailing_day(lang, text, m, mention, nxt)
            if trailing is not None:
                out.append(trailing)
            # a day counted from the reference does not replace it: "la veille ... le
            # lendemain" are both counted from the day named before them
            if mention.span is not None and mention.span.precision == "day" \
                    and mention.span.kind == "point" and mention.type in ("DATE", "TIME") \
                    and (mention.anchor is None or mention.anchor.kind != "mention"):
                reference = mention
            # a time counted from a named one does not replace it: "the same quarter of the
            # year before" compares with the quarter in focus, and "o ano anterior" twice
            # in a report is the same year
            counted = mention.anchor is not None and mention.anchor.kind == "mention" \
                or "compared" in mention.flags or _aside(lang, text, mention, dct, cuts)
            if focus and mention.type == "DURATION" and lang.data.get("period_qualifiers") \
                    and lang.data.get("articles") and mention.text.split()[0].lower() \
                    == lang.data["articles"][0] and "X" not in mention.value:
                # "for the nine months": the report turns to a period of another length
                focus.clear()
            named = focus.get(mention.span.precision) if mention.span is not None else None
            if named is not None and counted and mention.anchor is not None \
                    and mention.anchor.kind == "mention" and "compared" not in mention.flags \
                    and mention.anchor.start == named.start and mention.value == named.value:
                # "the quarter" names the period in focus again: the story is back at it
                focus[mention.span.precision] = story = mention
            if mention.span is not None and mention.span.precision in ("quarter", "half") \
                    and mention.type == "DATE" and not counted:
                focus[mention.span.precision] = mention
            if mention.span is not None and mention.span.kind == "point" and not counted \
                    and mention.type in ("DATE", "TIME") and mention.span.precision in _ORDER:
                story = mention
    return _pin(lang, text, out, pinnable, with_year)


def _names_year(m: re.Match) -> bool:
    return any(raw and key.split("__")[0] in ("year", "yearnum", "yy")
               for key, raw in m.groupdict().items())


@lru_cache(maxsize=None)
def _pin_gap(words: tuple) -> re.Pattern:
    return re.compile(rf"\s*(?:,\s*)?(?:{_alternation(words)})\s+", re.I)


def _pin(lang: Language, text: str, out: list[TimeMention], pinnable: set[int],
         with_year: set[int]) -> list[TimeMention]:
    """"freed 20 days later, on March 3, 2010": a count from a named time that the text pins
    with a date naming its year right after it (a word of `pin_gap` between) takes that
    date, and that date becomes its anchor (as timeline.temporal.tagger._pinned does)."""
    words = lang.data.get("context", {}).get("pin_gap") or lang.data.get("pin_gap")
    if not words or not pinnable:
        return out
    gap = _pin_gap(tuple(words))
    for i in sorted(pinnable):
        if i + 1 not in with_year:
            continue
        a, b = out[i], out[i + 1]
        if b.span is None or b.type not in ("DATE", "TIME") or b.value == a.value \
                or not gap.fullmatch(text, a.end, b.start):
            continue
        out[i] = TimeMention(a.doc_id, a.start, a.end, a.text, a.type if a.type != "DURATION"
                             else "DATE", b.value, b.span,
                             Anchor("mention", b.span.first, b.text, b.start), a.tense, 0.9,
                             a.flags)
    return out


@lru_cache(maxsize=None)
def _trailing_rx(code: str) -> re.Pattern | None:
    d = load(code).data
    spec = d.get("trailing_days")
    if not spec:
        return None
    suffixes = "|".join(re.escape(x) for x in sorted(d.get("day_suffixes", _DAY_SUFFIXES),
                                                     key=len, reverse=True))
    stop = _alternation(list(d.get("units", {})) + list(spec.get("not_after", [])))
    return re.compile(rf"\s*(?:,\s*)?(?:{_alternation(spec['joiners'])})\s+"
                      rf"(?P<day>[0-3]?\d)(?:{suffixes})?(?!\w)(?![\d%:,.]\d|\s*(?:{stop})(?!\w))",
                      re.I)


def _trailing_day(lang: Language, text: str, m: re.Match, mention: TimeMention, nxt: int
                  ) -> TimeMention | None:
    """"April 24 and 25": a bare day after a month and day with no year, joined by a word of
    `trailing_days.joiners`, is a day of the same month (TimeML marks it as an expression of
    its own), unless another match starts there."""
    rx = _trailing_rx(lang.code)
    if rx is None or mention.type != "DATE" or mention.span is None \
            or mention.span.precision != "day" or mention.span.kind != "point":
        return None
    filled = {key.split("__")[0] for key, raw in m.groupdict().items() if raw}
    if not {"month", "day"} <= filled or filled & {"year", "yy", "yearnum", "weekday"}:
        return None
    t = rx.match(text, mention.end)
    if t is None or t.end() > nxt:
        return None
    first = mention.span.first
    try:
        day = date(first.year, first.month, int(t["day"]))
    except ValueError:
        return None
    if day <= first:
        return None
    value = day.isoformat()
    return TimeMention(mention.doc_id, t.start("day"), t.end("day"), t["day"], "DATE", value,
                       cal.span_of(value), mention.anchor, mention.tense, mention.confidence,
                       mention.flags)


def _aside(lang: Language, text: str, mention: TimeMention, dct: date | None,
           cuts: list[int] | None = None) -> bool:
    """A time that is not what the text goes on about: one named as background ("After a
    flat second quarter, ...": `background`), a day that closes the period in focus ("the
    quarter ended Sept. 30": `closing`), or in a language that reads business reports
    a quarter or half still to come, or one still running in a future clause ("expect the
    trend to continue into the fourth quarter"): a forecast, not the period reported on."""
    if lang.background and lang.background.search(text, max(0, mention.start - 40),
                                                  mention.start):
        return True
    if lang.closing and lang.closing.search(text, max(0, mention.start - 20), mention.start):
        return True  # "the quarter ended Sept. 30": the day closes the period in focus
    if not (lang.data.get("period_qualifiers") and dct is not None and mention.span is not None
            and mention.span.precision in ("quarter", "half")):
        return False
    if mention.span.first > dct:
        return True
    if mention.span.last < dct:
        return False
    start = mention.start
    clause = _clause(text, start, mention.end, cuts)
    return _tense(lang, clause, start - clause_start(text, start, cuts)) == "future"


_PARAGRAPH = re.compile(r"\n\s*\n")
# the granularities a named time may have to be counted from, the finest first
_ORDER = ("day", "week", "month", "quarter", "half", "year", "decade", "century")


def _in_reach(paragraphs: list[int], story: TimeMention | None, start: int):
    """A named time stays the story's time across two paragraph breaks at most (as in
    English): further on the creation date is the better guess."""
    if story is None:
        return None
    if bisect_left(paragraphs, start + 1) - bisect_left(paragraphs, story.start) > 2:
        return None
    return story


def _from_story(s: dict, entry: dict, dct: date | None, story: TimeMention | None
                ) -> _Reading | None:
    """A count from the time the story has reached ("dos días después", "drei Jahre
    später": `from: mention` with a `dir`) or a unit next to it or before it ("al mes
    siguiente", "im Jahr zuvor": a word of `since_mention`), from the creation date when
    the text has named none. A count is written at the granularity of the named time
    ("two years later" of a day is a day, "three months later" of 2010 is no month the
    text knows: 2010); a unit at its own where it is no finer than the time ("al año
    siguiente" of a day is a year, "el mismo mes" of 1999 is 1999), but a year back from a
    quarter is that quarter a year back, the period a business report compares with."""
    unit = s["unit"]
    if story is not None:
        base, gran = story.span.first, story.span.precision
        anchor = Anchor("mention", story.span.first, story.text, story.start)
    elif dct is not None:
        base, gran, anchor = dct, "day", Anchor("published", dct)
    else:
        return None
    own = "day" if unit in _CLOCK_UNITS else unit
    if entry.get("from") == "mention":
        sign = entry["dir"]
        if s.get("vague"):
            if entry.get("as") == "duration":
                return _Reading("DURATION", _duration("X", unit), True, anchor=anchor)
            return _Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", True,
                            anchor=anchor)
        n = s.get("number") or entry.get("n", 1)
        day = base if unit in _CLOCK_UNITS else cal.shift(base, unit, sign * n)
        if story is not None:  # written as finely as the time it counts from, no finer
            own = gran
        value = cal.fmt(own, day)
        if entry.get("as") == "duration":
            return _Reading("DURATION", _duration(n, unit), True, span_value=value,
                            anchor=anchor)
        return _Reading("DATE", value, True, anchor=anchor)
    if unit not in _CALENDAR_UNITS:
        return None
    if story is None and s["rel"] == 0:
        return None  # "ese año" with no year named before it
    day = cal.shift(base, unit, s["rel"])
    if unit == "year" and story is not None and gran in ("quarter", "half") and s["rel"] < 0:
        own = gran
    elif story is not None and own in _ORDER and _ORDER.index(own) < _ORDER.index(gran):
        own = gran  # "el mismo mes" of 1999: no month the text knows, the year
    return _Reading("DATE", cal.fmt(own, day), True, anchor=anchor)


def _in_focus(lang: Language, focus: dict | None, story: TimeMention | None, start: int
              ) -> TimeMention | None:
    """The quarter or half a business report is about: the last one the text named
    (languages with `period_qualifiers` only)."""
    if not lang.data.get("period_qualifiers") or not focus:
        return None
    return max(focus.values(), key=lambda m: m.start)


def _year_back(lang: Language, s: dict, entry: dict) -> bool:
    """One year back from now or from the time named ("a year ago", "a year earlier",
    "year-ago"): in a report on a quarter, the same quarter a year back."""
    return bool(lang.data.get("period_qualifiers")) and s.get("unit") == "year" \
        and entry.get("dir") == -1 and (s.get("number") or entry.get("n", 1)) == 1 \
        and entry.get("as") != "duration" and not s.get("vague")


def _compared_last_year(lang: Language, s: dict, text: str, start: int) -> bool:
    """"$5 million, compared with $3 million last year": last year, after a word of
    `cues.comparison`, in a report on a quarter, is that quarter a year back."""
    return lang.comparison is not None and s.get("unit") == "year" and s.get("rel") == -1 \
        and not s.get("number") and lang.comparison.search(text, max(0, start - 90), start) \
        is not None


def _period(s: dict, entry: dict, text: str, start: int, end: int, doc_id: str,
            dct: date | None, named: TimeMention | None) -> TimeMention | None:
    """The period a business report is about, from a word of `period_qualifiers`:
    "the quarter", "the period" (with a qualifier) is the quarter in focus; "latest" the
    last one completed before the creation date, as is any with no quarter in focus;
    "year_back" ("the year-ago quarter", "the corresponding period last year") is it a year
    back. A year or an ordinal in the match moves it ("the 1988 quarter", "the year-ago
    third quarter")."""
    unit, kind = s["period"], entry.get("qualifier") or s.get("qualifier")
    n, year = s.get("ordinal"), s.get("year")
    if kind is None and n is None and year is None and not s.get("focusword"):
        return None  # "the period" alone is too vague
    words = text[start:end]
    if named is not None and named.span.precision != unit:
        named = None
    if named is not None and kind != "latest":
        base = named.span.first
        anchor = Anchor("mention", named.span.first, named.text, named.start)
    elif dct is not None:
        base, anchor = cal.shift(dct, unit, -1), Anchor("published", dct)
    else:
        return TimeMention(doc_id, start, end, words, "DATE", "XXXX-XX", None, Anchor("none"),
                           None, 0.3, ("unanchored",))
    months = 3 if unit == "quarter" else 6
    if year is not None:
        base = date(year, base.month, 1)
    if n is not None:
        per_year = 12 // months
        if n == -1 and year is not None:  # "the last quarter of 1989"
            n = per_year
        if 1 <= n <= per_year:
            base = date(base.year, months * (n - 1) + 1, 1)
    flags: tuple = ()
    if kind == "year_back":  # compared with the period in focus: it does not replace it
        base, flags = cal.shift(base, "year", -1), ("compared",)
    value = cal.fmt(unit, base)
    return TimeMention(doc_id, start, end, words, "DATE", value, cal.span_of(value), anchor,
                       None, 0.6, flags)


def _end(lang: Language, m: re.Match) -> int:
    """Where a mention ends: a full stop after the day number that closes a match ends the
    sentence ("hasta el día 30."), except where the language writes a day as an ordinal
    with a period ("am 15."), which the period belongs to."""
    if not lang.data.get("ordinal_dot"):
        for key, raw in m.groupdict().items():
            if raw and raw.endswith(".") and key.split("__")[0] == "day" \
                    and m.end(key) == m.end():
                return m.end() - 1
    return m.end()


def _anaphoric(offset: int, reference: TimeMention | None, dct: date | None):
    """"al día siguiente", "la veille", "am Vortag": a day counted from the last day the
    text named, else from the creation date."""
    if reference is not None:
        day = reference.span.first + timedelta(days=offset)
        return day, Anchor("mention", reference.span.first, reference.text, reference.start)
    if dct is not None:
        return dct + timedelta(days=offset), Anchor("published", dct)
    return None, Anchor("none")


def _mention(lang: Language, text: str, m: re.Match, entry: dict, dct: date | None,
             doc_id: str, reference: TimeMention | None = None,
             focus: dict | None = None, story: TimeMention | None = None,
             cuts: list[int] | None = None) -> TimeMention | None:
    slots = _slots(lang, m)
    if lang.data.get("weekday_ahead"):  # the language's present names a coming weekday
        slots["present_ahead"] = True
    if lang.data.get("period_qualifiers"):  # the language reads business reports
        slots["reports"] = True
    if lang.data.get("untensed_month_ahead") is not None:
        slots["untensed_ahead"] = lang.data["untensed_month_ahead"]
    start, end = m.start(), _end(lang, m)
    clause = _clause(text, start, end, cuts)  # read for its tense, and for habit cues
    tense = _direction(lang, text, start, end,
                       _tense(lang, clause, start - clause_start(text, start, cuts)),
                       slots.get("weekday") is not None and "month" not in slots)
    if slots.get("weekday") is not None and tense != "future" and slots.get("rel") is None \
            and "month" not in slots and "day" not in slots \
            and not (lang.back_after and lang.back_after.match(text, end)) \
            and scheduled(lang.code, lang.data.get("tense", {}), text, start, tense == "past",
                          lang.past):
        tense = "future"  # "the plant reopens on Friday": a scheduled present
    if slots.get("focus"):  # "o trimestre": the quarter the text last named, if any
        named = (focus or {}).get(slots["focus"])
        if named is None:
            return None
        return TimeMention(doc_id, start, end, text[start:end], "DATE", named.value,
                           named.span, Anchor("mention", named.span.first, named.text,
                                              named.start))
    if slots.get("period"):  # "the year-ago quarter", "the latest period"
        return _period(slots, entry, text, start, end, doc_id, dct,
                       _in_focus(lang, focus, story, start))
    if _year_back(lang, slots, entry) or _compared_last_year(lang, slots, text, start):
        named = _in_focus(lang, focus, story, start)
        # only while the quarter is the time the story has reached: "for this year, up
        # from last year's" compares years
        if named is not None and (story is None or story.start <= named.start
                                  or story.span.precision in ("quarter", "half")):
            first = cal.shift(named.span.first, "year", -1)
            value = cal.fmt(named.span.precision, first)
            return TimeMention(doc_id, start, end, text[start:end], "DATE", value,
                               cal.span_of(value), Anchor("mention", named.span.first,
                                                          named.text, named.start), None, 0.7,
                               ("compared",))
    if slots.get("anaphor") is not None:
        day, anchor = _anaphoric(slots["anaphor"], reference, dct)
        if day is None:
            return TimeMention(doc_id, start, end, text[start:end], "DATE", "XXXX-XX-XX",
                               None, anchor, None, 0.3, ("unanchored",))
        return TimeMention(doc_id, start, end, text[start:end], "DATE", day.isoformat(),
                           cal.span_of(day.isoformat()), anchor)
    if entry.get("habitual") and slots.get("weekday") is not None \
            and _habitual(lang, clause, tense):
        return TimeMention(doc_id, start, end, text[start:end], "SET",
                           f"XXXX-WXX-{slots['weekday'] + 1}")
    if entry.get("count") == "X":  # "the next 12 to 18 months": no one count
        slots["number"] = None
    counted = entry.get("from") == "mention" and entry.get("dir") and slots.get("unit")
    if entry.get("since") and slots.get("rel") is None:  # "im Jahr darauf", "l'anno dopo"
        slots["rel"], slots["since"] = entry["rel"], True
    since = slots.get("since") and slots.get("rel") is not None and slots.get("unit") \
        and not slots.get("plural") and not slots.get("every")
    if counted or since:  # "dos días después", "al mes siguiente": from the story's time
        reading = _from_story(slots, entry, dct, story)
        if reading is None and dct is None and story is None:
            return TimeMention(doc_id, start, end, text[start:end], "DATE", "XXXX-XX-XX",
                               None, Anchor("none"), None, 0.3, ("unanchored",))
    else:
        reading = _resolve(slots, entry, dct, tense)
    if reading is None:
        return None
    flags: list[str] = []
    anchor = None
    confidence = 1.0
    if reading.anchor is not None:
        anchor = reading.anchor
        confidence = 0.7 if anchor.kind == "mention" else 1.0
    elif reading.relative:
        if dct is None:
            anchor, confidence = Anchor("none"), 0.3
            flags.append("unanchored")
        else:
            anchor = Anchor("published", dct)
    span = None
    value = reading.span_value or reading.value.split("T")[0]
    if (reading.type in ("DATE", "TIME") or reading.span_value) and "X" not in value:
        if cal.parse_value(value) is None and re.match(r"\d{2,4}(?:-|$)", value):
            flags.append("invalid-date")  # "31 de febrero", month 13: no span
        else:
            before = text[max(0, start - 40):start]
            kind = "point"
            if lang.before and lang.before.search(before):
                kind = "before"
            elif lang.after and lang.after.search(before):
                kind = "after"
            elif (lang.approx and lang.approx.search(before)) or slots.get("about"):
                kind = "approximate"
            span = cal.span_of(value, kind, 0, anchor=dct, part=reading.part)
            if span is not None and kind == "approximate":
                span = TimeSpan(span.first, span.last, span.precision, span.value, kind,
                                _SLACK.get(span.precision, 1))
    value = reading.value
    if reading.type == "DURATION" and lang.data.get("duration_years"):
        value = _in_years(value, lang.data["duration_years"])
    return TimeMention(doc_id=doc_id, start=start, end=end, text=text[start:end],
                       type=entry.get("type", reading.type), value=value, span=span,
                       anchor=anchor, tense=tense if reading.used_tense else None,
                       confidence=confidence, flags=tuple(flags))
