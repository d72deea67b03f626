"""Spanish and Portuguese TimeML news scored with the project's TempEval-3 scorer.

    PYTHONPATH=. python benchmarks/multilingual.py [--errors N] [--out DIR]

Tags every document of ../shared/data/multilingual/{es-te2-train,pt-timebankpt-train}.jsonl
with timeline.languages.tag, writes the system JSONL (to --out, default a temporary folder)
and prints strict/relaxed span F1, type F1 and value F1 beside the reference figures of
HeidelTime 2.2.1 and dateparser given in that folder's README, and the tagging speed (KB of
text per second; the machine's load moves it).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tempeval  # noqa: E402

from timeline.languages import tag  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "multilingual"
# (file, language, HeidelTime value F1, dateparser value F1), from the data README
FILES = [("es-te2-train.jsonl", "es", 0.818, 0.238),
         ("pt-timebankpt-train.jsonl", "pt", 0.544, 0.142)]


def system_docs(gold: list[dict], language: str) -> list[dict]:
    out = []
    for doc in gold:
        dct = date.fromisoformat(doc["dct"][:10]) if doc.get("dct") else None
        found = tag(doc["text"], dct, doc["doc_id"], language=language)
        out.append({"doc_id": doc["doc_id"], "timexes": [
            {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "value": m.value}
            for m in found]})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0, help="error classes to show per kind")
    ap.add_argument("--out", help="folder for the system JSONL files (default: temporary)")
    args = ap.parse_args(argv)
    out = Path(args.out or tempfile.mkdtemp(prefix="multilingual-"))
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, lang, heidel, dparser in FILES:
        gold = tempeval.load_jsonl(DATA / name)
        began = time.perf_counter()
        sys_docs = system_docs(gold, lang)
        seconds = time.perf_counter() - began
        chars = sum(len(d["text"]) for d in gold)
        path = out / f"{lang}-system.jsonl"
        path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in sys_docs),
                        encoding="utf-8")
        res = tempeval.score(gold, sys_docs)
        rows.append((lang, res, heidel, dparser, path, chars / seconds / 1000))
        if args.errors:
            print(f"== {lang}: errors")
            print(tempeval.format_errors(tempeval.error_report(gold, sys_docs, args.errors)))
    print(f"{'lang':4} {'strict F1':>9} {'relax F1':>8} {'type F1':>7} {'value F1':>8} "
          f"| {'HeidelTime':>10} {'dateparser':>10} | {'KB/s':>5}")
    for lang, res, heidel, dparser, path, speed in rows:
        print(f"{lang:4} {res['strict']['f1']:9.3f} {res['relaxed']['f1']:8.3f} "
              f"{res['type']['f1']:7.3f} {res['value']['f1']:8.3f} | {heidel:10.3f} "
              f"{dparser:10.3f} | {speed:5.0f}   ({path})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
