"""The day a holiday rule of the data names in a given year. No language: the names are in
each data file's `holidays` table, the rules here.

    "12-25"   a fixed day (month-day)
    "11-TH4"  the fourth Thursday of November (first to fourth: 1-4); "05-SUL" the last
              Sunday of May
    "E+1"     a day counted from Easter Sunday (Gregorian computus): "E-2" Good Friday,
              "E+39" Ascension, "E+49" Pentecost, "E+50" Whit Monday
"""
from __future__ import annotations

import re
from datetime import date, timedelta

# the module, not its names: timeline.temporal imports this package while it loads
from ..temporal import calendar as cal

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_RULE = re.compile(r"(?:(?P<month>0[1-9]|1[0-2])-(?:(?P<day>0[1-9]|[12]\d|3[01])"
                   r"|(?P<wd>MO|TU|WE|TH|FR|SA|SU)(?P<n>[1-4]|L))"
                   r"|E(?P<easter>[+-]\d{1,3}))")


def valid(rule: str) -> bool:
    return isinstance(rule, str) and _RULE.fullmatch(rule) is not None


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, as in
    Meeus, Astronomical Algorithms, ch. 8)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def day_of(rule: str, year: int) -> date:
    """The day of `rule` in `year` (ValueError for a rule of no known form, OutOfRange for
    a year no calendar holds)."""
    m = _RULE.fullmatch(rule)
    if m is None:
        raise ValueError(f"unknown holiday rule {rule!r}")
    if not 1 <= year <= 9998:  # Easter counts into the day before; December into January
        raise cal.OutOfRange(f"no holiday {rule!r} in year {year}")
    if m["easter"]:
        return easter(year) + timedelta(days=int(m["easter"]))
    month = int(m["month"])
    if m["day"]:
        return date(year, month, int(m["day"]))
    weekday = WEEKDAY_CODES.index(m["wd"])
    if m["n"] == "L":  # the last one: count back from the month's last day
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (int(m["n"]) - 1))


def unanchored(rule: str) -> str:
    """The TIMEX3 value of a holiday named without a year and without a creation date."""
    m = _RULE.fullmatch(rule)
    if m is None or m["easter"]:
        return "XXXX-XX-XX"
    return f"XXXX-{m['month']}-{m['day'] or 'XX'}"
