"""The event scorer (benchmarks/score_events.py) on tiny hand-made data, and the gold file itself."""
import copy
import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("score_events", ROOT / "benchmarks" / "score_events.py")
se = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(se)

GOLD_PATH = ROOT / "tests" / "gold" / "seeds_timeline.json"

# -- tiny gold ---------------------------------------------------------------------------------

GOLD = {
    "events": [
        {"id": "a", "description": "Medvedev meets Xi", "start": "2022-12-21", "end": "2022-12-21",
         "precision": "day", "kind": "point", "status": "reported", "mentions": [
             {"doc": "d1", "sentence": "Medvedev met Xi in Beijing on Wednesday", "expression": "on Wednesday",
              "start": "2022-12-21", "end": "2022-12-21"},
             {"doc": "d2", "sentence": "In a meeting on December 21 with Medvedev", "expression": "on December 21",
              "start": "2022-12-21", "end": "2022-12-21"}]},
        {"id": "b", "description": "SCO summit", "start": "2022-09-01", "end": "2022-09-30",
         "precision": "month", "kind": "point", "status": "reported", "mentions": [
             {"doc": "d1", "sentence": "met at the SCO summit in September", "expression": "in September",
              "start": "2022-09-01", "end": "2022-09-30"}]},
        {"id": "c", "description": "Putin visits Minsk", "start": "2022-12-19", "end": "2022-12-19",
         "precision": "day", "kind": "point", "status": "reported", "mentions": [
             {"doc": "d1", "sentence": "Putin traveled to Minsk on Monday", "expression": "on Monday",
              "start": "2022-12-19", "end": "2022-12-19"}]},
    ],
    "negatives": [{"doc": "d1", "text": "may", "sentence": "Beijing may be leaning harder"}],
}


def mention(doc, sentence, expression, start, end=None):
    return {"doc": doc, "sentence": sentence, "expression": expression, "start": start, "end": end or start}


M_A1 = mention("d1", "Medvedev met Xi in Beijing on Wednesday.", "on Wednesday", "2022-12-21")
M_A2 = mention("d2", "In a meeting on December 21 with Medvedev, Xi called for talks.", "on December 21",
               "2022-12-21")
M_B = mention("d1", "They met at the SCO summit in September.", "in September", "2022-09-01", "2022-09-30")
M_C = mention("d1", "Putin traveled to Minsk on Monday to meet Lukashenko.", "on Monday", "2022-12-19")


def event(id, start, end, headline, mentions):
    return {"id": id, "start": start, "end": end, "headline": headline, "mentions": mentions}


def perfect():
    return {"documents": [], "events": [
        event("s1", "2022-12-21", "2022-12-21", "Medvedev meets Xi in Beijing", [M_A1, M_A2]),
        event("s2", "2022-09-01", "2022-09-30", "Xi and Putin meet at the SCO summit", [M_B]),
        event("s3", "2022-12-19", "2022-12-19", "Putin visits Minsk", [M_C]),
    ]}


# -- the five cases ----------------------------------------------------------------------------


def test_perfect_match():
    r = se.score(GOLD, perfect())
    assert r["events"]["recall"] == 1.0 and r["events"]["precision"] == 1.0 and r["events"]["f1"] == 1.0
    assert r["events"]["recall_strict"] == 1.0 and r["events"]["precision_strict"] == 1.0
    assert r["mention_dates"] == {"scored": 4, "exact": 4, "within": 4, "accuracy": 1.0, "accuracy_within": 1.0}
    assert r["headlines"]["rate"] == 1.0
    d = r["dedup"]
    assert (d["pairs_system"], d["pairs_gold"], d["pairs_both"]) == (1, 1, 1)
    assert d["pairwise_f1"] == 1.0 and d["bcubed_f1"] == 1.0
    assert d["chained_events"] == 0 and d["split_gold_events"] == 0
    assert (d["cross_doc_merged"], d["cross_doc_gold_events"]) == (1, 1)
    assert r["missed"] == [] and r["false_positives"] == [] and r["negatives"]["violations"] == 0


def test_missed_event():
    sys_ = perfect()
    del sys_["events"][2]
    r = se.score(GOLD, sys_)
    assert r["events"]["recall"] == pytest.approx(2 / 3)
    assert r["events"]["precision"] == 1.0
    assert r["events"]["f1"] == pytest.approx(0.8)
    assert [m["id"] for m in r["missed"]] == ["c"]
    assert r["false_positives"] == []


