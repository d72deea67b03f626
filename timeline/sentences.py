"""Sentence segmentation with character offsets into the original text: the one segmenter of
the project, with each language's abbreviations as data (timeline.languages.sentence_words).

A newline always ends a sentence: news text arrives as one paragraph (or heading) per line, and
headings carry no final punctuation. Inside a line we split after . ! ? … (and closing quotes or
brackets, French "texte. »" too) when the next word starts like a sentence (a capital letter
of any alphabet or a digit, after an opening quote or "¿"), except after titles ("Mr.", "Sr.",
"Dr."), single initials ("Vladimir V. Putin", "M. Dupont"), dotted acronyms ("U.S.", "S.A.",
"z.B.") and, in German, a day number before its month ("am 3. März"); an acronym or a word
such as "Inc." still ends a sentence when a typical sentence opener follows ("... against the
U.S. This was ...").

A stretch longer than MAX_SENTENCE_CHARS without a sentence end (a feed without punctuation, a
table flattened into one line) is cut into pieces of at most that size, at the last clause mark
or space before the limit: every later stage works per sentence, so this bounds its cost.

Linear time on any input: every scan works from offsets (no slicing of the rest of a line per
period), the end-mark pattern starts only at the first mark of a run and never backtracks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .model import language_code


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets into the text: text[start:end] == self.text
    end: int
    text: str
    paragraph: int  # index of the non-empty line it sits on
    index: int  # index of the sentence in the whole text


@dataclass(frozen=True)
class _Words:
    """One language's words for segmenting (see timeline.languages.sentence_words)."""

    titles: frozenset[str]
    closers: frozenset[str]
    openers: frozenset[str]
    numerals: frozenset[str]
    months: frozenset[str]  # month names a day number's period stands before ("3. März")


DEFAULT_LANGUAGE = "en"


@lru_cache(maxsize=None)
def _words(language: str | None) -> _Words:
    """The words of `language` ("de", "pt-BR"); a language without data gets English's."""
    from .languages.sentence_words import SENTENCE_WORDS

    code = language_code(language)
    if code not in SENTENCE_WORDS:
        code = DEFAULT_LANGUAGE
    data = SENTENCE_WORDS[code]
    months: frozenset[str] = frozenset()
    if data.get("ordinal_dot"):
        from importlib import import_module
        calendar = import_module(f"{__package__}.languages.data.{code}").DATA
        months = frozenset(calendar["months"]) | frozenset(calendar.get("month_abbr", ()))
    return _Words(*(frozenset(data.get(key, "").split())
                    for key in ("titles", "closers", "openers", "numerals")), months)


# Real news sentences stay far below this (the longest of 12,700 in the ECB+ dev articles and
# the seeds: 635 characters).
MAX_SENTENCE_CHARS = 1000

# An end mark: only at the start of a run of marks (the lookbehind), possessive, so a flood of
# "....." without a following space costs one pass, not one pass per mark. French closes a
# quotation after a space ("texte. »").
_END = re.compile(r"(?<![.!?…])[.!?…]++(?:[ \u00a0\u202f]?[»›])?[\"'”’“)\]]*+(?=\s)")
_SPACE = re.compile(r"\s*+")
_OPENING = "\"'“‘„«‹([¿¡"
_NEXT_WORD = re.compile(rf"[{re.escape(_OPENING)}]*+([^\W\d_]+)")
# Where an over-long piece may be cut: after a clause mark, else at a space.
_SOFT_BREAK = re.compile(r"[;,:]\s")
_ACRONYM = re.compile(r"^(?:[^\W\d_]\.){2,}$")
_STARTS_SENTENCE = re.compile(rf"[{re.escape(_OPENING)}]*+(\w)")


def split_sentences(text: str, language: str | None = DEFAULT_LANGUAGE) -> list[Sentence]:
    """Every sentence of `text`, in order, trimmed of surrounding whitespace; `language` (a
    code such as "es" or "pt-BR") says which abbreviations do not end one."""
    words = _words(language)
    out: list[Sentence] = []
    paragraph = 0
    for line in re.finditer(r"[^\n]+", text):
        if not line.group().strip():
            continue
        for start, end in _cap_length(text, _split_line(text, line.start(), line.end(), words)):
            out.append(Sentence(start, end, text[start:end], paragraph, len(out)))
        paragraph += 1
    return out


def _split_line(text: str, start: int, end: int, words: _Words) -> list[tuple[int, int]]:
    pieces = []
    cut = start
    for m in _END.finditer(text, start, end):
        after = _SPACE.match(text, m.end(), end).end()
        if after >= end or not _starts_sentence(text, after, end):
            continue
        if _is_abbreviation(text, cut, m.start() + 1, m.group(), after, end, words):
            continue
        pieces.append((cut, m.end()))
        cut = m.end()
    pieces.append((cut, end))
    return [t for t in (_trim(text, a, b) for a, b in pieces) if t]


def _starts_sentence(text: str, at: int, end: int) -> bool:
    """Whether the text at `at` starts like a sentence: a capital or a digit, after any
    opening quotes or brackets."""
    m = _STARTS_SENTENCE.match(text, at, end)
    return bool(m) and (m.group(1).isupper() or m.group(1) in "0123456789")


def _is_abbreviation(text: str, cut: int, stop: int, mark: str, after: int, end: int,
                     words: _Words) -> bool:
    """Whether the period at text[stop - 1] belongs to a word rather than ending it; the
    word runs back to the last space after `cut`, the next one starts at `after`."""
    if mark != ".":  # "?", "!", or a period followed by a closing quote: a real end
        return False
    begin = stop
    while begin > cut and not text[begin - 1].isspace():
        begin -= 1
    if begin == stop:
        return False
    token = text[begin:stop].lstrip(_OPENING)
    bare = token.rstrip(".").lower()
    next_word = _NEXT_WORD.match(text, after, end)
    following = next_word.group(1).lower() if next_word else ""
    if len(bare) == 1 and bare.isalpha() and token[0].isupper():  # initial: "V. Putin"
        return True
    if bare in words.numerals:  # "No. 10" but "said no. Then ..."
        return text[after:after + 1].isdigit()
    if bare in words.titles:
        return True
    if words.months and bare.isdigit() and len(bare) <= 2 and following in words.months:
        return True  # an ordinal day: "am 3. März"
    if _ACRONYM.match(token) or bare in words.closers:
        return following not in words.openers
    return False


def _cap_length(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces, each longer than MAX_SENTENCE_CHARS cut at its last clause mark or space
    before the limit (or at the limit when it has neither)."""
    out = []
    for start, end in pieces:
        while end - start > MAX_SENTENCE_CHARS:
            limit = start + MAX_SENTENCE_CHARS
            marks = [b.end() for b in _SOFT_BREAK.finditer(text, limit - 200, limit)]
            cut = marks[-1] if marks else text.rfind(" ", start + 1, limit) + 1 or limit
            piece = _trim(text, start, cut)
            if piece:
                out.append(piece)
            start = cut
        piece = _trim(text, start, end)
        if piece:
            out.append(piece)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
