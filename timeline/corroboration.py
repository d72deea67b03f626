"""Whether an event mention of one article reports what an event of another article reports,
judged by content alone (who acted and what they did), with no date.

Anchor inference uses it to ask "on which publication day would this article's relative
dates land on the days other articles give the same events?": the content match is computed
once per pair, and only the dates move with the candidate day. It is deliberately small and
independent of the dedup stage, which has its own, richer model of an event.

Both sides are bags of words weighted by inverse frequency over the pool of mentions compared:
a protagonist every article names counts little, a rare shared name or action word much.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import lru_cache
from typing import Mapping, Sequence

from timeline.eventwords import for_language
from timeline.representation import other_counts, other_people, participants

from .furniture import calendar_words
from .model import EventMention, language_code

# Who: the overlap of the two mentions' name words (weight of the shared words over the
# smaller side's weight) must reach this, unless the wording alone is close.
ACTOR_FLOOR = 0.4
# What: the cosine of the two clauses' content words (names left out), or the same kind of
# action (ACTION_CLASSES).
ACTION_FLOOR = 0.12
STRONG_ACTION = 0.45
# Without the same kind of action, one shared word ("accusations", "relatives") is chance:
# at least this many must be shared.
MIN_SHARED_WORDS = 2

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W\d_]|[^\W\d_]", re.U)
# Date words besides the language's month and weekday names (timeline.furniture), English.
_EN_DATE_WORDS = frozenset(
    "today tonight yesterday tomorrow week weeks month months year years day days ago "
    "later earlier morning afternoon evening night".split())


@lru_cache(maxsize=None)
def stop_words(language: str | None = "en") -> frozenset[str]:
    """The words left out of a mention's bags, in its language: function words and date
    words (the month and weekday names, and the calendar words of page furniture)."""
    code = language_code(language)
    extra = _EN_DATE_WORDS if code == "en" else calendar_words(code, units=True)
    return for_language(code).FUNCTION_WORDS | calendar_words(code) | extra
_IRREGULAR = {
    "met": "meet", "made": "make", "took": "take", "held": "hold", "went": "go", "gave": "give",
    "flew": "fly", "sent": "send", "spoke": "speak", "told": "tell", "said": "say",
    "says": "say", "began": "begin", "won": "win", "lost": "lose", "struck": "strike",
    "left": "leave", "led": "lead", "paid": "pay", "saw": "see", "came": "come", "fell": "fall",
    "hit": "hit", "shot": "shoot", "killed": "kill", "died": "die", "dead": "die",
    "death": "die",
}


# What kind of thing happened: news names one action with many words ("visit", "trip", "flew
# into"). Each stem counts as its class, so two reports of one event match when they word it
# differently; the names still have to agree. Coarse on purpose.
ACTION_CLASSES = {
    "visit": "visit trip tour travel fly arriv depart land stay journey",
    "meet": "meet meeting talk summit negotiat conversation consultation speak",
    "call": "call phone",
    "say": "say tell remark statement declar comment speech address interview announc",
    "attack": "attack strike missile drone shell bomb raid invad invasion offensive",
    "kill": "kill shoot die murder slay stab",
    "agree": "agree agreement sign treaty deal accord pact",
    "arrest": "arrest detain charg custody jail prison sentenc convict",
    "quake": "quake earthquake tremor",
    "fire": "fire blaze burn arson",
    "elect": "elect election vote poll ballot",
    "hire": "hire appoint name replac fire dismiss sack",
    "release": "releas launch unveil introduc debut",
    "win": "win beat defeat victory",
}
# Classes that can name one occasion: what leaders say in a meeting or a call, a visit that
# is a meeting.
COMPATIBLE = {frozenset(p.split()) for p in ("meet say", "meet call", "call say", "meet visit")}
_CLASS_OF = {stem: name for name, words in ACTION_CLASSES.items() for stem in words.split()}


def classes(words: frozenset[str]) -> frozenset[str]:
    """The action classes of stemmed words."""
    return frozenset(c for w in words for c in (_CLASS_OF.get(w),) if c)


def same_kind(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b) or any(frozenset((x, y)) in COMPATIBLE for x in a for y in b)


def _stem(w: str) -> str:
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suffix, repl, keep in (("ies", "y", 3), ("ing", "", 3), ("ed", "", 3), ("es", "", 4),
                               ("s", "", 3)):
        if w.endswith(suffix) and len(w) - len(suffix) >= keep and not w.endswith("ss"):
            return w[: len(w) - len(suffix)] + repl
    return w


def actor_words(m: EventMention, language: str | None = "en") -> frozenset[str]:
    """Lower-cased words of the names the mention carries."""
    stop = stop_words(language)
    return frozenset(w for e in m.entities for w in _WORD.findall(e.lower())
                     if w not in stop and len(w) > 1)


def subject_words(m: EventMention, language: str | None = "en") -> frozenset[str]:
    """The first name the mention carries: usually who acted."""
    stop = stop_words(language)
    for e in m.entities:
        words = frozenset(w for w in _WORD.findall(e.lower()) if w not in stop and len(w) > 1)
        if words:
            return words
    return frozenset()


def content_words(m: EventMention, language: str | None = "en") -> frozenset[str]:
    """Stemmed words of the event's own clause (its headline), names and dates left out."""
    names, stop = actor_words(m, language), stop_words(language)
    return frozenset(_stem(w) for w in _WORD.findall(m.headline.lower())
                     if w not in stop and len(w) > 2 and w not in names)


