"""timeline.ics: one all-day VEVENT per event, for calendar apps (RFC 5545, via icalendar).

Placement:
- A day, or a range of days, is an all-day event: DTSTART;VALUE=DATE on the first day and the
  exclusive DTEND the day after the last.
- Coarse dates (week, month, season, quarter, year...): by default (`coarse="span"`) a
  multi-day all-day event covering the whole span, so "March 2023" fills March. With
  `coarse="marker"` it is a one-day marker on the first day and the SUMMARY starts with the
  date in words ("[March 2023] ..."), for calendars where month-long bars are noise.
- "before" events ("by the end of 2023") are a one-day event on the deadline and "after"
  events ("since October 2022") a one-day event where they begin: their other end is open,
  so a bar would claim more than the sources say. Their SUMMARY starts "[By ...]"/"[Since ...]",
  approximate ones "[About ...]", planned ones "Planned: " (and STATUS:TENTATIVE).

UID is "<event id>@timeline", so re-importing an updated export replaces events instead of
duplicating them. DTSTAMP is the newest publication date of the event's sources at 00:00Z (see
common.stamp_for), never the clock, so the same timeline gives the same bytes. Events are
TRANSPARENT: news on a calendar must not block anyone's free/busy time.
"""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from icalendar import Calendar, Event as VEvent

from ..model import Event, Timeline
from .atomic import write_atomic
from .common import (documents_by_id, event_sources, expression_words, is_coarse,
                     safe_url, source_line, stamp_for, when_label)

FILENAME = "timeline.ics"
PRODID = "-//timeline//timeline export//EN"
UID_DOMAIN = "timeline"
COARSE_MODES = ("span", "marker")


def uid_for(event: Event) -> str:
    return f"{event.id}@{UID_DOMAIN}"


def _placement(event: Event, coarse: str):
    """(first day, last day, date words for the SUMMARY or None)."""
    span = event.span
    if span.kind == "before":
        return span.last, span.last, when_label(span)
    if span.kind == "after":
        return span.first, span.first, when_label(span)
    label = when_label(span) if span.kind == "approximate" else None
    if coarse == "marker" and is_coarse(span):
        return span.first, span.first, when_label(span)
    return span.first, span.last, label


def _description(event: Event, sources) -> str:
    parts = [event.text] if event.text else []
    if sources:
        parts.append("Sources:\n" + "\n".join(f"- {source_line(d)}" for d in sources))
    parts.append("Dated by: " + "; ".join(expression_words(event)))
    if event.span.slack_days:
        parts.append(f"Approximate: give or take {event.span.slack_days} days.")
    return "\n\n".join(parts)


def _vevent(event: Event, timeline: Timeline, docs, coarse: str) -> VEvent:
    first, last, label = _placement(event, coarse)
    summary = event.headline
    if label:
        summary = f"[{label}] {summary}"
    if event.status == "planned":
        summary = f"Planned: {summary}"
    sources = event_sources(event, docs)
    url = next((u for u in (safe_url(d.url) for d in sources) if u), None)
    categories = [event.span.precision, event.status]
    if event.span.kind != "point":
        categories.append(event.span.kind)
    return VEvent.new(
        uid=uid_for(event),
        stamp=stamp_for(event, timeline, docs),
        start=first,
        end=last + timedelta(days=1),  # DTEND of an all-day event is exclusive
        summary=summary,
        description=_description(event, sources),
        categories=categories,
        url=url,
        transparency="TRANSPARENT",
        status="TENTATIVE" if event.status == "planned" else None,
    )


def render(timeline: Timeline, coarse: str = "span", calendar_name: str | None = None) -> bytes:
    return b"".join(chunks(timeline, coarse, calendar_name))


def chunks(timeline: Timeline, coarse: str = "span", calendar_name: str | None = None):
    """The file in pieces, one VEVENT at a time, so that a large run is never held as one
    calendar object: the calendar's own lines, each event's, then the calendar's end, the
    same bytes as the whole calendar's to_ical."""
    if coarse not in COARSE_MODES:
        raise ValueError(f"coarse must be one of {COARSE_MODES}, not {coarse!r}")
    docs = documents_by_id(timeline)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", calendar_name or timeline.title)
    empty = cal.to_ical()
    end = b"END:VCALENDAR\r\n"
    if not empty.endswith(end):  # not the layout this relies on: build it whole
        for event in timeline.events:
            cal.add_component(_vevent(event, timeline, docs, coarse))
        yield cal.to_ical()
        return
    yield empty[:-len(end)]
    for event in timeline.events:
        yield _vevent(event, timeline, docs, coarse).to_ical()
    yield end


def write(timeline: Timeline, path, coarse: str = "span", calendar_name: str | None = None) -> Path:
    path = Path(path)
    return write_atomic(path, chunks(timeline, coarse=coarse, calendar_name=calendar_name))
