"""Resolving a found expression to a TIMEX3 type and value against its anchor.

The anchor is the document's creation (publication) date by default. Expressions that
count from a time the text has just named ("20 days later", "a year earlier", "the next
day") use that reference instead. The clause tense decides which way a bare weekday, month
or season points. dateparser reads the explicit calendar dates ("Feb. 24, 2022",
"March 7th"); the year of a date written without one is ours to choose.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser

from . import calendar as cal
from .lexicon import (DAY_PARTS, EN, HUNDRED, MONTHS, ORDINALS, SCALES, SEASONS, UNITS,
                      WEEKDAYS, number_of, unit_of, words_re)
from .patterns import Candidate
from .tense import scheduled_present

# Beyond this weighted word distance a tense marker is too far to choose a date's year.
FIRM_TENSE = 10.0
# How many months ahead a month name with no clear tense may still mean the coming one. On
# the TempEval-3 dev split 2, 3 and 4 get 991, 990 and 990 DATE values right and 6 (the plain
# nearest month) 988: the middle of the plateau.
UNTENSED_MONTH_AHEAD = 3
# How many days a vague quantity ("a few", "several") stands for, for approximate spans.
VAGUE_COUNT = 3


@dataclass(frozen=True)
class Reference:
    """A time the text has named, that later anaphoric expressions may count from."""

    value: str
    day: date  # a representative day: the first day of the span
    granularity: str
    text: str
    start: int


@dataclass(frozen=True)
class Reading:
    """What an expression says: TIMEX3 type and value, how it was anchored, and how sure."""

    type: str
    value: str
    # "absolute" (the words name the date), "published" (counted from the creation date),
    # "mention" (from a date the text named), "unanchored" (relative, and nothing to count
    # from: it keeps its TIMEX3 placeholder)
    anchor: str = "absolute"
    approximate: bool = False
    slack_days: int = 0
    confidence: float = 1.0
    used_tense: bool = False
    sets_reference: bool = True
    # For a vague count ("a few days earlier"): the span the timeline may still use,
    # as (first, last, precision, value of its centre), while the TIMEX3 value stays vague.
    approx_span: tuple | None = None


class Context:
    """Where an expression stands: its text, the creation date, the last time the text
    named (`reference`) and where the expression starts and ends. `tense` is "past",
    "present" or "future" for its clause and `tense_strength` how near the deciding marker
    was (lower is surer); `tense` may be given as a function that returns both (a Tense),
    called the first time either is read: most expressions never need them."""

    __slots__ = ("text", "dct", "reference", "start", "end", "_tense", "_strength", "_read")

    def __init__(self, text: str, dct: date | None, tense, reference: Reference | None = None,
                 tense_strength: float = 0.0, start: int = 0, end: int = 0):
        self.text, self.dct, self.reference, self.start, self.end = \
            text, dct, reference, start, end
        if callable(tense):
            self._read, self._tense, self._strength = tense, None, None
        else:
            self._read, self._tense, self._strength = None, tense, tense_strength

    def _read_tense(self) -> None:
        found = self._read()
        self._read, self._tense, self._strength = None, found.tense, found.strength

    @property
    def tense(self) -> str:
        if self._read is not None:
            self._read_tense()
        return self._tense

    @property
    def tense_strength(self) -> float:
        if self._read is not None:
            self._read_tense()
        return self._strength

    def firm_tense(self) -> str:
        """The tense when a marker is close enough to trust for choosing a year, else
        "present" (which lets the nearest date win)."""
        return self.tense if self.tense_strength <= FIRM_TENSE else "present"


_PARSER = DateDataParser(languages=["en"], settings={
    "PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": True,
    "RELATIVE_BASE": datetime(2000, 1, 1)})


@lru_cache(maxsize=4096)
def parse_calendar_words(words: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of an explicit date written in words, via dateparser.

    The relative base is a fixed leap year so that a date without a year ("Feb. 29")
    parses; whether the text gave a year is decided by the caller's own pattern."""
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", words)
    cleaned = re.sub(r"\b(?:the|of)\b", " ", cleaned, flags=re.I)
    data = _PARSER.get_date_data(" ".join(cleaned.split()))
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj
    return d.year, d.month, d.day


def _days(unit: str, n: float) -> float:
    return n * {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "night": 1,
                "week": 7, "fortnight": 14, "month": 30.4, "quarter": 91, "year": 365.25,
                "decade": 3652, "century": 36525, "millennium": 365250, "weekend": 7}[unit]


def duration_value(unit: str, n: float | None) -> str:
    """TIMEX3 duration: P3Y, PT4H, P2W; PXY for a vague number; decades as years."""
    letter, is_time = UNITS[unit]
    if unit == "fortnight":
        n = None if n is None else n * 2
    if letter == "DE":
        letter, n = "Y", None if n is None else n * 10
    elif letter == "CE":
        letter, n = "Y", None if n is None else n * 100
    elif letter == "ML":
        letter, n = "Y", None if n is None else n * 1000
    elif letter == "WE":
        letter, n = "D", None if n is None else n * 2
    if n is None:
        amount = "X"
    elif n != int(n):
        # "two and a half years" = P2Y6M, "5 1/2 hours" = PT5H30M: the half in the next unit.
        smaller = {"Y": ("M", 12), "M": ("D", 15), "W": ("D", 7), "D": ("H", 24),
                   "H": ("M", 60), "S": None}.get(letter)
        if is_time and letter == "M":
            smaller = ("S", 60)
        if smaller:
            small_letter, factor = smaller
            whole, part = int(n), int(round((n - int(n)) * factor))
            if letter == "D":
                return f"P{whole}DT{part}H" if whole else f"PT{part}H"
            head = f"{whole}{letter}" if whole else ""
            return ("PT" if is_time else "P") + head + f"{part}{small_letter}"
        amount = str(n)
    else:
        amount = str(int(n))
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def _granularity_for_unit(unit: str) -> str:
    return {"second": "day", "minute": "day", "hour": "day", "day": "day", "night": "day",
            "week": "week", "weekend": "week", "fortnight": "week", "month": "month",
            "quarter": "quarter", "year": "year", "decade": "year", "century": "year",
            "millennium": "year"}[unit]


