"""Infer the publication date of an article that came without one.

Relative expressions ("on Monday", "today", "last year") need an anchor to resolve, so the
clues are read with the tagger run without one (dct=None), which still resolves absolute dates,
and from the other documents of the run:

1. A date the article itself presents as "now": a dateline ("MOSCOW, March 20, 2023 (Reuters)
   -"), a date in the same sentence as "today", or a weekday-date pair ("Monday, Oct. 26"),
   whose weekday also fixes a missing year.
2. Bounds: the article was written on or after the latest full date it reports in the past or
   present tense, after a month or year it names as a whole ("in December 2022", "in 2022":
   said in that month one writes "this month"), and before the start of a season, month or
   date it names in the future tense.
3. The other documents of the run that carry a publication date: for each candidate day, the
   article is tagged as if published that day, its events are found, and the candidate scores
   one point for each of its events that the dedup stage merges with an event of another
   document. News reports events promptly, so of the best candidates the earliest wins.
   Candidates just after a month-day the article names ("December 21") lose a little: within
   a week of a date, news style names the weekday instead.

The answer comes with a confidence (0..1) and a one-line reason; the pipeline uses it only
above a threshold the user sets.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable, Sequence

from timeline import dedup
from timeline.model import Document, EventMention, TimeMention, precision_rank
from timeline.temporal import tag

# How far around another document's publication date a candidate day is looked for.
CANDIDATE_REACH_DAYS = 10
# A month-day named by the article is probably at least this many days old when published
# (news style uses weekday names for the week before); candidates closer lose this much.
WEEKDAY_WINDOW_DAYS = 7
RECENT_DATE_PENALTY = 0.5
# A lead event dated by publication happened on that day or up to this many days before.
LEAD_SLACK_DAYS = 3
# Confidence of each kind of clue (0..1). A dateline or "today" next to a full date is nearly
# certain; a lone lower bound is a guess, left below the default threshold of 0.6.
CONF_DATELINE = 0.9
CONF_TODAY_DATE = 0.85
CONF_WEEKDAY_DATE = 0.7
CONF_LOWER_BOUND = 0.4

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.I)
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_MONTH_OR_YEAR = re.compile(r"^\d{4}(?:-\d{2})?$")
_TODAY = re.compile(r"\b(today|tonight|this (?:morning|afternoon|evening))\b", re.I)
# The first line(s) of a story: "MOSCOW, March 20 (Reuters) -", "Beijing, 30 December 2022 –".
_DATELINE_REACH = 160
_DATELINE_END = re.compile(r"\s[–—-]+\s|\(\w[^)]*\)")


def infer_anchor(doc: Document, others: Sequence[Document] = (),
                 today: date | None = None) -> tuple[date | None, float, str]:
    """(publication date, confidence 0..1, reason) for a document; (None, 0.0, reason) when
    the text and the other documents do not pin it down.

    `others`: documents of the same run; only those with a publication date are used.
    `today`: the latest possible publication date (default: the system date); it only
    bounds the year a weekday-date pair can fall in."""
    today = today or date.today()
    mentions = tag(doc.text, None, doc.id)
    lower, lower_why = _lower_bound(doc.text, mentions)
    upper = _upper_bound(mentions, today)

    direct = _direct_clue(doc.text, mentions, lower, upper)
    if direct is not None:
        return direct

    dated_others = [o for o in others if o.published is not None and o.id != doc.id]
    if dated_others:
        found = _from_other_documents(doc, mentions, dated_others, lower, upper)
        if found is not None:
            return found

    if lower is not None and lower <= upper:
        return (lower, CONF_LOWER_BOUND,
                f"only a lower bound: the latest date the text reports, {lower_why}")
    return None, 0.0, "no full date, dateline or shared event to infer the date from"


# ---------------------------------------------------------------- bounds

def _past_or_present(m: TimeMention) -> bool:
    return m.tense != "future" and (m.span is None or m.span.kind == "point")


def _lower_bound(text: str, mentions: Sequence[TimeMention]) -> tuple[date | None, str]:
    best, why = None, ""
    for m in mentions:
        if m.span is None or not _past_or_present(m) or m.type not in ("DATE", "TIME"):
            continue
        value = m.value.split("T")[0]
        if _FULL_DATE.match(value):
            day = m.span.first
        elif _MONTH_OR_YEAR.match(value):
            day = m.span.last  # "in December 2022": written once that month was over
        else:
            continue
        if best is None or day > best:
            best, why = day, f"'{m.text}' ({day.isoformat()})"
    return best, why


def _upper_bound(mentions: Sequence[TimeMention], today: date) -> date:
    """Before the start of anything named in the future tense with its year."""
    upper = today
    for m in mentions:
        if m.span is not None and m.tense == "future" and m.span.kind == "point":
            upper = min(upper, m.span.first - timedelta(days=1))
    return upper


# ---------------------------------------------------------------- clues in the text itself

def _direct_clue(text: str, mentions: Sequence[TimeMention], lower: date | None, upper: date):
    sentences = _sentence_bounds(text)
    for m in mentions:
        if m.type not in ("DATE", "TIME"):
            continue
        day = _day_of(m, text, lower, upper)
        if day is None:
            continue
        if m.start < _DATELINE_REACH and _DATELINE_END.search(text, m.end, m.end + 40) \
                and "\n" not in text[:m.start].strip():
            return day, CONF_DATELINE, f"dateline '{text[:m.end].strip()}'"
        s, e = next(((a, b) for a, b in sentences if a <= m.start < b), (0, len(text)))
        if _TODAY.search(text, s, e):
            return day, CONF_TODAY_DATE, f"'{m.text}' in the same sentence as 'today'"
    for m in mentions:
        if m.type in ("DATE", "TIME") and _WEEKDAY.search(m.text):
            day = _day_of(m, text, lower, upper)
            if day is not None:
                return day, CONF_WEEKDAY_DATE, f"weekday-date pair '{m.text}'"
    return None


def _day_of(m: TimeMention, text: str, lower: date | None, upper: date) -> date | None:
    """The day a mention names on its own: a full date, or a month-day whose weekday, given
    beside it, fixes the year."""
    value = m.value.split("T")[0]
    if _FULL_DATE.match(value) and m.anchor is None and m.span is not None:
        day = m.span.first
        return day if (lower is None or day >= lower) and day <= upper else None
    md = _MONTH_DAY.match(value)
    wd = _WEEKDAY.search(m.text)
    if md and wd:
        weekday = _WEEKDAYS.index(wd.group(1).lower())
        for year in range(upper.year, upper.year - 30, -1):
            try:
                day = date(year, int(md[1]), int(md[2]))
            except ValueError:
                continue
            if day > upper or day.weekday() != weekday:
                continue
            if lower is not None and day < lower:
                return None
            return day
    return None


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    from timeline.sentences import split_sentences
    return [(s.start, s.end) for s in split_sentences(text)]


# ---------------------------------------------------------------- other documents

@lru_cache(maxsize=256)
def _events_of(doc: Document) -> tuple[EventMention, ...]:
    from timeline.pipeline import process_document
    return tuple(process_document(doc)[1])


# Own events whose date depends on the candidate day, and events of the other documents, are
# compared up to this precision: coarser spans (a season, a year) contain too many days to say
# anything about one.
MATCH_PRECISION = precision_rank("month")
# An own event that has the same actors and action as another document's event but lands on
# other days counts against the candidate by this much (a match counts 1). Zero: in a run about
# one story the protagonists meet and talk on many days, so a miss is no evidence.
APART_PENALTY = 0.0


def _comparable(m: EventMention) -> bool:
    return (m.span.kind in ("point", "approximate")
            and precision_rank(m.span.precision) <= MATCH_PRECISION)


def _anchored(m: EventMention) -> bool:
    """Whether the mention's date comes from the publication date ("on Monday", the lead)."""
    return m.dated_by == "publication" or (
        m.time is not None and m.time.anchor is not None and m.time.anchor.kind == "published")


