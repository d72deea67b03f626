"""The seeded fuzzer of benchmarks/fuzz.py, a few hundred cases: no exception, no hang.

The long run (100,000 cases) is by hand: `python benchmarks/fuzz.py --cases 100000 --jobs 2`.
Here floods and storms are scaled down so the cases stay quick; what is checked is that no
mutated sentence or document makes `tag` or `process_document` raise or break an offset.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("fuzz", ROOT / "benchmarks" / "fuzz.py")
fuzz = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("fuzz", fuzz)  # dataclasses look their module up there
_spec.loader.exec_module(fuzz)

CASES = 300
SEED = 7
HANG = 30.0  # seconds: a case past this is killed and reported (a guard, not a speed test)


@pytest.fixture(scope="module")
def corpus():
    return fuzz.load_corpus()


def test_cases_are_deterministic(corpus):
    a = fuzz.make_case(SEED, 12, corpus)
    b = fuzz.make_case(SEED, 12, corpus)
    assert (a.kind, a.text, a.dct, a.title, a.ops) == (b.kind, b.text, b.dct, b.title, b.ops)
    assert fuzz.make_case(SEED, 13, corpus).text != a.text


def test_minimize_keeps_the_failure_site(monkeypatch):
    def fails_on_monday(kind, text, dct, title=None):
        if "Monday" in text:
            raise ValueError("boom")

    monkeypatch.setattr(fuzz, "run_case", fails_on_monday)
    try:
        fails_on_monday("tag", "Monday", None)
    except ValueError as error:
        site = fuzz.exception_site(error)[0]
    text = "The council met on Monday to vote on the plan, officials said."
    assert fuzz.minimize("tag", text, None, None, site).strip() == "Monday"


def test_fuzz_finds_no_exception_and_no_hang(corpus):
    report = fuzz.fuzz(CASES, seed=SEED, jobs=2, slow=HANG, hang=HANG, corpus=corpus,
                       scale=0.05, minimize_budget=2.0, doc_sentences=(2, 6))
    assert report.cases == CASES
    problems = [f"{site} x{e['count']}: {e['message'][:80]} (repro {e.get('repro', '')!r}, "
                f"dct {e['case']['dct']}, case {e['case']['key']})"
                for site, e in report.errors.items()]
    problems += [f"hang at {site} (case {h['case']['key']})" for site, h in report.hangs.items()]
    assert not problems, "\n".join(problems)