def _shift_unit(unit: str) -> tuple[str, int]:
    """A unit as (shift unit, multiplier) for calendar.shift."""
    return {"fortnight": ("week", 2), "night": ("day", 1), "weekend": ("week", 1),
            "millennium": ("century", 10), "second": ("day", 0), "minute": ("day", 0),
            "hour": ("day", 0)}.get(unit, (unit, 1))


def _unresolved(type_: str, value: str) -> Reading:
    return Reading(type_, value, anchor="unanchored", confidence=0.3, sets_reference=False)


# Words right before a date that make it a bound or a term ahead: "extended to Nov. 20",
# "by Dec. 15", "effective Feb. 1", "through January", "payable Dec. 7", "record Nov. 15".
_SHORT_SPAN = words_re(w for w in EN["span_parts"] if " " not in w)  # early, mid, late
_AHEAD_CUE = re.compile(
    r"\b(?:" + words_re(EN["ahead_cues"]) + r")"
    r"(?:\s+(?:on|in|at|about|around|" + _SHORT_SPAN + r"))?\s*-?\s*$", re.I)
# Of those, the ones that point ahead only when the clause is not in the past.
_AHEAD_UNLESS_PAST = {w.split()[0] for w in EN["ahead_unless_past"]}
# "from Jan. 5 to Jan. 10": in a range, "to" follows the range's start and keeps its tense.
_RANGE_START = re.compile(r"\bfrom\b[^.;]{0,40}$", re.I)


# Words right after a date that make it a term: "the Jan. 14 deadline".
_AHEAD_AFTER = re.compile(r"\s*(?:" + words_re(EN["ahead_after"]) + r")\b", re.I)


# Verbs that move a date ahead of the moment they are done: "postponed until Tuesday".
_DEFERRED = re.compile(r"\b(?:" + "|".join(EN["cues"]["deferring"]) + r")\w*\b[^.;]{0,60}$",
                       re.I)


_SINCE = re.compile(r"\b(?:" + words_re(EN["since"]) + r")\s+(?:" + _SHORT_SPAN
                    + r")?\s*-?\s*$", re.I)


def _points_back(ctx: Context) -> bool:
    """"since March": a time that has begun, so the last such month or day."""
    return bool(_SINCE.search(ctx.text[max(0, ctx.start - 20):ctx.start]))


def _possessive(ctx: Context) -> bool:
    """"Tuesday's ruling", "December's figures": a time whose outcome is in has been."""
    return bool(re.match(r"['’]s\b", ctx.text[ctx.end:ctx.end + 3]))


def _points_ahead(ctx: Context) -> bool:
    """Whether the words around a date make it a bound or term ahead of the anchor."""
    if _AHEAD_AFTER.match(ctx.text, ctx.end):
        return True
    before = ctx.text[max(0, ctx.start - 40):ctx.start]
    m = _AHEAD_CUE.search(before)
    if not m:
        return False
    word = m.group(0).split()[0].lower()
    if word in _AHEAD_UNLESS_PAST:
        return ctx.tense != "past"
    if word == "to" and _RANGE_START.search(before[:m.start()]):
        return False
    return True


def _nearest_year(ctx: Context, month: int, day: int | None) -> tuple[int, bool]:
    """The year of a month (and day) written without one, placed by the clause tense:
    the last such date on or before the anchor for the past, the next one on or after it
    for the future, the nearer of the two otherwise. Returns (year, decided_by_tense)."""
    dct = ctx.dct
    day = day or 1
    def make(y):
        try:
            return date(y, month, day)
        except ValueError:  # Feb. 29 in a common year
            return date(y, month, 28)
    same = make(dct.year)
    back = _points_back(ctx)
    tense = "past" if back else ctx.firm_tense()
    if not back and _points_ahead(ctx):  # the first such date from a little before the anchor on
        return (dct.year if same >= dct - timedelta(days=45) else dct.year + 1), True
    if tense == "past":
        return (dct.year if same <= dct else dct.year - 1), True
    if tense == "future":
        return (dct.year if same >= dct else dct.year + 1), True
    candidates = [make(dct.year - 1), same, make(dct.year + 1)]
    best = min(candidates, key=lambda d: (abs((d - dct).days), d > dct))
    return best.year, False


def _month_year_by_tense(ctx: Context, month: int) -> tuple[int, bool]:
    dct = ctx.dct
    if month == dct.month:
        return dct.year, False
    # "December's figures", "September's sales": a month whose results are in has been.
    back = _points_back(ctx) or _possessive(ctx)
    tense = "past" if back else ctx.firm_tense()
    if not back and _points_ahead(ctx):
        return (dct.year if month >= dct.month - 1 else dct.year + 1), True
    if tense == "past":
        return (dct.year if month < dct.month else dct.year - 1), True
    if tense == "future":
        return (dct.year if month > dct.month else dct.year + 1), True
    # The present ("the elections are in November") states a schedule: the nearer one, up to
    # half a year on. No tense to go by: news mostly reports what has happened, so a month
    # name is the coming one only when it is near (UNTENSED_MONTH_AHEAD months), else the last.
    present = ctx.tense == "present" and ctx.tense_strength <= FIRM_TENSE
    ahead = 6 if present else UNTENSED_MONTH_AHEAD
    diff = (month - dct.month) % 12
    return (dct.year if month > dct.month else dct.year + 1) if diff <= ahead \
        else (dct.year if month < dct.month else dct.year - 1), False


