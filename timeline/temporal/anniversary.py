"""Dates counted from an event the same article dates: "on the one-year anniversary of
Russia's invasion" is a year after the day the article gives for "invasion".

TimeML has no value for an event-anchored expression until the event's own date is known,
so the tagger resolves one only when the document names the event's head noun next to a
day or month date ("Putin's invasion ... on February 24, 2022"); otherwise it stays untagged.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..model import Anchor, TimeMention
from . import calendar as cal
from .lexicon import NUMBER_WORD_RE, ORDINALS, number_of
from .tense import sentence_bounds

_ORDINAL = "|".join(sorted(ORDINALS, key=len, reverse=True))
_ANNIVERSARY = re.compile(
    r"\b(?:the\s+|its\s+|their\s+)?(?:(?P<years>\d{1,3}|" + NUMBER_WORD_RE + r")[\s-]+years?"
    r"|(?P<ord>" + _ORDINAL + r"))\s+anniversary\s+of\s+(?P<np>[^,.;:!?()“”\"]{2,60})", re.I)
# Where the noun phrase of the event ends: "of Russia's invasion [that ...]".
_NP_END = re.compile(r"\s+(?:that|which|who|when|where|in|on|at|by|with|and|but|as|was|is|"
                     r"were|are|has|had|will|would|to|for)\b", re.I)
# How close (in characters, within one sentence) the head noun and the date must stand.
_REACH = 80


def anniversaries(text: str, mentions: Sequence[TimeMention], doc_id: str
                  ) -> list[TimeMention]:
    """The anniversaries the document can date from its own dated mentions of the event."""
    out = []
    dated = [m for m in mentions if m.span is not None and m.span.kind == "point"
             and m.span.precision in ("day", "month") and m.type == "DATE"]
    for found in _ANNIVERSARY.finditer(text):
        years = _years(found)
        np = _NP_END.split(found.group("np"), maxsplit=1)[0].strip()
        words = re.findall(r"[A-Za-z][\w-]*", np)
        if not years or not words:
            continue
        head = words[-1]
        anchor = _dated_occurrence(text, head, dated, found.start(), found.end())
        if anchor is None:
            continue
        end = found.start("np") + len(np)
        words = text[found.start():end]
        try:
            day = cal.shift(anchor.span.first, "year", years)
        except cal.OutOfRange:
            out.append(TimeMention(doc_id=doc_id, start=found.start(), end=end, text=words,
                                   type="DATE", value="XXXX-XX-XX", span=None,
                                   confidence=0.1, flags=("out-of-range",)))
            continue
        precision = anchor.span.precision
        value = cal.fmt(precision, day)
        out.append(TimeMention(
            doc_id=doc_id, start=found.start(), end=end, text=words,
            type="DATE", value=value, span=cal.span_of(value),
            anchor=Anchor("mention", anchor.span.first, anchor.text, anchor.start),
            confidence=0.8))
    return out


def _years(found: re.Match) -> int | None:
    if found.group("ord"):
        return ORDINALS[found.group("ord").lower()]
    n = number_of(found.group("years"))
    return int(n) if n and n == int(n) else None


def _dated_occurrence(text: str, head: str, dated: Sequence[TimeMention], skip_start: int,
                      skip_end: int) -> TimeMention | None:
    """The date mention standing closest to another use of `head` in the same sentence; an
    absolute date before one counted from another ("20 days later on February 24, 2022")."""
    best: tuple[tuple[bool, int], TimeMention] | None = None
    for use in re.finditer(rf"\b{re.escape(head)}s?\b", text, re.I):
        if skip_start <= use.start() < skip_end:
            continue
        left, right = sentence_bounds(text, use.start(), use.end())
        for m in dated:
            if left <= m.start and m.end <= right:
                gap = m.start - use.end() if m.start >= use.end() else use.start() - m.end
                key = (m.anchor is not None and m.anchor.kind == "mention", gap)
                if 0 <= gap <= _REACH and (best is None or key < best[0]):
                    best = (key, m)
    return best[1] if best else None
