"""What an event mention says, as the merge compares it.

Each EventMention becomes a `Features`: the days it allows (its date span with precision and
slack), its action (light-stemmed content words of its own clause, each action word followed by
its class, "@visit"), its participants (the names it gives, office titles and country names
left out; a surname alone meets the full name because names are compared word by word), the
places it names, and its figures (numbers with their units). A `Run` holds the features of all
mentions of one merge with the run-wide weights (TF-IDF of the action words, inverse frequency of
the participants), and scores any pair on demand, so nothing is stored per pair.

The words are data (timeline.eventwords.<language>); nothing here is English.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from types import ModuleType
from typing import Iterable, Sequence

from timeline.eventwords import classes, for_language
from timeline.model import EventMention, precision_rank

# A lead event dated by publication happened on that day or shortly before it.
LEAD_SLACK_DAYS = 3
NO_DATE = date.max
COARSE_RANK = precision_rank("month")

_NAME_WORD = re.compile(r"[a-z][a-z.]*[a-z]|[a-z]")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s[-\u2013]\s")


class Lexicon:
    """One language's word data, compiled for matching."""

    def __init__(self, words: ModuleType):
        self.words = words
        self.word = re.compile(words.WORD)
        self.lemma_language = words.LEMMA_LANGUAGE
        self.function = words.FUNCTION_WORDS
        self.date_words = words.DATE_WORDS
        self.office = words.OFFICE_WORDS
        self.attribution = re.compile(words.ATTRIBUTION, re.I)
        self.call_for = re.compile(words.CALL_FOR, re.I)
        self.demonym_end = re.compile(words.DEMONYM_END)
        self.locative = re.compile(rf"\b(?:{words.LOCATIVE})\s+((?:[A-Z][\w’'.-]*\s?)+)")
        self.multi_day = re.compile(words.MULTI_DAY, re.I)
        self.ends = re.compile(words.ENDS, re.I)
        self.begins = re.compile(words.BEGINS, re.I)
        self.figure = re.compile(words.FIGURE, re.I)
        counted = getattr(words, "COUNTED", None)
        self.counted = re.compile(counted) if counted else None
        self.not_counted = getattr(words, "NOT_COUNTED", frozenset())
        self.phrases = [(re.compile(k, re.I), v) for k, v in words.PHRASES.items()]
        self.class_of: dict[str, str] = {}
        for name, stems in words.ACTION_CLASSES.items():
            for w in stems.split():
                self.class_of.setdefault(self.stem(w), "@" + name)
        # Longer stems also match the words they begin ("negotiat" in "negotiations").
        self.prefixes = [(k, c) for k, c in self.class_of.items() if len(k) >= 5]
        # how the classes relate is the same in every language (timeline.eventwords.classes)
        self.compatible = {frozenset("@" + c for c in p.split()) for p in classes.COMPATIBLE}
        self.compatible_if_coarse = {frozenset("@" + c for c in p.split())
                                     for p in classes.COMPATIBLE_IF_COARSE}
        self.request = "@" + classes.REQUEST
        self.gatherings = frozenset("@" + c for c in classes.GATHERINGS)
        self._classes: dict[str, str | None] = {}

    def stem(self, w: str) -> str:
        if self.lemma_language is not None:  # the lemma, then its inflection cut off
            w = self.words.IRREGULAR.get(w) or _lemma(w, self.lemma_language)
        elif w in self.words.IRREGULAR:
            return self.words.IRREGULAR[w]
        for suffix, repl, keep in self.words.SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= keep and not w.endswith("ss"):
                w = w[: len(w) - len(suffix)] + repl
                break
        if w.endswith("e") and len(w) >= self.words.SILENT_E_MIN:
            w = w[:-1]
        return w

    def action_class(self, stem: str) -> str | None:
        if stem not in self._classes:
            self._classes[stem] = self.class_of.get(stem) or next(
                (c for k, c in self.prefixes if stem.startswith(k)), None)
        return self._classes[stem]

    def tokens(self, text: str, names: Iterable[str] = ()) -> list[str]:
        """Lower-cased content words with a light stem; function and date words (and `names`)
        dropped; each action word is followed by its action class ("@visit")."""
        out = []
        names = set(names)
        text = self.call_for.sub(self.words.CALL_FOR_AS, self.attribution.sub(" ", text))
        for pattern, word in self.phrases:
            text = pattern.sub(word, text)
        for w in self.word.findall(text.lower()):
            if w.endswith(("'s", "’s")):
                w = w[:-2]
            if w in self.function or w in self.date_words or len(w) < 2 or w in names:
                continue
            stem = self.stem(w)
            out.append(stem)
            cls = self.action_class(stem)
            if cls:
                out.append(cls)
        return out

    def entity_tokens(self, m: EventMention) -> tuple[str, ...]:
        return tuple(sorted(set(
            t for e in m.entities for t in _NAME_WORD.findall(e.lower())
            if t not in self.function and t not in self.date_words)))

    def place_tokens(self, text: str) -> frozenset[str]:
        """Name words the text uses as a place: right after "in", "to", "into", "from"..."""
        return frozenset(t for p in self.locative.finditer(text)
                         for t in _NAME_WORD.findall(p.group(1).lower()))

    def figures(self, text: str) -> frozenset[str]:
        """Numbers with their units: "magnitude:6.1", "people:12"."""
        out = set()
        for f in self.figure.finditer(text):
            if f.group("m1") or f.group("m2"):
                out.add("magnitude:" + (f.group("m1") or f.group("m2")))
            else:
                unit = f.group("unit").lower().rstrip("s")
                out.add(f"{unit}:{f.group('n').replace(',', '')}")
        for f in self.counted.finditer(text) if self.counted else ():
            noun = f.group("noun").lower()
            if noun not in self.not_counted and noun not in self.date_words:
                out.add(f"#{noun}:{f.group('n').replace(',', '')}")
        return frozenset(out)


