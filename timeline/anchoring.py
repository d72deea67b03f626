"""Infer the publication date of an article that came without one.

Relative expressions ("on Monday", "today", "last year") need an anchor to resolve, so the
clues are read with the tagger run without one (dct=None), which still resolves absolute dates,
and from the other documents of the run:

1. The page's own furniture (timeline.furniture), in the document's language: a PUBLISHED or
   Posted line, a wire dateline with a full date ("MOSCOW, March 20, 2023 (Reuters) -"), a
   bare date line under the title, an UPDATED line. A strong one (confidence >=
   FURNITURE_STRONG) is taken before any other clue; an UPDATED date also bounds the search
   from above. A stamp with a month-day but no year ("Jul. 7 5:59 PM EDT") gives the day when
   the related documents (4.) were all published near it in one year.
2. A date the article itself presents as "now": a date in the same sentence as "today", or a
   weekday-date pair ("Monday, Oct. 26"), whose weekday also fixes a missing year. Sentences,
   weekday names and "today" words are the document's language's (timeline.sentences,
   the calendar words, timeline.languages.anchor_words).
3. Bounds: the article was written on or after the latest full date it reports in the past or
   present tense, after a month or year it names as a whole ("in December 2022", "in 2022":
   said in that month one writes "this month"), and before the start of a season, month or
   date it names in the future tense.
4. The other documents of the run that carry a publication date. Only the few that share the
   most rare words with the article are compared (an inverted index over the run), and their
   event mentions are matched with the article's by content once (timeline.corroboration).
   The article is tagged once per weekday at most, not once per candidate day: a relative
   date moves with the candidate (a day offset by whole weeks, a month or year offset by
   months or years, a month-day to the nearest year in its direction). Each candidate day
   scores one point for each of the article's dated events that then lands on the days of a
   matching report. News reports events promptly, so of the best candidates the earliest wins.
   Candidates just after a month-day the article names ("December 21") lose a little: within
   a week of a date, news style names the weekday instead. One report event confirms one of
   the article's events at most. A second round compares the articles still undated with
   those the first round dated, so a run where no article carries a date starts from the
   furniture of some.

The answer comes with a confidence (0..1) and a one-line reason; the pipeline uses it only
above a threshold the user sets.
"""
from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import import_module
from typing import Callable, Iterable, Sequence

from .corroboration import Matcher
from .events import extract_events
from .furniture import find_furniture, publication_date
from .languages import SUPPORTED
from .languages.anchor_words import ANCHOR_WORDS
from .model import (Document, EventMention, TimeMention, TimeSpan, language_code,
                    precision_rank)
from .narrative import tag_document
from .representation import lexicon, other_counts
from .sentences import split_sentences
from .temporal.lexicon import WEEKDAY_ABBREV_NEEDS_DOT, WEEKDAYS

# How far around another document's publication date a candidate day is looked for.
CANDIDATE_REACH_DAYS = 10
# A month-day named by the article is probably at least this many days old when published
# (news style uses weekday names for the week before); candidates closer lose this much.
WEEKDAY_WINDOW_DAYS = 7
RECENT_DATE_PENALTY = 0.5
# Confidence of each kind of clue (0..1). "today" next to a full date is nearly certain; a
# lone lower bound is a guess, left below the default threshold of 0.6.
CONF_TODAY_DATE = 0.85
CONF_WEEKDAY_DATE = 0.7
CONF_LOWER_BOUND = 0.4
# A weekday-date pair ("Thursday, December 11") whose year nothing in the text bounds: the
# latest year that fits is a guess, below the default threshold.
CONF_YEAR_GUESSED = 0.45
WEEKDAY_YEAR_REACH = 30
# A furniture date at least this sure is taken before every other clue (the default
# threshold of the pipeline); a weaker one is the fallback when nothing else is found.
FURNITURE_STRONG = 0.6
# How many of the run's dated documents are compared with an undated one: those sharing the
# most rare words with it. Bounds the cost of one undated article whatever the run's size.
RELATED_DOCUMENTS = 12
# Words of fewer letters, and words in more than this share of the run's documents, do not
# relate two documents.
RELATED_MIN_LETTERS = 4
RELATED_MAX_DF = 0.2

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_CALENDAR_NO_YEAR = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?$")
_MONTH_OR_YEAR = re.compile(r"^\d{4}(?:-\d{2})?$")
_DOC_WORD = re.compile(r"[^\W\d_]{%d,}" % RELATED_MIN_LETTERS)

