#!/usr/bin/env python3
"""TempEval-3 style scorer for temporal expression (TIMEX3) recognition and normalisation.

Usable as a module (``score``, ``error_report``, ``load_jsonl``, ``select_split``) and as a CLI:

    python benchmarks/tempeval.py score --gold GOLD.jsonl --system SYS.jsonl \
        [--split all|dev|heldout] [--docs IDS_FILE] [--errors N] [--json]

Gold lines: {"doc_id", "dct", "text", "timexes": [{"start","end","text","type","value"}]}.
System lines: {"doc_id", "timexes": [{"start","end","text","type","value"}]} (offsets are
Python string indices into the gold document's text; "text" is optional and only checked).

Measures (see benchmarks/README.md):
  strict span   P/R/F1 over exact (start, end) matches
  relaxed span  P/R/F1 over overlapping matches
  type, value   F1 of relaxed matches whose type / value is also right
                (precision over all system timexes, recall over all gold timexes:
                the official TempEval-3 attribute F1)
  DATE value accuracy: correct values / relaxed-matched gold DATE timexes
Matching is one-to-one: exact span pairs first, then the largest overlaps, greedily.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Iterable

TYPES = ("DATE", "TIME", "DURATION", "SET")
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO_ROOT.parent / "shared" / "data" / "tempeval3" / "train.jsonl"
SPLITS = ("all", "dev", "heldout")


# --------------------------------------------------------------------------- loading / splits

def load_jsonl(path) -> list[dict]:
    """Read a JSONL file into a list of dicts (blank lines skipped)."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out


def select_split(docs: list[dict], split: str = "all") -> list[dict]:
    """Split by line index: ``heldout`` = every fifth doc (indices 4, 9, 14, ...),
    ``dev`` = all the others, ``all`` = everything."""
    if split == "all":
        return list(docs)
    if split == "heldout":
        return [d for i, d in enumerate(docs) if i % 5 == 4]
    if split == "dev":
        return [d for i, d in enumerate(docs) if i % 5 != 4]
    raise ValueError(f"unknown split {split!r}; expected one of {SPLITS}")


def read_doc_ids(path) -> list[str]:
    """Doc ids, one per line ('#' comments and blank lines ignored)."""
    ids = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                ids.append(line)
    return ids


def _as_map(docs) -> dict[str, dict]:
    if isinstance(docs, dict):
        return docs
    return {d["doc_id"]: d for d in docs}


def _as_list(docs) -> list[dict]:
    if isinstance(docs, dict):
        return list(docs.values())
    return list(docs)


# --------------------------------------------------------------------------- matching

