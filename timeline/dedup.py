"""DEDUP stage: group event mentions that report the same real-world event.

Each mention is first turned into its features (timeline.representation: the days it allows,
its action words and class, participants, places, figures). Candidate pairs come from an
inverted index on action words and participants, swept in date order so only mentions whose
date windows meet are ever compared; never all pairs. Only candidates are scored, and only the
pairs that may sit in one cluster (`_linked`) are kept, so memory is linear in the mentions and
their links. Identical reports (one article's repeats, wire copies in several articles) share
one row of features and, when they link, are one node: wire copy costs its rows' pairs, not
its copies' pairs. Connected nodes form blocks; inside a block, clusters grow by average linkage
with guards on the member pairs (a share of them must link, at most a small share may veto,
MergeSettings.link_share and veto_share), driven by a heap, so A~B and B~C do not drag an
unrelated C next to A. The result does not depend on input order: mentions are
put in a canonical order first and every tie is broken by that order.
"""
from __future__ import annotations

import hashlib
import heapq
from array import array
from dataclasses import dataclass, field
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from typing import Callable, Iterable, Sequence

from timeline import representation as rep
from timeline.events import headline_quality  # the events stage owns headline wording
from timeline.model import Document, Event, EventMention, precision_rank
from timeline.representation import LEAD_SLACK_DAYS, Run  # noqa: F401  (LEAD_SLACK_DAYS: API)


