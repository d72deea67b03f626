"""One shared scan for all the rules: each rule is tried only where its match can start.

A rule's regex, run with finditer, attempts a match at every position of the text, and
the 38 rules made 38 such passes. Every rule's match starts at a word boundary with one
of a few words ("last", "the", a month name, a digit ...); those first words are read off
the compiled pattern itself (`first_words`), so they never drift from the rules. The text
is split into words once; each word that can start a rule is a start for it, and the rule
is matched there only. The word a match goes on with after its first word is read off the
pattern too: "the" starts a duration only when a number or "past", "next" ... follows it,
so "the people" is no start. Trying every position in order and keeping the
non-overlapping matches is what finditer does, so the result is the same, only the
positions where no match can start are skipped.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import is_
from re import _constants as C  # noqa: N812 - the parse tree's opcodes
from re import _parser

# Prefixes longer than this are cut (kept "open": the word may go on).
_MAX_PREFIX = 12
# Every decimal digit is read as "#", in the patterns and in the words of the text, so that
# "1998" and [12]\d\d\d both give "####"; "#+" stands for a word of digits only (\d+).
_DIGIT = "#"
_DIGITS = "#+"
_TO_HASH = str.maketrans("0123456789", "##########")
# A bounded repeat up to this many rounds is unrolled ("\d{1,3}": "#", "##", "###").
_UNROLL = 4
_WORD_CHARS = re.compile(r"\w")
# The text as separators and words: "a, b" -> ["", "a", ", ", "b", ""].
_SPLIT = re.compile(r"(\w+)")
# The same on an ASCII text, where \w is these characters: a class is tested from a bitmap,
# \w through the Unicode tables (a fifth faster over the whole text).
_SPLIT_ASCII = re.compile(r"([A-Za-z0-9_]+)")


_OPEN = object()  # a sentinel item: the word may go on from here
_OPEN_ITEMS = [(_OPEN, None)]


@lru_cache(maxsize=2)
def words_of(text: str) -> tuple[list[int], list[str]]:
    """Where each word (a run of \\w) of the text starts, and the words: one scan shared
    by the rules and the tense markers of one text (one split, its offsets summed in C)."""
    parts = (_SPLIT_ASCII if text.isascii() else _SPLIT).split(text)
    return list(accumulate(map(len, parts)))[0:-1:2], parts[1::2]


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


def _item_kind(op, av) -> str:
    """The kind of one character an item matches: "digit", "nonword", "word" or "other"
    ("" for an item that is no single character)."""
    if op is C.LITERAL:
        ch = chr(av)
        return "digit" if ch.isdecimal() and ch.isascii() else \
            "word" if _WORD_CHARS.match(ch) else "nonword"
    if op is C.IN:
        return _class_kind(av)
    if op is C.CATEGORY:
        return _class_kind([(op, av)])
    return ""


def _letters(op, av) -> str:
    """The letters a literal or a small class of literals matches ("[ap]": "ap"), else ""."""
    if op is C.LITERAL:
        return chr(av)
    if op is C.IN and len(av) <= 4 and all(o is C.LITERAL and not chr(a).isdecimal()
                                           for o, a in av):
        return "".join(chr(a) for _, a in av)
    return ""


def _no_word_ahead(op, av) -> bool:
    """Whether an item is a lookahead that no word character may follow ("(?![\\w-])"):
    a word ends there, as at a boundary."""
    if op is not C.ASSERT_NOT or av[0] != 1 or len(av[1]) != 1:
        return False
    (sub_op, sub_av), = av[1]
    return sub_op is C.IN and (C.CATEGORY, C.CATEGORY_WORD) in sub_av \
        and all(o is not C.NEGATE for o, _ in sub_av) or \
        sub_op is C.CATEGORY and sub_av is C.CATEGORY_WORD


def _digit_run(sub) -> bool:
    """Whether a repeated item is one digit (\\d, [0-9])."""
    return len(sub) == 1 and _item_kind(*sub[0]) == "digit"


def _opened(acc: str) -> str:
    """The prefix an accumulated word stands for when it may go on: "#+" is any digits."""
    return acc[:-2] + _DIGIT if acc.endswith(_DIGITS) else acc


def first_words(pattern: str, flags: int = re.I
                ) -> tuple[set[str], set[str], set[str], dict[str, tuple | None]]:
    """(exact, open, lead, follow) of a pattern (see word_tables)."""
    return word_tables(pattern, flags)[:4]


def word_tables(pattern: str, flags: int = re.I) -> tuple:
    """(exact, open, lead, follow, third) of a pattern: every match starts, at a word boundary,
    with a word equal to one in `exact` or beginning with one in `open` (lower case, each
    digit "#", "#+" a word of digits only), or with a non-word character in `lead`.
    follow[w], for w in `exact`, is (exact, open) of the word a match goes on with after w
    (across non-word characters only), or None when it may go on with anything or stop.
    third[w, w2], for w2 in follow[w]'s exact, is the same for the word after w2.
    Raises Unbounded when a match may start inside a word."""
    exact: set[str] = set()
    opened: set[str] = set()
    lead: set[str] = set()
    follow: dict[str, tuple | None] = {}
    # (first word, second word): the places a match goes on from after the second
    afters: dict[tuple[str, str], list] = {}
    lists: dict[tuple[int, int], tuple[list, object]] = {}
    seconds: dict[tuple, tuple | None] = {}
    frames: dict[tuple[int, int, int], tuple] = {}
    fold = bool(flags & re.I)

    def seq(node, n: int = 1) -> list:
        """The items of a parse-tree node, repeated n times: one list per node, so that a
        place in the pattern can be named by the lists on the stack."""
        got = lists.get((id(node), n))
        if got is None:
            got = lists[id(node), n] = (list(node) * n, node)  # the node kept alive
        return got[0]

    def push(items: list, i: int, rest: tuple | None) -> tuple:
        """The stack of places still to walk: item i of `items`, then `rest`. One tuple
        per distinct stack, so that its id names it (the memo of `second`)."""
        key = (id(items), i, id(rest))
        frame = frames.get(key)
        if frame is None:
            frame = frames[key] = (items, i, rest)
        return frame

    def ends(acc: str, nxt: tuple | None) -> None:
        """The first word, `acc`, ends here: what may follow it is walked from `nxt`."""
        exact.add(acc)
        if acc in follow and follow[acc] is None:
            return
        more = second(nxt, "")
        if more is None:
            follow[acc] = None
        else:
            pair = follow.setdefault(acc, (set(), set()))
            pair[0].update(more[0])
            pair[1].update(more[1])
            for w2, place in more[2]:
                afters.setdefault((acc, w2), []).append(place)

    def walk(stack: tuple | None, acc: str, bounded: bool) -> None:
        """The first word of a match, from the items on `stack`, with `acc` read so far."""
        if len(acc) >= _MAX_PREFIX:
            opened.add(_opened(acc))
            return
        if stack is None:
            if not acc:
                raise Unbounded("a rule may match the empty string")
            opened.add(_opened(acc))
            return
        items, i, rest = stack
        if i >= len(items):
            walk(rest, acc, bounded)
            return
        op, av = items[i]
        nxt = push(items, i + 1, rest)
        if op is C.AT:
            if acc and av is C.AT_BOUNDARY:
                ends(acc, nxt)
                return
            walk(nxt, acc, bounded or av is C.AT_BOUNDARY)
        elif acc and _no_word_ahead(op, av):
            ends(acc, nxt)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            walk(nxt, acc, bounded)
        elif op is C.SUBPATTERN:
            walk(push(seq(av[-1]), 0, nxt), acc, bounded)
        elif op is C.BRANCH:
            for alt in av[1]:
                walk(push(seq(alt), 0, nxt), acc, bounded)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, node = av
            sub = seq(node)
            if acc and len(sub) == 1 and _item_kind(*sub[0]) == "nonword":
                # A run of non-word characters ends the word, however long it is.
                if lo == 0:
                    walk(nxt, acc, bounded)
                if hi > 0:
                    ends(acc, nxt)
            elif _digit_run(sub) and hi > _UNROLL and not acc.strip("#+") \
                    and (acc or bounded):
                if lo == 0:
                    walk(nxt, acc, bounded)
                walk(nxt, _DIGITS, bounded)
            elif hi <= _UNROLL:
                for n in range(lo, hi + 1):
                    walk(push(seq(node, n), 0, nxt), acc, bounded)
            else:
                if lo == 0:
                    walk(nxt, acc, bounded)
                # after a first round, what follows is not followed further
                walk(push(sub, 0, push(_OPEN_ITEMS, 0, None)), acc, bounded)
        elif op is _OPEN:
            if not acc:
                raise Unbounded("a repeat that may match nothing")
            opened.add(_opened(acc))
        elif op in (C.LITERAL, C.IN, C.CATEGORY):
            kind = _item_kind(op, av)
            if kind == "nonword":
                if acc:
                    ends(acc, nxt)
                elif op is C.LITERAL:
                    lead.add(chr(av))
                else:
                    raise Unbounded("a match may start at a class of non-word characters")
            elif kind == "digit":
                if not acc and not bounded:
                    raise Unbounded("a match may start inside a number")
                walk(nxt, acc if acc.endswith(_DIGITS) else acc + _DIGIT, bounded)
            elif kind == "word" and _letters(op, av):
                if not acc and not bounded:
                    raise Unbounded("a match may start inside a word")
                if acc.endswith(_DIGITS):
                    opened.add(_opened(acc))  # "#+" is digits only: a letter ends it
                else:
                    for ch in _letters(op, av):
                        walk(nxt, acc + (ch.lower() if fold else ch), bounded)
            elif acc:
                opened.add(_opened(acc))
            elif kind == "word" and bounded:
                opened.add("")  # any word
            else:
                raise Unbounded("a match may start with any of a class")
        elif acc:
            opened.add(_opened(acc))
        else:
            raise Unbounded(f"a match may start with {op}")

    def second(stack: tuple | None, acc: str) -> tuple | None:
        """(exact, open) of the word a match goes on with from `stack`, past non-word
        characters, `acc` of it read so far; None when that may be any word or none. The
        same place is reached after many first words: each is walked once."""
        state = (id(stack), acc)
        if state in seconds:
            return seconds[state]
        seconds[state] = None  # a loop back to here (none in these rules) gives up
        found = _second(stack, acc)
        seconds[state] = found
        return found

    def _second(stack: tuple | None, acc: str) -> tuple | None:
        if len(acc) >= _MAX_PREFIX or stack is None:
            return ((), (_opened(acc),), ()) if acc else None
        items, i, rest = stack
        if i >= len(items):
            return second(rest, acc)
        op, av = items[i]
        nxt = push(items, i + 1, rest)
        if op is C.AT:
            if acc and av is C.AT_BOUNDARY:
                return ((acc,), (), ((acc, nxt),))
            return second(nxt, acc)
        if acc and _no_word_ahead(op, av):
            return ((acc,), (), ((acc, nxt),))
        if op in (C.ASSERT, C.ASSERT_NOT):
            return second(nxt, acc)
        if op is C.SUBPATTERN:
            return second(push(seq(av[-1]), 0, nxt), acc)
        if op is C.BRANCH:
            return _union(second(push(seq(alt), 0, nxt), acc) for alt in av[1])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, node = av
            sub = seq(node)
            if len(sub) == 1 and _item_kind(*sub[0]) == "nonword":
                if not acc:  # between the words: the run is skipped whatever its length
                    return second(nxt, acc)
                return _union(([second(nxt, acc)] if lo == 0 else [])
                              + ([((acc,), (), ((acc, stack),))] if hi > 0 else []))
            if _digit_run(sub) and hi > _UNROLL and not acc.strip("#+"):
                return _union(([second(nxt, acc)] if lo == 0 else []) + [second(nxt, _DIGITS)])
            if hi <= _UNROLL:
                return _union(second(push(seq(node, n), 0, nxt), acc)
                              for n in range(lo, hi + 1))
            return _union(([second(nxt, acc)] if lo == 0 else [])
                          + [second(push(sub, 0, push(_OPEN_ITEMS, 0, None)), acc)])
        if op is _OPEN:
            return ((), (_opened(acc),), ()) if acc else None
        if op in (C.LITERAL, C.IN, C.CATEGORY):
            kind = _item_kind(op, av)
            if kind == "nonword":
                return ((acc,), (), ((acc, stack),)) if acc else second(nxt, acc)
            if kind == "digit":
                return second(nxt, acc if acc.endswith(_DIGITS) else acc + _DIGIT)
            if kind == "word" and _letters(op, av) and not acc.endswith(_DIGITS):
                return _union(second(nxt, acc + (ch.lower() if fold else ch))
                              for ch in _letters(op, av))
        return ((), (_opened(acc),), ()) if acc else None

    tree = _parser.parse(pattern, flags)
    walk(push(seq(tree), 0, None), "", False)
    third: dict[tuple[str, str], tuple | None] = {}
    for (w, w2), places in afters.items():
        if follow.get(w) is not None:
            more = _union(second(place, "") for place in places)
            third[w, w2] = None if more is None else (more[0], more[1])
    return exact, opened, lead, {w: follow.get(w) for w in exact}, third


def _union(results) -> tuple | None:
    """The words any of several places may go on with (None: any), and where a match goes
    on after each exact one."""
    exact: set[str] = set()
    opened: set[str] = set()
    places: list = []
    for r in results:
        if r is None:
            return None
        exact.update(r[0])
        opened.update(r[1])
        places.extend(r[2])
    return tuple(exact), tuple(opened), tuple(places)


def _shape(word: str) -> str:
    """A word as the tables read it: lower case, each digit "#"."""
    return word.lower().translate(_TO_HASH)


def _shape_to_judge(pair: tuple | None, word: str | None) -> bool | str:
    """The word's shape, for the tables to judge, or the verdict when no table is needed."""
    if pair is None:
        return True
    if word is None:  # the text ends: the rule needs a second word
        return False
    if not word.isascii():
        return True  # case folding beyond ASCII: not judged here
    return _shape(word)


