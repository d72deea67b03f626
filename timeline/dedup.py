"""DEDUP stage: group event mentions that report the same real-world event.

Two mentions can be one event only when their dates are compatible (blocking) and their
content is similar: TF-IDF cosine over the evidence sentences plus shared named entities.
Clusters grow by average linkage with a complete-linkage guard (every pair must be
date-compatible and not dissimilar), so A~B and B~C never drag an unrelated C next to A.
The result does not depend on input order: mentions are put in a canonical order first and
every tie is broken by that order.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from datetime import date, timedelta
from itertools import combinations
from typing import Iterable, Sequence

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from timeline.model import Document, Event, EventMention, precision_rank

# All similarities below are 0..1 scores (see _score). MERGE_THRESHOLD, PAIR_FLOOR,
# SAME_DOC_THRESHOLD, ENTITY_FLOOR and PLACE_ONLY_WEIGHT were CHOSEN ON THE GOLD with
# benchmarks/tune_dedup.py (seeds, tests/gold/seeds_timeline.json; grid 4 x 2 x 4 x 4 x 3, then
# one-at-a-time sweeps around the choice). Evidence: pairwise F1 1.000 (P 1.000, R 1.000),
# B-cubed F1 1.000, 0 chained output events, 0 split gold events, flat over MERGE 0.20-0.45,
# PAIR_FLOOR 0.10-0.35, SAME_DOC 0.30-0.44, ENTITY_FLOOR 0.35-0.48, PLACE_ONLY_WEIGHT 0.1-0.5
# (one at a time). Edges: ENTITY_FLOOR 0.32 chains two events (F1 0.94), 0.50 splits one
# (F1 0.77); SAME_DOC 0.45 splits one (F1 0.77); MERGE 0.50 splits two (F1 0.86);
# PLACE_ONLY_WEIGHT 0.7 (a shared place counts nearly as an actor) chains (F1 0.84). Values
# are taken from the middle of the plateau.
# (Before the actor overlap and the class compatibility the best was F1 0.48, R 0.33; before
# time-and-place asides, see _occasion_places, F1 0.875, R 0.78.)
# Average similarity a cluster pair must reach to merge (date blocking comes first, so this
# only decides between mentions whose dates already fit together).
MERGE_THRESHOLD = 0.35
# Every pair inside a cluster must be at least this similar: the guard against chaining.
PAIR_FLOOR = 0.20
# Sentences of one article share its cast and vocabulary, which inflates their similarity:
# two mentions from the same document must each be at least this similar to be merged.
SAME_DOC_THRESHOLD = 0.40
# Day dates that disagree (2022-12-20 vs 2022-12-21) merge only when the wording is nearly the
# same (action cosine) and the actors are shared; the event is then flagged
# "conflicting-dates" and keeps the majority date.
CONFLICT_MAX_DAYS = 1
CONFLICT_THRESHOLD = 0.55
# A lead event dated by publication happened on that day or shortly before it.
LEAD_SLACK_DAYS = 3
# Weights of the three content signals (action wording, shared actors, compatible action
# class); they add up to 1 so thresholds read as similarities.
ACTION_WEIGHT = 0.4
ENTITY_WEIGHT = 0.3
CLASS_WEIGHT = 0.3
# Two mentions of one event name the same kind of action, or share at least this much
# wording about what happened.
ACTION_FLOOR = 0.10
# ... and share actors (IDF-weighted overlap of people, places and bodies >= ENTITY_FLOOR, chosen
# on the gold, see above), unless their wording alone is as close as STRONG_ACTION.
ENTITY_FLOOR = 0.40
# Two mentions that share only a place ("talks in Moscow", "arriving in Moscow") share a
# setting, not an actor: the shared-actor score counts this much of it. Anything in 0.1-0.5 scores
# the same on the gold; 0.3 keeps a shared place alone under ENTITY_FLOOR by design.
PLACE_ONLY_WEIGHT = 0.3
STRONG_ACTION = 0.40

_KIND_ORDER = {"point": 0, "approximate": 1, "before": 2, "after": 3}
_NO_DATE = date.max


def merge_events(mentions: Sequence[EventMention], documents: Sequence[Document] = ()) -> list[Event]:
    """One Event per real-world event, sorted by (first day, last day, id).

    `documents` only supplies titles and publication dates (for source order and text); the
    clusters themselves depend on the mentions alone.
    """
    items = _canonical(mentions)
    if not items:
        return []
    docs = {d.id: d for d in documents}
    sim = _similarity(items)
    clusters = []
    for component in _components(items, sim):
        clusters.extend(_agglomerate(component, items, sim))
    events = [_event([items[i] for i in c], docs) for c in clusters]
    events.sort(key=lambda e: (e.span.first, e.span.last, e.id))
    return events


def merge_timelines(*runs: Iterable[Event], documents: Sequence[Document] = ()) -> list[Event]:
    """Merge the events of separate runs: the same as merging all their mentions at once."""
    return merge_events([m for run in runs for e in run for m in e.mentions], documents)


# ---------------------------------------------------------------- order and dates

def _mention_key(m: EventMention) -> tuple:
    t = m.time
    return (m.doc_id, m.sentence_start, m.sentence_end, m.span.first, m.span.last,
            m.span.value, m.dated_by, t.start if t else -1, t.end if t else -1, m.headline)


def _canonical(mentions: Sequence[EventMention]) -> list[EventMention]:
    """Mentions in a canonical order, exact duplicates dropped (so re-merging is idempotent)."""
    out: list[EventMention] = []
    for m in sorted(mentions, key=_mention_key):
        if not out or out[-1] != m:
            out.append(m)
    return out


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
# "the three-day state visit that ended on Wednesday": a day that closes (or opens) an event
# the sentence says lasted N days; the event may be matched anywhere in those N days.
_MULTI_DAY = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]day\s+(?:[\w-]+\s+){0,2}"
    r"(?:visit|trip|tour|summit|meeting|talks|conference|exercises?|drills?|festival|strike|"
    r"session|forum)\b", re.I)
_ENDS = re.compile(r"\b(?:conclud|ended|ends|ending|wrapp|finish|closed|left|depart)", re.I)
_BEGINS = re.compile(r"\b(?:began|begins|begun|start|opened|opens|arriv|kick)", re.I)


def _extent(m: EventMention) -> tuple[date, date]:
    """A day mention of a multi-day event widened to the whole event, else the mention."""
    s = m.span
    if m.dated_by == "expression" and s.precision == "day" and s.kind == "point":
        found = _MULTI_DAY.search(m.sentence)
        if found:
            word = found.group(1).lower()
            n = _NUMBERS.get(word) or int(word) if word.isdigit() or word in _NUMBERS else 1
            n = max(1, min(n, 31)) - 1
            if _ENDS.search(m.sentence):
                return s.first - timedelta(days=n), s.last
            if _BEGINS.search(m.sentence):
                return s.first, s.last + timedelta(days=n)
    return s.first, s.last


@lru_cache(maxsize=65536)
def _interval(m: EventMention) -> tuple[date, date]:
    """The days a mention allows the event to fall on (cached: the sweep asks often)."""
    s = m.span
    if m.dated_by == "publication":
        return s.last - timedelta(days=LEAD_SLACK_DAYS), s.last
    if s.kind == "approximate":
        slack = timedelta(days=s.slack_days)
        return s.first - slack, s.last + slack
    if s.kind == "after":
        return s.first, _NO_DATE
    return _extent(m)  # point, and "before" (the tagger bounds it: first .. deadline)


def _date_relation(a: EventMention, b: EventMention) -> str:
    """'compatible' (overlap or containment), 'conflict' (nearby different days), or 'apart'."""
    (a0, a1), (b0, b1) = _interval(a), _interval(b)
    if a0 <= b1 and b0 <= a1:
        return "compatible"
    if (a.dated_by == b.dated_by == "expression"
            and a.span.precision == b.span.precision == "day"
            and a.span.kind == b.span.kind == "point"
            and abs((a.span.first - b.span.first).days) <= CONFLICT_MAX_DAYS):
        return "conflict"
    return "apart"


# ---------------------------------------------------------------- content similarity

_IRREGULAR = {
    "met": "meet", "made": "make", "took": "take", "held": "hold", "went": "go", "gone": "go",
    "gave": "give", "given": "give", "flew": "fly", "flown": "fly", "sent": "send",
    "spoke": "speak", "spoken": "speak", "told": "tell", "said": "say", "says": "say",
    "began": "begin", "begun": "begin", "won": "win", "lost": "lose", "struck": "strike",
    "left": "leave", "led": "lead", "paid": "pay", "saw": "see", "seen": "see",
    "came": "come", "became": "become", "fell": "fall", "hit": "hit", "visits": "visit",
}
_DATE_TOKENS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow "
    "week weeks month months year years day days ago later earlier".split())


# Attribution says who reported the event, not what happened: "according to RIA Novosti".
_ATTRIBUTION = re.compile(r"\baccording to [^,;.]*|\b(?:as )?\w+(?: \w+)? reported\b", re.I)


# What kind of thing happened: news English names one action with many words ("visit",
# "trip", "flew into", "arrived in"). Each stem below also counts as its class, so two reports
# of one event match even when they word it differently. Classes are coarse on purpose; the
# names and the rest of the wording still have to agree.
_ACTION_CLASSES = {
    "visit": "visit trip tour travel traveled travelled fly arriv depart land stay "
             "toured journey",
    "meet": "meet meeting talk summit negotiat conversation consultation spoke speak",
    "call": "call phone video virtual",
    "say": "say tell remark statement declar comment speech address interview",
    "publish": "publish article op-ed column wrote write",
    "attack": "attack strike missile drone shell bomb raid invad invasion offensive kill",
    "agree": "agree agreement sign treaty deal accord pact",
    "announce": "announce release issu unveil",
    "request": "invit invitation ask request urge appeal",
}
# Classes that can name one occasion: what leaders say to each other, ask of each other and
# discuss happens in a meeting or a call ("Xi told Putin" = "formal talks"); a request made in a
# call is part of it.
_COMPATIBLE = {frozenset(p.split()) for p in (
    "@meet @say", "@meet @call", "@call @say", "@request @call")}
# A visit and a meeting are one event only when one report is too coarse (a month or more) to
# tell them apart: "during his visit to China in December 2022" = "in a meeting on December 21".
# Day reports of a visit and of talks during it stay two events.
_COMPATIBLE_IF_COARSE = {frozenset(("@visit", "@meet"))}
_COARSE_RANK = precision_rank("month")
_CLASS_OF = {stem: "@" + name for name, words in _ACTION_CLASSES.items()
             for stem in words.split()}

# "called for a negotiated solution", "called on Moscow to": a demand, not a phone call.
_CALL_FOR = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:for|on|upon)\b", re.I)


def _tokens(text: str) -> list[str]:
    """Lower-cased content words with a light stem; stop words and date words dropped; each
    action word is followed by its action class ("@visit")."""
    out = []
    text = _CALL_FOR.sub("urged", _ATTRIBUTION.sub(" ", text))
    for w in re.findall(r"[a-z][a-z'’-]*[a-z]|[a-z]", text.lower()):
        w = re.sub(r"['’]s$", "", w)
        if w in ENGLISH_STOP_WORDS or w in _DATE_TOKENS or len(w) < 2:
            continue
        stem = _stem(w)
        out.append(stem)
        cls = _CLASS_OF.get(stem) or next(
            (c for k, c in _CLASS_OF.items() if len(k) >= 5 and stem.startswith(k)), None)
        if cls:
            out.append(cls)
    return out


def _stem(w: str) -> str:
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suffix, repl, keep in (("ies", "y", 3), ("ing", "", 3), ("ed", "", 3), ("es", "", 4),
                               ("s", "", 3)):
        if w.endswith(suffix) and len(w) - len(suffix) >= keep and not w.endswith("ss"):
            return w[: len(w) - len(suffix)] + repl
    return w


def _entity_tokens(m: EventMention) -> list[str]:
    return sorted(set(
        t for e in m.entities for t in re.findall(r"[a-z][a-z.]*[a-z]|[a-z]", e.lower())
        if t not in ENGLISH_STOP_WORDS and t not in _DATE_TOKENS))


# Office words inside names ("Russian President Dmitri Medvedev"): who someone is, not who.
_OFFICE_WORDS = frozenset(
    "president vice prime minister chairman chairwoman chair deputy secretary general state "
    "leader chief head premier chancellor king queen prince senator governor mayor ambassador "
    "spokesman spokeswoman spokesperson foreign defense defence affairs council party "
    "member members national federation republic people".split())
_DEMONYM_END = re.compile(r"(?:n|an|ian|ese|ish|i)$")


def _country_like(vocabulary: Iterable[str]) -> frozenset[str]:
    """Names of countries and their adjectives, found in the run itself: a name whose
    adjective also occurs ("Russia"/"Russian", "China"/"Chinese", "Ukraine"/"Ukrainian"), both
    forms, and "Western". Nearly every sentence of a story about two countries names them, so
    sharing them says nothing about which event two sentences report."""
    words = sorted(set(vocabulary))
    out = {"western", "eastern", "european", "international", "global"}
    for a in words:
        for b in words:
            if a != b and len(a) >= 4 and b[:4] == a[:4] and len(b) > len(a) - 1 \
                    and _DEMONYM_END.search(b) and b != a + "s":
                out.update((a, b))
    return frozenset(out)


def _actor_tokens(m: EventMention, country_like: frozenset[str]) -> frozenset[str]:
    """The people, places and bodies a mention names: entity words without office titles,
    country names and the names a source is cited by ("according to RIA Novosti")."""
    cited = " ".join(a.group() for a in _ATTRIBUTION.finditer(m.sentence)).lower()
    return frozenset(t for t in _entity_tokens(m)
                     if t not in _OFFICE_WORDS and t not in country_like and len(t) > 1
                     and not re.search(rf"\b{re.escape(t)}\b", cited))


_LOCATIVE = re.compile(r"\b(?:in|into|to|from|at|near|outside|inside|across|visit(?:ed|ing|s)?)"
                       r"\s+((?:[A-Z][\w’'.-]*\s?)+)")


def _place_tokens(m: EventMention) -> frozenset[str]:
    """Name words the sentence uses as a place: right after "in", "to", "into", "from"..."""
    return frozenset(t for p in _LOCATIVE.finditer(m.sentence)
                     for t in re.findall(r"[a-z][a-z.]*[a-z]|[a-z]", p.group(1).lower()))


def _content_tokens(m: EventMention) -> list[str]:
    """The words of the event's own clause (its headline) minus its names: what happened
    rather than who was involved. The rest of the sentence is context, often another event."""
    names = _entity_tokens(m)
    return [t for t in _tokens(m.headline) if t not in names]


def _classes(m: EventMention) -> frozenset[str]:
    """Action classes of the event's clause: its headline, or the whole sentence when the
    headline was cut short (the verb may sit in the part that was cut)."""
    classes = frozenset(t for t in _tokens(_clause_words(m)) if t.startswith("@"))
    if "@request" in classes:
        if m.status == "planned" and classes - {"@request"}:
            # The planned occasion itself ("a state trip in the spring", dated apart from the
            # invitation): the visit asked for, which may yet be reported as it happens.
            return classes - {"@request"}
        # "invited Xi to Moscow for a state trip", "asked him to strengthen cooperation": the
        # request is what happened; the visit or cooperation asked for has not.
        return frozenset(("@request",))
    return classes


def _clause_words(m: EventMention) -> str:
    """The headline, continued with the rest of the sentence when it was cut short."""
    head = m.headline
    if not head.endswith("…"):
        return head
    head = head[:-1].rstrip()
    key = head[-24:]
    at = m.sentence.find(key)
    return head + m.sentence[at + len(key):] if at >= 0 else m.sentence


# A clause that names only a time and a place, "highlighted again this week in Moscow", points
# at the occasion the article reports there then; it names no action of its own.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s[-\u2013]\s")


_GATHERINGS = frozenset(("@visit", "@meet"))


def _occasion_places(m: EventMention) -> frozenset[str]:
    """The places of a time-and-place reference, or nothing when the mention's own clause
    (the comma-delimited stretch around its date words) names an action or no place."""
    t = m.time
    if t is None or m.dated_by != "expression":
        return frozenset()
    lo, hi = t.start - m.sentence_start, t.end - m.sentence_start
    if not (0 <= lo <= hi <= len(m.sentence)):
        return frozenset()
    breaks = [b.start() for b in _CLAUSE_BREAK.finditer(m.sentence)]
    left = max((b + 1 for b in breaks if b < lo), default=0)
    right = min((b for b in breaks if b >= hi), default=len(m.sentence))
    clause = m.sentence[left:right]
    if len(clause.split()) > 8 or any(w.startswith("@") for w in _tokens(clause)):
        return frozenset()
    return frozenset(t for p in _LOCATIVE.finditer(clause)
                     for t in re.findall(r"[a-z][a-z.]*[a-z]|[a-z]", p.group(1).lower()))


def _coarse(m: EventMention) -> bool:
    return m.dated_by == "expression" and precision_rank(m.span.precision) >= _COARSE_RANK


def _class_match(a: EventMention, b: EventMention, ca: frozenset, cb: frozenset,
                 places: tuple[frozenset, frozenset], occasions: tuple[frozenset, frozenset]
                 ) -> float:
    """1.0 when two clauses name the same kind of action, or kinds that can be one occasion.

    `places` are the two mentions' place names (country names left out), `occasions` their
    _occasion_places."""
    if ca & cb:
        return 1.0
    for x, y, where, cy, py in ((a, b, occasions[0], cb, places[1]),
                                (b, a, occasions[1], ca, places[0])):
        # "... highlighted this week in Moscow" and the visit to Moscow that week: a time and
        # a place name a gathering there (a visit, a meeting) which the other report places
        # there too, or places nowhere in the article that set the scene already ("the
        # three-day state visit that ended on Wednesday").
        if (where and cy & _GATHERINGS
                and (where <= py or (x.doc_id == y.doc_id and not py))):
            return 1.0
    pairs = {frozenset((x, y)) for x in ca for y in cb}
    if pairs & _COMPATIBLE:
        return 1.0
    if pairs & _COMPATIBLE_IF_COARSE and (_coarse(a) != _coarse(b)):
        return 1.0
    return 0.0


def _similarity(items: Sequence[EventMention]):
    """Pairwise content similarity: (action wording, shared actors, action class match).

    Action wording is a TF-IDF cosine fitted on the mentions of the run over the clause's own
    words minus its names: in a one-story corpus nearly every sentence shares the main actors,
    so only the words describing what happened tell two events apart by wording.
    Shared actors is an overlap coefficient of the people, places and bodies the two mentions
    name (country names and office titles left out), each name weighted by its inverse
    frequency among the run's mentions: sum of the shared names' weights over the smaller
    side's total, so "Xi and Putin" vs "Mr. Xi told Mr. Putin" is 1.0 whatever else the longer
    sentence names, and a rare shared name counts more than the protagonist.
    Class match is 1.0 when the two clauses name the same or a compatible kind of action.
    """
    import math

    action = _cosine(TfidfVectorizer(analyzer=_content_tokens, sublinear_tf=True), items)
    country_like = _country_like(t for m in items for t in _entity_tokens(m))
    actors = [_actor_tokens(m, country_like) for m in items]
    df: dict[str, int] = {}
    for bag in actors:
        for t in bag:
            df[t] = df.get(t, 0) + 1
    n = len(items)
    idf = {t: math.log((1 + n) / (1 + k)) + 1.0 for t, k in df.items()}
    weight = [sum(idf[t] for t in bag) for bag in actors]
    places = [_place_tokens(m) - country_like for m in items]
    classes = [_classes(m) for m in items]
    occasions = [_occasion_places(m) for m in items]

    def overlap(i: int, j: int) -> float:
        shared = actors[i] & actors[j]
        if not shared:
            return 0.0
        value = sum(idf[t] for t in shared) / min(weight[i], weight[j])
        if shared <= places[i] & places[j]:
            value *= PLACE_ONLY_WEIGHT  # only where, not who: "in Moscow" and "in Moscow"
        return value

    return lambda i, j: (action(i, j), overlap(i, j),
                         _class_match(items[i], items[j], classes[i], classes[j],
                                      (places[i], places[j]), (occasions[i], occasions[j])))


def _score(pair: tuple[float, float, float]) -> float:
    return ACTION_WEIGHT * pair[0] + ENTITY_WEIGHT * pair[1] + CLASS_WEIGHT * pair[2]


def _cosine(vectorizer: TfidfVectorizer, rows: Sequence):
    try:
        matrix = vectorizer.fit_transform(rows)
    except ValueError:  # empty vocabulary: nothing to compare
        return lambda i, j: 0.0
    product = (matrix @ matrix.T).toarray()
    return lambda i, j: float(product[i, j])


def _linked(a: EventMention, b: EventMention, pair: tuple[float, float, float]) -> bool:
    """Whether two mentions may sit in one cluster at all."""
    if a.doc_id == b.doc_id and a.sentence_start == b.sentence_start:
        return False  # two clauses of one sentence are two events by construction
    action, actors, same_class = pair
    if action < ACTION_FLOOR and not same_class:
        return False  # nothing in common about what happened
    if actors < ENTITY_FLOOR and action < STRONG_ACTION:
        return False  # no shared actor or place, and the wording is not close enough alone
    relation = _date_relation(a, b)
    if relation == "apart":
        return False
    if relation == "conflict" and (a.doc_id == b.doc_id or action < CONFLICT_THRESHOLD
                                   or actors < ENTITY_FLOOR):
        return False  # one author dating two things differently, or not the same story
    if a.doc_id == b.doc_id and not same_class and action < STRONG_ACTION:
        return False  # one article's sentences share its cast: the action must match too
    floor = PAIR_FLOOR
    if a.doc_id == b.doc_id:
        floor = max(floor, SAME_DOC_THRESHOLD)
    return _score(pair) >= floor


# ---------------------------------------------------------------- clustering

def _components(items: Sequence[EventMention], sim) -> list[list[int]]:
    """Blocks of mentions connected by date-compatible, similar pairs.

    Mentions are swept in order of their earliest possible day, so only pairs whose date
    windows can meet are compared.
    """
    order = sorted(range(len(items)), key=lambda i: (_interval(items[i]), i))
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    reach = timedelta(days=CONFLICT_MAX_DAYS)
    for pos, i in enumerate(order):
        end = _interval(items[i])[1]
        for j in order[pos + 1:]:
            if end != _NO_DATE and _interval(items[j])[0] > end + reach:
                break
            if _linked(items[i], items[j], sim(i, j)):
                parent[root(max(i, j))] = root(min(i, j))
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values())


def _agglomerate(component: list[int], items, sim) -> list[tuple[int, ...]]:
    """Average-linkage merging inside one block, guarded so every pair stays linked.

    Keeps, for every two clusters, the sum of their member-pair scores and whether every
    member pair is linked, and updates both on a merge, so each step costs one pass over
    the cluster pairs instead of over all member pairs."""
    clusters = sorted((i,) for i in component)
    total: dict[tuple, float] = {}
    linked: dict[tuple, bool] = {}
    for i, j in combinations(component, 2):
        v = sim(i, j)
        key = ((min(i, j),), (max(i, j),))
        total[key] = _score(v)
        linked[key] = _linked(items[key[0][0]], items[key[1][0]], v)

    def k(a: tuple, b: tuple) -> tuple:
        return (a, b) if a < b else (b, a)

    def eligible(key: tuple) -> float | None:
        avg = total[key] / (len(key[0]) * len(key[1]))
        return avg if linked[key] and avg >= MERGE_THRESHOLD else None

    # The pairs that may merge, with their average; ties go to the first pair in canonical
    # (sorted) order, as a scan over the sorted clusters would pick it.
    candidates = {key: avg for key in total if (avg := eligible(key)) is not None}
    while candidates:
        (a, b), _ = min(candidates.items(), key=lambda kv: (-kv[1], kv[0]))
        merged = tuple(sorted(a + b))
        clusters = [c for c in clusters if c not in (a, b)]
        candidates = {key: v for key, v in candidates.items()
                      if a not in key and b not in key}
        for c in clusters:
            key = k(merged, c)
            total[key] = total[k(a, c)] + total[k(b, c)]
            linked[key] = linked[k(a, c)] and linked[k(b, c)]
            if (avg := eligible(key)) is not None:
                candidates[key] = avg
        clusters = sorted(clusters + [merged])
    return clusters


# ---------------------------------------------------------------- events

def _doc_order(doc_id: str, docs: dict[str, Document]) -> tuple:
    d = docs.get(doc_id)
    published = d.published if d is not None and d.published is not None else _NO_DATE
    return (published, doc_id)


def _event(mentions: list[EventMention], docs: dict[str, Document]) -> Event:
    by_doc = {}
    for m in mentions:
        if m.dated_by == "expression":
            by_doc.setdefault((m.span.first, m.span.last), set()).add(m.doc_id)

    def rank(m: EventMention) -> tuple:
        # Finest, most direct date first; then the date most sources give; then earliest source.
        votes = len(by_doc.get((m.span.first, m.span.last), ()))
        return (m.dated_by == "publication", precision_rank(m.span.precision),
                _KIND_ORDER.get(m.span.kind, 9), -votes, _doc_order(m.doc_id, docs),
                _mention_key(m))

    best = min(mentions, key=rank)
    ordered = tuple(sorted(mentions, key=lambda m: (_doc_order(m.doc_id, docs), _mention_key(m))))
    sources = tuple(dict.fromkeys(m.doc_id for m in ordered))
    flags = ()
    direct = [m for m in mentions if m.dated_by == "expression"]
    if any(_date_relation(a, b) == "conflict" for a, b in combinations(direct, 2)):
        flags = ("conflicting-dates",)
    return Event(
        id=_event_id(mentions),
        span=best.span,
        headline=best.headline,
        text=best.sentence,  # the evidence; exports render the sources from Event.sources
        mentions=ordered,
        sources=sources,
        status="planned" if all(m.status == "planned" for m in mentions) else "reported",
        flags=flags,
    )


def _event_id(mentions: Sequence[EventMention]) -> str:
    """A short hash of the cluster's anchor mention: the smallest (doc id, sentence offsets).

    It depends on that one mention only, so the id is the same whatever the input order and
    whichever other articles are in the run, as long as no mention with a smaller doc id (or
    an earlier sentence of the same doc) joins the event.
    """
    m = min(mentions, key=_mention_key)
    key = f"{m.doc_id}|{m.sentence_start}|{m.sentence_end}|{m.span.value}"
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]