@dataclass(frozen=True)
class MergeSettings:
    """The merge's parameters, with their defaults and how each was chosen. Pass another
    one to merge_events (benchmarks/tune_dedup.py sweeps them with dataclasses.replace)."""

    # All similarities below are 0..1 scores (see _score). merge_threshold, pair_floor,
    # same_doc_threshold, entity_floor and place_only_weight were CHOSEN ON THE GOLD with
    # benchmarks/tune_dedup.py (seeds, tests/gold/seeds_timeline.json; grid 4 x 2 x 4 x 4 x 3, then
    # one-at-a-time sweeps around the choice). Evidence: pairwise F1 1.000 (P 1.000, R 1.000),
    # B-cubed F1 1.000, 0 chained output events, 0 split gold events, flat over MERGE 0.20-0.45,
    # pair_floor 0.10-0.35, SAME_DOC 0.30-0.44, entity_floor 0.35-0.48, place_only_weight 0.1-0.5
    # (one at a time). Edges: entity_floor 0.32 chains two events (F1 0.94), 0.50 splits one
    # (F1 0.77); SAME_DOC 0.45 splits one (F1 0.77); MERGE 0.50 splits two (F1 0.86);
    # place_only_weight 0.7 (a shared place counts nearly as an actor) chains (F1 0.84). Values
    # are taken from the middle of the plateau.
    # (Before the actor overlap and the class compatibility the best was F1 0.48, R 0.33; before
    # time-and-place asides, see _occasion_places, F1 0.875, R 0.78.)
    # Every pair inside a cluster must be at least this similar: the guard against chaining.
    pair_floor: float = 0.20
    # Sentences of one article share its cast and vocabulary, which inflates their similarity:
    # two mentions from the same document must each be at least this similar to be merged.
    same_doc_threshold: float = 0.40
    # Day dates that disagree (2022-12-20 vs 2022-12-21) merge only when the wording is nearly the
    # same (action cosine) and the actors are shared; the event is then flagged
    # "conflicting-dates" and keeps the majority date.
    conflict_max_days: int = 1
    conflict_threshold: float = 0.55
    # Weights of the three content signals (action wording, shared actors, compatible action
    # class); they add up to 1 so thresholds read as similarities.
    action_weight: float = 0.4
    entity_weight: float = 0.3
    class_weight: float = 0.3
    # Two mentions of one event name the same kind of action, or share at least this much
    # wording about what happened.
    action_floor: float = 0.10
    # ... and share actors (IDF-weighted overlap of people, places and bodies >= entity_floor, chosen
    # on the gold, see above), unless their wording alone is as close as strong_action.
    entity_floor: float = 0.40
    # Two mentions that share only a place ("talks in Moscow", "arriving in Moscow") share a
    # setting, not an actor: the shared-actor score counts this much of it. Anything in 0.1-0.5 scores
    # the same on the gold; 0.3 keeps a shared place alone under entity_floor by design.
    place_only_weight: float = 0.3
    strong_action: float = 0.40
    # Two reports from different articles whose date windows are both shorter than precise_days
    # and overlap (a day, a weekday, a publication day with its slack) agree on when: the same or a
    # compatible action class then suffices as content, where coarser dates need shared
    # participants or close wording. precise_weight adds to such a pair's score.
    precise_days: int = 5
    precise_weight: float = 0.0
    # Share of the member pairs of two clusters that must be links for them to merge (the rest
    # may be pairs that neither link nor veto: a report that names no one, a weaker wording).
    # 1.0 would be complete linkage on the links.
    link_share: float = 0.1
    # Average score of the scored member pairs (candidates; pairs that share nothing are left out)
    # two clusters must reach to merge (0.15 until veto_share, refit with it: see there).
    cluster_threshold: float = 0.20
    # Two sentences of one article that do not link are two events only when they have next to
    # nothing in common (score below this): then the pair vetoes. Above it the pair is neutral, so
    # an article that reports one event in its title, its lead and its body ("checks into rehab",
    # "the actress checked into Betty Ford Center") can join one cluster through other articles.
    # (Until this, every non-linking pair of one article vetoed: one such pair among 45 kept two
    # clusters of one ECB+ event apart, 237 of 312 linked gold pairs left unmerged.)
    same_doc_veto: float = 0.10
    # The last five were FIT ON THE ECB+ DEV TOPICS and the seeds gold together with
    # benchmarks/tune_dedup.py (ECB+ cross-document sentence-pair F1 at precision >= 0.8, seeds
    # dedup F1 must stay 1.0 with 0 chains; ECB+ pre-merge stages cached, anchors inferred as
    # `timeline build` does). On 2026-12-02, grid cluster_threshold 0.05-0.35 x link_share
    # 0-0.35 x entity_floor 0.3/0.4 x precise_weight 0/0.1 x same_doc_veto 0.05-1.0: ECB+ F1 0.475
    # at P 0.850 (was 0.386 at P 0.862 with 0.25 / 0.2 / a veto on every pair), flat over
    # cluster_threshold 0.05-0.15, link_share 0.05-0.1, entity_floor 0.3-0.4, same_doc_veto
    # 0.05-0.10; same_doc_veto 0.2 gives 0.460, 0.3 0.442, 0.47 and up 0.398. Seeds 1.0 with 0
    # chains on the whole plateau. precise_weight 0.1 gains nothing, so 0; precise_days 5 and 8
    # score the same. Multi-source events mixing a topic's two events: 3.5% (was 3.0%).

    # A publication date inferred from the text (timeline.anchoring) may be a day or two off, and
    # every date counted from it moves with it: such dates allow this many days more on each side.
    inferred_anchor_slack_days: int = 1  # fit on ECB+ dev: 0 F1 0.475, 1 0.493, 2 0.492, 3 0.476, 5 0.468

    # A clause whose only action is a report ("the attorney told the judge that ...", "a
    # spokesperson confirmed ...") names how the news came, not what happened: its class is no
    # evidence of a different action, so it vetoes nothing (ECB+ dev F1 0.493 -> 0.500; with no
    # class veto at all 0.518, but two seeds events chain).
    reporting_classes: frozenset[str] = field(default_factory=lambda: frozenset({"@say"}))

    # A year holds many events of one cast: two reports from different articles whose dates
    # meet only in such a window (either allows coarse_days days or more) link only at this
    # score, above pair_floor ("came to Washington in 1969" and "the political drama of the
    # 20th century" share a newspaper and a word). Fit on ECB+ dev with the seeds (2026-12-02,
    # tune_dedup.py --only): coarse_floor 0.20 (off) F1 0.567 mixing 3.5%; 0.30 0.567 / 2.9%;
    # 0.35 0.566 / 2.6%; 0.38-0.40 0.562 / 1.9%; 0.45 0.553 / 1.9%; 0.50 0.553 / 1.9%. Seeds
    # 1.0 with 0 chains throughout; coarse_days 180 and 364 score the same, 27 (a month) loses
    # recall at 0.40 and up.
    coarse_days: int = 364
    coarse_floor: float = 0.40

    # Two clusters merge only if at most this share of their member pairs (weighted) veto.
    # 0 is complete linkage on the vetoes: one pair in a hundred ("checks into Betty Ford,
    # rehires lawyer Shawn Holley" beside "lawyer Mark Heller in court this morning", two
    # people named in full) then keeps two large clusters of one event apart; on ECB+ dev 177
    # linked gold pairs were held apart so. Fit with cluster_threshold (2026-12-02, grid
    # veto_share 0.1-0.25 x coarse_floor 0.35-0.45 x cluster_threshold 0.15-0.25 x link_share
    # 0.1-0.3): F1 at P >= 0.8 is 0.59-0.62 over veto_share 0.15-0.25 with cluster_threshold
    # 0.15-0.20 and link_share 0.1 (0.20 / 0.20 here: F1 0.615, P 0.827, mixing 2.1%; 0.25 /
    # 0.20: 0.623 at P 0.811; veto_share 0 0.562 at P 0.860; 0.30 with threshold 0.15 loses
    # precision, 0.79). Seeds 1.0 with 0 chains on the whole grid.
    veto_share: float = 0.20


DEFAULTS = MergeSettings()

_KIND_ORDER = {"point": 0, "approximate": 1, "before": 2, "after": 3}
_NO_DATE = rep.NO_DATE