def _admits(pair: tuple | None, word: str | None) -> bool:
    """Whether the word after a first word may be the one a rule goes on with."""
    shape = _shape_to_judge(pair, word)
    if isinstance(shape, bool):
        return shape
    exact, opened = pair
    if shape in exact or (_DIGITS in exact and not shape.strip("#")):
        return True
    return any(shape.startswith(p) for p in opened)


def _admits_second(pair: tuple | None, third: dict, word: str | None) -> bool | tuple:
    """Whether the word after a first word may be the one a rule goes on with: True, False,
    or the tables of which one the word after it must then fit (see _admits)."""
    shape = _shape_to_judge(pair, word)
    if isinstance(shape, bool):
        return shape
    exact, opened = pair
    if any(shape.startswith(p) for p in opened):
        return True
    keys = [shape] if shape in exact else []
    if _DIGITS in exact and not shape.strip("#"):
        keys.append(_DIGITS)
    nexts = []
    for key in keys:
        if third.get(key) is None:
            return True
        nexts.append(third[key])
    return tuple(nexts) if nexts else False


class _Depends:
    """What a word starts depends on the next word (a true value: compress keeps it)."""


_DEPENDS = _Depends()


class Dispatcher:
    """The candidate starts of every rule, from one pass over the words of a text. A rule
    keyed on an exact first word is tried only where the word after it may go on with the
    rule ("the" starts "the past two years", not "the people"): a second-word filter; and
    where the word after that may go on with it ("1.5 million" starts a duration only
    when a unit or a number may follow): a third-word filter."""

    def __init__(self, rules: list[tuple[str, re.Pattern]]):
        self.rules = rules
        self.exact: dict[str, list[int]] = {}
        self.opened: dict[str, list[int]] = {}
        self.lead: dict[str, list[int]] = {}
        self.follow: dict[tuple[int, str], tuple | None] = {}  # (rule, first word): next
        self.third: dict[tuple[int, str], dict] = {}  # (rule, first word): {second: next}
        self.whole: list[int] = []  # rules scanned in full
        for k, (name, regex) in enumerate(rules):
            try:
                exact, opened, lead, follow, third = word_tables(regex.pattern, regex.flags)
            except Unbounded:
                self.whole.append(k)
                continue
            for table, words in ((self.exact, exact), (self.opened, opened), (self.lead, lead)):
                for w in sorted(words):
                    table.setdefault(w, []).append(k)
            for w, pair in follow.items():
                self.follow[k, w] = pair
            for (w, w2), pair in third.items():
                self.third.setdefault((k, w), {})[w2] = pair
        self.open_lengths = sorted({len(w) for w in self.opened})
        self.every = tuple(range(len(rules)))
        self._memo: dict[str, tuple[int, ...] | _Depends] = {}
        self._pairs: dict[tuple[str, str | None], tuple[int, ...] | _Depends] = {}
        self._triples: dict[tuple[str, str | None, str | None], tuple[int, ...]] = {}
        self._conditions: dict[str, tuple[set[int], list[tuple[int, list]]]] = {}
        self._pair_conditions: dict[tuple[str, str | None], tuple[set[int], list]] = {}
        self._lead_re = re.compile("[" + re.escape("".join(self.lead)) + "]") \
            if self.lead else None

    def _rules_of(self, word: str) -> tuple[int, ...] | _Depends:
        """The rules a word may start (a word beyond ASCII may start any: case folding),
        or _DEPENDS when that depends on the next word (see _rules_after)."""
        if not word.isascii():
            return self.every
        shape = _shape(word)
        keys = [shape, _DIGITS] if not shape.strip("#") else [shape]
        always: set[int] = set()
        pairs: dict[int, list] = {}
        for key in keys:
            for k in self.exact.get(key, ()):
                pair = self.follow.get((k, key))
                if pair is None:
                    always.add(k)
                else:
                    pairs.setdefault(k, []).append((pair, self.third.get((k, key), {})))
        for n in self.open_lengths:
            if n > len(shape):
                break
            always.update(self.opened.get(shape[:n], ()))
        conditional = [(k, p) for k, p in pairs.items() if k not in always]
        if not conditional:
            return tuple(sorted(always))
        self._conditions[word] = (always, conditional)
        return _DEPENDS

    def _rules_after(self, word: str, nxt: str | None) -> tuple[int, ...] | _Depends:
        """The rules a word may start when `nxt` is the word after it (None: no word), or
        _DEPENDS when that depends on the word after `nxt` too (see _rules_after_two)."""
        always, conditional = self._conditions[word]
        found = set(always)
        pending = []
        for k, entries in conditional:
            need = []
            for pair, third in entries:
                fits = _admits_second(pair, third, nxt)
                if fits is True:
                    found.add(k)
                    break
                if fits:
                    need.extend(fits)
            else:
                if need:
                    pending.append((k, need))
        pending = [(k, need) for k, need in pending if k not in found]
        if not pending:
            return tuple(sorted(found))
        self._pair_conditions[word, nxt] = (found, pending)
        return _DEPENDS

    def _rules_after_two(self, word: str, nxt: str | None, third: str | None
                         ) -> tuple[int, ...]:
        """The rules a word may start when `nxt` and `third` are the two words after it."""
        found, pending = self._pair_conditions[word, nxt]
        return tuple(sorted(found | {k for k, need in pending
                                     if any(_admits(p, third) for p in need)}))

    def starts(self, text: str, lo: int = 0, hi: int | None = None) -> list[list[int]]:
        """For each rule, the sorted positions where a match of it may start; only those in
        [lo, hi) when given (the words are still those of the whole text, so a start near hi
        is judged on the words after it, as in a scan of the whole)."""
        out: list[list[int]] = [[] for _ in self.rules]
        memo, pairs = self._memo, self._pairs
        triples = self._triples
        if len(memo) > 200_000 or len(pairs) > 200_000 or len(triples) > 200_000:
            memo.clear()  # a text of endless distinct words
            pairs.clear()
            triples.clear()
            self._conditions.clear()
            self._pair_conditions.clear()
        positions, words = words_of(text)
        first, stop = 0, len(words)
        if lo > 0 or hi is not None:
            first = bisect_left(positions, lo)
            stop = len(words) if hi is None else bisect_left(positions, hi)
        some = words if (first, stop) == (0, len(words)) else words[first:stop]
        # The loops run in C over the words: a lookup of each (None for a word not seen
        # yet), then compress to the few that are new or start a rule.
        looked = list(map(memo.get, some))
        if None in looked:
            for i in compress(range(len(some)), map(is_, looked, repeat(None))):
                word = some[i]
                rules = memo.get(word)
                if rules is None:
                    rules = memo[word] = self._rules_of(word)
                looked[i] = rules
        last = len(words) - 1
        for j in compress(range(len(some)), looked):
            rules = looked[j]
            i = j + first
            if rules is _DEPENDS:
                key = (words[i], words[i + 1] if i < last else None)
                rules = pairs.get(key)
                if rules is None:
                    rules = pairs[key] = self._rules_after(*key)
                if rules is _DEPENDS:
                    key3 = (*key, words[i + 2] if i + 1 < last else None)
                    rules = triples.get(key3)
                    if rules is None:
                        rules = triples[key3] = self._rules_after_two(*key3)
            at = positions[i]
            for k in rules:
                out[k].append(at)
        if self._lead_re is not None:
            for m in self._lead_re.finditer(text, lo, len(text) if hi is None else hi):
                for k in self.lead[m.group()]:
                    out[k].append(m.start())
            for k in {k for rules in self.lead.values() for k in rules}:
                out[k] = sorted(set(out[k]))
        return out

    def spans(self, text: str, lo: int = 0, hi: int | None = None
              ) -> list[tuple[list[int], list[int]]]:
        """For each rule, the starts and the ends of the matches by_rule gives."""
        starts = self.starts(text, lo, hi)
        out = []
        for k, (_, regex) in enumerate(self.rules):
            begins: list[int] = []
            ends: list[int] = []
            if k in self.whole:
                for m in regex.finditer(text, lo):
                    if hi is not None and m.start() >= hi:
                        break
                    begins.append(m.start())
                    ends.append(m.end())
            else:
                last_end = 0
                match = regex.match
                for at in starts[k]:
                    if at < last_end:
                        continue
                    m = match(text, at)
                    if m is not None:
                        last_end = m.end()
                        if last_end > at:
                            begins.append(at)
                            ends.append(last_end)
            out.append((begins, ends))
        return out

    def by_rule(self, text: str, lo: int = 0, hi: int | None = None) -> list[list[re.Match]]:
        """For each rule, the matches its finditer would give (those starting in [lo, hi)
        of a scan from lo, when given)."""
        out: list[list[re.Match]] = [[] for _ in self.rules]
        names = {name: k for k, (name, _) in enumerate(self.rules)}
        for name, m in self.finditer(text, lo, hi):
            out[names[name]].append(m)
        return out

    def finditer(self, text: str, lo: int = 0, hi: int | None = None):
        """(rule name, match) for every match finditer would give of every rule, rule by
        rule in order; with lo and hi, those a scan from lo gives starting before hi (each
        matched on the whole text, so it may end past hi)."""
        starts = self.starts(text, lo, hi)
        whole = set(self.whole)
        for k, (name, regex) in enumerate(self.rules):
            if k in whole:
                for m in regex.finditer(text, lo):
                    if hi is not None and m.start() >= hi:
                        break
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
