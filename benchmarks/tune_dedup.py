"""Sweep the dedup thresholds on the gold timeline of the seeds and print the dedup scores.

    python benchmarks/tune_dedup.py [--gold tests/gold/seeds_timeline.json] [PATHS ...]

Everything before the merge is a pure function of one document, so the documents are read,
tagged and turned into event mentions once; then `merge_events` runs for every point of the
grid (MERGE_THRESHOLD x PAIR_FLOOR x SAME_DOC_THRESHOLD x ENTITY_FLOOR x PLACE_ONLY_WEIGHT) and the result is scored with
`benchmarks/score_events.py`: pairwise F1, B-cubed F1, chained output events (must stay 0),
split gold events, and event recall/precision. Rows are sorted best first (no chaining, then
pairwise F1, then B-cubed F1, then the widest margin to the neighbouring grid points is left to
the reader: look for a plateau, not a spike). The chosen values are recorded with this evidence
in the comments of the constants in timeline/dedup.py.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from score_events import score  # noqa: E402

from timeline import dedup  # noqa: E402
from timeline.export.events_json import to_data  # noqa: E402
from timeline.ingest import read_documents  # noqa: E402
from timeline.model import Timeline  # noqa: E402
from timeline.pipeline import process_document  # noqa: E402

GRID = {
    "MERGE_THRESHOLD": [0.25, 0.35, 0.45, 0.55],
    "PAIR_FLOOR": [0.20, 0.30],
    "SAME_DOC_THRESHOLD": [0.35, 0.40, 0.45, 0.50],
    "ENTITY_FLOOR": [0.15, 0.30, 0.45, 0.60],
    "PLACE_ONLY_WEIGHT": [0.3, 0.5, 1.0],
}


def run(documents, mentions, gold, values: dict) -> dict:
    saved = {k: getattr(dedup, k) for k in values}
    try:
        for k, v in values.items():
            setattr(dedup, k, v)
        events = dedup.merge_events(mentions, documents)
    finally:
        for k, v in saved.items():
            setattr(dedup, k, v)
    tl = Timeline(documents=tuple(documents), events=tuple(events))
    return score(gold, to_data(tl, include_text=False))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "seeds")])
    ap.add_argument("--gold", default=str(ROOT / "tests/gold/seeds_timeline.json"))
    ap.add_argument("--top", type=int, default=0, help="print only the best N rows")
    args = ap.parse_args(argv)
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    documents, _ = read_documents(args.paths)
    mentions = [m for d in documents for m in process_document(d)[1]]

    names = list(GRID)
    current = {k: getattr(dedup, k) for k in names}
    rows = []
    for combo in itertools.product(*(GRID[k] for k in names)):
        values = dict(zip(names, combo))
        if values["PAIR_FLOOR"] > values["MERGE_THRESHOLD"] + 1e-9:
            continue  # the floor guards single pairs; above the average threshold it is moot
        res = run(documents, mentions, gold, values)
        d, e = res["dedup"], res["events"]
        rows.append((values, d, e))

    def f(x):
        return "  n/a" if x is None else f"{x:5.3f}"

    rows.sort(key=lambda r: (r[1]["chained_events"], -(r[1]["pairwise_f1"] or 0),
                             -(r[1]["bcubed_f1"] or 0), -(r[2]["f1"] or 0),
                             [r[0][k] for k in names]))
    print("  ".join(f"{k:>18}" for k in names)
          + "   pw-P  pw-R  pw-F1  B3-F1 chain split  ev-R  ev-P")
    shown = rows[: args.top] if args.top else rows
    for values, d, e in shown:
        mark = "  <- current" if values == current else ""
        print("  ".join(f"{values[k]:>18.2f}" for k in names)
              + f"  {f(d['pairwise_precision'])} {f(d['pairwise_recall'])} {f(d['pairwise_f1'])}"
              + f"  {f(d['bcubed_f1'])} {d['chained_events']:>5} {d['split_gold_events']:>5}"
              + f"  {f(e['recall'])} {f(e['precision'])}{mark}")
    res = run(documents, mentions, gold, current)
    d = res["dedup"]
    print(f"\ncurrent {current}: pairwise F1 {f(d['pairwise_f1'])}, B-cubed F1 "
          f"{f(d['bcubed_f1'])}, chained {d['chained_events']}, split {d['split_gold_events']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
