"""Temporal expressions in languages other than English, from per-language data files
(`data/<code>.py`) read by one engine (`engine.py`) that knows no language.

    from timeline.languages import tag, SUPPORTED
    tag("Llegó el 3 de marzo de 2023.", date(2023, 3, 24), language="es")
"""
from __future__ import annotations

from datetime import date

from ..model import TimeMention, language_code
from . import engine

SUPPORTED = ("es", "pt", "fr", "de", "it")


def tag(text: str, dct: date | None, doc_id: str = "", language: str = "es"
        ) -> list[TimeMention]:
    """Every temporal expression of `text` in `language`, resolved against the creation
    date `dct` (None: relative expressions stay unresolved and are flagged "unanchored").
    Offsets index `text`; mentions do not overlap and come in text order."""
    code = language_code(language)
    if code not in SUPPORTED:
        raise ValueError(f"unsupported language {language!r}; supported: {SUPPORTED}")
    return engine.tag(text or "", dct, doc_id, code)


__all__ = ["SUPPORTED", "tag"]
