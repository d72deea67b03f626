"""Dates counted from an event the same article dates: "on the one-year anniversary of
Russia's invasion" is a year after the day the article gives for "invasion".

TimeML has no value for an event-anchored expression until the event's own date is known,
so the tagger resolves one only when the document names the event's head noun next to a
day or month date ("Putin's invasion ... on February 24, 2022"); otherwise it stays untagged.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Sequence

from ..model import Anchor, TimeMention
from . import calendar as cal
from .lexicon import NUMBER_WORD_RE, ORDINALS, number_of
from .tense import TenseReader

_ORDINAL = "|".join(sorted(ORDINALS, key=len, reverse=True))
_ANNIVERSARY = re.compile(
    r"\b(?:the\s+|its\s+|their\s+)?(?:(?P<years>\d{1,3}|" + NUMBER_WORD_RE + r")[\s-]+years?"
    r"|(?P<ord>" + _ORDINAL + r"))\s+anniversary\s+of\s+(?P<np>[^,.;:!?()“”\"]{2,60})", re.I)
# Where the noun phrase of the event ends: "of Russia's invasion [that ...]".
_NP_END = re.compile(r"\s+(?:that|which|who|when|where|in|on|at|by|with|and|but|as|was|is|"
                     r"were|are|has|had|will|would|to|for)\b", re.I)
# How close (in characters, within one sentence) the head noun and the date must stand.
_REACH = 80


def anniversaries(text: str, mentions: Sequence[TimeMention], doc_id: str,
                  tenses: TenseReader | None = None) -> list[TimeMention]:
    """The anniversaries the document can date from its own dated mentions of the event.
    `tenses` is the text's TenseReader when the caller has one (it finds the sentences)."""
    out = []
    if "anniversar" not in text.lower():  # the regex is slow to fail on every word
        return out
    dated = [m for m in mentions if m.span is not None and m.span.kind == "point"
             and m.span.precision in ("day", "month") and m.type == "DATE"]
    occurrences = _Occurrences(text, dated, tenses)
    for found in _ANNIVERSARY.finditer(text):
        years = _years(found)
        np = _NP_END.split(found.group("np"), maxsplit=1)[0].strip()
        words = re.findall(r"[A-Za-z][\w-]*", np)
        if not years or not words:
            continue
        head = words[-1]
        anchor = occurrences.nearest_to(head, found.start(), found.end())
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


class _Occurrences:
    """For each head noun, every use of it in the text with the date mention nearest to
    it in its sentence, found once per noun however many anniversaries name it."""

    def __init__(self, text: str, dated: Sequence[TimeMention], tenses: TenseReader | None):
        self.text, self.dated = text, list(dated)
        self.tenses = tenses or TenseReader(text)
        self._ends = [m.end for m in self.dated]  # dated mentions do not overlap
        self._by_head: dict[str, list] = {}

    def _nearest(self, use: re.Match):
        """(key, mention) of the dated mention nearest to one use, None if none in reach."""
        left, right = self.tenses.bounds(use.start(), use.end())
        best = None
        i = bisect_left(self._ends, use.start() - _REACH)
        while i < len(self.dated) and self.dated[i].start <= use.end() + _REACH:
            m = self.dated[i]
            i += 1
            if left <= m.start and m.end <= right:
                gap = m.start - use.end() if m.start >= use.end() else use.start() - m.end
                key = (m.anchor is not None and m.anchor.kind == "mention", gap)
                if 0 <= gap <= _REACH and (best is None or key < best[0]):
                    best = (key, m)
        return best

    def nearest_to(self, head: str, skip_start: int, skip_end: int) -> TimeMention | None:
        """The date mention standing closest to another use of `head` in the same sentence
        (outside skip_start..skip_end); an absolute date before one counted from another
        ("20 days later on February 24, 2022"). Ties go to the earliest use."""
        key = head.lower()
        if key not in self._by_head:
            uses = []
            for n, use in enumerate(re.finditer(rf"\b{re.escape(head)}s?\b", self.text, re.I)):
                best = self._nearest(use)
                if best is not None:
                    uses.append((best[0], n, use.start(), best[1]))
            uses.sort(key=lambda u: (u[0], u[1]))
            self._by_head[key] = uses
        for _, _, at, m in self._by_head[key]:
            if not skip_start <= at < skip_end:
                return m
        return None