def _scheduled(ctx: Context) -> bool:
    """"The plant reopens on Friday", "the team is playing Sunday": the simple present (or
    progressive) of the verb a weekday follows states a scheduled event, ahead; "says on
    Monday", about the act of saying, is not one (see tense.scheduled_present). It holds
    when that verb is at least as near as the marker that set the clause's tense ("The
    plant reopens on Friday, the company said"; not "Apple shares on Friday jumped"). A
    base form ("they meet") has no ending to tell it from a past the tense markers do not
    know ("as they overcame Jacksonville on Thursday"): only outside a past clause."""
    found = scheduled_present(ctx.text, ctx.start, ctx.end)
    return found is not None and found[0] <= ctx.tense_strength and (
        found[1] != "base" or ctx.tense != "past")


def _weekday_date(ctx: Context, weekday: int, rel: str | None) -> tuple[date, bool]:
    """The day a weekday name points to from the anchor: the same day when it is the
    anchor's weekday, else back for the past tense and "last", forward for the future."""
    dct = ctx.dct
    back = (dct.weekday() - weekday) % 7
    forward = (weekday - dct.weekday()) % 7
    step = _REL_STEP.get(" ".join((rel or "").lower().split()), 0)
    if step < 0:
        return dct - timedelta(days=back or 7), False
    if step > 0:
        return dct + timedelta(days=forward or 7), False
    if back == 0:
        return dct, False
    if _possessive(ctx):
        return dct - timedelta(days=back), False  # "Tuesday's ruling": a day that has been
    if ctx.tense == "future" or (_points_ahead(ctx) and (
            ctx.tense != "past" or _DEFERRED.search(ctx.text[max(0, ctx.start - 80):ctx.start]))):
        # "postponed until Tuesday", "extended its deadline to Friday": a term ahead
        return dct + timedelta(days=forward), True
    if _scheduled(ctx):
        return dct + timedelta(days=forward), True
    return dct - timedelta(days=back), ctx.tense == "past"


def _season_year(ctx: Context, code: str, rel: str | None) -> int:
    dct = ctx.dct
    cur_year, cur_code = cal.season_of(dct)
    order = ["WI", "SP", "SU", "FA"]

    def start(y: int, c: str) -> date:
        return date(y, cal.SEASON_MONTHS[c][0] if c != "WI" else 12, 1)

    # The occurrences of this season around the anchor, oldest first.
    options = [(y, code) for y in (dct.year - 2, dct.year - 1, dct.year, dct.year + 1)]
    current = (cur_year, cur_code) if cur_code == code else None
    past = [o for o in options if start(*o) <= dct and o != current]
    future = [o for o in options if start(*o) > dct]
    step = _REL_STEP.get(rel or "")
    if step == -1:
        return past[-1][0]
    if step == 1:
        return future[0][0]
    if current:
        return current[0]
    if step == 0:
        # "this summer" said in spring is the coming one, said in autumn the one just gone.
        return future[0][0] if order.index(code) > order.index(cur_code) and \
            future[0][0] <= dct.year else past[-1][0]
    return (future[0] if ctx.tense == "future" else past[-1])[0]


def _quarter_year(ctx: Context, q: int) -> int:
    cur = (ctx.dct.month - 1) // 3 + 1
    if q > cur and ctx.tense != "future":
        return ctx.dct.year - 1
    return ctx.dct.year


_COMPARISON = re.compile(r"\b(?:" + "|".join(EN["cues"]["comparison"]) + r")\s+"
                         r"[^.;]{0,80}$", re.I)


def _compares(ctx: Context) -> bool:
    """A figure compared with one "last year" while a quarter is in focus: the same
    quarter a year back ("$5 million, compared with $3 million last year")."""
    ref = ctx.reference
    return ref is not None and ref.granularity == "quarter" and bool(
        _COMPARISON.search(ctx.text[max(0, ctx.start - 90):ctx.start]))


def _ref_or_dct(ctx: Context) -> tuple[date, str, str]:
    """The day anaphoric offsets count from: the last named time, else the anchor."""
    if ctx.reference is not None:
        return ctx.reference.day, ctx.reference.granularity, "mention"
    return ctx.dct, "day", "published"


# ---------------------------------------------------------------------------- the rules


def resolve(c: Candidate, ctx: Context) -> Reading | None:
    handler = _HANDLERS.get(c.rule)
    return handler(c, ctx) if handler else None


def _explicit_day(c: Candidate, ctx: Context) -> Reading | None:
    if c.rule == "iso":
        y, m, d = int(c.g("year")), int(c.g("month")), int(c.g("day"))
        year_given = True
    elif c.rule in ("numeric", "numeric_dmy", "numeric_ymd"):
        y, m, d = int(c.g("year")), int(c.g("month")), int(c.g("day"))
        y = y + (1900 if y >= 50 else 2000) if y < 100 else y
        year_given = True
    else:
        m = MONTHS[c.g("mon").lower()]
        d = int(c.g("day"))
        year_given = bool(c.g("year"))
        y = int(c.g("year")) if year_given else None
        # dateparser confirms the calendar reading of the words themselves.
        core = f"{c.g('mon')} {d}" + (f" {y}" if year_given else "")
        parsed = parse_calendar_words(core)
        if parsed is None:
            if 1 <= d <= 31 and (year_given or d > calendar.monthrange(2000, m)[1]):
                _calendar_day(y or 2000, m, d)  # "February 31": raises OutOfRange
            return None
        _, m, d = parsed
    if not (1 <= m <= 12):
        return None
    if year_given:
        if not 1 <= d <= 31:
            return None
        value = _calendar_day(y, m, d).isoformat()
        if c.rule == "iso" and c.g("time"):
            return Reading("TIME", f"{value}T{c.g('time')}")
        return Reading("DATE", value)
    if ctx.dct is None:
        return _unresolved("DATE", f"XXXX-{m:02d}-{d:02d}")
    if c.g("wd"):  # "Saturday, April 25": the year in which that day is a Saturday
        weekday = WEEKDAYS[c.g("wd").lower()]
        years = [y for y in (ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1)
                 if _weekday_of(y, m, d) == weekday]
        if years:
            return Reading("DATE", date(years[0], m, d).isoformat(), "published",
                           confidence=0.95)
    year, by_tense = _nearest_year(ctx, m, d)
    try:
        value = date(year, m, d).isoformat()
    except ValueError:
        return None
    return Reading("DATE", value, "published", confidence=0.8 if by_tense else 0.9,
                   used_tense=by_tense)


