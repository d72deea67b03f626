"""HTML pages: the article body via trafilatura, title and dates from the page's metadata."""
from __future__ import annotations

import re
from pathlib import Path

import htmldate
import trafilatura

from .guard import MAX_ARTICLE_BYTES, read_capped, refuse_binary
from .metadata import Found, clean_meta
from .repair import decode_bytes, repair_text

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

# htmldate's extensive search reads dates out of the running text and footers: on a page with
# no date metadata it takes "Copyright 2024" for the publication date. A wrong publication
# date silently shifts every relative date in the article, so only markup is trusted here, and
# a page without a date stays without one (htmldate never falls back to today or file times).
_DATE_OPTIONS = {"extensive_search": False, "original_date": True}


def publication_date(html: str, url: str | None) -> str | None:
    """The page's original publication date from its markup (and URL), as ISO, or None."""
    tree = trafilatura.load_html(html)
    if tree is None:
        return None
    return htmldate.find_date(tree, url=url, outputformat="%Y-%m-%d", **_DATE_OPTIONS)


def read_html_file(path: Path, where: str, warnings: list[str]) -> list[Found]:
    data = read_capped(path, MAX_ARTICLE_BYTES, where, warnings)
    refuse_binary(data)
    declared = _CHARSET.search(data[:4096])
    html, decoded = decode_bytes(data, hint=declared.group(1).decode() if declared else None)
    # A tree, not the string: htmldate treats a string that looks like an address as one.
    tree = trafilatura.load_html(html)
    result = None
    language = None
    if tree is not None:
        language = tree.get("lang")
        result = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_OPTIONS,
        )
    if result is None or not (result.text or "").strip():
        warnings.append(f"{where}: no article text found in the page; skipped")
        return []
    text, repaired = repair_text(result.text)
    raw = {"title": result.title, "url": result.url, "outlet": result.sitename}
    if language:
        raw["language"] = language.split("-")[0].lower()
    published = publication_date(html, result.url)
    if published:
        raw["published"] = published
    return [Found(text=text, meta=clean_meta(raw, where, warnings), repairs=decoded + repaired)]
