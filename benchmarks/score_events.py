"""Score an events.json against the gold event timeline.

    python benchmarks/score_events.py --gold tests/gold/seeds_timeline.json --events exports/events.json [--json]

Definitions (all dates are ISO, spans are inclusive [start, end]):

* Sentence normalisation: NFKC, casefold, curly quotes/primes to ' and ", dashes to -,
  whitespace collapsed.
* Correspondence: a system mention corresponds to a gold mention when they are in the same
  document and the gold `sentence` (a distinctive substring) is contained in the system
  mention's sentence, or the system sentence (at least MIN_REVERSE characters) is contained in
  the gold substring. When a sentence is listed under several gold events, the system mention is
  given to the candidate that agrees best on, in order: the date expression (both present and
  one contains the other > both absent > disagree), the date (mention span equal to the gold
  mention's > within the gold event's span > neither), the other mentions of the same output
  event (how many of them were unambiguously given to that gold event), gold file order.
* Date right: an output event's [start, end] lies within the gold event's [start, end] (for a
  single-day gold event that means equal). For gold kind "before" an output whose end is the
  gold end, or the day after it (exclusive-bound convention), is also right; for kind "after",
  an output whose start is the gold start or the day before. "Strict" means equal spans (with
  the same before/after allowance).
* An output event matches a gold event when it carries a mention corresponding to one of that
  event's gold mentions AND its date is right.
  Event recall = gold events matched by at least one output event / gold events.
  Event precision = output events that match some gold event / output events. Output events that
  correspond to no gold mention are false positives ("no gold sentence"); so are output events
  that correspond to gold events but get the date wrong ("wrong date").
  Duplicates (reported, not subtracted) = output events that match a gold event already matched
  by an earlier output event.
* Mention date accuracy: over system mentions that correspond to a gold mention whose start is
  not null: exact = system mention [start, end] equals the gold mention's; lenient = within.
* Headlines: non-empty, at most 100 characters, no date words (month names, weekdays, today /
  yesterday / tomorrow, this/last/next week|month|year, "ago", seasons used as dates, years
  1900-2099, ISO dates). Rate = headlines passing all three / output events.
* Dedup, over the system mentions that correspond to a gold mention ("items"): pairwise
  precision/recall/F1 over unordered pairs (same output event vs same gold event); B-cubed
  precision/recall/F1 (per item, clusters restricted to the items, averaged); chaining = output
  events whose items belong to 2+ gold events; split = gold events whose items are in 2+ output
  events; cross-document merge rate = of the gold events with mentions in 2+ documents, those
  for which some output event holds items from 2+ of its documents. A ratio with an empty
  denominator is reported as null.
* Negatives: expressions that must not be dated. A violation is a system mention in the same
  document whose sentence matches the negative's sentence and whose expression contains, or is
  contained in, the negative text.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from itertools import combinations

MIN_REVERSE = 20
MAX_HEADLINE = 100

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
    "\u2014": "-", "\u2015": "-", "\u2212": "-",
})


def normalise(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip()


# -- dates ---------------------------------------------------------------------------------


def _parse(value, end: bool = False) -> dt.date | None:
    """ISO date, or a partial one ("2022", "2022-12") taken as its first or last day."""
    if value is None or value == "":
        return None
    value = str(value).strip()[:10]
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = map(int, value.split("-"))
            if not end:
                return dt.date(y, m, 1)
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 12, 31) if end else dt.date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def span(obj: dict) -> tuple[dt.date, dt.date] | None:
    start = _parse(obj.get("start"))
    end = _parse(obj.get("end"), end=True) if obj.get("end") not in (None, "") else None
    if start is None:
        return None
    if end is None:
        end = _parse(obj.get("start"), end=True)
    return start, end


def mention_span(mention: dict) -> tuple[dt.date, dt.date] | None:
    """A system mention's dates: events.json keeps them under "span" (its own start and
    end are the expression's character offsets); hand-made test data may put them flat."""
    if isinstance(mention.get("span"), dict):
        return span(mention["span"])
    return span(mention)


def _within(inner, outer) -> bool:
    return inner is not None and outer is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


def date_right(out_span, gold_event: dict, strict: bool = False) -> bool:
    gspan = span(gold_event)
    if out_span is None or gspan is None:
        return False
    kind = gold_event.get("kind")
    one = dt.timedelta(days=1)
    if kind == "before" and out_span[1] in (gspan[1], gspan[1] + one):
        return True
    if kind == "after" and out_span[0] in (gspan[0], gspan[0] - one):
        return True
    if strict:
        return out_span == gspan
    return _within(out_span, gspan)