def test_wrong_date():
    sys_ = perfect()
    s3 = sys_["events"][2]
    s3["start"] = s3["end"] = "2022-12-20"
    s3["mentions"] = [dict(M_C, start="2022-12-20", end="2022-12-20")]
    sys_["events"][1]["start"] = sys_["events"][1]["end"] = "2022-09-15"  # within September: lenient only
    r = se.score(GOLD, sys_)
    e = r["events"]
    assert e["recall"] == pytest.approx(2 / 3) and e["precision"] == pytest.approx(2 / 3)
    assert e["recall_strict"] == pytest.approx(1 / 3) and e["precision_strict"] == pytest.approx(1 / 3)
    assert e["fp_wrong_date"] == 1 and e["fp_no_gold_sentence"] == 0
    assert r["false_positives"] == [{"id": "s3", "headline": "Putin visits Minsk", "date": "2022-12-20",
                                     "fp_reason": "wrong date (gold: c 2022-12-19)"}]
    assert (r["mention_dates"]["exact"], r["mention_dates"]["scored"]) == (3, 4)
    assert [m["id"] for m in r["missed"]] == ["c"]


def test_chained_event():
    sys_ = {"events": [
        event("s1", "2022-12-21", "2022-12-21", "Medvedev meets Xi; Putin visits Minsk", [M_A1, M_A2, M_C]),
        event("s2", "2022-09-01", "2022-09-30", "Xi and Putin meet at the SCO summit", [M_B]),
    ]}
    r = se.score(GOLD, sys_)
    e, d = r["events"], r["dedup"]
    assert e["recall"] == pytest.approx(2 / 3) and e["precision"] == 1.0
    assert (d["pairs_system"], d["pairs_gold"], d["pairs_both"]) == (3, 1, 1)
    assert d["pairwise_precision"] == pytest.approx(1 / 3) and d["pairwise_recall"] == 1.0
    assert d["pairwise_f1"] == pytest.approx(0.5)
    assert d["bcubed_precision"] == pytest.approx(2 / 3) and d["bcubed_recall"] == 1.0
    assert d["bcubed_f1"] == pytest.approx(0.8)
    assert d["chained_events"] == 1 and d["split_gold_events"] == 0
    assert r["chained"][0]["gold"] == ["a", "c"]


def test_split_event():
    sys_ = perfect()
    sys_["events"][0:1] = [event("s1a", "2022-12-21", "2022-12-21", "Medvedev meets Xi", [M_A1]),
                           event("s1b", "2022-12-21", "2022-12-21", "Xi calls for talks with Medvedev", [M_A2])]
    r = se.score(GOLD, sys_)
    e, d = r["events"], r["dedup"]
    assert e["recall"] == 1.0 and e["precision"] == 1.0 and e["duplicates"] == 1
    assert (d["pairs_system"], d["pairs_gold"], d["pairs_both"]) == (0, 1, 0)
    assert d["pairwise_precision"] is None and d["pairwise_recall"] == 0.0 and d["pairwise_f1"] is None
    assert d["bcubed_precision"] == 1.0 and d["bcubed_recall"] == pytest.approx(0.75)
    assert d["bcubed_f1"] == pytest.approx(6 / 7)
    assert d["split_gold_events"] == 1 and d["chained_events"] == 0
    assert (d["cross_doc_merged"], d["cross_doc_gold_events"]) == (0, 1)


# -- details -------------------------------------------------------------------------------------


def test_event_with_no_gold_sentence_is_a_false_positive():
    sys_ = perfect()
    sys_["events"].append(event("s4", "2022-12-22", "2022-12-22", "Symbolism outweighs substance",
                                [mention("d1", "The symbolism of the visit mattered more.", None, "2022-12-22")]))
    r = se.score(GOLD, sys_)
    assert r["events"]["precision"] == pytest.approx(3 / 4) and r["events"]["fp_no_gold_sentence"] == 1
    assert r["false_positives"][0]["fp_reason"] == "no gold sentence"


def test_normalisation_quotes_dashes_case_space():
    assert se.normalise("China\u2019s  \u201cno limits\u201d \u2014 X") == "china's \"no limits\" - x"
    gold = {"events": [{"id": "x", "start": "2022-02-04", "end": "2022-02-04", "kind": "point", "mentions": [
        {"doc": "d", "sentence": "declared a \u201cno limits partnership\u201d", "expression": "On February 4, 2022",
         "start": "2022-02-04", "end": "2022-02-04"}]}]}
    sys_ = {"events": [event("o", "2022-02-04", "2022-02-04", "Xi and Putin declare partnership", [
        mention("d", "On February 4, 2022, Putin  and Xi DECLARED a \"no limits partnership\".",
                "On February 4, 2022", "2022-02-04")])]}
    assert se.score(gold, sys_)["events"]["recall"] == 1.0


