"""Hide the seeds' publication dates and infer them back.

    python benchmarks/anchor_inference.py [PATHS ...] [--days 2]

For each document: blank `published`, run `timeline.anchoring.infer_anchor` against the other
documents of the run (which keep their dates), and print the true date, the inferred date,
the error in days, the confidence and the reason. The target is an inferred date within
--days of the truth; the summary counts how many documents reach it.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.anchoring import infer_anchor  # noqa: E402
from timeline.ingest import read_documents  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "seeds")])
    ap.add_argument("--days", type=int, default=2, help="how close counts as right")
    args = ap.parse_args(argv)
    documents, _ = read_documents(args.paths)
    good = 0
    for doc in documents:
        truth = doc.published
        hidden = replace(doc, published=None, published_from="none")
        others = [d for d in documents if d.id != doc.id]
        day, confidence, reason = infer_anchor(hidden, others)
        err = None if day is None or truth is None else (day - truth).days
        ok = err is not None and abs(err) <= args.days
        good += ok
        print(f"{doc.id}  true {truth.isoformat() if truth else '-':10}  inferred "
              f"{day.isoformat() if day else '-':10}  error {err if err is not None else '-':>4}"
              f"  confidence {confidence:.2f}  {'ok' if ok else '--'}")
        print(f"    {reason}")
    print(f"\nwithin {args.days} days: {good}/{len(documents)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
