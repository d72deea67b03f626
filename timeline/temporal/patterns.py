"""Finding temporal expressions: one regular expression per form of English time words,
written as a template whose {macros} are built from the English language data
(timeline/languages/data/en.py, the same format as the other languages').

Each rule names a form ("mdy" for "Feb. 24, 2022", "ago" for "three days ago" ...); the
resolver turns a match of that form into a TIMEX3 type and value. Extents follow TimeML:
determiners and modifiers ("the", "early", "about") belong to the expression, the preposition
in front ("on", "since", "by") does not, but is kept as context for the span's kind.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dispatch import Dispatcher
from .lexicon import (BELOW_1000_RE, COUNT_WORD_RE, EN, HUNDRED, MONTHS, NUMBER_WORD_RE,
                      ORDINALS, SCALE_RE, SEASONS, UNIT_PLURALS, UNITS, WEEKDAY_ABBREV_NEEDS_DOT,
                      WEEKDAYS, alt)

# The macros the rules are written with: each is a regex built from the words of the
# English data (timeline/languages/data/en.py), none spells a word out.
_SPLIT_WORDS = r"[\s-]+"


def _words(words, sep=r"\s+") -> str:
    """Longest first; a space in a phrase is `sep` (any whitespace by default)."""
    return "|".join(sorted((sep.join(w.replace(".", r"\.").split()) for w in words),
                           key=len, reverse=True))


def _rel(form: str) -> str:
    return _words(EN["relative_with"][form])


def _guarded(words, guards: dict) -> str:
    """An alternation where some words carry a lookahead: "over" is no count's "over the"."""
    return "|".join(_words([w]) + guards.get(w, "") for w in
                    sorted(words, key=len, reverse=True))


_UNIT_WORDS = sorted(set(UNITS) | set(UNIT_PLURALS), key=len, reverse=True)
_UNIT_ALT = "|".join(_UNIT_WORDS)


def _units(*canonical: str) -> str:
    """The singular words of some canonical units, in the order given."""
    return "|".join(w for u in canonical for w, c in EN["units"].items() if c == u and w == u)


_SHORT_SPAN = [w for w in EN["span_parts"] if " " not in w]  # early, mid, late
_SPAN_DAY = EN["span_with"]["day"]
_NOT_BEFORE_THE = r"(?!\s+the\b)"
_TEENS_TENS = (r"(?:" + "|".join(w for w in EN["numbers"] if 10 <= EN["numbers"][w] <= 19
                                 and w not in EN["number_nouns"] and " " not in w)
               + r"|(?:" + "|".join(w for w in EN["numbers"] if 20 <= EN["numbers"][w] <= 90)
               + r")(?:[\s-](?:" + "|".join(w for w in EN["numbers"] if 1 <= EN["numbers"][w] <= 9
                                          and " " not in w and w not in EN["articles"])
               + r"))?)")
# The first word of a spelled year: "nineteen ninety-four", "twenty twenty-two"; years of
# the past century and this one in month and season names, older ones alone too.
_CENTURIES = EN["spelled_centuries"]
_SPELLED = (r"(?P<spelled>(?:" + "|".join(w for w in _CENTURIES if _CENTURIES[w] >= 19)
            + r")[\s-]" + _TEENS_TENS + r")")
_TWO = next(w for w in EN["numbers"] if EN["numbers"][w] == 2)
_THOUSAND = next(w for w in EN["scales"] if EN["scales"][w] == 1000)
_PART_WORDS = list(EN["parts_of_day"]) + EN["night_words"]
_YEAR_RE = r"(?P<year>[12]\d\d\d)(?![\d%]|-(?:\d|point|percent))"

