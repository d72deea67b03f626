"""Hide publication dates and infer them back; and time one undated article in a large run.

    python benchmarks/anchor_inference.py [PATHS ...] [--days 2]     # the seeds (default)
    python benchmarks/anchor_inference.py --tempeval [--limit N]     # TempEval-3 news, DCT hidden
    python benchmarks/anchor_inference.py --ecb [--sample 20]        # ECB+ dev, no gold
    python benchmarks/anchor_inference.py --scale 400                # build time, 1 undated

Seeds and TempEval: for each document, blank `published`, run `timeline.anchoring.infer_anchor`
against the other documents of the run (which keep their dates), and count how many land
within 0, 1 and --days days of the truth, how many are accepted at the pipeline's default
threshold (0.6), and how many of those are right (within --days).
ECB+ dev: its articles carry no date, so only the text can give one: how many get a date at
>= 0.6, by which clue, and a seeded sample to check by eye.
--scale N: build a run of N dated TempEval articles (cycled, with new ids) and the same run
plus one with its date hidden, with `timeline.pipeline.build_from_documents`, and print both
build times and the anchor inference time alone.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import anchoring  # noqa: E402
from timeline.anchoring import infer_anchor  # noqa: E402
from timeline.ingest import read_documents  # noqa: E402
from timeline.model import Document  # noqa: E402

DATA = Path(os.environ.get("TIMELINE_DATA", ROOT.parent / "shared" / "data"))
THRESHOLD = 0.6


def _tempeval(limit: int | None = None) -> list[Document]:
    docs = []
    with open(DATA / "tempeval3" / "train.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            docs.append(Document(row["doc_id"], row["text"], date.fromisoformat(row["dct"]),
                                 published_from="document"))
    return docs[:limit] if limit else docs


def _clue(reason: str) -> str:
    """Which clue an answer came from, by the wording of its reason."""
    if " line '" in reason:
        return reason.split(" line '")[0]
    for words, clue in (("as 'today'", "today-date"), ("weekday-date", "weekday-date"),
                        ("of its dated events", "other documents"),
                        ("lower bound", "lower bound")):
        if words in reason:
            return clue
    return "other"


def hide_and_infer(documents: list[Document], days: int, verbose: bool) -> None:
    within = Counter()
    accepted = accepted_right = found = 0
    kinds = Counter()
    start = time.perf_counter()
    for doc in documents:
        truth = doc.published
        hidden = replace(doc, published=None, published_from="none")
        others = [d for d in documents if d.id != doc.id]
        day, confidence, reason = infer_anchor(hidden, others)
        err = None if day is None or truth is None else (day - truth).days
        ok = err is not None and abs(err) <= days
        found += day is not None
        for k in (0, 1, days):
            within[k] += err is not None and abs(err) <= k
        if day is not None and confidence >= THRESHOLD:
            accepted += 1
            accepted_right += ok
            kinds[_clue(reason)] += 1
        if verbose:
            print(f"{doc.id}  true {truth.isoformat() if truth else '-':10}  inferred "
                  f"{day.isoformat() if day else '-':10}  error "
                  f"{err if err is not None else '-':>4}  confidence {confidence:.2f}  "
                  f"{'ok' if ok else '--'}")
            print(f"    {reason[:160]}")
    n = len(documents)
    print(f"\n{n} documents, {time.perf_counter() - start:.1f} s")
    print(f"a date found: {found}/{n}")
    for k in sorted(within):
        print(f"within {k} days: {within[k]}/{n} ({within[k] / n:.0%})")
    print(f"accepted at {THRESHOLD}: {accepted}/{n}; right (within {days} days) "
          f"{accepted_right}/{accepted}" + (f" ({accepted_right / accepted:.0%})"
                                             if accepted else ""))
    print("accepted by clue: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))


def ecb(sample: int) -> None:
    docs = []
    for path in sorted((DATA / "ecbplus-dev").glob("topic_*.jsonl")):
        with open(path, encoding="utf-8") as f:
            docs += [Document(r["id"], r["text"]) for r in map(json.loads, f)]
    results = []
    start = time.perf_counter()
    for doc in docs:
        results.append((doc, *infer_anchor(doc)))
    took = time.perf_counter() - start
    strong = [r for r in results if r[1] is not None and r[2] >= THRESHOLD]
    kinds = Counter(_clue(r[3]) for r in strong)
    print(f"ECB+ dev: {len(strong)}/{len(docs)} articles get a publication date at >= "
          f"{THRESHOLD} ({took:.1f} s)")
    print("by clue: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print(f"\n{sample} of them, to check by eye (seeded):")
    for doc, day, confidence, reason in random.Random(7).sample(strong, min(sample, len(strong))):
        head = " / ".join(line.strip() for line in doc.text.splitlines()[:3])[:150]
        print(f"{doc.id}  {day.isoformat()}  {confidence:.2f}  {reason[:90]}\n    {head}")


def scale(n: int) -> None:
    from timeline.pipeline import build_from_documents
    pool = _tempeval()
    dated = [replace(pool[i % len(pool)], id=f"{pool[i % len(pool)].id}#{i}")
             for i in range(n)]
    undated = replace(pool[n % len(pool)], id="undated", published=None, published_from="none")
    def timed(f):
        wall, cpu = time.perf_counter(), time.process_time()
        out = f()
        return out, time.perf_counter() - wall, time.process_time() - cpu

    _, all_dated, all_cpu = timed(lambda: build_from_documents(dated))
    anchoring._events_of.cache_clear()
    _, inference, inference_cpu = timed(lambda: anchoring.infer_anchors(dated + [undated],
                                                                        THRESHOLD))
    anchoring._events_of.cache_clear()
    tl, one_undated, one_cpu = timed(lambda: build_from_documents(dated + [undated]))
    got = next(d for d in tl.documents if d.id == "undated")
    print(f"{n} dated TempEval articles: build {all_dated:.1f} s ({all_cpu:.1f} s CPU)")
    print(f"{n} dated + 1 undated: build {one_undated:.1f} s ({one_cpu:.1f} s CPU); anchor "
          f"inference alone {inference:.1f} s ({inference_cpu:.1f} s CPU); inferred "
          f"{got.published} (truth {pool[n % len(pool)].published})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "seeds")])
    ap.add_argument("--days", type=int, default=2, help="how close counts as right")
    ap.add_argument("--tempeval", action="store_true", help="TempEval-3 train, DCT hidden")
    ap.add_argument("--limit", type=int, help="only the first N TempEval documents")
    ap.add_argument("--ecb", action="store_true", help="ECB+ dev: dates from the text alone")
    ap.add_argument("--sample", type=int, default=20, help="ECB+ articles to print")
    ap.add_argument("--scale", type=int, help="time a build of N dated + 1 undated articles")
    ap.add_argument("-q", "--quiet", action="store_true", help="only the summary")
    args = ap.parse_args(argv)
    if args.scale:
        scale(args.scale)
    elif args.ecb:
        ecb(args.sample)
    elif args.tempeval:
        hide_and_infer(_tempeval(args.limit), args.days, not args.quiet)
    else:
        documents, _ = read_documents(args.paths)
        hide_and_infer(documents, args.days, not args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
