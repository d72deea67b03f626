"""Floors for the seeds build against the hand-made gold (benchmarks/score_events.py).

The floors sit a little under what the build reaches, so a regression shows; the full figures
are printed by `python benchmarks/score_events.py` and `python benchmarks/tune_dedup.py`.
"""
import json
import sys
from pathlib import Path

import pytest

from timeline import build_timeline
from timeline.export.events_json import to_data

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from score_events import score  # noqa: E402


@pytest.fixture(scope="module")
def result():
    gold = json.loads((ROOT / "tests/gold/seeds_timeline.json").read_text(encoding="utf-8"))
    tl = build_timeline([ROOT / "seeds"])
    return score(gold, to_data(tl, include_text=False))


def test_events_recall_and_precision(result):
    assert result["events"]["recall"] >= 0.88
    assert result["events"]["precision"] >= 0.92


def test_mention_dates(result):
    assert result["mention_dates"]["accuracy_within"] >= 0.92


def test_dedup(result):
    d = result["dedup"]
    assert d["pairwise_precision"] >= 0.90
    assert d["pairwise_f1"] >= 0.90  # the target
    assert d["bcubed_f1"] >= 0.95
    assert d["chained_events"] == 0


def test_no_negative_is_dated(result):
    assert result["negatives"]["violations"] == 0


def test_headlines(result):
    assert result["headlines"]["rate"] >= 0.95
