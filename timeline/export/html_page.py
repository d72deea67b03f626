"""timeline.html: a standalone page showing the timeline with TimelineJS3.

The page loads TimelineJS's CSS and JS from Knight Lab's public CDN (nothing is bundled);
`js_url` and `css_url` point it elsewhere, e.g. at a self-hosted copy for offline use (the
page tells TimelineJS to take its fonts and other assets from beside `js_url`, not from the
CDN, so a self-hosted page makes no outside request). The
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

from ..model import Timeline
from . import timelinejs

FILENAME = "timeline.html"
JS_URL = "https://cdn.knightlab.com/libs/timeline3/latest/js/timeline.js"
CSS_URL = "https://cdn.knightlab.com/libs/timeline3/latest/css/timeline.css"

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
  // Fonts and themes load from beside timeline.js (TimelineJS would otherwise use its CDN).
  var scriptPath = new URL('./', document.querySelector('script[src]').src).href;
  window.timeline = new TL.Timeline('timeline-embed', data, {{script_path: scriptPath}});
</script>
</body>
</html>
"""


def script_json(data) -> str:
    """JSON that is safe inside a <script> element: no <, > or & appear literally."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            # U+2028/2029 are line breaks to older JavaScript parsers.
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render(timeline: Timeline, js_url: str = JS_URL, css_url: str = CSS_URL,
           lang: str = "en") -> str:
    return _PAGE.format(
        lang=escape(lang, quote=True),
        title=escape(timeline.title, quote=True),
        css_url=escape(css_url, quote=True),
        js_url=escape(js_url, quote=True),
        data=script_json(timelinejs.build(timeline)),
    )


def write(timeline: Timeline, path, js_url: str = JS_URL, css_url: str = CSS_URL,
          lang: str = "en") -> Path:
    path = Path(path)
    path.write_bytes(render(timeline, js_url=js_url, css_url=css_url, lang=lang).encode("utf-8"))
    return path