def merge_events(mentions: Sequence[EventMention], documents: Sequence[Document] = (),
                 settings: MergeSettings = DEFAULTS, map_blocks: MapBlocks | None = None
                 ) -> list[Event]:
    """One Event per real-world event, sorted by (first day, last day, id).

    `documents` only supplies titles, publication dates (for source order and text) and
    languages (for the word data); the clusters depend on the mentions and languages alone.

    map_blocks(work, shared, parts) runs work(shared, part) for each part and gives the
    results in the parts' order: a plain loop by default, or the Dask engine's map
    (timeline.engines), which ships `shared` to every worker once. The features, their
    run-wide weights, the candidates, the blocks and the events are made here; the blocks,
    each with its own pairs, are clustered by `_cluster_part` wherever it runs.
    """
    cfg = settings
    items = _canonical(mentions)
    if not items:
        return []
    units = _units(items)
    languages = {d.id: d.language for d in documents}
    slack = {d.id: cfg.inferred_anchor_slack_days for d in documents
             if d.published_from == "inferred"}
    rows = _Rows(items, units, languages, slack)
    run = Run([items[units[us[0]][0]] for us in rows.units], languages,
              cfg.place_only_weight, rows.weights, slack)
    pairs, nodes = _candidate_links(run, rows, cfg)
    # What every part reads, the same for all: small beside the parts' pairs.
    shared = _Shared(array("i", (d.toordinal() for r in nodes.row
                                 for d in (run.feats[r].lo, run.feats[r].hi))),
                     nodes.weights, cfg)
    del run, rows  # the clustering needs the pairs and the windows only
    parts = _parts(_blocks(len(nodes.row), pairs), pairs)
    docs = {d.id: d for d in documents}
    # The clusters come back as node numbers, in block order (a part's result is small).
    events = [_event([items[i] for u in sorted(u for n in c for u in nodes.units[n])
                      for i in units[u]], docs, cfg)
              for done in (map_blocks or _in_order)(_cluster_part, shared, parts)
              for c in done]
    events.sort(key=lambda e: (e.span.first, e.span.last, e.id))
    return events


def merge_timelines(*runs: Iterable[Event], documents: Sequence[Document] = (),
                    settings: MergeSettings = DEFAULTS) -> list[Event]:
    """Merge the events of separate runs: the same as merging all their mentions at once."""
    return merge_events([m for run in runs for e in run for m in e.mentions], documents,
                        settings)


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


def _units(items: Sequence[EventMention]) -> list[list[int]]:
    """The mentions grouped into units of identical reports from one document (the same
    sentence, headline, date and names, repeated: a pasted paragraph, a page read twice),
    in canonical order. One article saying the same thing twice reports one event, so a unit
    is one node of the merge, weighted by its size: k copies cost one feature vector and
    one candidate list instead of k, and no k x k pairs."""
    first: dict[tuple, int] = {}
    units: list[list[int]] = []
    for i, m in enumerate(items):
        key = (m.doc_id, _content_key(m))
        u = first.setdefault(key, len(units))
        if u == len(units):
            units.append([])
        units[u].append(i)
    return units


def _relation(a: EventMention, b: EventMention, ia: tuple[date, date], ib: tuple[date, date],
              cfg: MergeSettings = DEFAULTS) -> str:
    """'compatible' (overlap or containment), 'conflict' (nearby different days), or 'apart'."""
    (a0, a1), (b0, b1) = ia, ib
    if a0 <= b1 and b0 <= a1:
        return "compatible"
    if (rep.is_day_point(a) and rep.is_day_point(b)
            and abs((a.span.first - b.span.first).days) <= cfg.conflict_max_days):
        return "conflict"
    return "apart"


def _date_relation(a: EventMention, b: EventMention, cfg: MergeSettings = DEFAULTS) -> str:
    return _relation(a, b, rep.interval(a), rep.interval(b), cfg)


# ---------------------------------------------------------------- pair decision

def _score(pair: tuple[float, float, float], cfg: MergeSettings = DEFAULTS) -> float:
    return cfg.action_weight * pair[0] + cfg.entity_weight * pair[1] + cfg.class_weight * pair[2]


def _linked(a: EventMention, b: EventMention, pair: tuple[float, float, float],
            relation: str | None = None, cfg: MergeSettings = DEFAULTS) -> bool:
    """Whether two mentions may sit in one cluster at all."""
    if a.doc_id == b.doc_id and a.sentence_start == b.sentence_start:
        return False  # two clauses of one sentence are two events by construction
    action, actors, same_class = pair
    if action < cfg.action_floor and not same_class:
        return False  # nothing in common about what happened
    if actors < cfg.entity_floor and action < cfg.strong_action:
        return False  # no shared actor or place, and the wording is not close enough alone
    relation = relation or _date_relation(a, b, cfg)
    if relation == "apart":
        return False
    if relation == "conflict" and (a.doc_id == b.doc_id or action < cfg.conflict_threshold
                                   or actors < cfg.entity_floor):
        return False  # one author dating two things differently, or not the same story
    if a.doc_id == b.doc_id and not same_class and action < cfg.strong_action:
        return False  # one article's sentences share its cast: the action must match too
    floor = cfg.pair_floor
    if a.doc_id == b.doc_id:
        floor = max(floor, cfg.same_doc_threshold)
    return _score(pair, cfg) >= floor


# ---------------------------------------------------------------- candidates

class Pairs:
    """The scored candidate pairs of nodes, i < j, in the order they were found: five flat
    arrays (21 bytes a pair, where a dict of dicts of tuples takes over 100), since a large
    run holds millions of them and only the pairs inside one block are ever needed at once.
    w is how many mention pairs the entry stands for (the nodes' weights multiplied); one
    pair of nodes may have several entries (copies in different articles, copies in one)."""

    def __init__(self):
        self.i, self.j = array("i"), array("i")
        # w fits four bytes unless copies in the thousands pair up: widened when it must
        self.score, self.status, self.w = array("d"), array("b"), array("i")

    def add(self, i: int, j: int, found: tuple[float, int], w: int = 1) -> None:
        self.i.append(min(i, j))
        self.j.append(max(i, j))
        self.score.append(found[0])
        self.status.append(found[1])
        try:
            self.w.append(w)
        except OverflowError:
            self.w = array("q", self.w)
            self.w.append(w)

    def __len__(self) -> int:
        return len(self.i)

    def __iter__(self):
        return zip(self.i, self.j, self.score, self.status, self.w)