M = {
    "mon": r"(?P<mon>" + alt(MONTHS) + r")\.?",
    "mon2": r"(?P<mon2>" + alt(MONTHS) + r")\.?",
    "dmon": r"(?P<dmon>" + alt(MONTHS) + r")\.?",
    "wd": r"(?P<wd>" + alt(WEEKDAYS) + r")\.?",
    "day": r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%]|:\d)",
    # Four-digit years 1000-2999; from FAR_YEAR on only where the words around say "year".
    "year": _YEAR_RE,
    "year0": _YEAR_RE.replace("(?P<year>", "(?P<year0>"),
    # A number never starts at a thousands group ("1,000,000" is read from its "1" only):
    # else each group of a long run would rescan the rest of it. A count may be scaled ("two
    # thousand", "1.5 million"); a vague one is not ("several thousand" is no count of three).
    "num": (r"(?P<num>(?:(?:(?<!\d,)|(?!\d{3}))(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|"
            + COUNT_WORD_RE + r"|an?)(?:[\s-]+" + SCALE_RE + r"(?:(?:\s+"
            + EN["number_joiners"][0] + r")?[\s-]+" + BELOW_1000_RE + r")?)?"
            + r"|" + _words([w for w in EN["numbers"] if EN["numbers"][w] == 2 and " " in w])
            + r"|" + _words(w for w in EN["vague"] if w != "numerous" and w != "a number of")
            + r")"),
    "num2": r"(?P<num2>\d+|" + NUMBER_WORD_RE + r")",
    "unit": r"(?P<unit>" + _UNIT_ALT + r")",
    "units": r"(?:" + _UNIT_ALT + r")",
    "approx": r"(?P<approx>" + _guarded(EN["about"], {w: _NOT_BEFORE_THE for w in
                                                      EN["about_not_before_the"]}) + r")",
    "clock_approx": r"(?P<approx>" + _words(EN["approx"]) + r")",
    "edge": r"(?P<edge>" + _words(EN["span_parts"]) + r")",
    "edge2": r"(?P<edge2>" + _words(EN["span_parts"]) + r")",
    "short_edge": r"(?P<edge>" + _words(_SHORT_SPAN) + r")",
    "short_edge3": r"(?P<edge3>" + _words(_SHORT_SPAN) + r")",
    "day_edge": r"(?P<edge>" + _words(_SPAN_DAY) + r")",
    "day_edge2": r"(?P<edge2>" + _words(_SPAN_DAY) + r")",
    "mid_edge": r"(?P<edge2>" + _words(EN["span_with"]["part_of_day"]) + r")",
    "mid_part": r"(?P<part2>" + _words(EN["mid_parts_of_day"]) + r")",
    "season": r"(?P<season>" + alt(SEASONS) + r")",
    "seasons": alt(SEASONS),
    "ord": r"(?P<ord>" + alt(ORDINALS) + r")",
    "ord_pos": r"(?P<ord>" + alt(k for k in ORDINALS if ORDINALS[k] > 0) + r")",
    "century_ord": r"(?P<ord>\d{1,2}(?:st|nd|rd|th)|" + alt(ORDINALS) + "|"
                   + "|".join(EN["century_ordinals"]) + r")",
    "part": r"(?P<part>" + _words(_PART_WORDS) + r")",
    "night_word": r"(?P<word>" + _words(EN["night_words"]) + r")",
    "rel_month": r"(?P<rel>" + _rel("month") + r")",
    "rel_month_year": r"(?P<rel>" + _rel("month_year") + r")",
    "rel_weekday": r"(?P<rel>" + _rel("weekday") + r")",
    "rel_unit": r"(?P<rel>" + _rel("unit") + r")",
    "rel_century": r"(?P<rel>" + _rel("century") + r")",
    "rel_year": r"(?P<rel>" + _rel("year") + r")",
    "rel_part": r"(?P<rel>" + _rel("part_of_day") + r")",
    "rel_bare": _rel("bare_units"),
    "last_n": r"(?P<rel>" + _words(EN["last_n"]) + r")",
    "deictic": r"(?P<word>" + _words(EN["deictic"]) + r")",
    "dayword": r"(?P<dayword>" + _words(w for w, v in EN["deictic"].items()
                                        if " " not in w and v.count(":") == 1) + r")",
    "anaphor": r"(?P<word>" + _words(EN["anaphoric"]) + r")",
    "anaphor_unit": r"(?P<unit>" + _units("day") + "|" + "|".join(EN["parts_of_day"]) + "|"
                    + _units("week", "month", "year") + r")",
    "dir": _words(d for d in EN["directions"] if d not in ("back", "before", "after", "prior")),
    "every": r"(?P<each>" + _words(EN["every"]) + r")",
    "other": r"(?P<other>" + _words(EN["every_other"]) + r")",
    "set_adverb": (r"(?P<adverb>" + _words(EN["sets"]) + "|(?:" + _words(EN["times_a"]) + r")\s+(?:"
                   + _units("day", "week", "month", "year") + r"))"),
    "holiday": r"(?P<word>" + _words(EN["holidays"]) + r")",
    "decword": r"(?P<decword>" + _words(EN["decade_words"]) + r")",
    "clock_word": r"(?P<named>" + _words(EN["clock_words"]) + r")",
    "unit_qualifier": r"(?:" + _words(EN["unit_qualifiers"]) + r")",
    "prior": r"(?P<prior>" + _words(EN["period_qualifiers"], _SPLIT_WORDS) + r")",
    "ref": r"(?P<word>" + _guarded(EN["refs"], {
        "current": r"(?!\s+accounts?\b)",
        "the past": r"(?!\s+(?:\d|" + NUMBER_WORD_RE + r"|" + "|".join(EN["count_heads"])
                     + r"|" + _UNIT_ALT + r")\b)"}) + r")",
    "teens_tens": _TEENS_TENS,
    "old_centuries": "|".join(w for w in _CENTURIES if _CENTURIES[w] < 20),
    "new_centuries": "|".join(w for w in _CENTURIES if _CENTURIES[w] == 20),
    "two_thousand": _TWO + r"\s+" + _THOUSAND,
    "hundred": HUNDRED,
    "joiner": EN["number_joiners"][0],
    "day_before_after": _words(w for w, v in EN["deictic"].items()
                               if " " not in w and v in ("day:-1", "day:1")),
    "period_end": _words(EN["period_ends"]),
    "fiscal": _words(EN["fiscal"]),
    "not_back": _words(EN["back_not_before"]),
    "year_back": _words(EN["year_back"]),
    "count_dirs": _words(d for d in EN["directions"] if d in ("before", "after", "prior")),
    "spelled": _SPELLED,
}
_MACRO = re.compile(r"\{([a-z][a-z_0-9]*)\}")


