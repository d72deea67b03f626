#!/usr/bin/env python3
"""Throughput of the tagger and of a whole build, run by hand (never inside the tests).

    python benchmarks/throughput.py [--docs 256] [--tag-only] [--repeat 1] [--copies 20]
                                    [--jobs 2]

1. Tags the TempEval-3 documents (../shared/data by default) and runs dateparser's
   search_dates on the same texts, in one process, and prints the CPU throughput ratio;
   then tags one text of 100 KB, 400 KB and 1 MB to show the growth with length.
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


def tagging(path: Path, limit: int, repeat: int = 1) -> None:
    """Tagger CPU throughput against dateparser's search_dates on the same texts, in this
    process and run, each warmed up on the texts first (caches, lazy data). With repeat > 1
    each is timed that many times, the two taking turns so that both meet the same load on
    a shared machine, and the fastest run of each counts (steadier on a busy machine)."""
    from dateparser.search import search_dates

    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()][:limit]
    chars = sum(len(d["text"]) for d in docs)

    def ours():
        return sum(len(tag(d["text"], date.fromisoformat(d["dct"]))) for d in docs)

    def theirs():
        return sum(len(search_dates(d["text"], languages=["en"]) or ()) for d in docs)

    runs = (("tag", ours), ("search_dates", theirs))
    for _, run in runs:
        run()  # warm-up
    figures = {name: float("inf") for name, _ in runs}
    found = {}
    for _ in range(repeat):
        for name, run in runs:
            started = time.process_time()
            found[name] = run()
            figures[name] = min(figures[name], time.process_time() - started)
    for name, _ in runs:
        took = figures[name]
        print(f"{name}: {len(docs)} documents, {chars:,} characters, {found[name]} expressions "
              f"in {took:.2f} CPU-s = {chars / took / 1e6:.3f} MB/s")
    print(f"tag / search_dates throughput: {figures['search_dates'] / figures['tag']:.1f}x")


def scaling(path: Path) -> None:
    """Tagger CPU time on one text of 100 KB, 400 KB and 1 MB made of TempEval-3 articles:
    near-linear growth is what must hold."""
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    joined = "\n\n".join(texts)
    for size in (100_000, 400_000, 1_000_000):
        text = (joined * (size // len(joined) + 1))[:size]
        started = time.process_time()
        found = len(tag(text, date(1998, 3, 1)))
        print(f"one text of {size:,} characters: {found} expressions in "
              f"{time.process_time() - started:.2f} CPU-s")


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
    parser.add_argument("--docs", type=int, default=256,
                        help="how many TempEval-3 documents to tag (search_dates is slow)")
    parser.add_argument("--tag-only", action="store_true", help="skip the build benchmark")
    parser.add_argument("--repeat", type=int, default=1,
                        help="time the tagger and search_dates this many times each and keep "
                             "the fastest run")
    args = parser.parse_args()
    if args.gold.exists():
        tagging(args.gold, args.docs, args.repeat)
        scaling(args.gold)
    else:
        print(f"tag: skipped, no {args.gold}")
    if not args.tag_only:
        building(args.copies, args.jobs)


if __name__ == "__main__":
    main()
