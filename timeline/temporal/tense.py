"""The tense of the clause around a temporal expression.

It decides the direction of a bare weekday, month or season: "traveled to Minsk on Monday"
looks back from the anchor, "will meet on Monday" looks forward. A light heuristic, not a
parser: the tense markers of the sentence are weighed by how near they are to the
expression, the verb before it first (English puts the time adverbial after its verb, or
fronts it at the start of the sentence), and markers past a clause break count less.
Markers of a plan or an intention ("will", "plans to", "invited ... for a trip") are future.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import compress, repeat
from operator import add, is_

from ..languages.data.en import DATA as EN
from ..sentences import split_sentences
from .dispatch import Dispatcher, words_of

_TENSE = EN["tense"]


def _words(words: list[str]) -> str:
    return "|".join(w.replace(" ", r"\s+") for w in words)


# Starts with one class of characters, so that the regex engine skips in C to the next
# character that may start a match instead of trying every alternative everywhere; the
# lookbehinds then pick the alternative that character began ("[;:—–]|,\s+(?:but|...)\b|
# [,.!?]\s*(?:''|[\"”’])|``|[\"“]", the same matches). After a comma, `clause_openers`.
_CLAUSE_BREAK = re.compile(r"[;:—–,.!?`\"“](?:(?<=[;:—–])"
                           r"|(?<=,)\s+(?:" + _words(_TENSE["clause_openers"]) + r")\b"
                           r"|(?<=[,.!?])\s*(?:''|[\"”’])|(?<=`)`|(?<=[\"“]))")

_FUTURE = re.compile("|".join(_TENSE["future"]), re.I)
_PRESENT = re.compile("|".join(_TENSE["present"]), re.I)
# "has repeatedly offered", "have met": the present perfect reports the past.
_PERFECT = re.compile("|".join(_TENSE["perfect"]), re.I)
# "The minister said the law takes effect on March 1": a present tense the complement of a
# reporting verb keeps (English shifts it to the past unless it still holds or is ahead)
# is the tense there, not the reporting verb's past; the marker ends on that verb.
_REPORTED_PRESENT = re.compile("|".join(_TENSE["reported_present"]), re.I)
# Irregular forms and past adverbs, then the regular forms.
_PAST_WORDS = frozenset(_TENSE["past_words"])
_PAST = re.compile(r"\b(?:" + _words(_TENSE["past_words"]) + r")\b|" + "|".join(_TENSE["past"]),
                   re.I)
# An -ed word after these is a participle (passive, perfect, adjective), not a past tense:
# after an auxiliary, a determiner, a preposition or a quantity ("in preferred shares",
# "9.5 million preferred shares"), where English puts no finite verb.
_AUX_BEFORE_PARTICIPLE = re.compile(_TENSE["participle_before"], re.I)
# The same on a window in lower case: without re.I the regex engine skips an alternative
# on its first letter, and an ASCII window lowers to the same length and the same matches.
_AUX_BEFORE_PARTICIPLE_LOWER = re.compile(_AUX_BEFORE_PARTICIPLE.pattern)
_NOT_PAST = frozenset(_TENSE["not_past"])
# The regular past ending, and how long a word with it is at least (the `past` regex's
# shortest); a regular form after a negating prefix is an adjective ("unspecified").
_PAST_ENDING = _TENSE["past_ending"]
_PAST_MIN = 2 + len(_PAST_ENDING)
_NEGATING = tuple(_TENSE["negating_prefixes"])


@dataclass(frozen=True)
class Tense:
    tense: str  # "past", "present" or "future"
    strength: float  # how close the deciding marker was: lower is stronger; 99 = none


_AUXILIARIES = frozenset(_TENSE["past_markers"])
# How far before a past-looking word an auxiliary may stand ("will be paid").
_AUX_REACH = 12


def _is_past_verb(text: str, word: str, at: int, left: int) -> bool:
    """Whether a past-looking word is a finite past tense here, not a participle after an
    auxiliary ("will be paid") or an adjective after a determiner ("its preferred shares")."""
    word = word.lower()
    if word in _AUXILIARIES:
        return True
    if word in _NOT_PAST or (word.startswith(_NEGATING) and word.endswith(_PAST_ENDING)):
        return False  # "unspecified", "unannounced": adjectives
    window = text[max(left, at - _AUX_REACH):at]
    if _AUX_BEFORE_PARTICIPLE_LOWER.search(window.lower()) if window.isascii() else \
            _AUX_BEFORE_PARTICIPLE.search(window):
        return False
    return True


# The conjunctions that open a subordinate clause set off by commas after a fronted phrase.
_SUBORDINATE = re.compile(r"\s*(?:" + _words(_TENSE["subordinators"]) + r")\b", re.I)


class _Markers:
    """One tense regex's matches over the whole text, with the nearest valid one on
    either side of any position found by bisection."""

    def __init__(self, text: str, starts: list[int], ends: list[int], words: list[str] | None):
        """`words`, the words matched, only for past-looking ones (whose validity depends
        on the words before them); None for the other markers, all valid."""
        self.starts, self.ends, self.words = starts, ends, words
        # Validity of a past-looking word with nothing cut off on its left (only a sentence
        # start within _AUX_REACH before it can change that, see _valid_at), judged when
        # first asked: most markers are never the nearest to an expression. The nearest
        # valid one on either side is memoised along the way, so each is judged once.
        self.text = text
        self._valid: list[bool | None] = [None] * len(starts) if words is not None else []
        self._prev: dict[int, int] = {}
        self._next: dict[int, int] = {}

    def _valid_whole(self, i: int) -> bool:
        ok = self._valid[i]
        if ok is None:
            ok = self._valid[i] = _is_past_verb(self.text, self.words[i], self.starts[i], 0)
        return ok

    def prev_valid(self, i: int) -> int:
        """The last marker at or before i that is valid with nothing cut off (-1: none)."""
        if self.words is None:
            return i
        memo, seen, j = self._prev, [], i
        while j >= 0 and j not in memo and not self._valid_whole(j):
            seen.append(j)
            j -= 1
        found = -1 if j < 0 else memo.get(j, j)
        for k in seen:
            memo[k] = found
        memo[i] = found
        return found

    def next_valid(self, i: int) -> int:
        """The first marker at or after i that is valid with nothing cut off (len: none)."""
        if self.words is None:
            return i
        memo, seen, j, n = self._next, [], i, len(self.starts)
        while j < n and j not in memo and not self._valid_whole(j):
            seen.append(j)
            j += 1
        found = n if j >= n else memo.get(j, j)
        for k in seen:
            memo[k] = found
        memo[i] = found
        return found

    def _valid_at(self, text: str, i: int, left: int) -> bool:
        return self.words is None or _is_past_verb(text, self.words[i], self.starts[i], left)

    def before(self, text: str, left: int, limit: int) -> int | None:
        """The end of the last valid marker in [left, limit]."""
        i = bisect_right(self.ends, limit) - 1
        if i < 0 or self.starts[i] < left:
            return None
        j = self.prev_valid(i)
        if j >= 0 and self.starts[j] >= left + _AUX_REACH:
            return self.ends[j]
        # Only markers right after the sentence start are left: judge each there.
        i = min(i, bisect_left(self.starts, left + _AUX_REACH) - 1)
        while i >= 0 and self.starts[i] >= left:
            if self._valid_at(text, i, left):
                return self.ends[i]
            i -= 1
        return None

    def after(self, text: str, left: int, lo: int, hi_start: int, right: int) -> int | None:
        """The start of the first valid marker starting in [lo, hi_start] and ending by right."""
        i = bisect_left(self.starts, max(lo, left))
        while i < len(self.starts) and self.starts[i] < left + _AUX_REACH:
            if self.starts[i] > hi_start or self.ends[i] > right:
                return None
            if self._valid_at(text, i, left):
                return self.starts[i]
            i += 1
        if i >= len(self.starts):
            return None
        j = self.next_valid(i)
        if j >= len(self.starts) or self.starts[j] > hi_start or self.ends[j] > right:
            return None
        return self.starts[j]


class _Lines:
    """The sentences of the line (or lines) around an expression (timeline.sentences, which
    cuts at every newline, so a line alone gives the sentences the whole text would), read
    on the first expression there that asks."""

    def __init__(self, text: str, lo: int, hi: int, language: str):
        self.lo, self.hi = lo, hi
        spans = split_sentences(text[lo:hi], language)
        self.starts = [s.start + lo for s in spans]
        self.ends = [s.end + lo for s in spans]

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        i = bisect_right(self.starts, start) - 1
        j = bisect_left(self.ends, end)
        return (self.starts[i] if i >= 0 else self.lo,
                self.ends[j] if j < len(self.ends) else self.hi)


class _Sentence:
    """The clause breaks and tense markers of one sentence (text[left:right]), found on the
    first tense asked there: all a tense inside it weighs."""

    def __init__(self, text: str, left: int, right: int):
        breaks = []
        for m in _CLAUSE_BREAK.finditer(text, left):
            if m.start() >= right:
                break
            breaks.append(m.start())
        self.breaks = breaks
        found = [(begins, ends, None) for begins, ends in _MARKERS.spans(text, left, right)]
        found.insert(2, _past_spans(text, left, right))
        self.markers = [(_Markers(text, *lists), tense, weight)
                        for lists, (_, tense, weight) in zip(found, TenseReader._REGEXES)]

    def crossed(self, a: int, b: int) -> bool:
        """Whether a clause break starts in [a, b)."""
        i = bisect_left(self.breaks, a)
        return i < len(self.breaks) and self.breaks[i] < b


def _words_between(text: str, a: int, b: int) -> int:
    """How many words text[a:b] holds (spans stay inside one sentence: a few hundred
    characters at most)."""
    return len(text[a:b].split()) if a < b else 0


class TenseReader:
    """The tense at any expression of one text. Only the lines and sentences that hold an
    expression asked about are read (see _Lines, _Sentence), each once however many
    expressions it holds, so each expression costs a few bisections; many texts never ask
    for a tense nor a sentence."""

    _REGEXES = ((_FUTURE, "future", 0.8), (_PERFECT, "past", 0.9), (_PAST, "past", 1.0),
                (_PRESENT, "present", 1.2), (_REPORTED_PRESENT, "present", 1.0))

    def __init__(self, text: str, language: str = "en"):
        self.text = text
        self.language = language
        self._lines: dict[tuple[int, int], _Lines] = {}
        self._sentences: dict[tuple[int, int], _Sentence] = {}

    def _around(self, start: int, end: int) -> _Lines:
        text = self.text
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", end)
        key = (lo, len(text) if hi == -1 else hi)
        lines = self._lines.get(key)
        if lines is None:
            lines = self._lines[key] = _Lines(text, *key, self.language)
        return lines

    def words_between(self, a: int, b: int) -> int:
        """len(text[a:b].split())."""
        return _words_between(self.text, a, b)

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around text[start:end]: from the start of the sentence `start` is in
        to the end of the one `end` is in (timeline.sentences)."""
        return self._around(start, end).bounds(start, end)

    def at(self, start: int, end: int) -> Tense:
        """The tense of the sentence around text[start:end], judged by its nearest marker."""
        text = self.text
        left, right = self._around(start, end).bounds(start, end)
        sentence = self._sentences.get((left, right))
        if sentence is None:
            sentence = self._sentences[left, right] = _Sentence(text, left, right)
        crossed = sentence.crossed
        # A fronted phrase ("In a meeting on December 21 with Medvedev, Xi called ..."): the
        # main clause after its comma is where the tense is, counted from that comma.
        fronted_end = None
        comma = text.find(",", end, right)
        if comma != -1 and text.find(",", left, start) == -1 and \
                _words_between(text, left, start) <= 6:
            lead = text[left:start]
            if not any(r.search(lead) for r in (_FUTURE, _PERFECT, _PAST, _PRESENT)):
                fronted_end = comma
                # "In January, a week after the anniversary, a bombing killed ...": a second
                # fronted phrase without a verb of its own is skipped as well.
                nxt = text.find(",", comma + 1, right)
                if nxt != -1 and nxt > comma + 1 and \
                        _words_between(text, comma + 1, nxt) <= 16:
                    second = text[comma + 1:nxt]
                    # ... or a subordinate clause ("Early Wednesday, as Mr. Xi was preparing
                    # to depart Moscow, Russia launched ..."): its verb is not the main one.
                    if _SUBORDINATE.match(second) or \
                            not any(r.search(second) for r in (_FUTURE, _PERFECT, _PAST, _PRESENT)):
                        fronted_end = nxt
        best: tuple[float, str] | None = None
        for markers, tense, weight in sentence.markers:
            # The nearest marker on each side wins over farther ones of the same kind; the
            # expression's own words ("next week", "last year") are none.
            scores = []
            m_end = markers.before(text, left, start)
            if m_end is not None:
                scores.append((_words_between(text, m_end, start) + 1) * 1.0 * weight
                              + (8 if crossed(m_end, start) else 0))
            near_limit = fronted_end if fronted_end is not None else right
            m_start = markers.after(text, left, end, near_limit, right)
            if m_start is not None:
                scores.append((_words_between(text, end, m_start) + 1) * 1.6 * weight
                              + (8 if crossed(end, m_start) else 0))
            if fronted_end is not None:
                m_start = markers.after(text, left, max(end, fronted_end + 1), right, right)
                if m_start is not None:
                    scores.append((_words_between(text, fronted_end + 1, m_start) + 1) * 1.0
                                  * weight + (8 if crossed(fronted_end + 1, m_start) else 0))
            for score in scores:
                if best is None or score < best[0]:
                    best = (score, tense)
        if best is None:
            return Tense("present", 99.0)
        return Tense(best[1], best[0])