def _calendar_day(year: int, month: int, day: int) -> date:
    """The day, or OutOfRange for one no calendar has (year 0, February 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        raise cal.OutOfRange(f"no day {year:04d}-{month:02d}-{day:02d}") from None


def _year_text(c: Candidate) -> int | None:
    """The year a rule captured, in digits or spelled out ("nineteen ninety-four")."""
    if c.g("year"):
        return int(c.g("year"))
    words = (c.g("spelled") or "").lower().replace("-", " ").split()
    if len(words) < 2:
        return None
    century, rest = number_of(words[0]), number_of(" ".join(words[1:]))
    return None if century is None or rest is None else century * 100 + rest


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def _day_range(c: Candidate, ctx: Context) -> Reading | None:
    """"March 20-22", "20–22 March 2023": an ISO interval of days, its year placed like a
    single date's."""
    mon = MONTHS[(c.g("mon") or c.g("dmon")).lower()]
    mon2 = MONTHS[c.g("mon2").lower()] if c.g("mon2") else mon
    d1, d2 = int(c.g("day") or c.g("dday")), int(c.g("day2") or c.g("dday2"))
    year_text = c.g("year") or c.g("dyear")
    if year_text:
        year = int(year_text)
    elif ctx.dct is None:
        return _unresolved("DATE", f"XXXX-{mon:02d}-{d1:02d}")
    else:
        year, _ = _nearest_year(ctx, mon, d1)
    try:
        first = date(year, mon, d1)
        last = date(year + (1 if mon2 < mon else 0), mon2, d2)
    except ValueError:
        return None
    if last <= first:
        return None
    anchor = "none" if year_text else "published"
    return Reading("DATE", f"{first.isoformat()}/{last.isoformat()}", anchor)


def _year_range(c: Candidate, ctx: Context) -> Reading | None:
    first = int(c.g("year"))
    second = c.g("year2")
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if not first < last <= first + 100:
        return None  # "2022-23" is a range; "1990-1985" or a phone number is not
    return Reading("DATE", f"{first:04d}/{last:04d}")


def _week_of(c: Candidate, ctx: Context) -> Reading | None:
    """"the first week of March": the ISO week holding that month's n-th seven days."""
    month = MONTHS[c.g("mon").lower()]
    n = ORDINALS[c.g("ord").lower()]
    if c.g("year"):
        year = int(c.g("year"))
    elif ctx.dct is None:
        return _unresolved("DATE", "XXXX-WXX")
    else:
        year, _ = _month_year_by_tense(ctx, month)
    if n == -1:
        last_day = cal.add_months(date(year, month, 1), 1) - timedelta(days=1)
        day = last_day - timedelta(days=6)
    elif 1 <= n <= 5:
        day = date(year, month, 1) + timedelta(days=7 * (n - 1))
    else:
        return None
    # The ISO week that holds most of those seven days: the one of their middle day.
    return Reading("DATE", cal.fmt("week", day + timedelta(days=3)), "none" if c.g("year") else "published")


def _quarter_code(c: Candidate, ctx: Context) -> Reading | None:
    """"Q3 2023", "H1", "FY2023", "3Q22": quarters, halves and fiscal years in short."""
    code = c.g("code").upper()
    if c.g("year"):
        year = int(c.g("year"))
    elif c.g("yy"):
        year = 2000 + int(c.g("yy")) if int(c.g("yy")) < 50 else 1900 + int(c.g("yy"))
    elif code == "FY" or ctx.dct is None:
        return None if code == "FY" else _unresolved("DATE", f"XXXX-{code}")
    else:
        year = None
    if code == "FY":
        return Reading("DATE", f"{year:04d}")
    letter, n = ("Q", int(code[0])) if code.endswith("Q") else (code[0], int(code[1]))
    if year is None:
        year = _quarter_year(ctx, n) if letter == "Q" else ctx.dct.year
        return Reading("DATE", f"{year:04d}-{letter}{n}", "published")
    return Reading("DATE", f"{year:04d}-{letter}{n}")


def _month_year(c: Candidate, ctx: Context) -> Reading | None:
    year = _year_text(c)
    if year is None:
        return None
    return Reading("DATE", f"{year:04d}-{MONTHS[c.g('mon').lower()]:02d}")


def _month_rel(c: Candidate, ctx: Context) -> Reading:
    month = MONTHS[c.g("mon").lower()]
    rel = " ".join(c.g("rel").lower().split())
    if rel in _SINCE_MENTION:
        base, _, anchor = _ref_or_dct(ctx)
        year = base.year + _REL_STEP[rel]
    else:
        if ctx.dct is None:
            return _unresolved("DATE", f"XXXX-{month:02d}")
        year = ctx.dct.year + _REL_STEP[rel]
        anchor = "published"
    return Reading("DATE", f"{year:04d}-{month:02d}", anchor)


def _month(c: Candidate, ctx: Context) -> Reading:
    month = MONTHS[c.g("mon").lower()]
    if ctx.dct is None:
        return _unresolved("DATE", f"XXXX-{month:02d}")
    rel = " ".join((c.g("rel") or "").lower().split())
    step = _REL_STEP.get(rel) if rel else None
    dct = ctx.dct
    if step == -1:
        year, by_tense = (dct.year if month < dct.month else dct.year - 1), False
    elif step == 1:
        year, by_tense = (dct.year if month > dct.month else dct.year + 1), False
    elif step == 0:
        year, by_tense = dct.year, False
    else:
        year, by_tense = _month_year_by_tense(ctx, month)
    return Reading("DATE", f"{year:04d}-{month:02d}", "published",
                   confidence=0.75 if by_tense else 0.85, used_tense=by_tense)


