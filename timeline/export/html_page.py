"""timeline.html: a standalone page showing the timeline with TimelineJS3.

The page loads TimelineJS's CSS and JS from Knight Lab's public CDN (nothing is bundled);
`js_url` and `css_url` point it elsewhere, e.g. at a self-hosted copy for offline use: the
page tells TimelineJS to take its fonts and other assets from beside `js_url`, and a
self-hosted page uses TimelineJS's "georgia-helvetica" font set (system fonts) instead of
its default one, which loads web fonts from Google, so it makes no outside request at all.
`font` picks another of TimelineJS's font sets (or a stylesheet URL). The
TimelineJS data (see timelinejs.py) is embedded in the page, so it opens straight from disk
with no server and no CORS trouble.

The data sits in a <script type="application/json"> element with every "<", ">" and "&"
written as a \\u escape: no article text can close the element ("</script>") or open a
comment ("<!--"), and JSON.parse reads the escapes back to the same characters.
"""
from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Iterator

from ..model import Timeline
from .atomic import write_atomic
from . import timelinejs

FILENAME = "timeline.html"
JS_URL = "https://cdn.knightlab.com/libs/timeline3/latest/js/timeline.js"
CSS_URL = "https://cdn.knightlab.com/libs/timeline3/latest/css/timeline.css"
CDN_FONT = "default"  # PT Sans/Serif, from Google Fonts
SELF_HOSTED_FONT = "georgia-helvetica"  # system fonts only: no outside request

_PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link title="timeline-styles" rel="stylesheet" href="{css_url}">
<script src="{js_url}"></script>
<style>html, body {{ height: 100%; margin: 0; }} #timeline-embed {{ width: 100%; height: 100%; }}</style>
</head>
<body>
<div id="timeline-embed"></div>
<noscript><p>This timeline needs JavaScript. The same events are in timeline.csv and timeline.ics.</p></noscript>
<script type="application/json" id="timeline-data">{data}</script>
<script>
  var data = JSON.parse(document.getElementById('timeline-data').textContent);
  var options = {options};
  // Fonts and themes load from beside timeline.js (TimelineJS would otherwise use its CDN).
  options.script_path = new URL('./', document.querySelector('script[src]').src).href;
  window.timeline = new TL.Timeline('timeline-embed', data, options);
</script>
</body>
</html>
"""


def script_json(data) -> str:
    """JSON that is safe inside a <script> element: no <, > or & appear literally."""
    return _script_safe(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def _script_safe(text: str) -> str:
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            # U+2028/2029 are line breaks to older JavaScript parsers.
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def chunks(timeline: Timeline, js_url: str = JS_URL, css_url: str = CSS_URL,
           lang: str = "en", font: str | None = None) -> Iterator[str]:
    """The page, its embedded data a slide at a time (a large run's is never held whole)."""
    if font is None:
        font = CDN_FONT if js_url == JS_URL else SELF_HOSTED_FONT
    fields = dict(options=script_json({"font": font}), lang=escape(lang, quote=True),
                  title=escape(timeline.title, quote=True), css_url=escape(css_url, quote=True),
                  js_url=escape(js_url, quote=True))
    head, tail = _PAGE.split("{data}")
    yield head.format(**fields)
    for piece in timelinejs.json_chunks(timeline, pretty=False):
        yield _script_safe(piece)  # escapes are per character: the same on pieces
    yield tail.format(**fields)


def render(timeline: Timeline, js_url: str = JS_URL, css_url: str = CSS_URL,
           lang: str = "en", font: str | None = None) -> str:
    return "".join(chunks(timeline, js_url, css_url, lang, font))


def write(timeline: Timeline, path, js_url: str = JS_URL, css_url: str = CSS_URL,
          lang: str = "en", font: str | None = None) -> Path:
    path = Path(path)
    return write_atomic(path, (piece.encode("utf-8")
                               for piece in chunks(timeline, js_url, css_url, lang, font)))