class _Rows:
    """The distinct reports of a run, each one row of features computed once: the units
    (see _units) whose reports are identical (wire copies: the same sentence, date and names
    in several articles) share a row. The features depend on the report and its language
    only, and on the slack of an inferred publication date when its date was counted from it."""

    def __init__(self, items: Sequence[EventMention], units: list[list[int]],
                 languages: dict[str, str], slack: dict[str, int]):
        first: dict[tuple, int] = {}
        self.units: list[list[int]] = []  # each row's units, in canonical order
        self.item = [items[u[0]] for u in units]  # each unit's report
        for u, m in enumerate(self.item):
            pad = slack.get(m.doc_id, 0) if rep.depends_on_anchor(m) else 0
            r = first.setdefault((_content_key(m), languages.get(m.doc_id, "en"), pad),
                                 len(self.units))
            if r == len(self.units):
                self.units.append([])
            self.units[r].append(u)
        self.unit_weight = [len(u) for u in units]
        self.weights = [sum(self.unit_weight[u] for u in us) for us in self.units]


class _Nodes:
    """The nodes the clustering starts from, numbered in canonical order (by first unit):
    a row whose copies link to each other is one node (one article's report and its copies
    elsewhere are one event from the start, whatever else they pair with), any other row one
    node per unit."""

    def __init__(self, rows: _Rows, joined: Sequence[bool]):
        starts = sorted((us[0], r, tuple(us) if joined[r] else (u,))
                        for r, us in enumerate(rows.units)
                        for u in (us[:1] if joined[r] else us))
        self.row = array("i", (r for _, r, _ in starts))
        self.units = [us for _, _, us in starts]
        self.weights = [sum(rows.unit_weight[u] for u in us) for us in self.units]
        self.of_row: list[list[int]] = [[] for _ in rows.units]
        for n, r in enumerate(self.row):
            self.of_row[r].append(n)


def _candidate_links(run: Run, rows: _Rows, cfg: MergeSettings = DEFAULTS
                     ) -> tuple[Pairs, _Nodes]:
    """The candidate pairs of nodes, found through the index on the rows, never all pairs:
    (i, j, score, status, w), status LINK (may sit in one cluster), CANNOT (must not: a
    veto) or MAYBE (neither: counts by its score).

    Every key (an action word, "@class" or participant) has a posting list of rows sorted by
    the row's earliest day; a row is compared only with the later entries of its keys' lists
    whose earliest day is within its window (plus the one day a conflicting date may be
    off). A pair that shares several keys is scored once; pairs that share no key score 0.
    A pair of rows is scored once for reports in different articles and once for each way
    two reports of one article can relate, whatever the number of copies: wire copy costs
    its rows' pairs, not its copies' pairs."""
    feats = run.feats
    n = len(feats)
    order = sorted(range(n), key=lambda r: (feats[r].lo, feats[r].hi, r))
    postings: dict[str, array] = {}
    # Copies of one report in several articles are one node if they link to each other (and
    # can meet at all: they share a key).
    joined = [False] * n
    for r in order:
        posted, probed = run.keys(r, cfg.strong_action, cfg.precise_days)
        for k in posted:
            postings.setdefault(k, array("i")).append(r)
        us = rows.units[r]
        if len(us) > 1 and not set(posted).isdisjoint(probed):
            found = _pair_status(run, r, r, cfg, rows.item[us[0]], rows.item[us[1]])
            joined[r] = found is not None and _copies_link(found, cfg)
    starts = {k: array("i", [feats[r].lo.toordinal() for r in p]) for k, p in postings.items()}
    reach = timedelta(days=cfg.conflict_max_days)
    nodes = _Nodes(rows, joined)
    edges = Pairs()
    for r in order:
        hi = feats[r].hi
        limit = None if hi == _NO_DATE else (hi + reach).toordinal()
        key = (feats[r].lo, feats[r].hi, r)
        posted, probed = run.keys(r, cfg.strong_action, cfg.precise_days)
        seen: set[int] = set()
        for k in probed:
            plist = postings.get(k)
            if not plist:
                continue
            # the entries after r in date order (ties by position), up to the window's end
            lo = _after(plist, feats, key)
            end = len(plist) if limit is None else bisect_right(starts[k], limit, lo)
            seen.update(plist[lo:end])
        if len(nodes.of_row[r]) > 1 and not set(posted).isdisjoint(probed):
            seen.add(r)  # copies that do not link: pairs of their own
        for s in seen:  # (any order: the result depends on the scores, not on this order)
            _row_pairs(run, rows, nodes, r, s, cfg, edges)
    return edges, nodes


