"""The language of a document: from its metadata when it says, else from the text.

Detection uses py3langid (a well-kept fork of langid.py: deterministic, a bundled 97-language
model, a tenth of a millisecond per article). Short or mixed texts are guessed poorly, so a
guess is used only when the text is long enough and the normalised probability is high;
otherwise the document keeps DEFAULT_LANGUAGE. Codes are ISO 639-1, lower case ("pt" for
"pt-BR": the calendar words are the same).
"""
from __future__ import annotations

import re
from functools import lru_cache

DEFAULT_LANGUAGE = "en"
MIN_LETTERS = 40  # fewer letters than a sentence say little about the language
MIN_PROBABILITY = 0.90
SAMPLE_CHARS = 1000  # the opening of an article is enough, and keeps detection cheap: on the
# 1,376 dev articles (English, Spanish, Portuguese) 1,000 gives the same language as 4,000
# in half the time; 600 changes 3

_TAG = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*")  # BCP 47's shape: pt-BR, zh-Hant-TW


def normalise_code(value: str) -> str | None:
    """'en-US', 'pt_BR', 'DE' -> 'en', 'pt', 'de'; None if it is no language tag."""
    match = _TAG.fullmatch(value.strip().lower())
    return match.group(1) if match else None


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The text's language code when the detector is sure of it, else None."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    return code if probability >= MIN_PROBABILITY else None


def release_detector() -> None:
    """Free the detection model (about 100 MB while loaded) once a build has read its
    articles: nothing after reading detects, and a large build needs the room. The next
    detection loads it again (half a second)."""
    _identifier.cache_clear()
