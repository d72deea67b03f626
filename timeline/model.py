"""The value types every stage passes along.

The flow is Document -> TimeMention -> EventMention -> Event -> Timeline. Everything is a
plain frozen dataclass so a stage's output can be compared, hashed, pickled across processes
and serialised without losing anything.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Precision of a span, finest first. The order matters: dedup keeps the finer date.
PRECISIONS = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "century")

# What kind of statement a span makes about time.
#   point       the event happened within [first, last]
#   approximate [first, last] widened by slack_days on each side ("about a week ago")
#   before      on or before `last` ("in less than 40 days", "by the end of 2023")
#   after       on or after `first` ("since October 2022")
KINDS = ("point", "approximate", "before", "after")

# How a document's relative dates count (issue 13): from the publication date ("news"), from
# the time the story has reached ("narrative"), or judged from the text ("auto").
MODES = ("news", "narrative", "auto")

# TIMEX3 types the tagger reports. Only DATE (and TIME) mentions carry a calendar span.
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


def precision_rank(precision: str) -> int:
    """Smaller is finer: day < week < month < ... < century."""
    return PRECISIONS.index(precision)


def language_code(language: str | None) -> str:
    """A document's language as the base code the word data is kept under: 'pt-BR', 'ES',
    'de_AT' -> 'pt', 'es', 'de'; nothing given is English."""
    return (language or "en").strip().lower().replace("_", "-").split("-")[0] or "en"


@dataclass(frozen=True, slots=True)
class Document:
    """One article, with the metadata it came with and where each piece came from."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    language: str = "en"
    path: str | None = None  # relative path or record locator, for the reader to check
    outlet: str | None = None
    # Where `published` came from: "document", "manifest", "option" (--anchor), or "none".
    published_from: str = "none"
    repairs: tuple[str, ...] = ()  # what text repair changed, e.g. ("mojibake:cp874",)
    # One of MODES: as the metadata or --mode gave it, replaced by the judged one ("news" or
    # "narrative") once the document is tagged.
    mode: str = "auto"


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """An inclusive range of days with its true precision and its TIMEX3 value."""

    first: date
    last: date
    precision: str
    value: str
    kind: str = "point"
    slack_days: int = 0

    def __post_init__(self):
        if self.first > self.last:
            raise ValueError(f"span ends before it starts: {self.first} > {self.last}")
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown precision {self.precision!r}")
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r}")

    def contains(self, other: "TimeSpan") -> bool:
        return self.first <= other.first and other.last <= self.last

    def overlaps(self, other: "TimeSpan") -> bool:
        return self.first <= other.last and other.first <= self.last


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a relative expression was resolved against, so a wrong date can be explained.

    kind: "published" (the document's publication date), "mention" (a date the text had just
    named), "narrative" (the time a narrative has reached: the last date it named, see
    timeline.narrative), or "none" (no anchor was available; the expression stays unresolved).
    """

    kind: str
    date: date | None = None
    text: str | None = None  # for "mention" and "narrative": the words of the anchoring date
    start: int | None = None  # ... and their character offset in the document


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A temporal expression found in one document and what it resolves to."""

    doc_id: str
    start: int  # character offsets into Document.text; text == doc.text[start:end]
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2022-12-19, 2023-W12, 2023-SP, P4Y, PRESENT_REF, XXXX-12-21 ...
    span: TimeSpan | None = None  # the calendar span, when the expression names one
    anchor: Anchor | None = None  # what a relative expression was resolved against
    tense: str | None = None  # "past", "present" or "future": the clause tense that was used
    confidence: float = 1.0
    flags: tuple[str, ...] = ()  # e.g. ("unanchored",) when no anchor was available


@dataclass(frozen=True, slots=True)
class EventMention:
    """A dated sentence or clause of one document: one report of one event."""

    doc_id: str
    sentence: str
    sentence_start: int
    sentence_end: int
    headline: str
    span: TimeSpan
    time: TimeMention | None  # the expression that dates it; None when dated another way
    dated_by: str = "expression"  # "expression" or "publication" (a lead with no date words)
    status: str = "reported"  # "reported" (happened) or "planned" (future, expected)
    entities: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world event, with every mention and every source that reports it."""

    id: str
    span: TimeSpan
    headline: str
    text: str
    mentions: tuple[EventMention, ...]
    sources: tuple[str, ...]  # document ids, in a stable order
    status: str = "reported"
    flags: tuple[str, ...] = ()  # e.g. ("conflicting-dates",)


@dataclass(frozen=True, slots=True)
class Timeline:
    """The result of a build: the documents read, every time mention, and the events."""

    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    mentions: tuple[TimeMention, ...] = ()
    title: str = "Timeline"
    warnings: tuple[str, ...] = field(default=())