EventsOf = Callable[[Document], Sequence[EventMention]]


class _Words:
    """One language's words for the clues in the text (timeline.languages.anchor_words and
    the language's calendar words), compiled once."""

    def __init__(self, code: str):
        if code == "en":
            # Full names only: "Wed." beside a date is rare, and "sun", "sat" are words.
            names = {w: i for w, i in WEEKDAYS.items() if w not in WEEKDAY_ABBREV_NEEDS_DOT}
        else:
            names = dict(import_module(f"{__package__}.languages.data.{code}").DATA["weekdays"])
        self.weekdays = names
        self.weekday = re.compile(r"\b(" + _alternation(names) + r")\b", re.I)
        today = ANCHOR_WORDS.get(code, {}).get("today", ())
        self.today = re.compile(r"\b(" + _alternation(today) + r")\b", re.I) if today else None


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def _words(language: str | None) -> _Words:
    """The words of `language`; a language without calendar data gets English's, as its
    dates are read by the English tagger."""
    code = language_code(language)
    return _Words(code if code in SUPPORTED else "en")


def _tag(doc: Document, dct: date | None) -> list[TimeMention]:
    """The document's temporal expressions in its language. Read as news whatever the
    document's mode: inference asks what the text says relative to the day of writing."""
    return tag_document(doc.text, dct, doc.id, "news", language=doc.language)


def infer_anchor(doc: Document, others: Sequence[Document] = (),
                 today: date | None = None, events_of: EventsOf | None = None
                 ) -> tuple[date | None, float, str]:
    """(publication date, confidence 0..1, reason) for a document; (None, 0.0, reason) when
    the text and the other documents do not pin it down.

    `others`: documents of the same run; only those with a publication date are used.
    `today`: the latest possible publication date (default: the system date); it only
    bounds the year a weekday-date pair can fall in.
    `events_of`: the event mentions of a dated document, when the caller has them already
    (default: tag and extract them here, for the few related documents only)."""
    return _Run(others, events_of).infer(doc, today or date.today())


class _Run:
    """The dated documents of a run, indexed once for every undated document."""

    def __init__(self, documents: Iterable[Document], events_of: EventsOf | None = None):
        self.dated = [d for d in documents if d.published is not None]
        self.events_of = events_of or _events_of
        self._index: dict[str, list[int]] | None = None
        self._df_cap = 0

    # ------------------------------------------------------------ related documents

    def _words_index(self) -> dict[str, list[int]]:
        if self._index is None:
            index: dict[str, list[int]] = defaultdict(list)
            for i, d in enumerate(self.dated):
                for w in sorted(set(_DOC_WORD.findall(d.text.lower()))):
                    index[w].append(i)
            self._index = index
            self._df_cap = max(2, int(RELATED_MAX_DF * len(self.dated)))
        return self._index

    def related(self, doc: Document) -> list[Document]:
        """The dated documents sharing the most rare words with `doc`, best first."""
        index = self._words_index()
        n = len(self.dated)
        score: dict[int, float] = defaultdict(float)
        for w in set(_DOC_WORD.findall(doc.text.lower())):
            hits = index.get(w, ())
            if hits and len(hits) <= self._df_cap:
                idf = math.log((1 + n) / len(hits))
                for i in hits:
                    score[i] += idf
        best = sorted((i for i in score if self.dated[i].id != doc.id),
                      key=lambda i: (-score[i], i))
        return [self.dated[i] for i in best[:RELATED_DOCUMENTS]]

    # ------------------------------------------------------------ one document

    def infer(self, doc: Document, today: date) -> tuple[date | None, float, str]:
        furniture = find_furniture(doc.text, doc.language)
        found = publication_date(doc.text, doc.language, furniture)
        if found is not None and found[0] > today:
            found = None
        if found is not None and found[1] >= FURNITURE_STRONG:
            return found
        inside = [(f.start, f.end) for f in furniture]
        mentions = [m for m in _tag(doc, None)
                    if not any(a <= m.start < b for a, b in inside)]
        lower, lower_why = _lower_bound(doc.text, mentions)
        upper = _upper_bound(mentions, today)
        updates = [f.day for f in furniture if f.kind == "updated" and f.day is not None]
        if updates:
            upper = min(upper, min(updates))  # published on or before its first update

        direct = _direct_clue(doc.text, mentions, lower, upper, doc.language)
        if direct is not None:
            return direct
        if found is not None:
            return found

        if self.dated:
            stamped = _stamp_year(doc, furniture, self.related(doc), lower, upper)
            if stamped is not None:
                return stamped
            found = _from_other_documents(doc, mentions, self.related(doc), self.events_of,
                                          lower, upper)
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

