"""One shared scan for all the rules: each rule is tried only where its match can start.

A rule's regex, run with finditer, attempts a match at every position of the text, and
the 38 rules made 38 such passes. Every rule's match starts at a word boundary with one
of a few words ("last", "the", a month name, a digit ...); those first words are read off
the compiled pattern itself (`first_words`), so they never drift from the rules. The text
is split into words once; each word that can start a rule is a start for it, and the rule
is matched there only. Trying every position in order and keeping the non-overlapping
matches is what finditer does, so the result is the same, only the positions where no
match can start are skipped.
"""
from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C  # noqa: N812 - the parse tree's opcodes
from re import _parser

# Prefixes longer than this are cut (kept "open": the word may go on).
_MAX_PREFIX = 12
_DIGIT = "#"  # a prefix that stands for any decimal digit
_WORD_CHARS = re.compile(r"\w")
_TOKEN = re.compile(r"\w+")


_OPEN = object()  # a sentinel item: the word may go on from here


@lru_cache(maxsize=2)
def words_of(text: str) -> tuple[list[int], list[str]]:
    """Where each word (a run of \\w) of the text starts, and the words: one scan shared
    by the rules and the tense markers of one text."""
    return list(map(re.Match.start, _TOKEN.finditer(text))), _TOKEN.findall(text)


class Unbounded(Exception):
    """A rule whose match may start inside a word: it is scanned whole."""


def _class_kind(items) -> str:
    """"digit" for a class of digits only, "nonword" for one of non-word characters only,
    else "other"."""
    digits = nonword = word = True
    for op, av in items:
        if op is C.LITERAL:
            ch = chr(av)
            digits &= ch.isdecimal()
            nonword &= not _WORD_CHARS.match(ch)
            word &= bool(_WORD_CHARS.match(ch))
        elif op is C.RANGE:
            lo, hi = av
            digits &= ord("0") <= lo and hi <= ord("9")
            chars = [chr(c) for c in range(lo, min(hi, lo + 1000) + 1)]
            nonword &= not any(_WORD_CHARS.match(ch) for ch in chars)
            word &= hi - lo <= 1000 and all(_WORD_CHARS.match(ch) for ch in chars)
        elif op is C.CATEGORY:
            digits &= av is C.CATEGORY_DIGIT
            nonword &= av in (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD)
            word &= av in (C.CATEGORY_DIGIT, C.CATEGORY_WORD)
        else:
            return "other"
    return "digit" if digits else "nonword" if nonword else "word" if word else "other"


def first_words(pattern: str, flags: int = re.I) -> tuple[set[str], set[str], set[str]]:
    """(exact, open, lead) of a pattern: every match starts, at a word boundary, with a
    word equal to one in `exact` or beginning with one in `open` (lower case; "#" is any
    digit), or with a non-word character in `lead`. Raises Unbounded when a match may
    start inside a word."""
    exact: set[str] = set()
    opened: set[str] = set()
    lead: set[str] = set()

    def walk(stack: tuple, acc: str, bounded: bool) -> None:
        if len(acc) >= _MAX_PREFIX:
            opened.add(acc)
            return
        if not stack:
            if not acc:
                raise Unbounded("a rule may match the empty string")
            opened.add(acc)
            return
        (items, i), rest = stack[0], stack[1:]
        if i >= len(items):
            walk(rest, acc, bounded)
            return
        op, av = items[i]
        nxt = ((items, i + 1),) + rest
        if op is C.AT:
            if acc and av is C.AT_BOUNDARY:
                exact.add(acc)  # a boundary after word characters: the word ends here
                return
            walk(nxt, acc, bounded or av is C.AT_BOUNDARY)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            walk(nxt, acc, bounded)
        elif op is C.SUBPATTERN:
            walk(((list(av[-1]), 0),) + nxt, acc, bounded)
        elif op is C.BRANCH:
            for alt in av[1]:
                walk(((list(alt), 0),) + nxt, acc, bounded)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            if lo == 0:
                walk(nxt, acc, bounded)
            if hi == 1:
                walk(((list(sub), 0),) + nxt, acc, bounded)
            else:  # after a first round, what follows is not followed further
                walk(((list(sub), 0), ([(_OPEN, None)], 0)), acc, bounded)
        elif op is _OPEN:
            if not acc:
                raise Unbounded("a repeat that may match nothing")
            opened.add(acc)
        elif op is C.LITERAL:
            ch = chr(av)
            if _WORD_CHARS.match(ch):
                if not acc and not bounded:
                    raise Unbounded("a match may start inside a word")
                walk(nxt, acc + (ch.lower() if flags & re.I else ch), bounded)
            elif acc:
                exact.add(acc)
            else:
                lead.add(ch)
        elif op is C.IN:
            kind = _class_kind(av)
            if kind == "nonword":
                if acc:
                    exact.add(acc)
                else:
                    raise Unbounded("a match may start at a class of non-word characters")
            elif kind == "digit" and not acc:
                if not bounded:
                    raise Unbounded("a match may start inside a number")
                opened.add(_DIGIT)
            elif acc:
                opened.add(acc)
            elif kind == "word" and bounded:
                opened.add("")  # any word
            else:
                raise Unbounded("a match may start with any of a class")
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT and not acc:
            if not bounded:
                raise Unbounded("a match may start inside a number")
            opened.add(_DIGIT)
        elif acc:
            # a class or category: the word may go on or end here
            if op is C.CATEGORY and av in (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD):
                exact.add(acc)
            else:
                opened.add(acc)
        else:
            raise Unbounded(f"a match may start with {op}")

    walk(((list(_parser.parse(pattern, flags)), 0),), "", False)
    return exact, opened, lead


