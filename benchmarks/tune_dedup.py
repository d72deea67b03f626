"""Sweep the dedup parameters on the seeds gold and the ECB+ dev topics; print both scores.

    python benchmarks/tune_dedup.py [--ecb-cache DIR] [--anchor infer] [--top N]
        [--grid NAME=v1,v2 ...] [--only]   (NAME: a field of timeline.dedup.MergeSettings;
        --only: sweep just those axes)

Everything before the merge is a pure function of one document, so the documents are read,
tagged and turned into event mentions once (the seeds here; the ECB+ topics through
benchmarks/ecbplus.py's --cache, built on first use); then `merge_events` runs for every point
of the grid and is scored: the seeds with `benchmarks/score_events.py` (pairwise F1, chained
output events: must stay 1.0 and 0), ECB+ with `../shared/tools/score_events.py` (cross-document
sentence pairs P/R/F1, multi-source events that mix a topic's two events). Rows are sorted:
seeds intact first, then ECB+ F1 among rows with precision >= 0.80. Look for a plateau, not a
spike; the chosen values and this evidence are in the comments of timeline/dedup.py.
Fit on the dev topics only: the other ECB+ topics are kept for measurement.
"""
from __future__ import annotations

import argparse
import itertools
from dataclasses import replace
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import ecbplus  # noqa: E402
from score_events import score  # noqa: E402

from timeline import dedup  # noqa: E402
from timeline.export import events_json  # noqa: E402
from timeline.export.events_json import to_data  # noqa: E402
from timeline.ingest import read_documents  # noqa: E402
from timeline.model import Timeline  # noqa: E402
from timeline.pipeline import process_document  # noqa: E402

GRID = {
    "cluster_threshold": [0.10, 0.15, 0.25],
    "link_share": [0.05, 0.1, 0.2],
    "precise_weight": [0.0, 0.1],
    "entity_floor": [0.30, 0.40],
    "same_doc_veto": [0.05, 0.10, 0.20, 1.0],
    "inferred_anchor_slack_days": [0, 1, 2, 3],
}


def merged(documents, mentions, values: dict):
    """The merge with the grid point's settings (timeline.dedup.MergeSettings fields)."""
    return dedup.merge_events(mentions, documents, replace(dedup.DEFAULTS, **values))


def seeds_score(seeds, gold, values) -> dict:
    documents, mentions = seeds
    tl = Timeline(documents=tuple(documents), events=tuple(merged(documents, mentions, values)))
    return score(gold, to_data(tl, include_text=False))["dedup"]


def ecb_score(topics, values, out: Path) -> dict:
    paths = []
    for name, (documents, mentions) in topics.items():
        tl = Timeline(documents=tuple(documents),
                      events=tuple(merged(documents, mentions, values)))
        paths.append(events_json.write(tl, out / f"{name}.events.json"))
    figures = out / "scores.json"
    subprocess.run([sys.executable, str(ecbplus.SCORER), str(ecbplus.DATA / "gold.json"),
                    *map(str, paths), "--json", str(figures)], check=True, capture_output=True)
    res = json.loads(figures.read_text(encoding="utf-8"))
    x = res["sentence_level"]["scores"]["timeline"]["cross_doc"]
    st = res.get("subtopics") or {"multi_source_events": 0, "mixing_subtopics": 0}
    return {"P": x["P"] or 0.0, "R": x["R"] or 0.0, "F1": x["F1"] or 0.0,
            "mixed": st["mixing_subtopics"] / max(1, st["multi_source_events"])}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=str(ROOT / "tests/gold/seeds_timeline.json"))
    ap.add_argument("--ecb-cache", type=Path, default=Path(tempfile.gettempdir()) / "ecbplus-cache")
    ap.add_argument("--anchor", default="infer")
    ap.add_argument("--top", type=int, default=0, help="print only the best N rows")
    ap.add_argument("--grid", nargs="*", default=[], help="NAME=v1,v2 replaces a grid axis")
    ap.add_argument("--only", action="store_true",
                    help="sweep only the --grid axes, every other setting at its default")
    args = ap.parse_args(argv)
    grid = {} if args.only else dict(GRID)
    for g in args.grid:
        name, values = g.split("=")
        if name not in dedup.MergeSettings.__dataclass_fields__:
            ap.error(f"{name}: not a field of timeline.dedup.MergeSettings")
        grid[name] = [float(v) for v in values.split(",")]

    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    documents, _ = read_documents([str(ROOT / "seeds")])
    seeds = (documents, [m for d in documents for m in process_document(d)[1]])
    topics = {}
    for path in sorted(ecbplus.DATA.glob("topic_*.jsonl")):
        key = args.ecb_cache / f"{path.stem}.{args.anchor}.pickle"
        if not key.exists():
            ecbplus.build([path], args.anchor, Path(tempfile.mkdtemp()), args.ecb_cache)
        import pickle
        topics[path.stem] = pickle.loads(key.read_bytes())

    names = list(grid)
    current = {k: getattr(dedup.DEFAULTS, k) for k in names}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for combo in itertools.product(*(grid[k] for k in names)):
            values = dict(zip(names, combo))
            rows.append((values, seeds_score(seeds, gold, values),
                         ecb_score(topics, values, Path(tmp))))
    rows.sort(key=lambda r: (r[1]["chained_events"], -(r[1]["pairwise_f1"] or 0),
                             -(r[2]["F1"] if r[2]["P"] >= 0.80 else 0), r[2]["mixed"]))
    print("  ".join(f"{k:>15}" for k in names)
          + "  seeds-F1 chain | ecb-P  ecb-R ecb-F1  mixed")
    for values, d, e in rows[: args.top or None]:
        mark = "  <- current" if values == current else ""
        print("  ".join(f"{values[k]:>15.2f}" for k in names)
              + f"  {d['pairwise_f1'] or 0:8.3f} {d['chained_events']:>5} | {e['P']:.3f}  "
              + f"{e['R']:.3f}  {e['F1']:.3f}  {e['mixed']:.3f}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
