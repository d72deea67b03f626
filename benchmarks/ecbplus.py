"""Build every ECB+ dev topic and score the merge against the ECB+ gold.

    python benchmarks/ecbplus.py [--anchor infer|none|YYYY-MM-DD] [--cache DIR] [--topics 1,3]

Each topic (`../shared/data/ecbplus-dev/topic_NN.jsonl`) is built on its own, as
`timeline build topic_NN.jsonl` would, and its events.json written to --out; then
`../shared/tools/score_events.py` scores all builds at once and this prints the merge figures:
timeline beside the scorer's same-date and same-lemma baselines on the same items.

The articles carry no publication date. --anchor says what to do about it: "infer" (default:
the pipeline's own inference from the text and the other articles, as `timeline build` does),
"none" (no inference: relative dates stay unresolved), or a fixed date for every article.

--cache keeps each topic's documents and event mentions (everything before the merge) in a
pickle, so a change to dedup alone can be re-scored in seconds; delete it after changing any
other stage.
"""
from __future__ import annotations

import argparse
import json
import pickle
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import anchoring  # noqa: E402
from timeline.dedup import merge_events  # noqa: E402
from timeline.export import events_json  # noqa: E402
from timeline.ingest import read_documents  # noqa: E402
from timeline.model import Timeline  # noqa: E402
from timeline.pipeline import process_document  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ecbplus-dev"
SCORER = ROOT.parent / "shared" / "tools" / "score_events.py"


def prepare(path: Path, anchor: str):
    """Documents (with their anchors) and event mentions of one topic: all but the merge."""
    fixed = None if anchor in ("infer", "none") else date.fromisoformat(anchor)
    documents, _ = read_documents([str(path)], anchor=fixed)
    if anchor == "infer":
        documents, _ = anchoring.infer_anchors(documents, 0.6)
    mentions = [m for d in documents for m in process_document(d)[1]]
    return documents, mentions


def build(topics, anchor: str, out: Path, cache: Path | None) -> float:
    """Write one events.json per topic; return the CPU seconds spent in merge_events."""
    out.mkdir(parents=True, exist_ok=True)
    merge_cpu = 0.0
    for path in topics:
        key = cache / f"{path.stem}.{anchor}.pickle" if cache else None
        if key is not None and key.exists():
            documents, mentions = pickle.loads(key.read_bytes())
        else:
            documents, mentions = prepare(path, anchor)
            if key is not None:
                cache.mkdir(parents=True, exist_ok=True)
                key.write_bytes(pickle.dumps((documents, mentions)))
        t0 = time.process_time()
        events = merge_events(mentions, documents)
        merge_cpu += time.process_time() - t0
        tl = Timeline(documents=tuple(documents), events=tuple(events))
        events_json.write(tl, out / f"{path.stem}.events.json")
    return merge_cpu


def pct(x) -> str:
    return "  n/a" if x is None else f"{100 * x:5.1f}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--anchor", default="infer", help="infer, none, or YYYY-MM-DD")
    ap.add_argument("--out", type=Path, default=Path("/tmp") / "ecbplus-builds")
    ap.add_argument("--cache", type=Path, help="keep each topic's pre-merge stages here")
    ap.add_argument("--topics", help="comma-separated topic numbers (default: all)")
    ap.add_argument("--examples", type=int, default=0, help="passed to the scorer")
    args = ap.parse_args(argv)

    topics = sorted(args.data.glob("topic_*.jsonl"))
    if args.topics:
        wanted = {int(t) for t in args.topics.split(",")}
        topics = [t for t in topics if int(t.stem.split("_")[1]) in wanted]
    merge_cpu = build(topics, args.anchor, args.out, args.cache)

    figures = args.out / "scores.json"
    cmd = [sys.executable, str(SCORER), str(args.data / "gold.json"),
           *[str(args.out / f"{t.stem}.events.json") for t in topics], "--json", str(figures)]
    if args.examples:
        cmd += ["--examples", str(args.examples)]
    run = subprocess.run(cmd, capture_output=True, text=True, check=True)
    if args.examples:
        print(run.stdout)
    res = json.loads(figures.read_text(encoding="utf-8"))

    sent = res["sentence_level"]["scores"]
    merging = res["merging"]
    print(f"ECB+ dev, {len(topics)} topics, anchor: {args.anchor}; merge_events {merge_cpu:.1f} CPU-s")
    ev = res["events"]
    print(f"gold events with a timeline event: {ev['found_at_all']}/{ev['gold_events']} "
          f"({pct(ev['found_at_all'] / max(1, ev['gold_events']))}%)")
    print()
    print(f"{'sentence pairs, cross-document':36} {'P':>6} {'R':>6} {'F1':>6}   "
          f"{'mention pairs (all)':>19} {'P':>6} {'R':>6} {'F1':>6}")
    rows = [("timeline", "timeline"), ("baseline: same date", "baseline: same date"),
            ("baseline: shared gold lemma", "baseline: same lemma"),
            ("baseline: shared gold lemma + same date", "baseline: same lemma + same date")]
    for sname, mname in rows:
        x = sent[sname]["cross_doc"]
        pw = merging[mname]["pairwise"]
        print(f"{sname:36} {pct(x['P']):>6} {pct(x['R']):>6} {pct(x['F1']):>6}   "
              f"{'':>19} {pct(pw['P']):>6} {pct(pw['R']):>6} {pct(pw['F1']):>6}")
    st = res.get("subtopics")
    if st:
        multi = st["multi_source_events"]
        print(f"\nmulti-source events: {multi}; mixing a topic's two events: "
              f"{st['mixing_subtopics']} ({pct(st['mixing_subtopics'] / max(1, multi))}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
