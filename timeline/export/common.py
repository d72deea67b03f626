"""Helpers every exporter shares: dates in words, source lines, safe links and safe cells.

Labels are built from fixed English names, never from the locale, so an export is the same
bytes on every machine.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timezone
from typing import Iterable, Iterator
from urllib.parse import urlsplit

import pandas as pd

from ..model import Document, Event, TimeSpan, Timeline
from ..temporal.calendar import season_of

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_SEASON_NAMES = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "AU": "Autumn", "WI": "Winter"}


def day_label(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def unit_label(d: date, precision: str, value: str = "") -> str:
    """The calendar unit of size `precision` that holds day `d`, in words ("March 2023")."""
    if precision == "day":
        return day_label(d)
    if precision == "week":
        return f"week of {day_label(d)}"
    if precision == "month":
        return f"{MONTHS[d.month - 1]} {d.year}"
    if precision == "season":
        m = re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value or "")
        if m:
            return f"{_SEASON_NAMES[m[2]]} {m[1]}"
        # not the usual YYYY-SP form: the (northern) season of its first day
        return f"{_SEASON_NAMES[season_of(d)[1]]} {d.year}"
    if precision == "quarter":
        return f"Q{(d.month - 1) // 3 + 1} {d.year}"
    if precision == "half":
        return f"{'first' if d.month <= 6 else 'second'} half of {d.year}"
    if precision == "year":
        return str(d.year)
    if precision == "decade":
        return f"{d.year // 10 * 10}s"
    n = d.year // 100 + 1  # century: 2023 -> 21st
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} century"


def span_label(span: TimeSpan) -> str:
    """The whole span at its own precision: "March 2023", or "March 2023 – May 2023"."""
    if span.precision == "week" and (span.last - span.first).days < 7:
        return unit_label(span.first, "week")
    first = unit_label(span.first, span.precision, span.value)
    last = unit_label(span.last, span.precision, span.value)
    return first if first == last else f"{first} – {last}"


def when_label(span: TimeSpan, status: str = "reported") -> str:
    """What the sources say about the date, in words: "By 31 December 2023", "About May 2024".

    "before" spans name their deadline (the last day); "after" spans name where they begin.
    Planned events read "Expected ...", so a reader never takes a forecast for a fact.
    """
    if span.kind == "before":
        text = f"by {day_label(span.last)}"
    elif span.kind == "after":
        text = ("from " if status == "planned" else "since ") + unit_label(
            span.first, span.precision, span.value)
    elif span.kind == "approximate":
        text = f"about {span_label(span)}"
    else:
        text = span_label(span)
    if status == "planned":
        return f"Expected {text}"
    return text[:1].upper() + text[1:]


def is_coarse(span: TimeSpan) -> bool:
    """Coarser than a day: the sources name a week, month, season, year..."""
    return span.precision != "day"


def documents_by_id(timeline: Timeline) -> dict[str, Document]:
    return {doc.id: doc for doc in timeline.documents}


def source_name(doc: Document) -> str:
    return doc.outlet or doc.title or doc.id


def source_line(doc: Document) -> str:
    """One source for a human: "Outlet or title (published date) <url>"."""
    line = source_name(doc)
    if doc.published:
        line += f" ({doc.published.isoformat()})"
    if doc.url:
        line += f" <{doc.url}>"
    return line


def event_sources(event: Event, docs: dict[str, Document]) -> list[Document]:
    """The event's source documents in the event's order; unknown ids become bare stubs."""
    return [docs.get(doc_id) or Document(id=doc_id, text="") for doc_id in event.sources]


def expression_words(event: Event) -> list[str]:
    """The date words of each mention, with the document they came from."""
    out = []
    for m in event.mentions:
        words = (f'"{m.time.text}"' if m.time is not None
                 else "publication date, reported as just happened")
        out.append(f"{words} ({m.doc_id})")
    return out


def safe_url(url: str | None) -> str | None:
    """The url if it may become a link (http or https); None for javascript:, data: etc."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def stamp_for(event: Event, timeline: Timeline, docs: dict[str, Document]) -> datetime:
    """A deterministic "last changed" time: the newest publication date behind the event.

    Falls back to the newest publication in the whole timeline, then to the event's first day,
    so the same input always gives the same stamp (never the wall clock).
    """
    dates = [d.published for d in event_sources(event, docs) if d.published]
    if not dates:
        dates = [d.published for d in timeline.documents if d.published]
    day = max(dates) if dates else event.span.first
    return datetime.combine(day, time(0, 0), tzinfo=timezone.utc)


# Characters that make a spreadsheet treat a cell as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: str) -> str:
    """Prefix a quote so Excel, LibreOffice and Google Sheets show the text, not run it."""
    return "'" + value if value.startswith(FORMULA_START) else value


# Rows per pandas frame: a large run's table is converted and written a batch at a time.
CSV_BATCH = 5_000


def csv_chunks(rows: Iterable[dict], columns, bom: bool = False) -> Iterator[bytes]:
    """A table as CSV bytes, a batch of rows at a time: every cell text and neutralised,
    "\n" rows on every platform (so the bytes do not depend on where the export ran), an
    optional UTF-8 BOM. The cells of a row alone decide its text, so batches join into the
    table's bytes."""
    batch: list[dict] = []
    header = True
    for row in rows:
        batch.append(row)
        if len(batch) == CSV_BATCH:
            yield _csv(batch, columns, header, bom)
            batch, header = [], False
    if batch or header:
        yield _csv(batch, columns, header, bom)


def _csv(rows: list[dict], columns, header: bool, bom: bool) -> bytes:
    table = pd.DataFrame(rows, columns=list(columns), dtype=object).fillna("")
    table = table.map(neutralise_cell)
    text = table.to_csv(index=False, header=header, lineterminator="\n")
    return text.encode("utf-8-sig" if bom and header else "utf-8")


def csv_bytes(rows: Iterable[dict], columns, bom: bool = False) -> bytes:
    """The whole table as CSV bytes (see csv_chunks)."""
    return b"".join(csv_chunks(rows, columns, bom))