@lru_cache(maxsize=65536)
def _lemma(word: str, language: str) -> str:
    """A word's dictionary form (simplemma: a lemma list per language, no model)."""
    import simplemma  # only for languages that name a lemmatiser (LEMMA_LANGUAGE)
    return simplemma.lemmatize(word, lang=language).lower()


@lru_cache(maxsize=None)
def lexicon(language: str | None = "en") -> Lexicon:
    return Lexicon(for_language(language))


def country_like(vocabulary: Iterable[str], lex: Lexicon | None = None) -> frozenset[str]:
    """Names of countries and their adjectives, found in the run itself: a name whose
    adjective also occurs ("Russia"/"Russian", "China"/"Chinese"), both forms, and the global
    adjectives. Nearly every sentence of a story about two countries names them, so sharing
    them says nothing about which event two sentences report. Words are compared only within
    their four-letter prefix group, so this is linear in the vocabulary, not quadratic."""
    lex = lex or lexicon()
    out = set(lex.words.GLOBAL_ADJECTIVES)
    groups: dict[str, list[str]] = {}
    for w in sorted(set(vocabulary)):
        if len(w) >= 4:
            groups.setdefault(w[:4], []).append(w)
    for words in groups.values():
        for a in words:
            for b in words:
                if a != b and len(b) > len(a) - 1 and lex.demonym_end.search(b) and b != a + "s":
                    out.update((a, b))
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Features:
    lo: date  # the days the mention allows the event to fall on
    hi: date
    day_point: bool  # dated by its own day expression, a plain point
    coarse: bool  # dated by its own expression of a month or coarser
    content: tuple[str, ...]  # the clause's own words minus its names, with action classes
    actors: frozenset[str]  # participants and places, word by word
    places: frozenset[str]  # the name words used as places (country names left out)
    classes: frozenset[str]  # action classes of the clause
    occasions: frozenset[str]  # places of a bare time-and-place aside ("this week in Paris")
    figures: frozenset[str]
    names: tuple[frozenset[str], ...]  # each participant's words (places aside), for vetoes
    full_names: tuple[frozenset[str], ...]  # the names of two words or more among them


def interval(m: EventMention, lex: Lexicon | None = None) -> tuple[date, date]:
    """The days a mention allows the event to fall on."""
    s = m.span
    if m.dated_by == "publication":
        return s.last - timedelta(days=LEAD_SLACK_DAYS), s.last
    if s.kind == "approximate":
        slack = timedelta(days=s.slack_days)
        return s.first - slack, s.last + slack
    if s.kind == "after":
        return s.first, NO_DATE
    return _extent(m, lex or lexicon())  # point, and "before" (the tagger bounds it)