class Dispatcher:
    """The candidate starts of every rule, from one pass over the words of a text."""

    def __init__(self, rules: list[tuple[str, re.Pattern]]):
        self.rules = rules
        self.exact: dict[str, list[int]] = {}
        self.opened: dict[str, list[int]] = {}
        self.lead: dict[str, list[int]] = {}
        self.whole: list[int] = []  # rules scanned in full
        for k, (name, regex) in enumerate(rules):
            try:
                exact, opened, lead = first_words(regex.pattern, regex.flags)
            except Unbounded:
                self.whole.append(k)
                continue
            for table, words in ((self.exact, exact), (self.opened, opened), (self.lead, lead)):
                for w in words:
                    table.setdefault(w, []).append(k)
        self.open_lengths = sorted({len(w) for w in self.opened if w != _DIGIT})
        self.digit_rules = self.opened.get(_DIGIT, [])
        self.every = tuple(range(len(rules)))
        self._memo: dict[str, tuple[int, ...]] = {}
        self._lead_re = re.compile("[" + re.escape("".join(self.lead)) + "]") \
            if self.lead else None

    def _rules_of(self, word: str) -> tuple[int, ...]:
        """The rules a word may start (a word beyond ASCII may start any: case folding)."""
        if not word.isascii():
            return self.every
        word = word.lower()
        found = list(self.exact.get(word, ()))
        for n in self.open_lengths:
            if n > len(word):
                break
            found.extend(self.opened.get(word[:n], ()))
        if word[0].isdecimal():
            found.extend(self.digit_rules)
        return tuple(sorted(set(found)))

    def starts(self, text: str) -> list[list[int]]:
        """For each rule, the sorted positions where a match of it may start."""
        out: list[list[int]] = [[] for _ in self.rules]
        memo = self._memo
        if len(memo) > 200_000:  # a text of endless distinct words
            memo.clear()
        for at, word in zip(*words_of(text)):
            rules = memo.get(word)
            if rules is None:
                rules = memo[word] = self._rules_of(word)
            if rules:
                for k in rules:
                    out[k].append(at)
        if self._lead_re is not None:
            for m in self._lead_re.finditer(text):
                for k in self.lead[m.group()]:
                    out[k].append(m.start())
            for k in {k for rules in self.lead.values() for k in rules}:
                out[k] = sorted(set(out[k]))
        return out

    def by_rule(self, text: str) -> list[list[re.Match]]:
        """For each rule, the matches its finditer would give."""
        out: list[list[re.Match]] = [[] for _ in self.rules]
        names = {name: k for k, (name, _) in enumerate(self.rules)}
        for name, m in self.finditer(text):
            out[names[name]].append(m)
        return out

    def finditer(self, text: str):
        """(rule name, match) for every match finditer would give of every rule, rule by
        rule in order."""
        starts = self.starts(text)
        whole = set(self.whole)
        for k, (name, regex) in enumerate(self.rules):
            if k in whole:
                for m in regex.finditer(text):
                    yield name, m
                continue
            last_end = 0
            match = regex.match
            for at in starts[k]:
                if at < last_end:
                    continue
                m = match(text, at)
                if m is not None and m.end() > at:
                    yield name, m
                    last_end = m.end()
