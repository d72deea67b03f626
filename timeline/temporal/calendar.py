"""Calendar arithmetic on TIMEX3 values: shift a date by units, write a date at a
granularity, and turn a value back into the span of days it covers."""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from ..model import TimeSpan
from .lexicon import SEASON_MONTHS

class OutOfRange(ValueError):
    """A date the calendar cannot hold: before year 1, after 9999, or no such day."""


def add_months(d: date, months: int) -> date:
    """d moved by whole months, the day clamped to the target month's length."""
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    if not date.min.year <= year <= date.max.year:
        raise OutOfRange(f"{d.isoformat()} moved by {months} months leaves years 1-9999")
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(d.day, last))


def shift(d: date, unit: str, n: int) -> date:
    """d moved by n units (negative: back in time); OutOfRange beyond years 1-9999."""
    if unit in ("day", "week"):
        try:
            return d + timedelta(days=n * (7 if unit == "week" else 1))
        except OverflowError:
            raise OutOfRange(f"{d.isoformat()} moved by {n} {unit}s leaves years 1-9999") \
                from None
    months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120,
              "century": 1200}[unit]
    return add_months(d, months * n)


def season_of(d: date) -> tuple[int, str]:
    """The (year, code) of the season a day falls in; December belongs to that year's winter,
    January and February to the previous year's."""
    m = d.month
    if m in (3, 4, 5):
        return d.year, "SP"
    if m in (6, 7, 8):
        return d.year, "SU"
    if m in (9, 10, 11):
        return d.year, "FA"
    return (d.year if m == 12 else d.year - 1), "WI"


def fmt(granularity: str, d: date) -> str:
    """The TIMEX3 value of the unit of `granularity` that contains day d."""
    if granularity == "day":
        return d.isoformat()
    if granularity == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if granularity == "season":
        y, code = season_of(d)
        return f"{y:04d}-{code}"
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    if granularity == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(f"unknown granularity {granularity!r}")


def granularity_of(value: str) -> str | None:
    """Granularity of a TIMEX3 date value, None for values that are not calendar dates."""
    parsed = parse_value(value)
    return parsed[2] if parsed else None


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


# Pure, and called several times per expression (granularity, span, reference) with the
# same few values across the articles of a corpus (their publication days, the years).
@lru_cache(maxsize=4096)
def parse_value(value: str) -> tuple[date, date, str] | None:
    """(first day, last day, precision) of a TIMEX3 date value; None when it names no
    definite span (PRESENT_REF, XXXX-12-21, P3Y ...). An ISO 8601 interval of two values
    ("2023-03-20/2023-03-22", "2019/2021") covers both, at the first one's precision."""
    if "/" in value:
        parts = [parse_value(v) for v in value.split("/", 1)]
        if None in parts or parts[0][0] > parts[1][1]:
            return None
        return parts[0][0], parts[1][1], parts[0][2]
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d, "day"
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return monday + timedelta(days=5), monday + timedelta(days=6), "week"
            return monday, monday + timedelta(days=6), "week"
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]), "month"
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            first = date(y, 3 * q - 2, 1)
            return first, add_months(first, 3) - timedelta(days=1), "quarter"
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return (date(y, 1, 1), date(y, 6, 30), "half") if h == 1 else (
                date(y, 7, 1), date(y, 12, 31), "half")
        if m := _SEASON.match(value):
            y = int(m[1])
            start_month, end_month = SEASON_MONTHS[m[2]]
            end_year = y + 1 if m[2] == "WI" else y
            first = date(y, start_month, 1)
            last = date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
            return first, last, "season"
        if m := _YEAR.match(value):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31), "year"
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return date(max(y, 1), 1, 1), date(y + 9, 12, 31), "decade"
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31), "century"
    except ValueError:  # a well-formed value naming an impossible day, e.g. 2023-02-30
        return None
    return None


def narrow(first: date, last: date, part: str) -> tuple[date, date]:
    """The early, mid or late third of a span: "early December" is the 1st to the 10th."""
    third = timedelta(days=((last - first).days + 1) // 3)
    if part == "early":
        return first, first + third - timedelta(days=1)
    if part == "mid":
        return first + third, last - third
    return last - third + timedelta(days=1), last


def span_of(value: str, kind: str = "point", slack_days: int = 0,
            anchor: date | None = None, part: str | None = None) -> TimeSpan | None:
    """The TimeSpan a value names, narrowed to its early/mid/late `part` when the text says
    so. For kind "before" the span runs from the anchor (when it is earlier) to the deadline;
    for "after" from the start to the anchor (when later)."""
    parsed = parse_value(value)
    if not parsed:
        return None
    first, last, precision = parsed
    if part and precision != "day" and (last - first).days >= 6:
        first, last = narrow(first, last, part)
    if kind == "before":
        first = anchor if anchor and anchor < last else last
    elif kind == "after":
        last = anchor if anchor and anchor > first else first
    return TimeSpan(first, last, precision, value, kind, slack_days)