def _extent(m: EventMention, lex: Lexicon) -> tuple[date, date]:
    """A day mention of a multi-day event ("the three-day visit that ended on Wednesday")
    widened to the whole event, else the mention."""
    s = m.span
    if m.dated_by == "expression" and s.precision == "day" and s.kind == "point":
        found = lex.multi_day.search(m.sentence)
        if found:
            word = found.group(1).lower()
            numbers = lex.words.NUMBER_WORDS
            n = numbers.get(word) or int(word) if word.isdigit() or word in numbers else 1
            n = max(1, min(n, 31)) - 1
            if lex.ends.search(m.sentence):
                return s.first - timedelta(days=n), s.last
            if lex.begins.search(m.sentence):
                return s.first, s.last + timedelta(days=n)
    return s.first, s.last


def is_day_point(m: EventMention) -> bool:
    return (m.dated_by == "expression" and m.span.precision == "day"
            and m.span.kind == "point")


def is_coarse(m: EventMention) -> bool:
    return m.dated_by == "expression" and precision_rank(m.span.precision) >= COARSE_RANK


def actor_tokens(m: EventMention, countries: frozenset[str], lex: Lexicon | None = None,
                 names: Sequence[str] | None = None) -> frozenset[str]:
    """The people, places and bodies a mention names: name words without office titles,
    country names and the names a source is cited by ("according to RIA Novosti")."""
    lex = lex or lexicon()
    cited = set(_NAME_WORD.findall(
        " ".join(a.group() for a in lex.attribution.finditer(m.sentence)).lower()))
    return frozenset(t for t in (lex.entity_tokens(m) if names is None else names)
                     if t not in lex.office and t not in countries and len(t) > 1
                     and t not in cited)


def clause_words(m: EventMention) -> str:
    """The headline, continued with the rest of the sentence when it was cut short (the verb
    may sit in the part that was cut)."""
    head = m.headline
    if not head.endswith("…"):
        return head
    head = head[:-1].rstrip()
    key = head[-24:]
    at = m.sentence.find(key)
    return head + m.sentence[at + len(key):] if at >= 0 else m.sentence


def action_classes(m: EventMention, lex: Lexicon | None = None) -> frozenset[str]:
    lex = lex or lexicon()
    classes = frozenset(t for t in lex.tokens(clause_words(m)) if t.startswith("@"))
    if lex.request in classes:
        if m.status == "planned" and classes - {lex.request}:
            # The planned occasion itself ("a state trip in the spring"): the visit asked
            # for, which may yet be reported as it happens.
            return classes - {lex.request}
        # "invited Xi to Moscow for a state trip": the request is what happened.
        return frozenset((lex.request,))
    return classes


def occasion_places(m: EventMention, lex: Lexicon | None = None) -> frozenset[str]:
    """The places of a time-and-place reference ("highlighted again this week in Moscow"), or
    nothing when the mention's own clause (the comma-delimited stretch around its date words)
    names an action or no place."""
    lex = lex or lexicon()
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
    if len(clause.split()) > 8 or any(w.startswith("@") for w in lex.tokens(clause)):
        return frozenset()
    return lex.place_tokens(clause)


def features(m: EventMention, countries: frozenset[str], lex: Lexicon,
             names: Sequence[str] | None = None, pool: dict | None = None) -> Features:
    """pool: where a run keeps one copy of each distinct set, word and tuple (see Run): one
    article's mentions name the same cast, most sets are empty, and a run holds hundreds of
    thousands of mentions."""
    names = lex.entity_tokens(m) if names is None else names
    lo, hi = interval(m, lex)
    actors = actor_tokens(m, countries, lex, names)
    places = lex.place_tokens(m.sentence) - countries
    one = (lambda x: x) if pool is None else (lambda x: pool.setdefault(x, x))
    return Features(
        lo=lo, hi=hi, day_point=is_day_point(m), coarse=is_coarse(m),
        content=one(tuple(one(t) for t in lex.tokens(m.headline, names))),
        actors=one(actors),
        places=one(places),
        classes=one(action_classes(m, lex)),
        occasions=one(occasion_places(m, lex)),
        figures=one(lex.figures(clause_words(m))),
        names=one(tuple(one(n) for n in (frozenset(_NAME_WORD.findall(e.lower())) & actors
                                         for e in m.entities) if n and not n <= places)),
        full_names=one(_full_names(m, actors, places)),
    )