def test_sentence_with_two_gold_events_is_split_by_expression_then_context():
    s = "Putin today invited Xi to Moscow for a state trip in the spring"
    gold = {"events": [
        {"id": "call", "start": "2022-12-30", "end": "2022-12-30", "kind": "point", "mentions": [
            {"doc": "d", "sentence": s, "expression": "today", "start": "2022-12-30", "end": "2022-12-30"},
            {"doc": "d", "sentence": "in his opening speech", "expression": None, "start": None, "end": None}]},
        {"id": "visit", "start": "2023-03-20", "end": "2023-03-22", "kind": "point", "mentions": [
            {"doc": "d", "sentence": s, "expression": "in the spring", "start": "2023-03-01", "end": "2023-05-31"},
            {"doc": "e", "sentence": "Xi concluded a three-day visit", "expression": "On Wednesday",
             "start": "2023-03-22", "end": "2023-03-22"}]}]}
    sent = "Beijing - " + s + "."
    sys_ = {"events": [
        event("o1", "2022-12-30", "2022-12-30", "Putin invites Xi to Moscow", [
            mention("d", sent, "today", "2022-12-30"),
            mention("d", "It was in his opening speech for the virtual meeting.", None, "2022-12-30")]),
        event("o2", "2023-03-20", "2023-03-22", "Xi makes a state visit to Moscow", [
            mention("d", sent, "in the spring", "2023-03-01", "2023-05-31"),
            mention("e", "On Wednesday, Xi concluded a three-day visit.", "On Wednesday", "2023-03-22")]),
        # same sentence, no expression: both gold events tie; the other mention decides
        event("o3", "2023-03-22", "2023-03-22", "Xi ends his visit", [
            mention("e", "On Wednesday, Xi concluded a three-day visit.", "On Wednesday", "2023-03-22"),
            mention("d", sent, None, None)]),
    ]}
    r = se.score(gold, sys_)
    assert r["events"]["recall"] == 1.0 and r["events"]["precision"] == 1.0
    assert r["dedup"]["chained_events"] == 0
    # o3's undated mention is scored against the "in the spring" gold mention it was given to
    assert r["mention_dates"]["scored"] == 5 and r["mention_dates"]["exact"] == 4
    assert r["dedup"]["split_gold_events"] == 1


def test_before_kind_accepts_exclusive_bound():
    gold = {"events": [{"id": "t", "start": "2024-12-13", "end": "2025-01-20", "kind": "before", "mentions": [
        {"doc": "d", "sentence": "in less than 40 days", "expression": "in less than 40 days",
         "start": "2024-12-13", "end": "2025-01-20"}]}]}

    def run(start, end):
        sys_ = {"events": [event("o", start, end, "Trump returns to the White House", [
            mention("d", "First, in less than 40 days, the US will change government.", "in less than 40 days",
                    start, end)])]}
        return se.score(gold, sys_)["events"]

    assert run("2025-01-21", "2025-01-21")["recall"] == 1.0
    assert run("2024-12-12", "2025-01-21")["recall_strict"] == 1.0
    assert run("2025-01-20", "2025-01-20")["recall"] == 1.0
    assert run("2025-01-22", "2025-01-22")["recall"] == 0.0


def test_partial_dates_in_output_are_spans():
    gold = copy.deepcopy(GOLD)
    sys_ = perfect()
    sys_["events"][1]["start"], sys_["events"][1]["end"] = "2022-09", None
    assert se.score(gold, sys_)["events"]["recall_strict"] == 1.0


