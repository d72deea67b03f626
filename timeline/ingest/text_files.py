"""Plain-text and Markdown articles, with optional front matter.

Front matter is the YAML-style block some tools put first:

    ---
    published: 2023-03-20
    title: Xi is in Russia
    ---

Only flat `key: value` lines are read (quotes around a value are dropped), which is all an
article needs and keeps PyYAML out of the dependencies.
"""
from __future__ import annotations

import re
from pathlib import Path

from .guard import MAX_ARTICLE_BYTES, read_capped, refuse_binary
from .metadata import Found, clean_meta
from .repair import decode_bytes, repair_text

HEADLINE_MAX = 150  # characters; a longer first line is a paragraph, not a headline
_FENCE = re.compile(r"---[ \t]*")
_CLOSE = re.compile(r"(---|\.\.\.)[ \t]*")


def split_front_matter(
    text: str, where: str, warnings: list[str]
) -> tuple[dict[str, str], str]:
    """Return (front matter lines as a dict, body). No block, or an unclosed one: ({}, text)."""
    lines = text.split("\n")
    if not lines or not _FENCE.fullmatch(lines[0]):
        return {}, text
    for end in range(1, len(lines)):
        if _CLOSE.fullmatch(lines[end]):
            break
    else:
        warnings.append(f"{where}: front matter opened with '---' is never closed; read as text")
        return {}, text
    raw: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, colon, value = line.partition(":")
        if not colon or not key.strip():
            warnings.append(f"{where}:{number}: front matter line not understood: {line!r}")
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        raw[key.strip()] = value
    body = "\n".join(lines[end + 1 :]).lstrip("\n")
    return raw, body


def headline_guess(body: str, markdown: bool) -> str | None:
    """The first line, if it reads like a headline: short, with letters, not a list item."""
    for line in body.split("\n"):
        line = line.strip()
        if not line:
            continue
        if markdown:
            if not line.startswith("#") and line[:1] in "-*>|`":
                return None
            line = line.lstrip("#").strip()
        if len(line) < HEADLINE_MAX and any(c.isalpha() for c in line):
            return line
        return None
    return None


def read_text_file(path: Path, where: str, warnings: list[str]) -> list[Found]:
    data = read_capped(path, MAX_ARTICLE_BYTES, where, warnings)
    refuse_binary(data)
    text, decoded = decode_bytes(data)
    text, repaired = repair_text(text)
    raw, body = split_front_matter(text, where, warnings)
    meta = clean_meta(raw, where, warnings)
    guess = headline_guess(body, markdown=path.suffix.lower() == ".md")
    return [Found(text=body, meta=meta, repairs=decoded + repaired, title_guess=guess)]
