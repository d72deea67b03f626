#!/usr/bin/env python3
"""Narrative time on WikiWars: news mode against auto mode, and the mode judged per document.

    python benchmarks/wikiwars.py [--wikiwars PATH] [--tempeval PATH] [--out DIR]

Prints strict/relaxed span F1, type F1 and value F1 of `timeline.narrative.tag_document` in
mode "news" (the creation date anchors everything: what `timeline.temporal.tag` does) and in
mode "auto" (no flag: the mode is judged from the text) on WikiWars dev, then the mode
`judge_mode` gives every WikiWars and TempEval-3 document (counts, and the WikiWars ones one by
one with the reason). With --out, the system JSONL of both runs is written there for
`benchmarks/tempeval.py score --errors N`.

The data is read from ../shared/data/ relative to the repo root; it is never copied in.

Figures (WikiWars dev, 11 documents, 1349 timexes; HeidelTime 2.2.1 narrative mode: strict
0.859, value 0.831):
    mode   strict F1  relaxed F1  type F1  value F1
    news       0.768       0.888    0.864     0.563
    auto       0.845       0.929    0.905     0.835
All 11 WikiWars documents are judged narrative, all 256 TempEval-3 documents news (so auto
leaves TempEval-3 byte-identical). Every rule and threshold of timeline/narrative.py was fitted
on these 11 documents: there is no held-out narrative set here, so read 0.835 as a dev figure.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))

from tempeval import load_jsonl, score  # noqa: E402

from timeline.narrative import judge_mode, tag_document  # noqa: E402

DATA = REPO_ROOT.parent / "shared" / "data"
WIKIWARS = DATA / "wikiwars-dev" / "wikiwars-dev.jsonl"
TEMPEVAL = DATA / "tempeval3" / "train.jsonl"


def run(docs: list[dict], mode: str) -> list[dict]:
    out = []
    for d in docs:
        dct = date.fromisoformat(d["dct"]) if d.get("dct") else None
        mentions = tag_document(d["text"], dct, d["doc_id"], mode)
        out.append({"doc_id": d["doc_id"], "timexes": [
            {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "value": m.value}
            for m in mentions]})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wikiwars", default=str(WIKIWARS), help="WikiWars gold JSONL")
    ap.add_argument("--tempeval", default=str(TEMPEVAL), help="TempEval-3 JSONL (modes only)")
    ap.add_argument("--out", help="folder to write news.jsonl and auto.jsonl to")
    args = ap.parse_args(argv)

    gold = load_jsonl(args.wikiwars)
    print(f"WikiWars: {len(gold)} documents, {sum(len(d['timexes']) for d in gold)} timexes")
    print(f"{'mode':10} {'strict F1':>10} {'relaxed F1':>11} {'type F1':>8} {'value F1':>9}")
    for mode in ("news", "auto"):
        system = run(gold, mode)
        if args.out:
            Path(args.out).mkdir(parents=True, exist_ok=True)
            with open(Path(args.out) / f"{mode}.jsonl", "w", encoding="utf-8") as fh:
                for row in system:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        s = score(gold, system)
        print(f"{mode:10} {s['strict']['f1']:10.3f} {s['relaxed']['f1']:11.3f} "
              f"{s['type']['f1']:8.3f} {s['value']['f1']:9.3f}")

    print("\nJudged mode, WikiWars:")
    counts = Counter()
    for d in gold:
        mode, confidence, reason = judge_mode(d["text"])
        counts[mode] += 1
        print(f"  {d['doc_id']:22} {mode:9} {confidence:.2f}  {reason}")
    print("  counts:", dict(sorted(counts.items())))
    if Path(args.tempeval).exists():
        counts = Counter(judge_mode(d["text"])[0] for d in load_jsonl(args.tempeval))
        print("Judged mode, TempEval-3:", dict(sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
