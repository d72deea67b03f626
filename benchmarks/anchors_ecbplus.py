"""How many ECB+ dev articles get an inferred publication date from a default build.

    python benchmarks/anchors_ecbplus.py [--topics 1,3] [--missed 20]

The ECB+ dev articles carry no publication date. Per topic, build with
`timeline.pipeline.build_timeline` at its default settings (inference on, threshold 0.6) and
count the documents with published_from == "inferred"; print the distribution of the clues
that gave them (from the reasons in the build's warnings), and the articles that state a full
date in their first lines (a date the tagger reads without an anchor, on a short line or at the
start of a line) but got no date: what the furniture reader may be missing, to check by eye.
Where an article's URL holds a date (".../2013/05/03/...", "20130503"), the inferred dates are
checked against it (within a day: a URL may carry the next day's date).
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.pipeline import build_timeline  # noqa: E402
from timeline.temporal import tag  # noqa: E402

DATA = Path(os.environ.get("TIMELINE_DATA", ROOT.parent / "shared" / "data")) / "ecbplus-dev"
HEAD_LINES = 8
SHORT_LINE = 160
_FULL = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d|[a-z]{3})[/-](\d\d)(?:/|$)"
                       r"|\D((?:19|20)\d\d)([01]\d)([0-3]\d)\D")
_INFERRED = re.compile(r"^(?P<doc>.+?): no publication date; inferred (?P<day>\S+) "
                       r"\(confidence (?P<conf>[\d.]+)\): (?P<reason>.*)$")


def clue(reason: str) -> str:
    """Which clue an answer came from, by the wording of its reason."""
    if " line '" in reason:
        return reason.split(" line '")[0]
    for words, name in (("as 'today'", "today-date"), ("weekday-date", "weekday-date"),
                        ("of its dated events", "other documents"),
                        ("month-day stamp", "month-day stamp, year from the run"),
                        ("lower bound", "lower bound")):
        if words in reason:
            return name
    return "other"


def stated_date(text: str) -> str | None:
    """A full date the article states in its first lines, where furniture would stand: on a
    short line, or at the start of a line (a dateline). None when there is none."""
    for n, line in enumerate(text.split("\n")):
        if n >= HEAD_LINES:
            break
        for m in tag(line, None, ""):
            if m.type == "DATE" and _FULL.match(m.value) and m.anchor is None and (
                    len(line.strip()) <= SHORT_LINE or m.start <= 40):
                return line.strip()[:100]
    return None


def url_date(url: str | None) -> date | None:
    m = _URL_DATE.search(url or "")
    if m is None:
        return None
    y, mo, d = m.groups()[:3] if m[1] else m.groups()[3:]
    try:
        month = _MONTHS.index(mo[:3].lower()) + 1 if mo.isalpha() else int(mo)
        return date(int(y), month, int(d))
    except ValueError:
        return None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--topics", help="comma-separated topic numbers (default: all)")
    ap.add_argument("--missed", type=int, default=15, help="missed articles to print")
    args = ap.parse_args(argv)
    paths = sorted(DATA.glob("topic_*.jsonl"))
    if args.topics:
        wanted = {int(t) for t in args.topics.split(",")}
        paths = [p for p in paths if int(p.stem.split("_")[1]) in wanted]
    total = inferred = stated = stated_missed = 0
    clues: Counter = Counter()
    missed = []
    with_url = agree = 0
    wrong = []
    start, cpu = time.perf_counter(), time.process_time()
    for path in paths:
        tl = build_timeline([path])
        n_inf = 0
        for doc in tl.documents:
            total += 1
            got = doc.published_from == "inferred"
            n_inf += got
            truth = url_date(doc.url)
            if got and truth is not None:
                with_url += 1
                if abs((doc.published - truth).days) <= 1:
                    agree += 1
                else:
                    wrong.append((doc.id, doc.published, truth))
            said = stated_date(doc.text)
            stated += said is not None
            if said is not None and not got:
                stated_missed += 1
                missed.append((doc.id, said))
        inferred += n_inf
        for w in tl.warnings:
            m = _INFERRED.match(w)
            if m:
                clues[clue(m["reason"])] += 1
        print(f"{path.stem}: {n_inf}/{len(tl.documents)} inferred")
    print(f"\nECB+ dev, {len(paths)} topics, {time.perf_counter() - start:.0f} s "
          f"({time.process_time() - cpu:.0f} s CPU): "
          f"{inferred}/{total} articles with an inferred publication date "
          f"({inferred / max(total, 1):.0%})")
    print("by clue: " + ", ".join(f"{k} {v}" for k, v in clues.most_common()))
    print(f"stating a full date in their first lines: {stated}; of those without an inferred "
          f"date: {stated_missed}")
    for doc_id, said in missed[:args.missed]:
        print(f"    {doc_id}: {said}")
    print(f"inferred dates checked against a date in the URL: {agree}/{with_url} within a day")
    for doc_id, day, truth in wrong:
        print(f"    {doc_id}: inferred {day}, URL {truth}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
