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
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate, compress, repeat
from operator import is_

from .dispatch import Dispatcher, words_of

# Each starts with one class of characters, so that the regex engine skips in C to the
# next character that may start a match instead of trying every alternative everywhere;
# the lookbehinds then pick the alternative that character began ("[.!?]\s+(?=[A-Z...])|\n",
# "[;:—–]|,\s+(?:but|...)\b|[,.!?]\s*(?:''|[\"”’])|``|[\"“]", the same matches).
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])\s+(?=[A-Z\"'“‘(\[]))")
_CLAUSE_BREAK = re.compile(r"[;:—–,.!?`\"“](?:(?<=[;:—–])"
                           r"|(?<=,)\s+(?:but|while|whereas|although|though|as|which|who)\b"
                           r"|(?<=[,.!?])\s*(?:''|[\"”’])|(?<=`)`|(?<=[\"“]))")

_FUTURE = re.compile(
    r"\b(?:will|shall|going\s+to|gonna|'ll|(?:is|are|am)\s+to\b|plan(?:s|ned|ning)?\s+to"
    r"|(?:is|are|was|were)\s+(?:expected|scheduled|due|set|slated|poised)\b|expects?\s+to"
    r"|schedul\w*|due\s+(?:to|in|on|at|by)|set\s+to|intends?\s+to|aims?\s+to|hopes?\s+to"
    r"|prepar\w*\s+to|propos\w*|invit\w*|upcoming|forthcoming|payable|expire|expires"
    r"|(?:decided|agreed|promised|vowed|pledged|threatened|wants?|hoping|agrees|decides)\s+to"
    r"|(?:expects?|expected|invites?|invited|wants?|wanted)\s+(?:[\w.'’-]+\s+){1,3}?to\s+[a-z]+"
    r"|(?:planned|scheduled|set|slated|earmarked|penciled|pencilled)\s+for"
    r"|would|might|should|must|wo(?=n't))\b",
    re.I,
)
_PRESENT = re.compile(r"\b(?:is|are|am|says|say|has|have|does|do)\b(?!\s+(?:to|been\s+\w+ed))",
                      re.I)
# "has repeatedly offered", "have met": the present perfect reports the past.
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|not\s+|never\s+|already\s+|just\s+)?"
                      r"(?:been|[a-z]+ed|met|made|held|told|said|sent|taken|given|spoken|seen"
                      r"|done|gone|come|become|begun|won|lost|left|paid|sold|built|brought)\b",
                      re.I)
_PAST_IRREGULAR = (
    "was|were|had|did|said|told|met|made|took|gave|went|came|began|saw|spoke|left|flew|held"
    "|led|won|lost|sent|got|ran|fell|rose|paid|sold|bought|brought|built|caught|chose|drew"
    "|drove|felt|fought|found|grew|heard|kept|knew|laid|meant|sought|stood|struck|swore"
    "|taught|thought|threw|understood|woke|wrote|became|broke|forgot|hid|shook|spent|stole"
    "|swept|tore|withdrew|wound|ago|yesterday|earlier|already|last"
    # past and present alike; "sets", "puts" are the present of a third person
    "|set|put|cut|hit|shut|cast|quit|spread")
_PAST = re.compile(r"\b(?:" + _PAST_IRREGULAR + r"|(?P<ed>[a-z]{2,}ed))\b", re.I)
# An -ed word after these is a participle (passive, perfect, adjective), not a past tense:
# after an auxiliary, a determiner, a preposition or a quantity ("in preferred shares",
# "9.5 million preferred shares"), where English puts no finite verb.
_AUX_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:be|been|being|is|are|am|was|were|has|have|had|to|will|can|could|would|should|may"
    r"|might|must|the|a|an|and|or|by|of|with|newly|recently|so-called|its|his|her|their|our"
    r"|your|my|this|that|these|those|in|on|at|for|from|into|onto|about|under|over|than|per"
    r"|million|billion|trillion|\d[\d.,]*)\s+$", re.I)
