"""Tagging a document: find its temporal expressions and resolve each against its anchor.

This is the one code path for both `timeline build` and `timeline tag`, so what the
benchmark measures is what the timeline uses.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, datetime, timedelta
from functools import partial

from ..model import Anchor, TimeMention, TimeSpan
from . import calendar as cal
from .anniversary import anniversaries
from .patterns import add_trailing_days, find_candidates, join_time_and_day, select
from .resolve import Context, Reading, Reference, resolve
from .lexicon import EN
from .tense import TenseReader


def _words(words) -> str:
    """An alternation of English words (en.py), spaces as any run of spaces."""
    return "|".join(w.replace(" ", r"\s+") for w in words)


# The word in front of an expression that turns its span into a bound.
_BEFORE_WORDS = EN["bounds"]["before"]
_AFTER_WORDS = EN["bounds"]["after"]
_BEFORE = re.compile(r"\b(?:" + _words(_BEFORE_WORDS) + r")\s+$", re.I)
_AFTER = re.compile(r"\b(?:" + _words(_AFTER_WORDS) + r")\s+$", re.I)
# The last word of each: a text before the expression that ends with none of them (past
# its spaces) matches neither regex, which is then not run (both are searched at every
# position of the 40 characters before each expression).
_BEFORE_ENDS = tuple(sorted({w.split()[-1] for w in _BEFORE_WORDS}))
_AFTER_ENDS = tuple(sorted({w.split()[-1] for w in _AFTER_WORDS}))


def _may_end_with(before: str, ends: tuple[str, ...]) -> bool:
    """False when `before` surely ends (past its spaces) with none of `ends`; beyond ASCII
    case folding is left to the regex."""
    return not before.isascii() or before.rstrip().lower().endswith(ends)
# "in less than 40 days", "within two weeks": a duration that sets a deadline ahead.
_WITHIN_NEXT = r"\s+(?:(?:" + _words(EN["within_next"]) + r")\s+)?$"
_WITHIN = re.compile(r"\b(?:" + _words(EN["within"]) + r")" + _WITHIN_NEXT, re.I)
# "early December", "the end of 2023", "mid-1990s": which third of the span the text means.
# The definite article (the first of `articles`) may stand before the word.
_THE = EN["articles"][0]
_PARTS = EN["span_heads"]
_PART_OF = re.compile(r"(?:" + _THE + r"\s+)?(" + _words(_PARTS) + r")\b", re.I)
_DAYS_PER_LETTER = {"D": 1, "W": 7, "M": 30, "Y": 365}
_PARAGRAPH = re.compile(r"\n\s*\n")
# "After a flat second quarter, the company ...": a time named as background to the one the
# text is about; what follows still refers to the time in focus before it.
_BACKGROUND_WORDS = tuple(EN["background"])
_BACKGROUND = re.compile(r"\b(?:" + _words(_BACKGROUND_WORDS) + r")\s+(?:(?:"
                         + _words(EN["background_determiners"]) + r")\s+)?(?:\w+\s+)?$", re.I)


def _in_background(text: str, start: int) -> bool:
    """_BACKGROUND before `start`, searched only where one of its words is (in ASCII)."""
    lo = max(0, start - 30)
    window = text[lo:start]
    if window.isascii() and not any(w in window.lower() for w in _BACKGROUND_WORDS):
        return False
    return bool(_BACKGROUND.search(text, lo, start))


# "the quarter ended Sept. 30": the date closes the period in focus; it does not replace it.
_ENDED = re.compile(r"\b(?:" + _words(EN["closing"]) + r")\s+$", re.I)


def tag(text: str, dct: date | str | None, doc_id: str = "") -> list[TimeMention]:
    """Every temporal expression of `text`, resolved against the creation date `dct` (a
    date, a datetime or an ISO 8601 string such as "2024-03-11").

    Without a dct, absolute dates still resolve; relative ones keep TIMEX3 placeholders
    (XXXX-12-21, PRESENT_REF), get no span and are flagged "unanchored". An expression
    whose date the calendar cannot hold (year 0, after 9999, February 31, "a hundred
    centuries ago" from a dct) keeps its type and words, gets no span and is flagged
    "out-of-range"; no input makes tag raise on a date."""
    dct = _creation_date(dct)
    chosen = add_trailing_days(text, join_time_and_day(text, select(find_candidates(text))))
    mentions: list[TimeMention] = []
    reference: Reference | None = None
    tenses = TenseReader(text)
    paragraphs = [m.end() for m in _PARAGRAPH.finditer(text)]
    for i, cand in enumerate(chosen):
        # The tense is read only for the expressions whose reading needs it.
        ctx = Context(text, dct, partial(tenses.at, cand.start, cand.end),
                      _reference_in_reach(paragraphs, reference, cand.start), 0.0,
                      cand.start, cand.end)
        words = text[cand.start:cand.end]
        reading = None
        try:
            reading = resolve(cand, ctx)
            if reading is None:
                continue
            nxt = chosen[i + 1] if i + 1 < len(chosen) else None
            reading, ctx = _pinned(text, cand, nxt, reading, ctx)
            mention = _mention(doc_id, cand.start, cand.end, words, reading, ctx, text)
        except (ValueError, OverflowError):  # a day before year 1, after 9999, or no such day
            mentions.append(_out_of_range(doc_id, cand, words, reading))
            continue
        mentions.append(mention)
        if reading.sets_reference and mention.span is not None and mention.span.kind == "point" \
                and not _ENDED.search(text, max(0, cand.start - 12), cand.start) \
                and not _in_background(text, cand.start):
            gran = cal.granularity_of(reading.value.split("T")[0])
            if gran:
                reference = Reference(reading.value, mention.span.first, gran, words, cand.start)
    return _with_anniversaries(mentions, anniversaries(text, mentions, doc_id, tenses))


def _with_anniversaries(mentions: list[TimeMention], found: list[TimeMention]
                        ) -> list[TimeMention]:
    """Each anniversary that overlaps no mention but the durations inside it ("the one-year
    anniversary of ...": its "one-year" is no duration of its own) replaces them. The
    mentions do not overlap one another, nor do the anniversaries, so each is judged
    against the mentions alone, found by bisection."""
    if not found:
        return mentions
    starts = [m.start for m in mentions]
    dropped: set[int] = set()
    kept = []
    for a in found:
        first = bisect_left(starts, a.start)
        while first > 0 and mentions[first - 1].end > a.start:
            first -= 1
        last = bisect_left(starts, a.end)
        near = range(first, last)
        if all(a.start <= mentions[k].start and mentions[k].end <= a.end
               and mentions[k].type == "DURATION" for k in near):
            dropped.update(near)
            kept.append(a)
    return sorted([m for k, m in enumerate(mentions) if k not in dropped] + kept,
                  key=lambda m: (m.start, m.end))


def _creation_date(dct) -> date | None:
    if dct is None or type(dct) is date:
        return dct
    if isinstance(dct, datetime):
        return dct.date()
    if isinstance(dct, str):
        try:
            return datetime.fromisoformat(dct.strip()).date()
        except ValueError:
            raise ValueError(f"dct {dct!r} is no ISO 8601 date (expected e.g. 2024-03-11)") \
                from None
    if isinstance(dct, date):
        return date(dct.year, dct.month, dct.day)
    raise TypeError(f"dct must be a date, a datetime, an ISO 8601 string or None, "
                    f"not {type(dct).__name__}")


# The TIMEX3 type each rule gives, for an expression whose value is out of range.
_RULE_TYPES = {"duration": "DURATION", "bare_units": "DURATION", "a_unit": "DURATION",
               "set": "SET", "clock": "TIME", "datetime": "TIME", "part_of_day": "TIME"}
_PLACEHOLDERS = {"DATE": "XXXX-XX-XX", "TIME": "XXXX-XX-XXTXX:XX", "DURATION": "PXD",
                 "SET": "XXXX-XX-XX"}


def _out_of_range(doc_id: str, cand, words: str, reading: Reading | None) -> TimeMention:
    """An expression kept with no span: its value, when known, is out of the calendar."""
    type_ = reading.type if reading is not None else _RULE_TYPES.get(cand.rule, "DATE")
    value = reading.value if reading is not None else _PLACEHOLDERS[type_]
    return TimeMention(doc_id=doc_id, start=cand.start, end=cand.end, text=words, type=type_,
                       value=value, span=None, anchor=None, tense=None, confidence=0.1,
                       flags=("out-of-range",))


# "20 days later on February 24, 2022": an offset followed by the full date it lands on.
_PIN_GAP = re.compile(r"\s*(?:,\s*)?(?:" + _words(EN["pin_gap"]) + r")\s+$")
_EXPLICIT = ("iso", "numeric", "numeric_dmy", "numeric_ymd", "mdy", "dmy", "month_year")


def _pinned(text: str, cand, nxt, reading: Reading, ctx: Context):
    """An offset from a named time ("20 days later") that the text pins with an explicit
    date right after it takes that date, and that date becomes its anchor."""
    if cand.rule != "ago" or (cand.g("dir") or "").lower() == "ago":
        return reading, ctx
    if nxt is None or nxt.rule not in _EXPLICIT or not nxt.g("year") or \
            not _PIN_GAP.match(text[cand.end:nxt.start] + " "):
        return reading, ctx
    pinned = resolve(nxt, ctx)
    if pinned is None or pinned.value == reading.value:
        return reading, ctx
    words = text[nxt.start:nxt.end]
    day = cal.parse_value(pinned.value.split("T")[0])
    if day is None:
        return reading, ctx
    ref = Reference(pinned.value, day[0], day[2], words, nxt.start)
    return (Reading(reading.type, pinned.value, "mention", confidence=0.9),
            Context(ctx.text, ctx.dct, ctx.tense, ref, ctx.tense_strength, ctx.start, ctx.end))


def _reference_in_reach(paragraphs: list[int], reference: Reference | None, start: int
                        ) -> Reference | None:
    """A named time stays the reference for anaphora ("the next day") across a few
    paragraphs at most: further on, the publication date is the better guess.
    `paragraphs` holds where each paragraph break of the text ends."""
    if reference is None:
        return None
    # Breaks lie between mentions, so none straddles either end of the range.
    if bisect_left(paragraphs, start + 1) - bisect_left(paragraphs, reference.start) > 2:
        return None
    return reference


def _mention(doc_id: str, start: int, end: int, words: str, reading: Reading, ctx: Context,
             text: str) -> TimeMention:
    anchor = _anchor(reading, ctx)
    span = _span(reading, ctx, text, start, end, anchor)
    flags = []
    if reading.anchor == "unanchored":
        flags.append("unanchored")
    return TimeMention(
        doc_id=doc_id, start=start, end=end, text=words, type=reading.type,
        value=reading.value, span=span, anchor=anchor,
        tense=ctx.tense if reading.used_tense else None,
        confidence=reading.confidence, flags=tuple(flags))


def _anchor(reading: Reading, ctx: Context) -> Anchor | None:
    if reading.anchor == "published":
        return Anchor("published", ctx.dct)
    if reading.anchor == "mention" and ctx.reference is not None:
        ref = ctx.reference
        return Anchor("mention", ref.day, ref.text, ref.start)
    if reading.anchor == "unanchored":
        return Anchor("none")
    return None


# "from March 20 to 22": what follows closes the range, so "from" starts it, not "since".
_RANGE_END = re.compile(r"\s*(?:" + _words(EN["range_ends"]) + r"|[-–—])\s*(?:" + _THE
                        + r"\s+)?(?:\d|[A-Z])")


_WEEKEND = re.compile(r"-WE$")


def _span(reading: Reading, ctx: Context, text: str, start: int, end: int,
          anchor: Anchor | None) -> TimeSpan | None:
    before = text[max(0, start - 40):start]
    if reading.type == "DURATION":
        return _deadline(reading, ctx, before, text[start:start + 40])
    if reading.type not in ("DATE", "TIME"):
        return None
    value = reading.value.split("T")[0]
    if _WEEKEND.search(reading.value):
        value = reading.value
    kind = "point"
    if _may_end_with(before, _BEFORE_ENDS) and _BEFORE.search(before):
        kind = "before"
    elif _may_end_with(before, _AFTER_ENDS) and _AFTER.search(before) \
            and not _RANGE_END.match(text, end):
        kind = "after"
    elif reading.approximate:
        kind = "approximate"
    if reading.approx_span is not None:
        first, last, precision, center = reading.approx_span
        return TimeSpan(first, last, precision, center, "approximate", reading.slack_days)
    part = _PART_OF.match(text, start)
    return cal.span_of(value, kind, reading.slack_days if kind == "approximate" else 0,
                       anchor=ctx.dct, part=_PARTS[part.group(1).lower()] if part else None)


# Of `about`, the upper bounds, those that exclude the count, and the approximate words.
_UPPER_BOUND = re.compile(_words(w for w, k in EN["about"].items() if k == "less"), re.I)
_ROUGHLY = re.compile(_words(w for w, k in EN["about"].items() if k == "approx"), re.I)
_STRICTLY_UNDER = re.compile(_words(EN["about_below"]), re.I)
_WITHIN_ONLY = re.compile(r"(?:" + _words(w for w, k in EN["within"].items() if k == "deadline")
                          + r")" + _WITHIN_NEXT, re.I)
_COUNT_OF_DAYS = re.compile(r"P(\d+)([DWMY])")


def _deadline(reading: Reading, ctx: Context, before: str, words: str) -> TimeSpan | None:
    """A duration counted ahead in a future clause: "in 10 days" is a day, "in about a
    month" a day with slack, "within two weeks" and "in less than 40 days" a deadline."""
    if ctx.dct is None or not _WITHIN.search(before) or ctx.tense != "future":
        return None
    m = _COUNT_OF_DAYS.fullmatch(reading.value)
    if not m:
        return None
    n, letter = int(m[1]), m[2]
    if letter == "M":
        day = cal.shift(ctx.dct, "month", n)
    elif letter == "Y":
        day = cal.shift(ctx.dct, "year", n)
    else:
        day = ctx.dct + timedelta(days=n * _DAYS_PER_LETTER[letter])
    if _UPPER_BOUND.match(words):  # "in less than 40 days": day 39 at the latest
        last = day - timedelta(days=1) if _STRICTLY_UNDER.match(words) \
            else day
        return TimeSpan(ctx.dct + timedelta(days=1), last, "day", last.isoformat(), "before")
    if _WITHIN_ONLY.search(before):
        return TimeSpan(ctx.dct + timedelta(days=1), day, "day", day.isoformat(), "before")
    if _ROUGHLY.match(words):
        slack = max(1, (day - ctx.dct).days // 4)
        return TimeSpan(day, day, "day", day.isoformat(), "approximate", slack)
    return TimeSpan(day, day, "day", day.isoformat(), "point")
