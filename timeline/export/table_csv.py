"""timeline.csv: one row per event, for spreadsheets.

Dates are ISO (start and end inclusive); `when` says the same in words ("By 31 December
2023"). List cells (sources, source_ids, expressions, flags) are joined with "; ".

Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a
leading apostrophe: Excel, LibreOffice and Google Sheets then show the text as typed. Pass
`bom=True` for a UTF-8 byte order mark, which old Excel needs to read non-ASCII correctly.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator


from ..model import Timeline
from .atomic import write_atomic
from .common import (csv_bytes, csv_chunks, documents_by_id, event_sources, expression_words, source_line, when_label)

FILENAME = "timeline.csv"
COLUMNS = ("id", "start", "end", "when", "precision", "kind", "status", "headline", "text",
           "sources", "source_ids", "expressions", "flags")


def _text_safe_when(span, status: str) -> str:
    """The date in words, in a form spreadsheets keep as text: a bare "March 2023" or
    "2022" is taken for a date or a number on import (the month then gets an invented day),
    so a coarse date that would read that way starts with "In"."""
    words = when_label(span, status)
    if span.kind == "point" and status != "planned" and span.precision in ("month", "year"):
        return "In " + words
    return words


def rows(timeline: Timeline) -> list[dict[str, str]]:
    """The table as plain strings, before formula neutralising."""
    return list(iter_rows(timeline))


def iter_rows(timeline: Timeline) -> Iterator[dict[str, str]]:
    """rows(), one at a time."""
    docs = documents_by_id(timeline)
    for e in timeline.events:
        yield {
            "id": e.id,
            "start": e.span.first.isoformat(),
            "end": e.span.last.isoformat(),
            "when": _text_safe_when(e.span, e.status),
            "precision": e.span.precision,
            "kind": e.span.kind,
            "status": e.status,
            "headline": e.headline,
            "text": e.text,
            "sources": "; ".join(source_line(d) for d in event_sources(e, docs)),
            "source_ids": "; ".join(e.sources),
            "expressions": "; ".join(expression_words(e)),
            "flags": "; ".join(e.flags),
        }


def render(timeline: Timeline, bom: bool = False) -> bytes:
    # Every column is text (dates are ISO strings, which never start with a formula sign).
    return csv_bytes(rows(timeline), COLUMNS, bom)


def write(timeline: Timeline, path, bom: bool = False) -> Path:
    path = Path(path)
    return write_atomic(path, csv_chunks(iter_rows(timeline), COLUMNS, bom))