# The same on a window in lower case: without re.I the regex engine skips an alternative
# on its first letter, and an ASCII window lowers to the same length and the same matches.
_AUX_BEFORE_PARTICIPLE_LOWER = re.compile(_AUX_BEFORE_PARTICIPLE.pattern)
_NOT_PAST = {"need", "speed", "seed", "feed", "bed", "red", "shed", "breed", "indeed", "embed",
             "proceed", "succeed", "exceed", "united", "limited", "based", "related", "hundred",
             "concerned", "supposed", "interested", "unprecedented", "detailed", "advanced",
             "armed", "informed", "sacred", "naked", "wicked", "kindred", "ragged"}


@dataclass(frozen=True)
class Tense:
    tense: str  # "past", "present" or "future"
    strength: float  # how close the deciding marker was: lower is stronger; 99 = none


_AUXILIARIES = {"was", "were", "had", "did", "ago", "yesterday", "earlier", "already", "last"}
# How far before a past-looking word an auxiliary may stand ("will be paid").
_AUX_REACH = 12


def _is_past_verb(text: str, word: str, at: int, left: int) -> bool:
    """Whether a past-looking word is a finite past tense here, not a participle after an
    auxiliary ("will be paid") or an adjective after a determiner ("its preferred shares")."""
    word = word.lower()
    if word in _AUXILIARIES:
        return True
    if word in _NOT_PAST or (word.startswith("un") and word.endswith("ed")):
        return False  # "unspecified", "unannounced": adjectives
    window = text[max(left, at - _AUX_REACH):at]
    if _AUX_BEFORE_PARTICIPLE_LOWER.search(window.lower()) if window.isascii() else \
            _AUX_BEFORE_PARTICIPLE.search(window):
        return False
    return True


# Words whose full stop ends no sentence: "Mr. Putin", "Roe vs. Wade", "Gov. Smith".
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr vs gov sen rep gen col lt sgt capt maj adm cmdr rev hon pres "
    "corp inc co ltd bros no mt ft ave blvd dept univ".split())
# A longer run of letters before a full stop is no abbreviation.
_ABBREVIATION_REACH = max(map(len, _ABBREVIATIONS)) + 1
# How far back from an expression its sentence's start is looked for.
_SENTENCE_REACH = 600
# The text as separators and words: "a b" -> ["", "a", " ", "b", ""] (see words_of).
_WORDS_SPLIT = re.compile(r"(\S+)")
_COMMA = re.compile(",")
# Up to this many characters, words_between splits the span itself: most spans are short,
# and a split of the whole text costs more than all of them (a long one bisects it).
_SHORT_SPAN = 1000


_LAST_LETTERS = re.compile(r"([A-Za-z]+)$")


def _ends_sentence(text: str, m: re.Match) -> bool:
    if text[m.start()] != ".":
        return True
    word = _LAST_LETTERS.search(text[max(0, m.start() - _ABBREVIATION_REACH):m.start()])
    return not (word and word.group(1).lower() in _ABBREVIATIONS)


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