def _weekday(c: Candidate, ctx: Context) -> Reading:
    wd = WEEKDAYS[c.g("wd").lower()]
    part = (c.g("part") or "").lower()
    suffix = ("T" + DAY_PARTS[part]) if part in DAY_PARTS else ""
    if ctx.dct is None:
        return _unresolved("DATE", f"XXXX-WXX-{wd + 1}{suffix}")
    day, by_tense = _weekday_date(ctx, wd, c.g("rel"))
    return Reading("TIME" if suffix else "DATE", day.isoformat() + suffix, "published",
                   confidence=0.8 if by_tense else 0.9, used_tense=by_tense)


# "yesterday": (-1, ""), "tonight": (0, "NI"): a day offset and the part of day it names.
_DAY_WORDS = {w: (int(v.split(":")[1]), (v.split(":") + [""])[2])
              for w, v in EN["deictic"].items()}


def _day_word(c: Candidate, ctx: Context) -> Reading:
    word = " ".join(c.g("word").lower().split())
    part = (c.g("part") or "").lower()
    offset, code = _DAY_WORDS[word]
    code = code or DAY_PARTS.get(part, "")
    suffix = ("T" + code) if code else ""
    type_ = "TIME" if suffix else "DATE"
    if ctx.dct is None:
        return _unresolved(type_, "PRESENT_REF" if offset == 0 else "XXXX-XX-XX")
    day = ctx.dct + timedelta(days=offset)
    return Reading(type_, day.isoformat() + suffix, "published")


def _part_of_day(c: Candidate, ctx: Context) -> Reading:
    part = (c.g("part") or c.g("part2") or "").lower()
    if c.g("word"):
        part, offset = "night", 0
    else:
        offset = -1 if (c.g("rel") or "").lower() == "last" else 0
    code = DAY_PARTS.get(part, "NI")
    if ctx.dct is None:
        return _unresolved("TIME", f"XXXX-XX-XXT{code}")
    return Reading("TIME", (ctx.dct + timedelta(days=offset)).isoformat() + "T" + code,
                   "published")


def _clock_value(c: Candidate) -> str:
    named = (c.g("named") or "").lower()
    if named in ("noon", "midday"):
        return "12:00"
    if named == "midnight":
        return "24:00"
    if c.g("hm"):
        return f"{int(c.g('hour24')):02d}:{c.g('minute24')}"
    hour = int(c.g("hour"))
    minute = c.g("minute") or "00"
    pm = c.g("ampm").lower().startswith("p")
    if pm and hour < 12:
        hour += 12
    if not pm and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute}"


def _clock(c: Candidate, ctx: Context) -> Reading | None:
    hm = _clock_value(c)
    day: date | None = None
    if c.g("dayword"):
        if ctx.dct:
            day = ctx.dct + timedelta(days=_DAY_WORDS[c.g("dayword").lower()][0])
    elif c.g("wd"):
        if ctx.dct:
            day, _ = _weekday_date(ctx, WEEKDAYS[c.g("wd").lower()], None)
    elif c.g("mon"):
        if ctx.dct:
            year, _ = _nearest_year(ctx, MONTHS[c.g("mon").lower()], int(c.g("day")))
            try:
                day = date(year, MONTHS[c.g("mon").lower()], int(c.g("day")))
            except ValueError:
                return None
    elif ctx.dct:
        day = ctx.dct
    if day is None:
        return _unresolved("TIME", f"XXXX-XX-XXT{hm}")
    return Reading("TIME", f"{day.isoformat()}T{hm}", "published",
                   approximate=bool(c.g("approx")))


def _datetime(c: Candidate, ctx: Context) -> Reading | None:
    """A time of day with its day: "10 p.m. Wednesday", "mid-afternoon yesterday"."""
    time_part = next(p for p in c.parts if p.rule in ("clock", "part_of_day"))
    day_part = next(p for p in c.parts if p is not time_part)
    day = resolve(day_part, ctx)
    if day is None:
        return None
    if time_part.rule == "clock":
        suffix = _clock_value(time_part)
    else:
        time_reading = _part_of_day(time_part, ctx)
        suffix = time_reading.value.split("T")[-1]
    base = day.value.split("T")[0]
    return Reading("TIME", f"{base}T{suffix}", day.anchor, confidence=day.confidence,
                   used_tense=day.used_tense)


def _fiscal_period(c: Candidate, ctx: Context) -> Reading:
    """"the year ended Sept. 30" is a year's length ending then; "the full year", "the fiscal
    year" with no end given is the (fiscal) year the report is in."""
    if c.g("unit2") and ctx.dct is not None:
        return Reading("DATE", str(ctx.dct.year), "published", confidence=0.6)
    unit = (c.g("unit") or c.g("unit2")).lower()
    return Reading("DURATION", duration_value(unit, 1), "none", sets_reference=False)


_REF_WORDS = EN["refs"]


def _ref(c: Candidate, ctx: Context) -> Reading:
    word = " ".join(c.g("word").lower().split())
    return Reading("DATE", _REF_WORDS[word], "published" if ctx.dct else "none",
                   sets_reference=False)


_REL_STEP = EN["relative"]
# "that", "the same", "the previous", "the following": counted from the time last named.
_SINCE_MENTION = set(EN["relative_with"]["since_mention"])


