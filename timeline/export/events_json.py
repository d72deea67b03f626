"""events.json: the lossless export, and the reader that rebuilds a Timeline from it.

Every field of every value type is written, so `read_events_json(write(...))` gives back an
equal Timeline. Dates are ISO strings, spans are inclusive. The layout is described by
`timeline/schemas/events.schema.json` (JSON Schema draft 2020-12).

An event mention is flat: the sentence (EventMention) and the words that dated it (its
TimeMention) in one object. `span` is the date the mention gives the event; `time_span` is the
expression's own calendar span. A mention dated by the publication has `expression: null` and
every other expression field null. Document texts are included (the offsets point into them)
unless `include_text=False`, which makes the file smaller but no longer lossless.
"""
from __future__ import annotations

import json
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from ..model import Anchor, Document, Event, EventMention, TimeMention, TimeSpan, Timeline
from .atomic import write_atomic

SCHEMA_VERSION = "timeline-events/1"
FILENAME = "events.json"


# ---- Timeline -> plain data -------------------------------------------------------------

def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _span(s: TimeSpan | None) -> dict | None:
    if s is None:
        return None
    return {"start": s.first.isoformat(), "end": s.last.isoformat(), "precision": s.precision,
            "value": s.value, "kind": s.kind, "slack_days": s.slack_days}


def _anchor(a: Anchor | None) -> dict | None:
    if a is None:
        return None
    return {"kind": a.kind, "date": _iso(a.date), "text": a.text, "start": a.start}


def _time_mention(t: TimeMention) -> dict:
    return {"doc": t.doc_id, "expression": t.text, "start": t.start, "end": t.end,
            "type": t.type, "value": t.value, "span": _span(t.span), "anchor": _anchor(t.anchor),
            "tense": t.tense, "confidence": t.confidence, "flags": list(t.flags)}


def _event_mention(m: EventMention) -> dict:
    t = m.time
    return {
        "doc": m.doc_id, "sentence": m.sentence, "sentence_start": m.sentence_start,
        "sentence_end": m.sentence_end, "headline": m.headline,
        "expression": t.text if t else None, "start": t.start if t else None,
        "end": t.end if t else None, "type": t.type if t else None,
        "value": t.value if t else None, "span": _span(m.span),
        "time_span": _span(t.span) if t else None, "anchor": _anchor(t.anchor) if t else None,
        "tense": t.tense if t else None, "confidence": t.confidence if t else None,
        "flags": list(t.flags) if t else None,
        "dated_by": m.dated_by, "status": m.status, "entities": list(m.entities),
    }


def _event(e: Event) -> dict:
    s = e.span
    return {"id": e.id, "start": s.first.isoformat(), "end": s.last.isoformat(),
            "precision": s.precision, "value": s.value, "kind": s.kind,
            "slack_days": s.slack_days, "headline": e.headline, "text": e.text,
            "status": e.status, "flags": list(e.flags), "sources": list(e.sources),
            "mentions": [_event_mention(m) for m in e.mentions]}


def _document(d: Document, include_text: bool) -> dict:
    out = {"id": d.id, "title": d.title, "published": _iso(d.published),
           "published_from": d.published_from, "url": d.url, "outlet": d.outlet,
           "path": d.path, "language": d.language, "mode": d.mode, "repairs": list(d.repairs)}
    if include_text:
        out["text"] = d.text
    return out


def to_data(timeline: Timeline, include_text: bool = True) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "title": timeline.title,
        "documents": [_document(d, include_text) for d in timeline.documents],
        "events": [_event(e) for e in timeline.events],
        "mentions": [_time_mention(t) for t in timeline.mentions],
        "warnings": list(timeline.warnings),
    }


def render(timeline: Timeline, include_text: bool = True, indent: int | None = None) -> str:
    """Compact by default (C encoder, a fraction of the size); `indent` for people to read."""
    return "".join(chunks(timeline, include_text, indent))