class TenseReader:
    """The tense at any expression of one text. Every marker, clause break and sentence end
    is found once for the whole text, so each expression costs a few bisections whatever
    the length of its sentence. The sentence ends are found on the first call to bounds()
    (which needs only them), the rest on the first call that needs it: many texts never
    ask for a tense nor a sentence."""

    _REGEXES = ((_FUTURE, "future", 0.8), (_PERFECT, "past", 0.9), (_PAST, "past", 1.0),
                (_PRESENT, "present", 1.2))

    def __init__(self, text: str):
        self.text = text
        self._ended = False
        self._scanned = False

    def _sentence_ends(self) -> None:
        """The sentence ends of the whole text, found on the first call that needs them."""
        text = self.text
        self._ended = True
        ends = list(_SENTENCE_END.finditer(text))
        self._end_starts = [m.start() for m in ends]
        self._end_ends = [m.end() for m in ends]
        # Only a full stop may follow an abbreviation; any other end ends a sentence.
        valid = [text[at] != "." or _ends_sentence(text, m)
                 for at, m in zip(self._end_starts, ends)]
        self._valid_end_starts = [s for s, ok in zip(self._end_starts, valid) if ok]
        self._valid_end_ends = [e for e, ok in zip(self._end_ends, valid) if ok]

    def _scan(self) -> None:
        """The clause breaks, commas, word starts and tense markers of the whole text."""
        text = self.text
        self._scanned = True
        self._breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
        self._commas = [m.start() for m in _COMMA.finditer(text)]
        self._words: array | None = None  # word starts, for words_between on long spans
        found = [([m.start() for m in matches], [m.end() for m in matches], None)
                 for matches in _MARKERS.by_rule(text)]
        past = _past_words(text)
        found.insert(2, ([w[0] for w in past], [w[1] for w in past], [w[2] for w in past]))
        self._markers = [(_Markers(text, *lists), tense, weight)
                         for lists, (_, tense, weight) in zip(found, self._REGEXES)]

    def words_between(self, a: int, b: int) -> int:
        """len(text[a:b].split()), by counting word starts."""
        if a >= b:
            return 0
        if b - a <= _SHORT_SPAN:
            return len(self.text[a:b].split())
        if self._words is None:
            # Where each run of non-spaces starts: the offsets of one split, summed in C.
            self._words = array("q", list(accumulate(map(len, _WORDS_SPLIT.split(self.text))))
                                [0:-1:2])
        n = bisect_left(self._words, b) - bisect_left(self._words, a)
        if a > 0 and not self.text[a].isspace() and not self.text[a - 1].isspace():
            n += 1  # a word cut at a
        return n

    def _crossed(self, a: int, b: int) -> bool:
        if not self._scanned:
            self._scan()
        i = bisect_left(self._breaks, a)
        return i < len(self._breaks) and self._breaks[i] < b

    def _comma(self, a: int, b: int) -> int:
        if not self._scanned:
            self._scan()
        i = bisect_left(self._commas, a)
        return self._commas[i] if i < len(self._commas) and self._commas[i] < b else -1

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around text[start:end]."""
        if not self._ended:
            self._sentence_ends()
        return self._left(start), self._right(end)

    def _left(self, start: int) -> int:
        """The end of the last sentence end that a scan of the _SENTENCE_REACH characters
        before `start` (and not beyond it) finds, from the whole-text scan: the two differ
        only at the edges of that window, where a run of spaces is cut."""
        text, lo = self.text, max(0, start - _SENTENCE_REACH)
        k = bisect_left(self._end_ends, start)
        if k < len(self._end_ends) and lo <= self._end_starts[k] < start and \
                text[self._end_starts[k]] != "\n":
            # "... said.  Monday": cut at `start`, the scan misses the capital that follows
            # and finds only the newlines in the spaces.
            newline = text.rfind("\n", self._end_starts[k] + 1, start)
            if newline != -1:
                return newline + 1
        i = bisect_right(self._valid_end_ends, start) - 1
        if i >= 0 and self._valid_end_ends[i] == start and text[self._valid_end_starts[i]] != "\n":
            i -= 1
        if i >= 0 and self._valid_end_starts[i] >= lo:
            return self._valid_end_ends[i]
        # A run of spaces cut at the window's start: only its newlines are seen.
        j = bisect_right(self._end_ends, lo)
        if j < len(self._end_ends) and self._end_starts[j] < lo:
            newline = text.rfind("\n", lo, min(self._end_ends[j], start))
            if newline != -1:
                return newline + 1
        return 0

    def _right(self, end: int) -> int:
        text = self.text
        # The first sentence end a scan from `end` would meet: a match of the whole-text
        # scan that straddles `end` hides only a newline inside its run of spaces.
        i = bisect_left(self._end_ends, end + 1)
        if i < len(self._end_starts) and self._end_starts[i] < end:
            newline = text.find("\n", end, self._end_ends[i])
            if newline != -1:
                return newline + 1
            after = self._end_ends[i]
        else:
            after = end
        j = bisect_left(self._valid_end_starts, after)
        return self._valid_end_starts[j] + 1 if j < len(self._valid_end_starts) else len(text)

    def at(self, start: int, end: int) -> Tense:
        """The tense of the sentence around text[start:end], judged by its nearest marker."""
        if not self._scanned:
            self._scan()
        text = self.text
        left, right = self.bounds(start, end)
        # A fronted phrase ("In a meeting on December 21 with Medvedev, Xi called ..."): the
        # main clause after its comma is where the tense is, counted from that comma.
        fronted_end = None
        comma = self._comma(end, right)
        if comma != -1 and self._comma(left, start) == -1 and \
                self.words_between(left, start) <= 6:
            lead = text[left:start]
            if not any(r.search(lead) for r in (_FUTURE, _PERFECT, _PAST, _PRESENT)):
                fronted_end = comma
                # "In January, a week after the anniversary, a bombing killed ...": a second
                # fronted phrase without a verb of its own is skipped as well.
                nxt = self._comma(comma + 1, right)
                if nxt != -1 and nxt > comma + 1 and self.words_between(comma + 1, nxt) <= 16:
                    second = text[comma + 1:nxt]
                    if not any(r.search(second) for r in (_FUTURE, _PERFECT, _PAST, _PRESENT)):
                        fronted_end = nxt
        best: tuple[float, str] | None = None
        for markers, tense, weight in self._markers:
            # The nearest marker on each side wins over farther ones of the same kind; the
            # expression's own words ("next week", "last year") are none.
            scores = []
            m_end = markers.before(text, left, start)
            if m_end is not None:
                scores.append((self.words_between(m_end, start) + 1) * 1.0 * weight
                              + (8 if self._crossed(m_end, start) else 0))
            near_limit = fronted_end if fronted_end is not None else right
            m_start = markers.after(text, left, end, near_limit, right)
            if m_start is not None:
                scores.append((self.words_between(end, m_start) + 1) * 1.6 * weight
                              + (8 if self._crossed(end, m_start) else 0))
            if fronted_end is not None:
                m_start = markers.after(text, left, max(end, fronted_end + 1), right, right)
                if m_start is not None:
                    scores.append((self.words_between(fronted_end + 1, m_start) + 1) * 1.0
                                  * weight + (8 if self._crossed(fronted_end + 1, m_start)
                                              else 0))
            for score in scores:
                if best is None or score < best[0]:
                    best = (score, tense)
        if best is None:
            return Tense("present", 99.0)
        return Tense(best[1], best[0])


# Each marker regex tried only where its first words stand (see dispatch.py).
_MARKERS = Dispatcher([(str(k), regex) for k, (regex, _, _) in enumerate(TenseReader._REGEXES)
                       if regex is not _PAST])
_PAST_WORDS = frozenset(_PAST_IRREGULAR.split("|"))
_PAST_MEMO: dict[str, bool] = {}


def _past_words(text: str) -> list[tuple[int, int, str]]:
    """The matches of _PAST, word by word: a match runs from a word boundary to the next
    one over letters only, so it is a whole word, irregular or ending in -ed."""
    memo = _PAST_MEMO
    if len(memo) > 200_000:  # a text of endless distinct words
        memo.clear()
    positions, words = words_of(text)
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
                                               or (len(low) >= 4 and low.endswith("ed")))
                else:
                    past = _PAST.fullmatch(word) is not None
                memo[word] = past
            looked[i] = past
    return [(positions[i], positions[i] + len(words[i]), words[i])
            for i in compress(range(len(words)), looked)]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    return TenseReader(text).bounds(start, end)


def tense_at(text: str, start: int, end: int) -> Tense:
    """The tense of the sentence around text[start:end] (see TenseReader, which a caller
    judging many expressions of one text should keep)."""
    return TenseReader(text).at(start, end)