def _rel_unit(c: Candidate, ctx: Context) -> Reading | None:
    unit = c.g("unit").lower()
    rel = " ".join(c.g("rel").lower().split())
    if unit in SEASONS:
        code = SEASONS[unit]
        if ctx.dct is None:
            return _unresolved("DATE", f"XXXX-{code}")
        return Reading("DATE", f"{_season_year(ctx, code, rel):04d}-{code}", "published")
    if rel in _SINCE_MENTION and _REL_STEP[rel] == 0:  # "that year", "the same week"
        if ctx.reference is None:
            return None
        base, anchor = ctx.reference.day, "mention"
        step = 0
    elif rel in _SINCE_MENTION and ctx.reference is not None:
        base, anchor = ctx.reference.day, "mention"
        step = _REL_STEP[rel]
    else:
        if ctx.dct is None:
            return _unresolved("DATE", "XXXX")
        base, anchor = ctx.dct, "published"
        step = _REL_STEP[rel]
    if unit == "weekend":
        monday = base - timedelta(days=base.weekday())
        if step == 0 and base.weekday() < 5 and ctx.tense == "past" and rel == "this":
            step = -1
        day = monday + timedelta(weeks=step)
        return Reading("DATE", cal.fmt("week", day) + "-WE", anchor)
    if unit == "year" and rel == "last" and _compares(ctx):
        ref = ctx.reference
        return Reading("DATE", cal.fmt("quarter", cal.shift(ref.day, "year", -1)), "mention",
                       confidence=0.6, sets_reference=False)
    shift_unit, mult = _shift_unit(unit)
    day = cal.shift(base, shift_unit, step * mult)
    granularity = {"week": "week", "month": "month", "quarter": "quarter", "year": "year",
                   "decade": "decade", "century": "century"}[unit]
    return Reading("DATE", cal.fmt(granularity, day), anchor)


def _the_unit(c: Candidate, ctx: Context) -> Reading | None:
    unit = c.g("unit").lower()
    if ctx.dct is None:
        return _unresolved("DATE", "XXXX")
    if unit in SEASONS:
        code = SEASONS[unit]
        return Reading("DATE", f"{_season_year(ctx, code, None):04d}-{code}", "published",
                       confidence=0.7, used_tense=True)
    if unit == "weekend":
        monday = ctx.dct - timedelta(days=ctx.dct.weekday())
        if ctx.tense == "past" and ctx.dct.weekday() < 5:
            monday -= timedelta(weeks=1)
        return Reading("DATE", cal.fmt("week", monday) + "-WE", "published", used_tense=True)
    base, _, anchor = _ref_or_dct(ctx) if unit == "year" and c.g("edge") and ctx.reference \
        else (ctx.dct, "day", "published")
    return Reading("DATE", cal.fmt({"year": "year", "month": "month", "week": "week"}[unit],
                                   base), anchor)


def _unit_end(c: Candidate, ctx: Context) -> Reading | None:
    if ctx.dct is None:
        return _unresolved("DATE", "XXXX")
    unit = c.g("unit").lower()
    return Reading("DATE", cal.fmt(unit, ctx.dct), "published")


def _season_year_rule(c: Candidate, ctx: Context) -> Reading | None:
    year = _year_text(c)
    if year is None:
        return None
    return Reading("DATE", f"{year:04d}-{SEASONS[c.g('season').lower()]}")


def _quarter(c: Candidate, ctx: Context) -> Reading | None:
    unit = c.g("unit").lower()
    n = ORDINALS[c.g("ord").lower()]
    if unit == "quarters":
        return None
    size = 4 if unit == "quarter" else 2
    if n == -1:
        n = size
    if not 1 <= n <= size:
        return None
    letter = "Q" if unit == "quarter" else "H"
    year_text = c.g("year") or c.g("year0")
    own = (c.g("own") or "").lower()
    if year_text:
        return Reading("DATE", f"{int(year_text):04d}-{letter}{n}")
    if ctx.dct is None:
        return _unresolved("DATE", f"XXXX-{letter}{n}")
    rel = (c.g("rel") or "").lower() or next(
        (r for r in EN["relative_with"]["year"] if own.startswith(r)), "")
    if rel:
        year = ctx.dct.year + _REL_STEP[rel]
    elif ctx.reference is not None and ctx.reference.granularity in ("quarter", "half", "year") \
            and "year's" in own:
        year = ctx.reference.day.year
    elif letter == "Q":
        year = _quarter_year(ctx, n)
    else:
        cur = 1 if ctx.dct.month <= 6 else 2
        year = ctx.dct.year - 1 if n > cur and ctx.tense != "future" else ctx.dct.year
    return Reading("DATE", f"{year:04d}-{letter}{n}", "published")


def _period(c: Candidate, ctx: Context) -> Reading | None:
    """"the quarter", "the latest period", "the year-ago quarter": the fiscal period a
    business report is about. "latest" is the last quarter completed before the anchor;
    the others are the quarter the text last named, else that one too."""
    prior = " ".join((c.g("prior") or "").lower().replace("-", " ").split())
    unit = c.g("unit").lower()
    if not prior and not c.g("ord") and unit == "period" and not c.g("ago") and not c.g("pyear"):
        return None  # a bare "the period" is too vague
    if ctx.dct is None:
        return _unresolved("DATE", "XXXX-QX")
    last_completed = cal.shift(ctx.dct, "quarter", -1)
    kind = EN["period_qualifiers"].get(prior)
    if kind == "latest":
        base, anchor = last_completed, "published"
    elif ctx.reference is not None and ctx.reference.granularity == "quarter":
        base, anchor = ctx.reference.day, "mention"
    else:
        base, anchor = last_completed, "published"
    if c.g("pyear"):
        base = date(int(c.g("pyear")), base.month, 1)
    if c.g("ord"):
        n = ORDINALS[c.g("ord").lower()]
        base = date(base.year, 3 * n - 2, 1)
    year_back = kind == "year_back" or bool(c.g("ago"))
    if year_back:
        base = cal.shift(base, "year", -1)
    return Reading("DATE", cal.fmt("quarter", base), anchor, confidence=0.6,
                   sets_reference=not year_back)


def _year_ago_adj(c: Candidate, ctx: Context) -> Reading | None:
    if ctx.dct is None:
        return _unresolved("DATE", "XXXX")
    if ctx.reference is not None and ctx.reference.granularity in ("quarter", "month", "day"):
        base = cal.shift(ctx.reference.day, "year", -1)
        return Reading("DATE", cal.fmt(ctx.reference.granularity, base), "mention",
                       confidence=0.6, sets_reference=False)
    return Reading("DATE", f"{ctx.dct.year - 1:04d}", "published", sets_reference=False)


