"""How dedup (and the whole build) scales with the number of documents, run by hand.

    python benchmarks/scale.py [--sizes 1000,3000] [--whole] [--one-doc 3000]

The corpus is the TempEval-3 texts (../shared/data/tempeval3/train.jsonl) cycled: copy k of a
text is a new document whose publication date is shifted by k * --shift days, so its relative
dates move and its absolute dates stay (as many reports of the same dated events would).

- dedup: the documents are tagged and turned into event mentions once, then `merge_events`
  is timed (CPU seconds) at each size; its peak traced memory is measured in a second run
  with tracemalloc (which slows it, so it is not timed).
- --whole: also the whole build (`build_from_documents`, no anchor inference: every document
  has a date) in a child process per size: CPU seconds and peak resident memory.
- --cache DIR keeps the event mentions of each size, so dedup alone can be re-timed.
- --one-doc N: one document holding N event mentions on N different days (the sentences of
  the corpus, dated one day apart): merging within a document with thousands of dates.
- --cli: also `timeline build` itself on a JSONL file of each size (ingest, anchors given, the
  merge, all exports): CPU seconds and peak resident memory of that process, the figures a
  user sees (100,000 articles must stay under 2 GB).
- --jobs N: the per-document stages (tagging, events) of the largest size with one process
  and with N (wall seconds, the machine otherwise idle), their speedup, and whether both give
  the same results; then the whole build the same two ways (the merge runs in one process).
- --baseline: dateparser's `search_dates` on the distinct texts, in a child of its own, warmed
  up, CPU seconds; each whole build's throughput (characters per CPU second) is then printed
  as a ratio to it, the figure issue 11 asks for (at least 10x at 3,000 documents).

The ratio line compares the largest size to the smallest: 3x the documents should cost at most
3.6x the CPU. It imports `timeline` from PYTHONPATH when set, so the same script measures
another checkout (for a before/after).
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

from timeline.dedup import merge_events  # noqa: E402
from timeline.model import Document, TimeSpan  # noqa: E402
from timeline.pipeline import build_from_documents, process_document  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "tempeval3" / "train.jsonl"


def corpus(n: int, shift: int, path: Path = DATA) -> list[Document]:
    texts = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    docs = []
    for k in range(n):
        t = texts[k % len(texts)]
        cycle = k // len(texts)
        docs.append(Document(id=f"{t['doc_id']}#{cycle}", text=t["text"],
                             published=date.fromisoformat(t["dct"]) + timedelta(days=cycle * shift),
                             published_from="manifest"))
    return docs


def event_mentions(docs: list[Document], cache: Path | None):
    """The event mentions of the documents (everything before the merge), kept in `cache`."""
    key = cache / f"mentions-{len(docs)}-{docs[-1].published}.pickle" if cache else None
    if key is not None and key.exists():
        return pickle.loads(key.read_bytes())
    mentions = [m for d in docs for m in process_document(d)[1]]
    if key is not None:
        cache.mkdir(parents=True, exist_ok=True)
        key.write_bytes(pickle.dumps(mentions))
    return mentions


def time_dedup(docs: list[Document], cache: Path | None = None) -> tuple[int, float, float, int]:
    mentions = event_mentions(docs, cache)
    started = time.process_time()
    events = merge_events(mentions, docs)
    cpu = time.process_time() - started
    tracemalloc.start()
    merge_events(mentions, docs)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return len(mentions), cpu, peak / 2**20, len(events)


def whole(n: int, shift: int) -> dict:
    """The whole build in this process (called in a child): CPU and peak RSS."""
    docs = corpus(n, shift)
    started = time.process_time()
    tl = build_from_documents(docs, infer_anchors=False)
    cpu = time.process_time() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"documents": n, "events": len(tl.events), "cpu": cpu, "rss_mb": rss,
            "chars": sum(len(d.text) for d in docs)}


def cli_build(n: int, shift: int, workdir: Path) -> dict:
    """`timeline build` on a JSONL file of n documents, in a child: its own CPU and peak RSS
    (os.wait4 gives that child's usage alone, not the largest of every child so far)."""
    src = workdir / f"corpus-{n}.jsonl"
    chars = 0
    with src.open("w", encoding="utf-8") as out:
        for d in corpus(n, shift):
            chars += len(d.text)
            out.write(json.dumps({"id": d.id, "text": d.text,
                                  "published": d.published.isoformat()}) + "\n")
    child = subprocess.Popen([sys.executable, "-m", "timeline.cli", "build", str(src), "--out",
                              str(workdir / f"out-{n}"), "-q", "--no-infer-anchor"],
                             env=os.environ)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, child.args)
    return {"cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024,
            "chars": chars}


def _versus(r: dict, rate: float | None) -> str:
    """A build's throughput as a ratio to search_dates', when that was measured."""
    return f", {r['chars'] / r['cpu'] / rate:.1f}x search_dates' throughput" if rate else ""


