"""timelinejs.json: the timeline in TimelineJS3's JSON format.

Format: https://timeline.knightlab.com/docs/json-format.html. Date parts are numbers, as the
docs ask. Each date is given only to its precision: a day event has year, month and day; a
month event year and month; a year event the year. Units TimelineJS has no field for (week,
season, quarter, half, decade, century) get the days or the year(s) they fall in, and a
`display_date` that says what the sources said ("Spring 2023"). So do approximate, before,
after and planned events ("About 5 December 2024", "By 31 December 2023", "Since October
2022", "Expected May 2024"). "before" events sit on their deadline, "after" events where they
begin, as in the calendar export.

TimelineJS renders headline and text as HTML, so every string taken from an article is
HTML-escaped here and only http(s) source addresses become links: an article that contains
<script> shows the characters, it does not run them. `group` is "Reported" or "Planned", so
forecasts get their own row in the navigation.
"""
from __future__ import annotations

import json
from html import escape
from pathlib import Path
from functools import partial
from typing import Any, Iterator

from ..model import Document, Event, TimeSpan, Timeline
from .atomic import write_atomic
from .common import (day_label, documents_by_id, event_sources, source_name, safe_url,
                     when_label)

FILENAME = "timelinejs.json"
GROUPS = {"reported": "Reported", "planned": "Planned"}
_NATIVE = ("day", "month", "year")  # precisions TimelineJS can show without a display_date
_DAY_PARTS = {"day": 3, "week": 3, "month": 2}  # how many of year/month/day to give


def _date(d, precision: str) -> dict[str, int]:
    parts = _DAY_PARTS.get(precision, 1)
    out = {"year": d.year}
    if parts >= 2:
        out["month"] = d.month
    if parts >= 3:
        out["day"] = d.day
    return out


def dates(span: TimeSpan) -> tuple[dict, dict | None]:
    """(start_date, end_date or None), each only to the span's precision."""
    if span.kind == "before":
        return _date(span.last, "day"), None  # the deadline, which display_date names
    start = _date(span.first, span.precision)
    if span.kind == "after":
        return start, None
    end = _date(span.last, span.precision)
    return start, (end if end != start else None)


def display_date(event: Event) -> str | None:
    span = event.span
    if span.precision in _NATIVE and span.kind == "point" and event.status != "planned":
        return None  # TimelineJS formats these itself, in the reader's language
    return when_label(span, event.status)


def _text(s: str) -> str:
    return escape(s, quote=True).replace("\n", "<br>")


def _source_html(doc: Document) -> str:
    name = _text(source_name(doc))
    url = safe_url(doc.url)
    if url:
        name = f'<a href="{escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">{name}</a>'
    if doc.published:
        name += f" ({_text(day_label(doc.published))})"
    return name


def _event_text(event: Event, docs: dict[str, Document]) -> str:
    parts = []
    if event.text:
        parts.append(f"<p>{_text(event.text)}</p>")
    words = []
    for m in event.mentions:
        label = (f"“{m.time.text}”" if m.time is not None
                 else "the publication date (reported as just happened)")
        if label not in words:
            words.append(label)
    if words:
        parts.append(f"<p>Dated by: {_text(', '.join(words))}</p>")
    sources = event_sources(event, docs)
    if sources:
        label = "Source" if len(sources) == 1 else "Sources"
        parts.append(f"<p>{label}: " + "; ".join(_source_html(d) for d in sources) + "</p>")
    return "".join(parts)


def _slide(event: Event, docs: dict[str, Document]) -> dict[str, Any]:
    start, end = dates(event.span)
    slide: dict[str, Any] = {"start_date": start}
    if end is not None:
        slide["end_date"] = end
    shown = display_date(event)
    if shown is not None:
        slide["display_date"] = _text(shown)
    slide["text"] = {"headline": _text(event.headline), "text": _event_text(event, docs)}
    slide["group"] = GROUPS.get(event.status, _text(event.status.capitalize()))
    slide["unique_id"] = _text(event.id)
    return slide


def _title_text(timeline: Timeline) -> str:
    n_events, n_docs = len(timeline.events), len(timeline.documents)
    summary = (f"{n_events} event{'s' * (n_events != 1)} from "
               f"{n_docs} article{'s' * (n_docs != 1)}")
    if timeline.events:
        first = min(e.span.first for e in timeline.events)
        last = max(e.span.last for e in timeline.events)
        summary += f", {day_label(first)} to {day_label(last)}"
    parts = [f"<p>{_text(summary)}.</p>"]
    if timeline.documents:
        parts.append("<p>Sources: " + "; ".join(_source_html(d) for d in timeline.documents)
                     + "</p>")
    return "".join(parts)


def build_title(timeline: Timeline) -> dict[str, Any]:
    return {"text": {"headline": _text(timeline.title), "text": _title_text(timeline)}}


def slides(timeline: Timeline) -> Iterator[dict[str, Any]]:
    """One slide per event, as they come (a large run's slides are never all held)."""
    docs = documents_by_id(timeline)
    return (_slide(e, docs) for e in timeline.events)


def build(timeline: Timeline) -> dict[str, Any]:
    """The TimelineJS data object: a title slide and one slide per event."""
    return {"title": build_title(timeline), "events": list(slides(timeline))}


def json_chunks(timeline: Timeline, pretty: bool = True) -> Iterator[str]:
    """The text json.dumps gives for build(timeline) (indented by 2 when pretty, else
    compact), a slide at a time."""
    if not pretty:
        dump = partial(json.dumps, ensure_ascii=False, separators=(",", ":"))
        yield '{"title":' + dump(build_title(timeline)) + ',"events":['
        for n, slide in enumerate(slides(timeline)):
            yield ("," if n else "") + dump(slide)
        yield "]}"
        return

    def dump(value, pad: str) -> str:  # as nested at that depth: inner lines indented more
        return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + pad)

    yield '{\n  "title": ' + dump(build_title(timeline), "  ") + ',\n  "events": ['
    n = -1
    for n, slide in enumerate(slides(timeline)):
        yield ("," if n else "") + "\n    " + dump(slide, "    ")
    yield "]\n}\n" if n < 0 else "\n  ]\n}\n"


def render(timeline: Timeline) -> str:
    return "".join(json_chunks(timeline))


def write(timeline: Timeline, path) -> Path:
    path = Path(path)
    return write_atomic(path, (piece.encode("utf-8") for piece in json_chunks(timeline)))
