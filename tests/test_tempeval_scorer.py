"""Tests for the TempEval-3 scorer in benchmarks/tempeval.py on tiny hand-made gold/system pairs."""
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("tempeval", ROOT / "benchmarks" / "tempeval.py")
tempeval = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tempeval)

TEXT = "On Monday the 5th, prices fell for three days. Last year was bad. Now it is better."
#       0         1         2         3         4         5         6         7         8
#       0123456789012345678901234567890123456789012345678901234567890123456789012345678901234


def tx(text, phrase, typ, value, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return {"start": start, "end": start + len(phrase), "text": phrase, "type": typ, "value": value}


def gold_doc(timexes, text=TEXT, doc_id="d1"):
    return {"doc_id": doc_id, "dct": "1998-01-08", "text": text, "timexes": timexes}


def sys_doc(timexes, doc_id="d1"):
    return {"doc_id": doc_id, "timexes": timexes}


G_MON = tx(TEXT, "Monday the 5th", "DATE", "1998-01-05")
G_DUR = tx(TEXT, "three days", "DURATION", "P3D")
G_YEAR = tx(TEXT, "Last year", "DATE", "1997")
G_NOW = tx(TEXT, "Now", "DATE", "PRESENT_REF")


def prf(res, key):
    r = res[key]
    return r["tp"], pytest.approx(r["p"]), pytest.approx(r["r"]), pytest.approx(r["f1"])


def test_exact_match_everything_right():
    gold = [gold_doc([G_MON, G_DUR])]
    res = tempeval.score(gold, [sys_doc([dict(G_MON), dict(G_DUR)])])
    for key in ("strict", "relaxed", "type", "value"):
        assert res[key] == {"tp": 2, "p": 1.0, "r": 1.0, "f1": 1.0}
    assert res["n_gold"] == 2 and res["n_sys"] == 2
    assert res["date_value_acc"] == 1.0 and res["date_matched"] == 1
    assert res["per_type"]["DURATION"]["value"]["f1"] == 1.0
    assert res["missing_docs"] == [] and res["offset_mismatches"] == 0


def test_overlap_only_match_counts_relaxed_not_strict():
    gold = [gold_doc([G_MON])]
    sys_tx = tx(TEXT, "Monday", "DATE", "1998-01-05")  # shorter span, right value
    res = tempeval.score(gold, [sys_doc([sys_tx])])
    assert res["strict"] == {"tp": 0, "p": 0.0, "r": 0.0, "f1": 0.0}
    assert res["relaxed"] == {"tp": 1, "p": 1.0, "r": 1.0, "f1": 1.0}
    assert res["value"]["f1"] == 1.0 and res["type"]["f1"] == 1.0
    err = tempeval.error_report(gold, [sys_doc([sys_tx])])
    assert err["span"]["top"][0][:2] == ("sys span too short", 1)


def test_wrong_value_and_wrong_type():
    gold = [gold_doc([G_MON, G_DUR, G_YEAR])]
    system = [sys_doc([
        dict(G_MON, value="1998-01-12"),            # weekday resolved a week late
        dict(G_DUR, type="DATE", value="P3D"),      # wrong type, right value
        dict(G_YEAR, value="1996"),                 # off by a year
    ])]
    res = tempeval.score(gold, system)
    assert res["strict"]["f1"] == 1.0 and res["relaxed"]["f1"] == 1.0
    assert prf(res, "type") == (2, 2 / 3, 2 / 3, 2 / 3)
    assert prf(res, "value") == (1, 1 / 3, 1 / 3, 1 / 3)
    assert res["date_matched"] == 2 and res["date_value_correct"] == 0 and res["date_value_acc"] == 0.0
    assert res["per_type"]["DURATION"]["value_acc"] == 1.0
    err = tempeval.error_report(gold, system)
    classes = {k: c for k, c, _ in err["wrong_value"]["top"]}
    assert classes == {"weekday: wrong direction (7 days off)": 1, "off by year(s)": 1}
    assert err["wrong_type"]["top"][0][:2] == ("gold DURATION vs sys DATE", 1)


def test_spurious_and_missed():
    gold = [gold_doc([G_MON, G_DUR, G_NOW])]
    spurious = tx(TEXT, "better", "DATE", "1998")
    system = [sys_doc([dict(G_MON), spurious])]
    res = tempeval.score(gold, system)
    # 1 match, 2 system timexes, 3 gold timexes
    assert prf(res, "strict") == (1, 0.5, 1 / 3, 0.4)
    assert prf(res, "relaxed") == (1, 0.5, 1 / 3, 0.4)
    assert prf(res, "value") == (1, 0.5, 1 / 3, 0.4)
    assert res["date_value_acc"] == 1.0  # the one matched DATE is right; misses don't count here
    # per type: the spurious one is counted under its predicted type DATE
    assert res["per_type"]["DATE"]["n_gold"] == 2 and res["per_type"]["DATE"]["n_sys"] == 2
    assert res["per_type"]["DURATION"]["n_sys"] == 0
    assert res["per_type"]["DURATION"]["relaxed"]["r"] == 0.0
    err = tempeval.error_report(gold, system)
    assert [(k, c) for k, c, _ in err["missed"]["top"]] == [("now", 1), ("three days", 1)]
    assert [(k, c) for k, c, _ in err["spurious"]["top"]] == [("better", 1)]


def test_one_to_one_matching_prefers_exact_then_largest_overlap():
    text = "the week of March 3, 1998 and more"
    g_week = tx(text, "the week of March 3, 1998", "DATE", "1998-W10")
    g_day = tx(text, "March 3, 1998", "DATE", "1998-03-03")
    gold = [gold_doc([g_week, g_day], text=text)]
    # One system timex overlapping both gold timexes: it may match only one of them,
    # and it must be the exact one.
    system = [sys_doc([dict(g_day)])]
    res = tempeval.score(gold, system)
    assert prf(res, "strict") == (1, 1.0, 0.5, 2 / 3)
    assert prf(res, "relaxed") == (1, 1.0, 0.5, 2 / 3)
    err = tempeval.error_report(gold, system)
    assert [(k, c) for k, c, _ in err["missed"]["top"]] == [("the week of march 3, 1998", 1)]
    # Two system timexes inside one gold timex: only one matches; the larger overlap wins.
    s1 = tx(text, "week", "DATE", "1998-W10")
    s2 = tx(text, "March 3, 1998", "DATE", "XXXX")
    res = tempeval.score([gold_doc([g_week], text=text)], [sys_doc([s1, s2])])
    assert prf(res, "relaxed") == (1, 0.5, 1.0, 2 / 3)
    assert res["strict"]["tp"] == 0
    assert res["value"]["tp"] == 0  # matched s2 (larger overlap), whose value is wrong
    assert tempeval.match_timexes([g_week], [s1, s2]) == [(0, 1)]


def test_missing_system_doc_and_extra_docs():
    gold = [gold_doc([G_MON], doc_id="a"), gold_doc([G_DUR], doc_id="b")]
    system = [sys_doc([dict(G_MON)], doc_id="a"), sys_doc([dict(G_DUR)], doc_id="zzz")]
    res = tempeval.score(gold, system)
    assert res["missing_docs"] == ["b"]
    assert prf(res, "strict") == (1, 1.0, 0.5, 2 / 3)


def test_offset_mismatch_is_reported():
    bad = dict(G_MON, text="something else")
    res = tempeval.score([gold_doc([G_MON])], [sys_doc([bad])])
    assert res["offset_mismatches"] == 1


def test_splits_by_line_index():
    docs = [{"doc_id": str(i)} for i in range(12)]
    assert [d["doc_id"] for d in tempeval.select_split(docs, "heldout")] == ["4", "9"]
    assert len(tempeval.select_split(docs, "dev")) == 10
    assert len(tempeval.select_split(docs, "all")) == 12


def test_value_error_classes():
    c = tempeval.value_error_class
    assert c({"value": "1998-01-05"}, {"value": "1998-01"}) == "gold YYYY-MM-DD vs sys YYYY-MM"
    assert c({"value": "PRESENT_REF"}, {"value": "1998-01-08"}) == "gold PRESENT_REF vs sys YYYY-MM-DD"
    assert c({"value": "P3D"}, {"value": "P3M"}) == "duration value"
    assert c({"value": "1998-02"}, {"value": "1997-02"}) == "off by year(s)"
    assert c({"value": "1998-WXX"}, {"value": "1998-W08"}) == "gold YYYY-WXX vs sys YYYY-Www"
    assert c({"value": "1998-01-08"}, {"value": "1998-01-08TNI"}) == "gold YYYY-MM-DD vs sys YYYY-MM-DDT(part of day)"


def test_cli_prints_table(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    system = tmp_path / "sys.jsonl"
    gold.write_text(json.dumps(gold_doc([G_MON, G_DUR])) + "\n")
    system.write_text(json.dumps(sys_doc([dict(G_MON)])) + "\n")
    assert tempeval.main(["score", "--gold", str(gold), "--system", str(system), "--errors", "3"]) == 0
    out = capsys.readouterr().out
    assert "overall" in out and "Missed" in out and "three days" in out


GOLD_FILE = ROOT.parent / "shared" / "data" / "tempeval3" / "train.jsonl"


@pytest.mark.skipif(not GOLD_FILE.exists(), reason="TempEval-3 data not present beside the repo")
def test_gold_scores_perfectly_against_itself():
    gold = tempeval.load_jsonl(GOLD_FILE)
    assert len(gold) == 256
    assert len(tempeval.select_split(gold, "heldout")) == 51
    res = tempeval.score(gold, gold)
    assert res["n_gold"] == 1822
    for key in ("strict", "relaxed", "type", "value"):
        assert res[key]["f1"] == 1.0


def test_the_adjudication_table_is_complete_and_well_formed():
    import csv
    import sys
    from pathlib import Path
    bench = Path(__file__).resolve().parent.parent / "benchmarks"
    sys.path.insert(0, str(bench))
    from adjudicated import TABLE, load_verdicts
    with open(TABLE, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert [int(r["n"]) for r in rows] == list(range(1, len(rows) + 1))
    assert {r["verdict"] for r in rows} <= {"system", "gold", "both", "neither"}
    assert all(r["short_reason"].strip() for r in rows)
    assert set(load_verdicts().values()) == {r["verdict"] for r in rows}
