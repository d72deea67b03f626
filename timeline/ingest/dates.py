"""Publication dates in metadata: ISO dates and datetimes only, so nothing is guessed."""
from __future__ import annotations

from datetime import date, datetime


def parse_published(value: object) -> date:
    """The calendar date of an ISO date or datetime; ValueError for anything else.

    A datetime keeps the date it was written with (2023-03-20T23:30-05:00 is the 20th): the
    article was dated in its own time zone, and converting would move it to another day.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"not an ISO date: {value!r}")
    text = value.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        raise ValueError(f"not an ISO date: {value!r}") from None