# -- headlines -----------------------------------------------------------------------------

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_DATE_WORDS = [
    re.compile(rf"\b(?:{_MONTHS})\b\.?(?:\s+\d|\s*,?\s*\d{{4}})"),  # "March 7", "Dec 2022"
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b"),  # "7 March"
    re.compile(r"\b(?:January|February|April|June|July|August|September|October|November|"
               r"December)\b"),
    re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b", re.I),
    re.compile(r"\b(?:today|tonight|yesterday|tomorrow)\b", re.I),
    re.compile(r"\b(?:this|last|next|past|coming)\s+(?:week|weekend|month|year|spring|summer|"
               r"autumn|fall|winter|decade)\b", re.I),
    re.compile(r"\b(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later)\b", re.I),
    re.compile(r"\b(?:in|early|late|mid)[\s-]+(?:the\s+)?(?:spring|summer|autumn|winter)\b", re.I),
    re.compile(r"\b(?:spring|summer|autumn|winter)\s+(?:of\s+)?\d{4}\b", re.I),
    re.compile(r"\b(?:19|20)\d{2}\b"),
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
    re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"),
]


def headline_problems(headline) -> list[str]:
    problems = []
    text = (headline or "").strip() if isinstance(headline, str) else ""
    if not text:
        problems.append("empty")
    if len(text) > MAX_HEADLINE:
        problems.append(f"longer than {MAX_HEADLINE} characters")
    words = [m.group(0) for rx in _DATE_WORDS for m in [rx.search(text)] if m]
    if words:
        problems.append("date words: " + ", ".join(sorted(set(words))))
    return problems


# -- correspondence ------------------------------------------------------------------------


def _sentence_match(gold_norm: str, sys_norm: str) -> bool:
    if not gold_norm or not sys_norm:
        return False
    return gold_norm in sys_norm or (len(sys_norm) >= MIN_REVERSE and sys_norm in gold_norm)


def _headline_agreement(gold_norm: str, headline_norm: str) -> int:
    """1 when the system mention's headline (the clause it reports) holds at least half of
    the gold mention's words. A sentence can hold two gold events ("X's meeting took place
    just ahead of Y's own visit"); the mention reports the one its headline states."""
    words = set(re.findall(r"\w+", gold_norm))
    if not words or not headline_norm:
        return 0
    return int(len(words & set(re.findall(r"\w+", headline_norm))) * 2 >= len(words))


def _expr_agreement(gold_expr, sys_expr) -> int:
    g, s = normalise(gold_expr), normalise(sys_expr)
    if g and s:
        return 2 if (g in s or s in g) else 0
    return 1 if not g and not s else 0


class _Gold:
    def __init__(self, gold: dict):
        self.events = gold.get("events", [])
        self.by_id = {e["id"]: e for e in self.events}
        self.mentions = []  # (event_index, mention_index, event, mention, norm sentence)
        for ei, ev in enumerate(self.events):
            for mi, m in enumerate(ev.get("mentions", [])):
                self.mentions.append((ei, mi, ev, m, normalise(m.get("sentence"))))
        self.negatives = gold.get("negatives", [])


def _assign(gold: _Gold, system_events: list[dict]):
    """Return {(sys_event_index, sys_mention_index): (gold_event_index, gold_mention_index)}."""
    assigned = {}
    pending = []
    for si, sev in enumerate(system_events):
        for smi, sm in enumerate(sev.get("mentions") or []):
            snorm = normalise(sm.get("sentence"))
            hnorm = normalise(sm.get("headline"))
            sspan = mention_span(sm)
            cands = []
            for ei, mi, gev, gm, gnorm in gold.mentions:
                if gm.get("doc") != sm.get("doc") or not _sentence_match(gnorm, snorm):
                    continue
                e_score = _expr_agreement(gm.get("expression"), sm.get("expression"))
                h_score = _headline_agreement(gnorm, hnorm)
                gm_span = span(gm)
                if sspan is not None and gm_span is not None and sspan == gm_span:
                    d_score = 2
                elif _within(sspan, span(gev)):
                    d_score = 1
                else:
                    d_score = 0
                cands.append(((e_score, h_score, d_score), -ei, -mi, ei, mi))
            if not cands:
                continue
            cands.sort(reverse=True)
            best_key = cands[0][0]
            top = [c for c in cands if c[0] == best_key]
            if len({c[3] for c in top}) == 1:
                assigned[(si, smi)] = (cands[0][3], cands[0][4])
            else:
                pending.append((si, smi, top))
    for si, smi, top in pending:
        context = Counter(ge for (s, _), (ge, _) in assigned.items() if s == si)
        top.sort(key=lambda c: (context[c[3]], c[1], c[2]), reverse=True)
        assigned[(si, smi)] = (top[0][3], top[0][4])
    return assigned


