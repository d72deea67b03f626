"""English temporal words are language data of the same shape as the other languages'."""
from importlib import import_module

import pytest

from timeline.languages import SUPPORTED
from timeline.temporal import lexicon

EN = import_module("timeline.languages.data.en").DATA
OTHERS = {code: import_module(f"timeline.languages.data.{code}").DATA for code in SUPPORTED}
# English keeps its production rules in timeline.temporal.patterns, built from these words
# (its `patterns` are read by the language engine only, for benchmarks/compare.py).
RULE_KEYS = {"patterns"}


def test_english_has_every_key_all_languages_have():
    common = set.intersection(*(set(d) for d in OTHERS.values()))
    assert common - RULE_KEYS - set(EN) == set()


@pytest.mark.parametrize("key", sorted(set(EN) & set.union(*(set(d) for d in OTHERS.values()))))
def test_a_shared_key_has_the_same_kind_of_value(key):
    # a list of words and a table of words to canonical values are both word tables
    def kind(v):
        return "words" if isinstance(v, (list, dict)) and key != "bounds" else type(v)
    assert kind(EN[key]) in {kind(d[key]) for d in OTHERS.values() if key in d}


def test_word_tables_map_lower_case_words():
    for key in ("months", "month_abbr", "weekdays", "numbers", "ordinals", "units", "seasons",
                "parts_of_day", "relative", "holidays", "span_parts", "deictic", "sets"):
        assert EN[key] and all(w == w.lower() and w == w.strip() for w in EN[key]), key


def test_canonical_values():
    assert sorted(set(EN["months"].values())) == list(range(1, 13))
    assert set(EN["month_abbr"].values()) <= set(range(1, 13))
    assert sorted(set(EN["weekdays"].values())) == list(range(7))
    assert set(EN["relative"].values()) <= {-1, 0, 1}
    assert set(EN["span_parts"].values()) <= {"early", "mid", "late"}
    assert set(EN["seasons"].values()) == {"SP", "SU", "FA", "WI"}
    assert set(EN["parts_of_day"].values()) <= {"MO", "MI", "AF", "EV", "NI"}
    assert set(EN["units"].values()) <= set(lexicon.UNIT_CODES)
    assert set(EN["bounds"]) == {"before", "after"}
    for form, words in EN["relative_with"].items():
        assert set(words) <= set(EN["relative"]), form


def test_cue_regexes_compile():
    import re
    for kind in ("past", "future"):
        for cue in EN["tense"][kind]:
            re.compile(cue)
    for cues in EN["cues"].values():
        re.compile("|".join(cues))


def test_the_english_tables_are_views_of_the_data():
    assert lexicon.MONTHS == {**EN["months"], **EN["month_abbr"]}
    assert lexicon.WEEKDAYS == {**EN["weekdays"], **EN["weekday_abbr"]}
    assert lexicon.number_of("twenty-five") == 25
    assert lexicon.number_of("three hundred and fifty") == 350
    assert lexicon.unit_of("Years") == "year"


@pytest.mark.parametrize("text,dct,value", [
    ("They met every single day.", "2023-06-15", "P1D"),  # "single" is no "other"
    ("They met every other week.", "2023-06-15", "P2W"),
    ("It rained the last summer.", "2023-06-15", "2022-SU"),  # as "last summer"
    ("They ate on Thanksgiving.", "2023-12-01", "2023-11-23"),  # the fourth Thursday
    ("Thanksgiving 2021 was cold.", "2023-12-01", "2021-11-25"),
    ("They meet twice a week.", "2023-06-15", "P1W"),
    ("It happened tonight.", "2023-06-15", "2023-06-15TNI"),
])
def test_english_read_through_the_canonical_slots(text, dct, value):
    from timeline.temporal import tag
    assert [m.value for m in tag(text, dct)] == [value]


def test_no_calendar_name_is_spelled_out_in_the_english_rules():
    """Month, weekday, season and holiday names live in en.py only; the rules and the
    resolver read them from there (comments and docstrings may still give examples)."""
    import ast
    import re
    from pathlib import Path

    import timeline.temporal as temporal
    names = (set(EN["months"]) | set(EN["weekdays"]) | set(EN["seasons"])
             | {h.split()[0] for h in EN["holidays"]})
    for module in ("patterns.py", "resolve.py", "lexicon.py"):
        tree = ast.parse((Path(temporal.__file__).parent / module).read_text())
        docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                      if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
                      and isinstance(n.body[0], ast.Expr)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and id(node) not in docstrings:
                words = set(re.findall(r"(?<!\w)[a-z']+(?!\w)", node.value.lower()))
                assert not words & names, (module, node.lineno, words & names)


def test_the_english_tense_and_tagger_cues_are_read_from_the_data():
    """timeline.temporal.tense and .tagger build their regexes from en.py at import."""
    import re
    from timeline.temporal import tagger, tense
    t = EN["tense"]
    for kind in ("present", "perfect", "reported_present"):
        for cue in t[kind]:
            re.compile(cue)
    re.compile(t["participle_before"])
    assert tense._FUTURE.pattern == "|".join(t["future"])
    assert tense._NOT_PAST == set(t["not_past"]) and tense._AUXILIARIES == set(t["past_markers"])
    assert set(t["past_markers"]) <= set(t["past_words"])
    # the regular past regex and the word-by-word fast path agree on the ending
    assert all(re.fullmatch("|".join(t["past"]), w) for w in ("talked", "voted"))
    assert not re.fullmatch("|".join(t["past"]), "red")
    assert all(tense._PAST.fullmatch(w) for w in t["past_words"])
    assert set(tagger._PARTS.values()) <= {"early", "mid", "late"}
    assert set(EN["within"].values()) == {"point", "deadline"}
    assert set(EN["about_below"]) <= {w for w, k in EN["about"].items() if k == "less"}
    assert tagger._BEFORE.search("due no later than  ") and tagger._AFTER.search("as of ")
