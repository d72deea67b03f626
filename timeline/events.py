"""EVENTS stage: turn a document's sentences and time mentions into dated event mentions.

One EventMention per sentence that carries an event date, or per clause when a sentence
joins two differently dated things ("...; ..." / ", while ..."). Lead sentences that report a
just-happened event without any date words are dated by the publication date.

Page furniture is never an event or a headline: a line of a label and a date or time
("PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM", "Updated 5:40 p.m. ET", a bare "May 03, 2013"), a
byline ("By Jane Doe, Reuters"), a dateline alone, a copyright or share line ("© 2013 ...",
"Share this article"), as timeline.furniture recognises them in the document's language.

Language: a document's sentences are split, its dates cut from headlines, its clauses told
apart and its names found with the word data of its language (timeline/eventwords/<lang>.py,
compiled by `_rules`): prepositions and articles a cut date leaves, the joiners of a date
range, clause breaks, reporting verbs and complementizers, future cues, fillers, capitals
and words that are never names. A mention dates an event when its value is a calendar value,
in every language. The lead rule, the coordination of verb phrases and the word lists still
written below (event verbs, hedges) read English only.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from types import ModuleType
from typing import Sequence

from timeline.eventwords import for_language
from timeline.furniture import furniture_ranges, is_furniture, is_short_furniture
from timeline.model import Document, EventMention, TimeMention, TimeSpan
from timeline.representation import title_case
from timeline.sentences import Sentence, split_sentences
from timeline.temporal.calendar import OutOfRange, fmt as cal_fmt, shift, span_of

_EN = for_language("en")  # word data of the rules below (timeline/eventwords/en.py)

HEADLINE_MAX = 100
# The lead: the first paragraphs that are not furniture (title, standfirst, first body
# paragraph). There, and in a section lead (the first sentence after a sub-heading), a
# sentence that reports a done action in the past or present perfect, without date words of
# its own, is the day's news; elsewhere only the present perfect ("has been arrested") says so.
# No cap on their number: tense, hedges and habit words decide.
LEAD_PARAGRAPHS = 3
# A lead event reported as just happened took place on the publication day or this many days
# before it (publication_span).
PUBLICATION_LAG_DAYS = 1

# English data the English-only rules below read (the per-language ones are in _rules).
TEMPORAL_PREPS = _EN.TEMPORAL_PREPS
_DETERMINERS = _EN.DETERMINERS


def _cap_run(capitals: str) -> re.Pattern:
    """A run of capitalised words (a name's shape); `capitals`: the language's capital letters."""
    return re.compile(rf"(?:[{capitals}][\w’'.&-]*)(?: (?:[{capitals}][\w’'.&-]*))*")


def _clause_edge(words) -> re.Pattern:
    """Where a minimal clause ends, for deciding which modal governs the date ([brackets]
    are editorial)."""
    return re.compile(r"[,;:()“”\"]|\b(?:" + "|".join(words.COMPLEMENTIZERS) + r")\b|\s[–—]\s")


# Lead rule: an eventive verb in the past or present perfect, and no hedging or negation.
_EVENT_VERBS = (
    "visited met made invited announced signed launched attacked killed held agreed arrived "
    "traveled travelled flew landed declared released approved elected resigned won lost "
    "struck fired sent delivered concluded began started opened ended condemned urged warned "
    "vowed pledged unveiled passed voted rejected accepted ordered imposed lifted seized "
    "captured withdrew returned died crashed exploded erupted collapsed raided arrested "
    "charged sentenced hosted welcomed received toured reached discussed talked spoke called "
    "named appointed dismissed invaded bombed shelled stormed took gave "
    "begun flown spoken taken given"
).split()
_EVENT_VERB = re.compile(r"\b(" + "|".join(sorted(set(_EVENT_VERBS))) + r")\b", re.I)
# "... and will vote", "... but then returned": a second verb phrase of the same subject.
_VP_START = (r"(?:and|but)\s+(?:then\s+|also\s+|later\s+)?(?:will|shall|would|is|are|was|were|"
             r"has|have|had|plans?|intends?|expects?|(?-i:[a-z]{3,}ed)|became|built|bought|sold|"
             r"wrote|led|ran|founded|" + "|".join(sorted(set(_EVENT_VERBS))) + r")\b")
_VP_BREAK = re.compile(r",?\s+(?=" + _VP_START + ")", re.I)
_COORD_CONJ = re.compile(r"(?:and|but)\s+(?:then\s+)?", re.I)
# Finite verbs and auxiliaries that end a subject.
_FINITE = frozenset(
    "is are was were has have had will would shall can could may might must did does do said "
    "says told plans planned".split())
# Date words a lead sentence must not carry (the tagger may have missed them).
# (A number is a date word only as a year or a numeric date: "A380", "two men", "5 percent" are not.)
_LEAD_DATE_WORDS = re.compile(_EN.LEAD_DATE_WORDS, re.I)
# What someone said: under a sub-heading, mostly background whose day the text does not give.
_SPEECH_VERBS = frozenset(
    "urged warned called condemned vowed pledged talked spoke spoken discussed".split())
# Words of a habit, a trend or a state rather than of one just-happened event.
_HABITUAL = re.compile(
    r"(?<![\w-])(repeatedly|often|frequently|usually|always|long|traditionally|historically|"
    r"increasingly|routinely|regularly|typically|generally|ever|since|years|decades)\b(?!-)",
    re.I)  # "week-long" is a duration of the event, not a habit
# "has been arrested", "have agreed", "has made": the present perfect reports a just-done action.
_PARTICIPLE = r"(?:[a-z]+ed|" + "|".join(sorted(set(_EVENT_VERBS))) + r"|been|done|gone|seen|" \
    r"shot|hit|won|lost|left|led|built|bought|sold|brought|caught|found|held|paid|put|quit|set|" \
    r"struck|told|beaten|chosen|driven|fallen|broken|stolen|written|thrown)"
_PRESENT_PERFECT = re.compile(
    r"\b(?:has|have|’ve|'ve)\s+(?:(?:just|now|already|also|finally|reportedly)\s+)?"
    + _PARTICIPLE + r"\b(?!\s+(?:since|for)\b)")
# "was arrested", "were killed", "had agreed": a finished action in a lead.
_PASSIVE_OR_PERFECT = re.compile(
    r"\b(?:was|were|had)\s+(?:(?:just|also|reportedly|fatally|seriously)\s+)?"
    + r"(?:[a-z]+ed|shot|hit|struck|beaten|caught|found|held|killed|taken|given|sent|chosen|"
    r"named|elected|sentenced|charged|arrested|stabbed|hurt)\b")
# A title's present for a past event: a name, then a verb in -s ("Lohan checks into", "Gunman
# kills 1", "Actress Esther Williams Dies at 91"); in title case the subject may hold a
# preposition ("Shooting at Accounting Firm Leaves Woman Dead", "Quake in Iran Kills 10").
_HEADLINE_PRESENT = re.compile(
    r"^[\"“‘']?[A-Z][\w’'.-]*\s+(?:(?:[A-Z][\w’'.-]*|at|in|of|on|for|from)\s+){0,4}"
    r"(?:[a-z]+|[A-Z][a-z]+|[A-Z]+)"
    r"(?<![sS][sS])(?<![uU][sS])(?<![iI][sS])[sS]\s+"
    r"(?=(?:into|to|at|in|on|for|with|from|after|as|over|up|out|off|down|back|the|a|an|his|her|"
    r"their|its|\d|[A-Z]))")
# Words that make the next plural a noun, not a verb: "Five things", "the results".
_BEFORE_PLURAL_NOUN = frozenset(
    "the a an some many few several these those all both two three four five six seven eight "
    "nine ten more most other".split())


def _plural_word(word: str) -> bool:
    """A capitalised word in -s that reads as a plural ("Colts", not "Boss", "Status")."""
    return word.isalpha() and len(word) > 3 and word.endswith("s") \
        and not word.endswith(("ss", "us", "is"))


def _sentence_case_present(text: str) -> bool:
    """A sentence-case title's present: its first lower-case word in -s, within six words,
    after a subject that opens with a capital ("Chargers lineman Jamal Williams faces DUI
    charges", "Microsoft releases security patch"). In sentence case the capitals are the
    names, so the first lower-case word in -s is the verb unless a determiner or a number
    makes it a noun; after a plural subject of one word, the verb is the next word when a name
    or a figure follows it ("Aftershocks jolt Iran's Qeshm island", "Chiefs lose 20-13 to
    Colts"). Title case is left to _HEADLINE_PRESENT."""
    words = text.split()
    if len(words) < 3 or not words[0][:1].isupper() or title_case(text):
        return False
    for k, w in enumerate(words[1:7], start=1):
        if not w.isalpha() or not w.islower():
            continue
        if w.lower() in _FINITE or w in _BEFORE_PLURAL_NOUN:
            return False
        if k == 1 and _plural_word(words[0]) and not w.endswith("s") and len(w) > 2 \
                and k + 1 < len(words) and (words[2][:1].isupper() or words[2][:1].isdigit()):
            return True  # a plural subject's verb before a name or figure ("Colts beat Chiefs 20-13")
        if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
            return words[k - 1].lower() not in _BEFORE_PLURAL_NOUN and k + 1 < len(words)
    return False


_AFTER_PAST = re.compile(
    r"\s*(?:$|[,.;:!?“\"]|\d|[A-Z]|(?:the|a|an|his|her|their|its|this|that|these|those|to|into|"
    r"in|on|at|for|from|with|by|after|over|up|out|off|down|back|as|him|them|it|us|me)\b)")
_HEDGE = re.compile(
    r"\b(may|might|could|would|should|must|will|likely|probably|possibly|perhaps|if|"
    r"not|never|neither|nor|no longer|n[’']t)\b|\?", re.I)

_LEADING_FILLER = re.compile(_EN.LEADING_FILLER, re.I)
# "MOSCOW (Reuters) – " or "Beijing () – ": a dateline, not part of the event.
# (Wire copy also writes the dash as "_": "THE HAGUE, Netherlands (AP)_ ", "WASHINGTON _ ".)
# (Possessive capitals and a bounded tail: "[A-Z]{3,}[A-Z ,]*\s+" retried every split of a word
# of capitals or a run of spaces, quadratic on a title in capitals.)
_DATELINE = re.compile(r"^[A-Z][\w .,'’-]{0,40}\([^)]*\)\s*[–—_-]+\s*"
                       r"|^[A-Z]{3,}+[A-Z ,]{0,40}\s+[–—_-]+\s+")
_TITLE_WORDS = frozenset("mr mrs ms dr prof".split())
_PREPS = "|".join(p.replace(" ", r"\s+") for p in sorted(TEMPORAL_PREPS))


def _leftover_pattern(words) -> re.Pattern:
    """What a cut date leaves before it: its prepositions, adverbs and phrases (the
    language's DATE_LEFTOVERS), a short bracket, any number of them."""
    preps = "|".join(p.replace(" ", r"\s+") for p in sorted(words.TEMPORAL_PREPS))
    return re.compile(
        "(?:" + "|".join(x.replace("{preps}", preps) for x in words.DATE_LEFTOVERS)
        + r"|\(\s*[^()]{1,20}\)\s+"
        + rf"|\b(?:{words.DATE_ADVERBS}|{preps}|{words.DATE_OBJECT_PREPS})\s+)++$", re.I)


# What a cut date leaves behind is a few words: look for it only in this many characters
# before the date (the search tries each start, so an unbounded one is quadratic).
_LEFTOVER_WINDOW = 120
def _leftover_last(words) -> frozenset[str]:
    """Every leftover ends in one of these words (or ")") and a space: a cheap test first."""
    return frozenset([w.split()[-1] for w in words.TEMPORAL_PREPS]
                     + [a.split()[-1] for a in words.DATE_ADVERBS.split("|")]
                     + list(words.DATE_LEFTOVER_LAST))


_DANGLING_END = _EN.DANGLING_END
# Words that open a fronted phrase or clause, closed by a comma.
_FRONTING = frozenset(
    "as while when although though because following after before amid despite given with "
    "according since once if unless".split())
# "Name, the former president ..., has made": the appositive between subject and verb.
# (The name is capitalised words each after one space, taken possessively: "(?:[A-Z]\w*\s?)+"
# could split a word of capitals in exponentially many ways, and hung on a title in capitals.)
_APPOSITIVE = re.compile(
    r"^([A-Z][\w’'.-]*+(?:\s[A-Z][\w’'.-]*+)*+), (?:the|a|an|who|which|whose|now|former)\b[^;]*?, "
    r"(?=(?:has|have|had|is|are|was|were|will|also|\w+ed|met|made|took|went|said|told)\b)")
# "As Mr. Xi was preparing to depart Moscow, Russia launched ...": a scene-setting clause.
# (News leads front long ones: "After skipping out on entering a Newport Beach rehabilitation
# facility and facing the prospect of arrest for violating her probation, Lohan has ...".)
_LEADING_SUBCLAUSE = re.compile(
    r"^(?:as|while|when|although|though|because|following|after|before|amid|despite|given|"
    r"with|since)\b[^,;]{0,160}, (?=[A-Z])", re.I)


@dataclass(frozen=True)
class _Rules:
    """One language's word data of this stage (timeline/eventwords/<language>.py), compiled."""
    words: ModuleType
    preps: frozenset[str]
    deictic: re.Pattern
    date_text: re.Pattern | None
    since: tuple[str, ...]
    determiners: frozenset[str]
    lead_date_words: re.Pattern
    clause_break: re.Pattern
    joined: re.Pattern  # the gap between two dates that form one stretch of time
    join_gap: re.Pattern  # the gap between two cuts that merge
    leftover: re.Pattern
    leftover_last: frozenset[str]
    no_comma_after: frozenset[str]
    dangling_end: frozenset[str]
    reported: re.Pattern | None  # a reporting verb and its complementizer
    future: re.Pattern
    clause_edge: re.Pattern
    cap_run: re.Pattern  # a run of capitalised words, a name's shape
    capital_word: re.Pattern
    not_names: re.Pattern  # capitalised words that are never names
    fronted_coord: re.Pattern | None  # a coordinator and the prepositions of a date after it
    filler: re.Pattern
    lead_past: re.Pattern | None  # the lead rule as data (None: English's own grammar)
    lead_hedge: re.Pattern | None


@lru_cache(maxsize=None)
def _rules(language: str | None = "en") -> _Rules:
    w = for_language(language)
    reported = None
    if w.REPORTING_VERBS:
        verbs = "|".join(sorted((v.replace(" ", r"\s+") for v in w.REPORTING_VERBS),
                                key=lambda v: (-len(v), v)))
        # the verb, the words that may follow it before its complement (a date, an
        # indirect object), then the complementizer
        reported = re.compile(rf"(?<!\w)(?:{verbs})(?!\w)[^;:.!?“”\"«»]{{0,80}}?"
                              rf"(?:,\s*|\s)(?:{w.REPORT_COMPLEMENT})\s*", re.I)
    return _Rules(
        words=w,
        preps=w.TEMPORAL_PREPS,
        deictic=re.compile(w.DEICTIC, re.I),
        date_text=re.compile(w.EVENT_DATE_TEXT, re.I) if w.EVENT_DATE_TEXT else None,
        since=tuple(w.SINCE),
        determiners=w.DETERMINERS,
        lead_date_words=re.compile(w.LEAD_DATE_WORDS, re.I),
        clause_break=re.compile(w.CLAUSE_BREAK),
        joined=re.compile(rf"\s*(?:{w.DATE_JOINERS}|[-–—])\s*"),
        join_gap=re.compile(rf"\s*(?:(?:{w.DATE_JOINERS}|[-–—])\s+)?"),
        leftover=_leftover_pattern(w),
        leftover_last=_leftover_last(w),
        no_comma_after=w.NO_COMMA_AFTER,
        dangling_end=w.DANGLING_END,
        reported=reported,
        future=re.compile(w.FUTURE_CUE, re.I),
        clause_edge=_clause_edge(w),
        cap_run=_cap_run(w.NAME_CAPITALS),
        capital_word=re.compile(rf"\b[{w.NAME_CAPITALS}][\w’'-]*"),
        not_names=re.compile(w.NOT_NAMES, re.I),
        fronted_coord=re.compile(
            r"(?:,\s*|\s+)(?:" + "|".join(w.COORDINATORS) + r")\s+(?:(?:"
            + "|".join(p.replace(" ", r"\s+") for p in sorted(w.TEMPORAL_PREPS)) + r")\s+)*$",
            re.I) if w.FRONTED_DATE_COORDINATION else None,
        filler=re.compile(w.LEADING_FILLER, re.I),
        lead_past=re.compile(w.LEAD_PAST, re.I) if w.LEAD_PAST else None,
        lead_hedge=re.compile(w.LEAD_HEDGE, re.I) if w.LEAD_HEDGE else None,
    )


_RULES_EN = _rules("en")


@dataclass(frozen=True)
class _Clause:
    start: int
    end: int
    mentions: tuple[TimeMention, ...]
    evidence: tuple[int, int] | None = None  # a coordinated verb phrase: the coordination
    subject: str | None = None  # a coordinated verb phrase: the subject it shares
    drops: tuple[tuple[int, int], ...] = ()  # dated asides left out of its headline
    aside: bool = False  # a relative clause after a name, of which the name is the subject


def extract_events(doc: Document, mentions: Sequence[TimeMention]) -> list[EventMention]:
    """Dated event mentions of one document, ordered by position (deterministic)."""
    r = _rules(doc.language)
    sentences = split_sentences(doc.text, doc.language)
    names = _known_names(doc.text, sentences, r)
    dated = sorted(
        (m for m in mentions
         # a DURATION with a span is a deadline ("in less than 40 days"): it dates an event
         if m.doc_id == doc.id and m.type in ("DATE", "TIME", "DURATION")
         and m.span is not None),
        key=lambda m: (m.start, m.end))
    dated = _not_recurring(doc.text, dated, mentions)
    # counts that may date an event from the sentence's own date ("13 months after ...")
    durations = sorted((m for m in mentions if m.doc_id == doc.id and m.type == "DURATION"),
                       key=lambda m: (m.start, m.end))
    sentences = split_run_ons(doc.text, sentences)
    out: list[EventMention] = []
    dated_paragraphs: set[int] = set()
    dated_sentences: set[int] = set()
    dated_starts = [m.start for m in dated]
    duration_starts = [m.start for m in durations]
    furniture = furniture_sentences(doc.text, sentences, doc.language)
    for sent in sentences:
        if sent.index in furniture:  # a PUBLISHED line, a byline: metadata, no event
            continue
        inside = _within(dated, dated_starts, sent)
        kept = [m for m in inside if _is_event_date(doc.text, sent, m, r)]
        if kept:
            dated_paragraphs.add(sent.paragraph)
            dated_sentences.add(sent.index)
            out.extend(_sentence_events(doc, sent, kept, names, r))
        counts = _within(durations, duration_starts, sent)
        earlier = [e for m in inside if (e := _first_since(doc, sent, m, names))]
        earlier += [e for m in counts if (e := _counted_from(doc, sent, m, inside, names))]
        if earlier:
            dated_sentences.add(sent.index)
            out.extend(earlier)
    if r.words.LEAD_RULE:
        out.extend(_lead_events(doc, [s for s in sentences if s.index not in furniture],
                                dated_paragraphs, names, dated_sentences, r))
    # A sentence that is only its date ("January nineteen ninety-seven.", a transcript's
    # caption) reports nothing: its headline is empty once the date is cut.
    out = [e for e in out if _HAS_WORD.search(e.headline)]
    out.sort(key=lambda e: (e.sentence_start, e.sentence_end, e.span.first, e.span.last))
    return out


_HAS_WORD = re.compile(r"[A-Za-z]{2,}")
# What may join a day to the recurrence it is part of: nothing, or one short function word
# ("the second Tuesday of every month", "el primer lunes de cada mes").
_RECURRENCE_JOIN = re.compile(r"\s*(?:[^\W\d_]{1,3}\s+)?")


def _not_recurring(text: str, dated: list[TimeMention], mentions: Sequence[TimeMention]
                   ) -> list[TimeMention]:
    """The dated mentions without the days that belong to a recurrence written right after
    them ("releases patches on the second Tuesday of every month"): that is a habit, not a
    day on which something happened."""
    sets = sorted((m.start, m.end) for m in mentions if m.type == "SET")
    if not sets:
        return dated
    starts = [a for a, _ in sets]
    out = []
    for m in dated:
        k = bisect_left(starts, m.end)
        if k < len(sets) and _RECURRENCE_JOIN.fullmatch(text, m.end, sets[k][0]):
            continue
        out.append(m)
    return out


def _within(mentions: Sequence[TimeMention], starts: Sequence[int], sent: Sentence
            ) -> list[TimeMention]:
    """The mentions (sorted by start; `starts` their starts) that lie inside the sentence:
    a bisection, so a document of many sentences and dates costs no sentences x dates."""
    lo = bisect_left(starts, sent.start)
    hi = bisect_left(starts, sent.end, lo)
    return [m for m in mentions[lo:hi] if m.end <= sent.end]


# ---------------------------------------------------------------- which mentions date events

# A calendar value (TIMEX3): a date or time ("2023-03-03", "XXXX-12-21", "2023-W12"), a
# reference to now or before or after it, or a counted stretch that resolved to a span.
_CALENDAR_VALUE = re.compile(r"\d|X{4}|(?:PRESENT|PAST|FUTURE)_REF$|P")


def _is_event_date(text: str, sent: Sentence, m: TimeMention, r: _Rules = _RULES_EN) -> bool:
    """Whether a mention dates something that happens, rather than labelling or bounding."""
    if m.span.kind == "after":  # "since October 2022": a state that lasts, not an event
        return False
    # What the mention says must be a point or stretch of the calendar, not a named era
    # ("Cold War") that an engine gave a span: that is in its value, in every language.
    if not _CALENDAR_VALUE.match(m.value or "") or (
            r.date_text is not None and not r.date_text.search(m.text)):
        return False
    before = text[sent.start:m.start]
    prev = _last_word(before)
    if prev in r.since:
        return False
    if prev == "due" and _last_word(before[:before.lower().rfind("due")]) not in (
            "is", "are", "was", "were", "be", "been", "being", "'s", "’s"):
        return False  # "debentures due March 15, 2007": a maturity, part of a name
    nxt = _SPACE_LETTER.match(text[m.end:sent.end])
    if prev in r.determiners and nxt and not m.text[:1].isalpha():
        return False  # "the 2022 World Cup", "its 2023 budget": a label inside a noun phrase
    quote = _enclosing_quote(text[sent.start:sent.end], m.start - sent.start, m.end - sent.start)
    if quote is not None and (_is_title(quote) or quote.strip(" .,") == m.text):
        return False  # a quoted title, or the date is the whole quote
    return True


_SPACE_LETTER = re.compile(r" ([A-Za-z])")
_AS_OF_END = re.compile(r"\bas\s+of\s*$", re.I)


def _main_mention(text: str, clause_start: int, mentions: Sequence[TimeMention],
                  r: _Rules = _RULES_EN) -> TimeMention:
    """The mention that dates the clause's main verb.

    Rule: the first mention used as an adverbial (after a temporal preposition such as "on
    Monday", "in September", a bare deictic like "today" / "20 days later", or opening the
    clause); if none is, the first mention. Labels were already dropped by _is_event_date.
    """
    for m in mentions:
        before = text[max(clause_start, m.start - 40):m.start]  # the words just before it
        if (_last_word(before) in r.preps
                or _AS_OF_END.search(before)
                or m.text.split()[0].lower() in r.preps
                or r.deictic.search(m.text)
                or not text[clause_start:m.start].strip(" ,“\"")):
            return m
    return mentions[0]


# "the first mention of Zelensky since October 2022", "rose for the first time since 2019":
# the same thing happened at that date, the last time before this one.
_FIRST_SINCE = re.compile(
    r"(?P<time>\bfor\s+the\s+first\s+time\s+since\s+)$"
    r"|\bthe\s+first\s+(?P<what>(?!time\b)[^,;:.!?()“”\"—–]{3,80}?)\s+since\s+$", re.I)


def _first_since(doc, sent, m: TimeMention, names) -> EventMention | None:
    """The earlier occurrence a "first ... since <date>" implies, dated by that date."""
    if m.span is None or m.span.kind != "after":
        return None
    window = max(sent.start, m.start - 160)  # the phrase is bounded: "the first" + 80 + "since"
    found = _FIRST_SINCE.search(doc.text, window, m.start)
    if not found:
        return None
    point = span_of(m.value)
    if point is None:
        return None
    if found.group("what"):
        headline = make_headline("Previous " + found.group("what").strip(), [])
    else:  # the clause's own event, without "for the first time since <date>"
        at = found.start()
        headline = make_headline(sent.text, [(at - sent.start, m.end - sent.start)])
    return EventMention(
        doc_id=doc.id, sentence=sent.text, sentence_start=sent.start, sentence_end=sent.end,
        headline=headline, span=point, time=m, dated_by="expression", status="reported",
        entities=extract_entities(sent.text, names))


# "..., 13 months after Mr. Putin launched his invasion of Ukraine": an event the sentence
# dates by counting back from its own date.
_COUNTED = re.compile(r"\s+(?P<dir>after|before)\s+(?P<clause>[^,;:!?()“”\"—–]{8,160})")
_UNIT_OF_LETTER = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def _counted_from(doc, sent, m: TimeMention, mentions: Sequence[TimeMention], names
                  ) -> EventMention | None:
    """The event of an "<N units> after/before <clause>" phrase, dated from the day or
    month the same sentence gives its main event, at the precision of the unit."""
    count = re.fullmatch(r"P(\d+)([DWMY])", m.value) if m.type == "DURATION" else None
    found = _COUNTED.match(doc.text, m.end, sent.end)
    if count is None or found is None or _subject(found.group("clause")) is None:
        return None
    dated = [d for d in mentions if d is not m and d.span is not None and d.type == "DATE"
             and d.span.kind == "point" and d.span.precision in ("day", "month")]
    if not dated:
        return None
    base = min(dated, key=lambda d: abs(d.start - m.start)).span.first
    unit = _UNIT_OF_LETTER[count.group(2)]
    n = int(count.group(1)) * (-1 if found.group("dir").lower() == "after" else 1)
    try:
        span = span_of(cal_fmt(unit, shift(base, unit, n)))
    except OutOfRange:  # "a hundred days after" 9999-12-31: no calendar day, no event
        return None
    if span is None:
        return None
    return EventMention(
        doc_id=doc.id, sentence=sent.text, sentence_start=sent.start, sentence_end=sent.end,
        headline=make_headline(found.group("clause").strip().rstrip("."), []), span=span, time=m,
        dated_by="expression",
        status="planned" if doc.published is not None and span.first > doc.published
        else "reported",
        entities=extract_entities(sent.text, names))


# ---------------------------------------------------------------- sentences and clauses

def _sentence_events(doc, sent, kept, names, r: _Rules = _RULES_EN) -> list[EventMention]:
    clauses = _clauses(doc.text, sent, kept, r)
    dated = [c for c in clauses if c.mentions]
    mains = [_main_mention(doc.text, c.start, c.mentions, r) for c in dated]
    if len(clauses) == 1 and r.reported is not None:
        reported = _reported(doc, sent, kept, names, r)
        if reported:
            return reported
    if (len(dated) >= 2 and len({m.span for m in mains}) >= 2) or (
            len(clauses) == 1 and clauses[0].aside):
        # Two differently dated parts: each clause is its own event with its own evidence
        # (a coordinated verb phrase shares the evidence and borrows the subject).
        out = []
        for c, m in zip(dated, mains):
            a, b = c.evidence or (c.start, c.end)
            out.append(_event(doc, a, b, c.start, c.end, c.mentions, m, names, c.subject,
                              drops=c.drops, r=r))
        return out
    split = _subject_relative(doc.text, sent, kept)
    if split is not None and len(split[0]) == len(kept):
        # "the FBI's most wanted list, which began in 1950": the only date is the clause's
        [only], headline = split
        return [replace(_event(doc, sent.start, sent.end, sent.start, sent.end, kept, only,
                               names), headline=headline)]
    if split is not None:
        # "the men who launched the revolution four decades ago [...] paid tribute Saturday":
        # the relative clause is an event of its own, dated apart from the main clause.
        rel_mentions, headline = split
        rest = [m for m in kept if m not in rel_mentions]
        main_rest = _main_mention(doc.text, sent.start, rest)
        main_rel = _main_mention(doc.text, sent.start, rel_mentions)
        own = _event(doc, sent.start, sent.end, sent.start, sent.end, rest, main_rest, names,
                     extra_cuts=rel_mentions)
        rel = _event(doc, sent.start, sent.end, sent.start, sent.end, rel_mentions, main_rel,
                     names)
        return [own, replace(rel, headline=headline)]
    main = _main_mention(doc.text, sent.start, kept, r)
    h_start, h_end, inside = sent.start, sent.end, kept
    if len(clauses) > 1:
        # The date sits in one clause: the sentence is the evidence, the clause the headline.
        c = next(c for c in dated if main in c.mentions)
        if not c.evidence:  # a coordinated verb phrase alone says too little: the sentence
            h_start, h_end, inside = c.start, c.end, c.mentions
    # Where in the sentence the dated event is said: a relative clause ("..., as well as the
    # plan [that it released on <date>]"), a subordinate clause ("This is not new, however,
    # [as Beijing has offered talks since March 7th]") or a fronted noun phrase ("[Since
    # Putin's invasion on February 24, 2022], Russia has ...").
    narrowed = (_relative_clause(doc.text, h_start, h_end, main)
                or _dated_subclause(doc.text, h_start, h_end, main)
                or _fronted_nominal(doc.text, h_start, h_end, main, inside))
    if narrowed:
        h_start, h_end = narrowed
        inside = [m for m in inside if h_start <= m.start and m.end <= h_end]
    nominal = _nominal_events(doc.text, inside, main)
    # A date of a named occasion ("for a state trip in the spring") leaves the headline of
    # the clause's own event: that occasion becomes an event of its own.
    main_event = _event(doc, sent.start, sent.end, h_start, h_end, inside, main, names,
                        extra_cuts=nominal, r=r)
    return [main_event] + [
        _event(doc, sent.start, sent.end, h_start, h_end, inside, m, names, extra_cuts=[main],
               r=r)
        for m in nominal]


def _reported(doc, sent, kept, names, r: _Rules) -> list[EventMention] | None:
    """"La empresa dijo el martes que abrió la planta el 3 de marzo de 2023": a report and
    what it reports, dated apart, are two events. The report's headline is the sentence
    without its dates; the reported clause's is that clause, after the reporter when it has
    no subject of its own ("La empresa abrió la planta"), or the whole sentence when its verb
    comes last (German "..., dass sie das Werk eröffnet habe")."""
    text = doc.text
    said = r.reported.search(text, sent.start, sent.end)
    if said is None:
        return None
    comp = said.end()
    before = [m for m in kept if m.end <= comp]
    after = [m for m in kept if m.start >= comp]
    if not before or not after:
        return None
    main_b = _main_mention(text, sent.start, before, r)
    main_a = _main_mention(text, comp, after, r)
    if main_a.span == main_b.span:
        return None
    report = _event(doc, sent.start, sent.end, sent.start, sent.end, before, main_b, names,
                    extra_cuts=after, r=r)
    whole = _event(doc, sent.start, sent.end, sent.start, sent.end, after, main_a, names,
                   extra_cuts=before, r=r)
    words = text[comp:sent.end].split()
    if r.words.COMPLEMENT_VERB_FINAL or not words:
        return [report, whole]
    subject = None
    if not (words[0][:1].isupper() or words[0].lower() in r.words.SUBJECT_STARTS):
        # no subject of its own: the reporter's, without its dates ("El martes, la empresa")
        subject = _make_headline(text[sent.start:said.start()], [
            (m.start - sent.start, m.end - sent.start) for m in before
            if m.end <= said.start()], r).strip(" ,")
        if not subject or "," in subject or len(subject.split()) > 8:
            return [report, whole]
    return [report, _event(doc, sent.start, sent.end, comp, sent.end, after, main_a, names,
                           subject, r=r)]


# "the men who launched the revolution", "the revolution that brought Castro to power": a
# relative clause whose pronoun is its subject; without the pronoun it reads as a sentence.
_SUBJECT_RELATIVE = re.compile(
    r"\b(?P<np>(?:the|a|an|his|her|its|their)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)"
    r",?\s+(?P<pron>who|that|which)\s+(?=(?:had\s+|has\s+|have\s+)?(?:[a-z]+ed|brought|built|"
    r"fought|led|became|ran|wrote|sold|bought|won|" + "|".join(sorted(set(_EVENT_VERBS)))
    + r")\b)", re.I)


def _subject_relative(text: str, sent, kept: Sequence[TimeMention]
                      ) -> tuple[list[TimeMention], str] | None:
    """The mentions dating a subject relative clause, and that clause as a headline, when
    the rest of the sentence carries a differently dated mention of its own."""
    for rel in _SUBJECT_RELATIVE.finditer(text, sent.start, sent.end):
        after = [m for m in kept if m.start >= rel.end()]
        if not after or re.search(r"[,;:]", text[rel.end():after[0].start]):
            continue
        first = after[0]  # the clause's date: the first one after its verb, in one stretch
        rest = [m for m in kept if m is not first]
        if rest and all(m.span == first.span for m in rest):
            continue
        np = rel.group("np").strip()
        body = text[rel.end():first.end]
        cut = (len(np) + 1 + first.start - rel.end(), len(np) + 1 + len(body))
        return [first], make_headline(np + " " + body, [cut])
    return None


# "the plan that it released on <date>", "a deal which Exxon signed in 2019": a relative
# clause with its own subject and past verb, which the date belongs to.
_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:it|he|she|they|we|the\s+\w+|[A-Z][\w’'.-]*)"
                       r"(?:\s+[A-Z][\w’'.-]*)?\s+(?:had\s+|has\s+|have\s+)?(?:\w+ed|"
                       + "|".join(sorted(set(_EVENT_VERBS))) + r")\b[^,;:]*$")
# Where the noun phrase a relative clause hangs on begins.
_ANTECEDENT_START = re.compile(r"(?:[,;:(]|\bas well as|\bincluding|\bsuch as|\band|\bor)\s+")


def _relative_clause(text: str, start: int, end: int, main: TimeMention
                     ) -> tuple[int, int] | None:
    """(start, end) of "<noun phrase> that <subject> <past verb> ... <date>" when the date
    that dates the clause sits in such a relative clause, else None."""
    # The clause runs on to the date without a clause mark: search only after the last one
    # (each "that" would otherwise scan on to the date).
    mark = max(text.rfind(c, start, main.start) for c in ",;:")
    rel = _RELATIVE.search(text, max(start, mark + 1), main.start)
    if rel is None:
        return None
    bounds = [b.end() for b in _ANTECEDENT_START.finditer(text, start, rel.start())]
    np_start = bounds[-1] if bounds else None
    if np_start is None:
        return None
    np = text[np_start:rel.start()].strip()
    if not (2 <= len(np.split()) <= 14) or not (np[:1].isupper() or
                                               np.split()[0].lower() in _DETERMINERS):
        return None
    stop = re.compile(r"[,;:.!?]").search(text, main.end, end)
    return np_start, stop.start() if stop else end


# Subordinating words after a comma that open a finite clause of their own.
_SUBCLAUSE = re.compile(r",\s+(?:however,\s+)?(?:as|because|since|after|when|while|although|though"
                        r"|whereas|but|before)\s+(?=\S)", re.I)


def _dated_subclause(text: str, start: int, end: int, main: TimeMention
                     ) -> tuple[int, int] | None:
    """(start, end) of the subordinate clause the date sits in, when the sentence's main
    clause before it carries no date and the subordinate one has a subject and a verb."""
    opened = [b for b in _SUBCLAUSE.finditer(text, start, main.start)]
    if not opened:
        return None
    b = opened[-1]
    nxt = _SUBCLAUSE.search(text, main.end, end)
    clause_end = nxt.start() if nxt else end
    if _subject(text[b.end():clause_end]) is None:
        return None
    return b.end(), clause_end


# "Since <event> <date>, <state>": the main clause is a state that began then, so the date
# is the event's. ("Following Putin's speech on Monday, Xi responded": the response is the
# event, on or just after that day, and keeps the headline.)
_FRONTED_NOMINAL = re.compile(r"since\s+", re.I)


def _fronted_nominal(text: str, start: int, end: int, main: TimeMention,
                     mentions: Sequence[TimeMention] = ()) -> tuple[int, int] | None:
    """(start, end) of the noun phrase a fronted "since" phrase dates ("Since [Putin's
    invasion] on February 24, 2022, Russia has ..."): the date is the noun's."""
    lead = _FRONTED_NOMINAL.match(text, start)
    if lead is None or "," in text[start:main.start]:
        return None
    comma = main.end - 1
    while True:  # the first comma outside a date ("February 24, 2022")
        comma = text.find(",", comma + 1, end)
        if comma == -1 or not any(m.start <= comma < m.end for m in mentions):
            break
    if comma == -1:
        return None
    if not re.search(r"[A-Za-z]{3,}", text[lead.end():main.start]):
        return None  # "Since February 24, 2022, ...": a date alone, no event noun
    return lead.end(), comma


# Nouns that name an occasion with a date of its own: "invited Xi for a state trip in the
# spring", "called a referendum for March 5", "announced talks on Friday".
_OCCASION_NOUN = re.compile(
    r"\b(?:trip|visit|tour|summit|meeting|talks|election|elections|vote|referendum|"
    r"conference|ceremony|hearing|trial|session|negotiations|inauguration|parade|festival)"
    r"\s+(?:(?:in|on|at|during|for|by|early|late|this|next)\s+)*$", re.I)


def _nominal_events(text: str, mentions: Sequence[TimeMention], main: TimeMention
                    ) -> list[TimeMention]:
    """Mentions that date an occasion named by a noun just before them, not the clause's own
    event: a planned occasion the event refers to, dated differently from it."""
    out = []
    for m in mentions:
        if (m is main or m.type != "DATE" or m.span == main.span or _adjacent(text, m, main)
                or not _OCCASION_NOUN.search(text[max(0, m.start - 40):m.start])):
            continue
        out.append(m)
    return out


def _clauses(text: str, sent: Sentence, mentions, r: _Rules = _RULES_EN) -> list[_Clause]:
    bounds, start = [], sent.start
    for b in r.clause_break.finditer(text, sent.start, sent.end):
        if not any(m.start < b.end() and b.start() < m.end for m in mentions):
            bounds.append((start, b.start() + 1))  # the clause keeps its ";" or ","
            start = b.end()
    bounds.append((start, sent.end))
    clauses: list[_Clause] = []
    for a, b in bounds:
        parts = _coordinated(text, a, b, mentions)
        if len(parts) == 1 and r.fronted_coord is not None:
            parts = _fronted_date_parts(text, a, b, mentions, r) or parts
        if clauses and len(parts) == 1 and re.match(_VP_START, text[a:b], re.I):
            # ", and then will vote ...": a verb phrase of the previous clause's subject
            prev = clauses[-1]
            subject = _subject(text[prev.start:prev.end])
            if subject is not None:
                rest = a + _COORD_CONJ.match(text, a).end() - a
                parts = [_Clause(rest, b, parts[0].mentions, (prev.start, b), subject)]
                clauses[-1] = _Clause(prev.start, prev.end, prev.mentions, (prev.start, b))
        clauses.extend(parts)
    return clauses


def _fronted_date_parts(text: str, start: int, end: int, mentions, r: _Rules
                        ) -> list[_Clause] | None:
    """"El ministro se reunió el lunes con el rey y el martes viajó a París": a coordinated
    clause that opens with a date of its own is an event of its own. When a verb follows its
    date (a lowercase word that opens no subject), it borrows the first clause's subject; in
    a verb-second language the subject follows the verb ("und am Dienstag flog er"), so it
    has its own. Two dates joined with nothing between ("lunes y martes"), or a date followed
    by a preposition ("el lunes y el martes en Bruselas"), are one stretch of time."""
    own = [m for m in mentions if start <= m.start < end]
    for m in own[1:]:
        cue = r.fronted_coord.search(text, max(start, m.start - 60), m.start)
        if cue is None:
            continue
        left = [x for x in own if x.end <= cue.start()]
        right = [x for x in own if x.start >= m.start]
        if not left or _adjacent(text, left[-1], m, r) or _main_mention(
                text, start, left, r).span == _main_mention(text, m.start, right, r).span:
            continue  # one stretch ("zwischen 1990 und 1998", "lunedì e martedì"), or one date
        rest = text[m.end:end].split()
        first = rest[0].strip(",;:“”\"'") if rest else ""
        if len(rest) < 2 or not first[:1].isalpha() or first.lower() in r.dangling_end:
            continue
        subject = None
        if (first[:1].islower() and first.lower() not in r.words.SUBJECT_STARTS
                and not r.words.VERB_SECOND):
            subject = _opening_noun_phrase(text[start:cue.start()], r)
        return [_Clause(start, cue.start(), tuple(left), evidence=(start, end)),
                _Clause(cue.end(), end, tuple(right), evidence=(start, end), subject=subject)]
    return None


def _opening_noun_phrase(clause: str, r: _Rules) -> str | None:
    """The noun phrase a clause opens with, as its subject: a name ("Jobs", "L'entreprise"),
    or an article and its noun, with what a name joiner adds ("El ministro de Economía")."""
    words = clause.split()
    if not words:
        return None
    i = 0
    if words[0].lower() in r.words.SUBJECT_STARTS and len(words) > 1:
        i = 2  # the article and its noun
    elif not words[0][:1].isupper():
        return None
    while i < len(words) and words[i][:1].isupper() and not words[i].endswith(","):
        i += 1
    while i + 1 < len(words) and words[i].lower() in r.words.NAME_JOINERS \
            and words[i + 1][:1].isupper():
        i += 2
        while i < len(words) and words[i][:1].isupper():
            i += 1
    phrase = " ".join(words[:max(i, 1)]).rstrip(",")
    return phrase if len(phrase.split()) <= 6 and "," not in phrase else None


def _coordinated(text: str, start: int, end: int, mentions) -> list[_Clause]:
    """One clause, or its coordinated parts when they are dated apart ("Jobs started Apple in
    1976, left it in 1985, and launched the iTunes Music Store in 2003"; "Officials met on
    Tuesday and will vote on April 3"; "..., and in 2003 Apple launched ..."). A verb phrase
    borrows the subject of the first part, a clause has its own; all keep the whole
    coordination as evidence. An undated part stays with the dated one before it, and
    neighbours dated alike stay together."""
    own = tuple(m for m in mentions if start <= m.start < end)
    whole = [_Clause(start, end, own)]
    if not own:
        return whole
    asides = [x for x in _relative_asides(text, start, end, own) if _one_date(
        text, [m for m in own if x[0] <= m.start < x[2]])]
    if asides:
        # "Steve Jobs, who died in 2011, started Apple in 1976": the aside is an event of
        # the name before it; the rest is read without it.
        spans = tuple((a, z) for a, _, z, _ in asides)
        rest = tuple(m for m in own if not any(a <= m.start < z for a, z in spans))
        parts = [_Clause(body, stop, tuple(m for m in own if body <= m.start < stop),
                         evidence=(start, end), subject=name, aside=True)
                 for _, body, stop, name in asides]
        if not rest and len(parts) == 1:  # "Jobs, who died in 2011, was ...": its event
            return parts
        if rest:
            parts += [replace(c, evidence=c.evidence or (start, end), drops=spans)
                      for c in _coordinated_parts(text, start, end, rest, spans)
                      if c.mentions]
        mains = {_main_mention(text, c.start, c.mentions).span for c in parts}
        if len(parts) >= 2 and len(mains) >= 2:
            return sorted(parts, key=lambda c: c.start)
        return whole
    if len(own) < 2:
        return whole
    return _coordinated_parts(text, start, end, own)


def _one_date(text: str, mentions: Sequence[TimeMention]) -> bool:
    """Whether the mentions date one thing: some, all the first's date or joined to it
    ("in 2008 and 2006"). Two dates in an aside are two events the aside does not split."""
    return bool(mentions) and all(m.span == mentions[0].span or _adjacent(text, a, m)
                                  for a, m in zip(mentions, mentions[1:]))


def _coordinated_parts(text: str, start: int, end: int, own, skip=()) -> list[_Clause]:
    """_coordinated without asides: the parts of a coordination (`skip`: spans that hold
    no coordination of this one)."""
    whole = [_Clause(start, end, own)]
    cuts = [c for c in _coordination_cuts(text, start, end, own, skip)]
    if not cuts:
        return whole
    # parts: (start, end, where its words begin after the conjunction, kind)
    parts, begin, kind = [], start, "head"
    for cut, after, next_kind in cuts:
        parts.append([begin, cut, kind])
        begin, kind = after, next_kind
    parts.append([begin, end, kind])
    groups: list[list] = []  # [start, end, kind, mentions]
    for a, b, k in parts:
        inside = [m for m in own if a <= m.start < b]
        if groups and (not inside or not groups[-1][3]):
            groups[-1][1] = b  # an undated part, or after an undated head: one part
            groups[-1][3] += inside
            continue
        if groups and _main_mention(text, groups[-1][0], groups[-1][3]).span == \
                _main_mention(text, a, inside).span:
            groups[-1][1] = b  # dated alike: one event, one headline
            groups[-1][3] += inside
            continue
        groups.append([a, b, k, inside])
    if len(groups) < 2:
        return whole
    head = text[start:groups[0][1]]
    for a, z in sorted(skip, reverse=True):  # the subject past a dated aside
        if start <= a and z <= groups[0][1]:
            head = head[:a - start] + head[z - start:]
    subject = _sharable_subject(head)
    if subject is None:
        return whole
    out = []
    for a, b, k, inside in groups:
        b = a + len(text[a:b].rstrip(" ,;"))
        out.append(_Clause(a, b, tuple(inside), evidence=(start, end),
                           subject=subject if k == "vp" else None))
    return out


def _coordination_cuts(text: str, start: int, end: int, mentions, skip=()
                       ) -> list[tuple[int, int, str]]:
    """Where a clause's coordinated parts meet: (end of the part before, start of the next
    one's words, "vp" or "clause"). A verb phrase after "and"/"but" (_VP_BREAK); a clause
    with its own subject and verb after "and"/"but", a fronted date allowed ("and in 2003 he
    launched"); and the commas of a list of verb phrases that ends in ", and <verb>"."""
    cuts = []

    def clear(a: int, b: int) -> bool:
        return (not any(m.start < b and a < m.end for m in mentions)
                and not any(x <= a < z for x, z in skip))

    for b in _VP_BREAK.finditer(text, start, end):
        if clear(b.start(), b.end()):
            cuts.append((b.start(), b.end() + _COORD_CONJ.match(text, b.end()).end() - b.end(),
                         "vp"))
    vp_at = {c[0] for c in cuts}
    for b in _CLAUSE_COORD.finditer(text, start, end):
        if b.start() in vp_at or not clear(b.start(), b.end()):
            continue
        rest = b.end()
        fronted = next((m for m in mentions if m.start >= rest), None)
        if fronted is not None and _PREPS_ONLY.fullmatch(text[rest:fronted.start]):
            rest = fronted.end + len(_SPACES_COMMAS.match(text[fronted.end:end]).group())
        # (a subject is a few words: a window, not the rest of the sentence, is read)
        if (_clause_subject(text[rest:min(end, rest + 200)])
                and not _adjacent_cut(text, b, mentions)):
            cuts.append((b.start(), b.end(), "clause"))
    cuts.sort()
    # A verb phrase after a relative or complement clause opened in the sentence belongs
    # to that clause, whose subject is not the sentence's: no split there.
    sub = next((m for m in _SUBORDINATOR.finditer(text[start:end])
                if not any(x <= start + m.start() < z for x, z in skip)), None)
    if sub is not None:
        cuts = [c for c in cuts if c[2] != "vp" or c[0] < start + sub.start()]
    final = [c for c in cuts if text[c[0]] == ","]
    if final:  # "A in 1976, B in 1985, and C in 2003": the list's other commas join too
        last = final[-1][0]
        for b in _LIST_VP.finditer(text, start, last):
            if (clear(b.start(), b.end()) and all(b.start() != c[0] for c in cuts)
                and (sub is None or b.start() < start + sub.start())):
                cuts.append((b.start(), b.end(), "vp"))
        cuts.sort()
    return cuts


_SUBORDINATOR = re.compile(r"\b(?:" + "|".join(sorted(_EN.SUBORDINATORS)) + r")\b", re.I)


# ", who was signed on Tuesday": a relative clause set off by a comma after a name.
_RELATIVE_ASIDE = re.compile(
    r"(?P<name>(?<![\w’'])(?:[A-Z][\w’'.&-]*+\s(?:(?:" + "|".join(_EN.NAME_JOINERS)
    + r")\s)?){0,4}[A-Z][\w’'.&-]*+),\s+(?:"
    + "|".join(_EN.RELATIVE_PRONOUNS) + r")\s+")


# ", and that Lionsgate wanted": the clause before the comma goes on.
_CONTINUED = re.compile(r"\s+(?:(?:" + "|".join(_EN.COORDINATORS) + r")\s+)?(?:"
                        + "|".join(_EN.COMPLEMENTIZERS) + r")\b")
_MORE_RELATIVE = re.compile(r",?\s+(?:" + "|".join(_EN.COORDINATORS) + r")\s+(?:"
                            + "|".join(_EN.RELATIVE_PRONOUNS) + r")\s+")


def _relative_asides(text: str, start: int, end: int, mentions
                     ) -> list[tuple[int, int, int, str]]:
    """Relative clauses after a name, set off by commas, whose verb follows the pronoun:
    (the comma before, where the clause's words begin, where it ends, the name). The
    clause ends at the next comma, semicolon or the end that is not inside a date; the
    closing comma goes with it."""
    out = []
    for r in _RELATIVE_ASIDE.finditer(text, start, end):
        words = text[r.end():end].split()
        if not words or not _is_verb(words[0], _EN) or r.start() < (out[-1][2] if out else 0):
            continue
        stop = r.end()
        while True:
            found = re.compile(r"[,;]").search(text, stop, end)
            if found is None:
                stop = end
                break
            stop = found.start()
            if not any(m.start <= stop < m.end for m in mentions) and not _CONTINUED.match(
                    text, stop + 1, end):
                break
            stop += 1
        clause_end = stop + 1 if text[stop:stop + 1] == "," else stop
        # "who was deported to Italy and who died in 1962": one aside per relative clause
        begin, comma = r.end(), r.end("name")
        for more in _MORE_RELATIVE.finditer(text, r.end(), stop):
            out.append((comma, begin, more.start(), r.group("name")))
            begin, comma = more.end(), more.start()
        out.append((comma, begin, clause_end, r.group("name")))
    return out


def _adjacent_cut(text: str, cut, mentions) -> bool:
    """Whether a conjunction only joins two dates ("on Monday and Tuesday")."""
    before = [m for m in mentions if m.end <= cut.start()]
    after = [m for m in mentions if m.start >= cut.end()]
    return bool(before and after and _adjacent(text, before[-1], after[0]))


# ", and it launched", "; but Apple sold": a coordinator that may open a clause.
_PREPS_ONLY = re.compile(rf"(?:(?:{_PREPS})\s+)?", re.I)
_SPACES_COMMAS = re.compile(r"[\s,]*")
_CLAUSE_COORD = re.compile(
    r",?\s+(?:" + "|".join(_EN.COORDINATORS) + r")\s+(?:(?:"
    + "|".join(_EN.COORD_ADVERBS) + r"),?\s+)?", re.I)
# ", left it in 1985, and": a comma before a past verb, inside a list of verb phrases.
_LIST_VP = re.compile(r",\s+(?=(?-i:[a-z]{3,}ed|" + "|".join(sorted(_EN.IRREGULAR_PAST)) + r")\b)")
# ", 56,", ", who died in 2011,", ", the former president,": an aside after the subject.
_SUBJECT_ASIDE = re.compile(r",\s+(?:\d{1,3}|(?:who|which|whose|the|a|an|now|former)\b[^,;]*),\s+",
                            re.I)
# The same asides and a participle phrase ("Fred LaRue, known as the bagman, was found dead";
# "Smith, charged with fraud, resigned"), between the subject and the verb of a report.
_REPORT_ASIDE = re.compile(
    r",\s+(?:\d{1,3}|(?:who|which|whose|the|a|an|now|former|"
    + "|".join(sorted(_EN.ASIDE_PARTICIPLES)) + r"|(?-i:[a-z]{3,}ed))\b[^,;]*),\s+", re.I)
# One such aside, without the comma that closes it; at most ASIDES_MAX of them in a row.
_ONE_ASIDE = re.compile(_REPORT_ASIDE.pattern[:-len(r",\s+")], re.I)
ASIDES_MAX = 3
# A figure written with a thousands separator, which the text may space ("$300, 000").
_THOUSANDS = re.compile(r"(\d),\s?(\d{3})\b")
# ", and will remain", ", but prosecutors have not": where a later clause begins.
_LATER_CLAUSE = re.compile(
    r",\s+(?:" + "|".join(_EN.LATER_CLAUSE_OPENERS) + r")\b", re.I
) if _EN.LATER_CLAUSE_OPENERS else None


def _clause_subject(clause: str) -> bool:
    """Whether a clause opens with its own subject and verb: a noun phrase (_subject) or a
    pronoun before a verb ("it launched")."""
    words = clause.split()
    return _subject(clause) is not None or (
        len(words) > 1 and words[0].lower() in _EN.SUBJECT_PRONOUNS and _is_verb(words[1], _EN))


def _sharable_subject(clause: str) -> str | None:
    """The subject a coordinated verb phrase borrows: the clause's subject (_subject),
    past an aside between commas after it ("Jobs, 56, started")."""
    subject = _subject(clause)
    if subject is None:
        aside = _SUBJECT_ASIDE.search(clause)
        if aside is not None:
            subject = _subject(clause[:aside.start()] + " " + clause[aside.end():])
    return subject


def _main_verb(sentence: str) -> str | None:
    """The first finite verb of a sentence whose subject is a plain noun phrase (see
    _subject), or None: a fronted clause ("As ... reported, ...") has no plain subject."""
    sentence = _THOUSANDS.sub(r"\1\2", sentence)  # "$300, 000": a figure, no clause break
    sentence = _LEADING_SUBCLAUSE.sub("", _DATELINE.sub("", sentence.strip()), count=1)
    sentence = _tidy(_APPOSITIVE.sub(r"\1 ", sentence, count=1))  # "As ..., X sent": X sent
    subject = _subject(sentence, numeral=True)  # "3 people were killed"
    aside = _REPORT_ASIDE.search(sentence) if subject is None else None
    if aside is not None:
        # "John Jenkin, 23, was arrested": past the asides after the subject, one or a few in
        # a row ("Fred LaRue, 75, the Nixon aide who delivered the payoffs, died")
        end = aside.start()
        for _ in range(ASIDES_MAX):
            one = _ONE_ASIDE.match(sentence, end)
            if one is None or sentence[one.end():one.end() + 1] != ",":
                break
            end = one.end()
            subject = _subject(sentence[:aside.start()] + " " + sentence[end + 1:].lstrip())
            if subject is not None:
                sentence = sentence[:aside.start()] + " " + sentence[end + 1:].lstrip()
                break
    if subject is None or subject.split()[0].lower() in _FRONTING:
        return None
    at = sentence.find(subject[1:]) if len(subject) > 1 else -1
    if at == -1:
        return None
    words = sentence[at + len(subject) - 1:].split()
    return words[0].strip("“”\"',.;:") if words else None


_FRONTED_TIME_PHRASE = re.compile(
    r"^(?:(?:on|in|at|during|by|earlier|later|last|this)\b[^,]{0,40},\s*)", re.I)


def _attributive(words: Sequence[str], i: int) -> bool:
    """Whether the word in -ed at `i` is an adjective before its noun: right after a
    determiner, or after a determiner and an adverb ("an allegedly intoxicated driver"); a
    determiner never comes right before the verb."""
    before = [w.lower() for w in words[max(0, i - 2):i]]
    return before[-1] in _DETERMINERS or (
        len(before) == 2 and before[0] in _DETERMINERS and before[1].endswith("ly"))


def _subject(clause: str, numeral: bool = False) -> str | None:
    """The subject of a clause: the words before its first finite verb, when they look like a
    noun phrase (a capital or a determiner first, or with `numeral` a figure: "9 people were
    killed"; no comma, at most eight words)."""
    text = _DATELINE.sub("", clause.strip())
    text = _LEADING_FILLER.sub("", text)
    text = _FRONTED_TIME_PHRASE.sub("", text)
    words = text.split()
    for i, w in enumerate(words):
        bare = w.strip("“”\"',.;:").lower()
        if i and (bare in _FINITE or _EVENT_VERB.fullmatch(bare)
                  or (bare.endswith("ed") and w[:1].islower() and not _attributive(words, i))):
            subject = " ".join(words[:i])
            if (i <= 8 and "," not in subject
                    and (subject[:1].isupper() or words[0].lower() in _DETERMINERS
                         or (numeral and words[0][:1].isdigit()))):
                return subject[:1].upper() + subject[1:]
            return None
    return None


def _event(doc, start, end, h_start, h_end, mentions, main, names, subject=None,
           extra_cuts=(), drops=(), r: _Rules = _RULES_EN) -> EventMention:
    text = doc.text
    same = [m for m in mentions if m.span == main.span or _adjacent(text, m, main, r)]
    same += [m for m in extra_cuts if m not in same]
    cuts = [(m.start - h_start, m.end - h_start) for m in same]
    cuts += [(a - h_start, min(b, h_end) - h_start) for a, b in drops if h_start <= a < h_end]
    clause = text[h_start:h_end]
    head_text, offset = clause, 0
    if subject:  # "[Officials] will vote on April 3"
        head_text, offset = subject + " " + clause, len(subject) + 1
    headline = _make_headline(head_text, [(a + offset, b + offset) for a, b in cuts], r)
    words = _WORD.findall(headline)
    if (not subject and words and not text[h_start:main.start].strip(" ,“\"‘'(")
            and _opens_with_verb(words, _EN)):
        # The date was the clause's subject ("18 January was chosen as ..."): cutting it
        # leaves a fragment, so a plain noun for the date stands in ("The day was chosen").
        noun = _EN.DATE_AS_SUBJECT.get(main.span.precision, _EN.DATE_AS_SUBJECT_DEFAULT)
        quote = re.match(r"[“\"‘']*\s*", headline).end()  # “Tonight was ...,” he wrote
        headline = (headline[:quote].strip() + noun + " " + headline[quote:quote + 1].lower()
                    + headline[quote + 1:])
    elif r.words.VERB_SECOND and not subject and words:  # (the date and its words fronted)
        last = max(m.end for m in same if h_start <= m.start < h_end)
        headline = _subject_first(headline, text[last:h_end], r)
    return EventMention(
        doc_id=doc.id,
        sentence=text[start:end],
        sentence_start=start,
        sentence_end=end,
        headline=headline,
        span=main.span,
        time=main,
        dated_by="expression",
        status=_status(doc, clause, main, main.start - h_start, main.end - h_start, r),
        entities=extract_entities(text[start:end], names, r),
    )


def _subject_first(headline: str, after: str, r: _Rules) -> str:
    """A verb-second clause whose fronted date was cut opens with its verb ("Starb der
    Schriftsteller in Berlin"): the subject goes before it again ("Der Schriftsteller starb
    in Berlin"). The verb is the lowercase word right after the date (nouns and names are
    capitalised); the subject an article or pronoun, its adjectives, then capitalised words."""
    verb = re.match(r"[\s,]*([^\W\d_]+)\s", after)
    words = headline.split(" ")
    if verb is None or not verb.group(1)[:1].islower() or len(words) < 3 \
            or words[0].lower() != verb.group(1).lower():
        return headline
    i = 1
    if words[1].lower() in r.words.SUBJECT_ARTICLES:
        i = 2
        if words[1].lower() not in r.words.SUBJECT_PRONOUNS:
            while i < len(words) and words[i][:1].islower() and re.fullmatch(
                    r"[^\W\d_]+(?:e|en|er|es|em)", words[i]):  # adjectives before the noun
                i += 1
            if i == len(words) or not words[i][:1].isupper():
                return headline
    if i == 1 and not words[1][:1].isupper():
        return headline
    while i < len(words) and words[i][:1].isupper() and re.fullmatch(r"[^\W\d_][\w’'.-]*", words[i]):
        i += 1  # the noun, or a name of several words
    subject = " ".join(words[1:i])
    return " ".join([subject[:1].upper() + subject[1:], words[0].lower()] + words[i:])


def _adjacent(text: str, a: TimeMention, b: TimeMention, r: _Rules = _RULES_EN) -> bool:
    """'20 days later on February 24', 'Monday and Tuesday': mentions that form one expression."""
    lo, hi = (a, b) if a.start <= b.start else (b, a)
    gap = text[lo.end:hi.start]
    if lo is not hi and r.joined.fullmatch(gap):
        return True  # "on Monday and Tuesday", "March 20-22": one stretch of time
    return lo is not hi and len(gap) <= 4 and not gap.strip(" ,").replace("on", "").strip()


# ---------------------------------------------------------------- status

def _status(doc: Document, clause: str, m: TimeMention, start: int, end: int,
            r: _Rules = _RULES_EN) -> str:
    """'planned' for future or expected events, else 'reported'."""
    if doc.published is not None and m.span.first > doc.published:
        return "planned"
    if m.tense == "future":
        return "planned"
    if m.tense == "past":
        return "reported"
    return "planned" if r.future.search(_governing_clause(clause, start, end, r)) else "reported"


_WORDS = re.compile(r"\w+")


def _governing_clause(clause: str, start: int, end: int, r: _Rules = _RULES_EN) -> str:
    """The minimal clause around a date, so "said on Monday that it will ..." stays reported.

    Bounded by commas, quotes, brackets and "that"; when the date stands alone ("On Monday,
    ...") the following clause is the one it governs.
    """
    left = max((e.end() for e in r.clause_edge.finditer(clause, 0, start)), default=0)
    edges = [e.start() for e in r.clause_edge.finditer(clause, end)]
    right = edges[0] if edges else len(clause)
    if len(_WORDS.findall(clause[left:start] + clause[end:right])) <= 1 and edges:
        right = edges[1] if len(edges) > 1 else len(clause)
    return clause[left:right]


# ---------------------------------------------------------------- lead rule

def _lead_events(doc, sentences, dated_paragraphs, names, dated_sentences=frozenset(),
                 r: _Rules = _RULES_EN):
    """Sentences that report what has just happened, with no date words: the publication
    date, that day or the day before (publication_span).

    `sentences` are the document's sentences without its furniture. Where: the article lead
    (its first LEAD_PARAGRAPHS paragraphs, the title first), a section lead, or anywhere in
    the present perfect. What: an eventive verb in the past or present perfect (a title may
    use the headline present: "Lindsay Lohan checks into Betty Ford Center"), no hedge, modal,
    negation or habit word."""
    if doc.published is None:
        return []
    paragraphs = sorted({s.paragraph for s in sentences})
    lead = set(paragraphs[:LEAD_PARAGRAPHS])
    leads, titles = [], []
    if r.lead_past is not None:
        leads = [s for s in sentences if s.paragraph in lead and s.index not in dated_sentences
                 and _reports_by_data(s.text, r)]
        sentences = ()  # the rest of this function is English grammar
    for pos, sent in enumerate(sentences):
        in_lead = sent.paragraph in lead
        # (only a lead or a section lead may report: the habit words are not looked for
        # in the other sentences)
        if sent.index in dated_sentences \
                or not (in_lead or _is_section_lead(sentences, pos, dated_sentences)) \
                or _HABITUAL.search(sent.text):
            continue
        if in_lead:
            first = pos == 0 or sentences[pos - 1].paragraph != sent.paragraph
            last = pos + 1 == len(sentences) or sentences[pos + 1].paragraph != sent.paragraph
            if first and last and _is_heading(sent.text):  # a title line: headline present
                if _reports_event(sent.text, present=True):
                    titles.append(sent)
            elif _reports_event(sent.text):
                leads.append(sent)
        elif _reports_event(sent.text, _SPEECH_VERBS) and sent.text[-1:] in ".!":
            leads.append(sent)  # a section lead
    # A title announces the event its lead reports: it is a report of its own only when no
    # lead sentence is (one report per article, not the title and the lead side by side).
    if not any(s.paragraph in lead for s in leads):
        leads = sorted(titles + leads, key=lambda s: s.index)
    # The headline and the participants are the report's: a hedged later clause is left out.
    reports = [(sent, sent.text[:_report_end(sent.text)].rstrip(" ,")) for sent in leads]
    return [EventMention(
        doc_id=doc.id,
        sentence=sent.text,
        sentence_start=sent.start,
        sentence_end=sent.end,
        headline=make_headline(report, []),
        span=publication_span(doc.published),
        time=None,
        dated_by="publication",
        status="reported",
        entities=extract_entities(report, names),
    ) for sent, report in reports]


def _reports_by_data(text: str, r: _Rules) -> bool:
    """The lead rule from a language's data: a sentence, not a title, of five words or more
    with a finished action (LEAD_PAST) and no hedge, modal, negation or habit word
    (LEAD_HEDGE), no date word and no future cue."""
    return (len(text.split()) >= 5 and text.rstrip()[-1:] in ".!»”\""
            and r.lead_past.search(text) is not None
            and r.lead_hedge.search(text) is None
            and r.lead_date_words.search(text) is None
            and r.future.search(text) is None)


def _is_section_lead(sentences: Sequence[Sentence], pos: int, dated_sentences) -> bool:
    """The first sentence after a sub-heading, unless the next sentence dates the story."""
    if pos == 0:
        return False
    sent, heading = sentences[pos], sentences[pos - 1]
    if sent.paragraph == heading.paragraph or not _is_subheading(sentences, pos - 1):
        return False
    following = sentences[pos + 1] if pos + 1 < len(sentences) else None
    return not (following is not None and following.paragraph == sent.paragraph
                and following.index in dated_sentences)


def _is_subheading(sentences: Sequence[Sentence], pos: int) -> bool:
    """A short line of its own without final punctuation, starting like a title."""
    sent = sentences[pos]
    alone = [s for s in sentences[max(0, pos - 1):pos + 2] if s.paragraph == sent.paragraph]
    return len(alone) == 1 and _is_heading(sent.text)


def _is_heading(text: str) -> bool:
    """A title's shape: 3 to 15 words, no final punctuation, a capital or digit first."""
    return (3 <= len(text.split()) <= 15 and not re.search(r"[.!?:;,\"”’)…\]]$", text)
            and bool(re.match(r"[\"“‘']?[A-Z0-9]", text)))


# A year as a label inside a noun phrase after a preposition ("a sentence for a 2012 car crash
# case", "convicted of the 2005 murder"): it dates another thing, not the lead's report.
# As the action's own object the label dates the action ("hosted the 2022 World Cup").
_LABEL_YEAR_PREPS = ("of", "for", "over", "about")
_LABEL_YEAR = re.compile(r"\b(?:" + "|".join(_LABEL_YEAR_PREPS) + r")\s+(?:"
                         + "|".join(sorted(_DETERMINERS)) + r")\s+(?:1[89]|20)\d\d"
                         r"(?=\s+[^\W\d_])", re.I)


def _has_date_word(text: str) -> bool:
    """Whether a lead sentence names a date, label years left aside. (A label year gives way
    to a space, between a non-word character and a space: that makes no new date word, so a
    sentence without any is passed by the first search alone.)"""
    return bool(_LEAD_DATE_WORDS.search(text)
                and _LEAD_DATE_WORDS.search(_LABEL_YEAR.sub(" ", text)))


def _reports_event(text: str, skip: frozenset[str] = frozenset(), present: bool = False,
                   perfect: bool = False) -> bool:
    """A factual report of a done action: an eventive past verb (or participle after
    has/have/was/were), no hedge, modal or negation in its main clause (a later clause may
    have one: "..., and will remain there"). Verbs in `skip` do not count; `present`
    also takes a headline's present ("checks into"); `perfect` takes only the present perfect."""
    if len(text.split()) < (4 if present else 5) or "?" in text or _has_date_word(text):
        return False
    if present and _HEDGE.search(text):  # a title has no clauses to tell apart
        return False
    if present and (_HEADLINE_PRESENT.search(text) or _sentence_case_present(text)):
        return True
    verb = _main_verb(text)  # the verb right after the subject decides the tense
    if verb is None or verb.lower() in skip:
        return False
    at = text.find(verb) + len(verb)
    # A hedge counts in the main clause, up to where a later clause begins.
    later = _LATER_CLAUSE.search(text, at) if _LATER_CLAUSE is not None else None
    if _HEDGE.search(text, 0, later.start() if later else len(text)):
        return False
    rest = text[at:]
    if verb.lower() in ("has", "have", "had", "was", "were"):
        return bool(re.match(r"\s+(?:(?:just|also|now|already|reportedly|been)\s+)?"
                             r"(?!(?:supposed|expected|scheduled|set|due|slated|poised|meant|"
                             r"planned|going|urged)\b)"
                             + _PARTICIPLE + r"\b(?!\s+(?:since|for)\b)", rest))
    if _EVENT_VERB.fullmatch(verb):
        return True
    # A regular past as the verb when an object or adverbial follows ("entered the clinic"),
    # not an adjective before its noun ("face repeated setbacks").
    return bool(re.fullmatch(r"[a-z]{3,}ed|said|told", verb)) and bool(_AFTER_PAST.match(rest))


def _report_end(text: str) -> int:
    """Where a lead sentence's report ends: before a later clause with a hedge, modal or
    negation of its own ("Lohan has checked into rehab, [and will remain there]"), which is
    not what was reported; else at the sentence's end."""
    verb = _main_verb(text) if _LATER_CLAUSE is not None else None
    if verb is None:
        return len(text)
    later = _LATER_CLAUSE.search(text, text.find(verb) + len(verb))
    return later.start() if later and _HEDGE.search(text, later.start()) else len(text)


# ---------------------------------------------------------------- headline quality

_WORD = re.compile(r"[^\W_][\w’'.-]*")


@lru_cache(maxsize=1 << 16)  # pure; a merge asks it of every report, and copies repeat
def headline_quality(headline: str, language: str | None = "en") -> float:
    """How well a headline reads as a sentence a person would write, from 0 to 1.

    1.0 is a clause with a subject and a finite verb, of sensible length, in sentence case.
    Each defect takes off a share: a fragment that opens with its verb ("Was chosen as ..."),
    no finite verb at all, a title run into its lead ("The A380 was revealed The world's
    ...", see run_on_breaks), all capitals, too short, left-over date words, an unbalanced
    bracket, a question; less for a headline that leans on its context (opens with a pronoun,
    "these ...") or names no one, or that hedges or looks ahead ("could", "is expected to"). Page furniture scores 0. A headline cut short ("…") keeps
    its score: it is the start of a sentence. The scores are coarse on purpose: two clean
    headlines tie, and the caller's own order decides between them."""
    words = _WORD.findall(headline)
    if not words or not re.search(r"[^\W\d_]{2,}", headline) or is_furniture(headline, language):
        return 0.0
    lang = for_language(language)
    penalty = 0.0
    if _opens_with_verb(words, lang) and not _fronted_participle(headline):
        penalty += 0.5
    elif not _has_finite_verb(words, lang):
        penalty += 0.3
    if run_on_breaks(headline, lang):
        penalty += 0.5
    letters = [c for c in headline if c.isalpha()]
    if len(words) >= 3 and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        penalty += 0.3
    if len(words) < 3:
        penalty += 0.3
    if headline[:1].islower():
        penalty += 0.2
    if len(headline) > HEADLINE_MAX:
        penalty += 0.1
    lower = [w.lower() for w in words]
    if lower[0] in lang.ANAPHORA_FIRST or lang.ANAPHORA_ANYWHERE.intersection(lower):
        penalty += 0.1
    if not any(w[:1].isupper() for w in words[1:]):  # names no one: says less
        penalty += 0.1
    if _HEDGE.search(headline) or _rules(language).future.search(headline):  # not what happened
        penalty += 0.1
    if _rules(language).lead_date_words.search(headline):
        penalty += 0.2
    if headline.count("(") != headline.count(")") or headline.count('"') % 2:
        penalty += 0.1
    if headline.rstrip("”\"’' ").endswith("?"):  # a question reports nothing
        penalty += 0.3
    return round(max(0.0, 1.0 - penalty), 2)


def _is_verb(word: str, lang) -> bool:
    """A finite verb or auxiliary by its form: a closed list, or a regular past."""
    w = word.strip("“”\"'’").lower()
    return (w in lang.FINITE_VERBS or w in lang.IRREGULAR_PAST
            or bool(_EVENT_VERB.fullmatch(w)) or bool(re.fullmatch(r"[a-z-]{3,}ed", w)))


def _opens_with_verb(words: Sequence[str], lang) -> bool:
    """A fragment: the first word is a verb with no subject before it ("Was chosen as",
    "Launched the store"). A regular past counts only before a lowercase word that is not
    itself a verb ("United Nations", "Ahmed said" are subjects)."""
    first = words[0].lower()
    if first in lang.FINITE_VERBS or first in lang.IRREGULAR_PAST:
        return True
    if re.fullmatch(r"[a-z-]{4,}ed", first) and len(words) > 1:
        # a verb before its object or adverbial ("Launched the", "Killed 3"), not an
        # adjective before its noun ("Convicted mobster")
        second = words[1].lower()
        return second in lang.TITLE_SMALL_WORDS or second in _DETERMINERS or second.isdigit()
    return False


def _fronted_participle(headline: str) -> bool:
    """"Dubbed the Oddfather, Gigante had scored ...": a participle phrase before the
    subject, whose clause comes after the comma."""
    comma = headline.find(", ")
    return comma > 0 and _clause_subject(headline[comma + 2:])


def _has_finite_verb(words: Sequence[str], lang) -> bool:
    """A verb after the first word: a finite form, or a title's present after a name
    ("Lohan checks into")."""
    for prev, w in zip(words, words[1:]):
        if w[:1].islower() and (_is_verb(w, lang) or (
                prev[:1].isupper() and re.fullmatch(r"[a-z]{3,}(?<!s)s", w))):
            return True
    return False


def run_on_breaks(line: str, lang=None) -> list[int]:
    """Offsets in `line` where a new sentence begins without a mark before it: a title or
    a clause run into the next one ("The A380 was revealed The world's largest passenger
    aircraft was unveiled ..."). The cue is a capitalised sentence opener (a determiner or
    a pronoun, never a name) before a lowercase word, after a lowercase word that can end a
    clause, in a line that is not title case, with a subject and a verb on both sides."""
    lang = lang or _EN
    if not _opener_cue(lang).search(line):
        return []  # the cue below never holds: no need to look at every word
    words = list(_WORD.finditer(line))
    if len(words) < 6:
        return []
    big = [w for w in words if w.group()[:1].isupper()]
    small = [w for w in words if w.group().lower() not in lang.TITLE_SMALL_WORDS]
    if len(big) * 2 > len(small):  # title case: capitals are not sentence starts there
        return []
    out, begin = [], 0
    for i in range(1, len(words) - 1):
        w, prev, nxt = words[i], words[i - 1], words[i + 1]
        if (w.group().lower() not in lang.SENTENCE_OPENERS or not w.group()[:1].isupper()
                or not prev.group()[-1:].islower() or not nxt.group()[:1].islower()
                or line[prev.end():w.start()] != " "
                or prev.group().lower() in _DANGLING_END):
            continue
        left, right = line[begin:prev.end()], line[w.start():w.start() + 200]
        if len(left.split()) >= 3 and _subject(left) is not None and _subject(right):
            out.append(w.start())
            begin = w.start()
    return out


@lru_cache(maxsize=None)
def _opener_cue(lang) -> re.Pattern:
    """A lowercase letter, one space, a capitalised sentence opener, a lowercase word: what
    run_on_breaks needs at least once before it splits the line into words."""
    openers = sorted((w for w in lang.SENTENCE_OPENERS if w), key=lambda w: (-len(w), w))
    # the first letter a capital, the rest in any case ("The", "THE")
    alternatives = "|".join(re.escape(w[0].upper()) + "(?i:" + re.escape(w[1:]) + ")"
                            for w in openers)
    # (the space first and the letter before it looked back at: the scan jumps from one
    # space to the next instead of trying every letter)
    return re.compile(r" (?<=[^\W\d_] )(?:" + alternatives + r")\W+[^\W\d_]")


def split_run_ons(text: str, sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences, with a sentence that runs a title or clause into the next one
    (run_on_breaks) cut in two, in the same paragraph, renumbered."""
    out: list[Sentence] = []
    for sent in sentences:
        cuts = [sent.start + b for b in run_on_breaks(sent.text)]
        for a, b in zip([sent.start] + cuts, cuts + [sent.end]):
            end = a + len(text[a:b].rstrip())
            out.append(Sentence(a, end, text[a:end], sent.paragraph, len(out)))
    return out


# ---------------------------------------------------------------- headline

def make_headline(clause: str, cuts: Sequence[tuple[int, int]], language: str | None = "en"
                  ) -> str:
    """A short 'who did what' line: the clause without its date words, fillers and datelines."""
    return _make_headline(clause, cuts, _rules(language))


def _make_headline(clause: str, cuts: Sequence[tuple[int, int]], r: _Rules) -> str:
    text = clause
    for start, end in reversed(_cut_spans(clause, cuts, r)):
        text = _remove(text, start, end, r)
    text = _DATELINE.sub("", text.strip())
    text = _APPOSITIVE.sub(r"\1 ", _tidy(text), count=1)
    text = _tidy(text)
    if len(text) > HEADLINE_MAX:  # too long: a leading subordinate clause goes first
        text = _LEADING_SUBCLAUSE.sub("", text, count=1)
    while True:
        stripped = r.filler.sub("", text, count=1)
        if stripped == text:
            break
        words = _WORD.findall(stripped)
        if words and _opens_with_verb(words, _EN):
            break  # "Then came the anger": the adverb is what the inverted verb follows
        text = _tidy(stripped)
    if not re.search(r"[\"“”]|''|``", text):  # a quote keeps its speaker
        text = _TRAILING_ATTRIBUTION.sub("", text, count=1)
    text = _balance_quotes(text)
    text = _tidy(text).rstrip(".")
    if len(text) > HEADLINE_MAX:
        cut = text[:HEADLINE_MAX - 1]
        cut = cut[:cut.rfind(" ")] if " " in cut else cut
        cut = _drop_dangling(cut.rstrip(" ,;:–—-("), r.dangling_end)
        text = _balance_quotes(cut.rstrip(" ,;:–—-(")).rstrip(" ,;:") + "…"
    return text[:1].upper() + text[1:]


def _cut_spans(clause: str, cuts: Sequence[tuple[int, int]], r: _Rules = _RULES_EN
               ) -> list[tuple[int, int]]:
    """The date cuts widened over what they leave behind ("on", "the end of", "just"), merged
    when they touch, in order. Offsets stay those of the original clause."""
    spans: list[list[int]] = []
    for start, end in sorted(cuts):
        if _may_leave_over(clause, start, r):
            window = max(0, start - _LEFTOVER_WINDOW)
            if window:  # begin at a word, not inside one
                space = clause.find(" ", window, start)
                window = space + 1 if space != -1 else start
            left = r.leftover.search(clause, window, start)
            if left:
                start = left.start()
        if spans and r.join_gap.fullmatch(clause[spans[-1][1]:start]):  # touching or joined
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return [(a, b) for a, b in spans]


def _may_leave_over(clause: str, start: int, r: _Rules = _RULES_EN) -> bool:
    """Whether the words before a cut at `start` can be a leftover of its date."""
    if not start or not clause[start - 1].isspace():
        return False
    end = start
    while end and clause[end - 1].isspace():
        end -= 1
    return clause[end - 1:end] == ")" or _last_word(clause[max(0, end - 30):end]) in r.leftover_last


# "..., the government reported on Friday, adding that ...": who told, not what happened.
_TRAILING_ATTRIBUTION = re.compile(
    r"(?<=\w),\s+(?:[\w.’'-]+\s+){1,6}?(?:said|says|reported|reports|announced|added)"
    r"(?:\s+[\w’'-]+){0,2}\s*(?:[,.].*)?$")
_DAY_APPOSITIVE = re.compile(
    r"^,\s+(?:the|a)\s+(?:[\w’'-]+\s+){0,3}(?:anniversary|birthday|eve|day|feast)\b[^,;:.]*(?=[,;:.]|$)",
    re.I)


def _remove(text: str, start: int, end: int, r: _Rules = _RULES_EN) -> str:
    """The text without [start, end), with the punctuation and words the cut orphaned removed:
    a comma that no longer closes anything ("who just a few days earlier, was issued") and a
    preposition or conjunction left hanging before the end ("postponed to next week.")."""
    left, right = text[:start].rstrip(), text[end:]
    possessive = re.match(r"['’]s\b", right)
    if possessive:  # "to get Wednesday's ruling overturned" -> "to get the ruling overturned"
        right = right[possessive.end():]
        if _last_word(left) not in r.determiners:
            left += " the"
    # "would fail today, the 39th anniversary of the Bay of Pigs": the aside names the day
    trimmed = _DAY_APPOSITIVE.sub("", right, count=1)
    if trimmed != right:  # ", the 39th anniversary of the Bay of Pigs, an aborted invasion."
        trimmed = re.sub(r"^,\s+(?:an?|the)\s+[^,;:.]*(?=[.;:]|$)", "", trimmed, count=1)
    right = trimmed
    right_bare = right.lstrip()
    if right_bare.startswith(","):
        if left.endswith(","):
            # ", on Monday," between a subject and its verb: both commas go; after a fronted
            # phrase ("In Moscow, on Monday, Xi said") one stays.
            segment = re.split(r"[,;:(]", left[:-1])[-1]
            if segment.strip() and not _fronted(left[:-1]) and left[:-1] == segment:
                left = left[:-1]
            right_bare = right_bare[1:]
        elif not left or _last_word(left) in r.no_comma_after and re.search(r"\w$", left):
            right_bare = right_bare[1:]
        right = " " + right_bare
    if not right_bare or right_bare[:1] in ",;:.!?)]–—\"”’":
        left = _drop_dangling(left, r.dangling_end)
    return left + " " + right.lstrip(" ") if right.strip() else left + right.strip()


def _fronted(left: str) -> bool:
    """Whether the last comma-free stretch of `left` is a fronted phrase ("In Moscow")."""
    segment = re.split(r"[,;:(]", left)[-1].strip(" “\"")
    first = segment.split()[0].lower() if segment.split() else ""
    return (first in TEMPORAL_PREPS or first in _FRONTING
            or bool(_LEADING_FILLER.fullmatch(segment + ", ")))


def _drop_dangling(text: str, words: frozenset[str]) -> str:
    """`text` without the words of `words` it ends on (one at a time, never all of it)."""
    while True:
        begin = _trailing_letters(text, len(text))
        if begin == len(text) or (begin and (text[begin - 1].isalnum() or text[begin - 1] == "_")):
            return text  # no final word, or it is the tail of a longer one ("Café" -> no)
        rest = text[:begin].rstrip()
        if text[begin:].lower() not in words or not rest:
            return text
        text = rest


_TIDY_EMPTY_BRACKETS = re.compile(r"\(\s*\)")
# (spaces only by then: a space first lets the scan skip from one space to the next)
_TIDY_SPACE_BEFORE_MARK = re.compile(r" \s*([,;:.!?])")
_TIDY_MARK_RUN = re.compile(r"([,;:])(?:\s*[,;:])+")
_TIDY_COMMA_PERIOD = re.compile(r",\s*\.")


@lru_cache(maxsize=64)  # pure; a headline is tidied again after each step that changes nothing
def _tidy(text: str) -> str:
    text = " ".join(text.split())  # (the ends are stripped below)
    if "(" in text:  # (the substitutions below find nothing to do in most texts)
        text = _TIDY_EMPTY_BRACKETS.sub("", text)
    text = _TIDY_SPACE_BEFORE_MARK.sub(r"\1", text)
    text = _TIDY_MARK_RUN.sub(r"\1", text)
    if "," in text:
        text = _TIDY_COMMA_PERIOD.sub(".", text)
    return text.strip().lstrip(",;:–—- ").rstrip(",;:–—- ").strip()


def _balance_quotes(text: str) -> str:
    if text.count('"') % 2:
        text = text.replace('"', "")
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    if text.startswith("‘") and "’" not in text[1:]:
        text = text[1:]
    return text


# ---------------------------------------------------------------- entities

_CAP_RUN = _cap_run(_EN.NAME_CAPITALS)
_NOT_NAMES = re.compile(_EN.NOT_NAMES, re.I)


def _known_names(text: str, sentences: Sequence[Sentence], r: _Rules = _RULES_EN
                 ) -> frozenset[str]:
    """Capitalised words the document also uses mid-sentence: names, not sentence openers."""
    starts = {s.start for s in sentences}
    seen: dict[str, str] = {}  # a word's name ("" for none), once per document (names repeat)
    for m in r.capital_word.finditer(text):
        if m.start() in starts:
            continue
        word = m.group()
        if word not in seen:
            seen[word] = "" if r.not_names.match(word) \
                else word.rstrip(".").removesuffix("’s").removesuffix("'s")
    return frozenset(name for name in seen.values() if name)


_OPENING_MARKS = re.compile(r"[\"'“‘(\[]*")


def extract_entities(sentence: str, names: frozenset[str] = frozenset(),
                     r: _Rules | None = None) -> tuple[str, ...]:
    """Capitalised name runs ("Xi Jinping", "U.S.", "Russian Security Council"), in order.

    A run at the very start of the sentence counts only when it has two or more words or the
    document uses the word as a name elsewhere; titles ("Mr.") and date words are dropped.
    """
    r = r or _RULES_EN
    out: list[str] = []
    first = _OPENING_MARKS.match(sentence).end()
    for m in r.cap_run.finditer(sentence):
        words = [w.rstrip(",") for w in m.group().split()]
        bare = [_bare(w) for w in words]
        lo, hi = 0, len(words)  # trimmed by index: popping the front of a long run is quadratic
        while lo < hi and (r.not_names.match(bare[lo]) or bare[lo].lower() in _TITLE_WORDS):
            lo += 1
        while lo < hi and r.not_names.match(bare[hi - 1]):
            hi -= 1
        if lo < hi and m.start() == first and bare[lo] not in names:
            lo += 1  # a sentence opener ("Following Putin"), unless used as a name
        if lo == hi:
            continue
        name = " ".join(words[lo:hi - 1] + bare[hi - 1:hi])
        name = name.removesuffix("’s").removesuffix("'s")
        if name and name not in out:
            out.append(name)
    return tuple(out)


_DOTTED = re.compile(r"(?:[A-Za-z]\.)+")


def _bare(word: str) -> str:
    """A word without a possessive (also the plural one: "Williams'") or a sentence period
    (keeps dotted acronyms: "U.S.")."""
    word = word.removesuffix("’s").removesuffix("'s")
    if word.endswith(("s'", "s’")):
        word = word[:-1]
    if word.endswith(".") and not _DOTTED.fullmatch(word):
        word = word.rstrip(".")
    return word


# ---------------------------------------------------------------- helpers

def _trailing_letters(text: str, end: int) -> int:
    """Where the run of letters ending at `end` starts, accented ones too ("después",
    "während"; scanned back: a regex search ending in "$" retries every start and is
    quadratic on a long run)."""
    i = end
    while i and text[i - 1].isalpha():
        i -= 1
    return i


def _last_word(text: str) -> str:
    """The last word of `text`, lowercased, past trailing spaces and commas."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return text[_trailing_letters(text, end):end].lower()


def _enclosing_quote(sentence: str, start: int, end: int) -> str | None:
    """The quoted text around [start, end) in the sentence, if the date is inside quotes."""
    for m in re.finditer(r"“([^”]*)”?|\"([^\"]*)\"?|‘([^’]*)’", sentence):
        if m.start() < start and end <= m.end():
            return next(g for g in m.groups() if g is not None)
    return None


def _is_title(quote: str) -> bool:
    """A title-cased quote: "Russia and China: A Partnership for the Future"."""
    words = re.findall(r"[A-Za-z][\w’'-]*", quote)
    small = {"a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with"}
    big = [w for w in words if w.lower() not in small]
    return len(words) >= 2 and len(words) <= 12 and all(w[0].isupper() for w in big)


def furniture_sentences(text: str, sentences: Sequence[Sentence],
                        language: str | None = "en") -> frozenset[int]:
    """Indices of the sentences that are page furniture (timeline.furniture, in the
    document's language): every sentence of a line that is furniture as a whole ("Updated
    5:40 p.m. ET" splits at "p.m."), any sentence the page's furniture covers, and any
    sentence that is furniture by itself."""
    out: set[int] = {sentences[k].index for k in furniture_ranges(
        text, [(s.start, s.end) for s in sentences], language)}
    i = 0
    while i < len(sentences):
        j = i
        while j + 1 < len(sentences) and sentences[j + 1].paragraph == sentences[i].paragraph:
            j += 1
        line = text[sentences[i].start:sentences[j].end]
        if is_short_furniture(line, language):
            out.update(range(sentences[i].index, sentences[j].index + 1))
        elif j > i:  # (a line of one sentence is that sentence: tested already)
            out.update(s.index for s in sentences[i:j + 1]
                       if s.index not in out and is_short_furniture(s.text, language))
        i = j + 1
    return frozenset(out)


def publication_span(day: date) -> TimeSpan:
    """The span a publication-dated lead event gets: a just-reported event ("has made a
    previously unannounced visit") happened on the day of publication or the day before
    (news is written, edited and published across a day boundary), so [day - 1, day],
    approximate. The value stays the publication day, the nominal date."""
    first = day - timedelta(days=min(PUBLICATION_LAG_DAYS, (day - date.min).days))
    return TimeSpan(first, day, "day", day.isoformat(), "approximate")