# -- scoring -------------------------------------------------------------------------------


def _ratio(num, den):
    return None if den == 0 else num / den


def _f1(p, r):
    if p is None or r is None:
        return None
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _fmt_span(obj) -> str:
    s = span(obj)
    if s is None:
        return "undated"
    return s[0].isoformat() if s[0] == s[1] else f"{s[0].isoformat()}..{s[1].isoformat()}"


def score(gold: dict, system: dict) -> dict:
    g = _Gold(gold)
    sys_events = system.get("events") or []
    assigned = _assign(g, sys_events)

    # events -> gold events they carry
    carries = defaultdict(set)
    for (si, _), (ge, _) in assigned.items():
        carries[si].add(ge)

    matched_gold = {}  # gold index -> first output index
    out_rows = []
    n_correct = n_correct_strict = duplicates = 0
    for si, sev in enumerate(sys_events):
        ospan = span(sev)
        matches = [ge for ge in sorted(carries[si]) if date_right(ospan, g.events[ge])]
        strict = [ge for ge in matches if date_right(ospan, g.events[ge], strict=True)]
        if matches:
            n_correct += 1
            if any(ge in matched_gold for ge in matches) and all(
                    ge in matched_gold for ge in matches):
                duplicates += 1
            for ge in matches:
                matched_gold.setdefault(ge, si)
        if strict:
            n_correct_strict += 1
        if not carries[si]:
            reason = "no gold sentence"
        elif not matches:
            reason = "wrong date (gold: " + "; ".join(
                f"{g.events[ge]['id']} {_fmt_span(g.events[ge])}" for ge in sorted(carries[si])) + ")"
        else:
            reason = None
        out_rows.append({"id": sev.get("id"), "headline": sev.get("headline"),
                         "date": _fmt_span(sev), "gold": [g.events[ge]["id"] for ge in sorted(carries[si])],
                         "matched": [g.events[ge]["id"] for ge in matches], "fp_reason": reason})
    strict_gold = {ge for si, sev in enumerate(sys_events) for ge in carries[si]
                   if date_right(span(sev), g.events[ge], strict=True)}

    n_gold, n_out = len(g.events), len(sys_events)
    recall = _ratio(len(matched_gold), n_gold)
    precision = _ratio(n_correct, n_out)
    recall_strict = _ratio(len(strict_gold), n_gold)
    precision_strict = _ratio(n_correct_strict, n_out)

    # mention dates
    m_total = m_exact = m_within = 0
    for (si, smi), (ge, gmi) in assigned.items():
        gm = g.events[ge]["mentions"][gmi]
        gspan = span(gm)
        if gspan is None:
            continue
        m_total += 1
        sspan = mention_span(sys_events[si]["mentions"][smi])
        m_exact += sspan == gspan
        m_within += _within(sspan, gspan)

    # headlines
    headline_rows = []
    h_ok = h_empty = h_long = h_dates = 0
    for sev in sys_events:
        problems = headline_problems(sev.get("headline"))
        h_ok += not problems
        h_empty += any(p == "empty" for p in problems)
        h_long += any(p.startswith("longer") for p in problems)
        h_dates += any(p.startswith("date words") for p in problems)
        if problems:
            headline_rows.append({"id": sev.get("id"), "headline": sev.get("headline"),
                                  "problems": problems})

    # dedup over items
    items = sorted(assigned.items())  # ((si, smi), (ge, gmi))
    sys_of = [si for (si, _), _ in items]
    gold_of = [ge for _, (ge, _) in items]
    tp = sys_pairs = gold_pairs = 0
    for a, b in combinations(range(len(items)), 2):
        same_s, same_g = sys_of[a] == sys_of[b], gold_of[a] == gold_of[b]
        sys_pairs += same_s
        gold_pairs += same_g
        tp += same_s and same_g
    pw_p, pw_r = _ratio(tp, sys_pairs), _ratio(tp, gold_pairs)
    sys_size, gold_size, both = Counter(sys_of), Counter(gold_of), Counter(zip(sys_of, gold_of))
    if items:
        b3_p = sum(both[(s, ge)] / sys_size[s] for s, ge in zip(sys_of, gold_of)) / len(items)
        b3_r = sum(both[(s, ge)] / gold_size[ge] for s, ge in zip(sys_of, gold_of)) / len(items)
    else:
        b3_p = b3_r = None
    gold_in_sys = defaultdict(set)
    sys_in_gold = defaultdict(set)
    for s, ge in zip(sys_of, gold_of):
        gold_in_sys[s].add(ge)
        sys_in_gold[ge].add(s)
    chained = [{"id": sys_events[s].get("id"), "headline": sys_events[s].get("headline"),
                "date": _fmt_span(sys_events[s]),
                "gold": [g.events[ge]["id"] for ge in sorted(ges)]}
               for s, ges in sorted(gold_in_sys.items()) if len(ges) > 1]
    split = [{"gold": g.events[ge]["id"], "outputs": [sys_events[s].get("id") for s in sorted(ss)]}
             for ge, ss in sorted(sys_in_gold.items()) if len(ss) > 1]

    # cross-document merging
    multi_doc = [ei for ei, ev in enumerate(g.events)
                 if len({m.get("doc") for m in ev.get("mentions", [])}) > 1]
    docs_in = defaultdict(set)  # (si, ge) -> docs
    for ((si, smi), (ge, _)) in items:
        docs_in[(si, ge)].add(sys_events[si]["mentions"][smi].get("doc"))
    merged = [ei for ei in multi_doc if any(len(d) > 1 for (s, ge), d in docs_in.items() if ge == ei)]

    # negatives
    violations = []
    for neg in g.negatives:
        ntext, nsent = normalise(neg.get("text")), normalise(neg.get("sentence"))
        for sev in sys_events:
            for sm in sev.get("mentions") or []:
                if sm.get("doc") != neg.get("doc"):
                    continue
                expr = normalise(sm.get("expression"))
                if not expr or not (ntext in expr or expr in ntext):
                    continue
                if nsent and not _sentence_match(nsent, normalise(sm.get("sentence"))):
                    continue
                violations.append({"doc": neg.get("doc"), "text": neg.get("text"),
                                   "expression": sm.get("expression"), "event": sev.get("id")})

    missed = [{"id": ev["id"], "description": ev.get("description"), "date": _fmt_span(ev),
               "docs": sorted({m.get("doc") for m in ev.get("mentions", [])})}
              for ei, ev in enumerate(g.events) if ei not in matched_gold]
    false_pos = [{k: r[k] for k in ("id", "headline", "date", "fp_reason")}
                 for r in out_rows if r["fp_reason"]]

    return {
        "counts": {"gold_events": n_gold, "gold_mentions": len(g.mentions), "output_events": n_out,
                   "output_mentions": sum(len(e.get("mentions") or []) for e in sys_events),
                   "corresponding_mentions": len(items)},
        "events": {"recall": recall, "precision": precision, "f1": _f1(precision, recall),
                   "recall_strict": recall_strict, "precision_strict": precision_strict,
                   "f1_strict": _f1(precision_strict, recall_strict),
                   "matched_gold": len(matched_gold), "correct_outputs": n_correct,
                   "duplicates": duplicates,
                   "fp_no_gold_sentence": sum(r["fp_reason"] == "no gold sentence" for r in out_rows),
                   "fp_wrong_date": sum(bool(r["fp_reason"]) and r["fp_reason"] != "no gold sentence"
                                        for r in out_rows)},
        "mention_dates": {"scored": m_total, "exact": m_exact, "within": m_within,
                          "accuracy": _ratio(m_exact, m_total),
                          "accuracy_within": _ratio(m_within, m_total)},
        "headlines": {"total": n_out, "ok": h_ok, "rate": _ratio(h_ok, n_out), "empty": h_empty,
                      "too_long": h_long, "with_date_words": h_dates},
        "dedup": {"pairwise_precision": pw_p, "pairwise_recall": pw_r, "pairwise_f1": _f1(pw_p, pw_r),
                  "pairs_system": sys_pairs, "pairs_gold": gold_pairs, "pairs_both": tp,
                  "bcubed_precision": b3_p, "bcubed_recall": b3_r, "bcubed_f1": _f1(b3_p, b3_r),
                  "chained_events": len(chained), "split_gold_events": len(split),
                  "cross_doc_gold_events": len(multi_doc), "cross_doc_merged": len(merged),
                  "cross_doc_merge_rate": _ratio(len(merged), len(multi_doc))},
        "negatives": {"total": len(g.negatives), "violations": len(violations)},
        "missed": missed,
        "false_positives": false_pos,
        "chained": chained,
        "split": split,
        "headline_problems": headline_rows,
        "negative_violations": violations,
    }