# Each marker regex tried only where its first words stand (see dispatch.py).
_MARKERS = Dispatcher([(str(k), regex) for k, (regex, _, _) in enumerate(TenseReader._REGEXES)
                       if regex is not _PAST])
_PAST_MEMO: dict[str, bool] = {}


def _past_words(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """The matches of _PAST (those starting in [lo, hi) when given) as (start, end, word)."""
    return list(zip(*_past_spans(text, lo, hi)))


def _past_spans(text: str, lo: int = 0, hi: int | None = None
                ) -> tuple[list[int], list[int], list[str]]:
    """The starts, ends and words of the matches of _PAST (those starting in [lo, hi) when
    given), word by word: a match runs from a word boundary to the next one over letters
    only, so it is a whole word, irregular or ending in -ed."""
    memo = _PAST_MEMO
    if len(memo) > 200_000:  # a text of endless distinct words
        memo.clear()
    positions, words = words_of(text)
    if lo > 0 or hi is not None:
        first = bisect_left(positions, lo)
        stop = len(words) if hi is None else bisect_left(positions, hi)
        positions, words = positions[first:stop], words[first:stop]
    # As in Dispatcher.starts: the lookups run in C, only new words are judged here.
    looked = list(map(memo.get, words))
    if None in looked:
        for i in compress(range(len(words)), map(is_, looked, repeat(None))):
            word = words[i]
            past = memo.get(word)
            if past is None:
                if word.isascii():
                    low = word.lower()
                    past = word.isalpha() and (low in _PAST_WORDS
                                               or (len(low) >= _PAST_MIN and low.endswith(_PAST_ENDING)))
                else:
                    past = _PAST.fullmatch(word) is not None
                memo[word] = past
            looked[i] = past
    found = list(compress(range(len(words)), looked))
    begins = list(map(positions.__getitem__, found))
    matched = list(map(words.__getitem__, found))
    return begins, list(map(add, begins, map(len, matched))), matched


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    return TenseReader(text).bounds(start, end)


def tense_at(text: str, start: int, end: int) -> Tense:
    """The tense of the sentence around text[start:end] (see TenseReader, which a caller
    judging many expressions of one text should keep)."""
    return TenseReader(text).at(start, end)


# A scheduled present right before an expression (see en.py tense.scheduled_present): its
# verb in a named group, "s", "base" or "ing".
_SCHEDULED = [re.compile(p) for p in _TENSE["scheduled_present"]]
_REPORTING = frozenset(_TENSE["reporting"])
_NOT_SCHEDULED = frozenset(_TENSE["not_scheduled"]) | _REPORTING
_SUBJECT_BREAKS = frozenset(_TENSE["subject_breaks"])
_PAST_LIKE_BASE = frozenset(_TENSE["past_like_base"])
_SCHEDULED_REACH = _TENSE["scheduled_reach"]
# The verb and the expression stand in one stretch of words: no punctuation between them.
_SCHEDULED_GAP = re.compile(r"(?:\s+[\w'’-]+){0,%d}\s*" % _SCHEDULED_REACH)
_SCHEDULED_WINDOW = 160
_SCHEDULED_STOPS = ".;:!?,()\"“”—–"
# Where a clause starts: the start of the stretch, a conjunction, or a reporting verb with
# an object and "that" at most, whose complement the clause is.
_CLAUSE_START = re.compile(r"(?:^|\b(?:" + _words(_TENSE["clause_starts"]) + r"|(?:"
                           + _words(sorted(_REPORTING)) + r")(?:\s+\w+)?(?:\s+that)?))\s*$",
                           re.I)
# The word right after an expression.
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")
# A plural noun in lower case (the -s ending of the scheduled_present patterns).
_ATTRIBUTIVE = re.compile(r"[a-z]{2,}[^\W\dsiu_]s")


def _finite_next(text: str, end: int) -> bool:
    """Whether a finite verb follows text[:end] at once ("organizers on Friday unveiled"):
    the word before was its subject, no verb."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    at, word = m.start(1), m.group(1)
    if _PAST.fullmatch(word):  # where a verb stands, "unveiled" is one too
        return word.lower() not in _NOT_PAST
    return any(r.match(text, at) for r in (_FUTURE, _PERFECT, _PRESENT))


def _scheduled_form(window: str, m: re.Match, head: str) -> bool:
    """Whether a match of a scheduled-present pattern is a finite verb and its subject;
    `head` is what stands before it in its stretch of words."""
    form = m.lastgroup
    verb = m.group(form).lower()
    if verb in _NOT_SCHEDULED:
        return False
    if form == "base" and (verb in _PAST_WORDS or verb in _PAST_LIKE_BASE or verb in _NOT_PAST
                           or verb.endswith((_PAST_ENDING, "ing", "ly"))):
        return False  # after a plural noun: a past, a participle or an adverb
    subject = window[m.start():m.start(form)]
    words = [w.lower() for w in subject.split()[1:]]
    if any(w in _SUBJECT_BREAKS or w in _REPORTING for w in words) or \
            any(_is_past_verb(subject, word, at, 0) for at, _, word in _past_words(subject)):
        return False  # "the company told customers Monday": no verb in a subject
    # A subject starts its clause: after a verb or a preposition the -s word is a noun
    # ("gathered for the opening ceremonies on Friday"). The progressive's "is" is a verb
    # whatever stands before it.
    return form == "ing" or bool(_CLAUSE_START.search(head))


# A fronted expression ("On Friday, the plant reopens"): at most a preposition before it.
_FRONTED = re.compile(r"\s*(?:[\w'’-]+\s*)?")
_AFTER_FRONTED = re.compile(r"\s*,?\s*")


def scheduled_present(text: str, start: int, end: int) -> tuple[float, str] | None:
    """How near the verb of text[start:end]'s clause is when it is a simple present or
    progressive of an event verb, which English uses for a scheduled event ("the plant
    reopens on Friday"), and its form ("s", "base" or "ing"); None when it is none of
    those. The verb is the one before the expression, or after it when the expression is
    fronted ("On Friday, the plant reopens"), weighted as TenseReader weighs a past marker
    there (words between, plus one, times 1.6 after)."""
    m = _NEXT_WORD.match(text, end)
    if m is not None and _ATTRIBUTIVE.fullmatch(m.group(1)) and \
            m.group(1) not in _NOT_SCHEDULED:
        return None  # "accommodates Sunday congregations": the weekday names a noun's kind
    window = text[max(0, start - _SCHEDULED_WINDOW):start]
    cut = max(map(window.rfind, _SCHEDULED_STOPS))
    if cut != -1:
        window = window[cut + 1:]
    best = None
    for regex in _SCHEDULED if not _finite_next(text, end) else ():
        last = None
        for m in regex.finditer(window):
            last = m
        if last is None or not _SCHEDULED_GAP.fullmatch(window, last.end()) or \
                not _scheduled_form(window, last, window[:last.start()]):
            continue
        score = float(_words_between(window, last.end(), len(window)) + 1)
        if best is None or score < best[0]:
            best = (score, last.lastgroup)
    fronted = (cut != -1 or start <= _SCHEDULED_WINDOW) and _FRONTED.fullmatch(window)
    if best is None and fronted:
        after = text[end:end + _SCHEDULED_WINDOW]
        lead = _AFTER_FRONTED.match(after).end()
        for regex in _SCHEDULED:
            m = regex.match(after, lead)
            if m is not None and _scheduled_form(after, m, ""):
                score = (_words_between(after, lead, m.start(m.lastgroup)) + 1) * 1.6
                if best is None or score < best[0]:
                    best = (score, m.lastgroup)
    return best