class Matcher:
    """Content matches between a few mentions (`own`) and a pool of others, through an
    inverted index on their words, so each own mention meets only the others that share a
    word with it."""

    def __init__(self, others: Sequence[EventMention],
                 languages: Mapping[str, str] | None = None):
        """`languages`: the language of each mention's document, by document id (English
        where not given): which month and weekday names and function words are left out."""
        self.others = list(others)
        self._lang = dict(languages or {})
        langs = [self._lang.get(o.doc_id, "en") for o in self.others]
        self._actors = [actor_words(o, g) for o, g in zip(self.others, langs)]
        self._content = [content_words(o, g) for o, g in zip(self.others, langs)]
        self._subject = [subject_words(o, g) for o, g in zip(self.others, langs)]
        self._classes = [classes(c) for c in self._content]
        self._people = [participants(o, g) for o, g in zip(self.others, langs)]
        self._index: dict[str, list[int]] = defaultdict(list)
        df: dict[str, int] = defaultdict(int)
        for j, (a, c) in enumerate(zip(self._actors, self._content)):
            for w in a | c:
                self._index[w].append(j)
            for w in a:
                df["a:" + w] += 1
            for w in c:
                df["c:" + w] += 1
        n = len(self.others) + 1
        self._idf = {k: math.log((1 + n) / (1 + v)) + 1.0 for k, v in df.items()}
        self._rare = math.log(1 + n) + 1.0

    def _w(self, key: str) -> float:
        return self._idf.get(key, self._rare)

    def matches(self, m: EventMention) -> list[int]:
        """Indices of the other mentions that report the same event as `m`, by content."""
        g = self._lang.get(m.doc_id, "en")
        actors, content, subject = actor_words(m, g), content_words(m, g), subject_words(m, g)
        kinds = classes(content)
        if not content and not actors:
            return []
        people = participants(m, g)
        seen = sorted({j for w in actors | content for j in self._index.get(w, ())
                       if self.others[j].doc_id != m.doc_id})
        out = []
        wa = sum(self._w("a:" + w) for w in actors)
        ca = math.sqrt(sum(self._w("c:" + w) ** 2 for w in content))
        for j in seen:
            a2, c2 = self._actors[j], self._content[j]
            shared = actors & a2
            actor = 0.0
            if shared:
                wb = sum(self._w("a:" + w) for w in a2)
                actor = sum(self._w("a:" + w) for w in shared) / max(1e-9, min(wa, wb))
            cb = math.sqrt(sum(self._w("c:" + w) ** 2 for w in c2))
            action = (sum(self._w("c:" + w) ** 2 for w in content & c2) / (ca * cb)
                      if ca and cb else 0.0)
            kind = same_kind(kinds, self._classes[j])
            if not kind and (action < ACTION_FLOOR or len(content & c2) < MIN_SHARED_WORDS):
                continue  # nothing in common about what happened
            if actor < ACTOR_FLOOR and action < STRONG_ACTION:
                continue  # not the same people, and the wording is not close enough alone
            # Across days the same protagonists do many things: who acted must agree.
            s2 = self._subject[j]
            if subject and s2 and not (subject & a2 and s2 & actors):
                continue
            if other_people(people, self._people[j]):
                continue  # other people named in full: another occasion of the same kind
            if other_counts(people.figures, self._people[j].figures):
                continue  # the same things counted differently: another occasion
            out.append(j)
        return out