def _row_pairs(run: Run, rows: _Rows, nodes: _Nodes, r: int, s: int, cfg: MergeSettings,
               edges: Pairs) -> None:
    """The entries of every pair of nodes of rows r and s (r == s: the copies of a row that
    do not link, each its own node). The status depends on the rows and on how the two reports
    relate (other articles, one article, one sentence), so it is computed once per way."""
    memo: dict[tuple, object] = {}
    item, uw = rows.item, rows.unit_weight

    def way(a: EventMention, b: EventMention) -> tuple:
        same = a.doc_id == b.doc_id
        key = (same, same and a.sentence_start == b.sentence_start)
        if key not in memo:
            memo[key] = _pair_status(run, r, s, cfg, a, b)
        return key

    for p in nodes.of_row[r]:
        for q in nodes.of_row[s]:
            if r == s and q <= p:
                continue
            P, Q = nodes.units[p], nodes.units[q]
            if len(P) == 1 and len(Q) == 1:
                found = memo[way(item[P[0]], item[Q[0]])]
                if found is not None:
                    edges.add(p, q, found, uw[P[0]] * uw[Q[0]])
                continue
            # Copies: the reports of the two nodes that are in one article, counted by how
            # they relate; every other combination is two articles, counted together.
            small, large = (P, Q) if len(P) <= len(Q) else (Q, P)
            in_doc = {item[u].doc_id: u for u in small}
            weight: dict[tuple, int] = {}
            for v in large:
                u = in_doc.get(item[v].doc_id)
                if u is not None:
                    k = way(item[u], item[v])
                    weight[k] = weight.get(k, 0) + uw[u] * uw[v]
            cross = nodes.weights[p] * nodes.weights[q] - sum(weight.values())
            if cross:
                a = item[P[0]]
                b = next((item[v] for v in Q if item[v].doc_id != a.doc_id), None)
                if b is None:  # Q is one report, in P's first article
                    a, b = item[P[1]], item[Q[0]]
                weight[way(a, b)] = cross
            for k in sorted(weight):
                found = memo[k]
                if found is not None:
                    edges.add(p, q, found, weight[k])


def _copies_link(status: tuple[float, int], cfg: MergeSettings) -> bool:
    return status[1] == LINK and status[0] >= cfg.cluster_threshold


def _content_key(m: EventMention) -> tuple:
    """Everything a mention's features depend on, its document and offsets aside."""
    t = m.time
    return (m.sentence, m.headline, m.span, m.dated_by, m.status, m.entities,
            (t.start - m.sentence_start, t.end - m.sentence_start) if t else None)


def _after(plist: list[int], feats, key: tuple) -> int:
    """Position of the first entry of a posting list that comes after `key` in date order."""
    lo, hi = 0, len(plist)
    while lo < hi:
        mid = (lo + hi) // 2
        f = feats[plist[mid]]
        if (f.lo, f.hi, plist[mid]) <= key:
            lo = mid + 1
        else:
            hi = mid
    return lo


LINK, MAYBE, CANNOT = 2, 1, 0


def _pair_status(run: Run, i: int, j: int, cfg: MergeSettings = DEFAULTS,
                 a: EventMention | None = None, b: EventMention | None = None
                 ) -> tuple[float, int] | None:
    """(score, status) of a candidate pair of rows, None when it is neutral and scores
    nothing; a and b are the two reports compared (by default the rows' own), which tell
    whether they come from one article and one sentence."""
    feats = run.feats
    a, b = a or run.items[i], b or run.items[j]
    fi, fj = feats[i], feats[j]
    pair = run.pair(i, j, a.doc_id == b.doc_id)
    score = _score(pair, cfg)
    relation = _relation(a, b, (fi.lo, fi.hi), (fj.lo, fj.hi), cfg)
    cross = a.doc_id != b.doc_id
    ci, cj = fi.classes, fj.classes
    if relation == "apart" or (not cross and a.sentence_start == b.sentence_start):
        return score, CANNOT
    if pair[2] and ci and cj and not ci & cj and run.different_participants(i, j):
        return score, CANNOT  # kinds of action that may be one occasion, not with other people
    if cross and run.disjoint_participants(i, j):
        return score, CANNOT  # a different participant vetoes
    if cross and rep.other_counts(fi.figures, fj.figures):
        return score, CANNOT  # the same things counted differently: two occasions
    if cross and ci and cj and not pair[2] and not (
            ci <= cfg.reporting_classes or cj <= cfg.reporting_classes):
        return score, CANNOT  # different kinds of action
    precise = (cross and relation == "compatible"
               and (fi.hi - fi.lo).days < cfg.precise_days and (fj.hi - fj.lo).days < cfg.precise_days)
    if precise:
        # Same days to the day carry evidence of their own: the same kind of action then, by
        # participants that do not differ, is one event.
        score += cfg.precise_weight
    coarse = cross and max((fi.hi - fi.lo).days, (fj.hi - fj.lo).days) >= cfg.coarse_days
    if (_linked(a, b, pair, relation, cfg) and not (coarse and score < cfg.coarse_floor)) \
            or (precise and pair[2]):
        return score, LINK
    if relation == "conflict":
        return score, CANNOT  # nearby different days, not close enough to be one report
    if not cross and score < cfg.same_doc_veto:
        return score, CANNOT  # one article's sentences share its cast: only links merge
    return (score, MAYBE) if score > 0 else None