def test_headline_checks():
    assert se.headline_problems("Putin visits Minsk") == []
    assert se.headline_problems("Putin visits Beijing for the Winter Olympics opening") == []
    assert se.headline_problems("China may mediate; 12-point plan; Covid-19") == []
    assert se.headline_problems("") == ["empty"]
    assert se.headline_problems(None) == ["empty"]
    assert se.headline_problems("x" * 101) == ["longer than 100 characters"]
    for bad in ["Putin visits Minsk on Monday", "Xi invited for a trip in the spring", "Trade record in 2022",
                "Medvedev meets Xi on December 21", "Talks today", "Meeting a week ago",
                "Xi calls Zelensky this week", "Summit on 2023-03-21"]:
        assert any(p.startswith("date words") for p in se.headline_problems(bad)), bad
    sys_ = perfect()
    sys_["events"][2]["headline"] = "Putin visits Minsk on Monday"
    h = se.score(GOLD, sys_)["headlines"]
    assert (h["ok"], h["total"], h["with_date_words"]) == (2, 3, 1)
    assert h["rate"] == pytest.approx(2 / 3)


def test_negative_violation():
    sys_ = perfect()
    sys_["events"].append(event("s4", "2023-05-01", "2023-05-31", "Beijing leans harder", [
        mention("d1", "Beijing may be leaning harder into neutrality.", "may", "2023-05-01", "2023-05-31")]))
    r = se.score(GOLD, sys_)
    assert r["negatives"]["violations"] == 1
    assert r["negative_violations"][0]["expression"] == "may"


def test_cli_json(tmp_path, capsys):
    g, s = tmp_path / "gold.json", tmp_path / "events.json"
    g.write_text(json.dumps(GOLD), encoding="utf-8")
    s.write_text(json.dumps(perfect()), encoding="utf-8")
    assert se.main(["--gold", str(g), "--events", str(s), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["events"]["f1"] == 1.0
    assert se.main(["--gold", str(g), "--events", str(s)]) == 0
    assert "EVENTS" in capsys.readouterr().out


# -- the gold file -------------------------------------------------------------------------------

# Just enough of a repair for seed 003 (UTF-8 once decoded as cp874) to check the gold against it.
_REPAIR = [("โ€™", "’"), ("โ€œ", "“"), ("โ€˜", "‘"), ("โ€ฆ", "…"), ("โ€”", "—"), ("โ€", "”"),
           ("Xรญ Jรฌnpรญng ไน\xa0่ฟ‘ๅนณ", "Xí Jìnpíng 习近平")]


@pytest.fixture(scope="module")
def gold_and_texts():
    gold = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
    texts = {}
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        t = p.read_text(encoding="utf-8")
        for a, b in _REPAIR:
            t = t.replace(a, b)
        texts[p.stem] = se.normalise(t)
    return gold, texts


def test_gold_sentences_are_unique_in_their_documents(gold_and_texts):
    gold, texts = gold_and_texts
    for ev in gold["events"]:
        for m in ev["mentions"]:
            assert texts[m["doc"]].count(se.normalise(m["sentence"])) == 1, (ev["id"], m["sentence"])
            if m["expression"]:
                assert se.normalise(m["expression"]) in texts[m["doc"]], (ev["id"], m["expression"])
    for neg in gold["negatives"]:
        assert texts[neg["doc"]].count(se.normalise(neg["sentence"])) == 1, neg
        assert se.normalise(neg["text"]) in texts[neg["doc"]], neg


def test_gold_is_well_formed(gold_and_texts):
    gold, texts = gold_and_texts
    ids = [e["id"] for e in gold["events"]]
    assert len(ids) == len(set(ids)) and 25 <= len(ids) <= 45
    for ev in gold["events"]:
        assert ev["precision"] in {"day", "week", "month", "season", "year"}
        assert ev["kind"] in {"point", "approximate", "before", "after"}
        assert ev["status"] in {"reported", "planned"}
        assert ev["start"] <= ev["end"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", ev["start"])
        assert ev["description"] and ev["mentions"]
        for m in ev["mentions"]:
            assert m["doc"] in texts
            assert (m["start"] is None) == (m["end"] is None)
            if m["start"]:
                assert m["start"] <= m["end"]
    # a perfect system (the gold itself, one output event per gold event) scores 1.0 everywhere
    system = {"events": [{"id": e["id"], "start": e["start"], "end": e["end"], "headline": e["description"][:100],
                          "mentions": [dict(m) for m in e["mentions"]]} for e in gold["events"]]}
    r = se.score(gold, system)
    assert r["events"]["recall"] == 1.0 and r["events"]["precision"] == 1.0
    assert r["dedup"]["pairwise_f1"] == 1.0 and r["dedup"]["bcubed_f1"] == 1.0
    assert r["dedup"]["chained_events"] == 0 and r["negatives"]["violations"] == 0
    assert r["mention_dates"]["accuracy"] == 1.0