def _overlap(a: dict, b: dict) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def match_timexes(gold: list[dict], system: list[dict]) -> list[tuple[int, int]]:
    """One-to-one alignment of gold and system timexes of one document.

    Returns (gold_index, system_index) pairs. Exact span matches are paired first; the
    remaining overlapping pairs are then taken greedily by decreasing overlap (ties: the
    earlier gold, then the earlier system timex)."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_s: set[int] = set()
    by_span: dict[tuple[int, int], list[int]] = defaultdict(list)
    for j, s in enumerate(system):
        by_span[(s["start"], s["end"])].append(j)
    for i, g in enumerate(gold):
        for j in by_span.get((g["start"], g["end"]), ()):
            if j not in used_s:
                pairs.append((i, j))
                used_g.add(i)
                used_s.add(j)
                break
    cands = []
    for i, g in enumerate(gold):
        if i in used_g:
            continue
        for j, s in enumerate(system):
            if j in used_s:
                continue
            ov = _overlap(g, s)
            if ov > 0:
                cands.append((-ov, i, j))
    cands.sort()
    for _, i, j in cands:
        if i in used_g or j in used_s:
            continue
        pairs.append((i, j))
        used_g.add(i)
        used_s.add(j)
    pairs.sort()
    return pairs


def _norm_value(v) -> str:
    return "" if v is None else str(v).strip()


def _norm_type(t) -> str:
    return "" if t is None else str(t).strip().upper()


# --------------------------------------------------------------------------- scoring

def _prf(tp: int, n_sys: int, n_gold: int) -> dict:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "p": p, "r": r, "f1": f}


class _Counts:
    __slots__ = ("n_gold", "n_sys", "strict", "relaxed", "type", "value", "date_matched", "date_value")

    def __init__(self):
        self.n_gold = self.n_sys = self.strict = self.relaxed = self.type = self.value = 0
        self.date_matched = self.date_value = 0

    def result(self) -> dict:
        return {
            "n_gold": self.n_gold,
            "n_sys": self.n_sys,
            "strict": _prf(self.strict, self.n_sys, self.n_gold),
            "relaxed": _prf(self.relaxed, self.n_sys, self.n_gold),
            "type": _prf(self.type, self.n_sys, self.n_gold),
            "value": _prf(self.value, self.n_sys, self.n_gold),
        }


def _aligned(gold_docs, sys_docs):
    """Yield (gold_doc, sys_timexes, pairs) for each gold doc; missing system docs = no timexes."""
    sys_map = _as_map(sys_docs)
    for gdoc in _as_list(gold_docs):
        sdoc = sys_map.get(gdoc["doc_id"])
        stx = list(sdoc.get("timexes") or []) if sdoc else []
        yield gdoc, stx, (sdoc is not None), match_timexes(gdoc["timexes"], stx)


def score(gold_docs, sys_docs) -> dict:
    """Score system output against gold.

    gold_docs: list of gold docs (or dict doc_id -> doc); every gold doc is scored.
    sys_docs:  list of {"doc_id", "timexes"} (or dict doc_id -> doc); system docs for ids not
               in gold_docs are ignored, a gold doc without a system doc counts as "no timexes".

    Returns a dict:
      n_docs, n_gold, n_sys, missing_docs (gold ids with no system doc),
      strict / relaxed / type / value: {"tp", "p", "r", "f1"},
      date_value_acc, date_matched (relaxed-matched gold DATEs), date_value_correct,
      per_type: {DATE|TIME|DURATION|SET|OTHER: {n_gold, n_sys, strict, relaxed, type, value,
                 value_acc}}, where a system timex belongs to the gold type of the timex it
                 matched, or to its own (predicted) type when it matched nothing.
      offset_mismatches: system timexes whose "text" differs from gold text[start:end].
    """
    total = _Counts()
    per: dict[str, _Counts] = defaultdict(_Counts)
    missing: list[str] = []
    offset_mismatch = 0
    n_docs = 0
    for gdoc, stx, present, pairs in _aligned(gold_docs, sys_docs):
        n_docs += 1
        if not present:
            missing.append(gdoc["doc_id"])
        gtx = gdoc["timexes"]
        text = gdoc.get("text")
        if text is not None:
            for s in stx:
                if "text" in s and s["text"] is not None and text[s["start"]:s["end"]] != s["text"]:
                    offset_mismatch += 1
        total.n_gold += len(gtx)
        total.n_sys += len(stx)
        for g in gtx:
            per[_bucket(g.get("type"))].n_gold += 1
        matched_s = {j for _, j in pairs}
        for j, s in enumerate(stx):
            if j not in matched_s:
                per[_bucket(s.get("type"))].n_sys += 1
        for i, j in pairs:
            g, s = gtx[i], stx[j]
            c = per[_bucket(g.get("type"))]
            c.n_sys += 1
            exact = g["start"] == s["start"] and g["end"] == s["end"]
            type_ok = _norm_type(g.get("type")) == _norm_type(s.get("type"))
            value_ok = _norm_value(g.get("value")) == _norm_value(s.get("value"))
            for cc in (total, c):
                cc.relaxed += 1
                cc.strict += exact
                cc.type += type_ok
                cc.value += value_ok
                cc.date_matched += 1
                cc.date_value += value_ok
    res = total.result()
    res["n_docs"] = n_docs
    res["missing_docs"] = missing
    res["offset_mismatches"] = offset_mismatch
    d = per.get("DATE")
    res["date_matched"] = d.date_matched if d else 0
    res["date_value_correct"] = d.date_value if d else 0
    res["date_value_acc"] = (d.date_value / d.date_matched) if d and d.date_matched else 0.0
    res["per_type"] = {}
    for t in list(TYPES) + sorted(k for k in per if k not in TYPES):
        if t not in per:
            continue
        c = per[t]
        r = c.result()
        r["value_acc"] = c.date_value / c.date_matched if c.date_matched else 0.0
        res["per_type"][t] = r
    return res


def _bucket(t) -> str:
    t = _norm_type(t)
    return t if t in TYPES else "OTHER"


# --------------------------------------------------------------------------- error analysis

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SHAPES = [
    (re.compile(r"^\d{4}-\d{2}-\d{2}T(MO|AF|EV|NI|DT)$"), "YYYY-MM-DDT(part of day)"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}T.*$"), "YYYY-MM-DDThh"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "YYYY-MM-DD"),
    (re.compile(r"^\d{4}-\d{2}-XX$"), "YYYY-MM-XX"),
    (re.compile(r"^\d{4}-XX(-XX)?$"), "YYYY-XX(-XX)"),
    (re.compile(r"^\d{4}-W\d{2}$"), "YYYY-Www"),
    (re.compile(r"^\d{4}-WXX$"), "YYYY-WXX"),
    (re.compile(r"^\d{4}-W\d{2}-WE$"), "YYYY-Www-WE"),
    (re.compile(r"^\d{4}-\d{2}$"), "YYYY-MM"),
    (re.compile(r"^\d{4}-Q\d$"), "YYYY-Qn"),
    (re.compile(r"^\d{4}-H\d$"), "YYYY-Hn"),
    (re.compile(r"^\d{4}-(SP|SU|FA|WI)$"), "YYYY-season"),
    (re.compile(r"^\d{4}$"), "YYYY"),
    (re.compile(r"^\d{3}$"), "YYY(decade)"),
    (re.compile(r"^\d{2}$"), "YY(century)"),
    (re.compile(r"^(PRESENT|PAST|FUTURE)_REF$"), None),  # shape = the value itself
    (re.compile(r"^P.*$"), "P(duration)"),
    (re.compile(r"^T.*$"), "T(time)"),
    (re.compile(r"^X.*$"), "X(underspecified)"),
]


def value_shape(v: str) -> str:
    """Coarse shape of a TIMEX3 value, e.g. '1998-01-08' -> 'YYYY-MM-DD'."""
    v = _norm_value(v)
    if not v:
        return "(none)"
    for rx, name in _SHAPES:
        if rx.match(v):
            return name or v
    return "other"


def _date(v: str):
    try:
        return _dt.date.fromisoformat(v)
    except ValueError:
        return None


def value_error_class(gold: dict, system: dict) -> str:
    """Coarse class of a wrong value on a matched pair."""
    gv, sv = _norm_value(gold.get("value")), _norm_value(system.get("value"))
    gs, ss = value_shape(gv), value_shape(sv)
    if gs == "P(duration)" and ss == "P(duration)":
        return "duration value"
    if gs.endswith("_REF") or ss.endswith("_REF"):
        return f"gold {gs} vs sys {ss}"
    if gs != ss:
        return f"gold {gs} vs sys {ss}"
    if gs == "YYYY-MM-DD":
        gd, sd = _date(gv), _date(sv)
        if gd and sd:
            diff = (sd - gd).days
            words = (gold.get("text") or "").lower()
            if any(w in words for w in _WEEKDAYS):
                if abs(diff) == 7:
                    return "weekday: wrong direction (7 days off)"
                return "weekday: other day"
            if (gd.month, gd.day) == (sd.month, sd.day):
                return "off by year(s)"
            if gd.year == sd.year and gd.month != sd.month:
                return "off by month(s)"
            if abs(diff) == 1:
                return "off by one day"
            return "off by days"
    if gs in ("YYYY-MM", "YYYY-Www", "YYYY-Qn", "YYYY-season", "YYYY-Hn"):
        if gv[:4] != sv[:4] and gv[4:] == sv[4:]:
            return "off by year(s)"
        if gv[:4] == sv[:4]:
            return f"{gs}: wrong unit within year"
        return f"{gs}: other"
    if gs == "YYYY":
        return "off by year(s)"
    if gs == "YYYY-MM-DDThh":
        if gv[:10] != sv[:10]:
            return "time: wrong day"
        return "time: wrong time of day"
    return f"{gs}: other"


def _span_error_class(g: dict, s: dict) -> str:
    if s["start"] <= g["start"] and s["end"] >= g["end"]:
        return "sys span too long"
    if s["start"] >= g["start"] and s["end"] <= g["end"]:
        return "sys span too short"
    return "sys span shifted"


def _ctx(text, start, end, width=30) -> str:
    if text is None:
        return ""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return (left + "[" + text[start:end] + "]" + right).replace("\n", " ")


def error_report(gold_docs, sys_docs, n: int = 10, examples: int = 3) -> dict:
    """Most frequent error classes, each as a list of (key, count, [examples]).

    Keys: missed (gold text lowercased), spurious (system text lowercased), wrong_value
    (coarse class, see value_error_class), wrong_type ("gold T vs sys T'"), span
    (too long / too short / shifted)."""
    buckets: dict[str, dict[str, list]] = {
        "missed": defaultdict(list),
        "spurious": defaultdict(list),
        "wrong_value": defaultdict(list),
        "wrong_type": defaultdict(list),
        "span": defaultdict(list),
    }
    for gdoc, stx, _present, pairs in _aligned(gold_docs, sys_docs):
        gtx, text, did = gdoc["timexes"], gdoc.get("text"), gdoc["doc_id"]
        mg = {i for i, _ in pairs}
        ms = {j for _, j in pairs}
        for i, g in enumerate(gtx):
            if i not in mg:
                buckets["missed"][g["text"].lower()].append(
                    f"{did}: {_ctx(text, g['start'], g['end'])}  (gold {g.get('type')} {g.get('value')})")
        for j, s in enumerate(stx):
            if j not in ms:
                stext = text[s["start"]:s["end"]] if text is not None else s.get("text", "")
                buckets["spurious"][stext.lower()].append(
                    f"{did}: {_ctx(text, s['start'], s['end'])}  (sys {s.get('type')} {s.get('value')})")
        for i, j in pairs:
            g, s = gtx[i], stx[j]
            stext = text[s["start"]:s["end"]] if text is not None else s.get("text", "")
            if _norm_value(g.get("value")) != _norm_value(s.get("value")):
                buckets["wrong_value"][value_error_class(g, s)].append(
                    f"{did} dct={gdoc.get('dct')}: {g['text']!r} gold {g.get('value')} vs sys {s.get('value')}")
            if _norm_type(g.get("type")) != _norm_type(s.get("type")):
                buckets["wrong_type"][f"gold {g.get('type')} vs sys {s.get('type')}"].append(
                    f"{did}: {g['text']!r} -> {stext!r}")
            if (g["start"], g["end"]) != (s["start"], s["end"]):
                buckets["span"][_span_error_class(g, s)].append(
                    f"{did}: gold {g['text']!r} vs sys {stext!r}")
    out = {}
    for name, b in buckets.items():
        ranked = sorted(b.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        out[name] = {
            "total": sum(len(v) for v in b.values()),
            "top": [(k, len(v), v[:examples]) for k, v in ranked[:n]],
        }
    return out


# --------------------------------------------------------------------------- formatting

def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def format_scores(res: dict) -> str:
    lines = [
        f"docs {res['n_docs']}  gold timexes {res['n_gold']}  system timexes {res['n_sys']}"
        + (f"  (no system output for {len(res['missing_docs'])} docs)" if res["missing_docs"] else "")
        + (f"  (offset/text mismatches: {res['offset_mismatches']})" if res["offset_mismatches"] else ""),
        "",
        f"{'':10} {'n_gold':>6} {'n_sys':>6} | {'strict P':>8} {'R':>5} {'F1':>5} | "
        f"{'relax P':>7} {'R':>5} {'F1':>5} | {'type F1':>7} {'value F1':>8} | {'val acc':>7}",
    ]

    def row(name, r, acc):
        return (f"{name:10} {r['n_gold']:>6} {r['n_sys']:>6} | {_pct(r['strict']['p']):>8} "
                f"{_pct(r['strict']['r'])} {_pct(r['strict']['f1'])} | {_pct(r['relaxed']['p']):>7} "
                f"{_pct(r['relaxed']['r'])} {_pct(r['relaxed']['f1'])} | {_pct(r['type']['f1']):>7} "
                f"{_pct(r['value']['f1']):>8} | {acc:>7}")

    lines.append(row("overall", res, ""))
    for t, r in res["per_type"].items():
        lines.append(row(t, r, _pct(r["value_acc"])))
    lines.append("")
    lines.append(f"DATE value accuracy on relaxed matches: {_pct(res['date_value_acc']).strip()}% "
                 f"({res['date_value_correct']}/{res['date_matched']})")
    lines.append("(per-type rows: recall over gold of that type; precision over system timexes matched "
                 "to gold of that type plus unmatched ones predicted as that type; 'val acc' = correct "
                 "values among relaxed matches)")
    return "\n".join(lines)


def format_errors(err: dict) -> str:
    titles = {
        "missed": "Missed (false negatives), by gold text",
        "spurious": "Spurious (false positives), by system text",
        "wrong_value": "Wrong value on relaxed matches, by class",
        "wrong_type": "Wrong type on relaxed matches",
        "span": "Wrong span boundaries (relaxed but not strict matches)",
    }
    lines = []
    for name, title in titles.items():
        e = err[name]
        lines.append(f"\n== {title}: {e['total']}")
        for key, count, exs in e["top"]:
            lines.append(f"  {count:4d}  {key}")
            for ex in exs:
                lines.append(f"          {ex}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- CLI

def select_docs(gold: list[dict], split: str = "all", doc_ids: Iterable[str] | None = None) -> list[dict]:
    """Apply the split (by line index of the gold file), then an optional doc-id filter."""
    docs = select_split(gold, split)
    if doc_ids is not None:
        keep = set(doc_ids)
        unknown = keep - {d["doc_id"] for d in gold}
        if unknown:
            print(f"warning: {len(unknown)} doc ids not in gold: {sorted(unknown)[:5]}", file=sys.stderr)
        docs = [d for d in docs if d["doc_id"] in keep]
    return docs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        prog="tempeval.py",
        description="TempEval-3 style scorer for TIMEX3 spans, types and values.",
        epilog="The data is read from ../shared/data/tempeval3/train.jsonl relative to the repo "
               "root by default; it must not be copied into the repository.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sp = sub.add_parser("score", help="score a system JSONL against gold")
    sp.add_argument("--gold", default=str(DEFAULT_GOLD),
                    help="gold JSONL (default: ../shared/data/tempeval3/train.jsonl from the repo root)")
    sp.add_argument("--system", required=True, help="system JSONL: {doc_id, timexes:[...]} per line")
    sp.add_argument("--split", choices=SPLITS, default="all",
                    help="all docs, dev (all but every fifth) or heldout (every fifth: line index 4, 9, ...)")
    sp.add_argument("--docs", help="file of doc ids (one per line) to restrict scoring to")
    sp.add_argument("--errors", type=int, default=10, metavar="N",
                    help="show the N most frequent classes of each error kind (0: none; default 10)")
    sp.add_argument("--examples", type=int, default=3, help="examples per error class (default 3)")
    sp.add_argument("--json", action="store_true", help="print the score() dict as JSON instead")
    args = ap.parse_args(argv)

    gold = load_jsonl(args.gold)
    docs = select_docs(gold, args.split, read_doc_ids(args.docs) if args.docs else None)
    system = load_jsonl(args.system)
    res = score(docs, system)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print(f"split: {args.split}" + (f"  docs file: {args.docs}" if args.docs else ""))
    print(format_scores(res))
    if args.errors > 0:
        print(format_errors(error_report(docs, system, n=args.errors, examples=args.examples)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
