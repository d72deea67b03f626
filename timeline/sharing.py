"""Equal values held once across a run.

A large build holds hundreds of thousands of mentions until the merge and the exports, and
most of their small parts repeat: every relative date of an article has the same "published"
anchor, a day's span recurs across articles, and so do the words of expressions ("on
Monday", "last year"), TIMEX3 values, names and tuples of names, and character offsets (an
int past 256 is an object of its own; offsets are bounded by the longest article). A Pool
hands back the first equal object it has seen, so each is held once (as dedup pools its
features). Values are unchanged: only which equal object a field points to.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .model import EventMention, TimeMention


class Pool:
    """One run's shared values (frozen, hashable: strings, dates, spans, anchors, tuples)."""

    def __init__(self):
        self._seen: dict = {}
        self._offsets: dict[int, int] = {}  # apart: 1 == 1.0 == True would share a key

    def offset(self, n: int) -> int:
        return self._offsets.setdefault(n, n)

    def __call__(self, value):
        return self._seen.setdefault(value, value)

    def time_mention(self, t: TimeMention) -> TimeMention:
        text, value, span, anchor = self(t.text), self(t.value), self(t.span), self(t.anchor)
        start, end = self.offset(t.start), self.offset(t.end)
        if text is t.text and value is t.value and span is t.span and anchor is t.anchor \
                and start is t.start and end is t.end:
            return t
        return replace(t, text=text, value=value, span=span, anchor=anchor, start=start,
                       end=end)

    def mentions(self, times: Sequence[TimeMention], events: Sequence[EventMention]
                 ) -> tuple[list[TimeMention], list[EventMention]]:
        """One document's time and event mentions with their repeated parts shared (an
        event's time mention stays the object in the document's list)."""
        shared = {id(t): self.time_mention(t) for t in times}
        out = []
        for e in events:
            time = None if e.time is None else (shared.get(id(e.time))
                                                 or self.time_mention(e.time))
            entities = self(tuple(self(name) for name in e.entities))
            # a headline that is its whole sentence need not be a second copy of it
            headline = e.sentence if e.headline == e.sentence else e.headline
            out.append(replace(e, span=self(e.span), time=time, entities=entities,
                               headline=headline, sentence_start=self.offset(e.sentence_start),
                               sentence_end=self.offset(e.sentence_end)))
        return [shared[id(t)] for t in times], out