_CAPITALISED = re.compile(r"(?<![\w'’])[^\W\d_][\w'’-]*")


def title_case(text: str) -> bool:
    """Whether most words are capitalised ("Lindsay Lohan Checks Into Betty Ford Rehab"), as
    in a headline: its capitals then tell no name from any other word."""
    words = _CAPITALISED.findall(text)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.7 * len(words)


def run_names(names: list[tuple[str, ...]], items: Sequence[EventMention]
              ) -> list[tuple[str, ...]]:
    """Each mention's name words; in a title-cased sentence only the words that the run's
    other sentences write as names, so "checks" and "rehab" of a headline stay words about
    what happened instead of becoming part of a name."""
    titled = [title_case(m.sentence) for m in items]
    known = {t for n, t_ in zip(names, titled) if not t_ for t in n}
    return [tuple(t for t in n if t in known) if t_ else n for n, t_ in zip(names, titled)]


def depends_on_anchor(m: EventMention) -> bool:
    """Whether the mention's date was counted from the publication date: a lead event, or
    a relative expression ("on Friday", "yesterday") resolved against it."""
    if m.dated_by == "publication":
        return True
    anchor = m.time.anchor if m.time is not None else None
    return anchor is not None and anchor.kind == "published"


def widened(f: Features, m: EventMention, days: int) -> Features:
    """The features with the date window widened by `days` on each side when the date was
    counted from a publication date that is itself uncertain (inferred from the text): an
    anchor one day off moves every relative date of the article by that day."""
    if days <= 0 or not depends_on_anchor(m):
        return f
    pad = timedelta(days=days)
    lo = f.lo - pad if f.lo > date.min + pad else f.lo
    hi = f.hi if f.hi == NO_DATE or f.hi >= date.max - pad else f.hi + pad
    return replace(f, lo=lo, hi=hi)


def _full_names(m: EventMention, actors: frozenset[str], places: frozenset[str]
                ) -> tuple[frozenset[str], ...]:
    """The participants that are full names ("Lindsay Lohan", "Jerry Ortiz"), places aside:
    the ones a veto can trust. A title-cased headline capitalises every word, so it has none."""
    inside = {w for e in m.entities for w in e.split()}
    words = [w for w in m.sentence.split() if w not in inside and w[:1].isalpha()]
    if not words or sum(1 for w in words if w[:1].isupper()) > 0.5 * len(words):
        return ()
    out = []
    for e in m.entities:
        n = frozenset(_NAME_WORD.findall(e.lower())) & actors
        if len(n) >= 2 and not n & places:
            out.append(n)
    return tuple(out)


def participants(m: EventMention, language: str | None = "en") -> Features:
    """The features of one mention on its own, with no run around it (no run-wide names or
    country list): enough for the participant vetoes, for callers outside a merge."""
    return features(m, frozenset(), lexicon(language))


def other_people(fa: Features, fb: Features) -> bool:
    """Each mention names someone in full whom the other does not name at all: "San Diego
    Chargers receiver Vincent Jackson" and "San Diego Chargers defensive tackle Jamal
    Williams" share their team, not the man arrested."""
    return (any(n.isdisjoint(fb.actors) for n in fa.full_names)
            and any(n.isdisjoint(fa.actors) for n in fb.full_names))


@lru_cache(maxsize=65536)
def _counted(figures: frozenset[str]) -> dict[str, frozenset[str]]:
    """The things counted among figures ("#pirates:23"), each with its numbers: parsed once
    per set, since the merge asks for the same mention's figures pair after pair."""
    out: dict[str, set[str]] = {}
    for x in figures:
        if x.startswith("#"):
            noun, n = x.rsplit(":", 1)
            out.setdefault(noun, set()).add(n)
    return {k: frozenset(v) for k, v in out.items()}