def _count(c: Candidate) -> tuple[float | None, bool]:
    """The number of units an expression counts, and whether it was vague."""
    raw = (c.g("num") or "").lower()
    n = number_of(raw)
    if n is not None and c.g("half"):
        n += 0.5
    return n, n is None


def _ago(c: Candidate, ctx: Context) -> Reading | None:
    unit = unit_of(c.g("unit"))
    if unit is None:
        return None
    n, vague = _count(c)
    direction = " ".join(c.g("dir").lower().split())
    sign = EN["directions"][direction]
    approx = " ".join((c.g("approx") or "").lower().split())
    # "about three days ago" is approximate; "more than three days ago" a bound
    approximate = bool(approx) and approx not in EN["about_strict"]
    if direction in EN["directions_from_now"]:
        if ctx.dct is None:
            return _unresolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        base, base_gran, anchor = ctx.dct, "day", "published"
        # "up from $5 a year ago": in a report about a quarter, the same quarter a year back.
        if unit == "year" and ctx.reference is not None and \
                ctx.reference.granularity == "quarter" and n == 1:
            base, base_gran, anchor = ctx.reference.day, "quarter", "mention"
    else:
        if ctx.dct is None and ctx.reference is None:
            return _unresolved("DATE", "XXXX-XX-XX")
        base, base_gran, anchor = _ref_or_dct(ctx)
    if vague:
        approx = None
        if unit in ("day", "week", "month", "year"):
            shift_unit, mult = _shift_unit(unit)
            centre = cal.shift(base, shift_unit, sign * VAGUE_COUNT * mult)
            slack = int(_days(unit, VAGUE_COUNT - 1))
            approx = (centre, centre, "day", centre.isoformat())
        return Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor,
                       sets_reference=False, approx_span=approx,
                       slack_days=slack if approx else 0)
    shift_unit, mult = _shift_unit(unit)
    if shift_unit == "day" and mult == 0:  # hours, minutes: the same day
        day = base + timedelta(days=sign * _days(unit, n))
    elif n != int(n):
        day = base + timedelta(days=sign * _days(unit, n))
    else:
        day = cal.shift(base, shift_unit, sign * int(n) * mult)
    granularity = _granularity_for_unit(unit)
    if anchor == "mention" or base_gran == "quarter":
        # Counting from a named time keeps that time's granularity when it is finer.
        order = ["day", "week", "month", "quarter", "year"]
        if base_gran in order and order.index(base_gran) < order.index(granularity):
            granularity = base_gran
        elif base_gran == "quarter" and granularity == "year":
            granularity = "quarter"
    if approximate:
        granularity = "day" if granularity in ("day", "week") else granularity
    slack = int(round(_days(unit, n) * 0.25)) if approximate else 0
    # "up from $5 a year earlier" compares with the time in focus; it does not move it.
    comparison = unit == "year" and granularity in ("quarter", "month", "day") and sign < 0
    return Reading("DATE", cal.fmt(granularity, day), anchor, approximate=approximate,
                   slack_days=slack, confidence=0.7 if anchor == "mention" else 0.9,
                   sets_reference=not comparison)


def _anaphor(c: Candidate, ctx: Context) -> Reading | None:
    if c.g("dir"):  # "the day before", "the day after"
        step, unit = EN["directions"][c.g("dir").lower()], "day"
    else:
        step = EN["anaphoric"][" ".join(c.g("word").lower().split())]
        unit = c.g("unit").lower()
    base, base_gran, anchor = _ref_or_dct(ctx)
    if ctx.reference is None and step == 0:
        return None  # "that day" with nothing named before it
    if base is None:
        return None
    suffix = ""
    if unit in DAY_PARTS:
        suffix, unit = "T" + DAY_PARTS[unit], "day"
    shift_unit, mult = _shift_unit(unit)
    day = cal.shift(base, shift_unit, step * mult)
    granularity = _granularity_for_unit(unit)
    return Reading("TIME" if suffix else "DATE", cal.fmt(granularity, day) + suffix, anchor,
                   confidence=0.7)


# "will one day be", "could one day replace": an indefinite time ahead, not a day's length.
_MODAL_BEFORE = re.compile(r"\b(?:" + "|".join(EN["cues"]["modal"]) + r")\s+(?:\w+ly\s+)?$",
                           re.I)


def _duration(c: Candidate, ctx: Context) -> Reading | None:
    unit = unit_of(c.g("unit"))
    if unit is None:
        return None
    if (" ".join(ctx.text[c.start:c.end].lower().split()) in EN["someday"]
            and _MODAL_BEFORE.search(ctx.text[max(0, c.start - 30):c.start])):
        return Reading("DATE", "FUTURE_REF", "published" if ctx.dct else "none",
                       sets_reference=False)
    n, _ = _count(c)
    if c.g("num2") or (c.g("rel") or "").lower() == "recent":
        n = None  # "12 to 18 months", "recent months": written with X
    return Reading("DURATION", duration_value(unit, n), "none", sets_reference=False)


def _bare_units(c: Candidate, ctx: Context) -> Reading | None:
    unit = unit_of(c.g("unit"))
    if unit is None:
        return None
    return Reading("DURATION", duration_value(unit, None), "none", sets_reference=False)