def chunks(timeline: Timeline, include_text: bool = True, indent: int | None = None):
    """The file in pieces, one document, event or mention at a time, so that a corpus of
    100,000 articles is never held as one nested dict and one string; the pieces join to
    exactly what json.dumps of `to_data` gives."""
    if indent is not None:  # a file for people: small corpora, the pure-Python encoder
        yield json.dumps(to_data(timeline, include_text), ensure_ascii=False,
                         indent=indent) + "\n"
        return
    # Insertion order, not sort_keys: the order of to_data is the documented, readable one.
    dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    yield '{"schema":' + dump(SCHEMA_VERSION) + ',"title":' + dump(timeline.title)
    lists = (("documents", timeline.documents, lambda d: _document(d, include_text)),
             ("events", timeline.events, _event), ("mentions", timeline.mentions, _time_mention))
    for key, items, convert in lists:
        yield f',"{key}":['
        for index, item in enumerate(items):
            yield ("," if index else "") + dump(convert(item))
        yield "]"
    yield ',"warnings":' + dump(list(timeline.warnings)) + "}\n"


def write(timeline: Timeline, path, include_text: bool = True, indent: int | None = None
          ) -> Path:
    path = Path(path)
    return write_atomic(path, (piece.encode("utf-8")
                               for piece in chunks(timeline, include_text, indent)))


# ---- plain data -> Timeline -------------------------------------------------------------

def _date(s: str | None) -> date | None:
    return date.fromisoformat(s) if s is not None else None


def _read_span(d: dict | None) -> TimeSpan | None:
    if d is None:
        return None
    return TimeSpan(first=date.fromisoformat(d["start"]), last=date.fromisoformat(d["end"]),
                    precision=d["precision"], value=d["value"], kind=d["kind"],
                    slack_days=d["slack_days"])


def _read_anchor(d: dict | None) -> Anchor | None:
    if d is None:
        return None
    return Anchor(kind=d["kind"], date=_date(d["date"]), text=d["text"], start=d["start"])


def _read_time_mention(d: dict, doc_id: str, span_key: str = "span") -> TimeMention:
    return TimeMention(doc_id=doc_id, start=d["start"], end=d["end"], text=d["expression"],
                       type=d["type"], value=d["value"], span=_read_span(d[span_key]),
                       anchor=_read_anchor(d["anchor"]), tense=d["tense"],
                       confidence=d["confidence"], flags=tuple(d["flags"]))


def _read_event_mention(d: dict) -> EventMention:
    # The expression belongs to the sentence's document: a mention is dated by its own text.
    time = _read_time_mention(d, d["doc"], "time_span") if d["expression"] is not None else None
    return EventMention(doc_id=d["doc"], sentence=d["sentence"],
                        sentence_start=d["sentence_start"], sentence_end=d["sentence_end"],
                        headline=d["headline"], span=_read_span(d["span"]), time=time,
                        dated_by=d["dated_by"], status=d["status"],
                        entities=tuple(d["entities"]))


def _read_event(d: dict) -> Event:
    span = TimeSpan(first=date.fromisoformat(d["start"]), last=date.fromisoformat(d["end"]),
                    precision=d["precision"], value=d["value"], kind=d["kind"],
                    slack_days=d["slack_days"])
    return Event(id=d["id"], span=span, headline=d["headline"], text=d["text"],
                 mentions=tuple(_read_event_mention(m) for m in d["mentions"]),
                 sources=tuple(d["sources"]), status=d["status"], flags=tuple(d["flags"]))


def _read_document(d: dict) -> Document:
    return Document(id=d["id"], text=d.get("text", ""), published=_date(d["published"]),
                    title=d["title"], url=d["url"], language=d["language"], path=d["path"],
                    outlet=d["outlet"], published_from=d["published_from"],
                    repairs=tuple(d["repairs"]), mode=d.get("mode", "auto"))


def from_data(data: dict[str, Any]) -> Timeline:
    if data.get("schema") != SCHEMA_VERSION:
        raise ValueError(f"not a {SCHEMA_VERSION} file (schema: {data.get('schema')!r})")
    return Timeline(
        documents=tuple(_read_document(d) for d in data["documents"]),
        events=tuple(_read_event(e) for e in data["events"]),
        mentions=tuple(_read_time_mention(t, t["doc"]) for t in data["mentions"]),
        title=data["title"],
        warnings=tuple(data["warnings"]),
    )


def read_events_json(path) -> Timeline:
    """Rebuild the Timeline that `write` saved to `path`."""
    return from_data(json.loads(Path(path).read_text(encoding="utf-8")))


def load_schema() -> dict[str, Any]:
    """The JSON Schema of events.json, as shipped with the package."""
    text = resources.files("timeline").joinpath("schemas/events.schema.json").read_text("utf-8")
    return json.loads(text)