def _direct_clue(text: str, mentions: Sequence[TimeMention], lower: date | None, upper: date,
                 language: str | None = "en"):
    words = _words(language)
    sentences = split_sentences(text, language)
    starts = [s.start for s in sentences]
    for m in mentions:
        if m.type not in ("DATE", "TIME") or words.today is None:
            continue
        day, sure = _day_of(m, lower, upper, words)
        if day is None:
            continue
        i = bisect.bisect_right(starts, m.start) - 1
        if i < 0 or not sentences[i].start <= m.start < sentences[i].end:
            continue
        if words.today.search(text, sentences[i].start, sentences[i].end):
            return (day, CONF_TODAY_DATE if sure else CONF_YEAR_GUESSED,
                    f"'{m.text}' in the same sentence as 'today'"
                    + ("" if sure else f" (year {day.year} guessed from the weekday)"))
    for m in mentions:
        if m.type in ("DATE", "TIME") and words.weekday.search(m.text):
            day, sure = _day_of(m, lower, upper, words)
            if day is not None:
                return (day, CONF_WEEKDAY_DATE if sure else CONF_YEAR_GUESSED,
                        f"weekday-date pair '{m.text}'"
                        + ("" if sure else f" (year {day.year} guessed: the latest that fits "
                                           f"the weekday, nothing in the text bounds it)"))
    return None


def _day_of(m: TimeMention, lower: date | None, upper: date, words: _Words
            ) -> tuple[date | None, bool]:
    """The day a mention names on its own, and whether its year is certain: a full date, or a
    month-day whose weekday, given beside it, fixes the year. A weekday fits a month-day every
    5, 6 or 11 years, so the year is certain only when the text's own dates (the lower bound)
    leave one year that fits."""
    value = m.value.split("T")[0]
    if _FULL_DATE.match(value) and m.anchor is None and m.span is not None:
        day = m.span.first
        ok = (lower is None or day >= lower) and day <= upper
        return (day, True) if ok else (None, False)
    md = _MONTH_DAY.match(value)
    wd = words.weekday.search(m.text)
    if md and wd:
        weekday = words.weekdays[wd.group(1).lower()]
        fits = []
        for year in range(upper.year, upper.year - WEEKDAY_YEAR_REACH, -1):
            try:
                day = date(year, int(md[1]), int(md[2]))
            except ValueError:
                continue
            if day > upper or day.weekday() != weekday:
                continue
            if lower is not None and day < lower:
                break
            fits.append(day)
        if fits:
            return fits[0], lower is not None and len(fits) == 1
    return None, False


# ---------------------------------------------------------------- other documents

# A page stamped with a month-day but no year ("Jul. 7 5:59 PM EDT", "LONDON, Jan 3
# (Reuters) -"), whose related articles were all published near that day of one year: the
# day is the page's own, only the year comes from the run.
CONF_STAMP_YEAR_FROM_RUN = 0.65