def _macro(name: str) -> str:
    """A macro's regex: a table's, or `u_<unit>` (the unit's singular words) and
    `up_<unit>` (its plural: the first word after the singular in the data)."""
    if name in M:
        return M[name]
    kind, _, unit = name.partition("_")
    if kind == "u":
        return _units(unit)
    if kind == "up":
        return next(w for w, c in EN["units"].items() if c == unit and w != unit)
    raise KeyError(name)


def _rule(template: str) -> str:
    """A rule's regex: its {macros} replaced by the words of the data."""
    return _MACRO.sub(lambda m: _macro(m.group(1)), template)


FAR_YEAR = 2100
_CLOCK = (r"(?P<clock>(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*"
          r"(?P<ampm>[ap]\.?\s?m\b\.?)(?:\s+(?P<tz>(?-i:[A-Z]{2,4}T?))\b)?"
          r"|(?P<hm>(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d))(?:\s+(?P<tz2>(?-i:[A-Z]{2,4}T?))\b)?"
          r"|{clock_word})")
M["clock"] = _rule(_CLOCK)

# (name, pattern). Order is the tie-break between equally long matches.
_TEMPLATES: list[tuple[str, str]] = [
    ("iso", r"\b(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:T(?P<time>[0-2]\d:[0-5]\d))?\b"),
    ("numeric", r"\b(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>\d{4}|\d{2})\b"),
    # Day first with dots ("20.03.2025") and year first with slashes ("2025/03/21").
    ("numeric_dmy", r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"),
    ("numeric_ymd", r"\b(?P<year>(?:19|20)\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)\b"),
    ("mdy", r"\b(?:{wd},?\s+)?(?:(?:the\s+)?{short_edge}[\s-]+)?{mon}\s+{day}"
     r"(?:\s*(?:,\s*|\s){year})?\b"),
    ("dmy", r"\b(?:{wd},?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?{mon}(?:,?\s+{year})?\b"),
    # Only the compact form is one expression: "March 20 to 22" and "April 24 and 25" are
    # two in TimeML (a day, then a day).
    ("day_range", r"\b{mon}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*[-–—]\s*"
     r"(?:{mon2}\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%])(?:,?\s+{year})?\b"
     r"|\b(?P<dday>[0-3]?\d)(?:st|nd|rd|th)?\s*[-–—]\s*(?P<dday2>[0-3]?\d)(?:st|nd|rd|th)?\s+"
     r"{dmon}(?:,?\s+(?P<dyear>[12]\d\d\d))?\b"),
    ("year_range", r"\b(?P<year>1[5-9]\d\d|20\d\d)\s*[-–—/]\s*(?P<year2>1[5-9]\d\d|20\d\d|\d\d)"
     r"(?![\d%-])"),
    ("week_of", r"\b(?:the\s+)?{ord}\s+(?:full\s+)?{u_week}\s+of\s+{mon}(?:,?\s+{year})?\b"),
    ("quarter_code", r"\b(?P<code>Q[1-4]|H[12]|[1-4]Q|FY)\s?-?(?:(?P<year>20\d\d|19\d\d)"
     r"|['’]?(?P<yy>\d\d))?(?![\w%])"),
    ("month_year", r"\b(?:{edge}[\s-]+)?{mon},?\s+(?:of\s+)?(?:{year}|{spelled})\b"),
    ("month_rel", r"\b(?:{edge}[\s-]+)?{mon}\s+(?:of\s+)?{rel_month_year}\s+year\b"),
    ("month", r"\b(?:{rel_month}\s+)?(?:{edge}[\s-]+)?{mon}(?![\w-])"),
    ("weekday", r"\b(?:{rel_weekday}\s+)?(?:{day_edge}\s+)?{wd}(?:\s+{part})?(?!\w)"),
    ("day_word", r"\b(?:{day_edge}\s+)?{deictic}(?:\s+{part})?\b"),
    ("part_of_day", r"\b(?:{day_edge}\s+)?{rel_part}\s+{part}\b|\b{night_word}\b"
     r"|\b(?:the\s+)?{mid_edge}[\s-]?{mid_part}\b"),
    ("clock", r"(?:\b{clock_approx}\s+)?\b{clock}(?:\s+(?:on\s+)?(?:{dayword}|{wd}"
     r"|{mon}\s+(?P<day>[0-3]?\d)\b))?"),
    ("ref", r"\b{ref}\b"),
    ("rel_unit", r"\b(?:{edge}\s+|{day_edge2}\s+)?{rel_unit}"
     r"\s+(?P<fiscal>fiscal\s+)?(?P<unit>{u_week}|{u_weekend}|{u_month}|{u_quarter}|{u_year}"
     r"|{u_decade}|{u_century}|{seasons})(?!-)\b"),
    ("the_unit", r"\b(?:{edge}\s+)?the\s+(?:{short_edge3}[\s-]+)?(?P<unit>"
     r"{u_weekend}|{u_year}|{u_month}|{u_week}|{seasons})(?P<tail>'s\s+end)?\b"),
    ("unit_end", r"\b(?P<unit>{u_year}|{u_month}|{u_quarter})[\s-]?end\b"),
    ("season_year", r"\b(?:(?:the\s+)?{short_edge}[\s-]+)?(?:the\s+)?{season},?\s+(?:of\s+)?"
     r"(?:{year}|{spelled})\b"),
    ("quarter", r"\b(?:(?P<own>(?:the\s+)?(?:{year0}|(?:" + _rel("year") + r")\s+year's"
     r"|the\s+{u_year}'s)\s+)|the\s+)?(?:(?P<fiscal>fiscal)[\s-]+)?{ord}[\s-]+(?:fiscal[\s-]+)?"
     r"(?P<unit>" + "|".join(EN["quarters"]) + r"|{up_quarter})(?:\s+of\s+(?:fiscal\s+)?(?:{year}"
     r"|{rel_year}\s+{u_year}|the\s+{u_year}))?\b"),
    ("period", r"\b(?:the\s+)?(?:(?P<pyear>(?:1[0-9]|20)\d\d)\s+)?(?:{prior}\s+)?"
     r"(?:{ord_pos}\s+)?(?P<unit>{u_quarter}|" + "|".join(EN["period_words"])
     + r")\b(?P<ago>\s+a\s+{u_year}\s+(?:{year_back})|\s+(?:of\s+)?last\s+{u_year})?"),
    ("year_ago_adj", r"\b(?P<word>{u_year}[\s-](?:{year_back}))(?![\s-]+(?:{u_quarter}|"
     + "|".join(EN["period_words"]) + r"))\b"),
    ("ago", r"\b(?:{approx}\s+)?{num}[\s-]+(?P<unit>{units})(?:\s+or\s+so)?\s+(?P<dir>{dir}"
     r"|back\b(?!\s+(?:{not_back}))|(?:{count_dirs})(?=\s*[,.;:)]))\b"),
    ("anaphor", r"\b(?:(?P<edge>" + _words(EN["span_shifts"]) + r")\s+)?{anaphor}\s+"
     r"{anaphor_unit}\b|\bthe\s+{u_day}\s+(?P<dir>before|after)\b(?!\s+(?:{day_before_after}))"),
    ("duration", r"\b(?:{approx}\s+)?(?:the\s+)?(?:{last_n}\s+)?{num}"
     r"(?:\s+(?:to|or)\s+{num2})?"
     r"(?P<half>\s+and\s+a\s+half|\s+1/2|-and-a-half)?[\s-]+(?:{unit_qualifier}\s+)?{unit}"
     r"(?P<adj>-(?:long|old))?(?![\w-])"),
    ("fiscal_period", r"\b(?:the\s+)?(?:(?:{fiscal})\s+)?(?P<unit>{u_year})"
     r"(?=\s+(?:{period_end}|to\s+(?:[A-Z]|\d)))"
     r"|\bthe\s+(?:{fiscal})\s+(?P<unit2>{u_year})\b"),
    ("bare_units", r"\b(?:(?:for|over|in|within)\s+)?(?P<core>(?:(?:{rel_bare})\s+)?"
     r"(?P<unit>{up_year}|{up_month}|{up_week}|{up_day}|{up_decade}|{up_hour}|{up_minute}"
     r"|{up_century}))\b"),
    ("a_unit", r"\b(?:{approx}\s+)?(?P<num>a|an|one)\s+(?P<unit>{u_second}|{u_minute}"
     r"|{u_hour}|{u_day}|{u_week}|{u_month}|{u_year}|{u_decade}|{u_century}|{u_fortnight})"
     r"(?P<half>\s+and\s+a\s+half)?\b"),
    ("set", r"\b(?:{every}\s+(?:{other}\s+)?(?:{num}\s+)?(?:(?P<unit>{units})|{wd}|{mon}"
     r")(?:\s+{part})?|{set_adverb})\b"),
    ("year", r"\b(?:(?:the\s+)?{short_edge}[\s-]+|{edge2}\s+)?(?:(?P<fiscal>fiscal|FY)\s*"
     r"(?:year\s+)?)?(?<![$#\d.,]){year}(?!,\d)\b"),
    ("decade", r"\b(?:the\s+)?(?:{short_edge}[\s-]+)?(?:(?P<dec>(?:1[0-9]|20)\d0)'?s"
     r"|'(?P<dec2>\d0)s|{decword})\b"),
    ("century", r"\b(?:the\s+)?(?:{rel_century}|{century_ord})[\s-]+{u_century}\b"),
    ("spelled_year", r"\b(?:the\s+year\s+)?(?P<word>(?:{old_centuries})[\s-]"
     r"(?:{hundred}(?:\s+{joiner}\s+"
     + NUMBER_WORD_RE + r")?|{teens_tens})|(?:{new_centuries})[\s-]{teens_tens}"
     r"|(?<=the\syear\s){two_thousand}(?:\s+(?:{joiner}\s+)?" + NUMBER_WORD_RE + r")?)\b"),
    ("holiday", r"\b{holiday}(?:\s+{year})?\b"),
]
RULES: list[tuple[str, str]] = [(name, _rule(t)) for name, t in _TEMPLATES]

COMPILED = [(name, re.compile(pattern, re.I)) for name, pattern in RULES]
PRIORITY = {name: i for i, (name, _) in enumerate(RULES)}
# One pass over the words finds where each rule may start (see dispatch.py).
_DISPATCHER = Dispatcher(COMPILED)

# Months that are also common English words: dated only in a date-like context.
_AMBIGUOUS_MONTHS = set(EN["ambiguous_months"])
_NOT_SEASON = set(EN["relative_with"]["not_season"])
_CONTEXT = EN["context"]


def _seq(key: str) -> str:
    """A context list as an alternation, in its order (a space is any whitespace)."""
    return "|".join(r"\s+".join(w.split()) for w in _CONTEXT[key])


_MONTH_CONTEXT = re.compile(r"(?:\b(?:" + _seq("month_before") + r")\s*-?\s*)$", re.I)


# The noun after a number that counts things ("2000 people", "2500 homes").
_COUNTED = re.compile(r"\s+(?:[a-z]+s|" + "|".join(EN["not_after_year"]) + r")\b")
_VERB_AFTER = re.compile(r"\s+(?:" + _seq("verb_after_number") + r")\b")


def _counts(after: str) -> bool:
    """Whether the words after a number make it a count of things."""
    return bool(_COUNTED.match(after)) and not _VERB_AFTER.match(after)


@dataclass
class Candidate:
    """One match of one rule: where it is and the words its groups captured."""

    rule: str
    start: int
    end: int
    groups: dict[str, str | None] = field(default_factory=dict)
    parts: tuple["Candidate", ...] = ()  # for a merged time-and-day expression

    @property
    def length(self) -> int:
        return self.end - self.start

    def g(self, name: str) -> str | None:
        return self.groups.get(name)


def _capitalised(word: str | None) -> bool:
    return bool(word) and word[0].isupper()


_OLD = re.compile(r"[\s-]+old\b")
# The context checks of _acceptable, compiled once: they run on every match.
_MAY_VERB = re.compile(r"\s+(?:" + _seq("may_verb_after") + r"|\w+ly)\b")
_DIGIT_AFTER = re.compile(r"\s*\d")
_NUMBERED = re.compile(r"[$£€¥#]\s*$|\bNo\.\s*$|\b(?:" + _seq("label_before") + r")\.?\s*$",
                       re.I)
_NOT_A_YEAR_AFTER = re.compile(r"\s*(?:%|" + _seq("not_year_after")
                               + r"|points?\b|[-–]\s*\d{3,}|\.\d|:\d)", re.I)
_PREPOSED = re.compile(r"\b(?:" + _seq("year_before") + r")\W*$", re.I)
_DETERMINED = re.compile(r"(?:\b(?:" + _seq("determiners") + r")"
                         r"|['’]s|\b[a-z]+ful|\b[a-z]+ous)\s+$", re.I)
_THAT_AFTER = re.compile(r"\s+that\b", re.I)
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_CURRENCY_BEFORE = re.compile(r"[$£€¥]\s*$")
_SPAN_WORD_BEFORE = re.compile(r"\b(?:" + _seq("span_before") + r")\s+$", re.I)
_AMOUNT_BEFORE = re.compile(r"\d\s*$|\b(?:" + _seq("amount_before") + r")\s+$", re.I)
_FALL_CONTEXT = re.compile(r"\b(?:" + _seq("fall_before") + r")\s+$", re.I)


def _acceptable(text: str, rule: str, m: re.Match, groups: dict) -> bool:
    """Context checks a regex cannot say well: capitals, ambiguous words, number noise.
    `groups` is m.groupdict()."""
    before = text[max(0, m.start() - 30):m.start()]
    after = text[m.end():m.end() + 20]
    mon = groups.get("mon")
    if mon is not None:
        if not _capitalised(mon):
            return False
        key = mon.lower()
        if rule == "month" and key in _AMBIGUOUS_MONTHS:
            # "May" the verb, "march" the noun: only after a preposition or a time modifier,
            # and an abbreviation only with its period.
            if not (_MONTH_CONTEXT.search(before) or groups.get("edge") or groups.get("rel")):
                return False
            if key not in EN["months"] and not m.group(0).endswith("."):
                return False
            if key in _CONTEXT["verb_months"] and _MAY_VERB.match(after):
                return False
        if rule == "month" and _DIGIT_AFTER.match(after):
            return False  # "March 7" belongs to mdy; "May 2022" to month_year
    wd = groups.get("wd")
    if wd is not None:
        if not _capitalised(wd):
            return False
        if wd.lower() in WEEKDAY_ABBREV_NEEDS_DOT and text[m.end("wd"):m.end("wd") + 1] != ".":
            return False
    day = groups.get("day")
    if day is not None and day.isdigit() and not 1 <= int(day) <= 31:
        return False
    far = [y for y in (groups.get("year"), groups.get("dyear"), groups.get("year0"))
           if y and int(y) >= FAR_YEAR]
    if far and _counts(after):
        return False  # "in May 2500 troops": a count, not a year
    if rule == "year":
        year = int(groups["year"])
        if _NUMBERED.search(before):
            return False
        if _NOT_A_YEAR_AFTER.match(after):
            return False
        preposed = _PREPOSED.search(before)
        determined = _DETERMINED.search(before)
        if not preposed and not determined and not groups.get("fiscal"):
            # A bare number that counts things ("2000 people") is no year.
            if _counts(after):
                return False
            if year < 1900 or year >= FAR_YEAR:
                return False
    if rule == "ref":
        word = groups["word"].lower()
        if word == "now" and _THAT_AFTER.match(after):
            return True
        if word in ("current", "future") and not _LOWER_WORD_AFTER.match(after):
            return False  # adjectives date their noun only ("the current crisis")
    if rule in ("duration", "a_unit", "ago") and groups.get("unit"):
        unit = groups["unit"].lower()
        second = EN["units"].get(unit) == "second"  # "a second" is mostly an ordinal
        if second and not groups.get("num"):
            return False
        num = (groups.get("num") or "").lower()
        if second and num in EN["articles"] and rule != "ago":
            return False
    if rule in ("duration", "a_unit") and (groups.get("adj") or "").lower() == "-old" or \
            _OLD.match(after):
        return False  # an age ("a 6-year-old", "52 years old"), not a time
    if rule == "duration":
        num = (groups.get("num") or "").lower()
        if num in _CONTEXT["vague_needs_rel"] and not groups.get("rel"):
            return False
        if _CURRENCY_BEFORE.search(before):
            return False
    if rule == "a_unit":
        # "a year" is a duration after "for", "in", "over"...; after an amount it is a rate.
        if not (groups.get("approx") or _SPAN_WORD_BEFORE.search(before)
                or _AMOUNT_BEFORE.search(before)):
            return False
    if rule == "quarter" and ORDINALS.get(groups.get("ord", "").lower()) == -1 and \
            groups.get("unit", "").lower() in UNIT_PLURALS:  # "the last quarters"
        return False
    if rule == "the_unit":
        unit = groups["unit"].lower()
        if unit in ("year", "month", "week") and not (groups.get("edge") or groups.get("tail")):
            return False  # bare "the year" is too often a noun phrase of its own
        if unit in _CONTEXT["ambiguous_seasons"] and not _FALL_CONTEXT.search(before):
            return False
    if rule == "rel_unit" and " ".join(groups["rel"].lower().split()) in _NOT_SEASON:
        if groups["unit"].lower() in SEASONS:
            return False
    return True


# Abbreviations whose period is part of the word, not the end of the sentence.
_ABBREVIATIONS = set(EN["month_abbr"]) | set(EN["weekday_abbr"])
_ABBREVIATIONS |= {"a.m", "p.m", "am", "pm", "m", "st", "nd", "rd", "th"}
# Words that are times in lower case but part of a name when capitalised mid-sentence
# ("the Winter Olympic Games", "People's Daily", "A Partnership for the Future").
_COMMON_WORDS = set(EN["name_words"])


# Compiled once: these run on every candidate.
_LAST_WORD = re.compile(r"([\w.]+)\.$")
_HYPHEN_UNIT = re.compile(r"\w-(?:" + "|".join(_UNIT_WORDS) + r")\b", re.I)
_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.I)
_LETTERS = re.compile(r"[A-Za-z]+")
_SENTENCE_LEAD = re.compile(r"(?:^|[.!?\n\"“‘(`'—–:]\s*|^\s*)$")