def _set(c: Candidate, ctx: Context) -> Reading | None:
    adverb = " ".join((c.g("adverb") or "").lower().split())
    if adverb:  # "daily": its value; "twice a week": once in the unit (P1W)
        value = EN["sets"].get(adverb) or duration_value(unit_of(adverb.split()[-1]), 1)
        return Reading("SET", value, "none", sets_reference=False)
    part = (c.g("part") or c.g("part3") or c.g("part4") or "").lower().rstrip("s")
    suffix = ("T" + DAY_PARTS[part]) if part in DAY_PARTS else ""
    weekday = c.g("wdp") or c.g("wd2")
    if weekday:
        return Reading("SET", f"XXXX-WXX-{WEEKDAYS[weekday.lower().rstrip('s')] + 1}{suffix}",
                       "none", sets_reference=False)
    if c.g("wd"):
        return Reading("SET", f"XXXX-WXX-{WEEKDAYS[c.g('wd').lower()] + 1}{suffix}", "none",
                       sets_reference=False)
    if c.g("mon"):
        return Reading("SET", f"XXXX-{MONTHS[c.g('mon').lower()]:02d}", "none",
                       sets_reference=False)
    unit = unit_of(c.g("unit") or "")
    if unit is None:
        return None
    n, vague = _count(c)
    if not c.g("num"):  # "every other week": every second one
        n = EN["every_other"].get((c.g("other") or "").lower(), 1)
    return Reading("SET", duration_value(unit, n), "none", sets_reference=False)


# "$5 million a year", "twice a year": a rate, not a length of time.
_RATE_BEFORE = re.compile(r"(?:\d|\b(?:" + "|".join(EN["context"]["amount_before"]
                                                  + EN["context"]["rate_before"]) + r"))\s*$",
                          re.I)


def _a_unit(c: Candidate, ctx: Context) -> Reading | None:
    unit = unit_of(c.g("unit"))
    if unit is None:
        return None
    before = ctx.text[max(0, c.start - 30):c.start]
    n = 1.5 if c.g("half") else 1
    if _RATE_BEFORE.search(before):
        return Reading("SET", duration_value(unit, 1), "none", sets_reference=False)
    return Reading("DURATION", duration_value(unit, n), "none", sets_reference=False)


def _year(c: Candidate, ctx: Context) -> Reading:
    return Reading("DATE", f"{int(c.g('year')):04d}")


def _spelled_year(c: Candidate, ctx: Context) -> Reading | None:
    words = c.g("word").lower().replace("-", " ").split()
    joiner = EN["number_joiners"][0]
    if words[1] in SCALES:  # "two thousand and one"
        rest = number_of(" ".join(w for w in words[2:] if w != joiner)) if words[2:] else 0
        if rest is None:
            return None
        return Reading("DATE", f"{number_of(' '.join(words[:2])) + rest:04d}")
    century = number_of(words[0])
    if words[1] == HUNDRED:  # "nineteen hundred and five"
        rest = number_of(" ".join(w for w in words[2:] if w != joiner)) if words[2:] else 0
    else:
        rest = number_of(" ".join(words[1:]))
    if century is None or rest is None or rest >= 100:
        return None
    return Reading("DATE", f"{century * 100 + rest:04d}")


_DECADE_WORDS = EN["decade_words"]


def _decade(c: Candidate, ctx: Context) -> Reading | None:
    if c.g("dec"):
        return Reading("DATE", f"{int(c.g('dec')) // 10:03d}")
    tens = int(c.g("dec2")) // 10 if c.g("dec2") else _DECADE_WORDS[c.g("decword").lower()]
    century = 19
    if ctx.dct is not None and ctx.dct.year >= 2000 and tens <= (ctx.dct.year % 100) // 10:
        century = 20
    return Reading("DATE", f"{century}{tens}", "published" if ctx.dct else "none")


_ORDINAL_WORDS = EN["century_ordinals"]


def _century(c: Candidate, ctx: Context) -> Reading | None:
    if c.g("ord"):
        word = c.g("ord").lower()
        n = _ORDINAL_WORDS.get(word) or ORDINALS.get(word)
        if n is None:
            n = int(re.match(r"\d+", word).group(0))
        if n <= 0:
            return None
        return Reading("DATE", f"{n - 1:02d}")
    if ctx.dct is None:
        return _unresolved("DATE", "XX")
    rel = " ".join(c.g("rel").lower().split())
    step = _REL_STEP.get(rel, 0)
    return Reading("DATE", f"{ctx.dct.year // 100 + step:02d}", "published")


_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _holiday_day(rule: str, year: int) -> date:
    """The day of a holiday rule of the data: "12-25", or "11-TH4" (the fourth Thursday of
    November)."""
    month, day = rule.split("-")
    if day.isdigit():
        return date(year, int(month), int(day))
    weekday, n = _WEEKDAY_CODES.index(day[:2]), int(day[2:])
    first = date(year, int(month), 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _holiday(c: Candidate, ctx: Context) -> Reading | None:
    rule = EN["holidays"][" ".join(c.g("word").lower().split())]
    if c.g("year"):
        return Reading("DATE", _holiday_day(rule, int(c.g("year"))).isoformat())
    month, day = rule.split("-")
    if ctx.dct is None:
        return _unresolved("DATE", f"XXXX-{month}-{day if day.isdigit() else 'XX'}")
    year, _ = _nearest_year(ctx, int(month), _holiday_day(rule, ctx.dct.year).day)
    return Reading("DATE", _holiday_day(rule, year).isoformat(), "published")


_HANDLERS = {
    "iso": _explicit_day, "numeric": _explicit_day, "numeric_dmy": _explicit_day,
    "numeric_ymd": _explicit_day, "mdy": _explicit_day, "dmy": _explicit_day,
    "month_year": _month_year, "month_rel": _month_rel, "month": _month, "weekday": _weekday,
    "day_word": _day_word, "part_of_day": _part_of_day, "clock": _clock, "datetime": _datetime,
    "ref": _ref, "fiscal_period": _fiscal_period, "day_range": _day_range,
    "year_range": _year_range, "week_of": _week_of, "quarter_code": _quarter_code, "rel_unit": _rel_unit, "the_unit": _the_unit, "unit_end": _unit_end,
    "season_year": _season_year_rule, "quarter": _quarter, "period": _period,
    "year_ago_adj": _year_ago_adj, "ago": _ago, "anaphor": _anaphor, "duration": _duration,
    "bare_units": _bare_units, "a_unit": _a_unit, "set": _set, "year": _year,
    "decade": _decade, "century": _century, "holiday": _holiday, "spelled_year": _spelled_year,
}