def other_counts(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sets of figures count the same things ("#pirates") and no number agrees:
    "arrested 23 pirates" and "26 pirates arrested" are two occasions. Tolls ("12 dead",
    "15 dead") are revised from report to report, so only things counted veto, not units."""
    if not (a and b):
        return False
    ca, cb = _counted(a), _counted(b)
    return any(ca[k].isdisjoint(cb[k]) for k in ca.keys() & cb.keys())


def disjoint_participants(fa: Features, fb: Features) -> bool:
    """Both mentions name people in full and no full name of either shares a word with the
    other's participants: "Lindsay Lohan" and "Tara Reid" checking into rehab, "Vincent
    Jackson" and "Jamal Williams" arrested. The one participant veto every comparison of two
    reports applies (the merge, and anchor inference's corroboration)."""
    return (bool(fa.full_names) and bool(fb.full_names)
            and all(n.isdisjoint(fb.actors) for n in fa.full_names)
            and all(n.isdisjoint(fa.actors) for n in fb.full_names))


class Run:
    """The features of the mentions of one merge, and their run-wide weights.

    Action wording is a TF-IDF cosine (sublinear tf, smoothed idf, unit length) over the
    clause's own words minus its names, fitted on the run: in a one-story corpus nearly every
    sentence shares the main actors, so only the words describing what happened tell two
    events apart by wording. Shared actors is an overlap coefficient of the participants, each
    weighted by its inverse frequency among the run's mentions: the shared names' weight over
    the smaller side's total (a shared place alone counts place_only_weight of it), so "Xi and Putin" vs "Mr. Xi told Mr. Putin" is 1.0 whatever
    else the longer sentence names, and a rare shared name counts more than the protagonist.
    """

    def __init__(self, items: Sequence[EventMention], languages: dict[str, str] | None = None,
                 place_only_weight: float = 0.3, weights: Sequence[int] | None = None,
                 anchor_slack: dict[str, int] | None = None):
        # weights: how many identical mentions each item stands for (dedup folds them);
        # frequencies count each of them, so folding changes no weight.
        languages = languages or {}
        weights = weights or [1] * len(items)
        self.place_only_weight = place_only_weight
        self.items = items
        self.lex = [lexicon(languages.get(m.doc_id, "en")) for m in items]
        names = run_names([lex.entity_tokens(m) for m, lex in zip(items, self.lex)], items)
        self.countries = country_like({t for n in names for t in n}, lexicon())
        pool: dict = {}
        self.feats = [features(m, self.countries, lex, n, pool)
                      for m, lex, n in zip(items, self.lex, names)]
        del pool
        if anchor_slack:
            self.feats = [widened(f, m, anchor_slack.get(m.doc_id, 0))
                          for f, m in zip(self.feats, items)]
        n = sum(weights)
        df: dict[str, int] = {}
        for f, w in zip(self.feats, weights):
            for t in set(f.content):
                df[t] = df.get(t, 0) + w
        idf = {t: math.log((1 + n) / (1 + k)) + 1.0 for t, k in df.items()}
        self.vectors: list[dict[str, float]] = []
        made: dict[tuple[str, ...], dict[str, float]] = {}  # the same words, the same vector
        for f in self.feats:
            vec = made.get(f.content)
            if vec is None:
                counts: dict[str, int] = {}
                for t in f.content:
                    counts[t] = counts.get(t, 0) + 1
                vec = {t: (1.0 + math.log(c)) * idf[t] for t, c in counts.items()}
                norm = math.sqrt(sum(v * v for v in vec.values()))
                vec = made[f.content] = {t: v / norm for t, v in vec.items()} if norm else {}
            self.vectors.append(vec)
        adf: dict[str, int] = {}
        for f, w in zip(self.feats, weights):
            for t in f.actors:
                adf[t] = adf.get(t, 0) + w
        self.actor_idf = {t: math.log((1 + n) / (1 + k)) + 1.0 for t, k in adf.items()}
        self.actor_weight = [sum(self.actor_idf[t] for t in f.actors) for f in self.feats]

    def __len__(self) -> int:
        return len(self.items)

    def keys(self, i: int, strong: float, precise_days: int) -> tuple[list[str], list[str]]:
        """(posted, probed): the keys mention i is posted under and the keys it looks up, so
        that every pair that can link shares one (see dedup._pair_status); made when asked,
        since a large run cannot hold every mention's keys at once:

        - a participant ("=putin"): posted and probed by every mention naming it;
        - an action class ("!@fire"), only between mentions dated within `precise_days`: the
          class alone links only such reports;
        - action words, by prefix filtering: a pair whose wording alone must reach `strong`
          cosine shares a word in the "prefix" of one of them (its rarer words, leaving out a
          tail of common words whose norm is below `strong`), so a mention is posted under its
          prefix words ("P:") and all its words ("T:"), and probes "P:" with all its words and
          "T:" with its prefix. Common words then never pair up thousands of mentions."""
        f, vec = self.feats[i], self.vectors[i]
        terms = sorted(vec, key=lambda t: (-vec[t], t))  # heaviest (rarest) first
        tail, cut = 0.0, len(terms)
        while cut > 0 and tail + vec[terms[cut - 1]] ** 2 < strong * strong:
            cut -= 1
            tail += vec[terms[cut]] ** 2
        prefix = terms[:cut]
        actors = ["=" + t for t in sorted(f.actors)]
        classes = ["!" + c for c in sorted(f.classes)] if (f.hi - f.lo).days < precise_days else []
        return (actors + classes + ["P:" + t for t in prefix] + ["T:" + t for t in terms],
                actors + classes + ["P:" + t for t in terms] + ["T:" + t for t in prefix])

    def cosine(self, i: int, j: int) -> float:
        a, b = self.vectors[i], self.vectors[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(v * b[t] for t, v in a.items() if t in b)

    def overlap(self, i: int, j: int) -> float:
        fi, fj = self.feats[i], self.feats[j]
        shared = fi.actors & fj.actors
        if not shared:
            return 0.0
        value = sum(self.actor_idf[t] for t in shared) / min(self.actor_weight[i],
                                                             self.actor_weight[j])
        if shared <= fi.places & fj.places:
            value *= self.place_only_weight  # only where, not who: "in Moscow" and "in Moscow"
        return value

    def disjoint_participants(self, i: int, j: int) -> bool:
        """Both mentions name people in full and no full name of either shares a word with
        the other's participants: "Lindsay Lohan" and "Tara Reid" checking into rehab."""
        return disjoint_participants(self.feats[i], self.feats[j])

    def different_participants(self, i: int, j: int) -> bool:
        """Whether each mention names someone the other does not: a name (places aside) none
        of whose words the other mention uses, so "Xi" covers "Xi Jinping". "Xi plans to call
        Volodymyr Zelensky" and "Xi and Putin plan formal talks" share Xi but are two
        occasions."""
        fi, fj = self.feats[i], self.feats[j]
        return (any(n.isdisjoint(fj.actors) for n in fi.names)
                and any(n.isdisjoint(fi.actors) for n in fj.names))

    def class_match(self, i: int, j: int, same_doc: bool | None = None) -> float:
        """1.0 when two clauses name the same kind of action, or kinds that can be one
        occasion. same_doc: whether the two reports compared are from one article (by
        default, whether mentions i and j are)."""
        a, b = self.items[i], self.items[j]
        if same_doc is None:
            same_doc = a.doc_id == b.doc_id
        fa, fb = self.feats[i], self.feats[j]
        ca, cb = fa.classes, fb.classes
        if ca & cb:
            return 1.0
        lex = self.lex[i]
        for where, cy, py in ((fa.occasions, cb, fb.places), (fb.occasions, ca, fa.places)):
            # "... highlighted this week in Moscow" and the visit to Moscow that week: a time
            # and a place name a gathering there which the other report places there too, or
            # places nowhere in an article that set the scene already.
            if (where and cy & lex.gatherings
                    and (where <= py or (same_doc and not py))):
                return 1.0
        pairs = {frozenset((x, y)) for x in ca for y in cb}
        if pairs & lex.compatible:
            return 1.0
        if pairs & lex.compatible_if_coarse and (fa.coarse != fb.coarse):
            return 1.0
        return 0.0

    def pair(self, i: int, j: int, same_doc: bool | None = None) -> tuple[float, float, float]:
        """(action wording cosine, shared actors, action class match); same_doc as for
        class_match."""
        return (self.cosine(i, j), self.overlap(i, j), self.class_match(i, j, same_doc))