def _extent(text: str, name: str, m: re.Match, groups: dict) -> tuple[int, int]:
    """The expression's extent in TimeML's terms: no sentence period, no preposition, no
    article in front of an adjective ("the one-year anniversary" -> "one-year")."""
    start, end = m.span("core") if groups.get("core") else m.span()
    while end > start and text[end - 1] in " ,":
        end -= 1
    if text[end - 1] == "." and end - start > 1:
        # The last word only: no abbreviation is longer than the tail looked at.
        word = _LAST_WORD.search(text[max(start, end - 40):end])
        if word and word.group(1).lower() not in _ABBREVIATIONS:
            end -= 1
    words = text[start:end]
    if name in ("duration", "quarter", "a_unit") and _HYPHEN_UNIT.search(words):
        lead = _ARTICLE.match(words)
        if lead and name != "a_unit":
            start += lead.end()
    return start, end


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """True when a common time word is capitalised inside a sentence: part of a name."""
    words = text[start:end]
    if words.islower() or words.isdigit():
        return False  # no capital at all ("last week", "1998")
    for word in _LETTERS.finditer(words):
        w = word.group(0)
        if w.lower() in _COMMON_WORDS and w[0].isupper():
            at = start + word.start()
            lead = text[max(0, at - 3):at]
            if not _SENTENCE_LEAD.search(lead) and at > 0:
                return True
    return False