def _stamp_year(doc: Document, furniture, related: Sequence[Document], lower: date | None,
                upper: date):
    stamp = next((f for f in furniture if f.month_day is not None
                  and f.kind in ("published", "dateline", "date-line")), None)
    if stamp is None or not related:
        return None
    month, day = stamp.month_day
    years = set()
    for o in related:
        for year in (o.published.year - 1, o.published.year, o.published.year + 1):
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            if abs((d - o.published).days) <= CANDIDATE_REACH_DAYS:
                years.add(year)
    fits = [date(y, month, day) for y in sorted(years)
            if (lower is None or date(y, month, day) >= lower) and date(y, month, day) <= upper]
    if len(fits) != 1 or len(years) != 1:
        return None  # no related article near that day, or several years: no answer
    words = " ".join(doc.text[stamp.start:stamp.end].split())[:80]
    return (fits[0], CONF_STAMP_YEAR_FROM_RUN,
            f"month-day stamp ({stamp.kind}) '{words}' gives the day; the year is that of "
            f"the related articles published near it")

@lru_cache(maxsize=512)
def _events_of(doc: Document) -> tuple[EventMention, ...]:
    return tuple(extract_events(doc, _tag(doc, doc.published)))


# Own events whose date depends on the candidate day, and events of the other documents, are
# compared up to this precision: coarser spans (a season, a year) contain too many days to say
# anything about one.
MATCH_PRECISION = precision_rank("month")
# How much a close runner-up day lowers the confidence: a best day that beats the next by a
# tenth of its score is nearly a tie (on TempEval-3 news, both such answers at 0.64 were
# wrong by two weeks or more).
MARGIN_WEIGHT = 0.5
# A shared event the article dates by a month-day without a year ("April 6") fits every
# candidate after that day: it says which year, not which day, so it counts this much.
CALENDAR_MATCH_WEIGHT = 0.25
# One shared event is thin evidence (on TempEval-3 news, 7 of 14 such answers were right):
# it keeps even a sharp, unique day below the default threshold.
ONE_EVENT_FACTOR = 0.65
# A day a matching report gives its event, and this many days after it, are candidates too.
REPORTED_DAY_REACH = 1
# A month-day without a year that the text reports as past lies at most this many days
# back when it names an earlier year: in TempEval-3 news, such dates (the DCT known) lie
# 43 to 195 days back, but for two fiscal-year ends 361 days back with the year in context.
# A candidate day that would put one further back loses STALE_DATE_PENALTY for it.
STALE_DAYS = 240
STALE_DATE_PENALTY = RECENT_DATE_PENALTY
# Reports this many days or more from the best day are of another occasion (a candidate
# day lies within CANDIDATE_REACH_DAYS of a related report, so two such reaches apart).
OTHER_OCCASION_DAYS = 2 * CANDIDATE_REACH_DAYS
# At most this many candidate days are scored (the nearest to the related documents' dates).
MAX_CANDIDATES = 2 * CANDIDATE_REACH_DAYS * RELATED_DOCUMENTS


def _comparable(m: EventMention) -> bool:
    return (m.span.kind in ("point", "approximate")
            and precision_rank(m.span.precision) <= MATCH_PRECISION)


def _anchored(m: EventMention) -> bool:
    """Whether the mention's date comes from the publication date ("on Monday", the lead)."""
    return m.dated_by == "publication" or (
        m.time is not None and m.time.anchor is not None and m.time.anchor.kind == "published")


def _months(d: date) -> int:
    return d.year * 12 + d.month - 1