def jobs_speedup(n: int, shift: int, jobs: int) -> None:
    from timeline.engines import map_documents
    from timeline.pipeline import process_guarded

    docs = corpus(n, shift)
    wall, results = {}, {}
    for j in (1, jobs):
        started = time.perf_counter()
        results[j] = map_documents(process_guarded, docs, jobs=j)
        wall[j] = time.perf_counter() - started
    same = results[1] == results[jobs]
    print(f"per-document stages, {n} documents: jobs=1 {wall[1]:.2f} s, jobs={jobs} "
          f"{wall[jobs]:.2f} s: {wall[1] / wall[jobs]:.2f}x, same results: {same}", flush=True)
    for j in (1, jobs):
        started = time.perf_counter()
        build_from_documents(docs, infer_anchors=False, jobs=j)
        wall[j] = time.perf_counter() - started
    print(f"whole build, {n} documents: jobs=1 {wall[1]:.2f} s, jobs={jobs} {wall[jobs]:.2f} s:"
          f" {wall[1] / wall[jobs]:.2f}x", flush=True)


def search_dates_rate(path: Path = DATA) -> dict:
    """dateparser's search_dates over the distinct texts (called in a child): characters per
    CPU second, after one warm-up pass (its caches and lazy language data)."""
    from dateparser.search import search_dates

    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    for t in texts[:20]:
        search_dates(t, languages=["en"])
    started = time.process_time()
    for t in texts:
        search_dates(t, languages=["en"])
    cpu = time.process_time() - started
    return {"chars": sum(map(len, texts)), "cpu": cpu}


def one_document(n: int) -> tuple[float, int]:
    docs = corpus(60, 0)
    mentions = [m for d in docs for m in process_document(d)[1]]
    day0 = date(2000, 1, 1)
    one = []
    at = 0
    for k in range(n):
        m = mentions[k % len(mentions)]
        d = day0 + timedelta(days=k)
        one.append(replace(m, doc_id="one", sentence_start=at, sentence_end=at + len(m.sentence),
                           span=TimeSpan(d, d, "day", d.isoformat()), time=None))
        at += len(m.sentence) + 1
    started = time.process_time()
    events = merge_events(one, [Document("one", "", published=day0)])
    return time.process_time() - started, len(events)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,3000")
    ap.add_argument("--shift", type=int, default=37, help="days between two copies of a text")
    ap.add_argument("--whole", action="store_true", help="also time the whole build")
    ap.add_argument("--one-doc", type=int, default=0, help="mentions in the one-document case")
    ap.add_argument("--cache", type=Path, help="keep the pre-merge event mentions here")
    ap.add_argument("--cli", action="store_true", help="also time `timeline build` itself")
    ap.add_argument("--jobs", type=int, default=0, help="also time the largest size on N processes")
    ap.add_argument("--no-dedup", action="store_true", help="skip timing dedup alone")
    ap.add_argument("--baseline", action="store_true",
                    help="also time search_dates and print each build's ratio to it")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--child-baseline", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(whole(args.child, args.shift)))
        return 0
    if args.child_baseline:
        print(json.dumps(search_dates_rate()))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    rate = None
    if args.baseline:
        out = subprocess.run([sys.executable, __file__, "--child-baseline"], capture_output=True,
                             text=True, check=True, env=os.environ)
        b = json.loads(out.stdout.strip().splitlines()[-1])
        rate = b["chars"] / b["cpu"]
        print(f"search_dates: {b['chars']:,} characters in {b['cpu']:.1f} CPU-s "
              f"= {rate / 1e3:.1f} kchar/CPU-s")
    # The whole builds run first, in children forked while this process is still small: Linux
    # keeps a process's peak RSS across fork and exec, so a child forked later would report
    # this process's peak instead of its own.
    if args.whole:
        built = {}
        for n in sizes:
            out = subprocess.run([sys.executable, __file__, "--child", str(n),
                                  "--shift", str(args.shift)],
                                 capture_output=True, text=True, check=True, env=os.environ)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            built[n] = r
            print(f"build {n:>6} documents: {r['events']:>6} events, {r['cpu']:6.1f} CPU-s, "
                  f"peak RSS {r['rss_mb']:7.1f} MB{_versus(r, rate)}")
        if len(sizes) > 1:
            a, b = sizes[0], sizes[-1]
            print(f"build ratio: {b / a:.1f}x the documents, "
                  f"{built[b]['cpu'] / built[a]['cpu']:.2f}x the CPU")
    if args.jobs:
        jobs_speedup(sizes[-1], args.shift, args.jobs)
    if args.cli:
        with tempfile.TemporaryDirectory() as tmp:
            for n in sizes:
                r = cli_build(n, args.shift, Path(tmp))
                print(f"timeline build {n:>6} documents: {r['cpu']:6.1f} CPU-s, "
                      f"peak RSS {r['rss_mb']:7.1f} MB{_versus(r, rate)}", flush=True)
    cpu = {}
    for n in ([] if args.no_dedup else sizes):
        mentions, took, peak, events = time_dedup(corpus(n, args.shift), args.cache)
        cpu[n] = took
        print(f"dedup {n:>6} documents: {mentions:>6} mentions -> {events:>6} events, "
              f"{took:6.2f} CPU-s, peak traced {peak:7.1f} MB")
    if len(cpu) > 1:
        a, b = sizes[0], sizes[-1]
        print(f"dedup ratio: {b / a:.1f}x the documents, {cpu[b] / max(cpu[a], 1e-9):.2f}x the CPU")
    if args.one_doc:
        took, events = one_document(args.one_doc)
        print(f"one document, {args.one_doc} mentions on as many days: {events} events, "
              f"{took:.2f} CPU-s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