def find_candidates(text: str) -> list[Candidate]:
    """Every acceptable match of every rule, overlapping ones included."""
    found = []
    for name, m in _DISPATCHER.finditer(text):
        groups = m.groupdict()
        if m.end() == m.start() or not _acceptable(text, name, m, groups):
            continue
        start, end = _extent(text, name, m, groups)
        if end <= start or _names_a_thing(text, start, end):
            continue
        found.append(Candidate(name, start, end, groups))
    return found


def select(candidates: list[Candidate]) -> list[Candidate]:
    """The longest non-overlapping candidates, in text order."""
    chosen: list[Candidate] = []
    if not candidates:
        return chosen
    # One byte per character of the text that a chosen candidate covers.
    taken = bytearray(max(c.end for c in candidates))
    for c in sorted(candidates, key=lambda c: (-c.length, c.start, PRIORITY[c.rule])):
        if taken.find(1, c.start, c.end) != -1:
            continue
        chosen.append(c)
        taken[c.start:c.end] = b"\x01" * c.length
    return sorted(chosen, key=lambda c: c.start)


_TRAILING_DAY = re.compile(r"\s*(?:,\s*)?(?:" + _seq("day_joiners") + r")\s+(?:on\s+)?"
                           r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![\d%:,.]\d|\s*(?:"
                           + "|".join(_UNIT_WORDS) + "|" + _seq("not_day_after") + r")\b)")


def add_trailing_days(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """"on April 24 and 25": the bare second day is a date of the same month (TimeML marks
    it as an expression of its own)."""
    out: list[Candidate] = []
    for i, c in enumerate(chosen):
        out.append(c)
        if c.rule != "mdy" or c.g("year"):
            continue
        m = _TRAILING_DAY.match(text, c.end)
        if not m or not 1 <= int(m.group("day")) <= 31:
            continue
        if i + 1 < len(chosen) and chosen[i + 1].start < m.end():
            continue
        out.append(Candidate("mdy", m.start("day"), m.end("day"),
                             {"mon": c.g("mon"), "day": m.group("day"), "year": None}))
    return out


# One \s* on each side of the comma, never two adjacent: linear on any run of spaces.
_JOINABLE = re.compile(r"\s*(?:,\s*)?(?:on\s+)?")


def join_time_and_day(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Merge a clock time or part of day with the day next to it into one expression:
    "10 p.m. Wednesday", "noon Thursday", "Tuesday, 5 p.m." (TimeML marks them as one)."""
    out: list[Candidate] = []
    for c in chosen:
        if out:
            prev = out[-1]
            gap = text[prev.end:c.start]
            pair = {prev.rule, c.rule}
            if _JOINABLE.fullmatch(gap) and pair & {"clock", "part_of_day"} and pair & {
                    "weekday", "day_word", "mdy", "dmy", "iso"} and len(pair) == 2:
                out[-1] = Candidate("datetime", prev.start, c.end, {}, (prev, c))
                continue
        out.append(c)
    return out