def _add_months(d: date, n: int) -> date:
    k = _months(d) + n
    y, mo = divmod(k, 12)
    if not 1 <= y <= 9999:
        raise ValueError("year out of range")
    last = (date(y + (mo == 11), (mo + 1) % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, mo + 1, min(d.day, last))


def _shifted(span: TimeSpan, placeholder: str | None, ref: date, day: date) -> TimeSpan | None:
    """The span an expression resolved against `ref` takes when resolved against `day`.

    A month-day or month without a year ("December 21": placeholder XXXX-12-21) keeps its
    calendar place and takes the nearest year on the side of `day` it lay on of `ref`; a day
    or week offset ("yesterday", "on Monday", "last week") moves by the days between (whole
    weeks when weekdays matter, which the caller ensures); a month or year offset moves by
    months or years."""
    try:
        if placeholder and _CALENDAR_NO_YEAR.match(placeholder):
            past = span.first <= ref
            years = day.year - ref.year
            cand = [replace(span, first=_add_months(span.first, 12 * k),
                            last=_add_months(span.last, 12 * k))
                    for k in (years - 1, years, years + 1)]
            ok = [c for c in cand if (c.first <= day) == past]
            if not ok:
                return None
            return max(ok, key=lambda c: c.first) if past else min(ok, key=lambda c: c.first)
        precision = span.precision
        if precision in ("day", "week"):
            delta = day - ref
            return replace(span, first=span.first + delta, last=span.last + delta)
        if precision == "month":
            n = _months(day) - _months(ref)
        elif precision == "year":
            n = 12 * (day.year - ref.year)
        else:
            return None
        first = _add_months(span.first, n)
        last = _add_months(span.last.replace(day=1), n)
        last = _add_months(last, 1) - timedelta(days=1)
        return replace(span, first=first, last=last)
    except (ValueError, OverflowError):
        return None


def _reach(span: TimeSpan) -> tuple[date, date]:
    slack = timedelta(days=span.slack_days if span.kind == "approximate" else 0)
    return span.first - slack, span.last + slack


class _Own:
    """The article's own dated events as resolved against one reference day, with what each
    matches by content in the related documents."""

    def __init__(self, ref: date, events: Sequence[EventMention],
                 placeholders: dict[int, str], matcher: Matcher, matched: dict):
        self.ref = ref
        self.items = []
        for m in events:
            if not (_anchored(m) and _comparable(m)):
                continue
            key = (m.sentence_start, m.headline)
            if key not in matched:
                matched[key] = matcher.matches(m)
            placeholder = placeholders.get(m.time.start) if m.time is not None \
                and m.dated_by != "publication" else None
            self.items.append((m, placeholder, matched[key]))


def _stale_month_days(own: _Own, day: date) -> set[date]:
    """The month-days without a year ("December 9") that the article reports as happened
    and that, published on `day`, it would name from an earlier year more than
    STALE_DAYS back: news gives such a date its year."""
    out = set()
    for m, placeholder, _ in own.items:
        if m.status == "planned" or not placeholder or not _MONTH_DAY.match(placeholder):
            continue
        span = _shifted(m.span, placeholder, own.ref, day)
        if span is not None and span.first.year < day.year \
                and (day - span.first).days > STALE_DAYS:
            out.add(span.first)
    return out


def _candidate_score(own: _Own, others: Sequence[EventMention], day: date):
    """(score, reasons, the own events that scored): each own anchored event that lands, resolved against `day`, on the
    days of an event of another document that reports the same by content scores 1 (a
    month-day without a year CALENDAR_MATCH_WEIGHT). Each event of another document confirms
    one own event at most: two statements of the article that both resemble one report
    ("opened the bridge", "said the bridge cost $3 million") are one piece of evidence."""
    score, why, which = 0.0, [], set()
    used: set[int] = set()
    # Events with a date of their own first: a month-day without a year counts less, so it
    # takes a report only when no such event wants it.
    for m, placeholder, matches in sorted(own.items, key=lambda item: bool(
            item[1] and _CALENDAR_NO_YEAR.match(item[1]))):
        if not matches:
            continue
        span = _shifted(m.span, placeholder, own.ref, day)
        # An event the text reports as happened cannot fall after publication: a candidate
        # that puts it there ("December 21" read as this year's) gets no credit for it.
        if span is None or (span.first > day and m.status != "planned"):
            continue
        lo, hi = _reach(span)
        for j in matches:
            if j in used:
                continue
            o = others[j]
            olo, ohi = _reach(o.span)
            if lo <= ohi and olo <= hi:
                used.add(j)
                score += CALENDAR_MATCH_WEIGHT if placeholder and \
                    _CALENDAR_NO_YEAR.match(placeholder) else 1.0
                why.append(f"'{m.headline[:50]}' ~ {o.doc_id}")
                which.add((m.sentence_start, m.headline))
                break
    return score, why, which


@lru_cache(maxsize=512)
def _counts(doc: Document) -> frozenset[str]:
    """The things the article counts anywhere in its text ("#pirates:23")."""
    return frozenset(f for f in lexicon(doc.language).figures(doc.text) if f.startswith("#"))


def _from_other_documents(doc: Document, mentions: Sequence[TimeMention],
                          related: Sequence[Document], events_of: EventsOf,
                          lower: date | None, upper: date):
    """Score each candidate day by how many of the article's dated events ("on Monday",
    "today", "December 21", the lead), resolved as if it were published that day, land on the
    days where a related article reports the same event. News reports events promptly, so of
    the best candidates the earliest wins."""
    # An article that counts the same things as a related one differently ("23 pirates"
    # against "26 pirates") reports another occasion: none of that article's events confirms.
    own_counts = _counts(doc)
    related = [o for o in related if not other_counts(own_counts, _counts(o))]
    others = [m for o in related for m in events_of(o) if _comparable(m)]
    if not others:
        return None
    near: dict[date, int] = {}
    for o in related:
        for k in range(-CANDIDATE_REACH_DAYS, CANDIDATE_REACH_DAYS + 1):
            try:
                d = o.published + timedelta(days=k)
            except OverflowError:  # a related article dated at the calendar's edge
                continue
            if (lower is None or d >= lower) and d <= upper:
                near[d] = min(near.get(d, abs(k)), abs(k))
    candidates = sorted(sorted(near, key=lambda d: (near[d], d))[:MAX_CANDIDATES])
    if not candidates:
        return None
    matcher = Matcher(others, {d.id: d.language for d in (doc, *related)})
    placeholders = {m.start: m.value.split("T")[0] for m in mentions}
    matched: dict = {}
    refs: dict[int, _Own] = {}

    base = candidates[0]

    def own_at(day: date) -> _Own:
        # One tagging when no weekday or week matters, else one per weekday: the offset to a
        # candidate is then a whole number of weeks.
        key = 0 if not weekly else (day - base).days % 7
        if key not in refs:
            ref = base + timedelta(days=key)
            refs[key] = _Own(ref, _events_of(replace(doc, published=ref,
                                                     published_from="inferred")),
                             placeholders, matcher, matched)
        return refs[key]

    weekly = False
    first = own_at(base)
    if not any(matches for _, _, matches in first.items):
        # No event of the article resembles a report of the related documents: which events
        # it has does not depend on the candidate day, so no day can score.
        return None
    # The day a matching report gives its event is a candidate too: an article may have been
    # written when it happened, which the related articles, written later, tell as background
    # ("... was arrested on Jan. 6, five days before the playoff loss").
    for j in sorted({j for _, _, matches in first.items for j in matches}):
        o = others[j]
        if o.dated_by != "publication" and o.span.precision == "day" \
                and (lower is None or o.span.first >= lower) and o.span.first <= upper:
            for k in range(REPORTED_DAY_REACH + 1):
                d = o.span.first + timedelta(days=k)
                if d <= upper and d not in candidates:
                    candidates.append(d)
    candidates.sort()
    weekly = any(m.span.precision == "week" or "W" in (placeholder or "")
                 or (m.time is not None and "W" in placeholders.get(m.time.start, ""))
                 for m, placeholder, _ in first.items)
    month_days = [m for m in mentions if _MONTH_DAY.match(m.value.split("T")[0])
                  and m.tense != "future"]
    scores: dict[date, float] = {}
    shared: dict[date, list[str]] = {}
    fitting: dict[date, set] = {}
    for day in candidates:
        score, why, fitting[day] = _candidate_score(own_at(day), others, day)
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
        score -= STALE_DATE_PENALTY * len(_stale_month_days(own_at(day), day))
        scores[day] = round(score, 6)
        shared[day] = why
    top = max(scores.values())
    if top <= 0:
        return None
    best = [d for d in sorted(scores) if scores[d] == top]
    first_day = best[0]
    width = 1
    while first_day + timedelta(days=width) in best:
        width += 1
    scattered = len(best) > width
    # Each own event that makes the best day also fits reports of another occasion, weeks
    # away: the run tells this kind of story more than once (two Internet Explorer patches a
    # year apart), and the article's events say which kind, not which occasion. An event that
    # fits the best day alone ("Vincent Jackson was arrested on Tuesday", where the other
    # occasion's reports match only the title) tells the occasion.
    elsewhere = {k for d in scores if abs((d - first_day).days) > OTHER_OCCASION_DAYS
                 and scores[d] > 0 for k in fitting[d]}
    recurring = bool(fitting[first_day]) and fitting[first_day] <= elsewhere
    runner_up = max((v for v in scores.values() if v < top), default=0.0)
    margin = min(1.0, max(0.0, (top - runner_up) / top))
    if scattered or recurring:
        confidence = 0.3
    elif width <= 3:
        confidence = 0.8
    elif width <= 7:
        confidence = 0.65
    elif width <= 14:
        confidence = 0.5
    else:
        confidence = 0.35
    confidence *= 1 - MARGIN_WEIGHT * (1 - margin)
    if top < 2:
        confidence *= ONE_EVENT_FACTOR
    span = (f"{first_day.isoformat()}..{(first_day + timedelta(days=width - 1)).isoformat()}"
            if width > 1 else first_day.isoformat())
    what = "; ".join(dict.fromkeys(shared[first_day]))[:200]
    reason = (f"{top:g} of its dated events fall on the days other articles of the run report "
              f"the same events when published {span}"
              f"{' (and other, scattered days)' if scattered else ''}"
              f"{' (each of them fits reports of another occasion too)' if recurring else ''}"
              f"; earliest taken: {what}")
    return first_day, round(confidence, 2), reason


def infer_anchors(documents: Iterable[Document], threshold: float,
                  events_of: EventsOf | None = None, today: date | None = None
                  ) -> tuple[list[Document], list[str]]:
    """The documents with inferred publication dates where confidence >= threshold, and a
    warning for each document without one (inferred, or left unresolved).

    Two rounds: first each undated document against the documents that came with a date;
    then those still without one against these and the documents the first round dated (a
    run of articles none of which carries a date has only its furniture to start from:
    "PUBLISHED: ..." in one article dates the reports of the same events in the others).

    `events_of`: the event mentions of a dated document, when the caller has them already
    (a pipeline that processes the dated documents first saves their second tagging); the
    documents dated by the first round are tagged here."""
    documents = list(documents)
    run = _Run(documents, events_of)
    today = today or date.today()
    found: dict[int, tuple[date | None, float, str]] = {}
    for i, doc in enumerate(documents):
        if doc.published is None:
            found[i] = _infer_guarded(run, doc, today)
    dated_now = {i: replace(documents[i], published=day, published_from="inferred")
                 for i, (day, confidence, _) in found.items()
                 if day is not None and confidence >= threshold}
    left = [i for i in found if i not in dated_now]
    if dated_now and left:
        own = events_of or _events_of
        new_ids = {d.id for d in dated_now.values()}

        def events_of_now(d: Document) -> Sequence[EventMention]:
            return _events_of(d) if d.id in new_ids else own(d)

        second = _Run([*run.dated, *dated_now.values()], events_of_now)
        for i in left:
            again = _infer_guarded(second, documents[i], today)
            # Only the comparison with other documents can differ from the first round.
            if again[0] is not None and again[1] > found[i][1]:
                found[i] = (*again[:2], again[2] + " (second round: with the articles the "
                                                   "first dated by their own text)")
    out, warnings = [], []
    for i, doc in enumerate(documents):
        if doc.published is not None:
            out.append(doc)
            continue
        where = doc.path or doc.id
        day, confidence, reason = found[i]
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


def _infer_guarded(run: _Run, doc: Document, today: date) -> tuple[date | None, float, str]:
    try:
        return run.infer(doc, today)
    except (ArithmeticError, ValueError) as error:  # costs this document only
        return None, 0.0, f"inference failed ({type(error).__name__})"