def _blocks(n: int, pairs: Pairs) -> list[list[int]]:
    """Nodes connected by links: each block can be clustered on its own (or on another
    worker), since only links start a merge."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j, _, status, _ in pairs:
        if status == LINK:
            a, b = root(i), root(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values())


# Blocks per part: the number of candidate pairs and mentions a part may hold before it is
# closed (a larger block is a part of its own). Small enough that a large run makes many
# tasks to balance (3,000 news articles: about 80,000, so 16 parts) and no task holds much,
# large enough that shipping one costs little beside clustering it; the events do not
# depend on it.
PART_SIZE = 5_000

MapBlocks = Callable[[Callable, object, Iterable], Iterable]


@dataclass(frozen=True)
class _Shared:
    """What every part's clustering reads: the nodes' date windows (first and last day
    of node n, as ordinals, at 2n and 2n + 1) and weights, and the settings."""

    windows: Sequence[int]
    weights: Sequence[int]
    cfg: MergeSettings


def _in_order(work: Callable, shared: object, parts: Iterable) -> Iterable:
    """The local map_blocks: one part after the other, in this process."""
    return (work(shared, part) for part in parts)


def _parts(blocks: list[list[int]], pairs: Pairs):
    """Consecutive blocks gathered into parts of about PART_SIZE pairs and mentions, each
    (blocks, the columns (i, j, score, status, w) of the pairs inside them grouped by block
    in the order found, pairs per block). Pairs across blocks cannot count (only links start
    a merge): the pairs inside are gathered column by column, each column of the run's pairs
    released as soon as it is gathered, so the run's pairs and the blocks' are never held
    twice; each part's columns are arrays of its own, handed over and not kept here, so a
    part is freed once it is clustered (numpy: these are millions of pairs)."""
    import numpy as np

    block_of = np.zeros(sum(len(b) for b in blocks), dtype=np.int32)
    for k, block in enumerate(blocks):
        block_of[block] = k
    first = block_of[np.frombuffer(pairs.i, dtype=np.int32)]
    inside = np.flatnonzero(first == block_of[np.frombuffer(pairs.j, dtype=np.int32)])
    del block_of
    order = inside[np.argsort(first[inside], kind="stable")]
    counts = np.bincount(first[order], minlength=len(blocks))
    del first, inside
    bounds = []  # each part's (first block, end block, first pair, end pair)
    k0 = start = end = held = 0
    for k, block in enumerate(blocks):
        end += int(counts[k])
        held += len(block) + int(counts[k])
        if held >= PART_SIZE or k == len(blocks) - 1:
            bounds.append((k0, k + 1, start, end))
            k0, start, held = k + 1, end, 0
    columns: list[list | None] = [[] for _ in bounds]
    for name in ("i", "j", "score", "status", "w"):
        column = getattr(pairs, name)
        run_wide = np.frombuffer(column, dtype=np.dtype(column.typecode))
        for part, (_, _, s, e) in zip(columns, bounds):
            part.append(run_wide[order[s:e]])
        del run_wide
        setattr(pairs, name, None)  # this column is gathered: release the run's
    del order, column
    for p, (k0, k1, _, _) in enumerate(bounds):
        part, columns[p] = columns[p], None
        yield blocks[k0:k1], part, counts[k0:k1]
        del part


def _block_edges(blocks: list[list[int]], columns: Sequence, counts: Sequence[int]):
    """Each block of a part with its pairs as (i, j, score, status, w) columns, one block at a
    time (views into the part's columns, not copies). A part's list of columns is emptied
    and the last block gets the only views left, so that a part of one large block is freed
    while its adjacency is made (see _adjacency)."""
    # as flat native arrays (a column shipped to a Dask worker may say "=i" for "i")
    views = [memoryview(c).cast("B").cast(c.dtype.char) for c in columns]
    if isinstance(columns, list):
        columns.clear()
    start = 0
    for k, (block, count) in enumerate(zip(blocks, counts)):
        edges = [v[start:start + count] for v in views]
        start += count
        if k == len(blocks) - 1:
            views.clear()
        yield block, edges
        del edges


def _cluster_part(shared: _Shared, part: tuple) -> list[tuple[int, ...]]:
    """The clusters of one part's blocks, in block order: the work a Dask task does."""
    s = shared
    return [c for block, edges in _block_edges(*part)
            for c in _agglomerate(block, edges, s.windows, s.weights, s.cfg)]


def _adjacency(block: list[int], edges: list):
    """The block's pairs as sorted neighbour lists: for each node (its place in the block),
    its neighbours' places and the slot their pair's statistics sit at, one slot per pair of
    nodes, numbered in (first, second) order (an entry's score sum, links, vetoes and scored
    mention pairs, each summed in the order the entries were found). The counts take four
    bytes unless the block's mention pairs, all together, do not fit them (copies in the
    tens of thousands): a slot only ever sums entries of its own, so none can outgrow that.

    `edges` (the columns i, j, score, status, w) is emptied as its columns are read, so
    that a large block's pairs are freed while its adjacency grows. The sums and the lists
    are made with numpy: a large block holds millions of pairs, which as Python ints, or a
    loop per pair, would cost several times their arrays."""
    import numpy as np

    def take(k: int):  # a column, released from `edges`
        column, edges[k] = edges[k], None
        return np.asarray(column)

    m = len(block)
    nodes = np.asarray(block, dtype=np.int64)  # blocks are sorted: places keep node order
    # one key per pair of places (i < j, so first < second), its entries in the order found
    key = np.searchsorted(nodes, take(0)) * m
    key += np.searchsorted(nodes, take(1))
    order = np.argsort(key, kind="stable")
    key = key[order]
    starts = np.flatnonzero(np.concatenate((key[:1] == key[:1], key[1:] != key[:-1])))
    key = key[starts]  # the distinct pairs, a slot each
    w = take(4).astype(np.int64)[order]
    status = take(3)[order]
    score = take(2).astype(np.float64)[order] * w
    edges.clear()
    del order
    slot_of = np.repeat(np.arange(len(key)), np.diff(np.append(starts, len(w))))
    # bincount adds a slot's entries one after the other, in the order found
    total = array("d", np.bincount(slot_of, weights=score, minlength=len(key)).tobytes())
    del score, slot_of
    sums = [np.add.reduceat(np.where(status == LINK, w, 0), starts) if len(key) else w,
            np.add.reduceat(np.where(status == CANNOT, w, 0), starts) if len(key) else w,
            np.add.reduceat(w, starts) if len(key) else w]
    del status, w, starts
    counts = "i" if int(sums[2].sum()) < 1 << 31 else "q"
    links, vetoes, scored = (array(counts, s.astype(np.dtype(counts)).tobytes()) for s in sums)
    del sums
    first, second = (key // m).astype(np.int32), (key % m).astype(np.int32)
    del key
    # A node's neighbours: the earlier ones (it is their second), then the later ones (it is
    # their first); both runs come out sorted, since the slots are in (first, second) order.
    back = np.argsort(second, kind="stable")
    early_near = memoryview(first[back].tobytes())  # raw four-byte ints, sliced in bytes
    early_slot = memoryview(back.astype(np.int32).tobytes())
    early = (4 * np.concatenate(([0], np.cumsum(np.bincount(second, minlength=m))))).tolist()
    del back
    late = np.searchsorted(first, np.arange(m + 1)).tolist()
    late_near = memoryview(second.tobytes())
    del first, second
    near, slot = [], []
    for x in range(m):
        e0, e1, l0, l1 = early[x], early[x + 1], late[x], late[x + 1]
        ns, ks = array("i"), array("i")
        ns.frombytes(early_near[e0:e1])
        ns.frombytes(late_near[4 * l0:4 * l1])
        ks.frombytes(early_slot[e0:e1])
        ks.extend(range(l0, l1))
        near.append(ns)
        slot.append(ks)
    return near, slot, (total, links, vetoes, scored)


# A heap entry is one int: minus the average in billionths, shifted past two places of
# `bits` bits, | a << bits | b. It orders as (-average, a, b) does (averages are rounded to 9
# decimals) in a fifth of the memory of that tuple, and takes three 30-bit digits while a
# block has under 2**18 nodes: a large block starts with millions of entries.

def _billionths(avg: float) -> int:
    """An average rounded to 9 decimals, as a whole number of billionths."""
    return round(avg * 1_000_000_000)


def _entry(avg: float, a: int, b: int, bits: int) -> int:
    return -_billionths(avg) << 2 * bits | a << bits | b


def _unpack(entry: int, bits: int) -> tuple[int, int, int]:
    mask = (1 << bits) - 1
    return -(entry >> 2 * bits), (entry >> bits) & mask, entry & mask


def _agglomerate(block: list[int], edges: Sequence[Sequence],
                 windows: Sequence[int], weights: Sequence[int] | None = None,
                 cfg: MergeSettings = DEFAULTS) -> list[tuple[int, ...]]:
    """Average linkage inside one block with a conflict check.

    Two clusters merge when at most veto_share of their member pairs veto (CANNOT), their date
    windows still meet, at least link_share of their member pairs are links, and the average
    score of their scored member pairs reaches cluster_threshold. Each cluster pair keeps
    (score sum, links, vetoed, scored pairs) at one slot (see _adjacency); a heap gives the
    best pair (ties: the first in canonical order) and a merge only touches the two clusters'
    neighbours: O(e log e) for e candidate pairs in the block. edges is a list of the columns
    (i, j, score, status, w) of the block's entries, w the number of mention pairs an entry
    stands for (see _units, _Nodes); it is emptied as it is read (see _adjacency).

    A cluster is known by its first node's place in the block: two clusters are disjoint, so
    comparing their first nodes orders them as their sorted member lists would. A heap entry
    is taken only if the pair is still eligible with the same average: one made before a
    cluster grew is then the same as the entry its growth pushed."""
    if len(block) == 1:
        return [(block[0],)]
    reach = cfg.conflict_max_days
    near, slot, (total, links, vetoes, scored) = _adjacency(block, edges)
    weight = weights or [1] * (len(windows) // 2)
    size = [weight[i] for i in block]
    # each cluster's date window (day ordinals), by its place; flat: a block may hold
    # hundreds of thousands of nodes
    lo = array("i", (windows[2 * i] for i in block))
    hi = array("i", (windows[2 * i + 1] for i in block))
    joined = array("i", range(len(block)))  # the place of the cluster each place joined
    bits = max(1, (len(block) - 1).bit_length())

    def eligible(a: int, b: int, k: int) -> float | None:
        n = size[a] * size[b]
        # rounded: sums of the same scores taken in another order (copies counted together,
        # another engine's blocks) must compare equal, or ties would break differently
        avg = round(total[k] / scored[k], 9)
        if vetoes[k] > cfg.veto_share * n or links[k] < cfg.link_share * n \
                or avg < cfg.cluster_threshold:
            return None
        if max(lo[a], lo[b]) > min(hi[a], hi[b]) + reach:
            return None  # the two clusters' dates no longer meet
        return avg

    heap = [_entry(avg, a, b, bits) for a in range(len(block)) for b, k in zip(near[a], slot[a])
            if a < b and (avg := eligible(a, b, k)) is not None]
    heapq.heapify(heap)
    while heap:
        best, a, b = _unpack(heapq.heappop(heap), bits)
        if joined[a] != a or joined[b] != b:
            continue  # one side has joined another cluster since
        p = bisect_left(near[a], b)
        now = eligible(a, b, slot[a][p])
        if now is None or _billionths(now) != best:
            continue  # the pair has changed since this entry was made
        # b joins a (a < b: the merged cluster keeps the first node)
        size[a] += size[b]
        start, end = max(lo[a], lo[b]), min(hi[a], hi[b])
        lo[a], hi[a] = (start, end) if start <= end else (end, start)  # conflicting days:
        joined[b] = a                                                 # keep the gap they span
        na, ka, nb, kb = near[a], slot[a], near[b], slot[b]
        near[b] = slot[b] = None
        mine, mine_slot = array("i"), array("i")
        x = y = 0
        while x < len(na) or y < len(nb):  # the two sorted neighbour lists, merged
            c = na[x] if x < len(na) else len(block)
            d = nb[y] if y < len(nb) else len(block)
            if c < d:
                k = ka[x]
                x += 1
            elif d < c:
                c, k = d, kb[y]
                y += 1
            else:  # a's slot now holds both sides' pairs with c
                k, k2 = ka[x], kb[y]
                total[k] += total[k2]
                links[k] += links[k2]
                vetoes[k] += vetoes[k2]
                scored[k] += scored[k2]
                x += 1
                y += 1
            if c == a or c == b:
                continue
            mine.append(c)
            mine_slot.append(k)
            nc, kc = near[c], slot[c]
            q = bisect_left(nc, b)
            if q < len(nc) and nc[q] == b:
                del nc[q], kc[q]
            q = bisect_left(nc, a)
            if q < len(nc) and nc[q] == a:
                kc[q] = k
            else:
                nc.insert(q, a)
                kc.insert(q, k)
            if (avg := eligible(a, c, k)) is not None:
                heapq.heappush(heap, _entry(avg, min(a, c), max(a, c), bits))
        near[a], slot[a] = mine, mine_slot
    # b joined a only when a < b: a cluster is known by its first place, and its members
    # come out in block order, as the clusters do
    groups: dict[int, list[int]] = {}
    for p, node in enumerate(block):
        first = p
        while joined[first] != first:
            first = joined[first]
        joined[p] = first
        groups.setdefault(first, []).append(node)
    return [tuple(g) for g in groups.values()]


# ---------------------------------------------------------------- events

def _doc_order(doc_id: str, docs: dict[str, Document]) -> tuple:
    d = docs.get(doc_id)
    published = d.published if d is not None and d.published is not None else _NO_DATE
    return (published, doc_id)


def _event(mentions: list[EventMention], docs: dict[str, Document],
           cfg: MergeSettings = DEFAULTS) -> Event:
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
    # The headline: the clearest of the reports' (events.headline_quality), then as the date.
    def language(m: EventMention) -> str:
        d = docs.get(m.doc_id)
        return d.language if d is not None else "en"

    clearest = min(mentions, key=lambda m: (-headline_quality(m.headline, language(m)), rank(m)))
    ordered = tuple(sorted(mentions, key=lambda m: (_doc_order(m.doc_id, docs), _mention_key(m))))
    sources = tuple(dict.fromkeys(m.doc_id for m in ordered))
    flags = ("conflicting-dates",) if _has_conflict(mentions, cfg) else ()
    return Event(
        id=_event_id(mentions),
        span=best.span,
        headline=clearest.headline,
        text=best.sentence,  # the evidence; exports render the sources from Event.sources
        mentions=ordered,
        sources=sources,
        status="planned" if all(m.status == "planned" for m in mentions) else "reported",
        flags=flags,
    )


def _has_conflict(mentions: Sequence[EventMention], cfg: MergeSettings = DEFAULTS) -> bool:
    """Whether two of the event's own day dates conflict (nearby different days). Only the
    distinct day-point dates are compared, in date order, so a large event costs n log n."""
    days = sorted({(m.span.first, rep.interval(m)) for m in mentions if rep.is_day_point(m)})
    for n, (d, iv) in enumerate(days):
        for e, jv in days[n + 1:]:
            if (e - d).days > cfg.conflict_max_days:
                break
            if not (iv[0] <= jv[1] and jv[0] <= iv[1]):
                return True
    return False


def _event_id(mentions: Sequence[EventMention]) -> str:
    """A short hash of the cluster's anchor mention: the smallest (doc id, sentence offsets).

    It depends on that one mention only, so the id is the same whatever the input order and
    whichever other articles are in the run, as long as no mention with a smaller doc id (or
    an earlier sentence of the same doc) joins the event.
    """
    m = min(mentions, key=_mention_key)
    key = f"{m.doc_id}|{m.sentence_start}|{m.sentence_end}|{m.span.value}"
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]



# ---------------------------------------------------------------- for the tests

def _similarity(items: Sequence[EventMention], cfg: MergeSettings = DEFAULTS):
    """(action wording, shared actors, class match) of any two of `items` (see Run.pair)."""
    return Run(items, place_only_weight=cfg.place_only_weight).pair