# -- report --------------------------------------------------------------------------------


def _pct(x) -> str:
    return "n/a" if x is None else f"{100 * x:5.1f}%"


def report(res: dict) -> str:
    c, e, md, h, d = res["counts"], res["events"], res["mention_dates"], res["headlines"], res["dedup"]
    lines = [
        f"gold: {c['gold_events']} events, {c['gold_mentions']} mentions   "
        f"output: {c['output_events']} events, {c['output_mentions']} mentions "
        f"({c['corresponding_mentions']} correspond to gold mentions)",
        "",
        "EVENTS (sentence + date within gold span; strict = equal span)",
        f"  recall     {_pct(e['recall'])}  ({e['matched_gold']}/{c['gold_events']})   strict {_pct(e['recall_strict'])}",
        f"  precision  {_pct(e['precision'])}  ({e['correct_outputs']}/{c['output_events']})   strict {_pct(e['precision_strict'])}",
        f"  F1         {_pct(e['f1'])}   strict {_pct(e['f1_strict'])}",
        f"  false positives: {e['fp_no_gold_sentence']} with no gold sentence, {e['fp_wrong_date']} with a wrong date;"
        f" duplicates of a matched event: {e['duplicates']}",
        "",
        f"MENTION DATES  exact {_pct(md['accuracy'])} ({md['exact']}/{md['scored']})   within {_pct(md['accuracy_within'])}",
        f"HEADLINES      ok {_pct(h['rate'])} ({h['ok']}/{h['total']})   empty {h['empty']}, too long {h['too_long']}, date words {h['with_date_words']}",
        "",
        "DEDUP (over mentions that correspond to gold mentions)",
        f"  pairwise   P {_pct(d['pairwise_precision'])}  R {_pct(d['pairwise_recall'])}  F1 {_pct(d['pairwise_f1'])}"
        f"   (pairs: system {d['pairs_system']}, gold {d['pairs_gold']}, both {d['pairs_both']})",
        f"  B-cubed    P {_pct(d['bcubed_precision'])}  R {_pct(d['bcubed_recall'])}  F1 {_pct(d['bcubed_f1'])}",
        f"  chained output events {d['chained_events']}   split gold events {d['split_gold_events']}   "
        f"cross-document merges {d['cross_doc_merged']}/{d['cross_doc_gold_events']}",
        f"NEGATIVES      {res['negatives']['violations']} violation(s) of {res['negatives']['total']}",
    ]
    if res["missed"]:
        lines += ["", f"MISSED GOLD EVENTS ({len(res['missed'])})"]
        lines += [f"  {m['date']:<24} {m['id']}: {m['description']}" for m in res["missed"]]
    if res["false_positives"]:
        lines += ["", f"FALSE-POSITIVE OUTPUT EVENTS ({len(res['false_positives'])})"]
        lines += [f"  {f['date']:<24} {f['headline']!s}  [{f['fp_reason']}]" for f in res["false_positives"]]
    if res["chained"]:
        lines += ["", "CHAINED OUTPUT EVENTS"]
        lines += [f"  {x['date']:<24} {x['headline']!s}  <- {', '.join(x['gold'])}" for x in res["chained"]]
    if res["split"]:
        lines += ["", "SPLIT GOLD EVENTS"]
        lines += [f"  {x['gold']}: {len(x['outputs'])} output events" for x in res["split"]]
    if res["headline_problems"]:
        lines += ["", "HEADLINE PROBLEMS"]
        lines += [f"  {x['headline']!r}: {'; '.join(x['problems'])}" for x in res["headline_problems"]]
    if res["negative_violations"]:
        lines += ["", "NEGATIVE VIOLATIONS"]
        lines += [f"  {x['doc']}: {x['expression']!r} (must not be dated: {x['text']!r})"
                  for x in res["negative_violations"]]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--events", required=True, help="the tool's events.json")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    with open(args.gold, encoding="utf-8") as fh:
        gold = json.load(fh)
    with open(args.events, encoding="utf-8") as fh:
        system = json.load(fh)
    res = score(gold, system)
    if args.json:
        json.dump(res, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(report(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
