"""DATE value accuracy on the dev split, with the gold's own errors set aside.

    python benchmarks/adjudicated.py --system sys.jsonl

benchmarks/adjudication/dev_date_value_errors.tsv holds a reading, one by one, of every DATE
value disagreement between timeline and the TempEval-3 gold on the dev split (205 documents),
made once against TimeML's guidelines and the text: `system` (timeline wrong), `gold` (the
gold contradicts the text, the DCT or TimeML), `both` (two defensible readings or
conventions), `neither` (both wrong). This script scores a system output as tempeval.py does,
looks each remaining DATE value disagreement up by (document, gold text, gold value, system
value), and prints the accuracy as scored and with the `gold` and `both` rows counted right.
Disagreements not in the table are new: they count as wrong and are listed.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import tempeval as te  # noqa: E402

TABLE = HERE / "adjudication" / "dev_date_value_errors.tsv"


def load_verdicts(path: Path = TABLE) -> dict[tuple, str]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {(r["doc_id"], r["gold_text"], r["gold_value"], r["sys_value"]): r["verdict"]
                for r in rows}


def date_disagreements(gold_docs, sys_docs) -> tuple[int, list[tuple]]:
    """(relaxed-matched gold DATE timexes, the ones whose value differs) over the gold docs."""
    system = {d["doc_id"]: d for d in sys_docs}
    matched, wrong = 0, []
    for d in gold_docs:
        timexes = system.get(d["doc_id"], {}).get("timexes", [])
        for gi, si in te.match_timexes(d["timexes"], timexes):
            g, s = d["timexes"][gi], timexes[si]
            if g["type"] != "DATE":
                continue
            matched += 1
            if te._norm_value(g["value"]) != te._norm_value(s["value"]):
                wrong.append((d["doc_id"], g["text"], g["value"], s["value"]))
    return matched, wrong


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--system", required=True, help="timeline tag --jsonl output")
    ap.add_argument("--gold", default=str(te.DEFAULT_GOLD))
    args = ap.parse_args(argv)
    gold = te.select_split(te.load_jsonl(args.gold), "dev")
    matched, wrong = date_disagreements(gold, te.load_jsonl(args.system))
    verdicts = load_verdicts()
    counts = Counter(verdicts.get(key, "new") for key in wrong)
    excused = counts["gold"] + counts["both"]
    right = matched - len(wrong)
    print(f"dev DATE timexes matched: {matched}; values as scored right: {right} "
          f"({100 * right / matched:.1f}%)")
    print("disagreements: " + ", ".join(f"{k} {counts[k]}" for k in
                                        ("system", "neither", "gold", "both", "new")))
    print(f"with gold errors and defensible conventions counted right: {right + excused} "
          f"({100 * (right + excused) / matched:.1f}%)")
    for key in wrong:
        if key not in verdicts:
            print("  new:", *key, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
