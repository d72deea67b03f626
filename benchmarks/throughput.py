#!/usr/bin/env python3
"""Throughput of the tagger and of a whole build, run by hand (never inside the tests).

    python benchmarks/throughput.py [--copies 20] [--jobs 2]

1. Tags every TempEval-3 document (../shared/data by default) and reports documents and
   characters per second.
2. Builds a timeline from the seed articles repeated --copies times (as distinct JSONL
   records), with one process and with --jobs processes, and reports articles per second.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import build_timeline  # noqa: E402
from timeline.ingest import read_documents  # noqa: E402
from timeline.temporal import tag  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "tempeval3" / "train.jsonl"


def tagging(path: Path) -> None:
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    chars = sum(len(d["text"]) for d in docs)
    started = time.perf_counter()
    found = sum(len(tag(d["text"], date.fromisoformat(d["dct"]))) for d in docs)
    took = time.perf_counter() - started
    print(f"tag: {len(docs)} documents, {chars:,} characters, {found} expressions in "
          f"{took:.2f} s = {len(docs) / took:.1f} docs/s, {chars / took:,.0f} chars/s")


def building(copies: int, jobs: int) -> None:
    seeds, _ = read_documents([ROOT / "seeds"])
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for n in range(copies):
                for d in seeds:
                    out.write(json.dumps({"id": f"{d.id}-{n}", "text": d.text,
                                          "published": d.published.isoformat(),
                                          "title": d.title}) + "\n")
        articles = copies * len(seeds)
        for processes in sorted({1, jobs}):
            started = time.perf_counter()
            tl = build_timeline([corpus], jobs=processes)
            took = time.perf_counter() - started
            print(f"build: {articles} articles, {len(tl.events)} events, jobs={processes}: "
                  f"{took:.2f} s = {articles / took:.1f} articles/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if args.gold.exists():
        tagging(args.gold)
    else:
        print(f"tag: skipped, no {args.gold}")
    building(args.copies, args.jobs)


if __name__ == "__main__":
    main()
