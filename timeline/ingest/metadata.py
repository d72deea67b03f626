"""Metadata as readers find it: the fields we know, checked once, and the `Found` record."""
from __future__ import annotations

from dataclasses import dataclass, field

from timeline.model import MODES

from .dates import parse_published
from .repair import remove_controls

# Metadata keys a document, a record or a manifest entry may give.
FIELDS = ("published", "title", "url", "outlet", "language", "mode")
# Spellings other tools use for the same thing.
ALIASES = {"date": "published", "lang": "language", "link": "url"}


def clean_meta(raw: dict, where: str, warnings: list[str], extra: tuple[str, ...] = ()) -> dict:
    """Keep known fields with usable values; warn (naming `where`) about everything else.

    `extra` names further keys the caller handles itself (a record's "id" and "text").
    """
    meta: dict[str, object] = {}
    for key, value in raw.items():
        name = ALIASES.get(str(key).lower(), str(key).lower())
        if name in extra:
            continue
        if name not in FIELDS:
            warnings.append(f"{where}: unknown metadata key {key!r} ignored")
            continue
        if value is None or value == "":
            continue
        if name == "published":
            try:
                meta[name] = parse_published(value)
            except ValueError as error:
                warnings.append(f"{where}: published date ignored, {error}")
            continue
        if not isinstance(value, str):
            warnings.append(f"{where}: {key} should be text, got {value!r}; ignored")
            continue
        if name == "mode" and value.strip().lower() not in MODES:
            warnings.append(f"{where}: mode {value!r} ignored; it is one of {', '.join(MODES)}")
            continue
        meta[name] = remove_controls(value)[0].strip()
    return meta


@dataclass
class Found:
    """One document a reader found, before the manifest, the anchor and ids are applied."""

    text: str
    meta: dict[str, object] = field(default_factory=dict)  # what the document says itself
    repairs: tuple[str, ...] = ()
    id: str | None = None  # a record's own id
    locator: str = ""  # appended to the path: "#3" for line 3 of a JSONL file
    title_guess: str | None = None  # a headline-like first line, used only as a last resort
