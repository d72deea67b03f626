"""Per-language word data for the events stage (timeline.events) and the event
representation (timeline.representation).

Each language is a module holding plain data, no logic, under the same names (en.py says what
each is for): function words, lemmatiser language, action classes, office titles, locative
prepositions; temporal prepositions, date leftovers and joiners, clause breaks, reporting
verbs, future cues... `for_language` returns it; a language without its own module falls back
to English, whose names and figures still work. Modules: en, es, pt, fr, de, it.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from types import ModuleType

from timeline.model import language_code


@lru_cache(maxsize=None)
def for_language(code: str | None) -> ModuleType:
    base = language_code(code)
    try:
        return import_module(f"{__name__}.{base}")
    except ModuleNotFoundError:
        return import_module(f"{__name__}.en")