def _candidate_score(events: Sequence[EventMention], other_events: Sequence[EventMention],
                     day: date):
    """(score, reasons): each own anchored event that the dedup stage would merge with an event
    of another document, naming the same kind of action with the same subject, scores 1; one that reports the same actors and action as another
    document's event but on days that do not fit costs APART_PENALTY."""
    from timeline.events import _FUTURE_CUE
    # An event the text reports without future wording cannot fall after publication: a
    # candidate that puts it there ("December 21" read as this year's) gets no credit for it.
    own = [m for m in events if _anchored(m) and _comparable(m)
           and (m.span.first <= day or _FUTURE_CUE.search(m.sentence))]
    if not own:
        return 0.0, []
    items = own + list(other_events)
    sim = dedup._similarity(items)
    country_like = dedup._country_like(t for x in items for t in dedup._entity_tokens(x))
    score, why = 0.0, []
    for i, m in enumerate(own):
        linked, apart = None, None
        for j in range(len(own), len(items)):
            o = items[j]
            pair = sim(i, j)
            if pair[2] and dedup._linked(m, o, pair) and _same_subject(m, o, country_like):
                if linked is None or dedup._score(pair) > dedup._score(linked[1]):
                    linked = (o, pair)
            elif apart is None and _same_content(pair):
                apart = o
        if linked is not None:
            score += 1.0
            why.append(f"'{m.headline[:50]}' ~ {linked[0].doc_id}")
        elif apart is not None:
            score -= APART_PENALTY
    return score, why


def _subject(m: EventMention, country_like) -> frozenset[str]:
    """The first person or body the sentence names that is not a place ("Medvedev", "Xi
    Jinping", "Shanghai Cooperation Organization"): usually who acted."""
    places = dedup._place_tokens(m)
    for e in m.entities:
        words = frozenset(dedup._actor_tokens(
            replace(m, entities=(e,)), country_like)) - places
        if words:
            return words
    return frozenset()


def _same_subject(a: EventMention, b: EventMention, country_like) -> bool:
    """Whether each mention's subject is among the other's actors (skipped when one has none):
    across days and years the same protagonists do many things, so when the date is what is
    being inferred, who acted must agree, not only who was there."""
    sa, sb = _subject(a, country_like), _subject(b, country_like)
    if not sa or not sb:
        return True
    ta = dedup._actor_tokens(a, country_like)
    tb = dedup._actor_tokens(b, country_like)
    return bool(sa & tb) and bool(sb & ta)


def _same_content(pair: tuple[float, float, float]) -> bool:
    """Same actors and the same kind of action: the same event if the dates allowed it."""
    action, actors, same_class = pair
    return bool(same_class) and actors >= dedup.ENTITY_FLOOR and \
        dedup._score(pair) >= dedup.MERGE_THRESHOLD


def _from_other_documents(doc: Document, mentions: Sequence[TimeMention],
                          others: Sequence[Document], lower: date | None, upper: date):
    """Score each candidate day by how many of the article's dated events ("on Monday",
    "today", "December 21", the lead), resolved as if it were published that day, land on the
    days where other articles of the run report the same event (same actors and action, as
    the dedup stage decides), less a penalty for those that then miss a report of the same
    event. News reports events promptly, so of the best candidates the earliest wins."""
    other_events = [m for o in others for m in _events_of(o) if _comparable(m)]
    if not other_events:
        return None
    candidates = sorted({o.published + timedelta(days=k) for o in others
                         for k in range(-CANDIDATE_REACH_DAYS, CANDIDATE_REACH_DAYS + 1)})
    candidates = [d for d in candidates if (lower is None or d >= lower) and d <= upper]
    month_days = [m for m in mentions if _MONTH_DAY.match(m.value.split("T")[0])
                  and m.tense != "future"]
    scores: dict[date, float] = {}
    shared: dict[date, list[str]] = {}
    for day in candidates:
        events = _events_of(replace(doc, published=day, published_from="inferred"))
        score, why = _candidate_score(events, other_events, day)
        for m in month_days:
            md = _MONTH_DAY.match(m.value.split("T")[0])
            try:
                named = date(day.year, int(md[1]), int(md[2]))
                if named > day:
                    named = date(day.year - 1, named.month, named.day)
            except ValueError:
                continue
            if 0 <= (day - named).days < WEEKDAY_WINDOW_DAYS:
                score -= RECENT_DATE_PENALTY
        scores[day] = round(score, 6)
        shared[day] = why
    if not scores:
        return None
    top = max(scores.values())
    if top <= 0:
        return None
    best = [d for d in sorted(scores) if scores[d] == top]
    first = best[0]
    width = 1
    while first + timedelta(days=width) in best:
        width += 1
    scattered = len(best) > width
    runner_up = max((v for v in scores.values() if v < top), default=0.0)
    margin = min(1.0, max(0.0, (top - runner_up) / top))
    if scattered:
        confidence = 0.3
    elif width <= 3:
        confidence = 0.8
    elif width <= 7:
        confidence = 0.65
    elif width <= 14:
        confidence = 0.5
    else:
        confidence = 0.35
    confidence *= 0.6 + 0.4 * margin
    if top < 2:
        confidence *= 0.75  # one shared event is thin evidence
    span = (f"{first.isoformat()}..{(first + timedelta(days=width - 1)).isoformat()}"
            if width > 1 else first.isoformat())
    what = "; ".join(dict.fromkeys(shared[first]))[:200]
    reason = (f"{top:g} of its dated events fall on the days other articles of the run report "
              f"the same events when published {span}"
              f"{' (and other, scattered days)' if scattered else ''}; earliest taken: {what}")
    return first, round(confidence, 2), reason


def infer_anchors(documents: Iterable[Document], threshold: float
                  ) -> tuple[list[Document], list[str]]:
    """The documents with inferred publication dates where confidence >= threshold, and a
    warning for each document without one (inferred, or left unresolved)."""
    documents = list(documents)
    dated = [d for d in documents if d.published is not None]
    out, warnings = [], []
    for doc in documents:
        if doc.published is not None:
            out.append(doc)
            continue
        where = doc.path or doc.id
        day, confidence, reason = infer_anchor(doc, dated)
        if day is not None and confidence >= threshold:
            out.append(replace(doc, published=day, published_from="inferred"))
            warnings.append(f"{where}: no publication date; inferred {day.isoformat()} "
                            f"(confidence {confidence:.2f}): {reason}")
        else:
            out.append(doc)
            guess = (f"; best guess {day.isoformat()} (confidence {confidence:.2f}, below the "
                     f"threshold {threshold:.2f}): {reason}" if day is not None else
                     f"; nothing to infer it from ({reason})")
            warnings.append(f"{where}: no publication date, so its relative dates ('on Monday',"
                            f" 'last year') stay unresolved{guess}; give one with --anchor or a "
                            f"manifest")
    return out, warnings
